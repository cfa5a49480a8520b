"""The `pismo` command: thin click wrappers; document logic lives elsewhere."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pismo import __version__, click_pl
from pismo.click_pl import CONTEXT, PolishGroup
from pismo.problems import CaseError

click_pl.install()



@click.group(cls=PolishGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", message="pismo %(version)s", help="Pokaż wersję i zakończ.")
def main() -> None:
    """pismo – dokumenty planu działania priorytetowego dzielnicowego.

    Z jednego pliku sprawy (YAML) tworzy pisma w formacie Word: plan do
    zatwierdzenia, wnioski, zaproszenia, protokoły z listami obecności
    i informację o realizacji planu.
    """


def _report(problems, err: bool = True) -> None:
    for problem in problems:
        click.echo(str(problem), err=err)


@main.command("sprawdz", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="SPRAWA.yaml…")
def sprawdz(sprawy: tuple[Path, ...]) -> None:
    """Sprawdź pliki spraw i pokaż, które dokumenty można z nich utworzyć."""
    from pismo.loader import load_case
    from pismo.summary import summarize

    failed = False
    for path in sprawy:
        try:
            case = load_case(path)
        except CaseError as exc:
            failed = True
            errors = sum(1 for p in exc.problems if not p.warning)
            _report(exc.problems)
            click.echo(f"{path}: błędy: {errors} – popraw je i uruchom sprawdzenie ponownie.", err=True)
            continue
        _report(case.warnings)
        click.echo(summarize(case))
    sys.exit(1 if failed else 0)


@main.command("nowa", context_settings=CONTEXT)
@click.argument("plik", type=click.Path(path_type=Path), metavar="PLIK.yaml")
def nowa(plik: Path) -> None:
    """Utwórz nowy plik sprawy: wzór z objaśnieniem każdego pola."""
    from pismo.skeleton import write_skeleton

    try:
        write_skeleton(plik)
    except FileExistsError:
        click.echo(f"{plik}: plik już istnieje – nie nadpisuję go. Podaj inną nazwę.", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"{plik}: nie można zapisać pliku ({exc.strerror}).", err=True)
        sys.exit(1)
    click.echo(f"Utworzono wzór sprawy: {plik}")
    click.echo(f"Uzupełnij pola oznaczone „UZUPEŁNIJ”, a potem sprawdź plik: pismo sprawdz {plik}")


def _generating(func):
    """Options shared by every command that writes documents."""
    options = [
        click.option("-o", "--wyjscie", "wyjscie", type=click.Path(path_type=Path), default=Path("pisma"),
                     show_default=True, help="Folder wyjściowy; każda sprawa trafia do podfolderu nazwanego jak jej plik."),
        click.option("--szablony", type=click.Path(path_type=Path), default=None,
                     help="Folder z własnymi szablonami (.docx); brakujące bierze się z wbudowanych."),
        click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _run(sprawy, kinds, wyjscie, szablony, nadpisz, manifest=False) -> None:
    """Generate documents for each case; report problems in Polish, exit 1 on any."""
    from pismo.engine import TemplateError, TemplateSet
    from pismo.generate import DocumentError, generate
    from pismo.loader import load_case
    from pismo.output import OutputError

    failed = False
    try:
        templates = TemplateSet(szablony)
    except TemplateError as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    for path in sprawy:
        try:
            case = load_case(path)
            _report(case.warnings)
            written = generate(case, kinds, wyjscie, templates, nadpisz, manifest)
        except (CaseError, DocumentError) as exc:
            failed = True
            _report(exc.problems)
            click.echo(f"{path}: nie utworzono dokumentów.", err=True)
            continue
        except (TemplateError, OutputError) as exc:
            failed = True
            click.echo(f"{path}: {exc}", err=True)
            continue
        click.echo(f"{path}: zapisano pliki ({len(written)}):")
        for target in written:
            click.echo(f"  {target}")
    sys.exit(1 if failed else 0)


_CASE = click.argument("sprawa", type=click.Path(path_type=Path), metavar="SPRAWA.yaml")


def _single_kind_command(name: str, kind: str, help_text: str) -> None:
    @main.command(name, context_settings=CONTEXT, help=help_text)
    @_CASE
    @_generating
    def command(sprawa, wyjscie, szablony, nadpisz) -> None:
        _run([sprawa], [kind], wyjscie, szablony, nadpisz)


for _name, _kind, _help in (
    ("plan", "plan", "Plan działania priorytetowego do zatwierdzenia."),
    ("wniosek", "wniosek", "Wnioski (pisma) do instytucji – po jednym na każdy wniosek ze sprawy."),
    ("zaproszenia", "zaproszenia",
     "Zaproszenia na spotkania (po jednym dla każdego zaproszonego) i pliki kalendarza .ics."),
    ("informacja", "informacja", "Informacja dotycząca realizacji planu (z oceną realizacji, jeśli sprawa ją zawiera)."),
):
    _single_kind_command(_name, _kind, _help)


@main.command("protokol", context_settings=CONTEXT)
@_CASE
@_generating
@click.option("--pusty", is_flag=True, help="Pusty formularz protokołu i listy obecności do wypełnienia odręcznego.")
def protokol(sprawa, wyjscie, szablony, nadpisz, pusty) -> None:
    """Protokoły spotkań z listami obecności (albo pusty formularz: --pusty)."""
    _run([sprawa], ["protokol-pusty" if pusty else "protokol"], wyjscie, szablony, nadpisz)


@main.command("wszystko", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="SPRAWA.yaml…")
@_generating
def wszystko(sprawy, wyjscie, szablony, nadpisz) -> None:
    """Wszystkie dokumenty każdej sprawy wraz z wykazem manifest.json."""
    from pismo.documents import KINDS

    _run(sprawy, list(KINDS), wyjscie, szablony, nadpisz, manifest=True)


from pismo.cli_szablony import szablony  # noqa: E402

main.add_command(szablony)


if __name__ == "__main__":  # pragma: no cover
    main()
