"""The embedded SQLite store: one file, WAL journal, foreign keys on, versioned migrations."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from kronika.documents import fingerprint as fp
from kronika.domain import Document, Event
from kronika.errors import StoreError
from kronika.store import migrations
from kronika.store.base import EventQuery, StoreStats

SQLITE_MAGIC = b"SQLite format 3\x00"
MEMORY = ":memory:"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _contains(haystack: str | None, needle: str | None) -> bool:
    if haystack is None or needle is None:
        return False
    return needle.casefold() in haystack.casefold()


def _inspect(path: Path) -> None:
    """Raise StoreError if ``path`` holds something other than a kronika database; never writes to it."""
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file; give a file name with --db")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as err:
        raise StoreError(f"Cannot open database {path}: {(err.strerror or str(err)).lower()}") from None
    if not header:
        return
    if not header.startswith(SQLITE_MAGIC):
        raise StoreError(
            f"{path} is not a kronika database (not an SQLite file); give another file with --db"
        )
    try:
        # Read-only: a corrupt or foreign file must come out exactly as it went in.
        conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True)
    except sqlite3.Error as err:
        raise StoreError(f"Cannot open database {path}: {err}") from None
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        if tables and ("migrations" not in tables or app_id not in (0, migrations.APPLICATION_ID)):
            raise StoreError(
                f"{path} is an SQLite database but not a kronika one (tables: {', '.join(sorted(tables))});"
                " give another file with --db"
            )
        done = migrations.applied(conn)
    except sqlite3.DatabaseError as err:
        raise StoreError(f"{path} is corrupt or not a kronika database ({err}); it was left untouched") from None
    finally:
        conn.close()
    known = {m.version for m in migrations.MIGRATIONS}
    unknown = [f"{v} {n}" for v, n in done if v not in known]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer kronika (schema migrations {', '.join(unknown)}); upgrade kronika"
        )


class SQLiteStore:
    """Documents and their events in one SQLite file."""

    def __init__(self, path: str, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        # Set inside batched(): saves share one transaction, committed every so often.
        self._batch: _Batch | None = None

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def migrate(self) -> list[str]:
        """Apply the schema migrations the database lacks; the names of those applied."""
        with self._errors("migrate"):
            return [f"{m.version} {m.name}" for m in migrations.apply(self._conn)]

    def pending_migrations(self) -> list[str]:
        """The migrations the database lacks, as "version name"."""
        with self._errors("read"):
            return [f"{m.version} {m.name}" for m in migrations.pending(self._conn)]

    def applied_migrations(self) -> list[str]:
        """The migrations recorded in the database, as "version name", oldest first."""
        with self._errors("read"):
            return [f"{v} {n}" for v, n in migrations.applied(self._conn)]

    def check(self) -> list[str]:
        """Problems found in the database (integrity, foreign keys, pending migrations); empty if none."""
        problems: list[str] = []
        with self._errors("check"):
            for (row,) in self._conn.execute("PRAGMA integrity_check"):
                if row != "ok":
                    problems.append(f"integrity: {row}")
            for table, rowid, parent, _ in self._conn.execute("PRAGMA foreign_key_check"):
                problems.append(f"foreign key: {table} row {rowid} points to a missing {parent} row")
        problems.extend(f"migration not applied: {name}" for name in self.pending_migrations())
        return problems

    # -- writing -----------------------------------------------------------------------------

    def has_document(self, content_hash: str) -> bool:
        """True if a document with this content hash is stored."""
        with self._errors("read"):
            row = self._conn.execute("SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
        return row is not None

    def save(self, document: Document, events: Sequence[Event], *, duplicate_of: str | None = None) -> bool:
        """Store ``document`` and its ``events`` whole or not at all; False if its text is already stored.

        ``duplicate_of``: the content hash of a stored document this one is a copy of; the
        link is kept (``copies()``) and this one is stored without events of its own. Outside
        :meth:`batched` each save is its own transaction; inside, a savepoint.
        """
        conn = self._conn
        with self._errors("write"):
            self._begin()
            conn.execute("SAVEPOINT kr_document")
            try:
                if conn.execute(
                    "SELECT 1 FROM documents WHERE content_hash = ?", (document.content_hash,)
                ).fetchone():
                    conn.execute("RELEASE kr_document")
                    self._done()
                    return False
                original: int | None = None
                if duplicate_of is not None:
                    row = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (duplicate_of,)).fetchone()
                    if row is None:
                        raise StoreError(
                            f"Cannot store {document.id} as a copy: its first copy ({duplicate_of[:12]}…) is not stored"
                        )
                    original = int(row[0])
                doc_id = self._insert_document(document, original)
                for position, event in enumerate(events):
                    self._insert_event(doc_id, position, document, event)
                conn.execute("RELEASE kr_document")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK TO kr_document")
                    conn.execute("RELEASE kr_document")
                    self._done(failed=True)
                raise
            self._done()
        return True

    def save_copy(self, document: Document, original: str) -> bool:
        """Store ``document`` as a copy of the stored document whose content hash is ``original``."""
        return self.save(document, [], duplicate_of=original)

    def original_of(self, document: Document, threshold: float) -> str | None:
        """The content hash of the first stored document that ``document`` is a near copy of, or None.

        A copy shares at least ``threshold`` (0 to 1) of its body's word shingles with the
        first copy, the same numbers, and its names (:mod:`kronika.documents.fingerprint`).
        """
        print_ = fp.fingerprint(document.body)
        if print_ is None:
            return None
        bands = print_.bands
        marks = ", ".join("?" * len(bands))
        with self._errors("read"):
            # Same numbers first: variants of one story with other figures share most bands.
            rows = self._conn.execute(
                "SELECT d.content_hash, d.minhash, d.numbers, d.names FROM documents d WHERE d.numbers = ? AND d.id IN"
                f" (SELECT document_id FROM document_bands WHERE band IN ({marks})) ORDER BY d.id",
                [print_.numbers, *bands],
            ).fetchall()
        return fp.matches(
            print_, ((str(h), bytes(m), str(n), str(names or "")) for h, m, n, names in rows if m is not None), threshold
        )

    def copies(self, names: Iterable[str] | None = None) -> dict[str, list[str]]:
        """Document name → the names of the documents stored as its copies, in the order stored."""
        sql = (
            "SELECT o.name, c.name FROM documents c JOIN documents o ON o.id = c.duplicate_of"
        )
        args: list[str] = []
        wanted = sorted(set(names)) if names is not None else None
        if wanted is not None:
            if not wanted:
                return {}
            sql += f" WHERE o.name IN ({', '.join('?' * len(wanted))})"
            args = wanted
        out: dict[str, list[str]] = {}
        with self._errors("read"):
            for original, copy in self._conn.execute(sql + " ORDER BY c.id", args):
                out.setdefault(str(original), []).append(str(copy))
        return out

    @contextmanager
    def batched(self, max_documents: int = 25, max_seconds: float = 0.5) -> Iterator[None]:
        """Group the saves made inside into few transactions, committed every ``max_documents``
        documents or ``max_seconds`` seconds, and on the way out (also after an error or Ctrl-C).

        Each document is still stored whole or not at all (a savepoint each); a crash loses at
        most the documents of the open transaction, which a new run stores again.
        """
        self._batch = _Batch(max_documents, max_seconds)
        try:
            yield
        finally:
            self._batch = None
            if self._conn.in_transaction:
                with self._errors("write"):
                    self._conn.execute("COMMIT")

    def _begin(self) -> None:
        if not self._conn.in_transaction:
            self._conn.execute("BEGIN IMMEDIATE")
            if self._batch is not None:
                self._batch.start()

    def _done(self, failed: bool = False) -> None:
        if self._batch is None:
            self._conn.execute("ROLLBACK" if failed else "COMMIT")
        elif self._batch.due():
            self._conn.execute("COMMIT")

    def _insert_document(self, document: Document, duplicate_of: int | None = None) -> int:
        # Only first copies are fingerprinted and indexed: a copy always links to the first one.
        print_ = fp.fingerprint(document.body) if duplicate_of is None else None
        cursor = self._conn.execute(
            "INSERT INTO documents (name, path, content_hash, text, body_start, language, published,"
            " published_precision, title, source, url, metadata, warnings, ingested_at,"
            " duplicate_of, minhash, numbers, names)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.id,
                document.path,
                document.content_hash,
                document.text,
                document.body_start,
                document.language,
                document.published.isoformat() if document.published else None,
                document.published_precision,
                document.title,
                document.source,
                document.url,
                _dumps(document.metadata),
                _dumps(list(document.warnings)),
                datetime.now(UTC).isoformat(timespec="seconds"),
                duplicate_of,
                print_.signature if print_ else None,
                print_.numbers if print_ else None,
                fp.names_text(print_.names) if print_ else None,
            ),
        )
        if cursor.lastrowid is None:  # pragma: no cover - SQLite always gives one for INSERT
            raise StoreError(f"Cannot store document {document.id}: no row id")
        if print_ is not None:
            self._conn.executemany(
                "INSERT INTO document_bands (band, document_id) VALUES (?, ?)",
                [(band, cursor.lastrowid) for band in print_.bands],
            )
        return cursor.lastrowid

    def _insert_event(self, doc_id: int, position: int, document: Document, event: Event) -> None:
        data = event.to_json()
        place = event.location
        evidence_text = "\n".join(document.text[s.start : s.end] for s in event.evidence)
        self._conn.execute(
            "INSERT INTO events (document_id, position, type, subtype, date_start, date_end, date_precision,"
            " location, country, lat, lon, place_name, actors, quantities, attribution, source, via,"
            " certainty, evidence, evidence_text, quote, summary, language, event)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc_id,
                position,
                event.type,
                event.subtype,
                event.date.start.isoformat() if event.date else None,
                event.date.end.isoformat() if event.date else None,
                event.date.precision if event.date else None,
                _dumps(data["location"]),
                place.country.upper() if place.country else None,
                place.lat,
                place.lon,
                place.name,
                _dumps(data["actors"]),
                _dumps(data["quantities"]),
                _dumps(data["attribution"]),
                event.attribution.source,
                "\n".join(event.attribution.via),
                event.attribution.certainty,
                _dumps(data["evidence"]),
                evidence_text,
                event.quote,
                event.summary,
                event.language,
                _dumps(data),
            ),
        )

    # -- reading -----------------------------------------------------------------------------

    def events(self, query: EventQuery | None = None) -> Iterator[Event]:
        """The stored events that match ``query``, by start date (undated last), then document order."""
        q = query or EventQuery()
        where: list[str] = []
        args: list[Any] = []
        if q.since is not None:
            where.append("e.date_end >= ?")
            args.append(q.since.isoformat())
        if q.until is not None:
            where.append("e.date_start <= ?")
            args.append(q.until.isoformat())
        if q.type:
            where.append("e.type = ?")
            args.append(q.type.lower())
        if q.subtype:
            where.append("e.subtype = ?")
            args.append(q.subtype.lower())
        if q.country:
            where.append("e.country = ?")
            args.append(q.country.upper())
        if q.source:
            where.append("(kr_contains(e.source, ?) OR kr_contains(e.via, ?))")
            args += [q.source, q.source]
        if q.text:
            where.append("(kr_contains(e.summary, ?) OR kr_contains(e.evidence_text, ?))")
            args += [q.text, q.text]
        if q.doc:
            where.append("d.name = ?")
            args.append(q.doc)
        if q.max_span_days is not None:
            where.append("julianday(e.date_end) - julianday(e.date_start) <= ?")
            args.append(q.max_span_days)
        sql = "SELECT e.event, e.quote FROM events e JOIN documents d ON d.id = e.document_id"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date_start IS NULL, e.date_start, e.document_id, e.position"
        if q.limit is not None:
            sql += " LIMIT ?"
            args.append(q.limit)
        with self._errors("read"):
            cursor = self._conn.execute(sql, args)
            while rows := cursor.fetchmany(500):
                for data, quote_text in rows:
                    event = Event.from_json(json.loads(data))
                    yield replace(event, quote=quote_text) if quote_text is not None else event

    def document(self, name: str) -> Document | None:
        """The document stored under this file name (the latest one if several), or None."""
        with self._errors("read"):
            row = self._conn.execute(
                f"SELECT {_DOC_COLUMNS} FROM documents WHERE name = ? ORDER BY id DESC LIMIT 1", (name,)
            ).fetchone()
        return _document(row) if row else None

    def documents(self) -> Iterator[Document]:
        """Every stored document, in the order they were stored."""
        with self._errors("read"):
            cursor = self._conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents ORDER BY id")
            for row in cursor:
                yield _document(row)

    def stats(self) -> StoreStats:
        """How many documents and events the store holds, by type, and the days they span."""
        conn = self._conn
        with self._errors("read"):
            documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
            by_type = dict(conn.execute("SELECT type, count(*) FROM events GROUP BY type ORDER BY type").fetchall())
            first, last = conn.execute("SELECT min(date_start), max(date_end) FROM events").fetchone()
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        return StoreStats(
            path=self.path,
            schema_version=int(version),
            documents=int(documents),
            events=int(events),
            events_by_type={str(k): int(v) for k, v in by_type.items()},
            first_day=date.fromisoformat(first) if first else None,
            last_day=date.fromisoformat(last) if last else None,
        )

    # -- helpers -----------------------------------------------------------------------------

    def _errors(self, action: str) -> _StoreErrors:
        return _StoreErrors(self.path, action)


class _Batch:
    """When the open transaction of :meth:`SQLiteStore.batched` is due for a commit."""

    def __init__(self, max_documents: int, max_seconds: float) -> None:
        self.max_documents = max_documents
        self.max_seconds = max_seconds
        self.documents = 0
        self.started = time.monotonic()

    def start(self) -> None:
        self.documents = 0
        self.started = time.monotonic()

    def due(self) -> bool:
        self.documents += 1
        return self.documents >= self.max_documents or time.monotonic() - self.started >= self.max_seconds


class _StoreErrors:
    """Context manager that turns sqlite3 errors into StoreError naming the file."""

    def __init__(self, path: str, action: str) -> None:
        self.path = path
        self.action = action

    def __enter__(self) -> None:
        return None

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None
    ) -> None:
        if isinstance(value, sqlite3.Error):
            raise StoreError(f"Cannot {self.action} database {self.path}: {value}") from value


_DOC_COLUMNS = (
    "name, path, text, body_start, language, published, published_precision, title, source, url,"
    " metadata, warnings"
)


def _document(row: Sequence[Any]) -> Document:
    (name, path, text, body_start, language, published, precision, title, source, url, metadata, warnings) = row
    return Document(
        id=name,
        text=text,
        body_start=body_start,
        language=language,
        published=date.fromisoformat(published) if published else None,
        published_precision=precision,
        title=title,
        source=source,
        url=url,
        path=path,
        metadata=json.loads(metadata),
        warnings=tuple(json.loads(warnings)),
    )


def connect(path: str, *, create: bool = True, migrate: bool = True) -> SQLiteStore:
    """The store in the SQLite file at ``path`` (``:memory:`` for a throw-away one).

    ``create``: make the file (and its folder) if absent, else raise StoreError.
    ``migrate``: apply pending migrations on open. A file that is not a kronika database, or
    is corrupt, raises StoreError and is left as it was.
    """
    if path != MEMORY:
        file = Path(path).expanduser()
        if file.exists():
            _inspect(file)
        elif not create:
            raise StoreError(f"No database at {path}; create one with `kronika ingest PATH --db {path}`")
        else:
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as err:
                raise StoreError(f"Cannot create database folder {file.parent}: {err.strerror or err}") from None
        path = str(file)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except sqlite3.Error as err:
        raise StoreError(f"Cannot open database {path}: {err}") from None
    store = SQLiteStore(path, conn)
    try:
        with store._errors("open"):
            if migrate:
                # Switching the journal mode writes to the file; a mere check must not.
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.create_function("kr_contains", 2, _contains, deterministic=True)
        if migrate:
            store.migrate()
    except BaseException:
        conn.close()
        raise
    return store
