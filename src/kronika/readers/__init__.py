"""Readers: a location (file, folder, glob) → ``SourceItem``s, one per article or post.

Each reader registers by name with a ``detect(name, head) -> bool`` function that looks at the
file name and its first bytes, and a ``read(location, data) -> Iterator[SourceItem | InputError]``
function. A reader raises :class:`~kronika.errors.InputError` when the whole input is unusable,
and yields an ``InputError`` for one broken item inside an otherwise good input (a feed entry,
a Telegram post) so that the rest goes on.

The entry points are :func:`expand` (locations → files), :func:`sniff` (file → reader) and
:func:`read` (file → items). ``-`` stands for standard input; an ``http://`` or ``https://``
location is fetched (:mod:`kronika.readers.fetch`), only because the user named it.

Readers that build their text from structured input (web pages, feeds, Telegram, JSON Lines)
start it with a header block made by :func:`with_header`, the one the text reader parses, so
that a stored document says where it came from and reads back the same as a ``.txt`` file.
"""

from __future__ import annotations

import glob
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kronika.errors import BrokenFile, InputError, UnsupportedFormat, UsageError
from kronika.registry import Registry
from kronika.settings import FetchSettings


@dataclass(frozen=True, slots=True)
class SourceItem:
    """One article or post as read, before it becomes a Document.

    ``text`` is what evidence offsets index; ``body_start`` is where the article proper starts
    (after a header block). ``meta`` keys are lower case: title, date, source, url, language,
    author, channel, via, post_id.
    """

    location: str
    name: str
    text: str
    body_start: int = 0
    meta: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


ReadResult = Iterator[SourceItem | InputError]


@dataclass(frozen=True, slots=True)
class ReaderSpec:
    """A registered reader: how to recognise its input and how to read it."""

    detect: Callable[[str, bytes], bool]
    read: Callable[[str, bytes], ReadResult]
    priority: int = 50


readers: Registry[ReaderSpec] = Registry("reader")

HEAD_BYTES = 4096
STDIN = "-"
URL_SCHEMES = ("http://", "https://")

# Order of the header lines that readers write; the text reader reads any order.
_HEADER_ORDER = ("title", "date", "source", "author", "channel", "via", "url", "language")
_HEADER_NAMES = {"url": "URL"}
# What may stand before the root element of an XML or HTML file: a BOM, white space, an XML
# declaration or processing instruction, comments, a doctype (kept apart: it names HTML).
_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s+|<\?.*?\?>|<!--.*?-->)*", re.DOTALL)
_DOCTYPE = re.compile(rb"<!doctype\s+([a-z]+)[^>]*>", re.IGNORECASE)
_ROOT = re.compile(rb"<([a-zA-Z][\w.:-]*)")


def is_url(location: str) -> bool:
    """True for an ``http://`` or ``https://`` location."""
    return location.lower().startswith(URL_SCHEMES)


def root_element(head: bytes) -> str | None:
    """The lower-case name of the first element of an XML/HTML file, ``"html"`` for an HTML doctype.

    None when the file does not start with markup (after white space, a declaration, comments).
    """
    rest = head[_PROLOG.match(head).end() :]  # type: ignore[union-attr]  # the pattern matches ""
    doctype = _DOCTYPE.match(rest)
    if doctype is not None:
        if doctype.group(1).lower() == b"html":
            return "html"
        rest = rest[doctype.end() :]
        rest = rest[_PROLOG.match(rest).end() :]  # type: ignore[union-attr]
    root = _ROOT.match(rest)
    return root.group(1).decode("ascii", "replace").lower() if root else None


def one_line(value: str) -> str:
    """``value`` on one line: runs of white space (new lines included) become one space."""
    return " ".join(value.split())


def with_header(meta: dict[str, str], body: str) -> tuple[str, int]:
    """The text of an item as (header block + body, body_start) for the known ``meta`` keys.

    Keys are written as ``Title:``, ``Date:`` …, in a fixed order, empty values left out; the
    block ends with one blank line, so :func:`kronika.readers.text.parse_header` reads it back.
    The body ends with one new line.
    """
    lines = [f"{_HEADER_NAMES.get(key, key.title())}: {one_line(meta[key])}" for key in _HEADER_ORDER if meta.get(key, "").strip()]
    body = body.strip("\n") + "\n"
    if not lines:
        return body, 0
    header = "\n".join(lines) + "\n\n"
    return header + body, len(header)


def _is_hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _head(path: Path) -> bytes | None:
    try:
        with path.open("rb") as fh:
            return fh.read(HEAD_BYTES)
    except OSError:
        return None


def _folder_files(root: Path) -> list[str]:
    files: list[str] = []
    for path in sorted(root.rglob("*"), key=lambda p: p.parts):
        if not path.is_file() or _is_hidden(path, root):
            continue
        head = _head(path)
        # Unreadable files stay in the list so that the batch reports them; files that no
        # reader recognises (images, spreadsheets beside the articles) are left out of folders.
        if head is None or _sniffs(str(path), head):
            files.append(str(path))
    return files


def _sniffs(location: str, head: bytes) -> bool:
    try:
        sniff(location, head)
    except UnsupportedFormat:
        return False
    return True


def expand(paths: Sequence[str]) -> list[str]:
    """The files named by ``paths`` (files, folders searched recursively, globs), in order, each once.

    A folder yields its non-hidden files that some reader recognises, sorted by path. A file
    or a glob match is kept whatever its format, so that an unsupported one gets reported.
    ``-`` and URLs pass through unchanged (nothing is fetched here).
    Raises UsageError naming the first path that matches nothing (a missing file, a glob
    without match, a folder without any file a reader takes).
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(items: list[str]) -> None:
        for item in items:
            if item not in seen:
                seen.add(item)
                out.append(item)

    for raw in paths:
        if raw == STDIN or is_url(raw):
            add([raw])
            continue
        path = Path(raw)
        if path.is_dir():
            found = _folder_files(path)
            if not found:
                raise UsageError(
                    f"{raw}: no file in this folder that kronika reads (readers: {', '.join(readers.names())})"
                )
            add(found)
        elif path.exists():
            add([raw])
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                raise UsageError(f"{raw}: no file matches this pattern")
            for match in matches:
                add(_folder_files(Path(match)) if Path(match).is_dir() else [match])
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return out


def sniff(location: str, head: bytes) -> ReaderSpec:
    """The reader for ``location``: the highest-priority one whose detect() accepts it.

    Raises UnsupportedFormat, listing the readers, when none does.
    """
    candidates = [
        (entry.obj.priority, name, entry.obj)
        for name in readers.names()
        if (entry := readers.get(name)).obj.detect(location, head)
    ]
    if not candidates:
        suffix = Path(location).suffix or "no extension"
        raise UnsupportedFormat(
            location, f"not a format kronika reads ({suffix}); readers: {', '.join(readers.names())}"
        )
    return max(candidates, key=lambda c: (c[0], c[1]))[2]


def _load(location: str, fetch: FetchSettings | None) -> bytes:
    if location == STDIN:
        return sys.stdin.buffer.read()
    if is_url(location):
        from kronika.readers.fetch import fetch_url

        return fetch_url(location, fetch or FetchSettings()).data
    try:
        return Path(location).read_bytes()
    except IsADirectoryError:
        raise BrokenFile(location, "is a folder, not a file") from None
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        raise BrokenFile(location, f"cannot be read: {reason}") from None


def read(location: str, fetch: FetchSettings | None = None) -> ReadResult:
    """The items in the file at ``location`` (``-`` = standard input, or a URL), by the reader that sniffs it.

    Lazy: the file is opened (the URL fetched, with ``fetch`` settings) on the first ``next()``,
    which raises InputError (BrokenFile, UnsupportedFormat, FetchError) if the whole input is
    unusable. A broken item inside a good input is yielded as an InputError so that the items
    after it are still read. A feed fetched from a URL is read only if its site's robots.txt
    allows kronika (feeds are polled like a robot would; a page the user names is not).
    """
    settings = fetch or FetchSettings()
    data = _load(location, settings)
    spec = sniff(location, data[:HEAD_BYTES])
    is_feed = spec is readers.get("feed").obj
    if is_url(location) and is_feed:
        from kronika.readers.fetch import check_robots

        check_robots(location, settings)
    if is_feed and settings.feed_full_text:
        yield from _full_text(spec.read(location, data), settings)
    else:
        yield from spec.read(location, data)


def _full_text(entries: ReadResult, settings: FetchSettings) -> ReadResult:
    """Feed entries with the main text of the page each links to, when it can be had.

    The entry's own metadata (its date above all) is kept; the page adds what the entry lacks
    (author, language). An entry whose page cannot be fetched or read keeps its own text,
    with a warning saying why.
    """
    from kronika.readers.fetch import check_robots, fetch_url

    page_reader = readers.get("html").obj
    for entry in entries:
        url = entry.meta.get("url", "") if isinstance(entry, SourceItem) else ""
        if not isinstance(entry, SourceItem) or not is_url(url):
            yield entry
            continue
        try:
            check_robots(url, settings)
            fetched = fetch_url(url, settings)
            if not page_reader.detect(fetched.url, fetched.data[:HEAD_BYTES]):
                raise UnsupportedFormat(url, "the linked page is not HTML")
            page = next(item for item in page_reader.read(fetched.url, fetched.data) if isinstance(item, SourceItem))
        except InputError as err:
            yield replace(entry, warnings=(*entry.warnings, f"{entry.name}: full text not fetched ({err.reason})"))
            continue
        meta = {**{k: v for k, v in page.meta.items() if k != "url"}, **entry.meta}
        text, body_start = with_header(meta, page.text[page.body_start :])
        yield replace(entry, text=text, body_start=body_start, meta=meta)


# Reader modules register themselves on import; they come last because they import the above.
# Each imports its parsing library (trafilatura, feedparser) only when it reads something.
from kronika.readers import html as html  # noqa: E402
from kronika.readers import jsonl as jsonl  # noqa: E402
from kronika.readers import rss as rss  # noqa: E402
from kronika.readers import telegram as telegram  # noqa: E402
from kronika.readers import text as text  # noqa: E402
