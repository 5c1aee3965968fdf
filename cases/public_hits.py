"""Anonymous certificate checks on the web (`GET /V/…`, `/verify`) do not open a "forged certificate" case
on their own: anyone can make such a request, as often as they like, to put a genuine holder under
suspicion. A failed anonymous check counts towards a case only when

- a case about the same subject is already open (opened by a bot user, an inspector or staff): it adds to
  that case's reports; or
- a pattern confirms it: checks of the same subject from NEEDED different client addresses within WINDOW
  (a forged card in circulation gets scanned by several employers).

Checks by a signed-in staff member file at once, as bot users' do (their identity is known). Client
addresses are kept only as short salted hashes, in process memory.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections import defaultdict

from cases import service, verification
from foundation.media import Store
from models.cases import Case

NEEDED = 3
WINDOW = 24 * 3600.0
_SALT = secrets.token_bytes(16)


class Corroboration:
    def __init__(self, needed: int = NEEDED, window: float = WINDOW) -> None:
        self.needed, self.window = needed, window
        self._seen: dict[str, dict[str, float]] = defaultdict(dict)

    def note(self, subject: str, address: str) -> bool:
        """Records a check of `subject` from `address`; True once enough different addresses agree."""
        now = time.monotonic()
        seen = self._seen[subject]
        for old in [a for a, at in seen.items() if at <= now - self.window]:
            del seen[old]
        seen[hashlib.sha256(_SALT + address.encode()).hexdigest()[:16]] = now
        if len(self._seen) > 100_000:
            for quiet in [s for s, v in self._seen.items() if not v]:
                del self._seen[quiet]
        return len(seen) >= self.needed


async def file_public_failure(
    result: verification.Verdict,
    *,
    address: str,
    staff: str | None,
    hits: Corroboration,
    media: Store,
    channel: str = "web",
) -> Case | None:
    """`verification.file_failure` for a check from the public web, under the rules above."""
    if not result.make_case:
        return None
    if staff is not None:
        return await verification.file_failure(
            result, qr_text=None, photo=None, media=media, channel=channel, actor=staff
        )
    subject = verification.subject_of(result, None)
    open_already = await Case.filter(
        kind="verification", subject_key=subject, status__in=service.OPEN_STATUSES
    ).exists()
    if open_already or hits.note(subject, address):
        return await verification.file_failure(result, qr_text=None, photo=None, media=media, channel=channel)
    return None
