// Runtime — the operator module: Python's operators as functions (the runtime's own operator entry points,
// so the dunder dispatch and errors are the operators'), and itemgetter, attrgetter, methodcaller.
#include <string>
#include <vector>

#include "internal.h"

namespace py {

namespace {

Type itemgetter_type("operator.itemgetter", &object_type, nullptr, false, true);
Type attrgetter_type("operator.attrgetter", &object_type, nullptr, false, true);
Type methodcaller_type("operator.methodcaller", &object_type, nullptr, false, true);

// The operator functions over the runtime's operator entry points; each checks its own argument count.
#define PY2CPP_BINARY(name, op)                                  \
    Value op_##name(const Value* args, std::size_t n) {          \
        check_positional(#name, n, 2, 2);                                     \
        return op({args[0], args[1]});                           \
    }
#define PY2CPP_UNARY(name, op)                                   \
    Value op_##name(const Value* args, std::size_t n) {          \
        expect_method_args("_operator", #name, n, 1, 1);                      \
        return op(args[0]);                                      \
    }
#define PY2CPP_COMPARISON(name, order) /* compare_value's order: <, <=, >, >=, ==, != */ \
    Value op_##name(const Value* args, std::size_t n) {                                  \
        check_positional(#name, n, 2, 2);                                                             \
        return compare_value(args[0], args[1], order);                                   \
    }
PY2CPP_BINARY(add, add)
PY2CPP_BINARY(sub, sub)
PY2CPP_BINARY(mul, mul)
PY2CPP_BINARY(truediv, truediv)
PY2CPP_BINARY(floordiv, floordiv)
PY2CPP_BINARY(mod, mod)
PY2CPP_BINARY(pow, pow)
PY2CPP_BINARY(matmul, matmul)
PY2CPP_BINARY(lshift, lshift)
PY2CPP_BINARY(rshift, rshift)
PY2CPP_BINARY(and_, bitand_)
PY2CPP_BINARY(or_, bitor_)
PY2CPP_BINARY(xor, bitxor)
PY2CPP_BINARY(iadd, inplace_add)
PY2CPP_BINARY(isub, inplace_sub)
PY2CPP_BINARY(imul, inplace_mul)
PY2CPP_BINARY(ior, inplace_or)
PY2CPP_BINARY(iand, inplace_and)
PY2CPP_BINARY(ixor, inplace_xor)
PY2CPP_BINARY(itruediv, inplace_truediv)
PY2CPP_BINARY(ifloordiv, inplace_floordiv)
PY2CPP_BINARY(imod, inplace_mod)
PY2CPP_BINARY(ipow, inplace_pow)
PY2CPP_BINARY(ilshift, inplace_lshift)
PY2CPP_BINARY(irshift, inplace_rshift)
PY2CPP_BINARY(imatmul, inplace_matmul)
PY2CPP_UNARY(neg, neg)
PY2CPP_UNARY(pos, pos)
PY2CPP_UNARY(invert, invert)
PY2CPP_UNARY(inv, invert)
PY2CPP_COMPARISON(lt, 0)
PY2CPP_COMPARISON(le, 1)
PY2CPP_COMPARISON(gt, 2)
PY2CPP_COMPARISON(ge, 3)
PY2CPP_COMPARISON(eq, 4)
PY2CPP_COMPARISON(ne, 5)
#undef PY2CPP_BINARY
#undef PY2CPP_UNARY
#undef PY2CPP_COMPARISON

Value op_not(const Value* args, std::size_t n) {
    expect_method_args("_operator", "not_", n, 1, 1);
    return Value::boolean(!truthy(args[0]));
}
Value op_truth(const Value* args, std::size_t n) {
    expect_method_args("_operator", "truth", n, 1, 1);
    return Value::boolean(truthy(args[0]));
}
Value op_is(const Value* args, std::size_t n) {
    check_positional("is_", n, 2, 2);
    return Value::boolean(cmp_is({args[0], args[1]}));
}
Value op_is_not(const Value* args, std::size_t n) {
    check_positional("is_not", n, 2, 2);
    return Value::boolean(!cmp_is({args[0], args[1]}));
}
Value op_contains(const Value* args, std::size_t n) {
    check_positional("contains", n, 2, 2);
    return Value::boolean(contains(args[0], args[1]));
}
Value op_getitem(const Value* args, std::size_t n) {
    check_positional("getitem", n, 2, 2);
    return getitem({args[0], args[1]});
}
Value op_setitem(const Value* args, std::size_t n) {
    check_positional("setitem", n, 3, 3);
    setitem({args[0], args[1], args[2]});
    return Value::none();
}
Value op_delitem(const Value* args, std::size_t n) {
    check_positional("delitem", n, 2, 2);
    delitem({args[0], args[1]});
    return Value::none();
}
Value op_abs(const Value* args, std::size_t n) {
    expect_method_args("_operator", "abs", n, 1, 1);
    return bi_abs(args, n);
}
Value op_index(const Value* args, std::size_t n) {
    expect_method_args("_operator", "index", n, 1, 1);
    if (!is_intlike(args[0]))
        raise(&TypeError, std::string("'") + type_name(args[0]) + "' object cannot be interpreted as an integer");
    return args[0].is_bool() ? Value::integer(args[0].as_small()) : args[0];
}
Value op_concat(const Value* args, std::size_t n) {
    check_positional("concat", n, 2, 2);
    const Value& a = args[0];
    if (!(has_type(a, &str_type) || has_type(a, &list_type) || has_type(a, &tuple_type) || has_type(a, &bytes_type)))
        raise(&TypeError, std::string("'") + type_name(a) + "' object can't be concatenated");
    return add({a, args[1]});
}
Value op_count_of(const Value* args, std::size_t n) {
    check_positional("countOf", n, 2, 2);
    std::int64_t count = 0;
    ForIter it(args[0]);
    for (Value x; it.next(x);) count += cmp_is({x, args[1]}) || equal(x, args[1]);
    return Value::integer(count);
}
Value op_index_of(const Value* args, std::size_t n) {
    check_positional("indexOf", n, 2, 2);
    std::int64_t i = 0;
    ForIter it(args[0]);
    for (Value x; it.next(x); ++i)
        if (cmp_is({x, args[1]}) || equal(x, args[1])) return Value::integer(i);
    raise(&ValueError, "sequence.index(x): x not in sequence");
}

// itemgetter(i) returns obj[i]; itemgetter(i, j, ...) the tuple of them.
struct ItemGetter : NativeObject {
    std::vector<Value> items;
    explicit ItemGetter(std::vector<Value> i) : NativeObject(&itemgetter_type), items(std::move(i)) {}
    bool callable() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (kw.size != 0) raise(&TypeError, "itemgetter() takes no keyword arguments");
        check_positional("itemgetter", n, 1, 1);
        if (items.size() == 1) return py::getitem({args[0], items[0]});
        std::vector<Value> out;
        for (const Value& i : items) out.push_back(py::getitem({args[0], i}));
        return Value::object(Tuple::make(std::move(out)));
    }
    bool repr(std::string& out) override {
        out += "operator.itemgetter(";
        for (std::size_t i = 0; i < items.size(); ++i) out += (i > 0 ? ", " : "") + py::repr(items[i]);
        out += ")";
        return true;
    }
};

// attrgetter("a.b", ...): each name may be dotted.
struct AttrGetter : NativeObject {
    std::vector<std::vector<Value>> paths;
    std::vector<Value> names;
    explicit AttrGetter(std::vector<Value> n) : NativeObject(&attrgetter_type), names(std::move(n)) {
        for (const Value& name : names) {
            std::vector<Value> path;
            std::string_view text = as<Str>(name).text();
            for (std::size_t start = 0;;) {
                std::size_t dot = text.find('.', start);
                path.push_back(new_str(text.substr(start, dot - start)));
                if (dot == std::string::npos) break;
                start = dot + 1;
            }
            paths.push_back(std::move(path));
        }
    }
    bool callable() const override { return true; }
    Value call(const Value* args, std::size_t n, const KwArgs& kw) override {
        if (kw.size != 0) raise(&TypeError, "attrgetter() takes no keyword arguments");
        check_positional("attrgetter", n, 1, 1);
        auto resolve = [&](const std::vector<Value>& path) {
            Value v = args[0];
            for (const Value& part : path) v = getattr(v, part);
            return v;
        };
        if (paths.size() == 1) return resolve(paths[0]);
        std::vector<Value> out;
        for (const auto& path : paths) out.push_back(resolve(path));
        return Value::object(Tuple::make(std::move(out)));
    }
    bool repr(std::string& out) override {
        out += "operator.attrgetter(";
        for (std::size_t i = 0; i < names.size(); ++i) out += (i > 0 ? ", " : "") + py::repr(names[i]);
        out += ")";
        return true;
    }
};

// methodcaller(name, *args, **kwargs)(obj) is obj.name(*args, **kwargs).
struct MethodCaller : NativeObject {
    Value name;
    std::vector<Value> args;
    std::vector<std::string> keyword_names;
    std::vector<Value> keyword_values;
    MethodCaller() : NativeObject(&methodcaller_type) {}
    bool callable() const override { return true; }
    Value call(const Value* objs, std::size_t n, const KwArgs& kw) override {
        if (kw.size != 0) raise(&TypeError, "methodcaller() takes no keyword arguments");
        check_positional("methodcaller", n, 1, 1);
        Value method = getattr(objs[0], name);
        std::vector<Value> all = args;
        all.insert(all.end(), keyword_values.begin(), keyword_values.end());
        std::vector<std::string_view> names(keyword_names.begin(), keyword_names.end());
        return call_with_keywords(method, all.data(), args.size(), KwArgs{names.data(), all.data() + args.size(), names.size()});
    }
};

Value op_itemgetter(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("itemgetter");
    if (n == 0) raise(&TypeError, "itemgetter expected 1 argument, got 0");
    return Value::object(new ItemGetter(std::vector<Value>(args, args + n)));
}

Value op_attrgetter(const Value* args, std::size_t n, Keywords& kw) {
    kw.reject("attrgetter");
    if (n == 0) raise(&TypeError, "attrgetter expected 1 argument, got 0");
    for (std::size_t i = 0; i < n; ++i)
        if (!is_str(args[i])) raise(&TypeError, "attribute name must be a string");
    return Value::object(new AttrGetter(std::vector<Value>(args, args + n)));
}

Value op_methodcaller(const Value* args, std::size_t n, Keywords& kw) {
    if (n == 0) raise(&TypeError, "methodcaller needs at least one argument, the method name");
    if (!is_str(args[0])) raise(&TypeError, "method name must be a string");
    auto* m = new MethodCaller();
    Value result = Value::object(m);
    m->name = args[0];
    m->args.assign(args + 1, args + n);
    const KwArgs& all = kw.all();
    for (std::size_t i = 0; i < all.size; ++i) {
        m->keyword_names.emplace_back(all.names[i]);
        m->keyword_values.push_back(all.values[i]);
    }
    return result;
}

}  // namespace

Value make_operator() {
    Value module = Value::object(new Module("operator"));
    module_function(module, "add", op_add);
    module_function(module, "sub", op_sub);
    module_function(module, "mul", op_mul);
    module_function(module, "truediv", op_truediv);
    module_function(module, "floordiv", op_floordiv);
    module_function(module, "mod", op_mod);
    module_function(module, "pow", op_pow);
    module_function(module, "matmul", op_matmul);
    module_function(module, "lshift", op_lshift);
    module_function(module, "rshift", op_rshift);
    module_function(module, "and_", op_and_);
    module_function(module, "or_", op_or_);
    module_function(module, "xor", op_xor);
    module_function(module, "iadd", op_iadd);
    module_function(module, "isub", op_isub);
    module_function(module, "imul", op_imul);
    module_function(module, "ior", op_ior);
    module_function(module, "iand", op_iand);
    module_function(module, "ixor", op_ixor);
    module_function(module, "itruediv", op_itruediv);
    module_function(module, "ifloordiv", op_ifloordiv);
    module_function(module, "imod", op_imod);
    module_function(module, "ipow", op_ipow);
    module_function(module, "ilshift", op_ilshift);
    module_function(module, "irshift", op_irshift);
    module_function(module, "imatmul", op_imatmul);
    module_function(module, "neg", op_neg);
    module_function(module, "pos", op_pos);
    module_function(module, "invert", op_invert);
    module_function(module, "inv", op_inv);
    module_function(module, "lt", op_lt);
    module_function(module, "le", op_le);
    module_function(module, "gt", op_gt);
    module_function(module, "ge", op_ge);
    module_function(module, "eq", op_eq);
    module_function(module, "ne", op_ne);
    module_function(module, "not_", op_not);
    module_function(module, "truth", op_truth);
    module_function(module, "is_", op_is);
    module_function(module, "is_not", op_is_not);
    module_function(module, "contains", op_contains);
    module_function(module, "getitem", op_getitem);
    module_function(module, "setitem", op_setitem);
    module_function(module, "delitem", op_delitem);
    module_function(module, "abs", op_abs);
    module_function(module, "index", op_index);
    module_function(module, "concat", op_concat);
    module_function(module, "countOf", op_count_of);
    module_function(module, "indexOf", op_index_of);
    module_function(module, "itemgetter", op_itemgetter);
    module_function(module, "attrgetter", op_attrgetter);
    module_function(module, "methodcaller", op_methodcaller);
    return module;
}

}  // namespace py
