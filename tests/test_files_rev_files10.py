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
