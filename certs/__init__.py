"""Certificates: registry import, signed QR payloads, QR reading, cards and verdicts (see README.md).

Nothing here depends on Telegram; the bot, the web page and the CLI are built on these modules.
"""
