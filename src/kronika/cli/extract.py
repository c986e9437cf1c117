"""kronika extract: print the events of articles, without storing them."""

from __future__ import annotations

from datetime import date

import click

from kronika.cli._options import (
    format_option,
    lang_option,
    language_argument,
    progress_option,
    published_option,
    report_problems,
    set_option,
    state,
)


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@format_option(("jsonl", "table"), "jsonl")
@published_option
@lang_option
@set_option
@progress_option
@click.pass_context
def command(
    ctx: click.Context,
    paths: tuple[str, ...],
    fmt: str,
    published: date | None,
    lang: str,
    overrides: dict[str, str],
    progress: bool | None,
) -> int:
    """Print the events found in articles (nothing is stored).

    PATH is a file, a folder (read recursively), a glob, or - for standard input.
    Events go to stdout, one JSON object per line (SCHEMA v1) or as a table; unreadable
    inputs are reported on stderr as `path: reason`, the others are still read, and the
    exit status is then 1.

    \b
    Example: kronika extract samples/fr/*.txt --format jsonl > events.jsonl
    """
    from kronika import batch
    from kronika.cli._table import print_jsonl
    from kronika.domain import Document, Event

    settings = state(ctx).settings(overrides)
    collected: list[Event] = []

    def sink(document: Document, found: list[Event]) -> bool:
        if fmt == "jsonl":
            print_jsonl(found)
        else:
            collected.extend(found)
        return True

    report = batch.run(
        paths,
        settings,
        sink,
        published=published,
        language=language_argument(lang),
        progress=progress,
    )
    if fmt == "table":
        from kronika.cli._table import print_events

        print_events(collected)
    if report.read and not report.events:
        click.echo("No events found.", err=True)
    report_problems(report)
    return 0 if report.ok else 1
