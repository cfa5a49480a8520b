"""Follow-ups of the seventh PDF review (rev-pdf7) of issue 17: a nested document (altChunk) judged by its
relationship, and a document refused before LibreOffice runs costs only itself its PDF."""

from __future__ import annotations

from pathlib import Path

from test_pdf_rev_pdf7 import _RELS, _converted, _damage, _loading_soffice, _package

from pismo.files import pdf

_CHUNK_AS_IMAGE = f'<Relationship Id="rIdA" Type="{_RELS}/image" Target="chunk.docx"/>'


def test_an_altchunk_naming_a_relationship_of_another_type_is_refused(tmp_path):
    """LibreOffice imports the part an altChunk names by the id alone (an image-typed relationship to a nested
    .docx fetched the nested document's linked picture, LibreOffice 7.4) – the nested part is named."""
    docx = _package(tmp_path / "alt.docx", _CHUNK_AS_IMAGE, inside='<w:altChunk r:id="rIdA"/>',
                    extra={"word/chunk.docx": b"PK\x03\x04rest"})
    said = pdf._reaching_out(docx)
    assert "wstawiony dokument (altChunk, część word/chunk.docx), który LibreOffice wczytuje" in said, said


def test_an_afchunk_relationship_is_a_nested_document_whatever_element_names_it(tmp_path):
    chunk = f'<Relationship Id="rIdA" Type="{_RELS}/aFChunk" Target="/word/chunk.docx"/>'
    docx = _package(tmp_path / "alt.docx", chunk, inside='<w:p w:rsidR="rIdA"/>',
                    extra={"word/chunk.docx": b"PK\x03\x04rest"})
    assert "altChunk, część word/chunk.docx" in pdf._reaching_out(docx)


def test_an_html_chunk_is_told_as_left_out_of_the_pdf(tmp_path):
    """An HTML or RTF chunk LibreOffice does not import (7.4: no text of it in the PDF, nothing fetched): refused
    for the content the PDF would lack, not for links LibreOffice would read."""
    chunk = f'<Relationship Id="rIdA" Type="{_RELS}/aFChunk" Target="chunk.html"/>'
    docx = _package(tmp_path / "alt.docx", chunk, inside='<w:altChunk r:id="rIdA"/>',
                    extra={"word/chunk.html": b"<html><body><p>Tekst</p></body></html>"})
    said = pdf._reaching_out(docx)
    assert "część word/chunk.html), którego LibreOffice nie wczytuje – w pliku PDF zabrakłoby jego treści" in said
    assert "powiązaniami" not in said, said


def test_an_altchunk_naming_no_part_is_no_nested_document(tmp_path):
    """An altChunk element whose id names no relationship, or a part the package lacks, imports nothing: the
    element's name alone refuses no document."""
    missing = f'<Relationship Id="rIdB" Type="{_RELS}/aFChunk" Target="missing.docx"/>'
    docx = _package(tmp_path / "alt.docx", missing, inside='<w:altChunk r:id="rIdA"/><w:altChunk r:id="rIdB"/>')
    assert pdf._reaching_out(docx) == ""


def test_an_ordinary_document_with_pictures_and_hyperlinks_passes(tmp_path):
    """What Word writes for a letter: an embedded picture, a styles part, a web hyperlink – nothing refused."""
    relationships = (f'<Relationship Id="rId1" Type="{_RELS}/styles" Target="styles.xml"/>'
                     f'<Relationship Id="rId2" Type="{_RELS}/image" Target="media/image1.png"/>'
                     f'<Relationship Id="rId3" Type="{_RELS}/hyperlink" Target="https://policja.pl" '
                     'TargetMode="External"/>')
    inside = '<w:p><w:r><a:blip r:embed="rId2"/></w:r><w:hyperlink r:id="rId3"/></w:p>'
    docx = _package(tmp_path / "zwykly.docx", relationships, inside=inside,
                    extra={"word/styles.xml": "<w:styles xmlns:w='x'/>", "word/media/image1.png": b"\x89PNG"})
    assert pdf._reaching_out(docx) == ""


def test_a_document_refused_before_libreoffice_costs_only_itself_its_pdf(tmp_path):
    """One .docx pismo could not read for the network check refused the whole `pismo pdf` run: now the sound
    documents get their PDFs, the refused one is named with its reason, and the run fails (PdfError)."""
    folder = tmp_path / "d"
    folder.mkdir()
    sound = [_package(folder / f"{name}.docx", relationships="") for name in ("a-dobry", "c-dobry")]
    damaged = _package(folder / "b-crc.docx", first={"a.rels": "<Relationships>ZZZZ</Relationships>"})
    _damage(damaged, b"ZZZZ")
    linked = _package(folder / "d-obraz.docx", inside='<w:p><w:r><a:blip r:link="rIdX"/></w:r></w:p>')
    written, said = _converted([folder], _loading_soffice(tmp_path, tmp_path / "log", ":"))
    assert written == ["a-dobry.pdf", "c-dobry.pdf"], said
    assert all(p.with_suffix(".pdf").exists() for p in sound), said
    assert not damaged.with_suffix(".pdf").exists() and not linked.with_suffix(".pdf").exists(), said
    assert "nie udało się zamienić na PDF 2 z 4 plików (utworzono 2)" in said, said
    assert f"{damaged}: nie da się odczytać części a.rels dokumentu (plik jest uszkodzony)" in said, said
    assert f"{linked}: dokument odwołuje się do zasobu spoza niego" in said, said
    assert "uszkodzone" not in said.split("ponownie")[-1], said  # no damage advice for what LibreOffice never saw
    assert "b-crc" not in Path(tmp_path / "log").read_text(), "LibreOffice was given the refused document"


def test_only_refused_documents_start_no_libreoffice(tmp_path):
    linked = _package(tmp_path / "obraz.docx", inside='<w:p><w:r><a:blip r:link="rIdX"/></w:r></w:p>')
    written, said = _converted([linked], _loading_soffice(tmp_path, tmp_path / "log", ":"))
    assert written == [] and "nie udało się zamienić na PDF 1 z 1 pliku (utworzono 0)" in said, said
    assert "Zamiana na PDF nie zmieniła plików .docx." in said, said
    assert not (tmp_path / "log").exists(), "LibreOffice started for nothing to convert"
