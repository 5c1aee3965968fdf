"""Finding 8, the smaller ones: data files' permissions, /metrics, the API's paging and filters, API
writes outside the client's jurisdiction, unlimited reopening, and /V/ hits opening cases on their own."""

from __future__ import annotations

import dataclasses
import os
import stat
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from bot.demo import _demo_csv
from bot.http import build_http_app
from certs import keys
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.cases import Case
from tests.security.conftest import from_address
from tests.web.conftest import file_tip, login, make_staff
from tests.web.test_api import PHONE_TIP, bearer, make_client_token
from tests.web.test_status_page import open_status, token_of

ROOT = Path(__file__).resolve().parents[2]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_files_are_private(tmp_path) -> None:
    """`run.py migrate` on a fresh DATA_DIR, then a media file: 0700 directories, 0600 database files,
    0400 media; an older, world-readable DATA_DIR is tightened at the next start."""
    data = tmp_path / "data"
    env = {**os.environ, "DATA_DIR": str(data)}
    env.pop("DATABASE_URL", None)
    subprocess.run([sys.executable, "run.py", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    database = data / "safetywatch.sqlite3"
    assert mode(data) == 0o700 and mode(database) == 0o600
    for extra in (data / "safetywatch.sqlite3-wal", data / "safetywatch.sqlite3-shm"):
        if extra.exists():
            assert mode(extra) == 0o600, extra
    from foundation.media import MediaStore

    digest = MediaStore(data / "media").put(b"photo with GPS")
    stored = MediaStore(data / "media").path_for(digest)
    assert mode(stored) == 0o400 and mode(stored.parent) == 0o700 and mode(data / "media") == 0o700
    data.chmod(0o755)
    database.chmod(0o644)
    subprocess.run([sys.executable, "run.py", "migrate"], cwd=ROOT, env=env, check=True, capture_output=True)
    assert mode(data) == 0o700 and mode(database) == 0o600


async def test_metrics_only_for_local_scrapers_by_default(database) -> None:
    from aiohttp.test_utils import TestClient, TestServer

    client = TestClient(TestServer(build_http_app(None)))
    await client.start_server()
    try:
        assert (await client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.9"})).status == 403
        assert (await client.get("/metrics", headers={"Forwarded": "for=203.0.113.9"})).status == 403
        local = await client.get("/metrics")
        assert local.status == 200 and "safetywatch_updates_total" in await local.text()
    finally:
        await client.close()


async def test_api_bad_paging_and_filters_answer_400(client) -> None:
    token = await make_client_token("130100")
    for query in ("status=" + "x" * 30, "status=open,bogus", "page=" + "9" * 30, "page=100001", "page=abc"):
        answer = await client.get(f"/api/v1/requests?{query}", headers=bearer(token))
        body = await answer.json()
        assert answer.status == 400 and body["code"] == "bad_request", (query, body)
    assert (await client.get("/api/v1/requests?status=open&page=2", headers=bearer(token))).status == 200


async def test_county_client_files_only_inside_its_county(client) -> None:
    token = await make_client_token("130102", name="changan")
    outside = await client.post(
        "/api/v1/requests", json={**PHONE_TIP, "jurisdiction_id": "130104"}, headers=bearer(token)
    )
    assert outside.status == 403 and (await outside.json())["code"] == "forbidden"
    inside = await client.post(
        "/api/v1/requests", json={**PHONE_TIP, "jurisdiction_id": "130102"}, headers=bearer(token)
    )
    assert inside.status == 201
    assert await Case.filter(division_code="130104").count() == 0


async def test_reopening_is_limited(client, web_settings) -> None:
    from cases import service

    filed = await file_tip(web_settings)
    await service.accept(filed.case, "li")
    await service.transition(filed.case, "verified", "li", result={"substantiated": False})
    await service.transition(filed.case, "closed", "li")

    async def ask(reason: str):
        page = await open_status(client, filed.receipt_code)
        return await client.post(
            "/status/action?lang=en", data={"token": token_of(page), "action": "review", "reason": reason}
        )

    no_reason = await ask("")
    assert no_reason.status == 400 and "why the decision should be reviewed" in await no_reason.text()
    first = await ask("The site still has uncertified welders today.")
    assert first.status == 200 and (await Case.get(id=filed.case.id)).status == "verifying"
    await service.transition(filed.case, "verified", "li", result={"substantiated": False})
    await service.transition(filed.case, "closed", "li")
    second = await ask("Again, please look once more at it.")
    assert second.status == 400 and "can be asked for once" in await second.text()
    assert (await Case.get(id=filed.case.id)).status == "closed"

    late = await file_tip(web_settings, subject_name="另一家公司")
    await service.transition(late.case, "rejected", "li", reason="不属于本局管辖")
    with clock.frozen(clock.now() + timedelta(days=31)):
        page = await open_status(client, late.receipt_code)
        answer = await client.post(
            "/status/action?lang=en",
            data={"token": token_of(page), "action": "review", "reason": "It is in your county, really."},
        )
        assert answer.status == 400 and "within 30 days" in await answer.text()


async def test_public_v_hits_alone_open_no_case(database, make_client, proxied_settings) -> None:
    public = "https://verify.example.gov.cn"
    settings = dataclasses.replace(proxied_settings, public_url=public)
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    client = await make_client(settings)
    genuine = issue_qr_text((await find_by_cert_no("T130102199001011237")).cert_fields(), key, public)
    path = genuine[len(public) :]
    forged = path[:-6] + ("1" if path[-6] != "1" else "2") + path[-5:]
    for _ in range(20):  # one address, as often as it likes
        await client.get(forged, headers=from_address("203.0.113.9"))
    assert await Case.filter(kind="verification").count() == 0, "an anonymous request opens no case"
    await client.get(forged, headers=from_address("198.51.100.1"))
    assert await Case.filter(kind="verification").count() == 0
    await client.get(forged, headers=from_address("192.0.2.77"))
    case = await Case.get(kind="verification")
    assert case.details["reports"] == 1, "three different addresses are a pattern: one case"
    await client.get(forged, headers=from_address("192.0.2.78"))
    assert (await Case.get(id=case.id)).details["reports"] == 2, "later hits count towards it"


async def test_signed_in_staff_check_files_at_once(database, settings, make_client) -> None:
    public = "http://verify.example.gov.cn"  # no Secure cookie in the test
    settings = dataclasses.replace(settings, public_url=public)
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    client = await make_client(settings)
    await make_staff("checker", "handler", "130102")
    await login(client, "checker")
    revoked = issue_qr_text((await find_by_cert_no("T130102199112126678")).cert_fields(), key, public)
    await client.get(revoked[len(public) :].lower())
    case = await Case.get(kind="verification")
    assert case.details["reports"] == 1
