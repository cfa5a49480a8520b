"""`pismo nowa`: a commented case-file skeleton, in the order of the plan."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def skeleton_text() -> str:
    return resources.files("pismo").joinpath("data/nowa.yaml").read_text(encoding="utf-8")


def write_skeleton(path: Path, text: str | None = None) -> None:
    """Write the skeleton (or a given case text, e.g. the next period's); never overwrite
    (raises FileExistsError)."""
    with open(path, "x", encoding="utf-8", newline="\n") as handle:
        handle.write(skeleton_text() if text is None else text)
