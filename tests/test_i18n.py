"""Every user-visible message is translated in both catalogs, and Telegram's language codes map right."""

import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from foundation.i18n import locale_from_telegram, translator

ROOT = Path(__file__).resolve().parent.parent


def test_template_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    """A string added to the code but not extracted would never be translated."""
    pot = tmp_path / "fresh.pot"
    from scripts.i18n import SOURCES

    dirs = [d for d in SOURCES if (ROOT / d).is_dir()]
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pybabel"),
            "-q",
            "extract",
            "-F",
            "babel.cfg",
            "-k",
            "N_",
            "-o",
            str(pot),
            *dirs,
        ],
        cwd=ROOT,
        check=True,
    )
    fresh = {m.id for m in read_po(pot.open("rb")) if m.id}
    committed = {m.id for m in read_po((ROOT / "locales" / "messages.pot").open("rb")) if m.id}
    assert sorted(fresh - committed) == [], "run: python scripts/i18n.py extract"


@pytest.mark.parametrize("locale", ["zh_CN", "en"])
def test_every_message_is_translated(locale: str) -> None:
    template = read_po((ROOT / "locales" / "messages.pot").open("rb"))
    catalog = read_po((ROOT / "locales" / locale / "LC_MESSAGES" / "messages.po").open("rb"), locale=locale)
    missing = [
        m.id
        for m in template
        if m.id and (catalog.get(m.id) is None or not catalog.get(m.id).string or catalog.get(m.id).fuzzy)
    ]
    assert missing == []


def test_placeholders_survive_translation() -> None:
    catalog = read_po((ROOT / "locales" / "zh_CN" / "LC_MESSAGES" / "messages.po").open("rb"), locale="zh_CN")
    import re

    for message in catalog:
        if message.id and message.string:
            assert set(re.findall(r"{\w+}", message.id)) == set(re.findall(r"{\w+}", message.string)), (
                message.id
            )


def test_translations_load() -> None:
    assert translator("zh_CN")("Report a violation") == "我要举报"
    assert translator("en")("Report a violation") == "Report a violation"


@pytest.mark.parametrize(
    ("code", "locale"),
    [
        ("zh", "zh_CN"),
        ("zh-CN", "zh_CN"),
        ("zh-hans", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh-hans-sg", "zh_CN"),
        ("en", "en"),
        ("en-US", "en"),
        ("en-gb", "en"),
        # Telegram shows these users the menu set for "zh" (or the one without a language code, in
        # DEFAULT_LOCALE): they are spoken to in the same language.
        ("ru", "zh_CN"),
        ("de-CH", "zh_CN"),
        ("zh-hant", "zh_CN"),
        ("zh-tw", "zh_CN"),
        (None, "zh_CN"),
    ],
)
def test_telegram_language_codes(code: str | None, locale: str) -> None:
    assert locale_from_telegram(code, "zh_CN") == locale
