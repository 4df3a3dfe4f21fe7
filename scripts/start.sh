#!/usr/bin/env bash
# npm start: install, build, and open Chromium with Qusasat on the bundled sample article.
#   --headless   no window: write screenshots of the highlighted article and the popup instead.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
  echo "Qusasat needs Node.js 20 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM_PATH" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium (needed to run the extension)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-l10n >/dev/null
  else
    echo "Chromium is missing. On Debian: sudo apt-get install -y chromium chromium-l10n" >&2
    echo "(or set CHROMIUM_PATH to another Chromium build)" >&2
    exit 1
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci
fi
npm run --silent build

mode=window
if [ "${1:-}" = "--headless" ]; then
  mode=headless
elif [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are empty): cannot open a browser window here."
  echo "Running headless instead and writing screenshots; on a desktop, run 'npm start' to browse for real."
  mode=headless
fi
CHROMIUM_PATH="$CHROMIUM_PATH" exec npx tsx scripts/open-sample.ts "--$mode"
