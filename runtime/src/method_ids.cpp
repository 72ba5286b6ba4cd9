// Runtime — the method ids of method_ids.h: the name table, the per-name-object cache, the per-type sets.
#include "method_ids.h"

#include <algorithm>
#include <bitset>
#include <iterator>
#include <string>
#include <unordered_map>

#include "internal.h"

namespace py {

namespace {

constexpr std::size_t kCount = static_cast<std::size_t>(MethodId::Count);

// Indexed by MethodId, in the enum's order.
constexpr const char* kNames[kCount] = {
    "",
    "join", "upper", "lower", "strip", "lstrip", "rstrip", "split", "rsplit", "splitlines", "startswith",
    "endswith", "replace", "find", "rfind", "count", "index", "rindex", "partition", "rpartition", "title",
    "capitalize", "swapcase", "casefold", "center", "ljust", "rjust", "zfill", "expandtabs", "removeprefix",
    "removesuffix", "format", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
    "islower", "istitle", "isidentifier", "isprintable", "isascii", "encode",
    "append", "pop", "extend", "insert", "remove", "reverse", "sort", "copy", "clear",
    "get", "keys", "values", "items", "popitem", "setdefault", "update", "fromkeys",
};

const std::unordered_map<std::string_view, MethodId>& table() {
    static const auto* names = [] {
        auto* m = new std::unordered_map<std::string_view, MethodId>();
        for (std::size_t i = 1; i < kCount; ++i) m->emplace(kNames[i], static_cast<MethodId>(i));
        return m;
    }();
    return *names;
}

template <std::size_t N>
std::bitset<kCount> id_set(const std::string_view (&names)[N]) {
    std::bitset<kCount> set;
    for (std::string_view name : names) set.set(static_cast<std::size_t>(method_id(name)));
    set.reset(0);
    return set;
}

}  // namespace

MethodId method_id(std::string_view name) {
    const auto& names = table();
    auto found = names.find(name);
    return found == names.end() ? MethodId::Unknown : found->second;
}

namespace {
// The ids of recently used name objects, direct-mapped by address.
struct CacheEntry {
    Value name;  // keeps the object alive, so its address cannot be reused for another name
    MethodId id = MethodId::Unknown;
};
CacheEntry g_cache[64];
}  // namespace

MethodId method_id(const Str& name) {
    CacheEntry& e = g_cache[(reinterpret_cast<std::uintptr_t>(&name) >> 4) & 63];
    if (e.name.is_obj() && e.name.obj() == &name) return e.id;
    e.id = method_id(std::string_view(name.data));
    e.name = Value::object(const_cast<Str*>(&name));
    return e.id;
}

const char* method_name(MethodId id) { return kNames[static_cast<std::size_t>(id)]; }

bool type_has_method(const Type* t, MethodId id) {
    static const std::bitset<kCount> str = id_set(kStrMethods), list = id_set(kListMethods), dict = id_set(kDictMethods);
    auto i = static_cast<std::size_t>(id);
    if (t == &str_type) return str.test(i);
    if (t == &list_type) return list.test(i);
    if (t == &dict_type) return dict.test(i);
    return false;
}

}  // namespace py
