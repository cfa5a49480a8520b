"""`pismo import` against the resource findings of the third import review, second part (rev-imp3, issue 17): the
work of every loop over what a file gives goes by what it makes and is bounded before it runs – counted here in
calls and characters, never in seconds (bench/import_resources.py shows the times)."""

from __future__ import annotations

import io

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from helpers import REFERENCE
from test_import import _refused
from pismo.importer import sources

LINES = REFERENCE.read_text(encoding="utf-8").splitlines()


def _table_docx(rows_xml: str) -> bytes:
    """A Word document holding one table of the given rows."""
    document = docx.Document()
    document.add_paragraph("3. Proponowane działania")
    document.element.body.append(parse_xml(f"<w:tbl {nsdecls('w')}>{rows_xml}</w:tbl>"))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _cell(body: str = "", merge: str | None = None) -> str:
    vmerge = "" if merge is None else f'<w:tcPr><w:vMerge{f" w:val={chr(34)}{merge}{chr(34)}" if merge else ""}/></w:tcPr>'
    return f"<w:tc>{vmerge}<w:p>{body}</w:p></w:tc>"


def _produced(monkeypatch) -> list[int]:
    """Characters of every paragraph text the reader makes."""
    made, original = [], sources._text
    monkeypatch.setattr(sources, "_text", lambda p: made.append(len(text := original(p))) or text)
    return made


# --- finding 2: a vertically merged cell copied into every row it spans.

def test_a_merged_cell_of_symbols_is_long_and_read_once(monkeypatch):
    """50 000 w:sym made no w:t text, so the cell counted as short and was copied into every row (111 s)."""
    symbols = '<w:r>' + '<w:sym w:font="Symbol" w:char="F061"/>' * 2000 + '</w:r>'
    rows = f"<w:tr>{_cell(symbols, 'restart')}</w:tr>" + f"<w:tr>{_cell(merge='')}</w:tr>" * 50
    made = _produced(monkeypatch)
    lines, _warnings = sources.read_docx(_table_docx(rows))
    assert sum(line.text.count("α") for line in lines) == 2000, [line.text[:20] for line in lines]
    assert sum(made) < 2000 + 100, sum(made)


def test_merged_cells_add_at_most_their_budget_to_a_document(monkeypatch):
    """1 000 short cells merged over 150 rows made 73 MB of text from a 60 kB file: the copies have a budget, and
    a cell is read once however many rows it spans."""
    text = "Straż Miejska we Wrzosogrodzie " * 13  # 403 characters: short enough to be copied
    first = "<w:tr>" + "".join(_cell(f"<w:r><w:t>{text}</w:t></w:r>", "restart") for _ in range(40)) + "</w:tr>"
    rows = first + ("<w:tr>" + _cell(merge="") * 40 + "</w:tr>") * 100
    made = _produced(monkeypatch)
    lines, _warnings = sources.read_docx(_table_docx(rows))
    copied = sum(len(line.text) for line in lines) - 40 * len(text.strip())
    assert 0 < copied <= sources.MAX_MERGED_COPIES + 100 * 40, copied
    assert sum(made) <= 40 * len(text) + 100, sum(made)
    assert sum(1 for line in lines if line.cells) > 1  # the first rows still get their copies


def test_a_table_of_too_many_lines_is_refused_while_read(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_LINES", 100)
    rows = "".join(f"<w:tr>{_cell(f'<w:r><w:t>Kontrola punktu {n}</w:t></w:r>')}"
                   f"{_cell('<w:r><w:t>na bieżąco</w:t></w:r>')}</w:tr>" for n in range(1000))
    made = _produced(monkeypatch)
    source = tmp_path / "plan.docx"
    source.write_bytes(_table_docx(rows))
    _refused(tmp_path, source, "plik ma ponad 100 wierszy tekstu")
    assert len(made) <= 2 * 102 + 10, len(made)


# --- finding 5: the goal's targets read in O(targets × goal), every target's note listing every number.

class _Counting:
    """A compiled pattern whose finditer calls are counted."""

    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def finditer(self, *args):
        self.calls += 1
        return self.pattern.finditer(*args)


def test_the_goals_numbers_are_found_once_per_paragraph_and_targets_stop_past_the_limit(monkeypatch):
    from pismo.case.yamlio import MAX_ITEMS
    from pismo.importer import targets

    counted = _Counting(targets._COUNT)
    monkeypatch.setattr(targets, "_COUNT", counted)
    built, original = [], targets._indicator
    monkeypatch.setattr(targets, "_indicator", lambda *args: built.append(1) or original(*args))
    goal = " ".join(f"Zmniejszenie liczby zgłoszeń typu {n} o {n % 90 + 1}%." for n in range(3000))
    found = targets.indicators([goal, "Sposób oceny: analiza zgłoszeń."])
    assert len(found) == MAX_ITEMS + 1 and len(built) == MAX_ITEMS + 1, (len(found), len(built))
    assert counted.calls <= 2, counted.calls


def test_a_targets_note_quotes_at_most_ten_numbers():
    from pismo.importer import targets

    goal = " ".join(f"Zmniejszenie liczby interwencji o {n % 90 + 1}% (w 2022 r. {n + 10} interwencji)."
                    for n in range(600))
    found = targets.indicators([goal])
    assert len(found) == 600
    note = next(note for note in found[0].notes if "kilka liczb" in note)
    assert "(10 interwencji, 11 interwencji," in note and "19 interwencji i 590 innych)" in note, note
    assert max(len(note) for indicator in found for note in indicator.notes) < 400


# --- finding 6: thousands of wrapped lines joined into one action, its end read again for every line (94 s).

def _wrapped(lines: int) -> list[str]:
    """An action wrapped over many lines, none of which names a deadline."""
    return ["- Kontrole rejonu skweru w godzinach wieczornych, w tym"] + [f"kontrola punktu numer {n} oraz"
                                                                        for n in range(lines)]


def _wrapped_action(lines: int) -> list:
    from pismo.importer.lines import typed_line

    return [(typed_line(text, n), None) for n, text in enumerate(_wrapped(lines), 1)]


def test_a_joined_line_costs_what_it_adds_not_what_the_item_holds(monkeypatch):
    from pismo.importer import items

    asked, original = [], items.split_deadline
    monkeypatch.setattr(items, "split_deadline", lambda text, period: asked.append(len(text)) or original(text, period))
    grouped = items.group_items(_wrapped_action(500), None)
    assert len(grouped) == 1 and "punktu numer 499" in grouped[0].text
    assert len(asked) <= 501 and max(asked, default=0) <= 500, (len(asked), max(asked, default=0))


def test_an_item_of_too_many_joined_lines_is_refused_while_joined(tmp_path, monkeypatch):
    from pismo.importer import items

    asked, original = [], items.split_deadline
    monkeypatch.setattr(items, "split_deadline", lambda text, period: asked.append(1) or original(text, period))
    source = tmp_path / "plan.txt"
    lines = LINES[:]
    at = next(i for i, text in enumerate(lines) if text.startswith("3. Proponowane")) + 1
    lines[at:at] = _wrapped(5000)
    source.write_text("\n".join(lines), encoding="utf-8")
    _refused(tmp_path, source, f"ma ponad {items.MAX_ITEM_TEXT} znaków (dołączono do niej kolejne wiersze")
    assert len(asked) < 1000, len(asked)


# --- finding 10: the hidden-text walk climbed from every run to the body (130 000 runs 240 levels deep: 12 s).

def test_hidden_runs_deep_in_markup_are_removed_in_one_walk(monkeypatch):
    from docx.oxml.text.run import CT_R

    climbed, original = [], CT_R.iterancestors
    monkeypatch.setattr(CT_R, "iterancestors", lambda self, *tags: climbed.append(1) or original(self, *tags),
                        raising=False)
    runs = ('<w:r><w:rPr><w:vanish/></w:rPr><w:t>ukryte</w:t></w:r><w:r><w:t>widoczne </w:t></w:r>') * 300
    depth = 200
    paragraph = f"<w:p {nsdecls('w')}>" + '<w:customXml w:element="x">' * depth + runs + "</w:customXml>" * depth + \
        "</w:p>"
    document = docx.Document()
    document.element.body.append(parse_xml(paragraph))
    out = io.BytesIO()
    document.save(out)
    lines, warnings = sources.read_docx(out.getvalue())
    assert [line.text for line in lines] == [" ".join(["widoczne"] * 300)], [line.text[:40] for line in lines]
    assert any("ukryte" in warning and "Ukryty" in warning for warning in warnings), warnings
    assert len(climbed) <= 10, len(climbed)


def test_nested_unfilled_controls_are_read_once(monkeypatch):
    """A removed control still reports the document's root, so each nested one was read again: 80 levels round
    20 000 runs took minutes (the class of finding 10)."""
    depth, runs = 30, 500
    controls = '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>' * depth
    paragraph = (f"<w:p {nsdecls('w')}>{controls}" + "<w:r><w:t>tekst </w:t></w:r>" * runs
                 + "</w:sdtContent></w:sdt>" * depth + "</w:p>")
    document = docx.Document()
    document.element.body.append(parse_xml(paragraph))
    out = io.BytesIO()
    document.save(out)
    asked, original = [], sources._value
    monkeypatch.setattr(sources, "_value", lambda *args: asked.append(1) or original(*args))
    _lines, warnings = sources.read_docx(out.getvalue())
    assert len(asked) <= 2 * runs + 500, len(asked)
    assert len(warnings) == 1 and "wymieniono" not in warnings[0], warnings
