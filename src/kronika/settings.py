"""The one typed settings tree: defaults here < ``kronika.toml`` < ``KRONIKA_*`` env < ``--set``.

Every setting has a default, a type and one line of help (the ``help`` metadata), and a
heading in ``docs/settings.md``. Stages receive only their own section.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any

from kronika import __version__
from kronika.errors import SettingsError

DEFAULT_STAGES: tuple[str, ...] = (
    "language",
    "sentences",
    "morphology",
    "dates",
    "places",
    "actors",
    "quantities",
    "triggers",
    "entities",
    "attribution",
    "assemble",
)


def _help(text: str) -> dict[str, str]:
    return {"help": text}


@dataclass(frozen=True)
class ExtractSettings:
    """How documents become events."""

    stages: tuple[str, ...] = field(default=DEFAULT_STAGES, metadata=_help("extraction stages, in order"))
    language: str = field(default="auto", metadata=_help("document language: auto, fr, en, uk or ru"))
    use_ner: bool = field(default=True, metadata=_help("run the spaCy NER model for names the knowledge base lacks"))
    max_chars: int = field(default=200_000, metadata=_help("longest document text read, in characters"))


@dataclass(frozen=True)
class StoreSettings:
    """Where events are kept."""

    path: str = field(
        default_factory=lambda: os.environ.get("KRONIKA_DB", str(Path.home() / ".local/share/kronika/kronika.db")),
        metadata=_help("SQLite database file (default ~/.local/share/kronika/kronika.db, or $KRONIKA_DB)"),
    )


@dataclass(frozen=True)
class DigestSettings:
    """How the "Day N" chronicle is written."""

    language: str = field(default="en", metadata=_help("language of the digest: en or fr"))
    max_quote_chars: int = field(default=160, metadata=_help("longest quoted span in a citation"))


@dataclass(frozen=True)
class FetchSettings:
    """How URLs the user names (pages, feeds) are fetched."""

    timeout: int = field(default=20, metadata=_help("seconds a fetch may take, redirects included"))
    max_bytes: int = field(default=10_000_000, metadata=_help("largest response read, in bytes (after decompression)"))
    max_redirects: int = field(default=5, metadata=_help("redirects followed, each checked like the first URL"))
    allow_private: bool = field(
        default=False,
        metadata=_help("fetch loopback, private, link-local and cloud-metadata addresses too (off: refused)"),
    )
    user_agent: str = field(
        default=f"kronika/{__version__} (+https://example.invalid/kronika)",
        metadata=_help("User-Agent header sent with every request, and the name looked up in robots.txt"),
    )
    feed_full_text: bool = field(
        default=False,
        metadata=_help("fetch the page each feed entry links to and read its full text instead of the entry's"),
    )


@dataclass(frozen=True)
class IngestSettings:
    """How `kronika ingest` and `kronika watch` work through many documents."""

    workers: int = field(default=0, metadata=_help("extraction processes (0 = one per CPU core, 1 = no extra process)"))
    near_duplicates: int = field(
        default=80,
        metadata=_help("% of shared word shingles from which a document is linked as a copy, not extracted (0 = off)"),
    )


@dataclass(frozen=True)
class Settings:
    """All of kronika's settings."""

    extract: ExtractSettings = field(default_factory=ExtractSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)
    fetch: FetchSettings = field(default_factory=FetchSettings)
    ingest: IngestSettings = field(default_factory=IngestSettings)


def _coerce(key: str, value: Any, current: Any) -> Any:
    if isinstance(current, bool):
        if isinstance(value, bool):
            return value
        text = str(value).lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise SettingsError(f"Setting {key}={value!r}: expected true or false")
    if isinstance(current, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            raise SettingsError(f"Setting {key}={value!r}: expected a whole number") from None
    if isinstance(current, tuple):
        items = value if isinstance(value, list | tuple) else [v.strip() for v in str(value).split(",") if v.strip()]
        return tuple(str(v) for v in items)
    return str(value)


def _set(obj: Any, dotted: str, value: Any, path: str = "") -> Any:
    head, _, rest = dotted.partition(".")
    names = {f.name for f in fields(obj)}
    full = f"{path}{head}"
    if head not in names:
        raise SettingsError(f"Unknown setting {full!r}. Available: {', '.join(sorted(f'{path}{n}' for n in names))}")
    current = getattr(obj, head)
    if rest:
        if not is_dataclass(current):
            raise SettingsError(f"Setting {full!r} has no sub-key {rest!r}")
        return replace(obj, **{head: _set(current, rest, value, f"{full}.")})
    if is_dataclass(current):
        raise SettingsError(f"Setting {full!r} is a section; set one of its keys, e.g. {full}.<key>")
    return replace(obj, **{head: _coerce(full, value, current)})


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def validate(settings: Settings) -> Settings:
    """Check values that a type alone does not constrain; raise naming the key."""
    allowed = {"extract.language": ("auto", "fr", "en", "uk", "ru"), "digest.language": ("en", "fr")}
    for key, choices in allowed.items():
        section, name = key.split(".")
        value = getattr(getattr(settings, section), name)
        if value not in choices:
            raise SettingsError(f"Setting {key}={value!r}: allowed values are {', '.join(choices)}")
    ranges = {
        "fetch.timeout": (settings.fetch.timeout, 1, 3600),
        "fetch.max_bytes": (settings.fetch.max_bytes, 1, 2**40),
        "fetch.max_redirects": (settings.fetch.max_redirects, 0, 50),
        "ingest.workers": (settings.ingest.workers, 0, 1024),
        "ingest.near_duplicates": (settings.ingest.near_duplicates, 0, 100),
    }
    for key, (number, low, high) in ranges.items():
        if not low <= number <= high:
            raise SettingsError(f"Setting {key}={number!r}: expected a whole number from {low} to {high}")
    return settings


def load(
    file: str | Path | None = None,
    overrides: dict[str, Any] | None = None,
    environ: dict[str, str] | None = None,
) -> Settings:
    """Build the settings: defaults < TOML ``file`` < ``KRONIKA_SECTION__KEY`` env < ``overrides``."""
    settings = Settings()
    if file is not None:
        try:
            data = tomllib.loads(Path(file).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as err:
            raise SettingsError(f"Cannot read settings file {file}: {err}") from None
        for key, value in _flatten(data).items():
            settings = _set(settings, key, value)
    env = os.environ if environ is None else environ
    for name, value in env.items():
        if name.startswith("KRONIKA_") and "__" in name:
            key = name[len("KRONIKA_") :].lower().replace("__", ".")
            settings = _set(settings, key, value)
    for key, value in (overrides or {}).items():
        settings = _set(settings, key, value)
    return validate(settings)


def describe() -> list[tuple[str, str, str]]:
    """Every setting as (dotted key, default, help), for docs and ``kronika settings``."""
    rows: list[tuple[str, str, str]] = []

    def walk(obj: Any, prefix: str) -> None:
        for f in fields(obj):
            value = getattr(obj, f.name)
            if is_dataclass(value):
                walk(value, f"{prefix}{f.name}.")
            else:
                shown = ",".join(value) if isinstance(value, tuple) else str(value)
                rows.append((f"{prefix}{f.name}", shown, f.metadata.get("help", "")))

    walk(Settings(), "")
    return rows
