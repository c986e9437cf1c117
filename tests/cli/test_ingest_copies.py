"""kronika ingest links near copies, and kronika events shows them under the first copy."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kronika.cli import cli

REPORT = (
    "Ukraine's air force said Russia launched 273 drones overnight, the largest single drone attack since "
    "the full-scale invasion began. Air defence units were active over Kyiv and the surrounding region "
    "for several hours, and one woman was killed when debris fell on a house in the Obukhiv district."
)


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def test_cli_ingest_links_copies_and_events_table_shows_them(write_file, tmp_path, fake_extract):
    write_file("in/1-wire.txt", f"Date: 2025-05-18\nSource: Wire\n\n{REPORT}\n")
    write_file("in/2-relay.txt", f"Date: 2025-05-18\nSource: Relay\n\nKYIV (Relay) — {REPORT}\n")
    write_file("in/3-echo.txt", f"Date: 2025-05-18\nSource: Echo\n\n{REPORT} (Echo)\n")
    db = tmp_path / "k.db"
    result = run("ingest", tmp_path / "in", "--db", db)
    assert result.exit_code == 0
    assert "3 documents read, 1 stored, 2 linked to an earlier copy, 0 already stored, 1 event" in result.stderr
    table = run("events", "--db", db)
    assert "1-wire.txt" in table.stdout
    assert "= 2-relay.txt, 3-echo.txt" in table.stdout
    assert run("events", "--db", db, "--format", "jsonl").stdout.count("\n") == 1


def test_cli_ingest_near_duplicates_can_be_turned_off(write_file, tmp_path, fake_extract):
    write_file("in/1-wire.txt", f"Source: Wire\n\n{REPORT}\n")
    write_file("in/2-relay.txt", f"Source: Relay\n\n{REPORT}\n")
    result = run("ingest", tmp_path / "in", "--db", tmp_path / "k.db", "--set", "ingest.near_duplicates=0")
    assert "2 stored, 0 already stored" in result.stderr


def test_cli_ingest_reads_every_format_and_reports_broken_items(tmp_path, fake_extract):
    fixtures = Path(__file__).resolve().parents[1] / "fixtures"
    db = tmp_path / "k.db"
    result = run("ingest", fixtures / "telegram" / "result.json", fixtures / "feeds", fixtures / "jsonl",
                 fixtures / "html" / "news_article.html", "--db", db)
    assert result.exit_code == 1  # broken items were reported ...
    broken = [line for line in result.stderr.splitlines() if line.startswith(str(fixtures))]
    assert sorted(line.split(": ", 1)[0].rsplit("/", 1)[1] for line in broken) == [
        "frontline_wire.rss#3", "pipeline.jsonl:4", "pipeline.jsonl:5", "pipeline.jsonl:6", "result.json#6",
    ]
    # ... and everything else stored: 4 posts, 3 + 3 feed entries, 3 lines, 1 page.
    assert "14 documents read, 14 stored" in result.stderr
    again = run("ingest", fixtures / "telegram" / "result.json", "--db", db)
    assert "4 documents read, 0 stored, 4 already stored" in again.stderr


def test_cli_digest_cites_the_copies_of_a_relayed_report(write_file, tmp_path):
    # Real extraction (no fake): the wire's events are cited once, with the outlets that relayed it.
    write_file("in/1-wire.txt", f"Date: 2025-05-18\nSource: Wire\n\n{REPORT}\n")
    write_file("in/2-relay.txt", f"Date: 2025-05-18\nSource: Relay\n\nKYIV (Relay) — {REPORT}\n")
    write_file("in/3-echo.txt", f"Date: 2025-05-18\nSource: Echo\n\n{REPORT} (Echo)\n")
    db = tmp_path / "k.db"
    assert run("ingest", tmp_path / "in", "--db", db).exit_code == 0
    digest = run("digest", "--date", "2025-05-18", "--db", db)
    assert digest.exit_code == 0
    assert "1-wire.txt" in digest.stdout
    assert "also relayed as 2-relay.txt, 3-echo.txt" in digest.stdout
    french = run("digest", "--date", "2025-05-18", "--db", db, "--lang", "fr", "--format", "html")
    assert "repris aussi par 2-relay.txt, 3-echo.txt" in french.stdout


def test_cli_export_writes_every_format_from_a_real_ingest(write_file, tmp_path):
    import csv
    import json

    write_file("in/1-wire.txt", f"Date: 2025-05-18\nSource: Wire\n\n{REPORT}\n")
    write_file(
        "in/2-cyber.txt",
        "Date: 2025-05-21\nSource: Desk\n\nAccording to CISA, the GRU unit 26165, also known as APT28, has been "
        "targeting logistics companies in at least 13 countries since 2022.\n",
    )
    db = tmp_path / "k.db"
    assert run("ingest", tmp_path / "in", "--db", db).exit_code == 0
    jsonl = run("export", "--db", db, "--format", "jsonl")
    events = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert {e["type"] for e in events} >= {"attack", "cyber_operation"}
    rows = list(csv.DictReader(run("export", "--db", db, "--format", "acled").stdout.splitlines()))
    assert rows
    assert all(r["event_type"] for r in rows)
    geo = json.loads(run("export", "--db", db, "--format", "geojson").stdout)
    assert geo["type"] == "FeatureCollection"
    out = tmp_path / "cyber.json"
    assert run("export", "--db", db, "--format", "stix", "-o", out).exit_code == 0
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert bundle["type"] == "bundle"
    assert any(o["type"] == "intrusion-set" for o in bundle["objects"])
