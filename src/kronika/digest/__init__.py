"""The daily chronicle: a day's events as a cited digest in Markdown or HTML.

``build_digest(events, documents, day=…)`` selects the events of the day (dated on it, or
reported by a document published that day), groups them into themed sections (diplomacy,
strikes, disruptions, cyber operations, other) and, within a section, into stories (same
region or a shared actor). Each line is phrased from the event's fields in English or
French and ends with a citation marker; the "Sources" list gives the document and a short
quotation cut from the stored document text at the event's first evidence span.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kronika.digest.daily import Digest, compose
from kronika.digest.phrases import FORMATS, LANGS
from kronika.digest.render import to_html, to_markdown
from kronika.domain import Document, Event
from kronika.errors import UsageError

__all__ = ["FORMATS", "LANGS", "Digest", "build_digest", "compose"]


def build_digest(
    events: Sequence[Event],
    documents: Mapping[str, Document],
    *,
    day: date,
    lang: str = "en",
    fmt: str = "md",
    copies: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The chronicle of ``day`` as Markdown (``fmt="md"``) or a standalone HTML page (``"html"``).

    Args:
        events: candidate events; those not of ``day`` are left out (see :func:`daily.select`).
        documents: the stored documents by name (``Event.doc``), for titles, URLs and quotations.
        day: the calendar day; the heading gives its war-day number ("Day 1184" is 2025-05-22).
        lang: ``en`` or ``fr``.
        fmt: ``md`` or ``html``.
        copies: document name → the names of stored near copies of it (the same report relayed
            by other outlets), listed with its citation.

    Raises:
        UsageError: ``lang`` or ``fmt`` is not one of the allowed values.

    The output depends only on the arguments: the same events in any order give the same text.
    """
    if lang not in LANGS:
        raise UsageError(f"Unknown digest language {lang!r}. Available: {', '.join(LANGS)}")
    if fmt not in FORMATS:
        raise UsageError(f"Unknown digest format {fmt!r}. Available: {', '.join(FORMATS)}")
    digest = compose(events, documents, day=day, lang=lang, copies=copies)
    return to_html(digest) if fmt == "html" else to_markdown(digest)
