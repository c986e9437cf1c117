"""The store's near-copy links (migration 2) and its batched transactions."""

from __future__ import annotations

import sqlite3

import pytest

from kronika.errors import StoreError
from kronika.store import open_store

BODY = (
    "Ukraine's air force said Russia launched 273 drones overnight, the largest single drone attack since "
    "the full-scale invasion began. Air defence units were active over Kyiv and the surrounding region "
    "for several hours, and one woman was killed when debris fell on a house in the Obukhiv district. "
    "Officials in the capital asked residents to stay in shelters until the all-clear was given."
)
OTHER = (
    "European Union foreign ministers approved a 17th package of sanctions on Tuesday, aimed mainly at "
    "the shadow fleet of tankers that carries Russian oil, and close to 200 more vessels are barred from "
    "European ports under the new measures agreed in Brussels."
)


def doc(make_document, name, body, source="Wire"):
    return make_document(name, f"Source: {source}\n\n{body}\n", body_start=len(f"Source: {source}\n\n"))


def test_store_finds_and_links_a_near_copy(store, make_document, make_event):
    first = doc(make_document, "wire.txt", BODY)
    copy = doc(make_document, "relay.txt", "(Relay) " + BODY + " More on our site.", source="Relay")
    assert store.save(first, [make_event("wire.txt")])
    assert store.original_of(copy, 0.8) == first.content_hash
    assert store.original_of(doc(make_document, "o.txt", OTHER), 0.8) is None
    assert store.save_copy(copy, first.content_hash)
    assert store.copies() == {"wire.txt": ["relay.txt"]}
    assert store.copies(["relay.txt"]) == {}
    assert store.stats().documents == 2
    assert store.stats().events == 1  # the copy has no events of its own


def test_store_copy_is_not_indexed_so_copies_link_to_the_first(store, make_document):
    first = doc(make_document, "a.txt", BODY)
    second = doc(make_document, "b.txt", BODY, source="B")
    third = doc(make_document, "c.txt", BODY, source="C")
    store.save(first, [])
    store.save_copy(second, first.content_hash)
    assert store.original_of(third, 0.8) == first.content_hash
    with sqlite3.connect(store.path) as conn:
        indexed = conn.execute("SELECT DISTINCT document_id FROM document_bands").fetchall()
    assert indexed == [(1,)]


def test_store_refuses_a_copy_of_a_document_it_does_not_have(store, make_document):
    with pytest.raises(StoreError, match="first copy"):
        store.save_copy(doc(make_document, "b.txt", BODY), "0" * 64)
    assert store.stats().documents == 0


def test_store_batched_commits_in_groups_and_on_exit(db_path, make_document):
    with open_store(str(db_path)) as store, store.batched(max_documents=3, max_seconds=3600):
        for n in range(5):
            store.save(make_document(f"{n}.txt", f"Report number {n} about drones.\n"), [])
            with sqlite3.connect(str(db_path)) as other:
                visible = other.execute("SELECT count(*) FROM documents").fetchone()[0]
            assert visible == (3 if n >= 2 else 0)  # others see whole groups only
    with sqlite3.connect(str(db_path)) as other:
        assert other.execute("SELECT count(*) FROM documents").fetchone()[0] == 5


def test_store_batched_keeps_a_failed_document_out_and_the_others_in(db_path, make_document, make_event, monkeypatch):
    with open_store(str(db_path)) as store:
        original = store._insert_event

        def failing(doc_id, position, document, event):
            if document.id == "bad.txt":
                raise sqlite3.OperationalError("disk I/O error")
            return original(doc_id, position, document, event)

        monkeypatch.setattr(store, "_insert_event", failing)
        with store.batched():
            store.save(make_document("good.txt", "Drones seen.\n"), [make_event("good.txt")])
            with pytest.raises(StoreError, match="disk I/O error"):
                store.save(make_document("bad.txt", "Drones again.\n"), [make_event("bad.txt")])
            store.save(make_document("late.txt", "Drones later.\n"), [])
        assert [d.id for d in store.documents()] == ["good.txt", "late.txt"]
        assert store.stats().events == 1


def test_store_batched_commits_what_was_done_before_an_interrupt(db_path, make_document):
    def interrupted(store):
        with store.batched():
            store.save(make_document("a.txt", "One.\n"), [])
            raise KeyboardInterrupt

    with open_store(str(db_path)) as store:
        with pytest.raises(KeyboardInterrupt):
            interrupted(store)
        assert store.stats().documents == 1
