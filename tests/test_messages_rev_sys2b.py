"""What pismo tells the officer when the system, not the document, stops LibreOffice: findings of the second
system-messages review (rev-sys2) of issue 17, second part."""

from __future__ import annotations

import errno
import os
import signal

import pytest
from click.testing import CliRunner

from helpers import LECZNA
from pismo.cli.main import main
from pismo.files import output, pdf

from helpers import copying_soffice, soffice_script

posix_only = pytest.mark.skipif(os.name == "nt", reason="fałszywy soffice jest skryptem powłoki")
DAMAGE = "uszkodzon"  # „dokument może być uszkodzony”, „sprawdź, czy nie są uszkodzone”


@pytest.fixture(scope="module")
def plan_docx(tmp_path_factory):
    out = tmp_path_factory.mktemp("docs")
    result = CliRunner().invoke(main, ["plan", str(LECZNA), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return next(out.rglob("plan.docx"))


def _pdf(docx, soffice: str) -> str:
    result = CliRunner().invoke(main, ["pdf", str(docx), "--soffice", soffice])
    assert result.exit_code != 0, result.output
    assert not docx.with_suffix(".pdf").exists()
    return " ".join(result.output.split())


# --- 3, 9, 13 (and rev-pdf1 6): a reason that is not the document's gets no damage advice -----------------------

@posix_only
def test_libreoffice_killed_from_outside_is_told_as_such_with_the_memory_advice(plan_docx, tmp_path):
    """Finding 3: SIGKILL (Linux's OOM killer) was „uległ awarii (sygnał 9)” + the damaged-.docx advice."""
    said = _pdf(plan_docx, soffice_script(tmp_path, "kill -9 $$", "soffice"))
    assert "zatrzymany z zewnątrz (sygnał 9)" in said and "zabraknie pamięci" in said, said
    assert "awarii" not in said and DAMAGE not in said and "zamknij inne programy" in said, said


@posix_only
@pytest.mark.parametrize("words", ["Out of memory: cannot allocate 1048576 bytes", "std::bad_alloc"])
def test_libreoffice_saying_it_is_out_of_memory_is_told_in_polish(plan_docx, tmp_path, words):
    """Finding 3: „Out of memory: …” (exit 134) was quoted in English after „uległ awarii” + damage advice."""
    said = _pdf(plan_docx, soffice_script(tmp_path, f"echo '{words}' >&2; exit 134", "soffice"))
    assert "zabrakło pamięci" in said and DAMAGE not in said and "awarii" not in said, said
    assert "Out of memory" not in said, said


@posix_only
def test_a_file_size_limit_hit_by_libreoffice_is_named(plan_docx, tmp_path):
    """Finding 9 (rev-pdf1 6): SIGXFSZ under `ulimit -f` was „uległ awarii” + damage advice."""
    said = _pdf(plan_docx, soffice_script(tmp_path, "kill -XFSZ $$", "soffice"))
    assert "limit rozmiaru plików" in said and "ulimit -f" in said and DAMAGE not in said, said


@posix_only
@pytest.mark.parametrize("limit, body, named", [
    ("RLIMIT_FSIZE", "kill -ABRT $$", "ulimit -f 30"),  # LibreOffice aborts when a write past the limit fails
    ("RLIMIT_AS", "echo 'Error: source file could not be loaded'; exit 0", "ulimit -v 350000"),
])
def test_a_limit_set_on_the_session_is_named_when_libreoffice_fails_under_it(plan_docx, tmp_path, monkeypatch,
                                                                            limit, body, named):
    """Finding 9 and rev-pdf1 6: under `ulimit -f 30` LibreOffice aborts (sygnał 6), under `ulimit -v 350000` it
    says it could not load the document and ends well – both were blamed on the document."""
    resource = pytest.importorskip("resource")
    real = resource.getrlimit
    size = 30 * 1024 if limit == "RLIMIT_FSIZE" else 350000 * 1024
    monkeypatch.setattr(resource, "getrlimit",
                        lambda which: (size, resource.RLIM_INFINITY) if which == getattr(resource, limit) else real(which))
    said = _pdf(plan_docx, soffice_script(tmp_path, body, "soffice"))
    assert named in said and "limit" in said and DAMAGE not in said and "awarii" not in said, said


@posix_only
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EACCES])
def test_a_pdf_that_cannot_be_placed_gets_its_reason_and_no_damage_advice(plan_docx, tmp_path, monkeypatch, code):
    """Finding 13: a full disk while placing the PDF was told, then the damaged-.docx advice followed anyway."""
    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(output, "put_in_place", refuse)
    said = _pdf(plan_docx, copying_soffice(tmp_path))
    assert f"nie można zapisać {plan_docx.with_suffix('.pdf')}" in said and DAMAGE not in said, said
    assert "uruchom zamianę ponownie" in said, said


# --- 11: a LibreOffice with its own /tmp (snap, Flatpak) ----------------------------------------------------------

UNLOADED = 'for a in "$@"; do case "$a" in *.docx) echo "Error: source file could not be loaded";; esac; done; exit 0'
CLAIMED = ('out=""; prev=""; for a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
           'for a in "$@"; do case "$a" in *.docx) echo "convert $a -> $out/$(basename "$a" .docx).pdf using filter : '
           'writer_pdf_Export";; esac; done; exit 0')


@pytest.fixture(scope="module")
def invitations(tmp_path_factory):
    out = tmp_path_factory.mktemp("inv")
    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return sorted(out.rglob("*.docx"))[:3]


@posix_only
@pytest.mark.parametrize("body", [UNLOADED, CLAIMED])
def test_a_libreoffice_that_cannot_see_pismo_s_temporary_folder_is_told_so(invitations, tmp_path, body):
    """Finding 11: a snap's LibreOffice (private /tmp) said „source file could not be loaded” and ended well: pismo
    said „dokument może być uszkodzony” for one document and „czy to rzeczywiście LibreOffice” for several."""
    for documents in (invitations[:1], invitations):
        result = CliRunner().invoke(main, ["pdf", "--soffice", soffice_script(tmp_path, body, "soffice"), *map(str, documents)])
        said = " ".join(result.output.split())
        assert result.exit_code != 0 and said.count("nie widzi") == 1, said  # said once for all (rev-sys8 #3)
        assert "snap" in said and "--soffice" in said and DAMAGE not in said and "rzeczywiście" not in said, said


@posix_only
def test_a_document_libreoffice_cannot_load_that_is_no_word_document_is_still_the_document_s(tmp_path):
    """Finding 11's bound: a .docx that is a zip without Word's content is the document's fault, not the folder's."""
    import zipfile

    broken = tmp_path / "zly.docx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("content.xml", "<x/>")
    said = _pdf(broken, soffice_script(tmp_path, UNLOADED, "soffice"))
    assert "nie widzi" not in said and DAMAGE in said, said


# --- 1: --soffice given LibreOffice's folder ------------------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("inside", ["program/soffice", "LibreOffice.app/Contents/MacOS/soffice", "soffice"])
def test_libreoffice_s_folder_given_as_soffice_is_looked_into(plan_docx, tmp_path, inside):
    """Finding 1: `--soffice C:\\Program Files\\LibreOffice\\program` (or the Mac's LibreOffice.app) was „nie ma tu
    programu LibreOffice” + „Zainstaluj LibreOffice” – the program is in that folder."""
    program = tmp_path / "LibreOffice" / inside
    program.parent.mkdir(parents=True)
    os.replace(copying_soffice(tmp_path), program)
    given = tmp_path / "LibreOffice" / inside.split("/Contents")[0] if ".app" in inside else tmp_path / "LibreOffice"
    result = CliRunner().invoke(main, ["pdf", str(plan_docx), "--soffice", str(given), "--nadpisz"])
    assert result.exit_code == 0, result.output
    assert plan_docx.with_suffix(".pdf").exists()
    plan_docx.with_suffix(".pdf").unlink()


@posix_only
def test_a_folder_or_a_file_that_is_no_program_is_told_as_such(plan_docx, tmp_path, monkeypatch):
    """Finding 1: a folder without soffice and a file that is not a program were „nie ma tu programu LibreOffice”;
    with LibreOffice on PATH the install advice was untrue."""
    on_path = tmp_path / "bin"
    on_path.mkdir()
    os.replace(copying_soffice(tmp_path), on_path / "soffice")
    monkeypatch.setenv("PATH", str(on_path))
    plain = tmp_path / "notes.txt"
    plain.write_text("x")
    for given, told in ((tmp_path / "empty", "to folder"), (plain, "to nie jest program")):
        given.mkdir() if told == "to folder" else None
        result = CliRunner().invoke(main, ["pdf", str(plan_docx), "--soffice", str(given)])
        said = " ".join(result.output.split())
        assert result.exit_code != 0 and told in said and "Zainstaluj" not in said, said
        assert str(on_path / "soffice") in said, said  # the LibreOffice that is there is named


def test_an_empty_soffice_is_refused_in_polish(plan_docx):
    """Finding 1 (related): `--soffice "$SOFFICE"` with the variable unset silently meant „search PATH”."""
    for command in (["pdf", str(plan_docx)], ["plan", str(LECZNA), "--pdf"]):
        result = CliRunner().invoke(main, [*command, "--soffice", ""])
        assert result.exit_code == 2 and "pusta" in result.output and "--soffice" in result.output, result.output


# --- 5: the current folder deleted under the terminal --------------------------------------------------------------

@posix_only
@pytest.mark.parametrize("args", [["plan", str(LECZNA)], ["plan", LECZNA.name], ["nowa", "x.yaml"]])
def test_a_deleted_current_folder_is_told_as_such_not_blamed_on_the_case_file(tmp_path, args):
    """Finding 5: with the current folder removed by another window, `plan /abs/c.yaml` said „c.yaml: plik lub
    folder: plik albo folder nie istnieje – sprawdź ścieżkę”, `nowa x.yaml` „.: nie można zapisać w folderze”."""
    import subprocess
    import sys

    gone = tmp_path / "gone"
    gone.mkdir()
    script = 'cd "$1" && rmdir "$1" && shift && exec "$@"'
    paths = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if os.path.isabs(p)]  # Python
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(paths)}  # itself cannot start with a relative one there
    done = subprocess.run(["sh", "-c", script, "sh", str(gone), sys.executable, "-m", "pismo", *args], env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=300)
    said = " ".join(done.stderr.split())
    assert done.returncode != 0 and f"bieżący folder ({gone}) już nie istnieje" in said, said
    assert "(cd)" in said and "plik lub folder" not in said and "Traceback" not in said, said
    assert not gone.exists()


# --- 8: the web's LibreOffice killed at start --------------------------------------------------------------------

@pytest.mark.parametrize("code, told", [(-9, "zatrzymany z zewnątrz (sygnał 9)"), (139, "awarii (sygnał 11)"),
                                        (1, "zaraz po uruchomieniu, kod 1")])
def test_the_web_s_libreoffice_ending_at_start_is_told_by_signal_not_by_python_s_negative_code(code, told):
    """Finding 8: the preview said „zakończył pracę zaraz po uruchomieniu, kod -9”."""
    from pismo.files import converter

    said = converter._reason({"why": "exited", "code": code})
    assert told in said and "kod -" not in said, said
