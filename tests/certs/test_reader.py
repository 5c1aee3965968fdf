"""Reading QR codes from photos, and refusing what is not a readable photo."""

from __future__ import annotations

import asyncio
import concurrent.futures
import io
import os
import random
import string
import struct
import zlib

import numpy as np
import pytest
import qrcode
from PIL import Image

from certs import reader
from certs.imageload import MAX_BYTES
from certs.links import QrSource, classify_qr_text
from certs.payload import PayloadStatus, verify_payload
from certs.reader import (
    ImageTooLarge,
    NotAnImage,
    QrReadError,
    TooManyPixels,
    TruncatedImage,
    read_qr_texts,
    read_qr_texts_async,
)

from .conftest import photo_of


def _png_header(width: int, height: int) -> bytes:
    """A PNG that is only a header: it claims width x height pixels and holds none."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def _jpeg_claiming(width: int, height: int) -> bytes:
    """A small real JPEG whose frame header is patched to claim a huge size."""
    out = io.BytesIO()
    Image.new("L", (64, 64), 128).save(out, format="JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def _qr_png(text: str, error_correction: int = qrcode.constants.ERROR_CORRECT_Q, box: int = 4) -> bytes:
    code = qrcode.QRCode(error_correction=error_correction, box_size=box)
    code.add_data(text)
    code.make(fit=True)
    out = io.BytesIO()
    code.make_image().get_image().save(out, format="PNG")
    return out.getvalue()


def test_clean_card(card_sample: tuple[bytes, str]) -> None:
    png, text = card_sample
    assert read_qr_texts(png) == [text]


@pytest.mark.parametrize(
    "degradation",
    [
        {"angle": 35, "quality": 30},
        {"angle": -20, "blur": 1.0, "contrast": 0.45, "quality": 25},
        {"card_width": 560, "angle": 8, "contrast": 0.5, "quality": 35},
        {"width": 4000, "card_width": 440, "angle": 3, "quality": 40},  # 1.5 px modules in a 12 MP photo
    ],
    ids=["rotated", "blurred-low-contrast", "small-modules", "tiny-in-large-photo"],
)
def test_degraded_photos(card_sample: tuple[bytes, str], degradation: dict) -> None:
    png, text = card_sample
    assert read_qr_texts(photo_of(png, **degradation)) == [text]


def test_photo_without_qr_is_an_empty_list() -> None:
    out = io.BytesIO()
    rng = np.random.default_rng(5)
    Image.fromarray(rng.integers(0, 255, (600, 800), dtype=np.uint8)).save(out, format="JPEG")
    assert read_qr_texts(out.getvalue()) == []


def test_utf8_chinese_is_not_read_as_shift_jis() -> None:
    png = _qr_png("证号T110101 张三丰")
    gray = np.asarray(Image.open(io.BytesIO(png)).convert("L"))
    assert reader.zbar_texts(gray) == ["证号T110101 张三丰"]
    assert reader.zxing_texts(gray) == ["证号T110101 张三丰"]
    mangled = "证号T110101".encode().decode("shift_jis", errors="strict").encode()
    assert reader.unmangle_zbar(mangled) == "证号T110101"


def test_garbage_qr_of_3_kb_is_just_text(keyring) -> None:
    rnd = random.Random(3)
    garbage = "".join(rnd.choice(string.ascii_letters + string.digits + "!?#&") for _ in range(2900))
    texts = read_qr_texts(_qr_png(garbage, qrcode.constants.ERROR_CORRECT_L, box=3))
    assert texts == [garbage]
    assert classify_qr_text(texts[0], {"verify.example.gov.cn"}).source is QrSource.TEXT
    assert verify_payload(texts[0], keyring).status is PayloadStatus.NOT_OURS


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(
    ("data", "error"),
    [
        (_png_header(10_000, 10_000), TooManyPixels),  # 100 MP: refused from the header alone
        (_png_header(20_000, 20_000), TooManyPixels),  # past Pillow's own bomb limit
        (_jpeg_claiming(10_000, 10_000), TooManyPixels),
        (b"%PDF-1.7\n1 0 obj << >> endobj\n", NotAnImage),
        (b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n", NotAnImage),
        (os.urandom(3000), NotAnImage),
        (b"", NotAnImage),
        (_png_header(10, 10), NotAnImage),
    ],
    ids=["png-100mp", "png-400mp", "jpeg-100mp", "pdf", "eps", "random", "empty", "tiny"],
)
def test_bad_input(data: bytes, error: type[QrReadError]) -> None:
    with pytest.raises(error) as caught:
        read_qr_texts(data)
    assert caught.value.reason == error.reason


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_decompression_bomb() -> None:
    """A few kilobytes of PNG that would inflate to 50+ megapixels."""
    out = io.BytesIO()
    Image.new("1", (7200, 7200), 0).save(out, format="PNG")
    assert len(out.getvalue()) < 200_000
    with pytest.raises(TooManyPixels):
        read_qr_texts(out.getvalue())


def test_truncated_jpeg(card_sample: tuple[bytes, str]) -> None:
    jpeg = photo_of(card_sample[0])
    with pytest.raises(TruncatedImage) as caught:
        read_qr_texts(jpeg[: len(jpeg) // 2])
    assert caught.value.reason == "truncated"


def test_too_many_bytes() -> None:
    with pytest.raises(ImageTooLarge):
        read_qr_texts(b"\xff\xd8\xff" + bytes(MAX_BYTES))


async def test_async_in_the_worker_pool(card_sample: tuple[bytes, str]) -> None:
    png, text = card_sample
    try:
        assert await read_qr_texts_async(png) == [text]
        with pytest.raises(TruncatedImage):  # the worker's error reaches the caller intact
            await read_qr_texts_async(png[: len(png) // 2])
        results = await asyncio.gather(*(read_qr_texts_async(png) for _ in range(3)))
        assert results == [[text]] * 3
    finally:
        reader.shutdown_pool()


async def test_async_with_a_given_executor(card_sample: tuple[bytes, str]) -> None:
    png, text = card_sample
    with concurrent.futures.ThreadPoolExecutor(1) as executor:
        assert await read_qr_texts_async(png, executor) == [text]
        with pytest.raises(ImageTooLarge):
            await read_qr_texts_async(bytes(MAX_BYTES + 1), executor)
