// Runtime — the names of the builtin types' methods that runtime/src/methods.cpp implements.
//
// The lowering reads this list too: a call of any other method name cannot succeed on a builtin type (and the
// slice has no classes), so it is refused at translate time instead of failing at run time.
#pragma once

#include <string_view>

namespace py {

inline constexpr std::string_view kStrMethods[] = {
    "join", "upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "startswith",
    "endswith", "replace", "find", "rfind", "count", "index", "rindex", "partition", "rpartition", "title",
    "capitalize", "swapcase", "casefold", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix",
    "removesuffix", "format", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "istitle", "isidentifier", "isprintable", "isascii",
};
inline constexpr std::string_view kListMethods[] = {
    "append", "pop", "extend", "insert", "index", "remove", "count", "reverse", "sort", "copy", "clear",
};
inline constexpr std::string_view kDictMethods[] = {
    "get", "keys", "values", "items", "pop", "popitem", "setdefault", "copy", "update", "clear", "fromkeys",
};
inline constexpr std::string_view kNumberMethods[] = {
    "bit_length", "bit_count", "is_integer", "as_integer_ratio", "conjugate",
};

}  // namespace py
