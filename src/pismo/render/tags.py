"""Jinja tags in a part's XML as Word stores it: split over runs, or never closed in their paragraph.

A tag Word split over several runs (a formatting change in the middle) still
works, since docxtpl's clean-up joins it, but a tag never closed in its
paragraph makes that clean-up swallow everything up to the next closing,
paragraphs included: a document would silently lack them. `pismo szablony
sprawdz` names both; a generating command refuses the second.
"""

from __future__ import annotations

import bisect
import re
from xml.sax.saxutils import unescape

_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)
_OPENING = re.compile(r"\{\{|\{%|\{#")  # a comment too: docxtpl's clean-up joins it with what follows
# docxtpl's clean-up removes all XML between "{" and "{", "%" or "#" (and between "%", "}" or "#" and "}"):
# the end of a paragraph among it merges two paragraphs and drops what lay between (an empty table, a picture)
_JOINED = re.compile(r"(?<=\{)(?:<[^>]*>)+(?=[{%#])|(?<=[%}#])(?:<[^>]*>)+(?=\})")
_XML_TOKEN = re.compile(r"<w:p\b[^>]*/>|<w:p\b[^>]*>|</w:p>|<w:t\b[^>]*/>|<w:t\b[^>]*>(.*?)</w:t>", re.S)
ENTITIES = {"&quot;": '"', "&apos;": "'"}


def unclosed_tag(xml: str) -> str | None:
    """The message for the first tag never closed in its paragraph, None when every tag is closed."""
    return next(iter(split_tags(xml, split=False)), None)


def split_tags(xml: str, split: bool = True) -> list[str]:
    """Tags whose text is spread over several <w:t> elements (unless split is False), or not closed in their
    paragraph, or standing outside text, or replacing an element (tr, tc, p) they do not stand in alone."""
    spans = [match.span(1) for match in _XML_TOKEN.finditer(xml) if match.group(1) is not None]
    messages: list[str] = _outside_text(xml, spans) + _joined_over_paragraphs(xml)
    stack: list[list[tuple[str, int, int]]] = []
    scopes = _Scopes(xml)
    for match in _XML_TOKEN.finditer(xml):
        token = match.group(0)
        if token.startswith("<w:p"):
            if not token.endswith("/>"):
                stack.append([])
        elif token == "</w:p>":
            if stack:
                messages.extend(_paragraph_split_tags(stack.pop(), split, scopes))
        elif stack and match.group(1) is not None:
            stack[-1].append((unescape(match.group(1), ENTITIES), match.start(1), match.end(1)))
    return messages + _stray_merging(xml, messages)


def _stray_merging(xml: str, messages: list[str]) -> list[str]:
    """A "{%-" or "-%}" outside any tag (in text, in an attribute): docxtpl's clean-up joins paragraphs at it as at
    a tag's, dropping the pictures and tables between. Said once; a tag's own one is said already by the tag."""
    stray = _MERGING_XML.search(xml)
    if not stray or any("łącznik" in message for message in messages):
        return []
    mark = "{%-" if stray.group(0).startswith("{") else "-%}"
    start = xml.rfind("<w:p", 0, stray.start())
    end = xml.find("</w:p>", stray.end())
    paragraph = "".join(m.group(1) for m in _XML_TOKEN.finditer(xml[max(start, 0):end if end >= 0 else len(xml)])
                        if m.group(1) is not None)
    text = unescape(paragraph, ENTITIES)
    where = (f"akapit „{short(text, 60)}” zawiera „{mark}”" if mark in text
             else f"szablon zawiera „{mark}” poza tekstem (np. w nazwie zakładki)")
    return [f"{where} – pismo łączy przy nim akapit z sąsiednim i usuwa wszystko, co stoi między nimi (obrazy, tabele, "
            "podziały stron); usuń ten znak albo rozdziel go spacją"]


_ANY_OPENING = re.compile(r"\{(?:<[^>]*>)*[{%#]")  # as docxtpl's clean-up joins them


def _outside_text(xml: str, spans: list[tuple[int, int]]) -> list[str]:
    """The first tag opening outside the text of <w:t> (an attribute: a picture's description, a bookmark's name):
    jinja reads the part's XML as text, so a {# there and a #} elsewhere silently drop what lies between."""
    starts = [start for start, _ in spans]

    def in_text(position: int) -> bool:
        i = bisect.bisect_right(starts, position) - 1
        return i >= 0 and position < spans[i][1]

    for match in _ANY_OPENING.finditer(xml):
        if not (in_text(match.start()) and in_text(match.end() - 1)):
            snippet = unescape(re.match(r'[^"<>]*', xml[match.start():match.start() + 40]).group(0), ENTITIES)
            return [f"znacznik zaczynający się od „{short(snippet, 30)}” stoi poza tekstem dokumentu (np. w opisie "
                    "obrazu, nazwie zakładki albo innym ukrytym miejscu) – pismo usunęłoby wszystko aż do jego "
                    "zamknięcia; usuń go stamtąd, znaczniki wpisuj tylko w tekście"]
    return []


_SCOPED = re.compile(r"(?:\{%|\{\{)(tr|tc|p) |\{#(tr|tc|p) ")  # docxtpl replaces the element they stand in
_CELL_CHANGE = re.compile(r"\{%\s*(?:colspan|cellbg|vm|hm)\b")  # docxtpl changes the cell they stand in
_MERGING = re.compile(r"\{%-|-%\}")  # docxtpl joins paragraphs, dropping all between: pictures, tables, text
# the same in a part's XML, where Word may split it over runs: docxtpl's clean-up first joins "{…%" and "%…}"
_MERGING_XML = re.compile(r"\{(?:<[^>]*>)*%-|-%(?:<[^>]*>)*\}")
_RICH = re.compile(r"\{\{r\s")  # docxtpl's rich text: writes bare text into the paragraph for a plain value


def _unsupported(tag: str) -> str | None:
    """A message for a tag docxtpl's clean-up turns into something other than jinja's meaning."""
    if _MERGING.search(tag):
        return (f"znacznik „{short(tag)}” ma łącznik („{{%-” albo „-%}}”), który łączy akapit z sąsiednim i usuwa "
                "wszystko, co stoi między nimi (tekst przed znacznikiem, obrazy, tabele, podziały stron) – usuń "
                "łącznik i pisz „{% … %}”; aby usunąć cały akapit ze znacznikiem, użyj „{%p … %}”")
    if _RICH.match(tag):
        return (f"znacznik „{short(tag)}” wstawia tekst sformatowany (RichText), którego pismo nie przekazuje – "
                "wartość zniknęłaby z dokumentu; pisz „{{ … }}” bez „r”")
    return None
_SCOPE_WORDS = {"tr": ("cały wiersz tabeli", "w którym", "w wierszu tabeli", "tabela zagnieżdżona",
                       "do osobnego wiersza tabeli"),
                "tc": ("całą komórkę tabeli", "w której", "w komórce tabeli", "tabela zagnieżdżona",
                       "do osobnej komórki tabeli"),
                "p": ("cały akapit", "w którym", "w akapicie", "pole tekstowe", "do osobnego akapitu")}


class _Scopes:
    """Where the elements a {%tr/tc/p …%} tag replaces start and end in a part, read once when needed."""

    def __init__(self, xml: str) -> None:
        self.xml, self.tokens = xml, {}

    def problem(self, tag: str, kind: str, start: int, end: int, changes: bool = False) -> str | None:
        """A message when docxtpl's clean-up would not replace exactly the tag's own element: its pattern
        takes the last <w:kind …> before the tag and the first </w:kind> after it, so the tag must stand
        inside such an element that holds no other of its kind."""
        if kind not in self.tokens:
            found = list(re.finditer(rf"<w:{kind}(?:>| [^>]*>)|</w:{kind}>", self.xml))
            self.tokens[kind] = ([m.start() for m in found], [
                "close" if m.group(0).startswith("</") else "empty" if m.group(0).endswith("/>") else "open"
                for m in found])
        positions, kinds = self.tokens[kind]
        before = bisect.bisect_left(positions, start) - 1
        after = bisect.bisect_left(positions, end)
        while after < len(kinds) and kinds[after] == "empty":
            after += 1
        if before >= 0 and kinds[before] == "open" and after < len(kinds) and kinds[after] == "close":
            return None
        whole, which, inside, other, target = _SCOPE_WORDS[kind]
        if changes:
            return (f"znacznik „{short(tag)}” zmienia komórkę tabeli, w której stoi, a tu nie stoi w komórce tabeli "
                    "albo ta komórka zawiera tabelę zagnieżdżoną – pismo zmieniłoby komórki innych tabel; przenieś "
                    "znacznik do komórki, którą ma zmienić")
        return (f"znacznik „{short(tag)}” zastępuje {whole}, {which} stoi, a tu nie stoi {inside} albo ten element "
                f"zawiera inny tego rodzaju (np. {other}) – pismo usunęłoby treść wokół niego; przenieś znacznik "
                f"{target} albo usuń z niego „{kind}”")


def _joined_over_paragraphs(xml: str) -> list[str]:
    """The first brace that docxtpl's clean-up would join with the next paragraph's (merging the two)."""
    for match in _JOINED.finditer(xml):
        if "</w:p>" in match.group(0):
            before = xml[xml.rfind(">", 0, match.start()) + 1:match.start()]
            after = xml[match.end():xml.find("<", match.end())]
            return [f"znacznik „{short(unescape(before[-20:] + ' ' + after[:40], ENTITIES))}” zaczyna się na końcu "
                    "jednego akapitu, a kończy w następnym – znacznik musi się mieścić w jednym akapicie"]
    return []


def _paragraph_split_tags(pieces: list[tuple[str, int, int]], split: bool, scopes: _Scopes) -> list[str]:
    texts = [text for text, _, _ in pieces]
    joined = "".join(texts)
    if "{" not in joined:
        return []
    owner = [i for i, text in enumerate(texts) for _ in text]
    messages = []
    covered = set()
    for tag in tags_in(joined):
        covered.add(tag.start())
        problem = _unsupported(tag.group(0))
        scoped = _SCOPED.match(tag.group(0))
        cell = _CELL_CHANGE.match(tag.group(0))
        if not problem and (scoped or cell):
            problem = scopes.problem(tag.group(0), "tc" if cell else scoped.group(1) or scoped.group(2),
                                     pieces[owner[tag.start()]][1], pieces[owner[tag.end() - 1]][2],
                                     changes=bool(cell))
        if problem:
            messages.append(problem)
        if split and owner[tag.start()] != owner[tag.end() - 1]:
            messages.append(f"znacznik „{short(tag.group(0))}” jest podzielony na kilka fragmentów tekstu "
                            "(np. przez zmianę formatowania lub poprawki w Wordzie) – usuń go i wpisz ponownie "
                            "w całości, bez zmian formatowania w środku")
    for opening in _OPENING.finditer(joined):
        if opening.start() not in covered:  # the first is enough: thousands of openings get one message
            messages.append(f"znacznik zaczynający się od „{short(joined[opening.start():opening.start() + 200], 30)}” "
                            "nie jest zamknięty w tym samym akapicie – znacznik musi się mieścić w jednym akapicie")
            break
    return messages


_STARTS = re.compile(r"(?=(\{\{|\{%|\{#))")
_ENDS = {"{{": re.compile(r"(?=\}\})"), "{%": re.compile(r"(?=%\})"), "{#": re.compile(r"(?=#\})")}


def tags_in(text: str) -> list[re.Match]:
    """The tags _TAG.finditer finds, in linear time: the expression alone scans to the end of the
    text from every opening never closed, which takes minutes on a hostile part."""
    ends = {kind: [m.start() for m in pattern.finditer(text)] for kind, pattern in _ENDS.items()}
    next_end = {kind: 0 for kind in ends}
    tags, covered_to = [], 0
    for opening in _STARTS.finditer(text):
        start, kind = opening.start(), opening.group(1)
        if start < covered_to:
            continue
        found = ends[kind]
        while next_end[kind] < len(found) and found[next_end[kind]] < start + 2:
            next_end[kind] += 1
        if next_end[kind] < len(found):
            tag = _TAG.match(text, start)  # scans only to its own end
            tags.append(tag)
            covered_to = tag.end()
    return tags


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
