// CLI — the system C++ compiler and the prebuilt runtime (see toolchain.h).
#include "cli/toolchain.h"

#include <sys/stat.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "cli/config.h"
#include "cli/process.h"

namespace py2cpp {

namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::istringstream in(text);
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

// The optimizer's flags for a level. An optimized build is link-time optimized: g++ then splits the program's
// optimization and code generation, most of the build's time, into partitions compiled in parallel (-flto=auto:
// one job per core). Partitions of at least 5000 instructions (g++'s default is 10000) give a 200-line program
// about five, which two cores share evenly. -O0 has nothing to gain from it.
std::vector<std::string> optimizer_flags(const std::string& opt_level) {
    std::vector<std::string> flags{"-O" + opt_level};
    if (opt_level != "0") {
        flags.push_back("-flto=auto");
        flags.push_back("--param=lto-min-partition=5000");
    }
    return flags;
}

// The command that compiles `inputs` (.cpp, or objects) and links them into `output`, or with `compile_only`
// compiles the one .cpp to the object `output`; without a ccache prefix.
std::vector<std::string> compile_command(const std::vector<std::string>& compiler, const std::string& opt_level,
                                         const RuntimeLocation& runtime, const std::vector<std::string>& inputs,
                                         const std::string& output, bool compile_only) {
    std::vector<std::string> cmd = compiler;
    for (auto& f : split_words(PY2CPP_PROGRAM_COMPILE_FLAGS)) cmd.push_back(f);
    for (auto& f : optimizer_flags(opt_level)) cmd.push_back(f);
    // GCC looks for py2cpp/runtime.h.gch in each include directory before the header itself.
    fs::path pch_dir = fs::path(runtime.pch_root) / ("O" + opt_level);
    std::error_code ec;
    if (!runtime.pch_root.empty() && fs::exists(pch_dir / "py2cpp" / "runtime.h.gch", ec))
        cmd.push_back("-I" + pch_dir.string());
    cmd.push_back("-I" + runtime.include_dir);
    if (compile_only) cmd.push_back("-c");
    cmd.push_back("-o");
    cmd.push_back(output);
    for (const auto& in : inputs) cmd.push_back(in);
    if (compile_only) return cmd;
    cmd.push_back(runtime.library);
    for (auto& f : split_words(PY2CPP_PROGRAM_LINK_FLAGS)) cmd.push_back(f);
    return cmd;
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

// The first `n` lines of the compiler's output: enough to file a bug, not a wall of template errors.
std::string first_lines(const std::string& text, int n) {
    std::string out;
    std::istringstream in(text);
    int count = 0;
    for (std::string line; std::getline(in, line);) {
        if (count++ == n) {
            out += "    ...\n";
            break;
        }
        out += "    " + line + '\n';
    }
    return out;
}

}  // namespace

std::string self_executable() {
    std::error_code ec;
    auto path = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string{} : path.string();
}

std::string file_identity(const std::string& path) {
    struct stat st {};
    if (path.empty() || ::stat(path.c_str(), &st) != 0) return {};
    std::ostringstream out;
    out << path << ' ' << st.st_size << ' ' << st.st_mtim.tv_sec << '.' << st.st_mtim.tv_nsec;
    return out.str();
}

RuntimeLocation find_runtime() {
    // An installed py2cpp (<prefix>/bin/py2cpp) uses the runtime installed beside it, so a build tree that has
    // since been deleted or rebuilt does not matter.
    std::string self = self_executable();
    if (!self.empty()) {
        fs::path prefix = fs::path(self).parent_path().parent_path();
        fs::path include = prefix / "include";
        fs::path library = prefix / "lib" / PY2CPP_RUNTIME_LIBRARY_NAME;
        std::error_code ec;
        if (fs::exists(include / "py2cpp" / "runtime.h", ec) && fs::exists(library, ec))
            return {include.string(), library.string(), (prefix / "lib" / "py2cpp" / "runtime-pch").string()};
    }
    return {PY2CPP_RUNTIME_INCLUDE_DIR, PY2CPP_RUNTIME_LIBRARY, PY2CPP_PCH_ROOT};
}

std::vector<std::string> compiler_from_environment() {
    const char* cxx = std::getenv("CXX");
    auto words = split_words(cxx ? cxx : "");
    if (words.empty()) words.push_back("c++");
    return words;
}

std::string toolchain_identity(const std::string& opt_level) {
    RuntimeLocation runtime = find_runtime();
    std::string id = "compiler: " + join(compiler_from_environment()) + '\n';
    id += std::string("flags: ") + PY2CPP_PROGRAM_COMPILE_FLAGS + " " + join(optimizer_flags(opt_level)) + " | " +
          PY2CPP_PROGRAM_LINK_FLAGS + '\n';
    id += "runtime: " + file_identity(runtime.library) + '\n';
    id += "runtime headers: " + runtime.include_dir + '\n';
    // The precompiled runtime header is what the compiler really reads: a rebuilt header changes it.
    if (!runtime.pch_root.empty())
        id += "runtime pch: " + file_identity((std::filesystem::path(runtime.pch_root) / ("O" + opt_level) / "py2cpp" /
                                               "runtime.h.gch").string()) + '\n';
    return id;
}

namespace {

// Runs one compiler command, through ccache when there is one (and without it when ccache itself fails).
ProcessResult run_compiler(std::vector<std::string> cmd, bool verbose) {
    bool wrapped = false;
    if (fs::path(cmd.front()).filename() != "ccache") {
        std::string ccache = find_in_path("ccache");
        if (!ccache.empty()) {
            cmd.insert(cmd.begin(), ccache);
            wrapped = true;
        }
    }
    if (verbose) std::cerr << "py2cpp: " << join(cmd) << '\n';
    ProcessResult result = run_captured(cmd, {});
    // A ccache that cannot work (an unwritable cache directory, say) must not pass for a compiler error.
    if (wrapped && (!result.started || result.status != 0)) {
        cmd.erase(cmd.begin());
        result = run_captured(cmd, {});
    }
    return result;
}

}  // namespace

bool compile_program(const CompileRequest& request, const std::string& source_path) {
    RuntimeLocation runtime = find_runtime();
    std::vector<std::string> compiler = compiler_from_environment();
    ProcessResult result;
    if (request.cpp_paths.size() == 1) {
        // one module: compile and link in one command
        result = run_compiler(compile_command(compiler, request.opt_level, runtime, request.cpp_paths, request.exe_path, false),
                              request.verbose);
    } else {
        // several: each translation unit compiled on its own, in parallel (and cached by ccache one by one,
        // so an edit of one module recompiles one unit), then linked
        std::vector<std::string> objects;
        for (const auto& cpp : request.cpp_paths) objects.push_back(fs::path(cpp).replace_extension(".o").string());
        std::vector<ProcessResult> results(objects.size());
        std::size_t jobs = std::max(1u, std::thread::hardware_concurrency());
        for (std::size_t first = 0; first < objects.size(); first += jobs) {
            std::vector<std::thread> running;
            for (std::size_t i = first; i < std::min(first + jobs, objects.size()); ++i)
                running.emplace_back([&, i] {
                    results[i] = run_compiler(compile_command(compiler, request.opt_level, runtime,
                                                              {request.cpp_paths[i]}, objects[i], true),
                                              request.verbose);
                });
            for (auto& t : running) t.join();
        }
        result = results.front();
        for (const auto& r : results)
            if (!r.started || r.status != 0) {
                result = r;
                break;
            }
        if (result.started && result.status == 0)
            result = run_compiler(compile_command(compiler, request.opt_level, runtime, objects, request.exe_path, false),
                                  request.verbose);
        std::error_code ec;
        for (const auto& o : objects) fs::remove(o, ec);
    }
    if (result.started && result.status == 0) return true;
    std::cerr << "py2cpp: internal error: the C++ compiler rejected the generated code\n"
              << "  This is a bug in py2cpp, not in " << source_path
              << "; please report it (`py2cpp build --keep-cpp DIR` keeps the C++).\n";
    if (!result.started) {
        std::cerr << "  Could not run `" << compiler.front() << "`: " << result.error
                  << " (set CXX to choose the C++ compiler).\n";
    } else {
        std::cerr << "  The compiler (" << compiler.front() << ", exit status " << result.status << ") said:\n"
                  << first_lines(result.err + result.out, 12);
    }
    return false;
}

}  // namespace py2cpp
