"""Finding 6: an admin could create a custodian with a chosen password, or reset the custodian's, and then
reveal reporters under the custodian's name. Now the admin makes the account but never knows its password;
only a code from a second custodian (or the recorded break-glass command) lets its holder set one; a reveal
asks for the custodian's own password and, once set up, a TOTP code; the audit event names the person."""

from __future__ import annotations

import re

import pyotp

from cases import custodians
from models.cases import CaseEvent
from models.staff import StaffUser
from tests.web.conftest import PASSWORD, csrf_of, file_tip, login, make_staff

CODE_RE = re.compile(r'<code class="secret">([0-9A-F-]{27})</code>')


async def try_login(client, username: str, password: str) -> int:
    token = csrf_of(await (await client.get("/admin/login")).text())
    answer = await client.post(
        "/admin/login",
        data={"username": username, "password": password, "csrf_token": token},
        allow_redirects=False,
    )
    return answer.status


async def enrol(client, username: str, code: str, password: str) -> int:
    token = csrf_of(await (await client.get("/admin/enrol")).text())
    answer = await client.post(
        "/admin/enrol",
        data={
            "username": username,
            "code": code,
            "password": password,
            "password2": password,
            "csrf_token": token,
        },
        allow_redirects=False,
    )
    return answer.status


async def test_admin_cannot_become_the_custodian(client, other_client, web_settings) -> None:
    filed = await file_tip(web_settings, anonymous=False, contact="王五 13912345678")
    await make_staff("boss", "admin", "130000")
    csrf = await login(client, "boss")
    made = await client.post(
        "/admin/users?lang=en",
        data={
            "csrf_token": csrf,
            "action": "create",
            "username": "keeper2",
            "role": "custodian",
            "division": "130100",
            "password": "admin-chosen-password",
        },
    )
    text = await made.text()
    assert made.status == 200 and "without a password" in text and "admin-chosen-password" not in text
    assert 'class="secret"' not in text, "no password is shown to the admin"
    keeper = await StaffUser.get(username="keeper2")
    assert await try_login(other_client, "keeper2", "admin-chosen-password") == 401
    reset = await client.post(
        "/admin/users?lang=en", data={"csrf_token": csrf, "action": "reset", "user_id": str(keeper.id)}
    )
    assert reset.status == 400 and "cannot reset a custodian" in await reset.text()
    reveal = await client.post(
        f"/admin/cases/{filed.case.id}/reveal",
        data={"csrf_token": csrf, "reason": "I am the admin, let me see", "password": PASSWORD},
    )
    assert reveal.status == 403 and "13912345678" not in await reveal.text()
    assert await enrol(other_client, "keeper2", "0000-0000-0000-0000", "my-own-password-1") == 400


async def test_second_custodian_enrols_and_reveal_needs_own_password_and_totp(
    client, other_client, web_settings
) -> None:
    filed = await file_tip(web_settings, anonymous=False, contact="王五 13912345678")
    await make_staff("senior.keeper", "custodian", "130000")
    new = await custodians.create_custodian("keeper3", "130100", "李保密")
    csrf = await login(client, "senior.keeper")
    issued = await client.post(
        "/admin/custody?lang=en", data={"csrf_token": csrf, "action": "issue", "user_id": str(new.id)}
    )
    code = CODE_RE.search(await issued.text()).group(1)
    assert await enrol(other_client, "keeper3", code, "keeper3-own-password") == 303
    assert await enrol(other_client, "keeper3", code, "second-use-of-code") == 400, "a code works once"
    csrf3 = await login(other_client, "keeper3", "keeper3-own-password")

    wrong = await other_client.post(
        f"/admin/cases/{filed.case.id}/reveal?lang=en",
        data={"csrf_token": csrf3, "reason": "公安机关依法调取举报人信息", "password": "not-mine"},
    )
    assert wrong.status == 400 and "13912345678" not in await wrong.text()

    start = await other_client.post("/admin/custody", data={"csrf_token": csrf3, "action": "totp_start"})
    page = await start.text()
    secret = re.search(r'<code class="secret">([A-Z2-7]{32})</code>', page).group(1)
    draft = re.search(r'name="draft" value="([^"]+)"', page).group(1)
    confirm = await other_client.post(
        "/admin/custody?lang=en",
        data={"csrf_token": csrf3, "action": "totp_confirm", "draft": draft, "otp": pyotp.TOTP(secret).now()},
    )
    assert confirm.status == 200 and "second factor is set up" in await confirm.text()
    no_code = await other_client.post(
        f"/admin/cases/{filed.case.id}/reveal?lang=en",
        data={
            "csrf_token": csrf3,
            "reason": "公安机关依法调取举报人信息",
            "password": "keeper3-own-password",
        },
    )
    assert no_code.status == 400 and "authenticator" in await no_code.text()
    shown = await other_client.post(
        f"/admin/cases/{filed.case.id}/reveal",
        data={
            "csrf_token": csrf3,
            "reason": "公安机关依法调取举报人信息",
            "password": "keeper3-own-password",
            "otp": pyotp.TOTP(secret).now(),
        },
    )
    assert shown.status == 200 and "13912345678" in await shown.text()
    event = await CaseEvent.get(case_id=filed.case.id, action="identity_revealed")
    assert event.actor == "keeper3" and event.after["by"] == "李保密" and event.after["second_factor"]


async def test_break_glass_is_recorded_on_the_account(database) -> None:
    keeper = await custodians.create_custodian("keeper4", "130100")
    try:
        await custodians.issue_enrolment(keeper, break_glass="")
        raise AssertionError("break-glass without a reason must fail")
    except custodians.StaffError:
        pass
    code = await custodians.issue_enrolment(keeper, break_glass="both custodians left the office [by ops]")
    await custodians.enrol("keeper4", code, "a-fresh-password")
    keeper = await StaffUser.get(username="keeper4")
    assert keeper.enrolment_by.startswith("break-glass: both custodians left the office [by ops]")
    assert keeper.password_set_at is not None
