"""`pismo pdf`: PDF copies of .docx documents through LibreOffice (thin click wrapper)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pismo.click_pl import CONTEXT


@click.command("pdf", context_settings=CONTEXT)
@click.argument("pliki", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PLIK.docx…")
@click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki PDF.")
@click.option("--soffice", metavar="ŚCIEŻKA", default=None,
              help="Program LibreOffice (soffice); domyślnie zmienna PISMO_SOFFICE albo soffice z PATH.")
def pdf(pliki: tuple[Path, ...], nadpisz: bool, soffice: str | None) -> None:
    """Zamień pisma Word (.docx) na PDF za pomocą LibreOffice; każdy PDF trafia obok swojego pliku .docx."""
    from pismo.pdf import PdfError, PdfUnavailable, check_inputs, convert, find_soffice

    try:
        check_inputs(list(pliki), nadpisz)
        program = find_soffice(soffice)
    except PdfError as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    except PdfUnavailable as exc:
        click.echo(str(exc), err=True)
        sys.exit(3)
    try:
        written = convert(list(pliki), program, overwrite=nadpisz)
    except PdfError as exc:
        click.echo(f"błąd: {exc}", err=True)
        sys.exit(1)
    click.echo(f"Zapisano pliki PDF ({len(written)}):")
    for path in written:
        click.echo(f"  {path}")
