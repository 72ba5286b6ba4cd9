// Runtime — calls, subscripts, iteration, the methods of the builtin types and the builtins module.
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <cstring>
#include <new>
#include <unordered_map>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

// The items of an exact list or tuple as they are now; empty for anything else. A loop that runs no Python code
// may read them in place; one that does must find them afresh at each step, as ForIter does (a list may change).
std::span<const Value> sequence_items(const Value& v) {
    if (has_type(v, &list_type)) return as<List>(v).items;
    if (has_type(v, &tuple_type)) return as<Tuple>(v).items();
    return {};
}
bool is_exact_sequence(const Value& v) { return has_type(v, &list_type) || has_type(v, &tuple_type); }

std::vector<Value> collect(const Value& iterable) {
    if (is_exact_sequence(iterable)) {  // copied whole: iterating it would run no Python code either
        std::span<const Value> items = sequence_items(iterable);
        return std::vector<Value>(items.begin(), items.end());
    }
    std::vector<Value> out;
    ForIter it(iterable);
    for (Value x; it.next(x);) out.push_back(x);
    return out;
}

[[noreturn]] void arg_count(const char* name, const char* expected, std::size_t got) {
    raise(&TypeError, std::string(name) + "() takes " + expected + " (" + std::to_string(got) + " given)");
}

// Python's slice.indices(length) (PySlice_AdjustIndices); returns the number of selected items.
std::int64_t slice_indices(const SliceObject& s, std::int64_t length, std::int64_t& start, std::int64_t& stop,
                           std::int64_t& step) {
    if (!s.step.is_none() && !is_intlike(s.step))
        raise(&TypeError, "slice indices must be integers or None or have an __index__ method");
    step = s.step.is_none() ? 1 : to_index(s.step, "slice");
    if (step == 0) raise(&ValueError, "slice step cannot be zero");
    auto adjust = [&](const Value& v, std::int64_t fallback) {
        if (v.is_none()) return fallback;
        if (!is_intlike(v)) raise(&TypeError, "slice indices must be integers or None or have an __index__ method");
        if (is_bigint(v))  // beyond any length: clamped like an index past either end
            return compare(v, Value::integer(0), CmpOp::Lt) ? (step < 0 ? -1 : 0) : (step < 0 ? length - 1 : length);
        std::int64_t i = to_index(v, "slice");
        if (i < 0) {
            i += length;
            if (i < 0) i = step < 0 ? -1 : 0;
        } else if (i >= length) {
            i = step < 0 ? length - 1 : length;
        }
        return i;
    };
    start = adjust(s.lower, step < 0 ? length - 1 : 0);
    stop = adjust(s.upper, step < 0 ? -1 : length);
    if (step < 0) return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
    return start < stop ? (stop - start - 1) / step + 1 : 0;
}

// Byte offsets of every code point of a non-ASCII string (plus the end), for indexing by code point.
std::vector<std::size_t> code_point_offsets(std::string_view s) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
    out.push_back(s.size());
    return out;
}

}  // namespace

// slice.indices(length): the (start, stop, step) a sequence of that length would use.
Value slice_indices_method(const Value& self, const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "slice.indices() takes exactly one argument (" + std::to_string(n) + " given)");
    if (!is_intlike(args[0]))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
    std::int64_t length = to_index(args[0], "slice");
    if (length < 0) raise(&ValueError, "length should not be negative");
    std::int64_t start, stop, step;
    slice_indices(as<SliceObject>(self), length, start, stop, step);
    return make_tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
}

std::int64_t checked_length(const Value& r) {
    if (r.is_int() && r.as_int() >= 0) return r.as_int();  // the usual answer, checked at once
    if (!is_intlike(r)) raise(&TypeError, std::string("'") + type_name(r) + "' object cannot be interpreted as an integer");
    if (compare(r, Value::integer(0), CmpOp::Lt)) raise(&ValueError, "__len__() should return >= 0");
    if (!r.is_small_intlike()) raise(&OverflowError, "cannot fit 'int' into an index-sized integer");
    return r.as_small();
}

std::int64_t length_of(const Value& v) {
    if (v.is_obj()) {
        Type* t = v.obj()->type;
        if (t->heap) {
            Value r;
            if (call_special(v, "__len__", {}, r)) return checked_length(r);
            t = t->base;  // a dict or tuple subclass: its items
        }
        if (t == &str_type) return as<Str>(v).size();
        if (t == &bytes_type) return static_cast<std::int64_t>(as<Bytes>(v).data.size());
        if (t == &list_type) return static_cast<std::int64_t>(as<List>(v).items.size());
        if (t == &tuple_type) return static_cast<std::int64_t>(as<Tuple>(v).items().size());
        if (t == &dict_type) return static_cast<std::int64_t>(as<Dict>(v).used);
        if (Value items = struct_sequence_tuple(v); items.is_bound()) return length_of(items);
        if (t == &range_type) return as<Range>(v).size();
        if (t == &set_type || t == &frozenset_type) return static_cast<std::int64_t>(as<Set>(v).used);
        if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type)
            return static_cast<std::int64_t>(as<Dict>(as<DictView>(v).dict).used);
    }
    raise(&TypeError, std::string("object of type '") + type_name(v) + "' has no len()");
}

// ---------------------------------------------------------------------------------------------------------
// Building values

OperandArray::OperandArray(const Ref* refs, std::size_t n) : size_(n) {
    void* storage = size_ <= kInline ? static_cast<void*>(inline_) : ::operator new(size_ * sizeof(Value));
    data_ = static_cast<Value*>(storage);
    for (std::size_t i = 0; i < size_; ++i) new (data_ + i) Value(refs[i].v);
}

OperandArray::~OperandArray() {
    for (std::size_t i = 0; i < size_; ++i) data_[i].~Value();
    if (size_ > kInline) ::operator delete(data_);
}

Value make_list(std::initializer_list<Ref> items) {
    return Value::object(new List(std::vector<Value>(items.begin(), items.end())));
}
Value make_tuple(std::initializer_list<Ref> items) {
    Tuple* t = Tuple::make(items.size());
    std::copy(items.begin(), items.end(), t->items().begin());
    return Value::object(t);
}
Value make_dict(std::initializer_list<Ref> keys_and_values) {
    OperandArray items(keys_and_values);  // hashing a key may run a class's __hash__
    auto* d = new Dict();
    Value result = Value::object(d);
    for (const Value* p = items.begin(); p != items.end(); p += 2) d->set(p[0], p[1]);
    return result;
}
Value make_function(Code code, const CodeInfo* info, std::initializer_list<Ref> defaults,
                    std::initializer_list<std::shared_ptr<Cell>> cells) {
    // the last info->kwonly values are the keyword-only defaults (Unbound where a parameter has none)
    std::size_t npositional = defaults.size() - info->kwonly;
    auto* fn = new Function(code, info, std::vector<Value>(defaults.begin(), defaults.begin() + npositional),
                            std::vector<std::shared_ptr<Cell>>(cells));
    fn->kwdefaults.assign(defaults.begin() + npositional, defaults.end());
    return Value::object(fn);
}

// str(i), often a single digit: the digits written in place, ASCII by construction, so the length is known.
Value int_to_str(std::int64_t i) {
    char digits[24];
    auto end = std::to_chars(digits, digits + sizeof digits, i).ptr;
    auto size = static_cast<std::size_t>(end - digits);
    if (size == 1) return ascii_char(static_cast<unsigned char>(digits[0]));
    return new_str(std::string_view(digits, size), static_cast<std::int64_t>(size));
}

Value format_value(const Value& v, int conversion) {
    if (conversion == 'r' || conversion == 'a') return new_str(conversion == 'a' ? ascii_repr(v) : repr(v));
    if (is_str(v)) return v;
    if (v.is_int()) return int_to_str(v.as_int());  // `{n}`: an int's str is its repr
    // `{x}` is format(x, ''): a class's __format__ sees it
    if (conversion == -1 && is_instance_of_class(v)) return format_with_spec(v, new_str(""));
    return new_str(to_str(v));
}

// Strs concatenated: sized once and written straight into the result, whose length in code points is kept
// when every part knows its own. An f-string's pieces, and `a + b` (with `slack` from `+=`).
Value concat_strs(std::initializer_list<Ref> parts, std::size_t slack) {
    if (parts.size() == 1 && slack == 0) return *parts.begin();  // f"{x:{spec}}"'s spec is often one constant
    std::size_t bytes = 0;
    std::int64_t length = 0;
    for (const Value& p : parts) {
        const Str& piece = as<Str>(p);
        bytes += piece.bytes();
        length = length >= 0 && piece.length >= 0 ? length + piece.length : -1;
    }
    Str* result = Str::make_for_writing(bytes, bytes + slack);
    result->length = length;
    StrWriter out(*result);
    for (const Value& p : parts) out.put(as<Str>(p).text());
    return Value::object(result);
}

// `a + b` on two strs (with `slack` from `+=`): concat_strs for exactly two parts, without its loops.
Value concat_str_pair(const Str& a, const Str& b, std::size_t slack) {
    std::size_t bytes = a.bytes() + b.bytes();
    Str* result = Str::make_for_writing(bytes, bytes + slack);
    result->length = a.length >= 0 && b.length >= 0 ? a.length + b.length : -1;
    StrWriter out(*result);  // (short pieces are copied inline: a memcpy call costs more than its copy)
    out.put(a.text());
    out.put(b.text());
    return Value::object(result);
}

// ---------------------------------------------------------------------------------------------------------
// Calls

namespace {

// A def's code entered with copies of `args`, which may be anything of the caller's (a list's items, a
// variable the callee can rebind): the code keeps references to them (see Code).
Value call_code_copying(Function& fn, const Value* args, std::size_t nargs) {
    switch (nargs) {
        case 0: return fn.code(fn, nullptr, 0);
        case 1: {
            Value a[] = {args[0]};
            return fn.code(fn, a, 1);
        }
        case 2: {
            Value a[] = {args[0], args[1]};
            return fn.code(fn, a, 2);
        }
        case 3: {
            Value a[] = {args[0], args[1], args[2]};
            return fn.code(fn, a, 3);
        }
        default: {
            std::vector<Value> a(args, args + nargs);
            return fn.code(fn, a.data(), nargs);
        }
    }
}

}  // namespace

Value call_n(const Value& callee, const Value* args, std::size_t nargs) {
    if (callee.is_obj()) {
        Type* t = callee.obj()->type;
        if (t == &function_type) {
            auto& fn = as<Function>(callee);
            if (fn.simple) return call_code_copying(fn, args, nargs);
            return call_with_keywords(callee, args, nargs, KwArgs{});
        }
        if (t == &type_type && static_cast<Type*>(callee.obj())->heap)  // a class: a new instance (see below)
            return static_cast<Type*>(callee.obj())->ctor(static_cast<Type*>(callee.obj()), args, nargs);
        if (t == &builtin_function_type) {
            auto& b = as<BuiltinFunction>(callee);
            if (b.code != nullptr) return b.code(args, nargs);
            Keywords none{KwArgs{}};
            return b.kwcode(args, nargs, none);
        }
        if (t == &method_type) {
            auto& m = as<BoundMethod>(callee);
            ArgsWithSelf all(m.self, args, nargs);
            return call_n(m.function, all.data(), all.size());
        }
        if (t == &builtin_method_type) {
            auto& m = as<BuiltinMethod>(callee);
            if (m.self.is_unbound()) return call_method_n(m.name.c_str(), args, nargs);
            ArgsWithSelf all(m.self, args, nargs);
            return call_method_n(m.name.c_str(), all.data(), all.size());
        }
        if (t == &staticmethod_type) return call_n(as<StaticMethod>(callee).function, args, nargs);
        if (t->native) return static_cast<NativeObject*>(callee.obj())->call(args, nargs, KwArgs{});
        if (t->heap) {
            Value f = lookup_on_type(t, new_str("__call__"));
            if (f.is_bound()) return Method(callee, new_str("__call__")).call_n(args, nargs);
        }
        if (t == &type_type) {
            Type* type = static_cast<Type*>(callee.obj());
            if (type->ctor != nullptr) return type->ctor(type, args, nargs);
            raise(&TypeError, std::string("cannot create '") + type->name + "' instances");
        }
    }
    raise(&TypeError, std::string("'") + type_name(callee) + "' object is not callable");
}

Value construct_with_keywords(Type* type, const Value* args, std::size_t nargs, Keywords& kw);

Value NativeObject::call(const Value*, std::size_t, const KwArgs&) {
    raise(&TypeError, std::string("'") + type->name + "' object is not callable");
}

Value NativeObject::getitem(const Value&) {
    raise(&TypeError, std::string("'") + type->name + "' object is not subscriptable");
}

namespace {

// `args` with `self` in front: how a method's function is called.
std::vector<Value> prepend(const Value& self, const Value* args, std::size_t nargs) {
    std::vector<Value> all{self};
    all.insert(all.end(), args, args + nargs);
    return all;
}

}  // namespace

Value call_with_keywords(const Value& callee, const Value* args, std::size_t nargs, const KwArgs& kw) {
    if (has_type(callee, &function_type)) {
        auto& fn = as<Function>(callee);
        std::size_t n = fn.info->nparams;
        if (n <= 8) {  // the slots on the stack
            Value slots[8];
            fn.bind_arguments(args, nargs, kw, slots);
            return fn.code(fn, slots, n);
        }
        std::vector<Value> slots(n);
        fn.bind_arguments(args, nargs, kw, slots.data());
        return fn.code(fn, slots.data(), n);
    }
    if (has_type(callee, &method_type)) {
        auto& m = as<BoundMethod>(callee);
        ArgsWithSelf all(m.self, args, nargs);
        return call_with_keywords(m.function, all.data(), all.size(), kw);
    }
    if (has_type(callee, &builtin_method_type)) {
        auto& m = as<BuiltinMethod>(callee);
        if (m.self.is_bound()) return call_method_with_keywords(m.name.c_str(), m.self, args, nargs, kw);
        if (nargs == 0) raise(&TypeError, "unbound method " + m.name + "() needs an argument");
        return call_method_with_keywords(m.name.c_str(), args[0], args + 1, nargs - 1, kw);
    }
    if (has_type(callee, &staticmethod_type)) return call_with_keywords(as<StaticMethod>(callee).function, args, nargs, kw);
    if (callee.is_obj() && callee.obj()->type->native)
        return static_cast<NativeObject*>(callee.obj())->call(args, nargs, kw);
    if (has_type(callee, &type_type) && static_cast<Type*>(callee.obj())->heap) {
        if (kw.size == 0) return call_n(callee, args, nargs);
        return construct_class(static_cast<Type*>(callee.obj()), args, nargs, kw);
    }
    if (is_instance_of_class(callee)) {
        Value function = lookup_on_type(callee.obj()->type, new_str("__call__"));
        if (function.is_bound()) {
            std::vector<Value> all = prepend(callee, args, nargs);
            return call_with_keywords(function, all.data(), all.size(), kw);
        }
    }
    Keywords keywords(kw);
    if (has_type(callee, &builtin_function_type)) {
        auto& b = as<BuiltinFunction>(callee);
        if (b.kwcode != nullptr) return b.kwcode(args, nargs, keywords);
        keywords.reject(b.name);
        return b.code(args, nargs);
    }
    if (has_type(callee, &type_type) && static_cast<Type*>(callee.obj())->ctor != nullptr)
        return construct_with_keywords(static_cast<Type*>(callee.obj()), args, nargs, keywords);
    if (kw.size == 0) return call_n(callee, args, nargs);
    raise(&TypeError, std::string("'") + type_name(callee) + "' object is not callable");
}

namespace {

bool is_iterable(const Value& v) {
    if (!v.is_obj()) return false;
    Type* t = v.obj()->type;
    if (t->heap && find_in_class_namespaces(t, new_str("__iter__")).is_bound()) return true;
    t = builtin_layout(t);
    return t->iterator || t == &list_type || t == &tuple_type || t == &str_type || t == &dict_type ||
           t == &range_type || t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type ||
           struct_sequence_tuple(v).is_bound();
}

// How CPython names a callee in call errors (_PyObject_FunctionStr): `__main__.f()`, `len()`, `list()`.
std::string function_str(const Value& callee) {
    if (has_type(callee, &function_type)) return std::string("__main__.") + as<Function>(callee).info->qualname + "()";
    if (has_type(callee, &builtin_function_type)) return std::string(as<BuiltinFunction>(callee).name) + "()";
    if (has_type(callee, &type_type)) return std::string(static_cast<Type*>(callee.obj())->name) + "()";
    // a bound method: its function's qualified name
    if (has_type(callee, &method_type)) return function_str(as<BoundMethod>(callee).function);
    // a bound builtin method is named by the builtin type defining it: list.append()
    if (has_type(callee, &builtin_method_type)) {
        const auto& m = as<BuiltinMethod>(callee);
        Type* t = type_of(m.self);
        while (t->heap && t->base != nullptr) t = t->base;
        return std::string(t->name) + "." + m.name + "()";
    }
    return std::string(type_name(callee)) + " object";
}

}  // namespace

std::vector<std::string_view> split_keyword_names(std::string_view names) {
    std::vector<std::string_view> out;
    while (!names.empty()) {
        std::size_t space = names.find(' ');
        out.push_back(names.substr(0, space));
        names = space == std::string_view::npos ? std::string_view() : names.substr(space + 1);
    }
    return out;
}

// The callee is used in place: the lowering copies one that the call could rebind (a global, a cell), and the
// runtime's own callers own theirs.
Value call(std::initializer_list<Ref> callee_and_args) {
    const Value& callee = callee_and_args.begin()->v;
    // call_n's hot paths without its call: a class (its instance made here), a simple function's code
    if (callee.is_obj() && callee.obj()->type == &type_type && static_cast<Type*>(callee.obj())->heap)
        return call_class(static_cast<Type*>(callee.obj()), callee_and_args.begin() + 1, callee_and_args.size() - 1);
    return with_copies(callee_and_args.begin() + 1, callee_and_args.size() - 1, [&callee](const Value* a, std::size_t n) {
        if (Function* fn = function_or_null(callee); fn != nullptr && fn->simple) return fn->code(*fn, a, n);
        return call_n(callee, a, n);
    });
}

Value call_method(const char* name, std::initializer_list<Ref> self_and_args) {
    return with_copies(self_and_args, [name](const Value* a, std::size_t n) { return call_method_n(name, a, n); });
}

Value call_kw(std::initializer_list<Ref> callee_args_kwvalues, const char* keywords) {
    OperandArray a(callee_args_kwvalues);
    KeywordNames names(keywords);
    const Value* positional = a.data() + 1;
    std::size_t npos = a.size() - 1 - names.size();
    KwArgs kw{names.data(), positional + npos, names.size()};
    return call_with_keywords(a[0], positional, npos, kw);
}

void fill_defaults(const Function& fn, Value* slots, std::size_t n) {
    std::size_t first_default = n - fn.defaults.size();
    for (std::size_t i = first_default; i < n; ++i)
        if (slots[i].is_unbound()) slots[i] = fn.defaults[i - first_default];
}

Value call_slots_kw(const Value& callee, const Value* slots, std::size_t n, std::size_t nargs, const char* keywords) {
    KeywordNames names(keywords);
    std::vector<Value> values;
    for (std::size_t i = nargs; i < n; ++i)
        if (slots[i].is_bound()) values.push_back(slots[i]);
    return call_with_keywords(callee, slots, nargs, KwArgs{names.data(), values.data(), names.size()});
}

CallArguments gather_arguments_impl(const Value* part, const char* shape, std::string (*describe)(const void*),
                                    const void* context) {
    CallArguments a;
    auto add_keyword = [&](std::string_view name, const Value& value) {
        if (std::find(a.names.begin(), a.names.end(), name) != a.names.end())
            raise(&TypeError, describe(context) + " got multiple values for keyword argument '" + std::string(name) + "'");
        a.names.push_back(name);
        a.kwvalues.push_back(value);
    };
    for (std::string_view token : split_keyword_names(shape)) {
        const Value& v = *part++;
        if (token == ".") {
            a.positional.push_back(v);
        } else if (token == "*") {
            if (!is_iterable(v))
                raise(&TypeError, describe(context) + " argument after * must be an iterable, not " + type_name(v));
            ForIter it(v);
            for (Value x; it.next(x);) a.positional.push_back(x);
        } else if (token == "**") {
            if (!is_dict_layout(v))
                raise(&TypeError, describe(context) + " argument after ** must be a mapping, not " + type_name(v));
            a.keep_alive.push_back(v);  // the names are views into its keys
            for (const auto& e : as<Dict>(v).entries) {
                if (e.key.is_unbound()) continue;
                if (!is_str(e.key)) raise(&TypeError, "keywords must be strings");
                add_keyword(as<Str>(e.key).text(), e.value);
            }
        } else {
            add_keyword(token.substr(1), v);  // "=name"
        }
    }
    return a;
}

Value call_ex(std::initializer_list<Ref> callee_and_parts, const char* shape) {
    OperandArray parts(callee_and_parts);
    const Value& callee = parts[0];
    CallArguments a = gather_arguments(parts.data() + 1, shape, [&] { return function_str(callee); });
    return call_with_keywords(callee, a.positional.data(), a.positional.size(), a.kwargs());
}

Value Keywords::take(std::string_view name) {
    for (std::size_t k = 0; k < kw_.size; ++k)
        if (!used_[k] && kw_.names[k] == name) {
            used_[k] = true;
            return kw_.values[k];
        }
    return Value();
}

Value Keywords::positional_or_named(const Value* args, std::size_t nargs, std::size_t index, std::string_view name,
                                    const char* function) {
    Value by_name = take(name);
    if (index >= nargs) return by_name;
    if (by_name.is_bound())
        raise(&TypeError, "argument for " + std::string(function) + "() given by name ('" + std::string(name) +
                              "') and position (" + std::to_string(index + 1) + ")");
    return args[index];
}

bool is_callable(const Value& x) {
    if (!x.is_obj()) return false;
    Type* t = x.obj()->type;
    if (t == &function_type || t == &builtin_function_type || t == &method_type || t == &builtin_method_type ||
        t == &staticmethod_type)
        return true;
    if (t->native) return static_cast<NativeObject*>(x.obj())->callable();
    if (t == &type_type) return static_cast<Type*>(x.obj())->ctor != nullptr;
    return t->heap && lookup_on_type(t, new_str("__call__")).is_bound();
}

void check_positional(const char* name, std::size_t n, std::size_t least, std::size_t most) {
    if (n >= least && n <= most) return;
    std::size_t bound = n < least ? least : most;
    const char* qualifier = least == most ? "" : n < least ? "at least " : "at most ";
    raise(&TypeError, std::string(name) + " expected " + qualifier + std::to_string(bound) + " argument" +
                          (bound == 1 ? "" : "s") + ", got " + std::to_string(n));
}

void method_args_error(const char* type, const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    std::string method = std::string(type) + "." + name + "()";
    if (lo == hi && lo == 0) raise(&TypeError, method + " takes no arguments (" + std::to_string(n) + " given)");
    if (lo == hi && lo == 1) raise(&TypeError, method + " takes exactly one argument (" + std::to_string(n) + " given)");
    check_positional(name, n, lo, hi);  // CPython's _PyArg_CheckPositional names the method alone
    std::abort();  // check_positional raises: n is outside [lo, hi]
}

void Keywords::require(const Value& v, const char* function, const char* name, int position) {
    if (v.is_unbound())
        raise(&TypeError, std::string(function) + "() missing required argument '" + name + "'" +
                              (position > 0 ? " (pos " + std::to_string(position) + ")" : std::string()));
}

void Keywords::check_count(const char* function, std::size_t nargs, std::size_t most) {
    std::size_t given = nargs + kw_.size;
    if (given > most)
        raise(&TypeError, std::string(function) + "() takes at most " + std::to_string(most) + " argument" +
                              (most == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
}

void Keywords::finish_named(const char* function) {
    for (std::size_t k = 0; k < kw_.size; ++k)
        if (!used_[k])
            raise(&TypeError, "'" + std::string(kw_.names[k]) + "' is an invalid keyword argument for " + function + "()");
}

void Keywords::reject(const char* function) {
    if (!empty()) raise(&TypeError, std::string(function) + "() takes no keyword arguments");
}

// ---------------------------------------------------------------------------------------------------------
// Displays with unpacking: `[*a, b]`, `(*a, b)`, `{**d, k: v}`

namespace {

std::vector<Value> unpack_elements(const OperandArray& parts, const char* shape) {
    std::vector<Value> out;
    const Value* part = parts.begin();
    for (const char* c = shape; *c != '\0'; ++c, ++part) {
        if (*c == '.') {
            out.push_back(*part);
            continue;
        }
        if (!is_iterable(*part))
            raise(&TypeError, std::string("Value after * must be an iterable, not ") + type_name(*part));
        ForIter it(*part);
        for (Value x; it.next(x);) out.push_back(x);
    }
    return out;
}

}  // namespace

// The operands are copied first: iterating one may run Python code.
Value make_list_unpacking(std::initializer_list<Ref> parts, const char* shape) {
    return Value::object(new List(unpack_elements(OperandArray(parts), shape)));
}

Value make_tuple_unpacking(std::initializer_list<Ref> parts, const char* shape) {
    return Value::object(Tuple::make(unpack_elements(OperandArray(parts), shape)));
}

// `{a, *b}`: the items added in order, as CPython's SET_UPDATE does (whose error is iter()'s).
Value make_set_unpacking(std::initializer_list<Ref> operands, const char* shape) {
    OperandArray parts(operands);
    Value result = make_set({});
    const Value* part = parts.begin();
    for (const char* c = shape; *c != '\0'; ++c, ++part) {
        if (*c == '.') {
            set_add(result, *part);
            continue;
        }
        ForIter it(*part);
        for (Value x; it.next(x);) set_add(result, x);
    }
    return result;
}

Value make_dict_unpacking(std::initializer_list<Ref> operands, const char* shape) {
    OperandArray parts(operands);
    Value result = Value::object(new Dict());
    Dict& d = as<Dict>(result);
    const Value* part = parts.begin();
    for (const char* c = shape; *c != '\0'; ++c) {
        if (*c == ':') {
            d.set(part[0], part[1]);
            part += 2;
            continue;
        }
        if (!is_dict_layout(*part))
            raise(&TypeError, std::string("'") + type_name(*part) + "' object is not a mapping");
        std::vector<Dict::Entry> entries = as<Dict>(*part).entries;
        for (const auto& e : entries)
            if (e.key.is_bound()) d.set(e.key, e.value);
        ++part;
    }
    return result;
}

// ---------------------------------------------------------------------------------------------------------
// Subscripts

// obj[start:stop:step] of a list, tuple, str (`n` code points, `ascii` when they are bytes) or range, its
// `count` items as slice_indices gave them.
Value slice_of(const Value& obj, Type* t, std::int64_t n, bool ascii, std::int64_t start, std::int64_t stop,
               std::int64_t step, std::int64_t count) {
    if (t == &str_type) {
        std::string_view s = as<Str>(obj).text();
        if (step == 1 && count == n) return obj;  // s[:] is s, as in CPython
        if (ascii && step == 1) {
            if (count == 1) return ascii_char(static_cast<unsigned char>(s[static_cast<std::size_t>(start)]));
            return new_str(s.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(count)), count);
        }
        std::string out;
        std::vector<std::size_t> offs = ascii ? std::vector<std::size_t>{} : code_point_offsets(s);
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) {
            if (ascii)
                out += s[static_cast<std::size_t>(i)];
            else
                out.append(s, offs[static_cast<std::size_t>(i)],
                           offs[static_cast<std::size_t>(i) + 1] - offs[static_cast<std::size_t>(i)]);
        }
        return new_str(std::move(out), count);
    }
    if (t == &range_type) {
        Range& r = as<Range>(obj);
        return Value::object(new Range(r.start + start * r.step, r.start + stop * r.step, r.step * step));
    }
    if (obj.obj()->type == &tuple_type && step == 1 && count == n) return obj;  // t[:] is t, as in CPython
    std::span<const Value> items = t == &list_type ? as<List>(obj).items : as<Tuple>(obj).items();
    std::vector<Value> out;
    auto first = items.begin() + start;
    if (step == 1) {  // the common slices, l[a:b] and l[::-1], are copied as ranges: no per-item capacity check
        out.assign(first, first + count);
    } else if (step == -1) {
        out.assign(std::make_reverse_iterator(first + 1), std::make_reverse_iterator(first + 1 - count));
    } else {
        out.reserve(static_cast<std::size_t>(count));
        for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out.push_back(items[static_cast<std::size_t>(i)]);
    }
    if (t == &list_type) return Value::object(new List(std::move(out)));
    return Value::object(Tuple::make(std::move(out)));
}

Value getslice(std::initializer_list<Ref> obj_lower_upper) {
    const Value& obj = obj_lower_upper.begin()[0];
    const Value& lower = obj_lower_upper.begin()[1];
    const Value& upper = obj_lower_upper.begin()[2];
    if (obj.is_obj() && (lower.is_int() || lower.is_none()) && (upper.is_int() || upper.is_none())) {
        Type* t = obj.obj()->type;
        if (t == &list_type || t == &tuple_type || t == &str_type) {
            std::int64_t n = length_of(obj);
            auto clamp = [n](const Value& v, std::int64_t omitted) {
                if (v.is_none()) return omitted;
                std::int64_t i = v.as_int();
                if (i < 0) i = std::max<std::int64_t>(i + n, 0);
                return std::min(i, n);
            };
            std::int64_t start = clamp(lower, 0), stop = clamp(upper, n);
            bool ascii = t != &str_type || as<Str>(obj).is_ascii();
            return slice_of(obj, t, n, ascii, start, stop, 1, std::max<std::int64_t>(stop - start, 0));
        }
    }
    Value slice = Value::object(new SliceObject(lower, upper, Value::none()));
    return getitem({obj, slice});
}

void raise_key_error(const Value& key) { raise_value(Value::object(new ExceptionObject(&KeyError, make_tuple({key})))); }


Value getitem_slow(const Two& v) {
    const Value& obj = v.a;
    const Value& key = v.b;
    if (!obj.is_obj()) raise(&TypeError, std::string("'") + type_name(obj) + "' object is not subscriptable");
    Type* t = obj.obj()->type;
    if (Value r; t->heap && call_special(obj, "__getitem__", {key}, r)) return r;
    t = builtin_layout(t);
    if (t == &dict_type) {
        if (Value* found = as<Dict>(obj).find(key)) return *found;
        // dict's subscript on a subclass: a missing key goes to the class's __missing__ (defaultdict, Counter)
        if (Value r; obj.obj()->type != &dict_type && call_special(obj, "__missing__", {key}, r)) return r;
        raise_key_error(key);
    }
    if (t == &bytes_type) {
        if (has_type(key, &slice_type)) {
            const std::string& s = as<Bytes>(obj).data;
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), static_cast<std::int64_t>(s.size()), start, stop, step);
            std::string out;
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) out += s[static_cast<std::size_t>(i)];
            return new_bytes(std::move(out));
        }
        if (!is_intlike(key)) raise(&TypeError, std::string("byte indices must be integers or slices, not ") + type_name(key));
        return bytes_getitem(obj, to_index(key, "byte"));
    }
    if (t == &list_type || t == &tuple_type || t == &str_type || t == &range_type) {
        const char* what = t == &str_type ? "string" : t->name;
        bool ascii = t != &str_type || as<Str>(obj).is_ascii();
        std::int64_t n = length_of(obj);
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), n, start, stop, step);
            return slice_of(obj, t, n, ascii, start, stop, step, count);
        }
        if (!is_intlike(key)) {
            if (t == &range_type) raise(&TypeError, "range indices must be integers or slices, not " + std::string(type_name(key)));
            to_index(key, what);
        }
        std::int64_t i = to_index(key, what);
        if (i < 0) i += n;
        if (i < 0 || i >= n) {
            const char* name = t == &str_type ? "string" : (t == &range_type ? "range object" : t->name);
            raise(&IndexError, std::string(name) + " index out of range");
        }
        if (t == &list_type) return as<List>(obj).items[static_cast<std::size_t>(i)];
        if (t == &tuple_type) return as<Tuple>(obj).items()[static_cast<std::size_t>(i)];
        if (t == &range_type) return Value::integer(as<Range>(obj).start + i * as<Range>(obj).step);
        std::string_view s = as<Str>(obj).text();
        if (ascii) return ascii_char(static_cast<unsigned char>(s[static_cast<std::size_t>(i)]));
        return str_char(s, i);
    }
    if (Value r; t == &type_type && subscript_type(obj, key, r)) return r;  // list[int]
    if (t->native) return static_cast<NativeObject*>(obj.obj())->getitem(key);
    if (t == &type_type) raise(&TypeError, "type '" + qualname_of(static_cast<Type*>(obj.obj())) + "' is not subscriptable");
    raise(&TypeError, std::string("'") + type_name(obj) + "' object is not subscriptable");
}

// (An exact dict and a list's in-range index never get here: py::setitem assigns them inline.)
void setitem_slow(const Three& v) {
    const Value& obj = v.a;
    const Value& key = v.b;
    const Value& value = v.c;
    if (Value r; is_instance_of_class(obj) && call_special(obj, "__setitem__", {key, value}, r)) return;
    if (is_dict_layout(obj)) {
        as<Dict>(obj).set(key, value);
        return;
    }
    if (has_type(obj, &list_type)) {
        auto& items = as<List>(obj).items;
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count =
                slice_indices(as<SliceObject>(key), static_cast<std::int64_t>(items.size()), start, stop, step);
            bool iterable = value.is_obj() && (value.obj()->type->iterator || value.obj()->type == &list_type ||
                                               value.obj()->type == &tuple_type || value.obj()->type == &str_type ||
                                               value.obj()->type == &dict_type || value.obj()->type == &range_type);
            if (!iterable) raise(&TypeError, "can only assign an iterable");
            std::vector<Value> repl = collect(value);
            if (step != 1) {
                if (static_cast<std::int64_t>(repl.size()) != count)
                    raise(&ValueError, "attempt to assign sequence of size " + std::to_string(repl.size()) +
                                           " to extended slice of size " + std::to_string(count));
                for (std::int64_t k = 0, i = start; k < count; ++k, i += step)
                    items[static_cast<std::size_t>(i)] = std::move(repl[static_cast<std::size_t>(k)]);
                return;
            }
            if (stop < start) stop = start;
            items.erase(items.begin() + start, items.begin() + stop);
            items.insert(items.begin() + start, repl.begin(), repl.end());
            return;
        }
        std::int64_t i = to_index(key, "list");
        std::int64_t n = static_cast<std::int64_t>(items.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(&IndexError, "list assignment index out of range");
        items[static_cast<std::size_t>(i)] = value;
        return;
    }
    raise(&TypeError, std::string("'") + type_name(obj) + "' object does not support item assignment");
}

Value make_slice(std::initializer_list<Ref> lower_upper_step) {
    const Ref* p = lower_upper_step.begin();
    return Value::object(new SliceObject(p[0], p[1], p[2]));
}

void unpack_other(const Value& v, Value* out, std::size_t n) {
    std::vector<Value> collected;
    std::span<const Value> items = sequence_items(v);  // `out` is the emitted code's own array, never one of these
    if (!is_exact_sequence(v)) {
        if (is_type(v, &int_type) || v.is_float() || v.is_none())
            raise(&TypeError, std::string("cannot unpack non-iterable ") + type_name(v) + " object");
        collected = collect(v);
        items = collected;
    }
    if (items.size() > n)
        raise(&ValueError, "too many values to unpack (expected " + std::to_string(n) + ")");
    if (items.size() < n)
        raise(&ValueError, "not enough values to unpack (expected " + std::to_string(n) + ", got " +
                               std::to_string(items.size()) + ")");
    std::copy(items.begin(), items.end(), out);
}

void unpack_starred(const Value& v, Value* out, std::size_t before, std::size_t after) {
    if (is_type(v, &int_type) || v.is_float() || v.is_none())
        raise(&TypeError, std::string("cannot unpack non-iterable ") + type_name(v) + " object");
    std::vector<Value> items = collect(v);
    if (items.size() < before + after)
        raise(&ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                               ", got " + std::to_string(items.size()) + ")");
    std::size_t middle_end = items.size() - after;
    for (std::size_t i = 0; i < before; ++i) out[i] = std::move(items[i]);
    out[before] = Value::object(new List(std::vector<Value>(items.begin() + before, items.begin() + middle_end)));
    for (std::size_t i = 0; i < after; ++i) out[before + 1 + i] = std::move(items[middle_end + i]);
}

void delitem(const Two& v) {
    const Value& obj = v.a;
    const Value& key = v.b;
    if (Value r; is_instance_of_class(obj) && call_special(obj, "__delitem__", {key}, r)) return;
    if (is_dict_layout(obj)) {
        if (!as<Dict>(obj).erase(key)) raise_key_error(key);
        return;
    }
    if (has_type(obj, &list_type)) {
        auto& items = as<List>(obj).items;
        std::int64_t n = static_cast<std::int64_t>(items.size());
        if (has_type(key, &slice_type)) {
            std::int64_t start, stop, step;
            std::int64_t count = slice_indices(as<SliceObject>(key), n, start, stop, step);
            std::vector<bool> drop(items.size(), false);
            for (std::int64_t k = 0, i = start; k < count; ++k, i += step) drop[static_cast<std::size_t>(i)] = true;
            std::vector<Value> kept;
            for (std::size_t i = 0; i < items.size(); ++i)
                if (!drop[i]) kept.push_back(std::move(items[i]));
            items = std::move(kept);
            return;
        }
        std::int64_t i = to_index(key, "list");
        if (i < 0) i += n;
        if (i < 0 || i >= n) raise(&IndexError, "list assignment index out of range");
        items.erase(items.begin() + i);
        return;
    }
    raise(&TypeError, std::string("'") + type_name(obj) + "' object doesn't support item deletion");
}

// ---------------------------------------------------------------------------------------------------------
// Iteration

namespace {

Type instance_iterator_type("iterator", &object_type, nullptr, true);

// Iterates a class instance: its __next__ until StopIteration, or (for a class with __getitem__ and no
// __iter__) __getitem__(0), (1), ... until IndexError, as CPython's iter() does.
struct InstanceIterator : Iterator {
    Value target;
    bool by_index;
    std::int64_t index = 0;
    InstanceIterator(Value t, bool i) : Iterator(&instance_iterator_type), target(std::move(t)), by_index(i) {}
    bool next(Value& out) override {
        try {
            if (by_index) {
                call_special(target, "__getitem__", {Value::integer(index++)}, out);
                return true;
            }
            if (!call_special(target, "__next__", {}, out))
                raise(&TypeError, std::string("'") + type_name(target) + "' object is not an iterator");
            return true;
        } catch (PyException& e) {
            if (e.value.obj()->type->is_subtype_of(by_index ? &IndexError : &StopIteration)) return false;
            throw;
        }
    }
};

}  // namespace

// iter(obj) for a class instance: what its __iter__ returns, checked to be an iterator.
Value instance_iter(const Value& obj) {
    Value it;
    if (!call_special(obj, "__iter__", {}, it)) {
        if (is_dict_layout(obj) || is_tuple_layout(obj))  // a dict or tuple subclass iterates as one
            return builtin_iter(obj);
        if (!lookup_on_type(obj.obj()->type, new_str("__getitem__")).is_bound())
            raise(&TypeError, std::string("'") + type_name(obj) + "' object is not iterable");
        return Value::object(new InstanceIterator(obj, true));
    }
    bool iterator = it.is_obj() && (it.obj()->type->iterator ||
                                    (it.obj()->type->heap && lookup_on_type(it.obj()->type, new_str("__next__")).is_bound()));
    if (!iterator) raise(&TypeError, std::string("iter() returned non-iterator of type '") + type_name(it) + "'");
    return it;
}

namespace {
ForIter* builtin_iterator_state(const Value& iterator);  // below, with the iterator types
}  // namespace

ForIter::ForIter(const Value& iterable) : obj_(iterable) {
    if (iterable.is_obj()) {
        Type* t = iterable.obj()->type;
        // a dict or tuple subclass without an __iter__ of its own iterates as a dict or tuple
        if (t->heap && (t->base == &dict_type || t->base == &tuple_type) &&
            find_in_class_namespaces(t, new_str("__iter__")).is_unbound())
            t = t->base;
        if (t->heap) {
            obj_ = instance_iter(iterable);
            if (obj_.obj()->type->heap) obj_ = Value::object(new InstanceIterator(obj_, false));
            kind_ = Kind::Iter;
            return;
        }
        if (t == &range_type) {
            Range& r = as<Range>(iterable);
            kind_ = Kind::Range;
            cur_ = r.start;
            stop_ = r.stop;
            step_ = r.step;
            return;
        }
        if (t == &list_type) {
            items_ = &as<List>(iterable).items;
            return;
        }
        if (t == &tuple_type) {
            kind_ = Kind::Tuple;
            tuple_items_ = as<Tuple>(iterable).items();
            return;
        }
        if (Value items = struct_sequence_tuple(iterable); items.is_bound()) {
            obj_ = items;  // keeps the tuple alive
            kind_ = Kind::Tuple;
            tuple_items_ = as<Tuple>(obj_).items();
            return;
        }
        if (t == &str_type) {
            kind_ = Kind::Str;
            return;
        }
        if (t->iterator) {
            kind_ = t == &generator_type ? Kind::Generator : Kind::Iter;
            if (ForIter* inner = builtin_iterator_state(iterable)) {
                kind_ = Kind::Forward;
                inner_ = inner;
            }
            return;
        }
        if (t == &bytes_type) {
            kind_ = Kind::Bytes;
            return;
        }
        if (t == &set_type || t == &frozenset_type) {
            kind_ = Kind::Set;
            expected_ = as<Set>(iterable).used;
            return;
        }
        if (t == &dict_type || t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type) {
            kind_ = Kind::Dict;
            if (t != &dict_type) obj_ = as<DictView>(iterable).dict;
            view_ = t == &dict_values_type ? 1 : (t == &dict_items_type ? 2 : 0);
            expected_ = as<Dict>(obj_).used;
            return;
        }
    }
    raise(&TypeError, std::string("'") + type_name(iterable) + "' object is not iterable");
}

bool ForIter::next_slow(Value& out) {
    // pipelines of generators, and sum() or max() over one, loop here
    if (kind_ == Kind::Generator) [[likely]] return static_cast<Generator*>(obj_.obj())->advance(out);
    if (kind_ == Kind::Tuple) {
        if (index_ >= tuple_items_.size()) return false;
        out = tuple_items_[index_++];
        return true;
    }
    if (kind_ == Kind::Forward) return inner_->next(out);
    return next_other(out);
}

[[gnu::noinline]] bool ForIter::next_other(Value& out) {
    if (kind_ == Kind::Iter) return static_cast<Iterator*>(obj_.obj())->next(out);
    if (kind_ == Kind::Str) {
        std::string_view s = as<Str>(obj_).text();
        if (index_ >= s.size()) return false;
        if (static_cast<unsigned char>(s[index_]) < 0x80) {
            out = ascii_char(static_cast<unsigned char>(s[index_++]));
            return true;
        }
        std::size_t j = index_ + 1;
        while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
        out = new_str(s.substr(index_, j - index_), 1);
        index_ = j;
        return true;
    }
    if (kind_ == Kind::Bytes) {
        const std::string& s = as<Bytes>(obj_).data;
        if (index_ >= s.size()) return false;
        out = Value::integer(static_cast<unsigned char>(s[index_++]));
        return true;
    }
    if (kind_ == Kind::Set) {
        Set& s = as<Set>(obj_);
        if (s.used != expected_) {
            expected_ = s.used;
            raise(&RuntimeError, "Set changed size during iteration");
        }
        while (index_ < s.table.size() && s.table[index_].key.is_unbound()) ++index_;
        if (index_ >= s.table.size()) return false;
        out = s.table[index_++].key;
        return true;
    }
    Dict& d = as<Dict>(obj_);
    if (d.used != expected_) {
        expected_ = d.used;  // CPython reports once, then the iterator is exhausted
        raise(&RuntimeError, "dictionary changed size during iteration");
    }
    while (index_ < d.entries.size() && d.entries[index_].key.is_unbound()) ++index_;
    if (index_ >= d.entries.size()) return false;
    auto& e = d.entries[index_++];
    if (view_ == 0)
        out = e.key;
    else if (view_ == 1)
        out = e.value;
    else
        out = make_tuple({e.key, e.value});
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// print

Value print(std::initializer_list<Ref> operands, std::size_t nargs, const char* keywords) {
    OperandArray values(operands);  // printing may run a class's __str__
    Value sep, end, flush;
    for (std::size_t k = 0; keywords[k] != '\0'; ++k) {
        const Value& v = values.begin()[nargs + k];
        if (keywords[k] == 's') sep = v;
        if (keywords[k] == 'e') end = v;
        if (keywords[k] == 'f') flush = v;
    }
    return print_values(values.begin(), nargs, sep, end, flush);
}

Value print(const Global& g, std::initializer_list<Ref> operands, std::size_t nargs, const char* keywords) {
    static const Value builtin_print = builtin_function_value("print");
    const Value& callee = load_global(g);
    if (callee.is_obj() && callee.obj() == builtin_print.obj()) [[likely]]
        return print(operands, nargs, keywords);
    // `print` rebound (a global of the module, or builtins.print): an ordinary call
    std::string names;
    for (const char* k = keywords; *k != '\0'; ++k)
        names += std::string(names.empty() ? "" : " ") + (*k == 's' ? "sep" : *k == 'e' ? "end" : "flush");
    Value f = callee;
    OperandArray values(operands);
    KeywordNames kw(names.c_str());
    return call_with_keywords(f, values.data(), nargs, KwArgs{kw.data(), values.data() + nargs, kw.size()});
}

namespace {

// print()'s `sep` or `end`: its text, or the default for None.
std::string separator_text(const Value& v, const char* name, const char* fallback) {
    if (v.is_unbound() || v.is_none()) return fallback;
    if (!is_str(v)) raise(&TypeError, std::string(name) + " must be None or a string, not " + type_name(v));
    return std::string(as<Str>(v).text());
}

// print(..., file=f) for an f that is not one of sys's streams: f.write() for each piece, as CPython does.
Value print_to_object(const Value& file, const Value* args, std::size_t nargs, const Value& sep, const Value& end,
                      const Value& flush) {
    Value s = new_str(separator_text(sep, "sep", " "));
    Value e = new_str(separator_text(end, "end", "\n"));
    Method write(file, new_str("write"));
    for (std::size_t i = 0; i < nargs; ++i) {
        if (i > 0) write.call({s});
        write.call({is_str(args[i]) ? args[i] : new_str(to_str(args[i]))});
    }
    write.call({e});
    if (flush.is_bound() && truthy(flush)) Method(file, new_str("flush")).call({});
    return Value::none();
}

}  // namespace

Value print_values(const Value* args, std::size_t nargs, const Value& sep, const Value& end, const Value& flush,
                   std::FILE* stream) {
    std::string s = separator_text(sep, "sep", " ");
    std::string e = separator_text(end, "end", "\n");
    std::string out;
    for (std::size_t i = 0; i < nargs; ++i) {
        if (i > 0) out += s;
        const Value& a = args[i];
        if (is_str(a))
            out += as<Str>(a).text();
        else
            out += to_str(a);
    }
    out += e;
    std::fwrite(out.data(), 1, out.size(), stream);
    if (flush.is_bound() && truthy(flush)) std::fflush(stream);
    return Value::none();
}

// ---------------------------------------------------------------------------------------------------------
// Constructors (what calling a builtin type does)

namespace {
[[gnu::noinline]] Value construct_int_other(const Value* args, std::size_t n);
}  // namespace

Value construct_int(Type*, const Value* args, std::size_t n) {
    // int(s) of a str of plain digits (a field of a parsed line) first, without the general case's setup
    if (std::int64_t value; n == 1 && is_str(args[0]) && parse_small_decimal(as<Str>(args[0]).text(), value))
        return Value::integer(value);
    return construct_int_other(args, n);
}

namespace {
Value construct_int_other(const Value* args, std::size_t n) {
    if (n == 0) return Value::integer(0);
    if (n > 2) raise(&TypeError, "int() takes at most 2 arguments (" + std::to_string(n) + " given)");
    const Value& x = args[0];
    if (n == 2) {
        if (!is_str(x)) raise(&TypeError, "int() can't convert non-string with explicit base");
        if (!args[1].is_small_intlike())
            raise(&TypeError, std::string("'") + type_name(args[1]) + "' object cannot be interpreted as an integer");
        std::int64_t base = args[1].as_small();
        return parse_int(as<Str>(x).text(), base < -1 || base > 36 ? -1 : static_cast<int>(base));
    }
    if (x.is_bool()) return Value::integer(x.as_small());
    if (is_intlike(x)) return x;
    if (x.is_float()) return float_to_int(x.as_float());
    if (is_str(x)) return parse_int(as<Str>(x).text(), 10);
    for (const char* special : {"__int__", "__index__"}) {  // CPython's order (__trunc__ is deprecated)
        if (Value r; call_special(x, special, {}, r)) {
            if (r.is_bool()) return Value::integer(r.as_small());
            if (is_intlike(r)) return r;
            raise(&TypeError, std::string(special) + " returned non-int (type " + type_name(r) + ")");
        }
    }
    raise(&TypeError, std::string("int() argument must be a string, a bytes-like object or a real number, not '") +
                          type_name(x) + "'");
}
}  // namespace

Value construct_float(Type*, const Value* args, std::size_t n) {
    if (n == 0) return Value::floating(0.0);
    if (n > 1) arg_count("float", "at most 1 argument", n);
    const Value& x = args[0];
    if (x.is_float()) return x;
    if (is_intlike(x)) return Value::floating(int_to_double(x));
    if (is_str(x)) return parse_float(as<Str>(x).text());
    if (Value r; call_special(x, "__float__", {}, r)) {
        if (r.is_float()) return r;
        raise(&TypeError, std::string(type_name(x)) + ".__float__ returned non-float (type " + type_name(r) + ")");
    }
    if (Value r; call_special(x, "__index__", {}, r)) {
        if (is_intlike(r)) return Value::floating(int_to_double(r));
        raise(&TypeError, std::string("__index__ returned non-int (type ") + type_name(r) + ")");
    }
    raise(&TypeError, std::string("float() argument must be a string or a real number, not '") + type_name(x) + "'");
}

Value construct_bool(Type*, const Value* args, std::size_t n) {
    if (n > 1) arg_count("bool", "at most 1 argument", n);
    return Value::boolean(n == 1 && truthy(args[0]));
}

Value construct_str(Type*, const Value* args, std::size_t n) {
    if (n == 0) return new_str("");
    if (n > 1) {
        if (n > 3) raise(&TypeError, "str() takes at most 3 arguments (" + std::to_string(n) + " given)");
        if (!is_bytes(args[0]))
            raise(&TypeError, std::string("decoding to str: need a bytes-like object, ") + type_name(args[0]) + " found");
        bool found;
        return bytes_method(args[0], "decode", args + 1, n - 1, found);
    }
    if (is_str(args[0])) return args[0];
    if (args[0].is_int()) return int_to_str(args[0].as_int());
    return new_str(to_str(args[0]));
}

Value construct_list(Type*, const Value* args, std::size_t n) {
    check_positional("list", n, 0, 1);
    if (n == 0) return Value::object(new List());
    return Value::object(new List(collect(args[0])));
}

Value construct_tuple(Type*, const Value* args, std::size_t n) {
    check_positional("tuple", n, 0, 1);
    if (n == 0) return make_tuple({});
    if (has_type(args[0], &tuple_type)) return args[0];
    return Value::object(Tuple::make(collect(args[0])));
}

void update_dict(Dict& d, const Value& source) {
    if (is_dict_layout(source)) {
        std::vector<Dict::Entry> entries = as<Dict>(source).entries;  // d.update(d) must not see itself grow
        for (auto& e : entries)
            if (e.key.is_bound()) d.set(e.key, e.value);
        return;
    }
    std::size_t i = 0;
    for (const Value& pair : collect(source)) {
        std::vector<Value> kv;
        if (has_type(pair, &tuple_type) || has_type(pair, &list_type) || has_type(pair, &str_type))
            kv = collect(pair);
        else
            raise(&TypeError, "cannot convert dictionary update sequence element #" + std::to_string(i) +
                                  " to a sequence");
        if (kv.size() != 2)
            raise(&ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                   std::to_string(kv.size()) + "; 2 is required");
        d.set(kv[0], kv[1]);
        ++i;
    }
}

Value construct_dict(Type*, const Value* args, std::size_t n) {
    Value result = Value::object(new Dict());
    check_positional("dict", n, 0, 1);
    if (n == 1) update_dict(as<Dict>(result), args[0]);
    return result;
}

Value construct_range(Type*, const Value* args, std::size_t n) {
    check_positional("range", n, 1, 3);
    std::int64_t v[3] = {0, 0, 1};
    for (std::size_t i = 0; i < n; ++i) {
        if (!is_intlike(args[i]))
            raise(&TypeError, std::string("'") + type_name(args[i]) + "' object cannot be interpreted as an integer");
        if (!args[i].is_small_intlike())
            raise(&NotImplementedError, "py2cpp: range() beyond 64-bit integers is not supported yet");
        v[i] = args[i].as_small();
    }
    if (n == 1) return Value::object(new Range(0, v[0], 1));
    if (v[2] == 0) raise(&ValueError, "range() arg 3 must not be zero");
    return Value::object(new Range(v[0], v[1], v[2]));
}

// type(x) is x's type; type(name, bases, namespace) makes a class as a class statement does.
Value construct_type(Type*, const Value* args, std::size_t n) {
    if (n == 1) return Value::object(type_of(args[0]));
    if (n != 3) raise(&TypeError, "type() takes 1 or 3 arguments");
    if (!is_str(args[0])) raise(&TypeError, std::string("type.__new__() argument 1 must be str, not ") + type_name(args[0]));
    if (!has_type(args[1], &tuple_type))
        raise(&TypeError, std::string("type.__new__() argument 2 must be tuple, not ") + type_name(args[1]));
    if (!has_type(args[2], &dict_type))
        raise(&TypeError, std::string("type.__new__() argument 3 must be dict, not ") + type_name(args[2]));
    Value ns = class_namespace(args[0]);
    for (auto& e : as<Dict>(args[2]).entries)
        if (e.key.is_bound()) as<Dict>(ns).set(e.key, e.value);
    return make_class(args[0], args[1], ns);
}

// A builtin type called with keyword arguments: the few that take any (dict(a=1), int(s, base=2), str(object=x)).
Value construct_with_keywords(Type* type, const Value* args, std::size_t nargs, Keywords& kw) {
    if (kw.empty()) return type->ctor(type, args, nargs);
    if (type == &dict_type) {
        Value result = construct_dict(type, args, nargs);
        const KwArgs& all = kw.all();
        for (std::size_t k = 0; k < all.size; ++k) as<Dict>(result).set(new_str(std::string(all.names[k])), all.values[k]);
        return result;
    }
    if (type == &int_type) {
        Value x = nargs > 0 ? args[0] : Value();  // positional-only
        Value base = kw.positional_or(args, nargs, 1, "base", "int");
        kw.finish("int");
        if (nargs > 2) raise(&TypeError, "int() takes at most 2 arguments (" + std::to_string(nargs) + " given)");
        if (x.is_unbound()) raise(&TypeError, "int() missing string argument");
        Value both[2] = {x, base};
        return construct_int(type, both, base.is_bound() ? 2 : 1);
    }
    if (type == &str_type) {
        Value object = kw.positional_or(args, nargs, 0, "object", "str");
        kw.finish("str");
        if (nargs > 1) raise(&NotImplementedError, "py2cpp: str() with an encoding is not supported yet");
        return object.is_bound() ? construct_str(type, &object, 1) : new_str("");
    }
    kw.reject(type->name);
    return Value();
}

Value construct_exception(Type* type, const Value* args, std::size_t n) {
    return Value::object(new ExceptionObject(type, Value::object(Tuple::make(std::span<const Value>(args, args + n)))));
}

// ---------------------------------------------------------------------------------------------------------
// Builtin functions

namespace {

Value bi_print(const Value* args, std::size_t n, Keywords& kw) {
    Value sep = kw.take("sep"), end = kw.take("end"), file = kw.take("file"), flush = kw.take("flush");
    kw.finish("print");
    if (file.is_unbound() || file.is_none()) return print_values(args, n, sep, end, flush);
    if (std::FILE* stream = text_stream_file(file)) return print_values(args, n, sep, end, flush, stream);
    return print_to_object(file, args, n, sep, end, flush);
}

Value bi_len(const Value* args, std::size_t n) {
    if (n != 1) arg_count("len", "exactly one argument", n);
    return Value::integer(length_of(args[0]));
}

Value bi_repr(const Value* args, std::size_t n) {
    if (n != 1) arg_count("repr", "exactly one argument", n);
    return new_str(repr(args[0]));
}

}  // namespace

Value bi_abs(const Value* args, std::size_t n) {
    if (n != 1) arg_count("abs", "exactly one argument", n);
    const Value& x = args[0];
    if (x.is_float()) return Value::floating(std::fabs(x.as_float()));
    if (is_intlike(x)) return compare(x, Value::integer(0), CmpOp::Lt) ? neg(x) : pos(x);
    if (Value r; call_special(x, "__abs__", {}, r)) return r;
    raise(&TypeError, std::string("bad operand type for abs(): '") + type_name(x) + "'");
}

namespace {

// `for x in iterable: f(x)`, from item `start` of an exact list or tuple (anything else from its start). A
// generator, what sum() and max() most often consume, is advanced directly.
template <class F>
void for_each_from(const Value& iterable, std::size_t start, F f) {
    if (is_exact_sequence(iterable)) {
        for (std::size_t i = start; i < sequence_items(iterable).size(); ++i) {
            Value x = sequence_items(iterable)[i];
            f(x);
        }
        return;
    }
    if (has_type(iterable, &generator_type)) {
        Generator& g = as<Generator>(iterable);
        for (Value x; g.advance(x);) f(x);
        return;
    }
    ForIter it(iterable);
    for (Value x; it.next(x);) f(x);
}

Value min_max(const char* name, const Value* args, std::size_t n, Keywords& kw, CmpOp better) {
    Value key = kw.take("key"), dflt = kw.take("default");
    kw.finish(name);
    if (n == 0) raise(&TypeError, std::string(name) + " expected at least 1 argument, got 0");
    if (n > 1 && dflt.is_bound())
        raise(&TypeError, std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    bool keyed = key.is_bound() && !key.is_none();
    // One item at a time, as CPython takes them: the key and the comparisons of an item run before the
    // iterator's next step (a generator's side effects interleave with theirs).
    Value best, best_key;
    auto improves = [&](const Value& k) {
        if (k.is_int() && best_key.is_int())  // (the common case, without compare()'s dispatch)
            return better == CmpOp::Lt ? k.as_int() < best_key.as_int() : k.as_int() > best_key.as_int();
        return compare(k, best_key, better);
    };
    auto consider = [&](const Value& item) {
        Value k = keyed ? call({key, item}) : item;
        if (best.is_unbound() || improves(k)) {
            best = item;
            best_key = std::move(k);
        }
    };
    if (n == 1) {
        std::size_t done = 0;
        if (!keyed) {  // a leading run of small ints is compared in place: no Python code runs meanwhile
            std::span<const Value> items = sequence_items(args[0]);
            for (; done < items.size() && items[done].is_int(); ++done)
                if (best.is_unbound() || improves(items[done])) best_key = best = items[done];
        }
        for_each_from(args[0], done, consider);
    } else {
        for (std::size_t i = 0; i < n; ++i) consider(args[i]);
    }
    if (best.is_unbound()) {
        if (dflt.is_bound()) return dflt;
        raise(&ValueError, std::string(name) + "() arg is an empty sequence");
    }
    return best;
}
Value bi_min(const Value* args, std::size_t n, Keywords& kw) { return min_max("min", args, n, kw, CmpOp::Lt); }
Value bi_max(const Value* args, std::size_t n, Keywords& kw) { return min_max("max", args, n, kw, CmpOp::Gt); }

Value bi_sum(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("sum", n, 2);
    Value start = kw.positional_or(args, n, 1, "start", "sum");
    kw.finish("sum");
    if (n == 0 || n > 2)
        raise(&TypeError, n == 0 ? "sum() takes at least 1 positional argument (0 given)"
                                 : "sum() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Value total = start.is_bound() ? start : Value::integer(0);
    if (is_str(total)) raise(&TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    std::size_t done = 0;
    if (total.is_int()) {  // a leading run of small ints is added in int64, in place, while the sum fits
        std::span<const Value> items = sequence_items(args[0]);
        std::int64_t sum = total.as_int(), next;
        for (; done < items.size() && items[done].is_int() && i64::add(sum, items[done].as_int(), next); ++done)
            sum = next;
        total = Value::integer(sum);
    }
    for_each_from(args[0], done, [&](const Value& x) { total = add({total, x}); });
    return total;
}

Value bi_isinstance(const Value* args, std::size_t n) {
    check_positional("isinstance", n, 2, 2);
    // A type, or a tuple of types and (nested) tuples.
    auto check = [&](const Value& t, auto& self) -> bool {
        if (has_type(t, &tuple_type)) {
            for (const Value& item : as<Tuple>(t).items())
                if (self(item, self)) return true;
            return false;
        }
        if (has_type(t, &type_type)) return type_of(args[0])->is_subtype_of(static_cast<Type*>(t.obj()));
        if (const std::vector<Value>* members = union_members(t)) {  // isinstance(x, int | str)
            for (const Value& m : *members)
                if (self(m, self)) return true;
            return false;
        }
        raise(&TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    };
    return Value::boolean(check(args[1], check));
}

Value bi_ord(const Value* args, std::size_t n) {
    if (n != 1) arg_count("ord", "exactly one argument", n);
    if (!is_str(args[0]))
        raise(&TypeError, std::string("ord() expected string of length 1, but ") + type_name(args[0]) + " found");
    Str& s = as<Str>(args[0]);
    if (s.size() != 1)
        raise(&TypeError, "ord() expected a character, but string of length " + std::to_string(s.size()) + " found");
    const auto* p = reinterpret_cast<const unsigned char*>(s.chars());
    std::int64_t cp = p[0];
    if (cp >= 0xF0)
        cp = ((cp & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    else if (cp >= 0xE0)
        cp = ((cp & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else if (cp >= 0xC0)
        cp = ((cp & 0x1F) << 6) | (p[1] & 0x3F);
    return Value::integer(cp);
}

Value bi_chr(const Value* args, std::size_t n) {
    if (n != 1) arg_count("chr", "exactly one argument", n);
    if (!is_intlike(args[0]))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
    if (!args[0].is_small_intlike() || args[0].as_small() < 0 || args[0].as_small() > 0x10FFFF)
        raise(&ValueError, "chr() arg not in range(0x110000)");
    std::string out;
    unicode::append_utf8(out, static_cast<char32_t>(args[0].as_small()));
    return new_str(std::move(out));
}

// iter(x) over a list, tuple, str, dict or range: a ForIter in an object.
Type list_iterator_type("list_iterator", &object_type, nullptr, true);
Type enumerate_type("enumerate", &object_type, nullptr, true);
Type zip_type("zip", &object_type, nullptr, true);
Type reversed_type("reversed", &object_type, nullptr, true);

struct ForIterObject : Iterator {
    ForIter it;
    ForIterObject(Type* t, const Value& iterable) : Iterator(t), it(iterable) {}
    bool next(Value& out) override { return it.next(out); }
};

struct EnumerateObject : Iterator {
    ForIter it;
    Value count;
    EnumerateObject(const Value& iterable, Value start) : Iterator(&enumerate_type), it(iterable), count(std::move(start)) {}
    bool next(Value& out) override {
        Value item;
        if (!it.next(item)) return false;
        out = make_tuple({count, item});
        count = add({count, Value::integer(1)});
        return true;
    }
};

struct ZipObject : Iterator {
    std::vector<ForIter> its;
    bool strict = false;  // zip(..., strict=True): unequal lengths raise ValueError
    ZipObject() : Iterator(&zip_type) {}
    bool next(Value& out) override {
        if (its.empty()) return false;
        Value tuple = Value::object(Tuple::make(its.size()));  // filled in place; dropped if one runs out
        std::span<Value> items = as<Tuple>(tuple).items();
        for (std::size_t i = 0; i < its.size(); ++i) {
            if (its[i].next(items[i])) continue;
            if (strict) check_all_exhausted(i);
            return false;
        }
        out = std::move(tuple);
        return true;
    }
    // Iterator `i` ran out: the others must have too (CPython's messages name the arguments 1-based).
    void check_all_exhausted(std::size_t i) {
        auto before = [&](std::size_t k) {
            return k == 1 ? std::string("argument 1") : "arguments 1-" + std::to_string(k);
        };
        if (i > 0)
            raise(&ValueError, "zip() argument " + std::to_string(i + 1) + " is shorter than " + before(i));
        Value extra;
        for (std::size_t k = 1; k < its.size(); ++k)
            if (its[k].next(extra))
                raise(&ValueError, "zip() argument " + std::to_string(k + 1) + " is longer than " + before(k));
    }
};

// iter(callable, sentinel): calls the callable until it returns something equal to the sentinel (or raises
// StopIteration); exhausted for good after that.
Type callable_iterator_type("callable_iterator", &object_type, nullptr, true);
Type tuple_iterator_type("tuple_iterator", &object_type, nullptr, true);
Type str_iterator_type("str_iterator", &object_type, nullptr, true);
Type str_ascii_iterator_type("str_ascii_iterator", &object_type, nullptr, true);
Type range_iterator_type("range_iterator", &object_type, nullptr, true);
Type dict_keyiterator_type("dict_keyiterator", &object_type, nullptr, true);
Type dict_valueiterator_type("dict_valueiterator", &object_type, nullptr, true);
Type dict_itemiterator_type("dict_itemiterator", &object_type, nullptr, true);

struct CallableIterator : Iterator {
    Value callable, sentinel;
    bool done = false;
    CallableIterator(Value c, Value s) : Iterator(&callable_iterator_type), callable(std::move(c)), sentinel(std::move(s)) {}
    bool next(Value& out) override {
        if (done) return false;
        try {
            out = call({callable});
        } catch (PyException& e) {
            if (!e.value.obj()->type->is_subtype_of(&StopIteration)) throw;
            done = true;
            return false;
        }
        if (equal(out, sentinel)) {
            done = true;
            return false;
        }
        return true;
    }
};

// The type of iter(x) for a builtin iterable, named as CPython names it.
Type* builtin_iterator_type(const Value& x) {
    if (is_tuple_layout(x) || struct_sequence_tuple(x).is_bound()) return &tuple_iterator_type;
    if (has_type(x, &str_type)) return as<Str>(x).is_ascii() ? &str_ascii_iterator_type : &str_iterator_type;
    if (has_type(x, &range_type)) return &range_iterator_type;
    if (is_dict_layout(x) || has_type(x, &dict_keys_type)) return &dict_keyiterator_type;
    if (has_type(x, &dict_values_type)) return &dict_valueiterator_type;
    if (has_type(x, &dict_items_type)) return &dict_itemiterator_type;
    return &list_iterator_type;
}

}  // namespace

// iter(x) for a builtin iterable (or a dict or tuple subclass's instance): its items as a ForIter gives them.
Value builtin_iter(const Value& x) { return Value::object(new ForIterObject(builtin_iterator_type(x), x)); }

namespace {
// The ForIter inside an iterator that builtin_iter made, or null for any other iterator.
ForIter* builtin_iterator_state(const Value& iterator) {
    Type* t = iterator.obj()->type;
    bool made_by_builtin_iter = t == &list_iterator_type || t == &tuple_iterator_type || t == &range_iterator_type ||
                                t == &str_iterator_type || t == &str_ascii_iterator_type ||
                                t == &dict_keyiterator_type || t == &dict_valueiterator_type ||
                                t == &dict_itemiterator_type;
    return made_by_builtin_iter ? &static_cast<ForIterObject*>(iterator.obj())->it : nullptr;
}
}  // namespace

namespace {

Value bi_iter(const Value* args, std::size_t n) {
    check_positional("iter", n, 1, 2);
    if (n == 2) {
        if (!is_callable(args[0])) raise(&TypeError, "iter(v, w): v must be callable");
        return Value::object(new CallableIterator(args[0], args[1]));
    }
    if (is_instance_of_class(args[0])) return instance_iter(args[0]);
    if (args[0].is_obj() && args[0].obj()->type->iterator) return args[0];
    return builtin_iter(args[0]);
}

Value bi_next(const Value* args, std::size_t n) {
    check_positional("next", n, 1, 2);
    if (is_instance_of_class(args[0])) {
        Value out;
        try {
            if (call_special(args[0], "__next__", {}, out)) return out;
        } catch (PyException& e) {
            if (n == 2 && e.value.obj()->type->is_subtype_of(&StopIteration)) return args[1];
            throw;
        }
    }
    if (!(args[0].is_obj() && args[0].obj()->type->iterator))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object is not an iterator");
    if (args[0].obj()->type == &generator_type) return generator_next(as<Generator>(args[0]), n == 2 ? &args[1] : nullptr);
    Value out;
    if (static_cast<Iterator*>(args[0].obj())->next(out)) return out;
    if (n == 2) return args[1];
    raise_value(Value::object(new ExceptionObject(&StopIteration, make_tuple({}))));
}

Value bi_enumerate(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("enumerate", n, 2);
    Value iterable = kw.positional_or(args, n, 0, "iterable", "enumerate");
    Value start = kw.positional_or(args, n, 1, "start", "enumerate");
    kw.finish("enumerate");
    if (n > 2) raise(&TypeError, "enumerate() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Keywords::require(iterable, "enumerate", "iterable", 0);  // a type: no position in the message
    if (start.is_unbound()) start = Value::integer(0);
    if (!is_intlike(start))
        raise(&TypeError, std::string("'") + type_name(start) + "' object cannot be interpreted as an integer");
    return Value::object(new EnumerateObject(iterable, start));
}

Value bi_zip(const Value* args, std::size_t n, Keywords& kw) {
    Value strict = kw.take("strict");
    kw.finish("zip");
    auto* z = new ZipObject();
    Value result = Value::object(z);
    z->strict = strict.is_bound() && truthy(strict);
    for (std::size_t i = 0; i < n; ++i) z->its.emplace_back(args[i]);
    return result;
}

// reversed() of a class instance without __reversed__: the sequence protocol, __getitem__(len - 1) down to
// __getitem__(0), stopping early at IndexError or StopIteration, as CPython's reversed object does.
struct ReversedSequence : Iterator {
    Value target;
    std::int64_t index;
    ReversedSequence(Value t, std::int64_t len) : Iterator(&reversed_type), target(std::move(t)), index(len - 1) {}
    bool next(Value& out) override {
        if (index < 0) return false;
        try {
            call_special(target, "__getitem__", {Value::integer(index--)}, out);
            return true;
        } catch (PyException& e) {
            if (e.value.obj()->type->is_subtype_of(&IndexError) || e.value.obj()->type->is_subtype_of(&StopIteration)) {
                index = -1;
                return false;
            }
            throw;
        }
    }
};

// reversed() of a list: CPython's list_reverseiterator, which reads the list by index as it goes (so it sees
// items assigned after it was made, and stops early if the list shrinks).
Type list_reverseiterator_type("list_reverseiterator", &object_type, nullptr, true);
struct ListReverseIterator : Iterator {
    Value list;
    std::int64_t index;
    explicit ListReverseIterator(Value l)
        : Iterator(&list_reverseiterator_type), list(std::move(l)),
          index(static_cast<std::int64_t>(as<List>(list).items.size()) - 1) {}
    bool next(Value& out) override {
        const auto& items = as<List>(list).items;
        if (index >= 0 && index < static_cast<std::int64_t>(items.size())) {
            out = items[static_cast<std::size_t>(index--)];
            return true;
        }
        index = -1;
        return false;
    }
};

Value bi_reversed(const Value* args, std::size_t n) {
    check_positional("reversed", n, 1, 1);
    const Value& x = args[0];
    if (x.is_obj() && x.obj()->type->heap) {
        // __reversed__ when the class defines it (None marks the class as not reversible), else the
        // sequence protocol when it has __getitem__ (len() is taken now, its errors propagate).
        Value rev = lookup_on_type(x.obj()->type, new_str("__reversed__"));
        if (rev.is_bound() && !rev.is_none()) {
            Value r;
            call_special(x, "__reversed__", {}, r);
            return r;
        }
        if (!rev.is_bound() && lookup_on_type(x.obj()->type, new_str("__getitem__")).is_bound() &&
            !x.obj()->type->is_subtype_of(&dict_type))
            return Value::object(new ReversedSequence(x, length_of(x)));
    }
    if (!(has_type(x, &list_type) || is_tuple_layout(x) || has_type(x, &str_type) || has_type(x, &range_type) ||
          is_dict_layout(x) || has_type(x, &dict_keys_type) || has_type(x, &dict_values_type) ||
          has_type(x, &dict_items_type)))
        raise(&TypeError, std::string("'") + type_name(x) + "' object is not reversible");
    if (has_type(x, &list_type)) return Value::object(new ListReverseIterator(x));
    // the others as a reversed snapshot (exact for the immutable ones; a dict changed meanwhile goes unnoticed)
    std::vector<Value> items = collect(x);
    std::reverse(items.begin(), items.end());
    return Value::object(new ForIterObject(&reversed_type, Value::object(new List(std::move(items)))));
}

Value bi_sorted(const Value* args, std::size_t n, Keywords& kw) {
    check_positional("sorted", n, 1, 1);
    Value result = Value::object(new List(collect(args[0])));
    Value key = kw.take("key"), reverse = kw.take("reverse");
    kw.finish("sort");  // CPython's sorted() hands its keywords to list.sort
    sort_list(as<List>(result), key, reverse);
    return result;
}

Value bi_any_all(const Value* args, std::size_t n, bool want, const char* name) {
    if (n != 1) raise(&TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    ForIter it(args[0]);
    for (Value x; it.next(x);)
        if (truthy(x) == want) return Value::boolean(want);
    return Value::boolean(!want);
}
Value bi_any(const Value* args, std::size_t n) { return bi_any_all(args, n, true, "any"); }
Value bi_all(const Value* args, std::size_t n) { return bi_any_all(args, n, false, "all"); }

Value bi_divmod(const Value* args, std::size_t n) {
    check_positional("divmod", n, 2, 2);
    if (either_is_instance(args[0], args[1])) {
        Value r = binary_dunder(args[0], args[1], "__divmod__", "__rdivmod__", "divmod()");
        if (r.is_bound()) return r;
    }
    if (!is_number(args[0]) || !is_number(args[1]))
        raise(&TypeError, std::string("unsupported operand type(s) for divmod(): '") + type_name(args[0]) + "' and '" +
                              type_name(args[1]) + "'");
    if (is_intlike(args[0]) && is_intlike(args[1]) && args[1].is_small_intlike() && args[1].as_small() == 0)
        raise(&ZeroDivisionError, "integer division or modulo by zero");
    if (is_number(args[0]) && is_number(args[1]) && !(is_intlike(args[0]) && is_intlike(args[1])) &&
        truthy(args[1]) == false)
        raise(&ZeroDivisionError, "float divmod()");
    return make_tuple({floordiv({args[0], args[1]}), mod({args[0], args[1]})});
}

Value bi_ascii(const Value* args, std::size_t n) {
    if (n != 1) arg_count("ascii", "exactly one argument", n);
    return new_str(ascii_repr(args[0]));
}

Value bi_format(const Value* args, std::size_t n) {
    check_positional("format", n, 1, 2);
    if (n == 2 && !is_str(args[1]))
        raise(&TypeError, std::string("format() argument 2 must be str, not ") + type_name(args[1]));
    return format_with_spec(args[0], n == 2 ? args[1] : new_str(""));
}

Value bi_getattr(const Value* args, std::size_t n) {
    check_positional("getattr", n, 2, 3);
    if (n == 2) return getattr(args[0], args[1]);
    try {
        return getattr(args[0], args[1]);
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
        return args[2];
    }
}

Value bi_setattr(const Value* args, std::size_t n) {
    check_positional("setattr", n, 3, 3);
    setattr({args[0], args[1], args[2]});
    return Value::none();
}

Value bi_delattr(const Value* args, std::size_t n) {
    check_positional("delattr", n, 2, 2);
    delattr(args[0], args[1]);
    return Value::none();
}

Value bi_hasattr(const Value* args, std::size_t n) {
    check_positional("hasattr", n, 2, 2);
    try {
        getattr(args[0], args[1]);
        return Value::boolean(true);
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
        return Value::boolean(false);
    }
}

Value bi_issubclass(const Value* args, std::size_t n) {
    check_positional("issubclass", n, 2, 2);
    if (!has_type(args[0], &type_type)) raise(&TypeError, "issubclass() arg 1 must be a class");
    Type* t = static_cast<Type*>(args[0].obj());
    // A class, or a tuple of classes and (nested) tuples.
    auto check = [&](const Value& c, auto& self) -> bool {
        if (has_type(c, &tuple_type)) {
            for (const Value& item : as<Tuple>(c).items())
                if (self(item, self)) return true;
            return false;
        }
        if (!has_type(c, &type_type))
            raise(&TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return t->is_subtype_of(static_cast<Type*>(c.obj()));
    };
    return Value::boolean(check(args[1], check));
}

Value bi_callable(const Value* args, std::size_t n) {
    if (n != 1) arg_count("callable", "exactly one argument", n);
    return Value::boolean(is_callable(args[0]));
}

Value bi_id(const Value* args, std::size_t n) {
    if (n != 1) arg_count("id", "exactly one argument", n);
    if (!args[0].is_obj()) raise(&NotImplementedError, "py2cpp: id() of an int, float, bool or None is not supported");
    return Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(args[0].obj())));
}

Value bi_globals(const Value*, std::size_t n) {
    if (n != 0) raise(&TypeError, "globals() takes no arguments (" + std::to_string(n) + " given)");
    return globals();
}

// locals(): at module level the module's namespace; a function's locals are C++ variables.
Value bi_locals(const Value*, std::size_t n) {
    if (n != 0) raise(&TypeError, "locals() takes no arguments (" + std::to_string(n) + " given)");
    if (current_frame != nullptr && std::strcmp(current_frame->function, "<module>") != 0)
        raise(&NotImplementedError, "py2cpp: locals() inside a function is not supported");
    return globals();
}

// dir(): the sorted names of the module's namespace (at module level), or of a module's.
Value bi_dir(const Value* args, std::size_t n) {
    if (n > 1) raise(&TypeError, "dir expected at most 1 argument, got " + std::to_string(n));
    Value dict;
    if (n == 0) {
        if (current_frame != nullptr && std::strcmp(current_frame->function, "<module>") != 0)
            raise(&NotImplementedError, "py2cpp: dir() without an argument inside a function is not supported");
        dict = globals();
    } else if (has_type(args[0], &module_type)) {
        dict = as<Module>(args[0]).dict;
    } else {
        raise(&NotImplementedError, std::string("py2cpp: dir() of a ") + type_name(args[0]) + " object is not supported");
    }
    std::vector<Value> names;
    for (const auto& e : as<Dict>(dict).entries)
        if (e.key.is_bound()) names.push_back(e.key);
    Value list = Value::object(new List(std::move(names)));
    sort_list(as<List>(list), Value::none(), Value::none());
    return list;
}

Value bi_vars(const Value* args, std::size_t n) {
    if (n > 1) raise(&TypeError, "vars expected at most 1 argument, got " + std::to_string(n));
    // vars() is locals(): the module's namespace at module level; a function's locals are C++ variables
    if (n == 0) {
        if (current_frame != nullptr && std::strcmp(current_frame->function, "<module>") != 0)
            raise(&NotImplementedError, "py2cpp: vars() without an argument inside a function is not supported");
        return globals();
    }
    try {
        return getattr(args[0], new_str("__dict__"));
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
        raise(&TypeError, "vars() argument must have __dict__ attribute");
    }
}

const std::unordered_map<std::string_view, Value>& builtins_table() {
    static const std::unordered_map<std::string_view, Value> table = [] {
        std::unordered_map<std::string_view, Value> t;
        auto fn = [&](const char* name, auto code) { t[name] = Value::object(new BuiltinFunction(name, code)); };
        auto type = [&](Type& ty) { t[ty.name] = Value::object(&ty); };
        fn("print", bi_print);
        fn("len", bi_len);
        builtin_len = t["len"].obj();
        fn("repr", bi_repr);
        fn("abs", bi_abs);
        fn("min", bi_min);
        fn("max", bi_max);
        fn("sum", bi_sum);
        fn("isinstance", bi_isinstance);
        fn("ord", bi_ord);
        fn("chr", bi_chr);
        fn("iter", bi_iter);
        fn("next", bi_next);
        fn("enumerate", bi_enumerate);
        fn("zip", bi_zip);
        fn("reversed", bi_reversed);
        fn("sorted", bi_sorted);
        fn("any", bi_any);
        fn("all", bi_all);
        fn("divmod", bi_divmod);
        fn("format", bi_format);
        fn("getattr", bi_getattr);
        fn("setattr", bi_setattr);
        fn("delattr", bi_delattr);
        fn("hasattr", bi_hasattr);
        fn("issubclass", bi_issubclass);
        fn("callable", bi_callable);
        fn("id", bi_id);
        fn("vars", bi_vars);
        fn("globals", bi_globals);
        fn("dir", bi_dir);
        fn("locals", bi_locals);
        t["NotImplemented"] = not_implemented();
        t["Ellipsis"] = ellipsis();
        t["super"] = Value::object(&super_type);
        for (Type* ty : {&type_type, &staticmethod_type, &classmethod_type, &property_type}) type(*ty);
        fn("round", bi_round);
        fn("ascii", bi_ascii);
        fn("pow", bi_pow);
        fn("hash", bi_hash);
        fn("input", bi_input);
        fn("bin", bi_bin);
        fn("oct", bi_oct);
        fn("hex", bi_hex);
        fn("map", bi_map);
        fn("filter", bi_filter);
        type(slice_type);
        for (Type* ty : {&int_type, &float_type, &bool_type, &str_type, &list_type, &tuple_type, &dict_type,
                         &range_type, &set_type, &frozenset_type, &bytes_type, &object_type, &BaseException, &Exception, &ArithmeticError,
                         &ZeroDivisionError, &OverflowError, &LookupError, &IndexError, &KeyError, &ValueError,
                         &TypeError, &NameError, &UnboundLocalError, &RuntimeError, &RecursionError,
                         &NotImplementedError, &AssertionError, &StopIteration, &AttributeError, &SystemExit,
                         &KeyboardInterrupt, &OSError, &FileNotFoundError, &FileExistsError, &PermissionError, &TimeoutError, &ConnectionError, &IsADirectoryError, &NotADirectoryError, &EOFError, &ImportError, &ModuleNotFoundError, &FloatingPointError, &BufferError, &MemoryError, &ReferenceError, &SystemError, &Warning, &UserWarning, &DeprecationWarning, &RuntimeWarning, &UnicodeError, &UnicodeDecodeError, &UnicodeEncodeError})
            type(*ty);
        type(GeneratorExit);  // generator.cpp
        return t;
    }();
    return table;
}

}  // namespace

Value builtin_function_value(std::string_view name) {
    const auto& table = builtins_table();
    auto it = table.find(name);
    return it == table.end() ? Value() : it->second;
}

}  // namespace py
