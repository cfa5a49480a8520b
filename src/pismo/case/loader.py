"""Case file → validated Sprawa, with every problem located and in Polish."""

from __future__ import annotations

import os
import re

import datetime as dt
import difflib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pydantic import BaseModel, ValidationError

from pismo.case.checks import NONE_WHAT, none_told, none_word, own_gap, placeholders, recurrence_answer, recurrence_answer_told, scalars as _values
from pismo.case.holes import dig_in, stand_ins, with_stand_ins
from pismo.case.model import DISTRICT_ADVICE, EMAIL_PATTERN, ID_PATTERN, TELEFON_PATTERN, Sprawa
from pismo.files.output import name_problem
from pismo.case.problems import LIMIT, CaseError, Problem, capped, dotted, quoted
from pismo.case.yamlio import MAX_BYTES, TYPOGRAPHIC_QUOTES, Document, decode, import_command, odd_character, parse_case_bytes, read_case_file, visible
from pismo.case.yamlio import _ODD_ITEM, QUESTION_TOLD, odd_item
from pismo.files.read import Unreadable, read_limited
from pismo import polish
from pismo.errors import readable


@dataclass
class Case:
    """A loaded case: the model, where its values stand, and warnings."""

    sprawa: Sprawa
    doc: Document
    warnings: list[Problem]
    derived: list = field(default_factory=list)  # forms from the dictionary (pismo.morph.fill.Derived)
    from_file: bool = False  # read from doc.path (not a text with a name standing in for one)

    @property
    def name(self) -> str:
        return self.doc.path.stem

    def problem(self, loc, message: str, warning: bool = False, marker: bool = False,
                related: tuple | None = None) -> Problem:
        """Located at the value, or with marker at the UZUPEŁNIJ the message is about."""
        line, column = (self.doc.where_marker if marker else self.doc.where)(loc)
        return Problem(self.doc.path, line, column, dotted(loc), message, warning, related=related)


def _check_name(path: Path) -> None:
    """The documents' folder and manifest are named after the file: the same rule as for any name written."""
    unusable = name_problem(path.stem)
    if unusable:
        shown = readable(path.name)
        raise CaseError([Problem(path, None, None, None,
                                 f"nazwa pliku „{shown}” nie nadaje się na nazwę folderu dokumentów – niedozwolona "
                                 f"nazwa folderu sprawy: {unusable}; zmień nazwę pliku sprawy, np. na "
                                 f"{_name_instead(path)}")])


_POLISH = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")


def _name_instead(path: Path) -> str:
    """A name to rename the case file to: its bytes read in the encoding whose Polish letters they are (Latin-2:
    „spraw\\xb1” is „sprawą”; Windows' cp1250) when that makes a usable name no file has, else one no file beside
    it has (never „sprawa.yaml” standing next to it)."""
    raw = os.fsencode(path.name)
    candidates = []
    for encoding in ("iso8859_2", "cp1250"):
        try:
            guess = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if guess != path.name and all(ch.isascii() or ch in _POLISH for ch in guess) \
                and not name_problem(Path(guess).stem):
            candidates.append(guess)
    candidates += [f"rejon-{number}.yaml" for number in range(1, 100)]
    return next(name for name in candidates if not (path.parent / name).exists())


def load_case(path: Path, for_documents: bool = True) -> Case:
    """Read and validate; raise CaseError listing every problem at once. `for_documents`: the file's name must
    do as its documents' folder – not for a command that writes no documents (odmien, terminy)."""
    path = Path(path)
    case = _validated(read_case_file(path), path, lambda: _file_text(path), for_documents)
    case.from_file = True
    return case


def _file_text(path: Path) -> str:
    """The file's text once more, for a check of a value's own spelling (rare: read only when needed)."""
    try:
        return decode(path, read_limited(path, MAX_BYTES))
    except (CaseError, Unreadable, OSError):
        return ""


def load_case_text(text: str, name: str = "sprawa.yaml") -> Case:
    """The same for a case file's text (the web form); name stands in for the file's name."""
    path = Path(name)
    return _validated(parse_case_bytes(path, text.encode("utf-8")), path, lambda: text)


def _validated(doc: Document, path: Path, text=lambda: "", for_documents: bool = True) -> Case:
    from pismo.case.checks import cross_check, order_of_dates

    if not isinstance(doc.data, dict):
        plan = "" if path.suffix.lower() != ".txt" else \
            f" – jeśli to tekst planu, utwórz z niego plik sprawy poleceniem: {import_command(path, '.txt', '')}"
        raise CaseError([Problem(doc.path, *doc.where(()), None, "plik sprawy musi zawierać pola (np. „jednostka:”, "
                                 f"„osoby:”), a nie pojedynczą wartość lub listę{plan}")])
    doc.problems = [_duplicate(problem, doc) for problem in doc.problems] + _thousands_dots(doc, text)
    try:
        sprawa, filled = _validate(doc)
    except ValidationError as exc:
        more, unworded = translate_errors(exc, doc)
        more = _explain_comment_cuts([p for p in more if not _told(p, doc.problems)], doc)
        raise CaseError(capped(sorted(doc.problems + more, key=_position), left_out=unworded)) from None
    if doc.problems:
        raise CaseError(capped(doc.problems))
    case = Case(sprawa, doc, [])
    errors, warnings = cross_check(case)
    stood_in = {dotted(loc) for loc in filled}  # a stand-in's own checks say nothing about the case
    errors = [p for p in errors if p.field not in stood_in]
    warnings += _block_breaks(doc, text)
    warnings = [p for p in warnings if p.field not in stood_in or "do uzupełnienia" in p.message]
    if errors:
        raise CaseError(capped(errors + warnings))
    dig_in(sprawa, filled)
    if for_documents:
        _check_name(path)
    case.warnings = capped(warnings + order_of_dates(case) + _derive(case))
    return case


_DUPLICATE = re.compile(r"pole „(?P<key>.+)” powtórzone \(pierwszy raz w wierszu (?P<first>\d+)\) – zostaw jedno")


def _duplicate(problem: Problem, doc: Document) -> Problem:
    """A field written twice in one group is seldom a copy: more often a misspelt name (`zaproszenie:` for
    `zaproszeni:`) or a line that lost its indentation – „zostaw jedno” at the line given deleted the officer's
    data. Both places are named, and the field the group lacks if a name is close to it."""
    found = _DUPLICATE.fullmatch(problem.message)
    loc = next((loc for loc in doc.key_positions if dotted(loc) == problem.field), None) if found else None
    if loc is None:
        return problem
    key, first = found.group("key"), found.group("first")
    slip = _slipped_key(loc, doc, True)
    if slip:  # the first one lost its indentation: the error belongs there, the second is the group's own
        return Problem(problem.file, *doc.key_positions[loc], problem.field,
                       f"{slip[1]}; dlatego pole „{key}” w wierszu {problem.line} wygląda na powtórzone")
    group = doc.data
    for part in loc[:-1]:
        group = group[part] if isinstance(group, (dict, list)) else None
    absent = [name for name in _field_names(Sprawa, loc) if not isinstance(group, dict) or name not in group]
    meant = next(iter(difflib.get_close_matches(key, absent, n=1, cutoff=0.75)), None)
    head = f"pole „{key}” powtórzone (pierwszy raz w wierszu {first})"
    if meant:
        return Problem(problem.file, problem.line, problem.column, problem.field,
                       f"{head}, a w tej grupie brak pola „{meant}” – czy w jednym z tych wierszy (w wierszu {first} albo w "
                       f"tym) chodziło o „{meant}”? Popraw tam nazwę; nie usuwaj żadnego z nich")
    return Problem(problem.file, problem.line, problem.column, problem.field,
                   f"{head} – sprawdź, czy w jednym z tych wierszy nie ma literówki w nazwie albo za małego wcięcia "
                   "(pole z grupy powyżej); usuń jedno tylko wtedy, gdy to to samo pole wpisane dwa razy")


_THOUSANDS_DOT = re.compile(r"[+-]?[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?=[\s,\]}#]|$)")


def _thousands_dots(doc: Document, text) -> list[Problem]:
    """A count written with the Polish thousands dot („1.200 interwencji”): YAML reads it as 1,2 and the plan
    would print that – asked which one is meant, at the value (its source text, not the float, shows the dot)."""
    floats = [loc for loc, value in _values(doc.data) if isinstance(value, float) and _takes_float(loc)]
    lines = text().split("\n") if floats else []
    problems = []
    for loc in floats:
        line, column = doc.where(loc)
        found = _THOUSANDS_DOT.match(lines[line - 1], column - 1) if line <= len(lines) else None
        if found:
            written, whole = found.group(), found.group().replace(".", "")
            read = f"{float(written):g}"
            problems.append(Problem(doc.path, line, column, dotted(loc),
                                    f"„{written}” – YAML czyta kropkę jako przecinek dziesiętny, więc to "
                                    f"{read.replace('.', ',')}, a nie {whole}: czy chodzi o {whole} czy o "
                                    f"{read.replace('.', ',')}? Wpisz {whole} (bez kropki) albo {read}"))
    return problems


_DEEPER_LINE = ("ten wiersz tekstu po „>” ma większe wcięcie niż pierwszy wiersz tego tekstu, więc YAML zachowuje "
                "przed nim i po nim podział wiersza – w piśmie tekst rozpadnie się na osobne wiersze; wyrównaj jego "
                "wcięcie z pozostałymi wierszami")
_BLANK_LINE = ("pusty wiersz w tekście pola, które drukuje się jako jeden akapit – w piśmie tekst przed nim i po nim "
               "zostanie połączony spacją w jeden akapit; usuń ten pusty wiersz")
_LITERAL_LINES = ("to pole drukuje się jako jeden akapit, a tekst po „|” zachowuje podział na wiersze taki jak w pliku – "
                  "w piśmie każdy wiersz zacznie się od nowej linii; jeśli to jeden akapit, zamień „|” na „>-”")


def _block_breaks(doc: Document, text) -> list[Problem]:
    """Line breaks of a block text that the document would print where the officer sees one paragraph: around a
    line of a „>” text indented deeper than its first line (YAML keeps them there), and every line end of a „|”
    text in a one-paragraph field (a field of paragraphs joins its lines itself). An empty line inside a block text of
    a one-paragraph field is two paragraphs where one prints: the model joins them, the officer is told where."""
    blocks = [loc for loc, value in _values(doc.data) if isinstance(value, str) and "\n" in value.strip()]
    lines = text().split("\n") if blocks else []
    problems = []
    for loc in blocks:
        line, column = doc.where(loc)
        head = lines[line - 1][column - 1:column] if line <= len(lines) else ""
        body = _block_body(lines, line)
        if head == ">" and body:
            deeper = next(((n, indent) for n, indent in body if indent > body[0][1]), None)
            if deeper:
                problems.append(Problem(doc.path, deeper[0], deeper[1] + 1, dotted(loc), _DEEPER_LINE, True))
        elif head == "|" and len(body) > 1 and not _takes_paragraphs(loc):
            problems.append(Problem(doc.path, line, column, dotted(loc), _LITERAL_LINES, True))
        blank = next((n for n in range(body[0][0], body[-1][0]) if not lines[n - 1].strip()), None) if body else None
        if head in (">", "|") and blank and not _takes_paragraphs(loc):
            problems.append(Problem(doc.path, blank, 1, dotted(loc), _BLANK_LINE, True))
        elif head in (">", "|") and body:
            broken = next((n for n in range(body[0][0], body[-1][0]) if _mid_sentence(lines, n)), None)
            if broken:
                problems.append(Problem(doc.path, broken, 1, dotted(loc), _BROKEN_PARAGRAPH, True))
    return problems


_BROKEN_PARAGRAPH = ("pusty wiersz w środku zdania – tekst przed nim kończy się bez kropki, a po nim zaczyna się małą literą; "
                     "w piśmie zdanie rozpadnie się na dwa akapity – usuń ten pusty wiersz (np. z tekstu wklejonego z PDF-u)")


def _mid_sentence(lines: list[str], number: int) -> bool:
    """Whether line number (1-based) is an empty line between a line that ends mid-sentence and one that goes on
    with a lowercase word: a paragraph break where the sentence goes on."""
    if lines[number - 1].strip():
        return False
    before = next((line.strip() for line in reversed(lines[:number - 1]) if line.strip()), "")
    after = next((line.strip() for line in lines[number:] if line.strip()), "")
    return bool(before) and (before[-1].isalpha() or before[-1] == ",") and after[:1].islower()


def _block_body(lines: list[str], header: int) -> list[tuple[int, int]]:
    """(line number, indentation) of each non-blank line of the block text whose „|”/„>” stands on line header."""
    def indentation(number: int) -> int:
        return len(lines[number - 1]) - len(lines[number - 1].lstrip(" "))

    body: list[tuple[int, int]] = []
    for number in range(header + 1, len(lines) + 1):
        if not lines[number - 1].strip():
            continue
        indent = indentation(number)
        if indent < body[0][1] if body else indent <= indentation(header):
            break
        body.append((number, indent))
    return body


def _takes_float(loc: tuple) -> bool:
    """Whether the model's field at loc is a number that may have a fraction (Liczba)."""
    return any(kind is float for kind in _field_types(loc))


def _takes_paragraphs(loc: tuple) -> bool:
    """Whether the model's field at loc is printed as paragraphs (Akapity), its lines joined."""
    from pismo.case.model import _paragraphs

    return any(getattr(kind, "func", None) is _paragraphs for kind in _field_types(loc))


def _field_types(loc: tuple) -> list:
    """Every type and annotation in the declaration of the model's field at loc (none for an unknown one)."""
    from typing import get_args

    current, field = Sprawa, None
    for part in loc:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part) if current is not None else None
        if field is None:
            return []
        current = _inner_model(field.annotation)
    found: list = []

    def walk(kind) -> None:
        found.append(kind)
        for arg in get_args(kind):
            walk(arg)
    if field is not None:
        walk(field.annotation)
        for meta in field.metadata:
            walk(meta)
    return found


def _explain_comment_cuts(problems: list[Problem], doc: Document) -> list[Problem]:
    """A required value a „#word” emptied (`temat: #modernizacji …`): the error says why it is empty, at the
    „#” – „a jest wartość pusta” contradicted the full line the officer sees."""
    cuts = {dotted(loc): (line, column) for loc, line, column in doc.comment_cuts}
    return [Problem(p.file, *cuts[p.field], p.field, _COMMENT_EMPTIED) if p.field in cuts else p for p in problems]


_COMMENT_EMPTIED = ("wartość zaczyna się od „#”, więc YAML traktuje cały ten tekst jako komentarz i pole jest puste "
                    "– ujmij całą wartość w cudzysłów")


def _derive(case: Case) -> list[Problem]:
    """Fill the forms the file leaves out from the dictionary; each one becomes a warning to confirm."""
    from pismo.morph.fill import fill

    derived, unknown = fill(case.sprawa)
    case.derived = derived
    return ([case.problem(d.loc, d.message, warning=True) for d in derived]
            + [case.problem(loc, message, warning=True) for loc, message in unknown])


def _told(problem: Problem, read: list[Problem]) -> bool:
    """Whether the reader's own word covers a model error: on the same field, or on the same line for a key with
    an odd space inside it („{do:<U+00A0>…}”: the key that swallowed its value, not an unknown field „do: …”)."""
    return any(problem.field == other.field or other.field and problem.line == other.line
               and str(problem.field).startswith(other.field + ".")
               and odd_character(str(problem.field)[len(other.field):]) for other in read)


def _validate(doc: Document):
    """The model, with stand-ins for placeholders in fields that are not text (UZUPEŁNIJ where a date,
    a number or a choice belongs); (model, {location: placeholder text} of those fields)."""
    holes = dict(placeholders(doc.data))
    data, filled = doc.data, {}
    for _ in range(3):  # a stand-in can uncover errors under it only once per level
        try:
            return Sprawa.model_validate(data), filled
        except ValidationError as exc:
            errors = [(_data_loc(e["loc"], doc), e) for e in exc.errors(include_url=False)]
            found = stand_ins(errors, data, holes)
            if not found:
                raise  # what is left are real errors, reported without the placeholders' types
            filled.update({loc: holes[loc] for loc in found})
            data = with_stand_ins(data, found)
    return Sprawa.model_validate(data), filled


HINTS = 20  # unknown keys offered a spelling: more are no typing slip, and each costs a difflib search


def translate_errors(exc: ValidationError, doc: Document, limit: int = LIMIT) -> tuple[list[Problem], int]:
    """pydantic errors → located Polish problems, one per place, in the file's order; only the first
    `limit` places are worded (a file of 200 000 unknown keys took 37 s), the others counted."""
    errors = [(_data_loc(error["loc"], doc), error) for error in exc.errors(include_url=False)]
    kinds: dict[tuple, set] = {}  # a union field fails once per branch: one message names them all
    for loc, error in errors:
        kinds.setdefault(loc, set()).add(error["type"])
    unknown = sorted((loc for loc, error in errors if error["type"] == "extra_forbidden"), key=doc.where_key)
    hints = {loc: _hint(loc, _data_at(doc.data, loc[:-1])) for loc in unknown[:HINTS]}
    misspelt = {loc[:-1] + (hint,) for loc, hint in hints.items() if hint}  # missing: reported as misspelt
    deep = {loc for loc in unknown[:HINTS] if _too_deep(loc, doc)}
    misspelt |= {loc[:-2] + loc[-1:] for loc in deep}  # missing where it belongs: told as too deep
    misspelt |= doc.hidden_keys  # there, with an invisible character in its name: told as that character
    places: dict[tuple, dict] = {}
    # value errors first: a union branch that took the value's type says what is wrong with it
    for loc, error in sorted(errors, key=lambda e: e[1]["type"] != "value_error"):
        key = (loc, error["type"] == "missing")
        if key not in places and not (error["type"] == "missing" and loc in misspelt):
            places[key] = error
    where = {key: doc.where_key(key[0]) if error["type"] == "extra_forbidden" else doc.where(key[0])
             for key, error in places.items()}
    ordered = sorted(places, key=where.__getitem__)
    problems, emptied, slipped = [], {}, set()  # slipped: where a key out of its group belongs, not missing there
    for key in ordered[:limit]:
        loc, error = key[0], places[key]
        message = _message(error, loc, doc, hints.get(loc))
        if loc in deep and error["type"] == "extra_forbidden":
            message = (f"pole „{loc[-1]}” ma o jeden poziom za duże wcięcie, więc trafiło do grupy „{loc[-2]}” (wiersz "
                       f"{doc.where_key(loc[:-1])[0]}), a jest polem tego samego poziomu co „{loc[-2]}” – zmniejsz jego wcięcie do "
                       f"wcięcia „{loc[-2]}:”")
        union = _UNIONS.get(frozenset(kinds[loc] & {"int_type", "float_type", "date_type", "string_type"}))
        if union and not _over_lines(error.get("input")) and not _hidden_in(error) and not _number_advice(error) \
                and not _in_printers_quotes(error, loc) and not comparison_told(error, doc.sources.get(tuple(loc))):
            message = f"{union}, a jest {_describe(error.get('input'))}"
        hidden = doc.where_hidden(loc, message, error.get("input")) if "na pozycji" in message else None
        message = re.sub(r" na pozycji \d+", "", message) if hidden else message  # told at its own line and column
        line, column = hidden or where[key]
        if message.startswith("tekst zawiera „: ”") and _colon_of(error, loc, doc):
            line, column = _colon_of(error, loc, doc)
        value = error.get("input")
        if not hidden and isinstance(value, str) and _hidden_in(error) and _odd_before_comment(value) is not None:
            column += _odd_before_comment(value)  # a one-line plain value: the hard space's own column
        slip = _slipped_key(loc, doc, error["type"] == "extra_forbidden")
        if slip:
            (line, column), loc, message = doc.where_key(slip[0]), slip[0], slip[1]
            emptied.setdefault(dotted(slip[2]), []).append(f"„{slip[0][-1]}”")
            slipped.add(dotted(slip[2] + slip[0][-1:]))
        problems.append((Problem(doc.path, line, column, dotted(loc), message), error["type"] == "missing"))
    problems = [problem for problem, missing in problems if not (missing and problem.field in slipped)]  # it is there
    return _fields_below(list(dict.fromkeys(problems)), emptied), max(0, len(ordered) - limit)


def _fields_below(problems: list[Problem], emptied: dict) -> list[Problem]:
    """An empty group whose fields stand below it without its indentation („okres:” over „od:”, „do:” at column 1):
    its own error („a jest wartość pusta”) names them, so the two messages read as one slip."""
    return [Problem(p.file, p.line, p.column, p.field, f"{p.message} – jej pola ({', '.join(emptied[p.field])}) stoją "
                    "w wierszach poniżej, ale bez wcięcia głębszego niż nazwa tej grupy")
            if p.field in emptied and p.message.endswith("wartość pusta") else p for p in problems]


def _slipped_key(loc: tuple, doc: Document, unknown: bool) -> tuple[tuple, str, tuple] | None:
    """(key loc, message, group loc) when the error at loc comes from a key written without the indentation of the group on
    the line above it – an action's „partnerzy:” at column 1 read as the case's own list, „od:” under an empty
    „okres:” read as an unknown field of the case: told as that slip, at the key, naming the group. A known field
    is taken for a slip only when the group it fell into has it again (a district's „rejon:” after an officer's
    group is the case's own)."""
    for end in ([len(loc)] if unknown else range(1, len(loc) + 1)):
        key = loc[:end]
        if not isinstance(key[-1], str) or not (unknown or key in doc.repeated):
            continue
        groups, via = doc.groups_above.get(key, ((), None))
        if via is not None and not _out_of_place(via, doc):
            continue  # the key above it is in its place: „dokumenty:” of an action, not a slip
        for group, line in groups:
            held = _data_at(doc.data, group)
            if key[-1] in _field_names(Sprawa, group + (key[-1],)) and not (isinstance(held, dict) and key[-1] in held):
                return key, _slip_message(key, group, line, held, doc), group
    return None


def _out_of_place(key: tuple, doc: Document) -> bool:
    """Whether a key is no field where it stands, itself out of a group above it („od:” after „okres:”)."""
    groups, via = doc.groups_above.get(key, ((), None))
    return key[-1] not in _field_names(Sprawa, key) and (via is None or _out_of_place(via, doc))


def _slip_message(key: tuple, group: tuple, line: int, held, doc: Document) -> str:
    where = "sprawy" if len(key) == 1 else f"grupy „{dotted(key[:-1])}”"
    first = next(iter(held), None) if isinstance(held, dict) else None
    if first:
        shallow = "z mniejszym wcięciem niż jej pola"
        align = f"wyrównaj je z jej polami (np. „{first}:” w wierszu {doc.where_key(group + (first,))[0]})"
    else:  # an empty group („okres:” with nothing under it)
        shallow = f"z wcięciem nie większym niż „{group[-1]}:”"
        align = f"zwiększ jego wcięcie, by stało głębiej niż „{group[-1]}:” (np. o 2 spacje)"
    return (f"pole „{key[-1]}” stoi pod grupą „{dotted(group)}” (wiersz {line}), ale {shallow}, więc YAML czyta je jako "
            f"pole {where}, a nie tej grupy – jeśli należy do „{dotted(group)}”, {align}")


def _data_at(data, loc: tuple):
    for part in loc:
        data = data[part] if isinstance(data, (dict, list)) else None
    return data


def _position(problem: Problem) -> tuple:
    return (problem.line or 0, problem.column or 0)


_UNIONS = {
    frozenset({"int_type", "float_type"}): "oczekiwano liczby",
    frozenset({"date_type", "string_type"}): "oczekiwano daty w postaci RRRR-MM-DD albo tekstu",
}


def _data_loc(loc: tuple, doc: Document) -> tuple:
    """Drop pydantic's internal parts (union branches, validator names) and the fields
    a short form stands for („nazwa: X” is nazwa, not nazwa.mianownik)."""
    out: list = []
    data = doc.data
    for part in loc:
        if isinstance(data, dict) and isinstance(part, str) and part in data:
            out.append(part)
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int):
            out.append(part)
            data = data[part] if part < len(data) else None
        elif isinstance(part, str) and not _internal(part) and not isinstance(data, str):
            out.append(part)  # a missing field under a present parent (a branch name is no field)
            break
    return tuple(out)


def _internal(part: str) -> bool:
    return "[" in part or part in {"str", "int", "float", "date", "bool", "list", "dict"} or "-" in part


def _field_names(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names allowed at the mapping that holds loc."""
    current = model
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = current.model_fields.get(part)
        if field is None:
            return []
        current = _inner_model(field.annotation)
        if current is None:
            return []
    return list(current.model_fields)


def _inner_model(annotation):
    from typing import get_args

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None


_TYPES = {
    "string_type": "oczekiwano tekstu",
    "int_type": "oczekiwano liczby całkowitej",
    "float_type": "oczekiwano liczby",
    "bool_type": "oczekiwano wartości true albo false",
    "date_type": "oczekiwano daty w postaci RRRR-MM-DD (np. 2025-07-01)",
    "list_type": "oczekiwano listy (elementy zaczynające się od „- ”)",
    "model_type": "oczekiwano grupy pól (pole: wartość) z wcięciem",
    "dict_type": "oczekiwano grupy pól (pole: wartość) z wcięciem",
    "model_attributes_type": "oczekiwano grupy pól (pole: wartość) z wcięciem",
}

_PATTERNS = {
    "id": "identyfikator może zawierać tylko małe litery bez polskich znaków, cyfry i łączniki (np. „wniosek-monitoring”)",
    "godzina": 'godzinę podaj jako GG:MM, np. "17:00"',  # the file's own quotes: „…” in a message was copied
    "godzina_zakonczenia": 'godzinę podaj jako GG:MM, np. "19:00"',
    "email": "nieprawidłowy adres e-mail",
    "telefon": "nieprawidłowy numer telefonu (dozwolone cyfry, spacje, „+”, „-” i numer kierunkowy w nawiasie: (47) 855 10 13)",
    "numer": DISTRICT_ADVICE,
    "rejon": DISTRICT_ADVICE,  # the officer's district
}


def _message(error: dict, loc: tuple, doc: Document, hint: str | None = None) -> str:
    kind = error["type"]
    field = next((p for p in reversed(loc) if isinstance(p, str)), "")
    if kind == "missing":
        return "brak wymaganego pola – uzupełnij je (wzór: pismo nowa PLIK.yaml)"
    if kind == "extra_forbidden":
        fallen = doc.after_block.get(tuple(loc))
        if fallen and fallen[2] == "item" and not hint and not re.fullmatch(r"[a-z_]+", str(loc[-1])):
            # a word no field is named like („mieszkańcami”): the text's line comes first, the allowed fields after it
            return (f"nieznane pole {visible(quoted(str(loc[-1])))} – {_after_block(loc, doc)[2:]}; jeśli to nowe pole, "
                    "dozwolone tu pola: " + ", ".join(_field_names(Sprawa, loc)))
        listed = isinstance(_data_at(doc.data, loc), (list, dict))  # a block under it: no text's fallen line
        return _unknown_field(loc, hint) + ("" if listed and hint else _after_block(loc, doc))
    if kind != "value_error" and _over_lines(error.get("input")):  # a validator's own reason says more
        return _over_lines(error.get("input"))
    if comparison_told(error, doc.sources.get(tuple(loc))):
        return comparison_told(error, doc.sources.get(tuple(loc)))
    if _number_advice(error):
        return _number_advice(error)
    if _hidden_in(error):
        return _hidden_in(error)
    if _in_printers_quotes(error, loc):
        return _in_printers_quotes(error, loc)
    if field == "cyklicznie" and kind == "string_type" and recurrence_answer(error.get("input")):
        written = doc.sources.get(tuple(loc))
        shown = written[2].strip() if written else str(error["input"]).lower()
        return recurrence_answer_told(shown)
    if kind == "date_type" and (told := _yearless_date(field, error.get("input"), doc.data)
                                or _date_said(field, error.get("input"), doc.data)):
        return told
    if kind == "string_type" and (told := _number_as_id(loc, error.get("input"), doc.data)):
        return told
    if kind in ("model_type", "dict_type", "model_attributes_type") and (told := _dates_as_list(loc, error.get("input"))):
        return told
    told = _field_glued(kind, loc, error.get("input"), doc) or _in_brackets(kind, loc, doc) or _told_by_type(kind, field, error.get("input"), _pattern_key(loc, field))
    if told:
        return told
    if _doubled_dash(kind, loc, error.get("input"), doc):
        return _DOUBLED_DASH
    if kind == "list_type" and (told := _ids_unlisted(loc, error.get("input"), doc.data)):
        return told
    if kind == "list_type" and _marked_list(error.get("input")):
        return _marked_list(error["input"])
    if kind in _TYPES:
        got = _describe(error.get("input"))
        return f"{_TYPES[kind]}, a jest {got}"
    if kind == "literal_error":
        expected = error.get("ctx", {}).get("expected", "")
        return _not_a_choice(error.get("input"), re.findall(r"'([^']*)'", expected)) or \
            f"niedozwolona wartość – dozwolone: {expected.replace(chr(39), '').replace(' or ', ', ')}"
    if kind == "string_pattern_mismatch":
        if error.get("ctx", {}).get("pattern") == ID_PATTERN:  # an id, or a reference to one (dokumenty, zaproszeni…)
            value = error.get("input")
            if isinstance(value, str) and len(value) > 60 and re.fullmatch(ID_PATTERN, value[:60]):
                return f"identyfikator ma {polish.count(len(value), 'znak', 'znaki', 'znaków')} – może mieć najwyżej 60 (trafia do nazw plików); skróć go"
            if (told := _id_item_told(loc, value, doc.data)):
                return told
            if isinstance(value, str) and value[:1] == "-":
                return "identyfikator nie może zaczynać się od łącznika – " + _PATTERNS["id"]
            return (_id_meant(value, doc.data) or "") + _PATTERNS["id"]
        if _pattern_key(loc, field) == "email" and isinstance(error.get("input"), str):
            return _email_advice(error["input"])
        if _pattern_key(loc, field) == "telefon" and _phone_advice(error.get("input")):
            return _phone_advice(error["input"])
        if field in ("godzina", "godzina_zakonczenia") and _hour_range(error.get("input")):
            return _hour_range(error["input"])
        if field in ("godzina", "godzina_zakonczenia") and _hour_slip(error.get("input")):
            return _hour_slip(error["input"])
        if _pattern_key(loc, field) in ("numer", "rejon") and _district_written(error.get("input"), field):
            return _district_written(error["input"], field)
        return _PATTERNS.get(_pattern_key(loc, field), "nieprawidłowy format wartości")
    if kind == "too_short":
        return "lista nie może być pusta – podaj co najmniej jeden element"
    if kind == "value_error":
        return str(error.get("ctx", {}).get("error", error["msg"]))
    if kind in ("date_from_datetime_inexact", "date_from_datetime_parsing", "date_parsing"):
        return _TYPES["date_type"]
    # pydantic's own text is English: the value and what to do instead
    return (f"nieprawidłowa wartość ({_describe(error.get('input'))}) – sprawdź, co wpisać w tym polu "
            "(wzór z objaśnieniami: pismo nowa PLIK.yaml)")


_ID_LISTS = {"partnerzy", "dokumenty", "zaproszeni"}  # the lists of ids a case file refers by


_ID_SOURCES = {"partnerzy": ("partnerzy", "partnera", "partnerów"), "zaproszeni": ("partnerzy", "partnera", "partnerów"),
               "dokumenty": ("wnioski", "wniosku", "wniosków")}


def _number_as_id(loc: tuple, value, data) -> str | None:
    """A number in a list of ids („partnerzy: [123]”): quoting it, as the generic text said, gives an id no partner
    has – the list takes the ids the file gives its partners or letters, named here."""
    if len(loc) < 2 or loc[-2] not in _ID_SOURCES or not isinstance(loc[-1], int) or type(value) not in (int, float):
        return None
    section, one, many = _ID_SOURCES[loc[-2]]
    ids = [item["id"] for item in (data.get(section) if isinstance(data, dict) else None) or []
           if isinstance(item, dict) and isinstance(item.get("id"), str) and re.fullmatch(ID_PATTERN, item["id"])]
    known = f" – w tym pliku: {', '.join(ids)}" if ids else ""
    return (f"w tym polu wpisuje się identyfikatory {many} z sekcji {section}, a jest liczba {value}; wpisz "
            f"identyfikator {one}{known}")


def _dates_as_list(loc: tuple, value) -> str | None:
    """A deadline written as a list of its two dates („termin: [2025-07-01, 2025-12-31]”, „- od: …” / „- do: …”):
    the group's own fields, shown with them."""
    if loc[:1] != ("dzialania",) or loc[-1] != "termin" or not isinstance(value, list) or len(value) != 2:
        return None
    days = [next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 and next(iter(item)) == key else item
            for key, item in zip(("od", "do"), value)]
    if not all(isinstance(day, dt.date) for day in days):
        return None
    return (f"termin to grupa pól, nie lista – wpisz daty pod nim, każdą w osobnym wierszu, z wcięciem i bez „-”: "
            f"termin: / od: {days[0].isoformat()} / do: {days[1].isoformat()}")


def _ids_unlisted(loc: tuple, value, data=None) -> str | None:
    """A list of ids written as one id or in curly brackets („partnerzy: rada-osiedla”, „{rada-osiedla}”): YAML
    read a text or a group, and „oczekiwano listy, a jest grupa pól” named a group the officer never wrote; „brak”
    (none) and a partner's name („Urząd Miejski w Łęcznej”) are told what to write instead."""
    if not loc or loc[-1] not in _ID_LISTS:
        return None
    if value is None:
        return f"pole jest puste – jeśli nie ma {NONE_WHAT[loc[-1]]}, usuń je (albo wpisz [])"
    if none_word(value):
        return none_told(loc[-1], value)
    parts = re.split(r"\s*[,;]\s*", value.strip()) if isinstance(value, str) and loc[-1] == "partnerzy" else []
    named = [_id_named(part, data) for part in parts]
    if named and all(named):  # „Urząd Miejski w Łęcznej”, „Rada Osiedla, Urząd Miejski w Łęcznej”
        return (f"w tym polu wpisz {'identyfikator partnera' if len(named) == 1 else 'identyfikatory partnerów'} z "
                f"sekcji partnerzy, nie {'jego nazwę' if len(named) == 1 else 'ich nazwy'} – [{', '.join(named)}]")
    if isinstance(value, dict) and value and all(re.fullmatch(ID_PATTERN, str(k)) and v is None for k, v in value.items()):
        ids = ", ".join(value)
        return (f"nawiasy klamrowe {{ }} oznaczają w YAML grupę pól, a to pole to lista – wpisz nawiasy kwadratowe: "
                f"[{ids}]")
    inner = value.strip()[1:-1] if isinstance(value, str) and re.fullmatch(r"\s*\(.*\)\s*", value) else None
    if inner and all(re.fullmatch(ID_PATTERN, part.strip()) for part in inner.split(",")):
        ids = ", ".join(part.strip() for part in inner.split(","))
        return f"nawiasy okrągłe ( ) nie tworzą w YAML listy – wpisz nawiasy kwadratowe: [{ids}]"
    if isinstance(value, str) and all(re.fullmatch(ID_PATTERN, part.strip()) for part in value.split(",")):
        parts = [part.strip() for part in value.split(",")]
        if len(parts) > 1:
            return f"to pole to lista identyfikatorów – ujmij je w nawiasy kwadratowe: [{', '.join(parts)}]"
        return f"to pole to lista identyfikatorów, także gdy jest jeden – ujmij go w nawiasy kwadratowe: [{parts[0]}]"
    return None


def _id_item_told(loc: tuple, value, data) -> str | None:
    """An item of a list of ids that is „none” or a partner's name („[Rada Osiedla Bobrowniki w Łęcznej]”)."""
    where = next((part for part in reversed(loc) if isinstance(part, str)), None)
    if where not in _ID_LISTS or not isinstance(loc[-1], int):
        return None
    if none_word(value):
        return none_told(where, value)
    named = _id_named(value, data) if where == "partnerzy" else None
    return f"w tym polu wpisz identyfikator partnera z sekcji partnerzy, nie jego nazwę – {named}" if named else None


def _id_named(value, data) -> str | None:
    """The id of the partner whose name („Urząd Miejski w Łęcznej”, also in another case form) is the value, or
    whose name alone opens with it („Rada Osiedla” for „Rada Osiedla Bobrowniki w Łęcznej”)."""
    if not isinstance(value, str) or not isinstance(data, dict) or not isinstance(data.get("partnerzy"), list):
        return None
    wanted = " ".join(value.split()).casefold().rstrip(".")
    opening = []
    for partner in data["partnerzy"]:
        names = partner.get("nazwa") if isinstance(partner, dict) else None
        names = [" ".join(n.split()).casefold() for n in (names.values() if isinstance(names, dict) else [names])
                 if isinstance(n, str)]
        if not isinstance(partner.get("id"), str):
            continue
        if wanted in names:
            return partner["id"]
        if len(wanted.split()) >= 2 and any(n.startswith(wanted + " ") for n in names):
            opening.append(partner["id"])
    return opening[0] if len(opening) == 1 else None


def _marked_list(value) -> str | None:
    """A list whose every item Word autocorrected („– …”, „1.⇥…”): YAML read one text, and „oczekiwano listy
    (elementy zaczynające się od „- ”), a jest tekst „– …”” showed a dash that looks like the asked-for one."""
    found = _ODD_ITEM.match(value) if isinstance(value, str) else None
    if not found or found.group(1) == "-":
        return None
    return odd_item(found.group(1)) + " – zmień to na początku każdego punktu tej listy"


def _in_printers_quotes(error: dict, loc: tuple) -> str | None:
    """A typed value (an hour, an id, a choice, a number) in Word's printer's quotes („17:00”, ‘kmzb’, „K”): YAML
    does not know them as quotes, so they are part of the value – told so, with the value as it must be written
    (the hour's own message showed its example in the same quotes)."""
    value, kind = error.get("input"), error["type"]
    if not isinstance(value, str) or not (kind in ("string_pattern_mismatch", "literal_error") or _TYPED.match(kind)) \
            or kind.startswith("date"):  # a date's own message names its quotes (_date_as_text)
        return None
    bare = value.strip()
    inner = bare.strip(TYPOGRAPHIC_QUOTES + "\"'").strip()
    if not inner or not {bare[0], bare[-1]} & set(TYPOGRAPHIC_QUOTES):
        return None
    written = inner if _TYPED.match(kind) else f'"{inner}"'
    name = f"{loc[-1]}: " if loc and isinstance(loc[-1], str) else ""
    return (f"wartość {visible(bare)} jest ujęta w cudzysłów drukarski (np. z Worda), którego YAML nie rozpoznaje, "
            f"więc należy on do wartości – wpisz {name}{written}")


def _district_written(value, field: str = "numer") -> str | None:
    """A district's number written as in a letter („nr XIII”, „XIII.”) or with a note after it („3 [sprawdzić]”,
    „3 // sprawdzić”): told what to leave out, not the two forms that the officer did write."""
    if not isinstance(value, str):
        return None
    noted = re.fullmatch(r"\s*(?P<number>[0-9]{1,6}|[IVXLCDM]{1,15})\s+(?P<note>\[[^\]\n]*\]|\([^)\n]*\)|(?://|--).*?)\s*",
                         value)
    if noted:
        return (f"po numerze stoi „{noted.group('note')}” – to uwaga, a pole to sam numer; usuń ją (uwagę zacznij od "
                f"„#”): {field}: {noted.group('number')}")
    two = re.fullmatch(r"\s*(?:nr\.?\s*)?(?P<one>[0-9]{1,6}|[IVXLCDM]{1,15})(?:\s+(?:i|oraz)\s+|\s*[,/+&]\s*)(?:nr\.?\s*)?"
                       r"(?P<other>[0-9]{1,6}|[IVXLCDM]{1,15})\s*", value, re.IGNORECASE)
    if two:  # one plan for two districts: the model's „rejony”, not a number of its own
        return (f"to dwa rejony – plan kilku rejonów wpisz w polu „rejony” zamiast „rejon”, każdy jako osobny element: "
                f"„- numer: {two.group('one')}” i „- numer: {two.group('other')}”")
    found = re.fullmatch(r"\s*(?P<nr>nr\.?\s*)?(?P<number>[0-9]{1,6}|[IVXLCDMivxlcdm]{1,15})(?P<dot>\.)?\s*", value,
                         re.IGNORECASE)
    if not found or not (found.group("nr") or found.group("dot")):
        return None
    left = " i ".join(word for word, part in (("„nr”", "nr"), ("kropki", "dot")) if found.group(part))
    return f"numer rejonu wpisz bez {left}: {found.group('number')}"


def _email_advice(value: str) -> str:
    """What to remove from an address pasted as a link („mailto:…”), with a name („Jan <a@b.pl>”) or with the
    sentence's dot: the bare „nieprawidłowy adres e-mail” did not say."""
    bare = value.strip()
    inside = re.search(r"<([^<>]*)>", bare)
    if bare.lower().startswith("mailto:"):
        return f"usuń „mailto:” (to zapis odnośnika, nie część adresu) – wpisz sam adres: {visible(bare[7:].strip())}"
    if inside:
        return f"wpisz sam adres, bez nazwy i nawiasów „<>”: {visible(inside.group(1).strip())}"
    if bare.endswith("."):
        return f"adres e-mail kończy się kropką – usuń ją: {visible(bare.rstrip('.'))}"
    if bare[-1:] in ";,":
        return f"usuń „{bare[-1]}” na końcu (to znak listy adresów, nie część adresu): {visible(bare[:-1].strip())}"
    if bare[:1] == "(" and bare[-1:] == ")":
        return f"wpisz sam adres, bez nawiasów: {visible(bare[1:-1].strip())}"
    addresses = re.findall(r"[^\s@:;,<>()]+@[^\s@:;,<>()]+", bare)
    if len(addresses) > 1:
        return f"w polu stoją dwa adresy ({', '.join(f'„{visible(a)}”' for a in addresses[:2])}) – wpisz jeden adres"
    label = re.match(r"(?:e-?mail|adres(?: e-?mail)?|poczta)\s*:\s*", bare, re.IGNORECASE)
    if label and len(addresses) == 1 and re.fullmatch(EMAIL_PATTERN, bare[label.end():]):
        return f"przed adresem stoi „{bare[:label.end()].strip()}” – wpisz sam adres: {visible(bare[label.end():])}"
    return _PATTERNS["email"] + " – wpisz go w postaci nazwa@domena.pl"


def _hidden_in(error: dict) -> str | None:
    """A value that looks right – a choice, a pattern, a date, a number – but holds a space YAML does not strip or
    an invisible character („2026-03-18<U+00A0>”, „12<U+2009>”, pasted from Word): the character is the fault."""
    value, kind = error.get("input"), error["type"]
    odd = odd_character(value) if isinstance(value, str) else None
    if odd and (kind in ("string_pattern_mismatch", "literal_error", "enum") or _TYPED.match(kind)):
        before = _odd_before_comment(value)
        if before is not None:
            return (f"w wartości „{visible(value[:before].strip())}” przed „#” jest znak, którego nie widać "
                    f"({odd_character(value[before])}, np. skopiowany z Worda), więc YAML nie bierze dalszej części "
                    "wiersza za komentarz, tylko za wartość – wpisz przed „#” zwykłą spację")
        return (f"w wartości „{visible(value.strip())}” jest znak, którego nie widać ({odd}, np. skopiowany z "
                "Worda) – usuń go i wpisz wartość ponownie")
    return None


def _odd_before_comment(value: str) -> int | None:
    """Index of the hard space (or another odd one) right before a „#” in a value: a comment YAML took in."""
    index = value.find("#")
    start = len(value[:index].rstrip(" ")) if index > 0 else 0
    return start - 1 if start and odd_character(value[start - 1]) else None


_TYPED = re.compile(r"(date|datetime|int|float|decimal|bool)_")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:[ \u00a0\u2007\u2009\u202f.]\d{3})+(?:,\d+)?")  # 1 200, 12 500,5, 1.200


def _spaced_number(error: dict) -> str | None:
    """A number written the Polish way, its thousands apart („1 200”, „1<U+2009>200”, „1.200”): told to write the
    digits together – the generic text said only „oczekiwano liczby” or blamed an invisible character."""
    value, kind = error.get("input"), error["type"]
    if not (isinstance(value, str) and kind.startswith(("int_", "float_", "decimal_"))):
        return None
    if re.fullmatch(r"[+-]?\d+,\d+", value.strip()):
        return (f"liczbę „{value.strip()}” wpisz z kropką zamiast przecinka: {value.strip().replace(',', '.')} "
                "(YAML nie zna przecinka dziesiętnego)")
    if not _GROUPED.fullmatch(value.strip()):
        return None
    number = re.sub(r"[^\d,+-]", "", value.strip()).replace(",", ".")
    decimal = " (część dziesiętną po kropce)" if "." in number else ""
    return f"liczbę „{visible(value.strip())}” wpisz bez odstępów i kropek między cyframi, np. {number}{decimal}"


_WORDED = re.compile(r"(?:(?i:ok\.?|około|ca\.?|~|max\.?|min\.?)\s*)?(?P<number>\d+(?:[.,]\d+)?)\s*"
                     r"(?:%|[^\W\d_].*|(?P<note>[(\[].*|[–—-]\s+[^\W\d_].*))?", re.DOTALL)
_PER_PERIOD = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?:/|na)\s*(?:\d+\s*)?"
                         r"(?i:rok|lat[a]?|miesiąc\w*|miesięcy|mies\.?|mc\.?|kwartał\w*|tydzień|tygodni\w*|półrocze)")
_NUMBER_WORDS = {word: str(i) for i, word in enumerate(
    "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście trzynaście czternaście "
    "piętnaście szesnaście siedemnaście osiemnaście dziewiętnaście dwadzieścia".split())}
# the words after a number that change it („siedem tysięcy”, „siedem i pół”, „siedem razy mniej”, „siedem na sto”,
# „9 (KMZB) + 3 (SM) = 12”): the words say no one number, none is offered
_MORE_NUMBER = re.compile(r"[+=×*]\s*\d|\d\s*[+=×*]|(?<![^\W\d_])(?i:pół\w*|razy|tys\.?|tysi\w*|mln|milion\w*|mld|"
                          r"miliard\w*|na\s+(?:sto|tysiąc)|sto|set\w*|dziesiąt\w*)(?![^\W\d_])")
_NUMBER_WORD = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_NUMBER_WORDS) + r")(?![^\W\d_])", re.IGNORECASE)


def _in_figures(text: str) -> str:
    """A number's words among others written in figures („nie więcej niż siedem” → „nie więcej niż 7”), and a number
    said twice („siedem (7)”) once: read as the figures' shapes are."""
    figures = _NUMBER_WORD.sub(lambda found: _NUMBER_WORDS[found.group().lower()], text)
    return re.sub(r"(?<!\d)(\d+)\s*\(\s*\1\s*\)", r"\1", figures)


# a year said as one („2024 r.”, „2024 roku”) is no count; a count after it („2024 r. – 9 zgłoszeń”, „w 2024 r.: 9”) is
_YEAR_AFTER = re.compile(r"\s*(?i:r\.|r(?![^\W\d_])|rok\w*)")
_YEAR_FIRST = re.compile(r"(?i:(?:w\s+)?(?:roku\s+)?)(?:19|20)\d{2}\s*(?i:r\.|r(?![^\W\d_])|rok\w*)\s*[–—:,;-]?\s*"
                         r"(?P<number>\d+(?:[.,]\d+)?)(?:\s*[^\W\d_(].*)?", re.DOTALL)
_CHANGE = re.compile(r"[-+−–]\s*\d+(?:[.,]\d+)?\s*%")  # „-20%”: a change, not the value it leads to
# „2 tys.”, „1,5 tys. ulotek”, „3 mln”: the number times a thousand or a million, never the bare „2”
_THOUSANDS = re.compile(r"(?P<number>\d+(?:[.,]\d+)?)\s*(?P<unit>(?i:tys|mln|tysiąc|tysiące|tysięcy|milion|miliony|milionów))\.?"
                        r"(?:\s+[^\W\d_].*)?", re.DOTALL)
_THOUSAND = {"tys": 1000, "mln": 1000000, "mil": 1000000}
_YES_NO = {"tak": "true", "nie": "false", "prawda": "true", "fałsz": "false"}


# a number given as a bound („>5”, „<= 7”, „≥ 5”): YAML reads „>5” as a block text's header, leaving no text
_COMPARED = re.compile(r"\s*(?P<sign>[<>≤≥]=?|=[<>])\s*(?P<number>\d+(?:[.,]\d+)?)\s*")
_SIGN_WORDS = {"<": "mniej niż", ">": "więcej niż", "≤": "najwyżej", "≥": "co najmniej", "<=": "najwyżej", "=<": "najwyżej",
               ">=": "co najmniej", "=>": "co najmniej"}
_COMPARED_TOLD = ("„{written}” to porównanie („{words} {number}”), a pole przyjmuje jedną liczbę – wpisz samą liczbę: "
                  "{number}")
_COMPARED_TARGET = "; jeśli cel ma zostać słowami, wpisz go w polu docelowo (np. docelowo: {words} {number})"
# a bound in words („co najmniej 7”, „poniżej 7”) or with a plus after the number („7+”)
_COMPARED_WORDS = re.compile(r"\s*(?P<words>(?i:mniej\s+niż|poniżej|więcej\s+niż|ponad|powyżej|co\s+najmniej|"
                             r"nie\s+mniej\s+niż|najwyżej|nie\s+więcej\s+niż|do|maksymalnie|maks\.|max\.?|minimum|"
                             r"min\.|minimalnie))\s*(?P<number>\d+(?:[.,]\d+)?)\s*"
                             r"|\s*(?P<plus>\d+(?:[.,]\d+)?)\s*\+\s*"
                             r"|\s*(?P<after>\d+(?:[.,]\d+)?)\s+(?P<bound>(?i:(?:lub|i|albo)\s+(?:mniej|więcej)))\s*")
_AFTER_WORDS = {"mniej": "najwyżej", "więcej": "co najmniej"}
# a range („5-7”, „7 – 8”): not one number
_RANGE = re.compile(r"\s*(?P<low>\d+(?:[.,]\d+)?)\s*(?:[-–—‐‑−]|do)\s*(?P<high>\d+(?:[.,]\d+)?)\s*"
                    r"(?:[^\W\d_][^\d]*)?")  # „7-8 zgłoszeń”: with its unit
_RANGE_TOLD = ("„{written}” to przedział, a pole przyjmuje jedną liczbę – wybierz jedną (np. {high}){target}")
# a percent in words, as official texts write it („20 proc.”, „20 procent”, „20 pkt proc.”): read as „20%”
_PERCENT_WORDS = re.compile(r"\s*(?:pkt\.?\s*)?(?:proc\.?|procent\w*)(?![^\W\d_])", re.IGNORECASE)
# a minus from Word („–2”, „−2”): a negative number YAML reads as a text
_WORD_MINUS = re.compile(r"\s*[–—−‐‑]\s*\d+(?:[.,]\d+)?\s*")


def comparison_told(error: dict, source) -> str | None:
    """What to write for a number given as a bound („>5”, „<= 7”): the number, the words in „docelowo”. source:
    (line, column, text as written) of the value – „>5” reaches the model as an empty text."""
    value = error.get("input")
    if not error["type"].startswith(("int_", "float_", "decimal_")) or not isinstance(value, str):
        return None
    written = source[2].split("\n")[0] if source else value
    written = written.strip()[1:-1] if re.fullmatch(r"\s*(['\"]).*\1\s*", written) else written  # „"> 7"”: quoted
    figures = _in_figures(written)  # „nie więcej niż siedem”: the bound's number in words
    found, worded = _COMPARED.fullmatch(figures), _COMPARED_WORDS.fullmatch(figures)
    target = _COMPARED_TARGET if "wartosc_docelowa" in error.get("loc", ()) else ""
    if found:
        number, words = found.group("number").replace(",", "."), _SIGN_WORDS[found.group("sign")]
    elif worded:
        number = (worded.group("number") or worded.group("plus") or worded.group("after")).replace(",", ".")
        words = (" ".join(worded.group("words").lower().split()) if worded.group("words")
                 else _AFTER_WORDS[worded.group("bound").split()[-1].lower()] if worded.group("bound") else "co najmniej")
    elif (ranged := _RANGE.fullmatch(figures)):
        where = "; przedział wpisz słowami w polu docelowo (np. docelowo: od {low} do {high})" if target else ""
        return _RANGE_TOLD.format(written=written.strip(), high=ranged.group("high").replace(",", "."),
                                  target=where.format(low=ranged.group("low"), high=ranged.group("high")))
    else:
        return None
    told = _COMPARED_TOLD if not (worded and (worded.group("words") or worded.group("bound"))) \
        else _COMPARED_TOLD.replace(" („{words} {number}”)", "")
    return (told + target).format(written=written.strip(), words=words, number=number)


def _number_advice(error: dict) -> str | None:
    """A number or a yes/no written as an officer says it – „9 zgłoszeń”, „ok. 6”, „20%”, „tak”: told what to write
    („oczekiwano liczby, a jest tekst „9 zgłoszeń”” said only what was wrong)."""
    value, kind = error.get("input"), error["type"]
    if not isinstance(value, str):
        return None
    if kind.startswith("bool_") and value.strip() in ("true", "false"):
        return f"„{value.strip()}” w cudzysłowie jest dla YAML tekstem – usuń cudzysłów: {value.strip()}"
    if kind.startswith("bool_") and value.strip().lower() in _YES_NO:
        meant = _YES_NO[value.strip().lower()]
        return f"wpisz {meant} zamiast „{value.strip()}” (YAML zna tylko true – tak – i false – nie)"
    numeric = kind.startswith(("int_", "float_", "decimal_"))
    if numeric and re.fullmatch(r"[+-]?\d+(?:\.\d+)?", value):  # a hard space around it is told as such
        return (f"liczba w cudzysłowie jest dla YAML tekstem – usuń cudzysłów i wpisz samą liczbę: {value} "
                "(cudzysłów jest potrzebny przy godzinie i numerze telefonu, nie przy liczbie)")
    if numeric and (thousands := _THOUSANDS.fullmatch(value.strip())):
        number = Decimal(thousands.group("number").replace(",", ".")) * _THOUSAND[thousands.group("unit").lower()[:3]]
        return (f"wpisz liczbę cyframi: {number.normalize():f} (zamiast „{visible(value.strip())}” – pole przyjmuje tylko "
                "liczbę, bez „tys.” i słów)")
    if numeric and _WORD_MINUS.fullmatch(value):  # „–2”: Word's dash made the minus
        return (f"„{value.strip()}” to liczba ujemna (z minusem wstawionym przez Worda) – wartość wskaźnika nie może być "
                "ujemna (to liczba zdarzeń, osób albo odsetek); wpisz wartość, do której ma dojść wskaźnik, np. przy 9 "
                "zgłoszeniach i spadku o 20% – 7")
    written, value = value, _PERCENT_WORDS.sub("%", value) if numeric else value  # „20 proc.” is „20%”
    baseline = "wartosc_wyjsciowa" in error.get("loc", ())  # a share where it starts, no change
    if numeric and not baseline and re.match(r"\D*\d+(?:[.,]\d+)?\s*%", value) and not _CHANGE.fullmatch(value.strip()):
        return (f"„{visible(written.strip())}” zawiera procent, a pole przyjmuje samą liczbę – jeśli wskaźnik ma spaść (albo "
                "wzrosnąć) o tyle procent, wpisz wartość, do której ma dojść (np. przy 9 zgłoszeniach i spadku o 20% – 7); "
                "jeśli sam wskaźnik jest odsetkiem, wpisz liczbę bez „%”")
    if numeric and _CHANGE.fullmatch(value.strip()):
        return (f"„{written.strip()}” to zmiana w procentach, a pole przyjmuje samą liczbę – wpisz wartość, do której ma dojść "
                "wskaźnik (np. przy 9 zgłoszeniach i spadku o 20% – 7)")
    figures = _in_figures(value.strip())  # „siedem (7)”, „7/6 mies.”: the number in words read in figures
    per = _PER_PERIOD.fullmatch(figures) if numeric else None
    if per:  # „7 / rok”: the count, the period in the unit
        return (f"wpisz samą liczbę: {per.group('number').replace(',', '.')} (zamiast „{visible(value.strip())}” – pole "
                "przyjmuje tylko liczbę); okres wpisz w polu jednostka (np. jednostka: zgłoszeń rocznie)")
    if numeric and value.strip().lower() in _NUMBER_WORDS:  # „siedem”
        return f"wpisz liczbę cyframi: {_NUMBER_WORDS[value.strip().lower()]} (zamiast „{visible(value.strip())}”)"
    dated = _YEAR_FIRST.fullmatch(value.strip()) if numeric else None
    if dated:  # „2024 r. – 9 zgłoszeń”: the count, not the year
        return (f"wpisz samą liczbę: {dated.group('number').replace(',', '.')} (zamiast „{visible(value.strip())}” – pole "
                "przyjmuje tylko liczbę; rok przenieś do komentarza („# …”) albo do uzasadnienia)")
    worded = _WORDED.fullmatch(figures) if numeric else None
    worded = None if worded and _YEAR_AFTER.match(figures, worded.end("number")) else worded  # a year, no count
    glued = worded and re.match(r"\d+(?:[.,]\d+)?[^\W\d_]+\d", figures)  # „0x10”, „1e3”: no number to offer
    glued = glued or worded and _MORE_NUMBER.search(figures, worded.end("number"))
    if worded and not glued and worded.group("number") != value.strip() and not _spaced_number(error):
        number = worded.group("number").replace(",", ".")
        note = " – uwagę przenieś do komentarza („# …”) albo do uzasadnienia" if worded.group("note") else ""
        return f"wpisz samą liczbę: {number} (zamiast „{visible(value.strip())}” – pole przyjmuje tylko liczbę{note})"
    return _spaced_number(error)


_HOUR_RANGE = re.compile(r"\s*(?P<start>\d{1,2}[:.]\d{2})\s*(?:[-–—‐‑−]|do)\s*(?P<end>\d{1,2}[:.]\d{2})\s*")


def _hour_slip(value) -> str | None:
    """An hour that is GG:MM but for a space around it („"17:00 "”) or minutes past 59 („17:60”)."""
    if not isinstance(value, str):
        return None
    if value != value.strip() and re.fullmatch(r"\d{2}:\d{2}", value.strip()):
        return f"godzina „{value}” ma spację na początku albo na końcu – usuń ją: \"{value.strip()}\""
    found = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
    if found and int(found.group(1)) <= 23 and int(found.group(2)) > 59:  # a wrong hour too: the generic form
        return f"godzina „{value.strip()}” ma {found.group(2)} minut – minuty to 00–59; sprawdź godzinę"
    return None


def _hour_range(value) -> str | None:
    """A meeting's hours written as a range in „godzina” („17:00–18:30”, as in a letter): the end has its own field."""
    found = _HOUR_RANGE.fullmatch(value) if isinstance(value, str) else None
    if not found:
        return None
    start, end = (found.group(part).replace(".", ":").zfill(5) for part in ("start", "end"))
    return (f"to przedział godzin – wpisz tu sam początek (godzina: \"{start}\"), a koniec w polu „godzina_zakonczenia” "
            f"(godzina_zakonczenia: \"{end}\")")


def _over_lines(value) -> str | None:
    """A value of a one-line field (a number, a district, a phone, an id) written over several lines, told
    so: quoted whole, its line break showed only as <U+000A> and the type's advice never named it."""
    if not isinstance(value, str) or "\n" not in value:
        return None
    lines = [line.strip() for line in value.split("\n") if line.strip()]
    if len(lines) < 2:  # blank, or one line with a break at its edge: the field's own message says more
        return None
    shown = ", ".join(f"„{visible(line if len(line) <= 30 else line[:30] + '…')}”" for line in lines[:3])
    shown += ", …" if len(lines) > 3 else ""
    return (f"to pole przyjmuje jeden wiersz, a wartość zawiera podział wiersza ({shown}) – "
            "wpisz ją w jednym wierszu")


_PHONE_LABEL = re.compile(r"(?:tel(?:efon)?|kom(?:órka)?|nr)\.?(?:[ ]*kom\.?)?[ ]*[.:]?[ ]*", re.IGNORECASE)
_PHONE_RUN = re.compile(r"\+?\(?[0-9][0-9 \u00a0\u2009\u202f()-]{6,}[0-9]")  # a number among others (≥ 8 signs)
_EXTENSION = re.compile(r"[ ,;]*(?:\(?\s*)(?:wew(?:n)?\.?|w\.)[ ]*\d+\)?$", re.IGNORECASE)


def _phone_advice(value) -> str | None:
    """A phone written as on a letterhead – „tel. 47 855 10 13”, „… wew. 123”: the field holds the number alone, and
    „dozwolone cyfry, spacje…” did not say which part is too much."""
    if not isinstance(value, str):
        return None
    numbers = _PHONE_RUN.findall(value)
    if len(numbers) > 1:
        return (f"w polu telefon stoją dwa numery ({', '.join(f'„{n.strip()}”' for n in numbers[:2])}) – wpisz jeden numer – "
                "ten, który ma stać w piśmie")
    label = _PHONE_LABEL.match(value)
    bare = value[label.end():] if label and label.end() and value[:1].isalpha() else value
    extension = _EXTENSION.search(bare)
    number = bare[:extension.start()] if extension else bare
    if not re.fullmatch(TELEFON_PATTERN, number.strip()):
        return _phone_note(value)
    if extension:
        return (f"numer wewnętrzny („{extension.group().strip(' ,;')}”) nie mieści się w polu telefon – wpisz sam numer: "
                f"{number.strip()}")
    return f"przed numerem stoi „{value[:label.end()].strip()}” – pole telefon to sam numer; wpisz: {number.strip()}"


# a number with a note after it: „47 811 00 33 (sekretariat)”, „… – 34”, „…   // DANE PRZYKŁADOWE”
_PHONE_NOTE = re.compile(r"(?P<number>\+?[0-9(][0-9 \u00a0\u2009\u202f()+-]*[0-9)])[ \u00a0]*(?P<note>[^0-9 \u00a0].*)$")
# the template's digits left as a gap: „47 811 XX XX”, „47 811 .. ..”, „47 811 __ __”, „47 811 ?? ??”
_PHONE_GAP = re.compile(r"(?:[xX]+|\.+|…|_+|\?+)(?:[ \u00a0-]*(?:[xX]+|\.+|…|_+|\?+))*")
_NOTE_AS_COMMENT = re.compile(r"//|--|<!--|;")


def _phone_note(value: str) -> str | None:
    """The note after a phone number, quoted: the field is the number alone."""
    found = _PHONE_NOTE.fullmatch(value.strip())
    if not found or not re.fullmatch(TELEFON_PATTERN, found.group("number").strip()):
        return None
    note, number = found.group("note").strip(), found.group("number").strip()
    if _PHONE_GAP.fullmatch(note) and len(re.sub(r"\D", "", number)) < 9:  # „47 811 00 33.” is a full stop
        return (f"numer ma miejsce do uzupełnienia („{note}”) – wpisz pełny numer (9 cyfr, np. 47 811 00 33); samo "
                f"„{number}” to za mało")
    comment = _NOTE_AS_COMMENT.match(note)
    hint = f" (jeśli to komentarz, zamień „{comment.group()}” na „#”)" if comment else ""
    mail = re.fullmatch(r"(?i:e-?mail|mail|adres\s+e-?mail)\s*:?\s*(?P<address>\S+@\S+)", note)
    if mail:  # „47 811 00 33⇥email: …” from a table: the address has a field of its own
        hint = f"; adres wpisz w osobnym wierszu w polu email: {mail.group('address')}"
    return f"po numerze stoi „{note}” – pole telefon to sam numer; wpisz: {number}{hint}"


_CHOICE_WORDS = {"kobieta": "K", "k.": "K", "zenska": "K", "pani": "K",
                 "mezczyzna": "M", "m.": "M", "meska": "M", "pan": "M"}  # a gender written out („plec: kobieta”)


def _not_a_choice(value, choices: list[str]) -> str | None:
    """A choice typed with a capital, without Polish letters or with a typo: the value written and the one
    meant („Zrealizowane” → zrealizowane); a share below 100% is the partial choice („zrealizowane w 70%”)."""
    if not isinstance(value, str) or not choices:
        return None
    plain = {_folded(c): c for c in choices}
    share = re.search(r"(\d{1,3})\s*%", value)
    if share and 0 < int(share.group(1)) < 100:  # „zrealizowane w 70%”: partly, never the whole choice
        choices_asked = [c for c in choices if c.startswith("częściowo")] or choices
        return (f"niedozwolona wartość {visible(quoted(value[:60]))} – "
                + (f"czy chodziło o „{choices_asked[0]}”? " if len(choices_asked) == 1 else "")
                + f"(dozwolone: {', '.join(choices)})")
    meant = plain.get(_folded(value)) or next(iter(difflib.get_close_matches(value.lower(), choices, n=1, cutoff=0.75)), None)
    worded = _CHOICE_WORDS.get(_folded(value))
    meant = meant or (worded if worded in choices else None)
    if meant is None:
        return None
    return (f"niedozwolona wartość {visible(quoted(value[:60]))} – czy chodziło o „{meant}”? "
            f"(dozwolone: {', '.join(choices)})")


_ID_DASHES = str.maketrans({dash: "-" for dash in "–—‐‑−_ "})


def _id_meant(value, data) -> str | None:
    """„… zawiera znak „–” – czy chodziło o „straz-miejska”? ” for an id written with Word's dash, a Polish letter
    or a capital (the wrong one is hard to see in Notepad), or two known ids in one item joined by „;”; else the
    wrong character alone."""
    if not isinstance(value, str) or not value:
        return None
    known = set(_ids_in(data))
    meant = _folded(value).translate(_ID_DASHES)
    parts = [_folded(part).translate(_ID_DASHES) for part in re.split(r"[;,]", value)]
    if len(parts) > 1 and all(part in known for part in parts):
        sign = ";" if ";" in value else ","
        return (f"w jednym elemencie stoją identyfikatory {', '.join(f'„{part}”' for part in parts)} rozdzielone "
                f"„{sign}” – wpisz je jako listę: [{', '.join(parts)}] albo każdy w osobnym wierszu „- …”; ")
    wrong = next((char for char in value if not re.fullmatch(r"[a-z0-9-]", char)), None)
    if wrong is None:
        return None
    said = f"identyfikator {visible(quoted(value))} zawiera {_ID_CHARACTERS.get(wrong) or 'znak ' + visible(quoted(wrong))}"
    if wrong in _ID_CHARACTERS and wrong != " ":
        said += " zamiast zwykłego łącznika „-”"
    asked = meant in known and meant != value and re.fullmatch(ID_PATTERN, meant)
    return said + (f" (czy chodziło o „{meant}”?); " if asked else "; ")


# the characters an id is written with that look like its own or cannot be seen: named, not quoted as „‑”
_ID_CHARACTERS = {" ": "spację", "\u2011": "łącznik nierozdzielający z Worda (U+2011)",
                  "\u2010": "łącznik z Worda (U+2010)", "\u2212": "znak minus (U+2212)"}


def _ids_in(data):
    """Every „id” value of the raw file."""
    if isinstance(data, dict):
        if isinstance(data.get("id"), str):
            yield data["id"]
        for value in data.values():
            yield from _ids_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from _ids_in(item)


def _folded(text: str) -> str:
    """Lower case without Polish letters and edge spaces: how a choice may be mistyped and still be meant."""
    return " ".join(text.lower().translate(str.maketrans("ąćęłńóśźż", "acelnoszz")).split())


def _pattern_key(loc: tuple, field: str) -> str:
    """The name a field's advice is kept under: „numer” is a district's only under rejon/rejony – a meeting's
    protocol has a „numer” too, and was told to give a district number."""
    if field == "numer" and not {"rejon", "rejony"} & {p for p in loc if isinstance(p, str)}:
        return ""
    return field


def _field_glued(kind: str, loc: tuple, value, doc: Document) -> str | None:
    """A group of one field written under its group without the space or the colon after its name („numer:3”,
    „data 2025-06-25”): YAML read one text where the group was expected – the fault is the sign after the name, told
    as in a larger group, where YAML itself stumbles. A text on the group's own line („okres: od marca …”) is words."""
    if kind not in ("model_type", "dict_type", "model_attributes_type") or not isinstance(value, str) \
            or doc.where(loc)[0] == doc.where_key(loc)[0]:
        return None
    found = re.match(r"([^\W\d]\w*)(?:(:)(?=\S)|[ \t]+(?=\S))", value.strip())
    if not found or found.group(1) not in _field_names(Sprawa, tuple(loc) + ("",)):
        return None
    name = found.group(1)
    if found.group(2):
        return f"po dwukropku nazwy pola „{name}” brak spacji – wpisz „{name}: …”"
    return f"brak dwukropka po nazwie pola „{name}” – wpisz po niej dwukropek i spację („{name}: …”)"


_DOUBLED_DASH = ("punkt listy ma dwa myślniki („- - ”, np. punktor z Worda po myślniku YAML) – YAML czyta drugi jako początek "
                 "listy w tym punkcie; usuń drugi myślnik")


def _doubled_dash(kind: str, loc: tuple, value, doc: Document) -> bool:
    """Whether a text item is a list opened on its own line („- - Otwarcie …”): a second dash, not a nested list."""
    if kind != "string_type" or not isinstance(value, list) or not value or not loc or not isinstance(loc[-1], int):
        return False
    inner = doc.positions.get(tuple(loc) + (0,))
    return inner is not None and doc.positions.get(tuple(loc), (None,))[0] == inner[0]


def _in_brackets(kind: str, loc: tuple, doc: Document) -> str | None:
    """A text written whole in brackets – an officer's placeholder „[temat spotkania]”, „{imię i nazwisko}”: YAML read
    a list or a group, and „a jest lista” or „kończy się dwukropkiem” did not name the bracket."""
    if kind == "string_type" and tuple(loc) in doc.asked:
        return QUESTION_TOLD
    if kind != "string_type" or tuple(loc) not in doc.flows:
        return None
    sign, what = ("[", "początek listy") if isinstance(_data_at(doc.data, loc), list) else ("{", "początek grupy pól")
    return (f"wartość zaczyna się od znaku „{sign}”, który w YAML oznacza {what} – jeśli to wskazówka, co tu wpisać, "
            "wpisz w jej miejsce właściwy tekst; jeśli nawiasy mają zostać, ujmij całą wartość w cudzysłów")


def _last_words(text: str, count: int = 6) -> str:
    """The words before a colon in a long text: the text whole would fill the screen."""
    words = text.split()
    return " ".join(words) if len(words) <= count else "… " + " ".join(words[-count:])


def _colon_of(error: dict, loc: tuple, doc: Document) -> tuple[int, int] | None:
    """(line, column) of the colon YAML took for a field's, in a long text read as a group of one field (a short
    one is told at its start, where the colon is in sight)."""
    value = error.get("input")
    if not (isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value)), str)):
        return None
    name = next(iter(value))
    where = doc.key_positions.get(tuple(loc) + (name,))
    return (where[0], where[1] + len(name)) if where and "\n" not in name and len(name) > 40 else None


def _told_by_type(kind: str, field: str, value, key: str = "") -> str | None:
    """A value of the wrong YAML type that is right as written: the fault is the quotes or their lack, and
    the generic text („oczekiwano daty RRRR-MM-DD, a jest tekst „2025-09-15””) would show the asked-for form."""
    if kind == "date_type" and isinstance(value, str):
        return _date_as_text(field, value)
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value)), str) \
            and next(iter(value.values())) is None:  # „- Ustalenia:”: no space after the colon to remove
        return (f"tekst kończy się dwukropkiem, więc YAML czyta go jako nazwę pola („{visible(next(iter(value)))}”) bez "
                "wartości – ujmij całą wartość w cudzysłów albo usuń dwukropek")
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value)), str) \
            and isinstance(next(iter(value.values())), (list, dict)):  # „- Ustalenia:” and items indented under it
        return (f"tekst kończy się dwukropkiem, więc YAML czyta go jako nazwę pola („{visible(next(iter(value)))}”), a "
                "wiersze wcięte pod nim jako jego wartość – jeśli to jeden punkt, usuń dwukropek albo ujmij cały "
                "tekst w cudzysłów; jeśli wiersze pod nim to osobne punkty listy, wyrównaj ich „-” z „-” tego wiersza")
    if kind == "string_type" and isinstance(value, dict) and len(value) == 1 and isinstance(next(iter(value)), str):
        name = next(iter(value))
        odd = odd_character(name[-1:])
        spaced = f" (przed dwukropkiem stoi {odd})" if odd else ""
        shown = visible(_last_words(name[:-1] if odd else name))
        if name.lstrip()[:1] in "„“”":  # the officer did quote it – with Word's quotes, which YAML does not know
            rest = next(iter(value.values()))
            whole = re.sub(r"^\s*[“”]", "„", f"{name}: {rest}") if isinstance(rest, str) else ""  # the Polish opener
            sample = f"'{whole}'" if whole and len(whole) <= 60 and "'" not in whole else "'„Akcja: …” w mediach.'"
            return (f"tekst zawiera „: ” (dwukropek i spacja) po „{shown}”, a cudzysłów z Worda („…”, “…”) nie chroni "
                    "dwukropka w YAML, więc YAML czyta ten tekst jako pole i jego wartość – ujmij całą wartość w "
                    f"cudzysłów prosty (\"…\") albo apostrofy ('…'), np. {sample}")
        rest = next(iter(value.values()))
        note = own_gap(f"{name}: {rest}") if isinstance(rest, str) and re.search(r"(?i:uwaga)$", name) else None
        if note:  # „… mediów. Uwaga: sprawdzić.”: a note to oneself, which quoting would print
            return (f"tekst zawiera uwagę dla siebie („{note}”) – usuń ją albo przenieś do komentarza („# …”) w "
                    "osobnym wierszu; YAML czyta jej „: ” (dwukropek i spacja) jako pole i jego wartość")
        return (f"tekst zawiera „: ” (dwukropek i spacja) po „{shown}”{spaced}, więc YAML czyta go jako "
                "pole i jego wartość – ujmij całą wartość w cudzysłów albo usuń spację po dwukropku")
    if kind in ("model_type", "dict_type", "model_attributes_type") and field == "rejon" and isinstance(value, (int, str)) \
            and str(value).strip():
        return (f"rejon to grupa pól – wpisz numer pod nim, w następnym wierszu i z wcięciem: rejon: / "
                f"numer: {str(value).strip()}")
    if kind in ("model_type", "dict_type", "model_attributes_type") and key == "termin" and isinstance(value, dt.date):
        return (f"termin to grupa pól – wpisz datę pod nim, w następnym wierszu i z wcięciem: termin: / "
                f"do: {value.isoformat()} (albo od: i do:, gdy działanie trwa przez okres)")
    if kind == "string_type" and field == "cyklicznie" and isinstance(value, dt.date):
        return (f"„cyklicznie” to opis powtarzania (np. „raz w miesiącu”), a jest data {value.isoformat()} – termin jednego "
                f"dnia wpisz pod „termin:” jako do: {value.isoformat()} i usuń „cyklicznie”")
    if kind == "string_type" and isinstance(value, dt.date):
        return (f"oczekiwano tekstu, a jest data {value.isoformat()} – ujmij wartość w cudzysłów prosty, np. "
                f"{field}: \"{value.isoformat()}\"")
    if kind == "string_type" and key in ("numer", "rejon") and type(value) is float and value.is_integer():
        return f"numer rejonu wpisz bez kropki: {int(value)}"
    if kind == "string_type" and key == "telefon" and type(value) is int:
        return ("numer telefonu zapisany samymi cyframi YAML czyta jako liczbę (zero na początku by zginęło) – ujmij "
                "go w cudzysłów prosty (\"…\") albo rozdziel grupy cyfr spacjami, np. 47 855 10 13")
    if kind == "string_type" and type(value) in (int, float):
        # the number as YAML read it (9.30 became 9.3): the field's own advice, or how to make it text
        return _PATTERNS.get(key) or "oczekiwano tekstu, a jest liczba – ujmij wartość w cudzysłów"
    return None


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212"  # hyphens and dashes Word pastes for a minus
_QUOTES = "\"'„”“‚‘’«»"


def _polish_date(field: str, text: str) -> str | None:
    """A date written the Polish way („31.12.2025”, „15.09.2025r”, „15 września 2025 r.”): told converted."""
    from pismo.importer.dates import DATE, parse_date

    parsed = parse_date(text) if re.fullmatch(DATE, text.strip(), re.IGNORECASE) else None
    if not parsed or not parsed[1]:
        return None
    return (f"datę „{text.strip()}” wpisz w postaci RRRR-MM-DD (rok-miesiąc-dzień), tak jak czyta ją program: "
            f"{field}: {parsed[0].isoformat()}")


_YEARLESS = re.compile(r"\s*(?P<day>\d{1,2})(?:-?go)?\s*(?:\.\s*(?P<month>\d{1,2})\.?|\s+(?P<name>[^\W\d_]+))"
                       r"(?:\s*(?:br|b\.\s*r)\.?)?\s*", re.IGNORECASE)


_WEEKDAY = r"(?i:poniedziałek|wtorek|środa|środę|czwartek|piątek|sobota|sobotę|niedziela|niedzielę|pon|wt|śr|czw|pt|sob|niedz)\.?"
_DATE_EXTRAS = re.compile(rf"\s*(?:\(\s*{_WEEKDAY}\s*\)|,\s*{_WEEKDAY})\s*$")
_THIS_YEAR = re.compile(r"\s+(?i:bieżącego\s+roku|tego\s+roku|roku\s+bieżącego|b\.\s*r\.)\s*$")


def _date_said(field: str, value, data) -> str | None:
    """A date in a date's field with words around it – the field's own „do”/„od” („do: do 31.07.2025”), a weekday
    („31 lipca (czwartek)”), „bieżącego roku” – told converted; a day the month has not („31.06.2025”, „31 czerwca”)
    told as such, not as „oczekiwano daty”."""
    from pismo.importer.dates import DATE, whole_period
    from pismo.polish import MONTHS_GENITIVE

    if not isinstance(value, str):
        return None
    both = re.fullmatch(r"\s*(\d{4}-\d{2}-\d{2})\s*(?:do|[–—-])\s*(?:do:?\s*)?(\d{4}-\d{2}-\d{2})\s*", value)
    period = (both.group(1), both.group(2)) if both else tuple(d.isoformat() for d in whole_period(value) or ())
    if field == "od" and period:  # „od: 2025-07-01 do 2025-12-31”, „od: 1.07.2025 do 31.12.2025”: the end on the start's line
        return (f"w polu od stoją dwie daty – „do” wpisz w osobnym wierszu pod „od:”, z tym samym wcięciem: "
                f"od: {period[0]} / do: {period[1]}")
    bare = _THIS_YEAR.sub(" br.", _DATE_EXTRAS.sub("", value)).strip()
    own = re.match(rf"(?i:{re.escape(field)})(?:\s+dnia)?\s+(?=\d)", bare) if field in ("od", "do") else None
    bare = bare[own.end():] if own else bare
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", bare) and value.strip() != bare and value.strip().startswith(bare) \
            and _polish_date(field, bare):
        extra = value.strip()[len(bare):].strip(" ,")  # „2025-06-25 (środa)”: the date is right, the words after it not
        return f"po dacie stoi „{extra}” – pole to sama data; usuń to: {field}: {bare}"
    told = (_polish_date(field, bare) or _yearless_date(field, bare, data)) if bare != value.strip() else None
    if told:
        return (f"usuń „{own.group().strip()}” – pole samo znaczy „{field}”; " if own else "") + told
    found = re.fullmatch(rf"(?P<day>\d{{1,2}})\s*(?:\.\s*(?P<month>\d{{1,2}})\s*\.?|\s+(?P<name>{'|'.join(MONTHS_GENITIVE)}))"
                         r"(?:\s*\d{4})?\s*(?:r\.?|roku|br\.?)?", bare, re.IGNORECASE)
    month = (int(found.group("month")) if found.group("month") else MONTHS_GENITIVE.index(found.group("name").lower()) + 1) \
        if found else None
    if found and 1 <= (month or 0) <= 12 and int(found.group("day")) > _MONTH_DAYS[month - 1] \
            and (re.fullmatch(DATE, bare, re.IGNORECASE) or found.group("name")):
        return (f"data „{value.strip()}” nie istnieje – {_MONTH_NAMES[month - 1]} ma {_MONTH_DAYS[month - 1]} dni; "
                "sprawdź dzień i miesiąc")
    return None


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_NAMES = ("styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec", "lipiec", "sierpień", "wrzesień",
                "październik", "listopad", "grudzień")


def _yearless_date(field: str, value, data) -> str | None:
    """A date without its year („31 lipca”, „31 lipca br.”, „31.07.”, „31-go lipca”) in a date's field: told converted
    with the year of the plan's period it falls in – as a deadline's text is (checks._deadline_days)."""
    from pismo.polish import MONTHS_GENITIVE

    found = _YEARLESS.fullmatch(value) if isinstance(value, str) else None
    period = data.get("okres") if isinstance(data, dict) else None
    start, end = (period.get("od"), period.get("do")) if isinstance(period, dict) else (None, None)
    if not found or not isinstance(start, dt.date):
        return None
    name = (found.group("name") or "").lower()
    month = int(found.group("month")) if found.group("month") else \
        MONTHS_GENITIVE.index(name) + 1 if name in MONTHS_GENITIVE else None
    if not month:
        return None
    days = []
    for year in dict.fromkeys([start.year] + ([end.year] if isinstance(end, dt.date) else [])):
        try:
            days.append(dt.date(year, month, int(found.group("day"))))
        except ValueError:  # 31 June, 29 February
            pass
    day = next((d for d in days if d >= start), days[0] if days else None)
    if day is None:
        return None
    return (f"datę „{value.strip()}” wpisz w postaci RRRR-MM-DD (rok-miesiąc-dzień), tak jak czyta ją program: "
            f"{field}: {day.isoformat()} (roku nie podano – przyjęto rok z okresu planu; sprawdź go)")


def _date_as_text(field: str, value: str) -> str | None:
    """A date that is text only by its quotes, spaces or Word's hyphens: told what to change, with the date
    as it must be written (the generic text showed the asked-for form as the fault)."""
    bare = value.strip().strip(_QUOTES).strip()
    plain = bare.translate({ord(c): "-" for c in _DASHES})
    found = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", plain)
    if not found:
        return _polish_date(field, bare)
    try:
        day = dt.date(*map(int, found.groups()))
    except ValueError:
        return None
    if plain != bare:
        dash = next(c for c in bare if c in _DASHES)
        return (f"data zawiera znak U+{ord(dash):04X} (łącznik lub kreskę z Worda) zamiast zwykłego minusa – "
                f"wpisz ją zwykłymi znakami, np. {field}: {day.isoformat()}")
    return f"datę wpisz bez cudzysłowu (w cudzysłowie jest tekstem), np. {field}: {day.isoformat()}"


def _too_deep(loc: tuple, doc: Document) -> bool:
    """Whether an unknown field is a field of the group one level up, not written there: a line indented two
    spaces too many falls into the group above it („temat:” under „miejsce:”)."""
    if len(loc) < 2 or not isinstance(loc[-2], str) or str(loc[-1]) not in _field_names(Sprawa, loc[:-1]):
        return False
    outer = doc.data
    for part in loc[:-2]:
        outer = outer[part] if isinstance(outer, (dict, list)) else None
    return isinstance(outer, dict) and loc[-1] not in outer


def _hint(loc: tuple, group=None) -> str | None:
    """The allowed field name closest to an unknown key, if any is close – never one the group (its data) already
    has: „godzina zakończenia” beside „godzina:” is „godzina_zakonczenia”, a second „godzina:” a repeated key."""
    have = set(group) if isinstance(group, dict) else set()
    names = [name for name in _field_names(Sprawa, loc) if name not in have]
    written = re.sub(r"[ \-–]+", "_", _folded(str(loc[-1])))
    plain = {_folded(name): name for name in names}.get(written)  # „płeć” for „plec”, „godzina zakończenia”
    ending = _ENDING_WORDS & set(written.split("_"))
    ends = [name for name in names if name.endswith("_zakonczenia")
            and any(word[:5] == name[:5] for word in written.split("_"))]  # „godziny” is „godzina”
    if ending and len(ends) == 1:  # „godzina_do”, „do_godziny” beside „godzina”: where it ends
        return ends[0]
    # a name with a word added („zaproszeni goście”, „temat_spotkania”): the field it opens with, not the closest
    opening = max((name for name in names if re.match(re.escape(name) + r"[ _-]", _folded(str(loc[-1])))),
                  key=len, default=None)
    found = difflib.get_close_matches(str(loc[-1]), names, n=1, cutoff=0.6)
    short = _SHORTENED.get(_folded(str(loc[-1])).rstrip(".:"))  # „nr” as on every letter: too short for difflib
    return plain or opening or (short if short in names else None) or (found[0] if found else None)


_ENDING_WORDS = {"do", "koniec", "konca", "zakonczenie", "zakonczenia", "konczy", "end"}
_SHORTENED = {"nr": "numer", "tel": "telefon", "mail": "email", "e-mail": "email", "godz": "godzina"}


# a note's word opening the line as a capital or in capitals („Uwaga:”, „UWAGA:”, „NB:”); a small „uwagi:” may be a
# field the officer thought the case has – told with the allowed fields
_NOTE_NAME = re.compile(r"Uwaga|UWAGA|Uwagi|UWAGI|Notatka|NOTATKA|Komentarz|KOMENTARZ|NB|PS|Info|INFO|TODO"
                        r"|(?i:uwaga|notatka|komentarz|nb|ps|todo)")  # the singular note in any case
# a „field” of several words with a sentence's punctuation („Wnioski (pisma do instytucji). DANE …”): a heading or a
# note that lost its „#”, never a field's name – „czy chodziło o „wnioski”?” would make a second „wnioski:”
_SENTENCE_NAME = re.compile(r"\S+(?:\s+\S+){2,}")
_NOTE_TOLD = " – to wygląda na uwagę; zacznij wiersz od „#”, wtedy pismo go pominie"


def _unknown_field(loc: tuple, hint: str | None) -> str:
    allowed = _field_names(Sprawa, loc)
    spaced = _spaced_name(str(loc[-1]), allowed)
    if spaced:
        return spaced
    text = f"nieznane pole {visible(quoted(str(loc[-1])))}"
    name = str(loc[-1])
    if _NOTE_NAME.fullmatch(name) and not hint:  # „Uwaga: sprawdzić adres”: a note, not a field
        return text + _NOTE_TOLD
    if _SENTENCE_NAME.fullmatch(name) and re.search(r"[.()!?]", name):
        return (text + " – to nie nazwa pola, tylko zdanie (nagłówek albo uwaga bez „#”); zacznij ten wiersz od „#”, "
                "wtedy pismo go pominie")
    if hint:
        return text + f" – czy chodziło o „{hint}”?"
    if allowed:
        note = "; jeśli to uwaga dla siebie, zacznij wiersz od „#”" if name.casefold() in ("uwagi", "notatki") else ""
        return text + " – dozwolone tu pola: " + ", ".join(allowed) + note
    return text


def _after_block(loc: tuple, doc: Document) -> str:
    """A hint for an unknown field on the line right after a block text or a list's last plain item: its line is
    the text's own if its indentation slipped („Uwaga: przy ul. Lipowej …” inside an action's description) or it
    fell to column 1 („… spotkań z” / „mieszkańcami: raz w kwartale.”)."""
    found = doc.after_block.get(tuple(loc))
    if not found:
        return ""
    if found[2] == "item":
        return (f"; jeśli ten wiersz to dalszy ciąg tekstu ostatniego punktu listy „{found[0]}” z wiersza {found[1]}, "
                f"który spadł na początek wiersza, dopisz go na końcu wiersza {found[1]} i ujmij cały tekst tego punktu "
                "w cudzysłów (\"…\") – zawiera „: ”, więc bez cudzysłowu YAML czyta go jako nazwę pola")
    return (f"; jeśli ten wiersz to dalszy ciąg tekstu pola „{found[0]}” (wiersz {found[1]}), ma za małe wcięcie – "
            "wyrównaj go z tekstem nad nim")


def _spaced_name(key: str, allowed: list[str]) -> str | None:
    """A known name with a hard space or an invisible character at its end or start („temat<U+00A0>:” typed the
    French way, or pasted): told as that character, not as an unknown field that looks like the known one."""
    odd = odd_character(key)
    bare = "".join(ch for ch in key if not odd_character(ch))
    if not odd or bare not in allowed:
        return None
    where = ("przed dwukropkiem po nazwie" if key.startswith(bare) else
             "przed nazwą" if key.endswith(bare) else "w nazwie")
    return f"{where} pola „{bare}” stoi {odd} – usuń {'go' if odd.startswith('niewidoczny') else 'ją'}"


def _describe(value) -> str:
    if value is None:
        return "wartość pusta"
    if isinstance(value, bool):
        return "wartość logiczna"
    if isinstance(value, (int, float)):
        return f"liczba {value}"
    if isinstance(value, str):
        short = value if len(value) <= 30 else value[:30] + "…"
        return f"tekst „{visible(short)}”"
    if isinstance(value, list):
        return "lista"
    if isinstance(value, dict):
        return "grupa pól"
    if isinstance(value, dt.datetime):
        return f"data z godziną {value.isoformat(' ')}"
    if isinstance(value, dt.date):
        return f"data {value.isoformat()}"
    return "wartość innego rodzaju"  # never Python's English name of a type
