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

// ANTLR's input stream, filled by our own UTF-8 → UTF-32 decoding: the text is already known to be valid
// UTF-8 (SourceFile checked it), and the runtime's std::wstring_convert-based decoder is several times slower
// than this loop with its ASCII fast path.
class SourceCharStream final : public antlr4::ANTLRInputStream {
public:
    explicit SourceCharStream(std::string_view utf8) {
        _data.reserve(utf8.size());
        for (size_t i = 0; i < utf8.size();) {
            const auto lead = static_cast<unsigned char>(utf8[i]);
            if (lead < 0x80) {
                _data.push_back(lead);
                ++i;
                continue;
            }
            const int extra = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : 1;
            char32_t cp = lead & (0x3F >> extra);
            for (int k = 1; k <= extra && i + k < utf8.size(); ++k) {
                cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
            }
            _data.push_back(cp);
            i += static_cast<size_t>(extra) + 1;
        }
        p = 0;
    }
};

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

bool ends_expression(size_t type) {
    switch (type) {
        case PythonLexer::NAME: case PythonLexer::MATCH: case PythonLexer::CASE: case PythonLexer::NUMBER:
        case PythonLexer::STRING: case PythonLexer::RPAR: case PythonLexer::RSQB: case PythonLexer::RBRACE:
        case PythonLexer::TRUE: case PythonLexer::FALSE: case PythonLexer::NONE: case PythonLexer::ELLIPSIS:
            return true;
        default:
            return false;
    }
}

bool starts_expression(size_t type) {
    switch (type) {
        case PythonLexer::NAME: case PythonLexer::MATCH: case PythonLexer::CASE: case PythonLexer::NUMBER:
        case PythonLexer::STRING: case PythonLexer::LPAR: case PythonLexer::LSQB: case PythonLexer::LBRACE:
        case PythonLexer::TRUE: case PythonLexer::FALSE: case PythonLexer::NONE: case PythonLexer::ELLIPSIS:
        case PythonLexer::TILDE: case PythonLexer::LAMBDA: case PythonLexer::AWAIT:
            return true;
        default:
            return false;
    }
}

// The first token of the primary expression (`a.b(c)[d]`, `"x" "y"`, `(e)`) that ends at token `i`.
size_t primary_start(antlr4::TokenStream& tokens, size_t i) {
    auto type = [&](size_t k) { return tokens.get(k)->getType(); };
    while (true) {
        const size_t t = type(i);
        if (t == PythonLexer::RPAR || t == PythonLexer::RSQB || t == PythonLexer::RBRACE) {
            int depth = 0;
            size_t j = i;
            for (;; --j) {
                const size_t u = type(j);
                if (u == PythonLexer::RPAR || u == PythonLexer::RSQB || u == PythonLexer::RBRACE) ++depth;
                if (u == PythonLexer::LPAR || u == PythonLexer::LSQB || u == PythonLexer::LBRACE) --depth;
                if (depth == 0 || j == 0) break;
            }
            if (j > 0 && type(j) != PythonLexer::LBRACE && ends_expression(type(j - 1))) {
                i = j - 1;  // a call or subscript: keep going left through its primary
                continue;
            }
            return j;
        }
        if (t == PythonLexer::STRING) {
            while (i > 0 && type(i - 1) == PythonLexer::STRING) --i;
            return i;
        }
        if (i >= 2 && type(i - 1) == PythonLexer::DOT && ends_expression(type(i - 2))) {
            i -= 2;
            continue;
        }
        return i;
    }
}

// Turns ANTLR's first complaint into CPython's message for the same situation.
class FirstErrorListener final : public antlr4::BaseErrorListener {
public:
    FirstErrorListener(const PythonTokenSource& source, antlr4::TokenStream& tokens)
        : source_(source), tokens_(tokens) {}

    void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line, size_t column,
                     const std::string& /*antlr_message*/, std::exception_ptr /*error*/) override {
        auto* parser = dynamic_cast<PythonParser*>(recognizer);
        const size_t type = offending != nullptr ? offending->getType() : 0;
        if (type == PythonLexer::ERRORTOKEN) throw SyntaxFailure{line, column, offending->getText()};
        // CPython points at the last character of the indentation.
        if (type == PythonLexer::INDENT) throw SyntaxFailure{line, column > 0 ? column - 1 : 0, "unexpected indent"};
        if (parser != nullptr) {
            const antlr4::misc::IntervalSet expected = parser->getExpectedTokens();
            if (expected.contains(static_cast<size_t>(PythonLexer::INDENT))) {
                std::string owner = block_owner(parser->getContext());
                if (!owner.empty()) {
                    throw SyntaxFailure{line, column, "expected an indented block after " + owner};
                }
            }
            if (expected.size() == 1 && expected.contains(static_cast<size_t>(PythonLexer::COLON))) {
                throw SyntaxFailure{line, column, "expected ':'"};
            }
        }
        if (offending != nullptr) {
            const size_t index = offending->getTokenIndex();
            const auto bracket = source_.enclosing_bracket(index);
            if (bracket.kind != 0 && index > 0) {
                antlr4::Token* previous = tokens_.get(index - 1);
                const bool name_then_string =
                    previous->getType() == PythonLexer::NAME && type == PythonLexer::STRING;
                if (ends_expression(previous->getType()) && starts_expression(type) && !name_then_string) {
                    antlr4::Token* start = tokens_.get(primary_start(tokens_, index - 1));
                    throw SyntaxFailure{start->getLine(), start->getCharPositionInLine(),
                                        "invalid syntax. Perhaps you forgot a comma?"};
                }
            }
            if (bracket.kind != 0 && bracket.line < line) {
                throw SyntaxFailure{bracket.line, bracket.column, fmt::format("'{}' was never closed", bracket.kind)};
            }
        }
        throw SyntaxFailure{line, column, "invalid syntax"};
    }

private:
    const PythonTokenSource& source_;
    antlr4::TokenStream& tokens_;
};

// The SLL stage only needs to notice that something is wrong, not to recover: skipping the error strategy's
// per-loop sync() (a follow-set computation each time) is a well-known ANTLR speed-up; the failure is still
// caught by the next match or prediction, and the LL stage then reports it properly.
class BailOutStrategy final : public antlr4::BailErrorStrategy {
public:
    void sync(antlr4::Parser* /*recognizer*/) override {}
};

// One run of lexer + parser over a piece of text: a whole file, or one f-string field.
class ParseRun {
public:
    ParseRun(std::string_view text, Diagnostics& diags, ast::AstArena& arena, TextOrigin origin,
             std::string message_prefix = {})
        : text_(text),
          input_(text_),
          lexer_(&input_),
          tokens_(lexer_, text_),
          stream_(&tokens_),
          parser_(&stream_),
          listener_(tokens_, stream_),
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
        parser_.setErrorHandler(std::make_shared<BailOutStrategy>());
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
            // CPython 3.11 reports f-string field errors at columns of "(" + field + ")", on the file's line.
            const bool shift = failure.line == 1 && message_prefix_.empty();
            const int column = static_cast<int>(failure.column) + 1 + (shift ? origin_.first_line_column : 0);
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
    SourceCharStream input_;
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
