"""RSS 2.0, RSS 1.0 and Atom feeds (files or URLs) → one item per entry.

Each entry gives an item with its title, date, link, author, the feed's title as source and
the entry's (else the feed's) language. The text is the entry's content with the markup taken
out (paragraphs kept), preceded by its summary when the summary says something the content does
not; an entry with a title but no text is kept with its title as text, since a headline alone
can report an event. The date is the entry's own published (else updated) date as the feed
writes it, so that the publisher's local day is kept.

An entry with neither title nor text is yielded as an InputError naming its position
(``feed.xml#3``), and the entries after it are read. A file that is no feed at all raises
BrokenFile. The item is named after the entry's link (else its id, else ``feed.xml#3``).
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any

from kronika.errors import BrokenFile, InputError
from kronika.readers import (
    ReaderSpec,
    ReadResult,
    SourceItem,
    is_url,
    one_line,
    readers,
    root_element,
    with_header,
)
from kronika.readers._markup import html_to_text

ROOTS: frozenset[str] = frozenset({"rss", "feed", "rdf:rdf"})


def detect(name: str, head: bytes) -> bool:
    """True when the root element is ``<rss>``, ``<feed>`` (Atom) or ``<rdf:RDF>`` (RSS 1.0)."""
    return root_element(head) in ROOTS


def _label(location: str) -> str:
    if location == "-":
        return "stdin"
    return location if is_url(location) else PurePath(location).name or location


def _norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _body(entry: Any) -> str:
    contents = [html_to_text(_text(c.get("value"))) for c in entry.get("content") or [] if isinstance(c, dict)]
    content = max(contents, key=len, default="")
    summary = html_to_text(_text(entry.get("summary")))
    if not content:
        return summary
    if summary and _norm(summary) not in _norm(content):
        return f"{summary}\n\n{content}"
    return content


def _language(entry: Any, feed_language: str) -> str:
    for detail in [*(entry.get("content") or []), entry.get("summary_detail") or {}]:
        if isinstance(detail, dict) and isinstance(detail.get("language"), str) and detail["language"]:
            return str(detail["language"])
    return feed_language


def read(location: str, data: bytes) -> ReadResult:
    """One SourceItem per entry; an InputError for an entry without title or text."""
    import feedparser

    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries and (parsed.get("bozo") or not parsed.get("version")):
        problem = parsed.get("bozo_exception")
        detail = f" ({one_line(str(problem))})" if problem else ""
        raise BrokenFile(location, f"not a readable feed{detail}")
    feed = parsed.get("feed") or {}
    source = one_line(_text(feed.get("title")))
    feed_language = _text(feed.get("language"))
    label = _label(location)
    warnings: tuple[str, ...] = ()
    if parsed.get("bozo") and parsed.get("bozo_exception") is not None:
        warnings = (f"{label}: the feed is not well-formed ({one_line(str(parsed['bozo_exception']))}); read what could be",)
    for number, entry in enumerate(entries, start=1):
        where = f"{label}#{number}"
        title = one_line(_text(entry.get("title")))
        body = _body(entry) or title
        if not body:
            yield InputError(f"{location}#{number}", f"feed entry {number} has neither a title nor any text")
            continue
        link = _text(entry.get("link"))
        meta = {
            "title": title,
            "date": _text(entry.get("published")) or _text(entry.get("updated")),
            "source": source,
            "author": one_line(_text(entry.get("author"))),
            "url": link,
            "language": re.split(r"[-_]", _language(entry, feed_language))[0].lower(),
            "entry_id": _text(entry.get("id")),
        }
        meta = {key: value for key, value in meta.items() if value.strip()}
        text, body_start = with_header(meta, body)
        yield SourceItem(
            location=location,
            name=link or meta.get("entry_id") or where,
            text=text,
            body_start=body_start,
            meta=meta,
            warnings=warnings if number == 1 else (),
        )


FEED = readers.register("feed")(ReaderSpec(detect=detect, read=read, priority=60))
