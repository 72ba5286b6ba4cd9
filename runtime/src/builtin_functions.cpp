// Runtime — builtins beyond the first slice: round, pow, hash, input, bin/oct/hex, map, filter and the slice type.
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "internal.h"

namespace py {

namespace {

[[noreturn]] void not_an_integer(const Value& v) {
    raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

// round(x, n) for a float: CPython rounds the exact binary value to n decimal places, ties to even, and reads
// the decimal result back (double_round in floatobject.c). printf's %.*f rounds the same way for n >= 0;
// for n < 0 the exact value is rounded to a multiple of 10**-n with GMP, an int that converts exactly as
// strtod would (one correct rounding).
double round_float(double x, std::int64_t ndigits) {
    if (!std::isfinite(x) || x == 0.0) return x;
    if (ndigits > 323) return x;                    // more digits than a double has
    if (ndigits < -308) return std::copysign(0.0, x);  // rounds to zero at any magnitude a double can have
    double result;
    if (ndigits >= 0) {
        int n = std::snprintf(nullptr, 0, "%.*f", static_cast<int>(ndigits), x);
        std::string text(static_cast<std::size_t>(n) + 1, '\0');
        std::snprintf(text.data(), text.size(), "%.*f", static_cast<int>(ndigits), x);
        result = std::strtod(text.c_str(), nullptr);
    } else {
        // x = mantissa * 2**exp exactly; q = x / 10**k rounded half to even; the result is q * 10**k
        Mpz num, den, q, r, twice;
        int exp = 0;
        double m = std::frexp(std::fabs(x), &exp);
        mpz_set_d(num.v, std::ldexp(m, 53));
        exp -= 53;
        mpz_ui_pow_ui(den.v, 10, static_cast<unsigned long>(-ndigits));
        if (exp >= 0)
            mpz_mul_2exp(num.v, num.v, static_cast<mp_bitcnt_t>(exp));
        else
            mpz_mul_2exp(den.v, den.v, static_cast<mp_bitcnt_t>(-exp));
        mpz_fdiv_qr(q.v, r.v, num.v, den.v);
        mpz_mul_2exp(twice.v, r.v, 1);
        int c = mpz_cmp(twice.v, den.v);
        if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
        Mpz scale;
        mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(-ndigits));
        mpz_mul(q.v, q.v, scale.v);
        Value rounded = int_from_mpz(q.v);
        result = int_to_double(rounded);
    }
    return std::copysign(result, x);  // keeps the sign of a result that rounds to zero, as CPython does
}

// round(i, n) for an int and n < 0: the nearest multiple of 10**-n, ties to even.
Value round_int(const Value& i, std::int64_t ndigits) {
    if (ndigits >= 0) return i.is_bool() ? Value::integer(i.as_small()) : i;
    Mpz x(i), scale, q, r, twice;
    mpz_ui_pow_ui(scale.v, 10, static_cast<unsigned long>(std::min<std::int64_t>(-ndigits, 1 << 20)));
    mpz_fdiv_qr(q.v, r.v, x.v, scale.v);
    mpz_mul_2exp(twice.v, r.v, 1);
    int c = mpz_cmp(twice.v, scale.v);
    if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
    mpz_mul(q.v, q.v, scale.v);
    return int_from_mpz(q.v);
}

}  // namespace

Value bi_round(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("round", n, 2);
    Value number = kw.positional_or(args, n, 0, "number", "round");
    Value ndigits = kw.positional_or(args, n, 1, "ndigits", "round");
    kw.finish("round");
    if (n > 2) raise(&TypeError, "round() takes at most 2 arguments (" + std::to_string(n) + " given)");
    Keywords::require(number, "round", "number", 1);
    bool whole = ndigits.is_unbound() || ndigits.is_none();
    if (!whole && !is_intlike(ndigits)) not_an_integer(ndigits);
    std::int64_t places = 0;
    if (!whole) {
        if (ndigits.is_small_intlike())
            places = ndigits.as_small();
        else
            places = compare(ndigits, Value::integer(0), CmpOp::Lt) ? INT64_MIN / 2 : INT64_MAX / 2;
    }
    if (number.is_float()) {
        double x = number.as_float();
        if (whole) return float_to_int(std::nearbyint(x));  // the default rounding mode: ties to even
        return Value::floating(round_float(x, places));
    }
    if (is_intlike(number)) {
        if (whole) return number.is_bool() ? Value::integer(number.as_small()) : number;
        return round_int(number, places);
    }
    raise(&TypeError, std::string("type ") + type_name(number) + " doesn't define __round__ method");
}

Value bi_pow(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("pow", n, 3);
    Value base = kw.positional_or(args, n, 0, "base", "pow");
    Value exp = kw.positional_or(args, n, 1, "exp", "pow");
    Value mod = kw.positional_or(args, n, 2, "mod", "pow");
    kw.finish("pow");
    check_positional("pow", n, 0, 3);
    Keywords::require(base, "pow", "base", 1);
    Keywords::require(exp, "pow", "exp", 2);
    if (mod.is_unbound() || mod.is_none()) return pow({base, exp});
    if (!is_intlike(base) || !is_intlike(exp) || !is_intlike(mod)) {
        if (is_number(base) && is_number(exp) && is_number(mod))
            raise(&TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
        raise(&TypeError, std::string("unsupported operand type(s) for ** or pow(): '") + type_name(base) + "', '" +
                              type_name(exp) + "', '" + type_name(mod) + "'");
    }
    Mpz b(base), e(exp), m(mod), r;
    if (mpz_sgn(m.v) == 0) raise(&ValueError, "pow() 3rd argument cannot be 0");
    Mpz mag;
    mpz_abs(mag.v, m.v);
    if (mpz_sgn(e.v) < 0) {
        // a negative exponent uses the inverse of the base modulo m (Python 3.8+)
        if (mpz_invert(b.v, b.v, mag.v) == 0) raise(&ValueError, "base is not invertible for the given modulus");
        mpz_neg(e.v, e.v);
    }
    mpz_powm(r.v, b.v, e.v, mag.v);  // in [0, |m|)
    if (mpz_sgn(m.v) < 0 && mpz_sgn(r.v) != 0) mpz_add(r.v, r.v, m.v);  // the result takes the modulus's sign
    return int_from_mpz(r.v);
}

std::int64_t python_hash(const Value& v) { return static_cast<std::int64_t>(hash(v)); }

Value bi_hash(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "hash() takes exactly one argument (" + std::to_string(n) + " given)");
    return Value::integer(python_hash(args[0]));
}

// input([prompt]): the prompt to stdout, then one line of stdin without its newline.
Value bi_input(const Value* args, std::size_t n) {
    check_positional("input", n, 0, 1);
    if (n == 1) {
        std::string prompt = to_str(args[0]);
        std::fwrite(prompt.data(), 1, prompt.size(), stdout);
    }
    std::fflush(stdout);
    std::string line;
    int c;
    while ((c = std::getchar()) != EOF && c != '\n') line += static_cast<char>(c);
    if (c == EOF && line.empty()) raise(&EOFError, "EOF when reading a line");
    return new_str(std::move(line));
}

namespace {

Value int_in_base(const Value* args, std::size_t n, const char* name, int base, const char* prefix) {
    if (n != 1) raise(&TypeError, std::string(name) + "() takes exactly one argument (" + std::to_string(n) + " given)");
    const Value& x = args[0];
    if (!is_intlike(x)) not_an_integer(x);
    Mpz z(x);
    bool negative = mpz_sgn(z.v) < 0;
    mpz_abs(z.v, z.v);
    std::string digits(mpz_sizeinbase(z.v, base) + 2, '\0');
    mpz_get_str(digits.data(), base, z.v);
    digits.resize(std::char_traits<char>::length(digits.c_str()));
    return new_str((negative ? "-" : "") + std::string(prefix) + digits);
}

}  // namespace

Value bi_bin(const Value* args, std::size_t n) { return int_in_base(args, n, "bin", 2, "0b"); }
Value bi_oct(const Value* args, std::size_t n) { return int_in_base(args, n, "oct", 8, "0o"); }
Value bi_hex(const Value* args, std::size_t n) { return int_in_base(args, n, "hex", 16, "0x"); }

// ---- map and filter: lazy iterators, as in Python 3

namespace {

Type map_type("map", &object_type, nullptr, true);
Type filter_type("filter", &object_type, nullptr, true);

struct MapObject : Iterator {
    Value function;
    std::vector<ForIter> sources;
    explicit MapObject(Value f) : Iterator(&map_type), function(std::move(f)) {}
    bool next(Value& out) override {
        std::vector<Value> args(sources.size());
        for (std::size_t i = 0; i < sources.size(); ++i)
            if (!sources[i].next(args[i])) return false;  // stops at the shortest
        out = call_n(function, args.data(), args.size());
        return true;
    }
};

struct FilterObject : Iterator {
    Value predicate;  // None: the items' own truth
    ForIter source;
    FilterObject(Value p, const Value& iterable) : Iterator(&filter_type), predicate(std::move(p)), source(iterable) {}
    bool next(Value& out) override {
        for (Value x; source.next(x);) {
            bool keep = predicate.is_none() ? truthy(x) : truthy(call({predicate, x}));
            if (keep) {
                out = std::move(x);
                return true;
            }
        }
        return false;
    }
};

}  // namespace

Value bi_map(const Value* args, std::size_t n) {
    if (n < 2) raise(&TypeError, "map() must have at least two arguments.");
    auto* m = new MapObject(args[0]);
    Value result = Value::object(m);
    for (std::size_t i = 1; i < n; ++i) m->sources.emplace_back(args[i]);
    return result;
}

Value bi_filter(const Value* args, std::size_t n) {
    check_positional("filter", n, 2, 2);
    return Value::object(new FilterObject(args[0], args[1]));
}

// ---- slice(stop), slice(start, stop[, step])

Value construct_slice(Type*, const Value* args, std::size_t n) {
    check_positional("slice", n, 1, 3);
    if (n == 1) return Value::object(new SliceObject(Value::none(), args[0], Value::none()));
    return Value::object(new SliceObject(args[0], args[1], n == 3 ? args[2] : Value::none()));
}

Type slice_type("slice", &object_type, construct_slice);

}  // namespace py
