"""The web side: the regulators' back office (/admin/), the public tip form and status page (/report,
/status) and the JSON API (/api/v1/), all server-rendered by the one aiohttp server of the bot.

`setup_web(app, settings)` adds everything to an existing aiohttp Application (see web/app.py).
"""

from web.app import setup_web

__all__ = ["setup_web"]
