"""The one registry of document kinds: what each kind is called, builds, prints with and is written as.

A kind is one record: its name (the manifest's and the API's key), Polish label,
builder (case → items), templates (each with its title, blueprint and typed
context), file-name rule, whether it has a public version, and the command that
makes it. The CLI's commands, `pismo sprawdz`'s list, the template lint and the
web app all loop over REGISTRY. Adding a kind = one record + its template + its test.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import import_module
from typing import Callable, Union

PUBLIC_SUFFIX = "-publikacja"

Ref = Union[str, Callable, type, None]  # "module:name" is imported on first use: the CLI starts fast


def resolve(ref: Ref):
    """A callable or type, or the one a "pismo.module:name" string names."""
    if isinstance(ref, str):
        module, _, name = ref.partition(":")
        return getattr(import_module(module), name)
    return ref


@dataclass(frozen=True)
class TemplateSpec:
    """One Word template a kind prints with."""

    file: str  # file name in templates/ or the unit's own folder, e.g. protokol.docx
    title: str  # Polish, as `pismo szablony lista` shows it
    blueprint: Ref = None  # () -> body of the built-in template (pismo.render.blueprints)
    context: Ref = None  # the typed context the template may use (pismo.documents.contexts)

    def body(self) -> str:
        return resolve(self.blueprint)()

    @property
    def context_type(self) -> type | None:
        return resolve(self.context)


@dataclass(frozen=True)
class Kind:
    """One kind of document."""

    name: str  # plan, wniosek, zaproszenia, …
    label: str  # Polish, as `pismo sprawdz` lists it
    builder: Ref  # Sprawa -> list[documents.Item]; raises MissingData naming a field
    templates: tuple[TemplateSpec, ...] = ()
    file_names: tuple[str, ...] = ()  # the rule: each output's name, <…> filled from the case's ids
    public: bool = False  # has a version for publication (<name>-publikacja)
    command: str | None = None  # the CLI command that makes it
    flag: str | None = None  # …with this flag (protokol --pusty)
    help: str = ""  # the command's (or flag's) one-line Polish help
    main: bool = True  # made by `pismo wszystko` (False for derived public versions)
    public_of: str | None = None  # for a public version: the kind it is made from

    def build(self, sprawa, **options) -> list:
        """The kind's items (one per output file) for a case; options such as public=True
        go to the builder."""
        return resolve(self.builder)(sprawa, **options)


def _public_version(kind: Kind) -> Kind:
    """A kind's version for publication: built from the redacted case, under its own file names."""
    def items(s):
        from pismo.publication import redact as publication  # its name lists load only when a public version is asked for

        scrub = publication.scrubber(s)  # the case's texts and the template's own go through one scrubber
        out = kind.build(publication.redact(s, scrub), public=True)  # the builder leaves out what is internal
        for item in out:
            item.scrub = scrub
            stem, dot, extension = item.filename.rpartition(".")
            item.filename = f"{stem}{PUBLIC_SUFFIX}{dot}{extension}"
            item.rodzaj += PUBLIC_SUFFIX
        return out

    names = tuple(f"{n.rpartition('.')[0]}{PUBLIC_SUFFIX}.{n.rpartition('.')[2]}" for n in kind.file_names)
    return replace(kind, name=kind.name + PUBLIC_SUFFIX, label=f"{kind.label} – wersja do publikacji", builder=items,
                   file_names=names, public=False, main=False, public_of=kind.name, flag="--publikacja")


@dataclass
class Registry:
    """Kinds in the order of work; public versions derived from the kinds that have one."""

    records: list[Kind] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._all = {}
        for kind in self.records:
            self._all[kind.name] = kind
        for kind in self.records:
            if kind.public:
                self._all[kind.name + PUBLIC_SUFFIX] = _public_version(kind)

    def __getitem__(self, name: str) -> Kind:
        return self._all[name]

    def __contains__(self, name: str) -> bool:
        return name in self._all

    @property
    def main(self) -> list[Kind]:
        """What `pismo wszystko` makes and `pismo sprawdz` lists, in order."""
        return [k for k in self._all.values() if k.main]

    @property
    def all(self) -> list[Kind]:
        return list(self._all.values())

    def names(self, main_only: bool = False) -> list[str]:
        return [k.name for k in (self.main if main_only else self.all)]

    def public_of(self, name: str) -> str | None:
        """The public version's name of a kind, if it has one."""
        public = name + PUBLIC_SUFFIX
        return public if public in self._all else None

    def templates(self) -> dict[str, TemplateSpec]:
        """Every template any kind prints with, by file name."""
        return {t.file: t for k in self.records for t in k.templates}

    def with_kind(self, kind: Kind) -> "Registry":
        """A copy with one more kind (or one replaced): the registry is never changed in place."""
        return Registry([k for k in self.records if k.name != kind.name] + [kind])


D, B, C = "pismo.documents.builders:", "pismo.render.blueprints:", "pismo.documents.contexts:"
REGISTRY = Registry([
    Kind("plan", "plan działania priorytetowego", D + "plan",
         (TemplateSpec("plan.docx", "Plan działania priorytetowego", B + "plan", C + "PlanContext"),),
         ("plan.docx",), public=True, command="plan",
         help="Plan działania priorytetowego do zatwierdzenia."),
    Kind("wniosek", "wnioski", D + "wnioski",
         (TemplateSpec("wniosek.docx", "Wniosek", B + "wniosek", C + "WniosekContext"),),
         ("wniosek-<wnioski[].id>.docx",), command="wniosek",  # a word is never doubled: documents.file_name
         help="Wnioski (pisma) do instytucji – po jednym na każdy wniosek ze sprawy."),
    Kind("zaproszenia", "zaproszenia i kalendarz spotkań", D + "zaproszenia",
         (TemplateSpec("zaproszenie.docx", "Zaproszenie na spotkanie", B + "zaproszenie", C + "ZaproszenieContext"),),
         ("zaproszenie-<spotkania[].id>-<spotkania[].zaproszeni[]>.docx", "spotkanie-<spotkania[].id>.ics"),
         command="zaproszenia",
         help="Zaproszenia na spotkania (po jednym dla każdego zaproszonego) i pliki kalendarza .ics."),
    Kind("protokol", "protokoły i listy obecności", D + "protokoly",
         (TemplateSpec("protokol.docx", "Protokół ze spotkania", B + "protokol", C + "ProtokolContext"),
          TemplateSpec("lista-obecnosci.docx", "Lista obecności", B + "lista_obecnosci",
                       C + "ListaObecnosciContext")),
         ("protokol-<spotkania[].id>.docx", "protokol-formularz-<spotkania[].id>.docx",
          "lista-obecnosci-<spotkania[].id>.docx"), command="protokol",
         help="Protokoły spotkań z listami obecności (albo pusty formularz: --pusty)."),
    Kind("protokol-pusty", "pusty formularz protokołu", D + "protokol_pusty",
         (TemplateSpec("protokol-pusty.docx", "Protokół ze spotkania – formularz", B + "protokol_pusty",
                       C + "ProtokolPustyContext"),),
         ("protokol-pusty.docx",), command="protokol", flag="--pusty",
         help="Pusty formularz protokołu i listy obecności do wypełnienia odręcznego."),
    Kind("informacja", "informacja o realizacji", D + "informacja",
         (TemplateSpec("informacja.docx", "Informacja dotycząca realizacji planu działania priorytetowego",
                       B + "informacja", C + "InformacjaContext"),),
         ("informacja.docx",), public=True, command="informacja",
         help="Informacja dotycząca realizacji planu (z oceną realizacji, jeśli sprawa ją zawiera)."),
    Kind("terminarz", "terminarz (kalendarz terminów i spotkań)", D + "terminarz", (), ("terminarz.ics",),
         help="Terminarz planu: terminy działań i spotkania w jednym pliku kalendarza .ics."),
])
del D, B, C
