"""Helpers to write the gold files of the Ukrainian/Russian test corpus.

Standard library only.  The build scripts (tune/build_gold.py, heldout/build_gold.py)
describe each article's events compactly with these helpers; the helpers expand
actor and place keys into the canonical English names and alias lists that the
gold format of /work/shared/eval/gold uses, and write one JSON file per article.

Aliases are lower case and list the forms that actually occur in the articles
(Ukrainian and Russian case forms included) plus the usual English/Latin spellings.
"""
from __future__ import annotations

import json
import os
from typing import Any

# ---------------------------------------------------------------- actors ----
ACTORS: dict[str, tuple[str, list[str]]] = {
    "russia": ("Russia", [
        "russia", "russian", "russian federation", "russian forces", "russian armed forces",
        "russian army", "russian troops", "russian military", "rf", "rossiya", "rosiia",
        "росія", "росії", "росію", "россия", "россии", "россию", "рф", "російська федерація",
        "російські війська", "російська армія", "війська рф", "ворог", "противник",
        "окупанти", "москва", "москву", "москві", "москве", "российская сторона",
        "російська сторона"]),
    "ukraine": ("Ukraine", [
        "ukraine", "ukrainian", "ukraina", "україна", "україни", "україну", "украина",
        "украины", "украину", "украине", "київ", "києва", "киев", "киева", "киеве", "kyiv",
        "kiev", "киевский режим", "всу", "зсу", "вооруженные силы украины",
        "збройні сили україни", "ukrainian armed forces", "українська сторона",
        "украинская сторона"]),
    "ua_air_force": ("Ukrainian Air Force", [
        "ukrainian air force", "air force", "air force of ukraine", "povitriani syly",
        "pvs zsu", "повітряні сили", "повітряні сили зсу", "повітряних сил",
        "повітряних силах", "командування повітряних сил", "командування"]),
    "ua_defence": ("Ukrainian Defence Forces", [
        "ukrainian defence forces", "ukrainian defense forces", "ukrainian air defence",
        "ukrainian air defense", "air defence of ukraine", "сили оборони",
        "сили оборони україни", "ппо", "протиповітряна оборона", "засоби реб",
        "авіація", "зенітні ракетні війська", "мобільні вогневі групи", "підрозділи реб"]),
    "ru_mod": ("Ministry of Defence of Russia", [
        "ministry of defence of russia", "russian ministry of defence",
        "russian ministry of defense", "russian defence ministry", "russian defense ministry",
        "defence ministry", "defense ministry", "russian mod", "mod", "minoborony",
        "минобороны", "минобороны россии", "министерство обороны", "министерстве обороны россии",
        "министерство обороны россии", "военное ведомство", "ведомство", "военные",
        "министерство обороны рф", "министерстве обороны рф", "военного ведомства", "военном ведомстве",
        "міноборони рф", "міністерство оборони рф", "міністерстві оборони рф",
        "російське відомство"]),
    "ru_ad": ("Russian air defence", [
        "russian air defence", "russian air defense", "air defence", "air defense", "pvo",
        "пво", "средства пво", "дежурные средства пво", "дежурными средствами пво",
        "панцирь-с", "средства радиоэлектронной борьбы", "средства рэб", "рэб"]),
    "zelensky": ("Volodymyr Zelensky", [
        "zelensky", "zelenskyy", "zelenskyi", "volodymyr zelensky", "зеленський",
        "володимир зеленський", "зеленського", "зеленский", "владимир зеленский",
        "президент україни", "президент володимир зеленський", "president of ukraine"]),
    "putin": ("Vladimir Putin", [
        "putin", "vladimir putin", "путін", "путіна", "путіним", "володимир путін",
        "володимиром путіним", "путин", "путина", "владимир путин", "президент россии",
        "президент рф", "russian president"]),
    "trump": ("Donald Trump", [
        "trump", "donald trump", "president trump", "us president", "трамп", "трампа",
        "трампом", "дональд трамп", "дональдом трампом", "президент сша",
        "американский президент", "американского президента"]),
    "biden": ("Joe Biden", ["biden", "joe biden", "байден", "джо байден", "байдену"]),
    "sobyanin": ("Sergei Sobyanin", [
        "sobyanin", "sergei sobyanin", "sergey sobyanin", "mayor of moscow", "собянин",
        "сергей собянин", "мэр москвы", "собянін"]),
    "gladkov": ("Vyacheslav Gladkov", [
        "gladkov", "vyacheslav gladkov", "belgorod governor", "гладков",
        "вячеслав гладков", "губернатор белгородской области", "гладков"]),
    "bogomaz": ("Alexander Bogomaz", [
        "bogomaz", "alexander bogomaz", "aleksandr bogomaz", "bryansk governor", "богомаз",
        "александр богомаз", "губернатор брянской области"]),
    "vorobyov": ("Andrei Vorobyov", [
        "vorobyov", "vorobiev", "andrei vorobyov", "andrey vorobyov", "moscow oblast governor",
        "воробьёв", "воробьев", "андрей воробьёв", "андрей воробьев", "губернатор подмосковья",
        "глава региона"]),
    "kobzev": ("Igor Kobzev", [
        "kobzev", "igor kobzev", "irkutsk governor", "кобзев", "игорь кобзев",
        "губернатор иркутской области"]),
    "minnikhanov": ("Rustam Minnikhanov", [
        "minnikhanov", "rustam minnikhanov", "head of tatarstan", "минниханов",
        "рустам минниханов", "раис республики", "раис татарстана"]),
    "tatarstan_gov": ("Government of Tatarstan", [
        "government of tatarstan", "tatarstan authorities", "власти татарстана",
        "местные власти", "местных властей"]),
    "rosaviatsia": ("Rosaviatsia", [
        "rosaviatsia", "rosaviatsiya", "federal air transport agency", "росавиация",
        "росавіація"]),
    "sbu": ("Security Service of Ukraine", [
        "security service of ukraine", "sbu", "сбу", "служба безпеки україни",
        "служба безпеки", "відомство", "відомства", "джерела в сбу", "украинская служба безопасности"]),
    "maliuk": ("Vasyl Maliuk", ["maliuk", "malyuk", "vasyl maliuk", "малюк", "василь малюк",
                                "голова сбу"]),
    "kyivstar": ("Kyivstar", ["kyivstar", "kievstar", "київстар", "«київстар»", "оператор",
                              "оператора", "компанія", "компанії"]),
    "komarov": ("Oleksandr Komarov", [
        "komarov", "oleksandr komarov", "kyivstar ceo", "комаров", "олександр комаров",
        "голова правління компанії"]),
    "solntsepyok": ("Solntsepyok", [
        "solntsepyok", "solntsepek", "solntsepiok", "солнцепек", "солнцепёк",
        "«солнцепек»", "хакерське угруповання", "угруповання"]),
    "ru_special_services": ("Russian special services", [
        "russian special services", "russian intelligence", "російські спецслужби",
        "російських спецслужб", "спецслужби рф"]),
    "umerov": ("Rustem Umerov", [
        "umerov", "rustem umerov", "умєров", "рустем умєров", "умеров", "рустем умеров",
        "міністр оборони", "министр обороны украины"]),
    "medinsky": ("Vladimir Medinsky", [
        "medinsky", "medinskiy", "vladimir medinsky", "мединський", "володимир мединський",
        "мединский", "владимир мединский", "помощник президента", "помічник президента рф"]),
    "fidan": ("Hakan Fidan", ["fidan", "hakan fidan", "фідан", "хакан фідан", "фидан",
                              "хакан фидан"]),
    "turkey": ("Turkey", ["turkey", "turkiye", "туреччина", "туреччини", "турция", "турции"]),
    "ua_delegation": ("Ukrainian delegation", [
        "ukrainian delegation", "українська делегація", "українську делегацію",
        "украинская делегация", "украинскую сторону", "украинской делегации"]),
    "ru_delegation": ("Russian delegation", [
        "russian delegation", "російська делегація", "російську", "российская делегация",
        "российскую делегацию", "российской"]),
    "ua_delegation_source": ("source in the Ukrainian delegation", [
        "source in the ukrainian delegation", "джерело в українській делегації", "джерело"]),
    "reuters": ("Reuters", ["reuters", "рейтер", "агентство reuters"]),
    "eu": ("European Union", [
        "european union", "eu", "єс", "євросоюз", "рада єс", "брюссель", "брюсселі",
        "евросоюз", "ес", "брюссель", "council of the eu"]),
    "kallas": ("Kaja Kallas", ["kallas", "kaja kallas", "каллас", "кая каллас",
                               "верховна представниця єс"]),
    "uk_gb": ("United Kingdom", ["united kingdom", "uk", "britain", "велика британія",
                                 "великобритания", "британія"]),
    "sybiha": ("Andrii Sybiha", ["sybiha", "andrii sybiha", "сибіга", "андрій сибіга",
                                 "міністр закордонних справ україни"]),
    "us": ("United States", ["united states", "us", "usa", "сша", "вашингтон", "вашингтоні",
                             "америка"]),
    "us_congress": ("United States Congress", [
        "us congress", "congress", "конгрес", "конгресу", "сенат", "палата представників",
        "us senate", "house of representatives"]),
    "pentagon": ("Pentagon", ["pentagon", "us department of defense", "пентагон"]),
    "kremlin": ("Kremlin", ["kremlin", "кремль", "кремлі", "кремле", "кремлем", "кремля",
                            "прес-служба кремля", "прес-служби"]),
    "peskov": ("Dmitry Peskov", ["peskov", "dmitry peskov", "dmytro peskov", "пєсков",
                                 "дмитро пєсков", "песков", "дмитрий песков",
                                 "пресс-секретарь президента", "речник кремля"]),
    "podolyak": ("Mykhailo Podolyak", ["podolyak", "podoliak", "mykhailo podolyak", "подоляк",
                                       "михайло подоляк", "михаил подоляк"]),
    "medvedev": ("Dmitry Medvedev", ["medvedev", "dmitry medvedev", "медведєв",
                                     "дмитро медведєв", "медведев", "дмитрий медведев"]),
    "svyrydenko": ("Yulia Svyrydenko", ["svyrydenko", "yulia svyrydenko", "свириденко",
                                        "юлія свириденко", "віцепрем'єр-міністерка"]),
    "ukrzaliznytsia": ("Ukrzaliznytsia", ["ukrzaliznytsia", "ukrainian railways", "укрзалізниця",
                                          "«укрзалізниця»", "укрзалізниці", "перевізник",
                                          "компанія", "компанії", "залізниця"]),
    "dsns": ("State Emergency Service of Ukraine", ["state emergency service of ukraine",
                                                    "sesu", "dsns", "дснс"]),
    "ua_moh": ("Ministry of Health of Ukraine", ["ministry of health of ukraine",
                                                 "міністерство охорони здоров'я", "міністерства охорони здоров'я", "моз"]),
    "un_hrmmu": ("UN Human Rights Monitoring Mission in Ukraine", [
        "un human rights monitoring mission in ukraine", "hrmmu", "un monitoring mission",
        "моніторингова місія оон з прав людини", "моніторингова місія оон"]),
    "unsc": ("UN Security Council", ["un security council", "unsc", "security council",
                                     "рада безпеки оон", "ради безпеки оон",
                                     "совет безопасности оон", "совета безопасности оон", "совбез оон"]),
    "bunechko": ("Vitalii Bunechko", ["bunechko", "vitalii bunechko", "бунечко",
                                      "віталій бунечко", "начальник житомирської ова"]),
    "kyiv_ova": ("Kyiv Oblast Military Administration", [
        "kyiv oblast military administration", "kyiv ova", "ова", "київська ова"]),
    "civilians": ("civilians", ["civilians", "цивільні", "цивільних", "містян", "мирних жителів", "мирні жителі", "жителі", "жители",
                                "мирное население", "пасажири", "пассажиры"]),
    "children": ("children", ["children", "діти", "дітей", "дети", "детей"]),
    "okhmatdyt": ("Okhmatdyt children's hospital", [
        "okhmatdyt", "okhmatdyt hospital", "охматдит", "«охматдит»", "«охматдиті»", "охматдиті",
        "дитяча лікарня", "лікарня", "лікарні", "національна дитяча спеціалізована лікарня"]),
    "ru_strategic_aviation": ("Russian strategic aviation", [
        "russian strategic aviation", "strategic bombers", "стратегічна авіація",
        "стратегічної авіації", "ту-95", "ту-22м3", "а-50", "авиационная техника",
        "авіатехніка", "авіатехніки", "авиационной техники", "літаки", "літак"]),
    "sk": ("Investigative Committee of Russia", ["investigative committee of russia",
                                                 "investigative committee", "sledstvenny komitet",
                                                 "следственный комитет", "ск"]),
    "mzd": ("Moscow Railway", ["moscow railway", "mzd", "московская железная дорога",
                               "московской железной дороге", "мжд"]),
    "rutte": ("Mark Rutte", ["rutte", "mark rutte", "рютте", "марк рютте", "генсек нато"]),
    "nato": ("NATO", ["nato", "нато"]),
    "european_allies": ("European allies", ["european allies", "европейские союзники",
                                            "європейські союзники"]),
    "ryabkov": ("Sergei Ryabkov", ["ryabkov", "sergei ryabkov", "рябков", "сергей рябков",
                                   "замглавы мид"]),
    "aeroflot": ("Aeroflot", ["aeroflot", "аэрофлот", "«аэрофлот»", "«аэрофлота»", "аэрофлота",
                              "авиакомпания", "перевозчика"]),
    "silent_crow": ("Silent Crow", ["silent crow", "сайлент кроу"]),
    "cyberpartisans": ("Belarusian Cyber Partisans", [
        "belarusian cyber partisans", "cyber partisans", "cyberpartisans", "киберпартизаны",
        "киберпартизаны by", "«киберпартизаны by»", "кіберпартизани"]),
    "genprok": ("Prosecutor General's Office of Russia", [
        "prosecutor general's office of russia", "prosecutor general's office",
        "генеральная прокуратура", "генпрокуратура", "прокуратура"]),
    "slovakia": ("Slovakia", ["slovakia", "словакия", "словаччина"]),
    "nayara": ("Nayara Energy", ["nayara", "nayara energy", "нпз nayara", "индийский нпз nayara"]),
    "rosneft": ("Rosneft", ["rosneft", "роснефть", "«роснефти»", "роснефти", "роснафта"]),
    "mobile_operators": ("mobile operators", ["mobile operators", "операторы", "операторы связи",
                                              "оператори"]),
    "moscow_residents": ("Moscow residents", ["moscow residents", "москвичи", "жители москвы"]),
    "ua_pows": ("Ukrainian prisoners of war", [
        "ukrainian prisoners of war", "ukrainian pows", "українці", "українців",
        "полонені", "полоненими", "пленные", "пленными", "военнопленные",
        "украинских военнослужащих", "важкопоранених українських військових"]),
    "ru_pows": ("Russian prisoners of war", [
        "russian prisoners of war", "russian pows", "росіян", "российские военнослужащие", "российских военнослужащих",
        "пленные", "пленными"]),
    "mourning_kyiv_authorities": ("Kyiv authorities", ["kyiv authorities", "київська влада",
                                                       "kyiv city military administration"]),
}

# ----------------------------------------------------------------- places ---
# key -> (name, country, lat, lon, precision, aliases)
PLACES: dict[str, tuple[str, str, float | None, float | None, str, list[str]]] = {
    "UA": ("Ukraine", "UA", None, None, "country", ["ukraine", "україна", "украина", "україну", "украину"]),
    "RU": ("Russia", "RU", None, None, "country", ["russia", "росія", "россия", "регионы россии", "регионами россии"]),
    # Ukraine
    "kyiv": ("Kyiv", "UA", 50.45, 30.52, "city", ["kyiv", "kiev", "київ", "києві", "києва", "киев", "киеве", "столиця", "столиці"]),
    "kyiv_oblast": ("Kyiv Oblast", "UA", 50.45, 30.52, "region", ["kyiv oblast", "kyiv region", "київщина", "київщині", "киевская область"]),
    "obukhiv_raion": ("Obukhiv Raion", "UA", 50.11, 30.62, "region", ["obukhiv raion", "obukhiv district", "obukhiv", "обухівський район", "обухівському районі", "київщина", "київщині"]),
    "zhytomyr_oblast": ("Zhytomyr Oblast", "UA", 50.25, 28.66, "region", ["zhytomyr oblast", "zhytomyr region", "zhytomyr", "житомирщина", "житомирщині", "житомирська область"]),
    "korostyshiv": ("Korostyshiv", "UA", 50.32, 29.06, "city", ["korostyshiv", "korostyshiv hromada", "коростишів", "коростишівська громада", "коростишівській громаді"]),
    "khmelnytskyi_oblast": ("Khmelnytskyi Oblast", "UA", 49.42, 26.99, "region", ["khmelnytskyi oblast", "khmelnytskyi region", "khmelnytskyi", "хмельниччина", "хмельниччині", "хмельницька область"]),
    "dnipro": ("Dnipro", "UA", 48.46, 35.05, "city", ["dnipro", "дніпро", "дніпрі", "днепр"]),
    "kryvyi_rih": ("Kryvyi Rih", "UA", 47.91, 33.39, "city", ["kryvyi rih", "krivoy rog", "кривий ріг", "кривой рог"]),
    "sloviansk": ("Sloviansk", "UA", 48.85, 37.6, "city", ["sloviansk", "slovyansk", "slavyansk", "слов'янськ", "славянск"]),
    "kramatorsk": ("Kramatorsk", "UA", 48.72, 37.56, "city", ["kramatorsk", "краматорськ", "краматорск"]),
    "okhmatdyt": ("Okhmatdyt children's hospital, Kyiv", "UA", 50.4537, 30.4787, "site", ["okhmatdyt", "охматдит", "«охматдит»", "охматдиті", "«охматдиті»", "лікарня", "kyiv", "київ"]),
    "sumy": ("Sumy", "UA", 50.91, 34.8, "city", ["sumy", "суми", "сум", "сумах", "сумы"]),
    # diplomacy venues
    "dolmabahce": ("Dolmabahçe Palace, Istanbul", "TR", 41.0391, 29.0004, "site", ["dolmabahce", "dolmabahce palace", "istanbul", "палац долмабахче", "палаці долмабахче", "дворец долмабахче", "дворце долмабахче", "стамбул", "стамбулі", "стамбуле"]),
    "istanbul": ("Istanbul", "TR", 41.01, 28.98, "city", ["istanbul", "стамбул", "стамбулі", "стамбуле"]),
    "tirana": ("Tirana", "AL", 41.33, 19.82, "city", ["tirana", "тирана", "тирані"]),
    "jeddah": ("Jeddah", "SA", 21.54, 39.17, "city", ["jeddah", "jidda", "джидда", "джидді", "джидде"]),
    "helsinki": ("Helsinki", "FI", 60.17, 24.94, "city", ["helsinki", "гельсінкі", "хельсинки"]),
    "un_hq": ("United Nations Headquarters, New York", "US", 40.749, -73.968, "city", ["new york", "un headquarters", "нью-йорк"]),
    "white_house": ("White House, Washington", "US", 38.8977, -77.0365, "city", ["white house", "washington", "білий дім", "белый дом", "белом доме", "вашингтон"]),
    "washington": ("Washington", "US", 38.9, -77.04, "city", ["washington", "вашингтон", "вашингтоні"]),
    # Russia
    "moscow": ("Moscow", "RU", 55.76, 37.62, "city", ["moscow", "moskva", "москва", "москву", "москве", "столица", "столицы", "столице", "москві"]),
    "moscow_oblast": ("Moscow Oblast", "RU", 55.6, 37.6, "region", ["moscow oblast", "moscow region", "московская область", "московской области", "московской", "подмосковье", "подмосковья", "московский регион"]),
    "kursk_oblast": ("Kursk Oblast", "RU", 51.73, 36.19, "region", ["kursk oblast", "kursk region", "kursk", "курская область", "курской области", "курской", "курскую"]),
    "bryansk_oblast": ("Bryansk Oblast", "RU", 53.24, 34.36, "region", ["bryansk oblast", "bryansk region", "bryansk", "брянская область", "брянской области", "брянской", "брянск"]),
    "belgorod_oblast": ("Belgorod Oblast", "RU", 50.6, 36.59, "region", ["belgorod oblast", "belgorod region", "belgorod", "белгородская область", "белгородской области", "белгородской"]),
    "belgorod": ("Belgorod", "RU", 50.6, 36.6, "city", ["belgorod", "белгород", "белгорода", "белгородом"]),
    "vidnoye": ("Vidnoye", "RU", 55.55, 37.71, "city", ["vidnoye", "vidnoe", "видное", "видном"]),
    "domodedovo": ("Domodedovo Airport", "RU", 55.41, 37.91, "site", ["domodedovo", "домодедово"]),
    "zhukovsky": ("Zhukovsky International Airport", "RU", 55.55, 38.15, "site", ["zhukovsky", "zhukovskiy", "жуковский"]),
    "vnukovo": ("Vnukovo Airport", "RU", 55.6, 37.27, "site", ["vnukovo", "внуково"]),
    "sheremetyevo": ("Sheremetyevo Airport", "RU", 55.97, 37.41, "site", ["sheremetyevo", "sheremetievo", "шереметьево"]),
    "kazan": ("Kazan", "RU", 55.79, 49.12, "city", ["kazan", "казань", "казани"]),
    "kazan_airport": ("Kazan International Airport", "RU", 55.61, 49.28, "site", ["kazan airport", "kazan international airport", "аэропорт казани", "аэропорту казани"]),
    "odintsovo": ("Odintsovo District", "RU", 55.68, 37.28, "region", ["odintsovo", "odintsovsky district", "одинцовский район", "одинцовским районом"]),
    "moscow_city": ("Moscow International Business Centre", "RU", 55.749, 37.537, "site", ["moscow city", "moskva-siti", "москва-сити", "«москва-сити»"]),
    "kremlin": ("Moscow Kremlin", "RU", 55.752, 37.617, "site", ["kremlin", "кремль", "кремлі", "кремля"]),
    "murmansk_oblast": ("Murmansk Oblast", "RU", 68.97, 33.08, "region", ["murmansk oblast", "murmansk region", "murmansk", "мурманська", "мурманській", "мурманская область", "мурманской", "мурманской области", "мурманская"]),
    "irkutsk_oblast": ("Irkutsk Oblast", "RU", 52.29, 104.28, "region", ["irkutsk oblast", "irkutsk region", "irkutsk", "іркутська область", "іркутській області", "иркутская область", "иркутской", "иркутской области"]),
    "ivanovo_oblast": ("Ivanovo Oblast", "RU", 57.0, 40.97, "region", ["ivanovo oblast", "ivanovo region", "ivanovo", "іванівська область", "іванівській області", "ивановская область", "ивановской"]),
    "ryazan_oblast": ("Ryazan Oblast", "RU", 54.63, 39.74, "region", ["ryazan oblast", "ryazan region", "ryazan", "рязанська", "рязанській", "рязанская область", "рязанской"]),
    "amur_oblast": ("Amur Oblast", "RU", 50.29, 127.53, "region", ["amur oblast", "amur region", "amur", "амурська", "амурській", "амурская область", "амурской", "амурской областях"]),
    "belaya": ("Belaya air base", "RU", 52.915, 103.575, "site", ["belaya", "belaya air base", "бєлая", "«бєлая»", "белая", "irkutsk oblast", "іркутській області"]),
    "olenya": ("Olenya air base", "RU", 68.15, 33.46, "site", ["olenya", "olenya air base", "оленья", "«оленья»", "мурманській"]),
    "dyagilevo": ("Dyagilevo air base", "RU", 54.64, 39.57, "site", ["dyagilevo", "diaghilevo", "дягілєво", "«дягілєво»", "дягилево", "рязанській"]),
    "ivanovo_severny": ("Ivanovo Severny air base", "RU", 57.06, 40.98, "site", ["ivanovo", "ivanovo severny", "іваново", "«іваново»", "иваново"]),
    "sredny": ("Sredny, Usolsky District", "RU", 52.92, 103.58, "city", ["sredny", "sredniy", "средний", "поселок средний", "поселке средний", "усольский район", "усольского района"]),
    "vygonichi": ("Vygonichi District", "RU", 53.09, 34.07, "region", ["vygonichi", "vygonichsky district", "выгоничский район", "выгоничском районе", "брянская область", "брянской области"]),
    "zheleznogorsk": ("Zheleznogorsk District", "RU", 52.34, 35.35, "region", ["zheleznogorsk", "zheleznogorsky district", "железногорский район", "железногорском районе", "курская область", "курской области"]),
}


def actor(role: str, key: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    name, aliases = ACTORS[key]
    al = list(dict.fromkeys([a.lower() for a in aliases] + [e.lower() for e in extra]))
    return {"role": role, "name": name, "aliases": al}


def place(key: str, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    if key == "none":
        return {"precision": "none"}
    name, country, lat, lon, prec, aliases = PLACES[key]
    out: dict[str, Any] = {"name": name,
                           "aliases": list(dict.fromkeys([a.lower() for a in aliases] + [e.lower() for e in extra])),
                           "country": country}
    if prec == "country":
        out = {"country": country}
    if lat is not None:
        out["lat"] = lat
        out["lon"] = lon
    out["precision"] = prec
    return out


def qty(value: float, unit: str, what: str, bound: str = "exact") -> dict[str, Any]:
    return {"value": value, "unit": unit, "what": what, "bound": bound}


def attr(source: str | None, via: list[str], certainty: list[str],
         extra: tuple[str, ...] = ()) -> dict[str, Any]:
    """source is an actor key (its name and aliases are used), a literal name, or None."""
    out: dict[str, Any] = {}
    if source is not None:
        if source in ACTORS:
            name, aliases = ACTORS[source]
            out["source"] = name
            out["aliases"] = list(dict.fromkeys([a.lower() for a in aliases] + [e.lower() for e in extra]))
        else:
            out["source"] = source
            out["aliases"] = list(dict.fromkeys([source.lower()] + [e.lower() for e in extra]))
    if via:
        out["via"] = via
    out["certainty"] = certainty
    return out


def ev(id: str, type: str, subtype: str, start: str, end: str | None = None, *,
       loc: dict[str, Any] | None = None, actors: list[dict[str, Any]] | None = None,
       q: list[dict[str, Any]] | None = None, att: dict[str, Any], quote: str,
       optional: bool = False, also: list[str] | None = None,
       tol: int | None = None) -> dict[str, Any]:
    e: dict[str, Any] = {"id": id, "type": type, "subtype": subtype}
    if optional:
        e["optional"] = True
    if also:
        e["also_types"] = also
    d: dict[str, Any] = {"start": start, "end": end or start}
    if tol is not None:
        d["tolerance_days"] = tol
    e["date"] = d
    e["location"] = loc if loc is not None else {"precision": "none"}
    if actors:
        e["actors"] = actors
    if q:
        e["quantities"] = q
    e["attribution"] = att
    e["quote"] = quote
    return e


def write_gold(out_dir: str, doc: str, language: str, published: str, note: str,
               events: list[dict[str, Any]]) -> str:
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, os.path.splitext(doc)[0] + ".json")
    data = {"doc": doc, "language": language, "published": published, "note": note,
            "events": events}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return path


# Certainty lists the gold files use again and again.
AC = ["asserted", "claimed"]
CA = ["claimed", "asserted"]
HYP = ["hypothetical"]


class GoldSet:
    """The documents a build script describes: ``doc(...)`` for each, then ``write(out_dir)``."""

    def __init__(self) -> None:
        self.docs: list[tuple[str, str, str, str, list[dict[str, Any]]]] = []

    def doc(self, name: str, lang: str, published: str, note: str, events: list[dict[str, Any]]) -> None:
        self.docs.append((name, lang, published, note, events))

    def write(self, out_dir: str) -> None:
        for name, lang, published, note, events in self.docs:
            write_gold(out_dir, name if name.endswith(".txt") else name + ".txt", lang, published, note, events)
        print(f"wrote {len(self.docs)} gold files to {out_dir}")
