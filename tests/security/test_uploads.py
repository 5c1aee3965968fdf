"""Finding 1 and 7: uploads without a draft or status token, quotas, orphans, and body size caps.

Attack reproduced: POST /report and POST /status/action with 10 large files and no (or a forged) token.
Before the fix the files were stored before the token was checked; now nothing is written anywhere.
"""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path

from aiohttp import FormData

from models.attachments import Attachment
from tests.e2e.chat import jpeg_bytes
from tests.security.conftest import from_address
from tests.web.conftest import file_tip
from tests.web.test_api import make_client_token
from tests.web.test_public_report import GOOD, confirm, draft_of, form, start
from tests.web.test_status_page import open_status, token_of
from web.staging import KEEP_SECONDS, Staging

MB = 1024 * 1024


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def big_files(n: int, size: int) -> list[tuple[str, bytes, str]]:
    return [(f"f{i}.jpg", b"\xff\xd8" + os.urandom(size - 2), "image/jpeg") for i in range(n)]


async def test_tokenless_uploads_store_nothing(client, web_settings) -> None:
    """10 x 2 MB to each endpoint without a token: refused, and DATA_DIR gains no file at all."""
    before = files_under(web_settings.data_dir)
    no_draft = FormData()
    no_draft.add_field("step", "form")
    for name, content, ctype in big_files(10, 2 * MB):
        no_draft.add_field("evidence", content, filename=name, content_type=ctype)
    answer = await client.post("/report", data=no_draft)
    assert answer.status == 400
    forged = form("forged-draft", GOOD, big_files(10, 2 * MB))
    assert (await client.post("/report", data=forged)).status == 400
    status = FormData()
    status.add_field("token", "forged")
    status.add_field("action", "add")
    for name, content, ctype in big_files(10, 2 * MB):
        status.add_field("evidence", content, filename=name, content_type=ctype)
    assert (await client.post("/status/action", data=status)).status == 401
    assert files_under(web_settings.data_dir) == before, "no byte of a token-less upload is kept"


async def test_files_wait_outside_the_store_until_the_tip_is_filed(client, web_settings) -> None:
    media, incoming = web_settings.data_dir / "media", web_settings.data_dir / "incoming"
    stored_before, waiting_before = files_under(media), files_under(incoming)
    draft = await start(client)
    photo = ("a.jpg", jpeg_bytes(color=(7, 77, 177)), "image/jpeg")
    summary = await client.post("/report", data=form(draft, GOOD, [photo]))
    assert summary.status == 200
    assert files_under(media) == stored_before, "nothing in the evidence store before the tip is filed"
    assert len(files_under(incoming)) == len(waiting_before) + 2, "the original and its EXIF-free copy wait"
    receipt = await confirm(client, draft_of(await summary.text()))
    assert receipt.status == 200
    attachment = await Attachment.get()
    stored = {p.name for p in files_under(media)}
    assert {attachment.sha256, attachment.redacted_sha256} <= stored


async def test_abandoned_drafts_are_swept(client, web_settings) -> None:
    stored = files_under(web_settings.data_dir / "media")
    Staging(web_settings).sweep(now=time.time() + 10 * KEEP_SECONDS)  # what earlier tests left
    draft = await start(client)
    await client.post("/report", data=form(draft, GOOD, [("a.jpg", jpeg_bytes(), "image/jpeg")]))
    staging = Staging(web_settings)
    assert len(staging.files()) == 2
    assert staging.sweep() == 0, "a draft's files stay while the draft lives"
    assert staging.sweep(now=time.time() + KEEP_SECONDS + 1) == 2
    assert staging.files() == [] and files_under(web_settings.data_dir / "media") == stored


async def test_per_address_quota(proxied, proxied_settings) -> None:
    """UPLOAD_FILES_PER_HOUR (default 30) from one address: the 31st file is refused, another address
    still uploads."""
    attacker, other = from_address("203.0.113.9"), from_address("198.51.100.7")
    accepted = 0
    for round_ in range(4):
        draft = await start(proxied)
        photos = [(f"p{round_}-{i}.jpg", jpeg_bytes(color=(round_, i, 9)), "image/jpeg") for i in range(10)]
        answer = await proxied.post("/report", data=form(draft, GOOD, photos), headers=attacker)
        accepted += len(re.findall(r'name="keep_file"', await answer.text())) or (
            10 if answer.status == 200 else 0
        )
        text = await answer.text()
        if round_ == 3:
            assert answer.status == 400 and "too many files were sent from here" in text
    assert accepted == proxied_settings.upload_files_per_hour
    draft = await start(proxied)
    fine = await proxied.post(
        "/report", data=form(draft, GOOD, [("x.jpg", jpeg_bytes(), "image/jpeg")]), headers=other
    )
    assert fine.status == 200


async def test_status_uploads_count_against_the_tip(database, web_settings, make_client) -> None:
    import dataclasses

    client = await make_client(dataclasses.replace(web_settings, upload_session_bytes=150_000))
    filed = await file_tip(web_settings)
    page = await open_status(client, filed.receipt_code)
    data = FormData()
    data.add_field("token", token_of(page))
    data.add_field("action", "add")
    data.add_field("body", "补充两张照片")
    for i in range(2):
        data.add_field(
            "evidence", b"\xff\xd8" + os.urandom(100_000), filename=f"{i}.jpg", content_type="image/jpeg"
        )
    answer = await client.post("/status/action?lang=en", data=data)
    assert answer.status == 400 and "too many files were sent from here" in await answer.text()
    assert await Attachment.filter(tip_id=filed.tip.id).count() == 0, "refused as a whole, nothing attached"


async def test_body_caps(client) -> None:
    """Finding 7: a body declared larger than the cap is refused before it is read; too many parts or too
    much text in fields is refused while reading (the 114 MB of 2,000 text fields is no longer read)."""
    draft = await start(client)
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    writer.write(
        b"POST /report HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=zz\r\n"
        + f"Content-Length: {300 * MB}\r\n\r\n".encode()
        + b"--zz\r\n"
    )
    await writer.drain()
    status_line = await asyncio.wait_for(reader.readline(), 10)
    writer.close()
    assert b" 413 " in status_line, status_line
    many = FormData(default_to_multipart=True)
    many.add_field("draft", draft)
    for i in range(2000):
        many.add_field(f"f{i}", "x")
    assert (await client.post("/report", data=many)).status == 413
    wide = FormData(default_to_multipart=True)
    wide.add_field("draft", draft)
    for i in range(20):
        wide.add_field(f"f{i}", "x" * 60_000)
    assert (await client.post("/report", data=wide)).status == 413
    plain = await client.post("/status", data={"code": "x" * (3 * MB)})
    assert plain.status == 413, "urlencoded forms keep the server's 2 MB cap"
    token = await make_client_token("130100")
    api = await client.post(
        "/api/v1/requests", json={"description": "x" * (3 * MB)}, headers={"Authorization": f"Bearer {token}"}
    )
    assert api.status == 413, "and so do JSON bodies"
