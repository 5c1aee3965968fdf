"""The two media stores behave alike (write once, read back, detect tampering), and processes that share
no disk share evidence through the S3-compatible store: tested against a local S3 server (moto)."""

from __future__ import annotations

import hashlib
import os

import pytest

from foundation.media import MediaStore, S3MediaStore, keep
from tests.conftest import S3_BUCKET as BUCKET


@pytest.fixture(params=["local", "s3"])
def store(request, tmp_path, s3_endpoint):
    if request.param == "local":
        return MediaStore(tmp_path / "media")
    return S3MediaStore(BUCKET, prefix=f"{tmp_path.name}/", endpoint_url=s3_endpoint)


def tamper(store, digest: str) -> None:
    if isinstance(store, MediaStore):
        path = store.path_for(digest)
        path.chmod(0o644)
        path.write_bytes(b"changed")
    else:
        store.client.put_object(Bucket=store.bucket, Key=store.key_for(digest), Body=b"changed")


def test_write_once_read_back_and_detect_tampering(store) -> None:
    data = b"\xff\xd8 a photo " * 100
    digest = store.put(data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert store.put(data) == digest and store.exists(digest)
    assert store.get(digest) == data and store.verify(digest)
    tamper(store, digest)
    assert not store.verify(digest)
    missing = hashlib.sha256(b"never stored").hexdigest()
    assert not store.exists(missing) and not store.verify(missing)
    with pytest.raises(FileNotFoundError):
        store.get(missing)
    with pytest.raises(ValueError):
        store.get("../../etc/passwd")


def test_an_existing_object_is_not_written_again(s3_endpoint, tmp_path) -> None:
    store = S3MediaStore(BUCKET, prefix=f"{tmp_path.name}/", endpoint_url=s3_endpoint)
    digest = store.put(b"evidence")
    first = store.client.head_object(Bucket=BUCKET, Key=store.key_for(digest))["LastModified"]
    store.put(b"evidence")
    assert store.client.head_object(Bucket=BUCKET, Key=store.key_for(digest))["LastModified"] == first
    assert store.client.head_object(Bucket=BUCKET, Key=store.key_for(digest))["Metadata"] == {
        "sha256": digest
    }


def test_two_processes_without_a_shared_disk_share_evidence(s3_endpoint, tmp_path) -> None:
    """What one bot process stores, the other (another machine, another DATA_DIR) reads."""
    import subprocess
    import sys

    prefix = f"{tmp_path.name}/"
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(out, "JPEG")
    script = (
        "import sys; from foundation.media import S3MediaStore, keep; "
        f"s = S3MediaStore({BUCKET!r}, prefix={prefix!r}, endpoint_url={s3_endpoint!r}); "
        "print(*keep(s, sys.stdin.buffer.read(), True))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], input=out.getvalue(), capture_output=True, check=True, cwd=os.getcwd()
    )
    digest, redacted = result.stdout.decode().split()
    reader = S3MediaStore(BUCKET, prefix=prefix, endpoint_url=s3_endpoint)
    assert reader.get(digest) == out.getvalue() and reader.verify(redacted)
    assert keep(reader, out.getvalue(), True) == (digest, redacted), "storing again changes nothing"
