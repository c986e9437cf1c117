"""kronika stages: the registered extraction stages and what they need and add."""

from __future__ import annotations

import importlib

import click


@click.command("stages")
def command() -> int:
    """List the extraction stages: name, what each requires and what it assigns.

    \b
    Example: kronika stages
    """
    # Looked up at run time: the stage registry lives in kronika.extract, which may not have
    # one yet; importing the stages may also load heavier modules than --help should.
    module = importlib.import_module("kronika.extract")
    # Stage modules register themselves when imported; the extract package imports them on
    # demand, so ask it to before reading the registry.
    for loader in ("load_stages", "_register_builtin_stages"):
        load = getattr(module, loader, None)
        if callable(load):
            load()
            break
    registry = getattr(module, "stages", None)
    names: list[str] = list(registry.names()) if registry is not None else []
    if not names or registry is None:
        click.echo("no stages registered")
        return 0
    width = max(len(name) for name in names)
    click.echo(f"{'name':<{width}}  requires -> assigns")
    for name in names:
        entry = registry.get(name)
        requires = ", ".join(entry.requires) or "-"
        assigns = ", ".join(entry.assigns) or "-"
        doc = f"  # {entry.doc}" if entry.doc else ""
        click.echo(f"{name:<{width}}  {requires} -> {assigns}{doc}")
    return 0
