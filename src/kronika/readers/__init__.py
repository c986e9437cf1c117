"""Readers: a location (file, folder, glob) → ``SourceItem``s, one per article or post.

Each reader registers by name with a ``detect(name, head) -> bool`` function that looks at the
file name and its first bytes, and a ``read(location, data) -> Iterator[SourceItem | InputError]``
function. A reader raises :class:`~kronika.errors.InputError` when the whole input is unusable,
and yields an ``InputError`` for one broken item inside an otherwise good input (a feed entry,
a Telegram post) so that the rest goes on.

The entry points are :func:`expand` (locations → files), :func:`sniff` (file → reader) and
:func:`read` (file → items). ``-`` stands for standard input.
"""

from __future__ import annotations

import glob
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kronika.errors import BrokenFile, InputError, UnsupportedFormat, UsageError
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

HEAD_BYTES = 4096
STDIN = "-"


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
        if raw == STDIN:
            add([STDIN])
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


def _load(location: str) -> bytes:
    if location == STDIN:
        return sys.stdin.buffer.read()
    try:
        return Path(location).read_bytes()
    except IsADirectoryError:
        raise BrokenFile(location, "is a folder, not a file") from None
    except OSError as err:
        reason = (err.strerror or str(err)).lower()
        raise BrokenFile(location, f"cannot be read: {reason}") from None


def read(location: str) -> ReadResult:
    """The items in the file at ``location`` (``-`` = standard input), by the reader that sniffs it.

    Lazy: the file is opened on the first ``next()``, which raises InputError (BrokenFile,
    UnsupportedFormat) if the whole input is unusable. A broken item inside a good input
    is yielded as an InputError so that the items after it are still read.
    """
    data = _load(location)
    spec = sniff(location, data[:HEAD_BYTES])
    yield from spec.read(location, data)


# Reader modules register themselves on import; they come last because they import the above.
from kronika.readers import text as text  # noqa: E402
