"""Evidence in a chat: what a message carries, whether a tip can take it, and keeping the bytes at once.

Shared by the tip form's evidence step (handlers/report.py) and additions to a filed tip
(handlers/followup.py); the limits themselves are the tip's (cases.tips).
"""

from __future__ import annotations

import asyncio
from typing import Any

from telegram import Update

from cases.tips import EVIDENCE_MIME_PREFIXES, MAX_EVIDENCE, MAX_FILE_BYTES
from foundation.media import keep, media_store
from handlers.common import buttons, reply
from handlers.session import BotContext
from models.state import ChatState


async def take_evidence(update: Update, context: BotContext, state: ChatState, done: str) -> None:
    """One file for the draft's evidence list; `done` is the callback data of the form's Done button."""
    _ = context._
    message = update.effective_message
    item = evidence_item(message)
    if item is None:
        if message.text:
            await reply(
                update,
                context,
                _("Please send a photo, a document or a voice note, or press Done."),
                buttons([[(_("Done"), done)]]),
            )
        else:
            await reply(
                update,
                context,
                _(
                    "This kind of file cannot be used as evidence. Photos, PDF or text "
                    "documents, audio, video and voice notes can."
                ),
            )
        return
    evidence = state.data.setdefault("evidence", [])
    if len(evidence) >= MAX_EVIDENCE:
        await reply(
            update,
            context,
            _("You have already sent {max} files, the most a tip can carry. Press Done to go on.").format(
                max=MAX_EVIDENCE
            ),
            buttons([[(_("Done"), done)]]),
        )
        return
    if item["size"] and item["size"] > MAX_FILE_BYTES:
        await reply(
            update,
            context,
            _(
                "That file is larger than 20 MB, which the bot cannot receive. Please "
                "send a smaller file or a photo of it."
            ),
        )
        return
    if item["kind"] == "document" and not (item.get("mime_type") or "").startswith(EVIDENCE_MIME_PREFIXES):
        await reply(
            update,
            context,
            _(
                "This kind of file cannot be used as evidence. Photos, PDF or text "
                "documents, audio, video and voice notes can."
            ),
        )
        return
    if any(e["file_unique_id"] == item["file_unique_id"] for e in evidence):
        return  # the same file twice (a redelivery, or sent again): keep one
    await store_evidence(context, item)
    evidence.append(item)
    await reply(
        update,
        context,
        _("Received ({count} of at most {max}). Send more, or press Done.").format(
            count=len(evidence), max=MAX_EVIDENCE
        ),
        buttons([[(_("Done"), done)]]),
    )


def evidence_item(message: Any) -> dict[str, Any] | None:
    """The file a message carries, as stored in the draft (Telegram file ids; bytes are fetched on submit)."""
    if message.photo:
        photo = message.photo[-1]
        return {
            "kind": "photo",
            "file_id": photo.file_id,
            "file_unique_id": photo.file_unique_id,
            "size": photo.file_size or 0,
            "mime_type": "image/jpeg",
        }
    for kind in ("document", "voice", "audio", "video"):
        media = getattr(message, kind, None)
        if media is not None:
            return {
                "kind": kind,
                "file_id": media.file_id,
                "file_unique_id": media.file_unique_id,
                "size": media.file_size or 0,
                "mime_type": getattr(media, "mime_type", None),
                "file_name": getattr(media, "file_name", None),
            }
    return None


async def store_evidence(context: BotContext, item: dict[str, Any]) -> None:
    """Downloads the file at once into the content-addressed store (Telegram's copy is not evidence we
    control), with an EXIF-free copy of images for staff to look at."""
    tg_file = await context.bot.get_file(item["file_id"])
    data = bytes(await tg_file.download_as_bytearray())
    image = item["kind"] == "photo" or (item.get("mime_type") or "").startswith("image/")
    digest, redacted = await asyncio.to_thread(keep, media_store(context.session.settings), data, image)
    item["sha256"], item["size"] = digest, len(data)
    if redacted is not None:
        item["redacted_sha256"] = redacted
