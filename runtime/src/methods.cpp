// Runtime — methods of the builtin types (`obj.name(args)`), dispatched on the receiver's type and the name.
//
// The lowering emits `py::call_method("append", {obj, x})`; a string switch per call is slow-ish but simple,
// and a later typed lowering will call these directly.
#include <algorithm>
#include <cstring>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

[[noreturn]] void no_attribute(const Value& self, const char* name) {
    raise(&AttributeError, std::string("'") + type_name(self) + "' object has no attribute '" + name + "'");
}

void expect_args(const char* type, const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    if (n >= lo && n <= hi) return;
    std::string method = std::string(type) + "." + name + "()";
    if (lo == hi && lo == 0) raise(&TypeError, method + " takes no arguments (" + std::to_string(n) + " given)");
    if (lo == hi && lo == 1) raise(&TypeError, method + " takes exactly one argument (" + std::to_string(n) + " given)");
    if (n < lo)
        raise(&TypeError, method.substr(0, method.size() - 2) + " expected at least " + std::to_string(lo) +
                              " argument" + (lo == 1 ? "" : "s") + ", got " + std::to_string(n));
    raise(&TypeError, method.substr(0, method.size() - 2) + " expected at most " + std::to_string(hi) + " argument" +
                          (hi == 1 ? "" : "s") + ", got " + std::to_string(n));
}

const std::string& str_arg(const Value& v, const char* what) {
    if (!is_str(v)) raise(&TypeError, std::string(what) + " arg must be None or str");
    return as<Str>(v).data;
}

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

Value str_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    const std::string& s = as<Str>(self).data;
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (is("encode")) return str_encode(self, a, n);
    if (is("join")) {
        expect_args("str", name, n, 1, 1);
        std::string out;
        ForIter it(a[0]);
        std::size_t i = 0;
        for (Value x; it.next(x); ++i) {
            if (!is_str(x))
                raise(&TypeError, "sequence item " + std::to_string(i) + ": expected str instance, " + type_name(x) +
                                      " found");
            if (i > 0) out += s;
            out += as<Str>(x).data;
        }
        return new_str(std::move(out));
    }
    if (is("upper") || is("lower")) {
        expect_args("str", name, n, 0, 0);
        bool up = is("upper");
        std::string out;
        out.reserve(s.size());
        for (std::size_t i = 0; i < s.size();) {
            std::size_t start = i;
            char32_t c = unicode::decode(s.data(), i);
            if (c < 0x80) {
                out += static_cast<char>(up ? std::toupper(static_cast<int>(c)) : std::tolower(static_cast<int>(c)));
                continue;
            }
            if (!up && c == 0x3A3) {
                // final sigma (simplified): after a cased letter and not before one
                auto cased = [](char32_t x) { return unicode::upper(x) != nullptr || unicode::lower(x) != nullptr; };
                bool after = false, before = false;
                if (start > 0) {
                    std::size_t p = start - 1;
                    while (p > 0 && (static_cast<unsigned char>(s[p]) & 0xC0) == 0x80) --p;
                    after = cased(unicode::decode(s.data(), p));
                }
                if (i < s.size()) {
                    std::size_t q = i;
                    before = cased(unicode::decode(s.data(), q));
                }
                out += after && !before ? "\u03c2" : "\u03c3";
                continue;
            }
            const char* mapped = up ? unicode::upper(c) : unicode::lower(c);
            if (mapped != nullptr)
                out += mapped;
            else
                out.append(s, start, i - start);
        }
        return new_str(std::move(out));
    }
    if (is("strip") || is("lstrip") || is("rstrip")) {
        expect_args("str", name, n, 0, 1);
        std::string chars = n == 1 && !a[0].is_none() ? str_arg(a[0], name) : std::string();
        auto strip_me = [&](unsigned char c) { return n == 1 && !a[0].is_none() ? chars.find(static_cast<char>(c)) != std::string::npos : is_space(c); };
        std::size_t b = 0, e = s.size();
        if (!is("rstrip"))
            while (b < e && strip_me(static_cast<unsigned char>(s[b]))) ++b;
        if (!is("lstrip"))
            while (e > b && strip_me(static_cast<unsigned char>(s[e - 1]))) --e;
        return new_str(s.substr(b, e - b));
    }
    if (is("split")) {
        expect_args("str", name, n, 0, 1);
        auto* out = new List();
        Value result = Value::object(out);
        if (n == 0 || a[0].is_none()) {
            std::size_t i = 0;
            while (true) {
                while (i < s.size() && is_space(static_cast<unsigned char>(s[i]))) ++i;
                if (i >= s.size()) break;
                std::size_t j = i;
                while (j < s.size() && !is_space(static_cast<unsigned char>(s[j]))) ++j;
                out->items.push_back(new_str(s.substr(i, j - i)));
                i = j;
            }
            return result;
        }
        const std::string& sep = str_arg(a[0], "must be str or None; split()");
        if (sep.empty()) raise(&ValueError, "empty separator");
        std::size_t i = 0;
        for (std::size_t j; (j = s.find(sep, i)) != std::string::npos; i = j + sep.size())
            out->items.push_back(new_str(s.substr(i, j - i)));
        out->items.push_back(new_str(s.substr(i)));
        return result;
    }
    if (is("startswith") || is("endswith")) {
        expect_args("str", name, n, 1, 1);
        if (!is_str(a[0]))
            raise(&TypeError, std::string(name) + " first arg must be str or a tuple of str, not " + type_name(a[0]));
        const std::string& p = as<Str>(a[0]).data;
        bool r = p.size() <= s.size() && (is("startswith") ? s.compare(0, p.size(), p) == 0
                                                           : s.compare(s.size() - p.size(), p.size(), p) == 0);
        return Value::boolean(r);
    }
    if (is("replace")) {
        expect_args("str", name, n, 2, 2);
        const std::string& from = str_arg(a[0], "replace()");
        const std::string& to = str_arg(a[1], "replace()");
        std::string out;
        if (from.empty()) {
            // CPython inserts `to` between every code point and at both ends
            ForIter it(self);
            out = to;
            for (Value c; it.next(c);) out += as<Str>(c).data + to;
            return new_str(std::move(out));
        }
        std::size_t i = 0;
        for (std::size_t j; (j = s.find(from, i)) != std::string::npos; i = j + from.size()) {
            out.append(s, i, j - i);
            out += to;
        }
        out.append(s, i, std::string::npos);
        return new_str(std::move(out));
    }
    if (is("find") || is("count") || is("index")) {
        expect_args("str", name, n, 1, 1);
        const std::string& sub = str_arg(a[0], name);
        if (is("count")) {
            if (sub.empty()) return Value::integer(as<Str>(self).size() + 1);
            std::int64_t c = 0;
            for (std::size_t i = s.find(sub); i != std::string::npos; i = s.find(sub, i + sub.size())) ++c;
            return Value::integer(c);
        }
        std::size_t pos = s.find(sub);
        if (pos == std::string::npos) {
            if (is("index")) raise(&ValueError, "substring not found");
            return Value::integer(-1);
        }
        std::int64_t cp = 0;  // byte offset → code point index
        for (std::size_t i = 0; i < pos; ++i) cp += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
        return Value::integer(cp);
    }
    if (is("isdigit") || is("isalpha") || is("isspace")) {
        expect_args("str", name, n, 0, 0);
        if (s.empty()) return Value::boolean(false);
        for (unsigned char c : s) {
            bool ok = is("isdigit") ? (c >= '0' && c <= '9') : is("isalpha") ? std::isalpha(c) != 0 : is_space(c);
            if (!ok || c >= 0x80) return Value::boolean(false);
        }
        return Value::boolean(true);
    }
    no_attribute(self, name);
}

Value list_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    auto& items = as<List>(self).items;
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (is("append")) {
        expect_args("list", name, n, 1, 1);
        items.push_back(a[0]);
        return Value::none();
    }
    if (is("pop")) {
        expect_args("list", name, n, 0, 1);
        if (items.empty()) raise(&IndexError, "pop from empty list");
        std::int64_t size = static_cast<std::int64_t>(items.size());
        std::int64_t i = n == 0 ? size - 1 : to_index(a[0], "list");
        if (i < 0) i += size;
        if (i < 0 || i >= size) raise(&IndexError, "pop index out of range");
        Value v = std::move(items[static_cast<std::size_t>(i)]);
        items.erase(items.begin() + i);
        return v;
    }
    if (is("extend")) {
        expect_args("list", name, n, 1, 1);
        std::vector<Value> extra;
        ForIter it(a[0]);
        for (Value x; it.next(x);) extra.push_back(x);
        items.insert(items.end(), extra.begin(), extra.end());
        return Value::none();
    }
    if (is("insert")) {
        expect_args("list", name, n, 2, 2);
        std::int64_t size = static_cast<std::int64_t>(items.size());
        std::int64_t i = to_index(a[0], "list");
        if (i < 0) i = std::max<std::int64_t>(i + size, 0);
        i = std::min(i, size);
        items.insert(items.begin() + i, a[1]);
        return Value::none();
    }
    if (is("index") || is("remove") || is("count")) {
        expect_args("list", name, n, 1, 1);
        std::int64_t c = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!equal(items[i], a[0])) continue;
            if (is("index")) return Value::integer(static_cast<std::int64_t>(i));
            if (is("remove")) {
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
                return Value::none();
            }
            ++c;
        }
        if (is("count")) return Value::integer(c);
        if (is("index")) raise(&ValueError, repr(a[0]) + " is not in list");
        raise(&ValueError, "list.remove(x): x not in list");
    }
    if (is("reverse")) {
        expect_args("list", name, n, 0, 0);
        std::reverse(items.begin(), items.end());
        return Value::none();
    }
    if (is("sort")) {
        expect_args("list", name, n, 0, 0);
        std::vector<Value> work = std::move(items);  // CPython empties the list while sorting
        std::stable_sort(work.begin(), work.end(), [](const Value& x, const Value& y) { return cmp_lt({x, y}); });
        items = std::move(work);
        return Value::none();
    }
    if (is("copy")) {
        expect_args("list", name, n, 0, 0);
        return Value::object(new List(items));
    }
    if (is("clear")) {
        expect_args("list", name, n, 0, 0);
        items.clear();
        return Value::none();
    }
    no_attribute(self, name);
}

Value dict_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    Dict& d = as<Dict>(self);
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (is("get")) {
        expect_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) return *v;
        return n == 2 ? a[1] : Value::none();
    }
    if (is("keys")) return Value::object(new DictView(&dict_keys_type, self));
    if (is("values")) return Value::object(new DictView(&dict_values_type, self));
    if (is("items")) return Value::object(new DictView(&dict_items_type, self));
    if (is("pop")) {
        expect_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) {
            Value out = *v;
            d.erase(a[0]);
            return out;
        }
        if (n == 2) return a[1];
        raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({a[0]}))));
    }
    if (is("setdefault")) {
        expect_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) return *v;
        Value dflt = n == 2 ? a[1] : Value::none();
        d.set(a[0], dflt);
        return dflt;
    }
    if (is("copy")) {
        Value out = Value::object(new Dict());
        for (auto& e : d.entries)
            if (e.key.is_bound()) as<Dict>(out).set(e.key, e.value);
        return out;
    }
    if (is("update")) {
        expect_args("dict", name, n, 1, 1);
        if (!(a[0].is_obj() && a[0].obj()->type == &dict_type))
            raise(&NotImplementedError, "py2cpp: dict.update() from a non-dict is not supported yet");
        std::vector<Dict::Entry> copy = as<Dict>(a[0]).entries;
        for (auto& e : copy)
            if (e.key.is_bound()) d.set(e.key, e.value);
        return Value::none();
    }
    if (is("clear")) {
        d.entries.clear();
        d.index.clear();
        d.used = 0;
        return Value::none();
    }
    no_attribute(self, name);
}

}  // namespace

Value call_method(const char* name, std::initializer_list<Value> self_and_args) {
    const Value& self = *self_and_args.begin();
    const Value* args = self_and_args.begin() + 1;
    std::size_t n = self_and_args.size() - 1;
    if (self.is_obj()) {
        Type* t = self.obj()->type;
        if (t == &str_type) return str_method(self, name, args, n);
        if (t == &list_type) return list_method(self, name, args, n);
        if (t == &dict_type) return dict_method(self, name, args, n);
        if (t == &bytes_type) {
            bool found;
            Value result = bytes_method(self, name, args, n, found);
            if (found) return result;
        }
        if (self.obj() == &bytes_type && std::strcmp(name, "fromhex") == 0) return bytes_fromhex(args, n);
        if (t == &set_type || t == &frozenset_type) {
            bool found;
            Value result = set_method(self, name, args, n, found);
            if (found) return result;
        }
    }
    no_attribute(self, name);
}

}  // namespace py
