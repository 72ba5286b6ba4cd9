// Front end — the name and block errors CPython 3.11's code generator (Python/compile.c) raises.
//
// CPython finds these while emitting bytecode, after the symbol table is complete, so a file with both a
// symbol-table error and one of these reports the symbol-table error. Which of several of these wins is
// decided by the order compile.c walks the tree, which is not source order: an assignment's value before
// its targets, a def's decorators, defaults and annotations before its body, a class body before its bases,
// a comprehension's body before its first iterable. This pass walks in that order.
//
// The checks, each where compile.c makes it:
//   - 'return' / 'yield' / 'await' outside a function, 'await' outside an async function, 'yield from' and
//     'return' with a value in an async generator, 'async for' / 'async with' outside an async function,
//     asynchronous list/set/dict comprehensions outside an async function;
//   - 'break' / 'continue' outside a loop, 'break'/'continue'/'return' inside except*, and
//     "too many statically nested blocks" (more than 20 loops/try/with/handler frames in one function) —
//     by keeping compile.c's stack of frame blocks. A `return`/`break`/`continue` that leaves a `finally`
//     compiles that finally body on the spot, so errors in it are found then; we visit it then too;
//   - default 'except:' not last; starred targets and multiple starred expressions in an assignment;
//   - assigning or deleting `__debug__` (names, attributes, parameters, keywords, imports, patterns);
//   - a repeated keyword argument; a `from __future__` import not at the top of the file;
//   - `match` patterns: irrefutable patterns before the last case, names bound twice, alternatives binding
//     different names, duplicate mapping keys, repeated class-pattern attributes, two starred names.
//
// Each error is reported at compile.c's "current location": the innermost statement, expression or
// pattern being compiled. Statements and patterns set it and leave it set, expressions restore it when
// done, and unwinding a `with` or `finally` leaves it unset (CPython then reports line -1; we report 0).
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "frontend/diagnostics.h"
#include "frontend/pyrepr.h"
#include "frontend/resolver.h"
#include "frontend/source.h"

namespace py2cpp {
namespace {

constexpr std::size_t kMaxBlocks = 20;   // CO_MAXBLOCKS
constexpr std::size_t kStackUseGuideline = 30;

enum class UnitKind : std::uint8_t { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

// compile.c's frame blocks: what a break/continue/return has to unwind through.
enum class FBlock : std::uint8_t {
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator
};

struct FBlockInfo {
    FBlock type;
    const ast::StmtList* finalbody = nullptr;  // FinallyTry: compiled again on every exit through it
};

struct Loc {
    int lineno = -1;  // -1: unset, as after unwinding a with/finally
    int col_offset = -1;
};

struct Unit {
    UnitKind kind;
    const Scope* ste;
    std::vector<FBlockInfo> fblocks;
    Loc loc;
};

bool is_wildcard(const ast::Pattern* p) {
    const auto* as = ast::as<ast::MatchAs>(p);
    return as != nullptr && as->pattern == nullptr && !as->name;
}
bool is_star_wildcard(const ast::Pattern* p) {
    const auto* star = ast::as<ast::MatchStar>(p);
    return star != nullptr && !star->name;
}

// A mapping-pattern key folded as CPython's AST optimizer folds it (`-1`, `1+2j`), for the duplicate check.
struct ConstKey {
    std::string equality;  // equal for keys Python considers equal (1 == 1.0 == True)
    std::string repr;
};

std::string float_component(double x) {
    std::string s = repr_float(x);
    if (s.ends_with(".0")) s.resize(s.size() - 2);  // complex.__repr__ drops a trailing .0
    return s;
}

class BlockChecker {
public:
    BlockChecker(const ResolvedModule& resolved, const SourceFile& source, Diagnostics& diags)
        : resolved_(resolved), source_(source), diags_(diags) {}

    void run(const ast::Module& module) {
        units_.push_back({UnitKind::Module, resolved_.table.top(), {}, {}});
        if (!module.body.empty()) loc() = at(module.body.front());
        for (const ast::Stmt* s : module.body) visit_stmt(s);
    }

private:
    // -----------------------------------------------------------------------------------------------------
    // State

    Unit& unit() { return units_.back(); }
    Loc& loc() { return unit().loc; }
    static Loc at(const ast::Node* n) { return {n->loc.lineno, n->loc.col_offset}; }

    [[noreturn]] void fail(std::string msg) {
        Loc l = loc();
        if (l.lineno < 1) {  // compile.c reports line -1 here; there is no better place to point at
            diags_.error(0, 0, std::move(msg));
            throw CompileError();
        }
        raise_syntax_error(diags_, source_, l.lineno, l.col_offset, std::move(msg));
    }
    [[noreturn]] void fail_at(const ast::Node* n, std::string msg) {
        loc() = at(n);
        fail(std::move(msg));
    }

    void push_fblock(FBlock type, const ast::StmtList* finalbody = nullptr) {
        if (unit().fblocks.size() >= kMaxBlocks) fail("too many statically nested blocks");
        unit().fblocks.push_back({type, finalbody});
    }
    void pop_fblock() { unit().fblocks.pop_back(); }

    bool in_function_block() { return unit().ste != nullptr && unit().ste->type == BlockType::Function; }

    template <class F>
    void in_unit(UnitKind kind, const Scope* ste, Loc start, F&& body) {
        units_.push_back({kind, ste, {}, start});
        body();
        units_.pop_back();
    }

    void forbidden_name(std::string_view name, ast::ExprContext ctx) {
        if (name != "__debug__") return;
        if (ctx == ast::ExprContext::Store) fail("cannot assign to __debug__");
        if (ctx == ast::ExprContext::Del) fail("cannot delete __debug__");
    }
    void store_name(std::string_view name) { forbidden_name(name, ast::ExprContext::Store); }

    // -----------------------------------------------------------------------------------------------------
    // Unwinding (compiler_unwind_fblock_stack): what a return/break/continue does to the frames it leaves.
    // Returns true if a loop was found (for break/continue).

    bool unwind_fblock_stack(bool preserve_tos, bool stop_at_loop) {
        std::vector<FBlockInfo>& stack = unit().fblocks;
        if (stack.empty()) return false;
        FBlockInfo top = stack.back();
        if (top.type == FBlock::ExceptionGroupHandler) {
            fail("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (stop_at_loop && (top.type == FBlock::WhileLoop || top.type == FBlock::ForLoop)) return true;
        stack.pop_back();
        unwind_fblock(top, preserve_tos);
        bool found = unwind_fblock_stack(preserve_tos, stop_at_loop);
        unit().fblocks.push_back(top);
        return found;
    }

    void unwind_fblock(const FBlockInfo& info, bool preserve_tos) {
        switch (info.type) {
            case FBlock::FinallyTry:
                // The finally body runs on the way out, so it is compiled here.
                if (preserve_tos) push_fblock(FBlock::PopValue);
                visit_body(*info.finalbody);
                if (preserve_tos) pop_fblock();
                loc() = Loc{};
                break;
            case FBlock::With:
            case FBlock::AsyncWith: loc() = Loc{}; break;
            default: break;
        }
    }

    // -----------------------------------------------------------------------------------------------------
    // Statements

    void visit_body(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) visit_stmt(s);
    }

    void visit_stmt(const ast::Stmt* s) {
        loc() = at(s);
        using K = ast::StmtKind;
        switch (s->kind) {
            case K::FunctionDef: visit_function(static_cast<const ast::FunctionDef*>(s)); break;
            case K::ClassDef: visit_class(static_cast<const ast::ClassDef*>(s)); break;
            case K::Return: visit_return(static_cast<const ast::Return*>(s)); break;
            case K::Delete:
                for (const ast::Expr* t : static_cast<const ast::Delete*>(s)->targets) visit_expr(t);
                break;
            case K::Assign: {
                const auto* a = static_cast<const ast::Assign*>(s);
                visit_expr(a->value);
                for (const ast::Expr* t : a->targets) visit_expr(t);
                break;
            }
            case K::AugAssign: visit_augassign(static_cast<const ast::AugAssign*>(s)); break;
            case K::AnnAssign: visit_annassign(static_cast<const ast::AnnAssign*>(s)); break;
            case K::For: {
                const auto* f = static_cast<const ast::For*>(s);
                if (f->is_async && unit().kind != UnitKind::AsyncFunction) {
                    fail("'async for' outside async function");
                }
                visit_expr(f->iter);
                push_fblock(FBlock::ForLoop);
                visit_expr(f->target);
                visit_body(f->body);
                pop_fblock();
                visit_body(f->orelse);
                break;
            }
            case K::While: {
                const auto* w = static_cast<const ast::While*>(s);
                push_fblock(FBlock::WhileLoop);
                visit_expr(w->test);
                visit_body(w->body);
                pop_fblock();
                visit_body(w->orelse);
                break;
            }
            case K::If: {
                const auto* i = static_cast<const ast::If*>(s);
                visit_expr(i->test);
                visit_body(i->body);
                visit_body(i->orelse);
                break;
            }
            case K::With: visit_with(static_cast<const ast::With*>(s), 0); break;
            case K::Match: visit_match(static_cast<const ast::Match*>(s)); break;
            case K::Raise: {
                const auto* r = static_cast<const ast::Raise*>(s);
                if (r->exc != nullptr) {
                    visit_expr(r->exc);
                    if (r->cause != nullptr) visit_expr(r->cause);
                }
                break;
            }
            case K::Try: visit_try(static_cast<const ast::Try*>(s)); break;
            case K::Assert: {
                const auto* a = static_cast<const ast::Assert*>(s);
                visit_expr(a->test);
                if (a->msg != nullptr) visit_expr(a->msg);
                break;
            }
            case K::Import:
                for (const ast::Alias* a : static_cast<const ast::Import*>(s)->names) {
                    std::string_view name = a->asname ? std::string_view(*a->asname) : std::string_view(a->name);
                    if (!a->asname) name = name.substr(0, name.find('.'));
                    store_name(name);
                }
                break;
            case K::ImportFrom: {
                const auto* f = static_cast<const ast::ImportFrom*>(s);
                if (s->loc.lineno > resolved_.future.lineno && f->module && *f->module == "__future__") {
                    fail("from __future__ imports must occur at the beginning of the file");
                }
                for (const ast::Alias* a : f->names) {
                    if (a->name == "*") break;
                    store_name(a->asname ? *a->asname : a->name);
                }
                break;
            }
            case K::Global:
            case K::Nonlocal:
            case K::Pass: break;
            case K::Expr: visit_expr(static_cast<const ast::ExprStmt*>(s)->value); break;
            case K::Break:
            case K::Continue: {
                Loc saved = loc();
                bool found = unwind_fblock_stack(false, true);
                if (!found) {
                    loc() = saved;
                    fail(s->kind == K::Break ? "'break' outside loop" : "'continue' not properly in loop");
                }
                break;
            }
        }
    }

    void check_debug_args(const ast::Arguments* a) {
        for (const ast::Arg* p : a->posonlyargs) store_name(p->arg);
        for (const ast::Arg* p : a->args) store_name(p->arg);
        if (a->vararg != nullptr) store_name(a->vararg->arg);
        for (const ast::Arg* p : a->kwonlyargs) store_name(p->arg);
        if (a->kwarg != nullptr) store_name(a->kwarg->arg);
    }

    void visit_defaults(const ast::Arguments* a) {
        for (const ast::Expr* d : a->defaults) visit_expr(d);
        for (const ast::Expr* d : a->kw_defaults) {
            if (d != nullptr) visit_expr(d);
        }
    }

    void visit_arg_annotation(const ast::Expr* annotation) {
        if (annotation == nullptr) return;
        if (const auto* star = ast::as<ast::Starred>(annotation)) {
            visit_expr(star->value);  // `*args: *Ts`
        } else {
            visit_expr(annotation);
        }
    }

    void visit_function(const ast::FunctionDef* f) {
        check_debug_args(f->args);
        for (const ast::Expr* d : f->decorator_list) visit_expr(d);
        visit_defaults(f->args);
        if (!resolved_.future.annotations) {  // otherwise annotations are strings
            const ast::Arguments* a = f->args;
            for (const ast::Arg* p : a->args) visit_arg_annotation(p->annotation);
            for (const ast::Arg* p : a->posonlyargs) visit_arg_annotation(p->annotation);
            if (a->vararg != nullptr) visit_arg_annotation(a->vararg->annotation);
            for (const ast::Arg* p : a->kwonlyargs) visit_arg_annotation(p->annotation);
            if (a->kwarg != nullptr) visit_arg_annotation(a->kwarg->annotation);
            visit_arg_annotation(f->returns);
        }
        UnitKind kind = f->is_async ? UnitKind::AsyncFunction : UnitKind::Function;
        in_unit(kind, f->scope, at(f), [&] { visit_body(f->body); });
        store_name(f->name);
    }

    void visit_class(const ast::ClassDef* c) {
        for (const ast::Expr* d : c->decorator_list) visit_expr(d);
        in_unit(UnitKind::Class, c->scope, at(c), [&] { visit_body(c->body); });
        visit_call_args(c->bases, c->keywords);
        store_name(c->name);
    }

    void visit_return(const ast::Return* r) {
        if (!in_function_block()) fail("'return' outside function");
        if (r->value != nullptr && unit().ste->coroutine && unit().ste->generator) {
            fail("'return' with value in async generator");
        }
        bool preserve_tos = r->value != nullptr && r->value->kind != ast::ExprKind::Constant;
        if (preserve_tos) {
            visit_expr(r->value);
        } else if (r->value != nullptr) {
            loc() = at(r->value);
        }
        if (r->value == nullptr || r->value->loc.lineno != r->loc.lineno) loc() = at(r);
        unwind_fblock_stack(preserve_tos, false);
    }

    void visit_augassign(const ast::AugAssign* s) {
        const ast::Expr* t = s->target;
        if (const auto* a = ast::as<ast::Attribute>(t)) {
            visit_expr(a->value);
        } else if (const auto* sub = ast::as<ast::Subscript>(t)) {
            visit_expr(sub->value);
            visit_expr(sub->slice);
        }
        visit_expr(s->value);
        if (const auto* n = ast::as<ast::Name>(t)) {
            loc() = at(t);
            store_name(n->id);
        }
    }

    // compile.c evaluates an annotation only where it will be stored: module and class level.
    void check_ann_expr(const ast::Expr* e) { visit_expr(e); }
    void check_ann_subscr(const ast::Expr* e) {
        if (const auto* sl = ast::as<ast::Slice>(e)) {
            if (sl->lower != nullptr) check_ann_expr(sl->lower);
            if (sl->upper != nullptr) check_ann_expr(sl->upper);
            if (sl->step != nullptr) check_ann_expr(sl->step);
        } else if (const auto* tup = ast::as<ast::Tuple>(e)) {
            for (const ast::Expr* x : tup->elts) check_ann_subscr(x);
        } else {
            check_ann_expr(e);
        }
    }
    bool annotations_evaluated() const {
        UnitKind k = units_.back().kind;
        return !resolved_.future.annotations && (k == UnitKind::Module || k == UnitKind::Class);
    }

    void visit_annassign(const ast::AnnAssign* s) {
        if (s->value != nullptr) {
            visit_expr(s->value);
            visit_expr(s->target);
        }
        const ast::Expr* t = s->target;
        if (const auto* n = ast::as<ast::Name>(t)) {
            store_name(n->id);
            if (s->simple && annotations_evaluated()) visit_expr(s->annotation);
        } else if (const auto* a = ast::as<ast::Attribute>(t)) {
            store_name(a->attr);
            if (s->value == nullptr) check_ann_expr(a->value);
        } else if (const auto* sub = ast::as<ast::Subscript>(t)) {
            if (s->value == nullptr) {
                check_ann_expr(sub->value);
                check_ann_subscr(sub->slice);
            }
        }
        if (!s->simple && annotations_evaluated()) visit_expr(s->annotation);
    }

    void visit_with(const ast::With* s, std::size_t pos) {
        if (s->is_async && unit().kind != UnitKind::AsyncFunction) fail("'async with' outside async function");
        const ast::WithItem* item = s->items[pos];
        visit_expr(item->context_expr);
        push_fblock(s->is_async ? FBlock::AsyncWith : FBlock::With);
        if (item->optional_vars != nullptr) visit_expr(item->optional_vars);
        if (pos + 1 == s->items.size()) {
            visit_body(s->body);
        } else {
            visit_with(s, pos + 1);
        }
        pop_fblock();
    }

    void visit_try(const ast::Try* t) {
        if (t->finalbody.empty()) {
            visit_try_except(t);
            return;
        }
        push_fblock(FBlock::FinallyTry, &t->finalbody);
        if (!t->handlers.empty()) {
            visit_try_except(t);
        } else {
            visit_body(t->body);
        }
        pop_fblock();
        visit_body(t->finalbody);  // the normal exit
        loc() = Loc{};
        // The exceptional exit compiles the finally body once more, one frame deeper; only the frame
        // limit can tell the two copies apart, so the second visit is made only when it might hit it.
        if (unit().fblocks.size() + 1 + max_depth(t->finalbody) > kMaxBlocks) {
            push_fblock(FBlock::FinallyEnd);
            visit_body(t->finalbody);
            pop_fblock();
        }
    }

    void visit_try_except(const ast::Try* t) {
        push_fblock(FBlock::TryExcept);
        visit_body(t->body);
        pop_fblock();
        visit_body(t->orelse);
        loc() = Loc{};
        push_fblock(t->is_star ? FBlock::ExceptionGroupHandler : FBlock::ExceptionHandler);
        std::size_t n = t->handlers.size();
        for (std::size_t i = 0; i < n; ++i) {
            const ast::ExceptHandler* h = t->handlers[i];
            loc() = at(h);
            if (!t->is_star && h->type == nullptr && i + 1 < n) fail("default 'except:' must be last");
            if (h->type != nullptr) visit_expr(h->type);
            if (h->name) store_name(*h->name);
            push_fblock(FBlock::HandlerCleanup);
            visit_body(h->body);
            pop_fblock();
            loc() = Loc{};
        }
        pop_fblock();
    }

    // An upper bound on the frames a statement list pushes (for the finally-copy shortcut above).
    static std::size_t max_depth(const ast::StmtList& body) {
        std::size_t best = 0;
        for (const ast::Stmt* s : body) best = std::max(best, max_depth(s));
        return best;
    }
    static std::size_t max_depth(const ast::Stmt* s) {
        using K = ast::StmtKind;
        switch (s->kind) {
            case K::For: {
                const auto* f = static_cast<const ast::For*>(s);
                return std::max(1 + max_depth(f->body), max_depth(f->orelse));
            }
            case K::While: {
                const auto* w = static_cast<const ast::While*>(s);
                return std::max(1 + max_depth(w->body), max_depth(w->orelse));
            }
            case K::If: {
                const auto* i = static_cast<const ast::If*>(s);
                return std::max(max_depth(i->body), max_depth(i->orelse));
            }
            case K::With: {
                const auto* w = static_cast<const ast::With*>(s);
                return w->items.size() + max_depth(w->body);
            }
            case K::Try: {
                const auto* t = static_cast<const ast::Try*>(s);
                std::size_t d = std::max(max_depth(t->body), max_depth(t->orelse));
                for (const ast::ExceptHandler* h : t->handlers) d = std::max(d, 1 + max_depth(h->body));
                d = std::max(d, max_depth(t->finalbody));
                return 2 + d;
            }
            case K::Match: {
                std::size_t d = 0;
                for (const ast::MatchCase* c : static_cast<const ast::Match*>(s)->cases) d = std::max(d, max_depth(c->body));
                return d;
            }
            default: return 0;
        }
    }

    // -----------------------------------------------------------------------------------------------------
    // Expressions

    void visit_expr(const ast::Expr* e) {
        Loc saved = loc();
        loc() = at(e);
        visit_expr1(e);
        loc() = saved;
    }

    void visit_elts(const ast::ExprList& elts) {  // starunpack_helper: a starred element contributes its value
        for (const ast::Expr* x : elts) {
            if (const auto* star = ast::as<ast::Starred>(x)) {
                visit_expr(star->value);
            } else {
                visit_expr(x);
            }
        }
    }

    void visit_sequence(const ast::ExprList& elts, ast::ExprContext ctx) {
        if (ctx == ast::ExprContext::Store) {
            // unpack_helper
            bool seen_star = false;
            for (std::size_t i = 0; i < elts.size(); ++i) {
                if (elts[i]->kind != ast::ExprKind::Starred) continue;
                if (seen_star) fail("multiple starred expressions in assignment");
                if (i >= (1u << 8)) fail("too many expressions in star-unpacking assignment");
                seen_star = true;
            }
            visit_elts(elts);
        } else if (ctx == ast::ExprContext::Load) {
            visit_elts(elts);
        } else {
            for (const ast::Expr* x : elts) visit_expr(x);
        }
    }

    void visit_expr1(const ast::Expr* e) {
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::NamedExpr: {
                const auto* n = static_cast<const ast::NamedExpr*>(e);
                visit_expr(n->value);
                visit_expr(n->target);
                break;
            }
            case K::BoolOp:
                for (const ast::Expr* v : static_cast<const ast::BoolOp*>(e)->values) visit_expr(v);
                break;
            case K::BinOp: {
                const auto* b = static_cast<const ast::BinOp*>(e);
                visit_expr(b->left);
                visit_expr(b->right);
                break;
            }
            case K::UnaryOp: visit_expr(static_cast<const ast::UnaryOp*>(e)->operand); break;
            case K::Lambda: {
                const auto* l = static_cast<const ast::Lambda*>(e);
                check_debug_args(l->args);
                visit_defaults(l->args);
                in_unit(UnitKind::Lambda, l->scope, at(l), [&] { visit_expr(l->body); });
                break;
            }
            case K::IfExp: {
                const auto* i = static_cast<const ast::IfExp*>(e);
                visit_expr(i->test);
                visit_expr(i->body);
                visit_expr(i->orelse);
                break;
            }
            case K::Dict: {
                const auto* d = static_cast<const ast::Dict*>(e);
                for (std::size_t i = 0; i < d->values.size(); ++i) {
                    if (d->keys[i] != nullptr) visit_expr(d->keys[i]);
                    visit_expr(d->values[i]);
                }
                break;
            }
            case K::Set: visit_elts(static_cast<const ast::Set*>(e)->elts); break;
            case K::ListComp: {
                const auto* c = static_cast<const ast::ListComp*>(e);
                visit_comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case K::SetComp: {
                const auto* c = static_cast<const ast::SetComp*>(e);
                visit_comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case K::DictComp: {
                const auto* c = static_cast<const ast::DictComp*>(e);
                visit_comprehension(e, c->scope, c->generators, c->key, c->value);
                break;
            }
            case K::GeneratorExp: {
                const auto* c = static_cast<const ast::GeneratorExp*>(e);
                visit_comprehension(e, c->scope, c->generators, c->elt, nullptr);
                break;
            }
            case K::Yield: {
                if (!in_function_block()) fail("'yield' outside function");
                const auto* y = static_cast<const ast::Yield*>(e);
                if (y->value != nullptr) visit_expr(y->value);
                break;
            }
            case K::YieldFrom:
                if (!in_function_block()) fail("'yield' outside function");
                if (unit().kind == UnitKind::AsyncFunction) fail("'yield from' inside async function");
                visit_expr(static_cast<const ast::YieldFrom*>(e)->value);
                break;
            case K::Await:
                if (!in_function_block()) fail("'await' outside function");
                if (unit().kind != UnitKind::AsyncFunction && unit().kind != UnitKind::Comprehension) {
                    fail("'await' outside async function");
                }
                visit_expr(static_cast<const ast::Await*>(e)->value);
                break;
            case K::Compare: {
                const auto* c = static_cast<const ast::Compare*>(e);
                visit_expr(c->left);
                for (const ast::Expr* x : c->comparators) visit_expr(x);
                break;
            }
            case K::Call: visit_call(static_cast<const ast::Call*>(e)); break;
            case K::FormattedValue: {
                const auto* f = static_cast<const ast::FormattedValue*>(e);
                visit_expr(f->value);
                if (f->format_spec != nullptr) visit_expr(f->format_spec);
                break;
            }
            case K::JoinedStr:
                for (const ast::Expr* v : static_cast<const ast::JoinedStr*>(e)->values) visit_expr(v);
                break;
            case K::Constant: break;
            case K::Attribute: {
                const auto* a = static_cast<const ast::Attribute*>(e);
                visit_expr(a->value);
                if (a->ctx == ast::ExprContext::Store) store_name(a->attr);
                break;
            }
            case K::Subscript: {
                const auto* s = static_cast<const ast::Subscript*>(e);
                visit_expr(s->value);
                visit_expr(s->slice);
                break;
            }
            case K::Starred:
                if (static_cast<const ast::Starred*>(e)->ctx == ast::ExprContext::Store) {
                    fail("starred assignment target must be in a list or tuple");
                }
                fail("can't use starred expression here");
            case K::Name: {
                const auto* n = static_cast<const ast::Name*>(e);
                forbidden_name(n->id, n->ctx);
                break;
            }
            case K::List: {
                const auto* l = static_cast<const ast::List*>(e);
                visit_sequence(l->elts, l->ctx);
                break;
            }
            case K::Tuple: {
                const auto* t = static_cast<const ast::Tuple*>(e);
                visit_sequence(t->elts, t->ctx);
                break;
            }
            case K::Slice: {
                const auto* s = static_cast<const ast::Slice*>(e);
                if (s->lower != nullptr) visit_expr(s->lower);
                if (s->upper != nullptr) visit_expr(s->upper);
                if (s->step != nullptr) visit_expr(s->step);
                break;
            }
        }
    }

    void validate_keywords(const std::vector<ast::Keyword*>& keywords) {
        for (std::size_t i = 0; i < keywords.size(); ++i) {
            const ast::Keyword* k = keywords[i];
            if (!k->arg) continue;
            store_name(*k->arg);
            for (std::size_t j = i + 1; j < keywords.size(); ++j) {
                const ast::Keyword* other = keywords[j];
                if (other->arg && *other->arg == *k->arg) fail_at(other, fmt::format("keyword argument repeated: {}", *k->arg));
            }
        }
    }

    void visit_call_args(const ast::ExprList& args, const std::vector<ast::Keyword*>& keywords) {
        validate_keywords(keywords);
        visit_elts(args);
        for (const ast::Keyword* k : keywords) visit_expr(k->value);
    }

    // The module-level name was bound by an import (compile.c then skips its method-call shortcut).
    bool is_import_originated(const ast::Expr* e) const {
        const auto* n = ast::as<ast::Name>(e);
        return n != nullptr && resolved_.table.top()->flags_of(n->id).has(SymbolFlag::DEF_IMPORT);
    }

    void visit_call(const ast::Call* c) {
        // maybe_optimize_method_call: `obj.meth(args)` checks its keywords before evaluating anything.
        if (const auto* meth = ast::as<ast::Attribute>(c->func);
            meth != nullptr && meth->ctx == ast::ExprContext::Load && !is_import_originated(meth->value) &&
            c->args.size() + c->keywords.size() + (c->keywords.empty() ? 0 : 1) < kStackUseGuideline &&
            std::none_of(c->args.begin(), c->args.end(), [](const ast::Expr* a) { return a->kind == ast::ExprKind::Starred; }) &&
            std::all_of(c->keywords.begin(), c->keywords.end(), [](const ast::Keyword* k) { return k->arg.has_value(); })) {
            validate_keywords(c->keywords);
            visit_expr(meth->value);
            for (const ast::Expr* a : c->args) visit_expr(a);
            for (const ast::Keyword* k : c->keywords) visit_expr(k->value);
            return;
        }
        visit_expr(c->func);
        visit_call_args(c->args, c->keywords);
    }

    void visit_comprehension(const ast::Expr* e, const Scope* ste, const std::vector<ast::Comprehension*>& generators,
                             const ast::Expr* elt, const ast::Expr* value) {
        UnitKind outer = unit().kind;
        in_unit(UnitKind::Comprehension, ste, at(e), [&] {
            bool is_genexp = e->kind == ast::ExprKind::GeneratorExp;
            if (ste->coroutine && !is_genexp && outer != UnitKind::AsyncFunction &&
                outer != UnitKind::Comprehension) {
                fail("asynchronous comprehension outside of an asynchronous function");
            }
            visit_generator(generators, 0, elt, value);
        });
        visit_expr(generators.front()->iter);  // evaluated in the enclosing block, after the body is built
    }

    void visit_generator(const std::vector<ast::Comprehension*>& generators, std::size_t index, const ast::Expr* elt,
                         const ast::Expr* value) {
        const ast::Comprehension* gen = generators[index];
        if (index > 0) visit_expr(gen->iter);
        if (gen->is_async) push_fblock(FBlock::AsyncComprehensionGenerator);
        visit_expr(gen->target);
        for (const ast::Expr* test : gen->ifs) visit_expr(test);
        if (index + 1 < generators.size()) {
            visit_generator(generators, index + 1, elt, value);
        } else {
            visit_expr(elt);
            if (value != nullptr) visit_expr(value);
        }
        if (gen->is_async) pop_fblock();
    }

    // -----------------------------------------------------------------------------------------------------
    // match

    struct PatternContext {
        std::vector<std::string_view> stores;  // names bound so far by this case's pattern
        bool allow_irrefutable = false;
    };

    void visit_match(const ast::Match* m) {
        visit_expr(m->subject);
        std::size_t cases = m->cases.size();
        bool has_default = cases > 1 && is_wildcard(m->cases.back()->pattern);
        for (std::size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
            const ast::MatchCase* c = m->cases[i];
            loc() = at(c->pattern);
            PatternContext pc;
            pc.allow_irrefutable = c->guard != nullptr || i + 1 == cases;
            visit_pattern(c->pattern, pc);
            if (c->guard != nullptr) visit_expr(c->guard);
            visit_body(c->body);
        }
        if (has_default) {
            const ast::MatchCase* c = m->cases.back();
            loc() = at(c->pattern);
            if (c->guard != nullptr) visit_expr(c->guard);
            visit_body(c->body);
        }
    }

    void pattern_store_name(const std::optional<ast::Identifier>& name, PatternContext& pc) {
        if (!name) return;
        store_name(*name);
        if (std::find(pc.stores.begin(), pc.stores.end(), std::string_view(*name)) != pc.stores.end()) {
            fail(fmt::format("multiple assignments to name {} in pattern", repr_str(*name)));
        }
        pc.stores.push_back(*name);
    }

    void visit_subpattern(const ast::Pattern* p, PatternContext& pc) {
        bool saved = std::exchange(pc.allow_irrefutable, true);
        visit_pattern(p, pc);
        pc.allow_irrefutable = saved;
    }

    void visit_pattern(const ast::Pattern* p, PatternContext& pc) {
        loc() = at(p);
        using K = ast::PatternKind;
        switch (p->kind) {
            case K::MatchValue: visit_expr(static_cast<const ast::MatchValue*>(p)->value); break;
            case K::MatchSingleton: break;
            case K::MatchSequence: {
                const ast::PatternList& pats = static_cast<const ast::MatchSequence*>(p)->patterns;
                bool seen_star = false;
                bool star_wildcard = false;
                for (const ast::Pattern* q : pats) {
                    if (q->kind != K::MatchStar) continue;
                    if (seen_star) fail("multiple starred names in sequence pattern");
                    seen_star = true;
                    star_wildcard = is_star_wildcard(q);
                }
                bool only_wildcard = std::all_of(pats.begin(), pats.end(), [](const ast::Pattern* q) {
                    return is_wildcard(q) || is_star_wildcard(q);
                });
                if (only_wildcard) break;
                for (const ast::Pattern* q : pats) {
                    // With a `*_`, compile.c indexes the sequence and skips the wildcards altogether.
                    if (star_wildcard && (is_wildcard(q) || is_star_wildcard(q))) continue;
                    visit_subpattern(q, pc);
                }
                break;
            }
            case K::MatchMapping: visit_mapping_pattern(static_cast<const ast::MatchMapping*>(p), pc); break;
            case K::MatchClass: {
                const auto* c = static_cast<const ast::MatchClass*>(p);
                for (std::size_t i = 0; i < c->kwd_attrs.size(); ++i) {
                    loc() = at(c->kwd_patterns[i]);
                    store_name(c->kwd_attrs[i]);
                    for (std::size_t j = i + 1; j < c->kwd_attrs.size(); ++j) {
                        if (c->kwd_attrs[j] == c->kwd_attrs[i]) {
                            fail_at(c->kwd_patterns[j], fmt::format("attribute name repeated in class pattern: {}", c->kwd_attrs[i]));
                        }
                    }
                }
                loc() = at(p);
                visit_expr(c->cls);
                for (const ast::Pattern* q : c->patterns) {
                    if (!is_wildcard(q)) visit_subpattern(q, pc);
                }
                for (const ast::Pattern* q : c->kwd_patterns) {
                    if (!is_wildcard(q)) visit_subpattern(q, pc);
                }
                break;
            }
            case K::MatchStar: pattern_store_name(static_cast<const ast::MatchStar*>(p)->name, pc); break;
            case K::MatchAs: {
                const auto* as = static_cast<const ast::MatchAs*>(p);
                if (as->pattern == nullptr) {
                    if (!pc.allow_irrefutable) {
                        if (as->name) fail(fmt::format("name capture {} makes remaining patterns unreachable", repr_str(*as->name)));
                        fail("wildcard makes remaining patterns unreachable");
                    }
                    pattern_store_name(as->name, pc);
                    break;
                }
                visit_pattern(as->pattern, pc);
                pattern_store_name(as->name, pc);
                break;
            }
            case K::MatchOr: visit_or_pattern(static_cast<const ast::MatchOr*>(p), pc); break;
        }
    }

    void visit_or_pattern(const ast::MatchOr* p, PatternContext& pc) {
        std::vector<std::string_view> control;
        std::size_t n = p->patterns.size();
        for (std::size_t i = 0; i < n; ++i) {
            const ast::Pattern* alt = p->patterns[i];
            loc() = at(alt);
            PatternContext sub;
            sub.allow_irrefutable = i + 1 == n && pc.allow_irrefutable;
            visit_pattern(alt, sub);
            if (i == 0) {
                control = std::move(sub.stores);
                continue;
            }
            // Every alternative must bind the same names (in any order).
            bool same = sub.stores.size() == control.size() &&
                        std::all_of(control.begin(), control.end(), [&](std::string_view name) {
                            return std::find(sub.stores.begin(), sub.stores.end(), name) != sub.stores.end();
                        });
            if (!same) fail("alternative patterns bind different names");
        }
        for (std::string_view name : control) {
            if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
                fail(fmt::format("multiple assignments to name {} in pattern", repr_str(name)));
            }
            pc.stores.push_back(name);
        }
    }

    void visit_mapping_pattern(const ast::MatchMapping* p, PatternContext& pc) {
        if (p->keys.empty() && !p->rest) return;
        std::vector<std::string> seen;
        for (const ast::Expr* key : p->keys) {
            if (std::optional<ConstKey> k = fold_constant(key)) {
                if (std::find(seen.begin(), seen.end(), k->equality) != seen.end()) {
                    fail(fmt::format("mapping pattern checks duplicate key ({})", k->repr));
                }
                seen.push_back(std::move(k->equality));
            } else if (key->kind != ast::ExprKind::Attribute) {
                fail("mapping pattern keys may only match literals and attribute lookups");
            }
            visit_expr(key);
        }
        for (const ast::Pattern* q : p->patterns) visit_subpattern(q, pc);
        pattern_store_name(p->rest, pc);
    }

    // Folds a literal key the way the AST optimizer does before compile.c sees it.
    static std::optional<ConstKey> fold_constant(const ast::Expr* e) {
        struct Num {
            bool is_int = false;
            bool negative = false;
            std::string digits;  // is_int
            double real = 0.0, imag = 0.0;
            bool is_complex = false;
        };
        auto number = [](const ast::Expr* x, auto& self) -> std::optional<Num> {
            if (const auto* c = ast::as<ast::Constant>(x)) {
                Num n;
                switch (c->value.kind) {
                    case ast::ConstantValue::Kind::Int: n.is_int = true; n.digits = c->value.text; return n;
                    case ast::ConstantValue::Kind::Float: n.real = c->value.number; return n;
                    case ast::ConstantValue::Kind::Complex: n.is_complex = true; n.imag = c->value.number; return n;
                    default: return std::nullopt;
                }
            }
            if (const auto* u = ast::as<ast::UnaryOp>(x); u != nullptr && u->op == ast::UnaryOpKind::USub) {
                std::optional<Num> n = self(u->operand, self);
                if (!n) return std::nullopt;
                n->negative = !n->negative;
                n->real = -n->real;
                n->imag = -n->imag;
                return n;
            }
            if (const auto* b = ast::as<ast::BinOp>(x);
                b != nullptr && (b->op == ast::OperatorKind::Add || b->op == ast::OperatorKind::Sub)) {
                std::optional<Num> l = self(b->left, self);
                std::optional<Num> r = self(b->right, self);
                if (!l || !r || !r->is_complex) return std::nullopt;
                Num n;
                n.is_complex = true;
                n.real = l->is_int ? std::strtod((std::string(l->negative ? "-" : "") + l->digits).c_str(), nullptr)
                                   : l->real;
                n.imag = b->op == ast::OperatorKind::Add ? r->imag : -r->imag;
                return n;
            }
            return std::nullopt;
        };
        if (const auto* c = ast::as<ast::Constant>(e)) {
            switch (c->value.kind) {
                case ast::ConstantValue::Kind::Str: return ConstKey{fmt::format("s{}", c->value.text), repr_str(c->value.text)};
                case ast::ConstantValue::Kind::Bytes: return ConstKey{fmt::format("b{}", c->value.text), repr_bytes(c->value.text)};
                case ast::ConstantValue::Kind::None: return ConstKey{"None", "None"};
                case ast::ConstantValue::Kind::Ellipsis: return ConstKey{"...", "Ellipsis"};
                case ast::ConstantValue::Kind::Bool:
                    return ConstKey{c->value.boolean ? "n1" : "n0", c->value.boolean ? "True" : "False"};
                default: break;
            }
        }
        std::optional<Num> n = number(e, number);
        if (!n) return std::nullopt;
        auto real_key = [](double x) -> std::string {
            if (std::isfinite(x) && x == std::floor(x)) {
                std::string s = fmt::format("{:.0f}", x);
                return fmt::format("n{}", s == "-0" ? std::string("0") : s);
            }
            return fmt::format("f{}", repr_float(x));
        };
        if (n->is_int) {
            bool zero = n->digits.find_first_not_of('0') == std::string::npos;
            std::string text = fmt::format("{}{}", n->negative && !zero ? "-" : "", zero ? "0" : n->digits);
            return ConstKey{fmt::format("n{}", text), text};
        }
        if (!n->is_complex) return ConstKey{real_key(n->real), repr_float(n->real)};
        std::string eq = n->imag == 0.0 ? real_key(n->real)
                                        : fmt::format("c{},{}", repr_float(n->real + 0.0), repr_float(n->imag + 0.0));
        std::string repr;
        if (n->real == 0.0 && !std::signbit(n->real)) {
            repr = repr_complex(n->imag);
        } else {
            std::string im = float_component(n->imag);
            repr = fmt::format("({}{}{}j)", float_component(n->real), im.starts_with('-') ? "" : "+", im);
        }
        return ConstKey{eq, repr};
    }

    const ResolvedModule& resolved_;
    const SourceFile& source_;
    Diagnostics& diags_;
    std::deque<Unit> units_;  // a deque: references to the current unit survive entering a nested one
};

}  // namespace

bool check_blocks(const ast::Module& module, const ResolvedModule& resolved, const SourceFile& source,
                  Diagnostics& diags) {
    try {
        BlockChecker(resolved, source, diags).run(module);
    } catch (const CompileError&) {
        return false;
    }
    return true;
}

}  // namespace py2cpp
