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

std::vector<std::string> module_cpp_paths(const std::string& entry_cpp, const Program& program) {
    std::vector<std::string> paths;
    fs::path base = fs::path(entry_cpp);
    std::string stem = base.stem().string();
    for (const ProgramModule& m : program.modules)
        paths.push_back(m.name == "__main__" ? entry_cpp
                                             : (base.parent_path() / (stem + "." + m.name + ".cpp")).string());
    return paths;
}

int build_program(const BuildRequest& request) {
    auto start = std::chrono::steady_clock::now();
    Program program = request.program ? *request.program : find_program(request.source_path, request.include_dirs);
    std::vector<std::string> cpps;
    TranslateStatus status = translate_program(program, request.line_directives, cpps);
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
    std::vector<std::string> paths = module_cpp_paths(cpp_path, program);
    // User errors (an unwritable -o or --keep-cpp) are exit 1, like a rejected input; only the compiler
    // rejecting our C++ is an internal error.
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (!write_file(paths[i], cpps[i])) return exit_code::kRejected;
    if (!compile_program({paths, request.exe_path, request.opt_level, request.verbose}, request.source_path))
        return exit_code::kInternal;

    if (request.verbose) {
        auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
        std::cerr << "py2cpp: built " << request.exe_path << " from " << request.source_path << " at -O"
                  << request.opt_level << " in " << ms.count() << " ms\n";
    }
    return exit_code::kOk;
}

}  // namespace py2cpp
