// Lowering — fused int64 fast paths for integer arithmetic over variables and literals.
//
// `acc = (acc * 31 + i * j + 7) % 1000000007` lowered operator by operator builds a py::Value per operator and
// passes each by reference to the next (so every intermediate lives in memory). When all the leaves of such a
// tree are int literals and variables, the lowering also emits the whole tree as int64 arithmetic behind one
// guard, "every variable holds a small int and no step leaves int64":
//
//     if (std::int64_t _i1, _i2; i.is_int() && j.is_int() && py::i64::mul(i.as_int(), j.as_int(), _i1) && ...)
//         acc = py::Value::integer(_i2);
//     else
//         acc = <the general lowering>;
//
// Reading a variable or a literal has no effect, so when the guard fails part way (a float, a big int, an
// overflow, a zero divisor) the general path evaluates everything again and raises or promotes exactly as
// CPython. An unbound variable fails `is_int()` too, and the general path raises its UnboundLocalError.
//
// This is where typed fast paths grow: the guards are per leaf, so a later pass that proves a variable is always
// a small int can drop its guard without changing the shape.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace py2cpp {

class IntFastPath {
public:
    // The C++ lvalue (a py::Value) of a variable the fast path may read, or "" when it must not (a global,
    // a class namespace name).
    using SlotOf = std::function<std::string(const ast::Name*)>;

    // `counter` numbers the int64 temporaries (`_i<N>`) across the whole translation unit.
    IntFastPath(SlotOf slot_of, int& counter) : slot_of_(std::move(slot_of)), counter_(counter) {}

    // The int64 C++ expression for `e`, when `e` is int arithmetic (+ - * // % << >> & | ^, unary -) over int
    // literals and variables; nullopt otherwise. May be called several times to fuse several operands.
    std::optional<std::string> value(const ast::Expr* e);
    // `l OP r` for two values this fast path already produced (`x += e` is `x + e` with x a leaf).
    std::optional<std::string> binary(ast::OperatorKind op, const std::string& l, const std::string& r);
    // The value of the variable `n` (its guard added), or nullopt.
    std::optional<std::string> leaf(const ast::Name* n);

    // Whether any operator was fused (a lone variable or literal gains nothing).
    bool has_operator() const { return !temps_.empty(); }
    // "std::int64_t _i1, _i2" (empty without operators) and the guard: every leaf's `is_int()`, then each step.
    std::string declarations() const;
    std::string test() const;

    // The C++ comparison operator for ==, !=, <, <=, >, >=; null for the others (is, in).
    static const char* comparison(ast::CmpOpKind op);

private:
    SlotOf slot_of_;
    int& counter_;
    std::vector<std::string> guards_;  // `x.is_int()`, one per variable
    std::vector<std::string> steps_;   // `py::i64::add(a, b, _i3)`, in evaluation order
    std::vector<std::string> temps_;
};

}  // namespace py2cpp
