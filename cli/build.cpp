// CLI — `py2cpp build`: translate, write the C++, compile it against the prebuilt runtime.
#include "cli/build.h"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/exit_codes.h"
#include "cli/toolchain.h"
#include "cli/translate.h"

namespace py2cpp {

namespace fs = std::filesystem;

namespace {

// A private temporary directory for the generated C++, removed however the build ends.
class TempDir {
public:
    TempDir() {
        std::error_code ec;
        fs::path base = fs::temp_directory_path(ec);
        if (ec) base = "/tmp";
        std::string pattern = (base / "py2cpp-XXXXXX").string();
        if (::mkdtemp(pattern.data())) path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        if (!path_.empty()) fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace

bool write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
        std::cerr << "py2cpp: cannot write " << path << ": " << std::strerror(errno) << '\n';
        return false;
    }
    return true;
}

int build_program(const BuildRequest& request) {
    auto start = std::chrono::steady_clock::now();
    std::string cpp;
    TranslateStatus status = translate_file({request.source_path, request.line_directives}, cpp);
    if (status != TranslateStatus::Ok) return exit_status_of(status);

    TempDir temp;
    std::string cpp_path = request.cpp_path;
    if (cpp_path.empty()) {
        if (temp.path().empty()) {
            std::cerr << "py2cpp: cannot create a temporary directory: " << std::strerror(errno) << '\n';
            return exit_code::kInternal;
        }
        cpp_path = (fs::path(temp.path()) / fs::path(request.source_path).stem()).string() + ".cpp";
    }
    // User errors (an unwritable -o or --keep-cpp) are exit 1, like a rejected input; only the compiler
    // rejecting our C++ is an internal error.
    if (!write_file(cpp_path, cpp)) return exit_code::kRejected;
    if (!compile_program({cpp_path, request.exe_path, request.opt_level, request.verbose}, request.source_path))
        return exit_code::kInternal;

    if (request.verbose) {
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        std::cerr << "py2cpp: built " << request.exe_path << " from " << request.source_path << " at -O"
                  << request.opt_level << " in " << ms.count() << " ms\n";
    }
    return exit_code::kOk;
}

}  // namespace py2cpp
