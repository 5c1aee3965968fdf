"""The WeChat Official Account channel (公众号, developer mode): callbacks on GET/POST /wechat, the API
through aiohttp, the tip form, certificate checks and follow-ups on the shared domain services.

Channel layer: imports foundation, models, domain packages (and the web form's shared checks), never
handlers/ or bot/; bot/ mounts it when WECHAT_TOKEN is set.
"""

from __future__ import annotations

from foundation.config import Settings


def build_service(settings: Settings, window: float | None = None):  # type: ignore[no-untyped-def]
    """The callback handler with its API client, sealer and media store, for `setup_wechat`."""
    from cases.sealing import sealer_for
    from foundation.media import media_store
    from wechat.api import WechatApi
    from wechat.dialog import Channel
    from wechat.server import REPLY_WINDOW, WechatService

    channel = Channel(
        settings, WechatApi(settings), sealer_for(str(settings.keys_dir)), media_store(settings)
    )
    return WechatService(channel, REPLY_WINDOW if window is None else window)
