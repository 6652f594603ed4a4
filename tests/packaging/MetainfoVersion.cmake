# cmake -DMETAINFO=FILE -DVERSION=x.y.z -P MetainfoVersion.cmake
# The newest release in the AppStream metainfo (the first <release>) is the project's version,
# so software centres show the version the package holds.
file(READ ${METAINFO} text)
if(NOT text MATCHES "<release version=\"([^\"]+)\"")
  message(FATAL_ERROR "${METAINFO} has no <release>")
endif()
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${METAINFO}: newest release ${CMAKE_MATCH_1}, project version ${VERSION}: add a <release>")
endif()
message(STATUS "Newest release ${CMAKE_MATCH_1}")
