"""Findings of the seventh PDF review (rev-pdf7) of issue 17: the external-link check before LibreOffice runs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pismo.files import pdf

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PICTURE = (f'<Relationship Id="rIdX" Type="{_RELS}/image" Target="http://127.0.0.1:9/obrazek.png" '
            'TargetMode="External"/>')
_BODY = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         f'xmlns:r="{_RELS}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>{{inside}}</w:body></w:document>')


_TYPES = ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override '
          'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
_PACKAGE_RELS = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship '
                 f'Id="rId1" Type="{_RELS}/officeDocument" Target="word/document.xml"/></Relationships>')


def _package(path: Path, relationships: str = _PICTURE, inside: str = "", first: dict | None = None,
             extra: dict | None = None) -> Path:
    """A small .docx wired as Word's: its body (with `inside`), its relationships; `first` entries stored before the others."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in (first or {}).items():
            archive.writestr(name, data)
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", _BODY.format(inside=inside))
        archive.writestr("word/_rels/document.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         f'package/2006/relationships">{relationships}</Relationships>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def _damage(path: Path, marker: bytes) -> None:
    """One bit of a stored entry's data flipped: its CRC-32 no longer matches."""
    blob = bytearray(path.read_bytes())
    at = blob.index(marker)
    blob[at] ^= 1
    path.write_bytes(bytes(blob))


def test_a_damaged_unreferenced_rels_entry_does_not_switch_the_check_off(tmp_path):
    """Finding 1: one bad-CRC `a.rels` nobody refers to made the check say „nothing reaches out” for the whole
    package, and LibreOffice fetched the linked picture; an unreadable part now refuses the document by name."""
    docx = _package(tmp_path / "crc.docx", first={"a.rels": "<Relationships>ZZZZ</Relationships>"})
    _damage(docx, b"ZZZZ")
    said = pdf._reaching_out(docx)
    assert "nie da się odczytać części a.rels dokumentu (plik jest uszkodzony)" in said, said
    assert "zapisz go jako nowy plik .docx" in said, said


def test_an_unparsable_rels_part_refuses_the_document(tmp_path):
    """Finding 1: a .rels part pismo cannot parse is not taken for one without external relationships."""
    docx = _package(tmp_path / "zle.docx", relationships="<oops:Relationship/>")
    said = pdf._reaching_out(docx)
    assert "nie da się odczytać części word/_rels/document.xml.rels dokumentu" in said, said


def test_a_sound_package_without_external_relationships_passes(tmp_path):
    assert pdf._reaching_out(_package(tmp_path / "ok.docx", relationships="")) == ""


_WEB_LINK = (f'<Relationship Id="rIdX" Type="{_RELS}/hyperlink" Target="http://127.0.0.1:9/obrazek.png" '
             'TargetMode="External"/>')


def test_a_linked_picture_whose_relationship_is_typed_hyperlink_is_refused(tmp_path):
    """Finding 2: LibreOffice resolves a picture's r:link by its id alone; typed „hyperlink”, the relationship passed
    and LibreOffice fetched the picture. The element using it judges, not the type."""
    docx = _package(tmp_path / "hlink.docx", _WEB_LINK, inside='<w:p><w:r><a:blip r:link="rIdX"/></w:r></w:p>')
    said = pdf._reaching_out(docx)
    assert "dokument odwołuje się do zasobu spoza niego: „http://127.0.0.1:9/obrazek.png” " \
           "(część word/_rels/document.xml.rels)" in said, said
    assert "nie łączy się z siecią" in said, said


def test_a_web_link_used_only_by_a_hyperlink_still_passes(tmp_path):
    """A hyperlink (w:hyperlink, a:hlinkClick) is followed only when clicked: no reach out."""
    inside = '<w:p><w:hyperlink r:id="rIdX"><w:r><w:t>strona</w:t></w:r></w:hyperlink><a:hlinkClick r:id="rIdX"/></w:p>'
    assert pdf._reaching_out(_package(tmp_path / "link.docx", _WEB_LINK, inside=inside)) == ""


def test_a_document_nested_as_altchunk_is_refused_by_name(tmp_path):
    """Finding 4: LibreOffice imports a .docx embedded as w:altChunk with its own relationships (a linked picture
    fetched) – pismo does not read them, so the document is refused by name."""
    chunk = (f'<Relationship Id="rIdA" Type="{_RELS}/aFChunk" Target="chunk.docx"/>')
    docx = _package(tmp_path / "alt.docx", chunk, inside='<w:altChunk r:id="rIdA"/>',
                    extra={"word/chunk.docx": b"PK\x03\x04"})
    said = pdf._reaching_out(docx)
    assert "dokument zawiera wstawiony dokument (altChunk, część word/chunk.docx)" in said, said
    assert "zapisz go jako nowy plik .docx" in said, said


def _loading_soffice(tmp_path: Path, log: Path, on_culprit: str) -> str:
    """A stand-in LibreOffice as the real one behaves: it prints a document's „convert …” line only after loading
    it; at a document named *zly* it does `on_culprit` while loading (a crash, a hang) – so no line for it."""
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                          'prev="$a"; done\nmkdir -p "$out"\n'
                          f'echo "$*" >> "{log}"\n'
                          'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          f'case "$a" in *zly*) {on_culprit};; esac; '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "loading-soffice")


def _three(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "d"
    folder.mkdir()
    return [_package(folder / f"{name}.docx", relationships="") for name in ("a-dobry", "b-zly", "c-dobry")]


def _converted(paths, soffice, **options) -> tuple[list[str], str]:
    """The PDFs written and the error said; the PDFs taken off the not-yet-recorded list, as the command does."""
    try:
        written, said = pdf.convert(paths, soffice, **options), ""
    except pdf.PdfError as exc:
        written, said = exc.written, " ".join(str(exc).split())
    finally:
        pdf.placed_digests(pdf.placed())
    return sorted(Path(p).name for p in written), said


def test_a_crash_while_loading_a_document_puts_that_document_last_in_the_retry(tmp_path):
    """Finding 3: LibreOffice prints a document's line after loading it; a crash while loading b left a's line last,
    a (with its PDF) was „marked”, b kept first in the retry – and sound c lost its PDF, told LibreOffice crashed."""
    log = tmp_path / "starts.log"
    paths = _three(tmp_path)
    written, said = _converted(paths, _loading_soffice(tmp_path, log, "kill -SEGV $$"))
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert "b-zly.docx" in said and "c-dobry.docx" not in said, said
    retry = log.read_text().splitlines()[1]
    assert retry.index("c-dobry") < retry.index("b-zly"), retry


def test_a_hang_while_loading_a_document_puts_that_document_last_in_the_retry(tmp_path):
    """Finding 6: the same for a load that never ends: b was kept first, c never got its PDF."""
    log = tmp_path / "starts.log"
    paths = _three(tmp_path)
    written, said = _converted(paths, _loading_soffice(tmp_path, log, "exec sleep 3600"), timeout=2)
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert "b-zly.docx" in said and "c-dobry.docx" not in said, said


def test_a_package_of_far_more_entries_than_word_writes_is_refused_at_once(tmp_path):
    """Finding 5: 400 000 empty entries took 37 s before LibreOffice ran, silently; the count is read from the
    package's end record and refused by name before any entry is listed."""
    extra = {f"x/{number}.rels": b"" for number in range(pdf.MAX_ENTRIES + 1)}
    said = pdf._reaching_out(_package(tmp_path / "many.docx", relationships="", extra=extra))
    assert f"dokument ma zbyt wiele części ({pdf.MAX_ENTRIES + 5};" in said, said


def test_a_crash_while_loading_the_first_document_costs_only_that_document(tmp_path):
    """Finding 3 (b): a crash loading the first document leaves no line and no PDF at all; it was kept first in
    the retry and none of the three got a PDF. It goes last: the sound ones are converted."""
    log = tmp_path / "starts.log"
    folder = tmp_path / "d"
    folder.mkdir()
    paths = [_package(folder / f"{name}.docx", relationships="") for name in ("a-zly", "b-dobry", "c-dobry")]
    written, said = _converted(paths, _loading_soffice(tmp_path, log, "kill -SEGV $$"))
    assert written == ["b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert "a-zly.docx" in said and "b-dobry.docx" not in said and "c-dobry.docx" not in said, said
