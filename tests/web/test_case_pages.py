"""The queue and case pages: filters, take next, every action (and the refusals it shows), evidence,
the custodian's reveal, the dashboard and the CSV export."""

from __future__ import annotations

import csv
import io
import re

from cases import tips
from foundation.media import MediaStore, redact_image
from models.attachments import Attachment
from models.cases import Case, CaseEvent, CaseMessage
from models.ops import Outbox
from tests.web.conftest import PASSWORD, draft, file_tip, login, make_staff


def jpeg_with_exif() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (64, 48), (200, 60, 30))
    exif = Image.Exif()
    exif[0x010F] = "SecretPhoneMaker"  # Make
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


async def act(client, case_id: int, csrf: str, **fields: str):
    return await client.post(
        f"/admin/cases/{case_id}/act", data={"csrf_token": csrf, **fields}, allow_redirects=False
    )


async def test_queue_filters_sort_and_take_next(client, web_settings) -> None:
    await make_staff("sjz.handler", "handler", "130100")
    a = await file_tip(web_settings, subject_name="甲公司")
    b = await file_tip(
        web_settings, subject_name="乙培训学校", subject_type="training", violation="tr_hours_cut"
    )
    await file_tip(web_settings, subject_name="丙公司", division_code="130203")  # 唐山: out of scope
    csrf = await login(
        client,
        "sjz.handler",
    )
    page = await (await client.get("/admin/?lang=en")).text()
    assert "甲公司" in page and "乙培训学校" in page and "丙公司" not in page
    assert "left" in page, "remaining time is shown"
    assert "Cases matching: 2" in page, "the count of the whole queue, not of the page"
    only_training = await (await client.get("/admin/?category=tr_hours_cut&lang=zh_CN")).text()
    assert "乙培训学校" in only_training and "甲公司" not in only_training
    assert "符合条件的案件：1 件" in only_training
    by_place = await (await client.get("/admin/?division=130102")).text()
    assert "甲公司" in by_place and "乙培训学校" not in by_place, "training tips go to the city"
    searched = await (await client.get("/admin/?q=乙培训")).text()
    assert "乙培训学校" in searched and "甲公司" not in searched
    taken = await client.post("/admin/take-next", data={"csrf_token": csrf}, allow_redirects=False)
    assert taken.status == 303 and "/admin/cases/" in taken.headers["Location"]
    taken_id = int(re.search(r"/admin/cases/(\d+)", taken.headers["Location"]).group(1))
    assert taken_id in (a.case.id, b.case.id)
    assert (await Case.get(id=taken_id)).assignee == "sjz.handler"
    mine = await (await client.get("/admin/?assignee=me")).text()
    assert f"#{taken_id}" in mine
    await client.post("/admin/take-next", data={"csrf_token": csrf})
    none_left = await client.post("/admin/take-next", data={"csrf_token": csrf}, allow_redirects=False)
    assert none_left.headers["Location"] == "/admin/?none_left=1"


async def test_overdue_markers(client, web_settings) -> None:
    from datetime import UTC, datetime, timedelta

    await make_staff("h70", "handler", "130102")
    filed = await file_tip(web_settings)
    now = datetime.now(UTC)
    await Case.filter(id=filed.case.id).update(
        clock_started_at=now - timedelta(hours=95), due_at=now + timedelta(hours=5)
    )
    other = await file_tip(web_settings, subject_name="逾期公司")
    await Case.filter(id=other.case.id).update(due_at=now - timedelta(hours=2), overdue=True)
    await login(client, "h70")
    page = await (await client.get("/admin/?lang=en")).text()
    assert "90 %" in page and "Overdue" in page and "overdue by 2 h" in page
    only = await (await client.get("/admin/?overdue=1")).text()
    assert "逾期公司" in only and f"#{filed.case.id}<" not in only


async def test_every_tip_action_with_its_refusals(client, web_settings) -> None:
    await make_staff("worker", "handler", "130102")
    await make_staff("boss", "supervisor", "130100")
    filed = await file_tip(web_settings)
    cid = filed.case.id
    csrf = await login(client, "worker")
    await client.get("/admin/?lang=en")  # the refusals below are read in English

    refused = await act(client, cid, csrf, action="reject", reason=" ")
    assert refused.status == 400 and "needs a reason" in await refused.text()
    too_early = await act(client, cid, csrf, action="result", substantiated="yes", fine="0")
    assert too_early.status == 400 and "a case cannot go from received to verified" in await too_early.text()

    assert (await act(client, cid, csrf, action="accept")).status == 303
    page = await (await client.get(f"/admin/cases/{cid}?ok=accept&lang=en")).text()
    assert "The case was accepted." in page
    assert (await act(client, cid, csrf, action="verify")).status == 303
    bad_days = await act(client, cid, csrf, action="extend", days="45", reason="需要调取考勤记录")
    assert bad_days.status == 400
    assert (await act(client, cid, csrf, action="extend", days="20", reason="需要调取考勤记录")).status == 303
    twice = await act(client, cid, csrf, action="extend", days="5", reason="again")
    assert twice.status == 400 and "already extended" in await twice.text()
    assert (await act(client, cid, csrf, action="reply", body="请补充工人名单。")).status == 303
    assert (await act(client, cid, csrf, action="note", body="已联系企业负责人")).status == 303
    empty = await act(client, cid, csrf, action="note", body="   ")
    assert empty.status == 400
    assert (await act(client, cid, csrf, action="assign", assignee="me")).status == 303
    others = await act(client, cid, csrf, action="assign", assignee="boss")
    assert others.status == 400 and "supervisor" in (await others.text())
    bad_fine = await act(client, cid, csrf, action="result", substantiated="yes", fine="lots")
    assert bad_fine.status == 400
    assert (await act(client, cid, csrf, action="result", substantiated="yes", fine="50000")).status == 303
    not_allowed = await act(client, cid, csrf, action="reward", fine="50000")
    assert not_allowed.status == 403, "a handler cannot decide rewards"
    assert (await act(client, cid, csrf, action="close", reason="已处罚")).status == 303

    case = await Case.get(id=cid)
    assert case.status == "closed" and case.extended and case.assignee == "worker"
    assert case.details["result"] == {"substantiated": True, "fine": 50000, "summary": ""}
    messages = await CaseMessage.filter(case_id=cid).order_by("id")
    assert [(m.visibility, m.body) for m in messages] == [
        ("public", "请补充工人名单。"),
        ("internal", "已联系企业负责人"),
    ]
    page = await (await client.get(f"/admin/cases/{cid}?lang=en")).text()
    conversation = page.split('id="conversation"')[1].split('id="notes"')[0]
    notes = page.split('id="notes"')[1].split('id="actions"')[0]
    assert "请补充工人名单。" in conversation and "已联系企业负责人" not in conversation
    assert "已联系企业负责人" in notes
    timeline = page.split('id="timeline"')[1]
    for label in (
        "Opened",
        "Status: accepted for handling",
        "Verification extended",
        "Reply to the reporter",
    ):
        assert label in timeline
    actions = [e.action for e in await CaseEvent.filter(case_id=cid).order_by("seq")]
    accepted = ["opened", "status:accepted", "cluster_first_accepted", "assigned", "status:verifying"]
    assert actions[:5] == accepted, "who accepts the case is assigned to it"

    # the supervisor decides the reward and records the payment; assigns to others
    await client.post("/admin/logout", data={"csrf_token": csrf})
    csrf = await login(client, "boss")
    assert (await act(client, cid, csrf, action="reward", fine="50000")).status == 303
    case = await Case.get(id=cid)
    assert case.details["reward"]["amount"] == 7500
    assert (await act(client, cid, csrf, action="payment", reference="PZ-2026-001")).status == 303
    assert (await Case.get(id=cid)).details["reward"]["payment_reference"] == "PZ-2026-001"
    assert (await act(client, cid, csrf, action="assign", assignee="worker")).status == 303
    reopened = await act(client, cid, csrf, action="reopen", reason="复查")
    assert reopened.status == 303 and (await Case.get(id=cid)).status == "verifying"


async def test_reject_and_transfer(client, web_settings) -> None:
    await make_staff("prov", "supervisor", "130000")
    one = await file_tip(web_settings)
    two = await file_tip(web_settings, subject_name="另一家公司")
    csrf = await login(client, "prov")
    assert (await act(client, one.case.id, csrf, action="reject", reason="不属于本部门职责")).status == 303
    rejected = await Case.get(id=one.case.id)
    assert rejected.status == "rejected" and rejected.details["rejected_reason"] == "不属于本部门职责"
    no_reason = await act(client, two.case.id, csrf, action="transfer", division="130203", reason="")
    assert no_reason.status == 400
    moved = await act(client, two.case.id, csrf, action="transfer", division="130203", reason="实际在唐山")
    assert moved.status == 303
    assert (await Case.get(id=two.case.id)).division_code == "130203"
    unknown = await act(client, two.case.id, csrf, action="transfer", division_code="999999", reason="x x")
    assert unknown.status == 400


async def test_transfer_out_of_scope_goes_back_to_the_queue(client, web_settings) -> None:
    await make_staff("county", "handler", "130102")
    filed = await file_tip(web_settings)
    csrf = await login(client, "county")
    moved = await act(client, filed.case.id, csrf, action="transfer", division="130104", reason="在桥西区")
    assert moved.headers["Location"] == "/admin/?moved=1"
    assert (await client.get(f"/admin/cases/{filed.case.id}")).status == 404


async def test_evidence_is_served_redacted_and_reveal_is_custodian_only(client, web_settings) -> None:
    store = MediaStore(web_settings.media_dir)
    original = jpeg_with_exif()
    redacted = redact_image(original)
    evidence = [
        tips.EvidenceFile(
            store.put(original), len(original), "photo", "image/jpeg", "p.jpg", store.put(redacted)
        ),
        tips.EvidenceFile(store.put(b"%PDF-1.4 fake"), 13, "document", "application/pdf", "list.pdf"),
    ]
    filed = await file_tip(web_settings, evidence=evidence, anonymous=False, contact="王五 13912345678")
    cid = filed.case.id
    photo, pdf = await Attachment.filter(case_id=cid).order_by("id")
    await make_staff("viewer", "handler", "130102")
    await make_staff("keeper", "custodian", "130100")
    csrf = await login(client, "viewer")
    page = await (await client.get(f"/admin/cases/{cid}")).text()
    assert f"/admin/cases/{cid}/files/{photo.id}" in page and "13912345678" not in page
    image = await client.get(f"/admin/cases/{cid}/files/{photo.id}")
    body = await image.read()
    assert image.status == 200 and body == redacted and b"SecretPhoneMaker" not in body
    assert (await client.get(f"/admin/cases/{cid}/files/{photo.id}?original=1")).status == 403
    download = await client.get(f"/admin/cases/{cid}/files/{pdf.id}")
    assert download.headers["Content-Disposition"].startswith("attachment")
    assert (
        await client.post(f"/admin/cases/{cid}/reveal", data={"csrf_token": csrf, "reason": "x" * 20})
    ).status == 403

    await client.post("/admin/logout", data={"csrf_token": csrf})
    csrf = await login(client, "keeper")
    short = await client.post(f"/admin/cases/{cid}/reveal", data={"csrf_token": csrf, "reason": "why"})
    assert short.status == 400 and "13912345678" not in await short.text()
    shown = await client.post(
        f"/admin/cases/{cid}/reveal",
        data={"csrf_token": csrf, "reason": "公安机关依法调取举报人信息", "password": PASSWORD},
    )
    text = await shown.text()
    assert shown.status == 200 and "王五 13912345678" in text and "no-store" in shown.headers["Cache-Control"]
    event = await CaseEvent.get(case_id=cid, action="identity_revealed")
    assert event.actor == "keeper" and event.after["reason"] == "公安机关依法调取举报人信息"
    assert "13912345678" not in str(event.after)
    page = await (await client.get(f"/admin/cases/{cid}")).text()
    assert "13912345678" not in page, "the identity is on the reveal response only"
    original_file = await client.get(f"/admin/cases/{cid}/files/{photo.id}?original=1")
    assert await original_file.read() == original
    assert await CaseEvent.exists(case_id=cid, action="original_viewed")


async def test_csv_export(client, web_settings) -> None:
    await make_staff("exporter", "supervisor", "130100")
    await file_tip(web_settings, anonymous=False, contact="赵六 13700001111")
    await file_tip(web_settings, subject_name="某考点", subject_type="exam_site", violation="es_proxy")
    await file_tip(web_settings, subject_name="唐山某公司", division_code="130203")
    await login(client, "exporter")
    answer = await client.get("/admin/export.csv?status=all&lang=en")
    raw = await answer.read()
    assert answer.headers["Content-Type"].startswith("text/csv") and raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == [
        "No.",
        "Kind",
        "Kind code",
        "Category",
        "Category code",
        "Jurisdiction",
        "Jurisdiction code",
        "Status",
        "Status code",
        "Priority",
        "Assignee",
        "Due",
        "Overdue",
        "Received",
        "Title",
    ]
    assert len(rows) == 3
    titles = {r[-1] for r in rows[1:]}
    assert titles == {"石家庄某某建筑有限公司", "某考点"}
    assert any(r[5] == "河北省石家庄市长安区" and r[6] == "130102" for r in rows[1:])
    proxy = next(r for r in rows[1:] if r[-1] == "某考点")
    assert proxy[1:5] == ["Tip", "tip", "Someone else sits the exam for a candidate (proxy exam)", "es_proxy"]
    assert "13700001111" not in raw.decode("utf-8-sig") and "赵六" not in raw.decode("utf-8-sig")
    filtered = await (await client.get("/admin/export.csv?category=es_proxy")).read()
    assert len(list(csv.reader(io.StringIO(filtered.decode("utf-8-sig"))))) == 2


async def test_dashboard_renders_counts_charts_and_quota(client, web_settings, monkeypatch) -> None:
    from datetime import UTC, datetime

    from models.inspections import Inspection
    from models.users import User

    monkeypatch.setenv("INSPECTION_MONTHLY_QUOTA", "3")
    await make_staff("chief", "supervisor", "130100")
    await file_tip(web_settings)
    await file_tip(
        web_settings, subject_name="某培训学校", subject_type="training", violation="tr_selling_certs"
    )
    inspector = await User.create(tg_id=777001)
    for _ in range(4):
        await Inspection.create(
            inspector=inspector,
            subject_type="enterprise",
            subject_name="x",
            division_code="130102",
            started_at=datetime.now(UTC),
        )
    await login(client, "chief")
    page = await (await client.get("/admin/dashboard?lang=en")).text()
    assert "<svg" in page and "Tips by category per month" in page
    assert "quota: 3 a month" in page
    assert re.search(r"(\d+) of (\d+) counties are below the quota", page)
    assert "Sells certificates" in page, "the legend names categories"


async def test_admin_manages_users_clients_and_reward_rules(client, web_settings) -> None:
    from models.ops import RewardRule
    from models.staff import ApiClient, StaffUser

    await make_staff("root", "admin", "130000")
    csrf = await login(client, "root")
    created = await client.post(
        "/admin/users",
        data={
            "csrf_token": csrf,
            "action": "create",
            "username": "new.handler",
            "role": "handler",
            "division": "130102",
            "display_name": "新人",
            "password": "",
        },
    )
    text = await created.text()
    assert created.status == 200 and "new.handler" in text
    password = re.search(r'<code class="secret">([^<]+)</code>', text).group(1)
    user = await StaffUser.get(username="new.handler")
    outside = await client.post(
        "/admin/users",
        data={
            "csrf_token": csrf,
            "action": "create",
            "username": "bj",
            "role": "handler",
            "division": "110101",
            "password": "long-enough-1",
        },
    )
    assert outside.status == 400
    assert (
        await client.post(
            "/admin/users", data={"csrf_token": csrf, "action": "disable", "user_id": str(user.id)}
        )
    ).status == 200
    assert not (await StaffUser.get(id=user.id)).active
    await client.post("/admin/users", data={"csrf_token": csrf, "action": "enable", "user_id": str(user.id)})
    reset = await client.post(
        "/admin/users", data={"csrf_token": csrf, "action": "reset", "user_id": str(user.id)}
    )
    new_password = re.search(r'<code class="secret">([^<]+)</code>', await reset.text()).group(1)
    assert new_password != password

    made = await client.post(
        "/admin/api-clients",
        data={
            "csrf_token": csrf,
            "action": "create",
            "name": "12350 呼叫中心",
            "division": "130000",
            "can_file": "1",
        },
    )
    token = re.search(r'<code class="secret">([^<]+)</code>', await made.text()).group(1)
    client_row = await ApiClient.get(name="12350 呼叫中心")
    import hashlib

    assert (
        client_row.token_hash == hashlib.sha256(token.encode()).hexdigest()
        and token not in client_row.token_hash
    )

    saved = await client.post(
        "/admin/rewards",
        data={
            "csrf_token": csrf,
            "division": "130100",
            "rate_percent": "10",
            "minimum": "1000",
            "maximum": "500000",
        },
    )
    assert saved.status == 200
    rule = await RewardRule.get(division_code="130100")
    assert rule.minimum == 1000 and rule.maximum == 500000
    bad = await client.post(
        "/admin/rewards",
        data={"csrf_token": csrf, "division": "130100", "rate_percent": "x", "minimum": "1", "maximum": "2"},
    )
    assert bad.status == 400
    inverted = await client.post(
        "/admin/rewards",
        data={"csrf_token": csrf, "division": "130100", "rate_percent": "10", "minimum": "9", "maximum": "2"},
    )
    assert inverted.status == 400


async def test_status_changes_reach_the_outbox_not_the_page(client, web_settings) -> None:
    """Telegram reporters hear of changes through the outbox; the page never learns who they are."""
    from cases.sealing import sealer_for

    await make_staff("outbox.h", "handler", "130102")
    filed = await tips.file_tip(
        draft(channel="telegram"),
        sealer=sealer_for(str(web_settings.keys_dir)),
        password="pw-123456",
        reporter_tg_id=424242,
    )
    csrf = await login(client, "outbox.h")
    await act(client, filed.case.id, csrf, action="accept")
    assert await Outbox.filter(text_key="status").count() == 1
    page = await (await client.get(f"/admin/cases/{filed.case.id}")).text()
    assert "424242" not in page


async def test_other_kinds_of_cases_show_their_details_and_flow(client) -> None:
    from cases import service

    await make_staff("insp.h", "handler", "130102")
    case = await service.open_case("inspection", "检查：某某建筑公司", "130102", details={"findings": 3})
    csrf = await login(client, "insp.h")
    page = await (await client.get(f"/admin/cases/{case.id}?lang=en")).text()
    assert "<dt>Findings</dt><dd>3</dd>" in page and "Inspection" in page, "details are labelled"
    assert (await act(client, case.id, csrf, action="accept")).status == 303
    assert (await act(client, case.id, csrf, action="close")).status == 303
    assert (await Case.get(id=case.id)).status == "closed"
    assert (await act(client, case.id, csrf, action="reopen")).status == 303
    assert (await Case.get(id=case.id)).status == "accepted"
