"""Events out to files: the ``exporters`` registry and :func:`write`.

Formats, one module each: ``jsonl`` (SCHEMA v1), ``acled`` (ACLED-style CSV; cyber
operations are not ACLED events and are left out), ``geojson`` (a FeatureCollection of the
events that have coordinates) and ``stix`` (a STIX 2.1 bundle of the cyber operations).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TextIO

from kronika.domain import Document, Event
from kronika.errors import KronikaError, UsageError
from kronika.exports import acled, geojson, jsonl, stix
from kronika.exports.base import Exporter, exporters

__all__ = ["Exporter", "acled", "exporters", "geojson", "jsonl", "stix", "write"]


def write(
    fmt: str, events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """Write ``events`` to ``out`` as ``fmt``; the number of records written.

    A record is a line (jsonl), a row (acled), a feature (geojson) or a campaign (stix);
    events a format cannot hold (cyber operations in ACLED, events without coordinates in
    GeoJSON, anything but cyber operations in STIX) are left out and not counted.

    Raises:
        UsageError: ``fmt`` is not a registered format; the message lists those that are.
    """
    try:
        entry = exporters.get(fmt)
    except KronikaError as error:
        raise UsageError(str(error)) from None
    return entry.obj(events, out, documents=documents)
