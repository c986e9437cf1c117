"""The event store: documents and their events in SQLite, queried with ``EventQuery``."""

from __future__ import annotations

from kronika.store.base import EventQuery, StoreStats
from kronika.store.sqlite import SQLiteStore, connect

__all__ = ["EventQuery", "SQLiteStore", "StoreStats", "open_store"]


def open_store(path: str, *, create: bool = True, migrate: bool = True) -> SQLiteStore:
    """The SQLite store at ``path``, created and migrated as needed; raises StoreError if unusable.

    ``path`` is a file name, ``sqlite:///file`` or ``:memory:``. ``create=False`` refuses to
    make a new file; ``migrate=False`` opens without applying pending migrations (``db check``).
    """
    if path.startswith("sqlite:///"):
        path = path[len("sqlite:///") :]
    return connect(path, create=create, migrate=migrate)
