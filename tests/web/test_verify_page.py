"""The public verification page a phone camera opens from a card's QR: same verdict as the bot."""

from __future__ import annotations

import dataclasses

from bot.demo import _demo_csv
from certs import keys
from certs.importer import import_csv
from certs.links import issue_qr_text
from certs.registry import find_by_cert_no
from foundation import clock
from models.cases import Case

PUBLIC = "https://verify.example.gov.cn"


async def test_camera_link_shows_the_verdict_and_anonymous_hits_open_no_case(
    database, settings, make_client
) -> None:
    settings = dataclasses.replace(settings, public_url=PUBLIC)
    await import_csv(_demo_csv(clock.today()).encode(), actor="test")
    if not keys.list_keys(settings.keys_dir):
        keys.create_key(settings.keys_dir)
    key = keys.active_key(settings.keys_dir)
    client = await make_client(settings)

    valid = issue_qr_text((await find_by_cert_no("T130102199001011237")).cert_fields(), key, PUBLIC)
    assert valid.startswith("HTTPS://VERIFY.EXAMPLE.GOV.CN/V/")
    path = valid[len(PUBLIC) :]
    page = await (await client.get(path + "?lang=en")).text()
    assert "✅" in page and "王*国" in page and "130102199001011237" not in page

    revoked = issue_qr_text((await find_by_cert_no("T130102199112126678")).cert_fields(), key, PUBLIC)
    page = await (await client.get(revoked[len(PUBLIC) :].lower() + "?lang=en")).text()
    assert "❌" in page and "revoked" in page
    forged = path[:-6] + ("1" if path[-6] != "1" else "2") + path[-5:]
    page = await (await client.get(forged + "?lang=en")).text()
    assert "❌" in page
    # an anonymous hit alone opens no case (cases/public_hits.py; tests/security/test_public_verify.py)
    assert await Case.filter(kind="verification").count() == 0
    assert (await client.get("/V/not-digits")).status == 404
