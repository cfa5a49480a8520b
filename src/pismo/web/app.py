"""The pages: case list, case form, history, preview, downloads, import (a WSGI app).

Werkzeug gives routing, request parsing with size limits and the loopback server;
Jinja2 (already pismo's) renders the pages; a few lines of our own JavaScript make
the checks live. The pages work as plain HTML forms without it.
"""

from __future__ import annotations

import datetime
import difflib
import errno
import io
import json
import os
import re
import sys
import tempfile
import threading
import unicodedata
import zipfile
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from urllib.parse import quote

import jinja2
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import HTTPException, NotFound, RequestEntityTooLarge
from werkzeug.routing import Map, Rule
from werkzeug.utils import redirect
from werkzeug.wrappers import Request, Response

from pismo import polish
from pismo.case.problems import total
from pismo.importer.sources import PACKAGES
from pismo.web import comments, core, form, jobs, merge, preview, texts
from pismo.web.security import HEADERS, SAFE_METHODS, Guard
from pismo.web.store import Refused as CaseRefused
from pismo.web.store import (GONE, HISTORY, UNCHANGED, Conflict, Store, StoreError, TooBig, UnreadableText, decoded,
                             digest)

MAX_UPLOAD = 10 * 1024 * 1024  # the importer's own limit
# The case form, weighed before any YAML is built from it: writing a 10 MB paste out took 90 s before the
# file's own size limit refused it. A plan's longest text has a few thousand characters.
MAX_FIELD, MAX_FORM, MAX_FIELDS = 100_000, 2_000_000, 20_000
# A case form's body is read this far, so that even its refusal comes back filled (a pasted book: 10 MB is 1.7
# million Polish letters, written "%C5%BC" each); the page's script keeps a bigger one in the page, unsent.
MAX_FORM_BODY = 32 * 1024 * 1024
# What a failure can say: a page only shown changed nothing; a sent form may have been saved before it failed
_FAILED = {
    True: "Nie udało się pokazać tej strony; pliki spraw nie zostały przez nią zmienione. Spróbuj ponownie; jeśli "
          "błąd się powtarza, zgłoś go razem z opisem, co było robione.",
    False: "Nie udało się dokończyć tej czynności. Sprawdź na liście spraw (i w „Historii zmian” sprawy), czy zmiana "
           "została zapisana, zanim spróbujesz ponownie; jeśli błąd się powtarza, zgłoś go razem z opisem, co było "
           "robione.",
}
STATIC = {"pismo.css": "text/css; charset=utf-8", "pismo.js": "text/javascript; charset=utf-8"}

ROUTES = Map([
    Rule("/", endpoint="index", methods=["GET"]),
    Rule("/static/<name>", endpoint="static", methods=["GET"]),
    Rule("/nowa", endpoint="new", methods=["POST"]),
    Rule("/import", endpoint="upload", methods=["POST"]),
    Rule("/nowy-okres", endpoint="next_period", methods=["POST"]),
    Rule("/sprawy/<nazwa>", endpoint="case", methods=["GET", "POST"]),
    Rule("/sprawy/<nazwa>/sprawdz", endpoint="check", methods=["POST"]),
    Rule("/sprawy/<nazwa>/historia", endpoint="history", methods=["GET"]),
    Rule("/sprawy/<nazwa>/historia/<wersja>", endpoint="version", methods=["GET", "POST"]),
    Rule("/sprawy/<nazwa>/podglad/<rodzaj>", endpoint="preview", methods=["GET"]),
    Rule("/sprawy/<nazwa>/podglad/<rodzaj>/<int:plik>/<int:strona>.jpg", endpoint="page_image", methods=["GET"]),
    Rule("/sprawy/<nazwa>/podglad/<rodzaj>/<int:plik>.pdf", endpoint="preview_pdf", methods=["GET"]),
    Rule("/sprawy/<nazwa>/dokumenty.zip", endpoint="zip_all", methods=["GET"]),
    Rule("/sprawy/<nazwa>/pdf", endpoint="pdf_start", methods=["POST"]),
    Rule("/sprawy/<nazwa>/pdf/<zadanie>", endpoint="pdf_job", methods=["GET"]),
    Rule("/sprawy/<nazwa>/pdf/<zadanie>/stan", endpoint="pdf_state", methods=["GET"]),
    Rule("/sprawy/<nazwa>/pdf/<zadanie>/pobierz", endpoint="pdf_download", methods=["GET"]),
    Rule("/sprawy/<nazwa>/publikacja.zip", endpoint="zip_public", methods=["GET"]),
    Rule("/sprawy/<nazwa>/plik/<plik>", endpoint="file", methods=["GET"]),
], strict_slashes=False, merge_slashes=False)


FORM = "formularz"  # a hidden field of the case's form and the conflict page's: a post without it is no form's


class Refused(Exception):
    """A request the user must correct; shown as a Polish page with this status. The message quotes what the
    user typed or the address held: invisible characters in it are shown as U+XXXX (a right-to-left mark
    pasted into a name turned the whole explanation backwards)."""

    def __init__(self, status: int, title: str, message: str, link: tuple[str, str] | None = None,
                 home: bool = True) -> None:
        from pismo.case.yamlio import visible

        super().__init__(message)
        message = message[:1].upper() + message[1:]  # the page's sentence: a reason passed on starts it lowercase
        self.status, self.title, self.message, self.link = status, title, visible(message), link  # link: (href, text)
        self.home = home  # False: the list of cases is no way on (it is the page refused)


_WITHOUT_FOLDER = {"static", "check", "pdf_job", "pdf_state", "pdf_download"}  # pages that read no cases folder
_VERSIONED = re.compile(r"@[0-9a-f]{64}$")  # a restore marker that names its version (see form.RESTORED)


def _unsaved(reason: str) -> str:
    """A save's failure led by „Nie zapisano:” – unless the reason says it already (a read-only file's „… – nie
    zapisano; zdejmij ochronę …” read „nie zapisano” twice)."""
    return _sentence(reason).rstrip(".") if "nie zapisano" in reason else f"Nie zapisano: {reason}"


def _sentence(text: str) -> str:
    """A reason shown alone on a page: a sentence of its own, with a capital and a full stop."""
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _case_url(name: str) -> str:
    """A case's address: its name quoted, so that "#", "%" or "?" in it never lead to another case."""
    return "/sprawy/" + quote(name, safe="")


def _env() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("pismo.web", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["data_pl"] = lambda d: polish.date_words(d, "r.") if d else ""
    env.filters["field_id"] = form.field_id
    env.filters["in_words"] = lambda path: texts.describe(form.parse_path(path)) if path else "plik sprawy"
    env.globals["max_form"] = _number(MAX_FORM)
    env.globals["max_form_n"], env.globals["max_field_n"] = MAX_FORM, MAX_FIELD  # the page names the limit passed
    return env


class App:
    def __init__(self, folder: Path, guard: Guard) -> None:
        self.store = Store(folder)
        self.guard = guard
        self.env = _env()
        self.previews = preview.Previews()
        self.jobs = jobs.Jobs()
        self.loaded: OrderedDict[tuple[str, str], str] = OrderedDict()  # texts pages were loaded from, by (case, version): merge bases
        self.asked: OrderedDict[tuple, dict] = OrderedDict()  # conflict pages by (case, version): asked again
        self.notices: dict[str, str] = {}  # a case's one-time message for its next page (after it was made)
        self.taken: dict[str, str] = {}  # a case's one-time word after a save that made its file the saver's
        self.sent: OrderedDict[tuple[str, str], tuple[str, str]] = OrderedDict()  # see _saved
        self.saving = threading.Lock()

    # --- WSGI ---------------------------------------------------------------------------------------
    def __call__(self, environ, start_response):
        request = Request(environ)
        request.max_content_length = MAX_UPLOAD + 64 * 1024
        request.max_form_memory_size = 2 * 1024 * 1024
        try:
            response = self._guarded(request)
        except Refused as exc:
            response = self.page("blad.html", exc.status, title=exc.title, message=exc.message, link=exc.link,
                                 home=exc.home)
        except RequestEntityTooLarge:
            if request.path == "/import":
                response = self.page("blad.html", 413, title="Plik jest zbyt duży",
                                     message=f"Można przesłać plik do {MAX_UPLOAD // (1024 * 1024)} MB. Nic nie zapisano.")
            else:  # a form: a text pasted into a field (a case form's page keeps it, see pismo.js)
                response = self.page("blad.html", 413, title="Formularz jest zbyt duży",
                                     message=f"Sprawa może mieć najwyżej {_number(MAX_FORM)} znaków tekstu – "
                                             "skróć najdłuższy tekst w formularzu. Nic nie zapisano.")
        except NotFound:
            response = self.page("blad.html", 404, title="Nie ma takiej strony",
                                 message="Sprawdź adres albo wróć do listy spraw.")
        except HTTPException as exc:
            response = self.page("blad.html", exc.code or 400, title="Nieprawidłowe żądanie",
                                 message="Przeglądarka wysłała żądanie, którego serwer nie obsługuje. Wróć do listy spraw.")
        except OSError as exc:  # the system refused (a full temporary folder while an upload is spooled): no bug
            print(f"pismo serwer: {type(exc).__name__}: {exc}", file=sys.stderr)
            status, title, message = _system_refused(exc, request.method in SAFE_METHODS)
            response = self.page("blad.html", status, title=title, message=message)
        except Exception as exc:  # never a traceback in the browser
            print(f"pismo serwer: błąd programu: {type(exc).__name__}: {exc}", file=sys.stderr)
            response = self.page("blad.html", 500, title="Błąd programu", message=_FAILED[request.method in SAFE_METHODS])
        for key, value in HEADERS.items():
            response.headers.setdefault(key, value)
        return response(environ, start_response)

    def _guarded(self, request: Request) -> Response:
        if not self.guard.host_ok(request.host):
            raise Refused(403, "Brak dostępu", "Ten serwer odpowiada tylko pod adresem, który wypisał przy starcie.")
        given = request.args.get("token")
        if given is not None and request.method in SAFE_METHODS:
            if not self.guard.token_ok(given):
                raise Refused(403, "Brak dostępu", _how_to_open(request))
            response = redirect(request.path, code=303)
            self.guard.set_cookie(response)
            return response
        if request.method in SAFE_METHODS and request.path.startswith("/static/"):
            return self.on_static(request, request.path.removeprefix("/static/"))  # no data: the 403 page has its style
        if not self.guard.token_ok(request.cookies.get(self.guard.cookie)):
            raise Refused(403, "Brak dostępu", _how_to_open(request))
        adapter = ROUTES.bind_to_environ(request.environ)
        endpoint, args = adapter.match()
        if endpoint in ("case", "check"):  # before the form is parsed: its body is the one limit, however sent
            request.max_content_length = request.max_form_memory_size = MAX_FORM_BODY
            request.max_form_parts = None  # the fields are counted by _oversized, which says so in the form
        self._refuse_missing_folder(request, endpoint)
        if request.method not in SAFE_METHODS:
            if not self.guard.origin_ok(request.headers.get("Origin"), request.host):
                raise Refused(403, "Formularz wygasł", _STALE)
            sent = request.headers.get("X-CSRF-Token") or request.form.get("csrf")
            if not self.guard.csrf_ok(sent):
                return self._stale(request, endpoint, args)
        return getattr(self, "on_" + endpoint)(request, **args)

    def _refuse_missing_folder(self, request, endpoint: str) -> None:
        """Every page says when the cases folder is gone – but a case form's save (it comes back filled, see
        _save_case), the live check and a finished PDF job's download, which need no folder."""
        if endpoint in _WITHOUT_FOLDER or (endpoint == "case" and request.method == "POST"):
            return
        gone = self.store.missing()
        if gone:
            raise Refused(503, "Folder spraw jest niedostępny", _sentence(gone),  # the list is this same page
                          link=(request.path if request.method == "GET" else "/",
                                "Spróbuj ponownie, gdy folder będzie znów dostępny"), home=False)

    def _stale(self, request, endpoint: str, args: dict) -> Response:
        """A form of a page older than this server (it was restarted and its new link opened): the cookie
        (SameSite=Strict) and the Origin say it is the user's own page. A case form comes back filled, never
        saved unasked; the live check, which changes nothing, answers and hands the page the new CSRF token."""
        if endpoint == "check":
            return self.on_check(request, **args)
        if endpoint != "case":
            raise Refused(403, "Formularz wygasł", _STALE)
        name = self._name(args["nazwa"])
        if not self.store.path(name).exists():
            return self._gone(name, request.form)
        text, _ = self._text(name)
        return self._case_page(name, form.from_form(request.form), text, request.form.get("wersja", ""),
                               unsaved=True, status=409,
                               error="Nie zapisano: program „pismo serwer” uruchomiono ponownie, odkąd otwarto tę "
                                     "stronę. Twoje zmiany są nadal w formularzu – sprawdź je i kliknij „Zapisz” "
                                     "jeszcze raz.")

    def page(self, template: str, status: int = 200, **context) -> Response:
        html = self.env.get_template(template).render(csrf=self.guard.csrf, **context)
        return Response(html, status=status, content_type="text/html; charset=utf-8")

    # --- static -----------------------------------------------------------------------------------
    def on_static(self, request, name):
        if name not in STATIC:
            raise NotFound()
        data = resources.files("pismo.web").joinpath("static", name).read_bytes()
        return Response(data, content_type=STATIC[name])

    # --- case list ----------------------------------------------------------------------------------
    def on_index(self, request):
        cases = [self._guarded_summary(name) for name in self.store.names()]
        return self.page("lista.html", cases=cases, notice=request.args.get("komunikat", ""),
                         skipped=self.store.skipped(), deleted=self.store.deleted())

    def _guarded_summary(self, name: str) -> dict:
        """One case's row; a failure of pismo on one case shows in its row and never takes the list down."""
        try:
            return self._summary(name)
        except Exception as exc:  # a bug: said in the row, the details for the authors on the server's console
            print(f"pismo serwer: błąd programu przy sprawdzaniu sprawy {name}: {type(exc).__name__}: {exc}",
                  file=sys.stderr)
            return {"name": name, "district": "", "period": "", "next": None, "overdue": [], "level": "blad",
                    "status": "nie udało się sprawdzić",
                    "reason": "Błąd programu – otwórz plik w Notatniku albo zgłoś błąd."}

    def _summary(self, name: str) -> dict:
        info = {"name": name, "district": "", "period": "", "status": "", "reason": "", "level": "", "next": None,
                "overdue": []}  # status: a word or two kept on one line; reason: a sentence wrapping under it
        try:
            text, _ = self.store.text(name)
        except StoreError as exc:
            info.update(status="nie można odczytać", reason=_sentence(str(exc)), level="blad")
            return info
        checked = core.check(text, name)
        data = checked.data if isinstance(checked.data, dict) else (form.load(text) or {})
        if isinstance(data, dict):
            info["district"] = _districts(data)
            info["period"] = _period(data.get("okres"))
        errors, unfilled = total(checked.errors), checked.unfilled
        if errors:
            info.update(status=f"błędy: {errors}", level="blad")
        elif unfilled:
            info.update(status=f"do uzupełnienia: {polish.count(unfilled, 'pole', 'pola', 'pól')}", level="uwaga")
        else:
            info.update(status="gotowa", level="ok")
        today = datetime.date.today()
        info["overdue"] = [t for t in checked.pending if t.overdue(today)]
        coming = [t for t in checked.pending if not t.overdue(today)]
        info["next"] = coming[0] if coming else None
        return info

    # --- new case, import, next period ------------------------------------------------------------------
    def _new_name(self, request) -> str:
        name = (request.form.get("nazwa") or "").strip()
        if name.lower().endswith((".yaml", ".yml")):  # the extension is added: „rejon-3.yaml” made rejon-3.yaml.yaml
            name = name.rsplit(".", 1)[0].rstrip()
        problem = core.name_problem(name) or (  # `pismo sprawdz -rejon.yaml` reads a leading dash as an option
            "nazwa nie może zaczynać się od łącznika „-”" if name.startswith("-") else None)
        if problem:
            raise Refused(400, "Nieprawidłowa nazwa sprawy",
                          f"Nazwa „{name}” nie nadaje się na nazwę pliku: {problem}. Podaj inną, np. rejon-3-2026.")
        return name

    def _created(self, name: str, text: str, source: str | None = None) -> Response:
        try:
            self.store.create(name, text, source)
        except StoreError as exc:
            raise Refused(400, "Nie utworzono sprawy", _sentence(str(exc))) from None
        return redirect(_case_url(name), code=303)

    def on_new(self, request):
        return self._created(self._new_name(request), core.skeleton())

    def on_upload(self, request):
        name = self._new_name(request)
        upload = request.files.get("plik")
        data = upload.read(MAX_UPLOAD + 1) if upload else b""
        if not upload or not upload.filename:
            raise Refused(400, "Nie wybrano pliku", "Wybierz plik planu (.docx albo .txt) i spróbuj ponownie.")
        if not data:  # chosen, but nothing in it (a save Word did not finish, a file still syncing)
            raise Refused(400, "Plik jest pusty", f"Plik „{_file_shown(upload.filename)}” jest pusty (0 bajtów) – wybierz plik "
                                                  "z treścią planu (.docx albo .txt). Nic nie zapisano.")
        if len(data) > MAX_UPLOAD:
            raise RequestEntityTooLarge()
        suffix = _sniff(data)
        with tempfile.TemporaryDirectory(prefix="pismo-import-") as folder:
            path = Path(folder) / f"plan{suffix}"  # never the user's file name
            path.write_bytes(data)
            try:
                plans = core.import_plan(path)
            except core.ImportRefused as exc:
                raise Refused(400, "Nie zaimportowano planu", f"{exc}. Nic nie zapisano.") from None
            warnings = core.import_warnings(path)
        response = self._created(name, plans[0][1]) if len(plans) == 1 else self._created_several(name, plans)
        if warnings:  # what the import left out, as `pismo import` prints it
            first = name if len(plans) == 1 else f"{name}-{plans[0][0]}"
            shown = polish.some_of(warnings, 5, "inna", "; ")  # uwagi
            self.notices[first] = " ".join(filter(None, [self.notices.get(first, ""), f"Uwaga: {shown}."]))
        return response

    def _created_several(self, name: str, plans: list[tuple[str, str]]) -> Response:
        """A page of several plans: one case each ("nazwa-rejon-5"), all or none; the first opens with the list."""
        names = [f"{name}-{label}" for label, _text in plans]
        for new in names:
            problem = core.name_problem(new)
            if problem:
                raise Refused(400, "Nie utworzono spraw", f"Nazwa „{new}” (plan z tego pliku): {problem}. Podaj inną "
                                                          "nazwę. Nic nie zapisano.")
        try:
            self.store.create_all([(new, text) for new, (_label, text) in zip(names, plans)])
        except StoreError as exc:
            raise Refused(400, "Nie utworzono spraw", f"{exc} (plan z tego pliku). Nic nie zapisano.") from None
        self.notices[names[0]] = (f"Plik zawierał {polish.count(len(plans), 'plan', 'plany', 'planów')} – utworzono osobną "
                                  "sprawę dla każdego: " + ", ".join(names) + ".")
        return redirect(_case_url(names[0]), code=303)

    def on_next_period(self, request):
        name = self._new_name(request)
        source = request.form.get("z") or ""
        try:
            text, _ = self._text(source)
        except StoreError as exc:  # a name no case can have
            raise Refused(400, "Nie utworzono sprawy", f"{exc}.") from None
        except Refused as exc:  # gone since the list loaded: named as its own page names it, with its history
            raise Refused(exc.status, "Nie utworzono sprawy", exc.message, exc.link) from None
        try:
            new_text, notes = core.next_period(text, f"{source}.yaml")
        except core.NoNextPeriod as exc:
            raise Refused(400, "Nie utworzono sprawy", self._why_no_next(source, text, str(exc))) from None
        response = self._created(name, new_text, source)
        notes = [_in_form_words(n) for n in notes]
        self.notices[name] = (f"Utworzono sprawę na nowy okres na podstawie „{source}”: daty przesunięto, realizację "
                              "i protokoły usunięto. Sprawdź: " + "; ".join(notes) + "." if notes else
                              f"Utworzono sprawę na nowy okres na podstawie „{source}”: daty przesunięto, realizację "
                              "i protokoły usunięto.")
        return response

    def _why_no_next(self, source: str, text: str, reason: str) -> str:
        """Why no next period: a previous plan with errors sends the user to its page, where they are shown
        by field (the shared step's own text names YAML paths and a command)."""
        errors = core.check(text, source).errors
        if errors:
            return (f"Poprzedni plan „{source}” ma błędy – otwórz go z listy spraw, popraw je i spróbuj ponownie. "
                    f"Pierwszy: {_listed(errors[:1])}.")
        return _in_form_words(reason)

    # --- the case form ------------------------------------------------------------------------------
    def _text(self, name: str) -> tuple[str, str]:
        try:
            return self.store.text(name)
        except StoreError as exc:
            if not self.store.path(name).exists():
                other = self.store.stray(name)
                if other:  # before the history: renamed, not deleted – a restore would hide the newest text
                    raise Refused(404, "Nie ma takiej sprawy", f"W folderze jest plik „{other}”, którego lista spraw "
                                  f"nie pokazuje – zmień jego nazwę na „{name}.yaml”, a sprawa się pojawi (z "
                                  "historią zmian).") from None
                if self.store.history(name):  # deleted or moved away in Explorer: its versions are the way back
                    raise Refused(404, "Nie ma takiej sprawy", f"W folderze nie ma już pliku sprawy „{name}” (usunięto "
                                  "go albo przeniesiono). Jej wcześniejsze wersje są w historii – otwórz wybraną i "
                                  "kliknij „Przywróć tę wersję”, a plik sprawy powstanie na nowo.",
                                  (f"{_case_url(name)}/historia", f"Historia zmian sprawy {name}")) from None
                raise Refused(404, "Nie ma takiej sprawy", f"W folderze nie ma sprawy „{name}”.") from None
            raise Refused(400, "Nie można otworzyć sprawy",
                          _sentence(f"pliku sprawy „{name}.yaml” nie da się odczytać: {exc}")) from None

    def _name(self, nazwa: str) -> str:
        """The case an address names: an existing case's name written in other Unicode forms of its letters
        (decomposed, as macOS Finder copies „ż”) is that case – never a second file that looks the same."""
        try:
            path = self.store.path(nazwa)
        except StoreError as exc:
            raise Refused(400, "Nieprawidłowa nazwa sprawy", str(exc)) from None
        if path.exists():
            return nazwa
        same = unicodedata.normalize("NFC", nazwa)
        return next((n for n in self.store.names() if unicodedata.normalize("NFC", n) == same), nazwa)

    def on_case(self, request, nazwa):
        name = self._name(nazwa)
        if request.method == "POST":
            with self.saving:  # one save at a time: a double click's second send meets what the first wrote
                return self._save_case(request, name)
        text, version = self._text(name)
        data = form.load_cached(text)
        unread = core.unread(text, name, data) if isinstance(data, dict) else None
        if not isinstance(data, dict) or unread:
            return self._unreadable(name, text, unread)
        notice = " ".join(filter(None, [self.notices.pop(name, "") or _saved_notice(request.args),
                                        self.taken.pop(name, "")]))
        self._remember(name, version, text)
        return self._case_page(name, data, text, version, notice=notice, checks=_to_check(text))

    def _save_case(self, request, name: str) -> Response:
        if request.form.get(FORM) != "sprawa":
            raise Refused(400, "Nie zapisano", f"Wysłane dane nie pochodzą z formularza sprawy „{name}” (nie ma w "
                          "nich jego pól), więc nic nie zapisano – zapis zastąpiłby sprawę pustą. Otwórz sprawę z "
                          "listy spraw, wpisz zmiany w formularzu i kliknij „Zapisz”.")
        repeated = form.repeated_origin(request.form.items(multi=True))
        if repeated:
            raise Refused(400, "Nie zapisano", _repeated_origin(name, *repeated))
        gone = self.store.missing()
        if gone:  # the version stays the page's: saved again once the folder is back, it is no new file
            return self._set_aside(name, request.form, f"Nie zapisano: {gone}.", request.form.get("wersja", ""))
        if not self.store.path(name).exists():
            if request.form.get("wersja") != GONE:
                return self._gone(name, request.form)
            text, version = "", GONE  # told it was gone, the user saves it again: a new file
        else:
            try:
                text, version = self._text(name)
            except Refused as exc:  # the file cannot be read now (made a folder, too big, no permission): one sentence
                why = exc.message[:1].lower() + exc.message[1:]
                return self._set_aside(name, request.form, f"Nie zapisano – {why}", request.form.get("wersja", ""))
        page_version = request.form.get("wersja", "")
        came_from = request.form.get("bazowa", "") if page_version == GONE else ""  # a gone file's page: see _gone
        too_big = _oversized(request.form)
        if too_big:  # the user's text stays in the form, said instead of the checks
            return self._case_page(name, form.from_form(request.form), text, page_version, unsaved=True, status=413,
                                   too_big=too_big, came_from=came_from)
        missing = merge.unanswered(request.form.items(multi=True))
        if missing:
            return self._ask_again(name, request.form, page_version, missing)
        posted = merge.chosen(request.form.items(multi=True))  # as the conflict page's choices make it
        data = form.from_form(MultiDict(posted))
        action = request.form.get("akcja", "zapisz")
        wanted = _confirming(action, request.form)
        if action != "zapisz" and wanted is None:
            focus = form.apply_action(data, action)
            return self._case_page(name, data, form.plain_text(data), page_version, focus=focus, unsaved=True,
                                   came_from=came_from,
                                   notice="Zmiany nie są jeszcze zapisane – kliknij „Zapisz”.")
        original = self._readable(name, text, came_from or page_version)
        base = form.load_cached(original) if original.strip() else None
        keep = merge.untouched(base, posted) if isinstance(base, dict) else frozenset()
        rebuilt = form.give_donors(data, lambda version: self._loaded_text(name, version))
        merged, kept = form.to_text(original, data, keep)
        not_written = []
        if wanted:
            merged, not_written = core.confirm_forms(merged, name, wanted)
        again = self.sent.get((name, page_version))
        if again and again[0] == version and _same_values(text, merged):  # the same form sent twice
            return redirect(again[1], code=303)
        if not wanted and _same_values(text, merged):  # only the file's spacing or line ends would change
            return redirect(f"{_case_url(name)}?bez_zmian=1", code=303)
        owner = self.store.owner(name)
        try:
            previous = self.store.save(name, merged, page_version)
        except Conflict as exc:
            return self._conflict(name, MultiDict(_confirmed(posted, wanted)), came_from or page_version, merged,
                                  exc.kept)  # a gone file's page: compared with the version it came from
        except StoreError as exc:
            return self._case_page(name, form.load(merged), text, page_version, unsaved=True, came_from=came_from,
                                   status=413 if isinstance(exc, TooBig) else 409 if isinstance(exc, CaseRefused)
                                   else 500, error=f"{_unsaved(str(exc))}. Zmiany są nadal w formularzu" +
                                         ("." if isinstance(exc, TooBig) else " – kliknij „Zapisz” ponownie, gdy "
                                          "przyczyna zniknie."))
        if previous == UNCHANGED and not wanted:
            return redirect(f"{_case_url(name)}?bez_zmian=1", code=303)
        self._tell_taken(name, owner)
        query = f"zapisano=1&o={datetime.datetime.now():%H%M}" + ("&historia=1" if previous and previous != UNCHANGED else "") + ("" if kept else "&komentarze=0")
        gone = comments.lost(original, merged) if kept else []
        query += f"&bez_komentarzy={','.join(map(str, gone[:5]))}" if gone else ""
        query += f"&odtworzono={rebuilt}" if rebuilt else ""
        query += "&bez_wersji=1" if page_version == GONE and not original.strip() else ""
        if wanted:
            query += f"&slownik={len(wanted) - len(not_written)}" + (f"&niewpisane={len(not_written)}" if not_written else "")
        return self._saved(name, page_version, f"{_case_url(name)}?{query}")

    def _tell_taken(self, name: str, before: int | None) -> None:
        """A save by another account than the case file's owner makes a new file, the saver's – only root may give
        it back (pismo.files.casefile): the saver is told on the page after the save, once, so that the team
        knows who may now change the file's permissions (rev-files18 #14)."""
        me, after = getattr(os, "geteuid", lambda: None)(), self.store.owner(name)
        if None in (before, me) or before == me or after != me:
            return
        from pismo.files.output import _user_name

        was = _user_name(before)
        self.taken[name] = (f"Plik sprawy „{name}.yaml” należał do użytkownika {was} – zapis utworzył go na nowo i "
                            f"teraz jego właścicielem jest Twoje konto ({_user_name(me)}). {was} nie może już zmieniać "
                            "jego uprawnień (np. uczynić sprawy prywatną) – może to zrobić Twoje konto albo "
                            "administrator.")

    def _readable(self, name: str, text: str, page_version: str) -> str:
        """The text a save lays the form over: the disk's, or – the disk's left unreadable (a half-typed edit in
        a text editor) or empty – the version the page was loaded from, so that the form's version kept for the conflict
        page (and saved whole from there) has the file's comments and layout, not none."""
        if text.strip() and isinstance(form.load_cached(text), dict):
            return text  # emptied (Notepad's Ctrl+A, Delete): the loaded version's comments, as for unreadable
        loaded = self._loaded_text(name, page_version)
        return loaded if loaded and isinstance(form.load_cached(loaded), dict) else text

    def _loaded_text(self, name: str, version: str) -> str | None:
        """The text this case's page was loaded from (its version), while pismo remembers it or history keeps
        it – another case's version is none of this one's."""
        return (self.loaded.get((name, version)) or self.store.text_of_version(name, version)) if version else None

    def _saved(self, name: str, page_version: str, location: str) -> Response:
        """The answer to a save, remembered by the version its page was loaded from: a double click on „Zapisz”
        sends the form again from that version, which is no conflict but the same save (see _save_case)."""
        try:
            self.sent[(name, page_version)] = (self.store.text(name)[1], location)
        except StoreError:
            pass  # the file gone at once: a second send is told so
        while len(self.sent) > 64:
            self.sent.popitem(last=False)
        return redirect(location, code=303)

    def _ask_again(self, name, posted, page_version: str, missing: list[str]) -> Response:
        """A conflict page posted with a question unanswered: nothing is saved, the same page asks again (or,
        the page no longer known, the form comes back filled) – an unanswered field is never dropped."""
        where = ", ".join(f"„{texts.describe(form.parse_path(key))}”" for key in missing)
        why = (f"Nie zapisano – nie wybrano wersji pola: {where}. Zaznacz przy nim „Twoja wersja” albo „Wersja z "
               "dysku” i kliknij „Zapisz” ponownie.")
        page = self.asked.get((name, page_version))
        if page is None:
            return self._set_aside(name, posted, why, page_version)
        return self.page("konflikt.html", 409, **{**page, "error": why})

    def _gone(self, name, posted) -> Response:
        """The case file was moved, renamed or deleted while its page was open; a second „Zapisz” writes it anew,
        laid over the version the page came from (carried as „bazowa”: its comments and layout, see _readable)."""
        version = posted.get("wersja", "")
        came_from = posted.get("bazowa", "") if version == GONE else version
        other = self.store.stray(name)
        then = (f" W folderze jest plik „{other}”, którego lista spraw nie pokazuje – jeśli to ta sprawa, zmień "
                f"jego nazwę na „{name}.yaml” i otwórz ją z listy spraw; „Zapisz” utworzy plik „{name}.yaml” obok "
                "niego." if other else f" Jeśli sprawa ma nową nazwę, otwórz ją z listy spraw; „Zapisz” utworzy "
                f"plik „{name}.yaml” na nowo.")
        return self._set_aside(name, posted, f"Nie zapisano: w folderze spraw nie ma już pliku „{name}.yaml” "
                                             "(przeniesiono go, zmieniono mu nazwę albo usunięto).", GONE, came_from,
                               then=then)

    def _set_aside(self, name, posted, why: str, version: str, came_from: str = "", then: str = "") -> Response:
        """A form that cannot be saved now: its version is kept in history, as for a conflict, and the form
        comes back filled – never a page that drops what was typed."""
        data = form.from_form(MultiDict(merge.chosen(posted.items(multi=True))))
        text = form.plain_text(data)
        try:
            kept = f" Twoja wersja z formularza jest zachowana w historii: {HISTORY}/{name}/{self.store.keep_rejected(name, text).name}."
        except StoreError:
            kept = ""
        return self._case_page(name, data, text, version, unsaved=True, status=409, came_from=came_from,
                               error=f"{why}{kept} Zmiany są nadal w formularzu.{then}")

    def _remember(self, name: str, version: str, text: str) -> None:
        self.loaded[(name, version)] = text
        self.loaded.move_to_end((name, version))
        while len(self.loaded) > 64:
            self.loaded.popitem(last=False)

    def _conflict(self, name, posted, page_version, mine_text, kept):
        """The file changed since the page was loaded: what the user changed goes onto the disk's version,
        fields changed on both sides are the user's choice (the form's whole version is kept in history)."""
        theirs_text, theirs_version = self._text(name)
        base_text = self._loaded_text(name, page_version)
        base, theirs = (form.load(base_text) if base_text is not None else None), form.load(theirs_text)
        found = None
        if isinstance(base, dict) and isinstance(theirs, dict):
            found = merge.three_way(form.posted(base), posted.items(multi=True), form.posted(theirs),
                                    lambda version: self._loaded_text(name, version))
            found.fields = [(key, f"{value}@{page_version}" if key.endswith(form.RESTORED) and not _VERSIONED.search(value) else value)
                            for key, value in found.fields]  # a restore carried into a later page keeps its version
            self._remember(name, theirs_version, theirs_text)
            if found.empty:
                return redirect(f"{_case_url(name)}?bez_zmian=1&na_dysku=1", code=303)
        page = dict(name=name, kept=kept, version=theirs_version, merge=found, absent=merge.ABSENT,
                    left_out=merge.LEFT_OUT, order=merge.ORDER, asked_mark=merge.ASKED,
                    why=_why_not_merged(base, theirs, theirs_text, name, base_text is not None), diff=_diff(theirs_text, mine_text), error="")
        self.asked[(name, theirs_version)] = page
        while len(self.asked) > 16:
            self.asked.popitem(last=False)
        return self.page("konflikt.html", 409, **page)

    def _case_page(self, name, data, text, version, notice="", focus=None, unsaved=False, status=200, error="",
                   checks=None, too_big="", came_from=""):
        checked = core.check(text, name)
        widgets = form.widgets(data, checked.derived)
        paths = _paths(widgets)
        marked = {(path, message) for path, (_, message) in checked.derived.items()}  # the field's mark says it
        shown = [] if too_big else [p for p in checked.problems if (p.path, p.message) not in marked]
        messages = _attach(shown, paths)
        checks = {_nearest(path, paths): note for path, note in (checks or {}).items()}
        return self.page("sprawa.html", status, name=name, widgets=widgets, checked=checked, messages=messages,
                         version=version, came_from=came_from, notice=notice, error=error, focus=form.field_id(focus) if focus else "",
                         unsaved=unsaved, checks=checks or {}, too_big=too_big,
                         summary=[] if too_big else _summary_items(checked, paths),
                         suggestions=_suggestions(widgets),
                         public_kinds=core.public_kinds(), label=core.label)

    def _unreadable(self, name, text, problems=None):
        """The file in a text editor's terms: a form is built only from what the checker reads."""
        problems = problems or core.check(text, name).errors
        return self.page("nieczytelna.html", 200, name=name, problems=problems, text=text)

    def on_check(self, request, nazwa):
        name = self._name(nazwa)
        text, _ = self._text(name)
        data = form.from_form(request.form)
        too_big = _oversized(request.form)  # said instead of the checks; the documents are the saved file's
        checked = core.check(text if too_big else form.plain_text(data), name)  # no comments to keep here
        paths = _paths(form.widgets(data))
        messages = {} if too_big else _attach(checked.problems, paths)
        body = {
            "csrf": self.guard.csrf,  # a page older than a restart takes the new token (cross-origin cannot read it)
            "fields": {form.field_id(path): [{"severity": p.severity, "message": p.message} for p in found]
                       for path, found in messages.items() if path},
            "summary": self.env.get_template("_podsumowanie.html").render(
                summary=[] if too_big else _summary_items(checked, paths), checked=checked, too_big=too_big),
            "documents": self.env.get_template("_dokumenty.html").render(csrf=self.guard.csrf, 
                name=name, checked=checked, unsaved=True, public_kinds=core.public_kinds(), label=core.label),
        }
        return Response(json.dumps(body, ensure_ascii=False), content_type="application/json; charset=utf-8")

    # --- history ----------------------------------------------------------------------------------------
    def on_history(self, request, nazwa):
        name = self._name(nazwa)
        _, version, _, _ = self._current(name)
        return self.page("historia.html", name=name, versions=self.store.history(name), deleted=version == GONE)

    def _current(self, name: str) -> tuple[str, str, str, str]:
        """(text, version, why it cannot be read, its encoding) of the case file for its history: a file not in UTF-8
        (Notepad's „ANSI” or „Unicode”) is decoded as the history's versions are – its history and „Przywróć”
        must open, they are the way back."""
        try:
            return (*self._text(name), "", "")
        except Refused as exc:
            if not os.path.lexists(self.store.path(name)) and not self.store.stray(name) and self.store.history(name):
                return "", GONE, "", ""  # deleted: a restore makes the file anew (see Store.deleted)
            try:
                raw = self.store.read(name)
            except StoreError:
                raise exc from None
            try:
                text, encoding = decoded(raw)
            except UnreadableText as unreadable:
                return "", digest(raw), f"{exc.message}; {unreadable}", ""
            return text, digest(raw), exc.message, encoding

    def on_version(self, request, nazwa, wersja):
        name = self._name(nazwa)
        current, version, unreadable, current_encoding = self._current(name)
        try:
            text, encoding = self.store.version_with_encoding(name, wersja)
        except UnreadableText as exc:
            raise Refused(400, "Nie można odczytać wersji", f"{exc}.") from None
        except StoreError as exc:  # the title said it already: where to look, and the way there
            raise Refused(404, "Nie ma takiej wersji", _sentence(f"{exc} „{name}” – sprawdź adres albo otwórz "
                                                                 "historię sprawy i wybierz wersję z listy"),
                          link=(f"{_case_url(name)}/historia", f"Historia zmian sprawy {name}")) from None
        if request.method == "POST":
            owner = self.store.owner(name)
            try:
                self.store.save(name, text, request.form.get("wersja", ""))
            except Conflict as exc:
                raise Refused(409, "Nie przywrócono", f"{exc}.") from None
            except StoreError as exc:
                raise Refused(500, "Nie przywrócono", str(exc)) from None
            self._tell_taken(name, owner)
            converted = f"&kodowanie={quote(encoding)}" if encoding else ""
            anew = "&na_nowo=1" if version == GONE else ""
            return redirect(f"{_case_url(name)}?przywrocono=1{converted}{anew}", code=303)
        return self.page("wersja.html", name=name, version_name=wersja, text=text, current_version=version,
                         diff=_diff(current, text), unreadable=unreadable, encoding=encoding,
                         current_encoding=current_encoding, deleted=version == GONE)

    # --- documents ----------------------------------------------------------------------------------------
    def _render(self, name: str, kinds: list[str], manifest: bool = False) -> list[tuple[str, bytes]]:
        text, _ = self._text(name)
        try:
            return core.render(text, name, kinds, with_manifest=manifest)
        except core.NoRoom as exc:  # the documents are made through the temporary folder (the zip of all)
            raise Refused(507, "Brak miejsca na dysku", f"Nie udało się utworzyć dokumentów: {exc}.") from None
        except core.CannotMake as exc:
            raise Refused(400, "Nie można utworzyć dokumentów",
                          f"Dokument powstaje z zapisanej wersji sprawy – popraw w niej najpierw: {_listed(exc.problems)}. "
                          "Jeśli już to poprawiono w formularzu, kliknij tam „Zapisz”.") from None

    def _possible(self, name: str) -> list[str]:
        text, _ = self._text(name)
        return core.makeable(text, name)

    def on_zip_all(self, request, nazwa):
        name = self._name(nazwa)
        kinds = self._makeable_or_refuse(name)
        return _zip_response(f"{name}-dokumenty.zip", self._render(name, kinds, manifest=True))

    def _makeable_or_refuse(self, name: str) -> list[str]:
        kinds = self._possible(name)
        if not kinds:
            raise Refused(400, "Brak dokumentów", "Z tej sprawy nie można jeszcze utworzyć żadnego dokumentu – "
                                                  f"{self._what_to_do(name)}.")
        return kinds

    def _what_to_do(self, name: str) -> str:
        """Why no document can be made, as the case's page shows it: a file the form cannot show, errors, or
        only fields still to fill in."""
        text, _ = self._text(name)
        data = form.load_cached(text)
        if not isinstance(data, dict) or core.unread(text, name, data):
            return "pliku sprawy nie da się odczytać; otwórz sprawę – strona pokaże wiersz, który trzeba poprawić w edytorze tekstu"
        if core.check(text, name).errors:
            return "popraw błędy pokazane w formularzu"
        return "uzupełnij pola oznaczone w formularzu jako do uzupełnienia"

    # --- the zip with PDFs: a background job the page follows ---------------------------------------------
    def on_pdf_start(self, request, nazwa):
        name = self._name(nazwa)
        text, version = self._text(name)
        kinds = self._makeable_or_refuse(name)
        if _no_pdf():
            raise Refused(503, "Brak LibreOffice", _no_pdf())

        def work(job):
            try:
                files = core.render(text, name, kinds, with_manifest=True)
            except core.CannotMake as exc:
                raise jobs.JobFailed(f"popraw najpierw w zapisanej wersji sprawy: {_listed(exc.problems)}") from None
            except core.NoRoom as exc:
                raise jobs.JobFailed(str(exc)) from None
            documents = [(f, d) for f, d in files if f.endswith(".docx")]
            job.total = len(documents)
            pdfs = []
            for filename, data in documents:
                try:
                    pdfs.append((filename[:-5] + ".pdf", core.to_pdf_again(data)))
                except core.NoPdf as exc:
                    raise jobs.JobFailed(core.not_made(exc, filename)) from None
                job.done += 1
            job.message = f"{polish.count(len(pdfs), 'dokument', 'dokumenty', 'dokumentów')} PDF i pliki Worda w jednym pliku .zip."
            return f"{name}-dokumenty-pdf.zip", _zipped(files + pdfs)
        job = self.jobs.start(name, version, work)
        return redirect(f"{_case_url(name)}/pdf/{job.id}", code=303)

    def _job(self, nazwa, zadanie) -> jobs.Job:
        job = self.jobs.get(self._name(nazwa), zadanie)
        if job is None:
            raise Refused(404, "Nie ma takiego zadania", "To zadanie już nie istnieje (np. program uruchomiono "
                                                         "ponownie). Wróć do sprawy i kliknij „Pobierz z PDF” jeszcze raz.")
        return job

    def on_pdf_job(self, request, nazwa, zadanie):
        job = self._job(nazwa, zadanie)
        return self.page("postep.html", name=job.case, job=job)

    def on_pdf_state(self, request, nazwa, zadanie):
        body = self._job(nazwa, zadanie).state_json()
        return Response(json.dumps(body, ensure_ascii=False), content_type="application/json; charset=utf-8")

    def on_pdf_download(self, request, nazwa, zadanie):
        job = self._job(nazwa, zadanie)
        if job.state != "gotowe":
            return redirect(f"{_case_url(job.case)}/pdf/{job.id}", code=303)
        return _download(job.filename, job.data)

    def on_zip_public(self, request, nazwa):
        name = self._name(nazwa)
        files = []
        for kind in core.public_kinds():
            try:
                files += self._render(name, [kind])
            except Refused:
                continue
        if not files:
            raise Refused(400, "Brak wersji do publikacji", "Planu ani informacji nie można jeszcze utworzyć – "
                                                            f"{self._what_to_do(name)}.")
        return _zip_response(f"{name}-publikacja.zip", files)

    def on_file(self, request, nazwa, plik):
        name = self._name(nazwa)
        kinds = self._possible(name) + core.public_kinds()
        for kind in kinds:
            try:
                files = self._render(name, [kind])
            except Refused:
                continue
            for filename, data in files:
                if filename == plik:
                    return _download(filename, data)
        raise Refused(404, "Nie ma takiego dokumentu", f"Sprawa „{name}” nie daje teraz dokumentu „{plik}”.")

    # --- preview ----------------------------------------------------------------------------------------
    def _kind(self, rodzaj: str) -> str:
        if rodzaj not in core.kinds() + core.public_kinds():
            raise Refused(404, "Nie ma takiego dokumentu", f"Nieznany rodzaj dokumentu „{rodzaj}”.")
        return rodzaj

    def _preview(self, nazwa: str, rodzaj: str) -> tuple[str, str, preview.Preview]:
        name, kind = self._name(nazwa), self._kind(rodzaj)
        text, _ = self._text(name)

        def render():
            return [(f, d) for f, d in self._render(name, [kind]) if f.endswith(".docx")]
        return name, kind, self.previews.get(text, kind, render)

    def on_preview(self, request, nazwa, rodzaj):
        name, kind, shown = self._preview(nazwa, rodzaj)
        return self.page("podglad.html", name=name, kind=kind, label=core.label(kind), documents=shown.documents,
                         more=shown.more, no_pdf=_no_pdf())

    def _document(self, nazwa, rodzaj, plik) -> preview.Document:
        documents = self._preview(nazwa, rodzaj)[2].documents
        if not 0 <= plik < len(documents):
            raise NotFound()
        return documents[plik]

    def on_page_image(self, request, nazwa, rodzaj, plik, strona):
        pages = self._document(nazwa, rodzaj, plik).pages
        if not 1 <= strona <= len(pages):
            raise NotFound()
        return Response(pages[strona - 1], content_type="image/jpeg")

    def on_preview_pdf(self, request, nazwa, rodzaj, plik):
        document = self._document(nazwa, rodzaj, plik)
        if not document.pdf:
            raise Refused(404, "Brak PDF", "Tego dokumentu nie zamieniono na PDF – pobierz go jako .docx.")
        response = Response(document.pdf, content_type="application/pdf")
        response.headers["Content-Disposition"] = "inline"  # the browser's own PDF viewer
        return response


def _how_to_open(request) -> str:
    """The 403 page's advice, naming the address the user reached (localhost, [::1], a colleague's computer name:
    the printed link's start on this computer). A refused form says it was not saved, and how to keep the edit."""
    text = (f"Otwórz stronę przez link, który program „pismo serwer” wypisał w oknie, w którym go uruchomiono "
            f"(zaczyna się od http://{request.host}/ i zawiera „?token=”). Jeśli okno zamknięto, uruchom program "
            "ponownie i użyj nowego linku.")
    if request.method in SAFE_METHODS:
        return text
    return ("Nie zapisano: program „pismo serwer” uruchomiono ponownie albo link wygasł. " + text +
            " Potem wróć do karty z formularzem (przyciskiem Wstecz, Alt+←) – jeśli wpisany tekst wciąż tam jest, "
            "kliknij „Zapisz” ponownie; jeśli go nie ma, przepisz zmiany.")


_STALE = ("Ta strona pochodzi sprzed ponownego uruchomienia programu „pismo serwer” albo spoza niego – niczego nie "
          "zmieniono. Wróć do listy spraw i wykonaj czynność ponownie.")


_NO_LIBREOFFICE = ("PDF tworzy program LibreOffice, którego nie znaleziono na tym komputerze. Windows: zainstaluj "
                   "LibreOffice ze strony libreoffice.org (albo poproś administratora); Linux: sudo apt-get install "
                   "libreoffice-writer-nogui. Dokumenty Worda pobierzesz bez niego przyciskiem „Pobierz wszystkie (.zip)”.")


def _no_pdf() -> str:
    """Why no PDF can be made ("" when it can): a PISMO_SOFFICE pointing nowhere is named, not „install it”."""
    import os

    from pismo.files.soffice import ENV_VAR

    if core.pdf_available():
        return ""
    if os.environ.get(ENV_VAR):
        return (f"{core.pdf_missing()} Po poprawieniu albo usunięciu zmiennej {ENV_VAR} uruchom „pismo serwer” "
                "ponownie. Dokumenty Worda pobierzesz bez LibreOffice przyciskiem „Pobierz wszystkie (.zip)”.")
    return _NO_LIBREOFFICE


def _why_not_merged(base, theirs, theirs_text: str, name: str, known: bool = True) -> str:
    """Why the conflict page cannot compare field by field: the disk's version unreadable (where, so that the
    user can judge saving the whole form over it), or the starting version no longer known. known: whether the
    form's version kept was laid over the version the page came from (see _readable) – over an emptied file
    without it, the form's version has none of the file's comments, said before „Zapisz całą moją wersję”."""
    if isinstance(theirs, dict):
        return ("Nie da się już ustalić, od której wersji zaczęto edycję (np. program uruchomiono ponownie), więc "
                "nie można porównać zmian pole po polu.")
    if not theirs_text.strip():
        return "Plik na dysku jest teraz pusty, więc nie można porównać zmian pole po polu." + ("" if known else (
            " Twoja wersja z formularza nie ma komentarzy z pliku (np. nagłówków sekcji i uwag na końcach wierszy) – "
            "pismo nie pamięta już wersji, od której zaczęto edycję; poprzednie wersje z komentarzami są w historii."))
    errors = core.check(theirs_text, name).errors
    where = (f" (wiersz {errors[0].line}, kolumna {errors[0].column}: {errors[0].message})"
             if errors and errors[0].line else f" ({errors[0].message})" if errors else "")
    return f"Wersji z dysku nie da się odczytać{where}, więc nie można porównać zmian pole po polu."


def _period(okres) -> str:
    """The list's period column, only for a period the checks accept: a reversed period or a date with a
    time is the case's error, told in its status, not a failure of the list."""
    start, end = (okres.get("od"), okres.get("do")) if isinstance(okres, dict) else (None, None)
    if not (type(start) is type(end) is datetime.date) or start > end:
        return ""
    return polish.period_numeric(start, end, "r.")


def _districts(data: dict) -> str:
    """The list's „Rejon” column from the file as it is (valid or not): 3; 5 i 6; or the area without a number –
    each as the file writes it (`0x1F` was shown as 31)."""
    entries = [data.get("rejon")] if data.get("rejon") is not None else data.get("rejony")
    numbers = [form.written(r["numer"]) for r in entries or []
               if isinstance(r, dict) and _district_number(r.get("numer"))] if isinstance(entries, list) else []
    if numbers:
        return _cut(polish.join_and(numbers, "i"))
    teren = data.get("teren")
    return _cut(f"teren {teren}") if isinstance(teren, str) else ""


def _cut(cell: str, most: int = 60) -> str:
    """A cell of the list cut to a column's width: a district's number or area is a few words – a value of 1 600
    letters (its case's page names the field's error) made every row of the list a column of its own."""
    return cell if len(cell) <= most else cell[:most - 1] + "…"


def _district_number(value) -> bool:
    """A value a district's number can be (13, „XIII”, „3a”): anything else YAML builds (true, a list, a set,
    !!binary's bytes, inf) was shown as Python writes it – its case's page names the field's error."""
    return isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip() != ""


def _confirmed(posted: list[tuple[str, str]], wanted: dict[str, str] | None) -> list[tuple[str, str]]:
    """The posted fields with the dictionary's forms the user confirmed no longer marked as only shown: the merge
    took them for the page's pre-filled values, so the conflict page dropped the confirmation; now it lists it as
    the user's change and its „Zapisz” writes it."""
    marks = {key + form.SUGGESTED for key in wanted or {}}
    return [(key, value) for key, value in posted if key not in marks]


def _confirming(action: str, posted) -> dict[str, str] | None:
    """The dictionary's forms a "Potwierdź" button confirms (path -> value shown), or None for another action."""
    if action == "potwierdz-wszystkie":
        return form.suggested(posted)
    if action.startswith("potwierdz:"):
        path = action.removeprefix("potwierdz:")
        return {k: v for k, v in form.suggested(posted).items() if k == path}
    return None


def _suggestions(widgets) -> int:
    count = 0

    def walk(ws):
        nonlocal count
        for w in ws:
            count += bool(w.derived)
            walk(w.children)
    walk(widgets)
    return count


def _same_values(old: str, new: str) -> bool:
    """Whether two texts of a case hold the same values: the form writes a file out in its own spacing (trailing
    spaces, a final line end, one kind of line end), and saving only that added a version to the history."""
    from pismo.case.problems import CaseError
    from pismo.case.yamlio import parse_case_bytes

    try:
        return parse_case_bytes(Path("a.yaml"), old.encode()).data == parse_case_bytes(Path("b.yaml"), new.encode()).data
    except CaseError:
        return False


def _oversized(posted) -> str | None:
    """Why the case form is too big to be written (a field, all its text, or its number of fields), or None."""
    count = size = 0
    for name, value in posted.items(multi=True):
        length = len(value) - value.count("\r\n")  # as stored: the browser sends each line break as CRLF
        count, size = count + 1, size + len(name) + length
        if length > MAX_FIELD:
            chars = polish.plural(length, "znak", "znaki", "znaków")
            return (f"pole „{_field_label(name)}” ma {_number(length)} {chars}, a jedno pole może mieć najwyżej "
                    f"{_number(MAX_FIELD)} – skróć ten tekst")
    if size > MAX_FORM or count > MAX_FIELDS:
        return (f"formularz ma {_number(size)} znaków w {_number(count)} polach, a sprawa może mieć najwyżej "
                f"{_number(MAX_FORM)} znaków w {_number(MAX_FIELDS)} polach – skróć najdłuższe teksty")
    return None


def _listed(problems) -> str:
    """Problems named as the form names their fields (never a YAML path: the web user sees none)."""
    return "; ".join(f"{_field_label(p.path)}: {p.message}" if p.path else p.message for p in problems[:5])


def _in_form_words(text: str) -> str:
    """A message of the shared next-period step with its field paths ("spotkania[0].data", "okres.do") told by
    their form labels."""
    return _PERIOD_PATH.sub(lambda m: _field_label(m.group(0)), text)


# a path has an index or a dot („okres.od”, „spotkania[0].protokol”), or is a top key opening a note
# („realizacja: usunięto”): the sentence's own words „okres”, „okresu”, „spotkania” stay
_PERIOD_PATH = re.compile(r"\b(?:okres|spotkania|dzialania|realizacja)(?:\[\d+\]|\.[a-z_]+)+(?!\w)|^realizacja(?=:)")


def _field_label(name: str) -> str:
    try:
        return texts.describe(form.parse_path(name)) if len(name) <= 200 else "(nazwa zbyt długa)"
    except ValueError:
        return name


def _file_shown(name: str, most: int = 100) -> str:
    """A file name the user chose, cut in the middle when long (its start and its extension kept): a name of 5 000
    letters quoted whole ran past the page's edge."""
    return name if len(name) <= most else f"{name[:most - 31]}…{name[-30:]}"


def _number(n: int) -> str:
    return f"{n:,}".replace(",", "\u00a0")


_ENCODINGS = ("Windows-1250", "ISO-8859-2", "UTF-16", "UTF-32")  # store.decoded's names, the only ones a notice repeats


def _repeated_origin(name: str, earlier: str, item: str) -> str:
    """The refusal of a post whose two items claim one item of the file (form.repeated_origin), each named as the
    page names it."""
    first, second = (texts.describe(form.parse_path(path)) for path in (earlier, item))
    return (f"Wysłane dane nie pochodzą z formularza sprawy „{name}”: {first} i {second} podają, że są tym samym "
            "elementem pliku sprawy, a formularz nigdy tak ich nie wysyła – nic nie zapisano. Otwórz sprawę z listy "
            "spraw, wpisz zmiany w formularzu i kliknij „Zapisz”.")


def _saved_notice(args) -> str:
    if args.get("przywrocono"):
        encoding = args.get("kodowanie", "")
        converted = f" (była zapisana w kodowaniu {encoding} – zapisano ją w UTF-8)" if encoding in _ENCODINGS else ""
        if args.get("na_nowo"):
            return f"Przywrócono wybraną wersję{converted} – plik sprawy, którego nie było w folderze, utworzono na nowo."
        return f"Przywrócono wybraną wersję{converted}; wersja sprzed przywrócenia jest w historii."
    if args.get("bez_zmian"):
        return "Bez zmian – nic nie zapisano" + (": plik sprawy ma już te zmiany (zapisane w międzyczasie, np. w innej "
                                                 "karcie albo w wierszu poleceń)." if args.get("na_dysku") else ".")
    if not args.get("zapisano"):
        return ""
    at = args.get("o", "")  # the time of the save, carried in the address: a reload later must not say „now”
    text = f"Zapisano o {at[:2]}:{at[2:]}" if re.fullmatch(r"([01]\d|2[0-3])[0-5]\d", at) else "Zapisano"
    text += "; poprzednia wersja w historii." if args.get("historia") else "."
    if args.get("slownik", "0") != "0":
        text += f" Wpisano do pliku formy ze słownika: {args['slownik']}."
    if args.get("niewpisane"):
        text += (f" Nie wpisano form ze słownika: {args['niewpisane']} (zmieniły się po zmianie nazwy albo nie dało się "
                 "ich umieścić w pliku) – sprawdź je w formularzu i potwierdź ponownie.")
    if args.get("komentarze") == "0":
        text += " Komentarzy z pliku nie dało się zachować (plik nie był poprawnym YAML); poprzednia wersja jest w historii."
    if args.get("bez_wersji"):
        text += (" Plik sprawy utworzono na nowo z formularza – bez komentarzy i układu poprzedniego pliku (pismo nie "
                 "ma już wersji, z której otwarto formularz).")
    if args.get("odtworzono", "").isdigit():
        text += (f" Przywróconych elementów odtworzonych z formularza, bez ich komentarzy i układu z pliku: "
                 f"{args['odtworzono']} (pismo nie ma już wersji, z której je przywrócono) – poprzednia wersja jest w historii.")
    lines = [n for n in args.get("bez_komentarzy", "").split(",") if n.isdigit()][:5]
    if lines:
        where = f"komentarza z wiersza {lines[0]}" if len(lines) == 1 else f"komentarzy z wierszy {', '.join(lines)}"
        text += (f" Nie zachowano {where} poprzedniej wersji pliku (komentarz wewnątrz nawiasów […] lub {{…}}, przy wyczyszczonym polu albo "
                 "w usuniętym elemencie listy) – poprzednia wersja jest w historii.")
    return text


def _paths(widgets) -> set[str]:
    out = set()

    def walk(ws):
        for w in ws:
            out.add(w.path)
            walk(w.children)
    walk(widgets)
    return out


def _attach(problems, paths: set[str]) -> dict[str, list]:
    """Problems by the path of the field that shows them: the nearest field of the form above their path."""
    out: dict[str, list] = {}
    for problem in problems:
        shown = out.setdefault(_nearest(problem.path, paths), [])
        if not any(p.severity == problem.severity and p.message == problem.message for p in shown):
            shown.append(problem)  # two lines of one field with the same message: once
    return out


def _nearest(path: str, paths: set[str]) -> str:
    """The path itself when the form has a field for it, else its nearest parent that has one."""
    while path and path not in paths:
        path = re.sub(r"(\[\d+\]|\.?[^.\[]+)$", "", path)
    return path


def _summary_items(checked, paths):
    items = []
    for problem in checked.problems:
        path = _nearest(problem.path, paths)
        items.append({"problem": problem, "target": form.field_id(path) if path else "",
                      "where": texts.describe(form.parse_path(path)) if path else ""})
    return items


def _to_check(text: str) -> dict[str, str]:
    """The importer's "# DO SPRAWDZENIA:" comments (all their lines), by the field that follows each."""
    from pismo.case.problems import CaseError, dotted
    from pismo.case.yamlio import parse_case_bytes

    lines = text.split("\n")
    marked, current = [], None
    for number, line in enumerate(lines, 1):
        comment = line.strip()
        if comment.startswith("# DO SPRAWDZENIA:"):
            current = [number, comment.removeprefix("# DO SPRAWDZENIA:").strip()]
            marked.append(current)
        elif current and comment.startswith("#"):
            current[1] += " " + comment.lstrip("# ").strip()
        else:
            current = None
    if not marked:
        return {}
    try:
        document = parse_case_bytes(Path("sprawa.yaml"), text.encode("utf-8"))
    except CaseError:
        return {}
    starts = {**{loc: at for loc, at in document.positions.items() if loc and isinstance(loc[-1], int)},
              **document.key_positions}  # where each field's line begins: its key, or a list item's dash
    by_line = sorted((line, len(loc), loc) for loc, (line, _) in starts.items() if loc)
    out: dict[str, str] = {}
    for line, note in marked:
        following = [entry for entry in by_line if entry[0] > line]
        if following:
            path = dotted(following[0][2])
            out[path] = (out[path] + " " + note) if path in out else note
    return out


def _diff(old: str, new: str) -> list[tuple[str, str]]:
    rows = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), "na dysku", "nowa", lineterm="", n=2):
        kind = "dodane" if line.startswith("+") else "usuniete" if line.startswith("-") else "kontekst"
        rows.append((kind, line))
    return rows[2:]


def _sniff(data: bytes) -> str:
    """The suffix the importer reads an upload by, from its content (never the file's name). A Word package, or a
    file a .docx is mistaken for (a PDF, an old .doc, an OpenDocument zip), goes to the Word reader, which names
    what it is; anything else to the text reader, which tells the encodings apart and refuses what is no text –
    the same answers as `pismo import`."""
    if data.startswith(PACKAGES) or zipfile.is_zipfile(io.BytesIO(data)):
        return ".docx"
    return ".txt"


def _zipped(files) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


_FULL = {getattr(errno, name) for name in ("ENOSPC", "EDQUOT") if hasattr(errno, name)}


def _system_refused(exc: OSError, safe: bool) -> tuple[int, str, str]:
    """(status, title, text) of an OSError no handler foresaw – werkzeug spools a form over 500 kB (an imported
    file) to a temporary file before any page sees it: a full temporary folder is named, never „zgłoś błąd”."""
    from pismo.errors import visible
    from pismo.files.read import os_reason

    done = ("Nie udało się pokazać tej strony; pliki spraw nie zostały przez nią zmienione" if safe else
            "Nie udało się dokończyć tej czynności – sprawdź na liście spraw, czy zmiana została zapisana")
    if exc.errno in _FULL:
        said = core.no_room() or (f"brak miejsca na dysku – zwolnij miejsce w folderze tymczasowym "
                                  f"{tempfile.gettempdir()} albo na dysku folderu spraw i spróbuj ponownie")
        return 507, "Brak miejsca na dysku", f"{done}: {said}."
    where = f" ({visible(os.fsdecode(exc.filename))})" if isinstance(exc.filename, (str, bytes)) else ""
    return 500, "Błąd systemu", f"{done}: system odmówił – {os_reason(exc)}{where}; spróbuj ponownie."


def _zip_response(filename: str, files) -> Response:
    return _download(filename, _zipped(files))


_TYPES = {".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          ".pdf": "application/pdf", ".ics": "text/calendar; charset=utf-8", ".zip": "application/zip",
          ".json": "application/json"}


def _download(filename: str, data: bytes) -> Response:
    from urllib.parse import quote

    suffix = Path(filename).suffix
    ascii_name = polish.ascii_fold(filename).encode("ascii", "replace").decode().replace('"', "_")
    response = Response(data, content_type=_TYPES.get(suffix, "application/octet-stream"))
    response.headers["Content-Disposition"] = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
    return response
