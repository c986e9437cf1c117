"""kronika db migrate | check: keep the database schema up to date and sound."""

from __future__ import annotations

import click

from kronika.cli._options import db_option, open_db, state


@click.group("db")
def command() -> None:
    """Create, migrate and check the database.

    \b
    Example: kronika db check --db news.db
    """


@command.command("migrate")
@db_option
@click.pass_context
def migrate(ctx: click.Context, db: str | None) -> int:
    """Create the database if needed and apply the schema migrations it lacks.

    Running it again does nothing. Other commands also migrate on open; this one does it alone.

    \b
    Example: kronika db migrate --db news.db
    """
    with open_db(state(ctx).settings(), db, create=True, migrate=False) as store:
        applied = store.migrate()
        for name in applied:
            click.echo(f"applied migration {name}", err=True)
        version = store.stats().schema_version
        click.echo(f"{store.path}: schema version {version}, up to date", err=True)
    return 0


@command.command("check")
@db_option
@click.pass_context
def check(ctx: click.Context, db: str | None) -> int:
    """Check the database: integrity, foreign keys, migrations; exit 1 if anything is wrong.

    Changes nothing in the file.

    \b
    Example: kronika db check --db news.db
    """
    with open_db(state(ctx).settings(), db, create=False, migrate=False) as store:
        problems = store.check()
        for problem in problems:
            click.echo(f"{store.path}: {problem}", err=True)
        if problems:
            return 1
        stats = store.stats()
        click.echo(
            f"{store.path}: ok, schema version {stats.schema_version},"
            f" {stats.documents} documents, {stats.events} events"
        )
    return 0
