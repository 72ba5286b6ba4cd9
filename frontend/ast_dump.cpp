// Front end — `ast.dump` for our AST: same class names, field order and value reprs as CPython 3.11.
//
// Lib/ast.py's dump walks `_fields` in order and prints `name=value` for each, except that a field whose value
// is None and whose ASDL type is optional (`expr?`, `identifier?`) is left out. Lists always print, `[]` when
// empty, and a None inside a list prints `None` (Dict.keys, arguments.kw_defaults). `type_comment` is always
// None for us, so it never prints. Everything is appended to one string: this runs over the whole stdlib.
#include "frontend/ast_dump.h"

#include <charconv>
#include <optional>
#include <string_view>
#include <type_traits>
#include <vector>

#include "frontend/pyrepr.h"

namespace py2cpp::ast {
namespace {

constexpr std::string_view kContextNames[] = {"Load()", "Store()", "Del()"};
constexpr std::string_view kBoolOpNames[] = {"And()", "Or()"};
constexpr std::string_view kOperatorNames[] = {"Add()",    "Sub()",    "Mult()",   "MatMult()", "Div()",
                                               "Mod()",    "Pow()",    "LShift()", "RShift()",  "BitOr()",
                                               "BitXor()", "BitAnd()", "FloorDiv()"};
constexpr std::string_view kUnaryOpNames[] = {"Invert()", "Not()", "UAdd()", "USub()"};
constexpr std::string_view kCmpOpNames[] = {"Eq()",  "NotEq()", "Lt()", "LtE()", "Gt()",
                                            "GtE()", "Is()",    "IsNot()", "In()", "NotIn()"};

template <class Enum, std::size_t N>
std::string_view name_of(const std::string_view (&names)[N], Enum value) {
    const auto index = static_cast<std::size_t>(value);
    return index < N ? names[index] : std::string_view("None");
}

class Dumper;

// One node, `Class(field=value, ...)`. Built as a temporary: the chained calls write the fields and the
// destructor, at the end of the statement, writes the closing parenthesis.
class Fields {
public:
    Fields(Dumper& d, std::string_view cls);
    ~Fields();
    Fields(const Fields&) = delete;
    Fields& operator=(const Fields&) = delete;

    // A required field (a null node here still prints, as `None`).
    template <class T>
    Fields& field(std::string_view name, const T& value);
    // An optional field: left out when absent.
    template <class T>
    Fields& opt(std::string_view name, const T* value) {
        return value != nullptr ? field(name, value) : *this;
    }
    Fields& opt(std::string_view name, const std::optional<Identifier>& value) {
        return value ? field(name, *value) : *this;
    }
    // A list field, always printed.
    template <class T>
    Fields& list(std::string_view name, const std::vector<T>& items);
    Fields& integer(std::string_view name, int value);

private:
    void key(std::string_view name);

    Dumper& d_;
    bool first_ = true;
};

class Dumper {
public:
    std::string out;

    void write(const Stmt* s);
    void write(const Expr* e);
    void write(const Pattern* p);
    void write(const Arguments* a);
    void write(const Arg* a) { Fields(*this, "arg").field("arg", a->arg).opt("annotation", a->annotation); }
    void write(const Keyword* k) { Fields(*this, "keyword").opt("arg", k->arg).field("value", k->value); }
    void write(const Alias* a) { Fields(*this, "alias").field("name", a->name).opt("asname", a->asname); }
    void write(const Comprehension* c) {
        Fields(*this, "comprehension")
            .field("target", c->target)
            .field("iter", c->iter)
            .list("ifs", c->ifs)
            .integer("is_async", c->is_async ? 1 : 0);
    }
    void write(const ExceptHandler* h) {
        Fields(*this, "ExceptHandler").opt("type", h->type).opt("name", h->name).list("body", h->body);
    }
    void write(const WithItem* w) {
        Fields(*this, "withitem").field("context_expr", w->context_expr).opt("optional_vars", w->optional_vars);
    }
    void write(const MatchCase* m) {
        Fields(*this, "match_case").field("pattern", m->pattern).opt("guard", m->guard).list("body", m->body);
    }
    void write(const Identifier& name) { append_repr_str(out, name); }
    void write(const ConstantValue& value) { append_repr_constant(out, value); }
    void write(ExprContext ctx) { out += name_of(kContextNames, ctx); }
    void write(BoolOpKind op) { out += name_of(kBoolOpNames, op); }
    void write(OperatorKind op) { out += name_of(kOperatorNames, op); }
    void write(UnaryOpKind op) { out += name_of(kUnaryOpNames, op); }
    void write(CmpOpKind op) { out += name_of(kCmpOpNames, op); }

    // A null node in a required place (or inside a list) prints as Python's None.
    template <class T>
    void write(T* node)
        requires(!std::is_const_v<T>)
    {
        write(static_cast<const T*>(node));
    }
};

Fields::Fields(Dumper& d, std::string_view cls) : d_(d) {
    d_.out += cls;
    d_.out += '(';
}

Fields::~Fields() { d_.out += ')'; }

void Fields::key(std::string_view name) {
    if (!first_) d_.out += ", ";
    first_ = false;
    d_.out += name;
    d_.out += '=';
}

template <class T>
Fields& Fields::field(std::string_view name, const T& value) {
    key(name);
    d_.write(value);
    return *this;
}

template <class T>
Fields& Fields::list(std::string_view name, const std::vector<T>& items) {
    key(name);
    d_.out += '[';
    bool first = true;
    for (const T& item : items) {
        if (!first) d_.out += ", ";
        first = false;
        d_.write(item);
    }
    d_.out += ']';
    return *this;
}

Fields& Fields::integer(std::string_view name, int value) {
    key(name);
    char buf[16];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    (void)ec;  // an int always fits
    d_.out.append(buf, end);
    return *this;
}

void Dumper::write(const Arguments* a) {
    if (a == nullptr) {
        out += "None";
        return;
    }
    Fields(*this, "arguments")
        .list("posonlyargs", a->posonlyargs)
        .list("args", a->args)
        .opt("vararg", a->vararg)
        .list("kwonlyargs", a->kwonlyargs)
        .list("kw_defaults", a->kw_defaults)
        .opt("kwarg", a->kwarg)
        .list("defaults", a->defaults);
}

void Dumper::write(const Stmt* s) {
    if (s == nullptr) {
        out += "None";
        return;
    }
    switch (s->kind) {
    case StmtKind::FunctionDef: {
        auto* n = static_cast<const FunctionDef*>(s);
        Fields(*this, n->is_async ? "AsyncFunctionDef" : "FunctionDef")
            .field("name", n->name)
            .field("args", n->args)
            .list("body", n->body)
            .list("decorator_list", n->decorator_list)
            .opt("returns", n->returns);
        break;
    }
    case StmtKind::ClassDef: {
        auto* n = static_cast<const ClassDef*>(s);
        Fields(*this, "ClassDef")
            .field("name", n->name)
            .list("bases", n->bases)
            .list("keywords", n->keywords)
            .list("body", n->body)
            .list("decorator_list", n->decorator_list);
        break;
    }
    case StmtKind::Return:
        Fields(*this, "Return").opt("value", static_cast<const Return*>(s)->value);
        break;
    case StmtKind::Delete:
        Fields(*this, "Delete").list("targets", static_cast<const Delete*>(s)->targets);
        break;
    case StmtKind::Assign: {
        auto* n = static_cast<const Assign*>(s);
        Fields(*this, "Assign").list("targets", n->targets).field("value", n->value);
        break;
    }
    case StmtKind::AugAssign: {
        auto* n = static_cast<const AugAssign*>(s);
        Fields(*this, "AugAssign").field("target", n->target).field("op", n->op).field("value", n->value);
        break;
    }
    case StmtKind::AnnAssign: {
        auto* n = static_cast<const AnnAssign*>(s);
        Fields(*this, "AnnAssign")
            .field("target", n->target)
            .field("annotation", n->annotation)
            .opt("value", n->value)
            .integer("simple", n->simple ? 1 : 0);
        break;
    }
    case StmtKind::For: {
        auto* n = static_cast<const For*>(s);
        Fields(*this, n->is_async ? "AsyncFor" : "For")
            .field("target", n->target)
            .field("iter", n->iter)
            .list("body", n->body)
            .list("orelse", n->orelse);
        break;
    }
    case StmtKind::While: {
        auto* n = static_cast<const While*>(s);
        Fields(*this, "While").field("test", n->test).list("body", n->body).list("orelse", n->orelse);
        break;
    }
    case StmtKind::If: {
        auto* n = static_cast<const If*>(s);
        Fields(*this, "If").field("test", n->test).list("body", n->body).list("orelse", n->orelse);
        break;
    }
    case StmtKind::With: {
        auto* n = static_cast<const With*>(s);
        Fields(*this, n->is_async ? "AsyncWith" : "With").list("items", n->items).list("body", n->body);
        break;
    }
    case StmtKind::Match: {
        auto* n = static_cast<const Match*>(s);
        Fields(*this, "Match").field("subject", n->subject).list("cases", n->cases);
        break;
    }
    case StmtKind::Raise: {
        auto* n = static_cast<const Raise*>(s);
        Fields(*this, "Raise").opt("exc", n->exc).opt("cause", n->cause);
        break;
    }
    case StmtKind::Try: {
        auto* n = static_cast<const Try*>(s);
        Fields(*this, n->is_star ? "TryStar" : "Try")
            .list("body", n->body)
            .list("handlers", n->handlers)
            .list("orelse", n->orelse)
            .list("finalbody", n->finalbody);
        break;
    }
    case StmtKind::Assert: {
        auto* n = static_cast<const Assert*>(s);
        Fields(*this, "Assert").field("test", n->test).opt("msg", n->msg);
        break;
    }
    case StmtKind::Import:
        Fields(*this, "Import").list("names", static_cast<const Import*>(s)->names);
        break;
    case StmtKind::ImportFrom: {
        auto* n = static_cast<const ImportFrom*>(s);
        Fields(*this, "ImportFrom").opt("module", n->module).list("names", n->names).integer("level", n->level);
        break;
    }
    case StmtKind::Global:
        Fields(*this, "Global").list("names", static_cast<const Global*>(s)->names);
        break;
    case StmtKind::Nonlocal:
        Fields(*this, "Nonlocal").list("names", static_cast<const Nonlocal*>(s)->names);
        break;
    case StmtKind::Expr:
        Fields(*this, "Expr").field("value", static_cast<const ExprStmt*>(s)->value);
        break;
    case StmtKind::Pass: out += "Pass()"; break;
    case StmtKind::Break: out += "Break()"; break;
    case StmtKind::Continue: out += "Continue()"; break;
    }
}

void Dumper::write(const Expr* e) {
    if (e == nullptr) {
        out += "None";
        return;
    }
    switch (e->kind) {
    case ExprKind::BoolOp: {
        auto* n = static_cast<const BoolOp*>(e);
        Fields(*this, "BoolOp").field("op", n->op).list("values", n->values);
        break;
    }
    case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        Fields(*this, "NamedExpr").field("target", n->target).field("value", n->value);
        break;
    }
    case ExprKind::BinOp: {
        auto* n = static_cast<const BinOp*>(e);
        Fields(*this, "BinOp").field("left", n->left).field("op", n->op).field("right", n->right);
        break;
    }
    case ExprKind::UnaryOp: {
        auto* n = static_cast<const UnaryOp*>(e);
        Fields(*this, "UnaryOp").field("op", n->op).field("operand", n->operand);
        break;
    }
    case ExprKind::Lambda: {
        auto* n = static_cast<const Lambda*>(e);
        Fields(*this, "Lambda").field("args", n->args).field("body", n->body);
        break;
    }
    case ExprKind::IfExp: {
        auto* n = static_cast<const IfExp*>(e);
        Fields(*this, "IfExp").field("test", n->test).field("body", n->body).field("orelse", n->orelse);
        break;
    }
    case ExprKind::Dict: {
        auto* n = static_cast<const Dict*>(e);
        Fields(*this, "Dict").list("keys", n->keys).list("values", n->values);
        break;
    }
    case ExprKind::Set:
        Fields(*this, "Set").list("elts", static_cast<const Set*>(e)->elts);
        break;
    case ExprKind::ListComp: {
        auto* n = static_cast<const ListComp*>(e);
        Fields(*this, "ListComp").field("elt", n->elt).list("generators", n->generators);
        break;
    }
    case ExprKind::SetComp: {
        auto* n = static_cast<const SetComp*>(e);
        Fields(*this, "SetComp").field("elt", n->elt).list("generators", n->generators);
        break;
    }
    case ExprKind::DictComp: {
        auto* n = static_cast<const DictComp*>(e);
        Fields(*this, "DictComp")
            .field("key", n->key)
            .field("value", n->value)
            .list("generators", n->generators);
        break;
    }
    case ExprKind::GeneratorExp: {
        auto* n = static_cast<const GeneratorExp*>(e);
        Fields(*this, "GeneratorExp").field("elt", n->elt).list("generators", n->generators);
        break;
    }
    case ExprKind::Await:
        Fields(*this, "Await").field("value", static_cast<const Await*>(e)->value);
        break;
    case ExprKind::Yield:
        Fields(*this, "Yield").opt("value", static_cast<const Yield*>(e)->value);
        break;
    case ExprKind::YieldFrom:
        Fields(*this, "YieldFrom").field("value", static_cast<const YieldFrom*>(e)->value);
        break;
    case ExprKind::Compare: {
        auto* n = static_cast<const Compare*>(e);
        Fields(*this, "Compare").field("left", n->left).list("ops", n->ops).list("comparators", n->comparators);
        break;
    }
    case ExprKind::Call: {
        auto* n = static_cast<const Call*>(e);
        Fields(*this, "Call").field("func", n->func).list("args", n->args).list("keywords", n->keywords);
        break;
    }
    case ExprKind::FormattedValue: {
        auto* n = static_cast<const FormattedValue*>(e);
        Fields(*this, "FormattedValue")
            .field("value", n->value)
            .integer("conversion", n->conversion)
            .opt("format_spec", n->format_spec);
        break;
    }
    case ExprKind::JoinedStr:
        Fields(*this, "JoinedStr").list("values", static_cast<const JoinedStr*>(e)->values);
        break;
    case ExprKind::Constant: {
        auto* n = static_cast<const Constant*>(e);
        Fields(*this, "Constant").field("value", n->value).opt("kind", n->kind);
        break;
    }
    case ExprKind::Attribute: {
        auto* n = static_cast<const Attribute*>(e);
        Fields(*this, "Attribute").field("value", n->value).field("attr", n->attr).field("ctx", n->ctx);
        break;
    }
    case ExprKind::Subscript: {
        auto* n = static_cast<const Subscript*>(e);
        Fields(*this, "Subscript").field("value", n->value).field("slice", n->slice).field("ctx", n->ctx);
        break;
    }
    case ExprKind::Starred: {
        auto* n = static_cast<const Starred*>(e);
        Fields(*this, "Starred").field("value", n->value).field("ctx", n->ctx);
        break;
    }
    case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        Fields(*this, "Name").field("id", n->id).field("ctx", n->ctx);
        break;
    }
    case ExprKind::List: {
        auto* n = static_cast<const List*>(e);
        Fields(*this, "List").list("elts", n->elts).field("ctx", n->ctx);
        break;
    }
    case ExprKind::Tuple: {
        auto* n = static_cast<const Tuple*>(e);
        Fields(*this, "Tuple").list("elts", n->elts).field("ctx", n->ctx);
        break;
    }
    case ExprKind::Slice: {
        auto* n = static_cast<const Slice*>(e);
        Fields(*this, "Slice").opt("lower", n->lower).opt("upper", n->upper).opt("step", n->step);
        break;
    }
    }
}

void Dumper::write(const Pattern* p) {
    if (p == nullptr) {
        out += "None";
        return;
    }
    switch (p->kind) {
    case PatternKind::MatchValue:
        Fields(*this, "MatchValue").field("value", static_cast<const MatchValue*>(p)->value);
        break;
    case PatternKind::MatchSingleton:
        Fields(*this, "MatchSingleton").field("value", static_cast<const MatchSingleton*>(p)->value);
        break;
    case PatternKind::MatchSequence:
        Fields(*this, "MatchSequence").list("patterns", static_cast<const MatchSequence*>(p)->patterns);
        break;
    case PatternKind::MatchMapping: {
        auto* n = static_cast<const MatchMapping*>(p);
        Fields(*this, "MatchMapping").list("keys", n->keys).list("patterns", n->patterns).opt("rest", n->rest);
        break;
    }
    case PatternKind::MatchClass: {
        auto* n = static_cast<const MatchClass*>(p);
        Fields(*this, "MatchClass")
            .field("cls", n->cls)
            .list("patterns", n->patterns)
            .list("kwd_attrs", n->kwd_attrs)
            .list("kwd_patterns", n->kwd_patterns);
        break;
    }
    case PatternKind::MatchStar:
        Fields(*this, "MatchStar").opt("name", static_cast<const MatchStar*>(p)->name);
        break;
    case PatternKind::MatchAs: {
        auto* n = static_cast<const MatchAs*>(p);
        Fields(*this, "MatchAs").opt("pattern", n->pattern).opt("name", n->name);
        break;
    }
    case PatternKind::MatchOr:
        Fields(*this, "MatchOr").list("patterns", static_cast<const MatchOr*>(p)->patterns);
        break;
    }
}

}  // namespace

std::string dump(const Module& module) {
    Dumper d;
    d.out.reserve(4096);
    d.out += "Module(body=[";
    bool first = true;
    for (const Stmt* s : module.body) {
        if (!first) d.out += ", ";
        first = false;
        d.write(s);
    }
    d.out += "], type_ignores=[])";
    return std::move(d.out);
}

}  // namespace py2cpp::ast
