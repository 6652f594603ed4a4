# Windows and macOS: the installation carries the Qt libraries, plugins and translations the
# programs need (windeployqt, macdeployqt) and, on Windows, the other libraries they link
# (SQLite, libxlsxwriter, minizip, OpenSSL's libcrypto, zlib). Not tried on either system: see
# packaging/README.md. Included by packaging/CMakeLists.txt after the programs' install rules,
# so the programs are in place when these scripts run.
if(APPLE)
  # macdeployqt works on the bundle and takes sakra-cli, installed inside it, as one more
  # executable.
  set(sakra_executable "Sakra.app")
  set(sakra_more "Sakra.app/Contents/MacOS/sakra-cli")
  set(sakra_qt_conf "")
else()
  set(sakra_executable "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sakra>")
  set(sakra_more "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:sakra-cli>")
  set(sakra_qt_conf "GENERATE_QT_CONF")
endif()
set(sakra_deploy_script ${CMAKE_CURRENT_BINARY_DIR}/deploy-qt-$<CONFIG>.cmake)
file(GENERATE OUTPUT ${sakra_deploy_script} CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(EXECUTABLE \"${sakra_executable}\"
                               ADDITIONAL_EXECUTABLES \"${sakra_more}\"
                               ${sakra_qt_conf})
")
install(SCRIPT ${sakra_deploy_script})

if(WIN32)
  # windeployqt copies Qt only. The other DLLs are looked for beside the programs (vcpkg's
  # toolchain copies them there) and on PATH; Windows' own stay out.
  install(CODE [[
    file(GET_RUNTIME_DEPENDENCIES
         EXECUTABLES "$<TARGET_FILE:sakra>" "$<TARGET_FILE:sakra-cli>"
         RESOLVED_DEPENDENCIES_VAR sakra_resolved
         UNRESOLVED_DEPENDENCIES_VAR sakra_unresolved
         DIRECTORIES "$<TARGET_FILE_DIR:sakra>" $ENV{PATH}
         PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6"
         POST_EXCLUDE_REGEXES "[Ss]ystem32")
    foreach(dll IN LISTS sakra_resolved)
      file(INSTALL "${dll}" DESTINATION "${CMAKE_INSTALL_PREFIX}/bin")
    endforeach()
    if(sakra_unresolved)
      message(WARNING "Libraries not found for the installation: ${sakra_unresolved}")
    endif()
  ]])
  # The Visual C++ runtime beside the programs.
  set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
  include(InstallRequiredSystemLibraries)
endif()
