"""Institutions' own addresses, which the public version keeps: an office in rented premises („Punkt Nieodpłatnej
Pomocy Prawnej, ul. Jana Pawła II 15 lok. 2”) is no home's flat.

The address must belong to the institution's name: only that name's words (capitalised words, a name in quotes,
„nr 2”, „im.”), a comma and „mieści się”, „ma siedzibę”, „czynny” stand between them. Any other word, a first
name or a sentence's end between them makes it a person's home again („Pracownica Ośrodka mieszka przy ul.
Lipowej 5 lok. 3”, „Ośrodek odwiedził panią Halinę, ul. Lipowa 5 lok. 3”).
"""

from __future__ import annotations

import re

from pismo.publication import name_tags
from pismo.publication.names import COMMON_FIRST

_INSTITUTION = re.compile(r"(?<!\w)(?:punk[tc]|ośrod|biur|fundacj|stowarzysze|świetlic|poradni|urz[ąę]d|centrum|klub"
                          r"|kancelari|przychodni|apte|komisj|zesp[oó]ł|sklep|fili|oddzia|gabine|spółdzielni|hospicj"
                          r"|bibliote|(?-i:MOPS|GOPS|MOPR|OPS|PCPR|GKRPA|PPP|OIK|PUP|CIS|MDK|GOK))\w*", re.IGNORECASE)
_PREMISES = re.compile(r"lok(?:\.|al)", re.IGNORECASE)
# What may stand between the name and its address: a comma or a dash, „mieści się (przy)”, „czynny w”.
_TAIL = re.compile(r"\s*[,:–—-]?\s*(?:(?:jest\s+)?(?:mieści\s+się|ma\s+siedzibę|z\s+siedzibą|znajduje\s+się"
                   r"|czynn[ya]|działa|przyjmuje)\s+)?(?:(?:przy|pod\s+adresem:?|w|we|na)\s+)?$", re.IGNORECASE)
_TOKEN = re.compile(r"\s*(„[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|nr\.?\s*\d+\w?|[^\W\d_][\w-]*\.?|[-–—])")
_CONNECTORS = frozenset("im. ds. pw. i w we na dla do z ze oraz rzecz - – —".split())
_HOME = re.compile(r"(?:spod|ze?|zam\.|zamieszka\w*)\s", re.IGNORECASE)  # a home's preposition in the match
_WINDOW = 200
# The address's street and house before its flat's number, which FLAT_LOOSE and FLAT_NAMED leave out of their match
# („ul. Lipowa 5 lok. 3”: „Lipowa 5 lok. 3”, „lok. 3”).
_STREET = r"(?:ul\.|al\.|pl\.|os\.|ulic[ayę]|alej[ai]?|plac[u]?)\s*"
_ADDRESS_BEFORE = re.compile(rf"(?:{_STREET}(?:[^\W\d]\w*\.?\s+){{0,4}}?\d{{1,4}}\s?[a-zA-Z]?\s*,?\s*|{_STREET}"
                             r"|(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[^\W\d_]+(?:\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])\w*\.?){0,3}\s+\d{1,4}\s?[a-zA-Z]?\s*,?\s*)$",
                             re.IGNORECASE)


def office(text: str, start: int, address: str) -> bool:
    """Whether a flat's number, in `address` found at `start`, is an institution's premises („lok. 2”)."""
    if not _PREMISES.search(address) or _HOME.match(address):
        return False
    if before := _ADDRESS_BEFORE.search(text, max(0, start - 80), start):
        start = before.start()
    window = max(0, start - _WINDOW)
    return any(_named_by(text[m.end():start]) for m in _INSTITUTION.finditer(text, window, start))


def _named_by(between: str) -> bool:
    """Whether the text between an institution's noun and an address is only the rest of the institution's name."""
    words = between[:_TAIL.search(between).start()]
    done, patron = 0, False
    for m in _TOKEN.finditer(words):
        if m.start() != done:
            return False
        done, word = m.end(), m.group(1)
        if word.lower() in _CONNECTORS or word[0] in "„\"" or word.lower().startswith("nr"):
            patron = patron or word == "im."
            continue
        if not word[0].isupper() or word.endswith(".") and len(word) > 4 or not patron and _first_name(word):
            return False  # an ordinary word, a sentence's end, a person
    return done == len(words)


def _first_name(word: str) -> bool:
    return word in COMMON_FIRST or bool(name_tags.tags(word.title()).first)
