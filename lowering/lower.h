// Lowering — a resolved module becomes one C++ translation unit with a main() that runs it.
//
// The shape of the output (see lowering/README.md): each Python function is one C++ function in namespace
// `code`, module globals are static fields of `struct main_module`, literals that allocate are built once in
// `struct constants`, and `module_body()` runs the module's statements under the runtime's run_main().
#pragma once

#include <string>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/resolver.h"
#include "frontend/source.h"

namespace py2cpp {

struct LoweringOptions {
    bool line_directives = true;  // emit #line N "file.py"
    std::string source_path;      // path as given on the command line (used in #line and tracebacks)
};

// Translates one resolved module (the program's entry script, module name "__main__") to a complete C++
// translation unit with a main() that runs it. Returns false after reporting errors (e.g. unsupported
// constructs: "unsupported: ..." at the construct's line:col) to diags.
bool lower_module(const ast::Module& module, const ResolvedModule& resolved, const SourceFile& source,
                  const LoweringOptions& options, std::string& cpp_out, Diagnostics& diags);

}  // namespace py2cpp
