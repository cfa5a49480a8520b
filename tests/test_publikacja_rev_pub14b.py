"""`--publikacja` after the fourteenth publication review (rev-pub14), helper pub25: a line ends a name – a first
name at a line's end is not joined with the next line's first word, so the next line's label and the line break
stay and the name goes on its own (finding 4); a man's surname after „na” that a complaint, an attack or a wait
governs, or with a person's locator after it, is a person's, not a street's patron (finding 18); a chat's sender in other programs' copy formats – the time
after the name, a date without a year or with a month's name, a flat before the colon, e-mail headers (finding
3); a birth date right after a removed name without a label (finding 9); nickname labels beyond „ps.”/„ksywa”
and a labelled nickname's other mentions (finding 12); first names one a line each go on their own line (finding 4,
the one-a-line list whose merged tag had hidden a word-name)."""

from __future__ import annotations

import pytest

from pismo.publication.names import Names
from pismo.publication.redact import BIRTH_MARK, scrub

UNIT = Names(["Halina Kwiatkowska"], ["Anna Zmyślona"],
             places=["Komenda Miejska Policji we Wrzosogrodzie", "Wrzosogród"])
TAG = "[imię i nazwisko usunięte]"


@pytest.mark.parametrize("text, expected", [
    ("Zgłaszająca: Halina\nAdres: Lipowa 3", f"Zgłaszająca: {TAG}\nAdres: Lipowa 3"),
    ("Świadek: Halina\nUwagi: brak", f"Świadek: {TAG}\nUwagi: brak"),
    ("Pokrzywdzony: Marian\nSprawca: nieznany", f"Pokrzywdzony: {TAG}\nSprawca: nieznany"),
    ("Lider: Kacper\nMiejsce: Orlik", f"Lider: {TAG}\nMiejsce: Orlik"),
    ("Lider grupy: Kacper\nMiejsce: Orlik", f"Lider grupy: {TAG}\nMiejsce: Orlik"),
    ("Rozmowa z Marianem\nWnioski: mediacja", f"Rozmowa z {TAG}\nWnioski: mediacja"),
    ("Sprawca – Marian\nŚwiadek – Halina", f"Sprawca – {TAG}\nŚwiadek – {TAG}"),
])
def test_a_name_at_a_lines_end_keeps_the_next_line(text, expected):
    assert scrub(text, UNIT) == expected


def test_a_list_written_surname_first_one_a_line_stays_two_persons():
    out = scrub("Obecni:\nMazur Jan\nZając Ewa", UNIT)
    assert out == f"Obecni:\n{TAG}\n{TAG}", out


@pytest.mark.parametrize("text, name", [
    ("Skarga na Kowalczyka.", "Kowalczyka"),
    ("Kolejna skarga na Kowalczyka z parteru, który pije.", "Kowalczyka"),
    ("Skarga na Kowalczyka Jana z parteru.", "Kowalczyka"),
    ("Napadli na Kowalczyka z 8a pod sklepem.", "Kowalczyka"),
    ("Napadnięto na Wiśniewskiego.", "Wiśniewskiego"),
    ("Doniesienie na Zielińskiego.", "Zielińskiego"),
    ("Uwaga na Kowalczyka z parteru – agresywny.", "Kowalczyka"),
    ("Czekali na Marka pod klatką.", "Marka"),
    ("Polowali na Nowaka.", "Nowaka"),
    ("Skarga na Sikorskiego z parteru.", "Sikorskiego"),
    ("Skarga Marka Hłaski z 8a na sąsiadów.", "Hłaski"),
])
def test_a_mans_name_after_na_in_a_complaint_or_with_a_locator_goes(text, name):
    out = scrub(text, UNIT)
    assert name not in out and TAG in out, out


@pytest.mark.parametrize("text", [
    "Mieszka na Kopernika.",
    "Patrol na Kopernika i na Słowackiego.",
    "Skargi na hałas na Piłsudskiego.",
    "Zbiórka na Sienkiewicza 3.",
    "Wiersz Słowackiego z 1834 roku.",
    "Mieszkańcy skarżą się na Niemców z firmy.",
])
def test_a_street_after_na_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text, name", [
    ("Marian, [06.12.2026 21:14]\npiją pod klatką", "Marian"),
    ("[06.12, 21:14] Marian: widziałem ich.", "Marian"),
    ("6 gru 2026, 21:14 - Marian: piją.", "Marian"),
    ("[12.11.2025 22:04] Tomek 8a: dzwonię na 112", "Tomek"),
    ("Marian — 21:14: piją pod klatką", "Marian"),
    ("Marian — dzisiaj o 21:14\npiją pod klatką", "Marian"),
    ("Marian — 06.12.2026 21:14\npiją pod klatką", "Marian"),
    ("Marian\n21:14\npiją pod klatką", "Marian"),
    ("Marian, 21:14\npiją pod klatką", "Marian"),
    ("Marian o 21:14: piją pod klatką", "Marian"),
    ("Od: Marian\nTemat: hałas", "Marian"),
    ("Do: Halina\nDW: Marian", "Marian"),
    ("Re: Marian – hałas", "Marian"),
    ("Zgłosił: Marian.", "Marian"),
])
def test_a_sender_in_other_copy_formats_goes(text, name):
    out = scrub(text, UNIT)
    assert name not in out and TAG in out, out


@pytest.mark.parametrize("text", [
    "Zebranie o 18:00: sala nr 2.",
    "Od: 18:00\nDo: 22:00",
    "Temat: hałas\nTreść: piją pod klatką.",
    "Patrol, 21:14\nbez uwag",
])
def test_a_time_after_a_word_that_is_no_name_stays(text):
    assert scrub(text, UNIT) == text


@pytest.mark.parametrize("text", [
    "Halina K. (14.05.1971) zgłosiła",
    "Marian Kos, 14.05.1971, Lipowa 3",
    "Marian Kos 14.05.1971 Lipowa 3",
    "Halina Kwiatkowska 1971-05-14",
])
def test_a_full_date_right_after_a_removed_name_is_a_birth_date(text):
    out = scrub(text, UNIT)
    assert out.startswith(TAG) and BIRTH_MARK in out and "1971" not in out, out


def test_a_recent_date_after_a_name_is_an_events_day():
    out = scrub("Jan Kowalski 12.03.2026 zgłosił kradzież.", UNIT)
    assert out == f"{TAG} 12.03.2026 zgłosił kradzież.", out


@pytest.mark.parametrize("text, nickname", [
    ("Jego ksywka to „Mały”, pije pod Żabką.", "Mały"),
    ("Pseudo „Czarny” handluje pod szkołą.", "Czarny"),
    ("Alias „Czarny”.", "Czarny"),
    ("Mówią na niego „Czarny”.", "Czarny"),
    ("Wołają na niego Byku.", "Byku"),
    ("Na ławce siedzi „Rudy”; ksywka „Rudy”.", "Rudy"),
])
def test_a_nickname_after_its_label_goes_at_every_mention(text, nickname):
    out = scrub(text, UNIT)
    assert nickname not in out and TAG in out, out


@pytest.mark.parametrize("text", [
    "Pseudo-kibice z Lipowej.",
    "Mały chłopiec płakał pod sklepem.",
])
def test_words_like_a_nickname_label_stay(text):
    assert scrub(text, UNIT) == text


def test_a_nickname_as_a_sentences_first_word_stays_elsewhere():
    out = scrub("Ksywka „Mały”. Mały chłopiec płakał.", UNIT)
    assert out == f"Ksywka „{TAG}”. Mały chłopiec płakał.", out


@pytest.mark.parametrize("text", [
    "Obecni:\nHalina\nMarian\nKacper",
    "Marian\nHalina\nKacper",
])
def test_first_names_one_a_line_each_go_on_their_own_line(text):
    out = scrub(text, UNIT)
    assert "Marian" not in out and out.count(TAG) == 3 and out.count("\n") == text.count("\n"), out
