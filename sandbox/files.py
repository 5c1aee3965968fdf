"""In-memory file storage with Telegram-like identifiers and photo size variants.

Bots receive a file_id for everything users send and must fetch the bytes through getFile and
the file URL; keeping the bytes here lets tests check that round trip byte for byte.
"""

from __future__ import annotations

import base64
import hashlib
import io
import mimetypes
import secrets
from dataclasses import dataclass
from typing import Any

from PIL import Image, UnidentifiedImageError

from .limits import IMAGE_PROCESS_FAILED, PHOTO_INVALID_DIMENSIONS, bad_request

_PREFIX = {
    "photo": "AgAC",
    "document": "BQAC",
    "voice": "AwAC",
    "audio": "CQAC",
    "video": "BAAC",
    "sticker": "CAAC",
    "animation": "CgAC",
    "video_note": "DQAC",
}
_FOLDER = {
    "photo": "photos",
    "document": "documents",
    "voice": "voice",
    "audio": "music",
    "video": "videos",
    "sticker": "stickers",
    "animation": "animations",
    "video_note": "video_notes",
}
_DEFAULT_EXTENSION = {"photo": ".jpg", "voice": ".oga", "audio": ".mp3", "video": ".mp4", "sticker": ".webp"}
PHOTO_SIDES = (90, 320, 800)


@dataclass
class StoredFile:
    """One stored blob; `kind` decides which send methods may reuse it by file_id."""

    file_id: str
    file_unique_id: str
    kind: str
    data: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None
    width: int | None = None
    height: int | None = None

    @property
    def size(self) -> int:
        return len(self.data)

    def file_object(self) -> dict[str, Any]:
        """The Bot API `File` object, as getFile returns it."""
        return {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.size,
            "file_path": self.file_path,
        }


class FileStore:
    """Files by file_id and by file_path, for getFile and downloads."""

    def __init__(self) -> None:
        self._by_id: dict[str, StoredFile] = {}
        self._by_path: dict[str, StoredFile] = {}
        self._photo_sets: dict[str, list[StoredFile]] = {}
        self._counter = 0

    def clear(self) -> None:
        self._by_id.clear()
        self._by_path.clear()
        self._photo_sets.clear()

    def get(self, file_id: str) -> StoredFile | None:
        return self._by_id.get(file_id)

    def by_path(self, file_path: str) -> StoredFile | None:
        return self._by_path.get(file_path)

    def add(
        self,
        data: bytes,
        kind: str,
        file_name: str | None = None,
        mime_type: str | None = None,
        width: int | None = None,
        height: int | None = None,
    ) -> StoredFile:
        self._counter += 1
        extension = _extension(kind, file_name, mime_type)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data + kind.encode()).digest()).decode()
        stored = StoredFile(
            file_id=_PREFIX.get(kind, "BQAC") + "AgADSandbox" + secrets.token_urlsafe(24),
            file_unique_id="AQAD" + digest[:12],
            kind=kind,
            data=data,
            file_path=f"{_FOLDER.get(kind, 'documents')}/file_{self._counter}{extension}",
            file_name=file_name,
            mime_type=mime_type,
            width=width,
            height=height,
        )
        self._by_id[stored.file_id] = stored
        self._by_path[stored.file_path] = stored
        return stored

    def add_photo(self, data: bytes) -> list[StoredFile]:
        """Store a photo as Telegram does: smaller JPEG variants first, the original bytes last."""
        width, height, image = _open_image(data)
        variants: list[StoredFile] = []
        for side in PHOTO_SIDES:
            if max(width, height) <= side:
                break
            scaled = image.copy()
            scaled.thumbnail((side, side))
            buffer = io.BytesIO()
            scaled.convert("RGB").save(buffer, format="JPEG", quality=80)
            variants.append(self.add(buffer.getvalue(), "photo", None, "image/jpeg", *scaled.size))
        variants.append(
            self.add(data, "photo", None, Image.MIME.get(image.format or "", "image/jpeg"), width, height)
        )
        for variant in variants:
            self._photo_sets[variant.file_id] = variants
        return variants

    def photo_size(self, stored: StoredFile) -> dict[str, Any]:
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "width": stored.width or 0,
            "height": stored.height or 0,
            "file_size": stored.size,
        }

    def sizes_of(self, stored: StoredFile) -> list[dict[str, Any]]:
        """PhotoSize list for a photo re-sent by file_id: the whole set it was stored with."""
        return [self.photo_size(variant) for variant in self._photo_sets.get(stored.file_id, [stored])]


def _open_image(data: bytes) -> tuple[int, int, Image.Image]:
    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise bad_request(IMAGE_PROCESS_FAILED) from None
    width, height = image.size
    if width <= 0 or height <= 0 or width + height > 10000 or max(width, height) > 20 * min(width, height):
        raise bad_request(PHOTO_INVALID_DIMENSIONS)
    return width, height, image


def _extension(kind: str, file_name: str | None, mime_type: str | None) -> str:
    if file_name and "." in file_name:
        suffix = "." + file_name.rsplit(".", 1)[1]
        if suffix[1:].isalnum() and len(suffix) <= 10:
            return suffix.lower()
    if mime_type:
        guessed = mimetypes.guess_extension(mime_type)
        if guessed:
            return guessed
    return _DEFAULT_EXTENSION.get(kind, "")
