"""Ukrainian and Russian through the whole pipeline: triggers, dates, numbers, sources, hedges, denials.

Every sentence is our own, about the kind of report the war's first sources publish every day
(the Air Force's morning count, a governor's post, the Russian Ministry of Defence's claim).
Publication date 2025-05-22 (a Thursday) unless a case says otherwise.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

# (language, text, expected): expected holds the fields checked on the one event of that type
# ("type" picks it): subtype, start/end (ISO dates), place (English name), values (every
# quantity value, in any order), bound (of the first quantity), source, certainty.
CASES = [
    # --- interceptions: participles in every form, "or jammed", pairs of verbs
    ("uk", "Над Сумщиною збито/подавлено 40 ворожих безпілотників.",
     {"type": "interception", "subtype": "drone", "place": "Sumy Oblast", "values": [40]}),
    ("uk", "Уночі сили ППО збили або подавили засобами РЕБ 112 дронів.",
     {"type": "interception", "start": "2025-05-21", "end": "2025-05-22", "values": [112]}),
    ("uk", "Над Одещиною знешкоджено п'ять ударних БпЛА.",
     {"type": "interception", "place": "Odesa Oblast", "values": [5]}),
    ("ru", "Дежурными средствами ПВО уничтожены и перехвачены 77 украинских беспилотников над Курской областью.",
     {"type": "interception", "subtype": "drone", "place": "Kursk Oblast", "values": [77]}),
    ("ru", "Над Белгородской областью уничтожены пятнадцать беспилотников.",
     {"type": "interception", "place": "Belgorod Oblast", "values": [15]}),
    ("ru", "Еще два беспилотника подавлены средствами РЭБ над Тульской областью.",
     {"type": "interception", "place": "Tula Oblast", "values": [2]}),
    ("uk", "Протягом ночі над Київщиною збито 20 дронів, ще 6 вдалося перехопити.",
     {"type": "interception", "place": "Kyiv Oblast"}),
    ("uk", "Із них 30 ракет вдалося збити.",
     {"type": "interception", "subtype": "missile", "values": [30]}),
    # --- attacks: the verb, not the adjective "ударних"
    ("uk", "Ворог атакував Харків ударними дронами.",
     {"type": "attack", "subtype": "drone", "place": "Kharkiv"}),
    ("uk", "Вчора ракети вдарили по Києву.",
     {"type": "attack", "subtype": "missile", "start": "2025-05-21", "end": "2025-05-21"}),
    ("ru", "Вчера ракеты ударили по Одессе.",
     {"type": "attack", "subtype": "missile", "place": "Odesa", "start": "2025-05-21"}),
    ("uk", "У ніч на 25 травня ворог застосував 367 засобів повітряного нападу.",
     {"type": "attack", "start": "2025-05-24", "end": "2025-05-25", "values": [367]}),
    ("uk", "Уночі у Харкові було кілька прильотів, вибито вікна у двох будинках.",
     {"type": "damage", "subtype": "destruction", "place": "Kharkiv", "values": [2]}),
    ("ru", "Средствами ПВО сбиты 4 управляемые авиабомбы и 3 реактивных снаряда HIMARS.",
     {"type": "interception", "subtype": "missile", "values": [3, 4]}),
    # --- disruptions
    ("ru", "В аэропорту Шереметьево введены ограничения в работе аэропорта.",
     {"type": "disruption", "subtype": "airport", "place": "Sheremetyevo Airport"}),
    ("ru", "Аэропорт Внуково временно закрыт на прием и выпуск самолетов.",
     {"type": "disruption", "subtype": "airport", "place": "Vnukovo Airport"}),
    ("ru", "В Туле введено отключение мобильного интернета.",
     {"type": "disruption", "subtype": "mobile_internet", "place": "Tula"}),
    ("uk", "В аеропорту Бориспіль обмежено польоти.",
     {"type": "disruption", "subtype": "airport"}),
    ("uk", "Через удар у Харкові знеструмлено кілька районів.",
     {"type": "disruption", "subtype": "power", "place": "Kharkiv"}),
    # --- dates
    ("uk", "В ніч на 22 травня над Київщиною збито 15 шахедів.",
     {"type": "interception", "start": "2025-05-21", "end": "2025-05-22", "place": "Kyiv Oblast", "values": [15]}),
    ("ru", "В ночь на 21 мая над Курской областью сбиты двадцать пять беспилотников.",
     {"type": "interception", "start": "2025-05-20", "end": "2025-05-21", "values": [25]}),
    ("ru", "Накануне над Брянской областью сбиты три беспилотника.",
     {"type": "interception", "start": "2025-05-21", "end": "2025-05-21", "place": "Bryansk Oblast", "values": [3]}),
    ("ru", "С 20:00 до 23:50 по мск над Курской областью перехвачены 25 беспилотников.",
     {"type": "interception", "start": "2025-05-22", "end": "2025-05-22", "place": "Kursk Oblast", "values": [25]}),
    ("uk", "У вівторок ворог атакував Суми дронами.",
     {"type": "attack", "start": "2025-05-20", "end": "2025-05-20", "place": "Sumy"}),
    # --- quantities in words and digits, case forms, bounds, multipliers
    ("uk", "Унаслідок обстрілу Херсона загинули двоє людей, ще щонайменше семеро поранені.",
     {"type": "damage", "subtype": "casualties", "values": [2, 7]}),
    ("ru", "В результате удара погибли четверо мирных жителей, пострадали более 20 человек.",
     {"type": "damage", "values": [4, 20]}),
    ("uk", "Над областю знешкоджено сорок два шахеди.",
     {"type": "interception", "values": [42]}),
    ("uk", "Над Києвом збито двадцять п’ять ракет.",
     {"type": "interception", "subtype": "missile", "values": [25]}),
    ("ru", "Над Брянской областью уничтожены тридцать восемь беспилотников.",
     {"type": "interception", "values": [38]}),
    ("ru", "Минобороны сообщило об уничтожении 37 беспилотников.",
     {"type": "interception", "values": [37]}),
    ("ru", "Минобороны: за ночь уничтожены 2,8 тыс. беспилотников.",
     {"type": "interception", "values": [2800]}),
    ("ru", "Губернатор Белгородской области Вячеслав Гладков сообщил, что в Белгороде повреждены три дома.",
     {"type": "damage", "values": [3], "source": "Vyacheslav Gladkov", "certainty": "claimed"}),
    ("uk", "Унаслідок атаки пошкоджено щонайменше 12 будинків.",
     {"type": "damage", "values": [12], "bound": "at_least"}),
    ("ru", "Над Смоленской областью сбиты около десяти беспилотников.",
     {"type": "interception", "values": [10], "bound": "approx"}),
    # --- sources: по данным, як повідомляє, заявили в
    ("ru", "По данным Минобороны России, над Орловской областью сбиты 14 беспилотников.",
     {"type": "interception", "place": "Oryol Oblast", "values": [14],
      "source": "Ministry of Defence of Russia", "certainty": "claimed"}),
    ("uk", "Над Черкащиною збито 12 дронів, як повідомляє Повітряні сили ЗСУ.",
     {"type": "interception", "values": [12], "source": "Ukrainian Air Force", "certainty": "claimed"}),
    ("ru", "Над Ростовской областью сбиты 9 БПЛА, заявили в Минобороны России.",
     {"type": "interception", "values": [9], "source": "Ministry of Defence of Russia", "certainty": "claimed"}),
    ("ru", "Над Курской областью сбиты 30 беспилотников, сообщили во вторник в Министерстве обороны России.",
     {"type": "interception", "values": [30], "source": "Ministry of Defence of Russia"}),
    ("uk", "Повітряні сили повідомили, що над Дніпропетровщиною збито два дрони.",
     {"type": "interception", "place": "Dnipropetrovsk Oblast", "values": [2], "source": "Ukrainian Air Force"}),
    ("ru", "Вчера вечером над Москвой сбиты три БПЛА, сообщил Собянин.",
     {"type": "interception", "start": "2025-05-21", "place": "Moscow", "values": [3], "source": "Sergei Sobyanin"}),
    # --- hedges and denials
    ("uk", "Росія нібито атакувала Курськ ракетами.",
     {"type": "attack", "place": "Kursk", "certainty": "alleged"}),
    ("ru", "Украина якобы атаковала Белгород ракетами.",
     {"type": "attack", "place": "Belgorod", "certainty": "alleged"}),
    ("uk", "Речник Кремля Дмитро Пєсков спростував інформацію про переговори.",
     {"type": "statement", "source": "Dmitry Peskov", "certainty": "denied"}),
    ("ru", "Песков опроверг сообщения о переговорах с Украиной.",
     {"type": "statement", "source": "Dmitry Peskov", "certainty": "denied"}),
    ("uk", "Зеленський заперечив причетність України до атаки.",
     {"type": "statement", "source": "Volodymyr Zelensky", "certainty": "denied"}),
    # --- sanctions, threats
    ("uk", "Рада ЄС затвердила 17-й пакет санкцій проти Росії.",
     {"type": "sanction", "subtype": "imposed"}),
    ("ru", "Под ограничения попали еще 105 судов теневого флота.",
     {"type": "sanction", "values": [105]}),
    ("ru", "Трамп пригрозил России пошлинами.",
     {"type": "sanction", "certainty": "hypothetical"}),
]


def _check(event, expected):
    data = event.to_json()
    if "subtype" in expected:
        assert data.get("subtype") == expected["subtype"]
    if "start" in expected:
        assert data["date"]["start"] == expected["start"]
    if "end" in expected:
        assert data["date"]["end"] == expected["end"]
    if "place" in expected:
        assert data["location"].get("name") == expected["place"]
    if "values" in expected:
        assert sorted(q["value"] for q in data["quantities"]) == sorted(expected["values"])
    if "bound" in expected:
        assert data["quantities"][0]["bound"] == expected["bound"]
    if "source" in expected:
        assert data["attribution"]["source"] == expected["source"]
    if "certainty" in expected:
        assert data["attribution"]["certainty"] == expected["certainty"]


@pytest.mark.parametrize(("language", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_uk_ru_event_fields(extract, language, text, expected):
    events = [e for e in extract(text, language) if e.type == expected["type"]]
    assert events, f"no {expected['type']} event in {text!r}"
    _check(events[0], expected)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # "ударних"/"ударных" describe the drones; the report is the interception alone.
        ("uk", "Над Полтавщиною збито 36 ударних БпЛА."),
        ("ru", "Над Воронежской областью уничтожены 12 ударных беспилотников."),
    ],
)
def test_uk_ru_strike_adjective_is_no_attack(extract, language, text):
    assert [e.type for e in extract(text, language)] == ["interception"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "С 20:00 до 23:50 по мск над Курской областью перехвачены 25 беспилотников."),
        ("uk", "З 19:00 до 23:30 за київським часом над Сумщиною збито 8 дронів."),
    ],
)
def test_uk_ru_clock_times_are_no_quantities(extract, language, text):
    (event,) = [e for e in extract(text, language) if e.type == "interception"]
    assert [q.value for q in event.quantities] in ([25], [8])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Дрони атакували аеродроми в Іркутській області, в Мурманській, Рязанській та Амурській."),
        ("ru", "Беспилотники атаковали аэродромы в Мурманской, Иркутской, Рязанской и Амурской областях."),
    ],
)
def test_uk_ru_regions_named_by_their_adjective_alone_in_a_list(extract, language, text):
    places = {e.location.name for e in extract(text, language) if e.type == "attack"}
    assert {"Murmansk Oblast", "Irkutsk Oblast", "Ryazan Oblast", "Amur Oblast"} <= places


@pytest.mark.parametrize(
    ("language", "text", "claimant"),
    [
        ("ru", "Минобороны России сообщило об атаке дронов на аэродромы. Часть участников атаки, по данным ведомства, "
               "задержана.", "Ministry of Defence of Russia"),
        ("uk", "СБУ повідомила про підпал релейної шафи на залізниці. Двох підпалювачів, за даними відомства, затримано.",
         "Security Service of Ukraine"),
    ],
)
def test_uk_ru_detention_claimed_by_the_reporting_body(extract, language, text, claimant):
    # No party is named in the sentence: the body that reports the detention claims it.
    (other,) = [e for e in extract(text, language) if e.type == "other"]
    assert ("claimant", claimant) in [(a.role, a.name) for a in other.actors]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В результате переговорного процесса возвращены 246 российских военнослужащих, сообщило Минобороны."),
        ("uk", "Додому повернуто 246 українських захисників, повідомив Координаційний штаб."),
    ],
)
def test_uk_ru_soldiers_returned_in_the_passive_are_an_exchange(extract, language, text):
    exchanges = [e for e in extract(text, language) if e.type == "other" and e.subtype == "prisoner_exchange"]
    assert exchanges
    assert 246 in {q.value for q in exchanges[0].quantities}


@pytest.mark.parametrize(
    ("language", "text", "types"),
    [
        ("ru", "Путин пригрозил жестким ответом на удары по российской территории.", {"statement"}),
        ("uk", "Путін пригрозив «жорсткою» відповіддю на удари по території Росії.", {"statement"}),
        ("ru", "Трамп пригрозил России очень жесткими пошлинами, если сделка не будет достигнута.", {"sanction"}),
    ],
)
def test_uk_ru_a_threat_is_a_statement_unless_it_threatens_sanctions(extract, language, text, types):
    events = [e for e in extract(text, language) if e.type in ("statement", "sanction")]
    assert {e.type for e in events} == types
    assert {e.attribution.certainty for e in events} == {"hypothetical"}


@pytest.mark.parametrize(
    ("language", "text", "etype", "source"),
    [
        # the regional body is the source when the post names the body, its head when it names the head
        ("uk", "Окупанти обстріляли Херсон: загинула жінка, повідомила Херсонська ОВА.", "damage",
         "Kherson Oblast Military Administration"),
        ("uk", "За даними Запорізької ОВА, ворог атакував Запоріжжя дронами.", "attack",
         "Zaporizhzhia Oblast Military Administration"),
        ("uk", "Унаслідок обстрілу Харкова поранено трьох людей, повідомили у Харківській обласній військовій "
               "адміністрації.", "damage", "Kharkiv Oblast Military Administration"),
        ("uk", "За словами начальника Херсонської обласної військової адміністрації, окупанти обстріляли Херсон.",
         "attack", "Oleksandr Prokudin"),
        ("ru", "Российские войска обстреляли Херсон, погибла женщина, сообщила Херсонская ОВА.", "damage",
         "Kherson Oblast Military Administration"),
        ("ru", "Над Белгородской областью сбиты пять беспилотников, сообщил оперштаб Белгородской области.",
         "interception", "Belgorod Oblast Operational Headquarters"),
        ("ru", "В результате атаки дрона на Курск пострадали два человека, сообщили в оперативном штабе Курской области.",
         "damage", "Kursk Oblast Operational Headquarters"),
    ],
)
def test_uk_ru_regional_body_as_source(extract, language, text, etype, source):
    events = [e for e in extract(text, language) if e.type == etype]
    assert events, f"no {etype} event in {text!r}"
    assert events[0].to_json()["attribution"]["source"] == source


# --- From the second uk/ru tuning set: measures, releases, jams, outages, relays, tolls (own sentences).
@pytest.mark.parametrize(
    ("language", "text", "subtype"),
    [
        ("ru", "Кремль объявил рождественское перемирие на 36 часов.", "ceasefire"),
        ("uk", "Росія оголосила тридцятигодинне перемир'я на Великдень.", "ceasefire"),
        ("ru", "В Белгородской области ввели режим ЧС федерального характера.", "emergency"),
        ("uk", "У Сумській області запровадили режим надзвичайної ситуації.", "emergency"),
        ("ru", "Москва освободила американского журналиста Эвана Гершковича.", "release"),
        ("uk", "Росія звільнила американського журналіста Евана Гершковича.", "release"),
    ],
)
def test_uk_ru_truces_emergencies_and_releases_are_other_events(extract, language, text, subtype):
    others = [e for e in extract(text, language) if e.type == "other"]
    assert [e.subtype for e in others] == [subtype]


@pytest.mark.parametrize(
    ("language", "text", "subtype"),
    [
        ("ru", "После сбоя навигации в центре Москвы образовалась многокилометровая пробка.", "transport"),
        ("uk", "Після збою на мосту утворився величезний затор.", "transport"),
        ("uk", "Після удару в Харкові виникли перебої з електропостачанням.", "power"),
        ("ru", "После удара в Белгороде начались перебои с электроснабжением.", "power"),
    ],
)
def test_uk_ru_jams_and_power_cuts_are_disruptions(extract, language, text, subtype):
    disruptions = [e for e in extract(text, language) if e.type == "disruption"]
    assert [e.subtype for e in disruptions] == [subtype]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Сайт Госуслуг подвергся атаке злоумышленников, которые перегрузили его запросами."),
        ("uk", "Портал «Дія» зазнав атаки зловмисників, які намагалися викрасти дані."),
    ],
)
def test_uk_ru_an_attack_by_intruders_on_a_service_is_cyber(extract, language, text):
    assert {e.type for e in extract(text, language)} == {"cyber_operation"}


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("uk", "Головною ціллю ворога цієї ночі був Харків.", "Kharkiv"),
        ("ru", "Главной целью противника этой ночью стала Одесса.", "Odesa"),
    ],
)
def test_uk_ru_the_enemys_main_target_is_an_attack_there(extract, language, text, place):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert [e.location.name for e in attacks] == [place]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В ходе обмена Украина передала 20 раненых пленных в обмен на 20 тяжелораненых российских военных."),
        ("uk", "Україна отримала 12 поранених полонених в обмін на 12 тяжкопоранених російських військових."),
    ],
)
def test_uk_ru_wounded_prisoners_exchanged_are_no_casualties(extract, language, text):
    types = [e.type for e in extract(text, language)]
    assert "other" in types
    assert "damage" not in types


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Эксперты отмечают, что подобных атак на такси раньше не было."),
        ("uk", "Фахівці кажуть, що подібних атак на сервіси раніше не було."),
    ],
)
def test_uk_ru_such_attacks_name_no_new_attack(extract, language, text):
    assert not [e for e in extract(text, language) if e.type in ("attack", "cyber_operation")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Того ж дня Зеленський провів зустріч із Макроном у Парижі."),
        ("ru", "Того же дня Зеленский провел встречу с Макроном в Париже."),
    ],
)
def test_uk_ru_a_sentence_opening_pronoun_is_no_country(extract, language, text):
    names = {a.name for e in extract(text, language) for a in e.actors} | {
        e.location.name for e in extract(text, language)}
    assert "Togo" not in names


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("uk", "Генштаб ЗСУ спростував ці заяви, як передає Укрінформ.", "General Staff of the Armed Forces of Ukraine"),
        ("ru", "Минобороны России опровергло эти сведения, как передает ТАСС.", "Ministry of Defence of Russia"),
    ],
)
def test_uk_ru_a_relaying_agency_is_no_origin(extract, language, text, speaker):
    (statement,) = [e for e in extract(text, language) if e.type == "statement"]
    assert statement.attribution.source == speaker


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("ru", "По данным штаба, до 500 военнослужащих противника при поддержке танков атаковали позиции у Часова Яра.", 500),
        ("uk", "Ворог стверджує, що вдарив по базі й знищив до 40 військових.", 40),
    ],
)
def test_uk_ru_soldiers_in_an_attack_are_counted_with_their_bound(extract, language, text, value):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert attacks
    counts = [(q.value, q.bound) for q in attacks[0].quantities]
    assert (value, "at_most") in counts


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Кількість загиблих у Сумах зросла до 35. Про це зранку повідомив голова ОВА. "
               "Ракети влучили в центр міста напередодні. Поранено понад 100 людей."),
        ("ru", "Число погибших в Сумах выросло до 35. Об этом утром сообщил губернатор. "
               "Ракеты попали в центр города накануне. Ранены более 100 человек."),
    ],
)
def test_uk_ru_the_injured_told_after_the_dead_join_one_toll(extract, language, text):
    tolls = [e for e in extract(text, language, published=None) if e.type == "damage" and e.subtype == "casualties"]
    assert len(tolls) == 1
    assert {q.value for q in tolls[0].quantities} >= {35, 100}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Хакеры IT-армии Украины взломали сайт «Аэрофлота»."),
        ("uk", "Хакери IT-армії України зламали сайт «Аерофлоту»."),
    ],
)
def test_uk_ru_a_country_in_the_hackers_name_is_not_where_they_struck(extract, language, text):
    (cyber,) = [e for e in extract(text, language) if e.type == "cyber_operation"]
    assert cyber.location.country != "UA"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "У ніч на 22 травня (з 18:00 21 травня) противник атакував ударними БпЛА – 128 шт. з напрямків: "
               "Курськ, Орел, Брянськ – РФ."),
        ("en", "Overnight, Russian forces attacked with 128 drones launched from the directions of Kursk, Oryol and Bryansk."),
    ],
)
def test_uk_ru_where_drones_came_from_is_not_where_they_struck(extract, language, text):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert attacks
    assert {e.location.name for e in attacks} == {"Ukraine"}


def test_uk_ru_a_bracketed_start_time_details_the_night_before_it(extract):
    text = "У ніч на 22 травня (з 18:00 21 травня) противник атакував Україну ударними БпЛА."
    (attack,) = [e for e in extract(text, "uk") if e.type == "attack"]
    assert (str(attack.date.start), str(attack.date.end)) == ("2025-05-21", "2025-05-22")


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        ("ru", "Путин, по словам Пескова, готов к встрече с Зеленским.", "Dmitry Peskov"),
        ("uk", "Путін, за словами Пєскова, готовий до зустрічі із Зеленським.", "Dmitry Peskov"),
    ],
)
def test_uk_ru_who_is_cited_takes_no_part_in_the_event(extract, language, text, absent):
    contacts = [e for e in extract(text, language) if e.type == "contact"]
    assert contacts
    assert absent not in {a.name for e in contacts for a in e.actors}
    assert {e.attribution.source for e in contacts} == {absent}


@pytest.mark.parametrize(
    ("language", "text"),
    [("ru", "Лавров обвинил Запад в затягивании конфликта."), ("uk", "Лавров звинуватив Захід у затягуванні війни.")],
)
def test_uk_ru_an_accusation_is_an_accusation(extract, language, text):
    assert {e.subtype for e in extract(text, language) if e.type == "statement"} == {"accusation"}


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        ("uk", "У Сумській області оголосили обов'язкову евакуацію ще 11 населених пунктів.", "other", "evacuation"),
        ("ru", "В Брянской области после подрыва путей сошел с рельсов грузовой поезд.", "damage", "destruction"),
        ("en", "A passenger train derailed after a bridge was blown up in the Bryansk region.", "damage", "destruction"),
    ],
)
def test_uk_ru_evacuations_and_derailments(extract, language, text, kind, subtype):
    assert (kind, subtype) in {(e.type, e.subtype) for e in extract(text, language)}


def test_uk_ru_an_evacuation_bus_is_no_evacuation(extract):
    text = "Транспорт був евакуаційним і прямував до Сум."
    assert "other" not in {e.type for e in extract(text, "uk")}


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        ("ru", "ФСБ задержала в Москве жителя Подмосковья, подозреваемого в подготовке теракта.",
         "Federal Security Service of Russia"),
        ("uk", "СБУ затримала в Харкові агента російських спецслужб.", "Security Service of Ukraine"),
    ],
)
def test_uk_ru_the_body_that_detains_announces_the_detention(extract, language, text, source):
    arrests = [e for e in extract(text, language) if e.type == "other"]
    assert {e.attribution.source for e in arrests} == {source}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "CERT-UA зафіксувала нову кібератаку угруповання Sandworm на енергетичні компанії."),
        ("ru", "CERT-UA зафиксировала новую кибератаку группировки Sandworm на энергетические компании."),
    ],
)
def test_uk_ru_who_records_an_attack_reports_it(extract, language, text):
    cyber = [e for e in extract(text, language) if e.type == "cyber_operation"]
    assert {e.attribution.source for e in cyber} == {"CERT-UA"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Глава МИД Венгрии Петер Сийярто выступил против новых санкций ЕС."),
        ("en", "Hungary's foreign minister Peter Szijjarto opposed new EU sanctions against Russia."),
    ],
)
def test_uk_ru_opposing_sanctions_imposes_none(extract, language, text):
    assert "sanction" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Как сообщили в пресс-службе Кремля, Путин и Эрдоган обсудили ситуацию на Украине."),
        ("en", "Putin and Erdogan discussed the situation in Ukraine, the Kremlin said."),
    ],
)
def test_uk_ru_two_leaders_who_discussed_met_or_spoke(extract, language, text):
    contacts = [e for e in extract(text, language) if e.type == "contact"]
    assert contacts
    assert {"Vladimir Putin", "Recep Tayyip Erdoğan"} <= {a.name for e in contacts for a in e.actors}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Мер Харкова Ігор Терехов назвав обстріл терором проти мирних людей і закликав жителів залишатися в укриттях."),
        ("ru", "Губернатор Вячеслав Гладков назвал обстановку в Шебекино тяжелой и попросил жителей не выходить из укрытий."),
    ],
)
def test_uk_ru_a_call_that_concludes_a_verdict_is_one_statement(extract, language, text):
    assert len([e for e in extract(text, language) if e.type == "statement"]) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Лавров назвав санкції незаконними і пригрозив Заходу відповіддю."),
        ("ru", "Лавров назвал санкции незаконными и пригрозил Западу ответом."),
    ],
)
def test_uk_ru_a_verdict_and_a_threat_stay_two_statements(extract, language, text):
    assert {e.subtype for e in extract(text, language) if e.type == "statement"} >= {"assessment", "threat"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Путін на засіданні Радбезу РФ назвав вибух на Кримському мосту терактом."),
        ("ru", "Путин на заседании Совбеза назвал взрыв на Крымском мосту терактом."),
    ],
)
def test_uk_ru_a_session_where_somebody_speaks_is_no_contact(extract, language, text):
    events = extract(text, language)
    assert "contact" not in {e.type for e in events}
    assert "statement" in {e.type for e in events}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Зеленський на зустрічі з Макроном заявив, що Україна потребує більше систем ППО."),
        ("ru", "Путин на встрече с Лукашенко заявил, что Россия готова к переговорам."),
    ],
)
def test_uk_ru_a_meeting_with_somebody_stays_a_contact(extract, language, text):
    assert "contact" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Загиблих і поранених, за словами голови ОВА, немає."),
        ("ru", "Погибших, по предварительным данным, нет."),
        ("ru", "Раненых и погибших, как уточнили в администрации, нет."),
    ],
)
def test_uk_ru_no_casualties_past_an_aside(extract, language, text):
    assert "damage" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("ru", "Ночью беспилотник атаковал Курск, повреждены два жилых дома.",
         "Жителей пострадавших домов разместили в пункте временного размещения."),
        ("uk", "Уночі дрон атакував Суми, пошкоджено два житлові будинки.",
         "Мешканців постраждалих будинків тимчасово відселили."),
    ],
)
def test_uk_ru_damaged_houses_named_again_are_no_casualties(extract, language, first, second):
    damage = [e for e in extract(first + " " + second, language) if e.type == "damage"]
    assert [e.subtype for e in damage] == ["destruction"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Хто стоїть за атакою на мережу, поки невідомо."),
        ("ru", "Кто стоит за атакой на сеть, пока неизвестно."),
    ],
)
def test_uk_ru_who_is_behind_an_attack_is_no_attack(extract, language, text):
    assert not {"attack", "cyber_operation"} & {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Трамп заявив, що війна не закінчиться, доки він не зустрінеться з Путіним."),
        ("ru", "Трамп заявил, что война не закончится, пока он не встретится с Путиным."),
    ],
)
def test_uk_ru_a_meeting_not_held_is_no_contact(extract, language, text):
    assert "contact" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Зеленський закликав союзників посилити санкції проти Росії."),
        ("ru", "Зеленский призвал союзников ужесточить санкции против России."),
        ("en", "Zelensky urged allies to tighten sanctions on Russia."),
    ],
)
def test_uk_ru_sanctions_called_for_are_the_call(extract, language, text):
    types = [e.type for e in extract(text, language)]
    assert "sanction" not in types
    assert "statement" in types


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Губернатор Воробьев написал, что силы ПВО отражают атаку беспилотников на Подмосковье."),
        ("uk", "Голова ОВА написав, що сили ППО відбивають атаку дронів на Київщину."),
    ],
)
def test_uk_ru_air_defence_repelling_now_is_an_interception(extract, language, text):
    assert "interception" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("text", "source", "via"),
    [
        ("Як передає Укрінформ, у ніч на 22 травня ворог атакував Харків ударними дронами.", "Ukrinform", ()),
        ("Генштаб ЗСУ спростував ці заяви, як передає Укрінформ.", "General Staff of the Armed Forces of Ukraine",
         ("Ukrinform",)),
    ],
)
def test_uk_ru_an_outlet_that_relays_tells_the_event_only_when_nobody_else_speaks(extract, text, source, via):
    events = extract(text, "uk")
    assert events
    assert {e.attribution.source for e in events} == {source}
    assert all(set(via) <= set(e.attribution.via) for e in events)


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Песков считает, что Киев не готов к миру.", "Dmitry Peskov"),
        ("ru", "По мнению Лаврова, Киев не готов к миру.", "Sergey Lavrov"),
        ("uk", "Зеленський вважає, що Росія не хоче миру.", "Volodymyr Zelensky"),
        ("uk", "На думку Зеленського, Росія не хоче миру.", "Volodymyr Zelensky"),
    ],
)
def test_uk_ru_an_opinion_is_a_statement(extract, language, text, speaker):
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert statements
    assert statements[0].to_json()["attribution"]["source"] == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Лавров считается опытным дипломатом."),
        ("uk", "Зеленський вважається досвідченим політиком."),
    ],
)
def test_uk_ru_being_considered_is_no_statement(extract, language, text):
    assert "statement" not in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В Москве не работает мобильный интернет."),
        ("ru", "Пользователи сообщили о сбоях в работе приложения «Яндекс Такси» в Москве."),
        ("uk", "У Києві не працює мобільний інтернет."),
        ("uk", "У Харкові стався збій у роботі сайту міськради."),
    ],
)
def test_uk_ru_outages_said_plainly_are_disruptions(extract, language, text):
    assert "disruption" in {e.type for e in extract(text, language)}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Российская сторона отказалась от перемирия.", "Russia"),
        ("uk", "Українська сторона попросила про пряму зустріч лідерів.", "Ukraine"),
        ("en", "The Russian side refused a ceasefire.", "Russia"),
    ],
)
def test_uk_ru_the_side_of_a_country_is_the_country_speaking(extract, language, text, speaker):
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert statements
    assert speaker in {a.name for a in statements[0].actors}


@pytest.mark.parametrize(
    ("language", "text", "speaker", "source"),
    [
        ("ru", "Украинская сторона, как сообщил Мединский, попросила о прямой встрече.", "Ukraine",
         "Vladimir Medinsky"),
        ("uk", "Російська сторона, як повідомив Умєров, відмовилася від перемир'я.", "Russia", "Rustem Umerov"),
        ("en", "The Russian side, according to Umerov, refused a ceasefire.", "Russia", "Rustem Umerov"),
    ],
)
def test_uk_ru_who_relays_in_an_aside_does_not_speak(extract, language, text, speaker, source):
    statement = next(e for e in extract(text, language) if e.type == "statement")
    assert {a.name for a in statement.actors} == {speaker}
    assert statement.attribution.source == source


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Как заявил Песков, Киев не готов к миру.", "Dmitry Peskov"),
        ("ru", "Как отметила Захарова, Запад несет ответственность за эскалацию.", "Maria Zakharova"),
        ("uk", "Як заявив Зеленський, Росія не хоче миру.", "Volodymyr Zelensky"),
        ("uk", "Як наголосила Стефанішина, резервні копії даних збережено.", "Olha Stefanishyna"),
    ],
)
def test_uk_ru_as_someone_said_with_nothing_else_is_their_statement(extract, language, text, speaker):
    events = extract(text, language)
    assert [e.type for e in events] == ["statement"]
    assert events[0].attribution.source == speaker


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("ru", "Официальный представитель Кремля Дмитрий Песков прокомментировал заявление Зеленского.",
         "Dmitry Peskov"),
        ("ru", "Путин выступил с обращением к нации.", "Vladimir Putin"),
        ("uk", "Речник МЗС Георгій Тихий прокоментував заяву Лаврова.", "Heorhii Tykhyi"),
        ("uk", "Зеленський у вечірньому зверненні повідомив, що Україна отримала нові системи ППО.",
         "Volodymyr Zelensky"),
    ],
)
def test_uk_ru_comments_and_addresses_are_statements(extract, language, text, speaker):
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert statements
    assert statements[0].attribution.source == speaker


@pytest.mark.parametrize(
    ("language", "text", "kind", "subtype"),
    [
        ("uk", "Зеленський зустрівся з Рютте у Брюсселі.", "contact", "meeting"),
        ("uk", "У частині Харкова зникло світло після удару по енергооб'єкту.", "disruption", "power"),
        ("uk", "У Сумах зник зв'язок.", "disruption", "communications"),
        ("ru", "В части Белгорода пропал свет после атаки.", "disruption", "power"),
        ("ru", "После удара в Курске пропало электричество.", "disruption", "power"),
    ],
)
def test_uk_ru_a_met_leader_and_lights_gone_out(extract, language, text, kind, subtype):
    assert subtype in {e.subtype for e in extract(text, language) if e.type == kind}


@pytest.mark.parametrize(
    ("language", "text", "subtype", "place"),
    [
        # The service restricted in the passive, the active, or named first.
        ("ru", "В Нижегородской области временно ограничен мобильный интернет, сообщил губернатор Глеб Никитин.",
         "mobile_internet", "Nizhny Novgorod Oblast"),
        ("ru", "В ряде районов Курской области ограничили работу мобильного интернета в целях безопасности.",
         "mobile_internet", "Kursk Oblast"),
        ("ru", "Мобильный интернет в Ульяновске временно отключен.", "mobile_internet", "Ulyanovsk"),
        # The "Carpet" plan closes the sky over an airport.
        ("ru", "В аэропорту Казани введен режим «Ковер».", "airport", "Kazan International Airport"),
    ],
)
def test_uk_ru_restricted_mobile_internet_and_carpet_plan_are_disruptions(extract, language, text, subtype, place):
    disruptions = [e for e in extract(text, language) if e.type == "disruption"]
    assert [(e.subtype, e.location.name) for e in disruptions] == [(subtype, place)]


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # "Как сообщил в Telegram-канале губернатор …": the channel carries, the governor speaks.
        ("ru", "Как сообщил в своем Telegram-канале губернатор Белгородской области, ранения получили четыре человека.",
         "Vyacheslav Gladkov"),
        ("ru", "Как сообщил в Telegram-канале губернатор Вячеслав Гладков, ранения получили четыре человека.",
         "Vyacheslav Gladkov"),
        ("uk", "Як повідомив у Telegram-каналі начальник ОВА Олег Синєгубов, поранено чотирьох людей.",
         "Oleh Syniehubov"),
    ],
)
def test_uk_ru_the_party_after_the_channel_is_the_source(extract, language, text, source):
    (damage,) = [e for e in extract(text, language) if e.type == "damage"]
    assert damage.attribution.source == source
    assert 4 in [q.value for q in damage.quantities]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # Governors' posts and ministry counts as Russian agencies relay them: the count, its bound, who says so.
        ("ru", "Дежурные средства ПВО за ночь перехватили и уничтожили 105 украинских беспилотников самолетного типа, "
               "сообщили в Минобороны России.",
         {"type": "interception", "subtype": "drone", "values": [105], "source": "Ministry of Defence of Russia"}),
        ("ru", "В результате атаки БПЛА в Белгородском районе ранены три мирных жителя, сообщил губернатор Вячеслав Гладков.",
         {"type": "damage", "values": [3], "source": "Vyacheslav Gladkov", "certainty": "claimed"}),
        ("ru", "По словам губернатора Курской области Александра Хинштейна, в Рыльске погиб мужчина, еще двое пострадали.",
         {"type": "damage", "place": "Rylsk", "values": [1, 2], "source": "Alexander Khinshtein"}),
        ("ru", "Около 30 беспилотников уничтожены над Подмосковьем, передает ТАСС со ссылкой на Минобороны.",
         {"type": "interception", "place": "Moscow Oblast", "values": [30], "bound": "approx",
          "source": "Ministry of Defence of Russia"}),
        ("ru", "Над территорией Курской области перехвачены 46 БПЛА, над Брянской — 21, над Орловской — 9.",
         {"type": "interception", "place": "Kursk Oblast", "values": [46]}),
        ("ru", "В аэропортах Внуково и Домодедово введены временные ограничения на прием и выпуск воздушных судов.",
         {"type": "disruption", "subtype": "airport", "place": "Vnukovo Airport"}),
        ("ru", "Лавров провел телефонный разговор с госсекретарем США Марко Рубио.",
         {"type": "contact", "subtype": "call"}),
        ("ru", "Евросоюз утвердил 17-й пакет санкций против России.", {"type": "sanction", "subtype": "imposed"}),
        ("ru", "Россия и Украина провели обмен пленными по формуле 390 на 390.",
         {"type": "other", "subtype": "prisoner_exchange", "values": [390]}),
        ("ru", "В Москве задержан военнослужащий, передававший сведения украинским спецслужбам, сообщили в ФСБ.",
         {"type": "other", "subtype": "arrest", "place": "Moscow", "source": "Federal Security Service of Russia"}),
        ("ru", "В результате обстрела Горловки со стороны ВСУ погибли двое мирных жителей, еще пятеро получили ранения.",
         {"type": "damage", "place": "Horlivka", "values": [2, 5]}),
        ("ru", "Погибли трое человек, сообщил глава ДНР Денис Пушилин.",
         {"type": "damage", "values": [3], "source": "Denis Pushilin"}),
        ("ru", "Захарова назвала провокацией заявления Киева о перемирии.",
         {"type": "statement", "subtype": "assessment", "source": "Maria Zakharova"}),
    ],
)
def test_uk_ru_russian_agency_reports(extract, language, text, expected):
    events = [e for e in extract(text, language) if e.type == expected["type"]]
    assert events, f"no {expected['type']} event in {text!r}"
    _check(events[0], expected)


@pytest.mark.parametrize(
    ("language", "text", "source"),
    [
        # An unnamed party after its channel is written without the channel ("глава региона").
        ("ru", "Как сообщил в своем телеграм-канале глава региона, ранения получили четыре человека.", "глава региона"),
        ("ru", "Как сообщил в Telegram глава региона, ранения получили четыре человека.", "глава региона"),
        ("uk", "Як повідомила у своєму телеграм-каналі обласна військова адміністрація, поранено чотирьох людей.",
         "обласна військова адміністрація"),
    ],
)
def test_uk_ru_an_unnamed_party_after_its_channel_is_the_source(extract, language, text, source):
    (damage,) = [e for e in extract(text, language) if e.type == "damage"]
    assert damage.attribution.source == source
    assert damage.attribution.certainty == "claimed"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Как заявил Песков, Кремль не видит оснований для встречи Путина и Зеленского."),
        ("uk", "Кремль не бачить підстав для зустрічі Путіна і Зеленського, заявив Пєсков."),
    ],
)
def test_uk_ru_a_meeting_seen_without_grounds_is_no_meeting(extract, language, text):
    assert "contact" not in {e.type for e in extract(text, language)}
