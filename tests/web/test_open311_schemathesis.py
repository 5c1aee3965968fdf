"""Schemathesis (`--checks all`) against both APIs, served on a local port from the app the product runs.

The run is bounded (a few examples per operation, a time budget) and deterministic
(`--generation-deterministic`: no random seed, no example database), so it passes or fails the same way
every time. The JSON API's operations get a real bearer token; Open311 reads are keyless. Set
SCHEMATHESIS_OUT to a file name to keep the whole report.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from tests.web.test_api import make_client_token

HERE = Path(__file__).resolve().parent
ST = Path(sys.executable).with_name("st")


@pytest.mark.e2e
async def test_schemathesis_finds_nothing(client, tmp_path) -> None:
    token = await make_client_token("130000")
    schema = str(client.make_url("/open311/v2/openapi.json"))
    process = await asyncio.create_subprocess_exec(
        str(ST),
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "--no-color",
        "run",
        schema,
        "--checks",
        "all",
        "--max-examples",
        "8",
        "--generation-deterministic",
        "--workers",
        "1",
        "--max-time",
        "80",
        "--request-timeout",
        "20",
        "--phases",
        "examples,coverage,fuzzing",
        "-H",
        f"Authorization: Bearer {token}",
        "--report",
        "junit",
        "--report-dir",
        str(tmp_path),
        cwd=tmp_path,
        env={
            **os.environ,
            "OPEN311_API_KEY": token,
        },  # Schemathesis keeps a crash cache in its working directory: not in the repository
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), timeout=180)
    text = output.decode(errors="replace")
    if os.environ.get("SCHEMATHESIS_OUT"):
        Path(os.environ["SCHEMATHESIS_OUT"]).write_text(text)  # noqa: ASYNC240 - after the run
    assert process.returncode == 0, text[-12000:]
