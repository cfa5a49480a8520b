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


# --- findings 2, 4 and 8: note references and start numbers ---------------------------------------------------------

def note_ref(ident: int, kind: str = "footnote") -> str:
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{kind}Reference w:id="{ident}"/></w:r>'


def with_notes(body: str, notes: str, kind: str = "footnote", section: str = "") -> dict:
    """The plan with body paragraphs at its start, its notes part (as Word writes it, separators first) holding
    notes, and section added to the body's section properties."""
    part = (HEAD + f'<w:{kind}s xmlns:w="{W}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
            f'</w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            f'</w:r></w:p></w:{kind}>{notes}</w:{kind}s>')
    body_edit = in_body(body)
    return {"edits": {DOC: lambda xml: body_edit(xml).replace("</w:sectPr>", section + "</w:sectPr>", 1),
                      RELS: add_rel(f"{kind}s", f"{kind}s.xml", "rIdFn"),
                      TYPES: add_type(f'Override PartName="/word/{kind}s.xml" ContentType="{CT}wordprocessingml.{kind}s+xml"')},
            "extra": [(f"word/{kind}s.xml", part.encode())]}


def note(ident: int, inner: str = "", kind: str = "footnote") -> str:
    return f'<w:{kind} w:id="{ident}"><w:p><w:r><w:t xml:space="preserve">przypis {ident} </w:t></w:r>{inner}</w:p></w:{kind}>'


ANCHOR_TEXT = '<w:p><w:r><w:t>FN-TEST</w:t></w:r>'


def test_a_note_referring_to_a_note_is_refused_by_its_part(tmp_path):
    """A footnote holding its own reference (or 1 → 2 → 1, an endnote in itself): LibreOffice made no PDF of any
    letter, and the message sent the officer to the letters."""
    for kind, notes in (("footnote", note(1, note_ref(1))),
                        ("footnote", note(1, note_ref(2)) + note(2, note_ref(1))),
                        ("endnote", note(1, note_ref(1, "endnote"), "endnote"))):
        spec = with_notes(ANCHOR_TEXT + note_ref(1, kind) + "</w:p>", notes, kind)
        folder = tmp_path / kind / str(len(notes))
        folder.mkdir(parents=True)
        checked, _made = refused_everywhere(folder, spec, f"część word/{kind}s.xml")
        assert "odwołanie do przypisu" in checked.output


def test_note_references_are_bounded_in_a_paragraph_and_refused_twice(tmp_path):
    """500 footnotes anchored in one paragraph kept LibreOffice over 90 s (200: 2.9 s, 2000 one per paragraph:
    5.4 s); a reference repeated by a loop (500 times footnote 1) also over 60 s."""
    many = with_notes(ANCHOR_TEXT + "".join(note_ref(i) for i in range(1, 31)) + "</w:p>",
                      "".join(note(i) for i in range(1, 31)))
    (tmp_path / "a").mkdir()
    refused_everywhere(tmp_path / "a", many, "odwołań do przypisów w jednym akapicie")
    looped = with_notes('<w:p><w:r><w:t xml:space="preserve">FN-TEST {% for i in range(3) %}</w:t></w:r>' + note_ref(1)
                        + '<w:r><w:t xml:space="preserve">{% endfor %}</w:t></w:r></w:p>', note(1))
    (tmp_path / "b").mkdir()
    checked, _made = refused_everywhere(tmp_path / "b", looped, "po wypełnieniu")
    assert "ten sam przypis" in checked.output


def test_a_letter_with_a_few_footnotes_still_passes(tmp_path):
    passes(tmp_path, with_notes(ANCHOR_TEXT + note_ref(1) + note_ref(2) + "</w:p>" + ANCHOR_TEXT + note_ref(3) + "</w:p>",
                                note(1) + note(2) + note(3),
                                section='<w:footnotePr><w:numFmt w:val="lowerRoman"/><w:numStart w:val="4"/></w:footnotePr>'
                                        '<w:pgNumType w:fmt="upperRoman" w:start="12"/>'))


def test_start_numbers_are_bounded(tmp_path):
    """Footnotes in Roman numerals from 2 147 483 000: over 60 s and 3.65 GB for one footnote; a page number so
    started printed 58 „M”."""
    cases = {
        "fn": ('<w:footnotePr><w:numFmt w:val="upperRoman"/><w:numStart w:val="2147483000"/></w:footnotePr>', "przypisów"),
        "pg": ('<w:pgNumType w:fmt="upperRoman" w:start="4000"/>', "stron"),
        "dec": ('<w:pgNumType w:start="40000"/>', "stron"),
        "ln": ('<w:lnNumType w:countBy="1" w:start="99999"/>', "wierszy"),
    }
    for name, (section, what) in cases.items():
        folder = tmp_path / name
        folder.mkdir()
        checked, _made = refused_everywhere(folder, with_notes(ANCHOR_TEXT + note_ref(1) + "</w:p>", note(1),
                                                               section=section), f"numeracja {what}")
        assert "najwyżej 32 767" in checked.output


# --- finding 9: settings that change what the recipient's Word prints or allows ---------------------------------

def test_settings_changing_what_word_prints_or_allows_are_left_out_of_letters(tmp_path):
    """„Print only form data”, protection without a password and „update fields on open”: every letter printed
    without its text from Word, opened locked, or recomputed by the recipient's Word – the PDF shows otherwise."""
    unsafe = ('<w:printFormsData/><w:documentProtection w:edit="readOnly" w:enforcement="1"/>'
              '<w:writeProtection w:recommended="1"/><w:updateFields w:val="true"/>')
    spec = {"edits": {"word/settings.xml": lambda xml: xml.replace("</w:settings>", unsafe + "</w:settings>", 1)}}
    settings = generated(tmp_path, spec)["word/settings.xml"].decode("utf-8")
    for name in ("printFormsData", "documentProtection", "writeProtection", "updateFields"):
        assert name not in settings, settings
    assert "<w:settings" in settings


# --- finding 7: a linked picture is a file, not the web -------------------------------------------------------

def test_a_picture_linked_to_a_file_is_refused_as_a_link_to_a_file(tmp_path):
    from test_templates_round7 import picture
    for target in ("file:///etc/passwd", "\\\\serwer\\udzial\\logo.png"):
        spec = {"edits": {DOC: in_body("<w:p>" + picture("rIdX1") + "</w:p>"),
                          RELS: lambda xml, t=target: xml.replace("</Relationships>", f'<Relationship Id="rIdX1" '
                                                                  f'Type="{REL}image" Target="{t}" TargetMode="External"/>'
                                                                  "</Relationships>", 1)}}
        folder = tmp_path / str(len(target))
        folder.mkdir()
        checked, _made = refused_everywhere(folder, spec, "„Połącz z plikiem”")
        assert "z sieci" not in checked.output


# --- finding 6: a SmartArt inserted several times --------------------------------------------------------------

DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DIAGRAM = ('<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="901" name="Diagram 1"/>'
           f'<a:graphic><a:graphicData uri="{DGM}"><dgm:relIds xmlns:dgm="{DGM}" xmlns:r="{RNS}" r:dm="rIdD1" '
           'r:lo="rIdD2" r:qs="rIdD3" r:cs="rIdD4"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def smartart(times: int, side: int, point_text: str = "", drawing_text: str | None = None) -> dict:
    """The plan with a one-box SmartArt (as Word writes it: data model, layout, style, colours, drawing) whose box
    is filled with a side × side picture, inserted `times` times in the body; point_text: the data model's text,
    drawing_text: the box's (the same unless given)."""
    drawing_text = point_text if drawing_text is None else drawing_text
    drawing_ct = "application/vnd.ms-office.drawingml.diagramDrawing+xml"
    parts = [("diagramData", "data1", "drawingml.diagramData+xml"), ("diagramLayout", "layout1", "drawingml.diagramLayout+xml"),
             ("diagramQuickStyle", "quickStyle1", "drawingml.diagramStyle+xml"),
             ("diagramColors", "colors1", "drawingml.diagramColors+xml")]
    rels = [add_rel(kind, f"diagrams/{name}.xml", f"rIdD{i}") for i, (kind, name, _ct) in enumerate(parts, 1)]
    rels.append(add_rel("", "diagrams/drawing1.xml", "rIdD5",
                        "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing"))
    types = [add_type(f'Override PartName="/word/diagrams/{name}.xml" ContentType="{CT}{ct}"') for _k, name, ct in parts]
    types += [add_type(f'Override PartName="/word/diagrams/drawing1.xml" ContentType="{drawing_ct}"'),
              add_type('Default Extension="png" ContentType="image/png"')]
    text = (f'<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>{point_text}</a:t></a:r></a:p></dgm:t>' if point_text
            else "")
    data = (HEAD + f'<dgm:dataModel xmlns:dgm="{DGM}" xmlns:a="{A}"><dgm:ptLst><dgm:pt modelId="{{D0}}" type="doc">'
            f'<dgm:prSet/><dgm:spPr/></dgm:pt><dgm:pt modelId="{{P0}}"><dgm:prSet/><dgm:spPr/>{text}</dgm:pt></dgm:ptLst>'
            '<dgm:cxnLst><dgm:cxn modelId="{C0}" srcId="{D0}" destId="{P0}" srcOrd="0" destOrd="0"/></dgm:cxnLst><dgm:bg/>'
            f'<dgm:whole/><dgm:extLst><a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{DSP}" relId="rIdD5" minVer="{DGM}"/></a:ext></dgm:extLst></dgm:dataModel>')
    box_text = (f'<dsp:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>{drawing_text}</a:t></a:r></a:p></dsp:txBody>'
                if drawing_text else "")
    drawing = (HEAD + f'<dsp:drawing xmlns:dgm="{DGM}" xmlns:dsp="{DSP}" xmlns:a="{A}" xmlns:r="{RNS}"><dsp:spTree>'
               '<dsp:nvGrpSpPr><dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
               '<dsp:sp modelId="{S0}"><dsp:nvSpPr><dsp:cNvPr id="1" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr>'
               '<a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="1000000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/>'
               '</a:prstGeom><a:blipFill><a:blip r:embed="rIdI1"/><a:stretch><a:fillRect/></a:stretch></a:blipFill>'
               f'</dsp:spPr>{box_text}</dsp:sp></dsp:spTree></dsp:drawing>')
    styles = {name: (HEAD + f'<dgm:{root} xmlns:dgm="{DGM}" xmlns:a="{A}" uniqueId="urn:microsoft.com/office/officeart/'
                     f'2005/8/{unique}">{inner}</dgm:{root}>').encode()
              for name, root, unique, inner in (("layout1", "layoutDef", "layout/default", '<dgm:layoutNode name="diagram"/>'),
                                                ("quickStyle1", "styleDef", "quickstyle/simple1", ""),
                                                ("colors1", "colorsDef", "colors/accent1_2", ""))}
    picture_rels = (HEAD + f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rIdI1" Type="{REL}image" '
                    'Target="../media/big.png"/></Relationships>')
    return {"edits": {DOC: in_body(DIAGRAM * times), RELS: chain(*rels), TYPES: chain(*types)},
            "extra": [("word/diagrams/data1.xml", data.encode()), ("word/diagrams/drawing1.xml", drawing.encode()),
                      *((f"word/diagrams/{name}.xml", blob) for name, blob in styles.items()),
                      ("word/diagrams/_rels/drawing1.xml.rels", picture_rels.encode()),
                      ("word/media/big.png", png(side, side))]}


def test_a_smartart_inserted_several_times_weighs_its_pictures_each_time(tmp_path):
    """One 36 Mpx picture in a SmartArt inserted 8 times: 37–52 s and 2 GB for every letter, 16 times over 120 s
    and 3.6 GB; the same picture drawn 20 times inside the diagram was refused already."""
    (tmp_path / "a").mkdir()
    passes(tmp_path / "a", smartart(1, 3000))
    (tmp_path / "b").mkdir()
    refused_everywhere(tmp_path / "b", smartart(8, 3000), "pikseli")


# --- finding 10: a footer's picture on the pages the template itself forces ----------------------------------------

def footer_logo_and_pages(side: int, body: str) -> dict:
    """A footer holding a side × side picture, and body paragraphs at the start of the plan."""
    from test_templates_round7 import NS, picture
    rels = (HEAD + f'<Relationships xmlns="{PACKAGE_RELS}"><Relationship Id="rIdL" Type="{REL}image" '
            'Target="media/logo.png"/></Relationships>')
    footer = lambda xml: xml.replace("<w:ftr ", "<w:ftr " + NS, 1).replace("</w:ftr>", f"<w:p>{picture('rIdL')}</w:p></w:ftr>", 1)
    return {"edits": {DOC: in_body(body), "word/footer1.xml": footer,
                      TYPES: add_type('Default Extension="png" ContentType="image/png"')},
            "extra": [("word/_rels/footer1.xml.rels", rels.encode()), ("word/media/logo.png", png(side, side))]}


BREAK_BEFORE = '<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>strona</w:t></w:r></w:p>'


def test_a_footer_picture_weighs_on_every_page_the_template_forces(tmp_path):
    """A 5.8 Mpx footer logo (weighed as on 10 pages: 57.6 Mpx) and 400 „page break before” paragraphs: 110 s;
    199 sections with the same footer: 94 s and 2.3 GB. Forced pages are counted from paragraphs, page breaks,
    sections and styles, and after filling (a page break in a loop)."""
    (tmp_path / "a").mkdir()
    passes(tmp_path / "a", footer_logo_and_pages(2400, BREAK_BEFORE * 5 + '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'))
    for name, body in (("pbb", BREAK_BEFORE * 20),
                       ("br", '<w:p><w:r><w:t>x</w:t><w:br w:type="page"/></w:r></w:p>' * 20),
                       ("sect", '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>' * 20)):
        (tmp_path / name).mkdir()
        checked, _made = refused_everywhere(tmp_path / name, footer_logo_and_pages(2400, body), "stron, które szablon sam wymusza")
        assert "część word/footer1.xml" in checked.output or "stopce" in checked.output
    (tmp_path / "loop").mkdir()
    looped = ('<w:p><w:r><w:t xml:space="preserve">{%p for i in range(20) %}</w:t></w:r></w:p>' + BREAK_BEFORE
              + '<w:p><w:r><w:t xml:space="preserve">{%p endfor %}</w:t></w:r></w:p>')
    refused_everywhere(tmp_path / "loop", footer_logo_and_pages(2400, looped), "po wypełnieniu")


# --- finding 1: template tags in parts pismo does not fill -----------------------------------------------------

def odd_header(name: str) -> dict:
    """A header part under a name other than word/headerN.xml, reached by an ordinary header relationship."""
    header = (HEAD + f'<w:hdr xmlns:w="{W}"><w:p><w:r><w:t xml:space="preserve">HDR-TEST okres {{{{ okres_r }}}}</w:t>'
              '</w:r></w:p></w:hdr>')
    return {"edits": {DOC: lambda xml: xml.replace("<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" '
                                                   'r:id="rIdH9"/>', 1),
                      RELS: add_rel("header", name.removeprefix("word/"), "rIdH9"),
                      TYPES: add_type(f'Override PartName="/{name}" ContentType="{CT}wordprocessingml.header+xml"')},
            "extra": [(name, header.encode())]}


def test_template_tags_in_parts_pismo_does_not_fill_are_refused_by_part(tmp_path):
    """„okres {{ okres_r }}” in a footnote, an endnote, a SmartArt's drawing or a header stored as
    word/headers/h1.xml passed the check and was printed raw in every letter."""
    split = '<w:r><w:t xml:space="preserve">okres {</w:t></w:r><w:r><w:t xml:space="preserve">{ okres_r }}</w:t></w:r>'
    specs = {
        "word/footnotes.xml": with_notes(ANCHOR_TEXT + note_ref(1) + "</w:p>", note(1, split)),
        "word/endnotes.xml": with_notes(ANCHOR_TEXT + note_ref(1, "endnote") + "</w:p>",
                                        note(1, split.replace("okres {", "{% if 1 %}x{% endif %} {"), "endnote"),
                                        "endnote"),
        "word/diagrams/drawing1.xml": smartart(1, 10, drawing_text="okres {{ okres_r }}"),
        "word/headers/h1.xml": odd_header("word/headers/h1.xml"),
    }
    for part, spec in specs.items():
        folder = tmp_path / part.replace("/", "_")
        folder.mkdir()
        checked, _made = refused_everywhere(folder, spec, f"część {part}")
        assert "nie wypełnia" in checked.output, checked.output


# --- finding 3: SmartArt as Word writes it ---------------------------------------------------------------------

def test_a_smartart_as_word_writes_it_passes_and_its_two_texts_must_agree(tmp_path):
    """A point's text in the data model is a text body (dgm:t holding a:p), which was refused as „element t
    zawiera coś poza tekstem”; Word lays the diagram out from the data model, LibreOffice draws the drawing's
    text, so the two must say the same („okres 01.01.2099” in one, „okres 01.07.2025” in the other)."""
    (tmp_path / "a").mkdir()
    passes(tmp_path / "a", smartart(1, 10, "okres 01.07.2025"))
    (tmp_path / "b").mkdir()
    checked, _made = refused_everywhere(tmp_path / "b", smartart(1, 10, "okres 01.01.2099", "okres 01.07.2025"),
                                        "część word/diagrams/data1.xml")
    assert "word/diagrams/drawing1.xml" in checked.output and "„okres 01.01.2099”" in checked.output


def test_a_hidden_run_holding_a_field_character_keeps_the_field_whole_in_a_public_version(tmp_path):
    """Hidden runs leave a public version, but one holding a field's begin or end stays (its text emptied), or the
    field would lose its end."""
    field = ('<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
             '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
             f'<w:r><w:rPr><w:vanish/></w:rPr><w:t>{PRIVATE}</w:t><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    document = generated(tmp_path, {DOC: in_body(field)}, "--publikacja")[DOC].decode("utf-8")
    assert document.count("<w:fldChar") == 3 and "606" not in document, document
