"""`pismo pdf`: PDF copies of .docx documents through LibreOffice (thin click wrapper)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pismo.click_pl import CONTEXT


def pdf_jobs() -> int:
    """Default LibreOffice processes at once: the processors, at most 4 (each takes ~200 MB of memory)."""
    import os

    return max(1, min(os.cpu_count() or 1, 4))


@click.command("pdf", context_settings=CONTEXT)
@click.argument("pliki", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PLIK.docx|FOLDER…")
@click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki PDF.")
@click.option("--soffice", metavar="ŚCIEŻKA", default=None,
              help="Program LibreOffice (soffice); domyślnie zmienna PISMO_SOFFICE albo soffice z PATH.")
@click.option("-j", "--jobs", "jobs", type=click.IntRange(min=1), default=None,
              help="Liczba procesów LibreOffice pracujących równolegle (domyślnie: liczba procesorów, najwyżej 4).")
def pdf(pliki: tuple[Path, ...], nadpisz: bool, soffice: str | None, jobs: int | None) -> None:
    """Zamień pisma Word (.docx) na PDF za pomocą LibreOffice; każdy PDF trafia obok swojego pliku .docx.

    Zamiast plików można podać folder: zamienione zostaną wszystkie pliki .docx w nim i w jego podfolderach.
    """
    from pismo.pdf import PdfError, PdfUnavailable, check_inputs, convert, find_soffice

    try:
        documents = check_inputs(list(pliki), nadpisz)
        program = find_soffice(soffice)
    except PdfError as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    except PdfUnavailable as exc:
        click.echo(str(exc), err=True)
        sys.exit(3)
    try:
        written = convert(documents, program, overwrite=nadpisz, jobs=jobs or pdf_jobs())
    except PdfError as exc:
        _list(exc.written)
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("\nPrzerwano. LibreOffice zatrzymano; pliki PDF zapisane wcześniej są kompletne, "
                   "pozostałych nie utworzono.", err=True)
        sys.exit(130)
    _list(written)


def _list(written: list[Path]) -> None:
    if written:
        click.echo(f"Zapisano pliki PDF ({len(written)}):")
        for path in written:
            click.echo(f"  {path}")
