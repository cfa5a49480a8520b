"""Pages a template forces, on which LibreOffice draws every header's and footer's picture again.

A header or footer picture is weighed as on images.HEADER_PAGES pages, since a letter's length is known only
after conversion. Pages the template itself makes are known before: a paragraph with „page break before”
(its own or its style's), a page break, a section break starting a new page – 400 such paragraphs and a
5.8 Mpx footer logo took 110 s, 199 sections 94 s and 2.3 GB. They are counted in the template and again in
the filled letter (a page break in a loop).
"""

from __future__ import annotations

from lxml import etree

from pismo.polish import thousands
from pismo.render import images

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_OFF = {"0", "false", "off"}


def break_styles(styles) -> frozenset[str]:
    """Ids of the paragraph styles (styles: the styles part's tree or None) whose paragraphs start a page."""
    if styles is None:
        return frozenset()
    return frozenset(style.get(f"{{{W}}}styleId") or "" for style in styles.iter(f"{{{W}}}style")
                     if any(_on(flag) for flag in style.iterfind(f"{{{W}}}pPr/{{{W}}}pageBreakBefore")))


def forced(document, styles: frozenset[str]) -> int:
    """Pages a document's body starts at least (document: its tree or None): one, and one more for each paragraph
    breaking before it, page break and section break that is not continuous."""
    if document is None:
        return 1
    count = 1
    for element in document.iter(f"{{{W}}}p", f"{{{W}}}br", f"{{{W}}}sectPr"):
        local = etree.QName(element).localname
        if local == "p":
            count += _breaks_before(element, styles)
        elif local == "br":
            count += (element.get(f"{{{W}}}type") or "") == "page"
        elif element.getparent() is not None and etree.QName(element.getparent()).localname == "pPr":
            kind = element.find(f"{{{W}}}type")
            count += kind is None or (kind.get(f"{{{W}}}val") or "nextPage") != "continuous"
    return count


def _breaks_before(paragraph, styles: frozenset[str]) -> bool:
    properties = paragraph.find(f"{{{W}}}pPr")
    if properties is None:
        return False
    own = properties.find(f"{{{W}}}pageBreakBefore")
    if own is not None:
        return _on(own)
    style = properties.find(f"{{{W}}}pStyle")
    return style is not None and (style.get(f"{{{W}}}val") or "") in styles


def _on(flag) -> bool:
    return (flag.get(f"{{{W}}}val") or "true").lower() not in _OFF


def extra_pixels(header_pixels: int, pages: int) -> int:
    """Pixels the header and footer pictures (header_pixels: weighed as on images.HEADER_PAGES pages) add on the
    forced pages beyond those."""
    return header_pixels * max(0, pages - images.HEADER_PAGES) // images.HEADER_PAGES


def check(header_pixels: int, pages: int) -> None:
    """images.OverBudget when the header and footer pictures drawn on the forced pages are over the budget."""
    if pages > images.HEADER_PAGES and header_pixels * pages // images.HEADER_PAGES > images.MAX_TOTAL_PIXELS:
        raise images.OverBudget(
            f"obrazy w nagłówku lub stopce mają {thousands(header_pixels // images.HEADER_PAGES)} pikseli na stronę, "
            f"a LibreOffice rysuje je na każdej z {pages} stron, które szablon sam wymusza (akapity z „Podział "
            "strony przed”, podziały stron i sekcji, także powtarzane w pętli) – razem ponad "
            f"{images.MAX_TOTAL_PIXELS // 10**6} mln pikseli, co przy każdym piśmie trwa minuty; zmniejsz obraz w "
            "nagłówku lub stopce (zapisz jako PNG lub JPEG i wstaw ponownie) albo usuń zbędne podziały stron")
