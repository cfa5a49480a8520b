"""Replacing a case file – the officer's only copy of his work – with a new version checked against the old.

The writers of case files (`pismo odmien`, the web form's „Zapisz”) each read the file, make a new text of
it, and must not throw away a save that came meanwhile (an editor, the other writer). So:

- The case file's name always holds a complete version: the new one is written in full (fsync'ed) to a hidden
  temporary beside it and takes the name by one atomic rename (os.replace) – the old file is never moved
  away first, so a kill (power cut, closed terminal) at any instant leaves the old or the new text there.
- Check and replace are one step against pismo's writers: both hold the folder's lock (folderlock, the one
  every document write, `pismo import`, `nowa` and the web store take), and compare the file with the version
  they read once the lock is theirs and again right before the rename. The temporary is made under the lock
  too, so no other writer's clean-up (output.remove_leftovers) takes it for a killed run's leftover; the
  temporary of a killed run goes with the next write in that folder.
- Owner. The new version is a new file: only root may give it the old one's owner. Another account's save (a
  teammate's web save or `pismo odmien` of a team case) makes the case file his; its old owner keeps an ACL entry of
  his rights (_owner_kept) but may no longer chmod or setfacl it, and every rule keyed on the case file's owner
  (whose folder is used, whom root's run gives the documents) follows the new one. Rewriting the file in place would
  keep the owner but lose the guarantee above (a kill mid-write leaves half a case); refusing would stop a team's
  shared editing – known, told in the README (rev-files18 #14).
- An editor's save takes no pismo lock: it is caught up to the last comparison; one landing in the
  microseconds between that comparison and the rename is lost. No portable call renames only over a file
  that still holds given bytes; moving the old file aside to check it would leave the name empty for a moment.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import struct
from contextlib import contextmanager
from pathlib import Path

from pismo.files import folderlock, output, record
from pismo.polish import as_typed


class ChangedMeanwhile(Exception):
    """The case file no longer holds the version its new text was made from: nothing was written."""


class SharedFile(Exception):
    """The case file has other names (hard links): a rename would give this name the new text and leave the
    others the old one – two case files where the officer has one."""


class ReadOnly(Exception):
    """The case file is read-only (an officer froze the approved plan): a rename would replace it all the same,
    where Word and Notepad refuse. `owner`: the user's name when it is not marked so but another account's, which
    this one may not write (None for a marked one); `sticky`: the owner of another account's file in a folder that
    lets only owners replace files (sticky bit), which this one may write but not rename over; `locked`: locked by its flags (Finder's „Zablokowany”, chattr
    +i), which bind its owner too."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.sticky = output.sticky_owner(Path(path))
        self.owner = output.foreign_owner(Path(path))
        self.locked = output.locked(Path(path))

    def told(self, what: str, todo: str) -> str:
        """The refusal's words: what was not done, and what to do of a marked file (`todo`); another account's
        file named by its owner – its properties are not this officer's to change."""
        if self.sticky and not self.owner:  # one it may not change at all is told so (the owner's sentence)
            return (f"plik sprawy należy do użytkownika {self.sticky}, a folder pozwala zastępować pliki tylko ich "
                    "właścicielom (folder z bitem „sticky”, jak /tmp) – to konto może go zmieniać, ale nie zastąpić "
                    f"nowym; {what}; poproś właściciela o zapis albo skopiuj plik i pracuj na kopii")
        if self.owner:
            return (f"plik sprawy należy do użytkownika {self.owner} i to konto nie może go zmieniać – {what}; poproś właściciela o zmianę "
                    "uprawnień albo skopiuj plik i pracuj na kopii")
        if self.locked:
            return (f"plik sprawy jest zablokowany ({output.LOCKED_HOW}) – {what}; odblokuj go i spróbuj ponownie "
                    "albo skopiuj plik i pracuj na kopii")
        return f"plik sprawy jest tylko do odczytu – {what}; {todo}"


class LockInWay(Exception):
    """A link or folder stands in place of the folder's lock file: the message (Polish) names it and says to
    remove it; nothing was written."""


EMPTY = hashlib.sha256(b"").hexdigest()  # the version of a case file that is not there (a new case)


def version_of(path: Path) -> str:
    """The sha256 of the file's bytes; EMPTY when it is missing."""
    if not os.path.lexists(path):
        return EMPTY
    found = record.sha256_of(path)
    if found is None:
        raise OSError(f"cannot read {path}")
    return found


def replace(path: Path, data: bytes, expected: str, wait: float | None = None) -> None:
    """Put data in place of the case file at path if it still holds the version `expected` (its sha256);
    ChangedMeanwhile otherwise, SharedFile when it has other names (hard links), ReadOnly when it may not be
    written, folderlock.Busy when another pismo holds the folder too long, LockInWay when a link or folder stands
    in place of its lock file, OSError when the file system refuses. The file keeps its permissions, its extended
    attributes (its ACL) and, where the system allows, its owner. Ctrl+C is held back over the last check and the rename: once the new version is in place it raises output.Committed, so the caller still says what it wrote."""
    path = Path(path)
    pressed: list[bool] = []
    try:
        with _locked(path.parent, wait):
            pressed = _replace_locked(path, data, expected)
    except KeyboardInterrupt:
        if not pressed:  # the rename has not happened
            raise
        pressed = [True]  # as the lock was let go: the new version is in place all the same
    with output.uninterrupted() as later:  # on a slow stick or share this takes a while
        output._sync_folder(path.parent)
    if any(pressed) or later:
        raise output.Committed(path.parent, [path])


def _replace_locked(path: Path, data: bytes, expected: str) -> list[bool]:
    """replace() under the folder's lock; the list returned is never empty once the rename is done, and holds
    True when Ctrl+C came meanwhile (a Ctrl+C as the lock is let go comes after it too)."""
    output.remove_leftovers(path.parent)  # under the lock every temporary is a killed run's
    if version_of(path) != expected:
        raise ChangedMeanwhile(str(path))
    old = replaceable(path)
    if old is None:
        temporary = output._write_temp(path.parent, path.name, data)
    else:  # private until it takes the old file's owner, permissions and ACL – before any byte of the text
        temporary = output._write_temp(path.parent, path.name, data, 0o600, lambda temp: owned_as(temp, old, path))
    try:
        with output.uninterrupted() as pressed:
            if version_of(path) != expected:  # a save while the new text went to disk
                raise ChangedMeanwhile(str(path))
            os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return pressed or [False]


def name_refusal(path: Path) -> str | None:
    """Why a new case file may not take this name (None when it may) – for `nowa`, `nowa --z` and `import` alike:
    only a .yaml/.yml name (a case written as manifest.json or plan.docx took the place of a documents folder's
    record or of a document – a typo of -o), a name whose stem can name its documents folder (every generating
    command refuses „x .yaml”), and no other case file of that name for Windows and macOS beside it."""
    path = Path(path)
    if path.suffix.lower() not in (".yaml", ".yml"):
        meant = _yaml_name(path.name)
        if meant is None:  # „.yaml”: the extension is there, the name before it is not
            return f"{path}: brak nazwy przed .yaml – podaj nazwę pliku sprawy, np. sprawa.yaml; nic nie zapisano"
        return (f"{path}: plik sprawy musi mieć rozszerzenie .yaml (np. {as_typed(meant)}) – pismo nie zapisuje "
                "sprawy pod nazwą dokumentu ani wykazu plików; nic nie zapisano")
    if path.name.startswith("-"):  # `pismo sprawdz -y.yaml`, the next step printed, took it for an option
        return (f"{path}: nazwa pliku sprawy nie może zaczynać się od łącznika „-” – polecenia pismo wzięłyby ją za opcję; "
                "podaj inną nazwę, np. sprawa.yaml; nic nie zapisano")
    unusable = output.name_problem(path.stem)
    if unusable:
        return (f"{path}: nazwa pliku nie nadaje się na nazwę folderu dokumentów sprawy – {unusable}; pismo nie "
                "utworzyłoby z niej dokumentów – podaj inną nazwę, np. sprawa.yaml; nic nie zapisano")
    other = twin(path)
    if other is not None and other.suffix.lower() != path.suffix.lower():  # x.yml, X.yml beside x.yaml: two files
        alike = "" if other.stem == path.stem else " (różniącą się tylko wielkością liter albo zapisem polskich liter)"
        return (f"{path}: sprawa „{other.name}” już istnieje w tym folderze i ma tę samą nazwę bez rozszerzenia{alike} – "
                f"dokumenty obu spraw trafiłyby do jednego folderu „{path.stem}”; podaj inną nazwę; nic nie zapisano")
    if other is not None:
        return (f"{path}: sprawa „{other.name}” już istnieje w tym folderze (nazwy różnią się tylko wielkością liter "
                "albo zapisem polskich liter – Windows i macOS biorą je za jedną, a dokumenty obu trafiłyby do jednego "
                "folderu) – podaj inną nazwę; nic nie zapisano")
    return None


def _yaml_name(name: str) -> str | None:
    """The .yaml name a name without that extension was meant to have, None when nothing is left before it: the
    wrong extension dropped with a .yaml before it and trailing dots – Notepad's „sprawa.yaml.txt” (extensions
    hidden, the officer sees „sprawa.yaml”) was advised „sprawa.yaml.yaml”, „sprawa.” „sprawa..yaml” (rev-sys11 #16)."""
    stem = Path(name).stem if Path(name).suffix else name
    while True:
        stem = stem.rstrip(". ")
        if stem.lower() in (".yaml", ".yml"):
            return None
        if Path(stem).suffix.lower() not in (".yaml", ".yml"):
            return f"{stem}.yaml" if stem else None
        stem = Path(stem).stem


def twin(path: Path) -> Path | None:
    """Another case file beside path whose name Windows and macOS take for path's (letter case, the encoding of
    Polish letters; .yaml or .yml): the batch refuses the pair, a share keeps one. None when there is none."""
    path = Path(path)
    key = output.same_name_key(path.stem)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return None  # the writer says why the folder cannot be used
    for name in sorted(names):
        other = path.parent / name
        if (name != path.name and Path(name).suffix.lower() in (".yaml", ".yml")
                and output.same_name_key(Path(name).stem) == key and not output.same_file(other, path)):
            return other
    return None


def replaceable(path: Path) -> os.stat_result | None:
    """The case file's status if a new version may take its name (None when it is not there); SharedFile when it
    has other names (hard links), ReadOnly when it may not be written – for every writer that replaces a case
    file (odmien, the web's „Zapisz”, `pismo import --nadpisz`)."""
    old = os.stat(path) if os.path.lexists(path) else None
    if old is not None and old.st_nlink > 1:
        raise SharedFile(str(path))
    if old is not None and (not old.st_mode & 0o222 or not os.access(path, os.W_OK) or output.sticky_owner(path)
                            or output.locked(path)):
        raise ReadOnly(str(path))
    return old


@contextmanager
def _locked(folder: Path, wait: float | None):
    """The folder's lock; LockInWay when a link or folder is in its file's place (output.lock_in_way)."""
    try:
        with folderlock.holding(folder, wait):
            yield
    except OSError as exc:
        in_way = output.lock_in_way(exc)
        if in_way is None:
            raise
        raise LockInWay(in_way) from None


def owned_as(temporary: Path, old: os.stat_result, source: Path | None = None) -> None:
    """The new version takes the old one's owner and group where the system lets this account give them (a
    service or root saving an officer's 0600 file made it its own, and he could no longer open it), its
    permissions, and the extended attributes of the file at `source` – its ACL among them (a colleague given
    access by an ACL on a shared folder was locked out by one save)."""
    if hasattr(os, "chown"):
        for owner in (old.st_uid, -1):  # else at least the group, which a member may give
            try:
                os.chown(temporary, owner, old.st_gid)
                break
            except OSError:
                continue
    if source is not None and not has_acl(source):
        _no_acl(temporary)
    os.chmod(temporary, old.st_mode & 0o777)
    if source is not None:
        _copy_attributes(source, temporary, old)
    if hasattr(os, "chown") and os.stat(temporary).st_gid != old.st_gid:
        _group_kept(temporary, old.st_gid)
    if hasattr(os, "chown") and os.stat(temporary).st_uid != old.st_uid:
        _owner_kept(temporary, old)


def _no_acl(temporary: Path) -> None:
    """The temporary without the ACL a folder's default gave it (its mode alone then says its rights): a replaced file
    without one keeps exactly its old rights – the default's owning-group entry, cut to --- while the temporary was
    private, shut the team out of a team case saved (`ls -l` still showing its group's r)."""
    try:
        os.removexattr(temporary, _ACL, follow_symlinks=False)
    except (OSError, AttributeError):
        pass  # none, or a system without ACLs


def shared_as(path: Path, source: Path) -> None:
    """A copy of the case file at source (a web history copy), or its history folder, shared as that file is when
    it is shared by an ACL or another account's: its owner, group, permissions and ACL (owned_as); a folder entered
    by whoever may read the file. A colleague's save made them his alone (0700), and locked the officer out of his
    own plan's history and of saving it on the web."""
    old = os.stat(source)
    if old.st_uid == getattr(os, "geteuid", lambda: old.st_uid)() and not has_acl(source, follow=True):
        return  # one's own private or shared file: the mode given to the copy says it all
    owned_as(path, old, source)
    if os.path.isdir(path) and not _acl_changed(path, _entered):
        os.chmod(path, output.folder_mode(old.st_mode & 0o777))


def _no_run(entries):
    """A document's ACL entries: none of its group and named ones runs it (x) – nothing pismo writes is a program, and
    a case's named group entry rwx (a share's default, its mask opened by a setfacl) made every .docx executable."""
    return [(tag, rights & 6 if tag in (_GROUP_OBJ, _USER, _GROUP) else rights, who) for tag, rights, who in entries]


def _entered(entries, own=frozenset()):
    """A folder's ACL entries: whoever may read may enter (x) – but the named entries `own` ((tag, id): the officer
    set them by hand), as she set them: her `setfacl -d -m u:ewa:r` became default:user:ewa:r-x at her next run."""
    return [(tag, rights | (1 if rights & 4 and (tag, who) not in own else 0), who) for tag, rights, who in entries]


_USER_OBJ, _USER, _GROUP_OBJ, _GROUP, _MASK, _OTHER = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
_NO_ID = 0xFFFFFFFF


def _owner_kept(temporary: Path, old: os.stat_result) -> None:
    """The file's owner could not be kept (a colleague given access by an ACL saved it, or a service did): its old
    owner gets an ACL entry of his rights – the ACL's owner entry now means the colleague, and the officer whose
    plan it is was locked out of it. Nothing where the file system has no ACLs."""
    def kept(entries):
        rights = next((p for tag, p, _ in entries if tag == _USER_OBJ), old.st_mode >> 6 & 7)
        return [e for e in entries if not (e[0] == _USER and e[2] == old.st_uid)] + [(_USER, rights, old.st_uid)]

    _acl_changed(temporary, kept)


def owner_like(path: Path, source: Path) -> None:
    """A file or folder another account made from the case file at source (the admin's run as root, a service, a
    teammate) is the case's owner's: given him where the system lets (root may), else he gets an ACL entry of the
    rights its owner has – a private plan's documents were root's, and their officer could open none of them."""
    if not hasattr(os, "fchown"):
        return
    try:
        owner = os.stat(source)
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)  # never a link planted in its place
    except OSError:
        return
    try:
        if owner.st_uid == os.fstat(handle).st_uid or not _an_account(owner.st_uid):
            return  # an archive's uid no account has: the documents would be nobody's but root's
        try:
            os.fchown(handle, owner.st_uid, -1)
        except OSError:
            _owner_kept(path, owner)
    finally:
        os.close(handle)


def may_make_in(folder: int, uid: int) -> bool:
    """Whether the account uid may make a folder in the open folder `folder` (write and enter, as the system decides
    it: its owner, named entry, groups, others) – never one every account may write in (/tmp, a 0777 share)."""
    found = os.fstat(folder)
    if found.st_mode & 0o002:
        return False
    try:
        entries = _effective(_acl_entries(os.getxattr(folder, _ACL)))
    except (OSError, AttributeError):
        entries = []
    return _rights_of(entries or _mode_entries(found.st_mode), found, _USER, uid) & 3 == 3


def primary_group(uid: int) -> int:
    """The account's primary group (-1, none given, where the system has no account database)."""
    try:
        import pwd

        return pwd.getpwuid(uid).pw_gid
    except (ImportError, KeyError):
        return -1


def _an_account(uid: int) -> bool:
    """The uid is an account's of this system (a case file unpacked from another computer's archive keeps its uid)."""
    try:
        import pwd

        pwd.getpwuid(uid)
        return True
    except (ImportError, KeyError):
        return False


def take_group(path: Path, group: int | None) -> None:
    """A new file or folder made from a case file (its documents, manifest, next period, history copies) takes
    that file's `group`, as a setgid folder gives its own: its permissions' group bits are the rights the officer
    gave his team, and under the writer's primary group („users”, „Domain Users”) they opened the private plan to
    every account. Where this account may not give that group, _group_kept. Nothing for None or an equal group."""
    if group is None or not hasattr(os, "chown") or os.lstat(path).st_gid == group:
        return
    try:
        os.chown(path, -1, group, follow_symlinks=False)
    except OSError:
        _group_kept(path, group)


def group_of(source: Path) -> int | None:
    """The group of the file at source, which copies made from it take (take_group); None when it cannot be read."""
    try:
        return os.stat(source).st_gid
    except OSError:
        return None


def _group_kept(temporary: Path, group: int) -> None:
    """The file's group could not be kept (the saver is in none of its groups – why he was given an ACL): the new
    group, the saver's own (often every account's), gets only what every account may (other), and the old group a
    named ACL entry of the rights it really had – else the old group's rights went to the new one, opening the
    private plan to „users” and locking the officer's team out; an empty group entry shut „users” out of a file
    every other account may read. Nothing where the group may do no more than any account (no rights to keep). Where
    the file system has no ACLs the new group gets other's rights all the same."""
    mode = stat.S_IMODE(os.lstat(temporary).st_mode)
    if not mode >> 3 & 7 & ~mode & 7 and not has_acl(temporary):
        return  # a file open to all: no group's rights to keep

    def kept(entries):
        mask = next((p for tag, p, _ in entries if tag == _MASK), 7)
        rights = next((p for tag, p, _ in entries if tag == _GROUP_OBJ), 0) & mask
        anyone = next((p for tag, p, _ in entries if tag == _OTHER), 0)
        entries = [(tag, anyone if tag == _GROUP_OBJ else p, who) for tag, p, who in entries
                   if not (tag == _GROUP and who == group)]
        return entries + [(_GROUP, rights, group)] if rights & ~anyone else entries

    if not _acl_changed(temporary, kept):
        os.chmod(temporary, (mode & 0o707) | (mode & 7) << 3)


def _acl_changed(temporary: Path, change) -> bool:
    """Set the file's ACL to change(its entries) – those its mode stands for when it has none –; each entry the
    change is given holds the rights it really gave (its mask applied), and the new mask lets through exactly what
    the entries then hold: a new entry never widens an old one's rights (a team's entry under a private plan's
    mask 0 opened it to the team). False where the file system (or Python) has no ACLs."""
    try:
        entries = _acl_entries(os.getxattr(temporary, _ACL, follow_symlinks=False))
    except AttributeError:
        return False
    except OSError:
        entries = []
    if not entries:  # no ACL: the one its mode stands for
        mode = os.stat(temporary).st_mode
        entries = [(_USER_OBJ, mode >> 6 & 7, _NO_ID), (_GROUP_OBJ, mode >> 3 & 7, _NO_ID), (_OTHER, mode & 7, _NO_ID)]
    entries = _effective(entries)
    changed = [e for e in change(entries) if e[0] != _MASK]
    entries = changed + [(_MASK, _sum_rights(changed), _NO_ID)]
    data = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in sorted(entries, key=lambda e: (e[0], e[2])))
    try:
        os.setxattr(temporary, _ACL, data, follow_symlinks=False)
    except OSError:
        return False  # a file system without ACLs: nothing more this account may give
    return True


def _effective(entries):
    """ACL entries without their mask, each holding the rights it really gives (the mask applied to the owning
    group and the named entries)."""
    mask = next((p for tag, p, _ in entries if tag == _MASK), 7)
    return [(tag, p & mask if tag in (_GROUP_OBJ, _USER, _GROUP) else p, who) for tag, p, who in entries
            if tag != _MASK]


def _sum_rights(entries) -> int:
    """The rights of the owning group and of every named entry: an ACL's mask that narrows none of them."""
    rights = 0
    for tag, permissions, _ in entries:
        if tag in (_GROUP_OBJ, _USER, _GROUP):
            rights |= permissions
    return rights


def _acl_entries(acl: bytes) -> list[tuple[int, int, int]]:
    """A POSIX ACL's (tag, rights, id) entries from its extended attribute ([] when not one)."""
    try:
        return [struct.unpack_from("<HHI", acl, offset) for offset in range(4, len(acl) - 7, 8)]
    except struct.error:
        return []


_ACL = "system.posix_acl_access"
_DEFAULT = "system.posix_acl_default"


def _copy_attributes(source: Path, temporary: Path, old: os.stat_result) -> None:
    """Each extended attribute the system lets this account set (a security label may not be); when the ACL cannot
    be copied, the group keeps only what the ACL gave it – the mode's group bits are the ACL's mask, wider."""
    try:
        names = os.listxattr(source, follow_symlinks=False)
    except (OSError, AttributeError):  # no extended attributes here (Windows, macOS' Python, some file systems)
        return
    for name in names:
        try:
            os.setxattr(temporary, name, os.getxattr(source, name, follow_symlinks=False))
        except OSError:
            if name == _ACL:
                _narrowed(source, temporary, old)


def _narrowed(source: Path, temporary: Path, old: os.stat_result) -> None:
    """The group bits of the ACL's owning-group entry, never the mask's; none when the ACL cannot be read."""
    os.chmod(temporary, (old.st_mode & 0o707) | (_acl_group(source, 0, follow=False) << 3))


def _acl_group(source: Path, without: int | None, follow: bool = True) -> int | None:
    """The rights of the owning group's entry of the file's ACL (`without` when it has no ACL); 0 when its ACL
    cannot be read – where an ACL is, the mode's group bits are its mask, which may be wider. `follow`: of a link,
    its target's (see _case_acl)."""
    try:
        acl = _case_acl(source) if follow else os.getxattr(source, _ACL, follow_symlinks=False)
    except AttributeError:  # no extended attributes in this Python (Windows, macOS)
        return without
    except OSError as exc:
        return without if exc.errno in (errno.ENODATA, errno.ENOTSUP, errno.EOPNOTSUPP) else 0
    return next((permissions & 0o7 for tag, permissions, _ in _acl_entries(acl) if tag == _GROUP_OBJ), 0)


def readable_by(path: Path, uid: int) -> bool:
    """Whether the account uid may read the file at path, as the system decides it (owner, then its ACL's named
    entry, then its groups, then others): whom pismo may trust with a folder of the file's documents. False for a
    uid no account has."""
    try:
        import pwd

        found = os.stat(path)
        account = pwd.getpwuid(uid)
        groups = set(os.getgrouplist(account.pw_name, account.pw_gid))
    except (ImportError, KeyError, OSError, AttributeError):
        return False
    if uid in (0, found.st_uid):
        return True
    try:
        entries = _acl_entries(_case_acl(path))
    except (OSError, AttributeError):
        entries = []
    if not entries:
        rights = found.st_mode >> 3 & 7 if found.st_gid in groups else found.st_mode & 7
        return bool(rights & 4)
    given = _effective(entries)
    named = [rights for tag, rights, who in given if tag == _USER and who == uid]
    if named:
        return bool(named[0] & 4)
    matched = [rights for tag, rights, who in given if tag == _GROUP and who in groups
               or tag == _GROUP_OBJ and found.st_gid in groups]
    if matched:
        return any(rights & 4 for rights in matched)
    return any(tag == _OTHER and rights & 4 for tag, rights, _ in given)


def passage(source: Path, folder: os.stat_result) -> tuple[int, list[tuple[int, int, int]]]:
    """What a folder on the way to the documents of the case file at source gives whoever may read that file: the
    mode's x bits (others; its group when it is the file's) and named ACL entries of x (the file's named readers,
    its group when it is not the folder's, its owner when he is not the folder's) – passage, never a listing."""
    found = os.stat(source)
    mode = sharing(source)
    bits = (0o001 if mode & 0o004 else 0) | (0o010 if mode & 0o040 and found.st_gid == folder.st_gid else 0)
    named = []
    try:
        entries = _effective(_acl_entries(_case_acl(source)))
    except (OSError, AttributeError):
        entries = []
    named += [(tag, 1, who) for tag, rights, who in entries if tag in (_USER, _GROUP) and rights & 4]
    if mode & 0o040 and found.st_gid != folder.st_gid:
        named.append((_GROUP, 1, found.st_gid))
    if found.st_uid != folder.st_uid:
        named.append((_USER, 1, found.st_uid))
    return bits, named


def let_through(folder: Path, named) -> None:
    """Join passage's `named` entries (x) to the folder's ACL, each with what the folder already gives that user
    through its groups (_rights_of, others' aside – those stay passage): a named entry is matched before the groups,
    and the case owner's `user:anna:--x` on a teammate's team folder took her group's rwx away."""
    found = os.lstat(folder)

    def joined(entries):
        grouped = [e for e in entries if e[0] != _OTHER]
        return _joined(entries, [(tag, rights | _rights_of(grouped, found, tag, who), who) for tag, rights, who in named])

    _acl_changed(folder, joined)


def entered_by(folder: Path, named) -> bool:
    """The folder's ACL already lets each of the named (user or group) entries enter it (x)."""
    if not named:
        return True
    try:
        given = {(tag, who): rights for tag, rights, who in
                 _effective(_acl_entries(os.getxattr(folder, _ACL, follow_symlinks=False)))}
    except (OSError, AttributeError):
        return False
    return all(given.get((tag, who), 0) & 1 for tag, _, who in named)


def named_of(path: Path) -> set[tuple[str, int]]:
    """The file's named ACL entries as („u”/„g”, id) – the users and groups it is shared with by name."""
    try:
        entries = _acl_entries(_case_acl(path))
    except (OSError, AttributeError):
        return set()
    return {("u" if tag == _USER else "g", who) for tag, _, who in entries if tag in (_USER, _GROUP)}


def named_rights(path: Path, acl: str = _ACL) -> dict[tuple[str, int], int]:
    """The file's named ACL entries („u”/„g”, id) with the rights each really gives (its mask applied); `acl`
    _DEFAULT: a folder's default ACL's."""
    try:
        entries = _effective(_acl_entries(os.getxattr(path, acl, follow_symlinks=False)))
    except (OSError, AttributeError):
        return {}
    return {("u" if tag == _USER else "g", who): rights for tag, rights, who in entries if tag in (_USER, _GROUP)}


def default_mode(folder: Path) -> int | None:
    """The permissions the folder's default ACL gives a new file in it (owner, owning group within the mask, others)
    – the kernel applies them instead of the umask; None for a folder without one."""
    try:
        entries = _acl_entries(os.getxattr(folder, _DEFAULT, follow_symlinks=False))
    except (OSError, AttributeError):
        return None
    rights = {tag: p for tag, p, _ in _effective(entries)}
    if not entries:
        return None
    return rights.get(_USER_OBJ, 0) << 6 | rights.get(_GROUP_OBJ, 0) << 3 | rights.get(_OTHER, 0)


def default_named(folder: Path) -> set[tuple[str, int]]:
    """The named entries („u”/„g”, id) of the folder's default ACL – those its new files take from it."""
    try:
        entries = _acl_entries(os.getxattr(folder, _DEFAULT, follow_symlinks=False))
    except (OSError, AttributeError):
        return set()
    return {("u" if tag == _USER else "g", who) for tag, _, who in entries if tag in (_USER, _GROUP)}


def default_named_within(folder: Path, case: Path, made: os.stat_result) -> set[tuple[str, int]]:
    """The named entries („u”/„g”, id) of the folder's default ACL that a folder `made` in it for the case keeps in
    its own default (default_within_case: within what the case file gives) – those its documents really take."""
    try:
        entries = _effective(_acl_entries(os.getxattr(folder, _DEFAULT, follow_symlinks=False)))
    except (OSError, AttributeError):
        return set()
    kept = within_case(0o777, case, made)(entries)
    return {("u" if tag == _USER else "g", who) for tag, _, who in kept if tag in (_USER, _GROUP)}


def as_keys(named: set[tuple[str, int]]) -> set[tuple[int, int]]:
    """Named entries („u”/„g”, id) as ACL (tag, id) keys."""
    return {(_USER if kind == "u" else _GROUP, who) for kind, who in named}


def without_named(path: Path, gone: set[tuple[str, int]]) -> bool:
    """Take the named ACL entries `gone` („u”/„g”, id) from the file or folder – a folder's default ACL too (the
    denial u:ewa:--- it gave every new file outlived the case's) –, never through a link: a colleague taken off the
    case kept his entry on every document rewritten (the replaced file's ACL is kept). False when the system would
    not change it (an immutable file – chattr +i)."""
    if not gone or os.path.islink(path):
        return True
    taken = True
    if named_of(path) & gone:
        taken = _acl_changed(path, lambda entries: _without_keys(entries, gone))
    if default_named(path) & gone:
        try:
            _default_changed(path, lambda entries: _without_keys(entries, gone))
        except OSError:
            taken = False
    return taken


def acl_changeable(path: Path) -> bool:
    """The system lets this account change the file's ACL (its own ACL written back as it is): not an immutable
    (chattr +i) file, nor one on a read-only mount; True for one without an ACL – nothing named to take."""
    try:
        data = os.getxattr(path, _ACL, follow_symlinks=False)
    except (OSError, AttributeError):
        return True
    try:
        os.setxattr(path, _ACL, data, follow_symlinks=False)
    except OSError:
        return False
    return True


def _without_keys(entries, gone):
    return [e for e in entries if not (e[0] in (_USER, _GROUP) and ("u" if e[0] == _USER else "g", e[2]) in gone)]


def with_named(path: Path, named) -> None:
    """Give the file or folder the case file's `named` ACL entries (case_named) with the case's rights – never through
    a link: a colleague the case was shared with after its documents were made was given none of them, one narrowed
    to read kept write, one shut out by an entry of no rights (u:bartek:---) kept reading."""
    if not named or os.path.islink(path):
        return
    if not os.path.isdir(path):
        named = _no_run(named)
    try:
        given = {(t, w): r for t, r, w in _effective(_acl_entries(os.getxattr(path, _ACL, follow_symlinks=False)))}
    except OSError:
        given = {}
    if all(given.get((t, w)) == r for t, r, w in named):
        return
    _acl_changed(path, lambda entries: _named_set(entries, named))


def _named_set(entries, named):
    """ACL entries with each of the `named` (user or group) entries' rights set as `named` gives them."""
    wanted = {(tag, who): rights for tag, rights, who in named}
    kept = [(tag, wanted.pop((tag, who), rights), who) for tag, rights, who in entries]
    return kept + [(tag, rights, who) for (tag, who), rights in wanted.items()]


def read_unlike_case(path: Path, case: Path, keys) -> tuple[set, set]:
    """Of the users and groups `keys` ((tag, id)), those the file or folder lets read (a folder: enter) while the
    case file does not – and those the case lets read but it does not: a file another account owns, which this one
    may not share as the case is shared (a colleague taken off the case kept a teammate's PDF)."""
    found = os.lstat(path)
    try:
        entries = _effective(_acl_entries(os.getxattr(path, _ACL, follow_symlinks=False)))
    except OSError:
        entries = []
    entries = entries or _mode_entries(found.st_mode)
    source = os.stat(case)
    given = _given_by(_case_entries(case), source)
    wider, narrower = set(), set()
    for tag, who in keys:
        want = 4 if _rights_of(given, source, tag, who) & 4 else 0
        have = _rights_of(entries, found, tag, who) & (1 if stat.S_ISDIR(found.st_mode) else 4)
        if have and not want:
            wider.add((tag, who))
        elif want and not have:
            narrower.add((tag, who))
    return wider, narrower


def has_acl(path: Path, follow: bool = False) -> bool:
    """Whether the file has an ACL of its own (beyond what its mode says) – a link none (pismo writes no file through
    one); `follow`: of a case file, its target's (_case_acl)."""
    return _acl_group(path, None, follow) is not None


def _case_acl(source: Path) -> bytes:
    """The ACL of the file a command reads – through a link, its target's, as os.stat and open() see it: read from a
    case file's link (which has none), every rule took its mask for its group's rights and its named readers for
    nobody, and a plan shared with one colleague went to the whole team instead."""
    return os.getxattr(source, _ACL)


def own_mode(source: Path) -> int:
    """The permissions of a copy of the file at source (its history, a case made from it): its own, with the
    owning group's rights from its ACL (never the ACL's mask), never wider than any new file's but for those of its
    group (output.within_new)."""
    return output.within_new(sharing(source))


def sharing(source: Path) -> int:
    """Whom the file at source lets do what: its permissions, with the owning group's rights from its ACL (never
    the ACL's mask) – what a folder of its copies (its web history) follows, so that whoever may change the case
    file may keep its earlier version there. Under an ACL the mode's group bits are its mask: the owning group gets
    what its entry and the mask both let through (a unit folder's default entry r-x under a private plan's mask ---
    gave a PDF of its closed document to the group)."""
    mode = os.stat(source).st_mode & 0o777
    group = _acl_group(source, None)
    return mode if group is None else (mode & 0o707) | ((group & mode >> 3) << 3)


def share_like(source: Path, paths, most: int = 0o7, writing: bool = True, keep=frozenset(),
               owners: bool = True) -> None:
    """A case made from the file at source (`nowa --z`, an import, the web's „Nowy okres”) is shared as it is: the
    source's named ACL entries (with the rights they really gave) join each new file's own – the mode alone left a
    colleague given access by an ACL locked out of the next period's plan. Never the source's owner and owning-group
    entries over the new file's: those mean the new file's owner and group (a colleague who made it, „users”); the
    source's owner and group, when not the new file's, get named entries of their rights instead. The new file's
    own named entries (a team folder's default ACL, take_group's) are kept only within what the source gives the
    same account or group (_within_source) – never widened, and gone for one it shuts out: a folder's default
    entry for a colleague taken off this case let her read its documents and next period. `most`: the rights an
    added entry may give at most; `writing`: False for pismo's record (manifest.json), which no named entry writes
    beyond what the case gives (_most_for); `keep`: those („u”/„g”, id) the officer's own default entry on the
    documents folder gives (hers, kept); `owners`: False for a source that is no case (an imported plan's text) – its
    owner and group are no one's on the case made from it (a download's „users” got a named rw entry on a new team
    case). Nothing where the system has no ACLs."""
    try:
        old, acl = os.stat(source), _case_entries(source)
    except (OSError, AttributeError):
        return
    entries = [(tag, rights & most, who) for tag, rights, who in _effective(acl)]
    named = [entry for entry in entries if entry[0] in (_USER, _GROUP)]
    given = _given_by(acl, old)
    for path in paths:
        try:
            made = os.stat(path)
            extra = list(named)
            if owners and acl and made.st_uid != old.st_uid:
                extra += [(_USER, p, old.st_uid) for tag, p, _ in entries if tag == _USER_OBJ]
            if owners and acl and made.st_gid != old.st_gid:
                extra += [(_GROUP, p, old.st_gid) for tag, p, _ in entries if tag == _GROUP_OBJ and p]
            folder = stat.S_ISDIR(made.st_mode)  # entered by whoever may read in it (its rights are the files')
            if extra or has_acl(path):
                _acl_changed(path, lambda own: (_entered if folder else _no_run)(
                    _joined(_within_source(own, given, old, writing, as_keys(keep)), extra)))
            if folder:  # what the documents folder gives every file made in it later
                _default_changed(path, lambda own: _entered(_within_source(own, given, old)))  # subfolders entered
        except OSError:
            continue  # a file system without ACLs: the mode taken from the source keeps it as private


def _default_changed(folder: Path, change) -> None:
    """Set the folder's default ACL to change(its entries, each with the rights it really gives), its mask letting
    exactly them through; nothing for a folder without one."""
    try:
        entries = _acl_entries(os.getxattr(folder, _DEFAULT, follow_symlinks=False))
    except (OSError, AttributeError):
        return
    if not entries:
        return
    changed = [e for e in change(_effective(entries)) if e[0] != _MASK]
    entries = changed + [(_MASK, _sum_rights(changed), _NO_ID)]
    data = struct.pack("<I", 2) + b"".join(struct.pack("<HHI", *e) for e in sorted(entries, key=lambda e: (e[0], e[2])))
    os.setxattr(folder, _DEFAULT, data, follow_symlinks=False)


def default_within_case(folder: Path, allowed: int, case: Path, own=frozenset()) -> None:
    """The folder's default ACL – what every file made in it later gets (a scan of the signed plan) – within what the
    case file gives (within_case, its owner's entry as it is), entered: a documents folder followed to a case made
    private, or made for one in a team share, kept default:group::rwx, default:group:zespol:rwx for the team. `own`:
    the named entries („u”/„g”, id) the officer gave the folder by hand – hers, kept. The others are pismo's, taken
    from the default of the folder it lies in (the share's, as a folder made there inherits it) each time: narrowed to a
    case made read-only for the team for a while (default:group:zespol:r-x), they follow it back once it gives the team
    rw again – kept narrowed, every file a teammate saved there later was read-only to the team. Those taken from
    that default are judged by the case alone, never kept as the officer's: her hand share of one plan with the
    supervisor (u:ewa:--x on the folder) took the share's default:user:ewa:r-x into the documents folder's, and
    every later document and scan there was the supervisor's to read though the case gives her nothing."""
    keys = as_keys(own)
    found = os.lstat(folder)
    within, by_case = within_case(allowed | 0o700, case, found, keys), within_case(allowed | 0o700, case, found)

    def change(entries):
        mine, taken = _inherited(folder, entries, keys)
        return _entered(within(mine) + by_case(taken), keys - as_keys(named_of(case)))

    _default_changed(folder, change)


def _inherited(folder: Path, entries, own):
    """A documents folder's default ACL entries (effective) as pismo gives them, as (its own, taken): its own entries
    `own` ((tag, id): the officer's) and its named ones the default of the folder it lies in has not, as they are;
    the rest taken from that default – all its entries its own where that folder has no default ACL."""
    try:
        parent = _effective(_acl_entries(os.getxattr(folder.parent, _DEFAULT, follow_symlinks=False)))
    except (OSError, AttributeError):
        return entries, []
    if not parent:
        return entries, []
    theirs = {(tag, who) for tag, _, who in parent}
    mine = [e for e in entries if (e[0], e[2]) in own or e[0] in (_USER, _GROUP) and (e[0], e[2]) not in theirs]
    kept = {(tag, who) for tag, _, who in mine}
    return mine, [e for e in parent if (e[0], e[2]) not in kept]


def _mode_entries(mode: int) -> list[tuple[int, int, int]]:
    """The ACL entries a file's mode stands for when it has no ACL."""
    return [(_USER_OBJ, mode >> 6 & 7, _NO_ID), (_GROUP_OBJ, mode >> 3 & 7, _NO_ID), (_OTHER, mode & 7, _NO_ID)]


def _case_entries(source: Path) -> list[tuple[int, int, int]]:
    """The case file's ACL entries ([] when it has none, or the file system none); OSError when it cannot be read."""
    try:
        return _acl_entries(_case_acl(source))
    except OSError as exc:
        if exc.errno not in (errno.ENODATA, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        return []


def _given_by(acl, source: os.stat_result) -> list[tuple[int, int, int]]:
    """What a file gives each class, mask applied: its ACL's entries, else those its mode stands for."""
    return _effective(acl) if acl else _mode_entries(source.st_mode)


def _within_source(own, given, source: os.stat_result, writing: bool = True, keep=frozenset()):
    """A new file's named entries no wider than what the source (its `given` entries, mask applied) gives the same
    account or group (_most_for) – and none for one it gives nothing; its other entries as they are."""
    kept = []
    for tag, rights, who in own:
        if tag in (_USER, _GROUP) and (tag, who) not in keep:
            rights &= _most_for(given, source, tag, who, writing)
            if not rights:
                continue
        kept.append((tag, rights, who))
    return kept


def _most_for(given, source: os.stat_result, tag: int, who: int, writing: bool = True) -> int:
    """The most a document's named entry may give the user or group `who`: the case file's own entry for it, exactly
    (an entry pismo took from the case follows it both ways – a colleague narrowed to read, or shut out by an entry
    of no rights, kept write or read on every document); else what the case gives him through its owner, its groups
    or others (_rights_of), with write where he may read (the officer's choice for that file: a supervisor's
    edits, a team's of a case it may read) – never less: an entry cut below that denies what the case lets him do.
    Not `writing` (pismo's record, manifest.json): no write beyond the case's – a reader of the case who could write
    the officer's record chose what her next run replaced or removed as pismo's."""
    named = {(t, w): r for t, r, w in given if t in (_USER, _GROUP)}
    if (tag, who) in named:
        return named[(tag, who)]
    rights = _rights_of(given, source, tag, who)
    return _writing_reader(rights) if writing else rights


def _writing_reader(rights: int) -> int:
    """Rights an entry may keep beside what the case gives: its write too where it may read (a supervisor's edits of
    the documents, a team's of a case it may read – as the folder's owner meant)."""
    return rights | (2 if rights & 4 else 0)


def _rights_of(given, source: os.stat_result, tag: int, who: int) -> int:
    """What a file's effective ACL entries (`given`) give the user or group `who` as the system decides it: its
    named entry; else for its owner the owner's rights, for its owning group (or a user in it, or in a named group)
    theirs; else others'. A user's groups come from the account database (none for a uid no account has)."""
    entries = {(t, w): r for t, r, w in given}
    other = entries.get((_OTHER, _NO_ID), 0)
    if (tag, who) in entries:
        return entries[(tag, who)]
    if tag == _GROUP:
        return entries.get((_GROUP_OBJ, _NO_ID), 0) if who == source.st_gid else other
    if who == source.st_uid:
        return entries.get((_USER_OBJ, _NO_ID), 0)
    groups = _groups_of(who)
    matched = [r for (t, w), r in entries.items() if t == _GROUP and w in groups
               or t == _GROUP_OBJ and source.st_gid in groups]
    return _union(matched) if matched else other


def _union(rights) -> int:
    found = 0
    for each in rights:
        found |= each
    return found


def _groups_of(uid: int) -> set[int]:
    """The groups of the account uid (empty for a uid no account has, or where the system has no account database)."""
    try:
        import pwd

        account = pwd.getpwuid(uid)
        return set(os.getgrouplist(account.pw_name, account.pw_gid))
    except (ImportError, KeyError, OSError, AttributeError):
        return set()


def case_named(source: Path) -> list[tuple[int, int, int]]:
    """The named (user and group) ACL entries of the file at source, each with the rights it really gives."""
    try:
        acl = _case_acl(source)
    except (OSError, AttributeError):
        return []
    return [entry for entry in _effective(_acl_entries(acl)) if entry[0] in (_USER, _GROUP)]


def narrowed_acl(path: Path, allowed: int, case: Path | None = None, own=frozenset(), writing: bool = True) -> None:
    """Narrow a file with an ACL to what the `case` file gives (within_case) – else to `allowed`: owner, owning group
    and others no wider than its bits, a named entry no wider than its group bits; the entries `own` ((tag, id): the
    officer gave them by hand) as they are; none runs the file (x). Nothing is written when nothing narrows."""
    try:
        found = os.lstat(path)
        entries = _effective(_acl_entries(os.getxattr(path, _ACL, follow_symlinks=False)))
    except (OSError, AttributeError):
        return
    cut = within_case(allowed, case, found, own, writing)

    def within(entries):  # a document's entries never run it (_no_run): an older run's x goes too
        return _no_run(cut(entries))

    if within(entries) != entries:
        _acl_changed(path, within)


def class_rights(path: Path) -> int:
    """The rights the file gives its owning group and others (mode bits 0o077), an ACL's owning-group entry within
    its mask."""
    return sharing(path) & 0o077


def classes_widened(path: Path, bits: int) -> None:
    """Give the file's owning group and others the rights `bits` (mode bits 0o077) beside theirs – in its ACL's entries
    where it has one (a chmod would set only the mask), never through a link."""
    if not bits or os.path.islink(path):
        return
    if has_acl(path):
        extra = {_GROUP_OBJ: bits >> 3 & 7, _OTHER: bits & 7}
        _acl_changed(path, lambda entries: [(tag, rights | extra.get(tag, 0), who) for tag, rights, who in entries])
        return
    os.chmod(path, stat.S_IMODE(os.lstat(path).st_mode) | bits & 0o077)


def mode_within_case(allowed: int, case: Path | None, found: os.stat_result) -> int:
    """The most a file without an ACL (`found`) may keep of its permissions: within_case of what its mode stands for."""
    entries = within_case(allowed, case, found)(_mode_entries(0o777))
    rights = {tag: r for tag, r, _ in entries}
    return rights.get(_USER_OBJ, 0) << 6 | rights.get(_GROUP_OBJ, 0) << 3 | rights.get(_OTHER, 0)


def within_case(allowed: int, case: Path | None, found: os.stat_result, own=frozenset(), writing: bool = True):
    """A change of a file's (or folder's, `found`) effective ACL entries to no more than the `case` file gives each:
    owner, owning group and others no wider than `allowed`'s bits or what the case gives that account, group or
    others; a named entry no wider than _most_for – one cut to nothing by that goes (what the case gives him through
    his groups then decides), one the case names stays even of no rights (the case's own deny). The umask of the run
    (in `allowed`) never takes from a document what the case gives: a teammate's or the admin's run under umask 077
    wrote `user:bartek:---`, `user:anna:---` into the team's plan. Without a case (or where it cannot be read) a
    named entry is no wider than the group bits. A named entry of `own` ((tag, id)) the case does not name stays as
    it is: the officer gave the document to that account by hand (the plan shared with her supervisor, not the case
    file) – an edit of hers, which a rerun took away silently."""
    base = {_USER_OBJ: allowed >> 6 & 7, _GROUP_OBJ: allowed >> 3 & 7, _OTHER: allowed & 7}
    try:
        source = os.stat(case) if case is not None else None
        given = _given_by(_case_entries(case), source) if source is not None else None
    except (OSError, AttributeError):
        source = given = None
    named = {(t, w) for t, _, w in given or () if t in (_USER, _GROUP)}

    def most(tag, who):
        if given is None:
            return base[tag] if tag in base else _writing_reader(base[_GROUP_OBJ])
        if tag == _USER_OBJ:
            return base[tag] | _rights_of(given, source, _USER, found.st_uid)
        if tag == _GROUP_OBJ:
            return base[tag] | _rights_of(given, source, _GROUP, found.st_gid)
        if tag == _OTHER:
            return base[tag] | next((r for t, r, _ in given if t == _OTHER), 0)
        return _most_for(given, source, tag, who, writing)

    def change(entries):
        kept = []
        for tag, rights, who in entries:
            if tag == _MASK:
                continue
            if (tag, who) in own and (tag, who) not in named:
                kept.append((tag, rights, who))
                continue
            cut = rights & most(tag, who)
            if cut or not rights or tag not in (_USER, _GROUP) or (tag, who) in named:
                kept.append((tag, cut, who))
        return kept

    return change


def _has_default_acl(folder: Path) -> bool:
    try:
        return bool(os.getxattr(folder, _DEFAULT, follow_symlinks=False))
    except (OSError, AttributeError):
        return False


def _joined(entries, named):
    """ACL entries with the `named` (user or group) entries added – one of the same user or group gets both's
    rights."""
    extra = {(tag, who): rights for tag, rights, who in named}
    joined = [(tag, rights | extra.pop((tag, who), 0), who) for tag, rights, who in entries]
    return joined + [(tag, rights, who) for (tag, who), rights in extra.items()]


def mode_from(source: Path) -> int | None:
    """The permissions of a new case file made from the file at source (`nowa --z`, an import, the web's „Nowy
    okres”): its own where narrower than any new file's – the next period of a private plan holds the same
    residents' data – or closed to its group or others (output.given_mode), else None (those of any new file: a
    folder's default ACL applies)."""
    try:
        mode = own_mode(source)
    except OSError:
        return None
    return output.given_mode(mode, source)
