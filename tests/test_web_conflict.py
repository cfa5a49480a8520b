"""A save from a page whose file changed on disk: a three-way merge field by field, conflicts chosen, nothing lost."""

from __future__ import annotations

import html as html_lib
import re

import pytest

from helpers import LECZNA
from test_web_http import _form_fields, _replace, web  # noqa: F401 - web: the server fixture

CASE = LECZNA.stem


def _conflict_form(page: str, choose: dict | None = None) -> list[tuple[str, str]]:
    """What the conflict page posts: its hidden fields, and for each choice the radio picked (default: checked)."""
    form = page.split('<form method="post" action="/sprawy/', 1)[1].split("</form>", 1)[0]
    fields, radios = [], {}
    for tag in re.finditer(r"<input ([^>]*)>", form):
        attrs = {k: html_lib.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', tag.group(1))}
        if attrs.get("type") == "hidden":
            fields.append((attrs["name"], attrs["value"]))
        elif attrs.get("type") == "radio":
            radios.setdefault(attrs["name"], []).append((attrs["value"], " checked" in tag.group(1)))
    for name, options in radios.items():
        wanted = (choose or {}).get(name)
        value = wanted if wanted is not None else next(v for v, checked in options if checked)
        assert value in [v for v, _ in options], (name, value, options)
        fields.append((name, value))
    return fields + [("akcja", "zapisz")]


def _edit_on_disk(web, old: str, new: str) -> str:
    path = web.folder / LECZNA.name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text("# zmiana w edytorze\n" + text.replace(old, new, 1), encoding="utf-8")
    return path.read_text(encoding="utf-8")


def test_only_my_changes_go_onto_the_changed_file(web):
    path = web.folder / LECZNA.name
    _, _, page = web.get(f"/sprawy/{CASE}")
    mine = _replace(_form_fields(page.decode()), "rejon.opis", "Z formularza")
    on_disk = _edit_on_disk(web, "miejscowosc: Łęczna\n", "miejscowosc: Łęczna Nowa\n")
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    html = body.decode()
    assert status == 409 and "zmienił się na dysku" in html and "Zmienione w obu miejscach" not in html
    assert path.read_text(encoding="utf-8") == on_disk  # nothing written yet
    mine_list = html.split("Twoje zmiany z formularza (1)", 1)[1].split("</ul>", 1)[0]
    assert "Opis obszaru rejonu" in mine_list and "Z formularza" in mine_list
    assert "Zmiany na dysku (1)" in html and "Łęczna Nowa" in html
    status, headers, _ = web.post(f"/sprawy/{CASE}", _conflict_form(html))
    assert status == 303 and "zapisano=1" in headers["Location"]
    saved = path.read_text(encoding="utf-8")
    assert "opis: Z formularza" in saved and "miejscowosc: Łęczna Nowa" in saved
    assert saved.startswith("# zmiana w edytorze\n")  # the disk's version, comments and all, is the base
    assert saved.replace("  opis: Z formularza\n", "", 1) == on_disk  # nothing else of the form written over
    history = {p.name.rsplit("_", 1)[1]: p.read_text(encoding="utf-8")
               for p in (web.folder / ".pismo-historia" / CASE).glob("*.yaml")}
    assert history["poprzednia.yaml"] == on_disk and "opis: Z formularza" in history["odrzucona.yaml"]


def test_a_field_changed_on_both_sides_is_the_users_choice(web):
    path = web.folder / LECZNA.name
    _, _, page = web.get(f"/sprawy/{CASE}")
    fields = _form_fields(page.decode())
    mine = _replace(_replace(fields, "jednostka.miejscowosc", "Łęczna Mała"), "rejon.numer", "7")
    _edit_on_disk(web, "miejscowosc: Łęczna\n", "miejscowosc: Łęczna Nowa\n")
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    html = body.decode()
    assert status == 409 and "Zmienione w obu miejscach – wybierz (1)" in html
    choice = html.split("Zmienione w obu miejscach", 1)[1].split("</fieldset>", 1)[0]
    assert "Miejscowość" in choice and "Łęczna Mała" in choice and "Łęczna Nowa" in choice
    assert dict(_conflict_form(html))["jednostka.miejscowosc"] == "Łęczna Mała"  # the user's is preselected
    status, _, _ = web.post(f"/sprawy/{CASE}", _conflict_form(html, {"jednostka.miejscowosc": "Łęczna Nowa"}))
    saved = path.read_text(encoding="utf-8")
    assert status == 303 and "miejscowosc: Łęczna Nowa" in saved and "Łęczna Mała" not in saved
    assert "numer: 7" in saved  # the change only the form made still goes in


def test_the_merge_page_meets_a_third_change_and_asks_again(web):
    _, _, page = web.get(f"/sprawy/{CASE}")
    mine = _replace(_form_fields(page.decode()), "rejon.opis", "Z formularza")
    _edit_on_disk(web, "miejscowosc: Łęczna\n", "miejscowosc: Łęczna Nowa\n")
    _, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    merged = _conflict_form(body.decode())
    third = _edit_on_disk(web, "numer: 3", "numer: 5")
    status, _, body = web.post(f"/sprawy/{CASE}", merged)
    assert status == 409 and "Zmienione w obu miejscach" not in body.decode()
    assert (web.folder / LECZNA.name).read_text(encoding="utf-8") == third
    status, _, _ = web.post(f"/sprawy/{CASE}", _conflict_form(body.decode()))
    saved = (web.folder / LECZNA.name).read_text(encoding="utf-8")
    assert status == 303 and "numer: 5" in saved and "Łęczna Nowa" in saved and "opis: Z formularza" in saved


def test_without_the_page_version_the_whole_form_can_still_be_kept(web):
    _, _, page = web.get(f"/sprawy/{CASE}")
    mine = _replace(_form_fields(page.decode()), "rejon.opis", "Z formularza")
    _edit_on_disk(web, "numer: 3", "numer: 4")
    web.server.app.loaded.clear()  # as after a restart of the server
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    assert status == 409 and "Zapisz całą moją wersję z formularza" in body.decode()
    assert "Traceback" not in body.decode()


def test_the_merged_save_needs_the_csrf_token(web):
    _, _, page = web.get(f"/sprawy/{CASE}")
    mine = _replace(_form_fields(page.decode()), "rejon.opis", "Z formularza")
    on_disk = _edit_on_disk(web, "numer: 3", "numer: 4")
    _, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    merged = [(k, v) for k, v in _conflict_form(body.decode()) if k != "csrf"]
    status, _, body = web.post(f"/sprawy/{CASE}", merged)  # shown again filled, not saved (finding 7 of rev-msg5)
    assert status == 409 and "Traceback" not in body.decode()
    assert (web.folder / LECZNA.name).read_text(encoding="utf-8") == on_disk


@pytest.mark.parametrize("case", ["leczna-rejon-3-2025", "wrzosogrod-rejon-xiii-2026"])
def test_posted_is_what_the_page_posts(web, case):
    """The merge compares versions as the page posts them: form.posted must mirror the rendered form."""
    from collections import Counter

    from pismo.web import form

    _, _, page = web.get(f"/sprawy/{case}")
    browser = Counter(f for f in _form_fields(page.decode()) if f[0] not in ("csrf", "wersja", "formularz"))
    mirrored = Counter(form.posted(form.load((web.folder / f"{case}.yaml").read_text(encoding="utf-8"))))
    assert browser == mirrored, (browser - mirrored, mirrored - browser)


def test_an_item_i_removed_and_the_disk_changed_can_stay_removed(web):
    path = web.folder / LECZNA.name
    _, _, page = web.get(f"/sprawy/{CASE}")
    fields = _form_fields(page.decode())
    last = max(int(m.group(1)) for k, _ in fields if (m := re.match(r"dzialania\[(\d+)\]\.id$", k)))
    ident = dict(fields)[f"dzialania[{last}].id"]
    mine = [(k, v) for k, v in fields if not k.startswith(f"dzialania[{last}].")]
    _edit_on_disk(web, f"id: {ident}\n", "id: zmienione-w-edytorze\n")
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    html = body.decode()
    assert status == 409 and "usunięte w formularzu, a na dysku zmienione" in html and f"(wcześniej nr {last + 1})" in html
    status, _, _ = web.post(f"/sprawy/{CASE}", _conflict_form(html))  # mine preselected: removed
    saved = path.read_text(encoding="utf-8")
    assert status == 303 and "zmienione-w-edytorze" not in saved
    from pismo.web import core

    checked = core.check(saved, CASE)
    assert not checked.errors and len(checked.data["dzialania"]) == last  # no empty item left behind


@pytest.mark.parametrize("how", ["renamed", "deleted"])
def test_a_file_gone_while_its_page_is_open_keeps_the_edit(web, how):
    """Finding 11 of rev-msg5: „Zapisz” answered 404 and the typed text existed nowhere."""
    path = web.folder / LECZNA.name
    mine = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "jednostka.miejscowosc", "Łęczna Formularz")
    if how == "renamed":
        path.rename(web.folder / "konf-2026.yaml")
    else:
        path.unlink()
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    text = html_lib.unescape(body.decode())
    assert status == 409 and f"nie ma już pliku „{CASE}.yaml”" in text and 'value="Łęczna Formularz"' in text
    kept = list((web.folder / ".pismo-historia" / CASE).glob("*_odrzucona.yaml"))
    assert len(kept) == 1 and "Łęczna Formularz" in kept[0].read_text(encoding="utf-8") and kept[0].name in text
    assert not path.exists()  # nothing made behind the user's back
    again = _form_fields(body.decode())
    status, headers, _ = web.post(f"/sprawy/{CASE}", again + [("akcja", "zapisz")])  # told, saved again: written anew
    assert status == 303 and "miejscowosc: Łęczna Formularz" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("disk, said", [("jednostka: [zepsute\n", "Wersji z dysku nie da się odczytać (wiersz "),
                                        ("", "Plik na dysku jest teraz pusty")])
def test_conflict_with_an_unreadable_disk_version_says_so_not_a_restart(web, disk, said):
    """Finding 12 of rev-msg5: an unreadable disk version was blamed on a restart of the program."""
    mine = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "rejon.opis", "Z formularza")
    (web.folder / LECZNA.name).write_text(disk, encoding="utf-8")
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    text = html_lib.unescape(body.decode())
    assert status == 409 and said in text and "uruchomiono ponownie" not in text


def test_a_file_unreadable_at_save_keeps_the_edit(web):
    """One step beside finding 11: the file is there but cannot be read when „Zapisz” comes (a folder now)."""
    path = web.folder / LECZNA.name
    mine = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "jednostka.miejscowosc", "Łęczna Folder")
    path.unlink()
    path.mkdir()
    status, _, body = web.post(f"/sprawy/{CASE}", mine + [("akcja", "zapisz")])
    text = html_lib.unescape(body.decode())
    assert status == 409 and "Nie zapisano" in text and 'value="Łęczna Folder"' in text
    kept = list((web.folder / ".pismo-historia" / CASE).glob("*_odrzucona.yaml"))
    assert len(kept) == 1 and "Łęczna Folder" in kept[0].read_text(encoding="utf-8")


@pytest.mark.parametrize("together", [False, True], ids=["one-after-the-other", "at-once"])
def test_the_same_form_sent_twice_is_one_save_not_a_conflict(web, together):
    """Finding 6 of the short web review (rev-web6) of issue 17: a double click on „Zapisz” sent the form twice
    from one page version; the second send met the first's save and got the conflict page (or, one after the
    other, „Bez zmian – nic nie zapisano” over the first's „Zapisano”). Both now answer as the save did."""
    import threading

    path = web.folder / LECZNA.name
    fields = _replace(_form_fields(web.get(f"/sprawy/{CASE}")[2].decode()), "rejon.opis", "Nowy opis rejonu")
    fields += [("akcja", "zapisz")]
    answers = []
    sends = [threading.Thread(target=lambda: answers.append(web.post(f"/sprawy/{CASE}", fields))) for _ in range(2)]
    for send in sends:
        send.start()
        if not together:
            send.join()
    for send in sends:
        send.join()
    assert [status for status, _, _ in answers] == [303, 303]
    assert answers[0][1]["Location"] == answers[1][1]["Location"] and "zapisano=1" in answers[0][1]["Location"]
    assert "opis: Nowy opis rejonu" in path.read_text(encoding="utf-8")
    kept = sorted(p.name for p in (web.folder / ".pismo-historia" / CASE).glob("*.yaml"))
    assert len(kept) == 1 and "odrzucona" not in kept[0], kept
    other = _replace(fields, "rejon.opis", "Jeszcze inny opis")  # a different form from the same old page
    status, _, body = web.post(f"/sprawy/{CASE}", other)
    assert status == 409 and "zmienił się na dysku" in body.decode()
