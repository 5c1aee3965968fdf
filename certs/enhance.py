"""Image operations for QR retries, on 2-D uint8 arrays; and finding where a QR code probably is.

Retrying on the whole photo is what costs time (a 2x enlargement of a 12-megapixel photo is 48
megapixels), so the retries work on small crops around the likely QR positions: the places where zxing
saw a code it could not decode, and the densest patches of fine edges, which on a card photo is the QR
block (the text is sparser, the background smoother).
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageFilter

Region = tuple[int, int, int, int]  # left, top, right, bottom


def resize(
    gray: np.ndarray, factor: float, resample: Image.Resampling = Image.Resampling.LANCZOS
) -> np.ndarray:
    if abs(factor - 1) < 0.02:
        return gray
    height, width = gray.shape
    size = (max(1, round(width * factor)), max(1, round(height * factor)))
    if factor < 1:
        resample = Image.Resampling.BOX
    return np.asarray(Image.fromarray(gray).resize(size, resample))


def sharpen(gray: np.ndarray, radius: float = 2.0, percent: int = 180) -> np.ndarray:
    return np.asarray(Image.fromarray(gray).filter(ImageFilter.UnsharpMask(radius, percent, threshold=0)))


def threshold(gray: np.ndarray, window: int = 31, offset: int = 6) -> np.ndarray:
    """Local-mean threshold: survives uneven light and washed-out contrast that a global cut does not."""
    mean = np.asarray(Image.fromarray(gray).filter(ImageFilter.BoxBlur(window // 2)), dtype=np.int16)
    return np.where(gray.astype(np.int16) < mean - offset, 0, 255).astype(np.uint8)


def deblur(gray: np.ndarray, sigma: float = 1.0, noise: float = 0.01) -> np.ndarray:
    """Wiener deconvolution for a Gaussian blur of `sigma` px, contrast-stretched back to 0-255.

    Meant for crops (an FFT of a 520 x 520 crop takes milliseconds): it recovers codes whose modules the
    blur has merged, which no sharpening of the same crop separates again.
    """
    height, width = gray.shape
    spectrum = np.fft.rfft2(gray.astype(np.float32))
    fy = np.fft.fftfreq(height).astype(np.float32)[:, None]
    fx = np.fft.rfftfreq(width).astype(np.float32)[None, :]
    kernel = np.exp(-2 * np.pi**2 * sigma**2 * (fx**2 + fy**2))
    restored = np.fft.irfft2(spectrum * kernel / (kernel * kernel + noise), s=(height, width))
    low, high = np.percentile(restored, (0.5, 99.5))
    return np.clip((restored - low) * (255 / max(high - low, 1e-6)), 0, 255).astype(np.uint8)


def rotate(gray: np.ndarray, degrees: float) -> np.ndarray:
    image = Image.fromarray(gray)
    return np.asarray(image.rotate(degrees, Image.Resampling.BILINEAR, expand=True, fillcolor=255))


def crop(gray: np.ndarray, region: Region) -> np.ndarray:
    left, top, right, bottom = region
    return gray[max(0, top) : max(0, bottom), max(0, left) : max(0, right)]


def around(center: tuple[float, float], half: int, shape: tuple[int, ...]) -> Region:
    """A square of side 2*half around (x, y), shifted to lie inside the image."""
    height, width = shape[:2]
    x, y = center
    left = int(min(max(0, x - half), max(0, width - 2 * half)))
    top = int(min(max(0, y - half), max(0, height - 2 * half)))
    return left, top, min(width, left + 2 * half), min(height, top + 2 * half)


def dense_spots(
    gray: np.ndarray, count: int = 3, block: int = 32, window: int = 4
) -> list[tuple[float, float]]:
    """Centres (x, y) of the `count` patches with the most fine-edge energy, strongest first.

    Edge energy is summed over block x block cells (memory stays at one int32 per cell row, not per
    pixel), then over window x window cells, about the size of a QR code with 1.5-3 px modules.
    """
    height, width = gray.shape
    rows, cols = height // block, width // block
    if rows < window or cols < window:
        return [(width / 2, height / 2)]
    energy = np.zeros((rows, cols), dtype=np.int64)
    starts = np.arange(cols) * block
    for row in range(rows):  # one band of cells at a time keeps the temporaries at block x width
        band = gray[row * block : (row + 1) * block + 1, : cols * block].astype(np.int32)
        dx = np.abs(np.diff(band[:block], axis=1))
        dy = np.abs(np.diff(band, axis=0))[:block]
        energy[row] = np.add.reduceat(dx, starts, axis=1).sum(axis=0) + np.add.reduceat(
            dy, starts, axis=1
        ).sum(axis=0)
    summed = np.pad(energy, ((1, 0), (1, 0))).cumsum(0).cumsum(1)
    score = (
        summed[window:, window:]
        - summed[:-window, window:]
        - summed[window:, :-window]
        + summed[:-window, :-window]
    ).astype(np.float64)
    spots = []
    for _ in range(count):
        row, col = np.unravel_index(int(np.argmax(score)), score.shape)
        if score[row, col] < 0:
            break
        spots.append(((col + window / 2) * block, (row + window / 2) * block))
        score[max(0, row - window) : row + window + 1, max(0, col - window) : col + window + 1] = -1
    return spots
