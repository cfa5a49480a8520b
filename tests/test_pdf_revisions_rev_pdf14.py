"""rev-pdf14 #4: a part in UTF-16 (ECMA-376 Part 2 allows it) or with its marks under another namespace prefix went to
LibreOffice with its tracked deletions unaccepted – the deleted name and phone printed, no note."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from pismo.files import revisions
from test_pdf_revisions_rev_pdf13 import _tracked


def _recoded(path, recode) -> bytes:
    """The tracked-changes document with its document.xml rewritten by `recode`."""
    blob = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(blob, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(info, recode(data) if info.filename == "word/document.xml" else data)
    return blob.getvalue()


def _utf16(codec: str, bom: bytes):
    def recode(data: bytes) -> bytes:
        text = re.sub(r'encoding="[^"]*"', 'encoding="UTF-16"', data.decode("utf-8"), count=1)
        return bom + text.encode(codec)
    return recode


def _prefixed(data: bytes) -> bytes:
    """The same document, its WordprocessingML under the prefix „ś” – one to any namespace-aware reader."""
    text = data.decode("utf-8").replace("xmlns:w=", "xmlns:ś=").replace("<w:", "<ś:").replace("</w:", "</ś:")
    return re.sub(r"(\s)w:(\w+=)", r"\1ś:\2", text).encode("utf-8")


@pytest.mark.parametrize("recode", [_utf16("utf-16-le", b"\xff\xfe"), _utf16("utf-16-be", b"\xfe\xff"), _prefixed],
                         ids=["utf16-le-bom", "utf16-be-bom", "prefix"])
def test_deletions_are_accepted_whatever_the_encoding_or_prefix(tmp_path, recode):
    blob = _recoded(_tracked(tmp_path / "a.docx"), recode)
    done = revisions.accepted(blob)
    assert done is not None, "the part's tracked changes were not found"
    with zipfile.ZipFile(io.BytesIO(done)) as archive:
        text = archive.read("word/document.xml").decode("utf-8")
    assert "Anna Nowakowska" not in text and "605 444 333" not in text, text
    assert "[dane usunięte]" in text, text


def test_utf16_without_its_byte_order_mark_is_refused_not_passed_unaccepted(tmp_path):
    """XML requires the mark in UTF-16: such a part does not parse – refused by name, never printed as it is."""
    blob = _recoded(_tracked(tmp_path / "a.docx"), _utf16("utf-16-le", b""))
    with pytest.raises(revisions.Unreadable, match="word/document.xml"):
        revisions.accepted(blob)
