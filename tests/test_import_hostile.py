"""`pismo import` on hostile files (issue 17): damaged UTF-16, numbers a file declares, Word text boxes and
symbols. Long lines are measured in bench/import_lines.py, not timed here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from helpers import REFERENCE
from test_import import _refused, run
from pismo.importer.sources import read_source

SRC = Path(__file__).parents[1] / "src"
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


# --- UTF-16 that does not decode: a Polish message naming the line, no traceback.

def _utf16(codec: str, bom: bool) -> bytes:
    text = REFERENCE.read_text(encoding="utf-8")
    return ("\ufeff" if bom else "").encode(codec) + text.encode(codec)


LONE_SURROGATE = {"utf-16-le": b"\x00\xd8", "utf-16-be": b"\xd8\x00"}


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_a_lone_surrogate_is_refused_with_its_line(tmp_path, codec, bom):
    raw = _utf16(codec, bom)
    line_two = raw.index("\n".encode(codec)) + 2  # the surrogate goes at the start of line 2
    source = tmp_path / "plan.txt"
    source.write_bytes(raw[:line_two] + LONE_SURROGATE[codec] + raw[line_two:])
    _refused(tmp_path, source, "w wierszu 2")
    assert "UTF-16" in run("import", source, "-o", tmp_path / "x.yaml").output


@pytest.mark.parametrize("bom", [True, False], ids=["bom", "no-bom"])
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_an_odd_number_of_bytes_is_refused(tmp_path, codec, bom):
    source = tmp_path / "plan.txt"
    source.write_bytes(_utf16(codec, bom) + b"A")
    _refused(tmp_path, source, "niepełny ostatni znak")
    assert "UTF-16" in run("import", source, "-o", tmp_path / "x.yaml").output


def test_utf32_is_read_and_a_damaged_one_refused(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_bytes(REFERENCE.read_text(encoding="utf-8").encode("utf-32"))
    assert run("import", source, "-o", tmp_path / "sprawa.yaml").exit_code == 0
    source.write_bytes(REFERENCE.read_text(encoding="utf-8").encode("utf-32") + b"\x00\x00")
    _refused(tmp_path, source, "UTF-32 LE ma niepełny ostatni znak")


def test_a_line_of_more_digits_than_python_converts_is_kept_as_text(tmp_path):
    source = tmp_path / "plan.txt"
    source.write_text(REFERENCE.read_text(encoding="utf-8") + "\n" + "7" * 5000 + "\n", encoding="utf-8")
    target = tmp_path / "sprawa.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    assert "7" * 5000 in target.read_text(encoding="utf-8")


def test_a_line_of_a_thousand_merged_headings_is_read(tmp_path):
    """Each heading after another on one line was parsed by recursion: a RecursionError, not a message."""
    source = tmp_path / "plan.txt"
    line = "1. Charakterystyka zdiagnozowanego zagrożenia. 2. Zakładany cel do osiągnięcia. " * 600
    source.write_text(f"Plan działania priorytetowego dla rejonu nr 3\n{line}\n3. Proponowane działania.\nKontrole.\n"
                      "4. Podmioty współpracujące.\nRada.\n5. Sposób informowania.\nStrona.\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "sprawa.yaml")
    assert result.exit_code == 0, result.output


def test_ids_of_many_items_named_alike_are_unique():
    from pismo.importer.writer import slug

    used: dict[str, int] = {}
    ids = [slug(text, used, "dzialanie") for text in ["x", "x", "Działanie 100", "x", "działanie", "x"] * 50]
    assert len(set(ids)) == len(ids) == 300
    assert ids[:6] == ["dzialanie", "dzialanie-2", "dzialanie-100", "dzialanie-3", "dzialanie-4", "dzialanie-5"]


# --- Numbers a Word file declares are bounded: no loop runs as long as a file says.

def _numbered_plan(path: Path, fmt: str, start: str, ilvl: str = "0") -> None:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="77"><w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    document.add_paragraph("Plan działania priorytetowego dla rejonu służbowego nr 9")
    for text in ("Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.", "Zakładany cel do osiągnięcia."):
        paragraph = document.add_paragraph(text)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>'))
    document.save(str(path))


def _read_in_a_child(path: Path) -> subprocess.CompletedProcess:
    """Read a source in a separate process with a time limit, so that a hang fails the test, not the run."""
    code = ("import sys; from pismo.importer.sources import read_source; "
            "lines, _ = read_source(sys.argv[1]); print('\\n'.join(f'{l.marker}|{l.text}' for l in lines))")
    return subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60,
                          env={"PYTHONPATH": str(SRC)})


@pytest.mark.parametrize("fmt, start, ilvl", [
    ("upperRoman", "2147483647", "0"),
    ("lowerRoman", "99999999999999999999", "0"),
    ("upperRoman", "9" * 5000, "0"),  # more digits than Python converts to int
    ("decimal", "-5", "0"),
    ("upperLetter", "x", "0"),
    ("decimal", "1", "100000000"),  # a list level far beyond Word's nine
])
def test_numbers_from_a_word_file_are_bounded(tmp_path, fmt, start, ilvl):
    source = tmp_path / "plan.docx"
    _numbered_plan(source, fmt, start, ilvl)
    result = _read_in_a_child(source)
    assert result.returncode == 0, result.stderr[-2000:]
    markers = [line.split("|")[0] for line in result.stdout.splitlines() if "|" in line][1:]
    assert len(markers) == 2 and all(0 < len(m) <= 40 for m in markers), markers


def test_a_roman_list_still_counts_from_its_start(tmp_path):
    source = tmp_path / "plan.docx"
    _numbered_plan(source, "upperRoman", "4")
    lines, _ = read_source(source)
    assert [line.marker for line in lines[1:]] == ["IV.", "V."]


# --- Word text boxes and symbols.

def _body_with(tmp_path: Path, run_xml: str) -> list[str]:
    document = docx.Document()
    document.add_paragraph("Wstęp.")
    paragraph = document.add_paragraph()
    paragraph._p.append(parse_xml(run_xml))
    source = tmp_path / "plan.docx"
    document.save(str(source))
    return [line.text for line in read_source(source)[0]]


def _text_box(paragraphs: list[str]) -> str:
    def content():
        return "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return (f'<w:r {nsdecls("w")} {MC} {WPS} {V}><mc:AlternateContent>'
            f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>{content()}</w:txbxContent>'
            f'</wps:txbx></wps:wsp></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content()}</w:txbxContent></v:textbox>'
            f'</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_text_box_with_alternate_content_is_read_once(tmp_path):
    texts = _body_with(tmp_path, _text_box(["Kontrole przystanku w piątki.", "Spotkanie z mieszkańcami."]))
    joined = " ".join(texts)
    assert joined.count("Kontrole przystanku") == 1 and joined.count("Spotkanie z mieszkańcami") == 1, texts


def test_a_text_box_in_a_table_cell_is_read_once(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].add_run("Działania")
    table.cell(0, 1).paragraphs[0]._p.append(parse_xml(_text_box(["Kontrole przystanku w piątki."])))
    source = tmp_path / "plan.docx"
    document.save(str(source))
    lines, _ = read_source(source)
    assert " ".join(line.text for line in lines).count("Kontrole przystanku") == 1, lines
    assert sum(text.count("Kontrole") for line in lines for cell in line.cell_lines for text in
               (part.text for part in cell)) == 1


@pytest.mark.parametrize("font, char, expected", [
    ("Symbol", "F0B4", "100 × 2"),
    ("Symbol", "F0B1", "100 ± 2"),
    ("Symbol", "F0B3", "100 ≥ 2"),
    ("Symbol", "F0A3", "100 ≤ 2"),
    ("Symbol", "F0B0", "100 ° 2"),
    ("Symbol", "F061", "100 α 2"),
    ("Wingdings", "F0FC", "100 ✔ 2"),
    ("Times New Roman", "00D7", "100 × 2"),
    ("Symbol", "B4", "100 × 2"),  # a code without the private-use offset
])
def test_word_symbols_are_kept(tmp_path, font, char, expected):
    texts = _body_with(tmp_path, f'<w:r {nsdecls("w")}><w:t xml:space="preserve">100 </w:t>'
                                 f'<w:sym w:font="{font}" w:char="{char}"/><w:t xml:space="preserve"> 2</w:t></w:r>')
    assert texts[-1] == expected


@pytest.mark.parametrize("char", ["110000000", "D800", "0000", "zzz", "", "1" * 5000])
def test_a_symbol_code_out_of_range_is_left_out(tmp_path, char):
    texts = _body_with(tmp_path, f'<w:r {nsdecls("w")}><w:t xml:space="preserve">100 </w:t>'
                                 f'<w:sym w:font="Symbol" w:char="{char}"/><w:t xml:space="preserve"> 2</w:t></w:r>')
    assert texts[-1] == "100 2"


def test_deleted_text_and_symbols_stay_out(tmp_path):
    texts = _body_with(tmp_path, f'<w:del {nsdecls("w")} w:id="1" w:author="a"><w:r><w:delText>usunięte</w:delText>'
                                 '<w:sym w:font="Symbol" w:char="F0B4"/></w:r></w:del>')
    assert texts == ["Wstęp."]


# --- pages of several plans (issue 14): many blocks, empty blocks, the same district twice.

_SECTIONS = ["1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.", "2. Zakładany cel do osiągnięcia.",
             "3. Proponowane działania wraz z terminami realizacji poszczególnych etapów/ zadań.",
             "4. Podmioty współpracujące w realizacji działania priorytetowego.",
             "5. Proponowany sposób przekazywania społeczności rejonu informacji o działaniu priorytetowym."]


def _block(district, text: bool = True) -> list[str]:
    lines = [f"Plan działania priorytetowego dla rejonu służbowego nr {district} na okres od 01.03.2026 r. "
             "do 31.08.2026 r."]
    for n, heading in enumerate(_SECTIONS, 1):
        lines += [heading] + ([f"Treść części {n} planu rejonu {district}."] if text else [])
    return lines


def test_a_page_of_500_plans_gives_500_cases_each_with_its_own_text(tmp_path):
    from pismo import api

    source = tmp_path / "strona.txt"
    source.write_text("\n".join(["Komenda Powiatowa Policji w Borównie"]
                                + [line for n in range(1, 501) for line in _block(n)]), encoding="utf-8")
    written = api.import_plan(source, tmp_path / "sprawy" / "strona.yaml")
    assert [path.name for path, _result in written] == [f"strona-rejon-{n}.yaml" for n in range(1, 501)]
    for n in (1, 250, 500):
        text = (tmp_path / "sprawy" / f"strona-rejon-{n}.yaml").read_text(encoding="utf-8")
        assert f"Treść części 1 planu rejonu {n}." in text and f"rejonu {n + 1}." not in text and f"rejonu {n - 1}." not in text
        assert "mianownik: Komenda Powiatowa Policji w Borównie" in text


def test_blocks_of_bare_headings_and_a_district_twice_load_with_placeholders(tmp_path):
    source = tmp_path / "strona.txt"
    source.write_text("\n".join(_block(3, text=False) + _SECTIONS + _block(3)), encoding="utf-8")
    target = tmp_path / "strona.yaml"
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.glob("*.yaml"))
    assert names == ["strona-plan-2.yaml", "strona-rejon-3-2.yaml", "strona-rejon-3.yaml"], names
    for name in names:
        checked = run("sprawdz", tmp_path / name)
        assert checked.exit_code == 4 and "błąd" not in checked.output, checked.output
        assert "dzialania[0].termin: ostrzeżenie: do uzupełnienia" in checked.output or name == "strona-rejon-3-2.yaml"
    assert "Treść części 5 planu rejonu 3." in (tmp_path / "strona-rejon-3-2.yaml").read_text(encoding="utf-8")


def test_a_notice_of_a_thousand_sentences_on_one_line_is_read(tmp_path):
    source = tmp_path / "ogloszenie.txt"
    sentence = "Dzielnicowy przeprowadzi kontrole parku przy ul. Leśnej w piątki. "
    source.write_text("Ogłoszenie\nPlan działania priorytetowego dla rejonu nr 2 realizowany będzie od 1.03.2026 r. "
                      "do 31.08.2026 r.\n" + sentence * 1000 + "\n", encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "sprawa.yaml")
    assert result.exit_code == 0 and "Działania: 1000" in result.output, result.output
