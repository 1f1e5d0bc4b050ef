#!/usr/bin/env bash
# Finds a Chromium for the browser tests, or installs one, and prints its path on stdout.
#   1. $CHROMIUM_PATH, if set and executable;
#   2. a system Chromium already on the machine;
#   3. as root with apt-get: Debian's `chromium` package;
#   4. otherwise Playwright's own download (needs internet).
# When none of these works it says what to do and exits 1.
set -euo pipefail

for candidate in "${CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then echo "$candidate"; exit 0; fi
done

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium package…" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
  if [ -x /usr/bin/chromium ]; then echo /usr/bin/chromium; exit 0; fi
fi

echo "No system Chromium; trying Playwright's own browser download…" >&2
if npx playwright install chromium >&2; then
  path=$(node -e "console.log(require('playwright-core').chromium.executablePath())")
  if [ -x "$path" ]; then echo "$path"; exit 0; fi
fi

cat >&2 <<'MSG'
No Chromium could be found or installed, so the browser tests cannot run.
Install one and point the tests at it, for example:
  Debian/Ubuntu (as root):  apt-get install chromium
  macOS:                    brew install --cask chromium
then run:  CHROMIUM_PATH=/path/to/chromium npm test
MSG
exit 1
