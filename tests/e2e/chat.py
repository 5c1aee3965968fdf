"""A simulated user talking to the bot through the sandbox, for readable end-to-end tests."""

from __future__ import annotations

from typing import Any


class Chat:
    def __init__(self, sim: Any, user_id: int, language_code: str = "en", first_name: str = "Test") -> None:
        self.sim = sim
        self.user_id = user_id
        self.language_code = language_code
        self.first_name = first_name
        self.seen = 0  # highest message id already looked at

    async def _sync(self) -> None:
        messages = await self.sim.messages(self.user_id)
        if messages:
            self.seen = max(self.seen, max(m["message_id"] for m in messages))

    async def send(self, text: str, expect: str | None = None, timeout: float = 10.0) -> dict[str, Any]:
        """Sends `text` and returns the bot's next message (containing `expect`, if given)."""
        await self._sync()
        answer = await self.sim.send_text(
            self.user_id, text, language_code=self.language_code, first_name=self.first_name
        )
        self.seen = max(self.seen, answer["message_id"])
        return await self.expect(expect, timeout=timeout)

    async def expect(self, contains: str | None = None, timeout: float = 10.0) -> dict[str, Any]:
        message = await self.sim.wait_for_bot_message(
            self.user_id, after=self.seen, contains=contains, timeout=timeout
        )
        self.seen = max(self.seen, message["message_id"])
        return message

    async def press(self, data: str, expect: str | None = None, timeout: float = 10.0) -> dict[str, Any]:
        """Presses the button with callback data `data` on the latest bot message that has it, waiting for
        that message if the bot has not sent it yet."""
        import asyncio
        import time

        deadline = time.monotonic() + timeout
        while True:
            messages = await self.sim.bot_messages(self.user_id)
            for message in reversed(messages):
                if data in button_data(message):
                    await self._sync()
                    await self.sim.press(
                        self.user_id,
                        message["message_id"],
                        data,
                        language_code=self.language_code,
                        first_name=self.first_name,
                    )
                    return await self.expect(expect, timeout=timeout)
            if time.monotonic() >= deadline:
                raise AssertionError(
                    f"no button {data!r} in the chat; buttons: {[button_data(m) for m in messages]}"
                )
            await asyncio.sleep(0.05)

    async def send_photo(
        self, data: bytes, expect: str | None = None, caption: str | None = None, timeout: float = 10.0
    ) -> dict[str, Any]:
        await self._sync()
        answer = await self.sim.send_photo(
            self.user_id, data, caption=caption, language_code=self.language_code
        )
        self.seen = max(self.seen, answer["message_id"])
        return await self.expect(expect, timeout=timeout)

    async def texts(self) -> list[str]:
        return [m.get("text") or m.get("caption") or "" for m in await self.sim.bot_messages(self.user_id)]


def button_data(message: dict[str, Any]) -> list[str]:
    markup = message.get("reply_markup") or {}
    return [
        b.get("callback_data")
        for row in markup.get("inline_keyboard", [])
        for b in row
        if b.get("callback_data")
    ]


def jpeg_bytes(width: int = 320, height: int = 240, color: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), color).save(buffer, "JPEG")
    return buffer.getvalue()
