// CLI — `py2cpp build`: translate one file, then compile and link it against the prebuilt runtime.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/program.h"

namespace py2cpp {

struct BuildRequest {
    std::string source_path;  // the .py, as given on the command line
    std::string exe_path;
    std::string opt_level = "2";
    // Where to keep the entry's generated C++ (the other modules' go beside it, as <stem>.<module>.cpp);
    // empty: temporary files, removed afterwards.
    std::string cpp_path;
    std::vector<std::string> include_dirs;  // -I: where imports are looked for after the entry's directory
    std::optional<Program> program;         // the program, when the caller has found it already
    bool line_directives = true;
    bool verbose = false;  // the compiler's command line and a one-line summary on stderr
};

// Translates the program (the entry script and the modules it imports) and builds it.
// Returns the exit status for the whole build (cli/exit_codes.h): 1 or 2 when translation refuses the program,
// 3 when the C++ compiler rejects what we generated.
int build_program(const BuildRequest& request);

// The C++ files of the program's modules when the entry's goes to `entry_cpp`: the others beside it.
std::vector<std::string> module_cpp_paths(const std::string& entry_cpp, const Program& program);

// Writes `text` to `path` (replacing it); prints an error and returns false on failure.
bool write_file(const std::string& path, const std::string& text);

}  // namespace py2cpp
