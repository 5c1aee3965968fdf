"""Open311 GeoReport v2 at /open311/v2/: what a standard client sees (the PyPI `georeport` client, run
unmodified against the server), XML, public reads without reporter data, filters and the 90-day window,
the spec's errors, CORS, and the OpenAPI document covering every route of both APIs."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import requests
import xmltodict
from georeport import GeoReport

from cases import service
from foundation import clock
from models.cases import Case
from models.tips import Tip
from tests.web.conftest import file_tip
from tests.web.test_api import make_client_token

ROOT = "/open311/v2"

# The spec's POST example (wiki.open311.org/GeoReport_v2, "POST Service Request"), with this domain's
# service code and the attributes its service definition asks for.
SPEC_POST = {
    "service_code": "en_no_cert",
    "lat": "38.0428",
    "long": "114.5149",
    "email": "smit333@sfgov.edu",
    "device_id": "tt222111",
    "account_id": "123456",
    "first_name": "john",
    "last_name": "smith",
    "phone": "111111111",
    "description": "A large sinkhole is destroying the street: the welders work without any certificate.",
    "attribute[subject_name]": "石家庄某某建筑有限公司",
    "attribute[occurred]": "ongoing",
}


async def _in_thread(func, *args, **kwargs):
    return await asyncio.to_thread(func, *args, **kwargs)


async def test_the_georeport_client_works_unmodified(client, web_settings) -> None:
    key = await make_client_token("130100")
    base = str(client.make_url(ROOT))
    georeport = GeoReport(base, api_key=key)

    services = await _in_thread(georeport.get_service_list)
    codes = {s["service_code"] for s in services}
    assert {"en_no_cert", "es_proxy", "other"} <= codes and all(s["metadata"] is True for s in services)

    definition = await _in_thread(georeport.get_service_definition, "en_no_cert")
    attributes = {a["code"]: a for a in definition["attributes"]}
    assert attributes["subject_name"]["required"] and attributes["occurred"]["datatype"] == "singlevaluelist"
    assert {v["key"] for v in attributes["occurred"]["values"]} >= {"today", "ongoing"}
    assert attributes["occurred"]["description"] == "发生时间", "Chinese unless another language is asked"

    # georeport 0.3.1 has no POST: the spec's form POST, word for word, with the client's api_key
    posted = await _in_thread(requests.post, f"{base}/requests.json", data={"api_key": key, **SPEC_POST})
    assert posted.status_code == 201, posted.text
    created = posted.json()[0]
    request_id = created["service_request_id"]
    assert created["receipt_code"] and created["password"], "the operator reads both to the caller"
    tip = await Tip.get(case_id=int(request_id))
    assert tip.latitude == 38.0428 and tip.subject_name == "石家庄某某建筑有限公司" and not tip.anonymous
    assert tip.division_code == "130100", "coordinates alone: filed in the client's own jurisdiction"

    read = await _in_thread(georeport.get_service_request, request_id)
    assert read["service_request_id"] == request_id and read["status"] == "open"
    assert read["service_code"] == "en_no_cert" and read["requested_datetime"]
    assert "smith" not in str(read) and "111111111" not in str(read)

    closed_case = await file_tip(web_settings, subject_name="唐山某公司")
    await service.transition(closed_case.case, "rejected", "staff", reason="重复举报")
    both = await _in_thread(georeport.get_service_requests, status="open,closed")
    assert {r["service_request_id"] for r in both} == {request_id, str(closed_case.case.id)}
    only_closed = await _in_thread(georeport.get_service_requests, status="closed")
    assert [r["service_request_id"] for r in only_closed] == [str(closed_case.case.id)]
    by_id = await _in_thread(georeport.get_service_requests, service_request_id=request_id)
    assert [r["service_request_id"] for r in by_id] == [request_id]


async def test_xml_answers_follow_the_spec(client, web_settings) -> None:
    filed = await file_tip(web_settings)
    base = str(client.make_url(ROOT))
    georeport = GeoReport(base, output_format="xml")
    services = await _in_thread(georeport.get_service_list)
    assert any(s["service_code"] == "en_no_cert" for s in services)
    definition = await _in_thread(georeport.get_service_definition, "en_no_cert")
    assert definition["attributes"]["attribute"][0]["code"] == "subject_name"
    one = await _in_thread(georeport.get_service_request, str(filed.case.id))
    assert one["service_request_id"] == str(filed.case.id)
    answer = await client.get(f"{ROOT}/requests/99999.xml")
    parsed = xmltodict.parse(await answer.text())
    assert answer.status == 404 and parsed["errors"]["error"]["code"] == "404"


async def test_public_reads_show_only_public_fields(client, web_settings) -> None:
    filed = await file_tip(
        web_settings, description="举报人张三说：工地上的电焊工都没有特种作业操作证，已三个月。"
    )
    await service.add_message(filed.case, "internal", "staff", "内部备注：联系人 13900000000")
    public = await client.get(f"{ROOT}/requests/{filed.case.id}.json")
    text = await public.text()
    assert public.status == 200 and public.headers["Access-Control-Allow-Origin"] == "*"
    assert "张三" not in text and "建设北大街" not in text and "13900000000" not in text
    assert (await public.json())[0]["status_notes"], "the status in words"
    key = await make_client_token("130100")
    keyed = await client.get(f"{ROOT}/requests/{filed.case.id}.json", params={"api_key": key})
    assert "张三" in (await keyed.json())[0]["description"], "the jurisdiction's own client reads the tip"
    wrong = await client.get(f"{ROOT}/requests/{filed.case.id}.json", params={"api_key": "nope"})
    assert wrong.status == 403 and (await wrong.json())[0]["code"] == 403


async def test_certificate_checks_are_not_service_requests(client) -> None:
    check = await service.open_case("verification", "证书核验失败", "130102", category="bad_signature")
    listed = await (await client.get(f"{ROOT}/requests.json")).json()
    assert all(r["service_code"] != "bad_signature" for r in listed)
    one = await client.get(f"{ROOT}/requests/{check.id}.json")
    assert one.status == 404
    key = await make_client_token("130100")
    api = await (await client.get("/api/v1/requests", headers={"Authorization": f"Bearer {key}"})).json()
    assert [r["service_code"] for r in api if r["kind"] == "verification"] == [None]


async def test_default_window_is_the_last_90_days(client, web_settings) -> None:
    old = await file_tip(web_settings, subject_name="旧公司")
    await Case.filter(id=old.case.id).update(created_at=clock.now() - timedelta(days=120))
    new = await file_tip(web_settings)
    recent = await (await client.get(f"{ROOT}/requests.json")).json()
    assert [r["service_request_id"] for r in recent] == [str(new.case.id)]
    start = (clock.now() - timedelta(days=130)).strftime("%Y-%m-%dT%H:%M:%SZ")
    end = (clock.now() - timedelta(days=100)).strftime("%Y-%m-%dT%H:%M:%SZ")
    window = await (
        await client.get(f"{ROOT}/requests.json", params={"start_date": start, "end_date": end})
    ).json()
    assert [r["service_request_id"] for r in window] == [str(old.case.id)]
    too_wide = await client.get(f"{ROOT}/requests.json", params={"start_date": start})
    assert too_wide.status == 200, "start alone: 90 days from it"
    wide = await client.get(
        f"{ROOT}/requests.json",
        params={"start_date": start, "end_date": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ")},
    )
    assert wide.status == 422 and "90 days" in (await wide.json())[0]["description"]
    empty = await client.get(f"{ROOT}/requests.json?start_date=")
    assert empty.status == 400
    by_code = await (
        await client.get(f"{ROOT}/requests.json", params={"service_code": "es_proxy,tr_mock_exam"})
    ).json()
    assert by_code == []


async def test_writes_need_an_api_key_and_answer_in_the_spec_format(client) -> None:
    missing = await client.post(f"{ROOT}/requests.json", data=SPEC_POST)
    assert missing.status == 403 and (await missing.json())[0]["code"] == 403
    key = await make_client_token("130100")
    no_place = {k: v for k, v in SPEC_POST.items() if k not in ("lat", "long")}
    refused = await client.post(f"{ROOT}/requests.json", data={"api_key": key, **no_place})
    body = await refused.json()
    assert refused.status == 400 and isinstance(body, list) and "address_string" in body[0]["description"]
    short = await client.post(
        f"{ROOT}/requests.json", data={"api_key": key, **SPEC_POST, "description": "太短"}
    )
    assert short.status == 422 and "description" in (await short.json())[0]["description"]
    unknown = await client.post(f"{ROOT}/requests.json", data={"api_key": key, **SPEC_POST, "media_url": "x"})
    assert unknown.status == 400 and "media_url" in (await unknown.json())[0]["description"]
    by_address = await client.post(
        f"{ROOT}/requests.xml",
        data={
            "api_key": key,
            **no_place,
            "address_string": "河北省石家庄市长安区建设北大街",
        },
    )
    assert by_address.status == 201 and "<service_request_id>" in await by_address.text()
    assert (
        await Tip.get(
            case_id=int(
                xmltodict.parse(await by_address.text())["service_requests"]["request"]["service_request_id"]
            )
        )
    ).division_code == "130102"


async def test_method_not_allowed_carries_allow(client) -> None:
    answer = await client.delete(f"{ROOT}/services.json")
    assert answer.status == 405 and "GET" in answer.headers["Allow"]
    assert (await answer.json())[0]["code"] == 405
    api = await client.delete("/api/v1/openapi.json")
    assert (
        api.status == 405
        and "GET" in api.headers["Allow"]
        and (await api.json())["code"] == "method_not_allowed"
    )


async def test_openapi_documents_every_route_of_both_apis(client) -> None:
    spec = await (await client.get(f"{ROOT}/openapi.json")).json()
    documented = set(spec["paths"])
    routed = {
        resource.canonical
        for resource in client.server.app.router.resources()
        if resource.canonical.startswith(("/api/v1/", "/open311/"))
    }
    assert routed == documented


async def test_the_json_api_takes_comma_lists_of_statuses(client, web_settings) -> None:
    key = await make_client_token("130100")
    open_tip = await file_tip(web_settings)
    closed_tip = await file_tip(web_settings, subject_name="唐山某公司")
    await service.transition(closed_tip.case, "rejected", "staff", reason="重复举报")
    headers = {"Authorization": f"Bearer {key}"}
    both = await (await client.get("/api/v1/requests?status=open,closed", headers=headers)).json()
    assert {r["service_request_id"] for r in both} == {str(open_tip.case.id), str(closed_tip.case.id)}
    closed = await (await client.get("/api/v1/requests?status=closed", headers=headers)).json()
    assert [r["detailed_status"] for r in closed] == ["rejected"], "closed means every closed status"
    mixed = await (await client.get("/api/v1/requests?status=received,rejected", headers=headers)).json()
    assert len(mixed) == 2
    bad = await client.get("/api/v1/requests?status=open,", headers=headers)
    assert bad.status == 400


async def test_discovery_points_at_the_endpoint(client) -> None:
    found = await (await client.get("/open311/discovery.json")).json()
    endpoint = found["endpoints"][0]
    assert endpoint["url"].endswith("/open311/v2") and "text/xml" in endpoint["formats"]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    xml = xmltodict.parse(await (await client.get("/open311/discovery.xml")).text())
    assert xml["discovery"]["endpoints"]["endpoint"]["formats"]["format"] == ["application/json", "text/xml"]
    unknown = await client.get("/open311/discovery.yaml")
    assert unknown.status == 404 and (await unknown.json())[0]["code"] == 404
