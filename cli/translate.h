// CLI — the whole compiler pipeline for one file, in order: load → parse → resolve → lower.
#pragma once

#include <string>

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
};

// Translates one Python file to C++ in `cpp_out`. Diagnostics are printed to stderr.
TranslateStatus translate_file(const TranslateRequest& request, std::string& cpp_out);

// The exit status that goes with a translation result (see cli/exit_codes.h).
int exit_status_of(TranslateStatus status);

}  // namespace py2cpp
