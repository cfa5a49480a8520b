"""Follow-ups of the eleventh system-messages review (rev-sys11) of issue 17: the command line's advice must be
accepted when typed – Word's dash before an option and Word's minus in its value (#1), a flag given a value
(#4), a short option in capitals (#12)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main


def _said(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [str(a) for a in args])
    return result.exit_code, " ".join(result.output.split())


@pytest.mark.parametrize("args, told, meant", [
    (["wszystko", "brak.yaml", "–j", "−0"], "„−0” to zero, a -j przyjmuje liczby od 1 do 32", "-j 1"),
    (["pdf", "brak.docx", "–-czas", "−0"], "„−0” to zero, a --czas przyjmuje liczby od 10 do 3600", "--czas 10"),
    (["pdf", "brak.docx", "–-czas=−5"], "„−5” to liczba ujemna, a --czas przyjmuje liczby od 10 do 3600",
     "--czas 10"),
    (["wszystko", "brak.yaml", "–-jobs=−40"], "„−40” to liczba ujemna, a --jobs przyjmuje liczby od 1 do 32",
     "--jobs 32"),
    (["terminy", "brak.yaml", "–-dni=−5,5"], "„−5,5” to liczba ujemna", "--dni 6"),
    (["wszystko", "brak.yaml", "–j", "−2,5"], "„−2,5” to liczba ujemna", "-j 2"),
    (["terminy", "brak.yaml", "—-dni", "−0"], "„−0” zaczyna się od znaku minus (−)", "--dni 0"),
])
def test_words_dash_before_the_option_and_minus_in_its_value_are_told_with_a_value_accepted_next(
        tmp_path, monkeypatch, args, told, meant):
    """#1: `–j −0` was advised „wpisz -j 0”, `–-jobs=−40` „--jobs 40”, `–-dni=−5,5` „--dni 5,5” – each refused
    next; the value goes through the number rule the plain `-j −0` has."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said and (f"wpisz {meant} " in said or f"wpisz np. {meant} " in said), said
    assert list(tmp_path.iterdir()) == []
    code, said = _said(tmp_path, monkeypatch, *args[:2], *meant.split())  # the advice typed: only the file
    assert "brak." in said and "zakres" not in said and "liczb" not in said, said


@pytest.mark.parametrize("args", [["plan", LECZNA, "—-nadpisz=tak"], ["wszystko", LECZNA, "–-pdf=tak"]])
def test_words_dash_before_a_flag_with_a_value_is_advised_the_flag_alone(tmp_path, monkeypatch, args):
    """#4: „wpisz --nadpisz tak” made „tak” an extra argument (plan) or a failed case (wszystko)."""
    code, said = _said(tmp_path, monkeypatch, *args)
    flag = args[2].lstrip("—–-").split("=")[0]
    assert code == 2 and "nie przyjmuje wartości" in said and f"wpisz --{flag} (" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, meant", [
    (["plan", LECZNA, "–O", "wyniki"], "-o"),
    (["wszystko", LECZNA, "–J", "2"], "-j"),
    (["plan", LECZNA, "–H"], "-h"),
])
def test_words_dash_before_a_short_option_in_capitals_is_advised_the_commands_option(
        tmp_path, monkeypatch, args, meant):
    """#12: „wpisz -O” named an option that does not exist – „Nie ma opcji „-O”” came next."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and f"wpisz {meant} (" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args, told", [
    (["wszystko", "brak.yaml", "/j=−2"], "„−2” to liczba ujemna, a -j przyjmuje liczby od 1 do 32 – wpisz np. -j 2"),
    (["terminy", "brak.yaml", "/dni=−5"], "„−5” to liczba ujemna, a --dni przyjmuje liczby od 0 do 36500"),
    (["pdf", "brak.docx", "/timeout:−600"], "„−600” to liczba ujemna, a --czas przyjmuje liczby od 10 do 3600"),
    (["wszystko", "brak.yaml", "/j="], "pusta wartość (np. nieustawiona zmienna w skrypcie) – podaj liczbę"),
])
def test_a_windows_switch_with_equals_is_read_as_the_one_with_a_colon(tmp_path, monkeypatch, args, told):
    """#2: `/j=−2` was advised „-j −2” (refused next), `/j:−2` told in one step – two readings of one switch."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and told in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("args", [["plan", LECZNA, "-o„wyniki”"], ["wszystko", LECZNA, "-j„2”"],
                                  ["plan", LECZNA, "-o=„wyniki”"]])
def test_words_quotes_around_a_value_attached_to_a_short_option_are_told(tmp_path, monkeypatch, args):
    """#19: `-o„wyniki”` made a folder named with the quotes; `-o „wyniki”` and `--wyjscie=„wyniki”` were told."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and "jest ujęte w cudzysłów, który stałby się częścią wartości" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("char, named", [
    ("\u00ad", "miękki łącznik"), ("\u2009", "wąska spacja"), ("\u200e", "niewidoczny znak kierunku tekstu"),
    ("\u3000", "szeroka spacja"),
])
def test_a_soft_hyphen_or_another_unseen_character_in_a_value_is_told(tmp_path, monkeypatch, char, named):
    """#17: `-o wyn<U+00AD>iki` (a web page's hyphenation) made a folder the officer sees as „wyniki” – a second one
    came with the next command typed by hand; a zero-width space in the same place was told."""
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", f"wyn{char}iki")
    assert code == 2 and f"wyn<U+{ord(char):04X}>iki" in said and f"{named}" in said, said
    assert list(tmp_path.iterdir()) == []


def test_pismo_soffice_with_a_soft_hyphen_is_told_the_character_not_quotes():
    """#17: the variable's own wording picks the character typed.slip found – one list (typed.UNSEEN)."""
    from pismo.files.soffice import _variable_slip

    said = _variable_slip("/usr/bin/sof\u00adfice")
    assert "U+00AD" in said and "cudzysłów" not in said, said


def test_a_one_line_refusal_naming_a_file_that_begins_with_a_space_keeps_its_prefix(tmp_path, monkeypatch):
    """#5: „ sprawa.yaml: plik już istnieje …” was printed indented, without „błąd:”, as if it continued a line."""
    (tmp_path / " sprawa.yaml").write_text("x: 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["nowa", " sprawa.yaml"])
    assert result.exit_code == 1 and "błąd:  sprawa.yaml: plik już istnieje" in result.output, result.output


def test_the_full_path_advised_for_a_quoted_home_is_a_shell_word(tmp_path, monkeypatch):
    """#3: `-o "~/moje pisma"` was advised „np. /home/…/moje pisma” unquoted – typed so, `wszystko` wrote into
    „moje/” and counted „pisma” a failed case."""
    home = tmp_path / "jan kowalski"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    code, said = _said(tmp_path, monkeypatch, "plan", LECZNA, "-o", "~/moje pisma")
    assert code == 2 and f'np. "{home}/moje pisma"' in said, said


@pytest.mark.parametrize("args, writes", [
    (["sprawdz", "~/sprawa.yaml"], False), (["terminy", "~/sprawy"], False), (["pdf", "~/pisma"], False),
    (["plan", LECZNA, "-o", "~/pisma"], True), (["nowa", "~/sprawa.yaml"], True),
    (["szablony", "eksport", "~/wzory"], True),
])
def test_a_quoted_home_in_a_path_pismo_only_reads_is_not_said_to_make_a_folder(tmp_path, monkeypatch, args, writes):
    """#8: `sprawdz '~/sprawa.yaml'` was told „pismo utworzyłoby folder o nazwie „~”” – nothing is made there."""
    monkeypatch.setenv("HOME", str(tmp_path))
    code, said = _said(tmp_path, monkeypatch, *args)
    made = "więc pismo utworzyłoby folder o nazwie „~”"
    looked = "więc pismo szukałoby w bieżącym folderze folderu o nazwie „~”"
    assert code == 2 and (made if writes else looked) in said, said
    assert list(tmp_path.iterdir()) == []


def test_an_empty_czas_is_given_the_helps_example_not_the_minimum(tmp_path, monkeypatch):
    """#6: „np. --czas 10” – the lowest value, below pismo's own 20–300 s – stopped every ordinary document after
    10 s when a script took it as advice; the help says „np. --czas 600”."""
    code, said = _said(tmp_path, monkeypatch, "pdf", "brak.docx", "--czas", "")
    assert code == 2 and "np. --czas 600, albo pomiń opcję" in said, said
    code, said = _said(tmp_path, monkeypatch, "pdf", "--help")
    assert "np. --czas 600" in said, said


@pytest.mark.parametrize("name, told", [
    ("sprawa.yaml.txt", "(np. sprawa.yaml)"), ("sprawa.", "(np. sprawa.yaml)"),
    ("plan rejon 3.yaml.docx", '(np. "plan rejon 3.yaml")'), (".yaml", "brak nazwy przed .yaml"),
    ("wykaz.json", "(np. wykaz.yaml)"),
])
def test_a_case_file_name_without_yaml_is_advised_a_name_right_when_typed(tmp_path, monkeypatch, name, told):
    """#16: „sprawa.yaml.txt” (Notepad's, extensions hidden) was advised „sprawa.yaml.yaml”, „.yaml” „.yaml.yaml”,
    „sprawa.” „sprawa..yaml”."""
    code, said = _said(tmp_path, monkeypatch, "nowa", name)
    assert code == 1 and told in said and ".yaml.yaml" not in said and "..yaml" not in said, said
    assert list(tmp_path.iterdir()) == []


def test_a_folder_given_to_a_command_taking_one_case_is_advised_one_of_its_files(tmp_path, monkeypatch):
    """#18: `plan kat6` was advised „np. kat6/*.yaml” – with two cases in it, „Nadmiarowy argument” came next."""
    import shutil

    (tmp_path / "kat6").mkdir()
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(LECZNA, tmp_path / "kat6" / name)
    for args in (["plan", "kat6"], ["nowa", "x.yaml", "--z", "kat6"]):
        code, said = _said(tmp_path, monkeypatch, *args)
        assert code == 1 and "a w pozostałych jeden z nich, np. kat6/a.yaml" in said, said
        code, said = _said(tmp_path, monkeypatch, *args[:-1], "kat6/a.yaml")  # the advice typed
        assert code == 0, said


@pytest.mark.parametrize("args", [["import", "/dev/stdin"], ["import", "/proc/self/fd/0"], ["sprawdz", "/dev/fd/0"],
                                  ["plan", LECZNA, "-o", "/dev/stdout"]])
def test_a_standard_stream_by_its_unix_name_is_told_like_a_dash(tmp_path, monkeypatch, args):
    """#13: `import /dev/stdin < plan.docx` wrote /dev/stdin.yaml into /dev; `-o /dev/stdout` was told to remove a
    system link."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and f"„{args[-1]}” (odczyt ze standardowego wejścia albo zapis na standardowe wyjście) nie " \
                          "jest obsługiwane" in said, said
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name, told", [
    ("plan.doc", "to jest dokument Word w starym formacie (.doc)"), ("plan.docm", "to jest dokument Word z makrami (.docm)"),
    ("plan.odt", "to jest dokument LibreOffice Writer (.odt)"), ("plan.PDF", "to już jest plik PDF"),
    ("plan.txt", "to nie jest dokument Word (.docx)"),
])
def test_pismo_pdf_names_a_word_document_of_another_format_by_its_extension(tmp_path, monkeypatch, name, told):
    """#22: `pismo pdf plan.doc` was „to nie jest dokument Word (.docx)” – a .doc is one; no step that helps."""
    (tmp_path / name).write_bytes(b"x")
    code, said = _said(tmp_path, monkeypatch, "pdf", name)
    assert code == 1 and f"{name}: {told}" in said, said


def test_terminy_lists_a_case_file_given_twice_once(tmp_path, monkeypatch):
    """#20: `terminy kat7 kat7/sprawa.yaml` listed every deadline twice – „Zaległe (14)” for 7."""
    import shutil

    (tmp_path / "kat7").mkdir()
    shutil.copy(LECZNA, tmp_path / "kat7" / "sprawa.yaml")
    _, once = _said(tmp_path, monkeypatch, "terminy", "kat7/sprawa.yaml", "--dzien", "2025-06-01")
    for args in (["kat7", "kat7/sprawa.yaml"], ["kat7/sprawa.yaml", "./kat7/sprawa.yaml"]):
        _, said = _said(tmp_path, monkeypatch, "terminy", *args, "--dzien", "2025-06-01")
        assert said == once and ("Zaległe (" in said or "Najbliższe (" in said), said


def test_terminy_advises_sprawdz_with_the_name_as_a_shell_word(tmp_path, monkeypatch):
    """#21: „(sprawdź: pismo sprawdz kat8/Plan rejon 5.yaml)” pasted was three missing files."""
    (tmp_path / "Plan rejon 5.yaml").write_text("jednostka: 1\nosoby: 2\nokres: 3\n", encoding="utf-8")
    code, said = _said(tmp_path, monkeypatch, "terminy", "Plan rejon 5.yaml")
    assert code == 1 and "(sprawdź: pismo sprawdz \"Plan rejon 5.yaml\")" in said, said


def test_a_plan_given_for_a_case_is_told_its_own_reason_and_the_import_of_that_file(tmp_path, monkeypatch):
    """#23: `terminy plan.docx` hid the reason behind „błędy: 1”; sprawdz advised „pismo import PLIK.docx”; a
    text plan had no pointer to the import."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "plan rejonu.docx", "w") as package:
        package.writestr("word/document.xml", "<w:document/>")
    (tmp_path / "plan.txt").write_text("Plan działania priorytetowego\n", encoding="utf-8")
    code, said = _said(tmp_path, monkeypatch, "terminy", "plan rejonu.docx")
    assert code == 1 and "tylko dokument Word (.docx)" in said and "błędy: 1" not in said, said
    assert 'pismo import "plan rejonu.docx"' in said and "PLIK.docx" not in said, said
    code, said = _said(tmp_path, monkeypatch, "sprawdz", "plan.txt")
    assert code == 1 and "utwórz z niego plik sprawy poleceniem: pismo import plan.txt" in said, said


@pytest.mark.parametrize("args, name", [
    (["pdf", "x.docx", "/o:pdfy"], "-o"), (["pdf", "x.docx", "/output:pdfy"], "--wyjscie"),
    (["terminy", LECZNA, "/o:x"], "-o"),
])
def test_a_windows_switch_of_another_commands_option_is_told_where_it_belongs(tmp_path, monkeypatch, args, name):
    """#15: `pdf x.docx /o:pdfy` was „nie ma takiego pliku ani folderu”; `terminy … /o:x` listed its deadlines with
    rc 1 – while `-o` is told „jest opcją poleceń … – w poleceniu pdf jej nie ma”."""
    code, said = _said(tmp_path, monkeypatch, *args)
    assert code == 2 and "to zapis opcji z Windows" in said and f"{name} jest opcją poleceń" in said, said
    assert f"w poleceniu {args[0]} jej nie ma" in said and "Zaległe" not in said, said


@pytest.mark.parametrize("kind", ["protokół", "PLAN", "Plan.docx", " wniosek "])
def test_szablony_zmienne_takes_a_kind_in_any_case_and_with_polish_letters(tmp_path, monkeypatch, kind):
    """#14: `protokół` and `PLAN` were refused, though the commands take such spellings."""
    code, said = _said(tmp_path, monkeypatch, "szablony", "zmienne", kind)
    assert code == 0 and "{{" in said, said


def test_szablony_zmienne_tells_a_kind_without_a_template_and_never_lists_it(tmp_path, monkeypatch):
    """#14: „terminarz” was refused with a list of names holding „terminarz”."""
    code, said = _said(tmp_path, monkeypatch, "szablony", "zmienne", "terminarz")
    assert code == 1 and "powstaje bez szablonu Word" in said, said
    assert "terminarz" not in said.split("dostępne:", 1)[1], said


def test_szablony_sprawdz_names_the_builtin_ones_and_a_folder_in_polish(tmp_path, monkeypatch):
    """#9: „OK: sprawdzono 7 szablonów w templates” (pismo's folder by its English name) and „… w wzory”."""
    code, said = _said(tmp_path, monkeypatch, "szablony", "sprawdz")
    assert code == 0 and "szablonów wbudowanych – bez błędów" in said and "templates" not in said, said
    assert _said(tmp_path, monkeypatch, "szablony", "eksport", "wzory")[0] == 0
    code, said = _said(tmp_path, monkeypatch, "szablony", "sprawdz", "wzory")
    assert code == 0 and "w folderze wzory – bez błędów" in said, said


@pytest.mark.parametrize("host, code", [("", 2), ("300.1.1.1", 2), ("[::1]", 2), ("192.0.2.1", 1)])
def test_serwer_tells_a_malformed_host_as_a_usage_error(tmp_path, monkeypatch, host, code):
    """#11: an empty or malformed --host ended with 1, an empty --port with 2 – README: 2 = „błędne wywołanie”; an
    address this machine does not have stays 1 (its state, not the spelling)."""
    said_code, said = _said(tmp_path, monkeypatch, "serwer", "--bez-przegladarki", "--host", host)
    assert said_code == code and "błąd:" in said and "--host" in said, said


@pytest.mark.parametrize("day, meant", [("1–05–2025", "1-05-2025"), ("2025–5–1", "2025-5-1")])
def test_a_day_with_words_dashes_in_either_order_is_told_the_dash(tmp_path, monkeypatch, day, meant):
    """#7 (its last line): `--dzien 1–05–2025` was „to nie jest data” – Word's dash not named."""
    code, said = _said(tmp_path, monkeypatch, "terminy", LECZNA, "--dzien", day)
    assert code == 2 and "(U+2013)" in said and f"wpisz {meant} " in said, said


def test_serwer_tells_a_host_name_not_found_with_the_code_of_the_machines_state(tmp_path, monkeypatch):
    """#11: a name the system cannot find is no spelling error: 1, as an address this machine lacks."""
    code, said = _said(tmp_path, monkeypatch, "serwer", "--bez-przegladarki", "--host", "nie.ma.takiego.hosta.invalid")
    assert code == 1 and "nie znaleziono komputera o tej nazwie (--host)" in said, said
