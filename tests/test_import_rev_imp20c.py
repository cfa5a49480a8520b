"""`pismo import` against the twentieth import review (rev-imp20) of issue 17, its mediums left by imp27/imp28:
stage rows of a Word table (#26), part 5 answered TAK/NIE (#22), parts 4 and 5 written into their heading lines (#27), the approval stamp in a Word text box above the title (#28); imp28's leftover of #7 („dzielnicowa” under the name)."""

from __future__ import annotations

import docx
import pytest

from test_import import _MINI, _MINI_TITLE, mini_plan, run
from test_import_rev_imp15 import _case


def _said(written: str) -> str:
    """The case file's comments as one text: a note wrapped over comment lines reads whole."""
    return " ".join(line.strip().lstrip("#").strip() for line in written.splitlines() if line.strip().startswith("#"))


def _docx_plan(tmp_path, part3_rows: list[tuple[str, ...]], merged: tuple[int, ...]) -> tuple[dict, str]:
    """A short Word plan whose part 3 is a table of three columns, the rows in merged one cell over the row."""
    document = docx.Document()
    for number, section in _MINI.items():
        for line in ([_MINI_TITLE] if number == 1 else []) + (section[:1] if number == 3 else section):
            document.add_paragraph(line)
        if number == 3:
            table = document.add_table(rows=len(part3_rows), cols=3)
            for at, row in enumerate(part3_rows):
                for column, text in enumerate(row):
                    table.cell(at, column).text = text
            for at in merged:
                table.cell(at, 0).merge(table.cell(at, 2))
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return _case(target)


# --- finding 26: a Word table's row merged over its columns naming a stage („Etap I – rozpoznanie (III 2026 r.)”)
# was an action, and the undated rows under it got the whole plan's period instead of the stage's.

def test_a_merged_stage_row_of_a_table_is_a_stage_heading(tmp_path):
    rows = [("Lp.", "Działanie", "Termin"), ("Etap I – rozpoznanie (III 2026 r.)", "", ""),
            ("1.", "Rozpoznanie miejsc gromadzenia się młodzieży", ""),
            ("2.", "Spotkanie z dyrektorem szkoły", "do 20.03.2026 r."),
            ("II. Faza realizacyjna (IV–VIII 2026 r.)", "", ""),
            ("3.", "Patrole w rejonie boisk w godzinach 18–22", "")]
    case, written = _docx_plan(tmp_path, rows, (1, 4))
    actions = {a["opis"]: a for a in case["dzialania"]}
    assert list(actions) == ["Rozpoznanie miejsc gromadzenia się młodzieży", "Spotkanie z dyrektorem szkoły",
                             "Patrole w rejonie boisk w godzinach 18–22"], written
    first, patrols = actions["Rozpoznanie miejsc gromadzenia się młodzieży"], actions[
        "Patrole w rejonie boisk w godzinach 18–22"]
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-03-01", "2026-03-31"), written
    assert (str(patrols["termin"]["od"]), str(patrols["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written
    said = _said(written)
    assert "wiersz „Etap I – rozpoznanie (III 2026 r.)” to nagłówek etapu" in said, written
    assert "przyjęto okres etapu z nagłówka „Faza realizacyjna (IV–VIII 2026 r.)”" in said, written


def test_a_merged_row_naming_no_stage_stays_a_marked_row(tmp_path):
    rows = [("Lp.", "Działanie", "Termin"), ("Grupa A – szkoły", "", ""),
            ("1.", "Spotkanie z dyrektorem szkoły", "do 20.03.2026 r.")]
    case, written = _docx_plan(tmp_path, rows, (1,))
    assert [a["opis"] for a in case["dzialania"]] == ["Grupa A – szkoły", "Spotkanie z dyrektorem szkoły"], written
    assert "nagłówek etapu albo grupy" in _said(written), written


# --- finding 22: part 5 as a form answered in words („- lokalna prasa – NIE,”): the way not chosen was kept as an
# unmarked way of informing with its „– NIE”, and „– nie dotyczy.” was marked quoting a box „☐” the text lacks.

@pytest.mark.parametrize("end", [",", ".", ";", ""])
def test_a_way_answered_no_in_words_is_marked_quoting_the_words(tmp_path, end):
    ways = ["- strona internetowa KPP w Borównie – TAK,", f"- lokalna prasa – NIE{end}",
            "- spotkania z mieszkańcami – tak,", "- ulotki – nie dotyczy."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["strona internetowa KPP w Borównie,", f"lokalna prasa{end}",
                                    "spotkania z mieszkańcami,", "ulotki."], written
    said = _said(written)
    assert "ta pozycja ma odpowiedź „– NIE” – nie wybrano jej" in said, written
    assert "ta pozycja ma odpowiedź „– nie dotyczy” – nie wybrano jej" in said, written
    assert "„☐”" not in said, written


# --- finding 27: parts 4 and 5 written into their heading lines as comma lists („4. Podmioty współpracujące: Urząd
# Gminy (naprawa oświetlenia), Zespół Szkół (udostępnienie sali).”): one partner UZUPEŁNIJ, one way, unmarked.

_INLINE_NOTE = "ta pozycja stała w wierszu nagłówka części razem z innymi, po przecinkach"


def _inline_plan(tmp_path, partners: str, ways: str) -> tuple[dict, str]:
    from test_import import _MINI

    lines = [_MINI_TITLE]
    for number, section in _MINI.items():
        lines += {4: [f"{section[0]} {partners}"], 5: [f"{section[0]} {ways}"]}.get(number, section)
    source, target = tmp_path / "plan.txt", tmp_path / "plan.yaml"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    return _case(target)


def test_comma_lists_in_the_heading_lines_of_parts_4_and_5_are_their_items(tmp_path):
    case, written = _inline_plan(
        tmp_path, "Urząd Gminy Wąwolnica (naprawa oświetlenia), Zespół Szkół w Wąwolnicy (udostępnienie sali), "
                  "Straż Gminna (wspólne patrole).",
        "strona internetowa KPP w Puławach, spotkania z mieszkańcami, tablica ogłoszeń w Urzędzie Gminy.")
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Urząd Gminy Wąwolnica", "Naprawa oświetlenia."), ("Zespół Szkół w Wąwolnicy", "Udostępnienie sali."),
        ("Straż Gminna", "Wspólne patrole.")], written
    assert case["informowanie"] == ["strona internetowa KPP w Puławach", "spotkania z mieszkańcami",
                                    "tablica ogłoszeń w Urzędzie Gminy."], written
    assert _said(written).count(_INLINE_NOTE) == 6, written
    assert "zadania podmiotu wzięto z nawiasu po jego nazwie („wspólne patrole”)" in _said(written), written


def test_a_heading_line_with_one_sentence_stays_one_item(tmp_path):
    sentence = ("Informacje będą przekazywane podczas spotkań z mieszkańcami, zebrań wiejskich oraz na stronie "
                "internetowej Komendy Powiatowej Policji w Puławach w zakładce dzielnicowi.")
    case, written = _inline_plan(tmp_path, "Urząd Gminy Wąwolnica – naprawa oświetlenia, monitoring.", sentence)
    assert case["informowanie"] == [sentence], written
    assert [(p["nazwa"], p["zadania"]) for p in case["partnerzy"]] == [
        ("Urząd Gminy Wąwolnica", "Naprawa oświetlenia, monitoring.")], written
    assert _INLINE_NOTE not in _said(written), written


# --- finding 28: the approval stamp in a Word text box of three paragraphs in a paragraph of its own above the
# title was read as one line „ZATWIERDZAM DO REALIZACJI Komendant … insp. Adam Kos”, listed, the superior UZUPEŁNIJ.

_BOX_NS = ('xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:v="urn:schemas-microsoft-com:vml"')


def _stamp_box(paragraphs: list[str]) -> str:
    from docx.oxml.ns import nsdecls

    content = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (f'<w:r {nsdecls("w")} {_BOX_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp>'
            f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
            f'</v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


@pytest.mark.parametrize("own", ["", "Puławy, dnia 02.03.2026 r. "])
def test_an_approval_stamp_in_a_text_box_above_the_title_is_read(tmp_path, own):
    from docx.oxml import parse_xml

    document = docx.Document()
    host = document.add_paragraph(own)
    host._p.append(parse_xml(_stamp_box(["ZATWIERDZAM DO REALIZACJI", "Komendant Powiatowy Policji w Borównie",
                                         "insp. Adam Kos"])))
    document.add_paragraph(_MINI_TITLE)
    for section in _MINI.values():
        for line in section:
            document.add_paragraph(line)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    result = run("import", source, "-o", target)
    assert result.exit_code == 0, result.output
    case, written = _case(target)
    if own:  # beside the paragraph's own text the box's paragraphs are one line, as before: nothing lost
        assert "ZATWIERDZAM DO REALIZACJI Komendant Powiatowy Policji w Borównie insp. Adam Kos" in _said(written), written
        return
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("insp.", "Adam Kos"), written
    assert superior["funkcja"] == "Komendant Powiatowy Policji w Borównie", written


# --- finding 7, imp28's leftover: „dzielnicowa” under „st. sierż. A. Nowak” (signed „Sporządził:”) was listed as a
# skipped line and the officer written M – the function under the name says her sex.

@pytest.mark.parametrize("name", ["st. sierż. A. Nowak", "sierż. szt. K. Wiśniewska-Nowak"])
def test_a_feminine_function_under_the_name_gives_the_officers_sex(tmp_path, name):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", name, "dzielnicowa"])
    case, written = _case(path)
    officer = case["osoby"]["dzielnicowy"]
    assert officer["plec"] == "K" and officer["funkcja"].startswith("dzielnicowa"), written
    assert "# „dzielnicowa”" not in written, written
    assert "płeć (K) wzięto z funkcji „dzielnicowa” pod nazwiskiem" in _said(written), written


def test_a_function_agreeing_with_the_label_changes_nothing(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", "st. sierż. A. Nowak", "dzielnicowy"])
    case, written = _case(path)
    assert case["osoby"]["dzielnicowy"]["plec"] == "M" and "wzięto z funkcji" not in _said(written), written
    assert "# „dzielnicowy”" in written, written


# --- finding 20: a partner named by its abbreviation and its full name („- GOPS – Gminny Ośrodek Pomocy Społecznej
# w Wąwolnicy – wsparcie rodzin uczniów,”): the full name and the tasks were one „komórka”, tasks UZUPEŁNIJ.

def test_an_abbreviation_and_its_full_name_are_one_partner_name(tmp_path):
    lines = ["- GOPS – Gminny Ośrodek Pomocy Społecznej w Wąwolnicy – wsparcie rodzin uczniów,",
             "- KPP w Puławach – Zespół ds. Nieletnich i Patologii – wsparcie merytoryczne."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    gops, kpp = case["partnerzy"]
    assert (gops["nazwa"], gops["zadania"]) == ("Gminny Ośrodek Pomocy Społecznej w Wąwolnicy (GOPS)",
                                                "Wsparcie rodzin uczniów."), written
    assert not gops.get("komorki") and kpp["komorki"] == ["Zespół ds. Nieletnich i Patologii"], written
    assert "podmiot nazwano skrótem „GOPS” i pełną nazwą" in _said(written), written


# --- finding 19: a Word level printing „Zadanie %1.” kept „Zadanie 1.” in each action's text, and the bracketed
# period ending the item was read as several periods.

def test_a_word_level_printing_zadanie_is_numbering_not_text(tmp_path):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Zadanie %1."/></w:lvl>'
        '</w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/></w:num>'))
    for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], _MINI[3][0]]:
        document.add_paragraph(line)
    for line in ["Patrole w rejonie boisk w godzinach 18–22 (IV–VIII 2026 r.)", "Spotkanie z dyrektorem szkoły"]:
        paragraph = document.add_paragraph(line)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
    for line in [*_MINI[4], *_MINI[5]]:
        document.add_paragraph(line)
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    case, written = _case(target)
    patrols = case["dzialania"][0]
    assert patrols["opis"] == "Patrole w rejonie boisk w godzinach 18–22", written
    assert (str(patrols["termin"]["od"]), str(patrols["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written
    assert "Zadanie" not in written, written
