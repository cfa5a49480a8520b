"""The reasons a kind of document cannot be made are capped like the problem list (third messages review of
issue 17: 26 000 holes in printed text made two 4 MB lines in `sprawdz` and 26 000 lines in `wszystko`)."""

from __future__ import annotations

from conftest import run
from helpers import LECZNA


def _holes(tmp_path, n: int):
    """The example case with n sub-items of its first action reading UZUPEŁNIJ (printed text: each a reason)."""
    text = LECZNA.read_text(encoding="utf-8")
    anchor = "dzialania:\n"
    start = text.index(anchor)
    first = text.index("opis:", start)
    indent = " " * (first - text.rindex("\n", 0, first) - 1)
    items = "".join(f"{indent}  - UZUPEŁNIJ\n" for _ in range(n))
    case = tmp_path / "sprawa.yaml"
    case.write_text(text[:first] + f"podpunkty:\n{items}{indent}" + text[first:], encoding="utf-8")
    return case


def test_sprawdz_and_wszystko_cap_the_reasons(tmp_path):
    case = _holes(tmp_path, 200)
    checked = run("sprawdz", case)
    assert "i jeszcze" in checked.output and "powod" in checked.output, checked.output[-3000:]
    longest = max(len(line) for line in checked.output.splitlines())
    assert longest < 2000, longest
    made = run("wszystko", case, "-o", tmp_path / "out")
    reasons = [line for line in made.output.splitlines() if "do uzupełnienia" in line and "ostrzeżenie" not in line]
    assert 0 < len(reasons) <= 20, len(reasons)
    assert "(wypisano pierwsze 20)" in made.output, made.output[-3000:]
