"""rev-tpl18 4, 6, 14: refusals that were right but advised the wrong dialog (line numbering, an attached XML
schema) or quoted a 36 KB paragraph whole."""

from __future__ import annotations

import pytest
from lxml import etree

from pismo.render import notes
from test_template_package import in_body, refused_everywhere

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@pytest.mark.parametrize("element, dialog", [
    ('<w:lnNumType w:countBy="1" w:start="2000000000"/>', "Układ → Numery wierszy → Opcje numerowania wierszy"),
    ('<w:pgNumType w:start="2000000000"/>', "Wstawianie → Numer strony → Formatuj numery stron"),
])
def test_a_start_number_refusal_names_its_own_dialog(element, dialog):
    tree = etree.fromstring(f'<w:document xmlns:w="{W}"><w:body><w:sectPr>{element}</w:sectPr></w:body></w:document>')
    with pytest.raises(notes.Refused) as refused:
        notes.check_starts("word/document.xml", tree)
    assert f"({dialog} → Rozpocznij od)" in str(refused.value) and "Przypisy" not in str(refused.value)


def test_an_attached_schema_is_named_not_taken_for_a_picture(tmp_path):
    spec = {"word/settings.xml": lambda xml: xml.replace(
        "</w:settings>", '<w:attachedSchema w:val="file:///C:/Users/jan.kowalski/schemat.xsd"/></w:settings>')}
    checked, _ = refused_everywhere(tmp_path, spec, "schemat XML dołączony do szablonu (element w:attachedSchema); "
                                                    "odłącz go (Deweloper → Szablon dokumentu → Schemat XML")
    assert "zwykły obraz" not in checked.output


def test_a_syntax_errors_paragraph_quote_is_shortened(tmp_path):
    tag = "{{ 'a'~%s~" + "'a'~" * 3000 + "'a' }}"
    checked, _ = refused_everywhere(tmp_path, in_body(f'<w:r><w:t xml:space="preserve">{tag}</w:t></w:r>'),
                                    "nieoczekiwany znak „%”")
    assert len(checked.output) < 1000, len(checked.output)


def test_template_check_tells_what_the_public_version_would_refuse(tmp_path):
    """Known since rev-tpl17, again rev-tpl18 12, 15: `szablony sprawdz` passed a template whose public version
    `--publikacja` then refused; it now says so (a warning: the letter itself is written)."""
    from test_template_package import build, run, with_image
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"><text x="1" y="8">Jan Nowak</text></svg>'
    folder = tmp_path / "szablony"
    folder.mkdir()
    spec = with_image("logo.svg", svg)
    spec["edits"].update(in_body('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/'
                                 '2006/wordprocessingDrawing"><wp:extent cx="9000" cy="9000"/><wp:docPr id="1" '
                                 'name="L"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
                                 '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                                 '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                                 '<pic:nvPicPr><pic:cNvPr id="1" name="L"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill>'
                                 '<a:blip r:embed="rId90"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData>'
                                 '</a:graphic></wp:inline></w:drawing></w:r>'))
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    assert ("wersja do publikacji (--publikacja) nie powstanie: obraz wektorowy word/media/logo.svg zawiera napisy"
            in checked.output), checked.output
