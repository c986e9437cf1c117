"""Options and helpers shared by several commands: --db, --format, --lang, --published, --set."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, TypeVar

import click

if TYPE_CHECKING:
    from kronika.batch import BatchReport
    from kronika.settings import Settings
    from kronika.store import SQLiteStore

F = TypeVar("F", bound=Callable[..., Any])
LANGUAGES = ("auto", "fr", "en", "uk", "ru")


@dataclass(frozen=True)
class CliState:
    """What the group options give every command: settings file, --set overrides, --traceback."""

    config: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    traceback: bool = False

    def settings(self, overrides: dict[str, str] | None = None) -> Settings:
        """The settings: defaults < --config file < KRONIKA_* env < group --set < command --set."""
        from kronika.settings import load

        return load(self.config, {**self.overrides, **(overrides or {})})


def state(ctx: click.Context) -> CliState:
    """The group's state, or defaults when a command is invoked on its own (tests)."""
    obj = ctx.find_object(CliState)
    return obj if obj is not None else CliState()


class ISODate(click.ParamType[date]):
    """A calendar date written YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        """The date in ``value``; a usage error if it is not YYYY-MM-DD."""
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            self.fail(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-05-21", param, ctx)


DATE = ISODate()


def parse_sets(ctx: click.Context, param: click.Parameter, values: Sequence[str]) -> dict[str, str]:
    """``--set key=value`` options as a dict; a usage error for a value without ``=``."""
    out: dict[str, str] = {}
    for raw in values:
        key, sep, value = raw.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(f"{raw!r}: expected key=value, e.g. extract.language=fr", ctx, param)
        out[key.strip()] = value.strip()
    return out


def set_option(fn: F) -> F:
    """--set key=value, repeatable: override one setting for this run."""
    return click.option(
        "--set",
        "overrides",
        multiple=True,
        metavar="KEY=VALUE",
        callback=parse_sets,
        help="Override a setting, e.g. --set extract.use_ner=false (repeatable; see `kronika settings`).",
    )(fn)


def db_option(fn: F) -> F:
    """--db FILE: the SQLite database."""
    return click.option(
        "--db",
        "db",
        metavar="FILE",
        default=None,
        help="SQLite database file [default: setting store.path, or $KRONIKA_DB].",
    )(fn)


def published_option(fn: F) -> F:
    """--published YYYY-MM-DD: the publication date, over any header date."""
    return click.option(
        "--published",
        type=DATE,
        default=None,
        help="Publication date of the inputs, used instead of their Date: header.",
    )(fn)


def lang_option(fn: F) -> F:
    """--lang: the language of the inputs (auto = header or detection)."""
    return click.option(
        "--lang",
        type=click.Choice(LANGUAGES, case_sensitive=False),
        default="auto",
        show_default=True,
        help="Language of the inputs; auto reads the Language: header or detects it.",
    )(fn)


def progress_option(fn: F) -> F:
    """--progress/--no-progress: the progress bar on stderr."""
    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Show a progress bar on stderr [default: only when stderr is a terminal].",
    )(fn)


def format_option(choices: Sequence[str], default: str) -> Callable[[F], F]:
    """--format with these choices."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices), case_sensitive=False),
        default=default,
        show_default=True,
        help="Output format.",
    )


def language_argument(lang: str | None) -> str | None:
    """None for "auto", else the language code."""
    return None if lang in (None, "auto") else lang.lower()


def open_db(settings: Settings, db: str | None, *, create: bool, migrate: bool = True) -> SQLiteStore:
    """The store named by --db, or by the settings; raises StoreError if unusable."""
    from kronika.store import open_store

    return open_store(db or settings.store.path, create=create, migrate=migrate)


def report_problems(report: BatchReport) -> None:
    """Print each failure as ``path: reason`` and each warning, on stderr."""
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for failure in report.failures:
        click.echo(str(failure), err=True)
