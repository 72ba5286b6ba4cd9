// Front end — the resolver: future imports, then CPython 3.11's two-pass symbol table (Python/symtable.c).
#include "frontend/resolver.h"

#include <algorithm>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "frontend/diagnostics.h"
#include "frontend/source.h"

namespace py2cpp {

// =========================================================================================================
// Small pieces shared by the passes

void raise_syntax_error(Diagnostics& diags, const SourceFile& source, int lineno, int col_offset,
                        std::string message) {
    // CPython's offset counts characters; the AST's col_offset counts UTF-8 bytes.
    int column = utf8_column(source.line(lineno), col_offset) + 1;
    diags.error(lineno, column, std::move(message));
    throw CompileError();
}

bool needs_mangling(std::string_view class_name, std::string_view name) {
    if (name.size() < 2 || name[0] != '_' || name[1] != '_') return false;
    if (name.ends_with("__") || name.find('.') != std::string_view::npos) return false;
    return class_name.find_first_not_of('_') != std::string_view::npos;
}

std::string mangle_name(std::string_view class_name, std::string_view name) {
    if (!needs_mangling(class_name, name)) return std::string(name);
    std::string_view stripped = class_name.substr(class_name.find_first_not_of('_'));
    std::string out;
    out.reserve(1 + stripped.size() + name.size());
    out += '_';
    out += stripped;
    out += name;
    return out;
}

const char* to_string(SymbolScope scope) {
    switch (scope) {
        case SymbolScope::LOCAL: return "local";
        case SymbolScope::GLOBAL_EXPLICIT: return "global_explicit";
        case SymbolScope::GLOBAL_IMPLICIT: return "global_implicit";
        case SymbolScope::FREE: return "free";
        case SymbolScope::CELL: return "cell";
        case SymbolScope::Unresolved: break;
    }
    return "unresolved";
}

const char* to_string(BlockType type) {
    switch (type) {
        case BlockType::Module: return "module";
        case BlockType::Class: return "class";
        case BlockType::Function: return "function";
        case BlockType::Annotation: break;
    }
    return "annotation";
}

// =========================================================================================================
// Future imports (Python/future.c)
//
// Only the run of `from __future__ import` statements at the very top of the module (after an optional
// docstring) counts. The scan stops at the first other statement, but statements sharing that statement's
// line are still looked at, so `import os; from __future__ import x` is reported here; a future import
// further down is compile.c's error (block_checks.cpp), which compares its line with `lineno`.

namespace {

bool is_docstring(const ast::Stmt* s) {
    const auto* e = ast::as<ast::ExprStmt>(s);
    if (e == nullptr) return false;
    const auto* c = ast::as<ast::Constant>(e->value);
    return c != nullptr && c->value.kind == ast::ConstantValue::Kind::Str;
}

}  // namespace

bool parse_future(const ast::Module& module, FutureFeatures& out, const SourceFile& source, Diagnostics& diags) {
    static constexpr std::string_view kKnown[] = {
        "nested_scopes", "generators",    "division",        "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };
    try {
        const ast::StmtList& body = module.body;
        std::size_t i = !body.empty() && is_docstring(body[0]) ? 1 : 0;
        bool done = false;
        int prev_line = 0;
        for (; i < body.size(); ++i) {
            const ast::Stmt* s = body[i];
            if (done && s->loc.lineno > prev_line) break;
            prev_line = s->loc.lineno;
            const auto* from = ast::as<ast::ImportFrom>(s);
            if (from == nullptr || !from->module || *from->module != "__future__") {
                done = true;
                continue;
            }
            if (done) {
                // future.c passes the 0-based column here where everywhere else it adds one.
                diags.error(s->loc.lineno, utf8_column(source.line(s->loc.lineno), s->loc.col_offset),
                            "from __future__ imports must occur at the beginning of the file");
                return false;
            }
            for (const ast::Alias* a : from->names) {
                if (a->name == "annotations") out.annotations = true;
                if (a->name == "barry_as_FLUFL") out.barry_as_flufl = true;
                if (std::find(std::begin(kKnown), std::end(kKnown), a->name) != std::end(kKnown)) continue;
                if (a->name == "braces") raise_syntax_error(diags, source, s->loc.lineno, s->loc.col_offset, "not a chance");
                raise_syntax_error(diags, source, s->loc.lineno, s->loc.col_offset,
                                   fmt::format("future feature {} is not defined", a->name));
            }
            out.lineno = s->loc.lineno;
        }
    } catch (const CompileError&) {
        return false;
    }
    return true;
}

// =========================================================================================================
// The symbol table (Python/symtable.c)
//
// How names are resolved, in prose.
//
// Pass 1 walks the AST once and opens a block for the module, every def, lambda and class body, and every
// comprehension and generator expression (3.11 does not inline comprehensions). In each block it records
// raw facts per name, as flag bits: bound here (DEF_LOCAL), a parameter (DEF_PARAM), imported (DEF_IMPORT),
// read (USE), declared `global`/`nonlocal`, annotated. What is evaluated where follows the language, not the
// nesting of the source: a def's defaults, annotations and decorators, and a class's bases and keywords, are
// visited in the enclosing block before the new block opens; a comprehension's first iterable is visited in
// the enclosing block and reaches the comprehension as the hidden parameter `.0`. Inside a class body (and
// the functions nested in it) `__spam` is stored as `_Class__spam`. Reading `super` inside a function also
// counts as reading `__class__`. A walrus inside a comprehension binds in the nearest enclosing block that is
// not a comprehension: the comprehension block records the target as nonlocal (or global, when that block
// is the module or declares it global) and the target block records a plain binding. Errors found here are
// the ones that depend only on the order of statements: `global x` after `x` was used or assigned, duplicate
// parameters, `import *` in a function, yield in a comprehension, the walrus restrictions.
//
// Pass 2 decides each name's scope, visiting blocks parent first and passing down the set of names bound in
// enclosing *function* blocks ("bound"):
//   - declared global                      → GLOBAL_EXPLICIT;
//   - declared nonlocal                    → FREE, and it must be in bound ("no binding for nonlocal");
//   - bound here                           → LOCAL;
//   - otherwise, in bound                  → FREE;
//   - otherwise                            → GLOBAL_IMPLICIT (a module global or a builtin).
// A function passes down bound ∪ its own locals, minus what it declares global. A class passes down only what
// it received, plus `__class__` — class-level names are invisible to methods. The module passes down nothing.
// Free names then flow back up: a block's free set is its own free names plus its children's; a function
// that binds one of them turns it from LOCAL into CELL and stops it there; a class stops `__class__` (and
// then needs the implicit `__class__` cell); a name free in a child but neither bound nor seen in this block
// is added here as FREE with no flags, because the closure has to pass through.
//
// CPython copies the bound set for every child block; here "is it bound above" walks up the parent chain
// instead (a function contributes its locals and hides its globals, a class contributes `__class__`), which
// gives the same answer without building sets. CPython also carries a set of globals down, but in 3.11 it
// only chooses between two outcomes that are both GLOBAL_IMPLICIT, so it is not carried here.
//
// Under `from __future__ import annotations` every annotation is visited in a block of its own that is never
// attached to the tree or analyzed: its names appear nowhere in the table, but pass-1 errors still fire.

namespace {

using SF = SymbolFlag;

constexpr std::string_view kClassCell = "__class__";

std::string quoted(std::string_view fmt_before, std::string_view name, std::string_view fmt_after) {
    std::string s;
    s.reserve(fmt_before.size() + name.size() + fmt_after.size() + 2);
    s += fmt_before;
    s += '\'';
    s += name;
    s += '\'';
    s += fmt_after;
    return s;
}

class SymtableBuilder {
public:
    SymtableBuilder(SymbolTable& table, const FutureFeatures& future, const SourceFile& source, Diagnostics& diags)
        : table_(table), future_(future), source_(source), diags_(diags) {}

    void build(ast::Module& module) {
        Scope* top = enter_block("top", BlockType::Module, nullptr, 0, 0);
        table_.set_top(top);
        module.scope = top;
        for (ast::Stmt* s : module.body) visit_stmt(s);
        exit_block();
    }

private:
    // Per-block state that matters only while pass 1 is inside the block.
    struct Frame {
        Scope* scope;
        bool comp_iter_target = false;  // visiting a comprehension's `for` target
        int comp_iter_expr = 0;         // visiting a comprehension's iterable (inherited by nested blocks)
    };

    [[noreturn]] void fail(const ast::Location& loc, std::string msg) {
        raise_syntax_error(diags_, source_, loc.lineno, loc.col_offset, std::move(msg));
    }

    Frame& cur() { return stack_.back(); }
    Scope* top() { return stack_.front().scope; }

    Scope* enter_block(std::string_view name, BlockType type, const ast::Node* node, int lineno, int col_offset) {
        Scope* ste = table_.new_scope();
        ste->name = name;
        ste->type = type;
        ste->node = node;
        ste->lineno = lineno;
        ste->col_offset = col_offset;
        Frame frame{ste};
        if (!stack_.empty()) {
            Scope* prev = cur().scope;
            ste->parent = prev;
            ste->nested = prev->nested || prev->type == BlockType::Function;
            // bpo-37757: any walrus below a comprehension's iterable is refused, even inside a lambda there.
            frame.comp_iter_expr = cur().comp_iter_expr;
            // Annotation blocks stay out of the tree: their annotations become strings.
            if (type == BlockType::Annotation) {
                ste->detached = true;
            } else {
                prev->children.push_back(ste);
            }
        }
        stack_.push_back(frame);
        return ste;
    }
    void exit_block() { stack_.pop_back(); }

    // The name as stored in the current class's namespace (see _Py_Mangle). The view may point into a
    // scratch buffer, valid until the next call.
    std::string_view mangled(std::string_view name) {
        if (private_.empty() || !needs_mangling(private_, name)) return name;
        std::string_view stripped = private_.substr(private_.find_first_not_of('_'));
        scratch_.clear();
        scratch_ += '_';
        scratch_ += stripped;
        scratch_ += name;
        return scratch_;
    }

    // Finds or creates `key` in `ste`; `key` may be the scratch buffer, so it is copied when kept.
    Symbol* intern(Scope* ste, std::string_view key) {
        if (Symbol* s = ste->lookup(key)) return s;
        Symbol* s = table_.new_symbol();
        s->name = key.data() == scratch_.data() ? table_.keep(std::string(key)) : key;
        s->block = ste;
        ste->add(s);
        return s;
    }

    // symtable_add_def_helper: record `flag` for `name` in the block of `frame`.
    Symbol* add_def_in(Frame& frame, std::string_view name, SymbolFlags flag, const ast::Location& loc) {
        Scope* ste = frame.scope;
        std::string_view key = mangled(name);
        Symbol* sym = ste->lookup(key);
        if (sym != nullptr) {
            if (flag.has(SF::DEF_PARAM) && sym->flags.has(SF::DEF_PARAM)) {
                fail(loc, quoted("duplicate argument ", name, " in function definition"));
            }
        } else {
            sym = intern(ste, key);
        }
        SymbolFlags val = sym->flags | flag;
        if (frame.comp_iter_target) {
            // An iteration variable: it must not be a walrus target seen earlier, and later walruses must
            // not rebind it.
            if (val.any(SF::DEF_GLOBAL | SF::DEF_NONLOCAL)) {
                fail(loc, quoted("comprehension inner loop cannot rebind assignment expression target ", name, ""));
            }
            val |= SF::DEF_COMP_ITER;
        }
        sym->flags = val;
        if (flag.has(SF::DEF_PARAM)) {
            ste->varnames.push_back(sym->name);
        } else if (flag.has(SF::DEF_GLOBAL)) {
            // Every global declaration is also recorded in the module's table.
            Symbol* g = intern(top(), sym->name);
            g->flags |= flag;
        }
        return sym;
    }
    Symbol* add_def(std::string_view name, SymbolFlags flag, const ast::Location& loc) {
        return add_def_in(cur(), name, flag, loc);
    }

    void record_directive(std::string_view name, const ast::Location& loc) {
        Symbol* sym = cur().scope->lookup(mangled(name));
        cur().scope->directives.push_back({sym != nullptr ? sym->name : table_.keep(std::string(name)),
                                           loc.lineno, loc.col_offset});
    }

    // ---------------------------------------------------------------------------------------------------
    // Statements

    void visit_body(const ast::StmtList& body) {
        for (ast::Stmt* s : body) visit_stmt(s);
    }
    void visit_exprs(const ast::ExprList& list) {
        for (ast::Expr* e : list) {
            if (e != nullptr) visit_expr(e);  // Dict keys and kw_defaults hold nulls
        }
    }

    void visit_stmt(ast::Stmt* s) {
        using K = ast::StmtKind;
        switch (s->kind) {
            case K::FunctionDef: visit_function(static_cast<ast::FunctionDef*>(s)); break;
            case K::ClassDef: visit_class(static_cast<ast::ClassDef*>(s)); break;
            case K::Return: {
                auto* r = static_cast<ast::Return*>(s);
                if (r->value != nullptr) {
                    visit_expr(r->value);
                    cur().scope->returns_value = true;
                }
                break;
            }
            case K::Delete: visit_exprs(static_cast<ast::Delete*>(s)->targets); break;
            case K::Assign: {
                auto* a = static_cast<ast::Assign*>(s);
                visit_exprs(a->targets);
                visit_expr(a->value);
                break;
            }
            case K::AnnAssign: visit_annassign(static_cast<ast::AnnAssign*>(s)); break;
            case K::AugAssign: {
                auto* a = static_cast<ast::AugAssign*>(s);
                visit_expr(a->target);
                visit_expr(a->value);
                break;
            }
            case K::For: {
                auto* f = static_cast<ast::For*>(s);
                visit_expr(f->target);
                visit_expr(f->iter);
                visit_body(f->body);
                visit_body(f->orelse);
                break;
            }
            case K::While: {
                auto* w = static_cast<ast::While*>(s);
                visit_expr(w->test);
                visit_body(w->body);
                visit_body(w->orelse);
                break;
            }
            case K::If: {
                auto* i = static_cast<ast::If*>(s);
                visit_expr(i->test);
                visit_body(i->body);
                visit_body(i->orelse);
                break;
            }
            case K::Match: {
                auto* m = static_cast<ast::Match*>(s);
                visit_expr(m->subject);
                for (ast::MatchCase* c : m->cases) {
                    visit_pattern(c->pattern);
                    if (c->guard != nullptr) visit_expr(c->guard);
                    visit_body(c->body);
                }
                break;
            }
            case K::Raise: {
                auto* r = static_cast<ast::Raise*>(s);
                if (r->exc != nullptr) {
                    visit_expr(r->exc);
                    if (r->cause != nullptr) visit_expr(r->cause);
                }
                break;
            }
            case K::Try: {
                auto* t = static_cast<ast::Try*>(s);
                visit_body(t->body);
                visit_body(t->orelse);  // before the handlers, as symtable.c does
                for (ast::ExceptHandler* h : t->handlers) {
                    if (h->type != nullptr) visit_expr(h->type);
                    if (h->name) add_def(*h->name, SF::DEF_LOCAL, h->loc);
                    visit_body(h->body);
                }
                visit_body(t->finalbody);
                break;
            }
            case K::Assert: {
                auto* a = static_cast<ast::Assert*>(s);
                visit_expr(a->test);
                if (a->msg != nullptr) visit_expr(a->msg);
                break;
            }
            case K::Import:
                for (ast::Alias* a : static_cast<ast::Import*>(s)->names) visit_alias(a);
                break;
            case K::ImportFrom:
                for (ast::Alias* a : static_cast<ast::ImportFrom*>(s)->names) visit_alias(a);
                break;
            case K::Global: visit_declaration(s, static_cast<ast::Global*>(s)->names, true); break;
            case K::Nonlocal: visit_declaration(s, static_cast<ast::Nonlocal*>(s)->names, false); break;
            case K::Expr: visit_expr(static_cast<ast::ExprStmt*>(s)->value); break;
            case K::With: {
                auto* w = static_cast<ast::With*>(s);
                for (ast::WithItem* item : w->items) {
                    visit_expr(item->context_expr);
                    if (item->optional_vars != nullptr) visit_expr(item->optional_vars);
                }
                visit_body(w->body);
                break;
            }
            case K::Pass:
            case K::Break:
            case K::Continue: break;
        }
    }

    void visit_function(ast::FunctionDef* f) {
        add_def(f->name, SF::DEF_LOCAL, f->loc);
        // Defaults, annotations and decorators are evaluated where the def statement runs.
        visit_exprs(f->args->defaults);
        visit_exprs(f->args->kw_defaults);
        visit_annotations(f, f->args, f->returns);
        visit_exprs(f->decorator_list);
        Scope* ste = enter_block(f->name, BlockType::Function, f, f->loc.lineno, f->loc.col_offset);
        f->scope = ste;
        if (f->is_async) ste->coroutine = true;
        visit_arguments(f->args);
        visit_body(f->body);
        exit_block();
    }

    void visit_class(ast::ClassDef* c) {
        add_def(c->name, SF::DEF_LOCAL, c->loc);
        visit_exprs(c->bases);
        for (ast::Keyword* k : c->keywords) visit_expr(k->value);
        visit_exprs(c->decorator_list);
        Scope* ste = enter_block(c->name, BlockType::Class, c, c->loc.lineno, c->loc.col_offset);
        c->scope = ste;
        std::string_view saved = std::exchange(private_, std::string_view(c->name));
        visit_body(c->body);
        private_ = saved;
        exit_block();
    }

    void visit_annassign(ast::AnnAssign* s) {
        if (auto* target = ast::as<ast::Name>(s->target)) {
            SymbolFlags cur_flags = cur().scope->flags_of(mangled(target->id));
            if (cur_flags.any(SF::DEF_GLOBAL | SF::DEF_NONLOCAL) && cur().scope != top() && s->simple) {
                fail(s->loc, quoted("annotated name ", target->id,
                                    cur_flags.has(SF::DEF_GLOBAL) ? " can't be global" : " can't be nonlocal"));
            }
            if (s->simple) {
                target->symbol = add_def(target->id, SF::DEF_ANNOT | SF::DEF_LOCAL, target->loc);
            } else if (s->value != nullptr) {
                target->symbol = add_def(target->id, SF::DEF_LOCAL, target->loc);
            }
        } else {
            visit_expr(s->target);
        }
        visit_annotation(s->annotation);
        if (s->value != nullptr) visit_expr(s->value);
    }

    void visit_declaration(ast::Stmt* s, const std::vector<ast::Identifier>& names, bool is_global) {
        for (const ast::Identifier& name : names) {
            SymbolFlags prior = cur().scope->flags_of(mangled(name));
            // compile() folds a read of __debug__ into a constant before the symbol table sees it.
            SymbolFlags conflicts = SF::DEF_PARAM | SF::DEF_LOCAL | SF::DEF_ANNOT;
            if (name != "__debug__") conflicts |= SF::USE;
            if (prior.any(conflicts)) {
                std::string_view kind = is_global ? "global" : "nonlocal";
                std::string tail;
                if (prior.has(SF::DEF_PARAM)) {
                    tail = fmt::format(" is parameter and {}", kind);
                } else if (name != "__debug__" && prior.has(SF::USE)) {
                    tail = fmt::format(" is used prior to {} declaration", kind);
                } else if (prior.has(SF::DEF_ANNOT)) {
                    fail(s->loc, quoted("annotated name ", name, fmt::format(" can't be {}", kind)));
                } else {
                    tail = fmt::format(" is assigned to before {} declaration", kind);
                }
                fail(s->loc, quoted("name ", name, tail));
            }
            add_def(name, is_global ? SF::DEF_GLOBAL : SF::DEF_NONLOCAL, s->loc);
            record_directive(name, s->loc);
        }
    }

    void visit_alias(ast::Alias* a) {
        // `import a.b.c` binds `a`.
        std::string_view name = a->asname ? std::string_view(*a->asname) : std::string_view(a->name);
        if (name == "*") {
            if (cur().scope->type != BlockType::Module) fail(a->loc, "import * only allowed at module level");
            return;
        }
        std::size_t dot = name.find('.');
        if (dot != std::string_view::npos) name = name.substr(0, dot);
        add_def(name, SF::DEF_IMPORT, a->loc);
    }

    // Annotations: visited in place, or inside a detached block under `from __future__ import annotations`.
    void visit_annotation(ast::Expr* annotation) {
        if (future_.annotations) {
            enter_block("_annotation", BlockType::Annotation, annotation, annotation->loc.lineno,
                        annotation->loc.col_offset);
        }
        visit_expr(annotation);
        if (future_.annotations) exit_block();
    }

    void visit_arg_annotations(const std::vector<ast::Arg*>& args) {
        for (ast::Arg* a : args) {
            if (a->annotation != nullptr) visit_expr(a->annotation);
        }
    }

    void visit_annotations(ast::FunctionDef* f, ast::Arguments* a, ast::Expr* returns) {
        if (future_.annotations) {
            enter_block("_annotation", BlockType::Annotation, f, f->loc.lineno, f->loc.col_offset);
        }
        visit_arg_annotations(a->posonlyargs);
        visit_arg_annotations(a->args);
        if (a->vararg != nullptr && a->vararg->annotation != nullptr) visit_expr(a->vararg->annotation);
        if (a->kwarg != nullptr && a->kwarg->annotation != nullptr) visit_expr(a->kwarg->annotation);
        visit_arg_annotations(a->kwonlyargs);
        if (future_.annotations) exit_block();
        if (returns != nullptr) visit_annotation(returns);
    }

    void visit_arguments(ast::Arguments* a) {
        for (ast::Arg* p : a->posonlyargs) add_def(p->arg, SF::DEF_PARAM, p->loc);
        for (ast::Arg* p : a->args) add_def(p->arg, SF::DEF_PARAM, p->loc);
        for (ast::Arg* p : a->kwonlyargs) add_def(p->arg, SF::DEF_PARAM, p->loc);
        if (a->vararg != nullptr) {
            add_def(a->vararg->arg, SF::DEF_PARAM, a->vararg->loc);
            cur().scope->varargs = true;
        }
        if (a->kwarg != nullptr) {
            add_def(a->kwarg->arg, SF::DEF_PARAM, a->kwarg->loc);
            cur().scope->varkeywords = true;
        }
    }

    void visit_pattern(ast::Pattern* p) {
        using K = ast::PatternKind;
        switch (p->kind) {
            case K::MatchValue: visit_expr(static_cast<ast::MatchValue*>(p)->value); break;
            case K::MatchSingleton: break;
            case K::MatchSequence:
                for (ast::Pattern* q : static_cast<ast::MatchSequence*>(p)->patterns) visit_pattern(q);
                break;
            case K::MatchStar: {
                auto* m = static_cast<ast::MatchStar*>(p);
                if (m->name) add_def(*m->name, SF::DEF_LOCAL, p->loc);
                break;
            }
            case K::MatchMapping: {
                auto* m = static_cast<ast::MatchMapping*>(p);
                visit_exprs(m->keys);
                for (ast::Pattern* q : m->patterns) visit_pattern(q);
                if (m->rest) add_def(*m->rest, SF::DEF_LOCAL, p->loc);
                break;
            }
            case K::MatchClass: {
                auto* m = static_cast<ast::MatchClass*>(p);
                visit_expr(m->cls);
                for (ast::Pattern* q : m->patterns) visit_pattern(q);
                for (ast::Pattern* q : m->kwd_patterns) visit_pattern(q);
                break;
            }
            case K::MatchAs: {
                auto* m = static_cast<ast::MatchAs*>(p);
                if (m->pattern != nullptr) visit_pattern(m->pattern);
                if (m->name) add_def(*m->name, SF::DEF_LOCAL, p->loc);
                break;
            }
            case K::MatchOr:
                for (ast::Pattern* q : static_cast<ast::MatchOr*>(p)->patterns) visit_pattern(q);
                break;
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Expressions

    void raise_if_annotation_block(const char* what, const ast::Expr* e) {
        if (cur().scope->type != BlockType::Annotation) return;
        fail(e->loc, fmt::format("'{}' can not be used within an annotation", what));
    }

    void raise_if_comprehension_block(const ast::Expr* e) {
        switch (cur().scope->comprehension) {
            case ComprehensionKind::List: fail(e->loc, "'yield' inside list comprehension");
            case ComprehensionKind::Set: fail(e->loc, "'yield' inside set comprehension");
            case ComprehensionKind::Dict: fail(e->loc, "'yield' inside dict comprehension");
            case ComprehensionKind::Generator: fail(e->loc, "'yield' inside generator expression");
            case ComprehensionKind::None: break;
        }
    }

    void visit_expr(ast::Expr* e) {
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::NamedExpr:
                raise_if_annotation_block("named expression", e);
                visit_namedexpr(static_cast<ast::NamedExpr*>(e));
                break;
            case K::BoolOp: visit_exprs(static_cast<ast::BoolOp*>(e)->values); break;
            case K::BinOp: {
                auto* b = static_cast<ast::BinOp*>(e);
                visit_expr(b->left);
                visit_expr(b->right);
                break;
            }
            case K::UnaryOp: visit_expr(static_cast<ast::UnaryOp*>(e)->operand); break;
            case K::Lambda: {
                auto* l = static_cast<ast::Lambda*>(e);
                visit_exprs(l->args->defaults);
                visit_exprs(l->args->kw_defaults);
                l->scope = enter_block("lambda", BlockType::Function, l, e->loc.lineno, e->loc.col_offset);
                visit_arguments(l->args);
                visit_expr(l->body);
                exit_block();
                break;
            }
            case K::IfExp: {
                auto* i = static_cast<ast::IfExp*>(e);
                visit_expr(i->test);
                visit_expr(i->body);
                visit_expr(i->orelse);
                break;
            }
            case K::Dict: {
                auto* d = static_cast<ast::Dict*>(e);
                visit_exprs(d->keys);
                visit_exprs(d->values);
                break;
            }
            case K::Set: visit_exprs(static_cast<ast::Set*>(e)->elts); break;
            case K::GeneratorExp: {
                auto* g = static_cast<ast::GeneratorExp*>(e);
                g->scope = visit_comprehension(e, "genexpr", ComprehensionKind::Generator, g->generators, g->elt, nullptr);
                break;
            }
            case K::ListComp: {
                auto* c = static_cast<ast::ListComp*>(e);
                c->scope = visit_comprehension(e, "listcomp", ComprehensionKind::List, c->generators, c->elt, nullptr);
                break;
            }
            case K::SetComp: {
                auto* c = static_cast<ast::SetComp*>(e);
                c->scope = visit_comprehension(e, "setcomp", ComprehensionKind::Set, c->generators, c->elt, nullptr);
                break;
            }
            case K::DictComp: {
                auto* c = static_cast<ast::DictComp*>(e);
                c->scope = visit_comprehension(e, "dictcomp", ComprehensionKind::Dict, c->generators, c->key, c->value);
                break;
            }
            case K::Yield: {
                raise_if_annotation_block("yield expression", e);
                auto* y = static_cast<ast::Yield*>(e);
                if (y->value != nullptr) visit_expr(y->value);
                cur().scope->generator = true;
                raise_if_comprehension_block(e);
                break;
            }
            case K::YieldFrom:
                raise_if_annotation_block("yield expression", e);
                visit_expr(static_cast<ast::YieldFrom*>(e)->value);
                cur().scope->generator = true;
                raise_if_comprehension_block(e);
                break;
            case K::Await:
                raise_if_annotation_block("await expression", e);
                visit_expr(static_cast<ast::Await*>(e)->value);
                cur().scope->coroutine = true;
                break;
            case K::Compare: {
                auto* c = static_cast<ast::Compare*>(e);
                visit_expr(c->left);
                visit_exprs(c->comparators);
                break;
            }
            case K::Call: {
                auto* c = static_cast<ast::Call*>(e);
                visit_expr(c->func);
                visit_exprs(c->args);
                for (ast::Keyword* k : c->keywords) visit_expr(k->value);
                break;
            }
            case K::FormattedValue: {
                auto* f = static_cast<ast::FormattedValue*>(e);
                visit_expr(f->value);
                if (f->format_spec != nullptr) visit_expr(f->format_spec);
                break;
            }
            case K::JoinedStr: visit_exprs(static_cast<ast::JoinedStr*>(e)->values); break;
            case K::Constant: break;
            case K::Attribute: visit_expr(static_cast<ast::Attribute*>(e)->value); break;
            case K::Subscript: {
                auto* s = static_cast<ast::Subscript*>(e);
                visit_expr(s->value);
                visit_expr(s->slice);
                break;
            }
            case K::Starred: visit_expr(static_cast<ast::Starred*>(e)->value); break;
            case K::Slice: {
                auto* s = static_cast<ast::Slice*>(e);
                if (s->lower != nullptr) visit_expr(s->lower);
                if (s->upper != nullptr) visit_expr(s->upper);
                if (s->step != nullptr) visit_expr(s->step);
                break;
            }
            case K::Name: {
                auto* n = static_cast<ast::Name*>(e);
                bool load = n->ctx == ast::ExprContext::Load;
                n->symbol = add_def(n->id, load ? SymbolFlags(SF::USE) : SymbolFlags(SF::DEF_LOCAL), e->loc);
                // Zero-argument super() reads the implicit __class__ cell.
                if (load && cur().scope->type == BlockType::Function && n->id == "super") {
                    add_def(kClassCell, SF::USE, e->loc);
                }
                break;
            }
            case K::List: visit_exprs(static_cast<ast::List*>(e)->elts); break;
            case K::Tuple: visit_exprs(static_cast<ast::Tuple*>(e)->elts); break;
        }
    }

    void visit_namedexpr(ast::NamedExpr* e) {
        if (cur().comp_iter_expr > 0) {
            fail(e->loc, "assignment expression cannot be used in a comprehension iterable expression");
        }
        if (cur().scope->comprehension != ComprehensionKind::None) {
            extend_namedexpr_scope(static_cast<ast::Name*>(e->target));
        }
        visit_expr(e->value);
        visit_expr(e->target);
    }

    // A walrus in a comprehension binds in the nearest enclosing block that is not a comprehension.
    void extend_namedexpr_scope(ast::Name* target) {
        std::string_view name = target->id;
        for (std::size_t i = stack_.size(); i-- > 0;) {
            Scope* ste = stack_[i].scope;
            if (ste->comprehension != ComprehensionKind::None) {
                // CPython looks the unmangled name up here; so do we.
                if (ste->flags_of(name).has(SF::DEF_COMP_ITER)) {
                    fail(target->loc, quoted("assignment expression cannot rebind comprehension iteration variable ",
                                             name, ""));
                }
                continue;
            }
            if (ste->type == BlockType::Function) {
                bool global = ste->flags_of(name).has(SF::DEF_GLOBAL);
                add_def(name, global ? SF::DEF_GLOBAL : SF::DEF_NONLOCAL, target->loc);
                record_directive(name, target->loc);
                add_def_in(stack_[i], name, SF::DEF_LOCAL, target->loc);
                return;
            }
            if (ste->type == BlockType::Module) {
                add_def(name, SF::DEF_GLOBAL, target->loc);
                record_directive(name, target->loc);
                add_def_in(stack_[i], name, SF::DEF_GLOBAL, target->loc);
                return;
            }
            if (ste->type == BlockType::Class) {
                fail(target->loc, "assignment expression within a comprehension cannot be used in a class body");
            }
            // An annotation block: keep looking outwards, as CPython does.
        }
    }

    Scope* visit_comprehension(ast::Expr* e, std::string_view name, ComprehensionKind kind,
                               const std::vector<ast::Comprehension*>& generators, ast::Expr* elt,
                               ast::Expr* value) {
        bool is_generator = kind == ComprehensionKind::Generator;
        ast::Comprehension* outermost = generators.front();
        // The first iterable is evaluated in the enclosing block.
        ++cur().comp_iter_expr;
        visit_expr(outermost->iter);
        --cur().comp_iter_expr;

        Scope* ste = enter_block(name, BlockType::Function, e, e->loc.lineno, e->loc.col_offset);
        ste->comprehension = kind;
        if (outermost->is_async) ste->coroutine = true;
        add_def(".0", SF::DEF_PARAM, e->loc);  // the first iterator arrives as an argument
        cur().comp_iter_target = true;
        visit_expr(outermost->target);
        cur().comp_iter_target = false;
        visit_exprs(outermost->ifs);
        for (std::size_t i = 1; i < generators.size(); ++i) {
            ast::Comprehension* g = generators[i];
            cur().comp_iter_target = true;
            visit_expr(g->target);
            cur().comp_iter_target = false;
            ++cur().comp_iter_expr;
            visit_expr(g->iter);
            --cur().comp_iter_expr;
            visit_exprs(g->ifs);
            if (g->is_async) ste->coroutine = true;
        }
        if (value != nullptr) visit_expr(value);
        visit_expr(elt);
        ste->generator = is_generator;
        bool is_async = ste->coroutine && !is_generator;
        exit_block();
        // An async list/set/dict comprehension makes the block that runs it a coroutine too.
        if (is_async) cur().scope->coroutine = true;
        return ste;
    }

    SymbolTable& table_;
    const FutureFeatures& future_;
    const SourceFile& source_;
    Diagnostics& diags_;
    std::vector<Frame> stack_;
    std::string_view private_;  // the innermost enclosing class's name; empty outside classes
    std::string scratch_;
};

// ---------------------------------------------------------------------------------------------------------
// Pass 2

// A set of names, insertion-ordered, no allocation per name.
class NameSet {
public:
    bool contains(std::string_view n) const { return index_.find(n, KeyAt{this}) != NameIndex::kMissing; }
    void add(std::string_view n) {
        if (contains(n)) return;
        index_.insert(n, static_cast<std::uint32_t>(names_.size()), KeyAt{this});
        names_.push_back(n);
    }
    void add_all(const NameSet& other) {
        other.for_each([this](std::string_view n) { add(n); });
    }
    // Removal leaves a tombstone; sets here are small and short-lived.
    void remove(std::string_view n) {
        if (contains(n) && !removed(n)) dead_.push_back(n);
    }
    bool has(std::string_view n) const { return contains(n) && !removed(n); }
    template <class F>
    void for_each(F&& f) const {
        for (std::string_view n : names_) {
            if (!removed(n)) f(n);
        }
    }

private:
    bool removed(std::string_view n) const { return std::find(dead_.begin(), dead_.end(), n) != dead_.end(); }
    struct KeyAt {
        const NameSet* set;
        std::string_view operator()(std::uint32_t i) const { return set->names_[i]; }
    };
    std::vector<std::string_view> names_;
    std::vector<std::string_view> dead_;
    NameIndex index_;
};

bool is_local(SymbolFlags f) {
    return f.any(kDefBound) && !f.any(SF::DEF_GLOBAL | SF::DEF_NONLOCAL);
}

class Analyzer {
public:
    Analyzer(SymbolTable& table, const SourceFile& source, Diagnostics& diags)
        : table_(table), source_(source), diags_(diags) {}

    void run() {
        NameSet free;
        analyze_block(table_.top(), free);
    }

private:
    // Is `name` in the set of names bound in enclosing function blocks that `ste` receives?
    static bool bound_above(const Scope* ste, std::string_view name) {
        for (const Scope* b = ste->parent; b != nullptr; b = b->parent) {
            switch (b->type) {
                case BlockType::Module: return false;
                case BlockType::Class:
                    if (name == kClassCell) return true;
                    break;  // what the class received
                case BlockType::Function: {
                    SymbolFlags f = b->flags_of(name);
                    if (is_local(f)) return true;
                    if (f.has(SF::DEF_GLOBAL)) return false;  // a function's globals hide outer bindings
                    break;
                }
                case BlockType::Annotation: return false;
            }
        }
        return false;
    }

    [[noreturn]] void error_at_directive(const Scope* ste, std::string_view name, std::string msg) {
        for (const Directive& d : ste->directives) {
            if (d.name == name) raise_syntax_error(diags_, source_, d.lineno, d.col_offset, std::move(msg));
        }
        raise_syntax_error(diags_, source_, ste->lineno, ste->col_offset, std::move(msg));
    }

    void analyze_name(Scope* ste, Symbol* sym, bool has_bound, NameSet& free) {
        SymbolFlags f = sym->flags;
        if (f.has(SF::DEF_GLOBAL)) {
            if (f.has(SF::DEF_NONLOCAL)) error_at_directive(ste, sym->name, quoted("name ", sym->name, " is nonlocal and global"));
            sym->scope = SymbolScope::GLOBAL_EXPLICIT;
            return;
        }
        if (f.has(SF::DEF_NONLOCAL)) {
            if (!has_bound) error_at_directive(ste, sym->name, "nonlocal declaration not allowed at module level");
            if (!bound_above(ste, sym->name)) {
                error_at_directive(ste, sym->name, quoted("no binding for nonlocal ", sym->name, " found"));
            }
            sym->scope = SymbolScope::FREE;
            free.add(sym->name);
            return;
        }
        if (f.any(kDefBound)) {
            sym->scope = SymbolScope::LOCAL;
            return;
        }
        if (has_bound && bound_above(ste, sym->name)) {
            sym->scope = SymbolScope::FREE;
            free.add(sym->name);
            return;
        }
        sym->scope = SymbolScope::GLOBAL_IMPLICIT;
    }

    // Decides the scopes of `ste` and its children; adds the names still free here to `free`.
    void analyze_block(Scope* ste, NameSet& free) {
        bool has_bound = ste->parent != nullptr;
        // symbols may grow below (free names passing through); the original ones come first.
        std::size_t own = ste->symbols.size();
        for (std::size_t i = 0; i < own; ++i) analyze_name(ste, ste->symbols[i], has_bound, free);

        NameSet newfree;
        for (Scope* child : ste->children) {
            NameSet child_free;
            analyze_block(child, child_free);
            newfree.add_all(child_free);
        }

        if (ste->type == BlockType::Function) {
            // A local that a child uses free becomes a cell, and the closure stops here.
            for (std::size_t i = 0; i < own; ++i) {
                Symbol* s = ste->symbols[i];
                if (s->scope == SymbolScope::LOCAL && newfree.has(s->name)) {
                    s->scope = SymbolScope::CELL;
                    newfree.remove(s->name);
                }
            }
        } else if (ste->type == BlockType::Class && newfree.has(kClassCell)) {
            newfree.remove(kClassCell);
            ste->needs_class_closure = true;
        }

        // update_symbols: names free below that pass through this block.
        newfree.for_each([&](std::string_view name) {
            if (Symbol* s = ste->lookup(name)) {
                if (ste->type == BlockType::Class && s->flags.any(kDefBound | SF::DEF_GLOBAL)) {
                    s->flags |= SF::DEF_FREE_CLASS;
                }
                return;
            }
            if (has_bound && !bound_above(ste, name)) return;  // a global
            Symbol* s = table_.new_symbol();
            s->name = name;
            s->scope = SymbolScope::FREE;
            s->block = ste;
            ste->add(s);
        });
        free.add_all(newfree);

        // What the code object will list, sorted as CPython sorts co_cellvars / co_freevars.
        for (const Symbol* s : ste->symbols) {
            if (s->scope == SymbolScope::CELL) ste->cellvars.push_back(s->name);
            if (s->scope == SymbolScope::FREE || s->flags.has(SF::DEF_FREE_CLASS)) ste->freevars.push_back(s->name);
        }
        if (ste->needs_class_closure) ste->cellvars.push_back(kClassCell);
        std::sort(ste->cellvars.begin(), ste->cellvars.end());
        std::sort(ste->freevars.begin(), ste->freevars.end());
    }

    SymbolTable& table_;
    const SourceFile& source_;
    Diagnostics& diags_;
};

}  // namespace

bool build_symtable(ast::Module& module, const FutureFeatures& future, SymbolTable& table,
                    const SourceFile& source, Diagnostics& diags) {
    try {
        SymtableBuilder(table, future, source, diags).build(module);
        Analyzer(table, source, diags).run();
    } catch (const CompileError&) {
        return false;
    }
    return true;
}

std::unique_ptr<ResolvedModule> resolve(ast::Module& module, const SourceFile& source, Diagnostics& diags) {
    auto result = std::make_unique<ResolvedModule>();
    if (!parse_future(module, result->future, source, diags)) return nullptr;
    if (!build_symtable(module, result->future, result->table, source, diags)) return nullptr;
    if (!check_blocks(module, *result, source, diags)) return nullptr;
    return result;
}

}  // namespace py2cpp
