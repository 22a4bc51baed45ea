"""``upheaval serve``: the real command, serving on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from click.testing import CliRunner

from tests.web.server import free_port
from upheaval.cli import cli

# Seconds for the server to come up: uvicorn binds in well under one.
STARTUP_SECONDS = 30


def test_serve_help_lists_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--token", "UPHEAVAL_API_TOKEN"):
        assert option in result.output


def _get(url: str) -> tuple[int, bytes]:
    with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 (127.0.0.1 only)
        return response.status, response.read()


def test_serve_answers_on_the_port(sample_db: str, tmp_path: Path) -> None:
    port = free_port()
    env = {**os.environ, "UPHEAVAL_API_TOKEN": ""}
    server = subprocess.Popen(
        [sys.executable, "-m", "upheaval", "serve", "--db", sample_db, "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                status, body = _get(f"http://127.0.0.1:{port}/api/events?limit=2")
                break
            except OSError:
                assert server.poll() is None, server.stderr.read().decode()  # type: ignore[union-attr]
                assert time.monotonic() < deadline, "serve did not start"
                time.sleep(0.2)
        assert status == 200 and json.loads(body)["total"] == 7
        status, page = _get(f"http://127.0.0.1:{port}/")
        assert status == 200 and b'id="map"' in page
    finally:
        server.terminate()
        server.wait(timeout=10)
