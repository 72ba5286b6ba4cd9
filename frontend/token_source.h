// Front end — the token stream the parser reads: the lexer's tokens plus NEWLINE, INDENT and DEDENT.
//
// The ANTLR lexer only cuts text into tokens; Python's layout rules live here, as in CPython's tokenizer:
//   * a NEWLINE ends a logical line; blank and comment-only lines and line breaks inside brackets vanish;
//   * the indentation of each new logical line is compared with a stack of open levels (tabs to multiples of
//     8, and checked against a tab size of 1 for "inconsistent use of tabs and spaces");
//   * at the end of input, a final NEWLINE and one DEDENT per open level are added.
// Malformed input (unterminated strings, stray characters, unmatched brackets, bad dedents, bad numbers)
// becomes one ERRORTOKEN whose text is CPython's message. The parser fails on it like on any unexpected token,
// so the error CPython would meet first is the one reported.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "antlr4-runtime.h"

namespace py2cpp {

class PythonTokenSource final : public antlr4::TokenSource {
public:
    // A bracket that is still open; kind 0 means none.
    struct OpenBracket {
        char kind = 0;
        size_t line = 0;
        size_t column = 0;
    };

    // `text` is the UTF-8 text the lexer reads (as code points); it must outlive the token source.
    PythonTokenSource(antlr4::TokenSource& lexer, std::string_view text);

    std::unique_ptr<antlr4::Token> nextToken() override;
    size_t getLine() const override { return lexer_.getLine(); }
    size_t getCharPositionInLine() override { return lexer_.getCharPositionInLine(); }
    antlr4::CharStream* getInputStream() override { return lexer_.getInputStream(); }
    std::string getSourceName() override { return lexer_.getSourceName(); }
    antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override { return lexer_.getTokenFactory(); }

    // The innermost bracket open at the token with this index (its position in the token stream), for
    // CPython's "'(' was never closed" and "Perhaps you forgot a comma?" diagnoses.
    OpenBracket enclosing_bracket(size_t token_index) const {
        return token_index < enclosing_.size() ? enclosing_[token_index] : OpenBracket{};
    }

private:
    // An indentation level, measured with tab stops of 8 (`column`) and of 1 (`alt_column`).
    struct Indent {
        int column;
        int alt_column;
    };

    std::unique_ptr<antlr4::Token> next_raw();
    void push_back_raw(std::unique_ptr<antlr4::Token> token);
    void fill();
    void on_newline(std::unique_ptr<antlr4::Token> newline);
    void on_line_start(std::string_view indentation, const antlr4::Token& first);
    // The first `width` bytes of line `line` (1-based); indentation is ASCII, so bytes are columns there.
    std::string_view line_prefix(size_t line, size_t width) const;
    void on_end_of_input(std::unique_ptr<antlr4::Token> eof);
    void on_bracket(std::unique_ptr<antlr4::Token> token);
    void on_number(std::unique_ptr<antlr4::Token> number);
    void on_string(std::unique_ptr<antlr4::Token> string);
    void on_error(std::unique_ptr<antlr4::Token> token);

    void emit(std::unique_ptr<antlr4::Token> token);
    void emit_synthetic(size_t type, const antlr4::Token& at, std::string text = {});
    void emit_error(std::string message, size_t line, size_t column, const antlr4::Token& at);

    antlr4::TokenSource& lexer_;
    std::string_view text_;
    std::vector<size_t> line_starts_;
    std::deque<std::unique_ptr<antlr4::Token>> pending_;
    std::unique_ptr<antlr4::Token> pushed_back_;
    std::vector<Indent> indents_{{0, 0}};
    std::vector<OpenBracket> brackets_;
    std::vector<OpenBracket> enclosing_;  // per token handed out, in order
    size_t last_type_ = 0;         // type of the last token handed out (0: none yet)
    bool failed_ = false;          // an ERRORTOKEN was emitted: only EOF follows
    bool at_start_ = true;         // nothing read yet
};

}  // namespace py2cpp
