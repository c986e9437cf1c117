"""Telegram Desktop exports (``result.json`` of a channel or chat) → one item per post.

The export is a JSON object with the chat's ``name`` and a ``messages`` list. Each message of
type ``message`` with some text becomes an item named ``<channel>#<post id>``; service messages
(channel created, pinned post …) and posts without text (a photo without caption) are passed
over; a message that cannot be read (no id, text of the wrong shape) is yielded as an InputError
naming it, and the rest goes on.

The text is flattened from ``text_entities`` (else ``text``): a list of plain strings and
``{"type", "text"}`` parts (bold, italic, links, hashtags …) joined exactly as written, so
that no space is added or lost where formatting starts or stops. Metadata: ``date`` (as the
export writes it, the exporter's local time), ``channel`` and ``source`` (the chat's name),
``post_id``, ``author`` (a signed post), ``url`` (the permalink ``https://t.me/<username>/<id>``
when the export's ``username`` is known: Telegram Desktop does not write it, so add
``"username": "..."`` at the top of the file to get permalinks), ``reply_to``, ``edited``.
A forwarded post keeps the channel it came from in ``via`` and ``forwarded_from``.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kronika.errors import BrokenFile, InputError
from kronika.readers import ReaderSpec, ReadResult, SourceItem, one_line, readers, root_element, with_header

_MESSAGES = re.compile(rb'"messages"\s*:\s*\[')
_USERNAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{3,31}$")


def detect(name: str, head: bytes) -> bool:
    """True for a JSON object whose first bytes hold a ``"messages": [`` list."""
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and root_element(head) is None and bool(
        _MESSAGES.search(head)
    )


class _BadMessageError(Exception):
    """A message this reader cannot read; the text says why."""


def flatten(parts: Any) -> str:
    """The plain text of a message's ``text`` or ``text_entities``: strings and parts' ``text`` joined as they are."""
    if isinstance(parts, str):
        return parts
    if not isinstance(parts, list):
        raise _BadMessageError(f"its text is a {type(parts).__name__}, not a string or a list of parts")
    out: list[str] = []
    for number, part in enumerate(parts, start=1):
        if isinstance(part, str):
            out.append(part)
        elif isinstance(part, dict) and isinstance(part.get("text"), str):
            out.append(part["text"])
        else:
            shown = type(part).__name__ if not isinstance(part, dict) else "part without text"
            raise _BadMessageError(f"text part {number} is a {shown}")
    return "".join(out)


def _text_of(message: dict[str, Any]) -> str:
    entities = message.get("text_entities")
    text = flatten(entities) if isinstance(entities, list) and entities else flatten(message.get("text", ""))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _load(location: str, data: bytes) -> dict[str, Any]:
    try:
        export = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as err:
        raise BrokenFile(location, f"not valid UTF-8 (byte offset {err.start})") from None
    except json.JSONDecodeError as err:
        raise BrokenFile(location, f"not valid JSON ({err.msg} at line {err.lineno}, column {err.colno})") from None
    if not isinstance(export, dict) or not isinstance(export.get("messages"), list):
        raise BrokenFile(location, "not a Telegram export (no \"messages\" list)")
    return export


def read(location: str, data: bytes) -> ReadResult:
    """One SourceItem per text post; an InputError for a message that cannot be read."""
    export = _load(location, data)
    channel = one_line(_string(export.get("name"))) or "telegram"
    username = _string(export.get("username")).strip().lstrip("@")
    if username and not _USERNAME.match(username):
        username = ""
    label = username or channel
    for number, message in enumerate(export["messages"], start=1):
        if not isinstance(message, dict):
            yield InputError(f"{location}#{number}", f"message {number} is a {type(message).__name__}, not an object")
            continue
        if message.get("type", "message") != "message":
            continue
        post_id = message.get("id")
        if not isinstance(post_id, int) or isinstance(post_id, bool):
            yield InputError(f"{location}#{number}", f"message {number} has no numeric id")
            continue
        try:
            body = _text_of(message)
        except _BadMessageError as err:
            yield InputError(f"{location}#{post_id}", f"post {post_id} cannot be read: {err}")
            continue
        if not body.strip():
            continue
        forwarded = one_line(_string(message.get("forwarded_from")))
        meta = {
            "date": _string(message.get("date")),
            "source": channel,
            "channel": channel,
            "author": one_line(_string(message.get("author"))),
            "via": forwarded,
            "forwarded_from": forwarded,
            "url": f"https://t.me/{username}/{post_id}" if username else "",
            "post_id": str(post_id),
            "reply_to": str(message["reply_to_message_id"]) if isinstance(message.get("reply_to_message_id"), int) else "",
            "edited": _string(message.get("edited")),
        }
        meta = {key: value for key, value in meta.items() if value.strip()}
        text, body_start = with_header(meta, body)
        yield SourceItem(location=location, name=f"{label}#{post_id}", text=text, body_start=body_start, meta=meta)


TELEGRAM = readers.register("telegram")(ReaderSpec(detect=detect, read=read, priority=55))
