// CLI — the run cache (see run_cache.h).
#include "cli/run_cache.h"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <vector>

#include "cli/build.h"
#include "cli/config.h"
#include "cli/exit_codes.h"
#include "cli/toolchain.h"

namespace py2cpp {

namespace fs = std::filesystem;

namespace {

// Run and compare always build at -O2: the cache is about not rebuilding, and -O2 is what users measure.
constexpr const char* kOptLevel = "2";

bool read_file(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// FNV-1a, 64 bits: only names the entry; the stored key decides whether it is a hit.
std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t h = 14695981039346656037ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hex(std::uint64_t v) {
    static const char digits[] = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, v >>= 4) out[static_cast<std::size_t>(i)] = digits[v & 15];
    return out;
}

// Writes next to the destination, then renames: readers see the old file or the whole new one.
bool write_atomically(const fs::path& dest, const std::string& text) {
    std::string tmp = dest.string() + ".tmp." + std::to_string(::getpid());
    if (!write_file(tmp, text)) return false;
    std::error_code ec;
    fs::rename(tmp, dest, ec);
    return !ec;
}

// The cache keeps the most recently used programs within a size budget: PY2CPP_CACHE_MB megabytes
// (default 2048; 0 keeps only the program just built).
std::uintmax_t cache_budget_bytes() {
    const char* text = std::getenv("PY2CPP_CACHE_MB");
    std::uintmax_t megabytes = 2048;
    if (text != nullptr && text[0] != '\0') {
        char* end = nullptr;
        unsigned long long parsed = std::strtoull(text, &end, 10);
        if (end != nullptr && *end == '\0') megabytes = parsed;
    }
    return megabytes * 1024 * 1024;
}

// Drops the least recently used entries (by their key file's time, which a hit renews) until the cache fits
// its budget; `keep` is the entry just stored.
void evict_least_recent(const fs::path& root, const fs::path& keep) {
    struct Entry {
        fs::file_time_type used;
        std::uintmax_t bytes = 0;
        fs::path path;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code ec;
    for (const fs::directory_entry& dir : fs::directory_iterator(root, ec)) {
        if (!dir.is_directory(ec) || dir.path() == keep) continue;
        Entry e{fs::last_write_time(dir.path() / "key", ec), 0, dir.path()};
        if (ec) {
            // No key yet: another py2cpp may be building this entry right now. Only a leftover an hour old
            // (an interrupted build) is fair game, and then first.
            auto created = fs::last_write_time(dir.path(), ec);
            if (ec || fs::file_time_type::clock::now() - created < std::chrono::hours(1)) continue;
            e.used = fs::file_time_type::min();
        }
        for (const fs::directory_entry& file : fs::directory_iterator(dir.path(), ec))
            if (std::uintmax_t size = file.file_size(ec); !ec) e.bytes += size;
        total += e.bytes;
        entries.push_back(std::move(e));
    }
    std::uintmax_t budget = cache_budget_bytes();
    if (total <= budget) return;
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& e : entries) {
        if (total <= budget) break;
        fs::remove_all(e.path, ec);
        total -= e.bytes;
    }
}

}  // namespace

std::string run_cache_directory() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/') return (fs::path(xdg) / "py2cpp").string();
    const char* home = std::getenv("HOME");
    if (home && home[0]) return (fs::path(home) / ".cache" / "py2cpp").string();
    return (fs::temp_directory_path() / ("py2cpp-cache-" + std::to_string(::getuid()))).string();
}

int build_cached(const std::string& source_path, const std::vector<std::string>& include_dirs, std::string& exe_path) {
    std::string key = "py2cpp " PY2CPP_VERSION "\n";
    key += "py2cpp executable: " + file_identity(self_executable()) + '\n';
    key += toolchain_identity(kOptLevel);
    key += "path: " + source_path + '\n';
    // every module of the program, as found now: an edited, added or removed module is another program
    Program program = find_program(source_path, include_dirs);
    for (const ProgramModule& m : program.modules) {
        std::string source;
        if (!read_file(m.path, source)) {
            std::cerr << "py2cpp: cannot read " << m.path << ": " << std::strerror(errno) << '\n';
            return exit_code::kRejected;
        }
        key += "module " + m.name + " " + m.path + (m.package ? " package" : "") + ":\n" + source + '\n';
    }

    fs::path entry = fs::path(run_cache_directory()) / hex(fnv1a(key));
    std::string stem = fs::path(source_path).stem().string();
    if (stem.empty()) stem = "program";
    fs::path exe = entry / stem;
    fs::path key_file = entry / "key";
    exe_path = exe.string();

    std::string stored;
    std::error_code ec;
    if (read_file(key_file.string(), stored) && stored == key && fs::exists(exe, ec)) {
        fs::last_write_time(key_file, fs::file_time_type::clock::now(), ec);  // recently used: kept longest
        return exit_code::kOk;
    }

    fs::create_directories(entry, ec);
    if (ec) {
        std::cerr << "py2cpp: cannot create the cache directory " << entry.string() << ": " << ec.message() << '\n';
        return exit_code::kInternal;
    }
    // Each builder works under its own names; the last rename wins, and every candidate is the same program.
    std::string suffix = ".tmp." + std::to_string(::getpid());
    BuildRequest request;
    request.source_path = source_path;
    request.exe_path = exe.string() + suffix;
    // The compiler and ccache go by the extension, so the temporary name still ends in .cpp.
    request.cpp_path = (entry / (stem + suffix + ".cpp")).string();
    request.opt_level = kOptLevel;
    request.include_dirs = include_dirs;
    request.program = program;  // found for the key above
    int status = build_program(request);
    std::vector<std::string> built = module_cpp_paths(request.cpp_path, program);
    if (status == exit_code::kOk) {
        // The C++ stays in the entry, for whoever wonders what actually ran.
        std::vector<std::string> kept = module_cpp_paths((entry / (stem + ".cpp")).string(), program);
        for (std::size_t i = 0; i < built.size(); ++i) fs::rename(built[i], kept[i], ec);
        if (!write_atomically(key_file, key)) status = exit_code::kInternal;
        fs::rename(request.exe_path, exe, ec);
        if (ec) {
            std::cerr << "py2cpp: cannot store " << exe.string() << ": " << ec.message() << '\n';
            status = exit_code::kInternal;
        }
    }
    for (const auto& path : built) fs::remove(path, ec);
    fs::remove(request.exe_path, ec);
    if (status == exit_code::kOk) evict_least_recent(entry.parent_path(), entry);
    return status;
}

}  // namespace py2cpp
