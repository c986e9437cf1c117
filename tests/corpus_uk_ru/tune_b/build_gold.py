"""Builds tune_b/gold/*.json from the event descriptions below (run: python3 build_gold.py).

The second uk/ru tuning set: twelve short articles and Telegram-style posts (201-206 uk,
207-212 ru), coded by the conventions of ../README.md with the helpers of ../goldlib.py.
Actors and places that the first set does not use are added to goldlib's tables here.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldlib import ACTORS, AC, CA, HYP, PLACES, GoldSet, actor as A, attr, ev, place as P, qty as Q  # noqa: E402

ACTORS.update({
    "zaluzhnyi": ("Valerii Zaluzhnyi", ["zaluzhnyi", "zaluzhny", "valerii zaluzhnyi", "залужний", "валерій залужний",
                                        "головнокомандувач зсу"]),
    "klitschko": ("Vitali Klitschko", ["klitschko", "vitali klitschko", "кличко", "віталій кличко", "міський голова",
                                       "mayor of kyiv"]),
    "lysak": ("Serhii Lysak", ["lysak", "serhii lysak", "serhiy lysak", "лисак", "сергій лисак",
                               "начальник дніпропетровської ова", "дніпропетровська ова"]),
    "vilkul": ("Oleksandr Vilkul", ["vilkul", "oleksandr vilkul", "вілкул", "олександр вілкул",
                                    "голова міської військової адміністрації"]),
    "ua_general_staff": ("General Staff of the Armed Forces of Ukraine", [
        "general staff of the armed forces of ukraine", "general staff of ukraine", "ukrainian general staff",
        "генштаб зсу", "генштаб", "генеральний штаб зсу"]),
    "ua_prosecutors": ("Prosecutor's Office of Ukraine", ["prosecutor's office of ukraine", "ukrainian prosecutors",
                                                          "prosecutor's office", "прокуратура"]),
    "stefanishyna": ("Olha Stefanishyna", ["stefanishyna", "olha stefanishyna", "olga stefanishina", "стефанішина",
                                           "ольга стефанішина", "міністерка юстиції", "віцепрем'єр-міністерка"]),
    "ua_moj": ("Ministry of Justice of Ukraine", ["ministry of justice of ukraine", "ministry of justice",
                                                  "міністерство юстиції", "міністерства юстиції", "мін'юст",
                                                  "державні реєстри", "реєстри"]),
    "coord_hq": ("Coordination Headquarters for the Treatment of Prisoners of War", [
        "coordination headquarters for the treatment of prisoners of war", "coordination headquarters",
        "координаційний штаб", "координаційний штаб з питань поводження з військовополоненими"]),
    "uae": ("United Arab Emirates", ["united arab emirates", "uae", "оае", "оаэ", "об'єднані арабські емірати",
                                     "об'єднаним арабським еміратам", "объединенные арабские эмираты"]),
    "us_treasury": ("US Department of the Treasury", ["us department of the treasury", "us treasury", "treasury",
                                                      "міністерство фінансів сша", "мінфін сша"]),
    "bessent": ("Scott Bessent", ["bessent", "scott bessent", "бессент", "скотт бессент", "міністр фінансів"]),
    "lukoil": ("Lukoil", ["lukoil", "лукойл", "«лукойлу»", "лукойлу", "«лукойл»"]),
    "gerasimov": ("Valery Gerasimov", ["gerasimov", "valery gerasimov", "герасимов", "валерий герасимов",
                                       "начальник генштаба"]),
    "smirnov": ("Alexei Smirnov", ["smirnov", "alexei smirnov", "aleksey smirnov", "смирнов", "алексей смирнов",
                                   "врио губернатора", "kursk governor"]),
    "yandex_taxi": ("Yandex Taxi", ["yandex taxi", "yandex", "яндекс такси", "«яндекс такси»", "яндекс", "сервис",
                                    "компания", "компании"]),
    "anonymous": ("Anonymous", ["anonymous", "хакеры", "хакеры из сообщества anonymous"]),
    "it_army": ("IT Army of Ukraine", ["it army of ukraine", "it army", "it-армия украины", "«it-армией украины»",
                                       "it-армией украины"]),
    "fogel": ("Marc Fogel", ["marc fogel", "fogel", "марк фогель", "марка фогеля", "фогель"]),
    "hur": ("Main Directorate of Intelligence of Ukraine", [
        "main directorate of intelligence of ukraine", "hur", "gur", "defence intelligence of ukraine", "гур",
        "главное управление разведки", "главном управлении разведки", "главное управление разведки минобороны украины"]),
    "ru_passengers": ("people on board", ["people on board", "на борту", "военнопленные", "военнопленных",
                                          "украинских военнопленных", "члены экипажа", "членов экипажа"]),
})
ACTORS["rosneft"] = (ACTORS["rosneft"][0], ACTORS["rosneft"][1] + ["«роснафти»", "роснафти"])

PLACES.update({
    "lutsk": ("Lutsk", "UA", 50.75, 25.34, "city", ["lutsk", "луцьк", "луцьку", "луцк"]),
    "lviv": ("Lviv", "UA", 49.84, 24.03, "city", ["lviv", "lvov", "львів", "львові", "львов"]),
    "zaporizhzhia": ("Zaporizhzhia", "UA", 47.84, 35.14, "city", ["zaporizhzhia", "zaporozhye", "запоріжжя", "запоріжжі"]),
    "zhytomyr": ("Zhytomyr", "UA", 50.25, 28.66, "city", ["zhytomyr", "житомир", "житомирі"]),
    "kharkiv": ("Kharkiv", "UA", 49.99, 36.23, "city", ["kharkiv", "kharkov", "харків", "харкові", "харьков"]),
    "ramenskoye": ("Ramenskoye", "RU", 55.57, 38.23, "city", ["ramenskoye", "ramenskoe", "раменское", "раменском"]),
    "sudzha": ("Sudzha", "RU", 51.19, 35.27, "city", ["sudzha", "суджа", "суджи", "kursk oblast", "курская область",
                                                      "курской области"]),
    "korochansky": ("Korochansky District", "RU", 50.81, 37.19, "region", [
        "korochansky district", "korochansky", "korocha", "корочанский район", "корочанском районе",
        "белгородская область", "белгородской области"]),
    "budapest": ("Budapest", "HU", 47.5, 19.04, "city", ["budapest", "будапешт", "будапешті", "будапеште"]),
})

OUT = os.path.join(HERE, "gold")
GOLD = GoldSet()
doc = GOLD.doc
DN = ["denied"]

# =========================================================== Ukrainian =====
V = ["Новини Волині"]
N = "2025-07-08"; D = "2025-07-09"
doc("201_uk_povitriani_syly_741_9_lypnia.txt", "uk", D,
    "Telegram-style post: the Air Force's morning count for the night of 8-9 July 2025 ('У ніч на середу, 9 липня'); night events carry 2025-07-08..2025-07-09. "
    "Required: the combined attack (741 weapons: 728 drones and decoys, 13 missiles), the 718 targets neutralised (total), the 296 drones shot down, the 415 lost or suppressed by EW, "
    "the seven Kh-101 shot down, and the strike on Lutsk that Zelensky named as the main target (Telegram). Optional: the drone and missile parts of the attack, and the record remark.",
    [
        ev("combined-attack-741", "attack", "mixed", N, D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(741, "weapon", "launched"), Q(728, "drone", "launched"), Q(13, "missile", "launched")],
           att=attr("ua_air_force", V, AC),
           quote="противник атакував Україну 741 засобом повітряного нападу"),
        ev("drone-part-728", "attack", "drone", N, D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(728, "drone", "launched")], att=attr("ua_air_force", V, AC),
           quote="728 ударними БпЛА типу Shahed та дронами-імітаторами"),
        ev("missile-part-13", "attack", "missile", N, D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(13, "missile", "launched"), Q(7, "missile", "launched"), Q(6, "missile", "launched")],
           att=attr("ua_air_force", V, AC),
           quote="13 ракетами — сімома крилатими Х-101 і шістьма аеробалістичними «Кинджалами»"),
        ev("neutralised-718", "interception", "mixed", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(718, "target", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="знешкоджено 718 цілей"),
        ev("shotdown-296", "interception", "drone", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(296, "drone", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="Вогнем збито 296 дронів"),
        ev("lost-415", "interception", "drone", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(415, "drone", "lost")], att=attr("ua_air_force", V, AC),
           quote="ще 415 локаційно втрачені або подавлені засобами РЕБ"),
        ev("shotdown-kh101-7", "interception", "missile", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(7, "missile", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="збито всі сім ракет Х-101"),
        ev("lutsk-main-target", "attack", "mixed", N, D, loc=P("lutsk"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           att=attr("zelensky", ["Telegram"] + V, AC),
           quote="головною ціллю ворога цього разу був Луцьк"),
        ev("record-remark", "statement", "assessment", D, optional=True,
           att=attr(None, V, ["asserted"]),
           quote="Таку кількість дронів за одну ніч Росія не запускала жодного разу"),
    ])

V = ["Київський вісник"]
D = "2022-10-10"
doc("202_uk_masovanyi_udar_10_zhovtnia_2022.txt", "uk", D,
    "Monday 10 October 2022, the first mass missile strike on Ukraine's energy system. Required: the strike on Kyiv and other cities (country level; 84 cruise missiles and 24 drones per Zaluzhnyi), "
    "the 43 missiles and 13 drones destroyed (two interceptions), the hits on Kyiv's Shevchenkivskyi district (city), the power outages (disruption, country), Putin's statement calling the strikes a response to the Crimean bridge blast, "
    "his threat of a harsh response (hypothetical) and Zelensky's statement. Optional: Zaluzhnyi's count as an attack of its own, one attack per other city named (Lviv, Dnipro, Zaporizhzhia, Zhytomyr, Kharkiv), "
    "Klitschko's call to stay in shelters, and the Crimean bridge blast of 8 October that Putin blames on Ukrainian services ('нібито': alleged).",
    [
        ev("mass-strike", "attack", "missile", D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(84, "missile", "launched"), Q(24, "drone", "launched")], att=attr(None, V, ["asserted"]),
           quote="Росія завдала масованого ракетного удару по Києву та ще низці українських міст"),
        ev("zaluzhnyi-count", "attack", "missile", D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(84, "missile", "launched"), Q(24, "drone", "launched")], att=attr("zaluzhnyi", V, AC),
           quote="ворог випустив 84 крилаті ракети й застосував 24 ударні безпілотники"),
        ev("shotdown-43-missiles", "interception", "missile", D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "zaluzhnyi")],
           q=[Q(43, "missile", "shot_down")], att=attr("zaluzhnyi", V, AC),
           quote="знищено 43 ракети"),
        ev("shotdown-13-drones", "interception", "drone", D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "zaluzhnyi")],
           q=[Q(13, "drone", "shot_down")], att=attr("zaluzhnyi", V, AC),
           quote="тринадцять дронів"),
        ev("attack-lviv", "attack", "missile", D, loc=P("lviv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="у Львові"),
        ev("attack-dnipro", "attack", "missile", D, loc=P("dnipro"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Дніпрі"),
        ev("attack-zaporizhzhia", "attack", "missile", D, loc=P("zaporizhzhia"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Запоріжжі"),
        ev("attack-zhytomyr", "attack", "missile", D, loc=P("zhytomyr"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Житомирі"),
        ev("attack-kharkiv", "attack", "missile", D, loc=P("kharkiv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Харкові"),
        ev("kyiv-shevchenkivskyi", "attack", "missile", D, loc=P("kyiv"), also=["damage"],
           actors=[A("initiator", "russia"), A("target", "ukraine")], att=attr(None, V, ["asserted"]),
           quote="У столиці ракети влучили, зокрема, в центральний Шевченківський район"),
        ev("klitschko-shelters", "statement", "demand", D, optional=True,
           actors=[A("speaker", "klitschko")], att=attr("klitschko", V, AC),
           quote="закликав киян не виходити з укриттів"),
        ev("power-outages", "disruption", "power", D, loc=P("UA"),
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]),
           quote="у багатьох областях виникли перебої з електропостачанням"),
        ev("putin-response-claim", "statement", "assessment", D,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, AC),
           quote="назвав удари відповіддю на «теракт» на Кримському мосту"),
        ev("crimean-bridge-blast", "attack", "other", "2022-10-08", optional=True,
           actors=[A("initiator", "ukraine")], att=attr("putin", V, ["alleged", "claimed"]),
           quote="нібито організували українські спецслужби 8 жовтня"),
        ev("putin-threat", "statement", "threat", D,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, HYP),
           quote="пригрозив «жорсткою» відповіддю на нові атаки"),
        ev("zelensky-statement", "statement", "assessment", D,
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="Росія намагається знищити українців і стерти їх з лиця землі"),
    ])

V = ["Дніпро Оперативний"]
D4 = "2025-04-04"; D5 = "2025-04-05"
doc("203_uk_kryvyi_rih_4_kvitnia.txt", "uk", D5,
    "Telegram-style post of Saturday 5 April 2025 about the ballistic-missile strike on Kryvyi Rih 'ввечері 4 квітня'. Required: the strike (city; outlet's narration), the toll that 'rose to' 20 killed including nine children, "
    "over 60 injured (Lysak; dated 4-5 April), the Russian MoD's claim of a strike on a commanders' meeting with up to 85 soldiers and up to 20 foreigners killed ('нібито': alleged), and the General Staff's denial. "
    "Optional: the three-day mourning announced by Vilkul and the prosecutors' war-crime investigation relayed by Ukrinform.",
    [
        ev("kryvyi-rih-strike", "attack", "missile", D4, loc=P("kryvyi_rih"),
           actors=[A("initiator", "russia"), A("target", "civilians")], att=attr(None, V, ["asserted"]),
           quote="Російська балістична ракета влучила ввечері 4 квітня в житловий квартал поруч із дитячим майданчиком"),
        ev("kryvyi-rih-casualties", "damage", "casualties", D4, D5, loc=P("kryvyi_rih"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "civilians"), A("victim", "children")],
           q=[Q(20, "person", "killed"), Q(9, "child", "killed"), Q(60, "person", "injured", "at_least")],
           att=attr("lysak", V, AC),
           quote="Кількість загиблих унаслідок ракетного удару по Кривому Рогу зросла до 20, серед них дев'ятеро дітей"),
        ev("mourning", "other", "mourning", D4, "2025-04-09", loc=P("kryvyi_rih"), optional=True,
           actors=[A("initiator", "vilkul")], att=attr("vilkul", V, AC),
           quote="в місті оголошено триденну жалобу"),
        ev("ru-mod-claim", "statement", "claim", D4, D5, also=["attack"],
           actors=[A("speaker", "ru_mod"), A("target", "ua_defence")],
           q=[Q(85, "soldier", "killed", "at_most"), Q(20, "foreigner", "killed", "at_most")],
           att=attr("ru_mod", V, ["alleged", "claimed"]),
           quote="нібито завдали удару по ресторану, де проходила нарада командирів ЗСУ із західними інструкторами"),
        ev("general-staff-denial", "statement", "denial", D4, D5,
           actors=[A("speaker", "ua_general_staff"), A("target", "ru_mod")], att=attr("ua_general_staff", V, DN),
           quote="Генштаб ЗСУ спростував ці заяви і назвав їх брехнею"),
        ev("war-crime-investigation", "other", "investigation", D4, D5, optional=True,
           actors=[A("initiator", "ua_prosecutors")], att=attr(None, ["Укрінформ"] + V, ["asserted", "claimed"]),
           quote="прокуратура розпочала досудове розслідування за фактом воєнного злочину"),
    ])

V = ["Контекст.UA"]
D19 = "2024-12-19"
doc("204_uk_reiestry_miniust_kiberataka.txt", "uk", "2024-12-20",
    "Published 20 December 2024 about the cyberattack on the Ministry of Justice's state registers announced 'вчора, 19 грудня' by Olha Stefanishyna. Ongoing: dated 2024-12-19..2024-12-20. "
    "Required: the cyberattack (initiator as she claims: Russian special services), the suspension of the registers (disruption), and her attribution of the attack to Russia (statement). "
    "Optional: her assurance that backups are safe and the promise to restore the registers (hypothetical), and the consequences for property and business registration and notaries relayed by Ukrinform (disruption).",
    [
        ev("registers-cyberattack", "cyber_operation", "intrusion", D19, "2024-12-20", loc=P("UA"),
           actors=[A("target", "ua_moj"), A("initiator", "ru_special_services")], att=attr("stefanishyna", V, AC),
           quote="після масштабної кібератаки"),
        ev("registers-suspended", "disruption", "registers", D19, "2024-12-20", loc=P("UA"),
           actors=[A("target", "ua_moj")], att=attr("stefanishyna", V, AC),
           quote="Робота єдиних і державних реєстрів, що належать до сфери Міністерства юстиції, тимчасово призупинена"),
        ev("stefanishyna-attribution", "statement", "assessment", D19,
           actors=[A("speaker", "stefanishyna"), A("target", "ru_special_services")], att=attr("stefanishyna", V, AC),
           quote="атаку здійснили російські спецслужби"),
        ev("backups-restore", "statement", "remark", D19, "2024-12-20", optional=True,
           actors=[A("speaker", "stefanishyna")], att=attr("stefanishyna", V, AC + ["hypothetical"]),
           quote="роботу реєстрів планують відновити найближчим часом"),
        ev("notaries-disrupted", "disruption", "registers", D19, "2024-12-20", loc=P("UA"), optional=True,
           actors=[A("target", "ua_moj")], att=attr(None, ["Укрінформ"] + V, AC),
           quote="нотаріуси тимчасово не могли вчиняти частину дій"),
    ])

V = ["Житомир Live"]
D = "2024-01-03"
doc("205_uk_obmin_230_3_sichnia_2024.txt", "uk", D,
    "Telegram-style post of Wednesday 3 January 2024: the largest prisoner exchange of the war so far. Required: the exchange (230 Ukrainians returned; Zelensky). "
    "Optional: the 'largest exchange' remark, Zelensky's pledge to bring everyone back (hypothetical), the Coordination Headquarters' thanks to the UAE for mediation, "
    "the Russian MoD's statement that 248 Russian soldiers returned (restates the exchange; also counted as other) and the officials' remark that Moscow blocked the talks (months before; undated).",
    [
        ev("exchange-230", "other", "prisoner_exchange", D,
           actors=[A("participant", "ukraine"), A("participant", "russia"), A("victim", "ua_pows")],
           q=[Q(230, "person", "returned")], att=attr("zelensky", V, AC),
           quote="Додому повертаються 230 наших людей"),
        ev("largest-exchange", "statement", "assessment", D, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="Це наймасштабніший обмін полоненими від початку повномасштабної війни"),
        ev("bring-everyone-back", "statement", "remark", D, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC + ["hypothetical"]),
           quote="Україна продовжить роботу, щоб повернути з полону всіх"),
        ev("thanks-uae", "statement", "remark", D, optional=True,
           actors=[A("speaker", "coord_hq"), A("addressee", "uae")], att=attr("coord_hq", V, AC),
           quote="подякував Об'єднаним Арабським Еміратам за посередництво"),
        ev("ru-mod-248", "statement", "remark", D, optional=True, also=["other"],
           actors=[A("speaker", "ru_mod"), A("victim", "ru_pows")], q=[Q(248, "soldier", "returned")],
           att=attr("ru_mod", V, AC),
           quote="з українського полону повернули 248 російських військових"),
        ev("moscow-blocked", "statement", "assessment", "2023-08-01", D, tol=30, optional=True,
           actors=[A("target", "russia")], att=attr(None, V, AC),
           quote="Москва блокувала переговори про повернення полонених"),
    ])

V = ["Фінансовий оглядач"]
D22 = "2025-10-22"; D23 = "2025-10-23"
doc("206_uk_sanktsii_rosnafta_lukoil.txt", "uk", D23,
    "Published Thursday 23 October 2025. Required: the US Treasury's sanctions on Rosneft and Lukoil (22 October), Bessent's reason (statement), Trump's cancellation of the planned Budapest meeting with Putin "
    "(other/cancellation, also counted as contact or statement; 22 October), the EU's 19th package ('в четвер': 23 October; 117 shadow-fleet vessels), Zelensky's welcome (undated: 22-23 October) and Putin's reaction relayed by Ukrinform "
    "(22-23 October). Optional: the LNG import ban as a sanction of its own (from 2027; imposed now).",
    [
        ev("us-rosneft-lukoil", "sanction", "imposed", D22,
           actors=[A("initiator", "us_treasury"), A("initiator", "us"), A("target", "rosneft"), A("target", "lukoil"),
                   A("target", "russia")],
           att=attr(None, V, ["asserted"]),
           quote="запровадило санкції проти двох найбільших російських нафтових компаній — «Роснафти» та «Лукойлу»"),
        ev("bessent-reason", "statement", "assessment", D22,
           actors=[A("speaker", "bessent"), A("target", "kremlin")], att=attr("bessent", V, AC),
           quote="Кремль не демонструє серйозної готовності до мирного процесу"),
        ev("budapest-cancelled", "other", "cancellation", D22, loc=P("budapest"), also=["contact", "statement"],
           actors=[A("initiator", "trump"), A("participant", "putin")], att=attr("trump", V, AC),
           quote="скасував заплановану зустріч із Володимиром Путіним у Будапешті"),
        ev("eu-19th-package", "sanction", "imposed", D23,
           actors=[A("initiator", "eu"), A("target", "russia")],
           q=[Q(117, "vessel", "sanctioned")], att=attr(None, V, ["asserted"]),
           quote="Рада ЄС ухвалила дев'ятнадцятий пакет санкцій проти Росії"),
        ev("lng-ban", "sanction", "imposed", D23, optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted", "hypothetical"]),
           quote="заборону імпорту російського зрідженого газу з 2027 року"),
        ev("zelensky-welcomes", "statement", "remark", D22, D23,
           actors=[A("speaker", "zelensky"), A("addressee", "us"), A("addressee", "eu")], att=attr("zelensky", V, AC),
           quote="Зеленський привітав рішення Вашингтона і Брюсселя"),
        ev("putin-unfriendly", "statement", "assessment", D22, D23,
           actors=[A("speaker", "putin"), A("target", "us")], att=attr("putin", ["Укрінформ"] + V, AC),
           quote="назвав американські санкції недружнім кроком"),
    ])

# ============================================================= Russian =====
V = ["Подмосковье Оперативно"]
N = "2024-09-09"; D = "2024-09-10"
doc("207_ru_ramenskoe_10_sentyabrya.txt", "ru", D,
    "Telegram-style post, night of 9-10 September 2024 ('В ночь на вторник, 10 сентября'); night events carry 2024-09-09..2024-09-10. Required: the MoD's total of 144 drones over nine regions, "
    "one interception per region with a figure (Bryansk 72, Moscow Oblast 'двадцать'), the damage to blocks of flats in Ramenskoye and its toll (one woman killed, three injured; Vorobyov), "
    "Sobyanin's report of a massive attack repelled on the approach to Moscow (interception, also counted as attack), and the Rosaviatsia restrictions (coded once, at Moscow). "
    "Optional: the Ukrainian drone attack implied by the reports, and each airport separately.",
    [
        ev("attack-russia-night", "attack", "drone", N, D, loc=P("RU"), optional=True,
           actors=[A("initiator", "ukraine"), A("target", "russia")], att=attr("ru_mod", V, CA),
           quote="украинских беспилотника самолетного типа"),
        ev("mod-144", "interception", "drone", N, D, loc=P("RU"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(144, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="над территорией России перехвачены и уничтожены 144 украинских беспилотника самолетного типа"),
        ev("mod-bryansk-72", "interception", "drone", N, D, loc=P("bryansk_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(72, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="72 — уничтожено над Брянской областью"),
        ev("mod-moscow-oblast-20", "interception", "drone", N, D, loc=P("moscow_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(20, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="еще двадцать — над Московской"),
        ev("ramenskoye-damage", "damage", "destruction", N, D, loc=P("ramenskoye"), also=["attack"],
           actors=[A("claimant", "vorobyov")], att=attr("vorobyov", V, AC),
           quote="в Раменском обломки беспилотника попали в многоквартирные дома"),
        ev("ramenskoye-casualties", "damage", "casualties", N, D, loc=P("ramenskoye"), also=["attack"],
           actors=[A("claimant", "vorobyov"), A("victim", "civilians")],
           q=[Q(1, "person", "killed"), Q(3, "person", "injured")], att=attr("vorobyov", V, AC),
           quote="Погибла женщина, еще три человека пострадали"),
        ev("sobyanin-repelled", "interception", "drone", N, D, loc=P("moscow"), also=["attack"],
           actors=[A("claimant", "sobyanin"), A("initiator", "ru_ad")], att=attr("sobyanin", V, CA),
           quote="на подлете к столице силы ПВО отражают массированную атаку беспилотников"),
        ev("moscow-airports", "disruption", "airport", N, D, loc=P("moscow"),
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC),
           quote="Росавиация вводила временные ограничения на прием и выпуск самолетов"),
        ev("airport-vnukovo", "disruption", "airport", N, D, loc=P("vnukovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Внуково"),
        ev("airport-domodedovo", "disruption", "airport", N, D, loc=P("domodedovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Домодедово"),
        ev("airport-zhukovsky", "disruption", "airport", N, D, loc=P("zhukovsky"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Жуковский"),
    ])

V = ["Курские вести 24"]
D6 = "2024-08-06"; D7 = "2024-08-07"
doc("208_ru_kursk_6_avgusta.txt", "ru", D7,
    "Published Wednesday 7 August 2024 about the Ukrainian incursion into Kursk Oblast of 'во вторник, 6 августа'. Required: the attack (ground; near Sudzha; up to 300 soldiers, 11 tanks, over 20 armoured vehicles per the MoD), "
    "Gerasimov's claim that the advance was stopped (7 August), the regional emergency declared on 7 August (other), and Putin's 'large-scale provocation' assessment (7 August). "
    "Optional: Smirnov's Telegram remark and appeal, the evacuation of border residents (6-7 August), and Kyiv's silence.",
    [
        ev("kursk-incursion", "attack", "ground", D6, loc=P("sudzha"),
           actors=[A("initiator", "ukraine"), A("target", "russia"), A("claimant", "ru_mod")],
           q=[Q(300, "soldier", "attacking", "at_most"), Q(11, "tank", "attacking"), Q(20, "armoured vehicle", "attacking", "at_least")],
           att=attr("ru_mod", V, CA),
           quote="до 300 военнослужащих ВСУ при поддержке 11 танков и более 20 боевых бронированных машин атаковали приграничную территорию Курской области"),
        ev("gerasimov-stopped", "statement", "claim", D7,
           actors=[A("speaker", "gerasimov"), A("addressee", "putin")], att=attr("gerasimov", V, CA),
           quote="продвижение противника вглубь территории остановлено"),
        ev("smirnov-remark", "statement", "remark", D6, D7, optional=True,
           actors=[A("speaker", "smirnov")], att=attr("smirnov", ["Telegram"] + V, AC),
           quote="назвал обстановку в приграничье сложной и попросил жителей не поддаваться панике"),
        ev("evacuation", "other", "evacuation", D6, D7, loc=P("kursk_oblast"), optional=True,
           actors=[A("victim", "civilians")], att=attr(None, V, ["asserted"]),
           quote="Из приграничных районов начали вывозить мирных жителей"),
        ev("emergency-regime", "other", "emergency", D7, loc=P("kursk_oblast"),
           att=attr(None, V, ["asserted"]),
           quote="в Курской области ввели режим чрезвычайной ситуации регионального характера"),
        ev("putin-provocation", "statement", "assessment", D7,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, AC),
           quote="назвал произошедшее очередной масштабной провокацией киевского режима"),
        ev("kyiv-silent", "statement", "remark", D6, D7, optional=True,
           actors=[A("speaker", "ukraine")], att=attr(None, V, ["asserted"]),
           quote="Официальный Киев в эти дни происходящее не комментировал"),
    ])

V = ["Цифровой пульс"]
D = "2022-09-01"
doc("209_ru_yandeks_taksi_kiberataka.txt", "ru", D,
    "Thursday 1 September 2022, fake orders sent dozens of Yandex Taxi cars to one address on Kutuzovsky Prospekt. Required: the cyberattack (Moscow; confirmed by Yandex Taxi), the traffic jam it caused (disruption, city), "
    "and Anonymous's claim of responsibility together with the IT Army of Ukraine ('якобы': alleged; also counted as cyber operation). Optional: the company's remarks on improved algorithms and on compensating drivers.",
    [
        ev("yandex-taxi-attack", "cyber_operation", "intrusion", D, loc=P("moscow"),
           actors=[A("target", "yandex_taxi")], att=attr("yandex_taxi", V, AC),
           quote="сервис подвергся атаке злоумышленников, которые создали большое количество фальшивых заказов"),
        ev("kutuzovsky-jam", "disruption", "transport", D, loc=P("moscow"),
           actors=[A("target", "yandex_taxi")], att=attr(None, V, ["asserted"]),
           quote="на Кутузовском проспекте в Москве образовалась многочасовая пробка"),
        ev("algorithms-improved", "statement", "remark", D, optional=True,
           actors=[A("speaker", "yandex_taxi")], att=attr("yandex_taxi", V, AC),
           quote="алгоритмы выявления подобных атак уже доработаны"),
        ev("compensation-promise", "statement", "remark", D, optional=True,
           actors=[A("speaker", "yandex_taxi")], att=attr("yandex_taxi", V, AC + ["hypothetical"]),
           quote="пообещали урегулировать вопрос компенсаций для водителей"),
        ev("anonymous-claim", "statement", "claim", D, also=["cyber_operation"],
           actors=[A("speaker", "anonymous"), A("participant", "it_army"), A("target", "yandex_taxi")],
           att=attr("anonymous", V, ["alleged", "claimed"]),
           quote="Ответственность за атаку в соцсетях взяли на себя хакеры из сообщества Anonymous"),
    ])

V = ["Политика. Коротко"]
D = "2025-02-12"
doc("210_ru_putin_tramp_12_fevralya.txt", "ru", D,
    "Wednesday 12 February 2025, the first publicly confirmed Putin-Trump call of Trump's second term, as the Kremlin (Peskov) and Trump described it. Required: the call (Peskov), Putin's invitation to Moscow (statement; "
    "hypothetical accepted), Trump's assessment on Truth Social, the Trump-Zelensky call the same day, Zelensky's assessment, and Marc Fogel's release 'Накануне, 11 февраля'. "
    "Optional: the agreement to keep personal contacts, Trump's announcement that negotiations start at once, and the possible meeting in Saudi Arabia (hypothetical).",
    [
        ev("call-putin-trump", "contact", "call", D,
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr("peskov", V, AC),
           quote="провели телефонный разговор, который продолжался почти полтора часа"),
        ev("putin-invites-trump", "statement", "remark", D, also=["contact"],
           actors=[A("speaker", "putin"), A("addressee", "trump")], att=attr("peskov", V, AC + ["hypothetical"]),
           quote="пригласил американского президента посетить Москву"),
        ev("keep-contacts", "other", "agreement", D, optional=True, also=["statement", "contact"],
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr("peskov", V, AC + ["hypothetical"]),
           quote="Стороны также договорились продолжать личные контакты"),
        ev("trump-assessment", "statement", "assessment", D,
           actors=[A("speaker", "trump")], att=attr("trump", ["Truth Social"] + V, AC),
           quote="назвал беседу долгой и очень продуктивной"),
        ev("negotiations-at-once", "statement", "remark", D, optional=True,
           actors=[A("speaker", "trump")], att=attr("trump", ["Truth Social"] + V, AC + ["hypothetical"]),
           quote="переговорные команды двух стран начнут переговоры немедленно"),
        ev("saudi-meeting", "contact", "meeting", D, "2025-03-31", optional=True,
           actors=[A("participant", "trump"), A("participant", "putin")], att=attr("trump", V, HYP),
           quote="Первая личная встреча с Путиным, по словам американского лидера, может пройти в Саудовской Аравии"),
        ev("call-trump-zelensky", "contact", "call", D,
           actors=[A("participant", "trump"), A("participant", "zelensky")], att=attr(None, V, ["asserted"]),
           quote="Трамп позвонил Владимиру Зеленскому"),
        ev("zelensky-assessment", "statement", "assessment", D,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="Украинский президент назвал беседу содержательной"),
        ev("fogel-released", "other", "release", "2025-02-11",
           actors=[A("initiator", "russia"), A("victim", "fogel")], att=attr(None, V, ["asserted"]),
           quote="Россия освободила американского учителя Марка Фогеля"),
    ])

V = ["Новости Дня 360"]
D19 = "2025-04-19"; D20 = "2025-04-20"
doc("211_ru_obmen_246_19_aprelya.txt", "ru", D20,
    "Telegram-style post of Sunday 20 April 2025 about 'Накануне, в субботу, 19 апреля'. Required: the 246-for-246 exchange (MoD), the transfer of 31 wounded Ukrainians for 15 badly wounded Russians (another exchange), "
    "Putin's Easter truce (other/ceasefire from 18:00 MSK 19 April to 00:00 21 April; also counted as statement), Zelensky's statement that Russian shelling and drone attacks continue (19-20 April), "
    "and the MoD's denial on Sunday (20 April) with its counter-claim of Ukrainian violations ('якобы'; denied or alleged). "
    "Optional: UAE mediation, Putin's expectation that Ukraine follows suit, Zelensky's figure of 277 returned (restates both exchanges) and his pledge to act in kind (hypothetical).",
    [
        ev("exchange-246", "other", "prisoner_exchange", D19,
           actors=[A("participant", "russia"), A("participant", "ukraine"), A("victim", "ru_pows")],
           q=[Q(246, "soldier", "returned")], att=attr("ru_mod", V, CA),
           quote="возвращены 246 российских военнослужащих"),
        ev("uae-mediation", "statement", "remark", D19, optional=True, also=["other"],
           actors=[A("participant", "uae")], att=attr("ru_mod", V, CA),
           quote="Посредническую помощь оказали Объединенные Арабские Эмираты"),
        ev("wounded-31-for-15", "other", "prisoner_exchange", D19,
           actors=[A("initiator", "russia"), A("victim", "ua_pows")],
           q=[Q(31, "prisoner", "returned"), Q(15, "soldier", "returned")], att=attr("ru_mod", V, CA),
           quote="российская сторона передала 31 раненого украинского пленного в обмен на 15 тяжелораненых российских военных"),
        ev("easter-truce", "other", "ceasefire", D19, "2025-04-21", also=["statement"],
           actors=[A("initiator", "putin")], att=attr("putin", V, AC + ["hypothetical"]),
           quote="Владимир Путин объявил пасхальное перемирие"),
        ev("putin-expects", "statement", "remark", D19, optional=True,
           actors=[A("speaker", "putin"), A("addressee", "ukraine")], att=attr("putin", V, AC + ["hypothetical"]),
           quote="Москва рассчитывает, что Украина последует этому примеру"),
        ev("zelensky-277", "statement", "remark", D19, D20, optional=True, also=["other"],
           actors=[A("speaker", "zelensky"), A("victim", "ua_pows")], q=[Q(277, "person", "returned")],
           att=attr("zelensky", V, AC),
           quote="домой вернулись 277 украинцев"),
        ev("zelensky-attacks-continue", "statement", "claim", D19, D20, also=["attack"],
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, CA),
           quote="российские обстрелы и атаки дронов продолжаются"),
        ev("zelensky-mirror", "statement", "remark", D19, D20, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, HYP + AC),
           quote="пообещал, что Украина будет действовать зеркально"),
        ev("mod-denial", "statement", "denial", D20,
           actors=[A("speaker", "ru_mod"), A("target", "ukraine")], att=attr("ru_mod", V, DN + ["alleged", "claimed"]),
           quote="В Минобороны РФ в воскресенье опровергли эти обвинения"),
    ])

V = ["Белгородский вестник"]
D = "2024-01-24"
doc("212_ru_il76_belgorod_24_yanvarya.txt", "ru", D,
    "Telegram-style post of Wednesday 24 January 2024: the Il-76 crash in Korochansky District, Belgorod Oblast. Required: the crash (damage, also counted as attack; the outlet's narration), all on board killed (Gladkov; no figure), "
    "the MoD's statement that 65 prisoners of war, six crew and three escorts were on board (claim; also counted as damage), the MoD's claim that the plane was shot down by two missiles from the Lyptsi area (attack; 'По версии': claimed or alleged), "
    "the HUR's statement that an exchange was planned but Russia did not ask for airspace safety (statement), and Zelensky's call for an international investigation (demand). "
    "Optional: HUR's remark that it has no reliable information on who was on board.",
    [
        ev("il76-crash", "damage", "destruction", D, loc=P("korochansky"), also=["attack"],
           actors=[A("victim", "ru_passengers")], att=attr(None, V, ["asserted"]),
           quote="потерпел крушение военно-транспортный самолет Ил-76"),
        ev("il76-killed", "damage", "casualties", D, loc=P("korochansky"), also=["attack"],
           actors=[A("victim", "ru_passengers"), A("claimant", "gladkov")], att=attr("gladkov", V, AC),
           quote="все находившиеся на борту погибли"),
        ev("mod-on-board-claim", "statement", "claim", D, also=["damage"],
           actors=[A("speaker", "ru_mod"), A("victim", "ua_pows")],
           q=[Q(65, "prisoner", "on_board"), Q(6, "crew member", "on_board"), Q(3, "escort", "on_board")],
           att=attr("ru_mod", V, CA + ["alleged"]),
           quote="на борту находились 65 украинских военнопленных, которых везли на обмен"),
        ev("mod-shot-down-claim", "attack", "missile", D, loc=P("korochansky"), also=["statement", "interception"],
           actors=[A("initiator", "ukraine"), A("claimant", "ru_mod")],
           q=[Q(2, "missile", "launched")], att=attr("ru_mod", V, ["claimed", "alleged"]),
           quote="самолет был сбит двумя зенитными ракетами, выпущенными с территории Харьковской области из района Липцев"),
        ev("hur-statement", "statement", "remark", D,
           actors=[A("speaker", "hur"), A("target", "russia")], att=attr("hur", V, AC),
           quote="российская сторона не просила обеспечить безопасность воздушного пространства в районе Белгорода"),
        ev("hur-no-information", "statement", "remark", D, optional=True,
           actors=[A("speaker", "hur")], att=attr("hur", V, AC + ["denied"]),
           quote="у них нет достоверных сведений о том, кто находился на борту"),
        ev("zelensky-investigation", "statement", "demand", D,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="призвал провести международное расследование"),
    ])


if __name__ == "__main__":
    GOLD.write(OUT)
