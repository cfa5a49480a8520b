"""A corpus for `--publikacja`: personal data planted the ways the second red team wrote it (issue 17), and
text that must reach the public version as written.

Data only, no assertions: tests/test_publikacja_round2.py requires no leak and no over-redaction, and
bench/publication.py counts both for this tree and a baseline (`evaluate`), so the figures before and after a
change are measured on the same inputs. A secret counts as leaked when its visible text (pismo.publication.visible:
NFC, no soft hyphens or invisible characters) is still in the visible output, in any letter case.
"""

from __future__ import annotations

import unicodedata

SHY, ZWSP, WJ, CGJ, MVS, BOM = "\u00ad", "\u200b", "\u2060", "\u034f", "\u180e", "\ufeff"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def pesel(first_ten: str) -> str:
    """A PESEL with its valid check digit."""
    weights = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)
    return first_ten + str((10 - sum(w * int(d) for w, d in zip(weights, first_ten)) % 10) % 10)


P1, P2, P3 = pesel("8503121234"), pesel("9211300567"), pesel("0227150987")

# The case's persons: residents (addressees, participants) and officers. Some fields are written oddly too.
PRIVATE = ["Zdzisław Kowal", "Jan Nowak", nfd("Józef Kęska"), f"Ry{SHY}szard Ło{SHY}ś", "Barbara Wilk",
           f"Hali{ZWSP}na Sowa", "Krystyna Mazur"]
OFFICERS = ["Anna Nowak", "Marek Przykładowy"]

# (class, text, secrets that must go, parts that must stay)
LEAKS = [
    # names written with soft hyphens, decomposed letters or invisible characters inside
    ("zapis znaków", f"Zgłosił to Zdzis{SHY}ław Ko{SHY}wal.", ["Kowal"], ["Zgłosił to"]),
    ("zapis znaków", f"Zgłosił to pan Ko{SHY}wal.", ["Kowal"], ["Zgłosił to"]),
    ("zapis znaków", nfd("Józef Kęska zgłosił dewastację."), ["Kęska"], ["zgłosił dewastację."]),
    ("zapis znaków", "Józef Kęska zgłosił dewastację.", ["Kęska"], ["zgłosił dewastację."]),
    ("zapis znaków", nfd("Z Józefem Kęską rozmawiano."), ["Kęską"], ["rozmawiano."]),
    ("zapis znaków", "Rozmowa z Ryszardem Łosiem.", ["Łosiem"], ["Rozmowa z"]),
    ("zapis znaków", f"Halina So{ZWSP}wa przyszła.", ["Sowa"], ["przyszła."]),
    ("zapis znaków", f"Halina So{WJ}wa przyszła.", ["Sowa"], ["przyszła."]),
    ("zapis znaków", f"Barbara Wi{CGJ}lk przyszła.", ["Wilk"], ["przyszła."]),
    ("zapis znaków", f"Barbara Wi{MVS}lk przyszła.", ["Wilk"], ["przyszła."]),
    ("zapis znaków", f"Krystyna Ma{BOM}zur przyszła.", ["Mazur"], ["przyszła."]),
    ("zapis znaków", f"Dzwonić: 606{SHY}100{SHY}200.", ["606100200"], ["Dzwonić:"]),
    ("zapis znaków", f"Dzwonić: 606 1{ZWSP}00 200.", ["606100200"], ["Dzwonić:"]),
    ("zapis znaków", nfd("Pisz: józef.kęska@wp.pl, dziękujemy."), ["kęska"], ["Pisz:", "dziękujemy."]),
    ("zapis znaków", f"Pisz: jan.no{SHY}wak@wp.pl.", ["nowak@"], ["Pisz:"]),
    ("zapis znaków", f"PESEL {P1[:5]}{SHY}{P1[5:]}.", [P1], []),
    ("zapis znaków", "Zgłosił to Zdzisław K\u043ewal.", ["Kowal"], ["Zgłosił to"]),  # a Cyrillic „о”
    ("zapis znaków", "Zgłosił to Zdzisław Ｋｏｗａｌ.", ["Kowal"], ["Zgłosił to"]),  # full-width letters
    ("zapis znaków", "Zgłosiła to B a r b a r a  W i l k, sąsiadka.", ["W i l k"], ["Zgłosiła to", ", sąsiadka."]),  # letter-spaced
    # a resident who shares an officer's surname (Jan Nowak the resident, Anna Nowak the officer)
    ("nazwisko policjanta", "Jan Nowak zgłosił hałas.", ["Jan Nowak"], ["zgłosił hałas."]),
    ("nazwisko policjanta", "Zgłoszenie pana Nowaka z ul. Leśnej.", ["Nowaka"], ["Zgłoszenie", "z ul. Leśnej."]),
    ("nazwisko policjanta", "Pan Nowak zgłosił hałas.", ["Nowak"], ["zgłosił hałas."]),
    ("nazwisko policjanta", "sąsiad Nowak zgłosił hałas", ["Nowak"], ["sąsiad", "zgłosił hałas"]),
    ("nazwisko policjanta", "Janowi Nowakowi podziękowano.", ["Nowakowi"], ["podziękowano."]),
    ("nazwisko policjanta", "Zgłosił p. Nowak.", ["Nowak"], ["Zgłosił"]),
    ("nazwisko policjanta", "Zgłosił J. Nowak.", ["Nowak"], ["Zgłosił"]),
    ("nazwisko policjanta", "Nowak zgłosił hałas przy sklepie.", ["Nowak"], ["zgłosił hałas"]),
    ("nazwisko policjanta", "Jan Nowak i st. asp. Anna Nowak omówili plan.",
     ["Jan Nowak"], ["st. asp. Anna Nowak omówili plan."]),
    # profile links of more services, and handles
    ("profile", "Film: youtube.com/@zdzislawkowal.", ["zdzislawkowal"], ["Film:"]),
    ("profile", "Film: https://www.youtube.com/channel/UC123abc.", ["UC123abc"], ["Film:"]),
    ("profile", "Film: https://youtu.be/dQw4w9WgXcQ.", ["dQw4w9WgXcQ"], ["Film:"]),
    ("profile", "Telegram: t.me/kowal_z.", ["kowal_z"], ["Telegram:"]),
    ("profile", "Telegram: https://telegram.me/kowal_z.", ["kowal_z"], ["Telegram:"]),
    ("profile", "VK: https://vk.com/id12345.", ["id12345"], ["VK:"]),
    ("profile", "Snap: snapchat.com/add/basia.w.", ["basia.w"], ["Snap:"]),
    ("profile", "Threads: https://www.threads.net/@basia.wilk.", ["basia.wilk"], ["Threads:"]),
    ("profile", "Pisz: m.me/basia.wilk.", ["basia.wilk"], ["Pisz:"]),
    ("profile", "Pisz: https://www.messenger.com/t/basia.wilk.", ["basia.wilk"], ["Pisz:"]),
    ("profile", "Profil: nk.pl/profile/1234567.", ["1234567"], ["Profil:"]),
    ("profile", "Profil: https://nk.pl/#profile/1234567.", ["1234567"], ["Profil:"]),
    ("profile", "Wątek: https://www.reddit.com/user/kowal_lecz.", ["kowal_lecz"], ["Wątek:"]),
    ("profile", "Wątek: reddit.com/u/kowal_lecz.", ["kowal_lecz"], ["Wątek:"]),
    ("profile", "WhatsApp: wa.me/48606100200.", ["606100200"], ["WhatsApp:"]),
    ("profile", "Linki: linktr.ee/basiawilk.", ["basiawilk"], ["Linki:"]),
    ("profile", "Na Instagramie @basia_wilk_88 są zdjęcia.", ["basia_wilk_88"], ["Na Instagramie", "są zdjęcia."]),
    ("profile", "TikTok: @kowal.lecz, nagrania.", ["kowal.lecz"], ["TikTok:", "nagrania."]),
    ("profile", "GG 1234567, wieczorem.", ["1234567"], ["wieczorem."]),
    ("profile", "Skype: jan.kowal, wieczorem.", ["jan.kowal"], ["Skype", "wieczorem."]),
    ("profile", "Instagram: basia_wilk, zdjęcia.", ["basia_wilk"], ["Instagram", "zdjęcia."]),
    # seventh review (rev-pub7): links of games, streams, music and code services; a link's underscore word; a tag
    ("profile", "Filmy: https://fb.watch/xYz123AbC/ oraz nagrania.", ["xYz123AbC"], ["Filmy:", "oraz nagrania."]),
    ("profile", "Gra: roblox.com/users/4455667, wieczorem.", ["4455667"], ["Gra:", "wieczorem."]),
    ("profile", "Konto: steamcommunity.com/id/wrzos_zenek.", ["wrzos_zenek"], ["Konto:"]),
    ("profile", "Transmisje: kick.com/kowalzenek", ["kowalzenek"], ["Transmisje:"]),
    ("profile", "Muzyka: https://soundcloud.com/zenek-lipowa", ["zenek-lipowa"], ["Muzyka:"]),
    ("profile", "Forum: https://forum.wrzosogrod.pl/user/wrzos_zenek", ["wrzos_zenek"], ["Forum:"]),
    ("profile", "Discord: kowal#1234, wieczorem.", ["kowal#", "1234"], ["Discord:", "wieczorem."]),
    # seventh review (rev-pub7): a dotted user name in a sentence
    ("profile", "Nagrania udostępnił barbara.wilk na Facebooku.", ["barbara.wilk"], ["Nagrania udostępnił", "na Facebooku."]),
    ("profile", "Filmy wrzuca użytkownik zenek.lipowa.", ["zenek.lipowa"], ["Filmy wrzuca użytkownik"]),
    ("profile", "Na Instagramie (zenek.lipowa) są zdjęcia.", ["zenek.lipowa"], ["Na Instagramie (", ") są zdjęcia."]),
    ("profile", "Groźby pisała kasia.mazurek w komentarzach.", ["kasia.mazurek"], ["Groźby pisała", "w komentarzach."]),
    # eighth review (rev-pub8), finding 12: a nick in quotes or after „to”, „Ksywa”, short service names, blogs,
    # fundraisers, Discord's and Skype's identifiers
    ("profile", "Nick „ZenekLipowa” pisał groźby.", ["ZenekLipowa"], ["Nick „", "” pisał groźby."]),
    ("profile", "Jego login to zeneklipowa.", ["zeneklipowa"], ["Jego login to"]),
    ("profile", "Nagrania publikuje na TikToku użytkownik „ZenekLipowa”, wieczorem.", ["ZenekLipowa"],
     ["Nagrania publikuje na TikToku użytkownik „", "”, wieczorem."]),
    ("profile", "Ksywa w sieci: ZenekLipowa.", ["ZenekLipowa"], ["Ksywa w sieci:"]),
    ("profile", "Instagram „zeneklipowa” publikuje zdjęcia.", ["zeneklipowa"], ["Instagram „", "” publikuje zdjęcia."]),
    ("profile", "Blog sprawcy: zeneklipowa.blogspot.com, wpisy.", ["zeneklipowa"], ["Blog sprawcy:", ", wpisy."]),
    ("profile", "Discord: discordapp.com/users/123456789012345678", ["123456789012345678"], ["Discord:"]),
    ("profile", "Numer Skype: live:.cid.123abc456def", ["123abc456def"], ["Numer Skype:"]),
    ("profile", "Link do zrzutki: zrzutka.pl/pomoc-dla-haliny-kwiatkowskiej", ["haliny"], ["Link do zrzutki:"]),
    ("profile", "Fejs: zeneklipowa88, yt: zeneklipowa, Konto na Tiku: zenek_l.", ["zeneklipowa", "zenek_l"],
     ["Fejs:", "yt:", "Konto na Tiku:"]),
    # eighth review (rev-pub8), finding 15: a word with underscores is a user's when a part is in lower case, a first
    # name, a word only a surname or a listed person's (a thing's name stays: see KEEPS)
    ("profile", "Nagranie wrzucił zenek_lipowa, a Kasia_Wróbel i Zenek_88 komentowali.",
     ["zenek_lipowa", "Kasia_Wróbel", "Zenek_88"], ["Nagranie wrzucił", "komentowali."]),
    ("profile", "Wpisy: ZENEK_1987, #zenek_lipowa, Plany_kasia, Kowalski_88, NOWAK_88, Kowal_2026, Szkoła_Zenek.",
     ["ZENEK_1987", "zenek_lipowa", "Plany_kasia", "Kowalski_88", "NOWAK_88", "Kowal_2026", "Szkoła_Zenek"], ["Wpisy:"]),
    # eighth review (rev-pub8), finding 14: a profile with an institution's word and a person's name, or none, goes
    ("profile", "Profile: facebook.com/jan.kowal.policja, @PolicjaZenek, @policjant88, instagram.com/policjantka_ania.",
     ["jan.kowal", "PolicjaZenek", "policjant88", "policjantka_ania"], ["Profile:"]),
    ("profile", "Profile: facebook.com/Kowalski.Policja, @policjazenek, facebook.com/gmina.zenek.lipowa, "
                "x.com/szkola_kasia, facebook.com/groups/wrzosowisko.",
     ["Kowalski", "policjazenek", "zenek.lipowa", "szkola_kasia", "wrzosowisko"], ["Profile:"]),
    ("telefony", "Sprzedawca: www.sklep.pl/kontakt?n=606100200, forum.pl/u/606100201; gov.pl/web/policja, tel. 606 100 202.",
     ["606100200", "606100201", "606100202"], ["Sprzedawca: www.sklep.pl/kontakt?n=", "gov.pl/web/policja, "]),
    # eighth review (rev-pub8), finding 12: a user's name in lower case that is no word after a service, „jako”,
    # „pod nickiem”, in brackets with the service, and a short link „fb/…”
    ("profile", "Nagrania wrzuca na tiktoka zeneklipowa. Komentarze pisze jako zenekzlipowej, pod nickiem wrzoszenek.",
     ["zeneklipowa", "zenekzlipowej", "wrzoszenek"], ["Nagrania wrzuca na tiktoka", "Komentarze pisze jako", "pod nickiem"]),
    ("profile", "Snapchat (zeneklipowa), kasiaw (Instagram); na Instagramie zenekl publikuje, profil instagramowy "
                "zeneklipowa i fb/zenek.lipowa.", ["zeneklipowa", "kasiaw", "zenekl", "zenek.lipowa"],
     ["Snapchat (", "(Instagram); na Instagramie", "publikuje, profil instagramowy"]),
    # PESEL written in groups
    ("PESEL", f"PESEL: {P1[:6]} {P1[6:]}.", [P1], []),
    ("PESEL", f"PESEL {P1[:2]} {P1[2:4]} {P1[4:6]} {P1[6:]}.", [P1], []),
    ("PESEL", f"Numer {P2[:3]}-{P2[3:6]}-{P2[6:9]}-{P2[9:]} podał zgłaszający.", [P2], ["podał zgłaszający."]),
    ("PESEL", f"Dane: {P3[:6]} {P3[6:]}, zgłaszający.", [P3], ["zgłaszający."]),
    ("PESEL", f"Dane: {P2[:4]} {P2[4:8]} {P2[8:]}.", [P2], []),
    ("PESEL", f"Dane: {P1[:6]}.{P1[6:]}.", [P1], []),
    # eighth review (rev-pub8), finding 4: a second PESEL after a labelled one, whatever joins them
    ("PESEL", f"PESEL: {P1}, matki: {P2[:-1]}0.", [P1, P2[:-1] + "0"], ["matki:"]),
    ("PESEL", f"Pesel {P1} oraz jego matki {P3[:-1]}0.", [P1, P3[:-1] + "0"], ["oraz jego matki"]),
    ("PESEL", f"PESEL {P1}/{P2[:-1]}0 (ojciec/matka).", [P1, P2[:-1] + "0"], ["(ojciec/matka)."]),
    ("PESEL", f"PESEL: {P1} i {P3[:-1]}0.", [P1, P3[:-1] + "0"], [" i "]),
    # eighth review (rev-pub8), finding 1: a mobile's nine digits in any grouping, also after a trunk „0”, after
    # words that are no label („numer:”, „ma numer”, „Nr do sąsiada”) or in brackets
    ("telefony", "Sąsiad podał numer: 60 61 00 200, dzwonić wieczorem.", ["606100200"],
     ["Sąsiad podał numer:", ", dzwonić wieczorem."]),
    ("telefony", "Zgłaszająca (6061 00 200) prosi o kontakt.", ["606100200"], ["Zgłaszająca (", ") prosi o kontakt."]),
    ("telefony", "Nr do sąsiada 0606 100 200.", ["606100200"], ["Nr do sąsiada"]),
    ("telefony", "Pani z parteru ma numer 6-0-6-1-0-0-2-0-0.", ["606100200"], ["Pani z parteru ma numer"]),
    ("telefony", "Sąsiad: 0-606-100-200, wieczorem.", ["606100200"], ["Sąsiad:", ", wieczorem."]),
    ("telefony", "Sąsiad: 6061-002-00, wieczorem.", ["606100200"], ["Sąsiad:", ", wieczorem."]),
    ("telefony", "Sąsiad: 606 1002 00, wieczorem.", ["606100200"], ["Sąsiad:", ", wieczorem."]),
    # eighth review (rev-pub8), finding 2: a second number joined by a slash or a dash
    ("telefony", "Zgłaszający: 606100200/606100201, wieczorem.", ["606100200", "606100201"], ["Zgłaszający:", ", wieczorem."]),
    ("telefony", "Sprawca dzwonił z numerów 601700800/601700801.", ["601700800", "601700801"], ["Sprawca dzwonił z numerów"]),
    ("telefony", "Sąsiadka: 601700800-601700801.", ["601700800", "601700801"], ["Sąsiadka:"]),
    # eighth review (rev-pub8), finding 3: a document's noun vetoes only the number it labels with „nr”
    ("telefony", "Wynajmujący wg umowy: 606 100 200.", ["606100200"], ["Wynajmujący wg umowy:"]),
    ("telefony", "Dane z faktury: 606 100 200.", ["606100200"], ["Dane z faktury:"]),
    ("telefony", "Nr telefonu w aktach sprawy: 606 100 200.", ["606100200"], ["Nr telefonu w aktach sprawy:"]),
    ("telefony", "Kontakt do strony umowy 606 100 200.", ["606100200"], ["Kontakt do strony umowy"]),
    ("telefony", "Koszt: PLN 606 100 200 tel. 606 100 201", ["606100201"], ["Koszt: PLN 606 100 200"]),
    ("telefony", "Sklep: www.sklep.pl/kontakt?n=606100200 – numer sprzedawcy.", ["606100200"], ["Sklep: www.sklep.pl/kontakt?n="]),
    # eighth review (rev-pub8), finding 14: a registry's label before an institution's name vetoes only its number
    ("telefony", "REGON firmy Jan Mazur 606100200; REGON 123456789, sąsiad 606100201; S/N kamery podał sąsiad 606100202.",
     ["606100200", "606100201", "606100202", "Mazur"], ["REGON firmy", "REGON 123456789, sąsiad", "S/N kamery podał sąsiad"]),
    # eighth review (rev-pub8), finding 18: a bullet, a bar, a pipe, a tilde or a backslash between the groups
    ("telefony", "Sąsiad: 606•100•200, 606 • 100 • 201, 606|100|202, 606~100~203, 606―100―204, 606\\100\\205.",
     ["606100200", "606100201", "606100202", "606100203", "606100204", "606100205"], ["Sąsiad:"]),
    # phones with dots and a country code
    ("telefony", "Tel. +48.606.100.200 (prywatny).", ["606100200"], ["(prywatny)."]),
    ("telefony", "Dzwonić +48.606.100.200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić 0048.606.100.200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić +48 606.100.200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić (+48) 606.100.200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić +48.81.752.00.00 po 16.", ["817520000"], ["po 16."]),
    ("telefony", "Dzwonić 606.100.200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić +48-606-100-200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić +48 . 606 . 100 . 200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić 606/100/200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić pod nr 606/100/200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Kontakt: nr tel. 606/100/200.", ["606100200"], ["Kontakt:"]),
    ("telefony", "Kontakt: nr 606 100 200.", ["606100200"], ["Kontakt:"]),
    ("telefony", "Dzwonić (606) 100 200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić 606·100·200 po 16.", ["606100200"], ["po 16."]),
    ("telefony", "Dzwonić +48(606)100200 po 16.", ["606100200"], ["po 16."]),
    # sixth review (rev-pub6): after „Kontakt:”, „tel. domowy”, „tel. kom.”, „nr tel.” in any grouping
    ("telefony", "Kontakt: 606 1002 00.", ["606100200"], ["Kontakt:"]),
    ("telefony", "Kontakt: 60 61 00 200, wieczorem.", ["606100200"], ["Kontakt:", "wieczorem."]),
    ("telefony", "Kontakt: 0 81 752 10 20.", ["0817521020"], ["Kontakt:"]),
    ("telefony", "Kontakt: 606-100-200 wewn. 12.", ["606100200", "12"], ["Kontakt:"]),
    ("telefony", "Tel. domowy 60 61 00 200, wieczorem.", ["606100200"], ["wieczorem."]),
    # seventh review (rev-pub7): foreign numbers as long as their country's are
    ("telefony", "Kontakt do właściciela: +49 151 23456789.", ["15123456789"], ["Kontakt do właściciela:"]),
    ("telefony", "Kontakt: 0044 7700 900123, wieczorem.", ["7700900123"], ["Kontakt:", "wieczorem."]),
    ("telefony", "Brat dzwonił z +44 (0)20 7946 0958 wieczorem.", ["2079460958"], ["Brat dzwonił z", "wieczorem."]),
    ("telefony", "Pracownica, tel. +380 67 123 45 67, mieszka obok.", ["671234567"], ["Pracownica,", "mieszka obok."]),
    ("telefony", "Kierowca: +1 (212) 555-0147.", ["2125550147"], ["Kierowca:"]),
    # eighth review (rev-pub8), finding 11: a dot in brackets in the local part
    ("e-maile", "Pisała z adresu zenek(kropka)lipowa(małpa)wp(kropka)pl.", ["zenek", "lipowa"], ["Pisała z adresu"]),
    ("e-maile", "Adres: kwiatkowska[dot]halina[at]gmail[dot]com, wieczorem.", ["kwiatkowska", "halina"],
     ["Adres:", ", wieczorem."]),
    ("e-maile", "Pisała z zenek(kropka)lipowa(at)wp, wieczorem.", ["zenek", "lipowa"], ["Pisała z", ", wieczorem."]),
    # eighth review (rev-pub8), finding 11 (low): a first name typed with a space before the address
    ("e-maile", "Pisała z halina kwiatkowska@wp.pl, wieczorem.", ["halina", "kwiatkowska"], ["Pisała z", ", wieczorem."]),
    # eighth review (rev-pub8), finding 12: a site said to be a person's
    ("profile", "Strona prywatna: www.zeneklipowa.pl, blog sprawcy: https://zeneklipowa.net/wpisy.", ["zeneklipowa"],
     ["Strona prywatna:", ", blog sprawcy:"]),
    # e-mails with spaces around „@” and „.”
    ("e-maile", "Pisz: jan.kowal @ wp.pl, dziękujemy.", ["jan.kowal", "kowal @"], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: jan.kowal@ wp . pl, dziękujemy.", ["jan.kowal"], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: jan . kowal @ wp . pl, dziękujemy.", ["kowal", "jan ."], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: jan_kowal @gmail . com, dziękujemy.", ["jan_kowal"], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: j.kowal @ poczta . onet . pl, dziękujemy.", ["j.kowal", "poczta"], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: jan.kowal @ wp. pl, dziękujemy.", ["jan.kowal", "wp. pl"], ["Pisz:", "dziękujemy."]),
    ("e-maile", "Pisz: jan.kowal@wp.pl. Potem zadzwoń.", ["jan.kowal"], ["Pisz:", "Potem zadzwoń."]),
    ("e-maile", "Pisz: jan.kowal @ wp.pl. Potem zadzwoń.", ["jan.kowal"], ["Pisz:", "Potem zadzwoń."]),
    ("e-maile", "Kontakt: kowal.jan(at)gmail, wieczorem.", ["kowal.jan"], ["Kontakt:", "wieczorem."]),  # rev-pub7, p23
    # private persons the case does not list, named in free text (issue 15: found by the dictionary's name tags)
    ("imię samo", "Pani Teresa zgłosiła hałas na klatce.", ["Teresa"], ["zgłosiła hałas na klatce."]),
    ("imię samo", "Pani Halina zgłosiła, że pies biega bez smyczy.", ["Halina"], ["zgłosiła, że pies biega"]),
    ("imię samo", "Rozmawiano z panią Bożeną z bloku nr 5.", ["Bożeną"], ["Rozmawiano z", "z bloku nr 5."]),
    ("imię samo", "Podziękowano panu Zbyszkowi za pomoc.", ["Zbyszkowi"], ["Podziękowano", "za pomoc."]),
    ("imię samo", "Sprawę zgłosiła pani Basia ze sklepu.", ["Basia"], ["Sprawę zgłosiła", "ze sklepu."]),
    ("imię samo", "Teresa z parteru zgłosiła hałas.", ["Teresa"], ["z parteru zgłosiła hałas."]),
    ("imię samo", "Pan Zdzisio Kowal prosi o patrole.", ["Zdzisio", "Kowal"], ["prosi o patrole."]),
    ("nazwisko samo", "Zgłoszenie złożyła p. Wiśniewska.", ["Wiśniewska"], ["Zgłoszenie złożyła"]),
    ("nazwisko samo", "Wiśniewska zgłosiła hałas po 22.", ["Wiśniewska"], ["zgłosiła hałas po 22."]),
    ("nazwisko samo", "Panu Zielińskiemu przekazano informację.", ["Zielińskiemu"], ["przekazano informację."]),
    ("nazwisko samo", "Rozmowa z panią Wiśniewską.", ["Wiśniewską"], ["Rozmowa z"]),
    ("nazwisko samo", "Mieszkaniec Grabowski skarżył się na hałas.", ["Grabowski"], ["skarżył się na hałas."]),
    ("nazwisko samo", "Kowalczyk zgłosił dewastację wiaty.", ["Kowalczyk"], ["zgłosił dewastację wiaty."]),
    ("nazwisko samo", "Wróbel zgłosił kradzież roweru.", ["Wróbel"], ["zgłosił kradzież roweru."]),
    ("nazwisko samo", "Kowal zgłosił, że pod sklepem piją.", ["Kowal"], ["zgłosił, że pod sklepem piją."]),
    ("nazwisko samo", "Sowa poinformowała o dewastacji.", ["Sowa"], ["poinformowała o dewastacji."]),
    ("nazwisko samo", "Wniosek poparła pani Jeziorańska-Wójcik.", ["Jeziorańska", "Wójcik"], ["Wniosek poparła"]),
    ("nazwisko samo", "Od państwa Zielińskich wpłynęła skarga.", ["Zielińskich"], ["wpłynęła skarga."]),
    ("imię i nazwisko", "Podziękowano Kasi Nowickiej i Wieńczysławowi Pawlakowi.", ["Nowickiej", "Pawlakowi"],
     ["Podziękowano"]),
    ("imię i nazwisko", "Rozmawiano z Jagodą Kaczmarczyk i z Jurkiem Gąsiorowskim.",
     ["Kaczmarczyk", "Gąsiorowskim"], ["Rozmawiano z"]),
    ("imię i nazwisko", "Zgłosiła to Ewelina Nowak-Jeziorańska.", ["Jeziorańska", "Ewelina"], ["Zgłosiła to"]),
    ("imię i nazwisko", "Wniosek złożyła Gosia Zielińska-Kręt.", ["Zielińska", "Kręt"], ["Wniosek złożyła"]),
    ("w protokole", "Głos zabrali mieszkańcy: Kasia Nowicka, Wieńczysław Pawlak i pan Gąsiorowski.",
     ["Nowicka", "Pawlak", "Gąsiorowski"], ["Głos zabrali mieszkańcy:"]),
    ("w protokole", "Pani Jadzia z bloku nr 7 pytała o oświetlenie, p. Grabowska o monitoring.",
     ["Jadzia", "Grabowska"], ["z bloku nr 7 pytała o oświetlenie", "o monitoring."]),
    ("w protokole", "Mieszkanka Kaczmarczykowa zaproponowała dyżur; sołtysowi Wiśniewskiemu podziękowano.",
     ["Kaczmarczykowa", "Wiśniewskiemu"], ["zaproponowała dyżur;", "podziękowano."]),
    ("w protokole", "Wnioski: Grzegorzewski – ławki, Zielińska – oświetlenie.", ["Grzegorzewski", "Zielińska"],
     ["Wnioski:", "– ławki,", "– oświetlenie."]),
    ("imię i nazwisko", "Przewodnicząca Rady Osiedla Halina Wiśniewska otworzyła zebranie.", ["Wiśniewska"],
     ["Przewodnicząca Rady Osiedla", "otworzyła zebranie."]),
    ("imię i nazwisko", "Czekano na Halinę Wiśniewską z Rady Osiedla.", ["Wiśniewską"], ["Czekano na", "z Rady Osiedla."]),
    ("nazwisko samo", "Rozmowa z Zielińską dotyczyła oświetlenia.", ["Zielińską"], ["Rozmowa z", "dotyczyła oświetlenia."]),
    ("nazwisko samo", "Sprawę zgłosiła Kaczmarczykówna z parteru.", ["Kaczmarczykówna"], ["Sprawę zgłosiła", "z parteru."]),
    ("w protokole", "Głos zabrała Przewodnicząca Rady Osiedla Krystyna Mazur.", ["Mazur"],
     ["Głos zabrała Przewodnicząca Rady Osiedla"]),
    ("imię samo", "Syn Kacper i córka Zuzia bawią się na placu.", ["Kacper", "Zuzia"], ["bawią się na placu."]),
    ("imię samo", "Mąż pani Teresy, pan Jerzy, też się skarżył.", ["Teresy", "Jerzy"], ["też się skarżył."]),
    ("imię samo", "Najmłodszy z grupy, 15-letni Szymon, został pouczony.", ["Szymon"], ["Najmłodszy z grupy, 15-letni"]),
    ("imię i nazwisko", "Prezes Fundacji Anna Kowalska przekazała środki.", ["Kowalska"],
     ["Prezes Fundacji", "przekazała środki."]),
    ("nazwisko policjanta", "Pan Nowak przyszedł z żoną.", ["Nowak"], ["przyszedł z żoną."]),
    # fresh review (issue 17): names in capitals, foreign first names the dictionary lacks
    ("wersaliki", "ZBIGNIEW KACZMARCZYK zgłosił spożywanie alkoholu.", ["KACZMARCZYK", "ZBIGNIEW"],
     ["zgłosił spożywanie alkoholu."]),
    ("wersaliki", "Zgłaszający: GRABOWSKA TERESA, bl. 7.", ["GRABOWSKA", "TERESA"], ["Zgłaszający:", ", bl. 7."]),
    ("wersaliki", "PANI HALINA z parteru prosi o patrole.", ["HALINA"], ["z parteru prosi o patrole."]),
    ("wersaliki", "Wniosek poparł JERZY GĄSIOROWSKI-ŻAK.", ["GĄSIOROWSKI", "ŻAK", "JERZY"], ["Wniosek poparł"]),
    ("imiona obce", "Wołodymyr Tkaczuk i Ołena Kowalenko pomogli w sprzątaniu.",
     ["Tkaczuk", "Kowalenko", "Wołodymyr", "Ołena"], ["pomogli w sprzątaniu."]),
    ("imiona obce", "Mykoła Hryćko zgłosił kradzież roweru.", ["Mykoła", "Hryćko"], ["zgłosił kradzież roweru."]),
    ("imiona obce", "Rozmawiano z Tetianą Melnyk z bloku nr 4.", ["Tetianą", "Melnyk"], ["Rozmawiano z", "z bloku nr 4."]),
    ("imiona obce", "Tłumaczyła Iryna Bondarenko, sąsiadka.", ["Iryna", "Bondarenko"], ["Tłumaczyła", ", sąsiadka."]),
    # identifiers of a person beyond contacts
    ("identyfikatory", "Zgłaszający (ur. 12.03.1985 r.) wskazał sprawców.", ["12.03.1985"],
     ["Zgłaszający (ur.", "r.) wskazał sprawców."]),
    ("identyfikatory", "Nieletni urodzony 3 maja 2010 r. został pouczony.", ["3 maja 2010"], ["został pouczony."]),
    ("identyfikatory", "Sprawca, ur. 1998-07-04, mieszka w bloku.", ["1998-07-04"], ["mieszka w bloku."]),
    ("identyfikatory", "Legitymował się dowodem osobistym ABA 300000.", ["ABA 300000"], ["Legitymował się"]),
    ("identyfikatory", "Dowód osobisty nr CBC987654 zatrzymano.", ["CBC987654"], ["zatrzymano."]),
    ("identyfikatory", "Okazał paszport nr EM1234567.", ["EM1234567"], ["Okazał paszport"]),
    ("identyfikatory", "Dane zgłaszającego: ABS123456, bl. 3.", ["ABS123456"], ["Dane zgłaszającego:"]),
    # eighth review (rev-pub8), finding 17: „lok.” is an office's premises only after an institution's noun
    ("adres mieszkania", "Punkt czynny. Lokator z ul. Klonowej 10 lok. 34 skarży się.", ["lok. 34"],
     ["Punkt czynny. Lokator z ul. Klonowej", "skarży się."]),
    # … and only when the address belongs to the institution's name: a home after an institution's noun still goes
    ("adres mieszkania", "Pracownica Ośrodka Pomocy Społecznej mieszka przy ul. Lipowej 5 lok. 3.", ["lok. 3"],
     ["Pracownica Ośrodka Pomocy Społecznej mieszka przy ul. Lipowej"]),
    ("adres mieszkania", "Ośrodek Pomocy Społecznej odwiedził mieszkankę, ul. Klonowa 5 lok. 3.", ["lok. 3"],
     ["Ośrodek Pomocy Społecznej odwiedził mieszkankę, ul. Klonowa"]),
    ("adres mieszkania", "Pracownica Urzędu Gminy, zam. Lipowa 5 lok. 3; Biuro: sprawca mieszka w lokalu nr 4.",
     ["lok. 3", "nr 4"], ["Pracownica Urzędu Gminy, zam. Lipowa", "Biuro: sprawca mieszka w lokalu"]),
    ("adres mieszkania", "Ośrodek Pomocy Społecznej. Zgłaszająca, ul. Klonowa 5 lok. 3; MOPS odwiedził ul. Klonową 7 lok. 8.",
     ["lok. 3", "lok. 8"], ["Ośrodek Pomocy Społecznej. Zgłaszająca, ul. Klonowa", "MOPS odwiedził ul. Klonową"]),
    ("adres mieszkania", "Kancelaria Adwokacka Jan Mazur, ul. Lipowa 5 lok. 3.", ["lok. 3", "Mazur"],
     ["Kancelaria Adwokacka", "ul. Lipowa"]),
    # eighth review (rev-pub8), finding 9: a German plate, a plate after „o numerach”, „Tablice”, in lower case
    ("tablice", "Niemieckie auto B-AB 1234 stoi pod blokiem.", ["AB 1234"], ["Niemieckie auto", "stoi pod blokiem."]),
    ("tablice", "Auto o numerach B AB 1234 stoi pod blokiem.", ["AB 1234"], ["Auto o numerach", "stoi pod blokiem."]),
    ("tablice", "Tablice lu 12345 zdjęto.", ["12345"], ["Tablice", "zdjęto."]),
    # eighth review (rev-pub8), finding 10: „nr rach.”, a foreign IBAN after its label or with a valid check
    ("identyfikatory", "Nr rach. 61 1090 1014 0000 0712 1981 287.", ["61109010140000071219812"], ["Nr rach."]),
    ("identyfikatory", "Rachunek: UA21 3223 1300 0002 6007 2335 6600 1", ["3223 1300"], ["Rachunek:"]),
    ("identyfikatory", "Przelew na DE89370400440532013000, zbiórka.", ["370400440532013000"], ["Przelew na", ", zbiórka."]),
    # eighth review (rev-pub8), finding 8: IP and MAC addresses, IMEI and VIN numbers
    ("identyfikatory", "Groźby wysyłano z adresu IP 83.12.45.67.", ["83.12.45.67"], ["Groźby wysyłano z adresu IP"]),
    ("identyfikatory", "Logowania z IP 2a02:a311:4141:8a00:1d2:3f4:5a6:7b8 ustalono.", ["2a02:a311"],
     ["Logowania z IP", "ustalono."]),
    ("identyfikatory", "Skradziony telefon, IMEI 356938035643809.", ["356938035643809"], ["Skradziony telefon, IMEI"]),
    ("identyfikatory", "IMEI modemu 35 693803 564380 9 ustalono.", ["356938035643809"], ["IMEI modemu", "ustalono."]),
    ("identyfikatory", "Numer VIN skradzionego auta: WVWZZZ1JZXW000001.", ["WVWZZZ1JZXW000001"],
     ["Numer VIN skradzionego auta:"]),
    ("identyfikatory", "Router sprawcy miał adres MAC 00:1A:2B:3C:4D:5E.", ["1A:2B:3C"], ["Router sprawcy miał adres MAC"]),
    # eighth review (rev-pub8), findings 7 and 16: a date of birth after a place, a dash, „Data i miejsce urodzenia”;
    # „Ur.”, „DOB” stay as labels
    ("identyfikatory", "Urodzony w Lublinie 12.03.1985 r., mieszka w bloku.", ["12.03.1985"],
     ["Urodzony w Lublinie", "mieszka w bloku."]),
    ("identyfikatory", "Urodzony w Zielonej Górze 12.03.1985 r.", ["12.03.1985"], ["Urodzony w Zielonej Górze"]),
    ("identyfikatory", "Data i miejsce urodzenia: 12.03.1985, Lublin.", ["12.03.1985"],
     ["Data i miejsce urodzenia:", ", Lublin."]),
    ("identyfikatory", "Data urodzenia – 12/03/1985.", ["12/03/1985"], ["Data urodzenia –"]),
    ("identyfikatory", "Ur. 12 marca 85 r., mieszka w bloku.", ["12 marca 85"], ["Ur. ", "mieszka w bloku."]),
    ("identyfikatory", "DOB: 12.03.1985.", ["12.03.1985"], ["DOB: "]),
    ("identyfikatory", "Dob.: 12.03.1985, D.O.B. 12.03.1986; Ur. 03.1987, ur. 12 mar 1988 r., Ur. 12.III.89.",
     ["12.03.1985", "12.03.1986", "03.1987", "12 mar 1988", "12.III.89"], ["Dob.: ", "D.O.B. ", "; Ur. ", ", ur. "]),
    ("identyfikatory", "Sprawca zatrzymany. Ur. w Lublinie, 12 III 1985 r.", ["12 III 1985"],
     ["Sprawca zatrzymany. Ur. w Lublinie, "]),
    ("identyfikatory", "Zgłaszająca Halina Kwiatkowska ur. Wróblewska, ur. 12.03.1985, prosi o patrole.",
     ["Kwiatkowska", "Wróblewska", "12.03.1985"], ["Zgłaszająca", " ur. ", "prosi o patrole."]),
    # eighth review (rev-pub8), findings 5 and 6: an identity card as police notes write it, a foreign passport
    ("identyfikatory", "Legitymował się dowodem osobistym seria ABC nr 123456.", ["ABC", "123456"],
     ["Legitymował się dowodem osobistym seria"]),
    ("identyfikatory", "Dowód osobisty: seria ABC, numer 123456.", ["ABC", "123456"], ["Dowód osobisty: seria"]),
    ("identyfikatory", "Okazał dowód ABC-123456 i odszedł.", ["ABC", "123456"], ["Okazał dowód", "i odszedł."]),
    ("identyfikatory", "Dowód osobisty nr ABC 123 456.", ["ABC", "123 456"], ["Dowód osobisty nr"]),
    ("identyfikatory", "Paszport: FX123456.", ["FX123456"], ["Paszport:"]),
    ("identyfikatory", "Obywatel Ukrainy, paszport EK 123456.", ["EK 123456"], ["Obywatel Ukrainy, paszport"]),
    ("identyfikatory", "Paszport niemiecki C01X00T47 zatrzymano.", ["C01X00T47"], ["Paszport niemiecki", "zatrzymano."]),
    ("identyfikatory", "Okazał paszport nr FE 123456 i odszedł.", ["FE 123456"], ["Okazał paszport nr", "i odszedł."]),
    ("identyfikatory", "Zbiórkę prowadzi sąsiad, konto 61 1090 1014 0000 0712 1981 2874.", ["0712 1981 2874"],
     ["Zbiórkę prowadzi sąsiad, konto"]),
    ("identyfikatory", "Wpłaty: PL61109010140000071219812874.", ["61109010140000071219812874"], ["Wpłaty:"]),
    # seventh review (rev-pub7): an account after its label with a typo, a residence card, a phone with „O” for zero
    ("identyfikatory", "Nr konta do zbiórki: 61 1090 1014 0000 0712 1981 2875.", ["61109010140000071219812875"],
     ["Nr konta do zbiórki:"]),
    ("identyfikatory", "Nr karty pobytu RP: WB1234567.", ["WB1234567"], ["Nr karty pobytu RP:"]),
    ("telefony", "Dzwonić: 6O6 1OO 2OO, wieczorem.", ["6O6", "1OO 2OO"], ["Dzwonić:", "wieczorem."]),
    ("tablice", "Samochód o nr rej. LLE 12345 parkuje na trawniku.", ["LLE 12345"], ["parkuje na trawniku."]),
    ("tablice", "Opel o numerze rejestracyjnym LU 4567A blokował wjazd.", ["LU 4567A"], ["blokował wjazd."]),
    ("tablice", "Kierowca auta WX12345 odjechał.", ["WX12345"], ["Kierowca auta", "odjechał."]),
    ("tablice", "Pod blokiem stoi bus LLE 1234.", ["LLE 1234"], ["Pod blokiem stoi bus"]),
    ("adres mieszkania", "Zgłoszenie z mieszkania przy ul. Lipowej 5/12 dotyczyło hałasu.", ["5/12"],
     ["przy ul. Lipowej", "dotyczyło hałasu."]),
    ("adres mieszkania", "Lokator z ul. Klonowej 10 m. 34 skarży się na hałas.", ["m. 34"],
     ["Lokator z ul. Klonowej", "skarży się na hałas."]),
    ("adres mieszkania", "Awantura w bl. 7 m. 12 przy os. Wrzosowisko.", ["m. 12"], ["Awantura w bl."]),
    # second round of the fresh review
    ("adres mieszkania", "Zgłoszenie spod adresu Klonowa 10/3.", ["10/3"], ["Zgłoszenie spod adresu Klonowa"]),
    ("identyfikatory", "Prawo jazdy nr 01234/17/0602 zatrzymano.", ["01234/17/0602"], ["zatrzymano."]),
    ("tablice", "Motorower LU-12345 hałasuje.", ["LU-12345"], ["Motorower", "hałasuje."]),
    ("nazwisko samo", "Sprawa Góreckiej jest w toku.", ["Góreckiej"], ["Sprawa", "jest w toku."]),
    ("wersaliki", "Sprawa GÓRECKIEJ wróciła.", ["GÓRECKIEJ"], ["Sprawa", "wróciła."]),
    # third review: a name after an officer word or a rank is an officer's only in apposition, same case, no
    # punctuation between and no other service named around it
    ("po słowie policjant", "Zawiadomiono dzielnicowego. Teresa Grabowska czekała na miejscu.", ["Grabowska"],
     ["Zawiadomiono dzielnicowego.", "czekała na miejscu."]),
    ("po słowie policjant", "Przekazano to dzielnicowej; Wiesław Pawlak obiecał spokój.", ["Pawlak"],
     ["Przekazano to dzielnicowej;", "obiecał spokój."]),
    ("po słowie policjant", "Po spotkaniu z policjantem Krzysztof Dudziak zmienił zdanie.", ["Dudziak"],
     ["Po spotkaniu z policjantem", "zmienił zdanie."]),
    ("po słowie policjant", "Kuzynka dzielnicowego Joanna Szewczyk prowadzi sklep.", ["Szewczyk"],
     ["Kuzynka dzielnicowego", "prowadzi sklep."]),
    ("po słowie policjant", "Syn policjantki, Mateusz Piątek, zgłosił zniszczenie.", ["Piątek"],
     ["Syn policjantki,", "zgłosił zniszczenie."]),
    ("po słowie policjant", "Interweniował sierż. Nowak – Danuta Kaczmarek zeznała, co widziała.", ["Kaczmarek"],
     ["Interweniował sierż. Nowak –", "zeznała, co widziała."]),
    ("po słowie policjant", "Wezwano asp. Nowak, Grzegorz Leśniak wskazał sprawcę.", ["Leśniak"],
     ["Wezwano asp. Nowak,", "wskazał sprawcę."]),
    ("inna służba", "Kontrolę prowadził insp. Roman Borkowski z Urzędu Gminy.", ["Borkowski"],
     ["Kontrolę prowadził insp.", "z Urzędu Gminy."]),
    ("inna służba", "W Urzędzie Miasta: podinsp. Jolanta Sadowska, pokój 4.", ["Sadowska"],
     ["W Urzędzie Miasta: podinsp.", "pokój 4."]),
    ("inna służba", "Ze Straży Miejskiej mł. insp. Dariusz Wójcik pilnował przejścia.", ["Wójcik"],
     ["Ze Straży Miejskiej mł. insp.", "pilnował przejścia."]),
    ("inna służba", "Z inspektorem Bogdanem Zalewskim z Sanepidu obejrzano sklep.", ["Zalewskim"],
     ["Z inspektorem", "z Sanepidu obejrzano sklep."]),
    ("inna służba", "Strażak st. kpt. Michał Rutkowski z PSP omówił zasady.", ["Rutkowski"],
     ["Strażak st. kpt.", "z PSP omówił zasady."]),
    ("inna służba", "Funkcjonariuszka SG st. sierż. Renata Czarnecka pomogła.", ["Czarnecka"], ["pomogła."]),
    # third review: a diminutive first name with a surname that is also a word or a place
    ("zdrobnienie i nazwisko-słowo", "Na zebraniu był Józek Kruk z żoną.", ["Józek Kruk"], ["Na zebraniu był", "z żoną."]),
    ("zdrobnienie i nazwisko-słowo", "Rozmawiano z Basią Sową o oświetleniu.", ["Basią Sową"],
     ["Rozmawiano z", "o oświetleniu."]),
    ("zdrobnienie i nazwisko-słowo", "Mietek Baran i Zosia Wilk sprzątali skwer.", ["Mietek Baran", "Zosia Wilk"],
     ["sprzątali skwer."]),
    ("zdrobnienie i nazwisko-słowo", "Podziękowano Tomkowi Kotowi za pomoc.", ["Tomkowi Kotowi"], ["Podziękowano", "za pomoc."]),
    ("zdrobnienie i nazwisko-słowo", "Ulotki roznosił Franek Dudek.", ["Franek Dudek"], ["Ulotki roznosił"]),
    ("zdrobnienie i nazwisko-słowo", "Zbyszek Kamiński przyniósł klucze.", ["Zbyszek Kamiński"], ["przyniósł klucze."]),
    ("zdrobnienie i nazwisko-słowo", "Skargę podpisała Jadzia Zając.", ["Jadzia Zając"], ["Skargę podpisała"]),
    # third review: a surname that is also a word, as the one who reports; a listed resident's short surname
    ("nazwisko-słowo zgłasza", "Baran poinformował o zniszczonej ławce.", ["Baran"], ["poinformował o zniszczonej ławce."]),
    ("nazwisko-słowo zgłasza", "W czwartek Mazur zgłosił kradzież paliwa.", ["Mazur"], ["W czwartek", "zgłosił kradzież paliwa."]),
    ("nazwisko-słowo zgłasza", "Dudek poprosił o patrol.", ["Dudek"], ["poprosił o patrol."]),
    ("nazwisko krótkie", "Wszystko uzgodniono z Mazurem.", ["Mazurem"], ["Wszystko uzgodniono z"]),
    ("nazwisko krótkie", "Klucze są u Wilka.", ["Wilka"], ["Klucze są u"]),
    ("nazwisko krótkie", "Skargę złożyła Sowa.", ["Sowa"], ["Skargę złożyła"]),
    ("nazwisko samo", "Na Kubiaka nałożono obowiązek naprawienia szkody.", ["Kubiaka"], ["nałożono obowiązek"]),  # rev-pub7
    # third review: a flat's number without „ul.”
    ("adres mieszkania", "Hałas dochodzi z Klonowej 14/2.", ["14/2"], ["Hałas dochodzi z Klonowej"]),
    ("adres mieszkania", "Zgłaszająca zam. Łęczna, Polna 3 m 8.", ["3 m 8"], ["Zgłaszająca zam. Łęczna, Polna"]),
    ("adres mieszkania", "Lokatorka spod 7/21 skarży się na psa.", ["7/21"], ["Lokatorka spod", "skarży się na psa."]),
    ("adres mieszkania", "Mieszka przy ul. 29 Listopada 4/10.", ["4/10"], ["Mieszka przy ul. 29 Listopada"]),
    ("adres mieszkania", "Adres: Łęczna, Sienkiewicza-Prusa 8 lok. 2.", ["8 lok. 2"], ["Adres: Łęczna,"]),
    ("adres mieszkania", "Blok 4, mieszkanie nr 17 – tam jest melina.", ["17"], ["Blok", "tam jest melina."]),
    # third review: listed names typed without Polish letters
    ("bez polskich liter", "Zglosil to Jozef Keska z parteru.", ["Keska"], ["z parteru."]),
    ("bez polskich liter", "Rozmowa z Ryszardem Losiem.", ["Losiem"], ["Rozmowa z"]),
    ("bez polskich liter", "Keska poinformowal o halasie.", ["Keska"], ["poinformowal o halasie."]),
    ("bez polskich liter", "Podziekowano Zdzislawowi Kowalowi.", ["Kowalowi"], ["Podziekowano"]),
    ("bez polskich liter", "Na zebraniu byl Boleslaw Grabczak.", ["Grabczak"], ["Na zebraniu byl"]),
    # third review: foreign names in the spelling of their passports, particles of surnames
    ("imiona obce", "Oksana Hnatiuk i Bohdan Kravets zgłosili hałas.", ["Hnatiuk", "Kravets"], ["zgłosili hałas."]),
    ("imiona obce", "Rozmawiano z Yuliią Savchuk z bloku 3.", ["Savchuk"], ["Rozmawiano z", "z bloku 3."]),
    ("imiona obce", "Sklep prowadzi Murat Kaya.", ["Kaya"], ["Sklep prowadzi"]),
    ("imiona obce", "Wniosek poparł Giorgi Tsiklauri.", ["Tsiklauri"], ["Wniosek poparł"]),
    ("imiona obce", "Lokatorka Sarah O'Connor zgłosiła kradzież.", ["O'Connor"], ["zgłosiła kradzież."]),
    ("imiona obce", "Piotr van der Meer wyprowadza psa bez smyczy.", ["Meer"], ["wyprowadza psa bez smyczy."]),
    ("imiona obce", "Anna de Lucca poprosiła o patrol.", ["Lucca"], ["poprosiła o patrol."]),
    # third review: a wife's form after an honorific, though a village bears it too
    ("forma żony", "Pani Wróblowa przyniosła listę podpisów.", ["Wróblowa"], ["przyniosła listę podpisów."]),
    ("forma żony", "Podziękowano p. Bąkowej za pomoc.", ["Bąkowej"], ["Podziękowano", "za pomoc."]),
    ("forma żony", "Rozmawiano z panią Kozłową o psie.", ["Kozłową"], ["Rozmawiano z", "o psie."]),
    # third review: one officer's first name with another's surname; a resident said to bear an officer's surname
    ("imię jednego, nazwisko drugiego", "Wniosek złożył Marek Nowak z bloku 9.", ["Marek Nowak"], ["Wniosek złożył", "z bloku 9."]),
    ("imię jednego, nazwisko drugiego", "Podziękowano Annie Przykładowej za zdjęcia.", ["Przykładowej"],
     ["Podziękowano", "za zdjęcia."]),
    ("nazwisko policjanta", "Sąsiadka Przykładowa skarży się na hałas.", ["Przykładowa"], ["skarży się na hałas."]),
    ("nazwisko policjanta", "Nowakowa z parteru prosi o interwencję.", ["Nowakowa"], ["z parteru prosi o interwencję."]),
    ("nazwisko policjanta", "Państwo Nowakowie wyjechali.", ["Nowakowie"], ["wyjechali."]),
    # third review: „Ojciec/Matka” with a child's name is no patron; „os.” after a number is „osób”; a sentence ends
    ("rodzic i dziecko", "Matka Oliwii Dąbrowskiej zgłosiła zaginięcie.", ["Oliwii", "Dąbrowskiej"], ["zgłosiła zaginięcie."]),
    ("rodzic i dziecko", "Ojciec Szymona obiecał nadzór nad synem.", ["Szymona"], ["obiecał nadzór nad synem."]),
    ("rodzic i dziecko", "Rozmawiano z matką Igora Sadowskiego.", ["Igora", "Sadowskiego"], ["Rozmawiano z matką"]),
    ("skrót przed imieniem", "Wylegitymowano 4 os. Mateusza Kalinowskiego i Piotra Lisieckiego.",
     ["Kalinowskiego", "Lisieckiego"], ["Wylegitymowano 4 os."]),
    ("skrót przed imieniem", "Pogadanka w SP. Wiktoria Olszewska zadała pytanie.", ["Olszewska"],
     ["Pogadanka w SP.", "zadała pytanie."]),
    # third review: a double surname alone, one half also a word or a place
    ("nazwisko dwuczłonowe", "Zielińska-Kot poprosiła o monitoring.", ["Zielińska-Kot"], ["poprosiła o monitoring."]),
    ("nazwisko dwuczłonowe", "Pismo podpisał Sikora-Kamiński.", ["Sikora-Kamiński"], ["Pismo podpisał"]),
    ("nazwisko dwuczłonowe", "Lis-Nowicka zgłosiła dewastację.", ["Lis-Nowicka"], ["zgłosiła dewastację."]),
    # seventh review (rev-pub7): the second half after an en or em dash, or a spaced dash, after a first name
    ("nazwisko dwuczłonowe", "Zgłosiła to Halina Kwiatkowska–Bąk.", ["Kwiatkowska", "Bąk"], ["Zgłosiła to"]),
    ("nazwisko dwuczłonowe", "Wniosek poparła Anna Wesołowska – Bąk, sąsiadka.", ["Wesołowska", "Bąk"],
     ["Wniosek poparła", ", sąsiadka."]),
    ("nazwisko dwuczłonowe", "Wniosek poparła Anna Wesołowska—Zając.", ["Wesołowska", "Zając"], ["Wniosek poparła"]),
    # seventh review (rev-pub7), finding 1: a surname that is no word, though a village's form too, after a verb,
    # „się” or a preposition of persons, is a person's; a place only after a noun or a preposition of its case
    ("nazwisko jak miejscowość", "Mandat otrzymał Kamiński.", ["Kamiński"], ["Mandat otrzymał"]),
    ("nazwisko jak miejscowość", "Mandat otrzymała Zielińska.", ["Zielińska"], ["Mandat otrzymała"]),
    ("nazwisko jak miejscowość", "Sprawcą okazał się Górski z bloku nr 9.", ["Górski"],
     ["Sprawcą okazał się", "z bloku nr 9."]),
    ("nazwisko jak miejscowość", "Wobec Kowalskiego skierowano wniosek o ukaranie.", ["Kowalskiego"],
     ["Wobec", "skierowano wniosek o ukaranie."]),
    ("nazwisko jak miejscowość", "Pouczono Zawadzkiego.", ["Zawadzkiego"], ["Pouczono"]),
    ("nazwisko jak miejscowość", "Rozmowa z Kamińskim nic nie dała.", ["Kamińskim"], ["Rozmowa z", "nic nie dała."]),
    ("nazwisko jak miejscowość", "Mandat otrzymał Krawczyk.", ["Krawczyk"], ["Mandat otrzymał"]),
    ("nazwisko jak miejscowość", "Mandat otrzymała także Kamińska z bloku.", ["Kamińska"],
     ["Mandat otrzymała także", "z bloku."]),
    ("nazwisko jak miejscowość", "Mandat otrzymał też Kamiński z Teresina.", ["Kamiński"], ["Mandat otrzymał też", "z Teresina."]),
    # seventh review (rev-pub7), finding 2: Vietnamese and Chinese names, family name first or last
    ("imiona wietnamskie i chińskie", "Sklep obok prowadzi Nguyen Van Hung, który przekazał nagrania.",
     ["Nguyen", "Hung"], ["Sklep obok prowadzi", ", który przekazał nagrania."]),
    ("imiona wietnamskie i chińskie", "Sklep prowadzi Nguyen Thi Lan.", ["Nguyen", "Lan"], ["Sklep prowadzi"]),
    ("imiona wietnamskie i chińskie", "Tran Thi Mai zgłosiła kradzież.", ["Tran", "Mai"], ["zgłosiła kradzież."]),
    ("imiona wietnamskie i chińskie", "Li Wei zgłosił kradzież.", ["Li Wei"], ["zgłosił kradzież."]),
    ("imiona wietnamskie i chińskie", "Kradzież zgłosili Hung Nguyen i Wang Xiuying.", ["Hung", "Nguyen", "Wang", "Xiuying"],
     ["Kradzież zgłosili", " i "]),
    ("policjantka ze stopniem", "Aspirant Ewie Kowalskiej przekazał ulotki.", ["Kowalskiej"], ["przekazał ulotki."]),
    # seventh review (rev-pub7), finding 20: a resident's name right after an officer's, in another case
    ("policjant i mieszkaniec", "Dzielnicowa Anna Nowak Halinie Kwiatkowskiej przekazała ulotki.",
     ["Halinie", "Kwiatkowskiej"], ["Dzielnicowa Anna Nowak", "przekazała ulotki."]),
    ("policjant i mieszkaniec", "Dzielnicowy Marek Przykładowy Kwiatkowskiej nie zastał.", ["Kwiatkowskiej"],
     ["Dzielnicowy Marek Przykładowy", "nie zastał."]),
    ("policjant i mieszkaniec", "Anna Nowak Halinie Kwiatkowskiej przekazała ulotki.", ["Kwiatkowskiej"],
     ["Anna Nowak", "przekazała ulotki."]),
    ("postaci", "Józef Piłsudski z parteru zgłosił hałas.", ["Piłsudski"], ["z parteru zgłosił hałas."]),
    ("postaci", "Zgłoszenie pana Fryderyka Chopina przyjęto.", ["Chopina"], ["Zgłoszenie", "przyjęto."]),
    ("postaci", "Zgłoszenie Jana Dąbrowskiego przyjęto.", ["Dąbrowskiego"], ["Zgłoszenie", "przyjęto."]),
    ("kraj", "Obywatel Niemiec Hans Müller zgłosił kradzież.", ["Müller"], ["Obywatel Niemiec", "zgłosił kradzież."]),
    ("kraj", "Sąsiadka z Mazurem przyszła.", ["Mazurem"], ["Sąsiadka z", "przyszła."]),
    ("wsie", "Sołtys Krystyna z Karolina zgłosiła dziurę.", ["Krystyna"], ["Sołtys", "z Karolina zgłosiła dziurę."]),
    ("wsie", "Obecni: Wilczek, Anna; Mazurek, Jan.", ["Wilczek", "Mazurek"], ["Obecni:"]),
    ("kluby", "Kibic Jan Kalisz został pouczony.", ["Kalisz"], ["Kibic", "został pouczony."]),
    ("kluby", "Jan Kalisz zgłosił kradzież.", ["Kalisz"], ["zgłosił kradzież."]),
    # seventh review (rev-pub7), findings 5 and 6: a civil servant in brackets after the office, soldiers
    ("urzędnik w nawiasie", "Uzgodniono z Wydziałem Gospodarki Komunalnej (insp. Marta Zawadzka, pokój 12).",
     ["Zawadzka"], ["Uzgodniono z Wydziałem Gospodarki Komunalnej (insp.", ", pokój 12)."]),
    ("urzędnik w nawiasie", "Uzgodniono z Urzędem Miejskim (insp. Marta Zawadzka).", ["Zawadzka"],
     ["Uzgodniono z Urzędem Miejskim (insp."]),
    ("żołnierz", "Żołnierz WOT sierż. Jan Kos pomógł w poszukiwaniach.", ["Kos"], ["Żołnierz WOT sierż."]),
    ("żołnierz", "W poszukiwaniach pomógł sierż. Jan Kos z WOT.", ["Kos"], ["W poszukiwaniach pomógł sierż.", "z WOT."]),
    ("żołnierz", "Żołnierze Wojsk Obrony Terytorialnej, m.in. sierż. Jan Kos, pomogli.", ["Kos"],
     ["Żołnierze Wojsk Obrony Terytorialnej, m.in. sierż.", "pomogli."]),
    ("funkcja policyjna", "Funkcjonariusz Straży Granicznej Jan Kosiński przeprowadził pogadankę.", ["Kosiński"],
     ["Funkcjonariusz Straży Granicznej", "przeprowadził pogadankę."]),
    ("funkcja policyjna", "Rzecznik prasowy Straży Miejskiej Ewa Kosińska udzieliła informacji.", ["Kosińska"],
     ["Rzecznik prasowy Straży Miejskiej", "udzieliła informacji."]),
    # sixth review (rev-pub6): an occupation the lists do not name before a surname that is also a word
    ("zawód i nazwisko", "Rolnik Mazur zgłosił kradzież paliwa.", ["Mazur"], ["Rolnik", "zgłosił kradzież paliwa."]),
    ("zawód i nazwisko", "Hydraulik Dudek naprawił rurę.", ["Dudek"], ["Hydraulik", "naprawił rurę."]),
    ("zawód i nazwisko", "Kradzież zgłosiła emerytka Wróbel.", ["Wróbel"], ["Kradzież zgłosiła emerytka"]),
    ("zawód i nazwisko", "Uczniowi Kotu wręczono dyplom.", ["Kotu"], ["Uczniowi", "wręczono dyplom."]),
    ("po nazwisku", "Zgłosił to mężczyzna o nazwisku Mazur.", ["Mazur"], ["Zgłosił to mężczyzna o nazwisku"]),
    ("rodzina", "Dziecko Mazurów bawi się na ulicy.", ["Mazurów"], ["Dziecko", "bawi się na ulicy."]),
    ("dopełnienie", "Mazura zatrzymano.", ["Mazura"], ["zatrzymano."]),
    ("ksiądz", "List od ks. Mazura przekazano.", ["Mazura"], ["List od ks.", "przekazano."]),
    ("dopełnienie", "Numer Mazura to 606 100 200.", ["Mazura", "606100200"], ["Numer", "to"]),
    ("dopełnienie", "Pies Wróbla pogryzł dziecko.", ["Wróbla"], ["Pies", "pogryzł dziecko."]),
    ("dopełnienie", "Numer do Mazura: 606 100 200.", ["Mazura", "606100200"], ["Numer do"]),
    ("stanowisko ds.", "Specjalista ds. BHP Jan Mazur przeprowadził szkolenie.", ["Mazur"],
     ["Specjalista ds. BHP", "przeprowadził szkolenie."]),
    ("stanowisko ds.", "Pełnomocnik ds. Profilaktyki Kot omówiła program.", ["Kot"],
     ["Pełnomocnik ds. Profilaktyki", "omówiła program."]),
    ("rodzina", "Rodzeństwo Kowalskich zgłosiło hałas.", ["Kowalskich"], ["Rodzeństwo", "zgłosiło hałas."]),
    ("rodzina", "U Mazurów była awantura.", ["Mazurów"], ["U ", "była awantura."]),
    ("rodzina", "Od Kowalskich wpłynęła skarga.", ["Kowalskich"], ["Od ", "wpłynęła skarga."]),
    ("rodzina", "Mazurowie z parteru zgłosili hałas.", ["Mazurowie"], ["z parteru zgłosili hałas."]),
    ("rodzina", "Sąsiedzi z parteru Mazurowie skarżą się na psa.", ["Mazurowie"],
     ["Sąsiedzi z parteru", "skarżą się na psa."]),
    ("po nazwisku", "Sprawca nazywa się Baran i mieszka obok.", ["Baran"], ["Sprawca nazywa się", "i mieszka obok."]),
    ("po nazwisku", "Przyszedł pan o imieniu Jan.", ["Jan"], ["Przyszedł pan o imieniu"]),
    ("po nazwisku", "Sprawca, zwany Wróblem, uciekł.", ["Wróblem"], ["Sprawca, zwany", "uciekł."]),
    # seventh review (rev-pub7): a name before a number is a street only as a patron's genitive, not before a count
    ("imię i nazwisko przed liczbą", "Halina Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"], ["3 razy zgłaszała hałas."]),
    ("imię i nazwisko przed liczbą", "Zatrzymano Jacka Kubiaka 2 razy.", ["Kubiaka"], ["Zatrzymano", "2 razy."]),
    ("imię i nazwisko przed liczbą", "Najwięcej zgłoszeń: Halina Kwiatkowska 12, Jacek Kubiak 7.", ["Kwiatkowska", "Kubiak"],
     ["Najwięcej zgłoszeń:", "12,", "7."]),
    ("imię i nazwisko przed liczbą", "Podpisy: 1. Jacek Kubiak 2. Halina Kwiatkowska", ["Kubiak", "Kwiatkowska"], ["Podpisy: 1."]),
    ("imię i nazwisko przed liczbą", "Kwiatkowska 3 razy zgłaszała hałas.", ["Kwiatkowska"], ["3 razy zgłaszała hałas."]),
    # ninth review (rev-pub9), finding 1: a family after what it owns, a family's plural by a plural verb or listed
    ("rodzina", "Awantury wybuchają na posesji Jabłońskich przy ul. Bukowej.", ["Jabłońskich"],
     ["Awantury wybuchają na posesji", "przy ul. Bukowej."]),
    ("rodzina", "Kłótnie dochodzą z balkonu Dąbrowskich, zalane zostało mieszkanie Zawadzkich.",
     ["Dąbrowskich", "Zawadzkich"], ["Kłótnie dochodzą z balkonu", "zalane zostało mieszkanie"]),
    ("rodzina", "Ogień strawił garaż Mazurów.", ["Mazurów"], ["Ogień strawił garaż"]),
    ("rodzina", "Na zebraniu byli Kaźmierczakowie i Mazurowie.", ["Kaźmierczakowie", "Mazurowie"], ["Na zebraniu byli"]),
    ("rodzina", "Hałasują Mazurowie z parteru, piją piwo Wróblowie spod piątki.", ["Mazurowie", "Wróblowie"],
     ["Hałasują", "z parteru, piją piwo", "spod piątki."]),
    ("rodzina", "Sąsiadki: Grzelakowa, Wąsowa i Sobczakowa.", ["Grzelakowa", "Wąsowa", "Sobczakowa"], ["Sąsiadki:"]),
    # tenth review (rev-pub10), finding 7: a family's plural after its kin, a quarrel's „na”/„z”
    ("rodzina", "Zbiórkę dla rodziny Kołodziejów prowadziła sąsiadka; Sąsiedzi Krawczyków skarżą się na psa.",
     ["Kołodziejów", "Krawczyków"], ["Zbiórkę dla rodziny", "prowadziła sąsiadka; Sąsiedzi", "skarżą się na psa."]),
    ("rodzina", "Konflikt z Wróblami trwa, skargi na Lisów wpływają, a spór Wilków z Sowami i problem z Kowalskimi narasta.",
     ["Wróblami", "Lisów", "Wilków", "Sowami", "Kowalskimi"], ["Konflikt z", "trwa, skargi na", "wpływają, a spór", "narasta."]),
    # tenth review (rev-pub10), finding 6: a diminutive that is also a word („elka”, a learner car)
    ("zdrobnienia", "Tośka i Elka z czwórki zgłosiły hałas.", ["Tośka", "Elka"], ["z czwórki zgłosiły hałas."]),
    # ninth review (rev-pub9), finding 2: diminutives that are words or places, nicknames, a name in a hashtag
    ("zdrobnienia", "Szyby wybijali Michałek i Tomek, a Zośka i Jasiek piją piwo na ławce.",
     ["Michałek", "Tomek", "Zośka", "Jasiek"], ["Szyby wybijali", "piją piwo na ławce."]),
    ("zdrobnienia", "Rowerem jeździ po chodniku Kuba z trzeciej klatki.", ["Kuba"],
     ["Rowerem jeździ po chodniku", "z trzeciej klatki."]),
    ("zdrobnienia", "Ulotki roznosi Maciek, syn sąsiadów; dyżur ma Maciek z administracji.", ["Maciek"],
     ["Ulotki roznosi", ", syn sąsiadów; dyżur ma", "z administracji."]),
    ("zdrobnienia", "„Pani Jadziu, proszę dzwonić na 112” – powiedział dzielnicowy.", ["Jadziu"],
     ["proszę dzwonić na 112” – powiedział dzielnicowy."]),
    ("zdrobnienia", "Awanturę wszczął Ryszard Wróblewski vel „Rysiek”.", ["Wróblewski", "Rysiek"], ["Awanturę wszczął"]),
    ("zdrobnienia", "Pod sklepem stoją Zenek „Szczur” Wójcik i Władek; rządzi Mariusz „Bolo” Kaczmarek.",
     ["Zenek", "Szczur", "Wójcik", "Władek", "Bolo", "Kaczmarek"], ["Pod sklepem stoją", "; rządzi"]),
    ("zdrobnienia", "Uczniowie: Ala M., Olek K. i Szymek W. przygotowali plakat.", ["Ala M", "Olek", "Szymek"],
     ["Uczniowie:", "przygotowali plakat."]),
    ("zdrobnienia", "#MaciekWróbel oznaczono jako sprawcę, na zdjęciach też #ZenekKowalczyk.",
     ["MaciekWróbel", "ZenekKowalczyk"], ["oznaczono jako sprawcę, na zdjęciach też #"]),
    # ninth review (rev-pub9), finding 10: today's given names SGJP lacks as first names
    ("imiona współczesne", "Pobita została Nikola, lat 15; zdarzenie nagrała Samanta z bloku nr 3.",
     ["Nikola", "Samanta"], ["Pobita została", ", lat 15; zdarzenie nagrała", "z bloku nr 3."]),
    ("imiona współczesne", "Koleżanka Nikola potwierdziła relację, a Nikola i Dżesika piły piwo w altanie.",
     ["Nikola", "Dżesika"], ["Koleżanka", "potwierdziła relację, a", "piły piwo w altanie."]),
    ("imiona współczesne", "Rozmawiano z Samantą i Dżesiką, a Noelowi wręczono dyplom.", ["Samantą", "Dżesiką", "Noelowi"],
     ["Rozmawiano z", "wręczono dyplom."]),
    # ninth review (rev-pub9), finding 7: a name in Cyrillic, copied from a document
    ("cyrylica", "Sklep prowadzi Олександр Бондаренко z żoną.", ["Олександр", "Бондаренко"], ["Sklep prowadzi", "z żoną."]),
    ("cyrylica", "Zgłosiła to Тетяна Коваленко-Шевченко, obywatelka Ukrainy.", ["Тетяна", "Коваленко", "Шевченко"],
     ["Zgłosiła to", ", obywatelka Ukrainy."]),
    # ninth review (rev-pub9), finding 3: a name typed in lower case
    ("małe litery", "zgłaszająca: anna lis; sprawca – marek sowa – uciekł; widziano jana kowala.",
     ["anna lis", "marek sowa", "jana kowala"], ["zgłaszająca:", "; sprawca –", "– uciekł; widziano"]),
    ("małe litery", "jan kowalski zgłosił kradzież roweru.", ["kowalski"], ["zgłosił kradzież roweru."]),
    # tenth review (rev-pub10), finding 6: a diminutive the dictionary lacks heading a list of first names
    ("zdrobnienia", "Pod blokiem piją Zbychu, Miras i Waldek, a Rysiek i Zbychu siedzą pod sklepem.", ["Zbychu", "Waldek", "Rysiek"],
     ["Pod blokiem piją", ", a", "siedzą pod sklepem."]),
    # contacts after the tenth review: colons in a phone, an address cut at its „@”, a birth date after the age
    ("telefony", "Kontakt do sąsiada: 606:100:200.", ["606:100:200"], ["Kontakt do sąsiada:"]),
    ("e-maile", "Pisał do niej jako zenek88@ na czacie.", ["zenek88"], ["Pisał do niej jako", "na czacie."]),
    ("identyfikatory", "Wiek: 41 lat (12.03.1985).", ["12.03.1985"], ["Wiek: 41 lat ("]),
    # tenth review (rev-pub10), finding 3: a lower-case first name after „pani/pana”, „niejaki”, „sprawcy to”, by a verb
    ("małe litery", "sprawcy to mariusz i dawid; pobił go sebastian, a widziano zenka.",
     ["mariusz", "dawid", "sebastian", "zenka"], ["sprawcy to", "; pobił go", ", a widziano"]),
    ("małe litery", "Przyjęto zgłoszenie od pana zdzisława; kontakt z p. grażyną lis; sprawcą jest niejaki zbyszek wróbel.",
     ["zdzisława", "grażyną lis", "zbyszek wróbel"], ["Przyjęto zgłoszenie od pana", "; kontakt z p.", "; sprawcą jest niejaki"]),
    ("małe litery", "zgłaszająca: anna wiśniewska, lat 50; sprawca – marek wiśniewski – uciekł.",
     ["anna wiśniewska", "marek wiśniewski"], ["zgłaszająca:", ", lat 50; sprawca –", "– uciekł."]),
    ("policjant po stopniu", "Notatkę sporządził aspirant Jan Lis, a hałas zgłosiła sąsiadka Lis.", ["sąsiadka Lis"],
     ["Notatkę sporządził aspirant Jan Lis, a hałas zgłosiła sąsiadka"]),
    ("ulice", "Mandat nałożono na Annę Kowalską i na Piotra Mazurka; spotkanie przy Halinie Kwiatkowskiej.",
     ["Kowalską", "Mazurka", "Kwiatkowskiej"], ["Mandat nałożono na", "spotkanie przy"]),
    ("wsie", "Józefowa zeznała, że Mieszkańcy: Grzelakowa i Sobczakowa zgłosili.", ["Józefowa", "Grzelakowa"],
     ["zeznała, że Mieszkańcy:"]),
    ("patroni", "Puchar wręczył Jan Wiśniewski, a u dr. Kowalskiego zgłosiła się pani Święta.",
     ["Wiśniewski", "Kowalskiego", "Święta"], ["Puchar wręczył", "zgłosiła się"]),
    ("kluby", "Po meczu Legii Warszawa zatrzymano kibica, a Jana Kalisza i Annę Gniezno pouczono.", ["Kalisza", "Gniezno"],
     ["Po meczu Legii Warszawa zatrzymano kibica, a", "pouczono."]),
    ("zdrobnienia", "Dziewczyna Kacpra, Wiktoria, widziała zdarzenie; sąsiadka, Wiktoria, zgłosiła hałas.",
     ["Kacpra", "Wiktoria"], ["Dziewczyna", "widziała zdarzenie; sąsiadka,", "zgłosiła hałas."]),
    ("zdrobnienia", "Jan „Johnny” Nowak zgłosił, a asp. Jan „Johnny” Lis przyjął zgłoszenie.", ["Johnny” Nowak"],
     ["zgłosił, a asp. Jan „Johnny” Lis przyjął zgłoszenie."]),
    ("rodzina", "Sąsiedzi Wazowie zgłosili, że przyszli Lisowie i Wilkowie.", ["Wazowie", "Lisowie", "Wilkowie"],
     ["Sąsiedzi", "zgłosili, że przyszli"]),
    # tenth review (rev-pub10), finding 1: a handle with an institution's word or a town is an institution's only
    # as a whole – never with another word, a person's name, nor after „jako”, „z konta”, „Blog sprawcy:”
    ("profile", "Na X pisze jako @straz_lubelska_kibol, a z konta @PolicjaLubelska grozi sąsiadom.",
     ["straz_lubelska_kibol", "PolicjaLubelska"], ["Na X pisze jako", ", a z konta", "grozi sąsiadom."]),
    ("profile", "Sprawca prowadzi instagram.com/gmina_leczna_dresy, hejt z facebook.com/urzad.leczna.sasiad.zly "
                "i tiktok.com/@szkola_leczna_psycho.",
     ["gmina_leczna_dresy", "urzad.leczna.sasiad.zly", "szkola_leczna_psycho"], ["Sprawca prowadzi", ", hejt z"]),
    ("profile", "Nękała ją z konta @urzad_gminy_kowalska; @straz_miejska_leczna_mietek obraża strażników; prowadzi "
                "facebook.com/policja.leczna.nowakowa.",
     ["kowalska", "mietek", "nowakowa"], ["Nękała ją z konta", "obraża strażników; prowadzi"]),
    ("profile", "Blog sprawcy: gminaleczna.blogspot.com; wpisy: https://www.facebook.com/groups/gminaleczna/user/100012345678901.",
     ["gminaleczna", "100012345678901"], ["Blog sprawcy:", "; wpisy:"]),
    ("profile", "Nękał ją z konta telegram t.me/policja_leczna_bis.", ["policja_leczna_bis"], ["Nękał ją z konta telegram"]),
    # tenth review (rev-pub10), finding 4: a home's flat after an institution named as its agent, or with a home's word
    ("instytucje", "Mieszkanie socjalne przydzielone przez MOPS, ul. Lipowa 5 lok. 3, zajmuje rodzina.", ["lok. 3"],
     ["Mieszkanie socjalne przydzielone przez MOPS, ul. Lipowa", ", zajmuje rodzina."]),
    ("instytucje", "Punkt Kowalskiego, ul. Lipowa 5 lok. 3, czynny w środy.", ["lok. 3"], [", czynny w środy."]),
    # tenth review (rev-pub10), finding 11: a user's page and a form's typed values in an institution's link
    ("instytucje", "Wpisy ucznia: https://sp3leczna.edu.pl/~zenek.wrobel/kontakt-606100200, formularz: "
                   "https://www.gov.pl/web/policja/zgloszenie?telefon=606100201&imie=zenek.",
     ["zenek", "606100200", "606100201"], ["Wpisy ucznia: https://sp3leczna.edu.pl/", "/kontakt-",
                                           "formularz: https://www.gov.pl/web/policja/zgloszenie?telefon="]),
    # tenth review (rev-pub10), finding 10: a nickname of capitalised words is a person's description, no thing's
    ("profile", "Zdjęcia wrzucał Chłopak_Z_Osiedla, potem Dres_Z_Lipowej_7 i Kibol_Leczna.",
     ["Chłopak_Z_Osiedla", "Dres_Z_Lipowej_7", "Kibol_Leczna"], ["Zdjęcia wrzucał", ", potem", " i "]),
    # tenth review (rev-pub10), finding 5: a registry number after a person's name, a phone after „S/N”
    ("numery dokumentów", "REGON Mirosław Baran Usługi 606100200; S/N 606100201 – telefon pokrzywdzonej, kontakt wieczorem.",
     ["606100200", "606100201"], ["REGON", "Usługi", "; S/N", "– telefon pokrzywdzonej, kontakt wieczorem."]),
    # twentieth review (rev-pub20), finding 1: an office's noun after a first name is the surname
    ("nazwiska-urzędy", "Ulotki roznosi Zenon Wojewoda, a plakaty Ewa Sędzia z Wiklinowej.", ["Wojewoda", "Sędzia"],
     ["Ulotki roznosi", ", a plakaty", "z Wiklinowej."]),
    ("nazwiska-urzędy", "Hałas zgłosił Jan Sołtys. Sołtys Ludwina zwołał zebranie.", ["Jan Sołtys"],
     ["Hałas zgłosił", "Sołtys "]),
    # twentieth review (rev-pub20), finding 2: a later mention with the stem's vowel changed
    ("dalsze wzmianki", "Kradzież zgłosił Piotr Dąb. Dębowi oddano rower, a Dęba pouczono.", ["Dęb"],
     ["oddano rower, a", "pouczono."]),
    ("dalsze wzmianki", "Hałas zgłosił Jan Kozioł. Kozła pouczono, a Kozłowi wręczono wezwanie.", ["Kozł"],
     ["pouczono, a", "wręczono wezwanie."]),
    # twentieth review (rev-pub20), findings 5, 17: a persons' list parted by any mark, Roman-numbered or counted
    ("listy osób", "Świadkowie: Kurek • Sowa • Wróbel; Zgłaszający: Kos/Lis/Wilk.", ["Kurek", "Sowa", "Wróbel", "Kos", "Lis", "Wilk"],
     ["Świadkowie:", "Zgłaszający:"]),
    ("listy osób", "Zgłaszali: I. Kurek, II. Sowa, III. Wróbel.", ["Kurek", "Sowa", "Wróbel"], ["Zgłaszali:", "II.", "III."]),
    ("listy osób", "Zgłoszenia od: Kurek (3), Sowa (2), Wróbel (1).", ["Kurek", "Sowa", "Wróbel"], ["Zgłoszenia od:", "(3)"]),
    ("listy osób", "Liczba zgłoszeń:\nKurek – 3\nSowa – 2", ["Kurek", "Sowa"], ["Liczba zgłoszeń:", "– 3"]),
    # twentieth review (rev-pub20), findings 6, 7: a role or an age in apposition, a nickname
    ("apozycje", "Kurek, kierownik sklepu, przekazał nagranie, a Sowa, kasjerka z Biedronki, wezwała patrol.",
     ["Kurek", "Sowa"], [", kierownik sklepu, przekazał nagranie, a", ", kasjerka z Biedronki, wezwała patrol."]),
    ("apozycje", "Kurek, nasz sąsiad, i Sowa (l. 67) przekazali nagrania.", ["Kurek", "Sowa"],
     [", nasz sąsiad, i", "(l. 67) przekazali nagrania."]),
    ("pseudonimy", "Kurek „Kogut” zgłosił hałas, a zgłosił to też Wróbel vel Szpak.", ["Kurek", "Kogut", "Wróbel", "Szpak"],
     ["zgłosił hałas, a zgłosił to też"]),
    # twentieth review (rev-pub20), findings 11, 20: plural reporters past a line break or with where they live
    ("listy osób", "Nagrania przekazali\nKurek, Sowa i Wróbel; hałas zgłaszali Kruk i Wrona z Wiklinowej.",
     ["Kurek", "Sowa", "Wróbel", "Kruk", "Wrona"], ["Nagrania przekazali", "hałas zgłaszali", "z Wiklinowej."]),
    # twentieth review (rev-pub20), findings 13, 21: a private phone's owner beside the number
    ("telefony", "Kontakt: 605 444 333 (Kurek), 502 113 224 (Sowa, parter).", ["Kurek", "Sowa", "605444333"],
     ["Kontakt:", ", parter)."]),
    ("telefony", "Kontakty:\nKurek\n605 444 333\nSowa\n502 113 224", ["Kurek", "Sowa", "502113224"], ["Kontakty:"]),
    # twentieth review (rev-pub20), findings 9, 22: Ukrainian names after a role or „пан”, and their later mentions
    ("cyrylica", "Повідомив пан Коваль з третього поверху; Сусідка Олена Бондар викликала поліцію.",
     ["Коваль", "Олена", "Бондар"], ["Повідомив пан", "з третього поверху; Сусідка", "викликала поліцію."]),
    ("cyrylica", "Hałas zgłosił Сергій Бондаренко. Бондаренку wręczono pouczenie.", ["Бондаренк"],
     ["Hałas zgłosił", "wręczono pouczenie."]),
    # twentieth review (rev-pub20), findings 3, 15: „Hałas” stays before an initial's or a title's reporter
    ("tytuły", "Hałas zgłosił J. Kurek, a potem Herr Müller z parteru.", ["Kurek", "Müller"],
     ["Hałas zgłosił", ", a potem", "z parteru."]),
    ("dalsze wzmianki", "Kradzież zgłosił Jan Puchacz z Puchaczowa. Na Krakowskiej i Wiosennej brakuje lamp.", ["Jan Puchacz"],
     ["Kradzież zgłosił", "z Puchaczowa.", "Na Krakowskiej i Wiosennej brakuje lamp."]),
    # twentieth review (rev-pub20), pub37: what pub36 left – „to” and a line break after the verb, joined lines,
    # a nickname with „też”, marks around a surname, „Pp.”, tab cells, a quoted surname with its flat
    ("listy osób", "Zgłaszali to\nKurek i Sowa; Liczba zgłoszeń: Kruk – 3 Wrona – 2; Udział wezmą Lis i Dudek z Wiklinowej.",
     ["Kurek", "Sowa", "Kruk", "Wrona", "Lis", "Dudek"], ["Zgłaszali to", "Liczba zgłoszeń:", "Udział wezmą"]),
    ("pseudonimy", "Wróbel, nasz sąsiad, przekazał nagrania; Kurek „Kogut” też. Świadek: Kos „Szpak”.",
     ["Wróbel", "Kurek", "Kogut", "Kos", "Szpak"], ["nasz sąsiad, przekazał nagrania;", "też.", "Świadek:"]),
    ("zapis znaków", "Hałas zgłosiła *Sowa* z parteru, a «Kurek» z parteru potwierdził; zgłosili to też Pp. Wróblowie.",
     ["Sowa", "Kurek", "Wróblowie"], ["Hałas zgłosiła *", "z parteru, a «", "zgłosili to też Pp."]),
    ("tabele", "Zgłaszający:\tKurek\tSowa\nŚwiadkowie\nKruk\tparter\nWrona\tI piętro", ["Kurek", "Sowa", "Kruk", "Wrona"],
     ["Zgłaszający:", "Świadkowie", "parter", "I piętro"]),
    # twenty-first review (rev-pub21), pub39: phones' owners, nicknames, households, speakers, „zam.”, marks, ages
    ("telefony", "605 444 333\nSowa, parter\nTel. do Kurka: 502 113 224; Numer Wróblowej: 600 100 200.",
     ["Sowa", "Kurka", "Wróblowej"], ["parter", "Tel. do", "Numer"]),
    ("pseudonimy", "Kurek zwany Kogutem pije pod sklepem; Wrona (Kruk) pije obok, a Sowa alias Puchacz też.",
     ["Kurek", "Kogut", "Wrona", "Kruk", "Sowa", "Puchacz"], ["pije pod sklepem;", "pije obok, a"]),
    ("dalsze wzmianki", "Interwencja u Kurka (Wiklinowa 4). Zgłoszenie od Wróblowej z parteru. Sowa: „Nie widziałam nic”.",
     ["Kurka", "Wróblowej", "Sowa"], ["Interwencja u", "(Wiklinowa 4).", "Zgłoszenie od", "z parteru.", "„Nie widziałam nic”."]),
    ("adresy", "Sowa zam. Ludwin 45 m 3; [Kurek] zgłaszał hałas, a Oskarek (lat 12) niszczył ławki.",
     ["Sowa", "Kurek", "Oskarek"], ["zam. Ludwin", "zgłaszał hałas", "(lat 12) niszczył ławki."]),
    ("listy osób", "Zgłoszenia od mieszkańców: Kurek (3), Sowa (2).\nLiczba skarg – Kruk: 3, Wrona: 2.\n"
     "Zgłoszenia od: Kurkowej (3)\nDudka (2)", ["Kurek", "Sowa", "Kruk", "Wrona", "Kurkowej", "Dudka"],
     ["Zgłoszenia od mieszkańców:", "(3),", "Liczba skarg –", ": 3,", "Zgłoszenia od:"]),
    ("dalsze wzmianki", "Z Cycowa zgłosiła to Wróblowa. Wójt Gminy Cyców, Jan Kruk, udostępnił salę. Hałas zgłosiła "
                        "Anna Łęczyńska; Ziemia Łęczyńska to nasz teren.", ["Wróblowa", "Kruk", "Anna"],
     ["Z Cycowa zgłosiła to", "Wójt Gminy Cyców,", "Ziemia Łęczyńska to nasz teren."]),
    ("dalsze wzmianki", "Kradzież zgłosił Jan Kocioł. Kotła pouczono, z Kotłem rozmawiano; w kotle gotowano zupę.",
     ["Kocioł", "Kotła", "Kotłem"], ["Kradzież zgłosił", "pouczono, z", "rozmawiano; w kotle gotowano zupę."]),
    ("listy osób", "Zgłaszający: Jan Kurek, Anna\nSowa\n\nŚwiadkowie\nWróblowa – parter\nKruk – I piętro",
     ["Kurek", "Anna", "Sowa", "Wróblowa", "Kruk"], ["Zgłaszający:", "Świadkowie", "– parter", "– I piętro"]),
    ("zapis znaków", "Hałas zgłosiła **Sowa** z parteru; hałas zgłosił też ~Kurek~ z parteru, a 'Wróbel' z parteru "
     "potwierdził.", ["Sowa", "Kurek", "Wróbel"], ["Hałas zgłosiła **", "hałas zgłosił też ~", "potwierdził."]),
    # twenty-second review (rev-pub22), pub41: a phone broken by Shift+Enter with no label on its first line
    ("telefony", "Zgłaszająca\n605 444\n333 prosi o kontakt; sąsiad\n502\n113 224 też.", ["605", "333", "113"],
     ["Zgłaszająca", "prosi o kontakt; sąsiad", "też."]),
    ("listy osób", "Zgłaszający: 1. Kurek 2. Sowa 3. Wróbel\nPouczeni: 1) Kurkowa z parteru 2) Kruk.",
     ["Kurek", "Sowa", "Wróbel", "Kurkowa", "Kruk"], ["Zgłaszający: 1.", " 2. ", "Pouczeni: 1)", "z parteru 2)"]),
    ("inicjały", "Hałas zgłosiła B. Kurkowa. Widziała ich też J. Wróblowa z parteru.", ["Kurkowa", "Wróblowa"],
     ["Hałas zgłosiła", "Widziała ich też", "z parteru."]),
    ("listy osób", "Liczba zgłoszeń od Kurka i Sowy spadła. Zgłoszenie od Wróbla wpłynęło wczoraj.",
     ["Kurka", "Sowy", "Wróbla"], ["Liczba zgłoszeń od", " i ", "spadła. Zgłoszenie od", "wpłynęło wczoraj."]),
    ("obce nazwiska", "Po interwencji O'Brien obiecał poprawę; nagrania przekazał McKenzie z bloku 7.",
     ["O'Brien", "McKenzie"], ["Po interwencji", "obiecał poprawę; nagrania przekazał", "z bloku 7."]),
    ("obce nazwiska", "Hałas zgłosił O'Brien z parteru.", ["O'Brien"], ["Hałas zgłosił", "z parteru."]),
]

# (class, text): reaches the public version exactly as written
KEEPS = [
    ("zapis znaków", nfd("Łęczna, dnia 14 lipca 2025 r. – spotkanie w Świetlicy „Źródło”.")),
    ("zapis znaków", f"Mieszkańcy wsi Ko{SHY}wale zgłaszają hałas."),
    ("zapis znaków", f"Spotkanie w świe{SHY}tlicy przy ul. Długiej."),
    ("zapis znaków", "👮🏽‍♀️ Dzielnicowa zaprasza na dyżur."),
    ("zapis znaków", "U W A G A: dyżur dzielnicowej A n n y  N o w a k w środy."),
    ("zapis znaków", nfd("st. asp. Anna Nowak przedstawiła zagrożenia.")),
    ("nazwisko policjanta", "st. asp. Anna Nowak przedstawiła plan."),
    # tenth review (rev-pub10), finding 12: an officer whose surname is an adjective, after a lower-case role
    ("nazwisko policjanta", "Plan zatwierdził kierownik Marek Przykładowy; z panem Markiem Przykładowym omówiono plan."),
    ("nazwisko policjanta", "Anna Nowak przedstawiła plan."),
    ("nazwisko policjanta", "dzielnicowa Nowak przedstawiła plan."),
    ("nazwisko policjanta", "Dzielnicowa Anna Nowak przedstawiła plan."),
    ("nazwisko policjanta", "asp. Nowak przedstawiła plan."),
    ("nazwisko policjanta", "Plan przedstawiła st. asp. Nowak."),
    ("profile", "Strona: https://policja.gov.pl/kmp/aktualnosci."),
    ("profile", "Strona: www.leczna.pl/rada-osiedla."),
    ("profile", "Spotkanie @ świetlica, godz. 17."),
    ("profile", "Plan na stronie www.wrzosogrod.pl/bezpieczenstwo/plan-dzialania."),
    ("profile", "Patrole m.in. przy szkole, tj. w godz. 7–8; sierż.sztab. Marek Przykładowy jako p.o. kierownika."),
    ("profile", "Zdjęcie mapa.jpg i strona gmina.leczna.pl na Facebooku."),
    ("PESEL", "Sygnatura 12 1020 3040 0000 1234 5678 9012."),
    ("PESEL", "NIP 713-100-20-30, REGON 123456789."),
    ("numery", "Temperatura +12 st. C, frekwencja +1200 osób, bilans +100 000 zł, KRS 0000123456."),
    ("numery", "Spotkanie w sali 1O1; z konta gminy przekazano 12 000 zł na 26 kamer."),
    ("PESEL", "Dz. U. z 2024 r. poz. 1234."),
    ("PESEL", "W latach 2023 i 2024 zgłoszono 1 250 interwencji."),
    ("telefony", "Spotkanie 1.07.2025 o godz. 17.00 w sali nr 5."),
    ("telefony", "W okresie od 1.07.2025 r. do 31.12.2025 r."),
    ("telefony", "Niebieska Linia 800.120.002, numer alarmowy 112."),
    ("telefony", "Wartość 1.250.000 zł."),
    ("profile", "Facebook: Komenda Powiatowa Policji w Łęcznej."),
    ("profile", "Instagram: profil szkoły."),
    ("telefony", "sygn. akt 123/456/789, w dniach 1/2/2025."),
    ("telefony", "Niebieska Linia 800/120/002."),
    ("e-maile", "Zbiórka przy sklepie. Pl. Kościuszki 5."),
    ("e-maile", "Wnioski do 30 czerwca. Pl. Wolności."),
    # patrons, places, institutions, officers and ordinary words stay (issue 15)
    ("patroni i miejsca", "Szkoła Podstawowa im. Marii Konopnickiej w Łęcznej."),
    ("patroni i miejsca", "Spotkanie przy ul. Jana Pawła II 12."),
    ("patroni i miejsca", "Zespół Szkół im. Kazimierza Wielkiego i ul. Henryka Sienkiewicza."),
    ("patroni i miejsca", "Mieszkańcy Wilkowa i Wilkowic zgłaszają hałas."),
    ("patroni i miejsca", "We wsi Wilków odbyło się zebranie."),
    ("patroni i miejsca", "Spotkanie w Lublinie i w Wilkowie."),
    ("patroni i miejsca", "Lublin, dnia 1 lipca 2025 r."),
    ("patroni i miejsca", "Spółdzielnia Mieszkaniowa „Batory” i Stowarzyszenie „Wspólnota”."),
    ("patroni i miejsca", "Miejski Ośrodek Pomocy Społecznej przekazał dane."),
    ("patroni i miejsca", "Lubelski Urząd Wojewódzki i Urząd Miejski w Łęcznej."),
    ("patroni i miejsca", "Rada Osiedla Bobrowniki, Gminny Ośrodek Kultury, Starostwo Powiatowe."),
    ("patroni i miejsca", "Uczniowie Szkoły Podstawowej nr 2 im. Jana Kochanowskiego."),
    ("patroni i miejsca", "Festyn na Placu Kościuszki."),
    ("patroni i miejsca", "Patrole na Piłsudskiego i Kopernika, spotkanie przy Lubelskiej 5."),
    ("patroni i miejsca", "Patrole na ulicach Piłsudskiego, Kopernika i Sienkiewicza."),
    ("patroni i miejsca", "Spotkanie przy Lubelskiej."),
    ("patroni i miejsca", "Zgłoszenia mieszkańców Ludwina i Cycowa."),
    ("patroni i miejsca", "Osiedle Kazimierza Wielkiego i Osiedle Jana Pawła II."),
    ("patroni i miejsca", "Kraśnik, Puławy, Świdnik i Ryki; z Kraśnika do Świdnika."),
    ("patroni i miejsca", "Gmina Puchaczów, Gmina Cyców, Gmina Ludwin."),
    ("patroni i miejsca", "Teatr im. Juliusza Osterwy i sklep przy ul. Krasińskiego."),
    ("patroni i miejsca", "Spotkanie w Józefowie nad Wisłą."),
    ("patroni i miejsca", "Lubelska Spółdzielnia Mieszkaniowa i Wojewódzki Ośrodek Ruchu Drogowego."),
    ("patroni i miejsca", "Sąd Rejonowy Lublin-Zachód i Polski Związek Wędkarski."),
    ("patroni i miejsca", "Kamery przy ulicach Jaśminowej, Wiosennej, Wierzbowej i Wiklinowej."),
    ("słowa zwykłe", "Akcja „Bezpieczne Wakacje”, Dzień Dziecka, Boże Ciało."),
    ("słowa zwykłe", "Lokal „Pod Różą” i bar „Kasia”."),
    ("słowa zwykłe", "Wiśniewski Transport sp. z o.o. wymienił wiaty."),
    ("słowa zwykłe", "Zakupy w sklepie Dino i przy sklepie Lewiatan, stacja Orlen."),
    ("patroni i miejsca", "Fundacja Anny Dymnej i Dom Pomocy Społecznej im. Jana Pawła II."),
    ("słowa zwykłe", "Kowal wykonał ogrodzenie boiska."),
    ("słowa zwykłe", "Kuźnia „Kowal” wykonała ogrodzenie."),
    ("słowa zwykłe", "Wilk widziany w lesie koło Wilkowa."),
    ("słowa zwykłe", "Zima była spokojna. Wiosna przyniosła więcej zgłoszeń."),
    ("słowa zwykłe", "Pani Burmistrz przyjęła wniosek, Pan Sołtys go poparł."),
    ("słowa zwykłe", "Pani Dyrektor szkoły i Pan Komendant omówili plan."),
    ("słowa zwykłe", "Szanowna Pani Wójt, Szanowny Panie Prezesie,"),
    ("słowa zwykłe", "W maju i czerwcu, w Boże Narodzenie i Wielkanoc."),
    ("słowa zwykłe", "Dobra współpraca z Miejskim Ośrodkiem Pomocy Społecznej."),
    ("słowa zwykłe", "Szanowni Państwo, dziękujemy."),
    ("wersaliki", "KOMENDA MIEJSKA POLICJI WE WRZOSOGRODZIE, DZIELNICOWA REJONU SŁUŻBOWEGO NR XIII"),
    ("wersaliki", "SZKOŁA PODSTAWOWA IM. MARII KONOPNICKIEJ, UL. JANA PAWŁA II, AKCJA „BEZPIECZNE WAKACJE”"),
    ("wersaliki", "ST. ASP. ANNA NOWAK, KOMENDANT POWIATOWY POLICJI W ŁĘCZNEJ, KMZB, OPS, MOPS."),
    ("imiona obce", "Spotkanie przy pomniku Tarasa Szewczenki i ul. Iwana Franki."),
    ("identyfikatory", "Znak PR-RD-0151-15/26, spotkanie nr 1/2026, KMZB 2025, RSD 12345/25."),
    ("identyfikatory", "Festyn 3 maja 2026 r. przy ul. 3 Maja; urodziny szkoły w 2025 r."),
    ("identyfikatory", "Art. 51 § 1 kw, Dz. U. z 2023 r. poz. 2119; w KMP 2025 r. było 12 zgłoszeń."),
    ("identyfikatory", "Niebieska Linia 800 120 002, numer alarmowy 112."),
    ("adres mieszkania", "Sklep przy ul. Klonowej 12 i plac zabaw przy ul. Lipowej, spotkanie 17:00–18:30."),
    ("adres mieszkania", "Wiata przy ul. Jana Pawła II 12 i przy al. Piłsudskiego 3a."),
    ("patroni i miejsca", "Szkoła Kochanowskiego, Urząd Gminy Cyców i Fundacja Kowalskich pomogły."),
    ("patroni i miejsca", "Ulica Piłsudskiego jest oświetlona. Pomnik Mickiewicza odnowiono."),
    ("identyfikatory", "Sprawa PR-ZD-0151-3/25, pismo L.dz. 123/2025, KMP-1234/25."),
    ("policjanci", "st. sierż. Bożydar Grzegorzewski z Ogniwa Patrolowo-Interwencyjnego."),
    ("policjanci", "Patrol prowadził sierż. Wiśniewski, a asp. Wiśniewska przeprowadziła pogadankę."),
    ("policjanci", "Komendant Powiatowy Policji w Łęcznej insp. Dariusz Grzegorzewski."),
    ("policjanci", "Plan omówiła Nowak (dzielnicowa rejonu nr 3)."),
    ("policjanci", "Marek Przykładowy i Anna Nowak przeprowadzili obchód."),
    ("telefony", "Pismo nr 123/456/789 z dnia 1.07.2025 r."),
    ("telefony", "Sprawa nr 123/456/789."),
    ("telefony", "Zgłoszenie numer 606/12/2025 przekazano."),
    ("telefony", "Kontakt z mieszkańcami: 2 razy w tygodniu, 12 spotkań."),
    ("po słowie policjant", "Rozmawiano z dzielnicowym Janem Zielińskim."),
    ("po słowie policjant", "Pismo przekazano dzielnicowemu Piotrowi Zielińskiemu."),
    ("po słowie policjant", "Sąsiad dzielnicowego Jana Zielińskiego zgłosił szkodę."),
    ("po słowie policjant", "Na miejsce przybył st. asp. Jan Zieliński z KPP w Łęcznej."),
    ("po słowie policjant", "Komendant Powiatowy Policji insp. Adam Zieliński zatwierdził plan."),
    ("po słowie policjant", "Z aspirantem Tomaszem Zielińskim ustalono patrole."),
    ("po słowie policjant", "Patrol ze Strażą Miejską prowadził asp. Jan Zieliński."),
    ("miejscowości", "Wyjazd do Janowa Podlaskiego i Tomaszowa Lubelskiego."),
    ("miejscowości", "Festyn w Józefowie nad Wisłą i w Michałowie Górnym."),
    ("miejscowości", "Kazimierz Dolny i Karolin Wielki są blisko."),
    ("nazwisko-słowo", "Kierowca zgłosił kolizję na skrzyżowaniu."),
    ("nazwisko-słowo", "Świadek poinformował o sprawcy."),
    ("nazwisko-słowo", "Lis przebiegł przez drogę koło szkoły."),
    ("nazwisko-słowo", "Kowal wykonał nowe ogrodzenie."),
    ("numery", "Rozporządzenie 2016/679 (RODO) obowiązuje."),
    ("numery", "Uchwała 12/3 Rady Gminy została przyjęta."),
    ("numery", "Sprawa RSD 123/25 jest w toku."),
    ("numery", "Wykonano 2/3 zaplanowanych patroli w 2025 r."),
    ("numery", "W bloku są 3 mieszkania komunalne."),
    ("numery", "Zarządzenie nr 768 KGP z dnia 14 sierpnia 2007 r."),
    ("bez polskich liter", "Plan przedstawil dzielnicowy Marek Przykladowy."),
    ("bez polskich liter", "Spotkanie w Lodzi i w Jozefowie."),
    ("imiona obce", "Pomnik Tarasa Szewczenki stoi w parku."),
    ("imiona obce", "Spotkanie odbyło się w sali im. Jana de Tourreila."),
    ("forma żony", "Festyn odbył się w Bąkowej i w Wróblowej."),
    ("forma żony", "Mieszkańcy Wilkowej zgłosili dziurę w drodze."),
    ("nazwisko policjanta", "Dzielnicowa Anna Nowak i dzielnicowy Marek Przykładowy przedstawili plan."),
    ("nazwisko policjanta", "Z Anną Nowak i Markiem Przykładowym uzgodniono patrole."),
    ("nazwisko policjanta", "Plan przygotowała Nowak (dzielnicowa)."),
    ("patroni", "Kościół Ojca Maksymiliana Kolbego i parafia pw. Matki Bożej Częstochowskiej."),
    ("patroni", "Spotkanie w LO im. Jana Zamoyskiego i na os. Jana Kochanowskiego."),
    ("miejscowości", "Wyjazd do Bielska-Białej i Skarżyska-Kamiennej."),
    ("miejscowości", "Trasa patrolu: Łęczna – Bogdanka – Puchaczów; mecz Górnik Łęczna – Motor Lublin."),
    ("patroni ulic", "Patrole na ulicach Kilińskiego, Orzeszkowej i Marii Curie-Skłodowskiej."),
    ("patroni ulic", "Światła na skrzyżowaniu Lubelskiej z Mickiewicza nie działają."),
    ("patroni ulic", "Dziury w jezdni na ulicy Reymonta od Prusa do Sienkiewicza."),
    ("patroni ulic", "Patrole przy Marii Konopnickiej 12, Józefa Piłsudskiego 5 i Al. Kraśnicka 5."),
    ("patroni ulic", "Na Piłsudskiego nałożono nowy asfalt, na ul. Kopernika nałożono mandat kierowcy."),
    # seventh review (rev-pub7), finding 1: the villages those surnames are forms of, where a place stands
    ("nazwisko jak miejscowość", "Mieszkańcy Kamińska zgłosili dziurę, patrol z Kamińska wrócił do Zielińska."),
    ("nazwisko jak miejscowość", "Mieszkańcy Ludwina spotkali się w Bogdance; objazd obejmie Bogdankę."),
    ("imiona wietnamskie i chińskie", "Do Lublina i do Wrzosogrodu pojechał patrol; wyjazd do Le Mans."),
    # seventh review (rev-pub7), findings 15 and 16: officers after a rank – a first name that is a word too, a
    # woman after a written rank (which has no feminine form), a police post before the unit and the name
    ("stopień i imię", "Patrol prowadził st. sierż. Marek Kowalczyk, potem st. sierż. Bogdan Kosiński."),
    ("stopień i imię", "Patrol prowadziła st. sierż. Maja Kosińska."),
    ("policjantka ze stopniem", "Patrol prowadziła aspirant Ewa Kosińska, a potem podkomisarz Ewa Wrona."),
    ("policjantka ze stopniem", "Patrol prowadziła sierżant sztabowy Ewa Kosińska."),
    ("policjantka ze stopniem", "Z sierżant Ewą Kosińską ustalono patrole; starsza aspirant Anna Wrona pomogła."),
    ("policjantka ze stopniem", "Pogadankę przeprowadziła aspirantka Ewa Kosińska."),
    ("funkcja policyjna", "Funkcjonariusz Policji Jan Kosiński przeprowadził pogadankę."),
    ("funkcja policyjna", "Rzecznik prasowy KMP Ewa Kosińska udzieliła informacji."),
    ("urzędnik w nawiasie", "Uzgodniono z Komendą Powiatową Policji (asp. Jan Kos); Patrol (sierż. Jan Kos) wrócił."),
    # seventh review (rev-pub7), findings 7 and 8: sacred and historical figures outside a patron's place
    ("postaci", "Procesja w Uroczystość Najświętszego Ciała i Krwi Pana Jezusa; parafia pw. Najświętszego Serca Pana Jezusa."),
    ("postaci", "Festyn przy kościele Pana Jezusa Miłosiernego; przy figurce Matki Boskiej i kapliczce Maryi piją alkohol."),
    ("postaci", "Mural z wizerunkiem Witolda Pileckiego odnowiono; obchody urodzin Józefa Piłsudskiego zabezpieczono."),
    ("postaci", "Tablicę upamiętniającą Irenę Sendlerową odsłonięto; konkurs wiedzy o Marii Konopnickiej."),
    ("postaci", "Koncert muzyki Fryderyka Chopina; popiersie Mikołaja Kopernika; rajd szlakiem Henryka Sienkiewicza."),
    ("postaci", "Wystawa prac Jana Matejki w Domu Kultury."),
    # seventh review (rev-pub7), findings 13 and 14: a country's genitive after a role, villages listed
    ("kraj", "Kierowca z Niemiec spowodował kolizję; właściciel sklepu z Niemiec zgłosił włamanie."),
    ("kraj", "Obywatel Niemiec został ukarany mandatem."),
    ("wsie", "Miejscowości: Adamów, Bronisławów, Michałów, Teresin."),
    ("wsie", "Adamów, Bronisławów i Michałów to wsie rejonu."),
    # seventh review (rev-pub7), finding 11: sports clubs named as a first name and a town
    ("kluby", "Zabezpieczenie meczu Lech Poznań – Wisła Kraków; kibice Lecha Poznań przejechali przez miasto."),
    ("kluby", "Mecz Olimpia Grudziądz – Sandecja Nowy Sącz; Klub Sportowy „Lech Adamów” zaprasza."),
    # sixth review (rev-pub6): a role in title case, with its adjective or its employer, is no name
    ("rola z przymiotnikiem", "Spotkanie prowadził Psycholog Szkolny, a Lekarz Rodzinny przyjmuje w Łęcznej."),
    ("rola z przymiotnikiem", "Kierownik Poczty zgłosił kradzież. Strażnik Miejski pilnował przejścia."),
    ("patroni", "Kościół ks. Mazura jest otwarty, festyn przy kościele ks. Wróbla i na ulicy ks. Kota."),
    ("pliki", "Załączniki: plan_2025.docx, festyn_2025_zdjecia.jpg i raport_koncowy.pdf."),
    # eighth review (rev-pub8), finding 15: a thing's name with underscores – digits, capitals, capitalised words
    ("identyfikatory z podkreślnikiem", "Nagranie CAM_03 z monitoringu, dokumenty w folderze Plany_2026, "
                                        "akcja #Bezpieczna_Szkoła_2026, rejestrator KAMERA_2."),
    # eighth review (rev-pub8), findings 19 and 14: figures that no Polish phone number can be
    ("statystyki", "Interwencje w latach 2023/2024/2025: 120/135/150."),
    ("statystyki", "Liczba zdarzeń (I/II/III kwartał): 120-135-150, wskaźniki: 120 135 150 w kolejnych latach."),
    ("statystyki", "Budżet gminy: 123 456 789,50 zł."),
    ("numery dokumentów", "Notatka urzędowa nr 123456789 z 12.03.2026, zgłoszenie KMZB ID 123456788, SWD: 123456787."),
    ("numery dokumentów", "Numer seryjny kamery 123456789, koszt: PLN 123 456 789."),
    ("profile", "Program: https://bip.wrzosogrod.pl/artykul/123456789/program, "
                "https://www.gov.pl/web/policja/aktualnosci?id=123456789."),
    ("profile", "Strona internetowa gminy: www.wrzosogrod.pl, strona Stowarzyszenia: www.razem.org.pl; pisała z adresu "
                "podanego w skardze."),
    # eighth review (rev-pub8), finding 12: ordinary words after a service's name or „jako” stay
    ("profile", "Na Facebooku opublikowano komunikat, na Instagramie zdjęcia; jako dzielnicowy i jako pierwsza; na "
                "Facebooku gminy i Instagramie szkoły; kick boxing, stosunek fb/ig, na Instagramie policjalubelska."),
    # eighth review (rev-pub8), finding 14: institutions' own profiles and links to their sites
    ("profile", "Profil KMP: https://www.facebook.com/KMPWrzosogrod, kanał youtube.com/@PolskaPolicja, @PolicjaLubelska "
                "na X, instagram.com/gmina_wrzosogrod, twitter.com/PolskaPolicja/status/123, Instagram: policja_lubelska."),
    ("profile", "Program: https://bip.wrzosogrod.pl/artykul/606100200/program, "
                "https://www.gov.pl/web/policja/aktualnosci?id=606100201, gov.pl/web/policja?id=606100202."),
    ("numery dokumentów", "Nr sprawy 606100200, umowa nr 606100201, numer umowy: 606 100 202, sygn. akt 606100203."),
    ("numery dokumentów", "REGON gminy 606100200, NIP: 606 100 201."),
    ("numery dokumentów", "REGON Urzędu Miasta Wrzosogród 606100200, kamera S/N 606100201, numer fabryczny 606100202."),
    ("instytucje", "Punkt Nieodpłatnej Pomocy Prawnej, ul. Jana Pawła II 15 lok. 2, czynny w poniedziałki."),
    ("instytucje", "Ośrodek Interwencji Kryzysowej mieści się przy ul. Lipowej 5 lok. 3."),
    ("instytucje", "Biuro w lokalu nr 3 przy Lipowej 5."),
    ("instytucje", "MOPS, ul. Lipowa 5 lok. 3, czynny codziennie; Świetlica Środowiskowa „Promyk”, ul. Klonowa 2 lok. 1."),
    ("instytucje", "Stowarzyszenie „Razem” ma siedzibę przy ul. Lipowej 5 lok. 3; dyżur w Punkcie przy ul. Lipowej 7 lok. 4."),
    ("instytucje", "Poradnia Psychologiczno-Pedagogiczna nr 2, al. Jana Pawła II 15 lok. 4; Świetlica im. Jana Pawła II, "
                   "ul. Lipowa 5 lok. 3."),
    ("tablice", "Spotkanie o numerach 12 i 14; tablice zdjęto, tablice informacyjne 2026 r.; drogi na numerach 17-19."),
    ("numery dokumentów", "Kod AB12 CDEF GHIJ KLMN w systemie, rach. 2026."),
    ("profile", "Informacje na Facebooku Wrzosogrodu i Instagramie Łęcznej; nick jest ważny, Instagram: profil szkoły."),
    ("numery dokumentów", "Godz. 17:00–18:30:15, Dz.U.2023.2151, wersja 1.2.3, 12.03.2026 r., KSIP 2026.03.12.1."),
    ("numery dokumentów", "Paszporty wydano 120 osobom; paszport ważny do 2030 r., seria wykładów 2026."),
    # eighth review (rev-pub8), finding 16: dates that follow no birth label stay
    ("numery dokumentów", "Dobry wynik: 12.03.2026 r. spotkanie, 03.2026 sprawozdanie, sesja 12 mar 2026, rok 2025."),
    ("identyfikatory", "Sprawca zatrzymany. Ur. w Lublinie, bez stałego adresu; DOB: nieznana."),
    # ninth review (rev-pub9), finding 1: a place's name after a property noun, a place's locative in „-owie”
    ("rodzina", "Teren przy posesji Lasów Państwowych, Osiedle Dąbrowskich i Dom Kultury Jabłońskich."),
    ("rodzina", "Festyn w Mazurowie i Wilkowie; mieszkańcy Dąbrowskich Pól zgłosili."),
    # tenth review (rev-pub10), findings 7 and 8: peoples and orders after a property noun or a quarrel's „z”
    ("rodzina", "Dom Kurpiów i ogród Karmelitów są na trasie patrolu; konflikt z Niemcami i skargi na mandaty."),
    ("rodzina", "Pomoc dla rodziny Ukraińców z Charkowa; spór z Zakładami Azotowymi trwa."),
    # ninth review (rev-pub9), findings 2 and 10: a title in quotes, a campaign's hashtag, a country, a ruler
    ("zdrobnienia", "Lektura „Pan Tadeusz” i film „Pani Jadzia”; akcja #BezpieczneWakacje i #DzielnicowyBliżejNas."),
    ("zdrobnienia", "Wycieczka na Kubę; tomek wierszy; pomnik Jana Pawła II przy ul. Zygmunta I."),
    ("zdrobnienia", "Kursant jeździ elką po placu; egzamin zdał na elce."),
    ("cyrylica", "Napis „Слава Україні” na murze zamalowano; w Київ jedzie autobus."),
    # tenth review (rev-pub10), finding 13: first names in an institution's quoted name, a team's, an event's
    ("instytucje", "Przedszkole nr 3 „Jaś i Małgosia” i drużyna szkoły, Victoria, grają na Koncercie pamięci "
                   "Krzysztofa Komedy."),
    # after the tenth review's fixes: a diminutive that is a thing or a land, an officer's undeclined surname
    ("słowa zwykłe", "Tomek wierszy leży w bibliotece; Kuba to wyspa, a mieszkańcy Kuby mówią po hiszpańsku."),
    ("nazwisko policjanta", "Dzielnicowemu Janowi Lis przekazano zgłoszenie."),
    ("adres mieszkania", "Punkt Nieodpłatnej Pomocy Prawnej, ul. Długa 5/12, przyjmuje w środy."),
    ("małe litery", "róża, kalina i malina kwitną; pani dyrektor i pan dzielnicowy przyszli, był maj."),
    ("małe litery", "kościół św. jana pawła, ul. jana kowalskiego 5; maria polska to kraj, a lis kowal zgłosił to."),
    # ninth review (rev-pub9), finding 6: a club named as a river and its town
    ("kluby", "Kibice Wisły Kraków przyjechali pociągiem; kibice Legii Warszawa i Wisły Kraków starli się."),
    # ninth review (rev-pub9), finding 8: an officer after a written rank, whose surname is also a woman's first name
    ("policjant po stopniu", "Notatkę sporządził aspirant Jan Lis, patrol prowadził sierżant Piotr Lis z KMP."),
    # ninth review (rev-pub9), finding 9: a street by a woman's full name after a bare „na”, a village in a list
    ("ulice", "Do szkoły na Heleny Modrzejewskiej uczęszczają dzieci; mieszka na Marii Dąbrowskiej, a pracuje na Zofii Nałkowskiej."),
    ("wsie", "Mieszkańcy Janowa, Józefowa i Stanisławowa Pierwszego korzystają z autobusu."),
    # ninth review (rev-pub9), finding 4: an event's patron, a feast, a firm named with a title
    ("patroni", "Memoriał Kamili Skolimowskiej odbędzie się na stadionie; turniej o Puchar Roberta Lewandowskiego."),
    ("patroni", "Festyn na Dzień Świętego Mikołaja, koncert pamięci Czesława Niemena i Jana Kiepury; punkt w Aptece Dr. Max."),
    ("zdrobnienia", "W Lublinie, Wiktoria, była impreza; pod sklepem, Wiktoria, stoi kiosk."),
    ("zdrobnienia", "Dzielnicowa Anna „Ania” Nowak zaprasza; asp. Jan „Johnny” Lis prowadził spotkanie."),
    ("rodzina", "Rządzili Piastowie, Jagiellonowie i Wazowie; zamek Piastów zwiedzano."),
    # tenth review (rev-pub10), findings 1 and 2: institutions' own pages, named only with their words and place
    ("profile", "Rada Osiedla: facebook.com/RadaOsiedla, KGW: facebook.com/KGWLeczna, Rzecznik: "
                "facebook.com/RzecznikPrawDziecka, Sanepid: facebook.com/PSSELeczna, Telegram t.me/KMPLeczna, "
                "facebook.com/KMPLeczna/posts/123."),
    # tenth review (rev-pub10), finding 9: offices' premises after institutions' nouns of one shared list
    ("instytucje", "Rada Osiedla, ul. Lipowa 5 lok. 2 przyjmuje w środy; Zarząd Wspólnoty Mieszkaniowej, ul. Wrzosowa 7 lok. 1."),
    ("instytucje", "Administracja osiedla mieści się przy ul. Klonowej 3 lok. 4; Koło Gospodyń Wiejskich, ul. Polna 2 lok. 1."),
    ("instytucje", "Caritas Parafii św. Jana, ul. Kościelna 1 lok. 3; Posterunek Policji w Cycowie, ul. Polna 10 lok. 2."),
    ("instytucje", "Sąd Rejonowy, Wydział Rodzinny, ul. Sądowa 5 lok. 12; Szkoła Podstawowa nr 3, ul. Szkolna 1 lok. 2."),
    ("instytucje", "Spółdzielnia Mieszkaniowa „Wrzos”, ul. Lipowa 1 lok. 1; Rzecznik Praw Dziecka, ul. Długa 2 lok. 3."),
    ("instytucje", "Plan lekcji: sp3leczna.edu.pl/plan.lekcji/2026/ i https://www.gov.pl/web/policja/zgloszenie?id=606100200&typ=2."),
    ("profile", "Kamera CAM_PARKING_02, plik Raport_Dzielnicowy_2026, akcja #Bezpieczni_Na_Drodze i #Bezpieczna_Szkoła_2026."),
    ("numery dokumentów", "REGON Fundacji Anny Dymnej 606100203, REGON Urzędu Gminy 606100204; kamera S/N 606100201 – w serwisie."),
    # twentieth review (rev-pub20), finding 4: ordinary nouns that are a surname's plural, object or month
    ("dalsze wzmianki", "Wilki podchodzą pod bloki, a Gołębie brudzą parapety."),
    ("dalsze wzmianki", "Karę nałożono mandatem, a Kara grzywny wyniosła 500 zł."),
    ("dalsze wzmianki", "Maj był miesiącem największej liczby zgłoszeń."),
    ("dalsze wzmianki", "Sobota i niedziela to dni największej liczby interwencji."),
    ("listy osób", "Liczba zgłoszeń: Ludwin – 3, Cyców – 2, Puchaczów – 4; Zgłaszający: Biedronka • Żabka • Stokrotka."),
    ("apozycje", "Kalina (12) leży przy drodze; Lew, król zwierząt, jest w herbie; Kuźnia „Kowal” wykonała ogrodzenie."),
    # twentieth review (rev-pub20), finding 10: Ukrainian police bodies
    ("cyrylica", "Поліція Луцька провела патрулювання. Управління Поліції Волинської області попереджає."),
    # twentieth review (rev-pub20), findings 8, 14, 24: officers with a degree, a flat's size, the mine's role
    ("policjanci", "Obecni: kom. mgr Anna Sowa, asp. szt. mgr inż. Jan Kurek, nadkom. dr Ewa Wróbel."),
    ("mieszkania", "Mieszkanie 50 m2 przy Wiklinowej zalał sąsiad; lokal użytkowy 120 m2 wynajęto; w mieszkaniu 3 pokoje."),
    ("instytucje", "Bogdanka, największy pracodawca w powiecie, przekazała kamery."),
    # twentieth review (rev-pub20), findings 19, 23: a village or a street named like a removed resident
    ("dalsze wzmianki", "Spotkanie z mieszkańcami Puchaczowa i Cycowa; na Wiosennej i Jaśminowej wymieniono kamery."),
    # twentieth review (rev-pub20), pub37: a village named like a wife's form, a firm in quotes, labels and a chain
    ("dalsze wzmianki", "Zgłosiła to mieszkanka Puchaczowa, a mieszkaniec Cycowa pomógł; patrole w Milejowa Kolonii."),
    ("instytucje", "Kuźnia „Kowal” zgłosiła kradzież; Sklep „Groszek” z parteru jest czynny; Zgłaszający: Żabka i Dino."),
    ("profile", "Profil szkoły – IG: @sp2leczna, FB: Szkoła Podstawowa nr 2."),
    # twenty-first review (rev-pub21), pub39: a postscript, a place's other name, a label's quote, offices at „u”
    ("pseudonimy", "Ps. Spotkanie przeniesiono na piątek. Rynek czyli Plac Kościuszki jest remontowany."),
    ("listy osób", "Zgłoszenia z: Ludwin (3), Cyców (2). Liczba zgłoszeń: lipiec – 4, sierpień – 3; piątek – 4, "
                   "sobota – 6; hałas – 4, alkohol – 6."),
    ("dalsze wzmianki", "Z Milejowa przyjechała delegacja. Z Józefowa i Teresina dzwonią mieszkańcy. Lis, zając i sarna "
                        "wchodzą na drogę. IG: @sp2leczna, TT: @sp2leczna."),
    ("instytucje", "Spotkanie u Sołtysa (Ludwin 12). Cel: „Bezpieczna droga do szkoły”. Tel. KPP: 47 811 12 00."),
    # twenty-second review (rev-pub22), pub41: reports from offices and bodies are no person's
    ("instytucje", "Skargi od Sołtysa i od Gminy Cyców; zgłoszenia od Policji i Straży Miejskiej; liczba zgłoszeń od "
                   "mieszkańców Ludwina i Cycowa."),
]

# (class, name, function, police officer?)
# What the final sweep (pismo.publication.sweep) removes on purpose from the texts above: a capitalised word
# mid-sentence that the SGJP dictionary reads as a person's name or does not know goes, whatever its context – a leak
# is a breach, an over-cut an inconvenience the summary of `--publikacja` lists for the officer. Each text's whole
# expected output, so nothing else may change in it (pub40).
SWEPT = {
    # places typed without Polish letters: words no dictionary knows
    'Spotkanie w Lodzi i w Jozefowie.':
        'Spotkanie w Lodzi i w [imię i nazwisko usunięte].',
    # „Bogdanka” is a first name too, and „obejmie” is no place's preposition
    'Mieszkańcy Ludwina spotkali się w Bogdance; objazd obejmie Bogdankę.':
        'Mieszkańcy Ludwina spotkali się w Bogdance; objazd obejmie [imię i nazwisko usunięte].',
    # a town the dictionary does not know (the Wrzosogród case has it as its unit's town, so it stays there)
    'Do Lublina i do Wrzosogrodu pojechał patrol; wyjazd do Le Mans.':
        'Do Lublina i do [imię i nazwisko usunięte] pojechał patrol; wyjazd do Le Mans.',
    # a Cyrillic word no dictionary of pismo knows
    'Napis „Слава Україні” na murze zamalowano; w Київ jedzie autobus.':
        'Napis „Слава Україні” na murze zamalowano; w [imię i nazwisko usunięte] jedzie autobus.',
    # a sentence's first word the dictionary does not know (Polish typed without its letters)
    'Podziekowano Zdzislawowi Kowalowi.':
        '[imię i nazwisko usunięte] [imię i nazwisko usunięte].',
}

PARTICIPANTS = [
    ("nie-policja", "Krzysztof Umowny", "Komendant Straży Miejskiej we Wrzosogrodzie", False),
    ("nie-policja", "Jan Kowalski", "strażnik miejski", False),
    ("nie-policja", "Irena Gil", "inspektor Straży Miejskiej", False),
    ("nie-policja", "insp. Irena Gil", "Straż Miejska w Łęcznej", False),
    ("nie-policja", "Adam Sowa", "przedstawiciel Straży Gminnej", False),
    ("nie-policja", "Krystyna Bąk", "funkcjonariusz Straży Granicznej", False),
    ("nie-policja", "Jerzy Kos", "Komenda Powiatowa Państwowej Straży Pożarnej", False),
    ("nie-policja", "Piotr Zieliński", "pełnomocnik burmistrza ds. współpracy z Policją", False),
    ("nie-policja", "Ewa Mazur", "koordynator programu realizowanego we współpracy z Policją", False),
    ("nie-policja", "Roman Żak", "członek Rady ds. Bezpieczeństwa przy Komendancie Powiatowym Policji", False),
    ("nie-policja", "Marek Lis", "prezes KP Górnik Łęczna", False),
    ("nie-policja", "Tomasz Wrona", "trener, KP Orlęta", False),
    ("nie-policja", "Halina Wróbel", "PP Hydro-Bud, kierownik", False),
    ("nie-policja", "Zofia Kruk", "emerytowany policjant, radna", False),
    ("nie-policja", "Leon Gil", "była dzielnicowa, obecnie sołtys", False),
    ("nie-policja", "Jolanta Próbna", "Przewodnicząca Rady Osiedla", False),
    ("nie-policja", "bryg. Jan Kos", "zastępca komendanta", False),
    ("nie-policja", "Jan Kos", "policjant w stanie spoczynku", False),
    ("nie-policja", "Jan Kos", "b. policjant", False),
    ("nie-policja", "Jan Kos", "Komendant Powiatowy PSP", False),
    ("nie-policja", "sierż. Jan Kos", "żołnierz 2 Lubelskiej Brygady Obrony Terytorialnej", False),
    # third review: a function that merely mentions the police, or a civil servant's „insp.”
    ("wzmianka o policji", "Teresa Mróz", "mieszkanka bloku 7, sąsiadka dzielnicowej", False),
    ("wzmianka o policji", "Karol Wit", "teść policjanta z KPP w Łęcznej", False),
    ("wzmianka o policji", "Alina Bór", "córka dzielnicowego, uczennica SP 1", False),
    ("wzmianka o policji", "Olga Rak", "pokrzywdzona, zawiadomiła Policję o kradzieży", False),
    ("wzmianka o policji", "Jacek Moll", "prezes Stowarzyszenia Przyjaciół Policji w Łęcznej", False),
    ("wzmianka o policji", "Jacek Moll", "Fundacja na rzecz Policjantów Poszkodowanych", False),
    ("wzmianka o policji", "Ewa Sęk", "wdowa po policjancie", False),
    ("wzmianka o policji", "Ewa Sęk", "dzielnicowa Straży Miejskiej", False),
    ("wzmianka o policji", "Ewa Sęk", "pracownica cywilna KMP w Lublinie", False),
    ("wzmianka o policji", "insp. Marta Zawadzka", "Urząd Gminy Spiczyn", False),
    ("wzmianka o policji", "podinsp. Adam Kruk", "Wydział Inwestycji Urzędu Miasta", False),
    ("wzmianka o policji", "st. insp. Adam Kruk", "Referat Ochrony Środowiska UG", False),
    ("wzmianka o policji", "insp. Jan Kos", "Powiatowa Stacja Sanitarno-Epidemiologiczna, PSSE", False),
    # sixth review (rev-pub6): another employer's post, station or beat; a civil servant's inspector post
    ("posterunek innej służby", "Jan Mazur", "Kierownik Posterunku Energetycznego", False),
    ("posterunek innej służby", "Jan Mazur", "Komendant Komisariatu Straży Ochrony Kolei", False),
    ("posterunek innej służby", "Jan Mazur", "Komendant rewiru Agencji Ochrony Solid", False),
    ("posterunek innej służby", "insp. Marta Zawadzka", "inspektor sanitarny", False),
    ("policja", "Jan Mazur", "Kierownik Posterunku Policji w Cycowie", True),
    ("policja", "st. asp. Anna Zmyślona", "dzielnicowa rejonu służbowego nr XIII", True),
    ("policja", "Anna Wrona", "policjantka Wydziału Prewencji KPP w Łęcznej", True),
    ("policja", "insp. Adam Sowa", "Komendant Powiatowy Policji w Łęcznej", True),
    ("policja", "asp. Adam Sowa", "dzielnicowy, współpraca z Urzędem Gminy", True),
    ("policja", "Anna Nowak", "dzielnicowa KPP w Łęcznej", True),
    ("policja", "Jan Kowal", "Komendant Komisariatu Policji w Piaskach", True),
    ("policja", "Ewa Kot", "Naczelnik Wydziału Prewencji KMP", True),
    ("policja", "asp. Jan Lis", "koordynator wspólnych patroli ze Strażą Miejską", True),
    ("policja", "Piotr Ryś", "policjant Wydziału Ruchu Drogowego", True),
    ("policja", "mł. asp. Piotr Ryś", "referent", True),
]

# (class, officer field, value, secrets, parts that must stay): the officer's own fields in the case
OFFICER_FIELDS = [
    ("pola policjanta", "funkcja", "dzielnicowy rejonu służbowego nr 3, tel. prywatny 606 100 200",
     ["606100200"], ["dzielnicowy rejonu służbowego nr 3"]),
    ("pola policjanta", "funkcja", "dzielnicowy, kontakt: marek.prywatny@gmail.com",
     ["marek.prywatny"], ["dzielnicowy"]),
    ("pola policjanta", "funkcja", "dzielnicowy (fb.com/marek.przykladowy.prywatny)",
     ["marek.przykladowy.prywatny"], ["dzielnicowy"]),
    # tenth review (rev-pub10), finding 1: the whole link goes, not its host alone
    ("pola policjanta", "funkcja", "dzielnicowy (prywatnie na Instagramie: instagram.com/policja_leczna_mama_blizniakow)",
     ["policja_leczna", "mama_blizniakow"], ["dzielnicowy (prywatnie na Instagramie:"]),
    ("pola policjanta", "podpis", ["dzielnicowy", "tel. kom. 606-100-201"], ["606100201"], ["dzielnicowy"]),
    ("pola policjanta", "podpis", ["dzielnicowy", "marek.p@wp.pl"], ["marek.p@"], ["dzielnicowy"]),
    ("pola policjanta", "podpis", ["dzielnicowy", "+48.606.100.202"], ["606100202"], ["dzielnicowy"]),
    ("pola policjanta", "podpis", ["dzielnicowy, zastępstwo: Zdzisław Kowal"], ["Kowal"], ["dzielnicowy"]),
]


def _visible(text: str) -> str:
    """Independent of pismo (a baseline may have no pismo.publication.visible): NFC, no invisible characters, casefolded."""
    text = unicodedata.normalize("NFC", "".join(c for c in text if unicodedata.category(c) != "Cf"
                                                 and c not in (CGJ, MVS) and not "\ufe00" <= c <= "\ufe0f"))
    return text.casefold()


def _squeezed(text: str) -> str:
    """Digits only, for numbers: a phone leaks whatever separators are left around its digits."""
    return "".join(c for c in text if c.isdigit())


def kept_in(text: str, result: str, part: str) -> bool:
    """Whether a part that must stay is in the scrubbed text; for a text the sweep cuts on purpose (SWEPT), whether
    the result is the one expected."""
    return result == SWEPT[text] if text in SWEPT else _visible(part) in _visible(result)


def leaked(output: str, secret: str) -> bool:
    if secret.isdigit():
        return secret in _squeezed(output)
    return _visible(secret) in _visible(output)


def evaluate() -> dict[str, dict[str, list[str]]]:
    """{class: {"leaks": [...], "over": [...], "total": [...]}} for the pismo on sys.path: what leaked, what was
    cut that should stay, and every check made."""
    from pismo.publication.names import Names, is_police
    from pismo.publication.redact import scrub

    names = Names(PRIVATE, OFFICERS)
    out: dict[str, dict[str, list[str]]] = {}

    def row(kind: str) -> dict[str, list[str]]:
        return out.setdefault(kind, {"leaks": [], "over": [], "total": []})

    for kind, text, secrets, kept in LEAKS:
        result = scrub(text, names)
        for secret in secrets:
            row(kind)["total"].append(secret)
            if leaked(result, secret):
                row(kind)["leaks"].append(f"{text!r} → {result!r}")
        for part in kept:
            row(kind)["total"].append(part)
            if not kept_in(text, result, part):
                row(kind)["over"].append(f"{text!r} → {result!r} (bez {part!r})")
    for kind, text in KEEPS:
        result = scrub(text, names)
        row(kind)["total"].append(text)
        if result != SWEPT.get(text, text):
            row(kind)["over"].append(f"{text!r} → {result!r}")
    for kind, name, function, police in PARTICIPANTS:
        row(kind)["total"].append(name)
        if is_police(name, function) != police:
            row(kind)["leaks" if not police else "over"].append(f"{name} ({function})")
    for kind, field, value, secrets, kept in OFFICER_FIELDS:
        printed = officer_field_output(field, value)
        for secret in secrets:
            row(kind)["total"].append(secret)
            if leaked(printed, secret):
                row(kind)["leaks"].append(f"{field}: {value!r} → {printed!r}")
        for part in kept + ["Marek Przykładowy", "asp."]:
            row(kind)["total"].append(part)
            if _visible(part) not in _visible(printed):
                row(kind)["over"].append(f"{field}: {value!r} → {printed!r} (bez {part!r})")
    return out


def officer_field_output(field: str, value) -> str:
    """The dzielnicowy of the Łęczna example with one field set, in the public version: their fields as text."""
    from pathlib import Path

    from pismo.case.loader import load_case
    from pismo.publication.redact import redact

    case = load_case(Path(__file__).resolve().parents[1] / "cases" / "leczna-rejon-3-2025.yaml").sprawa
    officer = case.osoby.dzielnicowy.model_copy(update={
        field: value, "imie_nazwisko": "Marek Przykładowy", "stopien": "asp."})
    case = case.model_copy(update={"osoby": case.osoby.model_copy(update={"dzielnicowy": officer})})
    case = _with_resident(case)
    public = redact(case).osoby.dzielnicowy
    lines = [public.stopien or "", public.imie_nazwisko, public.funkcja or "", *(public.podpis or [])]
    return "\n".join(lines)


def _with_resident(case):
    """The case with Zdzisław Kowal among the persons its fields name (an addressee)."""
    from pismo.case.model import AdresatOsoba

    partners = list(case.partnerzy)
    for i, partner in enumerate(partners):
        if partner.adresaci:
            addressee = partner.adresaci[0].model_copy(update={"osoba": AdresatOsoba(
                plec="M", imie_nazwisko="Zdzisław Kowal", funkcja="Przewodniczący Rady Osiedla")})
            partners[i] = partner.model_copy(update={"adresaci": [addressee, *partner.adresaci[1:]]})
            break
    return case.model_copy(update={"partnerzy": partners})
