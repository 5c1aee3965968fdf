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

from ocr.documents import DocumentResult, analyze_lines, second_look_regions
from ocr.engine import OcrEngine, OcrLine, OcrSettings, get_engine, warm_up
from ocr.loading import load_image
from ocr.preprocess import PrepareOptions, prepare

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
    prepared = prepare(image, options, scale_back=scale)
    limit = detector_limit(prepared.image, prepared.document_found, settings)
    lines = engine.recognize(prepared.image, det_limit=limit)
    result = analyze_lines(lines, prepared.image)
    if result.doc_type == "certificate":
        result = _second_look(engine, prepared.image, lines, result)
    result.lines = [_to_original(line, prepared.to_original) for line in result.lines]
    return result


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
