// CLI — the whole compiler pipeline for one file, in order: load → parse → resolve → lower.
#pragma once

#include <string>
#include <vector>

#include "cli/program.h"

namespace py2cpp {

enum class TranslateStatus {
    Ok,
    Rejected,     // a syntax or name error, as CPython would report it
    Unsupported,  // a construct py2cpp refuses (`error: unsupported: ...`)
    Internal,     // the lowering failed without saying why, or threw: a py2cpp bug
};

struct TranslateRequest {
    std::string path;  // as given on the command line; it appears in #line directives and in tracebacks
    bool line_directives = true;
    // Which module of the program this is (see LoweringOptions): the entry script by default.
    std::string module_name = "__main__";
    bool is_package = false;
    std::string module_file;
    std::vector<std::string> program_modules;
};

// Translates one Python file to C++ in `cpp_out`. Diagnostics are printed to stderr.
TranslateStatus translate_file(const TranslateRequest& request, std::string& cpp_out);

// Translates every module of the program, the entry's C++ first (cpp_out[i] is program.modules[i]'s). Stops
// at the first module that does not translate.
TranslateStatus translate_program(const Program& program, bool line_directives, std::vector<std::string>& cpp_out);

// The C++ header of a library's module (lowering/library_header.h); false after printing a syntax error.
bool library_header_of(const ProgramModule& module, std::string& header);

// The exit status that goes with a translation result (see cli/exit_codes.h).
int exit_status_of(TranslateStatus status);

}  // namespace py2cpp
