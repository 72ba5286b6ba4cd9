// Runtime — the itertools module: lazy iterators that pull from their inputs exactly when CPython's do
// (which matters when an input has side effects or is shared), with CPython's argument errors.
#include <algorithm>
#include <optional>
#include <vector>

#include "internal.h"

namespace py {

namespace {

Type count_type("count", &object_type, nullptr, true);
Type cycle_type("cycle", &object_type, nullptr, true);
Type repeat_type("repeat", &object_type, nullptr, true);
Type accumulate_type("accumulate", &object_type, nullptr, true);
Type compress_type("compress", &object_type, nullptr, true);
Type dropwhile_type("dropwhile", &object_type, nullptr, true);
Type takewhile_type("takewhile", &object_type, nullptr, true);
Type filterfalse_type("filterfalse", &object_type, nullptr, true);
Type groupby_type("groupby", &object_type, nullptr, true);
Type grouper_type("_grouper", &object_type, nullptr, true);
Type islice_type("islice", &object_type, nullptr, true);
Type pairwise_type("pairwise", &object_type, nullptr, true);
Type starmap_type("starmap", &object_type, nullptr, true);
Type tee_type("_tee", &object_type, nullptr, true);
Type zip_longest_type("zip_longest", &object_type, nullptr, true);
Type combinatoric_type("itertools", &object_type, nullptr, true);  // product, permutations, combinations...

Value construct_chain(Type*, const Value* args, std::size_t n);
Type chain_type("chain", &object_type, construct_chain, true);

bool call_truthy(const Value& f, const Value& x) { return truthy(call({f, x})); }

struct Count : Iterator {
    Value current, step;
    Count(Value start, Value s) : Iterator(&count_type), current(std::move(start)), step(std::move(s)) {}
    bool next(Value& out) override {
        out = current;
        current = add({current, step});
        return true;
    }
};

// cycle(iterable): the first pass saves what it yields, the later passes replay it.
struct Cycle : Iterator {
    ForIter it;
    std::vector<Value> saved;
    std::size_t index = 0;
    bool first_pass = true;
    explicit Cycle(const Value& iterable) : Iterator(&cycle_type), it(iterable) {}
    bool next(Value& out) override {
        if (first_pass) {
            if (it.next(out)) {
                saved.push_back(out);
                return true;
            }
            first_pass = false;
        }
        if (saved.empty()) return false;
        out = saved[index];
        index = (index + 1) % saved.size();
        return true;
    }
};

struct Repeat : Iterator {
    Value object;
    std::int64_t left;  // -1: forever
    Repeat(Value o, std::int64_t times) : Iterator(&repeat_type), object(std::move(o)), left(times) {}
    bool next(Value& out) override {
        if (left == 0) return false;
        if (left > 0) --left;
        out = object;
        return true;
    }
};

struct Accumulate : Iterator {
    ForIter it;
    Value func, total, initial;
    Accumulate(const Value& iterable, Value f, Value init)
        : Iterator(&accumulate_type), it(iterable), func(std::move(f)), initial(std::move(init)) {}
    bool next(Value& out) override {
        if (initial.is_bound()) {
            total = std::move(initial);
            initial = Value();
            out = total;
            return true;
        }
        Value item;
        if (!it.next(item)) return false;
        if (total.is_unbound())
            total = item;
        else
            total = func.is_unbound() || func.is_none() ? add({total, item}) : call({func, total, item});
        out = total;
        return true;
    }
};

struct Chain : Iterator {
    ForIter sources;  // the iterables, themselves iterated lazily (chain.from_iterable)
    std::optional<ForIter> current;
    explicit Chain(const Value& iterables) : Iterator(&chain_type), sources(iterables) {}
    bool next(Value& out) override {
        for (;;) {
            if (current && current->next(out)) return true;
            Value source;
            if (!sources.next(source)) return false;
            current.emplace(source);
        }
    }
};

Value construct_chain(Type*, const Value* args, std::size_t n) {
    return Value::object(new Chain(Value::object(Tuple::make(std::vector<Value>(args, args + n)))));
}

struct Compress : Iterator {
    ForIter data, selectors;
    Compress(const Value& d, const Value& s) : Iterator(&compress_type), data(d), selectors(s) {}
    bool next(Value& out) override {
        for (;;) {
            Value item, keep;
            if (!data.next(item) || !selectors.next(keep)) return false;
            if (truthy(keep)) {
                out = std::move(item);
                return true;
            }
        }
    }
};

// dropwhile, takewhile and filterfalse: a predicate over one iterable.
struct Predicated : Iterator {
    Value predicate;
    ForIter it;
    bool done = false;  // dropwhile: done dropping; takewhile: stopped for good
    Predicated(Type* t, Value p, const Value& iterable) : Iterator(t), predicate(std::move(p)), it(iterable) {}
    bool next(Value& out) override {
        if (type == &takewhile_type) {
            if (done || !it.next(out)) return false;
            if (call_truthy(predicate, out)) return true;
            done = true;
            return false;
        }
        while (it.next(out)) {
            if (type == &dropwhile_type) {
                if (done || !call_truthy(predicate, out)) {
                    done = true;
                    return true;
                }
            } else {  // filterfalse: None as the predicate tests the items themselves
                bool keep = predicate.is_none() ? truthy(out) : call_truthy(predicate, out);
                if (!keep) return true;
            }
        }
        return false;
    }
};

// groupby(iterable, key=None) yields (key, group); a group is a view of the shared input that becomes empty
// once groupby moves past it, as in CPython.
struct GroupBy : Iterator {
    ForIter it;
    Value keyfunc, target_key, current_key, current_value;
    const Object* current_grouper = nullptr;
    bool exhausted = false;
    GroupBy(const Value& iterable, Value key) : Iterator(&groupby_type), it(iterable), keyfunc(std::move(key)) {}

    // Advances the input by one item; false at its end.
    bool step() {
        Value item;
        if (!it.next(item)) {
            exhausted = true;
            return false;
        }
        current_key = keyfunc.is_unbound() || keyfunc.is_none() ? item : call({keyfunc, item});
        current_value = std::move(item);
        return true;
    }
    bool next(Value& out) override;
};

struct Grouper : Iterator {
    Value parent;  // the GroupBy
    Value key;
    Grouper(Value p, Value k) : Iterator(&grouper_type), parent(std::move(p)), key(std::move(k)) {}
    bool next(Value& out) override {
        auto& g = as<GroupBy>(parent);
        if (g.current_grouper != this) return false;
        if (g.current_value.is_unbound() && (g.exhausted || !g.step())) return false;
        if (!equal(key, g.current_key)) return false;
        out = std::move(g.current_value);
        g.current_value = Value();
        return true;
    }
};

bool GroupBy::next(Value& out) {
    current_grouper = nullptr;
    // skip the rest of the current group
    for (;;) {
        if (current_value.is_unbound() && (exhausted || !step())) return false;
        if (target_key.is_unbound() || !equal(target_key, current_key)) break;
        current_value = Value();
    }
    target_key = current_key;
    auto* grouper = new Grouper(Value::object(this), target_key);
    current_grouper = grouper;
    out = make_tuple({current_key, Value::object(grouper)});
    return true;
}

// islice reads and drops the items before the next index it yields, then checks the stop: the input is
// consumed exactly as far as CPython consumes it.
struct ISlice : Iterator {
    ForIter it;
    std::int64_t next_index, stop, step, position = 0;  // stop -1: no end
    bool finished = false;
    ISlice(const Value& iterable, std::int64_t start, std::int64_t end, std::int64_t s)
        : Iterator(&islice_type), it(iterable), next_index(start), stop(end), step(s) {}
    bool next(Value& out) override {
        if (finished) return false;
        for (Value skipped; position < next_index; ++position)
            if (!it.next(skipped)) return finish();
        if ((stop >= 0 && position >= stop) || !it.next(out)) return finish();
        ++position;
        if (__builtin_add_overflow(next_index, step, &next_index) || (stop >= 0 && next_index > stop))
            next_index = stop;
        return true;
    }
    bool finish() {
        finished = true;
        return false;
    }
};

struct Pairwise : Iterator {
    ForIter it;
    Value previous;
    explicit Pairwise(const Value& iterable) : Iterator(&pairwise_type), it(iterable) {}
    bool next(Value& out) override {
        if (previous.is_unbound() && !it.next(previous)) return false;
        Value item;
        if (!it.next(item)) {
            previous = Value();
            return false;
        }
        out = make_tuple({previous, item});
        previous = std::move(item);
        return true;
    }
};

struct StarMap : Iterator {
    Value func;
    ForIter it;
    StarMap(Value f, const Value& iterable) : Iterator(&starmap_type), func(std::move(f)), it(iterable) {}
    bool next(Value& out) override {
        Value args;
        if (!it.next(args)) return false;
        std::vector<Value> items;
        ForIter each(args);
        for (Value a; each.next(a);) items.push_back(a);
        out = call_n(func, items.data(), items.size());
        return true;
    }
};

// tee: the copies share one buffer of the items some copy has read and another has not yet.
struct TeeBuffer : Object {
    ForIter it;
    std::vector<Value> items;
    explicit TeeBuffer(const Value& iterable) : Object(&tee_type), it(iterable) {}
};

struct Tee : Iterator {
    Value buffer;
    std::size_t index = 0;
    explicit Tee(Value b) : Iterator(&tee_type), buffer(std::move(b)) {}
    bool next(Value& out) override {
        auto& b = as<TeeBuffer>(buffer);
        if (index == b.items.size()) {
            Value item;
            if (!b.it.next(item)) return false;
            b.items.push_back(std::move(item));
        }
        out = b.items[index++];
        return true;
    }
};

struct ZipLongest : Iterator {
    std::vector<std::optional<ForIter>> its;
    Value fill;
    std::size_t active;
    ZipLongest(const Value* iterables, std::size_t n, Value f)
        : Iterator(&zip_longest_type), fill(std::move(f)), active(n) {
        for (std::size_t i = 0; i < n; ++i) its.emplace_back(std::in_place, iterables[i]);
    }
    bool next(Value& out) override {
        if (its.empty() || active == 0) return false;
        std::vector<Value> items(its.size());
        for (std::size_t i = 0; i < its.size(); ++i) {
            if (its[i] && its[i]->next(items[i])) continue;
            if (its[i]) {
                its[i].reset();
                if (--active == 0) return false;
            }
            items[i] = fill;
        }
        out = Value::object(Tuple::make(std::move(items)));
        return true;
    }
};

// product, permutations, combinations and combinations_with_replacement: index vectors over saved pools,
// advanced in CPython's order.
struct Combinatoric : Iterator {
    enum class Kind { Product, Permutations, Combinations, WithReplacement } kind;
    std::vector<std::vector<Value>> pools;  // product: one per argument; the others: one
    std::vector<std::size_t> indices, cycles;
    std::size_t r;
    bool first = true, done = false;
    Combinatoric(Kind k, std::vector<std::vector<Value>> p, std::size_t length)
        : Iterator(&combinatoric_type), kind(k), pools(std::move(p)), r(length) {}

    std::vector<Value>& pool() { return pools[0]; }

    bool start() {
        first = false;
        std::size_t n = kind == Kind::Product ? 0 : pool().size();
        switch (kind) {
            case Kind::Product:
                for (auto& p : pools)
                    if (p.empty()) return false;
                indices.assign(pools.size(), 0);
                return true;
            case Kind::Permutations:
                if (r > n) return false;
                for (std::size_t i = 0; i < n; ++i) indices.push_back(i);
                for (std::size_t i = 0; i < r; ++i) cycles.push_back(n - i);
                return true;
            case Kind::Combinations:
                if (r > n) return false;
                for (std::size_t i = 0; i < r; ++i) indices.push_back(i);
                return true;
            case Kind::WithReplacement:
                if (n == 0 && r > 0) return false;
                indices.assign(r, 0);
                return true;
        }
        return false;
    }

    bool advance() {
        std::size_t n = kind == Kind::Product ? 0 : pool().size();
        switch (kind) {
            case Kind::Product:
                for (std::size_t i = pools.size(); i-- > 0;) {
                    if (++indices[i] < pools[i].size()) return true;
                    indices[i] = 0;
                }
                return false;
            case Kind::Permutations:
                for (std::size_t i = r; i-- > 0;) {
                    if (--cycles[i] == 0) {
                        std::rotate(indices.begin() + static_cast<std::ptrdiff_t>(i),
                                    indices.begin() + static_cast<std::ptrdiff_t>(i) + 1, indices.end());
                        cycles[i] = n - i;
                    } else {
                        std::swap(indices[i], indices[n - cycles[i]]);
                        return true;
                    }
                }
                return false;
            case Kind::Combinations:
                for (std::size_t i = r; i-- > 0;) {
                    if (indices[i] != i + n - r) {
                        ++indices[i];
                        for (std::size_t j = i + 1; j < r; ++j) indices[j] = indices[j - 1] + 1;
                        return true;
                    }
                }
                return false;
            case Kind::WithReplacement:
                for (std::size_t i = r; i-- > 0;) {
                    if (indices[i] != n - 1) {
                        std::size_t v = indices[i] + 1;
                        for (std::size_t j = i; j < r; ++j) indices[j] = v;
                        return true;
                    }
                }
                return false;
        }
        return false;
    }

    bool next(Value& out) override {
        if (done) return false;
        if (first ? !start() : !advance()) {
            done = true;
            return false;
        }
        std::vector<Value> items;
        if (kind == Kind::Product) {
            for (std::size_t i = 0; i < pools.size(); ++i) items.push_back(pools[i][indices[i]]);
        } else {
            for (std::size_t i = 0; i < r; ++i) items.push_back(pool()[indices[i]]);
        }
        out = Value::object(Tuple::make(std::move(items)));
        return true;
    }
};

// ---- the module's functions

std::vector<Value> saved(const Value& iterable) {
    std::vector<Value> out;
    ForIter it(iterable);
    for (Value x; it.next(x);) out.push_back(x);
    return out;
}

std::int64_t small_int(const Value& v) {
    if (!is_intlike(v))
        raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    if (!v.is_small_intlike()) raise(&OverflowError, "Python int too large to convert to C ssize_t");
    return v.as_small();
}

Value it_count(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("count", n, 2);
    Value start = kw.positional_or(args, n, 0, "start", "count");
    Value step = kw.positional_or(args, n, 1, "step", "count");
    kw.finish("count");
    if (start.is_unbound()) start = Value::integer(0);
    if (step.is_unbound()) step = Value::integer(1);
    if (!is_number(start) || !is_number(step)) raise(&TypeError, "a number is required");
    return Value::object(new Count(start, step));
}

Value it_cycle(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("cycle");
    check_positional("cycle", n, 1, 1);
    return Value::object(new Cycle(args[0]));
}

Value it_repeat(const Value* args, std::size_t n, Keywords& kw) {
    Value object = kw.positional_or(args, n, 0, "object", "repeat");
    Value times = kw.positional_or(args, n, 1, "times", "repeat");
    kw.finish("repeat");
    Keywords::require(object, "repeat", "object", 1);
    std::int64_t count = times.is_unbound() ? -1 : std::max<std::int64_t>(0, small_int(times));
    return Value::object(new Repeat(object, count));
}

Value it_accumulate(const Value* args, std::size_t n, Keywords& kw) {
    Value iterable = kw.positional_or(args, n, 0, "iterable", "accumulate");
    Value func = kw.positional_or(args, n, 1, "func", "accumulate");
    Value initial = kw.take("initial");
    kw.finish("accumulate");
    Keywords::require(iterable, "accumulate", "iterable", 1);
    if (initial.is_none()) initial = Value();
    return Value::object(new Accumulate(iterable, func, initial));
}

Value it_chain_from_iterable(const Value* args, std::size_t n) {
    expect_method_args("chain", "from_iterable", n, 1, 1);
    return Value::object(new Chain(args[0]));
}

Value it_compress(const Value* args, std::size_t n, Keywords& kw) {
    Value data = kw.positional_or(args, n, 0, "data", "compress");
    Value selectors = kw.positional_or(args, n, 1, "selectors", "compress");
    kw.finish("compress");
    Keywords::require(data, "compress", "data", 1);
    Keywords::require(selectors, "compress", "selectors", 2);
    return Value::object(new Compress(data, selectors));
}

Value predicated(Type* t, const char* name, const Value* args, std::size_t n, Keywords& kw) {
    kw.reject(name);
    check_positional(name, n, 2, 2);
    return Value::object(new Predicated(t, args[0], args[1]));
}
Value it_dropwhile(const Value* a, std::size_t n, Keywords& kw) { return predicated(&dropwhile_type, "dropwhile", a, n, kw); }
Value it_takewhile(const Value* a, std::size_t n, Keywords& kw) { return predicated(&takewhile_type, "takewhile", a, n, kw); }
Value it_filterfalse(const Value* a, std::size_t n, Keywords& kw) {
    return predicated(&filterfalse_type, "filterfalse", a, n, kw);
}

Value it_groupby(const Value* args, std::size_t n, Keywords& kw) {
    Value iterable = kw.positional_or(args, n, 0, "iterable", "groupby");
    Value key = kw.positional_or(args, n, 1, "key", "groupby");
    kw.finish("groupby");
    Keywords::require(iterable, "groupby", "iterable", 1);
    return Value::object(new GroupBy(iterable, key));
}

Value it_islice(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("islice");
    check_positional("islice", n, 2, 4);
    auto bound = [](const Value& v, const char* message) -> std::int64_t {
        if (v.is_none()) return -1;
        if (!is_intlike(v) || compare(v, Value::integer(0), CmpOp::Lt)) raise(&ValueError, message);
        return v.is_small_intlike() ? v.as_small() : INT64_MAX;
    };
    const char* indices = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    std::int64_t start = 0, stop, step = 1;
    if (n == 2) {
        stop = bound(args[1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    } else {
        start = std::max<std::int64_t>(0, bound(args[1], indices));
        stop = bound(args[2], indices);
        if (n == 4 && !args[3].is_none()) {
            if (!is_intlike(args[3]) || compare(args[3], Value::integer(1), CmpOp::Lt))
                raise(&ValueError, "Step for islice() must be a positive integer or None.");
            step = args[3].is_small_intlike() ? args[3].as_small() : INT64_MAX;
        }
    }
    return Value::object(new ISlice(args[0], start, stop, step));
}

Value it_pairwise(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("pairwise");
    check_positional("pairwise", n, 1, 1);
    return Value::object(new Pairwise(args[0]));
}

Value it_starmap(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("starmap");
    check_positional("starmap", n, 2, 2);
    return Value::object(new StarMap(args[0], args[1]));
}

Value it_tee(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("tee");
    check_positional("tee", n, 1, 2);
    std::int64_t copies = n == 2 ? small_int(args[1]) : 2;
    if (copies < 0) raise(&ValueError, "n must be >= 0");
    Value buffer = Value::object(new TeeBuffer(args[0]));
    std::vector<Value> out;
    for (std::int64_t i = 0; i < copies; ++i) out.push_back(Value::object(new Tee(buffer)));
    return Value::object(Tuple::make(std::move(out)));
}

Value it_zip_longest(const Value* args, std::size_t n, Keywords& kw) {
    Value fill = kw.take("fillvalue");
    kw.finish("zip_longest");
    return Value::object(new ZipLongest(args, n, fill.is_bound() ? fill : Value::none()));
}

Value it_product(const Value* args, std::size_t n, Keywords& kw) {
    Value repeat = kw.take("repeat");
    kw.finish("product");
    std::int64_t times = repeat.is_bound() ? small_int(repeat) : 1;
    if (times < 0) raise(&ValueError, "repeat argument cannot be negative");
    std::vector<std::vector<Value>> pools;
    for (std::size_t i = 0; i < n; ++i) pools.push_back(saved(args[i]));
    std::vector<std::vector<Value>> all;
    for (std::int64_t t = 0; t < times; ++t) all.insert(all.end(), pools.begin(), pools.end());
    return Value::object(new Combinatoric(Combinatoric::Kind::Product, std::move(all), 0));
}

Value it_permutations(const Value* args, std::size_t n, Keywords& kw) {
    Value iterable = kw.positional_or(args, n, 0, "iterable", "permutations");
    Value rv = kw.positional_or(args, n, 1, "r", "permutations");
    kw.finish("permutations");
    Keywords::require(iterable, "permutations", "iterable", 1);
    std::vector<Value> pool = saved(iterable);
    std::int64_t r = rv.is_unbound() || rv.is_none() ? static_cast<std::int64_t>(pool.size()) : small_int(rv);
    if (r < 0) raise(&ValueError, "r must be non-negative");
    std::vector<std::vector<Value>> pools{std::move(pool)};
    return Value::object(new Combinatoric(Combinatoric::Kind::Permutations, std::move(pools), static_cast<std::size_t>(r)));
}

Value combinations(Combinatoric::Kind kind, const char* name, const Value* args, std::size_t n, Keywords& kw) {
    Value iterable = kw.positional_or(args, n, 0, "iterable", name);
    Value rv = kw.positional_or(args, n, 1, "r", name);
    kw.finish(name);
    Keywords::require(iterable, name, "iterable", 1);
    Keywords::require(rv, name, "r", 2);
    std::int64_t r = small_int(rv);
    if (r < 0) raise(&ValueError, "r must be non-negative");
    std::vector<std::vector<Value>> pools{saved(iterable)};
    return Value::object(new Combinatoric(kind, std::move(pools), static_cast<std::size_t>(r)));
}
Value it_combinations(const Value* a, std::size_t n, Keywords& kw) {
    return combinations(Combinatoric::Kind::Combinations, "combinations", a, n, kw);
}
Value it_combinations_with_replacement(const Value* a, std::size_t n, Keywords& kw) {
    return combinations(Combinatoric::Kind::WithReplacement, "combinations_with_replacement", a, n, kw);
}

}  // namespace

Value make_itertools() {
    Value module = Value::object(new Module("itertools"));
    module_function(module, "count", it_count);
    module_function(module, "cycle", it_cycle);
    module_function(module, "repeat", it_repeat);
    module_function(module, "accumulate", it_accumulate);
    module_attribute(module, "chain", Value::object(&chain_type));
    type_attribute(&chain_type, "from_iterable", Value::object(new BuiltinFunction("from_iterable", it_chain_from_iterable)));
    module_function(module, "compress", it_compress);
    module_function(module, "dropwhile", it_dropwhile);
    module_function(module, "takewhile", it_takewhile);
    module_function(module, "filterfalse", it_filterfalse);
    module_function(module, "groupby", it_groupby);
    module_function(module, "islice", it_islice);
    module_function(module, "pairwise", it_pairwise);
    module_function(module, "starmap", it_starmap);
    module_function(module, "tee", it_tee);
    module_function(module, "zip_longest", it_zip_longest);
    module_function(module, "product", it_product);
    module_function(module, "permutations", it_permutations);
    module_function(module, "combinations", it_combinations);
    module_function(module, "combinations_with_replacement", it_combinations_with_replacement);
    return module;
}

}  // namespace py
