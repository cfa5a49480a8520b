"""A unit's template reaches nothing outside its own package, and cannot exhaust the machine.

Every hostile package here is built from the built-in plan.docx by editing or
adding parts; each must be refused by name by `pismo szablony sprawdz` and by a
generating command before anything is written.
"""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import struct
import subprocess
import sys
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest
from conftest import run

from helpers import LECZNA
from pismo.render import blueprints, ooxml
from pismo.render.engine import BUILTIN_DIR, Template, TemplateError

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
RELS = "word/_rels/document.xml.rels"
DOC = "word/document.xml"
ANCHOR = '<w:t xml:space="preserve">ZATWIERDZAM</w:t></w:r>'


def package(edits: dict | None = None, extra: list | None = None, first: list | None = None) -> bytes:
    """plan.docx with parts edited (name → function of the text), entries added (may repeat a name)
    and entries put before all others."""
    out = io.BytesIO()
    with zipfile.ZipFile(BUILTIN_DIR / "plan.docx") as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest, \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate names are the point of some packages
        for name, data in first or []:
            dest.writestr(name, data)
        for info in source.infolist():
            data = source.read(info)
            if info.filename in (edits or {}):
                new = edits[info.filename](data.decode("utf-8"))
                assert new != data.decode("utf-8"), f"the edit of {info.filename} changed nothing"
                data = new.encode("utf-8")
            dest.writestr(info.filename, data)
        for name, data in extra or []:
            dest.writestr(name, data)
    return out.getvalue()


def rel(xml_attrs: str):
    return {RELS: lambda xml: xml.replace("</Relationships>", f"<Relationship Id=\"rId90\" {xml_attrs}/></Relationships>")}


def in_body(fragment: str):
    """A run of WordprocessingML put right after the first paragraph's text."""
    return {DOC: lambda xml: xml.replace(ANCHOR, ANCHOR + fragment, 1)}


def with_image(name: str, data: bytes) -> dict:
    return {"edits": rel(f'Type="{REL}image" Target="media/{name}"'), "extra": [(f"word/media/{name}", data)]}


def field(*instructions: str) -> str:
    """A complex field whose instruction is written over several w:instrText runs."""
    texts = "".join(f'<w:r><w:instrText xml:space="preserve">{i}</w:instrText></w:r>' for i in instructions)
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>{texts}<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            '<w:r><w:t>x</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


# --- images with the pixel dimensions they declare -----------------------------------------------

def png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 64)) + chunk(b"IEND", b""))


def jpeg(width: int, height: int) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sof = b"\xff\xc2" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def gif(width: int, height: int, frame: tuple[int, int] | None = None) -> bytes:
    screen = struct.pack("<HHBBB", 1, 1, 0, 0, 0) if frame else struct.pack("<HHBBB", width, height, 0, 0, 0)
    fw, fh = frame or (1, 1)
    descriptor = b"\x2c" + struct.pack("<HHHHB", 0, 0, fw, fh, 0) + b"\x02\x02\x44\x01\x00"
    return b"GIF89a" + screen + descriptor + b"\x3b"


def bmp(width: int, height: int) -> bytes:
    header = struct.pack("<IiiHHIIiiII", 40, width, -height, 1, 24, 0, 0, 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + len(header), 0, 0, 14 + len(header)) + header


def tiff(width: int, height: int) -> bytes:
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1), (262, 3, 1, 1)]
    ifd = struct.pack("<H", len(entries)) + b"".join(struct.pack("<HHII", *e) for e in entries) + struct.pack("<I", 0)
    return b"II*\0" + struct.pack("<I", 8) + ifd


def emf(width: int, height: int) -> bytes:
    header = struct.pack("<II4i4i", 1, 88, 0, 0, width - 1, height - 1, 0, 0, width * 26, height * 26)
    header += b" EMF" + struct.pack("<IIIHHIII", 0x10000, 108, 2, 0, 0, 0, 0, 0) + struct.pack("<ii", 1920, 1080)
    header += struct.pack("<ii", 508, 286)
    eof = struct.pack("<IIIII", 14, 20, 0, 16, 20)
    return header + eof


def wmf(width: int, height: int) -> bytes:
    placeable = struct.pack("<IHhhhhHI", 0x9AC6CDD7, 0, 0, 0, min(width, 32767), min(height, 32767), 1, 0)
    placeable += struct.pack("<H", 0)
    header = struct.pack("<HHHIHIH", 1, 9, 0x300, 12, 0, 3, 0)
    return placeable + header + struct.pack("<IH", 3, 0)


# --- every class, each refused by name -----------------------------------------------------------

HOSTILE = {
    # relationships pointing outside the package, of any type and however marked
    "external-image-suffix-type": (rel('Type="http://przyklad.invalid/x/image" Target="http://przyklad.invalid/a.png" '
                                       'TargetMode="External"'), "http://przyklad.invalid/a.png"),
    "external-type-ending-in-hyperlink": (rel('Type="http://przyklad.invalid/hyperlink" Target="file:///etc/passwd" '
                                              'TargetMode="External"'), "file:///etc/passwd"),
    "internal-file-url": (rel(f'Type="{REL}image" Target="file:///etc/passwd"'), "file:///etc/passwd"),
    "internal-escaping-package": (rel(f'Type="{REL}image" Target="../../../../etc/passwd"'), "../../../../etc/passwd"),
    "internal-windows-path": (rel(f'Type="{REL}image" Target="C:\\Windows\\win.ini"'), "C:\\Windows\\win.ini"),
    "internal-unc-path": (rel(f'Type="{REL}image" Target="\\\\serwer\\udzial\\a.png"'), "\\\\serwer\\udzial\\a.png"),
    "internal-missing-part": (rel(f'Type="{REL}image" Target="media/nie-ma.png"'), "media/nie-ma.png"),
    "hyperlink-to-file": (rel(f'Type="{REL}hyperlink" Target="file:///etc/passwd" TargetMode="External"'),
                          "file:///etc/passwd"),
    "hyperlink-to-share": (rel(f'Type="{REL}hyperlink" Target="\\\\serwer\\udzial" TargetMode="External"'),
                           "\\\\serwer\\udzial"),
    # altChunk: a nested document printed as it is
    "altchunk-html": ({**rel(f'Type="{REL}aFChunk" Target="wstawka.html"'),
                       **in_body('<w:altChunk r:id="rId90"/>')}, "altChunk"),
    "altchunk-docx-odd-type": (rel('Type="http://przyklad.invalid/afchunk" Target="wstawka.docx"'), "wstawka.docx"),
    "altchunk-element-only": (in_body('<w:altChunk r:id="rId1"/>'), "altChunk"),
    # fields that read the machine
    "simple-includetext": (in_body('<w:fldSimple w:instr=" INCLUDETEXT &quot;/etc/passwd&quot; "><w:r><w:t>x</w:t>'
                                   '</w:r></w:fldSimple>'), "INCLUDETEXT"),
    "simple-filename-lower": (in_body('<w:fldSimple w:instr="filename \\p"/>'), "FILENAME"),
    "complex-filename": (in_body(field(" FILENAME \\p ")), "FILENAME"),
    "complex-split-includepicture": (in_body(field(" INCLUDE", "PICTURE &quot;file:///etc/passwd&quot; \\d ")),
                                     "INCLUDEPICTURE"),
    "complex-ddeauto": (in_body(field('DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/c calc"')), "DDEAUTO"),
    "complex-link": (in_body(field('LINK Excel.Sheet.12 "C:\\\\dane.xlsx" "" \\a')), "LINK"),
    "complex-nested-in-if": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF 1 = 1 '
                                     '"</w:instrText></w:r>' + field(" USERNAME ") + '<w:r><w:instrText>"</w:instrText>'
                                     '</w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'), "USERNAME"),
    "complex-instruction-from-template-code": (in_body(field("{{ 'INCLUDE' ~ 'TEXT' }} /etc/passwd")), "pole"),
    "hyperlink-field-to-file": (in_body(field(' HYPERLINK "file:///etc/passwd" ')), "file:///etc/passwd"),
    "mail-merge-source": ({"word/settings.xml": lambda xml: xml.replace(
        "<w:zoom", '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:dataType w:val="textFile"/>'
                   '<w:query w:val="SELECT * FROM C:\\dane.txt"/></w:mailMerge><w:zoom')}, "mailMerge"),
    "vml-image-source": (in_body('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata '
                                 'src="file:///etc/passwd"/></v:shape></w:pict></w:r>'), "file:///etc/passwd"),
    # XML that no safe reader takes
    "doctype-xxe-styles": ({"word/styles.xml": lambda xml: xml.replace(
        "<w:styles", '<!DOCTYPE w:styles [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:styles', 1)}, "word/styles.xml"),
    "entity-expansion-document": ({DOC: lambda xml: xml.replace(
        "<w:document", '<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document',
        1).replace("ZATWIERDZAM", "&b;")}, "word/document.xml"),
    "broken-numbering": ({"word/numbering.xml": lambda xml: xml.replace("</w:numbering>", "")}, "word/numbering.xml"),
    "broken-content-types": ({"[Content_Types].xml": lambda xml: xml.replace("<Types", "<Types <", 1)},
                             "[Content_Types].xml"),
    "broken-extra-part": ({}, "customXml/item1.xml"),
    # duplicate entries, the first one hostile
    "duplicate-document": ({}, "word/document.xml"),
    "duplicate-by-case": ({}, "WORD/STYLES.XML"),
    # image bombs
    "png-bomb": (with_image("a.png", png(30000, 30000)), "word/media/a.png"),
    "jpeg-bomb": (with_image("a.jpg", jpeg(65000, 65000)), "word/media/a.jpg"),
    "gif-frame-bomb": (with_image("a.gif", gif(1, 1, frame=(60000, 60000))), "word/media/a.gif"),
    "bmp-bomb": (with_image("a.bmp", bmp(40000, 40000)), "word/media/a.bmp"),
    "tiff-bomb": (with_image("a.tif", tiff(50000, 50000)), "word/media/a.tif"),
    "emf-bomb": (with_image("a.emf", emf(60000, 60000)), "word/media/a.emf"),
    "wmf-bomb": (with_image("a.wmf", wmf(32000, 32000)), "word/media/a.wmf"),
    "png-bomb-named-jpeg-unreferenced": ({"extra": [("word/media/zdjecie.jpeg", png(40000, 40000))]},
                                          "word/media/zdjecie.jpeg"),
    "image-of-unknown-format": (with_image("a.png", b"\0\0\0 to nie jest obraz" * 10), "word/media/a.png"),
}
# --- second round: fresh inputs against the fixed code ---
ATTACHED = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            f'relationships"><Relationship Id="rId1" Type="{REL}subDocument" Target="http://przyklad.invalid/x.dotm" '
            'TargetMode="External"/></Relationships>')
PCX = bytes([10, 5, 1, 8]) + struct.pack("<HHHH", 0, 0, 59999, 59999) + bytes(116)
HOSTILE.update({
    "relationships-part-in-capitals": ({"extra": [("word/_rels/settings.xml.RELS", ATTACHED)]},
                                       "http://przyklad.invalid/x.dotm"),
    "web-hyperlink-used-as-picture": ({**rel(f'Type="{REL}hyperlink" Target="https://przyklad.invalid/a.png" '
                                             'TargetMode="External"'),
                                       **in_body('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
                                                 '<v:imagedata r:id="rId90"/></v:shape></w:pict></w:r>')},
                                      "https://przyklad.invalid/a.png"),
    "xml-part-without-xml-name": ({"edits": rel(f'Type="{REL}glossaryDocument" Target="glossary/doc"'),
                                   "extra": [("word/glossary/doc", '<!DOCTYPE g [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                                                                   '<g>&x;</g>')]}, "word/glossary/doc"),
    "unknown-image-under-another-type": ({"edits": rel('Type="http://schemas.microsoft.com/office/2007/relationships/'
                                                       'hdphoto" Target="media/a.pcx"'),
                                          "extra": [("word/media/a.pcx", PCX)]}, "word/media/a.pcx"),
    "unreferenced-program": ({"extra": [("word/embeddings/program.exe", b"MZ" + bytes(200))]},
                             "word/embeddings/program.exe"),
    "safe-filter": (in_body('<w:r><w:t>{{ rejon|safe }}</w:t></w:r>'), "safe"),
    "autoescape-off": (in_body('<w:r><w:t>{% autoescape false %}{{ rejon }}{% endautoescape %}</w:t></w:r>'),
                       "autoescape"),
    "one-huge-expression": (in_body('<w:r><w:t>{{ [' + "1," * 60000 + '] }}</w:t></w:r>'), "zbyt wiele kodu"),
})
# --- third round ---
SVG_WITH_BOMB = ('<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" '
                 'height="10"><image width="10" height="10" xlink:href="data:image/png;base64,'
                 + base64.b64encode(png(50000, 50000)).decode() + '"/></svg>')
HOSTILE.update({
    "svg-with-embedded-bomb": (with_image("a.svg", SVG_WITH_BOMB.encode()), "50000 × 50000"),
    "jpeg-hiding-its-frame": (with_image("a.jpg", b"\xff\xd8\xff\xe0\xff\xff" + b"\0" * 100 + jpeg(60000, 60000)[2:]),
                              "word/media/a.jpg"),
    "webp-of-unknown-kind": (with_image("a.webp", b"RIFF\0\0\0\0WEBPVP8Q" + b"\0" * 40), "word/media/a.webp"),
})
HOSTILE["broken-extra-part"] = ({"extra": [("customXml/item1.xml", b"<a><b></a>")]}, "customXml/item1.xml")
HOSTILE["duplicate-document"] = ({"first": [(DOC, b"<w:document xmlns:w='urn:x'><w:body/></w:document>")]},
                                 "word/document.xml")
HOSTILE["duplicate-by-case"] = ({"extra": [("WORD/STYLES.XML", b"<a/>")]}, "WORD/STYLES.XML")


def build(spec) -> bytes:
    if set(spec) <= {"edits", "extra", "first"}:
        return package(**spec)
    return package(edits=spec)


def refused_everywhere(tmp_path, spec, fragment: str) -> tuple:
    """A unit's template built from spec is refused, naming fragment, by `szablony sprawdz` and by a generating
    command, which writes nothing; (the check's result, the command's result)."""
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 1 and fragment in checked.output, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 1 and fragment in made.output, made.output
    assert not (tmp_path / "out").exists()
    return checked, made




@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_package_is_refused_by_name_everywhere(tmp_path, name):
    checked, made = refused_everywhere(tmp_path, *HOSTILE[name])
    for result in (checked, made):
        assert "Traceback" not in result.output and "Duplicate name" not in result.output


def test_allowed_contents_still_pass(tmp_path):
    """Page fields, a web hyperlink, a normal picture and an internal bookmark link are what units use."""
    spec = {
        "edits": {**rel(f'Type="{REL}image" Target="media/logo.png"'),
                  **{RELS: lambda xml: xml.replace("</Relationships>", f'<Relationship Id="rId90" Type="{REL}image" '
                                                   'Target="media/logo.png"/><Relationship Id="rId91" '
                                                   f'Type="{REL}hyperlink" Target="https://policja.gov.pl/" '
                                                   'TargetMode="External"/></Relationships>')},
                  **in_body('<w:hyperlink r:id="rId91"><w:r><w:t>strona</w:t></w:r></w:hyperlink>'
                            + field(" PAGE ") + '<w:fldSimple w:instr=" NUMPAGES "/>'
                            + field(' HYPERLINK \\l "zakladka" '))},
        "extra": [("word/media/logo.png", png(800, 600)), ("word/media/foto.jpeg", jpeg(4000, 3000))],
    }
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    assert run("szablony", "sprawdz", folder).exit_code == 0
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output


# --- values built while rendering are checked too ------------------------------------------------

def render_body(body: str, context: dict | None = None) -> bytes:
    template = Template("proba.docx", ooxml.docx_bytes(body, "Próba"))
    return template.render(context or {}, "T", "J", dt.date(2025, 1, 1))


BUILT = {  # XML a template writes at render time: |safe and autoescape are refused, escaped text can be cut
    "field-markup": '{{ "<w:r><w:fldChar w:fldCharType=\\"begin\\"/></w:r><w:r><w:instrText>INCLUDETEXT /etc/passwd'
                    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\\"end\\"/></w:r>"|safe }}',
    "simple-field-autoescape-off": '{% autoescape false %}{{ "<w:fldSimple w:instr=\\"FILE" ~ "NAME\\"/>" }}'
                                   '{% endautoescape %}',
    "broken-xml": '{{ "<w:r>"|safe }}',
    "altchunk": '{{ "<w:altChunk r:id=\\"rId1\\"/>"|safe }}',
}


@pytest.mark.parametrize("name", list(BUILT))
def test_rendered_parts_are_checked_before_they_are_used(name):
    with pytest.raises(TemplateError, match="szablon proba.docx, treść: "):
        render_body(blueprints.p(BUILT[name]))


# --- compile work --------------------------------------------------------------------------------

COMPILE = {
    "macros": "".join(f"{{% macro m{i}(a) %}}{{{{ a }}}}{{% endmacro %}}" for i in range(30000)),
    "tags": "{{ x }}" * 200000,
    "plain-text": "Zwykły akapit bez znaczników. " * 100000,
}


@pytest.mark.parametrize("name", list(COMPILE))
def test_compile_work_is_bounded(name, monkeypatch):
    """Refused before the slow steps – docxtpl's clean-up and jinja's parser – ever see the source (counted in
    calls, not seconds: a timed assertion failed on a loaded machine)."""
    import jinja2
    from pismo.render import cleanup

    slow = []
    monkeypatch.setattr(cleanup, "patch_xml", lambda xml: slow.append("patch_xml") or xml)
    monkeypatch.setattr(jinja2.Environment, "_parse", lambda self, *args: slow.append("parse"))
    with pytest.raises(TemplateError) as error:
        Template("proba.docx", ooxml.docx_bytes(blueprints.p(COMPILE[name]), "Próba"))
    assert not slow, slow
    message = str(error.value)
    assert message.startswith("szablon proba.docx, treść: szablon ") and ("uprość go" in message or "podziel go" in message)


def test_escaped_output_counts_its_escaped_length():
    """'<' prints as '&lt;': the output budget counts what is written, not what was asked."""
    with pytest.raises(TemplateError, match="dokument byłby zbyt długi"):
        render_body(blueprints.p("{% for i in range(150) %}{{ '<' * 100000 }}{% endfor %}"))


def test_output_budget_is_for_the_whole_document_not_each_part(monkeypatch):
    """A template of a thousand footers cannot print the limit a thousand times."""
    from pismo.render import sandbox

    monkeypatch.setattr(sandbox, "MAX_OUTPUT", 1_000_000)
    data = ooxml.docx_bytes(blueprints.p("{% for i in range(6) %}{{ 'x' * 100000 }}{% endfor %}"), "Próba")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as dest:
        for info in source.infolist():
            blob = source.read(info)
            if info.filename == "word/footer1.xml":
                blob = blob.replace(b"Strona ", b"{% for i in range(6) %}{{ 'x' * 100000 }}{% endfor %}")
            dest.writestr(info.filename, blob)
    with pytest.raises(TemplateError, match="dokument byłby zbyt długi"):
        Template("proba.docx", out.getvalue()).render({}, "T", "J", dt.date(2025, 1, 1))


def test_builtin_templates_stay_far_below_the_compile_bounds():
    from pismo.render.engine import MAX_CODE, MAX_MACROS, MAX_SOURCE, MAX_TAGS, count_tags

    for path in BUILTIN_DIR.glob("*.docx"):
        with zipfile.ZipFile(path) as archive:
            xml = archive.read(DOC).decode("utf-8")
        counts = count_tags(xml)
        assert counts["tags"] < MAX_TAGS // 4 and counts["code"] < MAX_CODE // 4, (path.name, counts)
        assert counts["macros"] < MAX_MACROS // 4, (path.name, counts)
        assert len(xml) < MAX_SOURCE // 10, path.name


# --- memory: every way to build a value ----------------------------------------------------------

HUNGRY = {
    "list-of-texts": "{% set l = range(10000)|map('center', 99999)|list %}{{ l|length }}",
    "slices-held-by-recursion": "{% set ns = namespace(a='x' * 100000) %}{% for i in range(6) %}"
                                "{% set ns.a = ns.a ~ ns.a %}{% endfor %}{% macro f(n) %}{% set s = ns.a[n:] %}"
                                "{% if n < 400 %}{{ f(n + 1) }}{% endif %}{{ s|length }}{% endmacro %}{{ f(0) }}",
    "namespace-of-texts": "{% set ns = namespace(l=[]) %}{% for i in range(3000) %}"
                          "{% set ns.l = ns.l + [i|string|center(99999)] %}{% endfor %}{{ ns.l|length }}",
    "dict-growth": "{% set ns = namespace(d={}) %}{% for i in range(3000) %}"
                   "{% set ns.d = dict(ns.d, **{i|string: 'x'|center(99999)}) %}{% endfor %}{{ ns.d|length }}",
    "joined-in-parts": "{% set ns = namespace(l=[]) %}{% for i in range(200) %}"
                       "{% set ns.l = ns.l + [range(5000)|join('y' * 1000)] %}{% endfor %}{{ ns.l|length }}",
    "wordwrap-and-replace": "{% set ns = namespace(l=[]) %}{% for i in range(100) %}"
                            "{% set ns.l = ns.l + [('ab ' * 30000)|wordwrap(2)|replace('a', 'aaaa')] %}{% endfor %}"
                            "{{ ns.l|length }}",
    "bytes-widened": "{{ 'x'.encode().center(500000000)|length }}",
    "bytes-repeated": "{{ ('x'.encode() * 500000000)|length }}",
    "bytes-formatted": "{{ ('%500000000s'.encode() % 'x'.encode())|length }}",
    "text-to-list": "{% set ns = namespace(a='ą' * 100000) %}{% for i in range(6) %}{% set ns.a = ns.a ~ ns.a %}"
                    "{% endfor %}{{ (ns.a|list)|length }}",
    "format-in-loop": "{% set ns = namespace(l=[]) %}{% for i in range(3000) %}"
                      "{% set ns.l = ns.l + ['%99999d'|format(i)] %}{% endfor %}{{ ns.l|length }}",
}

RENDER_EACH = """
import datetime as dt, json, resource, sys
resource.setrlimit(resource.RLIMIT_AS, (768 * 2**20, 768 * 2**20))
from pismo.render import blueprints, ooxml
from pismo.render.engine import Template, TemplateError
results = {}
for name, body in json.load(sys.stdin).items():
    try:
        Template("proba.docx", ooxml.docx_bytes(blueprints.p(body), "Próba")).render({}, "T", "J", dt.date(2025, 1, 1))
        results[name] = "wypełniono"
    except TemplateError as exc:
        results[name] = f"TemplateError: {exc}"
def peak_mb():
    # the high-water mark of this program's memory: ru_maxrss outlives exec, so a child forked from a big pytest
    # process (440 MB after thousands of tests) reported the parent's size as its own
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
results["peak MB"] = peak_mb()
print(json.dumps(results))
"""


def render_each(templates: dict[str, str], timeout: float) -> dict[str, str]:
    """Each template in one child limited to 768 MB (RENDER_EACH): what each gave, and the child's peak."""
    pytest.importorskip("resource")
    child = subprocess.run([sys.executable, "-c", RENDER_EACH], input=json.dumps(templates), capture_output=True,
                           text=True, timeout=timeout)
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
    return json.loads(child.stdout)


@pytest.fixture(scope="module")
def hungry_results() -> dict[str, str]:
    """Each template above in a child of its own limited to 768 MB: the guard must refuse before the limit. One
    child each, so a peak is one template's."""
    results: dict = {"peak MB": 0}
    for name, body in HUNGRY.items():
        one = render_each({name: body}, timeout=300)
        results[name] = one[name]
        results["peak MB"] = max(results["peak MB"], one["peak MB"])
    return results


@pytest.mark.parametrize("name", list(HUNGRY))
def test_memory_budget_holds_for_every_way_to_build_a_value(hungry_results, name):
    result = hungry_results[name]
    assert result.startswith("TemplateError: szablon proba.docx, treść: "), result
    assert "zabrakło pamięci" not in result and "MemoryError" not in result, result


def test_memory_peak_stays_near_the_budget(hungry_results):
    """Refused before building, not after: the child never held much more than the budget."""
    from pismo.render import sandbox

    assert hungry_results["peak MB"] < sandbox.MAX_BUILT // 2**20 + 200
