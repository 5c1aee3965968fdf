"""Content-addressed file storage under DATA_DIR/media: a file is stored once, named by its SHA-256.

Evidence must never be altered, so a stored file is written once (to a temporary name, then renamed) and
never rewritten; storing the same bytes again returns the existing path.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


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

    def verify(self, sha256: str) -> bool:
        """True when the stored bytes still hash to their name."""
        path = self.path_for(sha256)
        return path.is_file() and hashlib.sha256(path.read_bytes()).hexdigest() == sha256


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
