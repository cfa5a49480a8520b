"""Pieces of document context shared by several documents.

A context is plain data for a template: strings already in Polish form (dates
in words, people with ranks), lists, booleans. The typography pass runs over
the finished context once, so every printed string gets it.
"""

from __future__ import annotations

from pismo import polish
from pismo.documents import targets
from pismo.case.holes import Undecided, is_hole, refuse_hole
from pismo.case.model import Adresat, Osoba, Partner, Pismo, Sprawa, Termin
from pismo.case.problems import MissingData
from pismo.documents.targets import number


def need(value, loc: tuple, message: str | None = None):
    """The value a document prints, or MissingData naming its field."""
    if value is None or value == [] or value == "":
        raise MissingData(loc, message)
    return value


def typeset(value):
    """Apply the typography pass to every string in a context; a field still reading UZUPEŁNIJ
    (pismo.case.holes) that reached the context would print: the document is blocked by its field."""
    refuse_hole(value)
    if isinstance(value, str):
        return polish.typography(value)
    if isinstance(value, dict):
        return {key: typeset(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [typeset(item) for item in value]
    return value


def female(osoba, loc: tuple) -> bool:
    """Whether a printed form is feminine; a gender neither typed nor known from the first name
    is refused at its field (never defaulted)."""
    refuse_hole(osoba.plec)
    from pismo.case.model import PLACEHOLDER

    unknown = ("najpierw wpisz imię i nazwisko (płeć pismo weźmie z imienia) albo wpisz plec: M lub K"
               if PLACEHOLDER in osoba.imie_nazwisko else
               f"nie wiadomo, czy „{osoba.imie_nazwisko}” to kobieta czy mężczyzna (słownik nie zna imienia) "
               "– wpisz plec: M albo K")
    plec = need(osoba.plec, loc + ("plec",), unknown)
    return plec == "K"


def female_flag(osoba, loc: tuple):
    """female() for a context value a template branches on: while plec reads UZUPEŁNIJ only a
    template that uses it is stopped (a document that never says „Sporządził(a)” is still made)."""
    return Undecided(osoba.plec) if is_hole(osoba.plec) else female(osoba, loc)


def person(osoba: Osoba, loc: tuple = ("osoby", "dzielnicowy")) -> dict:
    name = f"{osoba.stopien} {osoba.imie_nazwisko}" if osoba.stopien else osoba.imie_nazwisko
    return {
        "pelne": name,
        "kobieta": female_flag(osoba, loc),
        "funkcja": osoba.funkcja,
        "telefon": osoba.telefon,
        "email": osoba.email,
    }


def unit(s: Sprawa) -> dict:
    j = s.jednostka
    return {
        "nazwa": j.nazwa.mianownik,
        "naglowek": j.naglowek,
        "wydzial": j.wydzial.mianownik if j.wydzial else None,
        "adres": j.adres or [],
        "telefon": j.telefon,
        "email": j.email,
        "miejscowosc": j.miejscowosc,
    }


def title_lines(s: Sprawa) -> dict:
    """Whose plan it is, in the genitive: team and department, then the unit."""
    j = s.jednostka
    team = [need(f.dopelniacz, ("jednostka", name, "dopelniacz"))
            for name, f in (("zespol", j.zespol), ("wydzial", j.wydzial)) if f]
    return {"zespol": " ".join(team), "jednostka": need(j.nazwa.dopelniacz, ("jednostka", "nazwa", "dopelniacz"))}


def deadline(t: Termin, loc: tuple) -> str:
    """An action's deadline phrase; a deadline in words (no fixed date) prints as written."""
    if t.opis is not None:
        return t.opis
    return polish.deadline(t.od, need(t.do, loc + ("do",)), t.cyklicznie)


def sections(s: Sprawa) -> dict:
    """The five sections of the plan, as approved."""
    return {
        "zagrozenie": s.zagrozenie.opis,
        "cel": s.cel.opis,
        "wskazniki": [
            {"nazwa": w.nazwa, "wyjsciowa": number(w.baseline()) if w.baseline() is not None else "",
             "docelowa": targets.target_words(w), "jednostka": w.jednostka or "", "sposob_oceny": w.sposob_oceny,
             "opis": targets.plan_line(w)}
            for w in s.cel.wskazniki
        ],
        "dzialania": [{"opis": d.opis, "termin": deadline(d.termin, ("dzialania", i, "termin")), "podpunkty": d.podpunkty}
                      for i, d in enumerate(s.dzialania)],
        "partnerzy": [
            {"nazwa": p.nazwa.mianownik, "komorki": polish.join_and(p.komorki), "zadania": p.zadania}
            for p in s.partnerzy
        ],
        "informowanie": s.informowanie,
    }


def common(s: Sprawa) -> dict:
    """What every document may print about the plan."""
    return {
        "jednostka": unit(s),
        "rejon": s.rejon.numer,
        "okres_r": polish.period_numeric(s.okres.od, s.okres.do, "r."),
        "okres_roku": polish.period_numeric(s.okres.od, s.okres.do, "roku"),
        "dzielnicowy": person(s.osoby.dzielnicowy),
    }


def author_note(s: Sprawa) -> dict:
    """'Sporządził: rank name, tel. …' at the foot of a letter."""
    d = s.osoby.dzielnicowy
    text = person(d)["pelne"] + (f", tel. {d.telefon}" if d.telefon else "")
    return {"opis": text, "kobieta": female_flag(d, ("osoby", "dzielnicowy"))}


def addressee(partner: Partner, a: Adresat, loc: tuple) -> dict:
    """The addressee block split into plain / bold / plain lines."""
    if a.osoba and not a.kolegialny:
        before = [polish.honorific("K" if female(a.osoba, loc + ("osoba",)) else "M")]
        bold = [a.osoba.imie_nazwisko]
        after = [a.osoba.funkcja, *a.nazwa]
    else:
        before, bold, after = [], [a.nazwa[0]], list(a.nazwa[1:])
    after += need(a.adres, loc + ("adres",))
    if a.kolegialny and a.osoba:
        honorific = polish.honorific("K" if female(a.osoba, loc + ("osoba",)) else "M")
        after.append(f"{honorific} {a.osoba.imie_nazwisko} – {a.osoba.funkcja}")
    return {"przed": before, "wyroznione": bold, "po": after}


def salutation(a: Adresat, loc: tuple) -> str:
    if a.powitanie:
        return a.powitanie
    if a.kolegialny or not a.osoba:
        return polish.salutation(None, None, collective=True)
    try:
        return polish.salutation(a.osoba.funkcja, "K" if female(a.osoba, loc + ("osoba",)) else "M")
    except polish.UnknownFunction as exc:
        raise MissingData(loc + ("powitanie",), str(exc)) from None


def signatory(s: Sprawa, pismo: Pismo, loc: tuple) -> dict:
    who = pismo.podpisuje
    osoba = s.osoby.komendant if who == "komendant" else s.osoby.dzielnicowy
    osoba = need(osoba, ("osoby", who))
    lines = need(osoba.podpis, ("osoby", who, "podpis"),
                 "brak funkcji do bloku podpisu (np. „KOMENDANT POWIATOWY POLICJI”, „W ŁĘCZNEJ”) – uzupełnij pole podpis")
    return {"funkcja": lines, "osoba": person(osoba, ("osoby", who))["pelne"]}


def letter(s: Sprawa, pismo: Pismo | None, partner: Partner, a: Adresat, loc: tuple, addressee_loc: tuple) -> dict:
    """Everything of the official letter's frame: head, addressee, signature, notes."""
    pismo = need(pismo, loc)
    date = need(pismo.data, loc + ("data",))
    return {
        **common(s),
        "miejsce_data": polish.date_line(s.jednostka.miejscowosc, date),
        "znak": pismo.znak,
        "adresat": addressee(partner, a, addressee_loc),
        "powitanie": salutation(a, addressee_loc),
        "podpis": signatory(s, pismo, loc),
        "egzemplarze": pismo.egzemplarze,
        "zalaczniki": pismo.zalaczniki,
        "autor": author_note(s),
    }
