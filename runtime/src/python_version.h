// Runtime — the CPython version the runtime reports as sys.version_info and sys.version: the python3 the
// runtime was built with (runtime/scripts/gen_python_version.py writes the definition).
#pragma once

#include <cstdint>

namespace py {

struct PythonVersion {
    std::int64_t major, minor, micro;
    const char* releaselevel;  // "final", "candidate", ...
    std::int64_t serial;
    const char* text;  // sys.version: "3.11.7 (main, ...) [GCC 12.2.0]"
};

extern const PythonVersion kPythonVersion;

}  // namespace py
