# Installs the build tree into a scratch folder and checks the layout.
file(REMOVE_RECURSE ${DEST})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${DEST}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/claimbench bin/claimbench-cli
          share/applications/org.claimbench.Claimbench.desktop
          share/metainfo/org.claimbench.Claimbench.metainfo.xml)
    if(NOT EXISTS ${DEST}/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(GLOB plugins ${DEST}/${PLUGIN_DIR}/*.so)
if(NOT plugins)
    message(FATAL_ERROR "no plugins installed in ${PLUGIN_DIR}")
endif()
message(STATUS "installed layout ok")
