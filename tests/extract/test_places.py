"""Where events happen: the place an event takes among those its sentence and story name.

kronika.extract.extract_events on short texts of our own, published on Thursday 22 May 2025.
"""

from __future__ import annotations

import pytest

from kronika.extract.places import find_places

pytestmark = pytest.mark.slow


def _where(events, event_type):
    return [(e.location.name, e.location.precision, e.location.country) for e in events if e.type == event_type]


def test_places_lead_dateline_is_marked_as_the_lead_s(make_analysis):
    analysis = make_analysis("SÉOUL — Des soldats ont été envoyés dans la région de Koursk. KYIV — Kyiv a été visée.", "fr")
    find_places(analysis)
    marks = [(m.text, bool(m.extra.get("lead_dateline")), bool(m.extra.get("dateline")))
             for s in analysis.sentences for m in s.of_kind("place")]
    assert marks == [("SÉOUL", True, False), ("région de Koursk", False, False), ("KYIV", False, True),
                     ("Kyiv", False, False)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "WASHINGTON — North Korea sent thousands of troops to the Kursk region of Russia last autumn."),
        ("fr", "WASHINGTON — La Corée du Nord a déployé des milliers de soldats en Russie, dans la région de Koursk."),
        ("uk", "ВАШИНГТОН — КНДР направила тисячі військових до Росії, в Курську область, восени."),
    ],
)
def test_places_deployment_takes_the_named_region_not_the_dateline_or_country(extract, language, text):
    assert _where(extract(text, language), "deployment") == [("Kursk Oblast", "region", "RU")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vladimir Putin visited the Kursk region on Wednesday."),
        ("fr", "Vladimir Poutine a visité la région de Koursk mercredi."),
    ],
)
def test_places_other_event_keeps_a_region(extract, language, text):
    assert _where(extract(text, language), "other") == [("Kursk Oblast", "region", "RU")]


def test_places_lead_dateline_wins_over_a_country(extract):
    text = "ISTANBUL — Russian and Ukrainian delegations met on Friday in Turkey for talks."
    assert _where(extract(text, "en"), "contact") == [("Istanbul", "city", "TR")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Donald Trump met Volodymyr Zelensky in the Oval Office on Friday."),
        ("uk", "Дональд Трамп провів зустріч із Володимиром Зеленським у Білому домі в п'ятницю."),
        ("ru", "Дональд Трамп встретился с Владимиром Зеленским в Белом доме в пятницу."),
    ],
)
def test_places_meeting_at_the_white_house(extract, language, text):
    assert _where(extract(text, language), "contact") == [("White House", "site", "US")]


def test_places_seat_of_government_that_speaks_is_not_the_strike_place(extract):
    text = "Russian air defences shot down 20 Ukrainian drones overnight, the Kremlin said."
    assert _where(extract(text, "en"), "interception") == [("Russia", "country", "RU")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Russia launched 90 drones at Ukraine overnight. The attack came two days after the delegations met in Istanbul."),
        ("fr", "La Russie a lancé 90 drones sur l'Ukraine cette nuit. "
               "L'attaque a eu lieu deux jours après la rencontre des délégations à Istanbul."),
        ("uk", "Росія атакувала Україну 90 дронами вночі. Атака сталася в день, коли в Стамбулі почалися переговори."),
        ("ru", "Россия атаковала Украину 90 беспилотниками ночью. "
               "Атака произошла в день, когда в Стамбуле начались переговоры."),
    ],
)
def test_places_clause_dating_a_strike_by_another_event_lends_it_no_place(extract, language, text):
    assert all(name != "Istanbul" for name, _, _ in _where(extract(text, language), "attack"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The talks opened a day after Ukraine's drone strikes on three Russian airfields."),
        ("fr", "Kyiv a revendiqué des frappes de drones contre trois aérodromes russes."),
        ("uk", "Україна завдала ударів дронами по трьох російських аеродромах."),
        ("ru", "Украина нанесла удары беспилотниками по трём российским аэродромам."),
    ],
)
def test_places_strike_on_targets_named_by_nationality_is_in_that_country(extract, language, text):
    assert _where(extract(text, language), "attack") == [("Russia", "country", "RU")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le Service de sécurité de l'Ukraine a revendiqué l'opération dimanche. Ses drones ont frappé des bases "
               "aériennes dans les régions de Mourmansk, d'Irkoutsk et de Riazan. Une quarantaine d'avions auraient "
               "été touchés, selon le service."),
        ("uk", "Служба безпеки України заявила про операцію в неділю. Її дрони атакували авіабази в Мурманській, "
               "Іркутській та Рязанській областях. Уражено близько 40 літаків, повідомила служба."),
    ],
)
def test_places_story_country_of_several_places_outweighs_an_older_single_place(extract, language, text):
    assert _where(extract(text, language), "damage") == [("Russia", "country", "RU")]
