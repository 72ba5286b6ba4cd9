// Runtime — module objects, the sys.modules registry, and the sys module (see py2cpp/modules.h).
#include "py2cpp/modules.h"

#include <cstdio>
#include <string>
#include <unordered_map>

#include "internal.h"

namespace py {

Type module_type("module", &object_type, nullptr);

// sys.stdout and sys.stderr: text streams over the C streams print() writes to, so the two interleave.
Type text_stream_type("_io.TextIOWrapper", &object_type, nullptr);

namespace {

struct TextStream : Object {
    std::FILE* file;
    const char* name;  // "<stdout>"
    TextStream(std::FILE* f, const char* n) : Object(&text_stream_type), file(f), name(n) {}
};

// sys.modules: every module imported so far, by name.
Dict& registry() {
    static const Value modules = Value::object(new Dict());
    return as<Dict>(modules);
}

// ---- sys

Value g_argv;  // sys.argv, set before the module body runs

Value sys_exit(const Value* args, std::size_t n) {
    check_positional("exit", n, 0, 1);
    // CPython raises SystemExit with the argument as its arguments: none for None, the items of a tuple
    Value type = Value::object(&SystemExit);
    if (n == 0 || args[0].is_none()) raise_value(call({type}));
    if (has_type(args[0], &tuple_type)) {
        auto items = as<Tuple>(args[0]).items();
        raise_value(call_n(type, items.data(), items.size()));
    }
    raise_value(call({type, args[0]}));
}

Value sys_getrecursionlimit(const Value*, std::size_t n) {
    if (n != 0) raise(&TypeError, "sys.getrecursionlimit() takes no arguments (" + std::to_string(n) + " given)");
    return Value::integer(recursion_limit);
}

Value sys_setrecursionlimit(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "setrecursionlimit() takes exactly one argument (" + std::to_string(n) + " given)");
    const Value& v = args[0];
    if (!is_intlike(v))
        raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    if (is_bigint(v) || v.as_small() > kMaxRecursionLimit || v.as_small() < -kMaxRecursionLimit - 1)
        raise(&OverflowError, "Python int too large to convert to C int");
    std::int64_t limit = v.as_small();
    if (limit < 1) raise(&ValueError, "recursion limit must be greater or equal than 1");
    int depth = frame_depth + 1;  // CPython counts this call of setrecursionlimit too
    if (limit <= depth)
        raise(&RecursionError, "cannot set the recursion limit to " + std::to_string(limit) +
                                   " at the recursion depth " + std::to_string(depth) + ": the limit is too low");
    recursion_limit = static_cast<int>(limit);
    return Value::none();
}

Value make_sys() {
    Value module = Value::object(new Module("sys"));
    module_attribute(module, "argv", g_argv.is_bound() ? g_argv : Value::object(new List()));
    module_function(module, "exit", sys_exit);
    module_function(module, "getrecursionlimit", sys_getrecursionlimit);
    module_function(module, "setrecursionlimit", sys_setrecursionlimit);
    module_attribute(module, "maxsize", Value::integer(INT64_MAX));
    module_attribute(module, "platform", new_str("linux"));
    module_attribute(module, "byteorder", new_str("little"));
    module_attribute(module, "stdout", Value::object(new TextStream(stdout, "<stdout>")));
    module_attribute(module, "stderr", Value::object(new TextStream(stderr, "<stderr>")));
    module_attribute(module, "modules", Value::object(&registry()));
    return module;
}

// The modules the runtime provides, built at their first import.
const std::unordered_map<std::string_view, Value (*)()>& runtime_modules() {
    static const std::unordered_map<std::string_view, Value (*)()> table = {
        {"sys", make_sys},
        {"math", make_math},
        {"time", make_time},
        {"random", make_random},
        {"itertools", make_itertools},
        {"functools", make_functools},
        {"operator", make_operator},
        {"string", make_string},
        {"typing", make_typing},
        {"collections", make_collections},
    };
    return table;
}

}  // namespace

void module_attribute(const Value& module, const char* name, Value value) {
    as<Dict>(as<Module>(module).dict).set(new_str(name), std::move(value));
}

void module_function(const Value& module, const char* name, BuiltinCode code) {
    module_attribute(module, name, Value::object(new BuiltinFunction(name, code)));
}

void module_function(const Value& module, const char* name, BuiltinKwCode code) {
    module_attribute(module, name, Value::object(new BuiltinFunction(name, code)));
}

Module::Module(std::string_view module_name)
    : Object(&module_type), name(new_str(std::string(module_name))), dict(Value::object(new Dict())) {
    as<Dict>(dict).set(new_str("__name__"), name);
    as<Dict>(dict).set(new_str("__doc__"), Value::none());
}

Value import_module(std::string_view name) {
    Value key = new_str(std::string(name));
    if (Value* found = registry().find(key)) return *found;
    const auto& table = runtime_modules();
    auto it = table.find(name);
    if (it == table.end()) {
        Value exc = make_exception(&ModuleNotFoundError, "No module named '" + std::string(name) + "'");
        raise_value(exc);
    }
    Value module = it->second();
    registry().set(key, module);
    return module;
}

Value module_getattr(const Value& module, const Value& name) {
    const Module& m = as<Module>(module);
    if (Value* v = as<Dict>(m.dict).find(name)) return *v;
    if (as<Str>(name).text() == "__dict__") return m.dict;
    raise(&AttributeError, "module '" + std::string(as<Str>(m.name).text()) + "' has no attribute '" + std::string(as<Str>(name).text()) + "'");
}

Value import_from(const Value& module, const Value& name) {
    const Module& m = as<Module>(module);
    if (Value* v = as<Dict>(m.dict).find(name)) return *v;
    raise(&ImportError, "cannot import name '" + std::string(as<Str>(name).text()) + "' from '" + std::string(as<Str>(m.name).text()) + "' (unknown location)");
}

void set_program_arguments(const char* script, int argc, char** argv) {
    std::vector<Value> items{new_str(script)};
    for (int i = 1; i < argc; ++i) items.push_back(new_str(argv[i]));
    g_argv = Value::object(new List(std::move(items)));
}

bool module_repr(const Value& v, std::string& out) {
    Type* t = v.obj()->type;
    if (t == &module_type) {
        out += "<module '" + std::string(as<Str>(as<Module>(v).name).text()) + "' (built-in)>";
        return true;
    }
    if (t == &text_stream_type) {
        out += std::string("<_io.TextIOWrapper name='") + as<TextStream>(v).name + "' mode='w' encoding='utf-8'>";
        return true;
    }
    return false;
}

namespace {
std::unordered_map<const Type*, std::unordered_map<std::string, Value>>& type_attributes() {
    static std::unordered_map<const Type*, std::unordered_map<std::string, Value>> table;
    return table;
}
}  // namespace

void type_attribute(const Type* t, const char* name, Value value) { type_attributes()[t][name] = std::move(value); }

Value runtime_type_attribute(const Type* t, const std::string& name) {
    auto& table = type_attributes();
    auto it = table.find(t);
    if (it == table.end()) return Value();
    auto found = it->second.find(name);
    return found == it->second.end() ? Value() : found->second;
}

std::FILE* text_stream_file(const Value& v) { return has_type(v, &text_stream_type) ? as<TextStream>(v).file : nullptr; }

// stream.write(s) and stream.flush(); false when `name` is not a stream method.
bool text_stream_method(const Value& self, std::string_view name, const Value* args, std::size_t n, Value& result) {
    auto& stream = as<TextStream>(self);
    if (name == "write") {
        if (n != 1)
            raise(&TypeError, "TextIOWrapper.write() takes exactly one argument (" + std::to_string(n) + " given)");
        if (!is_str(args[0])) raise(&TypeError, std::string("write() argument must be str, not ") + type_name(args[0]));
        Str& s = as_str(args[0]);
        std::fwrite(s.chars(), 1, s.text().size(), stream.file);
        result = Value::integer(s.size());
        return true;
    }
    if (name == "flush") {
        if (n != 0)
            raise(&TypeError, "TextIOWrapper.flush() takes no arguments (" + std::to_string(n) + " given)");
        std::fflush(stream.file);
        result = Value::none();
        return true;
    }
    return false;
}

}  // namespace py
