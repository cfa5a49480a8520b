"""A lone first name that labels a message or a contact, whatever else the dictionary reads it as („Marek” is
also marka's plural, „Marcin” a village): a chat line's sender („[21:14] Marek: …”, „SMS, 22:05, Marcin: …”,
„Jan (sąsiad): …”), a name after a contact's label („Kontakt: Maja, …”, „Tel. Marka …”, „Dzwonić do Marka:”,
„Wiadomość od Marka:”) or right before a removed phone or e-mail („WhatsApp – Marcin (+48 …)”, „Marcin – 600 … –
zgłosił”). Pasted messenger notes put a private first name exactly there. Used by pismo.publication.names (its
tokens: .word, .start, .end); the contacts are blanked out as „\\x00” in the text it reads (pismo.publication.redact)."""

from __future__ import annotations

import re
from collections.abc import Callable

_TIME = r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?"
# What may open a chat line before its sender: a quote's „>”, a dash, a time, a service's name („SMS, 22:05,”).
_LINE_HEAD = re.compile(rf"[^\S\n]*(?:[>–—-][^\S\n]*)?(?:{_TIME}[^\S\n]*)?(?:[^\W\d_]+[^\S\n]*,?[^\S\n]*)?"
                        rf"(?:{_TIME}[^\S\n]*,?[^\S\n]*)?(?:[–—-][^\S\n]*)?")
# After the sender: its time, a note in parentheses („Jan (sąsiad):”), then the colon.
_SENDER_TAIL = re.compile(rf"[^\S\n]*(?:,[^\S\n]*{_TIME}[^\S\n]*)?(?:\([^()\n]{{0,40}}\)[^\S\n]*)?:")
# A contact's label right before the name.
_LABEL = re.compile(r"(?:(?<!\w)(?:kontakt|od|do)[^\S\n]*:|(?<!\w)tel(?:\.|efon(?:u)?)(?:[^\S\n]+do)?:?"
                    r"|(?<!\w)(?:dzwoni[ćc]|zadzwo[ńn]|zadzwoni[ćc]|pisa[ćc]|napisa[ćc])[^\S\n]+do"
                    r"|(?<!\w)(?:wiadomo[śs][ćc]|sms|mail|e-mail|telefon)[^\S\n]+od)[^\S\n]*$", re.IGNORECASE)
# After a labelled name: no other word of a name (a surname is the full-name rules' to judge).
_LONE = re.compile(r"[^\S\n]*(?:[,:;.)(<\x00–—-]|\d|$)")
# A removed contact right after the name: „Marcin (+48 …)”, „Marcin – 600 …”, „Marcin <600…>”, „Maja, 600 …”.
_CONTACT_AFTER = re.compile(r"[^\S\n]*(?:[(<,][^\S\n]*|[–—-][^\S\n]*)?\+?\x00")


def names(text: str, words: list, first: Callable[[object], bool]) -> list[tuple[int, int]]:
    """Spans of capitalised first names (`first` of a token) in a frame that makes them a message's sender or a
    contact's name."""
    found = []
    for i, t in enumerate(words):
        if not t.word[:1].isupper() or not first(t):
            continue
        line = text.rfind("\n", 0, t.start) + 1
        if _LINE_HEAD.fullmatch(text, line, t.start) and _SENDER_TAIL.match(text, t.end) \
                or _LABEL.search(text[max(line, t.start - 40):t.start]) and _LONE.match(text, t.end) \
                or _CONTACT_AFTER.match(text, t.end) and not (i and _joined(text, words[i - 1], t)):
            found.append((t.start, t.end))
    return found


def _joined(text: str, before, t) -> bool:
    """Whether the word before is a capitalised word right before this one („Jan Marek 600…”: a full name's)."""
    return before.word[:1].isupper() and not text[before.end:t.start].strip()
