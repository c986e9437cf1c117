"""A document as read, and spans of characters into its text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``[start, end)`` of a document's text, header included."""

    start: int
    end: int

    def to_json(self) -> dict[str, int]:
        """The span as SCHEMA v1 evidence."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Document:
    """One article, post or page: its full text and what is known about it.

    ``text`` is the file as decoded (header block included, BOM dropped, line ends kept
    as ``\\n``) so that every evidence offset cuts the quote out of ``text``.
    ``body_start`` is where the article proper starts, after the header block.
    ``published`` is the publication date at ``published_precision`` (``day``, ``month``
    or ``year``); ``None`` when unknown.
    """

    id: str
    text: str
    body_start: int = 0
    language: str | None = None
    published: date | None = None
    published_precision: str = "day"
    title: str | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """The article text after the header block."""
        return self.text[self.body_start :]

    @property
    def content_hash(self) -> str:
        """SHA-256 of the text, to recognise the same document read twice."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()
