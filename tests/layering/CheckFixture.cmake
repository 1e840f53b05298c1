# SPDX-License-Identifier: GPL-3.0-or-later
# TestLayering's second half: the check must fail on the fixture tree, naming each broken rule.
cmake_minimum_required(VERSION 3.22)
execute_process(
  COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${FIXTURE_DIR}" -P "${CHECK_SCRIPT}"
  RESULT_VARIABLE result
  OUTPUT_VARIABLE out
  ERROR_VARIABLE out)
if(result EQUAL 0)
  message(FATAL_ERROR "CheckLayers passed a tree that breaks the order:\n${out}")
endif()
foreach(expected
    "core/storage/UsesSync.h: #include \"core/sync/SyncService.h\": core/storage may not include core/sync"
    "core/util/NoLayer.h: #include \"util/Clock.h\" does not name its layer"
    "ui/UsesApp.h: #include \"app/AppContext.h\": ui/ may not include app/")
  string(FIND "${out}" "${expected}" at)
  if(at LESS 0)
    message(FATAL_ERROR "CheckLayers did not report: ${expected}\n${out}")
  endif()
endforeach()
