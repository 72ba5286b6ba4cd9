// Runtime — what emitted code calls besides operators: building values, names, calls, subscripts,
// iteration, and the builtins module.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <limits>
#include <memory>
#include <string>
#include <string_view>

#include "py2cpp/errors.h"
#include "py2cpp/modules.h"
#include "py2cpp/objects.h"
#include "py2cpp/ops.h"

namespace py {

// ---- values
Value str(std::string utf8);                 // a str object
Value str(const char* data, std::size_t size);  // a str literal, which may hold NULs
Value int_from_decimal(std::string_view digits);  // an int literal of any size
Value bytes(const char* data, std::size_t size);  // a bytes literal
Value make_list(std::initializer_list<Ref> items);
Value make_tuple(std::initializer_list<Ref> items);
Value make_dict(std::initializer_list<Ref> keys_and_values);  // k0, v0, k1, v1, ... in evaluation order
Value make_set(std::initializer_list<Ref> items);             // a set display, items added in order
// A display of three or more constants, which CPython compiles to a frozenset constant merged into a new set
// (a different table order when keys collide).
Value make_constant_set(std::initializer_list<Ref> items);
// A display of constants iterated by `for` or a comprehension, which CPython turns into a frozenset constant.
Value make_constant_frozenset(std::initializer_list<Ref> items);
void set_add(const Value& set, const Value& item);              // a set comprehension's step
inline void list_append(const Value& list, const Value& item) {   // a list comprehension's step
    static_cast<List*>(list.obj())->items.push_back(item);
}
// `defaults`: the positional parameters' defaults, then one value per keyword-only parameter (Unbound when it
// has no default), in the order CPython evaluates them.
Value make_function(Code code, const CodeInfo* info, std::initializer_list<Ref> defaults,
                    std::initializer_list<std::shared_ptr<Cell>> cells);
// Displays with unpacking; `shape` has one letter per element: '.' a value, '*' an iterable to unpack (lists
// and tuples), ':' a key and a value, '*' a mapping to merge (dicts).
Value make_list_unpacking(std::initializer_list<Ref> parts, const char* shape);
Value make_tuple_unpacking(std::initializer_list<Ref> parts, const char* shape);
Value make_set_unpacking(std::initializer_list<Ref> parts, const char* shape);
Value make_dict_unpacking(std::initializer_list<Ref> parts, const char* shape);

// ---- conversions to text
std::string repr(const Value& v);
std::string to_str(const Value& v);  // str(v)
const char* type_name(const Value& v);
Type* type_of(const Value& v);
Value format_value(const Value& v, int conversion);  // an f-string field without a format spec
Value format_with_spec(const Value& v, const Value& spec);  // format(v, spec): the format-spec mini-language
Value concat_strs(std::initializer_list<Ref> parts, std::size_t slack = 0);

// memcpy of the short pieces most strs are made of (words, numbers, an f-string's parts), inline: two
// overlapping loads and stores up to 16 bytes, where the call to memcpy costs as much as the copy. The
// ranges do not overlap.
inline void copy_bytes(char* to, const char* from, std::size_t n) {
    if (n > 16) {
        std::memcpy(to, from, n);
    } else if (n >= 8) {
        std::uint64_t head, tail;
        std::memcpy(&head, from, 8);
        std::memcpy(&tail, from + n - 8, 8);
        std::memcpy(to, &head, 8);
        std::memcpy(to + n - 8, &tail, 8);
    } else if (n >= 4) {
        std::uint32_t head, tail;
        std::memcpy(&head, from, 4);
        std::memcpy(&tail, from + n - 4, 4);
        std::memcpy(to, &head, 4);
        std::memcpy(to + n - 4, &tail, 4);
    } else if (n > 0) {  // 1 to 3 bytes: first, middle and last
        to[0] = from[0];
        to[n / 2] = from[n / 2];
        to[n - 1] = from[n - 1];
    }
}

// An f-string of several parts, its text written into one buffer as it goes:
// `py::FStringBuilder().lit(s1).field(i, spec).lit(s2).field(t, -1).finish()`. Each field is formatted when
// its call runs, before the next field's expression is evaluated (the chained calls are sequenced, as
// CPython's FORMAT_VALUE runs right after each expression), and the str is made once at the end, with its
// length when every part knows its own. Ints and strs (the common fields) are written in place; anything
// else is formatted to a str by format_value/format_with_spec and copied in. A raise midway drops the buffer.
class FStringBuilder {
public:
    FStringBuilder() noexcept = default;
    FStringBuilder(const FStringBuilder&) = delete;
    FStringBuilder& operator=(const FStringBuilder&) = delete;
    ~FStringBuilder() {
        if (data_ != inline_) std::free(data_);
    }
    // a constant part (a str)
    FStringBuilder& lit(const Value& s) {
        Str& text = *static_cast<Str*>(s.obj());
        put(text.text(), text.length);
        return *this;
    }
    FStringBuilder& field(const Value& v, int conversion);     // {v}, {v!r}, {v!s}, {v!a}
    FStringBuilder& field(const Value& v, const Value& spec);  // {v:spec} (a conversion already applied)
    // {v:{w}} and {v!r:{w}}: v and its spec in a braced list, so that v is evaluated first; the conversion
    // is applied once both are
    FStringBuilder& field_with_spec(std::initializer_list<Ref> value_and_spec, int conversion);
    Value finish();
    // `bytes` more bytes of `length` code points (-1: unknown) at the end, for the caller to write
    char* append(std::size_t bytes, std::int64_t length) {
        if (capacity_ - size_ < bytes) grow(bytes);
        char* at = data_ + size_;
        size_ += bytes;
        length_ = length_ >= 0 && length >= 0 ? length_ + length : -1;
        return at;
    }
    void put(std::string_view text, std::int64_t length) { copy_bytes(append(text.size(), length), text.data(), text.size()); }

private:
    void grow(std::size_t more);
    char* data_ = inline_;
    std::size_t size_ = 0;
    std::size_t capacity_ = sizeof inline_;
    std::int64_t length_ = 0;  // code points; -1 once a part's is unknown
    char inline_[224];  // most f-strings are a line or less
};

// ---- names: reading an empty slot raises CPython's error
[[noreturn]] void unbound_local(const char* name);
[[noreturn]] void unbound_free(const char* name);
inline const Value& load_local(const Value& slot, const char* name) {
    if (slot.is_unbound()) unbound_local(name);
    return slot;
}
inline const Value& load_free(const Cell& cell, const char* name) {
    if (cell.value.is_unbound()) unbound_free(name);
    return cell.value;
}

// The `as` name of an except clause is deleted when the handler is left by any path: falling off its end,
// break, continue, return (after the return value is taken) or an exception.
class UnbindOnExit {
public:
    explicit UnbindOnExit(Value& slot) noexcept : slot_(slot) {}
    UnbindOnExit(const UnbindOnExit&) = delete;
    UnbindOnExit& operator=(const UnbindOnExit&) = delete;
    ~UnbindOnExit() { slot_ = Value(); }

private:
    Value& slot_;
};

// ---- calls: the callee first, then the positional arguments, evaluated left to right
Value call_n(const Value& callee, const Value* args, std::size_t nargs);
Value call(std::initializer_list<Ref> callee_and_args);
// f(a, b) where f names a global that one of the program's module-level defs with a simple signature binds:
// `py::DirectCall<&code::f>(f)({a, b})`. The callee is loaded and held first (C++17 sequences the expression
// before a call's parentheses before its arguments, so a global rebound by an argument is called as it was);
// while it is a function running that def's `code`, the code is entered directly with the arguments where the
// braced list of Values built them, one contiguous array; any other callee is an ordinary call. (Keeping the
// callee out of the array is what pays: the array and its destruction are what every call site carries.)
// The Function `v` is, or null: where the direct call paths start.
inline Function* function_or_null(const Value& v) {
    return v.is_obj() && v.obj()->type == &function_type ? static_cast<Function*>(v.obj()) : nullptr;
}
template <Code code>
class DirectCall {
public:
    explicit DirectCall(const Value& callee) : callee_(callee) {}
    [[gnu::always_inline]] Value operator()(std::initializer_list<Value> args) const {
        if (Function* fn = target()) [[likely]]
            return code(*fn, args.begin(), args.size());
        return call_n(callee_, args.begin(), args.size());
    }
    // f(a, k=v) of such a def, bound to its parameters by the lowering: one slot per parameter, `nargs` of them
    // positional, the others given by keyword (in parameter order, which is then source order) or Unbound
    // for a default. The code is entered with the defaults filled in; any other callee is called with the
    // keyword arguments named in `keywords`, as py::call_kw would.
    template <std::size_t N>
    [[gnu::always_inline]] Value with_keywords(Value (&&slots)[N], std::size_t nargs, const char* keywords) const {
        if (Function* fn = target()) [[likely]] {
            fill_defaults(*fn, slots, N);
            return code(*fn, slots, N);
        }
        return call_slots_kw(callee_, slots, N, nargs, keywords);
    }

private:
    [[gnu::always_inline]] Function* target() const {
        Function* fn = function_or_null(callee_);
        return fn != nullptr && fn->code == code ? fn : nullptr;
    }
    Value callee_;  // held for the call: an argument or the callee itself may rebind the global
};
// f(a, b) where f is a variable of the function (a local, or a cell it shares with closures): most such calls
// are of a closure, a lambda or a function passed in. `py::call_variable(f)({a, b})` holds the callee first,
// as DirectCall does, and enters a function with a simple signature directly with the arguments' array;
// anything else is call_n. (A function makes it: `CallVariable(f)(...);` would declare a variable f.)
class CallVariable {
public:
    explicit CallVariable(const Value& callee) : callee_(callee) {}
    [[gnu::always_inline]] Value operator()(std::initializer_list<Value> args) const {
        if (Function* fn = function_or_null(callee_); fn != nullptr && fn->simple) [[likely]]
            return fn->code(*fn, args.begin(), args.size());
        return call_n(callee_, args.begin(), args.size());
    }

private:
    Value callee_;
};
inline CallVariable call_variable(const Value& callee) { return CallVariable(callee); }
// DirectCall::with_keywords's helpers: the Unbound slots get their parameter's default (the lowering gives none other)...
void fill_defaults(const Function& fn, Value* slots, std::size_t n);
// ... or the callee is not the def's function: the bound slots past `nargs` are its keyword arguments.
Value call_slots_kw(const Value& callee, const Value* slots, std::size_t n, std::size_t nargs, const char* keywords);
// f(a, b, k=v, ...): the callee, the positional arguments, then the keyword values, all in source order;
// `keywords` names the keyword arguments, separated by spaces ("k v").
Value call_kw(std::initializer_list<Ref> callee_args_kwvalues, const char* keywords);
// f(*a, k=v, **m): `shape` describes the values after the callee, separated by spaces: "." a positional
// argument, "*" an iterable of them, "=k" a keyword argument named k, "**" a dict of keyword arguments.
Value call_ex(std::initializer_list<Ref> callee_and_parts, const char* shape);
// The general call every other call reduces to (functions, builtins, types, methods, callable instances).
Value call_with_keywords(const Value& callee, const Value* args, std::size_t nargs, const KwArgs& kw);
// A builtin type's method by name, obj.name(args...): the receiver first, then the arguments.
Value call_method_n(const char* name, const Value* self_and_args, std::size_t n);
Value call_method(const char* name, std::initializer_list<Ref> self_and_args);
// The same with keyword arguments: the receiver, the positional arguments, then the keyword values.
Value call_method_with_keywords(const char* name, const Value& self, const Value* args, std::size_t n,
                                const KwArgs& kwargs);
Value call_method_kw(const char* name, std::initializer_list<Ref> self_args_kwvalues, const char* keywords);
// obj.name(*a, **k): the receiver, then the parts as py::call_ex takes them.
Value call_method_ex(const char* name, std::initializer_list<Ref> self_and_parts, const char* shape);
// print(...) with keywords: `values` holds the `nargs` positional arguments, then one value per letter of
// `keywords` ('s' sep, 'e' end, 'f' flush), in source order.
Value print(std::initializer_list<Ref> values, std::size_t nargs, const char* keywords);
// The same where `print` is the global `g`: the builtin unless the program rebound it (then an ordinary call).
Value print(const Global& g, std::initializer_list<Ref> values, std::size_t nargs, const char* keywords);

// len(x) where `len` is a global the module does not bind: while it still finds the builtin (neither the
// module nor builtins rebound it), the size of a list, tuple, dict or str is read in place; anything
// else is the ordinary call.
inline Object* builtin_len = nullptr;  // the builtin function, set when the builtins are made
inline Value len(const Global& g, const Value& x) {
    const Value& callee = global_or_builtin(g);
    if (callee.is_obj() && callee.obj() == builtin_len && x.is_obj()) [[likely]] {
        Object* o = x.obj();
        if (o->type == &list_type) return Value::integer(static_cast<std::int64_t>(static_cast<List*>(o)->items.size()));
        if (o->type == &tuple_type) return Value::integer(static_cast<std::int64_t>(static_cast<Tuple*>(o)->items().size()));
        if (o->type == &dict_type) return Value::integer(static_cast<std::int64_t>(static_cast<Dict*>(o)->used));
        if (o->type == &str_type) return Value::integer(static_cast<Str*>(o)->size());
    }
    return call({Value(load_global(g)), x});
}
// T(x) where the builtin type `t` (int, str, float) is the global `g` the module does not bind: while it still
// finds `t`, the type's constructor directly; anything else is the ordinary call.
inline Value construct1(const Global& g, Type* t, const Value& x) {
    const Value& callee = global_or_builtin(g);
    if (callee.is_obj() && callee.obj() == t) [[likely]] {
        Value arg = x;  // (a copy: a __str__ or __int__ may rebind the variable `x` is)
        return t->ctor(t, &arg, 1);
    }
    return call({Value(load_global(g)), x});
}

// ---- subscripts and unpacking
// `o[i]` and `o[i] = v`. The fast paths are an exact dict and a list (or tuple) indexed by an in-range int;
// everything else, the IndexError included, is out of line.
struct Three {
    const Value& a;
    const Value& b;
    const Value& c;
};
Value getitem_slow(const Two& v);  // everything but an exact dict and a list or tuple's in-range int
[[noreturn]] void raise_key_error(const Value& key);  // KeyError(key)
void setitem_slow(const Three& v);
// The element `index` (negative counts from the end) of `items`, or null when out of range.
inline Value* element(std::span<Value> items, std::int64_t index) {
    auto size = static_cast<std::int64_t>(items.size());
    if (index < 0) index += size;
    return index >= 0 && index < size ? &items[static_cast<std::size_t>(index)] : nullptr;
}
inline Value getitem(const Two& v) {
    if (v.a.is_obj()) {
        Object* o = v.a.obj();
        if (o->type == &dict_type) {  // (a miss raises here: the slow path would hash the key again)
            if (Value* found = static_cast<Dict*>(o)->find(v.b)) return *found;
            raise_key_error(v.b);
        }
        if (v.b.is_int()) {
            Value* found = o->type == &list_type    ? element(static_cast<List*>(o)->items, v.b.as_int())
                           : o->type == &tuple_type ? element(static_cast<Tuple*>(o)->items(), v.b.as_int())
                                                    : nullptr;
            if (found) return *found;
        }
    }
    return getitem_slow(v);
}
inline void setitem(const Three& v) {
    if (v.a.is_obj()) {
        Object* o = v.a.obj();
        if (o->type == &dict_type) return static_cast<Dict*>(o)->set(v.b, v.c);
        if (v.b.is_int() && o->type == &list_type) {
            if (Value* slot = element(static_cast<List*>(o)->items, v.b.as_int())) {
                *slot = v.c;
                return;
            }
        }
    }
    setitem_slow(v);
}
Value make_slice(std::initializer_list<Ref> lower_upper_step);  // None for an omitted part
// obj[lower:upper] (None for an omitted bound): a list, tuple or str sliced by ints without a slice object.
Value getslice(std::initializer_list<Ref> obj_lower_upper);
// `a, b = v`: the n items of v into out[0..n) (the emitted code's own array, Unbound). A tuple of n items,
// the common case (`for k, v in d.items()`), is copied here; anything else, and the ValueError on a length
// mismatch, is unpack_other's.
void unpack_other(const Value& v, Value* out, std::size_t n);
inline void unpack(const Value& v, Value* out, std::size_t n) {
    if (v.is_obj() && v.obj()->type == &tuple_type) {
        std::span<const Value> items = static_cast<const Tuple*>(v.obj())->items();
        if (items.size() == n) {
            std::copy(items.begin(), items.end(), out);
            return;
        }
    }
    unpack_other(v, out, n);
}
// `a, *b, c = v`: `before` values, then a list of the middle ones, then `after` values (n = before + 1 + after).
void unpack_starred(const Value& v, Value* out, std::size_t before, std::size_t after);
void delitem(const Two& v);

// ---- iteration: `for` loops over lists, tuples, strs, dicts, dict views and ranges without iterator objects
// The items of a tuple: `for d in (-1, 0, 1)` loops over its constant's by position.
inline std::span<const Value> tuple_items(const Value& tuple) { return static_cast<const Tuple*>(tuple.obj())->items(); }
class ForIter {
public:
    explicit ForIter(const Value& iterable);
    bool next(Value& out) {
        if (kind_ == Kind::Range) {
            if (step_ > 0 ? cur_ >= stop_ : cur_ <= stop_) return false;
            out = Value::integer(cur_);
            cur_ += step_;
            return true;
        }
        if (kind_ == Kind::List) {
            auto& items = *items_;  // read afresh: the body may append or remove items
            if (index_ >= items.size()) return false;
            out = items[index_++];
            return true;
        }
        return next_slow(out);
    }

private:
    // Forward: iter() of a builtin iterable (a list_iterator, a range_iterator, ...): its own ForIter, advanced
    // in place, as generator expressions loop over the iterator their outermost iterable gave.
    enum class Kind { Range, List, Tuple, Str, Bytes, Dict, Set, Generator, Forward, Iter };
    bool next_slow(Value& out);   // a generator, resumed in place; the other kinds go on to next_other
    bool next_other(Value& out);  // (out of line: next_slow's path to a generator saves no registers)
    Kind kind_ = Kind::List;
    Value obj_;
    const std::vector<Value>* items_ = nullptr;
    std::span<const Value> tuple_items_;  // obj_ keeps the tuple alive
    ForIter* inner_ = nullptr;            // Forward: the iterator object's (obj_ keeps it alive)
    std::int64_t cur_ = 0, stop_ = 0, step_ = 1;
    std::size_t index_ = 0, expected_ = 0;
    int view_ = 0;  // Dict: 0 keys, 1 values, 2 items
};

}  // namespace py
