"""kronika watch: polls a folder and feeds, ingests what is new, stops cleanly with a summary."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import cli
from kronika.cli.watch import Watcher
from kronika.readers import fetch
from kronika.settings import Settings, load
from kronika.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OLD = time.time() - 60


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.utime(path, (OLD, OLD))  # settled: not being written any more
    return path


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def documents(db: Path) -> list[str]:
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return [row[0] for row in conn.execute("SELECT name FROM documents ORDER BY id")]
    except sqlite3.OperationalError:
        return []  # still being created by the process under test


def test_watch_ingests_a_folder_and_stops_after_max_polls(tmp_path, fake_extract):
    inbox, db = tmp_path / "inbox", tmp_path / "w.db"
    write(inbox, "a.txt", "Date: 2025-05-21\n\nDrones over the port.\n")
    write(inbox, "b.txt", "Date: 2025-05-22\n\nDrones again over the port.\n")
    result = run("watch", inbox, "--interval", "0.1", "--max-polls", "2", "--db", db)
    assert result.exit_code == 0, result.output
    assert documents(db) == ["a.txt", "b.txt"]
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("kronika watch: 2 polls, 2 documents read, 2 stored,")
    assert "after 2 polls" in last


def test_watch_takes_new_and_changed_files_on_later_polls_only_once(tmp_path, fake_extract):
    inbox = tmp_path / "inbox"
    write(inbox, "a.txt", "Drones over the port.\n")
    with open_store(str(tmp_path / "w.db")) as store:
        watcher = Watcher((str(inbox),), Settings(), store)
        assert watcher.poll().stored == 1
        assert watcher.poll() is None  # nothing new: no batch at all
        write(inbox, "sub/b.txt", "Drones over the bridge.\n")
        fresh = inbox / "c.txt"
        fresh.write_text("Still being written", encoding="utf-8")  # too recent: next poll
        report = watcher.poll()
        assert report.stored == 1
        write(inbox, "a.txt", "Drones over the port, updated: 3 were shot down.\n")
        assert watcher.poll().stored == 1
        assert watcher.totals.polls == 4
        assert [d.id for d in store.documents()] == ["a.txt", "b.txt", "a.txt"]


def test_watch_refuses_a_missing_folder(tmp_path):
    result = CliRunner().invoke(cli, ["watch", str(tmp_path / "nowhere"), "--max-polls", "1", "--db",
                                      str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "nowhere: no such file or folder" in result.stderr


def test_watch_empty_folder_is_fine(tmp_path, fake_extract):
    (tmp_path / "inbox").mkdir()
    result = run("watch", tmp_path / "inbox", "--interval", "0.1", "--max-polls", "1", "--db", tmp_path / "w.db")
    assert result.exit_code == 0
    assert "1 poll, 0 documents read" in result.stderr


@pytest.fixture
def feed_server():
    """A local feed with an ETag, and a robots.txt that lets kronika read /rss but not /closed."""
    body = (FIXTURES / "feeds" / "frontline_wire.rss").read_bytes()
    hits: list[tuple[str, int]] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path == "/robots.txt":
                payload, status = b"User-agent: *\nDisallow: /closed\n", 200
            elif self.path == "/rss" and self.headers.get("If-None-Match") == '"v1"':
                payload, status = b"", 304
            elif self.path in ("/rss", "/closed"):
                payload, status = body, 200
            else:
                payload, status = b"", 404
            hits.append((self.path, status))
            self.send_response(status)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args: object) -> None:
            return None

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    fetch.clear_robots_cache()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()
    fetch.clear_robots_cache()


def test_watch_polls_a_feed_with_conditional_requests(tmp_path, fake_extract, feed_server):
    base, hits = feed_server
    settings = load(overrides={"fetch.allow_private": "true"}, environ={})
    with open_store(str(tmp_path / "w.db")) as store:
        watcher = Watcher((f"{base}/rss",), settings, store)
        first = watcher.poll()
        assert first.stored == 3
        assert [f.location for f in first.failures] == [f"{base}/rss#3"]  # the broken entry
        assert watcher.poll() is None
        assert watcher.totals.not_modified == 1
    assert [h for h in hits if h[0] == "/rss"] == [("/rss", 200), ("/rss", 304)]


def test_watch_respects_robots_txt_for_feeds(tmp_path, fake_extract, feed_server):
    base, hits = feed_server
    result = run("--set", "fetch.allow_private=true", "watch", f"{base}/closed", "--max-polls", "1", "--db",
                 tmp_path / "w.db")
    assert result.exit_code == 1
    assert "robots.txt does not allow kronika" in result.stderr
    assert ("/closed", 200) not in hits


def test_watch_refuses_a_private_feed_without_the_setting(tmp_path, fake_extract, feed_server):
    base, hits = feed_server
    result = run("watch", f"{base}/rss", "--max-polls", "1", "--db", tmp_path / "w.db")
    assert result.exit_code == 1
    assert "refused to fetch" in result.stderr
    assert hits == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a process group")
def test_watch_stops_cleanly_on_ctrl_c(tmp_path):
    inbox, db = tmp_path / "inbox", tmp_path / "w.db"
    write(inbox, "a.txt", "Date: 2025-05-21\n\nA quiet morning in the city.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KRONIKA_")}
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kronika.cli import main; main(sys.argv[1:])",
         "--set", "extract.stages=", "watch", str(inbox), "--interval", "0.2", "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not documents(db):
            time.sleep(0.05)
        time.sleep(0.3)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("kronika watch: ")
    assert "1 stored" in last
    assert "stopped by Ctrl-C" in last
    assert "Traceback" not in err
    assert documents(db) == ["a.txt"]
