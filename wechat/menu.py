"""The account's custom menu (自定义菜单): three CLICK buttons whose keys wechat/dialog.py answers like the
typed words 1 / 2 / 3, so a follower whose client cannot show the menu loses nothing."""

from __future__ import annotations

from typing import Any

from foundation.i18n import translator


def menu(locale: str = "zh_CN") -> dict[str, Any]:
    """The menu in one language (WeChat shows one menu to everybody: the default locale's)."""
    _ = translator(locale)
    return {
        "button": [
            {"type": "click", "name": _("Report"), "key": "REPORT"},
            {"type": "click", "name": _("Verify"), "key": "VERIFY"},
            {"type": "click", "name": _("My tips"), "key": "MYTIPS"},
        ]
    }
