"""The public web tip form: several steps without JavaScript, the bot's checks, files, idempotent filing."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import FormData

from cases import tips
from models.attachments import Attachment
from models.cases import Case
from models.tips import Tip
from tests.e2e.chat import jpeg_bytes

DRAFT_RE = re.compile(r'name="draft" value="([^"]+)"')
GOOD = {
    "violation": "en_no_cert",
    "subject_name": "石家庄某某建筑有限公司",
    "credit_code": "",
    "address": "河北省石家庄市长安区建设北大街",
    "occurred": "ongoing",
    "description": "工地上七八个电焊工都没有特种作业操作证，项目经理说先干着再说。",
    "identity": "anon",
}


def draft_of(html: str) -> str:
    found = DRAFT_RE.search(html)
    assert found, html[:2000]
    return found.group(1)


def form(draft: str, fields: dict[str, Any], files: list[tuple[str, bytes, str]] = ()) -> FormData:
    data = FormData()
    data.add_field("draft", draft)
    data.add_field("step", "form")
    data.add_field("subject_type", fields.get("subject_type", "enterprise"))
    for key, value in fields.items():
        if key == "subject_type":
            continue
        for item in value if isinstance(value, list) else [value]:
            data.add_field(key, item)
    for name, content, ctype in files:
        data.add_field("evidence", content, filename=name, content_type=ctype)
    return data


async def start(client, query: str = "subject_type=enterprise&lang=en") -> str:
    page = await client.get(f"/report?{query}")
    assert page.status == 200
    return draft_of(await page.text())


async def confirm(client, draft: str):
    return await client.post("/report", data={"draft": draft, "step": "confirm"})


async def test_happy_path_in_steps_with_a_photo(client) -> None:
    first = await (await client.get("/report?lang=en")).text()
    assert "Who or what is the report about?" in first and 'name="subject_type"' in first
    draft = await start(client)
    summary = await client.post("/report", data=form(draft, GOOD, [("site.jpg", jpeg_bytes(), "image/jpeg")]))
    text = await summary.text()
    assert summary.status == 200 and "Please check your report" in text
    assert "河北省石家庄市长安区" in text and "1 file(s)" in text
    receipt = await confirm(client, draft_of(text))
    page = await receipt.text()
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", page).group(0)
    password = re.search(r'<p class="code secret">([a-z0-9]{10})</p>', page).group(1)
    assert f"/status?code={code}" in page and 'src="data:image/png;base64,' in page
    tip = await tips.find_tip(code, password)
    assert tip is not None and tip.channel == "web" and tip.anonymous and tip.reporter_sealed is None
    case = await Case.get(id=tip.case_id)
    assert case.division_code == "130102" and case.details["channel"] == "web"
    attachment = await Attachment.get(case_id=case.id)
    assert (
        attachment.kind == "photo"
        and attachment.redacted_sha256
        and attachment.redacted_sha256 != attachment.sha256
    )


async def test_refresh_or_back_does_not_file_twice(client) -> None:
    draft = await start(client)
    summary = await (await client.post("/report", data=form(draft, GOOD))).text()
    final = draft_of(summary)
    first = await (await confirm(client, final)).text()
    again = await confirm(client, final)
    second = await again.text()
    assert again.status == 200 and "already been filed" in second
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", first).group(0)
    assert code in second and 'class="code secret"' not in second, "the password is not shown twice"
    assert await Tip.filter(channel="web").count() == 1


async def test_ambiguous_place_offers_candidates(client) -> None:
    draft = await start(client)
    answer = await client.post("/report", data=form(draft, {**GOOD, "address": "朝阳区"}))
    text = await answer.text()
    assert answer.status == 400 and "Several places match" in text
    codes = re.findall(r'name="place_code" value="(\d{6})"', text)
    assert "110105" in codes and len(codes) >= 2
    assert "七八个电焊工" in text, "everything typed is kept"
    picked = await client.post(
        "/report", data=form(draft_of(text), {**GOOD, "address": "朝阳区", "place_code": "110105"})
    )
    assert picked.status == 200 and "北京市朝阳区" in await picked.text()


async def test_unknown_place_short_description_and_contact_errors(client) -> None:
    draft = await start(client)
    answer = await client.post(
        "/report",
        data=form(
            draft,
            {
                **GOOD,
                "address": "不知道在哪里",
                "description": "太短了",
                "identity": "real",
                "contact": "",
                "occurred": "",
                "violation": "",
            },
        ),
    )
    text = await answer.text()
    assert answer.status == 400
    assert "I could not find that place" in text
    assert "at least 20 characters (you wrote 3)" in text
    assert "Please type a name and a phone number" in text
    assert "Say when it happened" in text and "Choose what happened" in text


async def test_credit_code_checksum_is_a_warning_and_format_an_error(client) -> None:
    draft = await start(client)
    wrong_format = await client.post("/report", data=form(draft, {**GOOD, "credit_code": "12345"}))
    assert wrong_format.status == 400 and "18 characters" in await wrong_format.text()
    bad_check = "91110000802100433C"
    warned = await client.post("/report", data=form(draft, {**GOOD, "credit_code": bad_check}))
    text = await warned.text()
    assert warned.status == 200 and "check digit of 91110000802100433C does not match" in text
    await confirm(client, draft_of(text))
    assert (await Tip.get(channel="web")).credit_code == bad_check


async def test_too_large_and_wrong_files_are_refused_and_the_rest_kept(client) -> None:
    draft = await start(client)
    big = b"\xff\xd8" + b"0" * (20 * 1024 * 1024 + 10)
    answer = await client.post(
        "/report",
        data=form(
            draft,
            GOOD,
            [
                ("big.jpg", big, "image/jpeg"),
                ("virus.exe", b"MZ...", "application/x-msdownload"),
                ("ok.jpg", jpeg_bytes(), "image/jpeg"),
            ],
        ),
    )
    text = await answer.text()
    assert answer.status == 400
    assert "big.jpg is larger than 20 MB" in text and "virus.exe: this kind of file cannot be used" in text
    assert 'name="keep_file"' in text and "ok.jpg" in text, "the good file stays attached"
    assert "石家庄某某建筑有限公司" in text
    summary = await client.post(
        "/report",
        data=form(
            draft_of(text),
            {**GOOD, "keep_file": re.findall(r'name="keep_file" value="([0-9a-f]{64})"', text)},
        ),
    )
    assert "1 file(s)" in await summary.text()


async def test_preselected_subject_and_change_from_summary(client) -> None:
    page = await (
        await client.get(
            "/report?subject_type=enterprise&name=某某化工有限公司&credit_code=91110000802100433B&lang=en"
        )
    ).text()
    assert 'value="某某化工有限公司"' in page and 'value="91110000802100433B"' in page
    assert "Special-operations work without a certificate" in page, "the enterprise violation list"
    summary = await (
        await client.post(
            "/report",
            data=form(
                draft_of(page),
                {
                    **GOOD,
                    "subject_name": "某某化工有限公司",
                    "credit_code": "91110000802100433B",
                    "identity": "real",
                    "contact": "张三 13800000000",
                    "password": "my-own-pass",
                },
            ),
        )
    ).text()
    assert "real name, with contact" in summary and "the one you chose" in summary
    edit = await client.post("/report", data={"draft": draft_of(summary), "step": "edit"})
    edited = await edit.text()
    assert 'value="张三 13800000000"' in edited and "You chose a password already" in edited
    summary = await (
        await client.post(
            "/report",
            data=form(
                draft_of(edited),
                {**GOOD, "subject_name": "某某化工集团", "identity": "real", "contact": "张三 13800000000"},
            ),
        )
    ).text()
    receipt = await (await confirm(client, draft_of(summary))).text()
    code = re.search(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", receipt).group(0)
    assert "Password: the one you chose" in receipt
    tip = await tips.find_tip(code, "my-own-pass")
    assert (
        tip is not None and tip.subject_name == "某某化工集团" and not tip.anonymous and tip.reporter_sealed
    )


async def test_forged_or_expired_draft_files_nothing(client) -> None:
    answer = await confirm(client, "not-a-draft")
    assert answer.status == 400 and await Tip.all().count() == 0
