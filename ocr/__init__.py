"""Offline OCR of documents inspectors photograph on site (certificates, ID cards, sign-in sheets, rosters,
score sheets …): the engine behind a small interface, document classification and field extraction.

Public API:
- `recognize_document(image_bytes)` (async, in a process pool), `start_pool()`, `shutdown_pool()`;
- `analyze_bytes(image_bytes)` (sync, same result; for the CLI and the workers);
- `DocumentResult`, `OcrLine`, `DOC_TYPES`, `PROBLEMS` (problem codes and their meaning);
- `get_engine()`, `warm_up()`, `OcrEngine`, `OcrUnavailable`, `OcrSettings`;
- `check_id_number()`, `normalize_date()` for values typed in by hand.
"""

from ocr.dates import normalize_date
from ocr.documents import DOC_TYPES, PROBLEMS, DocumentResult
from ocr.engine import OcrEngine, OcrLine, OcrSettings, OcrUnavailable, get_engine, warm_up
from ocr.idnumbers import IdCheck, check_id_number
from ocr.pool import analyze_bytes, recognize_document, shutdown_pool, start_pool

__all__ = [
    "DOC_TYPES",
    "PROBLEMS",
    "DocumentResult",
    "IdCheck",
    "OcrEngine",
    "OcrLine",
    "OcrSettings",
    "OcrUnavailable",
    "analyze_bytes",
    "check_id_number",
    "get_engine",
    "normalize_date",
    "recognize_document",
    "shutdown_pool",
    "start_pool",
    "warm_up",
]
