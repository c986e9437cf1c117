"""Events on stdout: a rich table or JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Iterable

import click

from kronika.domain import Event, Quantity

_BOUND = {"exact": "", "at_least": "≥", "at_most": "≤", "approx": "~"}


def _date(event: Event) -> str:
    if event.date is None:
        return ""
    start, end = event.date.start.isoformat(), event.date.end.isoformat()
    text = start if start == end else f"{start}…{end}"
    return text if event.date.precision == "day" else f"{text} ({event.date.precision})"


def _quantity(q: Quantity) -> str:
    value = int(q.value) if float(q.value).is_integer() else q.value
    return f"{_BOUND.get(q.bound, '')}{value} {q.unit} {q.what}".strip()


def _place(event: Event) -> str:
    place = event.location
    if place.name and place.country:
        return f"{place.name} ({place.country})"
    return place.name or place.country or ""


def _source(event: Event) -> str:
    att = event.attribution
    who = att.source or ""
    if att.via:
        who = f"{who} via {', '.join(att.via)}".strip()
    return f"{who} / {att.certainty}" if who else att.certainty


_COPIES_SHOWN = 3


def _doc(event: Event, copies: dict[str, list[str]] | None) -> str:
    also = (copies or {}).get(event.doc, [])
    if not also:
        return event.doc
    shown = ", ".join(also[:_COPIES_SHOWN])
    more = f" +{len(also) - _COPIES_SHOWN} more" if len(also) > _COPIES_SHOWN else ""
    return f"{event.doc}\n= {shown}{more}"


def event_row(event: Event, copies: dict[str, list[str]] | None = None) -> tuple[str, str, str, str, str, str, str]:
    """The table cells of one event: doc, date, type/subtype, place, quantities, source/certainty, summary.

    ``copies``: document name → names of its near copies, shown under the doc as ``= a, b``.
    """
    kind = f"{event.type}/{event.subtype}" if event.subtype else event.type
    return (
        _doc(event, copies),
        _date(event),
        kind,
        _place(event),
        "; ".join(_quantity(q) for q in event.quantities),
        _source(event),
        event.summary,
    )


def _echo_json(event: Event) -> int:
    click.echo(json.dumps(event.to_json(), ensure_ascii=False))
    return 1


def print_jsonl(events: Iterable[Event]) -> int:
    """Print events as JSON Lines (SCHEMA v1) on stdout; the number printed."""
    return sum(_echo_json(event) for event in events)


def print_events(events: Iterable[Event], copies: dict[str, list[str]] | None = None) -> int:
    """Print events as a table on stdout (nothing if there are none); the number printed.

    ``copies``: document name → names of the documents stored as its near copies.
    """
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for title in ("doc", "date", "type", "place", "quantities", "source / certainty", "summary"):
        table.add_column(title, overflow="fold")
    count = 0
    for event in events:
        table.add_row(*event_row(event, copies))
        count += 1
    if count == 0:
        return 0
    console = Console()
    if not console.is_terminal:
        # Piped output has no width to fit; a wide table beats one folded into 80 columns.
        console = Console(width=200)
    console.print(table)
    return count
