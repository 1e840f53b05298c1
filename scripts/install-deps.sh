#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Passerelle needs to build, run and test.
# Idempotent: does nothing (and needs no network) when everything is already there.
set -euo pipefail

PACKAGES=(
  # toolchain, and the formatter the style check is pinned to (scripts/check-format.sh)
  cmake g++ make pkg-config git clang-format-14
  # Qt 6 and the plugins it loads at run time (Recommends are not enough)
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql
  qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-translations-l10n
  libgl-dev
  # camera back-end
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good
  # keychain (Secret Service), and what the test recipe needs to unlock one
  qtkeychain-qt6-dev libsecret-1-0 gnome-keyring dbus-daemon dbus-x11
  # image analysis, cryptography
  libopencv-imgproc-dev libopencv-core-dev libsodium-dev
  # QR codes: libqrencode writes them (summary, kiosk), zxing-cpp reads them back in the tests
  libqrencode-dev libzxing-dev
  # tests and screenshots
  xvfb xauth poppler-utils fonts-dejavu-core postgresql python3
  # the app's font (issue 15): Noto Sans and Noto Sans Arabic, free (SIL OFL); the theme falls back
  # to the platform's font where it is missing (Windows: Segoe UI; macOS: the system font)
  fonts-noto-core
  # sync server load benchmark
  wrk curl sqlite3
  # TLS tests: a throw-away certificate (and libssl for Qt's TLS backend)
  openssl libssl3
  # benchmarks in bench/ (Google Benchmark)
  libbenchmark-dev
  # fuzzers with libFuzzer and AddressSanitizer (scripts/fuzz.sh; without them, a driver of our own)
  clang libclang-rt-14-dev
  # the Debian package (cpack -G DEB needs file and dpkg-shlibdeps; scripts/check-package.sh)
  file dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
