"""The web fixtures (client, web_settings) for the subject pages' tests."""

from tests.web.conftest import client, make_client, other_client, web_settings  # noqa: F401
