// Lowering — definite assignment of plain locals (see definite_assignment.h).
//
// The state at each point is the set of locals bound on every path reaching it, or "unreachable" (after
// return, raise, break, continue), which every other state absorbs. Only `del x` and the end of an
// `except ... as x` handler unbind a local, so the places where control can arrive from anywhere inside a
// block (a loop's head, an exception handler, a finally body, the statement after a `with` whose __exit__
// may swallow an exception) are approximated by "what was bound before the block, minus what the block
// may delete". That is always a subset of the truth, so a read proven bound here is bound at run time.
#include "lowering/definite_assignment.h"

#include <initializer_list>
#include <unordered_map>
#include <vector>

namespace py2cpp {

namespace {

using Bits = std::vector<bool>;

struct State {
    Bits bound;
    bool reachable = true;
};

class Analysis {
public:
    Analysis(const Scope* scope, std::unordered_set<const ast::Name*>& proven) : scope_(scope), proven_(proven) {
        for (const Symbol* sym : scope->symbols)
            if (sym->scope == SymbolScope::LOCAL) index_.emplace(sym->name, index_.size());
    }

    void run(const ast::StmtList& body) {
        State s = entry();
        stmts(body, s);
    }

    void run(const ast::Expr* lambda_body) {
        State s = entry();
        expr(lambda_body, s);
    }

    // The outermost iterable is the comprehension's argument, evaluated outside; each target is bound before
    // the conditions and the next iterable run, so `[x for y in a for x in x]` still reads x unbound.
    void run(const std::vector<ast::Comprehension*>& generators, std::initializer_list<const ast::Expr*> results) {
        State s = entry();
        for (std::size_t i = 0; i < generators.size(); ++i) {
            if (i > 0) expr(generators[i]->iter, s);
            target(generators[i]->target, s);
            exprs(generators[i]->ifs, s);
        }
        for (const ast::Expr* e : results) expr(e, s);
    }

private:
    // ---- states

    State entry() const {
        State s{Bits(index_.size(), false)};
        for (std::string_view param : scope_->varnames) bind(param, s);
        return s;
    }

    int slot(std::string_view name) const {
        auto it = index_.find(name);
        return it == index_.end() ? -1 : static_cast<int>(it->second);
    }
    void bind(std::string_view name, State& s) const {
        if (int i = slot(name); i >= 0) s.bound[i] = true;
    }
    void unbind(std::string_view name, State& s) const {
        if (int i = slot(name); i >= 0 && s.reachable) s.bound[i] = false;
    }
    State unreachable() const { return State{Bits(index_.size(), true), false}; }
    static void meet(State& into, const State& other) {
        if (!other.reachable) return;
        if (!into.reachable) {
            into = other;
            return;
        }
        for (std::size_t i = 0; i < into.bound.size(); ++i) into.bound[i] = into.bound[i] && other.bound[i];
    }
    static State minus(State s, const Bits& removed) {
        if (!s.reachable) return s;
        for (std::size_t i = 0; i < removed.size(); ++i)
            if (removed[i]) s.bound[i] = false;
        return s;
    }

    // The locals a block may unbind: its `del` targets and `except ... as` names, nested blocks included.
    Bits deleted_in(const ast::StmtList& body) {
        Bits out(index_.size(), false);
        collect_deleted(body, out);
        return out;
    }
    void collect_deleted(const ast::StmtList& body, Bits& out) {
        for (const ast::Stmt* st : body) collect_deleted(st, out);
    }
    void collect_deleted_target(const ast::Expr* t, Bits& out) {
        if (auto* n = ast::as<ast::Name>(t)) {
            if (int i = slot(n->id); i >= 0) out[i] = true;
        } else if (auto* tu = ast::as<ast::Tuple>(t)) {
            for (const ast::Expr* e : tu->elts) collect_deleted_target(e, out);
        } else if (auto* l = ast::as<ast::List>(t)) {
            for (const ast::Expr* e : l->elts) collect_deleted_target(e, out);
        }
    }
    void collect_deleted(const ast::Stmt* st, Bits& out) {
        using K = ast::StmtKind;
        switch (st->kind) {
            case K::Delete:
                for (const ast::Expr* t : static_cast<const ast::Delete*>(st)->targets) collect_deleted_target(t, out);
                break;
            case K::For: {
                auto* f = static_cast<const ast::For*>(st);
                collect_deleted(f->body, out);
                collect_deleted(f->orelse, out);
                break;
            }
            case K::While: {
                auto* w = static_cast<const ast::While*>(st);
                collect_deleted(w->body, out);
                collect_deleted(w->orelse, out);
                break;
            }
            case K::If: {
                auto* i = static_cast<const ast::If*>(st);
                collect_deleted(i->body, out);
                collect_deleted(i->orelse, out);
                break;
            }
            case K::With: collect_deleted(static_cast<const ast::With*>(st)->body, out); break;
            case K::Match:
                for (const ast::MatchCase* c : static_cast<const ast::Match*>(st)->cases) collect_deleted(c->body, out);
                break;
            case K::Try: {
                auto* t = static_cast<const ast::Try*>(st);
                collect_deleted(t->body, out);
                for (const ast::ExceptHandler* h : t->handlers) {
                    if (h->name) {
                        if (int i = slot(*h->name); i >= 0) out[i] = true;
                    }
                    collect_deleted(h->body, out);
                }
                collect_deleted(t->orelse, out);
                collect_deleted(t->finalbody, out);
                break;
            }
            default: break;
        }
    }

    // ---- statements

    void stmts(const ast::StmtList& body, State& s) {
        for (const ast::Stmt* st : body) stmt(st, s);
    }

    void stmt(const ast::Stmt* st, State& s) {
        using K = ast::StmtKind;
        switch (st->kind) {
            case K::FunctionDef: {
                auto* f = static_cast<const ast::FunctionDef*>(st);
                for (const ast::Expr* d : f->decorator_list) expr(d, s);
                arguments(f->args, s);
                if (f->returns != nullptr) expr(f->returns, s);
                return bind(f->name, s);
            }
            case K::ClassDef: {
                auto* c = static_cast<const ast::ClassDef*>(st);
                for (const ast::Expr* d : c->decorator_list) expr(d, s);
                for (const ast::Expr* b : c->bases) expr(b, s);
                for (const ast::Keyword* k : c->keywords) expr(k->value, s);
                return bind(c->name, s);
            }
            case K::Return:
                expr(static_cast<const ast::Return*>(st)->value, s);
                s = unreachable();
                return;
            case K::Delete:
                for (const ast::Expr* t : static_cast<const ast::Delete*>(st)->targets) delete_target(t, s);
                return;
            case K::Assign: {
                auto* a = static_cast<const ast::Assign*>(st);
                expr(a->value, s);
                for (const ast::Expr* t : a->targets) target(t, s);
                return;
            }
            case K::AugAssign: {
                auto* a = static_cast<const ast::AugAssign*>(st);
                if (auto* n = ast::as<ast::Name>(a->target)) {
                    read(n, s);  // `x += v` reads x first
                } else {
                    target_operands(a->target, s);
                }
                expr(a->value, s);
                return;
            }
            case K::AnnAssign: {
                auto* a = static_cast<const ast::AnnAssign*>(st);
                if (a->value == nullptr) return target_operands(a->target, s);  // declares, binds nothing
                expr(a->value, s);
                return target(a->target, s);
            }
            case K::For: return for_loop(static_cast<const ast::For*>(st), s);
            case K::While: return while_loop(static_cast<const ast::While*>(st), s);
            case K::If: {
                auto* i = static_cast<const ast::If*>(st);
                expr(i->test, s);
                State other = s;
                stmts(i->body, s);
                stmts(i->orelse, other);
                return meet(s, other);
            }
            case K::With: {
                auto* w = static_cast<const ast::With*>(st);
                for (const ast::WithItem* item : w->items) {
                    expr(item->context_expr, s);
                    if (item->optional_vars != nullptr) target(item->optional_vars, s);
                }
                // __exit__ may swallow an exception raised anywhere in the body and carry on after it.
                State swallowed = minus(s, deleted_in(w->body));
                stmts(w->body, s);
                return meet(s, swallowed);
            }
            case K::Match: {
                auto* m = static_cast<const ast::Match*>(st);
                expr(m->subject, s);
                // Patterns bind only when they match: the names they capture are not counted.
                Bits deleted(index_.size(), false);
                for (const ast::MatchCase* c : m->cases) collect_deleted(c->body, deleted);
                State entry = minus(s, deleted);
                for (const ast::MatchCase* c : m->cases) {
                    State branch = entry;
                    expr(c->guard, branch);
                    stmts(c->body, branch);
                }
                s = entry;
                return;
            }
            case K::Raise: {
                auto* r = static_cast<const ast::Raise*>(st);
                expr(r->exc, s);
                expr(r->cause, s);
                s = unreachable();
                return;
            }
            case K::Try: return try_statement(static_cast<const ast::Try*>(st), s);
            case K::Assert: {
                auto* a = static_cast<const ast::Assert*>(st);
                expr(a->test, s);
                State failing = s;  // the message is evaluated only when the test fails, which then raises
                expr(a->msg, failing);
                return;
            }
            case K::Import:
                for (const ast::Alias* a : static_cast<const ast::Import*>(st)->names)
                    bind(a->asname ? std::string_view(*a->asname) : std::string_view(a->name).substr(0, a->name.find('.')), s);
                return;
            case K::ImportFrom:
                for (const ast::Alias* a : static_cast<const ast::ImportFrom*>(st)->names)
                    bind(a->asname ? *a->asname : a->name, s);
                return;
            case K::Expr: return expr(static_cast<const ast::ExprStmt*>(st)->value, s);
            case K::Break:
                break_from_loop(s);
                s = unreachable();
                return;
            case K::Continue:  // a loop's head already assumes only what holds on every iteration
                s = unreachable();
                return;
            case K::Global:
            case K::Nonlocal:
            case K::Pass: return;
        }
    }

    void arguments(const ast::Arguments* a, State& s) {
        for (const ast::Expr* d : a->defaults) expr(d, s);
        for (const ast::Expr* d : a->kw_defaults) expr(d, s);
    }

    // ---- loops: the head holds what held before the loop, minus what the body may delete

    struct Loop {
        std::vector<State> breaks;
        std::size_t unwind_depth;  // unwinds_.size() when the loop began
    };

    void break_from_loop(const State& s) {
        if (loops_.empty() || !s.reachable) return;
        Loop& loop = loops_.back();
        State out = s;
        // finally bodies and the ends of `except ... as` handlers between here and the loop run on the way out
        for (std::size_t i = loop.unwind_depth; i < unwinds_.size(); ++i) out = minus(out, unwinds_[i]);
        loop.breaks.push_back(std::move(out));
    }

    // `head` is the state at the top of every iteration.
    void loop_body(const ast::StmtList& body, const ast::StmtList& orelse, const ast::Expr* loop_target,
                   bool exits_normally, const State& head, State& s) {
        loops_.push_back(Loop{{}, unwinds_.size()});
        State iteration = head;
        if (loop_target != nullptr) target(loop_target, iteration);
        stmts(body, iteration);
        Loop loop = std::move(loops_.back());
        loops_.pop_back();
        // `else` runs when the loop ends without break; then what follows sees that or any break.
        s = exits_normally ? head : unreachable();
        stmts(orelse, s);
        for (const State& b : loop.breaks) meet(s, b);
    }

    void for_loop(const ast::For* f, State& s) {
        expr(f->iter, s);
        loop_body(f->body, f->orelse, f->target, true, minus(s, deleted_in(f->body)), s);
    }

    void while_loop(const ast::While* w, State& s) {
        State head = minus(s, deleted_in(w->body));
        State tested = head;
        expr(w->test, tested);  // the test runs at every head; what it binds (a walrus) is not kept
        loop_body(w->body, w->orelse, nullptr, !always_true(w->test), head, s);
    }

    static bool always_true(const ast::Expr* test) {
        auto* c = ast::as<ast::Constant>(test);
        if (c == nullptr) return false;
        const ast::ConstantValue& v = c->value;
        return (v.kind == ast::ConstantValue::Kind::Bool && v.boolean) ||
               (v.kind == ast::ConstantValue::Kind::Int && v.text.find_first_not_of('0') != std::string::npos);
    }

    // ---- try: a handler can start anywhere in the body, a finally body anywhere at all

    void try_statement(const ast::Try* t, State& s) {
        State entry = s;
        Bits final_deletes = deleted_in(t->finalbody);
        unwinds_.push_back(final_deletes);
        State normal = entry;
        stmts(t->body, normal);
        stmts(t->orelse, normal);
        Bits anywhere = deleted_in(t->body);  // grows to everything the statement may delete, for finally
        State handler_entry = minus(entry, anywhere);
        for (const ast::ExceptHandler* h : t->handlers) {
            State handler = handler_entry;
            expr(h->type, handler);
            Bits name_only(index_.size(), false);
            if (h->name) {
                bind(*h->name, handler);
                if (int i = slot(*h->name); i >= 0) name_only[i] = true;
            }
            unwinds_.push_back(name_only);  // `as` names are deleted when the handler is left
            stmts(h->body, handler);
            unwinds_.pop_back();
            if (h->name) unbind(*h->name, handler);
            meet(normal, handler);
        }
        unwinds_.pop_back();
        if (t->finalbody.empty()) {
            s = normal;
            return;
        }
        collect_deleted(t->orelse, anywhere);
        for (const ast::ExceptHandler* h : t->handlers) {
            if (h->name) {
                if (int i = slot(*h->name); i >= 0) anywhere[i] = true;
            }
            collect_deleted(h->body, anywhere);
        }
        State final_state = minus(entry, anywhere);
        stmts(t->finalbody, final_state);
        if (!normal.reachable || !final_state.reachable) {
            s = unreachable();
            return;
        }
        // Bound after the statement: bound before the finally body and not deleted by it, or bound by it.
        s = minus(normal, final_deletes);
        for (std::size_t i = 0; i < s.bound.size(); ++i) s.bound[i] = s.bound[i] || final_state.bound[i];
    }

    // ---- targets

    void target(const ast::Expr* t, State& s) {
        if (auto* n = ast::as<ast::Name>(t)) return bind(n->id, s);
        if (auto* tu = ast::as<ast::Tuple>(t)) {
            for (const ast::Expr* e : tu->elts) target(e, s);
        } else if (auto* l = ast::as<ast::List>(t)) {
            for (const ast::Expr* e : l->elts) target(e, s);
        } else if (auto* st = ast::as<ast::Starred>(t)) {
            target(st->value, s);
        } else {
            target_operands(t, s);
        }
    }

    // The reads an attribute or subscript target makes before the store.
    void target_operands(const ast::Expr* t, State& s) {
        if (auto* a = ast::as<ast::Attribute>(t)) return expr(a->value, s);
        if (auto* sub = ast::as<ast::Subscript>(t)) {
            expr(sub->value, s);
            return expr(sub->slice, s);
        }
    }

    void delete_target(const ast::Expr* t, State& s) {
        if (auto* n = ast::as<ast::Name>(t)) {
            read(n, s);  // deleting an unbound local raises, as reading it does
            return unbind(n->id, s);
        }
        if (auto* tu = ast::as<ast::Tuple>(t)) {
            for (const ast::Expr* e : tu->elts) delete_target(e, s);
        } else if (auto* l = ast::as<ast::List>(t)) {
            for (const ast::Expr* e : l->elts) delete_target(e, s);
        } else {
            target_operands(t, s);
        }
    }

    // ---- expressions, in evaluation order; what is evaluated only sometimes binds nothing after it

    void read(const ast::Name* n, const State& s) {
        if (int i = slot(n->id); i >= 0 && s.bound[i]) proven_.insert(n);
    }

    void exprs(const ast::ExprList& list, State& s) {
        for (const ast::Expr* e : list) expr(e, s);
    }

    void expr(const ast::Expr* e, State& s) {
        if (e == nullptr) return;
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::Name: {
                auto* n = static_cast<const ast::Name*>(e);
                if (n->ctx == ast::ExprContext::Load) read(n, s);
                return;
            }
            case K::BoolOp: {
                auto* b = static_cast<const ast::BoolOp*>(e);
                expr(b->values[0], s);
                State later = s;  // the other operands run only when the first does not decide
                for (std::size_t i = 1; i < b->values.size(); ++i) expr(b->values[i], later);
                return;
            }
            case K::NamedExpr: {
                auto* w = static_cast<const ast::NamedExpr*>(e);
                expr(w->value, s);
                return target(w->target, s);
            }
            case K::BinOp: {
                auto* b = static_cast<const ast::BinOp*>(e);
                expr(b->left, s);
                return expr(b->right, s);
            }
            case K::UnaryOp: return expr(static_cast<const ast::UnaryOp*>(e)->operand, s);
            case K::Lambda: return arguments(static_cast<const ast::Lambda*>(e)->args, s);
            case K::IfExp: {
                auto* i = static_cast<const ast::IfExp*>(e);
                expr(i->test, s);
                State other = s;
                expr(i->body, s);
                expr(i->orelse, other);
                return meet(s, other);
            }
            case K::Dict: {
                auto* d = static_cast<const ast::Dict*>(e);
                for (std::size_t i = 0; i < d->values.size(); ++i) {
                    expr(d->keys[i], s);
                    expr(d->values[i], s);
                }
                return;
            }
            case K::Set: return exprs(static_cast<const ast::Set*>(e)->elts, s);
            case K::List: return exprs(static_cast<const ast::List*>(e)->elts, s);
            case K::Tuple: return exprs(static_cast<const ast::Tuple*>(e)->elts, s);
            // A comprehension's outermost iterable is evaluated here; the rest belongs to its own scope.
            case K::ListComp: return expr(static_cast<const ast::ListComp*>(e)->generators[0]->iter, s);
            case K::SetComp: return expr(static_cast<const ast::SetComp*>(e)->generators[0]->iter, s);
            case K::DictComp: return expr(static_cast<const ast::DictComp*>(e)->generators[0]->iter, s);
            case K::GeneratorExp: return expr(static_cast<const ast::GeneratorExp*>(e)->generators[0]->iter, s);
            case K::Await: return expr(static_cast<const ast::Await*>(e)->value, s);
            case K::Yield: return expr(static_cast<const ast::Yield*>(e)->value, s);
            case K::YieldFrom: return expr(static_cast<const ast::YieldFrom*>(e)->value, s);
            case K::Compare: {
                auto* c = static_cast<const ast::Compare*>(e);
                expr(c->left, s);
                expr(c->comparators[0], s);
                State later = s;  // a chain stops at the first false comparison
                for (std::size_t i = 1; i < c->comparators.size(); ++i) expr(c->comparators[i], later);
                return;
            }
            case K::Call: {
                auto* c = static_cast<const ast::Call*>(e);
                expr(c->func, s);
                exprs(c->args, s);
                for (const ast::Keyword* k : c->keywords) expr(k->value, s);
                return;
            }
            case K::FormattedValue: {
                auto* f = static_cast<const ast::FormattedValue*>(e);
                expr(f->value, s);
                return expr(f->format_spec, s);
            }
            case K::JoinedStr: return exprs(static_cast<const ast::JoinedStr*>(e)->values, s);
            case K::Constant: return;
            case K::Attribute: return expr(static_cast<const ast::Attribute*>(e)->value, s);
            case K::Subscript: {
                auto* sub = static_cast<const ast::Subscript*>(e);
                expr(sub->value, s);
                return expr(sub->slice, s);
            }
            case K::Starred: return expr(static_cast<const ast::Starred*>(e)->value, s);
            case K::Slice: {
                auto* sl = static_cast<const ast::Slice*>(e);
                expr(sl->lower, s);
                expr(sl->upper, s);
                return expr(sl->step, s);
            }
        }
    }

    const Scope* scope_;
    std::unordered_set<const ast::Name*>& proven_;
    std::unordered_map<std::string_view, std::size_t> index_;  // the scope's plain locals
    std::vector<Loop> loops_;
    std::vector<Bits> unwinds_;  // what the open finally bodies and handler ends delete, innermost last
};

}  // namespace

void find_bound_loads(const Scope* scope, const ast::StmtList& body, std::unordered_set<const ast::Name*>& proven) {
    Analysis(scope, proven).run(body);
}

void find_bound_loads(const Scope* scope, const ast::Expr* lambda_body, std::unordered_set<const ast::Name*>& proven) {
    Analysis(scope, proven).run(lambda_body);
}

void find_bound_loads(const Scope* scope, const std::vector<ast::Comprehension*>& generators,
                      std::initializer_list<const ast::Expr*> results, std::unordered_set<const ast::Name*>& proven) {
    Analysis(scope, proven).run(generators, results);
}

}  // namespace py2cpp
