"""The feed reader on our own RSS 2.0 and Atom feeds: one document per entry, a broken entry skipped."""

from __future__ import annotations

import pytest

from kronika import readers
from kronika.documents import to_document
from kronika.errors import BrokenFile, InputError
from kronika.settings import ExtractSettings

from ._expected import FIXTURES, actual, expected

RSS = FIXTURES / "feeds" / "frontline_wire.rss"
ATOM = FIXTURES / "feeds" / "le_veilleur.atom"


@pytest.mark.parametrize("path", [RSS, ATOM], ids=["rss", "atom"])
def test_feed_yields_the_expected_documents(path):
    assert actual(path) == expected(path)


@pytest.mark.parametrize("path", [RSS, ATOM], ids=["rss", "atom"])
def test_feed_sniffed_by_content_whatever_the_name(path):
    head = path.read_bytes()[:4096]
    assert readers.sniff("download", head) is readers.readers.get("feed").obj
    assert readers.sniff("feed.xml", head) is readers.readers.get("feed").obj


def test_feed_broken_entry_is_reported_and_the_rest_read():
    results = list(readers.read(str(RSS)))
    errors = [r for r in results if isinstance(r, InputError)]
    assert [e.location for e in errors] == [f"{RSS}#3"]
    assert "neither a title nor any text" in errors[0].reason
    assert results.index(errors[0]) == 2
    assert len(results) == 4


def test_feed_entry_keeps_date_link_title_and_takes_markup_out():
    first = next(readers.read(str(RSS)))
    assert first.meta["title"].startswith("Second round")
    assert first.meta["url"].endswith("/istanbul-second-round")
    body = first.text[first.body_start :]
    assert "<p>" not in body
    assert "6,000 fallen soldiers" in body
    assert "\n\n" in body  # paragraphs kept apart
    document = to_document(first, ExtractSettings())
    assert document.published.isoformat() == "2025-06-02"
    assert document.language == "en"


def test_atom_keeps_the_publishers_local_day_and_warns_on_an_unreadable_date():
    items = [i for i in readers.read(str(ATOM)) if not isinstance(i, InputError)]
    documents = [to_document(i, ExtractSettings()) for i in items]
    assert [d.published.isoformat() if d.published else None for d in documents] == ["2025-05-23", "2025-04-13", None]
    assert any("unreadable date" in w for w in documents[2].warnings)
    assert all(d.language == "fr" for d in documents)


def test_feed_xhtml_content_becomes_plain_text():
    items = [i for i in readers.read(str(ATOM)) if not isinstance(i, InputError)]
    body = items[1].text[items[1].body_start :]
    assert body.startswith("Deux missiles balistiques")
    assert "<" not in body


def test_feed_title_only_entry_keeps_its_title_as_text(write_file):
    path = write_file(
        "t.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Explosions reported in Odesa</title><link>https://t.example/1</link></item>"
        "</channel></rss>",
    )
    (item,) = list(readers.read(str(path)))
    assert item.text[item.body_start :] == "Explosions reported in Odesa\n"


def test_feed_without_entries_that_is_not_xml_is_broken(write_file):
    path = write_file("bad.xml", "<rss version='2.0'><<<>>>")
    with pytest.raises(BrokenFile, match="not a readable feed"):
        list(readers.read(str(path)))


def test_malformed_feed_with_entries_is_read_with_a_warning(write_file):
    path = write_file(
        "half.rss",
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Drones over Kharkiv</title><description>Air defence was active &amp; loud.</description></item>"
        "<item><title>Second</title><description>Broken & entity</description></item>",
    )
    items = [i for i in readers.read(str(path)) if not isinstance(i, InputError)]
    assert items
    assert items[0].meta["title"] == "Drones over Kharkiv"
    assert any("not well-formed" in w for w in items[0].warnings)
