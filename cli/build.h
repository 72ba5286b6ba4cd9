// CLI — `py2cpp build`: translate one file, then compile and link it against the prebuilt runtime.
#pragma once

#include <string>

namespace py2cpp {

struct BuildRequest {
    std::string source_path;  // the .py, as given on the command line
    std::string exe_path;
    std::string opt_level = "2";
    std::string cpp_path;  // where to keep the generated C++; empty: a temporary file, removed afterwards
    bool line_directives = true;
    bool verbose = false;  // the compiler's command line and a one-line summary on stderr
};

// Returns the exit status for the whole build (cli/exit_codes.h): 1 or 2 when translation refuses the program,
// 3 when the C++ compiler rejects what we generated.
int build_program(const BuildRequest& request);

// Writes `text` to `path` (replacing it); prints an error and returns false on failure.
bool write_file(const std::string& path, const std::string& text);

}  // namespace py2cpp
