#!/usr/bin/env bash
# Installs what the test suite needs when it is missing: Debian's chromium and chromium-driver for the
# browser tests. Called by Maven (process-test-classes) so that `./mvnw -B verify` works on a fresh machine.
set -euo pipefail
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
