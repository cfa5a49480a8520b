"""Cross-checks of a validated case: references, ids, dates within the period."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import replace

from pismo import polish
from pismo.case.declined import same_forms
from pismo.case.holes import is_hole
from pismo.case.model import Osoba, has_placeholder, rank_in, rank_key, usual_rank, without_rank
from pismo.case.pasted import AS_LINES as _AS_LINES, BULLETS as _BULLETS, without_note
from pismo.case.yamlio import LABEL_TOLD, TYPOGRAPHIC_QUOTES, own_label
from pismo.case.problems import Problem, dotted


def cross_check(case) -> tuple[list[Problem], list[Problem]]:
    """Return (errors, warnings) that single fields cannot show."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    s = case.sprawa
    valid_period = s.okres.do > s.okres.od
    if not valid_period:
        errors.append(case.problem(("okres", "do"), "koniec okresu musi być późniejszy niż jego początek"))
    _unique_ids(case, errors)
    _districts(case, errors)
    _references(case, errors)
    _repeated(case, errors, warnings)
    _repeated_signs(case, warnings)
    _dates(case, errors, warnings if valid_period else [])
    _meetings(case, errors, warnings if valid_period else [])
    _unreported(case, warnings)
    warnings += [case.problem(loc, "do uzupełnienia", warning=True, marker=True) for loc, _ in placeholders(case.doc.data)]
    warnings += [case.problem(loc, _STAND_IN_TOLD.format(text=" ".join(text.split())), warning=True)
                 for loc, text in _stand_ins(case.doc.data)]
    warnings += [case.problem(loc, _HINT_TOLD.format(text=text), warning=True) for loc, text in _hints(case.doc.data)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in _own_labels(case.doc.data)]
    warnings += [Problem(case.doc.path, *case.doc.where_in(loc, gap), dotted(loc), _gap_told(loc, gap, _value_at(case.doc.data, loc)), True)
                 for loc, gap in _own_gaps(case.doc.data)]
    warnings += [Problem(case.doc.path, line, column, dotted(loc), _comment_cut(_value_at(case.doc.data, loc)), True)
                 for loc, line, column in case.doc.comment_cuts]
    warnings += [Problem(case.doc.path, line, column, dotted(loc), _HARD_COMMENT.format(space=space), True)
                 for loc, line, column, space in case.doc.hard_comments]
    warnings += [replace(problem, warning=True) for problem in case.doc.warnings]
    warnings += [case.problem(loc, message, warning=True) for loc, message in pasted_marks(case.doc.data)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in pasted_openings(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in completed_slips(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in mid_sentence_capitals(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in same_forms(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in officer_slips(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in addressee_slips(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in field_labels(case.doc.data)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in copied_lines(case.sprawa)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in phone_slips(case.doc.data)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in sample_contacts(case.doc.data)]
    warnings += [case.problem(loc, message, warning=True) for loc, message in dated_deadlines(case.sprawa)]
    warnings += [Problem(case.doc.path, *case.doc.where_in(loc, text), dotted(loc), message, True)
                 for loc, text, message in contacts_in_names(case.doc.data)]
    return errors, warnings


# a list pasted from Word: its bullets and numbers, then a tab or a space („•\tZamieszczenie…”, „1.\tzgłoszeń…”);
# after a tab any short mark is Word's, before a space only a bullet sign or a number is
_PASTED_MARK = re.compile(r"\s*(?:(?P<bullet>[" + _BULLETS + r"*–—-])[ \t\u00a0]|(?P<glued>[–—-])(?=[^\W\d_])"
                          r"|(?P<number>(?!(?:[6-9]|1\d|2[0-3])[.:][0-5]\d[ \t\u00a0])\(?(?:\d{1,2}(?:\.\d{1,2})*[.)]|\d{1,2}(?:\.\d{1,2})+(?=[ \t\u00a0]+[A-ZĄĆĘŁŃÓŚŹŻ])|[a-z]\))"
                          r"|(?i:pkt)\.?[ \u00a0]?\d{1,2}(?:\.\d{1,2})*[.):]?)(?:[ \t\u00a0]|(?<=[.)])(?=[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]))"
                          r"|(?P<tabbed>\S{1,3})\t)")
# Word's levels („1.1.”, „2.3”) and a protocol's „Pkt 1.” are numbers too, and one glued to its word („1.Otwarcie”); a letter with a dot is a list's only before a tab: „p. o. Prezydenta”, „m. Wrzosogród” are abbreviations; a dash
# glued to a word („-Otwarcie”) is a bullet typed without its space
_PASTED_MARK_TOLD = ("punkt zaczyna się od „{mark}” (punktor albo numer wklejony z Worda) – pismo samo dodaje "
                     "punktory i numery, w piśmie byłyby podwójne; usuń go")

# an old protocol's label of an agenda point („Ad 1.”, „Ad. 2”, „AD 3)”): pismo prints its own before each point
_AD_MARK = re.compile(r"\s*(?P<mark>(?i:ad)\.?[ \u00a0]?\d{1,2}[.):]?)(?=\s)")
_AD_MARK_TOLD = ("punkt zaczyna się od „{mark}” (oznaczenie punktu ze starego protokołu) – pismo samo pisze przed "
                 "każdym punktem „Ad 1.”, „Ad 2.”, … z nazwą punktu porządku, w protokole byłoby ono podwójne; "
                 "usuń „{mark}”")


def pasted_marks(data, loc: tuple = ()):
    """(loc, message) of each item of a list of texts – one item a line, which pismo bullets or numbers itself –
    that opens with a list's own bullet or number, or an old protocol's „Ad 1.”."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _AS_LINES or key == "funkcja":
                yield from _line_marks(value, loc + (key,))
            else:
                yield from pasted_marks(value, loc + (key,))
    elif isinstance(data, list):
        marks = [_PASTED_MARK.match(item) if isinstance(item, str) else None for item in data]
        word_numbers = _word_numbers(data, marks)
        for i, item in enumerate(data):
            found, label = marks[i], _AD_MARK.match(item) if isinstance(item, str) else None
            if label:
                yield loc + (i,), _AD_MARK_TOLD.format(mark=label.group("mark"))
            elif found and (not found.group("number") or i in word_numbers):
                yield loc + (i,), _PASTED_MARK_TOLD.format(mark=_mark(found))
            elif not isinstance(item, str):
                yield from pasted_marks(item, loc + (i,))


# the word after an ordinal in a name („3. Maja”, „11. Listopada”, „1. Armii Wojska Polskiego”, „2. Pułk Saperów”)
_NAMED_ORDINAL = re.compile(r"\s*\d{1,2}\.[ \u00a0]+(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|"
                            r"października|listopada|grudnia|armii|pułk\w*|brygad\w*|dywizj\w*|batalion\w*|korpus\w*|"
                            r"legion\w*|dywizjonu|eskadry|kompanii)(?![^\W\d_])", re.IGNORECASE)


def _word_numbers(data: list, marks: list) -> set[int]:
    """The items whose number is Word's numbering: a level or a bracket („1.1”, „1)”, „a)”), or numbers that run
    („1.”, „2.” on two items; a first „1.” before more items) – then every numbered item but a name's ordinal
    („3. Maja”); an ordinal alone, or a few that do not run („3. Maja”, „11. Listopada”), is the name's."""
    plain = {i: int(found.group("number")[:-1]) for i, found in enumerate(marks)
             if found and found.group("number") and re.fullmatch(r"\d{1,2}\.", found.group("number"))}
    numbered = [i for i, found in enumerate(marks) if found and found.group("number")]
    named = {i for i in plain if _NAMED_ORDINAL.match(data[i])}
    running = {i for i, n in plain.items() if {n - 1, n + 1} & {m for j, m in plain.items() if j != i}}
    word = [i for i in numbered if i not in plain or i in running or (plain[i] == 1 and i == 0 and len(data) > 1)]
    return {i for i in numbered if i not in named} if any(i not in named for i in word) else set()


# a line printed as it stands – of an address, a name, a signature, a function – opening with Word's bullet, or
# with numbers running over the lines („1. KOMENDANT …”, „2. W ŁĘCZNEJ”): a floor „1. piętro” is the address's
_LINE_BULLET = re.compile(r"\s*(?P<mark>[" + _BULLETS + r"])(?=[ \t\u00a0])|\s*(?P<number>\(?(?:\d{1,2}[.)]|[a-z]\)))[ \t\u00a0]")
_LINE_MARK_TOLD = ("wiersz zaczyna się od „{mark}” (punktor albo numer wklejony z Worda) – pismo drukuje ten tekst tak, jak "
                   "stoi, wiersz pod wierszem, więc „{mark}” trafiłby do pisma; usuń go")


def _mark(found) -> str:
    """The bullet or number a pasted item opens with – a number with the dash after it („Pkt 1 –”), which deleting
    the number alone would leave opening the item."""
    if found.group("number"):
        dash = re.match(r"[ \t\u00a0]*[–—-](?=[ \t\u00a0])", found.string[found.end():])
        return found.string[found.start("number"):found.end() + (dash.end() if dash else 0)].strip()
    return found.group("bullet") or found.group("glued") or found.group("tabbed")


def _line_marks(value, loc: tuple):
    """(loc, message) of the lines of a text printed as it stands that open with a bullet or a running number."""
    lines = value if isinstance(value, list) else [value]
    marks = [_LINE_BULLET.match(line) if isinstance(line, str) else None for line in lines]
    numbered = sum(1 for found in marks if found and found.group("number"))
    for i, found in enumerate(marks):
        if found and (found.group("mark") or numbered > 1):
            yield loc + ((i,) if isinstance(value, list) else ()), _LINE_MARK_TOLD.format(
                mark=found.group("mark") or found.group("number"))


# the opening of pismo's own sentence a field completes, pasted with the text from an old letter or plan
# also after a pasted lead-in („mając na uwadze powyższe, zwracam się z prośbą o …”) and in the plural („Prosimy o”)
_REQUEST_OPENING = re.compile(r"(?:[^.;:]{0,80}?[\s,])??(?:(?:zwraca(?:m|my)\s+się\s+)?(?:z\s+)?(?:uprzejmą\s+)?prośb[aą]\s+"
                              r"(?:o|dotyczy|dotycząca)|(?:uprzejmie\s+)?(?:prosz[ęe]|prosimy|wnosz[ęe]|wnosimy|wnioskuj[ęe]|"
                              r"wnioskujemy|zwraca(?:m|my)\s+się)(?:\s+[^\s.;:,]+){0,3}?\s+o)(?=\s)|o(?=\s)", re.IGNORECASE)
# a meeting's „nr 1/2026”, „nr1/2026”, „No 1/2026”, „№ 1/2026”, „nr: 1/2026” or the old title „Protokół nr 1/2026”:
# pismo prints „PROTOKÓŁ nr …”
_NUMBER_WORD = r"(?:nr|numer|no|№)(?![^\W\d_])\.?"
_NUMBER_OPENING = re.compile(rf"(?:protok[oó]ł(?:\s+{_NUMBER_WORD}|\s+|(?=\d))|{_NUMBER_WORD})[ \t]*:?[ \t]*", re.IGNORECASE)
# the plan's own „– termin realizacji {cyklicznie} w okresie od …” copied with the recurrence from the old plan
_DEADLINE_OPENING = re.compile(r"(?:[–—-]\s*)?termin\s+realizacji\b[ \t]*:?[ \t]*", re.IGNORECASE)
_SOURCES_OPENING = re.compile(r"(?:problem\b[^.;:]{0,60}?\s)?na\s+podstawie(?=\s)", re.IGNORECASE)
_OPENING_TOLD = ("tekst zaczyna się od „{opening}” – pismo samo pisze przed tym tekstem „{own}”, w piśmie stałoby "
                 "to dwa razy; usuń „{opening}” i zacznij od „{rest}…”")
_RANK_TOLD = ("imię i nazwisko zaczyna się od stopnia „{opening}” – pismo samo wpisuje przed nazwiskiem stopień z pola "
              "„stopien” („{own}”); usuń „{opening}” i zacznij od „{rest}…”")
_RANK_END_TOLD = ("imię i nazwisko kończy się stopniem „{opening}” – pismo samo wpisuje przed nazwiskiem stopień z pola "
                  "„stopien” („{own}”); usuń „{opening}” i zostaw „{name}”")
_RANK_OTHER = " (jeśli to aktualny stopień, wpisz go w polu „stopien”)"
_FIELD_MARK_TOLD = ("tekst zaczyna się od „{mark}” (punktor albo numer wklejony z Worda) – pismo samo dodaje punktory "
                    "i wstawia ten tekst do swojego zdania, w piśmie „{mark}” byłby zbędny; usuń go")
_ROW_MARK_TOLD = ("tekst zaczyna się od „{mark}” (punktor albo numer wklejony z Worda albo ze starego protokołu) – "
                  "pismo samo numeruje wiersze tabeli ustaleń, w protokole „{mark}” stałby obok numeru wiersza; usuń go")


def pasted_openings(sprawa):
    """(loc, message) of each one-paragraph field pismo completes into its own sentence or bullet („{opis} – termin
    …”, „prośbą o {prosba}”, „w sprawie {temat}”, „na podstawie {zrodla}”) that opens with a pasted bullet or
    number, or with the words pismo prints before it: printed, both would read twice."""
    texts = [(("dzialania", i, "opis"), d.opis, None) for i, d in enumerate(sprawa.dzialania)]
    texts += [(("wnioski", i, "prosba"), w.prosba, (_REQUEST_OPENING, "zwracam się z uprzejmą prośbą o"))
              for i, w in enumerate(sprawa.wnioski)]
    texts += [(("wnioski", i, "dotyczy"), w.dotyczy, None) for i, w in enumerate(sprawa.wnioski)]
    texts += [(("spotkania", i, "temat"), m.temat, None) for i, m in enumerate(sprawa.spotkania)]
    texts += [(("spotkania", i, "numer"), m.numer, (_NUMBER_OPENING, "nr")) for i, m in enumerate(sprawa.spotkania)]
    texts += [(("zagrozenie", "temat"), sprawa.zagrozenie.temat, None)]
    texts += [(("spotkania", i, "protokol", "ustalenia", j, "tresc"), u.tresc, None)  # the table numbers its rows
              for i, m in enumerate(sprawa.spotkania) for j, u in enumerate(getattr(m.protokol, "ustalenia", None) or [])]
    texts += [(("dzialania", i, "termin", "cyklicznie"), getattr(d.termin, "cyklicznie", None),
               (_DEADLINE_OPENING, "– termin realizacji")) for i, d in enumerate(sprawa.dzialania)]
    texts += [(("zagrozenie", "zrodla", i), text, (_SOURCES_OPENING, "… na podstawie"))
              for i, text in enumerate(sprawa.zagrozenie.zrodla)]
    texts += [(loc + ("imie_nazwisko",), osoba.imie_nazwisko, (osoba, osoba.stopien)) for loc, osoba in _officers(sprawa.osoby)]
    for loc, text, opening in texts:
        if not isinstance(text, str):
            continue
        mark = _PASTED_MARK.match(text) if loc[-2:-1] != ("zrodla",) else None  # a list's item is told by pasted_marks
        found = (opening[0].rank_in_name() if isinstance(opening[0], Osoba) else opening[0].match(text.lstrip())) \
            if opening else None
        if mark:
            told = _ROW_MARK_TOLD if loc[-1] == "tresc" else _FIELD_MARK_TOLD
            yield loc, told.format(mark=_mark(mark))
        elif found and isinstance(opening[0], Osoba):
            yield loc, _rank_told(text, found, opening[1])
        elif found:
            rest = " ".join(text.lstrip()[found.end():].split()[:2])
            yield loc, _OPENING_TOLD.format(opening=found.group().strip(), own=opening[1], rest=rest)


# a word opening a sentence („Wnioskuję”, „Raz”): a capital, then a small letter (an acronym „MOPS-u” is a name's);
# a pronoun of address („o Pani zgodę”, „o Państwa decyzję”) keeps its capital in a letter by rule
_SENTENCE_START = re.compile(r"(?P<word>[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż][^\s,.;:]*)")
_COURTESY_PRONOUN = re.compile(r"(?:Pan(?:a|u|em|ie|i|ią|owie|ów|om|ami)?|Państw(?:o|a|u|em)|Pańsk[a-ząęó]*)(?![^\W\d_])")
_CAPITAL_TOLD = ("tekst zaczyna się wielką literą („{word}”), a pismo wstawia go w środek swojego zdania („… {own} "
                 "{word} …”) – to wygląda na początek zdania ze starego pisma; zacznij od tego, {what}, małą literą "
                 "(wielka litera zostaje tylko w nazwie własnej)")


def sentence_start(text) -> str | None:
    """The capitalised word a text completing pismo's own sentence opens with: a pasted sentence's start."""
    found = _SENTENCE_START.match(text.lstrip()) if isinstance(text, str) else None
    return found.group("word") if found and not _COURTESY_PRONOUN.fullmatch(found.group("word")) else None


def mid_sentence_capitals(sprawa):
    """(loc, message) of each text pismo prints in the middle of its own sentence („… z uprzejmą prośbą o {prosba}”,
    „– termin realizacji {cyklicznie} w okresie …”) that opens with a capital: printed, a sentence in a sentence."""
    texts = [(("wnioski", i, "prosba"), w.prosba, "zwracam się z uprzejmą prośbą o", "o co prosisz")
             for i, w in enumerate(sprawa.wnioski)]
    texts += [(("dzialania", i, "termin", "cyklicznie"), getattr(d.termin, "cyklicznie", None), "termin realizacji",
               "jak często („raz w miesiącu”)") for i, d in enumerate(sprawa.dzialania)]
    for loc, text, own, what in texts:
        word = sentence_start(text) if _filled(text) else None
        if word and not _opening_told(text, loc):
            yield loc, _CAPITAL_TOLD.format(word=word, own=own, what=what)


def _opening_told(text: str, loc: tuple) -> bool:
    """Whether the text's opening is told already as pismo's own words („Wnioskuję o …”, „Termin realizacji …”) or
    as an old letter's label („Prośba: …”)."""
    pattern = _REQUEST_OPENING if loc[-1] == "prosba" else _DEADLINE_OPENING
    found = pattern.match(text.lstrip())
    return bool(found and found.group().strip() != "o") or label_opening(text) is not None


def _rank_told(name: str, found, own: str) -> str:
    """The rank written in an officer's name: where it stands, and whether it is the one of „stopien”."""
    rank, rest = found.group("rank"), without_rank(name, found)
    rest = function_in_name(rest)[0] if function_in_name(rest) else rest
    at_start = not name[:found.start("rank")].strip()
    told = (_RANK_TOLD if at_start else _RANK_END_TOLD).format(opening=rank, own=own, rest=" ".join(rest.split()[:2]),
                                                               name=rest)
    if rank_key(rank) != rank_key(own):
        told += _RANK_OTHER
    return told


# an officer's function after the name, as under a signature or in a protocol's list („Anna Zmyślona – dzielnicowa”,
# „Tomasz Wymyślny, Komendant Miejski Policji”): a comma or a spaced dash, then a small word or a function's
_NAME_BRACKET = re.compile(r"\s*\((?P<tail>[^()\n]+)\)\s*$")


def _same_function(tail: str, function) -> bool:
    """Whether a name's tail opens with the word the person's „funkcja” opens with („Burmistrz” – „Burmistrz Łęcznej”)."""
    if not isinstance(function, str) or not function.split() or not tail.split():
        return False
    head, own = tail.split()[0].lower(), function.split()[0].lower()
    return len(own) >= 4 and head[:5] == own[:5]


_NAME_TAIL = re.compile(r"\s*(?:,|\s[–—-]|[–—])\s*(?P<tail>\S.*)$", re.DOTALL)
_FUNCTION_NOUN = (r"(?i:komendant|zastępc|naczelnik|kierownik|dzielnicow|referent|specjalist|asystent"
                  r"|dyżurn|oficer|rzecznik|funkcjonariusz)")
_FUNCTION_WORD = re.compile(rf"{_FUNCTION_NOUN}|[a-ząćęłńóśźż]")
_FUNCTION_TOLD = ("po imieniu i nazwisku stoi funkcja („{tail}”) – pismo bierze funkcję z pola „funkcja” i drukuje "
                  "ją samo, w piśmie stałaby dwa razy; zostaw „{name}”")
_RANK_SPELLING_TOLD = "stopień policyjny pisze się „{usual}” – wpisz go tak, pismo drukuje go przed nazwiskiem w każdym piśmie"
_RANK_UNKNOWN_TOLD = ("„{rank}” to nie stopień policyjny – pismo drukuje go przed nazwiskiem w każdym piśmie; "
                      "czy chodziło o „{near}”?")


def function_in_name(name, function=None) -> tuple[str, str] | None:
    """(the name, the function after it) of a name written with the function: a function's word after a comma or a
    dash, or the first word of the person's own „funkcja” after them or in brackets („Jan Nowak (Burmistrz)”)."""
    found = _NAME_TAIL.search(name) if isinstance(name, str) else None
    bracket = _NAME_BRACKET.search(name) if isinstance(name, str) and not found else None
    if bracket and _same_function(bracket.group("tail"), function) and name[:bracket.start()].strip():
        return " ".join(name[:bracket.start()].split()), " ".join(bracket.group("tail").split())
    if not found or not name[:found.start()].strip() or not (_FUNCTION_WORD.match(found.group("tail"))
                                                             or _same_function(found.group("tail"), function)):
        return None
    if name[:found.start()].count("(") > name[:found.start()].count(")"):
        return None  # a comma inside brackets („Marek Nowak (imię, nazwisko)”): told as the brackets' words
    if _contact_tail(found.group("tail")):
        return None  # told as the address or number it is (contacts_in_names)
    return " ".join(name[:found.start()].split()), " ".join(found.group("tail").split())


_NAME_IN_SIGNATURE_TOLD = ("wiersz podpisu zawiera imię i nazwisko („{name}”) – podpis to tylko funkcja; imię i nazwisko ze "
                           "stopniem pismo drukuje samo pod podpisem, w piśmie stałoby dwa razy; {what}")


def name_in_signature(line, name) -> str | None:
    """What to do with a line of an officer's „podpis” holding the officer's own name („st. asp. Anna Zmyślona”):
    pismo prints „{stopien} {imie_nazwisko}” under the signature block itself."""
    name = " ".join(name.split()) if _filled(name) else ""
    if not isinstance(line, str) or len(name) < 3:
        return None
    line = " ".join(line.split())
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", line, re.IGNORECASE)
    if not found:
        return None
    rest = (line[:found.start()] + line[found.end():]).strip(" ,–—-")
    what = "usuń ten wiersz" if not rest or usual_rank(rest)[0] else f"usuń z niego „{name}”"
    return _NAME_IN_SIGNATURE_TOLD.format(name=name, what=what)


def rank_slip(rank) -> str | None:
    """What is wrong with an officer's „stopien”: no police rank, or one written unlike in letters („st. asp”) – a gap
    („XX”, „(stopień)”, „do uzupełnienia”) is told as one, the nearest rank guessed for it would be noise."""
    if not _filled(rank) or _told_gap(("stopien",), rank):
        return None
    known, usual = usual_rank(rank)
    if not known:
        return _RANK_UNKNOWN_TOLD.format(rank=" ".join(rank.split()), near=usual or "st. asp.")
    return _RANK_SPELLING_TOLD.format(usual=usual) if usual != " ".join(rank.split()) else None


def addressee_slips(sprawa):
    """(loc, message) of an addressee's name holding the function („Jan Nowak – Burmistrz Łęcznej”): the letter
    prints the function from its own field under the name."""
    for i, partner in enumerate(sprawa.partnerzy):
        for j, adresat in enumerate(partner.adresaci):
            osoba = adresat.osoba
            function = function_in_name(osoba.imie_nazwisko, osoba.funkcja) if osoba else None
            if function and not _LABEL_AS_NAME.fullmatch(function[1]):  # a form's label is told as a gap
                yield ("partnerzy", i, "adresaci", j, "osoba", "imie_nazwisko"), \
                    _FUNCTION_TOLD.format(name=function[0], tail=function[1])


def officer_slips(sprawa):
    """(loc, message) of an officer's „stopien” that is no rank or is misspelt, and of a name holding the function:
    pismo prints „{stopien} {imie_nazwisko}” in every letter and the function from its own field."""
    for loc, osoba in _officers(sprawa.osoby):
        told = rank_slip(osoba.stopien)
        if told:
            yield loc + ("stopien",), told
        name = osoba.imie_nazwisko
        found = rank_in(name)
        function = function_in_name(without_rank(name, found) if found else name)
        if function and _LABEL_AS_NAME.fullmatch(function[1]):  # „Marek Nowak – imię i nazwisko”: a form's label
            yield loc + ("imie_nazwisko",), _NAME_LABEL_TOLD.format(gap=function[1], what="go", where="po imieniu i nazwisku")
        elif function:
            yield loc + ("imie_nazwisko",), _FUNCTION_TOLD.format(name=function[0], tail=function[1])
        bare = function[0] if function else without_rank(name, found) if found else name
        for j, line in enumerate(osoba.podpis or []):
            told = name_in_signature(line, bare)
            if told:
                yield loc + ("podpis", j), told


# the rest of an old letter's date line copied with the town („Wrzosogród, dnia 10.03.2026”, „Wrzosogród – dnia”,
# „Wrzosogród, dn. ....”, „Wrzosogród, 10 marca 2026 r.”): pismo prints „{miejscowosc}, dnia 10 marca …” itself. A town's
# name ends where a sentence's final sign („Wrzosogród.”), a comma, a spaced dash, a digit, a run of dots or the word „dnia”/„dn.”/„d.” begins
_TOWN_END = re.compile(r"\s*(?:[,;]|[.:!?](?=\s*$)|[–—]|(?<=\s)-|-(?=\s)|\.{2,}|…|\d|(?<![^\W\d_])(?:dnia|dn|d)(?![^\W\d_]))",
                       re.IGNORECASE)
# a town's later word abbreviated as units write it („Grodzisk Maz.”, „Środa Wlkp.”, „Nowy Dwór Gd.”)
_TOWN_ABBREVIATED = re.compile(r"\s[^\W\d_]{1,5}\.$")
_TOWN_PREPOSITION = re.compile(r"(?P<word>we?)\s+(?=\S)", re.IGNORECASE)  # „we Wrzosogrodzie”, „w Łęcznej”
_DATE_LINE_TOLD = ("miejscowość kończy się „{end}” – pismo samo pisze po niej „, dnia …” z datą pisma, w piśmie stałoby "
                   "to dwa razy; usuń „{end}” i zostaw „{town}”")
_TOWN_SIGN_TOLD = ("miejscowość kończy się „{end}” – pismo samo pisze po niej „, dnia …” z datą pisma, w piśmie stałoby "
                   "„{town}{end}, dnia …”; usuń „{end}” i zostaw „{town}”")
_TOWN_CASE_TOLD = ("miejscowość zaczyna się od przyimka „{word}” – pismo samo pisze po niej „, dnia …” z datą pisma "
                   "(„Łęczna, dnia …”); wpisz samą nazwę miejscowości w mianowniku (kto? co?), bez „{word}”")


def town_slip(town) -> str | None:
    """What is wrong with a town pismo prints before „, dnia …”: a date line's rest, or the town after a preposition."""
    if not _filled(town):
        return None
    town = " ".join(without_note(town).split())
    cut = _TOWN_END.search(town)
    if cut and cut.group().strip() == "." and _TOWN_ABBREVIATED.search(town):
        cut = None  # „Grodzisk Maz.”, „Środa Wlkp.”: the dot is the abbreviation's own
    name = town[:cut.start()].rstrip(" -–—") if cut else town
    if cut and name:
        end = town[len(name):].strip()
        told = _TOWN_SIGN_TOLD if end in tuple(".:!?") else _DATE_LINE_TOLD
        return told.format(end=end, town=name)
    preposition = _TOWN_PREPOSITION.match(town)
    return _TOWN_CASE_TOLD.format(word=preposition.group("word")) if preposition else None


# a meeting place printed after the hour („o godz. 17:00 w świetlicy …”): it needs its own preposition
# („wzdłuż ul. …” for a walk, „podczas festynu”, „wśród mieszkańców”, „tuż przy placu”, „online”/„zdalnie” for a call)
_PREPOSITION = re.compile(r"(?:(?:tuż|zaraz)\s+)?(?:we?|na|przy|u|pod|nad|obok|za|przed|po|koło|naprzeciw(?:ko)?|wewnątrz|poza|(?:po)?między"
                          r"|wzdłuż|od|spod|sprzed|zza|wokół|dookoła|vis-à-vis|podczas|wśród|pośród|blisko|około|niedaleko|nieopodal"
                          r"|online|on-line|zdalnie)(?:\s|$)",
                          re.IGNORECASE)
_PREPOSITION_TOLD = ("miejsce spotkania nie zaczyna się od przyimka („w”, „na”, „przy” …) – pismo wstawia ten tekst "
                     "po godzinie („o godz. 17:00 {place}”); zacznij od przyimka i odmień nazwę, np. „w świetlicy …”, "
                     "„na placu …”, „przy ul. …”")


_PLACE_QUOTED_TOLD = ("miejsce spotkania jest ujęte w cudzysłów – pismo wstawia ten tekst po godzinie („o godz. 17:00 "
                      "{place}”) razem z cudzysłowem; usuń cudzysłów")
_PLACE_CAPITAL_TOLD = ("miejsce spotkania zaczyna się wielką literą („{word}”) – pismo wstawia ten tekst w środek zdania, po "
                       "godzinie („o godz. 17:00 {place}”); wpisz „{lower}”")
_PLACE_TWICE_TOLD = ("miejsce spotkania ma przyimek „{word}” dwa razy („{place}”) – pismo wstawia ten tekst po godzinie; "
                     "usuń jeden")
_PLACE_DOT_TOLD = ("miejsce spotkania kończy się kropką – pismo dopisuje po nim adres w nawiasie („… {end} (ul. …)”); "
                   "usuń kropkę")


def place_slip(place) -> str | None:
    """What in a meeting place does not fit „o godz. 17:00 {place} ({address})”: a quote around it, a capital or a
    doubled preposition, a sentence's dot, or no preposition at all."""
    text = " ".join(place.split())
    shown = " ".join(text.split()[:3]) + " …"
    if text[:1] in "„“”\"'‚‘«»":
        return _PLACE_QUOTED_TOLD.format(place=shown)
    preposition = _PREPOSITION.match(text)
    if not preposition:
        return _PREPOSITION_TOLD.format(place=shown)
    word = preposition.group().strip()
    if word[:1].isupper():
        return _PLACE_CAPITAL_TOLD.format(word=word, place=shown, lower=word.lower() + text[len(word):])
    if text[len(word):].lstrip().lower().startswith(word.lower() + " "):
        return _PLACE_TWICE_TOLD.format(word=word.lower(), place=" ".join(text.split()[:3]))
    if text.endswith(".") and not re.search(r"(?<![^\W\d_])(?:ul|al|pl|nr|os)\.$", text):
        return _PLACE_DOT_TOLD.format(end=" ".join(text.split()[-2:]))
    return None


# a request's salutation stands on its own line over the text: Polish closes it with a comma (or „!”) – the fix puts
# it in place of a wrong closing mark („Burmistrzu;” → „Burmistrzu,”)
_SALUTATION_TOLD = ("zwrot grzecznościowy nie kończy się przecinkiem – w piśmie stoi w osobnym wierszu nad treścią, "
                    "a po polsku kończy go przecinek; wpisz „{text},”")
# the old letter's or plan's label or heading pasted with its text („Uzasadnienie: Plac zabaw …”, „Opis problemu: …”,
# „1. Charakterystyka zdiagnozowanego zagrożenia …” over the text, „Uzasadnienie” on a line of its own): pismo prints
# its own headings and the text as a paragraph. A label a text may open with only before „:” or a dash („Wnioski:”);
# a heading and the longer labels also before a new sentence („Uzasadnienie Plac zabaw …”) or alone in their line
# (numbered „2.”, „2.1.”, „II.”, „2)”, „b)”; a label named with its kind – „Przewidywany efekt:”, „Opis zagrożenia:” – too)
_SHORT_LABEL = (r"(?i:(?:uzasadnienie|opis|problem|efekty?|rezultaty?|prośba|wnioski|wniosek|cel|ocena|treść|podsumowanie)"
                r"(?:\s+(?:zagrożenia|problemu|prośby|planu|wniosku|realizacji|sytuacji|działań|celu|efektu))?)")
_LONG_LABEL = (r"(?i:uzasadnienie(?:\s+wniosku)?|opis\s+(?:problemu|zagrożenia)|ocena\s+realizacji(?:\s+planu)?"
               r"|(?:oczekiwan|przewidywan|spodziewan|zakładan|planowan)[yei]\s+(?:efekty?|rezultaty?|cel(?:e|\s+do\s+osiągnięcia)?)"
               r"|charakterystyka\s+(?:zdiagnozowanego\s+)?zagrożenia(?:\s+w\s+rejonie\s+służbowym)?)")
_LABEL_NUMBER = r"(?:(?:\d{1,2}\.){1,3}|\d{1,2}\)|[IVX]{1,4}\.|[a-h]\))\s*"
_REASON_LABEL = re.compile(rf"\s*(?P<label>(?:{_LABEL_NUMBER})?(?:{_LONG_LABEL}(?:\s*(?::|[–—-](?=\s))|\.?[ \t]*(?:\n|$)"
                           rf"|\.?\s+(?=[A-ZĄĆĘŁŃÓŚŹŻ]))|{_SHORT_LABEL}\s*(?::|[–—-](?=\s))))\s*")
_LABEL_TOLD = ("tekst zaczyna się od „{label}” (nagłówek ze starego pisma albo planu) – pismo samo pisze swoje nagłówki "
               "i drukuje ten tekst jako akapit, więc „{label}” trafiłoby do treści; usuń go i zacznij od „{rest}…”")


def label_opening(text) -> tuple[str, str] | None:
    """(label, the words after it) of a text opened with an old letter's or plan's label or heading."""
    if isinstance(text, list):
        text = "\n".join(text)
    found = _REASON_LABEL.match(text) if _filled(text) else None
    if not found or not text[found.end():].strip() or _apposition(found.group("label"), text[found.end():]) \
            or _continued(found.group("label"), text[found.end():]):
        return None
    return " ".join(found.group("label").split()), " ".join(text[found.end():].split()[:2])


# a sentence's first part, up to its end or a line's end
_SENTENCE = re.compile(r"[^\n]*?(?:[.!?](?=\s|$)|$)", re.MULTILINE)


# a label's words are a sentence's subject when a named body's genitive continues them („Uzasadnienie wniosku Rady
# Osiedla stanowią …”, „Zakładany cel Programu „Bezpieczna Łęczna” to …”, „Oczekiwane efekty Policji i Urzędu są …”)
_NAMED_GENITIVE = re.compile(r"(?:Rady|Radnych|Programu|Policji|Urzędu|Komendy|Komendanta|Gminy|Miasta|Powiatu|Straży"
                             r"|Spółdzielni|Zarządu|Szkoły|Dyrektora|Burmistrza|Wójta|Prezydenta|Starosty|Dzielnicowego"
                             r"|Posterunku|Komisariatu|Osiedla|Ośrodka|Stowarzyszenia|Fundacji|Wspólnoty|Sołectwa|Sołtysa"
                             r"|Parafii|Partnera|Partnerów|Krajowej|Miejskiego|Powiatowego|Gminnego|Mieszkańców)(?![^\W\d_])")


def _continued(label: str, rest: str) -> bool:
    """Whether the label's words, with no „:”, dash or line's end after them, go on in a named body's genitive: the
    sentence's subject, not a heading."""
    return label.rstrip()[-1:].isalpha() and "\n" not in label and _NAMED_GENITIVE.match(rest) is not None


def _apposition(label: str, rest: str) -> bool:
    """Whether a word before a dash opens a sentence whose dashes enclose an apposition („Cel – ograniczenie
    zgłoszeń – osiągnięto częściowo.”): not a label, a sentence."""
    return label.rstrip()[-1:] in "–—-" and re.search(r"\s[–—-]\s", _SENTENCE.match(rest).group()) is not None


def _labelled_texts(sprawa):
    """(loc, text) of each text pismo prints as a paragraph under its own heading or after its own words."""
    yield ("zagrozenie", "opis"), sprawa.zagrozenie.opis
    yield ("cel", "opis"), sprawa.cel.opis
    for i, w in enumerate(sprawa.wnioski):
        for key in ("problem", "prosba", "uzasadnienie", "efekt"):
            yield ("wnioski", i, key), getattr(w, key)
    if sprawa.realizacja:
        yield ("realizacja", "cel", "uzasadnienie"), sprawa.realizacja.cel.uzasadnienie
        yield ("realizacja", "wnioski"), sprawa.realizacja.wnioski


# an addressee's name or function written with the courtesy pismo prints itself above the name („Pani” / „Pan”)
# (an envelope's „Sz. Pani”, „Szan. Pan”, „WP”, „Wielmożna Pani”; „P.” only before two words – „P. Fikcyjna” is an initial)
_COURTESY = re.compile(r"\s*(?P<word>(?i:(?:sz\.|szan\.|szanown[ay]|wielmożn[ay])\s*(?:p\.|pan(?:i|ie)?)|wp|w\.\s*p\.|pan(?:i|ie)?"
                       r"|pan\.?|p\.(?=\s+\S+\s+\S)))(?=\s)\s*")
_COURTESY_TOLD = ("{what} zaczyna się od „{word}” – pismo samo pisze „Pani” albo „Pan” nad nazwiskiem adresata (z pola "
                  "„plec”), w piśmie byłoby to dwa razy; usuń „{word}” i zacznij od „{rest}…”")


def courtesy_opening(text) -> tuple[str, str] | None:
    """(courtesy word, the words after it) of an addressee's name or function opened with „Pani”, „Pan”, „Sz. P.”."""
    found = _COURTESY.match(text) if _filled(text) else None
    if not found or not text[found.end():].strip():
        return None
    return " ".join(found.group("word").split()), " ".join(text[found.end():].split()[:2])


# a recurrence written as in the old plan, with its period („raz w miesiącu w okresie od 1 marca do 31 sierpnia”,
# „… do końca sierpnia”) or its field's name („cyklicznie – raz w miesiącu”): pismo prints „– termin realizacji
# {cyklicznie} w okresie od {od} do {do}” – two periods, or „cyklicznie” twice over
_MONTH_WORD = (r"(?:styczeń|stycznia|luty|lutego|marzec|marca|kwiecień|kwietnia|maj|maja|czerwiec|czerwca|lipiec|lipca"
               r"|sierpień|sierpnia|wrzesień|września|październik|października|listopad|listopada|grudzień|grudnia)")
# A sub-period of the recurrence itself is how often, not the plan's period: a day of each month („do dnia 10 każdego
# miesiąca”, „raz w miesiącu do dnia 5”), the school year („do końca roku szkolnego”), a named season („w okresie
# wakacji”, „w okresie letnim dwa razy”) – „w okresie” is the plan's only before „od”, a date, a month or the plan's words
_PLAN_PERIOD = rf"(?=\s*(?:$|[,;:(–—-]|\d|(?:od|do|planu|realizacji|obowiązywania|trwania|objętym|całego)(?![^\W\d_])|{_MONTH_WORD}))"
_PERIOD_IN_RECURRENCE = re.compile(rf"(?<![^\W\d_])(?:w\s+okresie{_PLAN_PERIOD}|do\s+(?:dnia(?!\s+\d{{1,2}}(?!\d|[./-]\s*\d|\.?\s*{_MONTH_WORD}))"
                                   rf"|końca\s+(?:{_MONTH_WORD}|roku(?!\s+(?:szkolnego|akademickiego|nauki))"
                                   rf"|okresu|planu))"
                                   rf"|(?:\d{{1,2}}|od|do)\s+{_MONTH_WORD}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|\d{{4}}\s*(?:r\.|roku)"
                                   rf"|^\s*cyklicznie)(?![^\W\d_])", re.IGNORECASE)
_RECURRENCE_TOLD = ("pole „cyklicznie” zawiera „{words}” – pismo samo pisze w planie „– termin realizacji … "
                    "w okresie od … do …” z pól „od” i „do”; wpisz tu tylko, jak często („raz w miesiącu”)")


# a form's yes/no answer in „cyklicznie”: the plan would print „TAK” as how often
_ANSWERS = {"tak", "nie", "t", "n", "x", "✓", "✔", "true", "false", "yes", "no", "jest", "brak", "1", "0"}
_ANSWER_TOLD = ("w polu „cyklicznie” stoi „{text}” ({what}) – pismo wydrukowałoby to jako rytm działania; wpisz, jak "
                "często (np. „{sample}”, „co tydzień”), a jeśli działanie nie jest cykliczne, usuń to pole")


def recurrence_answer_told(text: str) -> str:
    """The message on a yes/no or a bare number in `cyklicznie`: a number asks for its period."""
    if text.isdigit():
        return _ANSWER_TOLD.format(text=text, what="sama liczba, bez okresu", sample="raz w miesiącu" if text == "1"
                                   else f"{text} razy w miesiącu")
    return _ANSWER_TOLD.format(text=text, what="odpowiedź tak/nie", sample="raz w miesiącu")


_ANSWER_BEFORE_TOLD = ("pole „cyklicznie” zaczyna się od odpowiedzi „{word}” – pismo wydrukowałoby ją w rytmie działania; "
                       "usuń ją: cyklicznie: {rest}")


def _answer_before(value) -> tuple[str, str] | None:
    """(the answer, the rhythm after it) of `cyklicznie` opened with a yes („tak, raz w miesiącu”)."""
    found = re.fullmatch(r"\s*(?P<word>(?i:tak|yes))\s*[,;:–—-]?\s+(?P<rest>\S.*)", value, re.DOTALL) \
        if isinstance(value, str) else None
    return (found.group("word"), " ".join(found.group("rest").split())) if found else None


def recurrence_answer(value) -> bool:
    """Whether `cyklicznie` holds a yes/no answer or a bare number („TAK”, „nie”, true, 1), not how often."""
    said = str(value).strip().rstrip(".").casefold() if value is not None and not isinstance(value, dt.date) else None
    return said is not None and (said in _ANSWERS or said.isdigit() and not isinstance(value, bool))


_SALUTATION_QUOTES = "„“”\"'‚‘’«»"
_SALUTATION_SEX_TOLD = ("zwrot „{text}” jest do {whom}, a adresat ma w polu plec „{sex}” – popraw zwrot (np. „{sample}”) "
                       "albo pole plec")
_SALUTATION_CASE_TOLD = ("w zwrocie grzecznościowym użyj wołacza, nie mianownika: „{fixed} …” zamiast „{text}” (np. "
                         "„Szanowny Panie Burmistrzu,”, „Szanowna Pani Prezydent,”)")


def salutation_slip(text: str, sex) -> str | None:
    """What is wrong with a salutation beyond its comma: a small first letter („szanowny panie …”), the other sex
    than the addressee's `plec` („Szanowna Pani …” to a man), the nominative („Szanowny Pan Burmistrz,”)."""
    shown, sex = " ".join(text.split()), str(getattr(sex, "value", sex or ""))
    bare = shown.strip(_SALUTATION_QUOTES).strip()
    if bare != shown and bare:  # „„Szanowny Panie Komendancie,””: the quotes would print
        fixed = bare if bare.endswith((",", "!")) else bare + ","
        return f"zwrot grzecznościowy stoi w cudzysłowie, a pismo wydrukowałoby go razem z nim – usuń cudzysłów: {fixed}"
    if re.search(r"\s[,!]$", shown):  # „Szanowny Panie Komendancie ,”: printed as written
        return f"przed „{shown[-1]}” na końcu zwrotu stoi spacja – usuń ją: „{shown[:-1].rstrip()}{shown[-1]}”"
    if shown[:1].islower():
        fixed = " ".join(word[:1].upper() + word[1:] if len(word) > 2 else word for word in shown.split())
        return f"zwrot grzecznościowy zacznij wielką literą, jak w piśmie: „{fixed}”"
    opening = re.match(r"Szanown(?P<end>[ya])\s+(?P<title>Pan(?:ie|i)?|Państwo)(?![^\W\d_])", shown)
    if not opening:
        return None
    if opening.group("title") != "Państwo" and (opening.group("end") == "a") != (opening.group("title") == "Pani"):
        right = "Szanowny Panie" if opening.group("title") == "Panie" else "Szanowna Pani"
        if opening.group("title") != "Pan":  # „Szanowna Panie …”: the adjective's ending slipped, the title says whom
            return (f"„Szanown{opening.group('end')}” nie pasuje do „{opening.group('title')}” – wpisz "
                    f"„{right}{shown[opening.end():]}”")
    woman = opening.group("end") == "a" or opening.group("title") == "Pani"
    if sex in ("M", "K") and opening.group("title") != "Państwo" and woman != (sex == "K"):
        whom, sample = ("kobiety", "Szanowny Panie …,") if sex == "M" else ("mężczyzny", "Szanowna Pani …,")
        return _SALUTATION_SEX_TOLD.format(text=shown, whom=whom, sex=sex, sample=sample)
    if opening.group("title") == "Pan":
        return _SALUTATION_CASE_TOLD.format(text=shown, fixed="Szanowny Panie")
    return None


def recurrence_slip(text) -> str | None:
    """The words of a recurrence that repeat what pismo prints around it: the period, or the word „cyklicznie”."""
    found = _PERIOD_IN_RECURRENCE.search(text) if _filled(text) else None
    return " ".join(found.group().split()) if found else None


def completed_slips(sprawa):
    """(loc, message) of a field pismo prints inside its own words or lines that does not fit them: the town with the
    date line's „, dnia” (printed „Wrzosogród, dnia, dnia …”), a meeting place without its preposition, a
    salutation without its comma, a text under pismo's heading opened with the old letter's label („Uzasadnienie:”,
    „Opis problemu:”, the plan's „1. Charakterystyka …”), an addressee with „Pani” before the name."""
    town = town_slip(sprawa.jednostka.miejscowosc)
    if town:
        yield ("jednostka", "miejscowosc"), town
    for i, meeting in enumerate(sprawa.spotkania):
        place = meeting.miejsce.miejscownik
        if _filled(place) and place_slip(place):
            yield ("spotkania", i, "miejsce", "miejscownik"), place_slip(place)
    for i, partner in enumerate(sprawa.partnerzy):
        for j, adresat in enumerate(partner.adresaci):
            text = adresat.powitanie
            osoba = adresat.osoba
            slip = salutation_slip(text, getattr(osoba, "plec", None)) if _filled(text) else None
            if slip:
                yield ("partnerzy", i, "adresaci", j, "powitanie"), slip
            elif _filled(text) and not text.rstrip().endswith((",", "!")):
                yield ("partnerzy", i, "adresaci", j, "powitanie"), _SALUTATION_TOLD.format(text=text.strip().rstrip(" .;:"))
    for i, action in enumerate(sprawa.dzialania):
        words = recurrence_slip(getattr(action.termin, "cyklicznie", None))
        if recurrence_answer(getattr(action.termin, "cyklicznie", None)):
            text = action.termin.cyklicznie.strip()
            yield ("dzialania", i, "termin", "cyklicznie"), recurrence_answer_told(text)
        elif words:
            yield ("dzialania", i, "termin", "cyklicznie"), _RECURRENCE_TOLD.format(words=words)
        elif (answered := _answer_before(getattr(action.termin, "cyklicznie", None))):
            yield ("dzialania", i, "termin", "cyklicznie"), _ANSWER_BEFORE_TOLD.format(word=answered[0], rest=answered[1])
    for loc, text in _labelled_texts(sprawa):
        label = label_opening(text)
        if label:
            yield loc, _LABEL_TOLD.format(label=label[0], rest=label[1])
    for i, partner in enumerate(sprawa.partnerzy):
        for j, adresat in enumerate(partner.adresaci):
            for key, what in (("imie_nazwisko", "imię i nazwisko"), ("funkcja", "funkcja")):
                found = courtesy_opening(getattr(adresat.osoba, key, None))
                if found:
                    yield ("partnerzy", i, "adresaci", j, "osoba", key), _COURTESY_TOLD.format(
                        what=what, word=found[0], rest=found[1])


# the old letter's label copied with a short field pismo labels itself („Egz. nr 1 – adresat” under its „Egz. nr 1 –”,
# „Protokołowała: …” after its „Protokołowała:”, „Załącznik nr 1 – Mapa …” in its numbered „Załączniki:”)
_FIELD_NUMBER = r"\s*(?:nr\.?\s*)?\d{1,2}\.?"
_FIELD_LABELS = {
    "egzemplarze": (re.compile(rf"(?i:egz(?:\.|emplarz)){_FIELD_NUMBER}\s*(?:[–—:-]\s*)?"), "Egz. nr 1 –"),
    "zalaczniki": (re.compile(rf"(?i:zał(?:\.|ącznik)){_FIELD_NUMBER}\s*(?:[–—:-]\s*)?"), "Załączniki:” i numer „1."),
    "protokolant": (re.compile(r"(?i:protok(?:ołował[ao]?|olant(?:ka)?)|sporządził[ao]?)\s*[–—:-]\s*"),
                    "Protokołował:” albo „Protokołowała:"),
    "prowadzacy": (re.compile(r"(?i:prowadząc[ya]|prowadził[ao]?)\s*[–—:-]\s*"), "Prowadzący:” albo „Prowadząca:"),
}
_FIELD_LABEL_TOLD = ("tekst zaczyna się od „{label}” (opis ze starego pisma) – pismo samo pisze przed nim „{own}”, "
                     "w piśmie stałoby to dwa razy; usuń „{label}” i zacznij od „{rest}…”")


def field_label(key, text) -> tuple[str, str] | None:
    """(label, the words after it) of a short field's text opened with the label pismo prints before it."""
    pattern = _FIELD_LABELS.get(key, (None,))[0]
    found = pattern.match(text.lstrip()) if pattern and _filled(text) else None
    rest = text.lstrip()[found.end():] if found else ""
    return (found.group().strip(), " ".join(rest.split()[:2])) if rest.strip() else None


def field_labels(data):
    """(loc, message) of every short field's text or item opened with the label pismo prints itself."""
    for loc, value in scalars(data):
        key = loc[-2] if len(loc) > 1 and isinstance(loc[-1], int) else loc[-1] if loc else None
        found = field_label(key, value) if isinstance(key, str) and isinstance(value, str) else None
        if found:
            yield loc, _FIELD_LABEL_TOLD.format(label=found[0], own=_FIELD_LABELS[key][1], rest=found[1])


# a line of the old letter's header or address block copied whole: its date line, the department pismo prints under
# the unit's name, the phone or e-mail pismo prints under the address, the addressee's institution over its address
_DATE_IN_LINE = re.compile(r"(?<![^\W\d_])(?:dnia|dn\.)(?![^\W\d_])|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}\s*(?:r\.|roku)",
                           re.IGNORECASE)
_CONTACT_IN_LINE = re.compile(r"(?<![^\W\d_])(?i:tel(?:efon)?|fax|kom)\.?\s*:?\s*[+\d(]|(?<![^\W\d_])(?i:e-?mail)\s*:|\S@\S")
_COPIED_LINE_TOLD = "wiersz „{line}” – {what} pismo drukuje samo, w piśmie stałoby to dwa razy; usuń ten wiersz"


def copied_line(key: str, line, jednostka, nazwa=()) -> str | None:
    """What a header's or an address's line repeats of what pismo prints itself there, or None."""
    if not _filled(line):
        return None
    plain = " ".join(line.split()).casefold()
    own = [getattr(getattr(jednostka, k, None), "mianownik", None) for k in ("wydzial", "zespol")]
    if key == "naglowek" and _DATE_IN_LINE.search(line):
        return "nagłówek to tylko nazwa jednostki – datę („…, dnia …”)"
    if key == "naglowek" and plain in {" ".join(o.split()).casefold() for o in own if o}:
        return "nagłówek to tylko nazwa jednostki – wydział albo zespół (z pól „wydzial” i „zespol”)"
    if key == "adres" and _CONTACT_IN_LINE.search(line):
        return "adres to tylko ulica i miejscowość – telefon i e-mail (z pól „telefon” i „email”)"
    if key == "adres" and plain in {" ".join(n.split()).casefold() for n in nazwa}:
        return "adres to tylko ulica i miejscowość – nazwę instytucji (z pola „nazwa”, nad adresem)"
    return None


def copied_lines(sprawa):
    """(loc, message) of each line of the unit's header and address and of an addressee's address that repeats what
    pismo prints there itself (finding 24 of rev-msg14)."""
    unit = sprawa.jednostka
    blocks = [(("jednostka", "naglowek"), unit.naglowek, ()), (("jednostka", "adres"), unit.adres, ())]
    blocks += [(("partnerzy", i, "adresaci", j, "adres"), a.adres, a.nazwa)
               for i, partner in enumerate(sprawa.partnerzy) for j, a in enumerate(partner.adresaci)]
    for loc, lines, nazwa in blocks:
        for k, line in enumerate(lines or []):
            what = copied_line(loc[-1], line, unit, nazwa)
            if what:
                yield loc + (k,), _COPIED_LINE_TOLD.format(line=" ".join(line.split()), what=what)


def _filled(text) -> bool:
    """Whether a field holds the officer's own text: not left out, not a hole, no „UZUPEŁNIJ” in it."""
    return isinstance(text, str) and bool(text.strip()) and not is_hole(text) and not has_placeholder(text)


def _officers(osoby):
    """(loc, person) of every officer pismo prints with the rank from „stopien” before the name."""
    people = [(("osoby", key), getattr(osoby, key)) for key in ("dzielnicowy", "komendant", "przelozony")]
    people += [(("osoby", "dzielnicowi", i), osoba) for i, osoba in enumerate(osoby.dzielnicowi)]
    return [(loc, osoba) for loc, osoba in people if osoba is not None]


_HARD_COMMENT = ("przed „#” stoi {space}, więc YAML nie bierze dalszej części wiersza za komentarz i trafi ona "
                 "do pisma – jeśli to komentarz, wpisz przed „#” zwykłą spację")
def _comment_cut(value) -> str:
    """The hashtag warning; a value opened with a printer's quote („…”) was quoted, only not as YAML reads it."""
    if isinstance(value, str) and value[:1] in TYPOGRAPHIC_QUOTES:
        return ("tekst od „#” do końca wiersza YAML traktuje jako komentarz i nie trafi do pisma (z cudzysłowem "
                "zamykającym) – cudzysłów drukarski („…”), którego YAML nie rozpoznaje, nie chroni go; ujmij całą "
                "wartość także w cudzysłów prosty (\"„tekst”\")")
    return _COMMENT_CUT


def _value_at(data, loc: tuple):
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


_COMMENT_CUT = ("tekst od „#” do końca wiersza YAML traktuje jako komentarz i nie trafi do pisma – jeśli ma być "
                "w piśmie (np. hasztag), ujmij całą wartość w cudzysłów; jeśli to komentarz, wpisz spację po „#” "
                "(„# …”)")


def _all_ids(s):
    yield from ((("dzialania", i, "id"), d.id) for i, d in enumerate(s.dzialania))
    for i, p in enumerate(s.partnerzy):
        yield ("partnerzy", i, "id"), p.id
        yield from ((("partnerzy", i, "adresaci", j, "id"), a.id) for j, a in enumerate(p.adresaci))
    yield from ((("wnioski", i, "id"), w.id) for i, w in enumerate(s.wnioski))
    yield from ((("spotkania", i, "id"), m.id) for i, m in enumerate(s.spotkania))
    yield from ((("cel", "wskazniki", i, "id"), w.id) for i, w in enumerate(s.cel.wskazniki))


def _unique_ids(case, errors):
    seen: dict[str, tuple] = {}
    for loc, ident in _all_ids(case.sprawa):
        if ident in seen:
            line = case.doc.where(seen[ident])[0]
            errors.append(case.problem(loc, f"identyfikator „{ident}” użyty już w wierszu {line} – identyfikatory "
                                            "muszą być różne", related=seen[ident]))
        else:
            seen[ident] = loc


def _districts(case, errors):
    """One plan names its districts once: `rejon` for one, `rejony` for several, never both or twice."""
    s = case.sprawa
    if s.rejon is not None and s.rejony:
        errors.append(case.problem(("rejony",), "plan ma już jeden rejon w polu rejon – przy kilku rejonach wpisz "
                                                "wszystkie w rejony, a pole rejon usuń"))
    seen: dict[str, int] = {}
    for i, r in enumerate(s.rejony):
        if is_hole(r.numer):
            continue
        if r.numer in seen:
            errors.append(case.problem(("rejony", i, "numer"), f"rejon nr {r.numer} jest już na liście "
                                       f"(rejony, pozycja {seen[r.numer] + 1}) – każdy rejon wpisz raz"))
        else:
            seen[r.numer] = i
    o = s.osoby
    if o.dzielnicowy is not None and o.dzielnicowi:
        errors.append(case.problem(("osoby", "dzielnicowi"), "plan ma już dzielnicowego w polu dzielnicowy – przy "
                                   "kilku sporządzających wpisz wszystkich w dzielnicowi, a pole dzielnicowy usuń"))
    numbers = [r.numer for _, r in s.rejony_planu() if not is_hole(r.numer)]
    for loc, officer in o.sporzadzajacy():
        if numbers and officer.rejon is not None and not is_hole(officer.rejon) and officer.rejon not in numbers:
            errors.append(case.problem(loc + ("rejon",), f"plan nie obejmuje rejonu nr {officer.rejon} – rejony planu: "
                                       f"{', '.join(numbers)}"))


# „none” answered in a list of ids: the list is left out, not „[brak]” – an unknown id
_NONE_WORDS = {"brak", "nie", "-", "–", "—", "nie dotyczy", "nd", "n/d", "żaden", "żadne", "nikt", "brak partnerów",
               "brak dokumentów", "0"}
NONE_WHAT = {"partnerzy": "partnerów", "dokumenty": "dokumentów", "zaproszeni": "zaproszonych"}


def none_word(value) -> bool:
    """Whether a list of ids or one of its items says „none” („brak”, „0”, „-”, „brak (w tym etapie)”)."""
    said = str(value).strip().rstrip(".") if isinstance(value, (str, int)) and not isinstance(value, bool) else ""
    return said.casefold() in _NONE_WORDS or re.sub(r"\s*\(.*\)$", "", said).rstrip(".").casefold() in _NONE_WORDS


def none_told(where: str, value) -> str:
    """What to do with „none” written in a list of ids: leave the list out."""
    return (f"jeśli nie ma {NONE_WHAT[where]}, usuń to pole (albo wpisz []) – „{str(value).strip()}” pismo wzięłoby "
            "za identyfikator")


def _references(case, errors):
    s = case.sprawa
    partners = {p.id for p in s.partnerzy}
    addressees = set(s.adresaci())
    documents = {w.id for w in s.wnioski} | {m.id for m in s.spotkania}

    def need(loc, ident, known, what):
        if is_hole(ident):  # still to fill in: a warning, and the document that uses it waits for it
            return
        if ident not in known and none_word(ident) and loc[-2] in NONE_WHAT:  # „[brak]”: the list is left out
            errors.append(case.problem(loc, none_told(loc[-2], ident)))
        elif ident not in known:
            hint = f" – znane: {', '.join(sorted(known))}" if known else ""
            errors.append(case.problem(loc, f"nie ma {what} o identyfikatorze „{ident}”{hint}"))

    for i, d in enumerate(s.dzialania):
        for j, ref in enumerate(d.partnerzy):
            need(("dzialania", i, "partnerzy", j), ref, partners, "partnera (partnerzy)")
        for j, ref in enumerate(d.dokumenty):
            need(("dzialania", i, "dokumenty", j), ref, documents, "wniosku ani spotkania")
    for i, w in enumerate(s.wnioski):
        need(("wnioski", i, "adresat"), w.adresat, addressees, "adresata (partnerzy → adresaci)")
    for i, m in enumerate(s.spotkania):
        for j, ref in enumerate(m.zaproszeni):
            need(("spotkania", i, "zaproszeni", j), ref, addressees, "adresata (partnerzy → adresaci)")
    if s.realizacja:
        r = s.realizacja
        actions = {d.id for d in s.dzialania}
        indicators = {w.id for w in s.cel.wskazniki}
        for i, x in enumerate(r.dzialania):
            need(("realizacja", "dzialania", i, "dzialanie"), x.dzialanie, actions, "działania")
        for i, x in enumerate(r.partnerzy):
            need(("realizacja", "partnerzy", i, "partner"), x.partner, partners, "partnera")
        for i, x in enumerate(r.wskazniki):
            need(("realizacja", "wskazniki", i, "wskaznik"), x.wskaznik, indicators, "wskaźnika (cel → wskazniki)")
        _result_parts(case, errors)


def _repeated(case, errors, warnings):
    """An id listed twice in one list (a line doubled by Ctrl+D or a paste): an addressee invited twice would get
    two invitations of one file name – told at the repeat, not as a clash of ids to rename; a partner or a document
    of an action named twice changes nothing printed, so it is only a warning."""
    lists = [(("spotkania", i, "zaproszeni"), m.zaproszeni, "zaproszonych", errors)
             for i, m in enumerate(case.sprawa.spotkania)]
    for i, d in enumerate(case.sprawa.dzialania):
        lists += [(("dzialania", i, "partnerzy"), d.partnerzy, "partnerów działania", warnings),
                  (("dzialania", i, "dokumenty"), d.dokumenty, "dokumentów działania", warnings)]
    for loc, refs, what, told in lists:
        seen: dict = {}
        for j, ref in enumerate(refs):
            if is_hole(ref):
                continue
            if ref in seen:
                line = case.doc.where(loc + (seen[ref],))[0]
                told.append(case.problem(loc + (j,), f"„{ref}” jest już na liście {what} (wiersz {line}) – usuń "
                                         "powtórzenie", warning=told is warnings, related=loc + (seen[ref],)))
            else:
                seen[ref] = j


def _repeated_signs(case, warnings):
    """A letter's reference sign or a meeting's number written twice (a meeting or a request copied with its
    letter's data): the office's register gives each its own, and two letters would go out under one sign."""
    seen: dict = {}
    for loc, value in _signs(case.doc.data):
        if not isinstance(value, str) or not value.strip() or has_placeholder(value):
            continue  # the raw file: a sign still to fill in („UZUPEŁNIJ znak pisma”, as `nowa --z` clears it)
        key = (loc[-1], " ".join(value.split()))
        if key not in seen:
            seen[key] = loc
            continue
        first = seen[key]
        line = case.doc.where(first)[0]
        told = (_SIGN_TWICE if loc[-1] == "znak" else _NUMBER_TWICE).format(
            value=key[1], whose=dotted(first[:-1]), line=line)
        warnings.append(case.problem(loc, told, warning=True, related=first))


_SIGN_TWICE = ("znak „{value}” ma już pismo {whose} (wiersz {line}) – każde pismo ma w rejestrze własny znak; wpisz "
               "znak tego pisma (czy to skopiowany wniosek albo spotkanie?)")
_NUMBER_TWICE = ("numer „{value}” ma już spotkanie {whose} (wiersz {line}) – nadaj temu spotkaniu jego własny numer "
                 "(czy to skopiowane spotkanie?)")


def _signs(data, loc: tuple = ()):
    """(loc, value) of every letter's „znak” and every meeting's „numer” of the raw file, in its order."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "znak" or (key == "numer" and loc[:1] == ("spotkania",) and len(loc) == 2):
                yield loc + (key,), value
            else:
                yield from _signs(value, loc + (key,))
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from _signs(item, loc + (i,))


def _result_parts(case, errors):
    """The parts of a combined result are the parts the plan counted at the start, each once."""
    planned = {w.id: [p.nazwa for p in w.skladniki] for w in case.sprawa.cel.wskazniki}
    for i, x in enumerate(case.sprawa.realizacja.wskazniki):
        if not x.skladniki or x.wskaznik not in planned:
            continue
        names = [p.nazwa for p in x.skladniki]
        expected = planned[x.wskaznik]
        if not expected:
            errors.append(case.problem(("realizacja", "wskazniki", i, "skladniki"),
                                       f"wskaźnik „{x.wskaznik}” nie ma składników w planie (cel → wskazniki) – "
                                       "podaj wartosc jedną liczbą albo dodaj składniki w planie"))
        elif sorted(names) != sorted(expected):
            errors.append(case.problem(("realizacja", "wskazniki", i, "skladniki"),
                                       f"składniki wyniku muszą być te same co w planie: {', '.join(expected)} "
                                       f"(tu: {', '.join(names)})"))


MAX_UNREPORTED = 5  # then one line for the rest, not a screenful


def _unreported(case, warnings):
    """Each action and partner of the plan needs its entry in the realisation: the report says
    „brak informacji o realizacji” for any without one, and sprawdz says which."""
    s = case.sprawa
    if not s.realizacja:
        return
    done = {x.dzialanie for x in s.realizacja.dzialania}
    reported = {x.partner for x in s.realizacja.partnerzy}
    for section, what, entries, known in (("dzialania", "działanie", s.dzialania, done),
                                          ("partnerzy", "partner", s.partnerzy, reported)):
        missing = [(i, e.id) for i, e in enumerate(entries) if e.id not in known]
        for i, ident in missing[:MAX_UNREPORTED]:
            warnings.append(case.problem((section, i, "id"), f"{what} „{ident}” nie ma wpisu w realizacja: {section} – "
                                         "informacja poda „brak informacji o realizacji”", warning=True))
        if len(missing) > MAX_UNREPORTED:
            warnings.append(case.problem(("realizacja", section), f"i {len(missing) - MAX_UNREPORTED} innych bez wpisu "
                                         "w realizacji – informacja poda przy nich „brak informacji o realizacji”",
                                         warning=True))


def _outside(case, loc, day, what, warnings):
    okres = case.sprawa.okres
    if not okres.od <= day <= okres.do:
        warnings.append(case.problem(loc, f"{what} {day:%d.%m.%Y} poza okresem planu", warning=True))


def _dates(case, errors, warnings):
    for i, d in enumerate(case.sprawa.dzialania):
        t = d.termin
        if t.do is None:  # a deadline in words: no date to check
            continue
        if t.od and t.do < t.od:
            errors.append(case.problem(("dzialania", i, "termin", "do"), "termin „do” jest wcześniejszy niż „od”"))
        if t.od:
            _outside(case, ("dzialania", i, "termin", "od"), t.od, "początek terminu", warnings)
        _outside(case, ("dzialania", i, "termin", "do"), t.do, "termin", warnings)


def _meetings(case, errors, warnings):
    from pismo.polish import holiday_name

    for i, m in enumerate(case.sprawa.spotkania):
        loc = ("spotkania", i, "data")
        _outside(case, loc, m.data, "spotkanie", warnings)
        if m.data.weekday() == 6:
            warnings.append(case.problem(loc, "spotkanie wypada w niedzielę", warning=True))
        holiday = holiday_name(m.data)
        if holiday:
            warnings.append(case.problem(loc, f"spotkanie wypada w święto ({holiday})", warning=True))
        if m.godzina_zakonczenia and _minutes(m.godzina_zakonczenia) <= _minutes(m.godzina):
            errors.append(case.problem(("spotkania", i, "godzina_zakonczenia"), "godzina zakończenia musi być późniejsza niż rozpoczęcia"))
        if m.protokol and len(m.protokol.przebieg) > len(m.porzadek):
            errors.append(case.problem(("spotkania", i, "protokol", "przebieg"), _LONGER_RECORD.format(
                record=len(m.protokol.przebieg), agenda=len(m.porzadek),
                line=case.doc.where(("spotkania", i, "porzadek"))[0])))


_LONGER_RECORD = ("przebieg ma więcej punktów ({record}) niż porządek spotkania ({agenda}, wiersz {line}) – protokół "
                  "opisuje każdy punkt porządku jednym punktem przebiegu (Ad 1., Ad 2., …); dopisz brakujący punkt "
                  "porządku albo połącz lub usuń nadmiarowe punkty przebiegu")


def order_of_dates(case) -> list[Problem]:
    """Dates of one matter in an impossible order: an invitation after its meeting (or months before it), minutes
    before it (or long after), an approval or a request before the plan, a request after the period, an assessment
    before the period or the plan, an action done before the plan or after the assessment that reports it. A typo
    in a day (25 for 05) or a year is the likeliest cause, and each document would print it under the officer's
    signature. One warning a date: the first rule it breaks. Run on the model with its holes in place (after
    holes.dig_in): a date still reading UZUPEŁNIJ is no date to measure from, its stand-in (01.01.2000) was."""
    warnings: list[Problem] = []
    told = set()
    for loc, day, other, wrong, message in _date_rules(case.sprawa):
        if loc in told or not _dated(day, other) or not wrong((day - other).days):
            continue
        told.add(loc)
        text = message.format(day=f"{day:%d.%m.%Y}", other=f"{other:%d.%m.%Y}")
        warnings.append(case.problem(loc, text + " – sprawdź datę", warning=True))
    return warnings


def _date_rules(s):
    """(loc, date, the date it is measured from, is the gap in days wrong, message) of each pair of dates."""
    before, after = (lambda days: days < 0), (lambda days: days > 0)
    # a period told as reversed is the date to correct, not the dates measured from it
    valid = _dated(s.okres.od, s.okres.do) and s.okres.do > s.okres.od
    start, end = (s.okres.od, s.okres.do) if valid else (None, None)
    plan = s.plan.data if s.plan else None
    if s.plan:
        yield ("plan", "zatwierdzono"), s.plan.zatwierdzono, plan, before, \
            "zatwierdzenie planu ({day}) jest wcześniejsze niż data planu ({other})"
    for i, w in enumerate(s.wnioski):
        if w.pismo:
            loc = ("wnioski", i, "pismo", "data")
            yield loc, w.pismo.data, plan, before, \
                "wniosek z datą {day} jest wcześniejszy niż plan, którego dotyczy ({other})"
            yield loc, w.pismo.data, end, after, \
                "wniosek z datą {day} jest późniejszy niż koniec okresu planu, którego dotyczy ({other})"
    for i, m in enumerate(s.spotkania):
        if m.zaproszenie:
            loc = ("spotkania", i, "zaproszenie", "data")
            yield loc, m.zaproszenie.data, m.data, after, \
                "zaproszenie z datą {day} jest późniejsze niż spotkanie, na które zaprasza ({other})"
            yield loc, m.zaproszenie.data, m.data, lambda days: days < -INVITATION_WITHIN, \
                f"zaproszenie z datą {{day}} jest o ponad {INVITATION_WITHIN} dni wcześniejsze niż spotkanie, " \
                "na które zaprasza ({other})"
        if m.protokol:
            loc = ("spotkania", i, "protokol", "data")
            yield loc, m.protokol.data, m.data, before, \
                "protokół z datą {day} jest wcześniejszy niż spotkanie, którego dotyczy ({other})"
            yield loc, m.protokol.data, m.data, lambda days: days > MINUTES_WITHIN, \
                f"protokół z datą {{day}} jest o ponad {MINUTES_WITHIN} dni późniejszy niż spotkanie, " \
                "którego dotyczy ({other})"
    if s.realizacja:
        yield from _assessment_rules(s.realizacja, start, plan, before, after)


def _assessment_rules(r, start, plan, before, after):
    """The assessment reports on the period's work: written after the period began, its actions done after the plan
    ordered them and by the day it was written."""
    yield ("realizacja", "data"), r.data, start, before, \
        "informacja o realizacji z datą {day} jest wcześniejsza niż początek okresu planu ({other})"
    yield ("realizacja", "data"), r.data, plan, before, \
        "informacja o realizacji z datą {day} jest wcześniejsza niż plan, którego dotyczy ({other})"
    # an assessment dated before the period is the date to correct, not every action it reports
    trusted = not any(_dated(r.data, other) and r.data < other for other in (start, plan))
    for i, done in enumerate(r.dzialania):
        loc = ("realizacja", "dzialania", i, "data")
        yield loc, done.data, plan, before, "działanie wykonane {day} – wcześniej niż plan, który je zleca ({other})"
        yield loc, done.data, r.data if trusted else None, after, \
            "działanie wykonane {day} – później niż informacja o realizacji, która o nim mówi ({other})"


_PHONE_DIGITS_TOLD = ("numer telefonu ma {count} {digits} – polski numer ma 9 (bez +48); sprawdź, czy żadnej nie brakuje "
                      "ani nie ma za dużo – ten numer trafi do pism")


_PHONE_COUNTRY_TOLD = ("numer telefonu zaczyna się od 48 – to wygląda na numer kierunkowy Polski bez „+”; wpisz {number} "
                       "(albo sam numer, bez 48) – ten numer trafi do pism")


_PHONE_ZEROS_TOLD = "numer telefonu zaczyna się od „0048” – w piśmie numer kierunkowy Polski pisze się „+48”; wpisz {number}"
_PHONE_TRUNK_TOLD = ("numer telefonu zaczyna się od zera przed numerem kierunkowym – od 2005 r. polskie numery wybiera się "
                     "bez niego; wpisz {number}")


def _without_trunk(text: str) -> str:
    """„(0-47) 811 00 33” → „47 811 00 33”: the trunk 0 and the brackets around the area code dropped."""
    found = re.match(r"\(?0[ -]?(\d{2})\)?[ -]?(.*)", text)
    return f"{found.group(1)} {found.group(2).strip()}" if found else text


# the sample values of the skeleton (pismo nowa) and of the importer's commented lines: its phone „47 000 00 00”
# (however spaced), the example domain's e-mail – other zeros are a fictional case's own („81 000 00 00”)
_SAMPLE_PHONE = re.compile(r"(?:\+48[ ]?)?\(?47\)?[ -]?000[ -]?00[ -]?00")
_SAMPLE_EMAILS = ("@jednostka.example.pl", "imie.nazwisko@policja.gov.pl")
_SAMPLE_TOLD = ("„{value}” to przykładowy {what} ze szkieletu pliku (pismo nowa) i tak trafi do pism – wpisz {own} "
                "albo usuń to pole (jest nieobowiązkowe)")


def sample_contacts(data):
    """(loc, message) of a phone or an e-mail still the skeleton's sample („47 000 00 00”,
    „prewencja@jednostka.example.pl”): printed in every letterhead as if real."""
    for loc, value in scalars(data):
        if not (loc and loc[-1] in ("telefon", "email") and isinstance(value, str)):
            continue
        own = "numer jednostki" if loc[0] == "jednostka" else "właściwy numer"
        if loc[-1] == "telefon" and _SAMPLE_PHONE.fullmatch(value.strip()):
            yield loc, _SAMPLE_TOLD.format(value=value.strip(), what="numer", own=own)
        elif loc[-1] == "email" and value.strip().lower().endswith(_SAMPLE_EMAILS):
            yield loc, _SAMPLE_TOLD.format(value=value.strip(), what="adres", own="właściwy adres")


def phone_slips(data):
    """(loc, message) of a Polish phone number with a digit too few or too many (after +48, 0048 or the trunk 0 of
    „(0-47)”); a number abroad („+49 …”) has its own length."""
    for loc, value in scalars(data):
        if not (loc and loc[-1] == "telefon" and isinstance(value, str)) or not re.search(r"\d", value):
            continue
        text = value.strip()
        if text.startswith("+") and not text.startswith("+48") or text.startswith("00") and not text.startswith("0048"):
            continue
        digits = re.sub(r"\D", "", text)
        digits = digits[2:] if text.startswith("+48") else digits[4:] if text.startswith("0048") else digits
        digits = digits[1:] if digits.startswith("0") else digits
        if len(digits) == 11 and digits.startswith("48") and text[:1].isdigit():
            yield loc, _PHONE_COUNTRY_TOLD.format(number="+" + text)
        elif len(digits) == 9 and text.startswith("0048"):  # „0048 47 …”: the international prefix as dialled
            yield loc, _PHONE_ZEROS_TOLD.format(number="+48 " + text[4:].strip())
        elif len(digits) == 9 and re.match(r"\(?0[ -]?\d", text):  # „(0-47) 811 00 33”: the trunk 0, gone since 2005
            yield loc, _PHONE_TRUNK_TOLD.format(number=_without_trunk(text))
        elif len(digits) != 9:
            word = "cyfrę" if len(digits) == 1 else "cyfry" if 2 <= len(digits) % 10 <= 4 and not 12 <= len(digits) % 100 <= 14 \
                else "cyfr"
            yield loc, _PHONE_DIGITS_TOLD.format(count=len(digits), digits=word)


# what a name never holds, pasted with it („Jan Przykładowski, tel. 81 111 22 33”, „…, PESEL 65031212345”,
# „…, ul. Lipowa 12, 21-010 Łęczna”, „… (kadencja 2024-2029)”): printed as the name
_CONTACT_IN_NAME = re.compile(r"(?P<email>[^\s@,;()<>]+@[^\s@,;()<>]+\.[^\W_]+)"
                              r"|(?P<address>(?<![^\W\d_])(?:ul|al|os|pl)\.[ \u00a0]*\S.*|(?<!\d)\d\d-\d{3}(?!\d).*)"
                              r"|(?P<label>(?i:pesel|tel|telefon|kom|e-mail|email|mail)\.?:?\s*)?(?P<digits>\+?\d(?:[\d \u00a0./-]*\d)?)")
_CONTACT_IN_NAME_TOLD = ("w polu imie_nazwisko jest {what} („{found}”) – pismo drukuje to pole jako imię i nazwisko (w adresie, "
                         "podpisie, liście obecności); {advice}")


def _contact_tail(tail: str) -> bool:
    """Whether the words after a name are an address or a number („os. Bobrowniki”, „nr leg. 123456”) with no
    function's noun in them – told by contacts_in_names, not as a function."""
    return not re.search(_FUNCTION_NOUN, tail) and any(_contact_kind(found) for found in _CONTACT_IN_NAME.finditer(tail))


def _contact_kind(found) -> str:
    """What a name's pasted number or text is: an e-mail, an address, a PESEL (11 digits), a phone (nine digits
    after +48, 0048 or the trunk 0, or labelled „tel.”) or another long number („2024-2029”)."""
    if found.group("email") or found.group("address"):
        return "email" if found.group("email") else "adres"
    label, digits = (found.group("label") or "").casefold(), re.sub(r"\D", "", found.group("digits"))
    if label.startswith("pesel") or len(digits) == 11 and not digits.startswith(("48", "0")):
        return "pesel"
    national = digits[2:] if found.group("digits").startswith("+48") else digits[4:] if digits.startswith("0048") else digits
    if label.startswith(("tel", "kom")) or len(national.removeprefix("0")) == 9:
        return "telefon"
    return "cyfry" if len(digits) >= 4 else None  # a school's „nr 4” may stay with an attendee's name


_CONTACT_WHAT = {"telefon": "numer telefonu", "email": "adres e-mail", "pesel": "numer PESEL", "adres": "adres",
                 "cyfry": "liczba"}


def contacts_in_names(data):
    """(loc, the text, message) of a name holding a phone number, an e-mail, a PESEL, an address or other digits:
    an officer's phone and e-mail go to their own fields, the rest out of the letter."""
    for loc, value in scalars(data):
        if not (loc and loc[-1] == "imie_nazwisko" and isinstance(value, str)):
            continue
        found = next((found for found in _CONTACT_IN_NAME.finditer(value) if _contact_kind(found)), None)
        if not found:
            continue
        kind, text = _contact_kind(found), " ".join(found.group().split()).rstrip(".,;)")
        if kind in ("telefon", "email") and loc[0] == "osoby":
            advice = f"wpisz go w polu {kind} tej osoby i usuń z imienia i nazwiska"
        elif kind in ("telefon", "email"):
            advice = f"usuń go – pismo nie podaje tu {'numeru telefonu' if kind == 'telefon' else 'adresu e-mail'}"
        elif kind == "pesel":
            advice = "usuń go – to dane osobowe, których pismo nie podaje"
        elif kind == "adres":
            advice = "usuń go – pismo bierze adres adresata z pola „adres”" if "adresaci" in loc else "usuń go"
        else:
            advice = "usuń ją – to nie część imienia i nazwiska"
        yield loc, text, _CONTACT_IN_NAME_TOLD.format(what=_CONTACT_WHAT[kind], found=text, advice=advice)


INVITATION_WITHIN = 180  # days: an invitation goes out weeks before its meeting, not a year (a typo in the year)
MINUTES_WITHIN = 30  # days: minutes are written on the day of the meeting or soon after


def _dated(*values) -> bool:
    return all(isinstance(value, dt.date) and not is_hole(value) for value in values)


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


# a text made only of dots, question marks, dashes or „x” („...”, „?”, „xxx”): a gap to fill, like UZUPEŁNIJ
_STAND_IN = re.compile(r"[\s.…?!x*_–—-]+", re.IGNORECASE)
_STAND_IN_TOLD = ("pole zawiera tylko „{text}” – to wygląda na miejsce do uzupełnienia i tak trafi do pisma; wpisz "
                  "właściwy tekst")


def scalars(data, loc: tuple = ()):
    """(location, value) of every scalar under a raw case value: the one walk of the checks over the tree."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from scalars(value, loc + (key,))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from scalars(value, loc + (i,))
    else:
        yield loc, data


def _stand_ins(data):
    """(location, text) of every raw text value with no letter or digit but a gap's marks."""
    return ((loc, value) for loc, value in scalars(data)
            if isinstance(value, str) and value.strip() and _STAND_IN.fullmatch(value) and not _roman_number(loc, value))


def _told_gap(loc: tuple, value: str) -> bool:
    """Whether a text is told as a gap to fill (a stand-in, the skeleton's hint, the officer's own mark): any other
    message on its words would be noise."""
    return bool(_STAND_IN.fullmatch(value) and not _roman_number(loc, value) or skeleton_hint(value)
                or own_gap(without_note(value), loc[-1] if loc else None))


def _roman_number(loc: tuple, value: str) -> bool:
    """Whether „XX”, „XXX” is a district's number in Roman numerals (20, 30), not a gap's „x” marks."""
    return bool(loc) and loc[-1] == "numer" and re.fullmatch(r"X{1,3}", value.strip()) is not None


# a gap the skeleton's hints leave once only their „UZUPEŁNIJ” is deleted: „W …”, „ul. … nr”, „nr ...” – an
# ellipsis standing as a word of its own; one glued to a word („itd…”) or in brackets („(…)”) is the text's; the
# skeleton's sample postal code „00-000”; not a pause: in a quotation („Zanim otworzysz … pomyśl”) or before the
# sentence goes on („mediów ... i nie tylko”)
_GAP_WORD = r"(?<!\S)(?:…|\.{3})(?!\S)(?!\s+(?:i|oraz|a|lub|albo|czy|ale|bo)\s)"
_SAMPLE_POSTAL = re.compile(r"(?<!\S)00-000(?!\S)")
# a line of a few words with an ellipsis word is the shape of the skeleton's hints („W …”, „ul. … nr”, „… rejonu
# służbowego nr …”), told as one; in a longer text the ellipsis is the officer's own gap, told at its place
_HINT_WORDS = 5
_QUOTED = re.compile(r"„[^„”\"]*[”\"]|“[^“”]*”|\"[^\"]*\"")
# the skeleton's longer hints ask what to write („co partner zrobi …”, „znak sprawy według …”): one at a line's start
# is the hint, whatever follows; its shorter hints and the sample sources („zgłoszeń naniesionych …”) only whole
_HINT_QUESTION = re.compile(r"(?:co|dlaczego|jaki|jaka|jakie|jak|kto|gdzie|kiedy|na jakiej|znak sprawy)\s")
# a note to oneself („uzupełnić”, „wpisz”) and the words naming what to write („nr”, „adres”, „nazwa osiedla”): in
# brackets they are a gap's hint; a text's own brackets hold other words – an editor's mark („[sic]”, „[red.]”,
# „[t.j.]”, „[przyp. aut.]”), a label („zakładka [aktualności]”), an aside („[w załączeniu wzór]”)
_TO_DO = (r"(?:uzupełnić|wpisać|wstawić|sprawdzić|poprawić|dopisać|ustalić|zmienić|podać|dodać|wypełnić|potwierdzić|"
          r"uzgodnić)")
_TO_DO_SAID = r"(?:uzupełnij|wpisz|wstaw|sprawdź|popraw|dopisz|ustal|zmień|podaj|dodaj|wypełnij|potwierdź|uzgodnij)"
# a note's „do …” („do uzupełnienia”, „(do uzup.)”, „[do ustalenia z proboszczem]”); „do ustalenia”, „do potwierdzenia”
# and „do uzgodnienia” with a noun after them are a text's („do ustalenia sprawcy”, „do potwierdzenia tożsamości”), with
# whom or nothing after them a note
_NOTE_DO = (r"do\s+(?:uzupełnienia|uzup\.|poprawy|sprawdzenia|ustalenia|potwierdzenia|uzgodnienia|wpisania|dopisania|"
            r"wstawienia|zmiany)")
_NOTE_DO_WHOLE = r"do\s+(?:uzupełnienia|uzup\.|poprawy|sprawdzenia)"  # a note with any words after it
_NOTE_DO_WITH = r"(?:\s+(?:z|ze|przez|u|w|we|na)\s[^()\[\]\n]{1,40})?"
# what is to be settled, named before the note („(termin do ustalenia)”, „[termin do ustalenia z proboszczem]” – in round
# brackets with whom it is a plan's own arrangement: „(termin do ustalenia z redakcją)”) or after it („(do ustalenia
# godziny z proboszczem)”) – „(do ustalenia sprawcy)” names what a text's action is for
_NOTE_WHAT = r"(?:[^\W\d_]+\s+(?:i\s+)?){0,3}"
_NOTE_WHAT_AFTER = r"(?:\s+(?:terminu|godziny|daty|dnia|miejsca|nazwy|adresu|numeru|liczby|szczegółów|treści|tytułu))?"
# a note's verb opening a bracket or closing a text after a dash, whatever follows („(sprawdzić, czy Radio Lublin się
# zgodzi)”, „– sprawdzić z rzecznikiem.”): a text's reader is asked „podać”, „dodać”, „zmienić” – not these
_NOTE_VERB = r"(?:uzupełnić|wpisać|wstawić|sprawdzić|poprawić|dopisać|ustalić|potwierdzić|uzgodnić)"
_TO_WRITE = (r"(?:nr|numer|adres|nazwa|nazwisko|imię|data|datę|dzień|godzina|godz|kwota|telefon|tel|e-mail|email|"
             r"link|url|www|miejscowość|miejsce|ulica|kod|sygnatura|sygn|znak|termin|liczba|ilość|stopień|funkcja)")
# what to write named in round brackets („(nazwa gazety)”, „(adres strony)”, „(imię i nazwisko)”) – fewer than in
# square ones: „112 (numer alarmowy)”, „(kod QR)”, „(termin realizacji)” are a text's
_TO_NAME = r"nazwa|adres|imię|nazwisko|data|datę|link|url|miejscowość|ulica|stopień|podpis"
_NEVER_ASKED = r"(?:uzupełnić|wpisać|wstawić|dopisać)"  # a slogan may say „PODAĆ DALEJ”, never these
_TO_FILL = r"(?:uzupełnić|wpisać|wstawić|dopisać|podać)"  # what a text never asks its reader, also with words after
_WORDS = r"(?:\s+[^\W\d_]+\.?){0,3}"
# an aside in brackets telling where the thing is („[link w stopce]”, „[adres redakcji w załączeniu]”, „[nr poniżej]”),
# not what to write
_WHERE_IT_IS = (r"(?<!\S)(?:(?:w|we|na)\s+(?:stopce|załączeniu|załączniku|nagłówku|treści|ogłoszeniu|piśmie|końcu|dole|"
                r"górze|stronie|opisie|odwrocie)|poniżej|powyżej|niżej|wyżej|obok)(?![^\W\d_])")
# „XX” or dots in digits' place where no Roman numeral stands: a date's day („XX.08.2025”, „..08.2025”, „XX września
# 2025”), a month between a day and a year („1.XX.2025” – a Roman month ends at XII), an hour's („XX:XX”, „17:XX”), a
# phone's digits after its groups („47 811 XX XX”), a postal code („XX-XXX”, „21-XXX”), a number after „art.”, „str.”,
# „poz.”, „tel.” or a street's name („pl. Kościuszki XX”), four X's or more („Marek XXXXX” – Roman 40 is XL); a
# Roman „XX” stays the text's: „XX wieku”, „XX-lecia”, „Uchwała nr XX.145.2020”
_MONTH_NAMES = ("stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|"
                "grudnia")
_STREET = r"(?:ul|pl|al|os)\.[ ]+(?:[^\W\d_]+\.[ ])?[^\W\d_a-ząćęłńóśźż][^\W\d_]*(?:[ ][^\W\d_a-ząćęłńóśźż][^\W\d_]*){0,3}"
# a phone's nine digits, some of them X's („81 752 20 XX”) – „z lat 60-70 XX wieku” is a century, „21-010 XX” a town
_NINE = r"(?=(?:[\dXx][ -]?){8}[\dXx](?![\dXx]|[ -][\dXx]))"
_DIGITS_GAP = (r"(?<![^\s(])(?:[Xx]{2}|\.{2,3}|…)(?=\.?(?:0?[1-9]|1[0-2]|[Xx]{2})\.(?:19|20)\d\d(?!\d))"
               rf"|(?<![^\s(])[Xx]{{2}}\s+(?i:{_MONTH_NAMES})(?![^\W\d_])"
               r"|(?<=\d\.)[Xx]{2,}(?=\.\d{2,4}(?!\d))"
               r"|(?<![^\W_])(?:[Xx]{2}:(?:[Xx]{2}|\d\d)|\d{1,2}:[Xx]{2})(?![^\W_])"
               rf"|(?<![\w+]){_NINE}\d{{2,3}}(?:[ -]\d{{2,3}}){{1,3}}(?:[ -][Xx]{{2,3}}){{1,3}}(?![^\W_])"
               r"|(?<=\d\d-\d{3}[ ])[Xx]{2,3}(?![^\W_])"
               r"|(?<![\w+])\d{3}(?:[ -][Xx]{3}){2}(?![^\W_])"
               r"|(?<![^\W_])(?:[Xx]{2}-[Xx\d]{3}|\d\d-[Xx]{3})(?![^\W_])"
               r"|(?<![^\W_])(?:[Aa]rt|[Ss]tr|[Pp]oz|[Tt]el)\.[ ][Xx]{2,}(?![^\W_])"
               rf"|(?<![^\W_]){_STREET}[ ][Xx]{{2,3}}(?=(?:/[\dXx]+)?(?:\s*$|[,;)]|\.(?:\s|$)))"
               r"|(?<![^\W_])[Xx]{4,}(?![^\W_])")
# an officer's own mark of a gap: „do uzupełnienia”, „do ustalenia”, „(brak danych)”, „XX” for the digits of a sign
# („PR-RD-0151-XX/26”), a run of dots or one glued between a sign's parts („0151-……/26”, „0151-…/26”), underscores
# („Panie ______,”, „0151-__/25”, „0151-_/25” – a run glued to a letter is a name's: „plan_dzialania”, „__class__”), question marks
# standing alone („???”, „(?)” – after a word they are a question's: „wnuczek???”), a hint in brackets („[nr]”,
# „[WPISAĆ ADRES]”, „<numer>”, „<<adres strony>>”, „{{adres}}” – words only: „{{ 7*7 }}”, „{{ x.y }}”, „{{r x }}” are a template's
# code, printed as written; an HTML tag closes later), a note to oneself
# („(uzupełnić)”, „(wpisać adres)”, „– uzupełnić!”, „SPRAWDZIĆ”) and the working notes a letter never says
# („UWAGA: do sprawdzenia”, „(DO POPRAWY)”, „(do sprawdzenia przez wydział)”, TODO)
_OWN_GAP = re.compile(r"(?i:^\W*(?:do\s+(?:uzupełnienia|ustalenia)|brak\s+danych)\W*$"
                      rf"|[(\[](?:{_NOTE_DO}{_NOTE_WHAT_AFTER}{_NOTE_DO_WITH}|brak\s+danych)[)\]]"
                      rf"|[(\[]{_NOTE_WHAT}{_NOTE_DO}[)\]]|\[{_NOTE_WHAT}{_NOTE_DO}\s+(?:z|ze|u)\s[^()\[\]\n]{{1,40}}\]"
                      rf"|\((?:[–—-][ ]?)?{_NOTE_VERB}(?![^\W\d_]),?\s[^()\n]{{1,60}}\)"
                      rf"|(?<!\S)[–—-][ \t]*(?:{_NOTE_WHAT}{_NOTE_DO}|{_NOTE_VERB}(?![^\W\d_])[^–—\n.!?]{{0,40}})[.!]*(?=\s*$)"
                      rf"|(?<=[.!?][ ])(?:{_NOTE_DO}|{_NOTE_VERB})[.!]*(?=\s*$)"
                      rf"|uwaga\s*(?::|[ ][–—-])\s*{_NOTE_VERB}(?![^\W\d_])"
                      rf"|[(\[]{_NOTE_DO_WHOLE}\s[^()\[\]\n]{{1,40}}[)\]]"
                      r"|uwaga:\s*do\s+(?:uzupełnienia|ustalenia|poprawy|sprawdzenia)"
                      rf"|\[(?:{_TO_DO}|{_TO_DO_SAID}|{_TO_WRITE})(?![^\W\d_]|\.\w)(?![^\]\n]*{_WHERE_IT_IS})[^\[\]\d\n]{{0,24}}\]"
                      rf"|\[[^\[\]\n]{{0,40}}(?<![^\W\d_]){_TO_DO}(?![^\W\d_])[^\[\]\n]{{0,40}}\]"
                      rf"|(?:(?<=//)|(?<=//[ ])){_TO_DO}(?![^\W\d_])|(?:(?<=//)|(?<=//[ ])){_NOTE_DO}"
                      rf"|\((?:{_TO_NAME})(?![^\W\d_])(?![^)\n]*{_WHERE_IT_IS})(?:,?[ ][^\W\d_]+){{0,3}}\)"
                      r"|\((?:jaki|jaka|jakie|jakich|jakim|który|która|które|których|kiedy|gdzie|kto|kogo|ile)\?+\)"
                      r"|[„\"“](?:do\s+uzupełnienia|todo|x{2,}|…|\.{3}|\?+|\[[^\W\d_][^\[\]\d\n]{0,30}\])[”\"]"
                      rf"|\({_TO_FILL}(?!\s+do\s){_WORDS}!*\)|\({_TO_DO}!*\)|[–—-][ \t]*{_TO_FILL}!*(?=\s*$)"
                      r"|[–—-][ \t]*do\s+(?:uzupełnienia|poprawy|sprawdzenia)[.!]*(?=\s*$)"
                      r"|\([^()\n]{1,40}\sdo\s+(?:uzupełnienia|poprawy|sprawdzenia)\))"
                      rf"|(?<![^\W\d_])(?:{_TO_DO.upper()}|TODO|FIXME)(?![^\W\d_])"
                      r"|(?<!\w)_{2,}(?!\w)|(?<=[-/ ])_(?=[-/ ,.;]|$)|(?<![^\W\d_])(?<!\?)\?{2,}|\(\?\)"
                      r"|<<?[^\W\d_](?:[^\W\d_]|[ .]){0,24}>>?(?![^<\n]*</)|\{\{[ ]?[^\W\d_]{3,}(?:[ ][^\W\d_]+){0,3}[ ]?\}\}"
                      r"|(?<![^\W_])x{2,}(?![^\W_])|(?<=[\d/-])(?<![IVXLCDMivxlcdm][/-])[Xx]{2,}(?=[\d/-]|$)"
                      r"|(?<!\w)(?:x{2,}|[Xx]{2,}(?!/\d{1,4}/(?:\d{2}|\d{4})(?!\d)))(?=[/-]\d)"
                      rf"|{_DIGITS_GAP}"
                      r"|…{2,}|(?<!(?i:itd|itp|etc|tzw))\.{4,}|(?<=\w[/-])(?:…|\.{2,3})(?=[/-]\w|\s|$)"
                      r"|(?<![^\s(])(?:…|\.{2,3})(?=/\d)|(?<=\w-)(?:\?+|(?i:nr|numer)|[ ]+)(?=/\d)|" + _GAP_WORD)
# „N.N.” (nomen nescio) in a name's place is a gap; in a text it names an unknown person („sprawca N.N.”, a resident
# who gave no name in the minutes)
_UNKNOWN = re.compile(r"(?<![^\s(])N\.\s?N\.(?![^\s),;:!?])")
# a form's label left for the name („Imię i Nazwisko”, „(imię i nazwisko)”, „NN” – N.N. without its dots)
_LABEL_AS_NAME = re.compile(r"\W*(?:(?:imię|imie)\W+(?:i\W+)?nazwisko|nazwisko\W+(?:i\W+)?(?:imię|imie)|NN|N N)\W*",
                            re.IGNORECASE)
_NAMES = {"imie_nazwisko", "nazwa", "powitanie", "protokolant", "prowadzacy", "odpowiedzialny", "funkcja"}
_OWN_GAP_TOLD = ("pole zawiera „{gap}” – to wygląda na miejsce do uzupełnienia i tak trafi do pisma; wpisz {what}")
# what a gap in digits' place stands for, by its shape („XX.08.2025”: a date) – the first that fits
_GAP_WHAT = ((re.compile(rf"\.(?:19|20)\d\d(?!\d)|\s(?i:{_MONTH_NAMES})$"), "właściwą datę"),
             (re.compile(r"^[\dXx]{1,2}:[\dXx]{2}$"), "właściwą godzinę"),
             (re.compile(r"^\d{2,3}(?:[ -][\dXx]{2,3}){2,4}$"), "pełny numer telefonu"),
             (re.compile(r"^[\dXx]{2}-[\dXx]{3}$"), "kod pocztowy, np. 21-010"),
             (re.compile(rf"^{_STREET}[ ][Xx]+$"), "numer domu"),
             (re.compile(r"^(?:[Aa]rt|[Ss]tr|[Pp]oz|[Tt]el)\.[ ]"), "właściwy numer"))
_NAME_LABEL_TOLD = ("{where} stoi opis pola „{gap}” z formularza – pismo wydrukuje go razem z nimi; "
                    "usuń {what}, zostaw samo imię i nazwisko")


def _gap_told(loc: tuple, gap: str, value) -> str:
    """The message on a gap: a form's label in brackets beside a name („Marek Nowak (imię i nazwisko)”) is told to
    be deleted – the name is there already; a gap in digits' place says what they stand for („wpisz właściwą datę”),
    one after a postal code is the town's („21-010 XX”)."""
    if loc and loc[-1] == "imie_nazwisko" and gap.startswith("(") and str(value).strip() != gap and _LABEL_AS_NAME.fullmatch(" ".join(gap.split()[:3])):
        before = str(value).strip().startswith(gap)
        return _NAME_LABEL_TOLD.format(gap=gap, what="nawias", where="przed imieniem i nazwiskiem" if before
                                       else "po imieniu i nazwisku")
    what = "znak pisma z jego numerem, np. PR-ZD-0151-3/25" if loc and loc[-1] == "znak" else \
        "nazwę miejscowości" if re.search(rf"\d\d-\d{{3}}[ ]{re.escape(gap)}(?![^\W_])", str(value)) else \
        next((what for shape, what in _GAP_WHAT if shape.search(gap)), None)
    if not what and loc and loc[-1] in ("imie_nazwisko", "protokolant", "prowadzacy", "odpowiedzialny") \
            and re.fullmatch(r"[Xx]{4,}", gap):
        what = "imię i nazwisko"
    return _OWN_GAP_TOLD.format(gap=gap, what=what or "właściwy tekst")


_HINT_TOLD = ("pole zawiera „{text}” – to wskazówka ze szkieletu pliku (pismo nowa), czyli miejsce do uzupełnienia, "
              "i tak trafi do pisma; wpisz właściwy tekst")


@functools.cache
def _skeleton_hints() -> tuple[frozenset, tuple]:
    """The skeleton's own hints after its markers: the short ones that name what to write („imię i nazwisko”,
    „punkt porządku”) whole, and the heads of those giving an example („stopień, np. st. sierż.” → „stopień”)."""
    from pismo.case.skeleton import skeleton_text

    hints = [found.group(1).strip() for found in re.finditer(r"UZUPEŁNIJ:? *([^#\n]*)", skeleton_text())]
    whole = frozenset(h for h in hints if h and h[0].islower() and len(h.split()) <= 4 and ", np." not in h)
    whole -= {"raz w miesiącu"}  # the one hint that is also a right value („cyklicznie”)
    heads = {h.split(", np.")[0] + ", np." for h in hints if ", np." in h}
    heads |= {" ".join(h.rstrip(". ").split()) for h in hints if len(h.split()) > 4 and _HINT_QUESTION.match(h)}
    return whole, tuple(sorted(heads))


def skeleton_hint(text: str) -> str | None:
    """The line of a text that is still the skeleton's hint, its marker deleted (finding 20 of rev-msg13)."""
    if _STAND_IN.fullmatch(text.strip()):
        return None  # told as a text of only a gap's marks
    whole, heads = _skeleton_hints()
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line in whole or line.startswith(heads) or _SAMPLE_POSTAL.search(_QUOTED.sub("", line)) \
                or len(line.split()) <= _HINT_WORDS and any(not _pause(line, m) for m in re.finditer(_GAP_WORD, line)):
            return line
    return None


# a matter the minutes record as still open („Termin (do ustalenia) zostanie przekazany”, „termin: do ustalenia”) –
# in a plan or a letter the same words are the officer's note
_OPEN_MATTER = re.compile(rf"\W*(?i:{_NOTE_WHAT}do\s+(?:ustalenia|uzgodnienia|potwierdzenia)(?:\s.*)?"
                          rf"|[(–—-]\s*{_NOTE_VERB},?\s+\S.*)\W*", re.DOTALL)


def _recorded(gap: str) -> bool:
    """Whether a gap's words in the minutes record a matter still open („(do ustalenia)”, „termin: do ustalenia”) –
    in square brackets, in capitals or in a bracket opened by a dash they are the officer's own mark („[do ustalenia]”,
    „[DO USTALENIA]”, „(– sprawdzić, czy tak było)”)."""
    letters = [ch for ch in gap if ch.isalpha()]
    return bool(_OPEN_MATTER.fullmatch(gap)) and "[" not in gap and not re.match(r"\([ ]?[–—-]", gap) \
        and not all(ch.isupper() for ch in letters)


_LABEL_HEAD = re.compile(rf"\((?i:{_TO_NAME})(?![^\W\d_])")


def own_gap(text, key=None, minutes=False) -> str | None:
    """The officer's own mark of a gap in a text („do uzupełnienia”, „[nr]”, „XX/26”), printed as it stands; „N.N.”
    only in a name's field (key; None: any); in the minutes (minutes) an open matter is their record, no gap."""
    if not isinstance(text, str) or _STAND_IN.fullmatch(text.strip() or "."):
        return None
    found = next((match for match in _OWN_GAP.finditer(text) if not _slogan(text, match) and not _pause(text, match)
                  and not _said_of(match) and not _titled(match) and not _quoted_note(text, match)
                  and not _steps(match) and not (minutes and _recorded(match.group()))),
                 None)
    if key in ("imie_nazwisko", "protokolant", "prowadzacy", "odpowiedzialny") and _LABEL_AS_NAME.fullmatch(text) \
            and not skeleton_hint(text):  # the skeleton's own „imię i nazwisko” is told as its hint
        return text.strip()
    if key is None or key in _NAMES:
        unknown = _UNKNOWN.search(text)
        found = unknown if unknown and (not found or unknown.start() < found.start()) else found
    if not found and key == "znak" and not re.search(r"\d", text):
        return " ".join(text.split())  # a sign has its number: „do nadania”, „nadać w kancelarii” is a note
    if not found:
        return None
    if not found.group().strip():  # spaces holding a sign's number („PR-ZD-0151-   /25”): the sign as written
        return re.search(r"\S*$", text[:found.start()]).group() + found.group() + re.match(r"\S*", text[found.end():]).group()
    if found.group()[0] in "„\"“" and found.group()[-1] in "”\"":
        return found.group()[1:-1]  # a quote holding only a gap („„XXX””): the gap
    if re.search(r"\s", found.group()):
        return " ".join(found.group().split())
    before, after = re.search(r"\S*$", text[:found.start()]), re.match(r"\S*", text[found.end():])
    return before.group().lstrip("(„\"") + found.group() + after.group().rstrip(").,;:!?”\"")  # the word or sign it stands in


# a word in capitals: with a note's word in capitals beside it a run is the slogan's or the heading's („PODAĆ DALEJ”),
# unless the word beside names what to write („SPRAWDZIĆ ADRES”)
_CAPITALS_WORD = re.compile(r"[^\W\d_a-ząćęłńóśźż]{2,}")
_WRITE_WORD = re.compile(rf"{_TO_WRITE}", re.IGNORECASE)


def _slogan(text: str, match: re.Match) -> bool:
    """Whether a note's word in capitals („SPRAWDZIĆ”) is a slogan's: inside quotes („„SPRAWDZIĆ, ZANIM OTWORZYSZ””)
    or beside another word in capitals that names no gap („PODAĆ DALEJ”) – a lone one among small letters is a note."""
    word = match.group()
    if not word.isupper() or not word.isalpha() or re.search(r"//\s*$", text[:match.start()]):
        return False  # a word in capitals right after „//” is a note's („(godz. 8.10 // ZMIENIĆ NA 9.10)”)
    if re.fullmatch(rf"{_NEVER_ASKED}|TODO|FIXME", word, re.IGNORECASE):
        return False  # what no slogan asks its reader („„WPISAĆ HASŁO KAMPANII””)
    if any(quoted.start() < match.start() < quoted.end() for quoted in _QUOTED.finditer(text)):
        return True
    before = re.search(r"(\S+)\s+$", text[:match.start()])
    after = re.match(r"[\s,]+(\S+)", text[match.end():])
    beside = [found.group(1).strip(",.;:!?()„”\"–—-") for found in (before, after) if found]
    return any(_CAPITALS_WORD.fullmatch(w) and not _WRITE_WORD.fullmatch(w) and not _OWN_GAP.fullmatch(w)
               for w in beside)


# whether the thing is asked for or kept back („(nazwisko nieobowiązkowe)”, „(nazwisko do wiadomości dzielnicowej)”)
_WITHHELD = re.compile(r"(?<![^\W\d_])(?:(?:nie)?(?:obowiązkow|opcjonaln|dobrowoln)[^\W\d_]*|do\s+wiadomości)(?![^\W\d_])",
                       re.IGNORECASE)


def _said_of(match: re.Match) -> bool:
    """Whether a label word in round brackets is followed by what is said of the thing, not by what to write: a
    proper name („(ulica Jaśminowa i Wiosenna)”), a participle or a gradable adjective anywhere („(imię sprawcy
    zmienione)”, „(podpis nieczytelny)”), whether it is asked for – „(nazwa gazety)”, „(Imię Nazwisko)” are labels."""
    head = _LABEL_HEAD.match(match.group())
    words = match.group()[head.end():].strip(" )").split() if head else []
    if not words:
        return False
    if any(w[0].isupper() and not re.fullmatch(rf"(?i:{_TO_NAME})", w) for w in words):
        return True
    return bool(_WITHHELD.search(" ".join(words))) or any(_describes(w.strip(",")) for w in words)


def _describes(word: str) -> bool:
    """Whether the dictionary reads a word as a participle or a gradable adjective („zmienione”, „nieczytelny”) –
    a relational one names a kind („adres mailowy”, „telefon służbowy”) as a label does."""
    from pismo.morph import dictionary

    if not dictionary.available():
        return False
    readings = dictionary.analyse(word.lower())
    return any(r.pos in ("ppas", "pact") for r in readings) or any(
        r.pos == "adj" and any("com" in form.rest for form in dictionary.paradigm(r.lemma)) for r in readings)


_QUOTED_NOTE = re.compile(rf"(?i:uwaga\s*(?::|[ ][–—-])\s*)?[–—-]?\s*{_NOTE_VERB}(?![^\W\d_])", re.IGNORECASE)


def _quoted_note(text: str, match: re.Match) -> bool:
    """Whether a note's verb („– sprawdzić”, „Uwaga – sprawdzić”) stands inside quotes: a slogan's or a campaign's
    title („„Uwaga – sprawdzić, kto dzwoni!””), the text's own; what no slogan asks („wpisać”) stays a note."""
    if not _QUOTED_NOTE.match(match.group()) or re.search(_NEVER_ASKED, match.group(), re.IGNORECASE):
        return False
    return any(quoted.start() < match.start() < quoted.end() for quoted in _QUOTED.finditer(text))


_STEP = re.compile(r"(?:,|\s(?:i|lub|albo|oraz|a\s+następnie))\s+([^\W\d_]+)")


def _steps(match: re.Match) -> bool:
    """Whether a bracket opened by a note's verb lists an intervention's steps („(ustalić tożsamość, pouczyć lub
    ukarać mandatem)”): another infinitive that is no note's – a note's second verb is one („(sprawdzić i uzupełnić)”)."""
    from pismo.morph import dictionary

    if not re.match(rf"\({_NOTE_VERB}", match.group(), re.IGNORECASE) or not dictionary.available():
        return False
    verbs = [w for w in _STEP.findall(match.group()) if any(r.pos == "inf" for r in dictionary.analyse(w.lower()))]
    return bool(verbs) and not any(re.fullmatch(_TO_DO, w, re.IGNORECASE) for w in verbs)


def _titled(match: re.Match) -> bool:
    """Whether a note's word in a bracket is only a quoted title's („[kampania KGP „Uzgodnić i zabezpieczyć”]”):
    the bracket without its quotes holds no gap."""
    bracket = match.group()
    if bracket[:1] not in "([" or not _QUOTED.search(bracket):
        return False
    return not _OWN_GAP.search(bracket[0] + _QUOTED.sub("„tytuł”", bracket[1:]))


def _pause(text: str, match: re.Match) -> bool:
    """Whether an ellipsis standing as a word is the text's own: in a quotation („Zanim otworzysz … pomyśl”) or
    closing an enumeration („ulotki, plakaty, broszury …”) – not a gap („nakład … egzemplarzy”, „ul. … nr 5”)."""
    if match.group() not in ("…", "..."):
        return False
    if any(quoted.start() < match.start() < quoted.end() for quoted in _QUOTED.finditer(text)):
        return True
    return not text[match.end():].strip(" .,;)\n") and "," in text[:match.start()]


def _hints(data):
    """(location, line) of every raw text value still holding a hint of the skeleton."""
    for loc, value in scalars(data):
        if isinstance(value, str) and not has_placeholder(value) and (hint := skeleton_hint(value)):
            yield loc, hint


def _own_gaps(data):
    """(location, the gap's mark) of every raw text value still holding the officer's own mark of a gap."""
    for loc, value in scalars(data):
        key = next((part for part in reversed(loc) if isinstance(part, str)), None)
        if isinstance(value, str) and not has_placeholder(value) and not skeleton_hint(value) \
                and (gap := own_gap(without_note(value), key, "protokol" in loc)):  # a note after „//” is told as one
            yield loc, gap


def _labelled_loc(loc: tuple) -> bool:
    """Whether loc is a text _labelled_texts checks for an old letter's label (told there)."""
    return loc[:2] in (("zagrozenie", "opis"), ("cel", "opis")) or loc[:1] == ("realizacja",) or \
        (loc[:1] == ("wnioski",) and loc[-1] in ("problem", "prosba", "uzasadnienie", "efekt"))


def _own_labels(data):
    """(location, message) of every text opening with its field's own label („"Miejscowość: Łęczna"”) – the
    phone's and the e-mail's are errors of their own (loader)."""
    for loc, value in scalars(data):
        key = loc[-1] if loc else None
        label = own_label(key, value) if key not in ("telefon", "email") else None
        if label and value.strip() != label and not (_labelled_loc(loc) and label_opening(value)):
            yield loc, LABEL_TOLD.format(label=label, key=key, value=value.strip()[len(label):].strip())


def placeholders(data):
    """(location, text) of every raw case value that still holds the placeholder."""
    return ((loc, value) for loc, value in scalars(data) if isinstance(value, str) and has_placeholder(value))


_DATED_TERM_TOLD = ("termin „{text}” zawiera datę zapisaną jako tekst – pismo wydrukuje go tak, jak stoi, ale nie sprawdzi "
                    "tej daty z okresem planu ani nie wpisze jej do terminarza; wpisz ją jako grupę pól: termin: / {fields} "
                    "(tekst zostaw na terminy bez daty, np. „na bieżąco”)")
_START_TERM_TOLD = ("termin „{text}” zawiera datę zapisaną jako tekst, i to datę początku, nie końca – pismo wydrukuje go "
                    "tak, jak stoi, ale nie sprawdzi tej daty z okresem planu; jeśli działanie trwa do końca okresu planu, "
                    "wpisz grupę pól: termin: / od: {start} / do: {end} (jeśli kończy się wcześniej, wpisz w do: jego "
                    "koniec), albo zostaw tekst")
_DATED_FINDING_TOLD = ("termin „{text}” to data zapisana jako tekst – wpisz ją jako {day} (RRRR-MM-DD), wtedy pismo sprawdzi "
                       "ją tak jak inne daty")
_STAGES_TOLD = ("termin „{text}” zawiera kilka terminów – grupa pól termin ma jeden (od: i do: to okres, nie etapy); "
                "zostaw tekst albo rozdziel działanie na osobne działania, każde z własnym terminem: {ends}")
# a date's own „do” (an end): two ends in one text are stages, not a period's start and end
_STAGE_END = re.compile(r"(?i:\bdo(?:\s+dnia)?)\s*$")
_NO_SUCH_DAY_TOLD = "termin „{text}” zawiera datę, która nie istnieje („{date}”) – sprawdź dzień i miesiąc"


_YEAR_GUESSED = " (roku nie podano – przyjęto rok z okresu planu; sprawdź go)"


def _deadline_days(found: list[str], okres) -> list:
    """(date, year given) of each date of a deadline's text, None for a day that does not exist: a date without its
    year („do 30 kwietnia”, „od 1 marca do 26 czerwca 2026”) takes the year of a later date in the text, else the
    plan period's year in which it falls."""
    from pismo.importer.dates import parse_date

    days: list = [None] * len(found)
    year, borrowed = None, set()
    for i in reversed(range(len(found))):
        day = parse_date(found[i])
        if day is None and year is None and isinstance(okres.od, dt.date):
            years = [okres.od.year] + ([okres.do.year] if isinstance(okres.do, dt.date) else [])
            tried = [parse_date(found[i], y) for y in dict.fromkeys(years)]
            day = next((d for d in tried if d and d[0] >= okres.od), next((d for d in tried if d), None))
        elif day is None:
            day = parse_date(found[i], year)
            day = (day[0], True) if day else None  # the year the text gives once, for both ends
            borrowed.add(i)
        days[i] = day
        year = day[0].year if day else year
    return _in_order(days, borrowed)


def _in_order(days: list, borrowed: set) -> list:
    """The dates of a deadline crossing the new year („od 1 listopada do 31 stycznia 2026”, „od 1 grudnia 2025 do 31
    stycznia”): a start later than its end with a year not written takes the year before, an end the year after –
    both then marked as guessed."""
    for i in range(len(days) - 1):
        start, end = days[i], days[i + 1]
        if not (start and end and start[0] > end[0]):
            continue
        moved = i if i in borrowed else i + 1 if not end[1] else None
        if moved is not None:
            day = days[moved][0]
            try:
                days[moved] = (day.replace(year=day.year + (1 if moved > i else -1)), False)
            except ValueError:  # 29 February
                pass
    return days


# a range's end without its year in figures („od 1.07 do 31.12.2025”, „01.07 – 31.12.2025”, „od 15.12.2025 do 15.01.”)
# and a start sharing the end's month („od 1 do 31 lipca 2025”): read as the day and the month's name, whose year the
# deadline's reader takes from the other end or the period – an hour („godz. 9.05”) has no „od”, „do” or dash before it
_YEARLESS = re.compile(r"(?:(?<=^)|(?<=\bod\s)|(?<=\bdo\s)|(?<=[–—-])|(?<=[–—-]\s))(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.?"
                       r"(?=\s*(?:[–—-]|\bdo\b)|\s*[,;]?\s*$)", re.IGNORECASE)
_SHARED_MONTH = re.compile(r"\bod\s+(?P<day>\d{1,2})\.?\s+(?=do\s+\d{1,2}\.?\s+(?P<month>[^\W\d_]+))", re.IGNORECASE)


def _spelled(text: str) -> str:
    """A deadline's text with a year-less „1.07” read as „1 lipca” and „od 1 do 31 lipca” as „od 1 lipca do 31 lipca”."""
    from pismo.polish import MONTHS_GENITIVE

    def named(found) -> str:
        month = int(found.group("month"))
        return f"{int(found.group('day'))} {MONTHS_GENITIVE[month - 1]}" if 1 <= month <= 12 else found.group()
    text = _SHARED_MONTH.sub(lambda found: f"od {found.group('day')} {found.group('month')} ", text)
    return _YEARLESS.sub(named, text)


def deadline_dates(text: str) -> list[re.Match]:
    """The dates a deadline's text names („do 31.07.2025”, „do 31.07”, „od 1 do 15 lipca”), found in its spelled-out
    form (the matches' string)."""
    from pismo.importer.dates import DATE

    return list(re.finditer(DATE, _spelled(text), re.IGNORECASE))


# the words before a date that make it no deadline's end: a document's date („zgodnie z uchwałą Rady z 15.03.2024”,
# „pismem z dnia 20.06.2025”), a start („od 1.07.2025 na bieżąco”, „po 15.07.2025”), a start with the days to the end
# („w ciągu 14 dni od 1.07.2025”)
_DOCUMENT_DATE = re.compile(r"(?i:\bz(?:\s+dnia|\s+dn\.)?)\s*$")
_START_DATE = re.compile(r"(?i:\b(?:od|po|począwszy\s+od)(?:\s+dnia)?)\s*$")
_WITHIN_DAYS = re.compile(r"(?i:\bw\s+ciągu\s+(?P<days>\d{1,3})\s+dni\s+od(?:\s+dnia)?)\s*$")


def deadline_reading(text: str, okres) -> tuple[list[str], list, bool, bool] | None:
    """How a deadline's text reads, for sprawdz and for the next period alike: None without a date of the deadline
    (a document's date is none), else the dates as found, each (date, year given) or None for a day that does not
    exist, whether they are stages' ends (two „do”), not a period, and whether its one date is a start with no end
    („od 1.07.2025 na bieżąco”); „w ciągu 14 dni od 1.07.2025” reads as its end, 15.07.2025."""
    matches = deadline_dates(text)
    if not matches:
        return None
    spelled = matches[0].string
    days = _deadline_days([match.group() for match in matches], okres)
    kept = [(m, day) for m, day in zip(matches, days) if not _DOCUMENT_DATE.search(spelled[:m.start()])]
    if not kept:
        return None
    found, days = [m.group() for m, _ in kept], [day for _, day in kept]
    stages = len(found) > 2 or len(found) == 2 and all(_STAGE_END.search(spelled[:m.start()]) for m, _ in kept)
    before = spelled[:kept[0][0].start()]
    if len(kept) == 1 and days[0] and (within := _WITHIN_DAYS.search(before)):
        return found, [(days[0][0] + dt.timedelta(days=int(within.group("days"))), days[0][1])], False, False
    return found, days, stages, len(kept) == 1 and bool(_START_DATE.search(before))


def _outside_period(days: list, okres) -> str:
    """A note for the dated deadline's fix whose date lies outside the plan's period (a deadline carried from the
    previous plan): following the fix alone would leave it there."""
    if not (isinstance(okres.od, dt.date) and isinstance(okres.do, dt.date)):
        return ""
    out = next((day[0] for day in days if day and not okres.od <= day[0] <= okres.do), None)
    if out is None:
        return ""
    advice = "jeśli to termin z poprzedniego planu, wpisz datę z tego okresu" if out < okres.od else \
        "jeśli działanie ma się skończyć w tym okresie, wpisz datę z niego"
    return (f"; {polish.date_numeric(out, 'r.')} jest poza okresem planu (od {polish.date_numeric(okres.od, 'r.')} do "
            f"{polish.date_numeric(okres.do, 'r.')}) – {advice}")


def dated_deadlines(sprawa):
    """(loc, message) of a deadline written as a text holding a date („do 31.07.2027”, „30.04.2026”): printed as it
    stands, never checked against the period nor put in the calendar – and an impossible day passes unseen."""
    texts = [(("dzialania", i, "termin"), getattr(d.termin, "opis", None), True) for i, d in enumerate(sprawa.dzialania)]
    texts += [(("spotkania", i, "protokol", "ustalenia", j, "termin"), u.termin, False)
              for i, m in enumerate(sprawa.spotkania) for j, u in enumerate(getattr(m.protokol, "ustalenia", None) or [])]
    for loc, text, grouped in texts:
        if not isinstance(text, str):
            continue
        reading = deadline_reading(text, sprawa.okres)
        if not reading:
            continue
        found, days, stages, start = reading
        wrong = next((date for date, day in zip(found, days) if not day), None)
        shown = " ".join(text.split())
        guessed = _YEAR_GUESSED if not all(day[1] for day in days if day) else ""
        if wrong:
            yield loc, _NO_SUCH_DAY_TOLD.format(text=shown, date=wrong.strip())
        elif grouped and stages:  # „do 31.07.2025 (wniosek), do 31.08.2025 (odpowiedź)”: two ends, no period
            ends = " i ".join(f"do: {day[0].isoformat()}" for day in days)
            yield loc, _STAGES_TOLD.format(text=shown, ends=ends) + guessed
        elif grouped and start:
            end = sprawa.okres.do.isoformat() if isinstance(sprawa.okres.do, dt.date) else "RRRR-MM-DD"
            yield loc, _START_TERM_TOLD.format(text=shown, start=days[0][0].isoformat(), end=end) + guessed + \
                _outside_period(days, sprawa.okres)
        elif grouped:
            keys = ("do",) if len(days) == 1 else ("od", "do")
            fields = " / ".join(f"{key}: {day[0].isoformat()}" for key, day in zip(keys, days[-len(keys):]))
            yield loc, _DATED_TERM_TOLD.format(text=shown, fields=fields) + guessed + _outside_period(days, sprawa.okres)
        elif len(days) == 1:
            yield loc, _DATED_FINDING_TOLD.format(text=shown, day=days[0][0].isoformat()) + guessed
