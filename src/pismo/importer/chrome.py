"""Page chrome: what a pasted web page carries around the plan and is not plan text.

Only whole short lines are judged, so a sentence of the plan that merely
mentions "strona główna" or a date of publication is never taken for chrome.
"""

from __future__ import annotations

import re

_MENU = (
    "strona główna", "start", "aktualności", "komunikaty", "informacje", "dzielnicowi", "dzielnicowy",
    "twój dzielnicowy", "dzielnicowy bliżej nas", "priorytetowe plany działań dzielnicowych",
    "plany działań priorytetowych", "plany działania priorytetowego", "prewencja", "bezpieczeństwo", "kontakt",
    "mapa strony", "szukaj", "wyszukiwarka", "wyszukaj", "menu", "zamknij", "powrót", "wróć", "powrót do listy",
    "powrót na górę strony", "powrót na górę", "powrót do góry", "do góry", "na górę", "w górę", "back to top",
    "top",
    "przejdź do treści", "przejdź do menu", "skip to content", "drukuj", "wersja do druku", "drukuj stronę",
    "pdf", "udostępnij", "facebook", "twitter", "x", "youtube", "instagram", "kopiuj link", "deklaracja dostępności",
    "polityka prywatności", "rss", "bip", "biuletyn informacji publicznej", "english", "polski", "zaloguj",
    "a", "a+", "a++", "a-", "aaa", "a a a", "kontrast", "wysoki kontrast", "powiększ tekst", "zmniejsz tekst", "mapa",
    "galeria", "galeria zdjęć", "zobacz także", "zobacz również", "powiązane", "powiązane artykuły",
    "metryczka", "rejestr zmian", "akceptuję", "zgadzam się", "ok", "rozumiem", "więcej", "czytaj więcej",
    "następny", "poprzedni", "następny artykuł", "poprzedni artykuł", "załączniki", "pliki do pobrania",
    "pełna treść dokumentu dostępna jest w załączniku", "komenda", "jednostki policji", "o nas",
)
_MENU_ALTERNATIVES = "|".join(re.escape(w) for w in sorted(set(_MENU), key=len, reverse=True))
_MENU_RE = re.compile(rf"(?:{_MENU_ALTERNATIVES})\s*[»›↑▲^:>]*", re.I)
# Information about the page itself: when it was published, how often read, who wrote it. Only the key
# with a value of its kind (a date, a count, a short name after a colon) – "Publikacja informacji na stronie…"
# or "Wyświetlenie spotu…" are plan sentences.
_DATE_KEY = (r"opublikowano|data\s+(?:publikacji|wytworzenia|udostępnienia|modyfikacji|aktualizacji|utworzenia)"
             r"|ostatni[ao]?\s+(?:modyfikacj\w*|aktualizacj\w*|zmian\w*)|ostatnio\s+modyfikowan\w*"
             r"|zmodyfikowano|zaktualizowano|utworzono|dodano")
_DATE_VALUE = r"\d[\d\s.:/,-]*(?:(?:r\.?|roku|godz\.?|[a-ząćęłńóśźż]+)[\d\s.:/,-]*){0,3}"
_COUNT_KEY = r"(?:liczba|ilość)\s+(?:odwiedzin|wyświetleń|odsłon)|odsłon\w*|wyświetleń|odwiedzin|wizyt"
_NAME_KEY = (r"autor(?:zy|ka)?|wytworzył\w*|udostępnił\w*|zmodyfikował\w*|opublikował\w*|wprowadził\w*"
             r"|osoba\s+(?:udostępniająca|wprowadzająca|odpowiedzialna\s+za\s+(?:treść|informację|publikację|stronę))"
             r"|informację\s+(?:wytworzył|udostępnił)\w*"
             r"|tagi|słowa\s+kluczowe")
_META = re.compile(
    rf"(?:{_DATE_KEY})\s*:?\s*(?:dnia\s+)?{_DATE_VALUE}"
    rf"|(?:{_COUNT_KEY})\s*:?\s*\d[\d\s]*|\d[\d\s]*\s(?:wyświetle\w*|odsłon\w*|odwiedzin)"
    rf"|(?:{_NAME_KEY})\s*:\s*[^\s:;][^:;]{{0,60}}(?<![.!?])", re.I)
_META_MAX = 80  # longer lines are plan sentences
_BREADCRUMB = re.compile(r"(?:jesteś tutaj|jesteś w|strona główna|start)\b.*[»›>/|].*", re.I)
_COOKIES = re.compile(r".*\b(?:cookies?|ciasteczk\w*|plików? cookie\w*)\b.*", re.I)
_FILE = re.compile(r".*\.(?:pdf|docx?|odt|rtf|jpe?g|png)\s*(?:\(.*\))?|.*\(\s*\d+[,.]?\d*\s*[kKmM]i?B\s*\)"
                   r"|(?:pobierz|pobierz plik)\b.*", re.I)


# Page numbers of a printed or PDF document: "Strona 1 z 2", "str. 2", "- 2 -" (read as a bullet: "2 -"), "1/3".
_PAGE = re.compile(r"(?:strona|str\.)\s*\d{1,3}(?:\s*(?:z|/|na)\s*\d{1,3})?|[-–—]?\s*\d{1,3}\s*[-–—]"
                   r"|\d{1,3}\s*/\s*\d{1,3}", re.I)

_FOOTER_WORDS = {"metryczka", "załączniki", "rejestr zmian", "powrót", "wróć", "drukuj", "wersja do druku",
                 "powiązane artykuły", "zobacz także", "zobacz również", "udostępnij", "pliki do pobrania"}


def is_chrome(text: str) -> bool:
    """A whole line that belongs to the web page, not to the plan."""
    text = text.strip()
    if not text:
        return True
    if len(text) <= 60 and (_MENU_RE.fullmatch(text) or _PAGE.fullmatch(text)):
        return True
    if len(text) <= _META_MAX and _META.fullmatch(text):
        return True
    if len(text) <= 160 and (_BREADCRUMB.fullmatch(text) or _FILE.fullmatch(text)):
        return True
    return len(text) <= 400 and bool(_COOKIES.fullmatch(text))


def starts_footer(text: str) -> bool:
    """A short line after which a web page has only its footer (publication data, links); never a sentence."""
    text = text.strip()
    return len(text) <= _META_MAX and bool(_META.fullmatch(text)) or text.lower().rstrip(" :»›") in _FOOTER_WORDS
