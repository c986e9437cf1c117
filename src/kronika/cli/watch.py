"""kronika watch: poll folders and feed URLs, ingest what is new as it comes, until Ctrl-C."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING

import click

from kronika.cli._options import (
    db_option,
    lang_option,
    language_argument,
    open_db,
    published_option,
    report_problems,
    set_option,
    state,
)
from kronika.errors import InputError, UsageError

if TYPE_CHECKING:
    from kronika.batch import BatchReport
    from kronika.readers import ReadResult
    from kronika.settings import Settings
    from kronika.store import SQLiteStore

SETTLE_SECONDS = 1.0
"""A file changed more recently than this may still be being written: it waits for the next poll."""


@dataclass
class Totals:
    """What a watch did over all its polls."""

    polls: int = 0
    read: int = 0
    stored: int = 0
    linked: int = 0
    skipped: int = 0
    events: int = 0
    failures: int = 0
    not_modified: int = 0

    def add(self, report: BatchReport) -> None:
        """Count one poll's batch."""
        self.read += report.read
        self.stored += report.stored
        self.linked += report.linked
        self.skipped += report.skipped_duplicates
        self.events += report.events
        self.failures += len(report.failures)

    def summary(self) -> str:
        """The totals as one line for people."""
        linked = f" {self.linked} linked to an earlier copy," if self.linked else ""
        return (
            f"{self.polls} poll{'s' if self.polls != 1 else ''}, {self.read} documents read, {self.stored} stored,"
            f"{linked} {self.skipped} already stored, {self.events} events, {self.failures} failures"
        )


@dataclass
class Watcher:
    """The state of a watch: files seen with their size and time, feeds with their validators."""

    targets: tuple[str, ...]
    settings: Settings
    store: SQLiteStore
    published: date | None = None
    language: str | None = None
    files: dict[str, tuple[int, int]] = field(default_factory=dict)
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    totals: Totals = field(default_factory=Totals)

    def __post_init__(self) -> None:
        from kronika.readers import is_url

        for target in self.targets:
            if not is_url(target) and not Path(target).exists():
                raise UsageError(f"{target}: no such file or folder")

    def _changed_files(self) -> Iterator[str]:
        from kronika import readers

        now = time.time()
        for target in self.targets:
            if readers.is_url(target):
                continue
            try:
                paths = readers.expand([target])
            except UsageError:
                continue  # an empty folder: nothing yet
            for path in paths:
                try:
                    info = Path(path).stat()
                except OSError:
                    continue
                mark = (info.st_mtime_ns, info.st_size)
                if self.files.get(path) == mark or now - info.st_mtime < SETTLE_SECONDS:
                    continue
                self.files[path] = mark
                yield path

    def _fetch_feeds(self) -> tuple[dict[str, bytes], list[str]]:
        """The URLs that changed since the last poll with their bodies, and the problems met."""
        from kronika import readers
        from kronika.readers.fetch import check_robots, fetch_url

        bodies: dict[str, bytes] = {}
        problems: list[str] = []
        for url in (t for t in self.targets if readers.is_url(t)):
            etag, modified = self.validators.get(url, (None, None))
            try:
                check_robots(url, self.settings.fetch)
                fetched = fetch_url(url, self.settings.fetch, etag=etag, last_modified=modified)
            except InputError as err:
                problems.append(str(err))
                continue
            if fetched.not_modified:
                self.totals.not_modified += 1
                continue
            self.validators[url] = (fetched.etag, fetched.last_modified)
            bodies[url] = fetched.data
        return bodies, problems

    def poll(self) -> BatchReport | None:
        """Ingest what is new in the folders and feeds; the batch's report, or None if nothing was new."""
        from kronika import batch, readers

        self.totals.polls += 1
        files = list(self._changed_files())
        bodies, problems = self._fetch_feeds()
        for problem in problems:
            click.echo(problem, err=True)
        self.totals.failures += len(problems)
        locations = files + list(bodies)
        if not locations:
            return None

        def read(location: str) -> ReadResult:
            if location in bodies:
                data = bodies[location]
                return readers.sniff(location, data[: readers.HEAD_BYTES]).read(location, data)
            return readers.read(location, self.settings.fetch)

        with self.store.batched():
            report = batch.run(
                locations,
                self.settings,
                self.store.save,
                published=self.published,
                language=self.language,
                progress=False,
                known=self.store.has_document,
                copies=self.store,
                workers=self.settings.ingest.workers,
                read=read,
            )
        self.totals.add(report)
        return report


class _Stop(Exception):
    """SIGTERM asked the watch to stop."""


def _on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise _Stop


@click.command("watch")
@click.argument("targets", nargs=-1, required=True, metavar="FOLDER|URL...")
@click.option(
    "--interval",
    type=click.FloatRange(min=0.1),
    default=300.0,
    show_default=True,
    metavar="SECONDS",
    help="Time between two polls.",
)
@click.option("--max-polls", type=click.IntRange(min=1), default=None, help="Stop after this many polls.")
@db_option
@published_option
@lang_option
@set_option
@click.pass_context
def command(
    ctx: click.Context,
    targets: tuple[str, ...],
    interval: float,
    max_polls: int | None,
    db: str | None,
    published: date | None,
    lang: str,
    overrides: dict[str, str],
) -> int:
    """Watch folders and feed URLs, storing new articles and their events as they come.

    Every SECONDS, the folders are read again for new or changed files (a file is taken once it
    has not changed for a second) and each URL is fetched with a conditional request (ETag,
    Last-Modified), so a feed that did not change costs one short answer; its robots.txt is
    respected. What is new goes through the same steps as `kronika ingest`: already stored
    articles are skipped, near copies linked. Each poll prints a line on stderr when it found
    something. Ctrl-C (or SIGTERM) stops the watch after storing what was done, and prints a
    summary; the exit status is 1 if any input failed.

    \b
    Example: kronika watch ~/inbox https://news.example/ukraine/rss --interval 600 --db news.db
    """
    settings = state(ctx).settings(overrides)
    previous = signal.signal(signal.SIGTERM, _on_sigterm)
    reason = f"after {max_polls} poll{'s' if max_polls != 1 else ''}" if max_polls else ""
    with open_db(settings, db, create=True) as store:
        watcher = Watcher(targets, settings, store, published=published, language=language_argument(lang))
        try:
            while True:
                report = watcher.poll()
                if report is not None:
                    report_problems(report)
                    click.echo(f"{datetime.now().strftime('%H:%M:%S')} {report.summary()}", err=True)
                if max_polls is not None and watcher.totals.polls >= max_polls:
                    break
                time.sleep(interval)
        except KeyboardInterrupt:
            reason = "stopped by Ctrl-C"
        except _Stop:
            reason = "stopped by SIGTERM"
        finally:
            signal.signal(signal.SIGTERM, previous)
        click.echo(f"kronika watch: {watcher.totals.summary()}; {reason} ({store.path})", err=True)
    return 1 if watcher.totals.failures else 0
