"""batch.run(): many inputs, one failure at a time, nothing partial, counts that add up."""

from __future__ import annotations

import os

import pytest

from kronika import batch
from kronika.errors import StageError, StoreError, UsageError
from kronika.settings import Settings

GOOD_1 = "Date: 2025-05-21\n\nDrones flew over the port at night.\n"
GOOD_2 = "Date: 2025-05-22\n\nThe council met. Drones were seen again.\n"


class Recorder:
    """A sink that keeps what it is given, with content-hash duplicates refused."""

    def __init__(self):
        self.saved = {}

    def __call__(self, document, events):
        if document.content_hash in self.saved:
            return False
        self.saved[document.content_hash] = (document, events)
        return True

    def names(self):
        return sorted(doc.id for doc, _ in self.saved.values())


@pytest.fixture
def inbox(write_file, tmp_path):
    write_file("in/1-good.txt", GOOD_1)
    write_file("in/2-empty.txt", b"")
    write_file("in/3-binary.txt", b"\x00\x01\x02\x03")
    write_file("in/4-latin1.txt", "Dépôt touché par des drones.".encode("latin-1"))
    write_file("in/5-good.md", GOOD_2)
    return tmp_path / "in"


def test_batch_reports_each_bad_input_and_stores_the_rest(inbox, fake_extract):
    sink = Recorder()
    report = batch.run([str(inbox)], Settings(), sink, progress=False)
    assert sink.names() == ["1-good.txt", "5-good.md"]
    assert (report.read, report.stored, report.skipped_duplicates, report.events) == (2, 2, 0, 2)
    assert not report.ok
    failed = {f.location.rsplit("/", 1)[1]: f for f in report.failures}
    assert sorted(failed) == ["2-empty.txt", "3-binary.txt", "4-latin1.txt"]
    assert {f.stage for f in report.failures} == {"read"}
    assert "empty" in failed["2-empty.txt"].reason
    assert "binary" in failed["3-binary.txt"].reason
    assert "UTF-8" in failed["4-latin1.txt"].reason
    assert "byte offset 1" in failed["4-latin1.txt"].reason
    assert str(failed["2-empty.txt"]) == f"{inbox / '2-empty.txt'}: {failed['2-empty.txt'].reason}"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (ValueError("odd token"), "extraction failed (ValueError: odd token)"),
        (KeyError("x"), "extraction failed (KeyError: 'x')"),
        (StageError("stage 'dates' failed: bad month"), "stage 'dates' failed: bad month"),
    ],
)
def test_batch_records_an_extraction_failure_and_goes_on(write_file, monkeypatch, error, expected):
    def extract(document, settings):
        if "BOOM" in document.text:
            raise error
        return []

    monkeypatch.setattr("kronika.batch._extract", extract)
    bad = write_file("a-bad.txt", "BOOM goes the parser.\n")
    good = write_file("b-good.txt", "Quiet day.\n")
    sink = Recorder()
    report = batch.run([str(bad), str(good)], Settings(), sink, progress=False)
    assert sink.names() == ["b-good.txt"]  # nothing partial for the bad one
    assert report.failures == (batch.Failure(str(bad), "extract", expected),)
    assert (report.read, report.stored) == (2, 1)


def test_batch_records_a_sink_error(write_file, fake_extract):
    def sink(document, events):
        raise StoreError("Cannot write database x.db: disk full")

    path = write_file("a.txt", GOOD_1)
    report = batch.run([str(path)], Settings(), sink, progress=False)
    assert report.failures == (batch.Failure(str(path), "store", "Cannot write database x.db: disk full"),)
    assert report.stored == 0


def test_batch_counts_duplicates(write_file, fake_extract):
    first = write_file("a.txt", GOOD_1)
    same = write_file("copy/a.txt", GOOD_1)
    sink = Recorder()
    report = batch.run([str(first), str(same)], Settings(), sink, progress=False)
    assert (report.read, report.stored, report.skipped_duplicates, report.events) == (2, 1, 1, 1)
    assert report.summary() == "2 documents read, 1 stored, 1 already stored, 1 event, 0 failures"


def test_batch_skips_known_documents_before_extracting(write_file, monkeypatch):
    calls = []
    monkeypatch.setattr("kronika.batch._extract", lambda document, settings: calls.append(document.id) or [])
    path = write_file("a.txt", GOOD_1)
    report = batch.run([str(path)], Settings(), Recorder(), progress=False, known=lambda content_hash: True)
    assert calls == []
    assert (report.read, report.skipped_duplicates) == (1, 1)


def test_batch_passes_published_and_language_to_documents(write_file, fake_extract):
    from datetime import date

    sink = Recorder()
    batch.run([str(write_file("a.txt", GOOD_1))], Settings(), sink, published=date(2025, 1, 2), language="en",
              progress=False)
    [(document, events)] = sink.saved.values()
    assert (document.published, document.language) == (date(2025, 1, 2), "en")
    assert events[0].date.start == date(2025, 1, 2)


def test_batch_collects_document_warnings(write_file, fake_extract):
    report = batch.run([str(write_file("a.txt", "Date: someday\n\nDrones.\n"))], Settings(), Recorder(),
                       progress=False)
    assert report.ok
    assert "unreadable date" in report.warnings[0]


def test_batch_refuses_a_location_that_matches_nothing(tmp_path, fake_extract):
    with pytest.raises(UsageError, match=r"missing\.txt"):
        batch.run([str(tmp_path / "missing.txt")], Settings(), Recorder(), progress=False)


def test_batch_progress_bar_runs_without_a_terminal(write_file, fake_extract, capsys):
    report = batch.run([str(write_file("a.txt", GOOD_1))], Settings(), Recorder(), progress=True)
    assert report.stored == 1
    assert capsys.readouterr().out == ""  # the bar goes to stderr only


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions; chmod 000 proves nothing")
def test_batch_reports_an_unreadable_file(write_file, fake_extract):
    locked = write_file("in/locked.txt", GOOD_1)
    write_file("in/open.txt", GOOD_2)
    locked.chmod(0)
    try:
        sink = Recorder()
        report = batch.run([str(locked.parent)], Settings(), sink, progress=False)
    finally:
        locked.chmod(0o644)
    assert sink.names() == ["open.txt"]
    assert report.failures == (batch.Failure(str(locked), "read", "cannot be read: permission denied"),)
