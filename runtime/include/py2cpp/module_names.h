// Runtime — the names of the modules the runtime provides (runtime/src/modules.cpp builds them).
//
// The lowering reads this list too: an import of any other module is refused at translate time.
#pragma once

#include <string_view>

namespace py {

inline constexpr std::string_view kRuntimeModules[] = {"builtins", "collections", "dataclasses", "functools", "itertools", "math", "operator", "random", "string", "sys", "time", "typing"};

}  // namespace py
