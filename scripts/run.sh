#!/usr/bin/env bash
# Runs the product: installs what is missing, then `python run.py` (the sandbox when BOT_TOKEN is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh run
exec .venv/bin/python run.py "$@"
