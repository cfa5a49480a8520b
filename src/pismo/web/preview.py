"""Document previews: PDF by the warm LibreOffice, page images by poppler, remembered per case text.

A preview is keyed by (the case text's hash, document kind): an unchanged case
previews instantly, and the page images the browser asks for next are served
from the same entry instead of rendering the document again. Page images are
JPEG at 96 dpi: pdftoppm encodes them about four times faster than PNG at 60
dpi (PNG's compression was most of a preview's time) and they read better.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from pismo.web import core
from pismo.web.store import digest

RESOLUTION = "96"
KEPT = 16  # previews remembered (a few cases × kinds; each a few hundred KB)


@dataclass
class Document:
    """One file of a previewed kind: its PDF and page images, or its text when there is no PDF."""

    filename: str
    pdf: bytes = b""
    pages: list[bytes] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    error: str = ""


class Previews:
    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[str, str], list[Document]] = OrderedDict()
        self._lock = threading.Lock()  # one preview made at a time (LibreOffice converts one at a time anyway)

    def get(self, text: str, kind: str, render) -> list[Document]:
        """The preview of kind for this case text; render() -> [(file name, .docx bytes)] makes it if needed."""
        key = (digest(text.encode("utf-8")), kind)
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
            documents = [_document(filename, data) for filename, data in render()]
            self._kept[key] = documents
            while len(self._kept) > KEPT:
                self._kept.popitem(last=False)
            return documents


def _document(filename: str, docx: bytes) -> Document:
    document = Document(filename)
    if core.pdf_available():
        try:
            document.pdf = core.to_pdf(docx)
            document.pages = page_images(document.pdf)
        except core.NoPdf as exc:
            document.error = str(exc)
    if not document.pages:
        document.text = core.docx_text(docx)
    return document


def page_images(pdf: bytes) -> list[bytes]:
    """JPEG images of a PDF's pages (poppler's pdftoppm), in page order."""
    tool = shutil.which("pdftoppm")
    if not tool:
        raise core.NoPdf("brak programu pdftoppm (pakiet poppler-utils) – otwórz PDF w przeglądarce")
    with tempfile.TemporaryDirectory(prefix="pismo-web-strony-") as folder:
        source = Path(folder) / "d.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run([tool, "-jpeg", "-jpegopt", "quality=85", "-r", RESOLUTION, str(source),
                            str(Path(folder) / "s")], check=True, capture_output=True, timeout=60)
        except (subprocess.SubprocessError, OSError):
            raise core.NoPdf("nie udało się zamienić PDF na obrazy stron – otwórz PDF w przeglądarce") from None
        images = sorted(Path(folder).glob("s-*.jpg"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [p.read_bytes() for p in images]
