"""The dictionary's forms in the web form: pre-filled and marked, written only when confirmed, a typed form wins."""

from __future__ import annotations

import re

import pytest

from helpers import LECZNA
from test_web_http import _form_fields, _replace
from web_server import start

CASE = "bez-odmian"
GENITIVE = "Komendy Powiatowej Policji w Łęcznej"


def without_typed_forms(text: str) -> str:
    """The Łęczna case with the unit's genitive and the officer's gender left to the dictionary."""
    assert f"    dopelniacz: {GENITIVE}\n" in text and "    plec: M\n" in text
    return text.replace(f"    dopelniacz: {GENITIVE}\n", "", 1).replace("    plec: M\n", "", 1)


@pytest.fixture
def web(tmp_path):
    running = start(tmp_path)
    (running.folder / f"{CASE}.yaml").write_text(without_typed_forms(LECZNA.read_text(encoding="utf-8")),
                                                  encoding="utf-8")
    yield running
    running.stop()


def _page(web) -> str:
    status, _, body = web.get(f"/sprawy/{CASE}")
    assert status == 200
    return body.decode()


def _field(html: str, path: str) -> str:
    return html.split(f'data-sciezka="{path}"', 1)[1].split("data-sciezka=", 1)[0]


def test_shown_prefilled_and_marked(web):
    html = _page(web)
    field = _field(html, "jednostka.nazwa.dopelniacz")
    assert "Odmiana ze słownika – potwierdź albo popraw" in field
    assert f'name="jednostka.nazwa.dopelniacz" value="{GENITIVE}"' in field
    assert html.split('data-sciezka="jednostka.nazwa.dopelniacz"', 1)[0].endswith("ze-slownika\" ")
    gender = _field(html, "osoby.dzielnicowy.plec")
    assert "Płeć ze słownika imion – potwierdź albo popraw" in gender and '<option value="M" selected>' in gender
    assert "Potwierdź formy ze słownika (2) i zapisz" in html
    typed = _field(html, "jednostka.wydzial.dopelniacz")
    assert "ze słownika" not in typed  # a form the file has is not marked


def test_saving_does_not_write_them_silently(web):
    path = web.folder / f"{CASE}.yaml"
    before = path.read_bytes()
    fields = _form_fields(_page(web))
    status, _, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "zapisz")])
    assert status == 303 and path.read_bytes() == before


def test_confirming_one_writes_it_by_the_odmien_writer(web):
    path = web.folder / f"{CASE}.yaml"
    fields = _form_fields(_page(web))
    status, headers, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "potwierdz:jednostka.nazwa.dopelniacz")])
    assert status == 303
    text = path.read_text(encoding="utf-8")
    assert f"    dopelniacz: {GENITIVE}  # ze słownika – potwierdzone w przeglądarce\n" in text
    assert text.count("plec: M") == LECZNA.read_text(encoding="utf-8").count("plec: M") - 1  # still a suggestion
    assert "Wpisano do pliku formy ze słownika: 1" in web.get(headers["Location"])[2].decode()
    html = _page(web)
    assert "Potwierdź formy ze słownika (1) i zapisz" in html


def test_a_typed_form_wins_over_the_dictionary(web):
    path = web.folder / f"{CASE}.yaml"
    fields = _replace(_form_fields(_page(web)), "jednostka.nazwa.dopelniacz", "Komendy Powiatowej Policji (własna)")
    status, _, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "potwierdz-wszystkie")])
    assert status == 303
    text = path.read_text(encoding="utf-8")
    assert re.search(r"\n    dopelniacz: Komendy Powiatowej Policji \(własna\)\n", text)  # as typed, no mark
    assert "plec: M  # ze słownika – potwierdzone w przeglądarce" in text
    html = _page(web)
    assert "ze słownika – potwierdź albo popraw" not in html and "Potwierdź formy ze słownika" not in html


def test_confirmed_forms_make_the_same_documents_as_typed_ones(web):
    from pismo.web import core

    fields = _form_fields(_page(web))
    web.post(f"/sprawy/{CASE}", fields + [("akcja", "potwierdz-wszystkie")])
    text = (web.folder / f"{CASE}.yaml").read_text(encoding="utf-8")
    confirmed = core.render(text, "x", ["plan"])
    typed = core.render(LECZNA.read_text(encoding="utf-8"), "x", ["plan"])
    assert [d for _, d in confirmed] == [d for _, d in typed]


def test_the_live_check_keeps_a_suggestion_a_suggestion(web):
    import json

    fields = _form_fields(_page(web))
    status, _, body = web.post(f"/sprawy/{CASE}/sprawdz", fields, headers={"X-CSRF-Token": web.csrf})
    answer = json.loads(body)
    assert status == 200
    assert any("odmiana ze słownika" in p["message"] for p in answer["fields"].get("f-jednostka-nazwa-dopelniacz", []))


def test_confirming_needs_the_csrf_token(web):
    path = web.folder / f"{CASE}.yaml"
    before = path.read_bytes()
    fields = [(k, v) for k, v in _form_fields(_page(web)) if k != "csrf"]
    status, _, body = web.post(f"/sprawy/{CASE}", fields + [("akcja", "potwierdz-wszystkie")])
    assert status == 409 and "Traceback" not in body.decode() and path.read_bytes() == before  # shown again, unsaved
    status, _, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "potwierdz-wszystkie")], cookie=False)
    assert status == 403 and path.read_bytes() == before
