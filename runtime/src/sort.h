// Runtime — sorting as list.sort() does: stable, by Python's `<`, specialised for uniform keys.
//
// Most lists a program sorts hold one kind of key: small ints, floats, strs, or tuples led by one of those.
// Like CPython (listobject.c's "unsafe" compares), we look at the keys once before sorting and, when they are
// uniform, compare them directly instead of through the generic `<` that dispatches on both operands' types
// on every comparison. The result is the same order: each specialised comparison is exactly `<` on its kind
// (UTF-8 byte order is code point order), and NaN-holding float lists keep the generic path.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <iterator>
#include <utility>
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
        if (t == &tuple_type && !as<Tuple>(k).items().empty()) {
            const Value& head = as<Tuple>(k).items()[0];
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

inline bool str_less(const Value& a, const Value& b) { return as<Str>(a).text() < as<Str>(b).text(); }

// Tuple `<`: the first items that differ (by ==) decide, else the shorter tuple is less. Small ints are
// compared in place, the rest through the generic operators.
inline bool tuple_less(const Value& a, const Value& b) {
    const auto& x = as<Tuple>(a).items();
    const auto& y = as<Tuple>(b).items();
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

// A key's sortable summary: 8 bytes compared as an integer, a float or a str prefix, plus the element's
// position. Sorting these records instead of the elements keeps the comparisons in cache (no pointer chase
// for the common case) and leaves the elements untouched until the order is known, so a comparison that
// raises leaves every element in the list, as CPython does.
struct SortRecord {
    std::uint64_t head;
    std::uint64_t second;  // tuples: the same summary of their second item, when those are uniform too
    std::size_t index;
};

// The first 8 bytes of a str, big-endian and zero-padded: comparing two prefixes as integers orders them as
// their bytes do, and equal prefixes fall back to the whole strings (UTF-8 byte order is code point order).
inline std::uint64_t str_prefix(const Value& s) {
    std::string_view data = as<Str>(s).text();
    std::uint64_t prefix = 0;
    for (std::size_t i = 0; i < 8; ++i)
        prefix = (prefix << 8) | (i < data.size() ? static_cast<unsigned char>(data[i]) : 0u);
    return prefix;
}

// Stable LSD radix sort of `items` by `key_of(item)`, an unsigned 64-bit key whose integer order is the order
// wanted. Only the bytes in which some keys differ are sorted on (keys below 2^24 take three passes), each pass
// a counting sort into a second buffer. A big list of ints sorts several times faster this way than by
// comparisons; below kRadixMinimum items the comparison sorts win, as the 256-entry counts of each pass cost
// more than they save.
inline constexpr std::size_t kRadixMinimum = 512;

// The key of an int64 as an unsigned integer in the same order (the sign bit flipped).
inline std::uint64_t radix_key(std::int64_t i) { return static_cast<std::uint64_t>(i) ^ (std::uint64_t{1} << 63); }

template <class T, class KeyOf>
void radix_sort(std::vector<T>& items, KeyOf key_of) {
    std::size_t n = items.size();
    if (n < 2) return;
    std::uint64_t first = key_of(items[0]);
    std::uint64_t differ = 0;
    for (const T& item : items) differ |= key_of(item) ^ first;
    int shifts[8];
    int passes = 0;
    for (int byte = 0; byte < 8; ++byte)
        if ((differ >> (8 * byte)) & 0xFF) shifts[passes++] = 8 * byte;
    if (passes == 0) return;  // all keys equal: already in order
    std::vector<std::array<std::size_t, 256>> counts(static_cast<std::size_t>(passes));
    for (const T& item : items) {
        std::uint64_t k = key_of(item);
        for (int p = 0; p < passes; ++p) ++counts[static_cast<std::size_t>(p)][(k >> shifts[p]) & 0xFF];
    }
    std::vector<T> buffer(n);
    std::vector<T>* from = &items;
    std::vector<T>* to = &buffer;
    for (int p = 0; p < passes; ++p) {
        std::array<std::size_t, 256>& at = counts[static_cast<std::size_t>(p)];
        std::size_t sum = 0;
        for (std::size_t& c : at) sum += std::exchange(c, sum);  // counts -> first position of each digit
        for (T& item : *from) (*to)[at[(key_of(item) >> shifts[p]) & 0xFF]++] = std::move(item);
        std::swap(from, to);
    }
    if (from != &items) items.swap(buffer);
}

// Stable sort of [first, last) by `key_of(element) < key_of(other)` in Python's sense.
template <class It, class KeyOf>
void python_sort(It first, It last, KeyOf key_of) {
    std::size_t n = static_cast<std::size_t>(last - first);
    if (n < 2) return;
    KeyKind kind = uniform_key_kind(first, last, key_of);
    auto as_int = [](std::uint64_t h) { return static_cast<std::int64_t>(h); };
    auto key = [&](const SortRecord& r) -> const Value& { return key_of(first[r.index]); };
    auto head_of = [&](const Value& k) -> std::uint64_t {
        switch (kind) {
            case KeyKind::Int: return static_cast<std::uint64_t>(k.as_int());
            case KeyKind::Float: return std::bit_cast<std::uint64_t>(k.as_float());
            case KeyKind::TupleInt: return static_cast<std::uint64_t>(as<Tuple>(k).items()[0].as_int());
            case KeyKind::Str: return str_prefix(k);
            case KeyKind::TupleStr: return str_prefix(as<Tuple>(k).items()[0]);
            case KeyKind::Generic: return 0;
        }
        return 0;
    };
    // Tuples sorted by their head often tie on it ((count, word) pairs): a uniform second item of ints or
    // strs is summarised too, so most ties are decided without reading the tuples again.
    KeyKind second_kind = KeyKind::Generic;
    if (kind == KeyKind::TupleInt || kind == KeyKind::TupleStr) {
        auto second_of = [&](const auto& element) -> const Value& {
            const auto& items = as<Tuple>(key_of(element)).items();
            return items.size() >= 2 ? items[1] : items[0];  // a 1-tuple makes the kind Generic below
        };
        auto sized = [&](const auto& element) { return as<Tuple>(key_of(element)).items().size() >= 2; };
        if (std::all_of(first, last, sized)) second_kind = uniform_key_kind(first, last, second_of);
        if (second_kind != KeyKind::Int && second_kind != KeyKind::Str) second_kind = KeyKind::Generic;
    }
    auto second_head = [&](const Value& k) -> std::uint64_t {
        if (second_kind == KeyKind::Int) return static_cast<std::uint64_t>(as<Tuple>(k).items()[1].as_int());
        if (second_kind == KeyKind::Str) return str_prefix(as<Tuple>(k).items()[1]);
        return 0;
    };
    std::vector<SortRecord> records(n);
    bool pairs = true;  // every key a 2-tuple (with TupleInt and Int second items: the records decide everything)
    for (std::size_t i = 0; i < n; ++i) {
        const Value& k = key_of(first[i]);
        records[i] = {head_of(k), second_head(k), i};
        if (second_kind != KeyKind::Generic) pairs = pairs && as<Tuple>(k).items().size() == 2;
    }
    // Two tuples with equal heads: their second items' summaries, then the whole tuples.
    auto tuple_tie = [&](const SortRecord& a, const SortRecord& b) {
        if (a.second != b.second) {
            if (second_kind == KeyKind::Int) return as_int(a.second) < as_int(b.second);
            if (second_kind == KeyKind::Str) return a.second < b.second;
        }
        return tuple_less(key(a), key(b));
    };
    auto by = [&](auto less) { std::stable_sort(records.begin(), records.end(), less); };
    // When the records alone decide every comparison, keys that tie are equal: ordered by position they keep
    // the sort stable, and std::sort, faster than the merge sort, may sort the records. Only such a strict
    // total order may go to std::sort, which can run past the range on an inconsistent one (a class's __lt__).
    auto by_position = [&](auto less) {
        std::sort(records.begin(), records.end(), [&](const SortRecord& a, const SortRecord& b) {
            if (less(a, b)) return true;
            return !less(b, a) && a.index < b.index;
        });
    };
    switch (kind) {
        case KeyKind::Int:
            // The records are in position order, and a radix sort is stable: ties stay in that order.
            if (n >= kRadixMinimum)
                radix_sort(records, [&](const SortRecord& r) { return radix_key(as_int(r.head)); });
            else
                by_position([&](const SortRecord& a, const SortRecord& b) { return as_int(a.head) < as_int(b.head); });
            break;
        case KeyKind::Float:  // (no NaN: uniform_key_kind leaves those Generic)
            by_position([](const SortRecord& a, const SortRecord& b) {
                return std::bit_cast<double>(a.head) < std::bit_cast<double>(b.head);
            });
            break;
        case KeyKind::TupleInt:
            if (second_kind == KeyKind::Int && pairs && n >= kRadixMinimum) {
                // By the second items, then (stably) by the heads: ordered by heads, ties by second items,
                // remaining ties by position.
                radix_sort(records, [&](const SortRecord& r) { return radix_key(as_int(r.second)); });
                radix_sort(records, [&](const SortRecord& r) { return radix_key(as_int(r.head)); });
                break;
            }
            if (second_kind == KeyKind::Int && pairs) {
                by_position([&](const SortRecord& a, const SortRecord& b) {
                    if (a.head != b.head) return as_int(a.head) < as_int(b.head);
                    return as_int(a.second) < as_int(b.second);
                });
                break;
            }
            // Tuples compare by their first differing item; when the heads differ, they decide.
            by([&](const SortRecord& a, const SortRecord& b) {
                return a.head != b.head ? as_int(a.head) < as_int(b.head) : tuple_tie(a, b);
            });
            break;
        case KeyKind::Str:
            by([&](const SortRecord& a, const SortRecord& b) {
                return a.head != b.head ? a.head < b.head : str_less(key(a), key(b));
            });
            break;
        case KeyKind::TupleStr:
            // Equal prefixes are not equal heads: the whole first items decide before the second ones.
            by([&](const SortRecord& a, const SortRecord& b) {
                if (a.head != b.head) return a.head < b.head;
                const Value& x = as<Tuple>(key(a)).items()[0];
                const Value& y = as<Tuple>(key(b)).items()[0];
                return as<Str>(x).text() != as<Str>(y).text() ? str_less(x, y) : tuple_tie(a, b);
            });
            break;
        case KeyKind::Generic:
            by([&](const SortRecord& a, const SortRecord& b) { return cmp_lt({key(a), key(b)}); });
            break;
    }
    using Element = typename std::iterator_traits<It>::value_type;
    std::vector<Element> sorted;
    sorted.reserve(n);
    for (const SortRecord& r : records) sorted.push_back(std::move(first[r.index]));
    std::move(sorted.begin(), sorted.end(), first);
}

// list.sort() without a key. Uniform small ints or floats are sorted as plain numbers and written back, so
// the sort moves 8-byte numbers instead of Values (stable: -0.0 and 0.0 are equal but distinguishable).
inline void sort_values(std::vector<Value>& items) {
    auto identity = [](const Value& v) -> const Value& { return v; };
    // Small ints, the commonest list, are recognised and copied out in one pass.
    std::vector<std::int64_t> numbers(!items.empty() && items[0].is_int() ? items.size() : 0);
    std::size_t ints = 0;
    while (ints < numbers.size() && items[ints].is_int()) {
        numbers[ints] = items[ints].as_int();
        ++ints;
    }
    KeyKind kind = ints == items.size() ? KeyKind::Int : uniform_key_kind(items.begin(), items.end(), identity);
    if (kind == KeyKind::Int) {
        if (numbers.size() >= kRadixMinimum)
            radix_sort(numbers, [](std::int64_t i) { return radix_key(i); });
        else
            std::sort(numbers.begin(), numbers.end());
        for (std::size_t i = 0; i < items.size(); ++i) items[i] = Value::integer(numbers[i]);
    } else if (kind == KeyKind::Float) {
        std::vector<double> floats(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) floats[i] = items[i].as_float();
        std::stable_sort(floats.begin(), floats.end());
        for (std::size_t i = 0; i < items.size(); ++i) items[i] = Value::floating(floats[i]);
    } else {
        python_sort(items.begin(), items.end(), identity);
    }
}

}  // namespace py
