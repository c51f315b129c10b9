#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run lint, types and tests.
# Usage: bash scripts/test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."

# The viewer is tested in real headless Chromium: Debian's package, not a browser download.
if [ ! -x /usr/bin/chromium ]; then
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
# Every process the tests start inherits KG_TEST_RUN; whatever is still running once pytest
# exits (a worker, a browser) is named and stopped, so it cannot keep CI waiting.
run_id="kg-test-$$-$(date +%s)"
status=0
KG_TEST_RUN="$run_id" .venv/bin/pytest "$@" || status=$?
.venv/bin/python scripts/stragglers.py "$run_id" || true
exit "$status"
