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
from pismo.cli import main


def text_of(data: bytes) -> list[str]:
    return [p.replace("\u00a0", " ") for p in paragraphs(data)]


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
    assert_in_order(lines, ["PROTOKÓŁ nr 1/2025", "ze spotkania w sprawie modernizacji",
                            "odbytego w dniu 15 września 2025 r. w sali konferencyjnej", "Obecni:",
                            "zgodnie z listą obecności", "Porządek spotkania:", "Przebieg spotkania:",
                            "Ad 1. Otwarcie spotkania", "Ad 5. Wolne wnioski", "Ustalenia:", "Lp.", "Ustalenie",
                            "Odpowiedzialny", "Termin", "10.", "Na tym spotkanie zakończono.", "Protokołował(a):",
                            "Prowadzący:"])
    assert xml_of(data).count('w:leader="dot"') >= 15


def test_protokol_of_a_held_meeting():
    items = render_kind(WRZOSOGROD, "protokol")
    protocols = [(i, d) for i, d in items if i.rodzaj == "protokol"]
    lists = [(i, d) for i, d in items if i.rodzaj == "lista-obecnosci"]
    assert len(protocols) == 2 and len(lists) == 2
    held = "\n".join(text_of(protocols[0][1]))
    assert "Ad 1." in held and "Ad 2." in held and "na bieżąco" in held
    assert 'w:leader="dot"' not in xml_of(protocols[0][1])
    for _, data in lists:
        assert_house_style(data)
        xml = xml_of(data)
        assert xml.count("<w:tr>") >= 16 and "<w:tblHeader/>" in xml
        assert_in_order(text_of(data), ["LISTA OBECNOŚCI", "Lp.", "Imię i nazwisko", "Instytucja / funkcja",
                                        "Podpis", "15."])


def test_blank_protokol_form():
    [(item, data)] = render_kind(LECZNA, "protokol-pusty")
    assert_house_style(data)
    xml = xml_of(data)
    assert_in_order(text_of(data), ["PROTOKÓŁ nr", "ze spotkania w sprawie", "Porządek spotkania:",
                                    "Przebieg spotkania:", "Ustalenia:", "10.", "Protokołował(a):",
                                    "LISTA OBECNOŚCI", "15."])
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
    from pismo.context import number

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
