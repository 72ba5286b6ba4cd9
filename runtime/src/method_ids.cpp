// Runtime — the method ids of method_ids.h: the name table, the per-name-object cache, the per-type sets.
#include "method_ids.h"

#include <algorithm>
#include <bitset>
#include <cstring>
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

MethodId method_id(const char* name) {
    // The emitted code passes literals (`py::call_method("append", ...)`): remember the last one by address,
    // confirmed by comparing the text, since a name may also come from a temporary buffer.
    static const char* last_name = nullptr;
    static MethodId last_id = MethodId::Unknown;
    if (name == last_name && std::strcmp(name, method_name(last_id)) == 0) return last_id;
    MethodId id = method_id(std::string_view(name));
    if (id != MethodId::Unknown) {
        last_name = name;
        last_id = id;
    }
    return id;
}

MethodIdCacheEntry g_method_id_cache[64];

MethodId method_id_slow(const Str& name) {
    MethodIdCacheEntry& e = g_method_id_cache[method_id_slot(name)];
    e.id = method_id(std::string_view(name.text()));
    e.name = Value::object(const_cast<Str*>(&name));
    return e.id;
}

const char* method_name(MethodId id) { return kNames[static_cast<std::size_t>(id)]; }

namespace {
// Built before main() (the emitted code calls methods only from there).
const std::bitset<kCount> g_str_methods = id_set(kStrMethods), g_list_methods = id_set(kListMethods),
                          g_dict_methods = id_set(kDictMethods);
}  // namespace

bool type_has_method(const Type* t, MethodId id) {
    auto i = static_cast<std::size_t>(id);
    if (t == &str_type) return g_str_methods.test(i);
    if (t == &list_type) return g_list_methods.test(i);
    if (t == &dict_type) return g_dict_methods.test(i);
    return false;
}

}  // namespace py
