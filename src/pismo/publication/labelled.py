"""A lone first name that labels a message or a contact, whatever else the dictionary reads it as („Marek” is
also marka's plural, „Marcin” a village): a chat line's sender („[21:14] Marek: …”, „SMS, 22:05, Marcin: …”,
„Jan (sąsiad): …”), a name after a contact's label („Kontakt: Maja, …”, „Tel. Marka …”, „Dzwonić do Marka:”,
„Wiadomość od Marka:”), right before a removed phone or e-mail („WhatsApp – Marcin (+48 …)”, „Marcin – 600 … –
zgłosił”) or after one and a dash („600 … – Marian.”). Pasted messenger notes put a private first name exactly
there. Used by pismo.publication.names (its tokens: .word, .start, .end); the contacts are blanked out as „\\x00”
in the text it reads (pismo.publication.redact)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

_TIME = r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?"
# A date with or without a year („06.12.2026”, Telegram's „[06.12, 21:14]”), or with a month's short name („6 gru
# 2026” of an Android export).
_MONTH = r"(?:sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)[^\W\d_]*\.?"
_DATE = rf"\[?(?:\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?|\d{{1,2}}[^\S\n]+{_MONTH}(?:[^\S\n]+\d{{4}})?)\]?"
# What may open a chat line before its sender: a quote's „>”, a dash, a date and a time (WhatsApp's export
# „06.12.2026, 21:14 - Marek:”), a service's name („SMS, 22:05,”).
_LINE_HEAD = re.compile(rf"[^\S\n]*(?:[>–—-][^\S\n]*)?(?P<date>{_DATE}[^\S\n]*,?[^\S\n]*)?(?P<time>{_TIME}[^\S\n]*)?"
                        rf"(?P<service>[^\W\d_]+[^\S\n]*,?[^\S\n]*)?(?P<time2>{_TIME}[^\S\n]*,?[^\S\n]*)?(?:[–—-][^\S\n]*)?")
# Services whose name before a sender makes the line a message („WhatsApp Bartosz 🚲:”, „SMS, 22:05, Marcin:”).
_SERVICES = re.compile(r"(?:sms|mms|whatsapp|messenger|signal|telegram|viber|wiadomość|czat|grupa|discord|"
                       r"instagram|facebook|fb|ig|snapchat|tiktok)\W*", re.IGNORECASE)
# After the sender: its time, a note in parentheses („Jan (sąsiad):”), an emoji („Jagoda 🙂:”), whom it is to
# („Marek do Mai:”), then the colon or a verb of writing („Marek (sąsiad z 8a) napisał”, „21:14 Marek napisał:”).
_SENDER_TAIL = re.compile(rf"[^\S\n]*(?P<time>,[^\S\n]*{_TIME}[^\S\n]*)?(?:\([^()\n]{{0,40}}\)[^\S\n]*)?"
                          r"(?:\d{1,3}[a-zA-Z]?[^\S\n]*(?=:))?"  # a sender's flat („Tomek 8a:”)
                          r"(?P<emoji>[^\w\s:,.;()\[\]<>„”\"'«»–—-]{1,6}[^\S\n]*)?"
                          r"(?:do[^\S\n]+(?P<to>[A-ZŁŚŻŹĆŃÓĘĄ][^\W\d_]+)[^\S\n]*)?"
                          r"(?::|(?P<verb>(?:na|od)?pisa(?:ł|ła|li|ły)(?:\(a\))?|pisze)(?!\w)[^\S\n]*:?)")
# A sender opening a line with the message's time after the name, as other programs copy it: Telegram Desktop
# „Marian, [06.12.2026 21:14]⏎”, Discord „Marian — dzisiaj o 21:14⏎”, Messenger „Marian, 21:14⏎” or „Marian⏎21:14⏎”,
# „Marian — 21:14: …”, „Marian o 21:14: …” – the time ends the line or a colon follows it.
_STAMP_AFTER = re.compile(rf"[^\S\n]*(?:,|[–—-]|\n)?[^\S\n]*(?:(?:dzisiaj|dziś|wczoraj)[^\S\n]+)?(?:o[^\S\n]+)?"
                          rf"(?:{_DATE}[^\S\n]*,?[^\S\n]*)?{_TIME}[^\S\n]*(?::|\n|$)")
# A dialogue's next speaker after a sentence on the same line („— Marek: … — Maja: ja też.”).
_NEXT_SPEAKER = re.compile(r"[.!?…][^\S\n]+[–—-][^\S\n]*$")
# An IRC or Discord line: „<Marek> znowu piją”, „21:14 <Marek> …”.
_IRC_HEAD = re.compile(rf"[^\S\n]*(?:{_TIME}[^\S\n]*)?<")
# A contact's label right before the name.
_LABEL = re.compile(r"(?:(?<!\w)(?:kontakt|od|do|dw|udw|cc|bcc|re|odp|zgłosił(?:a)?|nadawca|nadawczyni|odbiorca|autor(?:ka)?(?:[^\S\n]+(?:wiadomości|wpisu"
                    r"|posta|sms-a))?)[^\S\n]*:|(?<!\w)(?:tel(?:\.|efon(?:u)?)|nr|numer)[^\S\n]+do(?:[^\S\n]+(?-i:[a-ząćęłńóśźż]+))?:?"
                    r"|(?<!\w)tel(?:\.|efon(?:u)?):?"
                    r"|(?<!\w)(?:dzwoni[ćc]|zadzwo[ńn]|zadzwoni[ćc]|pisa[ćc]|napisa[ćc])[^\S\n]+do"
                    r"|(?<!\w)(?:wiadomo[śs][ćc](?:[^\S\n]+głosow\w+)?|sms|mail|e-mail|telefon)[^\S\n]+od)[^\S\n]*$",
                    re.IGNORECASE)
# After a labelled name: no other word of a name (a surname is the full-name rules' to judge); a time or a
# neighbour's flat may follow („od Mai o 23:00”, „– Róża z 8a”).
_LONE = re.compile(r"[^\S\n]*(?:[,:;.)(<\x00–—-]|\d|$|\n)|[^\S\n]+(?:o|z|ze|spod)[^\S\n]+\d")
# A removed contact right after the name: „Marcin (+48 …)”, „Marcin – 600 …”, „Maja, 600 …”, „Maja, nr 600 …”.
_CONTACT_AFTER = re.compile(r"[^\S\n]*(?:[(<,][^\S\n]*|[–—-][^\S\n]*)?(?:(?:nr|tel|kom|telefon|numer)\.?:?[^\S\n]*)?\+?\x00")
# A removed contact right before the name and a separator: „600 … – Marian.”, „600 …, Marian.”, „600 … / Marek.”;
# after a comma, a colon, a semicolon or a table's „|” only a sure first name – a word one is a place there („81 …,
# Kalina.”; „600 …; Marian.”, „600 … | Marian.”).
_CONTACT_BEFORE = re.compile(r"\x00[^\S\n]*(?:[–—/→-]|(?P<list>[,:;|]))[^\S\n]*$")
_MESSAGE_VERB = re.compile(r"[^\W\d_]+")


def names(text: str, words: list, first: Callable[[object], bool],
          kept: Callable[[int], bool] = lambda i: False, named: Callable[[object], bool] | None = None,
          post: Callable[[str], bool] = lambda w: False, verb: Callable[[str], bool] = lambda w: False
          ) -> list[tuple[int, int]]:
    """Spans of capitalised first names in a frame that makes them a message's sender or a contact's name. `first`
    whether a token surely is a first name, `named` whether it may be one at all („Róża”, „Kalina”: a plant and a
    village too) – the frame decides for those where it is sure (a date, a time, a service, an emoji or a verb of
    writing around a sender; a contact's label; a removed phone), and a bare „Róża:” at a line's start only with
    a verb in what it says; `kept` whether the word at an index stays (an officer's after her rank), `post`
    whether a capitalised word before is a post, not a name's part („Wicedyrektor Marek, tel. …”), `verb` whether a
    lower-case word is a verb of a person's message („widziałam”, „piją”; not a heading's „Nadzieja: uda się”)."""
    named = named or first
    found = []
    lines = [0] + [m.end() for m in re.finditer("\n", text)]  # each line's start, found once: linear in a long line
    for i, t in enumerate(words):
        if not t.word[:1].isupper() or kept(i) or not (sure := first(t)) and not named(t) or _SERVICES.fullmatch(t.word):
            continue  # „IG: jadzia_sowa”: a service's label, not „Iga” (rev-pub20 16)
        at = bisect_right(lines, t.start)
        line, end = lines[at - 1], lines[at] - 1 if at < len(lines) else len(text)
        opening = _sentence_opening(text, line, t.start)
        head, tail = _LINE_HEAD.fullmatch(text, opening, t.start), _SENDER_TAIL.match(text, t.end)
        if head and tail:
            framed = head["date"] or head["time"] or head["time2"] or tail["time"] or tail["emoji"] or tail["verb"] \
                or head["service"] and _SERVICES.fullmatch(head["service"].strip(" ,"))
            if sure and opening == line or framed or _says(text, tail.end(), verb):
                found.append((t.start, t.end))
                if tail["to"]:
                    found.append(tail.span("to"))
                continue
        if opening == line and _STAMP_AFTER.match(text, t.end) or sure and _one_a_line(text, line, end, t, first):
            found.append((t.start, t.end))
            continue
        if tail and not tail["to"] and not _DIGIT_NEXT.match(text, tail.end()) \
                and _NEXT_SPEAKER.search(text, max(line, t.start - 6), t.start) \
                and _opens_with_a_speaker(text, line):
            found.append((t.start, t.end))
        elif _IRC_HEAD.fullmatch(text, line, t.start) and text[t.end:t.end + 1] == ">" \
                or _LABEL.search(text[max(line, t.start - 40):t.start]) and _LONE.match(text, t.end) \
                or _CONTACT_AFTER.match(text, t.end) and not (i and _joined(text, words[i - 1], t)
                                                               and not post(words[i - 1].word)) \
                or (before := _CONTACT_BEFORE.search(text, max(line, t.start - 8), t.start)) \
                and (sure or not before["list"]) and _LONE.match(text, t.end):
            found.append((t.start, t.end))
    return found


# A line holding one capitalised word, maybe after a bullet or a number („Halina”, „- Marian”, „2. Kacper,”).
_NAME_LINE = re.compile(r"[^\S\n]*(?:[-–—•*][^\S\n]*|\d{1,2}[.)][^\S\n]*)?(?P<name>[A-ZŁŚŻŹĆŃÓĘĄ][^\W\d_]+)[^\S\n]*[,.;]?[^\S\n]*")


# A line ending with a person's label, a form's question whose answer the next lines give („Zgłosił:”, „Kontakt:”,
# „Obecni:”, „Świadkowie:”, „Osoba zgłaszająca:”).
_PERSONS_LABEL = re.compile(r"(?<!\w)(?:kontakt\w*|od|do|dw|zgłosił[a-z]*|zgłaszając\w*|nadawc\w*|odbiorc\w*|autor\w*|obecn[iy]"
                            r"|świad\w*|sprawc\w*|sprawczyni|poszkodowan\w*|pokrzywdzon\w*|podejrzan\w*|uczestni\w*|podpis"
                            r"|imię|rodzic\w*|opiekun\w*)(?:[^\S\n]+[^\W\d_]+){0,2}[^\S\n]*:[^\S\n]*$", re.IGNORECASE)
_LIST_LINES = 12  # how far up a list of persons under its label is followed


_DIGIT_NEXT = re.compile(r"[^\S\n]*\d")


def _one_a_line(text: str, line: int, end: int, t, first: Callable[[object], bool]) -> bool:
    """Whether a sure first name stands alone on its line and the line before or after holds another first name
    alone („Obecni:⏎Halina⏎Marian⏎Kacper”): a list of persons one a line, though „Marian” alone is a word too; or
    the lines above, unbroken, reach a person's label („Zgłosił:⏎Marian⏎Uwagi: brak”, „Obecni:⏎Halina K.⏎Marian”)."""
    own = _NAME_LINE.fullmatch(text, line, end)
    if not own or own.start("name") != t.start:
        return False
    if _under_a_persons_label(text, line):
        return True
    around = []
    if line:
        around.append(text[text.rfind("\n", 0, line - 1) + 1:line - 1])
    if end < len(text):
        after = text.find("\n", end + 1)
        around.append(text[end + 1:after if after >= 0 else len(text)])
    return any((m := _NAME_LINE.fullmatch(near)) and first(_Word(m["name"])) for near in around)


def _under_a_persons_label(text: str, line: int) -> bool:
    """Whether the lines above `line`, with no blank one nor another label between, reach a person's label."""
    for _ in range(_LIST_LINES):
        if not line:
            return False
        above = text.rfind("\n", 0, line - 1) + 1
        prev = text[above:line - 1]
        if _PERSONS_LABEL.search(prev):
            return True
        if not prev.strip() or ":" in prev:
            return False
        line = above
    return False


class _Word:
    """A neighbour line's word, as the `first` test reads tokens (.word)."""
    def __init__(self, word: str):
        self.word = word


# A sentence's end on a chat's line, a next message or speaker following („… na placu. 06.12.2026, 22:45 - Marian:”,
# „Jeden ma nóż!!! WhatsApp Bartosz 🚲:”, „Marek: …. Róża: widziałam ich.”).
_SENTENCE_END = re.compile(r"[.!?…]+[^\S\n]+")


def _sentence_opening(text: str, line: int, start: int) -> int:
    """Where the sentence holding a word opens on its line: after the last sentence's end before it, or the line's
    start. Only the last 80 characters are looked at (a chat line's head is shorter): linear in a long line."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(line, start - 80), start)]
    return ends[-1] if ends else line


_SPEAKER = re.compile(r"[^\S\n]*[–—-][^\S\n]*[A-ZŁŚŻŹĆŃÓĘĄ][^\W\d_]+[^\S\n]*:(?![^\S\n]*\d)")


def _opens_with_a_speaker(text: str, line: int) -> bool:
    """Whether a line opens as a dialogue's turn („— Marek: widziałem ich.”), its next turns being turns too."""
    return bool(_SPEAKER.match(text, line))


def _says(text: str, start: int, verb: Callable[[str], bool]) -> bool:
    """Whether what a bare „Name:” line says is a message – a verb in it („Róża: widziałam ich”), no count or
    data („Kalina: 120 mieszkańców”)."""
    end = text.find("\n", start, start + 200)  # its first 200 characters tell: linear in a long line
    said = text[start:end if end >= 0 else start + 200].strip()
    if not said or said[0].isdigit():
        return False
    return any(verb(w.lower() if k == 0 else w) for k, w in enumerate(_MESSAGE_VERB.findall(said)))


def _joined(text: str, before, t) -> bool:
    """Whether the word before is a capitalised word right before this one („Jan Marek 600…”: a full name's)."""
    return before.word[:1].isupper() and not text[before.end:t.start].strip()


# Prepositions of a person and the cases a name after them takes („od Marka”, „do Mai”, „u Jagody”, „z Różą”).
_PREPOSITIONS = {"od": {"gen"}, "do": {"gen"}, "u": {"gen"}, "dla": {"gen"}, "z": {"inst"}, "ze": {"inst"}}
# After „do” a place is as likely as a person („Jadą do Kaliny”): a name that is a place too needs a visit's or a
# message's verb („Dzwoniłam do Wandy”, „Do Kaliny przychodzi chłopak”).
_TO_A_PERSON = ("dzwoni", "dzwon", "pisz", "pisa", "przychodz", "przyszł", "przyszed", "zaglą", "wpad", "odzywa",
                "odezwa", "wysyła", "wysła", "mów", "powiedzia", "przylgn", "podchodz", "podszed", "podeszł")
_CLAUSE_END = re.compile(r"[.;:!?\n()„”\"]")


def objects(text: str, words: list, cases: Callable[[str], frozenset], place: Callable[[str], bool],
            verb: Callable[[str], bool], kept: Callable[[object], bool]) -> list[tuple[int, int]]:
    """Spans of a lone capitalised first name that is also a word, after a person's preposition in the case it
    governs, in a clause with a verb („Kupują od Marka papierosy”, „piszą do Mai”, „Spotykają się u Jagody”, „pobiła
    się Wiktoria z Różą”). `cases` gives a lower-case word's first-name cases, `place` whether the word names a place
    too, `verb` whether a lower-case word is a verb, `kept` whether the word at an index is a name the rules keep (a
    place, an officer's, a club's after a match's word)."""
    found = []
    for i, t in enumerate(words[1:], 1):
        before = words[i - 1]
        governed = _PREPOSITIONS.get(before.word.lower())
        if not governed or not t.word.istitle() or kept(i) or not re.fullmatch(r"[^\S\n]+", text[before.end:t.start]) \
                or not cases(t.word.lower()) & governed or _capitalised_next(text, words, i):
            continue
        around = clause(text, words, i)
        visit = any(w.word.lower().startswith(_TO_A_PERSON) for w in around)  # „dzwoniłam”: SGJP splits its ending
        if (visit or any(verb(w.word.lower() if k == 0 else w.word) for k, w in enumerate(around))) \
                and (visit or before.word.lower() != "do" or not place(t.word)):
            found.append((t.start, t.end))
    return found


def _capitalised_next(text: str, words: list, i: int) -> bool:
    """Whether a capitalised word follows in the same phrase („do Jana Pawła II”: a patron, the full-name rules')."""
    return i + 1 < len(words) and words[i + 1].word[:1].isupper() and not text[words[i].end:words[i + 1].start].strip()


def clause(text: str, words: list, i: int) -> list:
    """The words of the clause around word i (to a full stop, a colon, a bracket or a line's end; commas too)."""
    lo = i
    while lo > 0 and not _CLAUSE_END.search(text[words[lo - 1].end:words[lo].start]) \
            and "," not in text[words[lo - 1].end:words[lo].start]:
        lo -= 1
    hi = i
    while hi + 1 < len(words) and not _CLAUSE_END.search(text[words[hi].end:words[hi + 1].start]) \
            and "," not in text[words[hi].end:words[hi + 1].start]:
        hi += 1
    return [w for w in words[lo:hi + 1] if w is not words[i]]


# Where in a block a neighbour lives („z parteru”, „z góry”, „spod szóstki”, „z trzeciego piętra”, „spod 12”).
_LOCATOR = re.compile(r"[^\S\n]+(?:z|ze|spod)[^\S\n]+(?:parteru|góry|dołu|naprzeciwka|poddasza|suteren\w*"
                      r"|(?:pierwszego|drugiego|trzeciego|czwartego|piątego|szóstego|siódmego|ósmego|\d+\.?)[^\S\n]+piętra"
                      r"|jedynki|dwójki|trójki|czwórki|piątki|szóstki|siódemki|ósemki|dziewiątki|dziesiątki)(?!\w)"
                      r"|[^\S\n]+spod[^\S\n]+\d{1,3}[a-z]?(?!\w)")  # „z 8a” is a thing's too („Lampka z 8a”)


def located(text: str, words: list, surname: Callable[[str], bool], verb: Callable[[str], bool],
            kept: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Spans of a capitalised surname that is also a word („Kruk”, „Wróbel”, „Sowa”) with a neighbour's locator after
    it and a verb in its clause („Kruk z parteru awanturuje się”, „kłopot sprawia też Wróbel z parteru”): a bird
    lives on no floor. `surname` whether a word reads as a surname, `kept` whether the word at an index stays."""
    found = []
    for i, t in enumerate(words):
        if not t.word.istitle() or len(t.word) < 3 or not _LOCATOR.match(text, t.end) or not surname(t.word) \
                or kept(i) or i and words[i - 1].word[:1].isupper() and not text[words[i - 1].end:t.start].strip():
            continue
        around = clause(text, words, i)
        if any(verb(w.word.lower() if k == 0 else w.word) for k, w in enumerate(around)):
            found.append((t.start, t.end))
    return found


# Kin and friends in the nominative in apposition after a name („Samir, kolega Kacpra”, „Marek, syn sąsiadki”).
_KIN_IN_APPOSITION = frozenset({"brat", "siostra", "syn", "córka", "kolega", "koleżanka", "kumpel", "kumpela",
                                "kuzyn", "kuzynka", "szwagier", "szwagierka", "wnuk", "wnuczka", "dziewczyna",
                                "chłopak", "żona", "mąż", "partner", "partnerka", "konkubent", "konkubina",
                                "sąsiad", "sąsiadka"})
_COMMA = re.compile(r"[^\S\n]*,[^\S\n]*")


_SENTENCE_OPENERS = ".!?…:;„\"(\n–—-"
# Abbreviations a patron's or a street's title follows („im. Matki Teresy”, „ul. Brata Alberta”) – a sentence's last
# word before a full stop is no abbreviation („Ktoś pali. Dziewczyna Marka …”).
_TITLE_ABBREVIATIONS = frozenset({"im", "św", "sw", "pw", "bł", "bl", "ks", "bp", "abp", "kard", "o", "s", "br", "ul",
                                  "al", "pl", "os", "gen", "płk", "hm", "dh", "m", "w"})


def _kin_as_written(text: str, word, kin_word: Callable[[str], bool]) -> bool:
    """A kin noun in lower case, or capitalised as a sentence's first word („Brat Marka handluje”) – not a title
    inside one („Kościół Matki Teresy”, „Sklep Brata …”: a patron's or a firm's)."""
    if not kin_word(word.word) or word.word.islower():
        return kin_word(word.word)
    before = text[max(0, word.start - 80):word.start].rstrip(" \t")
    if before.endswith(".") and (m := re.search(r"(?<![^\W\d_])([^\W\d_]{1,4})\.$", before)) \
            and m.group(1).lower() in _TITLE_ABBREVIATIONS:
        return False  # „Hospicjum im. Matki Teresy”, „kościół św. Brata Alberta”: an abbreviation's full stop
    return not before or before[-1] in _SENTENCE_OPENERS


def kin(text: str, words: list, cases: Callable[[str], frozenset], kin_word: Callable[[str], bool],
        known: Callable[[str], bool], kept: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Spans of capitalised first names a kin noun ties to a person, whatever else the dictionary reads them as: in
    the genitive right after it („brat Marka”) or in the nominative before it in apposition („Lew, brat Marka”,
    „Marek, syn sąsiadki”; „Samir, kolega Kacpra”: a name the dictionary lacks) – a lion or a brand has no
    brother. `cases` a lower-case word's first-name cases, `kin_word` whether a word is a kin noun in any case and
    capitalisation („Brat Marka” opening a sentence, „Teść Marka”), `known` whether the
    dictionary knows a word, `kept` whether the word at an index stays."""
    found = []
    for i, t in enumerate(words):
        before = words[i - 1] if i and _kin_as_written(text, words[i - 1], kin_word) else None
        if not t.word.istitle() or len(t.word) < 3 or kept(i) or i and _joined(text, words[i - 1], t) and not before:
            continue
        after = words[i + 1] if i + 1 < len(words) else None
        if before and re.fullmatch(r"[^\S\n]+", text[before.end:t.start]) \
                and "gen" in cases(t.word.lower()) and not _capitalised_next(text, words, i) \
                or after and after.word in _KIN_IN_APPOSITION and _COMMA.fullmatch(text[t.end:after.start]) \
                and ("nom" in cases(t.word.lower()) or not known(t.word)):
            found.append((t.start, t.end))
    return found


def citizens(text: str, words: list, citizen: frozenset, country: Callable[[int], bool],
             kept: Callable[[int], bool]) -> list[tuple[int, int]]:
    """Spans of the capitalised word after „ob.”, „obyw.” or „Obywatel(ka)” in any case („Legitymowano ob. Lisa”,
    „Obywatelka Kos z 8a”): the police's own mark of a person, as sure as „p.”, whatever else the word is – but a
    country after it is a nationality („Ob. Ukrainy”, „Obywatel Niemiec”), a name after that the person's („Ob.
    Ukrainy Dmytro”). The name runs on over the capitalised
    words right after it („ob. Sowa Jan”). `citizen` those words in lower case, `country` whether the word at an
    index is a country's genitive, `kept` whether the word at an index stays."""
    found = []
    for i, t in enumerate(words[1:], 1):
        before = words[i - 1]
        if before.word.lower() not in citizen or before.word.lower() in ("ob", "obyw") and not before.dot \
                or not t.word.istitle() or kept(i) or not re.fullmatch(r"\.?[^\S\n]+", text[before.end:t.start]):
            continue
        if country(i):  # „Ob. Ukrainy Dmytro”: the name after the nationality
            if i + 1 >= len(words) or not _joined(text, t, words[i + 1]) or not words[i + 1].word.istitle():
                continue
            i, t = i + 1, words[i + 1]
        end = i
        while end + 1 < len(words) and _joined(text, words[end], words[end + 1]) and words[end + 1].word.istitle():
            end += 1
        found.append((t.start, words[end].end))
    return found
