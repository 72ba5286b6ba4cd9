// Runtime — classes, instances and the attribute protocol (see py2cpp/classes.h).
//
// Lookup follows CPython's PyObject_GenericGetAttr: a data descriptor (property) on the type wins over the
// instance dict, which wins over the other class attributes; functions found on the class bind to the
// instance. Special methods are looked up on the type only, as CPython's slots are. The builtin types have no
// namespace dict: the few of their attributes a program can reach (object.__init__, Exception.__str__,
// str.upper ...) are made on demand as BuiltinMethod descriptors dispatched by name.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <unordered_map>

#include "internal.h"
#include "method_ids.h"
#include "suggestions.h"

namespace py {

namespace {
Value construct_instance(Type* type, const Value* args, std::size_t n);
Value construct_staticmethod(Type* type, const Value* args, std::size_t n);
Value construct_property(Type* type, const Value* args, std::size_t n);
Value construct_super(Type* type, const Value* args, std::size_t n);
}  // namespace

Type method_type("method", &object_type, nullptr);
Type staticmethod_type("staticmethod", &object_type, construct_staticmethod);
Type classmethod_type("classmethod", &object_type, construct_staticmethod);
Type property_type("property", &object_type, construct_property);
Type super_type("super", &object_type, construct_super);
Type builtin_method_type("builtin_function_or_method", &object_type, nullptr);
Type not_implemented_type("NotImplementedType", &object_type, nullptr);
Type ellipsis_type("ellipsis", &object_type, nullptr);

namespace {
std::uint64_t g_last_version = 0;  // the last version number handed to a class
}  // namespace

ClassObject::ClassObject(std::string n, Type* layout)
    : Type(nullptr, layout, construct_instance), name_text(std::move(n)), version(++g_last_version) {
    name = name_text.c_str();
    heap = true;
}

Instance::Instance(ClassObject* cls, std::size_t room) noexcept
    : Object(cls), values(reinterpret_cast<Value*>(this + 1), room) {}

namespace {

// The blocks of dropped instances (BlockLists), by their room for values: most classes' instances all have
// the same room, so a dropped one's block serves the next.
BlockLists<ClassObject::kMaxSharedKeys + 1, std::size_t{32} << 20> g_instance_blocks;

constexpr std::size_t instance_block_size(std::size_t room) { return sizeof(Instance) + room * sizeof(Value); }

}  // namespace

Instance* Instance::make(ClassObject* cls) {
    // room for the attributes instances of the class have had, which the next one will most likely have too
    std::size_t room = cls->shared_keys.size();
    void* block = g_instance_blocks.take(room, instance_block_size(room));
    if (block == nullptr) block = ::operator new(instance_block_size(room));
    return new (block) Instance(cls, room);
}

void Instance::operator delete(Instance* inst, std::destroying_delete_t) noexcept {
    // (object(), NotImplemented and Ellipsis were made by a plain `new`: an Instance with no room)
    std::size_t room = inst->values.room();
    inst->~Instance();
    if (g_instance_blocks.keep(inst, room, instance_block_size(room))) return;
    ::operator delete(inst);
}

void InstanceValues::grow() {
    std::uint32_t capacity = std::max<std::uint32_t>(4, 2 * capacity_);
    auto* block = static_cast<Value*>(::operator new(capacity * sizeof(Value)));
    for (std::uint32_t i = 0; i < size_; ++i) {
        new (block + i) Value(std::move(data_[i]));
        data_[i].~Value();
    }
    if (own_block_) ::operator delete(data_);
    data_ = block;
    capacity_ = capacity;
    own_block_ = true;
}

void InstanceValues::clear() noexcept {
    release();
    data_ = nullptr;
    size_ = capacity_ = 0;
    own_block_ = false;
}

bool Type::class_is_subtype(const Type* other) const {
    const auto& mro = static_cast<const ClassObject*>(this)->mro;
    return std::find(mro.begin(), mro.end(), other) != mro.end();
}

const Value& not_implemented() {
    static const Value v = Value::object(new Instance(&not_implemented_type));
    return v;
}

const Value& ellipsis() {
    static const Value v = Value::object(new Instance(&ellipsis_type));
    return v;
}

namespace {

// Attribute names the runtime itself looks up (string literals), as str values made once. The most recent
// lookups sit in a small table by the literal's address, checked inline: most are a pointer compare.
struct RecentName {
    const char* literal = nullptr;
    const Value* value = nullptr;
};
RecentName g_recent_names[64];

[[gnu::noinline]] const Value& intern_slow(const char* literal) {
    static std::unordered_map<const char*, Value> table;
    auto it = table.find(literal);
    if (it == table.end()) it = table.emplace(literal, new_str(literal)).first;
    g_recent_names[(reinterpret_cast<std::uintptr_t>(literal) >> 2) % 64] = {literal, &it->second};
    return it->second;
}

inline const Value& intern(const char* literal) {
    const RecentName& r = g_recent_names[(reinterpret_cast<std::uintptr_t>(literal) >> 2) % 64];
    return r.literal == literal ? *r.value : intern_slow(literal);
}

// A class namespace changed: what was cached for it and for its subclasses is stale.
void namespace_changed(ClassObject& cls) {
    cls.version = ++g_last_version;
    for (ClassObject* sub : cls.subclasses) namespace_changed(*sub);
}

bool is_not_implemented(const Value& v) { return has_type(v, &not_implemented_type); }
bool is_type_object(const Value& v) { return has_type(v, &type_type); }
Type* as_type(const Value& v) { return static_cast<Type*>(v.obj()); }
ClassObject& as_class(Type* t) { return *static_cast<ClassObject*>(t); }


std::vector<Type*> mro_of(Type* t) {
    if (t->heap) return as_class(t).mro;
    std::vector<Type*> out;
    for (Type* b = t; b != nullptr; b = b->base) out.push_back(b);
    return out;
}

[[noreturn]] void no_attribute(const Value& obj, const Value& name);

// ---- the attributes of an Instance in split form (see py::Instance)

// An instance of class t laid out as object (a py::Instance); a class's `base` is that layout.
bool is_instance_layout(const Type* t) { return t->heap && t->base == &object_type; }

// The position of `name` (a str) among the first n shared keys of cls; n when absent.
std::size_t shared_position(const ClassObject& cls, const Value& name, std::size_t n) {
    const Str& key = as<Str>(name);
    for (std::size_t i = 0; i < n; ++i) {
        const Value& k = cls.shared_keys[i];
        if (k.obj() == name.obj() || as<Str>(k).text() == key.text()) return i;
    }
    return n;
}

// The attribute `name` of a split instance of cls; null when it has none.
[[gnu::always_inline]] inline Value* split_find(Instance& inst, const ClassObject& cls, const Value& name) {
    std::size_t i = shared_position(cls, name, inst.values.size());
    return i < inst.values.size() ? &inst.values[i] : nullptr;
}

// Sets the attribute `name` of a split instance of cls when it stays split: an attribute it has, or the
// next shared key (a new one when the instance has them all); false otherwise.
bool split_store(Instance& inst, ClassObject& cls, const Value& name, const Value& value) {
    std::size_t n = inst.values.size();
    std::size_t keys = cls.shared_keys.size();
    std::size_t i = shared_position(cls, name, keys);
    if (i < n) {
        inst.values[i] = value;
        return true;
    }
    if (i != n || (i == keys && keys == ClassObject::kMaxSharedKeys)) return false;
    if (i == keys) cls.shared_keys.push_back(name);
    inst.values.push_back(value);
    return true;
}

// Moves the attributes of a split instance of cls into a dict of its own, in their order: the combined
// form, for good.
void combine(Instance& inst, const ClassObject& cls) {
    auto* d = new Dict();
    inst.dict = Value::object(d);
    for (std::size_t i = 0; i < inst.values.size(); ++i) d->set(cls.shared_keys[i], std::move(inst.values[i]));
    inst.values.clear();
}

// The instance dict of `obj`, or null when its kind of object has none. Exceptions and functions get theirs
// on first use; a class instance in split form is combined (whoever asks needs the real dict).
Value* dict_slot(const Value& obj, bool create) {
    if (!obj.is_obj()) return nullptr;
    Type* t = obj.obj()->type;
    Value* slot = nullptr;
    if (is_instance_layout(t)) {
        auto& inst = as<Instance>(obj);
        if (inst.dict.is_unbound()) combine(inst, as_class(t));
        return &inst.dict;
    }
    if (t->heap) {  // a class's `base` is the builtin layout of its instances
        if (t->base == &BaseException)
            slot = &as<ExceptionObject>(obj).dict;
        else if (t->base == &dict_type)
            slot = &static_cast<DictInstance*>(obj.obj())->dict;
        else if (t->base == &tuple_type)
            return nullptr;  // no attributes (a namedtuple's `__slots__ = ()`)
        else
            slot = &static_cast<LayoutInstance*>(obj.obj())->dict;  // a runtime module's layout
    } else if (t->is_subtype_of(&BaseException))
        slot = &as<ExceptionObject>(obj).dict;
    else if (t == &object_type || t == &not_implemented_type || t == &ellipsis_type)
        slot = &as<Instance>(obj).dict;
    else if (t == &function_type)
        slot = &as<Function>(obj).dict;
    if (slot == nullptr) return nullptr;
    if (slot->is_unbound()) {
        if (!create || t == &object_type || t == &not_implemented_type || t == &ellipsis_type) return nullptr;
        *slot = Value::object(new Dict());
    }
    return slot;
}

// The attribute `name` (a str) among obj's own; null when absent.
Value* find_in_dict(const Value& obj, const Value& name) {
    if (obj.is_obj() && is_instance_layout(obj.obj()->type)) {
        auto& inst = as<Instance>(obj);
        if (inst.dict.is_unbound()) return split_find(inst, as_class(obj.obj()->type), name);
    }
    Value* d = dict_slot(obj, false);
    return d == nullptr ? nullptr : as<Dict>(*d).find(name);
}

// Prepends `self` to the arguments without allocating for the common short calls.
template <class F>
Value with_self(const Value& self, const Value* args, std::size_t n, F call) {
    ArgsWithSelf all(self, args, n);
    return call(all.data(), all.size());
}

Value builtin_type_attr(Type* t, const std::string& name);

ClassObject::Found kind_of(const Value& v) {
    if (has_type(v, &function_type)) return ClassObject::Found::Function;
    if (has_type(v, &property_type)) return ClassObject::Found::Property;
    return v.is_bound() ? ClassObject::Found::Other : ClassObject::Found::Nothing;
}

// Fills the cache entry `e` of `cls` with the MRO lookup of `name`.
[[gnu::noinline]] void fill_entry(ClassObject& cls, ClassObject::CacheEntry& e, const Value& name) {
    e.found = Value();
    e.in_class = false;
    for (Type* c : cls.mro) {
        if (c->heap) {
            if (Value* v = as<Dict>(as_class(c).dict).find(name)) {
                e.found = *v;
                e.in_class = true;
                break;
            }
        } else if (Value v = builtin_type_attr(c, text(name)); v.is_bound()) {
            e.found = std::move(v);
            break;
        }
    }
    e.kind = kind_of(e.found);
    e.name = name;  // holds the name, so its address cannot be reused by another str while cached
    e.version = cls.version;
}

// The MRO lookup of `name` on a class through its cache (the name is a str). The name's address picks a set
// of two ways (a multiplicative hash, so that names allocated a fixed distance apart spread): two names of one
// set, say a comparison's __lt__ and its reflection __gt__, do not evict each other on every use. A miss
// refills the first way after moving its entry to the second, the older one's place.
[[gnu::always_inline]] inline const ClassObject::CacheEntry& class_lookup(ClassObject& cls, const Value& name) {
    auto set = (reinterpret_cast<std::uintptr_t>(name.obj()) * 0x9E3779B97F4A7C15u) >> (64 - cls.kCacheSetBits);
    ClassObject::CacheEntry* ways = &cls.cache[set * 2];
    if (ways[0].version == cls.version && ways[0].name.obj() == name.obj()) return ways[0];
    if (ways[1].version == cls.version && ways[1].name.obj() == name.obj()) return ways[1];
    std::swap(ways[0], ways[1]);
    fill_entry(cls, ways[0], name);
    return ways[0];
}

// The same, telling whether a class namespace (not a builtin type) had it.
[[gnu::always_inline]] inline const Value& cached_lookup(ClassObject& cls, const Value& name, bool& in_class) {
    const auto& e = class_lookup(cls, name);
    in_class = e.in_class;
    return e.found;
}

// The attribute hooks the MRO of `cls` defines, refreshed when its version has changed.
const ClassObject& class_hooks(ClassObject& cls) {
    if (cls.hooks_version != cls.version) {
        auto defined = [&](const char* hook) {
            bool in_class;
            return cached_lookup(cls, intern(hook), in_class).is_bound() && in_class;
        };
        cls.has_getattr = defined("__getattr__");
        cls.has_setattr = defined("__setattr__");
        cls.has_delattr = defined("__delattr__");
        cls.hooks_version = cls.version;
    }
    return cls;
}

// `name` (a str) in an instance's attribute dict. Such dicts are small, so a scan of the entries, comparing
// the cached hash and then the name object (attribute names are shared constants), is quicker than probing
// the index, which is one more block of memory to touch. The result is Dict::find's.
[[gnu::always_inline]] inline Value* find_attribute(Dict& d, const Value& name) {
    if (d.entries.size() > 8) return d.find(name);
    const Str& key = as<Str>(name);
    if (key.hash() == 0) return d.find(name);  // not hashed yet: find() computes it
    for (auto& e : d.entries) {
        if (e.hash != key.hash() || !e.key.is_obj()) continue;
        if (e.key.obj() == name.obj()) return &e.value;
        if (e.key.obj()->type != &str_type) return d.find(name);  // whatever equality decides, in probe order
        if (as<Str>(e.key).text() == key.text()) return &e.value;
    }
    return nullptr;
}

// The attribute `name` (a str) of an instance of class `cls`; null when absent.
[[gnu::always_inline]] inline Value* own_attribute(const Value& obj, Type* cls, const Value& name) {
    if (cls->base != &object_type) {
        const Value* d = cls->base == &BaseException ? &as<ExceptionObject>(obj).dict
                         : cls->base == &dict_type    ? &static_cast<DictInstance*>(obj.obj())->dict
                         : cls->base == &tuple_type   ? nullptr  // no attributes
                                                      : &static_cast<LayoutInstance*>(obj.obj())->dict;
        return d != nullptr && d->is_bound() ? find_attribute(as<Dict>(*d), name) : nullptr;
    }
    auto& inst = as<Instance>(obj);
    if (inst.dict.is_unbound()) return split_find(inst, as_class(cls), name);
    return find_attribute(as<Dict>(inst.dict), name);
}

bool is_dict_name(const Value& name) {
    return as<Str>(name).text() == "__dict__";
}

// obj.__dict__ = value on an instance: the dict becomes the instance's own (CPython's object_set_dict).
void assign_instance_dict(Instance& inst, const Value& value) {
    if (!has_type(value, &dict_type))
        raise(&TypeError, std::string("__dict__ must be set to a dictionary, not a '") + type_name(value) + "'");
    inst.dict = value;
    inst.values.clear();
}

// Sets the attribute `name` (a str) of an instance of cls, past any descriptor or hook: object.__setattr__'s
// last step (a data descriptor, __dict__, included).
void store_in_instance(Instance& inst, ClassObject& cls, const Value& name, const Value& value) {
    if (is_dict_name(name)) return assign_instance_dict(inst, value);
    if (inst.dict.is_unbound()) {
        if (split_store(inst, cls, name, value)) return;
        combine(inst, cls);
    }
    Dict& d = as<Dict>(inst.dict);
    if (Value* slot = find_attribute(d, name))
        *slot = value;
    else
        d.set(name, value);
}

// The same for any object (a str `name`): AttributeError when its kind of object takes no attributes.
void store_own_attribute(const Value& obj, const Value& name, const Value& value) {
    Type* t = type_of(obj);
    if (is_instance_layout(t)) return store_in_instance(as<Instance>(obj), as_class(t), name, value);
    Value* d = dict_slot(obj, true);
    if (d == nullptr) no_attribute(obj, name);
    as<Dict>(*d).set(name, value);
}

// The attribute in the namespaces of the classes (not the builtin types) of t's MRO.
Value find_in_classes(Type* t, const Value& name) {
    if (!t->heap) return Value();
    bool in_class;
    const Value& v = cached_lookup(as_class(t), name, in_class);
    return in_class ? v : Value();
}

bool is_runtime_method(Type* t, std::string_view name) {
    auto in = [&](const auto& names) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
    if (t == &str_type) return in(kStrMethods);
    if (t == &list_type) return in(kListMethods);
    if (t == &dict_type) return in(kDictMethods);
    if (t == &generator_type) return in(kGeneratorMethods);
    if (t == &int_type || t == &float_type || t == &bool_type) return in(kNumberMethods);
    if (t == &range_type || t == &tuple_type) return name == "index" || name == "count";
    if (t == &slice_type) return name == "indices";
    if (t == &text_stream_type) return name == "write" || name == "flush";
    if (t == &set_type || t == &frozenset_type) return in(kSetMethods);
    if (t == &dict_keys_type || t == &dict_items_type) return name == "isdisjoint";  // set.cpp rejects a frozenset's mutators
    if (t == &bytes_type) {
        static constexpr std::string_view bytes_str_methods[] = {  // the str methods bytes.cpp implements
            "join", "split", "strip", "lstrip", "rstrip", "upper", "lower", "startswith", "endswith", "find",
            "index", "count", "replace", "isdigit", "isalpha", "isspace"};
        return in(bytes_str_methods) || in(kBytesMethods);
    }
    return false;
}

// The same for a name object: str, list and dict check the name's method id.
bool is_runtime_method(Type* t, const Str& name) {
    if (t == &str_type || t == &list_type || t == &dict_type) return type_has_method(t, method_id(name));
    return is_runtime_method(t, name.text());
}

// The attribute of a builtin type (without the types it inherits from): a descriptor dispatched by name.
Value builtin_type_attr(Type* t, const std::string& name) {
    bool dunder = name.size() > 4 && name[0] == '_' && name[1] == '_';
    if ((t == &object_type || t == &BaseException) && !dunder) return Value();
    static const char* const object_slots[] = {"__init__", "__repr__", "__str__", "__eq__", "__ne__", "__hash__",
                                               "__setattr__", "__delattr__", "__format__"};
    static const char* const exception_slots[] = {"__init__", "__str__", "__repr__"};
    auto listed = [&](const auto& names) {
        return std::any_of(std::begin(names), std::end(names), [&](const char* n) { return name == n; });
    };
    // dict's special methods, which a dict subclass reaches through super() or `dict.__setitem__(self, ...)`
    static const char* const dict_slots[] = {"__init__", "__getitem__", "__setitem__", "__delitem__",
                                             "__contains__", "__len__", "__iter__", "__repr__"};
    if (t == &dict_type && listed(dict_slots)) return Value::object(new BuiltinMethod(Value(), name));
    if ((t == &object_type && listed(object_slots)) || (t == &BaseException && listed(exception_slots)) ||
        is_runtime_method(t, name))
        return Value::object(new BuiltinMethod(Value(), name));
    if (t == &property_type && (name == "setter" || name == "getter" || name == "deleter"))
        return Value::object(new BuiltinMethod(Value(), name));
    return Value();
}

// Binds what a class attribute lookup found to the instance `obj` of type t (CPython's tp_descr_get).
Value bind(const Value& descr, const Value& obj, Type* t) {
    if (!descr.is_obj()) return descr;
    Type* dt = descr.obj()->type;
    if (dt == &function_type) return Value::object(new BoundMethod(descr, obj));
    if (dt->native && static_cast<NativeObject*>(descr.obj())->binds_as_method())
        return Value::object(new BoundMethod(descr, obj));
    if (dt == &staticmethod_type) return as<StaticMethod>(descr).function;
    if (dt == &classmethod_type) return Value::object(new BoundMethod(as<StaticMethod>(descr).function, Value::object(t)));
    if (dt == &builtin_method_type && as<BuiltinMethod>(descr).self.is_unbound())
        return Value::object(new BuiltinMethod(obj, as<BuiltinMethod>(descr).name));
    return descr;
}

// bind() out of the getattr fast path: a method read as a value (`f = obj.m`) or a class attribute.
[[gnu::noinline]] Value bind_found(const Value& descr, const Value& obj, Type* t) { return bind(descr, obj, t); }

// call_bound of anything but a function.
[[gnu::noinline]] Value call_bound_other(const Value& descr, const Value& self, const Value* args, std::size_t n) {
    if (has_type(descr, &builtin_method_type) && as<BuiltinMethod>(descr).self.is_unbound()) {
        const char* name = as<BuiltinMethod>(descr).name.c_str();
        return with_self(self, args, n, [&](const Value* a, std::size_t k) { return call_method_n(name, a, k); });
    }
    return call_n(bind(descr, self, type_of(self)), args, n);
}

// Calls a class attribute on `self` as a method: obj.f(args) without building the bound method.
Value call_bound(const Value& descr, const Value& self, const Value* args, std::size_t n) {
    // The hot path of the operator methods (and __init__ with keywords): straight to the code. The other
    // kinds are out of line, so that this path sets up only the frame it needs.
    if (!has_type(descr, &function_type)) [[unlikely]]
        return call_bound_other(descr, self, args, n);
    auto& fn = as<Function>(descr);
    return with_self_copies(self, args, n, [&](const Value* all, std::size_t k) {
        if (fn.simple) return fn.code(fn, all, k);
        return call_n(descr, all, k);
    });
}

// Raises AttributeError carrying `obj` and `name` (as CPython's), which the traceback's suggestion reads.
[[noreturn]] void no_attribute(const Value& obj, const Value& name) {
    std::string message = is_type_object(obj)
                              ? "type object '" + qualname_of(as_type(obj)) + "' has no attribute '" + text(name) + "'"
                              : std::string("'") + type_name(obj) + "' object has no attribute '" + text(name) + "'";
    Value exc = make_exception(&AttributeError, std::move(message));
    Value* d = dict_slot(exc, true);
    as<Dict>(*d).set(intern("name"), name);
    as<Dict>(*d).set(intern("obj"), obj);
    raise_value(exc);
}

// Python methods of the builtin types that the runtime does not implement: reaching one is a py2cpp limit.
bool is_python_method(Type* t, const std::string& name) {
    static const char* const str_names =
        " capitalize casefold center count encode endswith expandtabs find format format_map index isalnum "
        "isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join "
        "ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition "
        "rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill ";
    static const char* const list_names = " append clear copy count extend index insert pop remove reverse sort ";
    static const char* const dict_names = " clear copy fromkeys get items keys pop popitem setdefault update values ";
    static const char* const tuple_names = " count index ";
    static const char* const int_names =
        " as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes ";
    static const char* const float_names = " as_integer_ratio conjugate fromhex hex imag is_integer real ";
    static const char* const bytes_names =
        " capitalize center count decode endswith expandtabs find fromhex hex index isalnum isalpha isascii "
        "isdigit islower isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix "
        "removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip "
        "swapcase title translate upper zfill ";
    const char* names = t == &str_type     ? str_names
                        : t == &list_type  ? list_names
                        : t == &dict_type  ? dict_names
                        : t == &tuple_type ? tuple_names
                        : t == &int_type || t == &bool_type ? int_names
                        : t == &float_type ? float_names
                        : t == &bytes_type ? bytes_names
                                           : nullptr;
    return names != nullptr && std::strstr(names, (" " + name + " ").c_str()) != nullptr;
}

[[noreturn]] void missing_attribute(const Value& obj, const Value& name) {
    Type* t = is_type_object(obj) ? as_type(obj) : type_of(obj);
    if (is_python_method(t, text(name)))
        raise(&NotImplementedError, std::string("py2cpp: ") + t->name + "." + text(name) + " is not supported yet");
    no_attribute(obj, name);
}

namespace {
// "property 'x' of 'C' object has no setter", or without the name for a property that never got one.
[[noreturn]] void property_missing(const Property& p, Type* t, const char* what) {
    std::string named = p.name.is_bound() ? "'" + text(p.name) + "' " : "";
    raise(&AttributeError, "property " + named + "of '" + qualname_of(t) + "' object has no " + what);
}
}  // namespace

Value property_get(const Value& descr, const Value& obj) {
    auto& p = as<Property>(descr);
    if (p.fget.is_unbound() || p.fget.is_none()) property_missing(p, type_of(obj), "getter");
    return call({p.fget, obj});
}

Value type_getattr(const Value& obj, const Value& name) {
    Type* t = as_type(obj);
    const std::string& n = text(name);
    if (n.size() > 4 && n[0] == '_' && n[1] == '_') {
        // A runtime module's type is named as CPython's C types are, "module.name" (collections.deque, a heap
        // class; dataclasses.FrozenInstanceError, a static one): __name__ is the last part.
        std::string_view full = t->name;
        std::size_t dot = full.rfind('.');
        if (dot != std::string_view::npos && (n == "__name__" || (n == "__qualname__" && !t->heap)))
            return new_str(full.substr(dot + 1));
        if (dot != std::string_view::npos && !t->heap && n == "__module__") return new_str(full.substr(0, dot));
        if (n == "__name__") return new_str(t->name);
        if (n == "__qualname__") return new_str(qualname_of(t));
        if (n == "__mro__") {
            std::vector<Value> items;
            for (Type* c : mro_of(t)) items.push_back(Value::object(c));
            return Value::object(Tuple::make(std::move(items)));
        }
        if (n == "__bases__") {
            if (t->heap) return as_class(t).bases;
            return t->base == nullptr ? make_tuple({}) : make_tuple({Value::object(t->base)});
        }
        if (n == "__base__") {
            if (t->heap) return as<Tuple>(as_class(t).bases).items()[0];
            return t->base == nullptr ? Value::none() : Value::object(t->base);
        }
        if (n == "__class__") return Value::object(&type_type);
        if (n == "__dict__" && t->heap) {  // a snapshot: CPython's is a read-only mappingproxy
            Value copy = Value::object(new Dict());
            for (auto& e : as<Dict>(as_class(t).dict).entries)
                if (e.key.is_bound()) as<Dict>(copy).set(e.key, e.value);
            return copy;
        }
        if (!t->heap && n == "__module__") return new_str("builtins");
        // A class's own annotations, never a base's: a class without any gets an empty dict, kept in its
        // namespace (CPython's type_get_annotations).
        if (t->heap && n == "__annotations__") {
            Dict& d = as<Dict>(as_class(t).dict);
            if (Value* own = d.find(name)) return *own;
            Value empty = Value::object(new Dict());
            d.set(name, empty);
            namespace_changed(as_class(t));
            return empty;
        }
        if (t->heap && n == "__doc__" && as<Dict>(as_class(t).dict).find(name) == nullptr) return Value::none();
    }
    Value descr = lookup_on_type(t, name);
    if (descr.is_unbound() && !t->heap) descr = runtime_type_attribute(t, n);
    if (descr.is_unbound()) missing_attribute(obj, name);
    if (has_type(descr, &staticmethod_type)) return as<StaticMethod>(descr).function;
    if (has_type(descr, &classmethod_type)) return Value::object(new BoundMethod(as<StaticMethod>(descr).function, obj));
    // dict.fromkeys is a class method: bound to the type, not waiting for a receiver
    if (t == &dict_type && n == "fromkeys") return Value::object(new BuiltinMethod(obj, n));
    if (t == &bytes_type && n == "fromhex") return Value::object(new BuiltinMethod(obj, n));  // a class method too
    return descr;
}

// The attribute `name` in the MRO of `self_type` after `start` (super's lookup), unbound; Unbound when absent.
Value super_lookup(Type* start, Type* self_type, const Value& name) {
    auto find_in = [&](Type* c) {
        if (!c->heap) return builtin_type_attr(c, text(name));
        Value* v = as<Dict>(as_class(c).dict).find(name);
        return v != nullptr ? *v : Value();
    };
    if (self_type->heap) {
        const auto& mro = as_class(self_type).mro;
        auto it = std::find(mro.begin(), mro.end(), start);
        for (it = it == mro.end() ? it : it + 1; it != mro.end(); ++it)
            if (Value descr = find_in(*it); descr.is_bound()) return descr;
        return Value();
    }
    Type* c = self_type;
    while (c != nullptr && c != start) c = c->base;
    for (c = c == nullptr ? c : c->base; c != nullptr; c = c->base)
        if (Value descr = find_in(c); descr.is_bound()) return descr;
    return Value();
}

Value super_getattr(const Value& obj, const Value& name) {
    auto& s = as<Super>(obj);
    if (text(name) == "__class__") return Value::object(&super_type);
    Value descr = super_lookup(s.start, s.self_type, name);
    if (descr.is_unbound()) raise(&AttributeError, "'super' object has no attribute '" + text(name) + "'");
    if (has_type(descr, &property_type)) return property_get(descr, s.self);
    // super() in a classmethod has the class as self: functions stay plain
    if (is_type_object(s.self) && as_type(s.self) == s.self_type && has_type(descr, &function_type)) return descr;
    return bind(descr, s.self, s.self_type);
}

// Attributes of the runtime's own object kinds.
Value builtin_object_attr(const Value& obj, const Value& name) {
    Type* t = obj.obj()->type;
    const std::string& n = text(name);
    if (t == &function_type) {
        auto& f = as<Function>(obj);
        if (n == "__name__") return new_str(f.info->name);
        if (n == "__qualname__") return new_str(f.info->qualname);
        if (n == "__module__") return new_str("__main__");
        if (n == "__dict__") return *dict_slot(obj, true);
        if (n == "__doc__") return f.info->doc != nullptr ? new_str(f.info->doc) : Value::none();
    } else if (t == &method_type) {
        auto& m = as<BoundMethod>(obj);
        if (n == "__self__") return m.self;
        if (n == "__func__") return m.function;
        return getattr(m.function, name);  // __name__, __qualname__, __doc__ of the function
    } else if (t == &builtin_function_type) {
        if (n == "__name__" || n == "__qualname__") return new_str(as<BuiltinFunction>(obj).name);
    } else if (t == &builtin_method_type) {
        if (n == "__name__") return new_str(as<BuiltinMethod>(obj).name);
        if (n == "__self__") return as<BuiltinMethod>(obj).self;
    } else if (t == &property_type) {
        auto& p = as<Property>(obj);
        if (n == "fget") return p.fget.is_bound() ? p.fget : Value::none();
        if (n == "fset") return p.fset.is_bound() ? p.fset : Value::none();
        if (n == "fdel") return p.fdel.is_bound() ? p.fdel : Value::none();
    } else if (t == &range_type) {
        auto& r = as<Range>(obj);
        if (n == "start") return Value::integer(r.start);
        if (n == "stop") return Value::integer(r.stop);
        if (n == "step") return Value::integer(r.step);
    } else if (t == &slice_type) {
        auto& s = as<SliceObject>(obj);
        if (n == "start") return s.lower;
        if (n == "stop") return s.upper;
        if (n == "step") return s.step;
    } else if (t == &staticmethod_type || t == &classmethod_type) {
        if (n == "__func__") return as<StaticMethod>(obj).function;
    } else if (t->is_subtype_of(&BaseException)) {
        const Value& args = as<ExceptionObject>(obj).args;
        if (n == "args") return args;
        if (n == "__cause__" || n == "__context__" || n == "__suppress_context__")
            return exception_attribute(obj, n.c_str());  // errors.cpp
        // StopIteration(value, ...).value is its first argument (None without one)
        if (n == "value" && t->is_subtype_of(&StopIteration)) {
            const auto& items = as<Tuple>(args).items();
            return items.empty() ? Value::none() : items[0];
        }
        if (n == "code" && t->is_subtype_of(&SystemExit)) return system_exit_code(obj);
    }
    return Value();
}

// ---- "Did you mean" (Python/suggestions.c): the closest name of dir(obj) by a case-aware Levenshtein distance

// dir() of the builtin types beyond object's, and object's own (CPython 3.11), for AttributeError's
// "Did you mean" suggestion.
const char* const kObjectDir =
    "__class__ __delattr__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ "
    "__hash__ __init__ __init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ __reduce_ex__ __repr__ "
    "__setattr__ __sizeof__ __str__ __subclasshook__ ";
const char* const kExceptionDir =
    "__cause__ __context__ __dict__ __setstate__ __suppress_context__ __traceback__ add_note args "
    "with_traceback ";
const char* const kStrDir =
    "__add__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mod__ __mul__ __rmod__ __rmul__ "
    "capitalize casefold center count encode endswith expandtabs find format format_map index isalnum "
    "isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper "
    "join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust "
    "rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill ";
const char* const kListDir =
    "__add__ __class_getitem__ __contains__ __delitem__ __getitem__ __iadd__ __imul__ __iter__ __len__ "
    "__mul__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove "
    "reverse sort ";
const char* const kDictDir =
    "__class_getitem__ __contains__ __delitem__ __getitem__ __ior__ __iter__ __len__ __or__ __reversed__ "
    "__ror__ __setitem__ clear copy fromkeys get items keys pop popitem setdefault update values ";
const char* const kTupleDir =
    "__add__ __class_getitem__ __contains__ __getitem__ __getnewargs__ __iter__ __len__ __mul__ __rmul__ "
    "count index ";
const char* const kIntDir =
    "__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getnewargs__ "
    "__index__ __int__ __invert__ __lshift__ __mod__ __mul__ __neg__ __or__ __pos__ __pow__ __radd__ "
    "__rand__ __rdivmod__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ "
    "__rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sub__ __truediv__ __trunc__ __xor__ "
    "as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes ";
const char* const kFloatDir =
    "__abs__ __add__ __bool__ __ceil__ __divmod__ __float__ __floor__ __floordiv__ __getformat__ "
    "__getnewargs__ __int__ __mod__ __mul__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __rfloordiv__ "
    "__rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ "
    "as_integer_ratio conjugate fromhex hex imag is_integer real ";
const char* const kFunctionDir =
    "__annotations__ __builtins__ __call__ __closure__ __code__ __defaults__ __dict__ __get__ __globals__ "
    "__kwdefaults__ __module__ __name__ __qualname__ ";

void add_words(std::vector<std::string>& out, const char* words) {
    for (std::string_view rest = words; !rest.empty();) {
        std::size_t space = rest.find(' ');
        if (space > 0) out.emplace_back(rest.substr(0, space));
        rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
    }
}

void add_keys(std::vector<std::string>& out, const Value& dict) {
    for (auto& e : as<Dict>(dict).entries)
        if (is_str(e.key)) out.push_back(text(e.key));
}

// dir(obj): the instance dict, the class namespaces and the builtin types' attributes.
std::vector<std::string> dir_of(const Value& obj) {
    std::vector<std::string> out;
    Type* t = is_type_object(obj) ? as_type(obj) : type_of(obj);
    if (!is_type_object(obj))
        if (Value* slot = dict_slot(obj, false)) add_keys(out, *slot);
    for (Type* c : mro_of(t)) {
        if (c->heap) {
            add_keys(out, as_class(c).dict);
            out.insert(out.end(), {"__dict__", "__weakref__"});
        } else if (c == &object_type) {
            add_words(out, kObjectDir);
        } else if (c == &BaseException) {
            add_words(out, kExceptionDir);
        } else {
            const char* words = c == &str_type ? kStrDir : c == &list_type ? kListDir : c == &dict_type ? kDictDir
                              : c == &tuple_type ? kTupleDir : c == &int_type ? kIntDir : c == &float_type ? kFloatDir
                              : c == &function_type ? kFunctionDir : nullptr;
            if (words != nullptr) add_words(out, words);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

Value find_in_class_namespaces(Type* t, const Value& name) { return find_in_classes(t, name); }

std::string qualname_of(Type* t) { return t->heap ? as_class(t).qualname : std::string(t->name); }

std::string attribute_suggestion(const Value& exc) {
    if (!(exc.is_obj() && exc.obj()->type->is_subtype_of(&AttributeError))) return "";
    Value* d = dict_slot(exc, false);
    if (d == nullptr) return "";
    Value* obj = as<Dict>(*d).find(intern("obj"));
    Value* name = as<Dict>(*d).find(intern("name"));
    if (obj == nullptr || name == nullptr || !is_str(*name)) return "";
    std::vector<std::string> candidates = dir_of(*obj);
    std::vector<std::string_view> views(candidates.begin(), candidates.end());
    return closest_name(text(*name), views);
}

Value lookup_on_type(Type* t, const Value& name) {
    if (t->heap) {
        bool in_class;
        return cached_lookup(as_class(t), name, in_class);
    }
    for (Type* c = t; c != nullptr; c = c->base) {
        if (c->heap) {
            if (Value* v = as<Dict>(as_class(c).dict).find(name)) return *v;
        } else if (Value v = builtin_type_attr(c, text(name)); v.is_bound()) {
            return v;
        }
    }
    return Value();
}

namespace {

[[gnu::noinline]] Value getattr_generic(const Value& obj, const Value& name) {
    if (!(name.is_obj() && name.obj()->type == &str_type))
        raise(&TypeError, std::string("attribute name must be string, not '") + type_name(name) + "'");
    if (is_type_object(obj)) return type_getattr(obj, name);
    if (has_type(obj, &super_type)) return super_getattr(obj, name);
    if (has_type(obj, &module_type)) return module_getattr(obj, name);
    Type* t = obj.is_obj() ? obj.obj()->type : type_of(obj);
    if (t->heap) {
        bool in_class;
        const Value& descr = cached_lookup(as_class(t), name, in_class);
        if (has_type(descr, &property_type)) return property_get(descr, obj);  // a data descriptor
        if (Value* v = find_in_dict(obj, name)) return *v;
        if (descr.is_bound()) return bind(descr, obj, t);
    } else if (Value* v = find_in_dict(obj, name)) {
        return *v;
    }
    const std::string& n = text(name);
    if (n == "__class__") return Value::object(t);
    if (n == "__dict__") {
        if (Value* d = dict_slot(obj, true)) return *d;
    }
    // the numeric data attributes of int, bool and float: real and imag (numerator and denominator of ints)
    if (t == &int_type || t == &bool_type || t == &float_type) {
        bool is_int = t != &float_type;
        Value self = obj.is_bool() ? Value::integer(obj.as_small()) : obj;  // True.real is the int 1
        if (n == "real") return self;
        if (n == "imag") return is_int ? Value::integer(0) : Value::floating(0.0);
        if (is_int && n == "numerator") return self;
        if (is_int && n == "denominator") return Value::integer(1);
    }
    if (obj.is_obj()) {
        if (Value v = builtin_object_attr(obj, name); v.is_bound()) return v;
        if (t->native)
            if (Value v = static_cast<NativeObject*>(obj.obj())->attribute(n); v.is_bound()) return v;
        if (!t->heap) {
            for (Type* c = t; c != nullptr; c = c->base)
                if (Value v = builtin_type_attr(c, n); v.is_bound()) return bind(v, obj, t);
        }
    }
    if (t->heap) {
        Value hook = find_in_classes(t, intern("__getattr__"));
        if (hook.is_bound()) return call_bound(hook, obj, &name, 1);
    }
    missing_attribute(obj, name);
}

[[gnu::noinline]] void setattr_generic(const Value& obj, const Value& name, const Value& value) {
    if (!(name.is_obj() && name.obj()->type == &str_type))
        raise(&TypeError, std::string("attribute name must be string, not '") + type_name(name) + "'");
    if (is_type_object(obj)) {
        Type* t = as_type(obj);
        if (!t->heap)
            raise(&TypeError, "cannot set '" + text(name) + "' attribute of immutable type '" + t->name + "'");
        as<Dict>(as_class(t).dict).set(name, value);
        namespace_changed(as_class(t));
        return;
    }
    if (has_type(obj, &module_type)) {
        as<Dict>(as<Module>(obj).dict).set(name, value);
        return;
    }
    Type* t = type_of(obj);
    if (t->heap) {
        Value hook = find_in_classes(t, intern("__setattr__"));
        if (hook.is_bound()) {
            Value args[2] = {name, value};
            call_bound(hook, obj, args, 2);
            return;
        }
        Value descr = lookup_on_type(t, name);
        if (has_type(descr, &property_type)) {
            auto& p = as<Property>(descr);
            if (p.fset.is_unbound() || p.fset.is_none()) property_missing(p, t, "setter");
            call({p.fset, obj, value});
            return;
        }
    }
    if (t->is_subtype_of(&BaseException) && set_exception_attribute(obj, text(name), value)) return;
    // BaseException.args is a data descriptor: assigning it replaces the arguments (made a tuple) that
    // str() and repr() of the exception use.
    if (t->is_subtype_of(&BaseException) && text(name) == "args") {
        std::vector<Value> items;
        ForIter it(value);
        for (Value item; it.next(item);) items.push_back(item);
        as<ExceptionObject>(obj).args = Value::object(Tuple::make(std::move(items)));
        return;
    }
    store_own_attribute(obj, name, value);
}

}  // namespace

// The fast paths of the attribute protocol: an instance of a class whose MRO lookup (cached by the class's
// version) settles the case; everything else is the generic protocol above.
Value getattr(const Value& obj, const Value& name) {
    if (obj.is_obj() && obj.obj()->type->heap && has_type(name, &str_type)) {
        Type* t = obj.obj()->type;
        const auto& e = class_lookup(as_class(t), name);
        if (e.kind != ClassObject::Found::Property) {  // a data descriptor wins over the instance dict
            if (Value* v = own_attribute(obj, t, name)) return *v;
            if (e.kind != ClassObject::Found::Nothing) return bind_found(e.found, obj, t);
        }
    }
    return getattr_generic(obj, name);
}

void setattr(std::initializer_list<Ref> obj_name_value) {
    const Value& obj = obj_name_value.begin()[0];
    const Value& name = obj_name_value.begin()[1];
    const Value& value = obj_name_value.begin()[2];
    if (obj.is_obj() && obj.obj()->type->heap && obj.obj()->type->base == &object_type && has_type(name, &str_type)) {
        ClassObject& cls = as_class(obj.obj()->type);
        if (!class_hooks(cls).has_setattr && class_lookup(cls, name).kind != ClassObject::Found::Property) {
            store_in_instance(as<Instance>(obj), cls, name, value);
            return;
        }
    }
    setattr_generic(obj, name, value);
}

namespace {

// The way at `slot` moved to the front, where the inline checks of the emitted code look (classes.h): a site
// seeing the instances of one class after those of another then stays out of the slow path.
template <class Cache>
typename Cache::Way& to_front(Cache& cache, std::size_t slot) {
    std::rotate(cache.ways, cache.ways + slot, cache.ways + slot + 1);
    return cache.ways[0];
}

// The site's way for obj's class when it holds (the class is at the way's version); null otherwise. Ways are
// only made for classes laid out as Instance.
[[gnu::always_inline]] inline const AttrCache::Way* cached_way(const Value& obj, AttrCache& cache) {
    if (!obj.is_obj()) return nullptr;
    const Type* t = obj.obj()->type;
    for (std::size_t slot = 0; slot < AttrCache::kWays; ++slot) {
        const auto& w = cache.ways[slot];
        if (w.type != t) continue;
        if (static_cast<const ClassObject*>(t)->version != w.version) return nullptr;
        return slot == 0 ? &w : &to_front(cache, slot);
    }
    return nullptr;
}

// Records `way` (of an AttrCache or a MethodCache) for its type: in place of the type's old entry, else in
// front, the least recent one dropping out when all are taken.
template <class Cache>
void remember(Cache& cache, const typename Cache::Way& way) {
    std::size_t slot = 0;
    while (slot + 1 < Cache::kWays && cache.ways[slot].type != way.type) ++slot;
    for (; slot > 0; --slot) cache.ways[slot] = cache.ways[slot - 1];
    cache.ways[0] = way;
}

// After a read (`load`) or write of `name` on obj, remembers what the site can do next time for obj's class
// (laid out as Instance): call the getter of a property the class has for that name (reads only), or reach
// the position of `name` in the class's shared keys when obj is split and has the attribute and the class
// has no __setattr__ (reads need none either: `obj.x += 1` reads and writes through one site).
void fill_attr_cache(const Value& obj, const Value& name, AttrCache& cache, bool load) {
    if (!obj.is_obj() || !has_type(name, &str_type)) return;
    Type* t = obj.obj()->type;
    if (!is_instance_layout(t)) return;
    ClassObject& cls = as_class(t);
    const ClassObject& hooks = class_hooks(cls);  // (before class_lookup: it may refill the entry we read)
    if (const auto& e = class_lookup(cls, name); e.kind == ClassObject::Found::Property) {
        // (not with __getattr__, which an AttributeError from the getter would fall back to)
        const Value& getter = as<Property>(e.found).fget;  // the class namespace holds the property
        if (load && has_type(getter, &function_type) && !hooks.has_getattr)
            remember(cache, {t, cls.version, AttrCache::kNoIndex, getter.obj()});
        return;
    }
    if (as<Instance>(obj).dict.is_bound() || hooks.has_setattr) return;
    std::size_t n = as<Instance>(obj).values.size();
    if (std::size_t i = shared_position(cls, name, n); i < n) remember(cache, {t, cls.version, i});
}

}  // namespace

Value call_getter(Object* getter, const Value& obj) {
    Value function = Value::object(getter);  // held for the call, which may delete the property
    Value self = obj;
    auto& fn = as<Function>(function);
    if (fn.simple) return fn.code(fn, &self, 1);
    return call_n(function, &self, 1);
}

Value getattr_slow(const Value& obj, const Value& name, AttrCache& cache) {
    if (const AttrCache::Way* w = cached_way(obj, cache)) {
        if (w->getter != nullptr) return call_getter(w->getter, obj);  // a property
        auto& inst = as<Instance>(obj);
        if (inst.dict.is_unbound() && w->index < inst.values.size()) return inst.values[w->index];
    }
    Value v = getattr(obj, name);
    fill_attr_cache(obj, name, cache, true);
    return v;
}

void setattr_slow(std::initializer_list<Ref> obj_name_value, AttrCache& cache) {
    const Value& obj = obj_name_value.begin()[0];
    const Value& name = obj_name_value.begin()[1];
    const AttrCache::Way* w = cached_way(obj, cache);
    if (w != nullptr && w->getter == nullptr && as<Instance>(obj).dict.is_unbound()) {
        // the class's key order holds the name at this position for good: an instance with that many
        // values gets it next
        auto& values = as<Instance>(obj).values;
        if (w->index < values.size()) {
            values[w->index] = obj_name_value.begin()[2].v;
            return;
        }
        if (w->index == values.size()) {
            values.push_back(obj_name_value.begin()[2].v);
            return;
        }
    }
    setattr(obj_name_value);
    fill_attr_cache(obj, name, cache, false);
}

void delattr(const Value& obj, const Value& name) {
    if (!is_str(name))
        raise(&TypeError, std::string("attribute name must be string, not '") + type_name(name) + "'");
    if (is_type_object(obj)) {
        Type* t = as_type(obj);
        if (!t->heap)
            raise(&TypeError, "cannot set '" + text(name) + "' attribute of immutable type '" + t->name + "'");
        if (!as<Dict>(as_class(t).dict).erase(name)) no_attribute(obj, name);
        namespace_changed(as_class(t));
        return;
    }
    if (has_type(obj, &module_type)) {
        if (!as<Dict>(as<Module>(obj).dict).erase(name)) no_attribute(obj, name);
        return;
    }
    Type* t = type_of(obj);
    if (t->heap) {
        Value hook = find_in_classes(t, intern("__delattr__"));
        if (hook.is_bound()) {
            call_bound(hook, obj, &name, 1);
            return;
        }
        Value descr = lookup_on_type(t, name);
        if (has_type(descr, &property_type)) {
            auto& p = as<Property>(descr);
            if (p.fdel.is_unbound() || p.fdel.is_none()) property_missing(p, t, "deleter");
            call({p.fdel, obj});
            return;
        }
    }
    if (is_instance_layout(t) && is_dict_name(name)) {  // the instance starts again with no attributes
        as<Instance>(obj).dict = Value::object(new Dict());
        as<Instance>(obj).values.clear();
        return;
    }
    Value* d = dict_slot(obj, false);
    if (d == nullptr || !as<Dict>(*d).erase(name)) no_attribute(obj, name);
}

// ---------------------------------------------------------------------------------------------------------
// Method calls

namespace {

// Whether the instance `obj` of class t has an attribute `name` of its own, which shadows the class's.
[[gnu::always_inline]] inline bool shadowed(const Value& obj, Type* t, const Value& name) {
    return own_attribute(obj, t, name) != nullptr;
}

// MethodCache::Way::shadow_position for the method `name` of class t.
std::uint32_t shadow_position(Type* t, const Value& name) {
    if (!is_instance_layout(t)) return 0;
    const auto& cls = as_class(t);
    return static_cast<std::uint32_t>(shared_position(cls, name, cls.shared_keys.size()));
}

// Whether a way's proof that instances of its class cannot shadow the method covers `obj`.
[[gnu::always_inline]] inline bool proven_unshadowed(const Value& obj, Type* t, const MethodCache::Way& w) {
    if (t->base != &object_type) return false;
    const auto& inst = as<Instance>(obj);
    return inst.dict.is_unbound() && inst.values.size() <= w.shadow_position;
}

}  // namespace

void Method::find(const Value& obj, const Value& name, MethodCache& cache) {
    if (obj.is_obj()) {
        Type* t = obj.obj()->type;
        for (std::size_t slot = 0; slot < MethodCache::kWays; ++slot) {
            if (cache.ways[slot].type != t) continue;
            auto& w = slot == 0 ? cache.ways[0] : to_front(cache, slot);
            if (w.kind == MethodCache::Kind::Function) {
                if (as_class(t).version != w.version) break;
                if (!proven_unshadowed(obj, t, w)) {
                    if (shadowed(obj, t, name)) break;
                    w.shadow_position = shadow_position(t, name);  // the class may have more keys by now
                }
                callable_ = Value::object(w.target.function);
            } else {
                target_ = w.target;
                id_ = w.id;
            }
            self_ = obj;
            kind_ = w.kind;
            return;
        }
    }
    lookup(obj, name, &cache);
}

Method::Method(const Value& obj, const Value& name) { lookup(obj, name, nullptr); }

void Method::lookup(const Value& obj, const Value& name, MethodCache* cache) {
    Type* t = type_of(obj);
    if (t->heap) {
        ClassObject& cls = as_class(t);
        const auto& e = class_lookup(cls, name);
        if (e.kind == ClassObject::Found::Function && !shadowed(obj, t, name)) {
            callable_ = e.found;
            self_ = obj;
            kind_ = MethodCache::Kind::Function;
            if (cache != nullptr)
                remember(*cache, {t, cls.version, {e.found.obj()}, shadow_position(t, name), kind_, {}});
            return;
        }
    } else if (t == &super_type) {
        const auto& s = as<Super>(obj);
        Value f = super_lookup(s.start, s.self_type, name);
        // super() in a classmethod has the class as self: its functions stay plain (super_getattr)
        if (has_type(f, &function_type) && !(is_type_object(s.self) && as_type(s.self) == s.self_type)) {
            callable_ = std::move(f);
            self_ = s.self;
            kind_ = MethodCache::Kind::Function;
            return;
        }
    } else if (t != &type_type && is_runtime_method(t, as<Str>(name))) {
        // a builtin type's method, called on obj by id (str, list, dict) or by name
        if (t == &str_type || t == &list_type || t == &dict_type) {
            id_ = method_id(as<Str>(name));
            target_.entry = builtin_method_entry(obj, id_);
            kind_ = MethodCache::Kind::BuiltinById;
        } else {
            target_.name = &as<Str>(name);
            kind_ = MethodCache::Kind::BuiltinByName;
        }
        self_ = obj;
        if (cache != nullptr && obj.is_obj()) remember(*cache, {t, 0, target_, 0, kind_, id_});
        return;
    }
    callable_ = getattr(obj, name);
    kind_ = MethodCache::Kind::Attribute;
}

namespace {

// A function found on the class, called with `self` first, then copies of the arguments. `self` is a
// Method's receiver, which the Method holds until the call returns: the argument array borrows it.
template <class Arg>
[[gnu::always_inline]] inline Value call_method_function(const Value& callable, const Value& self, const Arg* args,
                                                         std::size_t n) {
    auto& fn = as<Function>(callable);
    return with_self_copies<true>(self, args, n, [&](const Value* all, std::size_t k) {
        if (fn.simple) return fn.code(fn, all, k);
        return call_n(callable, all, k);
    });
}

// The function that super(start, obj).name finds for an instance obj of `cls`, remembered in the class's
// super_cache; null when it finds anything else or `cls` is not a subclass of `start`.
Object* super_function(ClassObject& cls, Type* start, const Value& name) {
    auto key = (reinterpret_cast<std::uintptr_t>(name.obj()) ^ reinterpret_cast<std::uintptr_t>(start)) >> 4;
    ClassObject::SuperEntry& e = cls.super_cache[key % std::size(cls.super_cache)];
    if (e.version == cls.version && e.start == start && e.name.obj() == name.obj()) return e.function;
    if (!cls.is_subtype_of(start)) return nullptr;
    Value f = super_lookup(start, &cls, name);
    if (!has_type(f, &function_type) || as<Str>(name).text() == "__class__") return nullptr;  // (super's own first)
    e.name = name;
    e.start = start;
    e.version = cls.version;
    e.function = f.obj();
    return e.function;
}

}  // namespace

Method Method::of_super(const Cell* class_cell, const Value* first_arg, const Value& name) {
    // super_zero's checks passed, and self an instance of a subclass of __class__ (the errors are super_zero's)
    if (first_arg != nullptr && first_arg->is_bound() && class_cell != nullptr && is_type_object(class_cell->value)) {
        const Value& self = *first_arg;
        Type* t = type_of(self);
        if (!is_type_object(self) && t->heap) {
            if (Object* f = super_function(as_class(t), as_type(class_cell->value), name)) {
                Method m;
                m.callable_ = Value::object(f);
                m.self_ = self;
                return m;
            }
        }
    }
    return Method(super_zero(class_cell, first_arg), name);
}

Value Method::call_n(const Value* args, std::size_t n) const {
    switch (kind_) {
        case MethodCache::Kind::Attribute: return py::call_n(callable_, args, n);
        case MethodCache::Kind::Function: return call_method_function(callable_, self_, args, n);
        case MethodCache::Kind::BuiltinById: return target_.entry(self_, id_, args, n);
        case MethodCache::Kind::BuiltinByName:
            // a generator's send(), throw() or close(): what call_method_n would reach after its other cases
            if (self_.is_obj() && self_.obj()->type == &generator_type)
                return generator_method(self_, target_.name->chars(), args, n);
            break;
    }
    ArgsWithSelf all(self_, args, n);
    return call_method_n(target_.name->chars(), all.data(), all.size());
}

Value Method::call_function(std::initializer_list<Ref> args) const {
    // A function gets its copies of the arguments straight after self's: one copy, not two. The other kinds
    // are out of line, so that this path sets up only the frame it needs.
    return call_method_function(callable_, self_, args.begin(), args.size());
}

Value Method::call_elsewhere(std::initializer_list<Ref> args) const { return call(args); }

Value Method::call_other(std::initializer_list<Ref> args) const {
    if (kind_ == MethodCache::Kind::BuiltinById)
        return with_copies(args, [this](const Value* a, std::size_t n) { return target_.entry(self_, id_, a, n); });
    return with_copies(args, [this](const Value* a, std::size_t n) { return call_n(a, n); });
}

Value Method::call_kw(std::initializer_list<Ref> args_and_kwvalues, const char* keywords) const {
    OperandArray operands(args_and_kwvalues);
    KeywordNames names(keywords);
    const Value* args = operands.data();
    std::size_t npos = operands.size() - names.size();
    KwArgs kw{names.data(), args + npos, names.size()};
    if (self_.is_unbound()) return call_with_keywords(callable_, args, npos, kw);
    if (kind_ != MethodCache::Kind::Function) {
        const char* name = kind_ == MethodCache::Kind::BuiltinById ? method_name(id_) : target_.name->chars();
        return call_method_with_keywords(name, self_, args, npos, kw);
    }
    ArgsWithSelf all(self_, args, npos);
    return call_with_keywords(callable_, all.data(), all.size(), kw);
}

// ---------------------------------------------------------------------------------------------------------
// The with statement

namespace {
Type traceback_type("traceback", &object_type, nullptr);
}  // namespace

WithBlock::WithBlock(const Value& manager) : manager_(manager) {
    Type* t = type_of(manager);
    Value enter = lookup_on_type(t, intern("__enter__"));
    exit_ = lookup_on_type(t, intern("__exit__"));
    if (enter.is_unbound())
        raise(&TypeError, std::string("'") + t->name + "' object does not support the context manager protocol");
    if (exit_.is_unbound())
        raise(&TypeError, std::string("'") + t->name +
                              "' object does not support the context manager protocol (missed __exit__ method)");
}

Value WithBlock::enter() { return call_bound(lookup_on_type(type_of(manager_), intern("__enter__")), manager_, nullptr, 0); }

void WithBlock::exit_normally() {
    if (done_) return;
    done_ = true;
    Value none[3] = {Value::none(), Value::none(), Value::none()};
    call_bound(exit_, manager_, none, 3);
}

void WithBlock::exit_exception(const PyException& e) {
    if (done_) throw;  // __exit__ itself raised on the way out of the body
    done_ = true;
    // (CPython passes the traceback object; py2cpp's stands in for it without frames to inspect.)
    Value args[3] = {Value::object(e.value.obj()->type), e.value, Value::object(new Instance(&traceback_type))};
    bool suppress;
    {
        Handling handling(e);  // an exception __exit__ raises gets e as its __context__
        suppress = truthy(call_bound(exit_, manager_, args, 3));
    }
    if (!suppress) throw;
}

// ---------------------------------------------------------------------------------------------------------
// Classes

Value class_namespace(const Value& qualname) {
    Value ns = Value::object(new Dict());
    as<Dict>(ns).set(intern("__module__"), new_str("__main__"));
    as<Dict>(ns).set(intern("__qualname__"), qualname);
    return ns;
}

namespace {

// C3 linearization (CPython's mro_internal): false when the bases admit no consistent order.
bool c3_merge(std::vector<std::vector<Type*>> seqs, std::vector<Type*>& out, std::vector<Type*>& blocked) {
    for (;;) {
        seqs.erase(std::remove_if(seqs.begin(), seqs.end(), [](const auto& s) { return s.empty(); }), seqs.end());
        if (seqs.empty()) return true;
        Type* next = nullptr;
        for (const auto& s : seqs) {
            bool in_tail = std::any_of(seqs.begin(), seqs.end(), [&](const auto& o) {
                return std::find(o.begin() + 1, o.end(), s[0]) != o.end();
            });
            if (!in_tail) {
                next = s[0];
                break;
            }
        }
        if (next == nullptr) {
            for (const auto& s : seqs)
                if (std::find(blocked.begin(), blocked.end(), s[0]) == blocked.end()) blocked.push_back(s[0]);
            return false;
        }
        out.push_back(next);
        for (auto& s : seqs)
            if (s[0] == next) s.erase(s.begin());
    }
}

// The builtin type whose layout instances of a class with this base have. A class passes on its own
// layout, which may also be one of a runtime module's types (collections.deque).
Type* layout_of(Type* base) {
    if (base->heap) return base->base;
    Type* t = base;
    if (t == &object_type || t->is_subtype_of(&BaseException)) return t == &object_type ? t : &BaseException;
    if (t == &dict_type || t == &tuple_type) return t;
    if (t == &bool_type || t == &range_type || t == &function_type || t == &builtin_function_type)
        raise(&TypeError, std::string("type '") + t->name + "' is not an acceptable base type");
    raise(&NotImplementedError, std::string("py2cpp: subclassing the builtin type '") + t->name + "' is not supported yet");
}

}  // namespace

Value make_class(const Value& name, const Value& bases_value, const Value& ns) {
    std::vector<Type*> bases;
    for (const Value& b : as<Tuple>(bases_value).items()) {
        if (!is_type_object(b)) raise(&NotImplementedError, "py2cpp: class bases that are not classes are not supported");
        Type* t = as_type(b);
        if (std::find(bases.begin(), bases.end(), t) != bases.end())
            raise(&TypeError, "duplicate base class " + std::string(t->name));
        bases.push_back(t);
    }
    Type* layout = &object_type;
    for (Type* b : bases) {
        Type* l = layout_of(b);
        if (l == &object_type || l == layout) continue;
        if (layout != &object_type) raise(&TypeError, "multiple bases have instance lay-out conflict");
        layout = l;
    }
    Dict& d = as<Dict>(ns);
    // An empty __slots__ (a namedtuple subclass's usual `__slots__ = ()`) changes nothing for instances that
    // have no attributes of their own, or whose attributes the runtime keeps anyway.
    if (Value* slots = d.find(intern("__slots__")); slots != nullptr && layout != &object_type &&
                                                    ((is_tuple_layout(*slots) && as<Tuple>(*slots).items().empty()) ||
                                                     (has_type(*slots, &list_type) && as<List>(*slots).items.empty())))
        d.erase(intern("__slots__"));
    for (const char* unsupported : {"__new__", "__slots__", "__getattribute__", "__init_subclass__", "__del__",
                                    "__set_name__", "__class_getitem__"})
        if (d.find(intern(unsupported)) != nullptr)
            raise(&NotImplementedError, std::string("py2cpp: classes defining ") + unsupported + " are not supported yet");
    auto* cls = new ClassObject(text(name), layout);
    Value result = Value::object(cls);
    cls->bases = bases.empty() ? make_tuple({Value::object(&object_type)}) : bases_value;
    if (bases.empty()) bases.push_back(&object_type);
    std::vector<std::vector<Type*>> seqs;
    for (Type* b : bases) seqs.push_back(mro_of(b));
    seqs.push_back(bases);
    cls->mro.push_back(cls);
    std::vector<Type*> blocked;
    if (!c3_merge(std::move(seqs), cls->mro, blocked)) {
        std::string names;
        for (Type* b : blocked) names += (names.empty() ? "" : ", ") + qualname_of(b);
        raise(&TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases " + names);
    }
    if (Value* q = d.find(intern("__qualname__"))) {
        cls->qualname = text(*q);
        d.erase(intern("__qualname__"));
    } else {
        cls->qualname = cls->name_text;
    }
    // A class that defines __eq__ and not __hash__ makes its instances unhashable (type_new sets it to None).
    if (d.find(intern("__eq__")) != nullptr && d.find(intern("__hash__")) == nullptr)
        d.set(intern("__hash__"), Value::none());
    cls->dict = ns;
    // property.__set_name__: a property learns the name it was made as, for its error messages
    for (const auto& e : d.entries)
        if (e.key.is_bound() && has_type(e.value, &property_type)) as<Property>(e.value).name = e.key;
    cls->refcount = 1u << 30;  // immortal, like the builtin types: instances hold no reference to their type
    for (Type* b : bases)
        if (b->heap) as_class(b).subclasses.push_back(cls);  // (only now: a failed class statement frees cls)
    return result;
}

Value load_class_name(const Value& ns, const Value& name, const Value& fallback) {
    if (Value* v = as<Dict>(ns).find(name)) return *v;
    if (fallback.is_unbound()) name_error(text(name));
    return fallback;
}

Value load_class_free(const Value& ns, const Value& name, const Cell& cell) {
    if (Value* v = as<Dict>(ns).find(name)) return *v;
    return load_free(cell, as<Str>(name).chars());
}

void store_class_name(const Value& ns, const Value& name, const Value& value) { as<Dict>(ns).set(name, value); }

void setup_annotations(const Value& ns) {
    Value key = intern("__annotations__");
    if (as<Dict>(ns).find(key) == nullptr) as<Dict>(ns).set(key, Value::object(new Dict()));
}

void store_annotation(const Value& ns, const Value& name, const Value& annotation) {
    // CPython reads `__annotations__` as a name (LOAD_NAME), so a body that deleted it fails like this.
    Value* annotations = as<Dict>(ns).find(intern("__annotations__"));
    if (annotations == nullptr) name_error("__annotations__");
    Value dict = *annotations;  // setting an item may run Python code (a hash, a mapping's __setitem__)
    setitem({dict, name, annotation});
}

void delete_class_name(const Value& ns, const Value& name) {
    if (!as<Dict>(ns).erase(name)) name_error(text(name));
}

namespace {

// Records in `cls` (laid out as object) what construct_instance's fast path needs when `init`, what the MRO
// gives __init__, allows one: nothing (object's __init__) or a simple function.
void remember_init(ClassObject& cls, const Value& init) {
    if (init.is_unbound()) {
        cls.init = nullptr;
    } else if (has_type(init, &function_type) && as<Function>(init).simple) {
        cls.init = &as<Function>(init);
    } else {
        return;
    }
    cls.init_version = cls.version;
}

// object.__init__ given arguments: CPython names the type by its tp_name, a class's plain __name__.
[[noreturn, gnu::cold]] void takes_no_arguments(Type* type) {
    raise(&TypeError, std::string(type->name) + "() takes no arguments");
}

[[noreturn, gnu::cold]] void init_result_error(const Value& r) {
    raise(&TypeError, std::string("__init__() should return None, not '") + type_name(r) + "'");
}

}  // namespace

// Calling a class: a new instance in the layout of its builtin base, then its __init__.
Value construct_class(Type* type, const Value* args, std::size_t n, const KwArgs& kw) {
    Type* layout = type->base;
    Value obj;
    if (layout == &object_type) {
        obj = Value::object(Instance::make(&as_class(type)));
    } else if (layout == &BaseException) {
        obj = Value::object(new ExceptionObject(type, Value::object(Tuple::make(std::span<const Value>(args, args + n)))));
    } else if (layout == &dict_type) {
        obj = Value::object(new DictInstance(type));
    } else if (layout == &tuple_type) {
        // A tuple is made whole by __new__ (a namedtuple's), else from one iterable as tuple() does.
        Value make = find_in_classes(type, intern("__new__"));
        if (make.is_bound()) {
            ArgsWithSelf all(Value::object(type), args, n);
            obj = call_with_keywords(make, all.data(), all.size(), kw);
            if (!(obj.is_obj() && obj.obj()->type == type)) return obj;  // CPython skips __init__ then too
        } else {
            Keywords none(kw);
            none.reject(type->name);
            check_positional("tuple", n, 0, 1);
            std::vector<Value> items;
            if (n == 1) {
                ForIter it(args[0]);
                for (Value x; it.next(x);) items.push_back(x);
            }
            Tuple* t = Tuple::make(std::move(items));
            t->type = type;
            obj = Value::object(t);
        }
    } else {
        obj = layout->ctor(type, nullptr, 0);  // a runtime module's layout: an empty instance of the class
    }
    static const Value& init_name = intern("__init__");
    Value init = find_in_classes(type, init_name);
    if (layout == &object_type) remember_init(as_class(type), init);
    if (init.is_unbound()) {
        if (layout == &dict_type) {  // dict.__init__: one mapping or iterable of pairs, then the keywords
            check_positional("dict", n, 0, 1);
            if (n == 1) update_dict(as<Dict>(obj), args[0]);
            for (std::size_t k = 0; k < kw.size; ++k) as<Dict>(obj).set(new_str(kw.names[k]), kw.values[k]);
        } else if (layout == &object_type && (n > 0 || kw.size > 0)) {
            takes_no_arguments(type);
        } else if (layout == &BaseException && kw.size > 0) {
            raise(&TypeError, std::string(type->name) + "() takes no keyword arguments");
        }
        return obj;
    }
    Value r = kw.size == 0 ? call_bound(init, obj, args, n) : call_with_keywords(bind(init, obj, type), args, n, kw);
    if (!r.is_none()) init_result_error(r);
    return obj;
}

Value super_zero(const Cell* class_cell, const Value* first_arg) {
    if (first_arg == nullptr) raise(&RuntimeError, "super(): no arguments");
    if (first_arg->is_unbound()) raise(&RuntimeError, "super(): arg[0] deleted");
    if (class_cell == nullptr) raise(&RuntimeError, "super(): __class__ cell not found");
    if (class_cell->value.is_unbound()) raise(&RuntimeError, "super(): empty __class__ cell");
    Value args[2] = {class_cell->value, *first_arg};
    return construct_super(&super_type, args, 2);
}

namespace {

// A class that remembers its __init__ (ClassObject::init) called with positional arguments (Values, or the
// Refs of a braced list): the instance is made and __init__'s code entered with it and copies of the
// arguments, as call_bound would, without looking __init__ up.
template <class Arg>
[[gnu::always_inline]] inline Value construct_remembered(ClassObject& cls, const Arg* args, std::size_t n) {
    Value obj = Value::object(Instance::make(&cls));
    if (cls.init == nullptr) {
        if (n > 0) takes_no_arguments(&cls);
        return obj;
    }
    Value init = Value::object(cls.init);  // a reference for the call: __init__ may rebind C.__init__
    auto& fn = *cls.init;
    // (`obj` is this function's own: __init__'s self borrows it)
    Value r = with_self_copies<true>(obj, args, n, [&fn](const Value* all, std::size_t k) { return fn.code(fn, all, k); });
    if (!r.is_none()) [[unlikely]] init_result_error(r);
    return obj;
}

// A class called with positional arguments (its `ctor`): the remembered path, or construct_class's, which
// remembers what it found.
Value construct_instance(Type* type, const Value* args, std::size_t n) {
    auto& cls = as_class(type);
    if (cls.init_version == cls.version) return construct_remembered(cls, args, n);
    return construct_class(type, args, n, KwArgs{});
}

Value construct_staticmethod(Type* type, const Value* args, std::size_t n) {
    if (n != 1)
        raise(&TypeError, std::string(type->name) + " expected 1 argument, got " + std::to_string(n));
    return Value::object(new StaticMethod(type, args[0]));
}

Value construct_property(Type*, const Value* args, std::size_t n) {
    if (n > 4) raise(&TypeError, "property() takes at most 4 arguments (" + std::to_string(n) + " given)");
    auto* p = new Property();
    Value result = Value::object(p);
    Value* fields[] = {&p->fget, &p->fset, &p->fdel, &p->doc};
    for (std::size_t i = 0; i < n; ++i) *fields[i] = args[i];
    return result;
}

Value construct_super(Type*, const Value* args, std::size_t n) {
    if (n == 0) raise(&RuntimeError, "super(): no arguments");
    if (n != 2) raise(&NotImplementedError, "py2cpp: super() with one argument is not supported");
    if (!is_type_object(args[0]))
        raise(&TypeError, std::string("super() argument 1 must be a type, not ") + type_name(args[0]));
    Type* start = as_type(args[0]);
    const Value& self = args[1];
    if (is_type_object(self) && as_type(self)->is_subtype_of(start))
        return Value::object(new Super(start, self, as_type(self)));
    if (!type_of(self)->is_subtype_of(start))
        raise(&TypeError, "super(type, obj): obj must be an instance or subtype of type");
    return Value::object(new Super(start, self, type_of(self)));
}

// a.op(b), then b.rop(a), the reflected one first when b's type is a subclass of a's. Binary operators skip
// the reflected method for operands of the same type; comparisons (`comparison`) try it anyway.
Value dispatch_binary(const Value& a, const Value& b, const char* op, const char* rop, bool comparison) {
    Type* ta = a.is_obj() ? a.obj()->type : type_of(a);  // (an instance's type without the call)
    Type* tb = b.is_obj() ? b.obj()->type : type_of(b);
    if (ta == tb) {  // the common case, where the reflected method is looked up only if it is needed
        const Value& fa = find_in_classes(ta, intern(op));
        if (fa.is_bound() && !fa.is_none()) {
            Value r = call_bound(fa, a, &b, 1);
            if (!is_not_implemented(r)) return r;
        }
        if (!comparison) return Value();
        const Value& fb = find_in_classes(tb, intern(rop));
        if (fb.is_bound() && !fb.is_none()) {
            Value r = call_bound(fb, b, &a, 1);
            if (!is_not_implemented(r)) return r;
        }
        return Value();
    }
    Value fa = find_in_classes(ta, intern(op));
    Value fb = tb != ta || comparison ? find_in_classes(tb, intern(rop)) : Value();
    if (fb.is_none()) fb = Value();
    if (fa.is_none()) fa = Value();
    if (fb.is_bound() && tb != ta && tb->is_subtype_of(ta)) {
        Value r = call_bound(fb, b, &a, 1);
        if (!is_not_implemented(r)) return r;
        fb = Value();
    }
    if (fa.is_bound()) {
        Value r = call_bound(fa, a, &b, 1);
        if (!is_not_implemented(r)) return r;
    }
    if (fb.is_bound()) {
        Value r = call_bound(fb, b, &a, 1);
        if (!is_not_implemented(r)) return r;
    }
    return Value();
}

}  // namespace

namespace {
[[gnu::noinline]] Value construct_copying(Type* type, const Ref* args, std::size_t n) {
    return with_copies(args, n, [type](const Value* a, std::size_t k) { return type->ctor(type, a, k); });
}
}  // namespace

Value call_class(Type* type, const Ref* args, std::size_t n) {
    auto& cls = as_class(type);
    if (cls.init_version == cls.version) return construct_remembered(cls, args, n);
    return construct_copying(type, args, n);  // (out of line: its copies would crowd this frame)
}

// ---------------------------------------------------------------------------------------------------------
// Dunder dispatch

Value binary_dunder(const Value& a, const Value& b, const char* op, const char* rop, const char*) {
    return dispatch_binary(a, b, op, rop, false);
}

bool inplace_dunder(const Value& a, const Value& b, const char* iop, Value& result) {
    Value f = find_in_classes(type_of(a), intern(iop));
    if (f.is_unbound()) return false;
    result = call_bound(f, a, &b, 1);
    return !is_not_implemented(result);
}

Value unary_dunder(const Value& v, const char* name, const char* symbol) {
    Value r;
    if (call_special(v, name, {}, r)) return r;
    raise(&TypeError, std::string("bad operand type for ") + symbol + ": '" + type_name(v) + "'");
}

bool call_special(const Value& v, const char* name, std::initializer_list<Value> args, Value& result) {
    if (!v.is_obj() || !v.obj()->type->heap) return false;
    Value f = find_in_classes(v.obj()->type, intern(name));
    if (f.is_unbound()) return false;
    if (f.is_none()) return false;
    // CPython's slot functions check the depth as a C call into Python, with their own message.
    if (frame_depth >= recursion_limit)
        raise(&RecursionError, "maximum recursion depth exceeded while calling a Python object");
    result = call_bound(f, v, args.begin(), args.size());
    return true;
}

// Instances of classes derived from dict or tuple without an __eq__ of their own compare as what they are
// laid out as (dict's and tuple's __eq__ accept subclasses).
bool layout_equal(const Value& a, const Value& b) {
    return ((is_dict_layout(a) && is_dict_layout(b)) || (is_tuple_layout(a) && is_tuple_layout(b))) && builtin_equal(a, b);
}

// Comparisons involving class instances (objects.cpp calls these before its builtin cases).
bool instance_equal(const Value& a, const Value& b) {
    Value r = dispatch_binary(a, b, "__eq__", "__eq__", true);
    if (r.is_bound()) return truthy(r);
    return (a.is_obj() && b.is_obj() && a.obj() == b.obj()) || layout_equal(a, b);
}

bool instance_compare(const Value& a, const Value& b, CmpOp op, bool& decided) {
    Value r = instance_rich_compare(a, b, static_cast<int>(op));
    decided = r.is_bound();
    return decided && truthy(r);
}

Value instance_rich_compare(const Value& a, const Value& b, int op) {
    static const char* const ops[][2] = {{"__lt__", "__gt__"}, {"__le__", "__ge__"}, {"__gt__", "__lt__"},
                                         {"__ge__", "__le__"}, {"__eq__", "__eq__"}, {"__ne__", "__ne__"}};
    return dispatch_binary(a, b, ops[op][0], ops[op][1], true);
}

// `a <op> b` as a value: a class's comparison method may return anything, which the expression yields.
Value compare_value(const Value& a, const Value& b, int op) {
    if (either_is_instance(a, b)) {
        Value r = instance_rich_compare(a, b, op);
        if (r.is_bound()) return r;
        if (op == 4 || op == 5) {  // __ne__ falls back to the inverse of __eq__, then identity
            if (op == 5) {
                Value eq = instance_rich_compare(a, b, 4);
                if (eq.is_bound()) return Value::boolean(!truthy(eq));
            }
            bool same = (a.is_obj() && b.is_obj() && a.obj() == b.obj()) || layout_equal(a, b);
            return Value::boolean(op == 4 ? same : !same);
        }
    }
    switch (op) {
        case 4: return Value::boolean(equal(a, b));
        case 5: return Value::boolean(!equal(a, b));
        // (the operands' methods declined above: the builtin orderings, or TypeError)
        default: return Value::boolean(compare_ordered(a, b, static_cast<CmpOp>(op), !either_is_instance(a, b)));
    }
}

// The builtin "slots" reached as attributes (object.__init__, super().__str__(), ...): `args` starts with self.
bool call_slot(const char* name, const Value* args, std::size_t n, Value& result) {
    const Value& self = args[0];
    std::string_view m = name;
    if (has_type(self, &property_type) && (m == "setter" || m == "getter" || m == "deleter")) {
        if (n != 2) raise(&TypeError, std::string("property.") + name + "() takes exactly one argument");
        auto* p = new Property();
        result = Value::object(p);
        const auto& old = as<Property>(self);
        p->fget = m == "getter" ? args[1] : old.fget;
        p->fset = m == "setter" ? args[1] : old.fset;
        p->fdel = m == "deleter" ? args[1] : old.fdel;
        p->doc = old.doc;
        p->name = old.name;
        return true;
    }
    if (m.size() < 5 || m.substr(0, 2) != "__") return false;
    if (Keywords none{KwArgs{}}; dict_special(self, name, args + 1, n - 1, none, result)) return true;
    bool exception = type_of(self)->is_subtype_of(&BaseException);
    if (m == "__init__") {
        if (exception)
            as<ExceptionObject>(self).args = Value::object(Tuple::make(std::span<const Value>(args + 1, args + n)));
        else if (n > 1)
            raise(&TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        result = Value::none();
        return true;
    }
    if (m == "__repr__") {
        result = new_str(builtin_repr(self));
        return true;
    }
    if (m == "__str__") {
        result = new_str(exception ? builtin_str(self) : repr(self));
        return true;
    }
    if (n != 2 && (m == "__eq__" || m == "__ne__" || m == "__format__"))
        raise(&TypeError, std::string("expected 1 argument, got ") + std::to_string(n - 1));
    if (m == "__eq__" || m == "__ne__") {
        bool same = self.is_obj() && args[1].is_obj() && self.obj() == args[1].obj();
        result = same ? Value::boolean(m == "__eq__") : not_implemented();
        return true;
    }
    if (m == "__hash__") {
        result = Value::integer(static_cast<std::int64_t>(reinterpret_cast<std::uintptr_t>(self.obj()) >> 4));
        return true;
    }
    if (m == "__format__") {
        if (!is_str(args[1]) || !as<Str>(args[1]).text().empty())
            raise(&TypeError, std::string("unsupported format string passed to ") + type_name(self) + ".__format__");
        result = new_str(to_str(self));
        return true;
    }
    if (m == "__setattr__" || m == "__delattr__") {
        if (n < 2) no_attribute(self, new_str(name));
        if (!is_str(args[1]))
            raise(&TypeError, std::string("attribute name must be string, not '") + type_name(args[1]) + "'");
        if (m == "__setattr__") {
            if (n != 3) raise(&TypeError, "expected 2 arguments, got " + std::to_string(n - 1));
            store_own_attribute(self, args[1], args[2]);
        } else if (Value* d = dict_slot(self, true); d == nullptr || !as<Dict>(*d).erase(args[1])) {
            no_attribute(self, args[1]);
        }
        result = Value::none();
        return true;
    }
    return false;
}

// The __module__ of a class: "__main__" for a class statement's, the module for a runtime module's class.
std::string class_module(Type* t) {
    Value* m = as<Dict>(as_class(t).dict).find(intern("__module__"));
    return m != nullptr && is_str(*m) ? text(*m) : "__main__";
}

// repr() of the runtime's own objects (classes.h types, class instances without __repr__).
bool class_object_repr(const Value& v, std::string& out) {
    Type* t = v.obj()->type;
    char addr[32];
    std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(v.obj()));
    if (t == &type_type) {
        Type* c = as_type(v);
        out += c->heap ? "<class '" + class_module(c) + "." + as_class(c).qualname + "'>" : std::string("<class '") + c->name + "'>";
    } else if (t == &not_implemented_type) {
        out += "NotImplemented";
    } else if (t == &ellipsis_type) {
        out += "Ellipsis";
    } else if (t == &method_type) {
        auto& m = as<BoundMethod>(v);
        std::string fname = has_type(m.function, &function_type) ? as<Function>(m.function).info->qualname : "?";
        out += "<bound method " + fname + " of " + repr(m.self) + ">";
    } else if (t == &builtin_method_type) {
        auto& m = as<BuiltinMethod>(v);
        if (m.self.is_unbound())
            out += "<method '" + m.name + "'>";
        else
            out += "<built-in method " + m.name + " of " + type_name(m.self) + " object at " + addr + ">";
    } else if (t == &property_type || t == &staticmethod_type || t == &classmethod_type || t == &super_type ||
               t->heap || t == &object_type) {
        std::string module = t->heap ? class_module(t) + "." + as_class(t).qualname : std::string(t->name);
        out += "<" + module + " object at " + addr + ">";
    } else {
        return false;
    }
    return true;
}

}  // namespace py
