"""The back office shows a subject's file (cases by credit code, a name match the handler confirms, the
risk score's reasons, penalties and transfers), refuses a penalty above its basis's maximum on the page,
decides the reward from the decided penalty, runs a draw; the public page shows results without people."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from cases import service
from foundation import clock
from models.cases import Case
from models.inspections import Inspection
from models.subjects import InspectionDraw, Penalty, SubjectCase
from models.users import User
from tests.subjects.helpers import code, subject
from tests.web.conftest import file_tip, login, make_staff


async def test_subject_file_page_gathers_cases_and_confirms_a_name_match(client, web_settings) -> None:
    chem = await subject(1, name="石家庄化工有限公司", high_risk=True)
    outside = await subject(2, division="130203", name="唐山某公司")
    by_code = await file_tip(web_settings, subject_name="化工厂", credit_code=chem.credit_code)
    by_name = await file_tip(web_settings, subject_name="石家庄化工有限公司")
    await make_staff("sjz.handler", "handler", "130100")
    csrf = await login(client, "sjz.handler")
    page = await (await client.get(f"/admin/subjects/{chem.id}?lang=en")).text()
    assert "石家庄化工有限公司" in page and f"/admin/cases/{by_code.case.id}" in page
    assert "works in a high-risk industry (+20)" in page and "never inspected (+10)" in page
    assert "Cases that name this subject without its credit code" in page
    assert (await client.get(f"/admin/subjects/{outside.id}")).status == 404, "another city's file is hidden"
    listed = await (await client.get("/admin/subjects?q=化工")).text()
    assert f"/admin/subjects/{chem.id}" in listed and "唐山某公司" not in listed

    linked = await client.post(
        f"/admin/subjects/{chem.id}",
        data={"csrf_token": csrf, "action": "link", "case": str(by_name.case.id)},
        allow_redirects=False,
    )
    assert linked.status == 303
    assert await SubjectCase.filter(subject_id=chem.id, case_id=by_name.case.id, how="confirmed").exists()
    again = await (await client.get(f"/admin/subjects/{chem.id}?lang=en")).text()
    assert "Cases that name this subject without its credit code" not in again


async def test_penalty_page_refuses_above_maximum_and_feeds_the_reward(client, web_settings) -> None:
    chem = await subject(3, name="某化工公司")
    filed = await file_tip(web_settings, subject_name="某化工公司", credit_code=chem.credit_code)
    case = filed.case
    await service.accept(case, "li")
    await service.transition(case, "verified", "li", result={"substantiated": True})
    await make_staff("sjz.sup", "supervisor", "130100")
    csrf = await login(client, "sjz.sup")
    today = clock.today().isoformat()
    form = {
        "csrf_token": csrf,
        "action": "decide",
        "decision_no": "石应急罚〔2026〕3号",
        "decided_on": today,
        "basis": "forged_certificate",
        "party": "某化工公司",
    }
    refused = await client.post(f"/admin/cases/{case.id}/penalties?lang=en", data={**form, "amount": "9000"})
    text = await refused.text()
    assert refused.status == 400 and "¥9000 is outside the range" in text and "¥5000" in text, re.findall(
        r"role=.alert.>[^<]*", text
    )
    assert not await Penalty.exists()
    ok = await client.post(
        f"/admin/cases/{case.id}/penalties", data={**form, "amount": "5000"}, allow_redirects=False
    )
    assert ok.status == 303
    penalty = await Penalty.get()
    assert penalty.subject_id == chem.id, "the penalty lands on the subject's file by its credit code"
    await client.post(
        f"/admin/cases/{case.id}/penalties",
        data={
            "csrf_token": csrf,
            "action": "transfer",
            "transferred_on": today,
            "receiving_unit": "长安公安分局",
            "summary": "涉嫌伪造证件",
        },
    )
    case_page = await (await client.get(f"/admin/cases/{case.id}?lang=en")).text()
    assert "Fine decided on this case: ¥5000" in case_page
    decided = await client.post(
        f"/admin/cases/{case.id}/act", data={"csrf_token": csrf, "action": "reward"}, allow_redirects=False
    )
    assert decided.status == 303
    reward = (await Case.get(id=case.id)).details["reward"]
    assert reward["fine"] == 5000 and reward["amount"] == 3000  # 15 % is 750: the ¥3,000 minimum applies
    file_page = await (await client.get(f"/admin/subjects/{chem.id}?lang=en")).text()
    assert (
        "石应急罚〔2026〕3号" in file_page
        and "长安公安分局" in file_page
        and "1 penalty decision(s)" in file_page
    )


async def test_back_office_draw_and_public_results(client, other_client, web_settings) -> None:
    for i in range(8):
        await subject(10 + i)
    inspectors = [
        await User.create(tg_id=500 + i, roles=["inspector"], division_code="130102") for i in range(2)
    ]
    await make_staff("ca.sup", "supervisor", "130102")
    csrf = await login(client, "ca.sup")
    drawn = await client.post(
        "/admin/draws",
        data={"csrf_token": csrf, "division": "130102", "month": "2026-05", "seed": "pub-1"},
        allow_redirects=False,
    )
    assert drawn.status == 303, await drawn.text()
    record = await InspectionDraw.get()
    page = await (await client.get(drawn.headers["Location"] + "?lang=en")).text()
    assert "pub-1" in page and record.pool_hash in page and len(record.drawn) == 5
    outside = await client.post(
        "/admin/draws?lang=en", data={"csrf_token": csrf, "division": "130104", "month": "2026-05"}
    )
    assert outside.status == 400 and "inside your jurisdiction" in await outside.text()

    await Inspection.create(
        inspector=inspectors[0],
        subject_type="enterprise",
        subject_name="测试企业10",
        credit_code=code(10),
        division_code="130102",
        findings=[{"code": "unknown_cert", "name": "张三"}],
        closed_at=datetime(2026, 5, 20, tzinfo=UTC),
    )
    public = await client.get("/inspections/130102?lang=en")
    text = await public.text()
    assert public.status == 200 and "测试企业10" in text and "1 problem(s) found" in text
    assert "张三" not in text and not re.search(r"inspector #\d", text), "no person on the public page"
    assert (await client.get("/inspections/999999")).status == 404

    site = await subject(40, kind="exam_site", name="某考试点")
    short = await client.post(
        f"/admin/subjects/{site.id}?lang=en",
        data={"csrf_token": csrf, "action": "status", "status": "suspended"},
    )
    assert short.status == 400 and "Say why" in await short.text()
    suspended = await client.post(
        f"/admin/subjects/{site.id}",
        data={"csrf_token": csrf, "action": "status", "status": "suspended", "reason": "无线屏蔽设施缺失"},
        allow_redirects=False,
    )
    assert suspended.status == 303
    await site.refresh_from_db()
    assert site.status_since == clock.today(), "the decision's date is today when not given"
    future = await client.post(
        f"/admin/subjects/{site.id}?lang=en",
        data={"csrf_token": csrf, "action": "status", "status": "suspended", "reason": "无线屏蔽设施缺失",
              "since": "2999-01-01"},
    )  # fmt: skip
    assert future.status == 400 and "cannot be in the future" in await future.text()
    dated = await client.post(
        f"/admin/subjects/{site.id}?lang=en",
        data={"csrf_token": csrf, "action": "status", "status": "suspended", "reason": "无线屏蔽设施缺失",
              "since": "2026-01-05"},
    )  # fmt: skip
    assert "since 2026-01-05" in await dated.text()
    shown = await (await client.get("/inspections/130102?lang=en")).text()
    assert "某考试点" in shown and "Qualification suspended" in shown
    tip = await file_tip(
        web_settings,
        subject_type="exam_site",
        violation="es_no_id_check",
        subject_name="某考试点",
        credit_code=site.credit_code,
    )
    await make_staff("sjz.handler", "handler", "130100")  # exam-site tips are the city's
    await login(other_client, "sjz.handler")
    case_page = await (await other_client.get(f"/admin/cases/{tip.case.id}?lang=en")).text()
    assert "Subject file:" in case_page and "Qualification suspended" in case_page


async def test_admin_imports_subjects_on_the_web_and_rows_outside_are_refused(client, web_settings) -> None:
    from aiohttp import FormData

    from models.subjects import Subject

    await make_staff("ca.admin", "admin", "130102")
    csrf = await login(client, "ca.admin")
    body = (
        "credit_code,name,subject_type,division,address,high_risk\n"
        f"{code(60)},长安某厂,enterprise,130102,,否\n"
        f"{code(61)},唐山某厂,enterprise,130203,,否\n"
    )
    form = FormData()
    form.add_field("csrf_token", csrf)
    form.add_field("file", body.encode(), filename="s.csv", content_type="text/csv")
    answer = await client.post("/admin/subjects/import?lang=en", data=form)
    text = await answer.text()
    assert answer.status == 200 and "1 created, 0 updated, 0 unchanged, 1 rejected" in text
    assert "line 3: refused: division: 130203 is outside your jurisdiction 130102" in text
    assert await Subject.filter(credit_code=code(60)).exists()
