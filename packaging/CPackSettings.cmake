# CPack: one description of the package for every generator. Make the Debian package with
# `cpack -G DEB` in a Release build folder (scripts/package-test.sh builds, installs and tries
# it); packaging/README.md has the Windows and macOS recipes.

# Values reach the generators as written here (no second round of escaping), so the NSIS
# commands below are plain NSIS.
set(CPACK_VERBATIM_VARIABLES ON)

set(CPACK_PACKAGE_NAME sakra)
set(CPACK_PACKAGE_VENDOR "Säkra")
set(CPACK_PACKAGE_CONTACT "sakra@example.invalid")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines under 80 characters, as Debian's package tools show them.
set(CPACK_PACKAGE_DESCRIPTION
    "Säkra keeps a Swedish municipality's security organisation in one local
register file and works fully offline. Risk inventories, action plans,
incidents, training, routines, alarm equipment, the self-assessment on
violence and threats and board documents as PDF build on it.

The package holds the desktop application sakra and the command-line tool
sakra-cli.")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Sakra")
# The Start menu entry on Windows.
set(CPACK_PACKAGE_EXECUTABLES sakra "Säkra")
# Without debug information: the programs are a few MB rather than tens.
set(CPACK_STRIP_FILES ON)

set(sakra_icons ${PROJECT_SOURCE_DIR}/resources/icons)

# Debian: sakra_VERSION-1_ARCH.deb. dpkg-shlibdeps finds the libraries the programs link
# (Qt, SQLite, libxlsxwriter, minizip, libcrypto); Qt's SQLite driver is a plugin, loaded at run
# time, so it is named here.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Säkra <${CPACK_PACKAGE_CONTACT}>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's SQL drivers are plugins dpkg-shlibdeps cannot see: SQLite for register files, PostgreSQL for
# a shared register on a server.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
# Qt's own dialogs in Swedish (qt_sv.qm), and Wayland sessions without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Windows, WiX (an MSI, what IT departments roll out): the upgrade code stays the same for
# every version, so a new MSI replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "00BE1B24-E86C-4609-8215-BCCB5F53D927")
set(CPACK_WIX_PRODUCT_ICON ${sakra_icons}/sakra.ico)
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Säkra")
set(CPACK_WIX_CULTURES "sv-SE")

# Windows, NSIS. NSIS scripts from CPack are not Unicode, so names here keep to ASCII.
set(CPACK_NSIS_PACKAGE_NAME "Sakra")
set(CPACK_NSIS_DISPLAY_NAME "Sakra ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON ${sakra_icons}/sakra.ico)
set(CPACK_NSIS_MUI_UNIICON ${sakra_icons}/sakra.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME bin/sakra.exe)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# A double click on a .sakra file opens it in Säkra.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
  WriteRegStr HKCR ".sakra" "" "Sakra.Register"
  WriteRegStr HKCR "Sakra.Register" "" "Sakra register"
  WriteRegStr HKCR "Sakra.Register\DefaultIcon" "" "$INSTDIR\bin\sakra.exe,0"
  WriteRegStr HKCR "Sakra.Register\shell\open\command" "" '"$INSTDIR\bin\sakra.exe" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
  DeleteRegKey HKCR ".sakra"
  DeleteRegKey HKCR "Sakra.Register"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]])

# macOS: a disk image holding Sakra.app (with sakra-cli inside) to drag to Applications.
set(CPACK_DMG_VOLUME_NAME "Sakra")
set(CPACK_DMG_FORMAT UDZO)

if(APPLE)
  set(CPACK_GENERATOR DragNDrop)
elseif(WIN32)
  set(CPACK_GENERATOR WIX)
else()
  set(CPACK_GENERATOR DEB)
endif()
include(CPack)
