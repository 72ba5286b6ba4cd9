// CLI — `py2cpp`: the command line over the compiler pipeline (parse → build AST → resolve → lower → emit).
//
// parse and scopes stop after the front end; translate runs the whole pipeline (cli/translate.cpp); build adds
// the system C++ compiler (cli/build.cpp, cli/toolchain.cpp); run and compare build through a cache
// (cli/run_cache.cpp) and then execute. Exit statuses are listed in cli/exit_codes.h and in --help.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <iostream>
#include <string>
#include <vector>

#include "runtime/include/py2cpp/big_stack.h"
#include "cli/build.h"
#include "cli/compare.h"
#include "cli/exit_codes.h"
#include "cli/process.h"
#include "cli/run_cache.h"
#include "cli/translate.h"
#include "frontend/ast_dump.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/scope_dump.h"
#include "frontend/source.h"

namespace {

using namespace py2cpp;
namespace fs = std::filesystem;

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
    if (!parsed) return exit_code::kRejected;
    if (dump_ast) {
        std::string out = ast::dump(parsed->module);
        out += '\n';
        std::fwrite(out.data(), 1, out.size(), stdout);
    }
    return exit_code::kOk;
}

// Resolves every name of `path` and prints the symbol tables, for people or (--json) as CPython's symtable
// module would describe them.
int run_scopes(const std::string& path, bool json) {
    SourceFile source;
    Diagnostics diags;
    auto parsed = load_and_parse(path, source, diags);
    if (!parsed) return exit_code::kRejected;
    auto resolved = resolve(parsed->module, source, diags);
    diags.print(std::cerr, source);
    if (!resolved) return exit_code::kRejected;
    std::string out = json ? scopes_json(*resolved->table.top()) : scopes_text(*resolved->table.top());
    if (json) out += '\n';
    std::fwrite(out.data(), 1, out.size(), stdout);
    return exit_code::kOk;
}

// A Makefile rule `OUT.cpp: every .py of the program`, what build systems read to know when to translate again
// (any module's edit may change what the program imports). Paths with spaces are escaped as Make wants.
std::string depfile_text(const std::string& target, const Program& program) {
    auto escape = [](const std::string& path) {
        std::string out;
        for (char c : path) {
            if (c == ' ' || c == '#') out += '\\';
            if (c == '$') out += '$';
            out += c;
        }
        return out;
    };
    std::string text = escape(fs::absolute(target).lexically_normal().string()) + ":";
    for (const ProgramModule& m : program.modules)
        text += " \\\n  " + escape(fs::absolute(m.path).lexically_normal().string());
    return text + "\n";
}

// Writes `text` unless the file already holds exactly it: a build system that checks timestamps after the step
// (Ninja's restat) then recompiles only the units whose C++ really changed.
bool write_if_changed(const std::string& path, const std::string& text) {
    std::ifstream in(path, std::ios::binary);
    if (in) {
        std::string old((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        if (old == text) return true;
    }
    return write_file(path, text);
}

// `py2cpp translate`'s command line.
struct TranslateCommand {
    std::vector<std::string> files;  // the entry script; with --library, the library's modules
    std::string out_path, depfile, header_dir;
    std::vector<std::string> include_dirs, expected_modules;
    bool library = false;
    bool line_directives = true;
};

int run_translate(const TranslateCommand& cmd) {
    if (!cmd.library && cmd.files.size() > 1) {
        std::cerr << "py2cpp: error: translate takes one entry script (a library's modules need --library)\n";
        return exit_code::kUsage;
    }
    Program program = cmd.library ? find_library(cmd.files, cmd.include_dirs) : find_program(cmd.files[0], cmd.include_dirs);
    // A build system that declared the program's C++ files must hear of a module it did not declare.
    if (!cmd.expected_modules.empty()) {
        std::vector<std::string> listed = cmd.expected_modules;
        listed.erase(std::remove(listed.begin(), listed.end(), ""), listed.end());
        for (const ProgramModule& m : program.modules)
            if (m.name != "__main__" && std::find(listed.begin(), listed.end(), m.name) == listed.end()) {
                std::cerr << m.path << ": error: the program imports module '" << m.name
                          << "', which the build does not list (MODULES of py2cpp_add_executable, or the modules "
                             "of py2cpp_add_library)\n";
                return exit_code::kRejected;
            }
    }
    bool to_stdout = cmd.out_path.empty() || cmd.out_path == "-";
    if (to_stdout && (!cmd.depfile.empty() || cmd.library)) {
        std::cerr << "py2cpp: error: " << (cmd.library ? "--library" : "--depfile") << " needs -o FILE.cpp\n";
        return exit_code::kUsage;
    }
    if (to_stdout && program.modules.size() > 1) {
        std::cerr << "py2cpp: error: " << cmd.files[0] << " imports " << program.modules.size() - 1
                  << " module(s) of its own, each translated to its own C++ file: give -o FILE.cpp (the others go "
                     "beside it as FILE.<module>.cpp)\n";
        return exit_code::kUsage;
    }
    std::vector<std::string> cpps;
    TranslateStatus status = translate_program(program, cmd.line_directives, cpps);
    if (status != TranslateStatus::Ok) return exit_status_of(status);
    if (to_stdout) {
        std::fwrite(cpps[0].data(), 1, cpps[0].size(), stdout);
        return exit_code::kOk;
    }
    std::vector<std::string> paths = module_cpp_paths(cmd.out_path, program);
    for (std::size_t i = 0; i < paths.size(); ++i)
        if (!write_if_changed(paths[i], cpps[i])) return exit_code::kRejected;
    // a library's listed modules get their C++ header: <dir>/pkg/util.h for pkg.util
    for (std::size_t i = 0; cmd.library && !cmd.header_dir.empty() && i < program.listed; ++i) {
        std::string header;
        if (!library_header_of(program.modules[i], header)) return exit_code::kRejected;
        std::string relative = program.modules[i].name;
        std::replace(relative.begin(), relative.end(), '.', '/');
        fs::path path = fs::path(cmd.header_dir) / (relative + ".h");
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (!write_if_changed(path.string(), header)) return exit_code::kRejected;
    }
    if (!cmd.depfile.empty() && !write_file(cmd.depfile, depfile_text(paths.front(), program))) return exit_code::kRejected;
    return exit_code::kOk;
}

int run_build(BuildRequest request, const std::string& keep_cpp_dir) {
    std::error_code ec;
    fs::path exe_dir = fs::path(request.exe_path).parent_path();
    if (!exe_dir.empty() && !fs::is_directory(exe_dir, ec)) {
        std::cerr << "py2cpp: cannot write " << request.exe_path << ": no directory " << exe_dir.string() << '\n';
        return exit_code::kRejected;
    }
    if (!keep_cpp_dir.empty()) {
        fs::create_directories(keep_cpp_dir, ec);
        request.cpp_path = (fs::path(keep_cpp_dir) / fs::path(request.source_path).stem()).string() + ".cpp";
    }
    return build_program(request);
}

// Builds through the cache, then becomes the program: its stdin, stdout, stderr and exit status are ours.
int run_program(const std::string& path, const std::vector<std::string>& include_dirs,
                const std::vector<std::string>& args) {
    std::string exe;
    int status = build_cached(path, include_dirs, exe);
    if (status != exit_code::kOk) return status;
    std::vector<std::string> argv{path};  // sys.argv[0] is the script as given, as under python3
    argv.insert(argv.end(), args.begin(), args.end());
    std::string error;
    exec_program(exe, argv, error);
    std::cerr << "py2cpp: internal error: cannot run " << exe << ": " << error << '\n';
    return exit_code::kInternal;
}

// `run` and `compare` pass everything after FILE to the program untouched, as python3 does with its script's
// arguments, so `py2cpp run prog.py -v --x` gives the program `-v --x`. CLI11 only sees the words up to FILE.
// The first word after the subcommand that is not an option (or -I's value) is FILE; `--` forces the next word
// to be FILE.
std::vector<std::string> split_program_args(int argc, char** argv, int& cli_argc) {
    cli_argc = argc;
    if (argc < 3) return {};
    std::string sub = argv[1];
    if (sub != "run" && sub != "compare") return {};
    for (int i = 2; i < argc; ++i) {
        std::string word = argv[i];
        if (word == "--") {
            if (i + 1 < argc) cli_argc = i + 2;
            break;
        }
        if (word == "-I") {  // takes a value: the next word is not FILE
            ++i;
            continue;
        }
        if (word.size() > 1 && word[0] == '-') continue;
        cli_argc = i + 1;
        break;
    }
    return std::vector<std::string>(argv + cli_argc, argv + argc);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"py2cpp — compiles Python 3.11 programs to C++ that behave exactly like CPython.", "py2cpp"};
    app.require_subcommand(1);
    app.footer(
        "Examples:\n"
        "  py2cpp run prog.py arg1 arg2       compile (cached) and run, like `python3 prog.py arg1 arg2`\n"
        "  py2cpp compare prog.py < input     run under python3 and compiled; `identical` or a diff\n"
        "  py2cpp build prog.py -o prog       a standalone executable, at -O2 unless -O0 is given\n"
        "  py2cpp run app/main.py -I lib      the modules it imports: from app/, then lib/, then PYTHONPATH\n"
        "  py2cpp translate prog.py -o p.cpp  only the C++\n"
        "  py2cpp parse --dump-ast prog.py    print the AST as CPython's ast.dump would\n"
        "  py2cpp scopes prog.py              show how every name resolves (local, cell, free, global)\n"
        "\n"
        "Errors are reported as FILE:LINE:COL: error: MESSAGE with CPython's wording.\n"
        "Exit status: 0 success; 1 the program was rejected (syntax or name error); 2 a usage error or a\n"
        "construct py2cpp does not support yet (error: unsupported: ...); 3 an internal error (a py2cpp bug,\n"
        "e.g. the C++ compiler rejected the generated code). `run` exits with the program's own status.");

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

    std::vector<std::string> include_dirs;
    const char* include_help = "Look for imported modules in DIR too (after the entry script's directory, before "
                               "PYTHONPATH); may be repeated";
    TranslateCommand translate_cmd;
    bool no_line_directives = false;
    auto* translate = app.add_subcommand(
        "translate", "Translate a Python file to C++ (to stdout, or to -o FILE). The C++ includes "
                     "<py2cpp/runtime.h> and needs the py2cpp runtime library to link; `build` does both.");
    translate->add_option("file", translate_cmd.files, "Python source file (with --library, the library's modules)")
        ->required();
    translate->add_flag("--library", translate_cmd.library,
                        "Translate the files as the modules of a library, with no entry script: each module named "
                        "by its path under the first file's directory, its C++ written as FILE.<module>.cpp for "
                        "-o FILE.cpp");
    translate->add_option("--header-dir", translate_cmd.header_dir,
                          "With --library: write each module's C++ header (its functions and classes, callable "
                          "from C++) as DIR/<module path>.h")
        ->type_name("DIR");
    translate->add_option("-o,--output", translate_cmd.out_path,
                          "Write the C++ to this file instead of stdout (`-` is stdout); a program with modules of "
                          "its own needs it: module m's C++ goes beside it as FILE.m.cpp");
    translate->add_option("-I", translate_cmd.include_dirs, include_help)->type_name("DIR");
    translate->add_option("--depfile", translate_cmd.depfile,
                          "Also write a Makefile-syntax dependency file: the C++ depends on every .py of the program "
                          "(for build systems; needs -o)")
        ->type_name("FILE");
    translate->add_option("--expect-module", translate_cmd.expected_modules,
                          "Fail if the program imports a module of its own not named here (may be repeated; "
                          "for build systems that declare the C++ files beforehand; `` names none)")
        ->type_name("NAME");
    translate->add_flag("--no-line-directives", no_line_directives,
                        "Leave out the #line directives that point the C++ compiler and debuggers at the .py");
    translate->footer(
        "Examples:\n"
        "  py2cpp translate prog.py                  the C++ on stdout\n"
        "  py2cpp translate prog.py -o prog.cpp --no-line-directives\n"
        "  py2cpp translate app/main.py -o out/main.cpp    also out/main.pkg.util.cpp for `import pkg.util`\n"
        "Exit status 1: syntax or name error; 2: a construct not supported yet.");

    BuildRequest build_request;
    std::string keep_cpp_dir;
    auto* build = app.add_subcommand(
        "build", "Translate a Python file and compile it with the system C++ compiler ($CXX, else c++; through "
                 "ccache when installed) into a standalone executable, linked against the prebuilt runtime.");
    build->add_option("file", build_request.source_path, "Python source file")->required();
    build->add_option("-o,--output", build_request.exe_path, "The executable to write")->required();
    build->add_option("-O", build_request.opt_level, "Optimisation level: -O0 builds fastest, -O2 (default) "
                                                     "runs fastest")
        ->check(CLI::IsMember({"0", "1", "2", "3"}))
        ->type_name("LEVEL");
    build->add_option("--keep-cpp", keep_cpp_dir, "Keep the generated C++ as DIR/<name>.cpp (and each imported "
                                                  "module's as DIR/<name>.<module>.cpp)")->type_name("DIR");
    build->add_option("-I", build_request.include_dirs, include_help)->type_name("DIR");
    build->add_flag("-v,--verbose", build_request.verbose,
                    "Show the compiler's command line and a one-line summary on stderr");
    build->footer(
        "Examples:\n"
        "  py2cpp build prog.py -o prog && ./prog\n"
        "  py2cpp build prog.py -o prog -O0 --keep-cpp out/   quick build, C++ kept as out/prog.cpp\n"
        "Exit status 3 means the C++ compiler rejected the generated code: a py2cpp bug, never yours;\n"
        "the compiler's first lines are shown so that it can be reported.");

    std::string run_file_arg, compare_file_arg;
    std::vector<std::string> program_args_help;
    auto* run = app.add_subcommand(
        "run", "Compile (once; later runs reuse the build until the source or py2cpp changes) and run a program. "
               "Its stdin, stdout, stderr and exit status are the program's own.");
    run->add_option("file", run_file_arg, "Python source file")->required();
    run->add_option("-I", include_dirs, include_help)->type_name("DIR");
    run->add_option("args", program_args_help, "Arguments for the program: everything after FILE, even words "
                                               "starting with '-'");
    run->footer(
        "Examples:\n"
        "  py2cpp run prog.py                 like `python3 prog.py`, compiled\n"
        "  py2cpp run prog.py -n 3 --fast     the program's sys.argv[1:] is ['-n', '3', '--fast']\n"
        "  py2cpp run -- -odd-name.py         `--` when the file name itself starts with '-'\n"
        "Builds are cached in $XDG_CACHE_HOME/py2cpp (else ~/.cache/py2cpp); deleting it is always safe.");

    auto* compare = app.add_subcommand(
        "compare", "Run a program under python3 and compiled, with the same arguments and the same stdin, and "
                   "check that stdout, the exit status and the last line of stderr agree.");
    compare->add_option("file", compare_file_arg, "Python source file")->required();
    compare->add_option("-I", include_dirs, include_help)->type_name("DIR");
    compare->add_option("args", program_args_help, "Arguments for both runs (everything after FILE)");
    compare->footer(
        "Examples:\n"
        "  py2cpp compare prog.py < input.txt   prints `identical`, or a unified diff of stdout and\n"
        "                                       the differing exit status / last stderr line\n"
        "stdin is read once and fed to both runs (a terminal gives both an empty stdin).\n"
        "Exit status: 0 identical; 1 they differ (or the program was rejected); 2 py2cpp refused it\n"
        "(unsupported); 3 internal error.");

    int cli_argc = argc;
    std::vector<std::string> program_args = split_program_args(argc, argv, cli_argc);
    try {
        app.parse(cli_argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help prints and succeeds; every other command-line mistake is a usage error, status 2.
        return app.exit(e) == 0 ? exit_code::kOk : exit_code::kUsage;
    }

    return py::run_with_big_stack([&]() -> int {
        if (*parse) return run_parse(parse_file, dump_ast);
        if (*scopes) return run_scopes(scopes_file, scopes_json_output);
        if (*translate) {
            translate_cmd.line_directives = !no_line_directives;
            return run_translate(translate_cmd);
        }
        if (*build) return run_build(build_request, keep_cpp_dir);
        if (*run) return run_program(run_file_arg, include_dirs, program_args);
        if (*compare) return compare_with_python(compare_file_arg, include_dirs, program_args);
        return exit_code::kUsage;
    });
}
