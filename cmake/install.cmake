# Installation — `cmake --install BUILD --prefix P` lays out py2cpp as find_runtime() (cli/toolchain.cpp) and the
# CMake package (cmake/py2cppConfig.cmake.in) expect it, relocatable under any prefix:
#   P/bin/py2cpp
#   P/include/py2cpp/*.h                         the runtime's headers
#   P/lib/libpy2cpp_runtime.a                    the prebuilt runtime
#   P/lib/py2cpp/runtime-pch/O{0,2}/py2cpp/runtime.h.gch
#   P/lib/cmake/py2cpp/                          py2cppConfig.cmake, its version file, the exported targets
#                                                (py2cpp::runtime, py2cpp::py2cpp) and py2cppFunctions.cmake
# `lib`, not GNUInstallDirs' multiarch directory: the executable finds its runtime at <exe>/../lib.
include(CMakePackageConfigHelpers)

set(PY2CPP_INSTALL_CMAKEDIR lib/cmake/py2cpp)

install(TARGETS py2cpp EXPORT py2cppTargets RUNTIME DESTINATION bin)
set_target_properties(py2cpp_runtime PROPERTIES EXPORT_NAME runtime)
install(TARGETS py2cpp_runtime EXPORT py2cppTargets ARCHIVE DESTINATION lib)
install(DIRECTORY runtime/include/py2cpp DESTINATION include)
install(DIRECTORY ${PROJECT_BINARY_DIR}/runtime-pch/O0 ${PROJECT_BINARY_DIR}/runtime-pch/O2
        DESTINATION lib/py2cpp/runtime-pch)  # (cli/CMakeLists.txt builds them)
install(EXPORT py2cppTargets NAMESPACE py2cpp:: DESTINATION ${PY2CPP_INSTALL_CMAKEDIR})

configure_package_config_file(cmake/py2cppConfig.cmake.in ${PROJECT_BINARY_DIR}/py2cppConfig.cmake
                              INSTALL_DESTINATION ${PY2CPP_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/py2cppConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/py2cppConfig.cmake ${PROJECT_BINARY_DIR}/py2cppConfigVersion.cmake
              cmake/py2cppFunctions.cmake
        DESTINATION ${PY2CPP_INSTALL_CMAKEDIR})
