"""A campaign from creation to its XLSX roll-up: created by the city with the seed 002 checklists, an
enterprise officer answers the self-inspection in the bot (one problem with measure, deadline and person),
an inspector records per-item findings, and the roll-up counts them county → city, in XLSX and PDF."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from openpyxl import load_workbook

from campaigns import rollup, service
from campaigns.service import CampaignError
from cases.invites import create_invite
from foundation import clock
from models.campaigns import SelfInspection
from models.inspections import Inspection
from models.users import User
from tests.e2e.chat import Chat
from tests.subjects.helpers import code, subject


async def _campaign(self_from: date, self_to: date):
    return await service.create(
        title="安全生产培训“走过场”专项整治",
        doc_no="石应急〔2021〕88号",
        division_code="130100",
        subject_types=["training_institution", "exam_site", "enterprise"],
        phases=[
            ("self_inspection", self_from, self_to),
            ("enforcement", self_to + timedelta(days=1), self_to + timedelta(days=90)),
        ],
        actor="city.admin",
    )


async def test_creation_is_refused_for_a_county_or_bad_phases(database: str) -> None:
    today = clock.today()
    with pytest.raises(CampaignError):
        await service.create(
            title="x", doc_no="1", division_code="130102", subject_types=["enterprise"], phases=[], actor="a"
        )
    with pytest.raises(CampaignError) as bad:
        await service.create(
            title="x",
            doc_no="1",
            division_code="130100",
            subject_types=["enterprise"],
            phases=[("enforcement", today, today - timedelta(days=1))],
            actor="a",
        )
    assert bad.value.words(lambda m: m) == "A phase ends before it starts: Enforcement inspection (执法检查)."
    campaign = await _campaign(today, today + timedelta(days=30))
    assert [i["key"] for i in campaign.checklists["enterprise"]][:3] == ["en1", "en2", "en3"]
    assert "特种作业人员无证上岗" in campaign.checklists["enterprise"][2]["zh"]
    assert "exam_institution" not in campaign.checklists


async def test_a_late_answer_is_refused_with_the_phase_dates(database: str) -> None:
    today = clock.today()
    campaign = await _campaign(today - timedelta(days=60), today - timedelta(days=1))
    firm = await subject(1, division="130102")
    with pytest.raises(CampaignError) as late:
        await service.answer(campaign, firm, "en1", True, actor="officer")
    assert late.value.params["ends"] == (today - timedelta(days=1)).isoformat()


@pytest.mark.e2e
async def test_campaign_from_creation_to_xlsx_rollup(bot_app, sim, database) -> None:
    today = clock.today()
    campaign = await _campaign(today - timedelta(days=1), today + timedelta(days=30))
    firm = await subject(1, division="130102", name="石家庄化工有限公司", high_risk=True)
    other = await subject(2, division="130104", name="桥西某公司", high_risk=True)
    school = await subject(3, division="130102", kind="training_institution", name="某安全培训学校")
    invite = await create_invite(
        "enterprise", credit_code=code(1), enterprise_name=firm.name, division_code="130102"
    )
    chat = Chat(sim, 7301, "en")
    await chat.send(f"/enterprise {invite.code}", expect="safety officer")
    await chat.send("/selfcheck", expect="Item 1 of 6")
    for n in range(2, 4):
        await chat.press("f:selfcheck:ok", expect=f"Item {n} of 6")
    await chat.press("f:selfcheck:bad", expect="Describe the problem")
    await chat.send("两名电焊工无证上岗", expect="measure")
    await chat.send("停止作业，送培取证", expect="By when")
    await chat.send("2026-13-40", expect="like 2026-03-15")
    deadline = (today + timedelta(days=20)).isoformat()
    await chat.send(deadline, expect="responsible")
    await chat.send("王安全", expect="Item 4 of 6")
    for n in range(5, 7):
        await chat.press("f:selfcheck:ok", expect=f"Item {n} of 6")
    await chat.press("f:selfcheck:ok", expect="Self-inspection submitted")
    record = await SelfInspection.get(campaign_id=campaign.id, subject_id=firm.id)
    assert record.submitted_at is not None and record.answers["en3"] == {
        "ok": False,
        "problem": "两名电焊工无证上岗",
        "measure": "停止作业，送培取证",
        "deadline": deadline,
        "responsible": "王安全",
        "done": False,
    }
    assert not await service.overdue_measures(campaign, "130102", today)
    assert len(await service.overdue_measures(campaign, "130102", today + timedelta(days=21))) == 1

    await service.record_finding(
        campaign, school, "tr2", "problem", actor="inspector", note="压缩学时", evidence=[1]
    )
    await service.record_finding(campaign, school, "tr1", "ok", actor="inspector")
    officer_inspector = await User.create(tg_id=7401, roles=["inspector"], division_code="130102")
    inspection = await Inspection.create(
        inspector=officer_inspector,
        subject_type="enterprise",
        subject_name=firm.name,
        credit_code=firm.credit_code,
        division_code="130102",
    )
    found = await service.findings_from_inspection(
        campaign, inspection, {"en3": ("problem", "现场两人无证"), "en1": ("ok", "")}, "inspector"
    )
    assert [f.inspection_id for f in found] == [inspection.id, inspection.id]
    with pytest.raises(CampaignError):
        await service.record_finding(campaign, firm, "tr1", "ok", actor="inspector")  # not its checklist
    cover = await service.coverage(campaign)
    assert (cover.institutions, cover.institutions_inspected, cover.high_risk, cover.high_risk_checked) == (
        1,
        1,
        2,
        1,
    )

    built = await rollup.build(campaign)
    by_code = {r.code: r for r in built.rows}
    assert by_code["130100"].level == 0 and by_code["130102"].level == 1
    assert by_code["130102"].problems == {"en3": 2, "tr2": 1} and by_code["130104"].problems == {}
    assert by_code["130100"].high_risk == 2 and by_code["130100"].high_risk_checked == 1
    book = load_workbook(io.BytesIO(rollup.xlsx(built, "en")))
    sheet = book.worksheets[0]
    assert sheet["A1"].value == campaign.title and sheet["B2"].value == "Subjects"
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    city = next(v for v in values if "石家庄" in str(v[0]))
    assert city[1] == 3 and city[7] == 3  # three subjects, three problems (one self-found, two inspected)
    problems = book.worksheets[1]
    items = {row[0].value: row[1].value for row in problems.iter_rows(min_row=2)}
    assert items["Special-operations workers without a certificate or with a fake one"] == 2
    assert rollup.pdf(built, "zh_CN").startswith(b"%PDF")
    assert other.id  # the second county's subject is counted, unanswered


async def test_an_overdue_measure_reminds_the_officer_once(database: str) -> None:
    from datetime import UTC, datetime

    from campaigns import reminders
    from models.ops import Outbox
    from models.orgs import Enterprise

    today = clock.today()
    campaign = await _campaign(today - timedelta(days=10), today + timedelta(days=10))
    firm = await subject(1, division="130102", name="化工甲")
    enterprise = await Enterprise.create(credit_code=firm.credit_code, name=firm.name, division_code="130102")
    await User.create(tg_id=8801, roles=["enterprise"], enterprise=enterprise)
    for item in campaign.checklists["enterprise"]:
        problem = item["key"] == "en3"
        await service.answer(
            campaign,
            firm,
            item["key"],
            not problem,
            actor="officer",
            problem="无证上岗" if problem else "",
            measure="送培取证" if problem else "",
            responsible="王安全" if problem else "",
            deadline=today + timedelta(days=2) if problem else None,
        )
    await service.submit(campaign, firm, "officer")
    assert await reminders.run(clock.now()) == {}  # not due yet
    later = datetime.combine(today + timedelta(days=3), datetime.min.time(), tzinfo=UTC) + timedelta(hours=6)
    assert await reminders.run(later) == {"measures": 1}
    assert await reminders.run(later) == {}
    sent = await Outbox.get(text_key="measure_overdue")
    assert sent.chat_id == 8801 and sent.params["measure"] == "送培取证"


@pytest.mark.e2e
async def test_inspector_records_the_checklist_per_item_in_the_bot(bot_app, sim, database) -> None:
    from models.campaigns import ItemFinding

    today = clock.today()
    campaign = await _campaign(today - timedelta(days=40), today - timedelta(days=10))
    school = await subject(3, division="130102", kind="training_institution", name="某安全培训学校")
    inspector = await User.create(tg_id=7501, roles=["inspector"], division_code="130102")
    inspection = await Inspection.create(
        inspector=inspector,
        subject_type="training",
        subject_name=school.name,
        credit_code=school.credit_code,
        division_code="130102",
    )
    chat = Chat(sim, 7501, "en")
    await chat.send("/checklist", expect="Item 1 of 4")
    await chat.press("f:checklist:ok", expect="Item 2 of 4")
    await chat.press("f:checklist:bad", expect="What was found")
    await chat.send("压缩学时，签到表代签", expect="Item 3 of 4")
    await chat.press("f:checklist:na", expect="Item 4 of 4")
    await chat.press("f:checklist:ok", expect="Checklist recorded")
    found = {
        f.item: (f.result, f.note, f.inspection_id) for f in await ItemFinding.filter(subject_id=school.id)
    }
    assert found["tr2"] == ("problem", "压缩学时，签到表代签", inspection.id)
    assert found["tr3"][0] == "na" and len(found) == 4
    assert await ItemFinding.filter(campaign_id=campaign.id).count() == 4
