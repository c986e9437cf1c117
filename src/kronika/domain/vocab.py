"""The closed vocabularies of the event interchange format (SCHEMA v1)."""

from __future__ import annotations

EVENT_TYPES: tuple[str, ...] = (
    "attack",
    "interception",
    "damage",
    "cyber_operation",
    "disruption",
    "contact",
    "statement",
    "sanction",
    "deployment",
    "aid",
    "other",
)
ACTOR_ROLES: tuple[str, ...] = (
    "initiator",
    "target",
    "speaker",
    "addressee",
    "participant",
    "claimant",
    "victim",
)
CERTAINTIES: tuple[str, ...] = ("asserted", "claimed", "alleged", "denied", "hypothetical")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "range")
PLACE_PRECISIONS: tuple[str, ...] = ("site", "city", "region", "country", "none")
BOUNDS: tuple[str, ...] = ("exact", "at_least", "at_most", "approx")
LANGUAGES: tuple[str, ...] = ("fr", "en", "uk", "ru")
