"""to_document(): publication date and its precision, language, identity; the date parser."""

from __future__ import annotations

from datetime import date

import pytest

from kronika.documents import parse_published, to_document
from kronika.readers import SourceItem
from kronika.settings import ExtractSettings

SETTINGS = ExtractSettings()


def item(meta=None, text="Title: x\n\nBody.\n", name="n.txt"):
    return SourceItem(location=f"/in/{name}", name=name, text=text, body_start=10, meta=meta or {})


@pytest.mark.parametrize(
    ("raw", "value", "precision"),
    [
        ("2025-05-22", date(2025, 5, 22), "day"),
        ("2025-05-22T10:00:00Z", date(2025, 5, 22), "day"),
        ("2025-05-22T23:30:00+03:00", date(2025, 5, 22), "day"),
        ("2025-05-22 10:00", date(2025, 5, 22), "day"),
        ("2025-05", date(2025, 5, 1), "month"),
        ("2025", date(2025, 1, 1), "year"),
        ("22/05/2025", date(2025, 5, 22), "day"),
        ("22.05.2025", date(2025, 5, 22), "day"),
        ("22 May 2025", date(2025, 5, 22), "day"),
        ("May 22, 2025", date(2025, 5, 22), "day"),
        ("Thu, 22 May 2025 10:00:00 +0000", date(2025, 5, 22), "day"),
        ("22 mai 2025", date(2025, 5, 22), "day"),
        ("jeudi 22 mai 2025 à 10h30", date(2025, 5, 22), "day"),
        ("1er février 2025", date(2025, 2, 1), "day"),
        ("22 травня 2025", date(2025, 5, 22), "day"),
        ("22 травня 2025 року", date(2025, 5, 22), "day"),
        ("22 мая 2025", date(2025, 5, 22), "day"),
        ("22 мая 2025 г.", date(2025, 5, 22), "day"),
        ("mai 2025", date(2025, 5, 1), "month"),
        ("December 2024", date(2024, 12, 1), "month"),
    ],
)
def test_published_reads_dates_in_four_languages(raw, value, precision):
    parsed = parse_published(raw)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (value, precision)


@pytest.mark.parametrize("raw", ["", "yesterday", "la veille", "2025-13-01", "31/02/2025", "hello 2025", "22 Smarch 2025"])
def test_published_gives_none_for_unreadable_dates(raw):
    assert parse_published(raw) is None


@pytest.mark.parametrize(
    ("header", "published", "precision"),
    [
        ("2025-05-21", date(2025, 5, 21), "day"),
        ("2025-05", date(2025, 5, 1), "month"),
        ("2025", date(2025, 1, 1), "year"),
        ("21 травня 2025", date(2025, 5, 21), "day"),
    ],
)
def test_document_takes_the_header_date_with_its_precision(header, published, precision):
    doc = to_document(item({"date": header}), SETTINGS)
    assert (doc.published, doc.published_precision) == (published, precision)
    assert doc.warnings == ()


def test_document_warns_about_an_unreadable_date_and_still_reads():
    doc = to_document(item({"date": "the day before yesterday"}), SETTINGS)
    assert doc.published is None
    assert len(doc.warnings) == 1
    assert "unreadable date" in doc.warnings[0]
    assert "n.txt" in doc.warnings[0]
    assert doc.text == "Title: x\n\nBody.\n"


def test_document_published_argument_overrides_the_header():
    doc = to_document(item({"date": "2025-05"}), SETTINGS, published=date(2025, 5, 19))
    assert (doc.published, doc.published_precision) == (date(2025, 5, 19), "day")


@pytest.mark.parametrize(
    ("argument", "setting", "header", "expected"),
    [
        ("fr", "auto", "en", "fr"),
        ("auto", "auto", "uk", "uk"),
        (None, "auto", "RU", "ru"),
        (None, "auto", "fr-FR", "fr"),
        (None, "auto", "English", "en"),
        (None, "uk", "en", "uk"),
        ("en", "uk", None, "en"),
        (None, "auto", None, None),
    ],
)
def test_document_language_priority(argument, setting, header, expected):
    meta = {"language": header} if header else {}
    doc = to_document(item(meta), ExtractSettings(language=setting), language=argument)
    assert doc.language == expected


def test_document_warns_about_a_language_kronika_does_not_read():
    doc = to_document(item({"language": "de"}), SETTINGS)
    assert doc.language is None
    assert "'de'" in doc.warnings[0]


def test_document_identity_and_header_fields():
    meta = {"title": "T", "source": "https://example.org/a", "author": "Me"}
    doc = to_document(item(meta, name="x.txt"), SETTINGS)
    assert doc.id == "x.txt"
    assert doc.path == "/in/x.txt"
    assert (doc.title, doc.source, doc.url) == ("T", "https://example.org/a", "https://example.org/a")
    assert doc.metadata["author"] == "Me"
    assert doc.body == "Body.\n"


def test_document_url_header_wins_over_a_source_url():
    doc = to_document(item({"source": "Agency", "url": "https://example.org/b"}), SETTINGS)
    assert (doc.source, doc.url) == ("Agency", "https://example.org/b")


def test_document_warns_when_longer_than_extraction_reads():
    doc = to_document(item(text="x" * 50), ExtractSettings(max_chars=10))
    assert "extract.max_chars" in doc.warnings[0]
