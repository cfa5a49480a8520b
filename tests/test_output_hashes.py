"""Every file `pismo wszystko` writes for the example cases, byte for byte.

A refactor must not change any document. When a change alters documents on
purpose, regenerate the record in the same commit:
    PYTHONPATH=src python tests/test_output_hashes.py
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
from helpers import LECZNA, WRZOSOGROD  # noqa: E402

RECORD = Path(__file__).parent / "data" / "output_hashes.json"


def written_hashes(out: Path) -> dict[str, str]:
    """sha256 of every file `pismo wszystko` writes for both example cases, by path under out."""
    from pismo.cli.main import main

    result = CliRunner().invoke(main, ["wszystko", str(LECZNA), str(WRZOSOGROD), "-o", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    return {path.relative_to(out).as_posix(): hashlib.sha256(_placeless(path)).hexdigest()
            for path in sorted(out.rglob("*")) if path.is_file()}


def _placeless(path: Path) -> bytes:
    """The file's bytes; a manifest's without the case file's path, which depends on where the test runs (the
    path itself is tested in test_files_case_folder.py), nor the classes its permissions close it to."""
    from pismo.files.record import CASE_FILE, CLOSED

    if path.name != "manifest.json":
        return path.read_bytes()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.pop(CASE_FILE).endswith(f"cases/{path.parent.name}.yaml")
    data.pop(CLOSED, None)  # the classes the case file is closed to: a checkout under umask 077 makes it private
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_documents_are_unchanged(tmp_path):
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))
    now = written_hashes(tmp_path)
    missing = sorted(set(recorded) - set(now))
    new = sorted(set(now) - set(recorded))
    changed = sorted(name for name in set(now) & set(recorded) if now[name] != recorded[name])
    assert not (missing or new or changed), (
        f"documents differ from {RECORD.name}: changed {changed}, no longer written {missing}, new {new}; "
        "if the change is intended, regenerate the record in the same commit (see this module's docstring)")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        hashes = written_hashes(Path(folder))
    RECORD.write_text(json.dumps(hashes, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{RECORD}: {len(hashes)} files")
