"""The JSON API: bearer tokens, jurisdiction scope, filing a phone tip, replies, the OpenAPI description."""

from __future__ import annotations

import hashlib

from cases import tips
from models.cases import CaseMessage
from models.ops import Outbox
from models.staff import ApiClient
from models.tips import Tip
from tests.web.conftest import file_tip

PHONE_TIP = {
    "service_code": "en_no_cert",
    "subject_name": "石家庄某某建筑有限公司",
    "address_string": "河北省石家庄市长安区建设北大街",
    "occurred": "ongoing",
    "description": "来电人反映：工地上的电焊工都没有特种作业操作证，已经干了三个月。",
    "first_name": "李",
    "last_name": "四",
    "phone": "13600001234",
}


async def make_client_token(division: str = "130100", can_file: bool = True, name: str = "12350") -> str:
    token = f"swk_test_{name}_{division}"
    await ApiClient.create(
        name=name,
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        division_code=division,
        can_file=can_file,
    )
    return token


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_auth_is_refused_without_or_with_a_wrong_token(client) -> None:
    await make_client_token()
    missing = await client.get("/api/v1/requests")
    assert missing.status == 401 and (await missing.json())["code"] == "unauthorized"
    wrong = await client.get("/api/v1/requests", headers=bearer("swk_nope"))
    assert wrong.status == 401 and "description" in await wrong.json()
    await ApiClient.filter(name="12350").update(active=False)
    disabled = await client.get("/api/v1/requests", headers=bearer("swk_test_12350_130100"))
    assert disabled.status == 401


async def test_list_and_read_are_scoped_to_the_client(client, web_settings) -> None:
    token = await make_client_token("130100")
    mine = await file_tip(web_settings)
    theirs = await file_tip(web_settings, division_code="130203", subject_name="唐山某公司")
    listed = await client.get("/api/v1/requests", headers=bearer(token))
    items = await listed.json()
    assert [i["service_request_id"] for i in items] == [str(mine.case.id)]
    item = items[0]
    assert (
        item["jurisdiction_id"] == "130102"
        and item["status"] == "open"
        and item["service_code"] == "en_no_cert"
    )
    assert item["expected_datetime"] and item["requested_datetime"] and item["updated_datetime"]
    one = await client.get(f"/api/v1/requests/{mine.case.id}", headers=bearer(token))
    assert (await one.json())[0]["service_request_id"] == str(mine.case.id)
    other = await client.get(f"/api/v1/requests/{theirs.case.id}", headers=bearer(token))
    assert other.status == 404 and (await other.json())["code"] == "not_found"
    outside = await client.get("/api/v1/requests?jurisdiction_id=130200", headers=bearer(token))
    assert outside.status == 403
    closed = await client.get("/api/v1/requests?status=closed", headers=bearer(token))
    assert await closed.json() == []


async def test_services_are_the_categories(client) -> None:
    token = await make_client_token()
    answer = await client.get("/api/v1/services?locale=en", headers=bearer(token))
    services = await answer.json()
    codes = {s["service_code"] for s in services}
    assert {"en_no_cert", "tr_selling_certs", "es_proxy", "other"} <= codes
    assert next(s for s in services if s["service_code"] == "es_proxy")["group"] == "Exam site"
    zh = await (await client.get("/api/v1/services", headers=bearer(token))).json()
    assert next(s for s in zh if s["service_code"] == "es_proxy")["group"] != "Exam site"


async def test_file_a_phone_tip(client, web_settings) -> None:
    token = await make_client_token("130000")
    answer = await client.post(
        "/api/v1/requests", json=PHONE_TIP, headers={**bearer(token), "Idempotency-Key": "call-1"}
    )
    assert answer.status == 201, await answer.text()
    filed = (await answer.json())[0]
    assert filed["jurisdiction_id"] == "130102" and len(filed["password"]) == 10
    tip = await tips.find_tip(filed["receipt_code"], filed["password"])
    assert tip is not None and tip.channel == "phone" and not tip.anonymous
    assert str(tip.case_id) == filed["service_request_id"]
    again = await client.post(
        "/api/v1/requests", json=PHONE_TIP, headers={**bearer(token), "Idempotency-Key": "call-1"}
    )
    assert again.status == 200 and (await again.json())[0]["password"] is None
    assert await Tip.filter(channel="phone").count() == 1
    read = await (
        await client.get(f"/api/v1/requests/{filed['service_request_id']}", headers=bearer(token))
    ).text()
    assert "13600001234" not in read and "李" not in read


async def test_phone_tip_checks_like_the_web_form(client) -> None:
    token = await make_client_token("130000")
    short = await client.post(
        "/api/v1/requests?locale=en", json={**PHONE_TIP, "description": "太短"}, headers=bearer(token)
    )
    body = await short.json()
    assert short.status == 422 and body["code"] == "invalid_request"
    assert any(e["field"] == "description" for e in body["errors"])
    ambiguous = await client.post(
        "/api/v1/requests", json={**PHONE_TIP, "address_string": "朝阳区"}, headers=bearer(token)
    )
    body = await ambiguous.json()
    assert ambiguous.status == 422 and any(c["jurisdiction_id"] == "110105" for c in body["candidates"])
    by_code = await client.post(
        "/api/v1/requests",
        json={**PHONE_TIP, "address_string": "朝阳区", "jurisdiction_id": "110105"},
        headers=bearer(token),
    )
    assert by_code.status == 403, "the candidate is in Beijing, outside this Hebei client's jurisdiction"
    assert (await by_code.json())["code"] == "forbidden"
    warned = await client.post(
        "/api/v1/requests?locale=en",
        json={**PHONE_TIP, "credit_code": "91110000802100433C"},
        headers=bearer(token),
    )
    assert warned.status == 201 and "check digit" in (await warned.json())[0]["warnings"][0]
    reader = await make_client_token("130000", can_file=False, name="reader")
    refused = await client.post("/api/v1/requests", json=PHONE_TIP, headers=bearer(reader))
    assert refused.status == 403
    not_json = await client.post(
        "/api/v1/requests", data="{", headers={**bearer(token), "Content-Type": "application/json"}
    )
    assert not_json.status == 400


async def test_post_a_reply(client, web_settings) -> None:
    from cases.sealing import sealer_for
    from tests.web.conftest import draft

    token = await make_client_token("130100")
    filed = await tips.file_tip(
        draft(channel="telegram"),
        sealer=sealer_for(str(web_settings.keys_dir)),
        password="pw-123456",
        reporter_tg_id=31337,
    )
    answer = await client.post(
        f"/api/v1/requests/{filed.case.id}/replies",
        json={"body": "已收到，正在核查。"},
        headers=bearer(token),
    )
    assert answer.status == 201
    message = await CaseMessage.get(case_id=filed.case.id)
    assert message.visibility == "public" and message.author == "api:12350"
    assert await Outbox.filter(text_key="reply").count() == 1
    empty = await client.post(
        f"/api/v1/requests/{filed.case.id}/replies", json={"body": " "}, headers=bearer(token)
    )
    assert empty.status == 422


async def test_openapi_describes_every_path(client) -> None:
    answer = await client.get("/api/v1/openapi.json")
    spec = await answer.json()
    assert spec["openapi"].startswith("3.1")
    assert {
        "/api/v1/services",
        "/api/v1/requests",
        "/api/v1/requests/{request_id}",
        "/api/v1/requests/{request_id}/replies",
        "/api/v1/openapi.json",
    } <= set(spec["paths"])
    assert set(spec["paths"]["/api/v1/requests"]) == {"get", "post"}
    refs = [v for v in _walk(spec) if isinstance(v, str) and v.startswith("#/components/schemas/")]
    assert refs and all(r.split("/")[-1] in spec["components"]["schemas"] for r in refs)


def _walk(node):
    if isinstance(node, dict):
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)
    else:
        yield node
