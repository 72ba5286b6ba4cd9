// Tests — the resolver against CPython: scope tables, closures and compile-time errors, with python3 as oracle.
//
// Every expectation comes from python3 at test time, for the same source: `symtable` for the tables (through
// tests/symtable_json.py), the code objects of `compile()` for cell and free variables, and the SyntaxError
// of `compile()` for the errors (message, line, column). The inputs are the inline snippets below (the
// tricky cases of issue #4) and the case files under tests/scope-cases (valid) and tests/scope-errors.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/resolver.h"
#include "frontend/scope_dump.h"
#include "frontend/source.h"

namespace py2cpp {
namespace {

namespace fs = std::filesystem;

const fs::path kTestsDir = PY2CPP_TESTS_DIR;

// Asks python3 about source files (one run for all of them, python3 starts slowly). For each it prints
// FILE / path, then either
//   OK / the symtable JSON / one line per code object: `name|cells|frees`
// or
//   ERROR / line / offset / message
constexpr const char* kOracle = R"PY(
import json, sys, symtable, types, warnings
sys.path.insert(0, sys.argv[1])
import symtable_json
warnings.simplefilter("ignore")
def walk(co, top):
    name = "top" if top else co.co_name.strip("<>")
    print("%s|%s|%s" % (name, ",".join(sorted(co.co_cellvars)), ",".join(sorted(co.co_freevars))))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            walk(c, False)
for path in sys.argv[2:]:
    print("FILE"); print(path)
    src = open(path, "rb").read()
    try:
        code = compile(src, path, "exec")
    except SyntaxError as e:
        print("ERROR"); print(e.lineno); print(e.offset or 0); print(e.msg)
        continue
    print("OK")
    print(json.dumps(symtable_json.table(symtable.symtable(src, path, "exec")), sort_keys=True, separators=(",", ":")))
    walk(code, True)
)PY";

struct Verdict {
    bool ok = false;
    std::string json;                   // ok: the table
    std::multiset<std::string> closures;  // ok: "name|cells|frees" per block
    int line = 0, column = 0;           // !ok: the first error
    std::string message;
};

std::string read_all(FILE* f) {
    std::string out;
    char buf[1 << 14];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    return out;
}

// A private directory for the oracle script and the snippets, removed when the test process ends.
struct ScratchDir {
    fs::path path;
    ScratchDir() : path(fs::temp_directory_path() / ("py2cpp_resolver_test_" + std::to_string(::getpid()))) {
        fs::create_directories(path);
        std::ofstream(path / "oracle.py") << kOracle;
    }
    ~ScratchDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

fs::path scratch_dir() {
    static const ScratchDir dir;
    return dir.path;
}

std::map<std::string, Verdict> cpython(const std::vector<fs::path>& files) {
    std::string cmd = "python3 '" + (scratch_dir() / "oracle.py").string() + "' '" + kTestsDir.string() + "'";
    for (const fs::path& f : files) cmd += " '" + f.string() + "'";
    FILE* pipe = ::popen(cmd.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run python3");
    std::istringstream in(read_all(pipe));
    if (::pclose(pipe) != 0) throw std::runtime_error("the python3 oracle failed");
    std::map<std::string, Verdict> out;
    Verdict* v = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (line == "FILE") {
            std::getline(in, line);
            v = &out[line];
        } else if (v != nullptr && line == "OK") {
            v->ok = true;
            std::getline(in, v->json);
        } else if (v != nullptr && line == "ERROR") {
            std::string offset;
            std::getline(in, line);
            std::getline(in, offset);
            std::getline(in, v->message);
            v->line = std::stoi(line);
            v->column = std::stoi(offset);
        } else if (v != nullptr) {
            v->closures.insert(line);
        }
    }
    return out;
}

std::string join(const std::vector<std::string_view>& names) {
    std::vector<std::string> sorted(names.begin(), names.end());
    std::sort(sorted.begin(), sorted.end());
    std::string out;
    for (const std::string& n : sorted) out += (out.empty() ? "" : ",") + n;
    return out;
}

void collect_closures(const Scope& s, std::multiset<std::string>& out) {
    out.insert(std::string(s.name) + "|" + join(s.cellvars) + "|" + join(s.freevars));
    for (const Scope* c : s.children) collect_closures(*c, out);
}

Verdict ours(const fs::path& file) {
    SourceFile source;
    Diagnostics diags;
    Verdict v;
    std::unique_ptr<ParsedModule> parsed;
    std::unique_ptr<ResolvedModule> resolved;
    if (source.load(file.string(), diags)) parsed = parse_module(source, diags);
    if (parsed) resolved = resolve(parsed->module, source, diags);
    if (resolved) {
        v.ok = true;
        v.json = scopes_json(*resolved->table.top());
        if (!v.json.empty() && v.json.back() == '\n') v.json.pop_back();
        collect_closures(*resolved->table.top(), v.closures);
        return v;
    }
    if (!diags.all().empty()) {
        const Diagnostic& d = diags.all().front();
        v.line = d.line;
        v.column = d.column;
        v.message = d.message;
    }
    return v;
}

fs::path write_case(const std::string& name, const std::string& source) {
    fs::path file = scratch_dir() / (name + ".py");
    std::ofstream(file, std::ios::binary) << source;
    return file;
}

void expect_same(const fs::path& file, const Verdict& want) {
    SCOPED_TRACE(file.string());
    Verdict got = ours(file);
    ASSERT_EQ(got.ok, want.ok) << (want.ok ? "CPython accepts it; we said: " + got.message
                                           : "CPython says: " + want.message);
    if (want.ok) {
        EXPECT_EQ(got.json, want.json);
        EXPECT_EQ(got.closures, want.closures);
        return;
    }
    EXPECT_EQ(got.message, want.message);
    // CPython reports line -1 after unwinding a `with`; we report 0 there.
    EXPECT_EQ(got.line, std::max(want.line, 0));
    if (want.column > 0) {
        EXPECT_EQ(got.column, want.column);
    }
}

void expect_same(const fs::path& file) {
    std::map<std::string, Verdict> want = cpython({file});
    expect_same(file, want[file.string()]);
}

void expect_all_same(const std::vector<fs::path>& files) {
    std::map<std::string, Verdict> want = cpython(files);
    for (const fs::path& f : files) expect_same(f, want[f.string()]);
}

std::vector<fs::path> py_files(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() == ".py") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// ---------------------------------------------------------------------------------------------------------
// The tricky cases named in issue #4, inline so a failure shows the source.

struct Snippet {
    const char* name;
    const char* source;
};

const Snippet kSnippets[] = {
    {"class_body_not_visible_to_methods", "x = 0\nclass C:\n    x = 1\n    def m(self):\n        return x\n"},
    {"comprehension_in_class_sees_only_first_iterable",
     "class C:\n    n = 3\n    xs = range(3)\n    a = [i * n for i in xs]\n    b = [j for j in range(n)]\n"},
    {"zero_argument_super", "class A:\n    def f(self):\n        return super().f()\n"},
    {"explicit_dunder_class", "class A:\n    def f(self):\n        return __class__\n"},
    {"super_through_nested_function",
     "class A:\n    def f(self):\n        def g():\n            return super()\n        return g\n"},
    {"walrus_in_comprehension_binds_in_function",
     "def f(xs):\n    ys = [last := x for x in xs]\n    return last\n"},
    {"walrus_in_genexp_at_module_level", "any((hit := v) for v in range(3))\n"},
    {"walrus_in_nested_comprehensions", "def f():\n    return [[(t := a) for a in b] for b in c], t\n"},
    {"walrus_with_global_in_function", "def f():\n    global g\n    [g := x for x in y]\n"},
    {"del_of_cell_variable", "def f():\n    x = 1\n    def g():\n        return x\n    del x\n    return g\n"},
    {"except_clause_names",
     "def f():\n    try:\n        pass\n    except E as err:\n        return lambda: err\n"},
    {"global_in_class_body", "class C:\n    global g\n    g = 1\n    def m(self):\n        return g\n"},
    {"nonlocal_three_levels_deep",
     "def a():\n    x = 0\n    def b():\n        def c():\n            def d():\n                nonlocal x\n"
     "                x += 1\n            return d\n        return c\n    return b\n"},
    {"lambda_default_arguments", "def f(n):\n    return [lambda i=i, m=n: i * m * n for i in range(n)]\n"},
    {"free_variable_passing_through_class",
     "def f():\n    v = 1\n    class C:\n        def m(self):\n            return v\n    return C\n"},
    {"class_binds_name_its_method_uses_free",
     "def f():\n    v = 1\n    class C:\n        v = 2\n        def m(self):\n            return v\n    return C\n"},
    {"private_name_mangling",
     "class C:\n    __a = 1\n    def __m(self, __p):\n        __q = __p\n        return lambda: __q\n"
     "    class __D:\n        __e = 2\n"},
    {"future_annotations_hide_annotation_names",
     "from __future__ import annotations\ndef f(a: A) -> R:\n    v: V = 1\nclass C:\n    f: F\n"},
    {"annotations_evaluated_in_enclosing_block", "def f(a: A = D) -> R:\n    v: V = 1\nclass C:\n    f: F\n"},
    {"import_binds_first_component", "import a.b.c\nimport d.e as f\ndef g():\n    import h.i\n"},
    {"match_captures", "match x:\n    case [a, *rest] if a:\n        pass\n    case {'k': v, **kw}:\n        pass\n"},
    {"async_comprehension_in_async_def", "async def f(xs):\n    return [x async for x in xs]\n"},
    {"non_ascii_identifiers", "café = 1\ndef naïve(ü):\n    return [ß for ß in ü], café\n"},
};

void PrintTo(const Snippet& s, std::ostream* os) { *os << s.name; }

class ResolverSnippet : public ::testing::TestWithParam<Snippet> {};

TEST_P(ResolverSnippet, MatchesCPython) {
    expect_same(write_case(GetParam().name, GetParam().source));
}

INSTANTIATE_TEST_SUITE_P(Issue4, ResolverSnippet, ::testing::ValuesIn(kSnippets),
                         [](const ::testing::TestParamInfo<Snippet>& info) { return std::string(info.param.name); });

// Every file under tests/scope-cases (valid programs) and tests/scope-errors (one error each).
TEST(ResolverCases, ValidProgramsMatchCPython) {
    std::vector<fs::path> files = py_files(kTestsDir / "scope-cases");
    ASSERT_FALSE(files.empty());
    expect_all_same(files);
}

TEST(ResolverCases, ErrorsMatchCPython) {
    std::vector<fs::path> files = py_files(kTestsDir / "scope-errors");
    ASSERT_FALSE(files.empty());
    expect_all_same(files);
}

// Errors CPython reports at line -1 (after unwinding a `with`), which the file-based error suite cannot hold.
TEST(ResolverCases, ErrorAfterUnwindingWith) {
    expect_same(write_case("except_star_with_break",
                           "for x in y:\n    try:\n        pass\n    except* E:\n        with x:\n            break\n"));
}

// ---------------------------------------------------------------------------------------------------------
// What the lowering relies on: every Name points at the symbol of the block it is evaluated in.

struct NameWalker {
    std::function<void(const ast::Name&)> f;
    void expr(const ast::Expr* e) {
        if (e == nullptr) return;
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::Name: f(*static_cast<const ast::Name*>(e)); break;
            case K::BinOp: expr(static_cast<const ast::BinOp*>(e)->left); expr(static_cast<const ast::BinOp*>(e)->right); break;
            case K::Call: {
                const auto* c = static_cast<const ast::Call*>(e);
                expr(c->func);
                for (const ast::Expr* a : c->args) expr(a);
                break;
            }
            case K::ListComp: {
                const auto* c = static_cast<const ast::ListComp*>(e);
                expr(c->elt);
                for (const ast::Comprehension* g : c->generators) {
                    expr(g->target);
                    expr(g->iter);
                }
                break;
            }
            case K::NamedExpr: {
                const auto* n = static_cast<const ast::NamedExpr*>(e);
                expr(n->target);
                expr(n->value);
                break;
            }
            case K::Lambda: expr(static_cast<const ast::Lambda*>(e)->body); break;
            default: break;
        }
    }
    void stmts(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) {
            if (const auto* fn = ast::as<ast::FunctionDef>(s)) stmts(fn->body);
            if (const auto* cls = ast::as<ast::ClassDef>(s)) stmts(cls->body);
            if (const auto* a = ast::as<ast::Assign>(s)) {
                for (const ast::Expr* t : a->targets) expr(t);
                expr(a->value);
            }
            if (const auto* r = ast::as<ast::Return>(s)) expr(r->value);
            if (const auto* x = ast::as<ast::ExprStmt>(s)) expr(x->value);
        }
    }
};

TEST(ResolverAst, NamesPointAtTheirSymbols) {
    const std::string src =
        "x = 1\n"
        "def f(a):\n"
        "    y = a + x\n"
        "    g = lambda: y\n"
        "    r = [(w := i) for i in a]\n"
        "    return g, w, r\n"
        "class C:\n"
        "    def m(self):\n"
        "        return super()\n";
    SourceFile source;
    Diagnostics diags;
    ASSERT_TRUE(source.load_from_bytes("names.py", src, diags));
    auto parsed = parse_module(source, diags);
    ASSERT_TRUE(parsed);
    auto resolved = resolve(parsed->module, source, diags);
    ASSERT_TRUE(resolved);
    int names = 0;
    NameWalker walker{[&](const ast::Name& n) {
        ++names;
        ASSERT_NE(n.symbol, nullptr) << n.id;
        EXPECT_EQ(n.symbol->name, n.id);
        ASSERT_NE(n.symbol->block, nullptr);
        EXPECT_EQ(n.symbol->block->lookup(n.id), n.symbol);
        EXPECT_NE(n.symbol->scope, SymbolScope::Unresolved) << n.id;
    }};
    walker.stmts(parsed->module.body);
    EXPECT_GT(names, 10);
    // The blocks hang off the nodes that open them.
    EXPECT_EQ(parsed->module.scope, resolved->table.top());
    const auto* f = ast::as<ast::FunctionDef>(parsed->module.body[1]);
    ASSERT_NE(f, nullptr);
    ASSERT_NE(f->scope, nullptr);
    EXPECT_EQ(f->scope->name, "f");
    EXPECT_EQ(f->scope->parent, resolved->table.top());
    // The human-readable dump names every block.
    std::string text = scopes_text(*resolved->table.top());
    for (const char* block : {"module top", "function f", "function lambda", "function listcomp", "class C"}) {
        EXPECT_NE(text.find(block), std::string::npos) << block << "\n" << text;
    }
}

}  // namespace
}  // namespace py2cpp
