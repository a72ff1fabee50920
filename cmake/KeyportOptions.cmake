# One INTERFACE target carries the compile options of every Keyport target.
add_library(keyport_options INTERFACE)
target_compile_features(keyport_options INTERFACE cxx_std_20)
target_compile_definitions(keyport_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  # Effective from Qt 6.7; harmless before and keeps us honest on newer Qt.
  QT_NO_CONTEXTLESS_CONNECT
  QT_DISABLE_DEPRECATED_BEFORE=0x060400
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  KEYPORT_VERSION="${PROJECT_VERSION}")
if(MSVC)
  target_compile_options(keyport_options INTERFACE /W4 $<$<BOOL:${KEYPORT_WERROR}>:/WX>)
else()
  target_compile_options(keyport_options INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wcast-qual
    # clang (the fuzz build) has no -Wshadow=local.
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local>
    $<$<BOOL:${KEYPORT_WERROR}>:-Werror>)
endif()

# Registers one test executable per class or feature, with a label.
function(keyport_add_test name)
  cmake_parse_arguments(T "" "LABEL;TIMEOUT" "SOURCES;LIBS;DEPENDS" ${ARGN})
  if(NOT T_LABEL)
    message(FATAL_ERROR "keyport_add_test(${name}) needs LABEL unit|integration|ui")
  endif()
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE keyport_options keyport_testsupport Qt6::Test ${T_LIBS})
  if(T_DEPENDS)
    add_dependencies(${name} ${T_DEPENDS})
  endif()
  add_test(NAME ${name} COMMAND ${name})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 120)
  endif()
  set_tests_properties(${name} PROPERTIES LABELS ${T_LABEL} TIMEOUT ${T_TIMEOUT}
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;KEYPORT_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()
