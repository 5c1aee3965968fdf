"""An institution's contact answers the campaign self-inspection: a contact invite code bound to the
training institution's (or exam institution's, or exam site's) subject file, redeemed in the bot with
`/selfcheck CODE`, after which /selfcheck works for them as for an enterprise's safety officer."""

from __future__ import annotations

from datetime import timedelta

import pytest

from campaigns import service
from cases.invites import InviteError, create_invite
from foundation import clock
from models.campaigns import SelfInspection
from models.contacts import SubjectContact
from tests.campaigns.test_campaign_flow import _campaign
from tests.e2e.chat import Chat
from tests.subjects.helpers import code, subject


async def test_a_contact_code_needs_an_institution_file_inside_the_jurisdiction(database: str) -> None:
    await subject(11, kind="enterprise")
    await subject(12, division="130104", kind="exam_site")
    refused = {}
    for credit_code, within in ((code(10), None), (code(11), None), (code(12), "130102"), ("123", None)):
        with pytest.raises(InviteError) as exc:
            await create_invite("contact", credit_code=credit_code, within=within)
        refused[credit_code] = exc.value.problem
    assert refused == {
        code(10): "no_subject",
        code(11): "not_institution",
        code(12): "subject_outside",
        "123": "credit_code",
    }


async def test_a_contact_answers_the_checklist_in_the_bot(bot_app, sim, database: str) -> None:
    today = clock.today()
    campaign = await _campaign(today - timedelta(days=1), today + timedelta(days=30))
    school = await subject(3, division="130102", kind="training_institution", name="某安全培训学校")
    items = service.checklist(campaign, school)
    invite = await create_invite("contact", credit_code=code(3), within="130100")
    assert invite.division_code == "130102"

    chat = Chat(sim, 7601, "en")
    refused = await chat.send("/selfcheck")
    assert "invite code" in refused["text"]
    await chat.send(f"/selfcheck {invite.code}", expect="contact of 某安全培训学校")
    first = await chat.expect(f"Item 1 of {len(items)}")
    assert "your institution" in first["text"]
    await chat.press("f:selfcheck:bad", expect="Describe the problem")
    await chat.send("实操课时不足", expect="measure")
    await chat.send("补足实操课时", expect="By when")
    await chat.send((today + timedelta(days=10)).isoformat(), expect="responsible")
    await chat.send("李校长", expect=f"Item 2 of {len(items)}")
    for n in range(3, len(items) + 1):
        await chat.press("f:selfcheck:ok", expect=f"Item {n} of {len(items)}")
    await chat.press("f:selfcheck:ok", expect="Self-inspection submitted")
    record = await SelfInspection.get(campaign_id=campaign.id, subject_id=school.id)
    assert record.submitted_at is not None
    assert record.answers[items[0]["key"]]["responsible"] == "李校长"
    assert await SubjectContact.filter(subject_id=school.id).count() == 1

    other = Chat(sim, 7602, "en")
    used = await other.send(f"/selfcheck {invite.code}")
    assert "already been used" in used["text"]
    assert not await SelfInspection.filter(campaign_id=campaign.id, subject_id=school.id, submitted_at=None)


async def test_a_supervisor_makes_a_contact_code_in_the_back_office(client, web_settings) -> None:
    from tests.web.conftest import login, make_staff
    from tests.web.test_invite_pages import CODE_RE

    await subject(21, division="130102", kind="exam_site", name="某考试点")
    await make_staff("sjz.sup", "supervisor", "130100")
    csrf = await login(client, "sjz.sup")
    made = await client.post(
        "/admin/invites?lang=en",
        data={"csrf_token": csrf, "role": "contact", "credit_code": code(21), "days": "7"},
    )
    text = await made.text()
    assert made.status == 200, text
    assert f"/selfcheck {CODE_RE.search(text).group(1)}" in text
    listing = await (await client.get("/admin/invites?lang=en")).text()
    assert "某考试点" in listing and "Institution contact" in listing
    missing = await client.post(
        "/admin/invites?lang=en",
        data={"csrf_token": csrf, "role": "contact", "credit_code": code(22), "days": "7"},
    )
    assert missing.status == 400 and "import the institution first" in await missing.text()


async def test_an_overdue_measure_reminds_the_contact(database: str) -> None:
    from datetime import UTC, datetime

    from campaigns import reminders
    from cases.invites import redeem
    from models.ops import Outbox
    from models.users import Role, User

    today = clock.today()
    campaign = await _campaign(today - timedelta(days=10), today + timedelta(days=10))
    school = await subject(3, division="130102", kind="training_institution", name="某安全培训学校")
    invite = await create_invite("contact", credit_code=code(3))
    contact = await User.create(tg_id=8811, roles=[])
    await redeem(invite.code, contact, Role.CONTACT)
    items = service.checklist(campaign, school)
    for n, item in enumerate(items):
        problem = n == 0
        await service.answer(
            campaign,
            school,
            item["key"],
            not problem,
            actor="contact",
            problem="实操课时不足" if problem else "",
            measure="补足实操课时" if problem else "",
            responsible="李校长" if problem else "",
            deadline=today + timedelta(days=2) if problem else None,
        )
    await service.submit(campaign, school, "contact")
    later = datetime.combine(today + timedelta(days=3), datetime.min.time(), tzinfo=UTC) + timedelta(hours=6)
    assert await reminders.run(later) == {"measures": 1}
    sent = await Outbox.get(text_key="measure_overdue")
    assert sent.chat_id == 8811 and sent.params["measure"] == "补足实操课时"


async def test_the_cli_makes_a_contact_code(database: str, database_url: str, tmp_path) -> None:
    from tests.subjects.helpers import run

    await subject(31, division="130102", kind="exam_institution", name="某考试机构")
    made = run(database_url, tmp_path, "invites", "create", "--role", "contact", "--credit-code", code(31))
    assert made.returncode == 0, made.stderr
    assert "(contact)" in made.stdout and "/selfcheck " in made.stdout
    refused = run(database_url, tmp_path, "invites", "create", "--role", "contact", "--credit-code", code(32))
    assert refused.returncode == 1 and "no subject file" in refused.stderr
