"""The administrators' commands, run as `python run.py ...` against the test database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tortoise import connections

from cases import service
from models.invites import InviteCode
from models.staff import StaffUser

ROOT = Path(__file__).resolve().parent.parent


def run(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url, "DATA_DIR": str(tmp_path / "data")}
    env.pop("BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "run.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


async def test_audit_verify_catches_a_row_altered_in_the_database(database: str, tmp_path: Path) -> None:
    case = await service.open_case("tip", "某公司", "130102", category="en_untrained")
    await service.accept(case, "li")
    await service.add_message(case, "internal", "li", "note")
    ok = run(database, tmp_path, "audit", "verify")
    assert ok.returncode == 0 and "intact" in ok.stdout, ok.stderr
    conn = connections.get("default")
    await conn.execute_query('UPDATE "case_events" SET "after" = \'{"status": "closed"}\' WHERE "seq" = 2')
    broken = run(database, tmp_path, "audit", "verify")
    assert broken.returncode == 1 and "BROKEN at event 2" in broken.stdout


async def test_users_and_invites_are_created_from_the_command_line(database: str, tmp_path: Path) -> None:
    made = run(
        database,
        tmp_path,
        "users",
        "create",
        "--username",
        "admin",
        "--role",
        "admin",
        "--division",
        "130000",
        "--password",
        "a-long-password",
    )
    assert made.returncode == 0, made.stderr
    assert (await StaffUser.get(username="admin")).role == "admin"
    again = run(
        database,
        tmp_path,
        "users",
        "create",
        "--username",
        "admin",
        "--role",
        "admin",
        "--division",
        "130000",
        "--password",
        "a-long-password",
    )
    assert again.returncode == 1 and "exists" in again.stderr
    invite = run(database, tmp_path, "invites", "create", "--role", "inspector", "--division", "130102")
    assert invite.returncode == 0 and "/inspect" in invite.stdout
    bad = run(database, tmp_path, "invites", "create", "--role", "inspector", "--division", "999999")
    assert bad.returncode == 1
    assert await InviteCode.filter(role="inspector").count() == 1
