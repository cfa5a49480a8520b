"""The conflict page of two tabs, second part: the restore box of a removed meeting lists the form's changes of it in the page's
order (finding 5 of the twenty-second web review, rev-web22, of issue 17)."""

from __future__ import annotations

from test_web_items import TEXT

from pismo.web import form, merge

PROTOCOL = "spotkania[0].protokol"


def _tab_b() -> list[tuple[str, str]]:
    """Tab B's post, as a browser sends it: attendee 2 removed, protocol point 4 rewritten, a decision added."""
    out = []
    for name, value in form.posted(form.load(TEXT)):
        if name.startswith(f"{PROTOCOL}.obecni[1]."):
            continue
        out.append((name, "B4" if name == f"{PROTOCOL}.przebieg[3]" else value))
        if name == f"{PROTOCOL}.ustalenia[3].termin":
            out += [(f"{PROTOCOL}.ustalenia[4]{form.ORIGIN}", ""), (f"{PROTOCOL}.ustalenia[4].tresc", "NOWE U"),
                    (f"{PROTOCOL}.ustalenia[4].odpowiedzialny", "ktoś"), (f"{PROTOCOL}.ustalenia[4].termin", "na bieżąco")]
    return out


def test_a_removed_meetings_changes_are_told_in_the_pages_order():
    """Finding 5 of rev-web22: the removed attendee came last, after the protocol's points and decisions the page
    shows below it."""
    base = form.load(TEXT)
    theirs = form.load(TEXT)
    del theirs["spotkania"][0]
    found = merge.three_way(form.posted(base), _tab_b(), form.posted(theirs))
    assert len(found.restore) == 1
    told = [c.key for c in found.restore[0].changes]
    assert told == ["Protokół spotkania › Uczestnik 2 › Imię i nazwisko", "Protokół spotkania › Uczestnik 2 › Funkcja",
                    "Protokół spotkania › Punkt przebiegu 4", "Protokół spotkania › Ustalenie 5 › Treść",
                    "Protokół spotkania › Ustalenie 5 › Odpowiedzialny", "Protokół spotkania › Ustalenie 5 › Termin"], told
