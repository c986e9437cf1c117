"""The SQLite store: migrations, round trips, duplicates, atomic saves, foreign files, filters."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from kronika.domain import Attribution, DateRange, Place, Span
from kronika.errors import StoreError
from kronika.store import EventQuery, open_store
from kronika.store import migrations as mig


def count(path, table):
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_store_migrations_are_recorded_and_idempotent(db_path):
    with open_store(str(db_path)) as store:
        assert store.applied_migrations() == [f"{m.version} {m.name}" for m in mig.MIGRATIONS]
        assert store.pending_migrations() == []
        assert store.migrate() == []
    with open_store(str(db_path)) as store:
        assert store.migrate() == []
        assert store.check() == []
    assert count(db_path, "migrations") == len(mig.MIGRATIONS)


def test_store_applies_new_migrations_once_in_order(db_path):
    calls = []

    def add_notes(conn):
        calls.append("notes")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")

    extra = [*mig.MIGRATIONS, mig.Migration(len(mig.MIGRATIONS) + 1, "notes", add_notes)]
    open_store(str(db_path)).close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        assert [m.name for m in mig.pending(conn, extra)] == ["notes"]
        assert [m.name for m in mig.apply(conn, extra)] == ["notes"]
        assert mig.apply(conn, extra) == []
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(extra)
    finally:
        conn.close()
    assert calls == ["notes"]


def test_store_failed_migration_leaves_no_trace(db_path):
    def broken(conn):
        conn.execute("CREATE TABLE half (id INTEGER)")
        raise RuntimeError("migration bug")

    open_store(str(db_path)).close()
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        with pytest.raises(RuntimeError):
            mig.apply(conn, [*mig.MIGRATIONS, mig.Migration(99, "broken", broken)])
        assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'half'").fetchone() is None
        assert [v for v, _ in mig.applied(conn)] == [m.version for m in mig.MIGRATIONS]
    finally:
        conn.close()


def test_store_uses_wal_and_foreign_keys(store):
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_store_round_trips_events_exactly(store, make_document, make_event):
    document = make_document("a.txt", published=date(2025, 5, 21), language="uk", title="T",
                             source="Agency", url="https://example.org", path="/in/a.txt",
                             metadata={"author": "Me"}, warnings=("w1",), body_start=3)
    events = [
        make_event("a.txt"),
        make_event("a.txt", type="statement", subtype=None, date=None, location=Place(), actors=(),
                   quantities=(), attribution=Attribution(), evidence=(), summary="", language=None,
                   quote=None, field_evidence={}),
        make_event("a.txt", date=DateRange(date(2025, 5, 1), date(2025, 5, 31), "month"), quote=None),
    ]
    assert store.save(document, events) is True
    assert list(store.events(EventQuery(doc="a.txt"))) == [events[2], events[0], events[1]]
    assert store.document("a.txt") == document
    assert list(store.documents()) == [document]


def test_store_skips_a_document_already_stored(store, make_document, make_event):
    document = make_document("a.txt")
    assert store.save(document, [make_event()]) is True
    assert store.has_document(document.content_hash)
    assert store.save(make_document("copy-of-a.txt"), [make_event(), make_event()]) is False
    stats = store.stats()
    assert (stats.documents, stats.events) == (1, 1)


def test_store_save_is_all_or_nothing(store, make_document, make_event, monkeypatch):
    original = type(store)._insert_event

    def fail_on_second(self, doc_id, position, document, event):
        if position == 1:
            raise sqlite3.IntegrityError("disk trouble")
        return original(self, doc_id, position, document, event)

    monkeypatch.setattr(type(store), "_insert_event", fail_on_second)
    with pytest.raises(StoreError, match="disk trouble"):
        store.save(make_document("a.txt"), [make_event(), make_event()])
    monkeypatch.undo()
    stats = store.stats()
    assert (stats.documents, stats.events) == (0, 0)
    assert store.save(make_document("a.txt"), [make_event()]) is True


def test_store_stats_counts_by_type_and_days(store, make_document, make_event):
    store.save(make_document("a.txt"), [
        make_event(date=DateRange(date(2025, 5, 19), date(2025, 5, 20))),
        make_event(type="attack", date=DateRange(date(2025, 5, 22), date(2025, 5, 22))),
    ])
    stats = store.stats()
    assert stats.events_by_type == {"attack": 1, "interception": 1}
    assert (stats.first_day, stats.last_day) == (date(2025, 5, 19), date(2025, 5, 22))
    assert stats.schema_version == len(mig.MIGRATIONS)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is a text file, not a database\n", "not an SQLite file"),
        (b"SQLite format 3\x00" + b"\x00\xff" * 600, "corrupt"),
    ],
)
def test_store_refuses_a_foreign_or_corrupt_file_without_touching_it(tmp_path, content, message):
    path = tmp_path / "odd.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match=message) as caught:
        open_store(str(path))
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.db"]


def test_store_refuses_another_programs_sqlite_database(tmp_path):
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a kronika one"):
        open_store(str(path))
    assert path.read_bytes() == before


def test_store_refuses_a_database_from_a_newer_kronika(db_path):
    open_store(str(db_path)).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO migrations VALUES (999, 'future', '2030-01-01')")
    conn.close()
    with pytest.raises(StoreError, match="newer kronika"):
        open_store(str(db_path))


def test_store_open_without_create_refuses_a_missing_file(tmp_path):
    with pytest.raises(StoreError, match="No database"):
        open_store(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()


def test_store_accepts_a_sqlite_url(tmp_path):
    with open_store(f"sqlite:///{tmp_path / 'u.db'}") as store:
        assert store.stats().documents == 0
    assert (tmp_path / "u.db").exists()


TEXT = "Уночі над Києвом збили дрони. Drones hit a depot in Belgorod."


@pytest.fixture
def filled(store, make_document, make_event):
    doc_a = make_document("a.txt", text=TEXT)
    doc_b = make_document("b.txt", text="Another text entirely.")
    store.save(doc_a, [
        make_event("a.txt", type="interception", date=DateRange(date(2025, 5, 20), date(2025, 5, 20)),
                   location=Place("Kyiv", "UA", 50.45, 30.52, "city"),
                   attribution=Attribution("Повітряні сили", ("Укрінформ",), "claimed"),
                   evidence=(Span(0, 29),), summary="Drones downed over Kyiv."),
        make_event("a.txt", type="attack", date=DateRange(date(2025, 5, 21), date(2025, 5, 23), "range"),
                   location=Place("Belgorod", "ru", 50.6, 36.6, "city"),
                   attribution=Attribution("Governor", ("TASS", "RIA"), "claimed"),
                   evidence=(Span(30, 61),), summary="A depot was hit."),
    ])
    store.save(doc_b, [
        make_event("b.txt", type="sanction", date=DateRange(date(2025, 5, 1), date(2025, 5, 31), "month"),
                   location=Place(), attribution=Attribution(None, (), "asserted"), evidence=(Span(0, 7),),
                   summary="Sanctions for May."),
        make_event("b.txt", type="statement", date=None, summary="Undated remark.", evidence=(),
                   location=Place(), attribution=Attribution()),
    ])
    return store


@pytest.mark.parametrize(
    ("query", "summaries"),
    [
        (EventQuery(), ["Sanctions for May.", "Drones downed over Kyiv.", "A depot was hit.", "Undated remark."]),
        (EventQuery(since=date(2025, 5, 21)), ["Sanctions for May.", "A depot was hit."]),
        (EventQuery(until=date(2025, 5, 20)), ["Sanctions for May.", "Drones downed over Kyiv."]),
        (EventQuery(since=date(2025, 5, 22), until=date(2025, 5, 22)), ["Sanctions for May.", "A depot was hit."]),
        (EventQuery(since=date(2025, 5, 22), until=date(2025, 5, 22), max_span_days=2), ["A depot was hit."]),
        (EventQuery(type="attack"), ["A depot was hit."]),
        (EventQuery(country="ua"), ["Drones downed over Kyiv."]),
        (EventQuery(country="RU"), ["A depot was hit."]),
        (EventQuery(source="повітряні"), ["Drones downed over Kyiv."]),  # Cyrillic, other case
        (EventQuery(source="ria"), ["A depot was hit."]),  # found in via
        (EventQuery(source="укрінформ"), ["Drones downed over Kyiv."]),
        (EventQuery(text="DEPOT"), ["A depot was hit."]),  # in the summary
        (EventQuery(text="києвом"), ["Drones downed over Kyiv."]),  # only in the evidence text
        (EventQuery(doc="b.txt"), ["Sanctions for May.", "Undated remark."]),
        (EventQuery(limit=1), ["Sanctions for May."]),
        (EventQuery(type="attack", country="UA"), []),
    ],
)
def test_store_filters_events(filled, query, summaries):
    assert [e.summary for e in filled.events(query)] == summaries


def test_store_check_reports_pending_migrations(tmp_path):
    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with open_store(str(path), migrate=False) as store:
        assert store.check() == [f"migration not applied: {m.version} {m.name}" for m in mig.MIGRATIONS]
