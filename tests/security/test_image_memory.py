"""Finding 2: a PNG declaring 9999 x 9999 pixels (300 MB decoded, under Pillow's own bomb limit) used to
be decoded in full: 815 MB RSS for one upload, 3.66 GB for six in parallel. The size is now read from the
header first (IMAGE_MAX_PIXELS, default 24 million), so the server's own process stays within BOUND_MB
of its idle size for one such upload and for six at once. Measured in a subprocess (tests/security/
memory_probe.py: the server and its uploads in one process, VmHWM reset between phases)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

from PIL import Image

from foundation import media

BOUND_MB = 64  # SECURITY.md states the same bound
ROOT = Path(__file__).resolve().parents[2]


def test_png_bomb_peak_memory_is_bounded(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IMAGE_")}
    run = subprocess.run(
        [sys.executable, "-W", "ignore", "-m", "tests.security.memory_probe", str(tmp_path / "data"), "6"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    figures = json.loads(run.stdout.strip().splitlines()[-1])
    base = figures["baseline_rss_kb"]
    one, six = (figures["one_peak_kb"] - base) / 1024, (figures["many_peak_kb"] - base) / 1024
    print(f"PNG bomb of {figures['bomb_bytes']} bytes: +{one:.1f} MB for one, +{six:.1f} MB for six")
    assert one < BOUND_MB, figures
    assert six < BOUND_MB, figures
    assert (figures["after_rss_kb"] - base) / 1024 < BOUND_MB, figures


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (120, 30, 200)).save(out, "JPEG")
    return out.getvalue()


def test_large_jpeg_is_decoded_reduced_and_other_formats_skipped() -> None:
    """A JPEG over the budget is decoded at 1/2, 1/4 or 1/8 scale (never at full size); a PNG over it
    gets no staff copy (the sealed original is still kept by the caller)."""
    reduced = media.redact_image(jpeg(2000, 1600), max_pixels=1_000_000)
    assert reduced is not None
    with Image.open(io.BytesIO(reduced)) as image:
        assert image.size == (1000, 800)
    png = io.BytesIO()
    Image.new("RGB", (2000, 1600)).save(png, "PNG")
    assert media.redact_image(png.getvalue(), max_pixels=1_000_000) is None


async def test_decoding_runs_in_the_bounded_image_pool() -> None:
    seen: list[str] = []
    original = media.redact_image

    def spy(data: bytes, max_pixels: int | None = None) -> bytes | None:
        seen.append(threading.current_thread().name)
        return original(data, max_pixels)

    media.redact_image = spy  # type: ignore[assignment]
    try:
        assert await media.redact_async(jpeg(64, 48)) is not None
    finally:
        media.redact_image = original  # type: ignore[assignment]
    assert seen and seen[0].startswith("image"), seen
    assert media.LIMITS.pool._max_workers == media.LIMITS.workers
