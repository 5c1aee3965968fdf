"""OCR off the bot's event loop: a process pool whose workers load and warm the engine once.

OCR keeps both cores busy for about half a second per photo; in the bot's process that would stall
every other chat. Workers are spawned (not forked: the bot's
process has threads, and a forked onnxruntime can deadlock), each builds the configured engine and runs it
once at start, so the first inspector's photo is not the one paying for model loading.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import threading
from concurrent.futures.process import BrokenProcessPool

from ocr.documents import DocumentResult
from ocr.engine import OcrSettings, OcrUnavailable, pinned_model_files
from ocr.pipeline import analyze_bytes, process_engine

__all__ = ["analyze_bytes", "recognize_document", "shutdown_pool", "start_pool"]

log = logging.getLogger(__name__)

_lock = threading.Lock()
_executor: concurrent.futures.ProcessPoolExecutor | None = None
_settings: OcrSettings | None = None
_init_error: str | None = None  # in a worker: why its engine did not start


def _worker_init(settings: OcrSettings) -> None:
    """Builds and warms the engine; a failure is kept and raised from each call, where it travels back
    to the caller intact (an initializer that raises only leaves a "broken pool" behind)."""
    global _init_error
    try:
        process_engine(settings)
    except OcrUnavailable as exc:
        _init_error = str(exc)
    except Exception as exc:  # any start-up failure must reach the caller as a message
        _init_error = f"the OCR engine failed to start: {exc!r}"


def _check_worker() -> None:
    if _init_error is not None:
        raise OcrUnavailable(_init_error)


def _worker_ping() -> bool:
    _check_worker()
    return True


def _worker_analyze(image_bytes: bytes) -> DocumentResult:
    _check_worker()
    return analyze_bytes(image_bytes, engine=process_engine())


def _executor_for(settings: OcrSettings | None) -> concurrent.futures.ProcessPoolExecutor:
    global _executor, _settings
    with _lock:
        if _executor is None:
            settings = settings or _settings or OcrSettings.from_env()
            if settings.engine == "rapidocr":
                pinned_model_files(settings.model_dir)  # a clear error here, not a broken pool later
            _executor = concurrent.futures.ProcessPoolExecutor(
                max_workers=settings.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_worker_init,
                initargs=(settings,),
            )
            _settings = settings
        return _executor


async def start_pool(settings: OcrSettings | None = None) -> None:
    """Starts the workers and waits until each has loaded and warmed its engine. Call at bot start-up.

    Raises OcrUnavailable when the engine cannot start (missing model files, missing package).
    """
    executor = _executor_for(settings)
    loop = asyncio.get_running_loop()
    workers = (_settings or OcrSettings()).workers
    try:
        await asyncio.gather(*(loop.run_in_executor(executor, _worker_ping) for _ in range(workers)))
    except OcrUnavailable:
        shutdown_pool(wait=False)
        raise
    except BrokenProcessPool as exc:
        shutdown_pool(wait=False)
        raise OcrUnavailable("the OCR worker process died while starting") from exc


async def recognize_document(image_bytes: bytes, *, limit_s: float | None = 60.0) -> DocumentResult:
    """Reads one photo or image document in a worker process.

    Bad input never raises: the result's `problems` say what was wrong. A crashed worker is replaced once;
    OcrUnavailable is raised when the engine cannot run at all.
    """
    loop = asyncio.get_running_loop()
    for attempt in (1, 2):
        executor = _executor_for(None)
        try:
            future = loop.run_in_executor(executor, _worker_analyze, image_bytes)
            return await asyncio.wait_for(future, limit_s)
        except BrokenProcessPool as exc:
            log.warning("OCR worker pool broke (attempt %d); restarting it", attempt)
            shutdown_pool(wait=False)
            if attempt == 2:
                raise OcrUnavailable("the OCR worker process died twice reading this file") from exc
    raise AssertionError("unreachable")


def shutdown_pool(wait: bool = True) -> None:
    """Stops the workers (at bot shutdown, or to pick up new settings)."""
    global _executor, _settings
    with _lock:
        executor, _executor = _executor, None
        _settings = None
    if executor is not None:
        executor.shutdown(wait=wait, cancel_futures=True)
