# py2cpp's CMake functions (included by py2cppConfig.cmake): Python sources become C++ at build time.
#
#   py2cpp_add_executable(TARGET ENTRY.py [MODULES a.py b.py ...] [SEARCH_PATH dir ...])
#
# A native executable from a Python program: ENTRY.py and the modules it imports (looked for in ENTRY's
# directory, then each SEARCH_PATH directory, as `py2cpp translate -I`). MODULES lists the program's other
# modules: each is translated to its own C++ file, so the target knows its sources when CMake configures (a
# module the program imports but MODULES leaves out fails the translation, naming it). The
# translation is a build step with a depfile: editing ENTRY.py or any module it imports translates again, and
# only the C++ files whose text changed are recompiled (with Ninja; Makefiles recompile the program's units).
# A syntax error fails the build with py2cpp's `FILE:LINE:COL: error:` message.

# The dotted module name of `file` (absolute): its path under the first of `dirs` that holds it.
function(_py2cpp_module_name out file dirs)
  foreach(dir IN LISTS dirs)
    file(RELATIVE_PATH rel "${dir}" "${file}")
    if(NOT rel MATCHES "^\\.\\./")
      string(REGEX REPLACE "\\.py$" "" rel "${rel}")
      string(REGEX REPLACE "/__init__$" "" rel "${rel}")
      string(REPLACE "/" "." rel "${rel}")
      set(${out} "${rel}" PARENT_SCOPE)
      return()
    endif()
  endforeach()
  message(FATAL_ERROR "py2cpp: ${file} is in none of the program's directories (${dirs})")
endfunction()

# Where the program's modules are looked for: `root` (the entry's directory, or a library's first module's),
# then SEARCH_PATH (absolute); and the `-I` flags that tell py2cpp the same.
function(_py2cpp_search_path out_dirs out_flags root search_path)
  set(dirs "${root}")
  set(flags)
  foreach(dir IN LISTS search_path)
    get_filename_component(dir "${dir}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND dirs "${dir}")
    list(APPEND flags -I "${dir}")
  endforeach()
  set(${out_dirs} "${dirs}" PARENT_SCOPE)
  set(${out_flags} "${flags}" PARENT_SCOPE)
endfunction()

function(py2cpp_add_executable target entry)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "" "MODULES;SEARCH_PATH")
  get_filename_component(entry "${entry}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(entry_dir "${entry}" DIRECTORY)
  _py2cpp_search_path(dirs include_flags "${entry_dir}" "${arg_SEARCH_PATH}")

  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/py2cpp/${target}")
  set(main_cpp "${out_dir}/${target}.cpp")
  set(outputs "${main_cpp}")
  set(sources "${entry}")
  set(expect --expect-module "")  # an empty name: a program without MODULES has none
  foreach(module IN LISTS arg_MODULES)
    get_filename_component(module "${module}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    _py2cpp_module_name(name "${module}" "${dirs}")
    list(APPEND outputs "${out_dir}/${target}.${name}.cpp")
    list(APPEND sources "${module}")
    list(APPEND expect --expect-module "${name}")
  endforeach()

  add_custom_command(
    OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${out_dir}"
    COMMAND py2cpp::py2cpp translate "${entry}" -o "${main_cpp}" --depfile "${out_dir}/${target}.d"
            ${include_flags} ${expect}
    DEPENDS ${sources} py2cpp::py2cpp
    DEPFILE "${out_dir}/${target}.d"
    COMMENT "py2cpp: translating ${entry}"
    VERBATIM)
  add_executable(${target} ${outputs})
  target_link_libraries(${target} PRIVATE py2cpp::runtime)
endfunction()

#   py2cpp_add_library(TARGET [STATIC|SHARED] MODULE.py ... [SEARCH_PATH dir ...])
#
# A library of compiled Python modules, and a C++ header per MODULE declaring its public top-level functions
# and classes (`#include "geometry.h"` then `geometry::area(2.0, 3.5)`; see <py2cpp/embed.h> for py2cpp::Object
# and py2cpp::Error). The modules are named by their paths under the first one's directory (pkg/util.py is
# pkg.util, its header pkg/util.h); what they import must be among them (or a module of the runtime). The
# headers' directory is a PUBLIC include directory of TARGET. A module's body runs at the first call into it.
function(py2cpp_add_library target)
  cmake_parse_arguments(PARSE_ARGV 1 arg "STATIC;SHARED" "" "SEARCH_PATH")
  set(type STATIC)
  if(arg_SHARED)
    set(type SHARED)
  endif()
  set(modules ${arg_UNPARSED_ARGUMENTS})
  if(NOT modules)
    message(FATAL_ERROR "py2cpp_add_library(${target}): no modules")
  endif()
  list(GET modules 0 first)
  get_filename_component(first "${first}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  get_filename_component(base "${first}" DIRECTORY)
  _py2cpp_search_path(dirs include_flags "${base}" "${arg_SEARCH_PATH}")

  set(out_dir "${CMAKE_CURRENT_BINARY_DIR}/py2cpp/${target}")
  set(header_dir "${out_dir}/include")
  set(sources)
  set(outputs)
  set(headers)
  set(expect)
  foreach(module IN LISTS modules)
    get_filename_component(module "${module}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    _py2cpp_module_name(name "${module}" "${dirs}")
    list(APPEND sources "${module}")
    list(APPEND outputs "${out_dir}/${target}.${name}.cpp")
    string(REPLACE "." "/" header "${name}")
    list(APPEND headers "${header_dir}/${header}.h")
    list(APPEND expect --expect-module "${name}")
  endforeach()

  add_custom_command(
    OUTPUT ${outputs} ${headers}
    COMMAND ${CMAKE_COMMAND} -E make_directory "${header_dir}"
    COMMAND py2cpp::py2cpp translate --library ${sources} -o "${out_dir}/${target}.cpp" --header-dir "${header_dir}"
            --depfile "${out_dir}/${target}.d" ${include_flags} ${expect}
    DEPENDS ${sources} py2cpp::py2cpp
    DEPFILE "${out_dir}/${target}.d"
    COMMENT "py2cpp: translating the modules of ${target}"
    VERBATIM)
  add_library(${target} ${type} ${outputs} ${headers})
  target_include_directories(${target} PUBLIC "${header_dir}")
  target_link_libraries(${target} PUBLIC py2cpp::runtime)
endfunction()
