"""QR decoding benchmark on synthetic phone photos of certificate cards.

    .venv/bin/python benchmarks/qr_bench.py            # full run: 300 photos, about 3-4 minutes on 2 cores
    .venv/bin/python benchmarks/qr_bench.py --quick    # 40 photos, about 30 s

Each photo is a rendered card (certs.card, QR at level Q, version 10-11, as issued) placed on a
cluttered background, with QR modules of 1.5-3 px in a photo 1280-4000 px wide, and one to three of:
rotation up to 45°, perspective, blur, low contrast and uneven light, JPEG quality 20-40 (details in
benchmarks/README.md). Each photo draws its own combination from a fixed seed, so runs are comparable.

Three decoders run on the same JPEG bytes, each timed from bytes to texts: pyzbar alone
(`pyzbar.decode` on the Pillow image), zxing-cpp alone (`read_barcodes`, default options) and the
project's reader (`certs.reader.read_qr_texts`). A photo counts as decoded when the expected text comes
out. Peak memory is the peak RSS (VmHWM) of a fresh process reading one 4000 x 3000 photo with the reader.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import io
import json
import math
import multiprocessing
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from PIL import Image, ImageChops, ImageFilter  # noqa: E402

SEED = 20240501
FULL, QUICK = 300, 40
PUBLIC_URL = "https://verify.example.gov.cn"
DEGRADATIONS = ("blur", "rotation", "perspective", "low_contrast", "jpeg")

PEOPLE = (
    ("T110101199003077774", "special_operation", "张三丰", "110101199003077774", "电工作业", "低压电工作业"),
    ("T320102199208154564", "special_operation", "欧阳娜娜", "320102199208154564", "高处作业",
     "高处安装、维护、拆除作业"),
    ("T370202199511112345", "special_operation", "阿卜杜热合曼·买买提", "370202199511112345",
     "危险化学品安全作业", "化工自动化控制仪表作业"),
    ("110105199201010023", "safety_management", "李四", "110105199201010023", "主要负责人",
     "危险化学品经营单位"),
    ("BZZ-110101-2024-00017", "team_leader", "王小明", "110101199003077774", "班组长", "焊工"),
    ("T110105199201010023", "special_operation", "赵敏", "110105199201010023", "焊接与热切割作业",
     "熔化焊接与热切割作业"),
)  # fmt: skip


# --- the set -------------------------------------------------------------------------------------------


def bench_key():
    """A fixed key, so every run (and every worker) draws the very same photos."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from certs.keys import SigningKey, kid_for

    private = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"qr-bench").digest())
    return SigningKey(kid_for(private.public_key()), private)


def make_cards() -> list[tuple[bytes, str, int]]:
    """(card PNG, expected QR text, pixels per QR module on the card) for each person."""
    from certs import card, links, qr
    from certs.registry import RegistryRecord

    key = bench_key()
    cards = []
    for index, (cert_no, cert_type, name, id_number, category, item) in enumerate(PEOPLE):
        record = RegistryRecord(
            cert_no=cert_no, cert_type=cert_type, name=name, id_number=id_number, status="valid",
            sex="男" if index % 2 == 0 else "女", category=category, item=item,
            first_issued=date(2018, 3, 7), valid_from=date(2024, 3, 7), valid_to=date(2030, 3, 6),
            review_due=date(2027, 3, 6), issuer="北京市东城区应急管理局", issuer_division="110101",
            record_id=1000 + index,
        )  # fmt: skip
        fields = dataclasses.replace(record.cert_fields(), issued_at=datetime(2024, 3, 7, tzinfo=UTC))
        text = links.issue_qr_text(fields, key, PUBLIC_URL)
        module = card.QR_BOX // len(qr.make_qr_matrix(text))
        cards.append((card.render_card(card.CardData.from_record(record), text), text, module))
    return cards


@dataclass
class Photo:
    jpeg: bytes
    expected: str
    meta: dict


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    """Coefficients for Image.transform(PERSPECTIVE): output (dst) pixel -> input (src) pixel."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return list(np.linalg.solve(np.array(rows, dtype=float), np.array(rhs, dtype=float)))


def _background(rng: np.random.Generator, width: int, height: int) -> Image.Image:
    """A desk: a tinted low-frequency pattern with some clutter, so detectors have something to reject."""
    tint = rng.integers(70, 190, size=3)
    cells = rng.integers(-35, 36, size=(max(2, height // 200), max(2, width // 200), 1))
    tinted = tint + cells + rng.integers(-10, 11, size=(*cells.shape[:2], 3))
    small = np.clip(tinted, 0, 255).astype(np.uint8)
    small_image = Image.fromarray(small).resize(
        (max(4, width // 25), max(4, height // 25)), Image.Resampling.BICUBIC
    )
    base = small_image.filter(ImageFilter.GaussianBlur(2)).resize((width, height), Image.Resampling.BICUBIC)
    pixels = np.array(base)
    for _ in range(int(rng.integers(3, 9))):  # clutter: dark and light blocks, like papers and pens
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, width // 4)), int(rng.integers(5, height // 4))
        pixels[y : y + h, x : x + w] = rng.integers(0, 255, size=3, dtype=np.uint8)
    return Image.fromarray(pixels)


def make_photo(index: int, cards: list[tuple[bytes, str, int]]) -> Photo:
    rnd = random.Random(SEED * 1000 + index)
    rng = np.random.default_rng(SEED * 1000 + index)
    png, expected, module_on_card = cards[index % len(cards)]
    card = Image.open(io.BytesIO(png)).convert("RGB")

    width = rnd.randint(1280, 4000)
    height = round(width * rnd.choice((0.75, 1.333, 0.5625)))
    module = rnd.uniform(1.5, 3.0)
    scale = module / module_on_card
    # One to three degradations on top of the small modules; the rest stay at ordinary phone values.
    chosen = set(rnd.sample(DEGRADATIONS, rnd.choices((1, 2, 3), weights=(45, 35, 20))[0]))
    angle = rnd.uniform(-45, 45) if "rotation" in chosen else rnd.uniform(-4, 4)
    tilt = rnd.uniform(0.03, 0.10) if "perspective" in chosen else rnd.uniform(0, 0.015)
    blur = (
        module * rnd.uniform(0.2, 0.45) if "blur" in chosen else 0.0
    )  # Gaussian sigma, relative to a module
    contrast = rnd.uniform(0.35, 0.6) if "low_contrast" in chosen else 1.0
    light = rnd.uniform(0.55, 0.85) if "low_contrast" in chosen and rnd.random() < 0.5 else 1.0
    quality = rnd.randint(20, 40) if "jpeg" in chosen else rnd.randint(70, 90)
    noise = rnd.uniform(1.0, 4.0)

    # The card shrunk close to its final size first, so the perspective warp works on few pixels.
    pre = min(1.0, scale * 1.5)
    card = card.resize((round(card.width * pre), round(card.height * pre)), Image.Resampling.LANCZOS)
    card_w, card_h = card.width * scale / pre, card.height * scale / pre
    half_diag = math.hypot(card_w, card_h) / 2 * (1 + tilt)
    cx = rnd.uniform(half_diag, max(half_diag + 1, width - half_diag))
    cy = rnd.uniform(half_diag, max(half_diag + 1, height - half_diag))
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    corners = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = sx * card_w / 2, sy * card_h / 2
        x += rnd.uniform(-tilt, tilt) * card_w
        y += rnd.uniform(-tilt, tilt) * card_h
        corners.append((cx + x * cos - y * sin, cy + x * sin + y * cos))
    left, top = math.floor(min(p[0] for p in corners)), math.floor(min(p[1] for p in corners))
    right, bottom = math.ceil(max(p[0] for p in corners)), math.ceil(max(p[1] for p in corners))
    box = (right - left, bottom - top)
    local = [(x - left, y - top) for x, y in corners]
    source = [(0, 0), (card.width, 0), (card.width, card.height), (0, card.height)]
    coeffs = _perspective_coeffs(local, source)
    warped = card.transform(box, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", card.size, 255).transform(
        box, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR
    )

    photo = _background(rng, width, height)
    photo.paste(warped, (left, top), mask)
    if blur:
        region = (max(0, left - 8), max(0, top - 8), min(width, right + 8), min(height, bottom + 8))
        photo.paste(photo.crop(region).filter(ImageFilter.GaussianBlur(blur)), region[:2])
    if contrast < 1.0:  # lookup tables and ImageChops: float arrays of a 12 MP RGB photo are slow
        shift = rnd.uniform(-40, 40)
        photo = photo.point(
            [min(255, max(0, round(128 + (v - 128) * contrast + shift))) for v in range(256)] * 3
        )
    if light < 1.0:
        ramp = np.linspace(light * 255, 255, width, dtype=np.float32)
        ramp = ramp if rnd.random() < 0.5 else ramp[::-1]
        shade = Image.fromarray(np.broadcast_to(ramp.astype(np.uint8), (height, width)).copy())
        photo = ImageChops.multiply(photo, Image.merge("RGB", (shade, shade, shade)))
    grain = rng.standard_normal((height, width), dtype=np.float32) * noise + 128
    grain_image = Image.fromarray(np.clip(grain, 0, 255).astype(np.uint8))
    photo = ImageChops.add(photo, Image.merge("RGB", (grain_image,) * 3), scale=1.0, offset=-128)
    out = io.BytesIO()
    photo.save(out, format="JPEG", quality=quality)
    meta = {
        "width": width, "height": height, "module": round(module, 2), "angle": round(angle, 1),
        "tilt": round(tilt, 3), "blur": round(blur, 2), "contrast": round(contrast, 2),
        "light": round(light, 2), "noise": round(noise, 1), "quality": quality,
        "degradations": sorted(chosen),
    }  # fmt: skip
    return Photo(out.getvalue(), expected, meta)


# --- the decoders --------------------------------------------------------------------------------------


def pyzbar_alone(data: bytes) -> list[str]:
    from pyzbar import pyzbar

    with Image.open(io.BytesIO(data)) as image:
        found = pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [item.data.decode("utf-8", "replace") for item in found]


def zxing_alone(data: bytes) -> list[str]:
    import zxingcpp

    with Image.open(io.BytesIO(data)) as image:
        found = zxingcpp.read_barcodes(image.convert("L"), formats=zxingcpp.BarcodeFormat.QRCode)
    return [item.text for item in found]


def project_reader(data: bytes, stats: dict | None = None) -> list[str]:
    """certs.reader.read_qr_texts, spelled out to learn which attempt succeeded."""
    from certs.reader import decode_gray, load_gray

    return decode_gray(load_gray(data), stats)


DECODERS = {"pyzbar alone": pyzbar_alone, "zxing-cpp alone": zxing_alone, "project reader": project_reader}

_cards: list[tuple[bytes, str, int]] = []


def _init(cards: list[tuple[bytes, str, int]]) -> None:
    _cards.extend(cards)


def run_one(index: int) -> dict:
    photo = make_photo(index, _cards)
    result: dict = {"index": index, "meta": photo.meta}
    stats: dict = {}
    for name, decoder in DECODERS.items():
        start = time.perf_counter()
        try:
            texts = decoder(photo.jpeg, stats) if decoder is project_reader else decoder(photo.jpeg)
        except Exception as exc:
            texts = [f"error: {exc}"]
        result[name] = {"ok": photo.expected in texts, "seconds": time.perf_counter() - start}
    result["attempt"] = stats.get("attempt")
    return result


# --- memory --------------------------------------------------------------------------------------------

# VmHWM, not ru_maxrss: Linux carries ru_maxrss over fork + exec, so the child would report the parent's.
_MEMORY_CHILD = """
import re, sys
sys.path.insert(0, sys.argv[2])
from certs.reader import read_qr_texts
texts = read_qr_texts(open(sys.argv[1], "rb").read())
status = open("/proc/self/status").read()
print(len(texts), re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1))
"""


def peak_memory_mb(cards: list[tuple[bytes, str, int]]) -> tuple[float, bool]:
    """Peak RSS of a fresh interpreter reading one 4000 x 3000 photo (interpreter and imports included)."""
    index = 0
    while True:  # the first photo of the seeded sequence that is about 4000 x 3000
        rnd = random.Random(SEED * 1000 + index)
        if rnd.randint(1280, 4000) >= 3900 and rnd.choice((0.75, 1.333, 0.5625)) == 0.75:
            break
        index += 1
    photo = make_photo(index, cards)
    with tempfile.NamedTemporaryFile(suffix=".jpg", delete=False) as handle:
        handle.write(photo.jpeg)
    try:
        out = subprocess.run(
            [sys.executable, "-c", _MEMORY_CHILD, handle.name, str(ROOT)],
            capture_output=True, text=True, check=True, timeout=120,
        ).stdout.split()  # fmt: skip
    finally:
        os.unlink(handle.name)
    return int(out[1]) / 1024, int(out[0]) > 0


# --- report --------------------------------------------------------------------------------------------


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(fraction * len(ordered)) - 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK} photos instead of {FULL}")
    parser.add_argument("--count", type=int, help="number of photos (overrides --quick)")
    parser.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    parser.add_argument("--failures", action="store_true", help="list the photos the reader missed")
    parser.add_argument("--json", type=Path, help="also write per-photo results here")
    args = parser.parse_args(argv)
    count = args.count or (QUICK if args.quick else FULL)

    started = time.perf_counter()
    cards = make_cards()
    context = multiprocessing.get_context("spawn")
    with context.Pool(args.workers, initializer=_init, initargs=(cards,)) as pool:
        results = list(pool.imap_unordered(run_one, range(count), chunksize=2))
    results.sort(key=lambda item: item["index"])
    memory, memory_ok = peak_memory_mb(cards)
    elapsed = time.perf_counter() - started

    from certs.qr import qr_version

    versions = sorted({qr_version(text) for _, text, _ in cards})
    print(f"QR benchmark: {count} photos, seed {SEED}, level Q, versions {versions}, {args.workers} workers")
    print()
    print("| decoder | decoded | success | median ms | p95 ms |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name in DECODERS:
        oks = sum(item[name]["ok"] for item in results)
        times = [item[name]["seconds"] * 1000 for item in results]
        print(
            f"| {name} | {oks}/{count} | {100 * oks / count:.1f} % | {statistics.median(times):.0f} | "
            f"{_percentile(times, 0.95):.0f} |"
        )
    print()
    print(f"peak RSS, fresh process reading one 4000 x 3000 photo: {memory:.0f} MB (decoded: {memory_ok})")
    attempts: dict[str, int] = {}
    for item in results:
        attempts[str(item["attempt"])] = attempts.get(str(item["attempt"]), 0) + 1
    print("reader: first successful attempt:", ", ".join(f"{k} {v}" for k, v in sorted(attempts.items())))
    print(f"total time {elapsed:.0f} s")
    if args.failures:
        for item in results:
            if not item["project reader"]["ok"]:
                print("missed", item["index"], json.dumps(item["meta"]))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
