// Lowering — the one naming service: every Python identifier becomes a safe C++ identifier here.
//
// A C++ name must not be a keyword or alternative token (`and`, `not`, ...), a macro the runtime's headers may
// define (`assert`, `errno`, `EOF`, ...), or a reserved form (any `__`, a leading `_`). We keep the Python
// name whenever it is already safe, rewrite the rest predictably, and resolve the clashes this creates with a
// trailing `_`. Machinery the lowering itself declares (`_fn`, `_frame`, `_t3`, ...) starts with `_`, which
// this service never produces, so user names can never capture it.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace py2cpp {

// The safe spelling of `python_name`, before clash resolution: non-ASCII code points become `uXXXX`, `<lambda>` becomes `lambda`, runs of
// underscores collapse to one, a leading `_` gets a `u` in front, reserved words and macro-like names
// (ALL_CAPS) get a trailing `_`.
std::string cpp_identifier(std::string_view python_name);

// The C++ symbol of a module's py::ModuleDef, with external linkage: "pkg.util" -> py2cpp_module_3pkg4util
// (length-prefixed parts, so "a_b" and "a.b" differ).
std::string module_symbol(std::string_view module);

// The names of one C++ scope (a function body, the module struct, the namespace of code functions): each
// distinct Python name gets a distinct C++ name, stable for the scope's lifetime.
class NameScope {
public:
    const std::string& name(std::string_view python_name);
    // A new name spelled after `python_name`, distinct from every other in the scope even when the same
    // Python name comes again (two functions `f` nested in different functions).
    std::string fresh(std::string_view python_name);
    // Reserves a spelling that Python names must not take (e.g. `main_module` in the namespace scope).
    void reserve(const std::string& cpp_name) { used_.insert(cpp_name); }
    bool taken(const std::string& cpp_name) const { return used_.count(cpp_name) != 0; }

private:
    std::map<std::string, std::string, std::less<>> assigned_;
    std::set<std::string> used_;
};

}  // namespace py2cpp
