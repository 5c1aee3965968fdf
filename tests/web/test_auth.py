"""Back-office sign-in, sessions, lockout, CSRF and jurisdiction scope."""

from __future__ import annotations

from models.staff import StaffUser, WebSession
from tests.web.conftest import PASSWORD, csrf_of, file_tip, login, make_staff


async def test_pages_need_a_session(client) -> None:
    answer = await client.get("/admin/", allow_redirects=False)
    assert answer.status == 303 and answer.headers["Location"].startswith("/admin/login")
    posted = await client.post("/admin/take-next", data={}, allow_redirects=False)
    assert posted.status == 303 and posted.headers["Location"] == "/admin/login"


async def test_login_session_cookie_and_logout(client) -> None:
    await make_staff("li.handler", "handler", "130102")
    token = csrf_of(await (await client.get("/admin/login")).text())
    answer = await client.post(
        "/admin/login",
        data={"username": "li.handler", "password": PASSWORD, "csrf_token": token},
        allow_redirects=False,
    )
    set_cookie = next(c for c in answer.headers.getall("Set-Cookie") if c.startswith("sw_session="))
    assert "HttpOnly" in set_cookie and "SameSite=Lax" in set_cookie and "Secure" not in set_cookie
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/admin/"))["sw_session"]
    csrf = csrf_of(await (await client.get("/admin/")).text())
    session = await WebSession.get(user__username="li.handler")
    assert session.id != cookie.value and len(session.id) == 64, "only the SHA-256 of the token is stored"
    page = await (await client.get("/admin/")).text()
    assert "Li.Handler" in page
    out = await client.post("/admin/logout", data={"csrf_token": csrf}, allow_redirects=False)
    assert out.status == 303
    assert await WebSession.filter(user__username="li.handler").count() == 0
    again = await client.get("/admin/", allow_redirects=False)
    assert again.status == 303


async def test_wrong_passwords_slow_down_that_address_without_locking_the_account(client) -> None:
    await make_staff("wang", "handler", "130102")
    page = await client.get("/admin/login?lang=en")
    token = csrf_of(await page.text())
    for _ in range(3):
        answer = await client.post(
            "/admin/login", data={"username": "wang", "password": "nope-nope-nope", "csrf_token": token}
        )
        assert answer.status == 401
        assert "Wrong username or password" in await answer.text()
    user = await StaffUser.get(username="wang")
    assert user.locked_until is None, "no account lock anyone could trigger"
    waiting = await client.post(
        "/admin/login?lang=en",
        data={"username": "wang", "password": PASSWORD, "csrf_token": token},
        allow_redirects=False,
    )
    assert waiting.status == 429 and "Please wait" in await waiting.text(), "this address must wait a little"


async def test_login_form_needs_its_csrf_cookie(client, other_client) -> None:
    await make_staff("zhao", "handler", "130102")
    page = await client.get("/admin/login")
    token = csrf_of(await page.text())
    forged = await other_client.post(
        "/admin/login", data={"username": "zhao", "password": PASSWORD, "csrf_token": token}
    )
    assert forged.status == 403


async def test_post_without_or_with_a_wrong_csrf_token_is_refused(client, web_settings) -> None:
    await make_staff("qian", "handler", "130102")
    filed = await file_tip(web_settings)
    csrf = await login(client, "qian")
    url = f"/admin/cases/{filed.case.id}/act"
    missing = await client.post(url, data={"action": "accept"})
    assert missing.status == 403
    wrong = await client.post(url, data={"action": "accept", "csrf_token": "0" * 64})
    assert wrong.status == 403
    await filed.case.refresh_from_db()
    assert filed.case.status == "received"
    right = await client.post(url, data={"action": "accept", "csrf_token": csrf}, allow_redirects=False)
    assert right.status == 303
    await filed.case.refresh_from_db()
    assert filed.case.status == "accepted"


async def test_a_city_handler_cannot_open_another_citys_case(client, web_settings) -> None:
    await make_staff("sjz", "handler", "130100")  # 石家庄市
    mine = await file_tip(web_settings)  # 长安区, 石家庄
    theirs = await file_tip(web_settings, division_code="130203", subject_name="唐山某公司")  # 唐山市路北区
    csrf = await login(client, "sjz")
    assert (await client.get(f"/admin/cases/{mine.case.id}")).status == 200
    hidden = await client.get(f"/admin/cases/{theirs.case.id}")
    assert hidden.status == 404
    assert "唐山某公司" not in await hidden.text()
    acted = await client.post(
        f"/admin/cases/{theirs.case.id}/act", data={"action": "accept", "csrf_token": csrf}
    )
    assert acted.status == 404
    queue = await (await client.get("/admin/?status=all")).text()
    assert f"#{mine.case.id}" in queue and "唐山某公司" not in queue
    assert (await client.get("/admin/cases/999999")).status == 404


async def test_roles_limit_pages(client, web_settings) -> None:
    await make_staff("hd1", "handler", "130102")
    await login(client, "hd1")
    assert (await client.get("/admin/dashboard")).status == 403
    assert (await client.get("/admin/users")).status == 403
    assert (await client.get("/admin/api-clients")).status == 403


async def test_language_from_query_cookie_and_header(client) -> None:
    zh = await (await client.get("/admin/login")).text()
    assert "登录" in zh, "Chinese by default"
    en = await (await client.get("/admin/login", headers={"Accept-Language": "en-US,en;q=0.9"})).text()
    assert "Sign in to the back office" in en
    await client.get("/admin/login?lang=en")
    remembered = await (await client.get("/admin/login")).text()
    assert "Sign in to the back office" in remembered
