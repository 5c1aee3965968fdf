"""Configuration: defaults, and a bad value stops the start with one line naming the variable."""

import subprocess
import sys
from pathlib import Path

import pytest

from foundation.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parent.parent


def test_defaults_without_token_mean_sandbox() -> None:
    s = load_settings({})
    assert s.sandbox and s.bot_token is None
    assert s.bot_api_url == "https://api.telegram.org/bot"
    assert s.bot_file_url == "https://api.telegram.org/file/bot"
    assert s.database_url.startswith("sqlite://") and s.database_url.endswith("data/safetywatch.sqlite3")
    assert s.default_locale == "zh_CN" and s.http_port == 8080 and not s.webhook_mode


def test_webhook_settings() -> None:
    s = load_settings(
        {
            "BOT_TOKEN": "123456:ABC-def",
            "WEBHOOK_URL": "https://bot.example.gov.cn/tg/hook",
            "WEBHOOK_SECRET": "s3cret_-",
            "DATABASE_URL": "postgres://u:p@db:5432/sw",
        }
    )
    assert s.webhook_mode and s.webhook_path == "/tg/hook" and not s.sandbox


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"BOT_TOKEN": "not a token"}, "BOT_TOKEN"),
        ({"BOT_API_URL": "ftp://x"}, "BOT_API_URL"),
        ({"BOT_FILE_URL": "nope"}, "BOT_FILE_URL"),
        ({"DATABASE_URL": "mysql://x/y"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgres://host/"}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite://data/x.sqlite3?synchronous=OFF"}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite://data/x.sqlite3?journal_mode=DELETE"}, "DATABASE_URL"),
        ({"HTTP_PORT": "eighty"}, "HTTP_PORT"),
        ({"HTTP_PORT": "70000"}, "HTTP_PORT"),
        ({"DEFAULT_LOCALE": "fr"}, "DEFAULT_LOCALE"),
        ({"WEBHOOK_URL": "hook"}, "WEBHOOK_URL"),
        ({"WEBHOOK_URL": "https://x/h", "WEBHOOK_SECRET": "has space"}, "WEBHOOK_SECRET"),
        ({"MEDIA_STORE": "ftp"}, "MEDIA_STORE"),
        ({"MEDIA_STORE": "s3"}, "S3_BUCKET"),
        ({"MEDIA_STORE": "s3", "S3_BUCKET": "b", "S3_ENDPOINT_URL": "minio:9000"}, "S3_ENDPOINT_URL"),
        ({"S3_PREFIX": "a b"}, "S3_PREFIX"),
        ({"METRICS_TOKEN": "has space"}, "METRICS_TOKEN"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env)
    assert info.value.variable == variable
    assert str(info.value).startswith(f"{variable}: ")


def test_run_py_stops_with_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "run.py"), "migrate"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"HTTP_PORT": "abc", "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["configuration error: HTTP_PORT: must be a whole number, got 'abc'"]


def test_dotenv_file_is_read_and_environment_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DEFAULT_LOCALE=en\nHTTP_PORT=9000\n")
    monkeypatch.setenv("HTTP_PORT", "9100")
    monkeypatch.delenv("DEFAULT_LOCALE", raising=False)
    s = load_settings(dotenv_path=env_file)
    assert s.default_locale == "en" and s.http_port == 9100
