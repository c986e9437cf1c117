"""kronika events: query the stored events."""

from __future__ import annotations

from datetime import date

import click

from kronika.cli._options import DATE, db_option, format_option, open_db, state
from kronika.domain import EVENT_TYPES


@click.command("events")
@db_option
@click.option("--since", type=DATE, default=None, help="Events that happened on or after this day.")
@click.option("--until", type=DATE, default=None, help="Events that happened on or before this day.")
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False), default=None,
              help="Only events of this type.")
@click.option("--country", default=None, metavar="CC", help="Only events in this country (ISO code, e.g. UA).")
@click.option("--source", default=None, help="Who says so: text found in the source or a relaying outlet.")
@click.option("--text", default=None, help="Text found in the summary or the quoted evidence.")
@click.option("--doc", default=None, metavar="NAME", help="Only events of this document (file name).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many events.")
@format_option(("table", "jsonl"), "table")
@click.pass_context
def command(
    ctx: click.Context,
    db: str | None,
    since: date | None,
    until: date | None,
    type_: str | None,
    country: str | None,
    source: str | None,
    text: str | None,
    doc: str | None,
    limit: int | None,
    fmt: str,
) -> int:
    """List stored events, filtered, by date.

    Text filters (--source, --text) ignore case. A date filter keeps the events whose date
    range overlaps the days asked for. In the table, a document that other outlets relayed
    shows its copies under its name (`= copy1, copy2`): their events are the same and were
    not extracted again.

    \b
    Example: kronika events --db news.db --since 2025-05-20 --type interception --country RU --format jsonl
    """
    from kronika.store import EventQuery

    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    settings = state(ctx).settings()
    query = EventQuery(
        since=since, until=until, type=type_, country=country, source=source, text=text, doc=doc, limit=limit
    )
    with open_db(settings, db, create=False) as store:
        found = store.events(query)
        from kronika.cli._table import print_events, print_jsonl

        count = print_jsonl(found) if fmt == "jsonl" else print_events(found, store.copies())
    if count == 0:
        click.echo("No events match.", err=True)
    return 0
