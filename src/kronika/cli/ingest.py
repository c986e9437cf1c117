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

    PATH is a file, a folder (read recursively), a glob, an http(s) URL, or - for standard
    input: text, Markdown, HTML pages, RSS/Atom feeds, Telegram exports (result.json) and JSON
    Lines, told apart by their content. An article whose text is already stored is skipped, so
    ingesting again adds nothing; a near copy of a stored article (same report relayed by
    another outlet) is stored as a link to it, without extracting it again (setting
    ingest.near_duplicates). Extraction runs on every core (setting ingest.workers). Each
    article is stored whole or not at all, so a run that is killed can be run again; unreadable
    inputs are reported on stderr as `path: reason`, the rest is stored, and the exit status is
    then 1. A one-line report goes to stderr.

    \b
    Example: kronika ingest samples/ --db news.db
    """
    from kronika import batch

    settings = state(ctx).settings(overrides)
    with open_db(settings, db, create=True) as store, store.batched():
        report = batch.run(
            paths,
            settings,
            store.save,
            published=published,
            language=language_argument(lang),
            progress=progress,
            known=store.has_document,
            copies=store,
            workers=settings.ingest.workers,
        )
        report_problems(report)
        click.echo(f"kronika ingest: {report.summary()} ({store.path})", err=True)
    return 0 if report.ok else 1
