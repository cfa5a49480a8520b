"""Issue 17, second review: fresh inputs of each class against the fixes of the first attack round.

Written by someone who wrote none of those fixes; each input is new (not in test_attacks,
test_template_package, test_security) and failed before its fix.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
import subprocess
import sys

import pytest

from test_security import RENDER_EACH as RENDER_EACH_512

# --- sandbox memory: a Markup escapes the plain text put into it (" → &#34;, five times longer) ------

_MILLION = "{% set ns = namespace(a='x' * 100000) %}{% for i in range(3) %}{% set ns.a = ns.a ~ ns.a %}{% endfor %}"
_QUOTES = "{% set q = namespace(a='\"' * 100000) %}{% for i in range(5) %}{% set q.a = q.a ~ q.a %}{% endfor %}"
ESCAPED = {
    # Markup.replace: the estimate took old/new of another type than the text as "unknown" and allowed anything
    "markup-replace-method": _MILLION + "{% set m = ns.a|e %}{{ m.replace('x', '\"' * 100)|length }}",
    "markup-replace-filter": _MILLION + "{% set m = ns.a|e %}{{ m|replace('x', '\"' * 100)|length }}",
    # 3.2 million quotes, each printed as five characters once a Markup takes them in
    "markup-percent": _QUOTES + "{{ (('😀%s'|e) % q.a)|length }}",
    "markup-concatenated": _QUOTES + "{{ (('😀'|e) ~ q.a)|length }}",
    "markup-added": _QUOTES + "{{ (('😀'|e) + q.a)|length }}",
}


@pytest.fixture(scope="module")
def escaped_results() -> dict[str, str]:
    """Each template in one child limited to 512 MB: refused by the guard, not by running out of memory."""
    pytest.importorskip("resource")
    child = subprocess.run([sys.executable, "-c", RENDER_EACH_512], input=json.dumps(list(ESCAPED.values())),
                           capture_output=True, text=True, timeout=120)
    assert child.returncode == 0 and "Traceback" not in child.stderr, child.stderr
    return json.loads(child.stdout)


@pytest.mark.parametrize("name", list(ESCAPED))
def test_text_escaped_into_a_markup_is_weighed_escaped(escaped_results, name):
    result = escaped_results[ESCAPED[name]]
    assert result.startswith("TemplateError: szablon proba.docx, treść: niedozwolona operacja"), result
    assert "zabrakło pamięci" not in result and "zbyt wiele danych" not in result, result


def test_ordinary_markup_operations_still_work():
    import io
    import zipfile

    from test_template_package import render_body
    from pismo.render import blueprints

    body = ("{% set m = 'a<b'|e %}{{ m.replace('b', '\"c') }}|{{ m|replace('a', 'x') }}|{{ m ~ '&' }}|{{ m + '>' }}|"
            "{{ ('%s!'|e) % '<' }}|{{ ('{0}?'|e).format('<') }}|{{ (','|e).join(['<', m]) }}")
    with zipfile.ZipFile(io.BytesIO(render_body(blueprints.p(body)))) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    # escaped once (rev-tpl6's 11: escaped text without XML is printed as it is); the literal '&' is &amp; in the XML
    printed = "a&lt;&#34;c|x&lt;b|a&lt;b&amp;amp;|a&lt;b&gt;|&lt;!|&lt;?|&lt;,a&lt;b"
    assert printed in xml, xml[xml.find("a&lt;"):][:200]


# --- template tags: what docxtpl's clean-up joins over a paragraph's end ------------------------------

def _paragraphs(*texts: str):
    """The first paragraph of plan.docx replaced by paragraphs of these texts."""
    from test_template_package import ANCHOR, DOC

    def edit(xml: str) -> str:
        at = xml.index(ANCHOR)
        start, end = xml.rindex("<w:p>", 0, at), xml.index("</w:p>", at) + len("</w:p>")
        return xml[:start] + "".join(f'<w:p><w:r><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                                     for t in texts) + xml[end:]
    return {DOC: edit}


JOINED = {
    # a comment opened and closed two paragraphs later: the paragraph between vanished, "bez błędów"
    "comment-over-paragraphs": (("Akapit {# uwaga", "Ważny akapit", "#} dalej"), "{# uwaga"),
    # "{" ending one paragraph and "{ … }}" starting the next: docxtpl joined the two into one paragraph
    "brace-then-brace": (("Akapit {", "{ 'x' }} dalej"), "zaczyna się na końcu jednego akapitu"),
    "brace-then-percent": (("Akapit {", "% if true %}tak{% endif %}"), "zaczyna się na końcu jednego akapitu"),
    "closing-brace-split": (("Akapit {{ 'x' }", "} dalej"), "zaczyna się na końcu jednego akapitu"),
}


@pytest.mark.parametrize("name", list(JOINED))
def test_a_tag_over_a_paragraphs_end_is_refused(tmp_path, name):
    from conftest import run
    from helpers import LECZNA
    from test_template_package import package

    texts, message = JOINED[name]
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(package(edits=_paragraphs(*texts)))
    checked = run("szablony", "sprawdz", folder)
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    for result in (checked, made):
        assert result.exit_code == 1 and message in result.output, result.output
    assert not (tmp_path / "out").exists()


def test_a_comment_within_its_paragraph_still_works(tmp_path):
    from conftest import run
    from helpers import LECZNA
    from test_template_package import package

    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(package(edits=_paragraphs("Akapit {# uwaga #}", "{ nawias } i 100%", "Dalej")))
    assert run("szablony", "sprawdz", folder).exit_code == 0
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output
    with zipfile.ZipFile(tmp_path / "out" / "leczna-rejon-3-2025" / "plan.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert ">Akapit </w:t>" in xml and ">{ nawias } i 100%</w:t>" in xml and ">Dalej</w:t>" in xml


# --- import: a broken part that python-docx never reads stopped the count of the others -------------

def _bomb_behind_a_broken_part(tmp_path, how: str) -> Path:
    import io
    import struct

    from pismo.render.engine import BUILTIN_DIR

    out = io.BytesIO()
    with zipfile.ZipFile(BUILTIN_DIR / "plan.docx") as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dest:
        dest.writestr(zipfile.ZipInfo("customXml/uszkodzony.bin"), b"x" * 100)  # first, stored, referenced by nothing
        for info in source.infolist():
            if info.filename == "word/document.xml":
                body = b"<w:p/>" * (12 * 2**20 // 6)  # 12 MB of empty paragraphs
                dest.writestr(info.filename, b'<w:document xmlns:w="http://schemas.openxmlformats.org/'
                                             b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>")
            else:
                dest.writestr(info, source.read(info))
    data = bytearray(out.getvalue())
    local, central = 0, data.index(b"PK\x01\x02")  # the broken part's headers: the first of each
    if how == "crc":
        data[local + 14:local + 18] = data[central + 16:central + 20] = b"\0\0\0\0"
    else:  # a compression method zipfile does not know
        data[local + 8:local + 10] = data[central + 10:central + 12] = struct.pack("<H", 99)
    bomb = tmp_path / "plan.docx"
    bomb.write_bytes(bytes(data))
    return bomb


@pytest.mark.parametrize("how", ["crc", "method"])
def test_a_broken_part_does_not_let_a_zip_bomb_through(tmp_path, how):
    """A 23 kB .docx: the check stopped at the broken first part, python-docx then parsed 12 MB (400 MB: 2 GB)."""
    from conftest import run

    bomb = _bomb_behind_a_broken_part(tmp_path, how)
    assert bomb.stat().st_size < 100_000
    result = run("import", bomb)
    assert result.exit_code == 1 and "po rozpakowaniu" in result.output, result.output
    assert not (tmp_path / "plan.yaml").exists()


# --- import: the warning about footnotes listed every one of them, whole --------------------------------

def test_the_footnotes_warning_stays_short(tmp_path):
    """100 000 footnotes (a 600 kB .docx) made a warning of 1.7 MB on the terminal and 2 MB of comments in the case file."""
    import docx

    from pismo.importer.sources import read_source

    source, plan = tmp_path / "zrodlo.docx", tmp_path / "plan.docx"
    document = docx.Document()
    for line in (Path(__file__).parent / "import" / "01-rzymski-nawiasy.txt").read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.save(source)
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    notes = ["długi " * 20000] + [f"przypis {i}" for i in range(5000)]
    xml = f"<w:footnotes {w}>" + "".join(f'<w:footnote w:id="{i + 1}"><w:p><w:r><w:t>{text}</w:t></w:r></w:p>'
                                          "</w:footnote>" for i, text in enumerate(notes)) + "</w:footnotes>"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(plan, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in original.infolist():
            dest.writestr(info, original.read(info))
        dest.writestr("word/footnotes.xml", xml)
    _, warnings = read_source(plan)
    said = [w for w in warnings if "przypisy" in w]
    assert len(said) == 1 and len(said[0]) < 3000, (len(said[0]), said[0][:300])
    assert "„przypis 0”" in said[0] and "5001" in said[0], said[0]


# --- messages: jinja's English texts of a missing value -------------------------------------------------

@pytest.mark.parametrize("body, said", [
    ("{{ [1][5] }}", "lista lub słownik nie ma elementu 5"),
    ("{% macro m() %}{{ caller() }}{% endmacro %}{{ m() }}", "caller()"),
    ("{{ brak }}", "zmienna „brak” nie istnieje w danych dokumentu"),
])
def test_a_missing_value_is_said_in_polish(body, said):
    from test_template_package import render_body
    from pismo.render import blueprints
    from pismo.render.engine import TemplateError

    with pytest.raises(TemplateError) as error:
        render_body(blueprints.p(body))
    message = str(error.value)
    assert said in message and "object" not in message and "No caller" not in message, message
