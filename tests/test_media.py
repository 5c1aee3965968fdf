"""The media store keeps each content once, under its SHA-256, read-only, and detects tampering."""

import hashlib
import os
from pathlib import Path

import pytest

from foundation.media import MediaStore


def test_put_is_content_addressed_and_idempotent(tmp_path: Path) -> None:
    store = MediaStore(tmp_path)
    digest = store.put(b"evidence bytes")
    assert digest == hashlib.sha256(b"evidence bytes").hexdigest()
    assert store.put(b"evidence bytes") == digest
    path = store.path_for(digest)
    assert path == tmp_path / digest[:2] / digest and store.get(digest) == b"evidence bytes"
    assert not os.access(path, os.W_OK) or os.geteuid() == 0
    assert store.verify(digest)


def test_tampering_is_detected(tmp_path: Path) -> None:
    store = MediaStore(tmp_path)
    digest = store.put(b"original")
    path = store.path_for(digest)
    os.chmod(path, 0o644)
    path.write_bytes(b"altered")
    assert not store.verify(digest)


def test_bad_digest_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        MediaStore(tmp_path).path_for("../../etc/passwd")
