"""The sandbox's shared parts in one object, handed to every route and Bot API method."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .files import FileStore
from .flood import FloodControl, FloodLimits
from .state import SandboxState
from .updates import UpdateQueue
from .webhook import WebhookDeliverer


@dataclass
class SandboxCore:
    token: str
    state: SandboxState
    files: FileStore
    updates: UpdateQueue
    webhook: WebhookDeliverer
    flood: FloodControl
    callback_query_timeout: float

    @classmethod
    def create(
        cls,
        token: str,
        webhook_timeout: float,
        flood_limits: FloodLimits,
        callback_query_timeout: float,
        bot_name: str,
        bot_username: str,
    ) -> SandboxCore:
        bot_id = int(token.split(":", 1)[0]) if token.split(":", 1)[0].isdigit() else 123456
        bot_user: dict[str, Any] = {
            "id": bot_id,
            "is_bot": True,
            "first_name": bot_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        updates = UpdateQueue()
        return cls(
            token=token,
            state=SandboxState(bot_user),
            files=FileStore(),
            updates=updates,
            webhook=WebhookDeliverer(updates, webhook_timeout),
            flood=FloodControl(flood_limits),
            callback_query_timeout=callback_query_timeout,
        )

    def reset(self) -> None:
        """Clear conversations, updates, calls, files and counters; keep the bot's configuration."""
        self.state.reset()
        self.files.clear()
        self.updates.reset()
        self.webhook.reset_stats()
        self.flood.reset()
