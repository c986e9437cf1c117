"""A real `kronika ingest` killed with SIGKILL mid-run, then run again, loses and doubles nothing.

The articles are generated here (our own sentences, numbers varied, some syndicated copies);
a clean run into one database is compared with a killed-then-resumed run into another: same
documents, each exactly once, same copy links, same number of events, and an intact file.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ARTICLES = 60
CLI = "import sys; from kronika.cli import main; main(sys.argv[1:])"
CITIES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Zaporizhzhia", "Mykolaiv"]

pytestmark = pytest.mark.slow


def write_articles(folder: Path) -> None:
    folder.mkdir(parents=True)
    for n in range(ARTICLES):
        city = CITIES[n % len(CITIES)]
        if n % 10 == 9:
            # A syndicated copy of the article before: another outlet, same report.
            previous = (folder / f"{n - 1:03d}.txt").read_text(encoding="utf-8")
            header, _, body = previous.partition("\n\n")
            text = header.replace("Source: Test Wire", "Source: Relay Desk") + "\n\nKYIV (Relay Desk) — " + body
        else:
            text = (
                f"Title: Night attack on {city}\nDate: 2025-05-{1 + n % 28:02d}\nSource: Test Wire\nLanguage: en\n\n"
                f"Russian forces launched {20 + n} drones at {city} overnight, the regional administration said."
                f" Air defence units shot down {10 + n} of them over the region.\n\n"
                f"Debris damaged {n % 7 + 2} houses in {city}, and {n % 4 + 1} people were injured,"
                f" the governor wrote on Telegram on Tuesday morning.\n\n"
                f"Russia's defence ministry said its forces had struck {n % 9 + 3} targets in the {city} region"
                f" with missiles and drones. Ukraine's air force reported {n % 5 + 2} ballistic missiles"
                f" launched at the region during the same night; the claim could not be verified.\n\n"
                f"Power was cut to {100 + 13 * n} homes after a strike on an energy facility near {city},"
                f" the grid operator said, and repair crews were at work by noon.\n"
            )
        (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")


def ingest(folder: Path, db: Path) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRONIKA_")}
    return subprocess.Popen(
        [sys.executable, "-c", CLI, "ingest", str(folder), "--db", str(db), "--no-progress"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,  # its own process group: the kill takes the workers too
    )


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created or migrated yet


def content(db: Path) -> dict:
    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT name, content_hash FROM documents ORDER BY name").fetchall()
        names = [name for name, _ in documents]
        links = conn.execute(
            "SELECT c.name, o.name FROM documents c JOIN documents o ON o.id = c.duplicate_of ORDER BY c.name"
        ).fetchall()
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        per_document = conn.execute(
            "SELECT d.name, count(e.id) FROM documents d LEFT JOIN events e ON e.document_id = d.id GROUP BY d.id"
            " ORDER BY d.name"
        ).fetchall()
        orphans = conn.execute(
            "SELECT count(*) FROM events WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return {
        "documents": documents,
        "duplicate names": len(names) - len(set(names)),
        "links": links,
        "events": events,
        "events per document": per_document,
        "orphan events": orphans,
        "integrity": integrity,
    }


def test_ingest_killed_mid_run_and_run_again_loses_and_doubles_nothing(tmp_path):
    folder = tmp_path / "inbox"
    write_articles(folder)

    clean_db = tmp_path / "clean.db"
    clean = ingest(folder, clean_db)
    _, err = clean.communicate(timeout=600)
    assert clean.returncode == 0, err
    expected = content(clean_db)
    assert len(expected["documents"]) == ARTICLES
    assert len(expected["links"]) == ARTICLES // 10
    assert expected["events"] > 0

    crash_db = tmp_path / "crash.db"
    victim = ingest(folder, crash_db)
    deadline = time.monotonic() + 600
    while stored(crash_db) == 0 and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(victim.pid, signal.SIGKILL)
    victim.communicate(timeout=30)
    assert victim.returncode == -signal.SIGKILL
    at_kill = stored(crash_db)
    print(f"\nkilled with {at_kill} of {ARTICLES} documents stored")
    assert 0 < at_kill < ARTICLES, f"the kill came too late to prove anything ({at_kill} documents stored)"

    again = ingest(folder, crash_db)
    _, err = again.communicate(timeout=600)
    assert again.returncode == 0, err
    assert f"{ARTICLES} documents read" in err
    assert f"{at_kill} already stored" in err

    resumed = content(crash_db)
    assert resumed == expected
    assert resumed["duplicate names"] == 0
    assert resumed["orphan events"] == 0
    assert resumed["integrity"] == "ok"
