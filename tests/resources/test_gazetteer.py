"""Gazetteer: places found in French, English, Ukrainian and Russian text (issues 3, 4, 5)."""

from __future__ import annotations

import os
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

import kronika
from kronika.resources import load_tsv
from kronika.resources.gazetteer import PlaceMention, load_gazetteer
from kronika.resources.transliteration import press_names


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _found(gazetteer, text: str, lang: str) -> list[PlaceMention]:
    return gazetteer.find(text, lang)


def _ids(gazetteer, text: str, lang: str) -> list[str]:
    return [m.entry.id for m in gazetteer.find(text, lang)]


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Des drones abattus au-dessus de Moscou.", "geonames:524901"),
        ("en", "Drones were downed over Moscow.", "geonames:524901"),
        ("uk", "Над Москвою збили дрони.", "geonames:524901"),
        ("ru", "Над Москвой сбиты беспилотники.", "geonames:524901"),
        ("ru", "Мэр Москвы сообщил", "geonames:524901"),
        ("ru", "в Москве", "geonames:524901"),
        ("fr", "à Kiev", "geonames:703448"),
        ("en", "in Kyiv", "geonames:703448"),
        ("uk", "у Києві", "geonames:703448"),
        ("uk", "з Києва", "geonames:703448"),
        ("ru", "в Киеве", "geonames:703448"),
        ("fr", "à Kharkiv", "geonames:706483"),
        ("en", "in Kharkov", "geonames:706483"),
        ("uk", "у Харкові", "geonames:706483"),
        ("uk", "до Харкова", "geonames:706483"),
        ("ru", "в Харькове", "geonames:706483"),
        ("fr", "à Orel", "geonames:515012"),
        ("en", "in Oryol", "geonames:515012"),
        ("ru", "в Орле", "geonames:515012"),
        ("ru", "Орёл", "geonames:515012"),
        ("fr", "à Voronej", "geonames:472045"),
        ("en", "in Voronezh", "geonames:472045"),
        ("fr", "à Toula", "geonames:480562"),
        ("ru", "в Туле", "geonames:480562"),
        ("fr", "à Joukovski", "geonames:462755"),
        ("en", "in Zhukovsky", "geonames:462755"),
        ("fr", "au Vatican", "geonames:6691831"),
        ("fr", "à Bruxelles", "geonames:2800866"),
        ("en", "in Brussels", "geonames:2800866"),
        ("fr", "à Istanbul", "geonames:745044"),
        ("ru", "в Стамбуле", "geonames:745044"),
    ],
)
def test_gazetteer_finds_city_in_four_languages(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].entry.kind == "city"
    assert not found[0].qualified


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "dans la région de Moscou", "region:RU-MOS"),
        ("fr", "l'oblast de Moscou", "region:RU-MOS"),
        ("en", "in the Moscow region", "region:RU-MOS"),
        ("en", "in Moscow Oblast", "region:RU-MOS"),
        ("en", "in Moscow oblast", "region:RU-MOS"),
        ("uk", "у Московській області", "region:RU-MOS"),
        ("uk", "Московська область", "region:RU-MOS"),
        ("ru", "в Подмосковье", "region:RU-MOS"),
        ("ru", "Московская область", "region:RU-MOS"),
        ("ru", "в Московской области", "region:RU-MOS"),
        ("fr", "dans la région d'Orel", "region:RU-ORL"),
        ("fr", "dans la région d’Orel", "region:RU-ORL"),
        ("en", "over the Oryol region", "region:RU-ORL"),
        ("uk", "над Орловською областю", "region:RU-ORL"),
        ("ru", "в Орловской области", "region:RU-ORL"),
        ("fr", "l'oblast de Koursk", "region:RU-KRS"),
        ("en", "Kursk Oblast", "region:RU-KRS"),
        ("ru", "Брянская обл. сообщила", "region:RU-BRY"),
        ("uk", "на Київщині", "region:UA-32"),
        ("uk", "Київщина", "region:UA-32"),
        ("uk", "на Харківщині", "region:UA-63"),
        ("uk", "Харківщина", "region:UA-63"),
        ("ru", "в Харьковской области", "region:UA-63"),
        ("en", "in the Kharkiv region", "region:UA-63"),
        ("fr", "dans la région de Kharkiv", "region:UA-63"),
        ("ru", "в Краснодарском крае", "region:RU-KDA"),
        ("en", "in Krasnodar Krai", "region:RU-KDA"),
        ("fr", "dans la région de Leningrad", "region:RU-LEN"),
        ("en", "Leningrad Oblast", "region:RU-LEN"),
    ],
)
def test_gazetteer_finds_qualified_region(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].entry.kind == "region"
    assert found[0].qualified


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "city", "region"),
    [
        ("fr", "Moscou et la région de Moscou", "geonames:524901", "region:RU-MOS"),
        ("en", "Moscow and the Moscow region", "geonames:524901", "region:RU-MOS"),
        ("ru", "Москва и Подмосковье", "geonames:524901", "region:RU-MOS"),
        ("uk", "Москва і Московська область", "geonames:524901", "region:RU-MOS"),
        ("en", "Saint Petersburg and Leningrad Oblast", "geonames:498817", "region:RU-LEN"),
        ("en", "Kursk, in the Kursk region", "geonames:538560", "region:RU-KRS"),
    ],
)
def test_gazetteer_keeps_city_and_its_region_apart(gazetteer, lang, text, city, region):
    assert _ids(gazetteer, text, lang) == [city, region]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "dans les régions de Voronej et Toula", ["region:RU-VOR", "region:RU-TUL"]),
        ("fr", "les oblasts de Koursk, Belgorod et Briansk", ["region:RU-KRS", "region:RU-BEL", "region:RU-BRY"]),
        ("en", "over Belgorod and Kursk regions", ["region:RU-BEL", "region:RU-KRS"]),
        ("en", "over the Bryansk, Kursk and Oryol regions", ["region:RU-BRY", "region:RU-KRS", "region:RU-ORL"]),
        ("ru", "над Брянской и Курской областями", ["region:RU-BRY", "region:RU-KRS"]),
        ("uk", "над Бєлгородською та Курською областями", ["region:RU-BEL", "region:RU-KRS"]),
    ],
)
def test_gazetteer_spreads_plural_qualifier_over_list(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == expected
    assert all(m.qualified for m in found)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Москва, Брянская область"),
        ("uk", "Київ, Харківська область"),
        ("en", "Kyiv, Kursk region"),
    ],
)
def test_gazetteer_list_spreading_leaves_singular_city_alone(gazetteer, lang, text):
    assert _found(gazetteer, text, lang)[0].entry.kind == "city"


@pytest.mark.issue(3)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La Russie a", "country:RU"),
        ("fr", "l'Ukraine", "country:UA"),
        ("fr", "l’Ukraine", "country:UA"),
        ("fr", "les États-Unis", "country:US"),
        ("fr", "les Etats-Unis", "country:US"),
        ("en", "the US said", "country:US"),
        ("en", "the U.S. said", "country:US"),
        ("en", "Russia's army", "country:RU"),
        ("uk", "Росія", "country:RU"),
        ("uk", "проти Росії", "country:RU"),
        ("uk", "в Україні", "country:UA"),
        ("ru", "России", "country:RU"),
        ("ru", "в США", "country:US"),
        ("ru", "Великобритании", "country:GB"),
        ("fr", "la Moldavie", "country:MD"),
        ("en", "Czechia", "country:CZ"),
        ("fr", "le Royaume-Uni", "country:GB"),
        ("uk", "Польща", "country:PL"),
        ("ru", "в Польше", "country:PL"),
    ],
)
def test_gazetteer_finds_country(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].entry.kind == "country"


@pytest.mark.issue(5)
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "l'aéroport de Domodedovo", "airport:DME"),
        ("en", "Domodedovo airport", "airport:DME"),
        ("en", "Domodedovo", "airport:DME"),
        ("ru", "аэропорт Домодедово", "airport:DME"),
        ("ru", "в аэропорту «Домодедово»", "airport:DME"),
        ("uk", "аеропорт Домодєдово", "airport:DME"),
        ("en", "Sheremetyevo", "airport:SVO"),
        ("ru", "аэропорту Внуково", "airport:VKO"),
        ("fr", "l'aéroport de Joukovski", "airport:ZIA"),
        ("en", "Engels airbase", "airbase:engels-2"),
        ("en", "Belbek", "airbase:belbek"),
        ("ru", "аэродром Шайковка", "airbase:shaykovka"),
        ("en", "Boryspil airport", "airport:KBP"),
        ("uk", "аеродром Старокостянтинів", "airbase:starokostiantyniv"),
        ("en", "a meeting in the Oval Office", "site:white-house"),
        ("fr", "reçu à la Maison Blanche", "site:white-house"),
        ("uk", "зустріч у Білому домі", "site:white-house"),
        ("ru", "встреча в Белом доме", "site:white-house"),
        ("uk", "на території Кремля", "site:moscow-kremlin"),
        ("en", "an emergency meeting of the UN Security Council", "site:un-headquarters"),
        ("fr", "une réunion du Conseil de sécurité de l'ONU", "site:un-headquarters"),
        ("ru", "заседание Совета Безопасности ООН", "site:un-headquarters"),
        ("en", "talks at Joint Base Elmendorf-Richardson", "site:jb-elmendorf-richardson"),
    ],
)
def test_gazetteer_finds_site(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].entry.kind == "site"


def test_gazetteer_mention_offsets_cut_the_text(gazetteer):
    text = "Selon Moscou, la région de Koursk et l’Ukraine…"
    for m in gazetteer.find(text, "fr"):
        assert text[m.start : m.end] == m.text


PROSE_EN = (
    "The oral exam went well. Mira said that Nova would come later, bar none. Nice try, said the "
    "male voters of the reading club in March. Victoria and Hamilton met Anna, Olga and Artem at "
    "the mobile library; the orel was a typo. Split the bill. Sale today. Mir is a word. Lenin street."
)
PROSE_FR = (
    "Le président a parlé d'une mesure nouvelle. Mira et Nova sont parties au bar. Une nouvelle "
    "orale, un oral réussi. La mise en œuvre reste à voir. Il faut avancer, dit-il, sans tarder. "
    "Anna et Olga ont lu la presse. Le mois de mars est doux."
)
PROSE_RU = "Мирное население пострадало. Лесной пожар. Новый год. Армия, мир и дружба. Советский период."
PROSE_UK = "Мирне населення. Нова пошта. Щастя і добро. Українка вчителька. Армія."


@pytest.mark.parametrize(("lang", "text"), [("en", PROSE_EN), ("fr", PROSE_FR), ("ru", PROSE_RU), ("uk", PROSE_UK)])
def test_gazetteer_ignores_ordinary_prose(gazetteer, lang, text):
    assert _found(gazetteer, text, lang) == []


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Moscou", "fr", "geonames:524901"),
        ("Москвы", "ru", "geonames:524901"),
        ("région de Moscou", "fr", "region:RU-MOS"),
        ("Kharkiv", None, "geonames:706483"),
        ("Oryol Oblast", "en", "region:RU-ORL"),
    ],
)
def test_gazetteer_lookup_returns_best_candidate_first(gazetteer, name, lang, expected):
    assert gazetteer.lookup(name, lang)[0].id == expected


def test_gazetteer_get_by_id(gazetteer):
    moscow = gazetteer.get("geonames:524901")
    assert moscow is not None
    assert (moscow.name, moscow.kind, moscow.country) == ("Moscow", "city", "RU")
    oblast = gazetteer.get("region:RU-MOS")
    assert oblast is not None
    assert (oblast.name, oblast.kind) == ("Moscow Oblast", "region")
    assert abs(oblast.lat - 55.6) < 0.2
    assert abs(oblast.lon - 37.6) < 0.2
    assert gazetteer.get("nowhere") is None


def test_gazetteer_region_coordinates_are_admin_centres(gazetteer):
    kursk = gazetteer.get("region:RU-KRS")
    assert kursk is not None
    assert abs(kursk.lat - 51.73) < 0.05
    assert abs(kursk.lon - 36.19) < 0.05


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Vladimir Poutine a parlé."),
        ("ru", "слова Владимира Путина"),
        ("uk", "Володимир Зеленський заявив"),
    ],
)
def test_gazetteer_first_name_is_not_the_city(gazetteer, lang, text):
    assert _found(gazetteer, text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "в Курском регионе", "region:RU-KRS"),
        ("ru", "в Московском регионе", "region:RU-MOS"),
        ("uk", "у Курському регіоні", "region:RU-KRS"),
    ],
)
def test_gazetteer_reads_region_noun_as_oblast(gazetteer, lang, text, expected):
    found = _found(gazetteer, text, lang)
    assert [m.entry.id for m in found] == [expected]
    assert found[0].qualified


def test_gazetteer_mentions_are_sorted_and_do_not_overlap(gazetteer):
    text = "Kyiv, Kharkiv and Odesa; the Kursk and Belgorod regions; Moscow Oblast and Moscow; région de Koursk."
    found = gazetteer.find(text, "en")
    assert len(found) >= 7
    for before, after in pairwise(found):
        assert before.end <= after.start


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # Spellings derived from the Cyrillic name, not listed in GeoNames.
        ("fr", "Des tirs d'artillerie ont visé Chebekino dans la nuit.", "Shebekino"),
        ("fr", "Des combats se poursuivent près de Vovtchansk.", "Vovchansk"),
        ("fr", "Le port d'Izmaïl a été visé par des drones.", "Izmayil"),
        ("en", "Drones struck the port of Izmail overnight.", "Izmayil"),
        ("en", "A drone hit a house in Rylsk, Kursk region.", "Rylsk"),
        ("fr", "Le port de Touapsé a été fermé.", "Tuapse"),
    ],
)
def test_gazetteer_knows_press_spellings_of_cyrillic_names(gazetteer, lang, text, name):
    assert name in [m.entry.name for m in _found(gazetteer, text, lang)]


@pytest.mark.issue(4)
def test_gazetteer_press_spellings_never_take_another_places_name(gazetteer):
    # "Енгельс" in Ukrainian spells "Enhels"; the Russian town keeps its own English name.
    assert [m.entry.name for m in _found(gazetteer, "Engels airbase was hit.", "en")][:1] != []
    for mention in _found(gazetteer, "Kharkiv and Odesa were attacked.", "en"):
        assert mention.entry.name in ("Kharkiv", "Odesa")


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("place_id", "spellings"),
    [
        ("geonames:495112", ["Chebekino"]),  # Shebekino, from Russian Шебекино
        ("geonames:689304", ["Vovtchansk"]),  # Vovchansk, from Ukrainian Вовчанськ
        ("geonames:707308", ["Izmail", "Izmaïl"]),  # Izmayil, from Ukrainian Ізмаїл
        ("geonames:695019", ["Rylsk"]),  # Ryl’sk, from Russian Рыльск
        ("geonames:480716", ["Touapse"]),  # Tuapse, from Russian Туапсе
        ("geonames:563464", []),  # Engels: Ukrainian "Enhels" is too far, the rest are its own names
    ],
)
def test_gazetteer_file_holds_press_spellings(place_id, spellings):
    row = next(r for r in load_tsv("gazetteer.tsv") if r["id"] == place_id)
    assert [n for n in row["names_press"].split("|") if n] == spellings


@pytest.mark.issue(4)
def test_gazetteer_press_spellings_are_those_the_build_derives():
    # The column is written by scripts/build_gazetteer.py; a change of the transliteration
    # tables (or of the names) without a rebuild leaves it stale.
    rows = load_tsv("gazetteer.tsv")
    derived = press_names(rows)
    stale = [
        (row["id"], row["names_press"], "|".join(press))
        for row, press in zip(rows, derived, strict=True)
        if row["names_press"] != "|".join(press)
    ]
    assert not stale, f"gazetteer.tsv is stale, run scripts/build_gazetteer.py: {stale[:5]}"
    assert sum(map(len, derived)) > 3000


def test_gazetteer_loader_does_not_derive_press_spellings():
    # A cold start reads the spellings from the file: the transliteration tables are build-time only.
    code = (
        "import sys\n"
        "from kronika.resources.gazetteer import load_gazetteer\n"
        "load_gazetteer()\n"
        "print('kronika.resources.transliteration' in sys.modules)\n"
    )
    src = str(Path(kronika.__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
