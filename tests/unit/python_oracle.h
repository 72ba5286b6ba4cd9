// Tests — running python3, the oracle, from the unit tests: scripts and their output, plus byte helpers.
//
// Every unit test that checks behaviour asks python3 at test time rather than trusting a typed expectation;
// this is the one place that knows how. The interpreter is `python3` from PATH, the same one the stdlib
// oracle and the end-to-end tests use.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/include/py2cpp/utf8.h"

namespace py2cpp::testing {

// Runs `command` in a shell and returns its stdout; `status`, if given, receives the exit status.
inline std::string run_command(const std::string& command, int* status = nullptr) {
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
    std::string out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
    const int result = ::pclose(pipe);
    if (status != nullptr) *status = result;
    return out;
}

// A file in the temp directory, unique to this process and call, removed when the object dies.
class TempFile {
public:
    explicit TempFile(const std::string& suffix) {
        static int counter = 0;
        path_ = std::filesystem::temp_directory_path() /
                ("py2cpp_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + suffix);
    }
    ~TempFile() { std::filesystem::remove(path_); }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::string str() const { return path_.string(); }
    void write(std::string_view bytes) const { std::ofstream(path_, std::ios::binary) << bytes; }

private:
    std::filesystem::path path_;
};

// Runs `script` under python3 with `args` and `input` on stdin, handing each line of its stdout to `on_line`
// as it arrives (some oracles stream a lot of output). Fails the test if python3 exits non-zero.
inline void run_python(const std::string& script, const std::string& args, const std::string& input,
                       const std::function<void(const std::string&)>& on_line) {
    TempFile script_file(".py");
    TempFile input_file(".in");
    script_file.write(script);
    input_file.write(input);
    const std::string command = "python3 " + script_file.str() + " " + args + " < " + input_file.str();
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run python3");
    std::string pending;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) {
        pending.append(buf, n);
        std::size_t start = 0;
        for (std::size_t nl; (nl = pending.find('\n', start)) != std::string::npos; start = nl + 1) {
            on_line(pending.substr(start, nl - start));
        }
        pending.erase(0, start);
    }
    if (!pending.empty()) on_line(pending);
    EXPECT_EQ(::pclose(pipe), 0) << "python3 failed: " << command << "\n" << script;
}

// The same, collecting stdout into lines.
inline std::vector<std::string> python_lines(const std::string& script, const std::string& input = "",
                                             const std::string& args = "") {
    std::vector<std::string> lines;
    run_python(script, args, input, [&](const std::string& line) { lines.push_back(line); });
    return lines;
}

inline std::string to_hex(std::string_view bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (const unsigned char c : bytes) {
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    return out;
}

inline std::string from_hex(std::string_view hex) {
    std::string out;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) {
        out += static_cast<char>(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16));
    }
    return out;
}

// UTF-8 for one code point; surrogates are encoded like any other (WTF-8), as the front end stores them.
inline std::string utf8(char32_t c) {
    std::string s;
    py::append_utf8(s, c);
    return s;
}

}  // namespace py2cpp::testing
