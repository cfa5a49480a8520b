"""`pismo import` against the second red-team review of issue 17 (findings on Word packages, encodings, and
work that grew faster than the input). Work is compared for n and 4n in one run, never timed absolutely."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

import docx
import pytest

from helpers import REFERENCE
from test_import import _refused, run
from pismo.importer.sources import read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _plan_docx() -> bytes:
    document = docx.Document()
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_parts(raw: bytes, parts: dict[str, bytes]) -> bytes:
    """The package with parts added or replaced (deflated)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename not in parts:
                target.writestr(info.filename, source.read(info))
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def _damaged(raw: bytes, name: str, how: str) -> bytes:
    """The package with one entry damaged: its deflate data, its compression method or its "encrypted" flag."""
    data = bytearray(raw)
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        info = package.getinfo(name)
    local = info.header_offset
    start = local + 30 + struct.unpack("<H", data[local + 26:local + 28])[0] + \
        struct.unpack("<H", data[local + 28:local + 30])[0]
    if how == "deflate":
        data[start:start + 8] = b"\xff" * 8
        return bytes(data)
    central = data.index(b"PK\x01\x02")
    while data[central + 46:central + 46 + len(name)] != name.encode():
        central = data.index(b"PK\x01\x02", central + 4)
    for header, flag_at, method_at in ((local, 6, 8), (central, 8, 10)):
        if how == "method":
            data[header + method_at:header + method_at + 2] = struct.pack("<H", 99)
        else:
            data[header + flag_at] |= 1
    return bytes(data)


# --- finding 4: a notes part that cannot be unpacked loses only its warning, never ends in a traceback.

NOTES = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}><w:footnote w:id="1"><w:p><w:r>'
         '<w:t>Przypis o patrolach</w:t></w:r></w:p></w:footnote></w:footnotes>')
ENDNOTES = NOTES.replace("footnote", "endnote").replace("Przypis", "Przypis końcowy").encode()
NOTES = NOTES.encode()


@pytest.mark.parametrize("how", ["deflate", "method", "encrypted"])
def test_a_notes_part_that_cannot_be_unpacked_loses_only_its_warning(tmp_path, how):
    raw = _with_parts(_plan_docx(), {"word/footnotes.xml": NOTES, "word/endnotes.xml": ENDNOTES})
    source = tmp_path / "plan.docx"
    source.write_bytes(_damaged(raw, "word/footnotes.xml", how))
    lines, warnings = read_source(source)
    assert any("Charakterystyka" in line.text for line in lines)
    assert len(warnings) == 1 and "Przypis końcowy o patrolach" in warnings[0], warnings  # the endnotes stay
    result = run("import", source, "-o", tmp_path / "sprawa.yaml")
    assert result.exit_code == 0, result.output


# --- findings 2 and 18: the work of grouping and of the title block grows with the input, not its square.

def _work(monkeypatch, module, name: str, run_it) -> int:
    """Characters given to module.name while run_it() runs."""
    seen = [0]
    original = getattr(module, name)

    def counted(text, *args, **kwargs):
        seen[0] += len(text)
        return original(text, *args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    run_it()
    monkeypatch.setattr(module, name, original)
    return seen[0]


def test_an_item_of_many_wrapped_lines_is_read_in_linear_work(monkeypatch):
    from pismo.importer import items
    from pismo.importer.lines import Line

    def grouped(n: int):
        entries = [(Line("Kontrole rejonu", "-", "bullet"), None)]
        entries += [(Line("i dalsze kontrole w rejonie skweru"), None) for _ in range(n)]
        return lambda: items.group_items(entries, None)

    small, large = (_work(monkeypatch, items, "split_deadline", grouped(n)) for n in (100, 400))  # under MAX_ITEM_TEXT
    assert large < 6 * small, (small, large)  # linear: 4×; quadratic: 16×
    long_item = [(Line("Kontrole rejonu", "-", "bullet"), None)] + [(Line("i dalsze kontrole w rejonie"), None)] * 300
    ended = items.group_items(long_item + [(Line("do 30.11.2025 r."), None), (Line("Nowy wiersz"), None)], None)
    assert len(ended) == 2 and ended[0].text.endswith("rejonie do 30.11.2025 r."), [i.text[-40:] for i in ended]
    # a line in lower case under it is the item's wrapped rest after its date (rev-imp15 #4), kept apart
    ended = items.group_items(long_item + [(Line("do 30.11.2025 r."), None), (Line("i nowy wiersz"), None)], None)
    assert len(ended) == 1 and ended[0].text.endswith("rejonie do 30.11.2025 r.") and ended[0].after == ["i nowy wiersz"]


def _plan_lines(extra: list[str]):
    """The reference plan's Lines with extra lines between its title and its first heading."""
    from pismo.importer.lines import text_line

    texts = REFERENCE.read_text(encoding="utf-8").splitlines()
    first = next(i for i, text in enumerate(texts) if text.startswith("1. "))
    texts = texts[:first] + extra + texts[first:]
    return [text_line(text, n) for n, text in enumerate(texts, 1)]


@pytest.mark.parametrize("extra", ["Łęczna, {n}.01.2024 r.", "Zdanie wstępu numer {n} bez znaczenia"])
def test_many_lines_before_the_first_heading_take_linear_work(monkeypatch, extra):
    from pismo.importer.lines import Line
    from pismo.importer.recognise import recognise

    compared = [0]
    equal = Line.__eq__

    def counted(self, other):
        compared[0] += 1
        return equal(self, other)

    monkeypatch.setattr(Line, "__eq__", counted)
    work = []
    for n in (200, 800):
        lines = _plan_lines([extra.format(n=i % 28 + 1) for i in range(n)])
        compared[0] = 0
        recognise(lines)
        work.append(compared[0])
    assert work[1] <= 6 * work[0] + 100, work  # linear: 4×; quadratic: 16×


# --- finding 19: a chain of styles based on one another is walked once per style, not once per paragraph.

def _styled_chain(path: Path, n: int) -> None:
    """A document of n paragraphs in style s0, based on s1, … on s{n-1}; the last one is a bulleted list."""
    from docx.oxml import parse_xml

    document = docx.Document()
    styles = document.styles.element
    for i in range(n):
        based = f'<w:basedOn w:val="s{i + 1}"/>' if i + 1 < n else ""
        styles.append(parse_xml(f'<w:style {W} w:type="paragraph" w:styleId="s{i}"><w:name w:val="s{i}"/>{based}'
                                '</w:style>'))
    for i in range(n):
        paragraph = document.add_paragraph(f"kontrola {i}")
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:pStyle {W} w:val="s0"/>'))
    document.save(str(path))


def test_a_chain_of_styles_is_walked_once_per_style(tmp_path, monkeypatch):
    from pismo.importer import sources

    looked = [0]

    class Counted(dict):
        def __getitem__(self, key):
            looked[0] += 1
            return super().__getitem__(key)

    original = sources._Numbering.__init__

    def counting(self, document):
        original(self, document)
        self.styles = Counted(self.styles)

    monkeypatch.setattr(sources._Numbering, "__init__", counting)
    work = []
    for n in (50, 200):
        _styled_chain(tmp_path / f"plan{n}.docx", n)
        looked[0] = 0
        lines, _ = read_source(tmp_path / f"plan{n}.docx")
        assert len(lines) == n
        work.append(looked[0])
    assert work[1] <= 6 * work[0], work  # linear: 4×; quadratic: 16×


# --- finding 5: a damaged or mistaken .docx is told by what it is, naming the part and what to do.

def _odt() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document-content/>")
    return out.getvalue()


def _without(raw: bytes, name: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info.filename, source.read(info))
    return out.getvalue()


@pytest.mark.parametrize("make, expected", [
    (lambda: b"", "plik jest pusty"),
    (lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "to jest plik PDF"),
    (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "stary dokument Word (.doc)"),
    (_odt, "OpenDocument"),
    (lambda: "Plan działania priorytetowego\n".encode(), "to nie jest dokument Word (.docx)"),
    (lambda: _without(_plan_docx(), "word/document.xml"), "brak części word/document.xml"),
    (lambda: _without(_plan_docx(), "[Content_Types].xml"), "brak części [Content_Types].xml"),
    (lambda: _damaged(_plan_docx(), "word/document.xml", "deflate"), "część word/document.xml"),
    (lambda: _damaged(_plan_docx(), "word/styles.xml", "method"), "część word/styles.xml"),
    (lambda: _with_parts(_plan_docx(), {"word/document.xml": b"<w:document><w:body>"}),
     "część word/document.xml dokumentu Word nie jest poprawnym plikiem XML"),
])
def test_a_file_that_is_not_a_readable_docx_is_told_by_what_it_is(tmp_path, make, expected):
    source = tmp_path / "plan.docx"
    source.write_bytes(make())
    _refused(tmp_path, source, expected)
    output = run("import", source, "-o", tmp_path / "x.yaml").output
    assert not any(name in output for name in ("Error", "KeyError", "BadZipFile", "(error)")), output
    assert "zapisz" in output or "skopiuj" in output or "wskaż" in output, output


# --- finding 15: memory goes by XML elements: a package of many tiny elements is refused before it is parsed.

def test_a_package_of_millions_of_tiny_elements_is_refused_before_parsing(tmp_path, monkeypatch):
    from pismo.importer import sources

    body = b"<w:p/>" * 1_100_000  # 6.6 MB: under the size limits of a part and of the package
    source = tmp_path / "plan.docx"
    source.write_bytes(_with_parts(_plan_docx(), {"word/header9.xml": f"<w:hdr {W}>".encode() + body + b"</w:hdr>"}))
    parsed = []
    monkeypatch.setattr(docx, "Document", lambda *args: parsed.append(args))
    with pytest.raises(sources.SourceError, match="znaczników i atrybutów XML"):
        read_source(source)
    assert not parsed


# --- finding 6: the paragraphs of a text box are words apart, not glued to each other and their paragraph.

MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'


def _box(paragraphs: str) -> str:
    return (f'<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
            f'{paragraphs}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent>')


def test_paragraphs_of_a_text_box_are_separated(tmp_path):
    from docx.oxml import parse_xml

    inner = "<w:p><w:r><w:t>RAMKA W RAMCE</w:t></w:r></w:p>"
    runs = (f'<w:r><w:t>Spotkania w szkole</w:t></w:r><w:r>'
            + _box("<w:p><w:r><w:t>Uwaga: termin</w:t></w:r></w:p><w:p><w:r><w:t>do uzgodnienia</w:t></w:r>"
                   f"<w:r>{_box(inner)}</w:r></w:p>")
            + '</w:r><w:r><w:t>koniec</w:t></w:r>')
    document = docx.Document()
    paragraph = document.add_paragraph()
    for run_xml in parse_xml(f"<w:p {W} {MC} {WPS}>{runs}</w:p>"):
        paragraph._p.append(run_xml)
    source = tmp_path / "plan.docx"
    document.save(str(source))
    [line] = read_source(source)[0]
    assert line.text == "Spotkania w szkole Uwaga: termin do uzgodnienia RAMKA W RAMCE koniec", line.text


# --- finding 16: a warning quotes at most a few hundred characters of the source, whatever its line's length.

def test_a_warning_quotes_a_long_line_cut(tmp_path):
    long_line = "Dalszy tekst " * 8000  # 104 kB
    source = tmp_path / "plan.txt"
    source.write_text(REFERENCE.read_text(encoding="utf-8") + f"\nOpublikowano: 12.03.2024 r.\n{long_line}\n",
                      encoding="utf-8")
    target = tmp_path / "sprawa.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output[:2000]
    assert "po stopce strony internetowej pominięto" in result.output
    assert len(result.output) < 5000, len(result.output)
    assert len(target.read_text(encoding="utf-8")) < 1.5 * len(long_line)  # the skipped line kept once, not twice


# --- finding 9: C1 control characters (a Windows-1252 dash read as Latin-1) become spaces, in the text and in
# the source's name; the case file never fails its own check.

C1 = "\u0096\u0085\u0081\u0093\u0094\u2028"


def _c1_plan() -> str:
    text = REFERENCE.read_text(encoding="utf-8")
    return text.replace("Wystąpienie z wnioskiem", f"Wystąpienie{C1[0]}z{C1[2]}wnioskiem{C1[3]}x{C1[4]}", 1)


@pytest.mark.parametrize("name", ["plan.txt", "plan\u0096rejon.txt", "plan\u001besc.txt"])
def test_c1_control_characters_become_spaces(tmp_path, name):
    source = tmp_path / name
    source.write_text(_c1_plan(), encoding="utf-8")
    target = tmp_path / "sprawa.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "Wystąpienie z wnioskiem x" in text and not any(c in text for c in C1 + "\u001b"), text[:300]


def test_c1_control_characters_in_a_word_text_become_spaces(tmp_path):
    document = docx.Document()
    for line in _c1_plan().splitlines():
        document.add_paragraph(line)
    source = tmp_path / "plan.docx"
    document.save(str(source))
    target = tmp_path / "sprawa.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    assert "Wystąpienie z wnioskiem x" in target.read_text(encoding="utf-8")


# --- findings 10–12: a UTF-8 file with a stray byte stays UTF-8; Latin-2 is told from Windows-1250; NFD is composed.

def _imported(tmp_path, raw: bytes, name: str = "plan"):
    source = tmp_path / f"{name}.txt"
    source.write_bytes(raw)
    target = tmp_path / f"{name}.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return result.output, target.read_text(encoding="utf-8")


def test_a_utf8_file_with_one_bad_byte_is_read_as_utf8_with_its_line(tmp_path):
    raw = REFERENCE.read_text(encoding="utf-8").encode("utf-8")
    line_three = raw.split(b"\n", 2)
    output, text = _imported(tmp_path, b"\n".join(line_three[:2]) + b"\n\xff" + line_three[2])
    assert "UTF-8" in output and "w wierszu 3" in output, output
    assert "Windows-1250" not in output and "zagrożenia" in text and "Ĺ" not in text


def test_latin2_is_read_as_latin2(tmp_path):
    output, text = _imported(tmp_path, REFERENCE.read_text(encoding="utf-8").replace("·", "-").replace("–", "-").encode("iso-8859-2", "replace"))
    assert "ISO-8859-2" in output, output
    assert "Wystąpienie z wnioskiem" in text and "±" not in text and "¶" not in text


def test_windows_1250_is_still_read_as_windows_1250(tmp_path):
    output, text = _imported(tmp_path, REFERENCE.read_text(encoding="utf-8").encode("cp1250"))
    assert "Windows-1250" in output and "Wystąpienie z wnioskiem" in text


def test_decomposed_letters_are_read_as_the_plan_they_spell(tmp_path):
    import unicodedata

    plain = _imported(tmp_path, REFERENCE.read_text(encoding="utf-8").encode("utf-8"), "nfc")[1]
    decomposed = _imported(tmp_path, unicodedata.normalize("NFD", REFERENCE.read_text(encoding="utf-8"))
                           .encode("utf-8"), "plan")[1]
    assert decomposed.replace("plan.txt", "nfc.txt") == plain
