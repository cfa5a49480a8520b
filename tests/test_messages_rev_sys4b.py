"""What pismo tells the officer when the system stands in the way: findings of the fourth system-messages review
(rev-sys4) of issue 17, second part."""

from __future__ import annotations

import os

import pytest

from test_messages_rev_sys2b import plan_docx  # noqa: F401 - the fixture: one plan.docx for the module
from test_messages_rev_sys3 import DAMAGE, _damaged, _limited, _said, _unloading_soffice

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")


# --- 6: a memory limit of the session is not blamed for a damaged document ----------------------------------------

@posix_only
def test_a_damaged_document_under_a_memory_limit_is_told_as_damaged(plan_docx, tmp_path, monkeypatch):
    """Finding 6 of rev-sys4: `(ulimit -v 3000000; pismo pdf xmlzly.docx)` was „przekroczył ustawiony limit pamięci
    … nie wada dokumentów” – any limit below 4 GB sent a damaged document to the administrator."""
    _limited(monkeypatch, RLIMIT_AS=3_000_000 * 1024)
    damaged = _damaged(plan_docx, tmp_path / "xmlzly.docx")
    code, said = _said(damaged, "--soffice", _unloading_soffice(tmp_path))
    assert code != 0 and "limit" not in said and DAMAGE in said, said


@posix_only
def test_a_damaged_document_beside_one_converted_under_the_limit_is_told_as_damaged(plan_docx, tmp_path,
                                                                                   monkeypatch):
    """Finding 6 of rev-sys4: `(ulimit -v 3000000; pismo pdf brk3)` made brk3/plan.pdf under the limit, then told
    brk3/xmlzly.docx as the limit's."""
    _limited(monkeypatch, RLIMIT_AS=3_000_000 * 1024)
    folder = tmp_path / "brk3"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(plan_docx.read_bytes())
    (folder / "xmlzly.docx").write_bytes(plan_docx.read_bytes())  # sound bytes: only LibreOffice refuses it
    code, said = _said(folder, "--soffice", _unloading_soffice(tmp_path))
    assert (folder / "plan.pdf").exists() and not (folder / "xmlzly.pdf").exists(), said
    assert code != 0 and "limit" not in said and DAMAGE in said, said


# --- 9: web – the cases folder removed while the server runs is said, never made anew -------------------------------

def test_web_says_the_cases_folder_is_gone_and_never_makes_it_anew(tmp_path):
    """Finding 9 of rev-sys4: `rm -rf k_gone` under a running server – the list said „nie ma jeszcze plików spraw –
    utwórz nową”, and „Nowa sprawa” or „Zapisz” made the folder anew at the old path."""
    import shutil

    from test_web_http import CASE, _form_fields, _replace
    from web_server import start

    web = start(tmp_path)
    try:
        page = web.get(f"/sprawy/{CASE}")[2].decode()
        fields = _replace(_form_fields(page), "jednostka.telefon", "47 111 22 99")
        shutil.rmtree(web.folder)
        for status, _headers, body in (web.get("/"), web.get(f"/sprawy/{CASE}"),
                                       web.post("/nowa", {"nazwa": "n1", "csrf": web.csrf})):
            text = " ".join(body.decode().split())
            assert status == 503 and "już nie istnieje" in text and "nie ma jeszcze plików" not in text, text
        status, _headers, body = web.post(f"/sprawy/{CASE}", fields)
        text = " ".join(body.decode().split())
        assert status == 409 and "już nie istnieje" in text and "47 111 22 99" in text, text  # the edit kept
        assert not web.folder.exists()
    finally:
        web.stop()


# --- 8: a long option typed with one dash is refused with the option meant ----------------------------------------

@pytest.mark.parametrize("args, typed, meant", [
    (["-help"], "-help", "--help"),
    (["wszystko", "-help"], "-help", "--help"),
    (["plan", "{case}", "-pdf"], "-pdf", "--pdf"),
    (["wszystko", "{case}", "-jobs", "2"], "-jobs", "--jobs"),
    (["serwer", "-port", "9000"], "-port", "--port"),
    (["plan", "{case}", "-out"], "-out", "--wyjscie"),
    (["-?"], "-?", "--help"),
    (["/?"], "/?", "--help"),
])
def test_a_long_option_with_one_dash_is_refused_with_the_option_meant(tmp_path, monkeypatch, args, typed, meant):
    """Finding 8 of rev-sys4: `-help` was „Nie ma opcji „-e””, `-jobs 2` „„obs” nie jest liczbą”, and `-out` wrote
    the documents into a new folder „ut” with exit code 0."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [a.replace("{case}", str(LECZNA)) for a in args])
    assert result.exit_code == 2 and f"„{typed}”" in result.output, result.output
    assert f"Czy chodziło o „{meant}”?" in result.output, result.output
    assert not (tmp_path / "ut").exists() and not (tmp_path / "pisma").exists()


# --- 10: web preview – LibreOffice ended during the conversion is told with its cause ------------------------------

@posix_only
@pytest.mark.parametrize("ended, said", [
    (-6, "limit rozmiaru plików (ulimit -f 30)"),  # `ulimit -f 30`: it aborts writing the PDF
    (-15, "zamknięto z zewnątrz (sygnał 15"),
])
def test_the_preview_names_why_libreoffice_ended_during_the_conversion(tmp_path, monkeypatch, ended, said):
    """Finding 10 of rev-sys4: `(ulimit -f 30; pismo serwer)` – the preview said „LibreOffice zakończył pracę w
    czasie zamiany dokumentu, także za drugim razem” without a cause; `pismo pdf` named the limit."""
    import io

    from pismo.files import converter

    if ended == -6:
        _limited(monkeypatch, RLIMIT_FSIZE=30 * 1024)

    class Bridge:
        stdin = io.BytesIO()

    warm = converter.Converter()
    warm._python, warm._soffice = "python3", "soffice"
    monkeypatch.setattr(warm, "_start_or_tell", lambda: setattr(warm, "_bridge", Bridge()))
    monkeypatch.setattr(warm, "_stop_bridge", lambda *a, **k: setattr(warm, "_bridge", None))
    monkeypatch.setattr(warm, "_reply", lambda _timeout: {"ok": False, "dead": True, "why": "uno", "ended": ended})
    with pytest.raises(converter.PdfError) as refused:
        warm._convert(tmp_path / "plan.docx", tmp_path / "plan.pdf", 30.0)
    told = " ".join(str(refused.value).split())
    assert said in told and "także za drugim razem" in told and "uszkodz" not in told, told
    assert "nie wada dokumentów" in told, told  # what to do, as the CLI says it


# --- 12: a memory limit too small for pismo itself is told in Polish before any work -------------------------------

@posix_only
@pytest.mark.parametrize("limit, letter", [("RLIMIT_AS", "v"), ("RLIMIT_DATA", "d")])
def test_a_memory_limit_too_small_for_pismo_is_told_before_any_work(tmp_path, monkeypatch, limit, letter):
    """Finding 12 of rev-sys4: `(ulimit -v 60000; pismo plan c.yaml)` ended in pydantic's native abort „memory
    allocation of 320000 bytes failed / stack backtrace”, exit 134, no Polish word."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    _limited(monkeypatch, **{limit: 60_000 * 1024})
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(tmp_path / "o")])
    told = " ".join(result.output.split())
    assert result.exit_code == 1 and f"ulimit -{letter} 60000" in told and "za niski dla pismo" in told, told
    assert not (tmp_path / "o").exists()


@posix_only
def test_lack_of_memory_under_a_limit_names_the_limit(monkeypatch):
    """Finding 12 of rev-sys4: „za mało pamięci … zamknij inne programy” under `ulimit -v 70000` – closing other
    programs frees nothing under a limit of the session."""
    from pismo.errors import unexpected

    _limited(monkeypatch, RLIMIT_AS=70_000 * 1024)
    told = str(unexpected(MemoryError(), "polecenia nie dokończono"))
    assert "ulimit -v 70000" in told and "zamknij inne programy" not in told, told


# --- 5: smaller texts ---------------------------------------------------------------------------------------------

def test_an_interrupted_conversion_without_a_pdf_does_not_speak_of_complete_ones(monkeypatch, tmp_path):
    """Finding 5 of rev-sys4: SIGTERM while LibreOffice was starting said „pliki PDF zapisane przed przerwaniem są
    kompletne” with none written."""
    from pismo import api
    from pismo.files import pdf

    runs = iter([1, 2, 2])
    monkeypatch.setattr(pdf, "started", lambda: next(runs))
    said = api._pdf_interrupted("Przerwano. ")
    none, some = said([]), said([tmp_path / "plan.pdf"])
    assert "żadnego pliku PDF nie zapisano" in none and "kompletne" not in none, none
    assert "zapisane przed przerwaniem są kompletne" in some, some


def test_a_port_glued_to_the_host_is_told_to_go_into_port():
    """Finding 5 of rev-sys4: `--host localhost:80` was „nie znaleziono komputera o tej nazwie – sprawdź nazwę”."""
    from pismo.web import server

    with pytest.raises(server.HostUnusable) as refused:
        server._free("localhost:8080", 0)
    assert "--port 8080" in str(refused.value) and "nie znaleziono" not in str(refused.value), refused.value


@pytest.mark.parametrize("number", [10, 12, 14])
def test_signals_no_crash_raises_are_told_as_from_outside(number):
    """Finding 5 of rev-sys4: SIGUSR1 and SIGALRM were „LibreOffice uległ awarii (sygnał 10/14)” + damage advice."""
    from pismo.files.pdf_reasons import failure

    told = failure(-number, "")
    assert "z zewnątrz" in told and "awarii" not in told, told


def test_a_dash_and_an_unexpanded_home_are_told_as_paths(tmp_path, monkeypatch):
    """Finding 5 of rev-sys4: `pismo nowa -` spoke of „czytanie ze standardowego wejścia” for an output, and
    `-o '~/x'` made a folder named „~” in the current one without a word."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    monkeypatch.chdir(tmp_path)
    said = " ".join(CliRunner().invoke(main, ["nowa", "-"]).output.split())
    assert "czytanie" not in said and "zapis na standardowe wyjście" in said, said
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", "~/x"])
    said = " ".join(result.output.split())
    assert result.exit_code == 2 and "„~” nie zostało zamienione" in said, said
    assert not (tmp_path / "~").exists()


# --- rev-sys2 6: click's names of parameters in Polish quotes; an empty extra argument shown ----------------------

@pytest.mark.parametrize("args, expected", [
    (["plan"], "Brak argumentu „SPRAWA.yaml”."),
    (["plan", "{case}", "-o", ""], "Nieprawidłowa wartość „-o”/„--wyjscie”: pusta ścieżka"),
    (["sprawdz", "{case}", ""], "Nieprawidłowa wartość „SPRAWA.yaml”: pusta ścieżka"),
    (["plan", "{case}", ""], "Nadmiarowy argument: „”."),
])
def test_clicks_names_of_parameters_are_in_polish_quotes(tmp_path, monkeypatch, args, expected):
    """Finding 6 of the second system-messages review (rev-sys2): „Brak argumentu 'SPRAWA.yaml'”, „'-o' /
    '--wyjscie'”, „'SPRAWA.yaml…'” (click's metavar ellipsis) and „Nadmiarowy argument: .” for an empty one."""
    from click.testing import CliRunner

    from helpers import LECZNA
    from pismo.cli.main import main

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, [a.replace("{case}", str(LECZNA)) for a in args])
    assert result.exit_code == 2 and expected in result.output, result.output
    assert "'" not in result.output.splitlines()[-1], result.output
