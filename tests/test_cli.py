"""The command line: version, the skeleton, template override, the example case's sentences."""

from __future__ import annotations

import re
import zipfile

import pytest
from click.testing import CliRunner

from helpers import LECZNA, REFERENCE, WRZOSOGROD, normalise, paragraphs, render_kind
from pismo import __version__
from pismo.cli.main import main
from pismo.case.loader import load_case


def test_version():
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_help_is_polish():
    result = CliRunner().invoke(main, ["--help"])
    assert "Użycie:" in result.output and "dokumenty planu działania priorytetowego" in result.output


def test_nowa_writes_a_skeleton_that_sprawdz_accepts_and_never_overwrites(tmp_path):
    target = tmp_path / "nowa.yaml"
    runner = CliRunner()
    result = runner.invoke(main, ["nowa", str(target)])
    assert result.exit_code == 0 and "UZUPEŁNIJ" in result.output
    text = target.read_text(encoding="utf-8")
    assert text.count("#") > 50 and "UZUPEŁNIJ" in text
    check = runner.invoke(main, ["sprawdz", str(target)])
    assert check.exit_code == 4 and "do uzupełnienia" in check.output and "niekompletny" in check.output
    again = runner.invoke(main, ["nowa", str(target)])
    assert again.exit_code == 1 and "już istnieje" in again.output
    assert target.read_text(encoding="utf-8") == text


def test_sprawdz_summary_of_both_examples():
    result = CliRunner().invoke(main, ["sprawdz", str(LECZNA)])
    assert result.exit_code == 0
    assert "Rejon służbowy nr 3" in result.output and "Działania: 5, partnerzy: 3" in result.output
    assert result.output.count("można utworzyć") == 7


def test_user_templates_come_first(tmp_path):
    from pismo.render.engine import BUILTIN_DIR

    source = zipfile.ZipFile(BUILTIN_DIR / "plan.docx")
    custom = tmp_path / "plan.docx"
    with zipfile.ZipFile(custom, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                data = data.replace("ZATWIERDZAM".encode(), "ZATWIERDZAM – WERSJA JEDNOSTKI".encode())
            out.writestr(info, data)
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(tmp_path / "out"), "--szablony", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "out" / "leczna-rejon-3-2025"
    assert "WERSJA JEDNOSTKI" in "".join(paragraphs((folder / "plan.docx").read_bytes()))
    assert "WERSJA JEDNOSTKI" not in "".join(paragraphs((folder / "informacja.docx").read_bytes()))


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def test_example_case_holds_every_sentence_of_the_reference():
    from pismo.polish import join_and

    sprawa = load_case(LECZNA).sprawa
    texts = list(_strings(sprawa.model_dump()))
    texts += [f"{p.nazwa.mianownik} – {join_and(p.komorki)}" for p in sprawa.partnerzy]  # section 4 joins these
    data = " ".join(normalise(text) for text in texts)
    body = REFERENCE.read_text(encoding="utf-8").split("\n", 5)[5]  # after the title block
    for line in body.splitlines():
        line = normalise(line)
        if not line or re.match(r"^\d\. ", line):
            continue
        for sentence in re.split(r"(?<=\.) (?=[A-ZŁŚŻŹ])", line):
            sentence = re.sub(r" - termin realizacji .*$", "", sentence).rstrip(".")
            assert sentence in data, f"zdania nie ma w sprawie: {sentence}"


def test_click_messages_are_polish():
    runner = CliRunner()
    help_text = runner.invoke(main, ["plan", "--help"]).output
    assert "Opcje:" in help_text and "[OPCJE]" in help_text and "Pokaż tę pomoc" in help_text
    assert "Options" not in help_text and "Show this" not in help_text
    missing = runner.invoke(main, ["plan"])
    assert missing.exit_code == 2 and "błąd: Brak argumentu" in missing.output
    unknown = runner.invoke(main, ["planx"])
    assert "Nie ma polecenia" in unknown.output and "Czy chodziło o" in unknown.output


def test_a_kind_the_case_lacks_writes_nothing_and_says_so(tmp_path):
    """A case with no wnioski: sprawdz says there is nothing to make, `wniosek` writes no file and no folder."""
    source = LECZNA.read_text(encoding="utf-8")
    case = tmp_path / "bez-wnioskow.yaml"
    source = source[:source.index("\nwnioski:")] + "\n" + source[source.index("\nspotkania:"):]
    case.write_text(source.replace("dokumenty: [wniosek-monitoring]", "dokumenty: []"), encoding="utf-8")
    runner = CliRunner()
    summary = runner.invoke(main, ["sprawdz", str(case)])
    assert summary.exit_code == 0, summary.output
    assert "wnioski: brak w sprawie (nic do utworzenia)" in summary.output
    assert "informacja o realizacji: można utworzyć (1 plik)" in summary.output
    result = runner.invoke(main, ["wniosek", str(case), "-o", str(tmp_path / "pisma")])
    assert result.exit_code == 0, result.output
    assert "nie zapisano żadnego pliku" in result.output
    assert not (tmp_path / "pisma").exists()


def test_sprawdz_says_which_document_a_placeholder_blocks(tmp_path):
    """A field still saying UZUPEŁNIJ blocks exactly the documents that print it, named at its line."""
    case = tmp_path / "sprawa.yaml"
    source = LECZNA.read_text(encoding="utf-8")
    case.write_text(source.replace("      - NACZELNIK\n", "      - UZUPEŁNIJ NACZELNIK\n"), encoding="utf-8")
    line = source.splitlines().index("      - NACZELNIK") + 1
    result = CliRunner().invoke(main, ["sprawdz", str(case)])
    assert result.exit_code == 4, result.output
    assert f"{case}: niekompletny – nie można jeszcze utworzyć: plan działania priorytetowego." in result.output
    assert (f"plan działania priorytetowego: nie można – {case}:{line}:9: osoby.przelozony.podpis[0]: "
            "do uzupełnienia") in result.output
    assert "informacja o realizacji: można utworzyć (1 plik)" in result.output


def test_sprawdz_refuses_a_case_name_the_documents_folder_could_not_take(tmp_path):
    """The same name rule as writing: sprawdz must not promise documents that `plan` would refuse."""
    case = tmp_path / "CON.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    result = CliRunner().invoke(main, ["sprawdz", str(case)])
    assert result.exit_code == 1
    assert "zastrzeżona nazwa urządzenia w systemie Windows" in result.output
    assert "można utworzyć" not in result.output


def test_a_skeleton_filled_in_everywhere_it_asks_is_complete():
    """Every default of `pismo nowa` holds once each UZUPEŁNIJ is answered: no document trips on a field left commented."""
    import re

    from pismo import api
    from pismo.case.skeleton import skeleton_text

    answered = skeleton_text().replace("UZUPEŁNIJ M albo K", "K")  # the gender is a choice, not a text
    report = api.check(re.sub(r"UZUPEŁNIJ:? ?", "", answered))
    assert report.valid, [str(p) for p in report.problems]
    assert report.complete, {k: [str(p) for p in s.problems] for k, s in report.kinds.items() if not s.can_make}


def test_wszystko_with_publikacja_writes_the_public_versions_too(tmp_path):
    result = CliRunner().invoke(main, ["wszystko", str(WRZOSOGROD), "-o", str(tmp_path), "--publikacja"])
    assert result.exit_code == 0, result.output
    names = {p.name for p in (tmp_path / WRZOSOGROD.stem).iterdir()}
    assert {"plan.docx", "plan-publikacja.docx", "informacja.docx", "informacja-publikacja.docx"} <= names
    assert result.output.count("-publikacja.docx: wersja do publikacji – pominięto") == 2, "what each one left out"
    assert result.output.count("Przeczytaj") == 1, "the reminder to read them: once"


def test_help_lists_commands_in_the_order_of_work_whole_and_in_polish():
    output = CliRunner().invoke(main, ["--help"]).output
    listed = [line.split()[0] for line in output.split("Polecenia:", 1)[1].splitlines() if line.startswith("  ")
              and not line.startswith("    ")]
    order = ["nowa", "import", "sprawdz", "plan", "wniosek", "zaproszenia", "protokol", "informacja", "wszystko",
             "pdf", "szablony"]
    assert [c for c in listed if c in order] == order, listed
    assert "..." not in output and "…" not in output.split("Polecenia:", 1)[1]
    jobs = CliRunner().invoke(main, ["wszystko", "--help"]).output
    assert "INTEGER" not in jobs and "RANGE" not in jobs and "x>=" not in jobs
    wrong = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-j", "0"])
    assert wrong.exit_code == 2 and "0 – poza dozwolonym zakresem (od 1 do 32)" in wrong.output


def test_every_command_help_is_polish_without_clicks_english_type_names():
    """No INTEGER RANGE, TEXT, PATH… left from click in any command's help, subcommands included."""
    import re

    import click

    def commands(group, prefix):
        for name, command in group.commands.items():
            yield prefix + [name]
            if isinstance(command, click.Group):
                yield from commands(command, prefix + [name])

    for path in commands(main, []):
        output = CliRunner().invoke(main, [*path, "--help"]).output
        english = re.findall(r"(?:--[\w-]+|-\w)[ =](?:INTEGER|TEXT|PATH|FILENAME|FLOAT|BOOLEAN|DIRECTORY|FILE)\b"
                             r"|\b(?:RANGE|Usage|Options|default)\b", output)
        assert not english, (path, english)


@pytest.mark.parametrize("args, text", [
    (["wszystko", "X", "-j", "99999999999999999999"], "poza dozwolonym zakresem (od 1 do 32)"),
    (["pdf", "X", "-j", "100"], "poza dozwolonym zakresem (od 1 do 16)"),
    (["terminy", "X", "--dni", "3000000"], "poza dozwolonym zakresem (od 0 do 36500)"),
])
def test_numbers_too_large_for_an_option_are_refused_in_polish(args, text):
    """-j had no upper bound (Windows allows 61 worker processes: a ValueError traceback beyond), and --dni
    3000000 ended in an OverflowError traceback."""
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and text in result.output, result.output


def test_publication_help_says_what_the_public_version_removes():
    """The help said registration numbers, addresses and names without a first name are not removed: they are."""
    result = CliRunner().invoke(main, ["plan", "--help"])
    flat = " ".join(result.output.split())
    assert "numerów rejestracyjnych ani adresów" not in flat and "tablic rejestracyjnych" in flat


def test_an_id_too_long_is_told_its_length_not_a_wrong_alphabet():
    """An id of 61 allowed characters was refused as if it held characters other than letters, digits, hyphens."""
    from pismo import api

    text = LECZNA.read_text(encoding="utf-8")
    first = re.search(r"\n  - id: ([a-z0-9-]+)", text)
    report = api.check(text.replace(first.group(0), "\n  - id: " + "a" * 61, 1), "x.yaml")
    assert [p.message for p in report.errors] == [
        "identyfikator ma 61 znaków – może mieć najwyżej 60 (trafia do nazw plików); skróć go"]


def test_counts_of_capped_problem_lists_stay_true(tmp_path):
    """After the list of problems was capped, terminy said „błędy: 51” for 240 and sprawdz „Ostrzeżenia: 501”
    for 700 (the summary line counted as one)."""
    text = LECZNA.read_text(encoding="utf-8")
    first = re.search(r"\n  - id: [a-z0-9-]+\n    opis: [^\n]+", text)
    actions = "".join(f"\n  - id: dodatkowe-{n}\n    opis: UZUPEŁNIJ\n    termin:\n      do: 2025-12-31" for n in range(600))
    case = tmp_path / "duzo.yaml"
    case.write_text(text[:first.start()] + actions + text[first.start():], encoding="utf-8")
    result = CliRunner().invoke(main, ["sprawdz", str(case)])
    assert "Ostrzeżenia: 600 (pierwsze 500 wypisane wyżej)." in result.output, result.output[-500:]
    broken = tmp_path / "bledy.yaml"
    broken.write_text(text[:first.start()] + "".join(f"\n  - id: x{n}\n    opis: {{a: 1}}\n    termin:\n      do: 2025-12-31"
                                                     for n in range(120)) + text[first.start():], encoding="utf-8")
    listed = CliRunner().invoke(main, ["terminy", str(broken)])
    assert "błędy: 120 –" in listed.output, listed.output[:500]
