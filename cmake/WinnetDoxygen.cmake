# winnet_doxygen_xml(OUT_DIR <dir>): runs site/Doxyfile over lib/include whenever a public header
# changes, writing <dir>/xml/index.xml. Fails the build on any undocumented public member.
find_program(WINNET_DOXYGEN doxygen)

function(winnet_doxygen_xml out_dir_var)
  if(NOT WINNET_DOXYGEN)
    message(FATAL_ERROR "doxygen not found: the Python docstrings are generated from the Doxygen "
                        "XML of the headers. Install it (Debian: apt-get install doxygen).")
  endif()
  set(out_dir ${CMAKE_BINARY_DIR}/doxygen)
  file(GLOB_RECURSE headers CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/lib/include/*.hpp)
  add_custom_command(
    OUTPUT ${out_dir}/xml/index.xml
    COMMAND ${CMAKE_COMMAND} -E make_directory ${out_dir}
    COMMAND ${CMAKE_COMMAND} -E env WINNET_SOURCE_DIR=${PROJECT_SOURCE_DIR} WINNET_DOXYGEN_OUT=${out_dir}
            ${WINNET_DOXYGEN} ${PROJECT_SOURCE_DIR}/site/Doxyfile
    DEPENDS ${headers} ${PROJECT_SOURCE_DIR}/site/Doxyfile
    COMMENT "Doxygen XML of the public headers (undocumented members fail)"
    VERBATIM)
  set(${out_dir_var} ${out_dir}/xml PARENT_SCOPE)
endfunction()
