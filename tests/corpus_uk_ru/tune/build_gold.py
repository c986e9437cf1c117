"""Builds tune/gold/*.json from the event descriptions below (run: python3 build_gold.py)."""
from __future__ import annotations

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from goldlib import AC, CA, HYP, GoldSet, actor as A, attr, ev, place as P, qty as Q  # noqa: E402

OUT = os.path.join(HERE, "gold")
GOLD = GoldSet()
doc = GOLD.doc


# =========================================================== Ukrainian =====
V = ["Оглядач Дня"]
N = "2025-05-24"; D = "2025-05-25"
doc("001_uk_povitriani_syly_367_25_travnia.txt", "uk", D,
    "Night of 24-25 May 2025 ('У ніч на 25 травня'), the combined Russian strike that the Ukrainian Air Force called the largest by number of weapons; night events carry 2025-05-24..2025-05-25. "
    "Required: the combined attack (367 weapons: 298 drones and decoys, 69 missiles), the 45 missiles shot down, the 266 drones shot down or jammed, the damage sentence listing Kyiv and three oblasts (country level), "
    "the three children killed in Korostyshiv hromada (Zhytomyr Oblast, per Vitalii Bunechko) and Zelensky's call for more sanctions. Optional: the drone and missile parts of the attack as attacks of their own, "
    "the Air Force's 'largest attack' remark, and one damage event per place named in the damage sentence.",
    [
        ev("combined-attack-367", "attack", "mixed", N, D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(367, "weapon", "launched"), Q(298, "drone", "launched"), Q(69, "missile", "launched")],
           att=attr("ua_air_force", V, AC),
           quote="У ніч на 25 травня російські війська завдали по Україні комбінованого удару ударними безпілотниками та ракетами"),
        ev("drone-part-298", "attack", "drone", N, D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(298, "drone", "launched")], att=attr("ua_air_force", V, AC),
           quote="298 ударних БпЛА типу Shahed і дронів-імітаторів"),
        ev("missile-part-69", "attack", "missile", N, D, loc=P("UA"), optional=True,
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(69, "missile", "launched")], att=attr("ua_air_force", V, AC),
           quote="69 ракет різних типів"),
        ev("shotdown-missiles-45", "interception", "missile", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(45, "missile", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="збито 45 ракет"),
        ev("shotdown-drones-266", "interception", "drone", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(266, "drone", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="ще 266 безпілотників збито або подавлено засобами радіоелектронної боротьби"),
        ev("largest-attack-remark", "statement", "assessment", D, optional=True,
           actors=[A("speaker", "ua_air_force")], att=attr("ua_air_force", V, AC),
           quote="за кількістю засобів це наймасованіший удар від початку повномасштабного вторгнення"),
        ev("damage-kyiv-and-oblasts", "damage", "destruction", N, D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")], att=attr(None, V, AC),
           quote="влучання та падіння уламків зафіксовано в Києві, на Київщині, Хмельниччині та Житомирщині"),
        ev("damage-kyiv", "damage", "destruction", N, D, loc=P("kyiv"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="в Києві"),
        ev("damage-kyiv-oblast", "damage", "destruction", N, D, loc=P("kyiv_oblast"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="на Київщині"),
        ev("damage-khmelnytskyi", "damage", "destruction", N, D, loc=P("khmelnytskyi_oblast"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Хмельниччині"),
        ev("damage-zhytomyr", "damage", "destruction", N, D, loc=P("zhytomyr_oblast"), optional=True, also=["attack"],
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Житомирщині"),
        ev("korostyshiv-children-killed", "damage", "casualties", N, D, loc=P("korostyshiv"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "children")],
           q=[Q(3, "child", "killed")], att=attr("bunechko", V, AC),
           quote="в Коростишівській громаді загинули троє дітей"),
        ev("zelensky-calls-for-sanctions", "statement", "demand", D,
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="закликав партнерів посилити санкції проти Москви"),
    ])

V = ["Оперативно | Україна"]
N = "2025-05-17"; D = "2025-05-18"
doc("002_uk_273_drony_18_travnia.txt", "uk", D,
    "Telegram-style post, night of 17-18 May 2025 ('У ніч на 18 травня'): dated 2025-05-17..2025-05-18. Figures from the Ukrainian Air Force. Required: the attack with 273 drones and decoys, "
    "the 88 shot down, and the woman killed in Obukhiv Raion (Kyiv Oblast Military Administration). Optional: the 128 decoys 'локаційно втрачені' (interception, what 'lost', as in the dev gold) and the record remark.",
    [
        ev("attack-273", "attack", "drone", N, D, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(273, "drone", "launched")], att=attr("ua_air_force", V, AC),
           quote="ворог атакував Україну 273 ударними БпЛА типу Shahed та дронами-імітаторами"),
        ev("record-remark", "statement", "assessment", D, optional=True,
           att=attr(None, V, AC),
           quote="Це найбільша кількість дронів за одну атаку від початку повномасштабної війни"),
        ev("shotdown-88", "interception", "drone", N, D, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(88, "drone", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="збито 88 безпілотників"),
        ev("lost-128", "interception", "drone", N, D, loc=P("UA"), optional=True,
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(128, "drone", "lost")], att=attr("ua_air_force", V, AC),
           quote="ще 128 — локаційно втрачені без негативних наслідків"),
        ev("obukhiv-woman-killed", "damage", "casualties", N, D, loc=P("obukhiv_raion"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "civilians")],
           q=[Q(1, "person", "killed")], att=attr("kyiv_ova", V, AC),
           quote="в Обухівському районі загинула жінка, є поранені"),
    ])

V = ["Київський кур'єр"]
D8 = "2024-07-08"
doc("003_uk_okhmatdyt_8_lypnia.txt", "uk", "2024-07-09",
    "Published 9 July 2024 about 'Вчора, 8 липня': the missile strike of 8 July 2024 and the hit on Okhmatdyt children's hospital in Kyiv. Required: the attack with 38 missiles and the 30 shot down (Air Force), "
    "the strike on Okhmatdyt (attack, also counted as damage; site precision), the two adults killed there (Ministry of Health), the SBU's statement that Kh-101 fragments were found, the Russian MoD's denial "
    "(its counter-claim that a Ukrainian air-defence missile hit the building is hedged with 'нібито'; denied or alleged accepted), the UN monitoring mission's assessment and Zelensky's call for a response. "
    "Optional: one attack per other city hit (Dnipro, Kryvyi Rih, Sloviansk, Kramatorsk, and Kyiv as such), the destruction of the hospital building apart from the deaths, the criminal case, the day of mourning on 9 July and the UN Security Council meeting convened for 9 July.",
    [
        ev("attack-38-missiles", "attack", "missile", D8, loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(38, "missile", "launched")], att=attr("ua_air_force", V, AC),
           quote="противник застосував 38 ракет різних типів"),
        ev("shotdown-30", "interception", "missile", D8, loc=P("UA"),
           actors=[A("initiator", "ua_defence"), A("claimant", "ua_air_force")],
           q=[Q(30, "missile", "shot_down")], att=attr("ua_air_force", V, AC),
           quote="із них 30 вдалося збити"),
        ev("attack-kyiv", "attack", "missile", D8, loc=P("kyiv"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Під удар потрапили Київ"),
        ev("attack-dnipro", "attack", "missile", D8, loc=P("dnipro"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Дніпро"),
        ev("attack-kryvyi-rih", "attack", "missile", D8, loc=P("kryvyi_rih"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Кривий Ріг"),
        ev("attack-sloviansk", "attack", "missile", D8, loc=P("sloviansk"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Слов'янськ"),
        ev("attack-kramatorsk", "attack", "missile", D8, loc=P("kramatorsk"), optional=True,
           actors=[A("initiator", "russia")], att=attr(None, V, AC), quote="Краматорськ"),
        ev("okhmatdyt-strike", "attack", "missile", D8, loc=P("okhmatdyt"), also=["damage"],
           actors=[A("initiator", "russia"), A("target", "okhmatdyt")], att=attr(None, V, ["asserted"]),
           quote="У столиці ракета влучила в найбільшу дитячу лікарню країни"),
        ev("okhmatdyt-destruction", "damage", "destruction", D8, loc=P("okhmatdyt"), optional=True, also=["attack"],
           actors=[A("initiator", "russia"), A("target", "okhmatdyt")], att=attr(None, V, ["asserted"]),
           quote="Зруйновано один із корпусів, пошкоджено ще кілька будівель"),
        ev("okhmatdyt-killed-2", "damage", "casualties", D8, loc=P("okhmatdyt"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "civilians")],
           q=[Q(2, "person", "killed")], att=attr("ua_moh", V, AC),
           quote="у лікарні загинули двоє дорослих, серед них лікарка"),
        ev("sbu-kh101-fragments", "statement", "assessment", D8, "2024-07-09", also=["other"],
           actors=[A("speaker", "sbu"), A("target", "russia")], att=attr("sbu", V, AC),
           quote="на місці влучання виявлено уламки крилатої ракети Х-101"),
        ev("criminal-case", "other", "investigation", D8, "2024-07-09", optional=True,
           actors=[A("initiator", "sbu")], att=attr("sbu", V, AC),
           quote="Відкрито кримінальне провадження"),
        ev("ru-mod-denial", "statement", "denial", D8, "2024-07-09",
           actors=[A("speaker", "ru_mod"), A("target", "ua_defence")],
           att=attr("ru_mod", V, ["denied", "alleged", "claimed"]),
           quote="У Міністерстві оборони РФ спростували удар по лікарні"),
        ev("hrmmu-direct-hit", "statement", "assessment", D8, "2024-07-09",
           actors=[A("speaker", "un_hrmmu")], att=attr("un_hrmmu", V, AC),
           quote="існує висока ймовірність того, що лікарня зазнала прямого влучання"),
        ev("zelensky-response", "statement", "demand", D8, "2024-07-09",
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="закликав партнерів до рішучої відповіді"),
        ev("kyiv-mourning", "other", "mourning", "2024-07-09", loc=P("kyiv"), optional=True,
           att=attr(None, V, ["asserted"]), quote="У Києві 9 липня оголошено днем жалоби"),
        ev("unsc-emergency-meeting", "contact", "meeting", "2024-07-09", loc=P("un_hq"), optional=True,
           actors=[A("participant", "unsc")], att=attr(None, V, ["asserted", "hypothetical"]),
           quote="скликано екстрене засідання Ради безпеки ООН"),
    ])

V = ["Контекст.UA"]
D12 = "2023-12-12"
doc("004_uk_kyivstar_kiberataka.txt", "uk", "2023-12-13",
    "Published 13 December 2023 about the cyberattack on Kyivstar that began 'вчора вранці, 12 грудня'. Required: the cyberattack (the SBU's working version names Russian special services as initiator), "
    "the nationwide loss of mobile service and mobile internet for an operator with about 24 million users (disruption, dated 12-13 December), Komarov's statement that subscribers' personal data were not compromised "
    "(a denial of a leak; denied accepted), the SBU's criminal case, the SBU's version of Russian involvement (hypothetical) and Solntsepyok's claim of responsibility with its figures, hedged by 'нібито' (alleged). "
    "Optional: a separate mobile-internet disruption, Komarov's remark about war in cyberspace and the promise to restore service.",
    [
        ev("kyivstar-cyberattack", "cyber_operation", "intrusion", D12, "2023-12-13", loc=P("UA"),
           actors=[A("target", "kyivstar"), A("initiator", "ru_special_services")], att=attr(None, V, AC),
           quote="після потужної хакерської атаки"),
        ev("kyivstar-outage", "disruption", "communications", D12, "2023-12-13", loc=P("UA"),
           actors=[A("target", "kyivstar")],
           q=[Q(24000000, "subscriber", "subscribers", "approx")], att=attr(None, V, ["asserted"]),
           quote="без мобільного зв'язку та мобільного інтернету залишилися абоненти по всій Україні"),
        ev("kyivstar-mobile-internet", "disruption", "mobile_internet", D12, "2023-12-13", loc=P("UA"), optional=True,
           actors=[A("target", "kyivstar")], att=attr(None, V, ["asserted"]),
           quote="мобільного інтернету залишилися абоненти"),
        ev("komarov-war-in-cyberspace", "statement", "remark", "2023-12-12", "2023-12-13", optional=True,
           actors=[A("speaker", "komarov")], att=attr("komarov", V, AC),
           quote="війна точиться і в кіберпросторі"),
        ev("komarov-data-not-compromised", "statement", "remark", "2023-12-12", "2023-12-13",
           actors=[A("speaker", "komarov")], att=attr("komarov", V, ["asserted", "claimed", "denied"]),
           quote="персональні дані абонентів не скомпрометовані"),
        ev("sbu-criminal-case", "other", "investigation", "2023-12-12", "2023-12-13",
           actors=[A("initiator", "sbu"), A("target", "ru_special_services")], att=attr("sbu", V, AC),
           quote="Служба безпеки України відкрила кримінальне провадження"),
        ev("sbu-version-russia", "statement", "assessment", "2023-12-12", "2023-12-13",
           actors=[A("speaker", "sbu"), A("target", "ru_special_services")],
           att=attr("sbu", V, ["hypothetical", "claimed", "alleged"]),
           quote="Одна з версій слідства — причетність російських спецслужб"),
        ev("solntsepyok-claim", "statement", "claim", "2023-12-12", "2023-12-13", also=["cyber_operation"],
           actors=[A("speaker", "solntsepyok"), A("target", "kyivstar")],
           q=[Q(10000, "computer", "disabled"), Q(4000, "server", "disabled", "at_least")],
           att=attr("solntsepyok", V, ["alleged", "claimed"], extra=("telegram",)),
           quote="стверджує, що нібито вивело з ладу 10 тисяч комп'ютерів і понад 4 тисячі серверів оператора"),
        ev("restore-promise", "statement", "remark", "2023-12-13", optional=True,
           actors=[A("speaker", "kyivstar")], att=attr("kyivstar", V, ["hypothetical", "asserted", "claimed"]),
           quote="обіцяють поступово відновити голосовий зв'язок"),
    ])

V = ["Оглядач Дня"]
D16 = "2025-05-16"
doc("005_uk_stambul_perehovory_16_travnia.txt", "uk", D16,
    "Friday 16 May 2025, the Istanbul talks at Dolmabahçe Palace (site). Required: the talks themselves (negotiation; Ukraine, Russia, Umerov, Medinsky, Fidan), the agreed 1000-for-1000 prisoner exchange "
    "(other/agreement, also counted as statement or contact; Umerov as source), Kyiv's proposal of a full ceasefire and a presidents' meeting (statement, demand), Medinsky's satisfaction with the result, "
    "the Russian withdrawal demand reported by Reuters from a source in the Ukrainian delegation and hedged with 'нібито' (alleged), and Trump's remark of the day before ('напередодні': 15 May). "
    "Optional: Medinsky's remark that each side will set out its vision of a ceasefire, the source's rejection of the demand, and Zelensky's presence at the European Political Community summit in Tirana.",
    [
        ev("istanbul-talks", "contact", "negotiation", D16, loc=P("dolmabahce"),
           actors=[A("participant", "ukraine"), A("participant", "russia"), A("participant", "umerov"),
                   A("participant", "medinsky"), A("participant", "fidan")],
           att=attr(None, V, ["asserted"]),
           quote="у Стамбулі відбулися перші з весни 2022 року прямі переговори делегацій України та Росії"),
        ev("exchange-1000-agreed", "other", "agreement", D16, also=["statement", "contact"],
           actors=[A("participant", "ukraine"), A("participant", "russia"), A("speaker", "umerov")],
           q=[Q(1000, "prisoner", "to_exchange")], att=attr("umerov", V, AC + ["hypothetical"]),
           quote="сторони домовилися про обмін полоненими за формулою «1000 на 1000»"),
        ev("ua-ceasefire-proposal", "statement", "demand", D16,
           actors=[A("speaker", "ukraine"), A("speaker", "umerov"), A("addressee", "russia")],
           att=attr("umerov", V, AC),
           quote="Київ також запропонував повне й безумовне припинення вогню"),
        ev("medinsky-satisfied", "statement", "assessment", D16,
           actors=[A("speaker", "medinsky")], att=attr("medinsky", V, AC),
           quote="Москва задоволена результатом і готова продовжувати контакти"),
        ev("medinsky-visions", "statement", "remark", D16, optional=True,
           actors=[A("speaker", "medinsky")], att=attr("medinsky", V, AC + ["hypothetical"]),
           quote="кожна зі сторін письмово викладе своє бачення можливого перемир'я"),
        ev("ru-withdrawal-demand", "statement", "demand", D16,
           actors=[A("speaker", "russia"), A("addressee", "ukraine")],
           att=attr("ua_delegation_source", ["Reuters"] + V, ["alleged"], extra=("reuters",)),
           quote="російська сторона нібито вимагала, щоб Україна вивела війська"),
        ev("source-rejects-demand", "statement", "refusal", D16, optional=True,
           actors=[A("speaker", "ua_delegation_source")], att=attr("ua_delegation_source", ["Reuters"] + V, AC),
           quote="Джерело назвало такі умови неприйнятними"),
        ev("zelensky-tirana", "contact", "meeting", D16, loc=P("tirana"), optional=True,
           actors=[A("participant", "zelensky")], att=attr(None, V, ["asserted"]),
           quote="перебував у Тирані на саміті Європейської політичної спільноти"),
        ev("trump-remark-0515", "statement", "assessment", "2025-05-15",
           actors=[A("speaker", "trump"), A("target", "putin")], att=attr("trump", V, AC),
           quote="нічого не зрушить з місця, доки він особисто не зустрінеться з Путіним"),
    ])

V = ["Новини Полісся"]
D23 = "2025-05-23"
doc("006_uk_obmin_390_23_travnia.txt", "uk", D23,
    "Telegram-style post of 23 May 2025 ('Сьогодні'): the first stage of the 1000-for-1000 exchange, 390 for 390. Required: the exchange itself (other, prisoner_exchange) with 390, 270 military and 120 civilians, Zelensky as source. "
    "Optional: his remark that the exchange continues in the coming days (hypothetical), and the Russian MoD's confirmation, which restates the same exchange (also counted as other).",
    [
        ev("exchange-390", "other", "prisoner_exchange", D23,
           actors=[A("participant", "ukraine"), A("participant", "russia"), A("victim", "ua_pows")],
           q=[Q(390, "prisoner", "returned"), Q(270, "soldier", "returned"), Q(120, "civilian", "returned")],
           att=attr("zelensky", V, AC),
           quote="Додому повертаються 390 українців — 270 військових і 120 цивільних"),
        ev("exchange-continues", "statement", "remark", D23, optional=True,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, ["hypothetical", "asserted", "claimed"]),
           quote="обмін триватиме й найближчими днями"),
        ev("ru-mod-confirms", "statement", "remark", D23, optional=True, also=["other"],
           actors=[A("speaker", "ru_mod")], q=[Q(390, "prisoner", "returned")], att=attr("ru_mod", V, AC),
           quote="Міноборони РФ зі свого боку підтвердило повернення 390 росіян"),
    ])

V = ["Контекст.UA"]
D1 = "2025-06-01"
doc("007_uk_pavutyna_1_chervnia.txt", "uk", "2025-06-02",
    "Published 2 June 2025 about Operation Spiderweb ('вчора, 1 червня'). Required: the SBU drone attack on Russian airfields (117 drones, per Zelensky), the claimed damage (41 aircraft hit, USD 7 billion, 34% of cruise-missile carriers; "
    "damage, also counted as attack), Zelensky's evening address, the Russian MoD's account: fires in Murmansk and Irkutsk oblasts (two damage events), attacks elsewhere 'нібито' repelled (interception, alleged) "
    "and the detention of some participants. Optional: each of the four named air bases as its own attack (site precision), the evacuation of the helpers from Russia, Maliuk's coordination, "
    "and the second round of talks expected in Istanbul 'сьогодні' (2 June; hypothetical).",
    [
        ev("spiderweb-attack", "attack", "drone", D1, loc=P("RU"),
           actors=[A("initiator", "sbu"), A("initiator", "ukraine"), A("target", "ru_strategic_aviation")],
           q=[Q(117, "drone", "launched")], att=attr("sbu", V, AC),
           quote="провела спецоперацію «Павутина», під час якої дрони атакували одразу кілька військових аеродромів"),
        ev("spiderweb-41-aircraft", "damage", "destruction", D1, loc=P("RU"), also=["attack"],
           actors=[A("initiator", "sbu"), A("target", "ru_strategic_aviation")],
           q=[Q(41, "aircraft", "hit"), Q(7000000000, "dollar", "damage", "approx"), Q(34, "percent", "cruise_missile_carriers_hit")],
           att=attr("sbu", V, CA), quote="уражено 41 літак"),
        ev("strike-belaya", "attack", "drone", D1, loc=P("belaya"), optional=True,
           actors=[A("initiator", "sbu")], att=attr("sbu", V, AC), quote="«Бєлая» в Іркутській області"),
        ev("strike-olenya", "attack", "drone", D1, loc=P("olenya"), optional=True,
           actors=[A("initiator", "sbu")], att=attr("sbu", V, AC), quote="«Оленья» в Мурманській"),
        ev("strike-dyagilevo", "attack", "drone", D1, loc=P("dyagilevo"), optional=True,
           actors=[A("initiator", "sbu")], att=attr("sbu", V, AC), quote="«Дягілєво» в Рязанській"),
        ev("strike-ivanovo", "attack", "drone", D1, loc=P("ivanovo_severny"), optional=True,
           actors=[A("initiator", "sbu")], att=attr("sbu", V, AC), quote="«Іваново» в Іванівській області"),
        ev("zelensky-address", "statement", "remark", D1,
           actors=[A("speaker", "zelensky")], q=[Q(117, "drone", "launched")], att=attr("zelensky", V, AC),
           quote="Зеленський у вечірньому зверненні повідомив, що в операції задіяли 117 дронів"),
        ev("helpers-evacuated", "other", "evacuation", "2025-05-01", D1, tol=30, optional=True,
           actors=[A("initiator", "sbu")], att=attr("zelensky", V, AC),
           quote="людей, які допомагали в підготовці, вивезли з території Росії ще до початку операції"),
        ev("maliuk-coordinated", "other", "command", D1, optional=True,
           actors=[A("initiator", "maliuk")], att=attr("sbu", V, AC),
           quote="Операцію особисто координував голова СБУ Василь Малюк"),
        ev("fire-murmansk", "damage", "fire", D1, loc=P("murmansk_oblast"), also=["attack"],
           actors=[A("claimant", "ru_mod"), A("target", "ru_strategic_aviation")], att=attr("ru_mod", V, CA),
           quote="у Мурманській та Іркутській областях загорілися кілька одиниць авіатехніки"),
        ev("fire-irkutsk", "damage", "fire", D1, loc=P("irkutsk_oblast"), also=["attack"],
           actors=[A("claimant", "ru_mod"), A("target", "ru_strategic_aviation")], att=attr("ru_mod", V, CA),
           quote="Іркутській областях загорілися"),
        ev("repelled-elsewhere", "interception", "drone", D1, loc=P("RU"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], att=attr("ru_mod", V, ["alleged"]),
           quote="атаки в інших регіонах нібито вдалося відбити"),
        ev("detentions", "other", "arrest", D1, loc=P("RU"),
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA),
           quote="заявили про затримання частини учасників"),
        ev("istanbul-round-2", "contact", "negotiation", "2025-06-02", loc=P("istanbul"), optional=True,
           actors=[A("participant", "ukraine"), A("participant", "russia")], att=attr(None, V, ["hypothetical", "asserted"]),
           quote="Сьогодні в Стамбулі має відбутися другий раунд прямих переговорів"),
    ])

V = ["Київський кур'єр"]
D18 = "2025-03-18"
doc("008_uk_rozmova_tramp_putin_18_bereznia.txt", "uk", "2025-03-19",
    "Published 19 March 2025 about the Trump-Putin call of 'учора, 18 березня'. Required: the call; the agreed 30-day pause in strikes on energy infrastructure (other/agreement, also counted as statement or contact); "
    "Putin's refusal of a full 30-day ceasefire; the Kremlin's condition (end of foreign military aid and intelligence to Kyiv; demand); the announced 175-for-175 exchange on 19 March (hypothetical at publication); "
    "the drone attack on the night after the call (over 40 drones, per Zelensky; night of 18-19 March) and Zelensky's assessment that Putin's words differ from reality. Optional: the Jeddah talks of 11 March, "
    "the transfer of 23 badly wounded soldiers, and Zelensky's planned call with Trump 'сьогодні' (19 March; hypothetical).",
    [
        ev("call-trump-putin", "contact", "call", D18,
           actors=[A("participant", "trump"), A("participant", "putin")], att=attr(None, V, ["asserted"]),
           quote="провів телефонну розмову з Володимиром Путіним, яка тривала понад дві години"),
        ev("energy-pause-30-days", "other", "agreement", D18, also=["statement", "contact"],
           actors=[A("participant", "trump"), A("participant", "putin")],
           q=[Q(30, "day", "duration")], att=attr(None, V, AC + ["hypothetical"]),
           quote="сторони погодили 30-денну паузу в ударах по об'єктах енергетичної інфраструктури"),
        ev("putin-refuses-ceasefire", "statement", "refusal", D18,
           actors=[A("speaker", "putin")], att=attr(None, V, AC + ["denied"]),
           quote="Путін відмовився"),
        ev("kremlin-condition", "statement", "demand", D18,
           actors=[A("speaker", "kremlin"), A("target", "ukraine")], att=attr("kremlin", V, AC),
           quote="Як умову Кремль висунув повне припинення іноземної військової допомоги Києву та обміну розвідданими"),
        ev("jeddah-talks", "contact", "negotiation", "2025-03-11", loc=P("jeddah"), optional=True,
           actors=[A("participant", "ukraine"), A("participant", "us")], att=attr(None, V, ["asserted"]),
           quote="на переговорах зі США в Джидді 11 березня"),
        ev("exchange-175-planned", "other", "prisoner_exchange", "2025-03-19",
           actors=[A("participant", "russia"), A("participant", "ukraine")],
           q=[Q(175, "prisoner", "to_exchange")], att=attr("kremlin", V, ["hypothetical", "claimed"]),
           quote="19 березня Росія та Україна обміняються полоненими за формулою 175 на 175"),
        ev("wounded-23-transfer", "other", "prisoner_transfer", "2025-03-19", optional=True,
           actors=[A("initiator", "russia"), A("victim", "ua_pows")],
           q=[Q(23, "soldier", "to_transfer")], att=attr("kremlin", V, ["hypothetical", "claimed"]),
           quote="Москва додатково передасть 23 важкопоранених українських військових"),
        ev("night-drone-attack", "attack", "drone", D18, "2025-03-19", loc=P("UA"),
           actors=[A("initiator", "russia"), A("target", "ukraine")],
           q=[Q(40, "drone", "launched", "at_least")], att=attr("zelensky", V, AC),
           quote="Росія запустила по Україні понад 40 дронів"),
        ev("zelensky-words-vs-reality", "statement", "assessment", "2025-03-19",
           actors=[A("speaker", "zelensky"), A("target", "putin")], att=attr("zelensky", V, AC),
           quote="слова Путіна розходяться з реальністю"),
        ev("planned-call-zelensky-trump", "contact", "call", "2025-03-19", optional=True,
           actors=[A("participant", "zelensky"), A("participant", "trump")], att=attr("zelensky", V, HYP),
           quote="сьогодні планує поговорити з Трампом"),
    ])

V = ["Економічний вісник"]
D20 = "2025-05-20"
doc("009_uk_17_paket_sanktsii_yes.txt", "uk", "2025-05-21",
    "Published 21 May 2025 about the EU's 17th package adopted 'учора, 20 травня'. Required: the package (189 shadow-fleet vessels), the UK's own sanctions on 100 tankers the same day, and Kallas's statement that an 18th package is being prepared "
    "(sanction, considered; hypothetical). Optional: the running total of 342 vessels, and Sybiha's call to increase pressure.",
    [
        ev("eu-17th-package", "sanction", "imposed", D20,
           actors=[A("initiator", "eu"), A("target", "russia")],
           q=[Q(189, "vessel", "sanctioned")], att=attr(None, V, ["asserted"]),
           quote="Рада ЄС учора, 20 травня, затвердила сімнадцятий пакет санкцій проти Росії"),
        ev("eu-342-total", "sanction", "imposed", D20, optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")],
           q=[Q(342, "vessel", "sanctioned_total")], att=attr(None, V, ["asserted"]),
           quote="Загалом під такими обмеженнями тепер перебувають 342 судна"),
        ev("uk-100-tankers", "sanction", "imposed", D20,
           actors=[A("initiator", "uk_gb"), A("target", "russia")],
           q=[Q(100, "tanker", "sanctioned")], att=attr(None, V, ["asserted"]),
           quote="Велика Британія оголосила власні санкції, спрямовані проти 100 танкерів тіньового флоту"),
        ev("kallas-18th-package", "sanction", "considered", D20, also=["statement"],
           actors=[A("initiator", "eu"), A("speaker", "kallas"), A("target", "russia")],
           att=attr("kallas", V, HYP), quote="в Брюсселі вже готують наступний, 18-й пакет"),
        ev("sybiha-pressure", "statement", "demand", D20, "2025-05-21", optional=True,
           actors=[A("speaker", "sybiha"), A("target", "russia")], att=attr("sybiha", V, AC),
           quote="закликав посилювати тиск на Москву"),
    ])

V = ["Економічний вісник"]
D24 = "2024-04-24"
doc("010_uk_dopomoha_ssha_61_mlrd.txt", "uk", "2024-04-25",
    "Published 25 April 2024; Biden signed the supplemental 'у середу, 24 квітня'. Required: the roughly USD 61 billion aid law (aid; approx), the Pentagon's USD 1 billion package the same day, "
    "and the confirmation that ATACMS had been delivered secretly in March 2024 (dated to March). Optional: the Senate vote ('напередодні': 23 April), the House vote of 20 April, Biden's pledge that deliveries start within hours (hypothetical), and Zelensky's thanks.",
    [
        ev("us-61bn-aid", "aid", "military", D24,
           actors=[A("initiator", "us"), A("initiator", "biden"), A("target", "ukraine")],
           q=[Q(61000000000, "dollar", "amount", "approx")], att=attr(None, V, ["asserted"]),
           quote="підписав закон про додаткове фінансування, який передбачає близько 61 мільярда доларів на підтримку України"),
        ev("senate-vote", "other", "legislation", "2024-04-23", optional=True,
           actors=[A("initiator", "us_congress")], att=attr(None, V, ["asserted"]), quote="Сенат схвалив документ напередодні"),
        ev("house-vote", "other", "legislation", "2024-04-20", optional=True,
           actors=[A("initiator", "us_congress")], att=attr(None, V, ["asserted"]), quote="Палата представників — 20 квітня"),
        ev("biden-pledge", "statement", "remark", D24, optional=True,
           actors=[A("speaker", "biden")], att=attr("biden", V, ["hypothetical", "asserted", "claimed"]),
           quote="перші поставки озброєння вирушать до України вже найближчими годинами"),
        ev("pentagon-1bn", "aid", "military", D24,
           actors=[A("initiator", "pentagon"), A("initiator", "us"), A("target", "ukraine")],
           q=[Q(1000000000, "dollar", "amount")], att=attr("pentagon", V, AC),
           quote="Пентагон того ж дня оголосив новий пакет військової допомоги на 1 мільярд доларів"),
        ev("atacms-delivered", "aid", "military", "2024-03-01", "2024-03-31",
           actors=[A("initiator", "us"), A("target", "ukraine")], att=attr("us", V, AC),
           quote="Україна вже отримала далекобійні ракети ATACMS, які таємно передали ще в березні"),
        ev("zelensky-thanks", "statement", "remark", D24, "2024-04-25", optional=True,
           actors=[A("speaker", "zelensky"), A("addressee", "biden")], att=attr("zelensky", V, AC),
           quote="Зеленський подякував Байдену та Конгресу"),
    ])

V = ["Новини Полісся"]
D3 = "2023-05-03"
doc("011_uk_kreml_drony_zaperechennia.txt", "uk", D3,
    "Wednesday 3 May 2023: the Kremlin's account of two drones over the Kremlin 'минулої ночі' (night of 2-3 May). The outlet distances itself ('нібито', 'за версією', 'як стверджують'): the attack and the EW interception are alleged or claimed. "
    "Required: the alleged attack (2 drones; site: the Moscow Kremlin), the claimed disabling of both drones, the Kremlin's 'terrorist act and assassination attempt' assessment, its threat to respond (hypothetical), "
    "Zelensky's denial, Podolyak's denial, and Medvedev's call for Zelensky's 'physical elimination' (demand; hypothetical). Optional: Peskov's remark that Putin was at Novo-Ogaryovo, and Zelensky's visit to Helsinki.",
    [
        ev("kremlin-drone-attack", "attack", "drone", "2023-05-02", D3, loc=P("kremlin"),
           actors=[A("target", "putin"), A("claimant", "kremlin")],
           q=[Q(2, "drone", "launched")], att=attr("kremlin", V, ["alleged", "claimed"]),
           quote="два безпілотники нібито намагалися атакувати резиденцію Путіна на території Кремля"),
        ev("kremlin-drones-disabled", "interception", "drone", "2023-05-02", D3, loc=P("kremlin"),
           actors=[A("claimant", "kremlin"), A("initiator", "ru_ad")],
           q=[Q(2, "drone", "suppressed")], att=attr("kremlin", V, ["claimed", "alleged"]),
           quote="обидва дрони вивели з ладу військові та спецслужби за допомогою засобів радіоелектронної боротьби"),
        ev("peskov-putin-elsewhere", "statement", "remark", D3, optional=True,
           actors=[A("speaker", "peskov")], att=attr("peskov", V, AC),
           quote="Путіна в цей час у Кремлі не було"),
        ev("kremlin-terror-assessment", "statement", "assessment", D3,
           actors=[A("speaker", "kremlin"), A("target", "ukraine")], att=attr("kremlin", V, AC),
           quote="Кремль назвав інцидент терактом і замахом на життя президента"),
        ev("kremlin-threat", "statement", "threat", D3,
           actors=[A("speaker", "kremlin"), A("target", "ukraine")], att=attr("kremlin", V, HYP),
           quote="залишає за собою право відповісти"),
        ev("zelensky-denial", "statement", "denial", D3,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, ["denied"]),
           quote="Гельсінкі, заперечив причетність України"),
        ev("podolyak-denial", "statement", "denial", D3,
           actors=[A("speaker", "podolyak")], att=attr("podolyak", V, ["denied"]),
           quote="Михайло Подоляк також спростував російські звинувачення"),
        ev("medvedev-elimination", "statement", "demand", D3,
           actors=[A("speaker", "medvedev"), A("target", "zelensky")], att=attr("medvedev", V, HYP + ["asserted", "claimed"]),
           quote="закликав до «фізичного усунення» Зеленського"),
        ev("zelensky-helsinki", "contact", "meeting", D3, loc=P("helsinki"), optional=True,
           actors=[A("participant", "zelensky")], att=attr(None, V, ["asserted"]),
           quote="перебував з візитом у Гельсінкі"),
    ])

V = ["Транспорт Інфо"]
doc("012_uk_ukrzaliznytsia_kiberataka.txt", "uk", "2025-03-24",
    "Published Monday 24 March 2025; the attack began 'З неділі, 23 березня' and is ongoing: dated 2025-03-23..2025-03-24. The attacker is not named. Required: the cyberattack on Ukrzaliznytsia, "
    "the outage of its online ticketing (disruption; subtype rail), and Svyrydenko's assessment. Optional: the carrier's statement that train traffic is not disrupted (denied accepted) and its promise to restore online sales (hypothetical).",
    [
        ev("uz-cyberattack", "cyber_operation", "intrusion", "2025-03-23", "2025-03-24", loc=P("UA"),
           actors=[A("target", "ukrzaliznytsia")], att=attr("ukrzaliznytsia", V, AC),
           quote="«Укрзалізниця» зазнає масштабної кібератаки"),
        ev("uz-online-outage", "disruption", "rail", "2025-03-23", "2025-03-24", loc=P("UA"),
           actors=[A("target", "ukrzaliznytsia")], att=attr("ukrzaliznytsia", V, AC),
           quote="не працюють онлайн-сервіси компанії — сайт і мобільний застосунок для купівлі квитків"),
        ev("trains-running", "statement", "remark", "2025-03-23", "2025-03-24", optional=True,
           actors=[A("speaker", "ukrzaliznytsia")], att=attr("ukrzaliznytsia", V, AC + ["denied"]),
           quote="Рух потягів, запевняє перевізник, не порушено"),
        ev("svyrydenko-assessment", "statement", "assessment", "2025-03-23", "2025-03-24",
           actors=[A("speaker", "svyrydenko")], att=attr("svyrydenko", V, AC),
           quote="назвала атаку системною та багаторівневою"),
        ev("restore-promise", "statement", "remark", "2025-03-24", optional=True,
           actors=[A("speaker", "ukrzaliznytsia")], att=attr("ukrzaliznytsia", V, ["hypothetical", "asserted"]),
           quote="обіцяють відновити онлайн-продаж квитків найближчим часом"),
    ])

V = ["Слобожанський вісник"]
D13 = "2025-04-13"
doc("013_uk_sumy_13_kvitnia.txt", "uk", "2025-04-14",
    "Published 14 April 2025 about the Palm Sunday strike on Sumy of 'Вчора, 13 квітня'. Required: the strike with two Iskander-M ballistic missiles (city precision), the casualties (35 killed including two children, over 100 injured; SES as source; "
    "damage, also counted as attack), the Russian MoD's claim that it hit a meeting of Ukrainian commanders and killed over 60 soldiers (hedged with 'нібито': alleged; dated 13-14 April), and Zelensky's condemnation. "
    "Optional: the three-day mourning in Sumy.",
    [
        ev("sumy-strike", "attack", "missile", D13, loc=P("sumy"),
           actors=[A("initiator", "russia"), A("target", "civilians")],
           q=[Q(2, "missile", "launched")], att=attr(None, V, ["asserted"]),
           quote="російські війська вдарили по центру Сум двома балістичними ракетами «Іскандер-М»"),
        ev("sumy-casualties", "damage", "casualties", D13, "2025-04-14", loc=P("sumy"), also=["attack"],
           actors=[A("initiator", "russia"), A("victim", "civilians")],
           q=[Q(35, "person", "killed"), Q(2, "child", "killed"), Q(100, "person", "injured", "at_least")],
           att=attr("dsns", V, AC),
           quote="кількість загиблих зросла до 35, серед них двоє дітей"),
        ev("sumy-mourning", "other", "mourning", D13, "2025-04-16", optional=True, loc=P("sumy"),
           att=attr(None, V, ["asserted"]), quote="У Сумах оголошено триденну жалобу"),
        ev("ru-mod-claim", "statement", "claim", D13, "2025-04-14", also=["attack"],
           actors=[A("speaker", "ru_mod"), A("target", "ua_defence")],
           q=[Q(60, "soldier", "killed", "at_least")], att=attr("ru_mod", V, ["alleged", "claimed"]),
           quote="нібито уразило нараду командного складу ЗСУ і знищило понад 60 військових"),
        ev("zelensky-condemns", "statement", "assessment", D13, "2025-04-14",
           actors=[A("speaker", "zelensky"), A("target", "russia")], att=attr("zelensky", V, AC),
           quote="назвав удар свідомим вбивством цивільних"),
    ])

# ============================================================= Russian =====
V = ["Городские новости"]
N = "2025-03-10"; D = "2025-03-11"
doc("101_ru_minoborony_337_bpla_11_marta.txt", "ru", D,
    "Night of 10-11 March 2025 ('В ночь на 11 марта'), the largest drone attack on the Moscow region until then: night events carry 2025-03-10..2025-03-11. Required: the MoD total of 337, one interception per region with a figure "
    "(Kursk 126, Moscow Oblast 91), Sobyanin's 74 drones on the approach to Moscow (city), the damage to a block of flats in Vidnoye (Vorobyov), the Rosaviatsia restrictions at the Moscow airports (coded once, at Moscow), "
    "and Ukraine's acceptance of the US 30-day ceasefire proposal in Jeddah the same evening. Optional: the Ukrainian drone attack implied by the reports, Bryansk and Belgorod oblasts (named without figures), Sobyanin's 'massive attack', "
    "the unnumbered casualties, each airport separately, the 'largest attack' remark and the Jeddah talks as a meeting.",
    [
        ev("attack-russia-night", "attack", "drone", N, D, loc=P("RU"), optional=True,
           actors=[A("initiator", "ukraine"), A("target", "russia")], att=attr("ru_mod", V, CA),
           quote="украинских беспилотников самолетного типа"),
        ev("mod-337", "interception", "drone", N, D, loc=P("RU"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(337, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="перехвачены и уничтожены 337 украинских беспилотников самолетного типа"),
        ev("mod-kursk-126", "interception", "drone", N, D, loc=P("kursk_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(126, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="126 из них сбиты над территорией Курской области"),
        ev("mod-moscow-oblast-91", "interception", "drone", N, D, loc=P("moscow_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(91, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="91 — над Московской областью"),
        ev("mod-bryansk", "interception", "drone", N, D, loc=P("bryansk_oblast"), optional=True,
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], att=attr("ru_mod", V, CA),
           quote="над Брянской"),
        ev("mod-belgorod", "interception", "drone", N, D, loc=P("belgorod_oblast"), optional=True,
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], att=attr("ru_mod", V, CA),
           quote="Белгородской областями"),
        ev("sobyanin-74", "interception", "drone", N, D, loc=P("moscow"),
           actors=[A("claimant", "sobyanin"), A("initiator", "ru_ad")],
           q=[Q(74, "drone", "shot_down")], att=attr("sobyanin", ["Telegram"] + V, CA),
           quote="на подлете к столице с разных направлений были отражены атаки 74 беспилотников"),
        ev("sobyanin-massive-attack", "attack", "drone", N, D, loc=P("moscow"), optional=True,
           actors=[A("target", "russia"), A("claimant", "sobyanin")], att=attr("sobyanin", ["Telegram"] + V, CA),
           quote="назвал атаку массированной"),
        ev("vidnoye-damage", "damage", "destruction", N, D, loc=P("vidnoye"), also=["attack"],
           actors=[A("claimant", "vorobyov")], att=attr("vorobyov", V, AC),
           quote="в Видном обломки попали в многоэтажный жилой дом, повреждены квартиры"),
        ev("moscow-oblast-casualties", "damage", "casualties", N, D, loc=P("moscow_oblast"), optional=True, also=["attack"],
           actors=[A("claimant", "vorobyov")], att=attr("vorobyov", V, AC),
           quote="Есть погибшие и раненые, уточнил глава региона"),
        ev("moscow-airports", "disruption", "airport", N, D, loc=P("moscow"),
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC),
           quote="Росавиация из-за угрозы атак ввела временные ограничения на прием и выпуск воздушных судов в московских аэропортах"),
        ev("airport-domodedovo", "disruption", "airport", N, D, loc=P("domodedovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Домодедово"),
        ev("airport-zhukovsky", "disruption", "airport", N, D, loc=P("zhukovsky"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Жуковский"),
        ev("airport-vnukovo", "disruption", "airport", N, D, loc=P("vnukovo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Внуково"),
        ev("airport-sheremetyevo", "disruption", "airport", N, D, loc=P("sheremetyevo"), optional=True,
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC), quote="Шереметьево"),
        ev("largest-attack-remark", "statement", "assessment", D, optional=True,
           att=attr(None, V, ["asserted"]),
           quote="Это крупнейшая атака беспилотников на Московский регион с начала конфликта"),
        ev("jeddah-talks", "contact", "negotiation", D, loc=P("jeddah"), optional=True,
           actors=[A("participant", "us"), A("participant", "ukraine")], att=attr(None, V, ["asserted"]),
           quote="в саудовской Джидде начались переговоры делегаций США и Украины"),
        ev("ukraine-accepts-ceasefire", "statement", "remark", D,
           actors=[A("speaker", "ukraine"), A("addressee", "us")], att=attr(None, V, AC),
           quote="Украина согласилась на предложение США о 30-дневном прекращении огня"),
    ])

V = ["Вечерний курьер"]
D = "2023-05-30"
doc("102_ru_ataka_na_moskvu_30_maya_2023.txt", "ru", D,
    "Tuesday 30 May 2023, morning drone attack on Moscow. Required: the attack (8 drones per the MoD; Sobyanin as source of the attack itself), the minor damage to several buildings with two people seeking medical help "
    "(damage, also counted as attack), the MoD's five drones shot down by Pantsir-S in Moscow Oblast and three suppressed by EW (two interceptions), Putin's 'terrorist activity' assessment and Podolyak's denial of direct involvement ('опроверг': denied). "
    "Optional: the evacuation of residents in south-west Moscow, Putin's remark on Moscow's air defence, and Podolyak's remark that Ukraine enjoys watching.",
    [
        ev("moscow-drone-attack", "attack", "drone", D, loc=P("moscow"),
           actors=[A("target", "russia"), A("claimant", "sobyanin")],
           q=[Q(8, "drone", "launched")], att=attr("sobyanin", V, AC),
           quote="Москва подверглась атаке беспилотников"),
        ev("moscow-buildings-damage", "damage", "destruction", D, loc=P("moscow"), also=["attack"],
           actors=[A("claimant", "sobyanin")], q=[Q(2, "person", "injured")], att=attr("sobyanin", V, AC),
           quote="несколько зданий получили незначительные повреждения, двое жителей обратились за медицинской помощью"),
        ev("mod-pantsir-5", "interception", "drone", D, loc=P("moscow_oblast"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(5, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="Пять из них, по данным ведомства, сбиты зенитными ракетно-пушечными комплексами «Панцирь-С» в Московской области"),
        ev("mod-ew-3", "interception", "drone", D, loc=P("moscow"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(3, "drone", "suppressed")], att=attr("ru_mod", V, CA),
           quote="еще три подавлены средствами радиоэлектронной борьбы"),
        ev("evacuation", "other", "evacuation", D, loc=P("moscow"), optional=True,
           att=attr(None, V, ["asserted"]),
           quote="Жильцов нескольких пострадавших домов на юго-западе столицы временно эвакуировали"),
        ev("putin-terror-assessment", "statement", "assessment", D,
           actors=[A("speaker", "putin"), A("target", "ukraine")], att=attr("putin", V, AC),
           quote="назвал атаку явным признаком террористической активности"),
        ev("putin-air-defence-remark", "statement", "remark", D, optional=True,
           actors=[A("speaker", "putin")], att=attr("putin", V, AC),
           quote="система ПВО Москвы сработала нормально"),
        ev("podolyak-denial", "statement", "denial", D,
           actors=[A("speaker", "podolyak")], att=attr("podolyak", V, ["denied"]),
           quote="опроверг прямую причастность Киева"),
        ev("podolyak-enjoys", "statement", "remark", D, optional=True,
           actors=[A("speaker", "podolyak")], att=attr("podolyak", V, AC),
           quote="Украина с удовольствием наблюдает за происходящим"),
    ])

V = ["Волга Оперативно"]
D = "2024-12-21"
doc("103_ru_kazan_21_dekabrya.txt", "ru", D,
    "Telegram-style post, morning of 21 December 2024. Required: the drone attack on residential buildings in Kazan (eight drones according to the local authorities), the Rosaviatsia restrictions at Kazan airport (site), "
    "and Minnikhanov's cancellation of mass events for the weekend (other, also counted as disruption or statement; 21-22 December). Optional: the damage to the buildings as an event apart (no casualties).",
    [
        ev("kazan-attack", "attack", "drone", D, loc=P("kazan"),
           actors=[A("target", "civilians"), A("claimant", "tatarstan_gov")],
           q=[Q(8, "drone", "launched")], att=attr("tatarstan_gov", V, AC),
           quote="беспилотники атаковали несколько жилых домов в Казани"),
        ev("kazan-damage", "damage", "destruction", D, loc=P("kazan"), optional=True, also=["attack"],
           actors=[A("claimant", "tatarstan_gov")], att=attr("tatarstan_gov", V, AC),
           quote="Пострадавших, по предварительным данным, нет"),
        ev("kazan-airport", "disruption", "airport", D, loc=P("kazan_airport"),
           actors=[A("initiator", "rosaviatsia")], att=attr("rosaviatsia", V, AC),
           quote="в аэропорту Казани введены временные ограничения на прием и выпуск самолетов"),
        ev("mass-events-cancelled", "other", "cancellation", D, "2024-12-22", loc=P("kazan"), also=["disruption", "statement"],
           actors=[A("initiator", "minnikhanov")], att=attr("minnikhanov", V, AC),
           quote="распорядился отменить все массовые мероприятия в выходные"),
    ])

V = ["Сводка 24"]
D = "2023-12-30"
doc("104_ru_gladkov_belgorod_30_dekabrya.txt", "ru", D,
    "Saturday 30 December 2023, the shelling of central Belgorod. The text does not name the attacker. Required: the shelling (attack; MLRS, coded artillery), the casualties (at least 14 killed, over 100 injured; Gladkov; damage, also counted as attack), "
    "the MoD's claim that most rockets were shot down over the city (interception, no figure) and the emergency UN Security Council meeting called by Russia the same day. "
    "Optional: the damage to houses, cars and a shopping centre, and the MoD's statement on the weapons used.",
    [
        ev("belgorod-shelling", "attack", "artillery", D, loc=P("belgorod"),
           actors=[A("target", "civilians"), A("claimant", "gladkov")], att=attr("gladkov", V, AC),
           quote="центр Белгорода подвергся обстрелу"),
        ev("belgorod-casualties", "damage", "casualties", D, loc=P("belgorod"), also=["attack"],
           actors=[A("victim", "civilians"), A("claimant", "gladkov")],
           q=[Q(14, "person", "killed", "at_least"), Q(100, "person", "injured", "at_least")],
           att=attr("gladkov", V, AC),
           quote="погибли не менее 14 человек, среди них дети, пострадали более 100"),
        ev("belgorod-destruction", "damage", "destruction", D, loc=P("belgorod"), optional=True, also=["attack"],
           actors=[A("claimant", "gladkov")], att=attr("gladkov", V, AC),
           quote="Повреждены жилые дома, автомобили и торговый центр"),
        ev("mod-weapons-claim", "statement", "claim", D, optional=True, also=["attack"],
           actors=[A("speaker", "ru_mod")], att=attr("ru_mod", V, CA),
           quote="город обстреляли из реактивных систем залпового огня, в том числе с применением кассетных боеприпасов"),
        ev("mod-interception", "interception", "missile", D, loc=P("belgorod"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], att=attr("ru_mod", V, CA),
           quote="большая часть ракет была сбита над Белгородом"),
        ev("unsc-meeting", "contact", "meeting", D, loc=P("un_hq"),
           actors=[A("initiator", "russia"), A("participant", "unsc")], att=attr(None, V, ["asserted"]),
           quote="было созвано экстренное заседание Совета Безопасности ООН"),
    ])

V = ["Сибирь Онлайн"]
D = "2025-06-01"
doc("105_ru_aerodromy_1_iyunya.txt", "ru", D,
    "Sunday 1 June 2025, the Russian MoD's account of the attack on air bases (Operation Spiderweb, not named here). Required: the attack on airfields in five oblasts (country level), the MoD's claim that attacks in Ivanovo, Ryazan and Amur oblasts were repelled "
    "(one interception, country level), the fires in Murmansk and Irkutsk oblasts (two damage events), the detention of some participants, Kobzev's report of the attack on the military unit in Sredny (Usolsky District), "
    "and Kyiv's claim of 41 aircraft hit, which the outlet says is unconfirmed (claimed or alleged). Optional: one attack per named oblast and one interception per 'repelled' oblast, the MoD's 'terrorist' label, "
    "its statement that nobody was hurt, Kobzev's detail about the truck, and the talks expected in Istanbul the next day (2 June; hypothetical).",
    [
        ev("airfields-attack", "attack", "drone", D, loc=P("RU"),
           actors=[A("initiator", "ukraine"), A("target", "russia"), A("claimant", "ru_mod")],
           att=attr("ru_mod", V, CA), quote="Украина атаковала FPV-дронами военные аэродромы"),
        ev("attack-murmansk", "attack", "drone", D, loc=P("murmansk_oblast"), optional=True,
           actors=[A("initiator", "ukraine")], att=attr("ru_mod", V, CA), quote="аэродромы в Мурманской"),
        ev("attack-irkutsk", "attack", "drone", D, loc=P("irkutsk_oblast"), optional=True,
           actors=[A("initiator", "ukraine")], att=attr("ru_mod", V, CA), quote="Мурманской, Иркутской"),
        ev("attack-ivanovo", "attack", "drone", D, loc=P("ivanovo_oblast"), optional=True,
           actors=[A("initiator", "ukraine")], att=attr("ru_mod", V, CA), quote="Иркутской, Ивановской"),
        ev("attack-ryazan", "attack", "drone", D, loc=P("ryazan_oblast"), optional=True,
           actors=[A("initiator", "ukraine")], att=attr("ru_mod", V, CA), quote="Рязанской и Амурской областях, сообщили"),
        ev("attack-amur", "attack", "drone", D, loc=P("amur_oblast"), optional=True,
           actors=[A("initiator", "ukraine")], att=attr("ru_mod", V, CA), quote="Амурской областях, сообщили"),
        ev("mod-terror-label", "statement", "assessment", D, optional=True,
           actors=[A("speaker", "ru_mod"), A("target", "ukraine")], att=attr("ru_mod", V, CA),
           quote="В ведомстве назвали атаку террористической"),
        ev("repelled-three-oblasts", "interception", "drone", D, loc=P("RU"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")], att=attr("ru_mod", V, CA),
           quote="в Ивановской, Рязанской и Амурской областях все атаки были отражены"),
        ev("repelled-ivanovo", "interception", "drone", D, loc=P("ivanovo_oblast"), optional=True,
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA), quote="в Ивановской, Рязанской и Амурской"),
        ev("repelled-ryazan", "interception", "drone", D, loc=P("ryazan_oblast"), optional=True,
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA), quote="Рязанской и Амурской областях все"),
        ev("repelled-amur", "interception", "drone", D, loc=P("amur_oblast"), optional=True,
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA), quote="Амурской областях все атаки были отражены"),
        ev("fire-murmansk", "damage", "fire", D, loc=P("murmansk_oblast"), also=["attack"],
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA),
           quote="В Мурманской и Иркутской областях дроны запускались из района, расположенного в непосредственной близости от аэродромов"),
        ev("fire-irkutsk", "damage", "fire", D, loc=P("irkutsk_oblast"), also=["attack"],
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA),
           quote="в результате загорелись несколько единиц авиационной техники"),
        ev("nobody-hurt", "statement", "remark", D, optional=True,
           actors=[A("speaker", "ru_mod")], att=attr("ru_mod", V, CA + ["denied"]),
           quote="пострадавших среди военнослужащих и гражданского персонала нет"),
        ev("detentions", "other", "arrest", D, loc=P("RU"),
           actors=[A("claimant", "ru_mod")], att=attr("ru_mod", V, CA),
           quote="Часть участников атаки, по данным ведомства, задержана"),
        ev("kobzev-sredny", "attack", "drone", D, loc=P("sredny"),
           actors=[A("claimant", "kobzev")], att=attr("kobzev", ["Telegram"] + V, AC),
           quote="атакована воинская часть в поселке Средний Усольского района"),
        ev("kobzev-truck", "statement", "remark", D, optional=True,
           actors=[A("speaker", "kobzev")], att=attr("kobzev", ["Telegram"] + V, AC),
           quote="беспилотники взлетали с грузовика"),
        ev("kyiv-41-claim", "damage", "destruction", D, loc=P("RU"), also=["statement"],
           actors=[A("claimant", "ukraine")], q=[Q(41, "aircraft", "hit")], att=attr("ukraine", V, ["claimed", "alleged"]),
           quote="было поражено 41 воздушное судно"),
        ev("istanbul-next-day", "contact", "negotiation", "2025-06-02", loc=P("istanbul"), optional=True,
           actors=[A("participant", "russia"), A("participant", "ukraine")], att=attr(None, V, HYP),
           quote="На следующий день в Стамбуле должен пройти второй раунд"),
    ])

V = ["Деловой обозреватель"]
D = "2025-03-18"
doc("106_ru_putin_tramp_18_marta.txt", "ru", D,
    "Tuesday 18 March 2025, the Putin-Trump call as the Kremlin described it. Required: the call; Zelensky's statement the same evening that Kyiv will support the halt on energy strikes; the 30-day mutual halt on strikes on energy infrastructure (other/agreement, also counted as statement or contact); "
    "the Kremlin's key conditions (end of foreign military aid and intelligence to Kyiv; demand); the 175-for-175 exchange announced for 19 March (hypothetical at publication); the agreement to start talks on Black Sea shipping; "
    "and Trump's 'very good and productive' assessment. Optional: Putin's order to the military, the demand to end mobilisation and rearmament, the promise about Ukrainian soldiers in Kursk Oblast who surrender "
    "(with Trump's appeal, undated), the 23 badly wounded soldiers, the NHL-KHL hockey idea, and the earlier call of 12 February.",
    [
        ev("call-putin-trump", "contact", "call", D,
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr("kremlin", V, AC),
           quote="во вторник провели телефонный разговор"),
        ev("call-0212", "contact", "call", "2025-02-12", optional=True,
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr(None, V, ["asserted"]),
           quote="после их звонка 12 февраля"),
        ev("energy-halt-30", "other", "agreement", D, also=["statement", "contact"],
           actors=[A("participant", "putin"), A("participant", "trump")],
           q=[Q(30, "day", "duration")], att=attr("kremlin", V, AC + ["hypothetical"]),
           quote="в течение 30 дней взаимно воздерживались от ударов по объектам энергетической инфраструктуры"),
        ev("putin-order", "other", "order", D, optional=True,
           actors=[A("initiator", "putin")], att=attr("kremlin", V, AC),
           quote="сразу отдал соответствующую команду российским военным"),
        ev("kremlin-conditions", "statement", "demand", D,
           actors=[A("speaker", "kremlin"), A("target", "ukraine")], att=attr("kremlin", V, AC),
           quote="полное прекращение иностранной военной помощи Киеву и предоставления ему разведывательной информации"),
        ev("mobilisation-demand", "statement", "demand", D, optional=True,
           actors=[A("speaker", "kremlin"), A("target", "ukraine")], att=attr("kremlin", V, AC),
           quote="настаивают на прекращении принудительной мобилизации на Украине и перевооружения ВСУ"),
        ev("trump-kursk-appeal", "statement", "demand", "2025-03-10", D, optional=True,
           actors=[A("speaker", "trump"), A("addressee", "putin")], att=attr("trump", V, AC),
           quote="призыв Трампа сохранить жизнь украинским военнослужащим в Курской области"),
        ev("putin-kursk-guarantee", "statement", "remark", D, optional=True,
           actors=[A("speaker", "putin")], att=attr("kremlin", V, ["claimed", "hypothetical"]),
           quote="будут гарантированы жизнь и достойное обращение"),
        ev("exchange-175", "other", "prisoner_exchange", "2025-03-19",
           actors=[A("participant", "russia"), A("participant", "ukraine")],
           q=[Q(175, "prisoner", "to_exchange")], att=attr("kremlin", V, ["hypothetical", "claimed"]),
           quote="19 марта Россия и Украина проведут обмен пленными «175 на 175»"),
        ev("wounded-23", "other", "prisoner_transfer", "2025-03-19", optional=True,
           actors=[A("initiator", "russia"), A("victim", "ua_pows")],
           q=[Q(23, "soldier", "to_transfer")], att=attr("kremlin", V, ["hypothetical", "claimed"]),
           quote="российская сторона передаст Украине 23 тяжелораненых военнослужащих"),
        ev("black-sea-talks", "other", "agreement", D, also=["contact", "statement"],
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr("kremlin", V, AC + ["hypothetical"]),
           quote="договорились начать переговоры о безопасности судоходства в Черном море"),
        ev("hockey", "other", "proposal", D, optional=True,
           actors=[A("participant", "putin"), A("participant", "trump")], att=attr("kremlin", V, AC + ["hypothetical"]),
           quote="поддержал идею Путина организовать в России и США хоккейные матчи"),
        ev("trump-assessment", "statement", "assessment", D,
           actors=[A("speaker", "trump")], att=attr("trump", V, AC),
           quote="назвал разговор очень хорошим и продуктивным"),
        ev("zelensky-supports-energy-halt", "statement", "remark", D,
           actors=[A("speaker", "zelensky")], att=attr("zelensky", V, AC + ["hypothetical"]),
           quote="Киев поддержит прекращение ударов по энергетике"),
    ])

V = ["Деловой обозреватель"]
D = "2025-05-16"
doc("107_ru_stambul_16_maya.txt", "ru", "2025-05-17",
    "Published 17 May 2025 about the talks of 'Накануне' (16 May) at Dolmabahçe Palace. Required: the talks, Medinsky's satisfaction with the result, the agreed 1000-for-1000 exchange (other/agreement, also counted as statement or contact) "
    "and the Ukrainian request for a meeting of heads of state (demand; Medinsky as source). Optional: the composition of the delegation announced earlier by the Kremlin (deployment of envoys; 14-16 May), Medinsky's remark that each side will present a ceasefire vision, "
    "his 'we took note', and Putin's absence.",
    [
        ev("istanbul-talks", "contact", "negotiation", D, loc=P("dolmabahce"),
           actors=[A("participant", "russia"), A("participant", "ukraine"), A("participant", "medinsky"),
                   A("participant", "umerov"), A("participant", "turkey")],
           att=attr(None, V, ["asserted"]),
           quote="Накануне в Стамбуле прошли первые с марта 2022 года прямые переговоры российской и украинской делегаций"),
        ev("delegation-composition", "deployment", "envoy", "2025-05-14", D, optional=True, also=["statement"],
           actors=[A("initiator", "kremlin"), A("participant", "medinsky")], att=attr("kremlin", V, AC),
           quote="В ее состав, как ранее объявили в Кремле, вошли также"),
        ev("medinsky-satisfied", "statement", "assessment", D,
           actors=[A("speaker", "medinsky")], att=attr("medinsky", V, AC),
           quote="российская сторона удовлетворена итогами встречи и готова продолжать контакты"),
        ev("exchange-1000-agreed", "other", "agreement", D, also=["statement", "contact"],
           actors=[A("participant", "russia"), A("participant", "ukraine"), A("speaker", "medinsky")],
           q=[Q(1000, "prisoner", "to_exchange")], att=attr("medinsky", V, AC + ["hypothetical"]),
           quote="договорились об обмене пленными «тысяча на тысячу» в ближайшие дни"),
        ev("ceasefire-visions", "statement", "remark", D, optional=True,
           actors=[A("speaker", "medinsky")], att=attr("medinsky", V, AC + ["hypothetical"]),
           quote="каждая сторона представит свое видение возможного прекращения огня"),
        ev("ua-summit-request", "statement", "demand", D,
           actors=[A("speaker", "ukraine"), A("addressee", "russia")], att=attr("medinsky", V, AC),
           quote="попросила о прямой встрече глав государств"),
        ev("medinsky-took-note", "statement", "remark", D, optional=True,
           actors=[A("speaker", "medinsky")], att=attr("medinsky", V, AC),
           quote="«Мы приняли это к сведению»"),
        ev("putin-absent", "statement", "remark", D, optional=True, also=["other"],
           actors=[A("participant", "putin")], att=attr(None, V, ["asserted"]),
           quote="Сам Путин в Стамбул не поехал"),
    ])

V = ["Сводка 24"]
doc("108_ru_bryansk_most_31_maya.txt", "ru", "2025-06-01",
    "Published 1 June 2025. Evening of 31 May: a road bridge fell on the Klimovo-Moscow passenger train in Vygonichi District, Bryansk Oblast; 'Той же ночью' (31 May-1 June) a rail bridge collapsed under a freight train in Zheleznogorsk District, Kursk Oblast. "
    "The text names no perpetrator. Required: the Bryansk collapse (damage, also counted as attack), its casualties (7 killed, over 60 injured; Bogomaz), the Moscow Railway's statement on 'unlawful interference', the Kursk collapse, "
    "the Investigative Committee's terrorism cases, and the suspension of rail traffic (disruption; country level, both sites). Optional: the Kursk crew's injuries.",
    [
        ev("bryansk-bridge-collapse", "damage", "destruction", "2025-05-31", loc=P("vygonichi"), also=["attack"],
           actors=[A("victim", "civilians")], att=attr(None, V, ["asserted"]),
           quote="обрушился автомобильный мост над железнодорожными путями — прямо на проходивший пассажирский поезд Климово — Москва"),
        ev("bryansk-casualties", "damage", "casualties", "2025-05-31", "2025-06-01", loc=P("vygonichi"), also=["attack"],
           actors=[A("victim", "civilians"), A("claimant", "bogomaz")],
           q=[Q(7, "person", "killed"), Q(60, "person", "injured", "at_least")],
           att=attr("bogomaz", ["Telegram"] + V, AC),
           quote="погибли семь человек, среди них машинист"),
        ev("mzd-statement", "statement", "assessment", "2025-05-31", "2025-06-01",
           actors=[A("speaker", "mzd")], att=attr("mzd", V, AC),
           quote="мост обрушился в результате незаконного вмешательства в деятельность транспорта"),
        ev("kursk-bridge-collapse", "damage", "destruction", "2025-05-31", "2025-06-01", loc=P("zheleznogorsk"), also=["attack"],
           att=attr(None, V, ["asserted"]),
           quote="в Железногорском районе Курской области под грузовым поездом обрушился железнодорожный мост"),
        ev("kursk-crew-injured", "damage", "casualties", "2025-05-31", "2025-06-01", loc=P("zheleznogorsk"), optional=True, also=["attack"],
           att=attr(None, V, ["asserted"]), quote="пострадали члены локомотивной бригады"),
        ev("sk-terrorism-cases", "other", "investigation", "2025-05-31", "2025-06-01",
           actors=[A("initiator", "sk")], att=attr("sk", V, AC),
           quote="Следственный комитет возбудил уголовные дела о терактах по обоим эпизодам"),
        ev("rail-traffic-suspended", "disruption", "rail", "2025-05-31", "2025-06-01", loc=P("RU"),
           att=attr(None, V, ["asserted"]),
           quote="Движение поездов на пострадавших участках приостановлено"),
    ])

V = ["Деловой обозреватель"]
D = "2025-07-18"
doc("109_ru_18_paket_sankciy.txt", "ru", D,
    "Friday 18 July 2025, the EU's 18th package. Required: the package itself (105 more shadow-fleet vessels; oil price cap cut to USD 47.6) and Peskov's 'immunity' assessment. "
    "Optional: Slovakia lifting its veto, and the package's parts as sanctions of their own (price cap, Nord Stream transactions ban, 105 vessels, the Nayara refinery), and the Kremlin's promise to analyse the package.",
    [
        ev("eu-18th-package", "sanction", "imposed", D,
           actors=[A("initiator", "eu"), A("target", "russia")],
           q=[Q(105, "vessel", "sanctioned"), Q(47.6, "dollar", "price_cap")], att=attr(None, V, ["asserted"]),
           quote="Евросоюз в пятницу, 18 июля, утвердил восемнадцатый пакет санкций против России"),
        ev("slovakia-lifts-veto", "other", "veto_lifted", "2025-07-17", D, optional=True, also=["statement"],
           actors=[A("initiator", "slovakia")], att=attr(None, V, ["asserted"]),
           quote="Словакия сняла свое вето"),
        ev("price-cap", "sanction", "imposed", D, optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], q=[Q(47.6, "dollar", "price_cap")],
           att=attr(None, V, ["asserted"]),
           quote="снижает потолок цен на российскую нефть до 47,6 доллара за баррель"),
        ev("nord-stream-ban", "sanction", "imposed", D, optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], att=attr(None, V, ["asserted"]),
           quote="запрещены любые сделки, связанные с газопроводами «Северный поток»"),
        ev("shadow-fleet-105", "sanction", "imposed", D, optional=True,
           actors=[A("initiator", "eu"), A("target", "russia")], q=[Q(105, "vessel", "sanctioned")],
           att=attr(None, V, ["asserted"]),
           quote="Под ограничения попали еще 105 судов так называемого теневого флота"),
        ev("nayara", "sanction", "imposed", D, optional=True,
           actors=[A("initiator", "eu"), A("target", "nayara"), A("target", "rosneft")], att=attr(None, V, ["asserted"]),
           quote="индийский НПЗ Nayara, частично принадлежащий «Роснефти»"),
        ev("peskov-immunity", "statement", "assessment", D,
           actors=[A("speaker", "peskov"), A("target", "eu")], att=attr("peskov", V, AC),
           quote="Россия уже выработала определенный иммунитет к санкциям"),
        ev("kremlin-will-analyse", "statement", "remark", D, optional=True,
           actors=[A("speaker", "peskov")], att=attr("peskov", V, AC + ["hypothetical"]),
           quote="в Кремле еще будут анализировать последствия нового пакета"),
    ])

V = ["Техносфера"]
D = "2025-07-28"
doc("110_ru_aeroflot_kiberataka.txt", "ru", D,
    "Monday 28 July 2025, the cyberattack on Aeroflot. Required: the cyberattack as confirmed by the Prosecutor General's Office (initiators as claimed: Silent Crow and the Belarusian Cyber Partisans), the cancellation of dozens of flights, mostly from Sheremetyevo "
    "(disruption, airport; site), the hackers' claim to have destroyed about 7,000 servers after a year inside the network ('якобы': alleged; also counted as cyber operation), the criminal case, and Peskov's 'alarming' assessment.",
    [
        ev("aeroflot-cyberattack", "cyber_operation", "intrusion", D, loc=P("RU"),
           actors=[A("target", "aeroflot"), A("initiator", "silent_crow"), A("initiator", "cyberpartisans")],
           att=attr("genprok", V, AC),
           quote="Генеральная прокуратура подтвердила, что сбой стал результатом хакерской атаки"),
        ev("flights-cancelled", "disruption", "airport", D, loc=P("sheremetyevo"),
           actors=[A("target", "aeroflot")], att=attr(None, V, ["asserted"]),
           quote="авиакомпания отменила десятки рейсов, в основном из Шереметьево"),
        ev("hackers-claim", "statement", "claim", D, also=["cyber_operation"],
           actors=[A("speaker", "silent_crow"), A("speaker", "cyberpartisans"), A("target", "aeroflot")],
           q=[Q(7000, "server", "destroyed", "approx")], att=attr("silent_crow", V, ["alleged", "claimed"], extra=("киберпартизаны",)),
           quote="якобы около года находились внутри корпоративной сети перевозчика и уничтожили около 7 тысяч серверов"),
        ev("criminal-case", "other", "investigation", D,
           actors=[A("initiator", "genprok")], att=attr("genprok", V, AC),
           quote="возбудила уголовное дело о неправомерном доступе к компьютерной информации"),
        ev("peskov-alarming", "statement", "assessment", D,
           actors=[A("speaker", "peskov")], att=attr("peskov", V, AC),
           quote="назвал ситуацию тревожной"),
    ])

V = ["Столичный дозор"]
doc("111_ru_mobilnyi_internet_moskva_may.txt", "ru", "2025-05-08",
    "Telegram-style post of 8 May 2025: mobile internet cut in central Moscow for several days before Victory Day ('несколько дней подряд'); dated 5-8 May with 3 days' tolerance. Required: the mobile-internet disruption in Moscow "
    "and Peskov's statement that the measures will last as long as needed (hypothetical accepted; undated, same window). Optional: the operators' security explanation.",
    [
        ev("moscow-mobile-internet", "disruption", "mobile_internet", "2025-05-05", "2025-05-08", tol=3, loc=P("moscow"),
           actors=[A("victim", "moscow_residents")], att=attr(None, V, ["asserted", "claimed"]),
           quote="жалуются на отключение мобильного интернета в центре города накануне Дня Победы"),
        ev("operators-security", "statement", "remark", "2025-05-05", "2025-05-08", tol=3, optional=True,
           actors=[A("speaker", "mobile_operators")], att=attr("mobile_operators", V, AC),
           quote="Операторы объясняют ограничения требованиями безопасности"),
        ev("peskov-as-long-as-needed", "statement", "remark", "2025-05-05", "2025-05-08", tol=3,
           actors=[A("speaker", "peskov")], att=attr("peskov", V, AC + ["hypothetical"]),
           quote="такие меры будут действовать столько, сколько потребуется для обеспечения безопасности граждан"),
    ])

V = ["Вечерний курьер"]
D14 = "2025-07-14"
doc("112_ru_ultimatum_trampa.txt", "ru", "2025-07-15",
    "Published 15 July 2025 about Trump's announcement of 'накануне' (14 July). Required: the threat of 'very severe' (about 100%) secondary tariffs unless a deal is reached within 50 days (sanction, threatened; hypothetical), "
    "the US weapons for Ukraine paid for by European allies, including Patriot (aid; announced, hypothetical accepted), Medvedev's 'theatrical ultimatum' post on X, Ryabkov's rejection of ultimatums and Peskov's 'very serious' remark "
    "(the three reactions dated 14-15 July). Optional: the Trump-Rutte meeting at the White House.",
    [
        ev("tariff-threat", "sanction", "threatened", D14,
           actors=[A("initiator", "trump"), A("target", "russia")],
           q=[Q(50, "day", "deadline"), Q(100, "percent", "tariff", "approx")], att=attr("trump", V, HYP),
           quote="пригрозил России «очень жесткими» пошлинами, если в течение 50 дней не будет достигнута сделка по Украине"),
        ev("weapons-via-allies", "aid", "military", D14,
           actors=[A("initiator", "us"), A("target", "ukraine"), A("participant", "european_allies")],
           att=attr("trump", V, ["hypothetical", "asserted", "claimed"]),
           quote="США будут поставлять Украине оружие, в том числе системы Patriot"),
        ev("trump-rutte-meeting", "contact", "meeting", D14, loc=P("white_house"), optional=True,
           actors=[A("participant", "trump"), A("participant", "rutte")], att=attr(None, V, ["asserted"]),
           quote="на встрече с генсеком НАТО Марком Рютте в Белом доме"),
        ev("medvedev-theatrical", "statement", "assessment", D14, "2025-07-15",
           actors=[A("speaker", "medvedev"), A("target", "trump")], att=attr("medvedev", ["X"] + V, AC),
           quote="Трамп выдвинул Кремлю театральный ультиматум"),
        ev("ryabkov-unacceptable", "statement", "refusal", D14, "2025-07-15",
           actors=[A("speaker", "ryabkov"), A("target", "us")], att=attr("ryabkov", V, AC),
           quote="назвал неприемлемыми любые попытки выдвигать требования, тем более ультиматумы"),
        ev("peskov-very-serious", "statement", "assessment", D14, "2025-07-15",
           actors=[A("speaker", "peskov"), A("target", "trump")], att=attr("peskov", V, AC),
           quote="Дмитрий Песков назвал их очень серьезными"),
    ])

V = ["Сводка 24"]
D = "2023-07-30"
doc("113_ru_moskva_siti_30_iyulya.txt", "ru", D,
    "Telegram-style post, night of 30 July 2023 ('Ночью 30 июля': dated 30 July). Required: Sobyanin's report that an attack by three drones was repelled (interception, also counted as attack; Moscow), "
    "the MoD's one drone shot down over Odintsovo District and two suppressed by EW that fell on Moscow City (two interceptions), the damage to two office towers with a guard injured, and the temporary closure of Vnukovo. "
    "Optional: the drone attack as such.",
    [
        ev("sobyanin-3-repelled", "interception", "drone", D, loc=P("moscow"), also=["attack"],
           actors=[A("claimant", "sobyanin"), A("initiator", "ru_ad")],
           q=[Q(3, "drone", "shot_down")], att=attr("sobyanin", V, AC),
           quote="отражена атака трех БПЛА на Москву"),
        ev("moscow-attack", "attack", "drone", D, loc=P("moscow"), optional=True,
           actors=[A("target", "russia")], q=[Q(3, "drone", "launched")], att=attr("sobyanin", V, AC),
           quote="атака трех БПЛА на Москву"),
        ev("mod-odintsovo-1", "interception", "drone", D, loc=P("odintsovo"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(1, "drone", "shot_down")], att=attr("ru_mod", V, CA),
           quote="Один беспилотник сбит над Одинцовским районом Подмосковья"),
        ev("mod-ew-2", "interception", "drone", D, loc=P("moscow_city"),
           actors=[A("claimant", "ru_mod"), A("initiator", "ru_ad")],
           q=[Q(2, "drone", "suppressed")], att=attr("ru_mod", V, CA),
           quote="еще два подавлены средствами РЭБ и упали на территории «Москва-Сити»"),
        ev("towers-damage", "damage", "destruction", D, loc=P("moscow_city"), also=["attack"],
           actors=[A("claimant", "sobyanin")], q=[Q(1, "person", "injured")], att=attr("sobyanin", V, AC),
           quote="повреждены фасады двух офисных башен, пострадал охранник"),
        ev("vnukovo-closed", "disruption", "airport", D, loc=P("vnukovo"),
           att=attr(None, V, ["asserted"]),
           quote="Аэропорт Внуково временно закрывали на прием и вылет"),
    ])


if __name__ == "__main__":
    GOLD.write(OUT)
