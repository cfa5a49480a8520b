"""The generated Informacja reproduces the published reference text word for word."""

from helpers import LECZNA, REFERENCE, normalise, paragraphs, render_kind


def first_difference(expected: list[str], actual: list[str]) -> str | None:
    for number, (want, got) in enumerate(zip(expected, actual), 1):
        if want != got:
            return f"pierwsza różnica w akapicie {number}:\n  wzorzec:  {want}\n  dokument: {got}"
    if len(expected) != len(actual):
        extra = actual[len(expected):] or expected[len(actual):]
        return f"różna liczba akapitów: wzorzec {len(expected)}, dokument {len(actual)}; nadmiar: {extra[0]}"
    return None


def test_informacja_equals_reference():
    [(item, data)] = render_kind(LECZNA, "informacja")
    expected = [normalise(line) for line in REFERENCE.read_text(encoding="utf-8").splitlines() if line.strip()]
    actual = [normalise(p) for p in paragraphs(data)]
    difference = first_difference(expected, actual)
    assert difference is None, difference


def test_comparison_reports_first_difference():
    """The comparison can fail and names the line that differs."""
    message = first_difference(["a", "b", "c"], ["a", "x", "c"])
    assert "akapicie 2" in message and "x" in message
    assert "liczba" in first_difference(["a"], ["a", "b"])
