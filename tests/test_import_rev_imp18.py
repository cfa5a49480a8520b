"""`pismo import` against the eighteenth import review (rev-imp18) of issue 17: in-sentence deadlines after a
connective, table term cells, the plan's date above the signature, sub-items under a dated action, signatures side
by side, partners, stages, the approval line and goal directions."""

from __future__ import annotations

import pytest

from test_import import mini_plan
from test_import_rev_imp15 import _case, _notes_of


# --- finding 6: „…, tj. do 26.06.2026 r.,” was cut to „…, tj.” – the date's connective left dangling, unmarked.

@pytest.mark.parametrize("line, end", [
    ("- patrole w rejonie szkoły w dni nauki szkolnej, tj. do 26.06.2026 r.,", "2026-06-26"),
    ("- patrole w rejonie szkoły – w dni nauki szkolnej, np. do 26.06.2026 r.", "2026-06-26"),
    ("- przekazanie Wójtowi wniosków z kontroli nie później niż do 15.07.2026 r.,", "2026-07-15"),
    ("- przekazanie Wójtowi wniosków z kontroli, czyli do 15.07.2026 r.", "2026-07-15"),
    ("- przekazanie Wójtowi wniosków z kontroli, a najpóźniej do 15.07.2026 r.", "2026-07-15"),
])
def test_a_deadline_after_a_connective_stays_in_the_text_and_is_marked(tmp_path, line, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == line[2:].rstrip(","), written
    assert str(action["termin"]["do"]) == end, written
    assert "odczytano z daty na końcu opisu" in _notes_of(written, line[2:22]), written


def test_a_deadline_after_its_own_lead_in_is_still_cut(tmp_path):
    line = "- przekazanie Wójtowi wniosków z kontroli w terminie do 15.07.2026 r.,"
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    assert case["dzialania"][0]["opis"] == "przekazanie Wójtowi wniosków z kontroli", written


# --- finding 13: a Word termin cell with a range broken after its dash („IV 2026 r. –¶VI 2026 r.”) was read as
# several dates – the start lost, „–, ” left in the action's text.

def test_a_range_broken_across_a_cell_s_paragraphs_is_one_term(tmp_path):
    from test_import_rev_imp17 import _table_plan

    rows = [("Lp.", "Działanie", "Termin realizacji"),
            ("1.", "Spotkanie z mieszkańcami osiedla", "IV 2026 r. –\nVI 2026 r."),
            ("2.", "Kontrole miejsc spożywania alkoholu", "01.03.2026 r. –\n31.08.2026 r."),
            ("3.", "Patrole piesze w rejonie parku", "od 01.04.2026 r.\ndo 30.06.2026 r."),
            ("4.", "Spotkania z klientami marketu", "15.04.2026 r.\n20.05.2026 r.")]
    case, written = _table_plan(tmp_path, rows)
    first, second, third, fourth = case["dzialania"]
    for action, opis, start, end in ((first, "Spotkanie z mieszkańcami osiedla", "2026-04-01", "2026-06-30"),
                                     (second, "Kontrole miejsc spożywania alkoholu", "2026-03-01", "2026-08-31"),
                                     (third, "Patrole piesze w rejonie parku", "2026-04-01", "2026-06-30")):
        assert action["opis"] == opis, written
        assert (str(action["termin"]["od"]), str(action["termin"]["do"])) == (start, end), written
        assert "kilka okresów" not in _notes_of(written, opis), written
    assert "kilka okresów albo dat" in _notes_of(written, "Spotkania z klientami"), written  # two dates stay two


# --- finding 4: a date line above the signature („Data sporządzenia: 25.02.2026 r.”, „Data: …”, „dnia …”, a bare
# date) became an unmarked way of informing and the plan had no date, or the place-and-date line won unsaid.

@pytest.mark.parametrize("line", ["Data sporządzenia: 25.02.2026 r.", "Data opracowania planu: 25.02.2026 r.",
                                  "Sporządzono dnia 25.02.2026 r.", "Data: 25.02.2026 r.", "dnia 25.02.2026 r.",
                                  "25.02.2026 r."])
def test_a_date_line_above_the_signature_is_the_plan_s_date(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {}, after=["", line, "Sporządziła:", "sierż. Anna Kowalczyk"])
    case, written = _case(path)
    assert str(case["plan"]["data"]) == "2026-02-25", written
    assert all("25.02.2026" not in way for way in case["informowanie"]), written


def test_the_made_on_line_above_the_signature_wins_over_the_place_and_date_named(tmp_path):
    from test_import_rev_imp16 import _comments

    path, _text, _output = mini_plan(tmp_path, {}, before=["Ćmielów, dnia 20 lutego 2026 r."],
                                     after=["", "Data sporządzenia: 25.02.2026 r.", "Sporządziła:",
                                            "sierż. Anna Kowalczyk"])
    case, written = _case(path)
    assert str(case["plan"]["data"]) == "2026-02-25", written
    assert "różne daty – przyjęto 25.02.2026 r., jest też „Ćmielów, dnia 20 lutego 2026 r.”" in _comments(written)


# --- finding 8: sub-items under an action ending in a date („- patrole … – IV–VIII 2026 r.,” / „   – w piątki …”)
# detached: the first became an action, the next its sub-item.

def _word_list(tmp_path, items, after=()) -> tuple[dict, str]:
    """A Word plan with (text, style) paragraphs as part 3's list, and paragraphs after its end."""
    import docx
    from conftest import run
    from test_import_rev_imp15 import _PARTS

    document = docx.Document()
    document.add_paragraph("Plan działania priorytetowego dla rejonu służbowego nr 3 Komendy Powiatowej Policji w "
                           "Łęcznej na okres od 01.03.2026 r. do 31.08.2026 r.")
    for line in _PARTS[:5]:
        document.add_paragraph(line)
    for text, style in items:
        document.add_paragraph(text, style=style)
    for line in [*_PARTS[6:], *after]:
        document.add_paragraph(line)
    document.save(str(tmp_path / "plan.docx"))
    result = run("import", tmp_path / "plan.docx", "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    return _case(tmp_path / "plan.yaml")


@pytest.mark.parametrize("form", ["txt", "docx"])
def test_undated_sub_items_under_a_dated_action_are_its_sub_items(tmp_path, form):
    parent, subs = "patrole w godzinach wieczornych – IV–VIII 2026 r.,", ["w piątki w godz. 18–22,",
                                                                         "w soboty w godz. 20–02,"]
    if form == "txt":
        lines = [f"- {parent}", *[f"   – {sub}" for sub in subs], "- przekazanie informacji – do 31.08.2026 r."]
        case, written = _case(mini_plan(tmp_path, {3: lines}, replace=True)[0])
    else:
        case, written = _word_list(tmp_path, [(parent, "List Bullet"), *[(sub, "List Bullet 2") for sub in subs],
                                              ("przekazanie informacji – do 31.08.2026 r.", "List Bullet")])
    first = case["dzialania"][0]
    assert len(case["dzialania"]) == 2 and first["opis"] == "patrole w godzinach wieczornych", written
    assert first["podpunkty"] == ["w piątki w godz. 18–22", "w soboty w godz. 20–02"], written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written


# --- findings 9, 7: „– ponownie w czerwcu 2026 r.,” / „– kolejne spotkanie 15.06.2026 r.,” under a dated action
# became a fake action; „… w maju 2026 r. oraz w czerwcu 2026 r.” got June alone, marked as one date.

@pytest.mark.parametrize("form", ["txt", "docx"])
@pytest.mark.parametrize("parent, further, end", [
    ("wystąpienie do Burmistrza o monitoring – do 31.03.2026 r.,", "ponownie w czerwcu 2026 r.,", "2026-06-30"),
    ("spotkanie z kierownikiem dworca – 10.03.2026 r.,", "kolejne spotkanie 15.06.2026 r.,", "2026-06-15"),
])
def test_a_further_month_or_date_under_a_dated_action_is_its_date(tmp_path, form, parent, further, end):
    if form == "txt":
        lines = [f"- {parent}", f"   – {further}", "- przekazanie informacji – do 31.08.2026 r."]
        case, written = _case(mini_plan(tmp_path, {3: lines}, replace=True)[0])
    else:
        case, written = _word_list(tmp_path, [(parent, "List Bullet"), (further, "List Bullet 2"),
                                              ("przekazanie informacji – do 31.08.2026 r.", "List Bullet")])
    first = case["dzialania"][0]
    assert len(case["dzialania"]) == 2 and first["opis"].endswith(further.rstrip(",")), written  # no list's comma
    assert str(first["termin"]["do"]) == end and not first.get("podpunkty"), written
    assert "kilka okresów albo dat" in _notes_of(written, parent[:20]), written


def test_two_months_in_one_sentence_are_several_terms(tmp_path):
    line = "- pogadanka w Szkole Podstawowej nr 1 dla uczniów klas VI–VIII w maju 2026 r. oraz w czerwcu 2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [line, "- Kontrole sklepów – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == line[2:] and str(action["termin"]["do"]) == "2026-06-30", written
    assert "kilka okresów albo dat („w maju 2026 r. oraz w czerwcu 2026 r.”)" in _notes_of(written, "pogadanka"), written


# --- finding 16: „Data rozpoczęcia” | „Data zakończenia” – an end cell naming no date that the list of open ends
# lacked („ciągle”) made the start the deadline; „od …” | „do …” was read as several dates, the start lost.

@pytest.mark.parametrize("end", ["ciągle", "w miarę potrzeb", "systematycznie", "jednorazowo"])
def test_an_end_cell_naming_no_date_keeps_the_start_as_the_start(tmp_path, end):
    from test_import_rev_imp17 import _table_plan

    rows = [("Lp.", "Działanie", "Data rozpoczęcia", "Data zakończenia"),
            ("1.", "Rozmowy z mieszkańcami", "01.04.2026 r.", end),
            ("2.", "Patrole piesze w rejonie parku", "01.03.2026 r.", "30.06.2026 r.")]
    case, written = _table_plan(tmp_path, rows)
    first = case["dzialania"][0]
    assert first["opis"] == "Rozmowy z mieszkańcami", written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written
    assert f"w kolumnie daty zakończenia jest „{end}”" in _notes_of(written, "Rozmowy z mieszkańcami"), written


def test_from_and_until_cells_are_one_period(tmp_path):
    from test_import_rev_imp17 import _table_plan

    rows = [("Lp.", "Działanie", "Data rozpoczęcia", "Data zakończenia"),
            ("1.", "Współpraca ze Strażą Miejską", "od 01.03.2026 r.", "do 31.07.2026 r.")]
    case, written = _table_plan(tmp_path, rows)
    first = case["dzialania"][0]
    assert first["opis"] == "Współpraca ze Strażą Miejską", written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-03-01", "2026-07-31"), written
    assert "kilka okresów" not in written, written


# --- finding 12: signature blocks typed side by side („Sporządził:⇥⇥Zatwierdził:”) became ways of informing, or
# (spaces, Word's tabs) the approver was taken for the officer.

_SIDE = [("Sporządził:", "Zatwierdził:"), ("asp. Michał Bąk", "Komendant Komisariatu Policji w Nałęczowie"),
         ("dzielnicowy", "nadkom. Robert Wilk")]


def _side_by_side_plan(tmp_path, form) -> tuple[dict, str]:
    if form == "docx":
        return _word_list(tmp_path, [("Patrole parku – na bieżąco.", "List Bullet")],
                          after=[f"{left}\t\t\t\t{right}" for left, right in _SIDE])
    gap = "\t\t\t\t\t" if form == "tabs" else " " * 20
    path, _text, _output = mini_plan(tmp_path, {}, after=["", *[f"{left:<16}{gap}{right}" for left, right in _SIDE]])
    return _case(path)


@pytest.mark.parametrize("form", ["tabs", "spaces", "docx"])
def test_signatures_side_by_side_are_the_officer_and_the_superior(tmp_path, form):
    case, written = _side_by_side_plan(tmp_path, form)
    officer, superior = case["osoby"]["dzielnicowy"], case["osoby"]["przelozony"]
    assert (officer["stopien"], officer["imie_nazwisko"]) == ("asp.", "Michał Bąk"), written
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("nadkom.", "Robert Wilk"), written
    assert superior["funkcja"] == "Komendant Komisariatu Policji w Nałęczowie", written
    assert not any("Sporządził" in way or "Bąk" in way or "Wilk" in way for way in case["informowanie"]), written


# --- finding 10: „ZATWIERDZAM DO REALIZACJI” over the approver was listed as a web page's menu, no superior read.

@pytest.mark.parametrize("label", ["ZATWIERDZAM DO REALIZACJI", "Zatwierdzam do realizacji", "AKCEPTUJĘ DO REALIZACJI"])
def test_an_approval_for_realisation_names_the_superior(tmp_path, label):
    before = [label, "Komendant Komisariatu Policji w Nałęczowie", "nadkom. Robert Wilk"]
    path, _text, _output = mini_plan(tmp_path, {}, before=before)
    case, written = _case(path)
    superior = case["osoby"]["przelozony"]
    assert (superior["stopien"], superior["imie_nazwisko"]) == ("nadkom.", "Robert Wilk"), written
    assert superior["funkcja"] == "Komendant Komisariatu Policji w Nałęczowie", written


# --- finding 11: part 4 „Nie przewiduje się.” became a partner with UZUPEŁNIJ tasks.

@pytest.mark.parametrize("line", ["Nie przewiduje się.", "Nie przewiduje się współpracy z innymi podmiotami.",
                                  "Nie planuje się.", "Bez udziału innych podmiotów."])
def test_no_partners_planned_is_no_partner(tmp_path, line):
    path, _text, _output = mini_plan(tmp_path, {4: [line]}, replace=True)
    case, written = _case(path)
    assert case["partnerzy"] == [], written
    assert f"w tekście: „{line.rstrip('.')}”" in written, written


# --- findings 14, 15: one-line „Akceptuję: … podkom. Anna Zięba” gave M (the verb says no sex: the name tells);
# function words the reader did not know („p.o. Kierownika …”, „Z-ca Komendanta …”, after the name) were dropped.

@pytest.mark.parametrize("line, sex", [
    ("Akceptuję: Kierownik Rewiru Dzielnicowych podkom. Anna Zięba", "K"),
    ("Akceptuję: Kierownik Rewiru Dzielnicowych podkom. Jan Zięba", "M"),
    ("Akceptowała: Kierownik Rewiru Dzielnicowych podkom. Anna Zięba", "K"),
])
def test_the_one_line_approval_s_sex_comes_from_the_verb_or_the_name(tmp_path, line, sex):
    path, _text, _output = mini_plan(tmp_path, {}, after=["Sporządził: asp. Michał Bąk", line])
    case, written = _case(path)
    assert case["osoby"]["przelozony"]["plec"] == sex, written
    guessed = "odgadnięta z imienia" in written.split("przelozony:")[1].split("funkcja:")[0]
    assert guessed == line.startswith("Akceptuję"), written


@pytest.mark.parametrize("line, rank, function", [
    ("Akceptuję: p.o. Kierownika Rewiru Dzielnicowych podkom. Anna Zięba", "podkom.",
     "p.o. Kierownika Rewiru Dzielnicowych"),
    ("Akceptuję: Z-ca Komendanta Komisariatu Policji w Nałęczowie asp. sztab. Jan Nowak", "asp. szt.",
     "Z-ca Komendanta Komisariatu Policji w Nałęczowie"),
    ("Akceptuję: kom. Jacek Pióro, Kierownik Rewiru Dzielnicowych", "kom.", "Kierownik Rewiru Dzielnicowych"),
])
def test_the_one_line_approval_keeps_its_function_as_written(tmp_path, line, rank, function):
    path, _text, _output = mini_plan(tmp_path, {}, after=["Sporządził: asp. Michał Bąk", line])
    case, written = _case(path)
    superior = case["osoby"]["przelozony"]
    assert superior["stopien"] == rank and superior["funkcja"] == function, written
    assert "utworzono z tekstu planu" in written.split("przelozony:")[1], written


# --- finding 5: „Poprawa bezpieczeństwa – spadek liczby zgłoszeń o 20%.” was a rise of 20, named „Bezpieczeństwa –
# spadek liczby zgłoszeń”: the sentence's first word decided, not the one next to the number.

@pytest.mark.parametrize("goal, name, change", [
    ("Poprawa bezpieczeństwa – spadek liczby zgłoszeń o 20%.", "Liczba zgłoszeń", -20),
    ("Poprawa poczucia bezpieczeństwa mieszkańców – spadek liczby zgłoszeń o 20%.", "Liczba zgłoszeń", -20),
    ("Ograniczenie zakłóceń ciszy nocnej, tj. wzrost liczby kontroli o 10%.", "Liczba kontroli", 10),
    ("Spadek liczby zgłoszeń o 20%.", "Liczba zgłoszeń", -20),
])
def test_the_word_next_to_the_number_gives_the_direction(goal, name, change):
    from pismo.importer.targets import indicators

    found = indicators([goal])
    assert [(i.nazwa, i.zmiana) for i in found] == [(name, change)]


# --- finding 1: a partner's name without a bullet („Urząd Miejski w Opatowie:”) over its dashed tasks was split into
# a name-only partner and one partner per task.

@pytest.mark.parametrize("indent", ["  ", ""])
def test_an_unbulleted_partner_name_over_dashed_tasks_is_one_partner(tmp_path, indent):
    lines = ["Urząd Miejski w Opatowie:", f"{indent}– udział w spotkaniu z mieszkańcami,",
             f"{indent}– doświetlenie placu zabaw.", "Straż Miejska:", f"{indent}– wspólne patrole."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    partners = [(p["nazwa"], p["zadania"].lower()) for p in case["partnerzy"]]
    assert partners == [("Urząd Miejski w Opatowie", "udział w spotkaniu z mieszkańcami, doświetlenie placu zabaw."),
                        ("Straż Miejska", "wspólne patrole.")], written


def test_an_introduction_over_partner_names_stays_an_introduction(tmp_path):
    lines = ["We współpracy z:", "– Strażą Miejską w Opatowie – wspólne patrole,",
             "– Ośrodkiem Pomocy Społecznej – praca z rodzinami."]
    path, _text, _output = mini_plan(tmp_path, {4: lines}, replace=True)
    case, written = _case(path)
    said = " ".join(text.strip(" #") for text in written.splitlines() if text.lstrip().startswith("#"))
    assert len(case["partnerzy"]) == 2 and "wiersz „We współpracy z:” to wstęp do listy podmiotów" in said, written
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Strażą Miejską w Opatowie", "Ośrodkiem Pomocy Społecznej"], \
        written  # no partner, quoted in the part's note; the names in the instrumental said (rev-imp20 #2)
    assert said.count("jest w narzędniku") == 2, written


# --- findings 2, 3: stage headings worded „I etap – …”, „Etap I: …” or without the closing colon were a junk action
# „I etap” or an action with an untrue „kilka okresów” note; „Etap III (08.2026 r.):” and „Etap I (III–IV 2026 r.) –
# rozpoznanie:” were stages whose period was not read while the note said their items got it.

@pytest.mark.parametrize("heading, start, end", [
    ("I etap – rozpoznanie (marzec – kwiecień 2026 r.):", "2026-03-01", "2026-04-30"),
    ("II etap – działania właściwe (V–VII 2026 r.)", "2026-05-01", "2026-07-31"),
    ("Etap I: rozpoznanie (marzec – kwiecień 2026 r.)", "2026-03-01", "2026-04-30"),
    ("Etap III (08.2026 r.):", "2026-08-01", "2026-08-31"),
    ("Etap I (III–IV 2026 r.) – rozpoznanie:", "2026-03-01", "2026-04-30"),
])
def test_stage_headings_of_other_wordings_date_their_items(tmp_path, heading, start, end):
    from test_import_rev_imp16 import _comments

    lines = [heading, "- analiza zdarzeń z parkingu,", "- rozmowa z zarządcą parkingu – do 20.03.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    first = case["dzialania"][0]
    assert len(case["dzialania"]) == 2 and first["opis"].startswith("analiza zdarzeń"), written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == (start, end), written
    assert "kilka okresów" not in written and "dostały okres etapu" in _comments(written), written


def test_a_stage_whose_period_is_unread_says_its_items_got_the_plan_s(tmp_path):
    from test_import_rev_imp16 import _comments

    lines = ["Etap III – podsumowanie (po zakończeniu działań):", "- podsumowanie działań,"]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    assert "okresu etapu nie odczytano" in _comments(written) and "dostały okres etapu" not in written, written


def test_a_month_in_digits_is_read():
    import datetime as dt

    from pismo.importer.dates import parse_spec

    termin = parse_spec("08.2026 r.", (dt.date(2026, 3, 1), dt.date(2026, 8, 31)))
    assert (termin.od, termin.do) == (dt.date(2026, 8, 1), dt.date(2026, 8, 31))
    assert parse_spec("15.08.2026 r.", None).od is None


# --- finding 17: „… w porze nocnej, w tym w weekendy – IV–VIII 2026 r.” lost „w weekendy” to the term's recurrence,
# the text left ending „…, w tym”, unmarked.

@pytest.mark.parametrize("line, opis", [
    ("1) Patrole terenu ogródków w porze nocnej, w tym w weekendy – IV–VIII 2026 r.",
     "Patrole terenu ogródków w porze nocnej, w tym w weekendy"),
    ("1) Patrole terenu ogródków, szczególnie w weekendy – IV–VIII 2026 r.",
     "Patrole terenu ogródków, szczególnie w weekendy"),
])
def test_a_recurrence_after_a_connective_stays_in_the_text(tmp_path, line, opis):
    path, _text, _output = mini_plan(tmp_path, {3: [line, "2) Kontrole altan – do 30.06.2026 r."]}, replace=True)
    case, written = _case(path)
    action = case["dzialania"][0]
    assert action["opis"] == opis and "cyklicznie" not in action["termin"], written
    assert (str(action["termin"]["od"]), str(action["termin"]["do"])) == ("2026-04-01", "2026-08-31"), written


# --- finding 18: a period hard-wrapped after its start („…, od 01.04.2026 r.” / „do 31.08.2026 r.,”) became the whole
# plan's period with „od …” in the text, and a fake action „do 31.08.2026 r.”.

def test_a_period_wrapped_after_its_start_is_one_action(tmp_path):
    lines = ["1) Patrole terenu ogródków w porze nocnej, ze szczególnym uwzględnieniem weekendów, od 01.04.2026 r.",
             "do 31.07.2026 r.,", "2) Sporządzenie informacji z realizacji planu – do 31.08.2026 r."]
    path, _text, _output = mini_plan(tmp_path, {3: lines}, replace=True)
    case, written = _case(path)
    first = case["dzialania"][0]
    assert len(case["dzialania"]) == 2, written
    assert first["opis"] == "Patrole terenu ogródków w porze nocnej, ze szczególnym uwzględnieniem weekendów", written
    assert (str(first["termin"]["od"]), str(first["termin"]["do"])) == ("2026-04-01", "2026-07-31"), written
