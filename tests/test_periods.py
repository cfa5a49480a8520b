"""`pismo nowa --z`: the next period from the previous plan, comments kept, old period cleared."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main
from pismo.case.loader import load_case
from pismo.case.periods import PeriodError, Shift, next_period, shift_for


@pytest.mark.parametrize("start, end, day, moved", [
    ("2025-07-01", "2025-12-31", "2025-12-31", "2026-06-30"),  # a month's last day stays the last day
    ("2025-07-01", "2025-12-31", "2025-07-31", "2026-01-31"),
    ("2026-03-01", "2026-08-31", "2026-08-30", "2027-02-28"),  # 30 February does not exist
    ("2024-02-01", "2024-07-31", "2024-02-29", "2024-08-31"),  # leap day is February's last day
    ("2023-10-01", "2024-03-31", "2024-01-15", "2024-07-15"),
    ("2025-07-14", "2025-12-20", "2025-07-20", "2025-12-27"),  # not whole months: by days (160)
])
def test_dates_move_by_the_length_of_the_period(start, end, day, moved):
    shift = shift_for(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    assert shift.apply(dt.date.fromisoformat(day)) == dt.date.fromisoformat(moved)


def test_next_period_of_a_case_with_everything(tmp_path):
    made = next_period(WRZOSOGROD.read_text(encoding="utf-8"), WRZOSOGROD.name)
    assert made.new == (dt.date(2026, 9, 1), dt.date(2027, 2, 28)) and made.shift == Shift(months=6)
    target = tmp_path / "nowy.yaml"
    target.write_text(made.text, encoding="utf-8")
    case = load_case(target)
    s, old = case.sprawa, load_case(WRZOSOGROD).sprawa
    assert (s.okres.od, s.okres.do) == made.new
    assert s.realizacja is None and all(m.protokol is None for m in s.spotkania)
    # unit, people, partners and addressees are kept
    assert s.jednostka == old.jednostka and s.osoby == old.osoby and s.partnerzy == old.partnerzy
    assert [a.opis for a in s.dzialania] == [a.opis for a in old.dzialania]
    assert [m.data for m in s.spotkania] == [dt.date(2026, 9, 18), dt.date(2027, 2, 27)]
    assert s.wnioski[0].pismo.znak.startswith("UZUPEŁNIJ")  # an old reference number is never reused
    # comments the officer wrote are kept; the ones about the removed realisation go with it
    assert "# osoby zmyślone" in made.text and "Ocena realizacji planu" not in made.text
    assert made.text.startswith("# Nowy okres na podstawie planu wrzosogrod-rejon-xiii-2026.yaml")
    notes = " ".join(made.notes)
    assert "27 lutego 2027 r. to sobota" in notes and "było: środa" in notes


def test_next_period_of_the_example_passes_sprawdz_apart_from_reference_numbers(tmp_path):
    target = tmp_path / "leczna-2026.yaml"
    result = CliRunner().invoke(main, ["nowa", str(target), "--z", str(LECZNA)])
    assert result.exit_code == 0, result.output
    assert "od 1.01.2026 r. do 30.06.2026 r." in result.output and "o 6 miesięcy" in result.output
    # finding 26 of the fifth messages review of issue 17: „spotkania[0].data” counted from zero, a YAML path
    assert "  – Spotkanie 1 › Data: 15 marca 2026 r. to niedziela" in result.output, result.output
    assert "spotkania[" not in result.output
    case = load_case(target)
    assert {w.field for w in case.warnings} >= {"wnioski[0].pismo.znak"}
    again = CliRunner().invoke(main, ["nowa", str(target), "--z", str(LECZNA)])
    assert again.exit_code == 1 and "już istnieje" in again.output


@pytest.mark.parametrize("text, message", [
    ("jednostka: x\n", "okres.od"),
    ("okres:\n  od: 2025-07-01\n  do: 2025-01-01\n", "wcześniej"),
    ("- lista\n", "nie zawiera pól sprawy"),
    # finding 29 of the fifth messages review of issue 17: a date past the calendar's end ended in a traceback
    ("okres:\n  od: 2025-07-01\n  do: 2025-12-31\ndzialania:\n  - termin:\n      do: 9999-12-31\n",
     "w wierszu 6 jest data 31.12.9999 r., której nie da się przesunąć o 6 miesięcy"),
    ("okres:\n  od: 9999-01-01\n  do: 9999-12-31\n", "w wierszu 2 jest data 1.01.9999 r."),
    ("okres:\n  od: 9999-12-30\n  do: 9999-12-31\n", "której nie da się przesunąć o 2 dni"),
])
def test_a_plan_without_a_usable_period_is_refused_in_polish(text, message):
    with pytest.raises(PeriodError, match=message):
        next_period(text)


def test_a_broken_previous_file_is_reported_with_its_place_and_nothing_is_written(tmp_path):
    broken = tmp_path / "stary.yaml"
    broken.write_text("okres:\n  od: 2025-07-01\n  do: [\n", encoding="utf-8")
    target = tmp_path / "nowy.yaml"
    result = CliRunner().invoke(main, ["nowa", str(target), "--z", str(broken)])
    assert result.exit_code == 1 and f"{broken}:" in result.output and "Traceback" not in result.output
    assert not target.exists()


def test_nowa_given_a_folder_says_to_name_a_file_in_it(tmp_path):
    """Finding 25 of the fifth messages review of issue 17: `pismo nowa C:\\sprawy` advised „usuń go albo podaj
    inny folder” – deleting the officer's folder of cases."""
    result = CliRunner().invoke(main, ["nowa", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path}: to folder – podaj nazwę nowego pliku sprawy, np. {tmp_path / 'rejon-3-2026.yaml'}" in result.output
    assert "usuń" not in result.output
