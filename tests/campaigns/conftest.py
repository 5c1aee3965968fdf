"""The web fixtures (client, other_client, web_settings) for the campaign pages' tests."""

from tests.web.conftest import client, make_client, other_client, web_settings  # noqa: F401
