"""WECHAT_* settings: the channel is off without a token, and a bad value names its variable."""

from __future__ import annotations

import pytest

from foundation.config import ConfigError, load_settings

BASE = {"WECHAT_TOKEN": "tok3n", "WECHAT_APP_ID": "wx123", "WECHAT_APP_SECRET": "s3cret"}


def test_the_channel_is_off_without_a_token_and_on_with_one() -> None:
    assert not load_settings({}).wechat
    on = load_settings(BASE)
    assert on.wechat and on.wechat_api_url == "https://api.weixin.qq.com" and on.wechat_aes_key is None


@pytest.mark.parametrize(
    ("extra", "variable"),
    [
        ({"WECHAT_TOKEN": "a b"}, "WECHAT_TOKEN"),
        ({"WECHAT_AES_KEY": "short"}, "WECHAT_AES_KEY"),
        ({"WECHAT_APP_SECRET": ""}, "WECHAT_APP_SECRET"),
        ({"WECHAT_API_URL": "ftp://x"}, "WECHAT_API_URL"),
    ],
)
def test_bad_values_name_the_variable(extra: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigError) as raised:
        load_settings({**BASE, **extra})
    assert raised.value.variable == variable
