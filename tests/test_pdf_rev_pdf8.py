"""Findings of the eighth PDF review (rev-pdf8) of issue 17: packages LibreOffice reads otherwise than pismo's checks."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

from test_pdf_rev_pdf7 import _PACKAGE_RELS, _TYPES, _converted, _package

from pismo.files import pdf

_LINKED = '<w:p><w:r><a:blip r:link="rIdX"/></w:r></w:p>'  # a picture linked to the web (rev-pdf7 #2)


def _with_decoy(path: Path, decoy_name: str, decoy_first: bool = False) -> Path:
    """A document whose picture is linked to the web, plus a copy of its main part without the link under
    `decoy_name` – stored after the real part, or before it."""
    from test_pdf_rev_pdf7 import _BODY

    decoy = {decoy_name: _BODY.format(inside="")}
    return _package(path, inside=_LINKED, first=decoy if decoy_first else None, extra=None if decoy_first else decoy)


def test_a_copy_of_the_main_part_named_in_other_case_refuses_the_document(tmp_path):
    """Finding 1: `WORD/DOCUMENT.XML` stored last, without the picture's link, was the part the check read; LibreOffice
    read word/document.xml and fetched the picture."""
    for name in ("WORD/DOCUMENT.XML", "Word/Document.xml"):
        said = pdf._reaching_out(_with_decoy(tmp_path / "kopia.docx", name))
        assert f"dokument zawiera dwie części o tej samej nazwie („word/document.xml” i „{name}”" in said, said
        assert "zapisz go jako nowy plik .docx" in said, said


def test_a_main_part_under_a_doubled_slash_refuses_the_document(tmp_path):
    """Finding 1's variant: the decoy as word/document.xml first, the real part later as word//document.xml –
    LibreOffice reads the later one as word/document.xml."""
    from test_pdf_rev_pdf7 import _BODY

    docx = _package(tmp_path / "ukosnik.docx", inside="", extra={"word//document.xml": _BODY.format(inside=_LINKED)})
    said = pdf._reaching_out(docx)
    assert "(„word/document.xml” i „word//document.xml”" in said, said


def test_a_part_under_a_doubled_slash_alone_is_read_as_libreoffice_reads_it(tmp_path):
    """The part a .rels names is found under the name LibreOffice reads it by: a lone word//document.xml with the
    linked picture is checked, not skipped."""
    from test_pdf_rev_pdf7 import _BODY, _PICTURE

    docx = tmp_path / "sam.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", _TYPES)
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word//document.xml", _BODY.format(inside=_LINKED))
        archive.writestr("word/_rels/document.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         f'package/2006/relationships">{_PICTURE.replace("/image", "/hyperlink")}</Relationships>')
    assert "dokument odwołuje się do zasobu spoza niego" in pdf._reaching_out(docx)


def test_bytes_before_the_zip_refuse_the_document(tmp_path):
    """Finding 7: a mail header or a web page in front of the zip – zipfile reads past it, LibreOffice opened the file
    as text or HTML and wrote a PDF of garbage, rc 0."""
    sound = _package(tmp_path / "ok.docx", relationships="")
    assert pdf._reaching_out(sound) == ""
    for name, front in (("naglowek", b"Content-Type: application/vnd.openxmlformats\r\n\r\n"),
                        ("zera", bytes(512)), ("strona", b"<html><body>x</body></html>\n")):
        docx = tmp_path / f"{name}.docx"
        docx.write_bytes(front + sound.read_bytes())
        said = pdf._reaching_out(docx)
        assert said.startswith("przed dokumentem Worda plik zawiera inne dane"), (name, said)


def test_libreoffice_is_told_the_word_import_filter(tmp_path):
    """Finding 7 and 12 at LibreOffice's end: each document is read as Word's, never by type detection (which fell
    back to text, HTML or OpenDocument)."""
    from helpers import copying_soffice

    folder = tmp_path / "d"
    folder.mkdir()
    docx = _package(folder / "a.docx", relationships="")
    log = tmp_path / "args.log"
    soffice = copying_soffice(tmp_path)
    wrapper = tmp_path / "logging-soffice"
    wrapper.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{log}"\nexec "{soffice}" "$@"\n')
    wrapper.chmod(0o755)
    written, said = _converted([docx], str(wrapper))
    assert written == ["a.pdf"], said
    args = log.read_text().splitlines()
    assert "--infilter=MS Word 2007 XML" in args and "pdf:writer_pdf_Export" in args, args


def test_an_opendocument_text_named_docx_is_refused(tmp_path):
    """Finding 12: an ODT under a .docx name has no .rels; its picture linked to the web was fetched by LibreOffice."""
    docx = tmp_path / "odt.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:'
                         'xmlns:office:1.0"/>')
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    said = pdf._reaching_out(docx)
    assert "to nie jest dokument Word (.docx), tylko dokument OpenDocument" in said, said
    assert "zapisz jako dokument Word (.docx)" in said, said


def test_a_zip_that_is_no_word_package_is_refused(tmp_path):
    """Finding 12: any zip whose content types and relationships name no Word main part (a workbook renamed)."""
    docx = tmp_path / "arkusz.docx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", _TYPES.replace("wordprocessingml.document", "spreadsheetml.sheet"))
        archive.writestr("_rels/.rels", _PACKAGE_RELS)
        archive.writestr("word/document.xml", "<x/>")
    assert "to nie jest dokument Word (.docx), tylko archiwum zip" in pdf._reaching_out(docx)


def test_word_templates_and_macro_documents_under_docx_pass(tmp_path):
    """No regression: a Word template or a macro-enabled document renamed .docx is a Word package (LibreOffice
    loads each by the Word filter)."""
    for kind in ("wordprocessingml.template", "wordprocessingml.document"):
        docx = tmp_path / "t.docx"
        with zipfile.ZipFile(docx, "w") as archive:
            archive.writestr("[Content_Types].xml", _TYPES.replace("wordprocessingml.document", kind))
            archive.writestr("_rels/.rels", _PACKAGE_RELS)
            archive.writestr("word/document.xml", "<x/>")
        assert pdf._reaching_out(docx) == "", kind
    root = Path(__file__).resolve().parent.parent
    for sound in [*root.glob("templates/*.docx"), *root.glob("tests/data/real/*.docx")]:
        assert pdf._reaching_out(sound) == "", sound


def test_an_end_record_understating_the_entries_is_refused_by_the_size_of_their_list(tmp_path):
    """Finding 4: an end record declaring 20 of 20 000 entries let zipfile list them all (it lists by the list's
    size): the list's size is bounded too."""
    extra = {f"x/{'a' * 200}{number:06d}": b"" for number in range(20_000)}  # 5 MB of list
    docx = _package(tmp_path / "many.docx", relationships="", extra=extra)
    blob = bytearray(docx.read_bytes())
    end = blob.rindex(b"PK\x05\x06")
    struct.pack_into("<HH", blob, end + 8, 20, 20)
    docx.write_bytes(bytes(blob))
    said = pdf._reaching_out(docx)
    assert f"dokument ma zbyt wiele części (ponad {pdf.MAX_ENTRIES};" in said, said


def _sound(tmp_path: Path, names: tuple[str, ...]) -> list[Path]:
    """Sound documents of these names in one folder."""
    folder = tmp_path / "d"
    folder.mkdir()
    return [_package(folder / f"{name}.docx", relationships="") for name in names]


def _soffice_7_4(tmp_path: Path, log: Path, on_culprit: str) -> str:
    """A stand-in LibreOffice 7.4: a document's „convert …” line after loading it; for a *zepsuty* one it says
    „source file could not be loaded” and goes on; for a *nozapis* one, after its line, it cannot store the PDF
    and goes on; at a *zly* one it does `on_culprit` while loading."""
    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    return soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                          'prev="$a"; done\nmkdir -p "$out"\n'
                          f'echo "$*" >> "{log}"\n'
                          'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                          f'case "$a" in *zly*) {on_culprit};; '
                          '*zepsuty*) echo "Error: source file could not be loaded" >&2; continue;; esac; '
                          'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                          'case "$a" in *nozapis*) echo "Error: Please verify input parameters... '
                          '(SfxBaseModel::impl_store <file://$out/$b.pdf> failed: 0xc10(Error Area:Io Class:Write '
                          'Code:16))" >&2; continue;; esac; '
                          f'cp "{minimal}" "$out/$b.pdf";; esac; done', "soffice-7-4")


def _lines(said: str) -> dict[str, str]:
    """Each document's reason, by its name."""
    return {part.split(".docx:")[0].rsplit("/", 1)[-1]: part.split(".docx:", 1)[1]
            for part in said.split(" /") if ".docx:" in part}


def test_a_document_libreoffice_cannot_load_is_not_blamed_for_a_crash_after_it(tmp_path):
    """Finding 3: b could not be loaded (LibreOffice says so and goes on), c crashed it while loading: b was blamed,
    c kept first in the retry, sound d lost its PDF; now c goes last, d converts, b is told it could not be loaded."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zepsuty", "c-zly", "d-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf", "d-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert "nie mógł wczytać tego dokumentu" in reasons["b-zepsuty"], said
    assert "awarii (sygnał 11) – przy zamianie tego dokumentu (także za drugim razem)" in reasons["c-zly"], said
    assert "could not be loaded" not in reasons["c-zly"], said
    assert log.read_text().splitlines()[1].split()[-1].endswith("c-zly.docx"), log.read_text()


def test_a_document_whose_pdf_libreoffice_could_not_store_is_not_blamed_for_a_crash_after_it(tmp_path):
    """Finding 3's export variant: b's PDF could not be stored (LibreOffice goes on), c crashed it: every document
    was told of the store error, the crash unsaid, d lost its PDF."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-nozapis", "c-zly", "d-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf", "d-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert reasons["b-nozapis"].strip().startswith("LibreOffice nie mógł zapisać pliku PDF (błąd zapisu"), said
    assert "awarii (sygnał 11) – przy zamianie tego dokumentu" in reasons["c-zly"], said


def test_a_hang_after_a_document_libreoffice_cannot_load_is_the_hanging_ones(tmp_path):
    """Finding 3's hang variant: c hung LibreOffice while loading, after unloadable b: „dwa różne dokumenty … wina
    programu” was said of a sound program, and d lost its PDF."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zepsuty", "c-zly", "d-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "exec sleep 3600"), jobs=1, timeout=2)
    assert written == ["a-dobry.pdf", "d-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert "nie mógł wczytać tego dokumentu" in reasons["b-zepsuty"], said
    assert reasons["c-zly"].strip().startswith("LibreOffice przestał odpowiadać przy dokumencie"), said
    assert "wina programu" not in said, said


def test_two_documents_crashing_libreoffice_in_one_batch_cost_only_themselves(tmp_path):
    """Finding 2: b and c each crash LibreOffice while loading; the retry crashed at c, its first document – d and e
    (sound) lost their PDFs on every rerun, told LibreOffice crashed at them; b was said to have crashed it twice."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-dobry", "b-zly", "c-zly", "d-dobry", "e-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1)
    assert written == ["a-dobry.pdf", "d-dobry.pdf", "e-dobry.pdf"], (written, said)
    reasons = _lines(said)
    assert set(reasons) == {"b-zly", "c-zly"}, said
    assert all("przy zamianie tego dokumentu" in reason for reason in reasons.values()), said
    rerun = [p for p in paths if p.name != "a-dobry.docx"]  # both crashers first: still only they fail
    for path in rerun:
        path.with_suffix(".pdf").unlink(missing_ok=True)
    written, said = _converted(rerun, _soffice_7_4(tmp_path, log, "kill -SEGV $$"), jobs=1, overwrite=True)
    assert written == ["d-dobry.pdf", "e-dobry.pdf"], (written, said)


def test_a_libreoffice_crashing_at_every_start_is_said_once_as_the_programs(tmp_path):
    """Finding 8: LibreOffice dying at once at every start – each document was told LibreOffice crashed at it and
    sent to look for damage; starts at three different first documents are the program's, named once."""
    from helpers import soffice_script

    paths = _sound(tmp_path, ("a", "b", "c"))
    soffice = soffice_script(tmp_path, "kill -SEGV $$", "crashing-soffice")
    written, said = _converted(paths, soffice, jobs=1)
    assert written == [], said
    assert "każdy z 3 plików" in said, said
    assert "LibreOffice nie uruchomił się poprawnie: 3 razy z rzędu zaraz po uruchomieniu" in said, said
    assert f"uruchomiony program: {soffice}" in said, said
    assert "sprawdź, czy nie są uszkodzone" not in said, said


def test_a_first_document_hanging_libreoffice_while_loading_costs_only_itself(tmp_path):
    """Finding 13: a hang with no sign at the run's first document gave up the whole run („zainstaluj go
    ponownie”); it is tried once more with that document last."""
    log = tmp_path / "starts.log"
    paths = _sound(tmp_path, ("a-zly", "b-dobry", "c-dobry"))
    written, said = _converted(paths, _soffice_7_4(tmp_path, log, "exec sleep 3600"), jobs=1, timeout=2)
    assert written == ["b-dobry.pdf", "c-dobry.pdf"], (written, said)
    assert _lines(said)["a-zly"].strip().startswith("LibreOffice przestał odpowiadać przy dokumencie"), said
    assert "zainstaluj" not in said, said


def test_a_document_keeping_libreoffice_busy_is_told_the_time_waited_and_its_retry_keeps_the_promise(tmp_path):
    """Finding 11: LibreOffice looping at full processor on b was waited for minutes (busy, no hang) yet said to be
    stopped after „8,4 s bez postępu”; the retry promised „najwyżej 20 s” and waited minutes again."""
    import re
    import time

    from helpers import MINIMAL_PDF, soffice_script

    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    soffice = soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                             'prev="$a"; done\nmkdir -p "$out"\n'
                             'for a in "$@"; do case "$a" in *.docx) b=$(basename "$a" .docx); '
                             'case "$a" in *petla*) while :; do :; done;; esac; '
                             'echo "convert $a -> $out/$b.pdf using filter : writer_pdf_Export"; '
                             f'cp "{minimal}" "$out/$b.pdf";; esac; done', "busy-soffice")
    paths = _sound(tmp_path, ("a-dobry", "b-petla", "c-dobry"))
    began = time.monotonic()
    written, said = _converted(paths, soffice, jobs=1, timeout=2)
    took = time.monotonic() - began
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], (written, said)
    first = re.search(r"za pierwszym razem: .*?\(([\d,]+) s bez postępu\)", said)
    assert first and float(first[1].replace(",", ".")) > 3, said  # busy within the whole start's 8 s, not „2 s”
    assert took < 12.5, (took, said)  # the retry stops 2 s after c, as promised – not after its whole 6 s


def test_the_reason_said_once_names_the_documents_by_path(tmp_path):
    """Finding 9: two case folders' plan.docx read „(plan.docx, plan.docx)”."""
    failed = [pdf._Document(tmp_path / case / "plan.docx", Path(), Path(), 0, error="x", outcome="program")
              for case in ("sprawa1", "sprawa2")]
    lines = pdf._failure_lines(failed, 2)
    assert f"({tmp_path / 'sprawa1' / 'plan.docx'}, {tmp_path / 'sprawa2' / 'plan.docx'})" in lines, lines


def test_a_libreoffice_found_on_path_that_cannot_start_is_named_with_where(tmp_path, monkeypatch):
    """Finding 10: a broken copy early on PATH (code 127, its libraries missing) was told „zainstaluj go ponownie”
    while a sound LibreOffice was installed; the program run is named, found on PATH."""
    from helpers import soffice_script

    folder = tmp_path / "bin"
    folder.mkdir()
    soffice_script(folder, 'echo "soffice: error while loading shared libraries: libuno_sal.so.3: cannot open '
                   'shared object file" >&2; exit 127', "soffice")
    monkeypatch.setenv("PATH", f"{folder}:{__import__('os').environ['PATH']}")
    monkeypatch.delenv("PISMO_SOFFICE", raising=False)
    program = pdf.find_soffice()
    assert program == str(folder / "soffice")
    written, said = _converted(_sound(tmp_path, ("a", "b")), program, jobs=1)
    assert written == [], said
    assert f"uruchomiony program: {folder / 'soffice'} (znaleziony w PATH)" in said, said


def test_a_program_answering_in_no_words_of_libreoffice_is_named_not_the_document(tmp_path):
    """Finding 5: Chromium as PISMO_SOFFICE („…:ERROR:chrome/app/chrome_main.cc:204] Multiple targets…”, code 13)
    was called LibreOffice and the document sent to be checked for damage."""
    from helpers import soffice_script

    chromium = soffice_script(tmp_path, 'echo "[1206/224319.041997:ERROR:chrome/app/chrome_main.cc:204] Multiple '
                              'targets are not supported in headless mode." >&2; exit 13', "chromium")
    written, said = _converted(_sound(tmp_path, ("a",)), chromium, jobs=1)
    assert written == [], said
    assert "program uruchomiony jako LibreOffice nie przyjął poleceń LibreOffice (kod 13)" in said, said
    assert f"({chromium}), czy to rzeczywiście LibreOffice" in said and "uszkodzon" not in said, said


def test_part_names_with_backslashes_are_refused_by_name(tmp_path):
    """Finding 6: `word\\_rels\\document.xml.rels` (some Windows zip tools) – LibreOffice cannot load it, and a sound
    document was blamed on its installation; the link check found no part by that name either."""
    docx = _package(tmp_path / "ukosnik.docx", relationships="")
    renamed = tmp_path / "wsteczny.docx"
    with zipfile.ZipFile(docx) as source, zipfile.ZipFile(renamed, "w") as target:
        for info in source.infolist():
            target.writestr(info.filename.replace("word/_rels/", "word\\_rels\\"), source.read(info))
    said = pdf._reaching_out(renamed)
    assert said.startswith("nazwy części dokumentu zapisano z ukośnikiem wstecznym („word\\_rels\\document.xml.rels”"), said
