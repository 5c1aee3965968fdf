"""The signed, expiring link the bot gives an enterprise officer or an institution's contact, so they can
answer the self-inspection checklist on a phone's browser without a web login.

The link carries the campaign, the subject and who it was given to, sealed (foundation/tokens.py, purpose
"selfcheck"): it cannot be forged or pointed at another subject, and it stops working after LINK_TTL. The
answers go through campaigns.service like the bot's, so both channels refuse the same things in the same
words (a closed phase with its dates; a problem without its measure, deadline or responsible person).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from foundation.tokens import token_box_for
from models.campaigns import Campaign
from models.subjects import Subject

PURPOSE = "selfcheck"
LINK_TTL = timedelta(days=3)
PATH = "/selfcheck/"


@dataclass(frozen=True)
class LinkHolder:
    campaign: Campaign
    subject: Subject
    actor: str  # who the link was given to, recorded as the answerer ("tg:<user id>")


def make_link(keys_dir: Path, public_url: str, campaign: Campaign, subject: Subject, actor: str) -> str:
    token = token_box_for(str(keys_dir)).seal(
        PURPOSE, {"c": campaign.id, "s": subject.id, "a": actor[:64]}, LINK_TTL.total_seconds()
    )
    return public_url.rstrip("/") + PATH + token


async def open_link(keys_dir: Path, token: str) -> LinkHolder | None:
    """What a link stands for; None when it is forged, expired, or its campaign or subject is gone."""
    if len(token) > 1000:  # the public can send anything: bounded before it is decoded
        return None
    payload = token_box_for(str(keys_dir)).open(PURPOSE, token)
    if not payload:
        return None
    campaign = await Campaign.get_or_none(id=payload.get("c"))
    subject = await Subject.get_or_none(id=payload.get("s"))
    if campaign is None or subject is None:
        return None
    return LinkHolder(campaign, subject, str(payload.get("a", "web")))
