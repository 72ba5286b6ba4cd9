// Lowering — fused int64, int128 and double fast paths for arithmetic over variables and literals.
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
// Float arithmetic has the same shape (FloatFastPath): `x = (a * 0.5 + b) / n` with every variable holding a
// float is computed in doubles, IEEE arithmetic being Python's for + - * / (a zero divisor fails the guard).
//
// A tree with an int literal beyond int64 (a 64-bit LCG's `% 18446744073709551616`, FNV-1a's
// `* 1099511628211 & 0xFFFFFFFFFFFFFFFF`) can never pass that guard, so it is fused in signed 128-bit
// arithmetic instead (runtime py2cpp/int128.h): each variable read by `py::as_i128` (a bool, a small int, or a
// big int below 2^127 in magnitude), each operator a `py::i128::` function that fails on overflow, a zero
// divisor or a negative shift, and the result boxed once by `py::int_from_i128`:
//
//     if (py::int128 _i1, _i2; py::as_i128(h, _i1) && py::i128::mul(_i1, 1099511628211, _i2))
//         h = py::int_from_i128((_i2 & py::i128::literal("18446744073709551615")));
//
// The rule (IntFastPath::width_of): a tree is fused in int128 exactly when one of its int literals is in
// [2^63, 2^127), and in int64 otherwise. So code whose literals fit int64 emits the same C++ as without this
// tier (no second fused copy of any tree, nothing more to compile), and each tree is fused at most once. Only
// literals count: `2**64` is a power the lowering does not fold, and a tree whose literals fit int64 stays on
// the int64 tier even when its variables may hold big ints at run time.
//
// This is where typed fast paths grow: the guards are per leaf, so a later pass that proves a variable is always
// a small int can drop its guard without changing the shape.
#pragma once

#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/ast.h"

namespace py2cpp {

class IntFastPath {
public:
    // The C++ lvalue (a py::Value) of a variable the fast path may read, or "" when it must not (a global,
    // a class namespace name).
    using SlotOf = std::function<std::string(const ast::Name*)>;
    // The C++ integer type a tree is computed in: std::int64_t or py::int128.
    enum class Width { Int64, Int128 };
    // Int128 when an int literal in one of `trees` is in [2^63, 2^127), else Int64 (the rule above).
    static Width width_of(std::initializer_list<const ast::Expr*> trees);

    // `counter` numbers the temporaries (`_i<N>`) across the whole translation unit.
    IntFastPath(SlotOf slot_of, int& counter, Width width)
        : slot_of_(std::move(slot_of)), counter_(counter), width_(width) {}

    // The C++ integer expression for `e`, when `e` is int arithmetic (+ - * // % << >> & | ^, unary -) over int
    // literals and variables; nullopt otherwise. May be called several times to fuse several operands.
    std::optional<std::string> value(const ast::Expr* e);
    // `l OP r` for two values this fast path already produced (`x += e` is `x + e` with x a leaf).
    std::optional<std::string> binary(ast::OperatorKind op, const std::string& l, const std::string& r);
    // The value of the variable `n` (its guard added), or nullopt.
    std::optional<std::string> leaf(const ast::Name* n);

    // Whether any operator was fused (a lone variable or literal gains nothing).
    bool has_operator() const { return operators_ > 0; }
    // "std::int64_t _i1, _i2" (empty without temporaries) and the guard: every leaf's `is_int()` (or
    // `py::as_i128`), then each step.
    std::string declarations() const;
    std::string test() const;
    // The py::Value of a result `value` produced, computed when the guard holds.
    std::string boxed(const std::string& result) const;

    // The C++ comparison operator for ==, !=, <, <=, >, >=; null for the others (is, in).
    static const char* comparison(ast::CmpOpKind op);

private:
    std::string temp();
    // The namespace of the operator functions: int64.h's or int128.h's.
    const char* ops_namespace() const { return width_ == Width::Int64 ? "py::i64" : "py::i128"; }
    std::optional<std::string> literal(const ast::Constant* c) const;

    SlotOf slot_of_;
    int& counter_;
    Width width_;
    int operators_ = 0;
    std::vector<std::string> guards_;  // `x.is_int()` or `py::as_i128(x, _i1)`, one per variable
    std::vector<std::pair<std::string, std::string>> leaf_temps_;  // Int128: each variable's slot and temporary
    std::vector<std::string> steps_;   // `py::i64::add(a, b, _i3)`, in evaluation order
    std::vector<std::string> temps_;
};

// The double fast path: + - * / and unary - over float variables (guarded `is_float()`), float literals and
// int literals of at most 2^53 in magnitude (exact as doubles). Every operator must have a float operand or be
// `/`, so that no int arithmetic is computed in doubles (`a + 1` stays an int when a is; `n / 2` is a float).
class FloatFastPath {
public:
    using SlotOf = IntFastPath::SlotOf;
    FloatFastPath(SlotOf slot_of, int& counter) : slot_of_(std::move(slot_of)), counter_(counter) {}

    struct Term {
        std::string cpp;  // a double (or, for an int literal, an integer constant) C++ expression
        bool is_float;    // false only for an int literal
        std::string as_double() const { return is_float ? cpp : "double(" + cpp + ")"; }
    };
    std::optional<Term> value(const ast::Expr* e);
    std::optional<Term> binary(ast::OperatorKind op, const Term& l, const Term& r);
    std::optional<Term> leaf(const ast::Name* n);

    bool has_operator() const { return operators_ > 0; }
    std::string declarations() const;  // "double _f1" for the quotients, or empty
    std::string test() const;          // the guards, then the divisors' checks

private:
    SlotOf slot_of_;
    int& counter_;
    int operators_ = 0;
    std::vector<std::string> guards_;
    std::vector<std::string> steps_;
    std::vector<std::string> temps_;
};

// The fused value of `e`, or of `target OP e` when `op` is given (`x += e`: the target is a leaf too), on
// either fast path; nullopt when some part does not fit it.
template <class Path>
auto fast_path_value(Path& path, const ast::Expr* e, const ast::Name* target, const ast::OperatorKind* op)
    -> decltype(path.value(e)) {
    if (op == nullptr) return path.value(e);
    auto current = path.leaf(target);
    if (!current) return std::nullopt;
    auto rhs = path.value(e);
    if (!rhs) return std::nullopt;
    return path.binary(*op, *current, *rhs);
}

// Which fast path an expression of variables alone (`total += x * dx`) tries first: the double one when a
// variable in it is "float-hinted", i.e. some assignment in the module gives it a float-looking value (a float
// literal, a `/`, a float() call, another hinted variable). Only the choice of guard: never a type claim.
std::unordered_set<const Symbol*> float_hinted_symbols(const ast::StmtList& module_body);

}  // namespace py2cpp
