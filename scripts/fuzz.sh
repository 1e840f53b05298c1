#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one fuzzer for a set time:  scripts/fuzz.sh TARGET SECONDS
#   TARGET: session_validator | rule_file | catalogue | enrollment_payload | http_front
# With clang and libFuzzer (scripts/install-deps.sh installs them) it builds the fuzzers with
# libFuzzer and AddressSanitizer in build-fuzz/ and runs libFuzzer on a scratch copy of the corpus
# (tests/data/fuzz/TARGET); new inputs worth keeping can be copied back there. Elsewhere it runs
# the mutational driver built with the project (build/). A crash exits non-zero and leaves the
# input (libFuzzer: crash-*; driver: fuzz-crash-*.bin) in the current folder.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -ne 2 ]; then
  echo "usage: scripts/fuzz.sh TARGET SECONDS" >&2
  exit 2
fi
target=$1
seconds=$2
case "$target" in
  session_validator) binary=FuzzSessionValidator ;;
  rule_file) binary=FuzzRuleFile ;;
  catalogue) binary=FuzzCatalogue ;;
  enrollment_payload) binary=FuzzEnrollmentPayload ;;
  http_front) binary=FuzzHttpFront ;;
  *) echo "fuzz.sh: unknown target \"$target\"" >&2; exit 2 ;;
esac
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "fuzz.sh: SECONDS must be a whole number of seconds" >&2
  exit 2
fi
corpus="$PWD/tests/data/fuzz/$target"
jobs=$(nproc)

libfuzzer_available() {
  command -v clang++ >/dev/null 2>&1 || return 1
  local probe
  probe=$(mktemp -d)
  printf '#include <cstdint>\n#include <cstddef>\nextern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }\n' \
    >"$probe/probe.cpp"
  clang++ -fsanitize=fuzzer,address "$probe/probe.cpp" -o "$probe/probe" >/dev/null 2>&1
  local ok=$?
  rm -rf "$probe"
  return $ok
}

if libfuzzer_available; then
  BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
  CC=clang CXX=clang++ cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPASSERELLE_LIBFUZZER=ON \
    -DCMAKE_C_FLAGS="-fsanitize=fuzzer-no-link,address" -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address" >/dev/null
  cmake --build "$BUILD_DIR" -j"$jobs" --target "$binary"
  work="$BUILD_DIR/fuzz-corpus/$target"
  mkdir -p "$work"
  # libFuzzer adds what it finds to the first folder: a scratch one, the kept corpus read only.
  exec "$BUILD_DIR/tests/fuzz/$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 "$work" "$corpus"
fi
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$jobs" --target "$binary"
exec "$BUILD_DIR/tests/fuzz/$binary" --seconds "$seconds" "$corpus"
