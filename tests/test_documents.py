"""Each document: the house-style elements present and the case's content in them."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile

import docx
import pytest
from click.testing import CliRunner

from helpers import LECZNA, WRZOSOGROD, paragraphs, render_kind
from pismo.cli.main import main


def text_of(data: bytes) -> list[str]:
    return [p.replace("\u00a0", " ").replace("\u2011", "-") for p in paragraphs(data)]


def xml_of(data: bytes, part: str = "word/document.xml") -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(part).decode("utf-8")


def assert_in_order(lines: list[str], expected: list[str]) -> None:
    """Every expected fragment appears, in this order, each in some paragraph."""
    position = 0
    for fragment in expected:
        for index in range(position, len(lines)):
            if fragment in lines[index]:
                position = index  # the next fragment may follow in the same paragraph
                break
        else:
            raise AssertionError(f"brak (w tej kolejności): „{fragment}”\nakapity:\n" + "\n".join(lines))


def assert_house_style(data: bytes) -> None:
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert round(section.page_width.cm, 1) == 21.0 and round(section.page_height.cm, 1) == 29.7
    assert round(section.left_margin.cm, 1) == 2.5 and round(section.right_margin.cm, 1) == 2.0
    footer = xml_of(data, "word/footer1.xml")
    assert "Strona " in footer and " PAGE " in footer and " NUMPAGES " in footer
    styles = xml_of(data, "word/styles.xml")
    assert 'w:lang w:val="pl-PL"' in styles and 'w:ascii="Times New Roman"' in styles
    assert "{{" not in "".join(paragraphs(data)) and "{%" not in "".join(paragraphs(data))


def test_plan():
    [(item, data)] = render_kind(LECZNA, "plan")
    assert_house_style(data)
    assert_in_order(text_of(data), [
        "ZATWIERDZAM", "NACZELNIK", "nadkom. Piotr Testowy", "dnia …",
        "PLAN", "działania priorytetowego dla rejonu służbowego nr 3", "Zespołu Dzielnicowych Wydziału Prewencji",
        "Komendy Powiatowej Policji w Łęcznej", "na okres od 1.07.2025 r. do 31.12.2025 r.",
        "1. Charakterystyka zdiagnozowanego zagrożenia", "W rejonie służbowym nr 3 w Łęcznej",
        "2. Zakładany cel do osiągnięcia.", "3. Proponowane działania",
        "– termin realizacji do dnia 31.07.2025 roku.",
        "4. Podmioty współpracujące", "Urząd Miejski w Łęcznej – Referat Inwestycji i Rozwoju Gminy oraz Referat",
        "5. Proponowany sposób", "Za pośrednictwem lokalnych mediów.",
        "Sporządził:", "sierż. szt. Marek Przykładowy", "dzielnicowy rejonu służbowego nr 3",
        "Łęczna, dnia 25 czerwca 2025 r.",
    ])
    assert 'w:numId w:val="1"' in xml_of(data, "word/styles.xml")  # real bullets, not typed characters
    assert "·" not in "".join(text_of(data))


def test_plan_of_a_woman_with_indicators_and_roman_district():
    [(item, data)] = render_kind(WRZOSOGROD, "plan")
    lines = text_of(data)
    assert_in_order(lines, ["dla rejonu służbowego nr XIII", "Mierniki realizacji celu:", "wartość wyjściowa 9",
                            "Sporządziła:", "st. asp. Anna Zmyślona"])


def test_wniosek():
    [(item, data)] = render_kind(LECZNA, "wniosek")
    assert_house_style(data)
    assert item.adresat == "Jan Przykładowski, Burmistrz Łęcznej"
    assert_in_order(text_of(data), [
        "KOMENDA POWIATOWA POLICJI", "W ŁĘCZNEJ", "Wydział Prewencji", "Łęczna, dnia 14 lipca 2025 r.",
        "PR-ZD-0151-3/25",
        "Pan", "Jan Przykładowski", "Burmistrz Łęcznej", "Urząd Miejski w Łęcznej", "pl. Kościuszki 5", "21-010 Łęczna",
        "Dotyczy: wymiany kamer monitoringu miejskiego na Osiedlu Bobrowniki",
        "Szanowny Panie Burmistrzu,",
        "rejonu służbowego nr 3 sierż. szt. Marek Przykładowy realizuje w okresie od 1.07.2025 r. do 31.12.2025 r.",
        "5 kamer analogowych",
        "Problem ten został zdiagnozowany na podstawie informacji przekazywanych przez mieszkańców",
        "zwracam się z uprzejmą prośbą o rozważenie możliwości wymiany pięciu analogowych kamer",
        "Jaśminowej, Wiosennej, Wierzbowej oraz Wiklinowej, na nowe kamery cyfrowe.",
        "tel. 47 811 00 33, e-mail: dzielnicowy3@leczna.example.pl",
        "Z poważaniem", "KOMENDANT POWIATOWY POLICJI", "W ŁĘCZNEJ", "insp. Adam Wzorcowy",
        "Wykonano w 2 egz.:", "Egz. nr 1 – adresat", "Egz. nr 2 – a/a",
        "Sporządził: sierż. szt. Marek Przykładowy, tel. 47 811 00 33",
    ])
    assert '<w:b/>' in xml_of(data)  # the addressee's name is bold


def test_wniosek_to_a_woman():
    items = render_kind(WRZOSOGROD, "wniosek")
    assert len(items) == 2
    texts = ["\n".join(text_of(data)) for _, data in items]
    assert any("Szanowna Pani Prezydent," in t and "Pani" in t for t in texts)
    assert all("Sporządziła: st. asp. Anna Zmyślona" in t for t in texts)


def test_zaproszenia():
    items = render_kind(LECZNA, "zaproszenia")
    letters = [(i, d) for i, d in items if i.rodzaj == "zaproszenie"]
    assert [i.adresat for i, _ in letters] == [
        "Rada Osiedla Bobrowniki w Łęcznej", "Zarząd Spółdzielni Mieszkaniowej „Batory” w Łęcznej",
        "Zarząd Spółdzielni Mieszkaniowej „Wspólnota” w Łęcznej"]
    for item, data in letters:
        assert_house_style(data)
        assert_in_order(text_of(data), [
            "Łęczna, dnia 1 września 2025 r.", "Szanowni Państwo,",
            "Uprzejmie zapraszam na spotkanie w sprawie modernizacji monitoringu miejskiego",
            "15 września 2025 r. (poniedziałek) o godz. 17:00",
            "w sali konferencyjnej Komendy Powiatowej Policji w Łęcznej (ul. Staszica 9, 21-010 Łęczna)",
            "Porządek spotkania:", "Otwarcie spotkania", "Wolne wnioski i zakończenie spotkania.",
            "Osobą do kontaktu", "tel. 47 811 00 33", "DZIELNICOWY REJONU SŁUŻBOWEGO NR 3",
            "sierż. szt. Marek Przykładowy", "Wykonano w 2 egz.:",
        ])
    assert "Spółdzielni Mieszkaniowej „Batory”" in "\n".join(text_of(letters[1][1]))


def parse_ics(data: bytes) -> dict[str, str]:
    text = data.decode("utf-8")
    assert "\r\n" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    fields = {}
    for line in unfolded.split("\r\n"):
        if ":" in line:
            key, value = line.split(":", 1)
            fields.setdefault(key, value)
    return fields


def test_ics_parses_back():
    [(item, data)] = [(i, d) for i, d in render_kind(LECZNA, "zaproszenia") if i.rodzaj == "kalendarz"]
    fields = parse_ics(data)
    assert fields["BEGIN"] == "VCALENDAR" and fields["VERSION"] == "2.0"
    assert fields["DTSTART;TZID=Europe/Warsaw"] == "20250915T170000"
    assert fields["DTEND;TZID=Europe/Warsaw"] == "20250915T183000"
    assert fields["TZID"] == "Europe/Warsaw"
    assert fields["SUMMARY"] == "Spotkanie w sprawie modernizacji monitoringu miejskiego na Osiedlu Bobrowniki w Łęcznej"
    assert fields["LOCATION"] == "sala konferencyjna Komendy Powiatowej Policji w Łęcznej\\, ul. Staszica 9\\, 21-010 Łęczna"
    again = [d for i, d in render_kind(LECZNA, "zaproszenia") if i.rodzaj == "kalendarz"][0]
    assert parse_ics(again)["UID"] == fields["UID"]


def test_protokol_of_a_meeting_not_yet_held_is_a_prefilled_form():
    items = render_kind(LECZNA, "protokol")
    [(item, data)] = [(i, d) for i, d in items if i.rodzaj == "protokol"]
    assert_house_style(data)
    lines = text_of(data)
    assert item.filename == "protokol-formularz-spotkanie-monitoring.docx"  # the name says it is a form
    assert_in_order(lines, ["PROTOKÓŁ nr 1/2025", "ze spotkania w sprawie modernizacji",
                            "odbytego w dniu 15 września 2025 r. w godz. 17:00–18:30 w sali konferencyjnej",
                            "Obecni:", "zgodnie z listą obecności", "Porządek spotkania:", "Przebieg spotkania:",
                            "Ad 1. Otwarcie spotkania", "Ad 5. Wolne wnioski", "Ustalenia:", "Lp.", "Ustalenie",
                            "Odpowiedzialny", "Termin", "10.", "Na tym spotkanie zakończono.",
                            "Miejscowość i data sporządzenia protokołu:", "Protokołował(a):", "Prowadzący(a):"])
    # room to write: at least six dotted lines under every agenda item
    items_xml = xml_of(data).split(">Ustalenia:<")[0].split(">Ad ")[1:]
    assert len(items_xml) == 5 and all(part.count('w:leader="dot"') >= 6 for part in items_xml)
    assert lines.count("Na tym spotkanie zakończono.") == 1


def test_protokol_of_a_held_meeting():
    items = render_kind(WRZOSOGROD, "protokol")
    protocols = [(i, d) for i, d in items if i.rodzaj == "protokol"]
    lists = [(i, d) for i, d in items if i.rodzaj == "lista-obecnosci"]
    assert len(protocols) == 2 and len(lists) == 2
    held = "\n".join(text_of(protocols[0][1]))
    assert "Ad 1." in held and "Ad 2." in held and "na bieżąco" in held
    assert 'w:leader="dot"' not in xml_of(protocols[0][1])
    assert protocols[0][0].filename == "protokol-spotkanie-otwierajace.docx"
    assert_in_order(text_of(protocols[0][1]), [
        "odbytego w dniu 18 marca 2026 r. w godz. 17:00–18:30 w świetlicy", "Obecni:", "Jolanta Próbna",
        "Wrzosogród, dnia 19 marca 2026 r.", "Protokołowała:", "Prowadząca:", "st. asp. Anna Zmyślona"])
    # the last item already closes the meeting: the sentence is not printed twice
    assert held.count("Na tym spotkanie zakończono.") == 1
    # the protocol names those present, so it does not also refer to the list as its attachment
    assert "załącznik" not in held and "Załącznik" not in "\n".join(text_of(lists[0][1]))
    assert "Załącznik nr 1 do protokołu nr 2/2026" in "\n".join(text_of(lists[1][1]))
    for _, data in lists:
        assert_house_style(data)
        xml = xml_of(data)
        assert xml.count("<w:tr>") >= 16 and "<w:tblHeader/>" in xml
        assert_in_order(text_of(data), ["LISTA OBECNOŚCI", "Miejsce: świetlica Rady Osiedla Wrzosowisko, ul. Jesionowa 5",
                                        "Data i godzina:", " godz. 1", "Lp.", "Imię i nazwisko",
                                        "Instytucja / funkcja", "Podpis", "15.",
                                        "Administratorem danych osobowych"])  # the unit's RODO clause


def test_blank_protokol_form():
    [(item, data)] = render_kind(LECZNA, "protokol-pusty")
    assert_house_style(data)
    xml = xml_of(data)
    assert_in_order(text_of(data), ["PROTOKÓŁ nr", "ze spotkania w sprawie", "odbytego w dniu", "w godz.",
                                    "Porządek spotkania:", "Przebieg spotkania:", "Ustalenia:", "10.",
                                    "Na tym spotkanie zakończono.", "Miejscowość i data sporządzenia protokołu:",
                                    "Protokołował(a):", "Prowadzący(a):",
                                    "LISTA OBECNOŚCI", "Miejsce:", "Data i godzina:", "15."])
    assert xml.count('w:hRule="atLeast"') >= 25 and xml.count("<w:tblHeader/>") == 2


def test_informacja_with_realisation():
    [(item, data)] = render_kind(WRZOSOGROD, "informacja")
    assert_house_style(data)
    lines = text_of(data)
    assert_in_order(lines, [
        "Informacja dotycząca realizacji planu", "działania priorytetowego dla rejonu służbowego numer XIII",
        "za okres od 1.03.2026 roku do 31.08.2026 roku",
        "5. Proponowany sposób", "6. Ocena realizacji planu działania priorytetowego.",
        "Realizacja zaplanowanych działań:", "Stan realizacji:", "Działania podmiotów współpracujących:",
        "Mierniki realizacji celu:", "Miernik", "Wartość wyjściowa", "Wartość docelowa", "Wartość osiągnięta",
        "Ocena osiągnięcia celu: cel częściowo osiągnięty.", "Wnioski:", "Sporządziła:", "st. asp. Anna Zmyślona",
        "Wrzosogród, dnia",
    ])
    assert "<w:tblHeader/>" in xml_of(data)


def test_informacja_without_realisation_ends_with_section_5():
    [(item, data)] = render_kind(LECZNA, "informacja")
    assert text_of(data)[-1] == "Za pośrednictwem lokalnych mediów."


def test_wszystko_writes_the_package_with_manifest(tmp_path):
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "leczna-rejon-3-2025"
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["sprawa"] == "leczna-rejon-3-2025"
    kinds = [d["rodzaj"] for d in manifest["dokumenty"]]
    assert [d["plik"] for d in manifest["dokumenty"]][:2] == ["plan.docx", "wniosek-monitoring.docx"]
    assert "spotkanie-monitoring.ics" in [d["plik"] for d in manifest["dokumenty"]]
    assert kinds == ["plan", "wniosek", "zaproszenie", "zaproszenie", "zaproszenie", "kalendarz", "protokol",
                     "lista-obecnosci", "protokol-pusty", "informacja", "terminarz"]
    for entry in manifest["dokumenty"]:
        path = folder / entry["plik"]
        assert hashlib.sha256(path.read_bytes()).hexdigest() == entry["sha256"]
        if path.suffix == ".docx":
            docx.Document(path)
    assert f"zapisano pliki ({len(kinds) + 1})" in result.output


@pytest.mark.parametrize("kind", ["plan", "wniosek", "zaproszenia", "protokol", "informacja"])
def test_each_command_prints_what_it_wrote(tmp_path, kind):
    result = CliRunner().invoke(main, [kind, str(WRZOSOGROD), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = [line.strip() for line in result.output.splitlines() if line.startswith("  ")]
    assert written and all((tmp_path / "wrzosogrod-rejon-xiii-2026").joinpath(w.rsplit("/", 1)[-1]).exists()
                           for w in written)


def test_document_needing_missing_data_names_the_field(tmp_path):
    case = tmp_path / "sprawa.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8").replace("plan:\n  data: 2025-06-25", ""), encoding="utf-8")
    result = CliRunner().invoke(main, ["plan", str(case), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "plan: brak daty sporządzenia planu" in result.output and "Traceback" not in result.output
    other = CliRunner().invoke(main, ["informacja", str(case), "-o", str(tmp_path / "out")])
    assert other.exit_code == 0, other.output  # the report does not print the plan's date


@pytest.mark.parametrize("value, printed", [(9, "9"), (9.0, "9"), (7.5, "7,5"), (7.123456, "7,123456"),
                                            (123456789.5, "123456789,5"), (1e-7, "0,0000001")])
def test_indicator_values_print_every_digit_with_a_decimal_comma(value, printed):
    from pismo.documents.context import number

    assert number(value) == printed


def test_indicator_value_and_its_unit_never_part_at_a_line_end():
    [(item, data)] = render_kind(WRZOSOGROD, "plan")
    lines = [p for p in paragraphs(data) if "wartość docelowa" in p]
    assert lines and all(re.search(r"wartość docelowa \d+(,\d+)?\u00a0\w", p) for p in lines), lines


@pytest.mark.parametrize("kind", ["plan", "informacja"])
def test_a_plan_without_partners_says_so_under_section_four(tmp_path, kind):
    source = LECZNA.read_text(encoding="utf-8")
    source = source[:source.index("\npartnerzy:")] + "\n" + source[source.index("\n# 5. Proponowany"):]
    source = source.replace("partnerzy: [urzad-miejski]", "partnerzy: []").replace(
        "partnerzy: [rada-osiedla]", "partnerzy: []").replace("partnerzy: [spoldzielnie]", "partnerzy: []")
    source = source[:source.index("\n# Wnioski")] + "\n"
    source = re.sub(r"\n    dokumenty: \[[a-z-]+\]", "", source)
    case = tmp_path / "bez-partnerow.yaml"
    case.write_text(source, encoding="utf-8")
    [(item, data)] = render_kind(case, kind)
    text = paragraphs(data)
    four = next(i for i, line in enumerate(text) if line.startswith("4. Podmioty współpracujące"))
    assert text[four + 1] == "Brak."
    assert text[four + 2].startswith("5. Proponowany sposób")


def _case_without(tmp_path, *cuts: tuple[str, str]):
    """The Wrzosogród case with each (start, stop) stretch of lines cut out."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    for start, stop in cuts:
        i = text.index(start)
        text = text[:i] + text[text.index(stop, i + len(start)):]
    path = tmp_path / "sprawa.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_action_and_partner_without_realisation_are_reported_not_dropped(tmp_path):
    case = _case_without(tmp_path, ("    - dzialanie: obchody-wieczorne", "  partnerzy:"),
                         ("    - partner: szkola", "  wskazniki:"))
    [(item, data)] = render_kind(case, "informacja")
    lines = text_of(data)
    assert_in_order(lines, ["6. Ocena realizacji", "Obchody rejonu służbowego w godzinach wieczornych",
                            "Stan realizacji: brak informacji o realizacji.",
                            "Szkoła Podstawowa nr 4 we Wrzosogrodzie – brak informacji o realizacji."])
    result = CliRunner().invoke(main, ["sprawdz", str(case)])
    assert "działanie „obchody-wieczorne” nie ma wpisu w realizacja: dzialania" in result.output
    assert "partner „szkola” nie ma wpisu w realizacja: partnerzy" in result.output


def test_informacja_keeps_one_date_style():
    [(item, data)] = render_kind(WRZOSOGROD, "informacja")
    text = "\n".join(text_of(data))
    assert "(9.03.2026 roku)" in text and "Wrzosogród, dnia 24 sierpnia 2026 roku" in text
    assert not re.search(r"\d{4} r\.", text), re.search(r".{40}\d{4} r\..{10}", text)


def test_public_plan_shows_the_approval_as_done_or_leaves_it_out():
    [(item, data)] = render_kind(WRZOSOGROD, "plan-publikacja")
    assert_in_order(text_of(data), ["ZATWIERDZAM", "KIEROWNIK", "/-/ kom. Robert Nieprawdziwy",
                                    "dnia 25 lutego 2026 r.", "PLAN"])
    [(item, data)] = render_kind(LECZNA, "plan-publikacja")  # no date of approval in the case
    text = "\n".join(text_of(data))
    assert "ZATWIERDZAM" not in text and "…" not in text
    [(item, data)] = render_kind(LECZNA, "plan")  # the plan for approval keeps room to sign
    assert_in_order(text_of(data), ["ZATWIERDZAM", "nadkom. Piotr Testowy", "dnia ……"])


def test_public_informacja_leaves_out_the_conclusions_for_the_superior():
    [(item, data)] = render_kind(WRZOSOGROD, "informacja-publikacja")
    text = "\n".join(text_of(data))
    assert "Ocena osiągnięcia celu" in text and "Wnioski:" not in text and "Wnoszę o kontynuowanie" not in text
    [(item, data)] = render_kind(WRZOSOGROD, "informacja")
    assert "Wnioski:" in "\n".join(text_of(data))


def test_wniosek_takes_the_plan_topic_from_its_own_field_and_never_pastes_section_1():
    items = dict((i.filename, d) for i, d in render_kind(WRZOSOGROD, "wniosek"))
    patrole = "\n".join(text_of(items["wniosek-patrole.docx"]))  # this letter gives no problem of its own
    assert ("plan działania priorytetowego dotyczący spożywania alkoholu w miejscu publicznym w rejonie placu "
            "zabaw przy ul. Lipowej.") in patrole
    assert "dotyczący wspólnych patroli" not in patrole  # the letter's subject stays the letter's
    assert "problemem wymagającym podjęcia" not in patrole and "Problem ten został zdiagnozowany" not in patrole


@pytest.mark.parametrize("kind, ident, name", [
    ("wniosek", "wniosek-monitoring", "wniosek-monitoring.docx"), ("wniosek", "lampy", "wniosek-lampy.docx"),
    ("spotkanie", "spotkanie-x", "spotkanie-x.ics"), ("protokol-formularz", "spotkanie-x",
                                                       "protokol-formularz-spotkanie-x.docx"),
    ("zaproszenie", "zebranie-rada", "zaproszenie-zebranie-rada.docx"),
    ("wniosek", "wnioskowanie", "wniosek-wnioskowanie.docx"),
])
def test_file_names_never_double_a_word(kind, ident, name):
    from pismo.documents.builders import file_name

    assert file_name(kind, ident, name.rsplit(".", 1)[1]) == name


def test_a_letter_a_little_over_one_page_is_tightened_and_a_short_one_is_not():
    from pismo.render import fit

    [(item, data)] = render_kind(LECZNA, "wniosek")
    styles = xml_of(data, "word/styles.xml")
    assert 'w:line="228"' in styles  # the Łęczna wniosek needs the tighter spacing to stay on one page
    invitation = next(d for i, d in render_kind(LECZNA, "zaproszenia") if i.rodzaj == "zaproszenie")
    assert 'w:line="240"' in xml_of(invitation, "word/styles.xml")
    assert fit.tighten(b'<w:spacing w:before="240" w:after="120"/>') == b'<w:spacing w:before="120" w:after="60"/>'
