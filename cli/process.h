// CLI — starting other programs: the C++ compiler, python3, and compiled programs.
//
// Children are started with posix_spawnp and their output is collected through pipes in one poll loop, so a
// child that writes a lot to both stdout and stderr while we are still feeding it stdin cannot deadlock us.
#pragma once

#include <string>
#include <vector>

namespace py2cpp {

struct ProcessResult {
    bool started = false;  // false: the program could not be run at all (see `error`)
    int status = 0;        // the exit status, or -N when the child was killed by signal N (as Python reports it)
    std::string out;       // everything it wrote to stdout
    std::string err;       // everything it wrote to stderr
    std::string error;     // why it could not be started
};

// Runs argv[0] (looked up in PATH when it has no '/'), feeds it `input` on stdin and waits for it.
// `program_path`, when not empty, is what gets executed while argv[0] is only what the child sees as its name.
ProcessResult run_captured(const std::vector<std::string>& argv, const std::string& input,
                           const std::string& program_path = {});

// Replaces this process by `program_path` with `argv`: its stdin, stdout, stderr and exit status become ours.
// Returns only on failure, with errno's message in `error`.
void exec_program(const std::string& program_path, const std::vector<std::string>& argv, std::string& error);

// The full path of `name` found in $PATH, or empty. A name containing '/' is returned as is when executable.
std::string find_in_path(const std::string& name);

}  // namespace py2cpp
