# Install rules shared by every Claimbench library (KDE's conventions: KDEInstallDirs, private libraries without
# development symlinks). A new library needs exactly one line after its add_library():
#     claimbench_install_library(claimbench_foo)
# (a plugin: claimbench_add_plugin() in plugin/CMakeLists.txt; a program: install(TARGETS prog RUNTIME DESTINATION
# ${KDE_INSTALL_BINDIR}); a data file: a KDE_INSTALL_* destination).

# claimbench_install_library(TARGET): a shared library of the application. Versioned (VERSION, SOVERSION from the
# project), installed into <libdir> in the "runtime" component (the claimbench package) WITHOUT the development
# symlink libfoo.so (NAMELINK_SKIP): nothing outside Claimbench links it. The plugin SDK (plugin/api, component
# "sdk", package claimbench-dev) is header-only, so it has no library to install.
function(claimbench_install_library target)
    set_target_properties(${target} PROPERTIES VERSION ${PROJECT_VERSION} SOVERSION ${PROJECT_VERSION_MAJOR})
    install(TARGETS ${target} LIBRARY DESTINATION ${KDE_INSTALL_LIBDIR} COMPONENT runtime NAMELINK_SKIP)
endfunction()
