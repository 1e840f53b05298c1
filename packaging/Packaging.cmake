# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and the Debian package: `cpack -G DEB` in the build folder.
include(GNUInstallDirs)
set(PASSERELLE_APP_ID "org.passerelle.Passerelle")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/${PASSERELLE_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${CMAKE_CURRENT_LIST_DIR}/linux/${PASSERELLE_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/passerelle.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${PASSERELLE_APP_ID}.svg")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" OPTIONAL)

set(CPACK_PACKAGE_NAME "passerelle")
set(CPACK_PACKAGE_VENDOR "Passerelle")
set(CPACK_PACKAGE_CONTACT "Passerelle maintainers <passerelle@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries are found by dpkg-shlibdeps; plugins are loaded at run time, so they are listed here:
# the Qt platform (xcb/wayland), SQLite driver, image formats (JPEG, SVG), the camera back-end and
# the Secret Service that keeps the data key.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, libqt6multimedia6, gstreamer1.0-plugins-base, gstreamer1.0-plugins-good, libqt6keychain1, gnome-keyring | kwalletmanager | keepassxc, libsecret-1-0, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql, postgresql")
# The app's font (ui/Theme.cpp): without it the platform's font is used.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-core")
include(CPack)
