// Runtime — type hints at run time: `list[int]` (types.GenericAlias), `int | None` (types.UnionType), and the
// typing module's names (List, Optional, Union, Callable, Any, TypeVar, cast, ...). CPython evaluates a
// function's annotations when the def runs, so these must exist and print as CPython prints them; py2cpp
// does not otherwise use them.
#include <string>
#include <vector>

#include "internal.h"

namespace py {

namespace {

Type generic_alias_type("types.GenericAlias", &object_type, nullptr, false, true);
Type union_type("types.UnionType", &object_type, nullptr, false, true);
Type special_form_type("typing._SpecialForm", &object_type, nullptr, false, true);
Type typing_alias_type("typing._GenericAlias", &object_type, nullptr, false, true);
Type typing_union_type("typing._UnionGenericAlias", &object_type, nullptr, false, true);
Type type_var_type("typing.TypeVar", &object_type, nullptr, false, true);

bool is_none_type(const Value& v) { return has_type(v, &type_type) && v.obj() == &none_type; }

// How a type hint's argument prints inside brackets (typing._type_repr): a class by its qualified name,
// `...` for Ellipsis, anything else by repr. In typing's aliases None prints as NoneType.
std::string hint_repr(const Value& v, bool typing_style) {
    if (is_none_type(v)) return typing_style ? "NoneType" : "None";
    if (has_type(v, &type_type)) {
        Type* t = static_cast<Type*>(v.obj());
        if (!t->heap) return t->name;
        return "__main__." + std::string(as<Str>(getattr(v, new_str("__qualname__"))).text());
    }
    if (v.is_obj() && v.obj() == ellipsis().obj()) return "...";
    if (v.is_none()) return typing_style ? "NoneType" : "None";
    if (has_type(v, &list_type)) {  // Callable[[int, str], bool]
        std::string out = "[";
        const auto& items = as<List>(v).items;
        for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + hint_repr(items[i], typing_style);
        return out + "]";
    }
    return repr(v);
}

std::vector<Value> subscript_args(const Value& key) {
    if (!has_type(key, &tuple_type)) return {key};
    auto items = as<Tuple>(key).items();
    return {items.begin(), items.end()};
}

std::string joined_hints(const std::vector<Value>& args, bool typing_style, const char* separator = ", ") {
    std::string out;
    for (std::size_t i = 0; i < args.size(); ++i) out += (i > 0 ? separator : "") + hint_repr(args[i], typing_style);
    return out;
}

// typing.List and typing.List[int] only describe a list: calling one says which type to call instead.
[[noreturn]] void not_instantiable(const std::string& name, const Value& origin) {
    raise(&TypeError, "Type " + name + " cannot be instantiated; use " + static_cast<Type*>(origin.obj())->name +
                          "() instead");
}

// list[int], dict[str, int], tuple[int, ...]: calling it calls the origin.
struct GenericAlias : NativeObject {
    Value origin;
    std::vector<Value> args;
    GenericAlias(Value o, std::vector<Value> a) : NativeObject(&generic_alias_type), origin(std::move(o)), args(std::move(a)) {}
    bool callable() const override { return true; }
    Value call(const Value* a, std::size_t n, const KwArgs& kw) override { return call_with_keywords(origin, a, n, kw); }
    Value attribute(std::string_view name) override {
        if (name == "__origin__") return origin;
        if (name == "__args__") return Value::object(Tuple::make(std::span<const Value>(args)));
        return Value();
    }
    bool repr(std::string& out) override {
        out += hint_repr(origin, false) + "[";
        out += args.empty() ? "()" : joined_hints(args, false);
        out += "]";
        return true;
    }
};

// `int | str` (types.UnionType) and typing's Union/Optional: the members, flattened and without repeats.
struct Union : NativeObject {
    std::vector<Value> members;
    bool typing_style;  // typing.Union[...] / typing.Optional[...] rather than `a | b`
    Union(std::vector<Value> m, bool typing)
        : NativeObject(typing ? &typing_union_type : &union_type), members(std::move(m)), typing_style(typing) {}
    Value attribute(std::string_view name) override {
        if (name == "__args__") return Value::object(Tuple::make(std::span<const Value>(members)));
        return Value();
    }
    bool repr(std::string& out) override {
        if (!typing_style) {
            out += joined_hints(members, false, " | ");
            return true;
        }
        if (members.size() == 2 && (is_none_type(members[1]) || is_none_type(members[0]))) {
            out += "typing.Optional[" + hint_repr(is_none_type(members[1]) ? members[0] : members[1], true) + "]";
            return true;
        }
        out += "typing.Union[" + joined_hints(members, true) + "]";
        return true;
    }
};

// typing.List[int], typing.Callable[[int], str]: the alias's name and its arguments.
struct TypingAlias : NativeObject {
    std::string name;  // "typing.List"
    Value origin;      // what calling it makes (list), or Unbound
    std::vector<Value> args;
    TypingAlias(std::string n, Value o, std::vector<Value> a)
        : NativeObject(&typing_alias_type), name(std::move(n)), origin(std::move(o)), args(std::move(a)) {}
    bool callable() const override { return origin.is_bound(); }
    Value call(const Value* a, std::size_t n, const KwArgs& kw) override {
        if (origin.is_unbound()) return NativeObject::call(a, n, kw);
        not_instantiable(name.substr(name.find('.') + 1), origin);
    }
    Value attribute(std::string_view attr) override {
        if (attr == "__origin__") return origin.is_bound() ? origin : Value::none();
        if (attr == "__args__") return Value::object(Tuple::make(std::span<const Value>(args)));
        return Value();
    }
    bool repr(std::string& out) override {
        out += name + "[" + joined_hints(args, true) + "]";
        return true;
    }
};

Value union_of(const std::vector<Value>& parts, bool typing_style);

// typing.Any, typing.List, typing.Optional, ...: subscripting one makes the alias.
struct SpecialForm : NativeObject {
    std::string name;  // "Optional"
    Value origin;      // the builtin type behind List, Dict, ...; Unbound for the others
    SpecialForm(std::string n, Value o) : NativeObject(&special_form_type), name(std::move(n)), origin(std::move(o)) {}
    bool callable() const override { return origin.is_bound(); }
    Value call(const Value*, std::size_t, const KwArgs&) override {
        if (origin.is_unbound()) raise(&TypeError, "Cannot instantiate typing." + name);
        not_instantiable(name, origin);
    }
    bool repr(std::string& out) override {
        out += "typing." + name;
        return true;
    }
    Value getitem(const Value& key) override {
        std::vector<Value> args = subscript_args(key);
        if (name == "Any") raise(&TypeError, "type 'Any' is not subscriptable");
        if (name == "Optional") {
            if (args.size() != 1) raise(&TypeError, "typing.Optional requires a single type. Got " + py::repr(key) + ".");
            return union_of({args[0], Value::object(&none_type)}, true);
        }
        if (name == "Union") return union_of(args, true);
        for (Value& a : args)
            if (a.is_none()) a = Value::object(&none_type);
        return Value::object(new TypingAlias("typing." + name, origin, std::move(args)));
    }
};

Value union_of(const std::vector<Value>& parts, bool typing_style) {
    std::vector<Value> members;
    auto add = [&](const Value& v) {
        Value m = v.is_none() ? Value::object(&none_type) : v;
        for (const Value& existing : members)
            if (cmp_is({existing, m})) return;
        members.push_back(m);
    };
    for (const Value& p : parts) {
        if (has_type(p, &union_type) || has_type(p, &typing_union_type)) {
            for (const Value& m : static_cast<Union*>(p.obj())->members) add(m);
        } else {
            add(p);
        }
    }
    if (members.size() == 1) return members[0];
    return Value::object(new Union(std::move(members), typing_style));
}

struct TypeVar : NativeObject {
    std::string name;
    explicit TypeVar(std::string n) : NativeObject(&type_var_type), name(std::move(n)) {}
    bool repr(std::string& out) override {
        out += "~" + name;
        return true;
    }
    Value attribute(std::string_view attr) override {
        if (attr == "__name__") return new_str(name);
        return Value();
    }
};

Value typing_cast(const Value* args, std::size_t n) {
    if (n != 2) raise(&TypeError, "cast() takes 2 positional arguments but " + std::to_string(n) + " were given");
    return args[1];
}

Value typing_type_var(const Value* args, std::size_t n, Keywords& kw) {
    kw.take("bound");
    kw.take("covariant");
    kw.take("contravariant");
    kw.finish("TypeVar");
    if (n < 1 || !is_str(args[0])) raise(&TypeError, "TypeVar() argument 'name' must be str");
    return Value::object(new TypeVar(std::string(as<Str>(args[0]).text())));
}

}  // namespace

// typing.ClassVar or typing.ClassVar[...]: what dataclasses leaves out of the fields.
bool is_classvar_hint(const Value& hint) {
    if (has_type(hint, &special_form_type)) return as<SpecialForm>(hint).name == "ClassVar";
    return has_type(hint, &typing_alias_type) && as<TypingAlias>(hint).name == "typing.ClassVar";
}

// `list[int]`: the builtin types that take type arguments.
bool subscript_type(const Value& type, const Value& key, Value& result) {
    Type* t = static_cast<Type*>(type.obj());
    if (t != &list_type && t != &dict_type && t != &tuple_type && t != &set_type && t != &frozenset_type &&
        t != &type_type)
        return false;
    result = Value::object(new GenericAlias(type, subscript_args(key)));
    return true;
}

// `int | None`, `list[int] | str`: a union when both sides are type hints; false otherwise.
bool union_operator(const Value& a, const Value& b, Value& result) {
    if (!(a.is_obj() || a.is_none()) || !(b.is_obj() || b.is_none())) return false;  // ints, the common `|`
    auto hint = [](const Value& v) {
        return v.is_none() || has_type(v, &type_type) || has_type(v, &generic_alias_type) || has_type(v, &union_type) ||
               has_type(v, &typing_alias_type) || has_type(v, &typing_union_type) || has_type(v, &special_form_type) ||
               has_type(v, &type_var_type);
    };
    if (!hint(a) || !hint(b) || (a.is_none() && b.is_none())) return false;
    auto typing_hint = [](const Value& v) {
        return has_type(v, &typing_alias_type) || has_type(v, &typing_union_type) || has_type(v, &special_form_type) ||
               has_type(v, &type_var_type);
    };
    bool typing_style = typing_hint(a) || typing_hint(b);
    result = union_of({a, b}, typing_style);
    return true;
}

// isinstance(x, int | str): the union's members, as a tuple would be; null when `hint` is not a union.
const std::vector<Value>* union_members(const Value& hint) {
    if (has_type(hint, &generic_alias_type) || has_type(hint, &typing_alias_type))
        raise(&TypeError, "isinstance() argument 2 cannot be a parameterized generic");
    return has_type(hint, &union_type) ? &static_cast<Union*>(hint.obj())->members : nullptr;
}

Value make_typing() {
    Value module = Value::object(new Module("typing"));
    auto form = [&](const char* name, Value origin = Value()) {
        module_attribute(module, name, Value::object(new SpecialForm(name, std::move(origin))));
    };
    form("Any");
    form("Optional");
    form("Union");
    form("Callable");
    form("ClassVar");
    form("Final");
    form("Literal");
    form("NoReturn");
    form("Never");
    form("Iterable");
    form("Iterator");
    form("Generator");
    form("Sequence");
    form("MutableSequence");
    form("Mapping");
    form("MutableMapping");
    form("Collection");
    form("Container");
    form("Hashable");
    form("Sized");
    form("Reversible");
    form("AbstractSet");
    form("MutableSet");
    form("Awaitable");
    form("Coroutine");
    form("AsyncIterator");
    form("AsyncIterable");
    form("AsyncGenerator");
    form("List", Value::object(&list_type));
    form("Dict", Value::object(&dict_type));
    form("Set", Value::object(&set_type));
    form("FrozenSet", Value::object(&frozenset_type));
    form("Tuple", Value::object(&tuple_type));
    form("Type", Value::object(&type_type));
    module_function(module, "cast", typing_cast);
    module_function(module, "TypeVar", typing_type_var);
    module_attribute(module, "TYPE_CHECKING", Value::boolean(false));
    return module;
}

}  // namespace py
