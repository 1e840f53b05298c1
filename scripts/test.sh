#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite (ctest). Extra arguments go to
# ctest, e.g. `scripts/test.sh -R TestEligibilityEngine` or `scripts/test.sh -L gui`.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
# The style is enforced, not only stated: every C++ file follows .clang-format (clang-format 14).
./scripts/check-format.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
# The keychain tests need a D-Bus session with an unlocked Secret Service: give them a private one.
exec dbus-run-session -- bash scripts/run-ctest.sh "$BUILD_DIR" "$@"
