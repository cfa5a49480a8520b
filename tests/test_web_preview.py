"""Previews at the HTTP level: remembered per case text, page images and the PDF behind the token."""

from __future__ import annotations

import re
import shutil

import pytest

from helpers import LECZNA, MINIMAL_PDF
from web_server import start

CASE = LECZNA.stem
pytestmark = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="brak pdftoppm (poppler-utils)")


@pytest.fixture
def web(tmp_path, monkeypatch):
    from pismo.web import core

    converted = []
    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", lambda docx: converted.append(docx) or MINIMAL_PDF)
    running = start(tmp_path)
    running.converted = converted
    yield running
    running.stop()


def _images(html: str) -> list[str]:
    return re.findall(r'<img class="strona" src="([^"]+)"', html)


def test_unchanged_case_previews_from_memory_and_a_changed_one_again(web):
    status, _, body = web.get(f"/sprawy/{CASE}/podglad/plan")
    assert status == 200 and len(web.converted) == 1
    (image,) = _images(body.decode())
    status, headers, data = web.get(image)
    assert status == 200 and headers["Content-Type"] == "image/jpeg" and data.startswith(b"\xff\xd8")
    web.get(f"/sprawy/{CASE}/podglad/plan")
    assert len(web.converted) == 1  # neither the page again nor its image converted anything
    path = web.folder / LECZNA.name
    path.write_text(path.read_text(encoding="utf-8").replace("numer: 3", "numer: 4"), encoding="utf-8")
    web.get(f"/sprawy/{CASE}/podglad/plan")
    assert len(web.converted) == 2


def test_pdf_opens_in_the_browser_only_with_the_token(web):
    _, _, body = web.get(f"/sprawy/{CASE}/podglad/plan")
    link = f"/sprawy/{CASE}/podglad/plan/0.pdf"
    assert f'href="{link}"' in body.decode()
    status, headers, data = web.get(link)
    assert status == 200 and headers["Content-Type"] == "application/pdf" and data == MINIMAL_PDF
    assert headers["Content-Disposition"] == "inline"
    status, _, body = web.get(link, cookie=False)
    assert status == 403 and data not in body
    status, _, body = web.get(f"/sprawy/{CASE}/podglad/plan/7.pdf")
    assert status == 404 and "Traceback" not in body.decode()
    assert web.get(f"/sprawy/{CASE}/podglad/plan/0/9.jpg")[0] == 404
