"""What each template may print: one typed context per template, every field with a one-line Polish description.

The builders in pismo.documents.builders fill these (a test holds every built context to
its type); the template lint checks a template's variables against them, and
`pismo szablony zmienne` shows them to a unit editing its templates in Word.
A list field's items are described by the item type (in a template: {% for … in … %}).
"""

from __future__ import annotations

import typing
from typing import Annotated, List, Optional, TypedDict, Union

D = Annotated  # D[type, "opis"]: a field and what it holds, as the user reads it


# --- shared pieces ------------------------------------------------------------------------------

class Jednostka(TypedDict):
    nazwa: D[str, "nazwa jednostki w mianowniku"]
    naglowek: D[List[str], "wiersze nagłówka pisma (wielkimi literami, jak w nagłówku jednostki)"]
    wydzial: D[Optional[str], "wydział w mianowniku (puste, gdy sprawa go nie podaje)"]
    adres: D[List[str], "wiersze adresu jednostki"]
    telefon: D[Optional[str], "telefon jednostki"]
    email: D[Optional[str], "adres e-mail jednostki"]
    miejscowosc: D[str, "miejscowość, w której sporządza się pisma"]


class Osoba(TypedDict):
    pelne: D[str, "stopień, imię i nazwisko"]
    kobieta: D[bool, "prawda, gdy to kobieta (Sporządziła, dzielnicowa)"]
    funkcja: D[Optional[str], "funkcja, np. dzielnicowy rejonu służbowego nr 3"]
    telefon: D[Optional[str], "telefon służbowy"]
    email: D[Optional[str], "służbowy adres e-mail"]


class Dzielnicowy(Osoba):
    kto: D[str, "jak pisma go nazywają: dzielnicowy rejonu służbowego nr 3 sierż. Jan Nowak"]
    kontakt: D[str, "to samo z telefonem i e-mailem (osoba do kontaktu)"]


class Autorzy(TypedDict):
    osoby: D[List[Dzielnicowy], "każdy, kto sporządza plan (jeden albo kilku dzielnicowych)"]
    sporzadzil: D[str, "słowo nad podpisem zgodne z płcią i liczbą: Sporządził, Sporządziła, Sporządzili albo Sporządziły"]
    ktory: D[str, "który, która, którzy albo które"]
    kto: D[str, "wszyscy sporządzający: dzielnicowy rejonu służbowego nr 5 … i dzielnicowa rejonu …"]
    kontakt: D[str, "wszyscy sporządzający z telefonami i e-mailami (osoby do kontaktu)"]
    osoba: D[str, "osobą albo osobami (do kontaktu)"]
    jest: D[str, "jest albo są"]
    realizuje: D[str, "realizuje albo realizują"]
    pozostaje: D[str, "pozostaje albo pozostają"]


class Wspolne(TypedDict):
    jednostka: D[Jednostka, "jednostka Policji (nazwa, nagłówek, adres, kontakt)"]
    rejon: D[Optional[str], "numer rejonu służbowego, np. 3 albo XIII (kilka: 5 i 6)"]
    rejony: D[List[str], "numery rejonów służbowych planu (puste, gdy plan nie ma numeru rejonu)"]
    okres_r: D[str, "okres planu, np. od 1.07.2025 r. do 31.12.2025 r."]
    okres_roku: D[str, "okres planu, np. od 1.07.2025 roku do 31.12.2025 roku"]
    dzielnicowy: D[Osoba, "dzielnicowy, który sporządza plan i pisma (pierwszy z kilku)"]
    autorzy: D[Autorzy, "wszyscy sporządzający plan i słowa z nimi zgodne"]


class Tytul(TypedDict):
    obszar: D[str, "co obejmuje plan: dla rejonu służbowego nr 3, dla rejonów … nr 5 i 6, na terenie gminy …"]
    zespol: D[str, "zespół i wydział w dopełniaczu (tytuł planu)"]
    jednostka: D[str, "jednostka w dopełniaczu (tytuł planu)"]
    nadrzedna: D[Optional[str], "jednostka nadrzędna w dopełniaczu, np. Komendy Miejskiej Policji w … (puste: brak)"]


class Podpis(TypedDict):
    funkcja: D[List[str], "wiersze funkcji w bloku podpisu, wielkimi literami"]
    osoba: D[str, "stopień, imię i nazwisko podpisującego"]


class Zatwierdza(Podpis):
    data: D[Optional[str], "data zatwierdzenia słownie (puste, gdy sprawa jej nie podaje)"]


class Wskaznik(TypedDict):
    nazwa: D[str, "nazwa wskaźnika"]
    wyjsciowa: D[str, "wartość wyjściowa"]
    docelowa: D[str, "wartość docelowa albo cel słowami (np. spadek o 25%)"]
    jednostka: D[str, "jednostka miary (np. zgłoszeń)"]
    sposob_oceny: D[Optional[str], "jak wskaźnik będzie oceniany"]
    opis: D[str, "cały miernik, jak go drukuje plan: wartość wyjściowa, cel (liczba, zmiana w % lub słowami)"]


class Dzialanie(TypedDict):
    opis: D[str, "opis działania"]
    termin: D[str, "termin realizacji, np. do dnia 31.07.2025 roku albo słowami: na bieżąco"]
    podpunkty: D[List[str], "podpunkty działania (lista zagnieżdżona pod działaniem)"]


class Partner(TypedDict):
    nazwa: D[str, "nazwa podmiotu współpracującego"]
    komorki: D[Optional[str], "komórki podmiotu, połączone „i”/„oraz”"]
    zadania: D[Optional[str], "zadania podmiotu"]


class Sekcje(TypedDict):
    zagrozenie: D[List[str], "część 1: akapity charakterystyki zagrożenia"]
    cel: D[List[str], "część 2: akapity zakładanego celu"]
    wskazniki: D[List[Wskaznik], "część 2: mierniki celu"]
    dzialania: D[List[Dzialanie], "część 3: działania z terminami"]
    partnerzy: D[List[Partner], "część 4: podmioty współpracujące"]
    informowanie: D[List[str], "część 5: sposoby informowania społeczności"]


class Adresat(TypedDict):
    przed: D[List[str], "wiersze bloku adresata przed wyróżnionym (np. Pan)"]
    wyroznione: D[List[str], "wiersze wyróżnione (pogrubione): imię i nazwisko albo nazwa"]
    po: D[List[str], "wiersze po wyróżnionym: funkcja, nazwa instytucji, adres"]


class Autor(TypedDict):
    opis: D[str, "tekst noty „Sporządził:” – stopień, imię i nazwisko, telefon (kilku: po średniku)"]
    kobieta: D[bool, "prawda, gdy sporządziła kobieta (pierwszy z kilku)"]
    etykieta: D[str, "słowo noty: Sporządził, Sporządziła, Sporządzili albo Sporządziły"]


class Pismo(Wspolne):
    miejsce_data: D[str, "miejscowość i data pisma, np. Łęczna, dnia 14 lipca 2025 r."]
    znak: D[Optional[str], "znak sprawy (puste, gdy sprawa go nie podaje)"]
    adresat: D[Adresat, "blok adresata"]
    powitanie: D[str, "zwrot grzecznościowy, np. Szanowny Panie Burmistrzu,"]
    podpis: D[Podpis, "blok podpisu"]
    egzemplarze: D[List[str], "komu egzemplarze (Egz. nr 1 – …)"]
    zalaczniki: D[List[str], "załączniki"]
    autor: D[Autor, "nota „Sporządził(a):”"]


class Spotkanie(TypedDict):
    temat: D[str, "temat spotkania (w sprawie …)"]
    data: D[str, "data słownie, np. 15 września 2025 r."]
    data_dzien: D[str, "data z dniem tygodnia, np. 15 września 2025 r. (poniedziałek)"]
    godzina: D[str, "godzina rozpoczęcia, np. godz. 17:00"]
    godzina_zakonczenia: D[Optional[str], "godzina zakończenia (puste, gdy nie podano)"]
    czas: D[str, "czas spotkania, np. w godz. 17:00–18:30 albo o godz. 17:00"]
    miejsce: D[str, "miejsce w miejscowniku, np. w sali konferencyjnej Komendy"]
    miejsce_nazwa: D[str, "nazwa miejsca w mianowniku"]
    adres: D[Optional[str], "adres miejsca spotkania"]
    cel: D[List[str], "akapity celu spotkania"]
    porzadek: D[List[str], "punkty porządku spotkania"]


class Przebieg(TypedDict):
    punkt: D[int, "numer punktu porządku"]
    tytul: D[str, "punkt porządku"]
    akapity: D[List[str], "akapity przebiegu punktu"]


class Ustalenie(TypedDict):
    lp: D[int, "liczba porządkowa"]
    tresc: D[str, "treść ustalenia"]
    odpowiedzialny: D[Optional[str], "kto odpowiada"]
    termin: D[Optional[str], "termin"]


class RealizacjaDzialania(TypedDict):
    opis: D[str, "opis działania z planu"]
    status: D[str, "stan: zrealizowane, w trakcie, …"]
    data: D[Optional[str], "data realizacji"]
    akapity: D[List[str], "co zrobiono"]


class RealizacjaPartnera(TypedDict):
    nazwa: D[str, "nazwa podmiotu"]
    akapity: D[List[str], "co zrobił podmiot"]


class WskaznikOsiagniety(TypedDict):
    nazwa: D[str, "nazwa wskaźnika"]
    jednostka: D[str, "jednostka miary"]
    wyjsciowa: D[str, "wartość wyjściowa"]
    docelowa: D[str, "wartość docelowa"]
    osiagnieta: D[str, "wartość osiągnięta"]
    wynik: D[str, "wynik słowami: wartość wyjściowa → osiągnięta, zmiana w %, czy cel osiągnięty"]


class Realizacja(TypedDict):
    dzialania: D[List[RealizacjaDzialania], "realizacja działań"]
    partnerzy: D[List[RealizacjaPartnera], "działania podmiotów"]
    wskazniki: D[List[WskaznikOsiagniety], "wskaźniki: wartości przed i po"]
    ocena: D[str, "ocena celu: osiągnięty, częściowo osiągnięty, nieosiągnięty"]
    uzasadnienie: D[List[str], "uzasadnienie oceny"]
    wnioski: D[List[str], "wnioski na następny okres (puste w wersji do publikacji)"]
    miejsce_data: D[str, "miejscowość i data informacji"]
    autor_funkcja: D[Optional[str], "funkcja sporządzającego"]


# --- one context per template ---------------------------------------------------------------------

class PlanContext(Wspolne):
    tytul: D[Tytul, "czyj to plan: zespół i jednostka w dopełniaczu"]
    publiczny: D[bool, "prawda w wersji do publikacji (zatwierdzenie jako dokonane albo bez bloku)"]
    zatwierdza: D[Zatwierdza, "przełożony zatwierdzający plan (blok ZATWIERDZAM)"]
    sekcje: D[Sekcje, "pięć części planu"]
    miejsce_data: D[str, "miejscowość i data planu"]
    autor_funkcja: D[str, "funkcja sporządzającego plan"]


class WniosekContext(Pismo):
    dotyczy: D[str, "czego dotyczy wniosek (w sprawie …)"]
    temat_planu: D[Optional[str], "czego dotyczy plan, w dopełniaczu (plan … dotyczący …)"]
    problem: D[List[str], "akapity opisu problemu (puste, gdy wniosek go nie podaje)"]
    zrodla: D[Optional[str], "skąd wiadomo o problemie, połączone „i”"]
    prosba: D[str, "o co prosi wniosek"]
    uzasadnienie: D[List[str], "akapity uzasadnienia"]
    efekt: D[List[str], "oczekiwany efekt"]


class ZaproszenieContext(Pismo):
    spotkanie: D[Spotkanie, "spotkanie, na które zaprasza pismo"]


class ListaObecnosciContext(Wspolne):
    spotkanie: D[Spotkanie, "spotkanie"]
    numer: D[str, "numer protokołu, np. 1/2025"]
    zalacznik: D[bool, "prawda, gdy lista jest załącznikiem nr 1 do protokołu (protokół nie wymienia obecnych)"]
    klauzula_rodo: D[List[str], "akapity klauzuli informacyjnej RODO jednostki (puste: bez klauzuli)"]


class ProtokolContext(ListaObecnosciContext, total=False):
    odbyte: D[bool, "prawda, gdy spotkanie się odbyło (protokół wypełniony); inaczej formularz"]
    obecni: D[List[str], "obecni: imię i nazwisko – funkcja (tylko odbyte)"]
    przebieg: D[List[Przebieg], "przebieg spotkania, punkt po punkcie (tylko odbyte)"]
    ustalenia: D[List[Ustalenie], "ustalenia (tylko odbyte)"]
    protokolant: D[str, "kto protokołował (tylko odbyte)"]
    prowadzacy: D[str, "kto prowadził (tylko odbyte)"]
    protokolant_kobieta: D[bool, "prawda, gdy protokołowała kobieta (tylko odbyte)"]
    prowadzacy_kobieta: D[bool, "prawda, gdy prowadziła kobieta (tylko odbyte)"]
    zakonczenie: D[bool, "prawda, gdy dopisać „Na tym spotkanie zakończono.” (przebieg tego nie mówi)"]
    miejsce_data: D[str, "miejscowość i data sporządzenia protokołu (tylko odbyte)"]


class ProtokolPustyContext(Wspolne):
    klauzula_rodo: D[List[str], "akapity klauzuli informacyjnej RODO jednostki (puste: bez klauzuli)"]


class InformacjaContext(Wspolne):
    tytul: D[Tytul, "czyj to plan: zespół i jednostka w dopełniaczu"]
    sekcje: D[Sekcje, "pięć części planu, jak zatwierdzono"]
    realizacja: D[Optional[Realizacja], "ocena realizacji (puste, gdy sprawa jej nie zawiera)"]


# --- reading the types ------------------------------------------------------------------------------

class Field(typing.NamedTuple):
    name: str  # dotted, list items as name[]: sekcje.dzialania[].termin
    description: str
    type: object


def fields(context: type) -> dict[str, Field]:
    """The top-level fields of a context type, by name."""
    hints = typing.get_type_hints(context, include_extras=True)
    return {name: Field(name, _description(hint), _bare(hint)) for name, hint in hints.items()}


def all_fields(context: type, prefix: str = "") -> list[Field]:
    """Every field, nested ones included, in declaration order."""
    out = []
    for name, f in fields(context).items():
        dotted = f"{prefix}{name}"
        out.append(Field(dotted, f.description, f.type))
        inner, many = _item(f.type)
        if _is_typed_dict(inner):
            out += all_fields(inner, f"{dotted}[]." if many else f"{dotted}.")
    return out


def nested(field_type) -> type | None:
    """The context type inside a field (itself, or its list's item), when it is one."""
    inner, _ = _item(field_type)
    return inner if _is_typed_dict(inner) else None


def type_name(field_type) -> str:
    """A Polish word for the field's kind of value."""
    inner, many = _item(field_type)
    base = {str: "tekst", bool: "tak/nie", int: "liczba"}.get(inner, "grupa pól" if _is_typed_dict(inner) else "?")
    return f"lista ({base})" if many else base


def mismatches(value, context: type, where: str = "") -> list[str]:
    """Where a built context differs from its type: missing or undeclared keys, wrong kinds of value."""
    if not isinstance(value, dict):
        return [f"{where or '(całość)'}: oczekiwano grupy pól, jest {type(value).__name__}"]
    declared = fields(context)
    out = [f"{where}{k}: pole niezadeklarowane w {context.__name__}" for k in value if k not in declared]
    out += [f"{where}{k}: brak pola wymaganego przez {context.__name__}" for k in context.__required_keys__
            if k not in value]
    for name, f in declared.items():
        if name in value:
            out += _value_mismatches(value[name], f.type, f"{where}{name}")
    return out


def _value_mismatches(value, field_type, where: str) -> list[str]:
    optional = typing.get_origin(field_type) is Union and type(None) in typing.get_args(field_type)
    if value is None:
        return [] if optional else [f"{where}: puste, a typ nie dopuszcza braku wartości"]
    inner, many = _item(field_type)
    if many:
        if not isinstance(value, list):
            return [f"{where}: oczekiwano listy, jest {type(value).__name__}"]
        return [m for i, v in enumerate(value) for m in _value_mismatches(v, inner, f"{where}[{i}]")]
    if _is_typed_dict(inner):
        return mismatches(value, inner, f"{where}.")
    if not isinstance(value, inner) or (inner is int and isinstance(value, bool)):
        return [f"{where}: oczekiwano {type_name(inner)}, jest {type(value).__name__}"]
    return []


def _description(hint) -> str:
    return hint.__metadata__[0] if hasattr(hint, "__metadata__") else ""


def _bare(hint):
    return typing.get_args(hint)[0] if hasattr(hint, "__metadata__") else hint


def _item(field_type) -> tuple[object, bool]:
    """(the value type without Optional, whether it is a list)."""
    if typing.get_origin(field_type) is Union:
        field_type = next(a for a in typing.get_args(field_type) if a is not type(None))
    if typing.get_origin(field_type) in (list, List):
        return typing.get_args(field_type)[0], True
    return field_type, False


def _is_typed_dict(value) -> bool:
    return isinstance(value, type) and issubclass(value, dict) and hasattr(value, "__annotations__")
