"""The case file's messages and what the documents print from its fields: findings of the ninth messages review
(rev-msg9) of issue 17. Each input is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from pismo import api

ROOT = Path(__file__).resolve().parent.parent
WRZOSOGROD = ROOT / "cases" / "wrzosogrod-rejon-xiii-2026.yaml"


def _edited(*changes) -> str:
    """The example with each (old text, new text) replaced once (old must be there: the example may change)."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    for old, new in changes:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def _line(text: str, marker: str) -> int:
    return text[:text.index(marker)].count("\n") + 1


def _xml(files: list[tuple[str, bytes]], name: str) -> str:
    data = next(data for file, data in files if file.startswith(name))
    return zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")


# --- 2: a blank line inside a one-paragraph field's block text ------------------------------------------

_ACTION = "      Wystąpienie z wnioskiem do Prezydent Miasta Wrzosogrodu o doświetlenie placu zabaw\n"


@pytest.mark.parametrize("head", [">-", ">", "|-"])
def test_a_blank_line_in_an_actions_text_is_warned_at_that_line_and_not_printed_as_an_empty_line(head):
    """Finding 2 of rev-msg9: `opis: >-` with an empty line between its lines printed the action's bullet in two
    pieces with an empty line between them, and sprawdz said „poprawny”."""
    text = _edited(("    opis: >-\n" + _ACTION, f"    opis: {head}\n" + _ACTION + "\n"))
    blank = _line(text, _ACTION) + 1
    report = api.check(text, name="sprawa.yaml")
    assert not report.errors, report.errors
    told = [w for w in report.warnings if "pusty wiersz" in w.message]
    assert [(w.line, w.column, w.field) for w in told] == [(blank, 1, "dzialania[0].opis")], report.warnings
    assert "jeden akapit" in told[0].message and "usuń" in told[0].message
    plan = _xml(api.render(text, "plan", name="sprawa.yaml"), "plan")
    bullet = re.search(r"doświetlenie placu zabaw.{0,200}?Lipowej", plan)
    assert bullet and "<w:br/>" not in bullet.group(), bullet and bullet.group()
    assert re.sub(r"<[^>]+>", "", bullet.group()) == "doświetlenie placu zabaw przy ul.\u00a0Lipowej", bullet.group()


def test_a_blank_line_between_paragraphs_of_a_paragraph_field_is_not_warned():
    report = api.check(WRZOSOGROD, name="sprawa.yaml")
    assert not [w for w in report.warnings if "pusty wiersz" in w.message]


# --- 3: a wrapped plain text whose next line holds „Słowo: …” ---------------------------------------------

_TOPIC = "    temat: bezpieczeństwa w rejonie placu zabaw przy ul. Lipowej i sklepu przy ul. Klonowej 12\n"


@pytest.mark.parametrize("indent", ["      ", "      \u00a0"])
def test_a_wrapped_texts_line_holding_a_word_and_colon_is_told_about_the_colon_not_the_indentation(indent):
    """Finding 3 of rev-msg9: „temat: bezpieczeństwa …” / „      Uwaga: przy ul. Lipowej …” was told „ten wiersz ma
    większe wcięcie … wyrównaj jego wcięcie z polem powyżej” – following it made „Uwaga” an unknown field."""
    text = _edited((_TOPIC, "    temat: bezpieczeństwa w rejonie placu zabaw\n" + indent
                    + "Uwaga: przy ul. Lipowej i sklepu przy ul. Klonowej 12\n"))
    line = _line(text, "Uwaga:")
    report = api.check(text, name="sprawa.yaml")
    told = [(p.line, p.column, p.message) for p in report.errors]
    assert [spot[:2] for spot in told] == [(line, len(indent) + len("Uwaga") + 1)], told
    assert "„: ”" in told[0][2] and "„Uwaga”" in told[0][2] and "„temat”" in told[0][2], told
    assert "cudzysłów" in told[0][2] and "wyrównaj" not in told[0][2] and "wcięcie" not in told[0][2], told


def test_a_field_indented_under_the_one_above_is_still_told_to_align_it():
    text = _edited(("  do: 2026-08-31\n", "    do: 2026-08-31\n"))
    report = api.check(text, name="sprawa.yaml")
    assert [(p.line, "wyrównaj" in p.message) for p in report.errors] == [(_line(text, "    do: 2026-08"), True)], \
        report.errors


# --- 5: a topic opening with „dot.”, „Dotyczy:”, „w sprawie:” -------------------------------------------

@pytest.mark.parametrize("opening", ["dot. ", "Dot. ", "Dotyczy: ", "dotyczy. ", "w sprawie: ", "W sprawie ", "ws. "])
def test_a_topics_own_opening_is_not_printed_after_pismos_w_sprawie(opening):
    """Finding 5 of rev-msg9: `temat: dot. bezpieczeństwa …` printed „zapraszam na spotkanie w sprawie dot.
    bezpieczeństwa”; „Dotyczy:” and „w sprawie:” (with their colon) were not stripped either."""
    from pismo.documents.context import topic

    assert topic(opening + "bezpieczeństwa w rejonie placu zabaw") == "bezpieczeństwa w rejonie placu zabaw"


def test_a_topic_that_only_starts_like_an_opening_keeps_its_words():
    from pismo.documents.context import topic

    for text in ("dotacji dla szkoły", "dotyczących zmian", "wspólnych patroli", "dot"):
        assert topic(text) == text


def test_an_invitation_says_w_sprawie_once_for_a_topic_opening_with_dot():
    text = _edited((_TOPIC, "    temat: \"dot. bezpieczeństwa w rejonie placu zabaw\"\n"))
    xml = re.sub(r"<[^>]+>", "", _xml(api.render(text, "zaproszenia", name="sprawa.yaml"), "zaproszenie"))
    assert "spotkanie w\u00a0sprawie bezpieczeństwa w\u00a0rejonie placu zabaw, które" in xml and "dot." not in xml


def test_the_requests_dotyczy_line_takes_the_same_topic_helper():
    """Finding 5 of rev-msg9: `wnioski[0].dotyczy: w sprawie poprawy …` printed „Dotyczy: w sprawie poprawy …” – the
    request's subject line passed the field raw, while its title already used the topic helper."""
    old = "    dotyczy: poprawy bezpieczeństwa na placu zabaw przy ul. Lipowej we Wrzosogrodzie\n"
    text = _edited((old, old.replace("dotyczy: ", "dotyczy: w sprawie ").replace("\n", ".\n")))
    files = api.render(text, "wniosek", name="sprawa.yaml")
    xml = re.sub(r"<[^>]+>", "", _xml(files, "wniosek-plac"))
    assert "Dotyczy: poprawy bezpieczeństwa na placu zabaw przy ul.\u00a0Lipowej we\u00a0Wrzosogrodzie" in xml, xml[:600]
    assert "w sprawie poprawy" not in xml and "Wrzosogrodzie." not in xml


# --- 8: a comment without its space after „#” under a whole value -----------------------------------------

_PHONE = "    telefon: 47 855 10 13\n"
_ITEM = "  - Zamieszczenie informacji na stronie internetowej Komendy Miejskiej Policji we Wrzosogrodzie.\n"


@pytest.mark.parametrize("old, new", [
    (_PHONE, _PHONE + "      #stary: 47 855 10 00\n"),
    (_PHONE, _PHONE.rstrip("\n") + "  #stary: 47 855 10 00\n"),
    (_ITEM, _ITEM + "    #TODO: sprawdzić, czy tablice są przy sklepie\n"),
])
def test_a_comment_without_its_space_under_or_after_a_whole_value_is_not_warned_as_a_cut_text(old, new):
    """Finding 8 of rev-msg9: „      #stary: 47 855 10 00” under the phone (a commented-out field) or „#TODO: …” under
    an item was warned „tekst od „#” … nie trafi do pisma – ujmij całą wartość w cudzysłów”, which for the phone
    would print the note in it; the officer had no way to keep the comment without the warning."""
    text = _edited((old, new))
    report = api.check(text, name="sprawa.yaml")
    assert not report.errors, report.errors
    assert not [w for w in report.warnings if "„#”" in w.message], report.warnings
    assert api.load(text, "sprawa.yaml").sprawa.osoby.dzielnicowy.telefon == "47 855 10 13"


def test_the_hashtag_warning_says_how_to_keep_a_comment():
    text = _edited((_PHONE, _PHONE + "      #BezpiecznyPlac przy ul. Lipowej\n"))
    told = [w for w in api.check(text, name="sprawa.yaml").warnings if "„#”" in w.message]
    assert [w.line for w in told] == [_line(text, "#Bezpieczny")] and "wpisz spację po „#”" in told[0].message, told


# --- 6 (rev-msg8 #13): an item ending with „:” and items indented under it --------------------------------

_AGENDA_LAST = "      - Ustalenia i zakończenie spotkania.\n"


@pytest.mark.parametrize("under", ["        - zakończenie spotkania.\n", "          zakonczenie: spotkania\n"])
def test_an_item_ending_with_a_colon_over_deeper_lines_is_told_about_the_colon_and_the_lines(under):
    """Finding 6 of rev-msg9 (rev-msg8 #13, c04): „- Ustalenia:” with „- zakończenie spotkania.” indented under it was
    told „tekst zawiera „: ” … usuń spację po dwukropku” – the text ends with the colon, the value is the lines below."""
    text = _edited((_AGENDA_LAST, "      - Ustalenia:\n" + under))
    errors = api.check(text, name="sprawa.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(_line(text, "      - Ustalenia:"), 9)], errors
    assert "kończy się dwukropkiem" in errors[0].message and "„Ustalenia”" in errors[0].message, errors[0].message
    assert "spację" not in errors[0].message and "wyrównaj" in errors[0].message


# --- 6 (rev-msg8 #14, second part): a group's field written without the group's indentation ---------------

def test_an_actions_field_at_column_one_is_told_as_the_actions_field_that_lost_its_indentation():
    """Finding 6 of rev-msg9 (rev-msg8 #14, o03): „partnerzy: [szkola]” of the last action written at column 1 was
    told „partnerzy[0]: oczekiwano grupy pól … a jest tekst „szkola”” and „pole „partnerzy” powtórzone” – no word
    of the indentation slip on its line."""
    last = "      do: 2026-08-31\n\n# 4. Podmioty"
    text = _edited((last, last.replace("\n\n", "\npartnerzy: [szkola]\n\n")))
    line = _line(text, "\npartnerzy: [szkola]") + 1
    errors = api.check(text, name="sprawa.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, 1)], errors
    assert "„partnerzy”" in errors[0].message and "„dzialania[5]”" in errors[0].message, errors[0].message
    assert "wyrównaj je z jej polami" in errors[0].message and "powtórzone" in errors[0].message


def test_a_groups_fields_at_column_one_under_it_are_told_to_be_indented():
    """rev-msg8 i03: „okres:” with „od:” and „do:” at column 1 – „nieznane pole „od”” with no word of indentation."""
    text = _edited(("  od: 2026-03-01\n  do: 2026-08-31\n", "od: 2026-03-01\ndo: 2026-08-31\n"))
    told = {(e.line, e.field): e.message for e in api.check(text, name="sprawa.yaml").errors}
    for name in ("od", "do"):
        message = told[(_line(text, f"\n{name}: 2026") + 1, name)]
        assert "pod grupą „okres”" in message and "zwiększ jego wcięcie, by stało głębiej niż „okres:”" in message, message
        assert "nieznane pole" not in message
    okres = told[(_line(text, "okres:"), "okres")]
    assert "wartość pusta – jej pola („od”, „do”) stoją w wierszach poniżej" in okres, okres


def test_a_case_field_after_a_group_is_not_taken_for_the_groups():
    report = api.check(WRZOSOGROD, name="sprawa.yaml")
    assert not report.errors and not [w for w in report.warnings if "pod grupą" in w.message]


# --- 6 (rev-msg8 #23): what kind of file it is ------------------------------------------------------------

def _file_told(tmp_path: Path, data: bytes) -> list[tuple]:
    path = tmp_path / "sprawa.yaml"
    path.write_bytes(data)
    return [(p.line, p.column, p.message) for p in api.check(path).errors]


def test_a_windows_1250_file_whose_first_letters_happen_to_be_utf8_is_told_as_windows_1250(tmp_path):
    """rev-msg8 e06: „# SPRAWA ÓŁ…” in Windows-1250 – „ÓŁ” is a valid UTF-8 pair, so the file was told „usuń ten znak
    albo wpisz go ponownie” at the next Polish letter, as if one byte were damaged."""
    text = "# SPRAWA ÓŁ\n" + WRZOSOGROD.read_text(encoding="utf-8")
    told = _file_told(tmp_path, text.encode("cp1250", "replace"))
    assert len(told) == 1 and "Windows-1250" in told[0][2] and "usuń ten znak" not in told[0][2], told


def test_one_damaged_byte_in_a_utf8_file_is_still_told_at_its_place(tmp_path):
    data = WRZOSOGROD.read_bytes().replace("Lipowej".encode(), b"Lip\xb3wej", 1)
    told = _file_told(tmp_path, data)
    assert len(told) == 1 and "bajt 0xB3" in told[0][2] and "Windows-1250" not in told[0][2], told


@pytest.mark.parametrize("data, kind, advice", [
    (b"PK\x03\x04\x14\x00\x06\x00" + b"\x00" * 40, "dokument Word (.docx)", "pismo import"),
    (b"{\\rtf1\\ansi\\ansicpg1250\\deff0{\\fonttbl{\\f0 Calibri;}}\n\\pard jednostka:\\par\n}", "dokument RTF",
     "„Zwykły tekst”"),
])
def test_a_word_or_rtf_document_saved_as_a_case_file_is_named(tmp_path, data, kind, advice):
    """rev-msg8 x01, x02: a .docx saved as .yaml was „to nie jest plik tekstowy (zawiera bajty zerowe)”, an RTF one a
    syntax error at „{” with „ujmij całą wartość w cudzysłów”."""
    told = _file_told(tmp_path, data)
    assert len(told) == 1 and kind in told[0][2] and advice in told[0][2], told


# --- 6 (rev-msg8 #23): a phone written as on a letterhead, a gender written out ---------------------------

@pytest.mark.parametrize("written, told", [
    ("tel. 47 855 10 13", "przed numerem stoi „tel.” – pole telefon to sam numer; wpisz: 47 855 10 13"),
    ("tel. kom. 600 100 200", "przed numerem stoi „tel. kom.”"),
    ("47 855 10 13 wew. 123", "numer wewnętrzny („wew. 123”) nie mieści się w polu telefon – wpisz sam numer: 47 855 10 13"),
])
def test_a_phone_with_its_label_or_extension_is_told_what_to_remove(written, told):
    """rev-msg8 n07, n08: „tel. 47 855 10 13” and „… wew. 123” were told only „dozwolone cyfry, spacje, „+”, „-”,
    nawiasy” – not which part is too much."""
    text = _edited((_PHONE, f"    telefon: {written}\n"))
    errors = api.check(text, name="sprawa.yaml").errors
    assert [(e.line, e.field) for e in errors] == [(_line(text, written), "osoby.dzielnicowy.telefon")], errors
    assert told in errors[0].message, errors[0].message


@pytest.mark.parametrize("written, meant", [("kobieta", "K"), ("Kobieta", "K"), ("mężczyzna", "M")])
def test_a_gender_written_out_is_asked_about_its_letter(written, meant):
    """rev-msg8 n11: `plec: kobieta` was „niedozwolona wartość – dozwolone: M, K”, no „czy chodziło o K?”."""
    text = _edited(("    plec: K\n", f"    plec: {written}\n"))
    errors = api.check(text, name="sprawa.yaml").errors
    assert len(errors) == 1 and f"czy chodziło o „{meant}”?" in errors[0].message, errors


# --- 6 (rev-msg8 #23, t07): syntax errors told by their cause -------------------------------------------------

_AGENDA_HEAD = "    porzadek:\n"


@pytest.mark.parametrize("old, new, marker, column, told", [
    ("  temat: spożywania", "  temat: - spożywania", "  temat: - ", 10, "„- ” po nazwie pola w tym samym wierszu"),
    (_AGENDA_HEAD, "    porzadek: []\n", "    porzadek: []", 15, "pole „porzadek” ma już w tym wierszu wartość „[]”"),
    ("    nietrzeźwymi.\n\n", "    nietrzeźwymi.\n\t\n", "\t\n", 1, "wiersz zawiera tylko znak tabulacji (wygląda na pusty)"),
])
def test_a_syntax_error_is_told_by_its_cause_not_generically(old, new, marker, column, told):
    """rev-msg8 c03 (`temat: - …` → „błąd składni YAML – sprawdź wcięcia, dwukropki i cudzysłowy”), zz03 (`porzadek: []`
    over its items → „nieprawidłowe wcięcie albo brak dwukropka”), t07 (a line of one tab between a block text's
    paragraphs → a bare „znak tabulacji – użyj spacji”)."""
    text = _edited((old, new))
    line = _line(text, marker)
    errors = api.check(text, name="sprawa.yaml").errors
    assert [(e.line, e.column) for e in errors] == [(line, column)], errors
    assert told in errors[0].message, errors[0].message


# --- rev-msg7 17c: a lower-case „uzupełnij” opening a line of a „>” text is the marker, as in a „|” text -------

_ACTION_SECOND = "      przy ul. Lipowej, objęcie go monitoringiem miejskim oraz ustawienie tablic\n"


@pytest.mark.parametrize("head", [">-", ">", "|-"])
def test_a_lower_case_marker_opening_a_line_of_a_block_text_is_the_marker_whatever_the_block(head):
    """rev-msg7 17c: „      uzupełnij ulicę” as a line of `opis: |-` was the marker (told „do uzupełnienia”, the plan
    blocked), as a line of `opis: >-` it was text and printed – the officer sees the same line in both."""
    text = _edited(("    opis: >-\n" + _ACTION + _ACTION_SECOND, f"    opis: {head}\n" + _ACTION + "      uzupełnij ulicę\n"))
    report = api.check(text, name="sprawa.yaml")
    told = [(w.line, w.column) for w in report.errors + report.warnings
            if w.field == "dzialania[0].opis" and "do uzupełnienia" in w.message]
    assert told == [(_line(text, "      uzupełnij ulicę"), 7)], report.warnings


def test_a_lower_case_marker_inside_a_line_of_a_folded_text_stays_text():
    text = _edited((_ACTION_SECOND, "      przy ul. Lipowej – proszę uzupełnij tablice\n"))
    report = api.check(text, name="sprawa.yaml")
    assert not [w for w in report.errors + report.warnings if "do uzupełnienia" in w.message and
                w.field == "dzialania[0].opis"], report.warnings


def test_a_field_written_twice_in_an_action_is_not_taken_for_a_slip_out_of_its_deadline():
    """rev-msg8 u04: a second „opis:” at the end of an action (after „partnerzy:” and „dokumenty:”, in their place) is a
    repeat told at its own line – not a slip out of „termin:”, which has an „opis” too."""
    old = "    dokumenty: [wniosek-plac-zabaw]\n"
    text = _edited((old, old + "    opis: wniosek do UM\n"))
    errors = api.check(text, name="sprawa.yaml").errors
    assert [(e.line, "powtórzone (pierwszy raz" in e.message) for e in errors] == \
        [(_line(text, "    opis: wniosek do UM"), True)], errors


def test_a_line_pasted_in_windows_1250_into_a_utf8_file_is_told_as_that_line(tmp_path):
    """rev-msg8 e08's kind: one line's Polish letters in Windows-1250 inside a UTF-8 file – told for the line, not as
    one byte to remove."""
    data = WRZOSOGROD.read_bytes().replace("spożywania alkoholu w miejscu".encode(),
                                           "spożywania żółć w miejscu".encode("cp1250"), 1)
    told = _file_told(tmp_path, data)
    assert len(told) == 1 and "w tym wierszu – jego polskie litery są w kodowaniu Windows-1250" in told[0][2], told
