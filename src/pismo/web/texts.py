"""Labels and hints of the case form.

Hints are not written here: they are the comments of the `pismo nowa` skeleton
(pismo/data/nowa.yaml), read once and matched to fields by their path, so the
help an officer reads in the file and in the browser is one text – but where the
file's words are YAML's or the command line's (WEB_HINTS). Labels (short
Polish names of fields, which the skeleton does not have) are the table below;
a test checks it covers every field of the model.
"""

from __future__ import annotations

import functools
import re

# Labels by schema path ("[]" stands for any list item); a bare field name is the fallback.
LABELS = {
    "jednostka": "Jednostka Policji", "jednostka.nazwa": "Nazwa jednostki", "jednostka.naglowek": "Nagłówek pisma",
    "jednostka.nadrzedna": "Jednostka nadrzędna (komenda powiatowa lub miejska posterunku albo komisariatu)",
    "jednostka.wydzial": "Wydział", "jednostka.zespol": "Zespół, rewir lub referat dzielnicowych",
    "jednostka.adres": "Adres jednostki", "jednostka.miejscowosc": "Miejscowość (do daty pisma)",
    "jednostka.klauzula_rodo": "Klauzula informacyjna RODO pod listą obecności",
    "osoby": "Osoby", "osoby.dzielnicowy": "Dzielnicowy", "osoby.komendant": "Komendant (podpisuje pisma)",
    "osoby.przelozony": "Przełożony (zatwierdza plan)",
    "osoby.dzielnicowy.rejon": "Rejon dzielnicowego (numer, w planie kilku rejonów)",
    "osoby.dzielnicowi": "Dzielnicowi (gdy plan sporządza kilku – zamiast pola Dzielnicowy)",
    "osoby.dzielnicowi[]": "Dzielnicowy", "osoby.dzielnicowi[].rejon": "Rejon dzielnicowego (numer z listy rejonów)",
    "rejon": "Rejon służbowy", "rejon.numer": "Numer rejonu", "rejon.opis": "Opis obszaru rejonu",
    "rejony": "Rejony służbowe (gdy plan obejmuje kilka – zamiast pola Rejon służbowy)", "rejony[]": "Rejon",
    "rejony[].numer": "Numer rejonu", "rejony[].opis": "Opis obszaru rejonu",
    "teren": "Teren planu w dopełniaczu (np. gminy Cyców – „na terenie gminy Cyców”)",
    "okres": "Okres planu", "okres.od": "Początek okresu", "okres.do": "Koniec okresu",
    "plan": "Dane planu", "plan.data": "Data sporządzenia planu",
    "plan.zatwierdzono": "Data zatwierdzenia planu (do wersji do publikacji)",
    "zagrozenie": "1. Charakterystyka zdiagnozowanego zagrożenia", "zagrozenie.opis": "Opis zagrożenia",
    "zagrozenie.temat": "Czego dotyczy plan (w dopełniaczu, do pism)",
    "zagrozenie.miejsca": "Miejsca", "zagrozenie.zrodla": "Źródła diagnozy",
    "cel": "2. Zakładany cel do osiągnięcia", "cel.opis": "Opis celu", "cel.wskazniki": "Wskaźniki celu",
    "cel.wskazniki[]": "Wskaźnik",
    "cel.wskazniki[].skladniki": "Składniki wskaźnika złożonego (wartość wyjściowa to ich suma)",
    "cel.wskazniki[].skladniki[]": "Składnik",
    "cel.wskazniki[].okres_wyjsciowy": "Okres wartości wyjściowej (np. w poprzednim półroczu)",
    "cel.wskazniki[].zmiana": "Cel jako zmiana w procentach (np. -25)",
    "cel.wskazniki[].docelowo": "Cel słowami (np. ograniczenie o 25%)",
    "realizacja.wskazniki[].opis": "Wynik słowami (cel jakościowy)",
    "dzialania": "3. Proponowane działania z terminami", "dzialania[]": "Działanie",
    "dzialania[].opis": "Treść działania", "dzialania[].partnerzy": "Partnerzy (identyfikatory, każdy w wierszu)",
    "dzialania[].dokumenty": "Dokumenty (identyfikatory wniosków lub spotkań)",
    "dzialania[].termin.opis": "Termin słowami (np. na bieżąco, w miarę potrzeb)",
    "dzialania[].podpunkty": "Podpunkty działania (każdy w wierszu)",
    "partnerzy": "4. Podmioty współpracujące", "partnerzy[]": "Partner", "partnerzy[].nazwa": "Nazwa partnera",
    "partnerzy[].adresaci": "Adresaci pism", "partnerzy[].adresaci[]": "Adresat",
    "partnerzy[].adresaci[].osoba": "Osoba adresata", "partnerzy[].adresaci[].nazwa": "Nazwa instytucji",
    "informowanie": "5. Sposób informowania społeczności rejonu",
    "wnioski": "Wnioski do instytucji", "wnioski[]": "Wniosek", "wnioski[].pismo": "Dane pisma",
    "spotkania": "Spotkania", "spotkania[]": "Spotkanie", "spotkania[].numer": "Numer protokołu",
    "spotkania[].data": "Data spotkania", "spotkania[].miejsce": "Miejsce spotkania",
    "spotkania[].miejsce.nazwa": "Nazwa miejsca", "spotkania[].cel": "Cel spotkania",
    "spotkania[].zaproszenie": "Dane pisma z zaproszeniem", "spotkania[].protokol": "Protokół spotkania",
    "spotkania[].protokol.data": "Data protokołu", "spotkania[].protokol.obecni[]": "Uczestnik",
    "spotkania[].protokol.przebieg[]": "Punkt przebiegu", "spotkania[].protokol.ustalenia[]": "Ustalenie",
    "realizacja": "Realizacja (ocena na koniec okresu)", "realizacja.data": "Data sporządzenia informacji",
    "realizacja.dzialania": "Realizacja działań", "realizacja.dzialania[]": "Działanie",
    "realizacja.dzialania[].data": "Data wykonania", "realizacja.dzialania[].opis": "Co zrobiono",
    "realizacja.partnerzy": "Udział partnerów", "realizacja.partnerzy[]": "Partner",
    "realizacja.partnerzy[].opis": "Co zrobił partner", "realizacja.wskazniki": "Wyniki wskaźników",
    "realizacja.wskazniki[]": "Wynik", "realizacja.wskazniki[].skladniki": "Wyniki składników (wskaźnik złożony)",
    "realizacja.wskazniki[].skladniki[]": "Składnik", "realizacja.cel": "Ocena celu", "realizacja.wnioski": "Wnioski na kolejny okres",
}

NAMES = {
    "id": "Identyfikator", "opis": "Opis", "data": "Data", "od": "Od", "do": "Do", "nazwa": "Nazwa",
    "mianownik": "Mianownik (kto? co?)", "dopelniacz": "Dopełniacz (kogo? czego?)", "celownik": "Celownik (komu? czemu?)",
    "biernik": "Biernik (kogo? co?)", "narzednik": "Narzędnik (z kim? z czym?)", "miejscownik": "Miejscownik (o kim? o czym?)",
    "telefon": "Telefon", "email": "Adres e-mail", "adres": "Adres", "stopien": "Stopień",
    "imie_nazwisko": "Imię i nazwisko", "plec": "Płeć", "funkcja": "Funkcja", "podpis": "Podpis (funkcja nad podpisem)",
    "wartosc_wyjsciowa": "Wartość wyjściowa", "wartosc_docelowa": "Wartość docelowa", "jednostka": "Jednostka miary",
    "sposob_oceny": "Sposób oceny", "termin": "Termin", "cyklicznie": "Zadanie powtarzane (np. raz w miesiącu)",
    "partnerzy": "Partnerzy", "dokumenty": "Dokumenty", "komorki": "Komórki partnera", "zadania": "Zadania partnera",
    "adresaci": "Adresaci", "kolegialny": "Organ kolegialny (rada, zarząd)", "powitanie": "Własny zwrot grzecznościowy",
    "adresat": "Adresat (identyfikator)", "dotyczy": "Dotyczy", "problem": "Opis problemu", "prosba": "Prośba",
    "uzasadnienie": "Uzasadnienie", "efekt": "Spodziewany efekt", "znak": "Znak sprawy", "podpisuje": "Podpisuje",
    "egzemplarze": "Egzemplarze", "zalaczniki": "Załączniki", "godzina": "Godzina rozpoczęcia",
    "godzina_zakonczenia": "Godzina zakończenia", "temat": "Temat spotkania (w dopełniaczu)",
    "zaproszeni": "Zaproszeni (identyfikatory adresatów)", "porzadek": "Porządek spotkania (punkt w wierszu)",
    "obecni": "Obecni", "przebieg": "Przebieg", "ustalenia": "Ustalenia", "tresc": "Treść",
    "odpowiedzialny": "Odpowiedzialny", "protokolant": "Protokolant", "prowadzacy": "Prowadzący",
    "dzialanie": "Działanie (identyfikator)", "status": "Stan realizacji", "partner": "Partner (identyfikator)",
    "wskaznik": "Wskaźnik (identyfikator)", "wartosc": "Osiągnięta wartość", "ocena": "Ocena",
    "osoba": "Osoba", "wnioski": "Wnioski", "cel": "Cel", "numer": "Numer", "miejsce": "Miejsce",
}


# What the case reader says in terms of the file (quotes, "- ", `pismo nowa`), said as the form is filled in.
FORM_WORDING = {
    "brak wymaganego pola – uzupełnij je (wzór: pismo nowa PLIK.yaml)": "uzupełnij to pole",
    'godzinę podaj jako GG:MM, np. "17:00"': "wpisz godzinę jako GG:MM, np. 17:00",
    'godzinę podaj jako GG:MM, np. "19:00"': "wpisz godzinę jako GG:MM, np. 19:00",
    "brak terminu – podaj datę do: RRRR-MM-DD albo termin słowami, np. termin: na bieżąco":
        "brak terminu – wpisz datę (RRRR-MM-DD) albo termin słowami, np. na bieżąco",
    "oczekiwano listy (elementy zaczynające się od „- ”)": "oczekiwano listy (każdy element w osobnym wierszu)",
    " (wzór z objaśnieniami: pismo nowa PLIK.yaml)": "",
    # the browser's own ways, never a command line the officer of the browser app does not use
    "(wzór: pismo nowa PLIK.yaml)": "(wzór z objaśnieniami daje przycisk „Nowa sprawa” na liście spraw)",
    "utwórz z niego plik sprawy poleceniem: pismo import PLIK.docx":
        "utwórz z niego sprawę przyciskiem „Importuj plan” na liście spraw",
    # the form shows the number as written and keeps it so while the field is left as it is
    "oczekiwano tekstu, a jest liczba – ujmij wartość w cudzysłów":
        "oczekiwano tekstu, a w pliku jest liczba – wpisz tu poprawioną wartość albo ujmij ją w cudzysłów w pliku "
        "sprawy w edytorze tekstu",
}


def located(problem) -> str:
    """A case reader's problem as a page about its case says it: its line and column, never the file's path on
    the server (the page names the case), in the browser's words (form_wording)."""
    where = f"wiersz {problem.line}, kolumna {problem.column or 1}: " if problem.line else ""
    return where + form_wording(problem.message)


def form_wording(message: str) -> str:
    """A problem's message as the case form shows it."""
    for said, shown in FORM_WORDING.items():
        message = message.replace(said, shown)
    return message


def label(schema_path: str) -> str:
    if schema_path in LABELS:
        return LABELS[schema_path]
    name = schema_path.rsplit(".", 1)[-1].removesuffix("[]")
    return NAMES.get(name, name)


def describe(loc: tuple) -> str:
    """Where a field is, in words: ("dzialania", 5, "id") -> "3. Proponowane działania… › Działanie 6 › Identyfikator"."""
    parts: list[str] = []
    for i, part in enumerate(loc):
        if isinstance(part, int):
            parts[-1:] = [f"{label(schema_path(loc[:i]) + '[]')} {part + 1}"]
        else:
            parts.append(label(schema_path(loc[:i + 1])))
    return " › ".join(parts)


def schema_path(loc: tuple) -> str:
    """("dzialania", 0, "opis") -> "dzialania[].opis"."""
    out = ""
    for part in loc:
        out += "[]" if isinstance(part, int) else ("." if out else "") + part
    return out


# --- hints from the skeleton's comments -------------------------------------------------------

_KEY = re.compile(r"^(?P<indent> *)(?P<dash>- +)?(?P<key>[a-z_]+):(?:\s+(?P<rest>.*))?$")
_TRAILING = re.compile(r"\s{2,}#\s?(?P<text>.*)$|^#\s?(?P<only>.*)$")
_BANNER = re.compile(r"^#\s*-{10,}\s*$")
_BLOCK = re.compile(r"^[|>][-+]?\s*(#.*)?$")


def _uncomment(line: str):
    """A commented-out YAML key line as the line it would be (commented blocks are fields too), else None."""
    column = line.index("#")
    rest = line[column + 1:]
    candidate = " " * column + (rest[1:] if rest.startswith(" ") else rest)
    if _KEY.match(candidate):
        return candidate
    return "" if candidate.lstrip().startswith("- ") else None  # "" = a commented value line: no hint


@functools.lru_cache(maxsize=1)
def hints() -> dict[str, str]:
    """Schema path -> the skeleton's comment for that field (the first occurrence)."""
    from pismo.web import core

    found: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    pending: list[str] = []
    block_indent = None
    for raw in core.skeleton().splitlines():
        line = raw.rstrip()
        if block_indent is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > block_indent:
                continue
            block_indent = None
        if not line.strip():
            pending = []
            continue
        if line.lstrip().startswith("#"):
            if _BANNER.match(line.strip()):
                continue
            candidate = _uncomment(line)
            if candidate is None:
                pending.append(line.lstrip().lstrip("# ").strip())
                continue
            if candidate == "":
                pending = []
                continue
            line = candidate
        match = _KEY.match(_strip_trailing(line)[0])
        if not match:
            pending = []
            continue
        indent = len(match["indent"])
        if match["dash"]:
            while stack and stack[-1][0] >= indent:
                stack.pop()
            stack.append((indent, "[]"))
            indent += len(match["dash"])
        while stack and stack[-1][0] >= indent:
            stack.pop()
        stack.append((indent, match["key"]))
        path = "".join(part if part == "[]" else ("." if i else "") + part for i, (_, part) in enumerate(stack))
        value, trailing = _strip_trailing(line)
        text = " ".join(pending + ([trailing] if trailing else []))
        if text and path not in found:
            found[path] = text
        pending = []
        rest = _KEY.match(value)["rest"] or ""
        if _BLOCK.match(rest):
            block_indent = indent
    return found


def _strip_trailing(line: str) -> tuple[str, str]:
    """(the line without its end comment, the comment). A '#' inside quotes is no comment here."""
    match = re.search(r"\s{2,}#\s?(.*)$", line)
    if match and line[:match.start()].count('"') % 2 == 0:
        return line[:match.start()], match.group(1).strip()
    return line, ""


_SAME_AS = {"osoby.komendant.": "osoby.dzielnicowy.", "osoby.przelozony.": "osoby.dzielnicowy.",
            "osoby.dzielnicowi[].": "osoby.dzielnicowy.", "rejony[].": "rejon.",
            "spotkania[].zaproszenie.": "wnioski[].pismo."}  # the skeleton says "fields as in …"


# The skeleton's help where the browser's reader must read other words: the file's reader types YAML and runs
# `pismo sprawdz`; in the browser a checkbox is ticked, a form confirmed with its button, a version downloaded.
WEB_HINTS = {
    "jednostka.nazwa": "Pełna nazwa jednostki. „mianownik” – kto? co? (obowiązkowy); „dopelniacz” – kogo? czego? (w "
                       "tytule planu i informacji: „… Komendy Powiatowej Policji w …”). Przypadek pozostawiony pusty "
                       "pismo bierze ze słownika i pokazuje tutaj z oznaczeniem „Odmiana ze słownika” – sprawdź go i "
                       "kliknij „Potwierdź i zapisz”. Wystarczy sam mianownik, np. „Komenda Powiatowa Policji w …”.",
    "jednostka.naglowek": "Nagłówek pisma (lewy górny róg), wiersz po wierszu, wielkimi literami – tak, jak pisze go "
                          "jednostka. Drukują go wszystkie pisma. Pozostawiony pusty, pismo układa nagłówek z nazw "
                          "jednostek („KOMENDA POWIATOWA POLICJI”, „W …”, „POSTERUNEK POLICJI”, „W …”) i pokazuje go "
                          "tutaj do potwierdzenia.",
    "plan.zatwierdzono": "Data zatwierdzenia planu przez przełożonego (nieobowiązkowa). Wersja do publikacji (przycisk "
                         "„Wersje do publikacji”) pokazuje wtedy zatwierdzenie z datą; bez niej blok „ZATWIERDZAM” "
                         "pomija.",
    "partnerzy[].adresaci[].kolegialny": "Zaznacz dla organu kolegialnego (rada, zarząd): pismo zaczyna się wtedy "
                                         "od „Szanowni Państwo,”.",
    "spotkania[].godzina": "godzina rozpoczęcia",
    "spotkania[].zaproszeni": "Zaproszeni: identyfikatory adresatów z części „4. Podmioty współpracujące” › „Adresaci "
                              "pism”; każdy dostaje zaproszenie (nieobowiązkowe).",
    "cel.wskazniki": "Mierzalne wskaźniki celu (nieobowiązkowe, zalecane): stan wyjściowy i docelowy. Informacja o "
                     "realizacji porównuje je z wynikami (część „Realizacja” › „Wyniki wskaźników”).",
    "realizacja.wskazniki": "wartości osiągnięte (wskaźniki z części „2. Zakładany cel do osiągnięcia”)",
    "wnioski[].adresat": "identyfikator adresata z części „4. Podmioty współpracujące” › „Adresaci pism”",
    "osoby.dzielnicowi": "Plan sporządzany przez kilku dzielnicowych: zamiast pola „Dzielnicowy” ta lista (pola jak u "
                         "dzielnicowego). Plan i informacja drukują „Sporządzili:” (same kobiety: „Sporządziły:”) i "
                         "każdego z nazwiska; pisma, które podpisuje dzielnicowy, podpisuje pierwszy.",
}


def _help(schema_path_: str) -> str | None:
    return WEB_HINTS.get(schema_path_, hints().get(schema_path_))


def hint(schema_path_: str) -> str:
    """The help the browser shows under a field: the skeleton's, in the browser's own words where they differ."""
    found = _help(schema_path_)
    if found is None:
        for prefix, same in _SAME_AS.items():
            if schema_path_.startswith(prefix):
                found = _help(same + schema_path_[len(prefix):])
    # the label already says "(nieobowiązkowe)": the hint need not repeat it
    return re.sub(r"\s*\(nieobowiązkowe\)", "", found or "").strip()
