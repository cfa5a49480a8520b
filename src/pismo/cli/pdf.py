"""`pismo pdf`: PDF copies of .docx documents through LibreOffice (thin click wrapper over pismo.api)."""

from __future__ import annotations

from pathlib import Path

import click

from pismo import api, errors
from pismo.cli import console
from pismo.cli.click_pl import CONTEXT, PATH, PROGRAM, PROGRAM_HELP, seconds
from pismo.files.pdf import MAX_TIME


@click.command("pdf", context_settings=CONTEXT)
@click.argument("pliki", nargs=-1, required=True, type=PATH, metavar="PLIK.docx|FOLDER…")
@click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki PDF.")
@click.option("--soffice", metavar="ŚCIEŻKA", default=None, type=PROGRAM,
              help=PROGRAM_HELP)
@click.option("-j", "--jobs", "jobs", type=click.IntRange(1, 16), default=None, metavar="LICZBA",
              help="Liczba procesów LibreOffice pracujących równolegle (domyślnie: liczba procesorów, najwyżej 4).")
@click.option("--czas", type=seconds(10, MAX_TIME), default=None, metavar="SEKUNDY",
              help="Ile sekund czekać na LibreOffice przy jednym dokumencie, zanim pismo go zatrzyma (domyślnie "
                   "od 20 do 300 s, zależnie od wielkości dokumentu); dla bardzo długiego dokumentu podaj więcej, "
                   "np. --czas 600.")
def pdf(pliki: tuple[Path, ...], nadpisz: bool, soffice: str | None, jobs: int | None, czas: int | None) -> None:
    """Zamień pisma Word (.docx) na PDF za pomocą LibreOffice; każdy PDF trafia obok swojego pliku .docx.

    Zamiast plików można podać folder: zamienione zostaną wszystkie pliki .docx w nim i w jego podfolderach.
    """
    from pismo.cli.main import _print_pdfs

    try:
        written = api.convert_pdfs(list(pliki), soffice, nadpisz, jobs or api.pdf_jobs(), czas)
    except errors.PdfFailed as exc:  # the PDFs that were made are listed before the error
        _print_pdfs(exc.written)
        _print_notes(_notes(exc.written, pliki, nadpisz))
        raise
    console.done()
    _print_pdfs(written)
    _print_notes(_notes(written, pliki, nadpisz))


def _notes(written: list[Path], given, overwrite: bool) -> list[str]:
    """What the officer should know of the PDFs made (and kept), and of the older ones beside them."""
    return (api.kept_pdf_notes(list(given), written, overwrite) + api.revised_pdf_notes(written)
            + api.open_document_pdf_notes(written)
            + api.stale_public_pdf_notes(written) + api.removed_document_pdf_notes(written)
            + api.older_pdf_notes(written))


def _print_notes(notes: list[str]) -> None:
    for note in notes:
        click.echo(note, err=True)
