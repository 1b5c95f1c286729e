#!/usr/bin/env bash
# What the browser tests need on a CI machine: Debian's Chromium and the pinned axe-core.
# Called by .ci/run before the suite, which then runs with BROWSER_TESTS_REQUIRED=1 so
# that a missing browser fails the run instead of skipping.
set -euo pipefail
exec bash "$(dirname "$0")/../scripts/browser-setup.sh"
