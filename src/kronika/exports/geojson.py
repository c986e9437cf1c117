"""GeoJSON (RFC 7946): a FeatureCollection of Point features for the events that have coordinates."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

from kronika.domain import Document, Event
from kronika.exports.base import exporters


def properties(event: Event) -> dict[str, Any]:
    """The event's fields flattened for a map: scalars at the top, lists of small objects kept."""
    when, place, att = event.date, event.location, event.attribution
    return {
        "doc": event.doc,
        "type": event.type,
        "subtype": event.subtype,
        "date_start": when.start.isoformat() if when else None,
        "date_end": when.end.isoformat() if when else None,
        "date_precision": when.precision if when else None,
        "place": place.name,
        "place_id": place.id,
        "admin1": place.admin1,
        "country": place.country,
        "place_precision": place.precision,
        "actors": [a.to_json() for a in event.actors],
        "quantities": [q.to_json() for q in event.quantities],
        "source": att.source,
        "via": list(att.via),
        "certainty": att.certainty,
        "evidence": [s.to_json() for s in event.evidence],
        "summary": event.summary,
    }


def feature(event: Event) -> dict[str, Any] | None:
    """A Point feature (``[lon, lat]``, RFC 7946 order) or ``None`` without coordinates."""
    place = event.location
    if place.lat is None or place.lon is None:
        return None
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
        "properties": properties(event),
    }


@exporters.register("geojson")
def write_geojson(
    events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """One FeatureCollection; events without coordinates are left out."""
    features = [f for f in map(feature, events) if f is not None]
    json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(features)
