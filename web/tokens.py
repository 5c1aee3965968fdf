"""The sealed tokens of the web pages; the box itself lives in foundation/tokens.py so the bot can seal the
self-inspection link it hands out (handlers may not import web)."""

from foundation.tokens import KEY_FILE, TokenBox, token_box_for

__all__ = ["KEY_FILE", "TokenBox", "token_box_for"]
