"""The back office reads like a person wrote it: divisions named with their parent, charts without rows of
zeros, a category filter without repeated labels, transfer by province → city → county or by search, 受理
assigning the case to whoever accepted it, and an evidence package anyone can check without the server."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from cases import service
from foundation import clock
from models.cases import Case
from regions import divisions
from tests.web.conftest import file_tip, login, make_staff


def test_a_county_is_named_with_its_city() -> None:
    twins = [d for d in divisions.search("桥西") if d.code.startswith("13")]
    assert len(twins) >= 2, "Hebei has more than one 桥西区"
    labels = {divisions.label(d.code) for d in twins}
    assert "石家庄市桥西区" in labels and len(labels) == len(twins), labels
    assert divisions.label("130100") == "河北省石家庄市" and divisions.label("130000") == "河北省"
    assert divisions.label("110105") == "北京市朝阳区"


class Options(HTMLParser):
    """The <optgroup>s of one <select name=...>: [(group label, [(value, text)])]."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name, self.inside, self.groups, self._value = name, False, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "select":
            self.inside = attrs.get("name") == self.name
        elif self.inside and tag == "optgroup":
            self.groups.append((attrs.get("label"), []))
        elif self.inside and tag == "option" and self.groups:
            self._value = attrs.get("value")

    def handle_endtag(self, tag):
        if tag == "select":
            self.inside = False

    def handle_data(self, data):
        if self._value is not None:
            self.groups[-1][1].append((self._value, data.strip()))
            self._value = None


def options(page: str, name: str) -> list[tuple[str, list[tuple[str, str]]]]:
    parser = Options(name)
    parser.feed(page)
    return parser.groups


async def test_transfer_offers_the_province_by_city_and_a_search(client, web_settings) -> None:
    await make_staff("prov.super", "supervisor", "130000")
    filed = await file_tip(web_settings)
    csrf = await login(client, "prov.super")
    page = await (await client.get(f"/admin/cases/{filed.case.id}?lang=en")).text()
    groups = dict(options(page, "division"))
    assert "石家庄市" in groups and "唐山市" in groups, list(groups)
    shijiazhuang = dict(groups["石家庄市"])
    assert shijiazhuang["130100"].startswith("河北省石家庄市 (the whole city)")
    assert shijiazhuang["130104"] == "石家庄市桥西区 (130104)"
    assert "130203" not in shijiazhuang and "130203" in dict(groups["唐山市"]), "counties under their city"
    assert max(len(o) for o in groups.values()) < 40, "no flat list of about 190 divisions"

    found = await (await client.get(f"/admin/cases/{filed.case.id}?lang=en&transfer_q=朝阳区")).text()
    first_group, hits = options(found, "division")[0]
    assert first_group == "Found for “朝阳区”"
    assert {code for code, _text in hits} >= {"110105", "220104"}, "Beijing's and Changchun's 朝阳区"
    assert "北京市朝阳区 (110105)" in [text for _code, text in hits]
    other = await (await client.get(f"/admin/cases/{filed.case.id}?lang=en&transfer_in=110000")).text()
    assert "110105" in {code for _g, choices in options(other, "division") for code, _t in choices}

    moved = await client.post(
        f"/admin/cases/{filed.case.id}/act",
        data={"csrf_token": csrf, "action": "transfer", "division": "130104", "reason": "实际在桥西区"},
        allow_redirects=False,
    )
    assert moved.status == 303
    assert (await Case.get(id=filed.case.id)).division_code == "130104"


async def test_accepting_assigns_the_case_to_who_accepted_it(client, web_settings) -> None:
    await make_staff("first.hand", "handler", "130102")
    await make_staff("second.hand", "handler", "130102")
    mine = await file_tip(web_settings, subject_name="甲公司")
    theirs = await file_tip(web_settings, subject_name="乙公司")
    await service.assign(theirs.case, "second.hand", "second.hand")
    csrf = await login(client, "first.hand")
    for case in (mine.case, theirs.case):
        form = {"csrf_token": csrf, "action": "accept"}
        answer = await client.post(f"/admin/cases/{case.id}/act", data=form, allow_redirects=False)
        assert answer.status == 303
    assert (await Case.get(id=mine.case.id)).assignee == "first.hand"
    kept = (await Case.get(id=theirs.case.id)).assignee
    assert kept == "second.hand", "an assigned case keeps its assignee"


async def test_category_filter_groups_and_does_not_repeat_a_label(client, web_settings) -> None:
    await make_staff("cat.super", "supervisor", "130100")
    await login(client, "cat.super")
    page = await (await client.get("/admin/?lang=en")).text()
    groups = options(page, "category")
    for group, choices in groups:
        texts = [text for _code, text in choices]
        assert len(texts) == len(set(texts)), f"a label repeats in {group}"
    shared = [g for g, choices in groups if "Runs training for the exams it holds" in dict(choices).values()]
    assert len(shared) == 2 and len(set(shared)) == 2, "the two subjects' same violation, told apart by group"
    assert any(g == "Certificate check" and ("revoked", "revoked") in c for g, c in groups)


async def test_dashboard_draws_no_rows_of_zeros_and_names_counties_with_their_city(
    client, web_settings, monkeypatch
) -> None:
    from models.inspections import Inspection
    from models.users import User

    monkeypatch.setenv("INSPECTION_MONTHLY_QUOTA", "3")
    await make_staff("city.chief", "supervisor", "130100")
    inspector = await User.create(tg_id=777002)
    for code, times in (("130102", 2), ("130104", 1)):
        for _ in range(times):
            await Inspection.create(
                inspector=inspector, subject_type="enterprise", subject_name="x", division_code=code,
                started_at=clock.now(),
            )  # fmt: skip
    await login(client, "city.chief")
    page = await (await client.get("/admin/dashboard?lang=en")).text()
    chart = page.split("Inspections per county this month</title>")[1].split("</svg>")[0]
    labels = re.findall(r'class="chart-label">([^<]+)<', chart)
    assert sorted(labels) == ["石家庄市桥西区", "石家庄市长安区"], labels
    counties = len([d for d in divisions.children("130100") if d.level == divisions.COUNTY])
    assert f"No inspection yet this month in {counties - 2} counties:" in page
    assert "石家庄市新华区" in page.split("No inspection yet this month")[1]


async def test_evidence_is_checkable_without_the_server(client, web_settings) -> None:
    await make_staff("ev.hand", "handler", "130102")
    case = await service.open_case(
        "inspection", "某某考点", "130102", details={"inspection_id": 1, "manifest_sha256": "0" * 64}
    )
    await login(client, "ev.hand")
    page = await (await client.get(f"/admin/cases/{case.id}?lang=en")).text()
    assert "run.py" not in page and 'href="/evidence/public-key.pem"' in page
    key = await client.get("/evidence/public-key.pem")
    assert key.status == 200 and (await key.read()).startswith(b"-----BEGIN PUBLIC KEY-----")
