#!/usr/bin/env bash
# Installs what the test suite needs when it is missing: axe-core (npm), Debian's chromium and chromium-driver for the
# browser tests. Called by Maven (process-test-classes) so that `./mvnw -B verify` works on a fresh machine.
set -euo pipefail
# axe-core (npm) for the accessibility tests of the public pages, kept in target/axe.
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
if [ ! -f "$ROOT/target/axe/node_modules/axe-core/axe.min.js" ]; then
  if command -v npm >/dev/null 2>&1; then
    echo "MotCua tests: installing axe-core 4 (npm) into target/axe..."
    mkdir -p "$ROOT/target/axe"
    npm install --prefix "$ROOT/target/axe" axe-core@4 --no-save --no-audit --no-fund >/dev/null
  else
    echo "MotCua tests: npm is missing; the accessibility tests will fail (apt-get install npm)." >&2
  fi
fi
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "MotCua tests: chromium and chromedriver are missing and apt-get is not available; install them by hand." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "MotCua tests: installing chromium and chromium-driver (Debian packages)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
echo "MotCua tests: $(/usr/bin/chromium --version)"
