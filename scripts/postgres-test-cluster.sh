#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A private, throw-away PostgreSQL cluster for the server tests, on 127.0.0.1 and a free port.
#   source scripts/postgres-test-cluster.sh start   # exports PASSERELLE_TEST_PG_*
#   bash scripts/postgres-test-cluster.sh stop      # stops it and removes its folder
# Idempotent: "start" reuses a running cluster from PASSERELLE_TEST_PG_DATA; "stop" without one
# does nothing. initdb and pg_ctl refuse to run as root, so as root they run as "postgres".
# Sourced by scripts/run-ctest.sh (which runs under `set -e`): every failure path returns, never exits.

_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  done
  command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_pg_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

_pg_start() {
  local bin
  bin=$(_pg_bin) || { echo "postgres-test-cluster: PostgreSQL is not installed" >&2; return 1; }
  if [ -n "${PASSERELLE_TEST_PG_DATA:-}" ] && [ -f "$PASSERELLE_TEST_PG_DATA/data/postmaster.pid" ]; then
    return 0
  fi
  local root port user=passerelle password
  root=$(mktemp -d /tmp/passerelle-pg.XXXXXX)
  chmod 755 "$root"
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  printf '%s\n' "$password" >"$root/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R postgres:postgres "$root"; fi
  _pg_as_owner "$bin/initdb" -D "$root/data" -U "$user" --pwfile="$root/pwfile" -A scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
    || { echo "postgres-test-cluster: initdb failed, see $root/initdb.log" >&2; return 1; }
  local attempt
  for attempt in 1 2 3; do
    port=$(_pg_free_port)
    if _pg_as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$root -c fsync=off" start \
      >/dev/null 2>&1; then
      break
    fi
    port=""
  done
  [ -n "$port" ] || { echo "postgres-test-cluster: pg_ctl start failed, see $root/server.log" >&2; return 1; }
  export PASSERELLE_TEST_PG_HOST=127.0.0.1
  export PASSERELLE_TEST_PG_PORT=$port
  export PASSERELLE_TEST_PG_USER=$user
  export PASSERELLE_TEST_PG_PASSWORD=$password
  export PASSERELLE_TEST_PG_DATABASE=postgres
  export PASSERELLE_TEST_PG_DATA=$root
  echo "postgres-test-cluster: started on 127.0.0.1:$port ($root)" >&2
}

_pg_stop() {
  local root=${PASSERELLE_TEST_PG_DATA:-}
  [ -n "$root" ] && [ -d "$root" ] || return 0
  local bin
  bin=$(_pg_bin)
  if [ -f "$root/data/postmaster.pid" ]; then
    _pg_as_owner "$bin/pg_ctl" -D "$root/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  fi
  case "$root" in /tmp/passerelle-pg.*) rm -rf "$root" ;; esac
}

case "${1:-}" in
  start) _pg_start ;;
  stop) _pg_stop ;;
  *) echo "usage: postgres-test-cluster.sh start|stop" >&2; false ;;
esac
