"""What every web handler needs, built once per server: settings, the reporter sealer, the media store,
the template environment, the token box for public drafts and the rate limiter of the status page.

It is stored on the aiohttp Application under `WEB_KEY`, so the same handlers work whether the web part is
mounted in the bot's server or in a test server of its own.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from aiohttp import web

from cases.public_hits import Corroboration
from cases.sealing import Sealer, sealer_for
from foundation.config import Settings
from foundation.media import Store, media_store
from web.ratelimit import FailureLimiter, LoginThrottle, UploadQuota
from web.staging import Staging
from web.tokens import TokenBox, token_box_for


def inspection_quota() -> int:
    """Inspections each county should make per month (seed 001 item 17: at least 5); configurable."""
    try:
        return max(0, int(os.environ.get("INSPECTION_MONTHLY_QUOTA", "5")))
    except ValueError:
        return 5


@dataclass
class WebContext:
    settings: Settings
    sealer: Sealer
    media: Store
    tokens: TokenBox
    status_limiter: FailureLimiter = field(default_factory=FailureLimiter)
    staging: Staging | None = None
    upload_quota: UploadQuota | None = None
    login_throttle: LoginThrottle = field(default_factory=LoginThrottle)
    verify_hits: Corroboration = field(default_factory=Corroboration)

    @property
    def secure_cookies(self) -> bool:
        """Cookies are marked Secure when the public address is HTTPS (behind a TLS-terminating proxy)."""
        return bool(self.settings.public_url and self.settings.public_url.startswith("https://"))

    def public_base(self, request: web.Request) -> str:
        """The base address for links and QR codes: PUBLIC_URL, else what the browser used."""
        if self.settings.public_url:
            return self.settings.public_url
        return f"{request.scheme}://{request.host}"


WEB_KEY = web.AppKey("safetywatch_web", WebContext)


def build_context(settings: Settings) -> WebContext:
    return WebContext(
        settings=settings,
        sealer=sealer_for(str(settings.keys_dir)),
        media=media_store(settings),
        tokens=token_box_for(str(settings.keys_dir)),
        staging=Staging(settings),
        upload_quota=UploadQuota(settings.upload_files_per_hour, settings.upload_bytes_per_hour),
    )


def ctx(request: web.Request) -> WebContext:
    return request.app[WEB_KEY]
