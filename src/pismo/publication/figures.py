"""Public and sacred figures a plan names as themselves, not as private persons: the subject of a mural, a concert,
an anniversary, a church's dedication („Mural z wizerunkiem Witolda Pileckiego”, „Parafia pw. Najświętszego Serca
Pana Jezusa”, „figurka Matki Boskiej”). Patrons after „ul.”, „im.”, „pomnik” stay by pismo.publication.names'
patron rules already; these stay anywhere unless „Pan/Pani” or a role tells of a resident of that name."""

from __future__ import annotations

# Sacred names, each word a name of its own („Pana Jezusa”, „Jezusa Chrystusa”, „Matki Boskiej”, „Maryi”).
SACRED = ("Jezus", "Chrystus", "Maryja", "Maryi", "Maryję", "Boska")

# Historical and national figures, first name and surname in the nominative – none whose name is a common one
# („Jan Dąbrowski”, „Faustyna Kowalska”): a name in the nominative is a resident's still (pismo.publication.names).
FIGURES = tuple(tuple(name.split("_")) for name in """
    Józef_Piłsudski Witold_Pilecki Irena_Sendlerowa Maria_Konopnicka Fryderyk_Chopin Mikołaj_Kopernik
    Henryk_Sienkiewicz Adam_Mickiewicz Juliusz_Słowacki Tadeusz_Kościuszko Stefan_Wyszyński Jerzy_Popiełuszko
    Maria_Skłodowska-Curie Bolesław_Prus Władysław_Reymont Stefan_Żeromski Cyprian_Norwid Jan_Kochanowski
    Stanisław_Moniuszko Jan_Matejko Maksymilian_Kolbe Janusz_Korczak Wincenty_Witos Roman_Dmowski
    Ignacy_Paderewski Jan_Sobieski Romuald_Traugutt Jan_Kiliński Kazimierz_Pułaski Józef_Bem Władysław_Anders
    Władysław_Sikorski Wisława_Szymborska Czesław_Miłosz Zbigniew_Herbert Aleksander_Fredro Eliza_Orzeszkowa
    Józef_Kraszewski Stanisław_Staszic Hugo_Kołłątaj Józef_Wybicki Józef_Poniatowski
    Emilia_Plater Krzysztof_Baczyński Stanisław_Wyspiański Karol_Szymanowski Józef_Haller Wojciech_Korfanty
    Ignacy_Łukasiewicz Kazimierz_Wielki Władysław_Jagiełło Stefan_Batory Karol_Wojtyła
    Danuta_Siedzikówna Inka_Siedzikówna Zygmunt_Szendzielarz Łukasz_Ciepliński
    Lech_Wałęsa Anna_Walentynowicz Jacek_Kuroń Ignacy_Daszyński Marek_Edelman Jan_Karski Julian_Tuwim
    Marek_Hłasko Władysław_Broniewski Róża_Luksemburg Jan_Brzechwa Kornel_Makuszyński Gustaw_Morcinek
    Melchior_Wańkowicz Albert_Chmielowski Leopold_Staff Bolesław_Leśmian
""".split())

# Dynasties, whose plural is a family's form („Rządzili Piastowie i Jagiellonowie”): history, not a family next door.
DYNASTIES = ("Piastowie", "Jagiellonowie", "Wazowie", "Sasowie", "Habsburgowie", "Romanowowie", "Burbonowie",
             "Tudorowie", "Hohenzollernowie", "Wettynowie", "Piastów", "Jagiellonów", "Wazów", "Habsburgów",
             "Piastami", "Jagiellonami", "Wazami", "Habsburgami", "Piastach", "Jagiellonach")

# Religious orders, whose plural reads as a family's („ogród Karmelitów”, „kościół Bernardynów”).
ORDERS = ("Karmelici", "Karmelitów", "Karmelitami", "Franciszkanie", "Franciszkanów", "Dominikanie", "Dominikanów",
          "Jezuici", "Jezuitów", "Bernardyni", "Bernardynów", "Kapucyni", "Kapucynów", "Benedyktyni", "Benedyktynów",
          "Cystersi", "Cystersów", "Paulini", "Paulinów", "Pijarzy", "Pijarów", "Pallotyni", "Pallotynów",
          "Salezjanie", "Salezjanów", "Redemptoryści", "Redemptorystów", "Werbiści", "Werbistów", "Marianie",
          "Marianów", "Bonifratrzy", "Bonifratrów", "Kameduli", "Kamedułów", "Norbertanie", "Norbertanów",
          "Augustianie", "Augustianów", "Trapiści", "Trapistów", "Misjonarze", "Misjonarzy")

# Peoples whose plural reads as a family's („Dom Kurpiów”, „konflikt z Niemcami”) – not those that are common
# surnames too („Mazurów”, „Polaków”, „Kaszubów”): a family of that name goes.
PEOPLES = ("Kurpie", "Kurpiów", "Kurpiami", "Łemkowie", "Łemków", "Łemkami", "Hucułów", "Hucułami", "Bojków",
           "Romów", "Romami", "Cyganów", "Cyganami", "Niemców", "Niemcami", "Rosjan", "Rosjanami", "Czechów",
           "Czechami", "Słowaków", "Słowakami", "Węgrów", "Węgrami", "Ukraińców", "Ukraińcami", "Białorusinów",
           "Białorusinami", "Litwinów", "Litwinami", "Ślązaków", "Ślązakami", "Ormian", "Ormianami", "Tatarów",
           "Tatarami", "Żydów", "Żydami")

# Football clubs known by one word, a first name, a surname or a river's too („Lech”, „Wisła”, „Legia”): after a
# match's or a club's word („Mecz Wisły z Lechem”, „kibice Lecha i Legii”) a team, not a person.
CLUBS = ("Lech", "Wisła", "Legia", "Śląsk", "Lechia", "Jagiellonia", "Pogoń", "Górnik", "Zagłębie", "Widzew",
         "Korona", "Arka", "Cracovia", "Polonia", "Ruch", "Warta", "Stal", "Motor", "Odra", "Raków", "Piast",
         "Resovia", "Stomil", "Olimpia", "Zawisza", "Hutnik", "Sandecja", "Chrobry", "Unia")
# The towns of those clubs, undeclined after the club's name („Kibic Legii Warszawa”, „Kibic Lecha Poznań”): after
# a fan's noun and a club in a case, any other capitalised word is the fan's name („Kibic Legii Kowal”).
CLUB_TOWNS = ("Poznań", "Kraków", "Warszawa", "Wrocław", "Gdańsk", "Białystok", "Szczecin", "Zabrze", "Lubin",
              "Sosnowiec", "Łódź", "Kielce", "Gdynia", "Chorzów", "Bytom", "Łęczna", "Częstochowa", "Gliwice",
              "Rzeszów", "Mielec", "Lublin", "Opole", "Olsztyn", "Grudziądz", "Elbląg", "Bydgoszcz", "Głogów",
              "Leszno", "Nowy Sącz", "Stalowa Wola")
