"""`pismo import` against the twenty-first import review (rev-imp21) of issue 17: regressions of the last round's
fixes (an unlabelled signature under part 5's last item, adverbs hanging at a line's end, an item containing
„następujących”) and the officer's signature in other shapes."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case


# --- finding 1: an unlabelled signature typed two spaces in under part 5's last item (no closing stop), even
# after a blank line, was glued to that item as its wrapped rest; the officer was left to fill in.

@pytest.mark.parametrize("between, name, function, female", [
    ([], "st. sierż. Marcin Wrona", "dzielnicowy", False),
    ([""], "st. sierż. Marcin Wrona", "dzielnicowy", False),
    ([], "sierż. Anna Kowalska", "dzielnicowa", True),
    ([""], "sierż. Jan Kania", "dzielnicowy", False),
])
def test_an_indented_signature_under_the_last_open_item_is_the_officer(tmp_path, between, name, function, female):
    ways = ["- strona internetowa KPP w Borównie,", "- spotkania z mieszkańcami", *between, f"  {name}",
            f"  {function}"]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"][-1] == "spotkania z mieszkańcami", written
    officer = case["osoby"]["dzielnicowy"]
    assert f"{officer['stopien']} {officer['imie_nazwisko']}" == name, written


def test_a_wrapped_rest_naming_a_person_in_the_nominative_with_more_words_stays_with_its_item(tmp_path):
    ways = ["- ulotki wręczane mieszkańcom przy udziale", "  sierż. Anna Kowalska oraz strażników,",
            "- spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True,
                                     after=["", "Sporządził:", "st. sierż. Tomasz Lis", "dzielnicowy"])
    case, written = _case(path)
    assert case["informowanie"][0] == f"{ways[0][2:]} {ways[1].strip()}", written
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Tomasz Lis", written


# --- finding 19: an unbulleted item hard-wrapped after „…, a także” / „…, również” / „… i głównie” over a line
# opening with a capital (a proper name) was split in two, the second half unmarked and holding the deadline.

@pytest.mark.parametrize("first, second", [
    ("Spotkanie z dyrektorem Szkoły Podstawowej nr 1, a także", "Szkoły Podstawowej nr 2 w Borównie – do 30.04.2026 r."),
    ("Patrole w rejonie przystanku w godzinach 19–23, również", "Placu Jana Pawła II i parku – V–VIII 2026 r."),
    ("Patrole w rejonie przystanku i głównie", "Placu Jana Pawła II – V–VIII 2026 r."),
])
def test_an_unbulleted_action_wrapped_after_an_opening_adverb_is_one_action(tmp_path, first, second):
    lines = [first, second, "Kontrole rejonu sklepu – na bieżąco."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2, written
    assert case["dzialania"][0]["opis"].startswith(f"{first} {second.split(' – ')[0]}"), written


def test_an_unbulleted_way_wrapped_after_i_glownie_is_one_way(tmp_path):
    ways = ["Strona internetowa KPP w Borównie i głównie", "Facebook Komisariatu Policji w Borównie",
            "Spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == [f"{ways[0]} {ways[1]}", ways[2]], written


# --- finding 24: a genuine first item of an unbulleted part merely containing „następujących”/„poniższej” was
# told to be deleted as the list's introduction, and an action lost its „brak terminu” note.

@pytest.mark.parametrize("section, first", [
    (3, "Rozpoznanie następujących miejsc gromadzenia się młodzieży: przystanku, parku i placu zabaw."),
    (5, "Zamieszczenie poniższej informacji na stronie internetowej KPP w Borównie."),
    (4, "Urząd Miejski w Borównie – wykonanie następujących prac: naprawa oświetlenia i montaż kamery."),
])
def test_a_first_item_naming_its_objects_after_an_announcing_word_is_an_item(tmp_path, section, first):
    lines = [first, "Spotkania z mieszkańcami – do 30.04.2026 r.", "Kontrole rejonu sklepu – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {section: lines}, replace=True)
    _case_, written = _case(path)
    assert "wstęp do listy" not in written, written
    if section == 3:
        assert "w tekście brak terminu" in written, written


@pytest.mark.parametrize("intro", ["Dzielnicowy podejmie następujące działania.",
                                   "W ramach planu przewiduje się realizację następujących działań:"])
def test_a_sentence_announcing_the_list_is_still_its_introduction(tmp_path, intro):
    lines = [intro, "Spotkania z mieszkańcami – do 30.04.2026 r.", "Kontrole rejonu sklepu – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    _case_, written = _case(path)
    assert "wstęp do listy" in written, written


# --- findings 2 and 25: the officer under „Sporządził:” with initials in other shapes („A.Kowalczyk”, „M. J.
# Wrona”, „Wrona M.”), with the rank written out („starszy sierżant”, „mł. aspirant”) or after the name became an
# unmarked way of informing; the officer was left to fill in.

@pytest.mark.parametrize("signed, rank, name", [
    ("st. sierż. A.Kowalczyk", "st. sierż.", "A. Kowalczyk"),
    ("st.sierż. A.Kowalczyk", "st. sierż.", "A. Kowalczyk"),
    ("st. sierż. M. J. Wrona", "st. sierż.", "M. J. Wrona"),
    ("st. sierż. Wrona M.", "st. sierż.", "M. Wrona"),
    ("starszy sierżant Marcin Wrona", "st. sierż.", "Marcin Wrona"),
    ("mł. aspirant Marcin Wrona", "mł. asp.", "Marcin Wrona"),
    ("aspirant sztabowy Marcin Wrona", "asp. szt.", "Marcin Wrona"),
    ("Marcin Wrona, st. sierż.", "st. sierż.", "Marcin Wrona"),
])
def test_the_officer_in_other_shapes_under_the_label_is_read(tmp_path, signed, rank, name):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", signed, "dzielnicowy"])
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    officer = case["osoby"]["dzielnicowy"]
    assert (officer["stopien"], officer["imie_nazwisko"]) == (rank, name), written
    if "." in name:
        assert "imię podano inicjałem" in written, written


def test_a_partner_named_like_a_written_out_rank_is_no_officer(tmp_path):
    partner = "- Wojewódzki Inspektor Ochrony Środowiska w Borównie – kontrole."
    path, _text, _output = mini_plan(tmp_path, {4: [partner]}, after=["", "Sporządził:", "asp. Jan Nowak"])
    case, written = _case(path)
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Jan Nowak", written
    assert any(p["nazwa"].startswith("Wojewódzki Inspektor") for p in case["partnerzy"]), written


def test_an_unbulleted_partner_ending_in_comma_adverb_over_a_named_partner_stays_apart(tmp_path):
    partners = ["Sołtys wsi Bochotnica – przekazywanie informacji mieszkańcom, także", "Straż Gminna – wspólne patrole"]
    path, _text, _output = mini_plan(tmp_path, {4: partners}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]][-2:] == ["Sołtys wsi Bochotnica", "Straż Gminna"], written


# --- finding 29: a mistyped year („30.04.2206”, „30.09.9999”) was written unmarked and the case file then failed
# `pismo sprawdz`; a period of decades („do 30.09.2062 r.”) passed silently.

def _imported(tmp_path, title_end: str, actions: list[str]):
    from conftest import run
    from test_import import _MINI_TITLE

    path, text, _output = mini_plan(tmp_path, {3: actions}, replace=True)
    source = tmp_path / "plan.txt"
    source.write_text(text.replace("do 31.08.2026 r.", title_end, 1), encoding="utf-8")
    assert _MINI_TITLE.endswith("do 31.08.2026 r.")
    assert run("import", source, "-o", path, "--nadpisz").exit_code == 0
    return path, run("sprawdz", path).output


@pytest.mark.parametrize("title_end, action, shown", [
    ("do 31.08.2026 r.", "- Spotkanie z dyrektorem szkoły – do 30.04.2206 r.", "w tekście 30.04.2206 r. – rok spoza"),
    ("do 31.08.2206 r.", "- Spotkanie z dyrektorem szkoły – do 30.04.2026 r.", "w tekście 31.08.2206 r. – rok spoza"),
    ("do 31.08.9999 r.", "- Spotkanie z dyrektorem szkoły – do 30.04.2026 r.", "w tekście 31.08.9999 r. – rok spoza"),
])
def test_a_year_out_of_range_is_left_to_fill_and_the_case_file_loads(tmp_path, title_end, action, shown):
    path, checked = _imported(tmp_path, title_end, [action])
    written = path.read_text(encoding="utf-8")
    assert shown in written and "2206-" not in written and "9999-" not in written, written
    assert "błędy" not in checked and "Traceback" not in checked, checked


def test_a_period_of_decades_is_marked(tmp_path):
    path, _checked = _imported(tmp_path, "do 31.08.2062 r.", ["- Spotkanie z dyrektorem szkoły – do 30.04.2026 r."])
    written = path.read_text(encoding="utf-8")
    assert "okres planu trwa ponad dwa lata (2026–2062)" in written, written


# --- finding 15: „5. Sposób poinformowania mieszkańców:” (and „Ad 1. Rozpoznane zagrożenie:”) was no heading: part
# 5's heading was glued to the last partner's tasks and the ways of informing became partners.

@pytest.mark.parametrize("heading", ["5. Sposób poinformowania mieszkańców:", "Ad 5. Sposób poinformowania mieszkańców:",
                                     "5. Poinformowanie społeczności:"])
def test_part_five_worded_poinformowania_is_its_heading(tmp_path, heading):
    path, text, _output = mini_plan(tmp_path, {5: ["- strona internetowa KPP w Borównie,", "- ulotki."]},
                                    replace=True)
    source = tmp_path / "plan.txt"
    source.write_text(text.replace(
        "5. Proponowany sposób przekazywania społeczności rejonu informacji o działaniu priorytetowym.", heading),
        encoding="utf-8")
    from conftest import run
    assert run("import", source, "-o", path, "--nadpisz").exit_code == 0
    case, written = _case(path)
    assert case["informowanie"] == ["strona internetowa KPP w Borównie,", "ulotki."], written
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Borównie"], written


def test_part_one_labelled_rozpoznane_zagrozenie_is_its_heading(tmp_path):
    path, text, _output = mini_plan(tmp_path, {})
    source = tmp_path / "plan.txt"
    source.write_text(text.replace("1. Charakterystyka zdiagnozowanego zagrożenia w rejonie służbowym.",
                                   "Ad 1. Rozpoznane zagrożenie:"), encoding="utf-8")
    from conftest import run
    assert run("import", source, "-o", path, "--nadpisz").exit_code == 0
    case, written = _case(path)
    assert case["zagrozenie"]["opis"] == ["Przy sklepie na ul. Długiej spożywany jest alkohol."], written


# --- finding 10: a month range „05.-09.2026 r.” (a dot after the first month) was read as its last month only,
# unmarked, and „– 05.” stayed in the action's text.

@pytest.mark.parametrize("term, start, end", [("05.-08.2026 r.", "2026-05-01", "2026-08-31"),
                                              ("05.–08.2026 r.", "2026-05-01", "2026-08-31"),
                                              ("04.-06.2026", "2026-04-01", "2026-06-30")])
def test_a_month_range_with_a_dot_after_the_first_month_is_the_range(tmp_path, term, start, end):
    path, _text, _output = mini_plan(tmp_path, {3: [f"- Patrole w rejonie przystanku – {term}"]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == "Patrole w rejonie przystanku", written
    assert (str(action["termin"]["od"]), str(action["termin"]["do"])) == (start, end), written


# --- finding 8: an action hard-wrapped after „nr” so that its rest opens with a number („… linii nr” / „2 i 5 w
# godzinach 19–23 – V–VIII 2026 r.,”) was split in two, the rest an unmarked action holding the term.

@pytest.mark.parametrize("bullet", ["- ", ""])
def test_an_action_wrapped_after_nr_is_one_action(tmp_path, bullet):
    lines = [f"{bullet}Patrole w rejonie przystanku linii nr", "2 i 5 w godzinach 19–23 – V–VIII 2026 r.,",
             f"{bullet}Spotkanie z dyrektorem szkoły – do 30.04.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == [
        "Patrole w rejonie przystanku linii nr 2 i 5 w godzinach 19–23", "Spotkanie z dyrektorem szkoły"], written


# --- finding 20: part 5 as a Word table „Sposób informowania” | „TAK/NIE”: the answer „nie dotyczy” made the row
# the unmarked way of informing „radio lokalne – nie dotyczy”.

@pytest.mark.parametrize("answer", ["nie dotyczy", "NIE DOTYCZY", "n/d"])
def test_a_ways_table_answered_nie_dotyczy_is_an_option_not_chosen(tmp_path, answer):
    import docx

    from conftest import run
    from test_import import _MINI, _MINI_TITLE

    document = docx.Document()
    for line in [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3], *_MINI[4], _MINI[5][0]]:
        document.add_paragraph(line)
    rows = [("Sposób informowania", "TAK/NIE"), ("strona internetowa KPP w Borównie", "TAK"), ("ulotki", "NIE"),
            ("radio lokalne", answer)]
    table = document.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    source, target = tmp_path / "plan.docx", tmp_path / "plan.yaml"
    document.save(str(source))
    assert run("import", source, "-o", target).exit_code == 0
    case, written = _case(target)
    assert case["informowanie"][-1] == "radio lokalne", written
    from test_import_rev_imp15 import _notes_of
    assert "niezaznaczone pole" in _notes_of(written, "- radio lokalne"), written


# --- finding 21: a single partner introduced in a phrase over its dashed tasks („We współpracy z Urzędem Miejskim
# …:”, „Urząd Miejski … w zakresie:”) kept the phrase in its name, the instrumental unsaid.

@pytest.mark.parametrize("head, name, note", [
    ("We współpracy z Urzędem Miejskim w Borównie:", "Urzędem Miejskim w Borównie", "jest w narzędniku"),
    ("Urząd Miejski w Borównie w zakresie:", "Urząd Miejski w Borównie", "było „w zakresie”"),
])
def test_a_partner_named_inside_a_phrase_loses_the_phrase_and_is_said(tmp_path, head, name, note):
    partners = [head, "- naprawa oświetlenia przystanku,", "- montaż kamery monitoringu."]
    path, _text, _output = mini_plan(tmp_path, {4: partners}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == [name], written
    assert note in written, written


# --- finding 7: an action's own numbered sub-list indented under it in the same „1.” style was flattened into
# actions named by a school, unmarked.

def test_an_indented_numbered_sub_list_is_the_actions_sub_items(tmp_path):
    lines = ["1. Pogadanki w szkołach na terenie rejonu:", "   1. Szkoła Podstawowa nr 1 – do 30.04.2026 r.,",
             "   2. Szkoła Podstawowa nr 2 – do 31.05.2026 r.,", "2. Patrole w rejonie przystanku – V–VIII 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Pogadanki w szkołach na terenie rejonu",
                                                      "Patrole w rejonie przystanku"], written
    assert len(case["dzialania"][0]["podpunkty"]) == 2, written


def test_a_numbered_list_indented_as_a_whole_stays_the_list(tmp_path):
    lines = ["  1. Patrole w rejonie przystanku – V–VIII 2026 r.,", "  2. Spotkanie z dyrektorem szkoły – do 30.04.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Patrole w rejonie przystanku", "Spotkanie z dyrektorem szkoły"], \
        written


def test_a_partner_sentence_with_w_zakresie_gives_the_tasks_after_it(tmp_path):
    partners = ["Współpraca z Urzędem Miejskim w Borównie w zakresie naprawy oświetlenia."]
    path, _text, _output = mini_plan(tmp_path, {4: partners}, replace=True)
    case, written = _case(path)
    found = case["partnerzy"][0]
    assert (found["nazwa"], found["zadania"]) == ("Urzędem Miejskim w Borównie", "naprawy oświetlenia"), written
    assert "podano tylko nazwę podmiotu" not in written and "jest w narzędniku" in written, written


# --- finding 17: part 4 saying there is no partner in more than one word („Brak, działania realizowane
# samodzielnie przez dzielnicowego.”) was a partner named by the sentence, blocking the documents.

@pytest.mark.parametrize("line", ["Brak, działania realizowane samodzielnie przez dzielnicowego.",
                                  "Nie dotyczy, działania realizuje dzielnicowy."])
def test_part_four_opening_brak_with_a_clause_is_no_partner(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {4: [line]}, replace=True)
    case, written = _case(path)
    assert case["partnerzy"] == [], written
    assert "dokument drukuje „Brak.”" in written, written


# --- finding 5: part 4 opened by an announcing sentence ending in a full stop („Dzielnicowy będzie współpracował z
# poniższymi podmiotami.”) over a dashed list was a partner with tasks to fill in.

def test_a_part_four_introduction_ending_in_a_full_stop_is_no_partner(tmp_path):
    partners = ["Dzielnicowy będzie współpracował z poniższymi podmiotami.", "- Urząd Miejski w Borównie – naprawa.",
                "- Szkoła Podstawowa nr 1 – udostępnienie sali."]
    path, _text, _output = mini_plan(tmp_path, {4: partners}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Urząd Miejski w Borównie", "Szkoła Podstawowa nr 1"], written
    assert "nie podmiot – pominięto go na liście" in written, written


# --- finding 4: an abbreviation followed by capitalised tasks and no full stop („- GOPS – Pomoc rodzinom uczniów,”)
# gave a „komórka” holding the tasks, tasks to fill in and the untrue note „podano tylko nazwę podmiotu”.

def test_capitalised_tasks_after_the_dash_are_tasks_not_a_unit(tmp_path):
    partners = ["- GOPS – Pomoc rodzinom uczniów zagrożonych demoralizacją,",
                "- Urząd Miejski w Borównie – Referat Gospodarki Komunalnej – naprawa oświetlenia."]
    path, _text, _output = mini_plan(tmp_path, {4: partners}, replace=True)
    case, written = _case(path)
    first, second = case["partnerzy"]
    assert "komorki" not in first and first["zadania"].startswith("Pomoc rodzinom uczniów"), written
    assert second["komorki"] == ["Referat Gospodarki Komunalnej"], written
    assert "podano tylko nazwę podmiotu" not in written, written


# --- finding 26: a deadline hard-wrapped after the month's dot without indentation („… – do 30.04.” / „2026 r.,”)
# split the item: „2026 r.,” became an action of its own.

@pytest.mark.parametrize("bullet", ["- ", ""])
def test_a_deadline_wrapped_after_the_months_dot_stays_with_its_item(tmp_path, bullet):
    lines = [f"{bullet}Spotkanie z dyrektorem Szkoły Podstawowej nr 1 – do 30.04.", "2026 r.,",
             f"{bullet}Kontrole sklepów – V–VI 2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Spotkanie z dyrektorem Szkoły Podstawowej nr 1",
                                                      "Kontrole sklepów"], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-04-30", written


# --- finding 13: „Sprawdził i zatwierdził:” over the commander gave no approver and put the label into part 5.

def test_sprawdzil_i_zatwierdzil_opens_the_approval(tmp_path):
    after = ["", "Sporządził:", "st. sierż. Tomasz Lis", "dzielnicowy", "", "Sprawdził i zatwierdził:",
             "Komendant Komisariatu Policji w Borównie", "kom. Piotr Sowa"]
    path, _text, _output = mini_plan(tmp_path, {}, after=after)
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("kom.", "Piotr Sowa"), written


# --- finding 3: „Część I. Działania profilaktyczne (IV–VI 2026 r.)” over dashed items was an action marked „kilka
# okresów”; the undated items under „Część II. … (V–VIII 2026 r.)” got the whole plan period.

def test_czesc_naming_a_period_over_a_list_is_a_stage_heading(tmp_path):
    lines = ["Część I. Działania profilaktyczne (III–IV 2026 r.)", "- pogadanka w SP nr 1 – do 31.03.2026 r.,",
             "Część II. Działania prewencyjne (V–VIII 2026 r.)", "- patrole w rejonie przystanku,", "- kontrole sklepów."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"].rstrip(",.") for a in case["dzialania"]] == ["pogadanka w SP nr 1", "patrole w rejonie przystanku",
                                                                   "kontrole sklepów"], written
    assert str(case["dzialania"][1]["termin"]["od"]) == "2026-05-01", written


# --- finding 11: a deadline in a year before the plan („do 30.04.2025 r.” in a 2026 plan – last year's plan
# copied over) was taken unmarked.

def test_a_deadline_before_the_plans_period_is_marked(tmp_path):
    lines = ["- Spotkanie z dyrektorem szkoły – do 30.04.2025 r.", "- Kontrole sklepów – do 30.04.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    _case_, written = _case(path)
    from test_import_rev_imp15 import _notes_of
    assert "przed początkiem okresu planu" in _notes_of(written, "Spotkanie z dyrektorem"), written
    assert "przed początkiem okresu planu" not in _notes_of(written, "Kontrole sklepów"), written
