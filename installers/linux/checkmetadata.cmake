# Checks what the validators cannot: the metainfo's newest release is the project's
# version, and the desktop file registers the keyport:// handler and passes the URL on.
#   cmake -DVERSION=x.y.z -DMETAINFO=<file> -DDESKTOP=<file> -P checkmetadata.cmake
file(READ "${METAINFO}" metainfo)
string(REGEX MATCH "<release version=\"([^\"]+)\"" first_release "${metainfo}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
  message(FATAL_ERROR "${METAINFO}: the first <release> is '${CMAKE_MATCH_1}', the project "
    "is ${VERSION}: add a <release version=\"${VERSION}\" date=\"YYYY-MM-DD\"/> on top")
endif()

# A leading newline lets "\n<Key>=" find a key on any line, the first one included.
file(READ "${DESKTOP}" desktop)
string(PREPEND desktop "\n")
string(REGEX MATCH "\nMimeType=([^\n]*)" mime_line "${desktop}")
if(NOT CMAKE_MATCH_1 MATCHES "(^|;)x-scheme-handler/keyport;")
  message(FATAL_ERROR "${DESKTOP}: MimeType does not list x-scheme-handler/keyport")
endif()
string(REGEX MATCH "\nExec=([^\n]*)" exec_line "${desktop}")
if(NOT CMAKE_MATCH_1 MATCHES "^keyport( .*)? %[uU]")
  message(FATAL_ERROR "${DESKTOP}: Exec must start keyport and pass the link (%U)")
endif()
message(STATUS "metainfo release ${VERSION}, desktop file registers keyport://")
