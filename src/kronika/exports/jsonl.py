"""SCHEMA v1 interchange: one event per line, what the shared scorer reads."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TextIO

from kronika.domain import Document, Event
from kronika.exports.base import exporters


@exporters.register("jsonl")
def write_jsonl(
    events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
) -> int:
    """JSON Lines, one SCHEMA v1 event per line (``Event.to_json``), UTF-8 kept as is."""
    count = 0
    for event in events:
        out.write(json.dumps(event.to_json(), ensure_ascii=False) + "\n")
        count += 1
    return count
