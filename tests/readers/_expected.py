"""Compare what a reader yields from a fixture with the fixture's ``.expected.json``."""

from __future__ import annotations

import json
from pathlib import Path

from kronika import readers
from kronika.errors import InputError
from kronika.readers import text as text_reader

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def actual(path: Path) -> list[dict]:
    """What the reader yields, as the expected files write it."""
    out: list[dict] = []
    for item in readers.read(str(path)):
        if isinstance(item, InputError):
            assert item.location.startswith(str(path))
            out.append({"error": item.reason, "at": item.location[len(str(path)) :]})
        else:
            # The header block reads back as the item's own metadata.
            header, body_start = text_reader.parse_header(item.text)
            assert body_start == item.body_start
            for key in ("title", "date", "url", "source"):
                if key in item.meta:
                    assert header[key] == item.meta[key]
            out.append({"name": item.name, "meta": item.meta, "body": item.text[item.body_start :]})
    return out


def expected(path: Path) -> list[dict]:
    """The fixture's expected documents and errors."""
    name = path.name.split(".")[0] + ".expected.json"
    return json.loads((path.parent / name).read_text(encoding="utf-8"))
