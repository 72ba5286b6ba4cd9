// Lowering — a resolved module becomes one C++ translation unit with a main() that runs it.
//
// The shape of the output (see lowering/README.md): each Python function is one C++ function in namespace
// `code`, module globals are static fields of `struct main_module`, literals that allocate are built once in
// `struct constants`, and `module_body()` runs the module's statements under the runtime's run_main().
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/resolver.h"
#include "frontend/source.h"

namespace py2cpp {

struct LoweringOptions {
    bool line_directives = true;  // emit #line N "file.py"
    std::string source_path;      // path as given on the command line (used in #line directives)
    // The module: "__main__" for the entry script (its unit has main()), else its dotted name.
    std::string module_name = "__main__";
    bool is_package = false;  // an __init__.py
    // The source as the compiled program reports it (`__file__`, tracebacks): for the entry script the path as
    // given (empty: source_path); for another module its path relative to the entry script's directory.
    std::string module_file;
    // Every module of the program besides the entry script, by dotted name: their imports are the program's
    // own; the entry's main() registers them with the runtime.
    std::vector<std::string> program_modules;
};

// Translates one resolved module to a complete C++ translation unit: the entry script's has a main() that
// runs the program; another module's defines its py::ModuleDef for that main() to register. Returns false after reporting errors (e.g. unsupported
// constructs: "unsupported: ..." at the construct's line:col) to diags.
bool lower_module(const ast::Module& module, const ResolvedModule& resolved, const SourceFile& source,
                  const LoweringOptions& options, std::string& cpp_out, Diagnostics& diags);

}  // namespace py2cpp
