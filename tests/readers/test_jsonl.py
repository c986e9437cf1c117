"""The JSON Lines reader: one document per line, a bad line reported alone."""

from __future__ import annotations

import pytest

from kronika import readers
from kronika.documents import to_document
from kronika.errors import BrokenFile, InputError
from kronika.settings import ExtractSettings

from ._expected import FIXTURES, actual, expected

LINES = FIXTURES / "jsonl" / "pipeline.jsonl"


def test_jsonl_yields_the_expected_documents():
    assert actual(LINES) == expected(LINES)


def test_jsonl_bad_lines_are_reported_by_line_and_the_rest_read():
    results = list(readers.read(str(LINES)))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.location for e in errors] == [f"{LINES}:{n}" for n in (4, 5, 6)]
    assert [r.name for r in results if not isinstance(r, InputError)] == ["pipe-001", "pipeline.jsonl:2", "pipeline.jsonl:7"]


def test_jsonl_fields_reach_the_document():
    first = next(readers.read(str(LINES)))
    document = to_document(first, ExtractSettings())
    assert document.published.isoformat() == "2025-05-24"
    assert document.language == "uk"
    assert document.url.endswith("/obmin-2")
    assert document.title == "Обмін полоненими: другий етап"


def test_jsonl_keeps_a_line_separator_inside_a_text():
    last = list(readers.read(str(LINES)))[-1]
    assert "\u2028" in last.text


@pytest.mark.parametrize(("name", "head", "taken"), [
    ("x.jsonl", b"anything", True),
    ("x.ndjson", b"", True),
    ("lines", b'{"text": "a"}\n{"text": "b"}\n', True),
    ("export.json", b'{\n "name": "c",\n "messages": [\n', False),
    ("one.json", b'{"title": "no text key"}\n', False),
])
def test_jsonl_detect(name, head, taken):
    assert readers.readers.get("jsonl").obj.detect(name, head) is taken


def test_jsonl_empty_file_is_broken(write_file):
    with pytest.raises(BrokenFile, match="empty"):
        list(readers.read(str(write_file("e.jsonl", "\n\n"))))


def test_jsonl_date_as_unix_time_is_read_as_utc(write_file):
    path = write_file("t.jsonl", '{"text": "Drones over Sumy.", "date": 1747800760}\n{"text": "x", "date": 1e30}\n')
    first, second = list(readers.read(str(path)))
    assert first.meta["date"] == "2025-05-21T04:12:40+00:00"
    assert to_document(first, ExtractSettings()).published.isoformat() == "2025-05-21"
    assert isinstance(second, InputError)
    assert "not a Unix time" in second.reason
