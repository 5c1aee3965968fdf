"""`run.py ocr --json` output, and OCR through the process pool."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from ocr import cli
from ocr.documents import DOC_TYPES
from ocr.pool import recognize_document, shutdown_pool, start_pool


def test_cli_json_shape(engine, certificate_photos, sign_in_sheet, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cli, "get_engine", lambda settings: engine)  # the session's engine: no second load
    card = tmp_path / "card.jpg"
    card.write_bytes(certificate_photos["stamped"].jpeg)
    sheet = tmp_path / "sheet.jpg"
    sheet.write_bytes(sign_in_sheet.jpeg)
    junk = tmp_path / "notes.txt"
    junk.write_text("not an image")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main([str(card), str(sheet), str(junk), "--json"], out=out, err=err) == 0
    objects = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [o["file"] for o in objects] == [str(card), str(sheet), str(junk)]
    for obj in objects:
        assert {"file", "doc_type", "fields", "lines", "ms", "rows", "problems"} <= obj.keys()
        assert obj["doc_type"] in DOC_TYPES
        assert isinstance(obj["ms"], int) and obj["ms"] >= 0
        for line in obj["lines"]:
            assert isinstance(line["text"], str) and 0.0 <= line["confidence"] <= 1.0
            assert len(line["box"]) == 4 and all(len(point) == 2 for point in line["box"])
    card_obj, sheet_obj, junk_obj = objects
    assert card_obj["doc_type"] == "certificate"
    assert card_obj["fields"]["cert_no"] == certificate_photos["stamped"].truth.cert_no
    assert sheet_obj["doc_type"] == "sign_in_sheet" and len(sheet_obj["rows"]) == 5
    assert {"name", "id_number", "signed", "date"} <= sheet_obj["rows"][0].keys()
    assert junk_obj["problems"] == ["not_an_image"] and junk_obj["lines"] == []


def test_cli_text_and_missing_file(engine, certificate_photos, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(cli, "get_engine", lambda settings: engine)
    card = tmp_path / "card.jpg"
    card.write_bytes(certificate_photos["plain"].jpeg)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main([str(card), str(tmp_path / "missing.jpg")], out=out, err=err) == 1
    text = out.getvalue()
    assert f"== {card}: certificate" in text
    assert f"cert_no: {certificate_photos['plain'].truth.cert_no}" in text
    assert "missing.jpg: cannot read" in err.getvalue()


def test_cli_engine_unavailable(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("OCR_MODEL_DIR", str(tmp_path))
    err = io.StringIO()
    assert cli.main(["whatever.jpg"], out=io.StringIO(), err=err) == 2
    assert "OCR unavailable" in err.getvalue()


@pytest.fixture
def ocr_env(monkeypatch):
    monkeypatch.setenv("OCR_WORKERS", "1")
    monkeypatch.delenv("OCR_MODEL_DIR", raising=False)
    monkeypatch.delenv("OCR_ENGINE", raising=False)
    yield
    shutdown_pool()


async def test_recognize_document_in_the_pool(ocr_env, certificate_photos) -> None:
    await start_pool()
    photo = certificate_photos["tilted"]
    result = await recognize_document(photo.jpeg)
    assert result.doc_type == "certificate"
    assert result.fields["cert_no"] == photo.truth.cert_no
    bad = await recognize_document(b"not an image")
    assert bad.problems == ["not_an_image"]


async def test_pool_refuses_to_start_without_models(monkeypatch, tmp_path: Path) -> None:
    from ocr.engine import OcrUnavailable

    monkeypatch.setenv("OCR_MODEL_DIR", str(tmp_path))
    shutdown_pool()
    with pytest.raises(OcrUnavailable, match="model file"):
        await start_pool()
    shutdown_pool()
