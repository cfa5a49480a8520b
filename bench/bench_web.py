#!/usr/bin/env python3
"""pismo serwer response times (a script, not a test).

Over loopback HTTP against a server in this process, for each example case:

- validation round trip: POST /sprawy/<sprawa>/sprawdz with the whole form (what the
  page sends while typing), next to the core's own work alone (pismo.api.check on the text);
- case page: GET /sprawy/<sprawa> (form, check, documents panel);
- preview of the plan as the user waits for it: GET /sprawy/<sprawa>/podglad/plan and then every
  page image it shows, first with LibreOffice already running (the warm converter, started as
  the server does) and again for the unchanged case (the preview is remembered).

Medians of --repeats runs, milliseconds. Run from the project root:
    .venv/bin/python bench/bench_web.py [--repeats 30] [--no-preview]
The issue's targets: round trip ≤ 100 ms, case page ≤ 200 ms, preview ≤ 1 s once warm.
"""

from __future__ import annotations

import argparse
import http.client
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
CASES = sorted((ROOT / "cases").glob("*.yaml"))


def _timed(call, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


class Client:
    def __init__(self, port: int, token: str) -> None:
        self.port, self.cookie = port, f"pismo-{port}={token}"

    def call(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> bytes:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=300)
        connection.request(method, path, body=body, headers={"Cookie": self.cookie, **(headers or {})})
        response = connection.getresponse()
        data = response.read()
        connection.close()
        if response.status != 200:
            raise SystemExit(f"{method} {path}: HTTP {response.status}")
        return data


def _form(html: str) -> bytes:
    """The form's fields as the browser posts them (inputs and textareas are enough for the timing)."""
    import html as html_lib

    fields = re.findall(r'<input type="(?:text|date|time|hidden)" (?:id="[^"]*" )?name="([^"]*)" value="([^"]*)"', html)
    fields += re.findall(r'<textarea id="[^"]*" name="([^"]*)"[^>]*>(.*?)</textarea>', html, re.S)
    return urllib.parse.urlencode([(html_lib.unescape(k), html_lib.unescape(v)) for k, v in fields]).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--no-preview", action="store_true")
    args = parser.parse_args()

    from pismo import api
    from pismo.web import core
    from pismo.web.server import build

    folder = Path(tempfile.mkdtemp(prefix="pismo-bench-web-"))
    for case in CASES:
        shutil.copy(case, folder / case.name)
    server, url = build(folder, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    app = server.app
    client = Client(server.server_port, app.guard.token)
    rows = []
    try:
        for case in CASES:
            name, text = case.stem, case.read_text(encoding="utf-8")
            page = client.call("GET", f"/sprawy/{name}").decode()
            body = _form(page)
            headers = {"Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": app.guard.csrf}
            check_only = _timed(lambda: api.check(text, name=case.name), args.repeats)
            round_trip = _timed(lambda: client.call("POST", f"/sprawy/{name}/sprawdz", body, headers), args.repeats)
            case_page = _timed(lambda: client.call("GET", f"/sprawy/{name}"), args.repeats)
            listing = _timed(lambda: client.call("GET", "/"), max(3, args.repeats // 5))
            preview = cached = None
            if not args.no_preview and shutil.which("soffice"):
                core.warm_up()  # what the server does when it starts
                client.call("GET", f"/sprawy/{name}/podglad/wniosek")  # LibreOffice's first document is slower

                def whole_preview():
                    html = client.call("GET", f"/sprawy/{name}/podglad/plan").decode()
                    for src in re.findall(r'<img class="strona" src="([^"]+)"', html):
                        client.call("GET", src)
                def first_preview():
                    app.previews = type(app.previews)()  # forget the remembered previews (not LibreOffice)
                    whole_preview()
                preview = _timed(first_preview, max(3, args.repeats // 3))
                cached = _timed(whole_preview, 3)
            rows.append((name, check_only, round_trip, case_page, listing, preview, cached))
    finally:
        server.shutdown()
        core.close()
        shutil.rmtree(folder, ignore_errors=True)

    def ms(value):
        return "–" if value is None else f"{value:.0f}"

    print(f"pismo serwer, medians of {args.repeats} runs, ms (loopback HTTP, server in this process)")
    print(f"{'case':32} {'api.check':>9} {'round trip':>10} {'case page':>9} {'list':>6} {'preview warm':>12} {'preview again':>13}")
    for name, *figures in rows:
        print(f"{name:32} {ms(figures[0]):>9} {ms(figures[1]):>10} {ms(figures[2]):>9} {ms(figures[3]):>6} "
              f"{ms(figures[4]):>12} {ms(figures[5]):>13}")
    print("targets: round trip ≤ 100, case page ≤ 200, preview ≤ 1000 once LibreOffice is warm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
