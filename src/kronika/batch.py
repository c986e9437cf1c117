"""Run many inputs through read → document → extract → sink; a bad input is recorded, not fatal.

The sink is given by the caller (the CLI passes ``store.save``, or a printer), so this module
sits beside the outputs and never imports the store.

At volume (``workers`` > 1 and enough documents) extraction runs in a pool of processes, each
building the pipeline once; reading, de-duplication and the sink stay in this process, in input
order, so that the store is written by one process and every run over the same inputs stores
the same documents in the same order. Documents are skipped before extraction when their text
is already stored (``known``) or already seen in this run; a near copy of an earlier document
(``copies``, :mod:`kronika.documents.fingerprint`) is stored as a link to it, not extracted.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from kronika import readers
from kronika.documents import fingerprint, to_document
from kronika.domain import Document, Event
from kronika.errors import InputError, KronikaError, StageError
from kronika.settings import ExtractSettings, Settings

Sink = Callable[[Document, list[Event]], bool]
"""Receives one document and its events; returns False if it already had them (nothing added)."""

PARALLEL_FROM = 16
"""Documents waiting for extraction before worker processes are started: each worker loads the
models again, which only pays off for a batch of some size."""


class Copies(Protocol):
    """Where near copies are looked up and linked (the store)."""

    def original_of(self, document: Document, threshold: float) -> str | None:
        """The content hash of the stored first copy of ``document``'s report, or None."""

    def save_copy(self, document: Document, original: str) -> bool:
        """Store ``document`` as a copy of the stored document with content hash ``original``."""


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
    """What a batch did: documents read, stored, linked as copies, already stored, events, failures."""

    read: int = 0
    stored: int = 0
    skipped_duplicates: int = 0
    events: int = 0
    failures: tuple[Failure, ...] = ()
    warnings: tuple[str, ...] = ()
    seconds: float = 0.0
    linked: int = 0
    workers: int = 1

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return not self.failures

    def summary(self) -> str:
        """The report as one line for people."""
        failures = len(self.failures)
        linked = f" {self.linked} linked to an earlier copy," if self.linked else ""
        return (
            f"{self.read} document{'s' if self.read != 1 else ''} read, {self.stored} stored,{linked}"
            f" {self.skipped_duplicates} already stored, {self.events} event{'s' if self.events != 1 else ''},"
            f" {failures} failure{'s' if failures != 1 else ''}"
        )


@dataclass
class _Tally:
    read: int = 0
    stored: int = 0
    skipped: int = 0
    linked: int = 0
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


Outcome = tuple[list[Event], None] | tuple[None, str]
"""The events of a document, or the reason its extraction failed."""


def _outcome(document: Document, settings: Settings) -> Outcome:
    try:
        return _extract(document, settings), None
    except InputError as err:
        return None, err.reason
    except StageError as err:
        return None, str(err)
    except Exception as err:
        # Any bug the extraction hits on one odd article must not stop a batch of thousands.
        return None, f"extraction failed ({_describe(err)})"


# -- worker processes ------------------------------------------------------------------------

_worker_settings: Settings | None = None


def _init_worker(extract: ExtractSettings) -> None:
    """Runs once in each worker: build the pipeline (models loaded once), leave Ctrl-C to the parent."""
    global _worker_settings
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker_settings = Settings(extract=extract)
    try:
        from kronika.extract import pipeline_for

        pipeline_for(extract)
    except Exception:
        # Not fatal here: each document then fails with the reason, in the batch report.
        pass


def _work(document: Document) -> Outcome:
    assert _worker_settings is not None, "worker not initialised"
    return _outcome(document, _worker_settings)


class _Extractor:
    """Extraction in this process, or in worker processes once enough documents wait."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = max(1, workers)
        self._pool: ProcessPoolExecutor | None = None
        self._held: list[tuple[Document, Future[Outcome]]] = []
        self.used = 1

    @property
    def parallel(self) -> bool:
        return self._pool is not None

    def submit(self, document: Document) -> Future[Outcome]:
        if self._pool is not None:
            return self._pool.submit(_work, document)
        future: Future[Outcome] = Future()
        if self.workers == 1:
            future.set_result(_outcome(document, self.settings))
            return future
        self._held.append((document, future))
        if len(self._held) >= PARALLEL_FROM:
            self._start()
        return future

    def _start(self) -> None:
        import multiprocessing

        # spawn, not fork: the parent may hold threads (progress bar) and an open database.
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(self.settings.extract,),
        )
        self.used = self.workers
        for document, future in self._held:
            _chain(self._pool.submit(_work, document), future)
        self._held.clear()

    def flush(self) -> None:
        """Extract in this process what waits for a pool that was never needed."""
        for document, future in self._held:
            future.set_result(_outcome(document, self.settings))
        self._held.clear()

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None


def _chain(source: Future[Outcome], target: Future[Outcome]) -> None:
    def copy(done: Future[Outcome]) -> None:
        if done.cancelled():
            target.cancel()
            return
        error = done.exception()
        if error is not None:
            target.set_result((None, f"extraction failed ({_describe(error)})"))
        else:
            target.set_result(done.result())

    source.add_done_callback(copy)


# -- the batch -------------------------------------------------------------------------------


@dataclass
class _Pending:
    """A document on its way to the sink, in input order."""

    location: str
    document: Document
    future: Future[Outcome] | None = None
    original: str | None = None


Reader = Callable[[str], readers.ReadResult]
"""location → its items (default: :func:`kronika.readers.read` with the fetch settings)."""


def _items(location: str, tally: _Tally, read: Reader) -> Iterator[readers.SourceItem]:
    try:
        for item in read(location):
            if isinstance(item, InputError):
                tally.failures.append(Failure(item.location, "read", item.reason))
            else:
                yield item
    except InputError as err:
        tally.failures.append(Failure(location, "read", err.reason))


class _Run:
    """One batch: documents in, sink calls out in input order, counts kept."""

    def __init__(
        self,
        settings: Settings,
        sink: Sink,
        extractor: _Extractor,
        known: Callable[[str], bool] | None,
        copies: Copies | None,
    ) -> None:
        self.settings = settings
        self.sink = sink
        self.extractor = extractor
        self.known = known
        self.copies = copies
        self.tally = _Tally()
        self.queue: deque[_Pending] = deque()
        self.seen: set[str] = set()
        self.failed: set[str] = set()
        self.index = fingerprint.CopyIndex()
        self.threshold = settings.ingest.near_duplicates / 100

    def add(self, item: readers.SourceItem, *, published: date | None, language: str | None) -> None:
        tally = self.tally
        try:
            document = to_document(item, self.settings.extract, published=published, language=language)
        except KronikaError as err:
            tally.failures.append(Failure(item.location, "document", str(err)))
            return
        tally.read += 1
        tally.warnings.extend(document.warnings)
        key = document.content_hash
        if key in self.seen or (self.known is not None and self.known(key)):
            tally.skipped += 1
            return
        self.seen.add(key)
        original = self._original(document)
        if original is not None:
            self.queue.append(_Pending(item.location, document, original=original))
        else:
            self.queue.append(_Pending(item.location, document, future=self.extractor.submit(document)))
        self.drain(block=len(self.queue) > max(PARALLEL_FROM, 4 * self.extractor.workers))

    def _original(self, document: Document) -> str | None:
        if self.copies is None or self.threshold <= 0:
            return None
        print_ = fingerprint.fingerprint(document.body)
        if print_ is None:
            return None
        original = self.index.find(print_, self.threshold) or self.copies.original_of(document, self.threshold)
        if original is None:
            self.index.add(document.content_hash, print_)
        return original

    def drain(self, block: bool) -> None:
        """Hand finished documents to the sink, in order; wait for the oldest while ``block``."""
        while self.queue:
            head = self.queue[0]
            if head.future is not None and not head.future.done():
                if not block or not self.extractor.parallel:
                    return
                head.future.result()
            self.queue.popleft()
            self._finish(head)
            block = block and len(self.queue) > max(PARALLEL_FROM, 4 * self.extractor.workers)

    def _finish(self, pending: _Pending) -> None:
        tally = self.tally
        document = pending.document
        if pending.original is not None and pending.original not in self.failed and self.copies is not None:
            try:
                added = self.copies.save_copy(document, pending.original)
            except KronikaError as err:
                tally.failures.append(Failure(pending.location, "store", str(err)))
                return
            if added:
                tally.linked += 1
            else:
                tally.skipped += 1
            return
        if pending.future is None:
            # Its first copy failed: this one is extracted in its place.
            self.extractor.flush()
            outcome = _outcome(document, self.settings)
        else:
            try:
                outcome = pending.future.result()
            except Exception as err:
                # A worker that died (killed for memory, a crash in a C library) fails its
                # documents, not the batch: they are reported and a new run retries them.
                outcome = (None, f"extraction failed ({_describe(err)})")
        events, reason = outcome
        if events is None:
            tally.failures.append(Failure(pending.location, "extract", reason or "extraction failed"))
            self.failed.add(document.content_hash)
            return
        try:
            added = self.sink(document, events)
        except KronikaError as err:
            tally.failures.append(Failure(pending.location, "store", str(err)))
            self.failed.add(document.content_hash)
            return
        if added:
            tally.stored += 1
            tally.events += len(events)
        else:
            tally.skipped += 1

    def finish(self) -> None:
        self.extractor.flush()
        self.drain(block=True)
        while self.queue:  # pragma: no cover - drain(block=True) empties it
            self._finish(self.queue.popleft())


def default_workers() -> int:
    """Worker processes for ``ingest.workers = 0``: one per CPU core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def run(
    locations: Sequence[str],
    settings: Settings,
    sink: Sink,
    *,
    published: date | None = None,
    language: str | None = None,
    progress: bool | None = None,
    known: Callable[[str], bool] | None = None,
    copies: Copies | None = None,
    workers: int = 1,
    read: Reader | None = None,
) -> BatchReport:
    """The report of reading, extracting and sinking every input under ``locations``.

    ``locations`` are expanded (files, folders, globs, URLs); a path that matches nothing raises
    UsageError before anything is read. Each input that fails (unreadable, broken, extraction
    error) becomes a Failure and the batch goes on; the sink is not called for it, so nothing
    partial is stored. ``known(content_hash)`` lets the caller skip documents it already has
    before their (slow) extraction. ``copies`` (the store) finds and links near copies when the
    setting ``ingest.near_duplicates`` is above 0. ``workers``: extraction processes (0 = one per
    core); with more than one, a pool starts once enough documents wait. ``read`` replaces
    the reading of a location (``kronika watch`` hands over the feeds it fetched conditionally).
    ``progress``: True shows a bar on stderr, False never, None (default) only when stderr is a
    terminal.
    """
    files = readers.expand(locations)
    started = time.perf_counter()
    show = sys.stderr.isatty() if progress is None else progress
    extractor = _Extractor(settings, workers or default_workers())
    batch = _Run(settings, sink, extractor, known, copies)
    cancelled = False
    try:
        with _progress(len(files), show) as bar:
            for location in files:
                for item in _items(location, batch.tally, read or (lambda where: readers.read(where, settings.fetch))):
                    batch.add(item, published=published, language=language)
                bar.advance(batch.tally.read)
            batch.finish()
    except BaseException:
        cancelled = True
        raise
    finally:
        extractor.close(cancel=cancelled)
    tally = batch.tally
    return BatchReport(
        read=tally.read,
        stored=tally.stored,
        skipped_duplicates=tally.skipped,
        events=tally.events,
        failures=tuple(tally.failures),
        warnings=tuple(tally.warnings),
        seconds=time.perf_counter() - started,
        linked=tally.linked,
        workers=extractor.used,
    )


class _RichProgress:
    """A rich progress bar on stderr showing files done and articles per second."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichBar

        self._started = time.perf_counter()
        self._bar = RichBar(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} articles/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
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
