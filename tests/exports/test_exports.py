"""Exports: registry, JSON Lines round trip, ACLED CSV, GeoJSON order, STIX 2.1 validity."""

from __future__ import annotations

import csv
import io
import json
import random
import re
from datetime import datetime
from typing import Any

import pytest

from kronika.domain import Event
from kronika.errors import UsageError
from kronika.exports import exporters, write
from kronika.exports.acled import COLUMNS
from kronika.exports.stix import bundle


def export(fmt, events, documents=None):
    out = io.StringIO()
    count = write(fmt, events, out, documents=documents)
    return count, out.getvalue()


def test_exports_registry_lists_formats():
    assert exporters.names() == ["acled", "geojson", "jsonl", "stix"]


def test_exports_unknown_format_lists_available():
    with pytest.raises(UsageError, match=r"'kml'\. Available: acled, geojson, jsonl, stix"):
        write("kml", [], io.StringIO())


# ── jsonl ────────────────────────────────────────────────────────────────────────────


def test_exports_jsonl_round_trips(events):
    count, text = export("jsonl", events)
    lines = text.splitlines()
    assert count == len(lines) == len(events)
    assert [Event.from_json(json.loads(line)) for line in lines] == events


def test_exports_jsonl_keeps_unicode(events):
    _, text = export("jsonl", events)
    event = json.loads(text.splitlines()[0])
    assert set(event) >= {"doc", "type", "date", "location", "actors", "quantities", "attribution",
                          "evidence", "summary"}
    special = Event("x.txt", "other", summary="Удар по Харкову, frappe à Kharkiv")
    assert "Удар по Харкову, frappe à Kharkiv" in export("jsonl", [special])[1]


# ── acled ────────────────────────────────────────────────────────────────────────────


def test_exports_acled_has_header_and_one_row_per_non_cyber_event(events):
    count, text = export("acled", events)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(text.splitlines()[0].split(",")) == COLUMNS
    non_cyber = [e for e in events if e.type != "cyber_operation"]
    assert count == len(rows) == len(non_cyber) == 3


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        (0, {"event_type": "Explosions/Remote violence", "sub_event_type": "Shelling/artillery/missile attack",
             "disorder_type": "Political violence", "actor1": "Russia", "fatalities": "9",
             "civilian_targeting": "Civilian targeting", "time_precision": "1", "geo_precision": "1",
             "iso": "804", "country": "Ukraine", "latitude": "50.4501", "longitude": "30.5234",
             "event_date": "2025-04-24", "year": "2025", "source": "Kyiv City Military Administration"}),
        (1, {"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use",
             "source": "Ukrainian Air Force; Ukrinform", "geo_precision": "3", "fatalities": "0"}),
        (2, {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": "Russia",
             "time_precision": "2", "geo_precision": "2", "admin1": "Kursk Oblast", "iso": "643"}),
    ],
)
def test_exports_acled_maps_fields(events, index, expected):
    _, text = export("acled", events)
    row = list(csv.DictReader(io.StringIO(text)))[index]
    assert {k: row[k] for k in expected} == expected
    assert re.fullmatch(r"[A-Z]{3}\d{9}", row["event_id_cnty"])


def test_exports_acled_ids_are_stable(events):
    first = export("acled", events)[1]
    assert export("acled", list(events))[1] == first


# ── geojson ──────────────────────────────────────────────────────────────────────────


def test_exports_geojson_puts_longitude_first(events):
    count, text = export("geojson", events)
    data = json.loads(text)
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data
    assert count == len(data["features"]) == 2  # only events with coordinates
    kyiv = data["features"][0]
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [30.5234, 50.4501]}
    assert kyiv["properties"]["place"] == "Kyiv"
    assert kyiv["properties"]["date_start"] == "2025-04-24"
    assert kyiv["properties"]["certainty"] == "asserted"
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180
        assert -90 <= lat <= 90


# ── stix ─────────────────────────────────────────────────────────────────────────────

UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z")
COMMON = ("type", "spec_version", "id", "created", "modified")
REQUIRED = {
    "campaign": ("name",),
    "intrusion-set": ("name",),
    "identity": ("name",),
    "location": (),
    "report": ("name", "published", "object_refs"),
    "relationship": ("relationship_type", "source_ref", "target_ref"),
}
RELATIONSHIPS = {  # STIX 2.1 §4: the embedded relationships a campaign may have
    ("campaign", "attributed-to", "intrusion-set"),
    ("campaign", "targets", "identity"),
    ("campaign", "targets", "location"),
}


def stix_problems(data: dict[str, Any]) -> list[str]:
    """What a STIX 2.1 bundle lacks against the required properties of each object type."""
    problems = []
    if data.get("type") != "bundle" or not re.fullmatch(f"bundle--{UUID}", data.get("id", "")):
        problems.append("not a bundle with a bundle--uuid id")
    objects = data.get("objects", [])
    ids = {o.get("id") for o in objects}
    if len(ids) != len(objects):
        problems.append("duplicate ids")
    for obj in objects:
        kind = obj.get("type")
        where = obj.get("id", "?")
        if kind not in REQUIRED:
            problems.append(f"{where}: unexpected type {kind}")
            continue
        problems += [f"{where}: missing {p}" for p in (*COMMON, *REQUIRED[kind]) if p not in obj]
        if obj.get("spec_version") != "2.1":
            problems.append(f"{where}: spec_version")
        if not re.fullmatch(f"{re.escape(kind)}--{UUID}", obj.get("id", "")):
            problems.append(f"{where}: id is not {kind}--uuid")
        for prop in ("created", "modified", "published", "first_seen", "last_seen"):
            if prop in obj and not TIMESTAMP.fullmatch(obj[prop]):
                problems.append(f"{where}: {prop} is not a STIX timestamp")
        if obj.get("modified", "") < obj.get("created", ""):
            problems.append(f"{where}: modified before created")
        if kind == "location" and not (
            "region" in obj or "country" in obj or ("latitude" in obj and "longitude" in obj)
        ):
            problems.append(f"{where}: location needs region, country or latitude/longitude")
        if kind == "report" and not obj.get("object_refs"):
            problems.append(f"{where}: empty object_refs")
        for ref in obj.get("object_refs", []) + [obj.get(k) for k in ("source_ref", "target_ref",
                                                                         "created_by_ref") if k in obj]:
            if ref not in ids:
                problems.append(f"{where}: dangling reference {ref}")
        if kind == "relationship":
            triple = (obj["source_ref"].split("--")[0], obj["relationship_type"], obj["target_ref"].split("--")[0])
            if triple not in RELATIONSHIPS:
                problems.append(f"{where}: relationship {triple} not in the spec")
        if kind == "campaign" and "last_seen" in obj and obj["last_seen"] < obj.get("first_seen", ""):
            problems.append(f"{where}: last_seen before first_seen")
        for value in obj.get("aliases", []):
            if not isinstance(value, str):
                problems.append(f"{where}: alias {value!r}")
    return problems


def by_type(data, kind):
    return [o for o in data.get("objects", []) if o["type"] == kind]


def test_exports_stix_bundle_is_valid(events, documents):
    count, text = export("stix", events, documents)
    data = json.loads(text)
    assert stix_problems(data) == []
    assert count == len(by_type(data, "campaign")) == 2
    assert "spec_version" not in data  # STIX 2.1 bundles carry no spec_version


def test_exports_stix_has_the_expected_objects(events, documents):
    data = bundle(events, documents)
    (intrusion,) = by_type(data, "intrusion-set")
    assert intrusion["name"] == "APT28"
    assert "Fancy Bear" in intrusion["aliases"]
    (report,) = by_type(data, "report")
    assert report["published"] == "2025-05-22T00:00:00.000Z"
    cisa = next(o for o in by_type(data, "identity") if o["name"] == "CISA")
    assert report["created_by_ref"] == cisa["id"]
    (poland,) = by_type(data, "location")
    assert poland["country"] == "PL"
    kinds = sorted(r["relationship_type"] for r in by_type(data, "relationship"))
    assert kinds == ["attributed-to", "attributed-to", "targets", "targets", "targets"]
    campaign = by_type(data, "campaign")[0]
    assert campaign["first_seen"] == "2022-02-24T00:00:00.000Z"
    assert campaign["created"] == "2022-02-24T00:00:00.000Z"


def test_exports_stix_ids_are_deterministic(events, documents):
    first = bundle(events, documents)
    shuffled = list(events)
    random.Random(7).shuffle(shuffled)
    assert bundle(shuffled, documents) == first
    assert export("stix", shuffled, documents)[1] == export("stix", events, documents)[1]


def test_exports_stix_fixed_timestamp_sets_created(events, documents):
    data = bundle(events, documents, fixed_timestamp=datetime(2025, 5, 22, 12, 0, 0))
    assert stix_problems(data) == []
    assert {o["created"] for o in data["objects"]} == {"2025-05-22T12:00:00.000Z"}


def test_exports_stix_without_cyber_events_is_an_empty_bundle(events):
    count, text = export("stix", [e for e in events if e.type != "cyber_operation"])
    data = json.loads(text)
    assert count == 0
    assert "objects" not in data
    assert stix_problems(data) == []


def test_exports_validator_catches_a_bad_object(events, documents):
    data = bundle(events, documents)
    data["objects"][0] = {**data["objects"][0], "id": "report--not-a-uuid"}
    del data["objects"][1]["name"]
    problems = stix_problems(data)
    assert any("id is not report--uuid" in p for p in problems)
    assert any("missing name" in p for p in problems)


@pytest.mark.parametrize(("fmt", "suffix"), [("jsonl", "jsonl"), ("acled", "csv"), ("geojson", "geojson"),
                                             ("stix", "stix.json")])
def test_exports_match_golden_file(events, documents, golden, fmt, suffix):
    golden(f"sample.{suffix}", export(fmt, events, documents)[1])
