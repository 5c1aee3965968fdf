"""Bytes in, DocumentResult out: load safely, prepare, recognise, understand.

This is the synchronous core shared by the process-pool workers and the command line. It never raises
for a bad input (the answer says what was wrong in `problems`); it raises OcrUnavailable only when the
engine itself cannot run.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ocr.certificates import LAYOUT_FIELDS
from ocr.documents import DocumentResult, analyze_lines, second_look_regions
from ocr.engine import OcrEngine, OcrLine, OcrSettings, get_engine, warm_up
from ocr.loading import load_image
from ocr.long_pages import analyze_tall, is_tall
from ocr.moire import looks_like_screen
from ocr.preprocess import PrepareOptions, prepare
from ocr.shake import looks_shaken

_engine: OcrEngine | None = None
_settings: OcrSettings | None = None


def process_engine(settings: OcrSettings | None = None) -> OcrEngine:
    """This process's engine, built and warmed on first use (models load once per process)."""
    global _engine, _settings
    if _engine is None:
        _settings = settings or OcrSettings.from_env()
        _engine = get_engine(_settings)
        warm_up(_engine)
    return _engine


def current_settings() -> OcrSettings:
    return _settings or OcrSettings.from_env()


def detector_limit(image: np.ndarray, card_like: bool, settings: OcrSettings) -> int:
    """Cards carry large print on a small surface, pages small print on a large one: a flattened card
    is read with the smaller (faster) detector input, anything else with the larger."""
    h, w = image.shape[:2]
    if card_like and 1.3 <= w / h <= 1.9:
        return settings.det_limit
    return settings.det_limit_page


def _compose(
    outer: Callable[[np.ndarray], np.ndarray], inner: Callable[[np.ndarray], np.ndarray]
) -> Callable[[np.ndarray], np.ndarray]:
    return lambda points: outer(inner(points))


def _to_original(line: OcrLine, mapping: Callable[[np.ndarray], np.ndarray]) -> OcrLine:
    pts = mapping(np.asarray(line.box, np.float32))
    return replace(line, box=tuple((float(x), float(y)) for x, y in pts))  # type: ignore[arg-type]


def _second_look(
    engine: OcrEngine, image: np.ndarray, lines: list[OcrLine], result: DocumentResult
) -> DocumentResult:
    """Reads again, without detection, where a missing field's value must be (see second_look_regions)."""
    read_region = getattr(engine, "read_region", None)
    missing = [p.split(":", 1)[1] for p in result.problems if p.startswith("missing:")]
    if read_region is None or not missing:
        return result
    extra = [read_region(image, box) for box in second_look_regions(lines, missing).values()]
    extra = [line for line in extra if line is not None and line.confidence >= 0.5]
    return analyze_lines([*lines, *extra], image) if extra else result


def sideways(lines: list[OcrLine]) -> bool:
    """Whether the text runs up or down the picture (a card shown sideways on a phone, a photo whose
    orientation tag was lost): most boxes tall and narrow rather than wide."""
    tall = sum(1 for line in lines if line.height > 1.6 * line.width)
    wide = sum(1 for line in lines if line.width > 1.6 * line.height)
    return tall >= 4 and tall > 2 * wide


def _quality(result: DocumentResult) -> int:
    """How much was understood: a known document type, and the fields it was read with."""
    if result.doc_type == "other":
        return 0
    missing = sum(p.startswith("missing:") for p in result.problems) + _cut_short(result)
    return 1 + len(result.fields) + len(result.rows) - missing


def _cut_short(result: DocumentResult) -> bool:
    """A name of one character: no name is, so the warp cut the value off or its box ended inside it."""
    return result.doc_type == "certificate" and len(str(result.fields.get("name", "--"))) == 1


def _missing(result: DocumentResult) -> bool:
    """A certificate read without some of its fields (or a name cut short), or nothing known read at all."""
    if result.doc_type == "other":
        return True
    missing = any(p.startswith("missing:") for p in result.problems)
    return result.doc_type == "certificate" and (missing or _cut_short(result))


def _poor(result: DocumentResult) -> bool:
    """Too little understood to be the right way up, perhaps."""
    if result.doc_type == "other":
        # nothing read at all included: the detector can miss a small card shown sideways on a phone
        return True
    return result.doc_type == "certificate" and sum(p.startswith("missing:") for p in result.problems) >= 4


def _turned(image: np.ndarray) -> tuple[np.ndarray, Callable[[np.ndarray], np.ndarray]]:
    """The image turned a quarter clockwise, and the map from its pixels back to the image's."""
    height = image.shape[0]
    turned = np.ascontiguousarray(np.rot90(image, k=-1))

    def back(points: np.ndarray) -> np.ndarray:
        pts = np.asarray(points, np.float32).reshape(-1, 2)
        return np.stack([pts[:, 1], height - 1 - pts[:, 0]], axis=1)

    return turned, back


def analyze_image(
    image: np.ndarray,
    *,
    engine: OcrEngine | None = None,
    settings: OcrSettings | None = None,
    options: PrepareOptions | None = None,
    scale: float = 1.0,
) -> DocumentResult:
    """For an already decoded BGR image; boxes are reported in its pixels × `scale`."""
    engine = engine or process_engine(settings)
    settings = settings or current_settings()
    options = options or PrepareOptions(work_side=settings.work_side)
    if is_tall(image):  # a long page: read in strips, not shrunk until nothing can be read
        return analyze_tall(image, engine, settings, scale)
    prepared = prepare(image, options, scale_back=scale)
    warped, shaken = prepared.document_found, looks_shaken(prepared.image)
    limit = detector_limit(prepared.image, warped, settings)
    image_read, to_original = prepared.image, prepared.to_original
    lines = engine.recognize(image_read, det_limit=limit)
    result = analyze_lines(lines, image_read)
    if sideways(lines) or _poor(result):
        # A quarter turn, then the engine's own upside-down check covers the other direction.
        turned, back = _turned(prepared.image)
        turned_lines = engine.recognize(turned, det_limit=limit)
        turned_result = analyze_lines(turned_lines, turned)
        if _quality(turned_result) > _quality(result):
            image_read, lines, result = turned, turned_lines, turned_result
            to_original = _compose(prepared.to_original, back)
        del turned
    if result.doc_type == "certificate":
        result = _second_look(engine, image_read, lines, result)
    if warped and _missing(result):
        # The outline found may not be the card's (an inner frame, a rule, a photo's edge taken for a
        # corner): a warp on it cuts fields off. Read the photo as it is too and keep what says more.
        del prepared, image_read  # one working image at a time: the peak memory stays that of one read
        plain = prepare(image, replace(options, find_document=False), scale_back=scale)
        plain_lines = engine.recognize(plain.image, det_limit=settings.det_limit)
        plain_result = analyze_lines(plain_lines, plain.image)
        if plain_result.doc_type == "certificate":
            plain_result = _second_look(engine, plain.image, plain_lines, plain_result)
        if _quality(plain_result) > _quality(result):
            result, to_original = plain_result, plain.to_original
        del plain
    result.lines = [_to_original(line, to_original) for line in result.lines]
    for row in result.rows:  # signature cells, like the lines, in the photo's own pixels
        if row.get("signature_box"):
            row["signature_box"] = np.round(to_original(np.float32(row["signature_box"])), 1).tolist()
    if looks_like_screen(image):  # a photo of a monitor: say why values may be misread
        result.problems.append("screen_moire")
    if result.doc_type == "certificate" and shaken:
        _doubt_shaken(result)
    return result


def _doubt_shaken(result: DocumentResult) -> None:
    """A shaken photo: the recogniser misreads smeared digits with confidence, so every field that no
    check digit vouches for is to be confirmed, and the inspector is told why."""
    result.problems.append("motion_blur")
    vouched = {"id_number"} if result.fields.get("id_valid") else set()
    cert_no = str(result.fields.get("cert_no") or "")
    if result.fields.get("id_valid") and cert_no.lstrip("T") == result.fields.get("id_number"):
        vouched.add("cert_no")
    layout = str(result.fields.get("layout") or "")
    for key in LAYOUT_FIELDS.get(layout, ()):
        if key in result.fields and key not in vouched and key not in result.uncertain:
            result.uncertain.append(key)


def analyze_bytes(
    image_bytes: bytes,
    *,
    engine: OcrEngine | None = None,
    settings: OcrSettings | None = None,
    options: PrepareOptions | None = None,
) -> DocumentResult:
    """The whole pipeline for one uploaded file; `ms` is the time from bytes to result."""
    start = time.perf_counter()
    engine = engine or process_engine(settings)
    settings = settings or current_settings()
    options = options or PrepareOptions(work_side=settings.work_side)
    loaded = load_image(image_bytes, min_side=options.work_side)
    if loaded.image is None or any(p in ("blank_image", "black_image") for p in loaded.problems):
        result = DocumentResult("other", problems=list(loaded.problems))
    else:
        result = analyze_image(
            loaded.image, engine=engine, settings=settings, options=options, scale=loaded.scale
        )
        result.problems = loaded.problems + result.problems
    result.ms = (time.perf_counter() - start) * 1000
    return result
