// CLI — `py2cpp compare`: the same program under python3 and compiled, with the same arguments and stdin.
#pragma once

#include <string>
#include <vector>

namespace py2cpp {

// Runs both, compares stdout, exit status and the last line of stderr, prints `identical` or what differs
// (a unified diff of stdout) to stdout. Returns 0 identical, 1 different (or the program was rejected),
// 2 unsupported, 3 internal error.
int compare_with_python(const std::string& source_path, const std::vector<std::string>& include_dirs,
                        const std::vector<std::string>& args);

}  // namespace py2cpp
