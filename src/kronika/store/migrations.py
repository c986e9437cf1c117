"""Ordered, named schema migrations, recorded in the ``migrations`` table of each database.

A migration is a function that takes the connection and changes the schema; it is registered
with :func:`migration` and gets the next version number. :func:`apply` runs the ones a database
lacks, each in its own transaction together with the row that records it, so running it again
does nothing. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

MigrationFn = Callable[[sqlite3.Connection], None]

# "kron" in ASCII: marks a SQLite file as a kronika database (PRAGMA application_id).
APPLICATION_ID = 0x6B726F6E


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema change: its version (1, 2, …), name and function."""

    version: int
    name: str
    apply: MigrationFn


MIGRATIONS: list[Migration] = []


def migration(name: str) -> Callable[[MigrationFn], MigrationFn]:
    """Decorator that registers a migration function as the next version."""

    def wrap(fn: MigrationFn) -> MigrationFn:
        MIGRATIONS.append(Migration(len(MIGRATIONS) + 1, name, fn))
        return fn

    return wrap


def _run(conn: sqlite3.Connection, statements: str) -> None:
    # executescript() would COMMIT the surrounding transaction; one statement at a time keeps
    # the migration and its record atomic.
    for statement in statements.split(";"):
        if statement.strip():
            conn.execute(statement)


@migration("documents and events")
def _documents_and_events(conn: sqlite3.Connection) -> None:
    _run(
        conn,
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            path TEXT,
            content_hash TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            body_start INTEGER NOT NULL DEFAULT 0,
            language TEXT,
            published TEXT,
            published_precision TEXT NOT NULL DEFAULT 'day',
            title TEXT,
            source TEXT,
            url TEXT,
            metadata TEXT NOT NULL DEFAULT '{}',
            warnings TEXT NOT NULL DEFAULT '[]',
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_name ON documents(name);
        CREATE INDEX documents_published ON documents(published);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            type TEXT NOT NULL,
            subtype TEXT,
            date_start TEXT,
            date_end TEXT,
            date_precision TEXT,
            location TEXT NOT NULL,
            country TEXT,
            lat REAL,
            lon REAL,
            place_name TEXT,
            actors TEXT NOT NULL,
            quantities TEXT NOT NULL,
            attribution TEXT NOT NULL,
            source TEXT,
            via TEXT NOT NULL DEFAULT '',
            certainty TEXT,
            evidence TEXT NOT NULL,
            evidence_text TEXT NOT NULL DEFAULT '',
            quote TEXT,
            summary TEXT NOT NULL DEFAULT '',
            language TEXT,
            event TEXT NOT NULL
        );
        CREATE INDEX events_date ON events(date_start, date_end);
        CREATE INDEX events_type ON events(type, subtype);
        CREATE INDEX events_country ON events(country);
        CREATE INDEX events_document ON events(document_id, position)
        """,
    )


@migration("near-duplicate links")
def _near_duplicate_links(conn: sqlite3.Connection) -> None:
    # duplicate_of: the first stored copy of this document's report, whose events stand for
    # both (this one was not extracted). minhash/numbers/names: its fingerprint
    # (documents.fingerprint), and document_bands the LSH band keys of first copies, to find
    # copies without a full scan.
    _run(
        conn,
        """
        ALTER TABLE documents ADD COLUMN duplicate_of INTEGER REFERENCES documents(id) ON DELETE SET NULL;
        ALTER TABLE documents ADD COLUMN minhash BLOB;
        ALTER TABLE documents ADD COLUMN numbers TEXT;
        ALTER TABLE documents ADD COLUMN names TEXT;
        CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
        CREATE TABLE document_bands (
            band INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE
        );
        CREATE INDEX document_bands_band ON document_bands(band)
        """,
    )


def ensure_table(conn: sqlite3.Connection) -> None:
    """Create the ``migrations`` table and mark the file as kronika's, if not done yet."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations ("
        "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def applied(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    """The (version, name) of migrations recorded in the database, oldest first."""
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'"
    ).fetchone()
    if not has_table:
        return []
    return [(int(v), str(n)) for v, n in conn.execute("SELECT version, name FROM migrations ORDER BY version")]


def pending(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """The migrations the database lacks, in order."""
    done = {version for version, _ in applied(conn)}
    return [m for m in migrations if m.version not in done]


def apply(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    """Run the missing migrations, each in one transaction with its record; the ones run."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        ensure_table(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    ran: list[Migration] = []
    for step in migrations:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Checked inside the write lock, so two processes opening the store at once
            # cannot both run the same migration.
            if conn.execute("SELECT 1 FROM migrations WHERE version = ?", (step.version,)).fetchone():
                conn.execute("COMMIT")
                continue
            step.apply(conn)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (step.version, step.name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {step.version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        ran.append(step)
    return ran
