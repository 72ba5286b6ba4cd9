// CLI — `py2cpp compare` (see compare.h).
#include "cli/compare.h"

#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <iterator>

#include "cli/exit_codes.h"
#include "cli/process.h"
#include "cli/run_cache.h"
#include "cli/unified_diff.h"

namespace py2cpp {

namespace {

// CPython's traceback ends with the exception line, which is what must match exactly; the frames above it
// point into different files and are not compared.
std::string last_line(const std::string& text) {
    std::size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
    std::size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
    start = start == std::string::npos || end == 0 ? 0 : start + 1;
    return text.substr(start, end - start);
}

std::string describe_status(int status) {
    return status < 0 ? "killed by signal " + std::to_string(-status) : std::to_string(status);
}

// The diff is for a person reading a test log: long enough to see the problem, never the whole output.
std::string truncate_lines(const std::string& text, int max_lines) {
    std::size_t pos = 0;
    for (int i = 0; i < max_lines; ++i) {
        pos = text.find('\n', pos);
        if (pos == std::string::npos) return text;
        ++pos;
    }
    if (pos >= text.size()) return text;
    return text.substr(0, pos) + "... (diff truncated)\n";
}

}  // namespace

int compare_with_python(const std::string& source_path, const std::vector<std::string>& include_dirs,
                        const std::vector<std::string>& args) {
    // Both programs get the same input, so it is read once. A terminal is not read: waiting for the user to
    // type end-of-file before anything runs would look like a hang.
    std::string input;
    if (!::isatty(0)) input.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());

    std::string exe;
    int status = build_cached(source_path, include_dirs, exe);
    if (status != exit_code::kOk) return status;

    // python3 looks for the modules where the build did: -I directories go before PYTHONPATH
    if (!include_dirs.empty()) {
        std::string path;
        for (const auto& dir : include_dirs) path += (path.empty() ? "" : ":") + dir;
        if (const char* old = std::getenv("PYTHONPATH"); old != nullptr && *old != '\0') path += std::string(":") + old;
        ::setenv("PYTHONPATH", path.c_str(), 1);
    }

    std::vector<std::string> python_argv{"python3", source_path};
    python_argv.insert(python_argv.end(), args.begin(), args.end());
    ProcessResult expected = run_captured(python_argv, input);
    if (!expected.started) {
        std::cerr << "py2cpp: cannot run python3: " << expected.error << '\n';
        return exit_code::kInternal;
    }
    // argv[0] is the path as given, so sys.argv is the same under both.
    std::vector<std::string> program_argv{source_path};
    program_argv.insert(program_argv.end(), args.begin(), args.end());
    ProcessResult actual = run_captured(program_argv, input, exe);
    if (!actual.started) {
        std::cerr << "py2cpp: internal error: cannot run the compiled program " << exe << ": " << actual.error
                  << '\n';
        return exit_code::kInternal;
    }

    std::string report;
    if (expected.out != actual.out) {
        report += "stdout differs:\n";
        report += truncate_lines(
            unified_diff(expected.out, actual.out, "python3 " + source_path, "py2cpp " + source_path), 60);
    }
    if (expected.status != actual.status) {
        report += "exit status differs: python3 " + describe_status(expected.status) + ", py2cpp " +
                  describe_status(actual.status) + "\n";
    }
    std::string expected_err = last_line(expected.err), actual_err = last_line(actual.err);
    if (expected_err != actual_err) {
        report += "last line of stderr differs:\n";
        report += "  python3: " + expected_err + "\n";
        report += "  py2cpp:  " + actual_err + "\n";
    }
    if (report.empty()) {
        std::cout << "identical\n";
        return exit_code::kOk;
    }
    std::cout << report;
    return exit_code::kRejected;
}

}  // namespace py2cpp
