#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources (new strings appear as unfinished).
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dirs=(core ui app cli)
[ -d server ] && dirs+=(server)
"$LUPDATE" -locations none -no-obsolete -I . "${dirs[@]}" -ts translations/passerelle_fr.ts
# English is the source language: only plural forms need an entry.
"$LUPDATE" -locations none -no-obsolete -I . -pluralonly "${dirs[@]}" -ts translations/passerelle_en.ts
# Arabic (right to left): complete like French (TestTranslations checks both).
"$LUPDATE" -locations none -no-obsolete -I . "${dirs[@]}" -ts translations/passerelle_ar.ts
