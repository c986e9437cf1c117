"""Regional bodies in the actor catalogue: Ukraine's oblast military administrations (ОВА/ОДА)
and the Russian border regions' governments and operational headquarters (issues 4, 5).

News cite the body itself ("повідомила Херсонська ОВА", "the Odesa regional administration
said", "сообщил оперштаб Курской области"); its head stays the office ("начальник Херсонської
ОВА" is the head on the day, never the administration).
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.resources.actors import load_actors

MAY_2025 = date(2025, 5, 20)


@pytest.fixture(scope="module")
def catalog():
    return load_actors()


def _ids(catalog, text: str, lang: str, on: date | None = MAY_2025) -> list[str]:
    return [m.entry.id for m in catalog.find(text, lang, on=on) if not m.adjective]


def test_every_oblast_has_one_military_administration(catalog):
    bodies = [e for e in catalog.entries() if e.role == "regional military administration"]
    assert len(bodies) == 24
    assert len({e.id for e in bodies}) == 24
    for body in bodies:
        assert (body.kind, body.country) == ("institution", "UA"), body.id
        assert all(body.aliases.get(lang) for lang in ("en", "fr", "uk", "ru")), body.id
        assert body.name.endswith("Oblast Military Administration"), body.id
    # one administration for each head of an oblast (office:gov-<region>, country UA)
    heads = [e for e in catalog.entries() if e.kind == "office" and e.id.startswith("office:gov-") and e.country == "UA"]
    assert len(heads) == len(bodies)
    names = {b.name.removesuffix(" Oblast Military Administration") for b in bodies}
    for head in heads:
        region = head.name.removeprefix("Head of the ").removesuffix(" Regional Military Administration")
        assert region in names, head.id


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("expected", "names"),
    [
        ("ova-kherson", [("uk", "Херсонська ОВА"), ("uk", "Херсонська обласна військова адміністрація"),
                         ("uk", "Херсонська ОДА"), ("uk", "Херсонська обласна державна адміністрація"),
                         ("ru", "Херсонская ОВА"), ("ru", "Херсонская областная военная администрация"),
                         ("ru", "Херсонская ОГА"), ("en", "the Kherson Regional Military Administration said"),
                         ("en", "the Kherson regional military administration"), ("en", "Kherson Oblast Military Administration"),
                         ("en", "the Kherson regional administration said"),
                         ("fr", "selon l'administration militaire régionale de Kherson"),
                         ("fr", "l'administration régionale de Kherson")]),
        ("ova-odesa", [("uk", "Одеська обласна військова адміністрація"), ("ru", "Одесская ОВА"),
                       ("en", "the Odesa regional administration"), ("en", "the Odessa Regional Military Administration"),
                       ("fr", "l'administration militaire régionale d'Odessa")]),
        ("ova-zaporizhzhia", [("uk", "за даними Запорізької ОДА"), ("ru", "Запорожская ОВА"),
                              ("en", "Zaporizhzhia Regional Military Administration"),
                              ("fr", "l'administration militaire régionale de Zaporijjia")]),
        ("ova-kharkiv", [("uk", "у Харківській ОВА"), ("ru", "в Харьковской ОВА"), ("en", "Kharkiv Oblast Military Administration"),
                         ("fr", "l'administration militaire régionale de Kharkiv")]),
        ("ova-ivano-frankivsk", [("uk", "Івано-Франківської ОВА"), ("ru", "Ивано-Франковской ОВА"),
                                 ("en", "Ivano-Frankivsk Regional Military Administration"),
                                 ("fr", "l'administration militaire régionale d'Ivano-Frankivsk")]),
        ("kyiv-oblast-military-administration", [("uk", "Київська ОВА"), ("uk", "КОВА"), ("ru", "Киевская ОВА"),
                                                 ("en", "Kyiv Regional Military Administration"),
                                                 ("fr", "l'administration militaire régionale de Kyiv")]),
    ],
)
def test_oblast_administration_has_one_id_in_four_languages(catalog, expected, names):
    for lang, text in names:
        assert _ids(catalog, text, lang) == [expected], (lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the short name: the adjective declines, the acronym stays
        ("uk", "За даними Херсонської ОВА, загинула жінка.", "Херсонської ОВА"),
        ("uk", "У Херсонській ОВА повідомили про обстріл.", "Херсонській ОВА"),
        ("uk", "Ця інформація оприлюднена Херсонською ОВА.", "Херсонською ОВА"),
        ("uk", "Звернулися до Херсонської облдержадміністрації.", "Херсонської облдержадміністрації"),
        # the full name: every word declines
        ("uk", "Як повідомили у Херсонській обласній військовій адміністрації.",
         "Херсонській обласній військовій адміністрації"),
        ("uk", "за даними Херсонської обласної державної адміністрації", "Херсонської обласної державної адміністрації"),
        ("ru", "По данным Херсонской ОВА, погибла женщина.", "Херсонской ОВА"),
        ("ru", "Об этом сообщили в Херсонской областной военной администрации.",
         "Херсонской областной военной администрации"),
        ("ru", "Херсонской областной государственной администрацией", "Херсонской областной государственной администрацией"),
    ],
)
def test_oblast_administration_case_forms(catalog, lang, text, expected):
    (mention,) = catalog.find(text, lang, on=MAY_2025)
    assert (mention.text, mention.entry.id) == (expected, "ova-kherson")


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("lang", "text", "on", "expected"),
    [
        # the head's title wins over the body it names, in every case form, and resolves by date
        ("uk", "начальник Херсонської ОВА", date(2022, 10, 1), "yaroslav-yanushevych"),
        ("uk", "начальник Херсонської ОВА", MAY_2025, "oleksandr-prokudin"),
        ("uk", "за словами начальника Херсонської ОВА", MAY_2025, "oleksandr-prokudin"),
        ("uk", "за словами голови Запорізької ОВА", date(2023, 6, 1), "yurii-malashko"),
        ("uk", "за словами начальника Херсонської обласної військової адміністрації", MAY_2025, "oleksandr-prokudin"),
        ("uk", "голові Запорізької обласної військової адміністрації", MAY_2025, "ivan-fedorov"),
        ("uk", "за словами голови Харківської ОДА", MAY_2025, "oleh-syniehubov"),
        ("ru", "по словам главы Херсонской ОВА", MAY_2025, "oleksandr-prokudin"),
        ("ru", "по словам главы Херсонской областной военной администрации", MAY_2025, "oleksandr-prokudin"),
        ("en", "the head of the Kherson Oblast Military Administration", MAY_2025, "oleksandr-prokudin"),
        ("en", "head of the Kherson regional military administration", MAY_2025, "oleksandr-prokudin"),
        ("fr", "le chef de l'administration militaire régionale d'Odessa", MAY_2025, "oleh-kiper"),
        ("uk", "за словами начальника Київської міської військової адміністрації", MAY_2025, "tymur-tkachenko"),
        ("uk", "за словами голови КМВА", date(2024, 6, 1), "serhii-popko"),
    ],
)
def test_head_of_the_administration_stays_the_office(catalog, lang, text, on, expected):
    found = catalog.find(text, lang, on=on)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].via_office is not None


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "у Київській міській військовій адміністрації", "kyiv-city-military-administration"),
        ("ru", "в Киевской городской военной администрации", "kyiv-city-military-administration"),
        ("uk", "у Київській обласній військовій адміністрації", "kyiv-oblast-military-administration"),
        ("uk", "повідомили в КМВА", "kyiv-city-military-administration"),
    ],
)
def test_kyiv_city_and_oblast_administrations_are_told_apart(catalog, lang, text, expected):
    assert _ids(catalog, text, lang) == [expected]


def test_lookup_finds_the_administration_by_any_of_its_names(catalog):
    for lang, name in [("uk", "Херсонської ОВА"), ("ru", "Херсонская ОГА"), ("en", "Kherson Regional Military Administration"),
                       ("fr", "administration militaire régionale de Kherson")]:
        assert [e.id for e in catalog.lookup(name, lang)] == ["ova-kherson"], (lang, name)


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("expected", "names"),
    [
        ("belgorod-oblast-operational-hq", [("ru", "сообщил оперштаб Белгородской области"),
                                            ("ru", "по данным оперштаба Белгородской области"),
                                            ("ru", "Оперативный штаб Белгородской области сообщил"),
                                            ("uk", "повідомив оперштаб Бєлгородської області"),
                                            ("en", "the Belgorod regional operational headquarters said"),
                                            ("fr", "l'état-major opérationnel de la région de Belgorod")]),
        ("kursk-oblast-operational-hq", [("ru", "в оперативном штабе Курской области сообщили"),
                                         ("uk", "за даними оперативного штабу Курської області"),
                                         ("en", "Kursk Oblast Operational Headquarters"),
                                         ("fr", "l'état-major opérationnel de la région de Koursk")]),
        ("krasnodar-krai-operational-hq", [("ru", "сообщили в оперштабе Кубани"), ("ru", "оперштаб Краснодарского края"),
                                           ("en", "the Krasnodar regional operational headquarters"),
                                           ("fr", "la cellule opérationnelle du kraï de Krasnodar")]),
        ("belgorod-oblast-government", [("ru", "по данным правительства Белгородской области"),
                                        ("ru", "Правительство Белгородской области сообщило"),
                                        ("uk", "уряд Бєлгородської області"), ("en", "the Belgorod regional government"),
                                        ("fr", "le gouvernement régional de Belgorod")]),
        ("bryansk-oblast-government", [("ru", "в правительстве Брянской области"), ("en", "Government of Bryansk Oblast"),
                                       ("fr", "le gouvernement de la région de Briansk")]),
    ],
)
def test_russian_regional_bodies_in_four_languages(catalog, expected, names):
    for lang, text in names:
        assert _ids(catalog, text, lang) == [expected], (lang, text)
    entry = catalog.get(expected)
    assert entry is not None
    assert (entry.kind, entry.country) == ("institution", "RU")


def test_russian_governor_stays_the_office_beside_the_regional_bodies(catalog):
    found = catalog.find("губернатор Белгородской области Вячеслав Гладков", "ru", on=MAY_2025)
    assert {m.entry.name for m in found} == {"Vyacheslav Gladkov"}
