"""Credit codes and subject files for the subject tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from stdnum.cn import uscc

from models.subjects import Subject

ROOT = Path(__file__).resolve().parents[2]


def code(n: int, prefix: str = "9113010") -> str:
    """A valid unified social credit code (check character by python-stdnum)."""
    body = f"{prefix}{n:010d}"[:17]
    return body + uscc.calc_check_digit(body)


def bad_check(n: int) -> str:
    good = code(n)
    return good[:-1] + ("0" if good[-1] != "0" else "1")


async def subject(n: int, division: str = "130102", kind: str = "enterprise", **extra) -> Subject:
    return await Subject.create(
        credit_code=code(n),
        name=extra.pop("name", f"测试企业{n}"),
        subject_type=kind,
        division_code=division,
        **extra,
    )


def run(database_url: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DATA_DIR": str(tmp_path / "data"),
        "DEFAULT_LOCALE": "en",
    }
    env.pop("BOT_TOKEN", None)
    return subprocess.run(
        [sys.executable, "run.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
