"""The OCR engine behind a small interface, fully offline.

The default engine runs PaddleOCR's PP-OCR models through the `rapidocr` package on onnxruntime, using only
the model files shipped inside the rapidocr wheel. rapidocr downloads any model (or character dictionary,
or font) whose configured file is missing, which on an inspector's server means a hang or a silent fetch
from the internet. So every model is pinned by path, the files are checked before anything is built, the
models are loaded eagerly, and rapidocr's downloader is replaced by an error while that happens. The
tuned engine goes further and hands rapidocr onnxruntime sessions it opened itself from those files.

PaddleOCR itself can be chosen with OCR_ENGINE=paddleocr where it and its models are installed locally.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import numpy as np

Point = tuple[float, float]

# The models shipped inside the rapidocr 3.x wheel (rapidocr/models/). The recognition model carries its
# character dictionary in its ONNX metadata ("character"), so no separate keys file is needed.
RAPIDOCR_MODEL_FILES: dict[str, str] = {
    "Det": "PP-OCRv6_det_small.onnx",
    "Cls": "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
    "Rec": "PP-OCRv6_rec_small.onnx",
}


@dataclass(frozen=True)
class OcrLine:
    """One recognised text line; `box` is its four corners (clockwise from top-left) in image pixels."""

    text: str
    confidence: float
    box: tuple[Point, Point, Point, Point]

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "confidence": round(float(self.confidence), 4),
            "box": [[round(float(x), 1), round(float(y), 1)] for x, y in self.box],
        }

    @property
    def center(self) -> Point:
        return (sum(p[0] for p in self.box) / 4, sum(p[1] for p in self.box) / 4)

    @property
    def height(self) -> float:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.box
        return (float(np.hypot(x3 - x0, y3 - y0)) + float(np.hypot(x2 - x1, y2 - y1))) / 2

    @property
    def width(self) -> float:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = self.box
        return (float(np.hypot(x1 - x0, y1 - y0)) + float(np.hypot(x2 - x3, y2 - y3))) / 2


@runtime_checkable
class OcrEngine(Protocol):
    """Anything that turns a BGR image into text lines. Engines are not thread-safe: one per process."""

    name: str

    def recognize(self, image: np.ndarray, *, det_limit: int | None = None) -> list[OcrLine]:
        """`det_limit` optionally bounds the detector's input side for this image (engines may ignore it)."""
        ...


class OcrUnavailable(RuntimeError):
    """The configured engine cannot start. The message says what is missing and how to fix it."""


@dataclass(frozen=True)
class OcrSettings:
    """Engine choice and tuning, from the environment so the bot, the CLI and the workers agree."""

    engine: str = "rapidocr"
    model_dir: Path | None = None
    threads: int = 0  # 0: one per CPU
    workers: int = 1
    det_limit: int = 736
    det_limit_page: int = 1280
    work_side: int = 1600

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> OcrSettings:
        env = os.environ if env is None else env

        def number(key: str, default: int, low: int, high: int) -> int:
            raw = env.get(key, "").strip()
            if not raw:
                return default
            try:
                value = int(raw)
            except ValueError as exc:
                raise OcrUnavailable(f"{key}={raw!r}: expected an integer") from exc
            if not low <= value <= high:
                raise OcrUnavailable(f"{key}={value}: expected {low}..{high}")
            return value

        engine = env.get("OCR_ENGINE", "rapidocr").strip().lower() or "rapidocr"
        if engine not in ENGINES:
            raise OcrUnavailable(f"OCR_ENGINE={engine!r}: expected one of {', '.join(sorted(ENGINES))}")
        model_dir = env.get("OCR_MODEL_DIR", "").strip()
        return cls(
            engine=engine,
            model_dir=Path(model_dir).expanduser() if model_dir else None,
            threads=number("OCR_THREADS", 0, 0, 64),
            workers=number("OCR_WORKERS", 1, 1, 16),
            det_limit=number("OCR_DET_LIMIT", 736, 320, 4096),
            det_limit_page=number("OCR_DET_LIMIT_PAGE", 1280, 320, 4096),
            work_side=number("OCR_WORK_SIDE", 1600, 640, 4096),
        )


# --------------------------------------------------------------------------- rapidocr


def rapidocr_model_dir() -> Path:
    """Where the rapidocr wheel keeps its models, found without importing rapidocr (and onnxruntime)."""
    import importlib.util

    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise OcrUnavailable(
            "the rapidocr package is not installed (pip install 'rapidocr>=3,<4' onnxruntime)"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "models"


def pinned_model_files(model_dir: Path | None = None) -> dict[str, Path]:
    """The det/cls/rec model paths the engine will use; raises OcrUnavailable naming any missing file."""
    directory = model_dir or rapidocr_model_dir()
    files = {task: directory / name for task, name in RAPIDOCR_MODEL_FILES.items()}
    missing = [str(path) for path in files.values() if not path.is_file()]
    if missing:
        raise OcrUnavailable(
            "OCR model file(s) missing: "
            + ", ".join(missing)
            + ". They ship inside the rapidocr 3.x wheel; reinstall it (pip install --force-reinstall "
            "'rapidocr>=3,<4') or point OCR_MODEL_DIR at a directory holding "
            + ", ".join(RAPIDOCR_MODEL_FILES.values())
            + ". Nothing is downloaded at run time."
        )
    return files


@contextlib.contextmanager
def _downloads_forbidden() -> Iterator[None]:
    """Turns any download rapidocr attempts into an OcrUnavailable naming the file it wanted."""
    from rapidocr.utils import download_file

    original = download_file.DownloadFile.run

    def refuse(cls: type, params: Any) -> None:
        raise OcrUnavailable(
            f"rapidocr tried to download {getattr(params, 'file_url', '?')} "
            f"to {getattr(params, 'save_path', '?')}; this service runs offline: "
            "pin a local file for that setting"
        )

    download_file.DownloadFile.run = classmethod(refuse)  # type: ignore[method-assign, assignment]
    try:
        yield
    finally:
        download_file.DownloadFile.run = original  # type: ignore[method-assign]


class RapidOcrEngine:
    """PP-OCR det/cls/rec on onnxruntime via rapidocr, from the wheel's own model files.

    `tuned=False` keeps rapidocr's default settings (the benchmark's baseline); the tuned engine bounds the
    detector's input (`det_limit` on the longer side) because detection cost grows with pixels while the
    recogniser still reads each line from the full-resolution crop.
    """

    name = "rapidocr"

    def __init__(
        self,
        *,
        model_dir: Path | None = None,
        threads: int = 0,
        det_limit: int = 736,
        tuned: bool = True,
        overrides: Mapping[str, Any] | None = None,
    ) -> None:
        files = pinned_model_files(model_dir)
        try:
            from rapidocr import RapidOCR
        except ImportError as exc:  # onnxruntime is not a dependency of rapidocr itself
            raise OcrUnavailable(
                f"cannot import rapidocr ({exc}); install 'rapidocr>=3,<4' and 'onnxruntime>=1.17,<2'"
            ) from exc
        params: dict[str, Any] = {
            "Global.log_level": "warning",
            "Global.model_root_dir": str(files["Rec"].parent),
            "Global.font_path": _local_font(),
            "Det.model_path": str(files["Det"]),
            "Cls.model_path": str(files["Cls"]),
            "Rec.model_path": str(files["Rec"]),
        }
        if threads > 0:
            params["EngineConfig.onnxruntime.intra_op_num_threads"] = threads
        if tuned:
            params.update(
                {
                    "Global.use_cls": False,  # orientation is decided per page, see _upside_down
                    "Det.limit_type": "max",
                    "Det.limit_side_len": det_limit,
                    "Global.max_side_len": 4096,
                    # One line per inference: a batch is padded to its widest line (the title is three
                    # times a date's width), which costs more than batching saves, and memory besides.
                    "Rec.rec_batch_num": 1,
                }
            )
        params.update(overrides or {})
        params = {k: v for k, v in params.items() if v is not None}
        with _downloads_forbidden():
            self._ocr = RapidOCR(params=params)
            if tuned:
                _own_sessions(self._ocr.cfg, files, threads)
            # rapidocr loads models on first use; load them now so a bad file fails at start-up, not on
            # an inspector's first photo.
            self._ocr._load_det_model()
            self._ocr._load_cls_model()
            rec = self._ocr._load_rec_model()
        if not rec.postprocess_op.character or len(rec.postprocess_op.character) < 100:
            raise OcrUnavailable(f"{files['Rec']} has no usable character dictionary")
        self.model_files = files
        self.tuned = tuned

    def recognize(self, image: np.ndarray, *, det_limit: int | None = None) -> list[OcrLine]:
        if image.ndim == 2:
            image = np.repeat(image[:, :, None], 3, axis=2)
        lines = self._run(image, det_limit)
        if self.tuned and self._upside_down(image, lines):
            h, w = image.shape[:2]
            flipped = self._run(np.ascontiguousarray(image[::-1, ::-1]), det_limit)
            lines = [
                OcrLine(line.text, line.confidence, tuple((w - x, h - y) for x, y in line.box))  # type: ignore[arg-type]
                for line in flipped
            ]
        return lines

    def _run(self, image: np.ndarray, det_limit: int | None) -> list[OcrLine]:
        detector = self._ocr.text_det
        default_limit = detector.limit_side_len
        if det_limit and self.tuned:
            detector.limit_side_len = det_limit
        try:
            result = self._ocr(image)
        finally:
            detector.limit_side_len = default_limit
        boxes = getattr(result, "boxes", None)
        txts = getattr(result, "txts", None)
        scores = getattr(result, "scores", None)
        if boxes is None or txts is None or scores is None:
            return []
        lines = []
        for box, text, score in zip(boxes, txts, scores, strict=False):
            pts = tuple((float(x), float(y)) for x, y in np.asarray(box).reshape(-1, 2)[:4])
            lines.append(OcrLine(str(text), float(score), pts))  # type: ignore[arg-type]
        return lines

    def _upside_down(self, image: np.ndarray, lines: list[OcrLine]) -> bool:
        """Whether the whole page is upside down, by a width-weighted vote of the orientation classifier
        over the longest lines.

        Per-line classification (rapidocr's default) flips short lines such as a two- or three-character
        name on its own, turning them into garbage; a document is upright or not as a whole.
        """
        from rapidocr.utils.process_img import get_rotate_crop_image

        wide = sorted((line for line in lines if line.width > 2.5 * line.height), key=lambda ln: -ln.width)[
            :6
        ]
        if len(wide) < 2:
            return False
        crops = [get_rotate_crop_image(image, np.asarray(line.box, np.float32)) for line in wide]
        votes = self._ocr.text_cls(crops).cls_res
        flipped = sum(
            line.width
            for line, (label, score) in zip(wide, votes, strict=False)
            if label == "180" and score > 0.9
        )
        return flipped > 0.6 * sum(line.width for line in wide)

    def read_region(self, image: np.ndarray, box: Sequence[Point]) -> OcrLine | None:
        """Recognises the text in one quadrilateral without detection: a second look where a value must be."""
        from rapidocr.ch_ppocr_rec import TextRecInput
        from rapidocr.utils.process_img import get_rotate_crop_image

        if image.ndim == 2:
            image = np.repeat(image[:, :, None], 3, axis=2)
        crop = get_rotate_crop_image(image, np.asarray(box, np.float32))
        if crop.size == 0 or min(crop.shape[:2]) < 4:
            return None
        result = self._ocr.text_rec(TextRecInput(img=[crop]))
        text, score = str(result.txts[0]).strip(), float(result.scores[0])
        if not text:
            return None
        return OcrLine(text, score, tuple((float(x), float(y)) for x, y in box))  # type: ignore[arg-type]


def _own_sessions(cfg: Any, files: Mapping[str, Path], threads: int) -> None:
    """Hands rapidocr onnxruntime sessions built here (rapidocr accepts a ready `session` per model).

    rapidocr exposes threads and the memory arena but neither spinning nor the memory pattern: by default
    onnxruntime's idle worker threads spin on the CPU between operators. The OCR worker shares two cores
    with the bot's own process, so they wait instead; under load that also shortens the tail of OCR latency.
    """
    import onnxruntime as ort
    from omegaconf import flag_override

    for task, path in files.items():
        options = ort.SessionOptions()
        options.log_severity_level = 3
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # Line crops differ in width on every call; without the arena each is a fresh allocation.
        options.enable_cpu_mem_arena = True
        # The memory pattern is planned and kept per input shape; every photo and every line crop has
        # its own, so the kept plans grow the process by photo until it holds about 40 % more memory
        # (dev split: peak 829 MB with it, 595 MB without, the same speed).
        options.enable_mem_pattern = False
        options.intra_op_num_threads = max(0, threads)
        options.inter_op_num_threads = 1
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])
        with flag_override(cfg, "allow_objects", True):
            cfg[task].session = session


def _local_font() -> str | None:
    """A CJK font already on disk for rapidocr's visualiser, which would otherwise fetch one when used."""
    for path in (
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    ):
        if Path(path).is_file():
            return path
    return None


# --------------------------------------------------------------------------- paddleocr


class PaddleOcrEngine:
    """PaddleOCR itself (3.x API), for sites that have installed it with local models in OCR_MODEL_DIR.

    Expected layout: OCR_MODEL_DIR/det, OCR_MODEL_DIR/rec and optionally OCR_MODEL_DIR/cls, each an
    exported inference model directory. PaddleOCR is imported only when chosen.
    """

    name = "paddleocr"

    def __init__(self, *, model_dir: Path | None, threads: int = 0) -> None:
        if model_dir is None:
            raise OcrUnavailable(
                "OCR_ENGINE=paddleocr needs OCR_MODEL_DIR (a directory with det/ and rec/ models)"
            )
        det, rec, cls = model_dir / "det", model_dir / "rec", model_dir / "cls"
        missing = [str(p) for p in (det, rec) if not p.is_dir()]
        if missing:
            raise OcrUnavailable(f"OCR_ENGINE=paddleocr: model directories missing: {', '.join(missing)}")
        try:
            from paddleocr import PaddleOCR  # type: ignore[import-not-found]
        except ImportError as exc:
            raise OcrUnavailable(
                "OCR_ENGINE=paddleocr but the paddleocr package is not installed (pip install paddleocr "
                "paddlepaddle); or unset OCR_ENGINE to use the built-in rapidocr engine"
            ) from exc
        kwargs: dict[str, Any] = {
            "text_detection_model_dir": str(det),
            "text_recognition_model_dir": str(rec),
            "use_doc_orientation_classify": False,
            "use_doc_unwarping": False,
            "use_textline_orientation": cls.is_dir(),
        }
        if cls.is_dir():
            kwargs["textline_orientation_model_dir"] = str(cls)
        if threads > 0:
            kwargs["cpu_threads"] = threads
        self._ocr = PaddleOCR(**kwargs)

    def recognize(self, image: np.ndarray, *, det_limit: int | None = None) -> list[OcrLine]:
        lines: list[OcrLine] = []
        for page in self._ocr.predict(image):
            data = page.json.get("res", page) if hasattr(page, "json") else page
            for text, score, poly in zip(
                data["rec_texts"], data["rec_scores"], data["rec_polys"], strict=False
            ):
                pts = tuple((float(x), float(y)) for x, y in np.asarray(poly).reshape(-1, 2)[:4])
                lines.append(OcrLine(str(text), float(score), pts))  # type: ignore[arg-type]
        return lines


ENGINES = {"rapidocr": RapidOcrEngine, "paddleocr": PaddleOcrEngine}


def get_engine(settings: OcrSettings | None = None) -> OcrEngine:
    """Builds the configured engine (OCR_ENGINE, OCR_MODEL_DIR, OCR_THREADS, OCR_DET_LIMIT)."""
    settings = settings or OcrSettings.from_env()
    if settings.engine == "paddleocr":
        return PaddleOcrEngine(model_dir=settings.model_dir, threads=settings.threads)
    return RapidOcrEngine(
        model_dir=settings.model_dir, threads=settings.threads, det_limit=settings.det_limit
    )


def warm_up(engine: OcrEngine) -> float:
    """Runs the engine once on a small printed line so the first real photo does not pay for graph setup.

    Returns the milliseconds it took.
    """
    import cv2

    image = np.full((96, 480, 3), 255, np.uint8)
    cv2.putText(image, "OCR 2024-05-20", (16, 64), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (0, 0, 0), 3, cv2.LINE_AA)
    start = time.perf_counter()
    engine.recognize(image)
    return (time.perf_counter() - start) * 1000
