"""Builds heldout/gold/*.json from the event descriptions below (run: python3 build_gold.py).

Held-out set: for measuring extraction only. Do not tune on it or describe it to anyone who does.
"""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

import goldlib  # noqa: E402
from goldlib import AC, CA, HYP, GoldSet, actor as A, attr, ev, place as P, qty as Q  # noqa: E402

goldlib.ACTORS.update({
    "oleshchuk": ("Mykola Oleshchuk", ["oleshchuk", "mykola oleshchuk", "олещук", "микола олещук",
                                       "командувач повітряних сил", "олещука"]),
    "polish_command": ("Operational Command of the Polish Armed Forces", [
        "operational command of the polish armed forces", "polish armed forces", "polish army",
        "командування збройних сил польщі", "збройних сил польщі"]),
    "poland": ("Poland", ["poland", "польща", "польщі", "варшава", "warsaw"]),
    "ru_charge": ("Russian chargé d'affaires in Poland", ["russian charge d'affaires",
                                                          "російського повіреного у справах", "повірений у справах"]),
    "klitschko": ("Vitali Klitschko", ["klitschko", "vitali klitschko", "vitalii klychko", "кличко",
                                       "віталій кличко", "міський голова"]),
    "zaluzhnyi": ("Valerii Zaluzhnyi", ["zaluzhnyi", "zaluzhny", "valerii zaluzhnyi", "залужний",
                                        "валерій залужний", "головнокомандувач зсу"]),
    "sadovyi": ("Andriy Sadovyi", ["sadovyi", "sadovy", "andriy sadovyi", "садовий", "андрій садовий"]),
    "ua_officials": ("Ukrainian officials", ["ukrainian officials", "українські посадовці",
                                             "українських посадовців"]),
    "european_leaders": ("European leaders", ["european leaders", "лідери франції, німеччини, італії та фінляндії",
                                              "президентка єврокомісії", "european commission president"]),
    "g7": ("G7", ["g7", "group of seven", "лідери країн g7", "велика сімка"]),
    "european_capitals": ("European governments", ["european governments", "european capitals", "европейские столицы",
                                                   "европейских столицах", "европа"]),
    "vatican": ("Holy See", ["holy see", "vatican", "pope", "ватикан", "папа римський", "папи римського"]),
    "cert_ua": ("CERT-UA", ["cert-ua", "cert ua", "урядова команда реагування на комп'ютерні надзвичайні події"]),
    "sandworm": ("Sandworm", ["sandworm", "gru unit 74455", "74455", "voodoo bear", "seashell blizzard",
                              "iridium", "угруповання sandworm", "гру", "gru", "російська воєнна розвідка гру"]),
    "eset": ("ESET", ["eset", "словацька компанія eset"]),
    "zhora": ("Viktor Zhora", ["zhora", "viktor zhora", "victor zhora", "жора", "віктор жора",
                               "заступник голови держспецзв'язку"]),
    "ua_energy_company": ("Ukrainian energy company", ["ukrainian energy company", "energy company",
                                                        "енергетична компанія", "енергетичну компанію",
                                                        "високовольтні підстанції"]),
    "us_treasury": ("US Department of the Treasury", ["us department of the treasury", "us treasury",
                                                      "treasury", "міністерство фінансів сша", "мінфін сша"]),
    "bessent": ("Scott Bessent", ["bessent", "scott bessent", "бессент", "скотт бессент", "міністр фінансів"]),
    "lukoil": ("Lukoil", ["lukoil", "лукойл", "«лукойлу»", "лукойлу"]),
    "rosneft_uk": ("Rosneft", ["rosneft", "роснафта", "«роснафти»", "роснафти", "роснефть"]),
    "syniehubov": ("Oleh Syniehubov", ["syniehubov", "synegubov", "oleh syniehubov", "синєгубов",
                                       "олег синєгубов", "голова харківської ова", "синєгубова"]),
    "terekhov": ("Ihor Terekhov", ["terekhov", "ihor terekhov", "терехов", "ігор терехов", "міський голова"]),
    "epicentr": ("Epicentr K hypermarket", ["epicentr", "epicentr k", "епіцентр", "«епіцентр»",
                                            "будівельний гіпермаркет", "гіпермаркет"]),
    "oc_south": ("Operational Command South", ["operational command south", "ok pivden",
                                               "оперативне командування «південь»", "оперативному командуванні «південь»",
                                               "ок «південь»"]),
    "prokudin": ("Oleksandr Prokudin", ["prokudin", "oleksandr prokudin", "прокудін", "олександр прокудін",
                                        "голова херсонської ова"]),
    "shmyhal": ("Denys Shmyhal", ["shmyhal", "denys shmyhal", "шмигаль", "денис шмигаль", "прем'єр-міністр"]),
    "iaea": ("IAEA", ["iaea", "international atomic energy agency", "магате"]),
    "nsdc": ("National Security and Defence Council of Ukraine", ["nsdc", "рнбо"]),
    "gerasimov": ("Valery Gerasimov", ["gerasimov", "valery gerasimov", "герасимов", "валерий герасимов",
                                       "начальник генштаба"]),
    "smirnov": ("Alexei Smirnov", ["smirnov", "alexei smirnov", "alexey smirnov", "смирнов", "алексей смирнов",
                                   "временно исполняющий обязанности губернатора курской области"]),
    "kursk_residents": ("residents of Kursk Oblast border areas", ["residents", "жители приграничных населенных пунктов",
                                                                   "жителей приграничных населенных пунктов"]),
    "rkn": ("Roskomnadzor", ["roskomnadzor", "rkn", "роскомнадзор", "ркн"]),
    "mintsifry": ("Ministry of Digital Development of Russia", ["ministry of digital development of russia",
                                                                 "mintsifry", "минцифры"]),
    "telegram": ("Telegram", ["telegram", "телеграм"]),
    "whatsapp": ("WhatsApp", ["whatsapp", "ватсап"]),
    "lavrov": ("Sergei Lavrov", ["lavrov", "sergei lavrov", "лавров", "сергей лавров"]),
    "ushakov": ("Yuri Ushakov", ["ushakov", "yuri ushakov", "ушаков", "юрий ушаков"]),
    "rubio": ("Marco Rubio", ["rubio", "marco rubio", "рубио", "марко рубио"]),
    "witkoff": ("Steve Witkoff", ["witkoff", "steve witkoff", "уиткофф", "стив уиткофф"]),
    "ru_mfa": ("Ministry of Foreign Affairs of Russia", ["ministry of foreign affairs of russia", "russian foreign ministry",
                                                         "мид", "мид россии", "министерство иностранных дел",
                                                         "министерстве иностранных дел"]),
    "eu_media": ("EU media outlets", ["eu media", "european media", "der spiegel", "le monde", "el pais",
                                      "средства массовой информации", "средству массовой информации", "европейские сми"]),
    "ru_media": ("Russian media outlets", ["russian media", "российские сми", "российских сми", "российских изданий"]),
    "rutube": ("RuTube", ["rutube", "рутуб", "видеохостинг rutube"]),
    "anonymous": ("Anonymous", ["anonymous", "анонимус", "движение anonymous"]),
    "smart_tv_viewers": ("Smart TV viewers", ["smart tv viewers", "абоненты", "абонентов ряда операторов", "smart tv"]),
    "ua_defenders_ret": ("Ukrainian prisoners of war", ["ukrainian prisoners of war", "українські захисники", "захисники"]),
})

goldlib.PLACES.update({
    "PL": ("Poland", "PL", None, None, "country", ["poland", "польща"]),
    "BY": ("Belarus", "BY", None, None, "country", ["belarus", "белоруссия", "белоруссии"]),
    "lviv": ("Lviv", "UA", 49.84, 24.03, "city", ["lviv", "lvov", "львів", "львові", "львов"]),
    "odesa": ("Odesa", "UA", 46.48, 30.73, "city", ["odesa", "odessa", "одеса", "одесі", "одесса"]),
    "kharkiv": ("Kharkiv", "UA", 49.99, 36.23, "city", ["kharkiv", "kharkov", "харків", "харкові", "харьков"]),
    "kyiv_shevchenkivskyi": ("Shevchenkivskyi District, Kyiv", "UA", 50.45, 30.49, "city", [
        "shevchenkivskyi district", "kyiv", "шевченківський район", "шевченківському районі", "київ", "столиці"]),
    "crimean_bridge": ("Crimean Bridge", "UA", 45.31, 36.51, "site", ["crimean bridge", "kerch bridge",
                                                                      "кримський міст", "кримському мосту"]),
    "zaporizhzhia": ("Zaporizhzhia", "UA", 47.84, 35.14, "city", ["zaporizhzhia", "zaporozhye", "запоріжжя", "запоріжжі"]),
    "zhytomyr": ("Zhytomyr", "UA", 50.25, 28.66, "city", ["zhytomyr", "житомир", "житомирі"]),
    "magadan": ("Magadan", "RU", 59.56, 150.8, "city", ["magadan", "магадан", "магадане"]),
    "sochi": ("Sochi", "RU", 43.6, 39.73, "city", ["sochi", "сочі", "сочи"]),
    "budapest": ("Budapest", "HU", 47.5, 19.04, "city", ["budapest", "будапешт", "будапешті"]),
    "kharkiv_epicentr": ("Epicentr K hypermarket, Kharkiv", "UA", 49.99, 36.23, "city", [
        "kharkiv", "харків", "харкові", "епіцентр", "«епіцентр»"]),
    "kakhovka_dam": ("Kakhovka Dam", "UA", 46.78, 33.37, "site", ["kakhovka dam", "kakhovka hpp", "nova kakhovka",
                                                                 "каховська гес", "каховської гес", "гребля каховської гес"]),
    "kherson_oblast": ("Kherson Oblast", "UA", 46.64, 32.61, "region", ["kherson oblast", "kherson region", "kherson",
                                                                       "херсонщина", "херсонщині", "херсон", "херсона"]),
    "znpp": ("Zaporizhzhia Nuclear Power Plant", "UA", 47.51, 34.58, "site", ["zaporizhzhia npp", "znpp",
                                                                             "запорізька аес", "запорізької аес"]),
    "kyiv_2016": ("Kyiv", "UA", 50.45, 30.52, "city", ["kyiv", "київ", "києві"]),
    "ramenskoye": ("Ramenskoye", "RU", 55.57, 38.23, "city", ["ramenskoye", "ramenskoe", "раменское",
                                                              "раменском городском округе", "раменском"]),
    "sudzha": ("Sudzhansky District", "RU", 51.19, 35.27, "region", ["sudzha", "sudzhansky district", "суджа",
                                                                     "суджанский район", "суджанском районе"]),
    "pulkovo": ("Pulkovo Airport", "RU", 59.8, 30.26, "site", ["pulkovo", "пулково"]),
    "st_petersburg": ("Saint Petersburg", "RU", 59.94, 30.31, "city", ["saint petersburg", "st petersburg",
                                                                      "санкт-петербург", "санкт-петербурга", "петербург"]),
    "gubastovo": ("Gubastovo, Kolomna", "RU", 55.13, 38.84, "city", ["gubastovo", "kolomna", "губастово",
                                                                     "коломна", "коломной", "подмосковье"]),
    "jber": ("Joint Base Elmendorf-Richardson, Anchorage", "US", 61.25, -149.8, "site", [
        "joint base elmendorf-richardson", "elmendorf-richardson", "anchorage", "alaska",
        "элмендорф-ричардсон", "анкоридж", "анкоридже", "аляска", "аляске"]),
})

OUT = os.path.join(HERE, "gold")
GOLD = GoldSet()
doc = GOLD.doc


# =========================================================== Ukrainian =====
V = ["Вісті Прикарпаття"]
D = "2023-12-29"
doc("201_uk_masovanyi_udar_29_hrudnia.txt", "uk", D,
    "Morning of 29 December 2023, the largest Russian air attack up to then. Figures from Air Force commander Mykola Oleshchuk. Required: the attack (158 weapons: 122 missiles, 36 drones), the 87 missiles and 27 Shaheds shot down, "
    "the damage in Kyiv (homes and warehouses) and to a maternity hospital in Dnipro, the object (probably a Russian missile) that entered Polish airspace according to the Polish Armed Forces' Operational Command "
    "('імовірно': claimed or alleged), Warsaw's summoning of the Russian chargé d'affaires, and Zelensky's call for air defence. Optional: the missile and drone parts of the attack, the 'largest' remark, "
    "the unnumbered casualties, and one attack per city where explosions were heard.",
    [
        ev("attack-158", "attack", "mixed", D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(158, "weapon", "launched"), Q(122, "missile", "launched"), Q(36, "drone", "launched")],
           att=attr("oleshchuk", V, AC, extra=("повітряних сил",)),
           quote="противник випустив 158 засобів повітряного нападу — 122 ракети різних типів і 36 ударних дронів"),
        ev("missiles-122", "attack", "missile", D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia")], q=[Q(122, "missile", "launched")], att=attr("oleshchuk", V, AC),
           quote="122 ракети різних типів"),
        ev("drones-36", "attack", "drone", D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia")], q=[Q(36, "drone", "launched")], att=attr("oleshchuk", V, AC),
           quote="36 ударних дронів"),
        ev("largest-remark", "statement", "assessment", D, optional=True,
           att=attr(None, V, ["asserted"]),
           quote="наймасованішого повітряного удару від початку повномасштабного вторгнення"),
        ev("shotdown-87-missiles", "interception", "missile", D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "oleshchuk")],
           q=[Q(87, "missile", "shot_down")], att=attr("oleshchuk", V, AC), quote="знешкодити 87 ракет"),
        ev("shotdown-27-shaheds", "interception", "drone", D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "oleshchuk")],
           q=[Q(27, "drone", "shot_down")], att=attr("oleshchuk", V, AC), quote="27 «Шахедів»"),
        ev("explosions-kyiv", "attack", "mixed", D, loc=P("kyiv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Вибухи пролунали в Києві"),
        ev("explosions-lviv", "attack", "mixed", D, loc=P("lviv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Львові"),
        ev("explosions-odesa", "attack", "mixed", D, loc=P("odesa"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Одесі"),
        ev("explosions-dnipro", "attack", "mixed", D, loc=P("dnipro"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Дніпрі та Харкові"),
        ev("explosions-kharkiv", "attack", "mixed", D, loc=P("kharkiv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Харкові"),
        ev("kyiv-damage", "damage", "destruction", D, loc=P("kyiv"), also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]),
           quote="У столиці постраждали житлові будинки та склади"),
        ev("dnipro-maternity", "damage", "destruction", D, loc=P("dnipro"), also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]),
           quote="у Дніпрі пошкоджено пологовий будинок"),
        ev("casualties", "damage", "casualties", D, loc=P("UA"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]),
           quote="Є загиблі й поранені"),
        ev("poland-airspace", "other", "airspace_violation", D, loc=P("PL"), also=["statement", "attack"],
           actors=[A("initiator", "russia"), A("claimant", "polish_command"), A("target", "poland")],
           att=attr("polish_command", V, ["claimed", "alleged"]),
           quote="об'єкт, імовірно російська ракета, на кілька хвилин залетів у повітряний простір країни"),
        ev("poland-summons", "contact", "meeting", D, also=["statement", "other"],
           actors=[A("initiator", "poland"), A("addressee", "ru_charge")], att=attr(None, V, ["asserted"]),
           quote="Варшава викликала для пояснень російського повіреного у справах"),
        ev("zelensky-air-defence", "statement", "demand", D,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="закликав партнерів не зволікати з новими поставками систем ППО"),
    ])

V = ["Столичний оглядач"]
D = "2022-10-10"
doc("202_uk_10_zhovtnia_2022_kyiv.txt", "uk", D,
    "Monday 10 October 2022, the mass missile strike on Kyiv and other cities. Required: the attack as a whole (84 cruise missiles, per Zaluzhnyi), the 43 destroyed, the explosions in Shevchenkivskyi District of Kyiv (Klitschko), "
    "the power cuts in several oblasts (country level) and in Lviv (Sadovyi), Putin's acknowledgement that he ordered the strikes as a response to the Crimean Bridge blast, his threat of 'harsh' responses (hypothetical), "
    "and Zelensky's statement. Optional: the 'first strike on the centre in months' remark, the missiles that fell by the playground and the glass bridge (damage), one attack per other city with explosions (Lviv, Dnipro, Zaporizhzhia, Kharkiv, Zhytomyr), "
    "the officials' remark that the energy sector was the main target, the Crimean Bridge explosion of 8 October as an event of its own, and the G7 video meeting planned for 'Завтра, 11 жовтня' (hypothetical).",
    [
        ev("attack-84-missiles", "attack", "missile", D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(84, "missile", "launched")], att=attr("zaluzhnyi", V, AC),
           quote="ворог випустив по території України 84 крилаті ракети"),
        ev("shotdown-43", "interception", "missile", D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "zaluzhnyi")],
           q=[Q(43, "missile", "shot_down")], att=attr("zaluzhnyi", V, AC),
           quote="з яких 43 знищили сили протиповітряної оборони"),
        ev("kyiv-explosions", "attack", "missile", D, loc=P("kyiv_shevchenkivskyi"),
           actors=[A("initiator", "russia"), A("claimant", "klitschko")], att=attr("klitschko", V, AC),
           quote="Вибухи пролунали в Шевченківському районі столиці"),
        ev("first-strike-on-centre", "statement", "assessment", D, optional=True,
           att=attr(None, V, ["asserted"]),
           quote="Це перший за кілька місяців масований удар по центру столиці"),
        ev("kyiv-park-bridge", "damage", "destruction", D, loc=P("kyiv_shevchenkivskyi"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr("klitschko", V, AC),
           quote="Одна з ракет упала поруч із дитячим майданчиком у парку"),
        ev("explosions-lviv", "attack", "missile", D, loc=P("lviv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Вибухи також пролунали у Львові"),
        ev("explosions-dnipro", "attack", "missile", D, loc=P("dnipro"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Дніпрі, Запоріжжі"),
        ev("explosions-zaporizhzhia", "attack", "missile", D, loc=P("zaporizhzhia"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Запоріжжі, Харкові"),
        ev("explosions-kharkiv", "attack", "missile", D, loc=P("kharkiv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Харкові та Житомирі"),
        ev("explosions-zhytomyr", "attack", "missile", D, loc=P("zhytomyr"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, ["asserted"]), quote="Житомирі"),
        ev("energy-targeted", "statement", "assessment", D, optional=True, also=["attack"],
           actors=[A("speaker", "ua_officials")], att=attr("ua_officials", V, AC),
           quote="були спрямовані передусім на енергетичну інфраструктуру"),
        ev("power-cuts-oblasts", "disruption", "power", D, loc=P("UA"),
           att=attr(None, V, ["asserted"]), quote="Без світла частково залишилися кілька областей"),
        ev("lviv-power-cut", "disruption", "power", D, loc=P("lviv"),
           actors=[A("speaker", "sadovyi")], att=attr("sadovyi", V, AC),
           quote="електропостачання та гаряча вода тимчасово зникли в значній частині міста"),
        ev("putin-ordered", "statement", "remark", D,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, AC),
           quote="визнав, що удари завдано за його наказом"),
        ev("crimean-bridge-blast", "attack", "explosion", "2022-10-08", loc=P("crimean_bridge"), optional=True, also=["damage"],
           att=attr(None, V, ["asserted"]), quote="вибух на Кримському мосту 8 жовтня"),
        ev("putin-threat", "statement", "threat", D,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, HYP),
           quote="в разі нових атак на території Росії відповідь буде «жорсткою»"),
        ev("zelensky-statement", "statement", "assessment", D,
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="Росія намагається знищити українців і їхню енергетику"),
        ev("g7-meeting", "contact", "meeting", "2022-10-11", optional=True,
           actors=[A("participant", "zelensky"), A("participant", "g7")], att=attr(None, V, HYP),
           quote="лідери країн G7 мають провести екстрену онлайн-зустріч"),
    ])

V = ["Волинь Оперативна"]
D = "2025-05-25"
doc("203_uk_obmin_303_25_travnia.txt", "uk", D,
    "Telegram-style post of 25 May 2025 ('Сьогодні'): the third stage of the Istanbul exchange. Required: 303 Ukrainian defenders returned (Zelensky). Optional: the completion of the 1000-for-1000 exchange over three days (23-25 May).",
    [
        ev("exchange-303", "other", "prisoner_exchange", D,
           actors=[A("participant", "ukraine"), A("participant", "russia"), A("victim", "ua_defenders_ret")],
           q=[Q(303, "prisoner", "returned")], att=attr("zelensky", V, AC),
           quote="додому повернулися ще 303 українські захисники"),
        ev("exchange-completed", "other", "prisoner_exchange", "2025-05-23", D, optional=True,
           actors=[A("participant", "ukraine"), A("participant", "russia")],
           q=[Q(1000, "prisoner", "returned")], att=attr("zelensky", V, AC),
           quote="Цим етапом завершено обмін «1000 на 1000», що тривав три дні"),
    ])

V = ["Столичний оглядач"]
D = "2025-05-19"
doc("204_uk_rozmova_tramp_putin_19_travnia.txt", "uk", "2025-05-20",
    "Published 20 May 2025 about the call of 'учора' (19 May). Required: the Trump-Putin call (over two hours), Trump's Truth Social statement that Russia and Ukraine will 'immediately' start negotiations (hypothetical accepted), "
    "Putin's readiness to work on a memorandum on a future peace agreement, Zelensky's calls with Trump before and after (two calls; the second with European leaders), Zelensky's readiness for direct talks, "
    "and his call for stronger sanctions if Moscow keeps rejecting a ceasefire (hypothetical accepted). Optional: Trump's remark that the parties set the conditions, his remark on Russia's wish to trade with the US after the war, the Vatican's interest, Putin's remark on a possible temporary truce, and Zelensky's warning against decisions without Ukraine.",
    [
        ev("call-trump-putin", "contact", "call", D,
           actors=[A("participant", "trump"), A("participant", "putin")], att=attr(None, V, ["asserted"]),
           quote="учора провів із Володимиром Путіним телефонну розмову, яка тривала понад дві години"),
        ev("trump-immediate-talks", "statement", "remark", D,
           actors=[A("speaker", "trump"), A("target", "russia"), A("target", "ukraine")],
           att=attr("trump", ["Truth Social"] + V, AC + ["hypothetical"]),
           quote="Росія та Україна «негайно» розпочнуть переговори про припинення вогню"),
        ev("trump-parties-set-terms", "statement", "remark", D, optional=True,
           actors=[A("speaker", "trump")], att=attr("trump", ["Truth Social"] + V, AC),
           quote="Умови, за його словами, мають узгодити самі сторони"),
        ev("trump-trade-remark", "statement", "remark", D, optional=True,
           actors=[A("speaker", "trump"), A("target", "russia")], att=attr("trump", ["Truth Social"] + V, AC + ["hypothetical"]),
           quote="після завершення війни Росія хоче масштабної торгівлі зі Сполученими Штатами"),
        ev("vatican-interest", "statement", "remark", D, optional=True,
           actors=[A("speaker", "vatican")], att=attr("trump", V, AC + ["hypothetical"]),
           quote="Ватикан в особі Папи Римського висловив зацікавленість у проведенні таких переговорів"),
        ev("putin-memorandum", "statement", "remark", D,
           actors=[A("speaker", "putin"), A("addressee", "ukraine")], att=attr("putin", V, AC + ["hypothetical"]),
           quote="Москва готова працювати з Києвом над меморандумом про можливу майбутню мирну угоду"),
        ev("putin-truce-conditions", "statement", "remark", D, optional=True,
           actors=[A("speaker", "putin")], att=attr("putin", V, HYP + AC),
           quote="могли б бути визначені й умови тимчасового перемир'я"),
        ev("call-zelensky-trump-before", "contact", "call", D,
           actors=[A("participant", "zelensky"), A("participant", "trump")], att=attr(None, V, ["asserted"]),
           quote="поговорив із Трампом двічі"),
        ev("call-after-with-europeans", "contact", "call", D,
           actors=[A("participant", "zelensky"), A("participant", "trump"), A("participant", "european_leaders")],
           att=attr(None, V, ["asserted"]),
           quote="До другої розмови приєдналися лідери Франції, Німеччини, Італії та Фінляндії"),
        ev("zelensky-ready-direct-talks", "statement", "remark", D,
           actors=[A("speaker", "zelensky"), A("addressee", "russia")], att=attr("zelensky", V, AC),
           quote="Україна готова до прямих переговорів із Росією в будь-якому форматі"),
        ev("zelensky-nothing-without-ukraine", "statement", "demand", D, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="жодні рішення щодо України не можна ухвалювати без неї"),
        ev("zelensky-sanctions-if-refusal", "statement", "demand", D,
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, HYP + AC),
           quote="партнерам слід посилити санкції"),
    ])

V = ["Кібервісник"]
doc("205_uk_industroyer2.txt", "uk", "2022-04-12",
    "Published 12 April 2022: CERT-UA's report (with ESET) of the foiled Sandworm attack on a Ukrainian energy company with Industroyer2; the outage was planned for the evening of Friday 8 April. "
    "Required: the attempted cyberattack (dated 8 April with 7 days' tolerance; Sandworm, linked to the GRU) and Zhora's estimate that about two million people could have lost power (hypothetical). "
    "Optional: the targeting of high-voltage substations and the prepared CaddyWiper as operations of their own, the planned outage that did not happen (disruption; hypothetical or denied), the joint analysis with ESET, "
    "and the 2016 Kyiv blackout (dated to 2016).",
    [
        ev("industroyer2-attack", "cyber_operation", "intrusion", "2022-04-08", "2022-04-12", tol=7, loc=P("UA"),
           actors=[A("initiator", "sandworm"), A("target", "ua_energy_company"), A("claimant", "cert_ua")],
           att=attr("cert_ua", V, CA), quote="запобігли масштабній кібератаці на енергетичну компанію"),
        ev("substations-targeted", "cyber_operation", "intrusion", "2022-04-08", tol=7, loc=P("UA"), optional=True,
           actors=[A("initiator", "sandworm"), A("target", "ua_energy_company")], att=attr("cert_ua", V, CA),
           quote="намагалися вивести з ладу високовольтні підстанції компанії"),
        ev("caddywiper", "cyber_operation", "wiper", "2022-04-08", tol=7, loc=P("UA"), optional=True,
           actors=[A("initiator", "sandworm")], att=attr("cert_ua", V, CA),
           quote="готували запуск програми-стирача CaddyWiper"),
        ev("planned-outage", "disruption", "power", "2022-04-08", loc=P("UA"), optional=True,
           actors=[A("initiator", "sandworm")], att=attr("cert_ua", V, ["hypothetical", "denied"]),
           quote="відключення було заплановане на вечір п'ятниці, 8 квітня"),
        ev("eset-analysis", "other", "investigation", "2022-04-08", "2022-04-12", optional=True,
           actors=[A("participant", "eset"), A("participant", "cert_ua")], att=attr(None, V, ["asserted"]),
           quote="Аналіз проводили разом зі словацькою компанією ESET"),
        ev("kyiv-2016-blackout", "cyber_operation", "disruption", "2016-01-01", "2016-12-31", loc=P("kyiv_2016"), optional=True,
           also=["disruption"], actors=[A("initiator", "sandworm")], att=attr("eset", V, CA),
           quote="під час відключення електроенергії в Києві у 2016 році"),
        ev("zhora-two-million", "statement", "assessment", "2022-04-12",
           actors=[A("speaker", "zhora")], q=[Q(2000000, "person", "affected", "approx")],
           att=attr("zhora", V, ["hypothetical", "claimed", "asserted"]),
           quote="без світла могли залишитися близько двох мільйонів людей"),
    ])

V = ["Економічна правда дня"]
D22 = "2025-10-22"
doc("206_uk_sanktsii_rosneft_lukoil.txt", "uk", "2025-10-23",
    "Published 23 October 2025. Required: US Treasury sanctions on Rosneft and Lukoil (Wednesday 22 October), Bessent's statement, Trump's cancellation of the planned Budapest meeting with Putin the same day "
    "(statement, refusal; also counted as contact; denied accepted), the EU's 19th package adopted 'Сьогодні, 23 жовтня', and Zelensky's welcome. Optional: the LNG import ban from 2027 as a sanction of its own.",
    [
        ev("us-sanctions-rosneft-lukoil", "sanction", "imposed", D22,
           actors=[A("initiator", "us_treasury"), A("initiator", "us"), A("target", "rosneft_uk"), A("target", "lukoil")],
           att=attr("us_treasury", V, ["asserted"]),
           quote="запровадило санкції проти двох найбільших нафтових компаній Росії — «Роснафти» та «Лукойлу»"),
        ev("bessent-statement", "statement", "assessment", D22,
           actors=[A("speaker", "bessent"), A("target", "kremlin")], att=attr("bessent", V, AC),
           quote="настав час припинити вбивства"),
        ev("budapest-cancelled", "statement", "refusal", D22, also=["contact"],
           actors=[A("speaker", "trump"), A("target", "putin")], att=attr("trump", V, AC + ["denied"]),
           quote="скасував заплановану зустріч із Володимиром Путіним у Будапешті"),
        ev("eu-19th-package", "sanction", "imposed", "2025-10-23",
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted"]),
           quote="Рада ЄС ухвалила дев'ятнадцятий пакет санкцій"),
        ev("lng-ban-2027", "sanction", "imposed", "2025-10-23", optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted", "hypothetical"]),
           quote="заборону імпорту російського зрідженого газу з початку 2027 року"),
        ev("zelensky-welcome", "statement", "remark", "2025-10-22", "2025-10-23",
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="назвавши їх сильним і потрібним сигналом"),
    ])

V = ["Волинь Оперативна"]
D = "2024-08-04"
doc("207_uk_f16_4_serpnia.txt", "uk", D,
    "Telegram-style post of Sunday 4 August 2024 (Air Force Day). Required: the delivery of the first F-16s (aid, military; delivered before 4 August: window July-4 August 2024 with 10 days' tolerance; Zelensky as source). "
    "Optional: Zelensky's confirmation as a statement (also counted as aid) and his remark that more aircraft will come (hypothetical).",
    [
        ev("f16-delivered", "aid", "military", "2024-07-01", D, tol=10,
           actors=[A("target", "ukraine")], att=attr("zelensky", V, AC),
           quote="перші винищувачі F-16 уже в Україні"),
        ev("zelensky-confirms", "statement", "remark", D, optional=True, also=["aid"],
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC),
           quote="офіційно підтвердив"),
        ev("more-aircraft", "statement", "remark", D, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, HYP + AC),
           quote="нових літаків буде більше"),
    ])

V = ["Слобожанщина Сьогодні"]
D = "2024-05-25"
doc("208_uk_epitsentr_kharkiv.txt", "uk", D,
    "Saturday 25 May 2024 ('Сьогодні вдень'): the guided-bomb strike on the Epicentr hypermarket in Kharkiv. Required: the strike (two KABs; air; Syniehubov), the fire, the casualties (no figures), and Terekhov's statement. "
    "Optional: Syniehubov's estimate that over 200 people may have been inside (hypothetical), and the emergency response.",
    [
        ev("epicentr-strike", "attack", "air", D, loc=P("kharkiv_epicentr"),
           actors=[A("initiator", "russia"), A("target", "epicentr")],
           q=[Q(2, "bomb", "launched")], att=attr("syniehubov", V, AC),
           quote="двома керованими авіабомбами вдарили по будівельному гіпермаркету «Епіцентр» у Харкові"),
        ev("epicentr-fire", "damage", "fire", D, loc=P("kharkiv_epicentr"), also=["attack"],
           actors=[A("initiator", "russia")], att=attr("syniehubov", V, AC), quote="Спалахнула масштабна пожежа"),
        ev("epicentr-casualties", "damage", "casualties", D, loc=P("kharkiv_epicentr"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "civilians")], att=attr("syniehubov", V, AC),
           quote="Є загиблі й десятки поранених"),
        ev("syniehubov-200-inside", "statement", "remark", D, optional=True,
           actors=[A("speaker", "syniehubov")], q=[Q(200, "person", "present", "at_least")],
           att=attr("syniehubov", V, HYP + AC),
           quote="всередині могли перебувати понад 200 людей"),
        ev("terekhov-terror", "statement", "assessment", D,
           actors=[A("speaker", "terekhov"), A("target", "russia")], att=attr("terekhov", V, AC),
           quote="назвав атаку черговим актом терору проти цивільного населення міста"),
        ev("emergency-response", "other", "rescue", D, loc=P("kharkiv_epicentr"), optional=True,
           actors=[A("participant", "dsns")], att=attr(None, V, ["asserted"]),
           quote="Пожежу гасять підрозділи ДСНС"),
    ])

V = ["Південний кур'єр"]
N = "2023-06-05"; D = "2023-06-06"
doc("209_uk_kakhovska_hes.txt", "uk", D,
    "Night of 5-6 June 2023 ('У ніч на 6 червня'): the destruction of the Kakhovka dam. Required: the blowing-up of the dam (attack, also counted as damage; Operational Command South as source, claimed), the flooding downstream (damage, Kherson Oblast), "
    "Prokudin's evacuation, Shmyhal's figure of up to 80 settlements at risk, Zelensky's statement, Peskov's denial of Moscow's involvement ('відкинув': denied), the IAEA's assessment for the Zaporizhzhia NPP, and the UN Security Council meeting. "
    "Optional: the NSDC meeting Zelensky convened, and Peskov's counter-accusation of 'deliberate sabotage' by Ukraine.",
    [
        ev("dam-blown-up", "attack", "explosion", N, D, loc=P("kakhovka_dam"), also=["damage"],
           actors=[A("initiator", "russia"), A("claimant", "oc_south")], att=attr("oc_south", V, CA),
           quote="російські війська підірвали греблю Каховської ГЕС"),
        ev("flooding", "damage", "destruction", D, loc=P("kherson_oblast"), also=["attack"],
           att=attr(None, V, ["asserted"]),
           quote="Вода з водосховища почала стрімко затоплювати населені пункти нижче за течією Дніпра"),
        ev("evacuation", "other", "evacuation", D, loc=P("kherson_oblast"),
           actors=[A("initiator", "prokudin")], att=attr("prokudin", V, AC),
           quote="оголосив евакуацію мешканців прибережних сіл і районів Херсона"),
        ev("shmyhal-80-settlements", "statement", "assessment", D,
           actors=[A("speaker", "shmyhal")], q=[Q(80, "settlement", "at_risk", "at_most")], att=attr("shmyhal", V, AC),
           quote="в зоні можливого підтоплення перебувають до 80 населених пунктів"),
        ev("zelensky-statement", "statement", "assessment", D,
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="назвав підрив доказом того, що Росію треба вигнати з кожного куточка української землі"),
        ev("nsdc-meeting", "contact", "meeting", D, optional=True,
           actors=[A("initiator", "zelensky"), A("participant", "nsdc")], att=attr(None, V, ["asserted"]),
           quote="скликав засідання РНБО"),
        ev("peskov-denial", "statement", "denial", D,
           actors=[A("speaker", "peskov")], att=attr("peskov", V, ["denied"]),
           quote="Речник Кремля Дмитро Пєсков відкинув причетність Москви"),
        ev("peskov-accuses-ukraine", "statement", "claim", D, optional=True,
           actors=[A("speaker", "peskov"), A("target", "ukraine")], att=attr("peskov", V, ["claimed", "alleged"]),
           quote="звинуватив у «навмисній диверсії» українську сторону"),
        ev("iaea-znpp", "statement", "assessment", D, loc=P("znpp"),
           actors=[A("speaker", "iaea")], att=attr("iaea", V, AC),
           quote="безпосередньої загрози для Запорізької АЕС"),
        ev("unsc-meeting", "contact", "meeting", D, loc=P("un_hq"),
           actors=[A("participant", "unsc"), A("initiator", "ukraine"), A("initiator", "russia")],
           att=attr(None, V, ["asserted"]), quote="скликано засідання Ради безпеки ООН"),
    ])

# ============================================================= Russian =====
V = ["Подмосковный вестник"]
N = "2024-09-09"; D = "2024-09-10"
doc("301_ru_144_bpla_10_sentyabrya.txt", "ru", D,
    "Night of 9-10 September 2024 ('за ночь', reported Tuesday morning 10 September): dated 2024-09-09..2024-09-10. Required: the MoD total of 144, Bryansk Oblast 72 ('семьдесят два') and Moscow Oblast 20 ('двадцать', 'над Подмосковьем'), "
    "the damage to blocks of flats in Ramenskoye (Vorobyov), the woman killed there, and the airport restrictions (coded once, at Moscow). Optional: the drone attack as such, Kursk Oblast (no figure), and each airport.",
    [
        ev("attack-night", "attack", "drone", N, D, loc=P("RU"), optional=True,
           actors=[A("initiator", "ukraine"), A("target", "russia")], att=attr("ru_mod", V, CA),
           quote="144 беспилотника ВСУ"),
        ev("mod-144", "interception", "drone", N, D, loc=P("RU"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], q=[Q(144, "drone", "shot_down")],
           att=attr("ru_mod", V, CA), quote="ПВО перехватила и уничтожила 144 беспилотника ВСУ"),
        ev("mod-bryansk-72", "interception", "drone", N, D, loc=P("bryansk_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], q=[Q(72, "drone", "shot_down")],
           att=attr("ru_mod", V, CA), quote="семьдесят два — были сбиты над Брянской областью"),
        ev("mod-moscow-oblast-20", "interception", "drone", N, D, loc=P("moscow_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], q=[Q(20, "drone", "shot_down")],
           att=attr("ru_mod", V, CA), quote="еще двадцать ликвидированы над Подмосковьем"),
        ev("mod-kursk", "interception", "drone", N, D, loc=P("kursk_oblast"), optional=True,
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA), quote="в том числе на Курскую"),
        ev("ramenskoye-damage", "damage", "destruction", N, D, loc=P("ramenskoye"), also=["attack"],
           actors=[A("claimant", "vorobyov")], att=attr("vorobyov", V, AC),
           quote="в Раменском городском округе обломки беспилотников попали в многоквартирные дома"),
        ev("ramenskoye-casualties", "damage", "casualties", N, D, loc=P("ramenskoye"), also=["attack"],
           actors=[A("claimant", "vorobyov"), A("victim", "civilians")], q=[Q(1, "person", "killed")],
           att=attr("vorobyov", V, AC), quote="погибла женщина, еще несколько человек пострадали"),
        ev("moscow-airports", "disruption", "airport", N, D, loc=P("moscow"),
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC),
           quote="Росавиация временно ограничила работу аэропортов Домодедово, Внуково и Жуковский"),
        ev("airport-domodedovo", "disruption", "airport", N, D, loc=P("domodedovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Домодедово"),
        ev("airport-vnukovo", "disruption", "airport", N, D, loc=P("vnukovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Внуково"),
        ev("airport-zhukovsky", "disruption", "airport", N, D, loc=P("zhukovsky"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Жуковский"),
    ])

V = ["Черноземье сегодня"]
D6 = "2024-08-06"
doc("302_ru_kurskaya_oblast_7_avgusta.txt", "ru", "2024-08-07",
    "Published Wednesday 7 August 2024: Gerasimov's report to Putin about the Ukrainian offensive in Sudzhansky District that began on the morning of 6 August. Required: the ground attack (up to 1,000 soldiers; Gerasimov; claimed), "
    "his claim of Ukrainian losses (up to 100 killed, 215 wounded; statement, also counted as damage), Putin's 'large-scale provocation' assessment, Smirnov's regional state of emergency, and the evacuation of border villages. "
    "Optional: Gerasimov's claim that the advance was stopped, his report to Putin as a meeting, and Putin's accusation of indiscriminate shelling (attack; claimed or alleged).",
    [
        ev("kursk-incursion", "attack", "ground", D6, "2024-08-07", loc=P("sudzha"),
           actors=[A("initiator", "ukraine"), A("target", "russia"), A("claimant", "gerasimov")],
           q=[Q(1000, "soldier", "involved", "at_most")], att=attr("gerasimov", V, CA),
           quote="подразделения ВСУ численностью до тысячи военнослужащих перешли в наступление в Суджанском районе Курской области"),
        ev("advance-stopped", "statement", "claim", "2024-08-07", optional=True,
           actors=[A("speaker", "gerasimov")], att=attr("gerasimov", V, CA),
           quote="продвижение противника вглубь территории остановлено"),
        ev("ua-losses-claim", "statement", "claim", "2024-08-07", also=["damage"],
           actors=[A("speaker", "gerasimov"), A("target", "ukraine")],
           q=[Q(100, "soldier", "killed", "at_most"), Q(215, "soldier", "injured")], att=attr("gerasimov", V, ["claimed"]),
           quote="потери ВСУ составили до 100 человек убитыми и 215 ранеными"),
        ev("gerasimov-report", "contact", "meeting", "2024-08-07", optional=True,
           actors=[A("participant", "gerasimov"), A("participant", "putin")], att=attr(None, V, ["asserted"]),
           quote="Валерий Герасимов в среду доложил Владимиру Путину"),
        ev("putin-provocation", "statement", "assessment", "2024-08-07",
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, AC),
           quote="назвал происходящее очередной масштабной провокацией Киева"),
        ev("putin-shelling-accusation", "attack", "artillery", D6, "2024-08-07", loc=P("kursk_oblast"), optional=True, also=["statement"],
           actors=[A("initiator", "ukraine"), A("claimant", "putin")], att=attr("putin", V, ["claimed", "alleged"]),
           quote="обвинил ВСУ в неизбирательном обстреле жилых домов и машин скорой помощи"),
        ev("state-of-emergency", "other", "state_of_emergency", "2024-08-06", "2024-08-07", loc=P("kursk_oblast"),
           actors=[A("initiator", "smirnov")], att=attr("smirnov", V, AC),
           quote="объявил в регионе режим чрезвычайной ситуации"),
        ev("evacuation", "other", "evacuation", D6, "2024-08-07", loc=P("kursk_oblast"),
           actors=[A("victim", "kursk_residents")], att=attr(None, V, ["asserted"]),
           quote="Жителей приграничных населенных пунктов вывозят в Курск"),
    ])

V = ["Столичный дозор"]
N = "2024-08-20"; D = "2024-08-21"
doc("303_ru_sobyanin_11_bpla_21_avgusta.txt", "ru", D,
    "Telegram-style post of 21 August 2024 about 'Этой ночью' (night of 20-21 August). Required: Sobyanin's at least eleven drones destroyed on their way to Moscow (interception; 'не менее одиннадцати': at_least) and his "
    "'one of the largest attempts' assessment (statement, also counted as attack). Optional: the attack on Moscow as such, and the absence of serious damage and casualties.",
    [
        ev("sobyanin-11", "interception", "drone", N, D, loc=P("moscow"),
           actors=[A("claimant", "sobyanin"), A("initiator", "ru_ad")], q=[Q(11, "drone", "shot_down", "at_least")],
           att=attr("sobyanin", V, AC),
           quote="силами ПВО уничтожено не менее одиннадцати беспилотников, летевших на столицу"),
        ev("sobyanin-largest-attempt", "statement", "assessment", D, also=["attack"],
           actors=[A("speaker", "sobyanin")], att=attr("sobyanin", V, AC),
           quote="назвал это одной из самых массовых попыток атаковать Москву дронами за всё время"),
        ev("moscow-attack", "attack", "drone", N, D, loc=P("moscow"), optional=True,
           actors=[A("target", "russia"), A("claimant", "sobyanin")], att=attr("sobyanin", V, AC),
           quote="попыток атаковать Москву дронами"),
        ev("no-serious-damage", "statement", "remark", D, optional=True, also=["damage"],
           actors=[A("speaker", "sobyanin")], att=attr("sobyanin", V, AC + ["denied"]),
           quote="Серьезных повреждений и пострадавших, по предварительным данным, нет"),
    ])

V = ["Северная столица онлайн"]
D = "2023-02-28"
doc("304_ru_pulkovo_28_fevralya.txt", "ru", D,
    "Tuesday 28 February 2023. Required: the suspension of flights at Pulkovo (site), the military's later statement that an air-defence exercise was 'якобы' under way (alleged), the drone found near Gubastovo by Kolomna "
    "(attack, also counted as other; no damage) and Vorobyov's assessment that its target was probably civilian infrastructure. Optional: the closure of the airspace within about 200 km of Saint Petersburg, "
    "and the drones seen in several southern regions the same day.",
    [
        ev("pulkovo-suspended", "disruption", "airport", D, loc=P("pulkovo"),
           att=attr(None, V, ["asserted"]),
           quote="аэропорт Пулково временно приостановил прием и отправку рейсов"),
        ev("airspace-closed", "disruption", "airspace", D, loc=P("st_petersburg"), optional=True,
           q=[Q(200, "kilometre", "radius", "approx")], att=attr(None, V, ["asserted"]),
           quote="воздушное пространство в радиусе около 200 километров от Санкт-Петербурга было закрыто"),
        ev("exercise-claim", "statement", "claim", D, also=["other"],
           actors=[A("speaker", "ru_mod")], att=attr("ru_mod", V, ["alleged"]),
           quote="в регионе якобы проходили учения системы противовоздушной обороны"),
        ev("kolomna-drone", "attack", "drone", D, loc=P("gubastovo"), also=["other"],
           att=attr("vorobyov", V, AC),
           quote="рядом с деревней Губастово под Коломной был обнаружен упавший беспилотник"),
        ev("vorobyov-target", "statement", "assessment", D,
           actors=[A("speaker", "vorobyov")], att=attr("vorobyov", V, AC + ["hypothetical"]),
           quote="целью, вероятно, был объект гражданской инфраструктуры"),
        ev("southern-drones", "attack", "drone", D, loc=P("RU"), optional=True,
           att=attr(None, V, ["claimed", "asserted"]),
           quote="беспилотники были замечены еще в нескольких регионах на юге страны"),
    ])

V = ["Техносфера"]
D = "2025-08-13"
doc("305_ru_zvonki_telegram_whatsapp.txt", "ru", D,
    "Wednesday 13 August 2025: Roskomnadzor's partial restriction of calls in Telegram and WhatsApp. Required: the restriction (disruption, communications; country level), Roskomnadzor's justification (fraud and recruitment for sabotage), "
    "the digital ministry's condition for restoring calls (hypothetical), and WhatsApp's criticism. Optional: the remark that messaging still works.",
    [
        ev("calls-restricted", "disruption", "communications", D, loc=P("RU"),
           actors=[A("initiator", "rkn"), A("target", "telegram"), A("target", "whatsapp")], att=attr("rkn", V, AC),
           quote="сообщил о частичном ограничении звонков в мессенджерах Telegram и WhatsApp"),
        ev("rkn-justification", "statement", "assessment", D,
           actors=[A("speaker", "rkn"), A("target", "telegram"), A("target", "whatsapp")], att=attr("rkn", V, AC),
           quote="стали основным каналом связи для мошенников и вербовщиков"),
        ev("messaging-works", "statement", "remark", D, optional=True,
           att=attr(None, V, ["asserted"]),
           quote="Остальные функции мессенджеров, включая переписку, продолжают работать"),
        ev("mintsifry-condition", "statement", "demand", D,
           actors=[A("speaker", "mintsifry"), A("addressee", "telegram"), A("addressee", "whatsapp")],
           att=attr("mintsifry", V, HYP + AC),
           quote="доступ к звонкам может быть восстановлен, если владельцы платформ начнут соблюдать российское законодательство"),
        ev("whatsapp-criticism", "statement", "refusal", D,
           actors=[A("speaker", "whatsapp"), A("target", "rkn")], att=attr("whatsapp", V, AC),
           quote="сервис сопротивляется попыткам лишить людей права на защищенную связь"),
    ])

V = ["Вечерний курьер"]
D = "2025-05-24"
doc("306_ru_obmen_307_24_maya.txt", "ru", D,
    "Saturday 24 May 2025: the second stage of the Istanbul exchange as the Russian MoD reported it. Required: the 307-for-307 exchange ('триста семь'). Optional: the released soldiers' stay in Belarus, "
    "and the completion expected on Sunday 25 May (hypothetical).",
    [
        ev("exchange-307", "other", "prisoner_exchange", D,
           actors=[A("participant", "russia"), A("participant", "ukraine"), A("victim", "ru_pows")],
           q=[Q(307, "prisoner", "returned")], att=attr("ru_mod", V, CA),
           quote="возвращены триста семь российских военнослужащих"),
        ev("in-belarus", "other", "repatriation", D, loc=P("BY"), optional=True,
           actors=[A("victim", "ru_pows")], att=attr("ru_mod", V, CA),
           quote="Освобожденные военные находятся на территории Белоруссии"),
        ev("completion-expected", "other", "prisoner_exchange", "2025-05-25", optional=True,
           actors=[A("participant", "russia"), A("participant", "ukraine")], att=attr(None, V, HYP),
           quote="Завершить обмен «тысяча на тысячу» стороны рассчитывают уже в воскресенье"),
    ])

V = ["Деловой обозреватель"]
D = "2025-08-15"
doc("307_ru_alyaska_15_avgusta.txt", "ru", "2025-08-16",
    "Published 16 August 2025 about the summit of 'Накануне' (15 August) at Joint Base Elmendorf-Richardson, Anchorage (site). Required: the Putin-Trump meeting (3-on-3: Lavrov, Ushakov, Rubio, Witkoff), Putin's 'constructive' assessment, "
    "his proposal to meet next in Moscow (hypothetical accepted), his warning to Kyiv and European capitals not to obstruct progress, Trump's 'no deal until there's a deal', "
    "his later post preferring a peace agreement to a ceasefire and his 'ten out of ten' in the Fox News interview (15-16 August). "
    "Optional: Putin's stop in Magadan on the way, the short press statements without questions, the European leaders who may accompany Zelensky (hypothetical), and Zelensky's expected visit to Washington on Monday 18 August (hypothetical).",
    [
        ev("alaska-summit", "contact", "meeting", D, loc=P("jber"),
           actors=[A("participant", "putin"), A("participant", "trump"), A("participant", "lavrov"),
                   A("participant", "ushakov"), A("participant", "rubio"), A("participant", "witkoff")],
           att=attr(None, V, ["asserted"]),
           quote="на американской военной базе Элмендорф-Ричардсон в Анкоридже прошла первая за несколько лет очная встреча президентов России и США"),
        ev("magadan-stop", "other", "visit", D, loc=P("magadan"), optional=True,
           actors=[A("participant", "putin")], att=attr(None, V, ["asserted"]),
           quote="По пути на Аляску Путин сделал остановку в Магадане"),
        ev("press-statements", "statement", "remark", D, optional=True,
           actors=[A("speaker", "putin"), A("speaker", "trump")], att=attr(None, V, ["asserted"]),
           quote="лидеры сделали короткие заявления для прессы, не ответив на вопросы журналистов"),
        ev("putin-constructive", "statement", "assessment", D,
           actors=[A("speaker", "putin")], att=attr("putin", V, AC),
           quote="Путин назвал переговоры конструктивными"),
        ev("putin-next-in-moscow", "statement", "proposal", D,
           actors=[A("speaker", "putin"), A("addressee", "trump")], att=attr("putin", V, AC + ["hypothetical"]),
           quote="предложил провести следующую встречу в Москве"),
        ev("putin-warns-kyiv-europe", "statement", "demand", D,
           actors=[A("speaker", "putin"), A("addressee", "ukraine"), A("addressee", "european_capitals")],
           att=attr("putin", V, AC),
           quote="в Киеве и европейских столицах не станут мешать наметившемуся прогрессу"),
        ev("trump-no-deal", "statement", "assessment", D,
           actors=[A("speaker", "trump")], att=attr("trump", V, AC),
           quote="«сделки нет, пока ее нет»"),
        ev("trump-peace-agreement", "statement", "assessment", D, "2025-08-16",
           actors=[A("speaker", "trump")], att=attr("trump", V, AC),
           quote="лучшим путем к окончанию войны считает сразу мирное соглашение, а не временное прекращение огня"),
        ev("trump-ten-of-ten", "statement", "assessment", D, "2025-08-16",
           actors=[A("speaker", "trump")], att=attr("trump", ["Fox News"] + V, AC),
           quote="оценил встречу на «десять из десяти»"),
        ev("zelensky-to-washington", "contact", "meeting", "2025-08-18", loc=P("washington"), optional=True,
           actors=[A("participant", "zelensky"), A("participant", "trump")], att=attr(None, V, HYP),
           quote="В понедельник, 18 августа, в Вашингтон, как ожидается, прилетит Владимир Зеленский"),
        ev("europeans-may-join", "contact", "meeting", "2025-08-18", loc=P("white_house"), optional=True,
           actors=[A("participant", "european_capitals"), A("participant", "trump")], att=attr(None, V, HYP + ["alleged"]),
           quote="могут сопровождать несколько европейских лидеров"),
    ])

V = ["Вечерний курьер"]
D = "2024-06-25"
doc("308_ru_otvet_na_14_paket.txt", "ru", D,
    "Tuesday 25 June 2024. Required: Russia's restriction of access to 81 media outlets from 25 EU countries (sanction, imposed; countermeasure; MFA), the EU broadcast ban on several Russian media taking effect the same day "
    "(sanction, imposed), and the EU's 14th package adopted 'Днем ранее' (24 June). Optional: the MFA's promise to reconsider (hypothetical) and the LNG transshipment ban as a sanction of its own.",
    [
        ev("ru-blocks-81-media", "sanction", "imposed", D,
           actors=[A("initiator", "russia"), A("initiator", "ru_mfa"), A("target", "eu_media")],
           q=[Q(81, "media outlet", "restricted"), Q(25, "country", "countries")], att=attr("ru_mfa", V, AC),
           quote="Россия ограничивает доступ к 81 средству массовой информации из 25 стран Евросоюза"),
        ev("eu-broadcast-ban", "sanction", "imposed", D,
           actors=[A("initiator", "eu"), A("target", "ru_media")], att=attr("ru_mfa", V, AC),
           quote="запрет вещания в ЕС нескольких российских СМИ, который вступает в силу сегодня"),
        ev("mfa-may-reconsider", "statement", "remark", D, optional=True,
           actors=[A("speaker", "ru_mfa")], att=attr("ru_mfa", V, HYP + AC),
           quote="пообещали пересмотреть решение, если ограничения в отношении российских изданий будут сняты"),
        ev("eu-14th-package", "sanction", "imposed", "2024-06-24",
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted"]),
           quote="Совет ЕС утвердил четырнадцатый пакет санкций против России"),
        ev("lng-transshipment-ban", "sanction", "imposed", "2024-06-24", optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted"]),
           quote="запрещена его перевалка в портах Евросоюза для поставок в третьи страны"),
    ])

V = ["Техносфера"]
D = "2022-05-09"
doc("309_ru_rutube_9_maya.txt", "ru", "2022-05-10",
    "Published 10 May 2022 about 'Накануне, 9 мая'. The attackers are not established; the attribution to Anonymous circulates on social networks and is unconfirmed. Required: the cyberattack on RuTube (RuTube as source), "
    "the platform's outage (disruption, communications; 9-10 May), and the anti-war messages in Smart TV programme guides (cyber operation). Optional: RuTube's promise to restore service (hypothetical) and the attribution to Anonymous (alleged).",
    [
        ev("rutube-cyberattack", "cyber_operation", "intrusion", D, loc=P("RU"),
           actors=[A("target", "rutube"), A("claimant", "rutube")], att=attr("rutube", V, AC),
           quote="платформа подверглась самой мощной кибератаке за всю свою историю"),
        ev("rutube-outage", "disruption", "communications", D, "2022-05-10", loc=P("RU"),
           actors=[A("target", "rutube")], att=attr(None, V, ["asserted"]),
           quote="Видеохостинг RuTube второй день недоступен для пользователей"),
        ev("rutube-restore", "statement", "remark", D, optional=True,
           actors=[A("speaker", "rutube")], att=attr("rutube", V, HYP + AC),
           quote="пообещали восстановить работу в ближайшее время"),
        ev("smart-tv-messages", "cyber_operation", "intrusion", D, loc=P("RU"),
           actors=[A("target", "smart_tv_viewers")], att=attr(None, V, ["asserted"]),
           quote="в программе телепередач на Smart TV вместо названий каналов появились сообщения с осуждением войны в Украине"),
        ev("anonymous-attribution", "statement", "claim", D, "2022-05-10", optional=True, also=["cyber_operation"],
           actors=[A("initiator", "anonymous"), A("target", "rutube")], att=attr(None, V, ["alleged"]),
           quote="взлом приписывают хакерам из движения Anonymous"),
    ])


if __name__ == "__main__":
    GOLD.write(OUT)
