"""Helpers for the extraction-stage tests: sentences and analyses built from our own text.

Every text in tests/extract is written by us about real events of the war; nothing here is
copied from the shared articles.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kronika.domain import Document, Event
from kronika.extract.analysis import Analysis, Sentence
from kronika.extract.sentences import segment


def _sentence(text: str, start: int = 0) -> Sentence:
    return Sentence(index=0, start=start, end=start + len(text), text=text, paragraph=0, story=0)


def _analysis(
    text: str, language: str = "fr", published: date | None = None, body_start: int = 0
) -> Analysis:
    document = Document(id="test.txt", text=text, body_start=body_start, language=language, published=published)
    analysis = Analysis(document=document, language=language)
    segment(analysis)
    return analysis


@pytest.fixture
def make_sentence() -> Callable[..., Sentence]:
    """A factory of one-sentence ``Sentence`` objects: make_sentence(text, start=0)."""
    return _sentence


@pytest.fixture
def make_analysis() -> Callable[..., Analysis]:
    """A factory of segmented analyses: make_analysis(text, language, published, body_start)."""
    return _analysis


def _extract(text: str, language: str, published: date | None = date(2025, 5, 22)) -> list[Event]:
    from kronika.extract import extract_events

    return extract_events(Document(id="test.txt", text=text, language=language, published=published))


@pytest.fixture
def extract() -> Callable[..., list[Event]]:
    """The whole pipeline on our own text: extract(text, language, published=2025-05-22) -> events.

    spaCy and the knowledge base load once per process (the pipeline is cached), so every
    test that uses this fixture is marked slow.
    """
    return _extract
