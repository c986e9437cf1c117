"""kronika export: stored events as JSON Lines, ACLED-style CSV, GeoJSON or a STIX 2.1 bundle."""

from __future__ import annotations

import sys
from datetime import date

import click

from kronika.cli._options import DATE, db_option, open_db, state
from kronika.domain import EVENT_TYPES

FORMATS = ("jsonl", "acled", "geojson", "stix")


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), required=True,
              help="jsonl (SCHEMA v1), acled (CSV), geojson (events with coordinates), stix (cyber operations).")
@click.option("--since", type=DATE, default=None, help="Events that happened on or after this day.")
@click.option("--until", type=DATE, default=None, help="Events that happened on or before this day.")
@click.option("--type", "type_", type=click.Choice(EVENT_TYPES, case_sensitive=False), default=None,
              help="Only events of this type.")
@click.option("--country", default=None, metavar="CC", help="Only events in this country (ISO code, e.g. UA).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to this file instead of standard output.")
@click.pass_context
def command(
    ctx: click.Context,
    db: str | None,
    fmt: str,
    since: date | None,
    until: date | None,
    type_: str | None,
    country: str | None,
    output: str | None,
) -> int:
    """Write the stored events in an exchange format.

    ACLED-style CSV leaves out cyber operations (ACLED has no such event); GeoJSON holds the
    events that have coordinates; the STIX 2.1 bundle holds the cyber operations, with their
    intrusion sets, targets and the reports that state them.

    \b
    Example: kronika export --db news.db --format stix --since 2025-05-01 -o cyber.json
    """
    from kronika.exports import write
    from kronika.store import EventQuery

    if since and until and since > until:
        raise click.UsageError(f"--since {since} is after --until {until}")
    settings = state(ctx).settings()
    query = EventQuery(since=since, until=until, type=type_, country=country)
    with open_db(settings, db, create=False) as store:
        events = list(store.events(query))
        documents = {}
        for name in sorted({e.doc for e in events}):
            document = store.document(name)
            if document is not None:
                documents[name] = document
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = write(fmt.lower(), events, out, documents=documents)
    else:
        count = write(fmt.lower(), events, sys.stdout, documents=documents)
    click.echo(f"{count} record{'s' if count != 1 else ''} written ({fmt.lower()}).", err=True)
    return 0
