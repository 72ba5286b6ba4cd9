// Runtime — the collections module: deque, defaultdict, Counter, OrderedDict and namedtuple.
//
// Each is a class (py::ClassObject) as CPython's are types: user classes derive from them, isinstance sees
// the bases, and the operators reach their special methods through the class protocol. Their methods are
// native functions in the class namespace (CollectionsMethod), which bind to an instance as a function does.
// defaultdict, Counter and OrderedDict are laid out as dict (py::DictInstance), so every dict method and
// the dict fast paths of the runtime apply to them; a namedtuple class is laid out as tuple; a deque has a
// layout of its own (Deque below, a py::LayoutInstance).
#include <algorithm>
#include <cctype>
#include <deque>
#include <string>
#include <vector>

#include "internal.h"

namespace py {

namespace {

// A method of one of the module's classes: args[0] is the receiver (or the class, for a classmethod or
// __new__), checked to be an instance of `owner` when that is set.
using MethodCode = Value (*)(const Value* args, std::size_t n, Keywords& kw);
Type collections_method_type("method_descriptor", &object_type, nullptr, false, true);

struct CollectionsMethod : NativeObject {
    const char* name;
    MethodCode code;
    Type* owner;  // null: no receiver check (staticmethod, classmethod)
    CollectionsMethod(const char* n, MethodCode c, Type* o)
        : NativeObject(&collections_method_type), name(n), code(c), owner(o) {}
    bool callable() const override { return true; }
    bool binds_as_method() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs& kwargs) override {
        if (owner != nullptr) {
            if (n == 0) raise(&TypeError, std::string("unbound method ") + name + "() needs an argument");
            if (!type_of(args[0])->is_subtype_of(owner))
                raise(&TypeError, std::string("descriptor '") + name + "' for '" + qualname_of(owner) +
                                      "' objects doesn't apply to a '" + type_name(args[0]) + "' object");
        }
        Keywords kw(kwargs);
        return code(args, n, kw);
    }
    bool repr(std::string& out) override {
        out += std::string("<method '") + name + "' of '" + (owner ? owner->name : "object") + "' objects>";
        return true;
    }
};

Value str_value(const char* s) { return new_str(s); }

// A class of this module (or a namedtuple's): laid out as `layout`, its MRO the class and then `bases_mro`.
ClassObject* new_class(const std::string& name, const std::string& qualname, const std::string& module,
                       Type* layout, Type* base, std::vector<Type*> bases_mro) {
    auto* cls = new ClassObject(name, layout);
    cls->refcount = 1u << 30;  // immortal, as every class is
    cls->qualname = qualname;
    cls->dict = Value::object(new Dict());
    as<Dict>(cls->dict).set(str_value("__module__"), new_str(module));
    cls->bases = make_tuple({Value::object(base)});
    cls->mro.push_back(cls);
    cls->mro.insert(cls->mro.end(), bases_mro.begin(), bases_mro.end());
    return cls;
}

void put(ClassObject* cls, const char* name, Value v) { as<Dict>(cls->dict).set(str_value(name), std::move(v)); }
void method(ClassObject* cls, const char* name, MethodCode code) {
    put(cls, name, Value::object(new CollectionsMethod(name, code, cls)));
}
void class_method(ClassObject* cls, const char* name, MethodCode code) {
    put(cls, name, Value::object(new StaticMethod(&classmethod_type, Value::object(new CollectionsMethod(name, code, nullptr)))));
}
void property_(ClassObject* cls, const char* name, MethodCode get, MethodCode set) {
    auto* p = new Property();
    Value v = Value::object(p);
    p->fget = Value::object(new CollectionsMethod(name, get, cls));
    if (set != nullptr) p->fset = Value::object(new CollectionsMethod(name, set, cls));
    put(cls, name, std::move(v));
}

// CPython's argument-count check of a C method "type.name" (n counts self), which takes no keywords:
// "deque.pop() takes no arguments (1 given)", "deque.rotate expected at most 1 argument, got 2".
void positional(Keywords& kw, const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    kw.reject(name);
    std::string_view full = name;
    std::size_t dot = full.find('.');
    if (lo == hi && lo <= 1 && dot != std::string_view::npos) {
        std::string type(full.substr(0, dot)), method_name(full.substr(dot + 1));
        expect_method_args(type.c_str(), method_name.c_str(), n - 1, lo, hi);
    }
    check_positional(name, n - 1, lo, hi);
}

// The older wording of a few (PyArg_ParseTuple): "index() takes at least 1 argument (0 given)".
void parse_tuple_count(Keywords& kw, const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    kw.reject(name);
    std::size_t given = n - 1;
    if (given >= lo && given <= hi) return;
    std::size_t k = given < lo ? lo : hi;
    const char* how = lo == hi ? "exactly" : given < lo ? "at least" : "at most";
    raise(&TypeError, std::string(name) + "() takes " + how + " " + std::to_string(k) + " argument" +
                          (k == 1 ? "" : "s") + " (" + std::to_string(given) + " given)");
}

// A method of a Python class taking only self: "Counter.total() takes 1 positional argument but 2 were given".
void python_noargs(Keywords& kw, const char* qualname, std::size_t n) {
    if (!kw.empty())
        raise(&TypeError, std::string(qualname) + "() got an unexpected keyword argument '" + std::string(kw.all().names[0]) + "'");
    if (n != 1)
        raise(&TypeError, std::string(qualname) + "() takes 1 positional argument but " + std::to_string(n) + " were given");
}

// The same worded as a method of a Python class: "Counter.update() takes from 1 to 2 positional arguments
// but 3 were given" (self counted).
void python_positional(const char* qualname, std::size_t n, std::size_t most) {
    if (n > most)
        raise(&TypeError, std::string(qualname) + "() takes from 1 to " + std::to_string(most) +
                              " positional arguments but " + std::to_string(n) + " were given");
}

std::int64_t small_index(const Value& v) {
    if (!is_intlike(v))
        raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    return to_index(v, "deque");
}


// A class's __name__ (the last part of a runtime class's dotted name), as `type(self).__name__` gives it.
std::string short_name(const Value& obj) {
    std::string_view full = type_of(obj)->name;
    return std::string(full.substr(full.rfind('.') + 1));
}

// ---------------------------------------------------------------------------------------------------------
// deque

ClassObject* g_deque;
Value construct_empty_deque(Type* cls, const Value*, std::size_t);
Type deque_layout("collections.deque", &object_type, construct_empty_deque);
Type deque_iterator_type("_collections._deque_iterator", &object_type, nullptr, true);
Type deque_reverse_iterator_type("_collections._deque_reverse_iterator", &object_type, nullptr, true);

struct Deque : LayoutInstance {
    std::deque<Value> items;
    std::int64_t maxlen = -1;  // -1: unbounded
    std::uint64_t state = 0;   // changes with every insertion or removal, which running iterators check
    explicit Deque(Type* cls) : LayoutInstance(cls) {}

    void push_back(const Value& v) {
        if (maxlen == 0) return;
        ++state;
        items.push_back(v);
        if (maxlen > 0 && static_cast<std::int64_t>(items.size()) > maxlen) items.pop_front();
    }
    void push_front(const Value& v) {
        if (maxlen == 0) return;
        ++state;
        items.push_front(v);
        if (maxlen > 0 && static_cast<std::int64_t>(items.size()) > maxlen) items.pop_back();
    }
    std::int64_t size() const { return static_cast<std::int64_t>(items.size()); }
};

Value construct_empty_deque(Type* cls, const Value*, std::size_t) { return Value::object(new Deque(cls)); }

Deque& self_deque(const Value* args) { return *static_cast<Deque*>(args[0].obj()); }
bool is_deque(const Value& v) { return v.is_obj() && v.obj()->type->is_subtype_of(g_deque); }

// Iterates a deque front to back (or back to front), as long as nothing is added or removed meanwhile.
struct DequeIterator : Iterator {
    Value deque;
    std::size_t index = 0, remaining;
    std::uint64_t state;
    bool reverse;
    DequeIterator(const Value& d, bool rev)
        : Iterator(rev ? &deque_reverse_iterator_type : &deque_iterator_type), deque(d),
          remaining(as<Deque>(d).items.size()), state(as<Deque>(d).state), reverse(rev) {}
    bool next(Value& out) override {
        Deque& d = as<Deque>(deque);
        if (remaining == 0) return false;
        if (d.state != state) {
            remaining = 0;
            raise(&RuntimeError, "deque mutated during iteration");
        }
        out = reverse ? d.items[d.items.size() - 1 - index] : d.items[index];
        ++index;
        --remaining;
        return true;
    }
};

void deque_extend_from(Deque& d, const Value& iterable, bool left) {
    std::vector<Value> items;  // `d.extend(d)` reads what it grows: take the items first
    ForIter it(iterable);
    for (Value x; it.next(x);) items.push_back(x);
    for (const Value& x : items) left ? d.push_front(x) : d.push_back(x);
}

Value deque_init(const Value* args, std::size_t n, Keywords& kw) {
    kw.check_count("deque", n - 1, 2);
    Value iterable = kw.positional_or(args + 1, n - 1, 0, "iterable", "deque");
    Value maxlen = kw.positional_or(args + 1, n - 1, 1, "maxlen", "deque");
    kw.finish("deque");
    Deque& d = self_deque(args);
    d.maxlen = -1;
    if (maxlen.is_bound() && !maxlen.is_none()) {
        if (!is_intlike(maxlen)) raise(&TypeError, "an integer is required");
        if (!maxlen.is_small_intlike()) raise(&OverflowError, "Python int too large to convert to C ssize_t");
        if (maxlen.as_small() < 0) raise(&ValueError, "maxlen must be non-negative");
        d.maxlen = maxlen.as_small();
    }
    if (!d.items.empty()) {
        ++d.state;
        d.items.clear();
    }
    if (iterable.is_bound()) deque_extend_from(d, iterable, false);
    return Value::none();
}

Value deque_append(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.append", n, 1, 1);
    self_deque(a).push_back(a[1]);
    return Value::none();
}
Value deque_appendleft(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.appendleft", n, 1, 1);
    self_deque(a).push_front(a[1]);
    return Value::none();
}
Value deque_pop_end(const Value* a, std::size_t n, Keywords& kw, bool left) {
    positional(kw, left ? "deque.popleft" : "deque.pop", n, 0, 0);
    Deque& d = self_deque(a);
    if (d.items.empty()) raise(&IndexError, "pop from an empty deque");
    ++d.state;
    Value v = left ? std::move(d.items.front()) : std::move(d.items.back());
    left ? d.items.pop_front() : d.items.pop_back();
    return v;
}
Value deque_pop(const Value* a, std::size_t n, Keywords& kw) { return deque_pop_end(a, n, kw, false); }
Value deque_popleft(const Value* a, std::size_t n, Keywords& kw) { return deque_pop_end(a, n, kw, true); }
Value deque_extend(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.extend", n, 1, 1);
    deque_extend_from(self_deque(a), a[1], false);
    return Value::none();
}
Value deque_extendleft(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.extendleft", n, 1, 1);
    deque_extend_from(self_deque(a), a[1], true);
    return Value::none();
}
Value deque_rotate(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.rotate", n, 0, 1);
    Deque& d = self_deque(a);
    std::int64_t k = n > 1 ? small_index(a[1]) : 1;
    std::int64_t size = d.size();
    if (size <= 1) return Value::none();
    k %= size;
    if (k < 0) k += size;  // rotating right by k: the last k items move to the front
    std::rotate(d.items.begin(), d.items.end() - k, d.items.end());
    return Value::none();
}
Value deque_clear(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.clear", n, 0, 0);
    Deque& d = self_deque(a);
    ++d.state;
    std::deque<Value> old;
    old.swap(d.items);  // the items go after the deque is consistent: dropping one may run Python code
    return Value::none();
}
bool same_or_equal(const Value& x, const Value& y) { return (x.is_obj() && y.is_obj() && x.obj() == y.obj()) || equal(x, y); }
Value deque_count(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.count", n, 1, 1);
    Deque& d = self_deque(a);
    std::uint64_t state = d.state;
    std::int64_t count = 0;
    for (std::size_t i = 0; i < d.items.size(); ++i) {
        Value x = d.items[i];
        if (same_or_equal(x, a[1])) ++count;
        if (d.state != state) raise(&RuntimeError, "deque mutated during iteration");
    }
    return Value::integer(count);
}
// The position of the first item equal to x in [start, stop); -1 when none.
std::int64_t deque_find(Deque& d, const Value& x, std::int64_t start, std::int64_t stop) {
    std::uint64_t state = d.state;
    for (std::int64_t i = start; i < stop && i < d.size(); ++i) {
        Value item = d.items[static_cast<std::size_t>(i)];
        bool found = same_or_equal(item, x);
        if (d.state != state) raise(&RuntimeError, "deque mutated during iteration");
        if (found) return i;
    }
    return -1;
}
Value deque_index(const Value* a, std::size_t n, Keywords& kw) {
    parse_tuple_count(kw, "index", n, 1, 3);
    Deque& d = self_deque(a);
    std::int64_t size = d.size();
    auto bound = [&](std::size_t i, std::int64_t fallback) {
        if (n <= i) return fallback;
        std::int64_t v = small_index(a[i]);
        if (v < 0) v = std::max<std::int64_t>(v + size, 0);
        return std::min(v, size);
    };
    std::int64_t i = deque_find(d, a[1], bound(2, 0), bound(3, size));
    if (i < 0) raise(&ValueError, repr(a[1]) + " is not in deque");
    return Value::integer(i);
}
Value deque_remove(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.remove", n, 1, 1);
    Deque& d = self_deque(a);
    std::int64_t i = deque_find(d, a[1], 0, d.size());
    if (i < 0) raise(&ValueError, repr(a[1]) + " is not in deque");
    ++d.state;
    Value gone = std::move(d.items[static_cast<std::size_t>(i)]);
    d.items.erase(d.items.begin() + i);
    return Value::none();
}
Value deque_insert(const Value* a, std::size_t n, Keywords& kw) {
    parse_tuple_count(kw, "insert", n, 2, 2);
    Deque& d = self_deque(a);
    std::int64_t i = small_index(a[1]);
    std::int64_t size = d.size();
    if (d.maxlen >= 0 && size >= d.maxlen) raise(&IndexError, "deque already at its maximum size");
    if (i < 0) i = std::max<std::int64_t>(i + size, 0);
    i = std::min(i, size);
    ++d.state;
    d.items.insert(d.items.begin() + i, a[2]);
    return Value::none();
}
Value deque_reverse(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.reverse", n, 0, 0);
    Deque& d = self_deque(a);
    std::reverse(d.items.begin(), d.items.end());
    return Value::none();
}
// A new deque of the same class with the same maxlen (CPython's deque_copy: type(d)(d, maxlen) for a subclass).
Value deque_copy_of(const Value& self) {
    Deque& d = as<Deque>(self);
    Type* t = self.obj()->type;
    if (t == g_deque) {
        auto* copy = new Deque(g_deque);
        Value result = Value::object(copy);
        copy->items = d.items;
        copy->maxlen = d.maxlen;
        return result;
    }
    if (d.maxlen < 0) return call({Value::object(t), self});
    return call({Value::object(t), self, Value::integer(d.maxlen)});
}
Value deque_copy(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.copy", n, 0, 0);
    return deque_copy_of(a[0]);
}
Value deque_len(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__len__", n, 0, 0);
    return Value::integer(self_deque(a).size());
}
Value deque_iter(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__iter__", n, 0, 0);
    return Value::object(new DequeIterator(a[0], false));
}
Value deque_reversed(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__reversed__", n, 0, 0);
    return Value::object(new DequeIterator(a[0], true));
}
Value deque_contains(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__contains__", n, 1, 1);
    Deque& d = self_deque(a);
    return Value::boolean(deque_find(d, a[1], 0, d.size()) >= 0);
}
// The position `key` names in a deque of `size` items: IndexError outside it.
std::size_t deque_position(const Value& key, std::int64_t size) {
    if (!is_intlike(key)) raise(&TypeError, std::string("sequence index must be integer, not '") + type_name(key) + "'");
    std::int64_t i = key.is_small_intlike() ? key.as_small() : (compare(key, Value::integer(0), CmpOp::Lt) ? -size - 1 : size);
    if (i < 0) i += size;
    if (i < 0 || i >= size) raise(&IndexError, "deque index out of range");
    return static_cast<std::size_t>(i);
}
Value deque_getitem(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__getitem__", n, 1, 1);
    Deque& d = self_deque(a);
    return d.items[deque_position(a[1], d.size())];
}
Value deque_setitem(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__setitem__", n, 2, 2);
    Deque& d = self_deque(a);
    d.items[deque_position(a[1], d.size())] = a[2];
    return Value::none();
}
Value deque_delitem(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__delitem__", n, 1, 1);
    Deque& d = self_deque(a);
    std::size_t i = deque_position(a[1], d.size());
    ++d.state;
    Value gone = std::move(d.items[i]);
    d.items.erase(d.items.begin() + static_cast<std::ptrdiff_t>(i));
    return Value::none();
}
Value deque_repr(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__repr__", n, 0, 0);
    Deque& d = self_deque(a);
    ReprGuard guard(&d);
    if (guard.recursive) return new_str("[...]");
    std::vector<Value> items(d.items.begin(), d.items.end());  // a __repr__ may change the deque
    std::string out = short_name(a[0]) + "([";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + repr(items[i]);
    out += "]";
    if (d.maxlen >= 0) out += ", maxlen=" + std::to_string(d.maxlen);
    out += ")";
    return new_str(out);
}
// deque <op> deque, lexicographically as lists compare; NotImplemented for anything but two deques.
Value deque_compare(const Value* a, std::size_t n, Keywords& kw, CmpOp op, int eq) {
    positional(kw, "deque.__eq__", n, 1, 1);
    if (!is_deque(a[1])) return not_implemented();
    std::vector<Value> x(self_deque(a).items.begin(), self_deque(a).items.end());
    std::vector<Value> y(as<Deque>(a[1]).items.begin(), as<Deque>(a[1]).items.end());
    std::size_t i = 0;
    while (i < x.size() && i < y.size() && same_or_equal(x[i], y[i])) ++i;
    if (eq != 0) {  // 1: ==, -1: !=
        bool same = i == x.size() && i == y.size();
        return Value::boolean(eq > 0 ? same : !same);
    }
    if (i < x.size() && i < y.size()) return Value::boolean(compare(x[i], y[i], op));
    Value lx = Value::integer(static_cast<std::int64_t>(x.size())), ly = Value::integer(static_cast<std::int64_t>(y.size()));
    return Value::boolean(compare(lx, ly, op));
}
Value deque_eq(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Lt, 1); }
Value deque_ne(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Lt, -1); }
Value deque_lt(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Lt, 0); }
Value deque_le(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Le, 0); }
Value deque_gt(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Gt, 0); }
Value deque_ge(const Value* a, std::size_t n, Keywords& kw) { return deque_compare(a, n, kw, CmpOp::Ge, 0); }
Value deque_add(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__add__", n, 1, 1);
    if (!is_deque(a[1]))
        raise(&TypeError, std::string("can only concatenate deque (not \"") + type_name(a[1]) + "\") to deque");
    Value result = deque_copy_of(a[0]);
    deque_extend_from(as<Deque>(result), a[1], false);
    return result;
}
// The deque repeated `count` times, in place; a bounded deque keeps the last maxlen items.
void deque_repeat(Deque& d, const Value& count) {
    if (!is_intlike(count))
        raise(&TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(count) + "'");
    std::int64_t times = count.is_small_intlike() ? count.as_small() : 0;
    std::deque<Value> once = d.items;
    ++d.state;
    if (times <= 0) {
        d.items.clear();
        return;
    }
    for (std::int64_t k = 1; k < times; ++k)
        for (const Value& v : once) d.push_back(v);
}
Value deque_mul(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__mul__", n, 1, 1);
    if (!is_intlike(a[1]))
        raise(&TypeError, std::string("can't multiply sequence by non-int of type '") + type_name(a[1]) + "'");
    Value result = deque_copy_of(a[0]);
    deque_repeat(as<Deque>(result), a[1]);
    return result;
}
Value deque_iadd(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__iadd__", n, 1, 1);
    deque_extend_from(self_deque(a), a[1], false);
    return a[0];
}
Value deque_imul(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "deque.__imul__", n, 1, 1);
    deque_repeat(self_deque(a), a[1]);
    return a[0];
}
Value deque_maxlen(const Value* a, std::size_t n, Keywords& kw) {
    Deque& d = self_deque(a);
    return d.maxlen < 0 ? Value::none() : Value::integer(d.maxlen);
}
Value deque_set_maxlen(const Value* a, std::size_t n, Keywords& kw) {
    raise(&AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable");
}

ClassObject* make_deque_class() {
    ClassObject* cls = new_class("collections.deque", "deque", "collections", &deque_layout, &object_type, {&object_type});
    g_deque = cls;
    method(cls, "__init__", deque_init);
    method(cls, "append", deque_append);
    method(cls, "appendleft", deque_appendleft);
    method(cls, "pop", deque_pop);
    method(cls, "popleft", deque_popleft);
    method(cls, "extend", deque_extend);
    method(cls, "extendleft", deque_extendleft);
    method(cls, "rotate", deque_rotate);
    method(cls, "clear", deque_clear);
    method(cls, "count", deque_count);
    method(cls, "index", deque_index);
    method(cls, "remove", deque_remove);
    method(cls, "insert", deque_insert);
    method(cls, "reverse", deque_reverse);
    method(cls, "copy", deque_copy);
    method(cls, "__copy__", deque_copy);
    method(cls, "__len__", deque_len);
    method(cls, "__iter__", deque_iter);
    method(cls, "__reversed__", deque_reversed);
    method(cls, "__contains__", deque_contains);
    method(cls, "__getitem__", deque_getitem);
    method(cls, "__setitem__", deque_setitem);
    method(cls, "__delitem__", deque_delitem);
    method(cls, "__repr__", deque_repr);
    method(cls, "__eq__", deque_eq);
    method(cls, "__ne__", deque_ne);
    method(cls, "__lt__", deque_lt);
    method(cls, "__le__", deque_le);
    method(cls, "__gt__", deque_gt);
    method(cls, "__ge__", deque_ge);
    method(cls, "__add__", deque_add);
    method(cls, "__mul__", deque_mul);
    method(cls, "__rmul__", deque_mul);
    method(cls, "__iadd__", deque_iadd);
    method(cls, "__imul__", deque_imul);
    put(cls, "__hash__", Value::none());
    property_(cls, "maxlen", deque_maxlen, deque_set_maxlen);
    return cls;
}

// ---------------------------------------------------------------------------------------------------------
// The dict subclasses

DictInstance& self_dict(const Value* args) { return *static_cast<DictInstance*>(args[0].obj()); }

// The live entries of a dict, copied: Python code run while walking them may change the dict.
std::vector<Dict::Entry> entries_of(const Value& d) {
    std::vector<Dict::Entry> out;
    for (const auto& e : as<Dict>(d).entries)
        if (e.key.is_bound()) out.push_back(e);
    return out;
}

// dict.__init__'s part: one mapping or iterable of pairs, then the keywords. `too_many` is the message for
// more positional arguments, less the count: "dict expected at most 1 argument, got ".
void dict_fill(Dict& d, const Value* args, std::size_t n, Keywords& kw, const char* too_many) {
    if (n > 1) raise(&TypeError, too_many + std::to_string(n));
    if (n == 1) update_dict(d, args[0]);
    const KwArgs& all = kw.all();
    for (std::size_t k = 0; k < all.size; ++k) d.set(new_str(all.names[k]), all.values[k]);
}

// dict's repr of a dict subclass's instance, without the class's __repr__.
std::string plain_dict_repr(const Value& d) { return builtin_repr(d); }

// cls.fromkeys(iterable, value=None) for OrderedDict and defaultdict: cls(), then d[key] = value.
Value dict_fromkeys(const Value* a, std::size_t n, Keywords& kw) {
    kw.reject("fromkeys");
    check_positional("fromkeys", n - 1, 1, 2);
    Value result = call({a[0]});
    Value value = n > 2 ? a[2] : Value::none();
    ForIter it(a[1]);
    for (Value key; it.next(key);) setitem({result, key, value});
    return result;
}

// ---- defaultdict

ClassObject* g_defaultdict;

Value defaultdict_init(const Value* a, std::size_t n, Keywords& kw) {
    DictInstance& d = self_dict(a);
    Value factory = n > 1 ? a[1] : Value::none();
    if (!factory.is_none() && !is_callable(factory)) raise(&TypeError, "first argument must be callable or None");
    d.default_factory = factory;
    dict_fill(d, a + 2, n > 2 ? n - 2 : 0, kw, "dict expected at most 1 argument, got ");
    return Value::none();
}
Value defaultdict_missing(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "defaultdict.__missing__", n, 1, 1);
    const Value& factory = self_dict(a).default_factory;
    if (factory.is_unbound() || factory.is_none()) raise_key_error(a[1]);
    Value value = call({factory});
    setitem({a[0], a[1], value});
    return value;
}
Value defaultdict_repr(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "defaultdict.__repr__", n, 0, 0);
    const Value& factory = self_dict(a).default_factory;
    std::string factory_repr;
    if (factory.is_unbound() || factory.is_none()) {
        factory_repr = "None";
    } else {
        ReprGuard guard(a[0].obj());  // a factory whose repr shows this dict again prints as `...`
        factory_repr = guard.recursive ? "..." : repr(factory);
    }
    return new_str(short_name(a[0]) + "(" + factory_repr + ", " + plain_dict_repr(a[0]) + ")");
}
Value defaultdict_copy(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "defaultdict.copy", n, 0, 0);
    const Value& factory = self_dict(a).default_factory;
    return call({Value::object(type_of(a[0])), factory.is_bound() ? factory : Value::none(), a[0]});
}
Value defaultdict_factory(const Value* a, std::size_t, Keywords&) {
    const Value& factory = self_dict(a).default_factory;
    return factory.is_bound() ? factory : Value::none();
}
Value defaultdict_set_factory(const Value* a, std::size_t, Keywords&) {
    self_dict(a).default_factory = a[1];
    return Value::none();
}
// defaultdict | mapping: a copy updated by the other dict (PEP 584); NotImplemented for a non-dict.
Value defaultdict_or(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "defaultdict.__or__", n, 1, 1);
    if (!is_dict_layout(a[1])) return not_implemented();
    Keywords none{KwArgs{}};
    Value result = defaultdict_copy(a, 1, none);
    update_dict(as<Dict>(result), a[1]);
    return result;
}
Value defaultdict_ror(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "defaultdict.__ror__", n, 1, 1);
    if (!is_dict_layout(a[1])) return not_implemented();
    const Value& factory = self_dict(a).default_factory;
    Value result = call({Value::object(type_of(a[0])), factory.is_bound() ? factory : Value::none(), a[1]});
    update_dict(as<Dict>(result), a[0]);
    return result;
}

ClassObject* make_defaultdict_class() {
    ClassObject* cls = new_class("collections.defaultdict", "defaultdict", "collections", &dict_type, &dict_type,
                                 {&dict_type, &object_type});
    g_defaultdict = cls;
    method(cls, "__init__", defaultdict_init);
    method(cls, "__missing__", defaultdict_missing);
    method(cls, "__repr__", defaultdict_repr);
    method(cls, "copy", defaultdict_copy);
    method(cls, "__copy__", defaultdict_copy);
    method(cls, "__or__", defaultdict_or);
    method(cls, "__ror__", defaultdict_ror);
    class_method(cls, "fromkeys", dict_fromkeys);
    property_(cls, "default_factory", defaultdict_factory, defaultdict_set_factory);
    return cls;
}

// ---- OrderedDict

ClassObject* g_ordereddict;

Value ordereddict_init(const Value* a, std::size_t n, Keywords& kw) {
    dict_fill(self_dict(a), a + 1, n - 1, kw, "expected at most 1 arguments, got ");  // (sic)
    return Value::none();
}
Value ordereddict_repr(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.__repr__", n, 0, 0);
    std::string name = short_name(a[0]);
    ReprGuard guard(a[0].obj());
    if (guard.recursive) return new_str("...");
    std::vector<Dict::Entry> entries = entries_of(a[0]);
    if (entries.empty()) return new_str(name + "()");
    std::string out = name + "([";
    for (std::size_t i = 0; i < entries.size(); ++i)
        out += (i > 0 ? ", (" : "(") + repr(entries[i].key) + ", " + repr(entries[i].value) + ")";
    return new_str(out + "])");
}
// Rebuilds the dict with `first` in front of the other entries.
void move_to_front(Dict& d, const Value& key, const Value& value) {
    std::vector<Dict::Entry> rest;
    for (auto& e : d.entries)
        if (e.key.is_bound() && !(e.key.obj() == key.obj() && e.key.tag() == key.tag()) && !equal(e.key, key)) rest.push_back(e);
    d.entries.clear();
    d.index.clear();
    d.used = 0;
    d.set(key, value);
    for (auto& e : rest) d.set(e.key, e.value);
}
Value ordereddict_move_to_end(const Value* a, std::size_t n, Keywords& kw) {
    kw.check_count("move_to_end", n - 1, 2);
    Value key = kw.positional_or(a + 1, n - 1, 0, "key", "move_to_end");
    Value last = kw.positional_or(a + 1, n - 1, 1, "last", "move_to_end");
    kw.finish("move_to_end");
    Keywords::require(key, "move_to_end", "key", 1);
    Dict& d = self_dict(a);
    Value* found = d.find(key);
    if (found == nullptr) raise_key_error(key);
    Value value = *found;
    if (last.is_unbound() || truthy(last)) {
        d.erase(key);
        d.set(key, value);
    } else {
        move_to_front(d, key, value);
    }
    return Value::none();
}
Value ordereddict_popitem(const Value* a, std::size_t n, Keywords& kw) {
    kw.check_count("popitem", n - 1, 1);
    Value last = kw.positional_or(a + 1, n - 1, 0, "last", "popitem");
    kw.finish("popitem");
    Dict& d = self_dict(a);
    if (d.used == 0) raise_key_error(new_str("dictionary is empty"));
    bool from_end = last.is_unbound() || truthy(last);
    Dict::Entry* pick = nullptr;
    if (from_end) {
        for (auto it = d.entries.rbegin(); it != d.entries.rend() && pick == nullptr; ++it)
            if (it->key.is_bound()) pick = &*it;
    } else {
        for (auto& e : d.entries)
            if (e.key.is_bound()) {
                pick = &e;
                break;
            }
    }
    Value key = pick->key, value = pick->value;
    d.erase(key);
    return make_tuple({key, value});
}
// OrderedDict == OrderedDict also compares the order; with any other dict, as dicts.
Value ordereddict_equal(const Value* a, std::size_t n, bool negate) {
    if (!is_dict_layout(a[1])) return not_implemented();
    bool same = builtin_equal(a[0], a[1]);
    if (same && a[1].obj()->type->is_subtype_of(g_ordereddict)) {
        std::vector<Dict::Entry> x = entries_of(a[0]), y = entries_of(a[1]);
        for (std::size_t i = 0; same && i < x.size(); ++i) same = same_or_equal(x[i].key, y[i].key);
    }
    return Value::boolean(same != negate);
}
Value ordereddict_eq(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.__eq__", n, 1, 1);
    return ordereddict_equal(a, n, false);
}
Value ordereddict_ne(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.__ne__", n, 1, 1);
    return ordereddict_equal(a, n, true);
}
Value ordereddict_copy(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.copy", n, 0, 0);
    return call({Value::object(type_of(a[0])), a[0]});
}
Value ordereddict_or(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.__or__", n, 1, 1);
    if (!is_dict_layout(a[1])) return not_implemented();
    Value result = call({Value::object(type_of(a[0])), a[0]});
    update_dict(as<Dict>(result), a[1]);
    return result;
}
Value ordereddict_ror(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "OrderedDict.__ror__", n, 1, 1);
    if (!is_dict_layout(a[1])) return not_implemented();
    Value result = call({Value::object(type_of(a[0])), a[1]});
    update_dict(as<Dict>(result), a[0]);
    return result;
}

ClassObject* make_ordereddict_class() {
    ClassObject* cls = new_class("collections.OrderedDict", "OrderedDict", "collections", &dict_type, &dict_type,
                                 {&dict_type, &object_type});
    g_ordereddict = cls;
    method(cls, "__init__", ordereddict_init);
    method(cls, "__repr__", ordereddict_repr);
    method(cls, "move_to_end", ordereddict_move_to_end);
    method(cls, "popitem", ordereddict_popitem);
    method(cls, "__eq__", ordereddict_eq);
    method(cls, "__ne__", ordereddict_ne);
    method(cls, "copy", ordereddict_copy);
    method(cls, "__copy__", ordereddict_copy);
    method(cls, "__or__", ordereddict_or);
    method(cls, "__ror__", ordereddict_ror);
    class_method(cls, "fromkeys", dict_fromkeys);
    put(cls, "__hash__", Value::none());
    return cls;
}

// ---- Counter (a Python class in CPython: its methods are written here as Lib/collections/__init__.py has them)

ClassObject* g_counter;

bool is_counter(const Value& v) { return v.is_obj() && v.obj()->type->is_subtype_of(g_counter); }

// counter[key], a missing key counting 0 (Counter.__missing__).
Value count_of(const Value& counter, const Value& key) {
    if (Value* v = as<Dict>(counter).find(key)) return *v;
    return getitem({counter, key});
}
Value count_or_zero(Dict& d, const Value& key) {
    Value* v = d.find(key);
    return v != nullptr ? *v : Value::integer(0);
}
bool positive(const Value& v) { return compare(v, Value::integer(0), CmpOp::Gt); }
bool negative(const Value& v) { return compare(v, Value::integer(0), CmpOp::Lt); }

// Counter.update / subtract: counts from a mapping, or one per item of an iterable; then the keywords.
void counter_add(const Value& self, const Value& source, bool subtract) {
    Dict& d = as<Dict>(self);
    if (is_dict_layout(source)) {
        if (!subtract && d.used == 0) {  // dict.update: the counts as they are
            update_dict(d, source);
            return;
        }
        for (const auto& e : entries_of(source)) {
            Value old = count_or_zero(d, e.key);
            setitem({self, e.key, subtract ? sub({old, e.value}) : add({e.value, old})});
        }
        return;
    }
    ForIter it(source);
    for (Value x; it.next(x);) {
        Value old = count_or_zero(d, x);
        setitem({self, x, subtract ? sub({old, Value::integer(1)}) : add({old, Value::integer(1)})});
    }
}
Value counter_update_kw(const Value* a, std::size_t n, Keywords& kw, bool subtract, const char* qualname) {
    python_positional(qualname, n, 2);
    if (n == 2 && !a[1].is_none()) counter_add(a[0], a[1], subtract);
    if (!kw.empty()) {
        Value extra = Value::object(new Dict());
        const KwArgs& all = kw.all();
        for (std::size_t k = 0; k < all.size; ++k) as<Dict>(extra).set(new_str(all.names[k]), all.values[k]);
        counter_add(a[0], extra, subtract);
    }
    return Value::none();
}
Value counter_init(const Value* a, std::size_t n, Keywords& kw) {
    return counter_update_kw(a, n, kw, false, "Counter.__init__");
}
Value counter_update(const Value* a, std::size_t n, Keywords& kw) {
    return counter_update_kw(a, n, kw, false, "Counter.update");
}
Value counter_subtract(const Value* a, std::size_t n, Keywords& kw) {
    return counter_update_kw(a, n, kw, true, "Counter.subtract");
}
Value counter_missing(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "Counter.__missing__", n, 1, 1);
    return Value::integer(0);
}
// The (elem, count) pairs by count, largest first; equal counts in insertion order (a stable sort).
std::vector<Dict::Entry> by_count(const Value& self) {
    std::vector<Dict::Entry> entries = entries_of(self);
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Dict::Entry& x, const Dict::Entry& y) { return compare(x.value, y.value, CmpOp::Gt); });
    return entries;
}
Value counter_most_common(const Value* a, std::size_t n, Keywords& kw) {
    Value count = kw.positional_or(a + 1, n - 1, 0, "n", "most_common");
    kw.finish("most_common");
    if (n > 2)
        raise(&TypeError, "Counter.most_common() takes from 1 to 2 positional arguments but " + std::to_string(n) +
                              " were given");
    std::size_t size = as<Dict>(a[0]).used;
    std::size_t take = size;
    if (count.is_bound() && !count.is_none()) {
        // heapq.nlargest(n, ...)'s order of checks: n == 1, then n >= len, then n used as a count
        if (equal(count, Value::integer(1))) {
            take = std::min<std::size_t>(size, 1);
        } else if (compare(count, Value::integer(static_cast<std::int64_t>(size)), CmpOp::Ge)) {
            if (!is_intlike(count))  // sorted(...)[:n]
                raise(&TypeError, "slice indices must be integers or None or have an __index__ method");
        } else {
            if (!is_intlike(count))
                raise(&TypeError, std::string("'") + type_name(count) + "' object cannot be interpreted as an integer");
            take = compare(count, Value::integer(0), CmpOp::Le) ? 0 : static_cast<std::size_t>(count.as_small());
        }
    }
    std::vector<Dict::Entry> entries = by_count(a[0]);
    auto* out = new List();
    Value result = Value::object(out);
    for (std::size_t i = 0; i < take && i < entries.size(); ++i) out->items.push_back(make_tuple({entries[i].key, entries[i].value}));
    return result;
}
Value counter_elements(const Value* a, std::size_t n, Keywords& kw) {
    python_noargs(kw, "Counter.elements", n);
    auto* out = new List();
    Value items = Value::object(out);
    for (const auto& e : entries_of(a[0])) {
        if (!is_intlike(e.value))
            raise(&TypeError, std::string("'") + type_name(e.value) + "' object cannot be interpreted as an integer");
        for (std::int64_t k = 0; e.value.is_small_intlike() && k < e.value.as_small(); ++k) out->items.push_back(e.key);
    }
    return builtin_iter(items);  // CPython's is an itertools.chain; this one iterates the same items
}
Value counter_total(const Value* a, std::size_t n, Keywords& kw) {
    python_noargs(kw, "Counter.total", n);
    Value sum = Value::integer(0);
    for (const auto& e : entries_of(a[0])) sum = add({sum, e.value});
    return sum;
}
Value counter_copy(const Value* a, std::size_t n, Keywords& kw) {
    python_noargs(kw, "Counter.copy", n);
    return call({Value::object(type_of(a[0])), a[0]});
}
Value counter_delitem(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "Counter.__delitem__", n, 1, 1);
    as<Dict>(a[0]).erase(a[1]);  // a missing element is no error
    return Value::none();
}
Value counter_repr(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "Counter.__repr__", n, 0, 0);
    std::string name = short_name(a[0]);
    if (as<Dict>(a[0]).used == 0) return new_str(name + "()");
    Value d = Value::object(new Dict());
    try {
        for (const auto& e : by_count(a[0])) as<Dict>(d).set(e.key, e.value);
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&TypeError)) throw;
        d = Value::object(new Dict());  // counts that do not order: as they are
        update_dict(as<Dict>(d), a[0]);
    }
    return new_str(name + "(" + repr(d) + ")");
}
Value counter_fromkeys(const Value*, std::size_t, Keywords&) {
    raise(&NotImplementedError, "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
}
Value new_counter() { return Value::object(new DictInstance(g_counter)); }

// The binary operators: a new Counter; NotImplemented unless both are Counters.
enum class CounterOp { Add, Sub, Or, And };
Value counter_binary(const Value* a, std::size_t n, Keywords& kw, CounterOp op) {
    positional(kw, "Counter.__add__", n, 1, 1);
    const Value& self = a[0];
    const Value& other = a[1];
    if (!is_counter(other)) return not_implemented();
    Value result = new_counter();
    Dict& r = as<Dict>(result);
    for (const auto& e : entries_of(self)) {
        Value theirs = count_of(other, e.key);
        Value count;
        switch (op) {
            case CounterOp::Add: count = add({e.value, theirs}); break;
            case CounterOp::Sub: count = sub({e.value, theirs}); break;
            case CounterOp::Or: count = compare(e.value, theirs, CmpOp::Lt) ? theirs : e.value; break;
            case CounterOp::And: count = compare(e.value, theirs, CmpOp::Lt) ? e.value : theirs; break;
        }
        if (positive(count)) r.set(e.key, count);
    }
    if (op == CounterOp::And) return result;
    for (const auto& e : entries_of(other)) {
        if (as<Dict>(self).find(e.key) != nullptr) continue;
        if (op == CounterOp::Sub) {
            if (negative(e.value)) r.set(e.key, sub({Value::integer(0), e.value}));
        } else if (positive(e.value)) {
            r.set(e.key, e.value);
        }
    }
    return result;
}
Value counter_add_op(const Value* a, std::size_t n, Keywords& kw) { return counter_binary(a, n, kw, CounterOp::Add); }
Value counter_sub_op(const Value* a, std::size_t n, Keywords& kw) { return counter_binary(a, n, kw, CounterOp::Sub); }
Value counter_or_op(const Value* a, std::size_t n, Keywords& kw) { return counter_binary(a, n, kw, CounterOp::Or); }
Value counter_and_op(const Value* a, std::size_t n, Keywords& kw) { return counter_binary(a, n, kw, CounterOp::And); }

// +c and -c: the positive counts, or the negated negative ones.
Value counter_unary(const Value* a, bool negate) {
    Value result = new_counter();
    for (const auto& e : entries_of(a[0])) {
        if (!negate && positive(e.value)) as<Dict>(result).set(e.key, e.value);
        if (negate && negative(e.value)) as<Dict>(result).set(e.key, sub({Value::integer(0), e.value}));
    }
    return result;
}
Value counter_pos(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "Counter.__pos__", n, 0, 0);
    return counter_unary(a, false);
}
Value counter_neg(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "Counter.__neg__", n, 0, 0);
    return counter_unary(a, true);
}

// The in-place operators: the counts updated, then those not positive dropped (_keep_positive).
Value counter_inplace(const Value* a, std::size_t n, Keywords& kw, CounterOp op) {
    positional(kw, "Counter.__iadd__", n, 1, 1);
    const Value& self = a[0];
    const Value& other = a[1];
    if (!is_counter(other)) return not_implemented();
    if (op == CounterOp::And) {
        for (const auto& e : entries_of(self)) {
            Value theirs = count_of(other, e.key);
            if (compare(theirs, e.value, CmpOp::Lt)) setitem({self, e.key, theirs});
        }
    } else {
        for (const auto& e : entries_of(other)) {
            Value mine = count_of(self, e.key);
            if (op == CounterOp::Or) {
                if (compare(e.value, mine, CmpOp::Gt)) setitem({self, e.key, e.value});
            } else {
                setitem({self, e.key, op == CounterOp::Add ? add({mine, e.value}) : sub({mine, e.value})});
            }
        }
    }
    for (const auto& e : entries_of(self))
        if (!positive(e.value)) as<Dict>(self).erase(e.key);
    return self;
}
Value counter_iadd(const Value* a, std::size_t n, Keywords& kw) { return counter_inplace(a, n, kw, CounterOp::Add); }
Value counter_isub(const Value* a, std::size_t n, Keywords& kw) { return counter_inplace(a, n, kw, CounterOp::Sub); }
Value counter_ior(const Value* a, std::size_t n, Keywords& kw) { return counter_inplace(a, n, kw, CounterOp::Or); }
Value counter_iand(const Value* a, std::size_t n, Keywords& kw) { return counter_inplace(a, n, kw, CounterOp::And); }

// The rich comparisons (3.10): multiset equality and inclusion, a missing element counting 0.
Value counter_compare(const Value* a, std::size_t n, Keywords& kw, int op) {
    positional(kw, "Counter.__eq__", n, 1, 1);
    const Value& self = a[0];
    const Value& other = a[1];
    if (!is_counter(other)) return not_implemented();
    auto all = [&](CmpOp cmp, bool eq) {
        for (const Value* c : {&self, &other})
            for (const auto& e : entries_of(*c)) {
                Value x = count_of(self, e.key), y = count_of(other, e.key);
                if (!(eq ? equal(x, y) : compare(x, y, cmp))) return false;
            }
        return true;
    };
    switch (op) {
        case 0: return Value::boolean(all(CmpOp::Lt, true));                          // ==
        case 1: return Value::boolean(!all(CmpOp::Lt, true));                         // !=
        case 2: return Value::boolean(all(CmpOp::Le, false));                         // <=
        case 3: return Value::boolean(all(CmpOp::Le, false) && !all(CmpOp::Lt, true));  // <
        case 4: return Value::boolean(all(CmpOp::Ge, false));                         // >=
        default: return Value::boolean(all(CmpOp::Ge, false) && !all(CmpOp::Lt, true));  // >
    }
}
Value counter_eq(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 0); }
Value counter_ne(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 1); }
Value counter_le(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 2); }
Value counter_lt(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 3); }
Value counter_ge(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 4); }
Value counter_gt(const Value* a, std::size_t n, Keywords& kw) { return counter_compare(a, n, kw, 5); }

ClassObject* make_counter_class() {
    ClassObject* cls = new_class("Counter", "Counter", "collections", &dict_type, &dict_type, {&dict_type, &object_type});
    g_counter = cls;
    method(cls, "__init__", counter_init);
    method(cls, "update", counter_update);
    method(cls, "subtract", counter_subtract);
    method(cls, "__missing__", counter_missing);
    method(cls, "most_common", counter_most_common);
    method(cls, "elements", counter_elements);
    method(cls, "total", counter_total);
    method(cls, "copy", counter_copy);
    method(cls, "__copy__", counter_copy);
    method(cls, "__delitem__", counter_delitem);
    method(cls, "__repr__", counter_repr);
    method(cls, "__add__", counter_add_op);
    method(cls, "__sub__", counter_sub_op);
    method(cls, "__or__", counter_or_op);
    method(cls, "__and__", counter_and_op);
    method(cls, "__pos__", counter_pos);
    method(cls, "__neg__", counter_neg);
    method(cls, "__iadd__", counter_iadd);
    method(cls, "__isub__", counter_isub);
    method(cls, "__ior__", counter_ior);
    method(cls, "__iand__", counter_iand);
    method(cls, "__eq__", counter_eq);
    method(cls, "__ne__", counter_ne);
    method(cls, "__le__", counter_le);
    method(cls, "__lt__", counter_lt);
    method(cls, "__ge__", counter_ge);
    method(cls, "__gt__", counter_gt);
    class_method(cls, "fromkeys", counter_fromkeys);
    put(cls, "__hash__", Value::none());
    return cls;
}

// ---------------------------------------------------------------------------------------------------------
// namedtuple

Type field_getter_type("_collections._tuplegetter", &object_type, nullptr, false, true);

// The getter of a namedtuple field: item `index` of the tuple.
struct FieldGetter : NativeObject {
    std::size_t index;
    explicit FieldGetter(std::size_t i) : NativeObject(&field_getter_type), index(i) {}
    bool callable() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs&) override {
        if (n != 1 || !is_tuple_layout(args[0]) || index >= as<Tuple>(args[0]).items().size())
            raise(&TypeError, "descriptor for index '" + std::to_string(index) + "' for tuple subclasses doesn't apply to '" +
                                  (n > 0 ? type_name(args[0]) : "nothing") + "' object");
        return as<Tuple>(args[0]).items()[index];
    }
};

// A namedtuple's fields are read-only descriptors (CPython's _tuplegetter), with its messages.
Value field_setter(const Value*, std::size_t, Keywords&) { raise(&AttributeError, "can't set attribute"); }
Value field_deleter(const Value*, std::size_t, Keywords&) { raise(&AttributeError, "can't delete attribute"); }

// The class attribute `name` of obj's class (a namedtuple's _fields, _field_defaults).
Value class_attribute(Type* cls, const char* name) { return lookup_on_type(cls, str_value(name)); }

std::vector<std::string> field_names(Type* cls) {
    std::vector<std::string> out;
    for (const Value& f : as<Tuple>(class_attribute(cls, "_fields")).items()) out.emplace_back(as<Str>(f).text());
    return out;
}

Value make_instance(Type* cls, std::vector<Value> items) {
    Tuple* t = Tuple::make(std::move(items));
    t->type = cls;
    return Value::object(t);
}

std::string quoted_list(const std::vector<std::string>& names) {  // 'x', 'y' and 'z' as CPython lists them
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
        out += "'" + names[i] + "'";
    }
    return out;
}

// __new__(_cls, field0, field1, ...): the fields bound as a Python function binds its parameters.
Value namedtuple_new(const Value* a, std::size_t n, Keywords& kw) {
    Type* cls = static_cast<Type*>(a[0].obj());
    Type* defining = cls;  // the namedtuple class itself (a subclass's MRO has it after the subclass)
    while (defining->heap && as<Dict>(static_cast<ClassObject*>(defining)->dict).find(str_value("_fields")) == nullptr)
        defining = static_cast<ClassObject*>(defining)->mro[1];
    std::string fname = qualname_of(defining) + ".__new__()";
    std::vector<std::string> names = field_names(cls);
    Value defaults = class_attribute(cls, "_field_defaults");
    std::size_t nf = names.size(), npos = n - 1;
    std::size_t ndefaults = as<Dict>(defaults).used;
    if (npos > nf) {
        std::string takes = ndefaults == 0 ? std::to_string(nf + 1)
                                           : "from " + std::to_string(nf + 1 - ndefaults) + " to " + std::to_string(nf + 1);
        raise(&TypeError, fname + " takes " + takes + " positional argument" + (nf + 1 == 1 && ndefaults == 0 ? "" : "s") +
                              " but " + std::to_string(npos + 1) + (npos + 1 == 1 ? " was" : " were") + " given");
    }
    std::vector<Value> items(nf);
    for (std::size_t i = 0; i < npos; ++i) items[i] = a[1 + i];
    const KwArgs& all = kw.all();
    for (std::size_t k = 0; k < all.size; ++k) {
        auto it = std::find(names.begin(), names.end(), all.names[k]);
        if (it == names.end())
            raise(&TypeError, fname + " got an unexpected keyword argument '" + std::string(all.names[k]) + "'");
        std::size_t i = static_cast<std::size_t>(it - names.begin());
        if (items[i].is_bound()) raise(&TypeError, fname + " got multiple values for argument '" + names[i] + "'");
        items[i] = all.values[k];
    }
    std::vector<std::string> missing;
    for (std::size_t i = 0; i < nf; ++i) {
        if (items[i].is_bound()) continue;
        if (Value* d = as<Dict>(defaults).find(new_str(names[i])))
            items[i] = *d;
        else
            missing.push_back(names[i]);
    }
    if (!missing.empty())
        raise(&TypeError, fname + " missing " + std::to_string(missing.size()) + " required positional argument" +
                              (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
    return make_instance(cls, std::move(items));
}
Value namedtuple_make(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "_make", n, 1, 1);
    Type* cls = static_cast<Type*>(a[0].obj());
    std::vector<Value> items;
    ForIter it(a[1]);
    for (Value x; it.next(x);) items.push_back(x);
    std::size_t nf = field_names(cls).size();
    if (items.size() != nf)
        raise(&TypeError, "Expected " + std::to_string(nf) + " arguments, got " + std::to_string(items.size()));
    return make_instance(cls, std::move(items));
}
Value namedtuple_replace(const Value* a, std::size_t n, Keywords& kw) {
    if (n != 1)
        raise(&TypeError, "_replace() takes 1 positional argument but " + std::to_string(n) + " were given");
    Type* cls = type_of(a[0]);
    std::vector<std::string> names = field_names(cls);
    std::vector<Value> items(as<Tuple>(a[0]).items().begin(), as<Tuple>(a[0]).items().end());
    if (items.size() != names.size())
        raise(&TypeError, "Expected " + std::to_string(names.size()) + " arguments, got " + std::to_string(items.size()));
    const KwArgs& all = kw.all();
    std::vector<std::string> unexpected;
    for (std::size_t k = 0; k < all.size; ++k) {
        auto it = std::find(names.begin(), names.end(), all.names[k]);
        if (it == names.end())
            unexpected.emplace_back(all.names[k]);
        else
            items[static_cast<std::size_t>(it - names.begin())] = all.values[k];
    }
    if (!unexpected.empty()) {
        auto* list = new List();
        Value shown = Value::object(list);
        for (const auto& u : unexpected) list->items.push_back(new_str(u));
        raise(&ValueError, "Got unexpected field names: " + repr(shown));
    }
    return make_instance(cls, std::move(items));
}
Value namedtuple_asdict(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "_asdict", n, 0, 0);
    std::vector<std::string> names = field_names(type_of(a[0]));
    Value d = Value::object(new Dict());
    const auto& items = as<Tuple>(a[0]).items();
    for (std::size_t i = 0; i < names.size() && i < items.size(); ++i) as<Dict>(d).set(new_str(names[i]), items[i]);
    return d;
}
Value namedtuple_repr(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "__repr__", n, 0, 0);
    std::vector<std::string> names = field_names(type_of(a[0]));
    const auto& items = as<Tuple>(a[0]).items();
    std::string out = short_name(a[0]) + "(";
    for (std::size_t i = 0; i < names.size() && i < items.size(); ++i)
        out += (i > 0 ? ", " : "") + names[i] + "=" + repr(items[i]);
    return new_str(out + ")");
}
Value namedtuple_getnewargs(const Value* a, std::size_t n, Keywords& kw) {
    positional(kw, "__getnewargs__", n, 0, 0);
    return Value::object(Tuple::make(as<Tuple>(a[0]).items()));
}

bool is_identifier(std::string_view s) {
    if (s.empty()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        bool letter = c >= 0x80 || c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!(letter || (i > 0 && c >= '0' && c <= '9'))) return false;
    }
    return true;
}

bool is_keyword(std::string_view s) {
    static constexpr std::string_view keywords[] = {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield"};
    return std::find(std::begin(keywords), std::end(keywords), s) != std::end(keywords);
}

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)
Value co_namedtuple(const Value* args, std::size_t n, Keywords& kw) {
    Value type_name_value = kw.positional_or(args, n, 0, "typename", "namedtuple");
    Value fields_value = kw.positional_or(args, n, 1, "field_names", "namedtuple");
    Value rename = kw.take("rename");
    Value defaults = kw.take("defaults");
    Value module = kw.take("module");
    if (!kw.empty()) {
        for (std::size_t k = 0; k < kw.all().size; ++k) {
            std::string_view name = kw.all().names[k];
            if (name != "typename" && name != "field_names" && name != "rename" && name != "defaults" && name != "module")
                raise(&TypeError, "namedtuple() got an unexpected keyword argument '" + std::string(name) + "'");
        }
    }
    if (n > 2) raise(&TypeError, "namedtuple() takes 2 positional arguments but " + std::to_string(n) + " were given");
    if (type_name_value.is_unbound() || fields_value.is_unbound()) {
        std::vector<std::string> missing;
        if (type_name_value.is_unbound()) missing.emplace_back("typename");
        if (fields_value.is_unbound()) missing.emplace_back("field_names");
        raise(&TypeError, "namedtuple() missing " + std::to_string(missing.size()) + " required positional argument" +
                              (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
    }
    std::vector<std::string> names;
    if (is_str(fields_value)) {
        std::string text(as<Str>(fields_value).text());
        std::replace(text.begin(), text.end(), ',', ' ');
        std::size_t at = 0;  // str.split(): the runs of characters between whitespace
        while (at < text.size()) {
            while (at < text.size() && std::isspace(static_cast<unsigned char>(text[at]))) ++at;
            std::size_t end = at;
            while (end < text.size() && !std::isspace(static_cast<unsigned char>(text[end]))) ++end;
            if (end > at) names.push_back(text.substr(at, end - at));
            at = end;
        }
    } else {
        ForIter it(fields_value);
        for (Value f; it.next(f);) names.push_back(to_str(f));
    }
    std::string type_name_text = to_str(type_name_value);
    if (rename.is_bound() && truthy(rename)) {
        std::vector<std::string> seen;
        for (std::size_t i = 0; i < names.size(); ++i) {
            const std::string& name = names[i];
            bool bad = !is_identifier(name) || is_keyword(name) || name[0] == '_' ||
                       std::find(seen.begin(), seen.end(), name) != seen.end();
            seen.push_back(name);
            if (bad) names[i] = "_" + std::to_string(i);
        }
    }
    std::vector<std::string> all = names;
    all.insert(all.begin(), type_name_text);
    for (const std::string& name : all) {
        if (!is_identifier(name))
            raise(&ValueError, "Type names and field names must be valid identifiers: " + repr(new_str(name)));
        if (is_keyword(name)) raise(&ValueError, "Type names and field names cannot be a keyword: " + repr(new_str(name)));
    }
    std::vector<std::string> seen;
    for (const std::string& name : names) {
        if (name[0] == '_' && !(rename.is_bound() && truthy(rename)))
            raise(&ValueError, "Field names cannot start with an underscore: " + repr(new_str(name)));
        if (std::find(seen.begin(), seen.end(), name) != seen.end())
            raise(&ValueError, "Encountered duplicate field name: " + repr(new_str(name)));
        seen.push_back(name);
    }
    Value field_defaults = Value::object(new Dict());
    if (defaults.is_bound() && !defaults.is_none()) {
        std::vector<Value> values;
        ForIter it(defaults);
        for (Value v; it.next(v);) values.push_back(v);
        if (values.size() > names.size()) raise(&TypeError, "Got more default values than field names");
        std::size_t first = names.size() - values.size();
        for (std::size_t i = 0; i < values.size(); ++i) as<Dict>(field_defaults).set(new_str(names[first + i]), values[i]);
    }
    std::string module_name = module.is_bound() && !module.is_none() ? to_str(module) : "__main__";
    ClassObject* cls = new_class(type_name_text, type_name_text, module_name, &tuple_type, &tuple_type,
                                 {&tuple_type, &object_type});
    Value result = Value::object(cls);
    std::vector<Value> field_values;
    for (const auto& name : names) field_values.push_back(new_str(name));
    Value fields = Value::object(Tuple::make(std::move(field_values)));
    put(cls, "_fields", fields);
    put(cls, "_field_defaults", field_defaults);
    put(cls, "__match_args__", fields);
    put(cls, "__slots__", make_tuple({}));
    put(cls, "__new__", Value::object(new StaticMethod(&staticmethod_type,
                                                       Value::object(new CollectionsMethod("__new__", namedtuple_new, nullptr)))));
    class_method(cls, "_make", namedtuple_make);
    method(cls, "_replace", namedtuple_replace);
    method(cls, "_asdict", namedtuple_asdict);
    method(cls, "__repr__", namedtuple_repr);
    method(cls, "__getnewargs__", namedtuple_getnewargs);
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto* p = new Property();
        Value descriptor = Value::object(p);
        p->fget = Value::object(new FieldGetter(i));
        p->fset = Value::object(new CollectionsMethod("__set__", field_setter, nullptr));
        p->fdel = Value::object(new CollectionsMethod("__delete__", field_deleter, nullptr));
        p->doc = new_str("Alias for field number " + std::to_string(i));
        as<Dict>(cls->dict).set(new_str(names[i]), descriptor);
    }
    return result;
}

}  // namespace

Value make_collections() {
    Value module = Value::object(new Module("collections"));
    module_attribute(module, "deque", Value::object(make_deque_class()));
    module_attribute(module, "defaultdict", Value::object(make_defaultdict_class()));
    module_attribute(module, "OrderedDict", Value::object(make_ordereddict_class()));
    module_attribute(module, "Counter", Value::object(make_counter_class()));
    module_function(module, "namedtuple", co_namedtuple);
    return module;
}

}  // namespace py
