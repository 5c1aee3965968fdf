"""The reporter's identity (Telegram id, name and contact) appears in no back-office page, export, API
answer or log line; only in the custodian's reveal response.

Tips are filed the real ways: two through the bot in the sandbox (anonymous with a photo, and real name
with a contact), one on the web form with a real name, one by the call centre's API with a caller's name and
phone. Then handler, supervisor, admin and custodian open every page they can reach and act on the cases,
the export is downloaded, every API answer is read, and everything logged meanwhile is captured.
"""

from __future__ import annotations

import logging
import re

import pytest

from models.attachments import Attachment
from models.cases import Case
from tests.e2e.test_tips_flow import file_a_tip
from tests.web.conftest import PASSWORD, PatientChat, login, make_staff
from tests.web.test_api import bearer, make_client_token
from tests.web.test_public_report import GOOD, confirm, draft_of, form, start

ANON_TG, REAL_TG = 987650001, 987650002
SECRETS = ["987650001", "987650002", "13912345678", "王五", "13700002222", "赵六", "13600001234", "李四"]


def leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


@pytest.mark.e2e
async def test_no_reporter_identity_outside_the_custodians_reveal(
    bot_app, sim, settings, make_client, caplog
) -> None:
    caplog.set_level(logging.INFO)  # the level the service logs at (foundation.logs.setup_logging)
    await file_a_tip(PatientChat(sim, ANON_TG, "en"), photos=1)
    await file_a_tip(PatientChat(sim, REAL_TG, "en"), anonymous=False, photos=0)  # contact 王五 13912345678
    client = await make_client(settings)
    draft = await start(client)
    summary = await (
        await client.post(
            "/report", data=form(draft, {**GOOD, "identity": "real", "contact": "赵六 13700002222"})
        )
    ).text()
    await confirm(client, draft_of(summary))
    token = await make_client_token("130000", name="call-centre")
    phone = await client.post(
        "/api/v1/requests",
        headers=bearer(token),
        json={
            "service_code": "en_untrained",
            "subject_name": "某某机械厂",
            "address_string": "石家庄市长安区",
            "occurred": "week",
            "description": "来电人说：新招的工人没有经过任何安全培训就直接上岗了。",
            "first_name": "李四",
            "phone": "13600001234",
        },
    )
    assert phone.status == 201
    await client.close()
    caplog.clear()  # what the reporters themselves typed and saw is not the back office's output

    await make_staff("p.handler", "handler", "130102")
    await make_staff("p.super", "supervisor", "130100")
    await make_staff("p.admin", "admin", "130000")
    await make_staff("p.keeper", "custodian", "130100")
    cases = await Case.filter(kind="tip").order_by("id")
    assert len(cases) == 4 and {c.division_code for c in cases} == {"130102"}
    attachments = await Attachment.all()
    seen: dict[str, str] = {}

    async def fetch(client, url: str, **kwargs) -> None:
        method = kwargs.pop("method", "GET")
        answer = await client.request(method, url, **kwargs)
        body = await answer.read()
        seen[f"{method} {url} [{len(seen)}]"] = body.decode("utf-8", errors="replace")

    for username in ("p.handler", "p.super", "p.admin", "p.keeper"):
        browser = await make_client(settings)
        csrf = await login(browser, username)
        for url in (
            "/admin/",
            "/admin/?status=all",
            "/admin/?assignee=-",
            "/admin/?q=公司",
            "/admin/dashboard",
            "/admin/export.csv?status=all",
            "/admin/users",
            "/admin/api-clients",
            "/admin/rewards",
            "/admin/?lang=en",
        ):
            await fetch(browser, url)
        for case in cases:
            await fetch(browser, f"/admin/cases/{case.id}")
            await fetch(browser, f"/admin/cases/{case.id}?lang=en")
        for attachment in attachments:
            await fetch(browser, f"/admin/cases/{attachment.case_id}/files/{attachment.id}")
        if username in ("p.handler", "p.super"):
            for case in cases:
                await fetch(
                    browser,
                    f"/admin/cases/{case.id}/act",
                    method="POST",
                    data={"csrf_token": csrf, "action": "accept"},
                )
                await fetch(
                    browser,
                    f"/admin/cases/{case.id}/act",
                    method="POST",
                    data={"csrf_token": csrf, "action": "reply", "body": "请补充情况"},
                )
        if username == "p.keeper":
            reveal = await browser.post(
                f"/admin/cases/{cases[1].id}/reveal",
                data={"csrf_token": csrf, "reason": "公安机关依法调取举报人信息", "password": PASSWORD},
            )
            revealed = await reveal.text()
            assert str(REAL_TG) in revealed and "13912345678" in revealed, "the custodian does see it"
            await fetch(browser, f"/admin/cases/{cases[1].id}")
        await browser.close()

    api = await make_client(settings)
    await fetch(api, "/api/v1/services", headers=bearer(token))
    await fetch(api, "/api/v1/requests?status=all", headers=bearer(token))
    await fetch(api, "/api/v1/requests", headers=bearer(token))
    await fetch(api, "/api/v1/openapi.json")
    for case in cases:
        await fetch(api, f"/api/v1/requests/{case.id}", headers=bearer(token))
        await fetch(
            api,
            f"/api/v1/requests/{case.id}/replies",
            method="POST",
            headers=bearer(token),
            json={"body": "已转交核查"},
        )
    await api.close()

    assert len(seen) > 100
    found = {name: leaks(body) for name, body in seen.items() if leaks(body)}
    assert found == {}, found
    logged = "\n".join(
        f"{r.name} {r.getMessage()} {getattr(r, 'fields', '')}"
        for r in caplog.records
        if not r.name.startswith("sandbox")
    )
    assert leaks(logged) == [], [line for line in logged.splitlines() if leaks(line)][:5]
    assert re.search(r"GET /admin/cases/\d+", logged), "the access log was captured"
