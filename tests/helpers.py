"""Shared test helpers: generating documents and reading their text back."""

from __future__ import annotations

import io
import re
from pathlib import Path

import docx

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "cases"
LECZNA = CASES / "leczna-rejon-3-2025.yaml"
WRZOSOGROD = CASES / "wrzosogrod-rejon-xiii-2026.yaml"
REFERENCE = Path(__file__).parent / "data" / "informacja-leczna-rejon-3-2025.txt"


def render_kind(case_path: Path, kind: str):
    """(item, docx bytes) for every document of one kind, rendered in memory."""
    from pismo.render.engine import TemplateSet
    from pismo.documents.generate import collect, render
    from pismo.case.loader import load_case

    case = load_case(case_path)
    return [(r.item, r.data) for r in render(collect(case, [kind]), TemplateSet())]


def paragraphs(data: bytes) -> list[str]:
    """Body paragraph texts in order, tables included, empty ones dropped."""
    document = docx.Document(io.BytesIO(data))
    out = []
    for block in document.element.body.iter():
        if block.tag.endswith("}p"):
            text = "".join(node.text or "" for node in block.iter() if node.tag.endswith("}t"))
            if text.strip():
                out.append(text)
    return out


def full_text(data: bytes) -> str:
    return "\n".join(paragraphs(data))


def normalise(line: str) -> str:
    """Whitespace, bullet and dash differences do not count."""
    line = line.strip().lstrip("·•").strip()
    line = re.sub(r"[\u2010-\u2015-]", "-", line)
    line = re.sub(r"\s*-\s*", " - ", line)
    return " ".join(line.split())


def pdf_of(objects: list[bytes], trailer: bytes, version: bytes = b"1.7") -> bytes:
    """A PDF of these objects (numbered from 1) with a true cross-reference table and this trailer dictionary."""
    parts, offsets, size = [b"%PDF-" + version + b"\n"], [], len(version) + 6
    for number, content in enumerate(objects, start=1):
        offsets.append(size)
        parts.append(b"%d 0 obj\n" % number + content + b"\nendobj\n")
        size += len(parts[-1])
    parts.append(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    parts.extend(b"%010d 00000 n \n" % offset for offset in offsets)
    return b"".join(parts) + b"trailer\n" + trailer + b"\nstartxref\n%d\n%%%%EOF\n" % size


def _minimal_pdf() -> bytes:
    """The smallest complete PDF with one blank page, as a stand-in soffice would write it (pdf_pages follows
    startxref to its table)."""
    objects = [b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
               b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>"]
    return pdf_of(objects, b"<</Size %d/Root 1 0 R>>" % (len(objects) + 1), b"1.4")


MINIMAL_PDF = _minimal_pdf()


def steps(call, module, *args) -> int:
    """Lines of `module`'s source run while call(*args) runs: work counted in steps, which a loaded machine
    does not change (seconds it does). A quadratic walk shows as steps growing 16× when its input grows 4×."""
    import sys

    source = module.__file__
    count = 0

    def local(frame, event, arg):
        nonlocal count
        count += event == "line"
        return local

    def trace(frame, event, arg):
        return local if frame.f_code.co_filename == source else None

    previous = sys.gettrace()
    sys.settrace(trace)
    try:
        call(*args)
    finally:
        sys.settrace(previous)
    return count


def soffice_script(tmp_path: Path, body: str, name: str = "fake-soffice") -> str:
    """A stand-in LibreOffice: a shell script running `body`, given to --soffice (or PISMO_SOFFICE)."""
    script = tmp_path / name
    script.write_text(f"#!/bin/sh\n{body}\n")
    script.chmod(0o755)
    return str(script)


def copying_soffice(tmp_path: Path, name: str = "copying-soffice", failing: str | None = None) -> str:
    """A stand-in LibreOffice writing a minimal PDF for every document into --outdir – none for the documents
    matching the shell pattern `failing` (e.g. "*plan.docx")."""
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(MINIMAL_PDF)
    skip = f"{failing}) ;; " if failing else ""
    return soffice_script(tmp_path, 'out=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; '
                                    'prev="$a"; done\nmkdir -p "$out"\nfor a in "$@"; do case "$a" in '
                                    f'{skip}*.docx) cp "{minimal}" "$out/$(basename "$a" .docx).pdf";; esac; done',
                          name)


# a POSIX ACL as the kernel stores it (system.posix_acl_access: version 2, then (tag, rights, id) entries)
_ACL = "system.posix_acl_access"
USER_OBJ, USER, GROUP_OBJ, GROUP, MASK, OTHER = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
NONE = 0xFFFFFFFF


def set_acl(path, entries) -> None:
    """Give a file these ACL entries; the test is skipped where the file system keeps no ACL."""
    import os
    import struct

    import pytest

    data = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *entry) for entry in entries)
    try:
        os.setxattr(path, _ACL, data)
    except (OSError, AttributeError) as exc:
        pytest.skip(f"no POSIX ACL here: {exc}")


def acl_entries(path) -> list[tuple[int, int, int]]:
    """A file's ACL entries ([] without an ACL)."""
    import os
    import struct

    try:
        data = os.getxattr(path, _ACL)
    except OSError:
        return []
    return [struct.unpack_from("<HHI", data, offset) for offset in range(4, len(data), 8)]


def colleagues_case_in_sticky_folder(tmp_path: Path, monkeypatch, mode: int) -> Path:
    """A case file of another account (nobody) in a sticky folder, seen from an account owning neither."""
    import os

    from test_morph_cases import CASES, _stripped

    folder = tmp_path / "wspolny"
    folder.mkdir()
    folder.chmod(0o1777)
    case = _stripped(CASES[0], folder)
    os.chown(case, 65534, 65534)
    case.chmod(mode)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)
    return case


def colleagues_invitation_in_sticky_folder(tmp_path: Path, monkeypatch, mode: int):
    """The documents of a renamed meeting in a sticky folder, all this account's but one obsolete invitation of
    another account (nobody); returns (case, out, invitation)."""
    import os

    from test_files_case_folder import OLD, renamed_meeting

    case, out, folder = renamed_meeting(tmp_path)
    folder.chmod(0o1777)
    for path in folder.iterdir():
        os.chown(path, 1234, 100)
    invitation = next(p for p in folder.iterdir() if OLD in p.name and p.name.startswith("zaproszenie-"))
    os.chown(invitation, 65534, 65534)
    invitation.chmod(mode)
    monkeypatch.setattr(os, "geteuid", lambda: 1234)  # neither the file's nor the folder's owner, not root
    return case, out, invitation

