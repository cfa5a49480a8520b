"""rev-files18 #14 of issue 17 in the browser application: a save by another account than the case file's owner makes
the file the saver's (only root may give it back) – the saver is told so on the page after the save, once."""

from __future__ import annotations

import os
import pwd
import shutil
import tempfile
import threading
from pathlib import Path

import pytest

from helpers import WRZOSOGROD

NOBODY = 65534


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root: two accounts")
def test_a_save_that_makes_the_case_file_the_savers_tells_him_once():
    """rev-files18 #14 (t26/repro.sh): bartek's web save of anna's team case made the file his without a word –
    anna could no longer make it private. Here root's case file in a team folder, saved by the server running as
    the account nobody of the file's group (its effective ids: the test's own process)."""
    from test_web_http import _form_fields, _replace
    from test_web_rev_web16 import _words
    from web_server import Running

    from pismo.web.server import build

    base = Path(tempfile.mkdtemp(prefix="pismo-rev-files18-"))
    try:
        base.chmod(0o755)
        folder = base / "sprawy"
        folder.mkdir()
        os.chown(folder, 0, NOBODY)
        folder.chmod(0o2770)
        case = folder / "sprawa.yaml"
        case.write_text(WRZOSOGROD.read_text(encoding="utf-8"), encoding="utf-8")
        os.chown(case, 0, NOBODY)
        case.chmod(0o660)
        server, url = build(folder, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        web = Running(folder, url, server.server_port, url.split("token=", 1)[1], server)
        def save(name: str, town: str) -> str:
            fields = _replace(_form_fields(web.get(f"/sprawy/{name}")[2].decode()), "jednostka.miejscowosc", town)
            status, headers, _ = web.post(f"/sprawy/{name}", fields + [("akcja", "zapisz")])
            assert status == 303, status
            return _words(web.get(headers["Location"])[2].decode()).split("Jednostka Policji")[0]

        shutil.copy(case, folder / "rozgrzewka.yaml")
        assert "należał" not in save("rozgrzewka", "Wrzosogród-Zdrój")  # root's own: no word; every module loaded
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
        try:
            said = [save("sprawa", town) for town in ("Wrzosogród-Zdrój", "Wrzosogród Nowy")]
        finally:
            os.seteuid(0)
            os.setegid(0)
            web.stop()
        assert case.stat().st_uid == NOBODY and "Wrzosogród Nowy" in case.read_text(encoding="utf-8")
        assert ("Plik sprawy „sprawa.yaml” należał do użytkownika root – zapis utworzył go na nowo i teraz jego "
                f"właścicielem jest Twoje konto ({pwd.getpwuid(NOBODY).pw_name}). root nie może już zmieniać jego "
                "uprawnień") in said[0], said[0]
        assert "Zapisano" in said[1] and "należał do użytkownika" not in said[1], said[1]  # once: the file is his now
    finally:
        shutil.rmtree(base, ignore_errors=True)
