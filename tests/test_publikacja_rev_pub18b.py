"""`--publikacja` after the eighteenth publication review (rev-pub18), helper pub33: a removed person's surname
repeated later in the text (finding 12), over-cuts and leaks pub32 left."""

from __future__ import annotations

import pytest

from test_publikacja_rev_pub17 import _gone, _kept


# --- finding 12: a surname removed with its first name, mentioned again -----------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Jan Kurek zgłosił kradzież. W maju Kurek znów dzwonił.", ["Kurek"]),
    ("Jan Kurek zgłosił kradzież; potem Kurek dzwonił.", ["Kurek"]),
    ("Jan Kurek zgłosił kradzież, ale Kurkowi nie uwierzono.", ["Kurek", "Kurkowi"]),
    ("Jan Kurek zgłosił kradzież, a w maju z Kurkową przyszedł.", ["Kurek", "Kurkową"]),
    ("Jana Kurka poinformowano.\nW maju Kurek znów dzwonił.", ["Kurk", "Kurek"]),
])
def test_a_surname_the_text_removed_with_a_first_name_goes_everywhere_in_it(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Jan Kurek zgłosił kradzież. W maju Kurek znów dzwonił.", ["W maju "]),
    ("Jan Kurek zgłosił kradzież. Patrol z psem służbowym Kurkiem.", ["Kurkiem"]),
    ("Anna Szkoła zgłosiła kradzież. Szkoła Podstawowa nr 2 otrzymała ulotki.", ["Szkoła Podstawowa nr 2"]),
    ("Jan Kurek zgłosił kradzież. Sierż. Kurek przyjął zgłoszenie.", ["Sierż. Kurek"]),
])
def test_what_the_removed_surname_does_not_name_stays(text, words):
    _kept(text, words)


# --- finding 8: a plural object fronted before „otrzymał/dostał” is no deprecative surname ----------------------------

@pytest.mark.parametrize("text, words", [
    ("Środki otrzymał Puchaczów, a kamery dostał Milejów.", ["Środki otrzymał Puchaczów", "kamery dostał Milejów"]),
    ("Kamery dostał Lublin.", ["Kamery dostał Lublin"]),
    ("Kamery otrzymał Puchaczów i Cyców.", ["Kamery otrzymał"]),
])
def test_a_fronted_plural_object_before_a_receivers_verb_stays(text, words):
    from pismo.publication.redact import scrub
    from test_publikacja_rev_pub17 import UNIT

    _kept(scrub(text, UNIT), words)  # twice, as the document's second pass reads it


# --- finding 16 (the document) and 17: a run's line breaks read as breaks ---------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _paragraph(runs: str):
    from lxml import etree

    return etree.fromstring(f'<w:p xmlns:w="{W}">{runs}</w:p>')


def _drawn(paragraph) -> str:
    """The paragraph as Word draws it: a w:br as „⏎”, a run's w:tab as „⇥”."""
    return "".join(e.text or "" if e.tag.endswith("}t") else "⏎" if e.tag.endswith("}br") else "⇥"
                   for e in paragraph.iter(f"{{{W}}}t", f"{{{W}}}br", f"{{{W}}}tab"))


def _public(runs: str) -> str:
    from pismo.publication.redact import Scrubber
    from pismo.render import public
    from test_publikacja_rev_pub17 import UNIT

    paragraph = _paragraph(runs)
    public._scrub_paragraph(paragraph, Scrubber(UNIT))
    return _drawn(paragraph)


def test_counts_one_a_line_in_a_document_are_no_phone():
    runs = ('<w:r><w:t>Interwencje w kwartałach:</w:t><w:br/><w:t>512</w:t><w:br/><w:t>433</w:t><w:br/>'
            '<w:t xml:space="preserve">201 – termin realizacji.</w:t></w:r>')
    assert _public(runs) == "Interwencje w kwartałach:⏎512⏎433⏎201 – termin realizacji."


def test_a_phone_parted_by_a_line_break_in_a_document_goes_with_the_break():
    runs = '<w:r><w:t xml:space="preserve">Kontakt: tel. 605 444</w:t><w:br/><w:t xml:space="preserve">333 (wieczorem)</w:t></w:r>'
    assert _public(runs) == "Kontakt: [numer telefonu usunięty] (wieczorem)"


@pytest.mark.parametrize("text, secret, mark", [
    ("PESEL sprawcy 85031212\n347, konto pokrzywdzonej 12 1020 3040\n0000 1111 2222 3333", "347", "[PESEL usunięty]"),
    ("konto pokrzywdzonej 12 1020 3040\n0000 1111 2222 3333 – termin realizacji", "3333", "[numer konta usunięty]"),
])
def test_a_pesel_or_an_account_parted_by_a_line_break_goes_whole(text, secret, mark):
    out = _gone(text, [secret])
    assert mark in out and "termin" not in out.replace("termin realizacji", ""), out


def test_a_number_between_a_role_and_a_word_parts_them():
    """„pokrzywdzonej 12 … 3333 – termin”: the line's lower-case „termin” was cased as a sentence's start and read as
    the victim's surname."""
    _kept("Zorganizowanie spotkania.\nkonto pokrzywdzonej 12 1020 3040\n0000 1111 2222 3333 – termin realizacji.",
          ["termin realizacji"])


# --- finding 9: a county's or a voivodeship's office by its adjective -------------------------------------------------

def _leczna():
    from pismo.publication.names import Names

    return Names([], ["Marek Przykładowy"], places=["Komenda Powiatowa Policji w Łęcznej", "Łęczna"])


@pytest.mark.parametrize("text, words", [
    ("Patronat nad akcją objął Starosta Łęczyński, kopię planu dostał Wojewoda Lubelski.",
     ["Starosta Łęczyński", "Wojewoda Lubelski"]),
    ("Pismo otrzymał Wojewoda Lubelski.", ["Wojewoda Lubelski"]),
    ("Wniosek do Starosty Łęczyńskiego i Wojewody Lubelskiego.", ["Starosty Łęczyńskiego", "Wojewody Lubelskiego"]),
    ("Spotkanie z Marszałkiem Podkarpackim.", ["Marszałkiem Podkarpackim"]),
])
def test_an_office_named_by_its_county_or_voivodeship_stays(text, words):
    _kept(text, words, _leczna())


@pytest.mark.parametrize("text, secrets", [
    ("Starosta Kowalski objął patronat.", ["Kowalski"]),
    ("Starosta Jan Łęczyński objął patronat.", ["Jan Łęczyński"]),
    ("Pani Łęczyńska zgłosiła kradzież.", ["Łęczyńska"]),
])
def test_a_surname_after_an_office_still_goes(text, secrets):
    _gone(text, secrets, _leczna())


# --- rev-pub17 18: an inspector named in a partner's paragraph is the office's clerk ---------------------------------

def test_an_inspector_in_a_partners_task_is_the_offices_clerk():
    from helpers import LECZNA
    from pismo.case.loader import load_case
    from pismo.publication.redact import redact

    s = load_case(LECZNA).sprawa
    partner = s.partnerzy[0].model_copy(update={"zadania": "Referat prowadzi inspektor Beata Wilk-Nowacka."})
    s = s.model_copy(update={"partnerzy": [partner, *s.partnerzy[1:]]})
    held = redact(s)
    assert held.partnerzy[0].zadania == "Referat prowadzi inspektor [imię i nazwisko usunięte].", held.partnerzy[0].zadania


@pytest.mark.parametrize("text, words", [
    ("Referat prowadzi inspektor Beata Wilk-Nowacka.", ["Beata Wilk-Nowacka"]),  # the police rank, outside a partner's text
    ("Spotkanie prowadzi insp. Jan Nowak z KPP w Łęcznej.", ["Jan Nowak"]),
])
def test_an_inspector_elsewhere_or_with_the_police_named_stays(text, words):
    from pismo.publication.names import partners_text

    _kept(text, words)
    if "KPP" in text:
        with partners_text():
            _kept(text, words)


# --- findings 14, 18, 19, 22: „niejaki”, a role in apposition, a diminutive in parentheses ---------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Kamerę ukradł niejaki Kurek z Cycowa.", ["Kurek"]),
    ("Kamerę ukradła niejaka Sowa.", ["Sowa"]),
    ("Rozmowa z niejakim Wróblem.", ["Wróblem"]),
    ("Sowa, sąsiadka z parteru, zgłosiła hałas, a Kurek, sąsiad z bloku nr 7, potwierdził.", ["Sowa", "Kurek"]),
    ("Zarząd: Kurek (przewodniczący), Wróbel (skarbnik).", ["Kurek", "Wróbel"]),
    ("Zarząd: Kurek (przewodniczący).", ["Kurek"]),
    ("Lista:\nKurek – przewodniczący\nSowa – skarbnik", ["Kurek", "Sowa"]),
    ("Wróbel – przewodniczący rady osiedla.", ["Wróbel"]),
    ("Zgłosiła Krystyna (Krysia) Sowa z Wiklinowej.", ["Krystyna", "Krysia", "Sowa"]),
    ("Zgłosił Jan (Janek) Kurek.", ["Jan", "Janek", "Kurek"]),
])
def test_a_word_surname_named_a_person_by_its_company_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Ludwin – wójt gminy zaprasza.", ["Ludwin"]),
    ("Park Jordana – właściciel terenu.", ["Park Jordana"]),
    ("Był to niejaki sklep.", ["niejaki sklep"]),
    ("asp. Anna (Ania) Zmyślona prowadziła spotkanie.", ["Anna (Ania) Zmyślona"]),
    ("W sobotę (Dzień Dziecka) Festyn.", ["Dzień Dziecka"]),
])
def test_a_place_a_thing_or_an_officer_so_written_stays(text, words):
    _kept(text, words)


# --- findings 10, 11, 20, 21, 13: Cyrillic lines and headings, a witness's list, a contact, a shout, glued text -------

@pytest.mark.parametrize("text, secrets", [
    ("Zgłaszająca:\nОлена\nМельник, тел. 605 444 333", ["Олена", "Мельник", "605"]),
    ("Заявник: Мельник (sklep przy Wiklinowej).", ["Мельник"]),
    ("Свідок: Коваль", ["Коваль"]),
    ("Świadkowie: Zbyszek spod siódemki.", ["Zbyszek"]),
    ("Świadkowie: Zbyszek spod siódemki, a także Kontakt: Sowa\ntel. 605 444 333", ["Zbyszek", "Sowa", "605"]),
    ("„Złodziej!” – krzyczał Wróbel, a „Policja!” – wołała Sowina.", ["Wróbel", "Sowina"]),
    ("Hałas zgłosił:Kurek; kradzież zgłosiła–Sowa.", ["Kurek", "Sowa"]),
    ("(Kurek)zgłosił hałas.", ["Kurek"]),
])
def test_a_person_in_these_shapes_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Hałas zgłosił:Kurek.", ["Hałas zgłosił:"]),
    ("Hałas zgłaszał „Kurek” z bloku nr 7.", ["Hałas zgłaszał"]),
    ("Kontakt: Sekretariat, tel. 81 752 10 20", ["Sekretariat"]),
    ("Napis:\nСлава\nУкраїні", ["Слава", "Україні"]),
    ("Dzieci krzyczały pod blokiem.", ["Dzieci krzyczały"]),
])
def test_the_thing_before_the_verb_a_body_or_a_slogan_stays(text, words):
    _kept(text, words)


# --- finding 5: a Japanese family name that is a car's brand ---------------------------------------------------------

@pytest.mark.parametrize("text, secrets", [
    ("Nagranie przekazał Haruto Suzuki, a Yuki Honda i Kenji Honda zgłosili kradzież.", ["Haruto", "Suzuki", "Yuki", "Honda", "Kenji"]),
    ("Nagranie przekazał Pan Suzuki.", ["Suzuki"]),
])
def test_a_japanese_name_with_a_brands_family_name_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text, words", [
    ("Skradziono Toyotę Yaris, Hondę Civic i Suzuki Swift spod Parku Wodnego.", ["Toyotę Yaris", "Hondę Civic", "Suzuki Swift"]),
    ("Kawasaki Ninja i Mazda CX-5 na parkingu.", ["Kawasaki Ninja", "Mazda CX-5"]),
])
def test_the_brands_cars_stay(text, words):
    _kept(text, words)


# --- findings 6, 7: a person in an article's slug in another case or order, in a file's name -------------------------

@pytest.mark.parametrize("text, secrets", [
    ("https://www.lecznaonline.pl/aktualnosci/zgloszenie-jadwigi-rutkowskiej-w-sprawie-kamer", ["rutkowskiej"]),
    ("https://lublin.tvp.pl/1234/rutkowska-jadwiga-o-kradziezy", ["rutkowska"]),
    ("https://lublin.tvp.pl/99/kradziez-u-pana-wrobla", ["wrobla"]),
    ("Zdjęcia w plikach zgloszenie-kowalska.pdf i JANKOWALSKI.JPG.", ["kowalska", "JANKOWALSKI"]),
])
def test_a_person_in_a_slug_or_a_files_name_goes(text, secrets):
    _gone(text, secrets)


@pytest.mark.parametrize("text", [
    "https://sp2.leczna.pl/szkola-im-jana-pawla-ii",
    "https://leczna.pl/ulica-marii-konopnickiej-remont",
    "https://leczna.pl/wystawa-o-marii-konopnickiej",
    "https://leczna.pl/kosciol-sw-jadwigi-krolowej",
    "https://leczna.pl/dzien-jadwigi-w-szkole",
    "Pliki: plan-dzialania-2025.docx, monitoring-wiklinowa.jpg, gornik-leczna.png, PLAN2025.PDF, MAREKFOTO.JPG.",
])
def test_a_patron_a_figure_or_a_things_file_stays(text):
    from pismo.publication.redact import scrub
    from test_publikacja_rev_pub17 import UNIT

    assert scrub(text, UNIT) == text


def test_a_pesel_parted_by_tabs_in_a_document_goes():
    """A document's w:tab reads as a tab, no longer glued: the PESEL's groups parted by it are one number still."""
    runs = '<w:r><w:t xml:space="preserve">Dane: PESEL</w:t><w:tab/><w:t>850312</w:t><w:tab/><w:t>12347</w:t></w:r>'
    assert _public(runs) == "Dane: [PESEL usunięty]"


def test_a_phone_parted_by_tabs_in_a_document_goes_and_the_count_after_it_stays():
    runs = '<w:r><w:t>tel. 605</w:t><w:tab/><w:t>444</w:t><w:tab/><w:t>333</w:t><w:tab/><w:t>12</w:t></w:r>'
    assert _public(runs) == "[numer telefonu usunięty]⇥12"


@pytest.mark.parametrize("text, secrets", [
    ("Kradzież zgłosiła jeszcze Sowa, a potwierdził sam Wróbel.", ["Sowa", "Wróbel"]),
    ("Kradzież zgłosił sam Wróbel.", ["Wróbel"]),
])
def test_a_village_named_surname_after_a_verb_and_a_particle_goes(text, secrets):
    """„Wróbel” is a village too: the particle between hid the verb from the place rule (plant2 B10)."""
    _gone(text, secrets)
