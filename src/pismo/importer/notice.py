"""Texts about a plan that are not the plan: a gmina's or Burmistrz's notice, a news article.

A notice announces a plan (its period, district or unit, the threat, the planned actions and the
partners) in prose, without the five headings: it becomes a partial case, each sentence in the part
it speaks of, marked for checking, and placeholders for what it does not say. An article reports
what was done (past tense: "przeprowadzili", "ujawniono"): it is refused, since its sentences are no
plan's.
"""

from __future__ import annotations

import re

from pismo.importer.dates import Termin, split_deadline
from pismo.importer.lines import ABBREVIATIONS, Line
from pismo.importer.plan import Action, Partner, Plan, Text, check_parts
from pismo.importer.targets import indicators
from pismo.polish import RANKS

ARTICLE = ("to wygląda na artykuł o wynikach działań (tekst opisuje, co zrobiono), a nie na plan działania "
           "priorytetowego – zaimportuj sam plan: tekst z pięcioma częściami (zagrożenie, cel, działania, "
           "podmioty współpracujące, informowanie) albo ogłoszenie o planie")
_ABOUT_PLAN = re.compile(r"plan\w*\s+działa\w*\s+priorytetow\w*|działa\w*\s+priorytetow\w*|priorytetow\w*\s+plan\w*",
                         re.I)
_ABOUT_POLICE = re.compile(r"dzielnicow\w*|policj\w*|rejon\w*\s+służbow\w*", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZĄĆĘŁŃÓŚŹŻ„\"(])")
_WORD = re.compile(r"[^\W\d_]+")
# Which part of a plan a sentence of a notice speaks of; the first that fits wins.
_PARTS = (
    (4, re.compile(r"we?\s+współpracy\s+z|wspólnie\s+z|przy\s+współudziale|przy\s+udziale|partner\w*"
                   r"|współprac\w+\s+(?:z|ze)\b", re.I)),
    (1, re.compile(r"plan\w*\s+dotycz|\bdotyczy\b|problem\w*|zagrożeni\w*\s+(?:jest|stanowi)"
                   r"|mieszkańcy\s+(?:zgłaszają|skarżą|sygnalizują)", re.I)),
    (5, re.compile(r"informacj\w*\s+o\s+(?:realizacji|przebiegu|planie|działaniach)|ogłosze\w*\s+na|stron\w*\s+"
                   r"internetow\w*|tablic\w*\s+ogłoszeń|biuletyn\w*|zgłaszać|kontakt\w*|pod\s+numerem", re.I)),
    (3, re.compile(r"kontrol\w*|patrol\w*|spotka\w*|spotkani\w*|pogadank\w*|wystąpi\w*|przeprowadz\w*|zorganizuj\w*"
                   r"|obchod\w*|działania\s+(?:obejm|polega|będą)|planowan\w*\s+(?:są|jest)|prelekcj\w*|akcj\w*", re.I)),
    (2, re.compile(r"\bcel\w*\b|ograniczeni\w*|zmniejszeni\w*|poprawa\b|poprawy\b|wyeliminowani\w*", re.I)),
)
_PARTNERS = re.compile(r"(?:we?\s+współpracy\s+z|wspólnie\s+z|przy\s+(?:współ)?udziale)e?\s+(?P<names>[^.;]+)", re.I)
# Rank abbreviations ("st. sierż. Marek Wrona") end no sentence either.
_RANK_WORDS = {word.rstrip(".") for rank in RANKS for word in rank.split()}
NOTE = "zdanie z ogłoszenia o planie (nie z samego planu) – sprawdź, czy należy do tej części, i zredaguj je"


def kind(lines: list[Line]) -> str | None:
    """"article", "notice", or None for a text that is about no plan at all."""
    text = " ".join(line.text for line in lines)
    if not _ABOUT_PLAN.search(text) and not _ABOUT_POLICE.search(text):
        return None
    past, present = _tenses(text)
    if past >= 3 and past > present:
        return "article"
    return "notice" if _ABOUT_PLAN.search(text) else None


def _tenses(text: str) -> tuple[int, int]:
    """(verbs in the past, verbs in the present or future) of a text, by the dictionary."""
    from pismo.morph.dictionary import analyse, available

    words = _WORD.findall(text[:200_000])
    if not available():  # no dictionary: the commonest endings
        past = sum(1 for w in words if re.fullmatch(r"\w{3,}(?:ł|ła|ło|li|ły|ono|ano|ęto|ito)", w.lower()))
        present = sum(1 for w in words if w.lower() in ("będzie", "będą", "jest", "są") or
                      re.fullmatch(r"\w{4,}(?:uje|ują|zie|dzi|ją)", w.lower()))
        return past, present
    past = present = 0
    future = False  # "będzie realizował": the past-tense form after "będzie" is the future
    for word in words:
        tags = {reading.pos for reading in analyse(word)}
        if "bedzie" in tags:
            present, future = present + 1, True
        elif tags & {"praet", "imps"} and not tags & {"subst", "adj", "fin"}:
            past, future = past + (0 if future else 1), False
        elif "fin" in tags and not tags & {"subst", "adj"}:
            present, future = present + 1, False
    return past, present


def read(lines: list[Line], warnings: list[str]) -> Plan:
    """A notice as a partial plan: its data, each sentence in its part, placeholders for the rest."""
    from pismo.importer.recognise import chrome_line, read_info

    plan = Plan(warnings=list(warnings))
    plan.warnings.append("to jest ogłoszenie o planie, a nie sam plan – zapisano sprawę częściową: każde zdanie "
                         "trafiło do części, o której mówi (oznaczone „# DO SPRAWDZENIA”), brakujące części "
                         "są do uzupełnienia")
    kept = []
    for line in lines:
        if chrome_line(line):
            plan.ignored.append(line.text)
        else:
            kept.append(line)
    read_info(plan, "\n".join(line.text for line in kept))
    titles = []
    for at, line in enumerate(kept):
        if at == len(titles) and _title(line) and len(titles) < 3:  # the notice's heading lines, at its top
            titles.append(line.text)
            continue
        for sentence in sentences(line.text):
            _place(plan, sentence)
            check_parts(plan)
    plan.title = " ".join(titles) or None
    plan.indicators = indicators([t.value for t in plan.goal])
    return plan


def _title(line: Line) -> bool:
    """A notice's heading line ("Ogłoszenie", "Komunikat Burmistrza Miasta Zielonka"): short, no full stop."""
    return len(line.text) <= 120 and not line.text.endswith((".", "!", "?", ":", ","))


def _place(plan: Plan, sentence: str) -> None:
    part = next((number for number, pattern in _PARTS if pattern.search(sentence)), None)
    if part is None and _ABOUT_PLAN.search(sentence):  # "Burmistrz informuje, że … realizuje plan …": its data
        plan.ignored.append(sentence)                    # are read into the fields; the sentence is listed
        return
    part = part or 1
    plan.found.add(part)
    if part == 1:
        plan.problem.append(Text(sentence, [NOTE]))
    elif part == 2:
        plan.goal.append(Text(sentence, [NOTE]))
    elif part == 3:
        found = split_deadline(sentence.rstrip("."), plan.period)
        if found and found.opis:
            plan.actions.append(Action(found.opis, found.termin, [NOTE]))
        else:
            plan.actions.append(Action(sentence.rstrip(" ."), Termin(None, None), [
                NOTE, "w ogłoszeniu brak terminu – wpisz go (datę do: RRRR-MM-DD albo słowami, np. na bieżąco)"]))
    elif part == 4:
        names = _PARTNERS.search(sentence)
        said = f" (w tekście: {names.group('names').strip()})" if names else ""
        plan.partners.append(Partner(None, [], sentence, [NOTE, f"wpisz nazwę podmiotu w mianowniku{said} i jego "
                                                                 "zadania; kilka podmiotów – każdy osobno"]))
    else:
        plan.informing.append(Text(sentence, [NOTE]))


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, in one pass; abbreviations ("ul.", "tel.") end none."""
    out, start = [], 0
    for found in _SENTENCE_END.finditer(text):
        before = re.search(r"[^\s(]*$", text[max(start, found.start() - 20):found.start()]).group()
        if before.lower() in ABBREVIATIONS or before.lower() in _RANK_WORDS or (len(before) == 1 and before.isupper()):
            continue
        out.append(text[start:found.end()].strip())
        start = found.end()
    rest = text[start:].strip()
    return out + ([rest] if rest else [])
