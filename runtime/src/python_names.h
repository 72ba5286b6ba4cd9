// Runtime — the names CPython's namespaces start with, generated from python3 (scripts/gen_python_names.py).
#pragma once

namespace py {

extern const char* const kBuiltinNames[];          // builtins.__dict__ in order; null-terminated
extern const char* const kScriptInitialGlobals[];  // a script's globals() before its first statement

}  // namespace py
