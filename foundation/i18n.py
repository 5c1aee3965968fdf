"""Translations with Babel/gettext, zh_CN (default) and en.

Source strings are English msgids marked with `_()` (translated at once) or `N_()` (marked for extraction,
translated later for the reader's locale). Catalogs live in locales/<locale>/LC_MESSAGES/messages.po and are
compiled to .mo by the install and test commands; a missing or stale .mo is compiled in memory from the .po
so a fresh checkout still speaks both languages.
"""

from __future__ import annotations

import gettext
import io
import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

log = logging.getLogger(__name__)

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"
LOCALES = ("zh_CN", "en")
LANGUAGE_NAMES = {"zh_CN": "简体中文", "en": "English"}

Translator = Callable[[str], str]


def N_(message: str) -> str:
    """Marks a string for extraction without translating it where it is defined."""
    return message


@cache
def translations(locale: str) -> gettext.NullTranslations:
    if locale not in LOCALES:
        locale = LOCALES[0]
    directory = LOCALES_DIR / locale / "LC_MESSAGES"
    po, mo = directory / f"{DOMAIN}.po", directory / f"{DOMAIN}.mo"
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.is_file():
        log.info("compiling %s in memory (run `pybabel compile -d locales` to avoid this)", po)
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=locale)
        buffer = io.BytesIO()
        write_mo(buffer, catalog)
        buffer.seek(0)
        return gettext.GNUTranslations(buffer)
    log.warning("no catalog for %s: messages stay in English", locale)
    return gettext.NullTranslations()


def translator(locale: str) -> Translator:
    return translations(locale).gettext


def ngettext_for(locale: str) -> Callable[[str, str, int], str]:
    return translations(locale).ngettext


def locale_from_telegram(language_code: str | None, default: str) -> str:
    """Telegram's language_code decides until a user picks, by its primary language as Telegram matches the
    command menu (by the two-letter code): any Chinese (zh, zh-hans, zh-hant, zh-tw) is zh_CN, any English is
    en, and every other language gets `default`, the language of the menu set without a language code; so
    the words of the menu and of the bot are the same for everyone (handlers/menus.py)."""
    if not language_code:
        return default
    primary = language_code.strip().lower().replace("_", "-").split("-")[0]
    return {"zh": "zh_CN", "en": "en"}.get(primary, default)
