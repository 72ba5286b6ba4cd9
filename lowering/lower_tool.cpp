// Lowering — `py2cpp_lower IN.py OUT.cpp [--no-line]`: the lowering alone, for tests until the CLI's
// `translate` exists. Exit status as the CLI's: 1 rejected input, 2 unsupported construct or usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/source.h"
#include "lowering/lower.h"

int main(int argc, char** argv) {
    using namespace py2cpp;
    if (argc < 3) {
        std::cerr << "usage: py2cpp_lower IN.py OUT.cpp [--no-line]\n";
        return 2;
    }
    SourceFile source;
    Diagnostics diags;
    std::unique_ptr<ParsedModule> parsed;
    if (source.load(argv[1], diags)) parsed = parse_module(source, diags);
    std::unique_ptr<ResolvedModule> resolved;
    if (parsed) resolved = resolve(parsed->module, source, diags);
    if (!resolved) {
        diags.print(std::cerr, source);
        return 1;
    }
    LoweringOptions options;
    options.source_path = argv[1];
    options.line_directives = !(argc > 3 && std::string(argv[3]) == "--no-line");
    std::string cpp;
    if (!lower_module(parsed->module, *resolved, source, options, cpp, diags)) {
        diags.print(std::cerr, source);
        return 2;
    }
    std::ofstream(argv[2]) << cpp;
    return 0;
}
