"""`pismo import` against the twelfth import review (rev-imp12) of issue 17: ranges cut at their own dash,
boxes in prose, forms of boxes, table columns."""

from __future__ import annotations

import pytest
import yaml

from test_import import mini_plan


def _case(path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text), text


# --- findings 1, 2 and 3: a range of months, quarters or days not after a dash („w okresie IV – VI 2026 r.”)
# was cut at its own dash – the first period left in the action's text; „klas I – III – II kw.” was read as
# „klas I” and quarters III–II; a deadline after an analysed period („z IV kw. 2025 r. – II kw. 2026 r.”) unread.

@pytest.mark.parametrize("line, opis, start, end", [
    ("- Spotkania z mieszkańcami w okresie IV – VI 2026 r.", "Spotkania z mieszkańcami", "2026-04-01", "2026-06-30"),
    ("- Spotkania z mieszkańcami: kwiecień – czerwiec 2026 r.", "Spotkania z mieszkańcami", "2026-04-01",
     "2026-06-30"),
    ("- Kontrole w miesiącach IV – VI 2026 r.", "Kontrole", "2026-04-01", "2026-06-30"),
    ("- Kontrole rejonu sklepu w terminie IV – VI 2026 r.", "Kontrole rejonu sklepu", "2026-04-01", "2026-06-30"),
    ("- Spotkania w szkołach: II kw. – III kw. 2026 r.", "Spotkania w szkołach", "2026-04-01", "2026-09-30"),
    ("- Patrole w dniach 1 – 15 maja 2026 r.", "Patrole", "2026-05-01", "2026-05-15"),
    ("- Prelekcje dla uczniów klas I – III – II kw. 2026 r.", "Prelekcje dla uczniów klas I – III", "2026-04-01",
     "2026-06-30"),
    ("- Analiza zdarzeń z IV kw. 2025 r. – II kw. 2026 r.", "Analiza zdarzeń z IV kw. 2025 r.", "2026-04-01",
     "2026-06-30"),
    ("- Analiza danych za II półrocze 2025 r. – II kw. 2026 r.", "Analiza danych za II półrocze 2025 r.",
     "2026-04-01", "2026-06-30"),
])
def test_a_range_is_read_whole_wherever_it_stands(tmp_path, line, opis, start, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert found["opis"] == opis, written
    assert (str(found["termin"]["od"]), str(found["termin"]["do"])) == (start, end), written


@pytest.mark.parametrize("line, opis, end", [("- Kontrole ul. 1 Maja – czerwiec 2026 r.", "Kontrole ul. 1 Maja",
                                             "2026-06-30")])
def test_a_street_named_by_a_date_is_no_range(tmp_path, line, opis, end):
    path, _text, _output = mini_plan(tmp_path, {3: [line]}, replace=True)
    case, written = _case(path)
    found = case["dzialania"][0]
    assert (found["opis"], str(found["termin"]["do"])) == (opis, end), written


# --- findings 18 and 26: boxes in prose – a line opening with its box split at a box inside its sentence
# („forma: ☒ pismo ☐ e-mail” became actions „pismo”, „e-mail”); a box ending each item („… 2026 r. ☒”) was
# taken for one inside the sentence: the deadline unread, the sign kept, the unticked item not told apart.

_UNTICKED_NOTE = "niezaznaczone pole albo krzyżyk"
_PROSE_NOTE = "w środku tego zdania stoi znak pola wyboru"


def test_a_box_inside_the_sentence_of_a_boxed_line_stays_text(tmp_path):
    extra = {3: ["☒ Kontrole rejonu sklepu, forma: ☒ pismo ☐ e-mail – do 30.06.2026 r.",
                 "☐ Spotkanie z mieszkańcami – do 31.07.2026 r."],
             4: ["☒ Straż Miejska w Borównie. Wspólne patrole. Zakres: ☒ kamery ☐ oświetlenie.",
                 "☐ Rada Osiedla. Ulotki dla mieszkańców."]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    case, written = _case(path)
    assert [a["opis"] for a in case["dzialania"]] == ["Kontrole rejonu sklepu, forma: ☒ pismo ☐ e-mail",
                                                       "Spotkanie z mieszkańcami"], written
    assert str(case["dzialania"][0]["termin"]["do"]) == "2026-06-30", written
    assert [p["nazwa"] for p in case["partnerzy"]] == ["Straż Miejska w Borównie", "Rada Osiedla"], written
    assert written.count(_PROSE_NOTE) == 2 and written.count(_UNTICKED_NOTE) == 2, written


def test_a_box_ending_each_item_is_its_box(tmp_path):
    extra = {3: ["- Kontrole rejonu sklepu – do 30.06.2026 r. ☒", "- Spotkanie z mieszkańcami – do 31.07.2026 r. ☐"],
             4: ["- Straż Miejska w Borównie. Wspólne patrole. ☒", "- Rada Osiedla. Ulotki dla mieszkańców. ☐"]}
    path, _text, _output = mini_plan(tmp_path, extra, replace=True)
    case, written = _case(path)
    assert [(a["opis"], str(a["termin"]["do"])) for a in case["dzialania"]] == [
        ("Kontrole rejonu sklepu", "2026-06-30"), ("Spotkanie z mieszkańcami", "2026-07-31")], written
    assert [p["zadania"] for p in case["partnerzy"]] == ["Wspólne patrole.", "Ulotki dla mieszkańców."], written
    assert _PROSE_NOTE not in written and written.count(_UNTICKED_NOTE) == 2, written


# --- finding 10: a symbol font's text as LibreOffice saves it – the private-use character („\uf0a8” in a
# Wingdings run, „\uf0b4” in a Symbol run) instead of w:sym – was no sign: ◻ read as a bullet, the unticked way of
# informing kept unmarked; „×” printed as U+F0B4.

def test_private_use_characters_of_a_symbol_font_are_its_signs(tmp_path):
    from test_import import _MINI, _MINI_TITLE, run
    from test_import_rev_imp6 import _docx, _run
    from test_import_rev_imp7 import W

    def wingdings(code):
        return _run(chr(code), '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>')
    options = [(0xF0FE, "Strona internetowa KPP."), (0xF0A8, "Prasa lokalna."), (0xF0FE, "Rozmowy z mieszkańcami.")]
    times = _run("Zniszczono 100 ") + _run("\uf0b4", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>') + _run(" 2 kamery.")
    lines = [_MINI_TITLE, *_MINI[1], *_MINI[2], *_MINI[3], *_MINI[4], _MINI[5][0]]
    paragraphs = [f"<w:p {W}>{_run(line)}</w:p>" for line in lines]
    paragraphs.insert(2, f"<w:p {W}>{times}</w:p>")
    paragraphs += [f"<w:p {W}>{wingdings(code)}{_run(' ' + text)}</w:p>" for code, text in options]
    source = tmp_path / "plan.docx"
    source.write_bytes(_docx(*paragraphs))
    result = run("import", source, "-o", tmp_path / "plan.yaml")
    assert result.exit_code == 0, result.output
    case, written = _case(tmp_path / "plan.yaml")
    assert "Zniszczono 100 × 2 kamery." in case["zagrozenie"]["opis"], written
    assert case["informowanie"] == [text for _code, text in options], written
    assert written.count(_UNTICKED_NOTE) == 1 and "\uf0a8" not in written and "\uf0fe" not in written, written


# --- finding 13: part 5 ticked with a filled square or dot („■ …” / „□ …”, „◉ …” / „○ …”, „● …” / „○ …”): the
# empty option was kept as chosen, unmarked.

@pytest.mark.parametrize("filled, empty", [("■", "□"), ("◉", "○"), ("●", "○")])
def test_an_empty_sign_among_its_filled_pair_is_an_unticked_option(tmp_path, filled, empty):
    ways = ["Strona internetowa KPP.", "Prasa lokalna.", "Rozmowy z mieszkańcami."]
    lines = [f"{filled} {ways[0]}", f"{empty} {ways[1]}", f"{filled} {ways[2]}"]
    path, _text, _output = mini_plan(tmp_path, {5: lines}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ways, written
    assert written.count(_UNTICKED_NOTE) == 1 and f"(„{empty}”)" in written, written


# --- finding 20: yes/no form tables whose answer columns are named otherwise than „Tak | Nie” („T | N”,
# „Wybrano | Nie wybrano”, „Nie dotyczy | Tak”, one column „Zastosowano (tak/nie)”): the header became a way of
# informing, the options „… – X” / „… – nie”, the rejected ones unmarked.

@pytest.mark.parametrize("header, rows", [
    ("Sposób informowania\tT\tN", ["Strona KPP\tX\t", "Ulotki\t\tX", "Zebrania\tX\t"]),
    ("Sposób informowania\tWybrano\tNie wybrano", ["Strona KPP\tX\t", "Ulotki\t\tX", "Zebrania\tX\t"]),
    ("Sposób informowania\tNie dotyczy\tTak", ["Strona KPP\t\tX", "Ulotki\tX\t", "Zebrania\t\tX"]),
    ("Sposób informowania\tZastosowano (tak/nie)", ["Strona KPP\ttak", "Ulotki\tnie", "Zebrania\ttak"]),
])
def test_answer_columns_named_otherwise_are_an_answer_form(tmp_path, header, rows):
    path, _text, _output = mini_plan(tmp_path, {5: [header, *rows]}, replace=True)
    case, written = _case(path)
    assert case["informowanie"] == ["Strona KPP", "Ulotki", "Zebrania"], written
    assert written.count(_UNTICKED_NOTE) == 1, written
