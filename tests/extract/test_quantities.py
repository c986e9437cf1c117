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


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "bound"),
    [
        # counted nouns other than weapons
        ("en", "The strikes hit five regions overnight.", 5, "region", "exact"),
        ("fr", "Les frappes ont touché cinq régions.", 5, "region", "exact"),
        ("uk", "Удари зачепили п'ять областей.", 5, "region", "exact"),
        ("ru", "Удары затронули пять областей.", 5, "region", "exact"),
        ("en", "The hackers wiped 4,000 servers.", 4000, "server", "exact"),
        ("fr", "Les pirates ont effacé 4 000 serveurs.", 4000, "server", "exact"),
        ("uk", "Хакери знищили 4 000 серверів.", 4000, "server", "exact"),
        ("ru", "Хакеры уничтожили 4 000 серверов.", 4000, "server", "exact"),
        ("en", "The outage cut off some 3 million subscribers.", 3000000, "subscriber", "approx"),
        ("fr", "La panne a privé environ 3 millions d'abonnés de réseau.", 3000000, "subscriber", "approx"),
        ("fr", "Les habitants ont entendu au moins six explosions.", 6, "explosion", "at_least"),
        ("uk", "Мешканці чули щонайменше шість вибухів.", 6, "explosion", "at_least"),
        ("ru", "Жители слышали около шести взрывов.", 6, "explosion", "approx"),
        ("en", "Kyiv proposed a pause of 20 days.", 20, "day", "exact"),
        ("fr", "Kyiv a proposé une pause de 20 jours.", 20, "day", "exact"),
        ("uk", "Київ запропонував паузу на 20 днів.", 20, "day", "exact"),
        ("ru", "Киев предложил паузу на 20 дней.", 20, "day", "exact"),
        # approximate nouns of number
        ("fr", "Le paquet vise une vingtaine d'entreprises.", 20, "entity", "approx"),
        ("fr", "Le paquet vise près de 150 navires.", 150, "vessel", "approx"),
    ],
)
def test_quantities_reads_counted_nouns_and_bounds(make_sentence, language, text, value, unit, bound):
    assert _quantities(make_sentence, text, language) == [(value, unit, bound)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Another drone was shot down near the capital."),
        ("en", "One more drone was downed later."),
        ("fr", "Un autre drone a été abattu près de la capitale."),
        ("fr", "Encore un drone a été abattu dans la soirée."),
        ("uk", "Ще один безпілотник збили над столицею."),
        ("ru", "Ещё один беспилотник сбили над столицей."),
    ],
)
def test_quantities_reads_one_more_as_one(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == [(1, "drone", "exact")]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Another 20 drones were shot down.", 20),
        ("en", "One hundred drones were launched.", 100),
        ("fr", "Un autre 20 drones ont été abattus.", 20),
    ],
)
def test_quantities_number_word_leading_into_a_number_is_not_counted(make_sentence, language, text, value):
    assert [v for v, _, _ in _quantities(make_sentence, text, language)] == [value]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Fifteen drones were downed, seven over the Bryansk region.", 7),
        ("fr", "Quinze drones ont été abattus, dont sept dans la région de Briansk.", 7),
        ("uk", "Збито п'ятнадцять дронів, сім над Сумською областю.", 7),
        ("ru", "Сбито пятнадцать беспилотников, семь над Брянской областью.", 7),
    ],
)
def test_quantities_a_place_noun_after_a_preposition_is_not_the_unit(make_sentence, language, text, value):
    # The number restates the drones before it (or is left bare); it never counts regions.
    found = _quantities(make_sentence, text, language)
    assert any(v == value and unit in (None, "drone") for v, unit, _ in found)
    assert all(unit != "region" for _, unit, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Kyiv accepted a 20-day truce."),
        ("uk", "Сторони погодили 20-денну паузу."),
        ("ru", "Стороны договорились о 20-дневном перемирии."),
        ("fr", "Les deux camps ont accepté une trêve de 20 jours."),
    ],
)
def test_quantities_reads_a_number_of_days_written_as_one_word(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == [(20, "day", "exact")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "Russia fired 50 missiles and 70 drones at Lviv overnight.", {50, 70}),
        ("fr", "La Russie a tiré 50 missiles et 70 drones sur Lviv dans la nuit.", {50, 70}),
        ("uk", "Росія випустила 50 ракет і 70 дронів по Львову вночі.", {50, 70}),
        ("ru", "Россия выпустила 50 ракет и 70 беспилотников по Львову ночью.", {50, 70}),
    ],
)
def test_quantities_a_strike_keeps_the_number_of_each_weapon(extract, language, text, values):
    attacks = [e for e in extract(text, language) if e.type == "attack"]
    assert attacks
    assert {q.value for q in attacks[0].quantities} == values


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("en", "In Kharkiv the number of people killed rose to 12, and 40 were injured.", {12, 40}),
        ("fr", "À Kharkiv, le bilan s'élève à 12 tués et 40 blessés.", {12, 40}),
        ("uk", "У Харкові кількість загиблих зросла до 12, поранені ще 40.", {12}),
        ("ru", "В Харькове погибли не менее 12 человек, пострадали более 40.", {12, 40}),
    ],
)
def test_quantities_a_bare_number_by_a_casualty_word_counts_people(extract, language, text, values):
    damage = [e for e in extract(text, language) if e.type == "damage"]
    assert damage
    assert values <= {q.value for e in damage for q in e.quantities}


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("uk", "Після обстрілу в лікарню звернулися троє.", 3),
        ("uk", "Внаслідок вибуху постраждали семеро.", 7),
        ("uk", "Медики врятували п'ятьох.", 5),
        ("ru", "После взрыва в больницу обратились четверо.", 4),
        ("ru", "Спасатели вывели из подвала пятерых.", 5),
    ],
)
def test_quantities_a_collective_numeral_without_noun_counts_people(make_sentence, language, text, value):
    assert _quantities(make_sentence, text, language) == [(value, "person", "exact")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A 60-year-old man was injured when debris fell on his car."),
        ("en", "The explosion killed a security guard at the depot."),
        ("fr", "Une retraitée a été blessée par des éclats de verre."),
        ("uk", "Унаслідок падіння уламків загинув чоловік."),
        ("uk", "Одна людина загинула під завалами."),
        ("ru", "При падении обломков пострадала женщина."),
        ("ru", "Водитель грузовика погиб на месте."),
    ],
)
def test_quantities_a_single_victim_counts_one_person(make_sentence, language, text):
    assert (1, "person", "exact") in _quantities(make_sentence, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A man was seen near the depot before the explosion."),
        ("fr", "Une femme a appelé les secours après l'explosion."),
        ("uk", "Чоловік зняв вибух на телефон."),
        ("ru", "Женщина сняла взрыв на телефон."),
    ],
)
def test_quantities_a_person_who_is_no_casualty_is_not_counted(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "value", "bound"),
    [
        ("uk", "Рятувальники вивели не менш ніж вісім людей.", 8, "at_least"),
        ("uk", "Рятувальники вивели не менше як вісім людей.", 8, "at_least"),
        ("ru", "Спасатели вывели не менее чем восемь человек.", 8, "at_least"),
        ("en", "Rescuers pulled out not less than eight people.", 8, "at_least"),
        ("en", "Rescuers pulled out not fewer than eight people.", 8, "at_least"),
        ("en", "Rescuers pulled out fewer than eight people.", 8, "at_most"),
        ("fr", "Les secours ont évacué pas moins de huit personnes.", 8, "at_least"),
        ("fr", "Le bilan est passé à 12 morts.", 12, "exact"),
        ("en", "The number of people evacuated rose to 120.", 120, "exact"),
        ("uk", "Кількість евакуйованих зросла до 120 людей.", 120, "exact"),
        ("ru", "Число эвакуированных выросло до 120 человек.", 120, "exact"),
        ("ru", "Эвакуировали до 120 человек.", 120, "at_most"),
    ],
)
def test_quantities_reads_not_less_than_and_rose_to(make_sentence, language, text, value, bound):
    assert [(v, b) for v, _, b in _quantities(make_sentence, text, language)] == [(value, bound)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The army fired 12 drones and a cruise missile at the port."),
        ("fr", "L'armée a tiré 12 drones et un missile de croisière sur le port."),
        ("uk", "Армія випустила 12 дронів і крилату ракету по порту."),
        ("ru", "Армия выпустила 12 беспилотников и крылатую ракету по порту."),
    ],
)
def test_quantities_one_weapon_coordinated_with_a_counted_one(make_sentence, language, text):
    found = _quantities(make_sentence, text, language)
    assert (12, "drone", "exact") in found
    assert (1, "missile", "exact") in found


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("uk", "Під час обстрілу Херсона загинули двоє, п'ятеро поранені.", {(2, "killed"), (5, "injured")}),
        ("ru", "При обстреле Херсона погибли трое, двое ранены.", {(3, "killed"), (2, "injured")}),
        ("en", "In a Russian strike on Kherson, a pensioner was killed and four people were injured.", {(1, "killed"), (4, "injured")}),
        ("fr", "Une frappe russe sur Kherson a fait au moins un mort et quatre blessés.", {(1, "killed"), (4, "injured")}),
    ],
)
def test_quantities_each_casualty_number_takes_the_word_of_its_clause(extract, language, text, expected):
    damage = [e for e in extract(text, language) if e.type == "damage"]
    assert damage
    assert expected <= {(q.value, q.what) for e in damage for q in e.quantities}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The death toll from the flood rose to 35."),
        ("en", "The number of people killed in the blast has risen to 35."),
        ("fr", "Le bilan de l'explosion s'élève à 35."),
        ("uk", "Кількість загиблих унаслідок вибуху зросла до 35."),
        ("ru", "Число погибших при взрыве выросло до 35."),
    ],
)
def test_quantities_a_toll_that_rose_to_a_bare_number_counts_people(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == [(35, "person", "exact")]


def _counts(make_sentence, text, language):
    sentence = make_sentence(text)
    sentence.mentions.extend(find_dates(sentence, language, PUBLISHED, PUBLISHED))
    return [(m.value.value, m.value.unit, m.value.noun) for m in find_quantities(sentence, language)]


@pytest.mark.parametrize(
    ("language", "text", "value", "noun"),
    [
        ("en", "The ban now covers 22 more Russian banks.", 22, "bank"),
        ("en", "The hackers copied around 20 terabytes of data.", 20, "terabyte"),
        ("en", "Some 5,800 wind turbines in Germany lost remote monitoring.", 5800, "turbine"),
        ("fr", "Treize banques russes sont exclues du système SWIFT.", 13, "banque"),
        ("fr", "Les assaillants étaient appuyés par 11 chars.", 11, "char"),
        ("fr", "Londres a annoncé une centaine de nouvelles sanctions.", 100, "sanction"),
        ("uk", "Хакери вивели з ладу 10 тисяч комп'ютерів.", 10000, "комп'ютер"),
        ("uk", "ЄС запровадив санкції проти 11 російських банків.", 11, "банк"),
        ("ru", "Хакеры вывели из строя 10 тысяч компьютеров.", 10000, "компьютер"),
        ("ru", "Полк потерял 11 танков.", 11, "танк"),
    ],
)
def test_quantities_a_number_counts_the_noun_that_follows_it(make_sentence, language, text, value, noun):
    assert _counts(make_sentence, text, language) == [(value, None, noun)]


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "Trump threatened tariffs of 100% on buyers of Russian oil.", 100),
        ("en", "Oil prices rose by 5 per cent.", 5),
        ("fr", "Kyiv affirme que 34 % des bombardiers stratégiques ont été touchés.", 34),
        ("uk", "За даними СБУ, уражено 34% стратегічних бомбардувальників.", 34),
        ("ru", "Трамп пригрозил пошлинами в 100 процентов.", 100),
    ],
)
def test_quantities_a_percentage_is_a_share(make_sentence, language, text, value):
    assert _counts(make_sentence, text, language) == [(value, "percent", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # time spans and distances measure, they do not count the event's things
        ("en", "The talks were the first in three years."),
        ("fr", "Kyiv et Moscou n'avaient pas discuté depuis trois ans."),
        ("uk", "Переговори стали першими за три роки."),
        ("ru", "Переговоры стали первыми за три года."),
        # things referred to, not counted
        ("fr", "Les deux camps se sont accusés de violations."),
        ("en", "The two sides blamed each other."),
        ("ru", "Это крупнейшая атака за одну ночь."),
        # a number that names: an article of a treaty
        ("en", "Poland invoked Article 4 of the NATO treaty."),
        ("uk", "Польща звернулася до статті 4 договору НАТО."),
    ],
)
def test_quantities_measures_references_and_article_numbers_count_nothing(make_sentence, language, text):
    assert [q for q in _counts(make_sentence, text, language) if q[1] is not None or q[2] is not None] == []


@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        # "еще три подавлены средствами РЭБ": the instrumental noun is how, not what, the number counts
        ("ru", "Еще три подавлены средствами РЭБ.", 3),
        # "42 appareils": the weapon of the story, left to the context as before
        ("fr", "Au total, 42 appareils ont été abattus au-dessus de la région de Koursk.", 42),
        ("uk", "Загалом збито 42 цілі.", 42),
    ],
)
def test_quantities_words_that_leave_the_weapon_to_the_context_give_no_noun(make_sentence, language, text, value):
    assert [q for q in _counts(make_sentence, text, language) if q[0] == value] in ([(value, None, None)], [])


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "The operator serves some 24 million users.", "subscriber"),
        ("fr", "L'opérateur compte quelque 24 millions d'utilisateurs.", "subscriber"),
        ("uk", "Оператор обслуговує близько 24 мільйонів користувачів.", "subscriber"),
        ("ru", "Оператор обслуживает около 24 миллионов пользователей.", "subscriber"),
    ],
)
def test_quantities_users_of_a_network_are_its_subscribers(make_sentence, language, text, unit):
    assert _counts(make_sentence, text, language) == [(24000000, unit, None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ru", "Стороны договорились об обмене пленными «тысяча на тысячу»."),
        ("uk", "Сторони домовилися про обмін полоненими «тисяча на тисячу»."),
        ("fr", "Les deux pays ont convenu d'un échange de prisonniers mille contre mille."),
    ],
)
def test_quantities_an_exchange_formula_states_its_number(make_sentence, language, text):
    assert (1000, None, None) in _counts(make_sentence, text, language)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "event_type", "value", "unit"),
    [
        ("en", "The EU imposed sanctions on 22 more Russian banks.", "sanction", 22, "bank"),
        ("fr", "L'UE a adopté des sanctions contre treize banques russes.", "sanction", 13, "banque"),
        ("uk", "ЄС запровадив санкції проти 11 російських банків.", "sanction", 11, "банк"),
        ("ru", "Евросоюз ввел санкции против 11 российских банков.", "sanction", 11, "банк"),
        ("en", "Trump threatened Russia with sanctions and tariffs of 100%.", "sanction", 100, "percent"),
        ("ru", "Москва и Киев договорились об обмене пленными «тысяча на тысячу».", "other", 1000, "prisoner"),
    ],
)
def test_quantities_counts_of_other_things_attach_to_their_event(extract, language, text, event_type, value, unit):
    events = [e for e in extract(text, language) if e.type == event_type]
    assert events
    assert (value, unit) in {(q.value, q.unit) for e in events for q in e.quantities}


@pytest.mark.slow
def test_quantities_a_counted_noun_is_no_breakdown_of_weapons(extract):
    text = ("Russia launched 400 drones at Ukraine overnight, the Air Force said. "
            "Four airports, including Warsaw Chopin, were closed for several hours.")
    events = extract(text, "en")
    assert not any(e.location.name == "Warsaw" and e.type in ("attack", "interception") for e in events)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Trump told European leaders that Putin was not ready, the newspaper reported, citing three sources."),
        ("fr", "Le journal l'affirme en citant trois sources proches du dossier."),
        ("uk", "Про це повідомило видання з посиланням на три джерела."),
        ("ru", "Об этом сообщило издание со ссылкой на три источника."),
        ("fr", "La Russie et l'Ukraine doivent trouver des compromis qui conviennent aux deux parties."),
    ],
)
def test_quantities_the_sources_of_a_report_and_the_parties_referred_to_are_not_counted(make_sentence, language, text):
    assert [q for q in _counts(make_sentence, text, language) if q[2] is not None] == []


@pytest.mark.parametrize(
    ("language", "text", "total", "unit", "noun"),
    [
        ("en", "The package adds 105 vessels to the list of barred ships, bringing the total to 444.", 444, "vessel", None),
        ("en", "The ban extends to 22 more Russian banks, bringing their total number to 70.", 70, None, "bank"),
        ("fr", "Il ajoute 74 navires à la liste, ce qui porte leur total à 153.", 153, "vessel", None),
        ("uk", "До переліку додали ще 189 суден, довівши загальну кількість до 342.", 342, "vessel", None),
        ("ru", "В список добавили еще 189 судов, доведя общее количество до 342.", 342, "vessel", None),
    ],
)
def test_quantities_a_total_counts_what_its_count_counted(make_sentence, language, text, total, unit, noun):
    # The total is exact ("до 342" is no upper bound here) and marked as a running total.
    sentence = make_sentence(text)
    found = [m.value for m in find_quantities(sentence, language)]
    assert [(q.value, q.unit, q.noun, q.bound, q.total) for q in found][-1] == (total, unit, noun, "exact", True)
    assert not found[0].total


def test_quantities_a_bare_number_without_a_total_cue_stays_bare(make_sentence):
    found = find_quantities(make_sentence("The package adds 105 vessels; 444 remain under review."), "en")
    assert [(m.value.value, m.value.unit, m.value.total) for m in found] == [(105, "vessel", False), (444, None, False)]


@pytest.mark.parametrize(
    ("language", "text", "value", "unit", "bound"),
    [
        ("en", "Both sides agreed to swap a thousand prisoners.", 1000, "person", "exact"),
        ("en", "Nearly a thousand soldiers came home.", 1000, "person", "approx"),
        ("en", "Dozens of flights were cancelled.", 24, "flight", "approx"),
        ("en", "Hundreds of drones were launched overnight.", 100, "drone", "approx"),
        ("fr", "Un millier de prisonniers ont été échangés.", 1000, "person", "approx"),
        ("fr", "Des milliers de personnes ont fui.", 1000, "person", "approx"),
        ("uk", "Сторони обміняли близько тисячі полонених.", 1000, "person", "approx"),
        ("uk", "Тисячі людей залишилися без світла.", 1000, "person", "approx"),
        ("ru", "Стороны обменяли около тысячи пленных.", 1000, "person", "approx"),
        ("ru", "Пострадали тысячи человек.", 1000, "person", "approx"),
    ],
)
def test_quantities_round_number_words_count_approximately(make_sentence, language, text, value, unit, bound):
    assert _quantities(make_sentence, text, language) == [(value, unit, bound)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("uk", "Росія запустила дві тисячі дронів за тиждень."),
        ("uk", "Росія запустила 2 тисячі дронів за тиждень."),
        ("ru", "Россия запустила две тысячи беспилотников за неделю."),
        ("en", "Russia launched two thousand drones in a week."),
    ],
)
def test_quantities_two_thousand_with_its_multiplier_is_no_year(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == [(2000, "drone", "exact")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "According to Reuters, citing two people familiar with the matter, the EU is preparing new sanctions."),
        ("fr", "L'UE prépare de nouvelles sanctions, selon trois diplomates européens."),
    ],
)
def test_quantities_who_is_cited_is_not_counted(make_analysis, language, text):
    from kronika.extract.quantities import find_quantities

    analysis = make_analysis(text, language)
    assert [m.value.value for s in analysis.sentences for m in find_quantities(s, language)] == []


@pytest.mark.parametrize(
    ("language", "text", "value", "unit"),
    [
        ("fr", "Deux cent trente drones ont visé la région d'Odessa.", 230, "drone"),
        ("fr", "Quatre-vingt-dix-neuf navires ont été ajoutés à la liste.", 99, "vessel"),
        ("fr", "Vingt et un soldats ont été rapatriés.", 21, "person"),
        ("fr", "Soixante-dix missiles ont été tirés.", 70, "missile"),
        ("en", "Two hundred and forty drones were launched at Kharkiv.", 240, "drone"),
        ("en", "Thirty-five missiles were fired overnight.", 35, "missile"),
        ("en", "Two dozen drones were shot down.", 24, "drone"),
    ],
)
def test_quantities_adds_up_a_compound_number_word(make_sentence, language, text, value, unit):
    # French and English write numbers in several words joined by spaces, hyphens, "et" or "and".
    assert _quantities(make_sentence, text, language) == [(value, unit, "exact")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Les deux trois fois où il a parlé, rien n'a changé."),
        ("en", "It happened two three times."),
    ],
)
def test_quantities_words_that_make_no_compound_are_not_added(make_sentence, language, text):
    assert all(value != 5 for value, _, _ in _quantities(make_sentence, text, language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A Ukrainian pilot, Major Andriy Pilshchykov, was killed in a mid-air collision."),
        ("fr", "Un pilote de Su-27, le major Andriy Pilchtchykov, a été tué lors d'une collision."),
    ],
)
def test_quantities_a_single_victim_named_in_apposition_counts_one_person(make_sentence, language, text):
    assert (1, "person", "exact") in _quantities(make_sentence, text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The crew downed six aerial targets over Kyiv."),
        ("fr", "L'équipage a abattu six cibles aériennes au-dessus de Kyiv."),
    ],
)
def test_quantities_a_number_word_before_a_word_for_any_weapon_counts(make_sentence, language, text):
    assert _quantities(make_sentence, text, language) == [(6, None, "exact")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A Russian missile strike on Sumy killed 35 people and injured 117 others."),
        ("fr", "Une frappe de missile russe sur Soumy a tué 35 personnes et blessé 117 autres."),
    ],
)
def test_quantities_others_count_more_people_not_a_noun(extract, language, text):
    damage = [e for e in extract(text, language) if e.type == "damage"]
    assert damage
    counts = {(q.value, q.unit) for e in damage for q in e.quantities}
    assert (117, "person") in counts
    assert all(q.unit != "other" and q.unit != "autre" for e in extract(text, language) for q in e.quantities)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("en", "About 3,000 households in the Chernihiv region remain without electricity after the attack.", 3000),
        ("en", "More than 220,000 customers were left without power in Odesa after a drone strike.", 220000),
    ],
)
def test_quantities_households_without_electricity_are_affected_subscribers(extract, language, text, value):
    outages = [e for e in extract(text, language) if e.type == "disruption"]
    assert outages
    assert (value, "subscriber") in {(q.value, q.unit) for e in outages for q in e.quantities}
