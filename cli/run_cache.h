// CLI — the cache behind `py2cpp run` and `py2cpp compare`: one compiled program per distinct input.
//
// An entry is a directory named by a hash of its key; the key is everything that decides the executable: the
// sources of all the program's modules, the path as given (it is baked into tracebacks), py2cpp's own executable (size and mtime, so a
// rebuilt py2cpp invalidates everything), the compiler, the flags and the runtime library. The full key is
// stored beside the executable and compared on every hit, so a hash collision costs a rebuild, never a wrong
// program. Builds go to temporary names and are renamed into place, so parallel runs never see half a file.
//
// Location: $XDG_CACHE_HOME/py2cpp, else ~/.cache/py2cpp. Nothing is ever evicted; deleting the directory is safe.
#pragma once

#include <string>
#include <vector>

namespace py2cpp {

std::string run_cache_directory();

// Makes sure an up-to-date executable for the program whose entry script is `source_path` (its modules looked
// for in the entry's directory, then `include_dirs`, then PYTHONPATH) is in the cache and sets `exe_path` to it. Returns the
// exit status of the build (0 when the executable is ready; see cli/exit_codes.h).
int build_cached(const std::string& source_path, const std::vector<std::string>& include_dirs, std::string& exe_path);

}  // namespace py2cpp
