// Runtime — the functools module: reduce, partial, lru_cache and cache, wraps and update_wrapper.
#include <string>
#include <utility>
#include <vector>

#include "internal.h"

namespace py {

namespace {

Type partial_type("functools.partial", &object_type, nullptr, false, true);
Type lru_wrapper_type("functools._lru_cache_wrapper", &object_type, nullptr, false, true);
Type wrapper_method_type("builtin_function_or_method", &object_type, nullptr, false, true);
Type lru_decorator_type("functools._lru_cache_decorator", &object_type, nullptr, false, true);
Type wraps_type("functools._wraps", &object_type, nullptr, false, true);
Type cache_info_type("CacheInfo", &object_type, nullptr, false, true);

// Keyword arguments kept by an object: their names own their text.
struct SavedKeywords {
    std::vector<std::string> names;
    std::vector<Value> values;

    void add(std::string_view name, const Value& value) {
        for (std::size_t i = 0; i < names.size(); ++i)
            if (names[i] == name) {
                values[i] = value;  // a later keyword of the same name wins, as in {**a, **b}
                return;
            }
        names.emplace_back(name);
        values.push_back(value);
    }
    Value as_dict() const {
        Value d = Value::object(new Dict());
        for (std::size_t i = 0; i < names.size(); ++i) as<Dict>(d).set(new_str(names[i]), values[i]);
        return d;
    }
};

// partial(func, *args, **keywords): calls func with the saved arguments first and the saved keywords
// updated by the call's.
struct Partial : NativeObject {
    bool callable() const override { return true; }
    Value func;
    std::vector<Value> args;
    SavedKeywords keywords;
    Partial() : NativeObject(&partial_type) {}

    Value call(const Value* more, std::size_t n, const KwArgs& kw) override {
        std::vector<Value> all = args;
        all.insert(all.end(), more, more + n);
        SavedKeywords merged = keywords;
        for (std::size_t i = 0; i < kw.size; ++i) merged.add(kw.names[i], kw.values[i]);
        if (merged.names.empty()) return call_n(func, all.data(), all.size());
        std::vector<std::string_view> names(merged.names.begin(), merged.names.end());
        return call_with_keywords(func, all.data(), all.size(), KwArgs{names.data(), merged.values.data(), names.size()});
    }
    Value attribute(std::string_view name) override {
        if (name == "func") return func;
        if (name == "args") return Value::object(Tuple::make(std::span<const Value>(args)));
        if (name == "keywords") return keywords.as_dict();
        return Value();
    }
};

Value ft_partial(const Value* args, std::size_t n, Keywords& kw) {
    if (n == 0) raise(&TypeError, "type 'partial' takes at least one argument");
    if (!is_callable(args[0])) raise(&TypeError, "the first argument must be callable");
    auto* p = new Partial();
    Value result = Value::object(p);
    const Value* rest = args + 1;
    std::size_t count = n - 1;
    if (has_type(args[0], &partial_type)) {  // partial(partial(f, a), b) flattens to partial(f, a, b)
        auto& inner = as<Partial>(args[0]);
        p->func = inner.func;
        p->args = inner.args;
        p->keywords = inner.keywords;
    } else {
        p->func = args[0];
    }
    p->args.insert(p->args.end(), rest, rest + count);
    const KwArgs& all = kw.all();
    for (std::size_t i = 0; i < all.size; ++i) p->keywords.add(all.names[i], all.values[i]);
    return result;
}

Value ft_reduce(const Value* args, std::size_t n) {
    check_positional("reduce", n, 2, 3);
    Value acc = n == 3 ? args[2] : Value();
    ForIter it(args[1]);
    for (Value item; it.next(item);) acc = acc.is_unbound() ? item : call({args[0], acc, item});
    if (acc.is_unbound()) raise(&TypeError, "reduce() of empty iterable with no initial value");
    return acc;
}

// CacheInfo(hits=, misses=, maxsize=, currsize=): the fields as attributes and CPython's repr.
struct CacheInfo : NativeObject {
    Value hits, misses, maxsize, currsize;
    CacheInfo(Value h, Value m, Value max, Value cur)
        : NativeObject(&cache_info_type), hits(std::move(h)), misses(std::move(m)), maxsize(std::move(max)),
          currsize(std::move(cur)) {}
    Value attribute(std::string_view name) override {
        if (name == "hits") return hits;
        if (name == "misses") return misses;
        if (name == "maxsize") return maxsize;
        if (name == "currsize") return currsize;
        return Value();
    }
    bool repr(std::string& out) override {
        out += "CacheInfo(hits=" + py::repr(hits) + ", misses=" + py::repr(misses) + ", maxsize=" + py::repr(maxsize) +
               ", currsize=" + py::repr(currsize) + ")";
        return true;
    }
};

// The wrapper lru_cache puts around a function: results by the call's arguments, the least recently used
// dropped beyond maxsize (None: unbounded). The dict keeps the recency order: a hit moves its key to the end.
struct LruWrapper : NativeObject {
    bool callable() const override { return true; }
    Value func, cache = Value::object(new Dict());
    std::int64_t maxsize;  // -1: unbounded
    bool typed;
    std::int64_t hits = 0, misses = 0;
    LruWrapper(Value f, std::int64_t max, bool t) : NativeObject(&lru_wrapper_type), func(std::move(f)), maxsize(max), typed(t) {}

    // CPython's _make_key: the positional arguments, then a marker and the keyword items; one int or str
    // argument is its own key.
    Value key(const Value* args, std::size_t n, const KwArgs& kw) const {
        if (n == 1 && kw.size == 0 && (args[0].is_int() || has_type(args[0], &str_type)) && !typed) return args[0];
        std::vector<Value> parts(args, args + n);
        if (kw.size > 0) {
            parts.push_back(Value::object(&lru_wrapper_type));  // the marker between the two kinds
            for (std::size_t i = 0; i < kw.size; ++i) {
                parts.push_back(new_str(std::string(kw.names[i])));
                parts.push_back(kw.values[i]);
            }
        }
        if (typed) {
            for (std::size_t i = 0; i < n; ++i) parts.push_back(Value::object(type_of(args[i])));
            for (std::size_t i = 0; i < kw.size; ++i) parts.push_back(Value::object(type_of(kw.values[i])));
        }
        return Value::object(Tuple::make(std::move(parts)));
    }

    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        Value k = key(args, n, kw);
        Dict& d = as<Dict>(cache);
        if (maxsize == 0) {  // no caching at all, only the statistics
            ++misses;
            return kw.size == 0 ? call_n(func, args, n) : call_with_keywords(func, args, n, kw);
        }
        if (Value* found = d.find(k)) {
            ++hits;
            Value result = *found;
            if (maxsize > 0) {  // most recently used now: to the end of the order
                d.erase(k);
                d.set(k, result);
            }
            return result;
        }
        ++misses;
        Value result = kw.size == 0 ? call_n(func, args, n) : call_with_keywords(func, args, n, kw);
        if (d.find(k) != nullptr) return result;  // a recursive call cached it meanwhile
        if (maxsize > 0 && static_cast<std::int64_t>(d.used) >= maxsize) {
            for (auto& e : d.entries)
                if (e.key.is_bound()) {
                    Value oldest = e.key;
                    d.erase(oldest);
                    break;
                }
        }
        d.set(k, result);
        return result;
    }

    Value attribute(std::string_view name) override;
    bool binds_as_method() const override { return true; }
};

// cache_info and cache_clear: methods of the wrapper they were read from, taking no arguments.
struct WrapperMethod : NativeObject {
    bool callable() const override { return true; }
    Value wrapper;
    const char* name;
    BuiltinCode code;
    WrapperMethod(Value w, const char* n, BuiltinCode c)
        : NativeObject(&wrapper_method_type), wrapper(std::move(w)), name(n), code(c) {}
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (kw.size != 0) raise(&TypeError, std::string(name) + "() takes no keyword arguments");
        expect_method_args("_lru_cache_wrapper", name, n, 0, 0);
        return code(&wrapper, 1);
    }
};

Value cache_info(const Value* args, std::size_t) {
    auto& w = as<LruWrapper>(args[0]);
    return Value::object(new CacheInfo(Value::integer(w.hits), Value::integer(w.misses),
                                       w.maxsize < 0 ? Value::none() : Value::integer(w.maxsize),
                                       Value::integer(static_cast<std::int64_t>(as<Dict>(w.cache).used))));
}

Value cache_clear(const Value* args, std::size_t) {
    auto& w = as<LruWrapper>(args[0]);
    w.cache = Value::object(new Dict());
    w.hits = w.misses = 0;
    return Value::none();
}

Value LruWrapper::attribute(std::string_view name) {
    if (name == "cache_info") return Value::object(new WrapperMethod(Value::object(this), "cache_info", cache_info));
    if (name == "cache_clear") return Value::object(new WrapperMethod(Value::object(this), "cache_clear", cache_clear));
    if (name == "__wrapped__") return func;
    if (name == "__name__" || name == "__qualname__" || name == "__doc__" || name == "__module__")
        return getattr(func, new_str(std::string(name)));
    return Value();
}

// lru_cache(maxsize=128, typed=False) returns this decorator; lru_cache(f) wraps f at once.
struct LruDecorator : NativeObject {
    bool callable() const override { return true; }
    std::int64_t maxsize;
    bool typed;
    LruDecorator(std::int64_t max, bool t) : NativeObject(&lru_decorator_type), maxsize(max), typed(t) {}
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (n != 1 || kw.size != 0) raise(&TypeError, "decorating function takes exactly one argument");
        return Value::object(new LruWrapper(args[0], maxsize, typed));
    }
};

Value ft_lru_cache(const Value* args, std::size_t n, Keywords& kw) {
    Value maxsize = kw.positional_or(args, n, 0, "maxsize", "lru_cache");
    Value typed = kw.positional_or(args, n, 1, "typed", "lru_cache");
    kw.finish("lru_cache");
    bool is_typed = typed.is_bound() && truthy(typed);
    if (maxsize.is_unbound()) return Value::object(new LruDecorator(128, is_typed));
    if (maxsize.is_none()) return Value::object(new LruDecorator(-1, is_typed));
    if (is_intlike(maxsize) && !maxsize.is_bool())
        return Value::object(new LruDecorator(std::max<std::int64_t>(0, maxsize.as_small()), is_typed));
    if (!is_callable(maxsize) || maxsize.is_bool())
        raise(&TypeError, "Expected first argument to be an integer, a callable, or None");
    return Value::object(new LruWrapper(maxsize, 128, is_typed));  // @lru_cache without parentheses
}

Value ft_cache(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "cache() takes exactly one argument (" + std::to_string(n) + " given)");
    return Value::object(new LruWrapper(args[0], -1, false));
}

// update_wrapper(wrapper, wrapped): copies __module__, __name__, __qualname__ and __doc__ where wrapped has
// them, merges wrapped's __dict__, and sets __wrapped__.
Value update_wrapper(const Value& wrapper, const Value& wrapped) {
    for (const char* name : {"__module__", "__name__", "__qualname__", "__doc__"}) {
        Value key = new_str(name);
        Value v;
        try {
            v = getattr(wrapped, key);
        } catch (PyException& e) {
            if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
            continue;
        }
        setattr({wrapper, key, v});
    }
    Value wrapped_dict;
    try {
        wrapped_dict = getattr(wrapped, new_str("__dict__"));
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
    }
    if (has_type(wrapped_dict, &dict_type))
        for (auto& e : as<Dict>(wrapped_dict).entries)
            if (e.key.is_bound()) setattr({wrapper, e.key, e.value});
    setattr({wrapper, new_str("__wrapped__"), wrapped});
    return wrapper;
}

Value ft_update_wrapper(const Value* args, std::size_t n) {
    if (n != 2) raise(&TypeError, "update_wrapper() takes 2 positional arguments but " + std::to_string(n) + " were given");
    return update_wrapper(args[0], args[1]);
}

// wraps(wrapped) is the decorator `lambda wrapper: update_wrapper(wrapper, wrapped)`.
struct Wraps : NativeObject {
    bool callable() const override { return true; }
    Value wrapped;
    explicit Wraps(Value w) : NativeObject(&wraps_type), wrapped(std::move(w)) {}
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (n != 1 || kw.size != 0) raise(&TypeError, "update_wrapper() missing 1 required positional argument: 'wrapper'");
        return update_wrapper(args[0], wrapped);
    }
};

Value ft_wraps(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "wraps() takes 1 positional argument but " + std::to_string(n) + " were given");
    return Value::object(new Wraps(args[0]));
}

}  // namespace

Value make_functools() {
    Value module = Value::object(new Module("functools"));
    module_function(module, "reduce", ft_reduce);
    module_function(module, "partial", ft_partial);
    module_function(module, "lru_cache", ft_lru_cache);
    module_function(module, "cache", ft_cache);
    module_function(module, "update_wrapper", ft_update_wrapper);
    module_function(module, "wraps", ft_wraps);
    return module;
}

}  // namespace py
