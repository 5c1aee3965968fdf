"""The waiting room for public uploads: files sent with a tip form or a status-page message wait here,
outside the evidence store, until the tip is filed or the message sent; only then are they moved into the
content-addressed store (`commit`). What is never committed (a draft abandoned, a form refused) is removed
by `sweep` once no draft could still refer to it, so nobody can fill the evidence store, or keep anything
in it, by uploading without filing.

Locally the room is DATA_DIR/incoming (0700, files 0600). With MEDIA_STORE=s3 it is the bucket's
`<S3_PREFIX>incoming/` prefix, so a draft started on one node can be filed on another; there a bucket
lifecycle rule expiring that prefix after a day does the sweeping (SECURITY.md).
"""

from __future__ import annotations

import dataclasses
import time
from pathlib import Path
from typing import Any

from foundation.config import Settings
from foundation.media import MediaStore, Store, media_store

# Drafts live 6 hours (web/public_tips.DRAFT_TTL); a staged file older than this is nobody's.
KEEP_SECONDS = 7 * 3600
SWEEP_EVERY = 600.0


class Staging:
    def __init__(self, settings: Settings) -> None:
        self.local = settings.media_store != "s3"
        self.root = settings.data_dir / "incoming"
        if self.local:
            self.store: Store = MediaStore(self.root)
        else:
            waiting = dataclasses.replace(settings, s3_prefix=f"{settings.s3_prefix}incoming/")
            self.store = media_store(waiting)
        self._swept = 0.0

    def put(self, data: bytes) -> str:
        """Blocking: call through asyncio.to_thread."""
        return self.store.put(data)

    def commit(self, target: Store, item: dict[str, Any]) -> bool:
        """Moves an item's original (and its staff copy) into `target`; False when a staged file is gone
        and the target does not have it either (the draft outlived its files). Blocking."""
        for key in ("sha256", "redacted_sha256"):
            digest = item.get(key)
            if not digest or target.exists(digest):
                continue
            try:
                data = self.store.get(digest)
            except FileNotFoundError:
                return False
            target.put(data)
        return True

    def sweep(self, now: float | None = None) -> int:
        """Removes staged files older than KEEP_SECONDS; the number removed. Blocking; local only (the
        bucket's lifecycle rule does it for S3)."""
        if not self.local or not self.root.is_dir():
            return 0
        now = now or time.time()
        removed = 0
        for path in self.root.glob("*/*"):
            try:
                if path.is_file() and path.stat().st_mtime < now - KEEP_SECONDS:
                    path.unlink()
                    removed += 1
            except FileNotFoundError:
                continue
        return removed

    def maybe_sweep(self) -> int:
        """`sweep`, at most every SWEEP_EVERY seconds (called on uploads, so no scheduler is needed)."""
        if time.monotonic() - self._swept < SWEEP_EVERY:
            return 0
        self._swept = time.monotonic()
        return self.sweep()

    def files(self) -> list[Path]:
        return sorted(p for p in self.root.glob("*/*") if p.is_file()) if self.local else []
