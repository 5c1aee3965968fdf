"""The queue as an XLSX a regulator opens in Excel: words as column heads, typed cells, a frozen header."""

from __future__ import annotations

import io
from datetime import datetime

from openpyxl import load_workbook

from models.cases import Case
from tests.web.conftest import file_tip, login, make_staff
from web import timefmt


async def _book(client, url: str, prefix: str = "cases-"):
    answer = await client.get(url)
    assert answer.status == 200, await answer.text()
    assert answer.headers["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    assert f'filename="{prefix}' in answer.headers["Content-Disposition"]
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


async def test_dashboard_report_as_xlsx_has_the_dashboards_figures_as_numbers(
    client, web_settings, monkeypatch
) -> None:
    from datetime import UTC, datetime

    from models.inspections import Inspection
    from models.users import User

    monkeypatch.setenv("INSPECTION_MONTHLY_QUOTA", "3")
    await make_staff("chief", "supervisor", "130100")
    await file_tip(web_settings)
    await file_tip(
        web_settings, subject_name="某培训学校", subject_type="training", violation="tr_selling_certs"
    )
    inspector = await User.create(tg_id=777002)
    for _ in range(4):
        await Inspection.create(
            inspector=inspector,
            subject_type="enterprise",
            subject_name="x",
            division_code="130102",
            started_at=datetime.now(UTC),
        )
    await login(client, "chief")
    assert 'href="/admin/dashboard.xlsx"' in await (await client.get("/admin/dashboard?lang=en")).text()
    book = await _book(client, "/admin/dashboard.xlsx?lang=en", prefix="report-")
    assert book.sheetnames[:4] == ["Overview", "Open cases by kind", "Tips per month", "Tips by place"]
    assert book.sheetnames[4].startswith("Inspections 20")

    overview = {row[0]: row[1] for row in book["Overview"].iter_rows(min_row=2, values_only=True)}
    assert overview["Cases in total"] == 2 and isinstance(overview["Overdue open cases"], int)
    kinds = {row[0]: row[1] for row in book["Open cases by kind"].iter_rows(min_row=2, values_only=True)}
    assert kinds["Tip"] == 2 and kinds["Inspection"] == 0

    monthly = list(book["Tips per month"].iter_rows(values_only=True))
    assert monthly[0][0] == "Category" and all(len(m) == 7 and m[4] == "-" for m in monthly[0][1:])
    this_month = {row[0]: row[-1] for row in monthly[1:]}
    assert sum(this_month.values()) == 2 and all(type(n) is int for n in this_month.values())

    places = list(book["Tips by place"].iter_rows(values_only=True))
    assert places[0] == ("Jurisdiction", "Jurisdiction code", "Tips")
    assert sum(row[2] for row in places[1:]) == 2
    for name, code, _n in places[1:]:
        assert len(code) == 6 and code.isdigit() and isinstance(name, str) and name != code

    inspections = book.worksheets[4]
    heads = [cell.value for cell in inspections[1]]
    assert heads == ["County", "Jurisdiction code", "Inspections", "Quota", "Below quota"]
    rows = {row[1]: row for row in inspections.iter_rows(min_row=2, values_only=True)}
    assert rows["130102"][2:] == (4, 3, "No")
    assert all(row[3] == 3 and row[4] in ("Yes", "No") for row in rows.values())
    assert inspections.freeze_panes == "A2"

    chinese = await _book(client, "/admin/dashboard.xlsx?lang=zh_CN", prefix="report-")
    assert chinese.sheetnames[0] == "概况"
    for sheet in chinese.worksheets:
        assert all(not str(cell.value).isascii() or str(cell.value)[:2] == "20" for cell in sheet[1])
