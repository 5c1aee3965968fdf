"""The engine starts offline from the model files inside the rapidocr wheel, and says when it can't."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from ocr.engine import (
    RAPIDOCR_MODEL_FILES,
    OcrSettings,
    OcrUnavailable,
    RapidOcrEngine,
    get_engine,
    pinned_model_files,
    rapidocr_model_dir,
    warm_up,
)


def test_pinned_files_are_the_wheels_own() -> None:
    files = pinned_model_files()
    assert set(files) == {"Det", "Cls", "Rec"}
    for task, path in files.items():
        assert path.is_file()
        assert path.parent == rapidocr_model_dir()
        assert path.name == RAPIDOCR_MODEL_FILES[task]


def test_engine_loads_and_reads_with_network_disabled(no_network: list[tuple]) -> None:
    engine = RapidOcrEngine()
    assert engine.model_files == pinned_model_files()
    assert warm_up(engine) > 0
    image = np.full((120, 640, 3), 255, np.uint8)
    import cv2

    cv2.putText(image, "T2024 0520", (20, 80), cv2.FONT_HERSHEY_SIMPLEX, 2, (0, 0, 0), 4, cv2.LINE_AA)
    lines = engine.recognize(image)
    assert any("2024" in line.text for line in lines)
    assert no_network == []


def test_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / RAPIDOCR_MODEL_FILES["Det"]).write_bytes(b"")
    with pytest.raises(OcrUnavailable) as info:
        RapidOcrEngine(model_dir=tmp_path)
    message = str(info.value)
    assert RAPIDOCR_MODEL_FILES["Rec"] in message and RAPIDOCR_MODEL_FILES["Cls"] in message
    assert "reinstall" in message and "OCR_MODEL_DIR" in message


def test_a_setting_outside_the_wheel_is_refused_not_downloaded(no_network: list[tuple]) -> None:
    from rapidocr import ModelType, OCRVersion

    # Unpinning the detector and asking for a model the wheel does not ship would make rapidocr fetch it
    # (with rapidocr's own model loading, as in the untuned baseline engine).
    overrides = {
        "Det.model_path": None,
        "Det.ocr_version": OCRVersion.PPOCRV5,
        "Det.model_type": ModelType.MOBILE,
    }
    with pytest.raises(OcrUnavailable, match="tried to download"):
        RapidOcrEngine(overrides=overrides, tuned=False)
    assert no_network == []


def test_paddleocr_is_optional_and_explains_itself(tmp_path: Path, no_network: list[tuple]) -> None:
    with pytest.raises(OcrUnavailable, match="OCR_MODEL_DIR"):
        get_engine(OcrSettings(engine="paddleocr"))
    with pytest.raises(OcrUnavailable, match="det"):
        get_engine(OcrSettings(engine="paddleocr", model_dir=tmp_path))
    (tmp_path / "det").mkdir()
    (tmp_path / "rec").mkdir()
    try:
        import paddleocr  # noqa: F401
    except ImportError:
        with pytest.raises(OcrUnavailable, match="paddleocr package is not installed"):
            get_engine(OcrSettings(engine="paddleocr", model_dir=tmp_path))


def test_settings_from_environment() -> None:
    settings = OcrSettings.from_env({"OCR_ENGINE": "rapidocr", "OCR_THREADS": "2", "OCR_WORKERS": "2"})
    assert (settings.engine, settings.threads, settings.workers) == ("rapidocr", 2, 2)
    assert OcrSettings.from_env({}).engine == "rapidocr"
    with pytest.raises(OcrUnavailable, match="OCR_ENGINE"):
        OcrSettings.from_env({"OCR_ENGINE": "tesseract"})
    with pytest.raises(OcrUnavailable, match="OCR_THREADS"):
        OcrSettings.from_env({"OCR_THREADS": "many"})
