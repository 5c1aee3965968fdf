"""Bot API methods with files: sendPhoto/Document/Voice/Audio/Video/Animation, sendMediaGroup, getFile.

A file may come as a multipart part, an `attach://` reference, an existing file_id or a URL; the
sandbox has no network, so URLs fail the way Telegram fails when it cannot fetch them.
"""

from __future__ import annotations

from typing import Any

from ..core import SandboxCore
from ..files import StoredFile
from ..formatting.parse import parse_text
from ..limits import (
    FILE_EMPTY,
    FILE_TOO_BIG,
    MAX_DOWNLOAD_SIZE,
    MAX_MEDIA_GROUP,
    MAX_PHOTO_UPLOAD_SIZE,
    MAX_UPLOAD_SIZE,
    MEDIA_GROUP_EMPTY,
    MEDIA_GROUP_MIXED,
    MEDIA_GROUP_TOO_BIG,
    MEDIA_NOT_FOUND,
    MEDIA_TYPE_UNSUPPORTED,
    NO_FILE_IN_REQUEST,
    PARAMETER_REQUIRED,
    URL_UNREACHABLE,
    WRONG_FILE_ID_GET,
    WRONG_FILE_ID_SEND,
    WRONG_FILE_TYPE,
    BotApiError,
    bad_request,
)
from ..params import Params, Upload
from .registry import method
from .sending import caption_fields, parse_caption, store_bot_message, target_chat

JSON = dict[str, Any]
_DEFAULT_MIME = {"voice": "audio/ogg", "audio": "audio/mpeg", "video": "video/mp4", "animation": "video/mp4"}


def _store_upload(core: SandboxCore, upload: Upload, kind: str) -> list[StoredFile]:
    if not upload.data:
        raise bad_request(FILE_EMPTY)
    if len(upload.data) > MAX_UPLOAD_SIZE:
        raise BotApiError("Request Entity Too Large", 413)
    if kind == "photo":
        if len(upload.data) > MAX_PHOTO_UPLOAD_SIZE:
            raise bad_request("Bad Request: PHOTO_SAVE_FILE_INVALID")
        return core.files.add_photo(upload.data)
    mime = upload.mime_type if upload.mime_type not in (None, "", "application/octet-stream") else None
    return [
        core.files.add(upload.data, kind, upload.file_name, mime or _DEFAULT_MIME.get(kind, upload.mime_type))
    ]


def resolve_file(
    core: SandboxCore, params: Params, reference: Any, upload_name: str, kind: str, missing: str
) -> list[StoredFile]:
    """Turn an InputFile parameter into stored file(s): photos yield their whole size set."""
    upload = params.uploads.get(upload_name)
    if upload is None and isinstance(reference, str) and reference.startswith("attach://"):
        upload = params.uploads.get(reference.removeprefix("attach://"))
        if upload is None:
            raise bad_request(missing)
    if upload is not None:
        return _store_upload(core, upload, kind)
    if not isinstance(reference, str) or not reference:
        raise bad_request(missing)
    if reference.lower().startswith(("http://", "https://")):
        raise bad_request(URL_UNREACHABLE)
    stored = core.files.get(reference)
    if stored is None:
        raise bad_request(WRONG_FILE_ID_SEND)
    if stored.kind != kind and not (kind == "document" and stored.kind != "photo"):
        raise bad_request(WRONG_FILE_TYPE.format(actual=stored.kind.capitalize(), expected=kind.capitalize()))
    if kind == "photo":
        return [core.files.get(size["file_id"]) or stored for size in core.files.sizes_of(stored)]
    return [stored]


def media_object(core: SandboxCore, files: list[StoredFile], kind: str, extra: JSON) -> Any:
    """The Message field for a stored file: a PhotoSize list for photos, an object otherwise."""
    if kind == "photo":
        return [core.files.photo_size(stored) for stored in files]
    stored = files[-1]
    body: JSON = {
        "file_id": stored.file_id,
        "file_unique_id": stored.file_unique_id,
        "file_size": stored.size,
    }
    if stored.file_name and kind != "voice":
        body["file_name"] = stored.file_name
    if stored.mime_type:
        body["mime_type"] = stored.mime_type
    if kind in ("voice", "audio", "video", "animation"):
        body["duration"] = int(extra.get("duration") or 0)
    if kind in ("video", "animation"):
        body["width"] = int(extra.get("width") or 0)
        body["height"] = int(extra.get("height") or 0)
    if kind == "audio":
        for name in ("performer", "title"):
            if extra.get(name):
                body[name] = extra[name]
    return body


async def _send_file(core: SandboxCore, params: Params, kind: str) -> JSON:
    chat = target_chat(core, params)
    caption = parse_caption(params)
    files = resolve_file(core, params, params.raw(kind), kind, kind, NO_FILE_IN_REQUEST.format(kind=kind))
    extra = {name: params.raw(name) for name in ("duration", "width", "height", "performer", "title")}
    content = {kind: media_object(core, files, kind, extra), **caption}
    if params.get_bool("has_spoiler"):
        content["has_media_spoiler"] = True
    return store_bot_message(core, chat, params, content).telegram()


@method("sendPhoto")
async def send_photo(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "photo")


@method("sendDocument")
async def send_document(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "document")


@method("sendVoice")
async def send_voice(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "voice")


@method("sendAudio")
async def send_audio(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "audio")


@method("sendVideo")
async def send_video(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "video")


@method("sendAnimation")
async def send_animation(core: SandboxCore, params: Params) -> JSON:
    return await _send_file(core, params, "animation")


def _album_items(params: Params) -> list[JSON]:
    media = params.get_json("media", "Bad Request: can't parse media JSON object")
    if media is None:
        raise bad_request(PARAMETER_REQUIRED.format(name="media"))
    if not isinstance(media, list):
        raise bad_request("Bad Request: can't parse media JSON object")
    if not media:
        raise bad_request(MEDIA_GROUP_EMPTY)
    if len(media) > MAX_MEDIA_GROUP:
        raise bad_request(MEDIA_GROUP_TOO_BIG)
    kinds: list[str] = []
    for item in media:
        kind = item.get("type") if isinstance(item, dict) else None
        if kind == "animation":
            raise bad_request(MEDIA_TYPE_UNSUPPORTED.format(kind=kind))
        if kind not in ("photo", "video", "document", "audio"):
            raise bad_request(f'Bad Request: can\'t parse InputMedia: type "{kind}" is unsupported')
        kinds.append(kind)
    for lonely in ("document", "audio"):
        if lonely in kinds and any(kind != lonely for kind in kinds):
            raise bad_request(MEDIA_GROUP_MIXED.format(kind=lonely))
    return media


@method("sendMediaGroup")
async def send_media_group(core: SandboxCore, params: Params) -> list[JSON]:
    """An album; like Telegram, a single item is accepted and sent as an ordinary message."""
    chat = target_chat(core, params)
    items = _album_items(params)
    contents: list[JSON] = []
    for item in items:
        kind = item["type"]
        caption, entities = parse_text(
            str(item.get("caption") or ""), item.get("parse_mode"), item.get("caption_entities")
        )
        fields = caption_fields(caption, entities, bool(item.get("show_caption_above_media")))
        files = resolve_file(core, params, item.get("media"), "", kind, MEDIA_NOT_FOUND)
        contents.append({kind: media_object(core, files, kind, item), **fields})
    group_id = core.state.new_media_group_id() if len(contents) > 1 else None
    sent: list[JSON] = []
    for index, content in enumerate(contents):
        if group_id:
            content["media_group_id"] = group_id
        stored = store_bot_message(
            core, chat, params, content, use_markup_param=False, count_flood=index == 0
        )
        sent.append(stored.telegram())
    return sent


@method("getFile")
async def get_file(core: SandboxCore, params: Params) -> JSON:
    file_id = params.get_str("file_id")
    if not file_id:
        raise bad_request(PARAMETER_REQUIRED.format(name="file_id"))
    stored = core.files.get(file_id)
    if stored is None:
        raise bad_request(WRONG_FILE_ID_GET)
    if stored.size > MAX_DOWNLOAD_SIZE:
        raise bad_request(FILE_TOO_BIG)
    return stored.file_object()
