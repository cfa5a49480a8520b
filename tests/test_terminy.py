"""Deadlines across cases: `pismo terminy` and each case's terminarz.ics."""

from __future__ import annotations

import re
import datetime as dt
import shutil

from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD
from pismo.cli.main import main
from pismo.case.deadlines import deadlines, pending
from pismo.documents.ics import terminarz_ics
from pismo.case.loader import load_case, load_case_text


def test_done_items_are_what_the_case_says_is_done():
    items = {(t.kind, t.loc): t for t in deadlines(load_case(WRZOSOGROD).sprawa)}
    assert items[("spotkanie", ("spotkania", 0, "data"))].done  # minutes written
    assert not items[("spotkanie", ("spotkania", 1, "data"))].done
    assert items[("informacja", ("realizacja",))].done
    assert items[("dzialanie", ("dzialania", 0, "termin"))].done  # realizacja: zrealizowane
    assert not items[("dzialanie", ("dzialania", 3, "termin"))].done  # "w trakcie"


def test_pending_puts_overdue_first_and_turns_a_past_meeting_into_its_minutes():
    s = load_case(LECZNA).sprawa
    before = pending(s, dt.date(2025, 9, 1))
    assert not any(t.overdue(dt.date(2025, 9, 1)) for t in before[1:]) or before[0].overdue(dt.date(2025, 9, 1))
    assert [t.kind for t in before if t.kind in ("spotkanie", "protokol")] == ["spotkanie"]
    after = pending(s, dt.date(2025, 9, 20))
    assert [t.kind for t in after if t.kind in ("spotkanie", "protokol")] == ["protokol"]
    overdue = [t.overdue(dt.date(2025, 9, 20)) for t in after]
    assert overdue == sorted(overdue, reverse=True) and overdue[0]


def test_terminy_command_lists_cases_in_a_folder(tmp_path, monkeypatch):
    for case in (LECZNA, WRZOSOGROD):
        shutil.copy(case, tmp_path / case.name)
    (tmp_path / "zepsuta.yaml").write_text("jednostka: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["terminy", "--dzien", "2026-04-01"])
    lines = result.output.splitlines()
    assert result.exit_code == 1 and "zepsuta.yaml:2:1: błąd składni YAML" in result.output  # its own reason
    assert "– terminów tej sprawy nie pokazano (sprawdź: pismo sprawdz zepsuta.yaml)." in result.output  # (rev-sys11 #23)
    assert lines.index("Zaległe (7):") < lines.index("Najbliższe (3):")
    assert "(po terminie 244 dni)" in result.output  # 31 lipca 2025 → 1 kwietnia 2026
    assert "27 sierpnia 2026 r., godz. 17:00 – wrzosogrod-rejon-xiii-2026 – Spotkanie w sprawie" in result.output
    soon = CliRunner().invoke(main, ["terminy", WRZOSOGROD.name, "--dzien", "2026-04-01", "--dni", "30"])
    assert soon.exit_code == 0 and "Najbliższe" not in soon.output and "Terminy: brak w ciągu 30 dni (otwarte później: " in soon.output


def test_terminy_refuses_a_wrong_date_in_polish():
    result = CliRunner().invoke(main, ["terminy", str(LECZNA), "--dzien", "18/03/2026"])  # 18.03.2026 is taken
    assert result.exit_code == 2 and "RRRR-MM-DD" in result.output  # (rev-sys7 #2: the form pismo prints)
    result = CliRunner().invoke(main, ["terminy", str(LECZNA), "--dzien", "2026-13-01"])  # the form right, no such day
    assert result.exit_code == 2 and "niemożliwa data 2026-13-01 – taki dzień nie istnieje" in result.output


def test_terminarz_has_every_meeting_and_deadline():
    s = load_case(WRZOSOGROD).sprawa
    text = terminarz_ics(s).decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    assert text.count("BEGIN:VEVENT") == len(s.dzialania) + len(s.spotkania) + 1
    assert "DTSTART;TZID=Europe/Warsaw:20260827T170000" in unfolded
    assert "DTSTART;VALUE=DATE:20260626" in unfolded and "DTEND;VALUE=DATE:20260627" in unfolded
    assert "SUMMARY:[wykonane] Spotkanie w sprawie bezpieczeństwa" in unfolded
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))
    uids = [line for line in unfolded.split("\r\n") if line.startswith("UID:")]
    assert len(uids) == len(set(uids))


def test_an_item_whose_text_reads_uzupelnij_is_named_by_its_number_and_id():
    """Actions whose description still read UZUPEŁNIJ all showed as „Termin działania: UZUPEŁNIJ” (125
    identical lines in terminy and on the web list); a meeting's topic likewise."""
    text = LECZNA.read_text(encoding="utf-8")
    start = text.index("\n  - id: wniosek-do-urzedu\n    opis: >-\n")
    end = text.index("\n    termin:", start)
    text = text[:start] + "\n  - id: wniosek-do-urzedu\n    opis: UZUPEŁNIJ" + text[end:]
    text = text.replace("\n    temat: ", "\n    temat: UZUPEŁNIJ  # ", 1)
    what = [t.what for t in deadlines(load_case_text(text).sprawa)]
    assert "Termin działania 1 (wniosek-do-urzedu): treść do uzupełnienia" in what, what
    assert any(w.startswith("Spotkanie 1 (") and w.endswith("): temat do uzupełnienia") for w in what), what
    assert any(w.startswith("Protokół spotkania 1 (") for w in what), what
    assert not any("UZUPEŁNIJ" in w for w in what), what


def test_a_folder_given_stands_for_its_case_files(tmp_path):
    """Finding 16 of the fifth messages review of issue 17: `pismo terminy FOLDER` said „FOLDER: błędy: 1” and then
    „Brak otwartych terminów.” although the folder's case had several."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    folder = tmp_path / "sprawy"
    folder.mkdir()
    shutil.copy(LECZNA, folder / LECZNA.name)
    result = CliRunner().invoke(main, ["terminy", str(folder), "--dzien", "2025-08-01"])
    assert result.exit_code == 0, result.output
    assert "Najbliższe (" in result.output and LECZNA.stem in result.output and "błędy" not in result.output
    (tmp_path / "pusty").mkdir()
    empty = CliRunner().invoke(main, ["terminy", str(tmp_path / "pusty")])
    assert empty.exit_code == 1 and "Brak plików spraw (.yaml) w folderze" in empty.output
    assert "Brak otwartych terminów" not in empty.output


def test_terminy_with_days_that_leave_out_every_coming_one_says_so_and_how_many_are_later():
    """Finding 8 of the sixth messages review of issue 17: „Brak otwartych terminów.” for `--dni 10`, while
    the same call without it listed three open ones."""
    result = CliRunner().invoke(main, ["terminy", str(LECZNA), "--dzien", "2025-06-01", "--dni", "1"])
    everything = CliRunner().invoke(main, ["terminy", str(LECZNA), "--dzien", "2025-06-01"])
    listed = len(re.findall(r"(?m)^  \d", everything.output))
    assert listed and result.output == f"Terminy: brak w ciągu 1 dnia (otwarte później: {listed}).\n", result.output
