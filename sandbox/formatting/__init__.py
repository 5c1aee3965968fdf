"""Telegram's text formatting: parse_mode parsing into (text, entities) and back to safe HTML.

Telegram counts length limits on the text *after* markup is removed and rejects malformed markup
with "can't parse entities"; bots that build HTML by hand hit exactly these cases, so the parsers
follow TDLib's rules and error wording rather than a general-purpose HTML parser.
Entity offsets and lengths are in UTF-16 code units, as in the Bot API.

One module per job: entities (shared shape, error, UTF-16 positions), html_mode, markdown_v2 and
markdown_legacy (one parser per parse mode), parse (what the Bot API methods call: parse_text,
command_entities) and render (entities_to_html for the chat page). Callers import from those modules.
"""
