// Front end — Python's layout rules on top of the ANTLR lexer (see token_source.h).
#include "frontend/token_source.h"

#include <fmt/format.h>

#include "PythonLexer.h"
#include "frontend/source.h"
#include "frontend/unicode_tables.h"

namespace py2cpp {

using grammar::PythonLexer;
using antlr4::Token;

namespace {

constexpr size_t kMaxBracketDepth = 200;  // CPython's MAXLEVEL
constexpr size_t kMaxIndentLevels = 100;  // CPython's MAXINDENT
constexpr int kTabSize = 8;

bool is_adjacent(const Token& before, const Token& after) {
    return after.getStartIndex() == before.getStopIndex() + 1;
}

// Keywords that 3.11 still accepts right after a number (`1if x else y`), with a SyntaxWarning.
bool keyword_allowed_after_number(size_t type) {
    switch (type) {
        case PythonLexer::AND: case PythonLexer::ELSE: case PythonLexer::FOR: case PythonLexer::IF:
        case PythonLexer::IN: case PythonLexer::IS: case PythonLexer::NOT: case PythonLexer::OR:
            return true;
        default:
            return false;
    }
}

bool is_name_like(size_t type) {
    return type == PythonLexer::NAME || (type >= PythonLexer::FALSE && type <= PythonLexer::CASE);
}

char32_t first_code_point(const std::string& utf8) {
    if (utf8.empty()) return 0;
    auto b = static_cast<unsigned char>(utf8[0]);
    int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
    char32_t cp = extra == 0 ? b : b & (0x3F >> extra);
    for (int i = 1; i <= extra && i < static_cast<int>(utf8.size()); ++i) {
        cp = (cp << 6) | (static_cast<unsigned char>(utf8[i]) & 0x3F);
    }
    return cp;
}

const char* literal_kind(char prefix) {
    switch (prefix) {
        case 'x': case 'X': return "hexadecimal";
        case 'o': case 'O': return "octal";
        case 'b': case 'B': return "binary";
        default: return "decimal";
    }
}

}  // namespace

PythonTokenSource::PythonTokenSource(antlr4::TokenSource& lexer, std::string_view text) : lexer_(lexer), text_(text) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
}

std::unique_ptr<Token> PythonTokenSource::nextToken() {
    while (pending_.empty()) fill();
    auto token = std::move(pending_.front());
    pending_.pop_front();
    return token;
}

std::unique_ptr<Token> PythonTokenSource::next_raw() {
    if (pushed_back_) return std::move(pushed_back_);
    return lexer_.nextToken();
}

void PythonTokenSource::push_back_raw(std::unique_ptr<Token> token) { pushed_back_ = std::move(token); }

void PythonTokenSource::fill() {
    auto token = next_raw();
    if (failed_) {  // after an error only EOF follows
        if (token->getType() == Token::EOF) emit(std::move(token));
        return;
    }
    if (at_start_) {
        at_start_ = false;
        size_t type = token->getType();
        if (type != PythonLexer::NEWLINE && type != Token::EOF && token->getStartIndex() > 0) {
            on_line_start(line_prefix(token->getLine(), token->getCharPositionInLine()), *token);
            if (failed_) return;
        }
    }
    switch (token->getType()) {
        case PythonLexer::NEWLINE: on_newline(std::move(token)); break;
        case Token::EOF: on_end_of_input(std::move(token)); break;
        case PythonLexer::LPAR: case PythonLexer::LSQB: case PythonLexer::LBRACE:
        case PythonLexer::RPAR: case PythonLexer::RSQB: case PythonLexer::RBRACE:
            on_bracket(std::move(token));
            break;
        case PythonLexer::NUMBER: on_number(std::move(token)); break;
        case PythonLexer::STRING: on_string(std::move(token)); break;
        case PythonLexer::ERROR_UNTERMINATED_STRING: case PythonLexer::ERROR_BACKSLASH:
        case PythonLexer::ERROR_CHAR:
            on_error(std::move(token));
            break;
        default: emit(std::move(token)); break;
    }
}

void PythonTokenSource::on_newline(std::unique_ptr<Token> newline) {
    if (!brackets_.empty()) return;  // implicit line joining
    const bool has_content = last_type_ != 0 && last_type_ != PythonLexer::NEWLINE;
    // Blank and comment-only lines: only the last line break's indentation counts.
    // The indentation is what the lexer put into the NEWLINE token after the line break, i.e. the
    // start of the following line; measuring its length keeps ANTLR's UTF-32 getText() out of the hot path.
    size_t indent_line = newline->getLine() + 1;
    size_t indent_width = newline->getStopIndex() - newline->getStartIndex();
    auto next = next_raw();
    while (next->getType() == PythonLexer::NEWLINE) {
        indent_line = next->getLine() + 1;
        indent_width = next->getStopIndex() - next->getStartIndex();
        next = next_raw();
    }
    const std::string_view indentation = line_prefix(indent_line, indent_width);
    if (has_content) emit(std::move(newline));
    if (next->getType() != Token::EOF) on_line_start(indentation, *next);
    push_back_raw(std::move(next));
}

std::string_view PythonTokenSource::line_prefix(size_t line, size_t width) const {
    if (line == 0 || line > line_starts_.size()) return {};
    const size_t start = line_starts_[line - 1];
    return text_.substr(start, std::min(width, text_.size() - start));
}

void PythonTokenSource::on_line_start(std::string_view indentation, const Token& first) {
    int column = 0;
    int alt_column = 0;
    for (char c : indentation) {
        if (c == ' ') {
            ++column;
            ++alt_column;
        } else if (c == '\t') {
            column = (column / kTabSize + 1) * kTabSize;
            ++alt_column;
        } else if (c == '\f') {
            column = alt_column = 0;
        }
    }
    const Indent top = indents_.back();
    auto tab_error = [&] {
        emit_error("inconsistent use of tabs and spaces in indentation", first.getLine(), 0, first);
    };
    if (column == top.column) {
        if (alt_column != top.alt_column) tab_error();
        return;
    }
    if (column > top.column) {
        if (alt_column <= top.alt_column) return tab_error();
        if (indents_.size() >= kMaxIndentLevels) {
            return emit_error("too many levels of indentation", first.getLine(), 0, first);
        }
        indents_.push_back({column, alt_column});
        emit_synthetic(PythonLexer::INDENT, first);
        return;
    }
    while (indents_.size() > 1 && column < indents_.back().column) {
        indents_.pop_back();
        emit_synthetic(PythonLexer::DEDENT, first);
    }
    if (column != indents_.back().column) {
        // CPython points just past the end of the offending line.
        std::string_view line = line_prefix(first.getLine(), std::string_view::npos);
        line = line.substr(0, line.find('\n'));
        const auto width = static_cast<size_t>(utf8_column(line, static_cast<int>(line.size())));
        emit_error("unindent does not match any outer indentation level", first.getLine(), width, first);
        return;
    }
    if (alt_column != indents_.back().alt_column) tab_error();
}

void PythonTokenSource::on_end_of_input(std::unique_ptr<Token> eof) {
    if (!brackets_.empty()) {
        const OpenBracket& open = brackets_.back();
        emit_error(fmt::format("'{}' was never closed", open.kind), open.line, open.column, *eof);
        emit(std::move(eof));
        return;
    }
    if (last_type_ != 0 && last_type_ != PythonLexer::NEWLINE) emit_synthetic(PythonLexer::NEWLINE, *eof, "\n");
    while (indents_.size() > 1) {
        indents_.pop_back();
        emit_synthetic(PythonLexer::DEDENT, *eof);
    }
    emit(std::move(eof));
}

void PythonTokenSource::on_bracket(std::unique_ptr<Token> token) {
    const size_t type = token->getType();
    const char kind = type == PythonLexer::LPAR ? '(' : type == PythonLexer::LSQB ? '[' : type == PythonLexer::LBRACE ? '{'
                    : type == PythonLexer::RPAR ? ')' : type == PythonLexer::RSQB ? ']' : '}';
    if (kind == '(' || kind == '[' || kind == '{') {
        if (brackets_.size() >= kMaxBracketDepth) {
            return emit_error("too many nested parentheses", token->getLine(), token->getCharPositionInLine(), *token);
        }
        brackets_.push_back({kind, token->getLine(), token->getCharPositionInLine()});
        return emit(std::move(token));
    }
    if (brackets_.empty()) {
        return emit_error(fmt::format("unmatched '{}'", kind), token->getLine(),
                          token->getCharPositionInLine(), *token);
    }
    const OpenBracket open = brackets_.back();
    const char expected = open.kind == '(' ? ')' : open.kind == '[' ? ']' : '}';
    if (kind != expected) {
        std::string message = fmt::format("closing parenthesis '{}' does not match opening parenthesis '{}'",
                                          kind, open.kind);
        if (open.line != token->getLine()) message += fmt::format(" on line {}", open.line);
        return emit_error(std::move(message), token->getLine(), token->getCharPositionInLine(), *token);
    }
    brackets_.pop_back();
    emit(std::move(token));
}

// A number glued to a name or another number is one malformed literal to CPython ("1abc", "0x", "0777").
void PythonTokenSource::on_number(std::unique_ptr<Token> number) {
    auto next = next_raw();
    const size_t next_type = next->getType();
    if (is_adjacent(*number, *next) && !keyword_allowed_after_number(next_type) &&
        (is_name_like(next_type) || next_type == PythonLexer::NUMBER)) {
        const std::string text = number->getText();
        const std::string after = next->getText();
        const char prefix = text.size() >= 2 && text[0] == '0' ? text[1] : 0;
        // CPython points at the first offending character: the glued-on part, or the number itself.
        std::string message;
        size_t column = next->getCharPositionInLine();
        if (text.find_first_not_of("0_") == std::string::npos && next_type == PythonLexer::NUMBER &&
            after.find_first_not_of("0123456789_") == std::string::npos) {
            message = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
            column = number->getCharPositionInLine();
        } else if (text == "0" && !after.empty() && std::string("xXoObB").find(after[0]) != std::string::npos) {
            message = fmt::format("invalid {} literal", literal_kind(after[0]));
        } else if ((prefix == 'b' || prefix == 'B' || prefix == 'o' || prefix == 'O') &&
                   std::isdigit(static_cast<unsigned char>(after[0]))) {
            message = fmt::format("invalid digit '{}' in {} literal", after[0], literal_kind(prefix));
        } else if (text.back() == 'j' || text.back() == 'J') {
            message = "invalid imaginary literal";
            column = number->getCharPositionInLine();
        } else {
            message = fmt::format("invalid {} literal", literal_kind(prefix));
            if (after[0] != '_') column = number->getCharPositionInLine();
        }
        return emit_error(std::move(message), number->getLine(), column, *number);
    }
    emit(std::move(number));
    push_back_raw(std::move(next));
}

// An empty string glued to an unterminated one is an unterminated triple-quoted string ('' + 'abc...).
void PythonTokenSource::on_string(std::unique_ptr<Token> string) {
    // Only a token of at most four characters (prefix and two quotes) can be an empty string.
    if (string->getStopIndex() - string->getStartIndex() >= 4) return emit(std::move(string));
    const std::string text = string->getText();
    const bool empty_body = text.size() >= 2 && (text.ends_with("''") || text.ends_with("\"\"")) &&
                            text.find_first_of("'\"") == text.size() - 2;
    if (!empty_body) return emit(std::move(string));
    auto next = next_raw();
    if (next->getType() == PythonLexer::ERROR_UNTERMINATED_STRING && is_adjacent(*string, *next) &&
        next->getText()[0] == text.back()) {
        size_t last_line = line_starts_.size();  // the line EOF is on, or the last line if the text ends with \n
        if (!text_.empty() && text_.back() == '\n') --last_line;
        return emit_error(fmt::format("unterminated triple-quoted string literal (detected at line {})", last_line),
                          string->getLine(), string->getCharPositionInLine(), *string);
    }
    emit(std::move(string));
    push_back_raw(std::move(next));
}

void PythonTokenSource::on_error(std::unique_ptr<Token> token) {
    const size_t line = token->getLine();
    const size_t column = token->getCharPositionInLine();
    switch (token->getType()) {
        case PythonLexer::ERROR_UNTERMINATED_STRING:
            return emit_error(fmt::format("unterminated string literal (detected at line {})", line), line, column,
                              *token);
        case PythonLexer::ERROR_BACKSLASH: {
            auto next = next_raw();
            const bool at_end = next->getType() == Token::EOF;
            return emit_error(at_end ? "unexpected EOF while parsing"
                                     : "unexpected character after line continuation character",
                              line, column + 1, *token);
        }
        default: {
            const std::string text = token->getText();
            const char32_t cp = first_code_point(text);
            if (cp < 0x80) return emit_error("invalid syntax", line, column, *token);
            if (!unicode::is_printable(cp)) {
                return emit_error(fmt::format("invalid non-printable character U+{:04X}", static_cast<uint32_t>(cp)),
                                  line, column, *token);
            }
            return emit_error(fmt::format("invalid character '{}' (U+{:04X})", text, static_cast<uint32_t>(cp)), line,
                              column, *token);
        }
    }
}

void PythonTokenSource::emit(std::unique_ptr<Token> token) {
    last_type_ = token->getType();
    enclosing_.push_back(brackets_.empty() ? OpenBracket{} : brackets_.back());
    pending_.push_back(std::move(token));
}

void PythonTokenSource::emit_synthetic(size_t type, const Token& at, std::string text) {
    auto token = std::make_unique<antlr4::CommonToken>(type, std::move(text));
    token->setLine(at.getLine());
    token->setCharPositionInLine(at.getCharPositionInLine());
    token->setStartIndex(at.getStartIndex());
    token->setStopIndex(at.getStartIndex() - 1);
    emit(std::move(token));
}

void PythonTokenSource::emit_error(std::string message, size_t line, size_t column, const Token& at) {
    auto token = std::make_unique<antlr4::CommonToken>(PythonLexer::ERRORTOKEN, std::move(message));
    token->setLine(line);
    token->setCharPositionInLine(column);
    token->setStartIndex(at.getStartIndex());
    token->setStopIndex(at.getStopIndex());
    emit(std::move(token));
    failed_ = true;
}

}  // namespace py2cpp
