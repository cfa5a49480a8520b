"""The case form: every field labelled, hints from the skeleton, lossless round trip of the YAML."""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug.datastructures import MultiDict

from helpers import CASES
from pismo.case.skeleton import skeleton_text
from pismo.web import form, texts


def _schema_paths(model=None, prefix=""):
    from pismo.case import model as m

    for spec in form.specs(model or m.Sprawa):
        path = f"{prefix}.{spec.name}" if prefix else spec.name
        yield path
        if spec.kind == "group":
            yield from _schema_paths(spec.model, path)
        elif spec.kind == "list":
            yield path + "[]"
            yield from _schema_paths(spec.model, path + "[]")
        elif spec.kind == "paragraph_list":
            yield path + "[]"


def test_every_field_of_the_model_has_a_polish_label():
    missing = [p for p in _schema_paths() if texts.label(p) == p.rsplit(".", 1)[-1].removesuffix("[]")]
    assert missing == []


def test_every_label_names_a_field_of_the_model():
    assert set(texts.LABELS) - set(_schema_paths()) == set()


def test_hints_are_the_skeletons_comments():
    assert texts.hint("okres").startswith("Okres planu (zwykle około pół roku)")
    assert texts.hints()["spotkania[].godzina"] == "godzina rozpoczęcia, w cudzysłowie"  # the file's help
    assert texts.hint("spotkania[].godzina") == "godzina rozpoczęcia"  # a time field: no YAML quoting (rev-web17 #5)
    assert texts.hint("realizacja.dzialania[].status").startswith("status: zrealizowane, częściowo")
    assert texts.hint("osoby.komendant.telefon") == texts.hint("osoby.dzielnicowy.telefon") != ""
    skeleton = " ".join(skeleton_text().split())
    for path, hint in texts.hints().items():
        assert hint.split(" ")[0] in skeleton, path
    assert len(texts.hints()) > 80


def _posted(widgets) -> MultiDict:
    """What the browser posts for these widgets."""
    posted = MultiDict()

    def walk(w):
        if w.present:
            posted.add(w.path + ".__byla", "1")
        if w.kind in ("group", "item"):
            for child in w.children:
                walk(child)
        elif w.kind in ("list", "paragraph_list"):
            posted.add(w.path + ".__lista", "1")
            for child in w.children:
                posted.add(child.path + ".__z", "" if child.origin is None else str(child.origin))  # as _pola.html
                walk(child)
        elif w.kind == "bool":
            if w.value:
                posted.add(w.path, "on")
        else:
            posted.add(w.path, w.value)
    for w in widgets:
        walk(w)
    return posted


@pytest.mark.parametrize("path", sorted(CASES.glob("*.yaml")), ids=lambda p: p.stem)
def test_case_file_round_trips_through_the_form_byte_for_byte(path):
    text = path.read_text(encoding="utf-8")
    data = form.from_form(_posted(form.widgets(form.load(text))))
    assert form.to_text(text, data) == (text, True)


def test_skeleton_round_trips_through_the_form():
    text = skeleton_text()
    data = form.from_form(_posted(form.widgets(form.load(text))))
    assert form.to_text(text, data) == (text, True)


def test_changed_paragraphs_and_new_items_are_written_as_yaml_reads_them():
    from pathlib import Path

    from pismo.case.yamlio import parse_case_bytes

    text = (CASES / "leczna-rejon-3-2025.yaml").read_text(encoding="utf-8")
    posted = _posted(form.widgets(form.load(text)))
    posted.setlist("zagrozenie.opis", ["Pierwszy akapit: z dwukropkiem.\n\nDrugi # z krzyżykiem"])
    posted.setlist("spotkania[0].godzina", ["09:30"])
    posted.setlist("rejon.numer", ["XIII"])
    data = form.from_form(posted)
    form.apply_action(data, "dodaj:cel.wskazniki")
    new, kept = form.to_text(text, data)
    read = parse_case_bytes(Path("x.yaml"), new.encode()).data
    assert kept and read["zagrozenie"]["opis"] == ["Pierwszy akapit: z dwukropkiem.", "Drugi # z krzyżykiem"]
    assert read["spotkania"][0]["godzina"] == "09:30" and read["rejon"]["numer"] == "XIII"
    assert read["cel"]["wskazniki"][-1] == {}
    assert new.count("# ") >= text.count("# ")  # no comment lost


def test_unreadable_yaml_is_replaced_and_the_user_told():
    text, kept = form.to_text("jednostka: [\n", {"rejon": {"numer": 3}})
    assert text == "rejon:\n  numer: 3\n" and kept is False


def test_keys_the_form_does_not_show_stay_in_the_file():
    text = (CASES / "leczna-rejon-3-2025.yaml").read_text(encoding="utf-8")
    text = text.replace("rejon:\n", "rejon:\n  uwagi: moje notatki  # klucz spoza wzoru\n  opis:\n", 1)
    posted = _posted(form.widgets(form.load(text)))
    data = form.from_form(posted)
    assert form.to_text(text, data) == (text, True)


def test_new_shapes_round_trip_through_the_form_byte_for_byte():
    """Issue 14's shapes: a deadline in words (bare or as termin.opis), sub-items, relative,
    combined and qualitative indicators, a result in words – nothing lost on a save."""
    wzorzec = Path(__file__).parent / "hostile" / "wzorzec.yaml"
    text = wzorzec.read_text(encoding="utf-8").replace("    termin:\n      opis: w miarę potrzeb\n",
                                                       "    termin: w miarę potrzeb\n")
    assert "termin: w miarę potrzeb" in text
    data = form.from_form(_posted(form.widgets(form.load(text))))
    assert form.to_text(text, data) == (text, True)
    assert data["dzialania"][2]["termin"] == "w miarę potrzeb"


@pytest.mark.parametrize("before, typed, after", [
    # the spelled-out group and its comment stay when its one text is edited
    ("    termin:\n      opis: na bieżąco  # ustalone z komendantem\n", {"opis": "w miarę potrzeb"},
     "    termin:\n      opis: w miarę potrzeb # ustalone z komendantem\n"),
    # from a date to words: the cleared date goes, the group keeps its form
    ("    termin:\n      do: 2026-03-31\n", {"do": "", "opis": "na bieżąco"}, "    termin:\n      opis: na bieżąco\n"),
    # the short form stays short
    ("    termin: na bieżąco\n", {"opis": "cyklicznie, raz w tygodniu"}, "    termin: cyklicznie, raz w tygodniu\n"),
])
def test_a_deadline_in_words_keeps_the_form_the_file_wrote_it_in(before, typed, after):
    text = (CASES / "wrzosogrod-rejon-xiii-2026.yaml").read_text(encoding="utf-8")
    text = text.replace("    termin:\n      do: 2026-03-31\n", before, 1)
    posted = _posted(form.widgets(form.load(text)))
    for key, value in typed.items():
        posted.setlist(f"dzialania[0].termin.{key}", [value])
    new, kept = form.to_text(text, form.from_form(posted))
    assert kept and new == text.replace(before, after, 1)
