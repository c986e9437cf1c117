"""kronika.extract.quantities.find_quantities: value, unit and bound of the numbers that count things.

As in the pipeline, the date stage runs first: dates found in a sentence are never quantities.
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.extract.dates import find_dates
from kronika.extract.quantities import find_quantities

PUBLISHED = date(2025, 5, 22)


def _quantities(make_sentence, text, language):
    sentence = make_sentence(text)
    sentence.mentions.extend(find_dates(sentence, language, PUBLISHED, PUBLISHED))
    return [(m.value.value, m.value.unit, m.value.bound) for m in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("en", "Russia has produced 10,000 drones since January.", 10000, "drone"),
        ("en", "Ukraine says it downed 1,250 drones in a week.", 1250, "drone"),
        ("fr", "La Russie a produit 1 000 drones en un mois.", 1000, "drone"),
        ("fr", "L'armée a recensé 2 500 drones lancés en mai.", 2500, "drone"),
        ("uk", "Сили ППО знищили 1 200 дронів за тиждень.", 1200, "drone"),
        ("ru", "ПВО сбила 1 200 беспилотников за неделю.", 1200, "drone"),
    ],
)
def test_quantities_reads_thousands_separators(make_sentence, language, text, value, unit):
    assert _quantities(make_sentence, text, language) == [(value, unit, "exact")]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "La défense antiaérienne a abattu treize drones.", 13, "drone"),
        ("fr", "Un seul drone a atteint sa cible.", 1, "drone"),
        ("en", "Air defences downed nine drones over the region.", 9, "drone"),
        ("en", "Russia fired twelve missiles at Kyiv.", 12, "missile"),
        ("uk", "Сили ППО збили п'ять дронів над Києвом.", 5, "drone"),
        ("uk", "Росія випустила дві ракети по Одесі.", 2, "missile"),
        ("ru", "ПВО уничтожила трёх беспилотников.", 3, "drone"),
        ("ru", "Россия выпустила пять ракет по Киеву.", 5, "missile"),
    ],
)
def test_quantities_reads_number_words(make_sentence, language, text, value, unit):
    assert _quantities(make_sentence, text, language) == [(value, unit, "exact")]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "La Russie a lancé 40 missiles sur l'ouest du pays.", 40, "missile"),
        ("fr", "La campagne a visé 12 pays européens.", 12, "country"),
        ("fr", "L'aéroport a suspendu ses vols 5 fois dans la journée.", 5, "suspension"),
        ("fr", "Les sanctions visent 189 navires de la flotte fantôme.", 189, "vessel"),
        ("en", "The campaign targeted 12 countries.", 12, "country"),
        ("en", "The airport suspended flights 5 times on Wednesday.", 5, "suspension"),
        ("en", "The package lists 189 vessels of the shadow fleet.", 189, "vessel"),
        ("uk", "Кампанія зачепила 12 країн.", 12, "country"),
        ("uk", "Аеропорт призупиняв роботу 5 разів.", 5, "suspension"),
        ("uk", "Санкції стосуються 189 танкерів тіньового флоту.", 189, "vessel"),
        ("ru", "Атака затронула 12 стран.", 12, "country"),
        ("ru", "Санкции касаются 189 судов теневого флота.", 189, "vessel"),
        ("ru", "Россия выпустила 36 ракет.", 36, "missile"),
    ],
)
def test_quantities_reads_unit_after_number(make_sentence, language, text, value, unit):
    assert _quantities(make_sentence, text, language) == [(value, unit, "exact")]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "bound"),
    [
        ("fr", "Au moins 27 drones ont été abattus.", 27, "drone", "at_least"),
        ("fr", "Plus de 100 drones ont visé Kiev.", 100, "drone", "at_least"),
        ("en", "At least 27 drones were shot down.", 27, "drone", "at_least"),
        ("en", "More than 100 drones targeted Kyiv.", 100, "drone", "at_least"),
        ("uk", "Щонайменше 27 дронів було збито.", 27, "drone", "at_least"),
        ("ru", "Сбито не менее 27 беспилотников.", 27, "drone", "at_least"),
        ("fr", "Près de 40 missiles ont été tirés.", 40, "missile", "approx"),
        ("fr", "Environ 150 drones ont été lancés.", 150, "drone", "approx"),
        ("en", "About 40 missiles were fired.", 40, "missile", "approx"),
        ("en", "Some 150 drones were launched.", 150, "drone", "approx"),
        ("uk", "Майже 40 ракет було випущено.", 40, "missile", "approx"),
        ("ru", "Около 40 ракет было выпущено.", 40, "missile", "approx"),
        ("en", "Up to 12 vessels could be listed.", 12, "vessel", "at_most"),
        ("fr", "Jusqu'à 12 navires pourraient être visés.", 12, "vessel", "at_most"),
        ("uk", "До 12 суден можуть потрапити під санкції.", 12, "vessel", "at_most"),
        ("ru", "До 12 судов могут попасть под санкции.", 12, "vessel", "at_most"),
        ("ru", "Не более 12 судов попадут под санкции.", 12, "vessel", "at_most"),
        ("uk", "Не більше 12 суден потраплять під санкції.", 12, "vessel", "at_most"),
    ],
)
def test_quantities_reads_bound(make_sentence, language, text, value, unit, bound):
    assert _quantities(make_sentence, text, language) == [(value, unit, bound)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # years
        ("en", "The full-scale war started in 2022."),
        ("fr", "Depuis 2022, la guerre continue."),
        ("uk", "У 2022 році почалася повномасштабна війна."),
        ("ru", "В 2022 году началась полномасштабная война."),
        # dates
        ("en", "On 22 May the drones came back."),
        ("fr", "Le 20/05/2025, Kiev a été visée."),
        ("uk", "22 травня дрони повернулися."),
        ("ru", "22 мая беспилотники вернулись."),
        # ordinals
        ("fr", "L'UE a adopté le 17e paquet de sanctions."),
        ("en", "The EU adopted its 17th sanctions package."),
        ("uk", "ЄС ухвалив 17-й пакет санкцій."),
        ("ru", "ЕС принял 17-й пакет санкций."),
        # military unit numbers
        ("en", "Hackers of unit 26165 attacked logistics firms."),
        ("uk", "Хакери з військової частини 26165 атакували логістичні компанії."),
        ("ru", "Хакеры из войсковой части 26165 атаковали логистические компании."),
        ("fr", "Les pirates de l'unité militaire 26165 ont visé des entreprises."),
        # weapon codes
        ("en", "A Su-34 was shot down over Donetsk."),
        ("fr", "Un missile Kh-101 a été intercepté."),
        ("en", "An S-300 missile hit Kharkiv."),
        ("uk", "Ракету Х-101 збили над Києвом."),
        ("ru", "Ракета Х-101 была сбита над Киевом."),
        # times of day
        ("en", "The alert started at 20:00."),
        ("fr", "L'alerte a commencé à 20:00."),
        ("uk", "О 20:00 почалася тривога."),
        ("ru", "В 20:00 началась тревога."),
        # articles
        ("fr", "Une entreprise a été sanctionnée."),
        ("fr", "Un drone a frappé un immeuble."),
        ("en", "A drone hit a building."),
    ],
)
def test_quantities_ignores_years_dates_ordinals_codes_times_and_articles(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Fourteen drones were downed, nine over the Kursk region.", 9),
        ("fr", "Quatorze drones ont été abattus, dont neuf au-dessus de la région de Koursk.", 9),
    ],
)
def test_quantities_keeps_bare_number_of_a_breakdown_without_unit(make_sentence, language, text, value):
    # The bare number is kept; its noun is left to the event, or taken from the number it restates.
    found = _quantities(make_sentence, text, language)
    assert any(v == value and unit in (None, "drone") and bound == "exact" for v, unit, bound in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Air defences downed 40 drones over Bryansk."),
        ("fr", "La défense a abattu 40 drones près de Briansk."),
        ("uk", "Сили ППО збили 40 дронів над Сумщиною."),
        ("ru", "ПВО сбила 40 беспилотников над Брянской областью."),
    ],
)
def test_quantities_offsets_cut_the_number_out_of_the_text(make_sentence, language, text):
    prefix = "Heading line\n\n"
    sentence = make_sentence(text, start=len(prefix))
    full = prefix + text
    mentions = find_quantities(sentence, language)
    assert [full[m.start : m.end] for m in mentions] == ["40"]
