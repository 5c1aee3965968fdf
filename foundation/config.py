"""Settings read from the environment (and an optional `.env` file).

The variable names are a contract with operators and outside tools, so they are fixed here in one place.
A bad value raises `ConfigError` naming the variable: the runner prints that one line and stops, instead of
failing later somewhere deep in a library with a message nobody can act on.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from urllib.parse import urlparse

SUPPORTED_LOCALES = ("zh_CN", "en")
# TIMEZONE as the process started: tortoise-orm writes its own (UTC) into os.environ["TIMEZONE"] when the
# database is opened, so a later read of the live environment would see the ORM's value, not the operator's.
_STARTUP_TIMEZONE = os.environ.get("TIMEZONE")
TOKEN_RE = re.compile(r"^\d{1,20}:[A-Za-z0-9_-]{1,100}$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
MB = 1024 * 1024


class ConfigError(ValueError):
    """A configuration value that cannot be used; the message names the variable."""

    def __init__(self, variable: str, problem: str) -> None:
        super().__init__(f"{variable}: {problem}")
        self.variable = variable


@dataclass(frozen=True)
class Settings:
    bot_token: str | None
    bot_api_url: str
    bot_file_url: str
    database_url: str
    data_dir: Path
    webhook_url: str | None
    webhook_secret: str | None
    http_host: str
    http_port: int
    default_locale: str
    public_url: str | None
    media_store: str = "local"
    s3_bucket: str | None = None
    s3_prefix: str = "media/"
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    metrics_token: str | None = None
    timezone: str = "Asia/Shanghai"
    trusted_proxies: tuple[IPv4Network | IPv6Network, ...] = ()
    image_max_pixels: int = 24_000_000
    image_workers: int = 2
    upload_files_per_hour: int = 30
    upload_bytes_per_hour: int = 200 * 1024 * 1024
    upload_session_bytes: int = 100 * 1024 * 1024
    wechat_token: str | None = None
    wechat_app_id: str | None = None
    wechat_app_secret: str | None = None
    wechat_aes_key: str | None = None
    wechat_api_url: str = "https://api.weixin.qq.com"

    @property
    def wechat(self) -> bool:
        """The WeChat Official Account channel is on only when a server token is configured."""
        return self.wechat_token is not None

    @property
    def sandbox(self) -> bool:
        """No token means nobody gave us a real bot: run against the local Bot API emulator."""
        return self.bot_token is None

    @property
    def webhook_mode(self) -> bool:
        return self.webhook_url is not None

    @property
    def media_dir(self) -> Path:
        return self.data_dir / "media"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def webhook_path(self) -> str:
        """The local route of the webhook: the path of WEBHOOK_URL, so a proxy can pass it through as is."""
        if not self.webhook_url:
            return "/telegram/webhook"
        return urlparse(self.webhook_url).path or "/"


def _http_url(name: str, value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(name, f"must be an http:// or https:// URL, got {value!r}")
    return value


def _database_url(value: str) -> str:
    scheme = value.split("://", 1)[0] if "://" in value else ""
    if scheme not in ("sqlite", "postgres", "postgresql", "asyncpg"):
        raise ConfigError(
            "DATABASE_URL", f"must start with sqlite:// or postgres://, got {scheme or value!r}"
        )
    if scheme == "sqlite":
        from foundation.db import sqlite_path_and_synchronous

        try:
            sqlite_path_and_synchronous(value)
        except ValueError as problem:
            raise ConfigError("DATABASE_URL", str(problem)) from None
    if scheme in ("postgres", "postgresql", "asyncpg"):
        parsed = urlparse(value)
        if not parsed.hostname and "host=" not in (parsed.query or ""):
            raise ConfigError("DATABASE_URL", "a postgres:// URL needs a host")
        if not parsed.path.strip("/"):
            raise ConfigError("DATABASE_URL", "a postgres:// URL needs a database name")
    return value


def _trusted_proxies(value: str | None) -> tuple[IPv4Network | IPv6Network, ...]:
    """Addresses or networks (comma-separated) whose X-Forwarded-For is believed; nobody's by default."""
    networks = []
    for item in (value or "").split(","):
        if item.strip():
            try:
                networks.append(ip_network(item.strip(), strict=False))
            except ValueError:
                raise ConfigError("TRUSTED_PROXIES", f"not an address or network: {item.strip()!r}") from None
    return tuple(networks)


def _positive_int(name: str, value: str | None, default: int) -> int:
    if value is None:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ConfigError(name, f"must be a whole number, got {value!r}") from None
    if number < 1:
        raise ConfigError(name, f"must be at least 1, got {number}")
    return number


WECHAT_TOKEN_RE = re.compile(r"^[A-Za-z0-9]{3,32}$")
AES_KEY_RE = re.compile(r"^[A-Za-z0-9]{43}$")


def _wechat(get: Callable[[str], str | None]) -> dict[str, str | None]:
    """WECHAT_* settings: the server token (3-32 letters and digits, as the WeChat console allows), the
    app id and secret the API needs, and the optional 43-character EncodingAESKey of safe mode."""
    token = get("WECHAT_TOKEN")
    if token is not None and not WECHAT_TOKEN_RE.match(token):
        raise ConfigError("WECHAT_TOKEN", "must be 3-32 letters and digits")
    aes_key = get("WECHAT_AES_KEY")
    if aes_key is not None and not AES_KEY_RE.match(aes_key):
        raise ConfigError("WECHAT_AES_KEY", "must be the 43 letters and digits of the EncodingAESKey")
    app_id, secret = get("WECHAT_APP_ID"), get("WECHAT_APP_SECRET")
    if token is not None and (app_id is None or secret is None):
        missing = "WECHAT_APP_ID" if app_id is None else "WECHAT_APP_SECRET"
        raise ConfigError(missing, "is needed when WECHAT_TOKEN is set")
    return {
        "wechat_token": token,
        "wechat_app_id": app_id,
        "wechat_app_secret": secret,
        "wechat_aes_key": aes_key,
        "wechat_api_url": _http_url("WECHAT_API_URL", get("WECHAT_API_URL") or "https://api.weixin.qq.com")
        .rstrip("/"),
    }


def read_dotenv(path: Path) -> dict[str, str]:
    """Values from `.env`; the real environment wins over them, as operators expect."""
    if not path.is_file():
        return {}
    from dotenv import dotenv_values

    return {k: v for k, v in dotenv_values(path).items() if v is not None}


def load_settings(environ: Mapping[str, str] | None = None, dotenv_path: Path | None = None) -> Settings:
    env: dict[str, str] = {}
    if environ is None:
        dotenv = read_dotenv(dotenv_path or Path(".env"))
        env.update(dotenv)
        env.update(os.environ)
        env.pop("TIMEZONE", None)
        zone = _STARTUP_TIMEZONE if _STARTUP_TIMEZONE is not None else dotenv.get("TIMEZONE")
        if zone is not None:
            env["TIMEZONE"] = zone
    else:
        env.update(environ)

    def get(name: str) -> str | None:
        value = env.get(name)
        if value is None:
            return None
        value = value.strip()
        return value or None

    token = get("BOT_TOKEN")
    if token is not None and not TOKEN_RE.match(token):
        raise ConfigError(
            "BOT_TOKEN", "does not look like a bot token (digits, a colon, then letters/digits)"
        )

    api_url = _http_url("BOT_API_URL", get("BOT_API_URL") or "https://api.telegram.org/bot")
    file_url = _http_url("BOT_FILE_URL", get("BOT_FILE_URL") or "https://api.telegram.org/file/bot")

    data_dir = Path(get("DATA_DIR") or "./data").expanduser()
    if data_dir.exists() and not data_dir.is_dir():
        raise ConfigError("DATA_DIR", f"{str(data_dir)!r} exists and is not a directory")

    database_url = _database_url(get("DATABASE_URL") or f"sqlite://{(data_dir / 'safetywatch.sqlite3')}")

    webhook_url = get("WEBHOOK_URL")
    webhook_secret = get("WEBHOOK_SECRET")
    if webhook_url is not None:
        _http_url("WEBHOOK_URL", webhook_url)
    if webhook_secret is not None and not SECRET_RE.match(webhook_secret):
        raise ConfigError("WEBHOOK_SECRET", "must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    if webhook_secret is not None and webhook_url is None:
        raise ConfigError("WEBHOOK_SECRET", "is set but WEBHOOK_URL is not")

    host = get("HTTP_HOST") or "127.0.0.1"
    port_text = get("HTTP_PORT") or "8080"
    try:
        port = int(port_text)
    except ValueError:
        raise ConfigError("HTTP_PORT", f"must be a whole number, got {port_text!r}") from None
    if not 0 <= port <= 65535:
        raise ConfigError("HTTP_PORT", f"must be between 0 and 65535, got {port}")

    locale = get("DEFAULT_LOCALE") or "zh_CN"
    if locale not in SUPPORTED_LOCALES:
        raise ConfigError("DEFAULT_LOCALE", f"must be one of {', '.join(SUPPORTED_LOCALES)}, got {locale!r}")

    public_url = get("PUBLIC_URL")
    if public_url is not None:
        _http_url("PUBLIC_URL", public_url)

    media_store = (get("MEDIA_STORE") or "local").lower()
    if media_store not in ("local", "s3"):
        raise ConfigError("MEDIA_STORE", f"must be local or s3, got {media_store!r}")
    s3_bucket = get("S3_BUCKET")
    if media_store == "s3" and not s3_bucket:
        raise ConfigError("S3_BUCKET", "is needed when MEDIA_STORE=s3")
    s3_endpoint = get("S3_ENDPOINT_URL")
    if s3_endpoint is not None:
        _http_url("S3_ENDPOINT_URL", s3_endpoint)
    s3_prefix = get("S3_PREFIX") or "media/"
    if not re.fullmatch(r"[A-Za-z0-9_./-]{0,200}", s3_prefix):
        raise ConfigError("S3_PREFIX", "may hold only letters, digits and _ . / -")
    metrics_token = get("METRICS_TOKEN")
    if metrics_token is not None and not SECRET_RE.match(metrics_token):
        raise ConfigError("METRICS_TOKEN", "must be 1-256 characters of A-Z, a-z, 0-9, _ and -")

    timezone = get("TIMEZONE") or "Asia/Shanghai"
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(timezone)
    except (ValueError, LookupError):
        raise ConfigError("TIMEZONE", f"must be a zone name like Asia/Shanghai, got {timezone!r}") from None

    return Settings(
        bot_token=token,
        bot_api_url=api_url,
        bot_file_url=file_url,
        database_url=database_url,
        data_dir=data_dir,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        http_host=host,
        http_port=port,
        default_locale=locale,
        public_url=public_url.rstrip("/") if public_url else None,
        media_store=media_store,
        s3_bucket=s3_bucket,
        s3_prefix=s3_prefix,
        s3_endpoint_url=s3_endpoint,
        s3_region=get("S3_REGION"),
        metrics_token=metrics_token,
        timezone=timezone,
        trusted_proxies=_trusted_proxies(get("TRUSTED_PROXIES")),
        image_max_pixels=_positive_int("IMAGE_MAX_PIXELS", get("IMAGE_MAX_PIXELS"), 24_000_000),
        image_workers=_positive_int("IMAGE_WORKERS", get("IMAGE_WORKERS"), 2),
        upload_files_per_hour=_positive_int("UPLOAD_FILES_PER_HOUR", get("UPLOAD_FILES_PER_HOUR"), 30),
        upload_bytes_per_hour=_positive_int("UPLOAD_MB_PER_HOUR", get("UPLOAD_MB_PER_HOUR"), 200) * MB,
        upload_session_bytes=_positive_int("UPLOAD_MB_PER_TIP", get("UPLOAD_MB_PER_TIP"), 100) * MB,
        **_wechat(get),  # type: ignore[arg-type]
    )
