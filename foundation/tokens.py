"""Sealed, expiring tokens for state that lives in the browser instead of the database.

The public tip form keeps its draft between steps in a hidden field, and the status page keeps "this
browser proved the receipt code and password" in one too; the bot's self-inspection link
(campaigns/weblink.py) is one as well. All must be unreadable (a draft can hold a real name and contact)
and unforgeable, so they are encrypted and authenticated with AES-GCM under a key kept in
DATA_DIR/keys/web.key (created on first use, mode 0600). Each token names its purpose, so a status token
cannot be replayed as a draft, and carries its expiry.
"""

from __future__ import annotations

import base64
import json
import os
import time
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY_FILE = "web.key"


def _load_key(keys_dir: Path) -> bytes:
    path = keys_dir / KEY_FILE
    if not path.exists():
        keys_dir.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it first
            return base64.b64decode(path.read_bytes())
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64encode(os.urandom(32)))
    return base64.b64decode(path.read_bytes())


class TokenBox:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, purpose: str, payload: dict[str, Any], ttl: float) -> str:
        body = json.dumps({"p": payload, "exp": time.time() + ttl}, ensure_ascii=False).encode()
        nonce = os.urandom(12)
        blob = nonce + self._aead.encrypt(nonce, body, purpose.encode())
        return base64.urlsafe_b64encode(blob).decode().rstrip("=")

    def open(self, purpose: str, token: str | None) -> dict[str, Any] | None:
        """The payload, or None when the token is missing, forged, for another purpose or expired."""
        if not token:
            return None
        try:
            blob = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
            body = json.loads(self._aead.decrypt(blob[:12], blob[12:], purpose.encode()))
        except (ValueError, InvalidTag, TypeError):
            return None
        if body.get("exp", 0) < time.time():
            return None
        return body.get("p")


@cache
def token_box_for(keys_dir: str) -> TokenBox:
    return TokenBox(_load_key(Path(keys_dir)))
