#!/usr/bin/env bash
# Runs the whole test suite on SQLite and on a throw-away PostgreSQL server, after installing what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
.venv/bin/ruff check .
# layers: each package imports only the ones below it (contracts in pyproject.toml, ARCHITECTURE.md)
.venv/bin/lint-imports --no-cache
# security lint: medium and high severity (any confidence); each justified exception is in SECURITY.md
.venv/bin/bandit -q -r -c pyproject.toml --severity-level medium \
  foundation identity regions forms bot handlers models ocr sandbox cases web certs notices subjects campaigns wechat run.py tools
exec .venv/bin/python scripts/run_tests.py "$@"
