// Runtime — classes and the attribute protocol: class objects built by `class` statements, their instances,
// attribute lookup with descriptors (methods, staticmethod, classmethod, property), super(), and the method
// call path `obj.m(args)` that calls a function found on the class with `obj` prepended instead of building a
// bound method.
#pragma once

#include <initializer_list>
#include <new>
#include <string>
#include <vector>

#include "py2cpp/errors.h"
#include "py2cpp/objects.h"
#include "py2cpp/ops.h"

namespace py {

extern Type method_type, staticmethod_type, classmethod_type, property_type, super_type, builtin_method_type,
    not_implemented_type, ellipsis_type;

// A class made by a class statement. Immortal like the builtin types (instances point at their type without
// owning a reference). `base` is the builtin type whose layout the instances have: object (py::Instance) or
// BaseException (py::ExceptionObject).
struct ClassObject : Type {
    std::string name_text, qualname;
    Value dict;              // the class namespace, a Dict
    Value bases;             // a tuple of the direct bases
    std::vector<Type*> mro;  // the C3 linearization, this class first, ending with object
    // CPython's type version tag: a fresh number whenever this class's namespace or a base's changes
    // (attribute assignment or deletion on the class), so caches keyed by it never see a stale lookup.
    std::uint64_t version;
    std::vector<ClassObject*> subclasses;  // the direct ones, whose versions change with this one's
    // What a lookup along the MRO found, for the fast paths to decide on without looking at it again.
    enum class Found : std::uint8_t { Nothing, Function, Property, Other };
    // Lookups along the MRO, cached by the name object (CPython's method cache): sets of two ways, an entry
    // valid while its `version` is the class's.
    struct CacheEntry {
        Value name, found;
        std::uint64_t version = 0;
        bool in_class = false;  // found in a class namespace (not a builtin type's attribute)
        Found kind = Found::Nothing;
    };
    static constexpr unsigned kCacheSetBits = 5;
    CacheEntry cache[2u << kCacheSetBits];
    // Whether some class of the MRO defines __getattr__ / __setattr__ / __delattr__, valid for `hooks_version`.
    std::uint64_t hooks_version = 0;
    bool has_getattr = false, has_setattr = false, has_delattr = false;
    // The attribute names of its instances (laid out as object) in the order they were first set: CPython
    // 3.11's shared keys. Append-only, so a position found once names the same attribute for good.
    std::vector<Value> shared_keys;
    static constexpr std::size_t kMaxSharedKeys = 30;  // CPython's SHARED_KEYS_MAX_SIZE
    // What calling a class laid out as object needs, valid while `init_version` is the class's version: its
    // __init__, a simple function (held by a class namespace while the version holds), or null when no class
    // of the MRO defines one (object's). A positional call then makes the instance and enters __init__'s code
    // without looking anything up. 0 (no version has it): not known, the general construction decides.
    std::uint64_t init_version = 0;
    Function* init = nullptr;
    // super().name in a method, for instances of this class (Method::of_super): the function found after
    // `start` (the method's __class__) in this class's MRO, by name and start, valid while `version` is the
    // class's (a change to any class of the MRO gives this one a new version). Only functions are kept.
    struct SuperEntry {
        Value name;  // held, so that its address names it for good
        const Type* start = nullptr;
        std::uint64_t version = 0;
        Object* function = nullptr;  // held by a class namespace while `version` holds
    };
    SuperEntry super_cache[8];
    ClassObject(std::string name, Type* layout);
};

// The values of an instance in split form: a vector whose first slots are in the instance's own block (as
// many as its class had shared keys when it was made), so that making an instance is one allocation and
// reading an attribute follows no second pointer. Past that room the values move to a block of their own.
class InstanceValues {
public:
    InstanceValues() = default;  // no values and no room
    InstanceValues(Value* room, std::size_t capacity) noexcept
        : data_(room), capacity_(static_cast<std::uint32_t>(capacity)), room_(static_cast<std::uint8_t>(capacity)) {}
    ~InstanceValues() { release(); }  // (inline, unlike clear(): every dropped instance comes here)
    InstanceValues(const InstanceValues&) = delete;
    InstanceValues& operator=(const InstanceValues&) = delete;

    std::size_t size() const noexcept { return size_; }
    Value& operator[](std::size_t i) noexcept { return data_[i]; }
    const Value& operator[](std::size_t i) const noexcept { return data_[i]; }
    bool has_room() const noexcept { return size_ < capacity_; }
    void push_back(const Value& v) {
        Value copy(v);  // before grow(): `v` may be one of the values
        if (size_ == capacity_) grow();
        new (data_ + size_) Value(std::move(copy));
        ++size_;
    }
    void clear() noexcept;  // drops the values and the room: none is kept (the instance is combined for good)
    // The room the instance's own block has for values (what Instance::make gave it), which clear() keeps.
    std::size_t room() const noexcept { return room_; }

private:
    void grow();
    void release() noexcept {  // drops the values and a block of grow()'s
        for (std::uint32_t i = 0; i < size_; ++i) data_[i].~Value();
        if (own_block_) ::operator delete(data_);
    }
    Value* data_ = nullptr;
    std::uint32_t size_ = 0, capacity_ = 0;
    bool own_block_ = false;  // data_ is a block of grow()'s, not the instance's room
    std::uint8_t room_ = 0;   // (ClassObject::kMaxSharedKeys fits)
};

// An instance of a class laid out as object: only its attributes, in one of two forms. Split (`dict`
// Unbound): `values[i]` is the attribute named `shared_keys[i]` of the class, for the first values.size()
// keys, which is also their insertion order. Combined: `dict` holds them all (the live `obj.__dict__`) and
// `values` is empty (the inline attribute paths rely on it); an instance moves there for good when it needs a real dict (`obj.__dict__`, vars(),
// dir(), deletion, an attribute set out of the class's key order, too many keys). A plain object(),
// NotImplemented and Ellipsis take no attributes: neither form is used.
struct Instance final : Object {
    Value dict;
    InstanceValues values;
    explicit Instance(Type* t) : Object(t) {}  // object(), NotImplemented, Ellipsis
    // An instance of a class, with room for as many values as the class has shared keys: a kept block of
    // that size when there is one (see operator delete).
    static Instance* make(ClassObject* cls);
    // Keeps the block for the next instance with as much room, or frees it (make's block is larger than an
    // Instance: its values' room follows).
    static void operator delete(Instance* inst, std::destroying_delete_t) noexcept;

private:
    Instance(ClassObject* cls, std::size_t room) noexcept;
};

// An instance of a class derived from dict (`class C(dict)`, collections' defaultdict, Counter and
// OrderedDict, and their subclasses): a Dict whose type is the class, with attributes of its own.
struct DictInstance : Dict {
    Value dict;             // the instance attributes (a Dict), Unbound until the first
    Value default_factory;  // collections.defaultdict's (None when it has none); Unbound for the others
    explicit DictInstance(Type* cls) : Dict(cls) {}
};

// The header of an instance of a class laid out as a runtime module's own type (collections.deque): the
// layout's fields follow in the subclass; `dict` holds the attributes a subclass's instances are given.
struct LayoutInstance : Object {
    Value dict;  // a Dict; Unbound until the first attribute
    using Object::Object;
};

struct BoundMethod : Object {  // obj.f for a function f on obj's class (or a classmethod bound to the class)
    Value function, self;
    BoundMethod(Value f, Value s) : Object(&method_type), function(std::move(f)), self(std::move(s)) {}
};

struct StaticMethod : Object {  // staticmethod(f) and classmethod(f): the type tells them apart
    Value function;
    StaticMethod(Type* t, Value f) : Object(t), function(std::move(f)) {}
};

struct Property : Object {
    Value fget, fset, fdel, doc;
    Value name;  // the class attribute it was made as (CPython's __set_name__); Unbound for one added later
    Property() : Object(&property_type) {}
};

struct Super : Object {  // super(start, self): lookups start after `start` in the MRO of self's type
    Type* start;
    Value self;
    Type* self_type;  // type(self), or self when super() is used in a classmethod
    Super(Type* s, Value obj, Type* t) : Object(&super_type), start(s), self(std::move(obj)), self_type(t) {}
};

// A method of a builtin type as a value: `f = lst.append` (self bound) or `str.upper` (self Unbound: the first
// argument of the call is the receiver).
struct BuiltinMethod : Object {
    Value self;
    std::string name;
    BuiltinMethod(Value s, std::string n) : Object(&builtin_method_type), self(std::move(s)), name(std::move(n)) {}
};

const Value& not_implemented();  // the NotImplemented singleton
const Value& ellipsis();         // the Ellipsis singleton, `...`

// ---- classes

// The namespace a class body fills: a dict holding __module__ and __qualname__.
Value class_namespace(const Value& qualname);
// type(name, bases, namespace) for a class statement: checks the bases, computes the MRO, makes the class.
Value make_class(const Value& name, const Value& bases, const Value& ns);
// A class body reading a name (CPython's LOAD_NAME): the namespace, then `fallback` (the global or builtin;
// Unbound raises NameError).
Value load_class_name(const Value& ns, const Value& name, const Value& fallback);
// A class body reading a free variable (LOAD_CLASSDEREF): the namespace first, then the enclosing cell.
Value load_class_free(const Value& ns, const Value& name, const Cell& cell);
void store_class_name(const Value& ns, const Value& name, const Value& value);
// A class body with annotated assignments starts with CPython's SETUP_ANNOTATIONS: `__annotations__` is a
// new dict unless the namespace has one. `name: annotation` then records the annotation in it, in order.
void setup_annotations(const Value& ns);
void store_annotation(const Value& ns, const Value& name, const Value& annotation);
void delete_class_name(const Value& ns, const Value& name);
// Zero-argument super() in a method: the __class__ cell and the method's first argument.
Value super_zero(const Cell* class_cell, const Value* first_arg);

// ---- attributes

Value getattr(const Value& obj, const Value& name);  // obj.name, with CPython's AttributeError
void setattr(std::initializer_list<Ref> obj_name_value);  // obj.name = value
// What one `obj.name` site of the emitted code remembers (CPython 3.11's specialized LOAD_ATTR/STORE_ATTR),
// for each of the last few classes whose instances it saw: the class, its version, and where `name` is
// among the class's shared keys (see Instance), or the getter of the property the class has for `name`.
// The next split instance of one of those classes reads or writes the value there directly, or the getter
// is called; any change to the class (or a base) changes its version, which sends the site back to the
// generic protocol. Several classes per site, because a site in a base class's method sees the instances
// of every subclass.
struct AttrCache {
    struct Way {
        const Type* type = nullptr;  // null: unused
        std::uint64_t version = 0;
        std::size_t index = 0;     // kNoIndex with a getter: past any instance's values
        Object* getter = nullptr;  // a property's fget (a function), held by the class while `version` holds
    };
    static constexpr std::size_t kNoIndex = ~std::size_t{0};
    static constexpr std::size_t kWays = 4;
    Way ways[kWays];
};
// The site's most recent way when it holds for `obj` (its class, at the way's version); null otherwise. The
// emitted code checks only this one inline: a site mostly sees one class, and the out-of-line paths below try
// the others.
[[gnu::always_inline]] inline const AttrCache::Way* first_way(const Value& obj, const AttrCache& cache) {
    const AttrCache::Way& w = cache.ways[0];
    if (!obj.is_obj() || obj.obj()->type != w.type) return nullptr;
    return static_cast<const ClassObject*>(w.type)->version == w.version ? &w : nullptr;
}
Value getattr_slow(const Value& obj, const Value& name, AttrCache& cache);
void setattr_slow(std::initializer_list<Ref> obj_name_value, AttrCache& cache);
Value call_getter(Object* getter, const Value& obj);  // a way's property getter (a function) called on obj
// obj.name at a site: a split instance's value read in place when the site's first way holds (or its
// property's getter called), else the rest.
// (A combined instance has no values and a property's way no index, so the bounds check alone tells a split
// instance's value.)
[[gnu::always_inline]] inline Value getattr(const Value& obj, const Value& name, AttrCache& cache) {
    if (const AttrCache::Way* w = first_way(obj, cache)) {
        const auto& inst = static_cast<const Instance&>(*obj.obj());
        if (w->index < inst.values.size()) return inst.values[w->index];
        if (w->getter != nullptr) return call_getter(w->getter, obj);
    }
    return getattr_slow(obj, name, cache);
}
// obj.name = value at a site: the same, or the next value of a split instance that has room for it.
[[gnu::always_inline]] inline void setattr(std::initializer_list<Ref> obj_name_value, AttrCache& cache) {
    const Value& obj = obj_name_value.begin()[0];
    if (const AttrCache::Way* w = first_way(obj, cache)) {
        auto& inst = static_cast<Instance&>(*obj.obj());
        if (w->index < inst.values.size()) {
            inst.values[w->index] = obj_name_value.begin()[2].v;
            return;
        }
        // the class's key order holds the name at this position for good: `__init__` setting the next one
        if (w->index == inst.values.size() && inst.dict.is_unbound() && inst.values.has_room()) {
            inst.values.push_back(obj_name_value.begin()[2].v);
            return;
        }
    }
    setattr_slow(obj_name_value, cache);
}
void delattr(const Value& obj, const Value& name);           // del obj.name
// The attribute `name` found on type `t` or its MRO, unbound; Unbound when no class defines it.
Value lookup_on_type(Type* t, const Value& name);
// An instance of a class statement's class (inline: the generic paths of the operators ask it first).
inline bool is_instance_of_class(const Value& v) { return v.is_obj() && v.obj()->type->heap; }

enum class MethodId : std::uint8_t;  // a str, list or dict method (runtime/src/method_ids.h)
// The code of a str, list or dict method, entered with the receiver, the method's id (for entries that serve
// several methods) and copies of the positional arguments (no keywords).
using BuiltinMethodEntry = Value (*)(const Value& self, MethodId id, const Value* args, std::size_t n);

// What one `obj.m(args)` site of the emitted code remembers, for each of the last few receiver types seen
// there: for a class, its version and the function its MRO gives `m`, called with the instance prepended
// as long as the class is unchanged and the instance has no attribute `m` of its own; for a builtin type
// (whose methods never change), which of its methods `m` is.
struct MethodCache {
    // (Attribute: a Method only, never a way: anything getattr gave, called as it is)
    enum class Kind : std::uint8_t { Function, BuiltinById, BuiltinByName, Attribute };
    // What a way (or a Method) calls, by its kind
    union Target {
        Object* function = nullptr;  // Kind::Function: owned by the class namespace while `version` holds
        BuiltinMethodEntry entry;    // Kind::BuiltinById: the method's code for receivers of `type`
        const Str* name;             // Kind::BuiltinByName: the method's name
    };
    struct Way {
        const Type* type = nullptr;  // null: unused
        std::uint64_t version = 0;   // a class's version
        Target target;
        // Kind::Function on a class laid out as object: the method name's position in the class's shared
        // keys (their count when absent), so a split instance with no more values than that cannot have
        // an attribute of that name.
        std::uint32_t shadow_position = 0;
        Kind kind = Kind::Function;
        MethodId id{};  // Kind::BuiltinById: which str, list or dict method
    };
    static constexpr std::size_t kWays = 4;
    Way ways[kWays];
};

// obj.name(args...): `py::Method{obj, name, site}.call({args...})`. The lookup happens in the constructor,
// which C++17 sequences before the call's arguments, as Python evaluates them. A function found on the class
// is called with obj prepended (no bound method object), a builtin type's method through its id or name; the
// site remembers what the lookup found (MethodCache), so the next call on a receiver of the same type skips
// it.
class Method {
public:
    [[gnu::always_inline]] inline Method(const Value& obj, const Value& name, MethodCache& cache);
    Method(const Value& obj, const Value& name);  // the runtime's own calls: no site
    // super().name in a method, super_zero's arguments first: a function found after __class__ in the MRO of
    // type(self) is called with self in front, without a super object (CPython 3.12's LOAD_SUPER_ATTR);
    // anything else is asked of super_zero's object.
    static Method of_super(const Cell* class_cell, const Value* first_arg, const Value& name);
    // Inline, so that a builtin type's method skips the function path's frame (its setup cost a str method
    // call a sixth of its dispatch); with no argument or one, the commonest calls, it enters the method's entry
    // right here, the rest through call_other's copies.
    Value call(std::initializer_list<Ref> args) const {
        if (kind_ == MethodCache::Kind::Function) [[likely]] return call_function(args);
        if (args.size() == 0 && kind_ == MethodCache::Kind::BuiltinById) return target_.entry(self_, id_, nullptr, 0);
        if (args.size() == 1 && kind_ == MethodCache::Kind::BuiltinById) {
            Value arg = args.begin()[0];  // a copy: an __eq__ the method calls may rebind the variable
            return target_.entry(self_, id_, &arg, 1);
        }
        return call_other(args);
    }
    // obj.append(x) and obj.get(key[, default]) where the name is that: a list's append and a dict's get run
    // in place (a builtin type's methods cannot change); anything else is call().
    Value call_append(std::initializer_list<Ref> x) const {
        if (self_.is_obj() && self_.obj()->type == &list_type) {
            static_cast<List*>(self_.obj())->items.push_back(x.begin()->v);
            return Value::none();
        }
        return call_elsewhere(x);
    }
    Value call_get(std::initializer_list<Ref> key_and_default) const {  // (a braced list: evaluated in order)
        if (self_.is_obj() && self_.obj()->type == &dict_type) {
            Value key = key_and_default.begin()[0];  // copies: the key's __eq__ may rebind their variables
            Value fallback = key_and_default.size() > 1 ? Value(key_and_default.begin()[1]) : Value::none();
            Value* found = static_cast<Dict*>(self_.obj())->find(key);
            return found != nullptr ? *found : fallback;
        }
        return call_elsewhere(key_and_default);
    }
    Value call_n(const Value* args, std::size_t n) const;
    // obj.name(a, k=v): positional arguments, then the keyword values; `keywords` as for py::call_kw.
    Value call_kw(std::initializer_list<Ref> args_and_kwvalues, const char* keywords) const;

private:
    Method() = default;

    void find(const Value& obj, const Value& name, MethodCache& cache);  // the site's other ways, then lookup
    void lookup(const Value& obj, const Value& name, MethodCache* cache);
    Value call_function(std::initializer_list<Ref> args) const;               // call() of a class's function
    // call() out of line: the fallback of call_append and call_get, which keeps their sites' loops small
    [[gnu::noinline]] Value call_elsewhere(std::initializer_list<Ref> args) const;
    [[gnu::noinline]] Value call_other(std::initializer_list<Ref> args) const;  // call() of the other kinds
    Value callable_;  // what to call when self_ is Unbound (anything getattr gave); Function: the function
    Value self_;      // the receiver, prepended to the arguments; Unbound (kind_ Attribute): callable_ is called as it is
    MethodCache::Target target_;  // the builtin kinds: their entry or name (a Function's is callable_)
    MethodCache::Kind kind_ = MethodCache::Kind::Function;
    MethodId id_{};  // BuiltinById
};

// The site's most recent way, checked inline: the method of a builtin type, or a class's function when the
// class is unchanged and `obj` is a split instance too short to have an attribute of the method's name.
inline Method::Method(const Value& obj, const Value& name, MethodCache& cache) {
    const MethodCache::Way& w = cache.ways[0];
    if (obj.is_obj() && obj.obj()->type == w.type) {
        if (w.kind != MethodCache::Kind::Function) {  // a builtin type, whose methods never change
            target_ = w.target;
            id_ = w.id;
            kind_ = w.kind;
            self_ = obj;
            return;
        }
        if (static_cast<const ClassObject*>(w.type)->version == w.version && w.type->base == &object_type) {
            const auto& inst = static_cast<const Instance&>(*obj.obj());
            if (inst.dict.is_unbound() && inst.values.size() <= w.shadow_position) {
                callable_ = Value::object(w.target.function);
                self_ = obj;
                return;
            }
        }
    }
    find(obj, name, cache);
}

// ---- the with statement:
//     py::WithBlock w(manager);  target = w.enter();
//     try { body } catch (py::PyException& e) { w.exit_exception(e); }   // rethrows unless suppressed
//     w.exit_normally();
// A return/break/continue leaving the body calls exit_normally() first; once exited, later calls do nothing.
class WithBlock {
public:
    explicit WithBlock(const Value& manager);  // TypeError when it has no __enter__/__exit__
    Value enter();
    void exit_normally();
    void exit_exception(const PyException& e);

private:
    Value manager_, exit_;
    bool done_ = false;
};

// ---- dunder dispatch for the operators and builtins (used by the runtime's slow paths)

// a <op> b for operands at least one of which is a class instance: __op__, then the reflected __rop__.
Value binary_dunder(const Value& a, const Value& b, const char* op, const char* rop, const char* symbol);
// a <op>= b: __iop__ when the class has it (NotImplemented falls back to the binary operator).
bool inplace_dunder(const Value& a, const Value& b, const char* iop, Value& result);
Value unary_dunder(const Value& v, const char* name, const char* symbol);
// Calls the special method `name` of v's class with the arguments; false when the class has none.
bool call_special(const Value& v, const char* name, std::initializer_list<Value> args, Value& result);
inline bool either_is_instance(const Value& a, const Value& b) {
    return (a.is_obj() && a.obj()->type->heap) || (b.is_obj() && b.obj()->type->heap);
}

}  // namespace py
