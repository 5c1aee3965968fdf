"""Campaign pages: a city admin creates one on the web; a county handler sees it with its subjects and
coverage and downloads the roll-up as XLSX and PDF; a county cannot create one."""

from __future__ import annotations

import io
from datetime import timedelta

from openpyxl import load_workbook

from foundation import clock
from models.campaigns import Campaign, ItemFinding
from models.subjects import Subject
from tests.subjects.helpers import subject
from tests.web.conftest import csrf_of, login, make_staff


async def test_city_creates_county_sees_and_exports(client, other_client, web_settings) -> None:
    await subject(1, division="130102", high_risk=True, name="化工甲")
    await subject(2, division="130104", name="乙公司")
    await make_staff("sjz.admin", "admin", "130100")
    await make_staff("ca.handler", "handler", "130102")
    csrf = await login(client, "sjz.admin")
    today = clock.today()
    form = {
        "csrf_token": csrf,
        "title": "培训考试专项整治",
        "doc_no": "石应急〔2026〕1号",
        "types": "enterprise",
        "self_inspection_starts": today.isoformat(),
        "self_inspection_ends": (today + timedelta(days=9)).isoformat(),
    }
    bad = await client.post("/admin/campaigns?lang=en", data={**form, "self_inspection_ends": ""})
    assert bad.status == 400 and "A phase needs both dates" in await bad.text()
    made = await client.post("/admin/campaigns", data=form, allow_redirects=False)
    assert made.status == 303, await made.text()
    campaign = await Campaign.get()
    assert campaign.division_code == "130100" and campaign.checklists["enterprise"][0]["key"] == "en1"

    await login(other_client, "ca.handler")
    page = await (await other_client.get(f"/admin/campaigns/{campaign.id}?lang=en")).text()
    assert "化工甲" in page and "乙公司" not in page, "the county sees its own subjects"
    assert "High-risk enterprises checked: 0 of 1." in page
    sheet = await other_client.get(f"/admin/campaigns/{campaign.id}/rollup.xlsx?lang=en")
    assert sheet.status == 200
    book = load_workbook(io.BytesIO(await sheet.read()))
    assert book.worksheets[0]["A1"].value == "培训考试专项整治"
    pdf = await other_client.get(f"/admin/campaigns/{campaign.id}/rollup.pdf")
    assert (await pdf.read()).startswith(b"%PDF")
    firm = await Subject.get(name="化工甲")
    page_url = f"/admin/campaigns/{campaign.id}/subjects/{firm.id}"
    assert page_url in page
    empty_note = await other_client.post(
        page_url + "?lang=en", data={"csrf_token": csrf_of(page), "result_en3": "problem", "note_en3": ""}
    )
    assert empty_note.status == 400 and "Describe the problem found for item en3" in await empty_note.text()
    recorded = await other_client.post(
        page_url,
        data={
            "csrf_token": csrf_of(page),
            "result_en3": "problem",
            "note_en3": "两人无证",
            "result_en1": "ok",
        },
        allow_redirects=False,
    )
    assert recorded.status == 303
    assert {f.item: f.result for f in await ItemFinding.filter(subject_id=firm.id)} == {
        "en3": "problem",
        "en1": "ok",
    }
    shown = await (await other_client.get(page_url + "?lang=en")).text()
    assert "两人无证" in shown
    listing = await (await other_client.get("/admin/campaigns?lang=en")).text()
    assert "Create a campaign" not in listing
