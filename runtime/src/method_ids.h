// Runtime — small integer ids for the names of the str, list and dict methods, so that a method call
// dispatches with a switch instead of comparing the name against every method's.
//
// A call `obj.name(...)` reaches the runtime with the name as a str constant of the program; method_id(Str&)
// maps it once and remembers the answer by the object's address (holding a reference, so the address is never
// reused while cached). Callers that have only a C string (`py::call_method("append", ...)`) use the table.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "py2cpp/classes.h"  // BuiltinMethodEntry

namespace py {

enum class MethodId : std::uint8_t {
    Unknown,
    // str (the order of kStrMethods)
    join, upper, lower, strip, lstrip, rstrip, split, rsplit, splitlines, startswith, endswith, replace, find,
    rfind, count, index, rindex, partition, rpartition, title, capitalize, swapcase, casefold, center, ljust,
    rjust, zfill, expandtabs, removeprefix, removesuffix, format, isdigit, isdecimal, isnumeric, isalpha,
    isalnum, isspace, isupper, islower, istitle, isidentifier, isprintable, isascii, encode,
    // list, besides index and count
    append, pop, extend, insert, remove, reverse, sort, copy, clear,
    // dict, besides pop, copy and clear
    get, keys, values, items, popitem, setdefault, update, fromkeys,
    Count
};

MethodId method_id(std::string_view name);  // Unknown for any other name
MethodId method_id(const char* name);       // the same, remembering the last literal

// The ids of recently used name objects, direct-mapped by address.
struct MethodIdCacheEntry {
    Value name;  // keeps the object alive, so its address cannot be reused for another name
    MethodId id = MethodId::Unknown;
};
extern MethodIdCacheEntry g_method_id_cache[64];
inline std::size_t method_id_slot(const Str& name) { return (reinterpret_cast<std::uintptr_t>(&name) >> 4) & 63; }
MethodId method_id_slow(const Str& name);
// method_id of a name object, remembered per object.
inline MethodId method_id(const Str& name) {
    const MethodIdCacheEntry& e = g_method_id_cache[method_id_slot(name)];
    return e.name.is_obj() && e.name.obj() == &name ? e.id : method_id_slow(name);
}
const char* method_name(MethodId id);

// Whether str, list or dict (`t`) has the method `id`.
bool type_has_method(const Type* t, MethodId id);

// Each str method's entry, by id (str_methods.cpp): the methods loops call most have their own, straight to
// their work; the others share str_method's.
extern const std::array<BuiltinMethodEntry, static_cast<std::size_t>(MethodId::Count)> g_str_method_entries;
// Every list and dict method's entry (methods.cpp).
Value list_or_dict_method_entry(const Value& self, MethodId id, const Value* args, std::size_t n);
// The code that self.name(args) enters for a str, list or dict `self` whose type has the method `id`
// (type_has_method): a table read, not a dispatch on the id.
inline BuiltinMethodEntry builtin_method_entry(const Value& self, MethodId id) {
    return self.obj()->type == &str_type ? g_str_method_entries[static_cast<std::size_t>(id)]
                                         : list_or_dict_method_entry;
}

}  // namespace py
