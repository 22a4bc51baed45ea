"""A real, throwaway PostgreSQL server for tests (no mocks, no containers).

Started once per test process from Debian's binaries (``initdb`` +
``pg_ctl``) in a temporary folder, listening on 127.0.0.1 only. PostgreSQL
refuses to run as root, so under root the server runs as ``nobody``.
Tests skip, with the reason, only when the binaries are not installed, and
fail instead in CI, where ``.ci/system/postgres.sh`` installs them.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

from tests.api.needs import missing, need_module

# The user the server runs as when the tests run as root.
SERVER_USER = "nobody"
# Role created by initdb; trust authentication on 127.0.0.1 only.
ROLE = "upheaval"


def find_bin_dir() -> Path | None:
    """Folder of initdb/pg_ctl: on PATH, else Debian's newest version."""
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    versions = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="upheaval-pg-"))
        self.data = self.folder / "data"
        self.as_root = os.geteuid() == 0
        if self.as_root:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, user.pw_uid, user.pw_gid)

    def _run(self, *args: str) -> None:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder, timeout=120)

    def start(self) -> None:
        # C locale: the same byte order as SQLite, so listings sort alike.
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-U",
            ROLE,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C",
        )
        # fsync off: a test cluster never needs to survive a power cut.
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "-t",
            "60",
            "start",
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError, subprocess.TimeoutExpired):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{ROLE}@127.0.0.1:{self.port}/{database}"

    def create_database(self, icu_locale: str | None = None) -> str:
        """A new, empty database; returns its postgresql:// URL.

        Args:
            icu_locale: sort text by this ICU language ("en") instead of the
                cluster's C order, as many servers are set up.
        """
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        options = (f" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE '{icu_locale}'"
                   if icu_locale else "")
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"{options}')
        return self.url(name)


_server: PostgresServer | None = None


def postgres_server() -> PostgresServer:
    """The process's test server, started on first use; skips without binaries."""
    global _server
    if _server is not None:
        return _server
    bin_dir = find_bin_dir()
    if bin_dir is None:
        missing("PostgreSQL binaries (initdb, pg_ctl) not installed: run .ci/system/postgres.sh")
    need_module("psycopg", "psycopg not installed: pip install 'upheaval[postgres]'")
    server = PostgresServer(bin_dir)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        log = server.folder / "server.log"
        detail = log.read_text() if log.exists() else error.stderr.decode(errors="replace")
        server.stop()
        raise RuntimeError(f"PostgreSQL did not start: {detail}") from error
    atexit.register(server.stop)
    _server = server
    return server
