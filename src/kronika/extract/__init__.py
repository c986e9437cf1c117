"""Extraction: Document → list[Event], through registered stages."""

from __future__ import annotations

from kronika.domain import Document, Event
from kronika.settings import ExtractSettings


def extract_events(document: Document, settings: ExtractSettings | None = None) -> list[Event]:
    """The events of one document (placeholder until the stages land)."""
    return []
