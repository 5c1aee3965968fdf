"""The layers hold: `lint-imports` (import-linter, contracts in pyproject.toml) passes on the tree and fails
as soon as a lower layer imports a higher one, so CI stops an upward import before it lands."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = Path(sys.executable).with_name("lint-imports")


def _copy_tree(target: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", target / "pyproject.toml")
    for package in ROOT.iterdir():
        if (package / "__init__.py").exists() and package.name not in ("tests", "scripts", "benchmarks"):
            shutil.copytree(
                package, target / package.name, ignore=shutil.ignore_patterns("__pycache__", "data")
            )


def _lint(where: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(where)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=where, env=env, capture_output=True, text=True, check=False
    )


def test_the_tree_keeps_its_layers(tmp_path: Path) -> None:
    _copy_tree(tmp_path)
    result = _lint(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("cases/_probe.py", "from handlers import session\n", "assembly > channels > domain > foundation"),
        ("foundation/_probe.py", "from cases import tips\n", "assembly > channels > domain > foundation"),
        ("certs/_probe.py", "import cases.service\n", "assembly > channels > domain > foundation"),
        ("web/_probe.py", "import handlers.report\n", "assembly > channels > domain > foundation"),
        ("notices/_probe.py", "import telegram\n", "the domain and the foundation know no Telegram"),
        ("ocr/_probe.py", "from aiohttp import web\n", "the domain and the foundation know no Telegram"),
    ],
)
def test_an_upward_import_breaks_the_build(tmp_path: Path, module: str, line: str, contract: str) -> None:
    _copy_tree(tmp_path)
    (tmp_path / module).write_text(line, encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout
    assert module.replace("/", ".").removesuffix(".py") in result.stdout
