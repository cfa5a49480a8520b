"""Measures of the goal as units write them, read from section 2: relative targets ("ograniczenie o 25%
liczby interwencji w porównaniu z poprzednim półroczem"), targets in words ("spadek o jedną czwartą"),
the baseline when the text gives its number, and the method of assessment ("anonimowa ankieta").

The goal's text stays as written; these are the case's `wskazniki` beside it, each marked for checking.
A target is never computed: a change in percent stays a percentage, words stay words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pismo.case.yamlio import MAX_ITEMS
from pismo.polish import some_of

_VERB = (r"(?P<verb>ograniczeni[ea]|zmniejszeni[ea]|spad(?:ek|ku)|obniżeni[ea]|redukcj[aię]|wzrost(?:u)?"
         r"|zwiększeni[ea]|poprawa|ograniczyć|zmniejszyć|obniżyć|zwiększyć)")
_AMOUNT = (r"(?P<amount>(?P<percent>\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|proc(?:\.|ent\w*)?)"
           r"|połowę|(?:jedną\s+)?(?:czwartą|trzecią|piątą|dziesiątą)|(?:dwie\s+)?trzecie)")
# the rest after the amount stops before a second target („… i wzrost o 10% liczby …”): its own indicator
_TARGET = re.compile(rf"\b{_VERB}\s+(?P<what>[^.;:()]{{0,120}}?)\s*\bo\s+{_AMOUNT}"
                     rf"(?P<rest>(?:(?!\s(?:i|oraz|a)\s+{_VERB.replace('?P<verb>', '?:')}\b)[^.;]){{0,200}})", re.I)
# a comparative right before the amount says the direction („liczba zgłoszeń mniejsza o 20%”), whatever the verb
_COMPARATIVE = re.compile(r"(?:^|\s)(?P<cmp>(?P<less>mniejsz\w*|niższ\w*|mniej)|większ\w*|wyższ\w*|więcej)\s*\Z", re.I)
# … or right after it, before the measure („o 15% mniejsza liczba zgłoszeń”, „o 10% mniej kradzieży”)
_COMPARATIVE_AFTER = re.compile(r"\s*(?P<cmp>(?P<less>mniejsz\w*|niższ\w*|mniej)|większ\w*|wyższ\w*|więcej)"
                                r"\s+(?P<measure>[^\W\d_][^.,;:()–—]*?)\s*(?:[.,;:()–—]|\s-\s|$)", re.I)
COMPARATIVE_NOTE = "kierunek zmiany odczytano ze słowa {} {} – sprawdź znak zmiany"
_DOWN = re.compile(r"ogranicz|zmniejsz|spad|obniż|redukc", re.I)
_SINCE = re.compile(r"(?:w\s+porównaniu\s+(?:z|do)|w\s+stosunku\s+do|względem|w\s+odniesieniu\s+do)\s+[^.,;()]+",
                    re.I)
_COUNT = re.compile(r"\b(?P<n>\d{1,6})\s+(?P<noun>(?:zgłosze\w*|interwencj\w*|zdarze\w*|wykrocze\w*|przestęp\w*"
                    r"|kradzie\w*|włama\w*|incydent\w*|przypad\w*|sprawc\w*|wezwa\w*|skarg\w*|mandat\w*)"
                    r"(?:\s+(?:na\s+)?(?:KMZB|Krajowej\s+Mapie\s+Zagrożeń\s+Bezpieczeństwa))?)", re.I)
_HOW = re.compile(r"sposób\s+oceny\s*:\s*(?P<said>[^.]{3,300})"
                  r"|(?P<how>(?:na\s+podstawie|poprzez|za\s+pomocą|w\s+formie|w\s+drodze)\s+(?:anonimow\w+\s+)?"
                  r"(?:ankiet|analiz|badani|sondaż|obserwacj|porównani)[^.]{0,250})"
                  r"|(?P<survey>(?:anonimow\w+\s+)?ankiet\w*[^.]{0,200}|analiz\w*\s+(?:danych|zapisów|zgłoszeń"
                  r"|interwencji|SWD)[^.]{0,200})", re.I)
_NOMINATIVE = {"liczby": "Liczba", "ilości": "Ilość", "skali": "Skala", "poziomu": "Poziom"}
CHECK_NOTE = "wskaźnik odczytany z tekstu celu – sprawdź nazwę, wartość wyjściową i cel"
MAX_COUNTS_SHOWN = 10  # numbers of the goal a target's note quotes: 600 made every note 30 kB (7 MB case file)


@dataclass
class Indicator:
    nazwa: str | None  # None: not readable, a placeholder
    zmiana: float | int | None = None  # percent: -25 for "ograniczenie o 25%"
    docelowo: str | None = None  # a target in words: "spadek o jedną czwartą"
    wartosc_wyjsciowa: int | None = None
    jednostka: str | None = None
    okres_wyjsciowy: str | None = None
    sposob_oceny: str | None = None
    baseline_missing: bool = False  # a change in percent whose baseline the text does not give
    notes: list[str] = field(default_factory=list)


def indicators(goal: list[str]) -> list[Indicator]:
    """What the goal's paragraphs say about measuring it; [] when they say nothing measurable. A method of
    assessment belongs to the targets of its paragraph (a paragraph that is only the method: to those before);
    else it judges a qualitative goal, named by its paragraph's first sentence or the goal's."""
    found: list[Indicator] = []
    judged = 0
    for text in goal:
        counts = list(_COUNT.finditer(text))  # once per paragraph: per target, 5 000 targets took 97 s
        targets = []
        for target in _TARGET.finditer(text):
            if len(found) + len(targets) > MAX_ITEMS:
                break  # one over what a case file lists: plan.check_lists refuses the goal
            targets.append(_indicator(target, counts))
        how = _method(text)
        first = _first_sentence(text)
        if how and not targets and _HOW.match(first) and found:
            targets = [w for w in found[judged:] if w.sposob_oceny is None]  # "Sposób oceny: …" under the targets
            judged = len(found)  # all judged now: the next such paragraph looks only at targets after these
        elif how and not targets:
            name = first if not _HOW.match(first) else _first_sentence(goal[0])
            targets = [Indicator(name if len(name) <= 200 and not _HOW.match(name) else None,
                                 notes=["cel jakościowy odczytany z tekstu celu – sprawdź nazwę i sposób oceny"])]
            found += targets
        else:
            found += targets
        for indicator in targets:
            indicator.sposob_oceny = indicator.sposob_oceny or how
        if len(found) > MAX_ITEMS:
            break
    return found


def _first_sentence(text: str) -> str:
    from pismo.importer.items import sentence_end

    end = sentence_end(text)
    return (text if end is None else text[:end]).rstrip(" .")


_INNER_VERB = re.compile(rf"\b{_VERB}\b", re.I)


def _indicator(target: re.Match, counts: list[re.Match]) -> Indicator:
    rest, what = target.group("rest"), target.group("what").strip(" ,")
    verb = target.group("verb").lower()
    inner = list(_INNER_VERB.finditer(what))  # „Poprawa bezpieczeństwa – spadek liczby zgłoszeń o 20%”: the word
    if inner:  # next to the number says the direction and starts the measure's name
        verb, what = inner[-1].group("verb").lower(), what[inner[-1].end():].strip(" ,")
    compared, where = _COMPARATIVE.search(what), "przed liczbą"
    if compared:  # „Poprawa bezpieczeństwa – liczba zgłoszeń mniejsza o 20%”: the measure after the dash
        what = re.split(r"\s[-–—]\s|:\s", what[:compared.start()])[-1].strip(" ,")
    elif _COMPARATIVE_AFTER.match(rest):  # „Poprawa bezpieczeństwa – o 15% mniejsza liczba zgłoszeń …”: the
        compared, where = _COMPARATIVE_AFTER.match(rest), "po liczbie"  # measure after the comparative
        measure = _SINCE.split(compared.group("measure"))[0].strip()  # „… w porównaniu z 2025 r.”: the baseline's
        what = measure if compared.group("cmp").lower() not in ("mniej", "więcej") else f"liczba {measure}"
    since = _SINCE.search(rest) or _SINCE.search(what)
    subject = what or re.split(r"(?<!\s)\s*(?:[,(]|w\s+porównaniu|w\s+stosunku|względem|w\s+odniesieniu)", rest.strip(),
                                  maxsplit=1)[0]
    words = subject.split()
    if words and words[0].lower() in _NOMINATIVE:
        words[0] = _NOMINATIVE[words[0].lower()]
    nazwa = " ".join(words)
    nazwa = (nazwa[:1].upper() + nazwa[1:]) if nazwa else None
    indicator = Indicator(nazwa, okres_wyjsciowy=_since_when(since.group()) if since else None, notes=[CHECK_NOTE])
    if target.group("percent"):
        value = float(target.group("percent").replace(",", "."))
        value = int(value) if value.is_integer() else value
        down = bool(compared.group("less")) if compared else bool(_DOWN.match(verb))
        indicator.zmiana = -value if down else value
        indicator.notes += [COMPARATIVE_NOTE.format(f"„{compared.group('cmp')}”", where)] if compared else []
    else:
        indicator.docelowo = f"{verb} o {' '.join(target.group('amount').split())}"
    if len(counts) == 1 and _aimed_at(counts[0]):  # „… tj. do 7 kradzieży”: the target, never the baseline
        _target_count(indicator, counts[0])
    elif len(counts) == 1:
        indicator.wartosc_wyjsciowa = int(counts[0].group("n"))
        indicator.jednostka = counts[0].group("noun").split()[0]
    elif counts:
        shown = some_of((c.group() for c in counts), MAX_COUNTS_SHOWN, "inna")
        indicator.notes.append(f"w tekście kilka liczb ({shown}) – wpisz wartość wyjściową albo składniki "
                               "(skladniki: nazwa i wartosc_wyjsciowa)")
    if indicator.zmiana is not None and indicator.wartosc_wyjsciowa is None:
        indicator.baseline_missing = True
    return indicator


# words before a count that make it the target: „do 7 kradzieży”, „docelowo nie więcej niż 16 interwencji”
_AIMS = r"\bdo|\bnie\s+więcej\s+niż|\bmaksymalnie|\bnajwyżej|\bponiżej|\bmniej\s+niż|\bmax\.?|\bpoziomu"
_AIM = re.compile(rf"(?:\bdocelowo(?:\s+(?:{_AIMS}))?|{_AIMS})\s*$", re.I)
_FROM = re.compile(r"\bz\s+(?P<n>\d{1,6})\s+do\s*$", re.I)  # „z 8 do 4 zdarzeń”: the baseline before „do”


def _aimed_at(count: re.Match) -> bool:
    """Whether the words before a count make it the goal's target („do 7 kradzieży”) – never the „do” of „w
    stosunku do 15 kradzieży”, which names the baseline."""
    start = max(0, count.start() - 40)
    return bool(_AIM.search(count.string, start, count.start())) and not _COMPARED.search(count.string, start,
                                                                                          count.start())


_COMPARED = re.compile(r"\b(?:porównaniu|stosunku|odniesieniu)\s+do\s*$", re.I)  # „w stosunku do 15 kradzieży”
_COMPARED_COUNT = re.compile(rf"(?:w\s+(?:porównaniu|stosunku|odniesieniu)\s+do)\s+{_COUNT.pattern}\s*(?P<when>.*)",
                             re.I)


def _since_when(since: str) -> str:
    """The baseline's period as written („w porównaniu z poprzednim półroczem”); after the baseline's count („w
    stosunku do 15 kradzieży w 2025 r.”) the words after the count („w 2025 r.”)."""
    since = since.strip()
    counted = _COMPARED_COUNT.fullmatch(since)
    when = counted.group("when").strip() if counted else since
    return when + "." if re.search(r"\br$", when) else when or None  # „2025 r.” keeps its abbreviation's dot


def _target_count(indicator: Indicator, count: re.Match) -> None:
    """A goal's count after „do”/„nie więcej niż” is its target: „z 8 do 4 zdarzeń” gives the baseline 8; without
    a „z …” the text gives no baseline – none is taken from the target, and the note says so."""
    before = _FROM.search(count.string, max(0, count.start() - 40), count.start())
    indicator.jednostka = count.group("noun").split()[0]
    if before:
        indicator.wartosc_wyjsciowa = int(before.group("n"))
        indicator.docelowo = indicator.docelowo or f"{count.group('n')} {indicator.jednostka}"
        return
    aim = _AIM.search(count.string, max(0, count.start() - 40), count.start())
    said = " ".join(count.string[aim.start():count.end()].split())
    indicator.notes.append(f"w tekście liczba docelowa („{said}”), nie wyjściowa – wartości wyjściowej tekst nie "
                           "podaje; wpisz ją")


def _method(text: str) -> str | None:
    found = _HOW.search(text)
    if not found:
        return None
    how = (found.group("said") or found.group("how") or found.group("survey")).strip(" ,:")
    return how[:1].lower() + how[1:] if how[1:2].islower() else how
