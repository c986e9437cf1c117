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

from kronika.errors import SettingsError

DEFAULT_STAGES: tuple[str, ...] = (
    "language",
    "sentences",
    "entities",
    "dates",
    "places",
    "actors",
    "quantities",
    "triggers",
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
class Settings:
    """All of kronika's settings."""

    extract: ExtractSettings = field(default_factory=ExtractSettings)
    store: StoreSettings = field(default_factory=StoreSettings)
    digest: DigestSettings = field(default_factory=DigestSettings)


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
