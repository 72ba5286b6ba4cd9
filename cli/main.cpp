// CLI — `py2cpp`: the command line over the compiler pipeline (parse → build AST → resolve → lower → emit).
//
// Every subcommand runs the pipeline in order and stops at the first phase that reports an error; exit
// status 1 means the input was rejected (a diagnostic was printed), 2 a usage or unsupported-construct error.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "cli/big_stack.h"
#include "frontend/ast_dump.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/scope_dump.h"
#include "frontend/source.h"

namespace {

using namespace py2cpp;

constexpr int kExitRejected = 1;
constexpr int kExitUsage = 2;

// Loads and parses `path`; prints diagnostics and returns null when the file is rejected.
std::unique_ptr<ParsedModule> load_and_parse(const std::string& path, SourceFile& source, Diagnostics& diags) {
    std::unique_ptr<ParsedModule> parsed;
    if (source.load(path, diags)) parsed = parse_module(source, diags);
    diags.print(std::cerr, source);
    return parsed;
}

int run_parse(const std::string& path, bool dump_ast) {
    SourceFile source;
    Diagnostics diags;
    auto parsed = load_and_parse(path, source, diags);
    if (!parsed) return kExitRejected;
    if (dump_ast) {
        std::string out = ast::dump(parsed->module);
        out += '\n';
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return 0;
}

// Resolves every name of `path` and prints the symbol tables, for people or (--json) as CPython's symtable
// module would describe them.
int run_scopes(const std::string& path, bool json) {
    SourceFile source;
    Diagnostics diags;
    auto parsed = load_and_parse(path, source, diags);
    if (!parsed) return kExitRejected;
    auto resolved = resolve(parsed->module, source, diags);
    diags.print(std::cerr, source);
    if (!resolved) return kExitRejected;
    std::string out = json ? scopes_json(*resolved->table.top()) : scopes_text(*resolved->table.top());
    if (json) out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"py2cpp — compiles Python 3.11 programs to C++ that behave exactly like CPython.",
                 "py2cpp"};
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  py2cpp parse --dump-ast prog.py   print the AST as CPython's ast.dump would\n"
        "  py2cpp scopes prog.py             show how every name resolves (local, cell, free, global)\n"
        "\n"
        "Errors are reported as FILE:LINE:COL: error: MESSAGE with CPython's wording; exit status 1.");

    std::string parse_file;
    bool dump_ast = false;
    auto* parse = app.add_subcommand("parse", "Parse a file and check its syntax, as CPython's ast.parse would.");
    parse->add_option("file", parse_file, "Python source file")->required();
    parse->add_flag("--dump-ast", dump_ast, "Print the AST in exactly the form of CPython's ast.dump()");

    std::string scopes_file;
    bool scopes_json_output = false;
    auto* scopes = app.add_subcommand(
        "scopes",
        "Show where every name resolves: local, cell (captured by an inner function), free (captured from an "
        "enclosing function), global (explicit or implicit) — exactly as CPython's symtable decides.");
    scopes->add_option("file", scopes_file, "Python source file")->required();
    scopes->add_flag("--json", scopes_json_output,
                     "Print the tables as JSON, in the shape of CPython's symtable module (one line)");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help prints and succeeds; every other command-line mistake is a usage error, status 2.
        return app.exit(e) == 0 ? 0 : kExitUsage;
    }

    return run_with_big_stack([&]() -> int {
        if (*parse) return run_parse(parse_file, dump_ast);
        if (*scopes) return run_scopes(scopes_file, scopes_json_output);
        return kExitUsage;
    });
}
