#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package from a built tree and checks it (ctest test TestPackage):
#   scripts/check-package.sh BUILD_DIR
# Its contents and its dependencies (dpkg-deb). In CI (CI=true, root on a machine of its own) it
# also installs it with apt-get and starts `passerelle --help` (offscreen) and
# `passerelle-cli eligibility` from /usr/bin; elsewhere it says that this part was skipped.
set -euo pipefail
build=$(cd "$1" && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
fail() {
  echo "check-package: $*" >&2
  exit 1
}
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log" >&2; fail "cpack -G DEB failed"; }
deb=$(ls "$out"/passerelle_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no passerelle_*.deb was made"
echo "check-package: $(basename "$deb"), $(stat -c %s "$deb") bytes"

contents=$(dpkg-deb -c "$deb" | awk '{print $6}')
for path in ./usr/bin/passerelle ./usr/bin/passerelle-cli ./usr/bin/passerelle-server \
  ./usr/share/applications/org.passerelle.Passerelle.desktop \
  ./usr/share/metainfo/org.passerelle.Passerelle.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/org.passerelle.Passerelle.svg; do
  grep -qx -- "$path" <<<"$contents" || fail "missing from the package: $path"
done
# Nothing of the tests, benchmarks or fuzzers.
if grep -E '/(Test|Bench|Fuzz)[A-Za-z]*$' <<<"$contents"; then fail "test binaries in the package"; fi

depends=$(dpkg-deb -f "$deb" Depends)
# From dpkg-shlibdeps (the libraries the binaries link) and from Packaging.cmake (plugins loaded
# at run time).
for dependency in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6httpserver6 libsodium23 libqrencode4 \
  libopencv-imgproc406 qt6-qpa-plugins libqt6sql6-sqlite libqt6keychain1 qt6-translations-l10n; do
  grep -q "\b$dependency\b" <<<"$depends" || fail "Depends lacks $dependency: $depends"
done
echo "check-package: contents and dependencies as expected"

if [ "${CI:-}" != "true" ] || [ "$(id -u)" -ne 0 ]; then
  echo "check-package: install skipped (only in CI, as root: CI=true)"
  exit 0
fi
cp "$deb" "$out/install.deb"
(cd "$out" && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$(basename "$deb")" >/dev/null) ||
  fail "apt-get install ./$(basename "$deb") failed"
QT_QPA_PLATFORM=offscreen /usr/bin/passerelle --help >"$out/help.txt" 2>&1 || fail "passerelle --help failed"
grep -q -- "--help" "$out/help.txt" || fail "passerelle --help printed no help"
/usr/bin/passerelle-cli eligibility --birth-date 2008-06-15 --on 2026-12-01 >"$out/eligibility.txt" ||
  fail "passerelle-cli eligibility failed"
[ -s "$out/eligibility.txt" ] || fail "passerelle-cli eligibility printed nothing"
echo "check-package: installed; passerelle --help and passerelle-cli eligibility run from /usr/bin"
