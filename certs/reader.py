"""Reading QR codes from photos: zxing-cpp first, zbar (pyzbar) second, then retries for phone photos.

Order and retries were tuned with benchmarks/qr_bench.py (figures in benchmarks/README.md). Most photos
decode on the first zxing pass over the whole photo. What fails there is nearly always a code whose
modules are under 2 px, often blurred as well; enlarging the whole photo fixes many of those but costs
0.3-0.6 s on a 12-megapixel photo, so the retries work on a few 520 px crops instead: where zxing saw a
code it could not decode, and the patches of densest fine edges (on a card photo, the QR block). Each
crop is enlarged 3x and tried with zxing, then zbar; then sharpened, deconvolved (blur) and
thresholded (uneven light); only then come zbar on the whole photo, a whole-photo enlargement and
zxing's global binarizer. Work stops at the first attempt that finds a code.

zbar is run in binary mode and its raw bytes decoded here (UTF-8 where valid), because without an ECI
marker zbar guesses Shift-JIS and turns UTF-8 Chinese into mojibake.

`read_qr_texts_async` runs the work in a small process pool: decoding a 12-megapixel photo takes a good
part of a second of CPU, which must not stall the bot's event loop; a worker that crashes or hangs on
a hostile image is replaced and the caller gets a QrReadError.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ctypes
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool

import numpy as np
import zxingcpp

from certs import enhance
from certs.enhance import Region
from certs.imageload import (
    MAX_BYTES,
    DecoderCrashed,
    DecodeTimeout,
    ImageTooLarge,
    NotAnImage,
    QrReadError,
    TooManyPixels,
    TruncatedImage,
    load_gray,
)

__all__ = [
    "DecodeTimeout",
    "DecoderCrashed",
    "ImageTooLarge",
    "NotAnImage",
    "QrReadError",
    "TooManyPixels",
    "TruncatedImage",
    "read_qr_texts",
    "read_qr_texts_async",
    "shutdown_pool",
]

log = logging.getLogger(__name__)

POOL_WORKERS = 2
TIME_LIMIT = 30.0


# --- decoders ------------------------------------------------------------------------------------------


def bytes_to_text(raw: bytes) -> str:
    """UTF-8 where valid (what our QR codes and most modern ones hold), else GB 18030, else Latin-1."""
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def zxing_texts(gray: np.ndarray, binarizer: object = None, downscale: bool = True) -> list[str]:
    results = zxingcpp.read_barcodes(
        gray,
        formats=zxingcpp.BarcodeFormat.QRCode,
        try_rotate=True,
        try_downscale=downscale,
        try_invert=False,
        binarizer=binarizer or zxingcpp.Binarizer.LocalAverage,
    )
    return [
        bytes_to_text(result.bytes) if result.bytes else result.text for result in results if result.valid
    ]


class _Zbar:
    """zbar through pyzbar's ctypes bindings, with the scanner's binary mode on (raw bytes out)."""

    CFG_BINARY = 4  # zbar >= 0.23: ZBAR_CFG_BINARY
    Y800 = 0x30303859  # fourcc "Y800": 8-bit grayscale

    def __init__(self) -> None:
        from pyzbar import wrapper
        from pyzbar.pyzbar import ZBarConfig, ZBarSymbol

        self.w = wrapper
        self.config = ZBarConfig
        self.qr = ZBarSymbol.QRCODE

    def __call__(self, gray: np.ndarray) -> list[str]:
        w = self.w
        height, width = gray.shape
        pixels = np.ascontiguousarray(gray, dtype=np.uint8).tobytes()
        scanner = w.zbar_image_scanner_create()
        image = w.zbar_image_create()
        try:
            w.zbar_image_scanner_set_config(scanner, 0, self.config.CFG_ENABLE, 0)
            w.zbar_image_scanner_set_config(scanner, self.qr, self.config.CFG_ENABLE, 1)
            binary = w.zbar_image_scanner_set_config(scanner, self.qr, self.CFG_BINARY, 1) == 0
            w.zbar_image_set_format(image, self.Y800)
            w.zbar_image_set_size(image, width, height)
            w.zbar_image_set_data(image, ctypes.cast(pixels, ctypes.c_void_p), len(pixels), None)
            if w.zbar_scan_image(scanner, image) <= 0:
                return []
            texts = []
            symbol = w.zbar_image_first_symbol(image)
            while symbol:
                raw = ctypes.string_at(w.zbar_symbol_get_data(symbol), w.zbar_symbol_get_data_length(symbol))
                texts.append(bytes_to_text(raw) if binary else unmangle_zbar(raw))
                symbol = w.zbar_symbol_next(symbol)
            return texts
        finally:
            w.zbar_image_destroy(image)
            w.zbar_image_scanner_destroy(scanner)


def unmangle_zbar(data: bytes) -> str:
    """For a zbar without binary mode: undo its Shift-JIS guess when that yields valid UTF-8."""
    text = data.decode("utf-8", errors="replace")
    with contextlib.suppress(UnicodeError):
        fixed = text.encode("shift_jis").decode("utf-8")
        if fixed != text:
            return fixed
    return text


_zbar: _Zbar | None = None


def zbar_texts(gray: np.ndarray) -> list[str]:
    global _zbar
    if _zbar is None:
        _zbar = _Zbar()
    return _zbar(gray)


# --- the retry pipeline --------------------------------------------------------------------------------

CROP_HALF = 260  # crops of 520 px: a version-11 code with 3 px modules, rotated 45°, fits
MAX_CROPS = 4
FULL_UPSCALE_PIXELS = 12_000_000  # enlarge the whole photo only when the result stays under 48 MP


def _zxing_first(gray: np.ndarray) -> tuple[list[str], list[Region]]:
    """zxing on the photo as it is; also where it saw codes it could not decode (zxing-cpp >= 2.3)."""
    options = {"formats": zxingcpp.BarcodeFormat.QRCode, "try_rotate": True, "try_invert": False}
    try:
        results = zxingcpp.read_barcodes(gray, return_errors=True, **options)
    except TypeError:  # an older zxing-cpp: no positions of failed codes, the dense-spot crops remain
        results = zxingcpp.read_barcodes(gray, **options)
    texts = [bytes_to_text(item.bytes) if item.bytes else item.text for item in results if item.valid]
    regions = []
    for item in results:
        if item.valid:
            continue
        position = item.position
        points = [position.top_left, position.top_right, position.bottom_right, position.bottom_left]
        xs, ys = [p.x for p in points], [p.y for p in points]
        half = max(CROP_HALF, int(0.8 * max(max(xs) - min(xs), max(ys) - min(ys))))
        regions.append(enhance.around(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), half, gray.shape))
    return texts, regions


def _candidate_regions(gray: np.ndarray, seen: list[Region]) -> list[Region]:
    regions = list(seen)
    for center in enhance.dense_spots(gray, count=3):
        region = enhance.around(center, CROP_HALF, gray.shape)
        if not any(_overlap(region, other) > 0.6 for other in regions):
            regions.append(region)
    return regions[:MAX_CROPS]


def _overlap(a: Region, b: Region) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    if width <= 0 or height <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return width * height / max(1, smaller)


PHOTO, CROPS = "photo", "crops"


def _stages() -> list[tuple[str, str, Callable[[np.ndarray], list[str]]]]:
    """(name, what it runs on, attempt) after the first zxing pass; a CROPS stage runs on every crop."""
    up3 = enhance.resize
    return [
        ("crop-zxing-up3", CROPS, lambda c: zxing_texts(up3(c, 3), downscale=False)),
        ("crop-zbar-up2", CROPS, lambda c: zbar_texts(up3(c, 2))),
        ("zbar", PHOTO, zbar_texts),
        (
            "crop-zxing-sharpen",
            CROPS,
            lambda c: zxing_texts(enhance.sharpen(up3(c, 3), 2.25, 500), downscale=False),
        ),
        (
            "crop-zxing-deblur",
            CROPS,
            lambda c: zxing_texts(up3(enhance.deblur(c, 1.0, 0.01), 3), downscale=False),
        ),
        (
            "crop-zxing-threshold",
            CROPS,
            lambda c: zxing_texts(enhance.threshold(up3(c, 3), 45, 4), downscale=False),
        ),
        (
            "zxing-up2",
            PHOTO,
            lambda g: zxing_texts(up3(g, 2), downscale=False) if g.size <= FULL_UPSCALE_PIXELS else [],
        ),
        ("zxing-global", PHOTO, lambda g: zxing_texts(g, binarizer=zxingcpp.Binarizer.GlobalHistogram)),
    ]


def _clean(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(text for text in texts if text))


def decode_gray(gray: np.ndarray, stats: dict | None = None) -> list[str]:
    """All the attempts for one photo, stopping at the first that finds a code; `stats["attempt"]`
    names the attempt that did (for the benchmark)."""
    stats = stats if stats is not None else {}
    stats["attempt"] = None
    try:
        texts, failed_regions = _zxing_first(gray)
    except Exception:
        log.exception("QR attempt zxing failed")
        texts, failed_regions = [], []
    if _clean(texts):
        stats["attempt"] = "zxing"
        return _clean(texts)
    crops = [enhance.crop(gray, region) for region in _candidate_regions(gray, failed_regions)]
    for name, scope, attempt in _stages():
        for image in crops if scope == CROPS else [gray]:
            try:
                texts = _clean(attempt(image))
            except Exception:  # one failing decoder must not hide what the next one finds
                log.exception("QR attempt %s failed", name)
                continue
            if texts:
                stats["attempt"] = name
                return texts
    return []


def read_qr_texts(image_bytes: bytes) -> list[str]:
    """The texts of the QR codes in an image (empty when none is found). Raises QrReadError subclasses
    for images that cannot be read at all: too_large, not_an_image, too_many_pixels, truncated."""
    return decode_gray(load_gray(image_bytes))


# --- worker pool ---------------------------------------------------------------------------------------

_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _get_pool() -> concurrent.futures.ProcessPoolExecutor:
    """Spawned, not forked: forking a process that runs threads (the bot's) can deadlock the child."""
    global _pool
    with _pool_lock:
        if _pool is None:
            context = multiprocessing.get_context("spawn")
            _pool = concurrent.futures.ProcessPoolExecutor(max_workers=POOL_WORKERS, mp_context=context)
        return _pool


def _kill_pool(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    """A hung worker is not stopped by shutdown(); terminate this pool's own processes."""
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()


def shutdown_pool() -> None:
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


async def read_qr_texts_async(
    data: bytes,
    executor: concurrent.futures.Executor | None = None,
    time_limit: float = TIME_LIMIT,
) -> list[str]:
    """`read_qr_texts` in a worker process (the module's pool unless `executor` is given).

    Raises what read_qr_texts raises, plus DecodeTimeout (reason `timeout`) when the worker takes
    longer than `time_limit` seconds and DecoderCrashed (`decoder_crashed`) when it dies; in both cases
    the module's pool is replaced, so the next call gets a healthy worker.
    """
    if len(data) > MAX_BYTES:  # refuse before copying 20+ MB into a worker
        raise ImageTooLarge(f"{len(data)} bytes, the limit is {MAX_BYTES}")
    pool = executor or _get_pool()
    own_pool = executor is None and isinstance(pool, concurrent.futures.ProcessPoolExecutor)
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(time_limit):
            return await loop.run_in_executor(pool, read_qr_texts, bytes(data))
    except QrReadError:
        raise
    except TimeoutError:
        if own_pool:
            _kill_pool(pool)
        raise DecodeTimeout(f"no answer within {time_limit:.0f} s") from None
    except BrokenProcessPool:
        if own_pool:
            _kill_pool(pool)
        raise DecoderCrashed("the decoder process died") from None
