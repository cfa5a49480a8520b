"""`pismo szablony`: variables, list, check and export the Word templates (thin click wrappers over pismo.api)."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import click

from pismo import api, errors, polish
from pismo.cli.click_pl import CONTEXT, OUTPUT, PATH, WORD, PolishGroup

@click.group("szablony", cls=PolishGroup, context_settings=CONTEXT)
def szablony() -> None:
    """Szablony pism (.docx): zmienne z opisem, sprawdzenie i kopia do własnych zmian."""


@szablony.command("lista", context_settings=CONTEXT)
def lista() -> None:
    """Pokaż wbudowane szablony i zmienne, których używa każdy z nich."""
    from pismo.render.engine import BUILTIN_DIR, TemplateError
    from pismo.documents.kinds import REGISTRY
    from pismo.documents.lint import variables_of

    files = api.builtin_templates()
    failed = False
    click.echo(f"Szablony wbudowane ({BUILTIN_DIR}):")
    for path in files:
        spec = REGISTRY.templates().get(path.name)
        title = spec.title if spec else None
        click.echo("")
        click.echo(f"{path.name}" + (f" – {title}" if title else ""))
        try:
            parts = variables_of(path)
        except TemplateError as exc:
            failed = True
            click.echo(f"  błąd: {exc}")
            continue
        for part, names in parts.items():
            listing = ", ".join(sorted(names)) if names else "(bez zmiennych)"
            click.echo(textwrap.fill(listing, width=96, initial_indent=f"  {part}: ",
                                     subsequent_indent=" " * (len(part) + 4), break_on_hyphens=False))
    sys.exit(1 if failed else 0)


@szablony.command("sprawdz", context_settings=CONTEXT)
@click.argument("katalog", required=False, type=PATH, metavar="[KATALOG]")
def sprawdz(katalog: Path | None) -> None:
    """Sprawdź szablony w KATALOGU (domyślnie wbudowane): składnię, zmienne, znaczniki i numerację stron."""
    checked = api.check_templates(katalog)
    for finding in checked.findings:
        click.echo(str(finding), err=finding.error)
    if checked.errors:
        bad = len({f.file for f in checked.errors})
        click.echo(f"Błędy: {len(checked.errors)}; szablony z błędami: {bad} (sprawdzono: {checked.count}). "
                   "Popraw je i sprawdź ponownie.", err=True)
        sys.exit(errors.FAILED)
    from pismo.polish import count

    n = checked.count  # „w templates”: pismo's own folder by its English name; „w wzory”: a bare name (rev-sys11 #9)
    what = count(n, "szablon wbudowany", "szablony wbudowane", "szablonów wbudowanych") if katalog is None else \
        f"{_templates(n)} w folderze {katalog}"
    click.echo(f"OK: sprawdzono {what} – bez błędów.")


def _templates(n: int) -> str:
    """'sprawdzono 1 szablon / 2 szablony / 5 szablonów'."""
    from pismo.polish import count

    return count(n, "szablon", "szablony", "szablonów")


@szablony.command("zmienne", context_settings=CONTEXT)
@click.argument("rodzaj", required=False, type=WORD, metavar="[RODZAJ]")
def zmienne(rodzaj: str | None) -> None:
    """Pokaż zmienne, których może używać szablon: opis i przykład (RODZAJ: np. plan, wniosek, protokol)."""
    templates = api.template_variables(rodzaj)
    click.echo("Zmienna w tekście szablonu: {{ nazwa }}; lista – w pętli {%p for x in lista %}…{%p endfor %}, "
               "jej elementy jako x.pole (nazwa[].pole).")
    for template in templates:
        command = f", polecenie: pismo {template.command}" if template.command else ""
        click.echo(f"\n{template.file} – {template.title} (dokument: {template.kind}{command})")
        for v in template.variables:
            line = f"{v.name} – {v.description} [{v.kind}]" + (f"; np. {v.example}" if v.example else "")
            click.echo(textwrap.fill(line, width=100, initial_indent="  ", subsequent_indent="      ",
                                     break_on_hyphens=False))


@szablony.command("eksport", context_settings=CONTEXT)
@click.argument("katalog", type=OUTPUT, metavar="KATALOG")
def eksport(katalog: Path) -> None:
    """Skopiuj wbudowane szablony do KATALOGU, aby dostosować je dla jednostki (nic nie nadpisuje)."""
    written = api.export_templates(katalog)
    click.echo(f"Skopiowano szablony ({len(written)}) do {katalog}:")
    for target in written:
        click.echo(f"  {target.name}")
    click.echo(f"Po zmianach w Wordzie sprawdź je: pismo szablony sprawdz {polish.as_typed(katalog)}")
    click.echo(f"Użycie przy tworzeniu pism: pismo wszystko SPRAWA.yaml --szablony {polish.as_typed(katalog)}")
