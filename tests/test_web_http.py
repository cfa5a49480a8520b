"""pismo serwer at the HTTP level: token and cookie, CSRF, names, uploads, conflicts, headers, saving."""

from __future__ import annotations

import html as html_lib
import io
import json
import re
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from helpers import LECZNA, REFERENCE, WRZOSOGROD
from web_server import start

CASE = LECZNA.stem


@pytest.fixture
def web(tmp_path):
    running = start(tmp_path)
    yield running
    running.stop()


def _form_fields(html: str) -> list[tuple[str, str]]:
    """What a browser would post from the case form (inputs, textareas, selected options, checked boxes)."""
    import html as html_lib

    fields = []
    form = html.split('id="formularz"', 1)[1].split("</form>", 1)[0]
    for tag in re.finditer(r"<input ([^>]*)>", form):
        attrs = dict((k, html_lib.unescape(v)) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag.group(1)))
        if "name" not in attrs or attrs.get("type") == "file":
            continue
        if attrs.get("type") == "checkbox":
            if " checked" in tag.group(1):
                fields.append((attrs["name"], "on"))
            continue
        fields.append((attrs["name"], attrs.get("value", "")))
    for tag in re.finditer(r'<textarea [^>]*name="([^"]*)"[^>]*>(.*?)</textarea>', form, re.S):
        fields.append((html_lib.unescape(tag.group(1)), html_lib.unescape(tag.group(2))))
    for tag in re.finditer(r'<select [^>]*name="([^"]*)"[^>]*>(.*?)</select>', form, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', tag.group(2)) or re.search(r'<option value="([^"]*)"', tag.group(2))
        fields.append((html_lib.unescape(tag.group(1)), html_lib.unescape(chosen.group(1))))
    return fields


def _replace(fields, name, value):
    return [(k, value if k == name else v) for k, v in fields]


def test_without_token_403_polish_page_and_headers(web):
    status, headers, body = web.get("/", cookie=False)
    assert status == 403
    text = body.decode()
    assert "Brak dostępu" in text and "?token=" in text and "Traceback" not in text
    for name, value in (("Content-Security-Policy", "default-src 'self'"), ("X-Frame-Options", "DENY"),
                        ("X-Content-Type-Options", "nosniff")):
        assert value in headers[name]
    assert web.get("/?token=zly", cookie=False)[0] == 403
    assert web.get("/", cookie=False, headers={"Cookie": f"pismo-{web.port}=zly"})[0] == 403


def test_token_sets_httponly_strict_cookie_and_drops_token_from_address(web):
    status, headers, _ = web.get(f"/?token={web.token}", cookie=False)
    assert status == 303 and headers["Location"].endswith("/") and "token" not in headers["Location"]
    cookie = headers["Set-Cookie"]
    assert cookie.startswith(f"pismo-{web.port}={web.token}") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    status, headers, body = web.get("/")
    assert status == 200 and CASE in body.decode()
    assert "default-src 'self'" in headers["Content-Security-Policy"] and headers["X-Frame-Options"] == "DENY"


def test_foreign_host_header_refused(web):
    assert web.get("/", headers={"Host": "evil.example:80"})[0] == 403


def _without_token(page: str, web) -> str:
    """The page without the server's random token, which may itself hold „F5”."""
    return page.replace(web.csrf, "")


def test_post_without_csrf_refused_and_nothing_written(web):
    before = (web.folder / LECZNA.name).read_bytes()
    status, _, body = web.post("/nowa", {"nazwa": "x", "csrf": "zly"})
    assert status == 403 and "Formularz wygasł" in body.decode() and "F5" not in _without_token(body.decode(), web)
    assert (web.folder / LECZNA.name).read_bytes() == before and not (web.folder / "x.yaml").exists()


def test_case_form_of_a_restarted_server_comes_back_filled_never_saved(web):
    """Finding 7 of rev-msg5: a page older than the server (restarted, new link opened: the cookie is good, the
    form's token old) lost the edit on a 403 advising F5. The form comes back filled; nothing is written."""
    path = web.folder / LECZNA.name
    before = path.read_bytes()
    fields = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "jednostka.miejscowosc", "Łęczna Stara")
    fields = _replace(fields, "csrf", "sprzed-restartu")
    status, _, body = web.post(f"/sprawy/{CASE}", fields)
    text = html_lib.unescape(body.decode())
    assert status == 409 and "uruchomiono ponownie, odkąd otwarto tę stronę" in text and "F5" not in _without_token(text, web)
    assert 'value="Łęczna Stara"' in text and f'name="csrf" value="{web.csrf}"' in text
    assert path.read_bytes() == before
    status, _, body = web.post(f"/sprawy/{CASE}/sprawdz", fields)  # the live check hands over the new token
    assert status == 200 and json.loads(body)["csrf"] == web.csrf
    status, _, body = web.post(f"/sprawy/{CASE}", fields, cookie=False)  # no good cookie: refused, said so
    text = body.decode()
    assert status == 403 and "Nie zapisano" in text and f"http://127.0.0.1:{web.port}/" in text
    status, _, _ = web.post(f"/sprawy/{CASE}", fields, headers={"Origin": "http://127.0.0.1:1"})
    assert status == 403 and path.read_bytes() == before  # another site's page: refused as before


def test_forbidden_page_names_the_address_reached(web):
    """Finding 9 of rev-msg5: the page named http://127.0.0.1 whatever link the server printed."""
    web.server.app.guard.hosts.add(f"localhost:{web.port}")
    body = web.get("/", cookie=False, headers={"Host": f"localhost:{web.port}"})[2].decode()
    assert f"http://localhost:{web.port}/" in body and "127.0.0.1" not in body


def test_post_from_another_origin_refused(web):
    status, _, _ = web.post("/nowa", {"nazwa": "x", "csrf": web.csrf}, headers={"Origin": "http://evil.example"})
    assert status == 403 and not (web.folder / "x.yaml").exists()


@pytest.mark.parametrize("name", ["..", "../x", "..%2Fx", ".ukryta", "a\\b", "CON", "a:b"])
def test_case_names_refused_by_the_file_name_rule(web, name, tmp_path):
    status, _, body = web.get(f"/sprawy/{name}")
    assert status in (400, 404) and "Traceback" not in body.decode()
    status, _, _ = web.post("/nowa", {"nazwa": urllib.parse.unquote(name), "csrf": web.csrf})
    assert status == 400
    assert sorted(p.name for p in web.folder.iterdir()) == sorted([LECZNA.name, "wrzosogrod-rejon-xiii-2026.yaml"])
    assert not (tmp_path / "x.yaml").exists()


def _upload(web, data: bytes, filename: str = "plan.txt", name: str = "z-importu"):
    boundary = "----pismo-test"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{web.csrf}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"nazwa\"\r\n\r\n{name}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"plik\"; filename=\"{filename}\"\r\n"
            f"Content-Type: application/octet-stream\r\n\r\n").encode() + data + f"\r\n--{boundary}--\r\n".encode()
    return web.request("POST", "/import", body=body,
                       headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})


def test_import_by_upload_stores_under_the_given_name_only(web):
    status, headers, _ = _upload(web, REFERENCE.read_bytes(), filename="../../zly plik.txt")
    assert status == 303 and headers["Location"] == "/sprawy/z-importu"
    created = web.folder / "z-importu.yaml"
    assert "okres:" in created.read_text(encoding="utf-8")
    assert sorted(p.name for p in web.folder.iterdir()) == sorted(
        [LECZNA.name, "wrzosogrod-rejon-xiii-2026.yaml", "z-importu.yaml"])


def test_import_of_a_page_with_several_plans_makes_one_case_each(web):
    source = Path(__file__).parent / "import" / "15-komisariat-trzy-rejony.txt"
    status, headers, _ = _upload(web, source.read_bytes(), name="zielonka")
    assert status == 303 and headers["Location"] == "/sprawy/zielonka-rejon-1"
    made = sorted(p.name for p in web.folder.glob("zielonka*.yaml"))
    assert made == ["zielonka-rejon-1.yaml", "zielonka-rejon-2.yaml", "zielonka-rejon-3.yaml"]
    assert "numer: 2" in (web.folder / "zielonka-rejon-2.yaml").read_text(encoding="utf-8")
    _, _, page = web.get("/sprawy/zielonka-rejon-1")
    assert "Plik zawierał 3 plany – utworzono osobną sprawę dla każdego: zielonka-rejon-1, zielonka-rejon-2, " \
           "zielonka-rejon-3." in page.decode()
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = _upload(web, source.read_bytes(), name="zielonka")  # again: refused whole, nothing written
    assert status == 400 and "Nic nie zapisano" in body.decode()
    assert sorted(p.name for p in web.folder.iterdir()) == before


def test_import_of_several_plans_is_all_or_none(web):
    """The second plan's name taken by a dangling link: the first case was created although the page said none was
    (finding 25 of the third import review)."""
    source = Path(__file__).parent / "import" / "15-komisariat-trzy-rejony.txt"
    (web.folder / "zielonka-rejon-2.yaml").symlink_to(web.folder / "nie-ma.yaml")
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = _upload(web, source.read_bytes(), name="zielonka")
    assert status == 400 and "zielonka-rejon-2" in body.decode() and "Nic nie zapisano" in body.decode()
    assert sorted(p.name for p in web.folder.iterdir()) == before


@pytest.mark.parametrize("data", [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, b"PK\x03\x04 nie zip",
                                  "Lista zakupów: mleko, chleb.\n".encode()])
def test_non_plan_upload_refused_nothing_written(web, data):
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = _upload(web, data, filename="plan.docx")
    assert status == 400 and "Nic nie zapisano" in body.decode()
    assert sorted(p.name for p in web.folder.iterdir()) == before


def _nbsp(text: str) -> bytes:
    return text.replace(" ", "\u00a0").encode("utf-8")


@pytest.mark.parametrize("make", [_nbsp, lambda text: text.encode("utf-16-le"), lambda text: text.encode("utf-32")],
                         ids=["hard-spaces", "utf-16-without-bom", "utf-32"])
def test_upload_reads_what_pismo_import_reads(web, make):
    """The web import decides by the importer's own readers (a text of hard spaces was "no text" to the page)."""
    status, headers, body = _upload(web, make(REFERENCE.read_text(encoding="utf-8")), name="z-tekstu")
    assert status == 303, body.decode()[:2000]
    assert "okres:" in (web.folder / "z-tekstu.yaml").read_text(encoding="utf-8")


def test_upload_of_a_text_starting_with_pk_is_a_text(web):
    """„PKP …” begins like a zip's signature: the upload called it a damaged Word document (rev-imp3, finding 11)."""
    text = "PKP Polskie Linie Kolejowe S.A. oraz policja informują:\n" + REFERENCE.read_text(encoding="utf-8")
    status, _, body = _upload(web, text.encode("utf-8"), name="pkp")
    assert status == 303, body.decode()[:2000]


def test_upload_tells_what_the_import_left_out(web):
    """The importer's warnings reached only the command line: the page said nothing of hidden text left out
    (rev-imp3, finding 14)."""
    import io

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    for line in REFERENCE.read_text(encoding="utf-8").splitlines():
        document.add_paragraph(line)
    document.paragraphs[8]._p.append(parse_xml('<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                                               '2006/main"><w:rPr><w:vanish/></w:rPr><w:t>NOTATKA UKRYTA</w:t></w:r>'))
    data = io.BytesIO()
    document.save(data)
    status, headers, _ = _upload(web, data.getvalue(), filename="plan.docx", name="z-ukrytym")
    assert status == 303
    _, _, page = web.get(headers["Location"])
    assert "tekst ukryty" in page.decode() and "NOTATKA UKRYTA" in page.decode()


def test_upload_of_a_pdf_is_told_it_is_a_pdf(web):
    status, _, body = _upload(web, b"%PDF-1.7\n" + b"x" * 500, filename="plan.pdf")
    assert status == 400 and "To jest plik PDF" in body.decode() and "Nic nie zapisano" in body.decode()


def test_oversized_upload_refused_nothing_written(web):
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = _upload(web, b"a" * (11 * 1024 * 1024))
    assert status == 413 and "zbyt duży" in body.decode()
    assert sorted(p.name for p in web.folder.iterdir()) == before


def test_save_unchanged_form_keeps_the_file_byte_for_byte(web):
    original = (web.folder / LECZNA.name).read_bytes()
    _, _, body = web.get(f"/sprawy/{CASE}")
    status, _, _ = web.post(f"/sprawy/{CASE}", _form_fields(body.decode()) + [("akcja", "zapisz")])
    assert status == 303
    assert (web.folder / LECZNA.name).read_bytes() == original


def test_save_changes_one_value_and_keeps_comments_and_history(web):
    path = web.folder / LECZNA.name
    original = path.read_text(encoding="utf-8")
    _, _, body = web.get(f"/sprawy/{CASE}")
    fields = _replace(_form_fields(body.decode()), "jednostka.miejscowosc", "Łęczna Nowa")
    status, headers, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "zapisz")])
    assert status == 303 and "zapisano=1" in headers["Location"]
    saved = path.read_text(encoding="utf-8")
    assert saved == original.replace("miejscowosc: Łęczna\n", "miejscowosc: Łęczna Nowa\n", 1)
    _, _, page = web.get(headers["Location"])
    assert "Zapisano o" in page.decode() and "poprzednia wersja w historii" in page.decode()
    history = list((web.folder / ".pismo-historia" / CASE).glob("*.yaml"))
    assert [h.read_text(encoding="utf-8") for h in history] == [original]


def test_two_saves_from_stale_pages_second_refused_nothing_lost(web):
    path = web.folder / LECZNA.name
    _, _, first_page = web.get(f"/sprawy/{CASE}")
    _, _, second_page = web.get(f"/sprawy/{CASE}")
    first = _replace(_form_fields(first_page.decode()), "rejon.opis", "Pierwsza karta")
    second = _replace(_form_fields(second_page.decode()), "rejon.opis", "Druga karta")
    assert web.post(f"/sprawy/{CASE}", first + [("akcja", "zapisz")])[0] == 303
    status, _, body = web.post(f"/sprawy/{CASE}", second + [("akcja", "zapisz")])
    assert status == 409 and "zmienił się na dysku" in body.decode()
    assert "opis: Pierwsza karta" in path.read_text(encoding="utf-8")
    kept = [h.read_text(encoding="utf-8") for h in (web.folder / ".pismo-historia" / CASE).glob("*odrzucona.yaml")]
    assert len(kept) == 1 and "opis: Druga karta" in kept[0]


def test_restore_from_history(web):
    path = web.folder / LECZNA.name
    original = path.read_text(encoding="utf-8")
    _, _, page = web.get(f"/sprawy/{CASE}")
    web.post(f"/sprawy/{CASE}", _replace(_form_fields(page.decode()), "rejon.opis", "Zmiana") + [("akcja", "zapisz")])
    (version,) = [h.name for h in (web.folder / ".pismo-historia" / CASE).glob("*.yaml")]
    _, _, listing = web.get(f"/sprawy/{CASE}/historia")
    assert version in listing.decode()
    _, _, shown = web.get(f"/sprawy/{CASE}/historia/{version}")
    current_version = re.search(r'name="wersja" value="([0-9a-f]+)"', shown.decode()).group(1)
    status, _, _ = web.post(f"/sprawy/{CASE}/historia/{version}", {"csrf": web.csrf, "wersja": current_version})
    assert status == 303 and path.read_text(encoding="utf-8") == original


def test_list_actions_add_remove_move_without_saving(web):
    path = web.folder / LECZNA.name
    before = path.read_bytes()
    _, _, page = web.get(f"/sprawy/{CASE}")
    fields = _form_fields(page.decode())
    count = len({k for k, _ in fields if re.fullmatch(r"dzialania\[\d+\]\.id", k)})
    status, _, body = web.post(f"/sprawy/{CASE}", fields + [("akcja", "dodaj:dzialania")])
    html = body.decode()
    assert status == 200 and f'name="dzialania[{count}].id"' in html and "nie są jeszcze zapisane" in html
    status, _, body = web.post(f"/sprawy/{CASE}", fields + [("akcja", "gora:dzialania[1]")])
    moved = dict(_form_fields(body.decode()))
    assert moved["dzialania[0].id"] == dict(fields)["dzialania[1].id"]
    status, _, body = web.post(f"/sprawy/{CASE}", fields + [("akcja", "usun:dzialania[0]")])
    html = body.decode()
    assert f'name="dzialania[{count - 1}].id"' not in html and f'name="dzialania[{count - 2}].id"' in html
    assert path.read_bytes() == before


def test_live_check_returns_problems_by_field(web):
    _, _, page = web.get(f"/sprawy/{CASE}")
    fields = _replace(_form_fields(page.decode()), "okres.do", "2025-01-01")
    status, headers, body = web.post(f"/sprawy/{CASE}/sprawdz", fields, headers={"X-CSRF-Token": web.csrf})
    import json

    answer = json.loads(body)
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    assert any("później" in p["message"] for p in answer["fields"]["f-okres-do"])
    assert "Popraw" in answer["summary"]


def test_zip_holds_what_wszystko_writes(web, tmp_path):
    from click.testing import CliRunner

    from pismo.cli.main import main

    out = tmp_path / "pisma"
    CliRunner().invoke(main, ["wszystko", str(LECZNA), "-o", str(out), "-j", "1"])
    written = {p.name: p.read_bytes() for p in (out / CASE).iterdir()}
    status, headers, body = web.get(f"/sprawy/{CASE}/dokumenty.zip")
    assert status == 200 and headers["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        zipped = {name: archive.read(name) for name in archive.namelist()}
    # the folder's record names the case file it was made from; a download names no place on the server
    recorded = json.loads(written.pop("manifest.json"))
    assert recorded.pop("plik_sprawy").endswith(LECZNA.name)
    assert json.loads(zipped.pop("manifest.json")) == recorded
    assert zipped == written


def test_unknown_page_and_broken_case_give_polish_pages(web):
    status, _, body = web.get("/nie-ma")
    assert status == 404 and "Nie ma takiej strony" in body.decode()
    (web.folder / "zepsuta.yaml").write_bytes(b"jednostka: [\n")
    status, _, body = web.get("/sprawy/zepsuta")
    assert status == 200 and "nie da się odczytać" in body.decode() and "Traceback" not in body.decode()
    (web.folder / "latin2.yaml").write_bytes("rejon: Łęczna".encode("cp1250"))
    status, _, body = web.get("/sprawy/latin2")
    assert status == 400 and "UTF-8" in body.decode()
    assert web.get("/")[0] == 200


def test_imported_plan_shows_the_places_to_check_in_the_form(web):
    from helpers import ROOT

    source = ROOT / "tests" / "import" / "12-cp1250-realizacja-ocena.txt"
    status, headers, _ = _upload(web, source.read_bytes(), name="poczesna")
    assert status == 303
    _, _, body = web.get(headers["Location"])
    html = body.decode()
    notes = re.findall(r'<div class="komunikaty" id="([^"]+)-komunikat"[^>]*>\s*<p class="komunikat uwaga">Do sprawdzenia \(import\): ([^<]+)', html)
    assert ("f-dzialania-0", ) == tuple(n for n, _ in notes[:1]) and "sprawozdanie" in notes[0][1]
    assert len(notes) >= 4


def test_style_and_script_load_without_the_cookie_nothing_else(web):
    status, headers, body = web.get("/static/pismo.css", cookie=False)
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b"font-family" in body
    status, _, body = web.get("/static/../sprawy/leczna-rejon-3-2025", cookie=False)
    assert status in (403, 404) and b"jednostka" not in body
    assert web.get("/static/nowa.yaml", cookie=False)[0] == 404


def test_one_case_that_pismo_fails_on_never_takes_the_list_down(web, monkeypatch):
    """A case pismo crashed on (an empty deadline, an addressee still UZUPEŁNIJ) made the list of every case a
    500 page: the officer was locked out of all of them."""
    from pismo.web import core

    real = core.check

    def failing(text, name="sprawa"):
        if name == CASE:
            raise TypeError("'<' not supported between instances of 'datetime.date' and 'NoneType'")
        return real(text, name)

    monkeypatch.setattr(core, "check", failing)
    status, _, body = web.get("/")
    page = body.decode()
    assert status == 200, page
    assert "nie udało się sprawdzić" in page and "Błąd programu" in page and "TypeError" not in page
    assert "wrzosogrod" in page  # the other cases are listed as always


@pytest.mark.parametrize("od, reason", [("2026-07-01", "reversed"), ("2025-07-01 10:00:00", "with a time")])
def test_a_case_with_a_wrong_period_is_listed_with_its_errors(web, od, reason):
    """Finding 10 of the fifth messages review of issue 17: a period reversed or with a time made the list's
    period column raise, and the row said 'błąd programu … zgłoś błąd' where the officer only had to fix a date."""
    text = LECZNA.read_text(encoding="utf-8")
    start = re.search(r"^okres:\n  od: (\S+)", text, re.M)
    assert start, "the example case's period moved"
    (web.folder / "zly-okres.yaml").write_text(text.replace(start.group(0), f"okres:\n  od: {od}", 1), encoding="utf-8")
    status, _, body = web.get("/")
    page = body.decode()
    row = page.split("zly-okres", 1)[1].split("</tr>", 1)[0]
    assert status == 200 and "błąd programu" not in row, (reason, row)
    assert "błędy: 1" in row, (reason, row)


_UNFIT = [  # (as the example has it, a value its control cannot show)
    ("      status: zrealizowane\n", "      status: UZUPEŁNIJ po rozmowie z SM\n"),
    ("    ocena: częściowo osiągnięty\n", "    ocena: UZUPEŁNIJ na koniec okresu\n"),
    ("        kolegialny: true           # „Szanowni Państwo,”\n",
     "        kolegialny: UZUPEŁNIJ true albo false  # „Szanowni Państwo,”\n"),
    ("  od: 2026-03-01\n", "  od: UZUPEŁNIJ  # RRRR-MM-DD\n"),
    ('    godzina: "17:00"\n', "    godzina: UZUPEŁNIJ\n"),
    ("    plec: K\n", "    plec: UZUPEŁNIJ M albo K  # M – mężczyzna, K – kobieta\n"),
    ("    funkcja: dzielnicowa rejonu służbowego nr XIII\n",
     "    funkcja: |-\n      dzielnicowa rejonu\n      służbowego nr XIII\n"),
]


def test_a_save_writes_back_unchanged_what_a_control_cannot_show(web):
    """Findings 34 and 35 of the fifth messages review of issue 17: a save that changed one field wrote the first
    choice for „status: UZUPEŁNIJ po rozmowie z SM” (the realisation report then said „zrealizowane”), true for
    a checkbox reading UZUPEŁNIJ, removed placeholders of dates, times and choices, and glued the lines of a
    one-line field („rejonusłużbowego”). Each now comes back as the file had it."""
    from helpers import WRZOSOGROD

    text = WRZOSOGROD.read_text(encoding="utf-8")
    for old, new in _UNFIT:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = web.folder / "niepasujace.yaml"
    path.write_text(text, encoding="utf-8")
    _, _, body = web.get("/sprawy/niepasujace")
    fields = _replace(_form_fields(body.decode()), "jednostka.miejscowosc", "Wrzosogród Nowy")
    status, _, _ = web.post("/sprawy/niepasujace", fields + [("akcja", "zapisz")])
    assert status == 303
    saved = path.read_text(encoding="utf-8")
    for _, new in _UNFIT:
        assert new in saved, f"zmieniono: {new!r}"
    assert "miejscowosc: Wrzosogród Nowy" in saved
    others = [line for line in saved.splitlines() if "miejscowosc: Wrzosogród" not in line]
    assert others == [line for line in text.splitlines() if "miejscowosc: Wrzosogród" not in line]


def test_empty_upload_is_told_as_empty_not_as_no_file_chosen(web):
    """Finding 8 of rev-msg5: a chosen file of 0 bytes was told „Nie wybrano pliku”."""
    status, _, body = _upload(web, b"", filename="pusty.txt")
    text = body.decode()
    assert status == 400 and "„pusty.txt” jest pusty (0 bajtów)" in text and "Nie wybrano" not in text
    status, _, body = _upload(web, b"", filename="")  # the form sent without choosing a file
    assert status == 400 and "Nie wybrano pliku" in body.decode()
    assert not (web.folder / "z-importu.yaml").exists()


def test_documents_refused_in_the_forms_words(web):
    """Finding 14 of rev-msg5: the refusal named fields by YAML paths („dzialania[0].opis”)."""
    path = web.folder / LECZNA.name
    text = path.read_text(encoding="utf-8")
    opis = re.search(r"(?m)^(dzialania:\n  - id: \S+\n    opis: )(.*)$", text)
    assert opis, "the example's first action no longer reads as this test expects"
    path.write_text(text.replace(opis.group(0), opis.group(1) + "UZUPEŁNIJ", 1), encoding="utf-8")
    status, _, body = web.get(f"/sprawy/{CASE}/podglad/plan")
    page = html_lib.unescape(body.decode())
    assert status == 400 and "Działanie 1 › Treść działania" in page and "dzialania[0]" not in page and "zapisanej wersji" in page


@pytest.mark.parametrize("disk, said", [
    ("okres:\n  od: 2026-07-01\n  do: 2025-12-31\n", "Poprzedni plan „stary” ma błędy"),
    ("jednostka: [zepsute\n", "Poprzedni plan „stary” ma błędy"),
])
def test_next_period_refusals_in_the_forms_words(web, disk, said):
    """Finding 20 of rev-msg5: YAML paths and „sprawdź go poleceniem pismo sprawdz” on a web page."""
    (web.folder / "stary.yaml").write_text(disk, encoding="utf-8")
    status, _, body = web.post("/nowy-okres", {"nazwa": "nowy", "z": "stary", "csrf": web.csrf})
    page = html_lib.unescape(body.decode())
    assert status == 400 and said in page and "pismo sprawdz" not in page and "okres.do" not in page, page
    assert not (web.folder / "nowy.yaml").exists()


def test_next_period_notes_in_the_forms_words(web):
    text = (web.folder / LECZNA.name).read_text(encoding="utf-8")
    day = re.search(r"(?m)^spotkania:\n  - id: \S+\n    numer: \S+\n    data: (\S+)", text)
    assert day, "the example's first meeting no longer reads as this test expects"
    (web.folder / "stary.yaml").write_text(text.replace(day.group(0), day.group(0).replace(day.group(1), "2025-09-14")),
                                           encoding="utf-8")  # moved by half a year: another weekday
    status, headers, _ = web.post("/nowy-okres", {"nazwa": "nowy", "z": "stary", "csrf": web.csrf})
    assert status == 303
    page = html_lib.unescape(web.get(headers["Location"])[2].decode())
    notice = page.split('class="potwierdzenie" role="status">', 1)[1].split("</p>", 1)[0]
    assert "Spotkanie 1 › Data" in notice and "spotkania[0]" not in notice, notice


def test_next_period_notes_replace_field_paths_only_not_the_words_of_the_sentence(web):
    """Finding 14 of the sixth messages review of issue 17: „należy do poprzedniego Okres planuu”, „sprawdź dzień
    Spotkania” – the prose's words „okresu”, „spotkania” were taken for field paths."""
    (web.folder / "stary.yaml").write_text(WRZOSOGROD.read_text(encoding="utf-8"), encoding="utf-8")
    status, headers, _ = web.post("/nowy-okres", {"nazwa": "nowy", "z": "stary", "csrf": web.csrf})
    assert status == 303
    page = html_lib.unescape(web.get(headers["Location"])[2].decode())
    notice = page.split('class="potwierdzenie" role="status">', 1)[1].split("</p>", 1)[0]
    assert "usunięto (należy do poprzedniego okresu)" in notice and "Okres planu" not in notice, notice
    assert "Spotkanie 1 › Protokół spotkania: usunięto" in notice and "Realizacja" in notice, notice
    assert "sprawdź dzień spotkania" in notice and "spotkania[" not in notice, notice


def test_next_period_refusal_names_the_field_and_keeps_the_word_okres(web):
    text = WRZOSOGROD.read_text(encoding="utf-8").replace("  od: 2026-03-01", "  od: UZUPEŁNIJ", 1)
    (web.folder / "stary.yaml").write_text(text, encoding="utf-8")
    status, _, body = web.post("/nowy-okres", {"nazwa": "nowy", "z": "stary", "csrf": web.csrf})
    page = html_lib.unescape(body.decode())
    assert status == 400 and "bo od niej liczy się nowy okres" in page and "okres.od" not in page, page
    assert "Początek okresu" in page


def test_saved_notice_tells_the_time_of_the_save_not_of_the_reload(web):
    """Finding 24 of rev-msg5: „Zapisano o HH:MM” was the time of the page's load – a reload hours later said „now”."""
    fields = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "jednostka.miejscowosc", "Łęczna Nowa")
    status, headers, _ = web.post(f"/sprawy/{CASE}", fields + [("akcja", "zapisz")])
    at = re.search(r"[?&]o=(\d{4})\b", headers["Location"])
    assert status == 303 and at, headers["Location"]
    page = web.get(f"/sprawy/{CASE}?zapisano=1&o=0915&historia=1")[2].decode()
    assert "Zapisano o 09:15; poprzednia wersja w historii." in page
    page = web.get(f"/sprawy/{CASE}?zapisano=1&o=9999")[2].decode()
    assert "Zapisano." in page and "Zapisano o" not in page


def test_case_file_over_the_limit_says_its_size_and_what_to_do(web):
    """Finding 27 of rev-msg5: „plik sprawy jest zbyt duży” with no limit and nothing to do."""
    big = web.folder / "duza.yaml"
    big.write_bytes(LECZNA.read_bytes() + b"# " + b"x" * (11 * 1024 * 1024) + b"\n")
    for page in (web.get("/")[2].decode(), web.get("/sprawy/duza")[2].decode()):
        assert "plik sprawy ma 11 mb, a sprawa może mieć najwyżej 10 mb" in page.lower() and "Notatniku" in page


def test_save_on_a_full_disk_says_it_once_in_the_browsers_words(web, monkeypatch):
    """Finding 15 of rev-msg5: a nested command-line message („podaj inny folder”, a history path, three
    „nie zapisano”) on a full disk."""
    import errno

    from pismo.files import output

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    path = web.folder / LECZNA.name
    before = path.read_bytes()
    fields = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "jednostka.miejscowosc", "Łęczna Pełna")
    monkeypatch.setattr(output, "_write_temp", full)
    status, _, body = web.post(f"/sprawy/{CASE}", fields + [("akcja", "zapisz")])
    page = html_lib.unescape(body.decode())
    error = page.split('role="alert">', 1)[1].split("</p>", 1)[0]
    assert status == 500 and "brak miejsca na dysku" in error and 'value="Łęczna Pełna"' in page
    assert "podaj inny folder" not in error and ".pismo-historia" not in error and error.count("nie zapisano") == 0
    assert path.read_bytes() == before


def test_a_wrong_pismo_soffice_is_named_not_told_to_install(web, monkeypatch):
    """Finding 17 of rev-msg5: PISMO_SOFFICE pointing nowhere was told as „nie znaleziono… zainstaluj”."""
    monkeypatch.setenv("PISMO_SOFFICE", "/nie/ma/soffice")
    status, _, body = web.post(f"/sprawy/{CASE}/pdf", {"csrf": web.csrf})
    page = html_lib.unescape(body.decode())
    told = "/nie/ma/soffice (zmienna PISMO_SOFFICE): nie ma tu programu LibreOffice"  # the CLI's words (rev-sys10 #8)
    assert status == 503 and told in page and "zainstaluj" not in page
    page = html_lib.unescape(web.get(f"/sprawy/{CASE}/podglad/plan")[2].decode())
    assert told in page and "zainstaluj" not in page


def _told(page: str) -> list[str]:
    """The page's summary of problems, for an assertion's message."""
    return re.findall(r'data-cel="[^"]*">([^<]*)</a>', page)


def _case_from_wrzosogrod(web, old: str, new: str) -> str:
    text = WRZOSOGROD.read_text(encoding="utf-8")
    assert old in text, "the example changed"
    (web.folder / "w.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    return html_lib.unescape(web.get("/sprawy/w")[2].decode())


def test_a_repeated_identifier_is_told_by_the_field_that_has_it_not_by_a_file_line(web):
    """Finding 15 of the sixth messages review of issue 17: „użyty już w wierszu 193” on a page without line
    numbers – and the live check cited line 155 of the form's own comment-free text."""
    page = _case_from_wrzosogrod(web, "  - id: szkola", "  - id: urzad-miejski")
    assert "identyfikator „urzad-miejski” użyty już w polu „Partner 1 › Identyfikator”" in page, _told(page)
    assert not re.search(r"w wierszu \d", page)
    fields = _form_fields(web.get("/sprawy/w")[2].decode())
    status, _, body = web.post("/sprawy/w/sprawdz", fields, headers={"X-CSRF-Token": web.csrf})
    said = json.dumps(json.loads(body), ensure_ascii=False)
    assert status == 200 and "użyty już w polu „Partner 1 › Identyfikator”" in said, said
    assert not re.search(r"w wierszu \d", said)


@pytest.mark.parametrize("old, new, said", [
    ("    termin:\n      do: 2026-03-31", "    termin: 2026-03-31", "w pliku jest tu data 2026-03-31"),
    ("      - Otwarcie spotkania i przedstawienie uczestników.", "      - Godz.: 17:00 otwarcie spotkania",
     "„: ” (dwukropek i spacja) po „Godz.”"),
])
def test_a_value_the_form_cannot_show_is_sent_to_the_text_editor_at_its_line(web, old, new, said):
    """Finding 15 of the sixth messages review of issue 17: „oczekiwano grupy pól (pole: wartość) z wcięciem”,
    „oczekiwano tekstu, a jest grupa pól” – YAML's words for what the form shows as fields."""
    page = _case_from_wrzosogrod(web, old, new)
    line = WRZOSOGROD.read_text(encoding="utf-8").split(old)[0].count("\n") + 1
    assert said in page and f"w edytorze tekstu (wiersz {line})" in page, _told(page)
    assert "z wcięciem" not in page and "grupa pól" not in page and "grupy pól" not in page


@pytest.mark.parametrize("data, said", [
    (LECZNA.read_bytes(), "To już jest plik sprawy pisma"),
    (b"PK\x05\x06" + bytes(16), "Plik jest pustym archiwum ZIP"),
])
def test_upload_of_a_case_file_or_an_empty_zip_says_what_it_is(web, data, said):
    """A case file uploaded as a plan became two half-empty cases; an empty zip named .docx was "not a text file"
    (rev-msg6, findings 5 and 6)."""
    before = sorted(p.name for p in web.folder.iterdir())
    status, _, body = _upload(web, data, filename="sprawa.docx")
    assert status == 400 and said in body.decode() and "Nic nie zapisano" in body.decode(), body.decode()[:2000]
    assert sorted(p.name for p in web.folder.iterdir()) == before


@pytest.mark.parametrize("char", ["\ufeff", "\u200b"])
def test_a_file_the_checker_reads_otherwise_than_the_form_gets_the_text_editor_page(web, char):
    """Findings 1 and 2 of the sixth messages review of issue 17: a byte order mark or a zero-width space before
    „zagrozenie:” – the checker refuses the line or drops the field, the form's parser took the key with the
    character: the page showed a form with the section empty, a message without its line, and „uzupełnij” for a
    section the file has (and a save wrote the key back in quotes)."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    line = text.split("\nzagrozenie:")[0].count("\n") + 2
    (web.folder / "w.yaml").write_text(text.replace("\nzagrozenie:", f"\n{char}zagrozenie:", 1), encoding="utf-8")
    page = html_lib.unescape(web.get("/sprawy/w")[2].decode())
    assert "pliku nie da się odczytać" in page and 'id="formularz"' not in page
    told = re.findall(r"<li>(wiersz .*?)</li>", page)
    assert len(told) == 1 and told[0].startswith(f"wiersz {line}, kolumna 1: ") and f"U+{ord(char):04X}" in told[0], told
    assert "uzupełnij" not in told[0]


def test_a_list_pasted_from_word_into_a_field_of_lines_is_warned_there(web):
    """Finding 19 of the sixth messages review of issue 17: Word's „•<TAB>” and „1.<TAB>” pasted into a field of
    one item a line were saved and printed inside pismo's own bullets – „Sprawa nie ma błędów”."""
    fields = _form_fields(web.get(f"/sprawy/{CASE}")[2].decode())
    pasted = "•\tZamieszczenie informacji na stronie.\n•\tOgłoszenia na tablicach osiedlowych."
    status, headers, _ = web.post(f"/sprawy/{CASE}", _replace(fields, "informowanie", pasted) + [("akcja", "zapisz")])
    assert status == 303
    page = html_lib.unescape(web.get(headers["Location"])[2].decode())
    field = page.split('id="f-informowanie-komunikat"', 1)[1].split("</div>", 1)[0]
    assert "punkt zaczyna się od „•” (punktor albo numer wklejony z Worda)" in field, field


def test_a_new_case_named_with_its_extension_or_a_leading_dash(web):
    """Finding 8 of the sixth messages review of issue 17: „rejon-3.yaml” made rejon-3.yaml.yaml; „-zaczyna” was
    accepted, and `pismo sprawdz -zaczyna.yaml` then answered „Nie ma opcji '-z'”."""
    status, headers, _ = web.post("/nowa", {"nazwa": "rejon-7.yaml", "csrf": web.csrf})
    assert status == 303 and (web.folder / "rejon-7.yaml").is_file() and not (web.folder / "rejon-7.yaml.yaml").exists()
    status, _, body = web.post("/nowa", {"nazwa": "-zaczyna", "csrf": web.csrf})
    assert status == 400 and "nie może zaczynać się od łącznika" in html_lib.unescape(body.decode())
    assert not (web.folder / "-zaczyna.yaml").exists()


@pytest.mark.parametrize("old, new, said", [
    ("\njednostka:", "\njednostka: [\n", "pliku sprawy nie da się odczytać"),
    ("\n  od: 2026-03-01", "\n  od: UZUPEŁNIJ", "uzupełnij pola oznaczone w formularzu jako do uzupełnienia"),
])
def test_no_documents_says_what_the_case_page_asks_for(web, old, new, said):
    """Finding 8 of the sixth messages review of issue 17: „popraw błędy pokazane w formularzu” for a file that
    has no form, and for a case with no error, only fields still to fill in."""
    text = WRZOSOGROD.read_text(encoding="utf-8")
    assert old in text
    (web.folder / "w.yaml").write_text(text.replace(old, new, 1), encoding="utf-8")
    status, _, body = web.get("/sprawy/w/dokumenty.zip")
    page = html_lib.unescape(body.decode())
    assert status == 400 and said in page and "popraw błędy" not in page, page[-1500:]
