"""A forged post whose two items of one list name the same item of the file as their origin (form.ORIGIN): the
form's reading (form._origins: the list's first by place) and the merge's (merge.by_origin: the first posted)
disagreed, and one item's edit was written over another's. Such a post is refused – 400, a Polish reason, nothing
written (one reading, at one place: form.repeated_origin)."""

from __future__ import annotations

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web import form


def _items_first(fields, head: str, first: str):
    """The pairs with the item `first` of list `head` posted before the list's other items (a forged body)."""
    mine = [(k, v) for k, v in fields if k.startswith(first + ".") or k == first]
    rest = [(k, v) for k, v in fields if (k, v) not in mine]
    at = next(i for i, (k, _) in enumerate(rest) if k.startswith(head + "["))
    return rest[:at] + mine + rest[at:]


@pytest.mark.parametrize("origin", ["1", "01"])
@pytest.mark.parametrize("reordered", [False, True])
def test_two_items_naming_one_origin_are_refused_and_nothing_is_written(web, origin, reordered):
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    fields = _replace(_replace(fields, "dzialania[0].__z", origin), "dzialania[0].termin.do", "2026-04-30")
    if reordered:  # by_origin takes the first posted, _origins the first by place
        fields = _items_first(fields, "dzialania", "dzialania[1]")
    status, _, body = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    page = body.decode()
    assert status == 400, page[:2000]
    assert "Nie zapisano" in page and "Działanie 1" in page and "Działanie 2" in page and "nic nie zapisano" in page
    assert "Traceback" not in page
    assert path.read_text(encoding="utf-8") == TEXT
    assert not (web.folder / ".pismo-historia").exists() or not any((web.folder / ".pismo-historia").rglob("*.yaml"))


def test_the_rule_reads_origins_as_the_form_does():
    assert form.repeated_origin([("a[0].__z", "1"), ("a[1].__z", "01")]) == ("a[0]", "a[1]")
    assert form.repeated_origin([("a[0].__z", "1"), ("b[0].__z", "1"), ("a[1].__z", ""), ("a[2].__z", "x")]) is None
    assert form.repeated_origin([("s[0].u[0].__z", "0"), ("s[1].u[0].__z", "0")]) is None  # two lists
    assert form.repeated_origin([("a[0].__z", "1"), ("a[0].__z", "1")]) is None  # one item posted twice
