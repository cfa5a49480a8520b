"""Minimal WordprocessingML writer for the built-in templates.

The templates are written from scratch rather than from python-docx's default
document, so they carry only our styles: Times New Roman, Polish language,
A4 with the house margins, a "Strona X z Y" footer, real bullet lists.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from pismo.render import package

CM = 567  # twips per centimetre
TEXT_WIDTH = 9355  # 21 cm − 2.5 cm − 2 cm
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

BULLET_NUM = 1
DECIMAL_NUM = 2
BULLET_LEVELS = (("•", 709), ("–", 1418))  # a bullet list and its nested level (an action's sub-items)


def run(text: str, bold: bool = False, italic: bool = False, size: float | None = None,
        underline: bool = False) -> str:
    props = ""
    if bold:
        props += "<w:b/><w:bCs/>"
    if italic:
        props += "<w:i/><w:iCs/>"
    if size:
        half = int(size * 2)
        props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
    if underline:
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def dots(label: str = "", bold: bool = False, keep_next: bool = False) -> str:
    """A line to write on by hand: the label, then a dotted leader to the margin."""
    start = run(label, bold=bold) if label else ""
    return para(start + '<w:r><w:tab/></w:r>', tabs=[("right", TEXT_WIDTH - 10)], leader=True, before=120,
                keep_next=keep_next)


def para(*runs: str, style: str | None = None, align: str | None = None, left: int | None = None,
         first_line: int | None = None, hanging: int | None = None, after: int | None = None,
         before: int | None = None, keep_next: bool = False, num: int | None = None,
         page_break_before: bool = False, tabs: list[tuple[str, int]] | None = None,
         keep_lines: bool = False, leader: bool = False, level: int = 0) -> str:
    """A paragraph; runs are strings from run() or plain text."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if keep_next:
        props += "<w:keepNext/>"
    if keep_lines:
        props += "<w:keepLines/>"
    if page_break_before:
        props += "<w:pageBreakBefore/>"
    if num is not None:
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    if tabs:
        fill = ' w:leader="dot"' if leader else ""
        props += "<w:tabs>" + "".join(f'<w:tab w:val="{kind}"{fill} w:pos="{pos}"/>' for kind, pos in tabs) + "</w:tabs>"
    if before is not None or after is not None:
        attrs = (f' w:before="{before}"' if before is not None else "") + (f' w:after="{after}"' if after is not None else "")
        props += f"<w:spacing{attrs}/>"
    if left is not None or first_line is not None or hanging is not None:
        attrs = f' w:left="{left or 0}"'
        if first_line is not None:
            attrs += f' w:firstLine="{first_line}"'
        if hanging is not None:
            attrs += f' w:hanging="{hanging}"'
        props += f"<w:ind{attrs}/>"
    if align:
        props += f'<w:jc w:val="{align}"/>'
    body = "".join(r if r.startswith("<w:r") else run(r) for r in runs)
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{body}</w:p>"


def tag(statement: str) -> str:
    """A paragraph holding only a docxtpl paragraph tag, e.g. {%p for x in y %}."""
    return f"<w:p>{run('{%p ' + statement + ' %}')}</w:p>"


def field(instruction: str, size: float | None = None) -> str:
    """A complex field (PAGE, NUMPAGES) with a placeholder result."""
    rpr = f'<w:rPr><w:sz w:val="{int(size * 2)}"/><w:szCs w:val="{int(size * 2)}"/></w:rPr>' if size else ""
    return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r>{rpr}<w:t>1</w:t></w:r>'
            f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')


def cell(width: int, *paragraphs: str, shade: str | None = None, valign: str | None = None) -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if shade:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if valign:
        props += f'<w:vAlign w:val="{valign}"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(paragraphs) or para()}</w:tc>"


def row(*cells: str, header: bool = False, height: int | None = None, cant_split: bool = True) -> str:
    props = ""
    if cant_split:
        props += "<w:cantSplit/>"
    if height:
        props += f'<w:trHeight w:val="{height}" w:hRule="atLeast"/>'
    if header:
        props += "<w:tblHeader/>"
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def tag_row(statement: str, columns: int) -> str:
    """A table row holding only a docxtpl row tag, e.g. {%tr for x in y %}."""
    first = cell(100, para(run("{%tr " + statement + " %}")))
    return f"<w:tr>{first}{''.join(cell(100) for _ in range(columns - 1))}</w:tr>"


def table(widths: list[int], *rows: str, borders: bool = True, indent: int = 0, margins: int = 85) -> str:
    """A fixed-layout table; widths go to the grid and to every cell."""
    total = sum(widths)
    line = '<w:{0} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
    if borders:
        edges = "".join(line.format(e) for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    else:
        edges = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    props = (f'<w:tblW w:w="{total}" w:type="dxa"/><w:tblInd w:w="{indent}" w:type="dxa"/>'
             f"<w:tblBorders>{edges}</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
             f'<w:tblCellMar><w:left w:w="{margins}" w:type="dxa"/><w:right w:w="{margins}" w:type="dxa"/></w:tblCellMar>'
             '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>')
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def document_xml(body: str) -> str:
    sect = ('<w:sectPr><w:footerReference w:type="default" r:id="rId5"/>'
            '<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1418" w:header="567" w:footer="567" w:gutter="0"/>'
            '<w:cols w:space="708"/></w:sectPr>')
    return f"{DECL}<w:document {W_NS}><w:body>{body}{sect}</w:body></w:document>"


def footer_xml() -> str:
    text = para(run("Strona ", size=9), field("PAGE", 9), run(" z ", size=9), field("NUMPAGES", 9), style="Stopka")
    return f"{DECL}<w:ftr {W_NS}>{text}</w:ftr>"


def _style(style_id: str, name: str, ppr: str = "", rpr: str = "", kind: str = "paragraph",
           based: str | None = "Normal", default: bool = False, next_style: str | None = None) -> str:
    attrs = ' w:default="1"' if default else ""
    based_xml = f'<w:basedOn w:val="{based}"/>' if based else ""
    next_xml = f'<w:next w:val="{next_style}"/>' if next_style else ""
    return (f'<w:style w:type="{kind}"{attrs} w:styleId="{style_id}"><w:name w:val="{name}"/>{based_xml}{next_xml}'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


def styles_xml() -> str:
    fonts = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
    defaults = (f"<w:docDefaults><w:rPrDefault><w:rPr>{fonts}<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
                '<w:lang w:val="pl-PL" w:eastAsia="pl-PL" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
                '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>')
    body_ppr = '<w:spacing w:after="120"/><w:ind w:firstLine="709"/><w:jc w:val="both"/>'
    list_ppr = '<w:spacing w:after="60"/><w:ind w:left="709" w:hanging="357"/><w:jc w:val="both"/>'
    styles = [
        _style("Normal", "Normal", based=None, default=True),
        _style("Tresc", "Treść pisma", body_ppr, next_style="Tresc"),
        _style("Tytul", "Tytuł dokumentu", '<w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/>', "<w:b/><w:bCs/>"),
        _style("Sekcja", "Nagłówek sekcji", '<w:keepNext/><w:spacing w:before="240" w:after="120"/><w:jc w:val="both"/>',
               "<w:b/><w:bCs/>", next_style="Tresc"),
        _style("Punktor", "Lista punktowana",
               f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{BULLET_NUM}"/></w:numPr>{list_ppr}'),
        _style("Numeracja", "Lista numerowana",
               f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{DECIMAL_NUM}"/></w:numPr>{list_ppr}'),
        _style("Uwagi", "Uwagi pisma", '<w:spacing w:after="0"/>', '<w:sz w:val="20"/><w:szCs w:val="20"/>'),
        _style("Komorka", "Tekst w tabeli", '<w:spacing w:after="0"/>', '<w:sz w:val="22"/><w:szCs w:val="22"/>'),
        _style("Stopka", "Stopka strony", '<w:jc w:val="center"/>', '<w:sz w:val="18"/><w:szCs w:val="18"/>'),
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>'
        '<w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>",
    ]
    return f"{DECL}<w:styles {W_NS}>{defaults}{''.join(styles)}</w:styles>"


def numbering_xml() -> str:
    bullet = ('<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
              + "".join(f'<w:lvl w:ilvl="{n}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="{mark}"/>'
                        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="357"/></w:pPr>'
                        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/></w:rPr></w:lvl>'
                        for n, (mark, left) in enumerate(BULLET_LEVELS))
              + '</w:abstractNum>')
    decimal = ('<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>'
               '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="709" w:hanging="357"/></w:pPr></w:lvl></w:abstractNum>')
    nums = f'<w:num w:numId="{BULLET_NUM}"><w:abstractNumId w:val="0"/></w:num>' \
           f'<w:num w:numId="{DECIMAL_NUM}"><w:abstractNumId w:val="1"/></w:num>'
    return f"{DECL}<w:numbering {W_NS}>{bullet}{decimal}{nums}</w:numbering>"


SETTINGS_XML = (f"{DECL}<w:settings {W_NS}><w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"708\"/>"
                '<w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/>'
                '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
                '<w:themeFontLang w:val="pl-PL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>')

FONT_TABLE_XML = (f'{DECL}<w:fonts {W_NS}><w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/>'
                  '<w:charset w:val="EE"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>')

CONTENT_TYPES_XML = (
    f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
ROOT_RELS_XML = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)
DOCUMENT_RELS_XML = (
    f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{_REL}styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}settings" Target="settings.xml"/>'
    f'<Relationship Id="rId3" Type="{_REL}numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId4" Type="{_REL}fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rId5" Type="{_REL}footer" Target="footer1.xml"/>'
    "</Relationships>"
)


def docx_bytes(body: str, title: str) -> bytes:
    """A complete template package around a body."""
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES_XML),
        ("_rels/.rels", ROOT_RELS_XML),
        ("docProps/core.xml", package.core_xml(title, "pismo", dt.date(2025, 1, 1)).decode("utf-8")),
        ("docProps/app.xml", package.APP_XML.decode("utf-8")),
        ("word/document.xml", document_xml(body)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS_XML),
        ("word/styles.xml", styles_xml()),
        ("word/settings.xml", SETTINGS_XML),
        ("word/numbering.xml", numbering_xml()),
        ("word/fontTable.xml", FONT_TABLE_XML),
        ("word/footer1.xml", footer_xml()),
    ]
    return package.zip_parts([(name, text.encode("utf-8")) for name, text in parts])
