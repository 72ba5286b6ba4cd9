// Runtime — Python's int operators on signed 128-bit integers: the one home of their semantics, used by the
// runtime's paths for ints a little beyond int64 (numbers.cpp) and by the lowering's fused 128-bit fast path.
//
// An arithmetic tree over variables and int literals with a literal that needs more than 64 bits (a 64-bit
// LCG's `% 18446744073709551616`, a hash's `& 0xFFFFFFFFFFFFFFFF`) can never stay in int64, so the lowering
// emits it in int128 instead (lowering/numeric_fast_paths.h has the rule):
//
//     if (py::int128 _i1, _i2, _i3, _i4; py::as_i128(x, _i1) && py::i128::mul(_i1, 6364136223846793005, _i2) &&
//         py::i128::add(_i2, 1442695040888963407, _i3) &&
//         py::i128::mod(_i3, py::i128::literal("18446744073709551616"), _i4))
//         x = py::int_from_i128(_i4);
//     else
//         x = <the general lowering>;
//
// As in int64.h, each operator stores Python's result in `r` and returns true, or returns false when Python's
// answer is not in [-2^127, 2^127) or is an exception (a zero divisor, a negative shift): the emitted code then
// evaluates the expression again through the general operators, which raise or promote exactly as CPython.
// & | ^ need no function: two's complement is Python's infinite-precision bitwise semantics.
#pragma once

#include <cstdint>

#include "py2cpp/int64.h"
#include "py2cpp/value.h"

namespace py {

__extension__ typedef __int128 int128;  // (__extension__: GCC's and Clang's type, which -Wpedantic reports)
__extension__ typedef unsigned __int128 uint128;

namespace i128 {

constexpr int128 kMin = static_cast<int128>(static_cast<uint128>(1) << 127);

constexpr bool fits_int64(int128 v) { return v == static_cast<std::int64_t>(v); }
constexpr bool fits_uint64(int128 v) { return v == static_cast<std::uint64_t>(v); }

// A literal of the emitted code beyond int64 (C++ has no 128-bit integer literals): decimal digits below 2^127,
// read at compile time.
consteval int128 literal(const char* digits) {
    int128 n = 0;
    for (; *digits != '\0'; ++digits) n = n * 10 + (*digits - '0');
    return n;
}

inline bool add(int128 a, int128 b, int128& r) { return !__builtin_add_overflow(a, b, &r); }
inline bool sub(int128 a, int128 b, int128& r) { return !__builtin_sub_overflow(a, b, &r); }
inline bool neg(int128 a, int128& r) { return !__builtin_sub_overflow(0, a, &r); }
inline bool mul(int128 a, int128 b, int128& r) { return !__builtin_mul_overflow(a, b, &r); }  // (two int64s: one imul)

// The number of trailing zero bits of a power of two.
constexpr int log2_of_power(int128 b) {
    auto low = static_cast<std::uint64_t>(b);
    return low != 0 ? __builtin_ctzll(low) : 64 + __builtin_ctzll(static_cast<std::uint64_t>(b >> 64));
}
constexpr bool is_positive_power_of_two(int128 b) { return b > 0 && (b & (b - 1)) == 0; }

// Floor division and modulo round toward negative infinity; a zero divisor raises, and -2^127 // -1 is 2^127.
// g++ calls the generic __divti3/__modti3 even for a constant divisor, so the common divisors come first: a
// power of two is a shift or a mask (floor semantics are two's complement's), and operands that fit 64 bits
// take one 64-bit division. With a constant divisor the tests fold away.
inline bool floordiv(int128 a, int128 b, int128& r) {
    if (b == 0 || (b == -1 && a == kMin)) return false;
    if (is_positive_power_of_two(b)) {
        r = a >> log2_of_power(b);
        return true;
    }
    if (fits_uint64(a) && fits_uint64(b)) {
        r = static_cast<std::uint64_t>(a) / static_cast<std::uint64_t>(b);
        return true;
    }
    // (i64::floordiv fails only for -2^63 // -1, which the general division below gives)
    if (std::int64_t q = 0; fits_int64(a) && fits_int64(b) &&
                            i64::floordiv(static_cast<std::int64_t>(a), static_cast<std::int64_t>(b), q)) {
        r = q;
        return true;
    }
    int128 q = a / b, m = a - q * b;  // (q * b cannot overflow: it is at most a in magnitude)
    r = (m != 0 && ((m < 0) != (b < 0))) ? q - 1 : q;
    return true;
}
inline bool mod(int128 a, int128 b, int128& r) {
    if (b == 0) return false;
    if (is_positive_power_of_two(b)) {
        r = a & (b - 1);
        return true;
    }
    if (fits_uint64(a) && fits_uint64(b)) {
        r = static_cast<std::uint64_t>(a) % static_cast<std::uint64_t>(b);
        return true;
    }
    if (fits_int64(a) && fits_int64(b)) {
        std::int64_t m = 0;
        i64::mod(static_cast<std::int64_t>(a), static_cast<std::int64_t>(b), m);  // (true: b is not 0)
        r = m;
        return true;
    }
    if (b == -1) {  // (a % -1 is undefined in C++ for a = -2^127)
        r = 0;
        return true;
    }
    int128 m = a % b;
    r = (m != 0 && ((m < 0) != (b < 0))) ? m + b : m;
    return true;
}

// A negative count raises ValueError. `a << b` stays an int128 only when shifting back gives a again.
inline bool lshift(int128 a, int128 b, int128& r) {
    if (b < 0) return false;
    if (a == 0) {
        r = 0;
        return true;
    }
    if (b > 127) return false;
    int128 shifted = static_cast<int128>(static_cast<uint128>(a) << static_cast<int>(b));
    if ((shifted >> static_cast<int>(b)) != a) return false;
    r = shifted;
    return true;
}
inline bool rshift(int128 a, int128 b, int128& r) {
    if (b < 0) return false;
    r = b > 127 ? (a < 0 ? -1 : 0) : a >> static_cast<int>(b);  // (>> of a negative value is arithmetic)
    return true;
}

}  // namespace i128

// An int as an int128: a bool, a small int, or a BigInt below 2^127 in magnitude; false for anything else.
bool big_as_i128(const Value& v, int128& out);  // a BigInt (numbers.cpp)
inline bool as_i128(const Value& v, int128& out) {
    if (v.is_small_intlike()) {
        out = v.as_small();
        return true;
    }
    return v.is_obj() && big_as_i128(v, out);
}

// The int of value v: small when it fits (a BigInt never holds a value that fits), else a new BigInt.
Value big_from_i128(int128 v);  // numbers.cpp
inline Value int_from_i128(int128 v) {
    if (i128::fits_int64(v)) return Value::integer(static_cast<std::int64_t>(v));
    return big_from_i128(v);
}

}  // namespace py
