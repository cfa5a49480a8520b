"""Findings of the tenth files review (rev-files10) of issue 17."""

from __future__ import annotations

import os
import stat

import pytest

from pismo.web.store import Conflict, Store, digest


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- finding 13: the web history of a private case file was world-readable ------------------------------------------

@pytest.mark.parametrize("private", [0o600, 0o640])
def test_web_history_copies_are_never_wider_than_the_case_file(tmp_path, private):
    case = tmp_path / "w.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(private)
    store = Store(tmp_path)
    current = store.read("w")
    store.save("w", "a: 2\n", digest(current))  # „poprzednia”
    with pytest.raises(Conflict):
        store.save("w", "a: 3\n", digest(current))  # „odrzucona”
    history = tmp_path / ".pismo-historia" / "w"
    copies = sorted(p.name.rsplit("_", 1)[1] for p in history.iterdir())
    assert copies == ["odrzucona.yaml", "poprzednia.yaml"]
    for copy in history.iterdir():
        assert _mode(copy) & ~private == 0, (copy.name, oct(_mode(copy)))
    assert _mode(history) & 0o007 == 0  # others may not even list the versions
    assert _mode(case) == private


def test_web_history_of_an_open_case_file_stays_readable_by_colleagues(tmp_path):
    case = tmp_path / "w.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(0o664)
    store = Store(tmp_path)
    store.save("w", "a: 2\n", digest(store.read("w")))
    (copy,) = (tmp_path / ".pismo-historia" / "w").iterdir()
    assert _mode(copy) & 0o044 == 0o044 & ~os.umask(os.umask(0))


def test_web_history_folder_made_open_is_closed_when_the_case_file_became_private(tmp_path):
    case = tmp_path / "w.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    case.chmod(0o644)
    store = Store(tmp_path)
    store.save("w", "a: 2\n", digest(store.read("w")))
    case.chmod(0o600)
    store.save("w", "a: 3\n", digest(store.read("w")))
    assert _mode(tmp_path / ".pismo-historia" / "w") & 0o077 == 0


# --- finding 4: `pismo import --nadpisz` replaced a read-only or hard-linked case file and took its owner/mode -----

from pathlib import Path  # noqa: E402

from conftest import run  # noqa: E402

PLAN = Path(__file__).parent / "import" / "02-bez-numerow.txt"
OLD = "# zatwierdzona wersja\n"


def test_import_over_a_read_only_case_file_refuses_and_keeps_it(tmp_path):
    case = tmp_path / "sprawa.yaml"
    case.write_text(OLD, encoding="utf-8")
    case.chmod(0o444)
    result = run("import", PLAN, "-o", case, "--nadpisz")
    assert result.exit_code != 0
    assert "tylko do odczytu" in result.output and str(case) in result.output, result.output
    assert case.read_text(encoding="utf-8") == OLD and _mode(case) == 0o444
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sprawa.yaml"]


def test_import_over_a_hard_linked_case_file_refuses_and_keeps_both_names(tmp_path):
    case, twin = tmp_path / "sprawa.yaml", tmp_path / "kopia.yaml"
    case.write_text(OLD, encoding="utf-8")
    os.link(case, twin)
    result = run("import", PLAN, "-o", case, "--nadpisz")
    assert result.exit_code != 0
    assert "dowiązania twarde" in result.output, result.output
    assert os.path.samefile(case, twin) and case.read_text(encoding="utf-8") == OLD


def test_import_over_a_private_case_file_keeps_its_permissions(tmp_path):
    case = tmp_path / "sprawa.yaml"
    case.write_text(OLD, encoding="utf-8")
    case.chmod(0o600)
    result = run("import", PLAN, "-o", case, "--nadpisz")
    assert result.exit_code == 0, result.output
    assert case.read_text(encoding="utf-8") != OLD
    assert _mode(case) == 0o600


# --- finding 14: the other-case guard read the manifest's relative case path textually ------------------------------

from test_files_case_folder import case_copy, run as run_cli  # noqa: E402
from helpers import WRZOSOGROD  # noqa: E402


def _through_a_link(tmp_path):
    """cases/g.yaml written into a/b/out through the link cases/lnk → ../a/b; a/g.yaml is another case."""
    (tmp_path / "a" / "b" / "out").mkdir(parents=True)
    case = case_copy(tmp_path / "cases" / "g.yaml")
    (tmp_path / "cases" / "lnk").symlink_to(Path("..") / "a" / "b")
    assert run_cli("plan", case, "-o", tmp_path / "cases" / "lnk" / "out").exit_code == 0
    return case, tmp_path / "a" / "b" / "out"


def test_the_same_case_written_by_the_folders_real_path_is_not_taken_for_another(tmp_path):
    case, real = _through_a_link(tmp_path)
    case_copy(tmp_path / "a" / "g.yaml", WRZOSOGROD)  # a file the textual reading named
    again = run_cli("plan", case, "-o", real)
    assert again.exit_code == 0, again.output
    assert "innej sprawy" not in again.output


def test_another_case_of_the_same_name_never_takes_a_folder_reached_through_a_link(tmp_path):
    case, real = _through_a_link(tmp_path)
    other = case_copy(tmp_path / "a" / "g.yaml", WRZOSOGROD)
    before = {p.name: p.read_bytes() for p in (real / "g").iterdir()}
    refused = run_cli("plan", other, "-o", real)
    assert refused.exit_code == 1, refused.output
    assert "dokumenty innej sprawy" in refused.output and str(case) in refused.output, refused.output
    assert {p.name: p.read_bytes() for p in (real / "g").iterdir()} == before


# --- findings 7 and 11: the folder's lock file in the way (a link or folder, another account's file) ----------------

import errno  # noqa: E402
import shutil  # noqa: E402
import sys  # noqa: E402

from helpers import LECZNA, MINIMAL_PDF  # noqa: E402
from pismo.render.engine import BUILTIN_DIR  # noqa: E402
from pismo.files import folderlock, pdf  # noqa: E402


def _soffice(run, profile, outdir, documents):
    outdir.mkdir(exist_ok=True)
    for document in documents:
        document.produced.write_bytes(MINIMAL_PDF)
    return ""


@pytest.mark.parametrize("in_way", ["folder", "link"])
def test_pdf_names_a_link_or_folder_in_place_of_the_lock_file(tmp_path, monkeypatch, in_way):
    documents = [tmp_path / "plan.docx", tmp_path / "wniosek.docx"]
    for document in documents:
        shutil.copy(BUILTIN_DIR / "plan.docx", document)
    lock = tmp_path / folderlock.LOCK_NAME
    lock.mkdir() if in_way == "folder" else lock.symlink_to(tmp_path / "gdzies")
    monkeypatch.setattr(pdf, "_run_soffice", _soffice)
    with pytest.raises(pdf.PdfError) as caught:
        pdf.convert(documents, sys.executable)
    said = str(caught.value)
    assert str(lock) in said and "usuń" in said, said
    assert "uszkodzone" not in said and "pętl" not in said and "to jest folder" not in said, said
    assert not list(tmp_path.glob("*.pdf"))


def _lock_of_another_account(monkeypatch, readable: bool):
    """The lock file a run of another account left (0644, or 0600): this account may not open it for writing."""
    real = os.open

    def refusing(path, flags, *mode):
        if os.path.basename(path) == folderlock.LOCK_NAME and os.path.lexists(path) and (
                flags & (os.O_WRONLY | os.O_RDWR) or not readable):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *mode)

    monkeypatch.setattr(os, "open", refusing)


def test_a_lock_file_left_by_another_account_does_not_lock_this_one_out(tmp_path, monkeypatch):
    case = tmp_path / "k.yaml"
    case.write_bytes(LECZNA.read_bytes())
    (tmp_path / folderlock.LOCK_NAME).touch()
    _lock_of_another_account(monkeypatch, readable=True)
    result = run("plan", case, "-o", tmp_path / "pisma")
    assert result.exit_code == 0, result.output
    store = Store(tmp_path)
    store.save("k", store.read("k").decode() + "# edycja\n", digest(store.read("k")))
    assert case.read_text(encoding="utf-8").endswith("# edycja\n")


def test_a_lock_file_this_account_may_not_open_is_named_with_its_owner(tmp_path, monkeypatch):
    import pwd

    case = tmp_path / "k.yaml"
    case.write_bytes(LECZNA.read_bytes())
    (tmp_path / "k").mkdir()
    lock = tmp_path / "k" / folderlock.LOCK_NAME
    lock.touch()
    _lock_of_another_account(monkeypatch, readable=False)
    result = run("plan", case, "-o", tmp_path)
    assert result.exit_code != 0
    owner = pwd.getpwuid(os.getuid()).pw_name
    assert str(lock) in result.output and owner in result.output and "usuń" in result.output, result.output
    assert "otwarty w innym programie" not in result.output, result.output
    assert not (tmp_path / "k" / "plan.docx").exists()


# --- finding 5: a document the officer marked read-only was replaced without a word ----------------------------------

def test_a_read_only_document_is_kept_and_named_like_an_edited_one(tmp_path):
    case = tmp_path / "ro.yaml"
    case.write_bytes(LECZNA.read_bytes())
    out = tmp_path / "pisma"
    assert run("plan", case, "-o", out).exit_code == 0
    signed = out / "ro" / "plan.docx"
    signed.chmod(0o444)
    before = signed.read_bytes()
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("Łęczna", "Łęczna Dolna"), encoding="utf-8")
    refused = run("plan", case, "-o", out)
    assert refused.exit_code != 0, refused.output
    assert str(signed) in refused.output and "tylko do odczytu" in refused.output, refused.output
    assert "--nadpisz" in refused.output
    assert signed.read_bytes() == before and _mode(signed) == 0o444
    taken = run("plan", case, "-o", out, "--nadpisz")
    assert taken.exit_code == 0, taken.output
    assert signed.read_bytes() != before and _mode(signed) & 0o200  # replaced by pismo's new one, as asked


# --- finding 1: Ctrl+C while the folder's lock is released (or the folder synced) after the write ---------------------

def _pressed_as(monkeypatch, module, name, when=lambda *a: True):
    """Ctrl+C (SIGINT to this process) as `module.name` finishes – the write is done by then."""
    import signal

    real = getattr(module, name)

    def pressed(*args, **kwargs):
        out = real(*args, **kwargs)
        if when(*args):
            os.kill(os.getpid(), signal.SIGINT)
        return out

    monkeypatch.setattr(module, name, pressed)


@pytest.fixture
def own_process(monkeypatch):
    import signal

    from pismo.cli import console

    monkeypatch.setattr(console, "_own_process", True)  # as pismo's entry point runs it
    handler = signal.getsignal(signal.SIGINT)
    yield
    signal.signal(signal.SIGINT, handler)


@pytest.mark.parametrize("where", ["release", "sync"])
def test_ctrl_c_as_odmien_lets_the_folder_go_still_lists_the_forms_written(tmp_path, monkeypatch, own_process, where):
    from pismo.files import output
    from test_morph_cases import CASES, _stripped

    case_file = _stripped(CASES[0], tmp_path)
    before = case_file.read_bytes()
    if where == "release":
        _pressed_as(monkeypatch, folderlock, "_release")
    else:
        _pressed_as(monkeypatch, output, "_sync_folder", lambda folder: Path(folder) == case_file.parent)
    result = run("odmien", case_file)
    assert result.exit_code == 130, result.output
    assert case_file.read_bytes() != before
    assert "wpisano formy ze słownika" in result.output, result.output


def test_ctrl_c_as_wszystko_lets_the_folder_go_counts_the_case_done(tmp_path, monkeypatch, own_process):
    case = tmp_path / "g.yaml"
    case.write_bytes(LECZNA.read_bytes())
    out = tmp_path / "pisma"
    _pressed_as(monkeypatch, folderlock, "_release", lambda fd, path: Path(path).parent == out / "g")
    result = run("plan", case, "-o", out)
    assert result.exit_code == 130, result.output
    assert (out / "g" / "plan.docx").is_file()
    assert "nie utworzono" not in result.output and "Ukończone sprawy: 1 z 1" in result.output, result.output
    assert f"zapisano pliki (2) w {out / 'g'}" in result.output, result.output


def test_ctrl_c_as_nowa_lets_the_folder_go_names_the_file_made(tmp_path, monkeypatch, own_process):
    made = tmp_path / "nn.yaml"
    _pressed_as(monkeypatch, folderlock, "_release")
    result = run("nowa", made)
    assert result.exit_code == 0, result.output  # the file is complete and nowa has no other step
    assert made.is_file() and f"Utworzono wzór sprawy: {made}" in result.output, result.output


# --- finding 8: a case file written over a documents folder's record or under a document's name ------------------------

@pytest.mark.parametrize("name", ["manifest.json", "plan.docx", "sprawa"])
def test_import_writes_a_case_file_only_under_a_yaml_name(tmp_path, name):
    target = tmp_path / name
    if name != "sprawa":
        target.write_bytes(b"pismo's own\n")
    result = run("import", PLAN, "-o", target, "--nadpisz")
    assert result.exit_code != 0, result.output
    assert "rozszerzenie .yaml" in result.output and str(target) in result.output, result.output
    assert not target.exists() or target.read_bytes() == b"pismo's own\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ([] if name == "sprawa" else [name])


def test_nowa_writes_a_case_file_only_under_a_yaml_name(tmp_path):
    result = run("nowa", tmp_path / "notatka.docx")
    assert result.exit_code != 0, result.output
    assert "rozszerzenie .yaml" in result.output, result.output
    assert not list(tmp_path.iterdir())
    assert run("nowa", tmp_path / "nowa.YML").exit_code == 0


# --- finding 6: odmien in a folder this account may not create files in blamed the case file -------------------------

def test_odmien_in_a_folder_it_may_not_write_names_the_folder_not_the_file(tmp_path, monkeypatch):
    from test_morph_cases import CASES, _stripped

    case_file = _stripped(CASES[0], tmp_path)
    before = case_file.read_bytes()
    real_open, real_access = os.open, os.access

    def no_new_files(path, flags, *mode):
        if flags & os.O_CREAT and os.path.dirname(os.path.realpath(path)) == os.path.realpath(tmp_path):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *mode)

    def access(path, how, *a, **kw):
        if os.path.realpath(path) == os.path.realpath(tmp_path) and how & os.W_OK:
            return False
        return real_access(path, how, *a, **kw)

    monkeypatch.setattr(os, "open", no_new_files)
    monkeypatch.setattr(os, "access", access)
    result = run("odmien", case_file)
    assert result.exit_code != 0
    assert f"nie można zapisywać w folderze {os.path.realpath(tmp_path)}" in result.output, result.output
    assert "nową wersję obok pliku sprawy" in result.output, result.output
    assert "otwarty w innym programie" not in result.output, result.output
    assert case_file.read_bytes() == before


# --- finding 16: a batch's worker outlived its parent killed hard -------------------------------------------------------

WORKER = """
import multiprocessing, os, sys, time
from pismo.documents import batch

def work():
    batch._start_worker(None)
    print(os.getpid(), flush=True)
    time.sleep(60)

if __name__ == "__main__":
    multiprocessing.Process(target=work).start()
    time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl")
def test_a_batch_worker_ends_when_its_parent_is_killed_hard(tmp_path):
    import signal
    import subprocess
    import time

    script = tmp_path / "parent.py"
    script.write_text(WORKER, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1] / "src"),
                                                        os.environ.get("PYTHONPATH", "")])}
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True, env=env)
    worker = int(parent.stdout.readline())
    parent.kill()
    parent.wait()

    def alive(pid):
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as status:
                return "\tZ" not in next(line for line in status if line.startswith("State:"))
        except FileNotFoundError:
            return False

    for _ in range(100):
        if not alive(worker):
            break
        time.sleep(0.05)
    else:
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived its parent")


# --- finding 3 (low): names differing in letter case as well were said to look the same ---------------------------------

def test_twin_names_differing_in_case_too_are_not_said_to_look_the_same():
    import unicodedata

    from pismo.documents.batch import _encoded_apart

    nfc, nfd = unicodedata.normalize("NFC", "żółw"), unicodedata.normalize("NFD", "żółw")
    upper = unicodedata.normalize("NFC", "Żółw")
    said = _encoded_apart(Path(f"{nfd}.yaml"), Path(f"{upper}.yaml"))
    assert "wyglądają tak samo" not in said and "wielkością liter" in said, said
    assert "wyglądają tak samo" in _encoded_apart(Path(f"{nfd}.yaml"), Path(f"{nfc}.yaml"))


# --- finding 9 (low): the next step's command of a name with a space came out as two names ------------------------------

def test_next_step_commands_quote_a_name_with_a_space(tmp_path):
    made = tmp_path / "moja sprawa.yaml"
    result = run("nowa", made)
    assert result.exit_code == 0, result.output
    assert f'pismo sprawdz "{made}"' in result.output, result.output
    imported = tmp_path / "z importu.yaml"
    result = run("import", PLAN, "-o", imported)
    assert result.exit_code == 0, result.output
    assert f'pismo sprawdz "{imported}"' in result.output, result.output
    plain = tmp_path / "sprawa.yaml"
    assert f"pismo sprawdz {plain}\n" in run("nowa", plain).output or " " in str(plain)


# --- finding 12 (low): „Nowa sprawa” while another pismo held the folder waited 60 s and said the command line's text -----

def test_web_new_case_while_the_folder_is_held_waits_briefly_and_says_it_the_webs_way(tmp_path, monkeypatch):
    import time

    from pismo.web import store as store_module
    from pismo.web.store import StoreError

    monkeypatch.setattr(store_module, "WAIT", 0.3)
    with folderlock.holding(tmp_path):
        began = time.monotonic()
        with pytest.raises(StoreError) as caught:
            Store(tmp_path).create_all([("nowa", "a: 1\n")])
        assert time.monotonic() - began < 5
    said = str(caught.value)
    assert "zapisz ponownie" in said and "uruchom polecenie" not in said and str(tmp_path) not in said, said
    assert not (tmp_path / "nowa.yaml").exists()


# --- finding 10 (low): in a folder with a default ACL pismo's files came out read-only for the colleagues it names -------

def test_files_in_a_folder_with_a_default_acl_keep_what_the_acl_grants(tmp_path):
    import struct

    folder = tmp_path / "wspolny"
    folder.mkdir()
    # user::rwx, user:65534:rw-, group::r-x, mask::rwx, other::r-x – „setfacl -d -m u:nobody:rw”
    entries = [(1, 7, 0xFFFFFFFF), (2, 6, 65534), (4, 5, 0xFFFFFFFF), (0x10, 7, 0xFFFFFFFF), (0x20, 5, 0xFFFFFFFF)]
    blob = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in entries)
    try:
        os.setxattr(folder, "system.posix_acl_access", blob)
        os.setxattr(folder, "system.posix_acl_default", blob)
    except (OSError, AttributeError):
        pytest.skip("no POSIX ACLs here")
    (folder / "zwykly.docx").touch()  # as Word makes a file: open with 0666
    case = tmp_path / "k.yaml"
    case.write_bytes(LECZNA.read_bytes())
    assert run("plan", case, "-o", folder).exit_code == 0
    made = folder / "k" / "plan.docx"
    assert _mode(made) & 0o070 == _mode(folder / "zwykly.docx") & 0o070, oct(_mode(made))  # the ACL's mask: rw-
