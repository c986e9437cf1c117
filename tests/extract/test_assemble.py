"""Events as assembled: quantities, dates, places, breakdowns, restatements and evidence.

kronika.extract.extract_events on short texts of our own, published on Thursday 22 May 2025.
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.domain import Quantity

pytestmark = pytest.mark.slow


def _of_type(events, event_type):
    return [e for e in events if e.type == event_type]


@pytest.mark.parametrize(
    ("language", "text", "quantity"),
    [
        ("fr", "La défense antiaérienne a abattu au moins 27 drones au-dessus de la région de Moscou.",
         Quantity(27, "drone", "shot_down", "at_least")),
        ("en", "Air defences shot down at least 27 drones over the Moscow region.",
         Quantity(27, "drone", "shot_down", "at_least")),
        ("uk", "Сили ППО збили щонайменше 27 дронів над Київською областю.",
         Quantity(27, "drone", "shot_down", "at_least")),
        ("ru", "ПВО сбила не менее 27 беспилотников над Московской областью.",
         Quantity(27, "drone", "shot_down", "at_least")),
        ("fr", "La défense antiaérienne a abattu treize drones au-dessus de Koursk.",
         Quantity(13, "drone", "shot_down", "exact")),
        ("en", "Air defences shot down about 40 missiles over Ukraine.", Quantity(40, "missile", "shot_down", "approx")),
        ("uk", "Сили ППО збили майже 40 ракет.", Quantity(40, "missile", "shot_down", "approx")),
        ("ru", "ПВО сбила около 40 ракет.", Quantity(40, "missile", "shot_down", "approx")),
    ],
)
def test_assemble_interception_carries_quantity_and_bound(extract, language, text, quantity):
    (event,) = _of_type(extract(text, language), "interception")
    assert event.quantities == (quantity,)


@pytest.mark.parametrize(
    ("language", "text", "start", "end", "precision"),
    [
        ("fr", "Dans la nuit du 21 au 22 mai, la défense a abattu 27 drones au-dessus de Koursk.",
         "2025-05-21", "2025-05-22", "range"),
        ("en", "On the night of May 22, air defences shot down 27 drones over Kursk.",
         "2025-05-21", "2025-05-22", "range"),
        ("uk", "В ніч на 22 травня сили ППО збили 27 дронів над Києвом.", "2025-05-21", "2025-05-22", "range"),
        ("ru", "В ночь на 22 мая ПВО сбила 27 беспилотников над Курском.", "2025-05-21", "2025-05-22", "range"),
        ("fr", "Hier, des missiles ont frappé Kiev.", "2025-05-21", "2025-05-21", "day"),
        ("en", "Missiles struck Kyiv yesterday.", "2025-05-21", "2025-05-21", "day"),
        ("uk", "Вчора ракети вдарили по Києву.", "2025-05-21", "2025-05-21", "day"),
        ("ru", "Вчера ракеты ударили по Киеву.", "2025-05-21", "2025-05-21", "day"),
        ("fr", "Mardi, des missiles ont frappé Dnipro.", "2025-05-20", "2025-05-20", "day"),
        ("en", "Missiles struck Dnipro on Tuesday.", "2025-05-20", "2025-05-20", "day"),
    ],
)
def test_assemble_event_date_is_when_it_happened(extract, language, text, start, end, precision):
    events = [e for e in extract(text, language) if e.type in ("attack", "interception")]
    assert events
    for event in events:
        assert (event.date.start.isoformat(), event.date.end.isoformat(), event.date.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le 19 mai, des drones ont frappé Kiev. La veille, des missiles avaient frappé Odessa."),
        ("en", "On May 19, drones struck Kyiv. The day before, missiles had struck Odesa."),
    ],
)
def test_assemble_eve_dates_from_the_story_date(extract, language, text):
    attacks = {e.location.name: e.date.start for e in _of_type(extract(text, language), "attack")}
    assert attacks == {"Kyiv": date(2025, 5, 19), "Odesa": date(2025, 5, 18)}


@pytest.mark.parametrize(
    ("language", "text", "name", "precision"),
    [
        ("fr", "Des drones ont frappé la région de Moscou dans la nuit.", "Moscow Oblast", "region"),
        ("fr", "Des drones ont frappé Moscou dans la nuit.", "Moscow", "city"),
        ("en", "Drones struck the Moscow region overnight.", "Moscow Oblast", "region"),
        ("en", "Drones struck Moscow overnight.", "Moscow", "city"),
        ("uk", "Дрони вночі атакували Московську область.", "Moscow Oblast", "region"),
        ("uk", "Дрони вночі атакували Москву.", "Moscow", "city"),
        ("ru", "Беспилотники ночью атаковали Московскую область.", "Moscow Oblast", "region"),
        ("ru", "Беспилотники ночью атаковали Москву.", "Moscow", "city"),
    ],
)
def test_assemble_location_region_versus_city(extract, language, text, name, precision):
    (event,) = _of_type(extract(text, language), "attack")
    assert (event.location.name, event.location.precision, event.location.country) == (name, precision, "RU")


_BREAKDOWNS = [
    ("fr", "La défense antiaérienne a abattu 40 drones au-dessus de la Russie : 20 au-dessus de la région de Koursk, "
           "12 au-dessus de la région de Briansk et 8 au-dessus de la région de Belgorod."),
    ("en", "Air defences shot down 40 drones over Russia: 20 over the Kursk region, 12 over the Bryansk region "
           "and 8 over the Belgorod region."),
    ("uk", "ППО збила 40 дронів над Росією: 20 над Курською областю, 12 над Брянською областю "
           "та 8 над Бєлгородською областю."),
    ("ru", "ПВО сбила 40 беспилотников над Россией: 20 над Курской областью, 12 над Брянской областью "
           "и 8 над Белгородской областью."),
]


@pytest.mark.parametrize(("language", "text"), _BREAKDOWNS)
def test_assemble_breakdown_gives_one_interception_per_region(extract, language, text):
    events = _of_type(extract(text, language), "interception")
    per_region = {(e.location.name, e.quantities[0].value) for e in events if e.location.precision == "region"
                  and e.quantities and e.quantities[0].value != 40}
    assert per_region == {("Kursk Oblast", 20), ("Bryansk Oblast", 12), ("Belgorod Oblast", 8)}


@pytest.mark.parametrize(("language", "text"), _BREAKDOWNS)
def test_assemble_breakdown_keeps_the_total_once_outside_the_regions(extract, language, text):
    events = _of_type(extract(text, language), "interception")
    totals = [e for e in events if any(q.value == 40 for q in e.quantities)]
    assert len(totals) == 1
    assert totals[0].location.name not in ("Kursk Oblast", "Bryansk Oblast", "Belgorod Oblast")
    assert (totals[0].location.country, totals[0].location.precision) == ("RU", "country")
    assert len(events) == 4


@pytest.mark.parametrize(
    ("language", "text", "items"),
    [
        pytest.param(
            "fr",
            "La défense antiaérienne russe a abattu des drones ukrainiens cette nuit :\n"
            "• 40 drones abattus au-dessus de la région de Koursk ;\n"
            "• 12 drones abattus au-dessus de la région de Briansk.\n",
            {"Kursk Oblast": (40, "40 drones abattus au-dessus de la région de Koursk ;"),
             "Bryansk Oblast": (12, "12 drones abattus au-dessus de la région de Briansk.")},
        ),
        pytest.param(
            "en",
            "Russian air defences shot down Ukrainian drones overnight:\n"
            "- 40 drones shot down over the Kursk region;\n"
            "- 12 drones shot down over the Bryansk region.\n",
            {"Kursk Oblast": (40, "40 drones shot down over the Kursk region;"),
             "Bryansk Oblast": (12, "12 drones shot down over the Bryansk region.")},
        ),
        (
            "ru",
            "ПВО сбила украинские беспилотники ночью:\n"
            "- 40 беспилотников над Курской областью;\n"
            "- 12 беспилотников над Брянской областью.\n",
            {"Kursk Oblast": (40, "40 беспилотников над Курской областью;"),
             "Bryansk Oblast": (12, "12 беспилотников над Брянской областью.")},
        ),
    ],
)
def test_assemble_list_breakdown_gives_one_interception_per_item(extract, language, text, items):
    events = _of_type(extract(text, language), "interception")
    found = {
        e.location.name: (e.quantities[0].value, [text[s.start : s.end] for s in e.evidence])
        for e in events if e.location.name in items and e.quantities
    }
    assert set(found) == set(items)
    for region, (value, item) in items.items():
        assert found[region][0] == value
        assert item in found[region][1]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La Russie a attaqué Odessa avec 40 drones dans la nuit, selon l'armée de l'air ukrainienne. "
               "Des débris sont tombés sur une école. "
               "Selon l'armée de l'air ukrainienne, la Russie a attaqué Odessa avec 40 drones dans la nuit."),
        ("en", "Russia attacked Odesa with 40 drones overnight, the Ukrainian Air Force said. "
               "Debris fell on a school. "
               "The Ukrainian Air Force said Russia attacked Odesa with 40 drones overnight."),
        ("uk", "Росія вночі атакувала Одесу 40 дронами, повідомили Повітряні сили. "
               "Уламки впали на школу. "
               "Повітряні сили повідомили, що Росія вночі атакувала Одесу 40 дронами."),
        ("ru", "Ночью Россия атаковала Одессу 40 беспилотниками, сообщили Воздушные силы. "
               "Обломки упали на школу. "
               "Воздушные силы сообщили, что ночью Россия атаковала Одессу 40 беспилотниками."),
    ],
)
def test_assemble_restated_lead_yields_no_extra_event(extract, language, text):
    at_odesa = [e for e in _of_type(extract(text, language), "attack") if e.location.name == "Odesa"]
    assert len(at_odesa) == 1
    assert at_odesa[0].quantities == (Quantity(40, "drone", "launched", "exact"),)



@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        pytest.param("fr", "La Russie a attaqué Odessa avec 40 drones dans la nuit.", "Odesa"),
        pytest.param("en", "Russia launched a missile strike on Kyiv on Thursday night.", "Kyiv"),
        pytest.param("uk", "Росія вночі атакувала Одесу 40 дронами.", "Odesa"),
        pytest.param("ru", "Ночью Россия атаковала Одессу 40 беспилотниками.", "Odesa"),
    ],
)
def test_assemble_attacking_country_is_not_the_location(extract, language, text, target):
    assert [e.location.name for e in _of_type(extract(text, language), "attack")] == [target]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Titre\n\nDes drones ont frappé Odessa dans la nuit. Deux personnes ont été blessées.\n"),
        ("en", "Headline\n\nDrones struck Odesa overnight. Two people were injured.\n"),
        ("uk", "Заголовок\n\nДрони вночі атакували Одесу. Двоє людей поранені.\n"),
        ("ru", "Заголовок\n\nБеспилотники ночью атаковали Одессу. Два человека ранены.\n"),
    ],
)
def test_assemble_evidence_is_a_whole_sentence_of_the_text(extract, language, text):
    events = extract(text, language)
    assert events
    sentences = {s.strip() for s in text.split("\n\n", 1)[1].replace(". ", ".\n").splitlines() if s.strip()}
    for event in events:
        assert event.doc == "test.txt"
        for span in event.evidence:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start : span.end] in sentences


@pytest.mark.slow
@pytest.mark.parametrize(
    ("precision", "published", "expected"),
    [
        ("month", date(2025, 5, 1), (date(2025, 5, 1), date(2025, 5, 31), "month")),
        ("year", date(2025, 1, 1), (date(2025, 1, 1), date(2025, 12, 31), "year")),
    ],
)
def test_assemble_partial_publication_date_is_used_at_its_precision(precision, published, expected):
    from kronika.domain import Document
    from kronika.extract import extract_events

    text = "Title: x\nDate: 2025-05\n\nRussian drones attacked Kharkiv, the regional governor said.\n"
    doc = Document(id="m.txt", text=text, body_start=text.index("\n\n") + 2, published=published,
                   published_precision=precision, language="en")
    attacks = [e for e in extract_events(doc) if e.type == "attack"]
    assert attacks
    assert (attacks[0].date.start, attacks[0].date.end, attacks[0].date.precision) == expected


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        # A company name in quotes is a name, not a quotation; a state company is what the attack hit.
        ("uk", "У неділю «Укрзалізниця» зазнала масштабної кібератаки.", "Ukrzaliznytsia"),
        ("ru", "Во вторник «Аэрофлот» подвергся масштабной кибератаке.", "Aeroflot"),
        ("fr", "Ukrzaliznytsia a subi dimanche une cyberattaque massive.", "Ukrzaliznytsia"),
        ("en", "Kyivstar was hit by a massive cyberattack on Tuesday.", "Kyivstar"),
    ],
)
def test_assemble_cyber_operation_targets_the_company_it_hit(extract, language, text, target):
    events = _of_type(extract(text, language), "cyber_operation")
    assert {a.name for e in events for a in e.actors if a.role == "target"} == {target}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Вечером 31 мая в Брянской области обрушился мост. Погибли семь человек. Пострадали более 60 пассажиров."),
        ("uk", "Увечері 31 травня на Брянщині обвалився міст. Загинули семеро людей. Постраждали понад 60 пасажирів."),
        ("en", "A bridge collapsed in the Bryansk region on the evening of 31 May. Seven people were killed. "
               "More than 60 passengers were injured."),
        ("fr", "Un pont s'est effondré dans la région de Briansk le 31 mai au soir. Sept personnes ont été tuées. "
               "Plus de 60 passagers ont été blessés."),
    ],
)
def test_assemble_one_toll_from_consecutive_sentences(extract, language, text):
    tolls = [e for e in extract(text, language) if e.type == "damage" and e.subtype == "casualties"]
    assert len(tolls) == 1
    assert {(q.value, q.what) for q in tolls[0].quantities} == {(7, "killed"), (60, "injured")}


@pytest.mark.parametrize(
    ("language", "text", "target"),
    [
        ("uk", "«Київстар» відновлює мережу після хакерської атаки. Збій почався вчора: без мобільного зв'язку "
               "залишилися абоненти по всій Україні.", "Kyivstar"),
        ("en", "Kyivstar is restoring its network after a hacker attack. The outage began on Tuesday morning, "
               "leaving subscribers across Ukraine without mobile service.", "Kyivstar"),
    ],
)
def test_assemble_outage_targets_the_operator_the_story_is_about(extract, language, text, target):
    outages = _of_type(extract(text, language), "disruption")
    assert {a.name for e in outages for a in e.actors if a.role == "target"} == {target}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Moscou a été la cible mardi matin d'une attaque de drones."),
        ("en", "Moscow came under a drone attack on Tuesday morning."),
        ("ru", "Москва подверглась атаке беспилотников во вторник утром."),
    ],
)
def test_assemble_a_city_that_is_attacked_is_not_the_attacker(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert {e.location.name for e in attacks} == {"Moscow"}
    assert not [a for e in attacks for a in e.actors if a.role == "initiator" and a.name == "Russia"]


@pytest.mark.parametrize(
    ("language", "text", "country"),
    [
        ("en", "Kyivstar was hit by a massive cyberattack on Tuesday.", "UA"),
        ("uk", "«Київстар» зазнав масштабної кібератаки у вівторок.", "UA"),
        ("fr", "Des pirates ont mené une cyberattaque contre des ministères polonais mardi.", "PL"),
    ],
)
def test_assemble_cyber_operation_is_placed_in_the_country_it_hit(extract, language, text, country):
    operations = _of_type(extract(text, language), "cyber_operation")
    assert {(e.location.country, e.location.precision) for e in operations} == {(country, "country")}
    for e in operations:
        span = e.field_evidence["location"][0]
        assert span.end > span.start


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Роскомнадзор начал ограничивать звонки в Telegram."),
        ("en", "Roskomnadzor began restricting calls on Telegram."),
    ],
)
def test_assemble_restriction_names_who_restricts_what_and_where(extract, language, text):
    (event,) = _of_type(extract(text, language), "disruption")
    roles = {(a.role, a.name) for a in event.actors}
    assert {("initiator", "Roskomnadzor"), ("target", "Telegram")} <= roles
    assert (event.location.country, event.location.precision) == ("RU", "country")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Кремль назвав інцидент терактом і заявив, що залишає за собою право відповісти."),
        ("ru", "Кремль назвал инцидент терактом и заявил, что оставляет за собой право ответить."),
        ("en", "The Kremlin described the incident as a terrorist act and warned that it reserves the right to respond."),
    ],
)
def test_assemble_an_assessment_and_a_threat_in_one_sentence_are_two_statements(extract, language, text):
    statements = _of_type(extract(text, language), "statement")
    assert len(statements) == 2
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {"Kremlin"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Дональд Трамп пригрозил России очень жесткими пошлинами."),
        ("uk", "Дональд Трамп пригрозив Росії дуже жорсткими митами та санкціями."),
        ("en", "Donald Trump threatened Russia with very severe tariffs and sanctions."),
    ],
)
def test_assemble_the_threatener_imposes_and_speaks_the_threatened_is_the_target(extract, language, text):
    (threat,) = _of_type(extract(text, language), "sanction")
    roles = {(a.role, a.name) for a in threat.actors}
    assert ("initiator", "Donald Trump") in roles
    assert ("initiator", "Russia") not in roles
    assert threat.attribution.source == "Donald Trump"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Pendant l'attaque nocturne de drones contre les régions de Mykolaïv et d'Odessa, les défenseurs ukrainiens "
               "ont abattu quatre drones. Le commandement a écrit : « La défense antiaérienne a abattu 3 drones au-dessus "
               "de la région de Mykolaïv et 1 au-dessus de la région d'Odessa. »"),
        ("en", "During the overnight drone attack on the Mykolaiv and Odesa regions, Ukrainian defenders shot down four "
               'drones. The command wrote: "Air defence shot down 3 drones over the Mykolaiv region and 1 more over the '
               'Odesa region."'),
        ("uk", "Під час нічної атаки дронів на Миколаївську та Одеську області українські захисники збили чотири дрони. "
               'Командування написало: "Силами ППО збито 3 дрони над Миколаївщиною і ще 1 над Одещиною."'),
        ("ru", "Во время ночной атаки дронов на Николаевскую и Одесскую области украинские защитники сбили четыре дрона. "
               'Командование написало: "Силами ПВО сбито 3 дрона над Николаевской областью и еще 1 над Одесской областью."'),
    ],
)
def test_assemble_breakdown_that_says_shot_down_gives_interceptions(extract, language, text):
    # The quoted breakdown has no frame of its own; its own verb, not the previous sentence's first
    # strike (the attack), says what each region's number counts.
    events = extract(text, language)
    per_region = {(e.type, e.location.name, e.quantities[0].value) for e in events
                  if e.quantities and e.quantities[0].value in (1, 3)}
    assert per_region == {("interception", "Mykolaiv Oblast", 3), ("interception", "Odesa Oblast", 1)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des drones ont attaqué la région de Toula dans la nuit. Des habitants ont signalé des éclairs. "
               "Il y a eu au moins huit explosions dans la région."),
        ("en", "Drones attacked the Tula region overnight. Residents reported flashes and loud sounds. "
               "There were at least eight explosions in the region."),
    ],
)
def test_assemble_attack_restated_in_a_next_sentence_is_one_event(extract, language, text):
    (attack,) = _of_type(extract(text, language), "attack")
    assert attack.location.name == "Tula Oblast"
    assert attack.quantities == (Quantity(8, "explosion", "explosions", "at_least"),)


def test_assemble_attack_at_another_place_is_not_a_restatement(extract):
    text = ("Drones attacked the Tula region overnight. Residents reported flashes and loud sounds. "
            "There were at least eight explosions in the Kursk region.")
    attacks = _of_type(extract(text, "en"), "attack")
    assert {e.location.name for e in attacks} == {"Tula Oblast", "Kursk Oblast"}


def test_assemble_attack_after_several_places_restates_none_of_them(extract):
    text = ("Drones attacked the Tula and Kursk regions overnight. Residents reported flashes and loud sounds. "
            "There were at least eight explosions.")
    attacks = _of_type(extract(text, "en"), "attack")
    assert len(attacks) == 3


@pytest.mark.parametrize(
    ("language", "text", "absent"),
    [
        # A capital that acts is its government, not where the strike happened.
        ("en", "Zelensky said Russian missiles killed 30 people and urged Washington and Warsaw to send more air defence.",
         {"Washington"}),
        ("fr", "Kim Jong Un a salué les soldats tués au combat, a rapporté Pyongyang, qui évoque des pertes.",
         {"Pyongyang"}),
    ],
)
def test_assemble_a_capital_that_acts_is_no_strike_place(extract, language, text, absent):
    places = {e.location.name for e in extract(text, language) if e.type in ("attack", "damage", "interception")}
    assert not places & absent


def test_assemble_a_capital_that_hosts_is_the_place(extract):
    events = extract("The Vatican is expected to host the next round of Russia-Ukraine peace talks.", "en")
    assert "Vatican City" in {e.location.name for e in events if e.type == "contact"} or \
        "Vatican" in {e.location.name for e in events if e.type == "contact"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Дрони атакували Брянську область уночі. Мешканці повідомили про спалахи. "
               "В області пролунало щонайменше шість вибухів."),
        ("ru", "Беспилотники атаковали Брянскую область ночью. Жители сообщили о вспышках. "
               "В регионе прогремели не менее шести взрывов."),
    ],
)
def test_assemble_explosions_after_an_attack_restate_it_in_uk_and_ru(extract, language, text):
    (attack,) = _of_type(extract(text, language), "attack")
    assert attack.location.name == "Bryansk Oblast"
    assert attack.quantities == (Quantity(6, "explosion", "explosions", "at_least"),)


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("uk", "Над Полтавщиною, Сумщиною та Черкащиною сили ППО збили сім ворожих безпілотників.", "Ukraine"),
        ("en", "Air defence shot down seven drones over the Poltava, Sumy and Cherkasy regions.", "Ukraine"),
        ("ru", "ПВО сбила семь беспилотников над Брянской, Курской и Орловской областями.", "Russia"),
        ("fr", "La défense antiaérienne a abattu sept drones au-dessus des régions de Poltava et de Soumy.", "Ukraine"),
    ],
)
def test_assemble_one_total_over_listed_regions_is_one_interception(extract, language, text, place):
    (interception,) = _of_type(extract(text, language), "interception")
    assert interception.location.name == place
    assert interception.quantities[0].value == 7


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Еще по одному беспилотнику сбили над Брянской и Курской областями."),
        ("en", "One drone each was shot down over the Bryansk and Kursk regions."),
    ],
)
def test_assemble_a_number_for_each_listed_region_stays_split(extract, language, text):
    places = {e.location.name for e in _of_type(extract(text, language), "interception")}
    assert places == {"Bryansk Oblast", "Kursk Oblast"}


def test_assemble_separate_strikes_on_listed_cities_stay_one_per_city(extract):
    attacks = _of_type(extract("Russian strikes hit Poltava, Sumy and Chernihiv overnight.", "en"), "attack")
    assert {e.location.name for e in attacks} == {"Poltava", "Sumy", "Chernihiv"}


def test_assemble_one_total_over_cities_of_one_region_is_placed_at_the_region(extract):
    (interception,) = _of_type(extract("Сили ППО збили чотири дрони над Харковом і Чугуєвом.", "uk"), "interception")
    assert interception.location.name == "Kharkiv Oblast"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "В Минобороны России заявили, что город обстреляли из реактивных систем залпового огня."),
        ("en", "The Russian Defence Ministry claimed that Ukrainian forces shelled Belgorod with rocket launchers."),
    ],
)
def test_assemble_a_claimed_strike_names_its_claimant(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert ("claimant", "Ministry of Defence of Russia") in {(a.role, a.name) for e in attacks for a in e.actors}


@pytest.mark.parametrize(
    ("language", "text", "city"),
    [
        ("ru", "Уничтожены три беспилотника, летевших на столицу.", "Moscow"),
        ("uk", "Сили ППО знищили всі дрони, які атакували столицю.", "Kyiv"),
        ("en", "Drones attacked the Russian capital overnight.", "Moscow"),
        ("fr", "Des drones ont frappé la capitale ukrainienne dans la nuit.", "Kyiv"),
        ("en", "Explosions were heard in Kyiv. Drones attacked the capital for the third night.", "Kyiv"),
    ],
)
def test_assemble_the_capital_is_the_capital_of_the_country_spoken_of(extract, language, text, city):
    assert city in {e.location.name for e in extract(text, language) if e.type in ("attack", "interception")}


@pytest.mark.parametrize(
    ("language", "text", "event_type", "place"),
    [
        # A bare "the region" is the region of the regional head who speaks, or the one named before.
        ("uk", "Руслан Запаранюк повідомив, що над територією області сили ППО збили два безпілотники.",
         "interception", "Chernivtsi Oblast"),
        ("ru", "Вечером прогремели взрывы в Курске. Над территорией области сбиты три беспилотника.",
         "interception", "Kursk Oblast"),
        ("en", "Explosions were heard in Kursk overnight. Air defences shot down three drones over the region.",
         "interception", "Kursk Oblast"),
        ("fr", "Des explosions ont retenti à Belgorod dans la nuit. Trois drones ont été abattus au-dessus de la région.",
         "interception", "Belgorod Oblast"),
        # A district the gazetteer lacks lies in the region of the town it is named after.
        ("ru", "Силы ПВО сбили беспилотник над Одинцовским районом.", "interception", "Moscow Oblast"),
        ("uk", "Сили ППО збили безпілотник над Обухівським районом.", "interception", "Kyiv Oblast"),
    ],
)
def test_assemble_a_bare_region_or_a_district_is_placed_in_its_region(extract, language, text, event_type, place):
    events = _of_type(extract(text, language), event_type)
    assert events
    assert {e.location.name for e in events} == {place}


def test_assemble_the_ends_of_a_train_route_are_not_where_it_happened(extract):
    (damage,) = _of_type(extract("В Брянской области мост обрушился на поезд Климово — Москва, погибли семь человек.", "ru"), "damage")
    assert damage.location.name == "Bryansk Oblast"


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        # A governor reporting casualties reports from his region.
        ("ru", "Губернатор Александр Богомаз сообщил, что в результате обстрела погибли два человека.", "Bryansk Oblast"),
        # An attack on a named country, with no place of its own, is in that country.
        ("uk", "Уночі ворог атакував Україну 50 ударними дронами.", "Ukraine"),
        ("en", "Overnight Russia attacked Ukraine with 50 drones.", "Ukraine"),
    ],
)
def test_assemble_a_strike_without_a_place_is_placed_by_its_reporter_or_its_target(extract, language, text, place):
    events = [e for e in extract(text, language) if e.type in ("attack", "damage")]
    assert events
    assert {e.location.name for e in events} == {place}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Накануне в Стамбуле прошли прямые переговоры российской и украинской делегаций."),
        ("uk", "У Стамбулі відбулися прямі переговори російської та української делегацій."),
        ("en", "Direct talks between the Russian and Ukrainian delegations took place in Istanbul."),
    ],
)
def test_assemble_delegations_named_by_adjective_are_the_parties_of_talks(extract, language, text):
    talks = _of_type(extract(text, language), "contact")
    assert {"Russia", "Ukraine"} <= {a.name for e in talks for a in e.actors}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le pape Léon XIV s'est dit prêt à accueillir les négociations. De son côté le dirigeant russe juge que "
               "l'appel a été très utile."),
        ("fr", "Le pape Léon XIV s'est dit prêt à accueillir les négociations. Pour sa part, le président russe estime "
               "que l'appel a été très utile."),
    ],
)
def test_assemble_de_son_cote_is_an_adverbial_not_a_preposition(extract, language, text):
    statements = [e for e in extract(text, language) if e.type == "statement" and "utile" in text[e.evidence[0].start:e.evidence[0].end]]
    assert statements
    assert {a.name for e in statements for a in e.actors if a.role == "speaker"} == {"Vladimir Putin"}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Папа Лев XIV заявив про готовність прийняти переговори. Зі свого боку російський президент назвав розмову корисною."),
        ("en", "Pope Leo XIV said he was ready to host talks. For his part, the Russian President said the call was useful."),
    ],
)
def test_assemble_for_his_part_is_an_adverbial_too(extract, language, text):
    later = [e for e in extract(text, language) if e.type == "statement" and e.evidence[0].start > text.index(".")]
    assert later
    assert {a.name for e in later for a in e.actors if a.role == "speaker"} == {"Vladimir Putin"}


def test_assemble_airports_in_a_city_are_the_places_not_the_city(extract):
    text = "The Domodedovo and Zhukovsky airports in Moscow suspended flights several times on Wednesday."
    places = {e.location.name for e in _of_type(extract(text, "en"), "disruption")}
    assert "Moscow" not in places
    assert places


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukraine's SBU said 117 drones were launched at four air bases: Olenya in the Murmansk region, "
               "Belaya in the Irkutsk region, Dyagilevo in the Ryazan region and Ivanovo."),
        ("fr", "Selon le SBU, 117 drones ont été lancés contre quatre bases aériennes : Olenia, dans la région de "
               "Mourmansk, Belaïa, dans la région d'Irkoutsk, Diaguilevo, dans la région de Riazan, et Ivanovo."),
    ],
)
def test_assemble_a_salvo_at_several_bases_is_one_total_and_one_attack_per_base(extract, language, text):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    counted = [e for e in attacks if e.quantities]
    assert len(counted) == 1
    assert 117 in {q.value for q in counted[0].quantities}
    assert counted[0].location.country == "RU"
    bases = {e.location.name for e in attacks if not e.quantities}
    assert {"Olenya Air Base", "Belaya Air Base", "Dyagilevo Air Base"} <= bases
    assert {e.attribution.source for e in attacks} == {"Security Service of Ukraine"}


@pytest.mark.slow
def test_assemble_aircraft_said_to_be_hit_are_damage_in_the_story_country(extract):
    text = ("Selon le SBU, des drones ont frappé quatre bases aériennes : Olenia, Belaïa, Diaguilevo et Ivanovo. "
            "Le service ukrainien affirme que 41 avions auraient été touchés, dont des bombardiers stratégiques.")
    damage = [e for e in extract(text, "fr") if e.type == "damage"]
    assert damage
    assert [q.value for q in damage[0].quantities] == [41]
    assert damage[0].location.country == "RU"
    assert damage[0].attribution.certainty == "alleged"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ukraine's SBU said its drones struck the Belaya air base overnight. "
               "Aircraft were set on fire, the service said. Officials in Kyiv called it a success. "
               "Moscow reacted with anger. Later, Russia's defence ministry acknowledged drone attacks in the Irkutsk region."),
        ("uk", "СБУ заявила, що її дрони вночі уразили аеродром Бєлая в Іркутській області. "
               "Там загорілися літаки. У Києві назвали операцію успішною. Москва відреагувала різко. "
               "Згодом Міністерство оборони РФ визнало атаки дронів в Іркутській області."),
    ],
)
def test_assemble_a_strike_another_party_tells_is_one_event(extract, language, text):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert len(attacks) == 1
    assert attacks[0].attribution.source == "Security Service of Ukraine"
    assert len(attacks[0].evidence) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "СБУ атакувала дронами військові аеродроми в глибокому тилу Росії. "
               "Удари було завдано по аеродромах «Оленья» в Мурманській області та «Дягілєво» в Рязанській області."),
    ],
)
def test_assemble_strikes_told_base_by_base_do_not_restate_the_strike_before(extract, language, text):
    places = {e.location.name for e in extract(text, language) if e.type == "attack"}
    assert {"Olenya Air Base", "Dyagilevo Air Base"} <= places
@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "The EU adopted its 18th package of sanctions against Russia on Friday.\n\nThe measures target the shadow fleet.\n\n"
               "The package adds 105 vessels to the list of ships barred from EU ports, bringing the total to 444.", 105),
        ("fr", "Les Vingt-Sept ont adopté lundi un 16e paquet de sanctions contre la Russie.\n\nLe texte vise la flotte fantôme. "
               "Il ajoute 74 navires à la liste de ceux qui sont interdits d'accès aux ports européens, ce qui porte leur total à 153.", 74),
        ("uk", "Рада ЄС у вівторок затвердила сімнадцятий пакет санкцій проти Росії.\n\nОсновна увага — тіньовому флоту. "
               "До переліку додали ще 189 суден, довівши загальну кількість до 342.", 189),
        ("ru", "Евросоюз во вторник утвердил семнадцатый пакет санкций против России.\n\nОсновное внимание — теневому флоту. "
               "В список добавили еще 189 судов, доведя общее количество до 342.", 189),
    ],
)
def test_assemble_a_count_told_in_later_sentences_of_the_story_reaches_its_event(extract, language, text, value):
    # Sentences with no event of their own (or only a saying with no speaker: "Il ajoute …") go on telling
    # the package; the running total ("bringing the total to 444") counts the list, not the package.
    (event,) = _of_type(extract(text, language), "sanction")
    assert [(q.value, q.unit) for q in event.quantities] == [(value, "vessel")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The EU adopted its 18th package of sanctions against Russia on Friday.\n\n"
               "On Saturday, Russia attacked Kharkiv with 40 drones.\n\nThe package adds 105 vessels to the list."),
        ("fr", "Les Vingt-Sept ont adopté lundi un 16e paquet de sanctions contre la Russie.\n\n"
               "Mardi, la Russie a attaqué Kharkiv avec 40 drones.\n\nLe texte ajoute 74 navires à la liste."),
    ],
)
def test_assemble_a_sentence_with_its_own_event_ends_the_story_of_the_previous_one(extract, language, text):
    (sanction,) = _of_type(extract(text, language), "sanction")
    assert sanction.quantities == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Poland said its airspace had been violated 19 times overnight during a Russian drone attack on western Ukraine."),
        ("fr", "La Pologne a indiqué que son espace aérien avait été violé 19 fois pendant l'attaque russe de drones contre "
               "l'ouest de l'Ukraine."),
        ("uk", "Польща заявила, що під час російської атаки дронів на захід України її повітряний простір порушили 19 разів."),
        ("ru", "Польша заявила, что во время российской атаки дронов на запад Украины ее воздушное пространство нарушили 19 раз."),
    ],
)
def test_assemble_a_count_of_times_counts_the_event(extract, language, text):
    (attack,) = _of_type(extract(text, language), "attack")
    assert [(q.value, q.unit, q.what) for q in attack.quantities] == [(19, "occurrence", "occurrences")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vladimir Putin said Russia had struck Dnipro with a new missile on Thursday morning. "
               "He described it as a response to Ukrainian attacks on Russian territory with US-made missiles. "
               "He said the missile had hit a defence plant in Dnipro."),
    ],
)
def test_assemble_another_sides_attack_told_in_between_does_not_block_a_restatement(extract, language, text):
    in_dnipro = [e for e in extract(text, language) if e.type == "attack" and e.location.name == "Dnipro"]
    assert len(in_dnipro) == 1


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Минобороны сообщило, что над Брянской областью уничтожены 12 беспилотников, над Курской областью — "
               "восемь, над Орловской областью — три."),
        ("uk", "Повітряні сили повідомили, що над Брянщиною збито 12 дронів, над Курщиною — вісім, над Орловщиною — три."),
        ("ru", "Минобороны сообщило, что над Брянской областью уничтожены 12 беспилотников, над Курской — восемь, "
               "над Орловской — три."),
    ],
)
def test_assemble_a_breakdown_that_names_each_place_before_its_number(extract, language, text):
    counts = {e.location.name: [q.value for q in e.quantities] for e in extract(text, language) if e.type == "interception"}
    assert counts.get("Bryansk Oblast") == [12]
    assert counts.get("Kursk Oblast") == [8]
    assert counts.get("Oryol Oblast") == [3]


@pytest.mark.parametrize(
    ("language", "text", "launched", "downed"),
    [
        ("en", "Russia launched 112 drones and two ballistic missiles at Ukraine overnight, the Ukrainian Air Force said, "
               "adding that 74 drones were shot down.", {112, 2}, {74}),
        ("fr", "La Russie a lancé 112 drones et deux missiles balistiques contre l'Ukraine dans la nuit, selon l'armée de "
               "l'air ukrainienne, qui précise que 74 drones ont été abattus.", {112, 2}, {74}),
    ],
)
def test_assemble_a_launch_and_a_shoot_down_in_one_sentence_count_their_own_weapons(extract, language, text, launched, downed):
    events = extract(text, language)
    attack = [q.value for e in events if e.type == "attack" for q in e.quantities]
    down = [q.value for e in events if e.type == "interception" for q in e.quantities]
    assert set(attack) == launched
    assert set(down) == downed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Two people were killed and 15 injured when Russian drones hit apartment blocks in Odesa overnight."),
        ("fr", "Deux personnes ont été tuées et 15 blessées lorsque des drones russes ont frappé des immeubles à Odessa."),
    ],
)
def test_assemble_a_bare_number_before_a_casualty_word_counts_people_not_drones(extract, language, text):
    events = extract(text, language)
    assert [q.value for e in events if e.type == "attack" for q in e.quantities] == []
    assert {2, 15} <= {q.value for e in events if e.type == "damage" for q in e.quantities}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "L'armée de l'air ukrainienne a annoncé avoir abattu 88 des 112 drones lancés par la Russie dans la nuit."),
        ("en", "Ukraine's Air Force said it downed 88 of 112 drones launched by Russia overnight."),
        ("uk", "Повітряні сили повідомили, що збито 88 із 112 дронів, якими атакувала Росія."),
    ],
)
def test_assemble_a_shoot_down_out_of_a_launch_tells_both(extract, language, text):
    events = extract(text, language)
    assert [q.value for e in events if e.type == "interception" for q in e.quantities] == [88]
    assert [q.value for e in events if e.type == "attack" for q in e.quantities] == [112]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The toll from Russia's missile attack on Kyiv rose to 23, Mayor Vitali Klitschko said. The Ukrainian "
               "Air Force said Russia had launched 40 missiles and 100 drones at the capital overnight."),
        ("fr", "Le bilan de l'attaque russe de missiles sur Kyiv est passé à 23 morts, a indiqué le maire Vitali "
               "Klitschko. L'armée de l'air ukrainienne a indiqué que la Russie avait lancé 40 missiles et 100 drones "
               "sur la capitale."),
        ("uk", "Кількість загиблих унаслідок ракетної атаки Росії на Київ зросла до 23, повідомив мер Віталій "
               "Кличко. Повітряні сили повідомили, що Росія випустила по столиці 40 ракет і 100 дронів."),
    ],
)
def test_assemble_an_attack_named_in_passing_is_sourced_to_who_tells_its_numbers(extract, language, text):
    attacks = _of_type(extract(text, language), "attack")
    assert [e.attribution.source for e in attacks] == ["Ukrainian Air Force"]
    assert {q.value for q in attacks[0].quantities} == {40, 100}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Olaf Scholz pressed Vladimir Putin on Friday. During a phone call of an hour, the German chancellor "
               "asked for talks."),
        ("fr", "Olaf Scholz a pressé Vladimir Poutine vendredi. Au cours d'un appel téléphonique d'une heure, le "
               "chancelier allemand a demandé des négociations."),
        ("uk", "Олаф Шольц тиснув на Володимира Путіна в п'ятницю. Під час годинної телефонної розмови німецький "
               "канцлер закликав до переговорів."),
        ("ru", "Олаф Шольц надавил на Владимира Путина в пятницу. В ходе часового телефонного разговора немецкий "
               "канцлер призвал к переговорам."),
    ],
)
def test_assemble_a_call_with_one_party_named_takes_the_other_from_the_sentence_before(extract, language, text):
    calls = _of_type(extract(text, language, date(2024, 11, 16)), "contact")
    assert [{a.name for a in e.actors} for e in calls] == [{"Olaf Scholz", "Vladimir Putin"}]


def test_assemble_a_call_takes_no_partner_from_a_sentence_without_its_party(extract):
    text = "Emmanuel Macron met Keir Starmer on Friday. During a phone call on Saturday, the German chancellor asked for talks."
    assert not [e for e in _of_type(extract(text, "en", date(2024, 11, 16)), "contact") if e.subtype == "call"]


@pytest.mark.parametrize(
    ("language", "text", "place"),
    [
        ("en", "Drones struck an oil depot near Feodosia in occupied Crimea.", "Feodosia"),
        ("uk", "У Феодосії в окупованому Криму після атаки дронів горить нафтобаза.", "Feodosia"),
        ("en", "A Russian drone hit a residential building in the Holosiivskyi district of Kyiv.", "Kyiv"),
        ("ru", "В Севастополе отражена атака безэкипажных катеров, сообщил губернатор Михаил Развожаев.", "Sevastopol"),
        ("en", "Ukrainian naval drones attacked the port of Novorossiysk overnight.", "Port of Novorossiysk"),
    ],
)
def test_assemble_crimean_towns_capital_districts_and_naval_drones(extract, language, text, place):
    strikes = [e for e in extract(text, language) if e.type in ("attack", "interception")]
    assert strikes
    assert {e.location.name for e in strikes} == {place}


def test_assemble_an_attack_keeps_each_part_of_its_composition(extract):
    text = ("Russia launched a combined attack overnight involving 367 drones and missiles, including nine cruise "
            "missiles and 40 ballistic missiles, Ukraine's Air Force said.")
    (attack,) = [e for e in extract(text, "en") if e.type == "attack"]
    assert {367, 9, 40} <= {q.value for q in attack.quantities}


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        ("en", "The United Kingdom went further: the GRU was almost certainly behind the hack, it said.", "United Kingdom"),
        ("fr", "Le Royaume-Uni est allé plus loin : le GRU est presque certainement derrière le piratage, a-t-il affirmé.",
         "United Kingdom"),
    ],
)
def test_assemble_a_pronoun_saying_after_a_colon_is_said_by_the_sentence_head(extract, language, text, speaker):
    # "X went further: …, it said": the pronoun stands for the party heading the sentence, not for a
    # party named in what is said.
    statements = [e for e in extract(text, language) if e.type == "statement"]
    assert statements
    speakers = {a.name for e in statements for a in e.actors if a.role == "speaker"}
    assert speaker in speakers
    assert "GRU" not in speakers
