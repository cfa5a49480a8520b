"""`pismo import` against the twentieth import review (rev-imp20) of issue 17, its remaining high findings: a
rank-led wrap of a way of informing, numbered actions after a hanging word, the approval block's date, place and
checker, signatures with an initial, comparatives after the amount, „Faza” stages and the part-3 heading „Działania
i terminy ich realizacji”; and its mediums #8, #15, #16, #2 and #6."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case

_SIGNED = ["", "Sporządził:", "st. sierż. Tomasz Lis", "dzielnicowy"]


def _said(written: str) -> str:
    """The case file's comments as one text: a note wrapped over comment lines reads whole."""
    return " ".join(line.strip().lstrip("#").strip() for line in written.splitlines() if line.strip().startswith("#"))


# --- finding 1: a way of informing hard-wrapped so that its second line opens with a rank („  asp. szt. Janowi
# Mazurowi,”) lost that line silently: it was read as a signature, then replaced by the one under „Sporządził:”.

@pytest.mark.parametrize("rest", ["  asp. szt. Janowi Mazurowi,", "  sierż. Tomasza Lisa podczas obchodu,",
                                  "sierż. Tomasza Lisa podczas obchodu,"])
def test_a_rank_led_wrap_of_a_way_of_informing_goes_on_with_it(tmp_path, rest):
    ways = ["- informacja przekazana Kierownikowi Posterunku Policji w Wąwolnicy", rest, "- spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True, after=_SIGNED)
    case, written = _case(path)
    assert case["informowanie"][0] == f"{ways[0][2:]} {rest.strip()}", written
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Tomasz Lis", written
    assert "drugi podpis" not in written, written


def test_an_unlabelled_name_replaced_by_the_signature_is_listed(tmp_path):
    ways = ["- ulotki wręczane mieszkańcom przez", "sierż. Tomasz Lis podczas obchodu,", "- spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {5: ways}, replace=True, after=_SIGNED)
    case, written = _case(path)
    assert "# „sierż. Tomasz Lis podczas obchodu,”" in written, written
    assert "nad podpisem „Sporządził(a):” jest wiersz z nazwiskiem" in written, written
    assert case["osoby"]["dzielnicowy"]["stopien"] == "st. sierż.", written


# --- finding 24: a numbered action ending in a hanging word („…, w dni wolne od nauki także”) – or none, the point
# is its missing deadline – took the next numbered action („2. pogadanka …”) as its sub-item and its deadline.

@pytest.mark.parametrize("end", [", w dni wolne od nauki także", " w dni wolne od nauki"])
def test_a_new_number_is_always_a_new_action(tmp_path, end):
    lines = ["- patrole w rejonie boisk – IV–VIII 2026 r.", f"1. kontrole punktów sprzedaży alkoholu{end}",
             "2. pogadanka dla uczniów – do 30.04.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["patrole w rejonie boisk",
                                                      f"kontrole punktów sprzedaży alkoholu{end}",
                                                      "pogadanka dla uczniów"], written
    assert str(case["dzialania"][2]["termin"]["do"]) == "2026-04-30", written


def test_an_announcing_numbered_item_still_numbers_its_sub_items(tmp_path):
    lines = ["- patrole w rejonie boisk – IV–VIII 2026 r.", "1. Działania profilaktyczne:",
             "1. pogadanka dla uczniów – do 30.04.2026 r.",
             "2. spotkanie z rodzicami – do 31.05.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert len(case["dzialania"]) == 2 and len(case["dzialania"][1]["podpunkty"]) == 2, written


# --- finding 18: a Word „List Bullet” action right after „List Bullet 2” sub-items of a „List Number” action
# became a third sub-item, its deadline left in its text.

def test_a_list_line_above_the_sub_items_level_is_the_next_action(tmp_path):
    from test_import_rev_imp18 import _word_list

    case, written = _word_list(tmp_path, [("Patrole w rejonie boisk (IV–VIII 2026 r.)", "List Number"),
                                          ("Pogadanki dla uczniów (IV–V 2026 r.):", "List Number"),
                                          ("klasy VII,", "List Bullet 2"), ("klasy VIII.", "List Bullet 2"),
                                          ("Spotkanie z dyrektorem szkoły (do 31.03.2026 r.)", "List Bullet")])
    assert [a["opis"] for a in case["dzialania"]] == ["Patrole w rejonie boisk", "Pogadanki dla uczniów",
                                                      "Spotkanie z dyrektorem szkoły"], written
    assert case["dzialania"][1]["podpunkty"] == ["klasy VII", "klasy VIII."], written
    assert str(case["dzialania"][2]["termin"]["do"]) == "2026-03-31", written


# --- findings 5 and 11: the place and date under the approver („Wąwolnica, dnia 02.03.2026 r.”) – under the
# plan, or in a stamp typed at the right of a tab-aligned letterhead – were taken as the plan's date; the tabbed
# stamp's approver was not read at all.

_APPROVAL = ["", "Zatwierdzam:", "Kierownik Posterunku Policji w Wąwolnicy", "asp. szt. Jan Mazur"]


@pytest.mark.parametrize("dated", ["Wąwolnica, dnia 02.03.2026 r.", "Wąwolnica, 02.03.2026 r."])
def test_the_place_and_date_under_the_approver_is_not_the_plan_s_date(tmp_path, dated):
    path, _text, _output = mini_plan(tmp_path, {}, after=[*_SIGNED, *_APPROVAL, dated])
    case, written = _case(path)
    assert "plan" not in case, written
    assert case["osoby"]["przelozony"]["imie_nazwisko"] == "Jan Mazur", written
    assert f"# „{dated}”" in written and "to data zatwierdzenia planu" in _said(written), written


@pytest.mark.parametrize("dated", [True, False])
def test_a_stamp_beside_a_tabbed_letterhead_is_read(tmp_path, dated):
    from test_import import _MINI, _MINI_TITLE, run

    head = ["KOMENDA POWIATOWA POLICJI\t\t\t\tZATWIERDZAM", "W PUŁAWACH\t\t\t\t\tKierownik Posterunku Policji w Wąwolnicy",
            "Posterunek Policji w Wąwolnicy\t\t\tasp. szt. Jan Mazur"]
    head += ["\t\t\t\t\t\tWąwolnica, dnia 02.03.2026 r."] if dated else []
    lines = [*head, _MINI_TITLE, *[line for section in _MINI.values() for line in section], *_SIGNED]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("import", source, "-o", tmp_path / "plan.yaml").exit_code == 0
    case, written = _case(tmp_path / "plan.yaml")
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("asp. szt.", "Jan Mazur"), written
    assert superior["funkcja"] == "Kierownik Posterunku Policji w Wąwolnicy", written
    assert "plan" not in case, written
    assert "# „KOMENDA POWIATOWA POLICJI”" in written, written  # the letterhead's own column, listed


# --- finding 13: „Sprawdził:” (the checker) beside „Sporządził:” became the approving superior, the „Zatwierdzam:”
# block under it a second signature; „Opiniuję pozytywnie:” alone was the superior, unsaid.

def test_the_checker_is_never_the_approver(tmp_path):
    signed = ["", "Sporządził:\t\t\t\t\tSprawdził:", "st. sierż. Tomasz Lis\t\t\t\tmł. asp. Piotr Wójcik",
              "dzielnicowy\t\t\t\t\tZastępca Kierownika Posterunku", ""]
    approval = ["\t\t\t\t\t\tZatwierdzam:", "\t\t\t\t\t\tKierownik Posterunku Policji w Wąwolnicy",
                "\t\t\t\t\t\tasp. szt. Jan Mazur"]
    path, _text, _output = mini_plan(tmp_path, {}, after=[*signed, *approval])
    case, written = _case(path)
    superior = case["osoby"]["przelozony"]
    assert (superior["imie_nazwisko"], superior["funkcja"]) == ("Jan Mazur", "Kierownik Posterunku Policji w "
                                                                "Wąwolnicy"), written
    assert "# „mł. asp. Piotr Wójcik”" in written and "drugi podpis" not in written, written
    assert "blok „Sprawdził: mł. asp. Piotr Wójcik”" in _said(written), written


def test_a_superior_from_an_opinion_alone_is_said(tmp_path):
    opinion = ["", "Opiniuję pozytywnie:", "Zastępca Kierownika Posterunku Policji w Wąwolnicy", "mł. asp. Piotr Wójcik"]
    path, _text, _output = mini_plan(tmp_path, {}, after=[*_SIGNED, *opinion])
    case, written = _case(path)
    assert case["osoby"]["przelozony"]["imie_nazwisko"] == "Piotr Wójcik", written
    assert "przełożonego wzięto z bloku osoby sprawdzającej albo opiniującej plan" in _said(written), written


# --- imp27's trade-off (rev-imp19 m01): on a page of two plans with no stamp above the first title, the stamp
# between plan 1's signature and plan 2's title is plan 1's by a guess – said in both plans; a page whose last plan
# has its stamp under its signature tells the layout: no guess.

def _page(tmp_path, last_stamp):
    from test_import import _MINI, _MINI_TITLE, run

    sections = [line for section in _MINI.values() for line in section]
    stamp = ["ZATWIERDZAM DO REALIZACJI", "Komendant Komisariatu Policji w Poniatowej", "kom. Jacek Pióro"]
    lines = [_MINI_TITLE, *sections, "Sporządził:", "sierż. szt. Paweł Nowicki", "", *stamp, "",
             _MINI_TITLE.replace("nr 3", "nr 4"), *sections, "Sporządziła:", "mł. asp. Anna Lis", "",
             *(["ZATWIERDZAM DO REALIZACJI", "Komendant Komisariatu Policji w Poniatowej", "kom. Adam Kos"]
               if last_stamp else [])]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run("import", source, "-o", tmp_path).exit_code == 0
    return [_case(tmp_path / f"plan-rejon-{n}.yaml") for n in (3, 4)]


def test_a_guessed_stamp_owner_is_said_in_both_plans(tmp_path):
    (first, first_text), (second, second_text) = _page(tmp_path, last_stamp=False)
    assert first["osoby"]["przelozony"]["imie_nazwisko"] == "Jacek Pióro", first_text
    assert "przypisano go temu planowi" in _said(first_text), first_text
    assert "przypisano go poprzedniemu planowi" in _said(second_text), second_text


def test_a_stamp_under_the_last_plan_tells_the_layout(tmp_path):
    (first, first_text), (second, second_text) = _page(tmp_path, last_stamp=True)
    assert first["osoby"]["przelozony"]["imie_nazwisko"] == "Jacek Pióro", first_text
    assert second["osoby"]["przelozony"]["imie_nazwisko"] == "Adam Kos", second_text
    assert "przypisano" not in first_text + second_text, first_text


# --- finding 7: a signature with the first name as an initial („st. sierż. A. Nowak”) was no signature: the name
# became a way of informing, the officer UZUPEŁNIJ.

def test_a_signature_with_an_initial_is_the_officer_marked(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", "st. sierż. A. Nowak", "dzielnicowa"])
    case, written = _case(path)
    officer = case["osoby"]["dzielnicowy"]
    assert (officer["stopien"], officer["imie_nazwisko"]) == ("st. sierż.", "A. Nowak"), written
    assert "A. Nowak" not in " ".join(case["informowanie"]), written
    assert "imię podano inicjałem („A. Nowak”) – wpisz pełne imię" in _said(written), written


# --- finding 3: „… – o 15% mniejsza liczba zgłoszeń …” (the comparative after the amount) gave a rise of 15 named
# by the words before the dash.

@pytest.mark.parametrize("goal, name, change", [
    ("Poprawa bezpieczeństwa w rejonie boisk – o 15% mniejsza liczba zgłoszeń dotyczących spożywania alkoholu.",
     "Liczba zgłoszeń dotyczących spożywania alkoholu", -15),
    ("Poprawa bezpieczeństwa – o 10% mniej kradzieży w porównaniu z 2025 r.", "Liczba kradzieży", -10),
    ("Poprawa bezpieczeństwa – o 20% wyższa wykrywalność sprawców.", "Wykrywalność sprawców", 20),
])
def test_a_comparative_after_the_amount_gives_the_direction_and_the_measure(tmp_path, goal, name, change):
    path, _text, _output = mini_plan(tmp_path, {2: [goal]}, replace=True)
    case, written = _case(path)
    found = case["cel"]["wskazniki"][0]
    assert (found["nazwa"], found["zmiana"]) == (name, change), written
    assert "po liczbie – sprawdź znak zmiany" in _said(written), written


# --- finding 10: stages worded „Faza” under Roman numbers („I. Faza rozpoznawcza (III 2026 r.)”) were actions,
# the second dashed item under each the first one's sub-item.

def test_a_numbered_faza_with_its_period_is_a_stage_heading(tmp_path):
    lines = ["I. Faza rozpoznawcza (III 2026 r.)", "- rozpoznanie miejsc gromadzenia się młodzieży,",
             "- spotkanie z dyrektorem szkoły.", "II. Faza realizacyjna (IV–VIII 2026 r.)",
             "- patrole w rejonie boisk,", "- kontrole punktów sprzedaży alkoholu."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    actions = case["dzialania"]
    assert [a["opis"].rstrip(",.") for a in actions] == ["rozpoznanie miejsc gromadzenia się młodzieży",
                                                         "spotkanie z dyrektorem szkoły", "patrole w rejonie boisk",
                                                         "kontrole punktów sprzedaży alkoholu"], written
    assert [str(a["termin"]["do"]) for a in actions] == ["2026-03-31", "2026-03-31", "2026-08-31", "2026-08-31"], \
        written
    assert str(actions[2]["termin"]["od"]) == "2026-04-01", written
    assert "to nagłówek etapu" in _said(written), written


# --- finding 17: „III. DZIAŁANIA I TERMINY ICH REALIZACJI” was no part-3 heading: the actions became goals.

@pytest.mark.parametrize("heading", ["III. DZIAŁANIA I TERMINY ICH REALIZACJI", "3. Działania i terminy ich realizacji",
                                     "3. Działania i terminy realizacji:"])
def test_actions_and_their_terms_is_the_part_3_heading(tmp_path, heading):
    from test_import import _MINI, _MINI_TITLE, run

    parts = dict(_MINI)
    parts[3] = [heading, "- patrole w rejonie boisk – IV–VIII 2026 r.,", "- spotkanie z dyrektorem – do 31.03.2026 r."]
    source = tmp_path / "plan.txt"
    source.write_text("\n".join([_MINI_TITLE, *[line for part in parts.values() for line in part]]) + "\n",
                      encoding="utf-8")
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert "Części planu w tekście: 1, 2, 3, 4, 5 z 5." in result.output, result.output
    case, written = _case(tmp_path / "plan.yaml")
    assert [a["opis"] for a in case["dzialania"]] == ["patrole w rejonie boisk", "spotkanie z dyrektorem"], written
    assert case["cel"]["opis"] == ["Ograniczenie spożywania alkoholu."], written


# --- finding 8: a signature written surname first („st. sierż. Nowak Anna” / „dzielnicowa”) gave plec M unmarked
# from „Sporządził:”, the first name „Anna” unread.

def test_a_surname_first_signature_takes_the_first_name_s_sex_marked(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", "st. sierż. Nowak Anna", "dzielnicowa"])
    case, written = _case(path)
    assert case["osoby"]["dzielnicowy"]["plec"] == "K", written
    assert "imię „Anna” ze słownika imion wskazują różną płeć" in written, written  # the value's own comment
    assert "nazwisko stoi przed imieniem („Nowak Anna”)" in _said(written), written


# --- finding 15: a line of dots to sign on under „Sporządził:” became a way of informing.

def test_a_line_of_dots_under_the_signature_label_is_no_way_of_informing(tmp_path):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", "Sporządził:", "……………………………", "st. sierż. Tomasz Lis",
                                                          "dzielnicowy"])
    case, written = _case(path)
    assert case["informowanie"] == ["Rozmowy z mieszkańcami."], written
    assert "# „……………………………”" in written, written
    assert case["osoby"]["dzielnicowy"]["imie_nazwisko"] == "Tomasz Lis", written


# --- finding 16: an introduction ending in a full stop („Dzielnicowy podejmie następujące działania.”) over
# unbulleted items was an action, and a way of informing, unmarked.

def test_an_announcing_sentence_ending_in_a_full_stop_is_marked_as_the_introduction(tmp_path):
    actions = ["Dzielnicowy podejmie następujące działania.", "Patrole w rejonie boisk – IV–VIII 2026 r.",
               "Spotkanie z dyrektorem szkoły – do 31.03.2026 r."]
    ways = ["Informacje o działaniu zostaną przekazane w następujący sposób.", "Strona internetowa KPP w Puławach.",
            "Spotkania z mieszkańcami."]
    path, _text, _output = mini_plan(tmp_path, {3: actions, 5: ways}, replace=True)
    _case_, written = _case(path)
    assert _said(written).count("wygląda na wstęp do listy") == 2, written


# --- finding 2: „Dzielnicowy w realizacji planu będzie współpracował z:” over dashed partners was a partner of its
# own (zadania UZUPEŁNIJ), and the names after „z:” in the instrumental („Urzędem Gminy Wąwolnica”) were unsaid.

def test_a_partners_introduction_is_no_partner_and_instrumental_names_are_said(tmp_path):
    lines = ["Dzielnicowy w realizacji planu będzie współpracował z:",
             "- Urzędem Gminy Wąwolnica – naprawa oświetlenia boiska,",
             "- Zespołem Szkół w Wąwolnicy – udostępnienie sali."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Urzędem Gminy Wąwolnica", "Zespołem Szkół w Wąwolnicy"], \
        written
    said = _said(written)
    assert "wiersz „Dzielnicowy w realizacji planu będzie współpracował z:” to wstęp do listy podmiotów" in said, written
    assert said.count("jest w narzędniku") == 2, written


def test_a_unit_named_over_its_tasks_stays_a_partner(tmp_path):
    lines = ["Urząd Miejski w Borównie:", "- naprawa oświetlenia,", "- monitoring."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Urząd Miejski w Borównie"], written
    assert "narzędniku" not in written, written


# --- finding 6: parts 1–2 hard-wrapped before a sentence's closing number („W 2025 r. interwencji było” / „3.
# Zgłoszenia dotyczyły …”) were split there, the second paragraph opening „3.”, unmarked.

def test_a_wrap_before_a_closing_number_goes_on_in_parts_1_and_2(tmp_path):
    problem = ["Na terenie boisk gromadzi się młodzież. W 2025 r. interwencji było",
               "3. Zgłoszenia dotyczyły zakłócania ciszy nocnej."]
    goal = ["Ograniczenie zgłoszeń dotyczących zakłócania porządku przy boiskach do",
            "5. Poprawa oświetlenia boiska."]
    path, _text, _output = mini_plan(tmp_path, {1: problem, 2: goal}, replace=True)
    case, written = _case(path)
    assert case["zagrozenie"]["opis"] == [" ".join(problem)], written
    assert case["cel"]["opis"] == [" ".join(goal)], written
    assert _said(written).count("to liczba zawiniętego zdania") == 2, written


def test_a_numbered_list_in_part_1_stays_items(tmp_path):
    problem = ["Zgłoszenia mieszkańców dotyczyły", "1. spożywania alkoholu", "2. zakłócania ciszy nocnej"]
    path, _text, _output = mini_plan(tmp_path, {1: problem}, replace=True)
    case, written = _case(path)
    assert case["zagrozenie"]["opis"][-2:] == ["1. spożywania alkoholu", "2. zakłócania ciszy nocnej"], written
