"""kronika ingest links near copies, and kronika events shows them under the first copy."""

from __future__ import annotations

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
