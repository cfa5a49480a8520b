"""Writing a command's files: all or none, atomically, never replacing what is not pismo's.

What a user can rely on, whatever fails:

- Confinement. A file or case-folder name is a plain name: no slashes or
  backslashes, not "." or "..", no hidden (dot) names, no control or invisible
  formatting characters, at most 200 bytes, and valid on Windows too (no
  CON, NUL, COM1 …, no <>:"|?*, no dot or space at the end – Windows would drop
  it, so "sprawa." and "sprawa" would be one folder). Nothing is ever written
  outside the output folder. An existing symbolic link, folder or special file
  where a document should go is refused, even with --nadpisz, and so is a case
  folder that is a symbolic link: pismo never writes through a link (the output
  folder -o itself may be one – the user named it). Names are compared without
  regard to case, as Windows and macOS do: two files of one command may not
  differ in case only.
- Inputs. A file the command reads (the case file, a template, an imported
  plan) is never replaced by one it writes, whatever its name, link or flags.
- Replacing. An existing file is replaced only with --nadpisz, or when the
  folder's manifest (record.py) shows pismo wrote it and nobody changed it
  since; a file edited by hand is refused by name and kept. A file whose bytes
  would not change is left as it is; a replaced one keeps its permissions, ACL and extended attributes
  (casefile.owned_as). One open in LibreOffice or Word (its lock
  file `.~lock.NAME#` or owner file `~$NAME` beside it) is refused, naming who
  holds it, as Windows refuses it (open_elsewhere), even with --nadpisz.
- Removing. A file the record lists that the case no longer makes (a meeting
  renamed) is removed in the commit, moved aside like a replaced file (so put back
  on any failure) – only if pismo wrote it and nobody changed it since; a PDF only with
  its document, and only if it was made of that document as pismo wrote it. One that cannot
  be moved (open in Word or Acrobat on Windows), or is open in LibreOffice or Word (its lock file beside
  it, open_elsewhere), stays, with its PDF, recorded in the manifest the
  commit places (marked record.STAYED), so the next write removes it. A folder
  whose record was written from another case file of the same name is refused
  unless --nadpisz.
- One writer. The folder is locked while a command writes there (folderlock);
  a second command waits, then gives up with a message.
- Write phase. Every file is written in full (and fsync'ed) to a hidden
  temporary `.NAME.pismo-XXXXXXXX.tmp` beside its target as soon as it is made,
  so a case of thousands of documents never holds them all in memory. If
  anything fails here (disk full, no permission, an error in a later document…)
  the temporaries are removed: nothing changed.
- Commit phase. Each file about to be replaced is first moved aside to a hidden
  backup name (`.NAME.pismo-XXXXXXXX.bak`, a rename: no copy, no extra space)
  and the moved content is checked against what the run found at its start, so
  a save in Word up to that very instant is not lost: everything is put back and
  the file is refused by name. Then each temporary takes its name without
  replacing anything that appeared there meanwhile (unless --nadpisz), the
  manifest last. If a step fails, the files done so far are rolled back – new
  ones removed, replaced ones restored from their backups – so the folder is as
  before. Should the roll back itself fail, the message names each file and
  where its old version is. Ctrl+C (once or twice) is held back meanwhile:
  the files are all put in place, and the backups removed, before it is taken.
- Killed process (SIGKILL, power cut). Every name holds either its old or its
  new complete content, never a partial one – except in the instant between
  moving a file aside and putting its new version in place, when the name is
  missing and the old content is in its hidden backup; the next write in that
  folder (or PDF run over it) puts such a backup back. A killed case may hold a mix, and its
  manifest.json, written last, is then old or missing; the entries of the files
  being put in place are noted before the first rename (record.write_pending),
  so the next write takes either version for pismo's, never for a hand edit; that record stays (record.
  settle_pending) until a later write has written or removed each file the killed one did not put in place – a
  write of one kind (pismo plan) does not clear it for the others. Other hidden `.pismo-` temporaries
  and backups, and the lock file, may remain: nothing reads them, and the next
  write in that folder removes them.

Whose folders and files pismo uses, and what rights its files get (the one model every rule here, in casefile.py,
folderlock.py, record.py and web/store.py follows):

- Who. "This account" runs pismo; root is the admin; the case's owner owns the case file; any other account is
  "another account". The owner of a folder may rename, remove or swap anything in it whatever its mode (and chmod
  it); the owner of a file may rewrite it. So pismo keeps a case's documents only in folders whose owner may read
  the case anyway, and trusts only records it wrote. Every rule reads the case file the command reads – through a link, its
  target's mode and ACL, never the link's (casefile._case_acl).
- A case (documents) folder found on disk is used when it is this account's or root's, unless every account may
  write it without the sticky bit (anyone could swap the documents: refused whoever owns it – this account's own
  only when the case file is not itself writable by every account, _refuse_own_open); another account's only when
  it lies in no folder every account may write and its owner may read the case file (a teammate's folder of a team
  case), or when its owner owns the case file (he may change the case itself; in a sticky folder none but he can
  have made it) – else refused naming its owner and whom to ask (_refuse_open_foreign, casefile.readable_by).
- Folders a run makes: the documents folder is as open as the case file (narrow_folder; its group, its named ACL
  entries; its default ACL within what the case gives, casefile.default_within_case) and, in root's run, the case
  owner's; the -o folders made on the way stay the runner's – in root's run, inside a folder the case owner may write
  in (not every account), his, of the parent's group (setgid) or his own (_in_case_owners_folder) –, entered (x, never listed) by whoever the case lets read, never written
  (_shared_like_case) – a named entry of passage pismo put there (record.PASSAGE) taken back with the reader the case
  drops, unless another case folder there holds or needs it (_passage_taken). A found documents folder's rights follow the case at later writes only if pismo made it for
  this case (_made_for_case), never a folder holding files pismo did not write; following it, its named ACL entries
  are the case file's (its other ones within what the case gives them), its mask lets them through
  (_followed_by_acl), and its default ACL is narrowed as a new one's; a found -o folder of this account's holding nothing but case folders (pisma made by a private run) is
  given x for the case's readers (_let_through) – passage, never a listing.
- New files of a case are never open to a class of accounts (group, others) the case file is closed to: its
  permissions are given as they are, and only the umask's own mode of a case every class may read goes through the
  umask or the folder's default ACL (given_mode) – the kernel applies a default ACL instead of the umask; a file
  closed to its group keeps no inherited named entry, any other (and the documents folder's default ACL) one only
  within what the case file gives that account or group – none for a colleague it shuts out (share_like). They take the case file's group and named ACL entries
  (casefile.take_group, share_like). A replaced file keeps its own rights (the officer's choice for that file,
  kept_as) within the case's, in the case file's group, less the named entries the case had and no longer has
  (record.SHARED – taken from every file of the record this account owns, its PDFs too; of an entry of no rights it
  gave – record.DENIED – not where the file gives rights again: the officer shared it by hand once the denial was
  lifted, _regiven), with those it has now at
  the case's rights, an entry of no rights too (a colleague the case was shared with after the first run, narrowed
  to read, or shut out by u:ewa:---; casefile.with_named); with an ACL (a folder's default, a teammate's run's owner
  entry, the officer's own) within what the case gives (narrowed, casefile.within_case): an account's right on the
  case is its named entry, else its owner's, its groups' (owning and named) or others', masked – a document's entry
  is never cut below that (the umask of the run decides no document's entry; one cut to nothing goes rather than
  deny), write kept where he may read (the officer's choice), and an entry the case names is the case's exactly.
  Never widened – but for the rights of its group and others pismo itself took from a file to keep it within the
  case (the record's NARROWED: a team case made 0640 for a while), given back once the case gives them again
  (_given_back); a right the officer took from a file stays taken. At the first write after the case file opened to
  a class it was closed to (the record's CLOSED), the files of this account's still closed to it – made while it was
  private, where the umask would open a new file – are told once, with the chmod that shares them (_still_closed).
- umask: new files of a case the case file does not close are made as any new file (0666 less the umask, or what
  the folder's default ACL gives) – but for what a case giving its group more than others gives its group, which no
  umask takes (within_new); a private case's are 0600 whatever the umask or the default ACL.
- Records (manifest.json, the pending record) speak for files when this account or the documents folder's owner wrote
  them, or they lie in a folder without the sticky bit (a team's 2770 one: whoever could put a record there may
  remove or replace every file in it anyway); another account's record in a sticky folder (a 1777 one, where its
  writer may remove only his own files) vouches for nothing and gives its mode to nothing (record._foreign).
- The lock file: a pipe, device or folder in its place is refused at once. Another account's lock file nobody holds
  (a killed run's) is taken; one held in a sticky folder this account does not own (it may not remove it, and
  only its owner's run can be behind it) is refused naming its owner – at once when every account may write the
  folder (a planter's), after the wait in a team's folder (folderlock.NotOurs). A teammate's held lock in a team
  folder that is not sticky is waited on.
- An object in the way that this account may not remove (another account's in a sticky folder) is told with its
  owner and „poproś go albo administratora” (removal) – never „usuń go”.
- The web's history: a case's history folder another account (not root, not the case's owner) owns is refused by
  its owner when every account may write it or he may not read the case file; the cases folder's top history
  folder may be any officer's (the first to save), each case's own folder is judged.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import hashlib
import os
import platform
import re
import secrets
import signal
import stat
import sys
import tempfile
import threading
import unicodedata
from contextlib import contextmanager
from pathlib import Path

from pismo.errors import STOPPING, visible
from pismo.files import folderlock, record
from pismo.files.read import os_reason
from pismo.polish import seconds

MAX_NAME_BYTES = 200  # leaves room for the temporary's prefix and suffix within the usual 255
_MARK = "pismo-"


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class OutputError(Exception):
    """Files cannot be written; the message is for the user. `reason` alone (e.g. „brak miejsca na dysku”),
    when the system refused, is for a front end that words the rest itself (the browser has no -o)."""

    def __init__(self, message: str, reason: str | None = None) -> None:
        super().__init__(message)
        self.reason = reason


# --- names and folders ---------------------------------------------------------------------------

_WINDOWS_DEVICE = re.compile(r"(?i)con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]")
_WINDOWS_FORBIDDEN = set('<>:"|?*')


def name_problem(name: str) -> str | None:
    """Why a file or folder name cannot be used (None if it can): the one rule for names pismo writes."""
    if not name or name in (".", ".."):
        return "pusta albo oznacza folder nadrzędny"
    try:  # the bytes on disk decide, in every locale: a Latin-2 one decodes any byte, and pismo made names there that
        name = _on_disk(name).decode("utf-8")  # it refused in every other (rev-sys9 #10)
    except UnicodeError:
        return "zawiera bajty spoza UTF-8 (np. polskie litery zapisane w innym kodowaniu)" + _locale_said()
    if "/" in name or "\\" in name:
        return "zawiera ukośnik (byłaby ścieżką, a nie nazwą)"
    if any(ord(char) < 32 or char == "\x7f" for char in name):
        return "zawiera znak sterujący"
    if any(unicodedata.category(char) == "Cf" for char in name):
        return "zawiera niewidoczny znak formatujący (np. zmianę kierunku tekstu)"
    if name.startswith("."):
        return "zaczyna się od kropki (plik ukryty)"
    if len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return f"jest dłuższa niż {MAX_NAME_BYTES} bajtów"
    return _windows_problem(name)


def _on_disk(name: str) -> bytes:
    """The bytes a name given by the file system (or the command line) stands for in this locale; text this locale
    cannot write (Polish letters under LC_ALL=C) pismo writes in UTF-8 (record.as_path)."""
    try:
        return os.fsencode(name)
    except UnicodeError:
        return name.encode("utf-8", "surrogatepass")


def _locale_said() -> str:
    """Why a name typed in this locale has such bytes: the locale's own encoding, when it is not UTF-8."""
    encoding = sys.getfilesystemencoding()
    if codecs.lookup(encoding).name in ("utf-8", "ascii"):
        return ""
    shown = codecs.lookup(encoding).name.upper().replace("ISO8859", "ISO-8859")
    return (f" – ustawienia regionalne tego systemu zapisują polskie litery w kodowaniu {shown}, a nie w UTF-8; "
            "ustaw LC_ALL=C.UTF-8 albo pl_PL.UTF-8")


def _windows_problem(name: str) -> str | None:
    """What Windows refuses or changes in a name (documents are read there too)."""
    if name[-1] in ". ":
        return "kończy się kropką albo spacją (Windows usuwa je z końca nazwy)"
    if _WINDOWS_FORBIDDEN & set(name):
        return "zawiera znak niedozwolony w systemie Windows (< > : \" | ? *)"
    if _WINDOWS_DEVICE.fullmatch(name.split(".")[0].rstrip(" ")):  # CON, con.docx, "Nul .txt" alike
        return "to zastrzeżona nazwa urządzenia w systemie Windows (CON, PRN, AUX, NUL, CONIN$, CONOUT$, COM1…, LPT1…)"
    return None


def same_name_key(name: str) -> str:
    """A name as case-insensitive file systems (Windows, macOS) see it."""
    return unicodedata.normalize("NFC", name).casefold()


def _confined(folder: Path, name: str, what: str = "pliku wynikowego") -> Path:
    """The path of a name inside folder, refused if the name could lead anywhere else."""
    problem = name_problem(name)
    if problem:
        shown = name if len(name) <= 60 else name[:57] + "…"
        raise OutputError(f"{Path(folder) / shown}: niedozwolona nazwa {what} – {problem}; nic nie zapisano")
    return folder / name


def link_refused(link: Path, instead: str, what: str = "to dowiązanie symboliczne") -> str:
    """Why a symbolic link is not written through, with what to do: „usuń je” only for a link the officer made –
    never for the system's own (/dev/stdout: removed as root, it is gone for every program)."""
    target = os.readlink(link)
    if _system(link):
        return (f"{link}: to dowiązanie systemowe (do {target}) – prowadzi do urządzenia albo terminala, a nie do "
                f"pliku; pismo zapisuje tylko do zwykłych plików – {instead}; nic nie zapisano")
    return (f"{link}: {what} (do {target}) – pismo nie zapisuje przez dowiązania; {removal(link, 'je')} albo "
            f"{instead}; nic nie zapisano")


def _system(link: Path) -> bool:
    """Whether a link lies in, or leads into, the system's device and process folders."""
    places = (os.path.abspath(link), os.path.realpath(link))
    return os.name != "nt" and any(place == root or place.startswith(root + "/") for place in places
                                   for root in ("/dev", "/proc", "/sys"))


def subfolder(root: Path, name: str, case: Path | None = None) -> Path:
    """A case's folder inside the output folder: the file-name rule, no symbolic link, and none whose owner or
    mode would let another account take the documents of the case file at `case` (_refuse_open_foreign)."""
    folder = _confined(Path(root), name, "folderu sprawy")
    if os.path.islink(folder):
        raise OutputError(link_refused(folder, "podaj inny folder wyjściowy (-o)", "folder sprawy jest dowiązaniem "
                                                                                 "symbolicznym"))
    _refuse_open_foreign(folder, case)
    return folder


def _refuse_open_foreign(folder: Path, case: Path | None = None) -> None:
    """A found case folder another account could take the documents from, refused by its owner before anything is
    written: one every account may write without the sticky bit, whoever owns it (root's too – the danger is the
    mode); another account's (not root's) in a folder every account may write (anyone may have made it there), or
    whose owner may not read the case file – as its owner he may rename, remove or swap anything in it whatever
    its mode, and a private case's documents landed in a teammate's folder in the team's share. A teammate's folder
    of a case he may read (a team case) is used, and the case file's owner's wherever it lies: he may change the
    case itself – a teammate was told to have her delete the team's documents folder in a /tmp-like drop folder."""
    try:
        found = os.lstat(folder)
    except OSError:
        return
    me = getattr(os, "geteuid", lambda: found.st_uid)()
    if not stat.S_ISDIR(found.st_mode):
        return
    if found.st_uid == me:
        _refuse_own_open(folder, found, case)
        return
    owner = _user_name(found.st_uid)
    if found.st_mode & 0o002 and (found.st_uid != 0 or not found.st_mode & stat.S_ISVTX):
        close = f"odebrał innym prawo zapisu (chmod o-w {folder})"
        ask = (f"jako administrator odbierz innym prawo zapisu sam (chmod o-w {folder})" if me == 0 else
               f"poproś administratora, żeby {close}" if found.st_uid == 0 else
               f"poproś go (albo administratora), żeby {close}")
        raise OutputError(f"{folder}: folder sprawy należy do użytkownika {owner} i może w nim zapisywać każdy – "
                          f"dokumenty sprawy mógłby tam usunąć albo podmienić ktokolwiek; {ask}, albo podaj inny "
                          "folder wyjściowy (-o); nic nie zapisano")
    if found.st_uid == 0 or _case_owner(case) == found.st_uid:  # he may change the case itself (and in a sticky
        return                                                   # folder none but he can have put it there)
    from pismo.files.casefile import _an_account, readable_by

    if not _an_account(found.st_uid):
        raise OutputError(_of_deleted_account(folder, found.st_uid))
    if _open_to_all(folder.parent):  # any account may have made it there: its owner, whatever its mode, may
        raise OutputError(f"{folder}: folder sprawy należy do użytkownika {owner}, a leży w folderze, w którym może "
                          f"zapisywać każdy – jako jego właściciel {owner} może usunąć albo podmienić dokumenty "
                          "sprawy (i zmienić uprawnienia folderu); poproś go (albo administratora), żeby go usunął, "
                          "albo podaj inny folder wyjściowy (-o); nic nie zapisano")
    if case is not None and not readable_by(case, found.st_uid):
        raise OutputError(f"{folder}: folder sprawy należy do użytkownika {owner}, który nie może czytać pliku sprawy "
                          f"{case} – jako właściciel folderu mógłby usunąć albo podmienić dokumenty sprawy, której mu "
                          "nie udostępniono; poproś go (albo administratora), żeby go usunął, albo podaj inny folder "
                          "wyjściowy (-o); nic nie zapisano")


def _of_deleted_account(folder: Path, uid: int) -> str:
    """A case folder whose owner's account was deleted (a teammate who left): its number may be given to a new
    account, who would own the documents – the administrator gives it to someone or removes it; this account may
    set it aside itself where it may rename in the folder it lies in."""
    parent = os.stat(folder.parent)
    aside = (f"; możesz też sam odsunąć go na bok, zmieniając jego nazwę (np. mv {folder} {folder}-stary)"
             if os.access(folder.parent, os.W_OK) and not parent.st_mode & stat.S_ISVTX else "")
    return (f"{folder}: folder sprawy należy do usuniętego konta (numer {uid}) – ten numer może dostać nowe konto, "
            "a z nim dokumenty sprawy; poproś administratora, żeby oddał folder komuś z zespołu (chown) albo go "
            f"usunął{aside}, albo podaj inny folder wyjściowy (-o); nic nie zapisano")


def _case_owner(case: Path | None) -> int | None:
    try:
        return os.stat(case).st_uid if case is not None else None
    except OSError:
        return None


def _refuse_own_open(folder: Path, found: os.stat_result, case: Path | None) -> None:
    """This account's own case folder every account may write without the sticky bit: anyone could swap or take its
    documents as well – refused, unless the case file (or, without one, the umask) lets every account write anyway:
    then its documents are no more closed than the case."""
    if not found.st_mode & 0o002 or found.st_mode & stat.S_ISVTX:
        return
    from pismo.files.casefile import sharing

    try:
        open_case = (sharing(case) if case is not None else shareable_mode()) & 0o002
    except OSError:
        open_case = 0
    if not open_case:
        raise OutputError(f"{folder}: folder sprawy należy do tego konta, ale może w nim zapisywać każdy (nie ma bitu "
                          "„sticky”) – dokumenty sprawy mógłby tam usunąć albo podmienić ktokolwiek; odbierz innym "
                          f"prawo zapisu (np. chmod o-w {folder}) albo podaj inny folder wyjściowy (-o); nic nie "
                          "zapisano")


def _open_to_all(folder: Path) -> bool:
    """Every account may make a folder here (a /tmp-like 1777 folder, a 0777 one)."""
    try:
        return bool(os.stat(folder).st_mode & 0o002)
    except OSError:
        return False


def twin_folders(folder: Path) -> list[Path]:
    """Folders beside a case's folder whose names Windows and macOS take for its name (they differ in letter case
    or in how Polish letters are encoded – a case file renamed, or back from a Mac): a second folder of the case
    that looks like the first, the officer may open the stale one, and copied to a share the two merge."""
    folder = Path(folder)
    key = same_name_key(folder.name)
    try:
        entries = [entry for entry in os.scandir(folder.parent) if entry.name != folder.name
                   and same_name_key(entry.name) == key and entry.is_dir(follow_symlinks=False)]
    except OSError:
        return []
    return sorted(folder.parent / entry.name for entry in entries if not _same_folder(entry.path, folder))


def _same_folder(one, other) -> bool:
    """Whether two names reach one folder: on a case-insensitive file system (Windows, macOS, a Samba share, a
    USB stick) the folder written as „Plan” is listed under its first name „plan” – no twin, and deleting it as
    one would delete the documents just written."""
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _blocking_file(folder: Path) -> Path | None:
    """The folder or the nearest of its parents that exists but is not a folder (or is a broken link).
    os.path's tests, not Path's: they say False for a name too long or a folder one may not enter, where
    Path's raise (and creating the folder then tells why in Polish)."""
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            return None if os.path.isdir(candidate) else candidate
    return None


def check_folder(folder: Path, where: str = " wyjściowy (-o)") -> None:
    """Refuse at once an output folder that is, or lies inside, a file or a broken link."""
    blocker = _blocking_file(Path(folder))
    if blocker is not None and os.path.islink(blocker):
        raise OutputError(f"{blocker}: to dowiązanie symboliczne do nieistniejącego miejsca ({os.readlink(blocker)}) – "
                          f"usuń je albo podaj inny folder{where}")
    if blocker is not None:
        raise OutputError(f"{blocker}: to jest plik, a nie folder – podaj inny folder{where}")


def _make_folder(folder: Path, where: str) -> list[Path]:
    """Create the folder and its missing parents; the ones created, outermost first."""
    check_folder(folder, where)
    missing = [f for f in (folder, *folder.parents) if not os.path.lexists(f)][::-1]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        check_folder(folder, where)  # a file appeared meanwhile
        raise OutputError(f"{folder}: nie można utworzyć folderu – istnieje tam plik") from None
    except OSError as exc:
        doing = "utworzyć folderu"
        if exc.errno in (errno.EACCES, errno.EPERM):
            what, todo = "brak uprawnień do zapisu w tym miejscu", f"podaj inny folder{where}, w którym możesz zapisywać"
            what, todo = _lock_told(_deepest_there(folder), where, True) or _closed_by_owner(folder, where) or (
                what, todo)
            if not _reachable(folder):  # it may well be there: one cannot tell, nor make it
                doing = "dotrzeć do folderu ani go utworzyć"
        else:
            what, todo = _reason(exc, where)
        raise OutputError(f"{folder}: nie można {doing} ({what}) – {todo}") from None
    return missing


def _deepest_there(folder: Path) -> Path:
    """The innermost folder of `folder`'s path that exists (where a new one would be made)."""
    place = Path(os.path.abspath(folder))
    while not os.path.isdir(place) and place != place.parent:
        place = place.parent
    return place


def _lock_told(folder: Path, where: str, named: bool = False) -> tuple[str, str] | None:
    """(what, what to do) when `folder` is locked by its flags – the one reason for a folder its owner may write
    yet nothing may be made in, for every command: plan, wszystko and szablony eksport said „brak uprawnień do
    zapisu”, and the owner found his permissions right (rev-sys12 #14); `named`: the folder is another than the
    one in the message. None when it is not locked."""
    if not locked(folder):
        return None
    which = f"folder {folder} jest zablokowany" if named else "folder jest zablokowany"
    return f"{which} – {LOCKED_HOW}", f"odblokuj go albo podaj inny folder{where}"


def _reachable(folder: Path) -> bool:
    """Every folder on the way that is there may be entered: „nie można utworzyć folderu” of a case folder that
    exists behind a colleague's closed folder was untrue."""
    for place in reversed(Path(os.path.abspath(folder)).parents):
        if not os.path.isdir(place):
            return True
        if not os.access(place, os.X_OK):
            return False
    return True


def _closed_by_owner(folder: Path, where: str) -> tuple[str, str] | None:
    """Why this account may not write the folder, when another account's folder on its way stands in it (a
    teammate's run made it 0700, the admin's run made it root's): that folder and its owner – „brak uprawnień …
    podaj inny folder” hid whom to ask, and a folder one may not enter was told as one to create. None when the
    folder in the way is this account's own (or none is found)."""
    chain = [*reversed(Path(os.path.abspath(folder)).parents), Path(os.path.abspath(folder))]
    for index, place in enumerate(chain):
        try:
            found = os.stat(place)
        except OSError:
            return None
        enter = os.access(place, os.X_OK)
        deepest = index + 1 == len(chain) or not os.path.lexists(chain[index + 1])
        if enter and not (deepest and not os.access(place, os.W_OK)):
            if deepest:
                return None
            continue
        if found.st_uid == getattr(os, "geteuid", lambda: found.st_uid)():
            return None
        return (f"folder {place} należy do użytkownika {_user_name(found.st_uid)} i to konto nie może "
                f"{'w nim zapisywać' if enter else 'do niego wejść'}",
                f"poproś jego właściciela albo administratora o dostęp do niego, albo podaj inny folder{where}")
    return None


def _remove_empty(created: list[Path]) -> None:
    """Folders this command created, when it wrote nothing into them after all."""
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            return


# --- Polish reasons ------------------------------------------------------------------------------

_WRITE_REASONS = {  # what writing adds to files.os_reason: the likely cause, and what to do
    errno.ENOSPC: ("brak miejsca na dysku", "zwolnij miejsce albo podaj inny folder{where}"),
    errno.EACCES: ("brak uprawnień do zapisu albo plik jest otwarty w innym programie, np. w Wordzie",
                   "zamknij plik albo podaj inny folder{where}, w którym możesz zapisywać"),
    errno.EROFS: ("nośnik tylko do odczytu", "podaj inny folder{where}"),
    errno.ENAMETOOLONG: ("ścieżka jest zbyt długa", "podaj inny folder{where} o krótszej ścieżce"),
    errno.EBUSY: ("plik jest zajęty przez inny program", "zamknij go i uruchom polecenie ponownie"),
}
_WRITE_REASONS[errno.EPERM] = _WRITE_REASONS[errno.EACCES]
if hasattr(errno, "EDQUOT"):
    _WRITE_REASONS[errno.EDQUOT] = ("wyczerpany przydział miejsca na dysku", _WRITE_REASONS[errno.ENOSPC][1])
_WRITE_REASONS[errno.EFBIG] = (os_reason(OSError(errno.EFBIG, "")), "podaj inny folder{where} na innym dysku albo "
                               "poproś administratora o zniesienie limitu rozmiaru plików")
_OUT = " wyjściowy (-o)"  # "podaj inny folder wyjściowy (-o)": how document commands name another folder


def _current_folder() -> str:
    """The current folder named in a message – „.” told the officer nothing."""
    try:
        return f"bieżący folder {os.getcwd()}"
    except OSError:
        return "bieżący folder"


def _reason(exc: OSError, where: str = _OUT) -> tuple[str, str]:
    """(what went wrong, what to do) in Polish for an OS error; `where` names the option for another folder."""
    if exc.errno in _WRITE_REASONS:
        what, todo = _WRITE_REASONS[exc.errno]
        return what, todo.format(where=where)
    return os_reason(exc), "sprawdź folder i uruchom polecenie ponownie"


# --- writing -------------------------------------------------------------------------------------

class Committed(KeyboardInterrupt):
    """Ctrl+C came while the files were being put in place: they were all put in place first, then the
    interruption goes on (a batch counts this case as finished). It carries what the commit did: the files
    written, and the recorded ones the case no longer makes – removed, left (changed since), stayed (could not
    be removed) – for the same notes as a write not interrupted."""

    def __init__(self, folder: Path, written: list[Path], removed=(), left=(), stayed=()) -> None:
        super().__init__(str(folder))
        self.folder, self.written = folder, written
        self.removed, self.left, self.stayed = list(removed), list(left), list(stayed)


@contextmanager
def uninterrupted():
    """Ctrl+C, a kill (SIGTERM) and a closed terminal (SIGHUP) are held back during the block (the main thread
    only; each signal whose handler is Python's): yields a list that is not empty if one came meanwhile."""
    pressed: list[bool] = []
    held = [s for s in _HELD if callable(signal.getsignal(s))]
    if threading.current_thread() is not threading.main_thread():
        held = []
    previous = {s: signal.signal(s, lambda *_: pressed.append(True)) for s in held}
    try:
        yield pressed
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


_HELD = [getattr(signal, name) for name in STOPPING if hasattr(signal, name)]


class FolderBusy(OutputError):
    """Another pismo held the folder longer than the write would wait: nothing was written."""


class ExistingFiles(OutputError):
    """Files that may not be replaced unasked; `paths` for front ends that word the refusal themselves."""

    def __init__(self, message: str, paths: list[Path]) -> None:
        super().__init__(message)
        self.paths = paths


def write_all(folder: Path, files: list[tuple[str, bytes]], overwrite: bool = False, *, inputs=(),
              manifest: dict | None = None, where: str = _OUT, mode: int | None = None,
              cases: bool = False, wait: float | None = None, group: int | None = None,
              like: Path | None = None, like_case: bool = True) -> list[Path]:
    """Write every file or none (see the module's docstring for the guarantees). `mode`: the files' permissions
    (a copy of a private file stays private), else those of any new file (shareable). `cases`: the files are
    case files – one replaced must pass casefile.replaceable and the new one keeps its owner and permissions.
    `group`: the group of the file they are made from, which new files and the folder take (casefile.take_group).
    `like`: that file, whose named ACL entries new files take before any byte (casefile.share_like) – given after
    the rename, a colleague the case shuts out read the next period through the folder's default entry meanwhile;
    `like_case`: False when that file is no case (an imported plan's text: its owner and group are no one's here)."""
    with transaction(folder, [name for name, _ in files], overwrite, inputs=inputs, manifest=manifest,
                     where=where, mode=mode, wait=wait, group=group) as writing:
        writing.cases = cases
        writing.like, writing.like_case = like, like_case
        for name, data in files:
            writing.add(name, data)
    return writing.written


@contextmanager
def transaction(folder: Path, names: list[str], overwrite: bool = False, *, inputs=(),
                manifest: dict | None = None, where: str = _OUT, obsolete=None, mode: int | None = None,
                wait: float | None = None, source: tuple[Path, str] | None = None, narrow: int | None = None,
                group: int | None = None):
    """All-or-none writing of the named files, given one by one: `writing.add(name, data)` puts each in a
    hidden temporary at once (so a case of thousands of documents never holds them all in memory);
    leaving the block renames them all into place, or, on any exception, removes them.

    The folder is locked meanwhile (folderlock). `inputs` are the files the command reads: never
    replaced, whatever the flags. `manifest` (its header fields, e.g. {"sprawa": …}) makes the write
    keep the folder's record (record.py): add(name, data, entry) files an entry for the file, and
    files the record shows unchanged since pismo wrote them are replaced without `overwrite`.
    `obsolete(entry)` tells an entry of the record whose file the case no longer makes (a meeting renamed):
    such a file pismo wrote and nobody changed is removed in the commit (and put back with the rest on a
    failure); one changed since is kept and listed in `writing.left`, the removed in `writing.removed`.
    A record written from another case file of the same name (record.other_case) is refused unless `overwrite`.
    `source`: (the case file, the sha256 of the bytes the files were made from) – if it holds others when the
    commit begins (under the lock), nothing is written: an older run must not replace a newer run's documents.
    `narrow`: the permissions of the file they are made from (a private case file's) – the files written, and the
    folder when this write makes it, allow its group and others no more than it does.
    `group`: that file's group – the new files, and the folder when this write makes it, take it (casefile.take_group).
    """
    folder = Path(folder)
    targets = [_confined(folder, name) for name in names]
    if not targets:  # nothing to write: no empty folder (and no manifest) left behind either
        yield _Writing(folder, [], {}, None, where)
        return
    if manifest is not None:
        targets.append(_confined(folder, record.MANIFEST))
    _refuse_same_names([t.name for t in targets], folder)
    created = _make_folder(folder, where)
    writing = None
    try:
        if narrow is not None and folder in created:
            follow_folder(folder, folder_mode(narrow | 0o700))  # the team's rights as well: never the umask's cut
        if group is not None and folder in created:
            from pismo.files.casefile import take_group

            take_group(folder, group)
        passage = set()  # the entries pismo put on the folder the case folder lies in (record.PASSAGE)
        for made in created if source is not None else ():
            if made != folder:
                _in_case_owners_folder(made, source[0])
            given = _shared_like_case(made, source[0], owned=made == folder)
            passage |= given if made == folder.parent else set()
        with _locked(folder, where, wait):
            writing = yield from _write(folder, targets, overwrite, inputs, manifest, where, obsolete, mode, source,
                                        narrow, group, folder not in created, passage)
    except KeyboardInterrupt as exc:
        _after_commit(writing, exc)
        _remove_empty(created)
        raise
    except BaseException:
        _remove_empty(created)
        raise
    if not writing.written:  # every kind left out after all
        _remove_empty(created)
    elif source is not None and folder.parent not in created:
        _let_through(folder.parent, source[0])
    if source is not None and writing.written and writing.keeping is not None:
        _passage_taken(folder, writing.passage_gone)


def _after_commit(writing: "_Writing | None", exc: KeyboardInterrupt) -> None:
    """Ctrl+C as the folder's lock was let go (slow on a stick or a share): the files are in place – told as
    Committed, so the command still reports them, never as a write that did not happen."""
    if writing is None and isinstance(exc.__context__, Committed):
        raise exc.__context__ from None  # it came as the lock went after a commit Ctrl+C had already stopped
    if writing is not None:  # _write returned: the commit is done
        stop = Committed(writing.folder, list(writing.written), writing.removed, writing.left, writing.stayed)
        stop.writing = writing
        raise stop from None


def _write(folder: Path, targets: list[Path], overwrite: bool, inputs, manifest: dict | None, where: str,
           obsolete=None, mode: int | None = None, source: tuple[Path, str] | None = None,
           narrow: int | None = None, group: int | None = None, found: bool = False, passage=frozenset()):
    """The transaction's body, under the folder's lock. `found`: the folder was there before this write – it
    follows the case's sharing after the commit only if it is pismo's for this case (_made_for_case); `passage`: the
    entries this write put on the folder the case folder lies in, made on the way (record.PASSAGE)."""
    inputs = [Path(p) for p in inputs]  # asked twice: by _existing and _no_longer_made
    remove_leftovers(folder)
    if manifest is not None and not overwrite:
        _refuse_other_case(folder, manifest, where)
    denials = record.denied_entries(folder) if manifest is not None else set()  # before this write's header
    manifest, revoked = _with_sharing(folder, manifest, source)
    manifest, opened = _with_closure(folder, manifest, source)
    why = _not_followed(folder, targets) if found and manifest is not None else None
    follow = found and manifest is not None and why is None
    old = record.read(folder) if manifest is not None else None
    kept = record.unchanged(folder, old or [])
    current = _existing(targets, overwrite, old, kept, inputs, where)
    removing, left = _no_longer_made(folder, targets, old or [], kept, obsolete, inputs)
    writing = _Writing(folder, targets, current, (manifest, old, kept) if manifest is not None else None, where,
                       overwrite, removing, left)
    writing.mode = mode
    writing.narrow = None if narrow is None else within_new(narrow | 0o700)
    writing.group = group
    writing.case = source[0] if source is not None else None
    writing.revoked = revoked
    writing.named = _case_named(source)
    writing.given = pismos(folder, source[0] if source is not None else None) if manifest is not None else set()
    writing.denials = denials
    writing.before = record.narrowed_rights(folder) if manifest is not None else {}
    writing.passage_given = set(passage)
    writing.reopened = sum(bit | bit >> 1 for bit in opened.values())  # the classes' read and write bits
    writing.found = found
    try:
        yield writing
        _refuse_changed_source(source)
        writing.commit()
    finally:
        writing.discard()
    for entry in (old or []) if (revoked or writing.named) and writing.written else ():  # its PDFs too: not
        if _own(folder / entry["plik"]):                                                 # rewritten by this kind
            _untaken(writing, folder / entry["plik"], revoked, denials)
    if opened and writing.written:
        writing.closed, writing.opened = _still_closed([*writing.written, *(folder / e["plik"] for e in old or [])],
                                                       opened)
    if follow and writing.written:  # only once the write went ahead: a refused one changes nothing
        _follow_case(folder, narrow, group, source[0] if source is not None else None,
                     by_hand(folder, source[0] if source is not None else None, writing.given, denials))
        _untaken(writing, folder, revoked, denials, ())
    if (revoked or writing.named) and writing.written:
        writing.unshared = _unshared([*writing.written, *(folder / e["plik"] for e in old or []), folder], source[0],
                                     revoked | {("u" if t == _ACL_USER else "g", w) for t, _, w in writing.named})
        if not follow and _own(folder):
            writing.unreached = _kept_out(folder, source[0], {(t, w) for t, _, w in writing.named})
            writing.unreached_why = why or ""
    return writing


def _a_record(name: str) -> bool:
    """The file is pismo's record of the folder (manifest.json, a write's pending record): every write replaces it
    whole (a rename), so no named entry writes it beyond what the case file gives – one's write kept „where it may
    read” let a reader of the case choose what the officer's next run replaced or removed as pismo's; none the
    officer gave it by hand stays either (rev-files19 #7)."""
    return name in (record.MANIFEST, record.PENDING)


def _kept_out(folder: Path, case: Path, keys) -> list[str]:
    """The setfacl entries („u:ewa:x”) of the users and groups the case file names to read that may not enter this
    account's documents folder, which does not follow the case (it holds the officer's own files): told with the
    command that lets them in – a colleague the case was shared with got its documents but could not reach them."""
    from pismo.files.casefile import read_unlike_case

    try:
        _, narrower = read_unlike_case(folder, case, keys)
    except OSError:
        return []
    return [f"{'u' if tag == _ACL_USER else 'g'}:{name.removeprefix('grupa ')}:x"
            for (tag, _), name in zip(sorted(narrower), (_whom([key])[0] for key in sorted(narrower)))]


_ACL_USER = 0x02  # casefile._USER


def _unshared(paths, case: Path, keys: set) -> list[tuple[str, list[Path], list[str], list[str]]]:
    """Files and folders of the case another account owns that let read (or enter) a user or group of `keys` („u”/„g”,
    id – the case's named entries now and those it had) the case file does not, or not one it does – this account may
    not change their ACL: [(their owner, them, the names let in, the names kept out, _remade)], told after the write (a
    colleague taken off the case kept a teammate's PDF and documents, one given it got none, and the run said
    nothing)."""
    from pismo.files.casefile import read_unlike_case

    keys = {(_ACL_USER if kind == "u" else 0x08, who) for kind, who in keys}
    found: dict[int, tuple[list, set, set]] = {}
    for path in dict.fromkeys(paths):
        try:
            if _own(path) or not os.path.lexists(path) or os.path.islink(path):
                continue
            wider, narrower = read_unlike_case(path, case, keys)
            owner = os.lstat(path).st_uid
        except OSError:
            continue
        if wider or narrower:
            them, let_in, kept_out = found.setdefault(owner, ([], set(), set()))
            them.append(path)
            let_in |= wider
            kept_out |= narrower
    return [(_user_name(owner), them, _whom(let_in), _whom(kept_out), _remade(owner, them))
            for owner, (them, let_in, kept_out) in sorted(found.items())]


def _remade(owner: int, paths: list[Path]) -> bool | None:
    """Of a deleted account's files (None for a living one's): whether this account's run may make them anew in
    their place – files only, in folders it may write without the sticky bit (the record vouches for them) – so
    that no one is asked to run pismo who cannot."""
    if _user_name(owner) != str(owner):  # named: an account of this system
        return None
    return all(not os.path.isdir(path) and os.access(path.parent, os.W_OK | os.X_OK)
               and not os.stat(path.parent).st_mode & stat.S_ISVTX for path in paths)


def _whom(keys) -> list[str]:
    """Users and groups ((tag, id)) by name: „ewa”, „grupa kierownictwo”."""
    import grp

    def group(gid):
        try:
            return visible(grp.getgrgid(gid).gr_name)
        except KeyError:
            return str(gid)

    return sorted(_user_name(who) if tag == _ACL_USER else f"grupa {group(who)}" for tag, who in keys)


def _with_sharing(folder: Path, manifest: dict | None, source) -> tuple[dict | None, set]:
    """The manifest's header with the named ACL entries the folder's files took from the case file (record.SHARED),
    and those of them the case no longer has (revoked: they go from the files rewritten). A revoked entry is
    recorded no longer once this write takes it (_still_held: another account's file keeps it) – kept for ever, it
    took from every later run the plan the officer then shared by hand with the colleague taken off the case. Of
    them, those the case gives no rights (u:ewa:---) are recorded as such (record.DENIED, while recorded at all)."""
    if manifest is None or source is None:
        return manifest, set()
    from pismo.files.casefile import case_named, named_of

    now = named_of(source[0])
    ever = record.shared_entries(folder) | now
    kept = now | _still_held(folder, ever - now)
    denied = named_of_keys(e for e in case_named(source[0]) if not e[1]) | record.denied_entries(folder) & (kept - now)
    header = {k: v for k, v in manifest.items() if k not in (record.SHARED, record.DENIED)}
    for field, entries in ((record.SHARED, kept), (record.DENIED, denied)):
        header = {**header, field: [list(entry) for entry in sorted(entries)]} if entries else header
    return header, ever - now


def _still_held(folder: Path, revoked: set) -> set:
    """Of the revoked entries, those a file or the folder of the case (its default ACL too) that this run cannot
    change still holds – another account's (the run after its owner's takes them), or one the system keeps as it is
    (an immutable file): forgotten, the entry stayed on it for good, counted as the officer's hand share."""
    from pismo.files.casefile import _DEFAULT, acl_changeable, named_rights

    held = set()
    for path in [folder, *(folder / entry["plik"] for entry in record.read(folder))] if revoked else ():
        try:
            if os.path.islink(path) or not os.path.lexists(path):
                continue
            holds = {*named_rights(path), *named_rights(path, _DEFAULT)} & revoked
            if holds and (not _own(path) or not acl_changeable(path)):
                held |= holds
        except OSError:
            held |= revoked
    return held


def _with_closure(folder: Path, manifest: dict | None, source) -> tuple[dict | None, dict[str, int]]:
    """The manifest's header with the classes of accounts the case file is closed to now (record.CLOSED), and those
    it was closed to at the last write and opens now that a new file in the folder would let read (with their read
    bits; told by this run): a private case's documents keep their 0600 once the case is shared (a replaced file
    keeps its rights – kept_as), and that was told nowhere. A class this run does not tell stays recorded: a run
    under umask 077 cleared it, and the later umask-022 run left the documents closed without a word."""
    if manifest is None or source is None:
        return manifest, {}
    from pismo.files.casefile import sharing

    try:
        rights = sharing(source[0])
    except OSError:
        return manifest, {}
    now = {name for name, bit in record.CLASSES.items() if not rights & bit}
    opened = {name: record.CLASSES[name] for name in sorted(record.closed_classes(folder) - now)}
    let = {name: bit for name, bit in opened.items() if within_new(rights, folder.parent) & bit}
    kept = now | set(opened) - set(let)  # not told by this run: a later one whose new files open to them tells
    return ({**manifest, record.CLOSED: sorted(kept)} if kept else manifest), let


def _still_closed(paths: list[Path], let: dict[str, int]) -> tuple[list[Path], list[str]]:
    """The files of the case, this account's, that a class the case file now opens still may not read, and those
    classes – only those a new file in the folder would let read (_with_closure: a umask 077 keeps every new file
    closed, as the officer chose – unless the folder's default ACL opens them)."""
    from pismo.files.casefile import sharing

    found = []
    for path in dict.fromkeys(paths) if let else ():
        try:
            if _own(path) and _regular(path) and any(not sharing(path) & bit for bit in let.values()):
                found.append(path)
        except OSError:
            continue
    return found, list(let) if found else []


def _without_named(path: Path, revoked: set, named=(), denials=frozenset()) -> bool:
    """The file shared by name as the case file is now: without the entries it no longer has (`revoked`) – but one of
    no rights it gave (`denials`, record.DENIED) the file now gives rights (_regiven: shared by hand since the denial
    was lifted) –, with those it has (`named`, casefile.case_named). False when the system would not take them."""
    from pismo.files.casefile import with_named, without_named

    try:
        taken = without_named(path, revoked - _regiven(path, denials))
        with_named(path, named)
    except OSError:
        return True  # another account's file: its owner's to change (_unshared tells it)
    return taken


def _untaken(writing: "_Writing", path: Path, revoked: set, denials, named=None) -> None:
    """_without_named of a file or folder of this account's after the write; one the system would not change (an
    immutable file) noted with the revoked entries it still holds (`untaken`, told with the setfacl to run; they
    stay recorded – _still_held – until a run takes them): the colleague taken off the case kept it silently."""
    from pismo.files.casefile import named_rights

    if not _without_named(path, revoked, writing.named if named is None else named, denials):
        held = set(named_rights(path)) & revoked - _regiven(path, denials)
        if held:
            writing.untaken.setdefault(path, set()).update(held)


def _regiven(path: Path, denials) -> set[tuple[str, int]]:
    """Of the entries of no rights pismo gave the case's files (`denials`, record.DENIED), those the file or folder
    gives rights now: the officer gave them by hand since – the denial lifted, the plan shared with her again, which
    every later run took silently as the case's."""
    from pismo.files.casefile import _DEFAULT, named_rights

    if not denials or os.path.islink(path):
        return set()
    given = [*named_rights(path).items(), *named_rights(path, _DEFAULT).items()]  # a folder's default: hers too
    return {key for key, rights in given if rights and key in denials}


def _case_named(source) -> list:
    from pismo.files.casefile import case_named

    return case_named(source[0]) if source is not None else []


def _refuse_changed_source(source: tuple[Path, str] | None) -> None:
    """The case file no longer holds the text the files were made from (the officer saved an edit, and maybe ran
    pismo on it, meanwhile): writing them would put documents of the older text over those of the newer one."""
    if source is None:
        return
    from pismo.files.read import Unreadable, read_limited

    path, expected = source
    try:
        now = hashlib.sha256(read_limited(path, _SOURCE_LIMIT)).hexdigest()
    except Unreadable:
        now = None
    if now != expected:
        raise OutputError(f"{path}: plik sprawy zmienił się w czasie tworzenia dokumentów – nic nie zapisano "
                          "(dokumenty byłyby z jego poprzedniej wersji); uruchom polecenie ponownie")


_SOURCE_LIMIT = 64 * 2**20  # beyond any case file's limit: a bigger file is never the one read


def _refuse_other_case(folder: Path, manifest: dict, where: str) -> None:
    other = record.other_case(folder, manifest)
    if other is not None:
        raise OutputError(f"{folder}: w tym folderze są dokumenty innej sprawy – utworzone z pliku {other} (folder "
                          "sprawy nazywa się jak jej plik, a oba pliki mają tę samą nazwę) – nic nie zapisano; zmień "
                          f"nazwę pliku sprawy albo podaj inny folder{where}; --nadpisz zapisze tu tę sprawę, a "
                          "niezmienione dokumenty tamtej, których ta nie zawiera, usunie")


def _no_longer_made(folder: Path, targets: list[Path], old: list[dict], kept: dict[str, str], obsolete, inputs=()
                    ) -> tuple[dict[Path, str], list[Path]]:
    """The recorded files the case no longer makes: those pismo wrote and nobody changed (path → sha256, to be
    removed), and those changed since that are still there (kept: the user's now). `obsolete` judges the case's
    documents; a PDF goes only with its document, when that is removed and the PDF was made of it as pismo
    wrote it – a PDF of the officer's own document, or of an edit, carries his text and stays. A file the command
    reads (`inputs`: the case file, templates) is never among them, whatever the record lists (one edited by hand
    named the case file kept in its own documents folder, and the write removed it)."""
    if obsolete is None:
        return {}, []
    made = {same_name_key(t.name) for t in targets}
    documents: dict[str, dict] = {}
    for entry in old:
        if not _is_pdf(entry):
            documents.setdefault(same_name_key(entry["plik"]), entry)
    removing: dict[Path, str] = {}
    left: list[Path] = []
    for entry in sorted(old, key=_is_pdf):  # documents first: a PDF follows its document
        name = entry["plik"]
        if same_name_key(name) in made or name_problem(name) is not None:
            continue
        if any(same_file(folder / name, source) for source in inputs):
            made.add(same_name_key(name))
            continue
        if _is_pdf(entry):
            document = documents.get(same_name_key(_document_of(name)))
            if document is None and entry.get(record.STAYED) is True:
                removable = name in kept  # it could not go with its document before (open in Acrobat): now
            elif document is None or not obsolete(document):
                continue  # the PDF of a document the case still makes, or of one it never made
            else:
                source = document["plik"]
                removable = (name in kept and folder / source in removing
                             and entry.get(record.SOURCE) == kept.get(source))
        elif not obsolete(entry):
            continue
        else:
            removable = name in kept
        made.add(same_name_key(name))  # the first entry of a name counts
        if removable and not read_only(folder / name):  # one marked read-only is kept, as one edited
            removing[folder / name] = kept[name]
        elif _regular(folder / name):
            left.append(folder / name)
    return removing, left


def _is_pdf(entry: dict) -> bool:
    return entry["plik"].lower().endswith(".pdf")


def _document_of(pdf_name: str) -> str:
    """The name of the document a PDF is made of (`pismo pdf` writes X.pdf beside X.docx)."""
    return pdf_name[:-len(".pdf")] + ".docx"


def lock_in_way(exc: OSError) -> str | None:
    """What to say when a link or folder stands in place of a folder's lock file (folderlock refuses both): that
    file named and what to do with it – the system's text („dowiązania symboliczne tworzą pętlę”, „to jest folder,
    a nie plik”) told of a loop there is not, or of the file the user works on. None for any other error."""
    if exc.filename is None or Path(exc.filename).name != folderlock.LOCK_NAME:
        return None
    if isinstance(exc, folderlock.NotOurs):
        return _not_a_lock(Path(exc.filename))
    if exc.errno in (errno.EACCES, errno.EPERM) and os.path.isfile(exc.filename):
        return (f"{exc.filename}: tego ukrytego pliku blokady pismo nie można otworzyć ({_owner(exc.filename)}) – "
                "gdy nikt nie zapisuje teraz w tym folderze poleceniem pismo, usuń ten plik (albo poproś o to jego "
                "właściciela lub administratora)")
    if exc.errno not in (errno.ELOOP, errno.EISDIR):
        return None
    what, it = ("folder", "go") if exc.errno == errno.EISDIR else ("dowiązanie symboliczne", "je")
    return f"{exc.filename}: w miejscu ukrytego pliku blokady pismo jest {what} – {removal(Path(exc.filename), it)}"


def _not_a_lock(path: Path) -> str:
    """What folderlock.NotOurs found in the lock file's place: a pipe or device, or another account's file in a
    sticky folder – named with its owner; waiting on it never helped."""
    try:
        found = os.lstat(path)
    except OSError:
        return f"{path}: ukryty plik blokady pismo zmienił się w czasie otwierania – uruchom polecenie ponownie"
    owner = _user_name(found.st_uid)
    if stat.S_ISDIR(found.st_mode):
        return f"{path}: w miejscu ukrytego pliku blokady pismo jest folder – {removal(path)}"
    if not stat.S_ISREG(found.st_mode):
        mine = found.st_uid == getattr(os, "geteuid", lambda: found.st_uid)()
        whose = "" if mine or sticky_owner(path, follow=False) else f" użytkownika {owner}"
        return (f"{path}: w miejscu ukrytego pliku blokady pismo jest plik specjalny (np. potok){whose}, a nie plik "
                f"blokady – {removal(path)}")
    return (f"{path}: ukryty plik blokady pismo w tym folderze należy do użytkownika {owner} i trzyma go teraz jego "
            f"program (zwykle jego polecenie pismo, które zapisuje w tym folderze), a w tym folderze tylko on (albo "
            f"administrator) może ten plik usunąć – poczekaj, aż jego polecenie skończy; jeśli blokada nie znika, "
            f"poproś go (albo administratora) o zamknięcie tego programu")


def removal(path: Path, it: str = "go") -> str:
    """What to do with something in pismo's way („go”: a file or folder, „je”: a link): „usuń go”, or where this
    account may not remove it (another account's in a sticky folder) its owner named and whom to ask – „usuń go”
    was a dead end there."""
    owner = sticky_owner(path, follow=False)
    if owner:
        return (f"należy {'ono' if it == 'je' else 'on'} do użytkownika {owner}, a w tym folderze tylko on (albo "
                f"administrator) może {it} usunąć – poproś go o to")
    return f"usuń {it}"


def open_elsewhere(target: Path) -> str | None:
    """What to say of a document open in LibreOffice or Word, told by the lock file `.~lock.NAME#` or the owner
    file `~$NAME` beside it (None when there is none): on Linux and macOS nothing stops a rename over an open file,
    and the officer would print or save over it the old version still on his screen – on Windows the system
    refuses such a replace. A LibreOffice lock of this computer whose LibreOffice is gone is stale: no refusal."""
    if os.name == "nt":
        return None
    holder = open_in(target)
    if holder is None:
        return None
    program, held, lock = holder
    owner = sticky_owner(lock)
    if owner:  # a sticky folder: only its owner may remove it, and the name in its text is whatever it claims
        return (f"{target}: plik jest otwarty w {program}{held} (plik blokady {lock.name} w tym folderze należy do "
                f"użytkownika {owner}) – poproś go, żeby zamknął dokument; jeśli nikt go nie ma otwartego (program "
                "zamknięto nieprawidłowo), poproś go albo administratora o usunięcie pliku blokady – w tym folderze "
                "tylko on może to zrobić")
    return (f"{target}: plik jest otwarty w {program}{held} – zamknij go i uruchom polecenie ponownie; jeśli nikt go "
            f"nie ma otwartego (program zamknięto nieprawidłowo), usuń plik blokady {lock.name} w tym folderze")


def open_in(target: Path) -> tuple[str, str, Path] | None:
    """The program a document is open in („LibreOffice”, „Wordzie”), „ przez: who” (or ""), and the lock or owner
    file that tells it; None when there is none (a LibreOffice lock of this computer without LibreOffice is stale)."""
    target = Path(target)
    lock = target.with_name(f".~lock.{target.name}#")
    if os.path.isfile(lock) and not _stale_libreoffice_lock(lock):
        program, who = "LibreOffice", _libreoffice_holder(lock)
    else:
        lock = target.with_name("~$" + target.name[_word_cut(target.stem):])
        if not os.path.isfile(lock):
            return None
        program, who = "Wordzie", _word_holder(lock)
    return program, f" przez: {who}" if who else "", lock


def _lock_fields(lock: Path) -> list[str]:
    """LibreOffice's lock file: „name,account,computer,date,profile;” (name empty when none is set)."""
    text = _head(lock, 4096).decode("utf-8", "replace")
    return [field.strip() for field in text.rstrip().rstrip(";").split(",")]


def _head(path: Path, size: int) -> bytes:
    """At most size first bytes of a regular file (b"" for anything else): a lock file is under 1 KB, and one of
    gigabytes – planted, or a damaged file system's – was read whole into memory."""
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""
    try:
        return os.read(handle, size) if stat.S_ISREG(os.fstat(handle).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(handle)


_HOLDER_CHARS = 60  # LibreOffice's and Word's user names are a few dozen characters


def _shown_holder(text: str) -> str:
    """A name from a lock file as a message may show it: one line, bounded, controls as <U+XXXX> – a damaged
    lock's NULs („<U+0000>” 4096 times) or a line break split and flooded the message; NULs alone are no name."""
    text = text.strip("\x00 \t\r\n")
    if len(text) > _HOLDER_CHARS:
        text = text[:_HOLDER_CHARS].rstrip() + "…"
    return visible(text)


def _libreoffice_holder(lock: Path) -> str:
    fields = [_shown_holder(field) for field in _lock_fields(lock)]
    if len(fields) < 3:  # not LibreOffice's „name,account,computer,…” (a damaged lock): no one named
        return ""
    name = next((field for field in fields[:2] if field), "")
    return f"{name} (komputer {fields[2]})" if name and fields[2] else name


def _stale_libreoffice_lock(lock: Path) -> bool:
    """A lock made on this computer by this account while no LibreOffice runs here: left by a LibreOffice that
    crashed. Another account's is not (a cloned computer's name, a terminal server hiding others' processes), as
    LibreOffice itself takes only its own for stale."""
    fields = _lock_fields(lock)
    return (len(fields) > 2 and fields[2] == platform.node() and fields[1] == _account()
            and not _libreoffice_running())


def _account() -> str | None:
    """This account's login name, as LibreOffice writes it in its lock (None when unknown)."""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        return None


def _libreoffice_running() -> bool:
    """Whether a LibreOffice runs on this computer; True when it cannot be told (no /proc, as on macOS)."""
    try:
        pids = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return True
    if "1" not in pids and os.getpid() != 1:  # /proc hides other accounts' processes (hidepid): cannot be told
        return True
    for pid in pids:
        try:
            with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as comm:
                if comm.read().strip() in ("soffice.bin", "soffice"):
                    return True
        except OSError:
            continue
    return False


def _word_cut(stem: str) -> int:
    """How many first letters Word drops from a name for its owner file: none up to 6 before the extension, one
    for 7, two for longer („~$cument1.docx” of „Document1.docx”)."""
    return 0 if len(stem) <= 6 else 1 if len(stem) == 7 else 2


def _word_holder(owner: Path) -> str:
    """Word's owner file: the user's name after a length byte, padded to 54 bytes (then again in UTF-16)."""
    data = _head(owner, 200)
    if len(data) > 56 and data[54]:
        wide = data[56:56 + 2 * data[54]].decode("utf-16-le", "replace").strip("\x00 ")
        if wide and "\ufffd" not in wide:
            return _shown_holder(wide)
    return _shown_holder(data[1:54].split(b"\x00")[0].decode("cp1250", "replace"))


def _owner(path) -> str:
    """Who owns the file, as said in a message: a lock file of another account names it."""
    try:
        uid = os.stat(path).st_uid
        import pwd

        return f"należy do użytkownika {pwd.getpwuid(uid).pw_name}"
    except (OSError, ImportError, KeyError):
        return "brak uprawnień"


@contextmanager
def _locked(folder: Path, where: str, wait: float | None = None):
    try:
        with folderlock.holding(folder, wait):
            yield
    except folderlock.Busy:
        raise FolderBusy(f"{folder}: w tym folderze zapisuje teraz inne polecenie pismo (od ponad "
                          f"{seconds(folderlock.WAIT_SECONDS)}) – poczekaj, aż skończy, i uruchom polecenie ponownie; "
                          "nic nie zapisano") from None
    except OSError as exc:
        if exc.filename is None or Path(exc.filename).name != folderlock.LOCK_NAME:
            raise
        in_way = lock_in_way(exc)
        if in_way:
            raise OutputError(f"{in_way} i uruchom polecenie ponownie; nic nie zapisano") from None
        what, todo = _reason(exc, where)
        if exc.errno in (errno.EACCES, errno.EPERM):  # the folder refuses a new file: nothing there is open in Word
            what, todo = "brak uprawnień do zapisu w tym folderze", f"podaj inny folder{where}, w którym możesz zapisywać"
            what, todo = _closed_by_owner(folder, where) or (what, todo)
        what, todo = _lock_told(folder, where) or (what, todo)  # its owner has every permission: its flags forbid
        shown = folder if str(folder) not in (".", "") else _current_folder()
        raise OutputError(f"{shown}: nie można zapisać w folderze ({what}) – nic nie zapisano; {todo}", what) from None


class _Writing:
    """The files of one transaction: temporaries so far, then the commit."""

    def __init__(self, folder: Path, targets: list[Path], current: dict[Path, str | None], keeping, where: str,
                 overwrite: bool = False, removing: dict[Path, str] | None = None, left: list[Path] | None = None):
        self.folder, self.where, self.overwrite = folder, where, overwrite
        self.removing = removing or {}  # recorded files the case no longer makes, pismo's unchanged: their sha256
        self.left = left or []  # …and those changed since: kept
        self.removed: list[Path] = []
        self.stayed: list[Path] = []  # …and those that could not be removed (open in another program): kept
        self.declared = {t.name: t for t in targets}
        self.current = current  # existing targets to replace: their sha256 (None where not needed)
        self.keeping = keeping  # (manifest header, old entries, unchanged files) when a record is kept
        self.temps: dict[Path, Path] = {}
        self.entries: list[dict] = []
        self.written: list[Path] = []
        self.mode: int | None = None  # the files' permissions when not those of any new file
        self.narrow: int | None = None  # the most any file may allow (a private case's documents), its owner rw
        self.group: int | None = None  # the group new files take (that of the case file they are made from)
        self.case: Path | None = None  # that case file, whose named ACL entries new files join (casefile.share_like)
        self.cases = False  # case files: replaced as casefile.replace does (refusals, owner and permissions kept)
        self.revoked: set = set()  # named ACL entries the case no longer has (_with_sharing): no file keeps them
        self.named: list = []  # the case's named ACL entries (casefile.case_named): every file of it takes them
        self.closed: list[Path] = []  # its files a class the case file opened since the last write still may not read
        self.opened: list[str] = []  # … those classes (record.CLASSES)
        self.like: Path | None = None  # a file whose named ACL entries new files take (a case's next period, a copy)
        self.like_case = True  # … a case file, whose owner and group get named entries (not an imported text)
        self.unshared: list = []  # another account's files this write could not share as the case (_unshared)
        self.unreached: list[str] = []  # this account's unfollowed folder: entries whom the case names need (_kept_out)
        self.unreached_why = ""  # … and why it does not follow the case (_not_followed)
        self.given: set = set()  # the named entries pismo gave the folder's files before this write (pismos)
        self.denials: set = set()  # … of them, those of no rights (record.DENIED): one a file gives rights is by hand
        self.hand: set = set()  # … and those the officer gave its files by hand (by_hand): kept, never recorded
        self.found = False  # the folder was there before this write (its entries may be the officer's own)
        self.denied: dict = {}  # („u”/„g”, id) → files: given by hand, taken by the case's entry of no rights
        self.untaken: dict = {}  # this account's file → revoked entries the system would not take (_untaken)
        self.before: dict[str, int] = {}  # file name → its group's and others' rights pismo took (record.NARROWED)
        self.taken: dict[str, int] = {}  # … and those this write takes (_taken_from): the record's next
        self.reopened = 0  # the rights (mode bits) of the classes the case opened to since the last write (CLOSED)
        self.passage_given: set = set()  # entries this write put on the folder the case folder lies in (PASSAGE)
        self.passage_gone: set = set()  # … those recorded there the case no longer lets through (_passage_taken)

    def add(self, name: str, data: bytes, entry: dict | None = None) -> Path:
        """Write one declared file to its temporary now (skipped when the file already holds these bytes)."""
        target = self.declared[name]
        digest = hashlib.sha256(data).hexdigest()
        if self.keeping is not None:
            self.entries.append({**(entry or {}), "plik": name, "sha256": digest, "rozmiar": len(data)})
        self.written.append(target)
        if self.current.get(target) != digest:
            self._temp(target, data)
        return target

    def _temp(self, target: Path, data: bytes) -> None:
        from pismo.files import casefile

        try:
            old = casefile.replaceable(target) if self.cases else None  # under the folder's lock
            self.temps[target] = self._staged(target, data, old)
        except OSError as exc:
            self.discard()
            what, todo = _reason(exc, self.where)
            raise OutputError(f"{target}: nie można zapisać ({what}) – {_none_written(len(self.declared))}, "
                              f"pliki istniejące wcześniej pozostały bez zmian; {todo}",
                              what) from None

    def _staged(self, target: Path, data: bytes, old: os.stat_result | None = None) -> Path:
        """The temporary of a target: one replacing a file (`old`, else the target's own status) is private until
        it takes that file's owner, permissions and ACL; a new one has `mode`, else those of any new file."""
        old = old or self._replaced(target)
        if old is not None and not _record_of_another(target, old):
            return _write_temp(self.folder, target.name, data, 0o600, lambda temp: self._kept_as(temp, old, target))
        return self._new_temp(self.folder, target.name, data)

    def _new_temp(self, folder: Path, name: str, data: bytes) -> Path:
        """A new file's temporary: `mode`, else never wider than `narrow`, else as any new file; `group`'s, with the
        case file's named ACL entries (a colleague given the plan by an ACL could open none of its documents)."""
        narrowed = given_mode(self.narrow, self.case)
        from pismo.files.casefile import default_named, named_of, owner_like, share_like, take_group

        record_file = _a_record(name)
        keep = set() if record_file or self.case is None else default_named(folder) - self.given - named_of(self.case)
        self.hand |= keep  # the officer's: never recorded as pismo's

        def prepare(temp: Path) -> None:
            take_group(temp, self.group)
            if self.case is not None:
                share_like(self.case, [temp], writing=not record_file, keep=keep)
                owner_like(temp, self.case)
            elif self.like is not None:
                share_like(self.like, [temp], owners=self.like_case)

        return _write_temp(folder, name, data, self.mode if self.mode is not None else narrowed, prepare)

    def _kept_as(self, temporary: Path, old: os.stat_result, target: Path) -> None:
        from pismo.files.casefile import take_group

        hand = self._by_hand(target)
        kept_as(temporary, old, target)
        if not self.cases:  # a replaced case file keeps its own group (owned_as): `group` is the imported text's –
            take_group(temporary, self.group)  # a download's group got the team's rights, the team none
        _without_named(temporary, self.revoked, self.named, self.denials)
        if self.narrow is not None:
            if self._following():
                self.taken[target.name] = self._taken_from(temporary, target.name)
                self._given_back(temporary, target.name)
            narrowed(temporary, self.narrow, self.case, hand, not _a_record(target.name))

    def _following(self) -> bool:
        """The write narrows its files to the case file and keeps the folder's record (record.NARROWED)."""
        return self.keeping is not None and self.narrow is not None and self.case is not None

    def _taken_from(self, path: Path, name: str) -> int:
        """The rights of its group and others the narrowing to the case takes from the file now (mode bits), those it
        took before given back first (_given_back) – what the case does not give them; recorded (record.NARROWED)."""
        from pismo.files.casefile import class_rights, mode_within_case

        has = class_rights(path) | self._back(name)
        return has & ~mode_within_case(self.narrow, self.case, os.lstat(path)) & 0o066

    def _back(self, name: str) -> int:
        """The rights of its group and others given back to a file before it is narrowed to the case again: those pismo
        took from it (record.NARROWED) – of pismo's record, those a new one gets for each class the case opened to
        since the last write (record.CLOSED: made anew while the case was private, it stayed closed once the case was
        the team's again, and refused every teammate's run)."""
        return self.before.get(name, 0) | (self.narrow & self.reopened if _a_record(name) else 0)

    def _given_back(self, path: Path, name: str) -> None:
        """The rights pismo took from the file at earlier writes, given back before it is narrowed to the case again:
        what the case gives now stays – a team case made read-only for the team for a while (0640, then 0660 again)
        left the team's documents read-only for good; what it still does not is taken again."""
        from pismo.files.casefile import classes_widened

        classes_widened(path, self._back(name))

    def _narrowed_field(self) -> dict[str, int]:
        """The record's NARROWED field after this write: what this write took from the files it writes (predicted for
        those left as they were and for the record itself, narrowed after the header is made), what earlier ones took
        from those it leaves."""
        _, _, kept = self.keeping
        written = {target.name for target in self.written}
        field = {name: bits for name, bits in self.before.items() if name in kept and name not in written}
        if not self._following():
            return {**field, **{name: bits for name, bits in self.before.items() if name in written}}
        for target in [*self.written, self.declared[record.MANIFEST]]:
            try:
                if target in self.temps or target.name in self.taken or not _regular(target):
                    continue
                own = _own(target)  # another account's file keeps what it had: the run after its owner's gives it
                self.taken[target.name] = self._taken_from(target, target.name) if own else self.before.get(target.name, 0)
            except OSError:
                continue
        return {**field, **{name: bits for name, bits in self.taken.items() if bits}}

    def _by_hand(self, target: Path, told: bool = True) -> set:
        """The entries the officer gave the file by hand (by_hand), noted so the record never counts them pismo's.
        One letting read that the case file shuts out by an entry of no rights (u:ewa:---) becomes the case's
        (with_named) – noted for the run's note (`denied`), never taken silently; `told`: False for a file or folder
        this run does not change (another account's)."""
        from pismo.files.casefile import named_rights

        if self.keeping is None or _a_record(target.name):  # pismo's record: no one's but pismo's to write
            return set()
        hand = by_hand(target, None, self.given, self.denials)
        shut = {("u" if tag == _ACL_USER else "g", who) for tag, rights, who in self.named if not rights & 4} & hand
        had = named_rights(target) if shut and told else {}
        for key in sorted(shut):
            if had.get(key, 0) & 4:
                self.denied.setdefault(key, []).append(target)
        hand -= named_of_keys(self.named)
        self.hand |= hand
        return hand

    def _header(self, header: dict) -> dict:
        """The manifest's header with the named entries pismo gave the files (record.GIVEN): those they hold now and
        those it gave before, less the officer's own (by_hand)."""
        from pismo.files.casefile import named_of

        now = record.given_entries(self.folder)
        for target in self.written:
            if target.name != record.MANIFEST:
                if target not in self.temps:
                    self._by_hand(target, told=_own(target))
                now |= named_of(self.temps.get(target, target))
        if self.found:  # the folder too (its entries the case's, a teammate's, the officer's own)
            self._by_hand(self.folder, told=False)  # followed after the write, and only in its owner's run
            now |= named_of(self.folder)
        now -= self.hand | self.revoked
        header = {k: v for k, v in header.items() if k not in (record.GIVEN, record.NARROWED)}
        header = {**header, record.GIVEN: [list(entry) for entry in sorted(now)]} if now else header
        narrowed = self._narrowed_field()
        header = {**header, record.NARROWED: dict(sorted(narrowed.items()))} if narrowed else header
        header = {k: v for k, v in header.items() if k != record.PASSAGE}
        passage = self._passage_field()
        return {**header, record.PASSAGE: [list(entry) for entry in sorted(passage)]} if passage else header

    def _passage_field(self) -> set:
        """The record's PASSAGE after this write: the entries pismo put on the folder the case folder lies in that the
        case still lets through there, those this write put (a folder made on the way) or will put (_let_through, after
        the write: those missing there) – the others it takes back after the write (passage_gone)."""
        from pismo.files.casefile import named_of, passage

        if self.case is None:
            return set()
        root = self.folder.parent
        try:
            now = named_of_keys(passage(self.case, os.lstat(root))[1])
        except OSError:
            return record.passage_entries(self.folder)
        before = record.passage_entries(self.folder)
        self.passage_gone = before - now
        missing = now - named_of(root) if _own(root) and _only_case_folders(root) else set()
        return before & now | self.passage_given | missing

    def _narrow_unchanged(self) -> None:
        """The files left as they were (their bytes would not change) closed as the new ones are."""
        for target in self.written:
            if target not in self.temps:
                _without_named(target, self.revoked, self.named, self.denials)
                try:
                    if self.group is not None and _own(target):
                        from pismo.files.casefile import take_group

                        take_group(target, self.group)
                    if self.narrow is not None:
                        if self._following() and _own(target):
                            self._given_back(target, target.name)
                        narrowed(target, self.narrow, self.case, self._by_hand(target, told=_own(target)),
                                 not _a_record(target.name))
                except OSError:
                    pass  # another account's file: its owner's to close

    def _replaced(self, target: Path) -> os.stat_result | None:
        """The status of a file this write replaces, whose permissions, ACL and extended attributes the new version
        keeps (a document shared with the supervisor by its own ACL, or made private, lost it); None for a new file
        and for files given their permissions (`mode`: a private case's copies)."""
        if self.mode is not None or target not in self.current:
            return None
        try:
            found = os.lstat(target)
        except FileNotFoundError:
            return None
        return found if stat.S_ISREG(found.st_mode) else None

    def drop(self, names: list[str]) -> None:
        """Leave these files out after all (their kind cannot be made): their temporaries and entries go."""
        gone = {self.declared[name] for name in names}
        _discard(self.temps.pop(target) for target in list(self.temps) if target in gone)
        self.written = [t for t in self.written if t not in gone]
        self.entries = [e for e in self.entries if self.declared.get(e["plik"]) not in gone]

    def commit(self) -> None:
        removing = self._open_stay(self.removing if self.written else {})
        if self.keeping is not None and self.written:
            header, old, kept = self.keeping
            self.keeping = header, old, kept = self._header(header), old, kept  # _restage's too
            target = self.declared[record.MANIFEST]
            kept = {name: sha for name, sha in kept.items() if self.folder / name not in removing}
            data = record.merged(header, old, kept, self.entries)
            self.written.append(target)
            if target not in self.current or _sha256(target) != hashlib.sha256(data).hexdigest():
                self._temp(target, data)
        meanwhile = self._changed_meanwhile()
        if meanwhile:
            raise _meanwhile(meanwhile)
        self._refuse_open_elsewhere()
        self._refuse_removed_meanwhile()
        self._narrow_unchanged()
        noting = self.keeping is not None and bool(self.temps or removing)
        earlier = record.pending_fields(self.folder) if self.keeping is not None else None
        done = {t.name for t in self.written} | {t.name for t in removing}
        with uninterrupted() as pressed:  # all or none, whatever Ctrl+C comes (twice) meanwhile
            placed = False
            try:
                if noting:  # held back too: a record placed just before Ctrl+C must not outlive the write
                    self._pending(removing)
                temps, self.temps = self.temps, {}
                aside = {t: (None if self.overwrite else self.current[t]) for t in temps if t in self.current}
                manifest = {t: p for t, p in temps.items() if t.name == record.MANIFEST}  # placed last
                temps = {**{t: p for t, p in temps.items() if t not in manifest}, **dict.fromkeys(removing),
                         **manifest}
                backups = _commit(temps, {**aside, **removing}, self.overwrite, len(self.declared), self.where,
                                  self.stayed, self._restage if self.keeping is not None else None, self.left)
                _discard(list(backups.values()))  # before the pending record goes: it tells a kill meanwhile
                _sync_folder(self.folder)         # which backups are of removed files (remove_leftovers)
                placed = True
            finally:
                if self.keeping is not None and placed and self.written:
                    record.settle_pending(self.folder, earlier, done, self._new_temp)
                elif noting:
                    record.restore_pending(self.folder, earlier, self._new_temp)
        self.removed = [t for t in removing if t in backups]
        if pressed:
            stop = Committed(self.folder, list(self.written), self.removed, self.left, self.stayed)
            stop.writing = self  # for the caller's own notes of the write (documents.generate)
            raise stop

    def _restage(self, stayed: list[Path]) -> Path:
        """The manifest's temporary once files to remove stayed (open in another program): their entries stay,
        marked (record.STAYED) so the next write removes them – also a PDF whose document went meanwhile."""
        header, old, kept = self.keeping
        kept = {name: sha for name, sha in kept.items() if self.folder / name not in self.removing
                or self.folder / name in stayed}
        old = [{**entry, record.STAYED: True} if self.folder / entry["plik"] in stayed else entry for entry in old]
        return self._staged(self.declared[record.MANIFEST], record.merged(header, old, kept, self.entries))

    def _pending(self, removing: dict[Path, str]) -> None:
        """The entries of the files about to change, and the names about to be removed, noted before the first
        rename (record.write_pending)."""
        changing = {t.name for t in self.temps}
        try:
            record.write_pending(self.folder, [e for e in self.entries if e["plik"] in changing], self._new_temp,
                                 [t.name for t in removing])
        except OSError as exc:
            what, todo = _reason(exc, self.where)
            what, todo = _pending_bound(self.folder / record.PENDING, self.where, self.case) or (what, todo)
            raise OutputError(f"{self.folder / record.PENDING}: nie można zapisać ({what}) – nie zapisano żadnego z "
                              f"plików ({len(self.declared)}), pliki istniejące wcześniej pozostały bez zmian; {todo}",
                              what) from None

    def _changed_meanwhile(self) -> list[Path]:
        """Targets someone saved or made while the documents were rendered (minutes, for a big case): the
        check when the run began no longer holds for them. Unless asked to overwrite, they are kept. A
        target removed meanwhile (moved to an archive) is not among them: its name is free, written as new."""
        if self.overwrite:
            return []
        found = []
        for target in self.temps:
            if target not in self.current:
                if os.path.lexists(target):
                    found.append(target)
            elif (self.current[target] is not None and os.path.lexists(target)
                  and _sha256(target) != self.current[target]):
                found.append(target)
        return found

    def _refuse_open_elsewhere(self) -> None:
        """A document to be replaced that is open in LibreOffice or Word (open_elsewhere): refused before any
        rename, as Windows refuses it; one whose bytes would not change is left as it is, open or not."""
        found = [told for told in map(open_elsewhere, [t for t in self.temps if t in self.current]) if told]
        if found:
            raise OutputError("; ".join(found) + "; nic nie zapisano")

    def _open_stay(self, removing: dict[Path, str]) -> dict[Path, str]:
        """The files to remove less those open in LibreOffice or Word (open_elsewhere): they stay, as Windows keeps
        them, listed in `stayed` with their PDFs, so the next write removes them – on Linux and macOS the rename
        succeeds, and the officer's save brought the document back as a file no record knows. So do another
        account's in a sticky folder and locked ones, which no account may remove (their notes say why)."""
        busy = [target for target in removing if sticky_owner(target) or locked(target) or open_elsewhere(target)]
        self.stayed.extend(busy)
        return {target: sha for target, sha in removing.items() if target not in busy}

    def _refuse_removed_meanwhile(self) -> None:
        """A file left as it was (its bytes would not change, so no temporary holds them) that was removed while
        the documents were rendered cannot be put back: say so, rather than record a missing file as written."""
        gone = [t for t in self.written if t in self.current and t not in self.temps and not os.path.lexists(t)]
        if gone:
            raise OutputError("pliki usunięte lub przeniesione w czasie tworzenia dokumentów: "
                              + ", ".join(map(str, gone)) + " – nic nie zapisano; uruchom polecenie ponownie, "
                              "aby utworzyć je na nowo")

    def discard(self) -> None:
        """Remove the temporaries not committed (after a failure, or an exception in the caller)."""
        temps, self.temps = self.temps, {}
        _discard(temps.values())


def kept_as(temporary: Path, old: os.stat_result, target: Path) -> None:
    """The replaced file's owner, permissions and ACL (casefile.owned_as) – but writable by its owner: a read-only
    mark is of the version replaced (the plan as signed, replaced with --nadpisz), not of pismo's new one."""
    from pismo.files import casefile

    casefile.owned_as(temporary, old, target)
    if not old.st_mode & 0o200:
        os.chmod(temporary, stat.S_IMODE(os.stat(temporary).st_mode) | 0o200)


def narrowed(path: Path, allowed: int, case: Path | None = None, own=frozenset(), writing: bool = True) -> None:
    """Take from a file the permissions beyond `allowed` and beyond what the `case` file gives (casefile.within_case:
    never below it – the umask in `allowed` took a team case's plan from the team), never through a link. One with an
    ACL is narrowed in its ACL (casefile.narrowed_acl) – a chmod would mask the entries of the case, and skipping it
    left a private case's documents open by the team folder's default ACL or a teammate's run's owner entry. `own`:
    the named entries („u”/„g”, id) the officer gave the file by hand (by_hand) – kept as they are; `writing`: False
    for pismo's record (casefile._most_for)."""
    from pismo.files import casefile

    if os.path.islink(path):
        return
    if casefile.has_acl(path):
        casefile.narrowed_acl(path, allowed, case, casefile.as_keys(own), writing)
        return
    found = os.stat(path)
    mode = stat.S_IMODE(found.st_mode)
    allowed = casefile.mode_within_case(allowed, case, found)
    if mode & ~allowed:
        os.chmod(path, mode & allowed)


def pismos(folder: Path, case: Path | None = None) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) pismo gave the folder's files: those its record lists (record.GIVEN, the
    case's – record.SHARED) and those the default ACL of the folder it lies in (a team share's) gave it at its making
    within what the case file gives (casefile.default_named_within) – those its documents take. Never one the case
    gives nothing: the share's default naming the supervisor (d:u:ewa:rx) stayed out of the documents folder's, yet
    counted as pismo's, the officer's hand share of the plan with her went at the next run and was recorded as
    pismo's. Never the documents folder's own default's beyond them either: that is the officer's (setfacl -d -m
    u:ewa:r pisma/rejon – her documents shared with the supervisor for good), which a rerun took away and recorded as
    pismo's, so that even her later share of the plan alone went too."""
    from pismo.files.casefile import default_named, default_named_within

    try:
        shared = default_named_within(folder.parent, case, os.lstat(folder)) if case is not None else None
    except OSError:
        shared = None
    if shared is None:
        shared = default_named(folder.parent)
    return record.given_entries(folder) | record.shared_entries(folder) | shared


def named_of_keys(named) -> set[tuple[str, int]]:
    """ACL (tag, rights, id) entries as („u”/„g”, id)."""
    return {("u" if tag == _ACL_USER else "g", who) for tag, _, who in named}


def by_hand(path: Path, case: Path | None, given: set[tuple[str, int]], denials=frozenset()) -> set[tuple[str, int]]:
    """The named ACL entries („u”/„g”, id) of the file that neither pismo (`given`, pismos – but an entry of no rights
    it gave that gives rights now, _regiven) nor the case file gave it: the officer shared the document by hand
    (setfacl -m u:ewa:r plan.docx) – an edit, kept at every rerun."""
    from pismo.files.casefile import named_of

    if os.path.islink(path):
        return set()
    return named_of(path) - (given - _regiven(path, denials)) - (named_of(case) if case is not None else set())


def folder_mode(mode: int) -> int:
    """The permissions of a folder of files of this mode: entered (x) by whoever may read them; its owner always
    keeps rwx – a read-only file (0444) made it 0555, and every later write into it was refused in its name."""
    return mode | (mode & 0o444) >> 2 | 0o700


def narrow_folder(folder: Path, allowed: int) -> None:
    """Take from the folder the permissions beyond `allowed` – the folder itself, never a link's target."""
    handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        mode = os.fstat(handle).st_mode & 0o7777
        if mode & 0o777 & ~allowed:
            os.fchmod(handle, mode & (allowed | 0o7000))  # the setgid a team folder gave it stays (its group's files)
    finally:
        os.close(handle)


def _follow_case(folder: Path, narrow: int | None, group: int | None, case: Path | None = None,
                 own=frozenset()) -> None:
    """A case's documents folder this account owns, made at an earlier write, is as open as the case file is now
    (follow_folder; its sticky bit kept), shared with whom the case file names (_followed_by_acl) and of its group:
    made while the case was private it stayed 0700 once shared, and each teammate's write was refused; made while it
    was shared it still listed a private case's addressees. `own`: the named entries the officer gave it by hand
    (by_hand) – kept as they are."""
    from pismo.files.casefile import take_group

    try:
        if narrow is not None:
            sticky = os.lstat(folder).st_mode & stat.S_ISVTX
            opened = _case_sharing(case, narrow)  # never the umask-cut narrow: the team share's default decides
            allowed = folder_mode(_found_within(opened | 0o700, folder.parent)) | sticky
            if not _followed_by_acl(folder, allowed, case, own):
                follow_folder(folder, allowed)
            if case is not None and _own(folder):
                from pismo.files.casefile import default_within_case

                default_within_case(folder, allowed, case, own)
        if group is not None and _own(folder):
            take_group(folder, group)
    except OSError:
        pass  # the files are written; the folder keeps its rights


def _case_sharing(case: Path | None, narrow: int) -> int:
    """Whom the case file lets do what (casefile.sharing), `narrow` where it cannot be read."""
    from pismo.files.casefile import sharing

    try:
        return sharing(case) if case is not None else narrow
    except OSError:
        return narrow


def _followed_by_acl(folder: Path, allowed: int, case: Path | None, own=frozenset()) -> bool:
    """A folder with an ACL, or of a case shared by name, follows the case in one ACL change: owner, group and others
    as `allowed` says, its other named entries within what the case gives them (casefile.within_case), the case
    file's named entries with the case's rights – an entry of no rights too –, entered: a chmod sets an ACL's mask,
    and a colleague the case names lost the documents at every rerun; one shut out by u:ewa:--- kept the folder.
    False (nothing done) for a folder and a case without ACLs, or where the system has none."""
    from pismo.files import casefile

    if case is None or not _own(folder) or not (casefile.has_acl(folder) or casefile.named_of(case)):
        return False
    named = casefile.case_named(case)
    keys = casefile.as_keys(own)
    within = casefile.within_case(allowed, case, os.lstat(folder), keys)

    def followed(entries):
        base = {casefile._USER_OBJ: allowed >> 6 & 7, casefile._GROUP_OBJ: allowed >> 3 & 7, casefile._OTHER: allowed & 7}
        kept = within([(tag, base.get(tag, rights), who) for tag, rights, who in entries])
        return casefile._entered(casefile._named_set(kept, named), keys - casefile.as_keys(casefile.named_of(case)))

    return casefile._acl_changed(folder, followed)


_OWN_NAMES = (record.MANIFEST, record.PENDING, folderlock.LOCK_NAME)


def _made_for_case(folder: Path, targets: list[Path]) -> bool:
    """The folder is pismo's for this case, so its rights may follow the case file's (_not_followed)."""
    return _not_followed(folder, targets) is None


def _not_followed(folder: Path, targets: list[Path]) -> str | None:
    """Why the folder is not pismo's for this case, so its rights do not follow the case file's (Polish, for the
    note); None when it is: this account's, with a record the model trusts there (this account's, or a teammate's in
    a folder without the sticky bit – whoever could put it there may remove or replace every file in it anyway: the
    officer's folder followed the case only when her own run had also made the previous write), and holding no file
    but those the record lists and this write makes (pismo's own hidden files and Word's owner files aside). A folder
    the officer made or keeps other files in (a private 0700 one, a team's 2770 one; hidden ones too – a
    .pesel-kowalski.txt, a .git) is his: widened to the case file's 0644 it opened a PESEL file to every account,
    narrowed to a private case's 0700 it locked the team out of its notes."""
    try:
        manifest = os.lstat(folder / record.MANIFEST)
        if not _own(folder) or not stat.S_ISREG(manifest.st_mode):
            return "istniał, zanim pismo zapisało w nim dokumenty"
        if not record.trusted(folder):
            return "jego wykaz plików zapisało inne konto, a folder ma bit „sticky”"
        names = os.listdir(folder)
    except (OSError, AttributeError):
        return "istniał, zanim pismo zapisało w nim dokumenty"
    known = {entry["plik"] for entry in record.read(folder)} | {t.name for t in targets} | set(_OWN_NAMES)
    if all(name in known or name.startswith("~$") or _LEFTOVER.fullmatch(name) for name in names):
        return None
    return "są w nim też inne pliki"


def _shared_like_case(folder: Path, case: Path, owned: bool) -> set[tuple[str, int]]:
    """A folder made for a case's documents joins the case file's named ACL entries (casefile.share_like), entered by
    whoever they let read: a colleague given the plan by an ACL could open none of its documents. Only the
    documents folder itself (`owned`) is the case owner's and takes the entries' rights: the -o folders made on the
    way are only passed through (x, never listed: every later case's name, a complainant's, lay there) – given him, or an rw entry of the case as rwx, they let him or a colleague
    swap them for links and choose where root's next run writes. Returns the named entries („u”/„g”, id) it put on such
    a folder (record.PASSAGE)."""
    from pismo.files import casefile

    given = set()
    if owned:
        casefile.share_like(case, [folder])
        casefile.default_within_case(folder, stat.S_IMODE(os.lstat(folder).st_mode), case)
        casefile.owner_like(folder, case)
    else:  # its x bits too (the case's group's, others'): a first run under umask 077 left the team's `pisma`
        found = os.lstat(folder)  # drwx--S---, the documents folder made 2770 for it out of reach
        bits, named = casefile.passage(case, found)
        if bits & ~found.st_mode:
            os.chmod(folder, stat.S_IMODE(found.st_mode) | bits)
        if named:
            given = named_of_keys(named) - casefile.named_of(folder)  # not one a default ACL gave it
            casefile.let_through(folder, named)
    if casefile.has_acl(folder):
        casefile._acl_changed(folder, casefile._entered)
    return given


def _in_case_owners_folder(made: Path, case: Path) -> None:
    """A folder root's run makes on the way inside a folder the case file's owner may write himself (his home's
    `pisma`, the team's share he writes in) is his, as his own run would have made it – he could have made it there
    himself: root's, it let him only pass through (x) his own output folder, and no other case of his, nor the team's,
    could be written there. Its group is the parent's where the parent gives its own (setgid: a team's share, whose
    group's rights it takes too – root's umask made the team's `pisma` r-x), else his primary one – root's group
    listed his folders. Root's own tree stays root's, and so does a folder every account may write in (a
    case reader given it could swap it for a link and choose where root's next run writes): the folder the new one
    really lies in decides, links followed – never the owner of a link she planted on the way – and the one judged is
    the one given (both reached through one handle, so no link swapped in between counts)."""
    from pismo.files import casefile

    if getattr(os, "geteuid", lambda: 1)() != 0 or not hasattr(os, "fchown"):
        return
    try:
        owner = os.stat(case).st_uid
        parent = os.open(made.parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return  # the folder stays root's: passage only
    try:
        if owner != 0 and casefile._an_account(owner) and casefile.may_make_in(parent, owner):
            handle = os.open(made.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent)
            try:
                around = os.fstat(parent).st_mode
                os.fchown(handle, owner, -1 if around & stat.S_ISGID else casefile.primary_group(owner))
                if around & stat.S_ISGID:  # a team's share: its group writes in it as in the share (root's umask
                    os.fchmod(handle, stat.S_IMODE(os.fstat(handle).st_mode) | around & 0o070)  # made it r-x)
            finally:
                os.close(handle)
    except OSError:
        pass  # the folder stays root's: passage only
    finally:
        os.close(parent)


def _let_through(root: Path, case: Path) -> None:
    """The output folder (-o) a case's documents folder lies in, when this account's and holding nothing but case
    folders (pismo's `pisma`), is entered – x only, never listed nor written – by whoever the case file lets read:
    made 0700 by a run while the case was private, it kept the team out of the documents folder that followed the
    case once shared. A folder holding anything else is the officer's own: left as it is (x on a private folder
    opened whatever file of a known name lay in it)."""
    from pismo.files import casefile

    try:
        found = os.lstat(root)
        if not stat.S_ISDIR(found.st_mode) or not _own(root):
            return
        bits, named = casefile.passage(case, found)
        missing = bits & ~found.st_mode or not casefile.entered_by(root, named)
        if not missing or not _only_case_folders(root):
            return
        if bits & ~found.st_mode:
            os.chmod(root, stat.S_IMODE(found.st_mode) | bits)
        if named:
            casefile.let_through(root, named)
    except OSError:
        pass  # the documents are written; the folder keeps its rights


def _passage_taken(folder: Path, gone: set) -> None:
    """The entries of passage pismo put on the folder the case folder lies in (record.PASSAGE) for readers the case
    no longer lets through, taken back there – only while they still give nothing but passage (x) and no other case
    folder there holds them (its record) or needs them (its case's readers): x on `pisma` for a colleague taken off
    the case stayed for good, letting her into any case folder there ever opened to the group or others."""
    from pismo.files import casefile

    root = folder.parent
    try:
        if not gone or not _own(root):
            return
        others = set()  # what the other case folders there hold or need: recorded, or their cases' readers now
        found = os.lstat(root)
        for entry in os.scandir(root):
            if entry.is_dir(follow_symlinks=False) and entry.name != folder.name:
                others |= record.passage_entries(Path(entry.path))
                case = record.case_file(Path(entry.path))
                others |= named_of_keys(casefile.passage(case, found)[1]) if case is not None else set()
        given = casefile.named_rights(root)
        taken = {key for key in gone - others if key in given and not given[key] & 6}
        if taken:
            casefile._acl_changed(root, lambda entries: casefile._without_keys(entries, taken))
    except OSError:
        pass  # the documents are written; the folder keeps its entries


def _only_case_folders(root: Path) -> bool:
    """The folder holds nothing but case folders (each with pismo's manifest), the way pismo's output folder does."""
    for entry in os.scandir(root):
        if entry.name == folderlock.LOCK_NAME:
            continue
        if not entry.is_dir(follow_symlinks=False):
            return False
        try:
            if not stat.S_ISREG(os.lstat(Path(entry.path) / record.MANIFEST).st_mode):
                return False
        except OSError:
            return False
    return True


def _own(folder: Path) -> bool:
    try:
        return os.lstat(folder).st_uid == os.geteuid()
    except (OSError, AttributeError):
        return False


def follow_folder(folder: Path, allowed: int) -> None:
    """Give a folder this account owns exactly the permissions `allowed` (with the sticky bit; its setgid kept) – the
    folder itself, never a link's target: a folder of a case's copies follows the case file's sharing both ways (a
    history made while the plan was private stayed 0700 once it was shared, refusing every teammate's save). Another
    account's folder is left as it is."""
    handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_NOFOLLOW", 0))
    try:
        found = os.fstat(handle)
        if found.st_mode & 0o1777 != allowed and found.st_uid == getattr(os, "geteuid", lambda: found.st_uid)():
            os.fchmod(handle, found.st_mode & 0o6000 | allowed)
    finally:
        os.close(handle)


def _sha256(path: Path) -> str | None:
    return record.sha256_of(path)


def add_to_record(placed: dict[Path, tuple], kind: str) -> None:
    """Files pismo wrote outside a transaction (the PDFs LibreOffice made: path → (sha256, size) of what pismo
    wrote, so that a file saved over it since stays the user's, and optionally the sha256 of the document it
    was made from) join their folder's record, so a re-run may replace them too. Folders that keep no record are left alone. Best effort: should it fail, the files are
    still written, and a re-run asks for --nadpisz to replace them."""
    by_folder: dict[Path, dict[str, tuple[str, int]]] = {}
    for path, written in placed.items():
        by_folder.setdefault(Path(path).parent, {})[Path(path).name] = written
    for folder, files in by_folder.items():
        try:
            with folderlock.holding(folder):
                add_to_record_locked(folder, files, kind)
        except (OSError, folderlock.Busy):
            continue


def add_to_record_locked(folder: Path, files: dict[str, tuple], kind: str) -> bool:
    """add_to_record for a caller holding the folder's lock; whether the folder keeps a record. The other
    entries stay as they are, unchecked (PDFs are recorded one by one as they are placed; a write of
    documents checks them): so an entry whose file a killed run left moved aside is never dropped."""
    fields = record.header(folder)
    if fields is None:
        return False
    old = record.read(folder, pending=False)  # a killed write's entries stay pending: kept unchecked, not taken
    as_recorded = {entry["plik"]: entry["sha256"] for entry in reversed(old)}  # the first entry of a name counts
    new = [{"rodzaj": kind, "plik": name, "adresat": None, "sha256": digest, "rozmiar": size,
            **({record.SOURCE: source[0]} if source and source[0] else {}),
            **({record.OF_PISMO: True} if source and source[0] and _of_pismo(name, as_recorded, old) else {})}
           for name, (digest, size, *source) in files.items()]
    data = record.merged(fields, old, as_recorded, new)
    target = folder / record.MANIFEST
    os.replace(_temp_replacing(target, data, [folder / name for name in files]), target)
    return True


def _temp_replacing(target: Path, data: bytes, recorded=()) -> Path:
    """The temporary of a file replaced outside a transaction (the manifest as PDFs join it): the replaced one's
    owner, permissions and ACL (kept_as) – a fresh one took the umask's mode and the writer's group, and a private
    case's record of its addressees became readable by every account. A record another account planted gives
    nothing: the new one is fresh, shared no wider than the files it records (`recorded`, made as the case is
    shared) – its planter's 0666 made a private case's record every account's to read and to plant entries in."""
    try:
        old = os.lstat(target)
    except FileNotFoundError:
        old = None
    if old is None or not stat.S_ISREG(old.st_mode):
        return _write_temp(target.parent, target.name, data)
    if _record_of_another(target, old):
        return _write_temp(target.parent, target.name, data, _mode_of_record(recorded))
    return _write_temp(target.parent, target.name, data, 0o600, lambda temp: kept_as(temp, old, target))


def _mode_of_record(recorded) -> int:
    """A new record's permissions: those of any new file, never readable by more accounts than any file it records
    (their owner's rw only when there is none to go by)."""
    from pismo.files import casefile

    mode = shareable_mode() if recorded else 0o600
    for path in recorded:
        try:
            mode &= casefile.sharing(path) | 0o600
        except OSError:
            mode &= 0o600
    return mode | 0o600


def _record_of_another(target: Path, old: os.stat_result) -> bool:
    """The manifest replaced is neither this account's nor its folder owner's (planted in a folder others may
    write): the new one is this case's record, shared as the case is – keeping the old one's owner gave its
    planter an rw ACL entry on it, to plant entries again."""
    if target.name != record.MANIFEST or old.st_uid == getattr(os, "geteuid", lambda: old.st_uid)():
        return False
    try:
        return old.st_uid != os.lstat(target.parent).st_uid
    except OSError:
        return True


def _of_pismo(pdf: str, as_recorded: dict[str, str], old: list[dict]) -> bool:
    """The PDF was made of pismo's document (not of the officer's own): one pismo recorded beside it, as written
    or corrected since, or the document of the PDF it replaces – a PDF `pismo pdf` renewed after a correction
    was never named again once the document was corrected once more."""
    return str(Path(pdf).with_suffix(".docx")) in as_recorded or any(
        entry["plik"] == pdf and entry.get(record.OF_PISMO) is True for entry in old)


def _refuse_same_names(names: list[str], folder: Path) -> None:
    """The last guard: one file would replace another written by the same command."""
    seen: dict[str, str] = {}
    for name in names:
        first = seen.get(same_name_key(name))
        seen[same_name_key(name)] = name
        if first is not None:
            same = f"„{name}”" if first == name else f"„{first}” i „{name}” (różnią się tylko wielkością liter)"
            raise OutputError(f"{folder}: dwa pliki miałyby tę samą nazwę: {same} – jeden zastąpiłby drugi; "
                              "nic nie zapisano")


def _existing(targets: list[Path], overwrite: bool, old: list[dict] | None, kept: dict[str, str], inputs,
              where: str) -> dict[Path, str | None]:
    """Targets that exist and will be replaced, with their sha256 where known (an unchanged file is left
    as it is). Refuses links, folders, the command's own input files, and replacing unasked: a file is
    replaced without `overwrite` only if the record shows pismo wrote it and nobody changed it since."""
    _refuse_twins(targets)
    existing = [t for t in targets if os.path.lexists(t)]
    sources = [Path(p) for p in inputs]
    recorded = {entry["plik"] for entry in old or []}
    foreign, changed, protected = [], [], []
    current: dict[Path, str | None] = {}
    for target in existing:
        if target.is_symlink():
            raise OutputError(link_refused(target, f"podaj inny folder{where}"))
        if not target.is_file():
            raise OutputError(f"{target}: istnieje, ale nie jest zwykłym plikiem (np. jest folderem) – "
                              f"{removal(target)} albo podaj inny folder{where}; nic nie zapisano")
        if any(same_file(target, source) for source in sources):
            raise OutputError(f"{target}: to plik, z którego polecenie czyta (plik sprawy albo szablon) – pismo nigdy "
                              f"nie zapisuje w jego miejsce, także z --nadpisz; przenieś go albo podaj inny folder{where}; "
                              "nic nie zapisano")
        if sticky_owner(target) or locked(target) or (target.name in kept and not overwrite and read_only(target)):
            protected.append(target)  # the officer's „do not replace” (the plan as signed), as Word takes it
        elif foreign_owner(target) and not os.access(target, os.R_OK):
            protected.append(target)  # another account's this one may not even read: not told as edited in Word
        elif target.name in kept:
            current[target] = kept[target.name]
        elif old is not None and target.name == record.MANIFEST and record.is_record(target):
            current[target] = None
        elif foreign_owner(target) and not overwrite:
            protected.append(target)  # another account's this one may not change, vouched for by no record it
            # trusts (one another account wrote is trusted for none): not told as merely existing, with --nadpisz
        elif overwrite:
            current[target] = None
        elif target.name in recorded:
            changed.append(target)
        else:
            foreign.append(target)
    if foreign or changed or protected:
        unread = _unreadable_record(targets[0].parent, where) if foreign or changed else None
        raise ExistingFiles(unread or _refusal(foreign, changed, protected), foreign + changed + protected)
    return current


def _unreadable_record(folder: Path, where: str) -> str | None:
    """The refusal when the folder's record (manifest.json, or the record of an interrupted write) is another
    account's that this one may not read: which files pismo wrote is not known here – „pliki już istnieją” or
    „poprawione w Wordzie” of a teammate's own documents was false, and its --nadpisz advice the wrong step."""
    for name in (record.MANIFEST, record.PENDING):
        path = folder / name
        try:
            found = os.stat(path)
            with open(path, "rb"):
                continue
        except PermissionError:
            if found.st_uid == getattr(os, "geteuid", lambda: found.st_uid)():
                continue
            what, todo = (("wykaz plików pisma", "poproś jego właściciela (albo administratora) o dostęp do niego")
                          if name == record.MANIFEST else
                          ("zapis przerwanego zapisu dokumentów", "poproś jego właściciela, żeby uruchomił polecenie "
                           "ponownie (dokończy wtedy swój zapis), albo administratora o dostęp do tego pliku"))
            return (f"{path}: {what} w tym folderze należy do użytkownika {_user_name(found.st_uid)} i to konto nie "
                    "może go odczytać, więc nie wiadomo, które pliki utworzyło pismo – nic nie zapisano, pliki zostały "
                    f"bez zmian; {todo}, albo podaj inny folder{where}")
        except OSError:
            continue
    return None


def _refuse_twins(targets: list[Path]) -> None:
    """A file beside a target whose name differs from it only in letter case or the encoding of Polish letters (a
    document the officer renamed Plan.docx): Windows and macOS take the two for one, so a new file of the target's
    name is no more written beside it than over it unasked – copied there, one would silently replace the other."""
    if not targets:
        return
    folder = targets[0].parent
    by_key = {same_name_key(t.name): t for t in targets}
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return  # the write says why the folder cannot be used
    for name in names:
        target = by_key.get(same_name_key(name))
        if target is not None and name != target.name and not same_file(folder / name, target):
            raise OutputError(f"{folder / name}: ten plik ma nazwę „{target.name}” pisma, różniącą się tylko wielkością "
                              "liter albo zapisem polskich liter – Windows i macOS biorą je za jedną, więc pismo nie "
                              f"zapisze „{target.name}” obok niego; zmień nazwę tego pliku (np. dodaj na końcu "
                              "„-moja”) albo go przenieś i uruchom polecenie ponownie; nic nie zapisano")


def locked(path: Path) -> bool:
    """The file is locked by its flags (Linux chattr +i or the append-only +a, macOS Finder's „Zablokowany”/uchg or
    uappnd): no rename over it, no removal, not even by its owner – --nadpisz cannot replace it, as it replaces a
    read-only one; it was told „--nadpisz zastąpi je”, then „brak uprawnień … Word”."""
    try:
        flags = getattr(os.lstat(path), "st_flags", 0)
    except OSError:
        return False
    if flags:
        return bool(flags & sum(getattr(stat, name, 0) for name in ("UF_IMMUTABLE", "SF_IMMUTABLE", "UF_APPEND",
                                                                     "SF_APPEND")))
    if not platform.system() == "Linux":
        return False
    try:
        import fcntl

        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except (ImportError, OSError):
        return False
    try:
        found = bytearray(8)
        fcntl.ioctl(handle, 0x80086601, found)  # FS_IOC_GETFLAGS
        return bool(int.from_bytes(found[:4], "little") & 0x30)  # FS_IMMUTABLE_FL, FS_APPEND_FL
    except OSError:
        return False
    finally:
        os.close(handle)


# only the record's owner (or the admin) may remove it from a sticky folder; his re-run is no way on – the documents
# there are mostly this account's, which his run may not replace either
REMOVE_PENDING = "poproś go (albo administratora), żeby usunął ten ukryty plik – w tym folderze tylko on może to zrobić"


def _pending_bound(path: Path, where: str, case: Path | None = None) -> tuple[str, str] | None:
    """Why pismo's own record of an interrupted write may not be replaced, when not by anything open in Word: another
    account's in a sticky folder (his run was killed – or, when he may not read the `case` file, no run of his for
    this case: a file he put there), or locked; None otherwise."""
    owner = sticky_owner(path)
    if owner and case is not None and not _reader_of(case, path):
        return (f"ten ukryty plik należy do użytkownika {owner}, który nie może czytać pliku sprawy – nie jest to "
                "zapis przerwanego zapisu dokumentów tej sprawy, a folder pozwala zastępować pliki tylko ich "
                "właścicielom (folder z bitem „sticky”, jak /tmp)", f"{REMOVE_PENDING}, albo podaj inny folder{where}")
    if owner:
        return (f"to zapis przerwanego wcześniej zapisu dokumentów przez użytkownika {owner}, a folder pozwala zastępować "
                "pliki tylko ich właścicielom (folder z bitem „sticky”, jak /tmp)",
                f"{REMOVE_PENDING}, albo podaj inny folder{where}")
    if locked(path):
        return f"plik jest zablokowany ({LOCKED_HOW})", f"odblokuj go albo podaj inny folder{where}"
    return None


def _reader_of(case: Path, path: Path) -> bool:
    """The owner of the file at path may read the case file (casefile.readable_by)."""
    from pismo.files import casefile

    try:
        return casefile.readable_by(case, os.lstat(path).st_uid)
    except OSError:
        return True


def read_only(path: Path) -> bool:
    """The file is marked read-only (no write permission, or this account may not write it)."""
    try:
        return not os.stat(path).st_mode & 0o222 or not os.access(path, os.W_OK)
    except OSError:
        return False


def marked_read_only(path: Path) -> bool:
    """The file carries the read-only mark (no write permission for anyone: the version sent, the plan as signed) –
    not merely one this account may not write (another's, or on a read-only medium)."""
    try:
        return not os.stat(path).st_mode & 0o222
    except OSError:
        return False


def on_read_only_medium(path: Path) -> bool:
    """The file lies on a medium mounted read-only (a write-protected stick, a read-only share)."""
    try:
        return bool(os.statvfs(path).f_flag & getattr(os, "ST_RDONLY", 1))
    except (OSError, AttributeError):
        return False


def foreign_owner(path: Path) -> str | None:
    """Who owns a file this account may not write although it is not marked read-only (it has write permission –
    for its owner): the user's name (his number where the system has none). None for any other file. Such a file is another account's on a
    shared folder: no „do not replace” mark, and its properties are not this officer's to change."""
    try:
        found = os.stat(path)
        if not found.st_mode & 0o222 or os.access(path, os.W_OK):
            return None
    except OSError:
        return None
    if hasattr(os, "geteuid") and found.st_uid == os.geteuid() or locked(path):
        return None  # this account's own: locked (chattr +i), or on a read-only disk
    return _user_name(found.st_uid)


LOCKED_HOW = "np. „Zablokowany” we właściwościach pliku w Finderze albo chattr +i lub +a (tylko dopisywanie)"
def sticky_owner(path: Path, follow: bool = True) -> str | None:
    """Who owns a file in a shared folder that lets only owners replace files (the „sticky” bit, mode 1777, as
    /tmp), when neither the file nor the folder is this account's: it may write the file, but never rename over
    it – refused in the commit as „open in Word”. None for any other file (and for root, whom it does not bind).
    `follow`: of a link, its target's owner; else the link's own (who alone may remove it)."""
    if not hasattr(os, "geteuid") or os.geteuid() == 0:
        return None
    try:
        found, folder = os.stat(path, follow_symlinks=follow), os.stat(Path(path).parent)
    except OSError:
        return None
    if not folder.st_mode & stat.S_ISVTX or os.geteuid() in (found.st_uid, folder.st_uid):
        return None
    return _user_name(found.st_uid)


def _user_name(uid: int) -> str:
    """An account's name (its number where the system has none)."""
    try:
        import pwd

        return visible(pwd.getpwuid(uid).pw_name)
    except (ImportError, KeyError):
        return str(uid)


def _refusal(foreign: list[Path], changed: list[Path], protected: list[Path] = ()) -> str:
    parts = []
    sticky = [t for t in protected if sticky_owner(t)]  # another's in a sticky folder: only its removal helps
    others = [t for t in protected if t not in sticky and foreign_owner(t)]  # not this account's to change at all
    frozen = [t for t in protected if t not in sticky and t not in others and locked(t)]
    marked = [t for t in protected if t not in others and t not in sticky and t not in frozen]
    if sticky:
        owners = ", ".join(dict.fromkeys(sticky_owner(t) for t in sticky))
        parts.append(f"pliki innego użytkownika (właściciel: {owners}) w folderze wspólnym, który pozwala zastępować "
                     "pliki tylko ich właścicielom (folder z bitem „sticky”, jak /tmp) – to konto nie może ich "
                     "zastąpić, także z --nadpisz, a zmiana ich uprawnień tu nie pomoże: " + ", ".join(map(str, sticky)))
    if frozen:
        parts.append("pliki zablokowane przed zastąpieniem (Mac: „Zablokowany” w oknie Informacje, Linux: atrybut "
                     "chattr +i lub +a) – pismo nie może ich zastąpić, także z --nadpisz: " + ", ".join(map(str, frozen)))
    if marked:
        parts.append("pliki oznaczone jako tylko do odczytu (np. wersja podpisana): " + ", ".join(map(str, marked)))
    if others:
        owners = ", ".join(dict.fromkeys(foreign_owner(t) for t in others))
        parts.append(f"pliki innego użytkownika, których to konto nie może zmieniać (właściciel: {owners}): "
                     + ", ".join(map(str, others)))
    if changed:
        parts.append("pliki zmienione po utworzeniu przez pismo (np. poprawione w Wordzie): "
                     + ", ".join(str(t) for t in changed))
    if foreign:
        parts.append("pliki już istnieją: " + ", ".join(str(t) for t in foreign))
    keep = (" – aby zachować poprawki, przenieś te pliki albo zmień ich nazwy i uruchom polecenie ponownie "
            "(albo utwórz tylko inne dokumenty, np. pismo wniosek); --nadpisz zastąpi je nowymi i poprawki przepadną")
    older = [document for document in [*changed, *foreign] if document.suffix == ".docx" and record.older_pdf(document)]
    if others and not (marked or changed or foreign or sticky):
        keep = " – poproś ich właściciela o zmianę uprawnień albo podaj inny folder"
    if sticky and not (marked or others or changed or foreign):
        keep = (" – poproś ich właściciela (albo administratora), żeby je usunął albo przeniósł, albo podaj inny "
                "folder wyjściowy (-o)")
    if frozen and not (marked or others or changed or foreign or sticky):
        keep = (" – jeśli mają być zastąpione, zdejmij blokadę (Mac: Informacje → odznacz „Zablokowany”, Linux: "
                "chattr -i / -a) albo podaj inny folder wyjściowy (-o)")
    return ("; ".join(parts) + " – nic nie zapisano, te pliki zostały bez zmian" + keep
            + (f"; uwaga: {older_pdfs(older)}" if older else "") + (_own_pending(sticky[0].parent) if sticky else ""))


def _own_pending(folder: Path) -> str:
    """This account's record of its own interrupted write, left in a sticky folder whose documents are another's: it
    alone may remove it, and until then the documents' owner may write there no more (REMOVE_PENDING)."""
    path = folder / record.PENDING
    try:
        mine = os.lstat(path).st_uid == os.geteuid()
    except (OSError, AttributeError):
        return ""
    return (f"; w folderze został też ukryty plik {path} – zapis przerwanego wcześniej zapisu dokumentów przez to konto; "
            "dopóki go nie usuniesz, właściciel tych plików nie może w tym folderze zapisywać, więc jeśli nie "
            "zapiszesz tu dokumentów, usuń go" if mine else "")


def older_pdfs(documents: list[Path]) -> str:
    """The PDFs pismo made of these documents before they were changed (record.older_pdf): named with the
    `pismo pdf` that renews them – the PDF is what an officer prints or sends, and it lacks the corrections."""
    from pismo.polish import count

    if len(documents) == 1:
        return (f"{documents[0].with_suffix('.pdf')} powstał z wcześniejszej wersji {documents[0].name} (sprzed zmian "
                f"w nim, np. poprawek w Wordzie) i ich nie zawiera – nie wysyłaj go; " + renew_pdfs(documents))
    if len(documents) <= 5:
        named = ", ".join(str(d.with_suffix(".pdf")) for d in documents)
    else:
        named = f"{count(len(documents), 'plik', 'pliki', 'plików')} w {documents[0].parent}"
    return (f"pliki PDF powstały z wcześniejszych wersji swoich dokumentów (sprzed zmian w nich, np. poprawek "
            f"w Wordzie) i ich nie zawierają: {named} – nie wysyłaj ich; " + renew_pdfs(documents))


def renew_pdfs(documents: list[Path], folders: str = "") -> str:
    """The `pismo pdf` advice that renews the PDFs of these documents: `folders` (the case folders, as typed) or
    the documents themselves while none is marked read-only; with --nadpisz for the marked ones (the version
    sent), which `pismo pdf` keeps otherwise – advising a command that refuses them misleads."""
    marked = [d for d in documents if read_only(d.with_suffix(".pdf"))]
    them = "go" if len(documents) == 1 else "je"
    if len(documents) > 5:
        command = folders or " ".join(dict.fromkeys(_typed(d.parent) for d in documents))
        marked = marked and [None]  # a folder's --nadpisz would replace the officer's own PDFs there too
    else:
        command = folders if folders and not marked else " ".join(map(_typed, documents))
    return _renew(command, marked, them)


def _renew(command: str, marked: list, them: str) -> str:
    """The `pismo pdf` that renews older PDFs: with --nadpisz when one is marked read-only (the version sent),
    which it keeps otherwise; `marked` [None]: some are, but --nadpisz of a whole folder is not advised."""
    if not marked:
        return f"aby {them} odnowić, uruchom „pismo pdf {command}”"
    if marked == [None]:
        return (f"aby {them} odnowić, uruchom „pismo pdf {command}” – PDF-y oznaczone jako tylko do odczytu (np. "
                "wersja wysłana) zostaną bez zmian, dopóki nie zdejmiesz tego oznaczenia")
    if them == "go":
        return (f"jest oznaczony jako tylko do odczytu (np. wersja wysłana), więc aby go odnowić, uruchom "
                f"„pismo pdf {command} --nadpisz”")
    named = ", ".join(str(d.with_suffix(".pdf")) for d in marked)
    return (f"oznaczone jako tylko do odczytu (np. wersja wysłana) są: {named}, więc aby je odnowić, uruchom "
            f"„pismo pdf {command} --nadpisz”")


def _typed(path: Path) -> str:
    """A path as typed at a prompt: quoted when it holds a space."""
    return f'"{path}"' if any(ch.isspace() for ch in str(path)) else str(path)


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file (links followed); False when either is missing."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


class _SavedMeanwhile(Exception):
    """A target's content moved aside is not what the run found at its start: someone saved it."""


def _meanwhile(targets: list[Path]) -> ExistingFiles:
    return ExistingFiles("pliki zmienione w czasie tworzenia dokumentów (np. zapisane w Wordzie): "
                         + ", ".join(str(t) for t in targets) + " – nic nie zapisano, te pliki zostały bez zmian; "
                         "uruchom polecenie ponownie (aby je zastąpić, użyj --nadpisz)", targets)


def _commit(temps: dict[Path, Path | None], aside: dict[Path, str | None], clobber: bool, count: int,
            where: str, stayed: list[Path] | None = None, restage=None, left: list[Path] | None = None
            ) -> dict[Path, Path]:
    """Put every temporary in place of its target (target → temporary; None: the target is removed), moving
    aside the targets in `aside` first and checking their content (target → expected sha256, None: not
    checked); on any failure put back what was there. Returns the backups, for the caller to remove.
    With `stayed`, a file to remove that cannot be moved (open in another program) stays, listed there, and
    so does the PDF of such a document (removals come documents first); once any stayed, `restage(stayed)`
    gives the manifest's temporary anew (it comes last), so the record it places is true of them. With `left`,
    a file to remove found saved meanwhile (in Word, while the case rendered) is put back and listed there –
    the user's now, as one changed before the run – with its PDF; the rest is written."""
    placed: list[Path] = []
    backups: dict[Path, Path] = {}
    for target, temp in temps.items():
        try:
            if temp is None and stayed is not None and _document_stayed(target, stayed):
                stayed.append(target)  # a PDF goes only with its document
                continue
            if temp is None and left is not None and _document_stayed(target, left):
                left.append(target)
                continue
            if temp is not None and stayed and restage is not None and target.name == record.MANIFEST:
                temps[target], first = restage(stayed), temp
                temp = temps[target]
                _discard([first])
            try:
                backup = _set_aside(target) if target in aside else None
            except OSError:
                if temp is not None or stayed is None:
                    raise
                stayed.append(target)  # a file to remove that cannot be moved (open in Outlook): it stays
                continue
            if backup is not None:
                backups[target] = backup
                if aside[target] is not None and _sha256(backup) != aside[target]:
                    if temp is not None or left is None:
                        raise _SavedMeanwhile
                    _place(backup, target, clobber=False)  # only to be removed, and saved meanwhile: it stays
                    del backups[target]
                    left.append(target)
                    continue
            if temp is not None:
                _place(temp, target, clobber)
        except BaseException as exc:  # Ctrl+C between two renames too: all or none still
            if temp is not None and target not in placed and _placed(temp, target):
                placed.append(target)  # it took its name just before the failure
            stuck = _roll_back(placed, target, backups)
            _discard([*filter(None, temps.values()), *(b for t, b in backups.items() if t not in stuck)])
            if isinstance(exc, (_SavedMeanwhile, FileExistsError)):
                if not stuck:
                    raise _meanwhile([target]) from None
                raise OutputError(f"{target}: plik zmieniono w czasie tworzenia dokumentów – "
                                  + _after_roll_back(stuck, backups, count, target, temps)
                                  + "; uruchom polecenie ponownie") from None
            if isinstance(exc, OSError):
                what, todo = _reason(exc, where)
                raise OutputError(f"{target}: nie można zapisać ({what}) – "
                                  + _after_roll_back(stuck, backups, count, target, temps) + f"; {todo}") from None
            raise
        if temp is not None or target in backups:  # a file to remove that is gone already: nothing to undo
            placed.append(target)
    return backups


def _document_stayed(target: Path, stayed: list[Path]) -> bool:
    """The file to remove is the PDF of a document that could not be removed."""
    return target.suffix.lower() == ".pdf" and target.with_name(_document_of(target.name)) in stayed


def put_in_place(temp: Path, target: Path, expected: str | None, overwrite: bool) -> None:
    """One file made outside a transaction (a PDF) takes its name as a commit does: what it replaces is moved
    aside and must still have the sha256 `expected` (None: not checked), and without `overwrite` a file that
    appeared meanwhile is kept. Raises ExistingFiles then, OSError when the file system fails."""
    backup = _set_aside(target) if os.path.lexists(target) else None
    try:
        if backup is not None and expected is not None and not overwrite and _sha256(backup) != expected:
            raise _SavedMeanwhile
        _place(temp, target, overwrite)
    except BaseException as exc:
        if backup is not None and _roll_back([], target, {target: backup}):
            raise OutputError(f"{target}: nie udało się przywrócić poprzedniej wersji – jest zachowana jako "
                              f"{backup.name}") from None
        if isinstance(exc, (_SavedMeanwhile, FileExistsError)):
            raise _meanwhile([target]) from None
        raise
    if backup is not None:
        _discard([backup])


def _placed(temp: Path, target: Path) -> bool:
    """Whether the temporary has already taken the target's name (linked, or renamed away)."""
    return same_file(temp, target) or (not os.path.lexists(temp) and os.path.lexists(target))


def _set_aside(target: Path) -> Path | None:
    """Rename target to a hidden backup name (None if it is gone); what is moved can no longer change by a
    save that replaces the file, as Word's does."""
    backup = target.with_name(f"{hidden_prefix(target.name)}{secrets.token_hex(4)}.bak")
    try:
        os.rename(target, backup)
    except FileNotFoundError:
        return None
    return backup


_NO_HARD_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP,
                  getattr(errno, "ENOTSUP", errno.EOPNOTSUPP)}
_NO_HARD_LINKS_WINDOWS = {1, 50}  # ERROR_INVALID_FUNCTION (exFAT, FAT32: Python says EINVAL), ERROR_NOT_SUPPORTED


def _no_hard_links(exc: OSError) -> bool:
    """Whether the file system has no hard links (a USB stick, some shares): the name is given by a rename."""
    return exc.errno in _NO_HARD_LINKS or getattr(exc, "winerror", None) in _NO_HARD_LINKS_WINDOWS


def _place(source: Path, target: Path, clobber: bool) -> None:
    """Give source the name target; unless clobber, a file that appeared there meanwhile is kept
    (FileExistsError): a hard link never replaces, nor does a rename on Windows."""
    if clobber:
        os.replace(source, target)
        return
    try:
        os.link(source, target)
    except OSError as exc:
        if isinstance(exc, FileExistsError) or not _no_hard_links(exc):
            raise
        (os.rename if os.name == "nt" else os.replace)(source, target)  # e.g. FAT: no hard links
        return
    _discard([source])


def _roll_back(placed: list[Path], pending: Path, backups: dict[Path, Path]) -> list[Path]:
    """Undo the commit so far: `pending` may be moved aside but not yet replaced; the targets that could
    not be restored."""
    stuck = []
    if pending not in placed and pending in backups:
        try:
            _place(backups[pending], pending, clobber=False)
        except OSError:
            stuck.append(pending)
    for target in reversed(placed):
        try:
            if target in backups:
                os.replace(backups[target], target)
            else:
                os.unlink(target)
        except OSError:
            stuck.append(target)
    return stuck


def _none_written(count: int) -> str:
    """„nie zapisano żadnego z plików (3)”, but of one file „nie zapisano pliku” – „żadnego z plików (1)” read odd."""
    return "nie zapisano pliku" if count == 1 else f"nie zapisano żadnego z plików ({count})"


def _after_roll_back(stuck: list[Path], backups: dict[Path, Path], count: int, pending: Path,
                     temps: dict[Path, Path | None]) -> str:
    if not stuck:
        return (f"przywrócono stan sprzed polecenia: {_none_written(count)}, "
                "pliki istniejące wcześniej pozostały bez zmian")
    notes = [f"{t} (poprzednia wersja zachowana jako {backups[t].name})" if t == pending or temps.get(t) is None
             else f"{t} (nowa wersja; poprzednia zachowana jako {backups[t].name})" if t in backups
             else f"{t} (nowy plik – usuń go)" for t in stuck]
    return "nie udało się przywrócić stanu sprzed polecenia dla plików: " + ", ".join(notes)


def shareable(path) -> None:
    """Give a file made by mkstemp the permissions of any new file: its 0600 would hide documents from colleagues
    (a shared folder, a shared computer)."""
    os.chmod(path, shareable_mode())


def shareable_mode() -> int:
    """The permissions of any new file (0o666 less the umask)."""
    return 0o666 & ~_UMASK


def within_new(mode: int, folder: Path | None = None) -> int:
    """What `mode` (a case file's sharing, a document's) gives the documents and copies made from it: what any new
    file gets there (the umask, else the folder's default ACL – new_file_mode) – and, of one giving its group more
    than others (a team's case, 0660 or 0664), the rights it gives its own group whatever the umask: README promises
    them (an officer's rerun under 022/077 narrowed the team's documents folder to drwxr-s---/drwx--S---, a first run
    under 077 made the team case's plan -rw------- – of a 0664 one for good, kept_as). One giving every account what
    it gives its group (0644, 0666) is as any new file (the umask is the officer's choice)."""
    kept = 0o060 if mode >> 3 & ~mode & 0o007 else 0
    return mode & ((shareable_mode() if folder is None else new_file_mode(folder)) | kept)


def _found_within(mode: int, folder: Path) -> int:
    """What a found documents folder follows of the case's sharing (`mode`): within_new, but where no default ACL
    decides, what the case gives its group and others whatever the umask – the umask is of new files, and an
    officer's rerun under 077 narrowed a 0664 team case's folder to drwx--S--- under its -rw-rw-r-- files."""
    from pismo.files.casefile import default_mode

    return within_new(mode, folder) | (mode & 0o077 if default_mode(folder) is None else 0)


def new_file_mode(folder: Path) -> int:
    """The permissions a new file made in the folder gets: those its default ACL gives, which the kernel applies
    instead of the umask (a team share's default opens every new file to the team under umask 077), else 0666 less
    the umask. Of a case's documents, ask their folder's parent (the output folder, the share): the documents
    folder's own default ACL is pismo's, narrowed to the case as it was."""
    from pismo.files.casefile import default_mode

    found = default_mode(folder)
    return shareable_mode() if found is None else found & 0o666


def given_mode(mode: int | None, source: Path | None = None) -> int | None:
    """The permissions given a new file made from the file at `source` (a case's documents, its next period) that
    may allow at most `mode`, None to make it as any new file – under the umask, or a folder's default ACL, which the
    kernel applies instead of the umask. Only the umask's own mode, of a source every class of accounts may read,
    goes that way (a team folder's default entry then gives the team rw, as the folder's owner meant); one closed to
    its group or to others is given as it is – a default ACL made a private case's documents -rw-rw-r--+ under
    umask 077."""
    if mode is None or mode != shareable_mode():
        return mode
    try:
        from pismo.files.casefile import sharing

        opened = sharing(source) if source is not None else mode
    except OSError:
        opened = mode
    return None if opened & 0o040 and opened & 0o004 else mode


def _write_temp(folder: Path, name: str, data: bytes, mode: int | None = None, prepare=None) -> Path:
    """A hidden temporary holding data, fsync'ed. Its permissions (`mode`, else those of any new file) and what
    `prepare(temp)` gives it (a case file's owner, ACL) are set before any byte is written: a private file's text
    is never readable by others, not even for a moment nor in the leftover of a killed run."""
    handle, temp = tempfile.mkstemp(prefix=hidden_prefix(name), suffix=".tmp", dir=folder)
    try:
        try:
            if mode is None:
                handle = _as_any_new_file(handle, temp)
            else:
                os.fchmod(handle, mode) if hasattr(os, "fchmod") else os.chmod(temp, mode)
                if not mode & 0o070:
                    _no_inherited_entries(Path(temp))
            if prepare is not None:
                prepare(Path(temp))
            if mode is not None:  # any new file's (the kernel's umask, default ACL) is final as made
                handle, temp = sealed_copy(handle, temp, folder, name)
            _write_bytes(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return Path(temp)


def sealed_copy(handle: int, temp: str, folder: Path, name: str) -> tuple[int, str]:
    """A fresh empty temporary given the prepared one's owner, group, extended attributes and ACL (its mode in it)
    in one step from nothing (0600, a default ACL's entries masked), the prepared one removed: on the way there the
    fchmod, the copied old ACL and the narrowing each opened it for a moment to entries they then took away – and a
    handle opened then reads every byte written after (permission is checked at open). Where there are no xattrs,
    or the system will not give an ACL or group twice: the prepared one."""
    if not hasattr(os, "listxattr") or not hasattr(os, "fchown"):
        return handle, temp
    from pismo.files import casefile

    made = os.fstat(handle)
    fresh, sealed = tempfile.mkstemp(prefix=hidden_prefix(name), suffix=".tmp", dir=folder)
    try:
        os.fchown(fresh, made.st_uid if made.st_uid != os.fstat(fresh).st_uid else -1, made.st_gid)
        names = os.listxattr(handle)
        for attribute in sorted(names, key=lambda n: n == casefile._ACL):  # the ACL last: it opens the file
            try:
                os.setxattr(fresh, attribute, os.getxattr(handle, attribute))
            except OSError:
                if attribute == casefile._ACL:
                    raise
        if casefile._ACL not in names:
            if casefile.has_acl(Path(sealed)):
                os.removexattr(fresh, casefile._ACL)
            os.fchmod(fresh, stat.S_IMODE(made.st_mode))
    except OSError:
        os.close(fresh)
        Path(sealed).unlink(missing_ok=True)
        return handle, temp
    except BaseException:
        os.close(fresh)
        Path(sealed).unlink(missing_ok=True)
        raise
    os.close(handle)
    Path(temp).unlink(missing_ok=True)
    return fresh, sealed


def _no_inherited_entries(temp: Path) -> None:
    """A file closed to its group class keeps none of the named entries a folder's default ACL gave it: masked to
    nothing they waited for any later chmod g+r to open the file to whoever the folder's owner once named (the
    entries of the file it is made from are added after, by its `prepare`)."""
    from pismo.files import casefile

    if casefile.has_acl(temp):
        casefile._acl_changed(temp, lambda entries: [e for e in entries if e[0] not in (casefile._USER,
                                                                                          casefile._GROUP)])


def _as_any_new_file(handle: int, temp: str) -> int:
    """The temporary made anew under its name as any program makes a file (open with 0666): the kernel applies
    the umask or the folder's default ACL. mkstemp's 0600 and a chmod after set a unit's ACL mask to the group's
    r--, and the colleagues the ACL lets edit could only read pismo's files."""
    if os.name == "nt":  # no umask nor ACL mask there: its chmod only sets or clears the read-only mark
        shareable(temp)
        return handle
    os.unlink(temp)  # still open, the name free: a failure below leaves the caller's handle to close
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fresh = os.open(temp, flags, 0o666)
    os.close(handle)
    return fresh


def _write_bytes(handle: int, data: bytes) -> None:
    """Every byte to the open file (os.write may write only part)."""
    view = memoryview(data)
    while view:
        view = view[os.write(handle, view):]


_LONG_NAME_BYTES = 200  # a longer name would make its hidden temporary's name longer than 255 bytes


def hidden_prefix(name: str) -> str:
    """The start of a hidden temporary's or backup's name for a file: ".NAME.pismo-", or for a name too long
    to take the additions, "." + "~" and a digest of it (a kill leaves such a backup kept, not put back)."""
    if len(name.encode("utf-8", "surrogateescape")) > _LONG_NAME_BYTES:
        name = "~" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    return f".{name}.{_MARK}"


def put_back(folder: Path) -> list[str]:
    """The names a killed run left moved aside in the folder (its new version never took the name), put back
    with the rest of its leftovers under the folder's lock, as the next write does; [] when there are none.
    A PDF run calls it before it lists the documents: it skipped such a document without a word."""
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return []
    pending = [found["name"] for found in map(_LEFTOVER.fullmatch, names)
               if found and found["kind"] == "bak" and not os.path.lexists(folder / found["name"])]
    if not pending:
        return []
    try:
        with folderlock.holding(folder):
            remove_leftovers(folder)
    except (OSError, folderlock.Busy):
        return []
    return [name for name in dict.fromkeys(pending) if os.path.lexists(folder / name)]


_LEFTOVER = re.compile(r"\.(?P<name>.+)\." + _MARK + r"[a-z0-9_]{8}\.(?P<kind>tmp|bak)")


def remove_leftovers(folder: Path) -> None:
    """Hidden temporaries and backups a killed run left in the folder (of documents, PDFs or the manifest:
    under the folder's lock every one is stale); a backup whose name is missing (the run was killed between
    moving a file aside and putting the new one in place) is put back instead – unless the run was removing
    that file and its manifest, which no longer lists it, is in place (killed after its commit)."""
    try:
        entries = sorted(entry.name for entry in os.scandir(folder))
    except OSError:
        return
    removed = record.removed_by_pending(folder)
    for leftover in entries:
        found = _LEFTOVER.fullmatch(leftover)
        if found is None:
            continue
        target = folder / found["name"]
        if found["kind"] == "bak" and found["name"].startswith("~"):
            continue  # of a long name it does not hold: kept, hidden, for the user
        if (found["kind"] == "bak" and not os.path.lexists(target) and name_problem(found["name"]) is None
                and _regular(folder / leftover) and found["name"] not in removed):
            with contextlib.suppress(OSError):
                _place(folder / leftover, target, clobber=False)
                continue
        _discard([folder / leftover])


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _discard(paths) -> None:
    for path in paths:
        try:
            Path(path).unlink(missing_ok=True)
        except OSError:
            pass


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX only; best effort)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
