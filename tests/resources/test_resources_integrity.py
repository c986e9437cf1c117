"""Data integrity of the gazetteer and the actor catalogue."""

from __future__ import annotations

import math
from datetime import date

import pycountry
import pytest

from kronika.resources import load_tsv
from kronika.resources.actors import KINDS as ACTOR_KINDS
from kronika.resources.actors import load_actors
from kronika.resources.gazetteer import KINDS as PLACE_KINDS
from kronika.resources.gazetteer import load_gazetteer

ISO2 = {c.alpha_2 for c in pycountry.countries} | {"XK"}
MAIN_ACTORS = (
    "vladimir-putin", "volodymyr-zelensky", "donald-trump", "joe-biden", "emmanuel-macron", "sergei-sobyanin",
    "ru-mod", "kremlin", "ua-air-force", "sbu", "tass", "gru-unit-26165",
)


def test_gazetteer_rows_have_valid_coordinates_country_and_kind():
    rows = load_tsv("gazetteer.tsv")
    assert len(rows) > 3000
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        assert -90 <= lat <= 90, row["id"]
        assert -180 <= lon <= 180, row["id"]
        assert not (lat == 0 and lon == 0), row["id"]
        assert not math.isnan(lat + lon), row["id"]
        assert row["country"] in ISO2, row["id"]
        assert row["kind"] in PLACE_KINDS, row["id"]
        assert row["name"], row["id"]
        assert any(row[f"names_{lang}"] for lang in ("en", "fr", "uk", "ru")), row["id"]


def test_gazetteer_ids_are_unique():
    ids = [row["id"] for row in load_tsv("gazetteer.tsv")]
    assert len(ids) == len(set(ids))


def test_gazetteer_covers_every_country_and_oblast():
    gazetteer = load_gazetteer()
    for country in pycountry.countries:
        assert gazetteer.get(f"country:{country.alpha_2}") is not None, country.alpha_2
    ukraine = {s.code for s in pycountry.subdivisions.get(country_code="UA")} - {"UA-30", "UA-40"}
    russia = {s.code for s in pycountry.subdivisions.get(country_code="RU")} - {"RU-MOW", "RU-SPE"}
    for code in ukraine | russia:
        entry = gazetteer.get(f"region:{code}")
        assert entry is not None, code
        assert entry.kind == "region"


@pytest.mark.parametrize("kind", PLACE_KINDS)
def test_gazetteer_has_places_of_every_kind(kind):
    assert any(e.kind == kind for e in load_gazetteer().entries())


def test_gazetteer_places_of_ukraine_and_russia_name_their_region():
    for entry in load_gazetteer().entries():
        if entry.kind in ("city", "site") and entry.country in ("UA", "RU") and entry.population >= 50_000:
            if entry.name in ("Moscow", "Saint Petersburg", "Kyiv", "Sevastopol"):
                continue
            assert entry.admin1, entry.id


def test_actor_ids_unique_kinds_known_and_names_in_french_and_english():
    catalog = load_actors()
    entries = catalog.entries()
    ids = [e.id for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry.kind in ACTOR_KINDS, entry.id
        assert entry.name, entry.id
        assert entry.aliases.get("fr"), entry.id
        assert entry.aliases.get("en"), entry.id
        assert entry.country is None or entry.country in ISO2, entry.id


@pytest.mark.parametrize("actor_id", MAIN_ACTORS)
def test_main_actors_have_ukrainian_and_russian_names(actor_id):
    entry = load_actors().get(actor_id)
    assert entry is not None
    assert entry.aliases.get("uk")
    assert entry.aliases.get("ru")


def test_offices_have_dated_holders_in_the_catalogue():
    catalog = load_actors()
    offices = [e for e in catalog.entries() if e.kind == "office"]
    assert len(offices) >= 20
    for office in offices:
        assert office.holders, office.id
        for person, start, end in office.holders:
            holder = catalog.get(person)
            assert holder is not None, (office.id, person)
            assert holder.kind == "person", (office.id, person)
            if start:
                date.fromisoformat(start)
            if end:
                assert date.fromisoformat(end) >= date.fromisoformat(start or "1900-01-01"), office.id


def test_country_names_are_unique():
    names = [e.name for e in load_gazetteer().entries() if e.kind == "country"]
    assert len(names) == len(set(names))
