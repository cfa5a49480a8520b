"""What pismo's commands and its browser application tell the officer when the system misbehaves: the rest of the
findings of the first system-messages review (rev-sys1) of issue 17."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import run

from helpers import LECZNA

posix_only = pytest.mark.skipif(os.name == "nt", reason="control characters in file names are a POSIX thing")

OSC = "\x1b]0;TITLE\x07"
SHOWN = "<U+001B>]0;TITLE<U+0007>"


def _raw_controls(text: str) -> list[str]:
    return [ch for ch in text if ch not in "\n\t" and (ord(ch) < 32 or 0x7f <= ord(ch) < 0xa0)]


# --- 4: text from outside (file names, arguments) with control characters ------------------------------------

@posix_only
def test_a_case_file_named_with_an_escape_sequence_is_shown_not_sent_to_the_terminal(tmp_path):
    """Finding 4 of rev-sys1: `pismo sprawdz bl<ESC>]0;TITLE<BEL>.yaml` printed the raw name three times (the
    terminal's title changed) in a message saying the name „zawiera znak sterujący” the officer could not see."""
    case = tmp_path / f"bl{OSC}.yaml"
    shutil.copy(LECZNA, case)
    result = run("sprawdz", case)
    assert not _raw_controls(result.output), repr(result.output)
    assert f"bl{SHOWN}.yaml" in result.output, result.output


@posix_only
def test_an_output_folder_named_with_control_characters_is_shown(tmp_path):
    out = tmp_path / f"wy\r{OSC}"
    result = run("plan", LECZNA, "-o", out)
    assert result.exit_code == 0, result.output
    assert not _raw_controls(result.output), repr(result.output)
    assert f"wy<U+000D>{SHOWN}" in result.output, result.output

