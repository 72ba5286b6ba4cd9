// CLI — the program: the entry script and every module of its own it imports, found on the search path.
//
// CPython finds `import m` on sys.path: the entry script's directory first, then PYTHONPATH, then the standard
// library. py2cpp follows the imports at translate time the same way (the entry's directory, then each -I
// directory, then PYTHONPATH): each module found is translated to its own C++ translation unit. The modules
// CPython has compiled in (sys, builtins, time, itertools) cannot be shadowed by a file, as in CPython.
// Imports anywhere count (in functions and under `if` too): which ones run is known only when they run.
#pragma once

#include <string>
#include <vector>

namespace py2cpp {

struct ProgramModule {
    std::string name;      // dotted; "__main__" for the entry script
    std::string path;      // the file as py2cpp opens it
    std::string file;      // as the compiled program reports it: relative to the entry's directory, or absolute
    bool package = false;  // an __init__.py
};

struct Program {
    std::vector<ProgramModule> modules;  // the entry script (or a library's modules) first, then as first imported
    std::size_t listed = 1;              // how many of them were given (the rest were found by their imports)
    // The dotted names of all modules but the entry.
    std::vector<std::string> module_names() const;
};

// Follows the imports from `entry`. A module that does not parse is kept (its translation reports the error)
// but its imports are not followed.
Program find_program(const std::string& entry, const std::vector<std::string>& include_dirs);

// A library (py2cpp_add_library): the modules `files` (named by their paths under the first one's directory)
// and what they import, without an entry script.
Program find_library(const std::vector<std::string>& files, const std::vector<std::string>& include_dirs);

// The search path: `include_dirs`, then the directories of $PYTHONPATH.
std::vector<std::string> search_path(const std::vector<std::string>& include_dirs);

}  // namespace py2cpp
