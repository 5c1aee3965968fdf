"""The queue as an XLSX a regulator opens in Excel: words as column heads, typed cells, a frozen header."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from models.cases import Case
from tests.web.conftest import file_tip, login, make_staff
from web import timefmt


async def _book(client, url: str):
    answer = await client.get(url)
    assert answer.status == 200, await answer.text()
    assert answer.headers["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert 'filename="cases-' in answer.headers["Content-Disposition"]
    assert answer.headers["Cache-Control"] == "no-store"
    return load_workbook(io.BytesIO(await answer.read()))


async def test_xlsx_has_words_as_heads_typed_cells_and_a_frozen_header(client, web_settings) -> None:
    await make_staff("exporter", "supervisor", "130100")
    await file_tip(web_settings, anonymous=False, contact="赵六 13700001111")
    await file_tip(web_settings, subject_name='=HYPERLINK("http://evil.example","点我")')
    await file_tip(web_settings, subject_name="唐山某公司", division_code="130203")  # outside the scope
    await login(client, "exporter")

    book = await _book(client, "/admin/export.xlsx?status=all&lang=en")
    sheet = book.active
    heads = [cell.value for cell in sheet[1]]
    assert heads == [
        "No.",
        "Kind",
        "Category",
        "Jurisdiction",
        "Jurisdiction code",
        "Status",
        "Priority",
        "Assignee",
        "Due",
        "Overdue",
        "Received",
        "Title",
    ]
    assert all(cell.font.b for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["L"].width >= 40 and sheet.column_dimensions["A"].width >= 8

    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 2
    by_head = [dict(zip(heads, row, strict=True)) for row in rows]
    ids = {c.id for c in await Case.all()}
    for row in by_head:
        assert row["No."].data_type == "n" and row["No."].value in ids
        assert row["Priority"].data_type == "n" and isinstance(row["Priority"].value, int)
        assert row["Received"].is_date and isinstance(row["Received"].value, datetime)
        assert row["Received"].number_format == "yyyy-mm-dd hh:mm"
        assert row["Kind"].value == "Tip" and row["Status"].value and row["Overdue"].value in ("Yes", "No")
        assert (
            row["Jurisdiction"].value == "河北省石家庄市长安区" and row["Jurisdiction code"].value == "130102"
        )
        assert row["Jurisdiction code"].data_type == "s"  # a code keeps its digits, not a number
    case = await Case.get(id=by_head[0]["No."].value)
    received = by_head[0]["Received"].value
    shown = case.created_at.astimezone(timefmt.CHINA).replace(tzinfo=None)
    assert abs((received - shown.replace(microsecond=0)).total_seconds()) < 1  # China wall time
    formula = next(row["Title"] for row in by_head if str(row["Title"].value).startswith("="))
    assert formula.data_type == "s"  # text, never a formula Excel would run
    text = " ".join(str(cell.value) for row in rows for cell in row)
    assert "13700001111" not in text and "赵六" not in text

    chinese = (await _book(client, "/admin/export.xlsx?status=all&lang=zh_CN")).active
    assert [cell.value for cell in chinese[1]][:3] == ["编号", "类型", "类别"]
    assert not any(str(cell.value).isascii() for cell in chinese[1])


async def test_xlsx_needs_a_login_and_follows_the_filters(client, web_settings) -> None:
    answer = await client.get("/admin/export.xlsx", allow_redirects=False)
    assert answer.status in (302, 303)
    await make_staff("exporter", "supervisor", "130100")
    await file_tip(web_settings)
    await file_tip(web_settings, subject_name="某考点", subject_type="exam_site", violation="es_proxy")
    await login(client, "exporter")
    sheet = (await _book(client, "/admin/export.xlsx?category=es_proxy&lang=en")).active
    assert sheet.max_row == 2 and sheet["L2"].value == "某考点"
    assert sheet.auto_filter.ref == "A1:L2"
