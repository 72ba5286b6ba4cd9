// Runtime — the functools module: reduce, partial, lru_cache and cache, wraps and update_wrapper,
// total_ordering and cmp_to_key.
#include <array>
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

// cmp_to_key(mycmp): a callable making keys that order by mycmp(a, b) compared with 0 (C's functools.KeyWrapper).
Type key_wrapper_type("functools.KeyWrapper", &object_type, nullptr, false, true);

struct KeyWrapper : NativeObject {
    Value cmp, object;  // object Unbound: the callable cmp_to_key returned, not a key
    KeyWrapper(Value c, Value o) : NativeObject(&key_wrapper_type), cmp(std::move(c)), object(std::move(o)) {}
    // a key is callable too, making a key of its argument with its function (C's keyobject_call)
    bool callable() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        Keywords keywords(kw);
        Value obj = keywords.positional_or(args, n, 0, "obj", "K");
        keywords.finish("K");
        if (n > 1) raise(&TypeError, "K() takes at most 1 argument (" + std::to_string(n + kw.size) + " given)");
        Keywords::require(obj, "K", "obj", 1);
        return Value::object(new KeyWrapper(cmp, obj));
    }
    Value attribute(std::string_view name) override { return name == "obj" && object.is_bound() ? object : Value(); }
    Value rich_compare(const Value& other, int op) override {
        if (object.is_unbound()) return Value();
        if (!has_type(other, &key_wrapper_type) || as<KeyWrapper>(other).object.is_unbound())
            raise(&TypeError, "other argument must be K instance");
        Value result = call_n(cmp, std::array<Value, 2>{object, as<KeyWrapper>(other).object}.data(), 2);
        return compare_value(result, Value::integer(0), op);
    }
};

Value ft_cmp_to_key(const Value* args, std::size_t n, Keywords& kw) {
    Value cmp = kw.positional_or(args, n, 0, "mycmp", "cmp_to_key");
    kw.finish("cmp_to_key");
    if (n > 1) raise(&TypeError, "cmp_to_key() takes at most 1 argument (" + std::to_string(n) + " given)");
    Keywords::require(cmp, "cmp_to_key", "mycmp", 1);
    return Value::object(new KeyWrapper(cmp, Value()));
}

// total_ordering: the orderings a class lacks, derived from the one it defines (CPython's _convert table).
// Each derived method calls the root through the instance's type, passes NotImplemented on, and combines
// the result with == or != as Python's `and`/`or` do (yielding an operand, not always a bool).
enum Ordering { Lt, Le, Gt, Ge };
constexpr const char* kOrderingNames[] = {"__lt__", "__le__", "__gt__", "__ge__"};

// How `derived` comes from `root`: (not r) and a != b; r or a == b; not r; (not r) or a == b; r and a != b.
enum class Derivation { NotAndNe, OrEq, Not, NotOrEq, AndNe };
constexpr Derivation derivation(Ordering root, Ordering derived) {
    // from < and from >: the opposite is `not r and !=`, the same side with equality `r or ==`, else `not r`
    if (root == Lt || root == Gt) {
        Ordering opposite = root == Lt ? Gt : Lt, inclusive = root == Lt ? Le : Ge;
        return derived == opposite ? Derivation::NotAndNe : derived == inclusive ? Derivation::OrEq : Derivation::Not;
    }
    // from <= and from >=: the opposite inclusive is `not r or ==`, the strict same side `r and !=`, else `not r`
    Ordering opposite = root == Le ? Ge : Le, strict = root == Le ? Lt : Gt;
    return derived == opposite ? Derivation::NotOrEq : derived == strict ? Derivation::AndNe : Derivation::Not;
}

template <Ordering Root, Ordering Derived>
Value derived_ordering(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    Frame frame(fn.info->qualname);
    const Value& self = args[0];
    const Value& other = args[1];
    Value root = getattr(Value::object(type_of(self)), new_str(kOrderingNames[Root]));
    Value r = call({root, self, other});
    if (has_type(r, &not_implemented_type)) return r;
    switch (derivation(Root, Derived)) {
        case Derivation::NotAndNe: return truthy(r) ? Value::boolean(false) : compare_value(self, other, 5);
        case Derivation::OrEq: return truthy(r) ? r : compare_value(self, other, 4);
        case Derivation::Not: return Value::boolean(!truthy(r));
        case Derivation::NotOrEq: return !truthy(r) ? Value::boolean(true) : compare_value(self, other, 4);
        case Derivation::AndNe: return !truthy(r) ? r : compare_value(self, other, 5);
    }
    return r;
}

// One function object per derivation, shared by every class (CPython's module-level functions, named
// `_gt_from_lt` and so on, whose __name__ total_ordering sets to the method's).
template <Ordering Root, Ordering Derived>
const Value& derived_function() {
    static const char* const params[] = {"self", "other"};
    static const std::string qualname = "_" + std::string(kOrderingNames[Derived] + 2, 2) + "_from_" +
                                        std::string(kOrderingNames[Root] + 2, 2);  // "_gt_from_lt"
    static const CodeInfo info{kOrderingNames[Derived], qualname.c_str(), 2, params};
    static const Value fn = make_function(&derived_ordering<Root, Derived>, &info, {}, {});
    return fn;
}

template <Ordering Root>
const Value& derived_for(Ordering derived) {
    switch (derived) {
        case Lt: return derived_function<Root, Lt>();
        case Le: return derived_function<Root, Le>();
        case Gt: return derived_function<Root, Gt>();
        case Ge: break;
    }
    return derived_function<Root, Ge>();
}

Value ft_total_ordering(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "total_ordering() takes 1 positional argument but " + std::to_string(n) + " were given");
    const Value& cls = args[0];
    // The orderings defined by a class statement's class in the MRO (not object's).
    bool defined[4] = {};
    bool any = false;
    Type* t = has_type(cls, &type_type) ? static_cast<Type*>(cls.obj()) : type_of(cls);
    for (int op = 0; op < 4; ++op) {
        Value found = lookup_on_type(t, new_str(kOrderingNames[op]));
        defined[op] = found.is_bound() && !has_type(found, &builtin_method_type);
        any = any || defined[op];
    }
    if (!any) raise(&ValueError, "must define at least one ordering operation: < > <= >=");
    // max() of the names: __lt__ is preferred to __le__, to __gt__, to __ge__
    Ordering root = defined[Lt] ? Lt : defined[Le] ? Le : defined[Gt] ? Gt : Ge;
    static constexpr Ordering order[4][3] = {{Gt, Le, Ge}, {Ge, Lt, Gt}, {Lt, Ge, Le}, {Le, Gt, Lt}};
    for (Ordering derived : order[root]) {
        if (defined[derived]) continue;
        const Value& fn = root == Lt   ? derived_for<Lt>(derived)
                          : root == Le ? derived_for<Le>(derived)
                          : root == Gt ? derived_for<Gt>(derived)
                                       : derived_for<Ge>(derived);
        setattr({cls, new_str(kOrderingNames[derived]), fn});
    }
    return cls;
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
    module_function(module, "cmp_to_key", ft_cmp_to_key);
    module_function(module, "total_ordering", ft_total_ordering);
    return module;
}

}  // namespace py
