"""`pismo import`: a case file from a plan already written (Word or web text) – thin click wrapper."""

from __future__ import annotations

from pathlib import Path

import click

from pismo.cli.click_pl import CONTEXT, OUTPUT_FILE, PATH, as_folder


def _echo(text: str, err: bool = False) -> None:
    """click.echo for messages that name files: a name that is not UTF-8 must not crash the output."""
    from pismo.importer import printable

    click.echo(printable(text), err=err)


def _target(source: Path, wyjscie: Path | None) -> Path:
    if wyjscie is None:
        return source.with_suffix(".yaml")
    if wyjscie.is_dir() or as_folder("wyjscie"):  # „-o nowy-folder/”: a folder not made yet, no case file's name
        return wyjscie / f"{source.stem}.yaml"
    return wyjscie


@click.command("import", context_settings=CONTEXT)
@click.argument("plik", type=PATH, metavar="PLIK.txt|PLIK.docx")
@click.option("-o", "--wyjscie", "wyjscie", type=OUTPUT_FILE, default=None, metavar="SPRAWA.yaml",
              help="Plik sprawy do zapisania (albo folder). Domyślnie: nazwa pliku wejściowego z rozszerzeniem "
                   ".yaml, w tym samym folderze. Kilka planów w jednym pliku: każdy w osobnym pliku sprawy "
                   "obok, z numerem rejonu w nazwie (SPRAWA-rejon-5.yaml).")
@click.option("--nadpisz", is_flag=True, help="Zastąp istniejące pliki sprawy.")
def importuj(plik: Path, wyjscie: Path | None, nadpisz: bool) -> None:
    """Utwórz plik sprawy z gotowego planu: dokumentu Word (.docx) albo tekstu ze strony jednostki (.txt).

    Rozpoznaje tytuł, rejon, jednostkę, okres i pięć części planu (działania z terminami,
    podmioty współpracujące). Pomija menu i stopki wklejonej strony internetowej. Strona
    z kilkoma planami daje osobny plik sprawy dla każdego planu. Miejsca
    niepewne oznacza w pliku komentarzem „# DO SPRAWDZENIA”, a dane, których tekst nie podaje
    (osoby, adresy, nagłówek pisma), słowem „UZUPEŁNIJ”.
    """
    from pismo import api

    written = api.import_plan(plik, _target(plik, wyjscie), nadpisz)  # a PismoError is printed by the group
    for warning in dict.fromkeys(w for _path, result in written for w in result.plan.warnings):
        _echo(f"ostrzeżenie: {plik}: {warning}", err=True)
    if len(written) == 1:
        [(target, result)] = written
        _echo(summary(result, plik, target))
    else:
        _echo(several(written, plik))
    for target, _result in written:
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


def several(written: list, source: Path) -> str:
    """Which file holds which plan of a page with several, and what is left to do in each."""
    from pismo import polish

    lines = [f"Plik {source} zawiera {polish.count(len(written), 'plan', 'plany', 'planów')} – zapisano każdy "
             "w osobnym pliku sprawy:"]
    for target, result in written:
        lines.append(f"  {target}: {whose(result.plan)}; do sprawdzenia: "
                     f"{polish.count(result.to_check, 'miejsce', 'miejsca', 'miejsc')}, do uzupełnienia: "
                     f"{polish.count(result.to_fill, 'pole', 'pola', 'pól')}.")
    paths = [str(target) for target, _result in written]
    if len(paths) > 10:  # a command line that long helps nobody
        lines.append(f"Następny krok: pismo sprawdz PLIK.yaml – dla każdego z {len(paths)} plików "
                     f"({paths[0]} … {paths[-1]})")
    else:
        lines.append("Następny krok: pismo sprawdz " + " ".join(map(polish.as_typed, paths)))
    return "\n".join(lines)


def whose(plan) -> str:
    """"rejon służbowy nr 5, st. sierż. Jan Kowalski, od 1.03.2026 r. do 31.08.2026 r." – what tells a plan apart."""
    from pismo import polish

    parts = [district_words(plan)]
    officers = plan.officers if len(plan.officers) > 1 else [plan.officer] if plan.officer else []
    parts += [_named(officer) for officer in officers]
    if plan.period:
        parts.append(polish.period_numeric(plan.period[0], plan.period[1], "r."))
    return ", ".join(parts)


def _named(officer) -> str:
    return " ".join(filter(None, (officer.stopien, officer.imie_nazwisko)))


def district_words(plan) -> str:
    """"rejon służbowy nr 5", "rejony służbowe nr 5 i 6", "teren gminy Dębina" – as the text gives them."""
    if plan.districts:
        return f"rejony służbowe nr {', '.join(plan.districts[:-1])} i {plan.districts[-1]}"
    if plan.district:
        return f"rejon służbowy nr {plan.district}"
    return f"bez numeru rejonu, teren {plan.area}" if plan.area else "rejon nierozpoznany"


def summary(result, source: Path, target: Path) -> str:
    """What was recognised and what is left to do, in a few Polish lines."""
    from pismo import polish
    from pismo.importer.writer import written_actions, written_partners, written_ways

    p = result.plan
    period = (polish.period_numeric(p.period[0], p.period[1], "r.") if p.period else "nie rozpoznano")
    found = ", ".join(str(n) for n in sorted(p.found)) or "brak"
    lines = [
        f"Zapisano plik sprawy: {target} (z pliku {source}).",
        f"  {district_words(p)[:1].upper()}{district_words(p)[1:]}; okres: {period}"
        + ("" if period.endswith(".") else "."),
        f"  Jednostka: {p.unit.mianownik if p.unit else 'nie rozpoznano'}"
        + (f"; dzielnicowi: {', '.join(_named(o) for o in p.officers)}" if len(p.officers) > 1 else
           f"; dzielnicowy: {_named(p.officer)}" + (" (w dopełniaczu – wpisz w mianowniku)" if p.officer.dopelniacz
                                                     else "") if p.officer else "")
        + ".",
        f"  Części planu w tekście: {found} z 5. Działania: {len(written_actions(p))}, "
        f"partnerzy: {len(written_partners(p))}, "
        f"sposoby informowania: {len(written_ways(p))}.",
    ]
    if p.ignored:
        lines.append(f"  Pominięto wiersze spoza planu (menu i stopka strony, wstęp): {len(p.ignored)} "
                     "– są wypisane na początku pliku sprawy.")
    if p.header_rows:
        lines.append(f"  Pominięto wiersze nagłówków tabel (nazwy kolumn): {len(p.header_rows)} – są wypisane na "
                     "początku pliku sprawy.")
    checks = polish.count(result.to_check, "miejsce", "miejsca", "miejsc")
    lines.append(f"  Do sprawdzenia: {checks} („# DO SPRAWDZENIA”); "
                 f"do uzupełnienia: {polish.count(result.to_fill, 'pole', 'pola', 'pól')} („UZUPEŁNIJ”).")
    lines.append(f"Następny krok: pismo sprawdz {polish.as_typed(target)}")
    return "\n".join(lines)
