// Front end — turns STRING and NUMBER token texts into AST values exactly as CPython 3.11 does.
//
// Strings follow Parser/string_parser.c and Parser/action_helpers.c of CPython 3.11: prefixes, escapes
// ("unicodeescape" for str, the bytes rules for bytes), implicit concatenation of adjacent literals, and the
// 3.11 f-string mini-parser (one STRING token per f-string; replacement-field expressions are handed back to
// the real parser through a callback). Error messages are CPython's, word for word.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

namespace py2cpp::literals {

// One STRING token as the lexer saw it: prefix + quotes + raw body, exactly as in the source (UTF-8).
struct StringToken {
    std::string_view text;
    int line = 0;       // 1-based line of the first character
    int col = 0;        // 0-based UTF-8 byte offset of the first character in its line (AST locations)
    int char_col = -1;  // the same offset counted in code points (diagnostics); -1 when equal to `col`
};

// Parses the expression of an f-string replacement field. `source` is the expression text exactly as
// written, without braces, conversion or format spec; CPython 3.11 parses it as "(" + source + ")" with the
// `fstring: star_expressions` rule and prefixes its syntax errors with "f-string: ". `line` (1-based) and
// `col` (0-based UTF-8 byte offset) locate the first character of `source` in the file; `source` is only
// valid during the call. Returns the expression, or nullptr after reporting an error.
using ParseExpr = std::function<ast::Expr*(std::string_view source, int line, int col)>;

// Where to report the errors CPython raises while concatenating and decoding an atom. CPython blames the
// token after the atom (the parser's lookahead); 1-based line and 1-based column in code points.
struct ErrorPosition {
    int line = 0;
    int column = 0;
};

// The value of one atom made of adjacent string literals ("a" 'b' f"{c}"):
//   * a Constant holding str or bytes (kind "u" when the first token starts with a lower-case u), or
//   * a JoinedStr as soon as any token is an f-string (f"" alone is JoinedStr(values=[])).
// Adjacent literal text merges into one Constant, empty Constants are dropped, format specs are JoinedStr.
// The result spans the whole atom; so do the Constants and FormattedValues inside it (as in CPython).
// Lone surrogates from escapes ("\ud800") are stored as 3-byte WTF-8, each on its own ("\ud800\udc00" is two
// code points in Python, so it stays two 3-byte sequences).
// Errors go to `diags` with CPython's message; most are placed at `error_at`, or, when it is absent, just
// after the last token (where the lookahead usually is). "bytes can only contain ASCII literal characters"
// is placed on the offending token, as in CPython. Returns nullptr after reporting an error.
ast::Expr* build_strings(const std::vector<StringToken>& tokens, ast::AstArena& arena, const ParseExpr& parse_expr,
                         Diagnostics& diags, std::optional<ErrorPosition> error_at = std::nullopt);

// The value of a NUMBER token: Int (decimal digits of the exact value, any base, underscores removed; GMP for
// big ones), Float, or Complex (an imaginary literal; the real part is 0). Overflowing floats become inf, as
// in CPython. Returns false for a malformed token (the lexer should never produce one) and for a decimal
// literal of more than 4300 digits, which CPython 3.11 rejects (int max str digits); in that case `error`, if
// given, receives CPython's message, which it reports on the token's line with no column.
bool parse_number(std::string_view text, ast::ConstantValue& out, std::string* error = nullptr);

// Decodes the body of a non-raw str literal (between the quotes) with CPython's "unicodeescape" rules, as
// the string parser uses them (non-ASCII source characters pass through). On failure returns false and sets
// `error` to CPython's SyntaxError text, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in
// position 0-1: truncated \xXX escape". Exposed for the tests and for anyone who needs a bare decoder.
bool decode_str_escapes(std::string_view body, std::string& out, std::string& error);
// The same for a non-raw bytes literal body (ASCII only); errors read "(value error) invalid \x escape at
// position N".
bool decode_bytes_escapes(std::string_view body, std::string& out, std::string& error);

}  // namespace py2cpp::literals
