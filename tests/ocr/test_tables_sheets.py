"""Rows of sign-in, attendance and class-hour sheets, rosters and score sheets: header words, dates, the row
cap, and (on photographed sheets from ocr.synthetic_sheets) rows read with their signatures compared."""

from __future__ import annotations

import random

import cv2
import numpy as np
import pytest

from ocr import synthetic
from ocr import synthetic_sheets as sheets
from ocr.pipeline import analyze_bytes
from ocr.preprocess import PrepareOptions, prepare
from ocr.tables import MAX_ROWS, _roles_in, extract_rows, row_date

pytestmark = pytest.mark.skipif(
    not synthetic.fonts_available(), reason="fonts-noto-cjk is installed by the setup"
)

PAGE = synthetic.PhotoOptions(long_side=2800, rotation=2.0, perspective=0.02, fill=0.85, landscape=False)


def _roles(text: str) -> list[str]:
    return [role for _, role, _ in _roles_in(text)]


def test_header_words_longest_first() -> None:
    assert _roles("签到日期") == ["date"]  # not a signature column (签到) and half a date
    assert _roles("签到时间") == ["date"]
    assert _roles("签到") == ["signature"]
    assert _roles("本人签字") == ["signature"]
    assert _roles("学时") == ["hours"] and _roles("培训学时") == ["hours"]
    assert _roles("序号姓名身份证号码签到日期签名") == ["seq", "name", "id_number", "date", "signature"]


def test_row_dates_take_the_year_from_the_sheet() -> None:
    assert row_date("2026.11.3", None) == "2026-11-03"
    assert row_date("11月30日", "2026-11-30") == "2026-11-30"
    assert row_date("11-29", "2026-11-30") == "2026-11-29"
    assert row_date("11月30日", None) is None
    assert row_date("上午", "2026-11-30") is None


def test_a_long_sheet_is_read_up_to_the_cap_and_says_so(make_line) -> None:
    rng = random.Random("long-sheet")
    lines = [
        make_line("安全生产培训签到表", 400, 30, h=70),
        make_line("序号", 100, 200),
        make_line("姓名", 250, 200),
        make_line("身份证号码", 520, 200),
        make_line("签名", 1000, 200),
    ]
    people = [synthetic.random_person(rng) for _ in range(MAX_ROWS + 20)]
    for r, person in enumerate(people, start=1):
        y = 200 + 60 * r
        lines += [
            make_line(str(r), 110, y),
            make_line(person.name, 250, y),
            make_line(person.id_number, 420, y, w=400),
        ]
    rows, problems, _sheet = extract_rows(lines, None)
    assert len(rows) == MAX_ROWS and [r["name"] for r in rows] == [p.name for p in people[:MAX_ROWS]]
    assert problems == [f"rows_capped:{MAX_ROWS}"]


def _photo(sheet: sheets.RenderedSheet, seed: str, options: synthetic.PhotoOptions = PAGE) -> bytes:
    rng = random.Random(seed)
    return synthetic.encode_jpeg(synthetic.photograph(sheet.image, options, rng), options.jpeg_quality)


def _read(result) -> list[dict]:
    keys = ("name", "id_number", "signed", "date")
    return [{k: r[k] for k in keys if k in r} for r in result.rows]


def test_sign_in_sheet_with_copied_signatures(engine) -> None:
    rng = random.Random("copied-sheet")
    rows = sheets.sheet_rows(rng, 9, date="2026-11-30", unsigned=1)
    rows[2].date = "2026-11-29"  # one person signed in the day before
    sheet = sheets.render_sheet("sign_in", rows, rng, copied=[0, 3, 4, 6])
    photo = _photo(sheet, "copied-sheet")
    result = analyze_bytes(photo, engine=engine)
    assert result.doc_type == "sign_in_sheet" and result.problems == []
    assert _read(result) == sheets.expected_rows(sheet)
    assert [k for k, r in enumerate(result.rows) if r.get("signature_copy")] == [0, 3, 4, 6]
    assert len({r["signature_copy"] for r in result.rows if r.get("signature_copy")}) == 1
    assert not any(r.get("signature_one_hand") for r in result.rows)
    # Each signature cell's box is reported in the photo's own pixels, one row below the other.
    height, width = cv2.imdecode(np.frombuffer(photo, np.uint8), cv2.IMREAD_COLOR).shape[:2]
    boxes = np.array([r["signature_box"] for r in result.rows])
    assert boxes.shape == (9, 4, 2) and np.all(boxes >= -5)
    assert np.all(boxes[..., 0] <= width + 5) and np.all(boxes[..., 1] <= height + 5)
    tops = list(boxes[:, 0, 1])
    assert tops == sorted(tops) and boxes[0, 2, 0] > 0.6 * width  # the signature column is on the right


def test_attendance_sheet_of_genuine_signatures(engine) -> None:
    rng = random.Random("attendance")
    rows = sheets.sheet_rows(rng, 10, date="2026-11-30", unsigned=2)
    sheet = sheets.render_sheet("attendance", rows, rng, shared_pen=True)
    result = analyze_bytes(_photo(sheet, "attendance"), engine=engine)
    assert result.doc_type == "sign_in_sheet"  # 考勤表
    assert _read(result) == sheets.expected_rows(sheet)
    assert [r.get("hours") for r in result.rows] == [r.hours for r in rows]
    assert not any(r.get("signature_copy") for r in result.rows)


def test_upside_down_roster_is_read(engine) -> None:
    rng = random.Random("upside-down")
    sheet = sheets.render_sheet("roster", sheets.sheet_rows(rng, 7), rng)
    photo = sheets.upside_down(synthetic.photograph(sheet.image, PAGE, rng))
    result = analyze_bytes(synthetic.encode_jpeg(photo, 88), engine=engine)
    assert result.doc_type == "training_roster"
    assert [(r["name"], r["id_number"]) for r in result.rows] == [
        (r.person.name, r.person.id_number) for r in sheet.rows
    ]


def test_class_hour_record_rows(engine) -> None:
    """学时记录 is its own document type; its table reads like the others once handed to extract_rows."""
    rng = random.Random("class-hours")
    sheet = sheets.render_sheet("class_hour", sheets.sheet_rows(rng, 6), rng, copied=[1, 2])
    bgr = synthetic.photograph(sheet.image, PAGE, rng)
    prepared = prepare(bgr, PrepareOptions())
    lines = engine.recognize(prepared.image, det_limit=1280)
    rows, problems, fields = extract_rows(lines, prepared.image)
    assert problems == [] and fields["title"] == "安全培训学时记录表"
    assert [{k: r[k] for k in ("name", "id_number", "signed", "date")} for r in rows] == sheets.expected_rows(
        sheet
    )
    assert [k for k, r in enumerate(rows) if r.get("signature_copy")] == [1, 2]
    assert all(isinstance(r.get("hours"), int) for r in rows)
    assert np.all(np.array([r["signature_box"] for r in rows]) >= -1)


def test_photo_of_a_screen_is_read_and_says_so(engine) -> None:
    rng = random.Random("screen")
    sheet = sheets.render_sheet("sign_in", sheets.sheet_rows(rng, 6), rng)
    bgr = sheets.screen_moire(synthetic.photograph(sheet.image, PAGE, rng), rng, 0.35)
    result = analyze_bytes(synthetic.encode_jpeg(bgr, 88), engine=engine)
    assert result.doc_type == "sign_in_sheet" and "screen_moire" in result.problems
    assert [r["name"] for r in result.rows] == [r.person.name for r in sheet.rows]


def test_a_200_row_page_is_read_in_bounded_strips_and_says_how_far(engine) -> None:
    """A roster of 200 exported as one tall image: read in strips up to a bound; the rest left, and said."""
    from ocr import long_pages

    rng = random.Random("two-hundred")
    sheet = sheets.render_sheet("sign_in", sheets.sheet_rows(rng, 200), rng, row_height=110)
    result = analyze_bytes(synthetic.encode_png(sheet.image), engine=engine)
    assert result.doc_type == "sign_in_sheet"
    read = len(result.rows)
    assert 40 <= read < 200 and result.problems[-1] == f"rows_capped:{read}"
    assert [r["name"] for r in result.rows][:40] == [r.person.name for r in sheet.rows][:40]
    assert long_pages.MAX_STRIPS == 4  # the bound this test's figures stand for
