"""Unified social credit codes (GB 32100) through python-stdnum: the check character is never hand-written.

Some early legal codes fail the check character although they are genuine (DOMAIN.md): such a code is kept
and flagged, never refused. A code of the wrong length or alphabet is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from stdnum import exceptions
from stdnum.cn import uscc


@dataclass(frozen=True)
class CodeCheck:
    code: str | None  # the compact code, or None when it cannot be a credit code
    checksum_failed: bool = False


def check(text: str) -> CodeCheck:
    compact = uscc.compact(text or "")
    try:
        return CodeCheck(uscc.validate(compact))
    except exceptions.InvalidChecksum:
        return CodeCheck(compact, checksum_failed=True)
    except exceptions.ValidationError:
        return CodeCheck(None)
