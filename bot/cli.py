"""`python run.py SUBCOMMAND`: serving, migrations and the administrators' commands.

Each admin command opens the database, does one thing through the same plain functions the bot and the
back office use, prints a short result and exits non-zero on failure.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

from bot.permissions import restrict_new_files, secure_data_dir
from foundation import clock
from foundation.config import ConfigError, Settings, load_settings
from foundation.db import with_db as _with_db
from foundation.logs import setup_logging

Command = Callable[[argparse.Namespace, Settings], Awaitable[int]]


async def cmd_migrate(args: argparse.Namespace, settings: Settings) -> int:
    from foundation import db

    applied = await db.migrate(settings.database_url)
    print(f"applied {len(applied)} migration(s)" + (f": {', '.join(applied)}" if applied else ""))
    return 0


async def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.runner import serve

    await serve(settings, migrate=not args.no_migrate, announce=lambda line: print(line, flush=True))
    return 0


async def cmd_users_enrol(args: argparse.Namespace, settings: Settings) -> int:
    """Break-glass: an enrolment code for a custodian account, with a recorded reason."""
    from cases import custodians, staff
    from models.staff import StaffUser

    async def run() -> int:
        user = await StaffUser.get_or_none(username=args.username)
        if user is None:
            print(f"error: no user {args.username}", file=sys.stderr)
            return 1
        who = os.environ.get("USER") or str(os.getuid())
        try:
            code = await custodians.issue_enrolment(user, break_glass=f"{args.reason} [by {who}]")
        except staff.StaffError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"enrolment code for {user.username} (valid 72 hours, once; set the password at /admin/enrol):")
        print(code)
        return 0

    return await _with_db(settings, run)


async def cmd_users_create(args: argparse.Namespace, settings: Settings) -> int:
    from cases import staff

    if args.role == "custodian":  # nobody but the custodian sets that password (cases/custodians.py)
        from cases import custodians

        async def custodian() -> int:
            if len((args.reason or "").strip()) < 10:
                print("error: a custodian needs --reason (10+ characters)", file=sys.stderr)
                return 1
            try:
                user = await custodians.create_custodian(args.username, args.division, args.name)
                code = await custodians.issue_enrolment(user, break_glass=args.reason or "")
            except staff.StaffError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            print(f"created custodian {user.username}; enrolment code (72 hours, once; /admin/enrol): {code}")
            return 0

        return await _with_db(settings, custodian)
    password = args.password or os.environ.get("STAFF_PASSWORD") or getpass.getpass("password: ")

    async def run() -> int:
        try:
            user = await staff.create_user(args.username, password, args.role, args.division, args.name)
        except staff.StaffError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"created {user.role} {user.username} for division {user.division_code}")
        return 0

    return await _with_db(settings, run)


async def cmd_users_link(args: argparse.Namespace, settings: Settings) -> int:
    from cases.invites import create_staff_link

    async def run() -> int:
        try:
            code = await create_staff_link(args.username)
        except ValueError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"send this in the bot within 24 hours: /link {code}")
        return 0

    return await _with_db(settings, run)


async def cmd_audit_verify(args: argparse.Namespace, settings: Settings) -> int:
    from cases import audit

    async def run() -> int:
        result = await audit.verify()
        if result.ok:
            print(f"audit trail intact: {result.checked} events")
            return 0
        print(
            f"audit trail BROKEN at event {result.broken_seq}: {result.reason} "
            f"({result.checked} events before it are intact)"
        )
        return 1

    return await _with_db(settings, run)


# The bot command that redeems each kind of invite code.
BOT_COMMANDS = {"enterprise": "enterprise", "inspector": "inspect", "contact": "selfcheck"}


async def cmd_invites_create(args: argparse.Namespace, settings: Settings) -> int:
    from cases.invites import InviteError, create_invite

    async def run() -> int:
        try:
            invite = await create_invite(
                args.role,
                credit_code=args.credit_code,
                division_code=args.division,
                enterprise_name=args.name,
                days=args.days,
                created_by="cli",
            )
        except InviteError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(
            f"invite code {invite.code} ({invite.role}), valid until {invite.expires_at:%Y-%m-%d %H:%M} "
            "Beijing time; "
            f"in the bot: /{BOT_COMMANDS.get(invite.role, 'inspect')} {invite.code}"
        )
        return 0

    return await _with_db(settings, run)


async def cmd_ocr(args: argparse.Namespace, settings: Settings) -> int:
    from ocr.cli import main as ocr_main

    return await asyncio.to_thread(ocr_main, [*args.images, *(["--json"] if args.json else [])])


def build_parser() -> tuple[argparse.ArgumentParser, dict[str, Command]]:
    parser = argparse.ArgumentParser(prog="run.py", description="Work-safety tip line and certificate checks")
    sub = parser.add_subparsers(dest="command")
    commands: dict[str, Command] = {}

    serve = sub.add_parser(
        "serve", help="run the bot and the HTTP server (the sandbox when BOT_TOKEN is unset)"
    )
    serve.add_argument("--no-migrate", action="store_true", help="do not apply pending migrations at start")
    commands["serve"] = cmd_serve
    sub.add_parser("migrate", help="apply pending database migrations")
    commands["migrate"] = cmd_migrate

    users = sub.add_parser("users", help="back-office accounts").add_subparsers(dest="action", required=True)
    create = users.add_parser("create", help="create a back-office user (the first admin, say)")
    create.add_argument("--username", required=True)
    create.add_argument("--role", required=True, choices=["handler", "supervisor", "custodian", "admin"])
    create.add_argument("--division", required=True, help="6-digit division code of the user's jurisdiction")
    create.add_argument("--name", help="display name")
    create.add_argument("--password", help="(else STAFF_PASSWORD, else asked for; not for custodians)")
    create.add_argument("--reason", help="custodians only: why, recorded on the account (break-glass)")
    commands["users create"] = cmd_users_create
    enrol = users.add_parser("enrol", help="break-glass: a custodian's enrolment code, reason recorded")
    enrol.add_argument("username")
    enrol.add_argument("--reason", required=True)
    commands["users enrol"] = cmd_users_enrol
    link = users.add_parser("link", help="a one-time code that links a Telegram account to a user")
    link.add_argument("username")
    commands["users link"] = cmd_users_link

    audit = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="action", required=True)
    audit.add_parser("verify", help="check the hash chain; report the first broken link")
    commands["audit verify"] = cmd_audit_verify

    invites = sub.add_parser("invites", help="invite codes for officers and inspectors").add_subparsers(
        dest="action", required=True
    )
    invite = invites.add_parser("create", help="create a single-use, expiring invite code")
    invite.add_argument("--role", required=True, choices=["enterprise", "inspector", "contact"])
    invite.add_argument(
        "--credit-code",
        help="enterprise officers: the enterprise's credit code; contact (of a training or exam institution "
        "or exam site): the credit code of its subject file",
    )
    invite.add_argument("--name", help="enterprise officers: the enterprise's name, if it is new")
    invite.add_argument("--division", help="inspectors: their jurisdiction; new enterprises: their place")
    invite.add_argument("--days", type=int, default=7, help="days until the code expires (default 7)")
    commands["invites create"] = cmd_invites_create

    ocr = sub.add_parser("ocr", help="read documents in photos: type, fields, lines with confidences")
    ocr.add_argument("images", nargs="+")
    ocr.add_argument("--json", action="store_true", help="one JSON object per image, one per line")
    commands["ocr"] = cmd_ocr

    for name, command in extra_commands(sub).items():
        commands[name] = command
    return parser, commands


def extra_commands(sub: Any) -> dict[str, Command]:
    """Commands of the certificate, key, evidence and OCR parts, added where those parts are installed."""
    found: dict[str, Command] = {}
    parts = ("certs.cli", "cases.evidence_cli", "cases.calendar_cli", "subjects.cli", "wechat.cli")
    for module_name in parts:
        try:
            module = __import__(module_name, fromlist=["register"])
        except ModuleNotFoundError as exc:
            if exc.name not in (module_name, module_name.split(".")[0]):
                raise  # the module exists but something it imports is missing: that is a real error
            continue
        found.update(module.register(sub))
    return found


def _secure(settings: Settings) -> None:
    from foundation.db import sqlite_path_and_synchronous

    sqlite_file = None
    if settings.database_url.startswith("sqlite://"):
        sqlite_file = sqlite_path_and_synchronous(settings.database_url)[0]
    secure_data_dir(settings.data_dir, sqlite_file)


def main(argv: list[str] | None = None) -> int:
    parser, commands = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    clock.set_zone(settings.timezone)
    setup_logging()
    restrict_new_files()  # database, WAL, media and keys: 0600 / 0700 (bot/permissions.py)
    _secure(settings)
    key = " ".join(p for p in (args.command or "serve", getattr(args, "action", None)) if p)
    command = commands.get(key)
    if command is None:
        parser.print_help()
        return 2
    if key == "serve" and not hasattr(args, "no_migrate"):
        args.no_migrate = False
    return asyncio.run(command(args, settings))
