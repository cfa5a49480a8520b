"""The fifth system-messages review (rev-sys5) of issue 17, its low findings: LibreOffice failing at the web
converter's start, looping links where a template or a document is, smaller texts."""

from __future__ import annotations

import shutil
import sys

import pytest

from helpers import soffice_script
from test_files_case_folder import case_copy, run

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _failing_start(tmp_path, body: str) -> list[str]:
    """What the web converter says, twice, of a LibreOffice that ends at its start running `body`."""
    from pismo.files import converter as conv
    from pismo.files.soffice import PdfError

    uno = conv.uno_python(SOFFICE) if SOFFICE else None
    if not uno or not sys.platform.startswith("linux"):
        pytest.skip("brak LibreOffice z Pythonem z modułem uno")
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    docx = (tmp_path / "pisma" / "s" / "plan.docx").read_bytes()
    failing = soffice_script(tmp_path, body, "failing-soffice")
    conv._uno_pythons[failing] = uno  # the stand-in has no Python beside it
    converter = conv.Converter(failing)
    said = []
    try:
        for _ in range(2):
            with pytest.raises(PdfError) as error:
                converter.to_pdf(docx)
            said.append(" ".join(str(error.value).split()))
    finally:
        converter.close()
    return said


def test_libreoffice_out_of_memory_at_the_web_start_is_told_with_its_advice(tmp_path):
    """Finding 7: the preview said „LibreOffice uległ awarii (sygnał 6)” of a LibreOffice that said „Out of
    memory”, without advice; the CLI says „zabrakło pamięci … zamknij inne programy”."""
    said = _failing_start(tmp_path, 'echo "Out of memory: cannot allocate 1048576 bytes" >&2; exit 134')
    for text in said:
        assert "zabrakło pamięci" in text and "zamknij inne programy" in text, text
        assert "uległ awarii" not in text and "przy zamianie dokumentu" not in text, text
    assert "kolejna próba uruchomienia możliwa za" in said[1] and "wtedy spróbuj ponownie" in said[1], said[1]


def test_a_libreoffice_crashing_at_the_web_start_is_told_what_to_do(tmp_path):
    """Findings 7 and 8: a crash at start was „uległ awarii (sygnał 11)” and nothing to do; „kolejna próba … za 55 s”
    read as if pismo retried by itself."""
    said = _failing_start(tmp_path, 'echo "Application Error"; kill -SEGV $$')
    assert "uległ awarii (sygnał 11)" in said[0] and "„Application Error”" in said[0], said[0]
    # the program given (here as --soffice would give it) is named and checked, never „zainstaluj go ponownie”
    assert "sprawdź, czy ten program uruchamia się ręcznie" in said[0] and "failing-soffice (podany w --soffice)" \
        in said[0] and "zainstaluj" not in said[0], said[0]


# --- 4: a looping link where a template or a document is -------------------------------------------------------

def test_a_looping_template_link_is_named_not_missing(tmp_path):
    """Finding 4: `--szablony` whose plan.docx is a looping link said „brak szablonu plan.docx” – it is there."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    templates = tmp_path / "szablony"
    templates.mkdir()
    (templates / "plan.docx").symlink_to("plan.docx")
    result = run("plan", case, "-o", tmp_path / "pisma", "--szablony", templates)
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert f"szablon {templates / 'plan.docx'}: nie można odczytać pliku (dowiązania symboliczne tworzą pętlę)" in said
    assert "brak szablonu" not in said, said


def test_a_looping_document_link_in_a_pdf_folder_is_named_with_its_reason(tmp_path):
    """Finding 4: a looping b.docx in a folder given to `pismo pdf` was „to nie jest zwykły plik – podaj dokument
    Word (.docx) albo folder z nimi” – the user gave a folder."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    folder = tmp_path / "pisma" / "s"
    (folder / "b.docx").symlink_to("b.docx")
    result = run("pdf", folder, "--soffice", soffice_script(tmp_path, "exit 0"))
    said = " ".join(result.output.split())
    assert result.exit_code != 0, said
    assert f"{folder / 'b.docx'}: nie można odczytać pliku (dowiązania symboliczne tworzą pętlę)" in said, said
    assert "podaj dokument Word" not in said, said


# --- 5: single-dash words and other programs' option names -----------------------------------------------------

@pytest.mark.parametrize("args, typed, meant", [
    (["-wersja"], "-wersja", "--version"), (["-pomoc"], "-pomoc", "--help"),
    (["plan", "CASE", "-pomoc"], "-pomoc", "--help"), (["plan", "CASE", "-outdir", "ox"], "-outdir", "--wyjscie"),
    (["plan", "CASE", "--out", "ox"], "--out", "--wyjscie"), (["plan", "CASE", "--outdir", "ox"], "--outdir", "--wyjscie"),
    (["szablony", "eksport", "-out", "x"], "-out", None)])
def test_a_long_word_typed_with_one_dash_or_another_programs_name_is_named_whole(tmp_path, args, typed, meant):
    """Finding 5: „-wersja” → „Nie ma opcji „-w””, „-outdir ox” → „Nadmiarowy argument: „ox”” (-o took „utdir”),
    „--out” without „Czy chodziło o „--wyjscie”?”, and „szablony eksport -out x” → „Nie ma opcji „-o””."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    result = run(*[str(case) if a == "CASE" else a for a in args])
    said = " ".join(result.output.split())
    assert result.exit_code == 2, said
    assert f"Nie ma opcji „{typed}”." in said, said
    if meant:
        assert f"Czy chodziło o „{meant}”?" in said, said
    assert not (tmp_path / "ox").exists() and not list(tmp_path.glob("utdir*"))


# --- 5: folders without permissions told as folders, and advice fit for an output ---------------------------------

def _unprivileged(tmp_path, *args) -> str:
    """pismo run in tmp_path as root without the capabilities that pass over permissions (so chmod applies)."""
    import os
    import subprocess
    from pathlib import Path

    if not shutil.which("setpriv") or not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root and setpriv to drop the permission capabilities")
    src = str(Path(__file__).resolve().parents[1] / "src")
    done = subprocess.run(["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", sys.executable, "-m",
                           "pismo", *map(str, args)], cwd=tmp_path, env={**os.environ, "PYTHONPATH": src},
                          capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return " ".join((done.stdout + done.stderr).split())


def test_folders_without_permissions_are_told_as_folders_and_outputs_are_not_told_to_copy(tmp_path):
    """Finding 5: a folder without permissions given as a case was „brak uprawnień do odczytu pliku … skopiuj
    plik”; a folder that lists but cannot be entered was „brak uprawnień do odczytu folderu”; a file to be written
    behind a closed folder was told to „skopiuj pliki”."""
    case = case_copy(tmp_path / "s.yaml")
    closed, listed = tmp_path / "zamkniety", tmp_path / "widoczny"
    for folder, mode in ((closed, 0o000), (listed, 0o644)):
        folder.mkdir()
        shutil.copy(case, folder / "c.yaml")
        (folder / "plan.docx").write_bytes(b"PK")
        folder.chmod(mode)
    try:
        said = _unprivileged(tmp_path, "plan", "zamkniety", "-o", "wyniki")
        assert "zamkniety: to jest folder, a nie plik sprawy" in said and "odczytu pliku" not in said, said
        said = _unprivileged(tmp_path, "pdf", "widoczny")
        assert "widoczny: brak uprawnień do wejścia do folderu (widać tylko nazwy plików)" in said, said
        said = _unprivileged(tmp_path, "nowa", "zamkniety/n.yaml")
        assert "brak uprawnień do wejścia do folderu zamkniety – poproś o uprawnienia albo podaj inny folder" in said
        assert "skopiuj pliki do folderu" not in said, said
    finally:
        closed.chmod(0o755)
        listed.chmod(0o755)


# --- 5: web – a read-only case's save and the page of a gone cases folder ------------------------------------------

def test_web_save_of_a_read_only_case_says_not_saved_once_and_is_no_server_error(tmp_path):
    """Finding 5: „Nie zapisano: plik sprawy jest tylko do odczytu – nie zapisano; zdejmij ochronę …” with HTTP
    500 – „nie zapisano” twice, and a user's file attribute told as a server error."""
    from test_web_http import CASE, _form_fields, _replace
    from web_server import start

    web = start(tmp_path)
    try:
        page = web.get(f"/sprawy/{CASE}")[2].decode()
        fields = _replace(_form_fields(page), "jednostka.telefon", "47 111 22 99")
        (web.folder / f"{CASE}.yaml").chmod(0o444)
        status, _headers, body = web.post(f"/sprawy/{CASE}", fields)
        text = " ".join(body.decode().split())
        assert status == 409 and "tylko do odczytu" in text and "47 111 22 99" in text, (status, text)
        assert text.lower().count("nie zapisano") == 1, text
    finally:
        (web.folder / f"{CASE}.yaml").chmod(0o644)
        web.stop()


def test_web_page_of_a_gone_cases_folder_offers_no_link_to_itself(tmp_path):
    """Finding 5: the 503 „Folder spraw jest niedostępny” page offered „Wróć do listy spraw” – the same 503."""
    import shutil as shell

    from test_web_http import CASE
    from web_server import start

    web = start(tmp_path)
    try:
        shell.rmtree(web.folder)
        status, _headers, body = web.get(f"/sprawy/{CASE}")
        text = " ".join(body.decode().split())
        assert status == 503 and "Wróć do listy spraw" not in text, text
        assert f'<a href="/sprawy/{CASE}">Spróbuj ponownie, gdy folder będzie znów dostępny</a>' in text, text
    finally:
        web.stop()


# --- 8: --host with what a browser's address bar holds ------------------------------------------------------------

@pytest.mark.parametrize("host, told", [
    ("http://localhost:8080/", "bez „http://” i bez numeru portu – port podaj w --port (np. --host localhost --port 8080)"),
    ("[::1]:8080", "bez nawiasów [ ] i bez numeru portu – port podaj w --port (np. --host ::1 --port 8080)"),
    ("[::1]", "bez nawiasów [ ] (np. --host ::1)"),
    ("localhost:99999", "bez numeru portu – port podaj w --port jako liczbę od 1 do 65535 (np. --host localhost)")])
def test_a_host_given_as_a_browsers_address_is_told_as_the_address_alone(tmp_path, host, told):
    """Finding 8: `--host http://localhost:8080/`, `[::1]:8080`, `[::1]` were „nie znaleziono komputera o tej nazwie”,
    and `localhost:99999` was sent to `--port 99999`, which is refused."""
    folder = tmp_path / "sprawy"
    case_copy(folder / "s.yaml")
    result = run("serwer", "--katalog", folder, "--host", host, "--port", "8977", "--bez-przegladarki")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and f"{host}: w --host podaj sam adres, {told}" in said, said
    assert "nie znaleziono komputera" not in said, said


def test_web_404_of_a_version_names_the_case_and_links_its_history(tmp_path):
    """Finding 8: `/sprawy/c/historia/zzz` said „Nie ma takiej wersji” / „nie ma takiej wersji w historii sprawy” –
    the title again, lower case, no way on."""
    from test_web_http import CASE
    from web_server import start

    web = start(tmp_path)
    try:
        status, _headers, body = web.get(f"/sprawy/{CASE}/historia/zzz")
        text = " ".join(body.decode().split())
        assert status == 404 and f"Nie ma takiej wersji w historii sprawy „{CASE}” – sprawdź adres" in text, text
        assert f'<a href="/sprawy/{CASE}/historia">Historia zmian sprawy {CASE}</a>' in text, text
    finally:
        web.stop()


# --- 8: Ctrl+\ (SIGQUIT) stops pismo as Ctrl+C does ---------------------------------------------------------------

@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGQUIT"), reason="POSIX signal")
def test_sigquit_during_pdf_stops_as_ctrl_c_does(tmp_path):
    """Finding 8: Ctrl+\\ (SIGQUIT, the terminal's second interrupt key) during `pdf` ended it with 131 and not a
    word (README has no 131)."""
    import os
    import signal
    import subprocess
    import time
    from pathlib import Path

    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    slow = soffice_script(tmp_path, "sleep 30", "slow-soffice")
    src = str(Path(__file__).resolve().parents[1] / "src")
    began = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "pismo", "pdf", str(tmp_path / "pisma" / "s"), "--soffice", slow],
                               env={**os.environ, "PYTHONPATH": src}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, start_new_session=True)
    time.sleep(3)
    process.send_signal(signal.SIGQUIT)
    out, err = process.communicate(timeout=60)
    said = " ".join((out + err).split())
    assert process.returncode == 130 and "Przerwano" in said, (process.returncode, said)
    assert time.monotonic() - began < 25 and "Traceback" not in said, said


# --- 8: what a shell would have read otherwise in --soffice / PISMO_SOFFICE ---------------------------------------

@pytest.mark.parametrize("given, told", [
    ("~/lo/soffice", "„~” na początku nie zostało zamienione na folder domowy"),
    ('"/usr/bin/soffice"', "w cudzysłów, który stałby się"),  # „ujęta” for a variable (rev-sys8 #4)
    ("/usr/bin/soffice --headless", "podano program razem z opcjami")])
@pytest.mark.parametrize("variable", [False, True])
def test_a_soffice_path_a_shell_would_have_read_otherwise_is_told_so(tmp_path, monkeypatch, given, told, variable):
    """Finding 8: `--soffice '~/lo/soffice'`, PISMO_SOFFICE='"/usr/bin/soffice"', `--soffice '/usr/bin/soffice
    --headless'` were „nie ma tu programu LibreOffice … możesz podać ten program albo pominąć opcję” – the cause not
    named, and for the variable there is no option to leave out."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    docx = tmp_path / "pisma" / "s" / "plan.docx"
    monkeypatch.setenv("PATH", str(tmp_path / "brak"))  # no LibreOffice installed: the advice stays the same
    if variable:
        monkeypatch.setenv("PISMO_SOFFICE", given)
        result = run("pdf", docx)
    else:
        monkeypatch.delenv("PISMO_SOFFICE", raising=False)
        result = run("pdf", docx, "--soffice", given)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and told in said, said
    assert "pominąć opcję" not in said or not variable, said


def test_pismo_soffice_wrong_is_told_to_be_removed_not_the_option(tmp_path, monkeypatch):
    from pismo.files import soffice

    monkeypatch.setattr(soffice, "_installed", lambda: "/usr/bin/soffice")
    monkeypatch.setenv("PISMO_SOFFICE", str(tmp_path / "nie-ma"))
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None)
    said = str(refused.value)
    assert "możesz podać ten program albo usunąć zmienną PISMO_SOFFICE" in said and "pominąć opcję" not in said, said


# --- rev-sys4 finding 5: LibreOffice without its PDF filter ---------------------------------------------------------

@pytest.mark.parametrize("code", [0, 1])
def test_libreoffice_without_its_pdf_filter_is_the_installation_not_the_document(tmp_path, code):
    """Finding 5 of rev-sys4: LibreOffice's own „Error: no export filter for … found, aborting.” was dropped and the
    document blamed: „nie utworzył pliku PDF (dokument może być uszkodzony)” + the damaged-.docx advice."""
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    nofilter = soffice_script(tmp_path, 'for a in "$@"; do last="$a"; done\n'
                                        'echo "convert $last -> x.pdf using filter : writer_pdf_Export"\n'
                                        'echo "Error: no export filter for x.pdf found, aborting."\n'
                                        f"exit {code}", "nofilter-soffice")
    result = run("pdf", tmp_path / "pisma" / "s" / "plan.docx", "--soffice", nofilter)
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and "LibreOffice nie ma filtru zapisu do PDF" in said, said
    assert "libreoffice-writer" in said and "uszkodz" not in said, said


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ulimit -n of a child process")
def test_an_open_files_limit_libreoffice_fails_under_is_refused_before_it_starts(tmp_path):
    """Finding 5 of rev-sys4: under `ulimit -n 20` the up-front check (at least 20) let the run start, then 18 of 30
    documents failed, each twice, with the limit named only at the end."""
    import os
    import subprocess
    from pathlib import Path

    def limited():
        import resource

        resource.setrlimit(resource.RLIMIT_NOFILE, (20, 20))

    started = tmp_path / "started"
    case = case_copy(tmp_path / "sprawy" / "s.yaml")
    assert run("plan", case, "-o", tmp_path / "pisma").exit_code == 0
    soffice = soffice_script(tmp_path, f'touch "{started}"', "soffice")
    src = str(Path(__file__).resolve().parents[1] / "src")
    done = subprocess.run([sys.executable, "-m", "pismo", "pdf", str(tmp_path / "pisma" / "s"), "--soffice", soffice],
                          env={**os.environ, "PYTHONPATH": src}, capture_output=True, text=True, timeout=120,
                          preexec_fn=limited)
    said = " ".join((done.stdout + done.stderr).split())
    assert done.returncode != 0 and "(ulimit -n 20) jest za niski" in said and not started.exists(), said


@pytest.mark.parametrize("codec", ["cp1250", "iso-8859-2"])
def test_libreoffices_8_bit_polish_output_is_read_in_the_encoding_that_gives_polish_letters(codec, monkeypatch):
    """Finding 8: a Windows LibreOffice's „Błąd krytyczny: nie można” in cp1250 was shown „Błšd krytyczny” (read as
    ISO-8859-2 on a UTF-8 system); ISO-8859-2 output stays right."""
    import locale

    from pismo.files.soffice import last_line

    monkeypatch.setattr(locale, "getpreferredencoding", lambda *_: "UTF-8")
    said = "Błąd krytyczny: nie można otworzyć źródła"
    assert last_line(said.encode(codec)) == said


# --- rev-sys3 finding 6: a document locked against change (chattr +i, Finder's „Zablokowany”) ------------------------

def test_a_locked_document_is_told_locked_and_nadpisz_is_not_promised(tmp_path):
    """Finding 6 of rev-sys3: a plan.docx under `chattr +i` was told „--nadpisz zastąpi je nowymi”, and with
    --nadpisz „brak uprawnień albo plik jest otwarty … w Wordzie”."""
    import subprocess

    case = case_copy(tmp_path / "s.yaml")
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "s" / "plan.docx"
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(plan)], capture_output=True).returncode:
        pytest.skip("chattr +i not available here")
    try:
        before = plan.read_bytes()
        case_copy(case, replace={"Łęcznej": "Łęcznej "})
        for extra in ([], ["--nadpisz"]):
            result = run("plan", case, "-o", out, *extra)
            said = " ".join(result.output.split())
            assert result.exit_code != 0 and "pliki zablokowane przed zastąpieniem" in said, said
            assert "chattr -i" in said and "--nadpisz zastąpi" not in said and "Wordzie" not in said, said
        assert plan.read_bytes() == before
    finally:
        subprocess.run(["chattr", "-i", str(plan)], capture_output=True)


# --- rev-sys3 finding 8: smaller texts -----------------------------------------------------------------------------

def test_a_soffice_path_with_a_blank_around_it_or_only_blanks_is_told_so(tmp_path, monkeypatch):
    """Finding 8 of rev-sys3: `--soffice "…/soffice "` (pasted) and PISMO_SOFFICE=' ' were „nie ma tu programu” –
    the blank invisible in the message."""
    from pismo.files import soffice

    program = tmp_path / "soffice"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    monkeypatch.setattr(soffice, "_installed", lambda: None)
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(f"{program} ")
    assert f"ścieżka ma spację na końcu – usuń ją: „{program}”" in str(refused.value), refused.value
    monkeypatch.setenv("PISMO_SOFFICE", "  ")
    with pytest.raises(soffice.PdfUnavailable) as refused:
        soffice.find_soffice(None)
    assert "podano same spacje zamiast ścieżki" in str(refused.value), refused.value


def test_a_read_only_current_folder_is_named_and_no_word_is_blamed(tmp_path):
    """Finding 8 of rev-sys3: `nowa n.yaml` in a chmod 555 folder was „.: nie można zapisać w folderze (brak
    uprawnień do zapisu albo plik jest otwarty … w Wordzie) … zamknij plik” – n.yaml does not exist."""
    folder = tmp_path / "tylko-odczyt"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        said = _unprivileged(folder, "nowa", "n.yaml")
    finally:
        folder.chmod(0o755)
    assert f"bieżący folder {folder}: nie można zapisać w folderze (brak uprawnień do zapisu w tym folderze)" in said
    assert "Wordzie" not in said and "zamknij plik" not in said, said


@pytest.mark.parametrize("exc", [ImportError("libgcc_s.so.1: failed to map segment from shared object"),
                                 OSError(12, "Cannot allocate memory")])
def test_a_library_not_loaded_for_lack_of_memory_is_told_as_memory_not_a_bug(exc):
    """Finding 8 of rev-sys3: `(ulimit -v 55000; pismo plan … --pdf)` said „nieoczekiwany błąd programu – … zgłoś
    ten błąd autorom pismo (dane dla autorów: ImportError: libgcc_s.so.1: failed to map segment …)”."""
    from pismo import errors

    said = str(errors.unexpected(exc, "polecenia nie dokończono"))
    assert said.startswith("za mało pamięci") and "zgłoś" not in said, said


def test_memory_shortage_of_a_case_names_its_file_once(tmp_path, monkeypatch):
    """Finding 8 of rev-sys3: `(ulimit -v 75000; pismo plan c.yaml)` said „c.yaml: c.yaml: za mało pamięci …”."""
    from pismo.documents import generate

    def short(*_args):
        raise MemoryError

    monkeypatch.setattr(generate, "_write_made", short)
    case = case_copy(tmp_path / "c.yaml")
    result = run("plan", case, "-o", tmp_path / "pisma")
    said = " ".join(result.output.split())
    assert result.exit_code != 0 and f"{case}: za mało pamięci, aby utworzyć dokumenty" in said, said
    assert f"{case}: {case}:" not in said, said
