"""Run many inputs through read → document → extract → sink; a bad input is recorded, not fatal.

The sink is given by the caller (the CLI passes ``store.save``, or a printer), so this module
sits beside the outputs and never imports the store.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from kronika import readers
from kronika.documents import to_document
from kronika.domain import Document, Event
from kronika.errors import InputError, KronikaError, StageError
from kronika.settings import Settings

Sink = Callable[[Document, list[Event]], bool]
"""Receives one document and its events; returns False if it already had them (nothing added)."""


@dataclass(frozen=True, slots=True)
class Failure:
    """One input that could not be processed: where, at which step, and why."""

    location: str
    stage: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a batch did: documents read, stored, already stored, events stored, failures."""

    read: int = 0
    stored: int = 0
    skipped_duplicates: int = 0
    events: int = 0
    failures: tuple[Failure, ...] = ()
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures

    def summary(self) -> str:
        """The report as one line for people."""
        failures = len(self.failures)
        return (
            f"{self.read} document{'s' if self.read != 1 else ''} read, {self.stored} stored,"
            f" {self.skipped_duplicates} already stored, {self.events} event{'s' if self.events != 1 else ''},"
            f" {failures} failure{'s' if failures != 1 else ''}"
        )


@dataclass
class _Tally:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    events: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _extract(document: Document, settings: Settings) -> list[Event]:
    # Imported here: the extraction stages load spaCy, which a `--help` must not pay for.
    from kronika.extract import extract_events

    return extract_events(document, settings.extract)


def _describe(err: BaseException) -> str:
    message = str(err).strip()
    return f"{type(err).__name__}: {message}" if message else type(err).__name__


def _items(location: str, tally: _Tally) -> Iterator[readers.SourceItem]:
    try:
        for item in readers.read(location):
            if isinstance(item, InputError):
                tally.failures.append(Failure(item.location, "read", item.reason))
            else:
                yield item
    except InputError as err:
        tally.failures.append(Failure(location, "read", err.reason))


def _one(
    item: readers.SourceItem,
    settings: Settings,
    sink: Sink,
    tally: _Tally,
    *,
    published: date | None,
    language: str | None,
    known: Callable[[str], bool] | None,
) -> None:
    try:
        document = to_document(item, settings.extract, published=published, language=language)
    except KronikaError as err:
        tally.failures.append(Failure(item.location, "document", str(err)))
        return
    tally.read += 1
    tally.warnings.extend(document.warnings)
    if known is not None and known(document.content_hash):
        tally.skipped += 1
        return
    try:
        events = _extract(document, settings)
    except InputError as err:
        tally.failures.append(Failure(item.location, "extract", err.reason))
        return
    except StageError as err:
        tally.failures.append(Failure(item.location, "extract", str(err)))
        return
    except Exception as err:
        # Any bug the extraction hits on one odd article must not stop a batch of thousands.
        tally.failures.append(Failure(item.location, "extract", f"extraction failed ({_describe(err)})"))
        return
    try:
        added = sink(document, events)
    except KronikaError as err:
        tally.failures.append(Failure(item.location, "store", str(err)))
        return
    if added:
        tally.stored += 1
        tally.events += len(events)
    else:
        tally.skipped += 1


def run(
    locations: Sequence[str],
    settings: Settings,
    sink: Sink,
    *,
    published: date | None = None,
    language: str | None = None,
    progress: bool | None = None,
    known: Callable[[str], bool] | None = None,
) -> BatchReport:
    """The report of reading, extracting and sinking every input under ``locations``.

    ``locations`` are expanded (files, folders, globs); a path that matches nothing raises
    UsageError before anything is read. Each input that fails (unreadable, broken, extraction
    error) becomes a Failure and the batch goes on; the sink is not called for it, so nothing
    partial is stored. ``known(content_hash)`` lets the caller skip documents it already has
    before their (slow) extraction. ``progress``: True shows a bar on stderr, False never,
    None (default) only when stderr is a terminal.
    """
    files = readers.expand(locations)
    tally = _Tally()
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    with _progress(len(files), show) as bar:
        for location in files:
            for item in _items(location, tally):
                _one(item, settings, sink, tally, published=published, language=language, known=known)
            bar.advance(tally.read)
    return BatchReport(
        read=tally.read,
        stored=tally.stored,
        skipped_duplicates=tally.skipped,
        events=tally.events,
        failures=tuple(tally.failures),
        warnings=tuple(tally.warnings),
        seconds=time.perf_counter() - started,
    )


class _RichProgress:
    """A rich progress bar on stderr showing files done and articles per second."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichBar

        self._started = time.perf_counter()
        self._bar = RichBar(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self._task = self._bar.add_task("reading", total=total, rate="0.0")

    def __enter__(self) -> _RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def advance(self, documents: int) -> None:
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._bar.update(self._task, advance=1, rate=f"{documents / elapsed:.1f}")


class _Silent:
    """No progress display."""

    def advance(self, documents: int) -> None:
        return None

    def __enter__(self) -> _Silent:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(total: int, show: bool) -> _RichProgress | _Silent:
    return _RichProgress(total) if show else _Silent()
