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
@click.option("--z", "poprzednia", type=click.Path(path_type=Path), default=None, metavar="POPRZEDNIA.yaml",
              help="Nowy okres na podstawie poprzedniego planu: jednostka, osoby, partnerzy i adresaci zostają, "
                   "daty przesuwają się o długość okresu, realizacja, protokoły i znaki pism są usuwane.")
def nowa(plik: Path, poprzednia: Path | None) -> None:
    """Utwórz nowy plik sprawy: wzór z objaśnieniem każdego pola albo następny okres planu (--z)."""
    from pismo.skeleton import write_skeleton

    text = None
    if poprzednia is not None:
        from pismo.periods import PeriodError, next_period_file

        try:
            made = next_period_file(poprzednia)
        except CaseError as exc:
            _report(exc.problems)
            click.echo(f"{poprzednia}: popraw błędy poprzedniego planu i spróbuj ponownie.", err=True)
            sys.exit(1)
        except PeriodError as exc:
            click.echo(f"{poprzednia}: {exc}", err=True)
            sys.exit(1)
        text = made.text
    try:
        write_skeleton(plik, text)
    except FileExistsError:
        click.echo(f"{plik}: plik już istnieje – nie nadpisuję go. Podaj inną nazwę.", err=True)
        sys.exit(1)
    except OSError as exc:
        click.echo(f"{plik}: nie można zapisać pliku ({exc.strerror}).", err=True)
        sys.exit(1)
    if poprzednia is None:
        click.echo(f"Utworzono wzór sprawy: {plik}")
        click.echo(f"Uzupełnij pola oznaczone „UZUPEŁNIJ”, a potem sprawdź plik: pismo sprawdz {plik}")
        return
    from pismo.polish import period_numeric

    click.echo(f"Utworzono plan na nowy okres ({period_numeric(*made.new, suffix='r.')}): {plik}")
    click.echo(f"Daty przesunięto o {made.shift.describe()}; usunięto realizację, protokoły spotkań i znaki pism.")
    for note in made.notes:
        if "usunięto" not in note:
            click.echo(f"  – {note}")
    click.echo(f"Sprawdź daty i treść planu, a potem: pismo sprawdz {plik}")


def _generating(func):
    """Options shared by every command that writes documents."""
    options = [
        click.option("-o", "--wyjscie", "wyjscie", type=click.Path(path_type=Path), default=Path("pisma"),
                     show_default=True, help="Folder wyjściowy; każda sprawa trafia do podfolderu nazwanego jak jej plik."),
        click.option("--szablony", type=click.Path(path_type=Path), default=None,
                     help="Folder z własnymi szablonami (.docx); brakujące bierze się z wbudowanych."),
        click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki."),
        click.option("--pdf", "pdf", is_flag=True, help="Zapisz też PDF obok każdego dokumentu (przez LibreOffice)."),
        click.option("--soffice", default=None, metavar="ŚCIEŻKA",
                     help="Program LibreOffice (soffice), jeśli nie ma go w PATH; także zmienna PISMO_SOFFICE."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _run(sprawy, kinds, wyjscie, szablony, nadpisz, pdf=False, soffice=None, manifest=False, jobs=1,
         on_written=None) -> None:
    """Generate documents for each case; report in Polish; exit 1 if any case failed."""
    import time

    from pismo.batch import Job, folder_clashes, run_cases
    from pismo.output import OutputError, check_folder

    if szablony is not None and not Path(szablony).is_dir():
        click.echo(f"błąd: {szablony}: folder szablonów nie istnieje", err=True)
        sys.exit(1)
    try:
        check_folder(Path(wyjscie))
    except OutputError as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    clashes = folder_clashes(list(sprawy))
    if clashes:
        for message in clashes:
            click.echo(f"błąd: {message}", err=True)
        click.echo("Nie utworzono żadnych dokumentów.", err=True)
        sys.exit(1)
    started = time.monotonic()
    job = Job(kinds, Path(wyjscie), szablony, nadpisz, manifest)
    show_bar = len(sprawy) > 1 and sys.stderr.isatty()
    with click.progressbar(length=len(sprawy), label="Sprawy", file=sys.stderr,
                           hidden=not show_bar) as bar:
        try:
            results = run_cases(list(sprawy), job, jobs, on_done=lambda result: bar.update(1))
        except KeyboardInterrupt as exc:
            done = getattr(exc, "results", [])
            _print_results(done, quiet=True)
            click.echo(f"\nPrzerwano. Ukończone sprawy: {sum(r.ok for r in done)} z {len(sprawy)}; "
                       "ich dokumenty są kompletne, pozostałych nie utworzono.", err=True)
            sys.exit(130)
    _print_results(results, quiet=show_bar)
    if on_written:
        on_written([path for r in results for path in r.written])
    pdfs, pdf_code = _pdfs(results, soffice, nadpisz, jobs) if pdf else ([], 0)
    if len(sprawy) > 1:
        failed = [r for r in results if not r.ok]
        documents = sum(1 for r in results for path in r.written if path.suffix != ".json")
        click.echo(f"Podsumowanie: sprawy {len(results)} (z błędami: {len(failed)}), dokumenty {documents}, "
                   f"PDF {len(pdfs)}, czas {time.monotonic() - started:.1f} s".replace(".", ",") + ".")
        for r in failed:
            click.echo(f"  nieudana: {r.path}", err=True)
    sys.exit(1 if not all(r.ok for r in results) else pdf_code)


def _pdfs(results, soffice, overwrite, jobs=1) -> tuple[list[Path], int]:
    """PDFs of every written document, by up to `jobs` LibreOffice processes; (PDFs, exit code)."""
    from pismo.pdf import PdfError, PdfUnavailable, convert, find_soffice

    documents = [path for r in results for path in r.written if path.suffix == ".docx"]
    if not documents:
        return [], 0
    try:
        written = convert(documents, find_soffice(soffice), overwrite=overwrite, jobs=jobs)
    except KeyboardInterrupt:
        click.echo("\nPrzerwano tworzenie PDF. Dokumenty .docx są kompletne; LibreOffice zatrzymano, "
                   "pliki PDF zapisane przed przerwaniem są kompletne, pozostałych nie utworzono.", err=True)
        sys.exit(130)
    except PdfUnavailable as exc:
        click.echo(f"Dokumenty .docx zapisano, ale nie utworzono PDF: {exc}", err=True)
        return [], 3
    except PdfError as exc:
        click.echo(f"Dokumenty .docx zapisano, ale PDF: {exc}", err=True)
        return exc.written, 1
    click.echo(f"Zapisano pliki PDF ({len(written)}).")
    return written, 0


def _print_results(results, quiet: bool = False) -> None:
    for r in results:
        for line in r.warnings + r.problems:
            click.echo(line, err=True)
        if not r.ok:
            click.echo(f"{r.path}: nie utworzono dokumentów.", err=True)
        elif not r.written:
            click.echo(f"{r.path}: sprawa nie zawiera dokumentów tego rodzaju – nie zapisano żadnego pliku.")
        elif not quiet:
            click.echo(f"{r.path}: zapisano pliki ({len(r.written)}):")
            for target in r.written:
                click.echo(f"  {target}")
        else:
            click.echo(f"{r.path}: zapisano pliki ({len(r.written)}) w {r.written[0].parent}")


_CASE = click.argument("sprawa", type=click.Path(path_type=Path), metavar="SPRAWA.yaml")


_PUBLIC = click.option(
    "--publikacja", is_flag=True,
    help="Wersja do publikacji na stronie internetowej jednostki i stronach partnerów, w osobnym pliku "
         "z końcówką „-publikacja”: bez numerów telefonów, adresów e-mail, numerów PESEL, adresów profili "
         "i imion i nazwisk osób prywatnych podanych w polach osób sprawy (w każdej odmianie) oraz par "
         "„popularne imię + nazwisko” w tekście (stopnie i nazwiska policjantów pozostają). Nie usuwa nazwisk "
         "podanych w tekście bez imienia, zdrobnień, numerów rejestracyjnych ani adresów zamieszkania – "
         "przed publikacją przeczytaj ją.")


def _public_reminder(written) -> None:
    """After a public version is written: what was removed, and that it must be read."""
    from pismo.publication import document_counts, reminder

    for path in written:
        if path.suffix == ".docx":
            click.echo(reminder(document_counts(path)))


def _single_kind_command(name: str, kind: str, help_text: str, public: bool = False) -> None:
    def command(sprawa, wyjscie, szablony, nadpisz, pdf, soffice, publikacja=False) -> None:
        from pismo.documents import public_kind

        _run([sprawa], [public_kind(kind) if publikacja else kind], wyjscie, szablony, nadpisz, pdf, soffice,
             on_written=_public_reminder if publikacja else None)

    if public:
        command = _PUBLIC(command)
    main.command(name, context_settings=CONTEXT, help=help_text)(_CASE(_generating(command)))


for _name, _kind, _help, _public in (
    ("plan", "plan", "Plan działania priorytetowego do zatwierdzenia.", True),
    ("wniosek", "wniosek", "Wnioski (pisma) do instytucji – po jednym na każdy wniosek ze sprawy.", False),
    ("zaproszenia", "zaproszenia",
     "Zaproszenia na spotkania (po jednym dla każdego zaproszonego) i pliki kalendarza .ics.", False),
    ("informacja", "informacja", "Informacja dotycząca realizacji planu (z oceną realizacji, jeśli sprawa ją zawiera).",
     True),
):
    _single_kind_command(_name, _kind, _help, _public)


@main.command("protokol", context_settings=CONTEXT)
@_CASE
@_generating
@click.option("--pusty", is_flag=True, help="Pusty formularz protokołu i listy obecności do wypełnienia odręcznego.")
def protokol(sprawa, wyjscie, szablony, nadpisz, pdf, soffice, pusty) -> None:
    """Protokoły spotkań z listami obecności (albo pusty formularz: --pusty)."""
    _run([sprawa], ["protokol-pusty" if pusty else "protokol"], wyjscie, szablony, nadpisz, pdf, soffice)


@main.command("wszystko", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="SPRAWA.yaml…")
@_generating
@click.option("-j", "--jobs", "jobs", type=click.IntRange(min=1), default=None,
              help="Liczba spraw przetwarzanych równolegle (domyślnie: liczba procesorów).")
def wszystko(sprawy, wyjscie, szablony, nadpisz, pdf, soffice, jobs) -> None:
    """Wszystkie dokumenty każdej sprawy wraz z wykazem manifest.json."""
    from pismo.batch import default_jobs
    from pismo.documents import KINDS

    _run(sprawy, list(KINDS), wyjscie, szablony, nadpisz, pdf, soffice, manifest=True, jobs=jobs or default_jobs())


from pismo.cli_szablony import szablony  # noqa: E402

main.add_command(szablony)

from pismo.cli_pdf import pdf as _pdf; main.add_command(_pdf)  # noqa: E402, E702
from pismo.cli_import import importuj as _import; main.add_command(_import)  # noqa: E402, E702
from pismo.cli_terminy import terminy as _terminy; main.add_command(_terminy)  # noqa: E402, E702

if __name__ == "__main__":  # pragma: no cover
    main()
