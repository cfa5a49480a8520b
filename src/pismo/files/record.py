"""manifest.json: the record of what pismo wrote into a case folder, and with which content.

Every command that writes documents into a case folder rewrites its manifest in
the same all-or-none write, so the record stays true when several commands
(plan, then wszystko, then zaproszenia…) write into one folder:

- the entries of the files written now are replaced (or added);
- the other entries are kept only while their file is still there with the
  content recorded (size, then sha256): a file changed by hand or removed
  drops out.

A file whose current content is the recorded one was written by pismo and
changed by nobody since, so a re-run may replace it without --nadpisz; any other
existing file is the user's (edited in Word, or never pismo's) and is kept.
The header names the case (its file's stem) and the case file the folder was made
from (relative to the folder), so another case file of the same name is told apart, and – for a case file
shared by an ACL – the users and groups its files ever took named entries for (SHARED), so an entry taken off the
case file goes from the files rewritten while one the officer gave a file himself stays; and the classes of
accounts the case file was closed to (CLOSED), so the files still closed once it opens to them are told once;
and the named entries pismo's writes left on its files (GIVEN), so one the officer gave a document by hand (the plan
shared with a supervisor) is told apart and kept; of SHARED, those the case file gave no rights (DENIED, u:ewa:---),
so that one a file gives rights again was given by hand after, when the denial was lifted; and the rights of its
group and others pismo took from each file to keep it within a case narrowed for a while (NARROWED), given back when
the case gives them again; and the named entries (x) pismo put on the folder the case folder lies in to let the case's
readers through (PASSAGE), taken back there with the reader.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from pathlib import Path

MANIFEST = "manifest.json"
PENDING = ".pismo-w-toku.json"  # the entries of a write being put in place (see write_pending)
CASE_FILE = "plik_sprawy"  # the header's field: the case file the folder's documents were made from
REMOVING = "usuwane"  # the pending record's field: the names the write removes
SOURCE = "sha256_dokumentu"  # a PDF's entry: the sha256 of the document it was made from
OF_PISMO = "z_dokumentu_pisma"  # a PDF's entry: that document was pismo's (recorded), not the officer's own
STAYED = "do_usuniecia"  # an entry of a file a write had to remove but could not (open in another program)
SHARED = "udostepnienie"  # the header's field: the named ACL entries the folder's files ever took from the case file
CLOSED = "zamknieta_dla"  # the header's field: the classes („grupa”, „inni”) the case file let not read at the write
GIVEN = "wpisy_pisma"  # the header's field: the named ACL entries pismo's writes left on the files (not by hand)
DENIED = "odmowy"  # the header's field: those of SHARED the case file gave no rights at the write (u:ewa:---)
PASSAGE = "przejscie"  # the header's field: the named entries (x) pismo put on the folder the case folder lies in
NARROWED = "zawezone"  # the header's field: file name → its group's and others' rights pismo took (mode bits 0o066)
_MAX_BYTES = 64 * 2**20  # a manifest of a huge case; anything bigger is not ours
MAX_FILE_BYTES = 256 * 2**20  # a document or PDF pismo wrote is far smaller: a bigger file is never hashed


def sha256_of(path: Path) -> str | None:
    """The file's sha256, read in chunks; None if it cannot be read."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as stream:
            for block in iter(lambda: stream.read(2**20), b""):
                digest.update(block)
    except OSError:
        return None
    return digest.hexdigest()


def _load(folder: Path) -> dict | None:
    path = Path(folder) / MANIFEST
    return _json(path)


def _json(path: Path) -> dict | None:
    """A record file's fields ({"dokumenty": [...], …}); None when it is not one."""
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > _MAX_BYTES:
            return None
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # deep nesting (1000 brackets) ends json's recursion
        return None
    return data if isinstance(data, dict) and isinstance(data.get("dokumenty"), list) else None


def header(folder: Path) -> dict | None:
    """The manifest's fields but the list of files ({"sprawa": …}); None when the folder keeps no record."""
    data = _load(folder)
    return None if data is None else {k: v for k, v in data.items() if k != "dokumenty"}


def shared_entries(folder: Path) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) the folder's files took from the case file at earlier writes, as this
    account's record says (another account's says nothing): an entry among them the case no longer has was
    revoked, and goes from the files rewritten – one the officer gave a file himself never was among them."""
    return _entries(folder, SHARED)


def given_entries(folder: Path) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) pismo's earlier writes left on the folder's files (the case's, a folder's
    default, a former owner's – GIVEN), as this account's record says: any other entry a file has, the officer gave
    it by hand."""
    return _entries(folder, GIVEN)


def passage_entries(folder: Path) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) pismo put on the folder the case folder lies in (`pisma`: user:ewa:--x) to
    let the case's readers through, as this account's record says: one the case no longer lets through is taken back
    there – unless another case's record there holds it too."""
    return _entries(folder, PASSAGE)


def denied_entries(folder: Path) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) of no rights (u:ewa:---) the folder's files took from the case file at the
    last write, as this account's record says: a file giving one of them rights now was shared by hand since."""
    return _entries(folder, DENIED)


def _entries(folder: Path, field: str) -> set[tuple[str, int]]:
    data = None if _foreign(folder, MANIFEST) else _load(folder)
    found = (data or {}).get(field)
    if not isinstance(found, list):
        return set()
    return {(item[0], item[1]) for item in found if isinstance(item, list) and len(item) == 2
            and item[0] in ("u", "g") and isinstance(item[1], int) and not isinstance(item[1], bool)}


def closed_classes(folder: Path) -> set[str]:
    """The classes of accounts the case file was closed to at the last write, as this account's record says
    (another account's says nothing)."""
    data = None if _foreign(folder, MANIFEST) else _load(folder)
    found = (data or {}).get(CLOSED)
    return {item for item in found if isinstance(item, str) and item in CLASSES} if isinstance(found, list) else set()


CLASSES = {"grupa": 0o040, "inni": 0o004}  # a class of accounts and its read bit


def narrowed_rights(folder: Path) -> dict[str, int]:
    """{file name: the rights of its group and others (mode bits, 0o066) pismo took from it} to keep it within what
    the case file gave at a write, as this account's record says (another account's says nothing): the officer's
    choice they never were – a team case made read-only for the team for a while left its documents so for good."""
    data = None if _foreign(folder, MANIFEST) else _load(folder)
    found = (data or {}).get(NARROWED)
    if not isinstance(found, dict):
        return {}
    return {name: bits & 0o066 for name, bits in found.items()
            if isinstance(name, str) and isinstance(bits, int) and not isinstance(bits, bool) and bits & 0o066}


def case_field(folder: Path, case_file: Path) -> str:
    """The case file as the header records it: relative to the folder (it moves with the output tree and names
    no user's home), absolute where no relative path leads there (another drive on Windows). Both real paths: a
    folder reached through a link would make „..” walk up the link's path here and the real one on reading."""
    try:
        return as_text(Path(os.path.relpath(os.path.realpath(case_file), os.path.realpath(folder))).as_posix())
    except ValueError:
        return as_text(Path(os.path.realpath(case_file)).as_posix())


def as_text(name: str) -> str:
    """A name the file system gave, as the record keeps it: the text its bytes spell in UTF-8. In a locale that is
    not UTF-8 (LC_ALL=C with PYTHONUTF8=0) Python decodes „Łęczna” as surrogates (\\udcc5\\udc81…), and the
    manifest kept them so – another locale, or any other reader, saw no name. A byte outside UTF-8 stays escaped
    (_encoded); in a UTF-8 locale nothing changes."""
    return os.fsencode(name).decode("utf-8", "surrogateescape")


def as_path(text: str) -> str:
    """A name the record keeps (as_text), as this locale's file system functions take it."""
    return os.fsdecode(text.encode("utf-8", "surrogateescape"))


def other_case(folder: Path, fields: dict) -> Path | None:
    """The case file the folder's record was written from, when that is another file still there: two case
    files of one name (2025/rejon.yaml, 2026/rejon.yaml) share the folder's name. None when the record names
    none (an older pismo), the same file, or one no longer there (the case file was moved)."""
    old = header(folder)
    recorded, now = (old or {}).get(CASE_FILE), fields.get(CASE_FILE)
    if not isinstance(recorded, str) or not isinstance(now, str) or recorded == now or "\0" in recorded:
        return None
    real = os.path.realpath(folder)  # the fields are relative to it (case_field)
    path = Path(os.path.normpath(Path(real) / as_path(recorded)))
    if not os.path.isfile(path):
        return None
    try:
        return None if os.path.samefile(path, Path(os.path.normpath(Path(real) / as_path(now)))) else path
    except OSError:
        return path


def case_file(folder: Path) -> Path | None:
    """The case file the folder's record names (plik_sprawy), when it is still there; None otherwise."""
    recorded = (header(folder) or {}).get(CASE_FILE)
    if not isinstance(recorded, str) or "\0" in recorded:
        return None
    path = Path(os.path.normpath(Path(os.path.realpath(folder)) / as_path(recorded)))
    return path if os.path.isfile(path) else None


def replaceable(path: Path) -> bool:
    """pismo wrote this file (its folder's record lists it) and nobody changed it since."""
    return unchanged_sha(path) is not None


def made_from(pdf: Path) -> str | None:
    """The sha256 of the document a PDF pismo wrote (and nobody changed since) was made from; None when the
    record does not say (a PDF recorded by an older pismo, or not pismo's)."""
    pdf = Path(pdf)
    entry = _recorded(pdf.parent).get(pdf.name)
    source = entry.get(SOURCE) if entry is not None and _holds(pdf, entry) else None
    return source if isinstance(source, str) else None


def older_pdf(document: Path) -> Path | None:
    """The PDF beside a document that pismo made (recorded, unchanged) of other content than the document has
    now – made before the officer corrected it in Word, so without the corrections; None otherwise. The caller
    knows the document is pismo's (of the officer's own one the PDF is the record of what was sent)."""
    pdf = Path(document).with_suffix(".pdf")
    source = made_from(pdf)
    return pdf if source is not None and source != sha256_of(document) else None


def older_pdfs(folder: Path) -> list[Path]:
    """The documents in the folder whose PDF beside, recorded as pismo's, is older than them (older_pdf): found by
    the documents' entries and by the entries of PDFs made of pismo's documents (also as corrected: see
    output._of_pismo) – the first write after the officer's correction drops the corrected document's entry, and
    the PDF was named only by that write (a PDF of the officer's own document is the record of what was sent:
    never named)."""
    names = [entry["plik"] for entry in read(folder, pending=False)]
    documents = [Path(folder) / name for name in names if name.lower().endswith(".docx")]
    documents += [(Path(folder) / entry["plik"]).with_suffix(".docx") for entry in read(folder, pending=False)
                  if entry["plik"].lower().endswith(".pdf") and entry.get(OF_PISMO) is True]
    return [document for document in dict.fromkeys(documents) if document.is_file() and older_pdf(document)]


def to_be_removed(path: Path) -> bool:
    """The record marks the file as one a write had to remove but could not: the case no longer makes it."""
    entry = _recorded(Path(path).parent).get(Path(path).name)
    return entry is not None and entry.get(STAYED) is True


def recorded_sha(path: Path) -> str | None:
    """The sha256 the record gives for a file (not checked against the file: for one just written)."""
    entry = _recorded(Path(path).parent).get(Path(path).name)
    return entry["sha256"] if entry is not None else None


def unchanged_sha(path: Path) -> str | None:
    """The recorded sha256 of a file pismo wrote and nobody changed since; None otherwise."""
    path = Path(path)
    entry = _recorded(path.parent).get(path.name)
    return entry["sha256"] if entry is not None and _holds(path, entry) else None


def _holds(path: Path, entry: dict, digests: dict | None = None) -> bool:
    """The regular file at path has the entry's content. Its size is compared first (the recorded one, and
    MAX_FILE_BYTES): a recorded name may be a huge file that is not pismo's – hashing 8 GB took 93 s. `digests`
    keeps each file's sha256 across entries of one name: each file is hashed once."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    size = entry.get("rozmiar")
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
        return False
    if isinstance(size, int) and not isinstance(size, bool) and size != info.st_size:
        return False
    if digests is None:
        return sha256_of(path) == entry["sha256"]
    if path not in digests:
        digests[path] = sha256_of(path)
    return digests[path] == entry["sha256"]


_RECORDED: dict[Path, tuple[tuple, dict[str, dict]]] = {}


def _recorded(folder: Path) -> dict[str, dict]:
    """{file name: entry} of the folder's record (the first entry of a name), read again only when the
    manifest changed: asked once per PDF of thousands, it was parsed each time (minutes)."""
    try:
        info = os.stat(Path(folder) / MANIFEST)
        signature = (info.st_dev, info.st_ino, info.st_mtime_ns, info.st_size)
    except OSError:
        return {}
    cached = _RECORDED.get(Path(folder))
    if cached is None or cached[0] != signature:
        names: dict[str, dict] = {}
        for found in read(folder, pending=False):
            names.setdefault(found["plik"], found)
        cached = _RECORDED[Path(folder)] = (signature, names)
    return cached[1]


def read(folder: Path, pending: bool = True) -> list[dict]:
    """The entries of the folder's manifest; [] when there is none or it is not pismo's (unreadable,
    not JSON, not a list of {plik, sha256}). With `pending`, then those of a write that was being put in
    place when it was killed (write_pending): the files holding either content are pismo's."""
    data = _load(folder)
    entries = _trusted(folder, MANIFEST, data["dokumenty"] if data is not None else [])
    if pending:
        entries = entries + _trusted(folder, PENDING, (_json(Path(folder) / PENDING) or {}).get("dokumenty") or [])
    return entries


def _trusted(folder: Path, name: str, entries: list) -> list[dict]:
    """The entries of a record file that may speak for their files: a record another account wrote (planted in
    a folder others may write) lists none – whoever owns the files it names, as pismo's unchanged ones they were
    removed as „no longer made” or replaced without --nadpisz, and its entries were carried into this account's
    own manifest, trusted by every later run."""
    if _foreign(folder, name):
        return []
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("plik"), str)
            and "\0" not in e["plik"] and isinstance(e.get("sha256"), str)]  # a NUL is no file name (lstat raises)


def trusted(folder: Path) -> bool:
    """The folder's manifest may speak for its files (see _foreign) – this account's or the folder's owner's, or any
    account's in a folder without the sticky bit."""
    return not _foreign(folder, MANIFEST)


def _foreign(folder: Path, name: str) -> bool:
    """The record file is another account's that may not speak for the folder's files: one of neither this account
    nor the folder's owner, in a folder with the sticky bit (where its writer may remove only his own files). The
    folder's owner may remove or swap every file in it, and so may whoever put a record into a folder without the
    sticky bit (a team's 2770 one): their record gives them no power they lack, and a teammate's run took the
    documents of the officer's unchanged run for hand edits (rev-files17 #2 was a record planted in a 1777 one)."""
    try:
        owner, me = os.lstat(Path(folder) / name).st_uid, os.geteuid()
        found = os.lstat(folder)
        return owner not in (me, found.st_uid) and bool(found.st_mode & stat.S_ISVTX)
    except (OSError, AttributeError):
        return False


def write_pending(folder: Path, entries: list[dict], write, removing: list[str] = ()) -> None:
    """Before a write puts its files in place, their entries go to a hidden file beside the manifest (with those
    of an earlier write killed meanwhile): killed midway (a power cut), the folder holds some files of the new
    version and some of the old under the old manifest, and the next run takes both for pismo's, not for hand
    edits. `removing`: the names the write removes – killed after its manifest took its place, their backups are
    discarded, not put back (removed_by_pending). `write(folder, name, data)` writes it durably, as every file
    is. Settled (settle_pending) after the write's backups are removed."""
    earlier = pending_fields(folder) or {}
    _put_pending(folder, [*(earlier.get("dokumenty") or []), *entries],
                 [*(earlier.get(REMOVING) or []), *removing], write)


def _put_pending(folder: Path, entries: list, removing: list, write) -> None:
    fields = {"dokumenty": entries, **({REMOVING: removing} if removing else {})}
    temporary = write(folder, PENDING, _encoded(fields, indent=1))
    try:
        os.replace(temporary, Path(folder) / PENDING)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # it holds the documents' names: never left beside a refusal
        raise


def pending_fields(folder: Path) -> dict | None:
    """The pending record of a write killed earlier ({"dokumenty": …, "usuwane": …}); None when there is none
    (or it is not readable)."""
    fields = _json(Path(folder) / PENDING)
    if fields is None:
        return None
    removing = fields.get(REMOVING) if isinstance(fields.get(REMOVING), list) else []
    removing = [] if _foreign(folder, PENDING) else removing  # another account's names to discard: none
    return {"dokumenty": _trusted(folder, PENDING, fields["dokumenty"]),
            REMOVING: [name for name in removing if isinstance(name, str)]}


def restore_pending(folder: Path, earlier: dict | None, write) -> None:
    """A write rolled back (or abandoned before its first rename): the pending record is again the one before it
    – none, or that of a write killed earlier, whole."""
    if earlier is None:
        drop_pending(folder)
        return
    try:
        _put_pending(folder, earlier["dokumenty"], earlier[REMOVING], write)
    except OSError:
        pass  # the record this write placed stays: it holds the earlier one's entries too


def settle_pending(folder: Path, earlier: dict | None, done: set[str], write) -> None:
    """After a write is in place (`done`: the names it wrote or removed): what stays
    of the pending record of a write killed before it (`earlier`) – the files that killed write did not put in
    place and this one did not write (the manifest still lists their previous version), and the names it did
    not remove that the manifest still lists. A later write of one kind (pismo plan) so leaves the warning of a
    folder mixing two versions until every file of it is settled; the rest of the record goes."""
    listed: dict[str, str] = {}
    for entry in read(folder, pending=False):
        listed.setdefault(entry["plik"], entry["sha256"])
    earlier = earlier or {}
    entries = [e for e in earlier.get("dokumenty") or []
               if e["plik"] not in done and listed.get(e["plik"]) not in (None, e["sha256"])]
    removing = [name for name in earlier.get(REMOVING) or [] if name not in done and name in listed]
    if not entries and not removing:
        drop_pending(folder)
        return
    try:
        _put_pending(folder, entries, removing, write)
    except OSError:
        pass  # the record this write placed stays: it still says the folder may mix two versions


def removed_by_pending(folder: Path) -> set[str]:
    """The names a write killed after its commit had removed: noted as being removed in the pending record, and
    no longer listed by the manifest in place (killed before it, the old manifest lists them: not removed)."""
    removing = (_json(Path(folder) / PENDING) or {}).get(REMOVING)
    if not isinstance(removing, list) or _foreign(folder, PENDING):  # another account's: its backups put back
        return set()
    listed = {entry["plik"] for entry in read(folder, pending=False)}
    return {name for name in removing if isinstance(name, str) and name not in listed}


def unfinished(folder: Path) -> bool:
    """A write was killed before its manifest took its place: the pending record lists a file the manifest
    does not (with that content), or a name being removed that it still lists. Killed after (the record not yet
    dropped), the write is complete."""
    path = Path(folder) / PENDING
    if not os.path.lexists(path):
        return False
    pending = _json(path)
    if pending is None:
        return True  # not readable: nothing says the write finished
    listed = {(entry["plik"], entry["sha256"]) for entry in read(folder, pending=False)}
    entries = [e for e in pending["dokumenty"] if isinstance(e, dict) and isinstance(e.get("plik"), str)]
    removing = pending.get(REMOVING) if isinstance(pending.get(REMOVING), list) else []
    return (any((e["plik"], e.get("sha256")) not in listed for e in entries)
            or bool(set(removing) & {name for name, _ in listed}))


def drop_pending(folder: Path) -> None:
    """The write is in place (or rolled back): its pending entries are the manifest's, or nobody's."""
    try:
        os.unlink(Path(folder) / PENDING)
    except OSError:
        pass


def is_record(path: Path) -> bool:
    """The file is a manifest pismo wrote (so replacing it loses nothing of the user's)."""
    return _load(Path(path).parent) is not None if Path(path).name == MANIFEST else False


def unchanged(folder: Path, entries: list[dict]) -> dict[str, str]:
    """{file name: sha256} of the recorded files still there with the recorded content."""
    found, digests = {}, {}
    for entry in entries:
        name = entry["plik"]
        if name in found or "/" in name or "\\" in name or name in (MANIFEST, PENDING, "", ".", ".."):
            continue  # the first entry of a name the file holds counts (as merged() keeps it)
        if _holds(Path(folder) / name, entry, digests):
            found[name] = entry["sha256"]
    return found


def merged(header: dict, old: list[dict], kept: dict[str, str], new: list[dict]) -> bytes:
    """The manifest after a write: old entries kept in place (replaced when written anew, dropped when
    their file changed), then the new ones; `new` entries carry plik and sha256."""
    fresh = {entry["plik"]: entry for entry in new}
    entries, seen = [], set()
    for entry in old:
        name = entry["plik"]
        if name in seen:
            continue
        if name in fresh:
            entries.append(fresh[name])
            seen.add(name)
        elif kept.get(name) == entry["sha256"]:
            entries.append(entry)
            seen.add(name)
    entries += [entry for name, entry in fresh.items() if name not in seen]
    return _encoded({**header, "dokumenty": entries}, indent=2)


def _encoded(fields: dict, indent: int) -> bytes:
    """A record as UTF-8 JSON that holds any name the file system gives: a byte that is not UTF-8 (a name from a
    cp1250 archive, os.fsdecode's lone surrogate \\udcb3) is written as the JSON escape „\\udcb3”, which json
    reads back as the very name – encoding it as UTF-8 raised after the files were placed."""
    return (json.dumps(fields, ensure_ascii=False, indent=indent) + "\n").encode("utf-8", "backslashreplace")
