# SPDX-License-Identifier: GPL-3.0-or-later
# The include order of docs/architecture.md, checked on every build (cmake/Layers.cmake runs this
# script before passerelle_core is compiled) and by the test TestLayering:
#   layers   core -> ui -> app; cli and server on core only;
#   core     util -> crypto -> eligibility -> session -> storage -> {sync, offers, modes}; capture apart.
# Every quoted include in core/, ui/, app/, cli/ and server/ names its layer ("core/storage/...",
# "ui/wizard/..."); one that reaches up or sideways fails with the file, the line and the rule.
# Usage: cmake -DSOURCE_DIR=<tree> -P cmake/CheckLayers.cmake
cmake_minimum_required(VERSION 3.22)
if(NOT SOURCE_DIR)
  message(FATAL_ERROR "CheckLayers: pass -DSOURCE_DIR=<tree>")
endif()

# Which layers each layer may include.
set(layer_core core)
set(layer_ui core ui)
set(layer_app core ui app)
set(layer_cli core cli)
set(layer_server core server)
# Which core areas each core area may include (its own always).
set(area_util "")
set(area_crypto util)
set(area_eligibility util crypto)
set(area_session util crypto eligibility)
set(area_storage util crypto eligibility session)
set(area_sync util crypto eligibility session storage)
set(area_offers util crypto eligibility session storage)
set(area_modes util crypto eligibility session storage)
set(area_capture util)

get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
set(problems "")
foreach(layer core ui app cli server)
  file(GLOB_RECURSE files "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
  foreach(file IN LISTS files)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${file}")
    string(REPLACE "/" ";" rel_parts "${rel}")
    list(GET rel_parts 1 own_area)
    file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*" "\\1" target "${line}")
      if(target MATCHES "^(moc_.*|ui_.*|.*\\.moc)$")
        continue()
      endif()
      string(REPLACE "/" ";" parts "${target}")
      list(LENGTH parts depth)
      list(GET parts 0 target_layer)
      if(depth LESS 2 OR NOT target_layer MATCHES "^(core|ui|app|cli|server)$")
        list(APPEND problems "${rel}: #include \"${target}\" does not name its layer (core/, ui/, app/, cli/, server/)")
        continue()
      endif()
      if(NOT target_layer IN_LIST layer_${layer})
        list(APPEND problems "${rel}: #include \"${target}\": ${layer}/ may not include ${target_layer}/")
        continue()
      endif()
      if(layer STREQUAL "core" AND depth GREATER 2)
        list(GET parts 1 target_area)
        if(NOT DEFINED area_${own_area})
          list(APPEND problems "${rel}: core/${own_area} is not in the order of docs/architecture.md")
        elseif(NOT target_area STREQUAL own_area AND NOT target_area IN_LIST area_${own_area})
          list(APPEND problems
               "${rel}: #include \"${target}\": core/${own_area} may not include core/${target_area} (docs/architecture.md)")
        endif()
      endif()
    endforeach()
  endforeach()
endforeach()

if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "Includes against the layer order:\n  ${text}")
endif()
