// Front end — parse tree → AST: the one place that knows both the ANTLR tree's shape and CPython's AST.
//
// Besides translating node for node, the builder does what CPython's PEG grammar does with its actions and
// `invalid_*` rules: gives assignment targets their Store/Del context, checks the order of parameters and
// call arguments, decides between dict and set displays, and reports CPython's messages for what the
// deliberately permissive grammar accepted but Python does not.
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "PythonParser.h"
#include "frontend/ast.h"

namespace py2cpp {

class Diagnostics;

// Where the parsed text starts in the real file: f-string fields are parsed on their own but report
// positions in the enclosing file.
struct TextOrigin {
    int line_offset = 0;        // added to every line number
    int first_line_column = 0;  // added to byte columns on the first line only
};

// Parses one f-string replacement field (see literals.h); null after reporting an error.
using ParseFieldFn = std::function<ast::Expr*(std::string_view source, int line, int col)>;

class AstBuilder {
public:
    AstBuilder(ast::AstArena& arena, Diagnostics& diags, std::string_view text, TextOrigin origin,
               ParseFieldFn parse_field);

    // Both throw CompileError after reporting the first error.
    void build_module(grammar::PythonParser::File_inputContext* ctx, ast::Module& module);
    ast::Expr* build_field(grammar::PythonParser::Fstring_exprContext* ctx);

private:
    using P = grammar::PythonParser;

    // Statements
    void statement(P::StatementContext* ctx, ast::StmtList& out);
    void block(P::BlockContext* ctx, ast::StmtList& out);
    void simple_stmts(P::Simple_stmtsContext* ctx, ast::StmtList& out);
    ast::Stmt* simple_stmt(P::Simple_stmtContext* ctx);
    ast::Stmt* expr_stmt(P::Expr_stmtContext* ctx);
    ast::Stmt* compound_stmt(P::Compound_stmtContext* ctx);
    ast::Stmt* function_def(P::Function_defContext* ctx, ast::ExprList decorators);
    ast::Stmt* class_def(P::Class_defContext* ctx, ast::ExprList decorators);
    ast::Stmt* if_stmt(P::If_stmtContext* ctx);
    ast::Stmt* try_stmt(P::Try_stmtContext* ctx);
    ast::Stmt* with_stmt(P::With_stmtContext* ctx);
    ast::Stmt* match_stmt(P::Match_stmtContext* ctx);
    ast::Stmt* import_from(P::Import_fromContext* ctx);
    ast::Alias* alias(antlr4::ParserRuleContext* ctx, std::string name, P::NameContext* asname);

    // Patterns
    ast::Pattern* patterns(P::PatternsContext* ctx);
    ast::Pattern* star_or_pattern(P::Star_or_patternContext* ctx);
    ast::Pattern* pattern(P::PatternContext* ctx);
    ast::Pattern* closed_pattern(P::Closed_patternContext* ctx);
    ast::Pattern* sequence_pattern(antlr4::ParserRuleContext* ctx,
                                   const std::vector<P::Star_or_patternContext*>& items);
    ast::Expr* mapping_key(P::Closed_patternContext* ctx);

    // Parameters and arguments
    ast::Arguments* parameters(P::ParametersContext* ctx);
    ast::Arguments* lambda_parameters(P::Lambda_parametersContext* ctx);
    template <class ParamCtx>
    ast::Arguments* parameter_list(antlr4::ParserRuleContext* list, const std::vector<ParamCtx*>& params);
    void call_arguments(P::ArgumentsContext* ctx, antlr4::Token* opening, antlr4::Token* closing, ast::ExprList& args,
                        std::vector<ast::Keyword*>& keywords);
    static antlr4::Token* equal_sign(antlr4::ParserRuleContext* param);

    // Expressions
    ast::Expr* star_expressions(P::Star_expressionsContext* ctx);
    ast::Expr* star_expression(P::Star_expressionContext* ctx);
    ast::Expr* star_named_expression(P::Star_named_expressionContext* ctx);
    ast::Expr* named_expression(P::Named_expressionContext* ctx);
    ast::Expr* expression(P::ExpressionContext* ctx);
    ast::Expr* disjunction(P::DisjunctionContext* ctx);
    ast::Expr* bitwise(P::BitwiseContext* ctx);
    struct OperatorChain;
    struct Spanned;
    ast::Expr* operator_chain(antlr4::ParserRuleContext* ctx);
    Spanned parse_level(OperatorChain& chain, int level);
    static bool is_prefix_operator(size_t type);
    static int operator_level(size_t type);
    ast::Expr* primary(P::OperandContext* ctx, size_t first);
    ast::Expr* display(antlr4::ParserRuleContext* ctx);
    ast::Expr* strings(antlr4::ParserRuleContext* ctx, const std::vector<antlr4::tree::TerminalNode*>& tokens);
    ast::Expr* number(antlr4::tree::TerminalNode* token, antlr4::ParserRuleContext* ctx);
    ast::Expr* brace_display(P::Brace_displayContext* ctx);
    ast::Expr* slices(P::SlicesContext* ctx);
    ast::Expr* slice(P::SliceContext* ctx);
    ast::Expr* yield_expr(P::Yield_exprContext* ctx);
    ast::Expr* assigned_value(P::Assigned_valueContext* ctx);
    std::vector<ast::Comprehension*> comprehension(P::ComprehensionContext* ctx);
    ast::Expr* target_list(P::Target_listContext* ctx, ast::ExprContext context);
    ast::Expr* star_target(P::Star_targetContext* ctx);
    ast::Expr* sequence(antlr4::ParserRuleContext* ctx, ast::ExprList elts, bool is_tuple);
    void reject_empty_items(antlr4::ParserRuleContext* list, size_t separator);

    // Targets: give `expr` the Store or Del context, or report why it cannot be one.
    void set_context(ast::Expr* expr, ast::ExprContext context, antlr4::ParserRuleContext* where,
                     bool in_assignment = false);

    // Locations and errors
    ast::Location location(antlr4::ParserRuleContext* ctx);
    ast::Location location(antlr4::Token* first, antlr4::Token* last);
    int byte_column(size_t line, size_t code_points);
    void index_lines();
    [[noreturn]] void fail(antlr4::Token* at, const std::string& message);
    [[noreturn]] void fail(antlr4::ParserRuleContext* at, const std::string& message);
    [[noreturn]] void fail_at(const ast::Location& at, const std::string& message);

    template <class T>
    T* make(antlr4::ParserRuleContext* ctx) {
        return arena_.make<T>(location(ctx));
    }
    ast::Name* make_name(P::NameContext* ctx, ast::ExprContext context);
    std::string_view token_text(antlr4::Token* token);
    std::string identifier(antlr4::Token* token);
    std::string identifier(P::NameContext* name);
    std::string dotted_identifier(P::Dotted_nameContext* dotted);

    ast::AstArena& arena_;
    Diagnostics& diags_;
    std::string_view text_;
    TextOrigin origin_;
    ParseFieldFn parse_field_;
    // Code point → byte column conversion: where each line of text_ starts, whether it is pure ASCII (then the
    // two columns agree), and the last position looked up, from which a walk along a long line resumes.
    struct Cursor {
        size_t line = 0;
        size_t code_points = 0;
        size_t byte = 0;
    };
    std::vector<size_t> line_starts_;
    std::vector<bool> line_is_ascii_;
    Cursor cursor_;
};

}  // namespace py2cpp
