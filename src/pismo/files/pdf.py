"""PDF copies of documents, converted by LibreOffice (soffice), by up to N processes at once.

The documents are split among up to `jobs` soffice processes, each with its own
profile (pismo.files.soffice). Each converts copies staged under unique names in a
private temporary folder. A process that fails, or stalls (no new PDF within
its allowance: longer for its start, then per document and per megabyte), is
killed; its documents without a PDF are converted once more by a fresh process
with a rebuilt profile, the document it stalled on last. So a failing process
costs only its own documents, and the retry restores them. (A batch on the warm
converter of pismo.files.converter, one document at a time, was measured slower
than --convert-to's own batch – 5.1 s against 4.3 s for 72 documents on an idle
machine, bench/bench_pdf.py – so the warm converter serves single previews only.)

A finished PDF is checked (complete, with pages), copied beside its document
under a hidden temporary name – on the target's own disk – and renamed into
place: no half-written PDF is ever left, wherever the documents are. The PDFs
of a batch in a folder are placed under one hold of its lock and recorded in its
manifest before it is let go, so another pismo run never sees a PDF of pismo's
that the record does not list (only a hard kill amid a batch may leave some). Ctrl+C
kills every soffice, removes the staging and profiles in use, and lets no PDF
be placed after the KeyboardInterrupt propagates.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import posixpath
import re
import shutil
import stat
import subprocess
import tempfile
import threading
import time
import zlib
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from pismo.errors import visible
from pismo.files import casefile, folderlock, output, pdfcheck, read, record, scratch
from pismo.files.soffice import (ENV_VAR, GUARD_ERRNO, INSTALL_HINT, OutputTail, PdfError, PdfUnavailable,  # noqa: F401
                           PDF_FILTER, WORD_FILTER, borrow_profile, check_program, find_soffice, given_program,
                           guarded, kill_group, not_starting, start)
from pismo.files.pdf_reasons import missing_filter, store_refused
from pismo.files.pdf_reasons import (CANNOT_SEE, DAMAGE_ADVICE, NO_PDF, NO_SPACE, NOT_LIBREOFFICE, NOT_RUNNING,  # noqa: F401
                                     PROGRESS, RESTART, STORE_REFUSED, UNLOADED, advice, failure, fault_of, few_files,
                                     files_limit, not_libreoffice, session_limit, unloaded)
from pismo.polish import as_typed, count, seconds, some_of

STARTUP_ALLOWANCE = 90.0  # seconds for a start of LibreOffice, before its first sign of work: a cold start on a slow office PC
DOCUMENT_ALLOWANCE = 20.0  # seconds for each document (its „convert …” line, then its PDF) …
MEGABYTE_ALLOWANCE = 3.0  # … plus this per megabyte of the .docx (photos: measured 0.2 s per MB) …
TEXT_ALLOWANCE = 6.0  # … plus this per megabyte of its XML unpacked (pages: 26 MB, 5 772 pages took 108 s)
DOCUMENT_CAP = 300.0  # seconds a single document may take at most: a hung LibreOffice is not waited for an hour
WAIT_NOTICE = 15.0  # seconds without a first PDF after which the terminal is told pismo waits for LibreOffice
RETRY_SHARE = 0.25  # of its allowance for a document LibreOffice already stalled at: a 9.5 s conversion was
# waited for 2 × 169 s
MIN_DOCUMENTS_PER_PROCESS = 3
LOW_SPACE = 20 * 1024 * 1024  # free bytes under which a missing PDF is put down to a full disk  # a soffice start costs about as much as converting a few documents


def pdf_path(docx: Path) -> Path:
    """Where the PDF of a .docx goes: beside it, same name."""
    return Path(docx).with_suffix(".pdf")


def docx_in(folder: Path) -> list[Path]:
    """Every .docx inside a folder and its subfolders, sorted; hidden names and Word's ~$ lock files skipped."""
    found = []

    def refuse(exc: OSError, place=None):
        place = place or exc.filename or folder
        if isinstance(exc, PermissionError):
            raise PdfError(f"{place}: {read.folder_denied(place)}")
        raise PdfError(f"{place}: nie można odczytać folderu ({_os_reason(exc)})")

    for parent, folders, files in os.walk(folder, onerror=refuse):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        files += output.put_back(Path(parent))  # a document a killed run left moved aside
        found += [Path(parent) / name for name in sorted(files)
                  if name.lower().endswith(".docx") and not name.startswith((".", "~$"))]
    for path in found:
        try:
            path.stat()
        except PermissionError as exc:  # a folder listed without search permission: names, but no files
            refuse(exc, path.parent)
        except OSError:
            pass  # said by name with the other checks of each file
    return found


def check_inputs(docx_paths: list[Path], overwrite: bool = False, inputs=()) -> list[Path]:
    """The .docx files (folders expanded), deduplicated; PdfError for a non-.docx, a missing file or no file,
    a folder without documents, a PDF that would replace a file the command reads (`inputs`: the case
    files, the templates), whatever the flags, or (unless overwrite) an existing PDF."""
    paths: list[Path] = []
    found: set[Path] = set()  # in a folder given: an entry no file is set aside with its reason (_no_package)
    for given in map(Path, docx_paths):
        if given.is_dir():
            inside = docx_in(given)
            if not inside:
                raise PdfError(f"{given}: w folderze (i jego podfolderach) nie ma dokumentów Word (.docx)"
                               f"{_skipped(given)}")
            paths += inside
            found.update(inside)
        else:
            if not os.path.lexists(given):
                output.put_back(given.parent)  # a document a killed run left moved aside
            paths.append(given)
    paths = list(dict.fromkeys(paths))
    for path in paths:
        if not os.path.lexists(path):
            raise PdfError(f"{path}: nie ma takiego pliku ani folderu – sprawdź nazwę")
        if path.suffix.lower() != ".docx":
            raise PdfError(f"{path}: {_other_kind(path)}")
        if not path.is_file() and path not in found:
            raise PdfError(f"{path}: {_not_a_file_given(path)}")
    unfinished = [folder for folder in dict.fromkeys(p.parent for p in paths) if _unfinished(folder)]
    if unfinished:
        raise PdfError(_unfinished_write(unfinished))
    paths = _one_pdf_each(paths)
    read = [pdf_path(p) for p in paths if any(output.same_file(pdf_path(p), source) for source in inputs)]
    if read:
        raise PdfError(f"{', '.join(map(str, read))}: to plik, z którego polecenie czyta (plik sprawy albo szablon) "
                       "– pismo nigdy nie zapisuje w jego miejsce pliku PDF, także z --nadpisz; przenieś go albo podaj "
                       "inny folder wyjściowy (-o); nic nie zamieniono na PDF")
    blocked = [pdf_path(p) for p in paths if _not_a_file(pdf_path(p))]
    if blocked:
        raise PdfError(f"{', '.join(map(str, blocked))}: w miejscu pliku PDF jest folder, dowiązanie symboliczne albo "
                       "plik specjalny – pismo go nie zastępuje, także z --nadpisz; usuń go albo przenieś dokument; "
                       "nic nie zamieniono na PDF")
    making = _making(paths, overwrite)
    unwritable = _unwritable_folders(making)
    if making and len(unwritable) == len(dict.fromkeys(p.parent for p in making)):  # no PDF could be placed: one
        # refusal for the run (a folder among writable ones costs only its documents: _apart_unwritable)
        raise PdfError("; ".join(f"{folder}: {why}" for folder, why in unwritable.items()) + f" – {COPY_ELSEWHERE}; "
                       "nic nie zamieniono na PDF")
    existing = [pdf_path(p) for p in paths if os.path.lexists(pdf_path(p)) and not record.replaceable(pdf_path(p))]
    no_pdf = [path for path in existing if not _a_pdf(path)]
    if no_pdf:
        raise PdfError(f"{', '.join(map(str, no_pdf))}: w miejscu pliku PDF jest plik, który nie jest PDF-em (np. plik "
                       "sprawy zapisany pod tą nazwą) – pismo go nie zastępuje, także z --nadpisz; przenieś go albo "
                       "zmień mu nazwę; nic nie zamieniono na PDF")
    existing = [path for path in existing if not _bound(path)]  # refused apart, whatever the flags (_apart_protected)
    if existing and not overwrite:
        raise PdfError(_existing_pdfs(existing))
    return paths


OUTSIDE_ADVICE = ("pismo nie łączy się z siecią, a LibreOffice pobrałby ten zasób przy zamianie na PDF (połączony "
                  "obraz, szablon dołączony z sieci albo obiekt połączony z plikiem); otwórz dokument w Wordzie, "
                  "usuń to powiązanie albo wstaw obraz z pliku (Wstawianie → Obrazy → To urządzenie, bez opcji "
                  "„Połącz z plikiem”), zapisz go i uruchom zamianę ponownie")
MAX_RELATIONSHIPS = 4 * 1024 * 1024  # bytes of one .rels part read (Word's are a few kilobytes)


def _reaching_out(path: Path) -> str:
    """What in the document LibreOffice would fetch from outside it while converting (reach.reaches_out: an
    external relationship that is no hyperlink, or that an element other than a hyperlink uses – rev-pdf7 #2),
    or a document nested in it (reach.nested_parts: altChunk, whose own links pismo does not read – rev-pdf7 #4),
    "" when nothing:
    LibreOffice connected to the server of a linked picture three times per conversion – pismo never uses the
    network. Only the .rels parts and the parts they belong to are read, each bounded. A package or part pismo
    cannot read is refused: one damaged entry had switched the whole check off while LibreOffice read the rest and
    fetched the picture (rev-pdf7 #1)."""
    import zlib

    from lxml import etree

    from pismo.render import reach

    found, nested, part = [], [], "spisu części"
    try:
        shape = _package_shape(path)
        if shape:
            return shape
        with zipfile.ZipFile(path) as archive:
            twice = _one_part_twice(archive.infolist()) or _backslashed(archive.infolist())
            if twice:
                return twice
            entries = {_part_key(info.filename): info for info in archive.infolist()}
            unlike = _not_word(archive, entries)
            if unlike:
                return unlike
            for info in archive.infolist():
                if not info.filename.lower().endswith(".rels"):
                    continue
                part = info.filename
                relations = list(_parsed(archive, info, MAX_RELATIONSHIPS).iter("{*}Relationship"))
                source, fetched = entries.get(_part_key(reach.source_part(info.filename))), set()
                if source is not None and relations:
                    part = source.filename
                    tree = _parsed(archive, source, MAX_PART)
                    nested += [entries[name] for name in reach.nested_parts(tree, relations, info.filename, entries)]
                    fetched = reach.fetched_ids(tree, {(r.get("Id") or "").strip() for r in relations})
                found += [reach.outside_target(r, info.filename) for r in relations if reach.reaches_out(r, fetched)]
            part = nested[0].filename if nested else part
            chunk = _nested(archive, nested[0]) if nested else ""
            drawn = _svg_reaching(archive)
            if drawn:
                return drawn
    except _TooBig as exc:
        return (f"część {exc} jest zbyt duża, żeby sprawdzić, czy dokument nie odwołuje się do zasobów spoza niego – "
                f"{UNCHECKED_ADVICE}")
    except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError, zlib.error,
            etree.XMLSyntaxError) as exc:
        return (f"nie da się odczytać {_part_named(part)} ({_unreadable_reason(exc)}), więc nie można sprawdzić, czy "
                f"LibreOffice nie pobrałby przy zamianie czegoś spoza niego – {UNCHECKED_ADVICE}")
    if found:
        return f"dokument odwołuje się do zasobu spoza niego: {', '.join(found[:3])} – {OUTSIDE_ADVICE}"
    return chunk


SVG_SNIFF = 4096  # bytes of a part looked at for an SVG drawing (LibreOffice tells one by '<svg' near its start)


def _svg_reaching(archive: zipfile.ZipFile) -> str:
    """Why a drawing in the package is refused: an SVG part (told by its content, as LibreOffice tells a picture's
    format, whatever its name or type) that reads a file or address outside it (reach.svg_outside) – an <image>'s
    file:///… put a picture of the converting computer's disk into the PDF (rev-pdf13 #1). A compressed SVG
    (svgz) is refused unread. Raises what _parsed raises for a part it cannot read."""
    from lxml import etree

    from pismo.render import reach
    from pismo.render.package import safe_parser

    for info in archive.infolist():
        if info.filename.lower().endswith(".rels") or info.is_dir():
            continue
        with archive.open(info) as stream:
            head = stream.read(SVG_SNIFF)
        if head[:2] == b"\x1f\x8b" and b"<svg" in _gunzipped(head).lower():  # not a compressed EMF (.emz)
            return _svg_refused(info.filename, "skompresowany rysunek SVG (SVGZ), którego pismo nie sprawdza")
        if b"<svg" not in head.lower():
            continue
        blob = _read(archive, info, MAX_PART)
        found = reach.svg_outside(etree.fromstring(blob, safe_parser()), blob)
        if found:
            return _svg_refused(info.filename, f"rysunek SVG, który wczytuje plik lub zasób spoza dokumentu: {found}")
    return ""


def _gunzipped(head: bytes) -> bytes:
    """The start of a gzip stream unpacked, as far as `head` goes ("" when it is no such stream)."""
    import zlib

    try:
        return zlib.decompressobj(31).decompress(head, SVG_SNIFF)
    except zlib.error:
        return b""


def _svg_refused(part: str, what: str) -> str:
    return (f"dokument zawiera {what} (część {part}) – LibreOffice wczytałby go przy zamianie na PDF, np. plik z "
            "dysku tego komputera; otwórz dokument w Wordzie, usuń ten rysunek i wstaw go ponownie jako PNG lub JPEG "
            "(Wstawianie → Obrazy → To urządzenie), zapisz dokument i uruchom zamianę ponownie")


def _nested(archive: zipfile.ZipFile, chunk: zipfile.ZipInfo) -> str:
    """Why a document embedding another (altChunk) is refused: a Word document is imported by LibreOffice with
    its own links, which pismo does not read; any other (HTML, RTF, text) LibreOffice leaves out of the PDF."""
    with archive.open(chunk) as stream:
        package = stream.read(4) == b"PK\x03\x04"
    what = ("który LibreOffice wczytuje przy zamianie razem z jego powiązaniami, a pismo ich nie sprawdza" if package
            else "którego LibreOffice nie wczytuje – w pliku PDF zabrakłoby jego treści")
    return (f"dokument zawiera wstawiony dokument (altChunk, część {chunk.filename}), {what} – otwórz dokument w "
            "Wordzie, zapisz go jako nowy plik .docx (Word zapisze wtedy wstawioną treść jako zwykły tekst pisma) i "
            "uruchom zamianę ponownie")


MAX_ENTRIES = 10_000  # parts of a package checked: Word writes tens, a 400 000-entry one took 37 s (rev-pdf7 #5)


MAX_DIRECTORY = 4 * 1024 * 1024  # bytes of a package's list of parts (Word's: a few kilobytes; 46 + name each)


def _package_shape(path: Path) -> str:
    """Why the package is refused by its end record, read before zipfile lists every entry (8 s for 400 000): too
    many entries declared, or a list of them too long for its count – zipfile lists by the size, so a record
    declaring 20 of 400 000 entries let them through (rev-pdf8 #4); or data before the zip (a mail header, a web
    page): zipfile reads past it, LibreOffice does not and opened the file as text or HTML – a PDF of garbage, rc 0
    (rev-pdf8 #7). Word writes the zip from the file's first byte."""
    with open(path, "rb") as stream:
        end = zipfile._EndRecData(stream)  # the record zipfile itself reads first (Zip64 included)
        stream.seek(0)
        start = stream.read(4)
    if end is None:
        raise zipfile.BadZipFile("no end of central directory")
    entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if entries > MAX_ENTRIES or size > MAX_DIRECTORY:
        shown = entries if entries > MAX_ENTRIES else f"ponad {MAX_ENTRIES}"
        return (f"dokument ma zbyt wiele części ({shown}; dokument Worda ma ich zwykle kilkadziesiąt), żeby sprawdzić, "
                f"czy nie odwołuje się do zasobów spoza niego – {UNCHECKED_ADVICE}")
    before = end[zipfile._ECD_LOCATION] - size - end[zipfile._ECD_OFFSET]
    if end[zipfile._ECD_SIGNATURE] == zipfile.stringEndArchive64:
        before -= zipfile.sizeEndCentDir64 + zipfile.sizeEndCentDir64Locator
    if before or start != b"PK\x03\x04":
        return ("przed dokumentem Worda plik zawiera inne dane (np. nagłówek wiadomości e-mail albo stronę internetową "
                "zapisane razem z nim) – LibreOffice odczytałby go jako zwykły tekst i plik PDF zawierałby bezładne "
                "znaki zamiast pisma; zapisz załącznik ponownie wprost z poczty albo pobierz dokument jeszcze raz, "
                "ewentualnie otwórz go w Wordzie, zapisz jako nowy plik .docx i uruchom zamianę ponownie")
    return ""


def _part_key(name: str) -> str:
    """A part's name as a package reader matches it: part names ignore case (OPC), and LibreOffice reads
    „word//document.xml” as „word/document.xml” – lower case, as reach.resolve gives a relationship's target."""
    return posixpath.normpath("/" + re.sub("/+", "/", name)).lstrip("/").lower()


def _one_part_twice(infos: list[zipfile.ZipInfo]) -> str:
    """Why a package holding one part under two entries (names alike but for case or a doubled slash, or the same)
    is refused: pismo cannot tell which one LibreOffice reads – a copy of the main part without its linked picture
    hid the link from the check, and LibreOffice fetched it (rev-pdf8 #1). Word never writes such a package."""
    seen: dict[str, str] = {}
    for info in infos:
        if info.filename.endswith("/"):
            continue  # a folder's entry, read by no one
        first = seen.setdefault(_part_key(info.filename), info.filename)
        if first is not info.filename:
            return (f"dokument zawiera dwie części o tej samej nazwie („{first}” i „{info.filename}”; wielkość liter "
                    "ani podwójny ukośnik nie odróżniają części), więc nie wiadomo, którą odczytałby LibreOffice, i "
                    f"nie można sprawdzić, czy nie pobrałby przy zamianie czegoś spoza dokumentu – {UNCHECKED_ADVICE}")
    return ""


def _backslashed(infos: list[zipfile.ZipInfo]) -> str:
    """Why a package whose part names hold a backslash (as some Windows zip tools write them) is refused: LibreOffice
    cannot load it – a sound document was blamed on its installation (rev-pdf8 #6) – and the check of links finds
    no part by such a name."""
    named = next((info.filename for info in infos if "\\" in info.filename), "")
    if not named:
        return ""
    return (f"nazwy części dokumentu zapisano z ukośnikiem wstecznym („{named}”; tak zapisują je niektóre programy "
            "do archiwów zip), a LibreOffice nie wczyta takiego dokumentu – otwórz go w Wordzie, zapisz jako nowy "
            "plik .docx i uruchom zamianę ponownie")


def _not_word(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo]) -> str:
    """Why a zip named .docx is no Word package (its content types and relationships do not name a Word main part,
    _wired): LibreOffice opens whatever it is – an OpenDocument text with a linked web picture was converted and
    the picture fetched, as no relationships told of it (rev-pdf8 #12)."""
    wiring = {name: entries.get(_part_key(name)) for name in _WIRING}
    parts = {name: _parsed(archive, info, MAX_RELATIONSHIPS) for name, info in wiring.items() if info is not None}
    if _wired(parts, set(entries)):
        return ""
    kind = ""
    if "mimetype" in entries:
        with archive.open(entries["mimetype"]) as stream:
            kind = stream.read(100).decode("ascii", "replace")
    if kind.startswith("application/vnd.oasis.opendocument"):
        what = "dokument OpenDocument (np. .odt z LibreOffice) zapisany pod nazwą .docx"
    else:
        what = ("archiwum zip bez części, które ma każdy dokument Worda ([Content_Types].xml i _rels/.rels "
                "wskazujące dokument główny Worda) – np. arkusz, prezentacja albo uszkodzony dokument pod nazwą .docx")
    return (f"to nie jest dokument Word (.docx), tylko {what}; LibreOffice otworzyłby go jako taki, a pismo nie "
            "sprawdza, czy nie pobrałby przy tym czegoś spoza niego – otwórz go w programie, w którym powstał, zapisz "
            "jako dokument Word (.docx) i uruchom zamianę ponownie")


MAX_PART = 64 * 1024 * 1024  # bytes of a part whose relationships are checked (a letter's body: tens of kilobytes)


class _TooBig(Exception):
    """A part larger than pismo reads to check it; the message is its name."""


def _parsed(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int):
    """One part of the package parsed, at most `limit` bytes read (_TooBig beyond)."""
    from lxml import etree

    from pismo.render.package import safe_parser

    return etree.fromstring(_read(archive, info, limit), safe_parser())


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One part's bytes, at most `limit` read (_TooBig beyond)."""
    with archive.open(info) as stream:
        blob = stream.read(limit + 1)
    if len(blob) > limit:
        raise _TooBig(info.filename)
    return blob


UNCHECKED_ADVICE = "otwórz dokument w Wordzie, zapisz go jako nowy plik .docx i uruchom zamianę ponownie"


def _part_named(part: str) -> str:
    """A part for „nie da się odczytać …”: the package's list of parts as such, any other by its name."""
    return part if part == "spisu części" else f"części {part} dokumentu"


def _unreadable_reason(exc: Exception) -> str:
    """Why a package's entry could not be read, in Polish: encrypted, damaged, or of a kind pismo cannot read."""
    text = str(exc).lower()
    if "encrypt" in text or "password" in text:
        return "część jest zaszyfrowana"
    if isinstance(exc, NotImplementedError) or "compression" in text:
        return "część jest zapisana nieznaną metodą kompresji"
    return "plik jest uszkodzony"


def _bound(pdf: Path) -> bool:
    """A PDF no flag lets this account replace: another account's in a sticky folder (output.sticky_owner – the
    rename is refused), or locked (chattr +i): --nadpisz was advised, then refused as „open in a PDF viewer”."""
    return bool(output.sticky_owner(pdf)) or output.locked(pdf)


def _not_a_file_given(path: Path) -> str:
    """Why a given .docx is no file to convert: its look-up failing (a looping link, a damaged entry) named with
    its reason – „to nie jest zwykły plik” told the officer who gave a folder to give a file."""
    lost = _lookup_failed(path)
    if lost:
        return f"{lost} i uruchom polecenie ponownie; nic nie zamieniono na PDF"
    return "to nie jest zwykły plik – podaj dokument Word (.docx) albo folder z nimi"


def _lookup_failed(path: Path) -> str:
    """Why a name's look-up fails, "" when it does not: a link to what is not there named with where it points (a
    pen drive or share no longer mounted) – „plik albo folder nie istnieje” of a name `ls` shows (rev-sys10 #6)."""
    try:
        os.stat(path)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError) and os.path.islink(path):
            return (f"to dowiązanie symboliczne do {visible(os.readlink(path))}, którego nie ma (np. odłączony "
                    "pendrive albo dysk sieciowy) – podłącz ten nośnik albo usuń dowiązanie")
        return f"nie można odczytać pliku ({_os_reason(exc)}) – usuń go, napraw albo przenieś"
    return ""


def _not_regular(path: Path) -> str:
    """Why an entry named .docx found in a folder is no file to convert, "" for a file: set aside with the refused
    documents – one broken link or pipe had stopped the whole folder's run (rev-sys10 #6)."""
    if path.is_file():
        return ""
    return _lookup_failed(path) or ("to nie jest zwykły plik, tylko plik specjalny (np. potok albo urządzenie) o "
                                    "nazwie dokumentu – usuń go albo przenieś")


def _unfinished(folder: Path) -> bool:
    """A write of documents into the folder was killed while it put them in place (record.unfinished): a mix of
    two versions. A write under way now is waited for (the folder's lock)."""
    if not record.unfinished(folder):
        return False
    try:
        with folderlock.holding(folder):
            return record.unfinished(folder)
    except (OSError, folderlock.Busy):
        return True


def _unfinished_write(folders: list[Path]) -> str:
    """Which folders hold a killed write, and the command that repairs each (its case file, when recorded)."""
    commands = []
    for folder in folders:
        recorded = (record.header(folder) or {}).get(record.CASE_FILE)
        case = (os.path.normpath(os.path.join(os.path.realpath(folder), record.as_path(recorded)))  # case_field's base
                if isinstance(recorded, str) and "\0" not in recorded else None)
        commands.append(f"pismo wszystko {as_typed(case)}" if case else "pismo wszystko PLIK_SPRAWY.yaml")
    others = {output.sticky_owner(folder / record.PENDING) for folder in folders} - {None}
    first = (f"zapis przerwał użytkownik {', '.join(sorted(others))}: poproś go (albo administratora), żeby usunął "
             f"ukryty plik {', '.join(str(folder / record.PENDING) for folder in folders)} (w folderze wspólnym tylko "
             "on może to zrobić), a potem " if others else "")
    return (f"{', '.join(map(str, folders))}: zapisu dokumentów w tym folderze nie dokończono (pismo zamknięto w czasie "
            "zapisu, np. przy wyłączeniu komputera) – część dokumentów może być z poprzedniej wersji sprawy, a część "
            f"z nowej; {first}uruchom ponownie polecenie, które je utworzyło (np. {', '.join(dict.fromkeys(commands))}), "
            "a potem zamień je na PDF; nic nie zamieniono na PDF")


def _a_pdf(path: Path) -> bool:
    """The file is empty or reads as a PDF (its mark within the first kilobyte, as readers accept it)."""
    try:
        with open(path, "rb") as stream:
            start = stream.read(1024)
    except OSError:
        return True  # unreadable: the refusal of an existing PDF names it
    return not start or b"%PDF" in start


def _existing_pdfs(existing: list[Path]) -> str:
    """The refusal of PDFs that are not pismo's: whose they may be, how to keep them, what --nadpisz loses."""
    recorded = {folder: record.header(folder) is not None for folder in {path.parent for path in existing}}
    kept = [path for path in existing if recorded[path.parent]]
    damaged = [path for path in existing if path not in kept and os.path.lexists(path.parent / record.MANIFEST)]
    bare = [path for path in existing if path not in kept and path not in damaged]
    parts = []
    if kept:
        parts.append("pliki PDF już istnieją, a nie utworzyło ich pismo albo zmieniono je po utworzeniu (np. skan "
                     f"podpisanego dokumentu): {', '.join(map(str, kept))}")
    if damaged:
        parts.append(f"wykaz {record.MANIFEST} w folderze jest uszkodzony (nie da się go odczytać, np. zapis przerwano), "
                     f"więc nie wiadomo, czy pliki PDF utworzyło pismo: {', '.join(map(str, damaged))}")
    if bare:
        parts.append("pliki PDF już istnieją w folderze bez wykazu manifest.json (pismo zapisuje go tylko w folderach "
                     f"spraw), więc nie wiadomo, czy utworzyło je pismo: {', '.join(map(str, bare))}")
    return ("; ".join(parts) + " – nic nie zamieniono; jeśli mają zostać, przenieś je albo zmień im nazwy; aby "
            "zastąpić je nowymi, użyj --nadpisz (ich obecna treść przepadnie)")


def _one_pdf_each(paths: list[Path]) -> list[Path]:
    """The documents, one file given twice (d/plan.docx, d/../d/plan.docx, a link to d) once; PdfError for two
    documents whose PDFs get one name (plan.docx and plan.DOCX; Plan.docx and plan.docx, one file on Windows and
    macOS): one PDF would replace the other within the run."""
    seen: dict[tuple, Path] = {}
    for path in paths:
        key = (_folder_key(path.parent), output.same_name_key(pdf_path(path).name))
        first = seen.setdefault(key, path)
        if first is not path and not output.same_file(first, path):
            raise PdfError(f"{first} i {path}: oba dokumenty dałyby ten sam plik PDF {pdf_path(first).name} (nazwy "
                           "różnią się tylko wielkością liter) – jeden zastąpiłby drugi; zmień nazwę jednego z nich; "
                           "nic nie zamieniono na PDF")
    return list(seen.values())


def _folder_key(folder: Path):
    """One key for one folder under any spelling: a link to it, a junction, a mapped drive and its share path."""
    try:
        found = os.stat(folder)
    except OSError:
        found = None
    if found is not None and found.st_ino:
        return found.st_dev, found.st_ino
    return os.path.normcase(os.path.realpath(folder))


COPY_ELSEWHERE = "skopiuj dokumenty do folderu, w którym możesz zapisywać, i tam zamień je na PDF"


def _making(paths: list[Path], overwrite: bool) -> list[Path]:
    """The documents whose PDF this run writes: a current PDF kept apart is no write."""
    return [p for p in paths if not (_kept_apart(p, overwrite) and _current(p))]


def _unwritable_folders(paths: list[Path]) -> dict[Path, str]:
    """The folders of these documents no PDF can be placed in, each with why (_unwritable)."""
    return {folder: why for folder in dict.fromkeys(p.parent for p in paths) for why in [_unwritable(folder)] if why}


def _unwritable(folder: Path) -> str | None:
    """Why no PDF can be placed in folder (a read-only medium or share), found by making the hidden temporary a
    PDF starts as: else LibreOffice converted every document before each PDF was refused."""
    try:
        handle, temp = tempfile.mkstemp(prefix=output.hidden_prefix("pismo"), suffix=".tmp", dir=folder)
    except OSError as exc:
        return f"nie można zapisać w tym folderze ({_os_reason(exc, 'folder')})"
    os.close(handle)
    with contextlib.suppress(OSError):
        os.unlink(temp)
    return None


def _not_a_file(path: Path) -> bool:
    """Something other than a regular file stands at path (a folder, a link, a device): never replaced."""
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False
    except OSError:
        return True


_PLACED: dict[Path, tuple] = {}  # (sha256, size, its document's sha256) of each PDF put in place, until recorded


_STARTED = [0]  # soffice runs this process started (an interruption before the first stopped no LibreOffice)


def started() -> int:
    """How many LibreOffice runs this process has started so far."""
    return _STARTED[0]


def placed() -> list[Path]:
    """The PDFs put in place and not yet recorded (after an interruption: what was made before it)."""
    return list(_PLACED)


def placed_digests(paths) -> dict[Path, tuple]:
    """(sha256, size, the document's sha256) of what pismo wrote for these PDFs, where not recorded yet (for the record: not what is
    there by the time it is updated)."""
    return {Path(p): _PLACED.pop(Path(p)) for p in paths if Path(p) in _PLACED}


@dataclass
class _Document:
    source: Path
    staged: Path
    produced: Path  # where soffice writes its PDF (the folder changes per attempt)
    size: int
    text: int = 0  # bytes of its XML parts unpacked: the pages LibreOffice lays out
    error: str = ""
    retried: bool = False
    refused: bool = False  # LibreOffice made the PDF; pismo would not put it in place (the reason says why)
    outcome: str = ""  # of a refusal, for the closing advice: "changed", "removed" (the document), "gone" (its folder)
    digest: str | None = None  # sha256 of the copy converted: the PDF is placed only beside these very bytes
    silent: bool = False  # the program that last tried it ended well without a word (LibreOffice never does)
    idle: bool | None = False  # … and made no PDF of any of the several documents of that start (the program's);
    # None: the start was its alone – no evidence either way
    kept: bool = False  # its read-only PDF is already of these very bytes: left as it is, not converted
    stalls: int = 0  # times LibreOffice was stopped or failed while at this document (its „convert …” line, no PDF)
    unreached: bool = False  # LibreOffice ended well before its „convert …” line of this document (it stops early)
    ended_at: int = 0  # starts that ended quietly, making nothing, with it as their first document: it goes last
    passed: bool = False  # a start ending well without a word went past it with no PDF, making another's (_mark_passed)
    own: str = ""  # LibreOffice's own word on it (could not load it, could not store its PDF), then it failed at
    # another one (_reached_by)
    checked: tuple = ()  # (path, size, mtime) of its PDF last checked by _made, and whether it was complete
    failed: tuple = ()  # each reason of a start that failed at it, in order (_note_failures)
    owed: bool = False  # failed at before, then a start failed at another document before reaching it (_note_owed)
    caught: bool = False  # a start failed at it after a sign of work (its own, whatever LibreOffice does later)
    pilot: bool = False  # a copy of a document the run converted, opening a start (_pilot): none of the batch's
    said: str = ""  # why its last start failed ("" if it ended well): of its own part of the attempt (_run_parts)

    @property
    def target(self) -> Path:
        return pdf_path(self.source)


class _Run:
    """What the threads of one convert() share: the live processes, and the stop signal of Ctrl+C."""

    def __init__(self, soffice: str, timeout: float | None, overwrite: bool, document_time: float | None = None
                 ) -> None:
        self.soffice, self.timeout, self.overwrite = soffice, timeout, overwrite
        self.document_time = document_time  # seconds for each document's work, given by the officer (--czas)
        self.stop = threading.Event()
        self.processes: set[subprocess.Popen] = set()
        self.lock = threading.Lock()
        self.cleaned: dict[Path, bool] = {}  # folders whose leftovers this run has removed
        self.placed: list[Path] = []  # the PDFs put in place, for the listing after Ctrl+C
        self.converted = False  # soffice made a PDF of some document in this run: it sees pismo's folder
        self.sees: bool | None = None  # soffice made a PDF of pismo's probe (_sees_folder), None: not tried
        self.told_waiting = False  # the terminal was told pismo waits for LibreOffice (_tell_waiting) …
        self.told_at = 0.0  # … last at this time (time.monotonic)
        self.turns: dict[str, threading.Lock] = {}  # a folder's placing, among this run's threads
        self.broken: tuple[str, str] | None = None  # why LibreOffice could not start, and whose fault: no more starts
        self.good: _Document | None = None  # the smallest document whose PDF this run made (_pilot)
        self.per_start = 0  # documents per start: after a LibreOffice that stopped early, as many as it converted (0:
        # all at once) – for the run: a later round forgot it, and its start ended before the document it was for

    @contextlib.contextmanager
    def turn(self, folder: Path):
        """This run's threads place into one folder in turn, waiting as long as it takes (False: Ctrl+C came
        meanwhile). Waiting on the lock file instead, a thread was told that "another pismo" wrote there, and
        its PDFs failed after the lock's minute."""
        with self.lock:  # one folder however written (d, d/../d, a link to d)
            turn = self.turns.setdefault(os.path.normcase(os.path.realpath(folder)), threading.Lock())
        while not turn.acquire(timeout=0.1):
            if self.stop.is_set():
                yield False
                return
        try:
            yield True
        finally:
            turn.release()

    def kill_all(self) -> None:
        self.stop.set()
        with self.lock:
            processes = list(self.processes)
        for process in processes:
            kill_group(process)


class Cancel:
    """Ends a convert() under way from another thread (the web's Converter.close): its LibreOffice killed at once, no
    new one started, no PDF placed after – its close() waited 5 s and returned with LibreOffice running (rev-pdf12 #7).
    `cancelled` tells the caller the conversion did not finish."""

    def __init__(self) -> None:
        self.cancelled = False
        self._run: _Run | None = None
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self.cancelled, run = True, self._run
        if run is not None:
            run.kill_all()

    def attach(self, run: _Run) -> None:
        with self._lock:
            self._run = run
            cancelled = self.cancelled
        if cancelled:
            run.kill_all()


def convert(docx_paths: list[Path], soffice: str, timeout: float | None = None, overwrite: bool = False,
            jobs: int = 1, inputs=(), document_time: float | None = None, cancel: Cancel | None = None) -> list[Path]:
    """Convert every .docx (or every .docx in a folder) to a PDF beside it; the PDFs written, in order.

    Raises PdfError before converting anything for bad input or existing PDFs
    (unless overwrite), and after converting for files that failed (its
    .written lists the PDFs that succeeded; they are kept). timeout replaces
    the scaled allowances (seconds without a new PDF); document_time only each document's (`pismo pdf --czas`).
    `inputs`: files the command reads, never replaced. `cancel`: a Cancel that may end it from another thread.
    """
    paths = check_inputs(docx_paths, overwrite, inputs)
    paths, documents = _apart_protected(paths, overwrite)
    paths, outside = _apart_reaching(paths)
    documents += outside
    paths, unwritable = _apart_unwritable(paths, overwrite)
    documents += unwritable
    if paths:
        run = _Run(soffice, timeout, overwrite, document_time)
        if cancel is not None:
            cancel.attach(run)
        documents = _converted(paths, run, jobs) + documents
    written = [d.target for d in documents if not d.error and not d.kept]
    failed = [d for d in documents if d.error]
    if failed:
        lines = _failure_lines(failed, len(documents))
        advice = "\n".join(filter(None, [_advice(failed), _more_time(failed, document_time, soffice)]))
        error = PdfError(f"nie udało się zamienić na PDF {len(failed)} z {count(len(documents), 'pliku', 'plików', 'plików')} "
                         f"(utworzono {len(written)}):\n{lines}", written, advice)
        error.reasons = [d.error for d in failed]  # each document's own, for a caller of one document
        raise error
    return written


def _failure_lines(failed: list[_Document], documents: int) -> str:
    """A line for each document that has no PDF, with its reason – said once when the program failed them all
    alike (a broken LibreOffice: the same line 28 times, the program named in each)."""
    reasons = {d.error for d in failed}
    if len(failed) == documents > 1 and len(reasons) == 1 and all(d.outcome in ("program", "broken") for d in failed):
        named = some_of(visible(d.source) for d in failed)  # which ones, by path as every other line: two case
        # folders' plan.docx read „(plan.docx, plan.docx)” (rev-pdf8 #9)
        return f"  każdy z {documents} plików ({named}):\n  {failed[0].error}"
    return "\n".join(f"  {visible(d.source)}: {d.error}" for d in failed)  # a name's line break shown (rev-sys10 #13)


def _converted(paths: list[Path], run: _Run, jobs: int) -> list[_Document]:
    """The documents converted and placed by up to `jobs` soffice processes, each with its outcome."""
    too_few = files_limit()
    if too_few:
        raise PdfError(f"{too_few}; nic nie zamieniono na PDF")
    try:
        with _staging() as staging:
            try:
                chunks = _stage(paths, staging, _process_count(len(paths), jobs))
            except OSError as exc:
                raise _no_staging(exc) from None
            _convert_chunks(chunks, run)
    except KeyboardInterrupt as exc:
        run.kill_all()
        exc.written = list(run.placed)  # every thread has stopped: no PDF is placed after this
        raise
    return [d for chunk in chunks for d in chunk]


def _apart_protected(paths: list[Path], overwrite: bool) -> tuple[list[Path], list[_Document]]:
    """The documents to convert, and apart those whose PDF is marked read-only (the version sent) or _bound, decided
    before LibreOffice starts: one made of the document as it is now is kept without a failure (nothing to
    replace), any other is refused – LibreOffice converted it first, and every later run failed on it."""
    apart = [path for path in paths if _kept_apart(path, overwrite)]
    documents = [_Document(path, path, path, 0, kept=_current(path)) for path in apart]
    for document in documents:
        if not document.kept:
            document.error, document.refused = _protected(document.target), True
    return [path for path in paths if path not in apart], documents


def _apart_reaching(paths: list[Path]) -> tuple[list[Path], list[_Document]]:
    """The documents to convert, and apart, refused with their reason, those LibreOffice would fetch something from
    outside for, or that pismo cannot read to tell (_no_package, _reaching_out): the sound ones still get their PDFs – one
    unreadable document had cost the whole run its conversion."""
    refused = [_Document(path, path, path, 0, error=said, refused=True, outcome="outside")
               for path in paths for said in [_no_package(path) or _reaching_out(path) or _unreadable_changes(path)]
               if said]
    apart = {document.source for document in refused}
    return [path for path in paths if path not in apart], refused


def _apart_unwritable(paths: list[Path], overwrite: bool) -> tuple[list[Path], list[_Document]]:
    """The documents to convert, and apart, refused with why, those in a folder no PDF can be placed in (a
    read-only pen drive among writable folders): that folder had stopped the whole run, like no full disk does
    (rev-pdf10 #5)."""
    unwritable = _unwritable_folders(_making(paths, overwrite))
    refused = [_Document(path, path, path, 0, error=f"{unwritable[path.parent]} – {COPY_ELSEWHERE}", refused=True,
                         outcome="system") for path in paths if path.parent in unwritable]
    return [path for path in paths if path.parent not in unwritable], refused


def _kept_apart(path: Path, overwrite: bool) -> bool:
    """The document's PDF is marked read-only (unless overwrite) or _bound: never replaced by this run."""
    pdf = pdf_path(path)
    return (not _not_a_file(pdf) and os.path.lexists(pdf)
            and (not overwrite and output.read_only(pdf) or _bound(pdf)))


def _current(document: Path) -> bool:
    """pismo made the PDF beside the document (recorded, unchanged) of the document's present bytes."""
    source = record.made_from(pdf_path(document))
    return source is not None and source == record.sha256_of(document)


def _advice(failed: list[_Document]) -> str:
    """What to do after the failures: check the documents only when LibreOffice failed on them; a folder gone
    or a document changed meanwhile is no damage."""
    if any(not d.refused for d in failed):
        return DAMAGE_ADVICE
    outcomes = {d.outcome for d in failed}
    system = advice(outcomes, [d.error for d in failed if d.outcome == "broken"])
    if system:
        return system
    if "program" in outcomes:
        return "Zamiana na PDF nie zmieniła plików .docx."
    if "gone" in outcomes:
        return ("Folderu dokumentów nie ma już w tym miejscu (przeniesiono go albo usunięto w czasie zamiany) – "
                "jeśli go przeniesiono, uruchom zamianę na PDF w nowym miejscu.")
    if "changed" in outcomes:
        return "Dokumenty zmienione w tym czasie pozostały takie, jak je zapisano – uruchom zamianę ponownie."
    if "removed" in outcomes:
        return "Zamiana na PDF nie zmieniła pozostałych plików .docx."
    return "Zamiana na PDF nie zmieniła plików .docx."


MORE_TIME = 600  # seconds suggested for each document when LibreOffice was stopped at one in the time it had
MAX_TIME = 3600  # seconds `pismo pdf --czas` may give each document: an hour


def _more_time(failed: list[_Document], given: float | None, program: str) -> str:
    """How to give LibreOffice more time, after it was stopped at a document without finishing it (a very long
    one is no damaged one: a sound 10 000-page document had no way through – rev-pdf6 #10) – at two of them too
    when the time was the officer's own (a short --czas: rev-sys9 #9; at pismo's scaled time two in a row are the
    program's – rev-pdf4 #3); the command repeats the --soffice given (without it, a LibreOffice off PATH was not
    found – rev-sys9 #13). "" otherwise, or when the officer already gave the most."""
    stopped = [d for d in failed if d.error.startswith((STALLED_AT, STALLED_ROW) if given else STALLED_AT)]
    more = min(MAX_TIME, max(MORE_TIME, 2 * round(given or 0)))
    if not stopped or (given or 0) >= MAX_TIME:
        return ""
    typed = given_program(program)
    names = " ".join(as_typed(d.source) for d in stopped)
    long = "dokumenty są bardzo długie" if len(stopped) > 1 else "dokument jest bardzo długi"
    return (f"Jeśli {long}, daj LibreOffice więcej czasu na każdy dokument (w sekundach): "
            f"pismo pdf {names} --czas {more}" + (f" --soffice {as_typed(typed)}" if typed else ""))


def _gone(document: _Document) -> bool:
    """The document's folder is no longer there (moved or removed while LibreOffice converted): said as such."""
    if os.path.isdir(document.target.parent):
        return False
    document.error = (f"folderu {document.target.parent} już nie ma (przeniesiono go albo usunięto w czasie "
                      "zamiany) – PDF nie powstał")
    document.refused, document.outcome = True, "gone"
    return True


def _convert_chunks(chunks: list[list[_Document]], run: _Run) -> None:
    """A thread per chunk. On Ctrl+C every soffice is killed and the threads are waited for, whatever Ctrl+C
    comes meanwhile: cut short, the staging was removed under threads still placing PDFs."""
    pool = ThreadPoolExecutor(max_workers=len(chunks))
    try:
        for future in [pool.submit(_convert_chunk, chunk, run) for chunk in chunks]:
            future.result()
    except BaseException:
        run.kill_all()
        raise
    finally:
        with output.uninterrupted() as pressed:
            pool.shutdown(wait=True)
        if pressed:
            raise KeyboardInterrupt


@contextlib.contextmanager
def _staging():
    """A temporary folder for the copies soffice converts (scratch: a killed run's is removed by the next)."""
    try:
        made = scratch.Scratch("pismo-pdf-")
    except OSError as exc:
        raise _no_staging(exc) from None
    try:
        yield made.path
    finally:
        made.remove()


def _no_staging(exc: OSError) -> PdfError:
    todo = "zwolnij miejsce na dysku i spróbuj ponownie" if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)) \
        else "sprawdź folder tymczasowy (zmienna TEMP albo TMPDIR) i spróbuj ponownie"
    return PdfError(f"nie można przygotować plików do zamiany na PDF w folderze tymczasowym {tempfile.gettempdir()} "
                    f"({_os_reason(exc)}) – nic nie zamieniono; {todo}")


def _process_count(documents: int, jobs: int) -> int:
    return max(1, min(jobs, -(-documents // MIN_DOCUMENTS_PER_PROCESS)))


def _stage(paths: list[Path], staging: Path, processes: int) -> list[list[_Document]]:
    """Copies of the documents under unique names (plan.docx of many cases), split into contiguous chunks."""
    size = -(-len(paths) // processes)
    chunks = []
    for first in range(0, len(paths), size):
        folder = staging / str(len(chunks))
        (folder / "in").mkdir(parents=True)
        chunk = []
        for number, source in enumerate(paths[first:first + size], start=first):
            staged = folder / "in" / _staged_name(number, source)
            shutil.copyfile(source, staged)
            digest = record.sha256_of(staged)  # of the document's own bytes: its PDF is placed beside these
            _accept_changes(staged, source)
            chunk.append(_Document(source, staged, Path(), staged.stat().st_size, _text_size(staged), digest=digest))
        chunks.append(chunk)
    return chunks


_REVISED: dict[Path, Path] = {}  # PDF -> its document, which held tracked changes converted accepted (revised)


def revised(paths) -> list[tuple[Path, Path]]:
    """(PDF, document) of those of the PDFs `paths` whose documents held tracked changes, shown accepted – each told
    once."""
    return [(Path(p), _REVISED.pop(Path(p))) for p in paths if Path(p) in _REVISED]


def _accept_changes(staged: Path, source: Path) -> None:
    """The staged copy with its tracked changes accepted (revisions.py): LibreOffice printed deleted personal data
    struck through but readable (rev-pdf13 #5). One that cannot be read now (changed since _apart_reaching read
    it) is emptied: LibreOffice then loads nothing of it, and nothing deleted is printed."""
    from pismo.files import revisions

    try:
        copy = revisions.accepted(staged.read_bytes())
    except (revisions.Unreadable, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError,
            zlib.error):
        staged.write_bytes(b"")
        return
    if copy is not None:
        staged.write_bytes(copy)
        _REVISED[pdf_path(source)] = source


def _unreadable_changes(path: Path) -> str:
    """Why a document is refused: it holds tracked changes in a part pismo cannot read to accept them ("" if not)."""
    from pismo.files import revisions

    try:
        revisions.accepted(path.read_bytes())
    except revisions.Unreadable as exc:
        return (f"dokument zawiera nieprzyjęte zmiany (śledzenie zmian) w części {exc}, której pismo nie może "
                "odczytać, żeby pokazać je w PDF przyjęte – usunięty tekst byłby widoczny w PDF; otwórz dokument w "
                "Wordzie, przyjmij zmiany (Recenzja → Zaakceptuj → Zaakceptuj wszystkie zmiany), zapisz go i "
                "uruchom zamianę ponownie")
    except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError, zlib.error):
        return ""  # told by _no_package and _reaching_out, which read the package first
    return ""


def _text_size(staged: Path) -> int:
    """The unpacked size of the document's XML parts (0 if unreadable): a long text packs into a few kilobytes."""
    try:
        with zipfile.ZipFile(staged) as archive:
            return sum(i.file_size for i in archive.infolist() if i.filename.lower().endswith(".xml"))
    except (OSError, zipfile.BadZipFile, ValueError, EOFError, RuntimeError, NotImplementedError):
        return 0


def _staged_name(number: int, document: Path) -> str:
    """A unique name soffice can read: its own name, unless that holds bytes that are not UTF-8 (soffice
    cannot load such a file) or is too long to take the number in front (a name of 251 bytes is valid); the
    PDF still gets the original name."""
    try:
        size = len(document.name.encode("utf-8"))
    except UnicodeEncodeError:
        size = None
    if size is None or size > STAGED_NAME_BYTES:
        return f"{number:05d}-dokument{document.suffix}"
    return f"{number:05d}-{document.name}"


STAGED_NAME_BYTES = 200  # room for the number and for the .pdf soffice makes of it


PER_PROCESS = 100  # documents one soffice run converts: LibreOffice 7.4 stopped after 245 without a word


def _convert_chunk(chunk: list[_Document], run: _Run) -> None:
    """The chunk's documents, PER_PROCESS at a time, in one profile."""
    profile = borrow_profile()
    try:
        for first in range(0, len(chunk), PER_PROCESS):
            if run.stop.is_set():
                return
            if run.broken:  # a LibreOffice that cannot start or hung at start: not waited for again (rev-pdf5 #10)
                _give_up(chunk[first:], *run.broken)
                return
            _convert_batch(chunk[first:first + PER_PROCESS], run, profile, first // PER_PROCESS)
    finally:
        profile.release()


MAX_ATTEMPTS = 4  # LibreOffice starts for one batch: after the second, only while each finds a new culprit


MAX_ROUNDS = 3  # the batch's documents never opened, after its starts ran out at hangers: as many more batches


def _convert_batch(batch: list[_Document], run: _Run, profile, number: int | str, rounds: int = 1) -> None:
    """One soffice process for the batch, then one more for what it did not convert – and more while a crash is put
    down to a new document each time (_another_start): a second crasher in a batch cost every sound document after
    it its PDF, told LibreOffice crashed at it (rev-pdf8 #2)."""
    pending = batch
    reason = first = ""
    signless: list[tuple[_Document, bool]] = []  # the first documents of the starts that failed with no sign of
    # work, and whether each start hung
    hung: list[_Document] = []  # … of the starts that hung with no sign after the run converted (HUNG_LATER)
    culprit: _Document | None = None  # the document the last start failed at (the retry line names it)
    checking = False  # the next start opens with a document the run converted (_pilot)
    for attempt in range(1, MAX_ATTEMPTS + 1):
        pilot = _pilot(run) if checking else None
        if attempt > 1:
            if not _another_start(attempt, reason, fresh, pending, run.converted, len(hung)):
                break
            pending = sorted(pending, key=_retry_order)
            _tell_retry(run, pending, culprit.failed[-1] if culprit is not None and culprit.failed else reason,
                        culprit, pilot)  # the culprit's own part's reason (rev-pdf12 #8)
            profile.rebuild()  # it may be the profile that failed
            for document in pending:
                document.retried = True
        profile.prepare()
        out = batch[0].staged.parent.parent / f"pdf-{number}-{attempt}"
        for document in [pilot, *pending] if pilot else pending:
            document.produced = out / (document.staged.stem + ".pdf")
        before = [d.stalls for d in pending]
        opened = [pilot, *pending] if pilot else pending
        reason = _why(out, _run_parts(run, profile, out, opened, run.per_start or len(opened)), run, pending)
        run.per_start = _reached(pending, run.per_start)
        first = first or reason
        if run.stop.is_set():
            return
        if pilot is not None:
            broke = _pilot_failed(pilot, reason, pending)
            if broke:  # LibreOffice fails now at a document it converted: no document's fault (rev-pdf11 #4, #8, #11)
                run.broken = run.broken or (broke, "program")
                _stopped_starting(pending, broke)
                return
            hung.clear()  # it converted a known document: it starts, each hang since is its document's
        tried, pending = pending, _place_all(pending, run)
        placed = len(pending) < len(tried)
        if placed:  # it converted since: no two hangs in a row
            hung.clear()
        elif reason.startswith(HUNG_LATER):
            hung.append(tried[0])
        progress = placed or any(d.stalls > b for d, b in zip(tried, before))  # a sign it got somewhere
        fresh = placed or any(d.stalls and not b for d, b in zip(tried, before))  # a new culprit: the same one
        # failed at again is no reason for another start – two starts more only repeated one (rev-pdf9 #3)
        checking = reason.startswith(HUNG_LATER)  # no sign of work after the run converted: the program or the
        # document it loaded first – the next start tells them apart
        worked = not checking  # … else the document it failed at is the one it worked on (_caught)
        if not pending:
            return
        if reason.startswith((NOT_STARTED, NOT_LIBREOFFICE)):  # the second time, it would not start or be LibreOffice either
            run.broken = run.broken or (reason, "program")
            _give_up(pending, reason, "program")
            return
        if not progress and reason not in ("", NO_PDF) and not fault_of(reason) or reason.startswith(HUNG_AT_START):
            signless.append((tried[0], reason.startswith(HUNG_AT_START)))
            said = _signless(run, signless, reason, tried)
            if said:
                profile.rebuild()  # tried again, a hung start was paid twice; the next run starts afresh
                if len(tried) > 1:  # a lone document's may be its own: no verdict on the program for other batches
                    run.broken = run.broken or (said, fault_of(said))
                _give_up(pending, said, fault_of(said))
                return
            fresh = True
            checking = run.converted  # crashed at once after the run converted: as a hung start (rev-pdf11 #8)
            worked = False
        culprit = next((d for d, b in zip(tried, before) if d.stalls > b), None)
        _caught(tried, before, worked)
        _note_failures(tried, before, reason)
        _note_owed(tried, before, pending)
    pending = _unopened_again(pending, run, profile, f"{number}-{rounds}", rounds)
    _judged(batch, pending, run, out, reason, first, len(hung) > 1, culprit)
    _hung_twice(run, hung)


def _unopened_again(pending: list[_Document], run: _Run, profile, number: str, rounds: int) -> list[_Document]:
    """The documents still to judge: those the batch's starts never opened, when they ran out at documents that
    hung or crashed LibreOffice while it works (it converted in this run, and since), are converted as a batch of
    their own – four hangers in a row had cost the 95 sound documents after them their PDFs (rev-pdf11 #4);
    MAX_ROUNDS bounds the waits, each paid for a document LibreOffice failed at."""
    unopened = [d for d in pending if not d.stalls and not d.failed and not d.own]
    if not unopened or len(unopened) == len(pending) or not run.converted or run.broken or rounds >= MAX_ROUNDS \
            or run.stop.is_set():
        return pending
    _convert_batch(unopened, run, profile, number, rounds + 1)
    return [d for d in pending if all(d is not u for u in unopened)]


def _pilot(run: _Run) -> _Document | None:
    """A copy of the smallest document the run converted, to open the next start with: after a start with no sign
    of work, in a run that converted, it tells a LibreOffice that stopped starting (it fails at this one too) from a
    document it hangs or crashes loading (it converts this one first, then fails at that one, which is named) –
    without it, three hangers in a row were judged the program's and the sound documents after them never
    started, and a LibreOffice that stopped starting was waited for four times a batch (rev-pdf11 #4, #11)."""
    good = run.good
    if good is None:
        return None
    return _Document(good.source, good.staged, good.produced, good.size, good.text, pilot=True)


def _caught(tried: list[_Document], before: list[int], worked: bool) -> None:
    """The documents a start failed at after a sign of work (`worked`: a PDF or a „convert …” line before the
    failure) marked as such: the failure is theirs, whatever LibreOffice does at later starts."""
    for document, stalls in zip(tried, before):
        document.caught = document.caught or worked and document.stalls > stalls


def _stopped_starting(pending: list[_Document], said: str) -> None:
    """The batch's documents told, once a failed pilot showed a LibreOffice that stopped starting: the program's
    verdict (`said`), but a document it failed at while it worked (_caught) told its own failure – a crasher of the
    start before was told „wina programu, nie dokumentów” instead of being named."""
    for document in pending:
        if document.caught:
            document.error = _own_failure(document)
    _give_up([d for d in pending if not d.caught], said, "program")


def _pilot_failed(pilot: _Document, reason: str, pending: list[_Document]) -> str:
    """The program's fault when a start made no PDF of the pilot, a document it converted in this run, nor of any
    document of the batch (`pending`): a crash or a hang at once – what a LibreOffice that stopped starting does
    (crashes at start were each put on the sound document that opened the start, rev-pdf11 #8) – or any other
    failure at it: „could not load” and an unusable PDF were put on the sound documents failed alike, told to
    re-save them in Word (rev-pdf12 #4); "" when it converted it, or a document of the batch, or the reason is not
    the program's (a full disk). Its PDF is removed: it is no document of the batch."""
    failed = not _made(pilot) and not any(map(_made, pending)) and not fault_of(reason)
    how = _pilot_failure(pilot, reason) if failed else ""
    with contextlib.suppress(OSError):
        os.unlink(pilot.produced)
    if not how:
        return ""
    return (f"nie zamieniono – LibreOffice zamieniał w tej zamianie dokumenty, ale uruchomiony ponownie {how}, więc "
            "nie uruchamiano go ponownie – to wina programu, nie dokumentów: zamknij okna LibreOffice, sprawdź, czy "
            "uruchamia się ręcznie, i uruchom zamianę ponownie")


def _pilot_failure(pilot: _Document, reason: str) -> str:
    """What LibreOffice did at the pilot, named by its path – by its name alone, every case's „plan.docx” read as
    the document told (rev-pdf12 #6)."""
    known = f"który wcześniej zamienił bez kłopotu („{visible(pilot.source)}”)"
    if reason not in ("", NO_PDF):
        how = "przestał odpowiadać" if _hung(reason) else reason.removeprefix("LibreOffice ")
        return f"{how} zaraz po uruchomieniu, także z dokumentem, {known}"
    if pilot.own == UNLOADABLE:
        return f"nie mógł wczytać także dokumentu, {known} (napisał „source file could not be loaded”)"
    if os.path.lexists(pilot.produced):
        return f"zapisał plik PDF, którego nie da się otworzyć, także z dokumentu, {known}"
    return f"zakończył pracę bez błędu, nie tworząc pliku PDF także z dokumentu, {known}"


def _hung_twice(run: _Run, hung: list[_Document]) -> None:
    """A batch's LibreOffice that hung with no sign of work at two different first documents has stopped starting:
    the run's later batches are not started and waited for twice each (a batch of 100 documents cost two waits of
    its start, every batch again – minutes of silence), their documents told why at once."""
    firsts = [d for i, d in enumerate(hung) if all(d is not e for e in hung[:i])]
    if len(firsts) < 2:
        return
    names, times = _names(firsts), "dwa razy" if len(firsts) == 2 else count(len(firsts), "raz", "razy", "razy")
    said = (f"nie zamieniono – LibreOffice uruchomiony dla wcześniejszych dokumentów {times} z rzędu nie dał "
            f"żadnego znaku pracy (kolejno przy {names}), więc nie uruchamiano go ponownie dla tego dokumentu – to "
            "wina programu, nie dokumentów: zamknij okna LibreOffice i uruchom zamianę ponownie")
    run.broken = run.broken or (said, "program")


def _note_failures(tried: list[_Document], before: list[int], reason: str) -> None:
    """Each document a start failed at keeps that start's reason (its part's, `said`; else the attempt's): a crash
    at one and a hang at another are told each as it was, „także za drugim razem” only of one failed at twice
    (rev-pdf9 #2, #3)."""
    for document, stalls in zip(tried, before):
        if document.stalls > stalls:
            document.failed += (reason if reason.startswith(NO_SPACE) else document.said or reason,)  # a full
            # disk (_why) is the cause, whatever each part said


def _note_owed(tried: list[_Document], before: list[int], pending: list[_Document]) -> None:
    """A document failed at before is owed another try when this start failed at another one before reaching it:
    put last after a hung start, then behind a crasher, it was never started again and told LibreOffice did not
    start, in a run that converted (rev-pdf10 #2)."""
    culprit = next((i for i, (d, b) in enumerate(zip(tried, before)) if d.stalls > b), None)
    for index, document in enumerate(tried):
        if document in pending and document.stalls:
            document.owed = culprit is not None and index > culprit and document.stalls == before[index] or \
                document.unreached  # a start that ended well before it is no try either (rev-pdf12 #5)


def _retry_order(document: _Document) -> tuple[int, bool]:
    """The retry's order: documents never failed at first, then the culprits by how often they failed – one owed a
    try (not reached since its failure) before the newest culprit of as many failures (rev-pdf10 #2); one a start
    ended quietly at, before reaching the sound one after it, behind that one (rev-pdf13 #3)."""
    return document.stalls, document.ended_at, not document.owed


def _another_start(attempt: int, reason: str, progress: bool, pending: list[_Document], converted: bool,
                   hung: int = 0) -> bool:
    """Whether the batch's documents without a PDF get one more start: a second always; a third or fourth only
    after a crash or error that converted something or was put down to a new document – after a hang only once
    the run has converted (LibreOffice works: the hang is the document's – two hangers in a row cost every sound
    document after them its PDF, rev-pdf10 #4, #7; before that each hang is judged after two starts) – and not
    when each document left was already failed at and tried since (MAX_ATTEMPTS bounds the waits). After two
    starts in a row with no sign of work (`hung`), one more only for a document never tried: it tells a document's
    hang from a program that stopped starting (sys17)."""
    if attempt == 2:
        return True
    if hung >= 2:
        return any(not d.stalls and not d.own for d in pending)
    if not (reason and progress) or reason.startswith(STALLED_AT) and not converted:
        return False
    if fault_of(reason) and not reason.startswith(HUNG_AT_START):  # a hung start put on its first document: a
        return False  # second hang ends the batch (_signless) – a crash then a hang had cost the run (rev-pdf9 #2)
    return not all(d.stalls and not d.owed or d.own for d in pending)  # one LibreOffice could not load is judged
    # by its own word


def _signless(run: _Run, signless: list[tuple[_Document, bool]], reason: str, tried: list[_Document]) -> str:
    """After a start that failed with no sign of work (no „convert …” line, no PDF): LibreOffice may have crashed or
    hung loading its first document (it prints the line after loading), so that one is suspect and goes last – kept
    first, it cost every sound document after it its PDF (rev-pdf7 #3, rev-pdf8 #13: a first document hanging it
    lost the whole run its PDFs). Such starts of one kind at three different first documents (hangs: two – each is
    waited for) before any PDF of the run: the program's fault, said once with the program used (rev-pdf8 #8: each
    document was told LibreOffice crashed at it); a crash then a hang are no two hangs (rev-pdf9 #2). A lone
    document's, before any PDF: _lone. "" to try again."""
    hung = reason.startswith(HUNG_AT_START)
    alike = [d for d, kind in signless if kind == hung]
    firsts = [d for i, d in enumerate(alike) if all(d is not e for e in alike[:i])]
    if len(tried) < 2 and not run.converted and (hung or len(alike) > 1):
        return _lone(reason, len(alike))
    if len(tried) > 1 and not run.converted and len(firsts) >= (2 if hung else min(3, len(tried))):
        names = _names(firsts)
        if hung:
            return reason + (f" – {count(len(firsts), 'raz', 'razy', 'razy')} z rzędu, za każdym razem z innym pierwszym "
                             f"dokumentem (kolejno {names}), więc to nie ich wina")
        return (f"{NOT_RUNNING} poprawnie: {count(len(firsts), 'raz', 'razy', 'razy')} z rzędu zaraz po uruchomieniu, "
                f"zanim wczytał pierwszy dokument (kolejno {names}) – {reason}; uruchomiony program: {run.soffice}")
    tried[0].stalls += 1  # a lone one too: started again and again at it, the judgment waited for a new culprit
    return ""


LONE = "nie wiadomo, czy to wina tego dokumentu, czy programu LibreOffice"


LONE_WHERE = " – zaraz po uruchomieniu albo wczytując ten dokument; "


def program_at_start(reason: str) -> str:
    """A lone document's failure at start (_lone) for a caller converting pismo's own document (the web's PDF of
    the case, sound by construction): the program's, without the command line's steps – „ten dokument może być
    uszkodzony: otwórz go w Wordzie … uruchom zamianę ponownie” was said in the browser (rev-pdf11 #5). Any other
    reason as it is."""
    if not reason.startswith(f"{LONE}: ") or LONE_WHERE not in reason:
        return reason
    what = reason.removeprefix(f"{LONE}: ").split(LONE_WHERE)[0]
    return (f"{what} – to błąd programu LibreOffice, nie dokumentu (pismo utworzyło go samo ze sprawy): sprawdź, czy "
            "LibreOffice uruchamia się ręcznie (a jeśli nie, zainstaluj go ponownie)")


def _lone(reason: str, times: int) -> str:
    """A lone document at which LibreOffice, never having converted in this run, failed with no sign of work (hung
    once – each wait is paid in full – or crashed twice alike): the program and the document are equally suspect,
    and both are said with how to tell them apart – a hang was told „to błąd programu … zainstaluj go ponownie”,
    a crash put on the document, four starts (rev-pdf9 #5, rev-pdf8 #13)."""
    twice = f" ({count(times, 'raz', 'razy', 'razy')} z rzędu)" if times > 1 else ""
    return (f"{LONE}: {reason}{twice}, zanim dał jakikolwiek znak pracy{LONE_WHERE}zamień na PDF inny dokument: jeśli "
            "i to się nie uda, sprawdź, "
            "czy LibreOffice uruchamia się ręcznie (a jeśli nie, zainstaluj go ponownie); jeśli się uda, ten dokument "
            "może być uszkodzony: otwórz go w Wordzie, zapisz go jako nowy plik .docx i uruchom zamianę ponownie")


def _judged(batch: list[_Document], pending: list[_Document], run: _Run, out: Path, reason: str, first: str,
            signless: bool = False, culprit: _Document | None = None) -> None:
    """Each document left without a PDF told why, after the last start (`signless`: its last starts, two or more in
    a row, showed no sign of work; `culprit`: the document it failed at)."""
    again = " (także za drugim razem)" if reason == first else f" (za pierwszym razem: {first})"
    if any(d.failed for d in pending) and (reason.startswith(STALLED_AT) or not fault_of(reason)):
        _culprits_judged(pending, reason, run.document_time, run.converted and not signless, culprit)
        _told_unloaded_alike(pending)
        return
    fault = fault_of(reason)
    blame = "" if fault else _program_blame(batch, pending, out, run.soffice, run.converted)
    idle = any(d.idle for d in pending)  # a start made nothing of several: the lone ones' alike (its parts) too
    for document in pending:
        said, its = _unusable(document, reason), fault
        if said == NO_PDF and document.silent and run.converted and (document.idle or document.idle is None and idle
                                                                      or not document.passed):
            document.error, document.refused, document.outcome = IDLE, True, "program"
            continue
        if said == NO_PDF and document.silent and run.converted:  # the program is LibreOffice: it converted
            document.error = PASSED_OVER.format(again=again)
            continue
        if said == NO_PDF and blame:
            said, its = blame, "program"
        elif said != reason and not document.own:  # a PDF it wrote unusable, or a document it never reached: no
            its = its or "program"  # damage of it
        document.error = said if said == document.own else said + again  # its own word ends with what to do
        if its:  # the program's, not the document's: the closing advice must not send one to look for damage
            document.refused, document.outcome = True, its
    _told_unloaded_alike(pending)


def _hung(reason: str) -> bool:
    return reason.startswith((STALLED_AT, HUNG_AT_START))


def _culprits_judged(pending: list[_Document], reason: str, given: float | None, converted: bool = False,
                     culprit: _Document | None = None) -> None:
    """The documents LibreOffice failed at told each what it did there (a crash, a hang) – the ones it never opened
    are not sent to look for damage. Hung at two different documents in a row: the program's fault (each of 9 small
    documents was told it may be damaged), unless the time was the officer's own (--czas, `given`: two long
    documents past a short time were blamed on LibreOffice – rev-sys9 #9); a crash at one is no such hang (rev-pdf9
    #2), nor once the run converted (`converted`) and a start since showed a sign of work: LibreOffice works, each
    hang is its document's (rev-pdf10 #4, #7)."""
    stuck = [d for d in pending if any(map(_hung, d.failed))]
    twice = _stalled_twice(stuck, given) if len(stuck) > 1 and (given or not converted) else ""
    alike = [d for d in pending if d.failed and (d.failed[-1] == reason or _hung(d.failed[-1]) and _hung(reason))]
    at = sorted(alike or [d for d in pending if d.failed], key=lambda d: d is not culprit)  # the last start's first:
    # by the reason's text alone two of four hangers were named (rev-pdf11 #3)
    names = _names(at)
    other = "innym dokumencie" if len(at) == 1 else "innych dokumentach"
    for document in pending:
        if twice and (document in stuck or not document.failed and not document.own):
            document.error, document.refused, document.outcome = twice, True, "program"
        elif document.failed:
            document.error = _own_failure(document) + (NOT_REACHED_AGAIN if document.unreached else "")
        elif document.own:
            document.error = document.own
        else:
            document.error = (f"nie zamieniono – LibreOffice przestał odpowiadać przy {other} ({names}) i "
                              "został zatrzymany, zanim doszedł do tego dokumentu; zamień ten dokument na PDF "
                              "osobno" if _hung(reason) else
                              f"nie zamieniono – {reason} przy {other} ({names}), zanim LibreOffice doszedł "
                              "do tego dokumentu; uruchom zamianę ponownie")
            document.refused, document.outcome = True, "program"


NOT_REACHED_AGAIN = ("; uruchomiony ponownie LibreOffice zakończył pracę bez błędu, zanim doszedł do tego dokumentu – "
                     "uruchom zamianę ponownie albo zamień ten dokument osobno")  # its retry never put to it


def _names(documents: list[_Document]) -> str:
    """The documents by name in quotes, three and how many more: a fourth crasher's line listed every one."""
    return some_of(f"„{d.source.name}”" for d in documents)


def _own_failure(document: _Document) -> str:
    """What LibreOffice did at this document, from each start that failed at it: „także za drugim razem” only of one
    failed at twice alike – it was said of documents it crashed at once (rev-pdf9 #3)."""
    failed = document.failed
    said = failed[-1] if _hung(failed[-1]) else f"{failed[-1]} – przy zamianie tego dokumentu"
    if len(failed) < 2:
        return said
    if len(set(failed)) > 1:
        return f"{said} (za pierwszym razem: {failed[0]})"
    return said + (" (także za drugim razem)" if len(failed) == 2 else f" ({len(failed)} razy z rzędu)")


def _stalled_twice(stuck: list[_Document], given: float | None) -> str:
    """LibreOffice hung at two different documents in a row (the retry puts the first last)."""
    names = _names(stuck)
    check = ("sprawdź, czy LibreOffice działa poprawnie (np. otwórz w nim któryś z tych dokumentów i zapisz go "
             "jako PDF), zamknij jego okna i uruchom zamianę ponownie")
    head = STALLED_TWICE if len(stuck) == 2 else STALLED_TWICE.replace("dwóch", str(len(stuck)))  # a third start
    return (f"{head} ({names}), więc został zatrzymany – " + (
        f"nie skończył żadnego z nich w czasie podanym w --czas ({seconds(given)}); jeśli są bardzo długie, daj "
        f"mu więcej czasu, a jeśli nie, {check}" if given else f"to wina programu, nie dokumentów: {check}"))


def _run_parts(run: _Run, profile, out: Path, documents: list[_Document], part: int) -> str:
    """The documents converted by one soffice process per `part` of them, one after another; the first
    failure's reason ("" if each ended well): a LibreOffice that quietly stops after N documents (7.4 did after
    245) converts all of them in parts of N, where one process again stopped at the same point. Each document
    keeps its own part's reason (`said`): a hang at one part's document was told as another part's crash
    (rev-pdf12 #8)."""
    reasons = []
    for first in range(0, len(documents), max(1, part)):
        if run.stop.is_set():
            break
        some = documents[first:first + max(1, part)]
        reasons.append(_run_soffice(run, profile, out, some))
        for document in some:
            document.said = reasons[-1]
    return next((reason for reason in reasons if reason), "")


def _reached(documents: list[_Document], part: int) -> int:
    """Documents per start for the retry: as many as LibreOffice reached when it stopped early, never more than it
    reached before (`part`, 0: all at once) – its parts all reached were taken for all in one start, and a pilot
    counted in on top took the slot of the document the retry was for: never opened again, told it hung
    (rev-pdf12 #5)."""
    if not any(d.unreached for d in documents):
        return part
    reached = max(1, sum(1 for d in documents if not d.unreached))
    return min(part, reached) if part else reached


def _give_up(documents: list[_Document], reason: str, outcome: str) -> None:
    """The documents told the program's failure, without another start of it."""
    for document in documents:
        document.error, document.refused, document.outcome = reason, True, outcome


def _shorter(retry: float, first: float) -> bool:
    """The retry's wait is shorter as the officer reads the two: 20 s against 20,3 s was „krócej” before „20 s
    bez postępu (także za drugim razem)” (rev-sys10 #5)."""
    return retry < first and seconds(retry) != seconds(first)


def _tell_retry(run: _Run, pending: list[_Document], reason: str, culprit: _Document | None = None,
                pilot: _Document | None = None) -> None:
    """A line on the terminal when a document LibreOffice stalled or failed at is tried again: the two waits were
    minutes of silence. It names the document the last start failed at (`culprit`): picked by the reason's text,
    a start hung at d was told as hung at c, whose start had failed alike (rev-pdf11 #3). A `pilot` opening the
    retry is said with the wait for it."""
    stalled = culprit or next((d for d in pending if d.stalls), None)
    opener = pilot or pending[0]
    if culprit is None and stalled is not None and stalled.unreached and waiting is not None:  # nothing failed at it:
        # „nie utworzył pliku PDF (dokument może być uszkodzony) przy dokumencie …” was said of one never opened
        waiting(f"LibreOffice zakończył pracę bez błędu, zanim doszedł do dokumentu {stalled.source} – próbuję "
                "jeszcze raz…")
        return
    check = (f", najpierw z dokumentem, który już zamienił („{visible(pilot.source)}”), żeby sprawdzić, czy "
             "LibreOffice nadal działa" if pilot else "")
    if stalled is not None and waiting is not None and reason.startswith(HUNG_AT_START):
        waiting(f"LibreOffice nie dał żadnego znaku pracy – może wczytując pierwszy dokument, {stalled.source} – "
                f"próbuję jeszcze raz (najwyżej {seconds(_allowance(run, opener, False))} do pierwszego znaku "
                "pracy), ten dokument zamieniam na końcu…")
        return
    if stalled is None or waiting is None or fault_of(reason):  # a full disk, a kill: no document's doing
        return
    if reason.startswith(STALLED_AT):
        opens = stalled is opener  # the retry's start is waited for before it too, in full: a total is promised
        shorter = ("tym razem czekam krócej, " if not opens and _shorter(_allowance(run, stalled, True),
                                                                          _allowance(run, stalled, True, False))
                   else "")  # on the document than the first time
        share = seconds(_allowance(run, stalled, not opens))
        wait = (f"najwyżej {share} razem z uruchomieniem LibreOffice" if opens else  # the start is waited for in
                f"najwyżej {seconds(_allowance(run, opener, False))} do pierwszego znaku pracy, a przy tym "  # full:
                f"dokumencie {shorter.replace('czekam ', '')}najwyżej {share}")  # „20 s” then 110 s (rev-pdf10 #4)
        waiting(f"LibreOffice przestał odpowiadać przy dokumencie {stalled.source} i został zatrzymany – próbuję "
                f"jeszcze raz ({wait}){check}…")
    else:
        last = ", ten dokument zamieniam na końcu" if len(pending) > 1 else ""  # not of the only one
        waiting(f"{reason} przy dokumencie {stalled.source} – próbuję jeszcze raz{last}{check}…")


STALLED_TWICE = "LibreOffice przestał odpowiadać przy dwóch różnych dokumentach z rzędu"
STALLED_ROW = STALLED_TWICE.split("dwóch")[0]  # … or at 3 (_stalled_twice)


UNLOADABLE = ("LibreOffice nie mógł wczytać tego dokumentu („source file could not be loaded”; dokument może być "
              "uszkodzony) – otwórz go w Wordzie, zapisz jako nowy plik .docx i uruchom zamianę ponownie")


PASSED_OVER = ("LibreOffice pominął ten dokument bez żadnego komunikatu{again}, choć inne dokumenty zamienił – otwórz "
               "go w Wordzie, zapisz jako nowy plik .docx i uruchom zamianę ponownie")


IDLE = ("nie zamieniono – LibreOffice zamieniał w tej zamianie dokumenty, ale uruchomiony ponownie zakończył pracę "
        "bez błędu i bez żadnego komunikatu, nie tworząc pliku PDF żadnego z dokumentów, które dostał – to wina "
        "programu, nie dokumentów: zamknij okna LibreOffice, sprawdź, czy uruchamia się ręcznie, i uruchom zamianę "
        "ponownie")  # a start that made nothing of several documents, after the run converted: each was told
# PASSED_OVER – sent to re-save in Word – a whole batch of sound documents at scale (rev-pdf12 #1)


def _program_blame(batch: list[_Document], pending: list[_Document], out: Path, program: str,
                   converted: bool = False) -> str:
    """The program, not the documents, when soffice ended well but wrote PDFs no document has (another name,
    another numbering) or not one PDF of several documents: „dokument może być uszkodzony” sent the officer to
    check sound documents. Documents passed over without a word, by a program that converted in this run
    (`converted`: it is LibreOffice), are theirs (PASSED_OVER): „czy to rzeczywiście LibreOffice” was asked of it
    (rev-pdf11 #7)."""
    names = {d.produced.name.lower() for d in batch}
    with contextlib.suppress(OSError):
        others = sorted(p.name for p in out.iterdir() if p.suffix.lower() == ".pdf" and p.name.lower() not in names)
        if others:
            return (f"LibreOffice zapisał pliki PDF pod innymi nazwami, niż je zamówiono (np. „{others[0]}”), więc "
                    f"ich nie użyto – {check_program(program)}")
    if len(batch) > 1 and len(pending) == len(batch) or all(d.silent for d in pending) and not converted:
        return (f"program uruchomiony jako LibreOffice zakończył pracę bez błędu, ale nie utworzył "
                f"{_pdf_files(len(batch), len(pending))} – {check_program(program)}")
    return ""


def _pdf_files(documents: int, missing: int) -> str:
    """„żadnego z 2 plików PDF”, „40 z 100 plików PDF” (it made the others); for one document (a program that
    ended well without a word) „pliku PDF”."""
    if documents == 1:
        return "pliku PDF"
    return f"żadnego z {documents} plików PDF" if missing == documents else f"{missing} z {documents} plików PDF"


def _unusable(document: _Document, reason: str) -> str:
    """Why this document has no PDF when soffice ended well: a file it wrote that pismo cannot use is said as
    such – „nie utworzył … (dokument może być uszkodzony)” sent the officer to check sound documents."""
    if reason != NO_PDF:
        return reason
    if document.own:
        return document.own
    if document.unreached:
        return ("LibreOffice zakończył pracę bez błędu, zanim doszedł do tego dokumentu (nie otworzył go), także w "
                "osobnym uruchomieniu – uruchom zamianę ponownie albo zamień ten dokument osobno")
    produced = document.produced
    if os.path.lexists(produced):
        return ("LibreOffice zapisał plik PDF, którego nie da się otworzyć (jest niepełny albo uszkodzony), więc go "
                "nie użyto – sprawdź, czy program LibreOffice działa poprawnie (np. otwórz w nim ten dokument)")
    with contextlib.suppress(OSError):
        for other in produced.parent.iterdir():
            if other.name.lower() == produced.name.lower():
                return (f"LibreOffice zapisał PDF pod inną nazwą („{other.name}” zamiast „{produced.name}”), więc go "
                        "nie użyto – sprawdź, czy program uruchomiony jako LibreOffice to rzeczywiście LibreOffice")
    return reason


def _run_soffice(run: _Run, profile, out: Path, documents: list[_Document]) -> str:
    """One soffice process over the documents – started once more on the same profile when it asks to be (code
    81 after making a new profile, as LibreOffice's own soffice script does); why it failed, in Polish ("" if it
    ended well – which does not mean every PDF was made)."""
    reason = _run_soffice_once(run, profile, out, documents)
    if reason == _RESTART_ASKED:
        reason = _run_soffice_once(run, profile, out, documents)
    return _RESTARTED if reason == _RESTART_ASKED else reason


_RESTART_ASKED = "restart"  # LibreOffice's code 81 without a sign of work: it made its profile, start it again
_RESTARTED = (f"{NOT_RUNNING} (kod 81: LibreOffice poprosił o ponowne uruchomienie, a uruchomiony ponownie poprosił "
              "o to znowu)")


def _run_soffice_once(run: _Run, profile, out: Path, documents: list[_Document]) -> str:
    """One soffice process over the documents; why it failed (_RESTART_ASKED: it asked to be started again)."""
    for document in documents:  # of this start only: one an earlier start did not reach may be reached now
        document.unreached = False
    command = [run.soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={profile.uri}",
               f"--infilter={WORD_FILTER}", "--convert-to", f"pdf:{PDF_FILTER}", "--outdir", str(out),
               *(str(d.staged) for d in documents)]
    temp = out.with_name(f"tmp-{out.name}")  # inside the staging folder, removed with it
    try:
        temp.mkdir(exist_ok=True)
    except OSError as exc:  # the temporary folder's fault (a full disk, no file entries left), not the program's
        return _no_temp(exc)
    with run.lock:
        if run.stop.is_set():
            return "przerwano"
        try:
            process = start(guarded(command, profile.pass_fds), temp, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, pass_fds=profile.pass_fds)
        except OSError as exc:
            return _not_started(run.soffice, exc)
        run.processes.add(process)
        _STARTED[0] += 1
    try:
        tail = OutputTail(process.stdout)
        stalled, going, worked = _watch(process, run, documents, tail)
        _note_converted(run, documents)
        if stalled:
            kill_group(process)
            return _stall(run, documents, stalled, going, worked)
        code = process.wait()
        _note_converted(run, documents)
    finally:
        with run.lock:
            run.processes.discard(process)
    said = tail.last_line(telling=not tail.progress)  # no „convert …” line: a start's failure, told by its reason
    if (missing_filter(said) or store_refused(said)) and 0 <= code <= 128:  # a crash after them is the crash's (rev-pdf8 #3)
        return missing_filter(said) or store_refused(said)
    if code == 127 and GUARD_ERRNO.fullmatch(said):
        errno_ = int(GUARD_ERRNO.fullmatch(said)[1])
        return _not_started(run.soffice, OSError(errno_, ""))
    unseen = not tail.progress and not any(d.produced.exists() for d in documents)
    if code == RESTART and unseen:
        return _RESTART_ASKED
    if code != 0:
        if unseen and not run.converted and not_libreoffice(code, said):  # a program that converted is LibreOffice
            quote = f"; jego komunikat: „{said}”" if said else ""
            return f"{NOT_LIBREOFFICE} (kod {code}){quote} – {check_program(run.soffice)}"
        _mark_failed_at(documents, tail)
        reason = failure(code, said)
        if unseen and reason.startswith(NOT_RUNNING) and code != RESTART:  # which program would not start, and where
            return f"{reason} – {not_starting(run.soffice)}"
        return reason
    idle = not said.strip() and (not any(map(_made, documents)) if len(documents) > 1 else None)
    if idle:  # it ended quietly at the first document it opened: that one goes last next time (rev-pdf13 #3)
        documents[0].ended_at += 1
    for document in documents:
        document.silent, document.idle = not said.strip(), idle
    converted_before = run.converted and not any(map(_made, documents))
    _own_words(documents, tail)
    _unloaded_alike(documents, converted_before)
    _mark_unreached(documents, tail)
    _mark_passed(documents)
    return _unseen(said, documents, run, lambda: _sees_folder(run, profile, out))


def _own_words(documents: list[_Document], tail: OutputTail) -> None:
    """What a LibreOffice ending well said of each document it passed over („source file could not be loaded”):
    such a one was told the generic „nie utworzył pliku PDF” (rev-pdf9, j2)."""
    for document in documents:
        document.own = ""
    _reached_by(documents, tail)


UNLOADED_ALIKE = ("nie zamieniono – LibreOffice zamieniał w tej zamianie dokumenty, ale uruchomiony ponownie nie "
                  "mógł wczytać żadnego z dokumentów, które dostał („source file could not be loaded”) – to raczej "
                  "błąd programu niż dokumentów: zamknij okna LibreOffice i uruchom zamianę ponownie; dopiero jeśli "
                  "ten dokument znów się nie wczyta, otwórz go w Wordzie, zapisz jako nowy plik .docx i spróbuj raz "
                  "jeszcze")


def _unloaded_alike(documents: list[_Document], converted_before: bool) -> None:
    """A start after the run converted that could load none of its several documents is the program's (as the
    pilot's, rev-pdf12 #4, which _pilot_failed tells): after a hang, the retry's LibreOffice said „could not be loaded” of each document, and
    sound ones it never opened before were sent to re-save in Word (rev-pdf13 #7)."""
    if converted_before and len(documents) > 1 and all(d.own == UNLOADABLE and not d.pilot for d in documents):
        for document in documents:
            document.own = UNLOADED_ALIKE


def _told_unloaded_alike(documents: list[_Document]) -> None:
    """Those told UNLOADED_ALIKE are the program's: the closing advice does not send one to look for damage."""
    for document in documents:
        if document.error.startswith(UNLOADED_ALIKE):
            document.refused, document.outcome = True, "program"


def _mark_passed(documents: list[_Document]) -> None:
    """The documents a LibreOffice ending well went past with no PDF and no word of them, while it made the PDF of
    another of the same start: the only evidence that it passes over that very document (PASSED_OVER). A lone start
    that made nothing, or one that ended before a document, is none: the 101st document, given alone to a LibreOffice
    that stopped working, was sent to Word on the strength of other starts' PDFs (rev-pdf13 #2)."""
    if not any(map(_made, documents)):
        return
    for document in documents:
        document.passed = document.passed or not document.unreached and not document.own and not _made(document)


def _mark_unreached(documents: list[_Document], tail: OutputTail) -> None:
    """The documents after the last one a LibreOffice ending well reported („convert …”) that have no PDF: it
    stopped before them – „dokument może być uszkodzony” sent the officer to check documents never opened."""
    for document in documents:
        document.unreached = False
    if not tail.progress:
        return
    named = [i for i, d in enumerate(documents) if os.fsencode(d.staged.name) in tail.converting]
    last = named[-1] if len(named) == 1 else min(tail.progress, len(documents)) - 1
    for document in documents[last + 1:]:
        document.unreached = not document.produced.exists() and not document.own  # it said why: reached


HUNG_AT_START = f"{NOT_RUNNING} albo przestał odpowiadać"
STALLED_AT = "LibreOffice przestał odpowiadać przy dokumencie"
HUNG_LATER = f"{STALLED_AT} albo zaraz po uruchomieniu"  # a later start with no sign of work, in a run that converted


def _stall(run: _Run, documents: list[_Document], stalled: float, going: bool, worked: bool = False) -> str:
    """Why a stalled soffice was stopped: one that showed no sign of work (no „convert …” line, no PDF) never got
    going – the program's fault (told to check every document for damage, though it had not opened one) unless
    it converted in this run (then the first document is suspect, and named: every one was told „uszkodzony”), else
    it stopped at a document (a very long or damaged one); under a low open-files limit the limit's
    (LibreOffice hangs at start when it runs out of file handles)."""
    if few_files():
        return f"{few_files()} – LibreOffice przestał odpowiadać i został zatrzymany po {seconds(stalled)}"
    if not going and not any(d.produced.exists() for d in documents):
        if not run.converted:
            return (f"{HUNG_AT_START} – przekroczono limit czasu ({seconds(stalled)} od uruchomienia bez żadnej "
                    "oznaki pracy), więc został zatrzymany")
        # it converted in this run, so it starts: hung at its start or loading its first document („convert …”
        # comes after the load) – that one goes last in the retry, and a second such hang is the program's
        documents[0].stalls += 1
        if worked:  # at full processor all along: no hang at its start, no „bez żadnej oznaki pracy” (rev-pdf9 #4)
            return (f"{STALLED_AT} – pracował przez {seconds(stalled)}, ale nie skończył go, więc został zatrzymany "
                    "(dokument może być bardzo długi albo uszkodzony)")
        return (f"{HUNG_LATER} – przekroczono limit czasu ({seconds(stalled)} od "
                "uruchomienia bez żadnej oznaki pracy), więc został zatrzymany (dokument może być bardzo długi albo "
                "uszkodzony)")
    return (f"{STALLED_AT} – przekroczono limit czasu ({seconds(stalled)} bez "
            "postępu), więc został zatrzymany (dokument może być bardzo długi albo uszkodzony)")


def _unseen(said: str, documents: list[_Document], run: _Run, sees=lambda: False) -> str:
    """A LibreOffice ending well that could not load any of pismo's sound documents, or says it wrote PDFs that
    are not there (unusable ones written there are no sign: pdfcheck tells them), works in a /tmp of its own (a snap's, a Flatpak's): told as such – „dokument może być
    uszkodzony” and „czy to rzeczywiście LibreOffice” sent the officer to check sound documents and a sound
    program. Not once it converted any document of the run from that folder, nor of a document pismo cannot
    read itself: a damaged one was sent to reinstall a working LibreOffice. A limit of the session (ulimit -v),
    under which it says the same, is left to _why. „Could not load” alone is told so only when LibreOffice cannot
    load pismo's plain text probe from there either (`sees`): a lone document LibreOffice rejects, though pismo
    reads it as sound, sent the officer to reinstall a LibreOffice that sees the folder (rev-pdf8 #6)."""
    _note_converted(run, documents)
    if run.converted or session_limit():
        return ""
    written = any(os.path.lexists(d.produced) for d in documents)  # where it said: it sees the folder (rev-pdf13 #6)
    if not (PROGRESS.match(said) and not written or (UNLOADED.search(said) and all(map(_word_document, documents))
                                                     and not sees())):
        return ""
    return (f"{CANNOT_SEE} w folderze tymczasowym {tempfile.gettempdir()} – tak działa LibreOffice zamknięty we "
            "własnym folderze /tmp (np. zainstalowany jako snap albo Flatpak); zainstaluj LibreOffice z pakietów "
            "systemu (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui) i podaj ten program w --soffice "
            f"albo w zmiennej {ENV_VAR} (np. /usr/bin/soffice)")


def _sees_folder(run: _Run, profile, out: Path) -> bool:
    """Whether this LibreOffice makes a PDF of a plain text file pismo puts in its temporary folder – asked once a
    run, only when it could load none of the documents there: a LibreOffice closed in a /tmp of its own cannot."""
    if run.sees is None:
        run.sees = _probe(run, profile, out.with_name(f"probe-{out.name}"))
    return run.sees


def _probe(run: _Run, profile, folder: Path) -> bool:
    """A probe that hung or failed says nothing of the folder (True): a LibreOffice hanging at its next start was
    told it is closed in a /tmp of its own and sent to reinstall, after 90 s unsaid (rev-pdf10 #1)."""
    text = folder / "pismo-proba.txt"
    try:
        folder.mkdir(exist_ok=True)
        text.write_text("pismo\n", encoding="utf-8")
    except OSError:  # the folder's fault, not the program's: no sign either way
        return True
    command = [run.soffice, "--headless", "--norestore", "--nologo", f"-env:UserInstallation={profile.uri}",
               "--convert-to", f"pdf:{PDF_FILTER}", "--outdir", str(folder), str(text)]
    with run.lock:
        if run.stop.is_set():
            return True
        try:
            process = start(guarded(command, profile.pass_fds), folder, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, pass_fds=profile.pass_fds)
        except OSError:
            return True
        run.processes.add(process)
    try:
        code = _probe_wait(process)
    finally:
        with run.lock:
            run.processes.discard(process)
    return code != 0 or text.with_suffix(".pdf").exists()


def _probe_wait(process: subprocess.Popen) -> int | None:
    """The probe's exit code, None when it overran its start's allowance (killed) – its wait told on the terminal
    past WAIT_NOTICE, as every start's is."""
    try:
        return process.wait(timeout=min(WAIT_NOTICE, STARTUP_ALLOWANCE))
    except subprocess.TimeoutExpired:
        pass
    if waiting is not None:
        waiting(f"Sprawdzam, czy LibreOffice widzi pliki w folderze tymczasowym {tempfile.gettempdir()} – czekam "
                f"najwyżej {seconds(STARTUP_ALLOWANCE)}… (Ctrl+C przerywa)")
    try:
        return process.wait(timeout=max(0.0, STARTUP_ALLOWANCE - WAIT_NOTICE))
    except subprocess.TimeoutExpired:
        kill_group(process)
        return None


def _no_package(path: Path) -> str:
    """Why a .docx is no zip package (LibreOffice would happily "convert" it as plain text), "" when it is one: set
    aside like a document reaching out – a renamed .doc, an HTML page or a password-protected letter had stopped the
    whole run, named one per run (rev-sys9 #2). An empty zip (its end record only) is a zip to zipfile: told by the
    import's rule too – „przed dokumentem Worda plik zawiera inne dane” was said of it (rev-pdf11 #1)."""
    return _not_regular(path) or (_empty_zip(path) if zipfile.is_zipfile(path) else _not_a_package(path))


def _empty_zip(path: Path) -> str:
    """Why a zip holding nothing is no document (importer.sources.kind_of: "empty-zip"), "" for any other zip."""
    from pismo.importer.sources import kind_of

    try:
        with open(path, "rb") as stream:
            start = stream.read(64)
    except OSError:
        return ""  # the package's own checks name it
    return _KINDS["empty-zip"] if kind_of(start) == "empty-zip" else ""


def _not_a_package(path: Path) -> str:
    """Why a .docx that is not a zip package cannot be converted: what it is instead, by the import's rule
    (importer.sources.kind_of) – an RTF, a Word 2003 XML or a web page was „uszkodzony” with no step that fixes
    it (rev-sys10 #10) – else damage."""
    from pismo.importer.sources import kind_of

    try:
        raw = read.read_limited(path, MAX_PROTECTED)
    except read.Unreadable:
        return "plik jest uszkodzony albo to nie jest dokument Word (.docx)"
    return _KINDS.get(kind_of(raw), "plik jest uszkodzony albo to nie jest dokument Word (.docx)")


_RESAVE = "zapisz jako dokument Word (Plik → Zapisz jako → Dokument programu Word (*.docx)) i uruchom zamianę ponownie"
_KINDS = {  # what a .docx that is no zip package is, for `pismo pdf` (the import's words: importer.sources)
    "empty": "plik jest pusty – to nie jest dokument Word; usuń go albo zapisz w jego miejsce właściwy dokument",
    "empty-zip": ("plik jest pustym archiwum ZIP, bez treści dokumentu (tak bywa po nieudanym zapisie albo przerwanym "
                  "pobieraniu) – to nie jest dokument Word; usuń go albo zapisz w jego miejsce właściwy dokument"),
    "rtf": f"to jest dokument RTF (WordPad, „Tekst sformatowany”), a nie dokument Word (.docx) – otwórz go w Wordzie, "
           f"{_RESAVE}",
    "pdf": "to już jest plik PDF, zapisany z rozszerzeniem .docx – nie trzeba go zamieniać; zmień jego nazwę na .pdf",
    "password": (f"dokument jest zabezpieczony hasłem, więc LibreOffice go nie otworzy – {read.REMOVE_PASSWORD} i "
                 "uruchom zamianę ponownie"),
    "old-word": f"to jest stary dokument Word (.doc), a nie .docx – otwórz go w Wordzie, {_RESAVE}",
    "word-xml": f"to jest dokument Word w starym formacie XML (Word 2003), a nie .docx – otwórz go w Wordzie, {_RESAVE}",
    "xml": "to jest plik XML, a nie dokument Word (.docx) – usuń go albo zapisz w jego miejsce właściwy dokument",
    "html": f"to jest kod strony internetowej (HTML), a nie dokument Word (.docx) – otwórz go w Wordzie, {_RESAVE}",
}


_ONLY_DOCX = "pismo zamienia na PDF tylko pliki .docx"
_SUFFIXES = {  # a document given by name that is no .docx, by its extension (the words of _KINDS)
    ".doc": f"to jest dokument Word w starym formacie (.doc) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".docm": f"to jest dokument Word z makrami (.docm) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".dotx": f"to jest szablon Worda (.dotx) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".dotm": f"to jest szablon Worda z makrami (.dotm) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".dot": f"to jest szablon Worda w starym formacie (.dot) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".odt": f"to jest dokument LibreOffice Writer (.odt) – {_ONLY_DOCX}: otwórz go w LibreOffice albo w Wordzie, "
            f"{_RESAVE}",
    ".rtf": f"to jest dokument RTF (WordPad, „Tekst sformatowany”) – {_ONLY_DOCX}: otwórz go w Wordzie, {_RESAVE}",
    ".pdf": "to już jest plik PDF – nie trzeba go zamieniać",
}


def _other_kind(path: Path) -> str:
    """Why a file given by name is not converted, by its extension: „to nie jest dokument Word” told the officer
    holding plan.doc that his Word document is none, with no step that helps (rev-sys11 #22)."""
    return _SUFFIXES.get(path.suffix.lower()) or _misnamed(path.name) or f"to nie jest dokument Word (.docx) – " \
        f"{_ONLY_DOCX}"


def _misnamed(name: str) -> str | None:
    """Why a Word document's name does not end in .docx, with the name to give it: a space or a dot after it (a zip,
    a mail attachment) or a hidden extension after it („wniosek.docx.txt” – Windows hides the known ones); None for
    any other name. „to nie jest dokument Word” was said of them (rev-sys12 #4)."""
    meant = _docx_name(name)
    if meant is None:
        return None
    if name.rstrip(" .") == meant:
        what = "spacją" if name.endswith(" ") else "kropką"
        return f"nazwa kończy się {what} po .docx (takiej Windows nie otworzy) – zmień nazwę na {meant}"
    return (f"nazwa ma dopisane „{name[len(meant):]}” po .docx (Windows ukrywa znane rozszerzenia, więc nie było go "
            f"widać) – jeśli to dokument Word, zmień nazwę na {meant}")


def _docx_name(name: str) -> str | None:
    """The .docx name a file's name stands for with something after it („plan.docx ”, „wniosek.docx.txt”), else
    None."""
    trimmed = name.rstrip(" .")
    if trimmed != name and trimmed.lower().endswith(".docx"):
        return trimmed
    stem, extension = os.path.splitext(name)
    return stem if stem.lower().endswith(".docx") and extension and not stem.startswith(".") else None


def _skipped(folder: Path) -> str:
    """The files of a folder without .docx that are Word documents by a name mistyped (_docx_name), named in the
    refusal with the name to give each: „nie ma dokumentów Word” was said of a folder holding „plan.docx ”
    (rev-sys12 #4)."""
    names = []
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))  # as docx_in walks
        names += [(os.path.join(parent, name), _docx_name(name)) for name in sorted(files) if _docx_name(name)]
    if not names:
        return ""
    shown = ", ".join(f"„{path}” (zmień nazwę na {meant})" for path, meant in names[:5])
    return f"; pominięto pliki, których nazwa nie kończy się na .docx: {shown}" + (" i inne" if len(names) > 5 else "")


MAX_PROTECTED = 64 * 1024 * 1024  # a password-protected document read to find its encrypted stream


def _word_document(document: _Document) -> bool:
    """The staged copy is a Word document pismo can read – whole, each XML part well formed, its package wired as
    Word's (so LibreOffice's „could not be loaded” is not about it): a part cut in half or garbled inside a sound
    zip, or a package without its content types or relationships, is damage. Read within bounds (PART_BYTES a
    part, JUDGED_BYTES in all): a 1.2 MB .docx holding a 1.2 GB part of spaces took pismo 2.5 GB and 21 s, and
    under a memory limit ended the whole run; a larger part is not judged, unless the package is wired by it."""
    from lxml import etree

    from pismo.render.package import safe_parser

    try:
        with zipfile.ZipFile(document.staged) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            parts, budget = {}, JUDGED_BYTES
            for info in sorted(infos, key=lambda i: (i.filename not in _WIRING, i.file_size)):
                if info.file_size > min(PART_BYTES, budget):
                    if info.filename in _WIRING:
                        return False
                    continue
                blob = _read_part(archive, info)
                budget -= len(blob)
                if info.filename.lower().endswith((".xml", ".rels")):
                    parts[info.filename] = etree.fromstring(blob, safe_parser())
            return _wired(parts, names)
    except (OSError, zipfile.BadZipFile, etree.XMLSyntaxError, ValueError, EOFError, RuntimeError,
            NotImplementedError):
        return False


PART_BYTES = 64 * 1024 * 1024  # unpacked bytes of one part judged (a 5 772-page text is 26 MB)
JUDGED_BYTES = 128 * 1024 * 1024  # unpacked bytes judged in all
_WIRING = ("[Content_Types].xml", "_rels/.rels")


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A part read whole – its checksum tested, as zipfile does at its end – never beyond its stated size (a
    part unpacking to more than it says is damage)."""
    with archive.open(info) as stream:
        blob = stream.read(info.file_size + 1)
    if len(blob) != info.file_size:
        raise zipfile.BadZipFile(info.filename)
    return blob


def _wired(parts: dict, names: set[str]) -> bool:
    """The package names one main part that is there (_rels/.rels) and gives it a Word content type
    ([Content_Types].xml) – what Word and LibreOffice open a .docx by."""
    rels, types = parts.get("_rels/.rels"), parts.get("[Content_Types].xml")
    if rels is None or types is None:
        return False
    mains = [r.get("Target", "") for r in rels if r.get("Type", "").endswith("/officeDocument")]
    if len(mains) != 1:
        return False
    main = _part_key(mains[0])
    if main not in {_part_key(name) for name in names}:
        return False
    typed = [t.get("ContentType", "") for t in types
             if _local(t) == "Override" and _part_key(t.get("PartName", "")) == main]
    if not typed:
        typed = [t.get("ContentType", "") for t in types if _local(t) == "Default"
                 and t.get("Extension", "").lower() == main.rsplit(".", 1)[-1].lower()]
    return bool(typed) and _WORD_MAIN.search(typed[0]) is not None


def _local(element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1]


_WORD_MAIN = re.compile(r"(?:wordprocessingml|ms-word)\.[\w.]*main\+xml$", re.IGNORECASE)




NOT_STARTED = "nie można uruchomić programu LibreOffice"


def _not_started(program: str, exc: OSError) -> str:
    """Why the program would not start: a file that is there but cannot run (a script saved with Windows line
    ends, whose interpreter „/bin/sh\r” does not exist) is not said to be missing."""
    if exc.errno in (errno.ENOENT, errno.ENOEXEC) and os.path.isfile(program):
        why = ("plik istnieje, ale system nie może go uruchomić – np. skrypt zapisany z końcami wierszy Windows "
               "(CRLF) albo bez programu wskazanego w pierwszym wierszu")
    else:
        why = _os_reason(exc)
    if exc.errno in _SYSTEM_ERRNOS:  # the system's limits, not the program's fault
        return (f"{NOT_STARTED} {program} ({why}) – to ograniczenie systemu, nie wada programu ani dokumentów; "
                "zamknij inne programy (albo zwiększ limit otwartych plików: ulimit -n) i uruchom zamianę ponownie")
    return f"{NOT_STARTED} {program} ({why}) – {check_program(program)}"


def _no_temp(exc: OSError) -> str:
    """Why no folder for LibreOffice could be made in the temporary folder: a full disk (or no file entries left)
    told as such – blamed on the program, the first attempt's reason was dropped and no room advised."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return full_disk(Path(tempfile.gettempdir()), "nie można było uruchomić LibreOffice", certain=True)
    return (f"{STORE_REFUSED} – nie można utworzyć folderu w folderze tymczasowym {tempfile.gettempdir()} "
            f"({_os_reason(exc, 'folder')})")


_SYSTEM_ERRNOS = {getattr(errno, name) for name in ("EMFILE", "ENFILE", "ENOMEM", "EAGAIN") if hasattr(errno, name)}


def _why(out: Path, reason: str, run: _Run, documents: list[_Document]) -> str:
    """The reason a PDF is missing: a full disk under the temporary folder first, else what soffice did, else a
    limit of the session (ulimit -v: LibreOffice ends well saying it „could not load” the document) – only while
    no document of the run converted under it and the documents are sound (a damaged one is damage)."""
    suspect = not reason and not run.converted and all(map(_word_document, documents))
    low = NEARLY_FULL if run.converted else LOW_SPACE  # PDFs of this run fitted there: a small disk is no full one
    return full_disk(out.parent, "LibreOffice nie mógł zapisać PDF", low=low) or reason or unloaded(suspect)


def full_disk(folder: Path, what: str, certain: bool = False, low: int = LOW_SPACE) -> str | None:
    """A full disk under the temporary folder told with what it stopped (`certain`: a program said so), else
    None – the CLI's and the web's one wording, never a program's internals or the document's fault. Full: under
    `low` free bytes, or under LOW_ENTRIES free file entries (a /tmp full of small files: „brak miejsca” beside
    59 MB free)."""
    try:
        free, entries = _free_bytes(folder), _free_entries(folder)
        full = certain or free < low or entries < LOW_ENTRIES
    except OSError:
        free, entries, full = None, None, certain
    if not full:
        return None
    place = f"w folderze tymczasowym {tempfile.gettempdir()}"
    if entries is not None and entries < LOW_ENTRIES and free is not None and free >= low:
        return (f"{NO_SPACE} {place} (skończyły się wolne wpisy plików, choć bajtów jest dość – dysk pełen małych "
                f"plików), więc {what} – usuń zbędne pliki z tego folderu")
    return f"{NO_SPACE} {place}, więc {what} – zwolnij miejsce"


NEARLY_FULL = 256 * 1024  # free bytes under which a missing PDF is put down to a full disk once PDFs of the run fitted
LOW_ENTRIES = 100  # free file entries (inodes) under which it is: LibreOffice makes dozens per start


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _free_entries(folder: Path) -> int:
    """Free file entries (inodes) of the folder's disk; plenty where the system does not count them (Windows,
    some network disks report 0 of 0)."""
    if not hasattr(os, "statvfs"):
        return LOW_ENTRIES
    found = os.statvfs(folder)
    return found.f_favail if found.f_files else LOW_ENTRIES



def _watch(process: subprocess.Popen, run: _Run, documents: list[_Document], tail: OutputTail
           ) -> tuple[float, bool, bool]:
    """Wait for soffice to end; the allowance it overran without progress (0 if it ended), whether it had got
    going (a „convert …” line or a PDF): a long document is no program that never started, and whether it used the
    processor since last asked (_Busy). A „convert …” line
    beyond one a document is no progress, and the whole run has at most the sum of its documents' allowances: a
    program repeating the line was waited for without end."""
    done = seen = 0
    allowance = _allowance(run, documents[0], started=False)
    whole = allowance + sum(_allowance(run, document, started=True) for document in documents)
    last = began = moved = time.monotonic()  # moved: its last real progress (last also moves while it is busy)
    busy = _Busy(process.pid)
    told = False
    while True:
        if not (told or done) and (not seen or not run.converted) and time.monotonic() - began > WAIT_NOTICE:
            _tell_waiting(run, documents)
            told = True
        try:
            process.wait(timeout=0.2)
            return 0, True, False
        except subprocess.TimeoutExpired:
            pass
        if run.stop.is_set():
            return 0, True, False
        produced = sum(1 for d in documents[done:] if d.produced.exists())  # a PDF being written is progress too
        done += produced
        _note_converted(run, documents[:done])
        lines = min(tail.reached, len(documents))  # a document it could not load is progress too
        if (produced or lines > seen) and time.monotonic() - began <= whole:
            seen = lines
            last = moved = time.monotonic()
            allowance = _allowance(run, documents[min(done, len(documents) - 1)], started=True)
        elif (time.monotonic() - began <= whole and time.monotonic() - last > allowance and not run.document_time
              and not documents[min(done, len(documents) - 1)].stalls and busy.working()):
            last = time.monotonic()  # laying out 10 000 pages at full processor: no hang, within the whole run's time
            # – not on a retry of a document it stalled at: „najwyżej 20 s” was promised, minutes waited (rev-pdf8 #11),
            # nor past the officer's own --czas: „--czas 10” let a busy document run 120 s (rev-pdf9 #4)
        elif time.monotonic() - last > allowance or time.monotonic() - began > whole:
            if done or seen:
                _at(documents, tail, done, seen).stalls += 1
            waited = time.monotonic() - moved  # the time it was waited for, busy or not: „8,4 s” was said of minutes
            return (waited if last > moved else min(allowance, waited)), bool(done or seen), busy.working()


def _made(document: _Document) -> bool:
    """LibreOffice finished this document's PDF: a complete one with pages (pdf_pages), not merely a file under its
    name – half a PDF left by a crash or a hang while writing was taken as converted, the failure put on the next,
    sound documents and the culprit kept first in every retry (rev-pdf9 #8). Checked again only when it changed."""
    try:
        found = os.stat(document.produced)
    except OSError:
        return False
    key = (document.produced, found.st_size, found.st_mtime_ns)
    if document.checked[:1] != (key,):
        document.checked = (key, pdf_pages(document.produced) > 0)
    return document.checked[1]


def _note_converted(run: _Run, documents: list[_Document]) -> None:
    """The run has converted once a complete PDF of any document is there – also one made just before the
    process ended, between two looks of _watch: missed, the crashes after it were put down to a program that never
    got going (rev-pdf9 #1)."""
    if not run.converted and any(map(_made, documents)):
        run.converted = True


def _mark_failed_at(documents: list[_Document], tail: OutputTail) -> None:
    """A LibreOffice that ended with an error after its „convert …” line of a document it made no PDF of failed
    at that document: marked as a stall is, so the retry converts it last – kept first, its crash cost every
    sound document after it its PDF, twice."""
    if not tail.reached:
        return
    done = sum(1 for d in documents if _made(d))
    at = _at(documents, tail, done, min(tail.reached, len(documents)))
    if not _made(at):
        at.stalls += 1


class _Busy:
    """Whether LibreOffice (the process and every process under it) used the processor since last asked: a
    sound document of 10 000 pages took 90 s of work and was killed twice as „przestał odpowiadać”. Read from
    /proc (Linux); elsewhere never busy – the allowances alone decide."""

    SHARE = 0.1  # of the time since last asked, spent on the processor: working (a hang waits at 0)

    def __init__(self, pid: int) -> None:
        self.pid, self.asked, self.used = pid, time.monotonic(), _tree_cpu(pid)

    def working(self) -> bool:
        now, used = time.monotonic(), _tree_cpu(self.pid)
        working = used is not None and self.used is not None and used - self.used >= self.SHARE * (now - self.asked)
        self.asked, self.used = now, used
        return working


def _tree_cpu(pid: int) -> float | None:
    """Processor seconds used by a process and every process under it (None without /proc)."""
    parents, used = {}, {}
    try:
        entries = [entry.name for entry in os.scandir("/proc") if entry.name.isdigit()]
    except OSError:
        return None
    for name in entries:
        try:
            with open(f"/proc/{name}/stat", "rb") as stream:
                data = stream.read()
            fields = data[data.rindex(b")") + 2:].split()
            parents[int(name)], used[int(name)] = int(fields[1]), sum(map(int, fields[11:15]))  # its ended children's too
        except (OSError, ValueError, IndexError):
            continue
    if pid not in used:
        return None
    tree, found = {pid}, True
    while found:
        found = {child for child, parent in parents.items() if parent in tree and child not in tree}
        tree |= found
    return sum(used[p] for p in tree) / os.sysconf("SC_CLK_TCK")


def _at(documents: list[_Document], tail: OutputTail, done: int, seen: int) -> _Document:
    """The document a stalled or crashed LibreOffice was at: the one its last „convert …” line names if that one has
    no PDF (it failed converting it), else the first it gave no sign of (_reached_by) without a PDF – it prints the
    line after loading a document, so one it hangs or crashes loading has none (rev-pdf7 #3, #6), and one it says it
    cannot load is behind it (rev-pdf8 #3: that one was blamed, the culprit kept first in the retry); else by count
    (the one of its last line, or after its last PDF)."""
    reached = _reached_by(documents, tail)
    if reached is None:
        return documents[min(seen - 1 if seen > done else done, len(documents) - 1)]
    at, last = reached
    if last is not None and not _made(last):
        return last
    return next((d for d in documents[at:] if not _made(d)), last or documents[-1])


def _reached_by(documents: list[_Document], tail: OutputTail) -> tuple[int, _Document | None] | None:
    """How far LibreOffice got by its own words – each document gives one sign in turn: its „convert …” line, or
    „source file could not be loaded” (then it goes on): the documents reached, and the one whose line was the last
    sign (None after a load error); those it could not load are marked. None when its lines do not name pismo's
    documents one by one, or when it said nothing."""
    if not tail.signs or tail.reached > len(tail.signs):
        return None
    at, last = 0, None
    for document in documents:
        document.own = ""
    for kind, line in tail.signs:
        if kind == "unstored":  # it could not store the PDF of the one whose line came last, and went on
            if last is not None:
                last.own, last = store_refused(line.decode("utf-8", "replace")), None
            continue
        if kind == "unloaded":
            if at < len(documents):
                documents[at].own = UNLOADABLE
            at, last = at + 1, None
            continue
        named = [i for i, d in enumerate(documents) if os.fsencode(d.staged.name) in line]
        if len(named) != 1:
            return None
        at, last = named[0] + 1, documents[named[0]]
    return at, last


def _allowance(run: _Run, following: _Document, started: bool, retry: bool | None = None) -> float:
    """Seconds soffice may go without progress: the next document's work (by size and unpacked text, capped),
    and before its first sign of work its start too – a whole start allowance, every start alike: each retry is
    a cold start on a rebuilt profile, and a quarter of it judged a slow office PC's sound start a hang (sys18).
    A document LibreOffice already stalled at (`retry`, by default its stalls) gets a share of its work: the retry
    is for a passing hang, not for the whole wait again; what it may take with the start is promised
    (_tell_retry: „najwyżej 20 s” was promised and 110 s waited – rev-pdf9 #4)."""
    if run.timeout is not None:
        return run.timeout
    retry = bool(following.stalls) if retry is None else retry
    work = run.document_time or min(DOCUMENT_CAP, DOCUMENT_ALLOWANCE + MEGABYTE_ALLOWANCE * following.size / 1e6
                                    + TEXT_ALLOWANCE * following.text / 1e6)
    if retry:  # never longer than the officer's --czas: 20 s was waited after „--czas 10” (rev-sys9 #7)
        work = max(min(DOCUMENT_ALLOWANCE, work), work * RETRY_SHARE)
    return work if started else STARTUP_ALLOWANCE + work


waiting = None  # listener(message): told when a LibreOffice started has shown no sign of work for WAIT_NOTICE seconds


def _tell_waiting(run: _Run, documents: list[_Document]) -> None:
    """A line on the terminal while a LibreOffice started shows no sign of work: a hanging start was a minute of
    silence – before the run's first PDF once, and for a later process (the next batch of 100, a retry) once per
    such wait, however many processes wait alike: a later batch's hung start was 3 min 40 s unsaid (rev-pdf6 #11)."""
    with run.lock:
        now = time.monotonic()
        if waiting is None or run.told_waiting and (not run.converted or now - run.told_at < WAIT_NOTICE):
            return
        run.told_waiting, run.told_at, later = True, now, run.converted
    if not later:
        waiting(f"Czekam na LibreOffice – od {seconds(WAIT_NOTICE)} nie utworzył jeszcze żadnego pliku PDF… "
                "(Ctrl+C przerywa)")
        return
    these = count(sum(not d.pilot for d in documents), "dokument", "dokumenty", "dokumentów")  # the batch's: one
    # more for the pilot was said
    waiting(f"Czekam na LibreOffice uruchomiony dla kolejnych dokumentów ({these}) – od {seconds(WAIT_NOTICE)} "
            "nie zaczął ich zamieniać; czekam dalej… (Ctrl+C przerywa)")


def _pdf_mode(document: Path) -> int:
    """A PDF's permissions: those of any new file, never readable by more accounts than its document (a private
    case's documents are private) – its owning group's rights from its ACL, never the ACL's mask, wider."""
    try:
        return output.within_new(casefile.sharing(document) | 0o600)
    except OSError:
        return output.shareable_mode()


def _take_rights(temp: Path, document: Path, target: Path) -> None:
    """A PDF replacing one keeps that one's owner, permissions and ACL (as a replaced document does: one shared with
    the supervisor by its own ACL lost it), never wider than its document; a new one takes its document's rights:
    permissions (_pdf_mode), group and named ACL entries (casefile.share_like)."""
    try:
        old = os.lstat(target)
    except FileNotFoundError:
        old = None
    if old is not None and stat.S_ISREG(old.st_mode):
        output.kept_as(temp, old, target)
        casefile.without_named(temp, record.shared_entries(document.parent) - casefile.named_of(document))
        output.narrowed(temp, _pdf_mode(document), document)
        return
    os.chmod(temp, _pdf_mode(document))
    casefile.take_group(temp, casefile.group_of(document))  # its rights are its document's group's
    casefile.share_like(document, [temp])
    casefile.owner_like(temp, document)


def _copy(reader, writer) -> str:
    """Copy a file to the end and make it durable; the sha256 of what was copied."""
    digest = hashlib.sha256()
    for block in iter(lambda: reader.read(1 << 20), b""):
        digest.update(block)
        writer.write(block)
    writer.flush()
    os.fsync(writer.fileno())
    return digest.hexdigest()


_SAVED_MEANWHILE = ("plik PDF zmieniono albo utworzono w czasie zamiany (np. zapisano go w innym programie) – nie "
                    "zastąpiono go; aby go zastąpić, użyj --nadpisz")


def _place_all(documents: list[_Document], run: _Run) -> list[_Document]:
    """Put the PDFs soffice produced beside their documents, a folder at a time; the documents without a usable
    PDF (to convert again). A PDF that cannot be placed (full disk, no permission) is not retried: its
    document gets the reason."""
    usable = list(map(_made, documents))
    for document in (d for d, ok in zip(documents, usable) if ok):
        if run.good is None or document.size < run.good.size:
            run.good = document
    folders: dict[Path, list[_Document]] = {}
    for document in (d for d, ok in zip(documents, usable) if ok):
        folders.setdefault(document.target.parent, []).append(document)
    for folder, group in folders.items():
        _place_in(folder, group, run)
    return [d for d, ok in zip(documents, usable) if not ok]


def _place_in(folder: Path, group: list[_Document], run: _Run) -> None:
    """Place a folder's PDFs of one batch under one hold of its lock, recorded together before it is let go: one
    recorded only at the end of the run was refused by a concurrent run as "saved in another program", and
    recorded one by one the whole manifest was rewritten per PDF (2 000 documents: 91 s of pismo's time, growing
    with the square). A hard kill amid the batch (at most PER_PROCESS PDFs) may leave its PDFs unrecorded."""
    try:
        with run.turn(folder) as mine, folderlock.holding(folder, stop=run.stop):  # no other pismo writes there
            try:
                for document in group:
                    if not mine or run.stop.is_set():  # Ctrl+C: no PDF placed after it, those placed are recorded
                        break
                    _place_locked(document, run)
            finally:
                placed = [d for d in group if d.target in _PLACED]
                if placed:
                    failure = _record_locked(folder, [d.target for d in placed])
                    for document in placed:
                        _unrecorded(document, failure, run)
    except folderlock.Busy:
        for document in group:
            document.error = ("w tym folderze zapisuje teraz inne polecenie pismo – PDF nie powstał; poczekaj, "
                              "aż skończy, i uruchom zamianę ponownie")
            document.refused = True  # no damage of the document
    except OSError as exc:
        in_way = output.lock_in_way(exc)
        for document in group:
            if in_way is not None:
                document.error, document.refused = f"{in_way} i uruchom zamianę ponownie; PDF nie powstał", True
            elif not _gone(document):
                _unplaced(document, exc)


def _record_locked(folder: Path, targets: list[Path]) -> OSError | None:
    """The PDFs just placed join the folder's record; the failure to write the record, if any."""
    try:
        if output.add_to_record_locked(folder, {t.name: _PLACED[t] for t in targets}, "pdf"):
            for target in targets:
                _PLACED.pop(target, None)
    except OSError as exc:
        return exc
    return None


def _unrecorded(document: _Document, failure: OSError | None, run: _Run) -> None:
    """A PDF its record could not take (a full disk) is removed again and its document told: kept, it was
    pismo's own file that no record named – the next run refused it as existing, and only --nadpisz went on."""
    if failure is None:
        return
    _PLACED.pop(document.target, None)
    if document.target in run.placed:
        run.placed.remove(document.target)
    try:
        document.target.unlink()
    except OSError:
        pass
    document.error = (f"nie można zapisać wykazu plików manifest.json ({_os_reason(failure)}) – PDF usunięto, "
                      "żeby następna zamiana mogła go utworzyć; zwolnij miejsce i uruchom zamianę ponownie")
    document.refused, document.outcome = True, _system_outcome(failure)


def _unplaced(document: _Document, exc: OSError) -> None:
    """A PDF LibreOffice made that cannot be put beside its document (a full disk, no permission): the
    system's reason, never the document's – no advice to look for damage follows."""
    document.error = (f"nie można zapisać {document.target} ({_os_reason(exc, 'pdf')}); zamiana na PDF nie "
                      "zmieniła dokumentu .docx")
    document.refused, document.outcome = True, _system_outcome(exc)


def _protected(target: Path) -> str:
    """A PDF marked read-only (the version sent) is kept as a read-only document is – POSIX would let the rename
    replace it in a writable folder, and the new one would be writable. Each said by what really holds it."""
    owner = output.sticky_owner(target)
    if owner:
        return (f"plik PDF należy do innego użytkownika ({owner}) w folderze wspólnym, który pozwala zastępować pliki "
                "tylko ich właścicielom (folder z bitem „sticky”, jak /tmp) – nie zastąpiono go, także z --nadpisz; "
                "poproś właściciela, żeby go usunął albo przeniósł, albo skopiuj dokumenty do innego folderu")
    owner = output.foreign_owner(target)
    if owner:
        return (f"plik PDF należy do innego użytkownika ({owner}), a to konto nie może go zmieniać – nie zastąpiono "
                "go; poproś właściciela o zmianę uprawnień albo użyj --nadpisz")
    if output.locked(target):
        return (f"plik PDF jest zablokowany ({output.LOCKED_HOW}) – nie zastąpiono go, także z --nadpisz; jeśli ma "
                "być zastąpiony, odblokuj go")
    if output.on_read_only_medium(target):
        return ("plik PDF leży na nośniku tylko do odczytu – nie zastąpiono go; skopiuj dokumenty do folderu, w którym "
                "możesz zapisywać, i tam zamień je na PDF")
    return ("plik PDF jest oznaczony jako tylko do odczytu (np. wersja wysłana) – nie zastąpiono go; jeśli ma być "
            "zastąpiony, zdejmij to oznaczenie we właściwościach pliku albo użyj --nadpisz")


def _system_outcome(exc: OSError) -> str:
    return "space" if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)) else "system"


def _place_locked(document: _Document, run: _Run) -> None:
    """One PDF of _place_in, under the folder's lock: the PDF must still be the PDF of the document beside it."""
    target = document.target
    if run.cleaned.setdefault(target.parent, False) is False:
        output.remove_leftovers(target.parent)  # what a killed run left here (under the lock: all stale)
        run.cleaned[target.parent] = True
    if _not_a_file(target) and os.path.lexists(target):
        document.error = (f"w miejscu pliku PDF {target} jest folder, dowiązanie symboliczne albo plik specjalny – "
                          "pismo go nie zastępuje, także z --nadpisz; usuń go i uruchom zamianę ponownie")
        document.refused = True
        return
    if record.sha256_of(document.source) != document.digest:
        if _gone(document):
            return
        if not os.path.lexists(document.source):
            document.error = ("dokumentu już nie ma (usunięto go w czasie tworzenia PDF, np. zapis sprawy, która go już "
                              "nie zawiera) – PDF nie powstał")
            document.refused, document.outcome = True, "removed"
        else:
            document.error = ("dokument zmieniono w czasie tworzenia PDF (np. zapisało go inne polecenie pismo albo "
                              "Word) – PDF nie pasowałby do niego, więc go nie zapisano; uruchom zamianę ponownie")
            document.refused, document.outcome = True, "changed"
        return
    temp = None
    try:
        expected = record.unchanged_sha(target)
        if not run.overwrite and os.path.lexists(target) and expected is None:
            document.error, document.refused = _SAVED_MEANWHILE, True
            return
        if os.path.lexists(target) and (not run.overwrite and output.read_only(target) or _bound(target)):
            document.error, document.refused = _protected(target), True
            return
        handle, temp = tempfile.mkstemp(prefix=output.hidden_prefix(target.name), suffix=".tmp", dir=target.parent)
        _take_rights(Path(temp), document.source, target)
        handle, temp = output.sealed_copy(handle, temp, target.parent, target.name)  # never opened on the way
        with os.fdopen(handle, "wb") as writer, document.produced.open("rb") as reader:
            digest = _copy(reader, writer)
            size = writer.tell()
        output.put_in_place(Path(temp), target, expected, run.overwrite)
        temp = None
        _PLACED[target] = digest, size, document.digest
        run.placed.append(target)
    except output.ExistingFiles:
        document.error, document.refused = _SAVED_MEANWHILE, True
    except output.OutputError as exc:
        document.error, document.refused, document.outcome = str(exc), True, "system"
    except OSError as exc:
        if not _gone(document):
            _unplaced(document, exc)
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def pdf_pages(path: Path) -> int:
    """Pages of a complete PDF a reader opens (0 if it is missing, cut short, or its trailer, catalog or page tree
    cannot be found): pismo.files.pdfcheck follows the structure – a text with „/Type /Page” was accepted."""
    return pdfcheck.pages(path)


_NO_ACCESS = {  # a PDF is open in a PDF viewer, not in Word; a folder is open in no program
    "pdf": "brak uprawnień do zapisu albo plik jest otwarty w innym programie, np. w przeglądarce PDF",
    "folder": "brak uprawnień do zapisu w tym folderze albo folder jest zablokowany",
}


def _os_reason(exc: OSError, of: str = "") -> str:
    """The Polish reason for a system error (output.py holds the one table); of: "pdf" or "folder" when the
    refused write was of a PDF or of a new file in a folder (output.py's words name a .docx open in Word)."""
    from pismo.files.output import _reason

    if of in _NO_ACCESS and exc.errno in (errno.EACCES, errno.EPERM):
        return _NO_ACCESS[of]
    return _reason(exc)[0]
