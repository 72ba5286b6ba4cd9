// Front end — the abstract syntax tree.
//
// Node for node and field for field this mirrors CPython 3.11's `ast` module (Parser/Python.asdl), so that
// `ast.dump` is our oracle and a reader of CPython's compiler feels at home. Where CPython has two node types
// that differ only in `async` (FunctionDef/AsyncFunctionDef, For/AsyncFor, With/AsyncWith) or `*`
// (Try/TryStar) we keep one C++ type with a flag; the dumper prints CPython's class name.
//
// Nodes live in an AstArena owned by the parsed module and refer to each other by plain pointers. A field that
// is optional in the ASDL (`expr?`) is a null pointer or an empty std::optional when absent.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace py2cpp {
struct Scope;   // frontend/scope.h: a block of the symbol table
struct Symbol;  // frontend/scope.h: one name in a block
}  // namespace py2cpp

namespace py2cpp::ast {

// CPython's values: 1-based lines, 0-based UTF-8 byte columns; end is one past the last byte.
struct Location {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOpKind : std::uint8_t { And, Or };
enum class OperatorKind : std::uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : std::uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

struct Node {
    Location loc;
    virtual ~Node() = default;
};

struct Expr;
struct Stmt;
struct Pattern;
using ExprList = std::vector<Expr*>;
using StmtList = std::vector<Stmt*>;
using PatternList = std::vector<Pattern*>;
using Identifier = std::string;

// ---------------------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : std::uint8_t {
    BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp, GeneratorExp,
    Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant, Attribute, Subscript,
    Starred, Name, List, Tuple, Slice
};

struct Expr : Node {
    const ExprKind kind;
    explicit Expr(ExprKind k) : kind(k) {}
};

template <ExprKind K>
struct ExprOf : Expr {
    static constexpr ExprKind kKind = K;
    ExprOf() : Expr(K) {}
};

// A Python constant as the parser produces it. Ints keep their exact decimal digits (arbitrary precision);
// str is UTF-8, with lone surrogates from escapes such as "\ud800" encoded as three bytes (WTF-8).
struct ConstantValue {
    enum class Kind : std::uint8_t { None, Ellipsis, Bool, Int, Float, Complex, Str, Bytes };
    Kind kind = Kind::None;
    bool boolean = false;  // Bool
    double number = 0.0;   // Float; the imaginary part of a Complex (the real part is always 0 here)
    std::string text;      // Int: decimal digits, no sign; Str: UTF-8; Bytes: raw bytes
};

struct Arguments;
struct Comprehension;
struct Keyword;

struct BoolOp final : ExprOf<ExprKind::BoolOp> {
    BoolOpKind op{};
    ExprList values;
};
struct NamedExpr final : ExprOf<ExprKind::NamedExpr> {
    Expr* target = nullptr;
    Expr* value = nullptr;
};
struct BinOp final : ExprOf<ExprKind::BinOp> {
    Expr* left = nullptr;
    OperatorKind op{};
    Expr* right = nullptr;
};
struct UnaryOp final : ExprOf<ExprKind::UnaryOp> {
    UnaryOpKind op{};
    Expr* operand = nullptr;
};
struct Lambda final : ExprOf<ExprKind::Lambda> {
    Arguments* args = nullptr;
    Expr* body = nullptr;
    Scope* scope = nullptr;  // set by the resolver
};
struct IfExp final : ExprOf<ExprKind::IfExp> {
    Expr* test = nullptr;
    Expr* body = nullptr;
    Expr* orelse = nullptr;
};
struct Dict final : ExprOf<ExprKind::Dict> {
    ExprList keys;  // a null key is a `**mapping` entry
    ExprList values;
};
struct Set final : ExprOf<ExprKind::Set> {
    ExprList elts;
};
struct ListComp final : ExprOf<ExprKind::ListComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct SetComp final : ExprOf<ExprKind::SetComp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct DictComp final : ExprOf<ExprKind::DictComp> {
    Expr* key = nullptr;
    Expr* value = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct GeneratorExp final : ExprOf<ExprKind::GeneratorExp> {
    Expr* elt = nullptr;
    std::vector<Comprehension*> generators;
    Scope* scope = nullptr;
};
struct Await final : ExprOf<ExprKind::Await> {
    Expr* value = nullptr;
};
struct Yield final : ExprOf<ExprKind::Yield> {
    Expr* value = nullptr;  // optional
};
struct YieldFrom final : ExprOf<ExprKind::YieldFrom> {
    Expr* value = nullptr;
};
struct Compare final : ExprOf<ExprKind::Compare> {
    Expr* left = nullptr;
    std::vector<CmpOpKind> ops;
    ExprList comparators;
};
struct Call final : ExprOf<ExprKind::Call> {
    Expr* func = nullptr;
    ExprList args;
    std::vector<Keyword*> keywords;
};
struct FormattedValue final : ExprOf<ExprKind::FormattedValue> {
    Expr* value = nullptr;
    int conversion = -1;           // -1, or 's', 'r', 'a'
    Expr* format_spec = nullptr;   // optional; a JoinedStr
};
struct JoinedStr final : ExprOf<ExprKind::JoinedStr> {
    ExprList values;  // Constant (str) and FormattedValue
};
struct Constant final : ExprOf<ExprKind::Constant> {
    ConstantValue value;
    std::optional<std::string> kind;  // "u" for a u-prefixed string
};
struct Attribute final : ExprOf<ExprKind::Attribute> {
    Expr* value = nullptr;
    Identifier attr;
    ExprContext ctx = ExprContext::Load;
};
struct Subscript final : ExprOf<ExprKind::Subscript> {
    Expr* value = nullptr;
    Expr* slice = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Starred final : ExprOf<ExprKind::Starred> {
    Expr* value = nullptr;
    ExprContext ctx = ExprContext::Load;
};
struct Name final : ExprOf<ExprKind::Name> {
    Identifier id;
    ExprContext ctx = ExprContext::Load;
    Symbol* symbol = nullptr;  // set by the resolver
};
struct List final : ExprOf<ExprKind::List> {
    ExprList elts;
    ExprContext ctx = ExprContext::Load;
};
struct Tuple final : ExprOf<ExprKind::Tuple> {
    ExprList elts;
    ExprContext ctx = ExprContext::Load;
};
struct Slice final : ExprOf<ExprKind::Slice> {
    Expr* lower = nullptr;  // all three optional
    Expr* upper = nullptr;
    Expr* step = nullptr;
};

// ---------------------------------------------------------------------------------------------------------
// Helper nodes (CPython's lower-case types)

struct Arg final : Node {  // ast.arg
    Identifier arg;
    Expr* annotation = nullptr;  // optional
};
struct Arguments final : Node {  // ast.arguments; carries no location in CPython
    std::vector<Arg*> posonlyargs;
    std::vector<Arg*> args;
    Arg* vararg = nullptr;  // optional
    std::vector<Arg*> kwonlyargs;
    ExprList kw_defaults;  // one per kwonlyarg; null where it has no default
    Arg* kwarg = nullptr;  // optional
    ExprList defaults;     // for the last len(defaults) of posonlyargs + args
};
struct Keyword final : Node {  // ast.keyword
    std::optional<Identifier> arg;  // absent for `**mapping`
    Expr* value = nullptr;
};
struct Alias final : Node {  // ast.alias
    Identifier name;  // dotted, or "*"
    std::optional<Identifier> asname;
};
struct Comprehension final : Node {  // ast.comprehension; no location in CPython
    Expr* target = nullptr;
    Expr* iter = nullptr;
    ExprList ifs;
    bool is_async = false;
};
struct ExceptHandler final : Node {  // ast.ExceptHandler
    Expr* type = nullptr;  // optional
    std::optional<Identifier> name;
    StmtList body;
};
struct WithItem final : Node {  // ast.withitem; no location in CPython
    Expr* context_expr = nullptr;
    Expr* optional_vars = nullptr;  // optional
};
struct MatchCase final : Node {  // ast.match_case; no location in CPython
    Pattern* pattern = nullptr;
    Expr* guard = nullptr;  // optional
    StmtList body;
};

// ---------------------------------------------------------------------------------------------------------
// Patterns (the `match` statement)

enum class PatternKind : std::uint8_t {
    MatchValue, MatchSingleton, MatchSequence, MatchMapping, MatchClass, MatchStar, MatchAs, MatchOr
};

struct Pattern : Node {
    const PatternKind kind;
    explicit Pattern(PatternKind k) : kind(k) {}
};

template <PatternKind K>
struct PatternOf : Pattern {
    static constexpr PatternKind kKind = K;
    PatternOf() : Pattern(K) {}
};

struct MatchValue final : PatternOf<PatternKind::MatchValue> {
    Expr* value = nullptr;
};
struct MatchSingleton final : PatternOf<PatternKind::MatchSingleton> {
    ConstantValue value;  // None, True or False
};
struct MatchSequence final : PatternOf<PatternKind::MatchSequence> {
    PatternList patterns;
};
struct MatchMapping final : PatternOf<PatternKind::MatchMapping> {
    ExprList keys;
    PatternList patterns;
    std::optional<Identifier> rest;
};
struct MatchClass final : PatternOf<PatternKind::MatchClass> {
    Expr* cls = nullptr;
    PatternList patterns;
    std::vector<Identifier> kwd_attrs;
    PatternList kwd_patterns;
};
struct MatchStar final : PatternOf<PatternKind::MatchStar> {
    std::optional<Identifier> name;
};
struct MatchAs final : PatternOf<PatternKind::MatchAs> {
    Pattern* pattern = nullptr;  // optional
    std::optional<Identifier> name;
};
struct MatchOr final : PatternOf<PatternKind::MatchOr> {
    PatternList patterns;
};

// ---------------------------------------------------------------------------------------------------------
// Statements

enum class StmtKind : std::uint8_t {
    FunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For, While, If, With, Match, Raise,
    Try, Assert, Import, ImportFrom, Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt : Node {
    const StmtKind kind;
    explicit Stmt(StmtKind k) : kind(k) {}
};

template <StmtKind K>
struct StmtOf : Stmt {
    static constexpr StmtKind kKind = K;
    StmtOf() : Stmt(K) {}
};

struct FunctionDef final : StmtOf<StmtKind::FunctionDef> {  // also AsyncFunctionDef
    bool is_async = false;
    Identifier name;
    Arguments* args = nullptr;
    StmtList body;
    ExprList decorator_list;
    Expr* returns = nullptr;  // optional
    Scope* scope = nullptr;
};
struct ClassDef final : StmtOf<StmtKind::ClassDef> {
    Identifier name;
    ExprList bases;
    std::vector<Keyword*> keywords;
    StmtList body;
    ExprList decorator_list;
    Scope* scope = nullptr;
};
struct Return final : StmtOf<StmtKind::Return> {
    Expr* value = nullptr;  // optional
};
struct Delete final : StmtOf<StmtKind::Delete> {
    ExprList targets;
};
struct Assign final : StmtOf<StmtKind::Assign> {
    ExprList targets;
    Expr* value = nullptr;
};
struct AugAssign final : StmtOf<StmtKind::AugAssign> {
    Expr* target = nullptr;
    OperatorKind op{};
    Expr* value = nullptr;
};
struct AnnAssign final : StmtOf<StmtKind::AnnAssign> {
    Expr* target = nullptr;
    Expr* annotation = nullptr;
    Expr* value = nullptr;  // optional
    bool simple = false;    // a plain name, not parenthesized
};
struct For final : StmtOf<StmtKind::For> {  // also AsyncFor
    bool is_async = false;
    Expr* target = nullptr;
    Expr* iter = nullptr;
    StmtList body;
    StmtList orelse;
};
struct While final : StmtOf<StmtKind::While> {
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};
struct If final : StmtOf<StmtKind::If> {
    Expr* test = nullptr;
    StmtList body;
    StmtList orelse;
};
struct With final : StmtOf<StmtKind::With> {  // also AsyncWith
    bool is_async = false;
    std::vector<WithItem*> items;
    StmtList body;
};
struct Match final : StmtOf<StmtKind::Match> {
    Expr* subject = nullptr;
    std::vector<MatchCase*> cases;
};
struct Raise final : StmtOf<StmtKind::Raise> {
    Expr* exc = nullptr;    // optional
    Expr* cause = nullptr;  // optional
};
struct Try final : StmtOf<StmtKind::Try> {  // also TryStar
    bool is_star = false;
    StmtList body;
    std::vector<ExceptHandler*> handlers;
    StmtList orelse;
    StmtList finalbody;
};
struct Assert final : StmtOf<StmtKind::Assert> {
    Expr* test = nullptr;
    Expr* msg = nullptr;  // optional
};
struct Import final : StmtOf<StmtKind::Import> {
    std::vector<Alias*> names;
};
struct ImportFrom final : StmtOf<StmtKind::ImportFrom> {
    std::optional<Identifier> module;
    std::vector<Alias*> names;
    int level = 0;
};
struct Global final : StmtOf<StmtKind::Global> {
    std::vector<Identifier> names;
};
struct Nonlocal final : StmtOf<StmtKind::Nonlocal> {
    std::vector<Identifier> names;
};
struct ExprStmt final : StmtOf<StmtKind::Expr> {  // ast.Expr
    Expr* value = nullptr;
};
struct Pass final : StmtOf<StmtKind::Pass> {};
struct Break final : StmtOf<StmtKind::Break> {};
struct Continue final : StmtOf<StmtKind::Continue> {};

// ---------------------------------------------------------------------------------------------------------

struct Module {  // ast.Module; type_ignores is always empty for us
    StmtList body;
    Scope* scope = nullptr;
};

// Checked downcasts: as<BinOp>(expr) is the node or null; cast<BinOp>(expr) asserts the kind.
template <class T, class Base>
T* as(Base* node) {
    return node != nullptr && node->kind == T::kKind ? static_cast<T*>(node) : nullptr;
}
template <class T, class Base>
const T* as(const Base* node) {
    return node != nullptr && node->kind == T::kKind ? static_cast<const T*>(node) : nullptr;
}

// Owns every node of one parsed file. Nodes are never freed one by one.
class AstArena {
public:
    template <class T>
    T* make(const Location& loc = {}) {
        auto node = std::make_unique<T>();
        node->loc = loc;
        T* raw = node.get();
        nodes_.push_back(std::move(node));
        return raw;
    }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

}  // namespace py2cpp::ast
