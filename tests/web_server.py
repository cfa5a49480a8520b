"""A `pismo serwer` running in the test process on a free loopback port, over a copy of the example cases."""

from __future__ import annotations

import http.client
import shutil
import threading
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from helpers import CASES


@dataclass
class Running:
    folder: Path
    url: str  # with the token
    port: int
    token: str
    server: object
    cookies: dict = field(default_factory=dict)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
                cookie: bool = True):
        """(status, headers, body bytes), no redirects followed."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        all_headers = dict(headers or {})
        if cookie:
            all_headers["Cookie"] = f"pismo-{self.port}={self.token}"
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        data = response.read()
        connection.close()
        return response.status, response.headers, data

    def get(self, path: str, **kw):
        return self.request("GET", path, **kw)

    def post(self, path: str, fields: list[tuple[str, str]] | dict, **kw):
        body = urllib.parse.urlencode(list(fields.items()) if isinstance(fields, dict) else fields).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **kw.pop("headers", {})}
        return self.request("POST", path, body=body, headers=headers, **kw)

    @property
    def csrf(self) -> str:
        return self.server.app.guard.csrf

    def stop(self) -> None:
        from pismo.web import core

        self.server.shutdown()
        self.server.server_close()
        core.close()  # a preview may have started LibreOffice


def start(tmp_path: Path) -> Running:
    from pismo.web.server import build

    folder = tmp_path / "sprawy"
    folder.mkdir()
    for case in CASES.glob("*.yaml"):
        shutil.copy(case, folder / case.name)
    server, url = build(folder, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    token = url.split("token=", 1)[1]
    return Running(folder, url, server.server_port, token, server)
