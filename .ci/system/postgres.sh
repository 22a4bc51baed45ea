#!/usr/bin/env bash
# PostgreSQL (and PostGIS) for the store and API tests: the tests start
# their own server on 127.0.0.1 as a non-root user; nothing is started here.
# Idempotent: installs only what is missing.
set -euo pipefail

missing=()
have_server() { compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; }
have_server || missing+=(postgresql)
# PostGIS is optional for upheaval; the tests check its geometry column when
# the extension is present, so CI installs it for the server's version.
if ! compgen -G "/usr/share/postgresql/*/extension/postgis.control" > /dev/null; then
  missing+=(postgis)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
if ! have_server; then
  $SUDO apt-get install -y -qq postgresql > /dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! compgen -G "/usr/share/postgresql/*/extension/postgis.control" > /dev/null; then
  # Not fatal: without PostGIS the geometry tests skip with their reason.
  $SUDO apt-get install -y -qq "postgresql-${version}-postgis-3" > /dev/null \
    || echo "postgres.sh: PostGIS not installed; geometry tests will skip" >&2
fi
