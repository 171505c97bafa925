#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (tests/web/test_browser.py drives it with
# Playwright through executable_path; Playwright's own browser download is never used). Run by `make test`.
# Installs with apt-get when missing and we are root (or have sudo); otherwise says how and exits 0, and the
# browser tests skip themselves with that reason.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium
else
    echo "chromium-check: /usr/bin/chromium missing; install it with: sudo apt-get install chromium" >&2
    echo "chromium-check: the browser tests will be skipped" >&2
fi
