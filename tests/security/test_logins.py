"""Finding 5: anyone could lock staff out (five wrong passwords locked `admin` for 15 minutes), usernames
leaked by timing (2 ms for a locked account, 300 ms for an unknown one), and the /status limit keyed on
the proxy's address behind the load balancer. All through the HTTP server, with TRUSTED_PROXIES set to
the test client's address so X-Forwarded-For names the client, as behind the documented load balancer."""

from __future__ import annotations

import asyncio
import statistics
import time

from tests.security.conftest import from_address
from tests.web.conftest import PASSWORD, csrf_of, file_tip, make_staff

ATTACKER, ADMIN_HOME, REPORTER = "203.0.113.9", "198.51.100.7", "192.0.2.44"


async def login_status(client, username: str, password: str, address: str) -> int:
    page = await client.get("/admin/login", headers=from_address(address))
    token = csrf_of(await page.text())
    answer = await client.post(
        "/admin/login",
        data={"username": username, "password": password, "csrf_token": token},
        headers=from_address(address),
        allow_redirects=False,
    )
    return answer.status


async def test_attacker_cannot_lock_the_real_admin_out(proxied) -> None:
    await make_staff("admin", "admin", "130000")
    for _ in range(20):
        assert await login_status(proxied, "admin", "guess-guess-guess", ATTACKER) in (401, 429)
    # On a slow machine the attacker's wait may have run out during those 20: wait for a guess that is
    # checked (401); the next attempt falls inside the longer wait that guess started (4 s or more).
    deadline = time.monotonic() + 90
    while await login_status(proxied, "admin", "guess-guess-guess", ATTACKER) != 401:
        assert time.monotonic() < deadline, "the throttle never let a guess through again"
        await asyncio.sleep(0.5)
    assert await login_status(proxied, "admin", PASSWORD, ATTACKER) == 429, "the attacker's address waits"
    assert await login_status(proxied, "admin", PASSWORD, ADMIN_HOME) == 303, "the real admin signs in"
    proxied.session.cookie_jar.clear()
    assert await login_status(proxied, "admin", "wrong-once-more", ADMIN_HOME) == 401


async def test_forged_forwarded_header_is_ignored_without_trusted_proxies(client) -> None:
    """Nobody is trusted by default: changing X-Forwarded-For does not reset the throttle."""
    await make_staff("wang", "handler", "130102")
    statuses = [await login_status(client, "wang", "nope-nope-nope", f"10.0.0.{i}") for i in range(5)]
    assert statuses[:3] == [401, 401, 401] and 429 in statuses[3:]


async def test_same_time_for_unknown_wrong_and_throttled(proxied) -> None:
    await make_staff("li.na", "handler", "130102")
    for _ in range(4):  # make (li, attacker) throttled
        await login_status(proxied, "li.na", "wrong-wrong-wrong", ATTACKER)

    async def timed(username: str, address: str) -> float:
        start = time.perf_counter()
        await login_status(proxied, username, "wrong-wrong-wrong", address)
        return time.perf_counter() - start

    samples: dict[str, list[float]] = {"unknown": [], "wrong": [], "throttled": []}
    for i in range(7):  # interleaved, so that the machine's load weighs on all three alike
        samples["unknown"].append(await timed(f"nobody{i}", f"192.0.2.{i}"))
        samples["wrong"].append(await timed("li.na", f"192.0.2.{100 + i}"))
        samples["throttled"].append(await timed("li.na", ATTACKER))
    unknown, wrong, throttled = (statistics.median(samples[k]) for k in ("unknown", "wrong", "throttled"))
    print(
        f"median login answer: unknown {unknown * 1000:.0f} ms, wrong {wrong * 1000:.0f} ms, "
        f"throttled {throttled * 1000:.0f} ms"
    )
    fastest, slowest = min(unknown, wrong, throttled), max(unknown, wrong, throttled)
    assert fastest > 0.5 * slowest, (unknown, wrong, throttled)


async def test_status_brute_force_behind_the_proxy_does_not_lock_reporters_out(
    proxied, proxied_settings
) -> None:
    filed = await file_tip(proxied_settings)
    other = await file_tip(proxied_settings, password="other-password")
    for _ in range(12):
        await proxied.post(
            "/status", data={"code": other.receipt_code, "password": "guess"}, headers=from_address(ATTACKER)
        )
    blocked = await proxied.post(
        "/status",
        data={"code": filed.receipt_code, "password": "tip-password"},
        headers=from_address(ATTACKER),
    )
    assert blocked.status == 429, "the attacker's own address is blocked"
    mine = await proxied.post(
        "/status?lang=en",
        data={"code": filed.receipt_code, "password": "tip-password"},
        headers=from_address(REPORTER),
    )
    assert mine.status == 200 and filed.receipt_code[:4] in await mine.text()
