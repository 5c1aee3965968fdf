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
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from foundation.config import Settings


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
        if not target.parent.is_dir():  # 0700 / 0400: originals may carry GPS positions
            self.root.mkdir(parents=True, exist_ok=True, mode=0o700)
            target.parent.mkdir(exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".incoming-")  # mkstemp: 0600
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o400)
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
    """The configured store for these settings (one per configuration and process: clients are reused).
    Also applies the settings' image limits (IMAGE_MAX_PIXELS, IMAGE_WORKERS) to this process."""
    configure_images(settings.image_max_pixels, settings.image_workers)
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


class ImageLimits:
    """How big a picture may be before it is decoded, and how many are decoded at once.

    A 12 KB PNG can declare 9999 x 9999 pixels (400 MB once decoded), well under Pillow's own bomb limit,
    so the size is read from the header first: a JPEG over the budget is decoded at a reduced scale (its
    DCT allows 1/2, 1/4, 1/8 without ever holding the full size), anything else over it gets no staff copy
    (the sealed original is still kept). Decoding runs in a pool of `workers` threads, off the event loop,
    and the C heap is trimmed afterwards so a burst of photos does not leave the process hundreds of MB
    larger. Set from the settings (IMAGE_MAX_PIXELS, IMAGE_WORKERS) by `media_store()`.
    """

    def __init__(self, max_pixels: int = 24_000_000, workers: int = 2) -> None:
        self.max_pixels = max_pixels
        self.workers = workers
        self.gate = threading.BoundedSemaphore(workers)
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="image")


LIMITS = ImageLimits()


def configure_images(max_pixels: int, workers: int) -> None:
    global LIMITS
    if (LIMITS.max_pixels, LIMITS.workers) != (max_pixels, workers):
        LIMITS = ImageLimits(max_pixels, workers)


def keep(store: Store, data: bytes, image: bool) -> tuple[str, str | None]:
    """Stores an original and, for an image, its metadata-free copy; returns both digests. Blocking: call
    it with asyncio.to_thread from async code (or use `keep_async`)."""
    digest = store.put(data)
    redacted = redact_image(data) if image else None
    return digest, store.put(redacted) if redacted is not None else None


async def redact_async(data: bytes) -> bytes | None:
    """`redact_image` in the bounded image pool."""
    import asyncio

    limits = LIMITS
    return await asyncio.get_running_loop().run_in_executor(limits.pool, redact_image, data)


async def keep_async(store: Store, data: bytes, image: bool) -> tuple[str, str | None]:
    """`keep` for async code: store calls in threads, the decoding in the bounded image pool."""
    import asyncio

    digest = await asyncio.to_thread(store.put, data)
    redacted = await redact_async(data) if image else None
    return digest, await asyncio.to_thread(store.put, redacted) if redacted is not None else None


def _trim_heap() -> None:
    """Gives freed decoder memory back to the system (glibc keeps it in its arenas otherwise)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def redact_image(data: bytes, max_pixels: int | None = None) -> bytes | None:
    """A copy of a photo without its metadata (EXIF location, device, time), upright as it was shown.

    Returns None when the bytes are not an image Pillow can read, or one too large to decode within the
    pixel budget (ImageLimits); the caller then keeps only the sealed original and shows staff nothing
    rather than the unredacted file.
    """
    import io

    from PIL import Image, ImageOps, UnidentifiedImageError

    limits = LIMITS
    budget = max_pixels or limits.max_pixels
    with limits.gate:
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size  # from the header: nothing is decoded yet
                if width * height > budget:
                    if image.format != "JPEG":
                        return None
                    scale = next((s for s in (2, 4, 8) if (width // s) * (height // s) <= budget), 8)
                    image.draft("RGB", (-(-width // scale), -(-height // scale)))
                    if image.size[0] * image.size[1] > budget:
                        return None
                image = ImageOps.exif_transpose(image)
                if image.mode not in ("RGB", "L"):
                    image = image.convert("RGB")
                out = io.BytesIO()
                image.save(out, "JPEG", quality=90)  # a fresh file: no EXIF, XMP or ICC blocks are copied
                return out.getvalue()
        except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError):
            return None
        finally:
            _trim_heap()
