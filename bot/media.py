"""Content-addressed file storage: a file is stored once, named by its SHA-256, and never rewritten.

Two stores with one interface (`put`, `get`, `verify`, `exists`):
- `MediaStore`, a directory (DATA_DIR/media by default): a file is written to a temporary name, flushed
  and renamed into place, so a reader never sees half a file. On a shared filesystem (NFS, CephFS) several
  processes can use one directory: the same bytes always get the same name, so a race writes identical
  content and the rename is atomic.
- `S3MediaStore`, an S3-compatible bucket (AWS S3, MinIO, Ceph RGW …) for processes that share no disk.
  An existing object is never written again; the upload carries its MD5 so the server refuses a corrupted
  transfer.

Both are synchronous (a photo is small and the calls are short): async code calls them through
`asyncio.to_thread`, so a slow disk or network never stalls the bot's event loop.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.config import Settings


class MediaStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a SHA-256 hex digest")
        return self.root / sha256[:2] / sha256

    def put(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        target = self.path_for(digest)
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        path = self.path_for(sha256)
        return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256


def _check_digest(sha256: str) -> str:
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError("not a SHA-256 hex digest")
    return sha256


class S3MediaStore:
    """Objects `<prefix><sha256[:2]>/<sha256>` in one bucket. Credentials come the usual AWS way
    (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, or an instance role)."""

    def __init__(
        self,
        bucket: str,
        *,
        prefix: str = "media/",
        endpoint_url: str | None = None,
        region: str | None = None,
        client: object | None = None,
    ) -> None:
        import boto3
        from botocore.config import Config

        self.bucket, self.prefix = bucket, prefix
        self.client = client or boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region or "us-east-1",
            config=Config(
                retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5, read_timeout=30
            ),
        )

    def key_for(self, sha256: str) -> str:
        sha256 = _check_digest(sha256)
        return f"{self.prefix}{sha256[:2]}/{sha256}"

    def exists(self, sha256: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key_for(sha256))
            return True
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise

    def put(self, data: bytes) -> str:
        import base64

        digest = hashlib.sha256(data).hexdigest()
        if self.exists(digest):
            return digest
        self.client.put_object(
            Bucket=self.bucket,
            Key=self.key_for(digest),
            Body=data,
            ContentMD5=base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode(),
            Metadata={"sha256": digest},
        )
        return digest

    def get(self, sha256: str) -> bytes:
        from botocore.exceptions import ClientError

        try:
            return self.client.get_object(Bucket=self.bucket, Key=self.key_for(sha256))["Body"].read()
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                raise FileNotFoundError(sha256) from exc
            raise

    def verify(self, sha256: str) -> bool:
        try:
            return hashlib.sha256(self.get(sha256)).hexdigest() == sha256
        except FileNotFoundError:
            return False


Store = MediaStore | S3MediaStore
_stores: dict[tuple, Store] = {}


def media_store(settings: Settings) -> Store:
    """The configured store for these settings (one per configuration and process: clients are reused)."""
    if settings.media_store == "s3":
        key = ("s3", settings.s3_bucket, settings.s3_prefix, settings.s3_endpoint_url, settings.s3_region)
        if key not in _stores:
            _stores[key] = S3MediaStore(
                settings.s3_bucket,
                prefix=settings.s3_prefix,
                endpoint_url=settings.s3_endpoint_url,
                region=settings.s3_region,
            )
        return _stores[key]
    return MediaStore(settings.media_dir)


def keep(store: Store, data: bytes, image: bool) -> tuple[str, str | None]:
    """Stores an original and, for an image, its metadata-free copy; returns both digests. Blocking: call
    it with asyncio.to_thread from async code."""
    digest = store.put(data)
    redacted = redact_image(data) if image else None
    return digest, store.put(redacted) if redacted is not None else None


def redact_image(data: bytes) -> bytes | None:
    """A copy of a photo without its metadata (EXIF location, device, time), upright as it was shown.

    Returns None when the bytes are not an image Pillow can read; the caller then keeps only the sealed
    original and shows staff nothing rather than the unredacted file.
    """
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)
            if image.mode not in ("RGB", "L"):
                image = image.convert("RGB")
            out = io.BytesIO()
            image.save(out, "JPEG", quality=90)  # a fresh file: no EXIF, XMP or ICC blocks are copied
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
        return None
