// Runtime — sorting as list.sort() does: stable, by Python's `<`, specialised for uniform keys.
//
// Most lists a program sorts hold one kind of key: small ints, floats, strs, or tuples led by one of those.
// Like CPython (listobject.c's "unsafe" compares), we look at the keys once before sorting and, when they are
// uniform, compare them directly instead of through the generic `<` that dispatches on both operands' types
// on every comparison. The result is the same order: each specialised comparison is exactly `<` on its kind
// (UTF-8 byte order is code point order), and NaN-holding float lists keep the generic path.
#pragma once

#include <algorithm>
#include <vector>

#include "py2cpp/runtime.h"

namespace py {

enum class KeyKind { Generic, Int, Float, Str, TupleInt, TupleStr };

// The kind every key in [first, last) shares; `key_of(element)` gives an element's key.
template <class It, class KeyOf>
KeyKind uniform_key_kind(It first, It last, KeyOf key_of) {
    if (first == last) return KeyKind::Generic;
    auto kind_of = [](const Value& k) {
        if (k.is_int()) return KeyKind::Int;
        if (k.is_float()) return k.as_float() == k.as_float() ? KeyKind::Float : KeyKind::Generic;  // NaN
        if (!k.is_obj()) return KeyKind::Generic;
        Type* t = k.obj()->type;
        if (t == &str_type) return KeyKind::Str;
        if (t == &tuple_type && !as<Tuple>(k).items.empty()) {
            const Value& head = as<Tuple>(k).items[0];
            if (head.is_int()) return KeyKind::TupleInt;
            if (head.is_obj() && head.obj()->type == &str_type) return KeyKind::TupleStr;
        }
        return KeyKind::Generic;
    };
    KeyKind kind = kind_of(key_of(*first));
    for (It it = first; kind != KeyKind::Generic && it != last; ++it)
        if (kind_of(key_of(*it)) != kind) return KeyKind::Generic;
    return kind;
}

inline bool str_less(const Value& a, const Value& b) { return as<Str>(a).data < as<Str>(b).data; }

// Tuple `<`: the first items that differ (by ==) decide, else the shorter tuple is less. Small ints are
// compared in place, the rest through the generic operators.
inline bool tuple_less(const Value& a, const Value& b) {
    const auto& x = as<Tuple>(a).items;
    const auto& y = as<Tuple>(b).items;
    std::size_t n = std::min(x.size(), y.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (x[i].is_int() && y[i].is_int()) {
            if (x[i].as_int() != y[i].as_int()) return x[i].as_int() < y[i].as_int();
        } else if (!cmp_eq({x[i], y[i]})) {
            return cmp_lt({x[i], y[i]});
        }
    }
    return x.size() < y.size();
}

// Stable sort of [first, last) by `key_of(element) < key_of(other)` in Python's sense.
template <class It, class KeyOf>
void python_sort(It first, It last, KeyOf key_of) {
    auto by = [&](auto less) {
        std::stable_sort(first, last, [&](const auto& x, const auto& y) { return less(key_of(x), key_of(y)); });
    };
    switch (uniform_key_kind(first, last, key_of)) {
        case KeyKind::Int:
            return by([](const Value& a, const Value& b) { return a.as_int() < b.as_int(); });
        case KeyKind::Float:
            return by([](const Value& a, const Value& b) { return a.as_float() < b.as_float(); });
        case KeyKind::Str:
            return by(str_less);
        case KeyKind::TupleInt:
            // Tuples compare by their first differing item; when the heads differ, they decide.
            return by([](const Value& a, const Value& b) {
                std::int64_t x = as<Tuple>(a).items[0].as_int(), y = as<Tuple>(b).items[0].as_int();
                return x != y ? x < y : tuple_less(a, b);
            });
        case KeyKind::TupleStr:
            return by([](const Value& a, const Value& b) {
                const Value& x = as<Tuple>(a).items[0];
                const Value& y = as<Tuple>(b).items[0];
                return as<Str>(x).data != as<Str>(y).data ? str_less(x, y) : tuple_less(a, b);
            });
        case KeyKind::Generic:
            return by([](const Value& a, const Value& b) { return cmp_lt({a, b}); });
    }
}

// list.sort() without a key. Uniform small ints or floats are sorted as plain numbers and written back, so
// the sort moves 8-byte numbers instead of Values (stable: -0.0 and 0.0 are equal but distinguishable).
inline void sort_values(std::vector<Value>& items) {
    auto identity = [](const Value& v) -> const Value& { return v; };
    KeyKind kind = uniform_key_kind(items.begin(), items.end(), identity);
    if (kind == KeyKind::Int) {
        std::vector<std::int64_t> numbers(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) numbers[i] = items[i].as_int();
        std::sort(numbers.begin(), numbers.end());
        for (std::size_t i = 0; i < items.size(); ++i) items[i] = Value::integer(numbers[i]);
    } else if (kind == KeyKind::Float) {
        std::vector<double> numbers(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) numbers[i] = items[i].as_float();
        std::stable_sort(numbers.begin(), numbers.end());
        for (std::size_t i = 0; i < items.size(); ++i) items[i] = Value::floating(numbers[i]);
    } else {
        python_sort(items.begin(), items.end(), identity);
    }
}

}  // namespace py
