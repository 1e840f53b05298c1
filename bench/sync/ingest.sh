#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Server ingest load test: passerelle-server on SQLite at 127.0.0.1, wrk with 32 connections
# (keep-alive) POSTing new sessions for DURATION seconds. Figures in docs/performance.md.
#   bench/sync/ingest.sh [BUILD_DIR] [DURATION]
set -euo pipefail
cd "$(dirname "$0")/../.."
BUILD_DIR=${1:-build}
DURATION=${2:-10}
SERVER="$BUILD_DIR/server/passerelle-server"
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
"$BUILD_DIR/bench/BenchSync" --record-template >"$work/template.json"
# The per-device rate limit is off: wrk sends as two devices (one per thread), where a real site
# has many devices each sending a little.
"$SERVER" serve --data "$work/data" --port 0 --quiet --rate-limit 0 >"$work/server.out" 2>"$work/server.err" &
server_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$work/server.out" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/.*:\([0-9]*\)$/\1/p' "$work/server.out")
code=$("$SERVER" enroll --site bench --data "$work/data" | sed -n 's/^code: //p')
token=$(curl -s -X POST -H 'Content-Type: application/json' -d "{\"code\":\"$code\"}" \
  "http://127.0.0.1:$port/api/v1/devices/enroll" | sed -n 's/.*"device_token":"\([^"]*\)".*/\1/p')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
PASSERELLE_TEMPLATE="$work/template.json" PASSERELLE_TOKEN="$token" \
  wrk -t2 -c32 -d"${DURATION}s" --latency -s bench/sync/ingest.lua "http://127.0.0.1:$port"
echo "sessions stored: $(sqlite3 "$work/data/passerelle-server.sqlite" 'SELECT COUNT(*) FROM sessions' 2>/dev/null || echo '?')"
