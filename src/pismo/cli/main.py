"""The `pismo` command: thin click wrappers over pismo.api; the only place that prints and exits.

Every failure arrives as a pismo.errors.PismoError and is turned into output
and an exit code in one place (PismoGroup.invoke); the codes are listed in
README.md, "Kody wyjścia".
"""

from __future__ import annotations

import io
import os
import signal
import sys
import threading
import time
from pathlib import Path

import click

from pismo import __version__, api, errors, polish
from pismo.cli import click_pl, console
from pismo.cli.click_pl import CONTEXT, OUTPUT, OUTPUT_FILE, PATH, PolishGroup
from pismo.errors import PismoError
from pismo.files.output import Committed
from pismo.documents.kinds import PUBLIC_SUFFIX

click_pl.install()


class PismoGroup(PolishGroup):
    """The top group: a PismoError from any command becomes its lines on stderr and its exit code."""

    def main(self, *args, **kwargs):
        with console.shown_streams():  # names and text from outside never reach the terminal raw
            return super().main(*args, **kwargs)

    def invoke(self, ctx):
        gone = errors.gone_folder_warning()
        if gone is not None:  # relative paths and the default output folder cannot work: said before anything fails
            click.echo(f"Uwaga: {gone}.", err=True)
        encoding = console.locale_warning()
        if encoding is not None:  # said once a run, before any name or message shows without its letters
            click.echo(f"Uwaga: {encoding}.", err=True)
        too_low = errors.memory_too_low()
        if too_low is not None:
            _fail(too_low)
            sys.exit(too_low.exit_code)
        try:
            console.resume_interrupt()
            return super().invoke(ctx)
        except errors.Interrupted as exc:
            console.ignore_interrupt()
            _print_results(exc.results, quiet=True)
            _print_pdfs(exc.pdfs, " przed przerwaniem")
            click.echo(f"\n{exc.message}", err=True)
            sys.exit(exc.exit_code)
        except Committed as done:  # Ctrl+C held back while nowa, import… put files in place: they all were
            console.ignore_interrupt()
            _print_committed(done.written)
            console.interrupted()
        except KeyboardInterrupt:  # any command: 130, never click's Abort (exit 1)
            console.interrupted()
        except PismoError as exc:
            _fail(exc)
            sys.exit(exc.exit_code)
        except OSError as exc:  # a path the system refuses where no check foresaw it: said in Polish, located
            failure = errors.from_os_error(exc)
            _fail(failure)
            sys.exit(failure.exit_code)
        except Exception as exc:  # a bug (MemoryError, RecursionError too): one Polish line, never a traceback
            if console.was_interrupted(exc):  # Ctrl+C wrapped by a library (loading the case model): 130
                console.interrupted()
            if isinstance(exc, (click.ClickException, click.exceptions.Exit, click.Abort)) \
                    or os.environ.get("PISMO_DEBUG"):  # click's own (usage, --help), or for pismo's authors
                raise
            failure = errors.unexpected(exc, "polecenia nie dokończono")
            _fail(failure)
            sys.exit(failure.exit_code)


def _print_pdfs(written: list[Path], when: str = "") -> None:
    """The PDFs written, one a line (`pismo pdf`, and after Ctrl+C in any command's PDF step)."""
    if written:
        click.echo(f"Zapisano pliki PDF ({len(written)}){when}:")
        for path in written:
            click.echo(f"  {path}")


def _print_committed(written: list[Path]) -> None:
    """The files a command wrote whole before its Ctrl+C was taken: told nothing, the user re-ran it and was
    refused them as existing."""
    click.echo(f"Zapisano pliki ({len(written)}) przed przerwaniem; pozostałych kroków polecenia nie wykonano:",
               err=True)
    for path in written:
        click.echo(f"  {path}", err=True)


def _fail(exc: PismoError) -> None:
    text = console.names_shown(exc.message).rstrip("\n")  # line breaks only: <U+000B> etc. are shown, not obeyed
    lines = text.split("\n") if text else []  # each line one error; indented lines continue the one above – never
    # the first: a name's own leading space (" sprawa.yaml: plik już istnieje") printed it indented, without „błąd:”
    for line in exc.lines() if exc.problems else [line if at and line[:1].isspace() else f"błąd: {line}"
                                                  for at, line in enumerate(lines)]:
        click.echo(line, err=True)
    if exc.hint:
        click.echo(exc.hint, err=True)


@click.group(cls=PismoGroup, context_settings=CONTEXT)
@click.version_option(__version__, "--version", message="pismo %(version)s", help="Pokaż wersję i zakończ.")
def main() -> None:
    """pismo – dokumenty planu działania priorytetowego dzielnicowego.

    Z jednego pliku sprawy (YAML) tworzy pisma w formacie Word: plan do
    zatwierdzenia, wnioski, zaproszenia, protokoły z listami obecności
    i informację o realizacji planu.

    Kolejność pracy: nowa (albo import) → sprawdz → plan, wniosek, … albo
    wszystko → pdf.
    """
    api.tell_when_waiting(_tell)
    _stop_on_termination()


MAX_JOBS = 32  # worker processes; Windows allows at most 61, and each takes memory


def _stop_on_termination() -> None:
    """A closed terminal (SIGHUP) or a kill (SIGTERM) stops pismo as Ctrl+C does: its LibreOffice, in a
    process group of its own, is stopped too (left running, a hung one held its profile for good). A signal ignored
    by whoever started pismo (nohup, a background job) stays ignored (rev-sys13 #8)."""
    def interrupt(signum, frame):
        raise KeyboardInterrupt
    for name in errors.STOPPING[1:]:  # SIGINT: console's own handler
        number = getattr(signal, name, None)
        if number is not None and threading.current_thread() is threading.main_thread() \
                and signal.getsignal(number) != signal.SIG_IGN:
            signal.signal(number, interrupt)


def _tell(message: str) -> None:
    """A notice while the command goes on (e.g. waiting for another pismo): on stderr, as it happens."""
    click.echo(message, err=True)


# --- nowa, import, sprawdz -----------------------------------------------------------------------

@main.command("nowa", context_settings=CONTEXT)
@click.argument("plik", type=OUTPUT_FILE, metavar="PLIK.yaml")
@click.option("--z", "poprzednia", type=PATH, default=None, metavar="POPRZEDNIA.yaml",
              help="Nowy okres na podstawie poprzedniego planu: jednostka, osoby, partnerzy i adresaci zostają, "
                   "daty przesuwają się o długość okresu, realizacja, protokoły i znaki pism są usuwane.")
def nowa(plik: Path, poprzednia: Path | None) -> None:
    """Utwórz nowy plik sprawy: wzór z objaśnieniem każdego pola albo następny okres planu (--z)."""
    from pismo.files.output import ExistingFiles, OutputError, link_refused
    from pismo.case.skeleton import write_skeleton

    if plik.is_symlink():  # refused as any write refuses one, but for a file's name, not the output folder
        raise errors.OutputFailed(link_refused(plik, "podaj inną nazwę pliku"))
    if plik.is_dir():  # `pismo nowa C:\sprawy`: the new case was meant to go inside
        raise errors.OutputFailed(f"{plik}: to folder – podaj nazwę nowego pliku sprawy, np. "
                                  f"{plik / 'rejon-3-2026.yaml'}; nic nie zapisano")
    text = None
    if poprzednia is not None:
        from pismo.case.periods import PeriodError, next_period_file

        try:
            made = next_period_file(poprzednia)
        except errors.CaseError as exc:
            if not isinstance(exc, errors.CaseUnreadable):  # a file that cannot be read has nothing to correct
                exc.hint = f"{poprzednia}: popraw błędy poprzedniego planu i spróbuj ponownie."
            raise
        except PeriodError as exc:
            raise errors.InputFailed(f"{poprzednia}: {exc}") from None
        text = made.text
    try:
        write_skeleton(plik, text, poprzednia)
    except Committed:  # Ctrl+C held back as the file took its name: it is complete, and nowa has no other step
        pass
    except ExistingFiles:
        raise errors.OutputFailed(f"{plik}: plik już istnieje – nie nadpisuję go. Podaj inną nazwę.") from None
    except OutputError as exc:
        raise errors.OutputFailed(str(exc)) from None
    console.done()  # the file is written: Ctrl+C now would end its full message with 130 and no word
    if poprzednia is None:
        click.echo(f"Utworzono wzór sprawy: {plik}")
        click.echo(f"Uzupełnij pola oznaczone „UZUPEŁNIJ”, a potem sprawdź plik: pismo sprawdz {polish.as_typed(plik)}")
        return
    from pismo.polish import period_numeric

    click.echo(f"Utworzono plan na nowy okres ({period_numeric(*made.new, suffix='r.')}): {plik}")
    click.echo(f"Daty przesunięto o {made.shift.describe()}; usunięto realizację, protokoły spotkań i znaki pism.")
    for note in made.notes:
        if "usunięto" not in note:
            click.echo(f"  – {note}")
    click.echo(f"Sprawdź daty i treść planu, a potem: pismo sprawdz {polish.as_typed(plik)}")


from pismo.cli.importuj import importuj as _import  # noqa: E402

main.add_command(_import)


@main.command("odmien", context_settings=CONTEXT)
@click.argument("sprawa", type=PATH, metavar="SPRAWA.yaml")
def odmien(sprawa: Path) -> None:
    """Wpisz do pliku sprawy formy wzięte ze słownika (dopełniacz, miejscownik, płeć, powitanie), do sprawdzenia."""
    try:
        result = api.odmien(sprawa)
    except Committed as done:  # Ctrl+C as the file took its new text: the forms are in it, so they are listed
        console.ignore_interrupt()
        _said_forms(sprawa, done.result)
        console.interrupted()
    _said_forms(sprawa, result)


def _said_forms(sprawa: Path, result) -> None:
    """What odmien wrote into the case file, and what it could not."""
    from pismo.case.problems import dotted

    for problem in result.problems:
        click.echo(str(problem), err=True)
    if not result.forms:
        click.echo(f"{sprawa}: brak form do uzupełnienia – plik bez zmian.")
        return
    click.echo(f"{sprawa}: wpisano formy ze słownika ({len(result.forms)}), oznaczone komentarzem "
               "„# ze słownika – sprawdź”:")
    for form in result.forms:
        click.echo(f"  {dotted(form.loc)}: {form.shown}")
    click.echo("Sprawdź je w pliku (popraw, jeśli trzeba) i usuń komentarz.")

@main.command("sprawdz", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, required=True, type=PATH, metavar="SPRAWA.yaml…")
def sprawdz(sprawy: tuple[Path, ...]) -> None:
    """Sprawdź pliki spraw i pokaż, które dokumenty można z nich utworzyć.

    Kod wyjścia 0 – każdy dokument można utworzyć („poprawny”); 4 – plik jest
    poprawny, ale części dokumentów jeszcze nie („niekompletny”); 1 – błędy.
    """
    from pismo.case.problems import total
    from pismo.cli.summary import summarize

    codes = []
    for path in sprawy:
        report = api.check(path)
        for problem in report.problems:
            click.echo(str(problem), err=True)
        if report.unread:  # the reason is the file itself: nothing in it to correct
            click.echo(f"{path}: pliku nie sprawdzono.", err=True)
        elif not report.valid:
            click.echo(f"{path}: błędy: {total(report.errors)} – popraw je i uruchom sprawdzenie ponownie.", err=True)
        if not report.valid:
            codes.append(errors.FAILED)
            continue
        click.echo(summarize(report))
        codes.append(errors.OK if report.complete else errors.INCOMPLETE)
    sys.exit(errors.FAILED if errors.FAILED in codes else max(codes))


# --- the documents -------------------------------------------------------------------------------

def _generating(func):
    """Options shared by every command that writes documents."""
    options = [
        click.option("-o", "--wyjscie", "wyjscie", type=OUTPUT, default=api.DEFAULT_OUT,
                     show_default=True, metavar="FOLDER",
                     help="Folder wyjściowy; każda sprawa trafia do podfolderu nazwanego jak jej plik."),
        click.option("--szablony", type=PATH, default=None, metavar="FOLDER",
                     help="Folder z własnymi szablonami (.docx); brakujące bierze się z wbudowanych."),
        click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki."),
        click.option("--pdf", "pdf", is_flag=True, help="Zapisz też PDF obok każdego dokumentu (przez LibreOffice)."),
        click.option("--soffice", default=None, type=click_pl.PROGRAM, metavar="ŚCIEŻKA",
                     help=click_pl.PROGRAM_HELP),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _run(sprawy, kinds, wyjscie, szablony, nadpisz, pdf=False, soffice=None, public=False, jobs=1) -> None:
    """Generate documents for each case through the API; report in Polish; exit with the batch's code."""
    if soffice is not None and not pdf:  # named the program expecting a PDF: none was made, without a word
        raise click.UsageError("--soffice wskazuje program, który tworzy PDF, i działa tylko razem z --pdf – dodaj "
                               "--pdf, aby zapisać też PDF, albo pomiń --soffice")  # (rev-sys12 #19)
    started = time.monotonic()
    terminal = console.unshown(sys.stderr)  # the bar is pismo's own drawing, not text from outside
    show_bar = len(sprawy) > 1 and terminal is not None and terminal.isatty()
    with click.progressbar(length=len(sprawy), label="Sprawy", file=terminal if show_bar else io.StringIO(),
                           hidden=not show_bar) as bar:
        batch = api.generate_many(list(sprawy), kinds, Path(wyjscie), nadpisz, pdf, public, templates=szablony,
                                  soffice=soffice, jobs=jobs, on_done=lambda result: bar.update(1))
    console.done()
    for note in batch.notes:
        click.echo(note, err=True)
    _print_results(batch.results, quiet=show_bar)
    if batch.pdf_error is not None:
        _print_pdfs(batch.pdfs)  # those made before the failure: the message counts them only
        reason = ("nie utworzono PDF" if isinstance(batch.pdf_error, errors.PdfMissing)
                  else "tworzenie PDF się nie powiodło")  # „ale PDF: …” was no sentence
        click.echo(f"Dokumenty .docx zapisano, ale {reason}: {batch.pdf_error.message}", err=True)
        if batch.pdf_error.hint:
            click.echo(batch.pdf_error.hint, err=True)
    elif pdf and batch.pdfs:
        click.echo(f"Zapisano pliki PDF ({len(batch.pdfs)}).")
    if len(sprawy) > 1:
        failed = [r for r in batch.results if r.error is not None]
        documents = sum(len(r.documents) for r in batch.results)
        pdfs = f"PDF {len(batch.pdfs)}, " if pdf else ""  # without --pdf „PDF 0” read as the PDFs failing
        click.echo(f"Podsumowanie: sprawy {len(batch.results)} (z błędami: {len(failed)}), dokumenty {documents}, "
                   f"{pdfs}czas {time.monotonic() - started:.1f} s".replace(".", ",") + ".")
        for r in failed:
            click.echo(f"  nieudana: {r.source}", err=True)
    sys.exit(batch.exit_code)


def _print_results(results, quiet: bool = False) -> None:
    for r in results:
        for problem in r.warnings:
            click.echo(str(problem), err=True)
        if r.error is not None:
            for line in r.error.lines():
                click.echo(line if r.error.problems else f"{r.source}: {line}", err=True)
            click.echo(f"{r.source}: nie utworzono dokumentów.", err=True)
            continue
        _print_blocked(r)
        if r.blocked and not r.made_any:
            click.echo(f"{r.source}: nie utworzono dokumentów.", err=True)
        elif not r.files:
            click.echo(f"{r.source}: sprawa nie zawiera dokumentów tego rodzaju – nie zapisano żadnego pliku.")
        elif not quiet:
            click.echo(f"{r.source}: zapisano pliki ({len(r.files)}):")
            for written in r.files:
                click.echo(f"  {written.path}")
        else:
            click.echo(f"{r.source}: zapisano pliki ({len(r.files)}) w {r.files[0].path.parent}")
        for note in r.notes:
            click.echo(note)
    caveat = api.public_caveat(results)
    if caveat:
        click.echo(caveat)


BLOCKED_SHOWN = 20  # reasons printed for the kinds left out: a case of 26 000 holes printed 26 000 lines


def _print_blocked(r) -> None:
    """Why each kind left out is blocked (a problem blocking two kinds once, the first BLOCKED_SHOWN), then which
    kinds they are."""
    lines = list(dict.fromkeys(str(p) for problems in r.blocked.values() for p in problems))
    for line in lines[:BLOCKED_SHOWN]:
        click.echo(line, err=True)
    if len(lines) > BLOCKED_SHOWN:
        more = polish.count(len(lines) - BLOCKED_SHOWN, "powód", "powody", "powodów")
        click.echo(f"{r.source}: … i jeszcze {more} (wypisano pierwsze {BLOCKED_SHOWN}) – popraw je i uruchom "
                   "polecenie ponownie", err=True)
    if r.blocked and r.made_any:
        labels = api.labels()
        click.echo(f"{r.source}: niekompletna – nie utworzono: "
                   f"{', '.join(labels.get(kind, kind) for kind in r.blocked)} (przyczyny wypisano wyżej); "
                   "pozostałe dokumenty zapisano.", err=True)


_CASE = click.argument("sprawa", type=PATH, metavar="SPRAWA.yaml")

_PUBLIC = click.option(
    "--publikacja", is_flag=True,
    help="Zamiast wersji wewnętrznej (tę tworzy polecenie bez tej opcji) – wersja do publikacji na stronie "
         "internetowej jednostki i stronach partnerów, w osobnym pliku z końcówką „-publikacja”: bez telefonów, adresów e-mail, numerów PESEL, dowodów, kont i tablic "
         "rejestracyjnych, numerów mieszkań, adresów profili oraz imion i nazwisk osób prywatnych (z pól osób "
         "sprawy w każdej odmianie i rozpoznanych w tekście); stopnie i nazwiska policjantów pozostają. Nie "
         "usuwa m.in. nazwisk, których słownik nie zna, podanych bez imienia, ani danych w zdjęciach (pełna "
         "lista w README) – przed publikacją przeczytaj ją.")


def _kind_command(command: str, kinds: list) -> None:
    """One command per `command` of the registry: the kind without a flag, the others chosen by their flag."""
    plain = next(k for k in kinds if k.flag is None)
    flagged = {k.flag.lstrip("-"): k for k in kinds if k.flag is not None}

    def run(sprawa, wyjscie, szablony, nadpisz, pdf, soffice, **flags) -> None:
        chosen = next((k.name for flag, k in flagged.items() if flags.get(flag)), plain.name)
        if flags.get("publikacja"):  # the public version alone
            chosen += PUBLIC_SUFFIX
        _run([sprawa], [chosen], wyjscie, szablony, nadpisz, pdf, soffice)

    for flag, kind in flagged.items():
        run = click.option(kind.flag, flag, is_flag=True, help=kind.help)(run)
    if plain.public:
        run = _PUBLIC(run)
    main.command(command, context_settings=CONTEXT, help=plain.help)(_CASE(_generating(run)))


def _kind_commands() -> None:
    from pismo.documents.kinds import REGISTRY

    by_command: dict[str, list] = {}
    for kind in REGISTRY.main:
        if kind.command:
            by_command.setdefault(kind.command, []).append(kind)
    for command, kinds in by_command.items():
        _kind_command(command, kinds)


_kind_commands()


@main.command("wszystko", context_settings=CONTEXT)
@click.argument("sprawy", nargs=-1, required=True, type=PATH, metavar="SPRAWA.yaml…")
@_generating
@click.option("--publikacja", is_flag=True,
              help="Zapisz też wersje do publikacji (plan i informacja z końcówką „-publikacja”; zob. pismo plan --help).")
@click.option("-j", "--jobs", "jobs", type=click.IntRange(1, MAX_JOBS), default=None, metavar="LICZBA",
              help="Liczba spraw przetwarzanych równolegle (domyślnie: liczba procesorów, najwyżej 32). Pliki PDF "
                   "(--pdf) tworzy najwyżej tyle samo procesów LibreOffice, nie więcej jednak niż liczba procesorów i "
                   "niż 4 (każdy zajmuje ok. "
                   "200 MB pamięci; więcej: pismo pdf -j).")
def wszystko(sprawy, wyjscie, szablony, nadpisz, pdf, soffice, publikacja, jobs) -> None:
    """Wszystkie dokumenty każdej sprawy wraz z wykazem manifest.json.

    Dokument, którego nie da się jeszcze utworzyć (brak danych), jest pomijany
    i wypisany z brakującymi polami; pozostałe są zapisywane (kod wyjścia 4).
    """
    from pismo.documents.batch import default_jobs

    _run(sprawy, None, wyjscie, szablony, nadpisz, pdf, soffice, public=publikacja, jobs=jobs or min(default_jobs(), MAX_JOBS))


from pismo.cli.pdf import pdf as _pdf  # noqa: E402
from pismo.cli.szablony import szablony  # noqa: E402
from pismo.cli.serwer import serwer as _serwer  # noqa: E402
from pismo.cli.terminy import terminy as _terminy  # noqa: E402

main.add_command(_serwer)
main.add_command(_terminy)
main.add_command(_pdf)
main.add_command(szablony)

if __name__ == "__main__":  # pragma: no cover
    main()
