"""The documents of a plan: which files a case gives and what each prints.

Each kind turns a loaded case into items (one per output file). Building an
item's context is where a document demands its data: a missing field raises
MissingData naming it, so `pismo sprawdz` can tell which documents can be made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable

from pismo.documents import context as ctx
from pismo import polish
from pismo.documents import targets
from pismo.case.holes import is_hole, refuse_hole
from pismo.case.model import Spotkanie, Sprawa


@dataclass
class Item:
    """One output file of a case."""

    rodzaj: str  # manifest kind: plan, wniosek, zaproszenie, kalendarz, …
    filename: str
    title: str
    date: dt.date
    template: str | None = None  # .docx template file name; None for non-Word outputs
    context: dict = field(default_factory=dict)
    adresat: str | None = None
    content: bytes | None = None  # ready bytes of a non-template output (.ics)
    scrub: Callable[[str], str] | None = None  # a public version's: the template's own text scrubbed as the case's


def _docx(rodzaj, filename, title, date, template, context, adresat=None) -> Item:
    return Item(rodzaj, filename, title, date, template, ctx.typeset(context), adresat)


def plan(s: Sprawa, public: bool = False) -> list[Item]:
    p = ctx.need(s.plan, ("plan",), "brak daty sporządzenia planu – dodaj pole plan: data: RRRR-MM-DD")
    boss = ctx.need(s.osoby.przelozony, ("osoby", "przelozony"))
    context = {
        **ctx.common(s),
        "tytul": ctx.title_lines(s),
        # the plan for approval has room to sign; the public one shows the approval as done or not at all
        "publiczny": public,
        "zatwierdza": {
            "funkcja": ctx.need(boss.podpis, ("osoby", "przelozony", "podpis")),
            "osoba": ctx.person(boss, ("osoby", "przelozony"))["pelne"],
            "data": polish.date_words(p.zatwierdzono, "r.") if p.zatwierdzono else None,
        },
        "sekcje": ctx.sections(s),
        "miejsce_data": polish.date_line(s.jednostka.miejscowosc, p.data),
        "autor_funkcja": [ctx.need(o.funkcja, loc + ("funkcja",)) for loc, o in s.osoby.sporzadzajacy()][0],
    }
    title = ctx.document_title(s, "Plan działania priorytetowego")
    return [_docx("plan", "plan.docx", title, p.data, "plan.docx", context)]


def wnioski(s: Sprawa) -> list[Item]:
    addressees = s.adresaci()
    items = []
    for i, w in enumerate(s.wnioski):
        loc = ("wnioski", i)
        partner, a = _addressee(addressees, w.adresat)
        context = {
            **ctx.letter(s, w.pismo, partner, a, loc + ("pismo",), _addressee_loc(s, w.adresat)),
            "dotyczy": ctx.topic(w.dotyczy),  # the subject line „Dotyczy: …”, as the title words it
            "temat_planu": ctx.topic(s.zagrozenie.temat) if s.zagrozenie.temat else None,  # after „dotyczący”
            "problem": w.problem or [],  # never the plan's section 1: plan jargon in a letter to an outside body
            "zrodla": (ctx.clauses(s.zagrozenie.zrodla) or None) if w.problem else None,
            "prosba": ctx.clause(w.prosba, last=True),
            "uzasadnienie": w.uzasadnienie,
            "efekt": w.efekt or [],
        }
        title = f"Wniosek w sprawie {ctx.topic(w.dotyczy)}"
        items.append(_docx("wniosek", file_name("wniosek", w.id), title, w.pismo.data, "wniosek.docx",
                           context, _addressee_name(a)))
    return items


def zaproszenia(s: Sprawa) -> list[Item]:
    from pismo.documents.ics import meeting_ics

    addressees = s.adresaci()
    items = []
    for i, m in enumerate(s.spotkania):
        loc = ("spotkania", i)
        meeting = _meeting(m, loc)
        for j, ident in enumerate(ctx.need(m.zaproszeni, loc + ("zaproszeni",))):
            partner, a = _addressee(addressees, ident)
            context = {
                **ctx.letter(s, m.zaproszenie, partner, a, loc + ("zaproszenie",), _addressee_loc(s, ident)),
                "spotkanie": meeting,
            }
            title = f"Zaproszenie na spotkanie w sprawie {meeting['temat']}"
            items.append(_docx("zaproszenie", file_name("zaproszenie", f"{m.id}-{ident}"), title, m.zaproszenie.data,
                               "zaproszenie.docx", context, _addressee_name(a)))
        items.append(Item("kalendarz", file_name("spotkanie", m.id, "ics"), f"Spotkanie w sprawie {meeting['temat']}", m.data,
                          content=meeting_ics(s, m, loc)))
    return items


def protokoly(s: Sprawa) -> list[Item]:
    items = []
    for i, m in enumerate(s.spotkania):
        loc = ("spotkania", i)
        meeting = _meeting(m, loc)
        number = m.numer or f"{i + 1}/{m.data.year}"
        held = m.protokol is not None
        # the attendance list is the protocol's attachment unless the protocol names those present
        attached = not (held and m.protokol.obecni)
        base = {**ctx.common(s), "spotkanie": meeting, "numer": number, "zalacznik": attached,
                "klauzula_rodo": s.jednostka.klauzula_rodo or []}
        context = {**base, "odbyte": held, **(_minutes(s, m, loc) if held else {})}
        date = (m.protokol.data if held and m.protokol.data else m.data)
        title = f"Protokół nr {number} ze spotkania w sprawie {meeting['temat']}"
        # a protocol not yet held is a form to fill in at the meeting, and its name says so
        filename = file_name("protokol" if held else "protokol-formularz", m.id)
        items.append(_docx("protokol", filename, title, date, "protokol.docx", context))
        items.append(_docx("lista-obecnosci", file_name("lista-obecnosci", m.id),
                           f"Lista obecności – spotkanie w sprawie {meeting['temat']}", m.data, "lista-obecnosci.docx", base))
    return items


def protokol_pusty(s: Sprawa) -> list[Item]:
    context = {**ctx.common(s), "klauzula_rodo": s.jednostka.klauzula_rodo or []}
    return [_docx("protokol-pusty", "protokol-pusty.docx", "Protokół ze spotkania – formularz", s.okres.od,
                  "protokol-pusty.docx", context)]


def terminarz(s: Sprawa) -> list[Item]:
    """Every deadline and meeting of the plan as one calendar file for the officer's calendar."""
    from pismo.documents.ics import terminarz_ics

    title = ctx.document_title(s, "Terminarz planu działania priorytetowego")
    return [Item("terminarz", "terminarz.ics", title, s.okres.od, content=terminarz_ics(s))]


def informacja(s: Sprawa, public: bool = False) -> list[Item]:
    context = {
        **ctx.common(s),
        "tytul": ctx.title_lines(s, "numer"),
        "sekcje": ctx.sections(s),
        "realizacja": _realisation(s, public) if s.realizacja else None,
    }
    date = s.realizacja.data if s.realizacja else s.okres.do
    title = ctx.document_title(s, "Informacja dotycząca realizacji planu działania priorytetowego", "numer")
    return [_docx("informacja", "informacja.docx", title, date, "informacja.docx", context)]


def _addressee(addressees: dict, ident):
    """(partner, addressee) an id names; an id still reading UZUPEŁNIJ stops the document at that field."""
    if is_hole(ident):
        refuse_hole(ident)
    return addressees[ident]


def _addressee_loc(s: Sprawa, ident: str) -> tuple:
    for i, p in enumerate(s.partnerzy):
        for j, a in enumerate(p.adresaci):
            if a.id == ident:
                return ("partnerzy", i, "adresaci", j)
    return ()


def _addressee_name(a) -> str:
    if a.osoba and not a.kolegialny:
        return f"{a.osoba.imie_nazwisko}, {a.osoba.funkcja}"
    return " ".join(a.nazwa)


def _meeting(m: Spotkanie, loc: tuple) -> dict:
    return {
        "temat": ctx.topic(m.temat),
        "data": polish.date_words(m.data, "r."),
        "data_dzien": polish.date_weekday(m.data),
        "godzina": polish.time_label(m.godzina),
        "godzina_zakonczenia": polish.time_label(m.godzina_zakonczenia) if m.godzina_zakonczenia else None,
        "czas": f"w godz. {m.godzina}–{m.godzina_zakonczenia}" if m.godzina_zakonczenia else f"o godz. {m.godzina}",
        "miejsce": ctx.need(m.miejsce.miejscownik, loc + ("miejsce", "miejscownik"),
                            "brak miejsca w miejscowniku (np. „w sali konferencyjnej Komendy…”) – uzupełnij pole"),
        "miejsce_nazwa": m.miejsce.nazwa,
        "adres": m.miejsce.adres,
        "cel": m.cel or [],
        "porzadek": m.porzadek,
    }


CLOSING = "Na tym spotkanie zakończono."


def _minutes(s: Sprawa, m: Spotkanie, loc: tuple) -> dict:
    p = m.protokol
    loc = loc + ("protokol",)
    if len(p.przebieg) < len(m.porzadek):
        ctx.need(None, loc + ("przebieg", len(p.przebieg)),
                 f"brak przebiegu punktu {len(p.przebieg) + 1} porządku spotkania – opisz każdy punkt porządku")
    return {
        "obecni": [f"{u.imie_nazwisko} – {u.funkcja}" for u in p.obecni],
        "przebieg": [{"punkt": n, "tytul": m.porzadek[n - 1], "akapity": paras}
                     for n, paras in enumerate(p.przebieg, 1)],
        "ustalenia": [
            {"lp": n, "tresc": u.tresc, "odpowiedzialny": u.odpowiedzialny,
             "termin": polish.date_numeric(u.termin, "r.") if isinstance(u.termin, dt.date) else u.termin}
            for n, u in enumerate(p.ustalenia, 1)
        ],
        "protokolant": p.protokolant,
        "prowadzacy": p.prowadzacy,
        "protokolant_kobieta": _woman(s, p.protokolant),
        "prowadzacy_kobieta": _woman(s, p.prowadzacy),
        # the minutes end with the closing sentence once: not again when the last item already says it
        "zakonczenie": not (p.przebieg and p.przebieg[-1][-1].rstrip().endswith(CLOSING)),
        "miejsce_data": polish.date_line(s.jednostka.miejscowosc, p.data or m.data),
    }


def _woman(s: Sprawa, name: str) -> bool:
    """Whether the minute-taker or chair is a woman: the case's own officer by gender, anyone
    else by the first name."""
    for osoba in (*(o for _, o in s.osoby.sporzadzajacy()), s.osoby.komendant, s.osoby.przelozony):
        if osoba and osoba.imie_nazwisko in name:
            return osoba.plec == "K"
    return polish.feminine_name(name)


def file_name(kind: str, ident: str, extension: str = "docx") -> str:
    """A file name from the kind and the id, no word doubled where they meet
    (wniosek + wniosek-monitoring → wniosek-monitoring.docx)."""
    words = kind.split("-")
    if ident.split("-")[0] == words[-1]:
        words = words[:-1]
    return "-".join([*words, ident]) + "." + extension


NO_REPORT = "brak informacji o realizacji"


def _realisation(s: Sprawa, public: bool = False) -> dict:
    """Section 6: every action and partner of the plan in its order, those without an entry
    marked as such (never left out); dates in the report's one style, „roku”. The public version
    leaves out the conclusions, which are addressed to the superior."""
    r = s.realizacja
    for x in [*r.dzialania, *r.partnerzy]:  # an entry whose action or partner still reads UZUPEŁNIJ would be
        refuse_hole(getattr(x, "dzialanie", None) or getattr(x, "partner", None))  # dropped: it stops the report
    done = {x.dzialanie: x for x in r.dzialania}
    reports = {x.partner: x for x in r.partnerzy}
    return {
        "dzialania": [_action_done(d.opis, done.get(d.id)) for d in s.dzialania],
        "partnerzy": [{"nazwa": p.nazwa.mianownik, "akapity": reports[p.id].opis if p.id in reports else [f"{NO_REPORT}."]}
                      for p in s.partnerzy],
        "wskazniki": _indicator_results(s),
        "ocena": r.cel.ocena,
        "uzasadnienie": r.cel.uzasadnienie,
        "wnioski": [] if public else r.wnioski,
        "miejsce_data": f"{s.jednostka.miejscowosc}, dnia {polish.date_words(r.data, 'roku')}",
        "autor_funkcja": s.osoby.sporzadzajacy()[0][1].funkcja,
    }


def _action_done(opis: str, entry) -> dict:
    if entry is None:
        return {"opis": opis, "status": NO_REPORT, "data": None, "akapity": []}
    return {"opis": opis, "status": entry.status, "data": polish.date_numeric(entry.data, "roku") if entry.data else None,
            "akapity": entry.opis}


def _indicator_results(s: Sprawa) -> list[dict]:
    """Each indicator: baseline, target as the plan set it, the result and the honest account of it."""
    results = {x.wskaznik: x for x in s.realizacja.wskazniki}
    out = []
    for i, w in enumerate(s.cel.wskazniki):
        x = ctx.need(results.get(w.id), ("realizacja", "wskazniki"),
                     f"brak osiągniętej wartości wskaźnika „{w.id}” – dodaj ją w realizacja: wskazniki")
        if x.value() is None and not w.qualitative():
            ctx.need(None, ("realizacja", "wskazniki"), f"wskaźnik „{w.id}” ma wartość wyjściową – podaj osiągniętą "
                                                        "liczbę w realizacja: wskazniki: wartosc")
        start = w.baseline()
        out.append({"nazwa": w.nazwa, "jednostka": w.jednostka or "",
                    "wyjsciowa": targets.number(start) if start is not None else "–",
                    "docelowa": targets.target_words(w) or "–",
                    "osiagnieta": (targets.number(x.value()) if x.value() is not None
                                   else "ocena opisowa – zob. wynik"),
                    "wynik": targets.result_line(w, x)})
    return out
