"""The single entry point: `python run.py [serve|migrate|users|audit|invites|certs|keys|ocr|...]`.

With no BOT_TOKEN, `serve` (the default) starts the local Bot API sandbox and a chat page instead of
talking to Telegram. `python run.py --help` lists the subcommands.
"""

import sys

from bot.cli import main

if __name__ == "__main__":
    sys.exit(main())
