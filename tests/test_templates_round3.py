"""Issue 17, third templates review: docxtpl's own tags that change the XML around them, and a field's code that a
reader sees otherwise than pismo's check (one branch of mc:AlternateContent, deleted text)."""

from __future__ import annotations

import zipfile

import pytest

from conftest import run
from helpers import LECZNA
from test_template_package import BUILTIN_DIR, REL, RELS, refused_everywhere, build, field, in_body

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraphs(*texts: str) -> dict:
    """Paragraphs of the given XML content put after the first paragraph (which is closed before them)."""
    inner = "".join(f"<w:p>{text}</w:p>" for text in texts)
    return in_body(f"</w:p>{inner}<w:p>")


def text(value: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{value}</w:t></w:r>'


PICTURE = '<w:r><w:br w:type="page"/></w:r>'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:xyz="urn:xyz"'

REFUSED = {
    # finding 1: "{%-" and "-%}" join paragraphs in docxtpl's clean-up and drop what lies between
    "dash-before-in-one-text": (paragraphs(text("PRZED"), text("TEKST-A {%- if true %} B{% endif %}")), "łącznik"),
    "dash-before-after-a-break": (paragraphs(text("PRZED"), PICTURE, text("{%- if true %}B{% endif %}")), "łącznik"),
    "dash-after": (paragraphs(text("{% if true -%}"), PICTURE, text("B{% endif %} C")), "łącznik"),
    "dash-before-paragraph-tag": (paragraphs(text("PRZED"), PICTURE, text("{%-p if true %}"), text("B"),
                                             text("{%p endif %}")), "łącznik"),
    # finding 2: a rich-text tag writes a plain value as bare text into the paragraph
    "rich-text-value": (paragraphs(text("PRZED {{r tytul.obszar }} PO")), "tekst sformatowany"),
    # finding 3: a cell's colour or span set from outside a table changes other tables' cells
    "colspan-outside-a-table": (paragraphs(text("{% colspan 2 %}")), "zmienia komórkę tabeli"),
    "cellbg-outside-a-table": (paragraphs(text('{% cellbg "FF0000" %}')), "zmienia komórkę tabeli"),
    # finding 5: the code split between the two branches of an AlternateContent (a reader takes one)
    "code-over-alternate-content": (in_body(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<mc:AlternateContent {MC}><mc:Choice Requires="xyz"><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '</mc:Choice><mc:Fallback><w:r><w:instrText> FILENAME \\p </w:instrText></w:r></mc:Fallback>'
        '</mc:AlternateContent><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'), "zawartość alternatywną"),
    # finding 6: the code as deleted text of a tracked change without its author
    "code-as-deleted-text": (in_body(
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:del w:id="1"><w:r><w:delText xml:space="preserve"> '
        'FILENAME \\p </w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t>y</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'), "śledzone zmiany"),
    "insertion-without-author": (in_body('<w:ins w:id="3"><w:r><w:t>nowe</w:t></w:r></w:ins>'), "śledzone zmiany"),
}


def _field_with(before_code: str, after_code: str = "") -> dict:
    """A FILENAME field with something put before its code (and after it, before the real separate)."""
    return in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + before_code
                   + '<w:r><w:instrText xml:space="preserve"> FILENAME \\p </w:instrText></w:r>' + after_code
                   + '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>y</w:t></w:r>'
                   '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


REFUSED.update({
    # finding 5, without AlternateContent: code of another namespace that pismo read and LibreOffice does not
    "allowed-keyword-as-foreign-instruction": (_field_with('<w:r><x:instrText xmlns:x="urn:x"> PAGE </x:instrText>'
                                                           '</w:r>'), "spoza przestrzeni nazw Worda"),
    "allowed-keyword-as-foreign-text": (_field_with('<w:r><x:t xmlns:x="urn:x">PAGE </x:t></w:r>'), "FILENAME"),
    # finding 15: a separate only pismo saw ended its reading of the code
    "separate-of-another-namespace": (_field_with('<w:r><x:fldChar xmlns:x="urn:x" x:fldCharType="separate"/></w:r>'),
                                      "spoza przestrzeni nazw Worda"),
    "separate-in-capitals": (_field_with('<w:r><w:fldChar w:fldCharType="Separate"/></w:r>'), "„Separate”"),
    "separate-after-a-space": (_field_with('<w:r><w:fldChar w:fldCharType=" separate"/></w:r>'), "„ separate”"),
    "separate-in-one-branch": (_field_with(f'<mc:AlternateContent {MC}><mc:Choice Requires="xyz"><w:r><w:fldChar '
                                           'w:fldCharType="separate"/></w:r></mc:Choice><mc:Fallback/>'
                                           '</mc:AlternateContent>'), "zawartość alternatywną"),
    "code-after-the-separate": (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE '
                                        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r>'
                                        '<w:instrText> FILENAME \\p </w:instrText></w:r><w:r><w:fldChar '
                                        'w:fldCharType="end"/></w:r>'), "FILENAME"),
    # finding 9: a comment without its author, or a comments part in UTF-16 without a byte order mark
    "comment-without-author": (in_body('<w:commentRangeStart w:id="0"/><w:r><w:t>x</w:t></w:r><w:commentRangeEnd '
                                       'w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'), "zawiera komentarze"),
    "part-in-utf16-without-mark": ({"extra": [("word/comments.xml", f'<w:comments {W}><w:comment w:id="0"><w:p><w:r>'
                                              '<w:t>tel. 600100200</w:t></w:r></w:p></w:comment></w:comments>'
                                              .encode("utf-16-be"))]}, "zawiera bajty zerowe"),
    # finding 18: CDATA fed the tag checks a fake <w:t>
    "cdata-section": (paragraphs(text("PRZED") + '<w:r><w:t><![CDATA[<w:t>]]></w:t></w:r>'
                                 '<w:bookmarkStart w:id="7" w:name="{#"/>', text("PO")), "sekcję CDATA"),
})


@pytest.mark.parametrize("name", list(REFUSED))
def test_refused_by_name_everywhere(tmp_path, name):
    checked, made = refused_everywhere(tmp_path, *REFUSED[name])
    assert "Traceback" not in checked.output + made.output


def test_what_units_use_still_passes(tmp_path):
    """A cell's colour and span inside its cell, {%r …%} and whitespace-free tags, and a page number in a text box
    written twice (Choice and Fallback, each a whole field) are what Word and docxtpl users write."""
    table = ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr><w:tc><w:tcPr/><w:p>'
             + text('{% cellbg "FFEEDD" %}A') + '</w:p></w:tc><w:tc><w:tcPr/><w:p>' + text("B")
             + "</w:p></w:tc></w:tr></w:tbl>")
    both = (f'<mc:AlternateContent {MC}><mc:Choice Requires="xyz">{field(" PAGE ")}</mc:Choice>'
            f'<mc:Fallback>{field(" PAGE ")}</mc:Fallback></mc:AlternateContent>')
    spec = {"edits": {**in_body(f"</w:p>{table}<w:p>" + text("{%r if true %}R{%r endif %}") + both)}}
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output


# --- finding 17: a document library's properties (names, e-mails) kept as custom XML are not copied.

def test_custom_xml_of_a_document_library_is_not_copied(tmp_path):
    import zipfile

    rel = ('<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
           'customXml" Target="../customXml/item1.xml"/>')
    props = ('<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement>'
             '<Editor><UserInfo><DisplayName>Jan Kowalski</DisplayName><Email>jan.kowalski@example.pl</Email>'
             '</UserInfo></Editor></documentManagement></p:properties>')
    spec = {"edits": {"word/_rels/document.xml.rels": lambda xml: xml.replace("</Relationships>",
                                                                                rel + "</Relationships>")},
            "extra": [("customXml/item1.xml", props)]}
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out", "--publikacja")
    assert made.exit_code == 0, made.output
    for document in (tmp_path / "out").rglob("*.docx"):
        with zipfile.ZipFile(document) as package:
            everything = b"".join(package.read(name) for name in package.namelist())
            assert b"Kowalski" not in everything and b"customXml" not in everything, document.name


# --- fourth templates review, finding 1: a "-%}" or "{%-" outside any tag joins paragraphs all the same.

@pytest.mark.parametrize("where", [paragraphs(text("PRZED 5-%}"), PICTURE, text("ŚRODEK")),
                                   in_body('<w:bookmarkStart w:id="9" w:name="a-%}"/><w:bookmarkEnd w:id="9"/>')],
                         ids=["in-text", "in-an-attribute"])
def test_a_stray_merging_mark_is_refused(tmp_path, where):
    refused_everywhere(tmp_path, where, "łączy przy nim akapit")


# --- fourth templates review: text lent to a field's code by a simple field or a text box inside it (5, 3), a
# refused field's name later in an allowed one's code, and a "-%}" split over two runs (8) quoted as the user wrote it (7).

TEXT_BOX = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r>'
            '<w:t>PAGE </w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


@pytest.mark.parametrize("spec, fragment", [
    (_field_with('<w:fldSimple w:instr=" DATE "><w:r><w:t>PAGE </w:t></w:r></w:fldSimple>'), "pole proste"),
    (_field_with(TEXT_BOX), "pole tekstowe"),
    (in_body('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF 1 = 1 INCLUDETEXT x </w:instrText>'
             '</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'),
     "INCLUDETEXT"),
    (paragraphs(text("PRZED 5-%") + '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">} X</w:t></w:r>', PICTURE),
     "akapit „PRZED 5-%} X” zawiera „-%}”"),
], ids=["simple-field-in-code", "text-box-in-code", "refused-name-later", "merging-mark-over-two-runs"])
def test_code_and_marks_as_a_reader_sees_them(tmp_path, spec, fragment):
    refused_everywhere(tmp_path, spec, fragment)


PAGE_BOX = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>')


def test_a_whole_field_inside_a_text_box_is_the_box_s_own(tmp_path):
    """Finding 6 of the tenth template review (rev-tpl10) of issue 17: Word's page-number box – a PAGE field wholly
    inside a text box – was refused as „w kodzie pola stoi … pole tekstowe”; only a box inside a field's code is."""
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build({"edits": in_body(PAGE_BOX)}))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
    made = run("plan", LECZNA, "--szablony", folder, "-o", tmp_path / "out")
    assert made.exit_code == 0, made.output


# finding 10 of the fourth templates review: a footer stored under customXml/ was dropped while its reference stayed
_FOOTER = zipfile.ZipFile(BUILTIN_DIR / "plan.docx").read("word/footer1.xml")


@pytest.mark.parametrize("target", ["customXml/footer1.xml", "word/people.xml"])
def test_a_document_part_named_as_private_data_is_refused_everywhere(tmp_path, target):
    relative = "../" + target if target.startswith("customXml") else target.split("/")[1]
    spec = {"edits": {RELS: lambda xml: xml.replace('Target="footer1.xml"', f'Target="{relative}"')},
            "extra": [(target, _FOOTER)]}
    refused_everywhere(tmp_path, spec, f"część {target} ma nazwę części z danymi prywatnymi")


def test_custom_xml_data_of_a_document_library_still_passes(tmp_path):
    item = b'<?xml version="1.0" encoding="UTF-8"?><p:properties xmlns:p="urn:x"><a>Jan</a></p:properties>'
    spec = {"edits": {RELS: lambda xml: xml.replace("</Relationships>", f'<Relationship Id="rId91" Type="{REL}customXml" '
                                                    'Target="../customXml/item1.xml"/></Relationships>')},
            "extra": [("customXml/item1.xml", item)]}
    folder = tmp_path / "szablony"
    folder.mkdir()
    (folder / "plan.docx").write_bytes(build(spec))
    checked = run("szablony", "sprawdz", folder)
    assert checked.exit_code == 0, checked.output
