"""`--publikacja` after the sixteenth publication review (rev-pub16), helper pub29: the public version's work grows
with the text (finding 20) and leaks and over-cuts of that review."""

from __future__ import annotations

import sys

import pytest
from lxml import etree

from pismo.publication.redact import Scrubber, scrub
from pismo.render import public
from test_publikacja_rev_pub15 import UNIT, _gone, _kept

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --- finding 20: a long paragraph ------------------------------------------------------------------------------------

PLACES = ["pod sklepem", "na klatce", "przy garażach", "na boisku", "za szkołą", "pod wiatą", "na placu zabaw"]


def _line(i: int) -> str:
    """A distinct note's line, a phone in one of five: long unchanged stretches between sparse removals."""
    text = f"Wpis: {i % 28 + 1}.{i % 12 + 1:02d} godz. {i % 24}:{i % 60:02d} {PLACES[i % 7]} piją, zgłoszeń {i}"
    return text + (f", tel. 606 {100 + i % 900} {200 + i % 700}." if i % 5 == 0 else ".")


def _paragraph(lines: int):
    """A w:p of one run per line, line breaks between: a pasted chat export in one field."""
    runs = "<w:r><w:br/></w:r>".join(f"<w:r><w:t>{_line(i)}</w:t></w:r>" for i in range(lines))
    return etree.fromstring(f'<w:p xmlns:w="{W}">{runs}</w:p>')


class _Known:
    """A scrubber whose answers were worked out before: counting then sees only the mapping onto the runs."""

    def __init__(self, text: str) -> None:
        real = Scrubber(UNIT)
        self.text, self.cleaned, self.found = text, real(text), real.spans(text)

    def __call__(self, text: str) -> str:
        assert text == self.text
        return self.cleaned

    def spans(self, text: str):
        assert text == self.text
        return self.found


def _steps(call) -> int:
    """Calls made while call() runs, Python's and built-ins' (a diff's inner loop calls dict.get per step)."""
    count = 0

    def counted(frame, event, arg):
        nonlocal count
        count += event in ("call", "c_call")
    sys.setprofile(counted)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def _mapping_steps(lines: int) -> int:
    paragraph = _paragraph(lines)
    known = _Known("\n".join(t.text for t in paragraph.iter(f"{{{W}}}t")))  # a w:br reads as a line break
    steps = _steps(lambda: public._scrub_paragraph(paragraph, known))
    assert "tel. 606" not in etree.tostring(paragraph, encoding="unicode")
    return steps


def test_the_scrubbers_changes_go_back_into_the_runs_in_steps_growing_with_the_text():
    """rev-pub16 20: one paragraph of 52 kB took two minutes, a diff of the text against its scrubbed copy; four
    times the text takes about four times the steps, not sixteen."""
    small, large = _mapping_steps(200), _mapping_steps(800)
    assert large < 5 * small, (small, large)


def test_a_whole_paragraph_is_scrubbed_in_steps_growing_with_the_text():
    """The scrubber and the mapping together, on the text as pismo hands it over (a scrubber that says its spans)."""
    def steps(lines: int) -> int:
        paragraph = _paragraph(lines)
        return _steps(lambda: public._scrub_paragraph(paragraph, Scrubber(UNIT)))
    small, large = steps(100), steps(400)
    assert large < 5 * small, (small, large)


def test_the_markers_land_in_the_runs_they_replace_and_the_runs_keep_their_text():
    """Each marker goes into the run where the removed text began; the others keep their text as written."""
    paragraph = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>Zgłosiła Halina </w:t></w:r><w:r><w:t>Kwiatkowska, '
                                 f'tel. 606 </w:t></w:r><w:r><w:t>100 200. Koniec.</w:t></w:r></w:p>')
    assert public._scrub_paragraph(paragraph, Scrubber(UNIT))
    texts = [t.text for t in paragraph.iter(f"{{{W}}}t")]
    assert texts[0].startswith("Zgłosiła ") and "[imię i nazwisko usunięte]" in texts[0], texts
    assert "Kwiatkowska" not in "".join(texts) and "606" not in "".join(texts), texts
    assert texts[2].endswith(". Koniec."), texts


def test_a_scrubber_without_spans_still_has_its_changes_written():
    """A plain function (no spans) is still followed: its changed stretch is written, the rest stays in its runs."""
    paragraph = etree.fromstring(f'<w:p xmlns:w="{W}"><w:r><w:t>Dzwonił Jan </w:t></w:r><w:r><w:t>Nowak wczoraj'
                                 f'</w:t></w:r><w:r><w:t> o 9.</w:t></w:r></w:p>')
    assert public._scrub_paragraph(paragraph, lambda text: text.replace("Jan Nowak", "[osoba]"))
    texts = [t.text for t in paragraph.iter(f"{{{W}}}t")]
    assert "".join(texts) == "Dzwonił [osoba] wczoraj o 9." and texts[2] == " o 9.", texts


# --- findings 1 and 17: a common first name the dictionary also reads as a village; a family's case --------------------

@pytest.mark.parametrize("text, secrets", [
    ("Wczoraj była u nich Anna.", ["Anna"]),
    ("Kłóci się z nim Grażyna.", ["Grażyna"]),
    ("Przywódca grupy to Jakub.", ["Jakub"]),
    ("Ten w czerwonej kurtce to Paweł.", ["Paweł"]),
    ("Ekipa: lider Marek.", ["Marek"]),
    ("Młodzież: najstarszy Wiktor.", ["Wiktor"]),
    ("Widziałem tam Annę.", ["Annę"]),
    ("Dzwoniła do mnie potem jeszcze raz Irena.", ["Irena"]),
    ("Kto rzucał butelkami? Podobno Daniel.", ["Daniel"]),
    ("Skarga od Zofii.", ["Zofii"]),
    ("Poszedłem do Ireny.", ["Ireny"]),
    ("Dane od Wandy z monitoringu.", ["Wandy"]),
    ("Na klatce pali z nimi Julia.", ["Julia"]),
    ("Grupa „Chłopaki z Orlika” – szef Dawid, 17 l.", ["Dawid"]),
    ("Wczoraj była u nich Katarzyna.", ["Katarzyna"]),
])
def test_a_common_first_name_without_a_places_context_goes(text, secrets):
    """rev-pub16 1: a pronoun, „to”, a role noun, an adverb, „od/do” before one of the commonest first names give
    no place's context; its village reading in the dictionary does not keep it."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, secrets", [
    ("Sprawa Nowak – przemoc domowa.", ["Nowak"]),
    ("Sprawa Nowak.", ["Nowak"]),
    ("Rada: Sprawa Nowak – przemoc domowa – do komisji.", ["Nowak"]),
    ("Sprawa Nowak c/a Kowalski.", ["Nowak"]),
])
def test_a_family_named_in_a_cases_title_goes(text, secrets):
    """rev-pub16 17: „Sprawa Nowak” names a family (here under „przemoc domowa”), not a village."""
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Mieszkańcy Józefowa i Stanisławowa piją.", ["Józefowa", "Stanisławowa"]),
    ("Policja w Józefowie.", ["Józefowie"]),
    ("Józefów to miasto.", ["Józefów"]),
    ("Jadę do Łęcznej przez Puchaczów.", ["Łęcznej", "Puchaczów"]),
    ("Festyn w Zofii.", ["Zofii"]),
    ("Sprawa Łęczna.", ["Łęczna"]),
])
def test_places_and_words_stay(text, words):
    """A place's context still makes a place; a town of „-ów” is no first name's genitive plural."""
    _kept(text, words)
