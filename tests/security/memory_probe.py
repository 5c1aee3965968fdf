"""Run as a subprocess by test_image_memory.py: the web server's own process receives PNG bombs through
POST /report and reports its peak memory (VmHWM, reset through /proc/self/clear_refs between phases).

Usage: python -m tests.security.memory_probe DATA_DIR COUNT  ->  one JSON line on stdout
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
import zlib
from pathlib import Path


def png_bomb(width: int = 9999, height: int = 9999) -> bytes:
    """A valid RGB PNG of width x height black pixels: about 12 KB on disk, 300 MB once decoded."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\x00" + b"\x00" * (width * 3)
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


async def main(data_dir: str, count: int) -> dict[str, object]:
    import re

    from aiohttp import FormData
    from aiohttp.test_utils import TestClient, TestServer
    from PIL import Image

    from bot.http import build_http_app
    from foundation import db
    from foundation.config import load_settings
    from web import setup_web

    limits = {k: v for k, v in os.environ.items() if k.startswith("IMAGE_")}  # to compare budgets
    settings = load_settings({"DATA_DIR": data_dir, "HTTP_PORT": "0", **limits})
    await db.migrate(settings.database_url)
    await db.init_db(settings.database_url)
    app = build_http_app(None)
    setup_web(app, settings)
    client = TestClient(TestServer(app))
    await client.start_server()
    bomb = png_bomb()
    small = io.BytesIO()
    Image.new("RGB", (640, 480), (10, 20, 30)).save(small, "JPEG")

    async def upload(content: bytes, name: str, mime: str) -> int:
        page = await (await client.get("/report?subject_type=enterprise&lang=en")).text()
        draft = re.search(r'name="draft" value="([^"]+)"', page).group(1)
        form = FormData()
        form.add_field("draft", draft)
        form.add_field("step", "form")
        form.add_field("subject_type", "enterprise")
        form.add_field("evidence", content, filename=name, content_type=mime)
        return (await client.post("/report", data=form)).status

    await upload(small.getvalue(), "warm.jpg", "image/jpeg")  # imports, pools, first decode
    reset_peak()
    baseline = status_kb("VmRSS")
    await upload(bomb, "one.png", "image/png")
    one_peak = status_kb("VmHWM")
    reset_peak()
    statuses = await asyncio.gather(*(upload(bomb, f"b{i}.png", "image/png") for i in range(count)))
    many_peak = status_kb("VmHWM")
    after = status_kb("VmRSS")
    staged = [p for p in (Path(data_dir) / "incoming").rglob("*") if p.is_file()]
    await client.close()
    await db.close_db()
    return {
        "bomb_bytes": len(bomb),
        "baseline_rss_kb": baseline,
        "one_peak_kb": one_peak,
        "many_peak_kb": many_peak,
        "after_rss_kb": after,
        "statuses": statuses,
        "staged_files": len(staged),
    }


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main(sys.argv[1], int(sys.argv[2])))))
