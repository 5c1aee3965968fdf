"""SandboxClient: an async test helper that plays users against a running sandbox.

Tests of the bot talk to the sandbox over HTTP (not by reaching into its objects) so they work the
same against an in-process server and a standalone `python -m sandbox`.
"""

from __future__ import annotations

import asyncio
import base64
import time
from types import TracebackType
from typing import Any

import aiohttp

JSON = dict[str, Any]


class SandboxError(RuntimeError):
    """The sandbox refused a simulated-user request (bad input, unknown button, ...)."""

    def __init__(self, status: int, body: Any):
        super().__init__(f"sandbox answered {status}: {body}")
        self.status = status
        self.body = body


class SandboxClient:
    """Simulated users and inspection helpers; use as `async with SandboxClient(url) as sim:`."""

    def __init__(self, base_url: str, session: aiohttp.ClientSession | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = session
        self._owns_session = session is None

    async def __aenter__(self) -> SandboxClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None and self._owns_session:
            await self._session.close()
        self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self._owns_session = True
        return self._session

    async def _request(self, method: str, path: str, **kwargs: Any) -> Any:
        async with self._http().request(method, self.base_url + path, **kwargs) as response:
            body = await response.json(content_type=None)
            if response.status >= 400:
                raise SandboxError(response.status, body)
            return body

    @staticmethod
    def _user(user_id: int, language_code: str, first_name: str, **extra: Any) -> JSON:
        user: JSON = {"id": user_id, "first_name": first_name, "language_code": language_code}
        user.update({key: value for key, value in extra.items() if value is not None})
        return user

    async def _send(
        self,
        user_id: int,
        language_code: str,
        first_name: str,
        payload: JSON,
        username: str | None = None,
        last_name: str | None = None,
    ) -> JSON:
        user = self._user(user_id, language_code, first_name, username=username, last_name=last_name)
        return await self._request("POST", "/sandbox/api/send", json={"user": user, **payload})

    async def send_text(
        self, user_id: int, text: str, language_code: str = "en", first_name: str = "Test", **extra: Any
    ) -> JSON:
        """Send text as the user; extra keys (reply_to_message_id, forward_origin, ...) pass through."""
        return await self._send(user_id, language_code, first_name, {"text": text, **extra})

    async def send_photo(
        self,
        user_id: int,
        data: bytes,
        caption: str | None = None,
        language_code: str = "en",
        first_name: str = "Test",
    ) -> JSON:
        photo = {"data_b64": base64.b64encode(data).decode(), "caption": caption}
        return await self._send(user_id, language_code, first_name, {"photo": photo})

    async def send_document(
        self,
        user_id: int,
        data: bytes,
        file_name: str,
        mime_type: str,
        caption: str | None = None,
        language_code: str = "en",
        first_name: str = "Test",
    ) -> JSON:
        document = {
            "data_b64": base64.b64encode(data).decode(),
            "file_name": file_name,
            "mime_type": mime_type,
            "caption": caption,
        }
        return await self._send(user_id, language_code, first_name, {"document": document})

    async def send_voice(
        self,
        user_id: int,
        data: bytes,
        duration: int = 1,
        language_code: str = "en",
        first_name: str = "Test",
    ) -> JSON:
        voice = {"data_b64": base64.b64encode(data).decode(), "duration": duration}
        return await self._send(user_id, language_code, first_name, {"voice": voice})

    async def send_location(
        self, user_id: int, lat: float, lon: float, language_code: str = "en", first_name: str = "Test"
    ) -> JSON:
        return await self._send(
            user_id, language_code, first_name, {"location": {"latitude": lat, "longitude": lon}}
        )

    async def send_sticker(
        self, user_id: int, emoji: str = "😀", language_code: str = "en", first_name: str = "Test"
    ) -> JSON:
        return await self._send(user_id, language_code, first_name, {"sticker": {"emoji": emoji}})

    async def send_contact(
        self, user_id: int, phone_number: str, first_name: str = "Test", language_code: str = "en"
    ) -> JSON:
        contact = {"phone_number": phone_number, "first_name": first_name, "user_id": user_id}
        return await self._send(user_id, language_code, first_name, {"contact": contact})

    async def edit(
        self, user_id: int, message_id: int, text: str, language_code: str = "en", first_name: str = "Test"
    ) -> JSON:
        """Edit one of the user's messages (its text, or its caption); the bot gets an edited_message."""
        user = self._user(user_id, language_code, first_name)
        return await self._request(
            "POST", "/sandbox/api/edit", json={"user": user, "message_id": message_id, "text": text}
        )

    async def send_raw(self, update: JSON) -> JSON:
        return await self._request("POST", "/sandbox/api/updates", json={"update": update})

    async def redeliver(self, update_id: int) -> JSON:
        return await self._request("POST", "/sandbox/api/redeliver", json={"update_id": update_id})

    async def press(
        self, user_id: int, message_id: int, data: str, language_code: str = "en", first_name: str = "Test"
    ) -> JSON:
        user = self._user(user_id, language_code, first_name)
        return await self._request(
            "POST", "/sandbox/api/press", json={"user": user, "message_id": message_id, "data": data}
        )

    async def messages(self, chat_id: int, after: int = 0) -> list[JSON]:
        return await self._request("GET", f"/sandbox/api/chats/{chat_id}/messages", params={"after": after})

    async def bot_messages(self, chat_id: int, after: int = 0) -> list[JSON]:
        return [message for message in await self.messages(chat_id, after) if message["from_bot"]]

    async def wait_for_bot_message(
        self,
        chat_id: int,
        after: int = 0,
        contains: str | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> JSON:
        """Poll until the bot posts a message after `after` (containing `contains`, if given)."""
        deadline = time.monotonic() + timeout
        while True:
            for message in await self.bot_messages(chat_id, after):
                body = (message.get("text") or "") + (message.get("caption") or "")
                if not message["deleted"] and (contains is None or contains in body):
                    return message
            if time.monotonic() >= deadline:
                raise TimeoutError(
                    f"no bot message in chat {chat_id} after {after}"
                    + (f" containing {contains!r}" if contains else "")
                )
            await asyncio.sleep(0.05)

    async def chat_actions(self, chat_id: int) -> list[JSON]:
        """The chat actions the bot sent to the chat, oldest first: action, time, after_message_id."""
        return (await self._request("GET", f"/sandbox/api/chats/{chat_id}"))["actions"]

    async def calls(self, method: str | None = None) -> list[JSON]:
        return await self._request("GET", "/sandbox/api/calls", params={"method": method} if method else {})

    async def commands(
        self, language_code: str | None = None, scope: str | None = None, chat_id: int | None = None
    ) -> list[JSON]:
        params = {
            key: str(value)
            for key, value in {"language_code": language_code, "scope": scope, "chat_id": chat_id}.items()
            if value is not None
        }
        return (await self._request("GET", "/sandbox/api/commands", params=params))["commands"]

    async def webhook_info(self) -> JSON:
        return await self._request("GET", "/sandbox/api/webhook")

    async def set_flood(self, **limits: Any) -> JSON:
        """Change flood control on the server, e.g. `set_flood(enabled=False)`."""
        return await self._request("POST", "/sandbox/api/flood", json=limits)

    async def plan_faults(
        self, method: str, count: int, error_code: int = 502, description: str = ""
    ) -> JSON:
        """The next `count` calls of `method` fail with `error_code` (see /sandbox/api/faults)."""
        body = {"method": method, "count": count, "error_code": error_code, "description": description}
        return await self._request("POST", "/sandbox/api/faults", json=body)

    async def reset(self) -> None:
        await self._request("POST", "/sandbox/api/reset")

    async def download(self, path: str) -> bytes:
        """Fetch a relative URL from a message view, e.g. message['photo']['url']."""
        async with self._http().get(self.base_url + path) as response:
            response.raise_for_status()
            return await response.read()
