"""Local emulation of the Telegram Bot API ("the sandbox") with simulated users and a chat page.

Telegram is unreachable from development machines, so the bot runs against this server instead:
`SandboxServer` speaks the Bot API to python-telegram-bot, `SandboxClient` plays users in tests.
"""

from .client import SandboxClient, SandboxError
from .flood import FloodLimits
from .server import SandboxServer

__all__ = ["FloodLimits", "SandboxClient", "SandboxError", "SandboxServer"]
