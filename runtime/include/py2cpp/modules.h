// Runtime — modules: the module object, the registry behind `sys.modules`, and `import` of the modules the
// runtime itself provides (runtime/src/modules.cpp; math in runtime/src/math_module.cpp).
//
// A module is an object with a namespace dict: `import math` binds the module object, `math.sqrt` reads
// its dict, `math.x = 1` writes it. A module is created at its first import and registered in sys.modules;
// later imports return the same object, so an attribute set through one import is seen through all.
#pragma once

#include <string_view>

#include "py2cpp/objects.h"

namespace py {

extern Type module_type;

struct Module : Object {
    Value name;  // the str `__name__`
    Value dict;  // the Dict `module.__dict__`: the module's namespace
    explicit Module(std::string_view module_name);
};

// `import name`: the module from sys.modules, created at its first import. A name the runtime does not
// provide raises ModuleNotFoundError: No module named 'name'.
Value import_module(std::string_view name);

// `from module import name`: the attribute, or CPython's ImportError when the module lacks it.
Value import_from(const Value& module, const Value& name);

// What a program's `main` hands the runtime before the module body runs: sys.argv is `script` followed by
// the command line's arguments after the program name.
void set_program_arguments(const char* script, int argc, char** argv);

// Module attribute access for the generic attribute protocol (runtime/src/classes.cpp).
Value module_getattr(const Value& module, const Value& name);

}  // namespace py
