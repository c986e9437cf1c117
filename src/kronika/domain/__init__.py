"""Types every layer speaks: documents, spans and events (SCHEMA v1)."""

from kronika.domain.document import Document, Span
from kronika.domain.event import Actor, Attribution, DateRange, Event, Place, Quantity
from kronika.domain.vocab import (
    ACTOR_ROLES,
    BOUNDS,
    CERTAINTIES,
    DATE_PRECISIONS,
    EVENT_TYPES,
    PLACE_PRECISIONS,
)

__all__ = [
    "ACTOR_ROLES",
    "BOUNDS",
    "CERTAINTIES",
    "DATE_PRECISIONS",
    "EVENT_TYPES",
    "PLACE_PRECISIONS",
    "Actor",
    "Attribution",
    "DateRange",
    "Document",
    "Event",
    "Place",
    "Quantity",
    "Span",
]
