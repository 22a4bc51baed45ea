"""``upheaval serve``: the REST API and the dashboard."""

from __future__ import annotations

import click

from upheaval.errors import MissingExtraError


@click.command("serve")
@click.option("--db", help="Database: a SQLite path (default ./upheaval.db) or postgresql:// URL.")
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1: this machine only).",
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on.",
)
@click.option(
    "--token",
    envvar="UPHEAVAL_API_TOKEN",
    show_envvar=True,
    help="Bearer token that allows POST /api/documents (else read-only).",
)
def serve_command(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the dashboard at / and the API under /api (docs at /docs)."""
    try:
        import uvicorn

        from upheaval.api import create_app
    except ImportError as error:
        raise MissingExtraError("serve", error.name or "fastapi") from error
    app = create_app(db, token)
    mode = "ingest allowed with the token" if token else "read-only"
    click.echo(f"upheaval: dashboard on http://{host}:{port}/ ({mode})", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
