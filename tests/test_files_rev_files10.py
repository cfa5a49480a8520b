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
