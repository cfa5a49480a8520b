"""Names in Cyrillic in a Polish text („Sklep prowadzi Олександр Бондаренко”): notes about Ukrainian, Belarusian and
Russian residents copy the name from a document as written there. SGJP has no Cyrillic words, so the dictionary's
name rules (pismo.publication.names) see none of them; two or three capitalised Cyrillic words in a row are a name,
and so is one word that is a first name as Polish or English spells it („Олена”: Ołena, Olena) or that sends a
message with its flat („Шевчук з 5б:”)."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import product
from math import prod
from typing import Sequence

from pismo.publication import name_tags
from pismo.publication.names_data import FIRST_NAMES

_QUOTES_OPEN, _QUOTES_CLOSE = "„\"«»“", "”\"«»“"
_LINE_BREAK = re.compile(r"[^\S\n]*\n[^\S\n]*")
_INITIALS = re.compile(r"(?:[^\S\n]?[^\W\d_a-zа-яё]\.){1,2}(?![^\W\d_])")


def _cyrillic(word: str) -> bool:
    """A capitalised word with Cyrillic letters (the text as seen has Latin look-alikes in them: „Oлeкcaндp”)."""
    return word[0].isupper() and len(word) > 1 and any("\u0400" <= c <= "\u04ff" for c in word)


# Ukrainian and Russian letters as Polish and English transliterate them (FIRST_NAMES holds both spellings).
_LETTERS = {"а": "a", "б": "b", "в": "w v", "г": "h g", "ґ": "g", "д": "d", "е": "e", "є": "je ie ye", "ж": "ż zh",
            "з": "z", "и": "y i", "і": "i", "ї": "ji i yi", "й": "j i y -", "к": "k", "л": "ł l", "м": "m", "н": "n",
            "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch kh h", "ц": "c ts",
            "ч": "cz ch", "ш": "sz sh", "щ": "szcz shch", "ь": "- i", "ю": "ju iu yu u", "я": "ja ia ya a", "ё": "jo yo e",
            "ы": "y", "э": "e", "ъ": "-", "'": "-", "’": "-"}
# The Latin look-alikes the text as seen has in a Cyrillic word (pismo.publication.visible: „Сергій” → „Cepгiй”).
_LOOK_ALIKES = str.maketrans("aceiopxykmthb", "асеіорхукмтнв")
_SENDER_PLACE = re.compile(r"[^\S\n]+(?:з|із|зі|от|из|z|ze)[^\S\n]+\w*\d\w*[^\S\n]*:")  # „Шевчук з 5б:”
# A persons' heading right before a word, Ukrainian, Russian or Polish („Заявник: Мельник”, „Свідок:”, „Контакт:”,
# „Zgłaszająca:”): the word is the person's (rev-pub18 10).
_PERSONS_HEADING = re.compile(r"(?i:(?<!\w)(?:заявни\w*|заявит\w*|свідк?\w*|свидетел\w*|контакт\w*|потерпіл\w*"
                              r"|потерпевш\w*|zgłaszając\w*|świadk?\w*|kontakt|pokrzywdzon\w*)[^\S\n]*:\s*)$")


# A phone's label right before a word („Tel. Олени:”, „тел. Сергія”): whose phone – the person (rev-pub19 26).
_PHONE_LABEL = re.compile(r"(?i:(?<!\w)(?:tel|тел|telefon\w*|телефон\w*)\.?:?[^\S\n]*)$")
# Ukrainian words a leaflet or a note capitalises that name no one (rev-pub19 30), as stems: a resident, a neighbour,
# an owner, a reporter („Заявник:⏎Мешканець будинку 7”); a place before its name („Осідля Бобровники”, „Вулиця
# Лiпова”, „Місто Ленчна”).
_COMMON_STEMS = ("мешкан", "сусід", "власни", "заявни", "невідом", "анонім", "осідл", "осiдл", "осєдл", "вулиц",
                 "місто", "міст", "село", "гмін", "район", "площ", "парк")
# Of them, and more, a person's role before a name („Сусідка Олена Бондар”, „Волонтер Петро Коваль”, rev-pub20 9, 10):
# the name after it goes, the role stays.
_ROLE_STEMS = ("мешкан", "сусід", "власни", "заявни", "волонтер", "кур’єр", "кур'єр", "курєр", "водій", "водія",
               "продав", "охорон", "лікар", "вчител", "пенсіонер", "студент", "керівни", "директор", "бухгалтер",
               "працівни", "касир", "прибиральни", "двірни")
# A body's noun opening a capitalised run: the body's name, no person's („Поліція Луцька”, „Управління Поліції
# Волинської області”, rev-pub20 10).
_BODY_STEMS = ("поліці", "управлін", "відділ", "комісаріат", "прокуратур", "служб", "міськрад", "школ", "лікарн",
               "полиц", "управлен", "отдел")
# A verb addressing the person named after it („Зателефонуйте Сергію”, „Дякуємо Олені Ковальчук”): its endings of
# the imperative and the first person plural.
_ADDRESSING_VERB = re.compile(r"\w+(?:йте|іть|іте|ємо|емо|имо|імо|ите|ьте)")
# „пан”, „пані” in lower case before a surname („Повідомив пан Коваль”, rev-pub20 9).
_MISTER_BEFORE = re.compile(r"(?<!\w)(?:пан|пані|пана|пану|паном|панові|панею|господин|госпожа)[^\S\n]+$")
# The police's words before a name: the name after one is an officer's („дільничний⏎Марек Пшикладови”: the
# dzielnicowy, rev-pub19 30).
_POLICE_BEFORE = re.compile(r"(?i:(?<!\w)(?:дільничн\w*|поліцейськ\w*|поліціянт\w*|сержант\w*|аспірант\w*|комісар\w*"
                            r"|інспектор\w*|участков\w*|полицейск\w*)\s*)$")


def _look_alike_first(word: str) -> bool:
    """A capitalised word of Latin look-alikes only that is a Cyrillic first name as written: „Тарас” is „Tapac” as
    seen (pismo.publication.visible), so before a Cyrillic surname it is the name's first part (rev-pub19 7)."""
    return word.istitle() and len(word) > 2 and all(c in "aceiopxykmthbACEIOPXYKMTHB" for c in word) \
        and first_name(word)


def _as_written(word: str) -> str:
    """A Cyrillic word in lower case with the Latin look-alikes the text as seen has turned back to Cyrillic."""
    return word.lower().translate(_LOOK_ALIKES)


def _common(word: str) -> bool:
    return _as_written(word).startswith(_COMMON_STEMS + _BODY_STEMS)


def _opener(word: str) -> bool:
    """A run's first word that is a role or a verb before the name, not its part (_ROLE_STEMS, _ADDRESSING_VERB)."""
    written = _as_written(word)
    return written.startswith(_ROLE_STEMS) or bool(_ADDRESSING_VERB.fullmatch(written)) and not first_name(word)


def _police_before(text: str, start: int) -> bool:
    before = text[max(0, start - 40):start]
    return bool(_POLICE_BEFORE.search(before) or _POLICE_BEFORE.search(before.lower().translate(_LOOK_ALIKES)))


@lru_cache(maxsize=1024)
def first_name(word: str) -> bool:
    """Whether a Cyrillic word is a first name in its nominative as transliterated (names_data.FIRST_NAMES:
    „Олена” → ołena, olena; „Ирина” → irina)."""
    options = [_LETTERS.get(c, c).split() for c in word.lower().translate(_LOOK_ALIKES)]
    if prod(len(o) for o in options) > 2048:  # a long word: no first name, and too many spellings
        return False
    return any("".join(parts).replace("-", "") in FIRST_NAMES for parts in product(*options))


def _lone(text: str, words: Sequence, i: int) -> bool:
    """One capitalised Cyrillic word that is a first name, or any that sends a message with its flat, or that is
    the subject of a Polish person's verb right before or after it („zgłosił Мельник”, „Мельник zgłosił”: no
    Polish word is written in Cyrillic, so it is the person's surname, rev-pub17 15)."""
    t = words[i]
    if not _cyrillic(t.word) or _common(t.word) or _police_before(text, t.start):
        return False
    before = text[max(0, t.start - 40):t.start]
    if first_name(t.word) or _SENDER_PLACE.match(text, t.end) or _after_a_heading(before) or _PHONE_LABEL.search(before) \
            or _MISTER_BEFORE.search(before.lower().translate(_LOOK_ALIKES)):
        return True
    beside = [(words[i - 1], t)] if i else []
    beside += [(t, words[i + 1])] if i + 1 < len(words) else []
    return any(re.fullmatch(r"[^\S\n]+", text[a.end:b.start]) and name_tags.person_verb((b if a is t else a).word)
               for a, b in beside)


def _after_a_heading(before: str) -> bool:
    """Whether a persons' heading ends the text before a word, read as written and with the Latin look-alikes the
    text as seen has turned back to Cyrillic („Зaявник:”)."""
    return bool(_PERSONS_HEADING.search(before) or _PERSONS_HEADING.search(before.lower().translate(_LOOK_ALIKES)))


def _lower_pair(text: str, words: Sequence, i: int) -> bool:
    """Two lower-case Cyrillic words, the first a first name („ігор мельник” typed on a phone)."""
    a, b = words[i], words[i + 1] if i + 1 < len(words) else None
    return bool(b) and a.word.islower() and b.word.islower() and _cyrillic(a.word.title()) \
        and _cyrillic(b.word.title()) and re.fullmatch(r"[^\S\n]+", text[a.end:b.start]) and first_name(a.word)


def names(text: str, words: Sequence) -> list[tuple[int, int]]:
    """The spans of two or three capitalised Cyrillic words in a row, joined by a space or a hyphen (after a first
    name, by a line break too)
    („Тетяна Коваленко-Шевченко”) – not a slogan quoted alone („„Слава Україні””) – and of one such word that is a
    first name or a sender with a flat (_lone). `words`: tokens with `word`, `start`, `end` (pismo.publication.names)."""
    found, i = [], 0
    while i < len(words):
        j = i
        while j + 1 < len(words) and (_cyrillic(words[j].word) or _look_alike_first(words[j].word)) \
                and _cyrillic(words[j + 1].word) \
                and (re.fullmatch(r"[^\S\n]+|-", gap := text[words[j].end:words[j + 1].start])
                     or _LINE_BREAK.fullmatch(gap) and first_name(words[j].word)):  # „Олена⏎Мельник”: one name
            j += 1
        if j > i and _opener(words[i].word):
            i += 1  # „Сусідка Олена Бондар”, „Дякуємо Олені Ковальчук”: the name after the role or the verb
            if j == i:
                found.append((words[i].start, words[i].end))
                i = j + 1
                continue
        quoted = 0 < words[i].start and words[j].end < len(text) and text[words[i].start - 1] in _QUOTES_OPEN \
            and text[words[j].end] in _QUOTES_CLOSE
        kept = _common(words[i].word) or _police_before(text, words[i].start)  # „Осідля Бобровники”: a place
        if j > i and not quoted and not kept or j == i and _lone(text, words, i):
            initials = _INITIALS.match(text, words[j].end)  # „Мельник О.П.”: the patronymic's and name's initials
            found.append((words[i].start, initials.end() if initials else words[j].end))
        elif j == i and _lower_pair(text, words, i):
            found.append((words[i].start, words[i + 1].end))
            j = i + 1
        i = j + 1
    return found


_CYRILLIC_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A street's or a patron's word before a name: the street („вул. Шевченка”), not the person.
_STREET_BEFORE = re.compile(r"(?<!\w)(?:вул|вулиц\w*|просп|пров|пл|ul|ulic\w*|im|ім|іm)\.?[^\S\n]*$")  # as written
_ENDING = re.compile(r"(?:[аоеуиіяюєїь]|ий|ій|ой)$")


def later_mentions(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other mentions of the surnames of removed Cyrillic names in any case form („Олена Бондар … Бондар
    пояснила”, „Сергій Бондаренко … Бондаренку”, rev-pub20 22): a capitalised Cyrillic word of the surname's stem
    and up to three letters more. A surname is a removed span's Cyrillic word that is no first name, in a span
    holding a first name (so „Поліція Луцька” teaches nothing)."""
    stems = set()
    for a, b in spans:
        parts = _CYRILLIC_WORD.findall(text[a:b])
        if len(parts) > 1 and all(_cyrillic(w) or _look_alike_first(w) for w in parts) and any(first_name(w) for w in parts):
            stems |= {_ENDING.sub("", _as_written(w)) for w in parts if _cyrillic(w) and not first_name(w)}
    stems = {s for s in stems if len(s) >= 4}
    if not stems:
        return []
    found = []
    for m in _CYRILLIC_WORD.finditer(text):
        w = m.group()
        if _cyrillic(w) and not any(a <= m.start() < b for a, b in spans) \
                and not _STREET_BEFORE.search(text[max(0, m.start() - 12):m.start()].lower().translate(_LOOK_ALIKES)):
            written = _as_written(w)
            if any(written.startswith(s) and len(written) - len(s) <= 3 for s in stems):
                found.append((m.start(), m.end()))
    return found
