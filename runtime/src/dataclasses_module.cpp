// Runtime — the dataclasses module: @dataclass, field(), fields(), asdict(), astuple(), replace(),
// is_dataclass(), FrozenInstanceError, MISSING and KW_ONLY.
//
// The decorator does at run time what CPython's dataclasses.py does: it reads the class's own
// `__annotations__` (the lowering builds them) and class attributes, collects the fields of the dataclass
// bases first, and sets the methods it generates on the class. CPython generates those methods as Python
// source and exec()s it; here each is a py::Function whose code is a C++ function of this file, with a
// CodeInfo naming its parameters, so calls bind and fail exactly as they do for a `def` (CPython words the
// errors with the qualname, `Point.__init__() missing 1 required positional argument: 'y'`). What a method
// needs to know (its class, its fields) lives in a Plan object held in the function's one closure cell.
#include <algorithm>
#include <cctype>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "internal.h"

namespace py {

Value construct_exception(Type*, const Value*, std::size_t);  // builtins.cpp

namespace {

Type frozen_instance_error("dataclasses.FrozenInstanceError", &AttributeError, construct_exception);
Type field_type("dataclasses.Field", &object_type, nullptr, false, true);
Type params_type("dataclasses._DataclassParams", &object_type, nullptr, false, true);
Type missing_type("dataclasses._MISSING_TYPE", &object_type, nullptr, false, true);
Type factory_marker_type("dataclasses._HAS_DEFAULT_FACTORY_CLASS", &object_type, nullptr, false, true);
Type kw_only_type("dataclasses._KW_ONLY_TYPE", &object_type, nullptr, false, true);
Type plan_type("dataclasses._Plan", &object_type, nullptr, false, true);
Type decorator_type("dataclasses._Decorator", &object_type, nullptr, false, true);

// A sentinel object: MISSING, KW_ONLY, and the default CPython's __init__ gives a field with a
// default_factory (`<factory>`), which tells "not passed" from any value the caller could pass.
struct Sentinel : NativeObject {
    const char* text;  // the repr; null for object's default
    Sentinel(Type* t, const char* r) : NativeObject(t), text(r) {}
    bool repr(std::string& out) override {
        if (text == nullptr) {
            char addr[32];
            std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(this));
            out += std::string("<") + type->name + " object at " + addr + ">";
        } else {
            out += text;
        }
        return true;
    }
};

const Value& missing() {
    static const Value v = Value::object(new Sentinel(&missing_type, nullptr));
    return v;
}
const Value& factory_marker() {
    static const Value v = Value::object(new Sentinel(&factory_marker_type, "<factory>"));
    return v;
}
const Value& kw_only_marker() {
    static const Value v = Value::object(new Sentinel(&kw_only_type, nullptr));
    return v;
}
bool is_missing(const Value& v) { return v.is_obj() && v.obj() == missing().obj(); }

// What kind of pseudo-field an annotation makes (CPython's _FIELD, _FIELD_CLASSVAR; InitVar is not provided).
enum class FieldKind { None, Field, ClassVar };

struct Field : NativeObject {
    Value name = Value::none(), type = Value::none(), default_value, default_factory, init, repr_flag, hash,
          compare, metadata, kw_only;
    FieldKind kind = FieldKind::None;
    Field() : NativeObject(&field_type) {}

    bool has_default() const { return !is_missing(default_value) || !is_missing(default_factory); }
    bool in_init() const { return truthy(init); }
    bool is_kw_only() const { return !is_missing(kw_only) && truthy(kw_only); }
    std::string name_text() const { return std::string(as<Str>(name).text()); }

    Value attribute(std::string_view n) override {
        if (n == "name") return name;
        if (n == "type") return type;
        if (n == "default") return default_value;
        if (n == "default_factory") return default_factory;
        if (n == "init") return init;
        if (n == "repr") return repr_flag;
        if (n == "hash") return hash;
        if (n == "compare") return compare;
        if (n == "metadata") return metadata;
        if (n == "kw_only") return kw_only;
        return Value();
    }
    bool repr(std::string& out) override {
        static const char* const kinds[] = {"None", "_FIELD", "_FIELD_CLASSVAR"};
        out += "Field(name=" + py::repr(name) + ",type=" + py::repr(type) + ",default=" + py::repr(default_value) +
               ",default_factory=" + py::repr(default_factory) + ",init=" + py::repr(init) +
               ",repr=" + py::repr(repr_flag) + ",hash=" + py::repr(hash) + ",compare=" + py::repr(compare) +
               // CPython wraps the metadata in a read-only mappingproxy; the dict stands in for it
               ",metadata=mappingproxy(" + py::repr(metadata) + "),kw_only=" + py::repr(kw_only) +
               ",_field_type=" + kinds[static_cast<int>(kind)] + ")";
        return true;
    }
};

Type* type_object(const Value& v) { return static_cast<Type*>(v.obj()); }
ClassObject& class_object(Type* t) { return *static_cast<ClassObject*>(t); }

std::vector<Value> collect(const Value& iterable) {
    std::vector<Value> out;
    ForIter it(iterable);
    for (Value x; it.next(x);) out.push_back(x);
    return out;
}

Field& as_field(const Value& v) { return as<Field>(v); }
bool is_field(const Value& v) { return has_type(v, &field_type); }

// __dataclass_params__: the decorator's arguments.
struct Params : NativeObject {
    bool init, repr_flag, eq, order, unsafe_hash, frozen;
    Params() : NativeObject(&params_type) {}
    Value attribute(std::string_view n) override {
        if (n == "init") return Value::boolean(init);
        if (n == "repr") return Value::boolean(repr_flag);
        if (n == "eq") return Value::boolean(eq);
        if (n == "order") return Value::boolean(order);
        if (n == "unsafe_hash") return Value::boolean(unsafe_hash);
        if (n == "frozen") return Value::boolean(frozen);
        return Value();
    }
    bool repr(std::string& out) override {
        auto b = [](bool v) { return v ? "True" : "False"; };
        out += std::string("_DataclassParams(init=") + b(init) + ",repr=" + b(repr_flag) + ",eq=" + b(eq) +
               ",order=" + b(order) + ",unsafe_hash=" + b(unsafe_hash) + ",frozen=" + b(frozen) + ")";
        return true;
    }
};

// What one generated method knows: its names (the CodeInfo the function points at), its class and the
// fields it works on.
struct Plan : NativeObject {
    std::string name, qualname;
    std::vector<std::string> param_text;
    std::vector<const char*> params;
    CodeInfo info{};
    Value cls;                  // the dataclass
    std::vector<Value> fields;  // Field objects
    std::vector<std::size_t> params_of_fields;  // __init__: each field's parameter (0: none, self is 0)
    bool frozen = false, post_init = false;
    int op = 0;  // a comparison: CmpOp order, then 4 for ==
    Plan() : NativeObject(&plan_type) {}
};

Plan& plan_of(const Function& fn) { return as<Plan>(fn.cells[0]->value); }

// A method `name` of `cls` running `code`, taking `params` (self first), the last `kwonly` of them
// keyword-only; `defaults` for the last positional ones, `kwdefaults` one per keyword-only (Unbound: none).
Value make_method(const Value& cls, const char* name, Code code, std::vector<std::string> params, std::size_t kwonly,
                  std::vector<Value> defaults, std::vector<Value> kwdefaults, Plan* plan) {
    Value plan_value = Value::object(plan);
    plan->cls = cls;
    plan->name = name;
    plan->qualname = qualname_of(type_object(cls)) + "." + name;
    plan->param_text = std::move(params);
    for (const std::string& p : plan->param_text) plan->params.push_back(p.c_str());
    plan->info = CodeInfo{plan->name.c_str(), plan->qualname.c_str(), plan->params.size(), plan->params.data()};
    plan->info.argcount = plan->params.size() - kwonly;
    plan->info.kwonly = kwonly;
    auto* fn = new Function(code, &plan->info, std::move(defaults), {std::make_shared<Cell>(plan_value)});
    Value result = Value::object(fn);
    fn->kwdefaults = std::move(kwdefaults);
    return result;
}

Value attr(const Value& obj, const Field& f) { return getattr(obj, f.name); }

// The field values of `obj` as a tuple, for comparing and hashing (CPython's `(self.x,self.y,)`).
Value field_tuple(const Value& obj, const std::vector<Value>& fields) {
    std::vector<Value> items;
    for (const Value& f : fields) items.push_back(attr(obj, as_field(f)));
    return Value::object(Tuple::make(std::move(items)));
}

// ---- the generated methods

Value init_code(Function& fn, const Value* args, std::size_t nargs) {
    if (fn.simple) fn.check_arity(nargs);
    Frame frame("__init__");
    const Plan& plan = plan_of(fn);
    const Value& self = args[0];
    for (std::size_t i = 0; i < plan.fields.size(); ++i) {
        const Field& f = as_field(plan.fields[i]);
        Value value;
        if (std::size_t param = plan.params_of_fields[i]; param != 0) {
            value = fn.arg(args, nargs, param);
            if (!is_missing(f.default_factory) && value.is_obj() && value.obj() == factory_marker().obj())
                value = call({f.default_factory});
        } else if (!is_missing(f.default_factory)) {
            value = call({f.default_factory});
        } else {
            continue;  // init=False: the class attribute (the default, if any) is what reads find
        }
        if (plan.frozen) {  // object.__setattr__(self, name, value): past the frozen class's own __setattr__
            Value operands[3] = {self, f.name, value}, ignored;
            call_slot("__setattr__", operands, 3, ignored);
        } else {
            setattr({self, f.name, value});
        }
    }
    if (plan.post_init) Method(self, new_str("__post_init__")).call_n(nullptr, 0);
    return Value::none();
}

// The recursive repr guard of CPython's _recursive_repr: an object whose repr is being computed shows as `...`.
std::vector<const Object*>& repr_running() {
    static std::vector<const Object*> running;
    return running;
}

Value repr_code(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    Frame frame("__repr__");
    const Value& self = args[0];
    auto& running = repr_running();
    for (const Object* o : running)
        if (self.is_obj() && o == self.obj()) return new_str("...");
    running.push_back(self.is_obj() ? self.obj() : nullptr);
    struct Pop {
        std::vector<const Object*>& r;
        ~Pop() { r.pop_back(); }
    } pop{running};
    std::string out = to_str(getattr(getattr(self, new_str("__class__")), new_str("__qualname__"))) + "(";
    bool first = true;
    for (const Value& fv : plan_of(fn).fields) {
        const Field& f = as_field(fv);
        out += (first ? "" : ", ") + f.name_text() + "=" + py::repr(attr(self, f));
        first = false;
    }
    return new_str(out + ")");
}

// __eq__ and the orderings: the field tuples compared when both objects are of the same class.
Value compare_code(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    Frame frame(plan_of(fn).name.c_str());
    const Plan& plan = plan_of(fn);
    if (type_of(args[1]) != type_of(args[0])) return not_implemented();
    Value a = field_tuple(args[0], plan.fields), b = field_tuple(args[1], plan.fields);
    return compare_value(a, b, plan.op);
}

Value hash_code(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    Frame frame("__hash__");
    return Value::integer(python_hash(field_tuple(args[0], plan_of(fn).fields)));
}

// A frozen class's __setattr__ and __delattr__: a field, or any attribute of an instance of the class itself,
// cannot change; a subclass's own attributes go on to the next class of the MRO.
bool is_frozen_name(const Plan& plan, const Value& self, const Value& name) {
    if (type_of(self) == type_object(plan.cls)) return true;
    for (const Value& f : plan.fields)
        if (equal(as_field(f).name, name)) return true;
    return false;
}

Value frozen_setattr_code(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    const Plan& plan = plan_of(fn);
    if (is_frozen_name(plan, args[0], args[1]))
        raise(&frozen_instance_error, "cannot assign to field " + py::repr(args[1]));
    Value next = getattr(Value::object(new Super(type_object(plan.cls), args[0], type_of(args[0]))), new_str("__setattr__"));
    return call({next, args[1], args[2]});
}

Value frozen_delattr_code(Function& fn, const Value* args, std::size_t nargs) {
    fn.check_arity(nargs);
    const Plan& plan = plan_of(fn);
    if (is_frozen_name(plan, args[0], args[1]))
        raise(&frozen_instance_error, "cannot delete field " + py::repr(args[1]));
    Value next = getattr(Value::object(new Super(type_object(plan.cls), args[0], type_of(args[0]))), new_str("__delattr__"));
    return call({next, args[1]});
}

// ---- the decorator

const Value& name_value(const char* name) {
    static std::unordered_map<std::string, Value> names;
    Value& v = names[name];
    if (v.is_unbound()) v = new_str(name);
    return v;
}

// The class's own attribute `name` (its namespace, not a base's); Unbound when absent.
Value own_attribute(const Value& cls, const char* name) {
    Value* v = as<Dict>(class_object(type_object(cls)).dict).find(name_value(name));
    return v != nullptr ? *v : Value();
}

// getattr(obj, name, default).
Value getattr_or(const Value& obj, const Value& name, const Value& fallback) {
    try {
        return getattr(obj, name);
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
        return fallback;
    }
}

// A string annotation naming typing.ClassVar: CPython matches `[module.]name` at its start and looks the
// name up in the class's module. The module's namespace is not at hand here, so `ClassVar` and
// `typing.ClassVar` are taken to mean typing's (what they name unless the program rebinds them).
bool is_classvar_text(std::string_view text) {
    auto skip_space = [&](std::size_t i) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
        return i;
    };
    auto word = [&](std::size_t& i) {
        std::size_t start = i;
        while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) || text[i] == '_' ||
                                   static_cast<unsigned char>(text[i]) >= 0x80))
            ++i;
        return text.substr(start, i - start);
    };
    std::size_t i = skip_space(0);
    std::string_view first = word(i);
    std::size_t after = skip_space(i);
    if (after < text.size() && text[after] == '.' && !first.empty()) {
        i = skip_space(after + 1);
        std::string_view second = word(i);
        return first == "typing" && second == "ClassVar";
    }
    return first == "ClassVar";
}

// CPython's _get_field: the Field for annotation `name: hint` of cls, its default from the class attribute.
Value get_field(const Value& cls, const Value& name, const Value& hint, bool default_kw_only) {
    Value existing = getattr_or(cls, name, missing());
    Value fv;
    if (is_field(existing)) {
        fv = existing;
    } else {
        auto* f = new Field();
        fv = Value::object(f);
        f->default_value = existing;
        f->default_factory = missing();
        f->init = f->repr_flag = f->compare = Value::boolean(true);
        f->hash = f->metadata = Value::none();
        f->metadata = Value::object(new Dict());
        f->kw_only = missing();
    }
    Field& f = as_field(fv);
    f.name = name;
    f.type = hint;
    f.kind = FieldKind::Field;
    if (is_classvar_hint(hint) || (is_str(hint) && is_classvar_text(as<Str>(hint).text()))) f.kind = FieldKind::ClassVar;
    if (f.kind == FieldKind::ClassVar) {
        if (!is_missing(f.default_factory))
            raise(&TypeError, "field " + f.name_text() + " cannot have a default factory");
        if (!is_missing(f.kw_only)) raise(&TypeError, "field " + f.name_text() + " is a ClassVar but specifies kw_only");
    } else if (is_missing(f.kw_only)) {
        f.kw_only = Value::boolean(default_kw_only);
    }
    // A default whose class is unhashable is mutable (a list, dict or set, or a class defining __eq__ only):
    // every instance would share it.
    if (f.kind == FieldKind::Field && !is_missing(f.default_value)) {
        Type* t = type_of(f.default_value);
        bool unhashable = t->heap ? lookup_on_type(t, name_value("__hash__")).is_none()
                                  : t == &list_type || t == &dict_type || t == &set_type || t == &slice_type;
        if (unhashable)
            raise(&ValueError, "mutable default " + py::repr(Value::object(t)) + " for field " + f.name_text() +
                                   " is not allowed: use default_factory");
    }
    return fv;
}

// Sets `name` on cls unless the class body defined it; true when it did (CPython's _set_new_attribute).
bool set_new_attribute(const Value& cls, const char* name, const Value& value) {
    if (own_attribute(cls, name).is_bound()) return true;
    setattr({cls, name_value(name), value});
    return false;
}

// inspect.formatannotation, for the generated docstring: a class by its qualified name (builtins without the
// module), typing's objects without the `typing.` prefix, anything else by its repr.
std::string format_annotation(const Value& hint) {
    if (has_type(hint, &type_type)) {
        Type* t = type_object(hint);
        return t->heap ? "__main__." + qualname_of(t) : t->name;
    }
    std::string text = py::repr(hint);
    if (hint.is_obj() && std::string_view(hint.obj()->type->name).substr(0, 7) == "typing.") {
        std::string out;
        for (std::size_t i = 0; i < text.size();) {
            if (text.compare(i, 7, "typing.") == 0) {
                i += 7;
            } else {
                out += text[i++];
            }
        }
        return out;
    }
    return text;
}

// CPython's default docstring: the class name and the signature of __init__ (`Point(x: int, y: int = 0)`).
std::string signature_doc(const Value& cls, const std::vector<Value>& std_fields, const std::vector<Value>& kw_fields) {
    std::string out = std::string(class_object(type_object(cls)).name_text) + "(";
    bool first = true;
    auto param = [&](const Value& fv) {
        const Field& f = as_field(fv);
        out += (first ? "" : ", ") + f.name_text() + ": " + format_annotation(f.type);
        if (!is_missing(f.default_value))
            out += " = " + py::repr(f.default_value);
        else if (!is_missing(f.default_factory))
            out += " = <factory>";
        first = false;
    };
    for (const Value& f : std_fields) param(f);
    if (!kw_fields.empty()) {
        out += first ? "*" : ", *";
        first = false;
    }
    for (const Value& f : kw_fields) param(f);
    return out + ")";
}

struct Options {
    bool init = true, repr = true, eq = true, order = false, unsafe_hash = false, frozen = false, match_args = true,
         kw_only = false;
};

Value process_class(const Value& cls, const Options& o) {
    if (!has_type(cls, &type_type) || !type_object(cls)->heap) {
        // CPython fails on setting the first attribute (a builtin type), else on reading __mro__
        setattr({cls, name_value("__dataclass_params__"), Value::none()});
        getattr(cls, name_value("__mro__"));
        raise(&TypeError, "dataclass() should be applied to a class");  // (a type without __mro__: none)
    }
    ClassObject& c = class_object(type_object(cls));
    auto* params = new Params();
    Value params_value = Value::object(params);
    params->init = o.init;
    params->repr_flag = o.repr;
    params->eq = o.eq;
    params->order = o.order;
    params->unsafe_hash = o.unsafe_hash;
    params->frozen = o.frozen;
    setattr({cls, name_value("__dataclass_params__"), params_value});

    // The fields by name, the bases' first (the most basic first, so a subclass's field keeps the place of
    // the base's field it redefines).
    Value fields = Value::object(new Dict());
    Dict& all = as<Dict>(fields);
    bool any_frozen_base = false, has_dataclass_bases = false;
    for (std::size_t i = c.mro.size(); i-- > 1;) {
        Value base = Value::object(c.mro[i]);
        if (!c.mro[i]->heap) continue;
        Value base_fields = getattr_or(base, name_value("__dataclass_fields__"), Value());
        if (base_fields.is_unbound() || base_fields.is_none()) continue;
        has_dataclass_bases = true;
        for (const Value& f : collect(call_method("values", {base_fields}))) all.set(as_field(f).name, f);
        Value base_params = getattr(base, name_value("__dataclass_params__"));
        if (truthy(getattr(base_params, name_value("frozen")))) any_frozen_base = true;
    }

    // This class's own annotations, in order; a KW_ONLY pseudo-field makes the ones after it keyword-only.
    Value annotations = own_attribute(cls, "__annotations__");
    std::vector<Value> own;
    bool kw_only = o.kw_only, kw_only_seen = false;
    if (annotations.is_bound()) {
        for (const Value& name : collect(annotations)) {
            Value hint = getitem({annotations, name});
            if (hint.is_obj() && hint.obj() == kw_only_marker().obj()) {
                if (kw_only_seen)
                    raise(&TypeError, py::repr(name) + " is KW_ONLY, but KW_ONLY has already been specified");
                kw_only_seen = kw_only = true;
                continue;
            }
            own.push_back(get_field(cls, name, hint, kw_only));
        }
    }
    for (const Value& fv : own) {
        const Field& f = as_field(fv);
        all.set(f.name, fv);
        // The class attribute that was a field() becomes its default, or goes when it has none.
        if (is_field(getattr_or(cls, f.name, Value::none()))) {
            if (is_missing(f.default_value))
                delattr(cls, f.name);
            else
                setattr({cls, f.name, f.default_value});
        }
    }
    for (auto& e : as<Dict>(c.dict).entries)
        if (e.key.is_bound() && is_field(e.value) &&
            (annotations.is_unbound() || !contains(annotations, e.key)))
            raise(&TypeError, py::repr(e.key) + " is a field but has no type annotation");
    if (has_dataclass_bases) {
        if (any_frozen_base && !o.frozen) raise(&TypeError, "cannot inherit non-frozen dataclass from a frozen one");
        if (!any_frozen_base && o.frozen) raise(&TypeError, "cannot inherit frozen dataclass from a non-frozen one");
    }
    setattr({cls, name_value("__dataclass_fields__"), fields});

    // An explicit __hash__ is one the class body defined (the None that defining __eq__ alone leaves does not count).
    Value class_hash = own_attribute(cls, "__hash__");
    bool has_explicit_hash =
        class_hash.is_bound() && !(class_hash.is_none() && own_attribute(cls, "__eq__").is_bound());
    if (o.order && !o.eq) raise(&ValueError, "eq must be true if order is true");

    std::vector<Value> init_fields, std_fields, kw_fields, field_list;
    for (auto& e : all.entries) {
        if (e.key.is_unbound() || as_field(e.value).kind != FieldKind::Field) continue;
        init_fields.push_back(e.value);
        field_list.push_back(e.value);
        if (as_field(e.value).in_init()) (as_field(e.value).is_kw_only() ? kw_fields : std_fields).push_back(e.value);
    }

    if (o.init) {
        bool seen_default = false;
        for (const Value& fv : std_fields) {
            const Field& f = as_field(fv);
            if (f.has_default())
                seen_default = true;
            else if (seen_default)
                raise(&TypeError, "non-default argument " + py::repr(f.name) + " follows default argument");
        }
        bool has_self_field = all.find(name_value("self")) != nullptr;
        std::vector<std::string> params{has_self_field ? "__dataclass_self__" : "self"};
        std::vector<Value> defaults, kwdefaults;
        auto default_of = [](const Field& f) {
            return !is_missing(f.default_value) ? f.default_value
                   : !is_missing(f.default_factory) ? factory_marker()
                                                     : Value();
        };
        for (const Value& fv : std_fields) {
            params.push_back(as_field(fv).name_text());
            if (Value d = default_of(as_field(fv)); d.is_bound()) defaults.push_back(d);
        }
        for (const Value& fv : kw_fields) {
            params.push_back(as_field(fv).name_text());
            kwdefaults.push_back(default_of(as_field(fv)));
        }
        auto* plan = new Plan();
        plan->fields = init_fields;
        // the parameters are the positional fields, then the keyword-only ones; the fields run in their order
        for (const Value& fv : init_fields) {
            auto at = [&](const std::vector<Value>& group) { return std::find_if(group.begin(), group.end(),
                [&](const Value& g) { return g.obj() == fv.obj(); }) - group.begin(); };
            std::size_t in_std = at(std_fields), in_kw = at(kw_fields);
            plan->params_of_fields.push_back(in_std < std_fields.size() ? 1 + in_std
                                             : in_kw < kw_fields.size() ? 1 + std_fields.size() + in_kw
                                                                        : 0);
        }
        plan->frozen = o.frozen;
        plan->post_init = getattr_or(cls, name_value("__post_init__"), Value()).is_bound();
        set_new_attribute(cls, "__init__",
                          make_method(cls, "__init__", init_code, std::move(params), kw_fields.size(), std::move(defaults),
                                      std::move(kwdefaults), plan));
    }

    auto selected = [&](bool (*keep)(const Field&)) {
        std::vector<Value> out;
        for (const Value& f : field_list)
            if (keep(as_field(f))) out.push_back(f);
        return out;
    };
    auto compared = [](const Field& f) { return truthy(f.compare); };
    if (o.repr) {
        auto* plan = new Plan();
        plan->fields = selected([](const Field& f) { return truthy(f.repr_flag); });
        set_new_attribute(cls, "__repr__", make_method(cls, "__repr__", repr_code, {"self"}, 0, {}, {}, plan));
    }
    auto comparison = [&](const char* name, int op) {
        auto* plan = new Plan();
        plan->fields = selected(compared);
        plan->op = op;
        return make_method(cls, name, compare_code, {"self", "other"}, 0, {}, {}, plan);
    };
    if (o.eq) set_new_attribute(cls, "__eq__", comparison("__eq__", 4));
    if (o.order) {
        static const char* const names[] = {"__lt__", "__le__", "__gt__", "__ge__"};
        for (int op = 0; op < 4; ++op)
            if (set_new_attribute(cls, names[op], comparison(names[op], op)))
                raise(&TypeError, std::string("Cannot overwrite attribute ") + names[op] + " in class " + c.name_text +
                                      ". Consider using functools.total_ordering");
    }
    if (o.frozen) {
        for (int which = 0; which < 2; ++which) {
            const char* name = which == 0 ? "__setattr__" : "__delattr__";
            auto* plan = new Plan();
            plan->fields = field_list;
            std::vector<std::string> params{"self", "name"};
            if (which == 0) params.push_back("value");
            Value fn = make_method(cls, name, which == 0 ? frozen_setattr_code : frozen_delattr_code, std::move(params), 0,
                                   {}, {}, plan);
            if (set_new_attribute(cls, name, fn))
                raise(&TypeError, std::string("Cannot overwrite attribute ") + name + " in class " + c.name_text);
        }
    }

    // CPython's _hash_action table: with unsafe_hash, or eq and frozen, a __hash__ of the hashed fields;
    // eq alone makes instances unhashable; an explicit __hash__ stays (unsafe_hash then refuses).
    enum { Keep, SetNone, Add } action = Keep;
    if (o.unsafe_hash) {
        if (has_explicit_hash) raise(&TypeError, "Cannot overwrite attribute __hash__ in class " + c.name_text);
        action = Add;
    } else if (o.eq && !has_explicit_hash) {
        action = o.frozen ? Add : SetNone;
    }
    if (action == SetNone) setattr({cls, name_value("__hash__"), Value::none()});
    if (action == Add) {
        auto* plan = new Plan();
        plan->fields = selected([](const Field& f) { return f.hash.is_none() ? truthy(f.compare) : truthy(f.hash); });
        setattr({cls, name_value("__hash__"), make_method(cls, "__hash__", hash_code, {"self"}, 0, {}, {}, plan)});
    }

    if (!truthy(getattr(cls, name_value("__doc__"))))
        setattr({cls, name_value("__doc__"), new_str(signature_doc(cls, std_fields, kw_fields))});
    if (o.match_args) {
        std::vector<Value> names;
        for (const Value& f : std_fields) names.push_back(as_field(f).name);
        set_new_attribute(cls, "__match_args__", Value::object(Tuple::make(std::move(names))));
    }
    return cls;
}

// dataclass(...) with keyword arguments and no class: the decorator that applies them.
struct Decorator : NativeObject {
    Options options;
    explicit Decorator(Options o) : NativeObject(&decorator_type), options(o) {}
    bool callable() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (kw.size != 0) raise(&TypeError, "wrap() got an unexpected keyword argument '" + std::string(kw.names[0]) + "'");
        if (n != 1)
            raise(&TypeError, n == 0 ? "dataclass.<locals>.wrap() missing 1 required positional argument: 'cls'"
                                     : "dataclass.<locals>.wrap() takes 1 positional argument but " + std::to_string(n) +
                                           " were given");
        return process_class(args[0], options);
    }
};

Value dc_dataclass(const Value* args, std::size_t n, Keywords& kw) {
    if (n > 1) raise(&TypeError, "dataclass() takes from 0 to 1 positional arguments but " + std::to_string(n) + " were given");
    Options o;
    auto flag = [&](const char* name, bool& out) {
        if (Value v = kw.take(name); v.is_bound()) out = truthy(v);
    };
    flag("init", o.init);
    flag("repr", o.repr);
    flag("eq", o.eq);
    flag("order", o.order);
    flag("unsafe_hash", o.unsafe_hash);
    flag("frozen", o.frozen);
    flag("match_args", o.match_args);
    flag("kw_only", o.kw_only);
    bool slots = false, weakref_slot = false;
    flag("slots", slots);
    flag("weakref_slot", weakref_slot);
    for (std::size_t i = 0; i < kw.all().size; ++i)
        if (Value v = kw.take(kw.all().names[i]); v.is_bound())
            raise(&TypeError, "dataclass() got an unexpected keyword argument '" + std::string(kw.all().names[i]) + "'");
    if (weakref_slot && !slots) raise(&TypeError, "weakref_slot is True but slots is False");
    if (slots) raise(&NotImplementedError, "py2cpp: dataclass(slots=True) is not supported yet (classes with __slots__)");
    if (n == 0 || args[0].is_none()) return Value::object(new Decorator(o));
    return process_class(args[0], o);
}

Value dc_field(const Value*, std::size_t n, Keywords& kw) {
    if (n != 0) raise(&TypeError, "field() takes 0 positional arguments but " + std::to_string(n) + (n == 1 ? " was" : " were") + " given");
    auto* f = new Field();
    Value result = Value::object(f);
    auto take = [&](const char* name, Value fallback) {
        Value v = kw.take(name);
        return v.is_bound() ? v : fallback;
    };
    f->default_value = take("default", missing());
    f->default_factory = take("default_factory", missing());
    f->init = take("init", Value::boolean(true));
    f->repr_flag = take("repr", Value::boolean(true));
    f->hash = take("hash", Value::none());
    f->compare = take("compare", Value::boolean(true));
    Value metadata = take("metadata", Value::none());
    f->kw_only = take("kw_only", missing());
    for (std::size_t i = 0; i < kw.all().size; ++i)
        if (Value v = kw.take(kw.all().names[i]); v.is_bound())
            raise(&TypeError, "field() got an unexpected keyword argument '" + std::string(kw.all().names[i]) + "'");
    f->metadata = Value::object(new Dict());
    if (!metadata.is_none()) update_dict(as<Dict>(f->metadata), metadata);
    if (!is_missing(f->default_value) && !is_missing(f->default_factory))
        raise(&ValueError, "cannot specify both default and default_factory");
    return result;
}

Value fields_of(const Value& x) {
    Value all;
    try {
        all = getattr(x, name_value("__dataclass_fields__"));
    } catch (PyException& e) {
        if (!e.value.obj()->type->is_subtype_of(&AttributeError)) throw;
        raise(&TypeError, "must be called with a dataclass type or instance");
    }
    std::vector<Value> out;
    for (const Value& f : collect(call_method("values", {all})))
        if (is_field(f) && as_field(f).kind == FieldKind::Field) out.push_back(f);
    return Value::object(Tuple::make(std::move(out)));
}

Value dc_fields(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "fields() takes 1 positional argument but " + std::to_string(n) + " were given");
    return fields_of(args[0]);
}

bool is_dataclass_instance(const Value& obj) {
    return getattr_or(Value::object(type_of(obj)), name_value("__dataclass_fields__"), Value()).is_bound();
}

Value dc_is_dataclass(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "is_dataclass() takes 1 positional argument but " + std::to_string(n) + " were given");
    Value cls = has_type(args[0], &type_type) ? args[0] : Value::object(type_of(args[0]));
    return Value::boolean(getattr_or(cls, name_value("__dataclass_fields__"), Value()).is_bound());
}

// Whether a class statement's class in t's MRO defines `name` (not a builtin type's slot).
bool defined_by_class(Type* t, const char* name) {
    for (Type* c : class_object(t).mro)
        if (c->heap && as<Dict>(class_object(c).dict).find(name_value(name)) != nullptr) return true;
    return false;
}

// copy.deepcopy for the values asdict() and astuple() copy: immutable atoms are themselves; containers and
// class instances are copied with their contents, each object once (`memo`, as deepcopy's).
Value deep_copy(const Value& v, std::unordered_map<const Object*, Value>& memo) {
    if (!v.is_obj()) return v;
    Type* t = v.obj()->type;
    if (t == &str_type || t == &bytes_type || t == &int_type || t == &type_type || t == &function_type ||
        t == &builtin_function_type || t == &range_type || t->native)
        return v;
    if (auto it = memo.find(v.obj()); it != memo.end()) return it->second;
    if (t == &list_type) {
        Value copy = Value::object(new List());
        memo[v.obj()] = copy;
        for (const Value& x : as<List>(v).items) as<List>(copy).items.push_back(deep_copy(x, memo));
        return copy;
    }
    if (t == &tuple_type) {
        std::vector<Value> items;
        bool same = true;
        for (const Value& x : as<Tuple>(v).items()) {
            items.push_back(deep_copy(x, memo));
            same = same && items.back().is_obj() == x.is_obj() && (!x.is_obj() || items.back().obj() == x.obj());
        }
        return same ? v : Value::object(Tuple::make(std::move(items)));  // deepcopy keeps a tuple of atoms
    }
    if (t == &dict_type) {
        Value copy = Value::object(new Dict());
        memo[v.obj()] = copy;
        for (auto& e : as<Dict>(v).entries)
            if (e.key.is_bound()) as<Dict>(copy).set(deep_copy(e.key, memo), deep_copy(e.value, memo));
        return copy;
    }
    if (t == &set_type || t == &frozenset_type) {
        std::vector<Value> items;
        for (auto& e : as<Set>(v).table)
            if (e.key.is_bound()) items.push_back(deep_copy(e.key, memo));
        if (t == &set_type) {
            Value copy = call_n(Value::object(t), nullptr, 0);
            for (const Value& x : items) set_add(copy, x);
            return copy;
        }
        return call({Value::object(t), Value::object(new List(std::move(items)))});
    }
    if (t->heap && t->base == &object_type) {
        // a class that takes part in copying itself would be asked; that protocol is not here
        for (const char* hook : {"__deepcopy__", "__reduce_ex__", "__reduce__", "__getstate__", "__setstate__", "__copy__"})
            if (defined_by_class(t, hook))
                raise(&NotImplementedError, std::string("py2cpp: copying an object whose class defines ") + hook +
                                                " is not supported yet");
        Value copy = Value::object(Instance::make(&class_object(t)));
        memo[v.obj()] = copy;
        Value state = getattr(v, name_value("__dict__"));
        for (auto& e : as<Dict>(state).entries)
            if (e.key.is_bound()) {
                Value operands[3] = {copy, e.key, deep_copy(e.value, memo)}, ignored;
                call_slot("__setattr__", operands, 3, ignored);  // object.__setattr__, as copy's state setting is
            }
        return copy;
    }
    raise(&NotImplementedError, std::string("py2cpp: copying a '") + type_name(v) + "' object is not supported yet");
}

// asdict() and astuple(): dataclass instances become dicts (tuples) of their fields, recursively, through
// lists, tuples and dicts; anything else is deep-copied.
Value as_inner(const Value& obj, const Value& factory, bool as_dict, std::unordered_map<const Object*, Value>& memo) {
    if (is_dataclass_instance(obj)) {
        std::vector<Value> items;
        Value all = fields_of(obj);
        for (const Value& f : as<Tuple>(all).items()) {
            Value value = as_inner(attr(obj, as_field(f)), factory, as_dict, memo);
            items.push_back(as_dict ? make_tuple({as_field(f).name, value}) : value);
        }
        return call({factory, Value::object(new List(std::move(items)))});
    }
    if (has_type(obj, &list_type) || has_type(obj, &tuple_type)) {
        std::vector<Value> items;
        for (const Value& x : collect(obj)) items.push_back(as_inner(x, factory, as_dict, memo));
        if (has_type(obj, &list_type)) return Value::object(new List(std::move(items)));
        return Value::object(Tuple::make(std::move(items)));
    }
    if (has_type(obj, &dict_type)) {
        Value out = Value::object(new Dict());
        for (auto& e : as<Dict>(obj).entries)
            if (e.key.is_bound())
                as<Dict>(out).set(as_inner(e.key, factory, as_dict, memo), as_inner(e.value, factory, as_dict, memo));
        return out;
    }
    return deep_copy(obj, memo);
}

Value convert(const Value* args, std::size_t n, Keywords& kw, bool as_dict) {
    const char* name = as_dict ? "asdict" : "astuple";
    Value factory = kw.take(as_dict ? "dict_factory" : "tuple_factory");
    kw.finish(name);
    if (n != 1)
        raise(&TypeError, std::string(name) + (n == 0 ? "() missing 1 required positional argument: 'obj'"
                                                      : "() takes 1 positional argument but " + std::to_string(n) +
                                                            " were given"));
    if (!is_dataclass_instance(args[0]))
        raise(&TypeError, std::string(name) + "() should be called on dataclass instances");
    if (factory.is_unbound()) factory = Value::object(as_dict ? &dict_type : &tuple_type);
    std::unordered_map<const Object*, Value> memo;
    return as_inner(args[0], factory, as_dict, memo);
}

Value dc_asdict(const Value* args, std::size_t n, Keywords& kw) { return convert(args, n, kw, true); }
Value dc_astuple(const Value* args, std::size_t n, Keywords& kw) { return convert(args, n, kw, false); }

Value dc_replace(const Value* args, std::size_t n, Keywords& kw) {
    if (n != 1)
        raise(&TypeError, n == 0 ? "replace() missing 1 required positional argument: 'obj'"
                                 : "replace() takes 1 positional argument but " + std::to_string(n) + " were given");
    const Value& obj = args[0];
    if (!is_dataclass_instance(obj)) raise(&TypeError, "replace() should be called on dataclass instances");
    const KwArgs& given = kw.all();
    std::vector<std::string> names(given.names, given.names + given.size);
    std::vector<Value> values(given.values, given.values + given.size);
    auto changed = [&](const std::string& name) { return std::find(names.begin(), names.end(), name) != names.end(); };
    Value all = getattr(obj, name_value("__dataclass_fields__"));
    for (const Value& fv : collect(call_method("values", {all}))) {
        const Field& f = as_field(fv);
        if (f.kind == FieldKind::ClassVar) continue;
        std::string name = f.name_text();
        if (!f.in_init()) {
            if (changed(name))
                raise(&ValueError, "field " + name + " is declared with init=False, it cannot be specified with replace()");
            continue;
        }
        if (!changed(name)) {
            names.push_back(name);
            values.push_back(attr(obj, f));
        }
    }
    for (std::size_t i = 0; i < given.size; ++i) kw.take(given.names[i]);  // all go on to the class
    std::vector<std::string_view> views(names.begin(), names.end());
    return call_with_keywords(Value::object(type_of(obj)), nullptr, 0, KwArgs{views.data(), values.data(), views.size()});
}

}  // namespace

Value make_dataclasses() {
    Value module = Value::object(new Module("dataclasses"));
    module_function(module, "dataclass", dc_dataclass);
    module_function(module, "field", dc_field);
    module_function(module, "fields", dc_fields);
    module_function(module, "asdict", dc_asdict);
    module_function(module, "astuple", dc_astuple);
    module_function(module, "replace", dc_replace);
    module_function(module, "is_dataclass", dc_is_dataclass);
    module_attribute(module, "FrozenInstanceError", Value::object(&frozen_instance_error));
    module_attribute(module, "Field", Value::object(&field_type));
    module_attribute(module, "MISSING", missing());
    module_attribute(module, "KW_ONLY", kw_only_marker());
    return module;
}

}  // namespace py
