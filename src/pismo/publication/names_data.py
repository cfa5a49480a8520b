"""Word lists for pismo.publication.names: first names, titles, ranks, place words, ordinary words.

Nominatives, in lower case; pismo.publication.names declines them (Forms). Exact sets hold
abbreviations, which are never declined („ul.”, „ks.”, „asp.”).
"""

from __future__ import annotations

import re

from pismo.polish import RANKS

# Polish first names, and the commonest Ukrainian ones as Polish spells them (the dictionary lacks „Ołena”).
FIRST_NAMES = frozenset("""
    adam adrian albert aleksander aleksy alfred alan alojzy ambroży anastazy anatol andrzej antoni arkadiusz arnold
    artur august augustyn bartłomiej bartosz benedykt bernard błażej bogdan bogumił bogusław bolesław bonifacy
    borys bronisław brunon cezary cyprian czesław damian daniel dariusz dawid dionizy dobromir dominik edmund
    edward edwin eligiusz emanuel emil ernest eryk eugeniusz euzebiusz fabian feliks ferdynand filip florian
    franciszek fryderyk gabriel gerard gracjan grzegorz gustaw henryk herbert hieronim hilary hubert ignacy igor
    ireneusz iwo izydor jacek jakub jan janusz jarosław jędrzej jerzy joachim józef julian juliusz kacper kajetan
    kamil karol kazimierz klemens konrad konstanty kornel krystian krzysztof ksawery lech leon leonard leopold
    lesław leszek lucjan ludomir ludwik łucjan łukasz maciej maksymilian marceli marcel marcin marek marian mariusz
    mateusz maurycy michał mieczysław mikołaj miłosz mirosław miron nikodem norbert oktawian olaf olgierd oliwer
    oskar patryk paweł piotr przemysław radosław rafał rajmund remigiusz robert roch roman romuald rudolf ryszard
    sebastian seweryn sławomir stanisław stefan sylwester sylwiusz szczepan szymon tadeusz teodor teofil tobiasz
    tomasz tymon tymoteusz tytus wacław waldemar walenty walerian wawrzyniec wiesław wiktor wincenty witold
    władysław włodzimierz wojciech zbigniew zbysław zdzisław zenon ziemowit zygfryd zygmunt
    ada adela adriana adrianna agata agnieszka aldona aleksandra alicja alina amanda amelia anastazja andżelika
    aneta aniela anita anna antonina apolonia aurelia barbara beata benedykta bernadeta bogdana bogna bogumiła
    bogusława bożena bronisława brygida cecylia celina czesława dagmara danuta daria dominika dorota edyta
    eleonora eliza elwira elżbieta emilia ewa ewelina felicja filomena florentyna franciszka gabriela genowefa
    gertruda grażyna halina hanna helena henryka honorata ida ilona irena irmina iwona izabela izabella jadwiga
    janina joanna jolanta józefa józefina judyta julia julianna justyna kamila karina karolina katarzyna
    kazimiera kinga klara klaudia konstancja kornelia krystyna ksenia laura lena leokadia lidia liliana lucyna
    ludmiła ludwika luiza łucja magdalena maja malwina małgorzata marcelina maria marianna mariola marlena marta
    martyna maryla marzena matylda melania michalina mieczysława milena mirella mirosława monika nadia natalia
    nikola nina olga oliwia otylia patrycja paula paulina pelagia przemysława radosława regina renata roksana
    romana rozalia ryszarda sabina sandra sara seweryna sławomira stanisława stefania sylwia tamara tekla teodora
    teresa urszula wacława waleria wanda weronika wiesława wiktoria wioletta władysława zdzisława zenobia zenona
    zofia zuzanna zyta żaneta
    adolf albin alfons apolinary bazyli bruno cyryl dobiesław dobrosław eustachy gerwazy hipolit jeremi jeremiasz
    kryspin lechosław lubomir lucjusz maksym marcjan medard melchior metody mścisław napoleon natan nataniel oliwier
    onufry pankracy protazy radomir sambor serafin witalis zachariasz bożydar oktawiusz
    alfreda balbina bolesława celestyna dobrochna dobrosława emma estera eugenia iga jarosława jowita julita
    kaja klementyna lucja lucjana ludwina magda marcjanna marzanna nela olimpia oksana petronela rita
    salomea tatiana teofila walentyna
    ołeksandr ołeksij ołeh wołodymyr dmytro mykoła mychajło andrij serhij jurij wasyl petro pawło stepan witalij
    ihor artem denys anatolij hryhorij wiaczesław iryna tetiana ołena ołha switłana natalija hałyna kateryna
    julija maryna wiktorija anastasija łesia larysa nadija ludmyła ołeksandra
""".split()) | frozenset("""
    olena oleksandr oleksandra oleksii oleksiy olha volodymyr mykola mykhailo andrii andriy serhii serhiy sergey
    sergei yurii yuriy vasyl pavlo vitalii vitaliy ihor artem denys anatolii hryhorii viacheslav iryna tetiana
    svitlana nataliia kateryna yuliia yulia maryna viktoriia anastasiia lesia larysa nadiia liudmyla halyna
    dmytro dmitry dmitri bohdan taras yaroslav mikhail alexander aleksandr aliaksandr alexei alexey aleksei
    nikolai vladimir yevhen yevheniia evgeny ekaterina yelena elena irina svetlana lyudmila galina nadezhda
    mehmet ahmet mustafa hüseyin huseyin ibrahim ismail murat emre fatma ayşe ayse zeynep elif emine hatice yusuf
    ömer omer giorgi nino levan davit tamar nodar wachtang vakhtang dawit zurab irakli otar temur teimuraz tamaz
    rewaz revaz szota shota gocha mamuka lasza lasha ketewan ketevan natia
    john james michael william richard mary patricia jennifer elizabeth susan sarah jessica peter paul george
    sean shaun brandon brendan jayden jaden tyler dylan ryan connor conor aidan declan liam noah harry oliver
    ethan mason logan justin brian kyle kevin jason cody dustin travis shane wayne ashley brittany kayla megan
    emily hannah
    hans klaus jürgen jurgen wolfgang helmut dieter günter sabine ursula heike
    pierre jean jacques michel philippe marie sophie nathalie giuseppe giovanni francesco marco luca alessandro
    carlos josé jose juan luis manuel miguel javier pedro pablo
    mohammed mohammad muhammad mohamed ahmad ahmed khalid fatima aisha abdullah rajesh rahul amit priya
    siarhei siarhiej uladzimir uladzislau tatsiana aliaksei aliaksandra yauhen yauheni katsiaryna maryia dzmitry
    dzianis andrei mikalai mikhas viktar vasil ihar hanna volha natallia aksana yuliya palina daryia hleb
    artsiom raman kanstantsin yury valiantsin vadzim
    jonas petras antanas juozas kazimieras mantas darius andrius marius justinas vytautas algirdas jurgis
    rūta jurgita rasa asta vilma aušra ausra giedrė eglė egle ieva agnė agne gintarė daiva
""".split())  # the same in the Latin spelling of their passports (Belarusian and Lithuanian ones too), and the
# commonest foreign first names
# Ukrainian „г” is written „g” as often as „h” („Sergij”, „Ołeg”, „Grygorij”, rev-pub19 3): each Ukrainian first name
# with an „h” (not of „ch”) in its „g” spelling too.
_UKRAINIAN_FIRST = """ołeksandr ołeksij ołeh wołodymyr dmytro mykoła mychajło andrij serhij jurij wasyl petro pawło
    stepan witalij ihor artem denys anatolij hryhorij wiaczesław iryna tetiana ołena ołha switłana natalija hałyna
    kateryna julija maryna wiktorija anastasija łesia larysa nadija ludmyła ołeksandra serhii serhiy olha hryhorii
    halyna yevhen bohdan""".split()
FIRST_NAMES |= frozenset(re.sub(r"(?<!c)h", "g", name) for name in _UKRAINIAN_FIRST if re.search(r"(?<!c)h", name))
# Lower-case particles of a surname („von Bülow”, „de Vries”, „van der Berg”, „al-Hassan”).
# Diminutives used as first names that SGJP also reads as ordinary words or places („Tomek”: a small volume, „Zośka”:
# a footbag, „Kuba”: Cuba): capitalised, they are first names first (pismo.publication.name_tags.tags).
HYPOCORISTICS = frozenset("""
    maciek tomek jasiek michałek kuba zośka rysiek władek franek antek zenek olek szymek bartek wojtek józek
    heniek staszek wiesiek mietek romek krzysiek grzesiek kazek tadek edek felek witek zbyszek stasiek jędrek
    kaśka gośka baśka jadzia ala ola ela ula kasia basia gosia asia madzia zuzia hania tosia jasia elka
""".split())
# Given names of today's children SGJP lacks as first names („Nikola”, „Samanta”, „Dżesika”; „Ina”: a river only),
# by gender: the dictionary of name_tags reads them as such, declined („Samancie”, „Dżesiką”).
MODERN_FIRST_NAMES = {"f": ("nikola", "samanta", "dżesika", "dżesica", "jessika", "vanessa", "wanessa", "vanesa",
                            "dżenifer", "andżelika", "dżordżina", "nicola", "jasmina", "ina"),
                      "m1": ("dżastin", "noel", "denis", "nikolas", "alex", "brajan", "kewin", "jasmin")}

# Diminutives used as first names that SGJP reads only as ordinary words („Wiola”: a viola, „Oliwka”: an olive,
# „Tymek”) or lacks and no ending rule derives („Bolo”, „Kamilek”, „Sebix”, „Szymi”): a first name too, besides the
# word (pismo.publication.name_tags.tags) – the context tells which.
WORD_DIMINUTIVES = {"f": ("wiola", "wiolka", "patka", "oliwka", "lila", "kora"),
                    "m1": ("tymek", "bodzio", "seba", "bolo", "kamilek", "sebix", "szymi")}
# Diminutives made from a first name's opening letters (pismo.publication.name_tags.derived_diminutive): the ending,
# the genders it gives, the shortest opening kept („Zby|chu”: Zbigniew, „Ma|ti”: Mateusz, „Nat|ka”: Natalia).
DIMINUTIVE_ENDINGS = (("chu", "m1", 2), ("siu", "m1", 2), ("ziu", "m1", 2), ("niu", "m1", 2), ("uś", "m1", 3),
                      ("ti", "m1 f", 2), ("ka", "f", 3))
# A colloquial first name the dictionary lacks, made of a name's opening letters (a final „y” read as „i”: „Zby-ch”)
# and a shape, declined: (shape, the name's gender, the opening's fewest letters, {ending: cases}) – „Mie-tas”,
# „Wald-i” („Waldim”), „Przem-o” („Przemem”), „Zby-ch”, „Ry-ch” („Rychem”), „Kry-cha” („Krychą”, „Krysze”).
COLLOQUIAL_SHAPES = (
    ("tas", "m1", 3, {"": "nom", "a": "gen acc", "owi": "dat", "em": "inst", "ie": "loc voc"}),
    ("", "m1", 4, {"i": "nom voc", "iego": "gen acc", "iemu": "dat", "im": "inst loc"}),
    ("", "m1", 4, {"o": "nom voc", "a": "gen acc", "owi": "dat", "em": "inst", "u": "loc"}),
    ("ch", "m1", 2, {"": "nom", "a": "gen acc", "owi": "dat", "em": "inst", "u": "loc voc"}),
    ("ch", "f", 3, {"a": "nom", "y": "gen", "ę": "acc", "ą": "inst", "o": "voc"}),
    ("sz", "f", 3, {"e": "dat loc"}),
)

SURNAME_PARTICLES = frozenset({"von", "van", "de", "der", "den", "di", "da", "du", "del", "della", "la", "le", "al",
                               "el", "ibn", "bin", "ben", "zu", "dos", "das"})

# „Z Paniami Kowalskimi”, „Panom Mazurom”: the plural's cases besides the nominative „Panie”, „Panowie”.
PLURAL_HONORIFICS = frozenset({"pań", "paniom", "paniami", "paniach", "panów", "panom", "panami", "panach"})
# „ob.”, „Obywatel(ka)”: how a police note names a person it legitimised, cautioned or fined („Pouczono ob. Wróbla”).
CITIZEN = frozenset({"ob", "obyw", "obywatel", "obywatela", "obywatelowi", "obywatelem", "obywatelu", "obywatelka",
                     "obywatelki", "obywatelce", "obywatelkę", "obywatelką", "obywatelko"})
HONORIFICS = frozenset({"pan", "pana", "panu", "panem", "panie", "pani", "panią", "p", "pp", "państwo", "państwa",
                        "państwu", "państwem", *PLURAL_HONORIFICS,
                        "herr", "mr", "mrs"})  # the mine's foreign staff in notes („Herr Müller”, rev-pub20 15)
# „pp.”: „państwo” („Pp. Kurkowie”, rev-pub20 18)

# Police ranks: abbreviations (exact) and written out (declined). „asp. sztab.”, „st. sierż.”: every part a rank word.
# The abbreviations: every word of the ranks pismo writes (pismo.polish.RANKS), and ranks it only reads.
RANK_ABBREVIATIONS = frozenset({part.rstrip(".") for rank in RANKS for part in rank.split()}
                               | {"sztab", "gen"})
RANKS_WRITTEN = ("posterunkowy", "starszy", "młodszy", "sierżant", "sztabowy", "aspirant", "podkomisarz",
                 "komisarz", "nadkomisarz", "podinspektor", "inspektor", "nadinspektor", "generalny")
# Rank abbreviations that are a rank on their own, not only a part of one („st.” is also „starszy” anything).
# („bryg.”, „kpt.” are the fire brigade's and the army's: no police officer's.)
CORE_RANKS = frozenset({rank.rstrip(".") for rank in RANKS if " " not in rank})
# Words before a name that make it a police officer's („dzielnicowa Anna Nowak”, „policjant Jan Kowalski”).
OFFICER_WORDS = ("dzielnicowy", "dzielnicowa", "policjant", "policjantka", "funkcjonariusz", "funkcjonariuszka")
# Words of a participant's function that make them a police officer (a whole word, any case form).
POLICE_WORDS = ("dzielnicowy", "dzielnicowa", "policjant", "policjantka", "policja")
# (A „Komenda”, „Komisariat”, „funkcjonariusz” is also the fire brigade's or a guard's: the institution after
# the word tells.)
# Those person words in the nominative: the function's own head („dzielnicowy KPP”). In another case they name
# someone else, the participant's relative or neighbour („żona policjanta”, „sąsiadka dzielnicowego”).
POLICE_PERSON_NOMINATIVES = frozenset({"dzielnicowy", "dzielnicowa", "dzielnicowi", "policjant", "policjantka",
                                       "policjanci", "policjantki"})
# Unit abbreviations that only the police use; „KP”, „PP” are also clubs and firms („KP Górnik”).
POLICE_ABBREVIATIONS = frozenset({"kpp", "kmp", "kwp", "kgp", "ksp", "krp"})
# Another employer in a function: a participant so described is no police officer, whatever else it says.
# Civil servants carry „inspektor”, „podinspektor” as posts: „insp. Marta Zawadzka, Urząd Miejski” is no officer.
NOT_POLICE_WORDS = ("straż", "strażnik", "strażnicy", "strażniczka", "strażak", "strażacy", "wojsko", "żandarmeria", "ochrona", "ochroniarz",
                    "detektyw", "urząd", "starostwo", "gmina", "sanepid", "inspekcja", "inspektorat", "nadleśnictwo",
                    "spółdzielnia", "prokuratura", "sąd", "ośrodek", "więzienny", "więzienie", "areszt", "brygada",
                    "żołnierz", "terytorials")
NOT_POLICE_ABBREVIATIONS = frozenset({"sm", "sg", "osp", "psp", "kppsp", "kmpsp", "żw", "sop", "ssm", "ochr", "um",
                                      "ug", "umig", "mops", "gops", "ops", "pcpr", "sanepid", "psse", "wsse", "zgk",
                                      "pgk", "mpk", "kas", "witd"})
# Services written in capitals only: in lower case some are words („itd.”, „sw.”).
NOT_POLICE_CAPITALS = frozenset({"ITD", "GITD", "WIOŚ", "GIOŚ", "PINB", "WINB", "WOT", "SW", "SOP", "ABW", "CBA",
                                 "SKW", "IJHARS", "PIP", "PIS", "WIW", "PIW"})
# Police employees who are no officers: their names are private („pracownik cywilny KPP”, „kapelan KMP”).
CIVILIAN_WORDS = ("cywilny", "cywilna", "kapelan", "psycholog", "pracownik", "pracownica", "kierowca", "sprzątaczka",
                  "sprzątacz", "stażysta", "stażystka", "praktykant", "praktykantka", "sekretarka")
# Posts of a police unit: a function naming the unit is an officer's when it opens with one („Kierownik Rewiru
# KPP”), or with a rank, a police word or the unit itself; any other head („wolontariusz KPP”, „lekarz KPP”) may be
# the unit's civilian – then the rank before the name tells.
POLICE_POSTS = ("komendant", "komendantka", "zastępca", "zastępczyni", "naczelnik", "naczelniczka", "kierownik",
                "kierowniczka", "oficer", "dyżurny", "dyżurna", "asystent", "asystentka", "specjalista",
                "specjalistka", "ekspert", "ekspertka", "rzecznik", "rzeczniczka", "koordynator", "koordynatorka",
                "technik", "przewodnik", "wywiadowca", "dochodzeniowiec", "instruktor", "instruktorka")
# Words that make anyone a former officer, wherever they stand („policjant w stanie spoczynku”, „b. dzielnicowy”).
RETIRED_WORDS = ("emeryt", "emerytka", "emerytowany", "emerytowana", "były", "była", "spoczynek", "rencista",
                 "rencistka")
RETIRED_ABBREVIATIONS = frozenset({"b", "em"})
# Heads of an employer's name beyond INSTITUTION_WORDS: after „z/ze” or in brackets after a ranked name, such an
# office is the person's employer unless a police unit's words are in its name (POLICE_UNIT_STEMS).
EMPLOYER_NOUNS = ("kuratorium", "izba", "jednostka", "pułk", "batalion", "brygada", "garnizon", "las", "wodociągi",
                  "służba", "dyrekcja", "departament", "ministerstwo", "agencja", "fundusz", "instytut", "kasa",
                  "ratusz", "magistrat", "nadzór", "szpital", "przychodnia", "uczelnia", "towarzystwo", "delegatura",
                  "sekretariat", "schronisko", "muzeum", "teatr", "bank", "poczta", "zakład", "oddział", "dział",
                  "kolegium", "regionalna", "krajowa")
# Words of a police unit's own name („Wydział Ruchu Drogowego”, „Ogniwo Patrolowo-Interwencyjne”, „Zespół ds.
# Nieletnich”), matched at a word's start, and the abbreviations of police units.
POLICE_UNIT_STEMS = ("policj", "kryminal", "prewencj", "ruchu", "dochodzeniow", "śledcz", "patrolow", "interwencyj",
                     "dzielnicow", "nieletni", "konwojow", "wywiadow", "antyterroryst", "operacyjn", "ogniw", "rewir",
                     "komisariat", "posterun", "wewnętrzn", "policyjn", "kontrterroryst")
POLICE_UNIT_ABBREVIATIONS = frozenset({"kpp", "kmp", "kwp", "kgp", "ksp", "krp", "kp", "pp", "cbśp", "cbzc", "bswp",
                                       "opp", "spap", "boa", "csp", "wspol", "wrd", "opi", "pid", "spkp"})
# Cells of an office and of a police unit alike („Wydział Kadr”, „Zespół Prasowy”, „Izba Dziecka”): such a head
# noun makes another employer only with another service's words in the name (OTHER_SERVICE_STEMS, an office: „Wydział
# Komunikacji Starostwa”) or after a rank that is also an office's title (OFFICE_TITLE_RANKS: „insp. … z Wydziału”).
CELL_NOUNS = ("wydział", "zespół", "biuro", "referat", "sekcja", "dział", "izba", "jednostka", "oddział",
              "pododdział", "sztab", "ogniwo", "zarząd", "komórka", "grupa", "rewir")
OTHER_SERVICE_STEMS = ("wojsk", "skarbow", "celn", "karn", "więzien", "graniczn", "pożarn", "gaśnicz", "ratownic",
                       "szkół")
# Verbs by which an office sends, appoints or employs its own staff („Urząd Gminy delegował insp. …”): across
# such a verb the office is the employer of the person it acts on. Roots, anywhere in the verb („wydelegował”).
SENDING_VERB_ROOTS = ("deleg", "wysł", "wysył", "przysł", "przysył", "skierow", "kieruj", "zatrudni", "wyznacz",
                      "przydziel", "reprezent", "komender")
OFFICE_TITLE_RANKS = ("insp", "podinsp")  # „inspektor”, „podinspektor”: a civil servant's and a city guard's too
# Words after which an institution in a function is a partner, not the employer („ds. współpracy z Policją”).
PARTNER_WORDS = frozenset({"z", "ze", "przy", "dla", "do", "ds", "we", "wobec", "między", "na", "o", "od", "nszz",
                           "zgłosił", "zgłosiła", "zgłasza", "powiadomił", "powiadomiła", "zawiadomił",
                           "zawiadomiła"})
PARTNER_NOUNS = ("współpraca", "współdziałanie", "łącznik", "pełnomocnik", "rada", "program", "projekt", "akcja",
                 "kampania", "patrol", "partner",
                 # a relative or neighbour of an officer, a society for the police, a report made to it
                 "żona", "mąż", "matka", "ojciec", "syn", "córka", "brat", "siostra", "wdowa", "wdowiec", "sąsiad",
                 "sąsiadka", "mieszkaniec", "mieszkanka", "pokrzywdzony", "pokrzywdzona", "zgłaszający",
                 "zgłaszająca", "towarzystwo", "fundacja", "stowarzyszenie", "związek", "przyjaciel", "zgłoszenie",
                 "skarga", "wniosek", "kradzież")

# Words after which a name is a street's, a school's or a church's patron, not a person's.
PLACE_ABBREVIATIONS = frozenset({
    "ul", "al", "pl", "os", "im", "imienia", "pw", "lo", "sp", "zs", "zsp", "mok", "gok", "kul", "umcs",
})
PLACE_NOUNS = (
    "ulica", "ulice", "aleja", "alei", "plac", "osiedle", "rondo", "most", "park", "pomnik", "skwer", "szkoła",
    "liceum", "gimnazjum", "uniwersytet", "politechnika", "akademia", "szpital", "hospicjum", "stadion", "hala",
    "biblioteka", "parafia", "kościół", "kościele", "kaplica", "bazylika", "cmentarz", "rejon", "imienia", "patron",
    "patronka", "bulwar", "wybrzeże", "przedszkole", "żłobek", "fundacja",
    "memoriał", "puchar", "turniej", "pamięci",  # an event's patron: „Memoriał Kamili Skolimowskiej”, „o Puchar …”
)
# Institutions whose adjectives may stand between them and the patron („Liceum Ogólnokształcące Stefana Batorego”).
PLACE_INSTITUTIONS = ("szkoła", "liceum", "gimnazjum", "uniwersytet", "politechnika", "akademia", "szpital",
                      "przedszkole", "zespół")
# Titles of a patron: after them a name is a saint's, a king's or a general's.
PATRON_ABBREVIATIONS = frozenset({"św", "bł", "ks", "kard", "abp", "bp", "gen", "marsz", "mjr", "płk", "kpt", "por",
                                  "hetm", "o"})
PATRON_TITLES = ("święty", "święta", "błogosławiony", "błogosławiona", "ksiądz", "kardynał", "arcybiskup",
                 "biskup", "hetman", "król", "królowa", "królewna", "marszałek", "generał", "pułkownik", "major",
                 "kapitan", "porucznik", "prymas", "papież")
# Titles of a patron only after a place word („ul. Ojca Pio”, „parafia pw. Matki Bożej”): alone, „Matka Kacpra”
# is a child's mother and „Ojciec Jana Kowalskiego” a resident's father.
FAMILY_PATRON_TITLES = ("matka", "ojciec", "ojca", "brat", "siostra")  # „ojca”: the stem the mobile „e” hides
# Titles of a patron only after a place word („ul. prof. Jana”): alone, a doctor's name is a person's.
WEAK_PATRON_TITLES = frozenset({"prof", "dr", "doc", "inż", "mgr", "profesora", "doktora"})

# Capitalised words of functions and titles: never a part of a person's name.
TITLES = frozenset("""
    pan pani państwo dr doktor mgr inż prof ks ksiądz sołtys sołtyska radna radny radni przewodnicząca
    przewodniczący
    prezes prezeska burmistrz prezydent wójt starosta marszałek wojewoda rady rada osiedla osiedle gminy miasta
    powiatu zarządu zarząd wspólnoty wspólnota członek członkini dyrektor dyrektorka kierownik kierowniczka
    sekretarz skarbnik komendant komendanta straży miejskiej mieszkaniec mieszkanka mieszkańcy sąsiad sąsiadka
    właściciel właścicielka pedagog nauczyciel nauczycielka wychowawca wychowawczyni przedstawiciel
    przedstawicielka zastępca zastępczyni sędzia kurator kuratorka pracownik pracownica szkoły szkoła podstawowej
    podstawowa urzędu urząd miejskiego miejski stowarzyszenia fundacji koła gospodyń wiejskich
    ochotniczej
    osp policji administrator administratorka
    biskup arcybiskup kardynał prałat kanonik dziekan infułat
""".split())

# Nouns of a person's role: before a surname alone they make it a person's („sąsiad Lis”, „sołtysowi Kowalowi”).
ROLE_NOUNS = (
    "sąsiad", "sąsiadka", "właściciel", "właścicielka", "kierownik", "kierowniczka", "sołtys", "sołtyska", "radny",
    "radna", "prezes", "prezeska", "administrator", "administratorka", "mieszkanka", "przewodniczący",
    "przewodnicząca", "dyrektor", "dyrektorka", "sprzedawca", "sprzedawczyni", "zgłaszający", "zgłaszająca",
    "świadek", "najemca", "najemczyni", "opiekun", "opiekunka", "pracownik", "pracownica", "członek", "członkini",
    "gospodarz", "gospodyni", "dozorca", "woźny", "lokator", "lokatorka", "pokrzywdzony", "pokrzywdzona",
    "sprawca", "pedagog", "nauczyciel", "nauczycielka", "wychowawca", "wychowawczyni", "burmistrz", "wójt",
    "syn", "córka", "mąż", "żona", "brat", "siostra", "wnuk", "wnuczka", "kolega", "koleżanka", "znajomy", "znajoma",
    "teść", "teściowa", "zięć", "synowa", "szwagier", "szwagierka", "kuzyn", "kuzynka", "proboszcz", "kierowca",
    "wdowa", "wdowiec", "babcia", "dziadek", "sołtysowa", "panna", "rodzina", "małżeństwo",
)
# Car makes and shop or fuel chains: after a role noun they are the suspect car or the injured firm („Podejrzany
# Ford Mondeo”, „Poszkodowany Lidl”), not a person's surname.
BRANDS = frozenset("""
    ford opel fiat skoda škoda audi toyota renault volkswagen vw bmw mercedes peugeot citroen citroën seat kia hyundai
    nissan honda volvo dacia suzuki mitsubishi lexus porsche jeep tesla chevrolet lancia saab subaru iveco
    daewoo polonez lidl kaufland auchan carrefour tesco netto aldi żabka stokrotka dino lewiatan rossmann hebe pepco
    castorama ikea orlen lotos shell circle amic moya allegro olx inpost
""".split())
# A minor's family, named by its surname in the genitive („Matka Mazura zgłosiła”, „Partnerka Kozła”).
ROLE_NOUNS += (
    "matka", "ojciec", "ojczym", "macocha", "partner", "partnerka", "konkubent", "konkubina", "narzeczony",
    "narzeczona", "wujek", "wuj", "ciotka", "ciocia", "stryj", "stryjek", "pasierb", "pasierbica", "bratanek",
    "bratanica", "siostrzeniec", "siostrzenica", "prawnuk", "prawnuczka", "krewny", "krewna", "mama", "tata",
    "chłopak", "dziewczyna", "dziecko", "dzieciak", "rodzeństwo", "potomek", "bliźniak", "bliźniaczka", "niemowlę",
)
# Plural kin nouns: unlike other plural roles („Pracownicy Bogdanki”) a genitive after them is the family's
# surname („Rodzice Mazura”, „Dzieci Barana”).
KIN_PLURALS = frozenset("""
    rodzice rodziców rodzicom rodzicami rodzicach dzieci dzieciom dziećmi dzieciach synowie synów synom synami
    córki córek córkom córkami bracia braci braciom braćmi siostry sióstr siostrom siostrami wnuki wnuków wnukowie
    wnuczki wnuczek dziadkowie dziadków teściowie teściów krewni krewnych
    dzieciaki dzieciaków dzieciakom dzieciakami dzieciakach bachory bachorów smarkacze smarkaczy
""".split())
# The persons of a case, the most sensitive of a plan: minors, pupils, suspects, the detained, the injured.
ROLE_NOUNS += (
    "nieletni", "nieletnia", "małoletni", "małoletnia", "uczeń", "uczennica", "wychowanek", "wychowanka",
    "podopieczny", "podopieczna", "podejrzany", "podejrzana", "zatrzymany", "zatrzymana", "oskarżony", "oskarżona",
    "obwiniony", "obwiniona", "skazany", "skazana", "sprawczyni", "poszkodowany", "poszkodowana", "bezdomny",
    "bezdomna", "pijany", "pijana", "nietrzeźwy", "nietrzeźwa", "awanturnik", "awanturnica", "rowerzysta",
    "rowerzystka", "motocyklista", "motocyklistka", "pieszy", "piesza", "pasażer", "pasażerka", "ratownik",
    "ratowniczka", "konserwator", "konserwatorka", "emeryt", "emerytka", "rencista", "rencistka",
)
# Professions and offices a private person is named by: a title before a surname makes it more surely a person's
# („Kurator Kowalska”, „Ksiądz Mazur”, „Mecenas Baran”); a patron after „ks.” is in the genitive (_patron_case).
ROLE_NOUNS += (
    "ksiądz", "kurator", "kuratorka", "sędzia", "biegły", "biegła", "mecenas", "adwokat", "adwokatka", "radca",
    "komornik", "notariusz", "notariuszka", "lekarz", "lekarka", "doktor", "doktorka", "prokurator",
    "prokuratorka", "psycholog", "terapeuta", "terapeutka", "pielęgniarz", "pielęgniarka", "położna", "listonosz",
    "katecheta", "katechetka", "wikariusz", "wikary", "zakonnica", "zakonnik", "diakon", "pastor", "trener",
    "trenerka", "weterynarz", "pacjent", "pacjentka", "petent", "petentka", "klient", "klientka", "interesant",
    "interesantka", "biskup", "arcybiskup", "kardynał", "prałat", "kanonik", "dziekan", "infułat",
)
# Their abbreviations, with the dot („ks. Kowalski”, „mec. Baran”) – „dr” is written without one („dr Mazur”).
ROLE_ABBREVIATIONS = frozenset({"ks", "dr", "mec", "lek", "prok", "mgr", "inż", "prof"})  # „mgr inż. Wróbel” (rev-pub19 15)
# Nouns of a business or a place: the capitalised word after one is its name („w sklepie Dino”, „bar Kasia”),
# no person's, unless a role stands before („właściciel sklepu Wiśniewski”).
BUSINESS_NOUNS = (
    "sklep", "market", "supermarket", "dyskont", "stacja", "apteka", "bar", "pub", "lokal", "restauracja", "pizzeria",
    "kawiarnia", "hurtownia", "firma", "salon", "hotel", "pensjonat", "klub", "kino", "galeria", "piekarnia",
    "cukiernia", "kwiaciarnia", "warsztat", "zakład", "drogeria", "kiosk", "pawilon", "punkt", "marka", "sieć",
    "spółka", "agencja", "biuro", "siłownia", "świetlica", "klubokawiarnia", "kopalnia",
    # a craft's workshop („Kuźnia „Kowal””, rev-pub20 7)
    "kuźnia", "pracownia", "stolarnia", "ślusarnia", "masarnia", "wędliniarnia", "drukarnia", "pralnia", "myjnia",
    "tartak", "szwalnia", "księgarnia", "lodziarnia", "smażalnia", "wytwórnia", "przetwórnia",
)
ROLE_IRREGULAR = frozenset({"ucznia", "uczniowi", "uczniem", "uczniu", "sąsiedzi", "sąsiadów", "sąsiadom", "mieszkaniec", "mieszkańca", "mieszkańcowi", "mieszkańcem", "mieszkańcu", "p", "pp", "pan",
                            "pani", "panu", "pana", "panem", "panią", "państwo", "państwa", "państwu", "państwem",
                            # „a certain”: said only before a person's name (rev-pub18 14; „jakiś”: rev-pub19 18)
                            "niejaki", "niejaka", "niejakiego", "niejakiej", "niejakiemu", "niejakim", "niejaką",
                            "jakiś", "jakaś", "jakiegoś", "jakiejś", "jakiemuś", "jakimś", "jakąś"})

# Capitalised words after a name that make a place or a ruler, not a person („Janów Lubelski”, „Kazimierz Dolny”).
NOT_SURNAMES = """
    dolny górny wielki mały duży nowy stary chrobry śmiały łokietek krzywousty sobieski jagiellończyk zdrój
    lubelski mazowiecki podlaski kujawski łódzki wielkopolski śląski pomorski małopolski podkarpacki
    świętokrzyski warmiński mazurski zachodniopomorski opolski dolnośląski lubuski trybunalski gdański
    pierwszy drugi trzeci średni dolna
""".split()

# Surnames that are ordinary words: alone, with no first name, honorific or role before it, they stay
# („Dobra współpraca”, „na Mazury”, „Góry Sowie”, „Wilki Łęczna”).
ORDINARY_WORDS = """
    dobry mały biały czarny cichy wesoły młody stary nowy długi krótki wysoki niski gruby chudy słaby mocny
    prosty lewy prawy jasny ciemny zielony szary rudy siwy łysy głuchy ślepy krzywy
    wilk kowal sowa lis zając mazur mazury kos kot wróbel bąk dudek kozieł szpak sroka gawron sokół orzeł baran byk kruk lew dąb gołąb mróz król kamień
    góra woda las pole kozioł koza wrona kawka sikora jastrząb szczygieł gil czyż zięba słowik bocian czapla łabędź
    kaczka gęś kogut kura ryba szczupak karp węgorz sum lin okoń pstrąg rak żaba mucha pszczoła komar
    młynarz piekarz rybak kucharz krawiec szewc stolarz cieśla bednarz kołodziej
    zima lato wiosna jesień burza grad deszcz śnieg wiatr słońce księżyc gwiazda
    dobra mała biała czarna cicha sowie góry wilki kowale
""".split()

# Words of an institution: a person field („odpowiedzialny”) holding one names no person.
INSTITUTION_WORDS = (
    "rada", "urząd", "zarząd", "wspólnota", "komenda", "komisariat", "posterunek", "straż", "szkoła", "spółdzielnia",
    "fundacja", "stowarzyszenie", "ośrodek", "referat", "wydział", "sklep", "firma", "spółka", "parafia", "gmina",
    "miasto", "powiat", "koło", "klub", "zakład", "przedsiębiorstwo", "biblioteka", "centrum", "dom", "policja",
    "administracja", "zespół", "rewir", "ogniwo", "sekcja", "dział", "biuro", "kancelaria", "przedszkole",
    "nadleśnictwo", "pogotowie", "inspektorat", "inspekcja", "starostwo", "sąd", "prokuratura", "poradnia",
)
INSTITUTION_ABBREVIATIONS = frozenset({"ops", "mops", "gops", "osp", "psp", "sm", "kmp", "kpp", "kp", "pp", "sp",
                                       "zs", "lo", "ug", "um", "sanepid", "pcpr", "mok", "gok", "zgk", "pgk", "mpk"})

# Offices and roles (lemmas): capitalised after „Pani/Pan” out of respect („Pani Burmistrz”, „Pan Sołtys”), no
# name, though the dictionary knows „Burmistrz” and „Sołtys” as surnames too.
OFFICES = frozenset("""
    burmistrz wiceburmistrz wójt wicewójt starosta wicestarosta prezydent wiceprezydent sołtys sołtyska dyrektor
    dyrektorka kierownik kierowniczka prezes prezeska wiceprezes komendant komendantka naczelnik naczelniczka
    przewodniczący przewodnicząca radny radna marszałek wojewoda poseł posłanka senator minister rzecznik inspektor
    pedagog doktor profesor mecenas sędzia prokurator kurator kuratorka ksiądz proboszcz skarbnik sekretarz
    zastępca zastępczyni pełnomocnik koordynator koordynatorka dzielnicowy dzielnicowa mieszkaniec mieszkanka
    sąsiad sąsiadka administrator administratorka wychowawca wychowawczyni nauczyciel nauczycielka pracownik
    pracownica członek członkini lekarz lekarka magister inżynier policjant policjantka strażnik aspirant
    sierżant komisarz posterunkowy prezydentka
""".split())

# Verbs of what a person says or does in a plan's texts: a surname that is also an ordinary word („Kowal”,
# „Sowa”) is a person's when it is the subject of one („Kowal zgłosił”, „Sowa poinformowała”), not otherwise
# („Kowal wykonał ogrodzenie”, „Wilk widziany w lesie”).
# The types of files a plan names („zdjecia_festyn.jpg”, „JadwigaRutkowska.png”).
FILE_TYPES = frozenset("pdf doc docx odt txt rtf xls xlsx ods csv jpg jpeg png gif heic mp3 mp4 mov avi zip".split())

PERSON_VERBS = frozenset("""
    zgłosić zgłaszać poinformować informować prosić poprosić skarżyć poskarżyć powiedzieć mówić przekazać
    przekazywać podać zawiadomić wskazać wskazywać zauważyć twierdzić oświadczyć zeznać wnieść wnosić
    zaproponować proponować zapytać pytać zwrócić zadzwonić dzwonić przyjść uczestniczyć podziękować złożyć
    napisać pisać poprzeć popierać potwierdzić zgodzić zaprosić mieszkać opowiedzieć zaobserwować interweniować
    domagać żądać sprzeciwić sprzeciwiać podpisać oczekiwać uważać stwierdzić przedstawić
    omówić przeprowadzić prowadzić zrelacjonować poruszyć podnieść zasugerować zadeklarować zobowiązać dokonać
    widzieć zobaczyć słyszeć usłyszeć otrzymać dostać
    krzyczeć krzyknąć wołać zawołać wrzasnąć wrzeszczeć
""".split())  # „„Złodziej!” – krzyczał Wróbel”: who shouted (rev-pub18 20)

# Verbs whose subject is a place, a plant or a thing („Kalina i Pola leżą w gminie”, „Jagoda i Malina rosną”): a
# list of first names that are words or places too is no persons' before them (pismo.publication.names).
THING_VERBS = frozenset("""
    rosnąć wyrosnąć kwitnąć zakwitnąć dojrzewać pachnieć leżeć płynąć wisieć graniczyć sąsiadować należeć liczyć
    znajdować tworzyć wchodzić słynąć
""".split())

# A slug's or a file name's words without Polish letters (rev-pub19 6): reporting verbs by their stems („sowa-
# zglosila-kradziez”) and a statement's nouns („relacja_Kurka.pdf”, „SOWA_ZGLOSZENIE.PDF”) – a surname beside one is
# the person who reported or stated.
ASCII_REPORTING_STEMS = ("zglos", "zglasz", "powiadom", "poinform", "zezna", "poskarz", "donio", "donosi", "wezwal")
ASCII_STATEMENT_NOUNS = frozenset("""relacja relacji zgloszenie zgloszenia zeznanie zeznania notatka notatki skarga
    skargi oswiadczenie oswiadczenia wyjasnienia wyjasnienie""".split())

# Seasons and months (lemmas): time, though surnames too („Zima przyszła wcześnie”, „Zimą było spokojnie”); a season
# comes and goes (SEASON_VERBS) – it reports nothing („Zima zgłosił” is a man).
TIME_NOUNS = frozenset("""zima wiosna lato jesień styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień
    październik listopad grudzień""".split())
# Days of the week (lemmas): counts by the day („Liczba zgłoszeń: piątek – 4, sobota – 6”), though surnames too.
WEEKDAYS = frozenset("poniedziałek wtorek środa czwartek piątek sobota niedziela weekend".split())
SEASON_VERBS = frozenset("przyjść przychodzić nadejść nadchodzić minąć mijać zacząć zaczynać skończyć kończyć".split())

# Roots of verbs of reporting, telling and calling, anywhere in the infinitive, so a prefix or an aspect pair is one
# („wezwał”, „wzywa”, „doniósł”, „donosi”, „wyjaśnił”, „relacjonował”, „zameldował”): the word list misses families.
PERSON_VERB_ROOTS = ("wezw", "wzyw", "relacjon", "alarm", "sygnaliz", "wniosk", "wyjaśni", "donieś", "donos", "ujawni",
                     "nagra", "nagryw", "rozpozna", "powiadom", "powiadam", "zawiad", "zezna", "oskarż", "ostrzeg",
                     "ostrzec", "zaprzecz", "przyzna", "grozi", "odpowiedz", "odpowiad", "raport", "meldow", "zgłos", "zgłasz",
                     "skarż", "twierdz", "informow", "opowi", "opowiad", "dzwoni")
# Abbreviations of laws and documents, capitalised at a sentence's start („Art. 51 § 1 kw”): no surname there,
# though the dictionary reads some as one („Art”).
TEXT_ABBREVIATIONS = frozenset("""art ust pkt par poz dz lit zał tj np godz nr str rozdz sygn zob por tab rys
    kw kk kpk kpw kc kpa rodo rej ur""".split())  # „Ur. 12.03.1985”: born

# Offices named by the adjective of their county or voivodeship („Starosta Łęczyński”, „Wojewoda Lubelski”,
# „Marszałek Województwa Lubelskiego”): the adjective there is the office's, no surname (rev-pub18 9).
TERRITORIAL_OFFICES = frozenset("""starosta wicestarosta wojewoda wicewojewoda marszałek wicemarszałek kurator
    konserwator""".split())
# The voivodeships' adjectives (a closed list); a county's is told by the unit's places (pismo.publication.names).
VOIVODESHIP_ADJECTIVES = frozenset("""dolnośląski kujawsko-pomorski lubelski lubuski łódzki małopolski mazowiecki
    opolski podkarpacki podlaski pomorski śląski świętokrzyski warmińsko-mazurski wielkopolski
    zachodniopomorski""".split())
