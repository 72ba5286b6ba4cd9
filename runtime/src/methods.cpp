// Runtime — methods of the builtin types (`obj.name(args)`), dispatched on the receiver's type and the name.
//
// str, list and dict methods dispatch on the MethodId of the name (method_ids.h): `obj.name(args)` reaches
// the method's entry (builtin_method_entry) through py::Method with the id of its name constant; the by-name
// entry points
// (`py::call_method("append", {obj, x})`, keyword calls) look the id up in a table. The other types compare
// names.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "internal.h"
#include "method_ids.h"
#include "sort.h"
#include "unicode.h"

namespace py {

namespace {

[[noreturn]] void no_attribute(const Value& self, const char* name) {
    getattr(self, new_str(name));  // raises CPython's AttributeError (NotImplementedError for a method we lack)
    raise(&AttributeError, std::string("'") + type_name(self) + "' object has no attribute '" + name + "'");
}

// A start/stop argument of list.index/tuple.index (CPython's _PyEval_SliceIndexNotNone): an int, clamped to
// the 64-bit range when it is bigger.
std::int64_t slice_bound(const Value& v) {
    if (v.is_small_intlike()) return v.as_small();
    if (!is_intlike(v)) raise(&TypeError, "slice indices must be integers or have an __index__ method");
    return compare(v, Value::integer(0), CmpOp::Lt) ? INT64_MIN / 4 : INT64_MAX / 4;
}

// list.index / tuple.index(x[, start[, stop]]): the first position in [start, stop) whose item equals x.
// `items`: a list's vector or a tuple's span.
template <class Items>
Value sequence_index(const Value& self, const Items& items, const Value* a, std::size_t n, const char* kind) {
    expect_method_args(kind, "index", n, 1, 3);
    Value keep = self;  // the items stay alive even if an __eq__ drops the last other reference
    auto size = [&] { return static_cast<std::int64_t>(items.size()); };
    std::int64_t start = n > 1 ? slice_bound(a[1]) : 0, stop = n > 2 ? slice_bound(a[2]) : INT64_MAX / 4;
    if (start < 0) start = std::max<std::int64_t>(start + size(), 0);
    if (stop < 0) stop = std::max<std::int64_t>(stop + size(), 0);
    // like CPython, the size is read again after every comparison (an __eq__ may shrink a list)
    for (std::int64_t i = start; i < stop && i < size(); ++i)
        if (equal(items[static_cast<std::size_t>(i)], a[0])) return Value::integer(i);
    if (std::strcmp(kind, "list") == 0) raise(&ValueError, repr(a[0]) + " is not in list");
    raise(&ValueError, "tuple.index(x): x not in tuple");
}

Value tuple_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    std::span<const Value> items = as<Tuple>(self).items();
    if (std::strcmp(name, "index") == 0) return sequence_index(self, items, a, n, "tuple");
    if (std::strcmp(name, "count") == 0) {
        expect_method_args("tuple", name, n, 1, 1);
        Value keep = self;
        std::int64_t c = 0;
        for (const Value& x : items) c += equal(x, a[0]) ? 1 : 0;
        return Value::integer(c);
    }
    no_attribute(self, name);
}

// list.pop's and list.insert's index, which CPython converts to a Py_ssize_t: a big int overflows rather
// than being out of range.
std::int64_t ssize_argument(const Value& v) {
    if (v.is_small_intlike()) return v.as_small();
    if (is_bigint(v)) raise(&OverflowError, "Python int too large to convert to C ssize_t");
    raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

Value list_method(const Value& self, MethodId id, const char* name, const Value* a, std::size_t n, Keywords& kw) {
    auto& items = as<List>(self).items;
    auto is = [&](MethodId m) { return id == m; };
    if (is(MethodId::append)) {
        expect_method_args("list", name, n, 1, 1);
        items.push_back(a[0]);
        return Value::none();
    }
    if (is(MethodId::pop)) {
        expect_method_args("list", name, n, 0, 1);
        if (items.empty()) raise(&IndexError, "pop from empty list");
        std::int64_t size = static_cast<std::int64_t>(items.size());
        std::int64_t i = n == 0 ? size - 1 : ssize_argument(a[0]);
        if (i < 0) i += size;
        if (i < 0 || i >= size) raise(&IndexError, "pop index out of range");
        Value v = std::move(items[static_cast<std::size_t>(i)]);
        items.erase(items.begin() + i);
        return v;
    }
    if (is(MethodId::extend)) {
        expect_method_args("list", name, n, 1, 1);
        std::vector<Value> extra;
        ForIter it(a[0]);
        for (Value x; it.next(x);) extra.push_back(x);
        items.insert(items.end(), extra.begin(), extra.end());
        return Value::none();
    }
    if (is(MethodId::insert)) {
        expect_method_args("list", name, n, 2, 2);
        std::int64_t size = static_cast<std::int64_t>(items.size());
        std::int64_t i = ssize_argument(a[0]);
        if (i < 0) i = std::max<std::int64_t>(i + size, 0);
        i = std::min(i, size);
        items.insert(items.begin() + i, a[1]);
        return Value::none();
    }
    if (is(MethodId::index)) return sequence_index(self, items, a, n, "list");
    if (is(MethodId::remove) || is(MethodId::count)) {
        expect_method_args("list", name, n, 1, 1);
        std::int64_t c = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!equal(items[i], a[0])) continue;
            if (is(MethodId::index)) return Value::integer(static_cast<std::int64_t>(i));
            if (is(MethodId::remove)) {
                items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
                return Value::none();
            }
            ++c;
        }
        if (is(MethodId::count)) return Value::integer(c);
        if (is(MethodId::index)) raise(&ValueError, repr(a[0]) + " is not in list");
        raise(&ValueError, "list.remove(x): x not in list");
    }
    if (is(MethodId::reverse)) {
        expect_method_args("list", name, n, 0, 0);
        std::reverse(items.begin(), items.end());
        return Value::none();
    }
    if (is(MethodId::sort)) {
        if (n > 0) raise(&TypeError, "sort() takes no positional arguments");
        Value key = kw.take("key"), reverse = kw.take("reverse");
        kw.finish("sort");
        sort_list(as<List>(self), key, reverse);
        return Value::none();
    }
    if (is(MethodId::copy)) {
        expect_method_args("list", name, n, 0, 0);
        return Value::object(new List(items));
    }
    if (is(MethodId::clear)) {
        expect_method_args("list", name, n, 0, 0);
        items.clear();
        return Value::none();
    }
    no_attribute(self, name);
}

// int and float methods (bool is an int).
Value number_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    const char* type = self.is_float() ? "float" : "int";
    if (is("conjugate")) {
        expect_method_args(type, name, n, 0, 0);
        return self.is_bool() ? Value::integer(self.as_small()) : self;
    }
    if (is_intlike(self) && (is("bit_length") || is("bit_count"))) {
        expect_method_args(type, name, n, 0, 0);
        Mpz z(self);
        mpz_abs(z.v, z.v);
        if (is("bit_count")) return Value::integer(static_cast<std::int64_t>(mpz_popcount(z.v)));
        return Value::integer(mpz_sgn(z.v) == 0 ? 0 : static_cast<std::int64_t>(mpz_sizeinbase(z.v, 2)));
    }
    if (is_intlike(self) && is("as_integer_ratio")) {
        expect_method_args(type, name, n, 0, 0);
        return make_tuple({self.is_bool() ? Value::integer(self.as_small()) : self, Value::integer(1)});
    }
    if (self.is_float() && is("is_integer")) {
        expect_method_args(type, name, n, 0, 0);
        double d = self.as_float();
        return Value::boolean(std::isfinite(d) && d == std::floor(d));
    }
    if (self.is_float() && is("as_integer_ratio")) {
        expect_method_args(type, name, n, 0, 0);
        double d = self.as_float();
        if (std::isinf(d)) raise(&OverflowError, "cannot convert Infinity to integer ratio");
        if (std::isnan(d)) raise(&ValueError, "cannot convert NaN to integer ratio");
        int exp = 0;
        double m = std::frexp(d, &exp);
        for (int k = 0; k < 300 && m != std::floor(m); ++k) {
            m *= 2.0;
            --exp;
        }
        Mpz num, den;
        mpz_set_d(num.v, m);
        mpz_set_ui(den.v, 1);
        if (exp > 0)
            mpz_mul_2exp(num.v, num.v, static_cast<mp_bitcnt_t>(exp));
        else
            mpz_mul_2exp(den.v, den.v, static_cast<mp_bitcnt_t>(-exp));
        return make_tuple({int_from_mpz(num.v), int_from_mpz(den.v)});
    }
    no_attribute(self, name);
}

// dict.fromkeys(iterable, value=None), called on the type.
Value dict_fromkeys(const Value* a, std::size_t n) {
    expect_method_args("dict", "fromkeys", n, 1, 2);
    Value result = Value::object(new Dict());
    ForIter it(a[0]);
    for (Value k; it.next(k);) as<Dict>(result).set(k, n == 2 ? a[1] : Value::none());
    return result;
}

Value range_method(const Value& self, const char* name, const Value* a, std::size_t n) {
    Range& r = as<Range>(self);
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (is("index") || is("count")) {
        expect_method_args("range", name, n, 1, 1);
        bool found = false;
        std::int64_t position = 0;
        if (a[0].is_small_intlike()) {
            std::int64_t x = a[0].as_small();
            std::int64_t offset = x - r.start;
            found = r.size() > 0 && offset % r.step == 0 && offset / r.step >= 0 && offset / r.step < r.size();
            position = found ? offset / r.step : 0;
        } else {
            ForIter it(self);
            for (Value x; !found && it.next(x); ++position) found = equal(x, a[0]);
            --position;
        }
        if (is("count")) return Value::integer(found ? 1 : 0);
        if (!found) raise(&ValueError, repr(a[0]) + " is not in range");
        return Value::integer(position);
    }
    no_attribute(self, name);
}

Value dict_method(const Value& self, MethodId id, const char* name, const Value* a, std::size_t n, Keywords& kw) {
    Dict& d = as<Dict>(self);
    auto is = [&](MethodId m) { return id == m; };
    if (is(MethodId::get)) {
        expect_method_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) return *v;
        return n == 2 ? a[1] : Value::none();
    }
    if (is(MethodId::keys)) return Value::object(new DictView(&dict_keys_type, self));
    if (is(MethodId::values)) return Value::object(new DictView(&dict_values_type, self));
    if (is(MethodId::items)) return Value::object(new DictView(&dict_items_type, self));
    if (is(MethodId::pop)) {
        expect_method_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) {
            Value out = *v;
            d.erase(a[0]);
            return out;
        }
        if (n == 2) return a[1];
        raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({a[0]}))));
    }
    if (is(MethodId::setdefault)) {
        expect_method_args("dict", name, n, 1, 2);
        if (Value* v = d.find(a[0])) return *v;
        Value dflt = n == 2 ? a[1] : Value::none();
        d.set(a[0], dflt);
        return dflt;
    }
    if (is(MethodId::copy)) {
        Value out = Value::object(new Dict());
        for (auto& e : d.entries)
            if (e.key.is_bound()) as<Dict>(out).set(e.key, e.value);
        return out;
    }
    if (is(MethodId::update)) {
        // update(mapping or iterable of pairs, **kw), like dict()
        check_positional("update", n, 0, 1);
        if (n == 1) update_dict(d, a[0]);
        const KwArgs& all = kw.all();
        for (std::size_t k = 0; k < all.size; ++k) d.set(new_str(std::string(all.names[k])), all.values[k]);
        return Value::none();
    }
    if (is(MethodId::popitem)) {
        expect_method_args("dict", name, n, 0, 0);
        for (std::size_t i = d.entries.size(); i-- > 0;) {
            if (d.entries[i].key.is_unbound()) continue;
            Value pair = make_tuple({d.entries[i].key, d.entries[i].value});
            d.erase(as<Tuple>(pair).items()[0]);
            return pair;
        }
        raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({new_str("popitem(): dictionary is empty")}))));
    }
    if (is(MethodId::clear)) {
        d.clear();
        return Value::none();
    }
    no_attribute(self, name);
}

// The methods that take keyword arguments; any other rejects them with CPython's message.
bool takes_keywords(Type* t, const char* name) {
    auto is = [&](const char* m) { return std::strcmp(name, m) == 0; };
    if (t == &str_type) return is("encode") || is("split") || is("rsplit") || is("splitlines") || is("expandtabs") || is("format");
    if (t == &list_type) return is("sort");
    if (t == &dict_type) return is("update");
    return false;
}

// str.encode / bytes.decode (encoding, errors) given by keyword: the positional list they take.
std::vector<Value> keyword_positions(Keywords& kw, const Value* a, std::size_t n, const char* function) {
    Value encoding = kw.positional_or(a, n, 0, "encoding", function);
    Value errors = kw.positional_or(a, n, 1, "errors", function);
    kw.finish(function);
    std::vector<Value> out(a, a + n);
    if (n < 1) out.push_back(encoding.is_bound() ? encoding : new_str("utf-8"));
    if (n < 2 && errors.is_bound()) out.push_back(errors);
    return out;
}

}  // namespace

Value construct_set(Type*, const Value*, std::size_t);  // set.cpp

// dict's own special methods on an instance of a dict subclass (`super().__setitem__(k, v)`,
// `dict.__init__(self, **kw)`): the dict operation itself, past the class's overrides. False for other
// receivers and names.
bool dict_special(const Value& self, const char* name, const Value* a, std::size_t n, Keywords& kw, Value& result) {
    if (!(is_dict_layout(self) && self.obj()->type->heap)) return false;
    Dict& d = as<Dict>(self);
    std::string_view m = name;
    auto args = [&](std::size_t count) {
        kw.reject((std::string("dict.") + name).c_str());
        expect_method_args("dict", name, n, count, count);
    };
    if (m == "__init__") {  // one mapping or iterable of pairs, then the keywords
        check_positional("dict", n, 0, 1);
        if (n == 1) update_dict(d, a[0]);
        for (std::size_t k = 0; k < kw.all().size; ++k) d.set(new_str(std::string(kw.all().names[k])), kw.all().values[k]);
        result = Value::none();
    } else if (m == "__getitem__") {
        args(1);
        Value* found = d.find(a[0]);
        if (found == nullptr) raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({a[0]}))));
        result = *found;
    } else if (m == "__setitem__") {
        args(2);
        d.set(a[0], a[1]);
        result = Value::none();
    } else if (m == "__delitem__") {
        args(1);
        if (!d.erase(a[0])) raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({a[0]}))));
        result = Value::none();
    } else if (m == "__contains__") {
        args(1);
        result = Value::boolean(d.find(a[0]) != nullptr);
    } else if (m == "__len__") {
        args(0);
        result = Value::integer(static_cast<std::int64_t>(d.used));
    } else if (m == "__iter__") {
        args(0);
        result = builtin_iter(self);
    } else if (m == "__repr__") {
        args(0);
        result = new_str(builtin_repr(self));
    } else {
        return false;
    }
    return true;
}

Value call_method_with_keywords(const char* name, const Value& self, const Value* args, std::size_t n,
                                const KwArgs& kwargs) {
    Keywords kw(kwargs);
    // "TYPE.NAME() takes no keyword arguments" when there are some; the name is built only then (most calls
    // have none, and this is the path of every method called by name).
    auto reject = [&](std::string_view type) {
        if (!kw.empty()) kw.reject((std::string(type) + "." + name).c_str());
    };
    if (Value result; dict_special(self, name, args, n, kw, result)) return result;
    if (self.is_obj()) {
        Type* t = builtin_layout(self.obj()->type);  // a dict or tuple subclass has the methods of its base
        if (!kw.empty() && !takes_keywords(t, name) && (t == &str_type || t == &list_type || t == &dict_type))
            raise(&TypeError, std::string(t->name) + "." + name + "() takes no keyword arguments");
        if (t == &str_type && std::strcmp(name, "encode") == 0) {
            if (kw.empty()) return str_encode(self, args, n);
            auto pos = keyword_positions(kw, args, n, "encode");
            return str_encode(self, pos.data(), pos.size());
        }
        if (t == &str_type) return str_method(self, method_id(name), name, args, n, kw);
        if (t == &list_type) return list_method(self, method_id(name), name, args, n, kw);
        if (t == &dict_type) return dict_method(self, method_id(name), name, args, n, kw);
        if (t == &bytes_type) {
            if (std::strcmp(name, "decode") == 0 && !kw.empty()) {
                auto pos = keyword_positions(kw, args, n, "decode");
                bool found;
                return bytes_method(self, name, pos.data(), pos.size(), found);
            }
            reject("bytes");
            bool found;
            Value result = bytes_method(self, name, args, n, found);
            if (found) return result;
        }
        if (self.obj() == &bytes_type && std::strcmp(name, "fromhex") == 0) {
            kw.reject("bytes.fromhex");
            return bytes_fromhex(args, n);
        }
        if (t == &set_type || t == &frozenset_type) {
            reject(t->name);
            bool found;
            Value result = set_method(self, name, args, n, found);
            if (found) return result;
        }
        if ((t == &dict_keys_type || t == &dict_items_type) && std::strcmp(name, "isdisjoint") == 0) {
            reject(t->name);
            bool found;
            return set_method(construct_set(&set_type, &self, 1), name, args, n, found);  // as a set of its items
        }
        if (t == &text_stream_type) {
            reject("TextIOWrapper");
            if (Value result; text_stream_method(self, name, args, n, result)) return result;
        }
        if (t == &generator_type) {
            reject("generator");
            return generator_method(self, name, args, n);
        }
        if (t == &type_type && self.obj() == &dict_type && std::strcmp(name, "fromkeys") == 0) {
            kw.reject("dict.fromkeys");
            return dict_fromkeys(args, n);
        }
        if (t == &tuple_type) {
            reject("tuple");
            return tuple_method(self, name, args, n);
        }
        if (t == &range_type) {
            reject("range");
            return range_method(self, name, args, n);
        }
        if (t == &slice_type && std::strcmp(name, "indices") == 0) {
            kw.reject("slice.indices");
            return slice_indices_method(self, args, n);
        }
    }
    if (is_number(self)) {
        reject(self.is_float() ? "float" : "int");
        return number_method(self, name, args, n);
    }
    no_attribute(self, name);
}

namespace {

// The list and dict methods besides the two below: they take keywords, and look the method's name up for
// their messages. Out of line, so that the dispatch below keeps a small frame (no keywords to clean up).
[[gnu::noinline]] Value list_or_dict_method(MethodId id, const Value& self, const Value* args, std::size_t n) {
    Keywords none{KwArgs{}};
    const char* name = method_name(id);
    if (self.obj()->type == &list_type) return list_method(self, id, name, args, n, none);
    return dict_method(self, id, name, args, n, none);
}

}  // namespace

// The calls loops make most, straight to their work; the others through list_or_dict_method.
Value list_or_dict_method_entry(const Value& self, MethodId id, const Value* args, std::size_t n) {
    Type* type = self.obj()->type;
    if (type == &list_type && id == MethodId::append && n == 1) {
        as<List>(self).items.push_back(args[0]);
        return Value::none();
    }
    if (type == &dict_type && id == MethodId::get && (n == 1 || n == 2)) {
        if (Value* v = as<Dict>(self).find(args[0])) return *v;
        return n == 2 ? args[1] : Value::none();
    }
    if (type == &list_type && id == MethodId::pop && (n == 0 || (n == 1 && args[0].is_int()))) {
        // a stack's pop() or a queue's pop(0); an empty list or a bad index is the general path's error
        auto& items = as<List>(self).items;
        auto size = static_cast<std::int64_t>(items.size());
        std::int64_t i = n == 0 ? size - 1 : args[0].as_int();
        if (i < 0) i += size;
        if (i >= 0 && i < size) {
            Value v = std::move(items[static_cast<std::size_t>(i)]);
            items.erase(items.begin() + i);
            return v;
        }
    }
    return list_or_dict_method(id, self, args, n);
}

// A builtin type's method by name: the receiver first, then the arguments (a class's special method slots first).
Value call_method_n(const char* name, const Value* self_and_args, std::size_t count) {
    if (count == 0) raise(&TypeError, std::string("unbound method ") + name + "() needs an argument");
    if (Value result; call_slot(name, self_and_args, count, result)) return result;
    return call_method_with_keywords(name, self_and_args[0], self_and_args + 1, count - 1, KwArgs{});
}

// Sorts in place as list.sort does: stable, by key(x) when a key is given; `reverse` keeps equal items in
// their original order (CPython reverses, sorts, and reverses back).
void sort_list(List& list, const Value& key, const Value& reverse) {
    bool descending = reverse.is_bound() && truthy(reverse);
    std::vector<Value> work = std::move(list.items);  // CPython empties the list while sorting
    if (descending) std::reverse(work.begin(), work.end());
    try {
        if (key.is_unbound() || key.is_none()) {
            sort_values(work);
        } else {
            std::vector<std::pair<Value, Value>> keyed;  // (key, item)
            keyed.reserve(work.size());
            for (Value& x : work) keyed.emplace_back(call({key, x}), std::move(x));
            python_sort(keyed.begin(), keyed.end(), [](const auto& pair) -> const Value& { return pair.first; });
            for (std::size_t i = 0; i < work.size(); ++i) work[i] = std::move(keyed[i].second);
        }
    } catch (...) {
        if (list.items.empty()) list.items = std::move(work);
        throw;
    }
    if (descending) std::reverse(work.begin(), work.end());
    list.items = std::move(work);
}

Value call_method_kw(const char* name, std::initializer_list<Ref> self_args_kwvalues, const char* keywords) {
    OperandArray operands(self_args_kwvalues);
    std::vector<std::string_view> names = split_keyword_names(keywords);
    const Value* args = operands.data() + 1;
    std::size_t nargs = operands.size() - 1 - names.size();
    return call_method_with_keywords(name, operands[0], args, nargs,
                                     KwArgs{names.data(), args + nargs, names.size()});
}

}  // namespace py
