// Runtime — the math module, with CPython 3.11's results and errors: the libm functions behind CPython's
// domain and range checks (ValueError "math domain error", OverflowError "math range error"), the integer
// functions exact on big ints through GMP, and fsum's exact summation.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <vector>

#include "internal.h"

namespace py {

namespace {

[[noreturn]] void domain_error() { raise(&ValueError, "math domain error"); }
[[noreturn]] void range_error() { raise(&OverflowError, "math range error"); }

void expect_args(const char* name, std::size_t n, std::size_t want) { expect_method_args("math", name, n, want, want); }

}  // namespace

// A real number as a double (PyFloat_AsDouble): ints convert exactly or raise OverflowError.
double real_value(const Value& v) {
    if (v.is_float()) return v.as_float();
    if (is_intlike(v)) return int_to_double(v);
    if (Value r; call_special(v, "__float__", {}, r)) {
        if (!r.is_float())
            raise(&TypeError, std::string(type_name(v)) + ".__float__ returned non-float (type " + type_name(r) + ")");
        return r.as_float();
    }
    raise(&TypeError, std::string("must be real number, not ") + type_name(v));
}

namespace {

// An int argument of the integer functions (operator.index): bools count, floats do not.
const Value& to_int(const Value& v) {
    if (is_intlike(v)) return v;
    raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

Value int_result(Mpz& z) { return int_from_mpz(z.v); }

// CPython's math_1: f(x) with the domain and range checks. `can_overflow`: an infinite result from a finite
// argument is an OverflowError (exp, cosh, ...) rather than a domain error (log(0), atanh(1), ...).
Value real_function(const Value* args, std::size_t n, const char* name, double (*f)(double), bool can_overflow) {
    expect_args(name, n, 1);
    double x = real_value(args[0]);
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error();
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error();
        domain_error();
    }
    return Value::floating(r);
}

#define PY2CPP_REAL(name, f, overflow) \
    Value math_##name(const Value* args, std::size_t n) { return real_function(args, n, #name, f, overflow); }
PY2CPP_REAL(acos, ::acos, false)
PY2CPP_REAL(acosh, ::acosh, false)
PY2CPP_REAL(asin, ::asin, false)
PY2CPP_REAL(asinh, ::asinh, false)
PY2CPP_REAL(atan, ::atan, false)
PY2CPP_REAL(atanh, ::atanh, false)
PY2CPP_REAL(cbrt, ::cbrt, false)
PY2CPP_REAL(cos, ::cos, false)
PY2CPP_REAL(cosh, ::cosh, true)
PY2CPP_REAL(erf, ::erf, false)
PY2CPP_REAL(erfc, ::erfc, false)
PY2CPP_REAL(exp, ::exp, true)
PY2CPP_REAL(exp2, ::exp2, true)
PY2CPP_REAL(expm1, ::expm1, true)
PY2CPP_REAL(fabs, ::fabs, false)
PY2CPP_REAL(log1p, ::log1p, false)
PY2CPP_REAL(sin, ::sin, false)
PY2CPP_REAL(sinh, ::sinh, true)
PY2CPP_REAL(sqrt, ::sqrt, false)
PY2CPP_REAL(tan, ::tan, false)
PY2CPP_REAL(tanh, ::tanh, false)
#undef PY2CPP_REAL

Value math_degrees(const Value* args, std::size_t n) {
    expect_args("degrees", n, 1);
    return Value::floating(real_value(args[0]) * (180.0 / M_PI));
}
Value math_radians(const Value* args, std::size_t n) {
    expect_args("radians", n, 1);
    return Value::floating(real_value(args[0]) * (M_PI / 180.0));
}

// gamma and lgamma: poles at zero and the negative integers are domain errors.
Value math_gamma(const Value* args, std::size_t n) {
    expect_args("gamma", n, 1);
    double x = real_value(args[0]);
    if (std::isnan(x)) return Value::floating(x);
    if (std::isinf(x)) {
        if (x < 0) domain_error();
        return Value::floating(x);
    }
    if (x <= 0 && x == std::floor(x)) domain_error();
    double r = std::tgamma(x);
    if (std::isinf(r)) range_error();
    return Value::floating(r);
}
Value math_lgamma(const Value* args, std::size_t n) {
    expect_args("lgamma", n, 1);
    double x = real_value(args[0]);
    if (!std::isfinite(x)) return Value::floating(std::fabs(x));  // nan stays nan, both infinities give inf
    if (x <= 0 && x == std::floor(x)) domain_error();
    double r = std::lgamma(x);
    if (std::isinf(r)) range_error();
    return Value::floating(r);
}

// log of a positive int of any size: exact for huge ints through mantissa and exponent (CPython's loghelper).
double log_of(const Value& v, double (*f)(double)) {
    if (is_intlike(v)) {
        if (compare(v, Value::integer(0), CmpOp::Le)) domain_error();
        if (is_bigint(v)) {
            Mpz z(v);
            long e = 0;
            double m = mpz_get_d_2exp(&e, z.v);  // v = m * 2**e, 0.5 <= m < 1
            return f(m) + static_cast<double>(e) * f(2.0);
        }
        return f(static_cast<double>(v.as_small()));
    }
    double x = real_value(v);
    if (std::isnan(x)) return x;
    if (x <= 0) domain_error();
    return f(x);
}

Value math_log(const Value* args, std::size_t n) {
    if (n < 1 || n > 2) raise(&TypeError, "math.log requires 1 to 2 arguments");  // its own wording
    double num = log_of(args[0], ::log);
    if (n == 1) return Value::floating(num);
    double den = log_of(args[1], ::log);
    if (den == 0) raise(&ZeroDivisionError, "float division by zero");
    return Value::floating(num / den);
}
Value math_log2(const Value* args, std::size_t n) {
    expect_args("log2", n, 1);
    return Value::floating(log_of(args[0], ::log2));
}
Value math_log10(const Value* args, std::size_t n) {
    expect_args("log10", n, 1);
    return Value::floating(log_of(args[0], ::log10));
}

// floor, ceil and trunc give ints; a class may define __floor__/__ceil__/__trunc__.
Value rounding(const Value* args, std::size_t n, const char* name, const char* dunder, double (*f)(double)) {
    expect_args(name, n, 1);
    const Value& x = args[0];
    if (x.is_bool()) return Value::integer(x.as_small());
    if (is_intlike(x)) return x;
    if (Value r; !x.is_float() && call_special(x, dunder, {}, r)) return r;
    return float_to_int(f(real_value(x)));
}
Value math_floor(const Value* args, std::size_t n) { return rounding(args, n, "floor", "__floor__", ::floor); }
Value math_ceil(const Value* args, std::size_t n) { return rounding(args, n, "ceil", "__ceil__", ::ceil); }
Value math_trunc(const Value* args, std::size_t n) {
    expect_args("trunc", n, 1);
    const Value& x = args[0];
    if (x.is_float()) return float_to_int(x.as_float());
    if (x.is_bool()) return Value::integer(x.as_small());
    if (is_intlike(x)) return x;
    if (Value r; call_special(x, "__trunc__", {}, r)) return r;
    raise(&TypeError, std::string("type ") + type_name(x) + " doesn't define __trunc__ method");
}

// Two-argument real functions.
Value math_atan2(const Value* args, std::size_t n) {
    expect_args("atan2", n, 2);
    return Value::floating(std::atan2(real_value(args[0]), real_value(args[1])));
}
Value math_copysign(const Value* args, std::size_t n) {
    expect_args("copysign", n, 2);
    return Value::floating(std::copysign(real_value(args[0]), real_value(args[1])));
}
Value math_fmod(const Value* args, std::size_t n) {
    expect_args("fmod", n, 2);
    double x = real_value(args[0]), y = real_value(args[1]);
    if (std::isinf(y) && std::isfinite(x)) return Value::floating(x);
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
    return Value::floating(r);
}
Value math_remainder(const Value* args, std::size_t n) {
    expect_args("remainder", n, 2);
    double x = real_value(args[0]), y = real_value(args[1]);
    if (std::isnan(x) || std::isnan(y)) return Value::floating(std::isnan(x) ? x : y);
    if (std::isinf(x) || y == 0) domain_error();
    if (std::isinf(y)) return Value::floating(x);
    return Value::floating(std::remainder(x, y));
}
Value math_pow(const Value* args, std::size_t n) {
    expect_args("pow", n, 2);
    double x = real_value(args[0]), y = real_value(args[1]);
    // C99's special cases are Python's, except that CPython raises where C gives an infinity or NaN
    // from finite operands
    if (x == 0 && y < 0 && std::isfinite(y)) domain_error();
    double r = std::pow(x, y);
    if (std::isfinite(x) && std::isfinite(y)) {
        if (std::isnan(r)) domain_error();
        if (std::isinf(r)) range_error();
    }
    return Value::floating(r);
}
Value math_ldexp(const Value* args, std::size_t n) {
    expect_args("ldexp", n, 2);
    double x = real_value(args[0]);
    if (args[1].is_float()) raise(&TypeError, "Expected an int as second argument to ldexp.");
    const Value& e = to_int(args[1]);
    if (x == 0 || !std::isfinite(x)) return Value::floating(x);
    long exp;
    if (is_bigint(e))
        exp = compare(e, Value::integer(0), CmpOp::Lt) ? LONG_MIN : LONG_MAX;
    else
        exp = static_cast<long>(std::clamp<std::int64_t>(e.as_small(), INT_MIN, INT_MAX));
    double r = std::ldexp(x, static_cast<int>(std::clamp<long>(exp, INT_MIN, INT_MAX)));
    if (std::isinf(r)) range_error();
    return Value::floating(r);
}
Value math_nextafter(const Value* args, std::size_t n) {
    expect_args("nextafter", n, 2);
    return Value::floating(std::nextafter(real_value(args[0]), real_value(args[1])));
}
Value math_ulp(const Value* args, std::size_t n) {
    expect_args("ulp", n, 1);
    double x = std::fabs(real_value(args[0]));
    if (std::isnan(x) || std::isinf(x)) return Value::floating(x);
    double next = std::nextafter(x, INFINITY);
    if (std::isinf(next)) return Value::floating(x - std::nextafter(x, -INFINITY));  // the largest float
    return Value::floating(next - x);
}

Value pair(Value a, Value b) { return Value::object(Tuple::make(std::vector<Value>{std::move(a), std::move(b)})); }

Value math_frexp(const Value* args, std::size_t n) {
    expect_args("frexp", n, 1);
    double x = real_value(args[0]);
    if (x == 0 || !std::isfinite(x)) return pair(Value::floating(x), Value::integer(0));
    int e = 0;
    double m = std::frexp(x, &e);
    return pair(Value::floating(m), Value::integer(e));
}
Value math_modf(const Value* args, std::size_t n) {
    expect_args("modf", n, 1);
    double x = real_value(args[0]);
    if (std::isinf(x)) return pair(Value::floating(std::copysign(0.0, x)), Value::floating(x));
    double whole = 0;
    double frac = std::modf(x, &whole);
    return pair(Value::floating(frac), Value::floating(whole));
}

Value predicate(const Value* args, std::size_t n, const char* name, bool (*p)(double)) {
    expect_args(name, n, 1);
    return Value::boolean(p(real_value(args[0])));
}
Value math_isfinite(const Value* args, std::size_t n) {
    return predicate(args, n, "isfinite", [](double x) { return static_cast<bool>(std::isfinite(x)); });
}
Value math_isinf(const Value* args, std::size_t n) {
    return predicate(args, n, "isinf", [](double x) { return static_cast<bool>(std::isinf(x)); });
}
Value math_isnan(const Value* args, std::size_t n) {
    return predicate(args, n, "isnan", [](double x) { return static_cast<bool>(std::isnan(x)); });
}

// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
Value math_isclose(const Value* args, std::size_t n, Keywords& kw) {
    Value a = kw.positional_or(args, n, 0, "a", "isclose");
    Value b = kw.positional_or(args, n, 1, "b", "isclose");
    if (n > 2) raise(&TypeError, "isclose() takes exactly 2 positional arguments (" + std::to_string(n) + " given)");
    Value rel = kw.take("rel_tol"), abs_tol = kw.take("abs_tol");
    kw.finish("isclose");
    double x = real_value(a), y = real_value(b);
    double rt = rel.is_bound() ? real_value(rel) : 1e-09;
    double at = abs_tol.is_bound() ? real_value(abs_tol) : 0.0;
    if (rt < 0 || at < 0) raise(&ValueError, "tolerances must be non-negative");
    if (x == y) return Value::boolean(true);
    if (std::isinf(x) || std::isinf(y)) return Value::boolean(false);
    double diff = std::fabs(y - x);
    return Value::boolean((diff <= std::fabs(rt * y) || diff <= std::fabs(rt * x)) || diff <= at);
}

// hypot(*coordinates) and dist(p, q), rounded as CPython 3.11 rounds them: the magnitudes are scaled by a
// power of two near the largest, their squares summed exactly (a product's error term from fma, a sum's
// from the fast two-sum) around a running sum that starts at 1.0, and the square root gets one Newton
// correction from the residual.
double vector_norm(std::vector<double> v) {
    double max = 0;
    bool nan = false;
    for (double x : v) {
        if (std::isinf(x)) return INFINITY;
        if (std::isnan(x)) nan = true;
        max = std::max(max, x);
    }
    if (nan) return NAN;
    if (max == 0 || v.size() <= 1) return max;
    int max_e = 0;
    std::frexp(max, &max_e);
    if (max_e < -1023) {  // 2**-max_e would overflow: bring subnormal inputs up first
        for (double& x : v) x /= DBL_MIN;
        return DBL_MIN * vector_norm(std::move(v));
    }
    double scale = std::ldexp(1.0, -max_e);
    double sum = 1.0, square_errors = 0.0, sum_errors = 0.0;
    auto accumulate = [&](double square, double square_error) {
        double total = sum + square;
        sum_errors += (sum - total) + square;  // exact since |sum| >= |square|
        sum = total;
        square_errors += square_error;
    };
    for (double x : v) {
        x *= scale;
        double square = x * x;
        accumulate(square, std::fma(x, x, -square));
    }
    double h = std::sqrt(sum - 1.0 + (square_errors + sum_errors));
    double minus_square = -h * h;
    accumulate(minus_square, std::fma(-h, h, -minus_square));
    double residual = sum - 1.0 + (square_errors + sum_errors);
    h += residual / (2.0 * h);
    return h / scale;
}
Value math_hypot(const Value* args, std::size_t n) {
    std::vector<double> v;
    for (std::size_t i = 0; i < n; ++i) v.push_back(std::fabs(real_value(args[i])));
    return Value::floating(vector_norm(std::move(v)));
}
std::vector<Value> items_of(const Value& v) {
    std::vector<Value> out;
    ForIter it(v);
    for (Value x; it.next(x);) out.push_back(x);
    return out;
}
Value math_dist(const Value* args, std::size_t n) {
    expect_args("dist", n, 2);
    for (std::size_t i = 0; i < 2; ++i)
        if (!has_type(args[i], &tuple_type) && !has_type(args[i], &list_type))
            raise(&TypeError, std::string("dist(): argument ") + (i == 0 ? "1" : "2") + " must be tuple, not " + type_name(args[i]));
    std::vector<Value> p = items_of(args[0]), q = items_of(args[1]);
    if (p.size() != q.size()) raise(&ValueError, "both points must have the same number of dimensions");
    std::vector<double> d;
    for (std::size_t i = 0; i < p.size(); ++i) d.push_back(std::fabs(real_value(p[i]) - real_value(q[i])));
    return Value::floating(vector_norm(std::move(d)));
}

// fsum: Shewchuk's exact partial sums, rounded once at the end (CPython's msum), with its handling of
// infinities and NaNs.
Value math_fsum(const Value* args, std::size_t n) {
    expect_args("fsum", n, 1);
    std::vector<double> partials;
    double special = 0, inf_sum = 0;
    ForIter it(args[0]);
    for (Value item; it.next(item);) {
        double x = real_value(item);
        double original = x;
        std::size_t kept = 0;
        for (double y : partials) {
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            double hi = x + y;
            double lo = y - (hi - x);
            if (lo != 0.0) partials[kept++] = lo;
            x = hi;
        }
        partials.resize(kept);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // an infinity or NaN in the input is summed on the side; an infinite partial from finite
                // inputs is an overflow
                if (std::isfinite(original)) raise(&OverflowError, "intermediate overflow in fsum");
                if (std::isinf(original)) inf_sum += original;
                special += original;
                partials.clear();
            } else {
                partials.push_back(x);
            }
        }
    }
    if (special != 0.0) {
        if (std::isnan(inf_sum)) raise(&ValueError, "-inf + inf in fsum");
        return Value::floating(special);
    }
    double hi = 0.0;
    std::size_t i = partials.size();
    if (i > 0) {
        hi = partials[--i];
        double lo = 0.0;
        while (i > 0) {
            double x = hi, y = partials[--i];
            hi = x + y;
            double yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // round half to even correctly: the sum of the rest decides a tie
        if (i > 0 && ((lo < 0.0 && partials[i - 1] < 0.0) || (lo > 0.0 && partials[i - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) hi = x;
        }
    }
    return Value::floating(hi);
}

// prod(iterable, *, start=1): the generic `*`, so ints stay exact and classes' __mul__ apply.
Value math_prod(const Value* args, std::size_t n, Keywords& kw) {
    if (n != 1) raise(&TypeError, "prod() takes exactly 1 positional argument (" + std::to_string(n) + " given)");
    Value start = kw.take("start");
    kw.finish("prod");
    Value result = start.is_bound() ? start : Value::integer(1);
    ForIter it(args[0]);
    for (Value item; it.next(item);) result = mul({result, item});
    return result;
}

// ---- the integer functions, exact through GMP

Value math_factorial(const Value* args, std::size_t n) {
    expect_args("factorial", n, 1);
    if (args[0].is_float()) raise(&TypeError, "'float' object cannot be interpreted as an integer");
    const Value& x = to_int(args[0]);
    if (compare(x, Value::integer(0), CmpOp::Lt)) raise(&ValueError, "factorial() not defined for negative values");
    if (is_bigint(x) || x.as_small() > LONG_MAX)
        raise(&OverflowError, "factorial() argument should not exceed " + std::to_string(LONG_MAX));
    Mpz z;
    mpz_fac_ui(z.v, static_cast<unsigned long>(x.as_small()));
    return int_result(z);
}

Value math_isqrt(const Value* args, std::size_t n) {
    expect_args("isqrt", n, 1);
    Mpz z(to_int(args[0]));
    if (mpz_sgn(z.v) < 0) raise(&ValueError, "isqrt() argument must be nonnegative");
    mpz_sqrt(z.v, z.v);
    return int_result(z);
}

Value math_gcd(const Value* args, std::size_t n) {
    Mpz g;
    for (std::size_t i = 0; i < n; ++i) {
        Mpz x(to_int(args[i]));
        mpz_gcd(g.v, g.v, x.v);
    }
    return int_result(g);
}

Value math_lcm(const Value* args, std::size_t n) {
    Mpz l;
    mpz_set_ui(l.v, 1);
    for (std::size_t i = 0; i < n; ++i) {
        Mpz x(to_int(args[i]));
        mpz_lcm(l.v, l.v, x.v);
    }
    return int_result(l);
}

// comb and perm: k above n gives 0; n and k must be non-negative; k must fit a machine word.
unsigned long comb_perm_args(const char* name, const Value* args, Mpz& nz) {
    mpz_set(nz.v, Mpz(to_int(args[0])).v);
    Mpz kz(to_int(args[1]));
    if (mpz_sgn(nz.v) < 0) raise(&ValueError, "n must be a non-negative integer");
    if (mpz_sgn(kz.v) < 0) raise(&ValueError, "k must be a non-negative integer");
    if (!mpz_fits_ulong_p(kz.v)) {
        if (mpz_cmp(kz.v, nz.v) > 0) return ULONG_MAX;  // k > n: the result is 0
        raise(&OverflowError, std::string(name) + "() k must not exceed " + std::to_string(LONG_MAX));
    }
    return mpz_get_ui(kz.v);
}

Value math_comb(const Value* args, std::size_t n) {
    expect_args("comb", n, 2);
    Mpz nz, r;
    unsigned long k = comb_perm_args("comb", args, nz);
    if (k == ULONG_MAX || mpz_cmp_ui(nz.v, k) < 0) return Value::integer(0);
    mpz_bin_ui(r.v, nz.v, k);
    return int_result(r);
}

Value math_perm(const Value* args, std::size_t n) {
    check_positional("perm", n, 1, 2);
    if (n == 1 || args[1].is_none()) {  // perm(n) is n!
        const Value& x = to_int(args[0]);
        if (compare(x, Value::integer(0), CmpOp::Lt)) raise(&ValueError, "n must be a non-negative integer");
        Value one[1] = {x};
        return math_factorial(one, 1);
    }
    Mpz nz, r;
    unsigned long k = comb_perm_args("perm", args, nz);
    if (k == ULONG_MAX || mpz_cmp_ui(nz.v, k) < 0) return Value::integer(0);
    mpz_set_ui(r.v, 1);
    Mpz factor;
    for (unsigned long i = 0; i < k; ++i) {  // n * (n-1) * ... * (n-k+1)
        mpz_sub_ui(factor.v, nz.v, i);
        mpz_mul(r.v, r.v, factor.v);
    }
    return int_result(r);
}

}  // namespace

Value make_math() {
    Value module = Value::object(new Module("math"));
    module_attribute(module, "pi", Value::floating(M_PI));
    module_attribute(module, "e", Value::floating(M_E));
    module_attribute(module, "tau", Value::floating(2 * M_PI));
    module_attribute(module, "inf", Value::floating(INFINITY));
    module_attribute(module, "nan", Value::floating(NAN));
    module_function(module, "acos", math_acos);
    module_function(module, "acosh", math_acosh);
    module_function(module, "asin", math_asin);
    module_function(module, "asinh", math_asinh);
    module_function(module, "atan", math_atan);
    module_function(module, "atan2", math_atan2);
    module_function(module, "atanh", math_atanh);
    module_function(module, "cbrt", math_cbrt);
    module_function(module, "ceil", math_ceil);
    module_function(module, "comb", math_comb);
    module_function(module, "copysign", math_copysign);
    module_function(module, "cos", math_cos);
    module_function(module, "cosh", math_cosh);
    module_function(module, "degrees", math_degrees);
    module_function(module, "dist", math_dist);
    module_function(module, "erf", math_erf);
    module_function(module, "erfc", math_erfc);
    module_function(module, "exp", math_exp);
    module_function(module, "exp2", math_exp2);
    module_function(module, "expm1", math_expm1);
    module_function(module, "fabs", math_fabs);
    module_function(module, "factorial", math_factorial);
    module_function(module, "floor", math_floor);
    module_function(module, "fmod", math_fmod);
    module_function(module, "frexp", math_frexp);
    module_function(module, "fsum", math_fsum);
    module_function(module, "gamma", math_gamma);
    module_function(module, "gcd", math_gcd);
    module_function(module, "hypot", math_hypot);
    module_function(module, "isclose", math_isclose);
    module_function(module, "isfinite", math_isfinite);
    module_function(module, "isinf", math_isinf);
    module_function(module, "isnan", math_isnan);
    module_function(module, "isqrt", math_isqrt);
    module_function(module, "lcm", math_lcm);
    module_function(module, "ldexp", math_ldexp);
    module_function(module, "lgamma", math_lgamma);
    module_function(module, "log", math_log);
    module_function(module, "log10", math_log10);
    module_function(module, "log1p", math_log1p);
    module_function(module, "log2", math_log2);
    module_function(module, "modf", math_modf);
    module_function(module, "nextafter", math_nextafter);
    module_function(module, "perm", math_perm);
    module_function(module, "pow", math_pow);
    module_function(module, "prod", math_prod);
    module_function(module, "radians", math_radians);
    module_function(module, "remainder", math_remainder);
    module_function(module, "sin", math_sin);
    module_function(module, "sinh", math_sinh);
    module_function(module, "sqrt", math_sqrt);
    module_function(module, "tan", math_tan);
    module_function(module, "tanh", math_tanh);
    module_function(module, "trunc", math_trunc);
    module_function(module, "ulp", math_ulp);
    return module;
}

}  // namespace py
