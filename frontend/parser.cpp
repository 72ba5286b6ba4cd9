// Front end — the parse driver (see parser.h): runs lexer, token source, ANTLR parser and AST builder.
#include "frontend/parser.h"

#include <fmt/format.h>

#include "PythonLexer.h"
#include "PythonParser.h"
#include "antlr4-runtime.h"
#include "frontend/ast_builder.h"
#include "frontend/diagnostics.h"
#include "frontend/source.h"
#include "frontend/token_source.h"

namespace py2cpp {

using grammar::PythonLexer;
using grammar::PythonParser;

namespace {

// The first syntax error, found by the LL stage; thrown out of the error listener to stop the parse.
struct SyntaxFailure {
    size_t line;
    size_t column;  // 0-based, code points
    std::string message;
};

// What CPython calls the statement that owns an indented block, for "expected an indented block after ...".
std::string block_owner(antlr4::ParserRuleContext* ctx) {
    for (auto* node = ctx; node != nullptr; node = dynamic_cast<antlr4::ParserRuleContext*>(node->parent)) {
        const size_t line = node->getStart()->getLine();
        auto statement = [&](const char* keyword) { return fmt::format("'{}' statement on line {}", keyword, line); };
        if (dynamic_cast<PythonParser::If_stmtContext*>(node) != nullptr) return statement("if");
        if (dynamic_cast<PythonParser::Elif_clauseContext*>(node) != nullptr) return statement("elif");
        if (dynamic_cast<PythonParser::Else_blockContext*>(node) != nullptr) return statement("else");
        if (dynamic_cast<PythonParser::While_stmtContext*>(node) != nullptr) return statement("while");
        if (dynamic_cast<PythonParser::For_stmtContext*>(node) != nullptr) return statement("for");
        if (dynamic_cast<PythonParser::With_stmtContext*>(node) != nullptr) return statement("with");
        if (dynamic_cast<PythonParser::Try_stmtContext*>(node) != nullptr) return statement("try");
        if (auto* except = dynamic_cast<PythonParser::Except_clauseContext*>(node)) {
            return statement(except->STAR() != nullptr ? "except*" : "except");
        }
        if (dynamic_cast<PythonParser::Finally_blockContext*>(node) != nullptr) return statement("finally");
        if (dynamic_cast<PythonParser::Match_stmtContext*>(node) != nullptr) return statement("match");
        if (dynamic_cast<PythonParser::Case_blockContext*>(node) != nullptr) return statement("case");
        if (auto* def = dynamic_cast<PythonParser::Function_defContext*>(node)) {
            return fmt::format("function definition on line {}", def->DEF()->getSymbol()->getLine());
        }
        if (dynamic_cast<PythonParser::Class_defContext*>(node) != nullptr) {
            return fmt::format("class definition on line {}", line);
        }
    }
    return {};
}

// Turns ANTLR's first complaint into CPython's message for the same situation.
class FirstErrorListener final : public antlr4::BaseErrorListener {
public:
    void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                     const std::string& /*antlr_message*/, std::exception_ptr /*error*/) override {
        auto* parser = dynamic_cast<PythonParser*>(recognizer);
        const size_t type = offending != nullptr ? offending->getType() : 0;
        if (type == PythonLexer::ERRORTOKEN) throw SyntaxFailure{line, column, offending->getText()};
        if (type == PythonLexer::INDENT) throw SyntaxFailure{line, column, "unexpected indent"};
        if (parser != nullptr) {
            const antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
            if (expected.contains(static_cast<size_t>(PythonLexer::INDENT))) {
                std::string owner = block_owner(parser->getContext());
                if (!owner.empty()) {
                    throw SyntaxFailure{line, column, "expected an indented block after " + owner};
                }
            }
            if (type == PythonLexer::DEDENT && line > 0) {
                throw SyntaxFailure{line, column, "unindent does not match any outer indentation level"};
            }
            if (expected.size() == 1 && expected.contains(static_cast<size_t>(PythonLexer::COLON))) {
                throw SyntaxFailure{line, column, "expected ':'"};
            }
        }
        throw SyntaxFailure{line, column, "invalid syntax"};
    }
};

// One run of lexer + parser over a piece of text: a whole file, or one f-string field.
class ParseRun {
public:
    ParseRun(std::string_view text, Diagnostics& diags, ast::AstArena& arena, TextOrigin origin,
             std::string message_prefix = {})
        : text_(text),
          input_(std::string(text_)),
          lexer_(&input_),
          tokens_(lexer_),
          stream_(&tokens_),
          parser_(&stream_),
          diags_(diags),
          arena_(arena),
          origin_(origin),
          message_prefix_(std::move(message_prefix)) {
        lexer_.removeErrorListeners();
    }

    bool parse_file(ast::Module& module) {
        auto* tree = run([this] { return parser_.file_input(); });
        if (tree == nullptr) return false;
        return build([&](AstBuilder& builder) { builder.build_module(tree, module); });
    }

    ast::Expr* parse_field() {
        auto* tree = run([this] { return parser_.fstring_expr(); });
        if (tree == nullptr) return nullptr;
        ast::Expr* result = nullptr;
        build([&](AstBuilder& builder) { result = builder.build_field(tree); });
        return result;
    }

private:
    // SLL with bail-out first; on failure, LL with CPython-style reporting of the first error.
    template <class Rule>
    auto run(Rule rule) -> decltype(rule()) {
        auto* simulator = parser_.getInterpreter<antlr4::atn::ParserATNSimulator>();
        simulator->setPredictionMode(antlr4::atn::PredictionMode::SLL);
        parser_.removeErrorListeners();
        parser_.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
        try {
            return rule();
        } catch (antlr4::ParseCancellationException&) {
        }
        stream_.seek(0);
        parser_.reset();
        simulator->setPredictionMode(antlr4::atn::PredictionMode::LL);
        parser_.setErrorHandler(std::make_shared<antlr4::DefaultErrorStrategy>());
        parser_.addErrorListener(&listener_);
        try {
            return rule();
        } catch (const SyntaxFailure& failure) {
            const int line = static_cast<int>(failure.line) + origin_.line_offset;
            const int column = static_cast<int>(failure.column) + 1 + (failure.line == 1 ? origin_.first_line_column : 0);
            diags_.error(line, column, message_prefix_ + failure.message);
        }
        return nullptr;
    }

    template <class Body>
    bool build(Body body) {
        AstBuilder builder(arena_, diags_, text_, origin_,
                           [this](std::string_view source, int line, int col) -> ast::Expr* {
                               return parse_field_text(source, line, col);
                           });
        try {
            body(builder);
            return true;
        } catch (const CompileError&) {
            return false;
        }
    }

    // CPython 3.11 parses an f-string field as "(" + text + ")" and prefixes its errors with "f-string: ".
    ast::Expr* parse_field_text(std::string_view source, int line, int col) {
        std::string wrapped;
        wrapped.reserve(source.size() + 2);
        wrapped += '(';
        wrapped += source;
        wrapped += ')';
        ParseRun field(wrapped, diags_, arena_, TextOrigin{line - 1, col - 1}, "f-string: ");
        return field.parse_field();
    }

    std::string_view text_;  // outlives the run; ANTLRInputStream decodes its own copy
    antlr4::ANTLRInputStream input_;
    PythonLexer lexer_;
    PythonTokenSource tokens_;
    antlr4::CommonTokenStream stream_;
    PythonParser parser_;
    FirstErrorListener listener_;
    Diagnostics& diags_;
    ast::AstArena& arena_;
    TextOrigin origin_;
    std::string message_prefix_;
};

}  // namespace

std::unique_ptr<ParsedModule> parse_module(const SourceFile& source, Diagnostics& diags) {
    auto result = std::make_unique<ParsedModule>();
    ParseRun run(source.text(), diags, result->arena, TextOrigin{});
    if (!run.parse_file(result->module)) return nullptr;
    return result;
}

}  // namespace py2cpp
