"""Findings of the seventh PDF review (rev-pdf7) of issue 17: the external-link check before LibreOffice runs."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pismo.files import pdf

_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PICTURE = (f'<Relationship Id="rIdX" Type="{_RELS}/image" Target="http://127.0.0.1:9/obrazek.png" '
            'TargetMode="External"/>')
_BODY = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         f'xmlns:r="{_RELS}"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p>{{inside}}</w:body></w:document>')


def _package(path: Path, relationships: str = _PICTURE, inside: str = "", first: dict | None = None,
             extra: dict | None = None) -> Path:
    """A small .docx: its body (with `inside`), its relationships; `first` entries stored before the others."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in (first or {}).items():
            archive.writestr(name, data)
        archive.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                         'content-types"/>')
        archive.writestr("word/document.xml", _BODY.format(inside=inside))
        archive.writestr("word/_rels/document.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/'
                         f'package/2006/relationships">{relationships}</Relationships>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def _damage(path: Path, marker: bytes) -> None:
    """One bit of a stored entry's data flipped: its CRC-32 no longer matches."""
    blob = bytearray(path.read_bytes())
    at = blob.index(marker)
    blob[at] ^= 1
    path.write_bytes(bytes(blob))


def test_a_damaged_unreferenced_rels_entry_does_not_switch_the_check_off(tmp_path):
    """Finding 1: one bad-CRC `a.rels` nobody refers to made the check say „nothing reaches out” for the whole
    package, and LibreOffice fetched the linked picture; an unreadable part now refuses the document by name."""
    docx = _package(tmp_path / "crc.docx", first={"a.rels": "<Relationships>ZZZZ</Relationships>"})
    _damage(docx, b"ZZZZ")
    said = pdf._reaching_out(docx)
    assert "nie da się odczytać części a.rels dokumentu (plik jest uszkodzony)" in said, said
    assert "zapisz go jako nowy plik .docx" in said, said


def test_an_unparsable_rels_part_refuses_the_document(tmp_path):
    """Finding 1: a .rels part pismo cannot parse is not taken for one without external relationships."""
    docx = _package(tmp_path / "zle.docx", relationships="<oops:Relationship/>")
    said = pdf._reaching_out(docx)
    assert "nie da się odczytać części word/_rels/document.xml.rels dokumentu" in said, said


def test_a_sound_package_without_external_relationships_passes(tmp_path):
    assert pdf._reaching_out(_package(tmp_path / "ok.docx", relationships="")) == ""
