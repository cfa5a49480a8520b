"""Issue 14's schema: several districts, several officers, no district number, unit structures.

Hand-written cases under tests/data/ksztalty (invented places and people, worded as units write);
variants are made from them by changing the loaded data. Each is checked in the rendered text.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from helpers import paragraphs, render_kind
from pismo import api
from pismo.case.loader import load_case
from pismo.documents.generate import made_and_blocked
from pismo.errors import CaseError
from pismo.render.engine import TemplateSet

SHAPES = Path(__file__).parent / "data" / "ksztalty"
ZALESIE = SHAPES / "zalesie-rejony-5-6-2026.yaml"


def _lines(path: Path, kind: str) -> list[str]:
    _, data = render_kind(path, kind)[0]
    return [p.replace("\u00a0", " ") for p in paragraphs(data)]


def _variant(tmp_path, source: Path, change) -> Path:
    yaml = YAML()
    data = yaml.load(source.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / source.name
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(data, f)
    return path


def _errors(path: Path) -> list[str]:
    with pytest.raises(CaseError) as caught:
        load_case(path)
    return [str(p) for p in caught.value.problems]


# --- several districts, several officers ------------------------------------------------------------

def test_the_two_district_case_checks_clean():
    case = load_case(ZALESIE)
    assert case.warnings == []
    assert all(state.can_make for state in api.check(ZALESIE).kinds.values())


def test_plan_title_names_both_districts_and_both_officers_sign():
    lines = _lines(ZALESIE, "plan")
    title = lines.index("PLAN")
    assert lines[title + 1:title + 5] == [
        "działania priorytetowego dla rejonów służbowych nr 5 i 6", "Zespołu Dzielnicowych Wydziału Prewencji",
        "Komendy Powiatowej Policji w Zalesiu Wielkim", "na okres od 1.02.2026 r. do 31.07.2026 r."]
    signed = lines.index("Sporządzili:")
    assert lines[signed + 1:signed + 6] == [
        "asp. Tomasz Grabowiecki", "dzielnicowy rejonu służbowego nr 5",
        "sierż. Katarzyna Olszyńska", "dzielnicowa rejonu służbowego nr 6", "Zalesie Wielkie, dnia 26 stycznia 2026 r."]
    [(item, _)] = render_kind(ZALESIE, "plan")
    assert item.title == "Plan działania priorytetowego dla rejonów służbowych nr 5 i 6"


def test_informacja_title_and_signatures():
    lines = _lines(ZALESIE, "informacja")
    assert lines[1] == "działania priorytetowego dla rejonów służbowych numer 5 i 6"
    signed = lines.index("Sporządzili:")
    assert lines[signed + 1:signed + 5] == ["asp. Tomasz Grabowiecki", "dzielnicowy rejonu służbowego nr 5",
                                            "sierż. Katarzyna Olszyńska", "dzielnicowa rejonu służbowego nr 6"]


def test_letters_name_each_officer_with_the_district_and_agree_in_number():
    text = "\n".join(_lines(ZALESIE, "wniosek"))
    assert ("Uprzejmie informuję, że dzielnicowy rejonu służbowego nr 5 asp. Tomasz Grabowiecki i dzielnicowa "
            "rejonu służbowego nr 6 sierż. Katarzyna Olszyńska realizują w okresie") in text
    assert ("osobami do kontaktu w powyższej sprawie są dzielnicowy rejonu służbowego nr 5 asp. Tomasz Grabowiecki, "
            "tel. 47 861 22 35, e-mail: dzielnicowy5@zalesie.example.pl oraz dzielnicowa rejonu służbowego nr 6 "
            "sierż. Katarzyna Olszyńska, tel. 47 861 22 36, e-mail: dzielnicowy6@zalesie.example.pl, którzy "
            "pozostają do dyspozycji") in text
    assert ("Sporządzili: asp. Tomasz Grabowiecki, tel. 47 861 22 35; sierż. Katarzyna Olszyńska, tel. 47 861 22 36"
            in text)
    invitation = "\n".join(p.replace("\u00a0", " ") for p in paragraphs(render_kind(ZALESIE, "zaproszenia")[0][1]))
    assert "Osobami do kontaktu w sprawie spotkania są dzielnicowy rejonu służbowego nr 5" in invitation


def _women_three_districts(data):
    data["rejony"] = [{"numer": 1}, {"numer": 2}, {"numer": 4}]
    first, second = data["osoby"]["dzielnicowi"]
    first.update(imie_nazwisko="Magdalena Grabowiecka", plec="K", funkcja="dzielnicowa rejonu służbowego nr 1",
                 rejon=1)
    del second["rejon"]  # serves the plan's districts together with the first
    second["funkcja"] = "dzielnicowa rejonów służbowych nr 2 i 4"


def test_three_districts_read_as_a_polish_list_and_women_only_agree(tmp_path):
    path = _variant(tmp_path, ZALESIE, _women_three_districts)
    plan = _lines(path, "plan")
    assert "działania priorytetowego dla rejonów służbowych nr 1, 2 i 4" in plan
    assert "Sporządziły:" in plan and "Sporządzili:" not in plan
    text = "\n".join(_lines(path, "wniosek"))
    assert ("dzielnicowa rejonu służbowego nr 1 asp. Magdalena Grabowiecka i dzielnicowa rejonów służbowych "
            "nr 1, 2 i 4 sierż. Katarzyna Olszyńska realizują") in text
    assert ", które pozostają do dyspozycji" in text
    assert "Sporządziły: asp. Magdalena Grabowiecka" in text


def test_one_woman_in_the_list_form_is_singular(tmp_path):
    def one(data):
        data["osoby"]["dzielnicowi"] = data["osoby"]["dzielnicowi"][1:]
    path = _variant(tmp_path, ZALESIE, one)
    plan = _lines(path, "plan")
    assert "Sporządziła:" in plan
    text = "\n".join(_lines(path, "wniosek"))
    assert "osobą do kontaktu w powyższej sprawie jest dzielnicowa rejonu służbowego nr 6" in text
    assert ", która pozostaje do dyspozycji" in text and "Sporządziła: sierż. Katarzyna Olszyńska" in text


def test_a_gender_still_to_fill_in_blocks_what_agrees_with_it_by_name(tmp_path):
    def unknown(data):
        data["osoby"]["dzielnicowi"][1]["plec"] = "UZUPEŁNIJ M albo K"
    path = _variant(tmp_path, ZALESIE, unknown)
    case = load_case(path)
    assert [(w.field, w.message) for w in case.warnings] == [("osoby.dzielnicowi[1].plec", "do uzupełnienia")]
    made, blocked = made_and_blocked(case, ["plan", "informacja", "wniosek", "protokol", "terminarz"], TemplateSet())
    assert set(blocked) == {"plan", "informacja", "wniosek"}  # the minutes say nothing that agrees with them
    assert set(made) == {"protokol", "terminarz"}
    for kind in blocked:
        assert [p.field for p in blocked[kind]] == ["osoby.dzielnicowi[1].plec"], kind


def test_an_officers_district_still_to_fill_in_blocks_only_the_letters_that_name_it(tmp_path):
    def unknown(data):
        data["osoby"]["dzielnicowi"][0]["rejon"] = "UZUPEŁNIJ numer rejonu"
    path = _variant(tmp_path, ZALESIE, unknown)
    case = load_case(path)
    assert [(w.field, w.message) for w in case.warnings] == [("osoby.dzielnicowi[0].rejon", "do uzupełnienia")]
    made, blocked = made_and_blocked(case, ["plan", "informacja", "wniosek", "zaproszenia", "protokol"], TemplateSet())
    assert set(blocked) == {"wniosek", "zaproszenia"} and set(made) == {"plan", "informacja", "protokol"}
    for kind in blocked:
        assert [p.field for p in blocked[kind]] == ["osoby.dzielnicowi[0].rejon"], kind


@pytest.mark.parametrize("change, expected", [
    (lambda d: d.update(rejon={"numer": 5}),
     "rejony: plan ma już jeden rejon w polu rejon – przy kilku rejonach wpisz wszystkie w rejony"),
    (lambda d: d["rejony"].append({"numer": 5}),
     "rejony[2].numer: rejon nr 5 jest już na liście (rejony, pozycja 1) – każdy rejon wpisz raz"),
    (lambda d: d["osoby"]["dzielnicowi"][1].update(rejon="7"),
     "osoby.dzielnicowi[1].rejon: plan nie obejmuje rejonu nr 7 – rejony planu: 5, 6"),
    (lambda d: d["osoby"].pop("dzielnicowi"),
     "osoby: brak dzielnicowego – podaj dzielnicowy: (jedna osoba) albo dzielnicowi: (lista"),
    (lambda d: d["osoby"].update(dzielnicowy={"imie_nazwisko": "Jan Nowak", "plec": "M"}),
     "osoby.dzielnicowi: plan ma już dzielnicowego w polu dzielnicowy"),
    (lambda d: d["osoby"]["dzielnicowi"][0].update(rejon="05"),
     "osoby.dzielnicowi[0].rejon: numer rejonu „05” podaj bez zer na początku"),
])
def test_inconsistent_districts_and_officers_are_refused_in_polish_where_they_stand(tmp_path, change, expected):
    path = _variant(tmp_path, ZALESIE, change)
    errors = _errors(path)
    found = [e for e in errors if expected in e]
    assert found, errors
    assert found[0].startswith(f"{path}:") and found[0].split(":")[1].isdigit()  # file:line:column


def test_the_public_version_keeps_every_officer_and_drops_their_phones():
    [(_, public)] = render_kind(ZALESIE, "plan-publikacja")
    text = " ".join(p.replace("\u00a0", " ") for p in paragraphs(public))
    assert "asp. Tomasz Grabowiecki" in text and "sierż. Katarzyna Olszyńska" in text
    [(_, public)] = render_kind(ZALESIE, "informacja-publikacja")
    text = " ".join(p.replace("\u00a0", " ") for p in paragraphs(public))
    assert "Katarzyna Olszyńska" in text and "861 22 36" not in text


# --- no district number ---------------------------------------------------------------------------

DEBINA = SHAPES / "debina-posterunek-2026.yaml"


@pytest.mark.parametrize("kind, first, last", [("plan", "PLAN", "na okres od 1.04.2026 r. do 30.09.2026 r."),
                                               ("informacja", "Informacja dotycząca realizacji planu",
                                                "za okres od 1.04.2026 roku do 30.09.2026 roku")])
def test_a_plan_without_a_district_number_names_its_area_and_unit(kind, first, last):
    lines = _lines(DEBINA, kind)
    start = lines.index(first)
    title = lines[start:lines.index(last) + 1]
    assert title[1:4] == ["działania priorytetowego na terenie gminy Dębina", "Posterunku Policji w Dębinie",
                          "Komendy Powiatowej Policji w Zalesiu Wielkim"]
    assert not any("rejon" in line or "nr" in line.split() for line in title)  # no number forced or printed
    [(item, _)] = render_kind(DEBINA, kind)
    assert item.title.endswith("działania priorytetowego na terenie gminy Dębina")


def test_the_posterunek_case_checks_clean_and_its_officer_signs_as_a_woman():
    assert load_case(DEBINA).warnings == []
    lines = _lines(DEBINA, "plan")
    signed = lines.index("Sporządziła:")
    assert lines[signed + 1:signed + 3] == ["mł. asp. Joanna Wierzbicka", "dzielnicowa Posterunku Policji w Dębinie"]


def test_a_unit_template_printing_the_district_number_is_refused_for_a_plan_without_one(tmp_path):
    """A unit's own template from before (…nr {{ rejon }}) never prints an empty number."""
    from pismo.documents.generate import collect, render
    from pismo.render.engine import BUILTIN_DIR
    from pismo.render.template_package import TemplateError

    [item] = collect(load_case(DEBINA), ["plan"])
    assert item.context["rejon"] is None
    folder = tmp_path / "szablony"
    folder.mkdir()
    source = zipfile.ZipFile(BUILTIN_DIR / "plan.docx")
    with zipfile.ZipFile(folder / "plan.docx", "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace(b"{{ tytul.obszar }}", b"dla rejonu nr {{ rejon }}")
            target.writestr(info, data)
    with pytest.raises(TemplateError) as caught:
        render([item], TemplateSet(folder))
    assert "wartość pusta w miejscu, które dokument drukuje" in str(caught.value)


# --- unit structures ---------------------------------------------------------------------------------

KAMIONKA = SHAPES / "kamionka-ii-komisariat-rejon-4-2026.yaml"
KAMIONKA_HEAD = ["KOMENDA MIEJSKA POLICJI", "W KAMIONCE WIELKIEJ", "II KOMISARIAT POLICJI"]


def test_a_numbered_komisariat_under_its_komenda_miejska_titles_the_plan_by_the_chain():
    lines = _lines(KAMIONKA, "plan")
    start = lines.index("PLAN")
    assert lines[start + 1:start + 6] == [
        "działania priorytetowego dla rejonu służbowego nr 4", "Rewiru Dzielnicowych",
        "II Komisariatu Policji w Kamionce Wielkiej", "Komendy Miejskiej Policji w Kamionce Wielkiej",
        "na okres od 1.03.2026 r. do 31.08.2026 r."]
    informacja = _lines(KAMIONKA, "informacja")
    assert informacja[1:5] == ["działania priorytetowego dla rejonu służbowego numer 4", "Rewiru Dzielnicowych",
                               "II Komisariatu Policji w Kamionce Wielkiej",
                               "Komendy Miejskiej Policji w Kamionce Wielkiej"]


def test_the_letterhead_and_genitives_from_the_structure_are_listed_for_confirmation_never_silently():
    case = load_case(KAMIONKA)
    derived = {w.field: w.message for w in case.warnings if "plec" not in w.field}
    assert derived == {
        "jednostka.naglowek": "nagłówek pisma z nazw jednostek: KOMENDA MIEJSKA POLICJI / W KAMIONCE WIELKIEJ / "
                              "II KOMISARIAT POLICJI – potwierdź albo wpisz własny",
        "jednostka.nazwa.dopelniacz": "odmiana ze słownika: II Komisariatu Policji w Kamionce Wielkiej – potwierdź "
                                      "albo wpisz własną",
        "jednostka.nadrzedna.dopelniacz": "odmiana ze słownika: Komendy Miejskiej Policji w Kamionce Wielkiej – "
                                          "potwierdź albo wpisz własną",
        "jednostka.zespol.dopelniacz": "odmiana ze słownika: Rewiru Dzielnicowych – potwierdź albo wpisz własną",
    }
    form = [p.replace("\u00a0", " ") for p in paragraphs(render_kind(KAMIONKA, "protokol-pusty")[0][1])]
    assert form[:3] == KAMIONKA_HEAD


def test_odmien_writes_the_letterhead_as_lines_and_the_documents_stay_the_same(tmp_path):
    from pismo.morph.writeback import odmien

    path = tmp_path / KAMIONKA.name
    path.write_text(KAMIONKA.read_text(encoding="utf-8"), encoding="utf-8")
    before = _lines(path, "plan")
    written = odmien(path)
    assert ("jednostka", "naglowek") in [d.loc for d in written.forms]
    text = path.read_text(encoding="utf-8")
    assert "  naglowek:  # ze słownika – sprawdź\n" + "".join(f"    - {line}\n" for line in KAMIONKA_HEAD) in text
    assert load_case(path).warnings == [] and _lines(path, "plan") == before


def test_a_letterhead_written_in_the_file_wins():
    case = load_case(DEBINA)
    assert case.sprawa.jednostka.naglowek == ["KOMENDA POWIATOWA POLICJI", "W ZALESIU WIELKIM",
                                              "POSTERUNEK POLICJI W DĘBINIE"]
    assert case.derived == []


@pytest.mark.parametrize("path", sorted(SHAPES.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_shapes_round_trip_through_the_form_byte_for_byte(path):
    from test_web_form import _posted
    from pismo.web import form

    text = path.read_text(encoding="utf-8")
    data = form.from_form(_posted(form.widgets(form.load(text))))
    assert form.to_text(text, data) == (text, True)
