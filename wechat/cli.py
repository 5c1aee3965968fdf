"""`run.py wechat menu`: creates the account's menu through the API (registered by bot/cli.py)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from foundation.config import Settings


async def cmd_wechat_menu(args: argparse.Namespace, settings: Settings) -> int:
    from foundation.db import with_db
    from wechat.api import WechatApi, WechatApiError
    from wechat.menu import menu

    if not settings.wechat:
        print("WECHAT_TOKEN is not set: the WeChat channel is off", file=sys.stderr)
        return 2

    async def run() -> int:
        api = WechatApi(settings)
        try:
            await api.create_menu(menu(args.locale or settings.default_locale))
        except (WechatApiError, OSError) as exc:
            print(f"the menu was not created: {exc}", file=sys.stderr)
            return 1
        finally:
            await api.close()
        print(
            "menu created: 举报 / 核验证书 / 我的举报"
            if (args.locale or settings.default_locale) == "zh_CN"
            else "menu created: Report / Verify / My tips"
        )
        return 0

    return await with_db(settings, run)


def register(sub: Any) -> dict[str, Any]:
    wechat = sub.add_parser("wechat", help="the WeChat Official Account channel").add_subparsers(
        dest="action", required=True
    )
    created = wechat.add_parser("menu", help="create the account's menu (举报 / 核验证书 / 我的举报)")
    created.add_argument(
        "--locale", choices=("zh_CN", "en"), help="the menu's language (default DEFAULT_LOCALE)"
    )
    return {"wechat menu": cmd_wechat_menu}
