// CLI — finding the program's modules by following its imports (see program.h).
#include "cli/program.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/parser.h"
#include "frontend/source.h"

namespace py2cpp {

namespace fs = std::filesystem;

namespace {

// CPython's compiled-in modules that py2cpp's runtime provides: found before any file on the path.
const std::set<std::string> kCompiledIn = {"builtins", "itertools", "sys", "time"};

// The modules a statement list imports (as absolute dotted names), with the statements nested in it.
class ImportScanner {
public:
    ImportScanner(const ProgramModule& module) : module_(module) {}

    void scan(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) scan(s);
    }
    std::vector<std::string> found;

private:
    void scan(const ast::Stmt* s) {
        if (auto* i = ast::as<ast::Import>(s)) {
            for (const ast::Alias* a : i->names) add_with_parents(a->name);
            return;
        }
        if (auto* f = ast::as<ast::ImportFrom>(s)) {
            std::string base = absolute(f);
            if (base.empty()) return;
            add_with_parents(base);
            // `from pkg import x` imports the submodule pkg.x when there is one
            for (const ast::Alias* a : f->names)
                if (a->name != "*") found.push_back(base + "." + a->name);
            return;
        }
        // the statements nested in a compound statement
        if (auto* d = ast::as<ast::FunctionDef>(s)) scan(d->body);
        if (auto* c = ast::as<ast::ClassDef>(s)) scan(c->body);
        if (auto* l = ast::as<ast::For>(s)) scan(l->body), scan(l->orelse);
        if (auto* w = ast::as<ast::While>(s)) scan(w->body), scan(w->orelse);
        if (auto* i = ast::as<ast::If>(s)) scan(i->body), scan(i->orelse);
        if (auto* w = ast::as<ast::With>(s)) scan(w->body);
        if (auto* m = ast::as<ast::Match>(s))
            for (const ast::MatchCase* c : m->cases) scan(c->body);
        if (auto* t = ast::as<ast::Try>(s)) {
            scan(t->body);
            for (const ast::ExceptHandler* h : t->handlers) scan(h->body);
            scan(t->orelse);
            scan(t->finalbody);
        }
    }

    void add_with_parents(const std::string& name) {
        for (std::size_t dot = name.find('.'); dot != std::string::npos; dot = name.find('.', dot + 1))
            found.push_back(name.substr(0, dot));
        found.push_back(name);
    }

    // The absolute module of `from <dots><module> import ...`, as the lowering resolves it; empty when it
    // cannot be resolved (the import raises ImportError when it runs).
    std::string absolute(const ast::ImportFrom* f) const {
        if (f->level == 0) return f->module ? *f->module : std::string();
        if (module_.name == "__main__") return {};
        auto parent_of = [](const std::string& name) {
            std::size_t dot = name.rfind('.');
            return dot == std::string::npos ? std::string() : name.substr(0, dot);
        };
        std::string package = module_.package ? module_.name : parent_of(module_.name);
        for (int up = 1; up < f->level && !package.empty(); ++up) package = parent_of(package);
        if (package.empty()) return {};
        return f->module ? package + "." + *f->module : package;
    }

    const ProgramModule& module_;
};

// `name` as a file: <dir>/a/b.py or <dir>/a/b/__init__.py under the first search directory that has its top
// package (a submodule is looked for only in its package's directory).
bool locate(const std::string& name, const std::vector<std::string>& dirs, ProgramModule& out) {
    std::string relative = name;
    std::replace(relative.begin(), relative.end(), '.', '/');
    std::string top = name.substr(0, name.find('.'));
    std::error_code ec;
    for (const std::string& dir : dirs) {
        fs::path base(dir);
        bool top_here = fs::is_regular_file(base / (top + ".py"), ec) ||
                        fs::is_regular_file(base / top / "__init__.py", ec);
        if (!top_here) continue;
        fs::path package = base / relative / "__init__.py";
        fs::path plain = base / (relative + ".py");
        if (fs::is_regular_file(package, ec)) {
            out = {name, package.lexically_normal().string(), {}, true};
        } else if (fs::is_regular_file(plain, ec)) {
            out = {name, plain.lexically_normal().string(), {}, false};
        } else {
            return false;
        }
        return true;
    }
    return false;
}

}  // namespace

std::vector<std::string> Program::module_names() const {
    std::vector<std::string> names;
    for (const ProgramModule& m : modules)
        if (m.name != "__main__") names.push_back(m.name);
    return names;
}

std::vector<std::string> search_path(const std::vector<std::string>& include_dirs) {
    std::vector<std::string> dirs = include_dirs;
    if (const char* env = std::getenv("PYTHONPATH")) {
        std::string all = env;
        for (std::size_t start = 0; start <= all.size();) {
            std::size_t colon = std::min(all.find(':', start), all.size());
            if (colon > start) dirs.push_back(all.substr(start, colon - start));
            start = colon + 1;
        }
    }
    return dirs;
}

namespace {

// Adds every module the program's modules import (transitively) that is found in `dirs`.
void follow_imports(Program& program, const std::vector<std::string>& dirs, bool absolute_files) {
    std::set<std::string> seen, missing;
    for (const ProgramModule& m : program.modules) seen.insert(m.name);
    for (std::size_t i = 0; i < program.modules.size(); ++i) {
        ProgramModule module = program.modules[i];
        SourceFile source;
        Diagnostics quiet;  // the translation reports problems, once
        if (!source.load(module.path, quiet)) continue;
        auto parsed = parse_module(source, quiet);
        if (!parsed) continue;
        ImportScanner scanner(module);
        scanner.scan(parsed->module.body);
        for (const std::string& name : scanner.found) {
            if (seen.count(name) != 0 || missing.count(name) != 0) continue;
            if (kCompiledIn.count(name.substr(0, name.find('.'))) != 0) continue;
            ProgramModule found;
            if (!locate(name, dirs, found)) {
                missing.insert(name);
                continue;
            }
            // what the program reports: relative to the entry's directory when it is under it
            fs::path rel = fs::path(found.path).lexically_relative(dirs[0]);
            bool under_root = !absolute_files && !rel.empty() && *rel.begin() != ".." &&
                              fs::path(found.path).is_relative() == fs::path(dirs[0]).is_relative();
            found.file = under_root ? rel.string() : fs::absolute(found.path).lexically_normal().string();
            seen.insert(name);
            program.modules.push_back(found);
        }
    }
}

}  // namespace

Program find_program(const std::string& entry, const std::vector<std::string>& include_dirs) {
    Program program;
    program.modules.push_back({"__main__", entry, entry, false});
    fs::path root = fs::path(entry).parent_path();
    std::vector<std::string> dirs{root.empty() ? std::string(".") : root.string()};
    for (const std::string& d : search_path(include_dirs)) dirs.push_back(d);
    follow_imports(program, dirs, false);
    return program;
}

Program find_library(const std::vector<std::string>& files, const std::vector<std::string>& include_dirs) {
    Program program;
    fs::path root = fs::path(files.front()).parent_path();
    std::vector<std::string> dirs{root.empty() ? std::string(".") : root.string()};
    for (const std::string& d : search_path(include_dirs)) dirs.push_back(d);
    // a library has no script whose directory could locate its files at run time: they are absolute
    for (const std::string& file : files) {
        fs::path rel = fs::path(file).lexically_relative(dirs[0]);
        std::string name = rel.replace_extension().string();
        if (name.ends_with("/__init__")) name.resize(name.size() - std::string_view("/__init__").size());
        std::replace(name.begin(), name.end(), '/', '.');
        program.modules.push_back({name, file, fs::absolute(file).lexically_normal().string(),
                                   fs::path(file).filename() == "__init__.py"});
    }
    program.listed = program.modules.size();
    follow_imports(program, dirs, true);
    return program;
}

}  // namespace py2cpp
