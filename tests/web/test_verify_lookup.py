"""The public /verify form (certificate number + holder's name): every kind of genuine ID number is found,
numbers that cannot be right are answered with what is wrong, and what was typed stays in the form."""

from __future__ import annotations

import html

from tests.e2e.test_typed_id_numbers import BAD, TYPED, registry

__all__ = ["registry"]


async def test_web_verify_form_finds_every_kind_and_names_what_is_wrong(
    registry, settings, make_client
) -> None:
    client = await make_client(settings)

    async def page(cert_no: str, name: str | None = "王长安") -> str:
        params = {"cert_no": cert_no, "lang": "en", **({"name": name} if name else {})}
        return html.unescape(await (await client.get("/verify", params=params)).text())

    form = await (await client.get("/verify?lang=en")).text()
    assert 'name="cert_no"' in form and 'name="name"' in form
    for typed, name, symbol in TYPED:
        assert f'<p class="verdict"><strong>{symbol}' in await page(typed, name), typed
    for typed, words in BAD:
        text = await page(typed)
        assert "cannot be right" in text and words in text, typed
        assert f'value="{typed}"' in text, "what the person typed stays in the form"
    assert "Type both the certificate number and the holder" in await page("T130102198003120176", None)
    assert "at most 64 characters" in await page("X" * 100)
