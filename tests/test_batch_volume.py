"""batch.run at volume: near copies linked instead of extracted, worker processes, input order kept."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kronika import batch
from kronika.settings import ExtractSettings, IngestSettings, Settings
from kronika.store import open_store

REPORT = (
    "Ukraine's air force said Russia launched 273 drones overnight, the largest single drone attack since "
    "the full-scale invasion began. Air defence units were active over Kyiv and the surrounding region "
    "for several hours, and one woman was killed when debris fell on a house in the Obukhiv district. "
    "Officials in the capital asked residents to stay in shelters until the all-clear was given."
)


def article(source: str, body: str = REPORT, extra: str = "") -> str:
    return f"Title: Night attack\nDate: 2025-05-18\nSource: {source}\n\n{body}{extra}\n"


@pytest.fixture
def counting_extract(monkeypatch):
    calls: list[str] = []

    def extract(document, settings):
        calls.append(document.id)
        if "BOOM" in document.text:
            raise ValueError("cannot read this one")
        return []

    monkeypatch.setattr("kronika.batch._extract", extract)
    return calls


def test_batch_links_near_copies_instead_of_extracting_them(write_file, db_path, counting_extract):
    write_file("in/1-wire.txt", article("Wire"))
    write_file("in/2-relay.txt", article("Relay", "KYIV (Relay) — " + REPORT, " Follow our live coverage."))
    write_file("in/3-other.txt", article("Other", "Explosions were heard in Odesa late on Sunday, the regional governor said."))
    with open_store(str(db_path)) as store:
        report = batch.run([str(db_path.parent.parent / "in")], Settings(), store.save, progress=False,
                           known=store.has_document, copies=store)
        assert store.copies() == {"1-wire.txt": ["2-relay.txt"]}
    assert counting_extract == ["1-wire.txt", "3-other.txt"]
    assert (report.read, report.stored, report.linked, report.skipped_duplicates) == (3, 2, 1, 0)
    assert "1 linked to an earlier copy" in report.summary()


def test_batch_links_a_copy_to_a_document_of_an_earlier_run(write_file, db_path, counting_extract):
    first = write_file("a.txt", article("Wire"))
    later = write_file("b.txt", article("Relay", REPORT, " (Relay)"))
    with open_store(str(db_path)) as store:
        batch.run([str(first)], Settings(), store.save, progress=False, known=store.has_document, copies=store)
        report = batch.run([str(later)], Settings(), store.save, progress=False, known=store.has_document, copies=store)
        assert store.copies() == {"a.txt": ["b.txt"]}
    assert report.linked == 1
    assert counting_extract == ["a.txt"]


def test_batch_extracts_the_copy_when_the_first_copy_failed(write_file, db_path, counting_extract):
    write_file("in/1.txt", article("Wire", REPORT + " BOOM"))
    write_file("in/2.txt", article("Relay", REPORT + " BOOM", " (Relay)").replace(" BOOM", "", 1))
    with open_store(str(db_path)) as store:
        report = batch.run([str(db_path.parent.parent / "in")], Settings(), store.save, progress=False, copies=store)
        assert store.copies() == {}
        assert [d.id for d in store.documents()] == ["2.txt"]
    assert len(report.failures) == 1
    assert (report.stored, report.linked) == (1, 0)


def test_batch_near_duplicates_off(write_file, db_path, counting_extract):
    write_file("in/1.txt", article("Wire"))
    write_file("in/2.txt", article("Relay", REPORT, " (Relay)"))
    settings = replace(Settings(), ingest=IngestSettings(near_duplicates=0))
    with open_store(str(db_path)) as store:
        report = batch.run([str(db_path.parent.parent / "in")], settings, store.save, progress=False, copies=store)
    assert (report.stored, report.linked) == (2, 0)


def test_batch_skips_a_text_seen_twice_in_one_run_before_extracting(write_file, counting_extract):
    write_file("in/a.txt", article("Wire"))
    write_file("in/b.txt", article("Wire"))
    report = batch.run([str(write_file("in/c.txt", article("Wire")).parent)], Settings(), lambda d, e: True,
                       progress=False)
    assert counting_extract == ["a.txt"]
    assert report.skipped_duplicates == 2


def test_batch_small_batch_stays_in_this_process(write_file, counting_extract):
    paths = [str(write_file(f"in/{n}.txt", f"Report {n}: drones over the region.\n")) for n in range(3)]
    report = batch.run(paths, Settings(), lambda d, e: True, progress=False, workers=2)
    assert report.workers == 1
    assert len(counting_extract) == 3  # the monkeypatched extractor ran here


def many(write_file, count):
    # Distinct reports (their numbers differ), so none is a copy of another.
    return [
        str(write_file(f"in/{n:03d}.txt", f"Date: 2025-05-{1 + n % 28:02d}\n\nReport {n}: {n * 7} drones were launched at"
                       f" region {n} overnight, officials said; {n % 5} people were hurt.\n"))
        for n in range(count)
    ]


def test_batch_workers_extract_in_parallel_and_the_store_keeps_input_order(write_file, db_path):
    paths = many(write_file, batch.PARALLEL_FROM + 8)
    settings = replace(Settings(), extract=ExtractSettings(stages=()))
    with open_store(str(db_path)) as store, store.batched():
        report = batch.run(paths, settings, store.save, progress=False, known=store.has_document, copies=store,
                           workers=2)
        names = [d.id for d in store.documents()]
    assert report.workers == 2
    assert report.ok
    assert report.stored == len(paths)
    assert names == [p.rsplit("/", 1)[1] for p in paths]


def test_batch_worker_failure_is_recorded_and_the_batch_goes_on(write_file, db_path):
    paths = many(write_file, batch.PARALLEL_FROM + 2)
    settings = replace(Settings(), extract=ExtractSettings(stages=("no-such-stage",)))
    report = batch.run(paths, settings, lambda d, e: True, progress=False, workers=2)
    assert report.workers == 2
    assert len(report.failures) == len(paths)
    assert "no-such-stage" in report.failures[0].reason
    assert {f.stage for f in report.failures} == {"extract"}
