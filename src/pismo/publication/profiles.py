"""Profiles and handles in a text: links to a service's profile („facebook.com/zenek.lipowa”), a user's name after
a service's name, „Nick” or „jako”, „@handles”, words with underscores or dots that are a user's name – and what
is none: an institution's own profile (pismo.publication.institutions), a file's or a thing's name („CAM_03”), an
abbreviation („m.in.”). Each pass gives the spans to cut; pismo.publication.redact marks them."""

from __future__ import annotations

import re
from functools import lru_cache

from pismo.morph import dictionary as d
from pismo.publication import figures, institutions, name_tags
from pismo.publication.names import COMMON_FIRST, Names
from pismo.publication.names_data import FILE_TYPES, RANK_ABBREVIATIONS

# The labels an address may end in (an e-mail's after a spaced dot, which may also end the sentence; a dotted
# word's that is a domain, no user's name).
TLD = frozenset("""pl com eu net org info biz gov edu io me de uk cz sk ua lt fr it es nl at ch be us ru tv co app
    onet wp o2 interia gmail op tlen gazeta poczta yahoo outlook hotmail icloud proton protonmail vp go2 live""".split())

_URL_END = r"(?:\S*[^\s.,;:!?)\]}>”\"'])?"
_SERVICES = (r"(?:facebook|fb|messenger|instagram|twitter|x|tiktok|linkedin|youtube|vk|snapchat|reddit|pinterest"
             r"|tumblr|twitch|discord|whatsapp|badoo|tinder|patreon|onlyfans|flickr|quora|mastodon|medium)\.com"
             r"|(?:facebook|instagram|youtube|linkedin|twitter)\.pl"  # Polish addresses, forwarded to the .com
             r"|(?:threads)\.(?:net|com)|(?:m\.me|fb\.me|instagr\.am|youtu\.be|t\.me|telegram\.(?:me|org|dog)|vk\.ru"
             r"|ok\.ru|nk\.pl|redd\.it|wa\.me|signal\.me|linktr\.ee|bsky\.app|discord\.gg|twitch\.tv|wykop\.pl"
             r"|fotka\.pl|sympatia\.pl|goldenline\.pl|pinterest\.pl|tiktok\.pl"
             r"|imgur\.com|olx\.pl|allegro\.pl|vinted\.pl|otomoto\.pl|gumtree\.pl"  # marketplaces: a seller's login or offer
             r"|zrzutka\.pl|pomagam\.pl|discordapp\.com"  # fundraisers name their beneficiary
             # games, streams, music, code and video: every service whose handles HANDLE knows (_APPS), and their kin
             r"|(?:roblox|kick|steamcommunity|soundcloud|spotify|github|gitlab|vimeo|dailymotion|skype|viber|kik|line"
             r"|tellonym|deviantart|wattpad|faceit|tracker)\.(?:com|me|gg)|fb\.(?:watch|gg)|ask\.fm|likee\.video)")
PROFILE = re.compile(rf"(?<![\w.@-])(?:https?://)?(?:[\w-]+\.)*(?:{_SERVICES})/{_URL_END}"
                     # a personal blog, named in its subdomain; Skype's own identifier („live:.cid.123abc”)
                     rf"|(?<![\w.@-])(?:https?://)?(?:www\.)?[\w-]+\.(?:blogspot\.com|wordpress\.com|blog\.pl)(?:/{_URL_END})?"
                     r"|(?<![\w.@-])live:(?:\.?cid\.)?[\w.-]*\w"
                     r"|(?<![\w.@/-])(?:fb|ig|insta|yt|tiktok)/[\w.-]{2,}\w", re.IGNORECASE)  # „fb/zenek.lipowa”
# A handle („@jan_kowal”, as Instagram, X, TikTok and Telegram write one): after the e-mails and phones, so never
# theirs. Also one after a service's name in any case form, „Nick” or „Login” and a colon, a dash or „jako”, when
# it is no word (_handle_word: „Instagram: jan_kowal”, „Konto na TikToku: zenek”, not „Instagram: profil szkoły”),
# after a bare space when it has a dot, an underscore or a digit („Instagram zenek.lipowa”), and a Gadu-Gadu number.
_APPS = (r"(?:instagram\w*|insta|ig|tiktok\w*|snapcha\w+|snap|telegram\w*|skyp\w+|discord\w*|twitter\w*|threads\w*"
         r"|signal\w*|messenger\w*|facebook\w*|fb|youtub\w+|kik|line|wechat|viber\w*|whatsapp\w*|roblox\w*"
         r"|twitch\w*|kick|steam\w*|tt|badoo\w*|sympati\w+|tinder\w*|fortnit\w+|minecraft\w*|reddit\w*|vk"
         r"|onlyfans\w*|pinterest\w*|wykop\w*|fotka\w*|allegro|olx|vinted\w*|otomoto|imgur\w*|fejs\w*|yt|tik(?:u|iem)?)"
         r"(?:\.pl|\.com)?")
# Words that name an account („pod nickiem”, „jako”, „Użytkownik”, „Konto”): a word with a digit or an underscore
# and two letters after one is its handle („jako zenek_1987”, „Użytkownik kasia17”; not „jako p.o.”, „jako 2018r”).
_ACCOUNT_WORDS = r"(?:jako|nick\w*|pseudonim\w*|login\w*|użytkownik\w*|konto|kont\w+|profil\w*)"
HANDLE = re.compile(
    # 30 letters on Instagram, more elsewhere; a map's place „@51.3012,22.8801” is no handle (rev-tpl20 4)
    r"(?<![\w.@+-])@(?!-?\d+\.\d+,-?\d+\.\d)\w(?:[\w.]{0,38}\w)?(?![\w@])"
    # „Nick „ZenekLipowa””, „Ksywa w sieci: …”, „Jego login to …”
    rf"|(?<!\w)(?:{_APPS}|nick|pseudonim|login|ksyw[aęy]|użytkownik\w*)(?:\s+na\s+{_APPS}|\s+w\s+sieci)?"
    r"(?:\s?:\s?|\s+[-–—]\s+|\s+(?:jako|to)\s+|\s*(?=[„\"»«])|(?<=nick)\s+|(?<=login)\s+|(?<=ksywa)\s+)[„\"»«]?"
    r"(?P<handle>\w[\w.]{1,30}\w(?:#\d{4})?)(?![\w@#])"  # Polish letters too: „Kasia_Wróbel”; a Discord tag „kowal#1234”
    rf"|(?<!\w){_APPS}\s+(?=[\d_.]*[^\W\d_])(?P<bare>\w+[._\d][\w.]*\w)(?![\w@])"
    r"|(?<!\w)(?:gg|gadu-gadu)\s?(?:nr\.?\s?)?:?\s?(?P<gg>\d{3,10})(?!\d)"
    rf"|(?<!\w){_ACCOUNT_WORDS}\s+[„\"»«]?(?=(?:[\w.]*?[^\W\d_]){{2}})(?=[\w.]*[_\d])(?P<account>\w[\w.]{{1,30}}\w(?:#\d{{4}})?)(?![\w@#])"
    # „zenek_1987” anywhere, also a link's last part („forum.pl/user/wrzos_zenek”)
    r"|(?<![\w.@\\-])(?P<underscore>[^\W_]\w*_[\w.]*[^\W_])(?![\w@\\])"
    # a dotted word („wiesiek.kowalczyk”, „zenek.lipowa.88”): a handle only as _dotted_handle tells
    r"|(?<![\w.@/\\-])(?P<dotted>[^\W\d_]{2,}(?:\.[^\W_]+)+)(?![\w@/\\]|\.[^\W_])", re.IGNORECASE)
# A user's name in lower case that is no word, after a service's name, „jako” or „pod nickiem”, or in brackets with
# the service: „Na Instagramie zeneklipowa publikuje”, „Pisze jako zeneklipowa”, „Snapchat (zeneklipowa)”,
# „zeneklipowa (Instagram)”. Only unmistakable services' names: „kick”, „line”, „signal” are words too.
_BARE_APPS = (r"(?:instagram\w*|insta|tiktok\w*|snapcha\w+|telegram\w*|skyp\w+|discord\w*|twitter\w*|facebook\w*"
              r"|fejs\w*|messenger\w*|youtub\w+|whatsapp\w*|viber\w*|roblox\w*|twitch\w*|tinder\w*|badoo\w*)")
LOWER_HANDLE = re.compile(
    rf"(?<!\w)(?:{_BARE_APPS}|jako|pod\s+nick\w*|nick\w*|pseudonim\w*)\s+(?:\(\s*)?"
    r"(?P<after>(?-i:[a-ząćęłńóśźż]{4,30}))(?![\w@-]|\.\w)"
    rf"|(?<![\w.@-])(?P<before>(?-i:[a-ząćęłńóśźż])[\w.]{{2,30}}\w)\s*\(\s*{_BARE_APPS}\s*\)", re.IGNORECASE)
# Around a dotted word, what makes it a user's name: a word naming an account before it („użytkownik zenek.lipowa”,
# „Konto „zenek.lipowa””), a service's name and a bracket or a quote („Na Instagramie (zenek.lipowa)”), or the
# service after it („wiesiek.kowalczyk na Facebooku”).
_DOTTED_BEFORE = re.compile(rf"(?<!\w)(?:{_ACCOUNT_WORDS}\s+|{_APPS}\s*[(„\"»«]\s*)[„\"»«]?$", re.IGNORECASE)
_FILE_TYPES = FILE_TYPES
# Parts of abbreviations typed without spaces („sierż.sztab.”, „ul.Lipowa”, „m.in”): no user's name.
_ABBREVIATIONS = RANK_ABBREVIATIONS | frozenset("""ul al os pl św ks dr mgr inż prof godz tel pok art ust pkt par
    nr tzw np tj in itd itp wg ok ds gm woj pow kom str ww zob por cdn zm dz poz sygn""".split())
_DOTTED_AFTER = re.compile(rf"[”\"»«)]?\s+(?:na|w|z)\s+{_APPS}(?!\w)", re.IGNORECASE)
URL = re.compile(rf"(?<![\w.@-])(?:https?://|www\.){_URL_END}", re.IGNORECASE)


def links(text: str, names: Names) -> list[tuple[int, int]]:
    """A profile's link, but an institution's own profile („facebook.com/KMPWrzosogrod”)."""
    return [m.span() for m in PROFILE.finditer(text) if not _institutions(m.group(), names, text, m.start())]


# Words of a service's own path around a page's name („facebook.com/KMPWrzosogrod/posts/123”); „user”, „profile”
# or „people” name a user's account, and stay a part of the name that makes it no institution's.
_PAGE_PATH = frozenset("www m pg posts photos videos about events reel reels watch status channel c p groups".split())
# What says a profile is a person's, whatever its name: „jako @…”, „użytkownik …”, „z konta …”, „Blog sprawcy: …”.
_PERSONS_PROFILE = re.compile(r"(?<!\w)(?:jako|użytkownik\w*|z\s+kont\w*|kont[oa]\s+(?:na\s+\w+\s+)?|nick\w*"
                              r"|pseudonim\w*|login\w*|(?:profil\w*|kont\w*|stron\w*|blog\w*|fanpage\w*)\s+"
                              r"(?:sprawc\w*|prywatn\w*|osobist\w*|sąsiad\w*|zgłaszając\w*|podejrzan\w*|pokrzywdzon\w*"
                              r"|poszkodowan\w*|dziewczyn\w*|chłopak\w*|syna|córki|męża|żony|ucznia|uczennicy))"
                              r"(?:\s+(?:na|w)\s+\w+)?\s*[:–—-]?\s*[„\"»«(]?\s*$", re.IGNORECASE)


def _institutions(link: str, names: Names, text: str = "", start: int = 0) -> bool:
    """Whether a service's link („facebook.com/PolicjaLeczna”) or a handle („@PolskaPolicja”) is an institution's:
    its path or name, as pismo.publication.institutions tells, and not said to be a person's (_PERSONS_PROFILE)."""
    if _PERSONS_PROFILE.search(text, max(0, start - 60), start):
        return False
    if "/" in link:
        path = re.split(r"[?#]", re.sub(r"^(?:https?://)?[^/]*/", "", link), maxsplit=1)[0]
        link = "/".join(part for part in path.split("/") if part.lower() not in _PAGE_PATH)
    elif not link.startswith("@") and PROFILE.fullmatch(link):
        link = link.split(".")[0]  # a blog, named in its subdomain („gminawrzosogrod.blogspot.com”)
    return institutions.institutions_name(link.lstrip("@"), names)


# A site said to be a person's: „Strona prywatna: www.zeneklipowa.pl”, „Blog sprawcy: …”.
_PRIVATE_SITE = re.compile(r"(?<!\w)(?:stron\w*|witryn\w*|blog\w*)(?:\s+internetow\w*)?\s+(?:prywatn\w*|osobist\w*"
                           r"|sprawc\w*|zgłaszając\w*|sąsiad\w*|pokrzywdzon\w*|podejrzan\w*|poszkodowan\w*)\s*:?\s*$",
                           re.IGNORECASE)


def addresses(text: str, names: Names) -> list[tuple[int, int]]:
    """A link naming a listed person („facebook.com/zdzislaw.kowal”), or after a label saying it is a person's; in
    an institution's link, a user's page and a name typed into a form (private_parts; their numbers are phones')."""
    found = [m.span() for m in URL.finditer(text) if names.in_address(m.group())
             or _PRIVATE_SITE.search(text, max(0, m.start() - 50), m.start()) or _slug_person(m.group())]
    for m in (*URL.finditer(text), *institutions.INSTITUTION_LINK.finditer(text)):
        if institutions.institutions_site(m.group(), names):
            found += [(m.start() + start, m.start() + end) for start, end in private_parts(m.group())
                      if not text[m.start() + start:m.start() + end].isdigit()]
    return found


# In an institution's link, what is a person's: a user's page („sp3.edu.pl/~zenek.mazur”), a dotted name
# („/jan.kowalski/”), the value of a form's field for a name or a contact („?telefon=606100200&imie=Halina”), and a
# number glued to a word („/kontakt-606100200”) – an id is a whole part („/artykul/606100200”, „?id=606100200”).
_LINK_PART = re.compile(r"(?<=/)~[^/?#\s]+|(?<=/)[^\W\d_]{2,}\.[^\W\d_]{2,}(?=[/?#]|$)|(?<=[?&;])(?:tel\w*|phone\w*|kom\w*"
                        r"|mobil\w*|imi\w*|name|nazwisk\w*|surname|first\w*|last\w*|e?-?mail\w*|login|user\w*|nick\w*"
                        r"|osob\w*|kontakt\w*)=(?P<value>[^&#;\s]+)|(?<=[-_])\d{7,}(?=[-_./?#]|$)", re.IGNORECASE)


def private_parts(link: str) -> list[tuple[int, int]]:
    """The spans, in an institution's link, of what is a person's (_LINK_PART); the rest of the link stays."""
    found = []
    for m in _LINK_PART.finditer(link):
        if m.group("value"):
            found.append(m.span("value"))
        elif "." not in m.group() or m.group().startswith("~") or name_only(m.group().split(".")[0].lower()):
            found.append(m.span())
    return found


def handles(text: str, names: Names) -> list[tuple[int, int]]:
    """The handle only: the service's name before it stays („Skype: [adres profilu usunięty]”). A capitalised word
    followed by another is a first name and surname („Facebook: Kasia Wróbel”): left whole to the name rule, which
    needs the first name to tell a word surname is a person's."""
    found = []
    for m in HANDLE.finditer(text):
        handle = m.group("handle")
        if _in_link(text, m):
            continue  # the host of a profile's link the link pass kept („Telegram t.me/KMPWrzosogrod”)
        if not m.group("gg") and _institutions(m.group(m.lastgroup or 0), names, text, m.start(m.lastgroup or 0)):
            continue  # „@PolskaPolicja”, „Instagram: gmina_wrzosogrod”
        if m.group("dotted"):
            if _dotted_handle(text, m, names):
                found.append(m.span("dotted"))
        elif m.group("underscore") and (_file_name(m.group("underscore"), names) or _thing_name(
                m.group("underscore"), names, text[max(0, m.start() - 1):m.start()] == "#")
                                        or _path_title(text, m, names)):
            continue
        elif not handle:
            found.append(m.span(m.lastgroup or 0))
        elif (end := _profile_name_end(text, m.start("handle"), m.end())) is not None:
            found.append((m.start("handle"), end))
    return found


def lower_handles(text: str, names: Names) -> list[tuple[int, int]]:
    """A user's name in lower case that is no word (LOWER_HANDLE), in the text less what handles found."""
    return [m.span(m.lastgroup) for m in LOWER_HANDLE.finditer(text)
            if _handle_word(m.group(m.lastgroup))
            and not _institutions(m.group(m.lastgroup), names, text, m.start(m.lastgroup))]


def _in_link(text: str, m: re.Match) -> bool:
    """Whether a handle's match is a part of a profile's link: the link is judged whole (links), never its host alone."""
    start = m.start(m.lastgroup or 0)
    return any(link.start() <= start < link.end() for link in PROFILE.finditer(text, max(0, start - 80), m.end() + 200))


def _profile_name_end(text: str, start: int, end: int) -> int | None:
    """Where a profile's name after a service's label ends, None when it is none („Facebook: brak”). A first name and
    a surname alone are left to the name rule (None), which tells a word surname is a person's by the first name
    („Facebook: Kasia Wróbel”); with a word or a year after them the whole is the person's handle („Kasia Wróbel
    Official”, „Wróbel Kasia Official”, „Zenek Baran 1987”), and so is a first name with a surname in lower case
    („kasia wróbel”)."""
    handle = text[start:end]
    after = _PROFILE_REST.match(text, end)
    if handle.islower():
        surname = after and _first_name(handle) and name_tags.tags(after.group(1).title()).surname
        return after.end() if surname else end if _handle_word(handle) else None
    if not (after and after.group(1)[0].isupper()):
        return end if _handle_word(handle) else None
    words, last = [handle, after.group(1)], after
    while (m := _PROFILE_REST.match(text, last.end())) and (m.group(1)[0].isupper() or m.group(1).isdigit()) \
            and not re.fullmatch(r"[IVXL]+", m.group(1)):
        words.append(m.group(1))
        last = m
    return last.end() if len(words) > 2 and any(map(_first_name, words[:2])) else None


def _file_name(word: str, names: Names) -> bool:
    """A file's name with its type („plan_2025.docx”, „zdjecia_festyn.jpg”), no user's – unless a part of it is a
    listed person's name or a first name („kasia_wrobel.jpg”, „zenek_1987.png”)."""
    parts = re.split(r"[_.]", word)
    if len(parts) < 2 or parts[-1].lower() not in _FILE_TYPES:
        return False
    return not (names.in_address(word) or any(len(p) > 2 and name_only(p.lower()) for p in parts[:-1]))


# A nickname's shape: a person's description („Chłopak_Z_Osiedla”, „Dres_Z_Lipowej_7”, „Kibol_Wrzosogrod”) – a
# preposition inside it, or a noun for a person first; a thing's name has neither („CAM_PARKING_02”, „Raport_2026”).
_NICKNAME_PREPOSITIONS = frozenset("z ze spod od na w we zza u do dla przy pod nad po".split())


def _thing_name(word: str, names: Names, hashtag: bool = False) -> bool:
    """Whether a word with underscores names a thing, not a user, by its shape: every part digits, an abbreviation in
    capitals or a capitalised ordinary word („CAM_03”, „Plany_2026”, „#Bezpieczna_Szkoła_2026”); a part in lower
    case, a name („Kasia_Wróbel”, „ZENEK_88”) or a listed person's („Kowal_88”) makes it a user's, and so does a
    person's description (_NICKNAME_PREPOSITIONS) but in a hashtag („#Bezpieczni_Na_Drodze” is a campaign's)."""
    if names.in_address(word):
        return False
    parts = [part for part in re.split(r"[_.]+", word) if part]
    if not hashtag and (any(part.lower() in _NICKNAME_PREPOSITIONS for part in parts[1:])
                        or name_tags.tags(parts[0].title()).person_noun):
        return False
    return all(part.isdigit() or _thing_word(part) for part in parts)


def _path_title(text: str, m: re.Match, names: Names) -> bool:
    """Whether an underscored segment of a link's path is a title a site spells with „_” for spaces („wiki/
    Powiat_łęczyński”, „wiki/Jan_Paweł_II”, „Szkola_Podstawowa_nr_2”: rev-tpl21 3), read as those words are: a
    person's name in them is still found („Kasia_Wróbel”), and a user's name has its own shape – a lower-case
    start, letters with digits in one part, a first name with a number („Zenek_1987”), a person's noun first, a
    preposition written with a capital as a nickname's every word is („Chłopak_Z_Osiedla”; a title's is not:
    „Bitwa_pod_Grunwaldem”)."""
    word = m.group("underscore")
    if text[m.start("underscore") - 1:m.start("underscore")] != "/" or not word[0].isupper() or "." in word:
        return False
    parts = [part for part in word.split("_") if part]
    if any(re.search(r"\d", part) and not part.isdigit() for part in parts) or name_tags.tags(parts[0].title()).person_noun \
            or any(part[0].isupper() and part.lower() in _NICKNAME_PREPOSITIONS for part in parts[1:]):
        return False
    if any(part.isdigit() for part in parts) and any(_first_name(part) or name_only(part.lower()) for part in parts):
        return False
    return not names.in_address(word) and not names.spans(" ".join(parts))


def _thing_word(part: str) -> bool:
    """A capitalised ordinary word (also one a surname shares: „Lato”, „Szkoła”), or an abbreviation in capitals the
    dictionary does not know („CAM”); not a first name, nor a word only a surname („Kowalski”, „NOWAK”)."""
    if not (part.isupper() or part[0].isupper() and part[1:].islower()):
        return False
    t = name_tags.tags(part.title())
    if t.first or t.surname and not (t.ordinary or t.office) or name_only(part.lower()):
        return False
    return t.ordinary or t.office or part.isupper() and len(part) <= 5 and not t.known


def _dotted_handle(text: str, m: re.Match, names: Names) -> bool:
    """Whether a dotted word is a user's name, not a domain („policja.pl”) nor an abbreviation („m.in.”, „p.o.”):
    said to be one (_DOTTED_BEFORE, _DOTTED_AFTER), naming a person the case lists („wiesiek.kowalczyk”), or
    written in lower case from a first name („kasia.mazurek”, „barbara.w”)."""
    word = m.group("dotted")
    parts = word.split(".")
    if parts[-1].lower() in TLD | _FILE_TYPES or any(p.lower() in _ABBREVIATIONS for p in parts):
        return False
    if _DOTTED_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _DOTTED_AFTER.match(text, m.end()):
        return True
    return names.in_address(word) or word.islower() and len(parts[0]) > 2 and name_only(parts[0])


@lru_cache(maxsize=4096)
def _slug_person(link: str) -> bool:
    """Whether an article's address names a person in its path's slug („lecznaonline.pl/aktualnosci/jadwiga-
    rutkowska-zglosila-kradziez”, „…/zenon-wrobel-zglosil”): a first name only in the nominative, then a word in
    the nominative only a surname, or unknown as a name folded to ASCII is („wrobel”), a file's too
    („…/jadwiga-rutkowska.jpg”) – not a patron's genitive („im-jana-pawla-ii”, „ulica-marii-konopnickiej”) nor two
    first names (rev-pub17 9, 10)."""
    path = re.split(r"[?#]", re.sub(r"^(?:https?://)?[^/]*", "", link), maxsplit=1)[0]
    for segment in path.lower().split("/"):
        stem, _, kind = segment.rpartition(".")
        segment = stem if kind in _FILE_TYPES else segment  # a file's name: „…/foto/jadwiga-rutkowska.jpg”
        if segment.startswith("~") or "." in segment:
            continue  # a user's page or a dotted name: private_parts tells those
        parts = [p for p in re.split(r"[-_]+", segment) if p]
        if any(_nominative_first(a) and _slug_surname(b) and not re.fullmatch(r"[ivx]+", c)
               or _slug_pair(before, a, b) and not re.fullmatch(r"[ivx]+", c)
               for before, a, b, c in zip(["-", *parts], parts, parts[1:], [*parts[2:], "-"])) \
                or any(name_tags.reporter_in_parts(parts, k) for k in range(len(parts))):  # „sowa-zglosila-…”
            return True
    return False


# Words after which a slug's name is a patron's or a street's („im-jana-pawla-ii”, „ulica-marii-konopnickiej”,
# „kosciol-sw-jadwigi”), not a person's.
_PATRON_BEFORE = frozenset("""im imienia ul ulica ulicy ulice ulic al aleja alei aleje os osiedle osiedla osiedlu plac
    placu rondo ronda park parku skwer skweru most mostu sw sww swietego swietej swietych bl blogoslawionego
    blogoslawionej ks ksiedza kardynala papieza gen generala marszalka kosciol kosciola kosciele parafia parafii
    pomnik pomnika szkola szkoly szkole patron patrona patronka patronki""".split())
_SLUG_HONORIFICS = frozenset({"pan", "pana", "panu", "panem", "pani", "pania"})


def _slug_pair(before: str, a: str, b: str) -> bool:
    """A person in a slug as news writes one (rev-pub18 6): a first name and a surname in one case („zgloszenie-
    jadwigi-rutkowskiej”), a surname then a first name („rutkowska-jadwiga-o-kradziezy”), or a surname after
    „pana/pani” („kradziez-u-pana-wrobla”) – not a patron's after „im”, „ul”, „sw” … (_PATRON_BEFORE)."""
    if before in _PATRON_BEFORE or len(a) < 3 or len(b) < 3 or not (a.isalpha() and b.isalpha()):
        return False
    if a in _SLUG_HONORIFICS:  # „u-pana-wrobla”; „zgloszenie-pani-basi”: a first name after it too (rev-pub19 20)
        return _slug_surname(b) or _surname_cases(b) != frozenset() or bool(_first_cases(b)) or name_only(b)
    first = _first_cases(a)
    if first and (cases := _surname_cases(b)) and first & cases and not _first_cases(b):
        return not _figure(a, b)  # „jadwigi-rutkowskiej”; not „wystawa-o-marii-konopnickiej”
    return bool(_surname_cases(a)) and not _first_cases(a) and "nom" in _first_cases(b) \
        and "nom" in _surname_cases(a) and not name_tags.tags(a.title()).ordinary  # „rutkowska-jadwiga”


def _figure(first: str, surname: str) -> bool:
    """Whether a slug's first name and surname are a public figure's (pismo.publication.figures), in any case."""
    def lemmas(word: str, label: str) -> set[str]:
        return {d.base(r.lemma) for r in d.analyse(word.title()) if label in r.labels}
    return any((f, s) in figures.FIGURES for f in lemmas(first, "imię") for s in lemmas(surname, "nazwisko"))


def _first_cases(word: str) -> frozenset[str]:
    """The cases a slug's word reads in as a first name's singular („jadwigi” → gen)."""
    return frozenset(c for r in d.analyse(word.title()) if "imię" in r.labels and "sg" in r.number for c in r.cases) \
        if name_tags.available() else frozenset()


def _surname_cases(word: str) -> frozenset[str]:
    """The cases a slug's word reads in as a surname only, no ordinary word („rutkowskiej” → gen, dat, loc)."""
    if not name_tags.available() or name_tags.tags(word.title()).ordinary:
        return frozenset()
    return frozenset(c for r in d.analyse(word.title()) if "nazwisko" in r.labels for c in r.cases)


def _nominative_first(word: str) -> bool:
    readings = [r for r in d.analyse(word.title()) if "imię" in r.labels] if name_tags.available() else []
    singular = [r for r in readings if "sg" in r.number]
    return len(word) > 2 and any("nom" in r.cases for r in singular) and not any("gen" in r.cases for r in singular) \
        and not any(r.pos != "subst" or not set(r.labels) & name_tags.PERSON_LABELS for r in d.analyse(word))


def _slug_surname(word: str) -> bool:
    if len(word) < 3 or not word.isalpha() or _first_name(word):
        return False
    found = name_tags.tags(word.title())
    if not found.known:
        return word.isascii()  # „wrobel”, „kowalczyk”: a name as an address writes it
    return bool(found.surname) and any(case == "nom" for case, _ in found.forms)


def name_only(word: str) -> bool:
    """A word that is a common first name, or that the dictionary knows only as a name („zenek”, „kasia”)."""
    if word.title() in COMMON_FIRST:
        return True
    readings = d.analyse(word) if name_tags.available() else ()
    return bool(readings) and all(set(r.labels) & name_tags.PERSON_LABELS for r in readings)


def _first_name(word: str) -> bool:
    title = word.title()
    return title in COMMON_FIRST or bool(name_tags.tags(title).first)


_PROFILE_REST = re.compile(r"[^\S\n]+(\w+)")  # the next word of a profile's name, on its line


@lru_cache(maxsize=4096)
def _handle_word(word: str) -> bool:
    """Whether a word after „Skype:” is a user's name: with a dot, an underscore or a digit („jan.kowal”), or in
    a word the dictionary knows as no ordinary one („jankowal”, „Zenek”, „JanKowal”; not „profil”, „Brak”, „KPP”)."""
    if re.search(r"[._\d]", word):
        return True
    if word.isupper() or not name_tags.available():
        return False
    return all(set(r.labels) & name_tags.PERSON_LABELS for r in d.analyse(word.lower()))
