"""The save path after the eleventh web review (rev-web11) of issue 17: line ends of a mixed file kept in linear
time, a restore tied to its version, identical copies and one id never written twice, truthful notices, and a
post without the form's fields refused."""

from __future__ import annotations

import random
import time

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import ACTION_2, TEXT
from test_web_rev_web10b import _saved_after_edit

from pismo.web import store

RUN = "    opis: |-\n" + "      wiersz\n" * 8000


def _mixed(text: str, crlf: int = 3) -> bytes:
    """text as a file whose first crlf lines end in CRLF and the rest in LF (a paste from Windows)."""
    return text.encode("utf-8").replace(b"\n", b"\r\n", crlf)


@pytest.mark.parametrize("edit", [lambda t: t.replace("Wrzosogród", "Wrzosogród Dolny", 1),
                                  lambda t: t.replace("Wrzosogród", "Wrzosogród Dolny", 1) + "# koniec\n"],
                         ids=["one-field", "top-and-bottom"])
def test_a_mixed_file_with_a_long_run_of_equal_lines_is_saved_at_once(edit):
    """Finding 9: 14 000 equal lines in a file of CRLF and LF lines – a save took 64 s (6 000: 10 s), quadratic,
    and blocked every other save meanwhile."""
    text = TEXT.replace(ACTION_2, ACTION_2.replace("    opis: >-\n", RUN, 1), 1)
    assert text.count("      wiersz\n") == 8000
    started = time.perf_counter()
    saved = store._as_file(edit(text), _mixed(text))
    assert time.perf_counter() - started < 2
    assert saved == _mixed(edit(text))


def test_a_mixed_file_of_repeated_lines_changed_throughout_is_saved_at_once():
    """Finding 9's harder shape: lines repeated (each under 1 % of the file, so difflib's junk heuristic would not
    help) and changed every 50 lines."""
    rng = random.Random(17)
    lines = [f"  - wiersz {rng.randrange(150)}\n" for _ in range(6000)]
    text = "".join(lines)
    changed = "".join("  - zmieniony\n" if at % 50 == 0 else line for at, line in enumerate(lines))
    started = time.perf_counter()
    saved = store._as_file(changed, _mixed(text, 2))
    assert time.perf_counter() - started < 2
    assert saved.count(b"\r\n") == 2 and saved.replace(b"\r\n", b"\n") == changed.encode("utf-8")


@pytest.mark.parametrize("name, old, new", [
    ("jednostka.telefon", "telefon: 47 855 10 00", "47 855 10 01"),
    ("jednostka.nazwa.mianownik", "mianownik: Komenda Miejska Policji we Wrzosogrodzie", "Komenda Miejska Policji"),
], ids=["lf-line", "crlf-line"])
def test_each_line_keeps_its_end_past_a_run_of_equal_lines(web, name, old, new):
    """Finding 9: the linear alignment still gives each untouched line its own end, past the run."""
    lines = TEXT.replace(ACTION_2, ACTION_2.replace("    opis: >-\n", RUN, 1), 1)
    text = _mixed(lines, 20).decode("utf-8")
    saved = _saved_after_edit(web, text, name, new).decode("utf-8")
    assert saved == text.replace(old, old.split(": ")[0] + ": " + new, 1)
