// Runtime — module objects, the sys.modules registry, and the sys module (see py2cpp/modules.h).
#include "py2cpp/modules.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "internal.h"
#include "python_names.h"

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
std::string program_root;  // the entry script's directory: sys.path[0]

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

// sys.path: the entry script's directory, then PYTHONPATH's directories (py2cpp found the program's modules
// there when it translated it; CPython's standard library directories follow under python3, not here).
Value search_path_list() {
    std::vector<Value> dirs{new_str(program_root)};
    if (const char* env = std::getenv("PYTHONPATH")) {
        std::string all = env;
        for (std::size_t start = 0; start <= all.size();) {
            std::size_t colon = std::min(all.find(':', start), all.size());
            if (colon > start) dirs.push_back(new_str(all.substr(start, colon - start)));
            start = colon + 1;
        }
    }
    return Value::object(new List(std::move(dirs)));
}

Value make_sys() {
    Value module = Value::object(new Module("sys"));
    module_attribute(module, "argv", g_argv.is_bound() ? g_argv : Value::object(new List()));
    module_function(module, "exit", sys_exit);
    module_function(module, "getrecursionlimit", sys_getrecursionlimit);
    module_function(module, "setrecursionlimit", sys_setrecursionlimit);
    module_attribute(module, "maxsize", Value::integer(INT64_MAX));
    module_attribute(module, "version_info", sys_version_info());
    module_attribute(module, "version", sys_version());
    module_attribute(module, "hexversion", sys_hexversion());
    module_attribute(module, "platform", new_str("linux"));
    module_attribute(module, "byteorder", new_str("little"));
    module_attribute(module, "stdout", Value::object(new TextStream(stdout, "<stdout>")));
    module_attribute(module, "stderr", Value::object(new TextStream(stderr, "<stderr>")));
    module_attribute(module, "modules", Value::object(&registry()));
    module_attribute(module, "path", search_path_list());
    return module;
}

// The modules the runtime provides, built at their first import.
const std::unordered_map<std::string_view, Value (*)()>& runtime_modules() {
    static const std::unordered_map<std::string_view, Value (*)()> table = {
        {"sys", make_sys},
        {"builtins", builtins_module},
        {"math", make_math},
        {"time", make_time},
        {"random", make_random},
        {"itertools", make_itertools},
        {"functools", make_functools},
        {"operator", make_operator},
        {"string", make_string},
        {"typing", make_typing},
        {"collections", make_collections},
        {"dataclasses", make_dataclasses},
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

// ---------------------------------------------------------------------------------------------------------
// Globals linked into namespace dicts

Value unbound_global;

namespace {

// The links of one namespace dict: for each name, the pointers (a Global's `value`, or its `builtin` for the
// builtins dict) that must point at that name's entry.
class NamespaceLinks final : public DictLinks {
public:
    explicit NamespaceLinks(Dict& dict) : dict_(dict) { dict.links = this; }

    // Points `*target` at `g`'s entry in the dict now and whenever the dict changes.
    void add(Global& g, Value** target) {
        auto& entry = by_name_[std::string(g.name)];
        if (entry.key.is_unbound()) entry.key = g.key;
        entry.targets.push_back(target);
        Value* found = dict_.find(g.key);
        *target = found != nullptr ? found : &unbound_global;
    }

    void inserted(const Value& key, Value* value) override { point(key, value); }
    void erased(const Value& key) override { point(key, &unbound_global); }
    void moved(Dict& dict) override {
        for (auto& [name, entry] : by_name_) {
            Value* found = dict.find(entry.key);
            for (Value** t : entry.targets) *t = found != nullptr ? found : &unbound_global;
        }
    }

private:
    struct Entry {
        Value key;
        std::vector<Value**> targets;
    };
    void point(const Value& key, Value* value) {
        if (!is_str(key)) return;  // `globals()[1] = 2`: no global has that name
        auto it = by_name_.find(std::string(as<Str>(key).text()));
        if (it == by_name_.end()) return;
        for (Value** t : it->second.targets) *t = value;
    }

    Dict& dict_;
    std::unordered_map<std::string, Entry> by_name_;
};

// The builtins module: CPython's builtins.__dict__ order, holding what the runtime has.
Value& builtins_slot() {
    static Value module;
    return module;
}

NamespaceLinks& builtins_links() {
    static NamespaceLinks* links = new NamespaceLinks(as<Dict>(as<Module>(builtins_module()).dict));
    return *links;
}

// Links each of the module's globals to its namespace dict and to the builtins. A module imported again after
// its body failed is a new module object: the old dict lets go of the globals.
void link_globals(ModuleDef& def) {
    Dict& dict = as<Dict>(as<Module>(def.module).dict);
    for (std::size_t i = 0; i < def.nglobals; ++i)
        if (def.globals[i]->dict != nullptr && def.globals[i]->dict != &dict) def.globals[i]->dict->links = nullptr;
    auto* links = new NamespaceLinks(dict);  // lives as long as the program: the statics point through it
    for (std::size_t i = 0; i < def.nglobals; ++i) {
        Global& g = *def.globals[i];
        bool first = g.key.is_unbound();
        if (first) g.key = new_str(g.name);
        g.dict = &dict;
        links->add(g, &g.value);
        if (first) builtins_links().add(g, &g.builtin);
    }
}

// The program's own modules, by name (run_main).
std::unordered_map<std::string, ModuleDef*>& program_modules() {
    static std::unordered_map<std::string, ModuleDef*> table;
    return table;
}

ModuleDef* main_def = nullptr;


Value module_dict_value(const Value& module, const char* name) {
    Value* v = as<Dict>(as<Module>(module).dict).find(new_str(name));
    return v != nullptr ? *v : Value();
}

// The ModuleDef behind a module object of the program; null for the runtime's modules.
ModuleDef* def_of(const Value& module) {
    auto it = program_modules().find(text(as<Module>(module).name));
    if (it != program_modules().end() && it->second->module.is_bound() && it->second->module.obj() == module.obj())
        return it->second;
    if (main_def != nullptr && main_def->module.is_bound() && main_def->module.obj() == module.obj()) return main_def;
    return nullptr;
}

// A module's namespace before its body runs, in CPython's order.
void initialize_namespace(ModuleDef& def, std::string_view parent) {
    bool is_main = &def == main_def;
    def.module = Value::object(new Module(def.name));
    if (!is_main) def.path = def.file[0] == '/' ? std::string(def.file) : program_root + "/" + def.file;
    Value m = def.module;
    if (is_main) {
        module_attribute(m, "__package__", Value::none());
        module_attribute(m, "__loader__", Value::none());
        module_attribute(m, "__spec__", Value::none());
        module_attribute(m, "__annotations__", Value::object(new Dict()));
        module_attribute(m, "__builtins__", builtins_module());
        module_attribute(m, "__file__", new_str(def.path));
        module_attribute(m, "__cached__", Value::none());
    } else {
        module_attribute(m, "__package__", new_str(def.package ? std::string(def.name) : std::string(parent)));
        module_attribute(m, "__loader__", Value::none());
        module_attribute(m, "__spec__", Value::none());
        if (def.package) {
            std::string dir = def.path.substr(0, def.path.rfind('/'));
            module_attribute(m, "__path__", Value::object(new List({new_str(dir)})));
        }
        module_attribute(m, "__file__", new_str(def.path));
        module_attribute(m, "__cached__", Value::none());
        module_attribute(m, "__builtins__", builtins_module());
    }
    link_globals(def);
}

// Runs a program module's body as CPython's _load_unlocked does: registered in sys.modules first (so a
// circular import finds it, partially initialized), removed again if the body raises.
Value load_program_module(ModuleDef& def, std::string_view parent) {
    initialize_namespace(def, parent);
    Value key = new_str(def.name);
    registry().set(key, def.module);
    def.initializing = true;
    try {
        def.body();
    } catch (...) {
        def.initializing = false;
        registry().erase(key);
        throw;
    }
    def.initializing = false;
    // the body may have replaced its own sys.modules entry; the import gives what is there
    Value* now = registry().find(key);
    return now != nullptr ? *now : def.module;
}

[[noreturn]] void module_not_found(const std::string& message, const std::string& name) {
    raise_with_name(&ModuleNotFoundError, message, name);
}

}  // namespace

void register_program(ModuleDef& main) {
    main_def = &main;
    program_root = main.path.substr(0, main.path.rfind('/'));
    for (std::size_t i = 0; i < main.nprogram; ++i) program_modules()[main.program[i]->name] = main.program[i];
}

void start_main_module(ModuleDef& main) {
    initialize_namespace(main, "");
    registry().set(new_str("__main__"), main.module);
}

Value builtins_module() {
    Value& module = builtins_slot();
    if (module.is_unbound()) {
        module = Value::object(new Module("builtins"));
        for (const char* const* name = kBuiltinNames; *name != nullptr; ++name) {
            std::string_view n = *name;
            if (n == "__name__" || n == "__doc__") continue;
            if (n == "__package__") {
                module_attribute(module, *name, new_str(""));
                continue;
            }
            if (n == "__loader__" || n == "__spec__") {
                module_attribute(module, *name, Value::none());
                continue;
            }
            Value v = builtin_function_value(n);
            if (v.is_bound()) module_attribute(module, *name, std::move(v));
        }
        // names CPython adds after its table (the interactive helpers) are not in the runtime
        Value* doc = as<Dict>(as<Module>(module).dict).find(new_str("__doc__"));
        *doc = new_str(
            "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis "
            "represents `...' in slices.");
        registry().set(new_str("builtins"), module);
    }
    return module;
}

Value builtin(std::string_view name) {
    Value* v = as<Dict>(as<Module>(builtins_module()).dict).find(new_str(std::string(name)));
    return v != nullptr ? *v : Value();
}

void global_name_error(const Global& g) {
    name_error(g.name);
    std::abort();  // name_error raises
}

void bind_global(Global& g, Value v) { g.dict->set(g.key, std::move(v)); }

void delete_global(Global& g) {
    if (g.value->is_unbound()) name_error(g.name);
    g.dict->erase(g.key);
}

UnbindGlobalOnExit::~UnbindGlobalOnExit() {
    if (global_.value->is_bound()) global_.dict->erase(global_.key);
}

ModuleDef& current_module() {
    for (FrameRecord* f = current_frame; f != nullptr; f = f->previous)
        if (f->module != nullptr) return *f->module;
    if (main_def == nullptr) raise(&SystemError, "no Python code is running");  // C++ called globals()
    return *main_def;
}

Value import_library_module(ModuleDef& def) {
    // the module and every module it may import (its table lists the library's others) become known
    auto& known = program_modules();
    if (known.count(def.name) == 0) {
        known[def.name] = &def;
        for (std::size_t i = 0; i < def.nprogram; ++i) known[def.program[i]->name] = def.program[i];
    }
    return import_module(def.name);
}

Value globals() { return as<Module>(current_module().module).dict; }

Value import_module(std::string_view name) {
    Value key = new_str(std::string(name));
    if (Value* found = registry().find(key)) return *found;
    std::size_t dot = name.rfind('.');
    std::string parent = dot == std::string_view::npos ? std::string() : std::string(name.substr(0, dot));
    Value parent_module;
    if (!parent.empty()) {
        parent_module = import_module(parent);
        if (Value* found = registry().find(key)) return *found;  // the parent's body imported it
        if (module_dict_value(parent_module, "__path__").is_unbound())
            module_not_found("No module named '" + std::string(name) + "'; '" + parent + "' is not a package",
                             std::string(name));
    }
    auto it = program_modules().find(std::string(name));
    if (it != program_modules().end()) {
        Value module = load_program_module(*it->second, parent);
        // the parent gets its submodule as an attribute once the submodule has loaded
        if (parent_module.is_bound()) setattr({parent_module, new_str(std::string(name.substr(dot + 1))), module});
        return module;
    }
    const auto& table = runtime_modules();
    auto builder = table.find(name);
    if (builder == table.end()) module_not_found("No module named '" + std::string(name) + "'", std::string(name));
    Value module = builder->second();
    registry().set(key, module);
    return module;
}

Value import_top(std::string_view name) {
    import_module(name);
    std::string_view top = name.substr(0, name.find('.'));
    Value* found = registry().find(new_str(std::string(top)));
    return found != nullptr ? *found : import_module(top);
}

Value module_getattr(const Value& module, const Value& name) {
    const Module& m = as<Module>(module);
    if (Value* v = as<Dict>(m.dict).find(name)) return *v;
    if (as<Str>(name).text() == "__dict__") return m.dict;
    // CPython's module type makes `__annotations__` on demand: an empty dict, stored in the namespace
    if (as<Str>(name).text() == "__annotations__") {
        Value annotations = Value::object(new Dict());
        as<Dict>(m.dict).set(name, annotations);
        return annotations;
    }
    ModuleDef* def = def_of(module);
    if (def != nullptr && def->initializing)
        raise(&AttributeError, "partially initialized module '" + text(m.name) + "' has no attribute '" + text(name) +
                                   "' (most likely due to a circular import)");
    raise(&AttributeError, "module '" + text(m.name) + "' has no attribute '" + text(name) + "'");
}

Value import_from(const Value& module, const Value& name) {
    const Module& m = as<Module>(module);
    if (Value* v = as<Dict>(m.dict).find(name)) return *v;
    // a package's submodule: imported now if it exists (CPython's _handle_fromlist)
    std::string full = text(m.name) + "." + text(name);
    if (module_dict_value(module, "__path__").is_bound()) {
        if (Value* found = registry().find(new_str(full))) return *found;
        if (program_modules().count(full) != 0) {
            import_module(full);
            if (Value* v = as<Dict>(m.dict).find(name)) return *v;
        }
    }
    if (Value* found = registry().find(new_str(full))) return *found;
    ModuleDef* def = def_of(module);
    std::string where = def != nullptr ? " (" + def->path + ")" : " (unknown location)";
    if (def != nullptr && def->initializing)
        raise(&ImportError, "cannot import name '" + text(name) + "' from partially initialized module '" + text(m.name) +
                                "' (most likely due to a circular import)" + where);
    raise(&ImportError, "cannot import name '" + text(name) + "' from '" + text(m.name) + "'" + where);
}

void import_star(const Value& module, const Value& namespace_dict) {
    Dict& target = as<Dict>(namespace_dict);
    Value all = module_dict_value(module, "__all__");
    if (all.is_bound()) {
        ForIter it(all);
        for (Value name; it.next(name);) {
            if (!is_str(name))
                raise(&TypeError, "Item in " + text(as<Module>(module).name) + ".__all__ must be str, not " +
                                      type_name(name));
            Value value = getattr(module, name);
            target.set(name, std::move(value));
        }
        return;
    }
    // a snapshot: binding into our own namespace must not disturb the walk
    std::vector<Dict::Entry> entries = as<Dict>(as<Module>(module).dict).entries;
    for (const auto& e : entries)
        if (e.key.is_bound() && is_str(e.key) && !as<Str>(e.key).text().starts_with("_")) target.set(e.key, e.value);
}

void relative_import_error(bool beyond_top) {
    raise(&ImportError, beyond_top ? "attempted relative import beyond top-level package"
                                   : "attempted relative import with no known parent package");
}

void set_program_arguments(const char* script, int argc, char** argv) {
    std::vector<Value> items{new_str(script)};
    for (int i = 1; i < argc; ++i) items.push_back(new_str(argv[i]));
    g_argv = Value::object(new List(std::move(items)));
}

bool module_repr(const Value& v, std::string& out) {
    Type* t = v.obj()->type;
    if (t == &module_type) {
        // a module of the program shows its file; the runtime's are built in
        Value* file = as<Dict>(as<Module>(v).dict).find(new_str("__file__"));
        out += "<module '" + std::string(as<Str>(as<Module>(v).name).text()) + "' " +
               (file != nullptr && is_str(*file) ? "from '" + std::string(as<Str>(*file).text()) + "'>" : "(built-in)>");
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
