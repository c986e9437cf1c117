"""The ``kronika`` command: a click group, one module per command.

Errors become one plain line on stderr: a usage mistake exits 2, any other ``KronikaError``
exits 1, and ``--traceback`` adds the stack for developers. Data goes to stdout.
"""

from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Sequence
from typing import Any

import click

from kronika import __version__
from kronika.cli import db, digest, events, export, extract, ingest, settings, stages, watch
from kronika.cli._options import CliState, parse_sets
from kronika.errors import KronikaError, SettingsError, UsageError

__all__ = ["cli", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _error(message: str) -> None:
    first, *_ = str(message).strip().splitlines() or [""]
    click.echo(f"Error: {first}", err=True)


class KronikaGroup(click.Group):
    """A click group that turns every error into one line and an exit status."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command line; exit (or return, if not standalone) with its status."""
        argv = list(sys.argv[1:] if args is None else args)
        show_traceback = "--traceback" in argv
        code = self._run(argv, prog_name or "kronika", complete_var, windows_expand_args, show_traceback, extra)
        if standalone_mode:
            sys.exit(code)
        return code

    def _run(
        self,
        argv: list[str],
        prog_name: str,
        complete_var: str | None,
        windows_expand_args: bool,
        show_traceback: bool,
        extra: dict[str, Any],
    ) -> int:
        try:
            rv = super().main(
                argv, prog_name, complete_var, standalone_mode=False, windows_expand_args=windows_expand_args, **extra
            )
        except click.exceptions.NoArgsIsHelpError as err:
            err.show()
            return EXIT_USAGE
        except click.UsageError as err:
            _error(err.format_message())
            return EXIT_USAGE
        except click.ClickException as err:
            _error(err.format_message())
            return err.exit_code
        except click.Abort:
            click.echo("Aborted.", err=True)
            return 130
        except BrokenPipeError:
            # The reader of stdout went away (`kronika events | head`): stop quietly.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return EXIT_FAILED
        except (UsageError, SettingsError) as err:
            if show_traceback:
                traceback.print_exc()
            _error(str(err))
            return EXIT_USAGE
        except KronikaError as err:
            if show_traceback:
                traceback.print_exc()
            _error(str(err))
            return EXIT_FAILED
        except Exception as err:
            if show_traceback:
                raise
            _error(f"unexpected {type(err).__name__}: {err} (run again with --traceback to see where)")
            return EXIT_FAILED
        return rv if isinstance(rv, int) else EXIT_OK


@click.group(cls=KronikaGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", metavar="FILE", default=None, help="TOML settings file (see `kronika settings`).")
@click.option(
    "--set",
    "overrides",
    multiple=True,
    metavar="KEY=VALUE",
    callback=parse_sets,
    help="Override a setting for this run, e.g. --set extract.language=fr (repeatable).",
)
@click.option("--traceback", is_flag=True, help="On an error, show the Python stack (for developers).")
@click.version_option(__version__, prog_name="kronika")
@click.pass_context
def cli(ctx: click.Context, config: str | None, overrides: dict[str, str], traceback: bool) -> None:
    """Turn war news (fr, en, uk, ru) into sourced, dated, mapped events.

    Settings come from defaults < --config FILE < KRONIKA_SECTION__KEY variables < --set.
    Data goes to stdout, messages to stderr. Exit status: 0 fine, 1 something failed
    (an input, the database), 2 a usage mistake.

    \b
    Example: kronika ingest samples/ --db news.db && kronika events --db news.db --since 2025-05-21
    """
    ctx.obj = CliState(config=config, overrides=overrides, traceback=traceback)


for _module in (extract, ingest, watch, events, digest, export, stages, db, settings):
    cli.add_command(_module.command)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``kronika`` script."""
    cli.main(args=argv, prog_name="kronika")
