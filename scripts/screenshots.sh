#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page of the wizard to docs/screenshots/ (French), under a virtual X server.
# Usage: scripts/screenshots.sh [extra --screenshot-tour options, e.g. --lang en]
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target passerelle
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
# A throw-away data folder: the tour saves nothing, and must not touch the user's data.
xvfb-run -a -s "-screen 0 1280x1024x24" \
  "$BUILD_DIR/app/passerelle" --data-dir "$scratch" --screenshot-tour docs/screenshots "$@"
