"""Issue 17, eleventh templates review (rev-tpl11): what a unit's template carries into a public version that no
reading finds, note references and start numbers that keep LibreOffice busy for minutes, and parts filled or
checked by their names. No test here runs LibreOffice (the seconds it took are in the commits)."""

from __future__ import annotations

import io
import zipfile

from conftest import run
from helpers import LECZNA
from test_template_package import DOC, REL, RELS, build, png, refused_everywhere
from test_templates_round7 import in_body, passes

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
TYPES = "[Content_Types].xml"
CT = "application/vnd.openxmlformats-officedocument."
PRIVATE = "Jan Nowakowski, tel. 606 100 200, jan.nowakowski@gmail.com, PESEL 85010112345"
TRACES = ("606 100 20", "606100", "nowakowski", "85010112345")  # any trace of PRIVATE, in any form


def para(text: str, properties: str = "") -> str:
    return f'<w:p><w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def chain(*edits):
    def edit(text: str) -> str:
        for one in edits:
            text = one(text)
        return text
    return edit


def add_rel(kind: str, target: str, rid: str, full_type: str | None = None):
    relation = f'<Relationship Id="{rid}" Type="{full_type or REL + kind}" Target="{target}"/>'
    return lambda xml: xml.replace("</Relationships>", relation + "</Relationships>", 1)


def add_type(xml_attrs: str):
    return lambda xml: xml.replace("</Types>", f"<{xml_attrs}/></Types>", 1)


def generated(tmp_path, spec, *options) -> dict[str, bytes]:
    """The parts of the plan a command made with the unit's template built from spec."""
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out", *options)
    assert made.exit_code == 0, made.output
    name = "plan-publikacja.docx" if options else "plan.docx"
    (path,) = (tmp_path / "out").rglob(name)
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


# --- finding 5: a public version carries what the template itself holds ------------------------------------------

GLOSSARY = (HEAD + f'<w:glossaryDocument xmlns:w="{W}"><w:docParts><w:docPart><w:docPartPr><w:name w:val="Blok"/>'
            '<w:category><w:name w:val="Ogólne"/><w:gallery w:val="placeholder"/></w:category></w:docPartPr>'
            f'<w:docPartBody>{para("Kierownik: " + PRIVATE)}</w:docPartBody></w:docPart></w:docParts>'
            '</w:glossaryDocument>')
MARKUP = ('<w:p><w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName"><w:smartTagPr>'
          '<w:attr w:name="ProductID" w:val="Jan Nowakowski 606 100 200"/></w:smartTagPr><w:r><w:t>Jan</w:t></w:r>'
          '</w:smartTag></w:p><w:p><w:sdt><w:sdtPr><w:alias w:val="tel. 606 100 201"/>'
          '<w:tag w:val="jan.nowakowski@gmail.com"/><w:id w:val="77"/></w:sdtPr><w:sdtContent><w:r><w:t>x</w:t></w:r>'
          '</w:sdtContent></w:sdt></w:p><w:p><w:bookmarkStart w:id="5" w:name="Jan_Nowakowski_606100202"/><w:r>'
          '<w:t>y</w:t></w:r><w:bookmarkEnd w:id="5"/></w:p>')
ALT = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="1" cy="1"/><wp:docPr id="77" name="Obraz" '
       'descr="Jan Nowakowski tel. 606 100 200" title="jan.nowakowski@gmail.com"/><a:graphic><a:graphicData '
       'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"/></a:graphic></wp:inline>'
       '</w:drawing></w:r></w:p>')
STORE = "{AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE}"
BOUND = ('<w:p><w:r><w:t xml:space="preserve">DB-TEST: </w:t></w:r><w:sdt><w:sdtPr><w:id w:val="12345"/>'
         f'<w:dataBinding w:xpath="/root[1]/okres[1]" w:storeItemID="{STORE}"/><w:text/></w:sdtPr><w:sdtContent>'
         '<w:r><w:t xml:space="preserve">okres {{ okres_r }}</w:t></w:r></w:sdtContent></w:sdt></w:p>')
THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
PRIVATE_TEMPLATE = {
    "edits": {
        DOC: in_body(MARKUP + ALT + BOUND + para(PRIVATE, "<w:rPr><w:vanish/></w:rPr>")),
        RELS: chain(add_rel("glossaryDocument", "glossary/document.xml", "rIdG1"),
                    add_rel("customXml", "dane.xml", "rIdCX")),
        "_rels/.rels": add_rel("", "docProps/thumbnail.png", "rIdT", THUMBNAIL),
        TYPES: chain(add_type(f'Override PartName="/word/glossary/document.xml" ContentType="{CT}wordprocessingml.'
                              'document.glossary+xml"'), add_type('Default Extension="png" ContentType="image/png"')),
        "word/settings.xml": lambda xml: xml.replace(
            "</w:settings>", f'<w:docVars><w:docVar w:name="kontakt" w:val="{PRIVATE}"/></w:docVars></w:settings>', 1),
        "word/footer1.xml": lambda xml: xml.replace("</w:ftr>", para("Sprawę prowadzi: " + PRIVATE) + "</w:ftr>", 1),
    },
    "extra": [("word/glossary/document.xml", GLOSSARY.encode()),
              ("word/notatki.xml", f"{HEAD}<x>{PRIVATE}</x>".encode()),
              ("word/dane.xml", f"{HEAD}<root><okres>01.01.2099 {PRIVATE}</okres></root>".encode()),
              ("docProps/thumbnail.png", png(64, 90))],
}


def test_a_public_version_keeps_nothing_private_the_template_itself_carries(tmp_path):
    """Glossary, document variables, alt text, smart-tag attributes, content-control titles, bookmark names, hidden
    text, a part nothing names, custom XML stored under word/, the thumbnail and a visible footer line: the public
    file holds only what it prints, scrubbed as the case's fields are."""
    parts = generated(tmp_path, PRIVATE_TEMPLATE, "--publikacja")
    for name, blob in parts.items():
        text = blob.decode("utf-8", "replace").lower()
        assert not [trace for trace in TRACES if trace in text], (name, text[:3000])
    assert not {"word/glossary/document.xml", "word/notatki.xml", "word/dane.xml", "docProps/thumbnail.png"} & set(parts)
    footer = parts["word/footer1.xml"].decode("utf-8")
    assert "Sprawę prowadzi:" in footer and "[numer telefonu usunięty]" in footer, footer
    assert "01.01.2099" not in parts[DOC].decode("utf-8")


def test_the_internal_version_keeps_the_template_as_written_but_no_custom_xml_or_thumbnail(tmp_path):
    """Custom XML goes by its relationship, whatever its name (a control bound to it showed its stale value); the
    thumbnail pictures the template, not the letter. The rest of the internal letter is the template's."""
    parts = generated(tmp_path, PRIVATE_TEMPLATE)
    assert not {"word/dane.xml", "docProps/thumbnail.png"} & set(parts)
    assert "tel. 606 100 200" in parts["word/footer1.xml"].decode("utf-8")
    assert "word/glossary/document.xml" in parts
