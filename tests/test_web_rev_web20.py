"""The twentieth web review (rev-web20) of issue 17: what the pages say, named as the server names it."""

from __future__ import annotations

import pytest

from test_web_http import _form_fields, _upload, web  # noqa: F401 - web: the server fixture
from test_web_rev_web16 import _words
from test_web_rev_web19 import _pages

from pismo.web import merge

MEETING = "spotkania[0]"
AGENDA = f"{MEETING}.porzadek"


def _agenda(web) -> str:
    from test_web_items import TEXT

    (web.folder / "sprawa.yaml").write_text(TEXT, encoding="utf-8")
    return dict(_form_fields(web.get("/sprawy/sprawa")[2].decode()))[AGENDA]


def test_a_list_of_lines_the_disk_changed_is_told_line_by_line_in_the_whole_item_question(web):
    """Finding 2: the form removed a meeting, the disk added an agenda point to it – „Zmiany tego elementu na
    dysku” showed the whole old agenda „→” the whole new one run together („…zakończenie spotkania. → Otwarcie
    spotkania.”), the one point added lost among the ones that stayed."""
    agenda = _agenda(web)
    page, _ = _pages(web, [(AGENDA, agenda + "\r\nPUNKT Z DYSKU")], [f"usun:{MEETING}"])
    words = _words(page)
    changes = words[words.index("Zmiany tego elementu na dysku"):words.index("Twoje zmiany z formularza")]
    assert "dodano wiersz 5: PUNKT Z DYSKU" in changes, changes
    assert "→" not in changes and "Otwarcie spotkania" not in changes, changes


def test_a_changed_line_is_told_with_its_old_text_and_a_removed_one_by_its_old_number():
    change = merge.Change("x", "a\nb\nc", None, None)
    said = [(s.what, s.number, s.text, s.before) for s in change.steps("a\nb\nc", "a\nB\nc\nd")]
    assert said == [("zmieniono", 2, "B", "b"), ("dodano", 4, "d", None)], said
    said = [(s.what, s.number, s.text) for s in change.steps("a\nb\nc", "a\nc")]
    assert said == [("usunięto", 2, "b")], said
    assert change.steps("jeden", "dwa") == [] and change.steps(None, "a\nb") == []  # shown as old → new


def test_line_steps_count_the_parts_the_file_will_hold():
    """rev-web21 #1: the steps were told from the posted text – a blank line of a list of lines („dodano wiersz 4:
    (puste)”, the later lines numbered after it) the save drops, an emptied list as a phantom „dodano wiersz 1:
    (puste)”, a filled empty one as „usunięto wiersz 1: (puste)”."""
    sources = merge.Change("zagrozenie.zrodla", None, None, None)
    said = [(s.what, s.unit, s.number, s.text) for s in sources.steps("a\nb\nc", "a\nb\n\nNOWY\nc")]
    assert said == [("dodano", "wiersz", 3, "NOWY")], said
    said = [(s.what, s.number) for s in sources.steps("a\nb", "")]
    assert said == [("usunięto", 1), ("usunięto", 2)], said
    said = [(s.what, s.number) for s in sources.steps("", "x\ny")]
    assert said == [("dodano", 1), ("dodano", 2)], said
    threat = merge.Change("zagrozenie.opis", None, None, None)  # paragraphs: told by paragraph
    said = [(s.what, s.unit, s.number, s.text) for s in threat.steps("Jeden.\n\nDwa.", "Jeden.\n\nDwa – zmiana.")]
    assert said == [("zmieniono", "akapit", 2, "Dwa – zmiana.")], said


def test_an_empty_uploads_long_name_is_shortened(web):
    """Finding 3: the empty upload's message quoted a 5 000-letter name whole."""
    name = "Plan_" + "a" * 5000 + ".txt"
    status, _, body = _upload(web, b"", filename=name)
    said = _words(body.decode())
    assert status == 400 and "jest pusty (0 bajtów)" in said, said[:500]
    assert "a" * 100 not in said and "„Plan_aaa" in said, said[:500]
    assert "…" + "a" * 26 + ".txt”" in said, said[:500]


def test_the_field_named_in_a_form_too_big_is_the_servers_name(web):
    """Finding 1 (the page's half): every field carries its described name (data-nazwa) – the page's own check of a
    form too big to send named „Imię i nazwisko”, one of many; the server says „Osoby › Komendant … › Imię i
    nazwisko”."""
    from pismo.web import texts

    _agenda(web)
    page = web.get("/sprawy/sprawa")[2].decode()
    boss = texts.describe(("osoby", "komendant", "imie_nazwisko"))
    assert boss.count("›") >= 2
    assert f'data-sciezka="osoby.komendant.imie_nazwisko" data-nazwa="{boss}"' in page


@pytest.fixture
def variable(monkeypatch, tmp_path):
    program = tmp_path / "lo-wrapper"
    program.write_text("#!/bin/sh\necho 'Error: source file could not be loaded' >&2\nexit 1\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PISMO_SOFFICE", str(program))
    return str(program)


def test_a_program_from_pismo_soffice_failing_at_start_is_named_with_the_variable(variable):
    """Finding 4: a PISMO_SOFFICE program ending at start with LibreOffice-like words was told „LibreOffice nie
    uruchomił się … zainstaluj go ponownie” – neither the program nor the variable named, a sound system
    LibreOffice to be reinstalled; `pismo serwer` has no --soffice to name either."""
    from pismo.files import converter

    said = converter._start_failed({"why": "exited", "code": 1, "said": "javaldx: no Java\n"
                                    "Error: source file could not be loaded"}, variable)
    assert f"uruchomiony program: {variable} (podany w zmiennej PISMO_SOFFICE)" in said, said
    assert "„Error: source file could not be loaded”" in said and "zainstaluj" not in said, said
    assert "--soffice" not in said, said
