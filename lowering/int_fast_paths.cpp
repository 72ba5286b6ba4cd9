// Lowering — fused int64 fast paths (see int_fast_paths.h).
#include "lowering/int_fast_paths.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include <fmt/format.h>

namespace py2cpp {

std::optional<std::string> IntFastPath::leaf(const ast::Name* n) {
    std::string slot = slot_of_(n);
    if (slot.empty()) return std::nullopt;
    std::string guard = slot + ".is_int()";
    if (std::find(guards_.begin(), guards_.end(), guard) == guards_.end()) guards_.push_back(guard);
    return slot + ".as_int()";
}

std::optional<std::string> IntFastPath::value(const ast::Expr* e) {
    if (auto* c = ast::as<ast::Constant>(e)) {
        if (c->value.kind != ast::ConstantValue::Kind::Int) return std::nullopt;
        std::int64_t n = 0;
        const std::string& digits = c->value.text;
        auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;  // a big int
        return fmt::format("{}", n);
    }
    if (auto* n = ast::as<ast::Name>(e)) return leaf(n);
    if (auto* u = ast::as<ast::UnaryOp>(e)) {
        if (u->op != ast::UnaryOpKind::USub) return std::nullopt;
        auto operand = value(u->operand);
        if (!operand) return std::nullopt;
        std::string r = fmt::format("_i{}", ++counter_);
        temps_.push_back(r);
        steps_.push_back(fmt::format("py::i64::neg({}, {})", *operand, r));
        return r;
    }
    if (auto* b = ast::as<ast::BinOp>(e)) {
        auto l = value(b->left);
        if (!l) return std::nullopt;
        auto r = value(b->right);
        if (!r) return std::nullopt;
        return binary(b->op, *l, *r);
    }
    return std::nullopt;
}

std::optional<std::string> IntFastPath::binary(ast::OperatorKind op, const std::string& l, const std::string& r) {
    using K = ast::OperatorKind;
    // &, | and ^ of two int64s are always int64s: no step, no temporary
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
    std::string t = fmt::format("_i{}", ++counter_);
    temps_.push_back(t);
    steps_.push_back(fmt::format("py::i64::{}({}, {}, {})", fn, l, r, t));
    return t;
}

std::string IntFastPath::declarations() const {
    if (temps_.empty()) return {};
    std::string out = "std::int64_t ";
    for (std::size_t i = 0; i < temps_.size(); ++i) out += (i > 0 ? ", " : "") + temps_[i];
    return out;
}

std::string IntFastPath::test() const {
    std::string out;
    for (const auto* parts : {&guards_, &steps_})
        for (const std::string& p : *parts) out += (out.empty() ? "" : " && ") + p;
    return out.empty() ? "true" : out;
}

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

}  // namespace py2cpp
