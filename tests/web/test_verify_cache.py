"""The public /V/ page is cacheable for what it shows: a second scan of the same card revalidates and gets
a 304; a change in the registry, the language or a failing verdict never serves a stale page; static files
carry their content hash and a year's lifetime."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from bot.demo import _demo_csv
from certs import keys
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.certificates import Certificate

PUBLIC = "https://verify.example.gov.cn"


async def _client_and_path(settings, make_client) -> tuple[object, str]:
    settings = dataclasses.replace(settings, public_url=PUBLIC)
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    client = await make_client(settings)
    text = issue_qr_text((await find_by_cert_no("T130102199001011237")).cert_fields(), key, PUBLIC)
    return client, text[len(PUBLIC) :]


async def test_a_second_scan_revalidates_and_a_revocation_shows_at_once(
    database, settings, make_client
) -> None:
    client, path = await _client_and_path(settings, make_client)
    first = await client.get(path + "?lang=en")
    tag = first.headers["ETag"]
    assert first.status == 200 and "✅" in await first.text()
    assert first.headers["Cache-Control"] == "private, no-cache"

    again = await client.get(path + "?lang=en", headers={"If-None-Match": tag})
    assert again.status == 304 and await again.read() == b"" and again.headers["ETag"] == tag

    plain = await client.get(path + "?lang=en")  # no validator: the page again, the same bytes
    assert plain.status == 200 and await plain.text() == await first.text() and plain.headers["ETag"] == tag

    chinese = await client.get(path + "?lang=zh_CN", headers={"If-None-Match": tag})
    assert chinese.status == 200 and chinese.headers["ETag"] != tag

    await Certificate.filter(cert_no="T130102199001011237").update(status="revoked")
    after = await client.get(path + "?lang=en", headers={"If-None-Match": tag})
    assert after.status == 200 and "❌" in await after.text() and after.headers.get("ETag") != tag


async def test_a_failing_verdict_is_never_cached(database, settings, make_client) -> None:
    client, path = await _client_and_path(settings, make_client)
    forged = path[:-6] + ("1" if path[-6] != "1" else "2") + path[-5:]
    response = await client.get(forged + "?lang=en", headers={"If-None-Match": "*"})
    assert response.status == 200 and "❌" in await response.text()
    assert "ETag" not in response.headers and response.headers["Cache-Control"] == "no-store"


async def test_static_files_are_addressed_by_content_and_kept_a_year(database, settings, make_client) -> None:
    client, path = await _client_and_path(settings, make_client)
    page = await (await client.get(path)).text()
    href = re.search(r'href="(/static/web/style\.css\?v=[0-9a-f]{12})"', page).group(1)
    css = await client.get(href)
    assert css.status == 200 and css.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    bare = await client.get("/static/web/style.css")
    assert bare.headers["Cache-Control"] == "public, max-age=3600"


async def test_the_fast_lookup_reads_the_row_as_the_orm_does(database) -> None:
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    record = await find_by_cert_no(" t130102199001011237 ")
    model = await Certificate.get(cert_no="T130102199001011237")
    assert record is not None and record.record_id == model.id and record.name == model.name
    assert isinstance(record.valid_to, date) and record.valid_to == model.valid_to
    assert await find_by_cert_no("T000000000000000000") is None


async def test_a_retired_key_is_seen_at_the_next_scan(database, settings, make_client) -> None:
    """Checked QR texts are remembered, but not across a change of the key ring."""
    client, path = await _client_and_path(settings, make_client)
    assert "✅" in await (await client.get(path + "?lang=en")).text()
    settings = dataclasses.replace(settings, public_url=PUBLIC)
    kid = keys.active_key(settings.keys_dir).kid
    keys.rotate(settings.keys_dir)
    keys.retire(settings.keys_dir, kid)
    page = await (await client.get(path + "?lang=en")).text()
    assert "✅" not in page
