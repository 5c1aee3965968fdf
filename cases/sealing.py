"""Sealing the reporter's identity: encrypted at rest, readable only through the custodian's reveal and
by the bot's outbox sender that has to deliver replies.

One 256-bit master key, in DATA_DIR/keys/reporter.key (created on first use, mode 0600) or in the
environment variable REPORTER_KEY (base64). Two keys are derived from it with HKDF: one for AES-GCM
encryption of the identity, one for the keyed hash (`index`) that lets /mytips find a reporter's own tips
without storing their Telegram id in clear.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from functools import cache
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE = "reporter.key"
VERSION = "v1"


class SealError(RuntimeError):
    pass


def _load_master(keys_dir: Path) -> bytes:
    env = os.environ.get("REPORTER_KEY")
    if env:
        key = base64.b64decode(env)
        if len(key) != 32:
            raise SealError("REPORTER_KEY must be 32 bytes, base64-encoded")
        return key
    path = keys_dir / KEY_FILE
    if not path.exists():
        keys_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(base64.b64encode(os.urandom(32)))
    return base64.b64decode(path.read_bytes())


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)


class Sealer:
    def __init__(self, master: bytes) -> None:
        self._aead = AESGCM(_derive(master, b"reporter-identity"))
        self._index_key = _derive(master, b"reporter-index")

    def seal(self, identity: dict[str, Any]) -> str:
        nonce = os.urandom(12)
        data = json.dumps(identity, ensure_ascii=False, sort_keys=True).encode()
        blob = nonce + self._aead.encrypt(nonce, data, VERSION.encode())
        return f"{VERSION}:{base64.urlsafe_b64encode(blob).decode()}"

    def unseal(self, sealed: str) -> dict[str, Any]:
        version, _sep, body = sealed.partition(":")
        if version != VERSION:
            raise SealError("unknown sealing version")
        blob = base64.urlsafe_b64decode(body)
        try:
            data = self._aead.decrypt(blob[:12], blob[12:], VERSION.encode())
        except Exception as exc:
            raise SealError("the sealed identity cannot be opened with this key") from exc
        return json.loads(data)

    def index(self, tg_id: int | str) -> str:
        return hmac.new(self._index_key, str(tg_id).encode(), hashlib.sha256).hexdigest()


@cache
def sealer_for(keys_dir: str) -> Sealer:
    return Sealer(_load_master(Path(keys_dir)))
