#!/usr/bin/env bash
# Debian's Chromium for the dashboard tests (Playwright drives it through
# executable_path; `playwright install` is never run). Idempotent.
set -euo pipefail

[ -x /usr/bin/chromium ] && exit 0
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# Another script may have updated the lists already; once more is cheap and
# keeps this script correct on its own.
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium > /dev/null
