"""`pismo import` reads a line in time linear in its length (issue 17, review of the importer).

Times are CPU times of this thread compared within one run – a line 4× longer must cost about 4× as much –
never against a fixed limit. tests/regex_audit.py finds patterns by what they do; run it alone for a report
with more prefixes and units: `PYTHONPATH=src python tests/regex_audit.py`.
"""

from __future__ import annotations

import time

import regex_audit
from pismo.importer.recognise import _PLACE_DATE


def _cpu(call, text: str, times: int = 20) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        for _ in range(times):
            call(text)
        best = min(best, time.thread_time() - start)
    return best


def test_a_signature_line_of_hyphens_is_no_place_and_is_refused_in_linear_time():
    """'Podpis' + a row of hyphens took 18 s at 300 hyphens: the town's words and their separator both took "-"."""
    for make in (lambda n: "Podpis" + "-" * n, lambda n: "Aa" + "-a" * n, lambda n: "Wrzosogród " + "- " * n):
        ratio = _cpu(_PLACE_DATE.fullmatch, make(96)) / _cpu(_PLACE_DATE.fullmatch, make(24))
        assert ratio < 10, f"{make(3)!r}…: 4× the line took {ratio:.0f}× the time"
        assert _PLACE_DATE.fullmatch(make(500)) is None


def test_place_and_date_lines_are_still_read():
    for line, place in (("Łęczna, dnia 20.02.2026 r.", "Łęczna"), ("Kędzierzyn-Koźle, 1.02.2026", "Kędzierzyn-Koźle"),
                        ("Nowe Miasto nad Pilicą, dnia 1 marca 2026 r.", "Nowe Miasto nad Pilicą")):
        assert _PLACE_DATE.fullmatch(line).group("place") == place


def test_every_regular_expression_the_importer_applies_grows_linearly():
    """Each pattern compiled by pismo's code while importing the sample plans, by each method it is called with,
    on long runs of hyphens, spaces, letters, digits, dots, commas and mixed units after a prefix."""
    entries = regex_audit.collect()
    assert len(entries) > 100 and any("recognise.py" in e["where"] for e in entries)  # the collection works
    bad = regex_audit.superlinear(entries, longest=4096, quick=True)
    assert not bad, "\n".join(bad)
