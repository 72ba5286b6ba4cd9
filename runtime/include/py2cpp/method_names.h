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
    "islower", "istitle", "isidentifier", "isprintable", "isascii", "encode",
};
// bytes has the str methods above except encode (runtime/src/bytes.cpp), and these.
inline constexpr std::string_view kBytesMethods[] = {"decode", "hex", "fromhex"};
inline constexpr std::string_view kListMethods[] = {
    "append", "pop", "extend", "insert", "index", "remove", "count", "reverse", "sort", "copy", "clear",
};
inline constexpr std::string_view kDictMethods[] = {
    "get", "keys", "values", "items", "pop", "popitem", "setdefault", "copy", "update", "clear", "fromkeys",
};
inline constexpr std::string_view kNumberMethods[] = {
    "bit_length", "bit_count", "is_integer", "as_integer_ratio", "conjugate",
};
// The other methods of str, list, dict, tuple, int and float: a call of one cannot succeed on a builtin
// value, so the lowering refuses it unless a class of the program defines that name.
inline constexpr std::string_view kUnimplementedMethods[] = {
    "capitalize", "casefold", "center", "expandtabs", "format", "format_map", "isalnum", "isascii",
    "isdecimal", "isidentifier", "islower", "isnumeric", "isprintable", "istitle", "isupper", "ljust",
    "maketrans", "partition", "removeprefix", "removesuffix", "rfind", "rindex", "rjust", "rpartition", "rsplit",
    "splitlines", "swapcase", "title", "translate", "zfill", "fromkeys", "popitem", "as_integer_ratio",
    "bit_count", "bit_length", "conjugate", "from_bytes", "to_bytes", "is_integer",
};
inline constexpr std::string_view kSetMethods[] = {
    "add", "remove", "discard", "pop", "clear", "copy", "update", "union", "intersection", "difference",
    "symmetric_difference", "issubset", "issuperset", "isdisjoint", "intersection_update", "difference_update",
    "symmetric_difference_update",
};

inline constexpr std::string_view kGeneratorMethods[] = {"send", "throw", "close"};

}  // namespace py
