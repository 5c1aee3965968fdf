"""Untrusted bytes to pixels, safely and no bigger than needed.

Anyone can send the bot a file, so limits are checked before decoding: the byte size, then the pixel
count from the image header (a small PNG can claim 100 000 × 100 000 pixels and take gigabytes to
decode). JPEG photos are decoded at a reduced scale straight from the compressed data (libjpeg's DCT
scaling), which is several times faster than decoding 12 megapixels and shrinking them afterwards.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
PDF_PAGE_LIMIT = 1
PDF_DPI = 200


@dataclass
class Loaded:
    """`image` is BGR (None when unusable); original pixel coordinates = `scale` × these."""

    image: np.ndarray | None
    scale: float = 1.0
    problems: list[str] = field(default_factory=list)
    kind: str = "image"  # image / pdf


def _reduction(size: tuple[int, int], min_side: int) -> int:
    """The largest JPEG draft reduction (1, 2, 4, 8) that keeps the longer side at least `min_side`."""
    longest = max(size)
    for factor in (8, 4, 2):
        if longest / factor >= min_side:
            return factor
    return 1


def _to_bgr(img: Image.Image) -> np.ndarray:
    img = ImageOps.exif_transpose(img)
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, rgba)
    rgb = np.asarray(img.convert("RGB"))
    return cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)


def blank_problem(image: np.ndarray) -> str | None:
    """black_image / blank_image for pictures with nothing on them, from a thumbnail."""
    thumb = cv2.resize(image, (64, 64), interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(thumb, cv2.COLOR_BGR2GRAY) if thumb.ndim == 3 else thumb
    mean, std = float(gray.mean()), float(gray.std())
    if mean < 28 and std < 10:
        return "black_image"
    if std < 4:
        return "blank_image"
    return None


def _render_pdf(data: bytes) -> Loaded:
    """The first page rendered, when pypdfium2 is installed; otherwise a clear refusal."""
    try:
        import pypdfium2  # type: ignore[import-not-found]
    except ImportError:
        return Loaded(None, problems=["pdf_unsupported"], kind="pdf")
    try:
        pdf = pypdfium2.PdfDocument(data)
    except Exception:  # a broken PDF is the sender's problem, not an error here
        return Loaded(None, problems=["not_an_image"], kind="pdf")
    try:
        if len(pdf) == 0:
            return Loaded(None, problems=["pdf_empty"], kind="pdf")
        page = pdf[0]
        width, height = page.get_size()
        scale = PDF_DPI / 72
        if width * height * scale * scale > MAX_PIXELS:
            scale = (MAX_PIXELS / (width * height)) ** 0.5
        image = page.render(scale=scale).to_pil()
        problems = ["pdf_more_pages"] if len(pdf) > PDF_PAGE_LIMIT else []
        return Loaded(_to_bgr(image), problems=problems, kind="pdf")
    finally:
        pdf.close()


def load_image(data: bytes, *, min_side: int = 2000) -> Loaded:
    """Decodes `data` to a BGR array whose longer side is at least `min_side` when the original allows."""
    if len(data) > MAX_BYTES:
        return Loaded(None, problems=["file_too_large"])
    if data[:5] == b"%PDF-":
        loaded = _render_pdf(data)
    else:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                img = Image.open(io.BytesIO(data))
                size = img.size
        except Image.DecompressionBombError:
            return Loaded(None, problems=["image_too_large"])
        except (UnidentifiedImageError, OSError, ValueError):
            return Loaded(None, problems=["not_an_image"])
        if size[0] * size[1] > MAX_PIXELS:
            return Loaded(None, problems=["image_too_large"])
        scale = 1.0
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                if img.format == "JPEG":
                    factor = _reduction(size, min_side)
                    if factor > 1:
                        img.draft("RGB", (size[0] // factor, size[1] // factor))
                        scale = size[0] / img.size[0]
                image = _to_bgr(img)
        except (OSError, ValueError, SyntaxError):
            return Loaded(None, problems=["not_an_image"])
        loaded = Loaded(image, scale)
    if loaded.image is not None:
        problem = blank_problem(loaded.image)
        if problem:
            loaded.problems.append(problem)
    return loaded
