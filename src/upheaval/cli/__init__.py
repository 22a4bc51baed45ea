"""The ``upheaval`` command line: a click group, one module per command."""

from __future__ import annotations

import sys

import click

from upheaval import __version__
from upheaval.cli._common import console_err
from upheaval.cli.events import events_command, stats_command
from upheaval.cli.extract import extract_command
from upheaval.cli.gazetteer import gazetteer_group
from upheaval.errors import UpheavalError

__all__ = ["cli", "main"]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="upheaval")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """upheaval: turn reports of protests and unrest into event data.

    Reports (text, HTML, PDF, JSONL, WARC) become ACLED-style events: type,
    day, place, actors, magnitudes and evidence, stored in SQLite or
    PostgreSQL.
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


cli.add_command(extract_command)
cli.add_command(events_command)
cli.add_command(stats_command)
cli.add_command(gazetteer_group)


def _register_optional() -> None:
    # Commands whose modules are added by later issues register themselves
    # here when present, so the group never breaks on a partial install.
    from importlib import import_module

    for module, names in (
        ("upheaval.cli.evaluate", ("evaluate_command", "gate_command")),
        ("upheaval.cli.serve", ("serve_command",)),
        ("upheaval.cli.spread", ("spread_command",)),
        ("upheaval.cli.train", ("train_command",)),
    ):
        try:
            loaded = import_module(module)
        except ModuleNotFoundError as error:
            if error.name != module:
                raise
            continue
        for name in names:
            if hasattr(loaded, name):
                cli.add_command(getattr(loaded, name))


_register_optional()


def main() -> None:
    """Entry point: run the group, print library errors as one line."""
    debug = "--debug" in sys.argv[1:]
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        console_err.print("aborted")
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except UpheavalError as error:
        if debug:
            raise
        console_err.print(f"error: {error.describe()}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        console_err.print("interrupted: documents stored so far are kept")
        sys.exit(130)
