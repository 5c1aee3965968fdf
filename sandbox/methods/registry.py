"""Registry of Bot API method handlers, looked up case-insensitively as Telegram does."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ..core import SandboxCore
from ..params import Params

Handler = Callable[[SandboxCore, Params], Awaitable[Any]]
METHODS: dict[str, tuple[str, Handler]] = {}


def method(*names: str) -> Callable[[Handler], Handler]:
    """Register a handler under its Bot API name(s); the first name is the one logged."""

    def register(handler: Handler) -> Handler:
        for name in names:
            METHODS[name.lower()] = (names[0], handler)
        return handler

    return register


def find_method(name: str) -> tuple[str, Handler] | None:
    return METHODS.get(name.lower())
