// Lowering — fused int64, int128 and double fast paths (see numeric_fast_paths.h).
#include "lowering/numeric_fast_paths.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

#include <fmt/format.h>

namespace py2cpp {

namespace {

// The guard list and its test, shared by both fast paths.
void add_guard(std::vector<std::string>& guards, std::string guard) {
    if (std::find(guards.begin(), guards.end(), guard) == guards.end()) guards.push_back(std::move(guard));
}
// "std::int64_t _i1, _i2": one declaration of every temporary, or "" without any.
std::string declaration(const char* type, const std::vector<std::string>& temps) {
    if (temps.empty()) return {};
    std::string out = std::string(type) + " ";
    for (std::size_t i = 0; i < temps.size(); ++i) out += (i > 0 ? ", " : "") + temps[i];
    return out;
}
// The value of an int literal that fits an int64.
std::optional<std::int64_t> small_int(const ast::Constant* c) {
    if (c->value.kind != ast::ConstantValue::Kind::Int) return std::nullopt;
    std::int64_t n = 0;
    const std::string& digits = c->value.text;
    auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;  // a big int
    return n;
}
// Whether an int literal is beyond int64 but below 2^127: one the 128-bit tier computes with.
bool wide_int(const ast::Constant* c) {
    if (c->value.kind != ast::ConstantValue::Kind::Int || small_int(c)) return false;
    static const std::string kLimit = "170141183460469231731687303715884105728";  // 2^127
    std::string_view digits = c->value.text;
    digits.remove_prefix(std::min(digits.find_first_not_of('0'), digits.size()));
    return digits.size() < kLimit.size() || (digits.size() == kLimit.size() && digits < kLimit);
}
// `b`'s operands, each through `value`, then `binary` of them: both fast paths' shape for a BinOp.
template <class Path>
auto binop(Path& path, const ast::BinOp* b) -> decltype(path.value(b)) {
    auto l = path.value(b->left);
    if (!l) return std::nullopt;
    auto r = path.value(b->right);
    if (!r) return std::nullopt;
    return path.binary(b->op, *l, *r);
}

std::string conjunction(const std::vector<std::string>& first, const std::vector<std::string>& then) {
    std::string out;
    for (const auto* parts : {&first, &then})
        for (const std::string& p : *parts) out += (out.empty() ? "" : " && ") + p;
    return out.empty() ? "true" : out;
}

}  // namespace

IntFastPath::Width IntFastPath::width_of(std::initializer_list<const ast::Expr*> trees) {
    for (const ast::Expr* e : trees) {
        if (auto* c = ast::as<ast::Constant>(e); c != nullptr && wide_int(c)) return Width::Int128;
        if (auto* u = ast::as<ast::UnaryOp>(e); u != nullptr && width_of({u->operand}) == Width::Int128)
            return Width::Int128;
        if (auto* b = ast::as<ast::BinOp>(e); b != nullptr && width_of({b->left, b->right}) == Width::Int128)
            return Width::Int128;
    }
    return Width::Int64;
}

std::string IntFastPath::temp() {
    std::string t = fmt::format("_i{}", ++counter_);
    temps_.push_back(t);
    return t;
}

std::optional<std::string> IntFastPath::literal(const ast::Constant* c) const {
    if (auto n = small_int(c)) return fmt::format("{}", *n);
    if (width_ == Width::Int128 && wide_int(c)) return fmt::format("py::i128::literal(\"{}\")", c->value.text);
    return std::nullopt;
}

std::optional<std::string> IntFastPath::leaf(const ast::Name* n) {
    std::string slot = slot_of_(n);
    if (slot.empty()) return std::nullopt;
    if (width_ == Width::Int64) {
        add_guard(guards_, slot + ".is_int()");
        return slot + ".as_int()";
    }
    // an int128 is read once per variable, into its own temporary
    for (const auto& [read, t] : leaf_temps_)
        if (read == slot) return t;
    std::string t = temp();
    leaf_temps_.emplace_back(slot, t);
    guards_.push_back(fmt::format("py::as_i128({}, {})", slot, t));
    return t;
}

std::optional<std::string> IntFastPath::value(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Constant>(e)) return literal(c);
    if (auto* n = ast::as<ast::Name>(e)) return leaf(n);
    if (auto* u = ast::as<ast::UnaryOp>(e)) {
        if (u->op != ast::UnaryOpKind::USub) return std::nullopt;
        auto operand = value(u->operand);
        if (!operand) return std::nullopt;
        if (u->operand->kind == ast::ExprKind::Constant) return "(-" + *operand + ")";  // a literal, as CPython folds it
        std::string r = temp();
        steps_.push_back(fmt::format("{}::neg({}, {})", ops_namespace(), *operand, r));
        ++operators_;
        return r;
    }
    if (auto* b = ast::as<ast::BinOp>(e)) return binop(*this, b);
    return std::nullopt;
}

std::optional<std::string> IntFastPath::binary(ast::OperatorKind op, const std::string& l, const std::string& r) {
    using K = ast::OperatorKind;
    ++operators_;  // (an operator that does not fit makes the whole path fail: the count no longer matters)
    // &, | and ^ of two int64s (int128s) are always int64s (int128s): no step, no temporary
    switch (op) {
        case K::BitAnd: return fmt::format("({} & {})", l, r);
        case K::BitOr: return fmt::format("({} | {})", l, r);
        case K::BitXor: return fmt::format("({} ^ {})", l, r);
        default: break;
    }
    const char* fn = nullptr;
    switch (op) {
        case K::Add: fn = "add"; break;
        case K::Sub: fn = "sub"; break;
        case K::Mult: fn = "mul"; break;
        case K::FloorDiv: fn = "floordiv"; break;
        case K::Mod: fn = "mod"; break;
        case K::LShift: fn = "lshift"; break;
        case K::RShift: fn = "rshift"; break;
        default: return std::nullopt;  // / and ** give floats or grow fast; @ is no int operator
    }
    std::string t = temp();
    steps_.push_back(fmt::format("{}::{}({}, {}, {})", ops_namespace(), fn, l, r, t));
    return t;
}

std::string IntFastPath::declarations() const {
    return declaration(width_ == Width::Int64 ? "std::int64_t" : "py::int128", temps_);
}

std::string IntFastPath::boxed(const std::string& result) const {
    return fmt::format("{}({})", width_ == Width::Int64 ? "py::Value::integer" : "py::int_from_i128", result);
}

std::string IntFastPath::test() const { return conjunction(guards_, steps_); }

const char* IntFastPath::comparison(ast::CmpOpKind op) {
    using K = ast::CmpOpKind;
    switch (op) {
        case K::Eq: return "==";
        case K::NotEq: return "!=";
        case K::Lt: return "<";
        case K::LtE: return "<=";
        case K::Gt: return ">";
        case K::GtE: return ">=";
        default: return nullptr;
    }
}

std::optional<FloatFastPath::Term> FloatFastPath::leaf(const ast::Name* n) {
    std::string slot = slot_of_(n);
    if (slot.empty()) return std::nullopt;
    add_guard(guards_, slot + ".is_float()");
    return Term{slot + ".as_float()", true};
}

std::optional<FloatFastPath::Term> FloatFastPath::value(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Constant>(e)) {
        using K = ast::ConstantValue::Kind;
        if (c->value.kind == K::Float) {
            if (!std::isfinite(c->value.number)) return std::nullopt;
            char buf[64];
            auto res = std::to_chars(buf, buf + sizeof buf, c->value.number);  // shortest round trip
            std::string text(buf, res.ptr);
            if (text.find_first_of(".e") == std::string::npos) text += ".0";
            return Term{text, true};
        }
        auto n = small_int(c);
        if (!n || *n > (std::int64_t{1} << 53)) return std::nullopt;  // (literals are never negative)
        return Term{fmt::format("{}", *n), false};
    }
    if (auto* n = ast::as<ast::Name>(e)) return leaf(n);
    if (auto* u = ast::as<ast::UnaryOp>(e)) {
        if (u->op != ast::UnaryOpKind::USub) return std::nullopt;
        auto operand = value(u->operand);
        if (!operand) return std::nullopt;
        if (operand->is_float && u->operand->kind != ast::ExprKind::Constant) ++operators_;  // (-1.5 is a literal)
        return Term{"(-" + operand->cpp + ")", operand->is_float};
    }
    if (auto* b = ast::as<ast::BinOp>(e)) return binop(*this, b);
    return std::nullopt;
}

std::optional<FloatFastPath::Term> FloatFastPath::binary(ast::OperatorKind op, const Term& l, const Term& r) {
    using K = ast::OperatorKind;
    switch (op) {
        case K::Add:
        case K::Sub:
        case K::Mult: {
            if (!l.is_float && !r.is_float) return std::nullopt;  // int arithmetic: not in doubles
            const char* sym = op == K::Add ? "+" : op == K::Sub ? "-" : "*";
            ++operators_;
            return Term{fmt::format("({} {} {})", l.as_double(), sym, r.as_double()), true};
        }
        case K::Div: {
            // the divisor is checked before the division runs: a zero one raises ZeroDivisionError
            std::string divisor = fmt::format("_f{}", ++counter_);
            temps_.push_back(divisor);
            steps_.push_back(fmt::format("({} = {}) != 0.0", divisor, r.as_double()));
            ++operators_;
            return Term{fmt::format("({} / {})", l.as_double(), divisor), true};
        }
        default: return std::nullopt;  // // and % (floor semantics), ** (OverflowError), the bitwise ones
    }
}

std::string FloatFastPath::declarations() const { return declaration("double", temps_); }

std::string FloatFastPath::test() const { return conjunction(guards_, steps_); }

namespace {

struct FloatHints {
    std::unordered_set<const Symbol*> hinted;

    bool looks_float(const ast::Expr* e) const {
        if (e == nullptr) return false;
        if (auto* c = ast::as<ast::Constant>(e)) return c->value.kind == ast::ConstantValue::Kind::Float;
        if (auto* n = ast::as<ast::Name>(e)) return n->symbol != nullptr && hinted.count(n->symbol) != 0;
        if (auto* u = ast::as<ast::UnaryOp>(e)) return looks_float(u->operand);
        if (auto* b = ast::as<ast::BinOp>(e))
            return b->op == ast::OperatorKind::Div || looks_float(b->left) || looks_float(b->right);
        if (auto* c = ast::as<ast::Call>(e)) {
            auto* f = ast::as<ast::Name>(c->func);
            return f != nullptr && f->id == "float";
        }
        return false;
    }
    void assigned(const ast::Expr* target, const ast::Expr* value) {
        auto* n = ast::as<ast::Name>(target);
        if (n != nullptr && n->symbol != nullptr && looks_float(value)) hinted.insert(n->symbol);
    }
    void walk(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) walk(s);
    }
    void walk(const ast::Stmt* s) {
        using K = ast::StmtKind;
        switch (s->kind) {
            case K::FunctionDef: return walk(ast::as<ast::FunctionDef>(s)->body);
            case K::ClassDef: return walk(ast::as<ast::ClassDef>(s)->body);
            case K::Assign: {
                auto* a = ast::as<ast::Assign>(s);
                for (const ast::Expr* t : a->targets) assigned(t, a->value);
                return;
            }
            case K::AugAssign: {
                auto* a = ast::as<ast::AugAssign>(s);
                if (a->op == ast::OperatorKind::Div) return assigned(a->target, a->target);  // `x /= n`
                return assigned(a->target, a->value);
            }
            case K::AnnAssign: {
                auto* a = ast::as<ast::AnnAssign>(s);
                return assigned(a->target, a->value);
            }
            case K::For: {
                auto* f = ast::as<ast::For>(s);
                walk(f->body);
                return walk(f->orelse);
            }
            case K::While: {
                auto* w = ast::as<ast::While>(s);
                walk(w->body);
                return walk(w->orelse);
            }
            case K::If: {
                auto* i = ast::as<ast::If>(s);
                walk(i->body);
                return walk(i->orelse);
            }
            case K::With: return walk(ast::as<ast::With>(s)->body);
            case K::Match:
                for (const ast::MatchCase* c : ast::as<ast::Match>(s)->cases) walk(c->body);
                return;
            case K::Try: {
                auto* t = ast::as<ast::Try>(s);
                walk(t->body);
                for (const ast::ExceptHandler* h : t->handlers) walk(h->body);
                walk(t->orelse);
                return walk(t->finalbody);
            }
            default: return;
        }
    }
};

}  // namespace

std::unordered_set<const Symbol*> float_hinted_symbols(const ast::StmtList& module_body) {
    FloatHints hints;
    // a second pass sees the variables assigned from variables the first one hinted (`y = x * 2` before `x`'s
    // float assignment in source order); chains longer than that keep the int guard first, which is only slower
    hints.walk(module_body);
    hints.walk(module_body);
    return std::move(hints.hinted);
}

}  // namespace py2cpp
