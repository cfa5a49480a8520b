"""Run properties Word and LibreOffice show differently, each tried by converting a run with soffice.

Rule: a run prints alike in Word and in the PDF. w:webHidden hides text in Word's web view only, LibreOffice
hides it in the PDF: it is left out on reading (Word itself writes it on a table of contents' page numbers).
w:color's theme colour is left out too: Word draws it over w:val, LibreOffice w:val („900 zł” white in Word, black
in the PDF), so both draw w:val – „auto” where w:val names no colour (rev-tpl23 9: `w:val="auto"
w:themeColor="background1"` stayed white in Word). The others are refused by name, directly or in a style: w:bdo rtl (Word shows the
run's characters reversed, „100” as „001”, LibreOffice as written), text filled otherwise than with one plain dark
colour (w14:textFill – no fill, transparent, white or a theme's colour: Word may show nothing, LibreOffice prints
w:color) or outlined wide or light (w14:textOutline, stroked by Word over the letters: a 20-pt white outline hides
them, LibreOffice ignores it), w:cs and w:rtl (Word takes the complex-script size, bold and font, LibreOffice the ordinary ones: a
12-point amount in Word can be a 1-point speck in the PDF) and w:fitText (Word squeezes the run into a width).
So is text in a pictogram font the PDF machine lacks (Wingdings, Webdings …, directly or by a style): Word shows the
pictograms, LibreOffice the letters they are typed with – an old form's boxes „¨ tak þ nie” (☐ tak ☑ nie in Word)
lose which answer is ticked; a symbol inserted by Wstawianie → Symbol (w:sym) LibreOffice recodes and draws alike.
Symbol's Greek letters LibreOffice recodes in text too (tried: „a b” drawn as α β), so Symbol passes.
"""

from __future__ import annotations

import re

from lxml import etree

from pismo.render import package

_WORD = {"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
         "http://purl.oclc.org/ooxml/wordprocessingml/main"}
_OFF = {"0", "false", "off"}
DROPPED = "webHidden"
# the local names with any prefix or none (`<cs xmlns="…main"/>` is w:cs to every reader): a strict superset of the
# elements the tree walk judges
_SUSPECT = re.compile(rb"[<:](?:cs|bdo|textFill|textOutline|webHidden|rtl|fitText|rFonts)[\s/>]")
# Pictogram fonts (lower case) whose text LibreOffice draws as the letters it is typed with, or as empty boxes
PICTOGRAM_FONTS = {"wingdings", "wingdings 2", "wingdings 3", "webdings", "marlett", "zapf dingbats", "zapfdingbats",
                   "itc zapf dingbats", "mt extra", "bookshelf symbol 7", "ms outlook", "ms reference specialty"}
_TEXT_FONTS = ("ascii", "hAnsi", "cs", "eastAsia")
_THEMED = ("themeColor", "themeShade", "themeTint")  # w:color's theme colour, which Word draws over w:val
_HALF = 50000  # w14:alpha in thousandths of a percent: at half transparency or more the run is barely seen in Word
_HINT = "(zaznacz tekst i wyczyść formatowanie: Ctrl+Spacja, albo popraw styl w okienku Style)"


class Differs(Exception):
    """A run property one reader honours and the other not; the message is Polish and names the part."""


def without_web_hidden(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """The parts less w:webHidden (Word prints such text, it hides it only in a web page view) and less w:color's
    theme colour (Word draws the theme's colour, LibreOffice w:val: „900 zł” white in Word, black in the PDF) – so
    both draw w:val."""
    return [(name, _without(blob) if b"webHidden" in blob or b"themeColor" in blob else blob) for name, blob in parts]


def _without(blob: bytes) -> bytes:
    try:
        root = etree.fromstring(blob, package.safe_parser())
    except (etree.XMLSyntaxError, ValueError):
        return blob  # left to the checks that refuse it
    doomed = [e for e in root.iter("{*}" + DROPPED) if etree.QName(e).namespace in _WORD]
    for element in doomed:
        element.getparent().remove(element)
    themed = [e for e in root.iter("{*}color") if etree.QName(e).namespace in _WORD
              and any(etree.QName(k).localname in _THEMED for k in e.attrib)]
    for element in themed:
        for key in [k for k in element.attrib if etree.QName(k).localname in _THEMED]:
            del element.attrib[key]
        if not _hex(_values(element)):  # „auto”, none or unreadable: Word drew the theme's, now both draw auto
            for key in [k for k in element.attrib if etree.QName(k).localname == "val"]:
                del element.attrib[key]
            element.set(f"{{{etree.QName(element).namespace}}}val", "auto")
    changed = doomed or themed
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True) if changed else blob


def _hex(values: list[str]) -> bool:
    """Whether w:val names a colour (six hex digits), not „auto”."""
    return bool(values) and re.fullmatch(r"[0-9a-f]{6}", values[0]) is not None


def check(part: str, tree, blob: bytes | None = None) -> None:
    """Differs at the first run property of the rule above (blob: the part's bytes, to skip parts without any)."""
    if blob is not None and not _SUSPECT.search(blob):
        return
    for element in tree.iter("{*}cs", "{*}bdo", "{*}webHidden", "{*}textFill", "{*}textOutline", "{*}rtl",
                             "{*}fitText", "{*}rFonts"):
        local = etree.QName(element).localname
        if local == "rFonts":
            _check_font(part, element)
        elif local == "textFill":
            if _unseen(element):
                raise Differs(f"część {part}: {_where(element)} nie ma wypełnienia, jest prawie przezroczysty "
                              "albo wypełniony jasnym kolorem, kolorem motywu lub gradientem (Efekty tekstowe → "
                              "Wypełnienie tekstu) – Word może go nie pokazać, a LibreOffice drukuje go w PDF kolorem "
                              "czcionki; ustaw „Wypełnienie pełne” ciemnym kolorem bez przezroczystości albo usuń ten tekst "
                              f"{_HINT}")
        elif local == "textOutline":
            if _covering(element):
                raise Differs(f"część {part}: {_where(element)} ma szeroki albo jasny kontur (Efekty tekstowe → Kontur "
                              "tekstu) – Word rysuje go na literach i może je zakryć, a LibreOffice w PDF go pomija; "
                              f"ustaw „Brak konturu” albo cienki ciemny kontur {_HINT}")
        elif etree.QName(element).namespace not in _WORD or _OFF & set(_values(element)):
            continue
        elif local == "bdo" and "rtl" in _values(element):
            raise Differs(f"część {part}: {_where(element)} ma wymuszony kierunek od prawej do lewej (w:bdo) – Word "
                          "pokazuje jego znaki wspak („100” jako „001”), a LibreOffice w PDF tak, jak są zapisane; "
                          "usuń ten tekst i wpisz go ponownie zwykłym akapitem")
        elif local == "fitText":
            raise Differs(f"część {part}: {_where(element)} ma dopasowaną szerokość (w:fitText, Układ azjatycki → "
                          "Dopasuj tekst) – Word ściska go albo rozciąga do zadanej szerokości, a LibreOffice w PDF "
                          f"drukuje go zwyczajnie; usuń to dopasowanie {_HINT}")
        elif local == "rtl":
            raise Differs(f"część {part}: {_where(element)} jest oznaczony jako tekst od prawej do lewej (w:rtl) – Word "
                          "bierze wtedy rozmiar, pogrubienie i czcionkę pisma złożonego, a LibreOffice w PDF zwykłe, "
                          f"więc tekst wygląda inaczej; polski tekst tego nie potrzebuje {_HINT}")
        elif local == "cs":
            raise Differs(f"część {part}: {_where(element)} jest oznaczony jako pismo złożone (w:cs, np. arabskie) – "
                          "Word bierze wtedy rozmiar, pogrubienie i czcionkę pisma złożonego, a LibreOffice w PDF "
                          f"zwykłe, więc tekst wygląda inaczej; polski tekst tego nie potrzebuje {_HINT}")
        elif local == "webHidden":  # left out on reading: this one was built while filling
            raise Differs(f"część {part}: {_where(element)} jest ukryty w widoku sieci Web (w:webHidden) – Word go "
                          "drukuje, a LibreOffice w PDF nie; wyłącz tę opcję (Czcionka → Ukryty w widoku sieci Web)")


def _check_font(part: str, fonts) -> None:
    """Differs when a run with text, a style or the document's defaults is set in a pictogram font (numbering's
    bullets and a paragraph mark's properties print no typed letters)."""
    font = next((value.strip() for key, value in fonts.attrib.items() if etree.QName(key).localname in _TEXT_FONTS
                 and value.strip().lower() in PICTOGRAM_FONTS), None)
    holder = fonts.getparent().getparent() if fonts.getparent() is not None else None
    if font is None or etree.QName(fonts).namespace not in _WORD or holder is None:
        return
    local = etree.QName(holder).localname
    if local == "r" and not "".join(t.text or "" for t in holder.iter("{*}t")).strip():
        return
    if local in ("r", "style", "rPrDefault"):
        raise pictogram(part, f"{_where(fonts)} jest napisany", font)


def pictogram(part: str, what: str, font: str) -> Differs:
    """The refusal of text drawn in a pictogram font (what: the text and how it gets the font)."""
    return Differs(f"część {part}: {what} czcionką symboli {font} – Word pokazuje jej piktogramy (np. ☐ i ☑), "
                   "a LibreOffice w PDF litery, którymi je wpisano („¨”, „þ”), więc z PDF nie widać np. zaznaczonej "
                   "odpowiedzi albo numeru punktu; usuń te znaki i wstaw symbole przez Wstawianie → Symbol (albo pole "
                   "wyboru: Deweloper → Formant zawartości pola wyboru), a styl, styl tabeli, numerację i motyw "
                   "(Projektowanie → Czcionki) ustaw na zwykłą czcionkę")


_THIN = 12700  # a text outline up to 1 pt (in EMU) does not cover 12-point letters


def _covering(outline) -> bool:
    """Whether a text outline (w14:textOutline, stroked by Word over the letters, ignored by LibreOffice) may cover
    them: any but no line, when wider than _THIN or not one plain dark colour."""
    if any(etree.QName(e).localname == "noFill" for e in outline):
        return False
    if not any(etree.QName(e).localname.endswith("Fill") for e in outline):
        return False  # no line drawn
    width = max((_number(v) for k, v in outline.attrib.items() if etree.QName(k).localname == "w"), default=0)
    fills = [e for e in outline if etree.QName(e).localname.endswith("Fill")]
    return width > _THIN or any(etree.QName(fill).localname != "solidFill" or not any(
        etree.QName(e).localname == "srgbClr" and _dark(_values(e)) for e in fill.iter()) for fill in fills)


def _unseen(fill) -> bool:
    """Text drawn with no fill, with a fill at least half transparent, or with any fill but one plain dark colour
    (LibreOffice ignores the fill and prints w:color: white, a theme's colour or a gradient in Word can be
    invisible there)."""
    if any(etree.QName(e).localname == "noFill" for e in fill.iter()):
        return True
    if any(etree.QName(e).localname == "alpha" and any(_number(v) >= _HALF for v in _values(e)) for e in fill.iter()):
        return True
    inner = [e for e in fill.iter() if e is not fill and isinstance(e.tag, str)]
    names = [etree.QName(e).localname for e in inner]
    return names != ["solidFill", "srgbClr"] or not _dark(_values(inner[1]))


def _dark(values: list[str]) -> bool:
    """Whether an RGB colour is dark enough to be read on white (relative luminance below 0.6)."""
    if not _hex(values):
        return False
    red, green, blue = (int(values[0][i:i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue < 0.6


def _number(text: str) -> int:
    digits = re.match(r"\s*(\d+)", text)
    return int(digits.group(1)) if digits else 0


def _values(element) -> list[str]:
    return [v.strip().lower() for k, v in element.attrib.items() if etree.QName(k).localname == "val"]


def _where(element) -> str:
    """The run („its text”), style („its name”) or the document's defaults the property stands in (w:bdo holds
    its runs)."""
    if etree.QName(element).localname == "bdo":
        text = "".join(t.text or "" for t in element.iter("{*}t"))
        return f"tekst „{_short(text)}”" if text.strip() else "fragment tekstu"
    for ancestor in element.iterancestors():
        local = etree.QName(ancestor).localname
        if local == "r":
            text = "".join(t.text or "" for t in ancestor.iter("{*}t"))
            return f"tekst „{_short(text)}”" if text.strip() else "fragment tekstu"
        if local == "style":
            names = [v for n in ancestor.iter("{*}name") for k, v in n.attrib.items()
                     if etree.QName(k).localname == "val"] or [
                v for k, v in ancestor.attrib.items() if etree.QName(k).localname == "styleId"]
            return f"tekst w stylu „{_short(names[0] if names else '')}”"
        if local == "pPr":
            return "znak końca akapitu"
        if local == "docDefaults":
            return "tekst w domyślnym formatowaniu dokumentu"
    return "tekst"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
