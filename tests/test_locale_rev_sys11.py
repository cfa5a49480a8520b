"""rev-sys11 (issue 17) in a locale that is not UTF-8 (LC_ALL=C with PYTHONUTF8=0), typed from a UTF-8 terminal:
the typed-slip rules read the words as typed (#7), and a name right after pismo's „ is written as its bytes (#10)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import LECZNA

pytestmark = pytest.mark.skipif(os.name != "posix", reason="a POSIX locale")
SRC = str(Path(__file__).resolve().parents[1] / "src")


def _pismo(cwd: Path, *args: str) -> tuple[int, bytes]:
    environment = {**os.environ, "PYTHONPATH": SRC, "LC_ALL": "C", "PYTHONUTF8": "0"}
    done = subprocess.run([sys.executable, "-m", "pismo", *(a.encode("utf-8") for a in args)], cwd=cwd,
                          env=environment, capture_output=True, timeout=180)
    return done.returncode, done.stdout + done.stderr


@pytest.mark.parametrize("args, told", [
    (["plan", "sprawa.yaml", "-o", "„wyniki”"], "„„wyniki”” jest ujete w cudzyslow"),
    (["plan", "sprawa.yaml", "-o", "wyniki\u00a0"], "jest twarda spacja U+00A0"),
    (["wszystko", "sprawa.yaml", "–-pdf", "-o", "w"], '"–-pdf" zaczyna sie od polpauzy (–)'),
    (["wszystko", "sprawa.yaml", "-j", "−2"], '"−2" to liczba ujemna, a -j przyjmuje liczby od 1 do 32'),
    (["terminy", "sprawa.yaml", "--dni=−5"], '"−5" to liczba ujemna, a --dni przyjmuje'),
    (["terminy", "sprawa.yaml", "--dzien", "1–05–2025"], "(U+2013) - wpisz 1-05-2025"),
])
def test_word_slips_are_told_in_an_ascii_locale_as_in_a_utf8_one(tmp_path, args, told):
    """#7: `-o „wyniki”` made a folder with Word's quotes, `–-pdf` was a failed case, `-j −2` „"???2" – to nie jest
    liczba”: the rules compared Unicode characters with the surrogate-escaped words Python gave."""
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    code, said = _pismo(tmp_path, *args)
    assert code == 2 and told.encode("utf-8") in said, said.decode("utf-8", "replace")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sprawa.yaml"]


def test_an_existing_folder_with_words_quotes_is_still_taken_in_an_ascii_locale(tmp_path):
    """#7: the words read back as UTF-8 are looked up on disk by their bytes – a folder the officer named so is his."""
    shutil.copy(LECZNA, tmp_path / "sprawa.yaml")
    (tmp_path / "„wyniki”").mkdir()
    code, said = _pismo(tmp_path, "plan", "sprawa.yaml", "-o", "„wyniki”")
    assert code == 0 and (tmp_path / "„wyniki”" / "sprawa" / "plan.docx").exists(), said.decode("utf-8", "replace")


def test_a_name_right_after_pismos_quote_is_written_as_its_bytes(tmp_path):
    """#10: „"????ka"” for łąka – the console folded the run of pismo's „ and the name's bytes together."""
    code, said = _pismo(tmp_path, "terminy", "brak", "--dni", "łąka")
    assert code == 2 and '"łąka"'.encode("utf-8") in said and b"??" not in said, said
