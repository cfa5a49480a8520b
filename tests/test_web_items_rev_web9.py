"""Two tabs that changed the same list: the merge matches items surely or asks (findings of rev-web9 of issue 17)."""

from __future__ import annotations

import sys

import pytest

from test_web_conflict import _conflict_form
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_2, TEXT, _two_tabs

from pismo.web.form import load
from pismo.web.merge import three_way


@pytest.mark.parametrize("second, expected", [
    (lambda f: (_replace(f, "jednostka.miejscowosc", "Wrzosogród Nowy"), []),
     lambda d: d["jednostka"]["miejscowosc"] == "Wrzosogród Nowy"),
    (lambda f: (_replace(f, "dzialania[2].termin.do", "2026-07-31"), []),
     lambda d: str(d["dzialania"][1]["termin"]["do"]) == "2026-07-31"),
    (lambda f: (f, ["gora:dzialania[3]"]), lambda d: len(d["dzialania"]) == 5),
], ids=["other-field", "other-item", "move"])
def test_a_save_after_the_other_tab_removed_an_item_asks_not_fails(web, second, expected):
    """Finding 4: after tab A removed action 2, any save in tab B ended in „Błąd programu” (ValueError)."""
    page, path = _two_tabs(web, lambda f: (f, ["usun:dzialania[1]"]), second)
    assert "Zmiany na dysku" in page and "Działanie 2" in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = load(path.read_text(encoding="utf-8"))
    assert "wniosek-do-strazy" not in [a["id"] for a in saved["dzialania"]] and expected(saved)
    assert ACTION_2 not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("field, value, written", [
    ("data", "2026-03-20", "data: 2026-03-20"),
    ("status", "częściowo zrealizowane", "status: częściowo zrealizowane"),
])
def test_an_edit_follows_a_moved_item_of_a_list_without_id(web, field, value, written):
    """Finding 1: tab A moved Realizacja › Działanie 2 up; tab B's edit of Działanie 1 (the request to the Mayor)
    was written into the item now first (the request to the municipal police), silently when the values agreed."""
    page, path = _two_tabs(web, lambda f: (f, ["gora:realizacja.dzialania[1]"]),
                           lambda f: (_replace(f, f"realizacja.dzialania[0].{field}", value), []))
    assert "Na dysku zmieniono kolejność elementów listy" in page
    status, _, _ = web.post("/sprawy/sprawa", _conflict_form(page))
    assert status == 303
    saved = path.read_text(encoding="utf-8")
    mayor = saved.index("- dzialanie: wniosek-do-prezydent")
    assert saved.index("- dzialanie: wniosek-do-strazy") < mayor
    assert written in saved[mayor:saved.index("- dzialanie:", mayor + 1)]
    assert saved.count(written) == 1 + TEXT.count(written)


def _partners(n: int, order: list[int], edited: int | None = None) -> list[tuple[str, str]]:
    """A form's pairs for n partners, each with an addressee, the partners standing in order."""
    out = []
    for place, i in enumerate(order):
        address = "ul. Nowa 1" if i == edited else f"ul. Polna {i}"
        out += [(f"partnerzy[{place}].id", f"p{i}"), (f"partnerzy[{place}].__z", str(i)),
                (f"partnerzy[{place}].adresaci[0].nazwa", f"Adresat {i}"),
                (f"partnerzy[{place}].adresaci[0].adres", address), (f"partnerzy[{place}].adresaci[0].__z", "0")]
    return out


def _calls(n: int) -> int:
    """The function calls a merge of n partners makes: tab A moved partner 2 up, tab B edited the last one."""
    calls = 0

    def count(frame, event, arg):
        nonlocal calls
        calls += event in ("call", "c_call")

    base, theirs = _partners(n, list(range(n))), _partners(n, [1, 0, *range(2, n)])
    mine = _partners(n, list(range(n)), edited=n - 1)
    sys.setprofile(count)
    try:
        merge = three_way(base, mine, theirs)
    finally:
        sys.setprofile(None)
    assert [c.key for c in merge.mine] == [f"partnerzy[{n - 1}].adresaci[0].adres"] and not merge.conflicts
    return calls


def test_a_conflict_of_many_nested_lists_takes_work_in_proportion_to_the_case():
    """Finding 8: a conflict of a case with 600 partners, each with its addressees, took two minutes – every
    nested list scanned all the posted values. Four times the partners must cost about four times the work."""
    small, large = _calls(50), _calls(200)
    assert large < 6 * small, (small, large)


@pytest.mark.parametrize("forged", ["3", "03", "2", "\u0661\u0663", "99"])
def test_a_forged_or_repeated_origin_never_drops_the_posted_item(web, forged):
    """Finding 2: `dzialania[1].__z` naming a later item of the list dropped the posted item (and its edit) and
    wrote a second copy of the later one, with „Zapisano”. One naming another posted item's origin is refused
    whole, nothing written (test_web_repeated_origin); any other forged one makes the item an added one."""
    path = web.folder / "sprawa.yaml"
    path.write_text(TEXT, encoding="utf-8")
    fields = _form_fields(web.get("/sprawy/sprawa")[2].decode())
    fields = _replace(_replace(fields, "dzialania[1].__z", forged), "dzialania[1].termin.do", "2026-04-30")
    status, _, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    if forged.isascii() and int(forged) < len(load(TEXT)["dzialania"]):  # another item's: refused
        assert status == 400 and path.read_text(encoding="utf-8") == TEXT
        return
    assert status == 303
    saved = load(path.read_text(encoding="utf-8"))["dzialania"]
    assert [a["id"] for a in saved] == [a["id"] for a in load(TEXT)["dzialania"]]
    assert str(saved[1]["termin"]["do"]) == "2026-04-30"
