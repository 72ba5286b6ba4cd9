// Runtime — Python's int operators on two int64s: the one home of their small-int semantics, used by the
// inline operators (ops.h), their slow paths (numbers.cpp) and the lowering's fused integer fast paths.
//
// When every leaf of an arithmetic expression is an int literal or a variable holding a small int, the emitted
// code computes the whole expression in int64 registers (lowering/numeric_fast_paths.cpp):
//
//     if (std::int64_t _i1, _i2; x.is_int() && py::i64::mul(3, x.as_int(), _i1) && py::i64::add(_i1, 1, _i2))
//         x = py::Value::integer(_i2);
//     else
//         x = py::add({py::mul({py::Value::integer(3), x}), py::Value::integer(1)});
//
// Each function stores Python's result in `r` and returns true, or returns false when Python's answer is not
// an int64 (overflow to a big int) or is an exception (a zero divisor, a negative shift): the emitted code then
// evaluates the expression again through the general operators, which raise or promote exactly as CPython.
// The leaves are variables and literals, so evaluating them twice is unobservable.
#pragma once

#include <cstdint>

namespace py::i64 {

inline bool add(std::int64_t a, std::int64_t b, std::int64_t& r) { return !__builtin_add_overflow(a, b, &r); }
inline bool sub(std::int64_t a, std::int64_t b, std::int64_t& r) { return !__builtin_sub_overflow(a, b, &r); }
inline bool mul(std::int64_t a, std::int64_t b, std::int64_t& r) { return !__builtin_mul_overflow(a, b, &r); }
inline bool neg(std::int64_t a, std::int64_t& r) { return !__builtin_sub_overflow(0, a, &r); }

// Floor division and modulo round toward negative infinity. A zero divisor raises; INT64_MIN // -1 is a big
// int (and INT64_MIN % -1 is undefined in C++, though Python's answer is 0).
inline bool floordiv(std::int64_t a, std::int64_t b, std::int64_t& r) {
    if (b == 0 || (b == -1 && a == INT64_MIN)) return false;
    std::int64_t q = a / b;
    r = (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    return true;
}
inline bool mod(std::int64_t a, std::int64_t b, std::int64_t& r) {
    if (b == 0) return false;
    if (b == -1) {
        r = 0;
        return true;
    }
    std::int64_t m = a % b;
    r = (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
    return true;
}

// A negative count raises ValueError. `a << b` stays an int64 only when shifting back gives a again.
inline bool lshift(std::int64_t a, std::int64_t b, std::int64_t& r) {
    if (b < 0 || b > 62) return a == 0 && b >= 0 ? (r = 0, true) : false;
    std::int64_t shifted = static_cast<std::int64_t>(static_cast<std::uint64_t>(a) << b);
    if ((shifted >> b) != a) return false;
    r = shifted;
    return true;
}
inline bool rshift(std::int64_t a, std::int64_t b, std::int64_t& r) {
    if (b < 0) return false;
    r = b > 63 ? (a < 0 ? -1 : 0) : a >> b;  // C++20: >> of a negative value is arithmetic
    return true;
}

}  // namespace py::i64
