"""The working state that extraction stages read and add to."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kronika.domain import Document, Event


@dataclass(slots=True)
class Mention:
    """A stretch of text that a stage recognised, with what it stands for.

    ``kind`` is one of place, actor, date, quantity, ner, weapon; ``value`` holds the resolved
    thing (a PlaceEntry, an ActorEntry, a DateValue, a QuantityValue, a label).
    """

    start: int
    end: int
    text: str
    kind: str
    value: Any
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DateValue:
    """A resolved date expression: ``start``..``end`` at a precision, and how it was found."""

    start: date
    end: date
    precision: str
    rule: str
    anchors_narrative: bool = True


@dataclass(slots=True)
class Sentence:
    """One sentence (or list item, or heading) with its offsets into the document text."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    story: int
    heading: bool = False
    list_item: bool = False
    restated: bool = False
    quotes: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    anchor: date | None = None
    anchor_start: date | None = None

    def of_kind(self, kind: str) -> list[Mention]:
        """Mentions of one kind in this sentence, in text order."""
        return [m for m in self.mentions if m.kind == kind]

    def in_quote(self, offset: int) -> bool:
        """Whether ``offset`` lies inside quotation marks that quote speech: a name in quotes
        («Укрзалізниця», « Toile d'araignée ») of up to three words is not a quote."""
        return any(s <= offset < e and not self._name_in_quotes(s, e) for s, e in self.quotes)

    def _name_in_quotes(self, start: int, end: int) -> bool:
        inner = self.text[start - self.start + 1 : end - self.start - 1].strip()
        return 0 < len(inner.split()) <= 3 and inner[:1].isupper() and not any(c in inner for c in ".,;:!?")


@dataclass(slots=True)
class Frame:
    """A candidate event: a trigger in a sentence and the fields gathered for it."""

    type: str
    subtype: str | None
    sentence: int
    start: int
    end: int
    trigger: str
    certainty: str = "asserted"
    date: DateValue | None = None
    places: list[Mention] = field(default_factory=list)
    actors: list[tuple[str, Mention]] = field(default_factory=list)
    quantities: list[Mention] = field(default_factory=list)
    source: Mention | None = None
    source_name: str | None = None
    via: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    dropped: str | None = None


@dataclass(slots=True)
class Analysis:
    """A document under extraction: sentences, mentions, frames, and finally events."""

    document: Document
    language: str = "en"
    published: date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The document's full text (offsets index it)."""
        return self.document.text
