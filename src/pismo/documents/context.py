"""Pieces of document context shared by several documents.

A context is plain data for a template: strings already in Polish form (dates
in words, people with ranks), lists, booleans. The typography pass runs over
the finished context once, so every printed string gets it.
"""

from __future__ import annotations

import re

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


class Typeset(str):
    """A text already typeset piece by piece: a district number is not tied to the name after it."""


def pieces(*parts: str) -> Typeset:
    """Parts typeset each on its own (a part already typeset stays as it is), joined."""
    return Typeset("".join(part if isinstance(part, Typeset) else polish.typography(part) for part in parts))


def typeset(value):
    """Apply the typography pass to every string in a context; a field still reading UZUPEŁNIJ
    (pismo.case.holes) that reached the context would print: the document is blocked by its field."""
    refuse_hole(value)
    if isinstance(value, Typeset):
        return str(value)
    if isinstance(value, str):
        return polish.typography(value)
    if isinstance(value, dict):
        return {key: typeset(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [typeset(item) for item in value]
    return value


# a word whose dot is its own: kept before a comma or a dash („w 2026 r., które …”)
_ABBREVIATED = re.compile(r"(?<![\w.])(?:itp|itd|in|m\.in|ul|al|pl|os|r|ok|np|tj|tzw|wg|godz|tel|str|art|ust|pkt|"
                          r"św|im|o\.o)\.$", re.IGNORECASE)
_OWN_MARKS = re.compile(r"(?:[\s;,:]|(?<![.…])\.(?!\.))+$")
_LIST_WORD = re.compile(r"[\s;,:]+(?:oraz|i|lub|albo|a także)$")
# „w sprawie”, „Dotyczy:”, „dot.”, „ws.”, „w/s”, „Temat:”, „Spotkanie w sprawie” („zebranie mieszkańców nt.”, „debata
# społeczna dotycząca”, the old invitation's whole „zaproszenie na spotkanie w sprawie”) opening a topic, with the
# colon, dot or dash of a letter's subject line, one or several („w sprawie dot. …”); something must be left after them
_MEETING_NOUN = (r"(?:zaproszenie\s+na\s+)?(?:spotkani[ae]|zebrani[ae]|narad[ay]|posiedzeni[ae]|debat[ay]|konsultacj[ie])"
                 r"(?:\s+[^\W\d_]+){0,2}?\s+")
_TOPIC_OPENING = re.compile(rf"(?:(?:(?:{_MEETING_NOUN})?(?:(?:w\s+sprawie|dotycz(?:y|ący|ące|ąca)|na\s+temat"
                            r"|odnośnie(?:\s+do)?|dot)\b\.?|ws\.|w/s|nt\.)|temat(?:\s+spotkania)?\s*:|sprawa\s*:)"
                            r"[ \t]*:?[ \t]*(?:[–—-][ \t]*)?)+(?=\S)", re.IGNORECASE)


def clause(text: str, last: bool = False) -> str:
    """A field pismo completes into its own sentence („… na podstawie {zrodla}.”, „{opis} – termin …”, „w sprawie
    {temat}, które …”) without the officer's final „;”, „,” or „.”: the sentence puts its own mark there, and
    both printed read „;,”, „..”, „12., które”. An abbreviation keeps its dot unless the sentence's dot ends
    it (last); an ellipsis stays."""
    text = str(text)
    bare = text.rstrip()
    if _abbreviation(bare) and not last:
        return bare
    return _OWN_MARKS.sub("", bare) or text


_LAST_TOKEN = re.compile(r"([^\s„“\"'(\[«]+)\.$")
# short words that end a clause as words, not abbreviations: their dot goes („… przy nim.” – termin)
_SHORT_WORDS = frozenset("go mu je ją we to ten tej tym tam tu nim nią ich nas was one oni sam już też raz".split())


def _abbreviation(text: str) -> bool:
    """Whether a text's final dot belongs to its last word: a known abbreviation („r.”, „itp.”), one with dots
    inside („k.w.”, „S.A.”), or a short word of letters („Dz. U.”, „tys.”, „lit. a.”, „Janem K.”) – dropping it
    printed „k.w – termin”, „S.A, które”. A number („12.”) or a longer word („alkoholu.”) ends a sentence."""
    if _ABBREVIATED.search(text):
        return True
    found = _LAST_TOKEN.search(text)
    if not found or text.endswith(".."):
        return False
    token = found.group(1)
    return "." in token or (token.isalpha() and len(token) <= 3 and token.lower() not in _SHORT_WORDS)


def clauses(items: list[str]) -> str:
    """List items completing one sentence („… na podstawie a, b oraz c.”): each without the punctuation and the
    „oraz” a list in Word ends its items with – the join adds its own."""
    parts = [_LIST_WORD.sub("", clause(item)) for item in items]
    return polish.join_and([clause(part, last=n == len(parts) - 1) for n, part in enumerate(parts)])


def topic(text: str) -> str:
    """A meeting's or a request's subject after pismo's own „w sprawie” or „Dotyczy:”: also without an opening
    „w sprawie”, „dotyczy:”, „dot.” („w sprawie dot. …”, „Dotyczy: w sprawie …”)."""
    return clause(_TOPIC_OPENING.sub("", str(text).lstrip(), count=1) if _TOPIC_OPENING.match(str(text).lstrip())
                  else text)


def female(osoba, loc: tuple) -> bool:
    """Whether a printed form is feminine; a gender neither typed nor known from the first name
    is refused at its field (never defaulted)."""
    refuse_hole(osoba.plec)
    from pismo.case.model import has_placeholder

    unknown = ("najpierw wpisz imię i nazwisko (płeć pismo weźmie z imienia) albo wpisz plec: M lub K"
               if has_placeholder(osoba.imie_nazwisko) else
               f"nie wiadomo, czy „{osoba.imie_nazwisko}” to kobieta czy mężczyzna (słownik nie zna imienia) "
               "– wpisz plec: M albo K")
    plec = need(osoba.plec, loc + ("plec",), unknown)
    return plec == "K"


def female_flag(osoba, loc: tuple):
    """female() for a context value a template branches on: while plec reads UZUPEŁNIJ only a
    template that uses it is stopped (a document that never says „Sporządził(a)” is still made)."""
    return Undecided(osoba.plec) if is_hole(osoba.plec) else female(osoba, loc)


def person(osoba: Osoba, loc: tuple = ("osoby", "dzielnicowy")) -> dict:
    return {
        "pelne": osoba.ranked(),
        "kobieta": female_flag(osoba, loc),
        "funkcja": osoba.funkcja,
        "telefon": osoba.telefon,
        "email": osoba.email,
    }


def unit(s: Sprawa) -> dict:
    j = s.jednostka
    return {
        "nazwa": j.nazwa.mianownik,
        "naglowek": need(j.naglowek, ("jednostka", "naglowek"),
                         "brak nagłówka pisma – wpisz naglowek albo nazwę jednostki (nagłówek powstanie z nazwy)"),
        "wydzial": j.wydzial.mianownik if j.wydzial else None,
        "adres": j.adres or [],
        "telefon": j.telefon,
        "email": j.email,
        "miejscowosc": j.miejscowosc,
    }


def district_numbers(s: Sprawa) -> list[str]:
    """The numbers of the plan's districts; a number still reading UZUPEŁNIJ names its field."""
    numbers = [r.numer for _, r in s.rejony_planu()]
    for number in numbers:
        refuse_hole(number)
    return numbers


def districts(s: Sprawa, nr: str = "nr") -> str:
    """„rejonu służbowego nr 3”, „rejonów służbowych nr 5 i 6”; empty for a plan without a district number."""
    numbers = district_numbers(s)
    if not numbers:
        return ""
    words = "rejonu służbowego" if len(numbers) == 1 else "rejonów służbowych"
    return f"{words} {nr} {polish.join_and(numbers, 'i')}"


def area(s: Sprawa, nr: str = "nr") -> str:
    """What the plan covers, after „działania priorytetowego”: its districts, its area (teren), both or
    neither (a posterunek's plan is named by the unit in the title's next lines)."""
    parts = [f"dla {districts(s, nr)}" if s.rejony_planu() else "", f"na terenie {s.teren}" if s.teren else ""]
    return " ".join(part for part in parts if part)


def title_lines(s: Sprawa, nr: str = "nr") -> dict:
    """Whose plan it is: the area it covers, then in the genitive team and department, the unit and the
    unit above it (a posterunek's or komisariat's KPP/KMP)."""
    j = s.jednostka
    team = [need(f.dopelniacz, ("jednostka", name, "dopelniacz"))
            for name, f in (("zespol", j.zespol), ("wydzial", j.wydzial)) if f]
    above = need(j.nadrzedna.dopelniacz, ("jednostka", "nadrzedna", "dopelniacz")) if j.nadrzedna else None
    return {"obszar": area(s, nr), "zespol": " ".join(team),
            "jednostka": need(j.nazwa.dopelniacz, ("jednostka", "nazwa", "dopelniacz")), "nadrzedna": above}


def document_title(s: Sprawa, words: str, nr: str = "nr") -> str:
    """A document's title (its properties, the calendar): „Plan działania priorytetowego dla rejonu
    służbowego nr 3”; a plan without a district or area is named by its unit."""
    covered = area(s, nr)
    if not covered:
        covered = s.jednostka.nazwa.dopelniacz or s.jednostka.nazwa.mianownik
    return f"{words} {covered}"


def deadline(t: Termin, loc: tuple) -> str:
    """An action's deadline phrase; a deadline in words (no fixed date) prints as written."""
    if t.opis is not None:
        return t.opis
    return polish.deadline(t.od, need(t.do, loc + ("do",)), clause(t.cyklicznie) if t.cyklicznie else None)


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
        "dzialania": [{"opis": clause(d.opis), "termin": deadline(d.termin, ("dzialania", i, "termin")), "podpunkty": d.podpunkty}
                      for i, d in enumerate(s.dzialania)],
        "partnerzy": [
            {"nazwa": p.nazwa.mianownik, "komorki": polish.join_and(p.komorki), "zadania": p.zadania}
            for p in s.partnerzy
        ],
        "informowanie": s.informowanie,
    }


def common(s: Sprawa) -> dict:
    """What every document may print about the plan."""
    (first_loc, first), *_ = s.osoby.sporzadzajacy()
    return {
        "jednostka": unit(s),
        "rejon": polish.join_and(district_numbers(s), "i") or None,
        "rejony": district_numbers(s),
        "okres_r": polish.period_numeric(s.okres.od, s.okres.do, "r."),
        "okres_roku": polish.period_numeric(s.okres.od, s.okres.do, "roku"),
        "dzielnicowy": person(first, first_loc),
        "autorzy": authors(s),
    }


def _undecided(*values):
    """The first value a template cannot print yet (a gender still reading UZUPEŁNIJ), if any."""
    return next((v for v in values if isinstance(v, Undecided)), None)


def _officer(s: Sprawa, loc: tuple, o) -> dict:
    """One officer who prepares the plan: as a person, and as the letters name him or her
    („dzielnicowa rejonu służbowego nr 6 sierż. Anna Kowal, tel. …”)."""
    entry = person(o, loc)
    serves = f"rejonu służbowego nr {o.rejon}" if o.rejon is not None and not is_hole(o.rejon) else districts(s)
    flag = entry["kobieta"]
    word = flag if isinstance(flag, Undecided) else ("dzielnicowa" if flag else "dzielnicowy")
    if is_hole(o.rejon):  # only a document that names the officer's district is stopped, by that field
        word = Undecided(o.rejon)
    tail = (f", tel. {o.telefon}" if o.telefon else "") + (f", e-mail: {o.email}" if o.email else "")
    if isinstance(word, Undecided):
        entry.update(kto=word, kontakt=word)
    else:
        who = f"{word} {serves}".strip()
        entry.update(kto=pieces(who, " ", entry["pelne"]), kontakt=pieces(who, " ", entry["pelne"], tail))
    return entry


def _listed(texts: list, last: str):
    """„A”, „A i B”, „A, B i C” – each text already typeset; a text not printable yet stands for all."""
    undecided = _undecided(*texts)
    if undecided is not None:
        return undecided
    if len(texts) == 1:
        return texts[0]
    return pieces(*[part for t in texts[:-1] for part in (t, ", ")][:-1], f" {last} ", texts[-1])


def authors(s: Sprawa) -> dict:
    """Everyone who prepares the plan and the words that agree with them: „Sporządził” for a man,
    „Sporządziła” for a woman, „Sporządzili” for several (also mixed), „Sporządziły” for women only."""
    officers = [_officer(s, loc, o) for loc, o in s.osoby.sporzadzajacy()]
    flags = [o["kobieta"] for o in officers]
    many = len(officers) > 1

    def agreeing(man: str, woman: str, men: str, women: str):
        undecided = _undecided(*flags)
        if undecided is not None:
            return undecided
        if not many:
            return woman if flags[0] else man
        return women if all(flags) else men

    return {
        "osoby": officers,
        "sporzadzil": agreeing("Sporządził", "Sporządziła", "Sporządzili", "Sporządziły"),
        "ktory": agreeing("który", "która", "którzy", "które"),
        "kto": _listed([o["kto"] for o in officers], "i"),
        "kontakt": _listed([o["kontakt"] for o in officers], "oraz"),
        "osoba": "osobami" if many else "osobą",
        "jest": "są" if many else "jest",
        "realizuje": "realizują" if many else "realizuje",
        "pozostaje": "pozostają" if many else "pozostaje",
    }


def author_note(s: Sprawa) -> dict:
    """'Sporządził: rank name, tel. …' at the foot of a letter; several officers one after another."""
    notes = []
    for loc, o in s.osoby.sporzadzajacy():
        notes.append(person(o, loc)["pelne"] + (f", tel. {o.telefon}" if o.telefon else ""))
    (first_loc, first), *_ = s.osoby.sporzadzajacy()
    return {"opis": "; ".join(notes), "kobieta": female_flag(first, first_loc),
            "etykieta": authors(s)["sporzadzil"]}


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
    if who == "komendant":
        loc, osoba = ("osoby", who), need(s.osoby.komendant, ("osoby", who))
    else:  # of several officers the first signs
        loc, osoba = s.osoby.sporzadzajacy()[0]
    lines = need(osoba.podpis, loc + ("podpis",),
                 "brak funkcji do bloku podpisu (np. „KOMENDANT POWIATOWY POLICJI”, „W ŁĘCZNEJ”) – uzupełnij pole podpis")
    return {"funkcja": lines, "osoba": person(osoba, loc)["pelne"]}


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
