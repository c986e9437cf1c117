"""JSON Lines for pipelines: one article per line, ``{"text", "date", "url", "title", "language"}``.

``text`` is required; ``date``, ``url``, ``title``, ``language``, ``source``, ``author`` and
``id`` are optional strings (a ``date`` may also be a Unix time in seconds, read as UTC). Blank lines are skipped. A line that is not a JSON object with a
text is yielded as an InputError naming its line (``feed.jsonl:7``) and the other lines are
read. Items are named after their ``id``, else ``<file>:<line>``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import PurePath

from kronika.errors import BrokenFile, InputError
from kronika.readers import ReaderSpec, ReadResult, SourceItem, readers, with_header

SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson", ".jsonlines"})
FIELDS: tuple[str, ...] = ("title", "date", "source", "author", "url", "language")


def detect(name: str, head: bytes) -> bool:
    """True for ``.jsonl``/``.ndjson`` files, or when the first line is a JSON object with a ``text``."""
    if PurePath(name).suffix.lower() in SUFFIXES:
        return True
    first, newline, _ = head.lstrip(b"\xef\xbb\xbf \t\r\n").partition(b"\n")
    if not first.startswith(b"{") or not newline:
        return False
    try:
        obj = json.loads(first)
    except ValueError:
        return False
    return isinstance(obj, dict) and "text" in obj


def _label(location: str) -> str:
    return "stdin" if location == "-" else PurePath(location).name or location


def _item(location: str, label: str, number: int, line: str) -> SourceItem | InputError:
    where = f"{location}:{number}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return InputError(where, f"line {number} is not JSON ({err.msg} at column {err.colno})")
    if not isinstance(obj, dict):
        return InputError(where, f"line {number} is a JSON {type(obj).__name__}, not an object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError(where, f'line {number} has no "text" string')
    meta: dict[str, str] = {}
    for key in (*FIELDS, "id"):
        value = obj.get(key)
        if value is None:
            continue
        if isinstance(value, dict | list):
            return InputError(where, f'line {number}: "{key}" is a JSON {type(value).__name__}, not a string')
        if key == "date" and isinstance(value, int | float) and not isinstance(value, bool):
            try:
                value = datetime.fromtimestamp(value, UTC).isoformat(timespec="seconds")
            except (OverflowError, OSError, ValueError):
                return InputError(where, f'line {number}: "date" {value} is not a Unix time')
        meta[key] = str(value).strip()
    meta = {key: value for key, value in meta.items() if value}
    body = text.replace("\r\n", "\n").replace("\r", "\n")
    full, body_start = with_header({k: v for k, v in meta.items() if k in FIELDS}, body)
    return SourceItem(
        location=location, name=meta.get("id") or f"{label}:{number}", text=full, body_start=body_start, meta=meta
    )


def read(location: str, data: bytes) -> ReadResult:
    """One SourceItem per line with a text; an InputError for a line that has none."""
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise BrokenFile(location, f"not valid UTF-8 (byte offset {err.start}); save it as UTF-8") from None
    if not content.strip():
        raise BrokenFile(location, "empty file (no line)")
    label = _label(location)
    for number, line in enumerate(content.split("\n"), start=1):
        if line.strip():
            yield _item(location, label, number, line)


JSONL = readers.register("jsonl")(ReaderSpec(detect=detect, read=read, priority=60))
