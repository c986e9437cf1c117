"""kronika digest: the chronicle of one day, with citations."""

from __future__ import annotations

import importlib
from datetime import date
from typing import Any

import click

from kronika.cli._options import DATE, db_option, open_db, state
from kronika.errors import KronikaError

# An event belongs to a day when its date range covers the day and lasts at most this many
# days more; month-long or vaguer ranges would otherwise fill every day's digest.
MAX_SPAN_DAYS = 2


@click.command("digest")
@click.option("--date", "day", type=DATE, default=None, help="The day, as YYYY-MM-DD.")
@click.option("--day", "war_day", type=click.IntRange(min=1), default=None,
              help="The day as a war-day number (day 1 = 2022-02-24).")
@click.option("--lang", type=click.Choice(("en", "fr"), case_sensitive=False), default=None,
              help="Language of the digest [default: setting digest.language].")
@click.option("--format", "fmt", type=click.Choice(("md", "html"), case_sensitive=False), default="md",
              show_default=True, help="Output format: Markdown or HTML.")
@db_option
@click.pass_context
def command(
    ctx: click.Context, day: date | None, war_day: int | None, lang: str | None, fmt: str, db: str | None
) -> int:
    """Print the digest of one day, built from the stored events.

    Give the day either as --date or as --day (war day). The digest holds the events whose
    date range covers that day (ranges of at most three days) and cites their documents.

    \b
    Example: kronika digest --date 2025-05-21 --lang en --db news.db > 2025-05-21.md
    """
    from kronika.domain.war_calendar import day_to_date
    from kronika.store import EventQuery

    if (day is None) == (war_day is None):
        raise click.UsageError("give the day either as --date YYYY-MM-DD or as --day N (not both)")
    when = day if day is not None else day_to_date(war_day or 1)
    settings = state(ctx).settings()
    build_digest = _build_digest()
    with open_db(settings, db, create=False) as store:
        events = list(store.events(EventQuery(since=when, until=when, max_span_days=MAX_SPAN_DAYS)))
        documents = {}
        for name in sorted({event.doc for event in events}):
            document = store.document(name)
            if document is not None:
                documents[name] = document
        copies = store.copies(documents)
    text = build_digest(events, documents, day=when, lang=(lang or settings.digest.language).lower(), fmt=fmt,
                        copies=copies)
    click.echo(str(text), nl=not str(text).endswith("\n"))
    if not events:
        click.echo(f"No stored events on {when.isoformat()}.", err=True)
    return 0


def _build_digest() -> Any:
    # Looked up at run time: kronika.digest is written beside this command and may be absent
    # from a partial checkout; the rest of the CLI must still work then.
    try:
        module = importlib.import_module("kronika.digest")
    except ModuleNotFoundError as err:
        if err.name != "kronika.digest":
            raise
        raise KronikaError("The digest is not available in this installation (no kronika.digest)") from None
    build = getattr(module, "build_digest", None)
    if build is None:
        raise KronikaError("The digest is not available in this installation (kronika.digest has no build_digest)")
    return build
