"""The ``exporters`` registry and the shape every exporter has."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, TextIO

from kronika.domain import Document, Event
from kronika.registry import Registry


class Exporter(Protocol):
    """Writes events to ``out`` in one format and returns how many records it wrote."""

    def __call__(
        self, events: Iterable[Event], out: TextIO, *, documents: Mapping[str, Document] | None = None
    ) -> int: ...


exporters: Registry[Exporter] = Registry("export format")
