"""PDF copies of the generated documents, converted by LibreOffice (soffice).

Every run gets its own throw-away LibreOffice profile (two instances sharing a
profile fail silently), one soffice process per output folder, a timeout and
one retry. soffice writes into a temporary folder beside the targets and each
finished PDF is renamed into place, so a half-written PDF is never left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from pathlib import Path

ENV_VAR = "PISMO_SOFFICE"
WINDOWS_SOFFICE = r"C:\Program Files\LibreOffice\program\soffice.exe"
INSTALL_HINT = (
    "Zainstaluj LibreOffice:\n"
    "  Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui fonts-liberation\n"
    "  Windows: pobierz i zainstaluj LibreOffice ze strony https://www.libreoffice.org, a jeśli pismo "
    f"nie znajdzie go samo, podaj ścieżkę do soffice.exe opcją --soffice albo w zmiennej środowiskowej {ENV_VAR}."
)


class PdfUnavailable(Exception):
    """LibreOffice cannot be found; the message is for the user and says how to install it."""


class PdfError(Exception):
    """Conversion refused or failed; the message is for the user."""


def find_soffice(option: str | None = None) -> str:
    """The soffice program: --soffice, then $PISMO_SOFFICE, then PATH, then the usual Windows path."""
    for given, source in ((option, "opcja --soffice"), (os.environ.get(ENV_VAR), f"zmienna {ENV_VAR}")):
        if given:
            found = shutil.which(given)
            if not found:
                raise PdfUnavailable(f"{given} ({source}): nie ma tu programu LibreOffice (soffice).\n{INSTALL_HINT}")
            return found
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if os.name == "nt" and Path(WINDOWS_SOFFICE).is_file():
        return WINDOWS_SOFFICE
    raise PdfUnavailable("Nie znaleziono programu LibreOffice (soffice), potrzebnego do tworzenia PDF.\n"
                         + INSTALL_HINT)


def pdf_path(docx: Path) -> Path:
    """Where the PDF of a .docx goes: beside it, same name."""
    return Path(docx).with_suffix(".pdf")


def check_inputs(docx_paths: list[Path], overwrite: bool = False) -> list[Path]:
    """The .docx files, deduplicated; PdfError for a non-.docx, a missing file or (unless overwrite) an existing PDF."""
    paths = list(dict.fromkeys(Path(p) for p in docx_paths))
    for path in paths:
        if path.suffix.lower() != ".docx":
            raise PdfError(f"{path}: to nie jest dokument Word (.docx) – na PDF zamieniam tylko pliki .docx")
        if not path.is_file():
            raise PdfError(f"{path}: plik nie istnieje")
        if not zipfile.is_zipfile(path):  # LibreOffice would happily "convert" it as plain text
            raise PdfError(f"{path}: plik jest uszkodzony albo to nie jest dokument Word (.docx)")
    existing = [pdf_path(p) for p in paths if pdf_path(p).exists()]
    if existing and not overwrite:
        names = ", ".join(str(p) for p in existing)
        raise PdfError(f"pliki PDF już istnieją: {names} – nic nie zamieniono; aby je zastąpić, użyj --nadpisz")
    return paths


def convert(docx_paths: list[Path], soffice: str, timeout: float = 180, overwrite: bool = False) -> list[Path]:
    """Convert every .docx to a PDF beside it; the PDFs written, in the order given.

    Raises PdfError before converting anything for bad input or existing PDFs
    (unless overwrite), and after converting for files that failed twice; the
    PDFs that did succeed are kept.
    """
    paths = check_inputs(docx_paths, overwrite)
    if not paths:
        return []
    failed, detail = _convert_all(paths, soffice, timeout)
    if failed:
        names = ", ".join(str(p) for p in failed)
        message = f"nie udało się zamienić na PDF (także za drugim razem): {names}"
        if detail:
            message += "\nSzczegóły: " + detail
        raise PdfError(message)
    return [pdf_path(p) for p in paths]


def _convert_all(documents: list[Path], soffice: str, timeout: float) -> tuple[list[Path], str]:
    """Convert all documents in ONE soffice run (retried once); (files still failing, last message).

    Documents from several folders may share names (plan.docx of each case), so
    each is staged under a unique name in one folder beside them all, and each
    finished PDF is moved next to its document.
    """
    root = Path(os.path.commonpath([str(p.resolve().parent) for p in documents]))
    try:
        staging_dir = tempfile.TemporaryDirectory(prefix=".pismo-pdf-", dir=root, ignore_cleanup_errors=True)
    except OSError as exc:
        return list(documents), f"{root}: nie można zapisywać w folderze ({exc.strerror})"
    with staging_dir as staging:
        staged = {}
        for number, document in enumerate(documents):
            copy = Path(staging) / _staged_name(number, document)
            shutil.copyfile(document, copy)
            staged[document] = copy
        out = Path(staging) / "pdf"
        pending = list(documents)
        detail = ""
        for _attempt in range(2):
            clean, detail = _run_soffice(soffice, out, [staged[p] for p in pending], timeout)
            if clean:
                pending = [p for p in pending if not _take(out / pdf_path(staged[p]).name, pdf_path(p))]
            for leftover in out.glob("*.pdf"):  # partial output of a killed or failed run
                leftover.unlink(missing_ok=True)
            if not pending:
                break
    return pending, detail


def _staged_name(number: int, document: Path) -> str:
    """A unique name soffice can read: its own name, unless that holds bytes that are not UTF-8
    (soffice cannot load such a file; the PDF still gets the original name)."""
    try:
        document.name.encode("utf-8")
    except UnicodeEncodeError:
        return f"{number:05d}-dokument{document.suffix}"
    return f"{number:05d}-{document.name}"


def _take(produced: Path, target: Path) -> bool:
    """Move a finished, non-empty PDF into place; False if soffice did not produce it."""
    try:
        with produced.open("rb") as stream:
            if stream.read(4) != b"%PDF":
                return False
        os.replace(produced, target)
    except OSError:
        return False
    return True


def _run_soffice(soffice: str, outdir: Path, documents: list[Path], timeout: float) -> tuple[bool, str]:
    """One soffice run with a fresh profile; (exited cleanly in time, its last output line)."""
    with tempfile.TemporaryDirectory(prefix="pismo-lo-profil-", ignore_cleanup_errors=True) as profile, \
            tempfile.TemporaryFile() as log:
        command = [soffice, "--headless", "--norestore", f"-env:UserInstallation={Path(profile).as_uri()}",
                   "--convert-to", "pdf", "--outdir", str(outdir), *map(str, documents)]
        group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if os.name == "nt"
                 else {"start_new_session": True})
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, **group)
        except OSError as exc:
            return False, f"nie można uruchomić {soffice} ({exc.strerror or exc})"
        try:
            code = process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill_group(process)
            return False, f"przekroczono limit czasu ({timeout:g} s)"
        log.seek(0)
        lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines() if line.strip()]
    if code != 0:
        return False, f"kod wyjścia {code}" + (f": {lines[-1]}" if lines else "")
    return True, lines[-1] if lines else ""


def _kill_group(process: subprocess.Popen) -> None:
    """Kill soffice and everything it started (soffice.bin runs as its child)."""
    try:
        if os.name == "nt":
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, timeout=30)
        else:
            os.killpg(process.pid, signal.SIGKILL)
    except (OSError, subprocess.SubprocessError):
        process.kill()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        pass
