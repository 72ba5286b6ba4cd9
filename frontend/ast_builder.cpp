// Front end — parse tree → AST (see ast_builder.h).
#include "frontend/ast_builder.h"

#include <fmt/format.h>

#include <algorithm>

#include "frontend/diagnostics.h"
#include "frontend/literals.h"
#include "frontend/unicode_normalize.h"

namespace py2cpp {

using namespace ast;
using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using P = grammar::PythonParser;

namespace {

// The parse tree's accessors (ctx->expression() and friends) search the children with dynamic_cast; on the
// hot expression paths the builder reads children by position instead, where the grammar fixes it.
template <class T>
T* child(ParserRuleContext* ctx, size_t i) {
    return static_cast<T*>(ctx->children[i]);
}

// Whether a child is a token without dynamic_cast (whose cost dominated the builder): no rule of our grammar
// can match nothing, so every rule context has children and only a terminal node has none.
bool is_token(ParseTree* tree) { return tree->children.empty(); }

size_t token_type(ParseTree* tree) {
    return is_token(tree) ? static_cast<TerminalNode*>(tree)->getSymbol()->getType() : 0;
}

// CPython's name for an expression in "cannot assign to ..." messages (_PyPegen_get_expr_name).
std::string expr_name(const Expr* e) {
    switch (e->kind) {
        case ExprKind::Attribute: return "attribute";
        case ExprKind::Subscript: return "subscript";
        case ExprKind::Starred: return "starred";
        case ExprKind::Name: return "name";
        case ExprKind::List: return "list";
        case ExprKind::Tuple: return "tuple";
        case ExprKind::Lambda: return "lambda";
        case ExprKind::Call: return "function call";
        case ExprKind::BoolOp: case ExprKind::BinOp: case ExprKind::UnaryOp: return "expression";
        case ExprKind::GeneratorExp: return "generator expression";
        case ExprKind::Yield: case ExprKind::YieldFrom: return "yield expression";
        case ExprKind::Await: return "await expression";
        case ExprKind::ListComp: return "list comprehension";
        case ExprKind::SetComp: return "set comprehension";
        case ExprKind::DictComp: return "dict comprehension";
        case ExprKind::Dict: return "dict literal";
        case ExprKind::Set: return "set display";
        case ExprKind::JoinedStr: case ExprKind::FormattedValue: return "f-string expression";
        case ExprKind::Constant: {
            const auto& v = as<Constant>(e)->value;
            if (v.kind == ConstantValue::Kind::None) return "None";
            if (v.kind == ConstantValue::Kind::Bool) return v.boolean ? "True" : "False";
            if (v.kind == ConstantValue::Kind::Ellipsis) return "ellipsis";
            return "literal";
        }
        case ExprKind::Compare: return "comparison";
        case ExprKind::IfExp: return "conditional expression";
        case ExprKind::NamedExpr: return "named expression";
        case ExprKind::Slice: return "slice";
    }
    return "expression";
}

OperatorKind augmented_operator(size_t type) {
    switch (type) {
        case P::PLUSEQUAL: return OperatorKind::Add;
        case P::MINEQUAL: return OperatorKind::Sub;
        case P::STAREQUAL: return OperatorKind::Mult;
        case P::ATEQUAL: return OperatorKind::MatMult;
        case P::SLASHEQUAL: return OperatorKind::Div;
        case P::PERCENTEQUAL: return OperatorKind::Mod;
        case P::AMPEREQUAL: return OperatorKind::BitAnd;
        case P::VBAREQUAL: return OperatorKind::BitOr;
        case P::CIRCUMFLEXEQUAL: return OperatorKind::BitXor;
        case P::LEFTSHIFTEQUAL: return OperatorKind::LShift;
        case P::RIGHTSHIFTEQUAL: return OperatorKind::RShift;
        case P::DOUBLESTAREQUAL: return OperatorKind::Pow;
        default: return OperatorKind::FloorDiv;
    }
}

OperatorKind binary_operator(size_t type) {
    switch (type) {
        case P::PLUS: return OperatorKind::Add;
        case P::MINUS: return OperatorKind::Sub;
        case P::STAR: return OperatorKind::Mult;
        case P::AT: return OperatorKind::MatMult;
        case P::SLASH: return OperatorKind::Div;
        case P::PERCENT: return OperatorKind::Mod;
        case P::DOUBLESLASH: return OperatorKind::FloorDiv;
        case P::LEFTSHIFT: return OperatorKind::LShift;
        case P::RIGHTSHIFT: return OperatorKind::RShift;
        case P::AMPER: return OperatorKind::BitAnd;
        case P::CIRCUMFLEX: return OperatorKind::BitXor;
        case P::VBAR: return OperatorKind::BitOr;
        default: return OperatorKind::Pow;
    }
}

Token* first_token(ParseTree* tree) {
    if (is_token(tree)) return static_cast<TerminalNode*>(tree)->getSymbol();
    return static_cast<ParserRuleContext*>(tree)->getStart();
}

// The generated token accessors (ctx->COLON() and friends) also search with dynamic_cast; these do not.
TerminalNode* find_token(ParserRuleContext* ctx, size_t type) {
    for (auto* c : ctx->children) {
        if (is_token(c) && static_cast<TerminalNode*>(c)->getSymbol()->getType() == type) {
            return static_cast<TerminalNode*>(c);
        }
    }
    return nullptr;
}

bool has_token(ParserRuleContext* ctx, size_t type) { return find_token(ctx, type) != nullptr; }

// The comparison operator whose (first) token is child `index` of `chain`; `tokens` is 2 for `not in`, `is not`.
CmpOpKind comparison_operator(ParserRuleContext* chain, size_t index, size_t tokens) {
    const size_t first = token_type(chain->children[index]);
    const bool two_words = tokens == 2;
    switch (first) {
        case P::LESS: return CmpOpKind::Lt;
        case P::GREATER: return CmpOpKind::Gt;
        case P::EQEQUAL: return CmpOpKind::Eq;
        case P::GREATEREQUAL: return CmpOpKind::GtE;
        case P::LESSEQUAL: return CmpOpKind::LtE;
        case P::NOTEQUAL: return CmpOpKind::NotEq;
        case P::IN: return CmpOpKind::In;
        case P::NOT: return CmpOpKind::NotIn;
        default: return two_words ? CmpOpKind::IsNot : CmpOpKind::Is;
    }
}

}  // namespace

AstBuilder::AstBuilder(AstArena& arena, Diagnostics& diags, std::string_view text, TextOrigin origin,
                       ParseFieldFn parse_field)
    : arena_(arena), diags_(diags), text_(text), origin_(origin), parse_field_(std::move(parse_field)) {}

// ---------------------------------------------------------------------------------------------------------
// Locations and errors

int AstBuilder::byte_column(size_t line, size_t code_points) {
    if (line_starts_.empty()) index_lines();
    if (line == 0 || line > line_starts_.size() || line_is_ascii_[line - 1]) return static_cast<int>(code_points);
    // Tokens arrive left to right, so resume from the previous lookup on the same line when possible.
    const size_t start = line_starts_[line - 1];
    if (cursor_.line != line || cursor_.code_points > code_points) cursor_ = {line, 0, start};
    size_t pos = cursor_.byte;
    size_t seen = cursor_.code_points;
    while (pos < text_.size() && text_[pos] != '\n') {
        if ((static_cast<unsigned char>(text_[pos]) & 0xC0) != 0x80) {
            if (seen == code_points) break;
            ++seen;
        }
        ++pos;
    }
    cursor_ = {line, seen, pos};
    return static_cast<int>(pos - start);
}

void AstBuilder::index_lines() {
    line_starts_.push_back(0);
    bool ascii = true;
    for (size_t i = 0; i < text_.size(); ++i) {
        const char c = text_[i];
        if (c == '\n') {
            line_is_ascii_.push_back(ascii);
            line_starts_.push_back(i + 1);
            ascii = true;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
        }
    }
    line_is_ascii_.push_back(ascii);
}

Location AstBuilder::location(Token* first, Token* last) {
    Location loc;
    const size_t first_line = first->getLine();
    loc.lineno = static_cast<int>(first_line) + origin_.line_offset;
    loc.col_offset = byte_column(first_line, first->getCharPositionInLine()) +
                     (first_line == 1 ? origin_.first_line_column : 0);
    if (last == nullptr || last->getType() == Token::EOF || last->getStopIndex() < last->getStartIndex()) {
        last = first;
    }
    const size_t last_line = last->getLine();
    const size_t last_column = last->getCharPositionInLine();
    if (last->getType() != P::STRING) {  // only strings span lines; skip the costly UTF-32 → UTF-8 getText()
        loc.end_lineno = static_cast<int>(last_line) + origin_.line_offset;
        const size_t length = last->getStopIndex() - last->getStartIndex() + 1;
        loc.end_col_offset =
            byte_column(last_line, last_column + length) + (last_line == 1 ? origin_.first_line_column : 0);
        return loc;
    }
    const std::string_view text = token_text(last);
    const size_t newlines = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    loc.end_lineno = static_cast<int>(last_line + newlines) + origin_.line_offset;
    if (newlines > 0) {
        loc.end_col_offset = static_cast<int>(text.size() - text.rfind('\n') - 1);
    } else {
        loc.end_col_offset = byte_column(last_line, last_column) + static_cast<int>(text.size()) +
                             (last_line == 1 ? origin_.first_line_column : 0);
    }
    return loc;
}

Location AstBuilder::location(ParserRuleContext* ctx) { return location(ctx->getStart(), ctx->getStop()); }

void AstBuilder::fail(Token* at, const std::string& message) {
    const int line = static_cast<int>(at->getLine()) + origin_.line_offset;
    diags_.error(line, static_cast<int>(at->getCharPositionInLine()) + 1 +
                           (at->getLine() == 1 ? origin_.first_line_column : 0),
                 message);
    throw CompileError();
}

void AstBuilder::fail(ParserRuleContext* at, const std::string& message) { fail(at->getStart(), message); }

void AstBuilder::fail_at(const Location& at, const std::string& message) {
    diags_.error(at.lineno, at.col_offset + 1, message);
    throw CompileError();
}

// A token's text, sliced from our UTF-8 copy of the source: ANTLR's own getText() converts from UTF-32 on
// every call, which costs more than the rest of building the node.
std::string_view AstBuilder::token_text(Token* token) {
    if (line_starts_.empty()) index_lines();
    const size_t line = token->getLine();
    if (line == 0 || line > line_starts_.size()) return {};
    const size_t begin = line_starts_[line - 1] + byte_column(line, token->getCharPositionInLine());
    size_t remaining = token->getStopIndex() - token->getStartIndex() + 1;  // in code points
    size_t end = begin;
    while (end < text_.size() && remaining > 0) {
        ++end;
        if (end == text_.size() || (static_cast<unsigned char>(text_[end]) & 0xC0) != 0x80) --remaining;
    }
    return text_.substr(begin, end - begin);
}

// Python compares identifiers after NFKC normalisation (PEP 3131), and so does the AST: `ｗｉｄｔｈ` is `width`.
std::string AstBuilder::identifier(Token* token) {
    const std::string_view text = token_text(token);
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    return ascii ? std::string(text) : unicode::nfkc(text);
}

std::string AstBuilder::identifier(P::NameContext* name) { return identifier(name->getStart()); }

std::string AstBuilder::dotted_identifier(P::Dotted_nameContext* dotted) {
    std::string out;
    for (auto* part : dotted->name()) {
        if (!out.empty()) out += '.';
        out += identifier(part);
    }
    return out;
}

Name* AstBuilder::make_name(P::NameContext* ctx, ExprContext context) {
    auto* name = make<Name>(ctx);
    name->id = identifier(ctx);
    name->ctx = context;
    return name;
}

// ---------------------------------------------------------------------------------------------------------
// Module and statements

void AstBuilder::build_module(P::File_inputContext* ctx, Module& module) {
    for (auto* stmt : ctx->statement()) statement(stmt, module.body);
}

Expr* AstBuilder::build_field(P::Fstring_exprContext* ctx) { return star_expressions(ctx->star_expressions()); }

void AstBuilder::statement(P::StatementContext* ctx, StmtList& out) {
    auto* only = child<ParserRuleContext>(ctx, 0);
    if (only->getRuleIndex() == P::RuleCompound_stmt) {
        out.push_back(compound_stmt(static_cast<P::Compound_stmtContext*>(only)));
        return;
    }
    simple_stmts(static_cast<P::Simple_stmtsContext*>(only), out);
}

// `a; b; c` on one line: the children are simple_stmt contexts separated by SEMI tokens.
void AstBuilder::simple_stmts(P::Simple_stmtsContext* ctx, StmtList& out) {
    reject_empty_items(ctx, P::SEMI);
    for (auto* c : ctx->children) {
        if (!is_token(c)) out.push_back(simple_stmt(static_cast<P::Simple_stmtContext*>(c)));
    }
}

void AstBuilder::block(P::BlockContext* ctx, StmtList& out) {
    // Either one line of simple statements, or NEWLINE INDENT statement+ DEDENT.
    if (!is_token(ctx->children[0])) return simple_stmts(child<P::Simple_stmtsContext>(ctx, 0), out);
    for (auto* c : ctx->children) {
        if (!is_token(c)) statement(static_cast<P::StatementContext*>(c), out);
    }
}

Stmt* AstBuilder::simple_stmt(P::Simple_stmtContext* ctx) {
    // The labelled alternatives start with distinct keywords; dispatching on it avoids a chain of casts.
    switch (ctx->getStart()->getType()) {
        case P::RETURN: case P::IMPORT: case P::FROM: case P::RAISE: case P::PASS: case P::DEL: case P::ASSERT:
        case P::BREAK: case P::CONTINUE: case P::GLOBAL: case P::NONLOCAL:
            break;
        default:
            return expr_stmt(static_cast<P::Expression_stmtContext*>(ctx)->expr_stmt());
    }
    if (auto* r = dynamic_cast<P::Return_stmtContext*>(ctx)) {
        auto* node = make<Return>(ctx);
        if (r->star_expressions() != nullptr) node->value = star_expressions(r->star_expressions());
        return node;
    }
    if (auto* imp = dynamic_cast<P::Import_nameContext*>(ctx)) {
        auto* node = make<Import>(ctx);
        for (auto* item : imp->dotted_as_name()) {
            node->names.push_back(alias(item, dotted_identifier(item->dotted_name()), item->name()));
        }
        return node;
    }
    if (auto* imp = dynamic_cast<P::Import_fromContext*>(ctx)) return import_from(imp);
    if (auto* r = dynamic_cast<P::Raise_stmtContext*>(ctx)) {
        auto* node = make<Raise>(ctx);
        auto exprs = r->expression();
        if (!exprs.empty()) node->exc = expression(exprs[0]);
        if (exprs.size() > 1) node->cause = expression(exprs[1]);
        return node;
    }
    if (dynamic_cast<P::Pass_stmtContext*>(ctx) != nullptr) return make<Pass>(ctx);
    if (dynamic_cast<P::Break_stmtContext*>(ctx) != nullptr) return make<Break>(ctx);
    if (dynamic_cast<P::Continue_stmtContext*>(ctx) != nullptr) return make<Continue>(ctx);
    if (auto* d = dynamic_cast<P::Del_stmtContext*>(ctx)) {
        auto* node = make<Delete>(ctx);
        auto* list = d->target_list();
        for (auto* target : list->star_target()) {
            if (has_token(target, P::STAR)) fail(target, "cannot delete starred");
            Expr* e = bitwise(target->bitwise());
            set_context(e, ExprContext::Del, target);
            node->targets.push_back(e);
        }
        return node;
    }
    if (auto* a = dynamic_cast<P::Assert_stmtContext*>(ctx)) {
        auto* node = make<Assert>(ctx);
        node->test = expression(a->expression(0));
        if (a->expression().size() > 1) node->msg = expression(a->expression(1));
        return node;
    }
    if (auto* g = dynamic_cast<P::Global_stmtContext*>(ctx)) {
        auto* node = make<Global>(ctx);
        for (auto* n : g->name()) node->names.push_back(identifier(n));
        return node;
    }
    auto* n = dynamic_cast<P::Nonlocal_stmtContext*>(ctx);
    auto* node = make<Nonlocal>(ctx);
    for (auto* name : n->name()) node->names.push_back(identifier(name));
    return node;
}

Alias* AstBuilder::alias(ParserRuleContext* ctx, std::string name, P::NameContext* asname) {
    auto* node = make<Alias>(ctx);
    node->name = std::move(name);
    if (asname != nullptr) node->asname = identifier(asname);
    return node;
}

Stmt* AstBuilder::import_from(P::Import_fromContext* ctx) {
    auto* node = make<ImportFrom>(ctx);
    for (auto* child : ctx->children) {
        const size_t type = token_type(child);
        if (type == P::DOT) node->level += 1;
        if (type == P::ELLIPSIS) node->level += 3;
    }
    if (auto* module = ctx->dotted_name()) {
        node->module = dotted_identifier(module);
    } else if (node->level == 0) {
        fail(find_token(ctx, P::IMPORT)->getSymbol(), "invalid syntax");
    }
    auto* targets = ctx->import_targets();
    reject_empty_items(targets, P::COMMA);
    if (has_token(targets, P::STAR)) {
        auto* star = arena_.make<Alias>(location(find_token(targets, P::STAR)->getSymbol(), find_token(targets, P::STAR)->getSymbol()));
        star->name = "*";
        node->names.push_back(star);
    } else {
        for (auto* item : targets->import_as_name()) {
            auto names = item->name();
            node->names.push_back(alias(item, identifier(names[0]), names.size() > 1 ? names[1] : nullptr));
        }
    }
    return node;
}

Stmt* AstBuilder::expr_stmt(P::Expr_stmtContext* ctx) {
    auto* head = child<ParserRuleContext>(ctx, 0);  // star_expressions or yield_expr
    Expr* first = head->getRuleIndex() == P::RuleStar_expressions
                      ? star_expressions(static_cast<P::Star_expressionsContext*>(head))
                      : yield_expr(static_cast<P::Yield_exprContext*>(head));
    if (ctx->children.size() == 1) {  // an expression statement: the most common statement of all
        auto* node = make<ExprStmt>(ctx);
        node->value = first;
        return node;
    }
    auto values = ctx->assigned_value();
    if (has_token(ctx, P::COLON)) {  // annotated assignment
        auto* node = make<AnnAssign>(ctx);
        if (first->kind == ExprKind::Tuple || first->kind == ExprKind::List) {
            fail_at(first->loc, fmt::format("only single target (not {}) can be annotated",
                                            first->kind == ExprKind::Tuple ? "tuple" : "list"));
        }
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript) {
            fail_at(first->loc, "illegal target for annotation");
        }
        set_context(first, ExprContext::Store, head);
        node->target = first;
        node->annotation = expression(ctx->expression());
        if (!values.empty()) node->value = assigned_value(values[0]);
        node->simple = first->kind == ExprKind::Name && head->getStart()->getType() != P::LPAR;
        return node;
    }
    if (auto* aug = ctx->augassign()) {
        if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
            first->kind != ExprKind::Subscript) {
            fail_at(first->loc,
                    fmt::format("'{}' is an illegal expression for augmented assignment", expr_name(first)));
        }
        auto* node = make<AugAssign>(ctx);
        set_context(first, ExprContext::Store, head);
        node->target = first;
        node->op = augmented_operator(aug->getStart()->getType());
        node->value = assigned_value(values[0]);
        return node;
    }
    if (values.empty()) {
        auto* node = make<ExprStmt>(ctx);
        node->value = first;
        return node;
    }
    auto* node = make<Assign>(ctx);
    set_context(first, ExprContext::Store, head, true);
    node->targets.push_back(first);
    for (size_t i = 0; i + 1 < values.size(); ++i) {
        Expr* target = assigned_value(values[i]);
        set_context(target, ExprContext::Store, values[i], true);
        node->targets.push_back(target);
    }
    node->value = assigned_value(values.back());
    return node;
}

Expr* AstBuilder::assigned_value(P::Assigned_valueContext* ctx) {
    return ctx->yield_expr() != nullptr ? yield_expr(ctx->yield_expr()) : star_expressions(ctx->star_expressions());
}

// Assignment and deletion targets. CPython's message names the first offending sub-expression.
// In an `=` statement CPython adds a hint, since `f() = 1` is most often a mistyped `==`.
void AstBuilder::set_context(Expr* expr, ExprContext context, ParserRuleContext* where, bool in_assignment) {
    const bool del = context == ExprContext::Del;
    auto reject = [&](const Expr* bad) {
        fail_at(bad->loc, fmt::format("cannot {} {}{}", del ? "delete" : "assign to", expr_name(bad),
                                      in_assignment ? " here. Maybe you meant '==' instead of '='?" : ""));
    };
    switch (expr->kind) {
        case ExprKind::Name: as<Name>(expr)->ctx = context; return;
        case ExprKind::Attribute: as<Attribute>(expr)->ctx = context; return;
        case ExprKind::Subscript: as<Subscript>(expr)->ctx = context; return;
        case ExprKind::Starred:
            if (del) reject(expr);
            as<Starred>(expr)->ctx = context;
            set_context(as<Starred>(expr)->value, context, where, in_assignment);
            return;
        case ExprKind::Tuple:
            as<Tuple>(expr)->ctx = context;
            for (Expr* e : as<Tuple>(expr)->elts) set_context(e, context, where, in_assignment);
            return;
        case ExprKind::List:
            as<List>(expr)->ctx = context;
            for (Expr* e : as<List>(expr)->elts) set_context(e, context, where, in_assignment);
            return;
        default: reject(expr);
    }
}

Stmt* AstBuilder::compound_stmt(P::Compound_stmtContext* ctx) {
    switch (ctx->getStart()->getType()) {
        case P::IF: return if_stmt(static_cast<P::If_stmtContext*>(ctx));
        case P::TRY: return try_stmt(static_cast<P::Try_stmtContext*>(ctx));
        case P::MATCH: return match_stmt(static_cast<P::Match_stmtContext*>(ctx));
        default: break;
    }
    if (auto* d = dynamic_cast<P::Decorated_defContext*>(ctx)) {
        ExprList decorators;
        if (auto* decos = d->decorators()) {
            for (auto* e : decos->named_expression()) decorators.push_back(named_expression(e));
        }
        if (auto* f = d->function_def()) return function_def(f, std::move(decorators));
        return class_def(d->class_def(), std::move(decorators));
    }
    if (auto* i = dynamic_cast<P::If_stmtContext*>(ctx)) return if_stmt(i);
    if (auto* w = dynamic_cast<P::While_stmtContext*>(ctx)) {
        auto* node = make<While>(ctx);
        node->test = named_expression(w->named_expression());
        block(w->block(), node->body);
        if (auto* e = w->else_block()) block(e->block(), node->orelse);
        return node;
    }
    if (auto* f = dynamic_cast<P::For_stmtContext*>(ctx)) {
        auto* node = make<For>(ctx);
        node->is_async = has_token(f, P::ASYNC);
        node->target = target_list(f->target_list(), ExprContext::Store);
        node->iter = star_expressions(f->star_expressions());
        block(f->block(), node->body);
        if (auto* e = f->else_block()) block(e->block(), node->orelse);
        return node;
    }
    if (auto* w = dynamic_cast<P::With_stmtContext*>(ctx)) return with_stmt(w);
    if (auto* t = dynamic_cast<P::Try_stmtContext*>(ctx)) return try_stmt(t);
    return match_stmt(dynamic_cast<P::Match_stmtContext*>(ctx));
}

Stmt* AstBuilder::function_def(P::Function_defContext* ctx, ExprList decorators) {
    auto* node = make<FunctionDef>(ctx);
    node->is_async = has_token(ctx, P::ASYNC);
    node->name = identifier(ctx->name());
    node->decorator_list = std::move(decorators);
    node->args = ctx->parameters() != nullptr ? parameters(ctx->parameters()) : arena_.make<Arguments>();
    if (ctx->expression() != nullptr) node->returns = expression(ctx->expression());
    block(ctx->block(), node->body);
    return node;
}

Stmt* AstBuilder::class_def(P::Class_defContext* ctx, ExprList decorators) {
    auto* node = make<ClassDef>(ctx);
    node->name = identifier(ctx->name());
    node->decorator_list = std::move(decorators);
    if (ctx->arguments() != nullptr) {
        call_arguments(ctx->arguments(), find_token(ctx, P::LPAR)->getSymbol(), find_token(ctx, P::RPAR)->getSymbol(), node->bases,
                       node->keywords);
    }
    block(ctx->block(), node->body);
    return node;
}

Stmt* AstBuilder::if_stmt(P::If_stmtContext* ctx) {
    auto* top = make<If>(ctx);
    top->test = named_expression(ctx->named_expression());
    block(ctx->block(), top->body);
    If* current = top;
    for (auto* elif : ctx->elif_clause()) {
        auto* node = make<If>(elif);
        node->test = named_expression(elif->named_expression());
        block(elif->block(), node->body);
        current->orelse.push_back(node);
        current = node;
    }
    if (auto* e = ctx->else_block()) block(e->block(), current->orelse);
    return top;
}

Stmt* AstBuilder::try_stmt(P::Try_stmtContext* ctx) {
    auto* node = make<Try>(ctx);
    block(ctx->block(), node->body);
    auto clauses = ctx->except_clause();
    if (clauses.empty() && ctx->finally_block() == nullptr) {
        fail(ctx->else_block() != nullptr ? ctx->else_block()->getStart() : ctx->getStop(),
             "expected 'except' or 'finally' block");
    }
    if (clauses.empty() && ctx->else_block() != nullptr) fail(ctx->else_block(), "invalid syntax");
    bool any_star = false;
    bool any_plain = false;
    for (size_t i = 0; i < clauses.size(); ++i) {
        auto* clause = clauses[i];
        const bool star = has_token(clause, P::STAR);
        (star ? any_star : any_plain) = true;
        if (any_star && any_plain) fail(clause, "cannot have both 'except' and 'except*' on the same 'try'");
        auto* handler = make<ExceptHandler>(clause);
        auto types = clause->expression();
        if (types.empty()) {
            if (star) fail(find_token(clause, P::COLON)->getSymbol(), "expected one or more exception types");
        } else if (types.size() > 1 || token_type(clause->children[star ? 3 : 2]) == P::COMMA) {
            fail(types[0], "multiple exception types must be parenthesized");
        } else {
            handler->type = expression(types[0]);
        }
        if (clause->name() != nullptr) handler->name = identifier(clause->name());
        block(clause->block(), handler->body);
        node->handlers.push_back(handler);
    }
    node->is_star = any_star;
    if (auto* e = ctx->else_block()) block(e->block(), node->orelse);
    if (auto* f = ctx->finally_block()) block(f->block(), node->finalbody);
    return node;
}

Stmt* AstBuilder::with_stmt(P::With_stmtContext* ctx) {
    auto* node = make<With>(ctx);
    node->is_async = has_token(ctx, P::ASYNC);
    reject_empty_items(ctx->with_items(), P::COMMA);
    for (auto* item_ctx : ctx->with_items()->with_item()) {
        auto* item = make<WithItem>(item_ctx);
        item->context_expr = expression(item_ctx->expression());
        if (auto* target = item_ctx->star_target()) {
            item->optional_vars = star_target(target);
            set_context(item->optional_vars, ExprContext::Store, target);
        }
        node->items.push_back(item);
    }
    block(ctx->block(), node->body);
    return node;
}

// ---------------------------------------------------------------------------------------------------------
// match

Stmt* AstBuilder::match_stmt(P::Match_stmtContext* ctx) {
    auto* node = make<Match>(ctx);
    auto* subject = ctx->subject();
    auto items = subject->star_named_expression();
    if (items.size() == 1 && !has_token(subject, P::COMMA)) {
        node->subject = star_named_expression(items[0]);
        if (node->subject->kind == ExprKind::Starred) fail(items[0], "invalid syntax");
    } else {
        ExprList elts;
        for (auto* item : items) elts.push_back(star_named_expression(item));
        node->subject = sequence(subject, std::move(elts), true);
    }
    for (auto* case_ctx : ctx->case_block()) {
        auto* c = make<MatchCase>(case_ctx);
        c->pattern = patterns(case_ctx->patterns());
        if (case_ctx->named_expression() != nullptr) c->guard = named_expression(case_ctx->named_expression());
        block(case_ctx->block(), c->body);
        node->cases.push_back(c);
    }
    return node;
}

Pattern* AstBuilder::patterns(P::PatternsContext* ctx) {
    reject_empty_items(ctx, P::COMMA);
    auto items = ctx->star_or_pattern();
    if (items.size() == 1 && !has_token(ctx, P::COMMA)) {
        if (has_token(items[0], P::STAR)) fail(items[0], "invalid syntax");
        return pattern(items[0]->pattern());
    }
    return sequence_pattern(ctx, items);
}

Pattern* AstBuilder::sequence_pattern(ParserRuleContext* ctx, const std::vector<P::Star_or_patternContext*>& items) {
    auto* node = arena_.make<MatchSequence>(location(ctx));
    for (auto* item : items) node->patterns.push_back(star_or_pattern(item));
    return node;
}

Pattern* AstBuilder::star_or_pattern(P::Star_or_patternContext* ctx) {
    if (!has_token(ctx, P::STAR)) return pattern(ctx->pattern());
    auto* node = make<MatchStar>(ctx);
    std::string name = identifier(ctx->name());
    if (name != "_") node->name = std::move(name);
    return node;
}

Pattern* AstBuilder::pattern(P::PatternContext* ctx) {
    auto alternatives = ctx->closed_pattern();
    Pattern* result = nullptr;
    if (alternatives.size() == 1) {
        result = closed_pattern(alternatives[0]);
    } else {
        auto* node = arena_.make<MatchOr>(location(alternatives.front()->getStart(), alternatives.back()->getStop()));
        for (auto* alt : alternatives) node->patterns.push_back(closed_pattern(alt));
        result = node;
    }
    if (!has_token(ctx, P::AS)) return result;
    std::string name = identifier(ctx->name());
    if (name == "_") fail(ctx->name(), "cannot use '_' as a target");
    auto* node = make<MatchAs>(ctx);
    node->pattern = result;
    node->name = std::move(name);
    return node;
}

Pattern* AstBuilder::closed_pattern(P::Closed_patternContext* ctx) {
    reject_empty_items(ctx, P::COMMA);
    if (auto* num = dynamic_cast<P::Literal_number_patternContext*>(ctx)) {
        auto numbers = num->NUMBER();
        Expr* real = number(numbers[0], ctx);
        const bool negative = num->children.size() > 0 && token_type(num->children[0]) == P::MINUS;
        if (negative) {
            auto* neg = arena_.make<UnaryOp>(location(num->getStart(), numbers[0]->getSymbol()));
            neg->op = UnaryOpKind::USub;
            neg->operand = real;
            real = neg;
        }
        if (numbers.size() == 1) {
            auto* node = make<MatchValue>(ctx);
            node->value = real;
            return node;
        }
        const auto& real_value = as<Constant>(negative ? as<UnaryOp>(real)->operand : real)->value;
        if (real_value.kind == ConstantValue::Kind::Complex) fail(ctx, "real number required in complex literal");
        Expr* imag = number(numbers[1], ctx);
        if (as<Constant>(imag)->value.kind != ConstantValue::Kind::Complex) {
            fail(numbers[1]->getSymbol(), "imaginary number required in complex literal");
        }
        auto* sum = make<BinOp>(ctx);
        sum->left = real;
        sum->op = has_token(num, P::PLUS) ? OperatorKind::Add : OperatorKind::Sub;
        sum->right = imag;
        auto* node = make<MatchValue>(ctx);
        node->value = sum;
        return node;
    }
    if (auto* str = dynamic_cast<P::Literal_string_patternContext*>(ctx)) {
        Expr* value = strings(ctx, str->STRING());
        if (value->kind == ExprKind::JoinedStr) fail(ctx, "patterns may only match literals and attribute lookups");
        auto* node = make<MatchValue>(ctx);
        node->value = value;
        return node;
    }
    if (dynamic_cast<P::Singleton_patternContext*>(ctx) != nullptr) {
        auto* node = make<MatchSingleton>(ctx);
        const size_t type = ctx->getStart()->getType();
        node->value.kind = type == P::NONE ? ConstantValue::Kind::None : ConstantValue::Kind::Bool;
        node->value.boolean = type == P::TRUE;
        return node;
    }
    if (auto* named = dynamic_cast<P::Name_or_class_patternContext*>(ctx)) {
        auto names = named->dotted_name()->name();
        Expr* target = make_name(names[0], ExprContext::Load);
        for (size_t i = 1; i < names.size(); ++i) {
            auto* attr = arena_.make<Attribute>(location(names[0]->getStart(), names[i]->getStop()));
            attr->value = target;
            attr->attr = identifier(names[i]);
            target = attr;
        }
        if (has_token(named, P::LPAR)) {
            auto* node = make<MatchClass>(ctx);
            node->cls = target;
            if (auto* args = named->class_pattern_args()) {
                reject_empty_items(args, P::COMMA);
                for (auto* arg : args->class_pattern_arg()) {
                    if (arg->name() != nullptr) {
                        node->kwd_attrs.push_back(identifier(arg->name()));
                        node->kwd_patterns.push_back(pattern(arg->pattern()));
                    } else {
                        if (!node->kwd_attrs.empty()) fail(arg, "positional patterns follow keyword patterns");
                        node->patterns.push_back(pattern(arg->pattern()));
                    }
                }
            }
            return node;
        }
        if (names.size() > 1) {
            auto* node = make<MatchValue>(ctx);
            node->value = target;
            return node;
        }
        auto* node = make<MatchAs>(ctx);
        if (as<Name>(target)->id != "_") node->name = as<Name>(target)->id;
        return node;
    }
    if (auto* group = dynamic_cast<P::Group_or_tuple_patternContext*>(ctx)) {
        auto items = group->star_or_pattern();
        if (items.size() == 1 && !has_token(group, P::COMMA)) {
            if (has_token(items[0], P::STAR)) fail(items[0], "invalid syntax");
            return pattern(items[0]->pattern());
        }
        return sequence_pattern(ctx, items);
    }
    if (auto* list = dynamic_cast<P::List_patternContext*>(ctx)) return sequence_pattern(ctx, list->star_or_pattern());
    auto* mapping = dynamic_cast<P::Mapping_patternContext*>(ctx);
    auto* node = make<MatchMapping>(ctx);
    auto items = mapping->mapping_item();
    for (size_t i = 0; i < items.size(); ++i) {
        auto* item = items[i];
        if (has_token(item, P::DOUBLESTAR)) {
            if (i + 1 != items.size()) fail(items[i + 1], "invalid syntax");
            node->rest = identifier(item->name());
            continue;
        }
        node->keys.push_back(mapping_key(item->closed_pattern()));
        node->patterns.push_back(pattern(item->pattern()));
    }
    return node;
}

// Mapping keys are literals or dotted names, parsed like patterns but used as expressions.
Expr* AstBuilder::mapping_key(P::Closed_patternContext* ctx) {
    Pattern* key = closed_pattern(ctx);
    if (auto* value = as<MatchValue>(key)) return value->value;
    if (auto* single = as<MatchSingleton>(key)) {
        auto* constant = arena_.make<Constant>(key->loc);
        constant->value = single->value;
        return constant;
    }
    fail(ctx, "mapping pattern keys may only match literals and attribute lookups");
}

// ---------------------------------------------------------------------------------------------------------
// Parameters and call arguments

Arguments* AstBuilder::parameters(P::ParametersContext* ctx) { return parameter_list(ctx, ctx->parameter()); }

Arguments* AstBuilder::lambda_parameters(P::Lambda_parametersContext* ctx) {
    return parameter_list(ctx, ctx->lambda_parameter());
}

Token* AstBuilder::equal_sign(ParserRuleContext* param) {
    for (auto* child : param->children) {
        if (token_type(child) == P::EQUAL) return static_cast<TerminalNode*>(child)->getSymbol();
    }
    return param->getStart();
}

// The grammar accepts any sequence of parameters; this enforces Python's order with CPython's messages:
// positional-only `/` positional-or-keyword `*` or `*args`, keyword-only, `**kwargs`.
template <class ParamCtx>
Arguments* AstBuilder::parameter_list(ParserRuleContext* list, const std::vector<ParamCtx*>& params) {
    reject_empty_items(list, P::COMMA);
    auto* args = arena_.make<Arguments>();
    bool seen_slash = false;
    bool seen_star = false;
    bool seen_default = false;
    bool bare_star_pending = false;
    ParserRuleContext* bare_star = nullptr;
    for (auto* param : params) {
        if (args->kwarg != nullptr) fail(param, "arguments cannot follow var-keyword argument");
        Expr* annotation = nullptr;
        Expr* default_value = nullptr;
        if constexpr (std::is_same_v<ParamCtx, P::ParameterContext>) {
            // Children in order: [* | **] name [: annotation] [= default]
            for (size_t i = 0; i < param->children.size(); ++i) {
                const size_t type = token_type(param->children[i]);
                if (type == P::COLON) {
                    auto* next = param->children[i + 1];
                    if (auto* se = dynamic_cast<P::Star_expressionContext*>(next)) {
                        annotation = star_expression(se);
                    } else {
                        annotation = expression(dynamic_cast<P::ExpressionContext*>(next));
                    }
                } else if (type == P::EQUAL) {
                    default_value = expression(dynamic_cast<P::ExpressionContext*>(param->children[i + 1]));
                }
            }
        } else if (param->expression() != nullptr) {
            default_value = expression(param->expression());
        }
        auto make_arg = [&](P::NameContext* name) {
            auto* arg = arena_.make<Arg>(location(name->getStart(),
                                                  annotation != nullptr ? param->getStop() : name->getStop()));
            arg->arg = identifier(name);
            arg->annotation = annotation;
            return arg;
        };
        if (has_token(param, P::SLASH)) {
            if (seen_slash) fail(param, "/ may appear only once");
            if (seen_star) fail(param, "/ must be ahead of *");
            if (args->args.empty()) fail(param, "at least one argument must precede /");
            seen_slash = true;
            args->posonlyargs = std::move(args->args);
            args->args.clear();
            continue;
        }
        if (has_token(param, P::STAR)) {
            if (seen_star) fail(param, "* argument may appear only once");
            if (default_value != nullptr) {
                fail(equal_sign(param), "var-positional argument cannot have default value");
            }
            seen_star = true;
            if (param->name() != nullptr) {
                args->vararg = make_arg(param->name());
            } else {
                bare_star_pending = true;
                bare_star = param;
            }
            continue;
        }
        if (has_token(param, P::DOUBLESTAR)) {
            if (default_value != nullptr) fail(equal_sign(param), "var-keyword argument cannot have default value");
            if (bare_star_pending) fail(bare_star, "named arguments must follow bare *");
            args->kwarg = make_arg(param->name());
            continue;
        }
        Arg* arg = make_arg(param->name());
        if (seen_star) {
            bare_star_pending = false;
            args->kwonlyargs.push_back(arg);
            args->kw_defaults.push_back(default_value);
            continue;
        }
        if (default_value != nullptr) {
            seen_default = true;
            args->defaults.push_back(default_value);
        } else if (seen_default) {
            fail(param, "non-default argument follows default argument");
        }
        args->args.push_back(arg);
    }
    if (bare_star_pending) fail(bare_star, "named arguments must follow bare *");
    return args;
}

void AstBuilder::call_arguments(P::ArgumentsContext* ctx, Token* opening, Token* closing, ExprList& args,
                                std::vector<Keyword*>& keywords) {
    auto items = ctx->argument();
    bool seen_keyword = false;
    bool seen_double_star = false;
    reject_empty_items(ctx, P::COMMA);
    for (auto* item : items) {
        if (has_token(item, P::EQUAL)) {  // name=value, parsed as expression = expression
            auto* kw = make<Keyword>(item);
            Expr* name = expression(item->expression(0));
            if (name->kind != ExprKind::Name || item->getStart()->getType() == P::LPAR) {
                const bool keyword_constant = name->kind == ExprKind::Constant &&
                                              (as<Constant>(name)->value.kind == ConstantValue::Kind::None ||
                                               as<Constant>(name)->value.kind == ConstantValue::Kind::Bool);
                fail_at(name->loc, keyword_constant ? "cannot assign to " + expr_name(name)
                                                    : "expression cannot contain assignment, perhaps you meant \"==\"?");
            }
            kw->arg = as<Name>(name)->id;
            kw->value = expression(item->expression(1));
            keywords.push_back(kw);
            seen_keyword = true;
            continue;
        }
        if (has_token(item, P::DOUBLESTAR)) {
            auto* kw = make<Keyword>(item);
            kw->value = expression(item->expression(0));
            keywords.push_back(kw);
            seen_double_star = true;
            continue;
        }
        if (has_token(item, P::STAR)) {
            if (seen_double_star) fail(item, "iterable argument unpacking follows keyword argument unpacking");
            auto* starred = make<Starred>(item);
            starred->value = expression(item->expression(0));
            args.push_back(starred);
            continue;
        }
        if (seen_double_star) fail(closing, "positional argument follows keyword argument unpacking");
        if (seen_keyword) fail(closing, "positional argument follows keyword argument");
        Expr* value = expression(item->expression(0));
        if (has_token(item, P::COLONEQUAL)) {
            if (value->kind != ExprKind::Name || item->getStart()->getType() == P::LPAR) {
                fail(find_token(item, P::COLONEQUAL)->getSymbol(), "invalid syntax");
            }
            as<Name>(value)->ctx = ExprContext::Store;
            auto* named = make<NamedExpr>(item);
            named->target = value;
            named->value = expression(item->expression(1));
            value = named;
        }
        if (auto* comp = item->comprehension()) {
            if (items.size() > 1 || has_token(ctx, P::COMMA)) {
                fail(item, "Generator expression must be parenthesized");
            }
            // The sole generator argument of a call spans the call's parentheses, as in CPython.
            auto* gen = arena_.make<GeneratorExp>(location(opening, closing));
            gen->elt = value;
            gen->generators = comprehension(comp);
            value = gen;
        }
        args.push_back(value);
    }
}

// ---------------------------------------------------------------------------------------------------------
// Expressions

Expr* AstBuilder::sequence(ParserRuleContext* ctx, ExprList elts, bool is_tuple) {
    if (is_tuple) {
        auto* node = make<Tuple>(ctx);
        node->elts = std::move(elts);
        return node;
    }
    auto* node = make<List>(ctx);
    node->elts = std::move(elts);
    return node;
}

Expr* AstBuilder::star_expressions(P::Star_expressionsContext* ctx) {
    // Children: (expression | * bitwise) separated by commas, maybe a trailing comma.
    const auto& children = ctx->children;
    if (children.size() == 1) return expression(child<P::ExpressionContext>(ctx, 0));
    reject_empty_items(ctx, P::COMMA);
    ExprList elts;
    bool comma = false;
    for (size_t i = 0; i < children.size(); ++i) {
        const size_t type = token_type(children[i]);
        if (type == P::COMMA) {
            comma = true;
        } else if (type == P::STAR) {
            auto* starred = arena_.make<Starred>(location(child<TerminalNode>(ctx, i)->getSymbol(),
                                                          child<ParserRuleContext>(ctx, i + 1)->getStop()));
            starred->value = bitwise(child<P::BitwiseContext>(ctx, ++i));
            elts.push_back(starred);
        } else {
            elts.push_back(expression(child<P::ExpressionContext>(ctx, i)));
        }
    }
    if (elts.size() == 1 && !comma) return elts[0];
    return sequence(ctx, std::move(elts), true);
}

Expr* AstBuilder::star_expression(P::Star_expressionContext* ctx) {
    if (!has_token(ctx, P::STAR)) return expression(ctx->expression());
    auto* node = make<Starred>(ctx);
    node->value = bitwise(ctx->bitwise());
    return node;
}

Expr* AstBuilder::star_named_expression(P::Star_named_expressionContext* ctx) {
    if (!has_token(ctx, P::STAR)) return named_expression(ctx->named_expression());
    auto* node = make<Starred>(ctx);
    node->value = bitwise(ctx->bitwise());
    return node;
}

Expr* AstBuilder::named_expression(P::Named_expressionContext* ctx) {
    Expr* target = expression(child<P::ExpressionContext>(ctx, 0));
    if (ctx->children.size() == 1) return target;
    if (target->kind != ExprKind::Name || ctx->getStart()->getType() == P::LPAR) {
        fail_at(target->loc, "cannot use assignment expressions with " + expr_name(target));
    }
    as<Name>(target)->ctx = ExprContext::Store;
    auto* node = make<NamedExpr>(ctx);
    node->target = target;
    node->value = expression(child<P::ExpressionContext>(ctx, 2));
    return node;
}

// Lists are parsed as `item (separator item?)*`, which lets an item be missing between two separators.
void AstBuilder::reject_empty_items(ParserRuleContext* list, size_t separator) {
    bool after_separator = false;
    for (auto* c : list->children) {
        const bool is_separator = token_type(c) == separator;
        if (is_separator && after_separator) fail(static_cast<TerminalNode*>(c)->getSymbol(), "invalid syntax");
        after_separator = is_separator;
    }
}

Expr* AstBuilder::expression(P::ExpressionContext* ctx) {
    if (ctx->children.size() == 1) return disjunction(child<P::DisjunctionContext>(ctx, 0));
    if (has_token(ctx, P::LAMBDA)) {
        auto* node = make<Lambda>(ctx);
        node->args = ctx->lambda_parameters() != nullptr ? lambda_parameters(ctx->lambda_parameters())
                                                         : arena_.make<Arguments>();
        node->body = expression(ctx->expression());
        return node;
    }
    auto parts = ctx->disjunction();
    if (parts.size() == 1) return disjunction(parts[0]);
    auto* node = make<IfExp>(ctx);
    node->body = disjunction(parts[0]);
    node->test = disjunction(parts[1]);
    node->orelse = expression(ctx->expression());
    return node;
}

// ---------------------------------------------------------------------------------------------------------
// Operators
//
// The grammar gives `disjunction` and `bitwise` as flat lists, operand (operator operand)*, with prefix
// operators at the front of each operand. This is a precedence-climbing parser over that list, with
// Python's levels from loosest to tightest:
//     or < and < not (prefix) < comparisons < | < ^ < & < << >> < + - < * / // % @ < + - ~ (prefix) < **
// parse(level) reads one expression whose loosest operator is at `level` or tighter. Prefix `not` and the
// unary signs take their operand at their own level; `**` binds tighter than a prefix sign on its left
// (-2 ** 2 is -(2 ** 2)) and takes a signed operand on its right (2 ** -1); comparisons chain into one
// Compare, `and`/`or` into one BoolOp, and the rest associate to the left, as CPython's grammar has it.
// A prefix `not` where only a tighter expression may stand (`a == not b`) is CPython's "invalid syntax".

namespace {

enum Level : int {
    kOr = 1, kAnd, kNot, kComparison, kBitOr, kBitXor, kBitAnd, kShift, kSum, kTerm, kFactor, kPower
};

struct ChainOperator {
    int level;
    size_t first_child;  // index of its (first) token among the chain's children
    size_t tokens;       // 1, or 2 for `not in` and `is not`
};

}  // namespace

struct AstBuilder::OperatorChain {
    ParserRuleContext* ctx;
    std::vector<P::OperandContext*> operands;
    std::vector<ChainOperator> operators;  // operators[i] stands between operands[i] and operands[i + 1]
    size_t operand = 0;                    // the operand being read
    size_t prefix = 0;                     // prefix operators of that operand already read
};

// An expression with the tokens it spans, so that an enclosing node can start at a `(` that the inner
// expression's own location leaves out.
struct AstBuilder::Spanned {
    Expr* expr;
    Token* first;
    Token* last;
};

Expr* AstBuilder::disjunction(P::DisjunctionContext* ctx) { return operator_chain(ctx); }

Expr* AstBuilder::bitwise(P::BitwiseContext* ctx) { return operator_chain(ctx); }

Expr* AstBuilder::operator_chain(ParserRuleContext* ctx) {
    const auto& children = ctx->children;
    if (children.size() == 1) {  // a lone operand without prefix operators: the common case
        auto* operand = child<P::OperandContext>(ctx, 0);
        if (!is_prefix_operator(operand->getStart()->getType())) return primary(operand, 0);
    }
    OperatorChain chain{ctx, {}, {}, 0, 0};
    for (size_t i = 0; i < children.size(); ++i) {
        const size_t type = token_type(children[i]);
        if (type == 0) {
            chain.operands.push_back(child<P::OperandContext>(ctx, i));
            continue;
        }
        const size_t next = i + 1 < children.size() ? token_type(children[i + 1]) : 0;
        const bool two_words = (type == P::NOT && next == P::IN) || (type == P::IS && next == P::NOT);
        chain.operators.push_back({operator_level(type), i, two_words ? size_t{2} : size_t{1}});
        if (two_words) ++i;
    }
    return parse_level(chain, kOr).expr;
}

bool AstBuilder::is_prefix_operator(size_t type) {
    return type == P::NOT || type == P::PLUS || type == P::MINUS || type == P::TILDE;
}

int AstBuilder::operator_level(size_t type) {
    switch (type) {
        case P::OR: return kOr;
        case P::AND: return kAnd;
        case P::VBAR: return kBitOr;
        case P::CIRCUMFLEX: return kBitXor;
        case P::AMPER: return kBitAnd;
        case P::LEFTSHIFT: case P::RIGHTSHIFT: return kShift;
        case P::PLUS: case P::MINUS: return kSum;
        case P::STAR: case P::SLASH: case P::DOUBLESLASH: case P::PERCENT: case P::AT: return kTerm;
        case P::DOUBLESTAR: return kPower;
        default: return kComparison;  // < > == >= <= != in, not in, is, is not
    }
}

AstBuilder::Spanned AstBuilder::parse_level(OperatorChain& chain, int level) {
    P::OperandContext* operand = chain.operands[chain.operand];
    Spanned left{};
    Token* prefix = first_token(operand->children[chain.prefix]);
    if (is_prefix_operator(prefix->getType())) {
        const bool is_not = prefix->getType() == P::NOT;
        if (is_not && level > kNot) fail(prefix, "invalid syntax");
        ++chain.prefix;
        Spanned operand_expr = parse_level(chain, is_not ? kNot : kFactor);
        auto* node = arena_.make<UnaryOp>(location(prefix, operand_expr.last));
        node->op = is_not                          ? UnaryOpKind::Not
                   : prefix->getType() == P::PLUS  ? UnaryOpKind::UAdd
                   : prefix->getType() == P::MINUS ? UnaryOpKind::USub
                                                   : UnaryOpKind::Invert;
        node->operand = operand_expr.expr;
        left = {node, prefix, operand_expr.last};
    } else {
        left = {primary(operand, chain.prefix), prefix, operand->getStop()};
        ++chain.operand;
        chain.prefix = 0;
        // `**` binds tighter than any prefix operator before its left operand; it takes a signed operand.
        if (chain.operand - 1 < chain.operators.size() && chain.operators[chain.operand - 1].level == kPower) {
            Spanned right = parse_level(chain, kFactor);
            auto* node = arena_.make<BinOp>(location(left.first, right.last));
            node->left = left.expr;
            node->op = OperatorKind::Pow;
            node->right = right.expr;
            left = {node, left.first, right.last};
        }
    }
    // Binary operators at `level` or tighter. Having read operands 0..k-1, the next operator is
    // operators[k - 1]; reading the operand after it consumes it.
    while (chain.operand > 0 && chain.operand - 1 < chain.operators.size()) {
        const ChainOperator op = chain.operators[chain.operand - 1];
        if (op.level < level) break;
        auto* op_token = child<TerminalNode>(chain.ctx, op.first_child)->getSymbol();
        if (op.level == kComparison) {
            auto* node = arena_.make<Compare>(Location{});
            node->left = left.expr;
            Spanned right{};
            while (chain.operand - 1 < chain.operators.size() &&
                   chain.operators[chain.operand - 1].level == kComparison) {
                const ChainOperator cmp = chain.operators[chain.operand - 1];
                node->ops.push_back(comparison_operator(chain.ctx, cmp.first_child, cmp.tokens));
                right = parse_level(chain, kBitOr);
                node->comparators.push_back(right.expr);
            }
            node->loc = location(left.first, right.last);
            left = {node, left.first, right.last};
            continue;
        }
        if (op.level == kOr || op.level == kAnd) {
            auto* node = arena_.make<BoolOp>(Location{});
            node->op = op.level == kOr ? BoolOpKind::Or : BoolOpKind::And;
            node->values.push_back(left.expr);
            Spanned right{};
            while (chain.operand - 1 < chain.operators.size() && chain.operators[chain.operand - 1].level == op.level) {
                right = parse_level(chain, op.level + 1);
                node->values.push_back(right.expr);
            }
            node->loc = location(left.first, right.last);
            left = {node, left.first, right.last};
            continue;
        }
        Spanned right = parse_level(chain, op.level == kPower ? kFactor : op.level + 1);
        auto* node = arena_.make<BinOp>(location(left.first, right.last));
        node->left = left.expr;
        node->op = binary_operator(op_token->getType());
        node->right = right.expr;
        left = {node, left.first, right.last};
    }
    return left;
}

// An operand's atom and trailers, from child `first` on (after any prefix operators): [await] atom trailer*.
Expr* AstBuilder::primary(P::OperandContext* ctx, size_t first) {
    const auto& children = ctx->children;
    Token* await_token = first_token(children[first]);
    const bool awaited = await_token->getType() == P::AWAIT;
    const size_t i = awaited ? first + 1 : first;
    Token* start = first_token(children[i]);
    Expr* value = nullptr;
    size_t next = i + 1;
    switch (start->getType()) {
        case P::NAME: case P::MATCH: case P::CASE: {
            auto* name = arena_.make<Name>(location(start, start));
            name->id = identifier(start);
            value = name;
            break;
        }
        case P::TRUE: case P::FALSE: case P::NONE: {
            auto* node = arena_.make<Constant>(location(start, start));
            node->value.kind = start->getType() == P::NONE ? ConstantValue::Kind::None : ConstantValue::Kind::Bool;
            node->value.boolean = start->getType() == P::TRUE;
            value = node;
            break;
        }
        case P::ELLIPSIS: {
            auto* node = arena_.make<Constant>(location(start, start));
            node->value.kind = ConstantValue::Kind::Ellipsis;
            value = node;
            break;
        }
        case P::NUMBER: value = number(child<TerminalNode>(ctx, i), ctx); break;
        case P::STRING: {
            std::vector<TerminalNode*> pieces{child<TerminalNode>(ctx, i)};
            while (next < children.size() && token_type(children[next]) == P::STRING) {
                pieces.push_back(child<TerminalNode>(ctx, next++));
            }
            value = strings(ctx, pieces);
            break;
        }
        default: value = display(child<ParserRuleContext>(ctx, i)); break;
    }
    for (; next < children.size(); ++next) {
        auto* trailer = child<P::TrailerContext>(ctx, next);
        const Location loc = location(start, trailer->getStop());
        switch (trailer->getStart()->getType()) {
            case P::LPAR: {
                auto* call = arena_.make<Call>(loc);
                call->func = value;
                if (trailer->arguments() != nullptr) {
                    call_arguments(trailer->arguments(), find_token(trailer, P::LPAR)->getSymbol(), find_token(trailer, P::RPAR)->getSymbol(),
                                   call->args, call->keywords);
                }
                value = call;
                break;
            }
            case P::LSQB: {
                auto* sub = arena_.make<Subscript>(loc);
                sub->value = value;
                sub->slice = slices(trailer->slices());
                value = sub;
                break;
            }
            default: {
                auto* attr = arena_.make<Attribute>(loc);
                attr->value = value;
                attr->attr = identifier(trailer->name());
                value = attr;
                break;
            }
        }
    }
    if (!awaited) return value;
    auto* node = arena_.make<Await>(location(await_token, ctx->getStop()));
    node->value = value;
    return node;
}

Expr* AstBuilder::slices(P::SlicesContext* ctx) {
    auto items = ctx->slice();
    reject_empty_items(ctx, P::COMMA);
    // A lone `*x` is still a tuple: a[*x] is a[(*x,)] (PEP 646).
    if (items.size() == 1 && !has_token(ctx, P::COMMA) && !has_token(items[0], P::STAR)) return slice(items[0]);
    ExprList elts;
    for (auto* item : items) elts.push_back(slice(item));
    return sequence(ctx, std::move(elts), true);
}

Expr* AstBuilder::slice(P::SliceContext* ctx) {
    if (has_token(ctx, P::STAR)) {
        auto* node = make<Starred>(ctx);
        node->value = bitwise(ctx->bitwise());
        return node;
    }
    if (!has_token(ctx, P::COLON)) return named_expression(ctx->named_expression());
    auto* node = make<Slice>(ctx);
    int colons = 0;
    for (auto* child : ctx->children) {
        if (token_type(child) == P::COLON) {
            ++colons;
        } else if (auto* named = dynamic_cast<P::Named_expressionContext*>(child)) {
            if (has_token(named, P::COLONEQUAL)) fail(named, "invalid syntax");
            node->lower = named_expression(named);
        } else if (auto* e = dynamic_cast<P::ExpressionContext*>(child)) {
            (colons == 1 ? node->upper : node->step) = expression(e);
        }
    }
    return node;
}

Expr* AstBuilder::yield_expr(P::Yield_exprContext* ctx) {
    if (has_token(ctx, P::FROM)) {
        auto* node = make<YieldFrom>(ctx);
        node->value = expression(ctx->expression());
        return node;
    }
    auto* node = make<Yield>(ctx);
    if (ctx->star_expressions() != nullptr) node->value = star_expressions(ctx->star_expressions());
    return node;
}

// Parenthesized forms, list displays and brace displays (dict or set).
Expr* AstBuilder::display(ParserRuleContext* ctx) {
    reject_empty_items(ctx, P::COMMA);
    const size_t opening = ctx->getStart()->getType();
    if (opening == P::LPAR) {
        auto* paren = static_cast<P::Paren_displayContext*>(ctx);
        if (paren->yield_expr() != nullptr) return yield_expr(paren->yield_expr());
        auto items = paren->star_named_expression();
        if (items.empty()) return sequence(ctx, {}, true);
        if (auto* comp = paren->comprehension()) {
            Expr* elt = star_named_expression(items[0]);
            if (elt->kind == ExprKind::Starred) fail(items[0], "iterable unpacking cannot be used in comprehension");
            auto* node = make<GeneratorExp>(ctx);
            node->elt = elt;
            node->generators = comprehension(comp);
            return node;
        }
        if (items.size() == 1 && !has_token(paren, P::COMMA)) {
            Expr* inner = star_named_expression(items[0]);
            if (inner->kind == ExprKind::Starred) fail(items[0], "cannot use starred expression here");
            return inner;
        }
        ExprList elts;
        for (auto* item : items) elts.push_back(star_named_expression(item));
        return sequence(ctx, std::move(elts), true);
    }
    if (opening == P::LSQB) {
        auto* list = static_cast<P::List_displayContext*>(ctx);
        auto items = list->star_named_expression();
        if (auto* comp = list->comprehension()) {
            Expr* elt = star_named_expression(items[0]);
            if (elt->kind == ExprKind::Starred) fail(items[0], "iterable unpacking cannot be used in comprehension");
            auto* node = make<ListComp>(ctx);
            node->elt = elt;
            node->generators = comprehension(comp);
            return node;
        }
        ExprList elts;
        for (auto* item : items) elts.push_back(star_named_expression(item));
        return sequence(ctx, std::move(elts), false);
    }
    return brace_display(static_cast<P::Brace_displayContext*>(ctx));
}

Expr* AstBuilder::brace_display(P::Brace_displayContext* ctx) {
    reject_empty_items(ctx, P::COMMA);
    auto items = ctx->dict_or_set_item();
    if (items.empty()) return make<Dict>(ctx);
    auto is_dict_item = [](P::Dict_or_set_itemContext* item) {
        return has_token(item, P::DOUBLESTAR) || has_token(item, P::COLON);
    };
    const bool is_dict = is_dict_item(items[0]);
    if (auto* comp = ctx->comprehension()) {
        auto* first = items[0];
        if (is_dict) {
            if (has_token(first, P::DOUBLESTAR)) fail(first, "dict unpacking cannot be used in dict comprehension");
            auto* node = make<DictComp>(ctx);
            if (has_token(first->named_expression(), P::COLONEQUAL)) fail(first, "invalid syntax");
            node->key = named_expression(first->named_expression());
            node->value = expression(first->expression());
            node->generators = comprehension(comp);
            return node;
        }
        if (has_token(first, P::STAR)) fail(first, "iterable unpacking cannot be used in comprehension");
        auto* node = make<SetComp>(ctx);
        node->elt = named_expression(first->named_expression());
        node->generators = comprehension(comp);
        return node;
    }
    if (is_dict) {
        auto* node = make<Dict>(ctx);
        for (auto* item : items) {
            if (!is_dict_item(item)) fail(item, "':' expected after dictionary key");
            if (has_token(item, P::DOUBLESTAR)) {
                node->keys.push_back(nullptr);
                node->values.push_back(bitwise(item->bitwise()));
                continue;
            }
            if (has_token(item->named_expression(), P::COLONEQUAL)) fail(item, "invalid syntax");
            node->keys.push_back(named_expression(item->named_expression()));
            node->values.push_back(expression(item->expression()));
        }
        return node;
    }
    auto* node = make<Set>(ctx);
    for (auto* item : items) {
        if (is_dict_item(item)) fail(item, "invalid syntax");
        if (has_token(item, P::STAR)) {
            auto* starred = make<Starred>(item);
            starred->value = bitwise(item->bitwise());
            node->elts.push_back(starred);
        } else {
            node->elts.push_back(named_expression(item->named_expression()));
        }
    }
    return node;
}

std::vector<Comprehension*> AstBuilder::comprehension(P::ComprehensionContext* ctx) {
    // Children: ([async] for target_list in disjunction (if disjunction)*)+
    std::vector<Comprehension*> out;
    Comprehension* current = nullptr;
    bool pending_async = false;
    bool next_is_iter = false;
    for (auto* child : ctx->children) {
        const size_t type = token_type(child);
        if (type == P::ASYNC) {
            pending_async = true;
        } else if (type == P::FOR) {
            current = arena_.make<Comprehension>();
            current->is_async = pending_async;
            pending_async = false;
            out.push_back(current);
        } else if (type == P::IN) {
            next_is_iter = true;
        } else if (auto* targets = dynamic_cast<P::Target_listContext*>(child)) {
            current->target = target_list(targets, ExprContext::Store);
        } else if (auto* d = dynamic_cast<P::DisjunctionContext*>(child)) {
            if (next_is_iter) {
                current->iter = disjunction(d);
                next_is_iter = false;
            } else {
                current->ifs.push_back(disjunction(d));
            }
        }
    }
    return out;
}

Expr* AstBuilder::target_list(P::Target_listContext* ctx, ExprContext context) {
    auto items = ctx->star_target();
    reject_empty_items(ctx, P::COMMA);
    Expr* result = nullptr;
    if (items.size() == 1 && !has_token(ctx, P::COMMA)) {
        result = star_target(items[0]);
    } else {
        ExprList elts;
        for (auto* item : items) elts.push_back(star_target(item));
        result = sequence(ctx, std::move(elts), true);
    }
    set_context(result, context, ctx);
    return result;
}

Expr* AstBuilder::star_target(P::Star_targetContext* ctx) {
    Expr* value = bitwise(ctx->bitwise());
    if (!has_token(ctx, P::STAR)) return value;
    auto* node = make<Starred>(ctx);
    node->value = value;
    return node;
}

Expr* AstBuilder::number(TerminalNode* token, ParserRuleContext* ctx) {
    auto* node = arena_.make<Constant>(location(token->getSymbol(), token->getSymbol()));
    std::string error;
    if (!literals::parse_number(token_text(token->getSymbol()), node->value, &error)) {
        fail(token->getSymbol(), error.empty() ? "invalid syntax" : error);
    }
    return node;
}

Expr* AstBuilder::strings(ParserRuleContext* ctx, const std::vector<TerminalNode*>& tokens) {
    std::vector<literals::StringToken> pieces;
    pieces.reserve(tokens.size());
    for (auto* t : tokens) {
        Token* symbol = t->getSymbol();
        const Location loc = location(symbol, symbol);
        pieces.push_back({token_text(symbol), loc.lineno, loc.col_offset});
    }
    Expr* value = literals::build_strings(pieces, arena_, parse_field_, diags_);
    if (value == nullptr) throw CompileError();
    value->loc = location(ctx->getStart(), tokens.back()->getSymbol());
    return value;
}

}  // namespace py2cpp
