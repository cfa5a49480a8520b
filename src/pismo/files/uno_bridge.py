"""The UNO side of pismo.files.converter: runs in a Python that can `import uno`, not in pismo's own.

LibreOffice's Python bindings live with LibreOffice (its bundled python on
Windows and macOS, Debian's python3-uno for the system python), so pismo starts
this script there. It starts a headless soffice listening on a private pipe,
connects, and converts one document per request: a JSON line {"in", "out", "import", "export"} on
stdin, a JSON line {"ok", "why", …} back on stdout: `why` is a code pismo turns into
Polish ("exited" with "code" and soffice's last "said" output, "not_loaded", "no_answer", "uno" with LibreOffice's own "message"). It imports nothing of pismo.
When stdin closes (its owner ended) it stops soffice and exits; stdin is read
only between documents, so on POSIX a thread also watches the owner and kills
soffice and the bridge within a second of its death (kill -9 of pismo serwer
while LibreOffice was stuck in a document or at start left both running for
good). So no LibreOffice outlives pismo.
"""

import json
import os
import signal
import subprocess
import sys
import threading
import time

import uno  # noqa: F401 – also makes the com.sun.star imports below work
from com.sun.star.beans import PropertyValue

CONNECT_SECONDS = 90


class Failed(Exception):
    """A failure pismo knows by name: said to it as a code and details, never as English text."""

    def __init__(self, why, **details):
        super().__init__(why)
        self.reply = dict(why=why, **details)


def _failure(exc):
    """The reply for a failure: a known one by its code, any other with LibreOffice's own words only (a UNO
    exception's Message; Python's class name and English texts are pismo's to translate, not to show)."""
    if isinstance(exc, Failed):
        return exc.reply
    message = str(getattr(exc, "Message", "") or "").strip()
    return {"why": "uno", "message": message[:300]}


class _Tail:
    """The last bytes soffice wrote (stdout and stderr), read in a thread so it never blocks on a full pipe: its
    own words when it ends at start („Out of memory”), which pismo reads as it reads the CLI's soffice."""

    def __init__(self, stream):
        self.kept = b""
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream):
        try:
            for chunk in iter(lambda: stream.read1(4096), b""):
                self.kept = (self.kept + chunk)[-4096:]
        except (OSError, ValueError):
            pass

    def said(self):
        """The kept bytes as text pismo decodes (latin-1 keeps every byte; pismo picks the encoding)."""
        self._thread.join(timeout=1)  # the last words of a process that just ended may still be in the pipe
        return self.kept.decode("latin-1")


def _ended(office):
    """How soffice ended (its exit code, negative for a signal; None while it still runs): pismo names a limit
    of the session or a kill by it."""
    try:
        return office.wait(timeout=5)
    except subprocess.TimeoutExpired:
        return None


def _property(name, value):
    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def _reply(**message):
    sys.stdout.write(json.dumps(message) + "\n")
    sys.stdout.flush()


def _connect(pipe, office, tail=None):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except Exception:  # NoConnectException while soffice starts
            if office.poll() is not None:
                raise Failed("exited", code=office.returncode, said=tail.said() if tail else "") from None
            if time.monotonic() > deadline:
                raise Failed("no_answer", seconds=CONNECT_SECONDS) from None
            time.sleep(0.1)


def _convert(desktop, source, target, import_filter=None, export_filter="writer_pdf_Export"):
    """One document to PDF; import_filter: the type it is read as (pismo's request names Word's), never detected."""
    load = (_property("Hidden", True), _property("ReadOnly", True),
            _property("MacroExecutionMode", 0),  # NEVER_EXECUTE
            _property("UpdateDocMode", 0))  # NO_UPDATE: links are not followed
    if import_filter:
        load += (_property("FilterName", import_filter),)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, load)
    if document is None:
        raise Failed("not_loaded")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target),
                            (_property("FilterName", export_filter), _property("Overwrite", True)))
    finally:
        document.close(True)


def _stop(office, desktop):
    """Ask soffice to quit (it saves its profile), then kill what is left of it."""
    if desktop is not None and office.poll() is None:
        try:
            desktop.terminate()
            office.wait(timeout=5)
        except Exception:
            pass
    if os.name == "nt":
        if office.poll() is None:
            subprocess.run(["taskkill", "/F", "/T", "/PID", str(office.pid)], capture_output=True)
    elif os.getpgrp() == os.getpid():  # our own process group (pismo starts us so): soffice.bin and us
        os.killpg(os.getpgrp(), signal.SIGKILL)
    elif office.poll() is None:
        office.kill()


def _watch_owner(office, owner):
    """Stop soffice and end the bridge once the process that started the bridge (pid `owner`, given by it: one
    killed before we looked is gone too) is gone (POSIX: the parent changes; a parent-death signal would follow
    the thread that started us, not the process)."""
    if os.name == "nt" or owner <= 1:
        return

    def watch():
        while os.getppid() == owner:
            time.sleep(0.5)
        _stop(office, None)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def main():
    soffice, profile_uri, pipe = sys.argv[1:4]
    owner = int(sys.argv[4]) if len(sys.argv) > 4 else os.getppid()
    try:
        office = subprocess.Popen(
            [soffice, "--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck",
             f"-env:UserInstallation={profile_uri}", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError as exc:  # the program cannot run at all: pismo says why (no profile is to blame)
        _reply(ok=False, why="not_started", errno=exc.errno)
        return
    _watch_owner(office, owner)
    tail = _Tail(office.stdout)
    desktop = None
    try:
        try:
            desktop = _connect(pipe, office, tail)
        except Exception as exc:
            _reply(ok=False, **_failure(exc))
            return
        _reply(ok=True, ready=True)
        for line in sys.stdin:
            request = json.loads(line)
            try:
                _convert(desktop, request["in"], request["out"], request.get("import"),
                         request.get("export") or "writer_pdf_Export")
                _reply(ok=True)
            except Exception as exc:
                lost = "DisposedException" in type(exc).__name__ or office.poll() is not None  # soffice is gone
                _reply(ok=False, dead=lost, **_failure(exc), **({"ended": _ended(office)} if lost else {}))
                if lost:
                    return
    finally:
        _stop(office, desktop)


if __name__ == "__main__":
    main()
