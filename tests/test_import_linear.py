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


def _ratio(call, make, n: int, times: int = 3) -> float:
    return _cpu(call, make(4 * n), times) / _cpu(call, make(n), times)


def test_a_paragraph_of_abbreviations_is_read_in_linear_time():
    """'Ul. Ul. Ul. …': each stop after an abbreviation looked back over the whole text before it (50 kB: 11 s)."""
    from pismo.importer.items import sentence_end

    assert _ratio(sentence_end, lambda n: "Ul. " * n, 1000) < 10
    assert sentence_end("Spotkanie przy ul. Lipowej 3. Potem patrol.") == len("Spotkanie przy ul. Lipowej 3")
    assert sentence_end("Informacja: Tablica") == len("Informacja")


def test_an_e_mail_in_a_long_word_is_found_in_linear_time():
    """A long word around an "@": every start in the word ran the domain to its end (34 kB: 23 s)."""
    from pismo.importer.header import find_email

    assert _ratio(find_email, lambda n: "a" * n + "@" + "b-" * n, 1000) < 10
    assert _ratio(find_email, lambda n: "x" * n + "@" + "y" * n, 1000) < 10
    assert find_email("Sporządził: st. sierż. Jan Nowak, e-mail: jan.nowak@lc.lu.policja.gov.pl")[0] == \
        "jan.nowak@lc.lu.policja.gov.pl"


def test_words_broken_at_line_ends_are_joined_in_linear_time():
    """A long word before a hyphen, and a chain of lines each ending in one, were searched from their start at
    every join (32 kB: 34 s; 4 000 lines: 50 s)."""
    from pismo.importer.lines import rejoin_broken_words

    assert _ratio(rejoin_broken_words, lambda n: ["Opis " + "a" * n + "-x", "dalej"], 2000) < 10
    assert _ratio(rejoin_broken_words, lambda n: ["Opis " + "a" * n + "-", "dalej"], 2000) < 10
    assert _ratio(rejoin_broken_words, lambda n: ["żenia i kolejne zagro-"] * n, 500, 1) < 10
    assert rejoin_broken_words(["Zagro-", "żenie w", "informacyjno-", "profilaktycznych x", "1-", "x"]) == \
        (["Zagrożenie w", "informacyjno-profilaktycznych x", "1-", "x"], 2)


def test_a_long_line_is_no_heading_and_a_heading_is_quoted_short(tmp_path):
    """'Porady' + 50 000 letters was taken for an advice heading and quoted whole in the note of each of 2 000
    lines after it (162 kB: 46 s, 914 MB, then a refusal). A heading is short; the note quotes 80 characters."""
    from test_import import mini_plan

    long_word = "Porady" + "x" * 5000
    path, _text, _output = mini_plan(tmp_path, {5: [long_word, "- rada numer 1", "- rada numer 2"]})
    case = path.read_text(encoding="utf-8")
    assert "od nagłówka" not in case and case.count("x" * 5000) == 1
    heading = "Porady dla mieszkańców wyjeżdżających: zabezpieczenie samochodów-osobowych-dostawczych-ciężarowych"
    source = tmp_path / "second.txt"
    source.write_text(_text.replace(long_word, heading), encoding="utf-8")
    from pismo.importer import import_plans

    notes = [note for text in import_plans(source)[0].plan.informing for note in text.notes]
    assert len(notes) == 3 and all(f"od nagłówka „{heading[:79].rstrip()}…”" in note for note in notes), notes


def test_part_1_prose_of_many_wrapped_lines_is_joined_in_linear_time():
    """Lines of a PDF's text each continuing the sentence before: the paragraph's text grew by `+=` at every line,
    copying it whole (a 47 kB .docx of 18 500 lines: 56 s). Finding 1 of the sixth import review (rev-imp6)."""
    from pismo.importer.lines import Line
    from pismo.importer.recognise import _prose

    def entries(n):
        return [(Line(("wiersz tekstu " * 30).strip(), number=i), None) for i in range(n)]

    assert _ratio(_prose, entries, 1500, 1) < 10
    out = _prose([(Line("Opis zagrożenia w rejonie"), None), (Line("ciągnie się dalej."), "uwaga"),
                  (Line("Nowe zdanie."), None)])
    assert [(t.value, t.notes) for t in out] == [("Opis zagrożenia w rejonie ciągnie się dalej.", ["uwaga"]),
                                                 ("Nowe zdanie.", [])]


def test_a_paragraph_of_many_struck_runs_is_read_in_linear_time():
    """A passage struck through over thousands of runs grew by `+=` at every run (80 000 runs: 20 s for this step
    alone). Finding 2 of the sixth import review (rev-imp6)."""
    from lxml import etree

    from pismo.importer.sources import _struck

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def body(n):
        run = f'<w:r><w:rPr><w:strike/></w:rPr><w:t>{"przekreślone " * 25}</w:t></w:r>'
        return etree.fromstring(f'<w:body xmlns:w="{w}"><w:p>{run * n}<w:r><w:t>dalej</w:t></w:r>{run}</w:p></w:body>')

    assert _ratio(lambda tree: _struck(tree, {}), body, 4000, 1) < 10
    texts = _struck(body(3), {})
    assert texts == ["przekreślone " * 75, "przekreślone " * 25]


def test_a_text_row_of_thousands_of_cells_is_text_and_no_cell_is_tried_as_a_deadline(tmp_path, monkeypatch):
    """A row of 2.5 million tab-separated cells tried each as a deadline (10 MB: 62 s). A plan's table has two to
    six columns; a line of more cells than any is read as text, its deadline at its end. Finding 12 of the sixth
    import review (rev-imp6)."""
    import yaml

    from pismo.importer import items
    from test_import import mini_plan

    tried = []
    original = items.parse_spec
    monkeypatch.setattr(items, "parse_spec", lambda *args: tried.append(1) or original(*args))
    row = "1.\t" + "\t".join(["x"] * 5000) + "\tdo 31.08.2026 r."
    path, _text, _output = mini_plan(tmp_path, {3: [row]})
    assert len(tried) < 100, len(tried)
    actions = yaml.safe_load(path.read_text(encoding="utf-8"))["dzialania"]
    assert any(a["opis"].startswith("x x x") and str(a["termin"]["do"]) == "2026-08-31" for a in actions), actions
    from pismo.importer.lines import MAX_CELLS, text_line

    assert text_line("\t".join(["a"] * MAX_CELLS), 1).cells  # a wide table still is one
    assert not text_line("\t".join(["a"] * (MAX_CELLS + 1)), 1).cells
    assert text_line("\t" * 1000 + "Działanie\tTermin", 1).cells == ("Działanie", "Termin")
