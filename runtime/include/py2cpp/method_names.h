// Runtime — the names of the builtin types' methods that runtime/src/methods.cpp implements.
//
// The lowering reads this list too: a call of any other method name cannot succeed on a builtin type (and the
// slice has no classes), so it is refused at translate time instead of failing at run time.
#pragma once

#include <string_view>

namespace py {

inline constexpr std::string_view kStrMethods[] = {
    "join", "upper", "lower", "strip", "lstrip", "rstrip", "split", "startswith", "endswith", "replace", "find",
    "count", "index", "isdigit", "isalpha", "isspace", "encode",
};
// bytes has the str methods above except encode (runtime/src/bytes.cpp), and these.
inline constexpr std::string_view kBytesMethods[] = {"decode", "hex", "fromhex"};
inline constexpr std::string_view kListMethods[] = {
    "append", "pop", "extend", "insert", "index", "remove", "count", "reverse", "sort", "copy", "clear",
};
inline constexpr std::string_view kDictMethods[] = {
    "get", "keys", "values", "items", "pop", "setdefault", "copy", "update", "clear",
};
inline constexpr std::string_view kSetMethods[] = {
    "add", "remove", "discard", "pop", "clear", "copy", "update", "union", "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update", "difference_update",
    "symmetric_difference_update",
};

}  // namespace py
