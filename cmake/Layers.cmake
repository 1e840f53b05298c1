# SPDX-License-Identifier: GPL-3.0-or-later
# Breaking the include order of docs/architecture.md fails the build: cmake/CheckLayers.cmake reads
# every include of core, ui, app, cli and server whenever one of those files changes, before
# passerelle_core is compiled.
file(GLOB_RECURSE PASSERELLE_LAYERED_FILES CONFIGURE_DEPENDS
  "${PROJECT_SOURCE_DIR}/core/*.h" "${PROJECT_SOURCE_DIR}/core/*.cpp"
  "${PROJECT_SOURCE_DIR}/ui/*.h" "${PROJECT_SOURCE_DIR}/ui/*.cpp"
  "${PROJECT_SOURCE_DIR}/app/*.h" "${PROJECT_SOURCE_DIR}/app/*.cpp"
  "${PROJECT_SOURCE_DIR}/cli/*.h" "${PROJECT_SOURCE_DIR}/cli/*.cpp"
  "${PROJECT_SOURCE_DIR}/server/*.h" "${PROJECT_SOURCE_DIR}/server/*.cpp")
add_custom_command(
  OUTPUT "${PROJECT_BINARY_DIR}/layers.checked"
  COMMAND "${CMAKE_COMMAND}" "-DSOURCE_DIR=${PROJECT_SOURCE_DIR}" -P "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
  COMMAND "${CMAKE_COMMAND}" -E touch "${PROJECT_BINARY_DIR}/layers.checked"
  DEPENDS ${PASSERELLE_LAYERED_FILES} "${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake"
  COMMENT "Checking the include order of docs/architecture.md"
  VERBATIM)
add_custom_target(check-layers DEPENDS "${PROJECT_BINARY_DIR}/layers.checked")
add_dependencies(passerelle_core check-layers)
