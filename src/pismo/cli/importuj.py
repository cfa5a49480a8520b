"""`pismo import`: a case file from a plan already written (Word or web text) – thin click wrapper."""

from __future__ import annotations

from pathlib import Path

import click

from pismo.cli.click_pl import CONTEXT


def _echo(text: str, err: bool = False) -> None:
    """click.echo for messages that name files: a name that is not UTF-8 must not crash the output."""
    from pismo.importer import printable

    click.echo(printable(text), err=err)


def _target(source: Path, wyjscie: Path | None) -> Path:
    if wyjscie is None:
        return source.with_suffix(".yaml")
    if wyjscie.is_dir():
        return wyjscie / f"{source.stem}.yaml"
    return wyjscie


@click.command("import", context_settings=CONTEXT)
@click.argument("plik", type=click.Path(path_type=Path), metavar="PLIK.txt|PLIK.docx")
@click.option("-o", "--wyjscie", "wyjscie", type=click.Path(path_type=Path), default=None, metavar="SPRAWA.yaml",
              help="Plik sprawy do zapisania (albo folder). Domyślnie: nazwa pliku wejściowego z rozszerzeniem "
                   ".yaml, w tym samym folderze.")
@click.option("--nadpisz", is_flag=True, help="Zastąp istniejący plik sprawy.")
def importuj(plik: Path, wyjscie: Path | None, nadpisz: bool) -> None:
    """Utwórz plik sprawy z gotowego planu: dokumentu Word (.docx) albo tekstu ze strony jednostki (.txt).

    Rozpoznaje tytuł, rejon, jednostkę, okres i pięć części planu (działania z terminami,
    podmioty współpracujące). Pomija menu i stopki wklejonej strony internetowej. Miejsca
    niepewne oznacza w pliku komentarzem „# DO SPRAWDZENIA”, a dane, których tekst nie podaje
    (osoby, adresy, nagłówek pisma), słowem „UZUPEŁNIJ”.
    """
    from pismo import api

    target = _target(plik, wyjscie)
    result = api.import_plan(plik, target, nadpisz)  # a PismoError is printed by the group, with its exit code
    for warning in result.plan.warnings:
        _echo(f"ostrzeżenie: {plik}: {warning}", err=True)
    _echo(summary(result, plik, target))
    _loads(target)


def _loads(target: Path) -> None:
    """Say plainly when the case needs fixing before pismo can use it (e.g. no period in the text)."""
    from pismo import api
    from pismo.errors import CaseError

    try:
        api.load(target)
    except CaseError as exc:
        errors = [p for p in exc.problems if not p.warning]
        _echo(f"Uwaga: zanim pismo użyje tego pliku, popraw w nim błędy ({len(errors)}):", err=True)
        for problem in errors[:10]:
            _echo(f"  {problem}", err=True)


def summary(result, source: Path, target: Path) -> str:
    """What was recognised and what is left to do, in a few Polish lines."""
    from pismo import polish

    p = result.plan
    period = (polish.period_numeric(p.period[0], p.period[1], "r.") if p.period else "nie rozpoznano")
    found = ", ".join(str(n) for n in sorted(p.found)) or "brak"
    lines = [
        f"Zapisano plik sprawy: {target} (z pliku {source}).",
        f"  Rejon służbowy: {('nr ' + p.district) if p.district else 'nie rozpoznano'}; okres: {period}"
        + ("" if period.endswith(".") else "."),
        f"  Jednostka: {p.unit.mianownik if p.unit else 'nie rozpoznano'}"
        + (f"; dzielnicowy: {' '.join(filter(None, (p.officer.stopien, p.officer.imie_nazwisko)))}"
           + (" (w dopełniaczu – wpisz w mianowniku)" if p.officer.dopelniacz else "") if p.officer else "")
        + ".",
        f"  Części planu w tekście: {found} z 5. Działania: {len(p.actions)}, partnerzy: {len(p.partners)}, "
        f"sposoby informowania: {len(p.informing)}.",
    ]
    if p.ignored:
        lines.append(f"  Pominięto wiersze spoza planu (menu i stopka strony, wstęp): {len(p.ignored)} "
                     "– są wypisane na początku pliku sprawy.")
    checks = polish.count(result.to_check, "miejsce", "miejsca", "miejsc")
    lines.append(f"  Do sprawdzenia: {checks} („# DO SPRAWDZENIA”); "
                 f"do uzupełnienia: {polish.count(result.to_fill, 'pole', 'pola', 'pól')} („UZUPEŁNIJ”).")
    lines.append(f"Następny krok: pismo sprawdz {target}")
    return "\n".join(lines)
