// CLI — the system C++ compiler and the prebuilt runtime: turning generated C++ into an executable.
//
// Programs are compiled against the runtime library built once with py2cpp, never against runtime sources, so a
// build costs one translation unit. The runtime is looked for in an installed layout beside the executable
// first (<exe_dir>/../include, <exe_dir>/../lib), then where the build tree put it (cli/config.h).
#pragma once

#include <string>
#include <vector>

namespace py2cpp {

struct RuntimeLocation {
    std::string include_dir;
    std::string library;
    std::string pch_root;  // holds O0/ and O2/, each with py2cpp/runtime.h.gch (may be absent)
};

RuntimeLocation find_runtime();

// "path size mtime" of a file (empty if it does not exist): changes whenever the file is rebuilt.
std::string file_identity(const std::string& path);

// The path of the running py2cpp executable.
std::string self_executable();

// The compiler as the user asked for it: $CXX (may hold several words, "ccache g++") or `c++`.
std::vector<std::string> compiler_from_environment();

// Everything that decides what a compiled program is, besides its C++: compiler, flags, the runtime library's
// identity. Used in the run cache's key.
std::string toolchain_identity(const std::string& opt_level);

struct CompileRequest {
    std::vector<std::string> cpp_paths;  // the entry script's unit, then the program's other modules' 
    std::string exe_path;
    std::string opt_level = "2";
    bool verbose = false;  // echo the compiler's command line to stderr
};

// Compiles and links one program (one translation unit per module). On failure prints py2cpp's internal-error message (with the compiler's first
// lines) to stderr and returns false: C++ that does not compile is always a py2cpp bug.
bool compile_program(const CompileRequest& request, const std::string& source_path);

}  // namespace py2cpp
