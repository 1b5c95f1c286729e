#!/usr/bin/env bash
# What the browser tests need: Debian's Chromium (/usr/bin/chromium) and the pinned
# axe-core (tests/browser/node_modules), and the W3C HTML checker of tests/html
# (scripts/html-checker-setup.sh). `make test` runs this with --optional: what
# cannot be installed here (no root, no apt-get, no npm) is reported, and the browser
# tests are then skipped with the reason. CI (.ci/browser-setup.sh) runs it without
# --optional, so anything missing fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."

optional=0
[ "${1:-}" = "--optional" ] && optional=1
give_up() {
    echo "browser tests: $*" >&2
    if [ "$optional" = 1 ]; then
        echo "browser tests: they will be skipped (see docs/browser-tests.md)" >&2
        exit 0
    fi
    exit 1
}

# The W3C HTML checker of tests/html (Java + the pinned vnu-jar) comes with them.
bash scripts/html-checker-setup.sh "${1:-}"

if [ ! -x /usr/bin/chromium ]; then
    if [ "$(id -u)" = 0 ]; then
        run_as_root=()
    elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
        run_as_root=(sudo -n)
    else
        give_up "Chromium is missing and this user cannot install it: run \`apt-get install -y chromium\` as root"
    fi
    command -v apt-get >/dev/null || give_up "Chromium is missing and there is no apt-get to install it"
    echo "Installing Debian's Chromium (once) ..."
    "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
        || give_up "apt-get update failed"
    "${run_as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null \
        || give_up "apt-get install chromium failed"
fi
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || give_up "/usr/bin/chromium does not start"

axe=tests/browser/node_modules/axe-core/axe.min.js
stamp=tests/browser/node_modules/.installed-$(cksum < tests/browser/package-lock.json | cut -d' ' -f1)
if [ ! -f "$axe" ] || [ ! -f "$stamp" ]; then
    command -v npm >/dev/null || give_up "npm is missing: it installs the pinned axe-core"
    npm ci --prefix tests/browser --no-audit --no-fund --silent || give_up "npm ci --prefix tests/browser failed"
    touch "$stamp"
fi
test -f "$axe" || give_up "$axe is missing after npm ci"
