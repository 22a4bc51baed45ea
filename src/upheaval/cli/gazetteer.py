"""``upheaval gazetteer``: build the offline place index."""

from __future__ import annotations

import time

import click

from upheaval.cli._common import console


@click.group("gazetteer")
def gazetteer_group() -> None:
    """Manage the offline gazetteer index."""


@click.command("build")
@click.option("--cache-dir", type=click.Path(file_okay=False), help="Where the index goes.")
def build_command(cache_dir: str | None) -> None:
    """(Re)build the compact place index from the installed GeoNames data."""
    from upheaval.resolve.places import build_gazetteer_index

    started = time.perf_counter()
    path = build_gazetteer_index(cache_dir)
    console.print(f"gazetteer index written to {path} in {time.perf_counter() - started:.1f} s")


gazetteer_group.add_command(build_command)
