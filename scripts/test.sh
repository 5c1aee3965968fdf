#!/usr/bin/env bash
# Runs the whole test suite on SQLite and on a throw-away PostgreSQL server, after installing what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh test
.venv/bin/ruff check .
exec .venv/bin/python scripts/run_tests.py "$@"
