"""Package data (gazetteer, actor catalogue, lexicons): the one place that opens data files."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml


def data_text(name: str) -> str:
    """The text of ``resources/data/<name>``."""
    return resources.files("kronika.resources").joinpath("data", *name.split("/")).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    """Parsed YAML from ``resources/data/<name>``, cached."""
    return yaml.safe_load(data_text(name))


@cache
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line, as dicts, cached; ``#`` lines skipped."""
    lines = [line for line in data_text(name).splitlines() if line and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))
