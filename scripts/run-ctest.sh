#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs ctest inside an isolated session: throw-away XDG folders, an unlocked gnome-keyring
# (Secret Service) for QtKeychain, and a private PostgreSQL cluster for the server tests.
# Called by scripts/test.sh under dbus-run-session; not meant to be called by hand.
set -euo pipefail
BUILD_DIR=$1
shift
root=$(pwd)
scratch=$(mktemp -d)
cleanup() {
  if [ -n "${PASSERELLE_TEST_PG_DATA:-}" ]; then bash "$root/scripts/postgres-test-cluster.sh" stop || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
if [ -f scripts/postgres-test-cluster.sh ]; then
  # Exports PASSERELLE_TEST_PG_* for the tests that run against PostgreSQL.
  source scripts/postgres-test-cluster.sh start
fi
cd "$BUILD_DIR"
ctest --output-on-failure --timeout 900 "$@"
