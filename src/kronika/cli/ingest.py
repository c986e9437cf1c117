"""kronika ingest: read articles, extract their events and store both."""

from __future__ import annotations

from datetime import date

import click

from kronika.cli._options import (
    db_option,
    lang_option,
    language_argument,
    open_db,
    progress_option,
    published_option,
    report_problems,
    set_option,
    state,
)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@published_option
@lang_option
@set_option
@progress_option
@click.pass_context
def command(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    published: date | None,
    lang: str,
    overrides: dict[str, str],
    progress: bool | None,
) -> int:
    """Store articles and their events in the database.

    PATH is a file, a folder (read recursively), a glob, or - for standard input. An article
    whose text is already stored is skipped, so ingesting again adds nothing. Each article
    is stored whole or not at all; unreadable inputs are reported on stderr as `path: reason`,
    the rest is stored, and the exit status is then 1. A one-line report goes to stderr.

    \b
    Example: kronika ingest samples/ --db news.db
    """
    from kronika import batch

    settings = state(ctx).settings(overrides)
    with open_db(settings, db, create=True) as store:
        report = batch.run(
            paths,
            settings,
            store.save,
            published=published,
            language=language_argument(lang),
            progress=progress,
            known=store.has_document,
        )
        report_problems(report)
        click.echo(f"kronika ingest: {report.summary()} ({store.path})", err=True)
    return 0 if report.ok else 1
