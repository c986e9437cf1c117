"""Plain-text and Markdown articles, with an optional ``Key: value`` header block.

How the text is decoded decides every evidence offset, so it is fixed here:

* the bytes are decoded as UTF-8 and a leading byte-order mark (U+FEFF) is dropped;
* ``\\r\\n`` and lone ``\\r`` line ends become ``\\n``;
* offsets count characters (code points) of the resulting text, header block included.

A header block is a run of ``Key: value`` lines at the very top of the file, ended by one
blank line (or by the end of the file). Keys are read case-insensitively; ``Title``, ``Date``,
``Source``, ``URL`` and ``Language`` are the known ones, and any other key is kept in
``meta`` under its lower-case name. The block counts as a header only if it holds at least one
known key, so an article that opens with "Update: ..." is not mistaken for one.
``body_start`` is the offset just after the blank line that ends the block (0 without a header).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePath

from kronika.errors import BrokenFile
from kronika.readers import ReaderSpec, ReadResult, SourceItem, readers

SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ".markdown"})
KNOWN_KEYS: frozenset[str] = frozenset({"title", "date", "source", "url", "language"})
_KEY_ALIASES = {"lang": "language", "link": "url", "published": "date"}
_HEADER_LINE = re.compile(r"^([A-Za-z][A-Za-z0-9_-]{0,39})[ \t]*:[ \t]*(.*?)[ \t]*$")
_ALLOWED_CONTROLS = frozenset("\n\r\t\f\v")
# Share of control characters above which a decoded file is taken for binary data.
_MAX_CONTROL_SHARE = 0.10
_SAMPLE_CHARS = 8192


def detect(name: str, head: bytes) -> bool:
    """True for ``.txt``/``.md`` files and files without an extension (the fallback reader)."""
    suffix = PurePath(name).suffix.lower()
    return suffix in SUFFIXES or suffix == ""


def decode(location: str, data: bytes) -> str:
    """The text of ``data``: UTF-8, BOM dropped, line ends as ``\\n``; raises BrokenFile if unusable."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        raise BrokenFile(location, "UTF-16 text, not UTF-8; save it as UTF-8")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise BrokenFile(location, f"binary data, not text (NUL byte at byte offset {nul})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise BrokenFile(
            location,
            f"not valid UTF-8 (byte 0x{data[err.start]:02x} at byte offset {err.start}); save it as UTF-8",
        ) from None
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise BrokenFile(location, "empty file (no text)")
    sample = text[:_SAMPLE_CHARS]
    controls = sum(1 for c in sample if c not in _ALLOWED_CONTROLS and unicodedata.category(c) == "Cc")
    if controls > _MAX_CONTROL_SHARE * len(sample):
        raise BrokenFile(location, f"binary data, not text ({controls} control characters in the first {len(sample)})")
    return text


def parse_header(text: str) -> tuple[dict[str, str], int]:
    """The header block of ``text`` as (lower-case key → value, body_start); ({}, 0) without one."""
    meta: dict[str, str] = {}
    offset = 0
    while offset < len(text):
        end = text.find("\n", offset)
        line_end = len(text) if end < 0 else end
        line = text[offset:line_end]
        next_offset = line_end + 1
        if not line.strip():
            if not meta:
                return {}, 0
            return _accept(meta, min(next_offset, len(text)))
        match = _HEADER_LINE.match(line)
        if match is None:
            return {}, 0
        key = match.group(1).lower()
        key = _KEY_ALIASES.get(key, key)
        meta.setdefault(key, match.group(2))
        offset = next_offset
    return _accept(meta, len(text))


def _accept(meta: dict[str, str], body_start: int) -> tuple[dict[str, str], int]:
    # A block of colon lines without any known key is more likely prose than a header.
    if KNOWN_KEYS.isdisjoint(meta):
        return {}, 0
    return meta, body_start


def read(location: str, data: bytes) -> ReadResult:
    """One SourceItem for a text file; raises BrokenFile when the file is unusable."""
    text = decode(location, data)
    meta, body_start = parse_header(text)
    yield SourceItem(
        location=location,
        name="stdin" if location == "-" else PurePath(location).name or location,
        text=text,
        body_start=body_start,
        meta=meta,
    )


TEXT = readers.register("text")(ReaderSpec(detect=detect, read=read, priority=10))
