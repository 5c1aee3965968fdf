"""A throw-away PostgreSQL cluster in a temporary directory, for tests and migration generation.

Uses Debian's server binaries. initdb refuses to run as root, so as root the cluster belongs to the
`postgres` system user. Raises `PostgresUnavailable` (never skips silently) when the server cannot start.

Run as a script it starts a cluster, prints `DATABASE_URL=...` and keeps it up until stdin closes or a
signal arrives: `python scripts/pg_temp.py DIR DBNAME`.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("PostgreSQL server binaries not found (apt-get install postgresql)")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempPostgres:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.port = _free_port()
        self.bin = _bin_dir()
        self._as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=False)

    def start(self) -> TempPostgres:
        self.directory.mkdir(parents=True, exist_ok=True)
        data = self.directory / "data"
        if self._as_postgres:
            shutil.chown(self.directory, "postgres", "postgres")
            os.chmod(self.directory, 0o755)
            parent = self.directory.parent
            os.chmod(parent, os.stat(parent).st_mode | 0o011)
        result = self._run(
            "initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale"
        )
        if result.returncode != 0:
            raise PostgresUnavailable(f"initdb failed: {result.stderr.strip()[-500:]}")
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.directory}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        result = self._run(
            "pg_ctl",
            "-D",
            str(data),
            "-o",
            options,
            "-l",
            str(self.directory / "log"),
            "-w",
            "-t",
            "60",
            "start",
        )
        if result.returncode != 0:
            log = (
                (self.directory / "log").read_text(errors="replace")[-800:]
                if (self.directory / "log").exists()
                else ""
            )
            raise PostgresUnavailable(f"pg_ctl start failed: {result.stderr.strip()[-300:]} {log}")
        return self

    def create_database(self, name: str) -> str:
        result = self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        if result.returncode != 0 and "already exists" not in result.stderr:
            raise PostgresUnavailable(f"createdb {name} failed: {result.stderr.strip()}")
        return self.url(name, create=False)

    def url(self, name: str, create: bool = True) -> str:
        if create:
            return self.create_database(name)
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.directory / "data"), "-m", "immediate", "-w", "stop")

    def __enter__(self) -> TempPostgres:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def main() -> None:
    import signal

    directory, dbname = Path(sys.argv[1]), sys.argv[2]
    pg = TempPostgres(directory).start()
    print(f"DATABASE_URL={pg.url(dbname)}", flush=True)
    signal.signal(signal.SIGTERM, lambda *_: (pg.stop(), sys.exit(0)))
    try:
        while sys.stdin.read(1):
            time.sleep(0.1)
    finally:
        pg.stop()


if __name__ == "__main__":
    main()
