"""The fifteenth web review (rev-web15) of issue 17: a paragraph break the user deletes on a line of only spaces,
a header comment above „---”, an empty row beside a removed item, „Nowa sprawa” beside a file the list skips."""

from __future__ import annotations

import re

import pytest

from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture
from test_web_items import TEXT

from pismo.web.form import load


def _words(page: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))


def _save(web, text: str, edit) -> tuple[str, str]:
    """(the page's notice, the file) after the case written as text was opened, edit(fields) applied, saved."""
    path = web.folder / "sprawa.yaml"
    path.write_bytes(text.encode("utf-8"))
    fields = edit(_form_fields(web.get("/sprawy/sprawa")[2].decode()))
    status, headers, _ = web.post("/sprawy/sprawa", fields + [("akcja", "zapisz")])
    assert status == 303, status
    return _words(web.get(headers["Location"])[2].decode()), path.read_text(encoding="utf-8")


@pytest.mark.parametrize("spaces", ["    ", "      "])
def test_a_paragraph_break_deleted_on_a_line_of_only_spaces_stays_deleted(web, spaces):
    """Finding 1: the empty line between two paragraphs written as spaces (an editor's auto-indent) came back after
    the user deleted it (joined the paragraphs) – „Zapisano”, the file kept both paragraphs. Lines of only spaces the
    user did not touch stay as written."""
    spaced = TEXT.replace("nietrzeźwymi.\n\n", f"nietrzeźwymi.\n{spaces}\n")
    spaced = spaced.replace("\n\njednostka:", "\n  \njednostka:")
    assert spaced.count(f"\n{spaces}\n") == 1 and "\n  \njednostka:" in spaced

    def join(fields):
        value = dict(fields)["zagrozenie.opis"]
        joined = re.sub(r"nietrzeźwymi\.(\r?\n)[ ]*\r?\n", r"nietrzeźwymi.\1", value)
        assert joined != value
        return _replace(fields, "zagrozenie.opis", joined)

    _, saved = _save(web, spaced, join)
    assert "nietrzeźwymi.\n    W godzinach" in saved
    assert "\n\n    W godzinach" not in load(saved)["zagrozenie"]["opis"] and "\n  \njednostka:" in saved
