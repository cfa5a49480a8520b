"""Clubs and drink brands that read as persons' names: two clubs written as a match's pairing („Po meczu
Wisła–Lech”, „mecz legii z lechem”), a club after its official's noun („Trener Górnika”, „Kierownik drużyny
Lecha”), a fans' slogan („Lech Pany”), and beer and vodka brands a drinking note names as what is drunk („piją
Lecha”, „puszki po Lechu, Tyskim i Warce”, „Butelki po Sobieskim”). pismo.publication.names keeps what these spans
hold (its tokens: .word, .lower, .start, .end)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from pismo.morph import dictionary as d
from pismo.publication import figures, name_tags
from pismo.publication.names_data import FIRST_NAMES

# Beer and vodka brands by their stems („Tysk|im”, „Żywc|a”, „Wark|ę”); a word is a brand's when a case ending
# follows the stem.
DRINK_STEMS = ("lech", "tysk", "żywiec", "żywc", "okocim", "wark", "żubr", "harnaś", "harnasi", "perł", "perle",
               "kasztelan", "tatr", "specjal", "książęc", "łomż", "soplic", "sobiesk", "żubrówk", "żubrówc", "wyborow",
               "krupnik", "żołądkow", "luksusow", "absolwent", "stock", "finlandi", "smirnoff", "bocian", "amaren",
               "heineken", "carlsberg", "desperados", "kozel", "warszawianka", "piast")
_CASE_ENDINGS = frozenset({"", "a", "e", "ę", "ą", "y", "i", "u", "em", "iem", "owi", "ie", "ce", "ze", "im", "iego",
                           "iemu", "ej", "ego", "ach", "ami", "om", "ów"})
# What one drinks, buys or sells a drink with; a container the drink is named after („puszki po Lechu”).
_DRINKING = frozenset({"pić", "wypić", "popijać", "popić", "kupować", "kupić", "sprzedawać", "sprzedać", "przynosić",
                       "przynieść", "zamawiać", "zamówić", "spożywać", "spożyć"})
_CONTAINERS = ("puszk", "puszek", "butel", "flasz", "flaszek", "kapsl", "kapsel", "skrzyn", "karton", "opakowa")
_LIST_GAP = re.compile(r"[^\S\n]*,[^\S\n]*|[^\S\n]+(?:i|oraz|lub|albo)[^\S\n]+")
# Club officials („Trener Górnika”) and the team words between the noun and the club („Trener juniorów Górnika”).
_OFFICIALS = ("trener", "prezes", "kierownik", "kierowniczk", "kapitan", "zawodni", "piłkar", "bramkarz", "działacz",
              "rzecznik", "szkoleniow", "sponsor", "właściciel", "masażyst", "fizjoterapeut", "dyrektor")
_TEAM_WORDS = frozenset({"juniorów", "seniorów", "drużyny", "klubu", "zespołu", "rezerw", "młodzieży", "trampkarzy",
                         "orlików", "żaków", "sekcji", "pierwszej", "piłkarskiej", "akademii", "grupy"})
_DASH = re.compile(r"[^\S\n]*[-\u2010\u2011\u2013\u2014][^\S\n]*")
_SPACE = re.compile(r"[^\S\n]+")


def kept(text: str, words: list, club: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The spans of clubs and drinks that name no person; `club` tells a club's name in any case."""
    found = []
    for i, t in enumerate(words):
        if _brand(t) and _drunk(text, words, i):
            found.append((t.start, t.end))
        if not club(t.word.title()):
            continue
        if (other := _paired(text, words, i, club)) is not None:
            found.append((t.start, words[other].end))
        elif _after_official(text, words, i):
            found.append((t.start, t.end))
        elif i + 1 < len(words) and words[i + 1].lower == "pany" and _SPACE.fullmatch(text[t.end:words[i + 1].start]):
            found.append((t.start, words[i + 1].end))  # a fans' slogan: „Lech Pany”
    return found


def _brand(t) -> bool:
    """A drink brand's form, not a person's nominative („piją Lech i Marek”, „Piją Soplica i Nowak”: those
    drinking; what is drunk is in the accusative, „Soplicę”, or the same in both, „Tyskie”)."""
    if not t.word[:1].isupper() or t.lower in FIRST_NAMES or not any(
            t.lower.startswith(stem) and t.lower[len(stem):] in _CASE_ENDINGS for stem in DRINK_STEMS):
        return False
    cases = {case for case, _ in name_tags.tags(t.word).forms}
    return "nom" not in cases or "acc" in cases


def _drunk(text: str, words: list, i: int) -> bool:
    """Whether a brand stands where a drinking note names the drink: right after a drinking verb or after „po” and
    a container („Butelki po Sobieskim”), or later in a list of brands opened so."""
    k = i
    while k > 1 and _LIST_GAP.fullmatch(text[words[k - 1].end:words[k].start]) and _brand(words[k - 1]):
        k -= 1  # „po Lechu, Tyskim i Warce”
    if k == 0 or not _SPACE.fullmatch(text[words[k - 1].end:words[k].start]):
        return False
    before = words[k - 1]
    if before.lower == "po":
        return k > 1 and words[k - 2].lower.startswith(_CONTAINERS)
    return bool(_lemmas(before.lower) & _DRINKING)


@lru_cache(maxsize=4096)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset(d.base(r.lemma) for r in d.analyse(word) if r.pos in ("fin", "praet", "inf", "impt", "pcon",
                                                                           "imps", "ger", "pact")) \
        if d.available() else frozenset()


def _paired(text: str, words: list, i: int, club: Callable[[str], bool]) -> int | None:
    """The other club of a match written as a pairing: „Wisła–Lech”, „Motor – Wisła”, after a match's word also
    „Legii z Lechem”."""
    if i + 1 >= len(words):
        return None
    nxt = words[i + 1]
    if _DASH.fullmatch(text[words[i].end:nxt.start]) and club(nxt.word.title()):
        return i + 1
    if nxt.lower in ("z", "ze") and i + 2 < len(words) and club(words[i + 2].word.title()) \
            and any(w.lower.startswith(("mecz", "derb", "spotkani")) for w in words[max(0, i - 2):i]):
        return i + 2
    return None


def _after_official(text: str, words: list, i: int) -> bool:
    """A club in the genitive after a club official's noun, team words between („Trener juniorów Górnika”)."""
    k = i - 1
    while k >= 0 and words[k].lower in _TEAM_WORDS and i - k <= 3:
        k -= 1
    return k >= 0 and k < i and words[k].lower.startswith(_OFFICIALS) \
        and all(_SPACE.fullmatch(text[words[j].end:words[j + 1].start]) for j in range(k, i)) \
        and "gen" in {case for case, _ in name_tags.tags(words[i].word.title()).forms} | _genitive(words[i].word)


def _genitive(word: str) -> set[str]:
    """„gen” when the club's word reads as a genitive noun („Górnika”, „Lecha”)."""
    return {"gen"} if any("gen" in r.cases for r in d.analyse(word.title()) if r.pos == "subst") \
        and d.available() else set()


_FAN = ("kibic", "kibol", "fan", "sympatyk", "szalikow", "ultras", "pseudokibic")
_ONE_FAN = frozenset({"kibic", "kibol", "fan", "sympatyk", "szalikowiec", "ultras", "pseudokibic"})
_TOWNS = frozenset(figures.CLUB_TOWNS)
# Between the club and its fans: a colon, a dash or a bracket opening the list („Kibice Motoru – Sowa, Lis i Kruk –”,
# „Kibice Górnika (Sowa i Kruk)”), or nothing.
_OPENING = re.compile(r"[^\S\n]*(?P<mark>[:(\u2013\u2014-])?[^\S\n]*")
# A name an earlier pass removed: the text is scrubbed again as a document's part („Kibice Lecha: [imię i nazwisko
# usunięte] i …”), and the fans it listed are still fans.
_REMOVED = re.compile(r"\[[^\[\]\n]{1,40}\]")


def fans(text: str, words: list, club: Callable[[str], bool]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The club after a fan's noun, and every member of the list of fans after it, a colon, a dash or a bracket
    between or none („Kibice Wisły: Sowa, Lis i Kruk”, „Kibice Lecha Kruk, Lis i Sowa”; one fan after a singular
    noun, „Kibic Lecha Nowak”): (clubs to keep, fans to remove)."""
    clubs, members = [], []
    for i in range(len(words) - 2):
        if not (words[i].lower.startswith(_FAN) and club(words[i + 1].word.title())
                and _SPACE.fullmatch(text[words[i].end:words[i + 1].start])):
            continue
        opening = _OPENING.fullmatch(text, words[i + 1].end, _start(text, words[i + 2]))
        listed, k, gap_ok = [], i + 2, bool(opening)
        while k < len(words) and gap_ok and len(listed) < 8 and (last := _member(text, words, k, club)) is not None:
            listed.append(range(k, last + 1))  # „kibice Legii Warszawa i Wisły Kraków”: clubs, no member
            n = last + 2 if last + 2 < len(words) and words[last + 1].lower in ("i", "oraz") else last + 1  # „Lis i Kruk”
            gap_ok = n < len(words) and bool(_LIST_GAP.fullmatch(text, _end(text, words[last]), _start(text, words[n])))
            k = n
        if len(listed) > 1 or listed and (opening["mark"] or words[i].lower in _ONE_FAN):
            clubs.append((words[i + 1].start, words[i + 1].end))
            members += [(words[m.start].start, words[m.start].end) for m in listed if len(m) == 1
                        and not _REMOVED.match(text, words[m.start].start - 1)]  # a removed name stays as it is
    return clubs, members


def _member(text: str, words: list, k: int, club: Callable[[str], bool]) -> int | None:
    """The index of a listed fan's last word: a name's one word, or a removed name's mark's."""
    if (mark := _REMOVED.match(text, words[k].start - 1)) is not None:
        last = k
        while last + 1 < len(words) and words[last + 1].start < mark.end():
            last += 1
        return last
    w = words[k].word
    return k if _fan_name(w) and not club(w) and w not in _TOWNS else None


def _start(text: str, t) -> int:
    """A word's start, before a removed name's opening bracket."""
    return t.start - 1 if t.start and _REMOVED.match(text, t.start - 1) else t.start


def _end(text: str, t) -> int:
    """A word's end, past a removed name's closing bracket."""
    return t.end + 1 if text[t.end:t.end + 1] == "]" else t.end


def _fan_name(word: str) -> bool:
    """A capitalised word that may be a fan's name: a surname, a first name or a word the dictionary lacks."""
    if not word[:1].isupper() or not word[1:].islower():
        return False
    found = name_tags.tags(word)
    return bool(found.surname or found.first or not found.known)


def past_clubs(spans: list[tuple[int, int]], clubs: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Spans less a fan's club opening them („Lecha Kruk” after „Kibice”: only „Kruk” goes)."""
    out = []
    for start, end in spans:
        for a, b in clubs:
            if start == a and end > b:
                start = b + len(text[b:end]) - len(text[b:end].lstrip(" ,:"))
        out.append((start, end))
    return out
