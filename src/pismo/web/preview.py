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
KEPT = 16  # previews remembered (a few cases × kinds; each a few hundred KB) …
KEPT_BYTES = 64 * 2**20  # … and at most this much of PDFs and page images together
SHOWN = 3  # documents of a kind previewed (invitations: the same letter to other addressees)


@dataclass
class Document:
    """One file of a previewed kind: its PDF and page images, or its text when there is no PDF."""

    filename: str
    pdf: bytes = b""
    pages: list[bytes] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    error: str = ""

    @property
    def size(self) -> int:
        return len(self.pdf) + sum(map(len, self.pages))


@dataclass
class Preview:
    """The first SHOWN documents of a kind, and how many more it has."""

    documents: list[Document]
    more: int = 0

    @property
    def size(self) -> int:
        return sum(d.size for d in self.documents)


class Previews:
    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[str, str], Preview] = OrderedDict()
        self._lock = threading.Lock()  # one preview made at a time (LibreOffice converts one at a time anyway)

    def get(self, text: str, kind: str, render) -> Preview:
        """The preview of kind for this case text; render() -> [(file name, .docx bytes)] makes it if needed.
        Only the first SHOWN documents are converted (206 invitations took a minute), and only a preview
        without failures is remembered, so „spróbuj ponownie” tries again."""
        key = (digest(text.encode("utf-8")), kind)
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
            files = render()
            made = Preview(_documents(files[:SHOWN]), max(0, len(files) - SHOWN))
            if not any(d.error for d in made.documents):
                self._keep(key, made)
            return made

    def _keep(self, key: tuple[str, str], made: Preview) -> None:
        self._kept[key] = made
        while len(self._kept) > 1 and (len(self._kept) > KEPT or
                                       sum(p.size for p in self._kept.values()) > KEPT_BYTES):
            self._kept.popitem(last=False)


def _documents(files: list[tuple[str, bytes]]) -> list[Document]:
    """The documents' previews; after a LibreOffice failure the rest are shown as text with the same reason
    (the same letter would fail again, each after its own wait)."""
    documents: list[Document] = []
    for filename, docx in files:
        failed = next((d.error for d in documents if d.error), "")
        documents.append(_document(filename, docx, failed))
    return documents


def _document(filename: str, docx: bytes, failed: str = "") -> Document:
    document = Document(filename, error=failed)
    if not failed and core.pdf_available():
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
    try:
        with tempfile.TemporaryDirectory(prefix="pismo-web-strony-") as folder:
            source = Path(folder) / "d.pdf"
            source.write_bytes(pdf)
            subprocess.run([tool, "-jpeg", "-jpegopt", "quality=85", "-r", RESOLUTION, str(source),
                            str(Path(folder) / "s")], check=True, capture_output=True, timeout=60)
            images = sorted(Path(folder).glob("s-*.jpg"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
            return [p.read_bytes() for p in images]
    except (subprocess.SubprocessError, OSError):  # a full temporary disk is told as such, not as the PDF's fault
        raise core.NoPdf(core.no_room() or "nie udało się zamienić PDF na obrazy stron – otwórz PDF "
                                           "w przeglądarce") from None
