// Runtime — int and float arithmetic exactly as CPython: int64 fast paths, GMP beyond, floor semantics,
// correctly rounded int→float conversion and true division, CPython's error messages and float repr.
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>
#include <limits>

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {

constexpr std::int64_t kExactDouble = std::int64_t{1} << 53;  // ints up to here convert to double exactly
constexpr std::size_t kMaxStrDigits = 4300;                   // sys.get_int_max_str_digits()

const char* op_symbol_error(const char* op, const Value& a, const Value& b) {
    thread_local std::string msg;
    msg = std::string("unsupported operand type(s) for ") + op + ": '" + type_name(a) + "' and '" + type_name(b) +
          "'";
    return msg.c_str();
}

[[noreturn]] void unsupported(const char* op, const Value& a, const Value& b) {
    raise(&TypeError, op_symbol_error(op, a, b));
}

// Rounds a non-negative mpz to the nearest double (ties to even) scaled by 2^-shift. The mantissa is cut to
// 55 bits with a sticky bit so the hardware's uint64→double conversion does the one correct rounding.
double round_to_double(const mpz_t z, long shift_extra, bool sticky_in) {
    std::size_t bits = mpz_sizeinbase(z, 2);
    if (mpz_sgn(z) == 0) return 0.0;
    Mpz top;
    long drop = bits > 55 ? static_cast<long>(bits) - 55 : 0;
    mpz_tdiv_q_2exp(top.v, z, static_cast<mp_bitcnt_t>(drop));
    bool sticky = sticky_in || (drop > 0 && mpz_scan1(z, 0) < static_cast<mp_bitcnt_t>(drop));
    std::uint64_t m = mpz_get_ui(top.v);
    if (sticky) m |= 1;
    return std::ldexp(static_cast<double>(m), static_cast<int>(drop - shift_extra));
}

}  // namespace

Mpz::Mpz(const Value& v) {
    if (v.is_small_intlike())
        mpz_init_set_si(this->v, v.as_small());
    else
        mpz_init_set(this->v, as<BigInt>(v).value);
}

bool is_bigint(const Value& v) { return v.is_obj() && v.obj()->type == &int_type; }

namespace {
// Dropped BigInts with at most kSpareLimbs limbs allocated, kept in their own blocks (linked through them) with
// their limbs, so that making the next one costs neither malloc nor GMP's allocation. Bounded, like the
// strs' blocks; none under AddressSanitizer, so that it still sees every use after free.
struct SpareBigInt {
    __mpz_struct limbs;
    SpareBigInt* next;
};
static_assert(sizeof(SpareBigInt) <= sizeof(BigInt));
constexpr int kSpareLimbs = 4;
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kSparesKept = 0;
#else
constexpr std::size_t kSparesKept = 1024;
#endif
SpareBigInt* g_spare_bigints = nullptr;
std::size_t g_spare_count = 0;
}  // namespace

BigInt* BigInt::make() {
    SpareBigInt* spare = g_spare_bigints;
    if (spare == nullptr) return new BigInt();
    g_spare_bigints = spare->next;
    --g_spare_count;
    __mpz_struct limbs = spare->limbs;
    return new (static_cast<void*>(spare)) BigInt(limbs);
}

void BigInt::operator delete(BigInt* b, std::destroying_delete_t) noexcept {
    __mpz_struct limbs = b->value[0];
    b->~BigInt();
    if (limbs._mp_alloc <= kSpareLimbs && g_spare_count < kSparesKept) {
        g_spare_bigints = new (static_cast<void*>(b)) SpareBigInt{limbs, g_spare_bigints};
        ++g_spare_count;
        return;
    }
    mpz_clear(&limbs);
    ::operator delete(static_cast<void*>(b));
}

Value int_from_mpz(const mpz_t z) {
    if (mpz_fits_slong_p(z)) return Value::integer(mpz_get_si(z));
    auto* b = BigInt::make();
    mpz_set(b->value, z);
    return Value::object(b);
}

double int_to_double(const Value& v) {
    if (v.is_small_intlike()) return static_cast<double>(v.as_small());  // one correct rounding
    const mpz_t& z = as<BigInt>(v).value;
    Mpz mag;
    mpz_abs(mag.v, z);
    double d = round_to_double(mag.v, 0, false);
    if (std::isinf(d)) raise(&OverflowError, "int too large to convert to float");
    return mpz_sgn(z) < 0 ? -d : d;
}

std::string int_repr(const Value& v) {
    if (v.is_small_intlike()) return std::to_string(v.as_small());
    const mpz_t& z = as<BigInt>(v).value;
    if (mpz_sizeinbase(z, 10) > kMaxStrDigits + 1) {
        // sizeinbase may overshoot by one; only an exact count decides the borderline cases below
        raise(&ValueError,
              "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() "
              "to increase the limit");
    }
    std::string s(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(s.data(), 10, z);
    s.resize(std::strlen(s.c_str()));
    std::size_t digits = s.size() - (s[0] == '-' ? 1 : 0);
    if (digits > kMaxStrDigits)
        raise(&ValueError,
              "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() "
              "to increase the limit");
    return s;
}

// CPython's repr: the shortest digits that round-trip, positional when the decimal exponent is in (-4, 16],
// otherwise scientific with at least two exponent digits; integral values keep a ".0".
std::string float_repr(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d > 0 ? "inf" : "-inf";
    if (d == 0) return std::signbit(d) ? "-0.0" : "0.0";
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string_view sci(buf, static_cast<std::size_t>(res.ptr - buf));
    bool negative = sci[0] == '-';
    if (negative) sci.remove_prefix(1);
    std::size_t e = sci.find('e');
    std::string digits;
    for (char c : sci.substr(0, e))
        if (c != '.') digits += c;
    int exp10 = std::atoi(std::string(sci.substr(e + 1)).c_str());
    int decpt = exp10 + 1;  // digits are 0.DIGITS × 10^decpt
    std::string out = negative ? "-" : "";
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0.";
            out.append(static_cast<std::size_t>(-decpt), '0');
            out += digits;
        } else if (static_cast<std::size_t>(decpt) >= digits.size()) {
            out += digits;
            out.append(static_cast<std::size_t>(decpt) - digits.size(), '0');
            out += ".0";
        } else {
            out += digits.substr(0, static_cast<std::size_t>(decpt));
            out += '.';
            out += digits.substr(static_cast<std::size_t>(decpt));
        }
    } else {
        out += digits[0];
        if (digits.size() > 1) {
            out += '.';
            out += digits.substr(1);
        }
        int x = decpt - 1;
        out += x < 0 ? "e-" : "e+";
        std::string xs = std::to_string(x < 0 ? -x : x);
        if (xs.size() < 2) out += '0';
        out += xs;
    }
    return out;
}

namespace {

std::string_view strip_ws(std::string_view s) {
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!s.empty() && ws(s.front())) s.remove_prefix(1);
    while (!s.empty() && ws(s.back())) s.remove_suffix(1);
    return s;
}

std::string quoted(std::string_view text) { return repr(new_str(std::string(text))); }

// int() and float() accept any Unicode decimal digit and whitespace, as CPython does
// (_PyUnicode_TransformDecimalAndSpaceToASCII); other non-ASCII characters stay and fail to parse.
std::string to_ascii_digits(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        char32_t c = unicode::decode(text.data(), i);
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (int d = unicode::decimal_value(c); d >= 0) {
            out += static_cast<char>('0' + d);
        } else if (unicode::is_space(c)) {
            out += ' ';
        } else {
            out.append(text, start, i - start);
        }
    }
    return out;
}

}  // namespace

Value parse_int(std::string_view text, int base) {
    if (base != 0 && (base < 2 || base > 36)) raise(&ValueError, "int() base must be >= 2 and <= 36, or 0");
    auto invalid = [&]() -> Value {
        raise(&ValueError, "invalid literal for int() with base " + std::to_string(base) + ": " + quoted(text));
    };
    if (std::int64_t value; base == 10 && parse_small_decimal(text, value)) return Value::integer(value);
    std::string ascii = to_ascii_digits(text);
    std::string_view s = strip_ws(ascii);
    bool negative = false;
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) negative = s[i++] == '-';
    // an optional 0x / 0o / 0b prefix that agrees with the base (base 0 takes it from the prefix)
    int effective = base;
    bool prefixed = false;
    if (i + 1 < s.size() && s[i] == '0') {
        char p = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i + 1])));
        int prefix_base = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (prefix_base != 0 && (base == 0 || base == prefix_base)) {
            effective = prefix_base;
            prefixed = true;
            i += 2;
        }
    }
    if (effective == 0) effective = 10;
    std::string digits;
    bool prev_digit = prefixed;  // `0x_1` is valid: an underscore may follow the prefix
    for (; i < s.size(); ++i) {
        char c = s[i];
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : std::isalpha(static_cast<unsigned char>(c)) ? std::tolower(static_cast<unsigned char>(c)) - 'a' + 10
                                                               : 99;
        if (c == '_' && prev_digit && i + 1 < s.size()) {
            prev_digit = false;
            continue;
        }
        if (d >= effective) return invalid();
        digits += c;
        prev_digit = true;
    }
    if (digits.empty() || !prev_digit) return invalid();
    // base 0 refuses leading zeros in a non-zero decimal number, as Python literals do
    if (base == 0 && !prefixed && digits.size() > 1 && digits[0] == '0' &&
        digits.find_first_not_of('0') != std::string::npos)
        return invalid();
    bool power_of_two = (effective & (effective - 1)) == 0;
    if (!power_of_two && digits.size() > kMaxStrDigits)
        raise(&ValueError, "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                               std::to_string(digits.size()) +
                               " digits; use sys.set_int_max_str_digits() to increase the limit");
    Value v;
    if (effective == 10) {
        v = int_from_decimal(digits);
    } else {
        Mpz z;
        mpz_set_str(z.v, digits.c_str(), effective);
        v = int_from_mpz(z.v);
    }
    return negative ? neg(v) : v;
}

Value int_from_decimal(std::string_view digits) {
    if (digits.size() <= 18) {
        std::int64_t n = 0;
        for (char c : digits) n = n * 10 + (c - '0');
        return Value::integer(n);
    }
    Mpz z;
    mpz_set_str(z.v, std::string(digits).c_str(), 10);
    return int_from_mpz(z.v);
}

Value parse_float(std::string_view text) {
    std::string ascii = to_ascii_digits(text);
    std::string_view s = strip_ws(ascii);
    std::string clean;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        // an underscore is allowed only between two digits
        if (c == '_' && i > 0 && i + 1 < s.size() && std::isdigit(static_cast<unsigned char>(s[i - 1])) &&
            std::isdigit(static_cast<unsigned char>(s[i + 1])))
            continue;
        clean += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    std::string_view body = clean;
    bool negative = false;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
        negative = body[0] == '-';
        body.remove_prefix(1);
    }
    double d = 0;
    if (body == "inf" || body == "infinity") {
        d = std::numeric_limits<double>::infinity();
    } else if (body == "nan") {
        d = std::numeric_limits<double>::quiet_NaN();
    } else {
        bool valid = !body.empty() && body.find_first_not_of("0123456789.e+-") == std::string_view::npos &&
                     body[0] != '+' && body[0] != '-';
        auto res = std::from_chars(body.data(), body.data() + body.size(), d);
        if (!valid || res.ec == std::errc::invalid_argument || res.ptr != body.data() + body.size()) {
            raise(&ValueError, "could not convert string to float: " + quoted(text));
        }
        if (res.ec == std::errc::result_out_of_range) {
            // from_chars leaves `d` alone here: overflow is inf and underflow zero, as strtod would give
            bool big = body.find('e') == std::string_view::npos || body[body.find('e') + 1] != '-';
            d = big ? std::numeric_limits<double>::infinity() : 0.0;
        }
    }
    return Value::floating(negative ? -d : d);
}

Value float_to_int(double d) {
    if (std::isnan(d)) raise(&ValueError, "cannot convert float NaN to integer");
    if (std::isinf(d)) raise(&OverflowError, "cannot convert float infinity to integer");
    double t = std::trunc(d);
    if (t >= -9.2e18 && t <= 9.2e18) return Value::integer(static_cast<std::int64_t>(t));
    Mpz z;
    mpz_set_d(z.v, t);
    return int_from_mpz(z.v);
}

int compare_numbers(const Value& a, const Value& b, bool& unordered) {
    unordered = false;
    auto sign = [](auto x) { return x < 0 ? -1 : (x > 0 ? 1 : 0); };
    if (a.is_float() || b.is_float()) {
        if (a.is_float() && b.is_float()) {
            double x = a.as_float(), y = b.as_float();
            if (std::isnan(x) || std::isnan(y)) {
                unordered = true;
                return 0;
            }
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        bool flip = a.is_float();  // make `i` the int and `f` the float
        const Value& i = flip ? b : a;
        double f = flip ? a.as_float() : b.as_float();
        if (std::isnan(f)) {
            unordered = true;
            return 0;
        }
        int r;  // sign of (i - f), exact
        if (i.is_small_intlike()) {
            long double x = static_cast<long double>(i.as_small());  // exact: 64-bit mantissa
            long double y = f;
            r = x < y ? -1 : (x > y ? 1 : 0);
        } else if (std::isinf(f)) {
            r = f > 0 ? -1 : 1;
        } else {
            r = sign(mpz_cmp_d(as<BigInt>(i).value, f));
        }
        return flip ? -r : r;
    }
    if (a.is_small_intlike() && b.is_small_intlike()) {
        std::int64_t x = a.as_small(), y = b.as_small();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    Mpz x(a), y(b);
    return sign(mpz_cmp(x.v, y.v));
}

namespace {

// CPython's _Py_HashDouble for a finite non-integral double: the value modulo 2**61 - 1, computed exactly.
std::uint64_t hash_fraction(double d) {
    constexpr int kBits = 61;
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << kBits) - 1;
    int e = 0;
    double m = std::frexp(d, &e);
    bool negative = m < 0;
    if (negative) m = -m;
    std::uint64_t x = 0;
    while (m != 0.0) {
        x = ((x << 28) & kModulus) | x >> (kBits - 28);
        m *= 268435456.0;  // 2**28
        e -= 28;
        auto y = static_cast<std::uint64_t>(m);
        m -= static_cast<double>(y);
        x += y;
        if (x >= kModulus) x -= kModulus;
    }
    e = e >= 0 ? e % kBits : kBits - 1 - ((-1 - e) % kBits);
    x = ((x << e) & kModulus) | x >> (kBits - e);
    return negative ? ~x + 1 : x;
}

}  // namespace

// Python's hash() of a number: equal numbers hash equal across int, float and bool, and -1 becomes -2.
std::uint64_t hash_number(const Value& v) {
    std::uint64_t h = hash_number_raw(v);
    return h == ~std::uint64_t{0} ? ~std::uint64_t{0} - 1 : h;
}

std::uint64_t hash_number_raw(const Value& v) {
    constexpr std::uint64_t kModulus = (std::uint64_t{1} << 61) - 1;  // CPython's _PyHASH_MODULUS
    auto of_mpz = [&](const mpz_t z) {
        Mpz mag;
        mpz_abs(mag.v, z);
        std::uint64_t h = mpz_fdiv_ui(mag.v, kModulus);
        return mpz_sgn(z) < 0 ? ~h + 1 : h;
    };
    if (v.is_small_intlike()) {
        std::int64_t i = v.as_small();
        std::uint64_t mag = i < 0 ? ~static_cast<std::uint64_t>(i) + 1 : static_cast<std::uint64_t>(i);
        std::uint64_t h = mag % kModulus;
        return i < 0 ? ~h + 1 : h;
    }
    if (v.is_float()) {
        double d = v.as_float();
        if (std::isfinite(d) && d == std::floor(d)) {
            if (std::fabs(d) < 9e18) return hash_number_raw(Value::integer(static_cast<std::int64_t>(d)));
            Mpz z;
            mpz_set_d(z.v, d);
            return of_mpz(z.v);
        }
        if (std::isinf(d)) return d > 0 ? 314159 : ~std::uint64_t{314159} + 1;
        if (std::isnan(d)) {
            std::uint64_t bits;  // CPython hashes a NaN by identity; a NaN's bits are what we have
            std::memcpy(&bits, &d, sizeof bits);
            return bits * 0x9E3779B97F4A7C15ull;
        }
        return hash_fraction(d);
    }
    return of_mpz(as<BigInt>(v).value);
}

// ---------------------------------------------------------------------------------------------------------
// Arithmetic

namespace {

template <class F>
Value big_op(const Value& a, const Value& b, F f) {
    Mpz x(a), y(b), r;
    f(r.v, x.v, y.v);
    return int_from_mpz(r.v);
}

}  // namespace

// Ints a little beyond int64 (a 64-bit LCG's `x * a + c`, `% 2**64`) are common, and GMP costs several
// allocations per operation (the operands' temporaries, the result's). Below 2^127 in magnitude both
// operands and most results fit a signed 128-bit integer (py2cpp/int128.h), which needs none: only a result
// beyond int64 allocates, its BigInt and two limbs.
static_assert(GMP_NUMB_BITS == 64, "the 128-bit paths read and write an mpz's limbs as two 64-bit halves");

bool big_as_i128(const Value& v, int128& out) {
    if (!is_bigint(v)) return false;
    const mpz_t& z = as<BigInt>(v).value;
    std::size_t limbs = mpz_size(z);
    if (limbs > 2) return false;
    uint128 magnitude = mpz_getlimbn(z, 0);
    if (limbs == 2) magnitude |= static_cast<uint128>(mpz_getlimbn(z, 1)) << 64;
    if (magnitude >> 127 != 0) return false;
    out = mpz_sgn(z) < 0 ? -static_cast<int128>(magnitude) : static_cast<int128>(magnitude);
    return true;
}

// Written limb by limb.
Value big_from_i128(int128 v) {
    uint128 magnitude = v < 0 ? -static_cast<uint128>(v) : static_cast<uint128>(v);
    auto* b = BigInt::make();
    mp_limb_t* limbs = mpz_limbs_write(b->value, 2);
    limbs[0] = static_cast<mp_limb_t>(magnitude);
    limbs[1] = static_cast<mp_limb_t>(magnitude >> 64);
    mpz_limbs_finish(b->value, v < 0 ? -2 : 2);  // (drops a zero high limb)
    return Value::object(b);
}

namespace {

bool as_doubles(const Value& a, const Value& b, double& x, double& y) {
    if (!is_number(a) || !is_number(b)) return false;
    x = a.is_float() ? a.as_float() : int_to_double(a);
    y = b.is_float() ? b.as_float() : int_to_double(b);
    return true;
}

// a <op> b when an operand is a class instance: its __op__ / the other's __rop__ (false when neither
// handles it, so the caller raises its usual TypeError).
bool dunder(const Value& a, const Value& b, const char* op, const char* rop, Value& out) {
    if (!either_is_instance(a, b)) return false;
    out = binary_dunder(a, b, op, rop, nullptr);
    return out.is_bound();
}

bool is_seq(const Value& v) {
    return v.is_obj() && (v.obj()->type == &list_type || is_tuple_layout(v) || v.obj()->type == &str_type ||
                          v.obj()->type == &bytes_type);
}

[[noreturn]] void concat_error(const Value& a, const Value& b) {
    raise(&TypeError, std::string("can only concatenate ") + type_name(a) + " (not \"" + type_name(b) + "\") to " +
                          type_name(a));
}

Value repeat(const Value& seq, const Value& count) {
    if (!is_intlike(count))
        raise(&TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
    if (!count.is_small_intlike()) raise(&OverflowError, "cannot fit 'int' into an index-sized integer");
    std::int64_t n = std::max<std::int64_t>(count.as_small(), 0);
    if (seq.obj()->type == &str_type || seq.obj()->type == &bytes_type) {
        bool text = seq.obj()->type == &str_type;
        std::string_view s = text ? as<Str>(seq).text() : std::string_view(as<Bytes>(seq).data);
        std::string out;
        out.reserve(s.size() * static_cast<std::size_t>(n));
        for (std::int64_t i = 0; i < n; ++i) out += s;
        return text ? new_str(std::move(out)) : new_bytes(std::move(out));
    }
    std::span<const Value> items = seq.obj()->type == &list_type ? as<List>(seq).items : as<Tuple>(seq).items();
    std::vector<Value> out;
    out.reserve(items.size() * static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) out.insert(out.end(), items.begin(), items.end());
    if (seq.obj()->type == &list_type) return Value::object(new List(std::move(out)));
    return Value::object(Tuple::make(std::move(out)));
}

// CPython's float_divmod (Objects/floatobject.c), for // and %.
void float_divmod(double vx, double wx, double& floordiv, double& mod) {
    mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    if (div != 0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
}

}  // namespace

namespace {
Value add_other(const Value& a, const Value& b, const char* symbol);
}  // namespace

Value add_slow(const Value& a, const Value& b, const char* symbol) {
    // str + str first: a str is never a class instance, so no __add__/__radd__ can intervene. Everything else
    // is out of line, so that this path sets up no frame.
    if (a.is_obj() && b.is_obj() && a.obj()->type == &str_type && b.obj()->type == &str_type)
        return concat_str_pair(as<Str>(a), as<Str>(b));
    return add_other(a, b, symbol);
}

Value add_fresh_slow(const Value& a, const Value& b) {
    // (a shared str, a constant's or one a variable holds, has other references: add_fresh checked there are none)
    if (a.obj()->type == &str_type && b.is_obj() && b.obj()->type == &str_type &&
        static_cast<Str*>(a.obj())->append_in_place(as<Str>(b)))
        return a;
    return add_slow(a, b);
}

namespace {
[[gnu::noinline]] Value add_other(const Value& a, const Value& b, const char* symbol) {
    if (Value r; dunder(a, b, "__add__", "__radd__", r)) return r;
    if (int128 x, y, r; as_i128(a, x) && as_i128(b, y) && i128::add(x, y, r)) return int_from_i128(r);
    if (is_intlike(a) && is_intlike(b)) return big_op(a, b, mpz_add);
    double x, y;
    if (as_doubles(a, b, x, y)) return Value::floating(x + y);
    if (a.is_obj() && b.is_obj() && a.obj()->type == b.obj()->type) {
        Type* t = a.obj()->type;
        if (t == &bytes_type) return new_bytes(as<Bytes>(a).data + as<Bytes>(b).data);
        if (t == &list_type || t == &tuple_type) {
            std::span<const Value> l = t == &list_type ? as<List>(a).items : as<Tuple>(a).items();
            std::span<const Value> r = t == &list_type ? as<List>(b).items : as<Tuple>(b).items();
            std::vector<Value> out(l.begin(), l.end());
            out.insert(out.end(), r.begin(), r.end());
            if (t == &list_type) return Value::object(new List(std::move(out)));
            return Value::object(Tuple::make(std::move(out)));
        }
    }
    if (is_tuple_layout(a) && is_tuple_layout(b)) {  // a namedtuple concatenates as a tuple, into a tuple
        std::vector<Value> out(as<Tuple>(a).items().begin(), as<Tuple>(a).items().end());
        out.insert(out.end(), as<Tuple>(b).items().begin(), as<Tuple>(b).items().end());
        return Value::object(Tuple::make(std::move(out)));
    }
    if (is_bytes(a)) raise(&TypeError, std::string("can't concat ") + type_name(b) + " to bytes");
    if (is_seq(a)) concat_error(a, b);
    unsupported(symbol, a, b);
}
}  // namespace

Value sub_slow(const Value& a, const Value& b, const char* symbol) {
    if (Value r; dunder(a, b, "__sub__", "__rsub__", r)) return r;
    if (int128 x, y, r; as_i128(a, x) && as_i128(b, y) && i128::sub(x, y, r)) return int_from_i128(r);
    if (is_intlike(a) && is_intlike(b)) return big_op(a, b, mpz_sub);
    double x, y;
    if (as_doubles(a, b, x, y)) return Value::floating(x - y);
    if (Value r = set_operator('-', a, b); r.is_bound()) return r;
    unsupported(symbol, a, b);
}

Value mul_slow(const Value& a, const Value& b, const char* symbol) {
    if (Value r; dunder(a, b, "__mul__", "__rmul__", r)) return r;
    if (int128 x, y, r; as_i128(a, x) && as_i128(b, y) && i128::mul(x, y, r)) return int_from_i128(r);
    if (is_intlike(a) && is_intlike(b)) return big_op(a, b, mpz_mul);
    double x, y;
    if (as_doubles(a, b, x, y)) return Value::floating(x * y);
    if (is_seq(a)) return repeat(a, b);
    if (is_seq(b)) return repeat(b, a);
    unsupported(symbol, a, b);
}

namespace {

// What each augmented assignment calls: its method, its symbol, and its binary operator.
struct InplaceInfo {
    const char* dunder;
    const char* symbol;
    Value (*binary)(const Two& v, const char* symbol);
};
const InplaceInfo kInplace[] = {
    {"__iadd__", "+=", [](const Two& v, const char* s) { return add_slow(v.a, v.b, s); }},
    {"__isub__", "-=", [](const Two& v, const char* s) { return sub_slow(v.a, v.b, s); }},
    {"__imul__", "*=", [](const Two& v, const char* s) { return mul_slow(v.a, v.b, s); }},
    {"__itruediv__", "/=", truediv},
    {"__ifloordiv__", "//=", floordiv_slow},
    {"__imod__", "%=", mod_slow},
    {"__ipow__", "**=", pow},
    {"__ilshift__", "<<=", lshift},
    {"__irshift__", ">>=", rshift},
    {"__iand__", "&=", bitand_},
    {"__ior__", "|=", bitor_},
    {"__ixor__", "^=", bitxor},
    {"__imatmul__", "@=", matmul},
};
static_assert(std::size(kInplace) == static_cast<std::size_t>(InplaceOp::MatMul) + 1, "one entry per InplaceOp, in order");

// `s += t` on a str nobody else holds appends in place, as CPython does: without it a loop of `+=` copies
// the whole string every time and turns quadratic (bench/programs/string_work.py). A shared str (another
// variable, a container, a constant, the one-character cache) always has a second owner. When the block is
// full the sum is a new str with room to grow by half, so a loop copies O(n) bytes in all; the target is
// left alone (the assignment replaces it), so no reference to it is left dangling.
bool str_append(const Two& v, Value& out) {
    if (!(v.a.is_obj() && v.a.obj()->type == &str_type && v.a.obj()->refcount == 1 && v.b.is_obj() &&
          v.b.obj()->type == &str_type))
        return false;
    if (as<Str>(v.a).append_in_place(as<Str>(v.b)))
        out = v.a;
    else
        out = concat_str_pair(as<Str>(v.a), as<Str>(v.b), (as<Str>(v.a).bytes() + as<Str>(v.b).bytes()) / 2);
    return true;
}

Value list_extend(const Two& v) {
    if (!(v.b.is_obj() && (v.b.obj()->type == &list_type || v.b.obj()->type == &tuple_type)))
        concat_error(v.a, v.b);  // list += iterable is wider; the slice covers sequences
    auto& items = as<List>(v.a).items;
    std::span<const Value> tail = v.b.obj()->type == &list_type ? as<List>(v.b).items : as<Tuple>(v.b).items();
    std::vector<Value> extra(tail.begin(), tail.end());  // a copy first: `xs += xs` reads what it grows
    items.insert(items.end(), extra.begin(), extra.end());
    return v.a;
}

}  // namespace

Value inplace_slow(InplaceOp op, const Two& v) {
    const InplaceInfo& info = kInplace[static_cast<int>(op)];
    if (Value r; is_instance_of_class(v.a) && inplace_dunder(v.a, v.b, info.dunder, r)) return r;
    bool list = v.a.is_obj() && v.a.obj()->type == &list_type;
    switch (op) {
        case InplaceOp::Add:
            if (Value r; str_append(v, r)) return r;
            if (list) return list_extend(v);
            break;
        case InplaceOp::Mul:
            if (list) {
                Value r = repeat(v.a, v.b);
                as<List>(v.a).items = std::move(as<List>(r).items);
                return v.a;
            }
            break;
        case InplaceOp::Or:
            if (is_dict_layout(v.a)) {
                // PEP 584: `d |= other` is d.update(other) in place; other may be any mapping or iterable of pairs
                call_method_with_keywords("update", v.a, &v.b, 1, KwArgs{});
                return v.a;
            }
            [[fallthrough]];
        case InplaceOp::Sub:
        case InplaceOp::And:
        case InplaceOp::Xor:
            if (v.a.is_obj() && v.a.obj()->type == &set_type) return set_inplace(info.symbol[0], v);
            break;
        default: break;
    }
    return info.binary(v, info.symbol);
}

Value truediv(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__truediv__", "__rtruediv__", r)) return r;
    const Value& a = v.a;
    const Value& b = v.b;
    if (is_intlike(a) && is_intlike(b)) {
        if (b.is_small_intlike() && b.as_small() == 0) raise(&ZeroDivisionError, "division by zero");
        // (A range test rather than llabs, which is undefined for INT64_MIN.)
        const auto exact = [](std::int64_t n) { return n >= -kExactDouble && n <= kExactDouble; };
        if (a.is_small_intlike() && b.is_small_intlike() && exact(a.as_small()) && exact(b.as_small()))
            return Value::floating(static_cast<double>(a.as_small()) / static_cast<double>(b.as_small()));
        // Correctly rounded: scale the numerator so the quotient has 55+ bits, keep a sticky bit.
        Mpz x(a), y(b), q, r;
        bool negative = (mpz_sgn(x.v) < 0) != (mpz_sgn(y.v) < 0);
        mpz_abs(x.v, x.v);
        mpz_abs(y.v, y.v);
        long shift = 56 + static_cast<long>(mpz_sizeinbase(y.v, 2)) - static_cast<long>(mpz_sizeinbase(x.v, 2));
        if (shift > 0)
            mpz_mul_2exp(x.v, x.v, static_cast<mp_bitcnt_t>(shift));
        else
            mpz_mul_2exp(y.v, y.v, static_cast<mp_bitcnt_t>(-shift));
        mpz_tdiv_qr(q.v, r.v, x.v, y.v);
        double d = round_to_double(q.v, shift, mpz_sgn(r.v) != 0);
        if (std::isinf(d)) raise(&OverflowError, "integer division result too large for a float");
        return Value::floating(negative ? -d : d);
    }
    double x, y;
    if (!as_doubles(a, b, x, y)) unsupported(symbol, a, b);
    if (y == 0) raise(&ZeroDivisionError, "float division by zero");
    return Value::floating(x / y);
}

Value floordiv_slow(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__floordiv__", "__rfloordiv__", r)) return r;
    const Value& a = v.a;
    const Value& b = v.b;
    if (a.is_small_intlike() && b.is_small_intlike()) {
        if (b.as_small() == 0) raise(&ZeroDivisionError, "integer division or modulo by zero");
        if (std::int64_t q; i64::floordiv(a.as_small(), b.as_small(), q)) return Value::integer(q);  // else a big int
    }
    if (int128 x, y, q; as_i128(a, x) && as_i128(b, y) && i128::floordiv(x, y, q)) return int_from_i128(q);
    if (is_intlike(a) && is_intlike(b)) {
        Mpz x(a), y(b), q;
        if (mpz_sgn(y.v) == 0) raise(&ZeroDivisionError, "integer division or modulo by zero");
        mpz_fdiv_q(q.v, x.v, y.v);
        return int_from_mpz(q.v);
    }
    double x, y, q, m;
    if (!as_doubles(a, b, x, y)) unsupported(symbol, a, b);
    if (y == 0) raise(&ZeroDivisionError, "float floor division by zero");
    float_divmod(x, y, q, m);
    return Value::floating(q);
}

Value mod_slow(const Two& v, const char* symbol) {
    if (v.a.is_obj() && v.a.obj()->type == &bytes_type)
        raise(&NotImplementedError, "py2cpp: '%' formatting of bytes is not supported yet");
    if (Value r; dunder(v.a, v.b, "__mod__", "__rmod__", r)) return r;
    const Value& a = v.a;
    const Value& b = v.b;
    if (a.is_small_intlike() && b.is_small_intlike()) {
        if (b.as_small() == 0) raise(&ZeroDivisionError, "integer modulo by zero");
        std::int64_t r = 0;
        i64::mod(a.as_small(), b.as_small(), r);  // (always an int64 for a nonzero divisor)
        return Value::integer(r);
    }
    if (int128 x, y, r; as_i128(a, x) && as_i128(b, y) && i128::mod(x, y, r)) return int_from_i128(r);
    if (is_intlike(a) && is_intlike(b)) {
        Mpz x(a), y(b), r;
        if (mpz_sgn(y.v) == 0) raise(&ZeroDivisionError, "integer modulo by zero");
        mpz_fdiv_r(r.v, x.v, y.v);
        return int_from_mpz(r.v);
    }
    if (is_str(a)) return str_percent(a, b);
    double x, y, q, m;
    if (!as_doubles(a, b, x, y)) unsupported(symbol, a, b);
    if (y == 0) raise(&ZeroDivisionError, "float modulo");
    float_divmod(x, y, q, m);
    return Value::floating(m);
}

Value pow(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__pow__", "__rpow__", r)) return r;
    const Value& a = v.a;
    const Value& b = v.b;
    if (is_intlike(a) && is_intlike(b)) {
        Mpz e(b);
        if (mpz_sgn(e.v) < 0) {
            double x = int_to_double(a);
            if (x == 0) raise(&ZeroDivisionError, "0.0 cannot be raised to a negative power");
            return Value::floating(std::pow(x, int_to_double(b)));
        }
        if (a.is_small_intlike() && b.is_small_intlike()) {
            std::int64_t base = a.as_small(), exp = b.as_small(), result = 1;
            bool overflow = false;
            while (exp > 0 && !overflow) {
                if (exp & 1) overflow = __builtin_mul_overflow(result, base, &result);
                exp >>= 1;
                if (exp > 0 && !overflow) overflow = __builtin_mul_overflow(base, base, &base);
            }
            if (!overflow) return Value::integer(result);
        }
        if (!mpz_fits_ulong_p(e.v)) raise(&OverflowError, "exponent too large");
        Mpz x(a), r;
        mpz_pow_ui(r.v, x.v, mpz_get_ui(e.v));
        return int_from_mpz(r.v);
    }
    double x, y;
    if (!as_doubles(a, b, x, y)) unsupported(symbol, a, b);
    if (y == 0) return Value::floating(1.0);
    if (std::isnan(x)) return Value::floating(x == 1.0 ? 1.0 : x);
    if (x == 0 && y < 0) raise(&ZeroDivisionError, "0.0 cannot be raised to a negative power");
    if (x < 0 && std::isfinite(y) && y != std::floor(y))
        raise(&NotImplementedError, "py2cpp: complex results of ** are not supported yet");
    double r = std::pow(x, y);
    if (std::isinf(r) && std::isfinite(x) && std::isfinite(y))
        raise(&OverflowError, "(34, 'Numerical result out of range')");
    return Value::floating(r);
}

Value lshift(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__lshift__", "__rlshift__", r)) return r;
    if (!is_intlike(v.a) || !is_intlike(v.b)) unsupported(symbol, v.a, v.b);
    Mpz n(v.b);
    if (mpz_sgn(n.v) < 0) raise(&ValueError, "negative shift count");
    if (v.a.is_small_intlike() && v.a.as_small() == 0) return Value::integer(0);  // 0 << any count
    if (std::int64_t r; v.a.is_small_intlike() && v.b.is_small_intlike() && i64::lshift(v.a.as_small(), v.b.as_small(), r))
        return Value::integer(r);
    if (int128 x, r; v.b.is_small_intlike() && as_i128(v.a, x) && i128::lshift(x, v.b.as_small(), r))
        return int_from_i128(r);
    if (!mpz_fits_ulong_p(n.v)) raise(&OverflowError, "too many digits in integer");
    Mpz x(v.a), r;
    mpz_mul_2exp(r.v, x.v, mpz_get_ui(n.v));
    return int_from_mpz(r.v);
}

Value rshift(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__rshift__", "__rrshift__", r)) return r;
    if (!is_intlike(v.a) || !is_intlike(v.b)) unsupported(symbol, v.a, v.b);
    if (v.b.is_small_intlike() && v.b.as_small() >= 0) {
        // an int64 count: no mpz for it
        if (std::int64_t r; v.a.is_small_intlike() && i64::rshift(v.a.as_small(), v.b.as_small(), r))
            return Value::integer(r);
        if (int128 x, r; as_i128(v.a, x) && i128::rshift(x, v.b.as_small(), r)) return int_from_i128(r);
    }
    Mpz n(v.b);
    if (mpz_sgn(n.v) < 0) raise(&ValueError, "negative shift count");
    if (v.a.is_small_intlike()) {
        std::int64_t x = v.a.as_small(), r = x < 0 ? -1 : 0;  // a count beyond int64: every bit gone
        if (v.b.is_small_intlike()) i64::rshift(x, v.b.as_small(), r);  // (true: the count is not negative)
        return Value::integer(r);
    }
    Mpz x(v.a), r;
    mpz_fdiv_q_2exp(r.v, x.v, mpz_fits_ulong_p(n.v) ? mpz_get_ui(n.v) : ~0ul);
    return int_from_mpz(r.v);
}

namespace {
template <class Small, class Big>
Value bitwise(const Two& v, const char* op, Small small, Big big) {
    if (v.a.is_bool() && v.b.is_bool()) return Value::boolean(small(v.a.as_small(), v.b.as_small()) != 0);
    if (v.a.is_small_intlike() && v.b.is_small_intlike())
        return Value::integer(small(v.a.as_small(), v.b.as_small()));
    if (!is_intlike(v.a) || !is_intlike(v.b)) {
        if (Value r = set_operator(op[0], v.a, v.b); r.is_bound()) return r;
        unsupported(op, v.a, v.b);
    }
    if (int128 x, y; as_i128(v.a, x) && as_i128(v.b, y)) return int_from_i128(small(x, y));
    return big_op(v.a, v.b, big);
}
}  // namespace

Value bitand_(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__and__", "__rand__", r)) return r;
    return bitwise(v, symbol, [](auto x, auto y) { return x & y; }, mpz_and);
}
namespace {
bool is_dict(const Value& v) { return is_dict_layout(v); }  // a subclass's | gives a plain dict, as dict's does
}  // namespace

Value bitor_(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__or__", "__ror__", r)) return r;
    if (is_dict(v.a) && is_dict(v.b)) {
        // PEP 584: a copy of the left dict updated with the right one
        Value out = call_method_with_keywords("copy", v.a, nullptr, 0, KwArgs{});
        call_method_with_keywords("update", out, &v.b, 1, KwArgs{});
        return out;
    }
    if (Value r; union_operator(v.a, v.b, r)) return r;  // int | None
    return bitwise(v, symbol, [](auto x, auto y) { return x | y; }, mpz_ior);
}
Value bitxor(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__xor__", "__rxor__", r)) return r;
    return bitwise(v, symbol, [](auto x, auto y) { return x ^ y; }, mpz_xor);
}
Value matmul(const Two& v, const char* symbol) {
    if (Value r; dunder(v.a, v.b, "__matmul__", "__rmatmul__", r)) return r;
    unsupported(symbol, v.a, v.b);
}

Value neg(const Value& v) {
    if (v.is_small_intlike() && v.as_small() != INT64_MIN) return Value::integer(-v.as_small());
    if (v.is_float()) return Value::floating(-v.as_float());
    if (is_intlike(v)) {
        Mpz x(v);
        mpz_neg(x.v, x.v);
        return int_from_mpz(x.v);
    }
    return unary_dunder(v, "__neg__", "unary -");
}

Value pos(const Value& v) {
    if (v.is_bool()) return Value::integer(v.as_small());
    if (is_number(v)) return v;
    return unary_dunder(v, "__pos__", "unary +");
}

Value invert(const Value& v) {
    if (v.is_small_intlike()) return Value::integer(~v.as_small());
    if (is_intlike(v)) {
        Mpz x(v);
        mpz_com(x.v, x.v);
        return int_from_mpz(x.v);
    }
    return unary_dunder(v, "__invert__", "unary ~");
}

}  // namespace py
