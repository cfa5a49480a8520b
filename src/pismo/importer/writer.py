"""A recognised Plan → a commented case file, readable like the hand-written examples.

Known text goes where the case model wants it; what the source does not say is
a "UZUPEŁNIJ" placeholder (listed by `pismo sprawdz`) or, where the model needs
a date or a fixed value, a valid value with a comment; every doubt is a
"# DO SPRAWDZENIA:" comment above the value it concerns.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pismo.importer import header as hd
from pismo.importer.header import proper_case
from pismo.importer.lines import quoted
from pismo.importer.plan import Plan, Text
from pismo.importer.yamltext import Node, comment_lines, emit, to_data
from pismo.case.model import EMAIL_PATTERN, MAX_YEAR, MIN_YEAR, PLACEHOLDER, TELEFON_PATTERN
from pismo.polish import SECTION_TITLES, ascii_fold

CHECK = "DO SPRAWDZENIA"
_COMMANDERS = (
    ("Komenda Powiatowa Policji", "Komendant Powiatowy Policji"),
    ("Komenda Miejska Policji", "Komendant Miejski Policji"),
    ("Komenda Rejonowa Policji", "Komendant Rejonowy Policji"),
    ("Komenda Stołeczna Policji", "Komendant Stołeczny Policji"),
    ("Komisariat Policji", "Komendant Komisariatu Policji"),
    ("Komisariat", "Komendant Komisariatu"),
    ("Posterunek Policji", "Kierownik Posterunku Policji"),
)
GUESSED_SEX = "płeć odgadnięta z imienia (M – mężczyzna, K – kobieta)"
DICTIONARY_SEX = "płeć odgadnięta z imienia ze słownika imion (M – mężczyzna, K – kobieta)"
# „brak”, „- brak,” (the list's comma), „brak podmiotów współpracujących;”, „brak innych.”, „innych podmiotów
# brak”, „nie dotyczy.”, „Nie przewiduje się (współpracy).”, „Nie planuje się.”, „Bez udziału innych podmiotów.”:
# no content
_NONE = (r"brak(?:\s+innych)?(?:\s+(?:podmiotów|partnerów|instytucji|zadań)(?:\s+współpracując\w*)?)?"
         r"|innych\s+(?:(?:podmiotów|partnerów|instytucji)\s+)?brak|nie\s+dotyczy|nie\s+ma|-+|–"
         r"|nie\s+(?:przewiduje|planuje)\s+się(?:\s+\w+){0,5}|bez\s+udziału\s+innych\s+(?:podmiotów|partnerów|instytucji)")
_EMPTY = re.compile(rf"(?:{_NONE})\s*[.,;]?", re.I)
# part 4 as one sentence saying the plan has no partners, whatever its words: „Nie przewiduje się udziału innych
# podmiotów w realizacji planu.”, „Plan będzie realizowany samodzielnie przez dzielnicowego, bez udziału podmiotów
# zewnętrznych.” – never a partner named so (a unit's „Urząd Gminy – nie przewiduje się …” has its dash)
_NO_PARTNER = re.compile(r"(?:nie\s+(?:przewiduje|planuje)\s+się\s+(?:udział\w*|współpra\w*|zaangażow\w*|angażow\w*)"
                         r"|(?:brak|nie\s+dotyczy)\s*[,;]"  # „Brak, działania realizowane samodzielnie przez …”
                         r"|[^–—]{0,120}?\bbez\s+udziału\s+(?:innych\s+)?(?:podmiot|partner|instytucj)\w*)[^–—]{0,120}",
                         re.I)
# a partner's tasks saying it has none: „– brak zadań.”, „– nie dotyczy (brak SM w gminie).”
_NO_TASKS = re.compile(rf"(?:{_NONE})(?:\s*\([^()]{{0,200}}\))?\s*[.,;]?", re.I)


def fill(hint: str) -> str:
    return f"{PLACEHOLDER} {hint}"


def checks(notes: list[str]) -> list[str]:
    return [f"{CHECK}: {note}" for note in dict.fromkeys(notes)]


_SLUG_SCAN = 400  # characters an id's words are looked for in


def slug(text: str, used: dict[str, int], fallback: str) -> str:
    """An id from the first words of a text: lower-case ASCII, hyphens, unique. `used`: the ids given, each with
    the next number to try after it, so thousands of items named alike take linear time."""
    # lower again: compatibility letters (ℂ, ᴬ, 𝐀) fold to capitals; the id takes a few words, so only the text's
    # start is folded (a paragraph of 2 MB was folded whole for it)
    plain = ascii_fold(text[:_SLUG_SCAN]).lower()
    words = [w for w in re.findall(r"[a-z0-9]+", plain) if len(w) > 2 and w != "oraz"]
    ident = ""
    for word in words:
        if len(ident) + len(word) + 1 > 30:
            break
        ident = f"{ident}-{word}" if ident else word
    ident = ident or fallback
    candidate, n = ident, used.get(ident, 2)
    while candidate in used:
        candidate, n = f"{ident}-{n}", n + 1
    if candidate != ident:
        used[ident] = n
    used[candidate] = 2
    return candidate


def _letterhead(name: str) -> list[str]:
    """'Komenda Powiatowa Policji w Łęcznej' → ['KOMENDA POWIATOWA POLICJI', 'W ŁĘCZNEJ']."""
    parts = re.split(r"\s(?=(?:w|we)\s)", name, maxsplit=1)
    return [p.upper() for p in parts]


def _bare(name: str) -> bool:
    """A unit's type without the place or number that tells which unit it is."""
    from pismo.importer.header import UNIT_TYPES

    return any(name == nominative for _genitive, nominative in UNIT_TYPES)


def _commander(unit_name: str | None) -> str | None:
    for unit_type, function in _COMMANDERS:
        if unit_name and unit_name.startswith(unit_type):
            return function + unit_name[len(unit_type):]
    return None


# ------------------------------------------------------------------------------------------- header

def _header(plan: Plan, source_name: str) -> list[str | None]:
    lines: list[str | None] = [
        f"Plik sprawy utworzony poleceniem „pismo import” z pliku: {source_name}",
    ]
    if plan.title:
        title = plan.title if len(plan.title) <= 150 else plan.title[:150] + "…"
        lines.append(f"Tytuł w tekście: „{title}”")
    lines += [
        "",
        "Co dalej:",
        f"• Miejsca oznaczone „# {CHECK}” to tekst, którego program nie był pewny – porównaj je "
        "z oryginałem, popraw i usuń komentarz.",
        f"• Pola „{PLACEHOLDER}” to dane, których tekst planu nie podaje (osoby, adresy, nagłówek "
        "pisma) – wpisz je. Dopóki zostało słowo UZUPEŁNIJ, „pismo sprawdz” zgłasza „do uzupełnienia”.",
        "• Wnioski i spotkania dopisz według wzoru z polecenia „pismo nowa WZOR.yaml”.",
        "• Potem sprawdź plik: pismo sprawdz PLIK.yaml",
    ]
    for warning in plan.warnings:
        lines += ["", f"Ostrzeżenie: {warning}"]
    if plan.ignored:
        lines += ["", "Pominięte wiersze (menu i stopka strony internetowej, wstęp przed tytułem – "
                      "nie treść planu):"]
        lines += [f"„{text}”" for text in plan.ignored]
    if plan.header_rows:
        lines += ["", "Pominięte wiersze nagłówków tabel (nazwy kolumn – nie treść planu):"]
        lines += [f"„{text}”" for text in plan.header_rows]
    return lines


def _banner(title: str) -> list[str | None]:
    rule = "-" * 96
    return [None, rule, title, rule]


# ---------------------------------------------------------------------------------------------- unit

def _unit(plan: Plan) -> Node:
    unit = plan.unit
    if unit and _bare(unit.mianownik):  # "Komisariat" alone: which one is for the user to say
        name = Node("nazwa", [Node("mianownik", fill(f"pełna nazwa jednostki (w tekście: {unit.mianownik})")),
                              Node("dopelniacz", fill(f"pełna nazwa w dopełniaczu (w tekście: {unit.dopelniacz})"))],
                    above=[f"{CHECK}: w tekście sama nazwa rodzaju jednostki, bez numeru i miejscowości"])
        head = [Node(value=fill(unit.mianownik.upper())), Node(value=fill("W …"))]
    elif unit:
        name = Node("nazwa", [Node("mianownik", unit.mianownik), Node("dopelniacz", unit.dopelniacz)],
                    above=checks(unit.notes + plan.field_notes.get("unit", [])))
        # a komenda's letterhead is its name: pismo lays it out and lists it for confirmation; a posterunek's or
        # komisariat's also names the komenda above, which the text rarely gives – to be filled in
        head = None if unit.mianownik.startswith("Komenda") or plan.superior_unit else [
            Node(value=fill(line)) for line in _letterhead(unit.mianownik)]
    else:
        name = Node("nazwa", [Node("mianownik", fill("nazwa jednostki, np. Komenda Powiatowa Policji w …")),
                              Node("dopelniacz", fill("nazwa w dopełniaczu, np. Komendy Powiatowej Policji w …"))],
                    above=["w tekście nie rozpoznano nazwy jednostki"])
        head = [Node(value=fill("KOMENDA POWIATOWA POLICJI")), Node(value=fill("W …"))]
    nodes = [name]
    if plan.superior_unit:  # "Posterunku Policji w Dębinie Komendy Powiatowej Policji w Zalesiu"
        above = plan.superior_unit
        nodes.append(Node("nadrzedna", [Node("mianownik", above.mianownik), Node("dopelniacz", above.dopelniacz)],
                          comment="komenda, której podlega jednostka", above=checks(above.notes)))
    nodes += [Node("naglowek", head, comment="nagłówek pisma, wiersz po wierszu, wielkimi literami")] if head else [
        Node(above=["naglowek: pominięty – pismo ułoży go z nazw jednostek (pismo sprawdz wypisze go do "
                    "potwierdzenia; pismo odmien wpisze go do pliku)"])]
    for key, named in (("wydzial", plan.department), ("zespol", plan.team)):
        if named:
            nodes.append(Node(key, [Node("mianownik", named.mianownik), Node("dopelniacz", named.dopelniacz)]))
    nodes.append(Node("adres", [Node(value=fill("ulica i numer")), Node(value=fill("kod pocztowy i miejscowość"))]))
    town = None if plan.place or not unit else _town(unit.mianownik)
    nodes.append(Node("miejscowosc", plan.place or town or fill("miejscowość"),
                      above=[_town_note(town, unit.mianownik)] if town else [],
                      comment="w mianowniku, do daty pisma: „Łęczna, dnia …”",
                      commented=["telefon: 00 000 00 00           # nieobowiązkowe: telefon w nagłówku pisma",
                                 "email: adres@jednostka.example.pl  # nieobowiązkowe"]))
    examples = (("wydzial", plan.department, "Wydział Prewencji", "Wydziału Prewencji"),
                ("zespol", plan.team, "Zespół Dzielnicowych", "Zespołu Dzielnicowych"))
    for key, named, example, genitive in examples:
        if not named:
            nodes[-1].commented += [f"{key}:  # tekst go nie podaje; dopisz, jeśli tytuł pism ma go zawierać",
                                    f"  mianownik: {example}", f"  dopelniacz: {genitive}"]
    return Node("jednostka", nodes, above=_banner("JEDNOSTKA POLICJI – nagłówek pism, tytuł planu i informacji"))


# ---------------------------------------------------------------------------------------------- people

def _person(key: str, function: str, signature: list[str], comment: str, notes: list[str] = ()) -> Node:
    """A person the text does not name: every field to fill, its doubts (notes) said above it."""
    return Node(key, [
        Node("stopien", fill("stopień, np. asp.")),
        Node("imie_nazwisko", fill("imię i nazwisko")),
        Node("plec", fill("M albo K"), comment="M – mężczyzna, K – kobieta"),
        Node("funkcja", fill(function)),
        Node("podpis", [Node(value=fill(line)) for line in signature]),
    ], above=[comment, *checks(notes)])


def _officer(plan: Plan) -> Node:
    if len(plan.officers) > 1:  # "Sporządzili:": each officer with his or her function and district
        items = []
        for i, o in enumerate(plan.officers):
            function = plan.officer_functions.get(i)
            fields = _officer_fields(plan, o, function, (plan.phone, plan.email) if i == 0 else (None, None))
            district = hd.find_district(function or "")
            if district and district[0] in plan.districts:  # after the function, before the contacts
                at = next((n for n, node in enumerate(fields) if node.key in ("telefon", "email")), len(fields))
                served = Node("rejon", _number(district[0]), commented=fields[at - 1].commented)
                fields[at - 1].commented = []
                fields.insert(at, served)
            items.append(Node(value=fields))
        comment = "dzielnicowi: plan sporządza kilka osób – „Sporządzili:” w planie i informacji"
        return Node("dzielnicowi", items, above=[comment, *checks(plan.field_notes.get("officer", []))])
    nodes = _officer_fields(plan, plan.officer, plan.function, (plan.phone, plan.email))
    comment = "dzielnicowy: „Sporządził(a):” w planie i informacji, kontakt w zaproszeniach"
    return Node("dzielnicowy", nodes, above=[comment, *checks(plan.field_notes.get("officer", []))])


def _officer_fields(plan: Plan, o, function: str | None, contact: tuple) -> list[Node]:
    nodes = []
    if o:
        nodes.append(Node("stopien", o.stopien) if o.stopien else Node("stopien", fill("stopień, np. asp.")))
        nodes.append(_officer_name(o))
        sex, o = _sex_node(o)
        nodes.append(sex)
    else:
        nodes += [Node("stopien", fill("stopień, np. asp.")), Node("imie_nazwisko", fill("imię i nazwisko")),
                  Node("plec", fill("M albo K"), comment="M – mężczyzna, K – kobieta")]
    title = "dzielnicowa" if o and o.kobieta else "dzielnicowy"
    if function:
        nodes.append(Node("funkcja", function))
    elif plan.district:
        nodes.append(Node("funkcja", f"{title} rejonu służbowego nr {plan.district}"))
    elif plan.unit and not plan.districts and not _bare(plan.unit.mianownik):
        nodes.append(Node("funkcja", f"{title} {plan.unit.dopelniacz}"))
    phone, email = contact
    for key, value, example in (("telefon", phone, "47 000 00 00"), ("email", email, "imie.nazwisko@policja.gov.pl")):
        if value and _valid(key, value):
            nodes.append(Node(key, value))
        else:
            nodes[-1].commented.append(f"{key}: {example}  # nieobowiązkowe")
    return nodes


def _officer_name(o) -> Node:
    """The name; one the text gives in the genitive or dative gets its nominative from the
    dictionary, marked for checking (or is left to fill in when the first name is unknown)."""
    if _surname_first(o):
        return Node("imie_nazwisko", o.imie_nazwisko, above=[f"{CHECK}: w tekście nazwisko stoi przed imieniem "
                                                             f"(„{o.imie_nazwisko}”) – dokumenty drukują imię przed "
                                                             "nazwiskiem; popraw kolejność"])
    if _initial(o):  # „A. Nowak”: the documents print the name in full
        return Node("imie_nazwisko", o.imie_nazwisko, above=[f"{CHECK}: w tekście imię podano inicjałem "
                                                             f"(„{o.imie_nazwisko}”) – wpisz pełne imię"])
    nominative = _nominative(o)
    if nominative is None and not o.dopelniacz:
        return Node("imie_nazwisko", o.imie_nazwisko)
    if nominative is None or nominative.text == o.imie_nazwisko:
        return Node("imie_nazwisko", fill(f"imię i nazwisko w mianowniku (w tekście: {o.imie_nazwisko})"),
                    above=[f"{CHECK}: w tekście imię i nazwisko dzielnicowego są w dopełniaczu („{o.imie_nazwisko}”) "
                           "– wpisz je w mianowniku"])
    sure = "" if nominative.certain else " (nazwiska nie ma w słowniku – odmienione według wzoru)"
    return Node("imie_nazwisko", nominative.text,
                above=[f"{CHECK}: w tekście „{o.imie_nazwisko}” – mianownik ze słownika{sure}; sprawdź"])


def _town(unit_name: str) -> str | None:
    """The town in the nominative from the unit's name („… w Łęcznej” → Łęczna)."""
    from pismo.morph.phrases import town_of

    try:
        return town_of(unit_name)
    except Exception:  # noqa: BLE001 - no dictionary: the field is left to fill in
        return None


def _town_note(town: str, unit_name: str) -> str:
    """A town the dictionary knows as a place is only said; one read by analogy, or one of several places the
    text's form may name („w Tarnowie”: Tarnów, Tarnowa, Tarnowo), is to be checked."""
    from pismo.morph.dictionary import analyse
    from pismo.morph.phrases import town_choices

    several = town_choices(unit_name)
    if several:
        word, places = several
        return (f"{CHECK}: miejscowość z nazwy jednostki – „{word}” to w słowniku miejscownik kilku miejscowości "
                f"({', '.join(places)}); przyjęto „{town}” – sprawdź")
    places = {"nazwa_geograficzna", "człon_nazwy_geograficznej"}
    if all(any(places & set(r.labels) for r in analyse(part)) for part in re.split(r"[ -]", town) if part[:1].isupper()):
        return "miejscowość z nazwy jednostki (mianownik ze słownika)"
    return f"{CHECK}: miejscowość z nazwy jednostki, mianownik utworzony według wzoru odmiany – sprawdź"


def _sex_node(o) -> tuple[Node, object]:
    """The „plec” field of a person the plan names, and the person with the sex the dictionary gives: a sex the
    text does not say (a „Sporządziła”, „Akceptowała”) is marked as guessed – from the dictionary of first names
    or, failing it, from the name's ending."""
    known = _sex_from_dictionary(o)
    sex = "" if o.plec_pewna else GUESSED_SEX if not known.plec_pewna else DICTIONARY_SEX
    sex = INITIAL_SEX if _initial(o) else sex  # „A. Nowak”: the label or the ending guessed it
    named = _named_sex(o) if o.plec_pewna else None
    if named is not None and named != o.kobieta:  # „Akceptował:” printed on the form, „Ewa” signing it
        first = o.imie_nazwisko.split()[-1 if _surname_first(o) else 0]
        known, sex = replace(o, kobieta=named), LABEL_SEX.format(first)
    return Node("plec", "K" if known.kobieta else "M", comment=f"{CHECK}: {sex}" if sex else ""), known


INITIAL_SEX = ("imię podano inicjałem – płeć wzięto z etykiety podpisu, z funkcji pod nazwiskiem albo odgadnięto (M – "
               "mężczyzna, K – kobieta); sprawdź")


def _initial(o) -> bool:
    """„A. Nowak”: the first name as an initial – neither its sex nor the name in full is in the text."""
    return bool(re.match(r"\w\.\s", o.imie_nazwisko))


LABEL_SEX = ("etykieta podpisu („Sporządził”, „Akceptował” …) i imię „{}” ze słownika imion wskazują różną płeć – "
             "przyjęto płeć z imienia (M – mężczyzna, K – kobieta); sprawdź")


def _named_sex(o) -> bool | None:
    """Whether the dictionary of first names makes the person a woman; None when it does not know the name."""
    found = _sex_from_dictionary(replace(o, plec_pewna=False))
    return found.kobieta if found.plec_pewna else None


def _sex_from_dictionary(o):
    """The officer's sex from the first name in the dictionary, when the text did not say it."""
    if o.plec_pewna:
        return o
    nominative = _nominative(o)
    from pismo.morph import people

    name = nominative.text if nominative else o.imie_nazwisko
    plec = people.gender(name) or (people.first_name_gender(name.split()[-1]) if _surname_first(o) else None)
    return replace(o, kobieta=plec == "K", plec_pewna=True) if plec else o


def _surname_first(o) -> bool:
    """„Nowak Anna”: the last word is a first name the dictionary knows and the first is none – the surname was
    written first (the documents print „imię nazwisko”)."""
    from pismo.morph import people

    words = o.imie_nazwisko.split()
    try:
        return (len(words) == 2 and people.first_name_gender(words[0]) is None
                and people.first_name_gender(words[1]) is not None)
    except Exception:  # noqa: BLE001 - no dictionary: the order is left as written
        return False


def _nominative(o):
    """The officer's name in the nominative when the dictionary reads it in another case."""
    from pismo.morph import people

    try:
        name = people.nominative(o.imie_nazwisko)
    except Exception:  # noqa: BLE001 - no dictionary: the name is left as the text gives it
        return None
    return name if name is not None and (o.dopelniacz or name.text != o.imie_nazwisko) else None


def _valid(key: str, value: str) -> bool:
    """Would the case model accept the value (it checks the same patterns)?"""
    return bool(re.fullmatch(TELEFON_PATTERN if key == "telefon" else EMAIL_PATTERN, value))


def _superior(plan: Plan) -> Node | None:
    """The superior named in the plan's 'ZATWIERDZAM' block."""
    o = plan.superior
    if o is None:
        return None
    lines = plan.superior_lines or [fill("funkcja")]
    function = proper_case(" ".join(plan.superior_lines)) if plan.superior_lines else fill("funkcja")
    return Node("przelozony", [
        Node("stopien", o.stopien or fill("stopień")),
        Node("imie_nazwisko", o.imie_nazwisko),
        _sex_node(o)[0],
        Node("funkcja", function, above=[f"{CHECK}: utworzono z tekstu planu – sprawdź pisownię"]),
        Node("podpis", [Node(value=line) for line in lines]),
    ], above=["przełożony: zatwierdza plan – z tekstu planu („ZATWIERDZAM” albo „Zatwierdził:”)",
              *checks(plan.field_notes.get("superior", []))])


def _people(plan: Plan) -> Node:
    unit_name = plan.unit.mianownik if plan.unit else None
    boss = _commander(unit_name) or "Komendant Powiatowy Policji w …"
    return Node("osoby", [
        _officer(plan),
        _person("komendant", boss, _letterhead(boss), "komendant: podpisuje wnioski do instytucji"),
        _superior(plan) or _person("przelozony", "funkcja, np. Naczelnik Wydziału Prewencji",
                                   ["NACZELNIK", "WYDZIAŁU PREWENCJI"],
                                   "przełożony: zatwierdza plan („ZATWIERDZAM”)", plan.field_notes.get("superior", [])),
    ], above=_banner("OSOBY – w tekście planu ich dane zwykle nie występują"))


# ------------------------------------------------------------------------------------ district, period

def _number(district: str) -> int | str:
    return int(district) if district.isdigit() else district


def _district(plan: Plan) -> Node:
    """rejon (one district), rejony (a plan for several), teren (an area without a number) or, for a posterunek's
    plan the text gives no number, nothing: a number the text does not have is never made up."""
    banner = _banner("REJON SŁUŻBOWY I OKRES PLANU")
    if plan.districts:
        items = [Node(value=[Node("numer", _number(d))]) for d in plan.districts]
        return Node("rejony", items, comment="jeden plan dla kilku rejonów: „dla rejonów służbowych nr …”",
                    above=banner + checks(plan.field_notes.get("district", [])))
    if plan.district is not None:
        value = Node("numer", _number(plan.district), above=checks(plan.field_notes.get("district", [])))
        return Node("rejon", [value], above=banner)
    if plan.area:
        return Node("teren", plan.area, comment=f"plan bez numeru rejonu: „na terenie {plan.area}”",
                    above=banner + [f"{CHECK}: w tekście nie ma numeru rejonu – plan obejmuje teren nazwany w tytule"])
    if plan.unit and plan.unit.mianownik.startswith("Posterunek"):
        return Node(above=banner + [f"{CHECK}: w tekście nie ma numeru rejonu – tytuł planu posterunku nazwie "
                                    "jednostkę; jeśli plan dotyczy rejonu, dopisz:", "rejon:", "  numer: …",
                                    "albo teren w dopełniaczu: teren: gminy …"])
    value = Node("numer", PLACEHOLDER, comment="numer rejonu: cyframi arabskimi (3) albo rzymskimi (XIII)",
                 above=[f"{CHECK}: w tekście nie rozpoznano numeru rejonu"])
    return Node("rejon", [value], above=banner)


def _other_dates(plan: Plan) -> list[str]:
    """A note naming the plan's other dates („Opatów, dnia 20.02.2026 r.” over the title, „Data sporządzenia: …”)
    when they differ from the one taken: none is dropped unsaid."""
    others = list(dict.fromkeys(quoted(text) for day, text, _made in plan.dates if day != plan.date))
    if not others:
        return []
    return [f"plan ma w tekście różne daty – przyjęto {plan.date:%d.%m.%Y} r., jest też {', '.join(others)}; "
            "sprawdź, która jest datą sporządzenia planu"]


def _day(key: str, value) -> Node:
    """A date of the text, or – its year out of the years the case takes (a typo: „30.09.2206”) – left to fill in,
    the text's date quoted: the case file loads, the officer is told."""
    if MIN_YEAR <= value.year <= MAX_YEAR:
        return Node(key, value)
    return Node(key, PLACEHOLDER, comment=f"w tekście {value.day:02}.{value.month:02}.{value.year} r. – rok spoza lat "
                                          f"{MIN_YEAR}–{MAX_YEAR}; wpisz właściwą datę RRRR-MM-DD")


_LONGEST_PERIOD_DAYS = 2 * 366  # a plan runs months, a year at most: a longer period is a mistyped year


def _period_notes(plan: Plan) -> list[str]:
    """What to check in the plan's period: its notes, and a span of years („do 30.09.2062 r.” for 2026)."""
    start, end = plan.period
    notes = list(plan.field_notes.get("period", []))
    if (end - start).days > _LONGEST_PERIOD_DAYS:
        notes.append(f"okres planu trwa ponad dwa lata ({start.year}–{end.year}) – sprawdź rok w datach okresu")
    return notes


def _period(plan: Plan) -> list[Node]:
    if plan.period is None:
        unknown = [Node("od", PLACEHOLDER, comment="RRRR-MM-DD"), Node("do", PLACEHOLDER, comment="RRRR-MM-DD")]
        period = Node("okres", unknown,
                      above=[None, f"{CHECK}: w tekście nie rozpoznano okresu planu („od … do …”)"])
    else:
        period = Node("okres", [_day("od", plan.period[0]), _day("do", plan.period[1])],
                      above=[None, *checks(_period_notes(plan))])
    if plan.date:
        return [period, Node("plan", [_day("data", plan.date)],
                             above=[None, "data sporządzenia planu (z tekstu)", *checks(_other_dates(plan))])]
    period.commented += [None, "plan:  # data sporządzenia planu – potrzebna do dokumentu „plan”",
                         "  data: RRRR-MM-DD"]
    return [period]


# ------------------------------------------------------------------------------------------ sections

def _section_above(plan: Plan, number: int, empty: bool, said: list[str] = ()) -> list[str | None]:
    """The section's heading comment; `said` is what the text wrote instead of content ("Brak.")."""
    above: list[str | None] = [None, SECTION_TITLES[number - 1]]
    above += checks(plan.section_notes.get(number, []))
    above += said
    if empty and number not in plan.found:
        above.append(f"{PLACEHOLDER}: w tekście nie było tej części planu")
    elif empty and not said and number not in plan.unread_parts:  # its object's note says what is there
        above.append(f"{CHECK}: ta część planu była w tekście pusta")
    return above


def _texts(texts: list[Text], hint: str) -> list[Node]:
    if not texts:
        return [Node(value=fill(hint))]
    return [Node(value=t.value, above=checks(t.notes)) for t in texts]


def _meaningful(texts: list[Text]) -> list[Text]:
    """The texts the case file lists: „brak”, „nie dotyczy” or a rule alone is none (the summary counts these)."""
    return [t for t in texts if not _EMPTY.fullmatch(t.value)]


def _said_empty(texts: list[str]) -> list[str]:
    """What the text wrote instead of content ("Brak.", "nie dotyczy"), as comments: nothing is lost."""
    return [f"w tekście: „{t}”" for t in texts if _EMPTY.fullmatch(t)]


def _problem_goal(plan: Plan, used: dict[str, int]) -> list[Node]:
    problem, goal = _meaningful(plan.problem), _meaningful(plan.goal)
    return [
        Node("zagrozenie", [Node("opis", _texts(problem, "opis zdiagnozowanego zagrożenia"))],
             above=_section_above(plan, 1, not problem, _said_empty([t.value for t in plan.problem]))),
        Node("cel", [Node("opis", _texts(goal, "zakładany cel do osiągnięcia")), *_indicators(plan, used)],
             above=_section_above(plan, 2, not goal, _said_empty([t.value for t in plan.goal]))),
    ]


def _indicators(plan: Plan, used: dict[str, int]) -> list[Node]:
    """The goal's measures as the text states them: a change in percent, a target in words, a method."""
    items = []
    for w in plan.indicators:
        fields = [Node("id", slug(w.nazwa or "", used, "wskaznik")), Node("nazwa", w.nazwa or fill("nazwa wskaźnika"))]
        if w.wartosc_wyjsciowa is not None:
            fields.append(Node("wartosc_wyjsciowa", w.wartosc_wyjsciowa))
        elif w.baseline_missing:
            fields.append(Node("wartosc_wyjsciowa", fill("liczba z okresu, z którym cel porównuje"),
                               comment="zmiana w procentach liczy się od niej"))
        for key in ("okres_wyjsciowy", "zmiana", "docelowo", "jednostka", "sposob_oceny"):
            if getattr(w, key) is not None:
                fields.append(Node(key, getattr(w, key)))
        items.append(Node(value=fields, above=checks(w.notes)))
    return [Node("wskazniki", items)] if items else []


def _termin(termin) -> list[Node] | str:
    if termin.opis:
        return termin.opis  # a deadline in words: "termin: na bieżąco"
    nodes = []
    if termin.od:
        nodes.append(_day("od", termin.od))
    nodes.append(_day("do", termin.do) if termin.do else Node("do", PLACEHOLDER, comment="RRRR-MM-DD"))
    if termin.cyklicznie:
        nodes.append(Node("cyklicznie", termin.cyklicznie))
    return nodes


def written_actions(plan: Plan) -> list:
    """The actions the case file lists: an item that is only a rule or „brak” („- ---”) is none."""
    return [a for a in plan.actions if not (a.opis and _EMPTY.fullmatch(a.opis))]


def written_ways(plan: Plan) -> list[Text]:
    """The ways of informing the case file lists: „nie dotyczy” or a rule alone is none."""
    return _meaningful(plan.informing)


def written_partners(plan: Plan) -> list:
    """The partners the case file lists: a name that is only „brak” or a rule, without tasks, is none."""
    return [p for p in plan.partners if not (p.nazwa and _no_partner(p.nazwa) and not p.zadania) and not _idle(p)]


def _no_partner(name: str) -> bool:
    """A partner's name that says there is none („brak”, „Nie przewiduje się udziału innych podmiotów …”)."""
    return bool(_EMPTY.fullmatch(name) or _NO_PARTNER.fullmatch(name))


def _idle(partner) -> bool:
    """A partner named with tasks that say it has none („Straż Miejska – nie dotyczy (brak SM w gminie).”)."""
    return bool(partner.nazwa and partner.zadania and _NO_TASKS.fullmatch(partner.zadania))


def _as_after_dash(tasks: str) -> str:
    """Tasks as written after the name's dash: the capital the partner reader gave them off („Brak zadań.”)."""
    tasks = tasks.rstrip(" .,;")
    return tasks[:1].lower() + tasks[1:] if tasks[1:2].islower() else tasks


IDLE_PARTNER = ("w tekście: „{} – {}” – podmiot bez zadań w planie, pominięto go; dopisz go z jego zadaniami, jeśli "
                "współpracuje")


def _actions(plan: Plan, used: dict[str, int]) -> Node:
    items = []
    for a in written_actions(plan):
        fields = [Node("id", slug(a.opis or "", used, "dzialanie")), Node("opis", a.opis or fill("opis działania")),
                  Node("termin", _termin(a.termin))]
        if a.podpunkty:
            fields.append(Node("podpunkty", [Node(value=sub) for sub in a.podpunkty]))
        items.append(Node(value=fields, above=checks(a.notes)))
    if not items:  # no date is made up for an action the text does not have
        items.append(Node(value=[Node("id", slug("", used, "dzialanie")), Node("opis", fill("opis działania")),
                                 Node("termin", fill("termin: do: RRRR-MM-DD albo słowami, np. na bieżąco"))]))
    return Node("dzialania", items, above=_section_above(plan, 3, not plan.actions))


def _partners(plan: Plan, used: dict[str, int]) -> Node:
    items = []
    for p in written_partners(plan):
        fields = [Node("id", slug(p.nazwa or "", used, "partner")), Node("nazwa", p.nazwa or fill("nazwa podmiotu"))]
        if p.komorki:
            fields.append(Node("komorki", [Node(value=k) for k in p.komorki]))
        fields.append(Node("zadania", p.zadania or fill("zadania podmiotu")))
        items.append(Node(value=fields, above=checks(p.notes)))
    empty = not items
    if empty and 4 not in plan.found:
        items = [Node(value=[Node("id", slug("", used, "partner")), Node("nazwa", fill("nazwa podmiotu")),
                             Node("zadania", fill("zadania podmiotu"))])]
    said = [f"w tekście: „{p.nazwa}”" for p in plan.partners if p.nazwa and not p.zadania and _no_partner(p.nazwa)]
    said += checks([IDLE_PARTNER.format(p.nazwa, _as_after_dash(p.zadania)) for p in plan.partners if _idle(p)])
    if empty and said:
        said[-1] += " – bez podmiotów współpracujących (dokument drukuje „Brak.”)"
    return Node("partnerzy", items, above=_section_above(plan, 4, empty, said))


def _informing(plan: Plan) -> Node:
    texts = written_ways(plan)
    return Node("informowanie", _texts(texts, "sposób informowania mieszkańców"),
                above=_section_above(plan, 5, not texts, _said_empty([t.value for t in plan.informing])))


# --------------------------------------------------------------------------------------------- whole

def case_nodes(plan: Plan) -> list[Node]:
    used: dict[str, int] = {}  # ids are unique across the whole case file
    return [
        _unit(plan), _people(plan), _district(plan), *_period(plan),
        *_problem_goal(plan, used), _actions(plan, used), _partners(plan, used), _informing(plan),
        Node(above=[None, "Wnioski (pisma do instytucji) i spotkania: tekst planu ich nie zawiera. Dopisz je",
                    "według wzoru z polecenia „pismo nowa WZOR.yaml” (części „wnioski:” "
                    "i „spotkania:”)."]),
    ]


def write_case(plan: Plan, source_name: str) -> tuple[str, object]:
    """(YAML text, the data it holds)."""
    nodes = case_nodes(plan)
    header = comment_lines(_header(plan, source_name), "")
    text = "\n".join(header + emit(nodes)).rstrip() + "\n"
    return text, to_data(nodes)
