"""Jinja's syntax errors for a person: in Polish, at the tag and paragraph where they are.

One wording for `szablony sprawdz` and every generating command (the engine reports with it too).
"""

from __future__ import annotations

import re
from xml.sax.saxutils import unescape

from jinja2 import TemplateSyntaxError

from pismo.render.tags import ENTITIES as _ENTITIES, short as _short, tags_in


_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "end of template": "koniec szablonu",
           "name": "nazwa", "begin of print statement": "{{", "begin of statement block": "{%"}

_SYNTAX = [
    (re.compile(r"Unexpected end of template\. Jinja was looking for the following tags: (.*?)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     lambda m: f"blok „{m[2]}” nie jest zamknięty – brakuje znacznika {_tags(m[1])}"),
    (re.compile(r"Encountered unknown tag '(\w+)'\. Jinja was looking for the following tags: (.*?)\. "
                r"The innermost block that needs to be closed is '(\w+)'\."),
     lambda m: f"znacznik „{m[1]}” w niewłaściwym miejscu – otwarty jest blok „{m[3]}”, "
               f"oczekiwano {_tags(m[2])}"),
    (re.compile(r"Encountered unknown tag '(\w+)'\.?$"),
     lambda m: f"nieznany albo niepasujący znacznik „{m[1]}” (np. zamknięcie bloku, który nie został otwarty)"),
    (re.compile(r"Expected an expression, got '(.*)'$"),
     lambda m: "niepełne wyrażenie – po słowie kluczowym brakuje treści (np. „for x in lista”)"),
    (re.compile(r"expected token '(.*)', got '(.*)'$"),
     lambda m: f"oczekiwano „{_TOKENS.get(m[1], m[1])}”, a jest „{_TOKENS.get(m[2], m[2])}”"),
    (re.compile(r"unexpected '(.*)'$"), lambda m: f"nieoczekiwany znak „{_TOKENS.get(m[1], m[1])}”"),
    (re.compile(r"unexpected end of template", re.I),
     lambda m: "nieoczekiwany koniec szablonu – jakiś znacznik nie został zamknięty"),
]


def syntax_message(message: str) -> str:
    """Jinja's syntax error in Polish where the pattern is known; the original otherwise."""
    for pattern, render in _SYNTAX:
        match = pattern.search(message or "")
        if match:
            return render(match)
    return f"({message})"


_BLOCKS = {"for", "if", "with", "macro", "call", "filter", "block", "raw", "autoescape"}
_KEYWORD = re.compile(r"\{%-?\s*(\w+)")


def syntax_location(source: str, exc: TemplateSyntaxError) -> str:
    """Where a syntax error is, for a person: the faulty tag and the paragraph around it.

    `source` is the patched part, one paragraph per line (docxtpl's {%p …%} tags end
    up after the previous paragraph). Jinja gives only the line, so the tag is
    found among the line's tags; for an unclosed block it is the unmatched opener.
    """
    tags = tags_in(source)
    message = exc.message or ""
    culprit = None
    if message.startswith("Unexpected end of template"):
        stack = []
        for tag in tags:
            word = _keyword(tag.group(0))
            if word in _BLOCKS:
                stack.append(tag)
            elif word and word.startswith("end") and stack and _keyword(stack[-1].group(0)) == word[3:]:
                stack.pop()
        culprit = stack[-1] if stack else None
    elif exc.lineno:
        start = sum(len(line) + 1 for line in source.split("\n")[: exc.lineno - 1])
        end = source.find("\n", start)
        end = len(source) if end < 0 else end
        on_line = [t for t in tags if start <= t.start() < end]
        unknown = re.match(r"Encountered unknown tag '(\w+)'", message)
        for tag in on_line:
            if unknown:
                if _keyword(tag.group(0)) == unknown[1]:
                    culprit = tag
                    break
            elif _fails_alone(tag.group(0)):
                culprit = tag
                break
    if culprit is None:
        paragraph = paragraph_text(source, exc.lineno)
        return f" w akapicie „{paragraph}”" if paragraph else ""
    line_start = source.rfind("\n", 0, culprit.start()) + 1
    before = source[line_start:culprit.start()]
    where = f" w znaczniku „{_short(culprit.group(0))}”"
    if "</w:p>" in before:  # a paragraph tag ({%p …%}): it stands after this paragraph
        text = _short(_plain(before), 80)
        return where + (f" (po akapicie „{text}”)" if text else "")
    stop = source.find("</w:p>", culprit.end())
    head, tail = _plain(before), _plain(source[culprit.end():stop if stop >= 0 else None])
    head = "…" + head[-40:] if len(head) > 40 else head
    tail = tail[:30] + "…" if len(tail) > 30 else tail
    return where + f" (akapit „{' '.join((head + culprit.group(0) + tail).split())}”)"


def _plain(xml: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", xml), _ENTITIES)


def _keyword(tag: str) -> str | None:
    match = _KEYWORD.match(tag)
    return match.group(1) if match else None


def _fails_alone(tag: str) -> bool:
    """A tag that is wrong by itself, not just unbalanced out of context."""
    from pismo.render.engine import environment  # the engine reports syntax errors with this module

    try:
        environment().parse(tag)
    except RecursionError:
        return True
    except TemplateSyntaxError as exc:
        text = exc.message or ""
        return not (text.startswith("Unexpected end of template") or text.startswith("Encountered unknown tag"))
    return False


def _tags(listing: str) -> str:
    names = re.findall(r"'(\w+)'", listing)
    return " albo ".join("{% " + n + " %}" for n in names)


def paragraph_text(source: str, lineno: int | None) -> str:
    """The text of the source line jinja names in an error, without its XML, for the user."""
    if not lineno:
        return ""
    line = source.splitlines()[lineno - 1] if lineno <= len(source.splitlines()) else ""
    text = re.sub(r"<[^>]+>", "", line).strip()
    return text[:80]
