"""The built-in templates, written from shared blocks (letterhead, addressee,
signature, notes, the five plan sections), so the common layout lives here once.

Run `python -m pismo.render.blueprints` to rewrite templates/; a test checks the
committed files are exactly this module's output.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from pismo.render import ooxml as x
from pismo.polish import SECTION_TITLES, typography

ADDRESS_INDENT = 9 * x.CM
SIGNATURE_INDENT = int(8.25 * x.CM)
ADDRESS_WIDTH = x.TEXT_WIDTH - ADDRESS_INDENT
_TAG = re.compile(r"(\{[{%].*?[}%]\})")


def t(text: str, **style) -> str:
    """A run of template text: typography applied to the words, never to tags."""
    parts = _TAG.split(text)
    return x.run("".join(p if _TAG.fullmatch(p) else typography(p) for p in parts), **style)


def p(text: str = "", **kw) -> str:
    style = {k: kw.pop(k) for k in ("bold", "italic", "size") if k in kw}
    return x.para(t(text, **style) if text else "", **kw)


def dots(label: str = "", bold: bool = False, keep_next: bool = False) -> str:
    return x.dots(typography(label), bold, keep_next)


def loop(statement: str, *body: str, end: str = "endfor") -> str:
    return x.tag(statement) + "".join(body) + x.tag(end)


def when(condition: str, *body: str) -> str:
    return loop(f"if {condition}", *body, end="endif")


def body(text: str) -> str:
    return p(text, style="Tresc")


# --- the official letter -------------------------------------------------------------------------

def letterhead() -> str:
    """Unit's letterhead (left, centred in ~8 cm) level with place and date (right)."""
    head = [
        loop("for linia in jednostka.naglowek", p("{{ linia }}", bold=True, align="center")),
        when("jednostka.wydzial", p("{{ jednostka.wydzial }}", size=10, align="center")),
        loop("for linia in jednostka.adres", p("{{ linia }}", size=10, align="center")),
        when("jednostka.telefon", p("tel. {{ jednostka.telefon }}", size=10, align="center")),
        when("jednostka.email", p("e-mail: {{ jednostka.email }}", size=10, align="center")),
    ]
    date = p("{{ miejsce_data }}", align="right")
    return x.table([4820, 4535], x.row(x.cell(4820, *head), x.cell(4535, date), cant_split=False), borders=False)


def reference_and_addressee() -> str:
    """Case reference on the left, level with the addressee block starting ~9 cm in: no blank
    lines between them, so a full letter still fits on one page."""
    at = {"align": "left"}
    reference = x.cell(ADDRESS_INDENT, p("{% if znak %}{{ znak }}{% endif %}"))
    lines = x.cell(ADDRESS_WIDTH,
                   loop("for linia in adresat.przed", p("{{ linia }}", **at)),
                   loop("for linia in adresat.wyroznione", p("{{ linia }}", bold=True, **at)),
                   loop("for linia in adresat.po", p("{{ linia }}", **at)))
    return p() + x.table([ADDRESS_INDENT, ADDRESS_WIDTH], x.row(reference, lines), borders=False, margins=0) + p()


def subject(text: str) -> str:
    return x.para(t("Dotyczy: ", bold=True), t(text, italic=True), after=120, before=120)


def salutation() -> str:
    return p("{{ powitanie }}", after=120, before=120)


def last_body(text: str) -> str:
    """The body's last paragraph: it goes over to the next page with the signature, so the
    signature never stands alone on a page."""
    return p(text, style="Tresc", keep_next=True, keep_lines=True)


def signature(closing: bool = True) -> str:
    """Closing, function in capitals, room to sign, rank and name: kept together and with the notes."""
    at = {"left": SIGNATURE_INDENT, "align": "center", "keep_next": True, "keep_lines": True}
    return (
        (p("Z poważaniem", before=120, after=120, **at) if closing else "")
        + loop("for linia in podpis.funkcja", p("{{ linia }}", bold=True, **at))
        + p(**at) + p(**at)
        + p("{{ podpis.osoba }}", **at)
    )


def notes() -> str:
    """Attachments, copies and author, 10 pt: they go over to the next page only with the signature."""
    note = {"style": "Uwagi", "keep_next": True}
    return (
        when("zalaczniki",
             p("Załączniki:", before=120, **note),
             loop("for zalacznik in zalaczniki", p("{{ loop.index }}. {{ zalacznik }}", **note)))
        + p("Wykonano w {{ egzemplarze|length }} egz.:", before=120, **note)
        + loop("for egz in egzemplarze", p("Egz. nr {{ loop.index }} – {{ egz }}", **note))
        + p("{{ autor.etykieta }}: {{ autor.opis }}", style="Uwagi")
    )


def letter(*content: str, topic: str | None = None) -> str:
    return (letterhead() + reference_and_addressee() + (subject(topic) if topic else "")
            + salutation() + "".join(content) + signature() + notes())




def wniosek() -> str:
    return letter(
        body("Uprzejmie informuję, że {{ autorzy.kto }} {{ autorzy.realizuje }} w okresie {{ okres_r }} "
             "plan działania priorytetowego{% if temat_planu %} dotyczący {{ temat_planu }}{% endif %}."),
        loop("for akapit in problem", body("{{ akapit }}")),
        when("zrodla", body("Problem ten został zdiagnozowany na podstawie {{ zrodla }}.")),
        body("Mając na uwadze powyższe, zwracam się z uprzejmą prośbą o {{ prosba }}."),
        loop("for akapit in uzasadnienie", body("{{ akapit }}")),
        loop("for akapit in efekt", body("{{ akapit }}")),
        last_body("Jednocześnie informuję, że {{ autorzy.osoba }} do kontaktu w powyższej sprawie {{ autorzy.jest }} "
                  "{{ autorzy.kontakt }}, {{ autorzy.ktory }} {{ autorzy.pozostaje }} do dyspozycji w zakresie "
                  "dalszej współpracy przy realizacji planu."),
        topic="{{ dotyczy }}",
    )


def zaproszenie() -> str:
    return letter(
        x.para(t("Uprzejmie zapraszam na spotkanie w sprawie {{ spotkanie.temat }}, które odbędzie się "),
               t("{{ spotkanie.data_dzien }} o {{ spotkanie.godzina }}", bold=True),
               t(" {{ spotkanie.miejsce }} ({{ spotkanie.adres }})."), style="Tresc"),
        loop("for akapit in spotkanie.cel", body("{{ akapit }}")),
        p("Porządek spotkania:", keep_next=True, before=120, after=60),
        loop("for punkt in spotkanie.porzadek", p("{{ punkt }}", style="Numeracja")),
        last_body("{{ autorzy.osoba|capitalize }} do kontaktu w sprawie spotkania {{ autorzy.jest }} {{ autorzy.kontakt }}. "
                  "Uprzejmie proszę o potwierdzenie udziału."),
        topic="zaproszenie na spotkanie w sprawie {{ spotkanie.temat }}",
    )


# --- the plan and the report ----------------------------------------------------------------------

def heading(text: str) -> str:
    return p(text, style="Sekcja")


def bullet(text: str) -> str:
    return p(text, style="Punktor")


def sub_bullet(text: str) -> str:
    """An item of a nested list under a bullet (an action's sub-items)."""
    left = x.BULLET_LEVELS[1][1]
    return x.para(t(text), style="Punktor", num=x.BULLET_NUM, level=1, left=left, hanging=357)


def indicator_table(columns: list[tuple[str, int, str]], rows: str) -> str:
    """A table with a repeated header row; columns are (title, width, cell text)."""
    header = x.row(*(x.cell(w, p(title, bold=True, style="Komorka", align="center"), shade="E7E6E6")
                     for title, w, _ in columns), header=True)
    line = x.row(*(x.cell(w, p(text, style="Komorka", align="left" if i == 0 else "center"))
                   for i, (_, w, text) in enumerate(columns)))
    return x.table([w for _, w, _ in columns], header, x.tag_row(f"for {rows}", len(columns)), line,
                   x.tag_row("endfor", len(columns)))


def five_sections() -> str:
    s = "sekcje"
    return (
        heading(SECTION_TITLES[0])
        + loop(f"for akapit in {s}.zagrozenie", body("{{ akapit }}"))
        + heading(SECTION_TITLES[1])
        + loop(f"for akapit in {s}.cel", body("{{ akapit }}"))
        + when(f"{s}.wskazniki",
               p("Mierniki realizacji celu:", keep_next=True, after=60),
               loop(f"for miernik in {s}.wskazniki",
                    bullet("{{ miernik.opis }}.")))
        + heading(SECTION_TITLES[2])
        + loop(f"for dzialanie in {s}.dzialania",
               bullet("{{ dzialanie.opis }} – termin realizacji {{ dzialanie.termin }}"
                      "{% if dzialanie.podpunkty %}:{% else %}.{% endif %}"),
               loop("for podpunkt in dzialanie.podpunkty", sub_bullet("{{ podpunkt }}")))
        + heading(SECTION_TITLES[3])
        + loop(f"for partner in {s}.partnerzy",
               bullet("{{ partner.nazwa }}{% if partner.komorki %} – {{ partner.komorki }}{% endif %}. {{ partner.zadania }}"))
        + when(f"not {s}.partnerzy", body("Brak."))  # as units write it: never a bare heading
        + heading(SECTION_TITLES[4])
        + loop(f"for sposob in {s}.informowanie", bullet("{{ sposob }}"))
    )


AREA = "działania priorytetowego{% if tytul.obszar %} {{ tytul.obszar }}{% endif %}"


def title_block(*first_lines: str, last: str) -> str:
    lines = [p(line, style="Tytul") for line in first_lines]
    lines.append(when("tytul.zespol", p("{{ tytul.zespol }}", style="Tytul")))
    lines.append(p("{{ tytul.jednostka }}", style="Tytul"))
    lines.append(when("tytul.nadrzedna", p("{{ tytul.nadrzedna }}", style="Tytul")))
    lines.append(p(last, style="Tytul", after=240))
    return "".join(lines)


def prepared_by(function: str) -> str:
    """„Sporządził:” (or its agreeing form) and each officer who prepared the plan, with the function."""
    return (p("{{ autorzy.sporzadzil }}:", before=360, keep_next=True)
            + loop("for osoba in autorzy.osoby", when("not loop.first", p(keep_next=True)),
                   p("{{ osoba.pelne }}", keep_next=True), function))


def plan() -> str:
    at = {"left": SIGNATURE_INDENT, "align": "center", "keep_next": True}
    # for approval: room to sign and date; published: the approval as done (/-/ for the signature),
    # or no block at all while the case gives no date of approval
    approval = (
        when("not publiczny or zatwierdza.data",
             p("ZATWIERDZAM", bold=True, **at),
             loop("for linia in zatwierdza.funkcja", p("{{ linia }}", **at)),
             x.tag("if publiczny"),
             p("/-/ {{ zatwierdza.osoba }}", before=240, **at),
             p("dnia {{ zatwierdza.data }}", left=SIGNATURE_INDENT, align="center", after=480),
             x.tag("else"),
             p(**at), p(**at),
             p("{{ zatwierdza.osoba }}", **at),
             p("dnia …………………………", left=SIGNATURE_INDENT, align="center", after=480),
             x.tag("endif"))
    )
    return (
        approval
        + title_block("PLAN", AREA, last="na okres {{ okres_r }}")
        + five_sections()
        + prepared_by(p("{{ osoba.funkcja }}", keep_next=True))
        + p("{{ miejsce_data }}")
    )


def realisation() -> str:
    r = "realizacja"
    columns = [("Miernik", 3955, "{{ miernik.nazwa }}{% if miernik.jednostka %} ({{ miernik.jednostka }}){% endif %}"),
               ("Wartość wyjściowa", 1800, "{{ miernik.wyjsciowa }}"),
               ("Wartość docelowa", 1800, "{{ miernik.docelowa }}"),
               ("Wartość osiągnięta", 1800, "{{ miernik.osiagnieta }}")]
    return when(
        r,
        heading("6. Ocena realizacji planu działania priorytetowego."),
        p("Realizacja zaplanowanych działań:", bold=True, keep_next=True, after=60),
        loop(f"for dzialanie in {r}.dzialania",
             bullet("{{ dzialanie.opis }}"),
             p("Stan realizacji: {{ dzialanie.status }}{% if dzialanie.data %} ({{ dzialanie.data }}){% endif %}.",
               style="Tresc", italic=True),
             loop("for akapit in dzialanie.akapity", body("{{ akapit }}"))),
        when(f"{r}.partnerzy",
             p("Działania podmiotów współpracujących:", bold=True, keep_next=True, after=60),
             loop(f"for partner in {r}.partnerzy", bullet("{{ partner.nazwa }} – {{ partner.akapity|join(' ') }}"))),
        when(f"{r}.wskazniki",
             p("Mierniki realizacji celu:", bold=True, keep_next=True, after=60),
             indicator_table(columns, f"miernik in {r}.wskazniki"),
             p("Wynik:", keep_next=True, before=120, after=60),
             loop(f"for miernik in {r}.wskazniki", bullet("{{ miernik.wynik }}.")),
             p()),
        x.para(t("Ocena osiągnięcia celu: ", bold=True), t("cel {{ realizacja.ocena }}.", bold=True),
               before=120, after=60, keep_next=True),
        loop(f"for akapit in {r}.uzasadnienie", body("{{ akapit }}")),
        when(f"{r}.wnioski",
             p("Wnioski:", bold=True, keep_next=True, after=60),
             loop(f"for akapit in {r}.wnioski", body("{{ akapit }}"))),
        prepared_by(when("osoba.funkcja", p("{{ osoba.funkcja }}", keep_next=True))),
        p("{{ realizacja.miejsce_data }}"),
    )


def informacja() -> str:
    return (
        title_block("Informacja dotycząca realizacji planu", AREA, last="za okres {{ okres_roku }}")
        + five_sections()
        + realisation()
    )


# --- minutes and attendance -----------------------------------------------------------------------

FINDINGS = [("Lp.", 700), ("Ustalenie", 4455), ("Odpowiedzialny", 2400), ("Termin", 1800)]
ATTENDANCE = [("Lp.", 700), ("Imię i nazwisko", 3000), ("Instytucja / funkcja", 3655), ("Podpis", 2000)]


def _header_row(columns) -> str:
    return x.row(*(x.cell(w, p(title, bold=True, style="Komorka", align="center"), shade="E7E6E6")
                   for title, w in columns), header=True)


def _blank_rows(columns, count: int, height: int, numbered: bool = True, first: int = 1,
                keep_last: bool = False) -> str:
    """Empty rows to write in; keep_last: the last row stays on the page of what follows."""
    rows = []
    for n in range(first, first + count):
        keep = keep_last and n == first + count - 1
        number = p(f"{n}." if numbered else "", style="Komorka", align="center", keep_next=keep)
        rows.append(x.row(x.cell(columns[0][1], number, valign="center"),
                          *(x.cell(w, p(style="Komorka", keep_next=keep)) for _, w in columns[1:]), height=height))
    return "".join(rows)


def unit_line() -> str:
    return loop("for linia in jednostka.naglowek", p("{{ linia }}", bold=True, size=10)) + p()


def signatures(filled: bool) -> str:
    """Minute-taker and chair side by side, worded by gender once the meeting is held."""
    def side(label: str, name: str) -> str:
        value = p(name, align="center", keep_next=True) if filled else ""
        return x.cell(4677, p(label, align="center", keep_next=True), p(keep_next=True), p(keep_next=True),
                      p("…………………………………………", align="center", keep_next=True), value)
    if filled:
        labels = ("{% if odbyte %}Protokołował{{ 'a' if protokolant_kobieta else '' }}:{% else %}Protokołował(a):{% endif %}",
                  "{% if odbyte %}Prowadząc{{ 'a' if prowadzacy_kobieta else 'y' }}:{% else %}Prowadzący(a):{% endif %}")
        names = ("{{ protokolant if odbyte else '' }}", "{{ prowadzacy if odbyte else '' }}")
    else:
        labels, names = ("Protokołował(a):", "Prowadzący(a):"), ("", "")
    return x.table([4678, 4677], x.row(side(labels[0], names[0]), side(labels[1], names[1])), borders=False)


CLOSING = "Na tym spotkanie zakończono."
WRITTEN = "Miejscowość i data sporządzenia protokołu: "


def closing() -> str:
    """The closing sentence (once), where and when the minutes were written, kept with the signatures."""
    return (when("not odbyte or zakonczenie", p(CLOSING, before=240, keep_next=True))
            + when("odbyte", p("{{ miejsce_data }}", before=240, after=240, keep_next=True))
            + when("not odbyte", dots(WRITTEN, keep_next=True), p(after=240, keep_next=True)))


LINES_PER_ITEM = 6  # room to write by hand under each agenda item


def protokol() -> str:
    findings_row = x.row(
        x.cell(700, p("{{ ustalenie.lp }}.", style="Komorka", align="center")),
        x.cell(4455, p("{{ ustalenie.tresc }}", style="Komorka")),
        x.cell(2400, p("{{ ustalenie.odpowiedzialny }}", style="Komorka")),
        x.cell(1800, p("{{ ustalenie.termin }}", style="Komorka", align="center")),
    )
    findings = x.table(
        [w for _, w in FINDINGS], _header_row(FINDINGS),
        x.tag_row("if odbyte and ustalenia", 4), x.tag_row("for ustalenie in ustalenia", 4), findings_row,
        x.tag_row("endfor", 4), x.tag_row("else", 4),
        _blank_rows(FINDINGS, 10, 680, keep_last=True), x.tag_row("endif", 4),
    )
    return (
        unit_line()
        + p("PROTOKÓŁ nr {{ numer }}", style="Tytul")
        + p("ze spotkania w sprawie {{ spotkanie.temat }}", style="Tytul")
        + p("odbytego w dniu {{ spotkanie.data }} {{ spotkanie.czas }} {{ spotkanie.miejsce }}", style="Tytul", after=360)
        + p("Obecni:", bold=True, keep_next=True, after=60)
        + x.tag("if zalacznik")
        + body("zgodnie z listą obecności stanowiącą załącznik nr 1 do protokołu.")
        + x.tag("else")
        + loop("for osoba in obecni", bullet("{{ osoba }}"))
        + x.tag("endif")
        + p("Porządek spotkania:", bold=True, keep_next=True, before=120, after=60)
        + loop("for punkt in spotkanie.porzadek", p("{{ punkt }}", style="Numeracja"))
        + p("Przebieg spotkania:", bold=True, keep_next=True, before=120, after=60)
        + x.tag("if odbyte")
        + loop("for punkt in przebieg",
               p("Ad {{ punkt.punkt }}. {{ punkt.tytul }}", bold=True, keep_next=True, after=60),
               loop("for akapit in punkt.akapity", body("{{ akapit }}")))
        + x.tag("else")
        + loop("for punkt in spotkanie.porzadek",
               p("Ad {{ loop.index }}. {{ punkt }}", bold=True, keep_next=True),
               *(dots() for _ in range(LINES_PER_ITEM)))
        + x.tag("endif")
        + p("Ustalenia:", bold=True, keep_next=True, before=240, after=60)
        + findings
        + closing()
        + signatures(filled=True)
    )


def attendance_heading() -> str:
    return (when("zalacznik", p("Załącznik nr 1 do protokołu nr {{ numer }}", align="right", size=10, after=240))
            + p("LISTA OBECNOŚCI", style="Tytul")
            + p("na spotkaniu w sprawie {{ spotkanie.temat }}", style="Tytul", after=240)
            + x.para(t("Miejsce: ", bold=True), t("{{ spotkanie.miejsce_nazwa }}, {{ spotkanie.adres }}"), after=60)
            + x.para(t("Data i godzina: ", bold=True), t("{{ spotkanie.data_dzien }}, {{ spotkanie.czas }}"), after=240))


def attendance_table() -> str:
    """18 rows to sign on; 16 when the unit's RODO clause must fit under them on the page."""
    columns = len(ATTENDANCE)
    return x.table([w for _, w in ATTENDANCE], _header_row(ATTENDANCE), _blank_rows(ATTENDANCE, 16, 600),
                   x.tag_row("if not klauzula_rodo", columns), _blank_rows(ATTENDANCE, 2, 600, first=17),
                   x.tag_row("endif", columns))


def privacy_clause() -> str:
    """The unit's RODO information clause, 8 pt under the list, when the unit gives one; kept whole."""
    return when("klauzula_rodo",
                loop("for akapit in klauzula_rodo",
                     p("{{ akapit }}", size=8, align="both", before=120, keep_lines=True)))


def lista_obecnosci() -> str:
    return attendance_heading() + attendance_table() + privacy_clause()


def protokol_pusty() -> str:
    """The form to print and fill in by hand: every label, a dotted line for each value."""
    return (
        unit_line()
        + p("PROTOKÓŁ nr ……………", style="Tytul")
        + dots("ze spotkania w sprawie ", bold=True) + dots()
        + dots("odbytego w dniu ", bold=True) + dots("w godz. ", bold=True) + dots("w ", bold=True)
        + p("Obecni:", bold=True, before=240, after=60)
        + body("zgodnie z listą obecności stanowiącą załącznik nr 1 do protokołu.")
        + p("Porządek spotkania:", bold=True, keep_next=True, before=120)
        + "".join(dots(f"{n}. ") for n in range(1, 7))
        + p("Przebieg spotkania:", bold=True, keep_next=True, before=240)
        + "".join(dots() for _ in range(24))
        + p("Ustalenia:", bold=True, keep_next=True, before=240, after=60)
        + x.table([w for _, w in FINDINGS], _header_row(FINDINGS), _blank_rows(FINDINGS, 10, 680, keep_last=True))
        + p(CLOSING, before=240, keep_next=True)
        + dots(WRITTEN, keep_next=True) + p(after=240, keep_next=True)
        + signatures(filled=False)
        + p("Załącznik nr 1 do protokołu nr ……………", align="right", size=10, after=240, page_break_before=True)
        + p("LISTA OBECNOŚCI", style="Tytul")
        + dots("na spotkaniu w sprawie ", bold=True)
        + dots("Miejsce: ", bold=True)
        + dots("Data i godzina: ", bold=True)
        + p()
        + attendance_table()
        + privacy_clause()
    )


LETTERS = ("wniosek.docx", "zaproszenie.docx")


def build(name: str) -> bytes:
    """The built-in template of this file name, as its kind's record (pismo.documents.kinds) describes it."""
    from pismo.documents.kinds import REGISTRY

    spec = REGISTRY.templates()[name]
    return x.docx_bytes(spec.body(), f"Szablon: {spec.title}")


def write_all(folder: Path) -> list[Path]:
    from pismo.documents.kinds import REGISTRY

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in REGISTRY.templates():
        path = folder / name
        path.write_bytes(build(name))
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "templates"
    for path in write_all(target):
        print(path)
