"""One test per failure class Schemathesis found (issue 18): each input that used to crash into a 500, be
silently accepted or answer without the API's error format now gets a clear 4xx in that format."""

from __future__ import annotations

import pytest
from aiohttp import FormData

from models.tips import Tip
from tests.web.conftest import file_tip
from tests.web.test_api import PHONE_TIP, bearer, make_client_token


@pytest.fixture
async def token(database) -> str:
    return await make_client_token("130000")


async def test_a_huge_page_is_refused_not_overflowed(client, token) -> None:
    for path in ("/api/v1/requests", "/open311/v2/requests.json"):
        answer = await client.get(path, params={"page": "9" * 40}, headers=bearer(token))
        assert answer.status == 400, path
    body = await (
        await client.get("/api/v1/requests?page=99999999999999999999", headers=bearer(token))
    ).json()
    assert body["code"] == "bad_request" and "page" in body["description"]


async def test_a_huge_id_is_not_found_not_overflowed(client, token) -> None:
    answer = await client.get("/api/v1/requests/" + "9" * 40, headers=bearer(token))
    assert answer.status == 404 and (await answer.json())["code"] == "not_found"
    open311 = await client.get("/open311/v2/requests/" + "9" * 40 + ".json")
    assert open311.status == 404 and (await open311.json())[0]["code"] == 404
    listed = await client.get("/open311/v2/requests.json", params={"service_request_id": "9" * 40})
    assert listed.status == 400


async def test_superscript_and_arabic_indic_digits_are_not_ids(client, web_settings, token) -> None:
    filed = await file_tip(web_settings)
    assert filed.case.id == 1
    for odd in ("²", "١", "１"):  # isdigit() is true for each; only ASCII digits name a case
        api = await client.get(f"/api/v1/requests/{odd}", headers=bearer(token))
        assert api.status == 404, odd
        open311 = await client.get(f"/open311/v2/requests/{odd}.json")
        assert open311.status == 404, odd
    plain = await client.get("/api/v1/requests/1", headers=bearer(token))
    assert plain.status == 200


async def test_a_non_string_field_is_refused_by_name(client, token) -> None:
    for value in ({"a": 1}, ["today"], 7):
        answer = await client.post(
            "/api/v1/requests", json={**PHONE_TIP, "occurred": value}, headers=bearer(token)
        )
        body = await answer.json()
        assert answer.status == 400 and "occurred" in body["description"], value
    assert await Tip.all().count() == 0


async def test_multipart_without_a_boundary_is_refused(client, token) -> None:
    headers = {"Content-Type": "multipart/form-data"}
    answer = await client.post("/open311/v2/requests.json", data=b"api_key=x", headers=headers)
    assert answer.status == 400 and (await answer.json())[0]["description"].startswith("A multipart")
    api = await client.post("/api/v1/requests", data=b"--x--", headers={**headers, **bearer(token)})
    assert api.status == 415 and (await api.json())["code"] == "unsupported_media_type"
    form = FormData({"api_key": token, "service_code": "en_no_cert"})  # with a boundary: read normally
    with_boundary = await client.post("/open311/v2/requests.json", data=form)
    assert with_boundary.status in (400, 422)


async def test_a_server_error_answers_in_the_api_format(client, token, monkeypatch) -> None:
    from web import api, open311

    def broken(*_args, **_kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(api, "service_request", broken)
    monkeypatch.setattr(open311, "public_request", broken)
    filed = await _filed(client)
    answer = await client.get(f"/api/v1/requests/{filed}", headers=bearer(token))
    assert answer.status == 500 and answer.content_type == "application/json"
    assert (await answer.json())["code"] == "server_error" and "boom" not in await answer.text()
    xml = await client.get(f"/open311/v2/requests/{filed}.xml")
    assert xml.status == 500 and "<errors><error><code>500</code>" in await xml.text()


async def _filed(client) -> int:
    from cases.sealing import sealer_for
    from cases.tips import file_tip as file
    from tests.web.conftest import draft
    from web.context import WEB_KEY

    settings = client.server.app[WEB_KEY].settings
    return (await file(draft(), sealer=sealer_for(str(settings.keys_dir)), password="pw-123456")).case.id


async def test_an_empty_start_date_is_refused(client, token) -> None:
    for path in ("/api/v1/requests?start_date=", "/open311/v2/requests.json?start_date=&end_date="):
        answer = await client.get(path, headers=bearer(token))
        assert answer.status == 400, path
    naive = await client.get("/api/v1/requests?start_date=2026-01-01T00:00:00", headers=bearer(token))
    assert naive.status == 400 and "time zone" in (await naive.json())["description"]


async def test_a_reply_body_must_be_a_string(client, web_settings, token) -> None:
    filed = await file_tip(web_settings)
    for body in ([None, None], {"text": "x"}, 5):
        answer = await client.post(
            f"/api/v1/requests/{filed.case.id}/replies", json={"body": body}, headers=bearer(token)
        )
        assert answer.status == 400, body
    from models.cases import CaseMessage

    assert await CaseMessage.filter(case_id=filed.case.id).count() == 0


async def test_schema_valid_tips_are_filed_as_the_schema_says(client, token) -> None:
    """What the OpenAPI document requires is what POST needs: coordinates alone are a place."""
    body = {k: PHONE_TIP[k] for k in ("service_code", "subject_name", "occurred", "description")}
    answer = await client.post(
        "/api/v1/requests", json={**body, "lat": 38.04, "long": 114.51}, headers=bearer(token)
    )
    assert answer.status == 201, await answer.text()
    no_place = await client.post("/api/v1/requests", json=body, headers=bearer(token))
    assert no_place.status == 400 and (await no_place.json())["code"] == "missing_place"


async def test_an_idempotency_key_with_another_body_is_refused(client, token) -> None:
    headers = {**bearer(token), "Idempotency-Key": "call-7"}
    first = await client.post("/api/v1/requests", json=PHONE_TIP, headers=headers)
    assert first.status == 201
    same = await client.post("/api/v1/requests", json=PHONE_TIP, headers=headers)
    assert (
        same.status == 200
        and (await same.json())[0]["service_request_id"] == (await first.json())[0]["service_request_id"]
    )
    other = await client.post(
        "/api/v1/requests", json={**PHONE_TIP, "subject_name": "别的公司"}, headers=headers
    )
    assert other.status == 422 and (await other.json())["code"] == "idempotency_key_reused"
    assert await Tip.all().count() == 1


async def test_method_not_allowed_says_what_is(client, token) -> None:
    answer = await client.put("/api/v1/requests", headers=bearer(token))
    assert answer.status == 405 and set(answer.headers["Allow"].split(", ")) >= {"GET", "POST"}
    assert (await answer.json())["code"] == "method_not_allowed"
