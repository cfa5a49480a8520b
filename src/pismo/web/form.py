"""The case model as a form, and the form back as the case file's data.

The form is generated from the pydantic model (pismo.case.model), in the plan's order:
one widget per field, named by its dotted path (`dzialania[0].termin.do`) – the
same path `pismo sprawdz` puts on its problems, so a message finds its field.
Posted values go back into the file through ruamel.yaml's round trip: values
the user did not change keep their YAML form, and the comments stay.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Annotated, Literal, Union, get_args, get_origin, get_type_hints

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark, YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString, ScalarString
from ruamel.yaml.tokens import CommentToken

from pismo.case import model as m, yamlio
from pismo.case.problems import dotted
from pismo.web import comments, layout, tabs, texts


@dataclass(frozen=True)
class Spec:
    name: str
    kind: str  # text, textarea, number, district, date, time, date_or_text, paragraphs, lines, choice, bool,
    #            group, list, paragraph_list
    required: bool
    model: type | None = None
    choices: tuple = ()
    short: str | None = None  # the field a bare text stands for (a name's mianownik, a deadline in words)
    default: object = None


_LONG_TEXT = {"opis", "zadania", "prosba", "dotyczy", "tresc", "uzasadnienie", "temat", "cyklicznie"}


def _kind(name: str, ann) -> tuple[str, dict]:
    if get_origin(ann) is Union and type(None) in get_args(ann):
        ann = next(a for a in get_args(ann) if a is not type(None))
    simple = [(m.Nazwa, ("group", {"model": m.Odmiana, "short": "mianownik"})),
              (m.TerminDzialania, ("group", {"model": m.Termin, "short": "opis"})), (m.Akapity, ("paragraphs", {})),
              (m.Linie, ("lines", {})), (m.Data, ("date", {})), (m.Godzina, ("time", {})),
              (m.Liczba, ("number", {})), (m.Ilosc, ("number", {})), (m.NumerRejonu, ("district", {})),
              (Union[m.Data, m.Tekst], ("date_or_text", {}))]
    for known, kind in simple:
        if ann == known:
            return kind
    if get_origin(ann) is Annotated:
        ann = get_args(ann)[0]
    if get_origin(ann) is Literal:
        return "choice", {"choices": get_args(ann)}
    if ann is bool:
        return "bool", {}
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "group", {"model": ann}
    if get_origin(ann) is list:
        inner = get_args(ann)[0]
        if inner == m.Akapity:
            return "paragraph_list", {}
        if get_origin(inner) is Annotated:
            inner = get_args(inner)[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return "list", {"model": inner}
        return "lines", {}
    return ("textarea" if name in _LONG_TEXT else "text"), {}


@functools.lru_cache(maxsize=None)
def specs(model: type) -> tuple[Spec, ...]:
    hints = get_type_hints(model, include_extras=True)
    out = []
    for name, info in model.model_fields.items():
        kind, extra = _kind(name, hints[name])
        default = None if info.is_required() else info.default
        out.append(Spec(name, kind, info.is_required(), default=default, **extra))
    return tuple(out)


# --- data -> widgets -----------------------------------------------------------------------------

@dataclass
class Widget:
    loc: tuple
    spec: Spec
    value: object = ""  # text for inputs, bool for checkboxes
    children: list = field(default_factory=list)  # group: widgets; list: items (each a Widget of kind "item")
    kind: str = ""
    present: bool = False  # the file has this key (an empty list or a false stays as it was)
    derived: str = ""  # the dictionary's form shown pre-filled, not in the file until confirmed
    unfit: bool = False  # the file's value does not fit the field's control: shown and posted back as written
    origin: int | None = None  # a list item: its index in the file the page was loaded from (None: added)

    @property
    def path(self) -> str:
        return dotted(self.loc)

    @property
    def id(self) -> str:
        return field_id(self.path)

    @property
    def label(self) -> str:
        return texts.label(texts.schema_path(self.loc))

    @property
    def described(self) -> str:
        """The field named as the server's messages name it („Osoby › Komendant … › Imię i nazwisko”): the page's
        own check of a form too big to send named it by its bare label, one of many „Imię i nazwisko”."""
        return texts.describe(self.loc)

    @property
    def hint(self) -> str:
        return texts.hint(texts.schema_path(self.loc))

    @property
    def item_label(self) -> str:
        return texts.label(texts.schema_path(self.loc) + "[]")


def field_id(path: str) -> str:
    """An HTML id for a dotted path (brackets and dots are awkward in fragments and selectors)."""
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def widgets(data, derived: dict | None = None) -> list[Widget]:
    """The form's widgets; derived (path -> (value, message)) pre-fills the empty fields the dictionary fills."""
    out = _group(m.Sprawa, data if isinstance(data, dict) else {}, ())
    if derived:
        _suggest(out, derived)
    return out


def _suggest(ws: list[Widget], derived: dict) -> None:
    for w in ws:
        if w.path in derived and w.kind in ("text", "choice") and not w.value:
            w.value = w.derived = str(derived[w.path][0])
        _suggest(w.children, derived)


def suggested(form) -> dict[str, str]:
    """The posted fields that still hold the dictionary's form the page showed: path -> value."""
    return {key[:-len(SUGGESTED)]: value for key, value in form.items()
            if key.endswith(SUGGESTED) and form.get(key[:-len(SUGGESTED)]) == value}


def _group(model, data, loc) -> list[Widget]:
    out = []
    for spec in specs(model):
        out.append(_widget(spec, data.get(spec.name) if isinstance(data, dict) else None, loc + (spec.name,)))
    return out


def _widget(spec: Spec, value, loc) -> Widget:
    w = Widget(loc, spec, kind=spec.kind, present=value is not None)
    if spec.kind == "group":
        if spec.short and isinstance(value, str):
            value = {spec.short: value}
        w.children = _group(spec.model, value if isinstance(value, dict) else {}, loc)
    elif spec.kind in ("list", "paragraph_list"):
        items = value if isinstance(value, list) else []
        for i, item in enumerate(items):
            w.children.append(_item(spec, item, loc + (i,)))
            w.children[-1].origin = origin(item, i)
    elif value is not None and not _fits(spec, value):
        _as_written(w, value)
    elif spec.kind == "bool":
        w.value = bool(value) if value is not None else bool(spec.default)
    else:
        w.value = _shown(spec, value)
    return w


_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?")


_ONE_LINE = ("text", "number", "district", "date_or_text")  # shown in a one-line input


def _fits(spec: Spec, value) -> bool:
    """Whether the field's control can show the file's value: a date picker, a time picker, a checkbox and a
    list of choices cannot show „UZUPEŁNIJ po rozmowie z SM” or a typo, a one-line input drops line breaks
    and a field for one value cannot show a list – a save would then write an empty date, the first choice,
    glued words or Python's "['a', 'b']" the officer never chose."""
    if isinstance(value, (dict, list)):
        return spec.kind in ("lines", "paragraphs") and isinstance(value, list)
    if spec.kind == "bool":
        return isinstance(value, bool)
    if spec.kind == "choice":
        return str(value) in [str(c) for c in spec.choices]
    if spec.kind == "date":
        return type(value) is dt.date
    if spec.kind == "time":
        return isinstance(value, str) and bool(_TIME.fullmatch(value))
    if spec.kind in _ONE_LINE:
        return "\n" not in str(value)
    return True


def _as_written(w: Widget, value) -> None:
    """A value its control cannot show: a choice keeps its list with the value as the selected first option,
    any other field becomes a text field holding the value as written; either posts it back unchanged."""
    w.unfit, w.value = True, _shown(Spec(w.spec.name, "text", False), value)
    if w.spec.kind != "choice":
        w.kind = "textarea" if "\n" in w.value else "text"


def _item(spec: Spec, item, loc) -> Widget:
    if spec.kind == "paragraph_list":
        return Widget(loc, Spec(str(loc[-1]), "paragraphs", True), _shown(Spec("", "paragraphs", True), item),
                      kind="paragraphs")
    return Widget(loc, spec, children=_group(spec.model, item if isinstance(item, dict) else {}, loc), kind="item")


def origin(item, index: int) -> int | None:
    """A list item's index in the file: the file's own item is where it is, the form's item says where it came
    from (moved by a button), an added one has none."""
    return item.origin if isinstance(item, (Fields, Paras)) else index


def new_item(spec: Spec, loc) -> Widget:
    return _item(spec, {} if spec.kind == "list" else "", loc)


def _shown(spec: Spec, value) -> str:
    if value is None:
        return "" if spec.default in (None, []) or spec.kind not in ("choice",) else str(spec.default)
    if spec.kind in ("paragraphs",):
        return "\n\n".join(_line(v) for v in value) if isinstance(value, list) else written(value)
    if spec.kind == "lines":
        return "\n".join(_line(v) for v in value) if isinstance(value, list) else written(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    return written(value)


def written(value) -> str:
    """A value as the file writes it: str() makes 1.1 of `1.10`, 9 of `0x9` and Python's "['a', 'b']" of a
    list – shown so, an untouched field would not be the file's, and a save would write that text."""
    if value is None:  # an empty item („    -”): shown empty, never as Python's „None” a save would write
        return ""
    if isinstance(value, bool):  # as YAML writes it, never Python's „True”
        return "true" if value else "false"
    if isinstance(value, str) or not isinstance(value, (int, float, dict, list)) or type(value) is int:
        return str(value)
    yaml = _yaml()
    yaml.default_flow_style = True  # a list or a group on one line, as in a one-line field: [a, b]
    stream = io.StringIO()
    yaml.dump(_containers(value), stream)
    return stream.getvalue().removesuffix("...\n").strip()


def _line(item) -> str:
    """An item of a list of lines: a line YAML read as a group („- Godz.: 17:00 otwarcie”) shown as written."""
    text = written(item)
    return text[1:-1] if isinstance(item, dict) and text.startswith("{") and text.endswith("}") else text


def _containers(value):
    """The value with its lists and groups made plain (their block style would win over the flow style)."""
    if isinstance(value, dict):
        return {k: _containers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_containers(v) for v in value]
    return value


# --- data -> what the page posts (for comparing versions field by field) ----------------------------

def posted(data) -> list[tuple[str, str]]:
    """The (name, value) pairs a browser posts from the case page for data, as _pola.html renders it."""
    out: list[tuple[str, str]] = []
    for w in widgets(data):
        _post(w, out)
    return out


def _post(w: Widget, out: list) -> None:
    if w.kind == "group":
        for child in w.children:
            _post(child, out)
        return
    if w.kind in ("list", "paragraph_list"):
        out.append((f"{w.path}.__lista", "1"))
        if w.present:
            out.append((f"{w.path}.__byla", "1"))
        for item in w.children:
            out.append((f"{item.path}{ORIGIN}", "" if item.origin is None else str(item.origin)))
            if item.kind == "paragraphs":
                out.append((item.path, _textarea(item.value)))
            else:
                for child in item.children:
                    _post(child, out)
        return
    if w.present:
        out.append((f"{w.path}.__byla", "1"))
    if w.derived:
        out.append((f"{w.path}{SUGGESTED}", w.derived))
    value = w.value
    if w.kind == "bool":
        if value:
            out.append((w.path, "on"))
        return
    if w.kind == "choice":
        choices = [str(c) for c in w.spec.choices]
        empty = not w.spec.required and w.spec.default is None
        fits = value in choices or (empty and value == "") or w.unfit
        out.append((w.path, value if fits else ("" if empty else choices[0])))
    elif w.kind in ("paragraphs", "lines", "textarea"):
        out.append((w.path, _textarea(value)))
    elif w.kind == "date":
        out.append((w.path, value if _valid_date(value) else ""))
    elif w.kind == "time":
        out.append((w.path, value if _TIME.fullmatch(value) else ""))
    else:
        out.append((w.path, value.replace("\r", "").replace("\n", "")))  # a text input drops line breaks


def _textarea(value: str) -> str:
    return value[1:] if value.startswith("\n") else value  # the HTML parser drops a textarea's first newline


def _valid_date(value: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)) and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False


# --- form -> data ----------------------------------------------------------------------------------

class Paras(str):
    """Paragraphs typed in a textarea: kept as one block text or a list, as the file had them."""

    origin: int | None = None  # an item of a list of paragraphs: see Fields.origin


class Lines(list):
    """The lines of a textarea for a list of lines: an item the file writes over several lines comes back whole
    when its lines are still there (see _rejoin)."""


class Short(str):
    """A group's one text written as the bare value ("termin: na bieżąco" for termin.opis): which
    key it stands for, so a file that spells the group out keeps its form and comments."""

    key: str = ""
    fields: frozenset = frozenset()  # the group's fields the form shows


def _short(spec: Spec, text: str) -> Short:
    value = Short(text)
    value.key, value.fields = spec.short, frozenset(spec.model.model_fields)
    return value


MISSING = object()
SUGGESTED = ".__slownik"  # beside a pre-filled field: the dictionary's form the page showed
ORIGIN = ".__z"  # beside a list item: its index in the file the page was loaded from, empty for an added item
RESTORED = ".__przywrocony"  # beside an item the conflict page restores: „path#id@version” of its text (give_donors)
_INDEX = re.compile(r"\[(\d+)\]")


class _Keys(set):
    """The posted names, with the item indexes of every list path found once (not per list)."""

    def __init__(self, names) -> None:
        super().__init__(names)
        self.indexes: dict[str, set[int]] = {}
        for name in self:
            for match in _INDEX.finditer(name):
                self.indexes.setdefault(name[:match.start()], set()).add(int(match.group(1)))


def from_form(form) -> dict:
    """The posted form (a MultiDict of dotted paths) as the case's data."""
    keys = _Keys(form.keys())
    return _read_group(m.Sprawa, form, keys, (), required=True) or {}


class Fields(dict):
    """A group's values from the form; `known`: the fields the form shows (other keys of the file stay);
    `origin`: a list item's index in the file the page came from, so that a moved item keeps its own text and
    comments on a save (None: an item added in the form)."""

    known: frozenset = frozenset()
    origin: int | None = None
    restored: str = ""  # an item the disk removed, restored on the conflict page: see RESTORED
    donor: tuple | None = None  # its node and own note in the version the page came from (see _give_donors)


def _read_group(model, form, keys, loc, required):
    out = Fields()
    out.known = frozenset(model.model_fields)
    for spec in specs(model):
        value = _read(spec, form, keys, loc + (spec.name,))
        if value is not MISSING:
            out[spec.name] = value
    if not required and not _filled(model, out):
        return MISSING
    return out


def _filled(model, data) -> bool:
    """Whether the user typed anything in a group (a preset choice or checkbox is not typing)."""
    for spec in specs(model):
        value = data.get(spec.name, MISSING) if isinstance(data, dict) else MISSING
        if value is MISSING or spec.kind in ("choice", "bool"):
            continue
        if spec.kind == "group" and isinstance(value, dict):
            if _filled(spec.model, value):
                return True
        elif value != [] and value != {}:
            return True
    return False


def _indexes(keys: _Keys, path: str) -> list[int]:
    return sorted(keys.indexes.get(path, ()))


def _read(spec: Spec, form, keys, loc):
    path = dotted(loc)
    if spec.kind == "group":
        value = _read_group(spec.model, form, keys, loc, spec.required)
        if spec.short and isinstance(value, dict) and set(value) == {spec.short} and isinstance(value[spec.short], str):
            return _short(spec, value[spec.short])
        return value
    if spec.kind in ("list", "paragraph_list"):
        items = []
        for i in _indexes(keys, path):
            if spec.kind == "list":
                items.append(_read_group(spec.model, form, keys, loc + (i,), required=True))
                items[-1].restored = form.get(f"{path}[{i}]{RESTORED}", "")
            else:
                text = _text(form.get(f"{path}[{i}]", ""))
                items.append(Paras(text))
            items[-1].origin = _read_origin(form, f"{path}[{i}]")
        if not items and f"{path}.__lista" in keys and not spec.required:
            return [] if f"{path}.__byla" in keys else MISSING
        return items if items or spec.required else MISSING
    if spec.kind == "bool":
        if path in keys and form.get(path) != "on":  # the file's text shown in a text field (see _as_written)
            text = _text(form.get(path, "")).strip()
            return {"true": True, "tak": True, "false": False, "nie": False}.get(text.lower(), text or MISSING)
        if path in keys:
            return True
        return False if f"{path}.__byla" in keys else MISSING
    if path not in keys:
        return MISSING
    if f"{path}{SUGGESTED}" in keys and form.get(path) == form.get(f"{path}{SUGGESTED}"):
        return MISSING  # the dictionary's form, pre-filled and not confirmed: it stays derived
    return _typed(spec, _text(form.get(path, ""), one_line=spec.kind in _ONE_LINE), form, path)


def _read_origin(form, path: str) -> int | None:
    """The item's index in the file as the page posted it; None (an added item) for a mark missing, forged or too
    long – never guessed from where it stands: moved, it would claim a neighbour's origin and write its text."""
    return origin_number(form.get(f"{path}{ORIGIN}", ""))


def origin_number(value: str) -> int | None:
    """An origin mark (ORIGIN) as the item's index in the file: plain digits, at most six; None for any other."""
    return int(value) if value.isascii() and value.isdigit() and len(value) < 7 else None


def repeated_origin(pairs) -> tuple[str, str] | None:
    """The first two items of one list (their posted names) whose origin marks name the same item of the file – no
    page of pismo's posts them: forged, the form's reading (_origins: the list's first by place) and the merge's
    (merge.by_origin: the first posted) took different items for that one, and an edit was written over another
    item. A save refuses such a post before reading it (pismo.web.app); None when every origin is named once."""
    seen: dict[tuple[str, int], str] = {}
    marks: set[str] = set()
    for key, value in pairs:
        item = key[:-len(ORIGIN)] if key.endswith(ORIGIN) else ""
        number = origin_number(value) if item.endswith("]") and key not in marks else None
        marks.add(key)  # a mark posted twice: the first counts, as form.get and merge._values take it
        if number is not None:
            earlier = seen.setdefault((item[:item.rindex("[")], number), item)
            if earlier != item:
                return earlier, item
    return None


def _text(value: str, one_line: bool = False) -> str:
    """A field's text as the case file can hold it: text pasted from Word, a PDF or a web page brings page
    breaks (U+000C), line separators (U+2028) and other controls that the case reader refuses – a save
    must never write a file that the form itself then cannot open. In a one-line field (one_line) such a
    break is a space, as a tab is – the browser's input keeps it, and the file would get a real line break."""
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    if one_line:
        value = _BROKEN.sub(lambda m: "" if m.start() == 0 or m.end() == len(value) else " ", value)
    value = _BREAKS.sub("\n", value)
    return yamlio.CONTROL.sub("", value)


_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")  # a line or page ends there: a new line in the text
_BROKEN = re.compile(" *[\x0b\x0c\x85\u2028\u2029]+ *")  # such breaks and the spaces around them: one space


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _typed(spec: Spec, text: str, form, path):
    stripped = text.strip()
    if spec.kind == "lines":
        lines = _lines(text)
        if not lines:
            return [] if f"{path}.__byla" in form and not spec.required else MISSING
        return Lines(lines)
    if not stripped:
        return MISSING
    if spec.kind in ("date", "date_or_text"):
        try:
            return dt.date.fromisoformat(stripped) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", stripped) else stripped
        except ValueError:
            return stripped
    if spec.kind == "number":
        if re.fullmatch(r"-?\d{1,15}", stripped):
            return int(stripped)
        if re.fullmatch(r"-?\d+[.,]\d+", stripped):
            return float(stripped.replace(",", "."))
        return stripped
    if spec.kind == "district":
        return int(stripped) if re.fullmatch(r"[1-9]\d{0,3}", stripped) else stripped
    if spec.kind == "paragraphs":
        return Paras(text.strip("\n"))
    return text


# --- list actions (add, remove, move) ----------------------------------------------------------------

_ACTION = re.compile(r"^(dodaj|usun|gora|dol):(.+)$")


def apply_action(data: dict, action: str) -> str | None:
    """Change a list in data as a button asked; the path of the item to focus, or None."""
    match = _ACTION.match(action or "")
    if not match:
        return None
    verb, path = match.groups()
    loc = _loc(path)
    if verb == "dodaj":
        target, spec = _list_at(data, loc, create=True)
        if target is None:
            return None
        item = Fields() if spec.kind == "list" else Paras("")
        item.origin = None
        target.append(item)
        return dotted(loc + (len(target) - 1,))
    target, spec = _list_at(data, loc[:-1], create=False)
    index = loc[-1]
    if target is None or not isinstance(index, int) or not 0 <= index < len(target):
        return None
    if verb == "usun":
        del target[index]
        return dotted(loc[:-1])
    other = index - 1 if verb == "gora" else index + 1
    if 0 <= other < len(target):
        target[index], target[other] = target[other], target[index]
        return dotted(loc[:-1] + (other,))
    return dotted(loc)


def is_checkbox(path: str) -> bool:
    """Whether the posted name is a checkbox's: posted as the browser's „on” when ticked, left out when not."""
    spec = _spec_at(path)
    return spec is not None and spec.kind == "bool"


def _spec_at(path: str) -> Spec | None:
    """The field a posted name is for (None: no field of the form)."""
    model, spec = m.Sprawa, None
    for part in _loc(path):
        if isinstance(part, int):
            continue
        spec = next((s for s in specs(model) if s.name == part), None) if model is not None else None
        if spec is None:
            return None
        model = spec.model
    return spec


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def parts(path: str, text: str) -> tuple[str, list[str]]:
    """A posted text in the parts the file will hold: a list of lines without its blank lines („wiersz”),
    paragraphs parted by blank lines („akapit”; a protocol point's too, and a paragraph's wrapping in the file is no
    change – the form shows it as one line), any other text by its lines – a change told line by line counted
    blank lines the save drops, and an empty list as one empty line."""
    spec = _spec_at(path)
    kind = spec.kind if spec is not None else ""
    if kind == "lines":
        return "wiersz", _lines(text)
    if kind == "paragraphs" or (kind == "paragraph_list" and path.endswith("]")):  # a protocol point: paragraphs
        return "akapit", [" ".join(p.split()) for p in _PARAGRAPH_BREAK.split(text.strip("\n")) if p.strip()]
    return "wiersz", text.split("\n") if text else []


def parse_path(path: str) -> tuple:
    """"dzialania[0].termin.do" -> ("dzialania", 0, "termin", "do")."""
    return _loc(path)


def _loc(path: str) -> tuple:
    out: list = []
    for part in path.split("."):
        name = part.split("[")[0]
        if name:
            out.append(name)
        out += [int(i) for i in _INDEX.findall(part)]
    return tuple(out)


def _list_at(data, loc, create):
    """The list at loc in data and its spec (None when the path is no list of the model)."""
    model, current, spec = m.Sprawa, data, None
    for i, part in enumerate(loc):
        if isinstance(part, int):
            if not isinstance(current, list) or part >= len(current) or spec is None or spec.kind != "list":
                return None, None
            current, model = current[part], spec.model
            continue
        spec = next((s for s in specs(model) if s.name == part), None) if model else None
        if spec is None or not isinstance(current, dict):
            return None, None
        last = i == len(loc) - 1
        if part not in current or current[part] is MISSING:
            if not create:
                return None, None
            current[part] = [] if last else {}
        if spec.kind == "group":
            model = spec.model
        current = current[part]
    if spec is None or spec.kind not in ("list", "paragraph_list") or not isinstance(current, list):
        return None, None
    return current, spec


# --- data -> the case file's text, keeping what was there -----------------------------------------

def _yaml(text: str = "") -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap what the user wrote
    yaml.indent(**_indentation(text))
    return yaml


_OPENS = re.compile(r"[ -]*[^\s#-][^#]*:[ ]*(#.*)?")  # a key whose value starts on the next line


_PISMO = {"mapping": 2, "sequence": 4, "offset": 2}  # pismo's own indentation


def _indentation(text: str, default: dict[str, int] = _PISMO) -> dict[str, int]:
    """The file's own indentation, which ruamel does not keep: the spaces of a group's keys and of a list's dashes
    under their key, each as most of the lines have it (default's where the text has none) – a save of one field
    must not re-indent every line of a file written with 4 spaces or with dashes flush with their key."""
    groups, dashes = Counter(), Counter()
    lines = [line for line in text.split("\n") if line.strip() and not line.lstrip().startswith("#")]
    indents = [len(line) - len(line.lstrip(" ")) for line in lines]
    for i, (line, after) in enumerate(zip(lines, lines[1:])):
        if _OPENS.fullmatch(line):
            column, inner = len(re.match(r"[ ]*(?:-[ ]+)*", line).group()), indents[i + 1]
            span = next((j for j in range(i + 2, len(lines)) if indents[j] < column or (
                indents[j] == column and not lines[j].lstrip().startswith("-"))), len(lines)) - i - 1
            if after.lstrip().startswith("-") and inner >= column:
                dashes[inner - column] += span
            elif inner > column:
                groups[inner - column] += span
    offset = dashes.most_common(1)[0][0] if dashes else default["offset"]
    mapping = groups.most_common(1)[0][0] if groups else default["mapping"]
    return {"mapping": mapping, "sequence": offset + 2, "offset": offset}


def _dumped(original: str, data) -> str:
    """data as the case file's text: each top-level section in the indentation it has in the original (the
    file's most common for a new one), a section whose data and comments did not change as the original has it
    (see pismo.web.layout)."""
    whole = _indentation(original)
    own = {key: _indentation(part, whole) for key, part in layout.sections(original)[1].items()}
    dumps: dict[tuple, str] = {}

    def dump(style: dict[str, int]) -> str:
        if tuple(style.values()) not in dumps:
            yaml, stream = _yaml(), io.StringIO()
            yaml.indent(**style)
            yaml.dump(data, stream)
            dumps[tuple(style.values())] = stream.getvalue()
        return dumps[tuple(style.values())]

    text = layout.styled(dump(whole), {key: dump(style) for key, style in own.items() if style != whole})
    return layout.kept(original, text)


def plain_text(data: dict) -> str:
    """The data as YAML for checking only (PyYAML's C emitter: fast, no comments to keep)."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(_plain(data), Dumper=dumper, allow_unicode=True, sort_keys=False, width=4096)


def _plain(value):
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


@functools.lru_cache(maxsize=16)
def load_cached(text: str):
    """load() for reading only (pages), remembered by the text: ruamel's round trip is slow."""
    return load(text)


def load(text: str):
    """The case file as round-trip data; None when it cannot be read (a YAML syntax error). A Tab YAML reads as a
    blank – after a value, before a comment, after „:” (what the Tab key types in Notepad) – pismo's reader
    accepts and ruamel's scanner refuses: read as a space (all such Tabs in one pass, pismo.web.tabs), so that the
    form and `pismo sprawdz` give one verdict."""
    if tabs.refused(text):  # the checker's verdict first: ruamel read such texts for seconds, for nothing
        return None
    try:
        return _yaml().load(text)
    except YAMLError as exc:
        spaced = tabs.as_spaces(text) if "'\\t'" in str(getattr(exc, "problem", "")) else text
    except Exception:  # ruamel raises plain errors on some broken input: the page then says so
        return None
    try:
        return _yaml().load(spaced) if spaced != text else None
    except Exception:
        return None


def to_text(original: str, data: dict, keep: frozenset = frozenset()) -> tuple[str, bool]:
    """The case file with data put into the original text; (text, comments kept). keep: the paths of the
    fields, groups, lists and items the user left as the page showed them (pismo.web.merge.untouched): the
    file's own text stays there, whatever the form makes of it. Items the conflict page restores take their
    text from give_donors first."""
    base = load(original) if original.strip() else CommentedMap()
    kept = isinstance(base, CommentedMap)
    merged = _merge(base if kept else None, data, keep)
    return _dumped(original, merged), kept or not original.strip()


def give_donors(data, text_of) -> int:
    """Each item restored on the conflict page takes the node it had in the version its marker names (see
    RESTORED; text_of(version): this case's text of it, or None) – its text styles, its comments, its own note
    – and the form's values are put into that. How many were rebuilt from the form instead (version forgotten,
    or the item there is not this one)."""
    loaded: dict[str, object] = {}

    def source(version: str):
        if version not in loaded:
            text = text_of(version) if version else None
            loaded[version] = load(text) if text else None
        return loaded[version]
    return _give_donors(data, source)


def _give_donors(value, source) -> int:
    rebuilt = 0
    for item in value.values() if isinstance(value, dict) else value if isinstance(value, list) else ():
        if getattr(item, "restored", ""):
            path, _, version = item.restored.rpartition("@")
            item.donor = _donor(source(version), path, item)
            rebuilt += item.donor is None
        rebuilt += _give_donors(item, source)
    return rebuilt


def _donor(source, path: str, item: dict) -> tuple | None:
    """(the item at path in source, its own note after its last field, the blank lines before the next item),
    cut from the list's lines;
    None when another item stands there: another id than the one the item had before the form's changes („#id”
    after the path; none: the form's) – an identifier the user corrected is the user's change, not another item."""
    path, marked, was = path.partition("#")
    was = was if marked else item.get("id")
    *outer, last = _loc(path) or (None,)
    holder = source
    for part in outer:
        ok = isinstance(holder, dict) and part in holder or isinstance(holder, list) and isinstance(part, int) \
            and 0 <= part < len(holder)
        holder = holder[part] if ok else None
    if not (isinstance(holder, CommentedSeq) and isinstance(last, int) and 0 <= last < len(holder)
            and isinstance(holder[last], CommentedMap)) or str(holder[last].get("id", was)) != str(was):
        return None
    note, after = comments.own_lines(comments.cut_tail(holder, last), holder[last].lc.col or 0, holder.lc.col or 0)
    return holder[last], note, after if last < len(holder) - 1 else ""  # after the last: the next section's


def _merge(old, new, keep: frozenset = frozenset(), loc: tuple = ()):
    if isinstance(new, Short):
        if not isinstance(old, CommentedMap):
            return _scalar(old, str(new))
        # "termin: {opis: X}" edited in the form as the short text: the spelled-out group keeps its
        # form and comments; the other fields the form shows are cleared, as the user cleared them
        for key in [k for k in old if k != new.key and k in new.fields]:
            del old[key]
        old[new.key] = _scalar(old.get(new.key), str(new))
        return old
    if isinstance(new, Paras):
        return _paragraphs(old, new, keep, loc)
    if isinstance(new, dict):
        return _merge_group(old, new, keep, loc)
    if isinstance(new, list):
        return _merge_list(old, new, keep, loc)
    return _scalar(old, new)


def _merge_list(old, new: list, keep: frozenset, loc: tuple):
    """A list merged item by item, each new item into the file's item it came from (Fields.origin, the matching
    line of a list of lines): a moved item keeps its own text styles and comments, and the comment lines
    between two items (a note, a blank line) and after the last one (the next section's heading) stay so."""
    target = old if isinstance(old, CommentedSeq) else CommentedSeq()
    pairs = _rejoin(target, new) if isinstance(new, Lines) else _origins(target, new)
    if [o for o, _ in pairs] == list(range(len(target))):  # the same items in the same order
        for i, value in pairs:
            if dotted(loc + (i,)) not in keep and value is not target[i]:
                target[i] = _merge(target[i], value, keep, loc + (i,))
        return target
    between = [comments.cut_tail(target, i) for i in range(len(target))]  # between[i]: the lines after item i
    own = [""] * len(target)  # an item's own note after its last field, indented as its fields: it goes with it
    for i, item in enumerate(target):
        if isinstance(item, CommentedMap) and item.lc.col:
            own[i], between[i] = comments.own_lines(between[i], item.lc.col, target.lc.col or 0)
    nodes, on_line = [], {}
    for j, (o, value) in enumerate(pairs):
        if o is None:
            donor = getattr(value, "donor", None) or (None, "")
            nodes.append(_merge(donor[0], value, keep, loc + (f"+{j}",)))
            continue
        keeps = value is target[o] or dotted(loc + (o,)) in keep
        nodes.append(target[o] if keeps else _merge(target[o], value, keep, loc + (o,)))
        if o in target.ca.items:
            on_line[j] = target.ca.items[o]
    list.__delitem__(target, slice(None))
    list.extend(target, nodes)
    target.ca.items.clear()
    target.ca.items.update(on_line)
    for j, (o, value) in enumerate(pairs):
        note = own[o] if o is not None else (getattr(value, "donor", None) or (None, ""))[1]
        if note:
            comments.add_tail(target, j, note)
    comments.put_between(target, [o for o, _ in pairs], between)
    _restored_gaps(target, pairs, between)
    if not target:
        target.fa.set_flow_style()  # „key: []”: a comment on the key's line before an emptied block list broke the file
    return target


def _restored_gaps(target: CommentedSeq, pairs: list[tuple], between: list[str]) -> None:
    """A restored item followed by an item with no lines before it keeps the blank lines that followed it where
    it came from (a meeting's empty line before the next meeting) – cut with its tail, they were lost."""
    for j, (o, value) in enumerate(pairs[:-1]):
        donor, after = getattr(value, "donor", None) if o is None else None, pairs[j + 1][0]
        gap = donor[2] if donor else ""
        if gap and not gap.strip() and not (between[after - 1] if after else ""):
            comments.add_tail(target, j, gap)


def _origins(target: list, new: list) -> list[tuple]:
    """(the file's index, value) for each new item; None for an added one or one whose origin is gone."""
    out, used = [], set()
    for j, value in enumerate(new):
        o = origin(value, j)
        ok = isinstance(o, int) and 0 <= o < len(target) and o not in used
        out.append((o if ok else None, value))
        used.add(o)
    return out


def _merge_group(old, new: dict, keep: frozenset, loc: tuple):
    target = old if isinstance(old, CommentedMap) else CommentedMap()
    known = getattr(new, "known", None)
    # a key the form does not show (unknown, misspelt), an empty one, or one the user left is the file's: it stays
    for key in [k for k in target if k not in new and (known is None or k in known) and target[k] is not None
                and dotted(loc + (k,)) not in keep]:
        _delete(target, key, top=not loc)
    order = list(new)
    for key, value in new.items():
        if dotted(loc + (key,)) in keep:
            continue  # as the page showed it: the file's text stays, and what the file lacks stays out
        if key in target:
            was = target[key]
            target[key] = _merge(was, value, keep, loc + (key,))
            if not isinstance(was, (dict, list)):
                if target[key] != was:
                    _drop_dictionary_mark(target, key)
                _carry_comment(target, key)
            comments.put_before_first(target, key)
        else:
            later = [k for k in order[order.index(key) + 1:] if k in target]
            position = list(target).index(later[0]) if later else len(target)
            target.insert(position, key, _merge(None, value, keep, loc + (key,)))
    return target


def _delete(target: CommentedMap, key, top: bool) -> None:
    """A field cleared in the form goes; the comment and blank lines after it stay – they are the next key's
    note or the next section's heading: after the key before it, or, for a group's first key, after the
    group's own line (see put_before_first)."""
    keys, lines = list(target), comments.cut_tail(target, key)
    del target[key]
    before = keys[:keys.index(key)]
    if lines and (before or (top and target)):
        comments.add_tail(target, before[-1] if before else list(target)[-1], lines)
    elif lines:
        if not target:
            target.fa.set_flow_style()  # „key: {}”: a comment after an empty block group breaks the file
        target.pismo_lines = getattr(target, "pismo_lines", "") + lines  # for the caller: it owns the group's line


DICTIONARY_MARKS = ("# ze słownika – ",)  # `pismo odmien`'s and the web's „ze słownika – sprawdź / potwierdzone”


def _drop_dictionary_mark(target: CommentedMap, key) -> None:
    """A value given in the form over a dictionary form: the comment saying the value came from the dictionary
    (to be checked, or confirmed) goes with that value – the lines after the key stay."""
    entry = target.ca.items.get(key)
    token = entry[2] if entry and len(entry) > 2 else None
    if token is None:
        return
    first, newline, rest = token.value.partition("\n")
    if not first.strip().startswith(DICTIONARY_MARKS):
        return
    if rest:
        token.value = newline + rest
    else:
        entry[2] = None


def _carry_comment(target: CommentedMap, key) -> None:
    """A one-line value („okres: UZUPEŁNIJ”) become a group or a list: the blank lines and comments that
    followed it follow the group's last line, not its first – only a comment on the key's line stays there."""
    token = (target.ca.items.get(key) or [None] * 3)[2]
    value = target[key]
    if token is None or not isinstance(value, (dict, list)) or not value:
        return
    first, _, rest = token.value.partition("\n")
    if first.strip():
        token.value = first + "\n"
    else:
        target.ca.items[key][2] = None
    if not rest:
        return
    while True:  # down to the last one-line value
        last = list(value)[-1] if isinstance(value, dict) else len(value) - 1
        if not (isinstance(value[last], (dict, list)) and value[last]):
            break
        value = value[last]
    moved = CommentToken("\n" + rest, CommentMark(0), None)
    value.ca.items[last] = [None, None, moved, None] if isinstance(value, dict) else [moved, None]


def _rejoin(old: list, new: Lines) -> list[tuple]:
    """(the file's index, value) for the textarea's lines: a line left as the page showed it is the file's item
    again – its text, type and comment (a date stays a date, `true` stays true, a nested list stays one) – and
    the lines of an item written over several lines (a block text) that still follow one another are that one
    item again, never one item per line. A changed line takes the place of the file's line it replaced; a line
    YAML read as a group („- Godz.: 17:00 otwarcie”) is written as the text it was meant to be, as the page says."""
    spans = [(k, _lines(item) if isinstance(item, str) else [_line(item)]) for k, item in enumerate(old)]
    spans = [(k, lines) for k, lines in spans if lines]
    out, used, i = [], set(), 0
    while i < len(new):
        k, lines = next(((k, lines) for k, lines in spans if k not in used and new[i:i + len(lines)] == lines),
                        (None, [new[i]]))
        out.append((k, old[k] if k is not None and not _read_as_group(old[k]) else new[i]))
        used.add(k)
        i += len(lines)
    for j, (k, value) in enumerate(out):  # a changed line keeps the style of the line it replaced
        if k is None and j < len(old) and j not in used and isinstance(old[j], str):
            out[j] = (j, value)
            used.add(j)
    return out


def _read_as_group(item) -> bool:
    return isinstance(item, CommentedMap) and not item.fa.flow_style()  # {linia: …} was written as a group


def _scalar(old, new):
    if type(old) is type(new) or (isinstance(old, str) and isinstance(new, str)):
        if old == new:
            return old
    if isinstance(new, str):
        if isinstance(old, ScalarString):
            return type(old)(new)
        if re.fullmatch(r"\d{1,2}:\d{2}", new) or not yamlio.reads_as_text(new):  # text stays text when read back
            return DoubleQuotedScalarString(new)
        if "\n" in new:
            return LiteralScalarString(new)
    return new


def _split(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _paragraphs(old, new: Paras, keep: frozenset = frozenset(), loc: tuple = ()):
    parts = _split(new)
    if isinstance(old, list):
        return _merge(old, parts, keep, loc)
    if isinstance(old, str) and _split(old) == parts:
        return old
    text = "\n\n".join(parts) if len(parts) > 1 else str(new).strip()
    if len(parts) > 1:
        return LiteralScalarString(text + "\n")
    return _scalar(old, text)
