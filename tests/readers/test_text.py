"""The text reader: decoding, header block, offsets, broken files."""

from __future__ import annotations

import json

import pytest

from kronika import readers
from kronika.errors import BrokenFile
from kronika.readers.text import decode, parse_header


def read_one(path):
    items = list(readers.read(str(path)))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize("key", ["Title", "TITLE", "title", "tItLe"])
def test_text_header_keys_are_case_insensitive(write_file, key):
    item = read_one(write_file("a.txt", f"{key}: Drones over the bay\nDate: 2025-05-21\n\nBody here.\n"))
    assert item.meta["title"] == "Drones over the bay"
    assert item.meta["date"] == "2025-05-21"
    assert item.text[item.body_start :] == "Body here.\n"


def test_text_header_keeps_unknown_keys_in_meta(write_file):
    item = read_one(write_file("a.md", "Source: Our desk\nAuthor: A. Writer\nX-Feed-Id: 42\n\nText.\n"))
    assert item.meta == {"source": "Our desk", "author": "A. Writer", "x-feed-id": "42"}


@pytest.mark.parametrize(
    ("content", "body_start"),
    [
        ("Menu\n\nJour 12: rien de neuf.\n", 0),
        ("Update: the mayor spoke at noon.\n\nMore later.\n", 0),  # colon prose, no known key
        ("Just one paragraph with no header at all.", 0),
        ("\nDate: 2025-05-21\n\nText\n", 0),  # a header must start on the first line
        ("Date: 2025-05-21\n\n\nText\n", len("Date: 2025-05-21\n\n")),  # one blank line ends it
        ("Date: 2025-05-21\nTitle: Only a header\n", len("Date: 2025-05-21\nTitle: Only a header\n")),
    ],
)
def test_text_header_block_bounds(write_file, content, body_start):
    item = read_one(write_file("a.txt", content))
    assert item.body_start == body_start
    assert (item.meta != {}) == (body_start > 0)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfDate: 2025-05-21\r\n\r\nLine one.\r\nLine two.\r\n", "Date: 2025-05-21\n\nLine one.\nLine two.\n"),
        (b"Date: 2025-05-21\r\rLine one.\rLine two.", "Date: 2025-05-21\n\nLine one.\nLine two."),
        (b"\xef\xbb\xbfPlain text.\n", "Plain text.\n"),
    ],
)
def test_text_drops_bom_and_normalises_line_ends(write_file, raw, expected):
    item = read_one(write_file("a.txt", raw))
    assert item.text == expected
    assert "\ufeff" not in item.text
    assert "\r" not in item.text
    if item.meta:
        assert item.text[item.body_start :].startswith("Line one.")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_text_offsets_cut_the_quote_from_the_file_text(write_file, newline, bom):
    quote = "Над містом збили 7 дронів, повідомив мер."
    lines = ["Title: Тест", "Date: 21 травня 2025", "", "Перший абзац про погоду.", "", quote, ""]
    item = read_one(write_file("q.txt", (bom + newline.join(lines)).encode("utf-8")))
    start = item.text.index(quote)
    # The offsets a stage would give for the sentence: counted in characters of the read text.
    assert item.text[start : start + len(quote)] == quote
    assert start == len("Title: Тест\nDate: 21 травня 2025\n\nПерший абзац про погоду.\n\n")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"   \n\r\n\t\n", "empty"),
        (b"\xef\xbb\xbf", "empty"),
        (b"%PDF-1.7\x00\x01\x02binary", "NUL byte at byte offset 8"),
        ("UTF-16 text".encode("utf-16"), "UTF-16"),
        (b"Caf\xe9 au lait", "byte 0xe9 at byte offset 3"),
        (b"ok so far \xff\xfe", "byte offset 10"),
        (bytes(range(1, 32)) * 20, "control characters"),
    ],
)
def test_text_rejects_broken_files_with_a_reason(write_file, raw, reason):
    path = write_file("broken.txt", raw)
    with pytest.raises(BrokenFile) as caught:
        read_one(path)
    assert reason in caught.value.reason
    assert caught.value.location == str(path)
    assert str(path) in str(caught.value)


def test_text_parse_header_needs_the_first_line():
    assert parse_header("no header\n\nDate: 2025-05-21\n") == ({}, 0)


def test_text_decode_keeps_tabs_and_form_feeds():
    assert decode("x", b"a\tb\x0cc\n") == "a\tb\x0cc\n"


def test_text_reads_the_dev_articles_headers_and_quotes(shared_dir):
    docs = sorted((shared_dir / "eval" / "dev" / "docs").glob("*.txt"))
    assert docs, "no dev articles found"
    for path in docs:
        item = read_one(path)
        assert {"source", "date"} <= set(item.meta), path.name
        assert item.body_start > 0, path.name
        assert item.text[item.body_start - 1] == "\n", path.name
        gold = shared_dir / "eval" / "dev" / "gold" / (path.stem + ".json")
        if gold.exists():
            for event in json.loads(gold.read_text(encoding="utf-8")).get("events", []):
                if event.get("quote"):
                    assert event["quote"] in item.text, (path.name, event["quote"])


def test_text_reads_the_seed_without_header(shared_dir):
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    assert seeds, "no seed article found"
    item = read_one(seeds[0])
    assert item.body_start == 0
    assert item.meta == {}
    assert item.name == seeds[0].name
