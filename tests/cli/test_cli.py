"""The kronika command line: data on stdout, one-line errors on stderr, exit 0/1/2."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest
from click.testing import CliRunner

from kronika.cli import cli
from kronika.domain import DateRange
from kronika.settings import describe
from kronika.store import open_store

GOOD_FR = "Date: 2025-05-21\nSource: Agence Test\n\nDes drones ont survolé le port.\n\nLe maire a parlé.\n"
GOOD_UK = "Date: 2025-05-22\n\nУночі над містом збили дрони.\n"

COMMANDS = [
    ["extract"], ["ingest"], ["events"], ["digest"], ["stages"], ["db"], ["db", "migrate"], ["db", "check"],
    ["settings"], [],
]


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def counts(db):
    with sqlite3.connect(db) as conn:
        result = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "events"))
    conn.close()
    return result


@pytest.fixture
def inputs(write_file, tmp_path):
    write_file("in/fr.txt", GOOD_FR)
    write_file("in/uk.txt", GOOD_UK)
    return tmp_path / "in"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "kronika")
def test_cli_help_ends_with_an_example(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    help_text = result.output.split("Options:")[0].strip()
    assert help_text.splitlines()[-1].strip().startswith("Example: kronika")


def test_cli_help_loads_no_heavy_module():
    code = "import sys, kronika.cli; print(sorted(m for m in ('spacy', 'rich', 'sqlite3', 'lingua') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_cli_extract_prints_jsonl_events(inputs, fake_extract):
    result = run("extract", inputs, "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["doc"] for e in events] == ["fr.txt", "uk.txt"]
    assert "дрони" not in result.stdout  # summaries are English; evidence is offsets
    assert events[0]["date"] == {"start": "2025-05-21", "end": "2025-05-21", "precision": "day"}
    text = (inputs / "fr.txt").read_text(encoding="utf-8")
    span = events[0]["evidence"][0]
    assert text[span["start"] : span["end"]] == "Des drones ont survolé le port."
    assert result.stderr == ""


def test_cli_extract_writes_non_ascii_as_is(write_file, fake_extract):
    path = write_file("uk.txt", "Source: Київська агенція\n\nДрони над Києвом.\n")
    result = run("extract", path)
    assert "Київська агенція" in result.stdout


def test_cli_extract_table(inputs, fake_extract):
    result = run("extract", inputs, "--format", "table")
    assert result.exit_code == 0
    for cell in ("fr.txt", "2025-05-21", "attack/drone", "Test Town (UA)", "asserted"):
        assert cell in result.stdout


def test_cli_extract_published_overrides_the_header(inputs, fake_extract):
    result = run("extract", inputs / "fr.txt", "--published", "2025-01-31")
    assert json.loads(result.stdout)["date"]["start"] == "2025-01-31"


def test_cli_ingest_twice_adds_nothing(inputs, tmp_path, fake_extract):
    db = tmp_path / "k.db"
    first = run("ingest", inputs, "--db", db)
    assert first.exit_code == 0, first.stderr
    assert "2 documents read, 2 stored, 0 already stored, 2 events, 0 failures" in first.stderr
    assert first.stdout == ""
    before = counts(db)
    again = run("ingest", inputs, "--db", db)
    assert again.exit_code == 0
    assert "2 documents read, 0 stored, 2 already stored, 0 events" in again.stderr
    assert counts(db) == before == (2, 2)


def test_cli_ingest_reports_bad_inputs_stores_the_rest_and_keeps_the_database(
    inputs, write_file, tmp_path, fake_extract
):
    db = tmp_path / "k.db"
    assert run("ingest", inputs / "fr.txt", "--db", db).exit_code == 0
    before = counts(db)
    bad = {
        "empty.txt": write_file("in/empty.txt", b""),
        "binary.txt": write_file("in/binary.txt", b"PK\x03\x04\x00\x00zip"),
        "latin1.txt": write_file("in/latin1.txt", "Frappe à l'aube, drones.".encode("latin-1")),
        "boom.txt": write_file("in/boom.txt", "Date: 2025-05-21\n\nDrones. BOOM\n"),
    }
    result = run("ingest", inputs, "--db", db)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    for name, reason in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "not valid UTF-8"),
                         ("boom.txt", "extraction failed (ValueError")]:
        assert any(line.startswith(f"{bad[name]}: ") and reason in line for line in lines), (name, lines)
    assert "Traceback" not in result.stderr
    assert "1 already stored" in lines[-1]
    assert "4 failures" in lines[-1]
    # uk.txt was stored, fr.txt was already there, the bad ones added nothing.
    assert counts(db) == (before[0] + 1, before[1] + 1)
    listed = run("events", "--db", db, "--format", "jsonl")
    assert sorted(json.loads(line)["doc"] for line in listed.stdout.splitlines()) == ["fr.txt", "uk.txt"]


def test_cli_events_filters_and_formats(inputs, tmp_path, fake_extract):
    db = tmp_path / "k.db"
    run("ingest", inputs, "--db", db)
    result = run("events", "--db", db, "--since", "2025-05-22", "--format", "jsonl")
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["uk.txt"]
    result = run("events", "--db", db, "--source", "agence test", "--format", "jsonl")
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["fr.txt"]
    result = run("events", "--db", db, "--type", "sanction")
    assert result.exit_code == 0
    assert "No events match." in result.stderr
    result = run("events", "--db", db, "--doc", "uk.txt")
    assert "uk.txt" in result.stdout
    assert "fr.txt" not in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["ingest", "{tmp}/nowhere.txt", "--db", "{tmp}/k.db"], "nowhere.txt: no such file or folder"),
        (["extract", "{tmp}/*.nothing"], "no file matches"),
        (["extract"], "Missing argument"),
        (["extract", "{tmp}", "--published", "21/05/2025"], "YYYY-MM-DD"),
        (["extract", "{tmp}", "--lang", "de"], "'de' is not one of"),
        (["events", "--db", "{tmp}/k.db", "--since", "2025-02-30"], "not a date"),
        (["events", "--db", "{tmp}/k.db", "--since", "2025-05-02", "--until", "2025-05-01"], "after --until"),
        (["digest", "--db", "{tmp}/k.db"], "either as --date"),
        (["digest", "--db", "{tmp}/k.db", "--date", "2025-05-21", "--day", "3"], "either as --date"),
        (["--set", "extract.language", "settings"], "expected key=value"),
        (["--set", "extract.langauge=fr", "settings"], "Unknown setting 'extract.langauge'"),
        (["--set", "extract.language=de", "settings"], "allowed values"),
        (["no-such-command"], "No such command"),
    ],
)
def test_cli_usage_mistakes_are_one_line_and_exit_2(tmp_path, args, message):
    result = run(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith("Error: ")
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_cli_store_error_is_one_line_exit_1_and_leaves_the_file(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("my shopping list\n", encoding="utf-8")
    result = run("events", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {db} is not a kronika database (not an SQLite file); give another file with --db"
    assert db.read_text(encoding="utf-8") == "my shopping list\n"


def test_cli_traceback_shows_the_stack(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("my shopping list\n", encoding="utf-8")
    result = run("--traceback", "events", "--db", db)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert "StoreError" in result.stderr


def test_cli_missing_database_is_an_error(tmp_path):
    result = run("events", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    assert "No database at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_cli_db_migrate_and_check(tmp_path):
    db = tmp_path / "new" / "k.db"
    first = run("db", "migrate", "--db", db)
    assert first.exit_code == 0
    assert "applied migration 1" in first.stderr
    again = run("db", "migrate", "--db", db)
    assert again.exit_code == 0
    assert "applied" not in again.stderr
    assert "up to date" in again.stderr
    check = run("db", "check", "--db", db)
    assert check.exit_code == 0
    assert ": ok, schema version" in check.stdout


def test_cli_db_check_fails_on_a_database_that_needs_migrating(tmp_path):
    db = tmp_path / "blank.db"
    sqlite3.connect(db).close()
    result = run("db", "check", "--db", db)
    assert result.exit_code == 1
    assert "migration not applied" in result.stderr


def test_cli_settings_lists_every_setting(tmp_path):
    result = run("--set", "digest.language=fr", "settings")
    assert result.exit_code == 0
    for key, _, _ in describe():
        assert f"\n{key} = " in "\n" + result.stdout
    assert "digest.language = fr (default en)" in result.stdout


def test_cli_config_file_is_read(tmp_path):
    config = tmp_path / "kronika.toml"
    config.write_text('[digest]\nlanguage = "fr"\n', encoding="utf-8")
    assert "digest.language = fr" in run("--config", config, "settings").stdout


def test_cli_stages_lists_or_says_none():
    result = run("stages")
    assert result.exit_code == 0
    assert result.stdout.startswith(("name", "no stages registered"))


@pytest.fixture
def day_db(tmp_path, make_document, make_event):
    db = tmp_path / "k.db"
    with open_store(str(db)) as store:
        store.save(make_document("a.txt", text="First article text."), [
            make_event("a.txt", summary="on the day", date=DateRange(date(2025, 5, 21), date(2025, 5, 21))),
            make_event("a.txt", summary="three days", date=DateRange(date(2025, 5, 20), date(2025, 5, 22), "range")),
            make_event("a.txt", summary="the month", date=DateRange(date(2025, 5, 1), date(2025, 5, 31), "month")),
        ])
        store.save(make_document("b.txt", text="Second article text."), [
            make_event("b.txt", summary="day before", date=DateRange(date(2025, 5, 20), date(2025, 5, 20))),
        ])
    return db


@pytest.fixture
def digest_calls(monkeypatch):
    calls = []

    def build_digest(events, documents, *, day, lang, fmt, copies=None):
        calls.append({"events": list(events), "documents": dict(documents), "day": day, "lang": lang, "fmt": fmt})
        return f"# Digest {day} {lang} {fmt}\n"

    monkeypatch.setattr("kronika.cli.digest._build_digest", lambda: build_digest)
    return calls


@pytest.mark.parametrize("day_args", [["--date", "2025-05-21"], ["--day", "1183"]])
def test_cli_digest_gives_the_days_events_and_their_documents(day_db, digest_calls, day_args):
    result = run("digest", *day_args, "--lang", "fr", "--format", "html", "--db", day_db)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "# Digest 2025-05-21 fr html\n"
    [call] = digest_calls
    assert [e.summary for e in call["events"]] == ["three days", "on the day"]
    assert list(call["documents"]) == ["a.txt"]
    assert call["documents"]["a.txt"].text == "First article text."
    assert call["day"] == date(2025, 5, 21)


def test_cli_digest_language_defaults_to_the_setting(day_db, digest_calls):
    assert run("--set", "digest.language=fr", "digest", "--date", "2025-05-20", "--db", day_db).exit_code == 0
    assert digest_calls[0]["lang"] == "fr"
    assert digest_calls[0]["fmt"] == "md"
    assert sorted(digest_calls[0]["documents"]) == ["a.txt", "b.txt"]


def test_cli_extract_reads_standard_input(fake_extract):
    result = CliRunner().invoke(cli, ["extract", "-"], input=GOOD_UK.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    event = json.loads(result.stdout)
    assert event["doc"] == "stdin"
    assert event["date"]["start"] == "2025-05-22"


def test_cli_extract_says_when_nothing_was_found(write_file, fake_extract):
    result = run("extract", write_file("calm.txt", "A calm day.\n"), "--format", "table")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "No events found." in result.stderr
