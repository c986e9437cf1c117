"""ACLED-style CSV: one row per event, in the columns and vocabulary of the ACLED codebook.

Kronika types map onto ACLED's event types (attacks → Explosions/Remote violence or
Battles; interceptions, disruptions, deployments and diplomacy → Strategic developments).
``cyber_operation`` events have no ACLED counterpart and are left out; :func:`write_acled`
returns only the number of rows written. Columns kronika cannot fill (``inter1``,
``interaction``, ``admin2``, ``admin3``, ``source_scale``) are left empty.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from typing import TextIO

from kronika.domain import Document, Event
from kronika.exports.base import exporters
from kronika.exports.countries import ACLED_REGION, COUNTRIES

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "tags", "timestamp",
)

EXPLOSIONS = "Explosions/Remote violence"
BATTLES = "Battles"
STRATEGIC = "Strategic developments"

# (kronika type, subtype) → (ACLED event_type, sub_event_type); (type, None) for any other subtype.
EVENT_TYPES: dict[tuple[str, str | None], tuple[str, str]] = {
    ("attack", "drone"): (EXPLOSIONS, "Air/drone strike"),
    ("attack", "air"): (EXPLOSIONS, "Air/drone strike"),
    ("attack", "missile"): (EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("attack", "artillery"): (EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("attack", "mixed"): (EXPLOSIONS, "Shelling/artillery/missile attack"),
    ("attack", "ground"): (BATTLES, "Armed clash"),
    ("attack", None): (EXPLOSIONS, "Shelling/artillery/missile attack"),
    # a shot-down drone or missile is ACLED's "disrupted weapons use"
    ("interception", None): (STRATEGIC, "Disrupted weapons use"),
    # damage is the effect of an attack, which ACLED records on the attack itself
    ("damage", None): (STRATEGIC, "Other"),
    ("disruption", None): (STRATEGIC, "Other"),
    ("deployment", "troops"): (STRATEGIC, "Change to group/activity"),
    ("deployment", "equipment"): (STRATEGIC, "Change to group/activity"),
    ("deployment", None): (STRATEGIC, "Other"),
    ("contact", "negotiation"): (STRATEGIC, "Agreement"),
    ("contact", None): (STRATEGIC, "Other"),
    ("statement", None): (STRATEGIC, "Other"),
    ("sanction", None): (STRATEGIC, "Other"),
    ("aid", None): (STRATEGIC, "Other"),
    ("other", None): (STRATEGIC, "Other"),
}

DISORDER = {EXPLOSIONS: "Political violence", BATTLES: "Political violence", STRATEGIC: "Strategic developments"}
GEO_PRECISION = {"site": "1", "city": "1", "region": "2", "country": "3"}
SKIPPED_TYPES = frozenset({"cyber_operation"})


def acled_types(event: Event) -> tuple[str, str]:
    """ACLED ``event_type`` and ``sub_event_type`` for a kronika event."""
    return (
        EVENT_TYPES.get((event.type, event.subtype))
        or EVENT_TYPES.get((event.type, None))
        or (STRATEGIC, "Other")
    )


def time_precision(event: Event) -> str:
    """1 for a day, 2 for a week or a range of up to 7 days, 3 for a month or wider."""
    when = event.date
    if when is None:
        return "3"
    days = (when.end - when.start).days
    if days == 0 and when.precision == "day":
        return "1"
    if days <= 7 and when.precision in ("day", "week", "range"):
        return "2"
    return "3"


def _event_id(event: Event, alpha3: str) -> str:
    # a digest of the whole event: the same event gets the same id in every export
    digest = hashlib.sha1(
        json.dumps(event.to_json(), sort_keys=True, ensure_ascii=False).encode("utf-8"), usedforsecurity=False
    ).hexdigest()
    return f"{alpha3}{int(digest[:12], 16) % 10**9:09d}"


def _names(event: Event, *roles: str) -> list[str]:
    return list(dict.fromkeys(a.name for a in event.actors if a.role in roles))


def _number(value: float | None) -> str:
    # ACLED gives coordinates to four decimals (about 10 m)
    return "" if value is None else f"{value:.4f}"


def row(event: Event) -> dict[str, str]:
    """One ACLED-style row for a (non-cyber) event."""
    place = event.location
    code = (place.country or "").upper()
    alpha3, iso, country = COUNTRIES.get(code, ("", 0, code))
    event_type, sub_event_type = acled_types(event)
    initiators = _names(event, "initiator")
    targets = _names(event, "target", "victim")
    fatalities = sum(
        int(q.value) for q in event.quantities if q.what == "killed" and q.bound in ("exact", "at_least")
    )
    attribution = event.attribution
    sources = [s for s in (attribution.source, *attribution.via) if s]
    notes = event.summary
    if attribution.certainty != "asserted":
        notes = f"{notes} [{attribution.certainty}]".strip()
    when = event.date
    timestamp = (
        str(int(datetime(when.start.year, when.start.month, when.start.day, tzinfo=UTC).timestamp()))
        if when
        else ""
    )
    return {
        "event_id_cnty": _event_id(event, alpha3 or "XXX"),
        "event_date": when.start.isoformat() if when else "",
        "year": str(when.start.year) if when else "",
        "time_precision": time_precision(event),
        "disorder_type": DISORDER[event_type],
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": initiators[0] if initiators else "",
        "assoc_actor_1": "; ".join(initiators[1:]),
        "inter1": "",
        "actor2": targets[0] if targets else "",
        "interaction": "",
        "civilian_targeting": "Civilian targeting" if _names(event, "victim") else "",
        "iso": str(iso) if iso else "",
        "region": ACLED_REGION.get(code, ""),
        "country": country,
        "admin1": place.admin1 or (place.name or "" if place.precision == "region" else ""),
        "admin2": "",
        "admin3": "",
        "location": place.name or "",
        "latitude": _number(place.lat),
        "longitude": _number(place.lon),
        "geo_precision": GEO_PRECISION.get(place.precision, ""),
        "source": "; ".join(sources),
        "source_scale": "",
        "notes": notes,
        "fatalities": str(fatalities),
        "tags": f"kronika_type={event.type}/{event.subtype or ''}; certainty={attribution.certainty}; doc={event.doc}",
        "timestamp": timestamp,
    }


@exporters.register("acled")
def write_acled(
    events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """ACLED-style CSV with a header row; cyber operations are left out (not ACLED events)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for event in events:
        if event.type in SKIPPED_TYPES:
            continue
        writer.writerow(row(event))
        count += 1
    return count
