"""Follow-ups of the twelfth system-messages review (rev-sys12) of issue 17: one reading of a word giving an option
its value, in every spelling (Word's dash, a Windows switch), with the value told through its own rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _said(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("args, meant", [
    (["wszystko", LECZNA, "–j2"], "wpisz -j 2 ("),
    (["plan", LECZNA, "–owyniki"], "wpisz -o wyniki ("),
    (["wszystko", LECZNA, "–j−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
    (["wszystko", LECZNA, "–o/tmp/x"], "wpisz -o /tmp/x ("),
    (["plan", LECZNA, "—o:wyniki"], "wpisz -o wyniki ("),
])
def test_words_dash_before_a_short_option_with_its_value_attached_is_read_as_the_hyphen_one(
        tmp_path, monkeypatch, args, meant):
    """#1: `–j2` was advised „--j2”, `–owyniki` „--owyniki” (no such options); `–j−2` and `–o/tmp/x` were taken as
    a case file – wszystko wrote every document and counted the word a failed case."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and meant in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, meant", [
    (["wszystko", LECZNA, "/o", "moje pisma"], "„-o \"moje pisma\"”"),
    (["wszystko", LECZNA, "/o:moje pisma"], "„-o \"moje pisma\"”"),
    (["wszystko", LECZNA, "–-wyjscie=moje pisma"], "wpisz --wyjscie \"moje pisma\" ("),
    (["wszystko", LECZNA, "/o", "/tmp/moje pisma"], "„-o \"/tmp/moje pisma\"”"),
    (["wszystko", LECZNA, "/o", "/tmp/x"], "„-o /tmp/x”"),
])
def test_a_value_advised_after_a_switch_or_words_dash_is_one_shell_word(tmp_path, monkeypatch, args, meant):
    """#9: „-o moje pisma” typed as advised wrote into „moje/” and made „pisma” a failed case; `/o /tmp/x` was
    advised „-o FOLDER”."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and meant in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["/dzien:1–05–2025"], ["/dzien", "1–05–2025"], ["–-dzien=1–05–2025"]])
def test_a_date_with_words_dashes_after_a_switch_or_words_dash_is_advised_with_hyphens(tmp_path, monkeypatch, args):
    """#15: „--dzien 1–05–2025” (the dashes kept) was advised, and refused next."""
    code, said = _said(tmp_path, monkeypatch, "terminy", LECZNA, *args)
    assert code == 2 and "--dzien 1-05-2025" in said and "(U+2013)" in said, said
    code, said = _said(tmp_path, monkeypatch, "terminy", LECZNA, "--dzien", "1-05-2025")  # the advice typed
    assert code == 0, said


def test_a_folder_named_by_years_with_a_dash_is_advised_as_named(tmp_path, monkeypatch):
    """The date rule is for dates: a folder „2024–2025” is the officer's name, kept in the advice."""
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "/o:2024–2025")
    assert code == 2 and "„-o '2024–2025'”" in said and "2024-2025" not in said, said


@pytest.mark.parametrize("folder, told, meant", [
    ("C:\\pisma", "to ścieżka z Windows (dysk C:)", "np. {home}/pisma"),
    ("D:/pisma", "to ścieżka z Windows (dysk D:)", "np. {home}/pisma"),
    ("%USERPROFILE%\\pisma", "„%USERPROFILE%” to zmienna wiersza poleceń Windows (cmd.exe)", "np. {home}/pisma"),
    ("$HOME/pisma", "„$HOME” nie zostało zamienione na wartość zmiennej HOME", "np. {home}/pisma"),
    (".\\wyniki", "zawiera „\\” – tak oddziela foldery Windows", "np. ./wyniki"),
])
def test_a_windows_path_or_an_unexpanded_variable_as_the_output_folder_is_refused_with_the_path_here(
        tmp_path, monkeypatch, folder, told, meant):
    """#7: each made a folder of that literal name in the current one („C:\\pisma/sprawa/plan.docx” told as
    written, as if on drive C:)."""
    home = tmp_path / "dom"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", folder)
    assert code == 2 and told in said and meant.format(home=home) in said, said
    assert [p.name for p in tmp_path.iterdir()] == ["dom"]


def test_a_windows_path_that_exists_here_is_taken_as_named(tmp_path, monkeypatch):
    """A folder an officer named so himself stays his: only a path that is not there is refused."""
    (tmp_path / "C:\\pisma").mkdir()
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "C:\\pisma")
    assert code == 0 and (tmp_path / "C:\\pisma" / LECZNA.stem / "plan.docx").is_file(), said


def test_a_windows_path_is_the_systems_own_on_windows(tmp_path, monkeypatch):
    from pismo import typed
    from pismo.cli import click_pl

    monkeypatch.setattr(typed, "_ON_WINDOWS", True)
    assert click_pl._foreign_path("C:\\pisma", True) is None
    monkeypatch.setattr(typed, "_ON_WINDOWS", False)
    assert "dysk C:" in click_pl._foreign_path("C:\\pisma", True)


def test_a_case_file_typed_with_backslashes_is_advised_with_slashes(tmp_path, monkeypatch):
    (tmp_path / "kat jeden").mkdir()
    (tmp_path / "kat jeden" / "plan.yaml").write_bytes(LECZNA.read_bytes())
    code, said = _said(tmp_path, monkeypatch, "sprawdz", "kat jeden\\plan.yaml")
    assert code == 2 and 'np. "kat jeden/plan.yaml"' in said and "szukałoby" in said, said


@pytest.mark.parametrize("args, told", [
    (["terminy", LECZNA, "--dzien:1.05.2025"], "po opcji nie pisze się „:” – napisz --dzien 1.05.2025 albo "
                                               "--dzien=1.05.2025"),
    (["plan", LECZNA, "--wyjscie:moje pisma"], "napisz --wyjscie \"moje pisma\" albo --wyjscie=\"moje pisma\""),
    (["pdf", "plan.docx", "--czas:600"], "napisz --czas 600 albo --czas=600"),
    (["wszystko", LECZNA, "--jobs:2"], "napisz --jobs 2 albo --jobs=2"),
    (["plan", LECZNA, "--nadpisz:tak"], "opcja --nadpisz nie przyjmuje wartości – napisz samo --nadpisz"),
    (["terminy", LECZNA, "--dzien:1–05–2025"], "(U+2013) – napisz --dzien 1-05-2025"),
    (["terminy", LECZNA, "--dni:−5"], "„−5” to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500"),
    (["plan", LECZNA, "-o:moje pisma"], "napisz -o \"moje pisma\" albo --wyjscie=\"moje pisma\""),
])
def test_a_long_option_with_its_value_after_a_colon_is_told_the_colon(tmp_path, monkeypatch, args, told):
    """#11: „Nie ma opcji „--czas:600”. Czy chodziło o „--czas”?” – and for --dzien no suggestion at all."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said and "Nie ma opcji" not in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["-o", "–wyniki"], ["--wyjscie", "–wyniki"], ["-o—wyniki"], ["--wyjscie=–wyniki"]])
def test_an_output_folder_beginning_with_words_dash_is_told_as_the_value_in_every_spelling(
        tmp_path, monkeypatch, args):
    """#6: `-o –wyniki` was advised „wpisz --wyniki” (no such option), `-o—wyniki` and `--wyjscie=–wyniki` made a
    folder „—wyniki” without a word."""
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, *args)
    assert code == 2 and "zaczyna się od" in said and "napisz jako ./" in said and "--wyniki" not in said, said
    assert list(tmp_path.iterdir()) == []


def test_an_option_with_words_dash_where_a_path_belongs_is_told_the_path_missing(tmp_path, monkeypatch):
    """#6: `-o –-nadpisz` was advised „wpisz --nadpisz”, then refused as no path."""
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "–-nadpisz")
    assert code == 2 and "półpauzy (–)" in said and "zaraz po -o podaj ścieżkę, np. -o wyniki --nadpisz" in said, said
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_beginning_with_words_dash_is_taken(tmp_path, monkeypatch):
    (tmp_path / "—kopia").mkdir()
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "—kopia")
    assert code == 0, said


@pytest.mark.parametrize("args, told", [
    (["serwer", "--host", "--port", "18977"], "„--port” to opcja, a nie wartość --host – zaraz po --host podaj jej "
                                              "wartość, np. --host 127.0.0.1 --port 18977"),
    (["serwer", "--port", "--host", "127.0.0.1"], "np. --port 8765 --host 127.0.0.1"),
    (["wszystko", LECZNA, "-j", "--pdf"], "„--pdf” to opcja, a nie wartość -j"),
])
def test_an_option_where_another_options_value_belongs_is_told_the_value_missing(tmp_path, monkeypatch, args, told):
    """#5: `serwer --host --port 18977` was „Nadmiarowy argument: „18977””, `--port --host …` „to nie jest liczba”."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said, said


@pytest.mark.parametrize("host, meant", [("-", "127.0.0.1"), ("a b", "127.0.0.1"), ("localhost/", "localhost"),
                                         ("localhost,", "localhost"), ("*", "0.0.0.0")])
def test_serwer_tells_a_host_no_name_can_be_as_a_usage_error(tmp_path, monkeypatch, host, meant):
    """#5: each was „nie znaleziono komputera o tej nazwie” with code 1 – the network's answer, not the spelling."""
    code, said = _said(tmp_path, monkeypatch, "serwer", "--bez-przegladarki", "--host", host)
    assert code == 2 and f"--host {meant}" in said and "nie znaleziono" not in said, said


def test_a_folder_without_case_files_given_for_one_is_told_it_has_none(tmp_path, monkeypatch):
    """#3: „podaj pliki spraw z niego, np. kat0/*.yaml” for a folder with none – the glob was „plik nie istnieje”."""
    (tmp_path / "kat0").mkdir()
    (tmp_path / "kat0" / "notatka.txt").write_text("x", encoding="utf-8")
    code, said = _said(tmp_path, monkeypatch, "plan", "kat0")
    assert code == 1 and "w folderze kat0 nie ma plików spraw (.yaml)" in said and "*.yaml" not in said, said


def test_the_root_folder_is_not_doubled_in_the_glob_advised(monkeypatch):
    from pismo.case import yamlio

    monkeypatch.setattr(yamlio, "_case_names", lambda folder: ["a.yaml", "b.yaml"])
    assert yamlio._cases_in(Path("/")).startswith("/*.yaml w poleceniach sprawdz i wszystko"), yamlio._cases_in(Path("/"))


@pytest.mark.parametrize("name, told", [
    ("plan.docx ", "nazwa kończy się spacją po .docx (takiej Windows nie otworzy) – zmień nazwę na plan.docx"),
    ("wniosek.docx.txt", "nazwa ma dopisane „.txt” po .docx"),
])
def test_pismo_pdf_tells_a_word_documents_name_with_something_after_docx(tmp_path, monkeypatch, name, told):
    """#4: „to nie jest dokument Word (.docx)” – untrue, and no step that helps; a folder of them was „nie ma
    dokumentów Word” with none named."""
    from helpers import render_kind

    (tmp_path / "pdfy").mkdir()
    (tmp_path / "pdfy" / name).write_bytes(render_kind(LECZNA, "plan")[0][1])
    code, said = _said(tmp_path, monkeypatch, "pdf", f"pdfy/{name}")
    assert code == 1 and told in " ".join(said.split()) and "to nie jest dokument Word" not in said, said
    code, said = _said(tmp_path, monkeypatch, "pdf", "pdfy")
    assert code == 1 and f"„pdfy/{name}” (zmień nazwę na" in said, said


def _odt(path: Path) -> None:
    import zipfile

    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", "<office:document-content/>")


@pytest.mark.parametrize("command", ["sprawdz", "plan", "terminy"])
@pytest.mark.parametrize("name, told", [
    ("plan.pdf", "to jest plik PDF, a nie plik sprawy (tekst YAML) – jeśli to plan, otwórz go, skopiuj tekst planu "
                 "do pliku .txt i utwórz z niego plik sprawy poleceniem: pismo import plan.txt"),
    ("plan.odt", "to jest dokument OpenDocument (LibreOffice, .odt), a nie plik sprawy (tekst YAML) – jeśli to plan, "
                 "zapisz go jako dokument Word"),
])
def test_a_plan_in_pdf_or_odt_given_for_a_case_is_told_what_it_is(tmp_path, monkeypatch, command, name, told):
    """#8: a PDF was „to nie jest plik tekstowy (zawiera bajty zerowe)”, an .odt „dokument Word (.docx) albo inne
    archiwum ZIP … pismo import PLIK.docx” – import of the same files names them."""
    if name.endswith(".pdf"):
        (tmp_path / name).write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n\x00\x00trailer\n%%EOF\n")
    else:
        _odt(tmp_path / name)
    code, said = _said(tmp_path, monkeypatch, command, name)
    assert code == 1 and told in said and "bajty zerowe" not in said and "PLIK.docx" not in said, said


def test_terminy_reads_a_case_file_with_an_upper_case_extension_in_a_folder(tmp_path, monkeypatch):
    """#12: „Brak plików spraw (.yaml) w folderze upper” for upper/REJON3.YAML, which sprawdz reads."""
    (tmp_path / "upper").mkdir()
    (tmp_path / "upper" / "REJON3.YAML").write_bytes(LECZNA.read_bytes())
    code, said = _said(tmp_path, monkeypatch, "terminy", "upper", "--dzien", "2025-06-01")
    assert code == 0 and "– REJON3 –" in said and "Brak plików" not in said, said


def test_terminy_labels_same_named_cases_of_two_folders_by_their_paths(tmp_path, monkeypatch):
    """#13: every deadline of d1/plan.yaml and d2/plan.yaml was labelled „plan”."""
    for folder in ("d1", "d2"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "plan.yaml").write_bytes(LECZNA.read_bytes())
    (tmp_path / "inna.yaml").write_bytes(LECZNA.read_bytes())
    code, said = _said(tmp_path, monkeypatch, "terminy", "d1", "d2", "inna.yaml", "--dzien", "2025-06-01")
    assert code == 0 and "– d1/plan –" in said and "– d2/plan –" in said and "– plan –" not in said, said
    assert "– inna –" in said  # a name of its own stays short


@pytest.mark.parametrize("args", [["plan", LECZNA, "-o", "out"], ["wszystko", LECZNA, "-o", "out"],
                                  ["szablony", "eksport", "out/w"]])
def test_a_locked_output_folder_is_told_locked_by_every_command(tmp_path, monkeypatch, flagged, args):
    """#14: plan, wszystko and szablony eksport said „brak uprawnień do zapisu” of a folder locked by its flags
    (chattr +i, Finder's „Zablokowany”), while nowa and import named the lock."""
    (tmp_path / "out").mkdir()
    flagged("+i", tmp_path / "out")
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code != 0 and f"folder {tmp_path / 'out'} jest zablokowany" in said and "odblokuj go" in said, said
    assert "brak uprawnień" not in said, said


def test_libreoffice_in_debians_folder_is_found_without_usr_bin_on_path(tmp_path, monkeypatch):
    """#16: „Nie znaleziono programu LibreOffice … Zainstaluj” with PATH lacking /usr/bin, though Debian's
    /usr/lib/libreoffice/program/soffice was there – a folder pismo listed elsewhere."""
    from pismo.files import soffice

    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setattr(soffice, "DEBIAN", str(program))
    monkeypatch.setattr(soffice, "_windows", lambda: False)
    monkeypatch.setenv("PATH", str(tmp_path / "nic"))
    assert soffice._installed() == str(program)


def test_libreoffice_is_started_with_the_systems_folders_on_path(monkeypatch):
    """#16: Debian's soffice script runs dirname, ls and sed from PATH – without /usr/bin it did not start."""
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_windows", lambda: False)
    env = {"PATH": "/usr/local/bin:/moje"}
    soffice._usable_path(env)
    assert env["PATH"] == "/usr/local/bin:/moje:/usr/bin:/bin"


def test_a_home_of_no_such_user_is_told_as_such_not_as_quoted(tmp_path, monkeypatch):
    """#17: `-o ~nowy` typed unquoted (no user „nowy”) was told „ścieżka w cudzysłowie albo po „=”” – not the
    cause; most likely ~/nowy was meant."""
    home = tmp_path / "dom"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "~nikt-taki-xyz")
    assert code == 2 and "użytkownika „nikt-taki-xyz”, a takiego użytkownika tu nie ma" in said, said
    assert f"czy chodziło o ~/nikt-taki-xyz? Podaj pełną ścieżkę, np. {home}/nikt-taki-xyz" in said, said
    assert "w cudzysłowie" not in said
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "~/x")  # the quoted „~” keeps its reason
    assert code == 2 and "w cudzysłowie" in said, said


@pytest.mark.parametrize("command", ["plan", "wszystko"])
def test_soffice_without_pdf_is_told_before_anything_is_written(tmp_path, monkeypatch, command):
    """#19: `plan sprawa.yaml --soffice /usr/bin/soffice` wrote the Word documents only, rc 0, not a word that no
    PDF was made (`--soffice /nie/ma` not checked either)."""
    code, said = _said(tmp_path, monkeypatch, command, LECZNA, "--soffice", "/nie/ma", "-o", "out")
    assert code == 2 and "działa tylko razem z --pdf – dodaj --pdf" in said, said
    assert list(tmp_path.iterdir()) == []
