// Front end — prints a symbol table: for people (`py2cpp scopes FILE`) and as JSON (`py2cpp scopes --json`).
//
// The JSON is byte for byte what tests/symtable_json.py prints from CPython's `symtable` module: a tree of
// blocks {"children","lineno","name","symbols","type"}, each symbol {"flags","scope"}, keys sorted, compact,
// non-ASCII escaped as \uXXXX (json.dumps defaults).
#pragma once

#include <string>

#include "frontend/scope.h"

namespace py2cpp {

std::string scopes_json(const Scope& top);
// One block per header line, indented by nesting; under it one name per line with its scope and flags.
std::string scopes_text(const Scope& top);

}  // namespace py2cpp
