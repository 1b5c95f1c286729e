#!/usr/bin/env bash
# The W3C Nu HTML checker for tests/html: vnu.jar from the npm package vnu-jar, pinned
# in tests/html/package-lock.json, run with `java -jar` (Java 11 or later). Called by
# scripts/browser-setup.sh, so `make test` and CI install it with the browser-test
# dependencies. With --optional, what cannot be installed is reported and the HTML
# test is skipped with the reason (it fails instead when BROWSER_TESTS_REQUIRED=1).
set -euo pipefail
cd "$(dirname "$0")/.."

optional=0
[ "${1:-}" = "--optional" ] && optional=1
give_up() {
    echo "HTML checker: $*" >&2
    if [ "$optional" = 1 ]; then
        echo "HTML checker: tests/html will be skipped" >&2
        exit 0
    fi
    exit 1
}

command -v java >/dev/null || give_up "java is missing: install a JRE 11 or later (Debian: default-jre-headless)"
jar=tests/html/node_modules/vnu-jar/build/dist/vnu.jar
stamp=tests/html/node_modules/.installed-$(cksum < tests/html/package-lock.json | cut -d' ' -f1)
if [ ! -f "$jar" ] || [ ! -f "$stamp" ]; then
    command -v npm >/dev/null || give_up "npm is missing: it installs the pinned vnu-jar"
    npm ci --prefix tests/html --no-audit --no-fund --silent || give_up "npm ci --prefix tests/html failed"
    touch "$stamp"
fi
test -f "$jar" || give_up "$jar is missing after npm ci"
