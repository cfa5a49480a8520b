"""What in a template package could reach outside it: relationships, fields, nested documents.

Rule: a template reaches nothing outside its own package. Word and LibreOffice
follow relationships of any type (LibreOffice matches types by their ending),
embed nested documents (altChunk), and evaluate fields that read the machine
(FILENAME, INCLUDETEXT, INCLUDEPICTURE, LINK, DDE …) when converting to PDF.
So relationships must point at a part of the package, or be a web or e-mail
hyperlink; fields are allowed only from a list of ones that compute from the
document itself; altChunk, mail merge sources, subdocuments and embedded
objects are refused. Checked on the template's parts and again on every part
jinja has filled, since a template can build XML while rendering.
"""

from __future__ import annotations

import binascii
import posixpath
import re
from collections import Counter
from lxml import etree

from pismo.render import (alternatives, date_pictures, form_fields, images, namespaces, normalise, package,
                          run_properties)

HYPERLINK_TYPES = {"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                   "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink"}
WEB = re.compile(r"^(https?://|mailto:)[^\s\\]+$", re.I)
_MAILTO_FIELDS = {"subject", "body", "cc", "bcc", "to"}  # what a mailto: link may fill in; not attach=, a file


def mailto_attaches(address: str) -> bool:
    """Whether a mailto: address asks for more than a message's fields: attach= (or attachment=, any other key)
    makes a mail client attach a file of the reader's disk or share (rev-tpl18 5). The query is split on its raw
    „&” before each field is decoded (RFC 6068): a subject may hold „;” or an encoded „&” (rev-tpl19 1)."""
    if not address.strip().lower().startswith("mailto:"):
        return False
    fields = address.partition("?")[2].split("&")
    return any(unquote(part).partition("=")[0].strip().lower() not in _MAILTO_FIELDS for part in fields
               if part.strip())


def is_web(address: str) -> bool:
    """A web page's address or an e-mail address (mailto: with at most a message's fields)."""
    return bool(WEB.match(address)) and not mailto_attaches(address)


_MAILTO_ADVICE = ("odnośnik „mailto:” może tylko podać adres oraz temat, treść i kopię wiadomości (subject, body, "
                  "cc, bcc) – usuń z niego resztę (np. „attach=”, które dołącza do wiadomości plik z dysku odbiorcy)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_WINDOWS_PATH = re.compile(r"^([a-z]:[\\/]|\\\\|//)", re.I)
# Relationship types (by their ending, as LibreOffice matches them) that pull in content from elsewhere
# or run code: nested documents, subdocuments, embedded or linked objects, ActiveX, mail merge sources.
_REFUSED_TYPES = {
    "afchunk": "wstawiony dokument (altChunk)", "subdocument": "dokument podrzędny",
    "oleobject": "obiekt osadzony (OLE)", "package": "osadzony plik", "control": "formant ActiveX",
    "activexcontrol": "formant ActiveX", "activexcontrolbinary": "formant ActiveX",
    "attachedtemplate": "dołączony szablon", "frame": "ramka z innym dokumentem",
    "mailmergesource": "źródło korespondencji seryjnej", "mailmergeheadersource": "źródło korespondencji seryjnej",
    "recipientdata": "źródło korespondencji seryjnej", "vbaproject": "makra", "externallinkpath": "łącze zewnętrzne",
    "keymapcustomizations": "przypisanie klawiszy Worda, które u odbiorcy zmienia działanie skrótów (np. Ctrl+S) albo "
                            "uruchamia makra",
    "attachedtoolbars": "paski narzędzi Worda, które u odbiorcy uruchamiają polecenia albo makra",
    "extensibility": "zmiana wstążki Worda (customUI), która u odbiorcy ukrywa karty albo wyłącza polecenia",
    "usercustomization": "zmiana wstążki Worda (customUI), która u odbiorcy ukrywa karty albo wyłącza polecenia",
    "webextensiontaskpanes": "dodatek pakietu Office (okienko zadań), który Word odbiorcy pobiera z internetu i "
                             "uruchamia, z zapisanymi w szablonie danymi dodatku",
    "webextension": "dodatek pakietu Office, który Word odbiorcy pobiera z internetu i uruchamia, z zapisanymi w "
                    "szablonie danymi dodatku",
    "transform": "przekształcenie XSLT, które Word stosuje przy zapisie pisma (może sięgać do sieci i plików na dysku)",
}
# Elements that print or fetch something from outside the part they stand in.
_REFUSED_ELEMENTS = {
    "altChunk": "wstawiony dokument (altChunk)", "mailMerge": "korespondencja seryjna ze źródłem danych (mailMerge)",
    "subDoc": "dokument podrzędny", "control": "formant ActiveX", "OLEObject": "obiekt osadzony (OLE)",
    "attachedTemplate": "dołączony szablon",
}
# Elements that make the reader's Word act: show a web page of any HTML, run a macro of the reader's Word
_ACTING_ELEMENTS = {
    "webVideoPr": "wideo z internetu, które Word pokazuje jako dowolną stronę HTML zapisaną w szablonie",
    "entryMacro": "makro uruchamiane przy wejściu do pola formularza",
    "exitMacro": "makro uruchamiane przy wyjściu z pola formularza",
    "tcg": "przypisanie klawiszy Worda albo paski narzędzi, które uruchamiają polecenia lub makra",
    "keymaps": "przypisanie klawiszy Worda, które u odbiorcy zmienia działanie skrótów albo uruchamia makra",
}
_HYPERLINK_ELEMENTS = {"hyperlink", "hlinkClick", "hlinkHover", "hlinkMouseOver"}  # where a web link may be used
# Parts that are neither XML nor a measured image, by the ending of the relationship type that names them,
# and the only elements that may use such a relationship: LibreOffice draws whatever a picture points at,
# whatever the relationship's type says (a "font" that is a huge PNG is decoded as a picture).
UNMEASURED_USERS = {"font": {"embedRegular", "embedBold", "embedItalic", "embedBoldItalic"},
                    "printersettings": {"printerSettings"}, "package": {"externalData"}}
_LINK_ATTRIBUTES = {"src", "href", "link", "source", "datasource", "connectstring", "target", "action", "url"}
# Link attributes a reader follows as an address (a VML shape's href, an SVG <image>'s): a relative or slash-led
# path reaches a file as surely as file: does, so only a place in the document (#…) may stand there without a
# scheme (and _check_attribute refuses every scheme but data: in a link attribute)
_FOLLOWED = {"href", "src", "url"}
# The only fields allowed: ones Word and LibreOffice compute alike from the finished letter (page numbers, the
# date, a web link), or whose stored result both show (plain SEQ, TOC's entries, the hidden index and table
# entries, a form's text, check box and drop-down list). Every other field is refused by name: REF, PAGEREF, NOTEREF
# of a bookmark that filling removes, renames or fills anew print LibreOffice's own text (or its English error) where
# Word shows the stored one; STYLEREF in a footer, AUTONUM, LISTNUM, SET, QUOTE, SYMBOL, IF, formulas and the file's
# properties are computed, renumbered or dropped by one reader only; SECTION and SECTIONPAGES LibreOffice prints
# as stored, where Word counts anew.
# Each allowed field's switches, each tried by converting the field with soffice and reading the PDF's text:
# switch -> whether a value follows it. A switch not listed is refused by name (LibreOffice drops \* CardText,
# Upper, \# pictures, DATE's \h \s \l; any switch makes it count a SEQ anew where Word shows the stored number).
_VALUE, _ALONE = True, False
FIELD_SWITCHES: dict[str, dict[str, bool]] = {
    "PAGE": {"\\*": _VALUE}, "NUMPAGES": {"\\*": _VALUE},
    "DATE": {"\\@": _VALUE, "\\*": _VALUE}, "TIME": {"\\@": _VALUE, "\\*": _VALUE},
    "HYPERLINK": {"\\l": _VALUE, "\\o": _VALUE, "\\t": _VALUE, "\\m": _ALONE, "\\n": _ALONE, "\\h": _ALONE,
                  "\\*": _VALUE},
    "SEQ": {},  # Word's caption switches \* ARABIC and \* MERGEFORMAT are left out on reading (normalise.py)
    "TOC": {**{f"\\{c}": _VALUE for c in "abcdfilnopstx"}, **{f"\\{c}": _ALONE for c in "hwuz"}, "\\*": _VALUE},
    "TC": {"\\f": _VALUE, "\\l": _VALUE, "\\n": _ALONE, "\\*": _VALUE},
    "TA": {"\\c": _VALUE, "\\l": _VALUE, "\\s": _VALUE, "\\b": _ALONE, "\\i": _ALONE, "\\r": _VALUE,
           "\\*": _VALUE},
    "XE": {"\\b": _ALONE, "\\f": _VALUE, "\\i": _ALONE, "\\r": _VALUE, "\\t": _VALUE, "\\y": _VALUE,
           "\\*": _VALUE},
    "FORMTEXT": {"\\*": _VALUE}, "FORMCHECKBOX": {"\\*": _VALUE}, "FORMDROPDOWN": {"\\*": _VALUE},
}
ALLOWED_FIELDS = set(FIELD_SWITCHES)
# The formats (\* …) each field may take, by their upper-case word: the number formats LibreOffice draws as Word
# does (roman, ROMAN, alphabetic …), and the two that only keep the result's formatting when Word updates it
_KEPT_FORMAT = {"MERGEFORMAT", "CHARFORMAT"}
_FORMATS = {"PAGE": {"ARABIC", "ROMAN", "ALPHABETIC", *_KEPT_FORMAT}, "NUMPAGES": {"ARABIC", "ROMAN", "ALPHABETIC",
                                                                                  *_KEPT_FORMAT}}
# Words (not switches, not their values) each field may take: SEQ its name; HYPERLINK its address; the index and
# table entries their text
_WORDS = {"SEQ": 1, "HYPERLINK": None, "TOC": None, "TC": None, "TA": None, "XE": None}
_NEEDED = {"DATE": "\\@", "TIME": "\\@"}  # without a picture LibreOffice writes „26-12-6”, Word „06.12.2026”
# A table of contents' page number as Word writes each entry: LibreOffice prints its stored result, as Word does
_TOC_PAGE = re.compile(r"\s*PAGEREF\s+_Toc\d+(\s+\\[hH])?\s*")


class TocEntry(str):
    """The code of a field standing in a table of contents' stored result (field_instructions)."""


# Word's fields that read the computer, other files or programs: refused wherever their name stands in a code
REFUSED_ANYWHERE = {"FILENAME", "FILESIZE", "INCLUDE", "INCLUDETEXT", "INCLUDEPICTURE", "LINK", "DDE", "DDEAUTO",
                    "DATABASE", "MERGEFIELD", "MERGEREC", "MERGESEQ", "MACROBUTTON", "FILLIN", "ASK", "USERNAME",
                    "USERADDRESS", "USERINITIALS", "TEMPLATE", "INFO", "AUTOTEXT", "AUTOTEXTLIST",
                    "GLOSSARY", "PRINT", "PRIVATE", "RD", "EMBED", "ADDRESSBLOCK", "GREETINGLINE",
                    "NEXTIF", "SKIPIF"}
_FIELD_KEYWORD = re.compile(r"^\s*(=|[A-Za-z]+)")
_TEMPLATE_CODE = re.compile(r"\{[{%#]")
_FIELDS_HINT = "(w Wordzie Alt+F9 pokazuje kody pól)"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


class Outside(Exception):
    """Something in a part could reach outside the package; the message is Polish and names the part."""


_REFUSED_TAGS = tuple("{*}" + name for name in (*_REFUSED_ELEMENTS, *_ACTING_ELEMENTS))
# Text that any attribute _check_attribute refuses must contain; a filled part is checked for every document,
# and walking every attribute in Python would cost as much as rendering, so only parts with such text are.
_SUSPECT_WORDS = tuple(name.encode() for name in _LINK_ATTRIBUTES)
_SUSPECT_ATTRIBUTE = re.compile(rb"\b(?:" + b"|".join(_SUSPECT_WORDS) + rb")\s*=")


def _suspect(blob: bytes) -> bool:
    """Whether the bytes could hold an attribute _check_attribute refuses (substring tests first: fast)."""
    lowered = blob.lower()
    if b"file:" in lowered or b"data:" in lowered or b"&#" in lowered or b"gfxdata" in lowered:
        return True
    return any(word in lowered for word in _SUSPECT_WORDS) and bool(_SUSPECT_ATTRIBUTE.search(lowered))


def check_tree(part: str, tree, template_code: bool = False, attributes: bool = True,
               hyperlinks: dict[str, str] | None = None, blob: bytes | None = None,
               unmeasured: dict[str, tuple[str, str]] | None = None, pixels: images.Budget | None = None) -> None:
    """Elements, attributes and fields of one XML part; template_code: the part is jinja source;
    attributes False for relationship parts, whose targets check_relationships judges; hyperlinks:
    the part's web links by relationship id, which only a hyperlink may use (a picture would fetch it);
    blob: the part's bytes, when given its attributes are walked only if they could hold something refused;
    unmeasured: (type ending, target) by relationship id of the parts only UNMEASURED_USERS may use;
    pixels: the template's pixel budget, which images written into attributes (data:) spend too.
    The branches of an mc:AlternateContent must hold the same text (alternatives.py); no element of a namespace
    Word does not know may hold text (namespaces.py); no run property prints otherwise in the two readers
    (run_properties.py)."""
    for element in tree.iter(*_REFUSED_TAGS):
        local = etree.QName(element).localname
        if local in _ACTING_ELEMENTS:
            raise Outside(f"część {part} zawiera element {local}: {_ACTING_ELEMENTS[local]} – pismo nie może niczego "
                          "uruchamiać w programie odbiorcy; usuń go")
        raise Outside(f"część {part} zawiera element {local}: {_REFUSED_ELEMENTS[local]} – wczytałby treść spoza "
                      "szablonu; usuń go")
    if _tiled(tree):
        raise Outside(f"część {part} zawiera wypełnienie kafelkami z obrazu (tile) albo deseniem z obrazu (pattern), "
                      "które LibreOffice rysuje kafelek po kafelku, bez ograniczenia ich liczby – zmień wypełnienie "
                      "kształtu na obraz rozciągnięty albo na kolor")
    if template_code:
        _check_plain_markup(part, tree)
    listed = form_fields.problem(tree) if b"ddList" in (blob or b"ddList") else None
    if listed:
        raise Outside(f"część {part}: {listed} – Word i LibreOffice w PDF pokazałyby różne odpowiedzi; w Wordzie "
                      "wybierz w polu właściwą pozycję (Deweloper → Właściwości) i zapisz szablon albo wpisz odpowiedź "
                      "zwykłym tekstem")
    shown = date_pictures.block(tree)
    if shown:
        raise Outside(f"część {part} zawiera blok w:{shown[0]} – {shown[1]}, który Word wpisuje przy wyświetlaniu "
                      "pisma, a LibreOffice w PDF pomija (np. „strona  dnia ..”) – PDF mówiłby co innego niż pismo; "
                      f"usuń go i wstaw w tym miejscu pole {shown[2]}")
    hyperlinks, unmeasured = hyperlinks or {}, unmeasured or {}
    if attributes and (blob is None or hyperlinks or unmeasured or _suspect(blob)):
        for element in tree.iter(tag=etree.Element):
            local = etree.QName(element).localname
            for key, value in element.attrib.items():
                _check_attribute(part, etree.QName(key).localname.lower(), value, pixels, local)
                if value in hyperlinks and local not in _HYPERLINK_ELEMENTS:
                    raise Outside(f"część {part} używa odnośnika „{_short(hyperlinks[value])}” jako obrazu lub obiektu "
                                  f"({local}) – {_linked(hyperlinks[value])}")
                if value in unmeasured and local not in UNMEASURED_USERS[unmeasured[value][0]]:
                    kind, target = unmeasured[value]
                    raise Outside(f"część {part} używa „{_short(target)}” (powiązanie typu {kind}) jako obrazu lub "
                                  f"obiektu ({local}) – takiej części pismo nie sprawdza jako obrazu; wstaw obraz "
                                  "ponownie")
    for element in tree.iter("{*}t", "{*}delText"):
        if etree.QName(element).namespace not in DIAGRAM_NAMESPACES:  # a SmartArt point's text body (a:p inside)
            plain_text(part, element)
    for instruction in field_instructions(part, tree):
        check_field(part, instruction, template_code)
    if blob is None or b"AlternateContent" in blob:
        try:
            alternatives.check(part, tree)
        except alternatives.Differs as exc:
            raise Outside(str(exc)) from None
    try:
        run_properties.check(part, tree, blob)
    except run_properties.Differs as exc:
        raise Outside(str(exc)) from None
    try:
        namespaces.check(part, tree, blob)
    except namespaces.Unknown as exc:
        raise Outside(str(exc)) from None


def _tiled(tree) -> bool:
    """A picture fill drawn tile by tile, as many tiles as the shape's size over the picture's declared DPI:
    DrawingML's <a:tile> (sx="1", 0.001 %, hung LibreOffice for minutes) or VML's v:fill type="tile" or
    "pattern" (a 1-pixel PNG over a 400 pt square: 1.3 million images in the PDF, 4 GB)."""
    if next(tree.iter("{*}tile"), None) is not None:
        return True
    return any(value.strip().lower() in ("tile", "pattern") for element in tree.iter("{*}fill", "{*}background")
               for value in _attributes(element, "type"))


def _check_plain_markup(part: str, tree) -> None:
    """A template part holds elements, attributes and text only: jinja and docxtpl's clean-up read its XML as text,
    so a comment or processing instruction (which Word never writes) would hide or split a tag."""
    for node in tree.xpath("//comment() | //processing-instruction()"):
        kind = "komentarz XML (<!-- -->)" if isinstance(node, etree._Comment) else "instrukcję przetwarzania (<? ?>)"
        raise Outside(f"część {part} zawiera {kind}, czego Word nie zapisuje – to mogłoby ukryć znacznik szablonu "
                      "albo kod pola; zapisz szablon ponownie w Wordzie")


# What to do about an element reaching outside, where it is no picture or object (rev-tpl18 6)
_OUTSIDE_ADVICE = {
    "attachedSchema": "to schemat XML dołączony do szablonu (element w:attachedSchema); odłącz go (Deweloper → "
                      "Szablon dokumentu → Schemat XML: odznacz schemat) i zapisz szablon ponownie"}


def _check_attribute(part: str, name: str, value: str, pixels: images.Budget | None = None,
                     element: str = "") -> None:
    if name == "gfxdata":  # dropped from a template (package.without_gfxdata): one here was built while filling
        raise Outside(f"część {part} zawiera atrybut gfxdata – ukryty drugi plik pakietu w kształcie VML, którego "
                      "pismo nie sprawdza; usuń ten kształt")
    text = value.strip()
    if text[:5].lower() == "data:":
        _check_embedded_image(part, text, pixels or images.Budget())
        return
    if name in _FOLLOWED and text and not text.startswith("#") and not _SCHEME.match(text):
        raise Outside(f"część {part} zawiera odnośnik „{_short(text)}” do pliku (kształt, obraz lub obiekt, który "
                      "po kliknięciu albo przy wczytaniu otwiera plik obok pisma, na dysku lub w sieci lokalnej) – "
                      "usuń ten odnośnik")
    if text.lower().startswith("file:") or (name in _LINK_ATTRIBUTES and (_WINDOWS_PATH.match(text) or (
            _SCHEME.match(text) and not text.lower().startswith("data:")))):
        raise Outside(f"część {part} odwołuje się poza szablon: „{_short(text)}” – " + _OUTSIDE_ADVICE.get(
            element, "usuń ten obraz lub obiekt i wstaw go ponownie jako zwykły obraz (nie połączony z plikiem)"))


_DATA_URI = re.compile(r"data:[a-z]+/[a-z0-9.+-]+;base64,([a-z0-9+/=\s]*)", re.I)


def _check_embedded_image(part: str, uri: str, pixels: images.Budget) -> None:
    """An image written into the XML (data:…;base64,…, as SVG drawings carry them) is measured like a part.
    Only that exact form, of a format measured here: readers accept variants (LibreOffice skips spaces
    around the comma) that a looser reading here would let through unmeasured."""
    match = _DATA_URI.fullmatch(uri)
    if not match:
        raise Outside(f"część {part} zawiera dane osadzone w tekście w postaci, której pismo nie sprawdza "
                      f"(„{_short(uri, 40)}”) – wstaw obraz ponownie jako PNG lub JPEG")
    try:
        blob = binascii.a2b_base64(match.group(1))
    except (binascii.Error, ValueError):
        raise Outside(f"część {part} zawiera uszkodzony obraz osadzony w tekście – wstaw obraz ponownie") from None
    if not images.measured(blob):
        raise Outside(f"część {part} zawiera obraz osadzony w tekście w formacie, którego pismo nie sprawdza (np. "
                      "rysunek SVG w rysunku SVG) – wstaw obraz ponownie jako PNG lub JPEG")
    try:
        pixels.spend(images.check(blob))
    except images.TooLarge as exc:
        raise Outside(f"część {part}: obraz osadzony w tekście {images.limit_message(exc)}") from None


def field_instructions(part: str, tree) -> list[str]:
    """The instruction of every field: simple ones, and complex ones however many runs they span.

    Read as LibreOffice reads them: field elements only in WordprocessingML (transitional or strict – one
    elsewhere is refused, as is a field character of a kind Word never writes), text of other namespaces is no
    code, and a field's characters and code stand in one branch of an mc:AlternateContent. Attributes are read
    by their local name in any namespace (LibreOffice takes the strict schema's for the transitional one's);
    text elements holding anything but text are refused."""
    found = [value for e in tree.iter("{*}fldSimple") if _word(part, e) and _fixed(part, e)
             for value in _attributes(e, "instr")]
    stack: list[list] = []  # [texts, checked, branch, container, leading nested field's code, own code]
    for element in tree.iter("{*}fldChar", "{*}instrText", "{*}delInstrText", "{*}t", "{*}delText"):
        local = etree.QName(element).localname
        if not _word(part, element, refuse=local not in ("t", "delText")):
            continue  # a, m, x:t… are no WordprocessingML text: no reader takes them for a field's code
        if stack and not stack[-1][1] and _branch(element) is not stack[-1][2]:
            raise Outside(f"część {part}: kod pola przechodzi przez zawartość alternatywną (mc:AlternateContent), "
                          "tekst fonetyczny (ruby) albo formant zawartości – Word i LibreOffice czytają go wtedy "
                          f"inaczej; tego Word nie zapisuje, usuń to pole {_FIELDS_HINT}")
        if stack and not stack[-1][1]:
            _plain_code(part, element, stack[-1][3])
        if local in ("t", "delText"):  # text between begin and separate: code to LibreOffice, perhaps not to Word
            if stack and not stack[-1][1]:
                raise Outside(f"część {part}: w kodzie pola stoi zwykły tekst („{_short(''.join(element.itertext()))}”) "
                              f"– tego Word nie zapisuje, a programy czytają go różnie; usuń to pole {_FIELDS_HINT}")
            continue
        if local != "fldChar":
            text = plain_text(part, element)
            if stack:
                stack[-1][0].append(text)  # after separate too: checked at the end, never let through
            else:
                found.append(text)  # outside any field: checked as one, never let through
            continue
        kind = _field_character(part, element)
        _fixed(part, element)
        if kind == "begin":
            stack.append([[], False, _branch(element), _container(element), None, ""])
        elif stack and kind == "separate" and not stack[-1][1]:
            stack[-1][5] = _in_contents(stack, _code(part, stack))
            found.append(stack[-1][5])
            stack[-1][0], stack[-1][1] = [], True
        elif stack and kind == "end":
            found.append(_in_contents(stack, _code(part, stack)) if not stack[-1][1] else "".join(stack[-1][0]))
            stack.pop()
    found.extend("".join(entry[0]) for entry in stack)
    return found


def _in_contents(stack: list[list], code: str) -> str:
    """The code marked TocEntry when its field stands in the stored result of a TOC field."""
    inside = any(entry[1] and _FIELD_KEYWORD.match(entry[5]) and _FIELD_KEYWORD.match(entry[5]).group(1).upper()
                 == "TOC" for entry in stack[:-1])
    return TocEntry(code) if inside else code


def _code(part: str, stack: list[list]) -> str:
    """The code of the innermost field, noted as its outer field's first part when that has no code yet. A code
    starting with a nested field and going on is refused by the nested field: Word computes it into the code
    („{ PAGE } DATE” is „1 DATE”, no field), LibreOffice reads the words after it (DATE) – pismo named it so."""
    texts, _checked, _branch, _container, leading, _own = stack[-1]
    code = "".join(texts)
    if leading is not None and code.strip():
        raise Outside(f"część {part} zawiera pole, którego kod („{{ {_short(leading, 40)} }} {_short(code)}”) "
                      "zaczyna się od innego pola – Word wstawia w miejsce nazwy pola wynik tamtego, a LibreOffice "
                      f"czyta słowa po nim; usuń to pole {_FIELDS_HINT}")
    if len(stack) > 1 and not stack[-2][1] and not "".join(stack[-2][0]).strip() and stack[-2][4] is None:
        stack[-2][4] = code
    return code


_NOT_IN_CODE = {"fldSimple", "txbxContent", "drawing", "pict", "object"}


def _plain_code(part: str, element, container) -> None:
    """A field's code stands in the field's own runs: a simple field or a text box inside it (which Word never
    writes) lends it text that Word and LibreOffice read otherwise – pismo read PAGE where FILENAME ran. A whole
    field inside a text box (Word's page number box) is the box's own: its code stands where its start does."""
    if _container(element) is not container:
        raise Outside(f"część {part}: w kodzie pola stoi pole proste, pole tekstowe albo rysunek – tego Word nie "
                      f"zapisuje; usuń to pole {_FIELDS_HINT}")


def _container(element):
    """The innermost simple field, text box or drawing the element stands in (None: in none)."""
    for ancestor in element.iterancestors():
        local = etree.QName(ancestor).localname
        if local in _NOT_IN_CODE:
            return ancestor
        if local in ("body", "hdr", "ftr", "footnote", "endnote", "comment"):
            return None
    return None


DIAGRAM_NAMESPACES = {"http://schemas.openxmlformats.org/drawingml/2006/diagram",
                      "http://purl.oclc.org/ooxml/drawingml/diagram"}
_WORD_NAMESPACES = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                    "http://purl.oclc.org/ooxml/wordprocessingml/main"}


def _word(part: str, element, refuse: bool = True) -> bool:
    """Whether the element is WordprocessingML's; a field element of another namespace is refused (refuse)."""
    if etree.QName(element).namespace in _WORD_NAMESPACES:
        return True
    if refuse:
        raise Outside(f"część {part} zawiera element pola {etree.QName(element).localname} spoza przestrzeni nazw "
                      f"Worda – tego Word nie zapisuje; usuń to pole {_FIELDS_HINT}")
    return False


def _fixed(part: str, element) -> bool:
    """A field is neither dirty (Word recomputes it on opening the letter, LibreOffice prints the stored result)
    nor locked (Word never updates it, LibreOffice does: a locked PAGE shows „1” on every page in Word)."""
    for flag in ("dirty", "fldLock"):
        if not _OFF.issuperset(value.strip().lower() for value in _attributes(element, flag)):
            what = ("oznaczone do aktualizacji (w:dirty) – Word przeliczy je przy otwarciu pisma, a PDF pokaże wynik "
                    "zapisany w szablonie; zaktualizuj pola w Wordzie (Ctrl+A, F9) i zapisz szablon"
                    if flag == "dirty" else "zablokowane (w:fldLock) – Word go nie aktualizuje, a LibreOffice w PDF "
                    "tak; odblokuj je w Wordzie (Ctrl+Shift+F11), zaktualizuj (F9) i zapisz szablon")
            raise Outside(f"część {part} zawiera pole {what} {_FIELDS_HINT}")
    return True


def _field_character(part: str, element) -> str:
    """begin, separate or end, written exactly as Word writes it (LibreOffice ignores other spellings, which
    would make pismo's reading of the code differ from its own)."""
    kinds = set(_attributes(element, "fldCharType"))
    if len(kinds) > 1 or not kinds <= {"begin", "separate", "end"}:
        shown = ", ".join(sorted(f"„{kind}”" for kind in kinds))
        raise Outside(f"część {part} zawiera znak pola rodzaju {shown} – Word zapisuje dokładnie jeden z rodzajów "
                      f"begin, separate, end; usuń to pole {_FIELDS_HINT}")
    return kinds.pop() if kinds else ""


def _branch(element):
    """The innermost mc:Choice or mc:Fallback, ruby text or base, or content control the element stands in
    (None: in none). A reader takes one branch of an AlternateContent, sets ruby text apart and may drop a
    control's placeholder, so a field's characters and code must all stand in the same one."""
    return next((a for a in element.iterancestors() if etree.QName(a).localname in ("Choice", "Fallback")
                 and etree.QName(a).namespace == _MC or etree.QName(a).localname in _CONTAINERS
                 and etree.QName(a).namespace in _WORD_NAMESPACES), None)


_CONTAINERS = {"rt", "rubyBase", "sdtContent"}


def _attributes(element, name: str) -> list[str]:
    """Values of the element's attributes of this local name, whatever their namespace (or none)."""
    return [value for key, value in element.attrib.items() if etree.QName(key).localname == name]


def plain_text(part: str, element) -> str:
    """The text of an element that holds only text (w:t, w:instrText); Outside when it holds a comment,
    a processing instruction or an element: the text after them would escape a check reading .text
    while Word and LibreOffice read all of it."""
    if len(element):
        local = etree.QName(element).localname
        raise Outside(f"część {part}: element {local} zawiera coś poza tekstem (komentarz XML, instrukcję albo "
                      "inny element) – tego Word nie zapisuje; zapisz szablon ponownie w Wordzie")
    return element.text or ""


def check_field(part: str, instruction: str, template_code: bool = False) -> None:
    if template_code and _TEMPLATE_CODE.search(instruction):
        raise Outside(f"część {part}: kod pola „{_short(instruction)}” zawiera znacznik szablonu – kod pola nie może "
                      f"powstawać z danych ani z kodu szablonu {_FIELDS_HINT}; usuń to pole")
    if not instruction.strip():
        return
    match = _FIELD_KEYWORD.match(instruction)
    keyword = match.group(1).upper() if match else instruction.split()[0]
    hidden = _hidden_name(keyword, instruction[match.end():] if match else instruction)
    if keyword in ALLOWED_FIELDS and hidden:
        raise Outside(f"część {part}: kod pola {keyword} („{_short(instruction)}”) zawiera słowo „{hidden}” – nazwę "
                      "pola, które odczytuje dane spoza dokumentu (pliki, komputer, inne programy), a które Word lub "
                      f"LibreOffice mogą tak odczytać – usuń je {_FIELDS_HINT}")
    if keyword in REFUSED_ANYWHERE:
        raise Outside(f"część {part} zawiera pole {keyword} („{_short(instruction)}”), które odczytuje dane spoza "
                      f"dokumentu (pliki, komputer, inne programy) – usuń je {_FIELDS_HINT}")
    if not match:
        raise Outside(f"część {part} zawiera pole, którego kod („{_short(instruction)}”) nie zaczyna się od nazwy "
                      "pola – tego Word i LibreOffice nie odczytują tak samo; usuń to "
                      f"pole {_FIELDS_HINT}")
    if isinstance(instruction, TocEntry) and keyword == "PAGEREF" and _TOC_PAGE.fullmatch(instruction):
        return
    if keyword not in ALLOWED_FIELDS:
        raise Outside(f"część {part} zawiera pole {keyword} („{_short(instruction)}”), którego wynik Word pokazuje "
                      "inaczej niż LibreOffice w PDF (zapisany w szablonie, przeliczony albo żaden) – PDF mówiłby co "
                      "innego niż pismo. Dozwolone są tylko pola, które oba programy liczą tak samo z gotowego pisma: "
                      "PAGE, NUMPAGES, DATE, TIME, HYPERLINK, SEQ bez przełączników, TOC, TC, TA, XE, FORMTEXT, "
                      "FORMCHECKBOX i FORMDROPDOWN; usuń to pole i wpisz jego tekst wprost (odsyłacz – tekst, do "
                      f"którego odsyła; SECTIONPAGES – NUMPAGES) {_FIELDS_HINT}")
    if keyword == "HYPERLINK":
        address = next((a for a in _hyperlink_addresses(instruction[match.end():]) if a and not is_web(a)), None)
        if address is not None and mailto_attaches(address):
            raise Outside(f"część {part}: pole HYPERLINK „{_short(address)}”: {_MAILTO_ADVICE}")
        if address is not None:
            raise Outside(f"część {part}: pole HYPERLINK prowadzi poza dokument do „{_short(address)}” – dozwolone są "
                          "tylko odnośniki do stron internetowych (http, https) i adresy e-mail")
    _check_switches(part, keyword, instruction, instruction[match.end():])


# A switch, a quoted value or a word; a switch glued to its quoted value (\@"d.MM.yyyy", as LibreOffice writes it)
# is two tokens, as both readers take it; one glued to a word (\*ROMAN) is one, which LibreOffice does not honour
_SWITCH_TOKEN = re.compile(r'\\[^\s"](?=")|"[^"]*"|[^\s"]+')


def _check_switches(part: str, keyword: str, instruction: str, arguments: str) -> None:
    """Only the switches and formats of FIELD_SWITCHES and _FORMATS, and only as many words as _WORDS allows;
    each other one is refused by name, saying what to do. Word's caption switches of SEQ, which change nothing, are
    named only when no other switch is refused (normalise leaves them out of a code standing in one run)."""
    plain = normalise.CAPTION_SWITCH.sub("", arguments) if keyword == "SEQ" else arguments
    if plain != arguments:
        _check_switches(part, keyword, instruction, plain)
    allowed, words, seen = FIELD_SWITCHES[keyword], 0, set()
    tokens = _SWITCH_TOKEN.findall(arguments)
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if not token.startswith("\\"):
            words += 1
            if _WORDS.get(keyword, 0) is not None and words > _WORDS.get(keyword, 0):
                _refuse_switch(part, keyword, instruction, f"{{}} „{_short(token, 30)}”", ("ze słowem", "słowo"))
            continue
        switch = token.lower()
        if switch not in allowed:
            valued = switch in ("\\*", "\\#") or (keyword, switch) in _SEQ_VALUES
            named = f"{token} {tokens[index]}" if valued and index < len(tokens) and tokens[index][0] != "\\" else token
            _refuse_switch(part, keyword, instruction, f"{{}} {_short(named, 30)}", way=_WORD_WAY.get((keyword, switch), ""))
        seen.add(switch)
        value = tokens[index] if index < len(tokens) and allowed[switch] and not tokens[index].startswith("\\") \
            else None
        index += value is not None
        if switch == "\\*" and (value or "").upper() not in _FORMATS.get(keyword, _KEPT_FORMAT):
            _refuse_switch(part, keyword, instruction, f"{{}} \\* {_short(value or '', 30)}")
        wrong = date_pictures.problem((value or "").strip('"')) if switch == "\\@" else None
        if wrong:
            raise Outside(f"część {part} zawiera pole {keyword} („{_short(instruction)}”) ze wzorem, którego litery "
                          f"Word i LibreOffice w PDF czytają różnie – PDF mówiłby co innego niż pismo: {wrong} "
                          f"{_FIELDS_HINT}")
    needed = _NEEDED.get(keyword)
    if needed and needed not in seen:
        raise Outside(f"część {part} zawiera pole {keyword} („{_short(instruction)}”) bez formatu (\\@) – LibreOffice "
                      "pisze wtedy datę i godzinę inaczej niż Word (np. „26-12-6” zamiast „06.12.2026”); wstaw pole "
                      "ponownie przez Wstawianie → Data i godzina, wybierając format, albo dopisz do kodu pola "
                      f"\\@ \"dd.MM.yyyy\" {_FIELDS_HINT}")


_SEQ_VALUES = {("SEQ", "\\s"), ("SEQ", "\\r")}  # SEQ's switches taking a value: a heading level, a number
# What to do in Word instead of removing a switch by hand, by (field, switch)
_WORD_WAY = {("SEQ", "\\s"): " (w Wordzie: Wstawianie → Podpis → Numerowanie, odznacz „Uwzględnij numer rozdziału”)"}


def _refuse_switch(part: str, keyword: str, instruction: str, what: str,
                   nouns: tuple = ("z przełącznikiem", "przełącznik"), way: str = "") -> None:
    """A switch or word of an allowed field that LibreOffice does not honour as Word does, refused by name;
    what holds {} for its noun (nouns: as „with what”, as what to remove); way: how Word's dialog removes it."""
    shown = "numer" if keyword in ("PAGE", "NUMPAGES", "SEQ") else "jego wynik"
    raise Outside(f"część {part} zawiera pole {keyword} („{_short(instruction)}”) {what.format(nouns[0])}, "
                  "którego LibreOffice w PDF nie wykonuje tak jak Word (np. liczba słownie, wielkie litery, własny "
                  "wzór liczby albo numer liczony od nowa) – PDF mówiłby co innego niż pismo; usuń "
                  f"{what.format(nouns[1])} z pola {keyword}{way} albo wpisz {shown} zwykłym tekstem {_FIELDS_HINT}")


_NAMING_FIELDS = {"SEQ", "REF", "PAGEREF", "NOTEREF", "STYLEREF", "SET", "DOCVARIABLE", "GOTOBUTTON"}


def _hidden_name(keyword: str, arguments: str) -> str | None:
    """A refused field's name among an allowed field's arguments, where a reader may take it for the field.
    The name such a field takes first (SEQ Info, REF Link_1) and a web address of HYPERLINK are none: the
    code stands in the field's own runs (field_instructions), so no reader reads them apart."""
    tokens = [t for t in re.findall(r'"[^"]*"|\S+', arguments) if not t.startswith('"')]
    if keyword in _NAMING_FIELDS and re.match(r'\s*[^\s"\\]', arguments):
        tokens = tokens[1:]
    if keyword == "HYPERLINK":
        tokens = [t for t in tokens if not WEB.match(t)]
    return next((word for t in tokens for word in re.findall(r"[A-Za-z]+", t) if word.upper() in REFUSED_ANYWHERE),
                None)


_SWITCH_ARGUMENT = set("lot")  # HYPERLINK's switches followed by a value (\m, \n, \h stand alone)


def _hyperlink_addresses(arguments: str) -> list[str]:
    """Every token of a HYPERLINK field's code that a reader could take as its address: Word and LibreOffice
    differ on which one (the first, the last), so each is checked; an empty one links within the document.
    A format switch's word (\\* MERGEFORMAT) is no address; anything else after it is checked."""
    addresses, after = [], ""
    for quoted, bare in re.findall(r'"([^"]*)"|(\S+)', arguments):
        token, switch, after = bare or quoted, after, ""
        if bare.startswith("\\") and len(bare) == 2:
            after = bare[1].lower()
        elif not switch or switch not in _SWITCH_ARGUMENT and not (switch in "*#@" and token.isalpha()):
            addresses.append(token)
    return addresses


def check_relationships(part: str, tree, parts: dict[str, bytes]) -> None:
    """Every relationship of a .rels part points into the package, or is a web or e-mail hyperlink."""
    names = {unquote(name).lower() for name in parts}
    ids = Counter(relation.get("Id", "") for relation in tree.iter("{*}Relationship"))
    repeated = next((i for i, count in ids.items() if count > 1), None)
    if repeated is not None:  # pismo would weigh one target, LibreOffice draw another (the first)
        raise Outside(f"część {part} ma dwa powiązania o tym samym identyfikatorze „{_short(repeated)}” – tego Word "
                      "nie zapisuje; otwórz szablon w Wordzie i zapisz go jako nowy plik .docx")
    spaced = next((i for i in ids if any(c.isspace() for c in i)), None)
    if spaced is not None:  # pismo trims an r:embed=" rId9", LibreOffice looks it up as written
        raise Outside(f"część {part} ma powiązanie o identyfikatorze ze spacją („{spaced}”) – tego Word nie zapisuje, "
                      "a programy odczytują go różnie; otwórz szablon w Wordzie i zapisz go jako nowy plik .docx")
    for relation in tree.iter("{*}Relationship"):
        kind = (relation.get("Type") or "").strip()
        target = (relation.get("Target") or "").strip()
        external = (relation.get("TargetMode") or "").strip().lower() == "external"
        if external:
            if kind in HYPERLINK_TYPES and is_web(target):
                continue
            if kind in HYPERLINK_TYPES and mailto_attaches(target):
                raise Outside(f"część {part}: odnośnik „{_short(target)}”: {_MAILTO_ADVICE}")
            if kind in HYPERLINK_TYPES:  # followed only when clicked: nothing is fetched, the scheme is refused
                raise Outside(f"część {part}: odnośnik „{_short(target)}” nie prowadzi do strony internetowej "
                              "(http://, https://) ani adresu e-mail (mailto:) – tylko takie odnośniki może mieć "
                              "szablon; zmień go albo usuń (prawy przycisk myszy → Usuń hiperłącze), a numer "
                              "telefonu czy ścieżkę pliku wpisz jako zwykły tekst")
            raise Outside(f"odwołuje się do zasobu zewnętrznego „{_short(target)}” (część {part}; Word lub LibreOffice "
                          "pobierałby go przy otwarciu lub konwersji każdego dokumentu) – usuń to powiązanie (np. "
                          "połączony obraz, szablon dołączony z sieci, odnośnik do pliku na dysku)")
        refused = next((what for ending, what in _REFUSED_TYPES.items() if kind.lower().endswith(ending)), None)
        if refused and not (refused == "osadzony plik" and "/charts/" in f"/{part}"):
            raise Outside(f"część {part}: powiązanie z „{_short(target)}” to {refused} – szablon nie może go "
                          "zawierać; usuń go z dokumentu")
        resolved = resolve(part, target)
        if resolved is None or resolved not in names:
            raise Outside(f"część {part} odwołuje się do „{_short(target)}”, czego nie ma w szablonie – "
                          "szablon może korzystać tylko z własnych części; zapisz go ponownie w Wordzie")


def reaches_out(relation, fetched: set[str] = frozenset()) -> bool:
    """A relationship Word or LibreOffice follows on its own when the document is opened or converted: any external
    one but a hyperlink (followed only when clicked) – a linked picture, a template attached from a share, a linked
    object, a web page's frame – and a hyperlink whose id is in `fetched` (fetched_ids: a picture uses it, and
    LibreOffice fetches it whatever its type says – rev-pdf7 #2). The rule for every .docx pismo hands to
    LibreOffice (templates refuse more)."""
    external = (relation.get("TargetMode") or "").strip().lower() == "external"
    return external and (_kind(relation) != "hyperlink" or (relation.get("Id") or "").strip() in fetched)


def fetched_ids(tree, ids: set[str]) -> set[str]:
    """Those of `ids` (a part's relationship ids) that an element other than a hyperlink (_HYPERLINK_ELEMENTS) names
    in any attribute: LibreOffice looks r:link, r:embed, r:id … up by the id alone and fetches an external target
    for a picture or object, whatever the relationship's type – the element judges, not the label."""
    return {value.strip() for element in tree.iter(tag=etree.Element)
            if etree.QName(element).localname not in _HYPERLINK_ELEMENTS
            for value in element.attrib.values() if value.strip() in ids}


def nested_parts(tree, relations, rels: str, names) -> list[str]:
    """The parts (lower case, in `names`) a part embeds as documents: those its internal relationships typed aFChunk
    point at, or any relationship a w:altChunk names – LibreOffice imports the chunk by the id alone, as it does a
    picture, with the chunk's own relationships. Judged as reaches_out judges, by the relationship: an altChunk
    naming no part imports nothing, and one named by a relationship of another type is still a chunk."""
    chunks = {value.strip() for element in tree.iter("{*}altChunk") for value in element.attrib.values()}
    found = []
    for relation in relations:
        if (relation.get("TargetMode") or "").strip().lower() == "external":
            continue  # reaches_out's: fetched from outside, whatever it is
        if _kind(relation) == "afchunk" or (relation.get("Id") or "").strip() in chunks:
            part = resolve(rels, (relation.get("Target") or "").strip())
            found += [part] if part in names else []
    return found


def source_part(rels: str) -> str:
    """The part a .rels part holds the relationships of: word/_rels/document.xml.rels -> word/document.xml."""
    return posixpath.join(posixpath.dirname(posixpath.dirname(rels)), posixpath.basename(rels)[:-5])


def outside_target(relation, part: str) -> str:
    """What a reaching relationship points at, for a message: its address shortened, and the part naming it."""
    return f"„{_short((relation.get('Target') or '').strip())}” (część {part})"


def unquote(text: str) -> str:
    """Percent-escapes decoded as UTF-8, as part names in targets are written."""
    return re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  text.encode("utf-8", "surrogatepass")).decode("utf-8", "replace")


_WEB = re.compile(r"\s*(?:https?|ftps?)://", re.I)


def _linked(target: str) -> str:
    """Why an external picture is refused, and what to do: a web address is fetched from the web; a file on a
    disk or a share (Word's „Połącz z plikiem”) is read from there, outside the template."""
    if _WEB.match(target):
        return "LibreOffice pobierałby go z sieci; wstaw obraz z pliku (Wstawianie → Obrazy → To urządzenie)"
    return ("to obraz połączony z plikiem na dysku lub w udziale sieciowym, którego szablon nie zawiera – LibreOffice "
            "wczytywałby ten plik przy każdym piśmie; wstaw obraz bez opcji „Połącz z plikiem” (Wstawianie → Obrazy "
            "→ To urządzenie, przycisk „Wstaw”)")


def resolve(rels: str, target: str) -> str | None:
    """The part (lower case) an internal relationship points to; None when its target cannot be one."""
    target = unquote(target)
    if not target or "\\" in target or _SCHEME.match(target) or target.startswith("//") or "#" in target:
        return None
    source_folder = posixpath.dirname(posixpath.dirname(rels))  # word/_rels/document.xml.rels -> word
    path = target.lstrip("/") if target.startswith("/") else posixpath.join(source_folder, target)
    path = posixpath.normpath(path)
    if path.startswith("..") or path.startswith("/") or path == ".":
        return None
    return path.lower()


def _relations(trees: dict):
    """(source part (lower case), relationship, internal target (lower case) or None) of every relationship in
    the package's .rels parts."""
    for part, tree in trees.items():
        if part.lower().endswith(".rels"):
            source = source_part(part).lower()
            for relation in tree.iter("{*}Relationship"):
                external = (relation.get("TargetMode") or "").strip().lower() == "external"
                yield source, relation, None if external else resolve(part, (relation.get("Target") or "").strip())


def _kind(relation) -> str:
    """The ending of a relationship's type, lower case („image”)."""
    return (relation.get("Type") or "").strip().lower().rstrip("/").rsplit("/", 1)[-1]


def targets(trees: dict) -> dict[str, set[str]]:
    """Parts (lower case) internal relationships point at, with the endings of their types (lower case)."""
    found: dict[str, set[str]] = {}
    for _source, relation, resolved in _relations(trees):
        if resolved:
            found.setdefault(resolved, set()).add(_kind(relation))
    return found


def unmeasured(trees: dict) -> dict[str, dict[str, tuple[str, str]]]:
    """(type ending, target) by relationship id of internal relationships of the UNMEASURED_USERS types,
    for the part (lower case) whose relationships they are."""
    found: dict[str, dict[str, tuple[str, str]]] = {}
    for source, relation, _resolved in _relations(trees):
        if _kind(relation) in UNMEASURED_USERS and relation.get("Id"):
            found.setdefault(source, {})[relation.get("Id")] = (_kind(relation), relation.get("Target") or "")
    return found


def hyperlinks(trees: dict) -> dict[str, dict[str, str]]:
    """Web links by relationship id, for the part (lower case) whose relationships they are."""
    found: dict[str, dict[str, str]] = {}
    for source, relation, _resolved in _relations(trees):
        if (relation.get("TargetMode") or "").strip().lower() == "external" and relation.get("Id"):
            found.setdefault(source, {})[relation.get("Id")] = relation.get("Target") or ""
    return found


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def internal_targets(trees: dict) -> dict[str, dict[str, str]]:
    """Targets (lower case) of internal relationships by id, for the part (lower case) whose relationships they are."""
    found: dict[str, dict[str, str]] = {}
    for source, relation, resolved in _relations(trees):
        if resolved and relation.get("Id"):
            found.setdefault(source, {})[relation.get("Id")] = resolved
    return found


_QUOTED = re.compile(rb"=\s*([\"'])\s*([^\"'\s<>&=]+)\s*\1")  # an attribute's value without spaces
_PLAIN_ID = re.compile(r"[^\"'\s<>&=]+")  # an id _QUOTED can find in the bytes


def drawn_pixels(blob: bytes, weights: dict[str, int]) -> int:
    """Pixels of the pictures a part draws, every drawing counted: LibreOffice decodes a picture again for each
    one (20 drawings of one 36 Mpx picture took 46 s), and draws a picture in a table's repeated header row on
    every page of the table, counted as images.HEADER_PAGES. weights: pixels by relationship id. A drawing uses its
    picture by the id as an attribute's value, so the quoted ids are counted in the bytes (a part filled for
    every document is not walked in Python), unless the bytes hold any reference (`rIdB&amp;9`, `&#57;`) or an id is
    one _QUOTED cannot find (with a space or a quote): then the parsed attributes are counted."""
    if not weights:
        return 0
    repeated = _header_row_pixels(blob, weights) * (images.HEADER_PAGES - 1) if b"tblHeader" in blob else 0
    if b"&" in blob or not all(_PLAIN_ID.fullmatch(key) for key in weights):
        tree = etree.fromstring(blob, package.safe_parser())
        return repeated + sum(weights.get(value.strip(), 0) for value in tree.xpath("//@*"))
    by_bytes = {key.encode("utf-8"): pixels for key, pixels in weights.items()}
    return repeated + sum(by_bytes.get(value, 0) for _, value in _QUOTED.findall(blob))


_OFF = {"0", "false", "off"}


def _header_row_pixels(blob: bytes, weights: dict[str, int]) -> int:
    """Pixels of the pictures in rows marked to repeat at the top of every page (w:tblHeader), each drawing once."""
    tree = etree.fromstring(blob, package.safe_parser())
    return sum(weights.get(value.strip(), 0)
               for flag in tree.iter("{*}tblHeader")
               if etree.QName(flag).namespace in _WORD_NAMESPACES and not _OFF & set(_attributes(flag, "val"))
               and etree.QName(flag.getparent()).localname == "trPr" and flag.getparent().getparent() is not None
               for value in flag.getparent().getparent().xpath(".//@*"))


_CSS_URL = re.compile(r"url\(\s*['\"]?\s*([^)'\"\s]*)", re.I)


def _kept_inside(address: str) -> bool:
    """An SVG address that reads nothing outside the drawing: a place in it (#…) or a picture written into it."""
    address = address.strip()
    return address.startswith("#") or address[:5].lower() == "data:"


# The DOCTYPEs of the W3C's SVG 1.0 and 1.1 (Adobe Illustrator's „Save As SVG” writes the latter): LibreOffice
# fetches no DTD (checked with a listening server, rev-pdf14 #1), so only these, with no internal subset, are let be
_SVG_DOCTYPES = {"-//W3C//DTD SVG 1.0//EN": "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd",
                 "-//W3C//DTD SVG 1.1//EN": "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"}
_PLAIN_DOCTYPE = re.compile(rb"<!DOCTYPE\s+svg\s+PUBLIC\s+(['\"])([^'\"]*)\1\s+(['\"])([^'\"]*)\3\s*>")
# Instructions LibreOffice does nothing with: an XMP packet's wrapper (Illustrator, Bridge)
_INERT_INSTRUCTIONS = {"xpacket"}


def svg_outside(tree, raw: bytes) -> str:
    """What in an SVG drawing would be read from outside it, "" when nothing: LibreOffice's SVG reader loads the
    file an <image>, <use> or <feImage> names (a file:, absolute or relative address – a picture of the converting
    computer's disk was put into the PDF, rev-pdf13 #1), so any href or src (but a link's: <a> is followed by no
    reader), CSS url(…) (in an attribute or a <style>), @import, instruction but XMP's or DOCTYPE but the W3C's
    plain one that is not a place in the drawing (#…) or data: is refused.
    `tree`: the part's root element, `raw`: its bytes (an internal DTD subset's instructions leave no trace in the
    tree). The one rule for documents converted (pdf.py) and templates' drawings."""
    document = tree.getroottree()
    if (document.docinfo.doctype or document.docinfo.internalDTD is not None) and not _plain_doctype(document, raw):
        return "<!DOCTYPE …>"
    for node in document.xpath("//processing-instruction()"):
        if node.target not in _INERT_INSTRUCTIONS:
            return f"<?{node.target} …?>"
    for element in tree.iter(tag=etree.Element):
        for key, value in element.attrib.items():
            if _followed(element, key) and not _kept_inside(value):
                return f"„{_short(value.strip())}”"
            found = _css_outside(value)
            if found:
                return found
        found = _css_outside("".join(element.itertext())) if etree.QName(element).localname == "style" else ""
        if found:
            return found
    return ""


def _plain_doctype(document, raw: bytes) -> bool:
    """The drawing's one DOCTYPE is the W3C's SVG 1.0 or 1.1 one, exactly, with no internal subset (whose entities,
    default attributes or instructions a reader would act on)."""
    info = document.docinfo
    if _SVG_DOCTYPES.get(info.public_id or "") != info.system_url or raw.count(b"<!DOCTYPE") != 1:
        return False
    found = _PLAIN_DOCTYPE.search(raw)
    return bool(found) and (found[2].decode(), found[4].decode()) == (info.public_id, info.system_url)


def _followed(element, key: str) -> bool:
    """An href or src a reader loads: every one but a link's (<a>), which is only a link."""
    name = etree.QName(key).localname.lower()
    return name == "src" or (name == "href" and etree.QName(element).localname != "a")


def _css_outside(css: str) -> str:
    """A style's @import or url(…) that reads outside the drawing, "" when none."""
    if "@import" in css.lower():
        return "@import"
    found = next((url for url in _CSS_URL.findall(css) if not _kept_inside(url)), None)
    return "" if found is None else f"url({_short(found)})"
