#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing: end-to-end tests, benchmarks and the demo drive
# the real browser binary. Playwright's own browser download is never used.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/lib/chromium/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $CHROMIUM and this is not a Debian-like system." >&2
  echo "Install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing Chromium from Debian's packages…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
test -x "$CHROMIUM"
