# SPDX-License-Identifier: GPL-3.0-or-later
# Debian ships OpenCV's core and imgproc without the CMake package config unless the whole
# libopencv-dev is installed; this finds just the two modules we use and exposes them as targets.
find_path(PASSERELLE_OPENCV_INCLUDE_DIR opencv2/imgproc.hpp PATH_SUFFIXES opencv4)
find_library(PASSERELLE_OPENCV_CORE_LIBRARY NAMES opencv_core opencv_core4)
find_library(PASSERELLE_OPENCV_IMGPROC_LIBRARY NAMES opencv_imgproc opencv_imgproc4)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(PasserelleOpenCV REQUIRED_VARS
  PASSERELLE_OPENCV_INCLUDE_DIR PASSERELLE_OPENCV_CORE_LIBRARY PASSERELLE_OPENCV_IMGPROC_LIBRARY)
if(PasserelleOpenCV_FOUND AND NOT TARGET OpenCV::core)
  add_library(OpenCV::core UNKNOWN IMPORTED)
  set_target_properties(OpenCV::core PROPERTIES
    IMPORTED_LOCATION "${PASSERELLE_OPENCV_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PASSERELLE_OPENCV_INCLUDE_DIR}")
  add_library(OpenCV::imgproc UNKNOWN IMPORTED)
  set_target_properties(OpenCV::imgproc PROPERTIES
    IMPORTED_LOCATION "${PASSERELLE_OPENCV_IMGPROC_LIBRARY}"
    INTERFACE_LINK_LIBRARIES OpenCV::core)
endif()
