"""rev-pdf13 #5: a document edited under Track Changes printed its deletions (a name, an address, a phone) into the
PDF, struck through but readable; the copy converted now has every change accepted, and the officer is told."""

from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

from conftest import run
from pismo.files import revisions
from test_pdf_rev_pdf7 import _package

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_MARK = 'w:id="{}" w:author="Kierownik" w:date="2026-12-01T10:00:00Z"'
_TRACKED = (  # as Word writes them: run deletions and insertions, a move, a formatting record, a deleted
    # paragraph mark (its paragraph joins the next), a deleted table row
    f'<w:p><w:r><w:t xml:space="preserve">Zgłaszający: </w:t></w:r><w:del {_MARK.format(1)}><w:r><w:delText>'
    f'Anna Nowakowska, ul. Lipowa 7</w:delText></w:r></w:del><w:ins {_MARK.format(2)}><w:r><w:t>[dane usunięte]'
    f'</w:t></w:r></w:ins></w:p>'
    f'<w:p><w:moveFrom {_MARK.format(3)}><w:r><w:t>PRZENIESIONE</w:t></w:r></w:moveFrom><w:r><w:rPr><w:b/>'
    f'<w:rPrChange {_MARK.format(4)}><w:rPr/></w:rPrChange></w:rPr><w:t>tel. </w:t></w:r><w:del {_MARK.format(5)}>'
    f'<w:r><w:delText>605 444 333</w:delText></w:r></w:del></w:p>'
    f'<w:p><w:pPr><w:rPr><w:del {_MARK.format(6)}/></w:rPr></w:pPr><w:r><w:t>Początek </w:t></w:r></w:p>'
    f'<w:p><w:r><w:t>i koniec.</w:t></w:r><w:moveTo {_MARK.format(7)}><w:r><w:t>PRZENIESIONE</w:t></w:r></w:moveTo>'
    f'</w:p>'
    f'<w:tbl><w:tr><w:trPr><w:del {_MARK.format(8)}/></w:trPr><w:tc><w:p><w:r><w:delText>PESEL 90010112345'
    f'</w:delText></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>wiersz</w:t></w:r></w:p></w:tc></w:tr></w:tbl>')
_DELETED = ("Anna Nowakowska", "605 444 333", "PESEL", "Kierownik")


def _tracked(path: Path) -> Path:
    docx = _package(path, relationships="")
    blob = io.BytesIO()
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(blob, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:body>", f"<w:body>{_TRACKED}".encode())
            copy.writestr(info, data)
    docx.write_bytes(blob.getvalue())
    return docx


def _text(blob: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        return archive.read("word/document.xml").decode()


def test_every_tracked_change_is_accepted(tmp_path):
    text = _text(revisions.accepted(_tracked(tmp_path / "a.docx").read_bytes()))
    assert not any(word in text for word in _DELETED), text
    assert "[dane usunięte]" in text and "wiersz" in text and text.count("PRZENIESIONE") == 1, text
    assert "Początek </w:t></w:r><w:r><w:t>i koniec." in text, text  # the deleted mark's paragraph joined the next
    assert not any(f"<w:{tag}" in text for tag in ("del ", "ins ", "moveTo", "rPrChange", "delText")), text
    assert "<w:b/>" in text  # the formatting as it is now


def test_a_document_without_changes_is_converted_as_it_is(tmp_path):
    assert revisions.accepted(_package(tmp_path / "a.docx", relationships="").read_bytes()) is None


_LOGGING = r'''
import os, shutil, sys, zipfile
args = sys.argv[1:]
out = args[args.index("--outdir") + 1]
os.makedirs(out, exist_ok=True)
for d in [a for a in args if a.endswith(".docx")]:
    with zipfile.ZipFile(d) as z:
        open(LOG, "a").write(z.read("word/document.xml").decode())
    print(f"convert {d} -> {out}/{os.path.basename(d)[:-5]}.pdf using filter : writer_pdf_Export", flush=True)
    shutil.copy(MINIMAL, f"{out}/{os.path.basename(d)[:-5]}.pdf")
'''


def test_pismo_pdf_gives_libreoffice_the_changes_accepted_and_tells_the_officer(tmp_path):
    from helpers import MINIMAL_PDF

    folder = tmp_path / "d"
    folder.mkdir()
    docx = _tracked(folder / "plan-zmiany.docx")
    original = docx.read_bytes()
    minimal, log, script = tmp_path / "minimal.pdf", tmp_path / "seen.log", tmp_path / "soffice"
    minimal.write_bytes(MINIMAL_PDF)
    script.write_text(f"#!{sys.executable}\nLOG, MINIMAL = {str(log)!r}, {str(minimal)!r}\n{_LOGGING}")
    script.chmod(0o755)
    result = run("pdf", "--soffice", script, folder)
    assert result.exit_code == 0, result.output
    seen = log.read_text()
    assert "[dane usunięte]" in seen and not any(word in seen for word in _DELETED), seen
    said = " ".join(result.output.split())
    assert f"{docx} zawiera nieprzyjęte zmiany (śledzenie zmian)" in said and "przyjętymi zmianami" in said, said
    assert (folder / "plan-zmiany.pdf").exists() and docx.read_bytes() == original  # the document left as it is
    again = run("pdf", "--soffice", script, "--nadpisz", _package(folder / "bez.docx", relationships=""))
    assert "nieprzyjęte" not in again.output, again.output  # told of its own documents only


def test_the_webs_converter_is_given_the_changes_accepted(tmp_path):
    from pismo.files.converter import _changes_accepted

    text = _text(_changes_accepted(_tracked(tmp_path / "a.docx").read_bytes()))
    assert not any(word in text for word in _DELETED), text
