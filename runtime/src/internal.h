// Runtime — declarations shared by the runtime's own source files (never included by emitted code).
#pragma once

#include <gmp.h>

#include <string>
#include <string_view>

#include "py2cpp/method_names.h"
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

// Classes (classes.cpp): what the builtin operations do for class instances.
bool instance_equal(const Value& a, const Value& b);
bool instance_compare(const Value& a, const Value& b, CmpOp op, bool& decided);
Value instance_rich_compare(const Value& a, const Value& b, int op);  // CmpOp order, then 4 ==, 5 !=
bool call_slot(const char* name, const Value* self_and_args, std::size_t n, Value& result);
bool class_object_repr(const Value& v, std::string& out);
std::string builtin_repr(const Value& v);  // repr without the class's __repr__ (object.__repr__)
std::string builtin_str(const Value& v);   // str of an exception without the class's __str__
std::int64_t length_of(const Value& v);    // len(v)
std::string attribute_suggestion(const Value& exc);  // "Did you mean" for an AttributeError; "" for none
[[noreturn]] void type_error(std::string message);

}  // namespace py
