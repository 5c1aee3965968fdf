"""Generate aerich migrations for both dialects from the current models.

Usage: python scripts/makemigrations.py NAME --sqlite-url sqlite://... --postgres-url postgres://...
Each URL must point at an empty scratch database: the script applies the existing migrations there first,
then asks aerich for the difference between them and the models. Without --postgres-url it starts a
throw-away PostgreSQL cluster itself (scripts/pg_temp.py).
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aerich import Command
from tortoise import Tortoise

from foundation.db import migrations_location, tortoise_config


async def make(database_url: str, name: str) -> None:
    location = Path(migrations_location(database_url))
    command = Command(tortoise_config=tortoise_config(database_url), app="models", location=str(location))
    try:
        if not (location / "models").exists():
            await command.init_db(safe=True)
            print(f"{location}: initial migration written")
            return
        await command.init()
        await command.upgrade(run_in_transaction=True)
        await command.init()  # aerich reads the last applied state at init: read it again after upgrading
        result = await command.migrate(name)
        print(f"{location}: {result or 'no changes'}")
    finally:
        await Tortoise.close_connections()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("name")
    parser.add_argument("--sqlite-url")
    parser.add_argument("--postgres-url")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if args.only is None:
        # aerich keeps the dialect in class attributes: each dialect gets a process of its own.
        for dialect in ("sqlite", "postgres"):
            extra = [f"--{dialect}-url", url] if (url := getattr(args, f"{dialect}_url")) else []
            subprocess.run([sys.executable, __file__, args.name, "--only", dialect, *extra], check=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        if args.only == "sqlite":
            asyncio.run(make(args.sqlite_url or f"sqlite://{tmp}/scratch.sqlite3", args.name))
        else:
            if args.postgres_url:
                asyncio.run(make(args.postgres_url, args.name))
            else:
                from scripts.pg_temp import TempPostgres

                with TempPostgres(Path(tmp) / "pg") as pg:
                    asyncio.run(make(pg.url("scratch"), args.name))


if __name__ == "__main__":
    main()
