# Installs the build tree into a scratch folder and checks the layout (KDE's rules).
cmake_policy(VERSION 3.25)
file(REMOVE_RECURSE ${DEST})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${DEST}
                RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${rc}")
endif()
foreach(f bin/claimbench bin/claimbench-cli
          ${APPDIR}/org.claimbench.claimbench.desktop
          ${METAINFODIR}/org.claimbench.claimbench.metainfo.xml
          ${CATEGORIESDIR}/claimbench.categories
          share/icons/hicolor/scalable/apps/org.claimbench.claimbench.svg
          share/claimbench/examples/essex-jiangsu.txt share/claimbench/examples/essex-jiangsu.txt.claims.json
          include/claimbench/claimtypeprovider.h)
    if(NOT EXISTS ${DEST}/${f})
        message(FATAL_ERROR "not installed: ${f}")
    endif()
endforeach()
file(GLOB plugins ${DEST}/${PLUGIN_DIR}/*.so)
if(NOT plugins)
    message(FATAL_ERROR "no plugins installed in ${PLUGIN_DIR}")
endif()
# Qt WebEngine's module (loaded when first needed, #18): beside the plugins, in a folder of its own that the plugin
# manager does not scan.
file(GLOB webengine_module ${DEST}/${PLUGIN_DIR}/modules/*claimbench_webengine.so)
if(NOT webengine_module)
    message(FATAL_ERROR "the Qt WebEngine module is not installed in ${PLUGIN_DIR}/modules")
endif()
# Private libraries: the versioned file and its soname link, never the development symlink (NAMELINK_SKIP).
file(GLOB libs RELATIVE ${DEST}/${LIBDIR} ${DEST}/${LIBDIR}/libclaimbench_*)
if(NOT "libclaimbench_annotations.so.0" IN_LIST libs)
    message(FATAL_ERROR "libclaimbench_annotations.so.0 not installed in ${LIBDIR}: ${libs}")
endif()
foreach(l IN LISTS libs)
    if(l MATCHES "\\.so$")
        message(FATAL_ERROR "development symlink installed: ${LIBDIR}/${l}")
    endif()
endforeach()
file(STRINGS ${DEST}/${CATEGORIESDIR}/claimbench.categories categories)
foreach(c claimbench.atomicfile claimbench.plugins claimbench.pdf claimbench.webengine claimbench.document)
    if(NOT categories MATCHES "${c} ")
        message(FATAL_ERROR "logging category ${c} missing from claimbench.categories")
    endif()
endforeach()
message(STATUS "installed layout ok")
