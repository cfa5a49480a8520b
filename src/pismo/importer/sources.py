"""Reading a plan from a text file or a Word document into Lines.

Text files are UTF-8 (with or without BOM), UTF-16 or UTF-32 (Notepad's
"Unicode"), or, failing that, Windows-1250 as older Polish Notepad files are. Word documents are read paragraph by paragraph
in body order, tables included; list paragraphs (w:numPr on the paragraph or
its style) get the bullet or number Word would show.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from pismo.files.read import REMOVE_PASSWORD, Unreadable, old_word, password_protected, read_limited
from pismo.polish import count, some_of
from pismo.importer.boxes import answer_columns, marked_cells, typed_mark_rows
from pismo.importer.lines import (CONTROL, Line, cell_text, clean, join_continued_rows, quoted, rejoin_broken_lines,
                                  rejoin_broken_words, split_marker, text_line, typed_line)
from pismo.importer.objects import DIAGRAM, TooMuchText, replace_objects
from pismo.importer.raised import rewrite_raised
from pismo.importer.symbols import DECLARED, SYMBOL_FONTS, UNICODE_FONTS, symbol_table, symbol_text

MAX_BYTES = 10 * 1024 * 1024
MAX_NOTES_LISTED, MAX_NOTE_SHOWN = 10, 200  # footnotes named in the warning, characters of each: a file may hold
# thousands (100 000 made a warning of 1.7 MB, written into the case file too)
MAX_LINES = 20_000  # lines of text: a plan has some hundreds, a page of a komisariat's plans some thousands
MAX_PART_UNPACKED = 10 * 1024 * 1024  # one part of a .docx, unpacked (a plan's text is some hundred kilobytes)
MAX_UNPACKED = 40 * 1024 * 1024  # all its parts, unpacked (pictures are stored packed already)
# XML elements and attributes in all its parts, counted as "<" and "=": memory goes by nodes, not bytes
# (python-docx parses every part at opening; 40 MB of "<p/>" took 1.2 GB, 3 M attributes 1 GB). Word writes some
# 40 bytes a tag: 10 MB of text ≈ 250 000 tags and as many attributes.
MAX_XML_TAGS = 1_000_000
SUFFIXES = (".txt", ".docx")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
# Word's own limits: nine list levels, list numbers up to 32767. Numbers a file declares are held to them,
# and a level's text ("%1.%2.") to far more than any list shows (a text of thousands of "%1" made every
# numbered paragraph cost a fraction of a second and kept a marker of megabytes).
MAX_LEVEL, MAX_START, MAX_LEVEL_TEXT = 8, 32767, 64
MAX_STYLE_CHAIN = 64  # styles a paragraph's style may be based on, one on another (Word's own chains are short)


class SourceError(Exception):
    """The source cannot be read or holds no plan; the message is for the user."""


def read_source(path: Path) -> tuple[list[Line], list[str]]:
    """(lines, warnings) of a .txt or .docx file; refused when it has more lines than any plan."""
    lines, warnings = _read_source(path)
    if len(lines) > MAX_LINES:
        raise too_many_lines(len(lines))
    return lines, warnings


def too_many_lines(lines: int | None = None) -> SourceError:
    """More lines than any plan (None: more, not counted to the end): refused while reading – 10 MB of empty
    lines took minutes and 1.8 GB as Lines."""
    return SourceError(f"plik ma {lines or f'ponad {MAX_LINES}'} wierszy tekstu – plan działania "
                       f"ma ich najwyżej kilka tysięcy (limit {MAX_LINES}); to nie wygląda na plan – sprawdź, czy to "
                       "właściwy plik, albo skopiuj do osobnego pliku .txt tylko tekst planu")


_BREAKS = ("\n", "\r", "\v", "\f", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029")  # str.splitlines's


def _line_count(text: str) -> int:
    """How many lines text.splitlines() makes, counted without making them."""
    breaks = sum(map(text.count, _BREAKS)) - text.count("\r\n")
    return breaks + (bool(text) and not text.endswith(_BREAKS))


def _read_source(path: Path) -> tuple[list[Line], list[str]]:
    path = Path(path)
    if path.is_dir():
        raise SourceError("to jest folder, a nie plik")
    suffix = path.suffix.lower()
    known = suffix in SUFFIXES + (".yaml", ".yml")
    try:
        raw = read_limited(path, MAX_BYTES)
    except Unreadable as exc:
        if not known:
            raise SourceError(_OTHER_KIND) from None
        raise SourceError(str(exc)) from None
    if len(raw) > MAX_BYTES:
        raise SourceError(f"plik jest zbyt duży (ponad {MAX_BYTES // (1024 * 1024)} MB)")
    if suffix != ".docx" and (raw.startswith(PACKAGES) or _rtf(raw)):
        suffix = ".docx"  # a Word package, a PDF, a .doc, an .odt, an RTF under any name: read, or told, by what it is
    elif _markup(raw):
        raise SourceError(_markup(raw))  # a web page or Word 2003 XML under any name: told by what it is
    elif suffix == ".doc":
        raise SourceError("stary format Word (.doc) nie jest obsługiwany – zapisz dokument jako .docx "
                          "(Word: Plik → Zapisz jako → Dokument programu Word) i zaimportuj go ponownie")
    elif not known:
        raise SourceError(_OTHER_KIND)
    if suffix in (".yaml", ".yml"):
        _refuse_case_file(decode_text(raw)[0])
        raise SourceError("nieobsługiwany rodzaj pliku – podaj tekst planu (.txt) albo dokument Word (.docx)")
    if suffix == ".txt":
        checks: dict[int, str] = {}
        text, warnings = decode_text(raw, checks)
        _refuse_case_file(text)
        if len(_HTML_TAG.findall(text, 0, 200_000)) >= 3:
            raise SourceError("to jest kod strony internetowej (HTML), a nie jej tekst – otwórz stronę w "
                              "przeglądarce, zaznacz tekst planu, skopiuj go do Notatnika, zapisz jako .txt i "
                              "zaimportuj ten plik")
        if _line_count(text) > MAX_LINES:
            raise too_many_lines(_line_count(text))
        text = unicodedata.normalize("NFC", text)  # decomposed letters (macOS, some PDFs) as the patterns spell them
        raw_lines, joined = rejoin_broken_words(_marks_as_boxes(text.splitlines()))  # a row's last tab kept
        lines = [text_line(line, n) for n, line in enumerate(raw_lines, 1)]
        for number, note in checks.items():  # as numbered before broken words were joined: rarely both
            if number <= len(lines):
                lines[number - 1] = replace(lines[number - 1], note=note)
        return join_continued_rows(raw_lines, lines), warnings + _rejoined_warning(joined)
    lines, warnings = read_docx(raw)
    return lines, warnings + _footnotes(raw)


def _marks_as_boxes(raw_lines: list[str]) -> list[str]:
    """Tab-separated lines with the marks typed in a form's answer columns as boxes (boxes.typed_mark_rows)."""
    rows = typed_mark_rows([line.split("\t") if "\t" in line else None for line in raw_lines])
    return [line if cells is None else "\t".join(cells) for line, cells in zip(raw_lines, rows)]


def _rejoined_warning(joined: int) -> list[str]:
    if not joined:
        return []
    words = count(joined, 'wyraz podzielony', 'wyrazy podzielone', 'wyrazów podzielonych')
    return [f"połączono {words} na końcu wiersza (tekst skopiowany z PDF?) – sprawdź pisownię w wyniku"]


PACKAGES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08", b"%PDF", b"\xd0\xcf\x11\xe0")  # zips (an empty one
# too), PDF, OLE: what a .docx is mistaken for
_CASE_KEYS = re.compile(r"^(jednostka|osoby|rejon|okres|zagrozenie|cel|dzialania|partnerzy|informowanie|wnioski"
                        r"|spotkania):[ \t]*(?:#[^\n]*)?$", re.M)


_OTHER_KIND = "nieobsługiwany rodzaj pliku – podaj tekst planu (.txt) albo dokument Word (.docx)"


_WORD_XML = ("otwórz go w Wordzie i zapisz jako dokument Word (Plik → Zapisz jako → Dokument programu Word (*.docx)), "
             "a potem zaimportuj ten plik")


def _markup(raw: bytes) -> str | None:
    """What a file of markup is (_markup_kind), told for the import; None for any other file."""
    return _MARKUP.get(_markup_kind(raw))


_MARKUP = {
    "word-xml": f"to jest dokument Word w starym formacie XML (Word 2003), a nie .docx ani zwykły tekst – {_WORD_XML}",
    "xml": ("to jest plik XML, a nie tekst planu ani dokument Word (.docx) – otwórz plan w programie, w którym go "
            "napisano, i zapisz jako dokument Word (.docx) albo tekst (.txt)"),
    "html": ("to jest kod strony internetowej (HTML), a nie dokument Word (.docx) ani tekst planu – otwórz go w "
             "Wordzie i zapisz jako dokument Word (.docx) albo otwórz stronę w przeglądarce, skopiuj tekst planu do "
             "Notatnika i zapisz jako .txt; potem zaimportuj ten plik"),
}


def _markup_kind(raw: bytes) -> str | None:
    """Which markup a file is, told by its start: Word 2003 XML („Dokument XML programu Word”), other XML, or a
    web page that many systems export as „Word” (.doc); None for any other file."""
    start = _start_bytes(raw[:4096]).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith(b"<?xml") and (b"word.document" in start or b"<w:worddocument" in start):
        return "word-xml"
    if start.startswith(b"<?xml"):
        return "xml"
    if start.startswith((b"<!doctype html", b"<html")):
        return "html"
    return None


def kind_of(raw: bytes) -> str | None:
    """What a file that is meant to be a Word document is instead, by its bytes – one rule for the import and for
    `pismo pdf` (rev-sys10 #10): "empty", "empty-zip", "rtf", "pdf", "password", "old-word", "odt", "word-xml",
    "xml", "html"; None for anything else (a Word package, a damaged file, plain text)."""
    if not raw.strip():
        return "empty"
    if raw.startswith(b"PK\x05\x06"):
        return "empty-zip"
    if _rtf(raw):
        return "rtf"
    if raw.startswith(b"%PDF"):
        return "pdf"
    if password_protected(raw):
        return "password"
    if old_word(raw):
        return "old-word"
    if raw.startswith(b"PK") and raw[30:38] == b"mimetype" and b"opendocument" in raw[38:120]:
        return "odt"
    return _markup_kind(raw)


_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
              (b"\xfe\xff", "utf-16"))  # the codec takes its mark off


def _start_bytes(start: bytes) -> bytes:
    """A file's first bytes as UTF-8 when it is written in UTF-16 or UTF-32 (with a BOM, or UTF-16 told by its
    zero bytes), so its markup is told as in UTF-8: Word 2003 XML saved in UTF-16 was imported with its tags."""
    codec = next((codec for bom, codec in _WIDE_BOMS if start.startswith(bom)), None)
    codec = codec or (_utf16_without_bom(start[:len(start) // 2 * 2]) if start else None)
    return start.decode(codec, "ignore").encode("utf-8") if codec else start


def _rtf(raw: bytes) -> bool:
    """An RTF document (WordPad, Word's „Tekst sformatowany”), whatever its name: its code is no plan's text – also
    after a UTF-8 byte-order mark, which some editors write and Word reads past (rev-pdf11 #2)."""
    return raw[:64].removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{\\rtf")


def _refuse_case_file(text: str) -> None:
    """A pismo case file given as a plan (a colleague's case, uploaded to „Importuj plan”): its YAML was read as
    two half-empty plans. Told by the case file's own sections at the line's start, three or more."""
    if len(set(_CASE_KEYS.findall(text, 0, 200_000))) >= 3:
        raise SourceError("to już jest plik sprawy pisma (YAML), a nie plan do importu – nie trzeba go importować: "
                          "skopiuj go do folderu spraw (tego, z którym uruchomiono „pismo serwer” – strona "
                          "pokaże go na liście spraw) i sprawdź poleceniem „pismo sprawdz”")


_HTML_TAG = re.compile(r"<(?:!doctype\s+html|/?(?:html|head|body|p|div|br|li|ul|ol|h[1-6]|span|table|td|tr)\b)[^<>]{0,300}>",
                       re.I)
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\xfe\xff", "utf-16-be"))


def decode_text(raw: bytes, checks: dict | None = None) -> tuple[str, list[str]]:
    """Text of a .txt file; Windows-1250 is accepted with a warning. checks gets the numbers of lines to check
    (a line in another encoding than the file's) → what to check in each."""
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_utf16(raw[len(bom):], codec), []
    if b"\x00" in raw:
        wide = _utf32_without_bom(raw) or _utf16_without_bom(raw)
        if wide:
            name = wide.upper().replace("-LE", " LE").replace("-BE", " BE")
            return _decode_utf16(raw, wide), [f"plik był zapisany w {name} bez znacznika BOM – odczytano go w tym "
                                              "kodowaniu; sprawdź polskie znaki w wyniku"]
        raise SourceError("to nie jest plik tekstowy (zawiera bajty zerowe) – podaj tekst planu (.txt) "
                          "albo dokument .docx")
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # an editor's UTF-8 mark before a file it did not convert: no text,
    damaged = _damaged_utf8(raw, checks)  # and no sign of UTF-8 either
    if damaged:
        return damaged
    codec, name = ("iso-8859-2", "ISO-8859-2 (Latin-2)") if _latin2(raw) else ("cp1250", "Windows-1250")
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        raise SourceError("nieznane kodowanie znaków – zapisz plik jako UTF-8 "
                          "(Notatnik: Zapisz jako → Kodowanie: UTF-8)") from None
    return text, [f"plik nie był zapisany w UTF-8 – odczytano go jako {name}; sprawdź polskie znaki w wyniku"]


_UTF8_LETTER = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_STRAY = re.compile("[\udc80-\udcff]")


def _damaged_utf8(raw: bytes, checks: dict | None = None) -> tuple[str, list[str]] | None:
    """A UTF-8 file with a few bytes that are no character: read as UTF-8. A line whose stray bytes are all
    Polish letters of Windows-1250 (ISO-8859-2) – a paragraph pasted from an old file – is read in that encoding;
    in any other the bytes are shown as � (a file cut short, one stray byte), not the whole file read as
    Windows-1250. checks gets each such line's number → what to check in it. A file is UTF-8 when most of its
    bytes above ASCII form UTF-8 letters (in Windows-1250 Polish text they almost never do)."""
    letters = _UTF8_LETTER.findall(raw)
    high = len(_HIGH_BYTE.findall(raw))
    bad = high - sum(map(len, letters))
    if not letters or bad * 4 > high:
        return None
    lines = raw.decode("utf-8-sig", "surrogateescape").splitlines(keepends=True)
    # numbered as the import splits lines (CR alone, U+2028… end a line too), in one pass
    damaged, recoded = [], {}
    for number, line in enumerate(lines, 1):
        if _STRAY.search(line):
            old = _old_encoding(line.encode("utf-8", "surrogateescape")) or _old_runs(line)
            if old:
                lines[number - 1], recoded[number] = old
            else:
                damaged.append(number)
                lines[number - 1] = re.sub("[\udc80-\udcff]+", "\ufffd", line)
    if checks is not None:
        checks.update({n: f"wiersz odczytano jako {name} (reszta pliku jest w UTF-8) – sprawdź polskie znaki"
                       for n, name in recoded.items()})
        checks.update(dict.fromkeys(damaged, "w wierszu były bajty, które nie są znakiem – zastąpiono je znakiem "
                                             "„�”; popraw ten tekst"))
    warnings = []
    if recoded:
        one = len(recoded) == 1
        warnings.append(f"plik jest w UTF-8, ale {_numbered(list(recoded))} {'jest' if one else 'są'} w innym "
                        f"kodowaniu ({', '.join(sorted(set(recoded.values())))} – "
                        f"{'wklejony' if one else 'wklejone'} ze starego pliku?) – odczytano {'go' if one else 'je'} "
                        "w tym kodowaniu; sprawdź polskie znaki w tych miejscach wyniku")
    if damaged:
        warnings.append(f"plik jest w UTF-8, ale w {'wierszu' if len(damaged) == 1 else 'wierszach'} "
                        f"{_listed_numbers(damaged)} są bajty, które nie są znakiem (plik uszkodzony albo urwany) "
                        "– zastąpiono je znakiem „�”; popraw te miejsca w wyniku")
    return "".join(lines), warnings


def _listed_numbers(numbers: list[int]) -> str:
    return some_of(map(str, numbers), 10)


def _numbered(numbers: list[int]) -> str:
    """"wiersz 7" / "wiersze 7, 9" as the subject of a sentence."""
    return f"{'wiersz' if len(numbers) == 1 else 'wiersze'} {_listed_numbers(numbers)}"


_OLD_LETTERS = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”–")  # what a Polish paragraph's bytes above ASCII are in Windows-1250


def _old_encoding(line: bytes) -> tuple[str, str] | None:
    """(text, encoding's name) of a line in Windows-1250 or ISO-8859-2 inside a UTF-8 file: no UTF-8 letter in
    it, and every byte above ASCII a Polish letter (or „ ” –) in that encoding; None for anything else."""
    if _UTF8_LETTER.search(line):
        return None
    codec, name = ("iso-8859-2", "ISO-8859-2 (Latin-2)") if _latin2(line) else ("cp1250", "Windows-1250")
    try:
        text = line.decode(codec)
    except UnicodeDecodeError:
        return None
    return (text, name) if all(char in _OLD_LETTERS for char in text if ord(char) > 0x7F) else None


_STRAY_RUN = re.compile("[\udc80-\udcff]+")


def _old_runs(line: str) -> tuple[str, str] | None:
    """(text, encoding's name) of a UTF-8 line with a word in Windows-1250 or ISO-8859-2 ("w Łęcznej" pasted into
    a line of UTF-8 letters): each run of stray bytes read in that encoding when all of them are Polish letters
    (or „ ” –) there; None for anything else."""
    runs = [match.group().encode("utf-8", "surrogateescape") for match in _STRAY_RUN.finditer(line)]
    codec, name = ("iso-8859-2", "ISO-8859-2 (Latin-2)") if _latin2(b"".join(runs)) else ("cp1250", "Windows-1250")
    try:
        texts = [run.decode(codec) for run in runs]
    except UnicodeDecodeError:
        return None
    if not all(char in _OLD_LETTERS for text in texts for char in text):
        return None
    pieces = iter(texts)
    return _STRAY_RUN.sub(lambda _match: next(pieces), line), name


def _latin2(raw: bytes) -> bool:
    """ISO-8859-2 rather than Windows-1250: the letters ą ś ź Ą Ś Ź have other codes in each (B1 B6 BC A1 A6 AC
    against B9 9C 9F A5 8C 8F), and in the other encoding those codes are signs no Polish text uses."""
    latin2 = sum(raw.count(byte) for byte in b"\xb1\xb6\xbc\xa1\xa6\xac")
    cp1250 = sum(raw.count(byte) for byte in b"\xb9\x9c\x9f\xa5\x8c\x8f")
    return latin2 > cp1250


def _utf32_without_bom(raw: bytes) -> str | None:
    """"utf-32-le"/"utf-32-be" when every character's two high bytes are zero, as in UTF-32 text of Latin and
    Polish letters (three zero bytes in four for ASCII), else None."""
    if len(raw) % 4:
        return None
    for codec, high, low in (("utf-32-le", (2, 3), 0), ("utf-32-be", (0, 1), 3)):
        if raw[low::4].strip(b"\x00") and not raw[high[0]::4].strip(b"\x00") and not raw[high[1]::4].strip(b"\x00"):
            return codec
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the zero bytes fall where UTF-16 puts them for Latin text, else None
    (a damaged character may put a stray zero on the other side)."""
    even, odd = raw[0::2], raw[1::2]
    for codec, zeros, letters in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if zeros.count(0) >= 0.6 * len(zeros) and letters.count(0) <= len(letters) // 100:
            return codec
    return None


def _decode_utf16(raw: bytes, codec: str) -> str:
    """UTF-16 (or UTF-32) text; a damaged file (half a character, a lone surrogate) is refused with the line
    it is in."""
    try:
        return raw.decode(codec)
    except UnicodeDecodeError as exc:
        name = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
        width = 4 if "32" in codec else 2
        line = raw[:exc.start - exc.start % width].decode(codec, "replace").count("\n") + 1
        if exc.reason == "truncated data":
            what = "ma niepełny ostatni znak (plik urwany?)"
        else:
            what = f"ma w wierszu {line} bajty, które nie są znakiem"
        raise SourceError(f"plik zapisany w {name} {what} – otwórz go w Notatniku, popraw ten fragment i zapisz "
                          "jako UTF-8 (Plik → Zapisz jako → Kodowanie: UTF-8)") from None


# ------------------------------------------------------------------------------------------------- Word

def read_docx(raw: bytes) -> tuple[list[Line], list[str]]:
    """(lines, warnings) of a Word document; any damage to the package is the user's message, never a
    traceback. Text Word neither shows nor prints (hidden text, an embedded file) is named in a warning."""
    import io

    import docx

    _refuse_other_format(raw)
    _refuse_bomb(raw)
    opened = False
    try:
        document = docx.Document(io.BytesIO(raw))
        numbering = _Numbering(document)
        opened = True
        hidden = _drop_hidden(document.element.body, numbering.styles)
        filled = _drop_placeholders(document.element.body, numbering.styles, _prompts(document))
        contents = _drop_contents(document.element.body, numbering.styles)
        _legacy_check_boxes(document.element.body)
        _style_symbol_fonts(document.element.body, numbering.styles)
        _join_drop_caps(document.element.body)
        _join_deleted_marks(document.element.body)
        _drop_deleted_rows(document.element.body)
        declared = _declared_symbol_fonts(document)
        _raised(document, numbering.styles)
        related = document.part.related_parts
        objects = replace_objects(document.element.body, lambda rid: related[rid].blob if rid in related else None)
        struck = _struck(document.element.body, numbering.styles)
        header = _header_text(document)
        lines: list[Line] = []
        copies = _Copies()
        embedded = sum(1 for _ in document.element.body.iter(_W + "altChunk"))  # wherever it stands: a cell too
        for element in _blocks(document.element.body):
            if element.tag == _W + "p":
                lines += _paragraph_lines(element, numbering, len(lines) + 1, copies=copies)
            elif element.tag == _W + "tbl":
                lines += _table_lines(element, numbering, len(lines) + 1, copies)
            if len(lines) > MAX_LINES:
                raise too_many_lines()
    except SourceError:
        raise
    except TooMuchText as exc:
        raise SourceError(str(exc)) from None
    except Exception:  # python-docx and lxml raise many kinds for damaged packages: the package says which
        raise SourceError(f"nie można odczytać dokumentu Word – {_damage(raw, opened)}") from None
    lines, joined = rejoin_broken_lines(lines)  # a PDF's text pasted into Word, as into a text file
    if (not any(line.text or line.cells for line in lines) and not objects and not any(map(clean, hidden + filled))
            and _pictures(document.element.body)):  # no text at all, hidden or not: a scan
        raise SourceError("dokument nie zawiera tekstu, tylko obrazy (skan?) – import czyta tekst planu; przepisz "
                          "plan albo rozpoznaj jego tekst programem OCR, zapisz jako .docx lub .txt i zaimportuj ten "
                          "plik")
    return lines, (_hidden_warning(hidden) + _placeholder_warning(filled) + _contents_warning(contents)
                   + _struck_warning(struck) + _header_warning(header) + _embedded_warning(embedded)
                   + _objects_warning(objects) + _floating_warning(lines) + _rejoined_warning(joined)
                   + _declared_warning(declared))


def _floating_warning(lines: list[Line]) -> list[str]:
    warnings = []
    for note, what in ((FLOATING_NOTE, "pola tekstowe, które Word pokazuje obok akapitu, a nie w jego tekście"),
                       (DIAGRAM_NOTE, "diagramy SmartArt wstawione w zdanie")):
        found: list[list[str]] = []  # a box's lines, those that follow one another quoted together
        for at, line in enumerate(lines):
            if line.note == note:
                if at and lines[at - 1].note == note:
                    found[-1].append(line.text)
                else:
                    found.append([line.text])
        if found:
            warnings.append(f"dokument ma {what}: {_listed([' / '.join(box) for box in found])} – wczytano je jako "
                            "osobne akapity przed akapitem, w którym są zakotwiczone; sprawdź, czy to ich miejsce")
    return warnings


def _pictures(body) -> bool:
    return next(body.iter(_W + "drawing", _W + "pict"), None) is not None


def _objects_warning(objects: list[str]) -> list[str]:
    if not objects:
        return []
    counted = Counter(objects)
    listed = ", ".join(what if times == 1 else f"{times} × {what}" for what, times in counted.items())
    if len(objects) == 1:
        return [f"dokument zawiera obiekt, którego treści import nie odczytuje: {listed} – Word go pokazuje i "
                "drukuje; przepisz jego treść z dokumentu do pliku sprawy"]
    return [f"dokument zawiera obiekty, których treści import nie odczytuje: {listed} – Word je pokazuje i drukuje; "
            "przepisz ich treść z dokumentu do pliku sprawy"]


def _listed(found: list[str]) -> str:
    """Texts left out of the plan, quoted for a warning: the first MAX_NOTES_LISTED, each cut to MAX_NOTE_SHOWN."""
    listed = "; ".join(quoted(text, MAX_NOTE_SHOWN) for text in found[:MAX_NOTES_LISTED])
    if len(found) > MAX_NOTES_LISTED:
        listed += f" (wymieniono pierwsze {MAX_NOTES_LISTED} z {len(found)})"
    return listed


def _hidden_warning(hidden: list[str]) -> list[str]:
    found = [text for text in (clean(text) for text in hidden) if text]
    if not found:
        return []
    listed = _listed(found)
    return [f"dokument ma tekst ukryty (Czcionka → Ukryty), którego Word nie drukuje – nie wstawiono go do planu: "
            f"{listed}; jeśli należy do planu, wpisz go we właściwe miejsce"]


def _placeholder_warning(filled: list[str]) -> list[str]:
    found = [text for text in (clean(text) for text in filled) if text]
    if not found:
        return []
    return [f"dokument ma pola formularza oznaczone jako nieuzupełnione, a jednak z tekstem, który Word pokazuje – "
            f"nie wstawiono go do planu: {_listed(found)}; jeśli należy do planu, wpisz go we właściwe miejsce"]


def _contents_warning(entries: list[str]) -> list[str]:
    found = [text for text in (clean(text) for text in entries) if text]
    if not found:
        return []
    return [f"dokument ma spis treści – pominięto go, bo tylko powtarza nagłówki planu: {_listed(found)}; jeśli coś "
            "z tego należy do planu, wpisz to we właściwe miejsce"]


def _header_text(document) -> list[str]:
    """The text of the first page's header (Word prints it; a unit's letterhead or the plan's title lines may stand
    there), paragraph by paragraph."""
    try:  # a damaged header loses only this warning: the plan's text was read
        section = document.sections[0] if len(document.sections) else None
        if section is None:
            return []
        header = section.first_page_header if section.different_first_page_header_footer else section.header
        if header.is_linked_to_previous:
            return []
        return [_text(p) for p in _paragraphs(header._element)]
    except Exception:
        return []


def _header_warning(header: list[str]) -> list[str]:
    found = [text for text in (clean(text) for text in header) if text]
    if not found:
        return []
    return [f"nagłówek strony dokumentu ma tekst, którego nie wstawiono do planu: {_listed(found)}; jeśli to tytuł "
            "planu, rejon, jednostka albo okres, wpisz je w pliku sprawy"]


def _struck_warning(struck: list[str]) -> list[str]:
    found = [text for text in (clean(text) for text in struck) if text]
    if not found:
        return []
    return [f"dokument ma tekst przekreślony (Czcionka → Przekreślenie) – wstawiono go do planu tak, jak Word go "
            f"pokazuje: {_listed(found)}; jeśli jest nieaktualny, usuń go z pliku sprawy"]


def _struck(body, styles: dict) -> list[str]:
    """Texts struck through (w:strike, w:dstrike, directly or by a character style): Word shows them crossed out,
    often an item cancelled by hand – read, but named in a warning, never taken silently as plan text."""
    by_style: dict = {}
    texts: list[list[str]] = []  # each passage's runs, joined once: `+=` copied the passage at every run (80 000
    last = None  # struck runs in one paragraph: 20 s)
    for run in body.iter(_W + "r"):
        rpr = run.find(_W + "rPr")
        found = None
        for tag in (_W + "strike", _W + "dstrike"):
            found = found or (_toggle(rpr.find(tag)) if rpr is not None else None)
        style_id = _value(rpr, _W + "rStyle") if rpr is not None else None
        if found is None and style_id:
            if style_id not in by_style:
                by_style[style_id] = any(_toggle(_style_property(styles, style_id, f"{_W}rPr/{tag}"))
                                         for tag in (_W + "strike", _W + "dstrike"))
            found = by_style[style_id]
        # the run's own text, built only when struck: a text box in it has runs of its own (each of 40 nested
        # boxes re-read every box inside it: over 120 s)
        text = "".join(t.text or "" for t in run.findall(_W + "t")) if found else ""
        if text:
            if last is not None and run.getprevious() is last:
                texts[-1].append(text)  # one passage over several runs
            else:
                texts.append([text])
            last = run
    return ["".join(passage) for passage in texts]


def _embedded_warning(embedded: int) -> list[str]:
    if not embedded:
        return []
    files = count(embedded, "wstawiony plik", "wstawione pliki", "wstawionych plików")
    return [f"dokument zawiera {files} (np. tekst wstawiony z pliku .htm), których tekstu nie odczytano – otwórz "
            "dokument w Wordzie, zapisz go ponownie (Plik → Zapisz jako → Dokument programu Word) i zaimportuj "
            "ponownie, a potem sprawdź wynik"]


_RESAVE = ("otwórz go w Wordzie i zapisz ponownie jako .docx (Plik → Zapisz jako → Dokument programu Word), "
           "a gdy Word go nie otworzy, skopiuj tekst planu do pliku .txt i zaimportuj ten plik")


def _refuse_other_format(raw: bytes) -> None:
    """A file that is not a Word package at all, told by its first bytes (kind_of): what it is and what to do."""
    told = _OTHER_FORMATS.get(kind_of(raw))
    if told:
        raise SourceError(told)


_OTHER_FORMATS = {
    "empty": "plik jest pusty – to nie jest dokument Word; wskaż właściwy plik planu",
    "empty-zip": ("plik jest pustym archiwum ZIP, bez treści dokumentu (tak bywa po nieudanym zapisie) – to nie jest "
                  "dokument Word; zapisz plan w Wordzie ponownie (Plik → Zapisz jako → Dokument programu Word) i "
                  "zaimportuj ten plik"),
    "rtf": ("to jest dokument RTF (WordPad, „Tekst sformatowany”), a nie dokument Word (.docx) ani zwykły tekst – "
            "otwórz go w Wordzie albo WordPadzie, zapisz jako dokument Word (.docx) i zaimportuj ten plik"),
    "pdf": ("to jest plik PDF, a nie dokument Word (.docx) ani tekst – otwórz go, skopiuj tekst planu do pliku .txt "
            "i zaimportuj ten plik"),
    "password": (f"dokument jest zabezpieczony hasłem, więc nie da się go odczytać – {REMOVE_PASSWORD} i zaimportuj "
                 "go ponownie"),
    "old-word": ("to jest stary dokument Word (.doc), a nie .docx – otwórz go w Wordzie i zapisz jako .docx (Plik → "
                 "Zapisz jako → Dokument programu Word)"),
    "odt": ("to jest dokument OpenDocument (LibreOffice, .odt), a nie Word (.docx) – zapisz go jako dokument Word "
            "(Plik → Zapisz jako → Word 2007–365 .docx) i zaimportuj ponownie"),
}


def _damage(raw: bytes, opened: bool = False) -> str:
    """What is wrong with a package python-docx could not read, naming the part; asked only after it failed. A
    sound package python-docx opened (opened) that the import then failed on is the program's fault, never told
    as a damaged file."""
    import io
    import zipfile

    from lxml import etree

    from pismo.render.package import safe_parser

    unreadable = _unreadable()
    try:
        package = zipfile.ZipFile(io.BytesIO(raw))
    except unreadable:
        return f"to nie jest dokument Word (.docx) albo plik jest urwany (nie daje się rozpakować) – {_RESAVE}"
    with package:
        names = set(package.namelist())
        for required in ("[Content_Types].xml", "_rels/.rels"):
            if required not in names:
                return f"w dokumencie Word brak części {required} (spisu jego zawartości) – {_RESAVE}"
        for info in package.infolist():
            try:
                data = package.read(info)
                if info.filename.endswith((".xml", ".rels")):
                    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
                        return _declarations(info.filename)
                    etree.fromstring(data, safe_parser())
            except unreadable:
                return f"część {_part(info.filename)} dokumentu Word jest uszkodzona (nie daje się rozpakować) – {_RESAVE}"
            except etree.XMLSyntaxError:
                return f"część {_part(info.filename)} dokumentu Word nie jest poprawnym plikiem XML – {_RESAVE}"
        if "word/document.xml" not in names:
            return f"w dokumencie Word brak części word/document.xml (treści dokumentu) – {_RESAVE}"
        if b"purl.oclc.org/ooxml/" in package.read("word/document.xml")[:4096]:
            return ("dokument zapisano w formacie „Strict Open XML”, którego import nie czyta – otwórz go w Wordzie "
                    "i zapisz jako zwykły dokument (Plik → Zapisz jako → Dokument programu Word (*.docx)), a potem "
                    "zaimportuj ponownie")
        kind = _main_kind(package.read("[Content_Types].xml"))
        if kind:
            return kind
    if opened:
        return ("plik jest poprawny, ale import nie poradził sobie z jego budową (to błąd programu, nie pliku) – "
                "skopiuj tekst planu do pliku .txt i zaimportuj ten plik, a dokument przekaż autorom programu")
    return f"plik jest uszkodzony – {_RESAVE}"


def _main_kind(types: bytes) -> str | None:
    """A Word package of another kind than a document, told by its main part's content type (whatever its name):
    python-docx reads documents only."""
    if b"ms-word.template.macroEnabled" in types or b"wordprocessingml.template" in types:
        return ("to jest szablon Worda (.dotx, .dotm), a nie dokument – otwórz go w Wordzie, zapisz jako dokument "
                "(Plik → Zapisz jako → Dokument programu Word (*.docx)) i zaimportuj ten plik")
    if b"ms-word.document.macroEnabled" in types:
        return ("to jest dokument Worda z makrami (.docm) – otwórz go w Wordzie, zapisz jako zwykły dokument "
                "(Plik → Zapisz jako → Dokument programu Word (*.docx)) i zaimportuj ten plik; makr import nie "
                "potrzebuje")
    return None


def _part(name: str) -> str:
    """A part's name as the file gives it, safe to print: control characters (a terminal's escape sequences) as
    �, cut to 80 characters."""
    name = CONTROL.sub("\ufffd", name)
    return name if len(name) <= 80 else name[:79] + "…"


def _unreadable() -> tuple[type[BaseException], ...]:
    """What reading one part of a damaged package raises: a broken zip, damaged deflate data, an unknown
    compression method, the "encrypted" flag, a size that does not add up."""
    import zipfile
    import zlib

    return (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, zlib.error, NotImplementedError,
            RuntimeError, ValueError, KeyError)


def _refuse_bomb(raw: bytes) -> None:
    """A package whose parts unpack to far more than any plan (a zip bomb: 40 kB of file, gigabytes of
    paragraphs) is refused before python-docx unpacks and parses it; the sizes unpacked are counted, not
    the ones the zip declares. A package that cannot be read is left to python-docx to refuse."""
    import io
    import zipfile

    from pismo.render.template_package import read_bounded

    unreadable = _unreadable()
    total = tags = 0
    largest = (0, "")
    try:
        package = zipfile.ZipFile(io.BytesIO(raw))
    except unreadable:
        return
    names: set[str] = set()
    with package:
        for info in package.infolist():
            _refuse_twice(info.filename, names)
            try:  # one broken part (that python-docx may never read) does not end the count of the others
                with package.open(info) as stream:
                    part = read_bounded(stream, min(MAX_PART_UNPACKED, MAX_UNPACKED - total))
            except unreadable:
                continue
            if part is None:
                raise SourceError(f"dokument Word po rozpakowaniu byłby zbyt duży (część {_part(info.filename)} ponad "
                                  f"{MAX_PART_UNPACKED // 2**20} MB albo wszystkie części ponad "
                                  f"{MAX_UNPACKED // 2**20} MB) – to nie jest zwykły dokument (może to być tzw. "
                                  "bomba zip); zapisz plan w Wordzie ponownie albo skopiuj jego tekst do pliku .txt")
            total += len(part)
            if info.filename.endswith((".xml", ".rels")) and (b"<!DOCTYPE" in part or b"<!ENTITY" in part):
                raise SourceError(_declarations(info.filename))  # wherever it stands, before anything parses it
            own = part.count(b"<") + part.count(b"=")  # every part: python-docx parses by content type, not name
            tags += own
            largest = max(largest, (own, info.filename))
    if tags > MAX_XML_TAGS:  # counted over every part (bounded by the sizes above), so the biggest one is named
        limit = f"{MAX_XML_TAGS:,}".replace(",", " ")
        raise SourceError(f"dokument Word ma ponad {limit} znaczników i atrybutów XML (najwięcej w części "
                          f"{_part(largest[1])}) – plan ma ich kilkadziesiąt tysięcy; to nie jest zwykły dokument "
                          "(może to być tzw. bomba zip); zapisz plan w Wordzie ponownie albo skopiuj jego tekst do "
                          "pliku .txt")


def _declarations(name: str) -> str:
    return f"część {_part(name)} dokumentu Word zawiera deklaracje DOCTYPE/ENTITY, których Word nie zapisuje – {_RESAVE}"


def _refuse_twice(name: str, names: set[str]) -> None:
    """A part stored twice under one name: Word calls such a package damaged, other programs show one copy or the
    other – which one was imported would depend on the reader the officer checked it in."""
    key = name.lower()  # part names are compared ignoring case
    if key in names:
        raise SourceError(f"dokument Word ma dwie części o tej samej nazwie ({_part(name)}) – Word uznaje taki plik "
                          f"za uszkodzony, a inne programy pokazują z niego różną treść; {_RESAVE}")
    names.add(key)


def _footnotes(raw: bytes) -> list[str]:
    """Footnotes and endnotes are not plan text in their place; their text is kept in a warning."""
    import io
    import zipfile

    from lxml import etree

    from pismo.render.package import safe_parser

    found = []
    unreadable = _unreadable() + (etree.XMLSyntaxError,)
    try:
        package = zipfile.ZipFile(io.BytesIO(raw))
    except unreadable:
        return []
    with package:
        for name, tag in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
            try:  # the document itself was read; a damaged notes part only loses its notes' warning
                root = etree.fromstring(package.read(name), safe_parser()) if name in package.namelist() else None
            except unreadable:
                continue
            if root is not None:
                found += [clean(" ".join(_text(p) for p in _paragraphs(note)))
                          for note in root.iter(_W + tag) if note.get(_W + "type") is None]
    found = [text for text in found if text]
    if not found:
        return []
    return [f"dokument ma przypisy – ich tekstu nie wstawiono do planu: {_listed(found)}; jeśli należy do planu, "
            "przenieś go we właściwe miejsce"]


def _blocks(parent):
    """Paragraphs, tables and embedded files (w:altChunk) in body order, content controls opened."""
    return _within(parent, (_W + "p", _W + "tbl", _W + "altChunk"))


def _within(parent, tags):
    """The children of parent with one of tags, in order, seen through content controls (w:sdt), custom XML
    markup (w:customXml) and mc:AlternateContent (its chosen part): Word shows what they wrap as its own – a
    repeating section wraps table rows, a generator wraps paragraphs in mc:AlternateContent."""
    def look(child):
        return True if child.tag in tags else _wrapped(child)
    return _opened(parent, look)


def _wrapped(child):
    """What Word shows of a wrapper – a content control's content, custom XML markup itself, the chosen part of
    mc:AlternateContent – to be read as its own; None for any other node and for an unfilled control."""
    if child.tag == _W + "sdt":
        return None if _placeholder(child) else child.find(_W + "sdtContent")
    if child.tag == _W + "customXml":
        return child
    return _chosen(child) if child.tag == _MC + "AlternateContent" else None


def _wrapper(container):
    """The wrapper whose shown content container is (the inverse of _wrapped); None for a cell, the body."""
    if container.tag == _W + "customXml":
        return container
    if container.tag in (_W + "sdtContent", _MC + "Choice", _MC + "Fallback"):
        return container.getparent()
    return None


def _opened(parent, look):
    """The nodes under parent that look(child) takes (True), in order, reading through those it gives an element
    to read instead (None: skipped). One explicit stack: a node deep in markup is handed up once, not once per
    level (nested generators made 100 000 runs 240 levels deep cost 48 M steps)."""
    stack = [iter(parent)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        found = look(child)
        if found is True:
            yield child
        elif found is not None:
            stack.append(iter(found))


def _chosen(alternate):
    """What Word shows of mc:AlternateContent: its first Choice (a text box is saved twice, the Fallback is for
    old readers), else the Fallback; never both."""
    choice = alternate.find(_MC + "Choice")
    return choice if choice is not None else alternate.find(_MC + "Fallback")


_OFF = ("0", "false", "off")


def _placeholder(sdt) -> bool:
    """A content control left unfilled: it shows its placeholder ("Kliknij lub naciśnij tutaj, aby wprowadzić
    tekst."), which is the form's prompt, not plan text."""
    return bool(_toggle(sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr")))


def _drop_placeholders(body, styles: dict, prompts: dict[str, str]) -> list[str]:
    """Remove content controls left unfilled (w:showingPlcHdr) from the body: they show the form's prompt, not plan
    text. Return the text they hold that is no prompt – other than their placeholder's text in the document's
    glossary, or, without one, not in Word's prompt style ("Placeholder Text"): a program that filled the form may
    leave the flag on real text, which Word shows – never lost silently."""
    prompt = {"PlaceholderText"} | {style_id for style_id, style in styles.items()  # its id is Word's language's
                                    if (_value(style, _W + "name") or "").strip().lower() == "placeholder text"}
    texts = []
    stack = list(reversed(body))  # one walk from the top: a removed control's inside is never visited again (a
    # removed element still reports the document's root, so a control inside one was read once per level: 80
    # nested controls round 20 000 runs took minutes)
    while stack:
        sdt = stack.pop()
        if sdt.tag != _W + "sdt" or not _placeholder(sdt):
            stack += reversed(sdt)
            continue
        own = prompts.get(_value(sdt, f"{_W}sdtPr/{_W}placeholder/{_W}docPart"))
        parts = []
        for node in sdt.iter(_W + "p", _W + "r"):
            if node.tag == _W + "p":
                parts.append(" ")
            elif own is not None or _value(node, f"{_W}rPr/{_W}rStyle") not in prompt:
                parts += ("".join(t.itertext()) for t in node.iter(_W + "t"))
        shown = clean("".join(parts))
        texts.append("" if shown == own else shown)
        sdt.getparent().remove(sdt)
    return texts


_CONTENTS_STYLE = re.compile(r"(toc|spis ?tre(ś|s)?ci) ?([1-9]|heading)|nagłówek spisu treści")


def _drop_contents(body, styles: dict) -> list[str]:
    """Remove a table of contents from the body and return its lines' texts: its lines repeat the plan's
    part headings, so they were taken for a plan of empty parts before the real one. Word marks it four ways –
    its content control (gallery "Table of Contents"), the TOC field around its text, the styles "TOC 1"…
    ("Spis treści 1"…), links to "_Toc" bookmarks – and any one is enough. Of the field only the runs inside it
    go: text after its end in the same paragraph stays. One walk from the top; a removed node is not entered."""
    contents_styles = {style_id for style_id, style in styles.items()
                       if _CONTENTS_STYLE.fullmatch((_value(style, _W + "name") or style_id or "").strip().lower())}
    dropped, emptied = [], {}  # emptied: paragraph → the texts of its runs inside a TOC field
    fields: list[list] = []  # the open fields' [instruction, is a TOC], innermost last
    tocs = 0  # of them TOC fields: counted, not searched for at every run
    pending = []  # (run, paragraph) inside open TOC fields: dropped once the outermost ends – a field never closed
    # (its end hidden, a damaged file) would otherwise take the whole plan after it
    stack = [(child, None) for child in reversed(body)]
    while stack:
        node, paragraph = stack.pop()
        if _in_contents(node, contents_styles):
            dropped.append(node)
            continue
        tag = node.tag
        if tag == _W + "r" and tocs:
            pending.append((node, paragraph))
        elif tag == _W + "fldChar":
            kind = node.get(_W + "fldCharType")
            if kind == "begin":
                fields.append(["", False])
            elif kind == "end" and fields:
                tocs -= fields.pop()[1]
                if not tocs and pending:
                    for run, inside in pending:
                        dropped.append(run)
                        emptied.setdefault(inside, []).append("".join(run.itertext(_W + "t")))
                    pending = []
        elif tag == _W + "instrText" and fields and not fields[-1][1]:
            fields[-1][0] = (fields[-1][0] + (node.text or ""))[:40]  # an instruction may come in pieces
            fields[-1][1] = _is_toc(fields[-1][0])
            tocs += fields[-1][1]
        inner = node if tag == _W + "p" else paragraph
        stack += [(child, inner) for child in reversed(node)]
    texts = ["".join(runs) for runs in emptied.values()]
    for node in dropped:
        if node.tag != _W + "r":
            texts += [_text(p) for p in ([node] if node.tag == _W + "p" else _paragraphs(node))]
        node.getparent().remove(node)
    return texts


def _in_contents(node, contents_styles: set) -> bool:
    """A content control holding a table of contents, or a paragraph that is its line (by its style, a TOC field
    of its own, a link to a "_Toc" heading)."""
    if node.tag == _W + "sdt":
        gallery = _value(node, f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery") or ""
        return gallery.lower().startswith("table of contents")
    if node.tag != _W + "p":
        return False
    return (_value(node, f"{_W}pPr/{_W}pStyle") in contents_styles
            or any(_is_toc(field.get(_W + "instr") or "") for field in node.iterchildren(_W + "fldSimple"))
            or _contents_link(node))


_PAGE_NUMBER = re.compile(r"[\s.…·]*\d{1,4}\s*")  # what follows a contents line's heading: dot leaders, a page


def _contents_link(paragraph) -> bool:
    """A contents line made by hand from links: the paragraph is a link to a heading (Word's hidden "_Toc"
    bookmark) and a page number after it. A sentence with such a link in it ("zob. część 5") is plan text."""
    def toc_link(child) -> bool:
        return child.tag == _W + "hyperlink" and (child.get(_W + "anchor") or "").startswith("_Toc")

    if not any(map(toc_link, paragraph)):  # the usual paragraph: no text gathered (asked for every one)
        return False
    outside = "".join(piece for child in paragraph if not toc_link(child) for piece in child.itertext(_W + "t"))
    return (bool(_PAGE_NUMBER.fullmatch(outside) or not outside.strip())
            and bool(re.search(r"[\t.…]\s*\d{1,4}\s*\Z", _text(paragraph))))


def _is_toc(instruction: str) -> bool:
    """A field instruction of a table of contents (" TOC \\o "1-3" \\h ")."""
    return instruction.split()[:1] == ["TOC"]


def _prompts(document) -> dict[str, str]:
    """Placeholder texts of the document's glossary (docPart name → its text): what an unfilled control shows."""
    from lxml import etree

    from pismo.render.package import safe_parser

    for rel in document.part.rels.values():
        if rel.reltype.endswith("/glossaryDocument") and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob, safe_parser())
            return {_value(part, f"{_W}docPartPr/{_W}name"): clean(" ".join(_text(p) for p in _paragraphs(body)))
                    for part in root.iter(_W + "docPart") for body in part.findall(_W + "docPartBody")}
    return {}


def _drop_hidden(body, styles: dict) -> list[str]:
    """Remove runs of hidden text (w:vanish: Word neither shows it by default nor prints it) from the body,
    directly or by their character or paragraph style, and ruby guides (the small text over a word); return
    the hidden texts so a warning can name them – never lost silently."""
    hidden_style: dict[str, bool] = {}

    def style_hides(style_id):
        if style_id not in hidden_style:
            hidden_style[style_id] = _style_hides(styles, style_id)
        return hidden_style[style_id]

    default = _default_style(styles)

    def hides(run, paragraph_style) -> bool:
        rpr = run.find(_W + "rPr")
        found = _toggle(rpr.find(_W + "vanish")) if rpr is not None else None
        rstyle = rpr.find(_W + "rStyle") if rpr is not None else None
        if found is None and rstyle is not None:
            found = style_hides(rstyle.get(_W + "val"))
        if found is None:
            found = style_hides(paragraph_style)
        return bool(found)

    texts = []
    # One walk from the top, in document order, with the style of the paragraph each node is in, looked up once a
    # paragraph: a hidden run's inside is never visited, no run climbs to its paragraph or the body (130 000 runs
    # 240 levels deep took 12 s), and no run scans its paragraph (40 000 runs in one paragraph took 29 s).
    stack = [(child, default) for child in reversed(body)]
    while stack:
        node, style = stack.pop()
        if node.tag == _W + "r" and hides(node, style):
            texts.append("".join("".join(t.itertext()) for t in node.iter(_W + "t")))
            node.getparent().remove(node)
            continue
        inner = (_value(node, f"{_W}pPr/{_W}pStyle") or default) if node.tag == _W + "p" else style
        stack += [(child, inner) for child in reversed(node)]
    for guide in list(body.iter(_W + "rt")):
        guide.getparent().remove(guide)
    return texts


def _toggle(element) -> bool | None:
    """On/off of a property element (absent: None)."""
    if element is None:
        return None
    return (element.get(_W + "val") or "true").lower() not in _OFF


def _style_hides(styles: dict, style_id) -> bool | None:
    """w:vanish of a style or of the styles it is based on; None when none says."""
    return _toggle(_style_property(styles, style_id, f"{_W}rPr/{_W}vanish"))


def _style_property(styles: dict, style_id, path: str):
    """A property element of a style or of the styles it is based on (at most MAX_STYLE_CHAIN deep), else None."""
    seen = set()
    while style_id and style_id not in seen and style_id in styles and len(seen) < MAX_STYLE_CHAIN:
        seen.add(style_id)
        found = styles[style_id].find(path)
        if found is not None:
            return found
        based = styles[style_id].find(_W + "basedOn")
        style_id = based.get(_W + "val") if based is not None else None
    return None


def _style_symbol_fonts(body, styles: dict) -> None:
    """Give a run whose symbol font (Wingdings, Symbol) comes from its character or paragraph style that font
    directly, as _in_font reads it: a bullet "Ø" in a style "Punktor" set in Wingdings is ➢, not a letter."""
    if not any(_font(fonts) in SYMBOL_FONTS for style in styles.values() for fonts in style.iter(_W + "rFonts")):
        return  # the usual document: no style sets a symbol font, no run to look at
    fonts: dict = {}

    def style_font(style_id):
        if style_id not in fonts:
            fonts[style_id] = _font(_style_property(styles, style_id, f"{_W}rPr/{_W}rFonts"))
        return fonts[style_id]

    default = _default_style(styles)
    paragraph_styles: dict = {}  # paragraph → its style, looked up once (not once per run: a scan of it each)
    for run in body.iter(_W + "r"):
        if _font(run.find(f"{_W}rPr/{_W}rFonts")):
            continue  # the run's own font comes first
        font = style_font(_value(run, f"{_W}rPr/{_W}rStyle"))
        if not font:
            paragraph = next(run.iterancestors(_W + "p"), None)
            if paragraph not in paragraph_styles:
                paragraph_styles[paragraph] = (_value(paragraph, f"{_W}pPr/{_W}pStyle")
                                               if paragraph is not None else None) or default
            font = style_font(paragraph_styles[paragraph])
        if font in SYMBOL_FONTS:
            rpr = run.find(_W + "rPr")
            if rpr is None:
                rpr = run.makeelement(_W + "rPr")
                run.insert(0, rpr)
            rpr.append(rpr.makeelement(_W + "rFonts", {_W + "ascii": font, _W + "hAnsi": font}))


def _declared_symbol_fonts(document) -> list[str]:
    """Runs in a font the document declares a symbol font (w:charset 02 in its font table) that is not known here
    are read as its signs, never as the letters typed: each gets the font DECLARED (all its codes private-use
    characters). A font known to hold Unicode characters (OpenSymbol, which LibreOffice declares so) is read as
    typed. The usual document declares only Symbol and Wingdings, and no run is looked at."""
    from lxml import etree

    from pismo.render.package import safe_parser

    declared = set()
    for rel in document.part.rels.values():
        if rel.reltype.endswith("/fontTable") and not rel.is_external:
            try:  # a damaged font table loses only this: the text is read as typed
                root = etree.fromstring(rel.target_part.blob, safe_parser())
            except etree.XMLSyntaxError:
                return []
            declared = {(font.get(_W + "name") or "").strip().lower() for font in root.iter(_W + "font")
                        if _value(font, _W + "charset") == "02"} - SYMBOL_FONTS - UNICODE_FONTS - {""}
    if not declared:
        return []
    used = []
    for fonts in document.element.body.iter(_W + "rFonts"):
        font = _font(fonts)
        if font in declared:
            name = (fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or font).strip()  # as the document spells it
            used += [] if name in used else [name]
            for attribute in ("ascii", "hAnsi"):
                fonts.set(_W + attribute, DECLARED)
    return used[:MAX_NOTES_LISTED]


def _declared_warning(fonts: list[str]) -> list[str]:
    if not fonts:
        return []
    return [f"dokument ma tekst w czcionkach symboli, których znaków import nie zna ({', '.join(fonts)}) – ich znaki "
            "wstawiono jako znaki zastępcze (w wydruku puste albo kwadraty); sprawdź te miejsca w wyniku i wpisz "
            "właściwe znaki"]


def _legacy_check_boxes(body) -> None:
    """A legacy form check box (a FORMCHECKBOX field, w:ffData/w:checkBox: the old units' form templates) as the
    sign Word draws, "☒" ticked or "☐" not – its field has no text, and the box vanished with its state."""
    for box in list(body.iter(_W + "checkBox")):
        data, run = box.getparent(), next(box.iterancestors(_W + "r"), None)
        if data is None or data.tag != _W + "ffData" or run is None or run.getparent() is None:
            continue
        checked = _toggle(box.find(_W + "checked"))
        ticked = _toggle(box.find(_W + "default")) if checked is None else checked
        sign, text = run.makeelement(_W + "r"), run.makeelement(_W + "t")
        text.text = "☒" if ticked else "☐"
        sign.append(text)
        run.addnext(sign)


def _drop_deleted_rows(body) -> None:
    """A table row deleted with Track Changes by its row mark (w:trPr/w:del) is gone, as its deleted text is: Word
    shows it struck out and accepting the change removes it – never an action of the plan."""
    for row in list(body.iter(_W + "tr")):
        properties = row.find(_W + "trPr")
        if properties is not None and properties.find(_W + "del") is not None and row.getparent() is not None:
            row.getparent().remove(row)


_JOINING = {_W + "del", _W + "moveFrom", _W + "specVanish", _W + "vanish"}


def _join_deleted_marks(body) -> None:
    """A paragraph whose mark is a tracked deletion (w:pPr/w:rPr/w:del, Track Changes on Delete at a line's end)
    or hidden (w:vanish; Word's style separator, Ctrl+Alt+Enter, adds w:specVanish) goes on with the next
    paragraph, as Word shows it and as accepting the change makes it: one action, not two – also when a content
    control or custom XML holds either. The joined paragraph keeps its own properties and ends with the next
    one's mark; each run moves once."""
    for paragraph in list(_shown_paragraphs(body)):
        if paragraph.getparent() is None:  # joined to the paragraph before it
            continue
        joins = _mark_joins(paragraph)  # the state of the mark the joined paragraph ends with: decided once per
        while joins:  # paragraph joined (re-finding it in the grown paragraph made a chain quadratic)
            following, passed = _next_paragraph(paragraph)
            if following is None:
                break
            emptied = _containers(passed)
            for child in passed + list(following):  # a bookmark's end between goes in too: left after the grown
                # paragraph, the ends piled up and each next join walked over all of them
                if child.tag != _W + "pPr":
                    paragraph.append(child)
            _remove_wrappers(emptied, paragraph)
            joins = _mark_joins(following)
            if not joins:
                rpr = _mark(paragraph)
                for mark in [child for child in rpr if child.tag in _JOINING]:
                    rpr.remove(mark)
            _remove_emptied(following, paragraph)


# what Word writes between two paragraphs that is no text: a bookmark's or comment's end ("_GoBack"), a spelling
# mark; and a wrapper's own properties before its content
_BETWEEN = {_W + tag for tag in ("bookmarkStart", "bookmarkEnd", "commentRangeStart", "commentRangeEnd", "permStart",
                                 "permEnd", "proofErr", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
                                 "moveToRangeEnd", "customXmlPr")}


def _next_paragraph(paragraph):
    """(the paragraph Word shows right after this one, the markup that is no text passed over on the way) – into
    a content control or custom XML that follows and out of one that ends, never out of a table cell; (None, [])
    if anything else comes first. Both joins take the next paragraph here."""
    passed, parent, following = [], paragraph.getparent(), paragraph.getnext()
    while True:
        while following is not None and following.tag in _BETWEEN:
            passed += [following] if following.tag != _W + "customXmlPr" else []
            following = following.getnext()
        if following is None:  # the end of a wrapper's content: go on after the wrapper
            wrapper = _wrapper(parent)
            if wrapper is None:
                return None, []
            parent, following = wrapper.getparent(), wrapper.getnext()
        elif following.tag == _W + "p":
            return following, passed
        elif (content := _wrapped(following)) is None:
            return None, []
        else:
            parent, following = content, next(iter(content), None)


def _remove_emptied(following, paragraph) -> None:
    """Remove the joined paragraph and each wrapper the join left without content (its left-over markup goes into
    the paragraph): an emptied control left behind would be walked over again by each next join of a chain."""
    node, container = following, following.getparent()
    container.remove(node)
    while (wrapper := _wrapper(container)) is not None and all(child.tag in _BETWEEN for child in container):
        for child in list(container):
            if child.tag != _W + "customXmlPr":
                paragraph.append(child)
        container = wrapper.getparent()
        container.remove(wrapper)


def _containers(passed: list) -> list:
    """The distinct containers the markup passed over between two joined paragraphs stands in, before it moves."""
    return list({id(child.getparent()): child.getparent() for child in passed}.values())


def _remove_wrappers(containers: list, paragraph) -> None:
    """Remove each wrapper the moved markup left empty (a control that held only a bookmark): left behind, every
    next join of a chain walked over all of them – 2 500 drop caps took 30 s."""
    for container in containers:
        while (wrapper := _wrapper(container)) is not None and wrapper.getparent() is not None \
                and all(child.tag in _BETWEEN for child in container):
            for child in list(container):
                if child.tag != _W + "customXmlPr":
                    paragraph.append(child)
            container = wrapper.getparent()
            container.remove(wrapper)


def _join_drop_caps(body) -> None:
    """A drop cap (Insert → Drop Cap: a paragraph of the first letter in a frame, w:framePr/@w:dropCap) is the start
    of the next paragraph's first word, as Word shows it: „G” + „łównym zakładanym celem…” is „Głównym…”, also
    when a content control or custom XML holds that paragraph."""
    for cap in reversed(list(_shown_paragraphs(body))):  # from the end: a chain of caps moves each run once
        ppr = cap.find(_W + "pPr")
        frame = ppr.find(_W + "framePr") if ppr is not None else None
        if frame is None or frame.get(_W + "dropCap") not in ("drop", "margin"):
            continue
        following, passed = _next_paragraph(cap)
        if following is None:
            continue
        first = next(iter(following), None)  # not len(): it counts every child of a paragraph a chain has grown
        at = 1 if first is not None and first.tag == _W + "pPr" else 0
        moved = [child for child in cap if child.tag != _W + "pPr"] + passed  # as in a join
        emptied = _containers(passed)
        for offset, child in enumerate(moved):
            following.insert(at + offset, child)
        _remove_emptied(cap, following)  # its emptied control too: else each next cap of a chain walks over all
        _remove_wrappers(emptied, following)  # and the controls passed on the way


def _shown_paragraphs(body):
    """Every paragraph under body, in order, that Word shows: of mc:AlternateContent only the chosen part – a join
    from the Fallback too read a drop cap twice and took the heading after the Choice's joined paragraph. An
    explicit stack, as in _opened."""
    stack = [iter(body)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == _MC + "AlternateContent":
            chosen = _chosen(child)
            if chosen is not None:
                stack.append(iter(chosen))
            continue
        if child.tag == _W + "p":
            yield child
        stack.append(iter(child))


def _mark(paragraph):
    """The paragraph mark's run properties (w:pPr/w:rPr), found by direct children: w:pPr comes first, so the
    paragraph's runs are never walked."""
    ppr = paragraph.find(_W + "pPr")
    return ppr.find(_W + "rPr") if ppr is not None else None


def _mark_joins(paragraph) -> bool:
    """Whether the paragraph's mark is deleted, moved away or hidden: it goes on with the next paragraph."""
    rpr = _mark(paragraph)
    return rpr is not None and (rpr.find(_W + "del") is not None or rpr.find(_W + "moveFrom") is not None
                                or rpr.find(_W + "specVanish") is not None or bool(_toggle(rpr.find(_W + "vanish"))))


def _raised(document, styles: dict) -> None:
    """Superscript and subscript text, equations' powers and fractions, as the characters Word shows ("43¹")."""
    aligns: dict = {}

    def style_align(style_id):
        if style_id not in aligns:
            found = _style_property(styles, style_id, f"{_W}rPr/{_W}vertAlign")
            aligns[style_id] = found.get(_W + "val") if found is not None else None
        return aligns[style_id]

    size = _value(document.styles.element, f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr/{_W}sz")
    rewrite_raised(document.element.body, style_align, _bounded(size, 0, 3276) or None,
                   lambda run: _font(run.find(f"{_W}rPr/{_W}rFonts")) in SYMBOL_FONTS)


def _font(fonts) -> str | None:
    """The font of a w:rFonts (Latin text's), lower case; None when it names none."""
    font = fonts.get(_W + "hAnsi") or fonts.get(_W + "ascii") if fonts is not None else None
    return font.strip().lower() if font else None


def _default_style(styles: dict):
    """The paragraph style of a paragraph that names none."""
    for style_id, style in styles.items():
        if style.get(_W + "type") == "paragraph" and (style.get(_W + "default") or "").lower() in ("1", "true", "on"):
            return style_id
    return None


def _shown(node):
    """The node's descendants as Word shows them, in order: of mc:AlternateContent only its chosen part;
    deleted and moved-away text left out. An explicit stack, as in _opened: the depth of markup costs nothing."""
    stack = [(iter(node), None)]
    while stack:
        children, end = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if end is not None:
                yield end
            continue
        tag = child.tag
        if tag == _MC + "AlternateContent":
            chosen = _chosen(child)
            if chosen is not None:
                stack.append((iter(chosen), None))
        elif tag not in (_W + "del", _W + "moveFrom") and not (tag == _W + "sdt" and _placeholder(child)):
            yield child
            if tag == _W + "p":
                stack.append((iter(child), _PARAGRAPH_END))
            elif tag != _W + "tbl" and not _floating(child):  # a table in a text box is read by its rows, a
                stack.append((iter(child), None))  # floating box as paragraphs of its own (_Float)


_PARAGRAPH_END = object()  # after a paragraph inside a paragraph (a text box's): its end is a space
_VML = "{urn:schemas-microsoft-com:vml}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _floating(node) -> bool:
    """A drawing or VML shape Word places by the page, not in the line (Insert → Text Box: wp:anchor, a shape
    positioned absolutely): its text is no part of the sentence it is anchored in."""
    if node.tag == _W + "drawing":
        return node.find(_WP + "anchor") is not None
    return node.tag == _W + "pict" and any("position:absolute" in (shape.get("style") or "").replace(" ", "")
                                           for shape in node if shape.tag.startswith(_VML))


@dataclass
class _Float:
    """A floating object in a paragraph: its text boxes' paragraphs are read before the paragraph, as lines of
    their own (the approval block "ZATWIERDZAM … insp. Jan Nowak" anchored in the title became the title's start)."""

    node: object

    @property
    def note(self) -> str:
        """What its lines are marked with when its paragraph has text of its own."""
        anchor = self.node.find(_WP + "anchor")
        return DIAGRAM_NOTE if anchor is not None and anchor.get(DIAGRAM) else FLOATING_NOTE

    def boxes(self):
        """Its text boxes (w:txbxContent), a box in a box's paragraph left to that paragraph."""
        return _opened(self.node, lambda child: True if child.tag == _W + "txbxContent" else child)


def _paragraphs(node):
    """The paragraphs in a node (a table cell), not those inside a paragraph's text box: that text is the
    paragraph's own."""
    def look(child):
        if child.tag == _MC + "AlternateContent":
            return _chosen(child)
        if child.tag == _W + "p":
            return True
        skipped = child.tag in (_W + "del", _W + "moveFrom") or (child.tag == _W + "sdt" and _placeholder(child))
        return None if skipped else child
    return _opened(node, look)


def _text(paragraph) -> str:
    """The paragraph's visible text; line breaks kept as newlines, deleted text left out; a table in its text box
    a row a line."""
    return _joined(_pieces(paragraph))


def _joined(pieces: list) -> str:
    """A paragraph's pieces as its text: floating boxes' text first, each ending its line."""
    return "".join(piece if isinstance(piece, str) else f"{_float_text(piece)}\n" if isinstance(piece, _Float)
                   else f"\n{_table_text(piece)}\n" for piece in pieces)


def _float_text(piece: _Float) -> str:
    """A floating box's text, a paragraph (a table's row) a line."""
    return "\n".join(_text(node) if node.tag == _W + "p" else _table_text(node)
                     for box in piece.boxes() for node in _within(box, (_W + "p", _W + "tbl")))


def _table_text(table) -> str:
    """A table's text, a row a line, its cells after spaces (a table in a text box inside a table's cell)."""
    return "\n".join(" ".join(_text(p) for cell in _within(row, (_W + "tc",)) for p in _paragraphs(cell))
                     for row in _within(table, (_W + "tr",)))


def _pieces(paragraph) -> list:
    """The paragraph's visible text cut where a table in its text box stands: [text, table, text, …] – the table's
    rows are lines of their own, as Word shows them (three actions in a boxed table were one action); its floating
    boxes (_Float) first."""
    pieces, parts, fonts, floats = [], [], {}, []
    depth, own = 0, False  # how deep in text boxes' paragraphs; whether the paragraph has text of its own
    for node in _shown(paragraph):
        if node is _PARAGRAPH_END:
            parts.append(_BOX_SPACE)
            depth -= 1
            continue
        tag = node.tag
        if tag in (_W + "drawing", _W + "pict") and _floating(node):
            floats.append(_Float(node))
        elif tag == _W + "tbl":
            pieces += [parts, node]
            parts = []
        elif tag in (_W + "t", _M + "t"):  # an equation's text is text too ("o 20%"); text after a comment as well
            parts.append(_in_font(node, "".join(node.itertext()), fonts))
            own = own or not depth and bool(parts[-1].strip())
        elif tag in (_W + "tab", _W + "ptab"):
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _W + "sym":
            parts.append(symbol_text(node.get(_W + "font"), node.get(_W + "char")))
        elif tag == _W + "p":  # a text box's paragraph starts after a space, as it ends before one
            parts.append(_inner_start(node))
            depth += 1
    # a paragraph that is only its text box („ZATWIERDZAM” / function / name): each of the box's paragraphs a line
    space = " " if own else "\n"
    return floats + ["".join(space if part is _BOX_SPACE else part for part in piece) if isinstance(piece, list)
                     else piece for piece in pieces + [parts]]


_BOX_SPACE = object()  # between the paragraphs of a text box in a paragraph: a space beside the paragraph's own text


def _in_font(node, text: str, fonts: dict) -> str:
    """Text of a run in a symbol font (Wingdings, Symbol) as the signs it draws – "Ø" typed in Wingdings is the
    bullet ➢, not a letter – as w:sym is read. The run's font is looked up once (fonts: run → font): a run of
    40 000 w:t pieces was scanned whole for each."""
    run = node.getparent()
    if run not in fonts:
        fonts[run] = _font(run.find(f"{_W}rPr/{_W}rFonts")) if run is not None else None
    font = fonts[run]
    if font not in SYMBOL_FONTS:
        return text
    return text.translate(symbol_table(font))




_START_NODES = 200  # nodes of a box's paragraph looked at for its start: a list marker is in its first runs


def _inner_start(paragraph) -> str:
    """What starts a paragraph inside a paragraph (a text box's): a space, but a list item starts a line of its
    own (three actions in a box were one action with the last one's deadline) – a Word list's with a bullet."""
    if paragraph.find(f"{_W}pPr/{_W}numPr") is not None:
        return "\n• "
    start = ""
    for seen, node in enumerate(paragraph.iter()):  # the start only, never the whole box: a box in a box in a box…
        if len(start) >= 40 or seen > _START_NODES:  # of 450 000 empty pieces walked every one at each level
            break
        if node.tag == _W + "t":
            start += node.text or ""
    start = start[:40]
    return "\n" if split_marker(start)[1] else _BOX_SPACE


def _paragraph_lines(paragraph, numbering: "_Numbering", number: int, tables: bool = True, text: str | None = None,
                     copies: "_Copies | None" = None) -> list[Line]:
    """The paragraph's Lines; a table in its text box as a table's (tables=False: as lines of text – in a table's
    cell, so that nested boxes and tables are read once, not once per level; its text when already read)."""
    marker, kind, level = numbering.marker(paragraph)
    lines: list[Line] = []
    pieces = _pieces(paragraph) if tables else [_text(paragraph) if text is None else text]
    own = None  # whether the paragraph has text of its own beside its floating boxes: asked once, not per box
    for piece in pieces:
        if isinstance(piece, _Float):
            own = any(isinstance(other, str) and clean(other) for other in pieces) if own is None else own
            lines += _float_lines(piece, numbering, number + len(lines), copies, own)
            continue
        if not isinstance(piece, str):
            lines += _table_lines(piece, numbering, number + len(lines), copies or _Copies())
            continue
        if piece.count("\n") > MAX_LINES:  # one paragraph of millions of line breaks: refused before its Lines
            raise too_many_lines()
        for part in piece.split("\n"):
            if clean(part):
                first = kind and not lines
                lines.append(Line(_printed(marker, part), marker, kind, level, (), number) if first
                             else _broken(typed_line(part, number), bool(kind)))
    return lines


BROKEN_LINE = ("zdanie {} stoi w tym samym punkcie listy po ręcznym podziale wiersza (Shift+Enter) – dołączono "
               "je do tej pozycji, nie jest osobną pozycją; sprawdź, czy tekst czyta się dobrze")


def _broken(line: Line, listed: bool) -> Line:
    """A line after a manual line break inside a list item's paragraph (w:br): the item's own text going on, never
    an item of its own – a capitalised sentence so joined is said („…skweru↵W razie braku …”)."""
    if not listed or line.kind:
        return line
    said = line.text[:1].isupper() and not re.match(r"\(|termin", line.text, re.I)
    return replace(line, indented=True, note=line.note or (BROKEN_LINE.format(quoted(line.text, 80)) if said else ""))


# a word a list level's text prints before the number („Etap %1.”, „Zadanie %1”), not a Roman numeral or letter
_MARKER_WORD = re.compile(r"(?<![^\W\d_])(?![IVXLCDM]+\b|[ivxlcdm]+\b)[^\W\d_]{2,}")


def _printed(marker: str, text: str) -> str:
    """The paragraph's text as Word prints it: a numbered level printing words („Etap I.”) keeps them before the
    text, so a stage reads as the same line typed („Etap I. rozpoznanie (III–IV 2026 r.)”)."""
    return clean(f"{marker} {text}") if _MARKER_WORD.search(marker) and _STAGE_WORD.match(marker) else clean(text)


# the words a level prints that name a stage, kept („Etap I.”); any other („Zadanie 1.”, „Pkt 1.”) is numbering
_STAGE_WORD = re.compile(r"\W*(?:etap|faza|okres|część|krok)\b", re.I)


FLOATING_NOTE = ("tekst pola tekstowego, które Word pokazuje obok akapitu, a nie w nim – wczytano go jako osobny "
                 "akapit przed akapitem, w którym pole jest zakotwiczone; sprawdź, czy to jego miejsce")


DIAGRAM_NOTE = ("pole diagramu SmartArt wstawionego w zdanie – wczytano je jako osobny akapit przed akapitem, w którym "
                "diagram stoi, żeby nie przecinało zdania; sprawdź, czy to jego miejsce")


def _float_lines(piece: _Float, numbering: "_Numbering", number: int, copies, marked: bool) -> list[Line]:
    """A floating box's paragraphs and tables as lines before its paragraph's; marked for checking when the
    paragraph has text of its own (a caption anchored mid-sentence), as its place in the text is a guess."""
    lines: list[Line] = []
    for box in piece.boxes():
        for node in _within(box, (_W + "p", _W + "tbl")):
            at = number + len(lines)
            lines += (_paragraph_lines(node, numbering, at, copies=copies) if node.tag == _W + "p"
                      else _table_lines(node, numbering, at, copies or _Copies()))
    if marked:
        lines = [replace(line, note=piece.note) for line in lines]
    return lines


def _header_row(row, index: int) -> bool:
    """Whether Word marks the table's first row as its header (Repeat as header row: w:trPr/w:tblHeader): that
    row is left out whatever its words. A marked row below it – a middle row Word shows as data, or every row
    marked by selecting the whole table – is read by its words, so no action is lost for a stray mark."""
    if index:
        return False
    properties = row.find(_W + "trPr")
    return properties is not None and bool(_toggle(properties.find(_W + "tblHeader")))


def _table_lines(table, numbering: "_Numbering", number: int, copies: "_Copies", depth: int = 0) -> list[Line]:
    """A row with several filled cells is one Line with cells; a one-cell layout table reads as paragraphs.
    Each cell is read once, a vertically merged one too, and the lines are counted row by row: a table is
    refused while read, and its work goes by what it makes, not by the rows a merged cell spans."""
    lines = []
    starts: dict[int, object] = {}  # column → the cell a vertical merge there starts with
    read: dict[object, tuple[str, list[list[Line]]]] = {}  # cell → (text, its paragraphs' Lines)
    rows = list(_within(table, (_W + "tr",)))
    answers: tuple[int, ...] = ()  # a form's answer columns, from its header row ("TAK | NIE", "Wybór (X)")
    above: list[str] = []  # the cells of the row above, when it was a row of cells
    for index, row in enumerate(rows):
        at = number + len(lines)
        cells = _merged(row, list(_within(row, (_W + "tc",))), starts, lambda cell: _cell(cell, numbering, at, read),
                        copies)
        readings, answers = _marks_read(answers, [_cell(cell, numbering, at, read) for cell in cells])
        readings, ditto = _ditto_read(readings, above)
        filled = [text for text, _paragraphs in readings if text]
        above = []
        if len(filled) > 1 and not (len(rows) == 1 and depth < _LAYOUT_DEPTH and _holds_table(cells)):
            header = _header_row(row, index)
            above = [text for text, _pieces in readings] if index and not header else []  # a first row names
            # the columns: an empty „Lp.” cell under it is an unnumbered row, no „as above” of „Lp.”
            paragraphs = tuple(tuple(line for piece in pieces for line in piece) for text, pieces in readings if text)
            note = ditto or next((line.note for cell in paragraphs for line in cell if line.note), "")
            lines.append(Line(" ".join(filled), cells=tuple(filled), number=at, cell_lines=paragraphs, header=header,
                              note=note, columns=_filled_columns(row, cells, readings)))
        elif filled:
            for cell, (_text, pieces) in zip(cells, readings):
                lines += _layout_cell(cell, pieces, numbering, number + len(lines), copies, depth)
        if number + len(lines) > MAX_LINES:
            raise too_many_lines()
    return lines


# a cell saying „as above”: a ditto mark, „jw.”; under an empty number cell, the first text cell empty or a dash
DITTO = re.compile(r"[〃\"”„]+|j\.?\s?w\.?|jak\s+wy[żz]ej", re.I)
_LP = re.compile(r"\d{1,3}\.?")


def _ditto_read(readings: list, above: list[str]) -> tuple[list, str]:
    """A row's cell readings with each cell that repeats the row above's („〃”, „jw.”, or the first text cell left
    empty under an empty number – one partner's second task in Word typed without merging the name cell) read as
    that cell, and a note saying so; "" when none does."""
    texts = [text for text, _pieces in readings]
    if len(texts) != len(above) or not any(texts):
        return readings, ""
    first = next((at for at, text in enumerate(above) if text and not _LP.fullmatch(text)), None)
    copied = [at for at, text in enumerate(texts) if above[at] and (
        DITTO.fullmatch(text) or at == first and not text.strip("-–—") and not any(texts[:at]) and any(texts[at + 1:]))]
    if not copied:
        return readings, ""
    shown = "; ".join(f"„{texts[at] or '(pusta)'}” → „{above[at]}”" for at in copied)
    return ([(above[at], [[Line(above[at])]]) if at in copied else reading for at, reading in enumerate(readings)],
            f"komórki tego wiersza tabeli znaczą „jak w wierszu wyżej” ({shown}) – wpisano tekst z wiersza wyżej; sprawdź")


def _marks_read(answers: tuple[int, ...], readings: list) -> tuple[list, tuple[int, ...]]:
    """A row's cell readings with the marks typed in a form's answer columns as boxes, and the answer columns
    for the next row (boxes.typed_mark_rows)."""
    texts = [text for text, _pieces in readings]
    marked = marked_cells(texts, answers) if answers else None
    if marked is None:
        return readings, answer_columns(texts)
    return [(text, pieces if text == old else [[Line(text)]])
            for text, old, (_old, pieces) in zip(marked, texts, readings)], answers


_LAYOUT_DEPTH = 3  # layout tables one in another whose inner tables are read as tables; deeper, a table in a cell
# reads as its rows' text (each level read again would make a chain of thousands quadratic)


def _holds_table(cells: list) -> bool:
    """Whether a cell of a one-row table holds a table of three columns or more: the row is a layout frame (part
    3's table [Lp. | Działanie | Termin] with a note beside it, or split over two cells), each cell read as in the
    body – its table as a table, never glued into one item of all its rows. A two-column table in a cell (a
    deadline's „od | … / do | …”, a partner's tasks) stays the cell's text."""
    return any(len(list(_within(row, (_W + "tc",)))) > 2 for cell in cells for table in _within(cell, (_W + "tbl",))
               for row in _within(table, (_W + "tr",)))


def _layout_cell(cell, pieces: list[list[Line]], numbering: "_Numbering", number: int, copies: "_Copies",
                 depth: int) -> list[Line]:
    """The lines of a layout table's one filled cell (a form framed in a table): its paragraphs as in the body,
    a table in it read as a table – rows as items, its header row left out – not as rows of text after dashes."""
    lines: list[Line] = []
    nodes = list(_within(cell, (_W + "p", _W + "tbl"))) if pieces else []  # a node to each piece (_cell)
    for node, piece in zip(nodes, pieces):
        at = number + len(lines)  # a paragraph's number, as in the body
        if node.tag == _W + "tbl" and depth < _LAYOUT_DEPTH:
            lines += _table_lines(node, numbering, at, copies, depth + 1)
        else:
            lines += [replace(line, number=at) for line in piece]
    return lines


def _cell(cell, numbering: "_Numbering", number: int, read: dict) -> tuple[str, list[list[Line]]]:
    """(text, each paragraph's Lines) of a table cell, read at its first row only."""
    if cell not in read:
        texts, lines = [], []
        for node in _within(cell, (_W + "p", _W + "tbl")):
            if node.tag == _W + "p":
                pieces = _pieces(node)
                texts.append(_joined(pieces))
                lines.append(_marked_floats(_paragraph_lines(node, numbering, number, False, texts[-1]), pieces))
            else:  # a table in the cell: its rows kept apart ("patrole – w piątki; kontrola – na bieżąco")
                rows = _nested_rows(node)
                texts.append("; ".join(rows))
                lines.append([typed_line(row, number) for row in rows])  # one entry a node, as _layout_cell reads
        read[cell] = (cell_text(texts), lines)
    return read[cell]


def _marked_floats(lines: list[Line], pieces: list) -> list[Line]:
    """A cell paragraph's lines, those of its floating boxes marked as in the body when it has text of its own
    (a caption "Fot. 1" anchored in a cell's sentence became a way of informing, unmarked)."""
    floats = [piece for piece in pieces if isinstance(piece, _Float)]
    if not floats or not any(isinstance(piece, str) and clean(piece) for piece in pieces):
        return lines
    boxed = sum(1 for piece in floats for part in _float_text(piece).split("\n") if clean(part))
    return [replace(line, note=floats[0].note) if at < boxed else line for at, line in enumerate(lines)]


def _nested_rows(table) -> list[str]:
    """The rows of a table inside a table's cell, each its filled cells after dashes – but a split date cell
    ("od | … / do | …") one deadline "od … do …"; a table nested deeper reads as its cell's text (each paragraph
    read once, however deep)."""
    rows = []
    for row in _within(table, (_W + "tr",)):
        cells = [clean(" ".join(_text(p) for p in _paragraphs(cell))) for cell in _within(row, (_W + "tc",))]
        if any(cells):
            rows.append([cell for cell in cells if cell])
    labels = [_DATE_LABEL.fullmatch(row[0]) if len(row) == 2 else None for row in rows]
    if rows and all(labels):  # a form's split date cell "od | 1.07.2025 / do | 31.07.2025": one deadline
        return [" ".join(f"{_bound(label)} {row[1]}" for label, row in zip(labels, rows))]
    return [" – ".join(row) for row in rows]


# A label of a split date cell ("od", "Termin do:", "Data rozpoczęcia"): its value is a deadline's start or end.
_DATE_LABEL = re.compile(r"(?i)(?:termin\s+|data\s+)?(?:(?P<start>od|rozpocz[eę]ci[ae]|pocz[aą]tek)|"
                         r"(?P<end>do|zako[nń]czeni[ae]|koniec))(?:\s+dnia)?\s*:?")


def _bound(label) -> str:
    """"od" or "do": how a deadline in text names the date that follows."""
    return "od" if label.group("start") else "do"


MAX_MERGED_TEXT = 500  # characters of a vertically merged cell read again in each row it spans (a deadline, a
# partner's name); a longer one is read once, so a cell of megabytes merged over thousands of rows is no bomb
MAX_MERGED_COPIES = 100_000  # characters all merged cells of a document add in the rows they span (200 merges of
# the longest) – 1 000 short cells merged over 150 rows made 73 MB of text from a 60 kB file


@dataclass
class _Copies:
    """What merged cells may still add to a document's text, in characters."""

    left: int = MAX_MERGED_COPIES


def _merged(row, cells: list, starts: dict, text_of, copies: _Copies) -> list:
    """The row's cells as Word shows them: a cell continuing a vertical merge (w:vMerge without "restart") reads as
    the cell that starts it – a deadline merged down over three actions is each one's, not only the first's. A
    cell's length is its text as read (w:sym and tabs count too); copies stop when the document's budget is spent."""
    out = []
    for cell, column in zip(cells, _grid_columns(row, cells)):
        merge = cell.find(f"{_W}tcPr/{_W}vMerge")
        if merge is None:
            starts.pop(column, None)
        elif (merge.get(_W + "val") or "continue") == "restart":
            starts[column] = cell if len(text_of(cell)[0]) <= MAX_MERGED_TEXT else None
        elif starts.get(column) is not None and len(text_of(starts[column])[0]) <= copies.left:
            cell = starts[column]
            copies.left -= len(text_of(cell)[0])
        out.append(cell)
    return out


def _filled_columns(row, cells: list, readings: list) -> tuple[int, ...]:
    """The grid column of each filled cell reading (a form's answer cells read past the row's last cell go on
    from it)."""
    grid = _grid_columns(row, cells)
    grid += range(grid[-1] + 1, grid[-1] + 1 + len(readings) - len(grid)) if grid else ()
    return tuple(column for column, (text, _pieces) in zip(grid, readings) if text)


def _grid_columns(row, cells: list) -> list[int]:
    """The column of the table's grid each cell of the row starts in (w:gridBefore, w:gridSpan)."""
    out, column = [], _bounded(_value(row, f"{_W}trPr/{_W}gridBefore"), 0, 64)
    for cell in cells:
        out.append(column)
        column += _bounded(_value(cell, f"{_W}tcPr/{_W}gridSpan"), 1, 64)
    return out


def _value(node, path: str) -> str | None:
    found = node.find(path)
    return found.get(_W + "val") if found is not None else None


class _Numbering:
    """Word's list numbering: which paragraphs are lists and what number or bullet they show."""

    def __init__(self, document) -> None:
        self.styles = {}
        for style in document.styles.element.iter(_W + "style"):
            self.styles[style.get(_W + "styleId")] = style
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        self.counted: dict[str, str] = {}  # a list instance (w:num) → whose counters it goes on with
        self.style_num_pr: dict[str, object] = {}  # a style's numPr, its own or inherited, once found
        self.indents: dict[tuple[str, int], int] = {}  # a list level's left indent (twips), from its w:lvl
        self.outer: tuple[int, str] | None = None  # (indent, numId) of the last item of a list at its first level
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            root = None
        if root is not None:
            self._read(root)

    def _read(self, root) -> None:
        abstract, indents = {}, {}
        for node in root.iter(_W + "abstractNum"):
            abstract[node.get(_W + "abstractNumId")] = dict(_level(lvl) for lvl in node.iter(_W + "lvl"))
            indents[node.get(_W + "abstractNumId")] = {_bounded(lvl.get(_W + "ilvl"), 0, MAX_LEVEL): _indent(lvl)
                                                       for lvl in node.iter(_W + "lvl")}
        same = self._linked(root)
        for num in root.iter(_W + "num"):
            ref = num.find(_W + "abstractNumId")
            if ref is None:
                continue
            num_id, abstract_id = num.get(_W + "numId"), same.get(ref.get(_W + "val"), ref.get(_W + "val"))
            for level, spec in abstract.get(abstract_id, {}).items():
                self.levels[(num_id, level)] = spec
            for level, indent in indents.get(abstract_id, {}).items():
                self.indents[(num_id, level)] = indent
            # instances of one abstract list count on together, as Word shows them ("Kontynuuj numerowanie", lists
            # copied between documents); an instance whose levels are overridden ("Uruchom ponownie od") on its own
            overridden = num.find(_W + "lvlOverride") is not None
            self.counted[num_id] = num_id if overridden else "abstract " + str(abstract_id)
            for override in num.findall(_W + "lvlOverride"):  # Word's "Ustaw wartość numerowania": 3., 4., …
                level = _bounded(override.get(_W + "ilvl"), 0, MAX_LEVEL)
                lvl, start = override.find(_W + "lvl"), _value(override, _W + "startOverride")
                if lvl is not None:
                    self.levels[(num_id, level)] = _level(lvl)[1]
                if start is not None and (num_id, level) in self.levels:
                    fmt, text, _start = self.levels[(num_id, level)]
                    self.levels[(num_id, level)] = (fmt, text, _bounded(start, 1, MAX_START))

    def _linked(self, root) -> dict:
        """Abstract lists numbered through a list style (w:numStyleLink, Word's "Zdefiniuj nowy styl listy") →
        the abstract list that defines the style's levels (w:styleLink, else the one the style's own numId uses):
        their paragraphs show its numbers ("1.", "2."), not bullets. One step, so no chain loops."""
        defines, by_num = {}, {}
        for node in root.iter(_W + "abstractNum"):
            if _value(node, _W + "styleLink"):
                defines[_value(node, _W + "styleLink")] = node.get(_W + "abstractNumId")
        for num in root.iter(_W + "num"):
            by_num[num.get(_W + "numId")] = _value(num, _W + "abstractNumId")
        same = {}
        for node in root.iter(_W + "abstractNum"):
            style_id = _value(node, _W + "numStyleLink")
            if not style_id:
                continue
            target = defines.get(style_id)
            if target is None and style_id in self.styles:
                target = by_num.get(_value(self.styles[style_id], f"{_W}pPr/{_W}numPr/{_W}numId"))
            if target is not None:
                same[node.get(_W + "abstractNumId")] = target
        return same

    def _num_pr(self, paragraph):
        """numPr of the paragraph, else of its style or the style it is based on."""
        ppr = paragraph.find(_W + "pPr")
        own = ppr.find(_W + "numPr") if ppr is not None else None
        if own is not None:
            return own
        style_id = None
        if ppr is not None and ppr.find(_W + "pStyle") is not None:
            style_id = ppr.find(_W + "pStyle").get(_W + "val")
        if not style_id:
            return None
        if style_id not in self.style_num_pr:
            self.style_num_pr[style_id] = self._style_num_pr(style_id)
        return self.style_num_pr[style_id]

    def _style_num_pr(self, style_id: str):
        """numPr of a style or of the styles it is based on, at most MAX_STYLE_CHAIN deep; asked once per
        style (walked anew for every paragraph, a chain of thousands of styles took minutes)."""
        seen = set()
        while style_id and style_id not in seen and style_id in self.styles and len(seen) < MAX_STYLE_CHAIN:
            seen.add(style_id)
            style = self.styles[style_id]
            found = style.find(f"{_W}pPr/{_W}numPr")
            if found is not None:
                return found
            based = style.find(_W + "basedOn")
            style_id = based.get(_W + "val") if based is not None else None
        return None

    def marker(self, paragraph) -> tuple[str, str, int]:
        """(marker, kind, level); ('', '', 0) for an ordinary paragraph."""
        num_pr = self._num_pr(paragraph)
        if num_pr is None:
            self.outer = self.outer if _indent(paragraph) else None  # an unindented paragraph ends the lists
            return "", "", 0
        num_id = num_pr.find(_W + "numId")
        ilvl = num_pr.find(_W + "ilvl")
        num_id = num_id.get(_W + "val") if num_id is not None else None
        level = _bounded(ilvl.get(_W + "val") if ilvl is not None else None, 0, MAX_LEVEL)
        if not num_id or num_id == "0":
            return "", "", 0
        depth = self._nested(paragraph, num_id, level)
        fmt, text, _start = self.levels.get((num_id, level), ("bullet", "•", 1))
        if fmt.startswith("bullet") or fmt == "none":
            return (_bullet_sign(fmt, text).strip() or "•"), "bullet", depth
        return self._count(num_id, level, text), "number", depth

    def _nested(self, paragraph, num_id: str, level: int) -> int:
        """The item's nesting: a list of its own („List Number 2”: another numId, its first level) indented deeper
        than the list item above it is that item's sub-list – level 1, as Word shows it, not more items."""
        if level:
            return level
        indent = _indent(paragraph) or self.indents.get((num_id, 0)) or 0
        if self.outer and self.outer[1] != num_id and indent > self.outer[0] + _DEEPER:
            return 1
        self.outer = (indent, num_id)
        return 0

    def _count(self, num_id: str, level: int, pattern: str) -> str:
        counters = self.counters.setdefault(self.counted.get(num_id, num_id), [])
        while len(counters) <= level:
            counters.append(self.levels.get((num_id, len(counters)), ("decimal", "", 1))[2] - 1)
        counters[level] += 1
        for deeper in range(level + 1, len(counters)):
            counters[deeper] = self.levels.get((num_id, deeper), ("decimal", "", 1))[2] - 1
        return re.sub(r"%(\d)", lambda m: self._format(num_id, int(m.group(1)) - 1), pattern)

    def _format(self, num_id: str, level: int) -> str:
        counters = self.counters.get(self.counted.get(num_id, num_id), [])
        value = counters[level] if level < len(counters) else 1
        fmt = self.levels.get((num_id, level), ("decimal", "", 1))[0]
        if fmt == "lowerLetter":
            return chr(ord("a") + (value - 1) % 26)
        if fmt == "upperLetter":
            return chr(ord("A") + (value - 1) % 26)
        if fmt in ("lowerRoman", "upperRoman"):
            roman = _roman(value)
            return roman.lower() if fmt == "lowerRoman" else roman
        return str(value)


def _level(lvl) -> tuple[int, tuple[str, str, int]]:
    """(level, (format, text, start)) of a list level (w:lvl); a bullet in a symbol font keeps the font in its
    format (Wingdings „ü” is ✔, „q” ❑): a list whose bullets tick some ways and leave others empty is a form."""
    text = lvl.find(_W + "lvlText")
    value = (text.get(_W + "val") or "")[:MAX_LEVEL_TEXT] if text is not None else "%1."
    fmt, font = _value(lvl, _W + "numFmt") or "decimal", _font(lvl.find(f"{_W}rPr/{_W}rFonts"))
    if fmt == "bullet" and font in SYMBOL_FONTS:  # its sign read when a paragraph shows it (_bullet_sign)
        fmt = f"bullet {font}"
    return _bounded(lvl.get(_W + "ilvl"), 0, MAX_LEVEL), (fmt, value, _bounded(_value(lvl, _W + "start"), 1, MAX_START))


_DEEPER = 180  # twips (3 mm) a list's indent must exceed the list above's to be nested in it


def _indent(node) -> int:
    """The left indent (twips) a paragraph or a list level (w:lvl) sets itself: w:ind's left or start."""
    ind = node.find(f"{_W}pPr/{_W}ind")
    return _bounded(ind.get(_W + "left") or ind.get(_W + "start"), 0, 31680) if ind is not None else 0


def _bullet_sign(fmt: str, text: str) -> str:
    """A list level's bullet as the sign its symbol font draws (format „bullet FONT”): a sign or two, so no font's
    whole table is made for them."""
    font = fmt.partition(" ")[2]
    return "".join(symbol_text(font, f"{ord(char):X}") or char for char in text) if font else text


def _bounded(text: str | None, default: int, high: int) -> int:
    """A number a file declares, held to 0…high; the default when it is none („x”, empty, absent)."""
    text = (text or "").strip()
    if not re.fullmatch(r"[+-]?\d+", text):
        return default
    if len(text.lstrip("+-0")) > len(str(high)):  # never convert thousands of digits
        return 0 if text.startswith("-") else high
    return min(max(int(text), 0), high)


def _roman(value: int) -> str:
    """Roman numerals end at 3999; Word's larger numbers (and 0) are written in digits."""
    if not 0 < value < 4000:
        return str(value)
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= number:
            out += letters
            value -= number
    return out
