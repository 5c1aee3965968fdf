"""Run the sandbox standalone: `python -m sandbox --host 127.0.0.1 --port 8081 --token 123456:SANDBOX`."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging

from .flood import FloodLimits
from .server import SandboxServer


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m sandbox", description="Local Telegram Bot API sandbox")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default="123456:SANDBOX")
    parser.add_argument("--webhook-timeout", type=float, default=10.0)
    parser.add_argument("--no-flood-limits", action="store_true", help="never answer 429 Too Many Requests")
    parser.add_argument("--verbose", action="store_true")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    server = SandboxServer(
        args.token,
        args.host,
        args.port,
        args.webhook_timeout,
        flood_limits=FloodLimits(enabled=not args.no_flood_limits),
    )
    await server.start()
    print(f"Telegram sandbox running at {server.base_url}", flush=True)
    print(f"  Bot API base_url:      {server.bot_api_url}", flush=True)
    print(f"  Bot API base_file_url: {server.file_url}", flush=True)
    print(f"  Chat page:             {server.chat_page_url}", flush=True)
    print(f"  Token:                 {args.token}", flush=True)
    try:
        await asyncio.Event().wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args))


if __name__ == "__main__":
    main()
