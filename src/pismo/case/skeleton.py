"""`pismo nowa`: a commented case-file skeleton, in the order of the plan."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def skeleton_text() -> str:
    return resources.files("pismo").joinpath("data/nowa.yaml").read_text(encoding="utf-8")


def write_skeleton(path: Path, text: str | None = None, source: Path | None = None) -> Path:
    """Write the skeleton (or a given case text, e.g. the next period's of the case file at source, whose
    permissions it takes where narrower, and its named ACL entries before any byte) all or none: a full disk leaves no truncated file. Never replaces a
    file (output.ExistingFiles); says why in Polish when it cannot write (output.OutputError)."""
    from pismo.files.casefile import group_of, mode_from, name_refusal
    from pismo.files.output import OutputError, write_all

    path = Path(path)
    if name_refusal(path):
        raise OutputError(name_refusal(path))
    data = (skeleton_text() if text is None else text).encode("utf-8")
    mode = None if source is None else mode_from(source)
    group = None if source is None else group_of(source)
    return write_all(path.parent, [(path.name, data)], where="", mode=mode, group=group, like=source)[0]
