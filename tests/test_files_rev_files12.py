"""Findings of the twelfth files review (rev-files12) of issue 17."""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from conftest import run
from helpers import GROUP, GROUP_OBJ, MASK, NONE, OTHER, USER, USER_OBJ
from helpers import acl_entries as _acl, set_acl as _set_acl

SRC = Path(__file__).resolve().parents[1] / "src"


def _pismo(*args, timeout: float = 60) -> subprocess.CompletedProcess:
    """`pismo ARGS…` in its own process (a hang is a timeout, not a stuck test run)."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-m", "pismo", *map(str, args)], capture_output=True, text=True,
                          timeout=timeout, env=env)


# --- finding 4: `pismo odmien` read the case file whole before any check ------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_odmien_of_a_named_pipe_is_refused_at_once(tmp_path):
    pipe = tmp_path / "k.yaml"
    os.mkfifo(pipe)
    try:
        done = _pismo("odmien", pipe, timeout=20)
    except subprocess.TimeoutExpired:
        pytest.fail("pismo odmien hung on a named pipe")
    assert done.returncode != 0
    assert "to nie jest zwykły plik" in done.stdout + done.stderr


def test_odmien_of_a_huge_file_reads_no_more_than_the_limit(tmp_path):
    huge = tmp_path / "k.yaml"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)  # sparse: no disk taken
    tracemalloc.start()
    try:
        result = run("odmien", huge)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.exit_code != 0 and "zbyt duży" in result.output, result.output
    assert peak < 60 * 1024 * 1024, peak


def test_odmien_still_writes_the_forms(tmp_path):
    from test_morph_cases import CASES, _stripped

    case = _stripped(CASES[0], tmp_path)
    before = case.read_bytes()
    result = run("odmien", case)
    assert result.exit_code == 0, result.output
    assert case.read_bytes() != before and "# ze słownika" in case.read_text(encoding="utf-8")


# --- finding 3: the web history read its version files through links, pipes and at any size ------------------------

def _saved_once(tmp_path) -> tuple:
    """A served folder whose case „w” was saved once (one version in its history); (store, history folder)."""
    from pismo.web.store import Store, digest

    (tmp_path / "w.yaml").write_text("a: 1\n", encoding="utf-8")
    store = Store(tmp_path)
    current = store.read("w")
    store.save("w", "a: 2\n", digest(current))
    history = tmp_path / ".pismo-historia" / "w"
    assert len(store.history("w")) == 1
    return store, history


def test_web_history_neither_lists_nor_reads_a_link_named_like_a_version(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    secret = tmp_path / "inna.txt"
    secret.write_text("tajne: dane innej sprawy\n", encoding="utf-8")
    link = history / "2026-12-06_09-00-00-000000_poprzednia.yaml"
    link.symlink_to(secret)
    assert link.name not in [v.name for v in store.history("w")]
    with pytest.raises(StoreError) as refused:
        store.version_text("w", link.name)
    assert "tajne" not in str(refused.value)
    from pismo.web.store import digest
    assert store.text_of_version("w", digest(secret.read_bytes())) is None


def _in_time(call, seconds: float = 10):
    """call() in a thread; its result, or a failed test when it has not returned in time."""
    import threading

    box: list = []
    worker = threading.Thread(target=lambda: box.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    return worker, box


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_web_history_does_not_hang_on_a_named_pipe_named_like_a_version(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    pipe = history / "2026-12-06_23-00-00-000000_poprzednia.yaml"
    os.mkfifo(pipe)
    try:
        worker, box = _in_time(lambda: store.text_of_version("w", "abc"))
        assert not worker.is_alive(), "text_of_version hung on a named pipe"
        assert box == [None]
        assert pipe.name not in [v.name for v in store.history("w")]
    finally:
        if worker.is_alive():  # let the stuck thread go
            with open(pipe, "wb"):
                pass
    with pytest.raises(StoreError):
        store.version_text("w", pipe.name)


def test_web_history_reads_no_version_beyond_the_case_files_limit(tmp_path):
    from pismo.web.store import StoreError

    store, history = _saved_once(tmp_path)
    huge = history / "2026-12-06_23-00-00-000000_poprzednia.yaml"
    with huge.open("wb") as stream:
        stream.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        assert store.text_of_version("w", "abc") is None
        with pytest.raises(StoreError) as refused:
            store.version_text("w", huge.name)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024, peak
    assert "MB" in str(refused.value), str(refused.value)


def test_web_history_still_shows_its_own_versions(tmp_path):
    store, _history = _saved_once(tmp_path)
    from pismo.web.store import digest

    version = store.history("w")[0]
    assert store.version_text("w", version.name) == "a: 1\n"
    assert store.text_of_version("w", digest(b"a: 1\n")) == "a: 1\n"


# --- finding 10: a run that read the case before the officer's edit replaced the newer documents ------------------

def test_a_run_of_an_older_case_text_does_not_replace_the_documents_of_the_newer_one(tmp_path, monkeypatch):
    """Run A reads the case; before it reaches the folder the officer moves the meeting and runs B (another
    process); A must then write nothing – B's documents, of the case as it is, stay."""
    import shutil

    from helpers import LECZNA
    from pismo.documents import generate

    case, out = tmp_path / "c2.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    seen: dict = {}
    real = generate.subfolder

    def officer_meanwhile(root, name, *rest):
        if not seen:  # A has read and checked the case: now the officer's edit and his own run
            case.write_text(case.read_text(encoding="utf-8").replace('godzina: "17:00"', 'godzina: "16:15"', 1),
                            encoding="utf-8")
            done = _pismo("wszystko", case, "-o", out)
            assert done.returncode == 0, done.stdout + done.stderr
            seen.update({p.name: p.read_bytes() for p in (out / "c2").iterdir()})
        return real(root, name, *rest)

    monkeypatch.setattr(generate, "subfolder", officer_meanwhile)
    result = run("wszystko", case, "-o", out)
    assert seen
    assert result.exit_code != 0, result.output
    assert "zmienił się" in result.output, result.output
    assert {p.name: p.read_bytes() for p in (out / "c2").iterdir()} == seen


def test_a_run_whose_case_is_unchanged_still_writes(tmp_path):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "c2.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    assert (out / "c2" / "plan.docx").is_file()


# --- finding 1: a colleague's save gave the file his primary group, with the officer's group's rights -------------


def _as_colleague(monkeypatch) -> None:
    """os.chown as for an account in none of the file's groups: it may give neither the owner nor the group."""
    def refused(path, uid, gid, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "chown", refused)


def _officers_file(path: Path, acl: bool) -> None:
    os.chown(path, 65534, 65534)
    path.chmod(0o640)
    if acl:
        _set_acl(path, [(USER_OBJ, 6, NONE), (USER, 6, 1234), (GROUP_OBJ, 4, NONE), (MASK, 6, NONE), (OTHER, 0, NONE)])


def _group_kept(path: Path) -> None:
    """The new group (the saver's) has no rights; the old one keeps its read right by a named entry."""
    import stat as stat_module

    info = os.stat(path)
    acl = _acl(path)
    if info.st_gid == 65534:
        return
    assert acl, "no ACL: the saver's group got the old group's rights"
    assert (GROUP_OBJ, 0, NONE) in acl, acl
    assert (GROUP, 4, 65534) in acl, acl
    mask = next(p for tag, p, _ in acl if tag == MASK)
    assert mask & 4, acl
    assert stat_module.S_IMODE(info.st_mode) & 0o007 == 0


needs_root = pytest.mark.skipif(not hasattr(os, "getxattr") or os.geteuid() != 0,
                                reason="needs root to give the file an owner")


@needs_root
@pytest.mark.parametrize("acl", [True, False])
def test_a_colleagues_save_does_not_give_his_group_the_officers_groups_rights(tmp_path, monkeypatch, acl):
    from pismo.files import casefile

    case = tmp_path / "k.yaml"
    case.write_text("a: 1\n", encoding="utf-8")
    _officers_file(case, acl)
    _as_colleague(monkeypatch)
    casefile.replace(case, b"a: 2\n", casefile.version_of(case))
    assert case.read_bytes() == b"a: 2\n" and os.stat(case).st_gid != 65534
    _group_kept(case)
    if acl:
        assert (USER, 6, 1234) in _acl(case)


@needs_root
def test_a_colleagues_run_does_not_give_his_group_a_documents_old_groups_rights(tmp_path, monkeypatch):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "odg.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "odg" / "plan.docx"
    _officers_file(plan, True)
    case.write_text(case.read_text(encoding="utf-8").replace("dopelniacz: Zespołu Dzielnicowych", "dopelniacz: Zespołu Dzielnicowych II", 1),
                    encoding="utf-8")
    before = plan.read_bytes()
    _as_colleague(monkeypatch)
    result = run("plan", case, "-o", out)
    assert plan.read_bytes() != before
    assert result.exit_code == 0, result.output
    assert os.stat(plan).st_gid != 65534
    _group_kept(plan)


# --- finding 2: the documents of a private case file were made readable by every account --------------------------

def _bits(path: Path) -> int:
    return os.stat(path).st_mode & 0o777


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_documents_of_a_private_case_file_are_private_too(tmp_path):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "A.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    result = run("wszystko", case, "-o", out)
    assert result.exit_code == 0, result.output
    folder = out / "A"
    assert _bits(folder) & 0o077 == 0, oct(_bits(folder))
    files = [p for p in folder.iterdir()]
    assert any(p.name == "manifest.json" for p in files) and len(files) > 3
    assert all(_bits(p) & 0o077 == 0 and _bits(p) & 0o600 == 0o600 for p in files), \
        {p.name: oct(_bits(p)) for p in files}


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_documents_written_before_the_case_file_was_closed_are_closed_with_it(tmp_path):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "A.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    case.chmod(0o644)
    assert run("plan", case, "-o", out).exit_code == 0
    plan = out / "A" / "plan.docx"
    plan.chmod(0o644)
    case.chmod(0o640)  # the officer closes his plan to all but his team
    case.write_text(case.read_text(encoding="utf-8").replace("dopelniacz: Zespołu Dzielnicowych",
                                                             "dopelniacz: Zespołu Dzielnicowych II", 1),
                    encoding="utf-8")
    assert run("plan", case, "-o", out).exit_code == 0
    assert _bits(plan) & 0o007 == 0 and _bits(out / "A" / "manifest.json") & 0o007 == 0


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_documents_of_a_shared_case_file_keep_the_usual_permissions(tmp_path):
    import shutil

    from helpers import LECZNA
    from pismo.files import output

    case, out = tmp_path / "A.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    case.chmod(0o666)
    assert run("plan", case, "-o", out).exit_code == 0
    assert _bits(out / "A" / "plan.docx") == output.shareable_mode()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_pdfs_of_a_private_case_files_documents_are_private_too(tmp_path):
    import shutil

    from helpers import LECZNA, copying_soffice

    case, out = tmp_path / "A.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    case.chmod(0o600)
    result = run("plan", case, "-o", out, "--pdf", "--soffice", copying_soffice(tmp_path))
    assert result.exit_code == 0, result.output
    pdf = out / "A" / "plan.pdf"
    assert pdf.is_file() and _bits(pdf) & 0o077 == 0, oct(_bits(pdf))


# --- finding 7: nowa / nowa --z / import made K.yaml beside k.yaml ---------------------------------------------------

PLAN_TXT = Path(__file__).parent / "import" / "02-bez-numerow.txt"


@pytest.mark.parametrize("how", ["nowa", "nowa --z", "import", "nfd"])
def test_a_new_case_file_whose_name_differs_only_in_case_or_encoding_is_refused(tmp_path, how):
    import shutil
    import unicodedata

    from helpers import LECZNA

    existing = tmp_path / ("żółw.yaml" if how == "nfd" else "k.yaml")
    shutil.copy(LECZNA, existing)
    new = tmp_path / (unicodedata.normalize("NFD", "żółw.yaml") if how == "nfd" else "K.yaml")
    args = {"nowa": ["nowa", new], "nfd": ["nowa", new], "nowa --z": ["nowa", "--z", existing, new],
            "import": ["import", PLAN_TXT, "-o", new]}[how]
    before = sorted(os.listdir(tmp_path))
    result = run(*args)
    assert result.exit_code != 0, result.output
    assert "wielkością liter" in result.output, result.output
    assert sorted(os.listdir(tmp_path)) == before


def test_a_new_case_file_of_another_name_is_still_made(tmp_path):
    import shutil

    from helpers import LECZNA

    shutil.copy(LECZNA, tmp_path / "k.yaml")
    assert run("nowa", tmp_path / "k2.yaml").exit_code == 0
    assert (tmp_path / "k2.yaml").is_file()


# --- finding 9: nowa / import wrote case files whose names every generating command refuses -----------------------

@pytest.mark.parametrize("name", ["x .yaml", "sprawa..yaml"])
@pytest.mark.parametrize("how", ["nowa", "import"])
def test_a_case_file_name_no_documents_folder_can_take_is_refused_before_writing(tmp_path, name, how):
    target = tmp_path / name
    result = run("nowa", target) if how == "nowa" else run("import", PLAN_TXT, "-o", target)
    assert result.exit_code != 0, result.output
    assert not target.exists() and "kończy się kropką albo spacją" in result.output, result.output


# --- finding 11: the web's save with a file in place of the case's history folder gave the CLI's advice ----------

def test_web_save_with_a_file_in_place_of_the_history_folder_says_what_to_do_in_the_web(tmp_path):
    from pismo.web.store import Store, StoreError, digest

    (tmp_path / "w.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / ".pismo-historia").mkdir()
    (tmp_path / ".pismo-historia" / "w").write_text("x\n", encoding="utf-8")
    store = Store(tmp_path)
    with pytest.raises(StoreError) as refused:
        store.save("w", "a: 2\n", digest(store.read("w")))
    told = str(refused.value)
    assert "podaj inny folder" not in told and "usuń albo przenieś" in told, told
    assert (tmp_path / "w.yaml").read_text(encoding="utf-8") == "a: 1\n"
    assert (tmp_path / "w.yaml").read_text(encoding="utf-8") == "a: 1\n"


# --- finding 8: a document renamed only in letter case got a new one of pismo's name beside it ----------------------

def test_a_document_renamed_in_letter_case_only_is_not_given_a_twin(tmp_path):
    import shutil

    from helpers import LECZNA

    case, out = tmp_path / "pc.yaml", tmp_path / "out"
    shutil.copy(LECZNA, case)
    assert run("plan", case, "-o", out).exit_code == 0
    folder = out / "pc"
    (folder / "plan.docx").rename(folder / "Plan.docx")
    with (folder / "Plan.docx").open("ab") as stream:
        stream.write(b"edited")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run("plan", case, "-o", out)
    assert result.exit_code != 0, result.output
    assert "Plan.docx" in result.output and "wielkością liter" in result.output, result.output
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
