#!/usr/bin/env bash
# Installs what the test suite needs when it is missing: axe-core (npm), Debian's chromium and chromium-driver for the
# browser tests, softhsm2 for the PKCS#11 signing tests. Called by Maven (process-test-classes) so that `./mvnw -B verify` works on a fresh machine.
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
# Debian packages: chromium and chromium-driver (browser tests), softhsm2 (a real PKCS#11 token for the signing tests).
missing=()
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then missing+=(chromium chromium-driver); fi
if [ ! -f /usr/lib/softhsm/libsofthsm2.so ] || ! command -v softhsm2-util >/dev/null 2>&1; then missing+=(softhsm2); fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "MotCua tests: ${missing[*]} missing and apt-get is not available; install them by hand." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
echo "MotCua tests: installing ${missing[*]} (Debian packages)..."
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null; }
echo "MotCua tests: $(/usr/bin/chromium --version), $(softhsm2-util --version 2>/dev/null | head -1)"
