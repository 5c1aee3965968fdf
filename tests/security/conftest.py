"""Fixtures for the attack tests: the web part on a real aiohttp test server (tests/web/conftest.py), with
TRUSTED_PROXIES set to the test client's own address so that a test can speak for several client
addresses through X-Forwarded-For, as a load balancer would."""

from __future__ import annotations

import dataclasses
from ipaddress import ip_network
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from foundation.config import Settings
from tests.web.conftest import client, make_client, other_client, web_settings  # noqa: F401  (fixtures)


@pytest.fixture
def proxied_settings(web_settings: Settings) -> Settings:  # noqa: F811
    return dataclasses.replace(web_settings, trusted_proxies=(ip_network("127.0.0.1/32"),))


@pytest.fixture
async def proxied(database: str, proxied_settings: Settings, make_client: Any) -> TestClient:  # noqa: F811
    """A client behind the 'load balancer': its X-Forwarded-For is believed."""
    return await make_client(proxied_settings)


def from_address(address: str) -> dict[str, str]:
    return {"X-Forwarded-For": address}
