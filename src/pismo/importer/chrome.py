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
    "powrót na górę strony", "powrót do góry", "do góry", "na górę", "w górę", "back to top", "top",
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
# Information about the page itself: who published it, when, how often it was read.
_META = re.compile(
    r"(?:opublikowano|data publikacji|publikacja|data wytworzenia|data udostępnienia|data modyfikacji"
    r"|data aktualizacji|wytworzył\w*|udostępnił\w*|zmodyfikował\w*|ostatnio modyfikowan\w*|ostatnia modyfikacja"
    r"|osoba udostępniająca|autor|źródło|liczba odwiedzin|liczba wyświetleń|ilość odwiedzin|odsłon\w*"
    r"|wyświetle\w*|tagi|słowa kluczowe|kategoria)\b.*", re.I)
_BREADCRUMB = re.compile(r"(?:jesteś tutaj|jesteś w|strona główna|start)\b.*[»›>/|].*", re.I)
_COOKIES = re.compile(r".*\b(?:cookies?|ciasteczk\w*|plików? cookie\w*)\b.*", re.I)
_FILE = re.compile(r".*\.(?:pdf|docx?|odt|rtf|jpe?g|png)\s*(?:\(.*\))?|.*\(\s*\d+[,.]?\d*\s*[kKmM]i?B\s*\)"
                   r"|(?:pobierz|pobierz plik)\b.*", re.I)


_FOOTER_WORDS = {"metryczka", "załączniki", "rejestr zmian", "powrót", "wróć", "drukuj", "wersja do druku",
                 "powiązane artykuły", "zobacz także", "zobacz również", "udostępnij", "pliki do pobrania"}


def is_chrome(text: str) -> bool:
    """A whole line that belongs to the web page, not to the plan."""
    text = text.strip()
    if not text:
        return True
    if len(text) <= 60 and _MENU_RE.fullmatch(text):
        return True
    if len(text) <= 160 and (_META.fullmatch(text) or _BREADCRUMB.fullmatch(text) or _FILE.fullmatch(text)):
        return True
    return len(text) <= 400 and bool(_COOKIES.fullmatch(text))


def starts_footer(text: str) -> bool:
    """A line after which a web page has only its footer (publication data, links)."""
    text = text.strip()
    return len(text) <= 160 and bool(_META.fullmatch(text)) or text.lower().rstrip(" :»›") in _FOOTER_WORDS
