// CLI — the exit statuses of `py2cpp`, in one place so every subcommand and the --help text agree.
#pragma once

namespace py2cpp::exit_code {

constexpr int kOk = 0;
// The input was rejected: a syntax or name error (a diagnostic was printed). For `compare`: the two runs differ.
constexpr int kRejected = 1;
// A usage error, or a construct py2cpp does not support yet (`error: unsupported: ...`).
constexpr int kUnsupported = 2;
constexpr int kUsage = 2;
// A py2cpp bug: the C++ compiler rejected the generated code, or a tool could not be started.
constexpr int kInternal = 3;

}  // namespace py2cpp::exit_code
