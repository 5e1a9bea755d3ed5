# Installs the plugin SDK (component "sdk") into a scratch prefix, builds examples/plugins/publicopinion against
# it as an outside project would, and checks that claimbench-cli loads the result.
# -D BUILD_DIR SOURCE_DIR WORK CLI CXX GENERATOR MAKE
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --component sdk --prefix ${WORK}/prefix
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "installing the SDK failed: ${rc}")
endif()
foreach(f include/claimbench/claimtypeprovider.h lib/cmake/ClaimbenchSdk/ClaimbenchSdkConfig.cmake)
    string(REPLACE "lib/" "lib/*/" multiarch ${f}) # KDEInstallDirs: lib/<multiarch>/cmake on Debian
    file(GLOB_RECURSE found ${WORK}/prefix/*/${f} ${WORK}/prefix/${f} ${WORK}/prefix/${multiarch})
    if(NOT found AND NOT EXISTS ${WORK}/prefix/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SOURCE_DIR}/examples/plugins/publicopinion -B ${WORK}/build -G ${GENERATOR} -DCMAKE_MAKE_PROGRAM=${MAKE}
                        -DCMAKE_PREFIX_PATH=${WORK}/prefix -DCMAKE_CXX_COMPILER=${CXX} -DCMAKE_BUILD_TYPE=Release
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "configuring the example failed:\n${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${WORK}/build RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "building the example failed:\n${out}")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E env CLAIMBENCH_PLUGIN_PATH=${WORK}/build XDG_DATA_HOME=${WORK}/data
                        ${CLI} plugins
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0 OR NOT out MATCHES "org.example.public-opinion +running")
    message(FATAL_ERROR "claimbench-cli did not load the example plugin (exit ${rc}):\n${out}\n${err}")
endif()
message(STATUS "the example plugin builds against the installed SDK and loads")
