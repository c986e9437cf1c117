"""Shared fixtures: a file writer, a temporary SQLite store, hand-built events, a fake extractor.

The texts used here are our own sentences; the articles of ../shared are only read, by the
tests that need them, through the ``shared_dir`` fixture.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from kronika.domain import Actor, Attribution, DateRange, Document, Event, Place, Quantity, Span
from kronika.store import SQLiteStore, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Our own short article in Ukrainian, with a header block.
ARTICLE_UK = (
    "Title: Нічна атака дронів\n"
    "Date: 2025-05-21\n"
    "Source: Тестова агенція\n"
    "\n"
    "Уночі сили ППО збили 12 дронів над областю.\n"
    "\n"
    "Пошкоджень не зафіксовано.\n"
)
# Our own short article in French, without a header.
ARTICLE_FR = "Des drones ont visé un dépôt près de la ville mardi soir.\n\nLe maire appelle au calme.\n"


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[..., Path]:
    """A function that writes text (UTF-8) or bytes to ``tmp_path/name`` and returns the path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
        return path

    return write


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database file goes (not created yet)."""
    return tmp_path / "db" / "kronika.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[SQLiteStore]:
    """A fresh, migrated SQLite store in a temporary file."""
    with open_store(str(db_path)) as opened:
        yield opened


def _make_document(name: str = "a.txt", text: str = ARTICLE_FR, **kw: object) -> Document:
    """A Document built by hand."""
    return Document(id=name, text=text, **kw)  # type: ignore[arg-type]


def _make_event(doc: str = "a.txt", **kw: object) -> Event:
    """An Event built by hand with every field filled; keywords replace fields."""
    fields: dict[str, object] = {
        "doc": doc,
        "type": "interception",
        "subtype": "drone",
        "date": DateRange(date(2025, 5, 21), date(2025, 5, 21), "day"),
        "location": Place("Kyiv Oblast", "UA", 50.45, 30.52, "region", "ua-kyiv", "Kyiv"),
        "actors": (Actor("claimant", "Air Force of Ukraine", "ua-af"), Actor("initiator", "Russia")),
        "quantities": (Quantity(12, "drone", "shot_down", "exact"), Quantity(2.5, "hour", "duration", "approx")),
        "attribution": Attribution("Air Force of Ukraine", ("Укрінформ", "Reuters"), "claimed"),
        "evidence": (Span(0, 20),),
        "summary": "Air defence shot down 12 drones over the region.",
        "language": "uk",
        "quote": "shot down",
        "field_evidence": {"quantities": (Span(5, 9),)},
    }
    fields.update(kw)
    return Event(**fields)  # type: ignore[arg-type]


@pytest.fixture
def make_document() -> Callable[..., Document]:
    """A factory of Documents built by hand: make_document(name, text, **fields)."""
    return _make_document


@pytest.fixture
def make_event() -> Callable[..., Event]:
    """A factory of fully filled Events: make_event(doc, **fields to replace)."""
    return _make_event


@pytest.fixture
def articles() -> dict[str, str]:
    """Our own two short articles: "uk" with a header block, "fr" without."""
    return {"uk": ARTICLE_UK, "fr": ARTICLE_FR}


def _fake_events(document: Document) -> list[Event]:
    """One event per body paragraph that mentions drones; raises on a paragraph saying BOOM."""
    events: list[Event] = []
    offset = document.body_start
    for paragraph in document.body.split("\n\n"):
        start = document.text.index(paragraph, offset) if paragraph else offset
        offset = start + len(paragraph)
        if "BOOM" in paragraph:
            raise ValueError("the fake extractor hit a paragraph it cannot read")
        if "drone" in paragraph.lower() or "дрон" in paragraph.lower():
            day = document.published or date(2025, 5, 20)
            events.append(
                Event(
                    doc=document.id,
                    type="attack",
                    subtype="drone",
                    date=DateRange(day, day, "day"),
                    location=Place("Test Town", "UA", 50.0, 30.0, "city"),
                    evidence=(Span(start, start + len(paragraph.rstrip("\n"))),),
                    summary=f"Drones in {document.id}.",
                    attribution=Attribution(document.source, (), "asserted"),
                )
            )
    return events


@pytest.fixture
def fake_extract(monkeypatch: pytest.MonkeyPatch) -> Callable[[Document], list[Event]]:
    """Replace the extraction in batch runs by a predictable one (no spaCy, no models)."""
    monkeypatch.setattr("kronika.batch._extract", lambda document, settings: _fake_events(document))
    return _fake_events


@pytest.fixture
def shared_dir() -> Path:
    """The ../shared folder; skips when absent, except under CI=true where it must be there."""
    if not SHARED.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing; CI needs the shared articles beside the repository")
        pytest.skip(f"{SHARED} is absent: the shared articles are not beside this checkout")
    return SHARED
