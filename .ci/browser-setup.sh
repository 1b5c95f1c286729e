#!/usr/bin/env bash
# What the browser tests need on a CI machine: Debian's Chromium and the pinned axe-core.
# Called by .ci/run before the suite, which then runs with BROWSER_TESTS_REQUIRED=1 so
# that a missing browser fails the run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium

if ! command -v npm >/dev/null; then
    echo "npm is missing: the browser tests need it to install axe-core" >&2
    exit 1
fi
npm ci --prefix tests/browser --no-audit --no-fund --silent
test -f tests/browser/node_modules/axe-core/axe.min.js
