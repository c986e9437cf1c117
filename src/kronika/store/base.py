"""What a store is asked for: the event query and the summary it gives of itself."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class EventQuery:
    """Which events to give back; every field left None matches everything.

    ``since``/``until``: the event's date range overlaps [since, until] (undated events are
    left out when either is set). ``type``/``subtype``: exact. ``country``: ISO alpha-2, any case.
    ``source``: case-insensitive substring of the attribution source or of one ``via``.
    ``text``: case-insensitive substring of the summary or of the evidence text.
    ``doc``: the document's file name. ``max_span_days``: the date range lasts at most
    that many days after its start (0 = one day). ``limit``: at most this many events.
    """

    since: date | None = None
    until: date | None = None
    type: str | None = None
    subtype: str | None = None
    country: str | None = None
    source: str | None = None
    text: str | None = None
    doc: str | None = None
    max_span_days: int | None = None
    limit: int | None = None


@dataclass(frozen=True, slots=True)
class StoreStats:
    """How much a store holds."""

    path: str
    schema_version: int
    documents: int
    events: int
    events_by_type: dict[str, int] = field(default_factory=dict)
    first_day: date | None = None
    last_day: date | None = None
