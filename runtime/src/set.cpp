// Runtime — set and frozenset: CPython's set table (Objects/setobject.c) and the set algebra on top of it.
//
// Scripts print sets, and CPython's iteration order is its table order, so the table follows CPython step for
// step: where a key lands (a run of kLinearProbes neighbours, then the perturbed jump), when the table grows
// and to what size, which deleted slot an insertion reuses, how each operation builds its result (copying a
// table, inserting into a fresh one, or adding one key at a time). With hashes equal to CPython's (ints,
// floats, tuples of them) the printed order is CPython's; str hashes are randomized there anyway.
#include <algorithm>
#include <cstring>

#include "internal.h"

namespace py {

namespace {

constexpr std::size_t kMinSize = 8;
constexpr std::size_t kLinearProbes = 9;
constexpr unsigned kPerturbShift = 5;

using Entry = Set::Entry;

bool same_object(const Value& a, const Value& b) { return a.is_obj() && b.is_obj() && a.obj() == b.obj(); }
Set& set_of(const Value& v) { return as<Set>(v); }
std::int64_t hash_key(const Value& key) { return static_cast<std::int64_t>(hash(key)); }

Value new_set(Type* type) { return Value::object(new Set(type)); }

bool is_live(const Entry& e) { return e.key.is_bound(); }
bool is_unused(const Entry& e) { return e.key.is_unbound() && e.hash == 0; }

bool matches(const Entry& e, const Value& key, std::int64_t h) {
    if (e.hash != h || !is_live(e)) return false;
    if (e.key.is_obj() && key.is_obj() && e.key.obj() == key.obj()) return true;
    return equal(e.key, key);
}

// set_lookkey: the live entry equal to `key`, or the unused entry that ends the search.
Entry& lookup(Set& s, const Value& key, std::int64_t h) {
    std::size_t i = static_cast<std::size_t>(h) & s.mask;
    std::size_t perturb = static_cast<std::size_t>(h);
    for (;;) {
        std::size_t last = i + kLinearProbes <= s.mask ? i + kLinearProbes : i;
        for (std::size_t j = i; j <= last; ++j) {
            Entry& e = s.table[j];
            if (is_unused(e) || matches(e, key, h)) return e;
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & s.mask;
    }
}

// set_insert_clean: into a table without deleted entries, for a key known to be absent.
void insert_clean(std::vector<Entry>& table, std::size_t mask, Value key, std::int64_t h) {
    std::size_t i = static_cast<std::size_t>(h) & mask;
    std::size_t perturb = static_cast<std::size_t>(h);
    for (;;) {
        std::size_t last = i + kLinearProbes <= mask ? i + kLinearProbes : i;
        for (std::size_t j = i; j <= last; ++j) {
            if (table[j].key.is_unbound()) {
                table[j].key = std::move(key);
                table[j].hash = h;
                return;
            }
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// set_table_resize: the smallest power of two above `minused`, live entries reinserted in table order.
void resize(Set& s, std::size_t minused) {
    std::size_t size = kMinSize;
    while (size <= minused) size <<= 1;
    if (size == kMinSize && s.mask + 1 == kMinSize && s.fill == s.used) return;  // nothing to purge
    std::vector<Entry> old(size);
    old.swap(s.table);
    s.mask = size - 1;
    s.fill = s.used;
    for (Entry& e : old)
        if (is_live(e)) insert_clean(s.table, s.mask, std::move(e.key), e.hash);
}

// set_add_entry: reuses the last deleted slot passed on the way to an unused one.
void add_entry(Set& s, const Value& key, std::int64_t h) {
    std::size_t i = static_cast<std::size_t>(h) & s.mask;
    std::size_t perturb = static_cast<std::size_t>(h);
    Entry* freeslot = nullptr;
    Entry* unused = nullptr;
    while (unused == nullptr) {
        std::size_t last = i + kLinearProbes <= s.mask ? i + kLinearProbes : i;
        for (std::size_t j = i; j <= last; ++j) {
            Entry& e = s.table[j];
            if (is_unused(e)) {
                unused = &e;
                break;
            }
            if (matches(e, key, h)) return;
            if (e.key.is_unbound()) freeslot = &e;  // deleted
        }
        perturb >>= kPerturbShift;
        i = (i * 5 + 1 + perturb) & s.mask;
    }
    ++s.used;
    if (freeslot != nullptr) {
        freeslot->key = key;
        freeslot->hash = h;
        return;
    }
    ++s.fill;
    unused->key = key;
    unused->hash = h;
    if (s.fill * 5 >= s.mask * 3) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

bool discard_entry(Set& s, const Value& key, std::int64_t h) {
    Entry& e = lookup(s, key, h);
    if (!is_live(e)) return false;
    e.key = Value();
    e.hash = -1;
    --s.used;
    return true;
}

bool contains_entry(Set& s, const Value& key, std::int64_t h) { return is_live(lookup(s, key, h)); }

// A key that is itself a set is looked up as the equal frozenset (CPython's set_contains/remove/discard).
std::int64_t lookup_hash(const Value& key) {
    if (has_type(key, &set_type)) return frozenset_hash(set_of(key));
    return hash_key(key);
}

void clear(Set& s) {
    s.table.assign(kMinSize, Entry{});
    s.mask = kMinSize - 1;
    s.fill = s.used = 0;
}

void swap_bodies(Set& a, Set& b) {
    std::swap(a.table, b.table);
    std::swap(a.mask, b.mask);
    std::swap(a.fill, b.fill);
    std::swap(a.used, b.used);
}

// set_merge: one resize up front; an empty target copies the table or inserts into a clean one.
void merge(Set& s, Set& other) {
    if (&s == &other || other.used == 0) return;
    if ((s.fill + other.used) * 5 >= s.mask * 3) resize(s, (s.used + other.used) * 2);
    if (s.fill == 0 && s.mask == other.mask && other.fill == other.used) {
        for (std::size_t i = 0; i <= other.mask; ++i)
            if (is_live(other.table[i])) s.table[i] = other.table[i];
        s.fill = other.fill;
        s.used = other.used;
        return;
    }
    if (s.fill == 0) {
        s.fill = s.used = other.used;
        for (const Entry& e : other.table)
            if (is_live(e)) insert_clean(s.table, s.mask, e.key, e.hash);
        return;
    }
    for (std::size_t i = 0; i <= other.mask; ++i)
        if (is_live(other.table[i])) add_entry(s, other.table[i].key, other.table[i].hash);
}

// set_update_internal
void update(Set& s, const Value& other) {
    if (is_any_set(other)) return merge(s, set_of(other));
    if (has_type(other, &dict_type)) {
        Dict& d = as<Dict>(other);
        if ((s.fill + d.used) * 5 >= s.mask * 3) resize(s, (s.used + d.used) * 2);
        for (auto& e : d.entries)
            if (e.key.is_bound()) add_entry(s, e.key, static_cast<std::int64_t>(e.hash));
        return;
    }
    ForIter it(other);
    for (Value x; it.next(x);) add_entry(s, x, hash_key(x));
}

Value make_from(Type* type, const Value& iterable) {
    Value result = new_set(type);
    update(set_of(result), iterable);
    return result;
}

Value copy_of(const Value& v) { return make_from(v.obj()->type, v); }

// set_intersection: iterates the smaller set; the result has the left operand's type.
Value intersection(const Value& left, const Value& other) {
    if (same_object(left, other)) return copy_of(left);
    Value result = new_set(left.obj()->type);
    Set& r = set_of(result);
    if (is_any_set(other)) {
        Set* big = &set_of(left);
        Set* small = &set_of(other);
        if (small->used > big->used) std::swap(big, small);
        for (const Entry& e : small->table)
            if (is_live(e) && contains_entry(*big, e.key, e.hash)) add_entry(r, e.key, e.hash);
        return result;
    }
    ForIter it(other);
    for (Value x; it.next(x);) {
        std::int64_t h = hash_key(x);
        if (contains_entry(set_of(left), x, h)) add_entry(r, x, h);
    }
    return result;
}

// set_difference_update_internal
void difference_update(const Value& self, const Value& other) {
    Set& s = set_of(self);
    if (same_object(self, other)) return clear(s);
    if (is_any_set(other)) {
        Value others = other;
        if ((set_of(other).used >> 3) > s.used) others = intersection(self, other);
        for (const Entry& e : set_of(others).table)
            if (is_live(e)) discard_entry(s, e.key, e.hash);
    } else {
        ForIter it(other);
        for (Value x; it.next(x);) discard_entry(s, x, hash_key(x));
    }
    if (s.fill - s.used > s.mask / 4) resize(s, s.used > 50000 ? s.used * 2 : s.used * 4);
}

// set_difference: copy-and-discard when the other operand is small or not a set, else a fresh result.
Value difference(const Value& self, const Value& other) {
    Set& s = set_of(self);
    bool other_is_set = is_any_set(other), other_is_dict = has_type(other, &dict_type);
    std::size_t other_size = other_is_set ? set_of(other).used : other_is_dict ? as<Dict>(other).used : 0;
    if (!(other_is_set || other_is_dict) || (s.used >> 2) > other_size) {
        Value result = copy_of(self);
        difference_update(result, other);
        return result;
    }
    Value result = new_set(self.obj()->type);
    for (const Entry& e : s.table) {
        if (!is_live(e)) continue;
        bool in_other = is_any_set(other) ? contains_entry(set_of(other), e.key, e.hash)
                                          : as<Dict>(other).find(e.key) != nullptr;
        if (!in_other) add_entry(set_of(result), e.key, e.hash);
    }
    return result;
}

// set_symmetric_difference_update
void symmetric_difference_update(const Value& self, const Value& other) {
    Set& s = set_of(self);
    if (same_object(self, other)) return clear(s);
    auto toggle = [&](const Value& key, std::int64_t h) {
        if (!discard_entry(s, key, h)) add_entry(s, key, h);
    };
    if (has_type(other, &dict_type)) {
        for (auto& e : as<Dict>(other).entries)
            if (e.key.is_bound()) toggle(e.key, static_cast<std::int64_t>(e.hash));
        return;
    }
    Value others = is_any_set(other) ? other : make_from(self.obj()->type, other);
    for (const Entry& e : set_of(others).table)
        if (is_live(e)) toggle(e.key, e.hash);
}

Value symmetric_difference(const Value& self, const Value& other) {
    Value result = make_from(self.obj()->type, other);
    symmetric_difference_update(result, self);
    return result;
}

Value union_of(const Value& self, const Value& other) {
    Value result = copy_of(self);
    if (!same_object(self, other)) update(set_of(result), other);
    return result;
}

bool is_subset(const Value& self, const Value& other) {
    if (!is_any_set(other)) return is_subset(self, make_from(&set_type, other));
    Set& s = set_of(self);
    if (s.used > set_of(other).used) return false;
    for (const Entry& e : s.table)
        if (is_live(e) && !contains_entry(set_of(other), e.key, e.hash)) return false;
    return true;
}

bool is_superset(const Value& self, const Value& other) {
    if (is_any_set(other)) return is_subset(other, self);
    ForIter it(other);
    for (Value x; it.next(x);)
        if (!contains_entry(set_of(self), x, hash_key(x))) return false;
    return true;
}

bool is_disjoint(const Value& self, const Value& other) {
    Set& s = set_of(self);
    if (same_object(self, other)) return s.used == 0;
    if (is_any_set(other)) {
        Set* big = &s;
        Set* small = &set_of(other);
        if (small->used > big->used) std::swap(big, small);
        for (const Entry& e : small->table)
            if (is_live(e) && contains_entry(*big, e.key, e.hash)) return false;
        return true;
    }
    ForIter it(other);
    for (Value x; it.next(x);)
        if (contains_entry(s, x, hash_key(x))) return false;
    return true;
}

void expect_count(const Value& self, const char* name, std::size_t n, std::size_t expected) {
    if (n == expected) return;
    std::string method = std::string(type_name(self)) + "." + name + "()";
    if (expected == 0) raise(&TypeError, method + " takes no arguments (" + std::to_string(n) + " given)");
    raise(&TypeError, method + " takes exactly one argument (" + std::to_string(n) + " given)");
}

bool is(const char* name, const char* m) { return std::strcmp(name, m) == 0; }

// The methods that only `set` has.
Value mutating_method(const Value& self, const char* name, const Value* a, std::size_t n, bool& found) {
    Set& s = set_of(self);
    found = true;
    if (is(name, "add")) {
        expect_count(self, name, n, 1);
        add_entry(s, a[0], hash_key(a[0]));
    } else if (is(name, "remove") || is(name, "discard")) {
        expect_count(self, name, n, 1);
        if (!discard_entry(s, a[0], lookup_hash(a[0])) && is(name, "remove")) raise_key_error(a[0]);
    } else if (is(name, "pop")) {
        expect_count(self, name, n, 0);
        if (s.used == 0) raise(&KeyError, "pop from an empty set");
        std::size_t i = s.finger & s.mask;
        while (!is_live(s.table[i])) i = i == s.mask ? 0 : i + 1;
        Value key = std::move(s.table[i].key);
        s.table[i].key = Value();
        s.table[i].hash = -1;
        --s.used;
        s.finger = i + 1;
        return key;
    } else if (is(name, "clear")) {
        expect_count(self, name, n, 0);
        clear(s);
    } else if (is(name, "update")) {
        for (std::size_t i = 0; i < n; ++i) update(s, a[i]);
    } else if (is(name, "intersection_update")) {
        Value result = self;
        for (std::size_t i = 0; i < n; ++i) result = intersection(result, a[i]);
        if (n > 0) swap_bodies(s, set_of(result));
    } else if (is(name, "difference_update")) {
        for (std::size_t i = 0; i < n; ++i) difference_update(self, a[i]);
    } else if (is(name, "symmetric_difference_update")) {
        expect_count(self, name, n, 1);
        symmetric_difference_update(self, a[0]);
    } else {
        found = false;
    }
    return Value::none();
}

bool is_set_like_view(const Value& v) { return has_type(v, &dict_keys_type) || has_type(v, &dict_items_type); }

// dict.keys()/items() with a set operator (dictviews_or/and/sub/xor): a new set from the view (the left
// operand, whichever side the view is on), then the set operation with the other operand, any iterable.
Value view_operator(char op, const Value& a, const Value& b) {
    if (op == '&') {
        const Value* view = is_set_like_view(a) ? &a : &b;
        const Value* other = view == &a ? &b : &a;
        std::int64_t view_len = static_cast<std::int64_t>(as<Dict>(as<DictView>(*view).dict).used);
        if (has_type(*other, &set_type) && static_cast<std::size_t>(view_len) <= set_of(*other).used)
            return intersection(*other, *view);
        if (is_set_like_view(*other) && as<Dict>(as<DictView>(*other).dict).used > static_cast<std::size_t>(view_len))
            std::swap(view, other);
        Value result = new_set(&set_type);
        ForIter it(*other);
        for (Value x; it.next(x);)
            if (contains(*view, x)) add_entry(set_of(result), x, hash_key(x));
        return result;
    }
    Value result = make_from(&set_type, a);
    switch (op) {
        case '|': update(set_of(result), b); break;
        case '-': difference_update(result, b); break;
        case '^': symmetric_difference_update(result, b); break;
    }
    return result;
}

}  // namespace

bool is_any_set(const Value& v) { return has_type(v, &set_type) || has_type(v, &frozenset_type); }

// frozenset_hash: order-independent (xor of the shuffled entry hashes), then mixed with the size.
std::int64_t frozenset_hash(Set& s) {
    if (s.frozen_hash != -1) return s.frozen_hash;
    auto shuffle = [](std::uint64_t h) { return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull; };
    std::uint64_t h = 0;
    for (const Entry& e : s.table)
        if (is_live(e)) h ^= shuffle(static_cast<std::uint64_t>(e.hash));
    h ^= (static_cast<std::uint64_t>(s.used) + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == ~std::uint64_t{0}) h = 590923713ull;
    std::int64_t result = static_cast<std::int64_t>(h);
    if (s.type == &frozenset_type) s.frozen_hash = result;
    return result;
}

bool set_contains(const Value& set, const Value& key) { return contains_entry(set_of(set), key, lookup_hash(key)); }

bool set_equal(const Value& a, const Value& b) {
    Set& x = set_of(a);
    Set& y = set_of(b);
    if (x.used != y.used) return false;
    if (x.frozen_hash != -1 && y.frozen_hash != -1 && x.frozen_hash != y.frozen_hash) return false;
    return is_subset(a, b);
}

bool set_compare(const Value& a, const Value& b, CmpOp op) {
    std::size_t na = set_of(a).used, nb = set_of(b).used;
    switch (op) {
        case CmpOp::Le: return is_subset(a, b);
        case CmpOp::Lt: return na < nb && is_subset(a, b);
        case CmpOp::Ge: return is_subset(b, a);
        case CmpOp::Gt: return na > nb && is_subset(b, a);
    }
    return false;
}

Value set_operator(char op, const Value& a, const Value& b) {
    if (is_set_like_view(a) || is_set_like_view(b)) return view_operator(op, a, b);
    if (!is_any_set(a) || !is_any_set(b)) return Value();
    switch (op) {
        case '|': return union_of(a, b);
        case '&': return intersection(a, b);
        case '-': return difference(a, b);
        case '^': return symmetric_difference(a, b);
    }
    return Value();
}

Value set_inplace(char op, const Two& v) {
    const Value& self = v.a;
    if (!is_any_set(v.b))
        raise(&TypeError, std::string("unsupported operand type(s) for ") + op + "=: '" + type_name(self) + "' and '" +
                              type_name(v.b) + "'");
    switch (op) {
        case '|': update(set_of(self), v.b); break;
        case '&': {
            Value result = intersection(self, v.b);
            swap_bodies(set_of(self), set_of(result));
            break;
        }
        case '-': difference_update(self, v.b); break;
        case '^': symmetric_difference_update(self, v.b); break;
    }
    return self;
}

Value set_method(const Value& self, const char* name, const Value* a, std::size_t n, bool& found) {
    if (self.obj()->type == &set_type) {
        Value result = mutating_method(self, name, a, n, found);
        if (found) return result;
    }
    found = true;
    if (is(name, "copy")) {
        expect_count(self, name, n, 0);
        return self.obj()->type == &frozenset_type ? self : copy_of(self);
    }
    if (is(name, "union")) {
        Value result = copy_of(self);
        for (std::size_t i = 0; i < n; ++i)
            if (!same_object(a[i], self)) update(set_of(result), a[i]);
        return result;
    }
    if (is(name, "intersection")) {
        if (n == 0) return copy_of(self);
        Value result = self;
        for (std::size_t i = 0; i < n; ++i) result = intersection(result, a[i]);
        return result;
    }
    if (is(name, "difference")) {
        if (n == 0) return copy_of(self);
        Value result = difference(self, a[0]);
        for (std::size_t i = 1; i < n; ++i) difference_update(result, a[i]);
        return result;
    }
    if (is(name, "symmetric_difference")) {
        expect_count(self, name, n, 1);
        return symmetric_difference(self, a[0]);
    }
    if (is(name, "issubset") || is(name, "issuperset") || is(name, "isdisjoint")) {
        expect_count(self, name, n, 1);
        if (is(name, "issubset")) return Value::boolean(is_subset(self, a[0]));
        if (is(name, "issuperset")) return Value::boolean(is_superset(self, a[0]));
        return Value::boolean(is_disjoint(self, a[0]));
    }
    found = false;
    return Value();
}

Value construct_set(Type* type, const Value* args, std::size_t n) {
    check_positional(type->name, n, 0, 1);
    if (type == &frozenset_type && n == 1 && has_type(args[0], &frozenset_type)) return args[0];
    Value result = new_set(type);
    if (n == 1) update(set_of(result), args[0]);
    return result;
}

Value make_constant_frozenset(std::initializer_list<Ref> items) {
    Value folded = new_set(&frozenset_type);
    for (const Value& x : items) add_entry(set_of(folded), x, hash_key(x));
    // the compiler's constant merging (merge_consts_recursive) rebuilds the frozenset from its own items
    Value merged = new_set(&frozenset_type);
    for (const Entry& e : set_of(folded).table)
        if (is_live(e)) add_entry(set_of(merged), e.key, e.hash);
    return merged;
}

Value make_constant_set(std::initializer_list<Ref> items) {
    Value result = new_set(&set_type);
    merge(set_of(result), set_of(make_constant_frozenset(items)));
    return result;
}

Value set_like_pair(const Value& a, const Value& b) {
    auto set_like = [](const Value& v) { return is_any_set(v) || is_set_like_view(v); };
    if (!(is_set_like_view(a) || is_set_like_view(b)) || !set_like(a) || !set_like(b)) return Value();
    auto as_set = [](const Value& v) { return is_any_set(v) ? v : make_from(&set_type, v); };
    return make_tuple({as_set(a), as_set(b)});
}

bool keys_view_equal(const Value& view, const Value& other) {
    Dict& d = as<Dict>(as<DictView>(view).dict);
    bool other_is_view = has_type(other, &dict_keys_type);
    std::size_t n = other_is_view ? as<Dict>(as<DictView>(other).dict).used : set_of(other).used;
    if (d.used != n) return false;
    for (auto& e : d.entries)
        if (e.key.is_bound() && !contains(other, e.key)) return false;
    return true;
}

Value make_set(std::initializer_list<Ref> operands) {
    OperandArray items(operands);  // hashing an item may run a class's __hash__
    Value result = new_set(&set_type);
    for (const Value& x : items) add_entry(set_of(result), x, hash_key(x));
    return result;
}

void set_add(const Value& set, const Value& item) { add_entry(set_of(set), item, hash_key(item)); }

}  // namespace py
