# The Debian packages (CPack DEB), made by tools/package: "claimbench" (the programs, their private libraries,
# the plugins, desktop file, metainfo, logging categories, the sample) and "claimbench-dev" (the plugin SDK:
# headers and the ClaimbenchSdk CMake package). Depends: from the shared libraries the binaries link
# (dpkg-shlibdeps), plus what is loaded at run time and so invisible to it.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME claimbench)
set(CPACK_PACKAGE_VENDOR "The Claimbench developers")
set(CPACK_PACKAGE_CONTACT "The Claimbench developers <dev@claimbench.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr) # every install path is relative (KDEInstallDirs, $ORIGIN RPATHs)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL runtime sdk)
set(CPACK_COMPONENTS_GROUPING IGNORE)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # claimbench_0.1.0_amd64.deb, claimbench-dev_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Our own private libraries, for dpkg-shlibdeps (they are in the package itself, not a dependency).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_LIBRARY_OUTPUT_DIRECTORY})
set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)

set(CPACK_DEBIAN_RUNTIME_PACKAGE_NAME claimbench)
set(CPACK_DEBIAN_RUNTIME_DESCRIPTION "${PROJECT_DESCRIPTION}
 Mark claims in articles (plain text, Markdown, HTML), record verdicts, sources
 and notes, and write review reports (HTML, PDF, Markdown, CSV, JSON,
 schema.org ClaimReview, W3C Web Annotation). Includes claimbench-cli.")
# (Qt WebEngine's helper process, libqt6webenginecore6-bin, comes from libqt6webenginecore6's shlibs.)
set(CPACK_DEBIAN_RUNTIME_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_RUNTIME_PACKAGE_SUGGESTS "pandoc")

set(CPACK_DEBIAN_SDK_PACKAGE_NAME claimbench-dev)
set(CPACK_DEBIAN_SDK_PACKAGE_SECTION libdevel)
set(CPACK_DEBIAN_SDK_DESCRIPTION "Claimbench plugin SDK
 Headers and the ClaimbenchSdk CMake package for building claim-type plugins
 for Claimbench outside its source tree: find_package(ClaimbenchSdk).")
set(CPACK_DEBIAN_SDK_PACKAGE_DEPENDS "qt6-base-dev, cmake") # and claimbench (= version): CPACK_COMPONENT_SDK_DEPENDS
set(CPACK_COMPONENT_SDK_DEPENDS runtime)

include(CPack)
