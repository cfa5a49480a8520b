"""Warnings about text pasted from Word or an old plan into a field: the reader keeps it as written (never rewrites
it), but pismo prints it inside its own sentences, where a list's bullets, tab stops or an old deadline read wrong.
Each warning is said at the line and column of what to change."""

from __future__ import annotations

import re
import unicodedata

AS_LINES = {"naglowek", "adres", "nazwa", "podpis"}  # printed line under line, never bulleted or numbered
# a line of a text opening like a list's item: a bullet, or a number, a letter or a dash with a tab after it
BULLETS = "•◦▪▫‣⁃●○■□·∙➢➤►▶✓✔→❖◆◇⚫☐☑☒"  # ☐/☒: the plan form's boxes of the ways of informing  # the marks Word's lists paste, also told at a list item's place in the reader
_BULLET = re.compile(r"[ ]*(?P<mark>[" + BULLETS + r"](?=[ \t\u00a0])|(?:\(?(?:\d{1,2}[.)]|[a-z]\))|[–—-])(?=\t))")
# a dash or a number opening an item of a list that follows a line ending with „:” (or another such item)
_ITEM = re.compile(r"[ ]*(?P<mark>[–—•-]|\(?(?:\d{1,2}[.)]|[a-z]\)))[ \u00a0]")
_LIST_TOLD = ("wiersz zaczyna się od „{mark}”{tab} (lista wklejona z Worda albo ze starego pisma) – w piśmie ten tekst jest "
              "jednym akapitem, więc „{mark}” trafi do środka zdania; wpisz wyliczenie w zdaniu (np. po przecinku) i usuń "
              "„{mark}”")
_TAB_TOLD = ("znak tabulacji w tekście (np. z tabeli albo listy Worda) – w piśmie będzie skokiem do tabulatora w środku "
             "zdania; zamień go na spację")
# an old deadline pasted with an action's description: „– termin realizacji do 31.03.2026 r.”, „(termin: marzec 2025)”
_MONTH = r"(?:stycz|lut|mar|kwie|maj|czerw|lip|sierp|wrze|październik|paździer|listop|grud)"
# a date, not a duration („w terminie 2 godzin”, „3 dni od zgłoszenia”, „w terminie do 14 dni”): „do” and a whole
# number that no unit of time follows, a day and a month, a year
# number that no unit of time follows – a whole word or as tables shorten it („2 tyg.”, „3 mies.”, „3 m-cy”, „6 m-ce”)
_DURATION = (r"\s*(?:dni|dzień|doby|dób|tygodni|tydzień|tygodnie|tyg|godzin|godziny|godz|minut|min|miesięcy|miesiące|"
             r"miesiąc|mies|m-c[yea]?|mc|kwartałów|kwartały|kwartał|lat|lata|roku|h)(?![^\W\d_])")
# a day of each month is a rhythm inside the action, not its deadline („do 10 dnia każdego miesiąca”, „do 5-go
# następnego miesiąca”)
_EACH = (r"(?:\.|-?go|-ego)?\s*(?:dnia\s+)?(?:każdego|następnego|danego|kolejnego|bieżącego)\s+"
         r"(?:miesiąca|m-ca|kwartału|tygodnia|roku|półrocza)(?![^\W\d_])")
_DATE = rf"(?:do\s+(?:dnia\s+)?\d+(?!\d|{_DURATION}|{_EACH})|(?:do\s+(?:dnia\s+)?)?(?:\d{{1,2}}(?:[./-]\d{{1,2}}|\s+{_MONTH})|\d{{4}}|{_MONTH}))"
# each opening takes its own spaces (one \s* after them all was quadratic in a run of spaces)
# „termin realizacji” as the old row's label: before a date, a colon or a deadline's words („do końca roku”, „na bieżąco”,
# „raz w miesiącu”); another party's schedule names its thing („termin realizacji modernizacji zależy od Urzędu”)
_TERM_WORDS = (r"(?:do|od|w|we|na|przed|nie|po|raz|co|cyklicznie|ciągły|ciągle|stały|stale|zgodnie|wg|według|"
               r"niezwłocznie|bezterminowo|I|II|III|IV)(?![^\W\d_])")
_DEADLINE = re.compile(rf"termin\s+realizacji(?=\s*(?:[:–—(-]|[.,;]?\s*\Z)|\s+(?:{_DATE}|{_TERM_WORDS})"
                       rf"|\s+[^\W\d_]+\s*(?:[:–—(-]|{_DATE}|do\s))|(?:\(\s*|[–—-]\s+|(?<=[.!?] )|^[ \t]*|(?<=  ))termin(?:\s*:)?\s+{_DATE}"
                       rf"|\bw\s+terminie\s+{_DATE}", re.IGNORECASE | re.MULTILINE)
# a date closing the description („… alkoholu – do 31.03.2026 r.”, „… do dnia 31 marca 2026 roku”): the old plan's row
_DEADLINE_AT_END = re.compile(rf"(?:[–—-]\s+do|\bdo\s+dnia)\s+(?:dnia\s+)?\d{{1,2}}(?:[./]\d{{1,2}}[./]\d{{2,4}}"
                              rf"|\s+{_MONTH}\w*\s+\d{{4}})\s*(?:r\.|roku)?[.;]?\s*$", re.IGNORECASE)
_DEADLINE_TOLD = ("opis zawiera „{words}…” – pismo samo dopisuje po opisie termin z pola „termin” („– termin realizacji "
                  "do dnia …”), w planie stałyby dwa terminy; usuń go z opisu (datę wpisz w polu „termin”)")


def pasted_in_texts(scalars, text: str):
    """(loc, line, column, message) of each line of a text value holding a pasted list's bullet or a tab stop, of
    an unpaired quote, and of an action's description holding its own deadline: (loc, node) pairs of the parsed
    scalars, text the file's."""
    quoted: dict[tuple, list] = {}  # lines printed one under the other share their quotes („Klonowa / 10”)
    for loc, node in scalars:
        if not isinstance(node.value, str) or node.start_mark.index >= node.end_mark.index:
            continue
        lined = len(loc) > 1 and isinstance(loc[-1], int) and loc[-2] in AS_LINES
        quoted.setdefault(loc[:-1] if lined else loc, []).append((loc, node))
        yield from _lines_of(loc, node, text)
        yield from _hyphenated(loc, node, text)
        yield from _odd_characters(node, loc, text)
        yield from _glued_comment(loc, node, text)
        yield from _foreign_comment(loc, node, text)
        yield from _header_as_text(loc, node, text)
        yield from _comma_quotes(loc, node, text)
        yield from _spaced_quotes(loc, node, text)
        yield from _word_leftovers(loc, node, text)
        yield from _english_quotes(loc, node, text)
        if len(loc) == 3 and loc[0] == "dzialania" and loc[2] == "opis":
            found = _DEADLINE.search(text, node.start_mark.index, node.end_mark.index) \
                or _DEADLINE_AT_END.search(text, node.start_mark.index, node.end_mark.index)
            if found:
                yield loc, *_position(text, found.start()), _DEADLINE_TOLD.format(words=" ".join(found.group().split()))
    for values in quoted.values():
        yield from _unbalanced_quote(values, text)


def _lines_of(loc: tuple, node, text: str):
    """The list and tab warnings of one value, line by line through its source (its first line is the field's own:
    a bullet there is told with the field)."""
    source = text[node.start_mark.index:node.end_mark.index]
    lines = source.split("\n")
    listed = False  # the line above opens a list: ends with „:” or is an item itself
    for number, line in enumerate(lines):
        content = line.rstrip("\r")
        if number == 0 and node.style in ("|", ">"):  # the „>-” line: no text yet
            continue
        found = (_BULLET.match(content) or (listed and _ITEM.match(content))) if number else None
        column = (node.start_mark.column if number == 0 else 0)
        if found and loc[-1] not in AS_LINES:
            mark = found.group("mark")
            tab = " i tabulatora" if content[found.end("mark"):found.end("mark") + 1] == "\t" else ""
            yield loc, node.start_mark.line + number + 1, column + found.start("mark") + 1, \
                _LIST_TOLD.format(mark=mark, tab=tab)
        elif "\t" in content.strip(" \t") and "\t" in node.value:  # a tab at a plain line's end is no text
            yield loc, node.start_mark.line + number + 1, column + len(content) - len(content.lstrip(" \t")) \
                + content.lstrip(" \t").index("\t") + 1, _TAB_TOLD
        listed = bool(content.rstrip().endswith(":") or found)


# a word broken at a line's end as a PDF or an old letter breaks it („doświet-” / „lenie”): the line's fold prints a
# space after the hyphen; „biało- i czerwony” shares the hyphen, a dash „ – ” has a space before it. The break's sign
# as a copy gives it: a hyphen, Unicode's hyphens, Word's dash, a soft hyphen, Acrobat's „¬”
_BREAKS = "-\u2010\u2011\u2013\u2014\u00ad\u00ac"
_RANGE_DASHES = "\u2013\u2014"  # glued between two words Word's dash is a range („marzec–sierpień”, „VI–VIII”)
_BROKEN = re.compile(rf"(?<![^\W\d_])(?P<word>[^\W\d_]+[{_BREAKS}])[ \t]*$")  # from a word's start only: linear
_GOES_ON = re.compile(r"[ \t]*(?!(?:i|lub|albo|oraz|czy|bądź|ani)\b)(?P<rest>[^\W\d_A-ZĄĆĘŁŃÓŚŹŻ]+)")
_BROKEN_TOLD = ("wiersz kończy się słowem przeniesionym z łącznikiem „{word}” (np. tekst skopiowany z PDF-u), a następny "
                "zaczyna się od „{rest}” – w piśmie będzie „{word} {rest}” ze spacją; połącz słowo w jednym wierszu: "
                "„{joined}” (wyraz złożony z łącznikiem: „{word}{rest}”)")


# a number range broken at a line's end („W latach 2025-” / „2026 …”): printed „2025- 2026”
_RANGE_BROKEN = re.compile(r"(?<![\w-])(?P<word>\d{1,4}[-–])[ \t]*$")
_RANGE_GOES_ON = re.compile(r"[ \t]*(?P<rest>\d{1,4})(?!\d)")
_RANGE_TOLD = ("wiersz kończy się „{word}”, a następny zaczyna się od „{rest}” – w piśmie będzie „{word} {rest}” ze "
               "spacją; połącz je w jednym wierszu: „{word}{rest}”")
# a range of words with Word's dash broken after it before a capital or a number („VI–” / „VIII”): no broken word
_WORD_RANGE_GOES_ON = re.compile(r"[ \t]*(?!(?:i|lub|albo|oraz|czy|bądź|ani)\b)(?P<rest>[^\W_]+)")
_WORD_RANGE_TOLD = ("wiersz kończy się „{word}”, a następny zaczyna się od „{rest}” – to zakres („{joined}”), a w piśmie "
                    "będzie „{word} {rest}” ze spacją po myślniku; połącz go w jednym wierszu: „{joined}”")
_OR_RANGE = " – albo, jeśli to zakres, z myślnikiem: „{word}{rest}”"
_BREAK_SIGN_TOLD = ("wiersz kończy się słowem przeniesionym do następnego wiersza („{word}” – znak {sign}, np. z tekstu "
                    "skopiowanego z PDF-u), a następny zaczyna się od „{rest}” – w piśmie słowo będzie rozdzielone; "
                    "połącz je w jednym wierszu: „{joined}”")


def _hyphenated(loc: tuple, node, text: str):
    """A word broken with a hyphen at a line's end and going on in the next line: printed, the two lines are one
    sentence and the break a hyphen with a space after it. Lines printed one under another are left alone."""
    if set(loc[-1:]) & AS_LINES or (loc[-1:] and isinstance(loc[-1], int) and set(loc[-2:-1]) & AS_LINES):
        return
    lines = text[node.start_mark.index:node.end_mark.index].split("\n")
    for number, (line, below) in enumerate(zip(lines, lines[1:])):
        broken, rest = _BROKEN.search(line), _GOES_ON.match(below)
        dashed = broken is not None and broken.group("word")[-1] in _RANGE_DASHES
        ranged = dashed and not rest and _WORD_RANGE_GOES_ON.match(below)  # „VI–” / „VIII”: no broken word, a range
        rest = ranged or rest
        if not (broken and rest):
            broken, rest = _RANGE_BROKEN.search(line), _RANGE_GOES_ON.match(below)
        if broken and rest and (number or node.style not in ("|", ">")):
            column = (node.start_mark.column if number == 0 else 0) + broken.end("word")
            word = broken.group("word")
            joined = word + rest.group("rest") if ranged else word[:-1] + rest.group("rest")
            told = _WORD_RANGE_TOLD if ranged else _RANGE_TOLD if word[0].isdigit() else \
                _BROKEN_TOLD if word[-1] in "-\u2010\u2011" else _BREAK_SIGN_TOLD
            told += _OR_RANGE if dashed and not ranged and not word[0].isdigit() else ""
            yield loc, node.start_mark.line + number + 1, column, \
                told.format(word=word, rest=rest.group("rest"), joined=joined, sign=f"U+{ord(word[-1]):04X}")


# what a plain text keeps and the page shows wrong: two spaces between words (printed as a gap), a PDF's ligature
# („ﬁ” – one character for „fi”, which search and spell-check do not read as the two letters), a private-use character
# (Word's Symbol or Wingdings bullet U+F0B7, U+F0A7 pasted with a list: an empty gap in the PDF, a box in Word)
_GAP = "[ \u00a0\u2007\u202f\u3000]{2,}"  # spaces and hard spaces (Word's Ctrl+Shift+Space) side by side
_ODD = re.compile(rf"(?<=\S)(?P<spaces>{_GAP})(?=\S)|(?P<ligature>[ﬀﬁﬂﬃﬄﬅﬆ])|(?P<private>[\ue000-\uf8ff])")
_DOUBLE_SPACE = re.compile(rf"(?<=\S){_GAP}(?=\S)")  # what the value itself must hold to be told
_SPACES_TOLD = "dwie spacje obok siebie – w piśmie będzie podwójny odstęp między słowami; zostaw jedną spację"
_LIGATURE_TOLD = ("znak „{char}” to ligatura – litery „{letters}” w jednym znaku (np. w tekście skopiowanym z PDF-u); "
                  "w piśmie wyszukiwanie i sprawdzanie pisowni nie rozpoznają słowa – wpisz zamiast niego „{letters}”")
_PRIVATE_TOLD = ("znak U+{code} z prywatnej części Unicode (punktor czcionki Symbol albo Wingdings, np. z listy skopiowanej "
                "z Worda) – w piśmie będzie pustym miejscem albo kwadratem; usuń go")


def _odd_characters(node, loc: tuple, text: str):
    """The first double space, ligature and private-use character of a value, each at its place (a block text's „>-” line, a
    line's indentation and the blanks at a quoted text's edges are no text)."""
    quoted = node.style in ("'", '"')  # the quotes are no text: spaces inside them at the edges are dropped
    start = text.find("\n", node.start_mark.index) + 1 if node.style in ("|", ">") else node.start_mark.index + quoted
    told = set()
    for found in _ODD.finditer(text, start, max(start, node.end_mark.index - quoted)):
        kind = found.lastgroup
        if kind == "spaces" and not _DOUBLE_SPACE.search(node.value):  # „0  \n”: an escape, no word, after them
            continue
        if kind == "spaces" and not node.style and _FOREIGN_COMMENT.match(text, found.start()):
            continue  # told as the note it is
        if kind == "spaces" and text[found.start() - 1] == "-" and re.match(r"/\d", text[found.end():]):
            continue  # a sign's number left blank („0151-   /25”): told as a gap
        if kind not in told and (kind != "spaces" or found.start() > start):  # a lookbehind sees the quote
            told.add(kind)
            char = found.group()
            message = _SPACES_TOLD if kind == "spaces" else _PRIVATE_TOLD.format(code=f"{ord(char):04X}") \
                if kind == "private" else _LIGATURE_TOLD.format(char=char, letters=unicodedata.normalize("NFKC", char))
            yield loc, *_position(text, found.start()), message


# a block text's header mistyped into signs YAML reads as plain text („->”, „<-”, „|>”) alone on the value's line:
# the signs open the printed text („-> Wystąpienie …”)
_HEADER_AS_TEXT = re.compile(r"(?P<signs>[-<>|=–]*[<>|][-<>|=–]*)[ \t]*(?:#.*)?\n")
_HEADER_AS_TEXT_TOLD = ("wartość zaczyna się od „{signs}” w osobnym wierszu – YAML czyta to jako zwykły tekst i w piśmie "
                        "stałoby „{signs} {words} …”; jeśli to miał być znak tekstu blokowego, wpisz „>-”")


def _header_as_text(loc: tuple, node, text: str):
    """A plain text opened by a mistyped block header on its own line („opis: ->” over the text)."""
    found = _HEADER_AS_TEXT.match(text, node.start_mark.index, node.end_mark.index) if not node.style else None
    if found and len(found.group("signs")) <= 3:
        words = " ".join(node.value[len(found.group("signs")):].split()[:2])
        yield loc, *_position(text, found.start()), _HEADER_AS_TEXT_TOLD.format(signs=found.group("signs"), words=words)


# „12#stary”; „Łęczna#3”, „Rejon#XIII” number, „(#Hasztag)”, „„#Hasztag”” tag: a text's own
_GLUED = re.compile(r"(?<=[\w.,;:!?])(?<!_)#(?![IVXLCDM]+(?![^\W_]))(?P<word>[^\W\d_][^\s#]*)")
_GLUED_TOLD = ("„#{word}” przylega do tekstu, więc YAML nie bierze go za komentarz i trafi on do pisma – jeśli to komentarz, "
               "wpisz przed „#” spację")
_ADDRESS = re.compile(r"(?:://|www\.|\.[a-z]{2,6}/)\S*$", re.IGNORECASE)  # a web address's anchor („…/aktualnosci#dzielnicowi”)


def _glued_comment(loc: tuple, node, text: str):
    """A plain text with „#” glued to a word („Klonowej 12#stary”): YAML takes a comment only after a space."""
    if node.style:
        return
    for found in _GLUED.finditer(text, node.start_mark.index, node.end_mark.index):
        word_start = max(text.rfind(" ", 0, found.start()), text.rfind("\n", 0, found.start())) + 1
        if not _ADDRESS.search(text, word_start, found.start()):
            yield loc, *_position(text, found.start()), _GLUED_TOLD.format(word=found.group("word"))
            return


# a note after a value in another language's comment („Łęczna   // DANE PRZYKŁADOWE”, „nr 3   -- sprawdzić”,
# „<!-- zmienić -->”): „//” and „<!--” after a space, „--” after the spaces that align a comment; a web address's
# „://” and a dash typed as „--” between words are the text's;
# matched only from the start of a run of spaces (each start within the run rescanned it: time grew with its square)
_FOREIGN_COMMENT = re.compile(r"(?<![ \t])(?:[ \t]+(?P<mark>//|<!--)|[ \t]{2,}(?P<dashes>--))(?=\s|[^\W\d_]|$)")
_FOREIGN_COMMENT_TOLD = ("„{mark}” po wartości wygląda na komentarz, ale YAML zna tylko komentarz po „#”, więc „{note}” trafi do "
                         "pisma – jeśli to komentarz, zamień „{mark}” na „#” (ze spacją przed nim)")


def without_note(text: str) -> str:
    """A value without the note in another language's comment after it („Łęczna   <!-- zmienić -->” → „Łęczna”): the
    note is told on its own, the value's other checks look at the value."""
    found = _FOREIGN_COMMENT.search(text)
    if not found or not text[:found.start()].strip() or _separator(text[:found.start()], found.group()):
        return text
    return text[:found.start()]


def _separator(before: str, found: str) -> bool:
    """Whether a „//” after one space stands inside a bracket or a quote the text opened before it („(środy, 8.10–8.20
    // powtórki w soboty)”): the sentence's separator – a note would cut the bracket off."""
    if found.strip() != "//" or found.startswith(("  ", "\t", " \t")):
        return False
    return before.count("(") > before.count(")") or before.count("„") > before.count("”")


def _foreign_comment(loc: tuple, node, text: str):
    """A plain text with a note in another language's comment after it, on the value's line: printed as the text."""
    if node.style:
        return
    found = _FOREIGN_COMMENT.search(text, node.start_mark.index, node.end_mark.index)
    if found and _separator(text[node.start_mark.index:found.start()], found.group()):
        return
    if found and text[:found.start()].rstrip(" \t")[-1:] not in ("", "\n"):
        mark = found.group("mark") or found.group("dashes")
        end = text.find("\n", found.start())
        note = " ".join(text[found.start(): min(end if end >= 0 else node.end_mark.index, node.end_mark.index)].split())
        yield loc, *_position(text, found.start(found.lastgroup)), _FOREIGN_COMMENT_TOLD.format(mark=mark, note=note)


_QUOTES = {"„": "”", "“": "”"}  # Polish „…”, English “…” – both close with ”
_WRONG_CLOSER = ("cudzysłów zamknięto znakiem „“” (jak w tekstach niemieckich) – zamknij go znakiem „”” zamiast „“”")


_TWO_OPENERS = ("cudzysłów otwarto i zamknięto znakiem „“” – po polsku otwiera go „„”, a zamyka „””; "
                "wpisz „{words}”")


def _unbalanced_quote(values: list, text: str):
    """A text whose typographic quote has no pair (Word's autocorrect of a lone "): printed, it reads „… without
    its end, or an end without its start. `values`: (loc, node) of one text, or of lines printed one under another.
    A „“” glued to the word before it closes a „„” (German style): told as the wrong closer, not as a lone opener."""
    depth, opened = 0, None
    for loc, node in values:
        for index in range(node.start_mark.index, node.end_mark.index):
            char = text[index]
            if char == "“" and depth and not text[index - 1].isspace() and not text[index + 1:index + 2].isalnum():
                depth -= 1
                english = depth == 0 and text[opened[1]] == "“"  # „“Senior“”: both marks English openers
                yield (opened[0], *_position(text, opened[1]), _TWO_OPENERS.format(
                    words=text[opened[1] + 1:index])) if english else (loc, *_position(text, index), _WRONG_CLOSER)
            elif char in _QUOTES:
                depth, opened = depth + 1, opened if depth else (loc, index)
            elif char == "”" and depth:
                depth -= 1
            elif char == '"' and depth and node.style != '"':  # „Batory" – Notepad's straight quote closes it
                depth -= 1
                yield loc, *_position(text, index), _straight_closer(text, opened[1], index)
            elif char == "”" and not text[index - 1:index].isdigit():  # „1/3””, „24””: Word's inch mark
                yield loc, *_position(text, index), ("w tekście jest cudzysłów zamykający „”” bez otwierającego „„” – "
                                                     "dopisz „„” albo usuń „””")
                return
    if depth:
        yield opened[0], *_position(text, opened[1]), ("w tekście jest cudzysłów otwierający bez zamykającego „”” – "
                                                       "dopisz go albo usuń ten cudzysłów")


def _straight_closer(text: str, start: int, end: int) -> str:
    """The message on a „ closed with a straight " („„Batory"”): the closer is there, only the wrong sign."""
    quoted = text[start:end + 1]
    shown = f" („{quoted}”)" if "\n" not in quoted and len(quoted) <= 60 else ""
    fixed = f": {quoted[:-1]}”" if shown else ""
    return f"cudzysłów otwarty znakiem „„” zamyka prosty znak „\"”{shown} – zamień go na „””{fixed}"


# what a Polish or an English Word pastes in place of a broken cross-reference, bookmark or style reference, and a
# footnote's mark left after a word or a sentence when its footnote's text is not pasted („mediów.[1]”, „mediów¹”);
# „[1]” alone, after a space, is a text's own reference
_WORD_ERROR = re.compile(r"Błąd!\s+(?:Nie\s+można\s+odnaleźć\s+źródła\s+(?:odsyłacza|odwołania)|Nie\s+zdefiniowano\s+zakładki|"
                         r"Brak\s+tekstu\s+o\s+podanym\s+stylu\s+w\s+dokumencie|"
                         r"Nieprawidłowy\s+odsyłacz[^.\n]*|Odwołanie\s+do\s+siebie[^.\n]*)\.?"
                         r"|Error!\s+(?:Reference\s+source\s+not\s+found|Bookmark\s+not\s+defined|"
                         r"No\s+text\s+of\s+specified\s+style\s+in\s+document|Invalid\s+cross-reference[^.\n]*)\.?")
_FOOTNOTE = re.compile(r"(?:(?<=[^\W\d_])(?<!m)|(?<=[^\W\d_][.,;:!?)”]))(?:\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)"
                       r"(?=[\s.,;:!?)”]|$)")  # „m²”, „m³”: a unit's power
_WORD_ERROR_TOLD = ("„{words}” to komunikat Worda o zepsutym odsyłaczu, wklejony razem z tekstem – wpisz, do czego odsyłacz "
                    "prowadził, albo usuń go")
_FOOTNOTE_TOLD = ("„{mark}” po słowie to znak przypisu z Worda – pismo nie ma przypisów, a treść przypisu nie została "
                  "wklejona; wpisz ją w tekst albo usuń znak")


def _word_leftovers(loc: tuple, node, text: str):
    """(loc, line, column, message) of Word's broken-reference text and a footnote's mark in a value's own source."""
    for found in _WORD_ERROR.finditer(text, node.start_mark.index, node.end_mark.index):
        yield loc, *_position(text, found.start()), _WORD_ERROR_TOLD.format(words=" ".join(found.group().split()))
    found = _FOOTNOTE.search(text, node.start_mark.index, node.end_mark.index)
    if found:
        yield loc, *_position(text, found.start()), _FOOTNOTE_TOLD.format(mark=found.group())


# an English pair of quotes („“Batory”” – Word's autocorrect set to English): printed so in a Polish letter
_ENGLISH_QUOTE = re.compile(r"(?<![^\s(\[])“(?P<words>[^“”„\n]{1,80})”")
_ENGLISH_QUOTE_TOLD = "„“{words}”” to cudzysłów angielski – po polsku otwiera go znak „„”: „{words}”"


def _english_quotes(loc: tuple, node, text: str):
    """(loc, line, column, message) of the first English pair of quotes in a value's own source – one inside a Polish
    pair („Bezpieczna “Lipowa” 2026”) is the inner quotation's."""
    for found in _ENGLISH_QUOTE.finditer(text, node.start_mark.index, node.end_mark.index):
        before = text[node.start_mark.index:found.start()]
        if before.count("„") > before.count("”"):
            continue
        yield loc, *_position(text, found.start()), _ENGLISH_QUOTE_TOLD.format(words=found.group("words"))
        return


# an opening quote typed as two commas (a keyboard without „): „Spółdzielnia ,,Batory"” prints both commas
_COMMA_QUOTE = re.compile(r"(?<![^\s(\[])(,,)(?=\w)")
_COMMA_QUOTE_TOLD = ("„,,” (dwa przecinki) zamiast cudzysłowu otwierającego – w piśmie będą dwa przecinki; wpisz „„” "
                     "(a na końcu „””)")


# a Polish pair glued to the word beside it („Kampania„Senior””, „„Senior”na”) or with a space inside („„ Senior ””):
# printed as typed
_SPACED_QUOTE = re.compile(r"(?P<before>[^\W_]?)„(?P<inner>[^„”\n]{1,80})”(?P<after>[^\W_]?)")
_SPACED_QUOTE_TOLD = "cudzysłów „{words}” {what} – wpisz: {fixed}"


def _spaced_quotes(loc: tuple, node, text: str):
    """(loc, line, column, message) of the first Polish pair of quotes in a value's own source glued to a word
    outside it or with a space inside it."""
    for found in _SPACED_QUOTE.finditer(text, node.start_mark.index, node.end_mark.index):
        before, inner, after = found.group("before"), found.group("inner"), found.group("after")
        what = [said for said, slip in (("przylega do słowa przed nim", before),
                                        ("ma spację po „„” i przed „””", inner[:1].isspace() and inner[-1:].isspace()),
                                        ("ma spację po „„”", inner[:1].isspace() and not inner[-1:].isspace()),
                                        ("ma spację przed „””", inner[-1:].isspace() and not inner[:1].isspace()),
                                        ("przylega do słowa po nim", after)) if slip]
        if not what or not inner.strip():
            continue
        word_before = re.search(r"\S*$", text[node.start_mark.index:found.start("before") + len(before)]).group()
        word_after = re.match(r"\S*", text[found.start("after"):node.end_mark.index]).group()
        fixed = " ".join(part for part in (word_before, f"„{inner.strip()}”", word_after) if part)
        yield loc, *_position(text, found.start() + len(before)), _SPACED_QUOTE_TOLD.format(
            words=inner.strip(), what=" i ".join(what), fixed=fixed)
        return


def _comma_quotes(loc: tuple, node, text: str):
    """(loc, line, column, message) of each opening quote typed as two commas in a value's own source."""
    for found in _COMMA_QUOTE.finditer(text, node.start_mark.index, node.end_mark.index):
        yield loc, *_position(text, found.start(1)), _COMMA_QUOTE_TOLD


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index)
    return line + 1, index - (text.rfind("\n", 0, index) + 1) + 1
