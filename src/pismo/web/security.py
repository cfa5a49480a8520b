"""Who may use the server, and what every answer carries.

Jupyter's model: the server prints a link with a fresh random token; the first
visit with it sets an HttpOnly, SameSite=Strict cookie (named after the port:
cookies do not tell ports apart), and every request without the cookie gets a
Polish 403 page. Every state-changing request carries a CSRF token; the Host
header must be the server's own (no DNS rebinding from a web page).
"""

from __future__ import annotations

import hmac
import secrets

HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # "no-referrer" makes Chromium send "Origin: null" on form posts
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}
SAFE_METHODS = {"GET", "HEAD"}


class Guard:
    def __init__(self, port: int, hosts: set[str], token: str | None = None) -> None:
        self.token = token or secrets.token_urlsafe(32)
        self.csrf = secrets.token_urlsafe(32)
        self.cookie = f"pismo-{port}"
        self.hosts = {h.lower() for h in hosts}

    def host_ok(self, host: str | None) -> bool:
        return bool(host) and host.lower() in self.hosts

    def token_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.token.encode())

    def csrf_ok(self, given: str | None) -> bool:
        return bool(given) and hmac.compare_digest(given.encode(), self.csrf.encode())

    def set_cookie(self, response) -> None:
        response.set_cookie(self.cookie, self.token, httponly=True, samesite="Strict", path="/")

    def origin_ok(self, origin: str | None, host: str) -> bool:
        """A browser's Origin, when sent, must be this server (a page elsewhere cannot post here)."""
        return origin is None or origin in (f"http://{host}",)
