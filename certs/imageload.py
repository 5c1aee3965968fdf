"""Turning untrusted image bytes into a grayscale array, or a QrReadError with a reason code.

Every check happens before the expensive step it protects: the byte size before parsing, the header's
pixel count before decoding (a 100-megapixel image is refused having read only its header), and only a
short list of raster formats is accepted, so that e.g. EPS never reaches Ghostscript. Pillow's own
decompression-bomb limit is lowered to the same 50 megapixels as a second line (above it Pillow warns
at open, which our own check turns into a refusal; where warnings are errors, that is caught too).
"""

from __future__ import annotations

import io

import numpy as np
from PIL import Image, UnidentifiedImageError

MAX_BYTES = 20 * 1024 * 1024
MAX_PIXELS = 50_000_000
MIN_SIDE = 21  # a version-1 QR code without quiet zone
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP", "TIFF")  # JPEG includes MPO (multi-picture JPEG)

# Process-wide, on purpose: no image this project handles needs more, and it guards every other Pillow
# user in the process (OCR of inspection photos) as well.
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class QrReadError(Exception):
    """An image that cannot be read; `reason` is a stable code for messages and metrics."""

    reason = "unreadable"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.reason)
        self.detail = detail


class ImageTooLarge(QrReadError):
    reason = "too_large"


class NotAnImage(QrReadError):
    reason = "not_an_image"


class TooManyPixels(QrReadError):
    reason = "too_many_pixels"


class TruncatedImage(QrReadError):
    reason = "truncated"


class DecodeTimeout(QrReadError):
    reason = "timeout"


class DecoderCrashed(QrReadError):
    reason = "decoder_crashed"


def load_gray(data: bytes) -> np.ndarray:
    """A 2-D uint8 array (grayscale) of the first frame. Raises a QrReadError subclass, nothing else."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise NotAnImage(f"expected bytes, got {type(data).__name__}")
    if len(data) > MAX_BYTES:
        raise ImageTooLarge(f"{len(data)} bytes, the limit is {MAX_BYTES}")
    if len(data) == 0:
        raise NotAnImage("empty")
    try:
        image = Image.open(io.BytesIO(bytes(data)), formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise TooManyPixels(str(exc)) from None
    except UnidentifiedImageError:
        raise NotAnImage("not a JPEG, PNG, WebP, GIF, BMP or TIFF image") from None
    except Exception as exc:  # any parser failure on hostile bytes is still "not an image", never a crash
        raise NotAnImage(f"{type(exc).__name__}: {exc}") from None
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise TooManyPixels(f"{width}x{height} is over {MAX_PIXELS} pixels")
        if width < MIN_SIDE or height < MIN_SIDE:
            raise NotAnImage(f"{width}x{height} is too small to hold a QR code")
        try:
            if image.format == "JPEG":
                image.draft("L", image.size)  # decode luminance only: a third of the memory and time
            gray = image.convert("L") if image.mode != "L" else image.copy()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
            raise TooManyPixels(str(exc)) from None
        except OSError as exc:
            if "truncated" in str(exc).lower():
                raise TruncatedImage(str(exc)) from None
            raise NotAnImage(str(exc)) from None
        except Exception as exc:
            raise NotAnImage(f"{type(exc).__name__}: {exc}") from None
    return np.asarray(gray)
