// Runtime — declarations shared by the runtime's own source files (never included by emitted code).
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "py2cpp/runtime.h"

namespace py {

// An int that does not fit in int64. Invariant: a BigInt never holds a value that fits (see int_from_mpz).
struct BigInt : Object {
    mpz_t value;
    BigInt() : Object(&int_type) { mpz_init(value); }
    ~BigInt() override { mpz_clear(value); }
};

// RAII for temporaries.
struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(const Value& intlike);
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

bool is_bigint(const Value& v);
inline bool is_intlike(const Value& v) { return v.is_small_intlike() || is_bigint(v); }
inline bool is_number(const Value& v) { return is_intlike(v) || v.is_float(); }
Value int_from_mpz(const mpz_t z);    // small when it fits
double int_to_double(const Value& v);  // correctly rounded; OverflowError when too large
std::string int_repr(const Value& v);  // with CPython's 4300-digit limit
std::string float_repr(double d);
Value parse_int(std::string_view text, int base);  // int(str, base): CPython's ValueError on bad input
Value parse_float(std::string_view text);    // float(str)
Value float_to_int(double d);                // int(float): truncates
int compare_numbers(const Value& a, const Value& b, bool& unordered);  // -1/0/1; unordered for NaN
std::uint64_t hash_number(const Value& v);

Str& as_str(const Value& v);
bool is_str(const Value& v);
bool is_type(const Value& v, const Type* t);  // exact or subclass
Value new_str(std::string s);
Value str_char(std::string_view s, std::int64_t index);  // the code point at `index` as a str
std::int64_t to_index(const Value& v, const char* what);    // an int used as an index; TypeError otherwise
Value make_exception(Type* type, std::string message);

// bytes.cpp
bool is_bytes(const Value& v);
Value new_bytes(std::string data);
void bytes_repr(std::string& out, const std::string& data);
std::string unicode_error_message(const ExceptionObject& e);  // str() of a UnicodeDecodeError/EncodeError
Value str_encode(const Value& self, const Value* args, std::size_t n);
Value bytes_getitem(const Value& obj, std::int64_t index);  // an int; IndexError out of range
bool bytes_contains(const Value& container, const Value& item);
Value bytes_fromhex(const Value* args, std::size_t n);
Value bytes_method(const Value& self, const char* name, const Value* args, std::size_t n, bool& found);

// set.cpp
bool is_any_set(const Value& v);  // a set or frozenset
std::int64_t frozenset_hash(Set& s);  // also the lookup hash of a set used as a key
bool set_contains(const Value& set, const Value& key);
bool set_equal(const Value& a, const Value& b);  // both sets or frozensets
bool set_compare(const Value& a, const Value& b, CmpOp op);  // subset / superset
bool keys_view_equal(const Value& view, const Value& other);
// (set(a), set(b)) when one is a dict keys/items view and the other a set or such a view; else Unbound.
Value set_like_pair(const Value& a, const Value& b);  // a dict_keys view and a set or dict_keys view
Value set_operator(char op, const Value& a, const Value& b);  // | & - ^; Unbound unless both are sets
// A method of set/frozenset; `found` false when the type has no such method.
Value set_method(const Value& self, const char* name, const Value* args, std::size_t n, bool& found);
[[noreturn]] void type_error(std::string message);

}  // namespace py
