"""The case file's messages and what documents print from fields: findings of the tenth messages review (rev-msg10)
of issue 17. Each case is the Wrzosogród example with a line or two changed as an officer would."""

from __future__ import annotations

import pytest

from example_edits import checked as _check, edited as _edited


# --- 1 and 2: a list item opened with Word's dash, a bullet or „-” without its space --------------------------

@pytest.mark.parametrize("line, old, new, sign", [
    (356, "- Ustalenia", "– Ustalenia", "–"),  # the last agenda item
    (356, "- Ustalenia", "— Ustalenia", "—"),
    (356, "- Ustalenia", "• Ustalenia", "•"),
    (356, "- Ustalenia", "\u2212 Ustalenia", "\u2212"),
    (356, "- Ustalenia", "-Ustalenia", "-"),
    (110, "- własnych", "– własnych", "–"),  # the last source, before a blank line
    (173, "- id: zajecia", "– id: zajecia", "–"),  # an action
    (353, "- Otwarcie", "– Otwarcie", "–"),  # finding 2: the FIRST agenda item
])
def test_a_list_item_with_an_odd_dash_is_told_at_the_dash(line, old, new, sign):
    """Findings 1 and 2 of rev-msg10: Word's autocorrected „– ” got a bare „brak dwukropka po nazwie pola” at the
    next line, or „pole „porzadek” to jeden tekst … usuń myślnik” at the correct next item."""
    report = _check((line, old, new))
    column = _edited().split("\n")[line - 1].index("-") + 1
    told = [e for e in report.errors if (e.line, e.column) == (line, column)]
    assert told, [(e.line, e.column, e.message) for e in report.errors]
    assert f"„{sign}”" in told[0].message and "wpisz „- ”" in told[0].message
    assert "brak dwukropka" not in told[0].message and "usuń myślnik" not in told[0].message


def test_a_dash_continuing_a_text_is_not_told_as_an_item():
    """A text's wrapped line opening with „– ” (deeper than the items) is the officer's text: no dash message."""
    report = _check((353, "uczestników.", "uczestników"), (354, "- Przedstawienie", "  – przedstawienie"))
    assert not any(e.line in (353, 354) for e in report.errors), [(e.line, e.message) for e in report.errors]
    assert not any("wpisz „- ”" in p.message for p in report.problems)


# --- 15 and 21: a field pismo completes into its own sentence, opened with a pasted mark or the sentence itself ---

@pytest.mark.parametrize("line, old, new, field, shown", [
    (139, "Wystąpienie", "1. Wystąpienie", "dzialania[0].opis", "„1.”"),
    (139, "Wystąpienie", "– Wystąpienie", "dzialania[0].opis", "„–”"),
    (297, "rozważenie", "1) rozważenie", "wnioski[0].prosba", "„1)”"),
    (297, "rozważenie", "o rozważenie", "wnioski[0].prosba", "„o”"),
    (297, "rozważenie", "Zwracam się z uprzejmą prośbą o rozważenie", "wnioski[0].prosba",
     "„Zwracam się z uprzejmą prośbą o”"),
    (297, "rozważenie", "prośbą o rozważenie", "wnioski[0].prosba", "„prośbą o”"),
    (107, "- zgłoszeń", "- Problem ustalono na podstawie zgłoszeń", "zagrozenie.zrodla[0]",
     "„Problem ustalono na podstawie”"),
])
def test_a_completed_field_opened_with_its_sentence_or_a_mark_is_warned(line, old, new, field, shown):
    """Findings 15 and 21 of rev-msg10: „prośbą o o rozważenie”, „prośbą o Zwracam się z uprzejmą prośbą o …”, a bullet
    before „1. Wystąpienie …” were printed with „poprawny” and no word."""
    report = _check((line, old, new))
    told = [w for w in report.warnings if w.path == field and shown in w.message]
    assert told, [(w.path, w.message) for w in report.warnings]
    assert "usuń" in told[0].message
    assert not report.errors


def test_the_example_s_completed_fields_are_not_warned():
    """The example's own texts („rozważenie …”, „zgłoszeń …”, „Wystąpienie …”) open as pismo's sentence needs."""
    report = _check()
    assert not [w for w in report.warnings if "zdania" in w.message or "wklejony" in w.message]


# --- 9: a topic's own openings beyond „w sprawie”, „dotyczy”, „dot.” -------------------------------------------

@pytest.mark.parametrize("written", [
    "Dotyczy – bezpieczeństwa", "dot.: bezpieczeństwa", "dot.:bezpieczeństwa", "w sprawie dot. bezpieczeństwa",
    "Temat: bezpieczeństwa", "Spotkanie w sprawie bezpieczeństwa", "w/s bezpieczeństwa", "dot bezpieczeństwa",
    "Dotyczy: bezpieczeństwa", "ws. bezpieczeństwa",
])
def test_a_topic_loses_every_opening_of_its_own(written):
    """Finding 9 of rev-msg10: „w sprawie – bezpieczeństwa”, „w sprawie Temat: …”, „w sprawie Spotkanie w sprawie …”."""
    from pismo.documents.context import topic

    assert topic(written + " na osiedlu.") == "bezpieczeństwa na osiedlu"


@pytest.mark.parametrize("written", ["dotacji dla rady osiedla", "tematyki spotkań", "dotychczasowych działań",
                                     "w sprawiedliwym podziale zadań"])
def test_a_topic_opening_with_a_like_word_is_kept(written):
    from pismo.documents.context import topic

    assert topic(written) == written
