"""The single entry point: `python run.py [serve|migrate|...]`.

With no BOT_TOKEN, `serve` (the default) starts the local Bot API sandbox and a chat page instead of
talking to Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from bot.config import ConfigError, load_settings
from bot.logs import setup_logging


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run.py", description="Work-safety tip line and certificate checks")
    sub = parser.add_subparsers(dest="command")
    serve_p = sub.add_parser(
        "serve", help="run the bot and the HTTP server (the sandbox when BOT_TOKEN is unset)"
    )
    serve_p.add_argument("--no-migrate", action="store_true", help="do not apply pending migrations at start")
    sub.add_parser("migrate", help="apply pending database migrations")
    args = parser.parse_args(argv)

    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    setup_logging()

    command = args.command or "serve"
    if command == "migrate":
        from bot import db

        applied = asyncio.run(db.migrate(settings.database_url))
        print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
        return 0
    from bot.runner import serve

    asyncio.run(
        serve(
            settings,
            migrate=not getattr(args, "no_migrate", False),
            announce=lambda line: print(line, flush=True),
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
