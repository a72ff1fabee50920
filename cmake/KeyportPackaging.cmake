# CPack: .deb, .rpm and .tar.gz on Linux, an NSIS setup on Windows, a DMG on macOS.
# Included from the top-level CMakeLists.txt after every install rule.
# `tools/dev package` runs it: cpack --config <build>/CPackConfig.cmake -B build/packages
set(KEYPORT_PACKAGE_MAINTAINER "Keyport developers" CACHE STRING
  "Maintainer (Debian) and packager (RPM) named in the packages: 'Name <email>'")

set(CPACK_PACKAGE_NAME keyport)
set(CPACK_PACKAGE_VENDOR Keyport)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Line breaks are kept: dpkg shows the long description as written.
set(CPACK_PACKAGE_DESCRIPTION [[
Keyport gets you into remote development workspaces over SSH: it manages
your SSH keys, keeps their passphrases in the OS keychain, loads them into
ssh-agent and connects you to workspaces from your ssh config, knot,
JupyterHub and a local sandbox with your own OpenSSH, VS Code or Cursor.
This package holds the desktop app (keyport), which opens keyport:// links,
and the command line (keyport-cli).]])
set(CPACK_PACKAGE_CONTACT "${KEYPORT_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Keyport)
set(CPACK_PACKAGE_EXECUTABLES keyport Keyport)
# Values reach CPackConfig.cmake as written (NSIS registry paths hold backslashes).
set(CPACK_VERBATIM_VARIABLES ON)
# RelWithDebInfo binaries are mostly debug info; packages ship them stripped.
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB TGZ)
  find_program(KEYPORT_RPMBUILD rpmbuild DOC "Builds the .rpm (Debian: rpm)")
  if(KEYPORT_RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
  else()
    message(STATUS "rpmbuild not found (Debian: rpm): cpack makes no .rpm")
  endif()
endif()

# Debian. The libraries come from dpkg-shlibdeps; what keyport loads or runs without
# linking it is listed by hand: ssh and the SVG image and icon plugins (libqt6svg6).
# The xcb platform plugin is in libqt6gui6 on Debian 12, which shlibdeps lists.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "openssh-client, libqt6svg6")
# Passphrases go to the Secret Service; without one Keyport asks each time.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS gnome-keyring)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)

# RPM, named for Fedora. Libraries come from rpmbuild's automatic requirements.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_REQUIRES "openssh-clients, qt6-qtsvg, qt6-qtbase-gui")
set(CPACK_RPM_PACKAGE_PACKAGER "${KEYPORT_PACKAGE_MAINTAINER}")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# The binaries are stripped; build-id links would only point at missing debug info.
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Directories the filesystem and hicolor-icon-theme packages own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
  /usr/share/applications
  /usr/share/metainfo
  /usr/share/icons
  /usr/share/icons/hicolor
  /usr/share/icons/hicolor/scalable
  /usr/share/icons/hicolor/scalable/apps)
foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
  list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/icons/hicolor/${size}x${size}
    /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()

# .tar.gz: the same tree as the packages (bin/, share/), built against the system Qt.
# (.deb and .rpm name themselves, see DEB-DEFAULT and RPM-DEFAULT.)
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_PACKAGE_FILE_NAME "keyport-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")
endif()

# Windows: installs for all users, offers to put bin\ on PATH for keyport-cli, and
# registers keyport: links with keyport.exe (HKLM\Software\Classes once elevated).
set(CPACK_NSIS_PACKAGE_NAME Keyport)
set(CPACK_NSIS_DISPLAY_NAME Keyport)
set(CPACK_NSIS_INSTALLED_ICON_NAME [[bin\keyport.exe]])
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr SHCTX "Software\Classes\keyport" "" "URL:Keyport"
  WriteRegStr SHCTX "Software\Classes\keyport" "URL Protocol" ""
  WriteRegStr SHCTX "Software\Classes\keyport\DefaultIcon" "" "$INSTDIR\bin\keyport.exe,0"
  WriteRegStr SHCTX "Software\Classes\keyport\shell\open\command" "" '"$INSTDIR\bin\keyport.exe" "%1"'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey SHCTX "Software\Classes\keyport"
]])

# macOS: keyport.app and an /Applications link to drag it onto.
set(CPACK_DMG_VOLUME_NAME Keyport)
set(CPACK_DMG_FORMAT UDBZ)

include(CPack)
