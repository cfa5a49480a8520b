"""Jinja's syntax errors for a person: in Polish, at the tag and paragraph where they are.

One wording for `szablony sprawdz` and every generating command (the engine reports with it too).
"""

from __future__ import annotations

import ast
import difflib
import re
from xml.sax.saxutils import unescape

from jinja2 import TemplateSyntaxError

from pismo.render.tags import ENTITIES as _ENTITIES, short as _short, tags_in


_TOKENS = {"end of print statement": "}}", "end of statement block": "%}", "end of template": "koniec szablonu",
           "name": "nazwa", "begin of print statement": "{{", "begin of statement block": "{%",
           "begin of comment": "{#", "end of comment": "#}", "comment": "komentarz", "template data / text": "tekst",
           "string": "tekst w cudzysłowie", "integer": "liczba", "float": "liczba"}
_QUOTES = "„”“‟‘’‚‛«»"  # Word's typographic quotes: in a tag's code only ' and " delimit a text
_FIXED = "niepoprawny zapis znacznika – sprawdź nawiasy, cudzysłowy, przecinki i nazwy w znaczniku"


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


def _blocks(m: re.Match) -> str:
    """Jinja's unknown tag or end of template, said with the block left open and the tags it expects."""
    message = m.string
    looking = re.search(r"looking for (?:the following tags: )?(.*?)\.(?: |$)", message)
    inner = re.search(r"The innermost block that needs to be closed is '(\w+)'", message)
    expected = _tags(looking[1]) if looking else ""
    if m[1] is None:  # the end of the template
        if inner:
            return f"blok „{inner[1]}” nie jest zamknięty – brakuje znacznika {expected}"
        return "nieoczekiwany koniec szablonu – " + (f"brakuje znacznika {expected}" if expected else
                                                     "jakiś znacznik nie został zamknięty")
    if inner:
        return f"znacznik „{m[1]}” w niewłaściwym miejscu – otwarty jest blok „{inner[1]}”, oczekiwano {expected}"
    return f"nieznany albo niepasujący znacznik „{m[1]}” (np. zamknięcie bloku, który nie został otwarty)"


def _character(m: re.Match) -> str:
    """The lexer's "unexpected char 'x' at N": N is an offset into the part's XML, of no use to a person."""
    char = ast.literal_eval(m[1])
    if char in "'\"":
        return f"niezamknięty cudzysłów {char} (tekst musi się kończyć tym samym cudzysłowem)"
    if char in _QUOTES:
        return (f"cudzysłów drukarski {char} (w znacznikach pisz proste cudzysłowy ' albo \"; Word zamienia je "
                "podczas pisania – wyłącz to w Autokorekcie albo wklej znak z Notatnika)")
    return f"niedozwolony znak „{char}”"


def unknown_name(kind: str, name: str) -> str:
    """An unknown filter or test ("filter" or "test"), with the nearest known name."""
    from pismo.render.engine import environment  # the engine reports syntax errors with this module

    known = environment().filters if kind == "filter" else environment().tests
    hint = difflib.get_close_matches(name, sorted(known), n=1)
    return f"nieznany {'filtr' if kind == 'filter' else 'test'} „{name}”" + \
        (f" (czy chodziło o „{hint[0]}”?)" if hint else " – sprawdź pisownię")


UNKNOWN = re.compile(r"^No (filter|test) named '(.*?)'")  # compiled, or inside an if or map('…') when run


_SYNTAX = [  # every TemplateSyntaxError and TemplateAssertionError text of jinja 3.1 (lexer, parser, compiler)
    (re.compile(r"^(?:Unexpected end of template|Encountered unknown tag '(\w+)')\."), _blocks),
    (re.compile(r"^unexpected end of template, expected '(.*)'\.$"),
     lambda m: f"nieoczekiwany koniec szablonu – oczekiwano „{_token(m[1])}”"),
    (re.compile(r"^Expected an expression, got '(.*)'$"),
     lambda m: "niepełne wyrażenie – po słowie kluczowym brakuje treści (np. „for x in lista”)"),
    (re.compile(r"^expected token '(.*)', got '(.*)'$"),
     lambda m: f"oczekiwano „{_token(m[1])}”, a jest „{_token(m[2])}”"),
    (re.compile(r"^unexpected '(.*?)', expected '(.*)'$"),
     lambda m: f"nieoczekiwany znak „{m[1]}” – oczekiwano „{m[2]}” (sprawdź, czy każdy nawias jest zamknięty)"),
    (re.compile(r"^unexpected '(.*)'$"), lambda m: f"nieoczekiwany znak „{_token(m[1])}”"),
    (re.compile(r"^unexpected char (.+) at \d+$"), _character),
    (re.compile(r"^Missing end of raw directive$"), lambda m: "blok {% raw %} bez zamknięcia {% endraw %}"),
    (re.compile(r"^Missing end of comment tag$"), lambda m: "komentarz {# bez zamknięcia #}"),
    (re.compile(r"escape|Unicode character|at end of string"),  # Python's unicode-escape of a quoted text
     lambda m: "niepoprawny ukośnik wsteczny \\ w tekście w cudzysłowie – aby wpisać sam ukośnik, napisz \\\\"),
    (re.compile(r"^Invalid character in identifier$"), lambda m: "niedozwolony znak w nazwie"),
    (UNKNOWN, lambda m: unknown_name(m[1], m[2])),
    (re.compile(r"^tag name expected$"), lambda m: "po „{%” brakuje nazwy znacznika (np. if, for, set)"),
    (re.compile(r"^Block names in Jinja have to be valid Python identifiers"),
     lambda m: "nazwa bloku nie może zawierać łącznika „-” – użyj podkreślenia „_”"),
    (re.compile(r"^Required blocks can only contain comments or whitespace$"),
     lambda m: "blok „required” może zawierać tylko odstępy i komentarze"),
    (re.compile(r"^names starting with an underline can not be imported$"),
     lambda m: "nie można importować nazw zaczynających się od „_”"),
    (re.compile(r"^non-default argument follows default argument$"),
     lambda m: "w definicji makra argument bez wartości domyślnej stoi po argumencie z wartością domyślną"),
    (re.compile(r"^When defining macros or call blocks the special \"caller\" argument"),
     lambda m: "argument „caller” makra trzeba pominąć albo dać mu wartość domyślną"),
    (re.compile(r"^expected call$"), lambda m: "po „call” musi stać wywołanie makra, np. {% call m() %}"),
    (re.compile(r"^can't assign to '(\w+)'$"),
     lambda m: "tu nie można przypisać wartości – po „set” albo „for” ma stać nazwa zmiennej"),
    (re.compile(r"^Can't assign to special loop variable in for-loop target$"),
     lambda m: "zmienna pętli nie może się nazywać „loop” (tę nazwę ma pętla) – użyj innej"),
    (re.compile(r"^expected name or number$"), lambda m: "po kropce musi stać nazwa pola albo numer"),
    (re.compile(r"^expected subscript expression$"), lambda m: "w nawiasie [ ] brakuje indeksu albo klucza"),
    (re.compile(r"^invalid syntax for function call expression$"),
     lambda m: "niepoprawne wywołanie – argumenty z nazwą (a=1) muszą stać po argumentach bez nazwy"),
    (re.compile(r"^You cannot chain multiple tests with is$"),
     lambda m: "nie można łączyć kilku testów „is” w jednym wyrażeniu – użyj „and”"),
    (re.compile(r"^block '(.*)' defined twice$"), lambda m: f"blok „{m[1]}” jest zdefiniowany dwa razy"),
    (re.compile(r"^cannot use extend from a non top-level scope$"),
     lambda m: "znacznik „extends” może stać tylko na najwyższym poziomie szablonu"),
]


def syntax_message(message: str) -> str:
    """Jinja's syntax error in Polish; a general Polish one for a text jinja may add later (never English)."""
    for pattern, render in _SYNTAX:
        match = pattern.search(message or "")
        if match:
            return render(match)
    return _FIXED


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
    return where + f" (akapit „{' '.join((head + _short(culprit.group(0)) + tail).split())}”)"  # rev-tpl18 14


_XML_TAG = re.compile(r"<[/?]?[A-Za-z_][^<>]*>")  # a comparison in a tag ({{ a < b }}) is text, not XML


def _plain(xml: str) -> str:
    return unescape(_XML_TAG.sub("", xml), _ENTITIES)


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
    end = line.rfind("</w:p>")
    if end >= 0:  # after the paragraph: the tag of the next {%p …%} paragraph, which docxtpl put on this line
        line = line[:end]
    return _plain(line).strip()[:80]
