"""docs/cli.md and docs/settings.md match the code; KRONIKA_UPDATE_DOCS=1 rewrites them."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from kronika.cli import cli
from kronika.settings import describe

DOCS = Path(__file__).resolve().parents[2] / "docs"
COMMANDS = [[], ["extract"], ["ingest"], ["watch"], ["events"], ["digest"], ["export"], ["stages"], ["db"], ["db", "migrate"],
            ["db", "check"], ["settings"]]

CLI_INTRO = """# Command line

The reference of every `kronika` command, as printed by `--help`. This file is generated:
run `KRONIKA_UPDATE_DOCS=1 pytest tests/cli/test_docs_cli.py` after changing a command, and
`tests/cli/test_docs_cli.py` fails while it is stale.

Exit status, for every command: `0` all went well; `1` something failed (an input of a batch,
after the rest of the batch was done; the database); `2` a usage mistake (a path that matches
nothing, a malformed date, an unknown option value, an unknown or bad setting). Errors are one line
on stderr starting with `Error:`; add `--traceback` before the command to see the Python stack.
Data (events, digests) goes to stdout; reports, warnings and `path: reason` lines to stderr.

## Input files

Text and Markdown files (`.txt`, `.md`, `.markdown`, `.text`, or no extension) are read as
UTF-8. They may start with a header block of `Key: value` lines ended by one blank line; keys
are case-insensitive: `Title`, `Date` (the publication date: `2025-05-22`, `2025-05` for a
month, `2025` for a year, `22/05/2025`, `22 May 2025`, `22 mai 2025`, `22 травня 2025`,
`22 мая 2025`, RFC 2822), `Source`, `URL`, `Language`; other keys are kept as metadata.
`--published` replaces the header date. An unreadable date is a warning: the article is still
read, with no publication date. A folder is read recursively, in path order, skipping hidden
files and files no reader recognises; a file named explicitly is always tried. A file that is
empty, binary, not UTF-8 (the message gives the byte offset) or unreadable is reported as
`path: reason` and the batch goes on.

Other inputs are recognised by their content, whatever their name: web pages (`<html`, an
HTML doctype: the article's main text without menus, comments or related links, with its title,
date, author, site and canonical URL; live blogs keep each post with its time), RSS and Atom
feeds (one document per entry, named by its link; an entry without title or text is reported
as `feed.xml#3` and the rest is read), Telegram Desktop exports (`result.json`: one document per
post, named `channel#id`, with a `https://t.me/<username>/<id>` permalink when the export has a
`"username"` key; a forward keeps its original channel as `Via`), and JSON Lines of `{"text",
"date", "url", "title", "language"}` objects (a bad line is reported as `file.jsonl:7`). Each is
stored with a header block of the same `Key: value` lines as text files, so that offsets and
metadata read the same way.

An `http://` or `https://` location is fetched only because it was named: with a timeout, a
size limit, at most a few redirects, a `kronika/<version>` User-Agent, the site's robots.txt for
feeds, and never from loopback, private, link-local or cloud-metadata addresses unless
`fetch.allow_private` is set (see docs/settings.md).

Offsets: the `evidence` of an event counts characters (code points) of the document text as
read, header block included, after dropping a UTF-8 byte-order mark and turning CRLF and CR
line ends into LF. `text[start:end]` in Python on that text gives the quote.
"""

SETTINGS_INTRO = """# Settings

Every setting, with its default and meaning. Values come from, lowest priority first: the
defaults below, a TOML file given with `kronika --config FILE`, environment variables
`KRONIKA_SECTION__KEY` (e.g. `KRONIKA_EXTRACT__LANGUAGE=fr`), and `--set section.key=value`.
`kronika settings` prints the values in effect. This file is generated: run
`KRONIKA_UPDATE_DOCS=1 pytest tests/cli/test_docs_cli.py` after adding a setting.
"""


def cli_markdown() -> str:
    parts = [CLI_INTRO]
    for command in COMMANDS:
        result = CliRunner().invoke(cli, [*command, "--help"], prog_name="kronika", terminal_width=88)
        assert result.exit_code == 0, result.output
        parts.append(f"\n## kronika {' '.join(command)}".rstrip() + "\n\n```\n" + result.output.rstrip() + "\n```\n")
    return "".join(parts)


def settings_markdown() -> str:
    parts = [SETTINGS_INTRO]
    for key, default, help_text in describe():
        # The database default depends on the machine ($HOME, $KRONIKA_DB): say how, not where.
        shown = "`~/.local/share/kronika/kronika.db`, or `$KRONIKA_DB`" if key == "store.path" else f"`{default}`"
        parts.append(f"\n## {key}\n\n{help_text[:1].upper()}{help_text[1:]}.\n\nDefault: {shown}\n")
    return "".join(parts)


@pytest.mark.parametrize(("name", "render"), [("cli.md", cli_markdown), ("settings.md", settings_markdown)])
def test_docs_are_up_to_date(name, render):
    path = DOCS / name
    expected = render()
    if os.environ.get("KRONIKA_UPDATE_DOCS") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(expected, encoding="utf-8")
    assert path.read_text(encoding="utf-8") == expected, f"{path} is stale; rerun with KRONIKA_UPDATE_DOCS=1"


def test_docs_settings_have_one_heading_each():
    text = (DOCS / "settings.md").read_text(encoding="utf-8")
    for key, _, _ in describe():
        assert text.count(f"\n## {key}\n") == 1, key


def test_docs_cli_has_every_command():
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for name in cli.list_commands(None):  # type: ignore[arg-type]
        assert f"\n## kronika {name}\n" in text, name
