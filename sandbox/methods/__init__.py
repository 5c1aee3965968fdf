"""Bot API method implementations; importing this package registers all of them."""

from . import bot, editing, media, messages, updates  # noqa: F401  (imported for registration)
from .registry import METHODS, find_method

__all__ = ["METHODS", "find_method"]
