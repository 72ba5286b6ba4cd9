// Benchmarks — front-end throughput: decode + tokenize + parse + build the AST for many files in one process.
//
// usage: parse_bench [--repeat N] [--resolve] FILE...
// Files are read into memory first, so disk time is not measured. Prints one line per repeat:
//   files=N rejected=R lines=L seconds=S lines_per_second=X
// With --resolve the resolver (symbol tables and compile-time name checks) runs on each module too.
// The first pass also warms ANTLR's prediction cache (shared by all parses in the process); later passes
// show the steady state. bench/frontend_throughput.py runs this beside CPython's ast.parse.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/include/py2cpp/big_stack.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/source.h"

namespace {

struct Input {
    std::string path;
    std::string bytes;
    long lines;
};

}  // namespace

int main(int argc, char** argv) {
    int repeat = 1;
    bool resolve = false;
    std::vector<Input> inputs;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "--repeat" && i + 1 < argc) {
            repeat = std::atoi(argv[++i]);
            continue;
        }
        if (arg == "--resolve") {
            resolve = true;
            continue;
        }
        std::ifstream in(arg, std::ios::binary);
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string bytes = buffer.str();
        long lines = 0;
        for (char c : bytes) lines += c == '\n';
        inputs.push_back({arg, std::move(bytes), lines});
    }
    return py::run_with_big_stack([&] {
        for (int r = 0; r < repeat; ++r) {
            long lines = 0;
            int rejected = 0;
            const auto start = std::chrono::steady_clock::now();
            for (const Input& input : inputs) {
                py2cpp::Diagnostics diags;
                py2cpp::SourceFile source;
                auto parsed = source.load_from_bytes(input.path, input.bytes, diags)
                                  ? py2cpp::parse_module(source, diags)
                                  : nullptr;
                if (parsed && resolve && !py2cpp::resolve(parsed->module, source, diags)) parsed.reset();
                if (!parsed) ++rejected;
                lines += input.lines;
            }
            const double seconds =
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            std::printf("files=%zu rejected=%d lines=%ld seconds=%.3f lines_per_second=%.0f\n", inputs.size(),
                        rejected, lines, seconds, lines / seconds);
            std::fflush(stdout);
        }
        return 0;
    });
}
