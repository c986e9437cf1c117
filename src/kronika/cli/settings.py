"""kronika settings: every setting with its value, default and meaning."""

from __future__ import annotations

from typing import Any

import click

from kronika.cli._options import state


def _value(settings: Any, dotted: str) -> str:
    for part in dotted.split("."):
        settings = getattr(settings, part)
    return ",".join(settings) if isinstance(settings, tuple) else str(settings)


@click.command("settings")
@click.pass_context
def command(ctx: click.Context) -> int:
    """List every setting: its value for this run, its default when different, and its help.

    Values come from defaults < --config FILE < KRONIKA_SECTION__KEY variables < --set.

    \b
    Example: kronika --set extract.language=fr settings
    """
    from kronika.settings import describe

    current = state(ctx).settings()
    for key, default, help_text in describe():
        value = _value(current, key)
        changed = f" (default {default})" if value != default else ""
        click.echo(f"{key} = {value}{changed}")
        click.echo(f"    {help_text}")
    return 0
