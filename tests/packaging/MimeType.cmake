# cmake -DUPDATE_MIME_DATABASE=update-mime-database -DMIME=sakra-mime.xml -DDIR=folder -P MimeType.cmake
# Builds a MIME database from the file type alone, as an installation does, and checks that
# *.sakra is a Säkra register with its own icon.
file(REMOVE_RECURSE ${DIR})
file(MAKE_DIRECTORY ${DIR}/packages)
configure_file(${MIME} ${DIR}/packages/sakra.xml COPYONLY)
# In the search path, so what update-mime-database says on standard error is about the file.
get_filename_component(parent ${DIR} DIRECTORY)
set(ENV{XDG_DATA_HOME} ${parent})
execute_process(COMMAND ${UPDATE_MIME_DATABASE} ${DIR} RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR err)
  message(FATAL_ERROR "update-mime-database: ${rc} ${err}")
endif()
file(READ ${DIR}/globs2 globs)
file(READ ${DIR}/icons icons)
if(NOT globs MATCHES "application/x-sakra-register:\\*\\.sakra")
  message(FATAL_ERROR "*.sakra is not application/x-sakra-register:\n${globs}")
endif()
if(NOT icons MATCHES "application/x-sakra-register:application-x-sakra-register")
  message(FATAL_ERROR "the file type names no icon:\n${icons}")
endif()
message(STATUS "*.sakra is application/x-sakra-register with its icon")
