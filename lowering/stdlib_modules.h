// Lowering — the names of CPython's standard library modules (generated from python3's
// sys.stdlib_module_names by lowering/scripts/gen_stdlib_modules.py), sorted.
#pragma once

#include <cstddef>
#include <string_view>

namespace py2cpp {

extern const std::string_view kStdlibModules[];
extern const std::size_t kStdlibModuleCount;

}  // namespace py2cpp
