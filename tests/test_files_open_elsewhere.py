"""A document open in LibreOffice or Word on Linux/macOS – its lock file `.~lock.NAME#` or owner file `~$NAME`
beside it – is refused like Windows' sharing violation, naming who holds it (finding 15 of the second
system-messages review, rev-sys2, of issue 17)."""

from __future__ import annotations

import hashlib
import socket
from pathlib import Path

import pytest

from conftest import run
from helpers import LECZNA
from pismo.files import output

EDIT = ("W rejonie służbowym nr 3", "W rejonie służbowym numer 3")


def _written(tmp_path: Path) -> tuple[Path, Path, Path]:
    case = tmp_path / "c.yaml"
    case.write_text(LECZNA.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "o"
    assert run("plan", case, "-o", out).exit_code == 0
    return case, out, out / "c" / "plan.docx"


def _edit(case: Path) -> None:
    text = case.read_text(encoding="utf-8")
    assert EDIT[0] in text
    case.write_text(text.replace(EDIT[0], EDIT[1]), encoding="utf-8")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _hidden(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".pismo-" in p.name]


@pytest.mark.parametrize("lock_name, data, program, who", [
    (".~lock.plan.docx#", "Jan Kowalski,jkowalski,inny-komputer,06.12.2026 05:40,file:///home/j/.config/lo/4;\n",
     "LibreOffice", "Jan Kowalski"),
    ("~$plan.docx", b"\x0dAnna Zmys\xb3ona" + b" " * 40, "Wordzie", "Anna Zmysłona"),
])
def test_a_document_open_in_an_office_program_is_refused_naming_who_holds_it(tmp_path, lock_name, data, program, who):
    case, out, plan = _written(tmp_path)
    before = _sha(plan)
    lock = plan.parent / lock_name
    lock.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    _edit(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code != 0, result.output
    said = " ".join(result.output.split())
    assert "otwarty w " + program in said, said
    assert who in said and "nic nie zapisano" in said and "zamknij" in said
    assert lock.name in said  # a stale one: the officer is told which file to remove
    assert _sha(plan) == before and lock.exists() and not _hidden(plan.parent)
    lock.unlink()  # closed: the next run writes
    assert run("plan", case, "-o", out).exit_code == 0 and _sha(plan) != before


def test_an_open_document_whose_text_would_not_change_is_not_refused(tmp_path):
    case, out, plan = _written(tmp_path)
    (plan.parent / ".~lock.plan.docx#").write_text(",Jan,jan,inny,06.12.2026 05:40,x;\n", encoding="utf-8")
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output


def test_word_owner_file_of_a_long_name_lacks_its_first_two_letters(tmp_path):
    target = tmp_path / "zaproszenie-spotkanie.docx"
    (tmp_path / "~$proszenie-spotkanie.docx").write_bytes(b"\x03Ewa" + b" " * 50)
    assert "Ewa" in output.open_elsewhere(target)
    assert output.open_elsewhere(tmp_path / "plan.docx") is None
    (tmp_path / "~$an.docx").write_bytes(b"\x03Ewa" + b" " * 50)  # of an.docx, open: not of plan.docx
    assert output.open_elsewhere(tmp_path / "plan.docx") is None
    (tmp_path / "~$lanery.docx").write_bytes(b"\x03Ewa" + b" " * 50)  # 7 letters: the first one dropped
    assert "Ewa" in output.open_elsewhere(tmp_path / "planery.docx")


def test_a_libreoffice_lock_left_on_this_computer_with_no_libreoffice_running_does_not_block(tmp_path, monkeypatch):
    case, out, plan = _written(tmp_path)
    lock = plan.parent / ".~lock.plan.docx#"
    lock.write_text(f"Jan,{output._account()},{socket.gethostname()},06.12.2026 05:40,file:///x;\n",
                    encoding="utf-8")
    monkeypatch.setattr(output, "_libreoffice_running", lambda: False)
    _edit(case)
    result = run("plan", case, "-o", out)
    assert result.exit_code == 0, result.output
    monkeypatch.setattr(output, "_libreoffice_running", lambda: True)
    case.write_text(case.read_text(encoding="utf-8").replace(EDIT[1], EDIT[0]), encoding="utf-8")
    assert run("plan", case, "-o", out).exit_code != 0
