"""The regulator's copy of a filed notice in the back office: the same state marks and empty-field marks as
on the wall, in words (no internal codes), and the posted PNG and PDF with the case."""

from __future__ import annotations

from datetime import date

from foundation.media import MediaStore
from models.orgs import Enterprise
from notices import service as notices
from tests.notices.test_notices import TODAY, make_certs
from tests.web.conftest import client, login, make_client, make_staff, web_settings  # noqa: F401


async def test_the_case_page_shows_the_marks_of_the_filed_notice(database, client, web_settings) -> None:  # noqa: F811
    await make_certs()
    enterprise = await Enterprise.create(
        credit_code="91130100MA07L0QX3W", name="石家庄某某建筑有限公司", division_code="130102"
    )
    await notices.add_holder(enterprise, "principal", "刘经理", "A1301002024001", date(2026, 3, 15))
    await notices.add_holder(enterprise, "special_worker", "赵铁柱", "T130102198505051111", date(2026, 3, 15))
    await notices.add_holder(enterprise, "safety_manager", "钱多多", None)
    posted = await notices.post_notice(
        enterprise, None, "x", today=TODAY, accept_gaps=True, media=MediaStore(web_settings.media_dir)
    )
    await make_staff("sjz", "handler", "130100")
    await login(client, "sjz")
    page = await (await client.get(f"/admin/cases/{posted.case.id}?lang=zh_CN")).text()
    section = page.split('id="notice"')[1].split("</section>")[0]
    for text in (
        "刘经理",
        "✓ 有效",
        "赵铁柱",
        "× 已过期",
        "钱多多",
        "× 无证",
        "未填写",
        "培训日期",
        "安全生产管理人员",
    ):
        assert text in section, text
    for code in ("training_date", "safety_manager", "expired", "missing"):
        assert code not in section, f"internal code {code} on the page"
    assert "notice-2026-11-24.pdf" in page
    pdf_link = page.split("notice-2026-11-24.pdf")[0].rsplit('href="', 1)[1].split('"')[0]
    served = await client.get(pdf_link)
    assert served.status == 200 and await served.read() == posted.pdf
