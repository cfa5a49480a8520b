"""Institutions' own addresses and pages, which the public version keeps: an office in rented premises („Punkt
Nieodpłatnej Pomocy Prawnej, ul. Jana Pawła II 15 lok. 2”) is no home's flat, a profile named for an institution
(„facebook.com/KMPWrzosogrod”, „@PolskaPolicja”) no person's, and an institution's link („bip.…/artykul/606100200”)
holds no phone but in its private parts (pismo.publication.profiles.private_parts: „~zenek”, „?telefon=…”).

The address must belong to the institution's name: only that name's words (capitalised words, a name in quotes,
„nr 2”, „im.”), a comma and „mieści się”, „ma siedzibę”, „czynny” stand between them. Any other word, a first
name or a sentence's end between them makes it a person's home again („Pracownica Ośrodka mieszka przy ul.
Lipowej 5 lok. 3”, „Ośrodek odwiedził panią Halinę, ul. Lipowa 5 lok. 3”).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pismo.polish import ascii_fold
from pismo.publication import name_tags
from pismo.publication.names import COMMON_FIRST

# The nouns an institution's name starts with, with their endings: one list for its premises („Rada Osiedla, ul.
# Lipowa 5 lok. 2”) and its pages („facebook.com/RadaOsiedla…”), read with Polish letters or without them.
INSTITUTION_NOUNS = (r"punk[tc]\w*|ośrod\w*|biur\w*|fundacj\w*|stowarzysze\w*|świetlic\w*|poradni\w*|urz[ąę]d\w*"
                     r"|centrum|klub\w*|kancelari\w*|przychodni\w*|aptek\w*|komisj\w*|zesp[oó]ł\w*|zespo[lł]\w*|sklep\w*"
                     r"|fili[ai]|oddzia[lł]\w*|gabinet\w*|spółdzielni\w*|hospicj\w*|bibliotek\w*|rad(?:a|y|zie|ę|ą)"
                     r"|zarząd\w*|zarzą?d(?:u|zie|em)?|administracj\w*|caritas|parafi[aię]\w*|posterun\w*|komend\w*"
                     r"|komisariat\w*|s[ąa]d(?:u|zie|em|y|ów)?|wydzia[lł]\w*|prokuratur\w*|straż(?:y|ą)?|strażnic\w*"
                     r"|wspólnot\w*|rzeczni(?:k|ka|kowi|kiem)|szkoł\w*|szkol(?:e|y|a)|przedszkol\w*|żłob\w*|świetlic\w*"
                     r"|(?-i:Koł(?:o|a|u|em))|(?-i:MOPS|GOPS|MOPR|OPS|PCPR|GKRPA|PPP|OIK|PUP|CIS|MDK|GOK|KGW|SM|OSP|RPD)")
_INSTITUTION = re.compile(rf"(?<!\w)(?:{INSTITUTION_NOUNS})(?!\w)", re.IGNORECASE)
_INSTITUTION_NOUN = re.compile(ascii_fold(INSTITUTION_NOUNS), re.IGNORECASE)
# A business's premises are an office's, but its page or site is its owner's („wrzosogrod-sklep.pl”, „GabinetAnia”).
_BUSINESS_NOUN = re.compile(r"(?:sklep|gabinet|aptek|kancelari|biur|punk|klub|centr|fili|oddzia)\w*", re.IGNORECASE)
# An office's premises: „lok. 2”, or a house and its number with a slash after the institution's name („Punkt
# Nieodpłatnej Pomocy Prawnej, ul. Długa 5/12”) – a home's the clause's words tell (_home_in_clause).
_PREMISES = re.compile(r"lok(?:\.|al)|\d\s?[/\\\u2044\u2215]\s?\d", re.IGNORECASE)
# What may stand between the name and its address: a comma or a dash, „mieści się (przy)”, „czynny w”.
_TAIL = re.compile(r"\s*[,:–—-]?\s*(?:(?:jest\s+)?(?:mieści\s+się|ma\s+siedzibę|z\s+siedzibą|znajduje\s+się"
                   r"|czynn[ya]|działa|przyjmuje)\s+)?(?:(?:przy|pod\s+adresem:?|w|we|na)\s+)?$", re.IGNORECASE)
_TOKEN = re.compile(r"\s*(„[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|nr\.?\s*\d+\w?|[^\W\d_][\w-]*\.?|[-–—])")
_CONNECTORS = frozenset("""im. św. ds. pw. i w we na dla do z ze oraz rzecz - – — osiedla osiedlowa mieszkaniowej
    mieszkaniowa wiejskich gminy miasta parafii""".split())
# A home in the clause around the address: the flat is someone's („Mieszkanie socjalne przydzielone przez MOPS, ul.
# Lipowa 5 lok. 3, zajmuje rodzina”), and an institution named as the agent („przez MOPS”, „od Spółdzielni”) no owner.
_HOME_WORDS = re.compile(r"(?<!\w)(?:mieszkani[eauo]\w*|mieszka(?:ją|ł\w*)?|zajmuj\w*|zamieszk\w*|lokator\w*"
                         r"|najem\w*|przydzielon\w*|socjaln\w*|komunaln\w*)(?!\w)", re.IGNORECASE)
_AGENT = re.compile(r"(?<!\w)(?:przez|od)\s+$", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?\n](?:\s|$)")
_HOME = re.compile(r"(?:spod|ze?|zam\.|zamieszka\w*)\s", re.IGNORECASE)  # a home's preposition in the match
_WINDOW = 200
# The address's street and house before its flat's number, which FLAT_LOOSE and FLAT_NAMED leave out of their match
# („ul. Lipowa 5 lok. 3”: „Lipowa 5 lok. 3”, „lok. 3”).
_STREET = r"(?:ul\.|al\.|pl\.|os\.|ulic[ayę]|alej[ai]?|plac[u]?)\s*"
_ADDRESS_BEFORE = re.compile(rf"(?:{_STREET}(?:[^\W\d]\w*\.?\s+){{0,4}}?\d{{1,4}}\s?[a-zA-Z]?\s*,?\s*|{_STREET}"
                             r"|(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])[^\W\d_]+(?:\s+(?-i:[A-ZŁŚŻŹĆŃÓĘĄ])\w*\.?){0,3}\s+\d{1,4}\s?[a-zA-Z]?\s*,?\s*)$",
                             re.IGNORECASE)


def office(text: str, start: int, address: str) -> bool:
    """Whether a flat's number, in `address` found at `start`, is an institution's premises („lok. 2”)."""
    if not _PREMISES.search(address) or _HOME.match(address):
        return False
    if before := _ADDRESS_BEFORE.search(text, max(0, start - 80), start):
        start = before.start()
    window = max(0, start - _WINDOW)
    owners = [m for m in _INSTITUTION.finditer(text, window, start)
              if _named_by(text[m.end():start]) and not _AGENT.search(text, max(0, m.start() - 8), m.start())]
    return bool(owners) and not _home_in_clause(text, owners[-1].start(), start + len(address))


def _home_in_clause(text: str, start: int, end: int) -> bool:
    """Whether the clause of the institution's name and its address speaks of a home: before the name or after the
    address, to the clause's end („…, zajmuje rodzina”)."""
    opening = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    closing = m.start() if (m := _CLAUSE_END.search(text, end)) else len(text)
    return bool(_HOME_WORDS.search(text, opening, start) or _HOME_WORDS.search(text, end, closing))


# A registry's label and the words of its owner's name before the number („REGON Urzędu Miasta …”).
_REGISTRY = re.compile(r"(?<!\w)(?:regon|nip|krs)\s+((?:[^\W\d_][\w-]*\.?\s+){1,4})$", re.IGNORECASE)


def persons_registry(before: str) -> bool:
    """Whether a REGON's, NIP's or KRS's owner named before its number is a person („REGON Mirosław Baran Usługi
    606100200”): a first name or a surname among the words, which do not start with an institution's noun."""
    if not (m := _REGISTRY.search(before)):
        return False
    words = m.group(1).split()
    return not _INSTITUTION.fullmatch(words[0]) and any(_first_name(w.rstrip(".")) for w in words if w[0].isupper())


def _named_by(between: str) -> bool:
    """Whether the text between an institution's noun and an address is only the rest of the institution's name."""
    words = between[:_TAIL.search(between).start()]
    done, patron = 0, False
    for m in _TOKEN.finditer(words):
        if m.start() != done:
            return False
        done, word = m.end(), m.group(1)
        if word.lower() in _CONNECTORS or word[0] in "„\"" or word.lower().startswith("nr"):
            patron = patron or word in ("im.", "św.")
            continue
        if not word[0].isupper() or word.endswith(".") and len(word) > 4 or not patron and _first_name(word):
            return False  # an ordinary word, a sentence's end, a person
    return done == len(words)


def _first_name(word: str) -> bool:
    """A first name in any case form, or a word only a surname („Punkt Kowalskiego”, „Świetlica Zenona”)."""
    return word in COMMON_FIRST or _person(word)


# --- Institutions' own pages: a profile („facebook.com/KMPWrzosogrod”, „@PolskaPolicja”) or a site („bip.….pl”,
# „gov.pl”) whose name holds an institution's word or the unit's town, and no person's name.

_INSTITUTION_WORDS = frozenset("""policja policji policje kmp kpp kwp kgp kmpsp kppsp komenda komendy komisariat
    urzad urzedu um ug umig gmina gminy miasto miasta szkola szkoly sp zsp zs przedszkole starostwo powiat straz
    mops gops ops pcpr sad prokuratura wojewodztwo bip gov psse mks mdk mok gok osp zso lo kgw sm rpd zgm zbm mzk mpk
    pgk""".split())
_GLUED_HEADS = ("policja", "policji", "gmina", "gminy", "miasto", "miasta", "urzad", "szkola", "starostwo", "straz",
                "kmp", "kpp", "kwp")
_NAME_PARTS = re.compile(r"[A-ZĄĆĘŁŃÓŚŹŻ]+(?![a-ząćęłńóśźż])|[A-ZĄĆĘŁŃÓŚŹŻ]?[a-ząćęłńóśźż]+|\d+")
_PLACE_ADJECTIVE = re.compile(r"(?:sk|ck|dzk)(?:a|i|ie|iej)$")  # „Lubelska”, „Mazowiecka”: as surnames, -ski ones
_INSTITUTION_HOST = re.compile(r"(?:^|\.)(?:gov\.pl|policja\.pl|edu\.pl|mil\.pl)$|(?:^|\.)bip\.")
# A link to an institution's site without „https://” or „www.”: „gov.pl/web/policja/…”.
INSTITUTION_LINK = re.compile(r"(?<![\w.@-])(?:[\w-]+\.)*(?:gov|policja|edu|mil)\.pl(?:/\S*[^\s.,;:!?)\]}>”\"'])?",
                              re.IGNORECASE)


# Words an institution's name holds besides its noun and place („KomendaMiejska”, „RzecznikPrawDziecka”, „KGW…”), and
# the country's and regions' adjectives („PolskaPolicja”, „PolicjaLubelska”): never a person's, nor a nickname's.
_NAME_WORDS = frozenset("""miejska miejskiej miejski gminna gminnej gminny powiatowa powiatowej powiatowy wojewodzka
    wojewodzkiej wojewodzki panstwowa panstwowej ochotnicza pozarna spoleczna spolecznej pomocy rodzinie kultury
    sportu osiedla osiedlowa mieszkaniowa mieszkaniowej wspolnoty gospodyn wiejskich praw dziecka obywatelskich
    pacjenta podstawowa podstawowej publiczna publicznej rejonowy rejonowa okregowy prewencji ruchu drogowego
    polska polski polskiej lubelska lubelskiej lubelski mazowiecka mazowieckiej malopolska malopolskiej slaska
    slaskiej pomorska pomorskiej podkarpacka podkarpackiej podlaska podlaskiej swietokrzyska swietokrzyskiej lodzka
    lodzkiej wielkopolska wielkopolskiej dolnoslaska dolnoslaskiej opolska opolskiej lubuska lubuskiej kujawsko
    warminsko zachodniopomorska zachodniopomorskiej bezpieczny bezpieczna bezpieczne""".split())


def institutions_name(name: str, names) -> bool:
    """Whether a profile's or site's name (a link's path, a handle) is an institution's as a whole: made only of an
    institution's words („Policja”, „KMP”, „RadaOsiedla”, also glued to a place: „policjalubelska”), the words of
    its name, the unit's names and town, and numbers – any other word („gmina_wrzosogrod_dresy”), a first name,
    a surname („urzad_wrzosogrod_kowalska”) or a listed person's makes it a person's („@PolicjaZenek”)."""
    if names.in_address(name):
        return False
    unit, found, after_noun = _unit_words(names), False, False
    for word in _NAME_PARTS.findall(name):
        folded = ascii_fold(word).lower()
        if word.isdigit() or folded in _NAME_WORDS:
            continue
        institution = folded in _INSTITUTION_WORDS or bool(_INSTITUTION_NOUN.fullmatch(folded)) \
            and not _BUSINESS_NOUN.fullmatch(folded)
        if not institution and (_person(word, found) or not (
                _unit_word(folded, unit) or _glued(folded, unit) or after_noun and _place(word)
                or _partners_word(folded, names))):
            return False
        found, after_noun = True, institution
    return found


def institutions_site(link: str, names) -> bool:
    """Whether a link leads to an institution's site: gov.pl, policja.pl, a BIP, or a host named as
    institutions_name tells („www.wrzosogrod.pl”, „gminaleczna.pl”)."""
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", link.lower())
    host = re.split(r"[/?#]", host, maxsplit=1)[0]
    if _INSTITUTION_HOST.search(host):
        return True
    labels = host.split(".")[:-1]  # not the top-level domain
    return bool(labels) and institutions_name(labels[-1], names)


def _person(word: str, after_institution: bool = False) -> bool:
    """A first name, or a word the dictionary knows only as a surname – but a place's adjective after the
    institution's word („PolicjaLubelska”; „Kowalski.Policja” is a person's)."""
    t = name_tags.tags(word.title())
    if word.title() in COMMON_FIRST or t.first:
        return True
    adjective = after_institution and _PLACE_ADJECTIVE.search(word.lower())
    return bool(t.surname) and not (t.ordinary or t.office or t.place or adjective)


def _place(word: str) -> bool:
    """A town's name after the institution's word („KMPLublin”, „PolicjaLeczna”, „KMPWrzosogrod”): one the dictionary
    knows as a place, or no word it knows at all (a town written without its Polish letters); never an ordinary word
    („MopsWrzosogrodKrzywda”, „KmpHejter”)."""
    t = name_tags.tags(word.title())
    return t.place or not t.known


def _partners_word(folded: str, names) -> bool:
    """A word of a partner's name, in a case form („wrzosowisko”, „wrzosowiska” of „Rada Osiedla Wrzosowisko”)."""
    return any(folded == w or len(w) > 4 and folded[:len(w) - 1] == w[:-1] and 0 <= len(folded) - len(w) <= 2
               for w in names.institution_words)


def _glued(folded: str, unit: dict[str, frozenset[str]]) -> bool:
    """An institution's word glued to a place („policjalubelska”, „gminawrzosogrod”; not „policjant”)."""
    for head in _GLUED_HEADS:
        rest = folded[len(head):]
        if folded.startswith(head) and len(rest) >= 4 and not _person(rest, True):
            if _unit_word(rest, unit) or _PLACE_ADJECTIVE.search(rest) or name_tags.tags(rest.title()).known:
                return True
    return False


def _unit_word(folded: str, unit: dict[str, frozenset[str]]) -> bool:
    """The unit's town or another word of its names, in a case form („wrzosogrod”, „wrzosogrodzie”; not „policjant”)."""
    return any(folded[cut:] in unit.get(folded[:cut], ()) for cut in range(max(1, len(folded) - 4), len(folded) + 1))


@lru_cache(maxsize=16)
def _unit_words(names) -> dict[str, frozenset[str]]:
    """The unit's names and town (pismo.publication.names.Names.places): stems and endings without Polish letters."""
    found: dict[str, set[str]] = {}
    for stem, endings in names.places.stems.items():
        if len(stem) >= 4:
            found.setdefault(ascii_fold(stem), set()).update(map(ascii_fold, endings))
    return {stem: frozenset(endings) for stem, endings in found.items()}
