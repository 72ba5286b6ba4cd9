// Runtime — operators: arithmetic with int64 fast paths that promote to big ints, comparisons, truth.
//
// Binary operators take their operands as a braced pair, `py::add({l, r})`: C++ leaves the order of function
// arguments unspecified but evaluates a braced list left to right, which is Python's order.
#pragma once

#include <cstdint>
#include <string>

#include "py2cpp/int128.h"
#include "py2cpp/int64.h"
#include "py2cpp/objects.h"

namespace py {

// References, not copies: a name load yields a reference to its slot and a computed operand a temporary that
// lives until the end of the full expression, so no reference counts move just to pass operands.
struct Two {
    const Value& a;
    const Value& b;
};

// Slow paths (runtime/src/numbers.cpp): big ints, floats, sequences, and the TypeErrors. `symbol` is the
// operator a TypeError names: the augmented assignments pass theirs (`+=`).
Value add_slow(const Value& a, const Value& b, const char* symbol = "+");
Value sub_slow(const Value& a, const Value& b, const char* symbol = "-");
Value mul_slow(const Value& a, const Value& b, const char* symbol = "*");
Value truediv(const Two& v, const char* symbol = "/");
Value floordiv_slow(const Two& v, const char* symbol = "//");
Value mod_slow(const Two& v, const char* symbol = "%");
Value pow(const Two& v, const char* symbol = "** or pow()");
Value lshift(const Two& v, const char* symbol = "<<");
Value rshift(const Two& v, const char* symbol = ">>");
Value bitand_(const Two& v, const char* symbol = "&");
Value bitor_(const Two& v, const char* symbol = "|");
Value bitxor(const Two& v, const char* symbol = "^");
Value matmul(const Two& v, const char* symbol = "@");
Value neg(const Value& v);
Value pos(const Value& v);
Value invert(const Value& v);

// `x OP= y`: a class instance's __iOP__ first, then the in-place forms of the builtins (list += and *=, set
// |= &= -= ^=, dict |=, str += on a str nobody else holds), then the binary operator, whose TypeError names
// `OP=` as CPython's does.
enum class InplaceOp : std::uint8_t { Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, And, Or, Xor, MatMul };
Value inplace_slow(InplaceOp op, const Two& v);
Value set_inplace(char op, const Two& v);  // set |= &= -= ^=: in place (runtime/src/set.cpp)

inline Value add(const Two& v) {
    if (std::int64_t r; v.a.is_int() && v.b.is_int() && i64::add(v.a.as_int(), v.b.as_int(), r))
        return Value::integer(r);
    if (v.a.is_float() && v.b.is_float()) return Value::floating(v.a.as_float() + v.b.as_float());
    return add_slow(v.a, v.b);
}
// l + r where l is a value the expression has just made (another `+`, a call, an f-string), as in `a + b + c`:
// a str that nothing else holds (its only reference is that temporary) takes r's text into its block when the
// block has room, as `s += t` does, instead of another str per step of the chain. Anything else is add().
Value add_fresh_slow(const Value& a, const Value& b);  // `a` an object only the temporary holds
inline Value add_fresh(const Two& v) {
    if (v.a.is_obj() && v.a.obj()->refcount == 1) return add_fresh_slow(v.a, v.b);
    return add(v);
}
inline Value sub(const Two& v) {
    if (std::int64_t r; v.a.is_int() && v.b.is_int() && i64::sub(v.a.as_int(), v.b.as_int(), r))
        return Value::integer(r);
    if (v.a.is_float() && v.b.is_float()) return Value::floating(v.a.as_float() - v.b.as_float());
    return sub_slow(v.a, v.b);
}
inline Value mul(const Two& v) {
    if (std::int64_t r; v.a.is_int() && v.b.is_int() && i64::mul(v.a.as_int(), v.b.as_int(), r))
        return Value::integer(r);
    if (v.a.is_float() && v.b.is_float()) return Value::floating(v.a.as_float() * v.b.as_float());
    return mul_slow(v.a, v.b);
}

// Numbers are immutable, so `x += y` on two numbers is `x = x + y` (which raises no TypeError); everything
// else may change in place or name `+=` in its error.
inline bool both_numbers(const Two& v) {
    return (v.a.is_int() || v.a.is_float()) && (v.b.is_int() || v.b.is_float());
}
inline Value inplace_add(const Two& v) { return both_numbers(v) ? add(v) : inplace_slow(InplaceOp::Add, v); }
inline Value inplace_sub(const Two& v) { return both_numbers(v) ? sub(v) : inplace_slow(InplaceOp::Sub, v); }
inline Value inplace_mul(const Two& v) { return both_numbers(v) ? mul(v) : inplace_slow(InplaceOp::Mul, v); }
inline Value inplace_truediv(const Two& v) { return inplace_slow(InplaceOp::TrueDiv, v); }
inline Value inplace_floordiv(const Two& v) { return inplace_slow(InplaceOp::FloorDiv, v); }
inline Value inplace_mod(const Two& v) { return inplace_slow(InplaceOp::Mod, v); }
inline Value inplace_pow(const Two& v) { return inplace_slow(InplaceOp::Pow, v); }
inline Value inplace_lshift(const Two& v) { return inplace_slow(InplaceOp::LShift, v); }
inline Value inplace_rshift(const Two& v) { return inplace_slow(InplaceOp::RShift, v); }
inline Value inplace_and(const Two& v) { return inplace_slow(InplaceOp::And, v); }
inline Value inplace_or(const Two& v) { return inplace_slow(InplaceOp::Or, v); }
inline Value inplace_xor(const Two& v) { return inplace_slow(InplaceOp::Xor, v); }
inline Value inplace_matmul(const Two& v) { return inplace_slow(InplaceOp::MatMul, v); }

// Floor division and modulo round toward negative infinity (py::i64); a zero divisor and INT64_MIN // -1 are
// out of line.
inline Value floordiv(const Two& v) {
    if (std::int64_t r; v.a.is_int() && v.b.is_int() && i64::floordiv(v.a.as_int(), v.b.as_int(), r))
        return Value::integer(r);
    return floordiv_slow(v);
}
inline Value mod(const Two& v) {
    if (std::int64_t r; v.a.is_int() && v.b.is_int() && i64::mod(v.a.as_int(), v.b.as_int(), r))
        return Value::integer(r);
    return mod_slow(v);
}

// Comparisons return bool Values; `cmp_*` give C++ bools for conditions.
enum class CmpOp { Lt, Le, Gt, Ge };
bool equal(const Value& a, const Value& b);
bool compare(const Value& a, const Value& b, CmpOp op);  // raises TypeError when unorderable
bool contains(const Value& container, const Value& item);
bool truthy_slow(const Value& v);

inline bool truthy(const Value& v) {
    switch (v.tag()) {
        case Tag::Bool: return v.as_bool();
        case Tag::Int: return v.as_int() != 0;
        case Tag::None: return false;
        case Tag::Float: return v.as_float() != 0.0;
        default: return truthy_slow(v);
    }
}

inline bool cmp_lt(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() < v.b.as_int();
    return compare(v.a, v.b, CmpOp::Lt);
}
inline bool cmp_le(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() <= v.b.as_int();
    return compare(v.a, v.b, CmpOp::Le);
}
inline bool cmp_gt(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() > v.b.as_int();
    return compare(v.a, v.b, CmpOp::Gt);
}
inline bool cmp_ge(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() >= v.b.as_int();
    return compare(v.a, v.b, CmpOp::Ge);
}
inline bool cmp_eq(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() == v.b.as_int();
    return equal(v.a, v.b);
}
bool not_equal(const Value& a, const Value& b);  // a class's __ne__, else not __eq__
inline bool cmp_ne(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return v.a.as_int() != v.b.as_int();
    return not_equal(v.a, v.b);
}
bool cmp_is(const Two& v);
inline bool cmp_is_not(const Two& v) { return !cmp_is(v); }
inline bool cmp_in(const Two& v) { return contains(v.b, v.a); }
inline bool cmp_not_in(const Two& v) { return !contains(v.b, v.a); }

// Comparisons as values (`x = a < b`, `print(a == b)`): a class's comparison method may return a non-bool.
Value compare_value(const Value& a, const Value& b, int op);  // CmpOp order, then 4 ==, 5 !=
inline Value lt_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() < v.b.as_int());
    return compare_value(v.a, v.b, 0);
}
inline Value le_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() <= v.b.as_int());
    return compare_value(v.a, v.b, 1);
}
inline Value gt_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() > v.b.as_int());
    return compare_value(v.a, v.b, 2);
}
inline Value ge_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() >= v.b.as_int());
    return compare_value(v.a, v.b, 3);
}
inline Value eq_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() == v.b.as_int());
    return compare_value(v.a, v.b, 4);
}
inline Value ne_value(const Two& v) {
    if (v.a.is_int() && v.b.is_int()) return Value::boolean(v.a.as_int() != v.b.as_int());
    return compare_value(v.a, v.b, 5);
}

inline Value not_(const Value& v) { return Value::boolean(!truthy(v)); }

// Hashing for dict keys: equal numbers hash equal across int, float and bool, as in Python.
std::uint64_t hash(const Value& v);

}  // namespace py
