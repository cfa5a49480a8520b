"""`pismo terminy`: the coming deadlines and meetings across cases (thin click wrapper)."""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path

import click

from pismo.cli.click_pl import CONTEXT, PATH, dashed_digits
from pismo.errors import CaseError, CaseUnreadable, gone_folder, gone_folder_told
from pismo.files.read import Unreadable, case_files


def _day(ctx, param, value):
    """--dzien as RRRR-MM-DD (also 2025-5-1) or as Polish letters write it and pismo prints it („1.05.2025”,
    „01.05.2025 r.”, 01-05-2025); blanks around it ignored, as for numbers (a .bat `set` leaves one)."""
    if value is None:
        return None
    polish = re.fullmatch(r"\s*(\d{1,2})[.-](\d{1,2})[.-](\d{4})(?:\s*r\.?)?\s*", value)
    iso = re.fullmatch(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*", value)  # blanks of a .bat `set`, 2025-5-1 alike
    try:
        if polish or iso:
            return dt.date(*map(int, polish.groups()[::-1])) if polish else dt.date(*map(int, iso.groups()))
        return dt.date.fromisoformat(value)
    except ValueError:
        if polish or iso:  # in a form taken: the day itself is not there
            raise click.BadParameter(f"niemożliwa data {value} – taki dzień nie istnieje") from None
        dashed = dashed_digits(value)
        if dashed is not None and re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{4}", dashed[1]):  # Word's
            # dashes: looks as asked, in either order („1–05–2025” was „not a date”: rev-sys11 #7)
            odd, meant = dashed
            raise click.BadParameter(f"w „{value}” zamiast łączników (-) jest znak {odd} (U+{ord(odd):04X}) – wpisz "
                                     f"{meant} (tak zmienia kreski Word przy kopiowaniu polecenia z dokumentu)"
                                     ) from None
        raise click.BadParameter(f"„{value}” to nie jest data – podaj ją jako RRRR-MM-DD, np. 2026-03-18, albo "
                                 "jako 18.03.2026") from None


@click.command("terminy", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, type=PATH, metavar="[SPRAWA.yaml…]")
@click.option("--dni", type=click.IntRange(0, 36500), default=None, metavar="N",
              help="Pokaż tylko terminy z najbliższych N dni (zaległe zawsze).")
@click.option("--dzien", "dzien", default=None, callback=_day, metavar="RRRR-MM-DD",
              help="Licz zaległe i najbliższe terminy od tego dnia (domyślnie: dziś); także w postaci 18.03.2026.")
def terminy(sprawy: tuple[Path, ...], dni: int | None, dzien: dt.date | None) -> None:
    """Najbliższe terminy działań i spotkań we wszystkich sprawach, zaległe na początku.

    Bez podania plików: wszystkie pliki .yaml w bieżącym folderze; podany folder – jego pliki .yaml.
    """
    from pismo import api
    from pismo.case.problems import total
    from pismo.case.deadlines import order

    from pismo.polish import as_typed

    today = dzien or dt.date.today()
    paths, failed = [], 0
    for path in sprawy or (Path("."),):
        try:
            paths += _cases(path)
        except Unreadable as exc:  # the folder given cannot be listed: never „Brak plików spraw” of a full one
            failed += 1
            click.echo(f"{path if sprawy else 'bieżący folder'}: {exc}; terminów z tego folderu nie pokazano.",
                       err=True)
        except OSError as exc:  # a folder on its way that may not be entered: told for this path, the rest listed
            from pismo.errors import from_os_error

            failed += 1
            click.echo(f"{from_os_error(exc)} – terminów z tego miejsca nie pokazano.", err=True)
    paths = _once(paths)
    if not paths:
        gone = None if sprawy else gone_folder()
        if gone is not None:  # not an empty folder: no folder at all
            click.echo(f"{gone_folder_told(gone)} i uruchom polecenie ponownie.", err=True)
            sys.exit(1)
        if not failed:
            where = "folderze " + ", ".join(str(p) for p in sprawy) if sprawy else "bieżącym folderze"
            click.echo(f"Brak plików spraw (.yaml) w {where} – podaj pliki spraw.", err=True)
        sys.exit(1)
    items, unread, labels = [], failed, _labels(paths)
    for path in paths:
        try:
            pending = api.deadlines(path, today)
        except CaseUnreadable as exc:  # not there, a folder, no permission: the reason is all there is to say
            failed += 1
            for problem in exc.problems:
                click.echo(f"{problem} – terminów tej sprawy nie pokazano.", err=True)
            continue
        except CaseError as exc:
            failed += 1
            problems = [p for p in exc.problems if not p.warning]
            errors = total(problems)  # a summary line counts its problems
            check = f"sprawdź: pismo sprawdz {as_typed(path)}"  # a name with a space pasted whole (rev-sys11 #21)
            if errors == 1:  # its own reason, as sprawdz gives it: „błędy: 1” hid a plan given for a case (rev-sys11 #23)
                then = f" ({check})" if path.suffix.lower() in (".yaml", ".yml") else ""  # a plan: the import named
                click.echo(f"{problems[0]} – terminów tej sprawy nie pokazano{then}.", err=True)
                continue
            click.echo(f"{path}: błędy: {errors} – terminów tej sprawy nie pokazano ({check}).", err=True)
            continue
        items += [(t, labels[path]) for t in pending]
    later = 0
    if dni is not None:
        horizon = today + dt.timedelta(days=min(dni, (dt.date.max - today).days))  # never past the year 9999
        kept = [(t, name) for t, name in items if t.overdue(today) or t.day <= horizon]
        later, items = len(items) - len(kept), kept
    ordered = order([t for t, _ in items], today)
    names = {id(t): name for t, name in items}
    if failed - unread < len(paths):  # „Brak otwartych terminów” only of cases that were read
        _print(ordered, names, today, _later(dni, later))
    sys.exit(1 if failed else 0)


def _cases(path: Path) -> list[Path]:
    """A case file, or the case files of a folder (as the current folder is read when none is given); a folder
    that cannot be listed raises Unreadable (Path.glob swallowed the refusal and found nothing)."""
    if path.is_dir():
        return case_files(path)
    return [path]


def _labels(paths: list[Path]) -> dict[Path, str]:
    """Each case's name in the list: its file's stem, or its path when two cases share a stem (d1/plan.yaml,
    d2/plan.yaml – every deadline was „plan”, whose could not be told: rev-sys12 #13)."""
    stems = [path.stem for path in paths]
    return {path: str(path.with_suffix("")) if stems.count(path.stem) > 1 else path.stem for path in paths}


def _once(paths: list[Path]) -> list[Path]:
    """Each case file once, however given (a folder and a file in it, `x.yaml ./x.yaml`): its deadlines were
    listed twice – „Zaległe (14)” for 7 (rev-sys11 #20), while `wszystko` refuses such a pair."""
    seen, kept = set(), []
    for path in paths:
        try:
            key = os.stat(path)[1:3]  # (inode, device): a link or another spelling is the same file
        except OSError:
            key = os.path.normcase(os.path.abspath(path))  # told by the reader, once per spelling
        if key not in seen:
            seen.add(key)
            kept.append(path)
    return kept


def _later(dni: int | None, later: int) -> str:
    """Said when --dni left out every coming one: open ones exist, only past the days asked for."""
    from pismo.polish import count

    return f"brak w ciągu {count(dni, 'dnia', 'dni', 'dni')} (otwarte później: {later})" if later else ""


def _print(ordered, names, today, later: str = "") -> None:
    from pismo.polish import count

    overdue = [t for t in ordered if t.overdue(today)]
    coming = [t for t in ordered if not t.overdue(today)]
    if not ordered:
        click.echo(f"Terminy: {later}." if later else "Brak otwartych terminów.")
    if overdue:
        click.echo(f"Zaległe ({len(overdue)}):")
        for t in overdue:
            late = (today - t.day).days
            click.echo(f"  {t.when()} – {names[id(t)]} – {t.what} (po terminie {count(late, 'dzień', 'dni', 'dni')})")
    if overdue and later and not coming:
        click.echo(f"Najbliższe: {later}.")
    if coming:
        click.echo(f"Najbliższe ({len(coming)}):")
        for t in coming:
            click.echo(f"  {t.when()} – {names[id(t)]} – {t.what}")
