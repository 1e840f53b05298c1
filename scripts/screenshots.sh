#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page of the wizard to docs/screenshots/ (French), under a virtual X server.
# Usage: scripts/screenshots.sh [extra --screenshot-tour options, e.g. --lang en]
#        scripts/screenshots.sh --all   (every tour folder: fr, en, ar at 100 % and 200 %, each mode)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target passerelle
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
tour() { # tour DIR [options]: one throw-away data folder per run: the tour must not touch the user's data.
  local dir=$1
  shift
  rm -rf "$scratch"/data && mkdir -p "$scratch"/data
  xvfb-run -a -s "-screen 0 1280x1024x24" \
    "$BUILD_DIR/app/passerelle" --data-dir "$scratch"/data --screenshot-tour "$dir" "$@"
}
if [ "${1:-}" = "--all" ]; then
  # Every mode in French, English and Arabic, at 100 % and 200 % (docs/screenshots/README.md).
  for lang in fr en ar; do
    for scale in 100 200; do
      dir=docs/screenshots/tour-$lang
      [ "$scale" = 200 ] && dir=$dir-200
      rm -rf "$dir" && mkdir -p "$dir"
      for mode in counselor kiosk demo; do
        tour "$dir" --lang "$lang" --mode "$mode" --text-scale "$scale"
      done
    done
  done
  exit 0
fi
tour docs/screenshots "$@"
