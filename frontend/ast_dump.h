// Front end — prints an AST exactly as CPython 3.11's `ast.dump(ast.parse(src))`, the oracle for the parser.
#pragma once

#include <string>

#include "frontend/ast.h"

namespace py2cpp::ast {

// ast.dump with its defaults (annotate_fields=True, include_attributes=False, indent=None): one line, every
// field named, optional fields left out when absent, locations never shown.
std::string dump(const Module& module);

}  // namespace py2cpp::ast
