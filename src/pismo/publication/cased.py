"""A paragraph written all in lower case or all in capitals („marek: znowu piją”, „KOWALCZYKOWA Z 8A KRZYCZY”), as
pasted chats and old phones' messages are – or such a sentence, line or part after a label inside an officer's
cased paragraph („Wklejam z grupy: marek z 8a znowu pije”) – written as a sentence would be – a capital at each sentence's and
line's start, at a chat's sender, on first names in a list or after a kin's noun – so the name rules, which start from a capital,
judge it as they judge normal writing. Same length, so the spans found on the copy hold for the text."""

from __future__ import annotations

import re
from itertools import islice

from pismo.publication import lower_names, name_tags
from pismo.publication.name_tags import tags
from pismo.publication.names_data import RANK_ABBREVIATIONS, RANKS_WRITTEN

_WORD = re.compile(r"[^\W\d_]+")
# Where a sentence opens: the text's or a line's start (after a chat's „[21:14]”, a date, a dash), or a full stop.
_OPENING = re.compile(r"(?:^|\n|[.!?…][^\S\n]+)[^\w\n]*(?:\d[\d.:/-]*[^\w\n]*)*(?=[^\W\d_])")
# A chat's sender: the first word of a line right before its colon („[21:14] róża: …”).
_SENDER = re.compile(r"(?m)^[^\w\n]*(?:\d[\d.:/-]*[^\w\n]*)*(?P<name>[^\W\d_]+)[^\S\n]*:")
# Words that join a list of names („róża i kalina”, „seba, mati”).
_JOIN = re.compile(r"[^\S\n]*(?:,|i|oraz|a)[^\S\n]+|[^\S\n]*,[^\S\n]*")


def uncased(text: str) -> bool:
    """Whether a text of two words or more has no capital at all or no small letter at all – in capitals, two words
    of three letters or more: labels' abbreviations alone („IG: …, TT: …”, rev-pub21 25) are no shouted text."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    words = _WORD.findall(text)
    return len(words) >= 2 and (not any(c.isupper() for c in letters)
                                or not any(c.islower() for c in letters) and sum(len(w) >= 3 for w in words) >= 2)


def cased(text: str) -> str:
    """The text written with capitals where a sentence would have them, when it has none of its own (or only
    capitals) – the whole of it, or each sentence, line or part after a „label:” that has none or opens in lower
    case (a chat pasted into an officer's sentence); otherwise the text as it is."""
    if not name_tags.available() or len(low := text.lower()) != len(text):
        return text
    if uncased(text):
        return _as_marked(text, _written(low))
    chars = list(text)
    for start, end, strict in _parts(text):
        part = text[start:end]
        if uncased(part) or not strict and _opens_low(part) and len(_WORD.findall(part)) >= 2:
            written = _written(part.lower())
            if any(c.islower() for c in part):  # its own capitals stay („z aspirantem Janem Kowalskim”)
                written = "".join(c if c.isupper() else w for c, w in zip(part, written))
            chars[start:end] = written
    return _as_marked(text, "".join(chars))


# A marker a first pass left („[imię i nazwisko usunięte]”, „[numer telefonu usunięty]”): no sentence of its own.
_MARKER = re.compile(r"\[[^\[\]\n]{1,40}[^\S\n]usunięt[aey]\]")


def _as_marked(text: str, written: str) -> str:
    """The cased copy with the markers as the text has them: „[Imię i nazwisko usunięte]” opening a line is no
    name „Imię” (rev-pub20 12)."""
    chars = None
    for m in _MARKER.finditer(text):
        chars = chars or list(written)
        chars[m.start():m.end()] = m.group()
    return written if chars is None else "".join(chars)


# A sentence's or a line's end: a full stop, „!”, „?”, „…” and a space, or a line break.
_PART_END = re.compile(r"[.!?…]+[^\S\n]+|\n")
# A label's colon inside a part („Wklejam z grupy: …”, „Sąsiadka napisała: …”) – not a time's („21:14”).
_LABEL_COLON = re.compile(r"(?<=[^\W\d_]):[^\S\n]+")


def _parts(text: str) -> list[tuple[int, int, bool]]:
    """Each sentence and line of a text (its start, end, False), and the part after each of its first three label's
    colons
    (True: judged only when it has no capital at all – „Cel: ograniczenie …” opens in lower case as written)."""
    parts, start = [], 0
    for m in [*(m for m in _PART_END.finditer(text) if not _abbreviation(text, m)), None]:
        end = m.start() if m else len(text)
        if end > start:
            parts.append((start, end, False))
            parts += [(c.end(), end, True) for c in islice(_LABEL_COLON.finditer(text, start, end), 3)]  # linear
        start = m.end() if m else start
    return parts


# Abbreviations whose full stop ends no sentence („kontakt z p. grażyną lis”, „ul. lipowa”, „tel. 600 …”).
_ABBREVIATIONS = frozenset({"p", "ul", "al", "os", "pl", "im", "św", "ks", "tel", "nr", "ok", "np", "tj", "tzw", "ob",
                            "obyw", "ur", "zam", "godz", "kl", "st", "mł", "sierż", "asp", "kom", "insp", "podinsp",
                            "dr", "mgr", "inż", "prof", "pw", "bł", "bp", "abp", "gen", "płk", "mjr", "kpt", "por",
                            "sierż", "post", "m", "r", "l", "w", "ds", "wg", "jw", "ps", "pt", "cd"})
_LAST_WORD = re.compile(r"([^\W\d_]+)$")


def _abbreviation(text: str, end: re.Match) -> bool:
    """Whether a full stop ends an abbreviation or an initial rather than a sentence."""
    if not end.group().startswith("."):
        return False
    word = _LAST_WORD.search(text, max(0, end.start() - 12), end.start())
    return bool(word) and (len(word.group()) == 1 or word.group().lower() in _ABBREVIATIONS)


def _opens_low(part: str) -> bool:
    """Whether a part's first letter is a small one („marek z 8a znowu pije pod Żabką”)."""
    first = next((c for c in part if c.isalpha()), "")
    return first.islower()


def _written(low: str) -> str:
    """A lower-case text with a capital at each sentence's and line's start, a sender, a listed first name and one
    after a kin's noun."""
    chars = list(low)
    capital = {m.end() for m in _OPENING.finditer(low)} | {m.start("name") for m in _SENDER.finditer(low)} \
        | {m.start("name") for m in _HEADER.finditer(low) if _first(m.group("name")) or _surname(m.group("name"))}
    words = list(_WORD.finditer(low))
    for i, m in enumerate(words):
        if _listed(low, words, i) or _kin(words, i) or _after_a_persons_word(low, words, i):
            capital.add(m.start())
    for at in capital:
        if at < len(chars) and len(chars[at].upper()) == 1 and not _ADDRESS.match(low, at) \
                and not _rank_or_abbreviation(low, at):
            chars[at] = chars[at].upper()
    return "".join(chars)


# A message header's sender or addressee at a line's start („od: marian”, „do: halina, kacper”).
_HEADER = re.compile(r"(?m)^[^\w\n]*(?:od|do|dw|nadawca)[^\S\n]*:[^\S\n]*(?P<name>[^\W\d_]+)")


def _surname(word: str) -> bool:
    return len(word) > 2 and bool(tags(word.capitalize()).surname)


# A word that is a web address's, an e-mail's or a handle's part („https://…”, „zenek.wrobel@…”), no name.
_ADDRESS = re.compile(r"[^\W\d_]*(?::/+|[/.@_])[^\W_]")


def _rank_or_abbreviation(text: str, at: int) -> bool:
    """Whether the word at a place is a rank („sierż. ewa bąk”, „aspirant”) or an abbreviation – a title, whose
    capital would join the line before into a name („Strażą Miejską⏎Sierż.”)."""
    word = _WORD.match(text, at)
    return bool(word) and (word.group() in RANKS_WRITTEN or word.group() in RANK_ABBREVIATIONS
                           or text[word.end():word.end() + 1] == "." and word.group() in _ABBREVIATIONS)


def _first(word: str) -> bool:
    """A word that may be a first name, whatever else it is („róża”, „marka”, „seba”)."""
    return len(word) > 2 and bool(tags(word.capitalize()).first)


def _listed(text: str, words: list, i: int) -> bool:
    """A first name in a list with another („róża i kalina”, „seba i mati”); a lone one is the lower-case rules'
    (pismo.publication.lower_names), which know a frame where it is a name („maria polska to kraj” stays)."""
    if not _first(words[i].group()):
        return False
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(words):
            a, b = sorted((words[i], words[j]), key=lambda m: m.start())
            if _JOIN.fullmatch(text, a.end(), b.start()) and _first(words[j].group()):
                return True
    return False


# Words a clause whose subject is a person's name opens with in running lower-case text („mówi że seba handluje”,
# „widziałam jak zbychu bił”), also a messenger note's particles and adverbs („a mirek znowu pijany”, „ten zdzichu z 5”,
# „wczoraj zdzichu lał”, „podobno kowalczyk diluje”, „i wtedy romek uderzył”, „tu ela z polnej”); an honorific is
# the lower-case rules' own (pismo.publication.lower_names), and a verb of seeing opening a sentence would join its
# capital to the name.
_PERSONS_WORDS = frozenset({"że", "jak", "bo", "gdy", "kiedy", "a", "ten", "ta", "wczoraj", "dzisiaj", "dziś",
                            "podobno", "wtedy", "tu"})


def _after_a_persons_word(text: str, words: list, i: int) -> bool:
    """A first name or a surname right after „że”, „jak”, „bo”, „gdy”, „kiedy” – the name rules, with their guards
    for words, then judge it („mówi że seba handluje” goes, „widziałam jak róża kwitnie” stays)."""
    if not i or words[i - 1].group() not in _PERSONS_WORDS \
            or not re.fullmatch(r"[^\S\n]+", text[words[i - 1].end():words[i].start()]):
        return False
    word = words[i].group()
    return _first(word) or _surname(word)


def _kin(words: list, i: int) -> bool:
    """A first name or a surname right after a kin's noun („szwagier marka”, „szwagier kowalczyka”)."""
    word = words[i].group()
    return i > 0 and (_first(word) or _surname(word)) \
        and lower_names.kin_noun(words[i - 1].group())
