// Runtime — the random module: CPython's Mersenne Twister and the same derivations from it, so a seeded
// program draws the same numbers as under CPython (random, getrandbits, randrange/randint, choice, shuffle,
// sample, choices, uniform, gauss).
#include <sys/random.h>

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <ctime>
#include <vector>

#include "internal.h"

namespace py {

namespace {

// MT19937, the 32-bit generator of Matsumoto and Nishimura, with their init_genrand/init_by_array seeding.
class MersenneTwister {
public:
    void seed_by_array(const std::vector<std::uint32_t>& key) {
        seed_word(19650218u);
        std::size_t i = 1, j = 0;
        for (std::size_t k = std::max<std::size_t>(kN, key.size()); k > 0; --k) {
            state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1664525u)) + key[j] +
                        static_cast<std::uint32_t>(j);
            if (++i >= kN) {
                state_[0] = state_[kN - 1];
                i = 1;
            }
            if (++j >= key.size()) j = 0;
        }
        for (std::size_t k = kN - 1; k > 0; --k) {
            state_[i] = (state_[i] ^ ((state_[i - 1] ^ (state_[i - 1] >> 30)) * 1566083941u)) -
                        static_cast<std::uint32_t>(i);
            if (++i >= kN) {
                state_[0] = state_[kN - 1];
                i = 1;
            }
        }
        state_[0] = 0x80000000u;  // a non-zero initial state is assured
    }

    std::uint32_t next() {
        if (index_ >= kN) refill();
        std::uint32_t y = state_[index_++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        return y ^ (y >> 18);
    }

private:
    static constexpr std::size_t kN = 624, kM = 397;

    void seed_word(std::uint32_t s) {
        state_[0] = s;
        for (std::size_t i = 1; i < kN; ++i)
            state_[i] = 1812433253u * (state_[i - 1] ^ (state_[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
        index_ = kN;
    }

    void refill() {
        auto twist = [&](std::size_t i, std::size_t next, std::size_t far) {
            std::uint32_t y = (state_[i] & 0x80000000u) | (state_[next] & 0x7fffffffu);
            state_[i] = state_[far] ^ (y >> 1) ^ ((y & 1u) ? 0x9908b0dfu : 0u);
        };
        for (std::size_t i = 0; i < kN; ++i) twist(i, (i + 1) % kN, (i + kM) % kN);
        index_ = 0;
    }

    std::uint32_t state_[kN];
    std::size_t index_ = kN;
};

MersenneTwister& generator() {
    static MersenneTwister g;
    return g;
}

constexpr std::size_t kEntropyWords = 624;  // seed() without a seed: as many random words as the state has

Value g_gauss_next;  // gauss() makes two values at a time; seed() forgets the spare

double random_double() {
    std::uint32_t a = generator().next() >> 5, b = generator().next() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k): 32-bit words from the least significant up; the last one keeps its top bits.
Value random_bits(std::uint64_t k) {
    if (k <= 32) return Value::integer(k == 0 ? 0 : generator().next() >> (32 - k));
    if (k <= 63) {
        std::uint64_t low = generator().next();
        std::uint64_t high = generator().next() >> (64 - k);
        return Value::integer(static_cast<std::int64_t>(low | (high << 32)));
    }
    std::vector<std::uint32_t> words;
    for (std::uint64_t left = k; left > 0; left = left > 32 ? left - 32 : 0) {
        std::uint32_t r = generator().next();
        if (left < 32) r >>= 32 - left;
        words.push_back(r);
    }
    Mpz z;
    mpz_import(z.v, words.size(), -1, sizeof(std::uint32_t), 0, 0, words.data());
    return int_from_mpz(z.v);
}

std::uint64_t bit_length(const Value& n) {
    if (n.is_small_intlike()) {
        std::uint64_t m = static_cast<std::uint64_t>(n.as_small());
        return m == 0 ? 0 : 64 - static_cast<std::uint64_t>(__builtin_clzll(m));
    }
    return mpz_sizeinbase(Mpz(n).v, 2);
}

// A uniform int in [0, n) for n > 0: getrandbits of n's width until it is below n.
Value below(const Value& n) {
    std::uint64_t k = bit_length(n);
    if (n.is_small_intlike()) {
        for (;;)
            if (Value r = random_bits(k); r.as_small() < n.as_small()) return r;
    }
    for (;;)
        if (Value r = random_bits(k); compare(r, n, CmpOp::Lt)) return r;
}

Value int_argument(const Value& v, int position, const char* function) {
    if (is_intlike(v)) return v.is_bool() ? Value::integer(v.as_small()) : v;
    if (v.is_float()) {
        if (v.as_float() == std::floor(v.as_float()) && std::isfinite(v.as_float()))
            raise(&NotImplementedError, std::string("py2cpp: ") + function + "() with a float argument (deprecated in CPython)");
        raise(&ValueError, "non-integer arg " + std::to_string(position) + " for " + function + "()");
    }
    raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
}

bool positive(const Value& v) { return compare(v, Value::integer(0), CmpOp::Gt); }

Value randrange(const Value& start, const Value* stop, const Value* step) {
    Value istart = int_argument(start, 1, "randrange");
    if (stop == nullptr) {
        if (step != nullptr) raise(&TypeError, "Missing a non-None stop argument");
        if (positive(istart)) return below(istart);
        raise(&ValueError, "empty range for randrange()");
    }
    Value istop = int_argument(*stop, 2, "randrange");
    Value width = sub({istop, istart});
    Value istep = step == nullptr ? Value::integer(1) : int_argument(*step, 3, "randrange");
    if (istep.is_small_intlike() && istep.as_small() == 1) {
        if (positive(width)) return add({istart, below(width)});
        raise(&ValueError, "empty range for randrange() (" + to_str(istart) + ", " + to_str(istop) + ", " +
                               to_str(width) + ")");
    }
    Value n;
    if (positive(istep))
        n = floordiv({add({width, sub({istep, Value::integer(1)})}), istep});
    else if (compare(istep, Value::integer(0), CmpOp::Lt))
        n = floordiv({add({width, add({istep, Value::integer(1)})}), istep});
    else
        raise(&ValueError, "zero step for randrange()");
    if (!positive(n)) raise(&ValueError, "empty range for randrange()");
    return add({istart, mul({istep, below(n)})});
}

// The module's functions are a hidden Random's methods: a wrong argument count gets the message CPython
// gives for that Python method (self counted), naming the missing parameters.
void expect_args(const char* name, std::size_t n, std::initializer_list<const char*> params, std::size_t required) {
    std::string method = std::string("Random.") + name + "()";
    if (n < required) {
        std::vector<std::string> missing;
        for (std::size_t i = n; i < required; ++i) missing.push_back(std::string("'") + params.begin()[i] + "'");
        std::string names;
        for (std::size_t i = 0; i < missing.size(); ++i)
            names += (i == 0 ? "" : i + 1 == missing.size() ? (missing.size() > 2 ? ", and " : " and ") : ", ") + missing[i];
        raise(&TypeError, method + " missing " + std::to_string(missing.size()) + " required positional argument" +
                              (missing.size() == 1 ? "" : "s") + ": " + names);
    }
    if (n > params.size()) {
        std::string takes = required == params.size() ? std::to_string(params.size() + 1)
                                                      : "from " + std::to_string(required + 1) + " to " +
                                                            std::to_string(params.size() + 1);
        raise(&TypeError, method + " takes " + takes + " positional argument" + (params.size() == 0 ? "" : "s") +
                              " but " + std::to_string(n + 1) + (n + 1 == 1 ? " was" : " were") + " given");
    }
}


Value random_seed(const Value* args, std::size_t n) {
    expect_args("seed", n, {"a", "version"}, 0);
    if (n == 2 && !(args[1].is_small_intlike() && args[1].as_small() == 2))
        raise(&NotImplementedError, "py2cpp: random.seed() with a version other than 2");
    g_gauss_next = Value();
    if (n == 0 || args[0].is_none()) {
        std::uint32_t key[kEntropyWords];
        if (getrandom(key, sizeof key, 0) != static_cast<ssize_t>(sizeof key))
            key[0] = static_cast<std::uint32_t>(std::time(nullptr));
        generator().seed_by_array(std::vector<std::uint32_t>(std::begin(key), std::end(key)));
        return Value::none();
    }
    if (!is_intlike(args[0]))
        raise(&NotImplementedError, std::string("py2cpp: random.seed() of a ") + type_name(args[0]) + " (only int seeds)");
    Mpz z(args[0]);
    mpz_abs(z.v, z.v);
    std::vector<std::uint32_t> key((mpz_sizeinbase(z.v, 2) + 31) / 32);
    std::size_t count = 0;
    mpz_export(key.data(), &count, -1, sizeof(std::uint32_t), 0, 0, z.v);
    key.resize(std::max<std::size_t>(count, 1));  // the seed 0 is the key [0]
    generator().seed_by_array(key);
    return Value::none();
}

Value random_random(const Value*, std::size_t n) {
    expect_method_args("Random", "random", n, 0, 0);  // methods written in C
    return Value::floating(random_double());
}

Value random_getrandbits(const Value* args, std::size_t n) {
    expect_method_args("Random", "getrandbits", n, 1, 1);
    Value k = int_argument(args[0], 1, "getrandbits");
    if (compare(k, Value::integer(0), CmpOp::Lt)) raise(&ValueError, "number of bits must be non-negative");
    if (!k.is_small_intlike()) raise(&OverflowError, "Python int too large to convert to C int");
    return random_bits(static_cast<std::uint64_t>(k.as_small()));
}

Value random_randrange(const Value* args, std::size_t n) {
    expect_args("randrange", n, {"start", "stop", "step"}, 1);
    return randrange(args[0], n > 1 ? &args[1] : nullptr, n > 2 ? &args[2] : nullptr);
}

Value random_randint(const Value* args, std::size_t n) {
    expect_args("randint", n, {"a", "b"}, 2);
    Value stop = add({args[1], Value::integer(1)});
    return randrange(args[0], &stop, nullptr);
}

Value random_choice(const Value* args, std::size_t n) {
    expect_args("choice", n, {"seq"}, 1);
    std::int64_t size = length_of(args[0]);
    if (size == 0) raise(&IndexError, "Cannot choose from an empty sequence");
    return getitem({args[0], below(Value::integer(size))});
}

Value random_shuffle(const Value* args, std::size_t n) {
    expect_args("shuffle", n, {"x"}, 1);
    const Value& x = args[0];
    for (std::int64_t i = length_of(x) - 1; i > 0; --i) {
        Value j = below(Value::integer(i + 1));
        Value a = getitem({x, Value::integer(i)}), b = getitem({x, j});
        setitem({x, Value::integer(i), b});
        setitem({x, j, a});
    }
    return Value::none();
}

Value random_uniform(const Value* args, std::size_t n) {
    expect_args("uniform", n, {"a", "b"}, 2);
    return add({args[0], mul({sub({args[1], args[0]}), Value::floating(random_double())})});
}

// sample(population, k): CPython's choice between a shrinking pool and rejection against a set of picks,
// which decides the order the generator is used in.
Value random_sample(const Value* args, std::size_t n, Keywords& kw) {
    Value population = kw.positional_or(args, n, 0, "population", "sample");
    Value kv = kw.positional_or(args, n, 1, "k", "sample");
    if (kw.take("counts").is_bound()) raise(&NotImplementedError, "py2cpp: random.sample(counts=) is not supported yet");
    kw.finish("sample");
    if (!has_type(population, &list_type) && !has_type(population, &tuple_type) &&
        !has_type(population, &str_type) && !has_type(population, &range_type))
        raise(&TypeError, "Population must be a sequence.  For dicts or sets, use sorted(d).");
    std::int64_t size = length_of(population);
    Value k = int_argument(kv, 2, "sample");
    if (!k.is_small_intlike() || k.as_small() < 0 || k.as_small() > size)
        raise(&ValueError, "Sample larger than population or is negative");
    std::int64_t count = k.as_small();
    std::vector<Value> result(static_cast<std::size_t>(count));
    std::int64_t setsize = 21;
    if (count > 5) setsize += static_cast<std::int64_t>(std::pow(4.0, std::ceil(std::log(3.0 * count) / std::log(4.0))));
    if (size <= setsize) {
        std::vector<Value> pool;
        ForIter it(population);
        for (Value item; it.next(item);) pool.push_back(item);
        for (std::int64_t i = 0; i < count; ++i) {
            std::int64_t j = below(Value::integer(size - i)).as_small();
            result[static_cast<std::size_t>(i)] = pool[static_cast<std::size_t>(j)];
            pool[static_cast<std::size_t>(j)] = pool[static_cast<std::size_t>(size - i - 1)];
        }
    } else {
        std::vector<bool> selected(static_cast<std::size_t>(size));
        for (std::int64_t i = 0; i < count; ++i) {
            std::int64_t j = below(Value::integer(size)).as_small();
            while (selected[static_cast<std::size_t>(j)]) j = below(Value::integer(size)).as_small();
            selected[static_cast<std::size_t>(j)] = true;
            result[static_cast<std::size_t>(i)] = getitem({population, Value::integer(j)});
        }
    }
    return Value::object(new List(std::move(result)));
}

// choices(population, weights=None, *, cum_weights=None, k=1)
Value random_choices(const Value* args, std::size_t n, Keywords& kw) {
    Value population = kw.positional_or(args, n, 0, "population", "choices");
    Value weights = n > 1 ? args[1] : kw.take("weights");
    if (n > 2) raise(&TypeError, "Random.choices() takes from 2 to 3 positional arguments but " + std::to_string(n + 1) + " were given");
    Value cum = kw.take("cum_weights"), kv = kw.take("k");
    kw.finish("choices");
    std::int64_t size = length_of(population);
    std::int64_t count = kv.is_bound() ? int_argument(kv, 4, "choices").as_small() : 1;
    std::vector<Value> result;
    bool no_weights = (weights.is_unbound() || weights.is_none()) && (cum.is_unbound() || cum.is_none());
    if (no_weights) {
        if (size == 0) raise(&IndexError, "Cannot choose from an empty sequence");
        for (std::int64_t i = 0; i < count; ++i) {
            auto index = static_cast<std::int64_t>(std::floor(random_double() * static_cast<double>(size)));
            result.push_back(getitem({population, Value::integer(index)}));
        }
        return Value::object(new List(std::move(result)));
    }
    bool both = !(weights.is_unbound() || weights.is_none()) && !(cum.is_unbound() || cum.is_none());
    if (both) raise(&TypeError, "Cannot specify both weights and cumulative weights");
    std::vector<Value> totals;
    if (!(weights.is_unbound() || weights.is_none())) {
        Value running = Value::integer(0);
        ForIter it(weights);
        for (Value w; it.next(w);) totals.push_back(running = add({running, w}));
    } else {
        ForIter it(cum);
        for (Value w; it.next(w);) totals.push_back(w);
    }
    if (static_cast<std::int64_t>(totals.size()) != size)
        raise(&ValueError, "The number of weights does not match the population");
    if (size == 0) raise(&IndexError, "list index out of range");
    double total = real_value(totals.back());
    if (total <= 0.0) raise(&ValueError, "Total of weights must be greater than zero");
    if (!std::isfinite(total)) raise(&ValueError, "Total of weights must be finite");
    for (std::int64_t i = 0; i < count; ++i) {
        Value point = Value::floating(random_double() * total);
        // bisect_right over cum_weights[0:size-1]
        std::size_t lo = 0, hi = totals.size() - 1;
        while (lo < hi) {
            std::size_t mid = (lo + hi) / 2;
            if (compare(point, totals[mid], CmpOp::Lt))
                hi = mid;
            else
                lo = mid + 1;
        }
        result.push_back(getitem({population, Value::integer(static_cast<std::int64_t>(lo))}));
    }
    return Value::object(new List(std::move(result)));
}

// gauss(mu=0.0, sigma=1.0): two normal deviates from one angle and radius; the second is kept for the next call.
Value random_gauss(const Value* args, std::size_t n) {
    expect_args("gauss", n, {"mu", "sigma"}, 0);
    double mu = n > 0 ? real_value(args[0]) : 0.0, sigma = n > 1 ? real_value(args[1]) : 1.0;
    double z;
    if (g_gauss_next.is_bound()) {
        z = g_gauss_next.as_float();
        g_gauss_next = Value();
    } else {
        double angle = random_double() * 2.0 * M_PI;
        double radius = std::sqrt(-2.0 * std::log(1.0 - random_double()));
        z = std::cos(angle) * radius;
        g_gauss_next = Value::floating(std::sin(angle) * radius);
    }
    return Value::floating(mu + z * sigma);
}

}  // namespace

Value make_random() {
    Value module = Value::object(new Module("random"));
    random_seed(nullptr, 0);  // like CPython's import: seeded from the system's entropy
    module_function(module, "seed", random_seed);
    module_function(module, "random", random_random);
    module_function(module, "getrandbits", random_getrandbits);
    module_function(module, "randrange", random_randrange);
    module_function(module, "randint", random_randint);
    module_function(module, "choice", random_choice);
    module_function(module, "shuffle", random_shuffle);
    module_function(module, "uniform", random_uniform);
    module_function(module, "gauss", random_gauss);
    module_function(module, "sample", random_sample);
    module_function(module, "choices", random_choices);
    return module;
}

}  // namespace py
