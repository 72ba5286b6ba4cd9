// Runtime — modules: the module object, a module's globals as the emitted code sees them, the sys.modules
// registry, `import` of the program's own modules and of the modules the runtime provides, and the builtins
// module (runtime/src/modules.cpp; math in runtime/src/math_module.cpp, and so on).
//
// A module is an object with a namespace dict: `import m` binds the module object, `m.f` reads its dict,
// `m.x = 1` writes it, and `globals()` is that same dict. The emitted code of a module does not look names up
// in it: each module-level name it uses is a py::Global, a pointer straight at the dict entry's value (and one
// at the builtins dict's entry of the same name, the fallback of a read). The dict keeps those pointers right
// whatever happens to it (DictLinks, objects.h): a key that appears links its globals, one that goes unlinks
// them, a table that grows relinks them all. So `globals()['x'] = 5`, `m.x = 1` from another module,
// `builtins.answer = 42` and `del builtins.len` are all seen by the very next read, at the cost of one
// pointer load per global access.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "py2cpp/objects.h"

namespace py {

extern Type module_type;

struct Module : Object {
    Value name;  // the str `__name__`
    Value dict;  // the Dict `module.__dict__`: the module's namespace
    explicit Module(std::string_view module_name);
};

// The value a Global points at while its dict lacks the name: always Unbound, never written.
extern Value unbound_global;

// A module-level name of the emitted code. Both pointers are valid once the module is linked (at its import,
// before its body runs); a function of the module never runs before that.
struct Global {
    const char* name;
    Value* value = &unbound_global;    // the module dict's entry
    Value* builtin = &unbound_global;  // the builtins dict's entry
    Dict* dict = nullptr;              // the module's namespace
    Value key;                         // `name` as a str
    explicit Global(const char* n) : name(n) {}
};

[[noreturn]] void global_name_error(const Global& g);

// A read of a module-level name: the module's value, else the builtin, else NameError.
inline const Value& load_global(const Global& g) {
    if (g.value->is_bound()) [[likely]]
        return *g.value;
    if (g.builtin->is_bound()) return *g.builtin;
    global_name_error(g);
}
// The same without the NameError: Unbound when neither has it (a class body's fallback).
inline const Value& global_or_builtin(const Global& g) { return g.value->is_bound() ? *g.value : *g.builtin; }
// Only the module's value (`del x`, or a name read under `global` in a class body... both skip builtins).
inline const Value& load_module_global(const Global& g) {
    if (g.value->is_unbound()) [[unlikely]]
        global_name_error(g);
    return *g.value;
}

void bind_global(Global& g, Value v);  // the first binding: a new dict entry
inline void store_global(Global& g, Value v) {
    if (g.value != &unbound_global) [[likely]]
        *g.value = std::move(v);
    else
        bind_global(g, std::move(v));
}
// `del x` at module level (or under `global x`): NameError when unbound.
void delete_global(Global& g);
// A store into the global as an expression (the walrus operator): the value stored.
inline const Value& assign_global(Global& g, Value v) {
    store_global(g, std::move(v));
    return *g.value;
}

// The `as` name of an except clause that is a global: deleted (if still bound) however the handler is left.
class UnbindGlobalOnExit {
public:
    explicit UnbindGlobalOnExit(Global& g) : global_(g) {}
    ~UnbindGlobalOnExit();
    UnbindGlobalOnExit(const UnbindGlobalOnExit&) = delete;
    UnbindGlobalOnExit& operator=(const UnbindGlobalOnExit&) = delete;

private:
    Global& global_;
};

// One module of the program, as its translation unit hands it to the runtime. The CLI translates each module
// the program imports to its own translation unit; the entry script's main() gives run_main all of them.
struct ModuleDef {
    const char* name;      // "__main__", "pkg.helper"
    const char* file;      // the source, relative to the entry script's directory (or absolute)
    bool package;          // an `__init__.py`
    void (*body)();        // runs the module's statements
    Global* const* globals;  // every module-level name the code uses
    std::size_t nglobals;
    ModuleDef* const* program;  // the program's other modules, which its imports may name
    std::size_t nprogram;
    // Set at run time.
    Value module;          // the module object, once created
    std::string path;      // the absolute path of `file` (`__file__`)
    bool initializing = false;  // its body is running: `from` it may meet a partially initialized module
};

// The module of the code running now (its frame's), for globals() and the like.
ModuleDef& current_module();

// `import a.b.c`: imports a, a.b, then a.b.c (each at most once) and returns a.b.c; `import_top` returns a,
// what `import a.b.c` binds. A module neither the program nor the runtime has raises ModuleNotFoundError:
// No module named 'x'.
Value import_module(std::string_view name);
Value import_top(std::string_view name);

// A module of a library (py2cpp_add_library) imported from C++, with no `__main__`: the module, imported.
Value import_library_module(ModuleDef& def);

// `from module import name`: the attribute; for a package, else its submodule `name`, imported; else
// CPython's ImportError (naming a partially initialized module when the cause is likely a circular import).
Value import_from(const Value& module, const Value& name);

// `from module import *` into `namespace_dict` (a module's globals or a class body's namespace): the names in
// `__all__`, or every name not starting with an underscore.
void import_star(const Value& module, const Value& namespace_dict);

// A relative import that cannot be resolved (raised where CPython raises it: when the statement runs).
[[noreturn]] void relative_import_error(bool beyond_top);

// `globals()`: the dict of the running code's module.
Value globals();

// The builtins module; `builtin(name)` its value for `name` (Unbound when it has none).
Value builtins_module();
Value builtin(std::string_view name);

// What a program's `main` hands the runtime before the module body runs: sys.argv is `script` followed by
// the command line's arguments after the program name.
void set_program_arguments(const char* script, int argc, char** argv);

// Module attribute access for the generic attribute protocol (runtime/src/classes.cpp).
Value module_getattr(const Value& module, const Value& name);

// Runs the program: `main` is the entry script's module (named "__main__"); the program's other modules are
// imported when the program first imports them. Prints the traceback of an uncaught exception
// (exit 1), honours SystemExit, flushes stdout. `argc` and `argv` are main's: sys.argv is the script's path
// as the user gave it and the arguments after the program's name.
int run_main(int argc, char** argv, ModuleDef& main);

// jemalloc's settings for a compiled program, which the entry script's translation unit gives it as the C
// symbol `malloc_conf` (so executables carry them and a shared library of compiled Python leaves its host's
// allocator alone; the MALLOC_CONF environment variable still overrides them). Programs that build big heaps
// of small objects spent 10-20% of their time faulting fresh 4 KiB pages in: transparent huge pages take one
// fault per 2 MiB, and one arena (programs are single-threaded) keeps a small program's heap in a few of them.
// The price is peak RSS: +15-25% for programs of 60-200 MB, about 10 MB for the smallest.
inline constexpr const char* kAllocatorSettings = "narenas:1,thp:always";

}  // namespace py
