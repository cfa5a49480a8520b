"""rev-files20: root's run through a link the officer planted, and a new file's temporary open for a moment."""

from __future__ import annotations

import os

from conftest import run
from test_files_rev_files18 import _case, needs_root


# --- finding 8: `-o` through a link the officer planted in her own folder, into root's own tree – the folders
# root made there on the way became hers (the link's owner was judged, not the folder it leads to) ---------------

@needs_root
def test_root_keeps_the_folders_it_makes_in_its_own_tree_through_the_officers_link(tmp_path, monkeypatch):
    rootonly = tmp_path / "rootonly"
    rootonly.mkdir()
    rootonly.chmod(0o755)
    home = tmp_path / "home"
    home.mkdir()
    os.chown(home, 65534, 65534)
    case = _case(home, 0o600)
    os.chown(case, 65534, 65534)
    (home / "wyniki").symlink_to(rootonly)
    os.lchown(home / "wyniki", 65534, 65534)
    monkeypatch.chdir(home)
    result = run("plan", case.name, "-o", "wyniki/2025/pisma")
    assert result.exit_code == 0, result.output
    assert os.stat(rootonly / "2025").st_uid == 0
    assert os.stat(rootonly / "2025" / "pisma").st_uid == 0
