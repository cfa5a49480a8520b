"""`pismo import` against the fifth import review of issue 17 (rev-imp3), findings 3, 4, 7, 8, 9, 12, 13: Word's
shapes read as Word shows them, and refusals that name the right thing in correct Polish."""

from __future__ import annotations

import pytest
import yaml
from docx.oxml import parse_xml

from helpers import REFERENCE
from test_import import run
from test_import_review import W
from test_import_round3 import BOX, _paragraph, _plan

LINES = REFERENCE.read_text(encoding="utf-8").splitlines()


def _cell(text: str) -> str:
    return f"<w:tc><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:tc>"


def _table(rows) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(map(_cell, row)) + "</w:tr>" for row in rows) + "</w:tbl>"


def _drop(document, *starts: str) -> None:
    for start in starts:
        paragraph = _paragraph(document, start)
        paragraph.getparent().remove(paragraph)


# --- finding 9: a table inside a text box is read as a table, its rows apart, as Word shows it.

ACTIONS = ("· Wystąpienie", "· Nawiązanie współpracy z pracownikami", "· Zorganizowanie", "· Systematyczne spotkania",
           "· Nawiązanie współpracy z przedstawicielami")


def test_an_actions_table_in_a_text_box_is_read_row_by_row(tmp_path):
    rows = [("Kontrole rejonu skweru wieczorem", "do 30.11.2025 r."), ("Rozmowy z mieszkańcami", "na bieżąco"),
            ("Wystąpienie do zarządcy o oświetlenie", "do 31.12.2025 r.")]

    def change(document):
        _drop(document, *ACTIONS)
        _paragraph(document, "3. Proponowane").addnext(parse_xml(BOX.format(W=W, items=_table(rows) + "<w:p/>")))
    output, text = _plan(tmp_path, change)
    actions = yaml.safe_load(text)["dzialania"]
    assert [a["opis"] for a in actions] == [row[0] for row in rows], actions
    assert [str(a["termin"]) for a in actions] == ["{'do': datetime.date(2025, 11, 30)}", "na bieżąco",
                                                   "{'do': datetime.date(2025, 12, 31)}"], actions


def test_a_heading_and_its_table_in_one_text_box_keep_their_part(tmp_path):
    rows = [("Straż Miejska we Wrzosogrodzie", "Wspólne patrole w rejonie skweru."),
            ("Zarząd Zieleni Miejskiej", "Naprawa oświetlenia alejek skweru.")]
    heading = "4. Podmioty współpracujące w realizacji działania priorytetowego"

    def change(document):
        at = _paragraph(document, "4. Podmioty")
        for paragraph in list(at.itersiblings())[:3]:
            paragraph.getparent().remove(paragraph)
        box = f"<w:p><w:r><w:t>{heading}</w:t></w:r></w:p>{_table(rows)}<w:p/>"
        at.addnext(parse_xml(BOX.format(W=W, items=box)))
        at.getparent().remove(at)
    output, text = _plan(tmp_path, change)
    partners = yaml.safe_load(text)["partnerzy"]
    assert [(p["nazwa"], p["zadania"]) for p in partners] == rows, partners
    assert "Części planu w tekście: 1, 2, 3, 4, 5 z 5" in output, output


# --- finding 3: a content control flagged unfilled (w:showingPlcHdr) but holding real text is named in a warning;
# Word's own prompt (the "Placeholder Text" style, whatever its id in Word's language) is left out silently.

PROMPT_STYLE = (f'<w:style {W} w:type="character" w:styleId="Tekstzastpczy"><w:name w:val="Placeholder Text"/>'
                '</w:style>')


def _control(inner: str) -> str:
    return f"<w:sdt {W}><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>{inner}</w:sdtContent></w:sdt>"


def test_real_text_behind_a_stale_placeholder_flag_is_named(tmp_path):
    prompt = '<w:r><w:rPr><w:rStyle w:val="Tekstzastpczy"/></w:rPr><w:t>Kliknij tutaj, aby wprowadzić tekst.</w:t></w:r>'

    def change(document):
        document.styles.element.append(parse_xml(PROMPT_STYLE))
        block = "".join(f"<w:p><w:r><w:t>- {text}</w:t></w:r></w:p>" for text in
                        ("Kontrole skweru wieczorem – do 30.11.2025 r.", "Rozmowy z mieszkańcami – na bieżąco."))
        _paragraph(document, "3. Proponowane").addnext(parse_xml(_control(block)))
        _paragraph(document, "· Za pośrednictwem").append(parse_xml(_control(prompt)))
        signature = parse_xml(_control("<w:p><w:r><w:t>Sporządził: st. sierż. Tomasz Zmyślony</w:t></w:r></w:p>"))
        document.element.body.insert(len(document.element.body) - 1, signature)
    output, text = _plan(tmp_path, change)
    warning = next(line for line in output.splitlines() if "pola formularza" in line)
    for shown in ("Kontrole skweru wieczorem", "Rozmowy z mieszkańcami", "Sporządził: st. sierż. Tomasz Zmyślony"):
        assert shown in warning, warning
    assert "Kliknij" not in output and "Kliknij" not in text, output


# --- finding 7: a Wingdings bullet typed with its space in the same run, and a bullet font set by a character or a
# paragraph style, are bullets – no private-use character and no letter in front of the action.

BULLET_STYLES = (f'<w:style {W} w:type="character" w:styleId="Punktor"><w:name w:val="Punktor"/>'
                 '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:style>',
                 f'<w:style {W} w:type="paragraph" w:styleId="Wypunktowanie"><w:name w:val="Wypunktowanie"/>'
                 '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr></w:style>')


def test_wingdings_bullets_with_spaces_or_by_style_are_bullets(tmp_path):
    wingdings = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
    shapes = [("", wingdings, "Ø ", "Kontrole rejonu skweru wieczorami"),
              ("", wingdings, "ü\u00a0 ", "Rozmowy z mieszkańcami rejonu"),
              ("", '<w:rPr><w:rStyle w:val="Punktor"/></w:rPr>', "§", "Wystąpienie do zarządcy terenu"),
              ('<w:pPr><w:pStyle w:val="Wypunktowanie"/></w:pPr>', "", "v", "Spotkanie z radą osiedla")]

    def change(document):
        for style in BULLET_STYLES:
            document.styles.element.append(parse_xml(style))
        _drop(document, *ACTIONS)
        at = _paragraph(document, "3. Proponowane")
        for ppr, rpr, bullet, text in shapes:
            tail = f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:tab/><w:t>{text}</w:t></w:r>'
            paragraph = parse_xml(f'<w:p {W}>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{bullet}</w:t></w:r>{tail}</w:p>')
            at.addnext(paragraph)
            at = paragraph
    output, text = _plan(tmp_path, change)
    actions = [a["opis"] for a in yaml.safe_load(text)["dzialania"]]
    assert actions == [shape[3] for shape in shapes], actions


# --- finding 8: Word's second-level bullet "o" pasted as text ("o" and a tab, or an indented "o" and spaces) marks
# sub-items of the item above; the word "o" starting a wrapped line stays a word.

@pytest.mark.parametrize("bullet", ["o\t", "   o ", "\to  "])
def test_word_second_level_o_bullets_are_sub_items(tmp_path, bullet):
    at = next(i for i, text in enumerate(LINES) if text.startswith("3. Proponowane")) + 1
    subs = ["z właścicielami sklepów przy skwerze,", "z zarządcą budynku Lipowa 5,", "z dyrektorem szkoły – na bieżąco."]
    source, target = tmp_path / "plan.txt", tmp_path / "plan.yaml"
    source.write_text("\n".join(LINES[:at] + ["- Rozmowy z mieszkańcami, w szczególności:"] + [bullet + s for s in subs]
                                + LINES[at:]), encoding="utf-8")
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    action = yaml.safe_load(target.read_text(encoding="utf-8"))["dzialania"][0]
    assert action["opis"].startswith("Rozmowy z mieszkańcami") and action["termin"] == "na bieżąco", action
    assert [s.rstrip(",") for s in action["podpunkty"]] == ["z właścicielami sklepów przy skwerze",
                                                            "z zarządcą budynku Lipowa 5", "z dyrektorem szkoły"], action


def test_the_word_o_starting_a_line_is_no_bullet():
    from pismo.importer.lines import text_line

    assert text_line("o doświetlenie skweru – do 31.12.2025 r.", 1).marker == ""
    assert text_line("   o\tdoświetlenie", 1).marker == "o" and text_line("   o doświetlenie", 1).level == 1


# --- finding 12: list instances (w:num) of one abstract list count on together, as Word and LibreOffice show them;
# an instance that restarts ("Uruchom ponownie od", w:startOverride) counts from its start.

def test_instances_of_one_list_count_on_together(tmp_path):
    def change(document):
        numbering = document.part.numbering_part.element
        numbering.append(parse_xml(f'<w:abstractNum {W} w:abstractNumId="78"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                                   '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
        for num, override in (("78", ""), ("79", ""), ("80", '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                                                              '</w:lvlOverride>')):
            numbering.append(parse_xml(f'<w:num {W} w:numId="{num}"><w:abstractNumId w:val="78"/>{override}</w:num>'))
        at = _paragraph(document, "2. Zakładany")
        for num, text in (("78", "Ograniczenie zjawiska spożywania alkoholu."), ("79", "Zmniejszenie liczby zgłoszeń."),
                          ("80", "Poprawa oświetlenia skweru.")):
            paragraph = parse_xml(f'<w:p {W}><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
                                  f'</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>')
            at.addnext(paragraph)
            at = paragraph
    output, text = _plan(tmp_path, change)
    assert "1. Ograniczenie zjawiska" in text and "2. Zmniejszenie liczby" in text, text
    assert "1. Poprawa oświetlenia" in text, text


# --- finding 13: a list-length refusal is correct Polish – every subject is singular, as the verb "ma" is.

def test_every_list_length_refusal_has_a_singular_subject():
    from pismo.importer.plan import Plan, check_lists
    from pismo.importer.sources import SourceError

    many = [str(n) for n in range(1002)]
    said = []
    for fill in ("indicators", "districts", "officers"):
        try:
            check_lists(Plan(**{fill: many}))
        except SourceError as exc:
            said.append(str(exc).split(" ma ponad ")[0])
    assert said == ["lista mierników celu", "lista numerów rejonów", "lista sporządzających plan"], said


def test_a_title_of_too_many_districts_is_refused_in_correct_polish(tmp_path):
    source, target = tmp_path / "plan.txt", tmp_path / "plan.yaml"
    title = "Plan działania priorytetowego dla rejonów służbowych nr " + ", ".join(map(str, range(1, 1200)))
    source.write_text("\n".join([title] + LINES[1:]), encoding="utf-8")
    result = run("import", source, "-o", target)
    assert result.exit_code == 1 and "lista numerów rejonów ma ponad 1000 pozycji" in result.output, result.output


# --- finding 4: the tag budget's refusal names the part that holds the most, not the one the running sum crossed in.

def test_the_tag_budget_names_the_big_part(tmp_path, monkeypatch):
    from test_import_review import _plan_docx, _with_parts
    from pismo.importer import sources

    monkeypatch.setattr(sources, "MAX_XML_TAGS", 20_000)
    big = f"<w:hdr {W}>".encode() + b"<w:p/>" * 60_000 + b"</w:hdr>"
    source = tmp_path / "plan.docx"
    source.write_bytes(_with_parts(_plan_docx(), {"word/header1.xml": big, "word/zz-small.xml": b"<a/>" * 2000}))
    with pytest.raises(sources.SourceError) as refused:
        sources.read_source(source)
    assert "najwięcej w części word/header1.xml" in str(refused.value), refused.value


def test_text_in_the_prompt_style_is_told_from_the_glossarys_prompt(tmp_path):
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    prompt = "Kliknij lub naciśnij tutaj, aby wprowadzić tekst."
    glossary = (f'<w:glossaryDocument {W}><w:docParts><w:docPart><w:docPartPr><w:name w:val="Podmiot"/></w:docPartPr>'
                f'<w:docPartBody><w:p><w:r><w:t>{prompt}</w:t></w:r></w:p></w:docPartBody></w:docPart></w:docParts>'
                '</w:glossaryDocument>')

    def control(text: str) -> str:
        return (f'<w:sdt {W}><w:sdtPr><w:placeholder><w:docPart w:val="Podmiot"/></w:placeholder><w:showingPlcHdr/>'
                f'</w:sdtPr><w:sdtContent><w:r><w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{text}</w:t>'
                '</w:r></w:sdtContent></w:sdt>')

    def change(document):
        part = Part(PackURI("/word/glossary/document.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml",
                    glossary.encode(), document.part.package)
        document.part.relate_to(part, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                                      "glossaryDocument")
        _paragraph(document, "· Za pośrednictwem").append(parse_xml(control(prompt)))
        _paragraph(document, "· Informowanie podczas obchodu").append(parse_xml(control("Wspólne patrole ze Strażą.")))
    output, text = _plan(tmp_path, change)
    assert "Kliknij" not in output and "Kliknij" not in text, output
    assert "Wspólne patrole ze Strażą." in next(line for line in output.splitlines() if "pola formularza" in line)
