"""Readers: a location (file, folder, glob) → ``SourceItem``s, one per article or post.

Each reader registers by name with a ``detect(name, head) -> bool`` function that looks at the
file name and its first bytes, and a ``read(location, data) -> Iterator[SourceItem | InputError]``
function. A reader raises :class:`~kronika.errors.InputError` when the whole input is unusable,
and yields an ``InputError`` for one broken item inside an otherwise good input (a feed entry,
a Telegram post) so that the rest goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kronika.errors import InputError
from kronika.registry import Registry


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
