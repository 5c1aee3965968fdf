"""The templates' strings reach the catalogs (through web/template_msgids.py) and are translated."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

from web import msgids

ROOT = Path(__file__).resolve().parents[2]


def test_template_msgids_module_is_up_to_date() -> None:
    fresh = msgids.render_module(msgids.template_msgids())
    assert msgids.TARGET.read_text(encoding="utf-8") == fresh, "run: python -m web.msgids"


def test_every_template_string_has_a_chinese_translation() -> None:
    with (ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh, locale="zh_CN")
    missing = [m for m in msgids.template_msgids() if not (catalog.get(m) and catalog.get(m).string)]
    assert missing == [], "run: python scripts/i18n.py extract, then translate"


async def test_pages_switch_language(client) -> None:
    zh = await (await client.get("/report?subject_type=training")).text()
    en = await (await client.get("/report?subject_type=training&lang=en")).text()
    assert "我要举报" in zh and "Sells certificates" not in zh
    assert "Report a violation" in en and "Sells certificates" in en
