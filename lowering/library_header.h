// Lowering — the C++ header of a module compiled into a library (py2cpp_add_library): its public top-level
// functions and classes as C++ functions that call into the compiled module (runtime: py2cpp/embed.h).
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace py2cpp {

// The header for module `module_name` (dotted; its namespace in C++ too) translated from `source_path`.
std::string library_header(const ast::Module& module, std::string_view module_name, std::string_view source_path);

}  // namespace py2cpp
