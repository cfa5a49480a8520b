"""`pismo import` against the third import review of issue 17, second part (helper imp3): limits refused while
reading and recognising, not after everything was built; Word's odd shapes read as Word shows them."""

from __future__ import annotations

import io

import docx
import pytest

from helpers import REFERENCE
from test_import import _refused, run
from test_import_review import _plan_docx
from pismo.importer import sources

LINES = REFERENCE.read_text(encoding="utf-8").splitlines()


def _never(*args, **kwargs):
    raise AssertionError("a line was built although the file was to be refused first")


# --- finding 17: more lines than any plan are refused before a single line is built.

@pytest.mark.parametrize("content", ["\n" * 30_000, "\r" * 30_000, "\f" * 30_000, "a\n" * 30_000,
                                     "\u2028" * 30_000])
def test_a_text_of_too_many_lines_is_refused_before_its_lines_are_built(tmp_path, monkeypatch, content):
    source = tmp_path / "plan.txt"
    source.write_text(content, encoding="utf-8")
    monkeypatch.setattr(sources, "text_line", _never)
    monkeypatch.setattr(sources, "rejoin_broken_words", _never)
    _refused(tmp_path, source, "plik ma 30000 wierszy tekstu")


def test_line_count_is_what_splitlines_makes():
    for text in ["", "a", "a\n", "a\nb", "\r\n", "a\r\nb\r", "\n\n", "x\x85y\u2029", "a\r\r\n"]:
        assert sources._line_count(text) == len(text.splitlines()), repr(text)


def test_a_word_document_of_too_many_lines_is_refused_while_read(tmp_path, monkeypatch):
    built = []
    original = sources._paragraph_lines
    monkeypatch.setattr(sources, "_paragraph_lines", lambda *args, **kw: built.append(1) or original(*args, **kw))
    monkeypatch.setattr(sources, "MAX_LINES", 10)
    source = tmp_path / "plan.docx"
    source.write_bytes(_plan_docx())
    _refused(tmp_path, source, "plik ma ponad 10 wierszy tekstu")
    assert len(built) <= 11, len(built)


# --- finding 24: a part of more than 1000 items is refused while it is recognised, before the case file is made.

def _counted(monkeypatch, module, name: str) -> list:
    calls, original = [], getattr(module, name)
    monkeypatch.setattr(module, name, lambda *args: calls.append(1) or original(*args))
    return calls


@pytest.mark.parametrize("heading, line, said", [
    ("3. Proponowane", "· Kontrola rejonu skweru nr {n} – termin do 31.12.2025 r.", "część 3 planu (działania)"),
    ("4. Podmioty", "· Szkoła Podstawowa nr {n} w Łęcznej. Pogadanka z uczniami.", "część 4 planu (podmioty)"),
])
def test_a_part_of_too_many_items_is_refused_while_recognised(tmp_path, monkeypatch, heading, line, said):
    from pismo.importer import recognise, writer

    at = next(i for i, text in enumerate(LINES) if text.startswith(heading)) + 1
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(LINES[:at] + [line.format(n=n) for n in range(1, 1500)] + LINES[at:]),
                      encoding="utf-8")
    monkeypatch.setattr(writer, "write_case", _never)
    built = _counted(monkeypatch, recognise, "action" if heading.startswith("3") else "partner")
    _refused(tmp_path, source, f"{said} ma ponad 1000 pozycji")
    assert len(built) <= 1001, len(built)


# --- finding 20: a password-protected .docx (an OLE container of an EncryptedPackage) is told as such.

@pytest.mark.parametrize("name", ["plan.docx", "plan.txt"])
def test_a_password_protected_document_is_told_as_such(tmp_path, name):
    directory = b"".join(word.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
                         for word in ("Root Entry", "EncryptionInfo", "EncryptedPackage"))
    source = tmp_path / name
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + directory + bytes(2048))
    _refused(tmp_path, source, "dokument jest zabezpieczony hasłem")
    assert ".doc)" not in run("import", source, "-o", tmp_path / "x.yaml").output


def test_an_old_word_document_is_still_told_as_one(tmp_path):
    source = tmp_path / "plan.docx"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "WordDocument".encode("utf-16-le") + bytes(99))
    _refused(tmp_path, source, "to jest stary dokument Word (.doc)")


# --- round-1 finding 7: the YAML writer tells ordinary text plain by its characters, never unlike YAML itself.

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="aąbcćeęlłnńoóśzźżAĄŁŻXyY019 ,.;()/-–„”_:#'\"!&*", min_size=1, max_size=12))
def test_plain_text_is_told_as_yaml_reads_it(text):
    from pismo.importer import yamltext

    assert yamltext._plain_ok(text) == (text == text.strip() and "\n" not in text
                                        and not text.startswith(("- ", "? ", "! ", "& ", "* "))
                                        and yamltext._reads_back(text)), repr(text)


@pytest.mark.parametrize("word", ["yes", "No", "ON", "off", "True", "null", "Null"])
def test_yaml_words_are_quoted(word):
    from pismo.importer import yamltext

    assert yamltext.inline(word) == f'"{word}"'


def test_a_long_plain_value_is_not_parsed_to_be_written(monkeypatch):
    from pismo.importer import yamltext

    monkeypatch.setattr(yamltext.yaml, "load", _never)
    text = "Kontrola rejonu skweru, ul. Jaśminowa 3 (teren szkoły) – patrole piesze/rowerowe " * 2000
    assert yamltext.inline(text.strip()) == text.strip()


# --- finding 12: a cell merged down over several rows (w:vMerge) is each row's.

def _actions_table(tmp_path, deadline: str):
    from test_import_round3 import _paragraph, _plan

    def change(document):
        heading = _paragraph(document, "3. Proponowane")
        for start in ("· Wystąpienie", "· Nawiązanie współpracy z pracownikami", "· Zorganizowanie",
                      "· Systematyczne spotkania", "· Nawiązanie współpracy z przedstawicielami"):
            paragraph = _paragraph(document, start)
            paragraph.getparent().remove(paragraph)
        table = document.add_table(rows=4, cols=2)
        for row, texts in zip(table.rows, [("Działanie", "Termin realizacji"), ("Kontrole rejonu skweru", deadline),
                                           ("Rozmowy z mieszkańcami", ""), ("Pismo do zarządcy terenu", "")]):
            row.cells[0].text, row.cells[1].text = texts
        table.cell(1, 1).merge(table.cell(3, 1))  # Word's "Scal komórki": w:vMerge restart, continue, continue
        heading.addnext(table._tbl)
    return _plan(tmp_path, change)[1]


def test_a_deadline_merged_over_several_actions_is_each_ones(tmp_path):
    import yaml

    actions = yaml.safe_load(_actions_table(tmp_path, "do 30.11.2025 r."))["dzialania"]
    assert [a["termin"] for a in actions] == [{"do": __import__("datetime").date(2025, 11, 30)}] * 3, actions


def test_a_long_merged_cell_is_read_once(tmp_path):
    import yaml

    actions = yaml.safe_load(_actions_table(tmp_path, "do 30.11.2025 r. " + "bardzo długi opis terminu " * 40))
    assert "bardzo długi" in str(actions["dzialania"][0])
    assert "bardzo długi" not in str(actions["dzialania"][1:]), actions["dzialania"][1:]


# --- finding 19: "Załączniki:" before the plan's signature is the plan's list, not a web page's footer.

@pytest.mark.parametrize("suffix", [".docx", ".txt"])
def test_the_signature_after_the_plans_attachments_is_read(tmp_path, suffix):
    import yaml

    extra = ["Załączniki:", "1. Mapa rejonu służbowego z zaznaczonym skwerem.", "Sporządził: st. sierż. Tomasz Zmyślony"]
    source, target = tmp_path / f"plan{suffix}", tmp_path / "plan.yaml"
    if suffix == ".docx":
        document = docx.Document()
        for line in LINES + extra:
            document.add_paragraph(line)
        document.save(str(source))
    else:
        source.write_text("\n".join(LINES + extra), encoding="utf-8")
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    assert "Zmyślony" in str(yaml.safe_load(target.read_text(encoding="utf-8"))), result.output
    assert "stopce strony internetowej" not in result.output and "po nagłówku „Załączniki”" in result.output


# --- finding 18: an unfilled content control's placeholder is no plan text.

PROMPT = "Kliknij lub naciśnij tutaj, aby wprowadzić tekst."


def test_an_unfilled_content_controls_placeholder_is_left_out(tmp_path):
    from docx.oxml import parse_xml

    from test_import_review import W
    from test_import_round3 import _paragraph, _plan

    control = (f'<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{{}}</w:sdtContent></w:sdt>')
    run = f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{PROMPT}</w:t></w:r>'

    def change(document):
        _paragraph(document, "4. Podmioty").addnext(parse_xml(control.format(f"<w:p>{run}</w:p>")))
        _paragraph(document, "· Za pośrednictwem").append(parse_xml(control.format(run)))
        cell = document.add_table(rows=1, cols=2).rows[0].cells
        cell[0].text = "Zarząd Zieleni Miejskiej"
        cell[1]._tc.append(parse_xml(control.format(f"<w:p>{run}</w:p>")))
        _paragraph(document, "4. Podmioty").addnext(cell[0]._tc.getparent().getparent())
    output, text = _plan(tmp_path, change)
    assert "Kliknij" not in text and "Zarząd Zieleni Miejskiej" in text


# --- finding 21: a list's number set in Word ("Ustaw wartość numerowania", w:startOverride) is the one shown.

def test_a_lists_start_override_is_the_number_shown(tmp_path):
    from docx.oxml import parse_xml

    from test_import_review import W
    from test_import_round3 import _paragraph, _plan

    def change(document):
        numbering = document.part.numbering_part.element
        numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="77"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                                   '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {W} w:numId="77"><w:abstractNumId w:val="77"/><w:lvlOverride w:ilvl="0">'
                                   '<w:startOverride w:val="3"/></w:lvlOverride></w:num>'))
        at = _paragraph(document, "2. Zakładany")
        for text in ("Ograniczenie zjawiska spożywania alkoholu.", "Zmniejszenie liczby zgłoszeń o 20%."):
            paragraph = parse_xml(f'<w:p {W}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="77"/></w:numPr>'
                                  f'</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>')
            at.addnext(paragraph)
            at = paragraph
    output, text = _plan(tmp_path, change)
    assert "3. Ograniczenie zjawiska" in text and "4. Zmniejszenie liczby" in text, text


# --- finding 22: a plan's label fits a file name, however many districts or however long a name the text gives.

def test_a_plan_for_many_districts_gets_a_short_file_name(tmp_path):
    source = tmp_path / "plany.txt"
    source.write_text((REFERENCE.parent / "dwa-plany-wiele-rejonow.txt").read_text(encoding="utf-8"), encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "wynik")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.glob("wynik-*.yaml"))
    assert names == ["wynik-rejon-7.yaml", "wynik-rejony-1-2-3-i-118-innych.yaml"], names


def test_labels_are_bounded():
    from pismo.importer import MAX_LABEL, labels
    from pismo.importer.header import Officer
    from pismo.importer.plan import Plan

    officer = Officer("sierż.", "Jan " + "Bardzodługienazwisko" * 500, False, True)
    made = labels([Plan(districts=[str(n) for n in range(1, 200)]), Plan(officer=officer), Plan(district="X" * 300)])
    assert all(len(label) <= MAX_LABEL for label in made), made


# --- finding 23: a bullet typed as a letter in a symbol font (Wingdings "Ø" draws ➢) is a bullet, not text.

def test_a_bullet_typed_in_wingdings_is_no_letter(tmp_path):
    from docx.oxml import parse_xml

    from test_import_review import W
    from test_import_round3 import _paragraph, _plan

    def change(document):
        at = _paragraph(document, "3. Proponowane")
        for bullet, text in (("Ø", "Kontrole rejonu skweru wieczorami"), ("ü", "Rozmowy z mieszkańcami rejonu")):
            paragraph = parse_xml(f'<w:p {W}><w:r><w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
                                  f'<w:t>{bullet}</w:t></w:r><w:r><w:tab/><w:t>{text}</w:t></w:r></w:p>')
            at.addnext(paragraph)
            at = paragraph
    output, text = _plan(tmp_path, change)
    assert "Kontrole rejonu skweru wieczorami" in text and "Rozmowy z mieszkańcami rejonu" in text
    assert "Ø" not in text and "ü" not in text, text
