"""Press spellings of Ukrainian and Russian place names (build time of the gazetteer, issue 4)."""

from __future__ import annotations

import pytest

from kronika.resources.transliteration import press_names, press_spellings


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Ізмаїл", "uk", ["Izmail", "Izmaïl"]),
        ("Вовчанськ", "uk", ["Vovchansk", "Vovtchansk"]),
        ("Харків", "uk", ["Kharkiv"]),
        ("Енергодар", "uk", ["Enerhodar"]),
        ("Шебекино", "ru", ["Shebekino", "Chebekino"]),
        ("Рыльск", "ru", ["Rylsk"]),
        ("Елец", "ru", ["Yelets", "Ielets"]),
        ("Новый Оскол", "ru", ["Novyy Oskol", "Novyï Oskol"]),
    ],
)
def test_press_spellings_of_cyrillic_names(name, lang, expected):
    assert press_spellings(name, lang) == expected


def test_press_spellings_skip_names_with_foreign_letters():
    assert press_spellings("Москва1", "ru") == []


def _row(id: str, kind: str, country: str, en: str = "", fr: str = "", uk: str = "", ru: str = "") -> dict[str, str]:
    return {"id": id, "kind": kind, "country": country, "names_en": en, "names_fr": fr, "names_uk": uk,
            "names_ru": ru}


@pytest.mark.issue(4)
def test_press_names_come_from_first_cyrillic_names_of_ukrainian_and_russian_cities():
    rows = [
        _row("a", "city", "UA", en="Izmayil", uk="Ізмаїл|Антиофілас", ru="Измаил"),
        _row("b", "city", "RU", en="Shebekino", uk="Шебекіно", ru="Шебекино"),
        _row("c", "region", "RU", en="Kursk Oblast", ru="Курская область"),
        _row("d", "city", "BY", en="Homyel", ru="Гомель"),
    ]
    # Ukrainian and Russian names of a Ukrainian city, only the Russian one of a Russian city;
    # neither regions nor cities of other countries.
    assert press_names(rows) == [["Izmail", "Izmaïl"], ["Chebekino"], [], []]


@pytest.mark.issue(4)
def test_press_names_leave_out_short_spellings_and_other_places_names():
    rows = [
        _row("a", "city", "RU", en="Oryol", ru="Орёл"),  # "Oryol" is its own name, "Oriol" is another's
        _row("b", "city", "FR", en="Oriol"),
        _row("c", "city", "RU", en="Ufa", ru="Уфа"),  # too short
    ]
    assert press_names(rows) == [[], [], []]


@pytest.mark.issue(4)
def test_press_names_of_russian_towns_leave_out_names_unlike_the_town():
    rows = [
        _row("a", "city", "RU", en="Gudermes", ru="Белая|Гудермес"),  # a stray GeoNames alternate name
        _row("b", "city", "RU", en="Perm", ru="Молотов|Пермь"),  # a Soviet-era name, also a person
        _row("c", "city", "UA", en="Sheptytskyi", uk="Червоноград|Шептицький"),  # renamed in 2024
    ]
    assert press_names(rows) == [[], [], ["Chervonohrad", "Tchervonohrad"]]
