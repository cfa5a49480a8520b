"""The final sweep of a public text: a capitalised word not known to be safe goes, whatever its context.

The name rules (pismo.publication.names and its neighbours) find a private person by what the text says around the
name; every review found new shapes they do not read (nicknames, emphasis, brackets, a wife's form, Cyrillic). This
pass runs after them on what they left and reads the words themselves (issue 17: contact data and private persons'
names never reach a public file; officers' ranks and names stay):

- a word capitalised mid-sentence is a proper noun: it goes when the SGJP dictionary reads it as a person's name
  (a first name, a surname, a wife's „-owa” form) or does not know it at all (Cyrillic and other scripts too);
- a word opening a sentence, a line, a list's item or a table's cell goes only when its lower-case form is no
  current common word and it is a person's name or unknown („Kowalczyk zgłosił”; not „Hałas”, „Lis”, „Sowa”);
- a word whose form a removed name had goes everywhere (the same case's later forms: „Kurka”, „Kurkowi”).

Known safe, whatever the dictionary says: the case's officers' names, its own places and title words; a place the
dictionary knows (by a place reading in the case a preposition asks: „z Ludwina”, „w Cycowie”; any place reading
when the word is no person's); a street, estate or patron after „ul.”, „os.”, „im.”, „pomnik”; a run of
capitalised words an institution's noun heads („Komenda Powiatowa Policji”, „Rada Osiedla Wrzosowisko”);
months, weekdays, feasts, sacred and historical figures; abbreviations in capitals („KPP”, „MOPS”) and brands
written with inner capitals („WhatsApp”). Over-cuts of a proper noun the dictionary does not know are the price
(a leak is a breach, an over-cut an inconvenience): the words swept are kept in `Sweep.cut`, so the summary of
`--publikacja` lists them for the officer to check.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable

from pismo.morph import dictionary as d
from pismo.polish import ascii_fold
from pismo.publication import clubs_drinks, cyrillic, figures, institutions, name_tags, profiles
from pismo.publication.names import (PREFIXED_SURNAME, _BRAND, _BUSINESS, _CLUBS, _FIGURE_SURNAMES, _INSTITUTION,
                                     _OFFICER_WORD, _PATRON, _PLACE, _PLACE_INSTITUTION, _POLICE_POST, _RANK, _SACRED,
                                     Forms, Names, _merged)
from pismo.publication.names_data import (HONORIFICS, PATRON_ABBREVIATIONS, POLICE_ABBREVIATIONS, RANK_ABBREVIATIONS,
                                          RANKS_WRITTEN, ROLE_ABBREVIATIONS, SURNAME_PARTICLES, TIME_NOUNS)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# What may stand between a word and the sentence's start: spaces, opening quotes and brackets, emphasis marks.
_OPENERS = " \t\u00a0„\"'«»‹›‘‚“(<[{*_~"
# A line's start before an item: a bullet, a dash, a number or a letter with „.” or „)”.
_ITEM_START = re.compile(r"[^\S\n]*(?:[-–—•▪·*+>◦‣⁃]|\d{1,3}[.)]|[a-zA-Z][.)])[^\S\n]*")
_SENTENCE_END = ".!?…:"
# After these a street's, an estate's or a patron's name follows: the capitalised run after them stays.
_STREET_MARKS = frozenset({"ul", "al", "os", "pl", "im", "zam", "adres", "adresu", "adresem", "ulica", "ulicy", "ulicę", "ulicą", "ulice", "ulic",
                           "ulicach", "aleja", "alei", "aleję", "aleją", "osiedle", "osiedla", "osiedlu", "osiedlem",
                           "plac", "placu", "placem", "imienia", "rondo", "ronda", "rondzie", "skwer", "skweru",
                           "skwerze", "park", "parku", "pomnik", "pomnika", "pomniku", "pw", "bulwar", "bulwarze"})
# After these a place's name follows („Gminy Cyców”, „wsi Ludwin”, „Ziemia Łęczyńska”).
_PLACE_MARKS = frozenset({"gmina", "gminy", "gminie", "gminę", "gminą", "wieś", "wsi", "wsią", "miejscowość",
                          "miejscowości", "sołectwo", "sołectwa", "sołectwie", "powiat", "powiatu", "powiecie",
                          "miasto", "miasta", "mieście", "ziemia", "ziemi", "ziemię", "województwo", "województwa",
                          "dzielnica", "dzielnicy", "kolonia", "kolonii", "parafia", "parafii"})
# A place's case after a preposition: „z Ludwina” (gen), „w Cycowie” (loc), „na Ludwin” (acc).
_PLACE_CASES = {"w": {"loc", "acc"}, "we": {"loc", "acc"}, "na": {"loc", "acc"}, "z": {"gen"}, "ze": {"gen"},
                "do": {"gen"}, "od": {"gen"}, "spod": {"gen"}, "koło": {"gen"}, "obok": {"gen"}, "przy": {"loc"},
                "pod": {"inst", "acc"}, "nad": {"inst"}, "za": {"inst", "acc"}, "przez": {"acc"}, "po": {"loc"}}
_FEASTS = frozenset("""dzień wigilia wielkanoc boże narodzenie sylwester andrzejki mikołajki walentynki zaduszki
    wszystkich świętych trzech króli nowy rok barbórka""".split())
_WEEKDAYS = frozenset("poniedziałek wtorek środa czwartek piątek sobota niedziela".split())
# After a list's item: a comma, a semicolon, a count, a slash, a bullet, the line's end, „i” and the next name.
_ITEM_END = re.compile(r"[^\S\n]*(?:[,;(/•·×–—-]|\d|$|\n|(?:i|oraz)[^\S\n]+[^\W\d_a-ząćęłńóśźż])")
_UKRAINIAN_SURNAME = re.compile(r"(?:енко|юк|чук|ук|ич|ський|цький|ська|цька|ишин|ишина)$")
# Between a street's mark and its patron („ul. prof. Zbigniewa Religi”, „ul. ks. Jerzego Popiełuszki”).
_TITLES_BETWEEN = frozenset("prof dr ks kard gen marsz św bł inż hm abp bp mjr płk kpt por".split())
# Before these a run is a thing's name, not a person's („napis Legia”, „marka Toyota”).
# Public offices whose holder a plan names as the office („Starosta Łęczyński”, „Wojewoda Lubelski”).
_OFFICES = ("starost", "wojewod", "wójt", "burmistrz", "prezydent", "marszał", "sołty", "radn", "przewodnicząc",
            "dyrektor", "prezes", "komendant", "naczelnik", "kierownik", "minist", "premier", "poseł", "posł", "senator")
_NAMING_NOUNS = frozenset("""napis napisy napisem hasło hasłem graffiti slogan marka marki model modelu firma firmy
    nazwa nazwą nazwie""".split())
# After a run: a ruler's or a pope's number, a company's form, an institution's noun in apposition.
_THING_AFTER = re.compile(r"[^\S\n]+(?:[IVX]{1,4}\b|S\.A\.|sp\.)|[^\S\n]*[„\"][^”\"\n]{1,40}[”\"][^\S\n]+S\.A\."
                          r"|,[^\S\n]+(?:kopalni\w*|firm\w*|spół\w*|zakład\w*|sklep\w*|szkoł\w*|klub\w*|hurtowni\w*"
                          r"|przedsiębiorstw\w*|stowarzysze\w*|fundacj\w*|parafi\w*|wieś|wsi|miejscowoś\w*|gmin\w*)\b")
_LINK_BEFORE = re.compile(r"\w\.\w{2,}(?:/[\w.-]*)*/$")  # „facebook.com/Leczna”: a part of a link
_LABEL_BEFORE_REMOVED = re.compile(r"[^\S\n]*:[^\S\n]*\x00")
_FILE_AFTER = re.compile(r"[^\S\n]+\d+/\d+")
# A label before a list of streets or places („Patrole:”, „Obchody:”, „Wsie:”, „Trasa:”).
_STREETS_LABEL = re.compile(r"(?i)(?<!\w)(?:ulic|patrol|obchod|obchód|tras|rejon|obejmuj|rewir|dzielnic|wsie|wsi"
                            r"|miejscowoś|sołectw|osiedl)\w*[^\S\n]*:[^.;!?\n]*$")
_OFFICER_STEMS = ("dzielnicow", "policjant", "funkcjonariusz", "komendant", "posterunk", "aspirant", "sierżant",
                  "komisarz", "podkomisarz", "nadkomisarz", "inspektor", "posterunkow", "kierownik posterunku",
                  "rzecznik", "naczelnik")
_OFFICER_WORD_RE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(_OFFICER_STEMS) + r")\w*")
_OFFICER_AFTER = re.compile(r"[^\S\n]*(?:[,(–—-][^\S\n]*)(?:" + "|".join(_OFFICER_STEMS) + r")", re.IGNORECASE)
_BREAKS_OFFICER = frozenset("z ze od u dla przez i oraz a lub albo że który która którzy".split())
_FADED = {"daw.", "przest.", "rzad.", "char.", "gwar.", "reg.", "arch.", "książk."}


class Sweep:
    """The sweep of one case's texts: what it keeps (the case's officers, places and title words) and what it
    removed (`cut`, the words as written; their forms go in the case's later texts too)."""

    def __init__(self, names: Names, safe_texts: Iterable[str] = ()):
        self.names = names
        self.safe = Forms()
        for text in safe_texts:
            for w in _WORD.findall(text or ""):
                if w[:1].isupper() and len(w) > 2:
                    self.safe.add(w)
        self.removed = Forms()  # the forms of every word removed so far
        self.cut: list[str] = []

    def spans(self, text: str, masked: str, named: list[tuple[int, int]], kept: list[tuple[int, int]] = (),
              spaced=lambda span: False) -> list[tuple[int, int]]:
        """Where a text (as seen) holds a capitalised word to remove: `masked` is the text with what earlier passes
        found blanked out (NUL characters); the words of `named` (the name rules' spans) are removed forms, those of
        `kept` (the officers, figures and clubs they kept) stay; `spaced(span)`: whether the view joined that
        word's letters („W i l k”)."""
        for start, end in named:
            for w in _WORD.findall(text[start:end]):
                if _proper(w) and not self._safe_word(w) and _name_only(w):
                    self.removed.add(w, surname=True)
        if not (self.names.dictionary and name_tags.available()):
            return []  # without the dictionary every word is unknown: the sweep reads nothing
        words = list(_WORD.finditer(masked))
        quoted = _safe_quotes(masked, words)
        found: list[tuple[int, int]] = []
        place_end = safe_end = thing_end = -1
        i = 0
        while i < len(words):
            if not _proper(words[i].group()):
                i += 1
                continue
            j = _run_end(masked, words, i)
            if any(a <= words[i].start() < b for a, b in (*quoted, *kept)) or self._safe_run(masked, words, i, j) \
                    or safe_end >= 0 and _LISTED.fullmatch(masked, safe_end, words[i].start()):
                safe_end = words[j].end()  # „pamięci Czesława Niemena i Jana Kiepury”: a list of them
            else:
                safe_end = -1
                if self._kept(masked, words, j):
                    safe_end = words[j].end()  # „Kościuszki i Marii Curie-Skłodowskiej”: a list after a patron
                for k in range(i, j + 1):
                    if spaced(words[k].span()):
                        continue  # „A n n y  N o w a k”: letters the view joined, read by the name rules
                    removed = words[k].group() in self.removed and not self._safe_word(words[k].group())
                    if self._place(masked, words, k, place_end, by_context=removed):
                        place_end = words[k].end()
                    elif removed:
                        self._remove(found, words[k])  # a form of a name removed before („Lodowi” of „Jan Lód”)
                    elif _thing(words[k].group()) or thing_end >= 0 and _common(words[k].group()) \
                            and _LISTED.fullmatch(masked, thing_end, words[k].start()):
                        thing_end = words[k].end()  # „Zagrożenia: Kradzieże, Hałas, Wandalizm”: a list of things
                    elif not self._kept(masked, words, k) and self._cut(masked, words[k]):
                        self._remove(found, words[k])
            i = j + 1
        return _merged(masked, found)

    def _remove(self, found: list[tuple[int, int]], m: re.Match) -> None:
        found.append(m.span())
        if m.group() not in self.cut:
            self.cut.append(m.group())
        self.removed.add(m.group(), surname=True)

    def _cut(self, text: str, m: re.Match) -> bool:
        w = m.group()
        if w in self.removed:
            return True
        t = name_tags.tags(w)
        if not (bool(t.first or t.surname) and not t.office or t.married or not t.known):
            return False
        if t.known and (t.ordinary or t.place or t.married):
            return False  # also a common word or a place („Sowa”, „Lis”, „Lipowa”): the name rules judge it by context
        if text[m.end():m.end() + 1] == "." and _abbreviated(w):
            return False  # „Art. 51”, „Godz. 17”, „Al. Kraśnicka”
        if _starts(text, m):
            if _cyrillic(w):  # no dictionary: a name's shape, or a Cyrillic word in a Polish sentence
                return cyrillic.first_name(w) or bool(_UKRAINIAN_SURNAME.search(cyrillic._as_written(w))) \
                    or _latin_after(text, m.end())
            return not _common(w) and not t.geographic
        return True

    def _safe_run(self, text: str, words: list[re.Match], i: int, j: int) -> bool:
        """A run of capitalised words that is no person's: after „ul.”, „im.”, a patron's title or an officer's rank;
        headed by an institution's noun; or holding a word no name is („Dom Kultury”, „Zielona Góra”)."""
        if i and self._opens_safe_run(text, words[i - 1]):
            return True
        k = i - 1
        while k >= 0 and words[k].group().lower() in _TITLES_BETWEEN and _near(text, words[k].end(), words[k + 1].start()):
            k -= 1  # „ul. prof. Zbigniewa Religi”
        if 0 <= k < i - 1 and self._opens_safe_run(text, words[k]):
            return True
        if _officer_before(text, words, i) or _officer_near(text, words[i].start(), words[j].end()) \
                or _cyrillic(words[i].group()) and cyrillic._police_before(text, words[i].start()):
            return True
        if i and _near(text, words[i - 1].end(), words[i].start()) and (
                (name_tags.tags(words[i - 1].group()).office or words[i - 1].group().lower().startswith(_OFFICES))
                and words[i - 1].group()[0].isupper()
                or words[i - 1].group().lower() in _NAMING_NOUNS):
            return True  # „Starosta Jan Kos”, „Wojewoda Lubelski”: a public office's; „napis Legia”: a thing's name
        if _THING_AFTER.match(text, words[j].end()) or _streets_label(text, words[i].start()):
            return True  # „Jana Pawła II”, „Bogdanka S.A.”, „Bogdanka, kopalnia węgla”; „Patrole: Bogdanka, …”
        if i and words[i - 1].group().lower() in _STREET_BEFORE and _adjectival(words[j].group()):
            return True  # „na Heleny Modrzejewskiej”
        first = i + 1 if _opening(text, words[i].start()) else i
        for k in range(i, j + 1):
            w = words[k].group()
            if self._heads_a_run(w) or k < j and (_officers_word(w) or w.lower().startswith(_OFFICES)):
                return True  # „Dzielnicowemu Janowi Lis”, „Wojewoda Lubelski”
            if k >= first and j > i and _thing(w):
                return True
        return False

    def _kept(self, text: str, words: list[re.Match], k: int) -> bool:
        """Whether a capitalised word is known safe: the case's, an officer's, a time's, a figure's, a service's,
        a part of a link or a handle, a label before what was removed („Spotify: [adres profilu usunięty]”), a court
        file's letters („III Nkd 123/25”)."""
        w, start, end = words[k].group(), words[k].start(), words[k].end()
        if self._safe_word(w) or start and text[start - 1] in "@#_" or end < len(text) and text[end] in "@_" \
                or _LINK_BEFORE.search(text, max(0, start - 80), start) or end < len(text) and text[end] == "/" \
                and _LINK_BEFORE.search(text, max(0, start - 80), start + 1):
            return True
        if _LABEL_BEFORE_REMOVED.match(text, end) or len(w) <= 3 and _FILE_AFTER.match(text, end):
            return True
        if k + 1 < len(words) and words[k + 1].group() in _FIGURE_FORMS \
                and _joined(text, words[k].end(), words[k + 1].start()):
            return True  # „Witolda Pileckiego”
        return bool(_SERVICE.fullmatch(w)) and text[words[k].end():words[k].end() + 1] in (":", " ", ")", ",")

    def _place(self, text: str, words: list[re.Match], k: int, place_end: int, by_context: bool = False) -> bool:
        """Whether a capitalised word names a place where it stands: after a place's word („gminy Cyców”, „mieszkańcy
        Ludwina”), after a preposition in a place's case („z Ludwina”, „w Cycowie”), a street after „przy”, „na”,
        listed after a place („Ludwina i Cycowa”); or a place the dictionary knows that no name is."""
        w = words[k].group()
        t = name_tags.tags(w)
        # a removed name's form is a place only where the text says so („z Puchaczowa”, not „Lodowi wręczono”)
        if not by_context and (t.geographic and not (t.first or t.surname or t.married)
                               or t.geographic and _starts(text, words[k]) and not _wife(w)):
            return True  # a place no name is; at a sentence's start, any place („Bogdanka, największy pracodawca”)
        if w in self.names.places:
            return True
        if (_adjectival(w) or t.geographic) and _HOUSE_AFTER.match(text, words[k].end()):
            return True  # „zam. Lipowa 5”, „adresu Klonowa 10/3”: a street before its house number
        if k and _near(text, words[k - 1].end(), words[k].start()):
            before = words[k - 1].group().lower()
            if before in _PLACE_MARKS and t.geographic:
                return True
            if (before in _RESIDENTS or name_tags.tags(words[k - 1].group()).office) and _place_in(w, {"gen"}):
                return True  # „mieszkańcy Ludwina”, „Sołtys Ludwina”
            if before in _PLACE_CASES and _place_in(w, _PLACE_CASES[before]):
                return True
            if before in _STREET_BEFORE and _adjectival(w):
                return True
        if place_end >= 0 and _joined(text, place_end, words[k].start()) and (t.geographic or _adjectival(w)):
            return True  # „Janowa Podlaskiego”, „Zielonej Górze”: a place's name of two words
        if place_end >= 0 and _STREETS_LISTED.fullmatch(text, place_end, words[k].start()):
            return t.geographic or _adjectival(w)
        return False

    def _safe_word(self, w: str) -> bool:
        if _cyrillic(w) and cyrillic._as_written(w).startswith(cyrillic._COMMON_STEMS + cyrillic._ROLE_STEMS):
            return True  # „Сусідка”, „Мешканець”: a role, no name
        names = self.names
        return (w in names.officers.first or w in names.officers.surnames or w in names.places or w in self.safe
                or ascii_fold(w).lower() in names.institution_words or w in _SACRED
                or w in _FIGURE_FORMS or w in _BRAND or w in figures.DYNASTIES or _time_word(w)
                or w.lower().startswith(clubs_drinks.DRINK_STEMS) or w.lower() in _SOFTWARE
                or w.lower() in HONORIFICS)

    @staticmethod
    def _heads_a_run(w: str) -> bool:
        """An institution's, a business's or a place's noun: the capitalised words after it are its name's."""
        if _cyrillic(w):  # „Поліція Луцька”, „Осідля Бобровники”
            return cyrillic._as_written(w).startswith(cyrillic._BODY_STEMS + _CYRILLIC_PLACE_STEMS)
        return bool(institutions._INSTITUTION.fullmatch(w)) or w in _INSTITUTION or w in _BUSINESS \
            or w in _PLACE_INSTITUTION or w in _PLACE or w in _PATRON or w in _CLUBS or w in _BRAND

    @staticmethod
    def _opens_safe_run(text: str, before: re.Match) -> bool:
        """„ul.”, „im.”, „pomnik”, „św.” before a capitalised run: a street's, a patron's."""
        word = before.group().lower()
        if _cyrillic(before.group()) or before.group() in ("m", "M"):
            return cyrillic._as_written(word) in _CYRILLIC_MARKS  # „вул. Садова”, „м. Луцьк”
        if before.group().islower() and (before.group() in _PLACE or before.group() in _PATRON):
            return True  # „pomnik”, „pamięci”, „kościół”, „święty”
        return word in _STREET_MARKS or word in PATRON_ABBREVIATIONS and text[before.end():before.end() + 1] == "."


_FIGURE_FORMS = Forms()
for _surname in _FIGURE_SURNAMES:
    _FIGURE_FORMS.add(_surname.partition("-")[0], surname=True)


def _joined(text: str, end: int, start: int) -> bool:
    """Two words of one capitalised run: a space or a hyphen between them, nothing else."""
    return re.fullmatch(r"[^\S\n]|-", text[end:start]) is not None


def _near(text: str, end: int, start: int) -> bool:
    """Two words with only spaces (or a dot of an abbreviation, a label's colon) between them."""
    return re.fullmatch(r"[.:]?[^\S\n]+", text[end:start]) is not None


def _run_end(text: str, words: list[re.Match], i: int) -> int:
    """The last word of the capitalised run from word i („Jana de Tourreila”: a surname's particle inside)."""
    j = i
    while j + 1 < len(words):
        if _proper(words[j + 1].group()) and _joined(text, words[j].end(), words[j + 1].start()):
            j += 1
        elif j + 2 < len(words) and words[j + 1].group() in SURNAME_PARTICLES and _proper(words[j + 2].group()) \
                and _joined(text, words[j].end(), words[j + 1].start()) \
                and _joined(text, words[j + 1].end(), words[j + 2].start()):
            j += 2
        else:
            break
    return j


def _capitals_inside(w: str) -> bool:
    """An abbreviation in capitals („KPP”) or a brand with inner capitals („WhatsApp”): no person's name – unless a
    surname's prefix holds the inner capital („O'Brien”)."""
    return any(c.isupper() for c in w[1:]) and not PREFIXED_SURNAME.fullmatch(w)


def _opening(text: str, start: int) -> bool:
    """Whether the word at `start` opens a sentence, a line, a list's item or a table's cell."""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    if i == 0 or text[i - 1] == "\n" or text[i - 1] == "\t":
        return True
    if text[i - 1] in _SENTENCE_END:
        before = re.search(r"([^\W\d_]+)\.$", text[max(0, i - 12):i])
        if text[i - 1] == "." and before and (len(before.group(1)) == 1 or _abbreviation(before.group(1).lower())):
            return False  # „J. Kurek”, „p. Sowa”, „ul. Lipowa”: no sentence's end
        return True
    line = text.rfind("\n", max(0, i - 9), i) + 1  # an item's mark is short: a window, so the time stays linear
    return i - line <= 8 and _ITEM_START.fullmatch(text, line, i) is not None


def _name_only(w: str) -> bool:
    """A word the dictionary reads as a person's name and as nothing else current, or does not know."""
    t = name_tags.tags(w)
    return not t.known or bool(t.first or t.surname) and not (t.office or t.ordinary or t.place or t.married)


def _starts(text: str, m: re.Match) -> bool:
    """A word opening a sentence, a line or a cell, not an item of a list after a label's colon."""
    return _opening(text, m.start()) and not _list_item(text, m)


def _wife(w: str) -> bool:
    """A wife's or a daughter's form of a surname („Kurkowa”, „Wróblowej”) whose lower-case form is only an
    adjective („kurkowy”), no noun nor a place's only name („Milejowa” is Milejów's)."""
    t = name_tags.tags(w)
    readings = d.analyse(w.lower())
    return t.married and any(r.adjectival for r in readings) and not any(r.noun for r in readings)


def _list_item(text: str, m: re.Match) -> bool:
    """A word after a label's colon standing as a list's item, not a sentence's subject („Osoby: Kurek, Sowa”,
    „Zgłoszenia od: Kurkowej (3)”): mid-sentence, as the items after it are."""
    i = m.start()
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i > 0 and text[i - 1] == ":" and _ITEM_END.match(text, m.end()) is not None


def _latin_after(text: str, end: int) -> bool:
    """A Latin word after this one, in a Polish sentence (not a marker's „[imię i nazwisko usunięte]”)."""
    nxt = _WORD.search(text, end, min(len(text), end + 40))
    return nxt is not None and not _cyrillic(nxt.group()) and "[" not in text[end:nxt.start()]


def _abbreviation(word: str) -> bool:
    return word in {"p", "pp", "ul", "al", "os", "pl", "im", "św", "bł", "ks", "dr", "mgr", "inż", "prof", "sierż",
                    "asp", "kom", "post", "st", "mł", "podkom", "nadkom", "insp", "ob", "gen", "płk", "mjr", "kpt",
                    "por", "ppor", "zw", "ps", "tzw", "np", "m.in", "tj", "ur", "zam", "tel", "nr"}


def _common(w: str) -> bool:
    """Whether the word's lower-case form is a current common word (not only a name, a place or a faded word); a
    verb with its person's ending („Rozmawiałem”, „Byliśmy”) is one."""
    if _agglutinated(w.lower()):
        return True
    for r in d.analyse(w.lower()):
        labels = set(r.labels)
        if labels & (name_tags.PERSON_LABELS | name_tags.PLACE_LABELS) or r.pos in ("brev", "interj", "ign"):
            continue
        if _FADED & {q for qs in r.qualifiers for q in qs.split(",")}:
            continue
        return True
    return False


def _agglutinated(word: str) -> bool:
    """A past verb with its person's ending, which the dictionary reads as two segments („rozmawiał” + „em”)."""
    if not d.available():
        return False
    with d._LOCK:
        results = d._morfeusz().analyse(word)
    return any(tag.startswith("aglt") for _, _, (_, _, tag, _, _) in results) \
        and any(tag.startswith("praet") for _, _, (_, _, tag, _, _) in results)


def _place_in(w: str, cases: set[str]) -> bool:
    """Whether the dictionary reads the word as a place in one of the cases."""
    return any(set(r.labels) & name_tags.PLACE_LABELS and (not r.cases or r.cases & cases) for r in d.analyse(w))


def _time_word(w: str) -> bool:
    """A month, a weekday, a season or a feast, in any form."""
    lemmas = {d.base(r.lemma).lower() for r in d.analyse(w)}
    return bool(lemmas & (TIME_NOUNS | _WEEKDAYS | _FEASTS))


# Software and services a plan names (a Word theme's „Motyw pakietu Office”), and Word's own styles' names („Normal”,
# „Heading”) a template's text may hold, unknown to the dictionary.
_SOFTWARE = frozenset("""office word excel powerpoint outlook windows microsoft google android teams zoom messenger
    whatsapp signal telegram skype youtube instagram facebook tiktok twitter gmail chrome firefox normal heading
    title subtitle default caption header footer hyperlink strong emphasis quote grid table paragraph font""".split())
_CYRILLIC_PLACE_STEMS = ("осідл", "осiдл", "осєдл", "вулиц", "місто", "міст", "село", "гмін", "район", "площ", "парк")
_CYRILLIC_MARKS = frozenset({"вул", "вулиця", "вулиці", "м", "місто", "міста", "село", "села", "смт", "пров", "просп",
                             "ул", "улица", "г", "город"})
# Residents of a place: the capitalised word after them is the place, in the genitive („mieszkańcy Ludwina”).
_RESIDENTS = frozenset({"mieszkańcy", "mieszkańców", "mieszkańcom", "mieszkańcami", "mieszkańcach", "mieszkaniec",
                        "mieszkańca", "mieszkańcowi", "mieszkańcem", "mieszkanka", "mieszkanki", "mieszkance",
                        "mieszkanką", "mieszkankę", "okolice", "okolic", "okolicach", "teren", "terenie", "terenu",
                        "rejon", "rejonie", "rejonu", "kierunku", "trasa", "trasie", "trasy", "drodze", "droga"})
# Before a street's name written without „ul.” („przy Lubelskiej”, „na rogu Kilińskiego”).
_STREET_BEFORE = frozenset({"przy", "na", "ulicach", "ulic", "ulicami", "skrzyżowaniu", "skrzyżowanie", "rogu", "róg",
                            "narożniku", "wzdłuż"})
# Between two places of a list: a comma, a dash, „i”, „oraz”.
# A count may follow each („Ludwin – 3, Cyców – 2”, „Ludwin (3), Cyców (2)”).
_LISTED = re.compile(r"(?:[^\S\n]*(?:[–—:-][^\S\n]*\d+|\(\d+\)))?[^\S\n]*"
                     r"(?:[,;–—•/-][^\S\n]*(?:(?:i|oraz|lub|albo|a)[^\S\n]+)?|(?:i|oraz|lub|albo)[^\S\n]+)")
# Between two streets: „na skrzyżowaniu Lubelskiej z Mickiewicza”.
_STREETS_LISTED = re.compile(rf"{_LISTED.pattern}|[^\S\n]+(?:z|ze)[^\S\n]+")
_HOUSE_AFTER = re.compile(r"[^\S\n]+(?:\d{1,4}[a-zA-Z]?\b|\x00)")
_SERVICE = re.compile(profiles._APPS, re.IGNORECASE)
# Before a quoted name, an institution's or a thing's noun makes it theirs („Świetlica „Promyk””, „bar „Kasia””,
# „akcja „Bezpieczne Wakacje””); a quote after a person's name is a nickname („Jan „Kogut” Kurek”).
_QUOTE = re.compile(r"[„\"«“]([^„”\"«»“\n]{1,80})[”\"»“]")


def _proper(w: str) -> bool:
    """A capitalised word the sweep reads: two letters or more, no abbreviation in capitals, no inner capital."""
    return len(w) > 1 and w[0].isupper() and not _capitals_inside(w)


def _thing(w: str) -> bool:
    """A capitalised word no name is: a known word with no person's reading, no office, title or person's noun
    („Kultury”, „Zielonej”, „Państwowych”) – in a run of capitals, it makes the run a thing's or a place's name."""
    t = name_tags.tags(w)
    return t.known and not (t.first or t.surname or t.married or t.office) and w.lower() not in HONORIFICS \
        and not name_tags.person_noun_cases(w.lower())


def _adjectival(w: str) -> bool:
    """A street's name as an adjective („Lubelskiej”, „Wierzbowej”, „Kraśnicka”)."""
    return any(r.adjectival for r in d.analyse(w.lower())) or w.lower().endswith(("skiej", "ckiej", "owej", "ska", "cka"))


def _streets_label(text: str, start: int) -> bool:
    line = text.rfind("\n", max(0, start - 200), start) + 1 or max(0, start - 200)  # a window: linear time
    return _STREETS_LABEL.search(text, line, start) is not None


def _officer_near(text: str, start: int, end: int) -> bool:
    """An officer's word in the same clause before the run with no verb nor a person's preposition between
    („Dzielnicowy rejonu nr 3 Tomasz Wrona”, „Dzielnicowy:⏎Tomasz Wrona”), or right after it („Wrona, Tomasz –
    dzielnicowy”, „Tomasz Wrona (dzielnicowy)”)."""
    if _OFFICER_AFTER.match(text, end):
        return True
    before = text[max(0, start - 80):start]
    found = list(_OFFICER_WORD_RE.finditer(before))
    if not found:
        return False
    gap = before[found[-1].end():]
    gap = re.sub(r"(?i)(?<!\w)(?:ds|nr|ul|st|mł|asp|sierż|kom|podkom|nadkom|insp|post|szt|mgr|inż|dr)\.", " ", gap)
    if re.search(r"[;!?]|\.[^\S\n]+\S|\n.*\n", gap):
        return False
    between = _WORD.findall(gap)
    return len(between) <= 6 and not any(w.lower() in _BREAKS_OFFICER or w.islower() and name_tags.verb(w)
                                          for w in between)


def _officer_before(text: str, words: list[re.Match], i: int) -> bool:
    """An officer's rank, post or degree right before the run, a first name or nickname between („asp. Jan Kos”,
    „dzielnicowym Janem”, „kom. mgr”, „asp. Jan „Johnny” Lis”, „KPP Ewa Kos”)."""
    k = i - 1
    while k >= 0 and i - k <= 6 and re.fullmatch(r"[.”\"»]?[^\S\n]*[(„\"«]?[^\S\n]*",
                                                   text[words[k].end():words[k + 1].start()]):
        w = words[k].group()
        low = w.lower()
        if _officers_word(w) or w.isupper() and low in POLICE_ABBREVIATIONS:
            return True
        if low not in ROLE_ABBREVIATIONS and low not in {"lic", "szt", "st", "mł", "sztabowy", "sztabowa"} \
                and not _proper(w):
            return False
        k -= 1
    return False


def _officers_word(w: str) -> bool:
    """A rank („asp.”, „aspirantka”), an officer's word („dzielnicowemu”) or a police post („komendant”)."""
    low = w.lower()
    return low in RANK_ABBREVIATIONS or w in _RANK or w in _OFFICER_WORD or w in _POLICE_POST \
        or low.startswith(_RANK_STEMS)


def _safe_quotes(text: str, words: list[re.Match]) -> list[tuple[int, int]]:
    """Quoted names an institution's or a thing's noun introduces („Sklep „Groszek””, „akcja „Bezpieczne Wakacje””)."""
    starts = [m.start() for m in words]
    safe = []
    for q in _QUOTE.finditer(text):
        k = bisect_left(starts, q.start()) - 1
        k = k if k >= 0 and words[k].end() <= q.start() else None
        if k is not None and words[k].group() == "nr" and k:
            k -= 1  # „Przedszkole nr 3 „Jaś i Małgosia””
        if k is None or not re.fullmatch(r"[^\S\n]*(?:nr[^\S\n]*\d+\w?[^\S\n]*)?", text[words[k].end():q.start()]):
            continue
        w = words[k].group()
        if Sweep._heads_a_run(w) or w.islower() and _common(w) and w not in HONORIFICS \
                and not name_tags.person_noun_cases(w) or _thing(w):
            safe.append(q.span())
    return safe


def _cyrillic(w: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in w)


def _abbreviated(w: str) -> bool:
    """A word the dictionary knows as an abbreviation („art.”, „godz.”, „al.”)."""
    low = w.lower()
    return low in _ABBREVIATIONS or low in RANK_ABBREVIATIONS or low in ROLE_ABBREVIATIONS \
        or any(r.pos == "brev" for r in d.analyse(low))


_ABBREVIATIONS = frozenset("art godz al ul pl os dz poz ust pkt tel nr ok ww tzw zob str ks św ob gen dr prof par rozdz "
                           "zał wg np tj ps ur zam sygn".split())
_RANK_STEMS = tuple(r for r in RANKS_WRITTEN if len(r) > 6)  # „aspirantka”, „sierżantem”
