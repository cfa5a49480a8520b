"""The case files of the served folder: listed, read, saved atomically with history.

Every save first keeps the file's previous version in the hidden history folder
(`.pismo-historia/<sprawa>/`), then replaces the file atomically (pismo.files.casefile: under the folder's
lock, only while it still holds the version compared).
A save names the version the page was loaded from; when the file on disk has
changed since (a text editor, the CLI, another tab), it is refused and the
page's version is kept in the history too, so nothing is lost either way.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
import re
import stat
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import yaml

from pismo.web import core, tabs, texts
from pismo.errors import readable
from pismo.files.record import as_path, as_text

HISTORY = ".pismo-historia"
SUFFIX = ".yaml"
MAX_BYTES = 10 * 1024 * 1024  # the case reader's own limit
_LOCK = threading.Lock()  # one save at a time: check-then-replace must not interleave
WAIT = 5.0  # seconds a save waits for another pismo's write in the folder: every other save of the server waits too
_BUSY = ("w folderze spraw zapisuje teraz inne polecenie pismo (np. pismo odmien) – poczekaj chwilę i zapisz ponownie; "
         "nie zapisano")


def writable(folder: Path) -> bool:
    """The server's user may make files in this folder."""
    return os.access(folder, os.W_OK | os.X_OK)


class StoreError(Exception):
    """A case cannot be read or written; the message is Polish."""


class Refused(StoreError):
    """The case file's own state refuses the write (marked read-only, another account's, hard links, a link in the
    lock's place): the user's to change, no fault of the server (409, not 500)."""


class Conflict(StoreError):
    """The file changed on disk since the page was loaded."""

    def __init__(self, message: str, kept: "Version") -> None:
        super().__init__(message)
        self.kept = kept


@dataclass(frozen=True)
class Version:
    name: str  # file name inside the history folder
    when: dt.datetime
    note: str  # "poprzednia", "odrzucona", "przed-przywroceniem"

    @property
    def label(self) -> str:
        return {"poprzednia": "wersja sprzed zapisu", "odrzucona": "wersja z formularza, której nie zapisano (konflikt)",
                "przed-przywroceniem": "wersja sprzed przywrócenia"}.get(self.note, self.note)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


GONE = digest(b"")  # the version of a case whose file is not there


UNCHANGED = "bez zmian"  # what save() returns when nothing was written
_BOM = b"\xef\xbb\xbf"


def _as_file(text: str, current: bytes) -> bytes:
    """text in the current file's conventions: its line ends (all CRLF or all CR if it had only those; in a file
    of several kinds, each line left as it was keeps its own, a changed one takes the one of the line it replaced),
    its BOM. Lines are counted as the case reader counts them (yamlio.LINE_END)."""
    from pismo.case.yamlio import LINE_END, as_lf

    old = current.decode("utf-8", "replace").removeprefix("\ufeff")
    text = _blank_lines_kept(as_lf(text), as_lf(old))
    ends = LINE_END.findall(old)
    if len(set(ends)) > 1:
        text = _own_line_ends(text, as_lf(old), ends)
    elif ends and ends[0] != "\n":
        text = text.replace("\n", ends[0])
    return (_BOM if current.startswith(_BOM) else b"") + text.encode("utf-8")


def _blank_lines_kept(text: str, current: str) -> str:
    """text (LF) with the current file's lines of only blanks (an editor's auto-indent, a paste) where text has
    them empty or left them out: ruamel's dump drops such lines, and a save of one field changed them all over
    the file (the one under the header comment deleted). Those before a line that moved (an item „w dół”) go
    with it; those inside a value's text are the value's (see _scalar_lines)."""
    old = current.split("\n")
    plain = ["" if not line.strip(" \t") else line for line in old]
    if plain == old:
        return text
    new, out, put, text_lines = text.split("\n"), [], set(), None
    for tag, i1, i2, j1, j2 in _opcodes(plain, new):
        if tag == "equal":
            out += [old[i] if not plain[i] else new[j] for i, j in zip(range(i1, i2), range(j1, j2))]
            put.update(range(i1, i2))
        elif tag == "delete" and not any(plain[i1:i2]):
            text_lines = _scalar_lines(current) if text_lines is None else text_lines
            out += [old[i] for i in range(i1, i2) if i not in text_lines]  # there: the user's deleted line break
            put.update(range(i1, i2))
        elif tag != "delete":
            out += new[j1:j2]
    left = [i for i, line in enumerate(old) if line != plain[i] and i not in put]
    if left:
        out = _before_their_lines(out, old, plain, left, _scalar_lines(current) if text_lines is None else text_lines)
    return "\n".join(out)


def _before_their_lines(out: list[str], old: list[str], plain: list[str], left: list[int],
                        text_lines: set[int]) -> list[str]:
    """out with each run of the lines of only blanks in `left` (old's indexes, not yet in out) put back before
    the line that follows it in old, where out has that line once and no blank line before it: the separator
    of an item moved or of the item after a removed one."""
    runs: dict[str, list[str]] = {}
    for i in left:
        after = next((k for k in range(i + 1, len(old)) if plain[k]), None)
        if after is not None and i not in text_lines and (i + 1 == after or i + 1 in left):
            runs.setdefault(old[after], []).append(old[i])
    if not runs:
        return out
    here, there = _once(out), _once(plain)
    for at, line in sorted(((here[line], line) for line in runs if line in here and line in there), reverse=True):
        if at and out[at - 1].strip(" \t"):  # from the end: the places before stay where they are
            out[at:at] = runs[line]
    return out


def _scalar_lines(text: str) -> set[int]:
    """The lines (by "\n") inside a value written over several lines – a paragraph break of a block text, a line
    break of a quoted one: its text, which a save's dump writes empty, never drops; gone from the saved text, it is
    the user's edit. Nothing when libyaml cannot read the text."""
    body = tabs.as_spaces(text)
    starts = [0] + [match.end() for match in tabs.BREAK.finditer(body)]
    found: set[int] = set()
    loader = tabs.LOADER(body)
    try:
        while loader.check_token():
            token = loader.get_token()
            if isinstance(token, yaml.ScalarToken) and token.end_mark.line > token.start_mark.line:
                start = starts[token.start_mark.line] + token.start_mark.column
                end = starts[token.end_mark.line] + token.end_mark.column
                first, last = body.count("\n", 0, start), body.count("\n", 0, len(body[:end].rstrip(" \t\n")))
                found.update(range(first + 1, last))
    except yaml.YAMLError:
        return set()
    finally:
        loader.dispose()
    return found


def _own_line_ends(text: str, current: str, ends: list[str]) -> str:
    """text (LF) with each line's end as the line of current (LF) it was matched to (in order) ends in the file
    (ends: one per line of current); a line new to the file takes the file's most frequent end."""
    old, new = current.split("\n"), text.split("\n")
    chosen = [Counter(ends).most_common(1)[0][0]] * (len(new) - 1)
    for tag, i1, i2, j1, j2 in _opcodes(old, new):
        for j in range(j1, min(j2, len(chosen))):
            i = min(i1 + (j - j1), i2 - 1) if tag in ("equal", "replace") else i1 - 1
            if 0 <= i < len(ends):
                chosen[j] = ends[i]
    return "".join(line + end for line, end in zip(new, chosen)) + new[-1]


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes from _blocks: what is between two runs of equal lines replaced line by line."""
    found, pi, pj = [], 0, 0
    for i, j, size in [*_blocks(a, b), (len(a), len(b), 0)]:
        if pi < i or pj < j:
            found.append(("replace" if pi < i and pj < j else "delete" if pi < i else "insert", pi, i, pj, j))
        if size:
            found.append(("equal", i, i + size, j, j + size))
        pi, pj = i + size, j + size
    return found


def _blocks(a: list[str], b: list[str]) -> list[tuple[int, int, int]]:
    """Runs of equal lines (i, j, size) in order, in O(n log n): the common head and tail, then each line found
    once in both (in an order both share) grown over its equal neighbours. difflib without its junk heuristic
    is cubic on runs of equal lines (14 000 lines: a minute) and with it still quadratic on repeated ones."""
    n, m = len(a), len(b)
    head = _common(a, b, 0, 0, 1, min(n, m))
    tail = _common(a, b, n - 1, m - 1, -1, min(n, m) - head)
    found, ai, bi = [(0, 0, head)], head, head
    for i, j in _anchors(a[head:n - tail], b[head:m - tail]):
        i, j = i + head, j + head
        if i < ai or j < bi:
            continue
        back = _common(a, b, i - 1, j - 1, -1, min(i - ai, j - bi))
        size = _common(a, b, i, j, 1, min(n - tail - i, m - tail - j))
        found.append((i - back, j - back, back + size))
        ai, bi = i + size, j + size
    return [*found, (n - tail, m - tail, tail)]


def _common(a: list[str], b: list[str], i: int, j: int, step: int, limit: int) -> int:
    """How many lines from a[i] and b[j] on (step 1) or back (step -1) are equal, at most limit."""
    k = 0
    while k < limit and a[i + k * step] == b[j + k * step]:
        k += 1
    return k


def _anchors(a: list[str], b: list[str]) -> list[tuple[int, int]]:
    """The pairs (i, j) of lines found exactly once in a and once in b, the longest run whose order both share
    (patience sorting: O(n log n))."""
    once_a = _once(a)
    pairs = [(once_a[line], j) for line, j in _once(b).items() if line in once_a]  # in the order of j
    ends: list[int] = []  # ends[k]: the smallest i ending an increasing run of k + 1 pairs
    tops: list[int] = []  # tops[k]: that pair's index
    before = [-1] * len(pairs)
    for at, (i, _) in enumerate(pairs):
        k = bisect.bisect_left(ends, i)
        before[at] = tops[k - 1] if k else -1
        ends[k:k + 1], tops[k:k + 1] = [i], [at]
    chain, at = [], tops[-1] if tops else -1
    while at >= 0:
        chain.append(pairs[at])
        at = before[at]
    return chain[::-1]


def _once(lines: list[str]) -> dict[str, int]:
    """Each line found exactly once, with its index."""
    seen: dict[str, int] = {}
    for at, line in enumerate(lines):
        seen[line] = -1 if line in seen else at
    return {line: at for line, at in seen.items() if at >= 0}


_CHANGED = ("plik sprawy zmienił się na dysku, odkąd otwarto tę stronę (zmiana w edytorze, w wierszu poleceń albo "
            "w innej karcie) – nie zapisano; obie wersje zachowano")


class TooBig(StoreError):
    """The case would be larger than pismo reads: the user's text to shorten, not a fault."""


def _too_big_file(path: Path) -> str:
    """What to do with a case file over the limit: it is almost always a paste gone wrong."""
    from pismo import polish

    try:
        size = f"ma {polish.thousands(path.stat().st_size // (1024 * 1024))} MB, a"
    except OSError:
        size = "jest zbyt duży –"
    return (f"plik sprawy {size} sprawa może mieć najwyżej {MAX_BYTES // (1024 * 1024)} MB – otwórz go w Notatniku "
            "i usuń nadmiar (np. tekst wklejony przez pomyłkę; zwykła sprawa ma kilkadziesiąt kB)")


def _refuse_too_big(data: bytes) -> None:
    """A case the reader would refuse is never written: the case and its history would be locked out."""
    from pismo.case.yamlio import MAX_BYTES

    if len(data) > MAX_BYTES:
        raise TooBig(f"sprawa byłaby zbyt duża (ponad {MAX_BYTES // (1024 * 1024)} MB) – skróć najdłuższy tekst")


_CASE_LIKE = re.compile(r"(.+?)\.(ya?ml)(\.txt)?", re.IGNORECASE)  # a case file, also as Notepad's „Zapisz jako” leaves it


def _exists(path: Path) -> str:
    return f"sprawa „{readable(as_text(path.stem))}” już istnieje – podaj inną nazwę"


def _identity(folder: Path) -> tuple[int, int] | None:
    """The folder's device and inode (None: no folder there) – the same path may name another folder later."""
    try:
        found = os.stat(folder)
    except (OSError, ValueError):
        return None
    return (found.st_dev, found.st_ino) if stat.S_ISDIR(found.st_mode) else None


class Store:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.identity = _identity(self.folder)  # the folder itself, not its path: see missing()

    # --- names -----------------------------------------------------------------------------
    def path(self, name: str) -> Path:
        """The file of a case; StoreError for a name the file-name rule refuses (no ../, no slashes)."""
        problem = core.name_problem(name) or core.name_problem(name + SUFFIX)
        if problem:
            raise StoreError(f"niedozwolona nazwa sprawy – {problem}")
        return self.folder / as_path(f"{name}{SUFFIX}")

    def names(self) -> list[str]:
        found = []
        for path in sorted(self.folder.glob(f"*{SUFFIX}")):
            if path.is_file() and not path.is_symlink() and core.name_problem(as_text(path.name)) is None:
                found.append(as_text(path.stem))
        return found

    def deleted(self) -> list[str]:
        """Cases whose file is gone (deleted or moved away in Explorer) while their history keeps versions: the
        list offers them – the history is the way back, and nothing else in the browser leads to it. A case whose
        file is there under an extension the list skips („.yml”, Notepad's „.yaml.txt”) is renamed, not gone: its
        restore would put an older version beside the newest text."""
        top, found = self.folder / HISTORY, []
        renamed = {stem for path, stem, _ in self._skipped()}
        for folder in sorted(top.iterdir()) if top.is_dir() and not top.is_symlink() else []:
            name = as_text(folder.name)
            try:
                gone = folder.is_dir() and not os.path.lexists(self.path(name))
            except StoreError:  # no case's name
                continue
            if gone and name not in renamed and self.history(name):
                found.append(name)
        return found

    def skipped(self) -> list[tuple[str, str]]:
        """Files that look like cases but are not listed, each with what to do: the command line takes them,
        so the list must not leave them out without a word."""
        from pismo.case.yamlio import visible

        return [(visible(as_text(path.name)), readable(why)) for path, _, why in self._skipped()]

    def stray(self, name: str) -> str | None:
        """The file of this case's name that the list skips („y1.yml”, „y1.yaml.txt”), as the list names it."""
        from pismo.case.yamlio import visible

        return next((visible(as_text(path.name)) for path, stem, _ in self._skipped() if stem == name), None)

    def _skipped(self) -> list[tuple[Path, str, str]]:
        """(file, the case name it stands for, what to do) of each file skipped(): also beside a listed case of
        its name – hidden there, the newer text sat unseen while the officer edited the older one."""
        listed, found = set(self.names()), []
        for path in sorted(self.folder.iterdir()) if self.folder.is_dir() else []:
            name = as_text(path.name)  # as the list names cases (names())
            match = _CASE_LIKE.fullmatch(name)
            if match is None or name.startswith(".") or (name == match[1] + SUFFIX and match[1] in listed):
                continue
            stem, problem = match[1], core.name_problem(name)
            if path.is_symlink():
                why = "dowiązanie symboliczne – pismo serwer go nie otwiera; skopiuj plik do tego folderu"
            elif not path.is_file():
                continue
            elif stem in listed:
                why = (f"obok jest sprawa „{stem}” (plik {stem}{SUFFIX}) – porównaj oba pliki, zostaw aktualny jako "
                       f"{stem}{SUFFIX}, a drugi usuń albo nadaj mu inną nazwę")
            elif name != stem + SUFFIX:
                why = (f"zmień rozszerzenie na {SUFFIX}" if match[3] is None else
                       f"zmień nazwę na {stem}{SUFFIX} (edytor dopisał „{match[3]}”)")
            elif problem:
                why = f"nazwa niedozwolona ({problem}) – zmień nazwę pliku"
            else:
                continue
            found.append((path, stem, why))
        return found

    def missing(self) -> str | None:
        """Why the cases folder the server was started with is no longer there (None: it is) – a USB stick pulled,
        a network share dropped, the folder moved: the list said „nie ma jeszcze plików spraw – utwórz nową”, and
        a write made the folder anew at the old path (on the local disk under a share's mount point)."""
        identity = _identity(self.folder)
        if identity is not None and self.identity in (None, identity):
            return None
        if identity is not None:  # a mount point left empty, a folder made anew where the old one was moved from
            return (f"pod ścieżką {os.path.abspath(self.folder)} jest teraz inny folder niż folder spraw, z którym "
                    "uruchomiono serwer (odłączono nośnik albo folder sieciowy, albo przeniesiono folder i utworzono "
                    "nowy) – podłącz go ponownie albo uruchom „pismo serwer --katalog” z tym folderem")
        return (f"folder spraw {os.path.abspath(self.folder)} już nie istnieje (odłączono nośnik, przerwano "
                "połączenie z folderem sieciowym albo przeniesiono folder) – podłącz go ponownie albo uruchom "
                "„pismo serwer --katalog” z innym folderem")

    def _refuse_missing(self) -> None:
        """A write never makes the cases folder itself (only folders inside it)."""
        gone = self.missing()
        if gone:
            raise StoreError(gone)

    # --- reading -----------------------------------------------------------------------------
    def read(self, name: str) -> bytes:
        from pismo.files.read import Unreadable, read_limited

        path = self.path(name)
        if path.is_symlink():
            raise StoreError("plik sprawy jest dowiązaniem symbolicznym – pismo serwer go nie otwiera")
        try:
            raw = read_limited(path, MAX_BYTES)
        except Unreadable as exc:
            raise StoreError(str(exc)) from None
        if len(raw) > MAX_BYTES:
            raise StoreError(_too_big_file(path))
        return raw

    def text(self, name: str) -> tuple[str, str]:
        """(text, version) of a case file."""
        from pismo.case.yamlio import decode  # the case reader's own text (its lines, "\n" ends) and messages
        from pismo.errors import CaseError

        raw, path = self.read(name), self.path(name)
        try:  # save puts the file's own line ends back
            return decode(path, raw), digest(raw)
        except CaseError as exc:
            raise StoreError("; ".join(texts.located(p) for p in exc.problems) or exc.message) from None

    # --- writing -----------------------------------------------------------------------------
    def create(self, name: str, text: str, source: str | None = None) -> None:
        """A new case; made from the case `source` (its next period), it takes that file's permissions where
        narrower than any new file's, and its group. A source gone meanwhile (a teammate's mv, a sync client) is
        refused: its rights unknown, a private plan's next period was made as any new file – the team rw, the
        share's default entry for the supervisor r."""
        from pismo.files import casefile

        if source is None:
            self.create_all([(name, text)])
            return
        origin = self.path(source)
        mode, group = casefile.mode_from(origin), casefile.group_of(origin)
        if group is None or not os.path.isfile(origin):
            raise StoreError(f"plik sprawy „{readable(source)}” zniknął z folderu spraw (przeniesiony albo usunięty) "
                             f"w czasie tworzenia następnego okresu – nie utworzono sprawy „{readable(name)}”; "
                             "sprawdź listę spraw i spróbuj ponownie")
        self.create_all([(name, text)], mode, group, like=origin)

    def create_all(self, cases: list[tuple[str, str]], mode: int | None = None, group: int | None = None,
                   like: Path | None = None) -> None:
        """New cases (a page of several plans), all or none: every name is checked and every file written in one
        transaction – one refused after the first was made left it behind although the page said none was.
        The names are checked again under the folder's lock and taken exclusively: a case file `pismo nowa`,
        `pismo import` or an editor made meanwhile is kept, never replaced."""
        files = [(self.path(name), text.encode("utf-8")) for name, text in cases]
        with _LOCK:
            for path, _data in files:
                if os.path.lexists(path):
                    raise StoreError(_exists(path))
                if other := self.stray(as_text(path.stem)):  # its case under another name: a skeleton hides it
                    name = as_text(path.stem)
                    raise StoreError(f"w folderze jest plik „{other}” (sprawa „{name}” pod inną nazwą, której "
                                     f"lista spraw nie pokazuje) – zmień jego nazwę na {name}{SUFFIX} albo "
                                     "podaj inną nazwę nowej sprawy")
            self._refuse_same_names([path for path, _data in files])
            self._write(files, mode, group, like)

    def _refuse_same_names(self, paths: list[Path]) -> None:
        """A new case whose name Windows and macOS take for an existing one's („W” beside „w”): the batch refuses
        the pair, a Windows share cannot hold both, and their documents folders would be one."""
        from pismo.files.casefile import twin
        from pismo.files.output import same_name_key

        taken: dict[str, str] = {}  # the new ones of this page
        for path in paths:
            found = twin(path)
            other = as_text(found.name) if found is not None else taken.get(same_name_key(as_text(path.stem)))
            if other is not None:
                raise StoreError(f"sprawa „{Path(other).stem}” już istnieje (nazwy różnią się tylko wielkością liter "
                                 "albo zapisem polskich liter – Windows i macOS biorą je za jedną) – podaj inną nazwę")
            taken[same_name_key(as_text(path.stem))] = as_text(path.name)

    def save(self, name: str, text: str, version: str):
        """Replace the case with text if it is still at version; the previous one goes to history (returned,
        None for a new file). UNCHANGED when the text is the file's own: nothing is written. The file keeps
        its line ends and byte order mark (Notepad's CRLF and BOM)."""
        from pismo.files import casefile

        path = self.path(name)
        with _LOCK:
            current = self.read(name) if path.exists() else b""
            data = _as_file(text, current)
            _refuse_too_big(data)
            if digest(current) != version:
                kept = self._keep(name, data, "odrzucona")
                raise Conflict(_CHANGED, kept)
            if current == data:
                return UNCHANGED
            if current:  # a file no save may replace: refused before its history gets a copy (or a folder)
                with self._refusals(name):
                    casefile.replaceable(path)
            previous = self._keep(name, current, "poprzednia") if current else None
            try:
                self._replace(name, data, digest(current))
            except Exception:
                if previous is not None:
                    self._forget(name, previous)
                raise
            return previous

    def owner(self, name: str) -> int | None:
        """The account that owns the case file (None: no file, or a system without owners)."""
        try:
            return self.path(name).stat().st_uid if hasattr(os, "geteuid") else None
        except OSError:
            return None

    def keep_rejected(self, name: str, text: str) -> "Version":
        """A form's version that could not be saved, kept in the case's history."""
        return self._keep(name, _as_file(text, b""), "odrzucona")

    def _replace(self, name: str, data: bytes, version: str) -> None:
        """The case file takes data only if it still holds `version` when it is replaced – checked under the
        folder's lock `pismo odmien` takes too (casefile): a save made meanwhile is kept, and so is the form's."""
        from pismo.files import casefile

        try:
            with self._refusals(name):
                casefile.replace(self.path(name), data, version, WAIT)
        except casefile.ChangedMeanwhile:
            raise Conflict(_CHANGED, self._keep(name, data, "odrzucona")) from None

    @contextmanager
    def _refusals(self, name: str):
        """A refused replacement of the case file told in the web's words (StoreError)."""
        from pismo.files import casefile, folderlock, output

        try:
            yield
        except casefile.SharedFile:
            raise Refused("plik sprawy ma też inne nazwy (dowiązania twarde) – zapis rozdzieliłby je i pozostałe "
                             "zostałyby bez zmian; skopiuj plik do folderu spraw pod nową nazwą i zapisz kopię; "
                             "nie zapisano") from None
        except casefile.LockInWay as exc:
            raise Refused(f"{exc} i zapisz ponownie; nie zapisano") from None
        except casefile.ReadOnly as exc:
            raise Refused(exc.told("nie zapisano", "zdejmij ochronę przed zapisem (we właściwościach pliku) i "
                                      "zapisz ponownie")) from None
        except folderlock.Busy:
            raise StoreError(_BUSY) from None
        except OSError as exc:
            raise StoreError(self._no_write(self.path(name))
                             or f"nie można zapisać pliku sprawy ({output._reason(exc)[0]}); nie zapisano") from None

    def _write(self, files: list[tuple[Path, bytes]], mode: int | None = None, group: int | None = None,
               like: Path | None = None) -> None:
        """New files of the cases folder, all or none; none replaces a file of its name; `like`: the case file they
        are made from, whose named ACL entries they take before any byte (output.write_all)."""
        from pismo.files.output import ExistingFiles, FolderBusy, OutputError, write_all

        for _path, data in files:
            _refuse_too_big(data)
        self._refuse_missing()
        try:
            write_all(self.folder, [(path.name, data) for path, data in files], where="", mode=mode,
                      wait=WAIT, group=group, like=like)  # no -o here
        except FolderBusy:
            raise StoreError(_BUSY) from None
        except ExistingFiles as exc:
            raise StoreError(_exists(exc.paths[0])) from None
        except OutputError as exc:
            made = [path for path, _data in files if path.is_symlink() or path.is_dir()]
            if made:  # a link or folder of a case's name made meanwhile
                raise StoreError(_exists(made[0])) from None
            raise StoreError(self._no_write(self.folder) or (f"{exc.reason} w folderze spraw" if exc.reason
                                                             else str(exc))) from None

    # --- history -------------------------------------------------------------------------------
    def _history(self, name: str) -> Path:
        self.path(name)
        return self.folder / HISTORY / as_path(name)

    def _keep(self, name: str, data: bytes, note: str) -> Version:
        from pismo.files import casefile
        from pismo.files.output import FolderBusy, OutputError, write_all

        now = dt.datetime.now()
        file_name = f"{now:%Y-%m-%d_%H-%M-%S-%f}_{note}{SUFFIX}"
        self._refuse_missing()
        self._refuse_linked_history(name)
        self._refuse_file_for_history(name)
        self._refuse_foreign_history(name)
        mode, group = self._history_mode(name)
        try:
            copy = write_all(self._history(name), [(file_name, data)], where="", mode=mode, wait=WAIT, group=group,
                             like=None if group is None else self.path(name))[0]
        except FolderBusy:
            raise StoreError(_BUSY) from None
        except OutputError as exc:
            raise StoreError(self._no_write(self._history(name)) or
                             f"nie można zachować poprzedniej wersji w historii ({exc.reason or exc})") from None
        try:
            casefile.shared_as(copy, self.path(name))
        except OSError:
            pass  # the case file gone: the copy stays private
        return Version(file_name, now, note)

    def _history_mode(self, name: str) -> tuple[int | None, int | None]:
        """The permissions and group of the case's history copies: never wider than the case file's own (a private
        0600 plan's earlier versions hold the same residents' data), its group's (a team's rights); its history
        folder is closed the same way. Private (0600) for a case file not on disk (moved away while the form was open:
        its text may be a private plan's), in a new folder closed to its maker."""
        from pismo.files.casefile import group_of, own_mode, share_like, sharing, shared_as, take_group

        try:
            mode = own_mode(self.path(name))  # an ACL's mask is not its group's rights (the group may have none)
            closed = sharing(self.path(name))  # whoever may change the case file may keep a version of it
        except OSError:
            mode, closed, group = 0o600, 0o600, None
        else:
            group = group_of(self.path(name))
        gone = group is None
        from pismo.files.output import folder_mode, follow_folder

        folder = self._history(name)
        closed = folder_mode(closed)
        try:
            self._history_top()
            folder.mkdir(mode=closed, exist_ok=True)
            if gone:
                return mode, group
            follow_folder(folder, closed)  # a history made while the file was open, or private
            take_group(folder, group)
            share_like(self.path(name), [folder])  # a default entry for a colleague the case shuts out goes
            shared_as(folder, self.path(name))
        except OSError:
            pass  # write_all says why the folder cannot be made
        return mode, group

    def _history_top(self) -> None:
        """The folder of every case's history, as open as the cases folder it is in – with the sticky bit where
        others may write there, so each case's own folder stays its maker's: made by the first officer's save with
        his umask (0755), it refused the web save of every other officer sharing the cases folder."""
        top = self.folder / HISTORY
        cases = os.stat(self.folder).st_mode
        wanted = cases & 0o777 | (stat.S_ISVTX if cases & 0o022 else 0)
        try:
            top.mkdir(mode=0o700)
        except FileExistsError:
            pass
        from pismo.files.output import follow_folder

        follow_folder(top, wanted)

    def _linked_history(self, name: str) -> Path | None:
        """The history folder, or the case's in it, where a symbolic link stands (None: none): through it the
        copies went anywhere – into the cases folder itself, listed as cases – and its target was chmod'ed shut."""
        top = self.folder / HISTORY
        return next((path for path in (top, top / name) if os.path.islink(path)), None)

    def _refuse_linked_history(self, name: str) -> None:
        link = self._linked_history(name)
        if link is not None:
            from pismo.errors import visible

            raise StoreError(f"W folderze spraw w miejscu folderu historii wersji „{self._named(link)}” jest "
                             f"dowiązanie symboliczne (do {visible(os.readlink(link))}) – pismo nie zapisuje historii "
                             "przez dowiązania, więc nie zapisano; usuń to dowiązanie (albo poproś o to "
                             "administratora) i zapisz ponownie")

    def _foreign_history(self, name: str) -> tuple[Path, str, bool] | None:
        """The case's history folder, its owner, and whether every account may write it, when another account (not
        root, not the case's owner) owns it and either every account may write it (made ahead in a shared cases
        folder) or its owner may not read the case file (an ACL entry let this account in): its owner may take the
        kept versions away and put his own text under their names, offered as the case's earlier version, whatever
        its mode. A teammate's history folder of a case he may read (a team case) is used, as output's case folder."""
        folder = self._history(name)
        try:
            found, case = os.lstat(folder), os.stat(self.path(name))
        except OSError:
            return None
        me = getattr(os, "geteuid", lambda: found.st_uid)()
        if not stat.S_ISDIR(found.st_mode) or found.st_uid in (me, 0, case.st_uid) or case.st_mode & 0o002:
            return None
        from pismo.files.casefile import readable_by
        from pismo.files.output import _user_name

        open_to_all = bool(found.st_mode & 0o002)
        if not open_to_all and readable_by(self.path(name), found.st_uid):
            return None
        return folder, _user_name(found.st_uid), open_to_all

    def _refuse_foreign_history(self, name: str) -> None:
        foreign = self._foreign_history(name)
        if foreign is not None:
            folder, owner, open_to_all = foreign
            why = " i może w nim zapisywać każdy" if open_to_all else ", który nie może czytać pliku tej sprawy"
            raise StoreError(f"Folder historii wersji tej sprawy („{self._named(folder)}” w folderze spraw) należy do "
                             f"użytkownika {owner}{why} – jego właściciel może zabrać zachowane wersje albo podmienić "
                             "ich treść, więc nie zapisano; poproś go (albo administratora) o usunięcie tego folderu "
                             "i zapisz ponownie")

    def _refuse_file_for_history(self, name: str) -> None:
        """A file where the history folder (or the case's in it) should be: the web's words – its user chooses no
        folder, the command line's „podaj inny folder” was no help."""
        top = self.folder / HISTORY
        blocker = next((path for path in (top, top / name) if os.path.lexists(path) and not os.path.isdir(path)), None)
        if blocker is not None:
            raise StoreError(f"W folderze spraw w miejscu folderu historii wersji „{self._named(blocker)}” jest plik "
                             "– pismo nie może zachować poprzedniej wersji, więc nie zapisano; usuń albo przenieś ten "
                             "plik (albo poproś o to administratora) i zapisz ponownie")

    def _named(self, path: Path) -> str:
        """A path in the cases folder as the page names it: from that folder („.pismo-historia/sprawa”) – the
        server's full path is the server's, the officer knows the cases folder (rev-web19 #3)."""
        return path.relative_to(self.folder).as_posix()

    def _forget(self, name: str, version: Version) -> None:
        """Drop the copy kept for a save that was then refused: the history lists only saves that happened. The
        copy is of the file as it still is, so a failure here loses nothing (it stays, harmless)."""
        from pismo.files import folderlock

        folder = self._history(name)
        if self._linked_history(name) is not None:
            return
        try:
            with folderlock.holding(folder):
                (folder / version.name).unlink(missing_ok=True)
        except (OSError, folderlock.Busy):
            return
        try:
            folder.rmdir()  # the history this copy began
        except OSError:
            pass

    def _no_write(self, where: Path) -> str | None:
        """Said for a folder the server may not write in, the web's way: the system's phrase („… albo plik jest
        otwarty w innym programie, np. w Wordzie”) and the command line's „podaj inny folder” were no help in a
        browser. None when the folder can be written (the reason is another)."""
        from pismo.files import output

        folder = next((p for p in (where, *where.parents) if p.is_dir()), where)
        which = f"folderze spraw ({os.path.abspath(folder)})" if folder == self.folder else f"folderze {folder}"
        if output.locked(folder):  # its owner has every permission: its flags forbid
            return (f"nie można zapisywać w {which} – folder jest zablokowany ({output.LOCKED_HOW}); odblokuj go albo "
                    "uruchom „pismo serwer --katalog” z innym folderem")
        if writable(folder):
            return None
        return (f"nie można zapisywać w {which} – brak uprawnień do zapisu; zmień uprawnienia folderu albo uruchom "
                "„pismo serwer --katalog” z innym folderem")

    def history(self, name: str) -> list[Version]:
        folder = self._history(name)
        out = []
        kept = (folder.is_dir() and self._linked_history(name) is None  # a link's target holds no history of pismo's
                and self._foreign_history(name) is None)  # nor does another account's it may not trust (_foreign_history)
        for path in sorted(folder.glob(f"*{SUFFIX}"), reverse=True) if kept else []:
            if not _own_file(path):  # a link or pipe of a version's name is none of pismo's copies
                continue
            stamp, _, note = path.stem.partition("_")[2].partition("_")
            try:
                when = dt.datetime.strptime(path.stem.split("_")[0] + "_" + stamp, "%Y-%m-%d_%H-%M-%S-%f")
            except ValueError:
                continue
            out.append(Version(path.name, when, note))
        return out

    def text_of_version(self, name: str, version: str) -> str | None:
        """The text the case had at this version (its hash), when the history keeps it readable; else None."""
        for listed in self.history(name):
            try:
                raw = self._version_bytes(name, listed.name)
            except StoreError:
                continue
            if digest(raw) == version:
                try:
                    return decoded(raw)[0]
                except StoreError:
                    return None
        return None

    def version_text(self, name: str, version_name: str) -> str:
        return self.version_with_encoding(name, version_name)[0]

    def version_with_encoding(self, name: str, version_name: str) -> tuple[str, str]:
        """(text, encoding – "" for UTF-8) of a history version, decoded as the history shows the case file."""
        if version_name not in {v.name for v in self.history(name)}:
            raise StoreError("nie ma takiej wersji w historii sprawy")
        path = self._history(name) / version_name
        return decoded(self._version_bytes(name, version_name), f"tej wersji z historii (plik {path})")

    def _version_bytes(self, name: str, version_name: str) -> bytes:
        """A history version's bytes, read as the case file is: never through a link, only a regular file, never
        past the case's size limit – the server reads with rights to every officer's case."""
        from pismo.files.read import Unreadable, read_limited

        path = self._history(name) / version_name
        try:
            raw = read_limited(path, MAX_BYTES, follow=False)
        except Unreadable as exc:
            raise StoreError(f"nie można odczytać tej wersji z historii ({path}: {exc}) – usuń ten plik z folderu "
                             "historii (albo poproś o to administratora)") from None
        if len(raw) > MAX_BYTES:
            raise StoreError(f"ta wersja z historii ({path}) ma ponad {MAX_BYTES // (1024 * 1024)} MB – to nie jest "
                             "kopia zapisana przez pismo; usuń ten plik z folderu historii (albo poproś o to "
                             "administratora)")
        return raw


class UnreadableText(StoreError):
    """Bytes no encoding pismo knows reads whole."""


_WIDE = ((b"\xff\xfe\x00\x00", "utf-32", "UTF-32"), (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
         (b"\xff\xfe", "utf-16", "UTF-16"), (b"\xfe\xff", "utf-16", "UTF-16"))  # the codec takes its mark off


def decoded(raw: bytes, what: str = "pliku sprawy") -> tuple[str, str]:
    """(text, encoding – "" for UTF-8) of a case file's or a history version's bytes: UTF-8 (with or without BOM),
    Notepad's „Unicode” (UTF-16/32, by its mark or its zero bytes) or „ANSI” (Windows-1250, or ISO-8859-2 where
    its letters tell it: see yamlio.latin2). One decoder for the
    history's current file and its versions, so a version is shown and restored with its own letters; bytes no
    encoding reads whole are refused – a „�” written for a letter would be a silent loss."""
    from pismo.case.yamlio import _wide_encoding, latin2

    codecs = [(codec, shown) for mark, codec, shown in _WIDE if raw.startswith(mark)]
    wide = _wide_encoding(raw) if not codecs else None
    if wide:  # no mark: the zero bytes of ASCII text tell the byte order
        little = raw[1:400:2].count(0) > raw[0:400:2].count(0)
        codecs = [(f"{wide.lower()}-{'le' if little else 'be'}", wide)]
    for codec, shown in codecs or [("utf-8-sig", ""), ("cp1250", "Windows-1250")]:
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text and (codec != "cp1250" or not _damaged_utf8(raw)):  # a zero byte is no text
            return (raw.decode("iso-8859-2"), "ISO-8859-2") if codec == "cp1250" and latin2(raw) else (text, shown)
    raise UnreadableText(f"{what} nie da się odczytać: to nie jest tekst w UTF-8, UTF-16 ani Windows-1250 (np. uszkodzony "
                         f"bajt w wierszu {_bad_line(raw)}); otwórz ten plik w edytorze tekstu, popraw ten wiersz i "
                         "zapisz go jako UTF-8")


def _damaged_utf8(raw: bytes) -> bool:
    """UTF-8 text with a few damaged bytes (more of its letters read as UTF-8 than not): read as Windows-1250
    every Polish letter of it would turn into two wrong ones."""
    text = raw.decode("utf-8", "replace")
    letters = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    return letters > text.count("\ufffd")


def _bad_line(raw: bytes) -> int:
    lines = raw.split(b"\n")
    return next((n for n, line in enumerate(lines, 1) if "\ufffd" in line.decode("utf-8", "replace")), 1)


def _own_file(path: Path) -> bool:
    """A regular file itself, not a link, pipe or device (lstat: a link is never followed)."""
    import stat

    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False
