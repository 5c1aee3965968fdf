"""Invite codes made in the back office: shown once, inside the maker's jurisdiction only, and redeemable
in the bot by the person they are for."""

from __future__ import annotations

import re

import pytest

from models.invites import InviteCode
from models.orgs import Enterprise
from tests.e2e.chat import Chat
from tests.web.conftest import login, make_staff

CODE_RE = re.compile(r'<code class="secret">([^<]+)</code>')


async def test_a_supervisor_makes_codes_for_an_officer_and_an_inspector(client, web_settings) -> None:
    await make_staff("sjz.sup", "supervisor", "130100")
    csrf = await login(client, "sjz.sup")
    page = await client.post(
        "/admin/invites?lang=en",
        data={
            "csrf_token": csrf,
            "role": "enterprise",
            "credit_code": "91130100MA07L0QX3W",
            "name": "石家庄某某建筑有限公司",
            "division": "130102",
            "days": "7",
        },
    )
    text = await page.text()
    assert page.status == 200, text
    officer_code = CODE_RE.search(text).group(1)
    assert f"/enterprise {officer_code}" in text
    enterprise = await Enterprise.get(credit_code="91130100MA07L0QX3W")
    assert enterprise.division_code == "130102"
    invite = await InviteCode.get(code=officer_code)
    assert invite.created_by == "sjz.sup" and invite.enterprise_id == enterprise.id

    inspector = await client.post(
        "/admin/invites?lang=en",
        data={"csrf_token": csrf, "role": "inspector", "division": "130102", "days": "3"},
    )
    inspector_code = CODE_RE.search(await inspector.text()).group(1)
    listing = await (await client.get("/admin/invites?lang=en")).text()
    assert officer_code not in listing and inspector_code not in listing, "a code is shown once"
    assert "石家庄某某建筑有限公司" in listing

    outside = await client.post(
        "/admin/invites?lang=en",
        data={"csrf_token": csrf, "role": "inspector", "division": "130203", "days": "3"},
    )
    assert outside.status == 400 and "inside your jurisdiction" in await outside.text()
    bad = await client.post(
        "/admin/invites?lang=en",
        data={
            "csrf_token": csrf,
            "role": "enterprise",
            "credit_code": "123",
            "division": "130102",
            "days": "3",
        },
    )
    assert bad.status == 400 and "18 characters" in await bad.text()
    assert await InviteCode.all().count() == 2


async def test_handlers_cannot_make_codes(client, web_settings) -> None:
    await make_staff("sjz.h", "handler", "130100")
    csrf = await login(client, "sjz.h")
    assert (await client.get("/admin/invites")).status == 403
    made = await client.post(
        "/admin/invites", data={"csrf_token": csrf, "role": "inspector", "division": "130102"}
    )
    assert made.status == 403 and await InviteCode.all().count() == 0


async def test_a_code_from_the_back_office_works_in_the_bot(client, web_settings, bot_app, sim) -> None:
    await make_staff("sjz.admin", "admin", "130100")
    csrf = await login(client, "sjz.admin")
    made = await client.post(
        "/admin/invites?lang=en",
        data={"csrf_token": csrf, "role": "inspector", "division": "130102", "days": "7"},
    )
    code = CODE_RE.search(await made.text()).group(1)
    chat = Chat(sim, 9301, "en")
    await chat.send(f"/inspect {code}", expect="You are now an inspector for division 130102")


@pytest.mark.parametrize(
    ("form", "answer"),
    [
        ({"role": "officer", "division": "130102"}, "Choose whom the code is for."),
        ({"role": "inspector", "division": "130102", "days": "91"}, "A code is valid for 1 to 90 days."),
        ({"role": "inspector", "division": "130102", "days": "soon"}, "A code is valid for 1 to 90 days."),
        ({"role": "inspector"}, "Choose the inspector&#39;s jurisdiction."),
        (
            {"role": "enterprise", "credit_code": "91130100MA07L0QX3W", "name": "某", "division": "130102"},
            "A new enterprise needs its name.",
        ),
        (
            {"role": "enterprise", "credit_code": "91130100MA07L0QX3W", "name": "某某公司"},
            "Choose the division the new enterprise is in.",
        ),
        (
            {"role": "enterprise", "credit_code": "91130200MA07L0QX3W"},
            "That enterprise is outside your jurisdiction.",
        ),
    ],
)
async def test_each_problem_is_named_on_the_page(client, web_settings, form: dict, answer: str) -> None:
    await Enterprise.create(credit_code="91130200MA07L0QX3W", name="唐山某某公司", division_code="130203")
    await make_staff("sjz.sup2", "supervisor", "130100")
    csrf = await login(client, "sjz.sup2")
    page = await client.post("/admin/invites?lang=en", data={"csrf_token": csrf, "days": "7", **form})
    assert page.status == 400 and answer in await page.text()
    assert await InviteCode.all().count() == 0
