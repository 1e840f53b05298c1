# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --build build --target format` rewrites every C++ file with the pinned clang-format;
# `--target format-check` fails on any file that differs. scripts/test.sh runs the check, so CI does.
# The version is pinned to Debian 12's (clang-format 14, installed by scripts/install-deps.sh):
# another major version formats differently and would make the check flap.
find_program(PASSERELLE_CLANG_FORMAT NAMES clang-format-14 clang-format)
if(PASSERELLE_CLANG_FORMAT)
  add_custom_target(format
    COMMAND "${CMAKE_SOURCE_DIR}/scripts/check-format.sh" --fix
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "Formatting every C++ file with ${PASSERELLE_CLANG_FORMAT}"
    VERBATIM)
  add_custom_target(format-check
    COMMAND "${CMAKE_SOURCE_DIR}/scripts/check-format.sh"
    WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}"
    COMMENT "Checking the formatting of every C++ file"
    VERBATIM)
endif()
