"""pismo serwer in a real browser (the system Chromium through Playwright).

One walk through the issue's end-to-end list, every request the page makes
recorded; screenshots of every page at 1366×768 go to $PISMO_SCREENSHOTS when set.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest

from helpers import LECZNA, REFERENCE, ROOT
from web_server import start

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
CASE = LECZNA.stem

playwright = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="brak /usr/bin/chromium (apt-get install chromium)")


@pytest.fixture
def browser_page(tmp_path):
    web = start(tmp_path)
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="pl-PL", accept_downloads=True)
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.set_default_timeout(60_000)
        yield web, page, requests
        context.close()
        browser.close()
    web.stop()
    hosts = {urlparse(url).hostname for url in requests}
    assert requests and hosts == {"127.0.0.1"}, hosts


def _shot(page, name: str) -> None:
    folder = os.environ.get("PISMO_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def _sprawdz(path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "pismo", "sprawdz", str(path)], capture_output=True, text=True, env=env)


def test_edit_check_save_download(browser_page, tmp_path):
    web, page, _ = browser_page
    page.goto(web.url)
    assert page.title() == "Sprawy – pismo"
    _shot(page, "01-lista")
    page.click(f"a[href='/sprawy/{CASE}']")
    page.wait_for_selector("#formularz")
    _shot(page, "02-sprawa")

    # an impossible period: the message appears next to the field, then goes when fixed
    message = page.locator("#f-okres-do-komunikat")
    page.fill("#f-okres-do", "2025-01-01")
    message.get_by_text("koniec okresu musi być późniejszy niż jego początek").wait_for()
    assert page.locator(".podsumowanie-bledow a[data-cel='f-okres-do']").count() == 1
    page.locator("#f-okres-do").scroll_into_view_if_needed()
    _shot(page, "03-blad-przy-polu")
    page.fill("#f-okres-do", "2025-12-31")
    message.locator("p").first.wait_for(state="detached")
    assert page.locator(".podsumowanie-bledow").count() == 0

    # add an action and save: the file has it and pismo sprawdz passes
    count = page.locator("#f-dzialania > .element").count()
    page.click("button[value='dodaj:dzialania']")
    page.wait_for_selector(f"#f-dzialania-{count}-id")
    _shot(page, "04-nowe-dzialanie")
    page.fill(f"#f-dzialania-{count}-id", "patrole-szkolne")
    page.fill(f"#f-dzialania-{count}-opis", "Patrole w rejonie szkół w godzinach rozpoczynania zajęć")
    page.fill(f"#f-dzialania-{count}-termin-do", "2025-11-30")
    page.click("button[value='zapisz']")
    page.get_by_text("Zapisano o").wait_for()
    _shot(page, "05-zapisano")
    saved = web.folder / LECZNA.name
    text = saved.read_text(encoding="utf-8")
    assert "id: patrole-szkolne" in text and "do: 2025-11-30" in text
    assert text.startswith(LECZNA.read_text(encoding="utf-8").split("\n", 1)[0])  # the file's comments stay
    result = _sprawdz(saved)
    assert result.returncode == 0, result.stdout + result.stderr

    # the zip holds what pismo wszystko writes for the same file
    with page.expect_download() as download:
        page.click(f"a[href='/sprawy/{CASE}/dokumenty.zip']")
    zipped = zipfile.ZipFile(io.BytesIO(Path(download.value.path()).read_bytes()))
    out = tmp_path / "pisma"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run([sys.executable, "-m", "pismo", "wszystko", str(saved), "-o", str(out), "-j", "1"],
                   check=True, capture_output=True, env=env)
    written = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (out / CASE).glob("*.docx")}
    from_zip = {n: hashlib.sha256(zipped.read(n)).hexdigest() for n in zipped.namelist() if n.endswith(".docx")}
    assert written and from_zip == written

    page.goto(f"{web.base}/sprawy/{CASE}/historia")
    _shot(page, "06-historia")
    page.click("text=Pokaż")
    _shot(page, "07-wersja")


def test_keyboard_reaches_the_error_from_the_summary(browser_page):
    web, page, _ = browser_page
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    page.fill("#f-rejon-numer", "3a")
    link = page.locator(".podsumowanie-bledow a[data-cel='f-rejon-numer']")
    link.wait_for()
    link.focus()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "f-rejon-numer"


def test_import_upload_and_next_period(browser_page):
    web, page, _ = browser_page
    page.goto(web.url)
    page.set_input_files("#import-plik", str(REFERENCE))
    page.fill("#import-nazwa", "z-importu")
    page.click("form[action='/import'] button")
    page.wait_for_selector("#formularz")
    assert (web.folder / "z-importu.yaml").is_file()
    assert page.locator(".uzupelnij").count() > 0  # the placeholders are marked
    _shot(page, "08-import")

    page.goto(f"{web.base}/")
    page.select_option("#okres-z", CASE)
    page.fill("#okres-nazwa", "leczna-2026")
    page.click("form[action='/nowy-okres'] button")
    page.wait_for_selector("#formularz")
    assert page.input_value("#f-okres-od") == "2026-01-01" and page.input_value("#f-okres-do") == "2026-06-30"
    assert "Utworzono sprawę na nowy okres" in page.locator(".potwierdzenie").first.text_content()
    assert (web.folder / "leczna-2026.yaml").is_file()
    page.goto(f"{web.base}/")
    assert page.locator("a[href='/sprawy/leczna-2026']").count() == 1
    _shot(page, "09-lista-po")


@pytest.mark.skipif(not shutil.which("soffice") or not shutil.which("pdftoppm"), reason="brak LibreOffice lub pdftoppm")
def test_preview_shows_page_images(browser_page):
    web, page, _ = browser_page
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}/podglad/plan")
    image = page.locator("img.strona").first
    image.wait_for()
    assert page.evaluate("img => img.naturalWidth", image.element_handle()) > 100
    _shot(page, "10-podglad")


def test_forbidden_page_in_polish(browser_page):
    web, page, _ = browser_page
    page.goto(f"{web.base}/")
    assert "Brak dostępu" in page.content()
    _shot(page, "00-brak-dostepu")


def test_conflict_merges_my_changes_and_lets_me_choose_where_both_changed(browser_page):
    web, page, _ = browser_page
    path = web.folder / LECZNA.name
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    page.fill("#f-rejon-opis", "Z formularza")
    page.fill("#f-jednostka-miejscowosc", "Łęczna Mała")
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("numer: 3", "numer: 4").replace("miejscowosc: Łęczna\n", "miejscowosc: Łęczna Nowa\n"),
                    encoding="utf-8")
    page.click("button[value='zapisz']")
    page.get_by_text("Nie zapisano: plik zmienił się na dysku").wait_for()
    assert "numer: 4" in path.read_text(encoding="utf-8") and "Z formularza" not in path.read_text(encoding="utf-8")
    _shot(page, "11-konflikt")
    page.get_by_label(re.compile("Wersja z dysku: Łęczna Nowa")).check()
    page.click("text=Zapisz: moje zmiany na wersji z dysku")
    page.get_by_text("Zapisano o").wait_for()
    saved = path.read_text(encoding="utf-8")
    assert "numer: 4" in saved and "opis: Z formularza" in saved and "miejscowosc: Łęczna Nowa" in saved
    kept = [p.read_text(encoding="utf-8") for p in (web.folder / ".pismo-historia" / CASE).glob("*.yaml")]
    assert any("numer: 4" in t and "Z formularza" not in t for t in kept)  # the disk's version stays in history
    assert any("Łęczna Mała" in t for t in kept)  # and so does the form's


def test_broken_file_and_unknown_page(browser_page):
    web, page, _ = browser_page
    (web.folder / "zepsuta.yaml").write_text("jednostka:\n  nazwa: [Komenda\n", encoding="utf-8")
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/zepsuta")
    assert "pliku nie da się odczytać" in page.content()
    _shot(page, "12-nieczytelna")
    page.goto(f"{web.base}/nie-ma")
    assert "Nie ma takiej strony" in page.content()
    _shot(page, "13-404")


def test_a_byte_order_mark_mid_file_shows_the_text_editor_page_at_its_line(browser_page):
    """Finding 1 of the sixth messages review of issue 17: the page was a form with the hazard section empty."""
    web, page, _ = browser_page
    text = LECZNA.read_text(encoding="utf-8")
    line = text.split("\nzagrozenie:")[0].count("\n") + 2
    (web.folder / "bom.yaml").write_text(text.replace("\nzagrozenie:", "\n\ufeffzagrozenie:", 1), encoding="utf-8")
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/bom")
    told = page.locator(".podsumowanie-bledow li").all_inner_texts()
    assert len(told) == 1 and told[0].startswith(f"wiersz {line}, kolumna 1: niewidoczny znak U+FEFF"), told
    assert page.locator("#formularz").count() == 0
    _shot(page, "12b-nieczytelna-bom")


def test_zip_with_pdfs_shows_progress_then_downloads(browser_page, monkeypatch):
    import time as clock

    from helpers import MINIMAL_PDF
    from pismo.web import core

    def slow_pdf(docx):
        clock.sleep(0.3)
        return MINIMAL_PDF

    monkeypatch.setattr(core, "pdf_available", lambda: True)
    monkeypatch.setattr(core, "to_pdf", slow_pdf)
    web, page, _ = browser_page
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    with page.expect_download(timeout=60_000) as download:
        page.click("text=Pobierz z PDF (wolniej)")
        page.get_by_text(re.compile(r"Tworzę dokumenty PDF: [1-9]\d* z \d+…")).wait_for()
        assert page.locator("progress#zadanie-pasek").is_visible()
        _shot(page, "14-pdf-postep")
    names = zipfile.ZipFile(download.value.path()).namelist()
    assert any(n.endswith(".pdf") for n in names) and any(n.endswith(".docx") for n in names)
    page.get_by_text("Gotowe:").wait_for()
    assert page.locator("a:has-text('Pobierz plik .zip')").is_visible()
    _shot(page, "15-pdf-gotowe")


def test_dictionary_forms_marked_then_confirmed(browser_page):
    from test_web_derived import GENITIVE, without_typed_forms

    web, page, _ = browser_page
    path = web.folder / "bez-odmian.yaml"
    path.write_text(without_typed_forms(LECZNA.read_text(encoding="utf-8")), encoding="utf-8")
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/bez-odmian")
    field = page.locator("div.pole.ze-slownika[data-sciezka='jednostka.nazwa.dopelniacz']")
    assert field.get_by_text("Odmiana ze słownika – potwierdź albo popraw").is_visible()
    assert page.input_value("#f-jednostka-nazwa-dopelniacz") == GENITIVE
    gender = page.locator("div.pole.ze-slownika[data-sciezka='osoby.dzielnicowy.plec']")
    assert gender.get_by_text("Płeć ze słownika imion").is_visible()
    field.evaluate("el => el.scrollIntoView({block: 'center'})")
    _shot(page, "16-ze-slownika")
    # typing over a suggestion makes it the user's own: the mark goes
    page.fill("#f-jednostka-nazwa-dopelniacz", "Komendy Powiatowej Policji (własna)")
    assert not field.get_by_text("Odmiana ze słownika").is_visible()
    page.fill("#f-jednostka-nazwa-dopelniacz", GENITIVE)
    assert field.get_by_text("Odmiana ze słownika").is_visible()
    page.click("button[value='potwierdz-wszystkie']")
    page.get_by_text("Wpisano do pliku formy ze słownika: 2").wait_for()
    text = path.read_text(encoding="utf-8")
    assert f"dopelniacz: {GENITIVE}  # ze słownika – potwierdzone w przeglądarce" in text
    assert "plec: M  # ze słownika – potwierdzone w przeglądarce" in text
    assert page.locator(".ze-slownika").count() == 0
    _shot(page, "17-potwierdzono")


def _restart(web) -> str:
    """What a restart of `pismo serwer` does to an open page: a new link token and a new form token."""
    import secrets

    guard = web.server.app.guard
    guard.token, guard.csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    return guard.token


def test_restarted_server_keeps_the_typed_edit(browser_page):
    """Finding 7 of rev-msg5: after a restart the page went silent and „Zapisz” ended on a 403 that lost the text."""
    web, page, _ = browser_page
    path = web.folder / LECZNA.name
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    token = _restart(web)
    page.fill("#f-jednostka-miejscowosc", "Łęczna po restarcie")
    page.click("button[value='zapisz']")  # at once, before the live check ran
    page.locator("#sesja").wait_for(state="visible")
    assert page.input_value("#f-jednostka-miejscowosc") == "Łęczna po restarcie"  # the save waits, the text stays
    assert "Łęczna po restarcie" not in path.read_text(encoding="utf-8")
    _shot(page, "12-serwer-uruchomiony-ponownie")
    other = page.context.new_page()
    other.goto(f"{web.base}/?token={token}")  # the new link, opened as the banner says
    other.close()
    page.bring_to_front()
    page.click("button[value='zapisz']")
    page.get_by_text("Zapisano o").wait_for()
    assert "miejscowosc: Łęczna po restarcie" in path.read_text(encoding="utf-8")



def test_a_save_of_a_case_renamed_meanwhile_reaches_the_server_and_keeps_the_edit(browser_page):
    """Finding 3 of rev-web6: the save waited for the live check, which the renamed case refused with 404 – the
    click did nothing and said nothing; the server's own answer (the form's version kept in the history) never came."""
    web, page, _ = browser_page
    path = web.folder / LECZNA.name
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    path.rename(web.folder / "przeniesiona.yaml")
    page.fill("#f-jednostka-miejscowosc", "Łęczna przeniesiona")
    page.click("button[value='zapisz']")
    page.get_by_text("Twoja wersja z formularza jest zachowana w historii").wait_for()  # the server's answer
    kept = list((web.folder / ".pismo-historia").rglob("*.yaml"))
    assert any("Łęczna przeniesiona" in k.read_text(encoding="utf-8") for k in kept), [k.name for k in kept]


@pytest.mark.parametrize("script", [True, False], ids=["with-script", "without-script"])
def test_a_double_click_on_save_saves_once_and_says_so(browser_page, script):
    """Finding 6 of rev-web6: a double click on „Zapisz” sent the form twice (the script's live check let both
    go) and the second send got the conflict page. The page sends it once; and when two sends do reach the
    server (here without the script), it answers the second as it answered the first."""
    web, page, requests = browser_page
    path = web.folder / LECZNA.name
    if not script:
        page.route("**/static/pismo.js", lambda route: route.fulfill(status=200, body="",
                                                                      content_type="text/javascript"))
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/{CASE}")
    page.fill("#f-jednostka-miejscowosc", "Łęczna po dwukliku")
    posts = []
    page.on("request", lambda r: posts.append(r.url) if r.method == "POST" and r.url.endswith(f"/sprawy/{CASE}") else None)
    if script:
        page.dblclick("button[value='zapisz']")
    else:  # two sends of the form, the second while the first waits for its answer (as the old script did)
        slow = web.server.app.store.save
        web.server.app.store.save = lambda *a: (time.sleep(1), slow(*a))[1]
        page.evaluate("""() => { const form = document.getElementById("formularz");
            const button = form.querySelector("button[value='zapisz']");
            form.requestSubmit(button); setTimeout(() => form.requestSubmit(button), 300); }""")
    page.get_by_text("Zapisano o").wait_for()
    page.wait_for_load_state("networkidle")
    assert "zmienił się na dysku" not in page.content() and "Zapisano o" in page.content()
    assert len(posts) == (1 if script else 2), posts
    assert "miejscowosc: Łęczna po dwukliku" in path.read_text(encoding="utf-8")
    kept = [p.name for p in (web.folder / ".pismo-historia" / CASE).glob("*.yaml")]
    assert len(kept) == 1 and "odrzucona" not in kept[0], kept
    _shot(page, f"13-dwuklik-{'ze-skryptem' if script else 'bez-skryptu'}")


def test_a_save_in_the_browser_keeps_what_the_user_did_not_touch(browser_page):
    """Findings 1, 2, 5 and 7 of rev-web6 in the real browser: what Chromium posts for the fields left alone is
    what the server takes for „as the page showed it” – a placeholder for a group, a list in a one-line field,
    a block item of a list of lines, `numer: 1.10`, a line YAML reads as a group, all stay as written."""
    from helpers import WRZOSOGROD

    web, page, _ = browser_page
    text = WRZOSOGROD.read_text(encoding="utf-8")
    for old, new in [("okres:\n  od: 2026-03-01\n  do: 2026-08-31\n", "okres: UZUPEŁNIJ\n"),
                     ("  telefon: 47 855 10 00\n", "  telefon: [47 855 10 00, 47 855 10 01]\n"),
                     ("    - ul. Klonowa 12 (rejon sklepu spożywczo-monopolowego)\n",
                      "    - |-\n      ul. Klonowa 12\n      (rejon sklepu)\n"),
                     ("    numer: 1/2026\n", "    numer: 1.10\n"),
                     ("      wartosc_wyjsciowa: 9\n", "      wartosc_wyjsciowa: 0x9\n"),
                     ("      - Otwarcie spotkania i przedstawienie uczestników.\n", "      - Godz.: 17:00 otwarcie\n")]:
        assert old in text
        text = text.replace(old, new, 1)
    path = web.folder / "nietkniete.yaml"
    path.write_text(text, encoding="utf-8")
    page.goto(web.url)
    page.goto(f"{web.base}/sprawy/nietkniete")
    assert page.input_value("#f-spotkania-0-numer") == "1.10"
    page.fill("#f-jednostka-miejscowosc", "Wrzosogród Stary")
    page.click("button[value='zapisz']")
    page.get_by_text("Zapisano o").wait_for()
    _shot(page, "14-zapis-bez-zmian-nietknietych")
    assert path.read_text(encoding="utf-8") == text.replace("  miejscowosc: Wrzosogród         #",
                                                            "  miejscowosc: Wrzosogród Stary   #", 1)
