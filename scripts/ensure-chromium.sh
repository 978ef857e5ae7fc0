#!/usr/bin/env bash
# Installs Debian's Chromium when it is missing: end-to-end tests, benchmarks and the demo drive
# the real browser binary. Playwright's own browser download is never used.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/lib/chromium/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
# Outside CI a machine without Chromium still runs everything else: the browser tests skip
# and say why. In CI a missing browser is a failure.
give_up() {
  echo "Chromium is not available: $1. Install it and set CHROMIUM_PATH to its binary." >&2
  if [ -n "${CI:-}" ]; then exit 1; fi
  exit 0
}
command -v apt-get >/dev/null 2>&1 || give_up "not a Debian-like system"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || give_up "not root and no sudo"
  SUDO="sudo"
fi
echo "Installing Chromium from Debian's packages…" >&2
$SUDO apt-get update -qq || give_up "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null || give_up "apt-get install failed"
[ -x "$CHROMIUM" ] || give_up "installed, but $CHROMIUM is missing"
