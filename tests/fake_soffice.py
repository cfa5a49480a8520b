"""A stand-in for soffice --convert-to pdf, misbehaving on request (tests of pismo.files.pdf).

Reads FAKE_SOFFICE (comma-separated): hang-on:NAME (sleep when it reaches a
document whose name contains NAME), die-once:NAME (kill itself there, the first
time only), bad-pdf (write a file that only starts with %PDF), upper-pdf (write NAME.PDF), flood (print
100 MB, then fail), fail-if-profile-has:FILE (exit 77 like LibreOffice with a
damaged profile), stop-after:N (quietly stop, exit 0, after N documents, as LibreOffice 7.4 did after 245).
Logs each run as one line to FAKE_SOFFICE_LOG: its process
group, profile and documents.
"""

import os
import signal
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from helpers import MINIMAL_PDF  # noqa: E402

args = sys.argv[1:]
flags = [f for f in os.environ.get("FAKE_SOFFICE", "").split(",") if f]
out = Path(args[args.index("--outdir") + 1])
profile = next(a.split("=", 1)[1] for a in args if a.startswith("-env:UserInstallation="))
documents = [a for a in args if a.endswith(".docx")]
log = os.environ.get("FAKE_SOFFICE_LOG")
if log:
    with open(log, "a", encoding="utf-8") as stream:
        stream.write(f"{os.getpgrp()} {profile} {' '.join(Path(d).name for d in documents)}\n")


def flag(name):
    return next((f.split(":", 1)[1] for f in flags if f.startswith(name + ":")), None)


broken = flag("fail-if-profile-has")
if broken and (Path(profile.removeprefix("file://")) / broken).exists():
    print("LibreOffice - Fatal Error: User installation could not be completed.")
    sys.exit(77)
if "flood" in flags:
    block = b"Error: something went wrong in English\n" * 26000
    for _ in range(100):
        sys.stdout.buffer.write(block)
    sys.exit(1)
out.mkdir(parents=True, exist_ok=True)
if flag("stop-after"):
    documents = documents[:int(flag("stop-after"))]
for document in documents:
    name = Path(document).name
    if flag("hang-on") and flag("hang-on") in name:
        time.sleep(3600)
    die = flag("die-once")
    if die and die in name:
        marker = Path(log or out).with_name("died-once")
        if not marker.exists():
            marker.write_text("x")
            os.kill(os.getpid(), signal.SIGKILL)
    body = b"%PDF-1.7 nothing else" if "bad-pdf" in flags else MINIMAL_PDF
    suffix = ".PDF" if "upper-pdf" in flags else ".pdf"
    (out / Path(document).with_suffix(suffix).name).write_bytes(body)
    time.sleep(0.05 if not flag("stop-after") else 0)
