#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks (or with --fix, applies) .clang-format on every tracked C++ file, with clang-format 14
# (Debian 12's, installed by scripts/install-deps.sh). Exit 1 lists the files that differ.
set -euo pipefail
cd "$(dirname "$0")/.."
fmt=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$fmt" ]; then
  echo "check-format: clang-format 14 is not installed (scripts/install-deps.sh installs it)" >&2
  exit 2
fi
if ! "$fmt" --version | grep -q 'version 14\.'; then
  echo "check-format: $fmt is not clang-format 14 ($("$fmt" --version)); the style is pinned to 14" >&2
  exit 2
fi
mapfile -t files < <(git ls-files -- '*.cpp' '*.h' 2>/dev/null || find core ui app cli server tests bench -name '*.cpp' -o -name '*.h')
if [ "${1:-}" = "--fix" ]; then
  printf '%s\0' "${files[@]}" | xargs -0 -r "$fmt" -i
  exit 0
fi
bad=()
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! "$fmt" "$f" | cmp -s - "$f"; then bad+=("$f"); fi
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} file(s) differ from .clang-format; run scripts/check-format.sh --fix:" >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files follow .clang-format"
