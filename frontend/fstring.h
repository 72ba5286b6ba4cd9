// Front end — internals shared by literals.cpp and fstring.cpp (the 3.11 f-string mini-parser); not a public API.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/literals.h"

namespace py2cpp::literals::detail {

// What every part of one string atom shares.
struct AtomContext {
    ast::AstArena& arena;
    const ParseExpr& parse_expr;
    Diagnostics& diags;
    ErrorPosition error_at;  // where CPython's string errors point (see build_strings)
    ast::Location atom;      // first token start .. last token end
    bool u_kind = false;     // the first token starts with a lower-case 'u': its Constants get kind "u"

    // Reports `message` at error_at; returns false so callers can `return ctx.error(...)`.
    bool error(std::string message) const;
};

// One token of the atom, its text with line ends normalized to '\n' as CPython's tokenizer does.
struct TokenText {
    std::string_view text;
    int line = 0;
    int col = 0;
    ast::Location loc;  // the token's own span
};

// CPython's FstringParser state: literal text not yet made a Constant (empty = none), the finished values,
// and whether any f-string took part (then the result is a JoinedStr even with no fields).
struct Parts {
    std::string text;
    bool fmode = false;
    ast::ExprList values;
};

// Appends literal text (CPython's FstringParser_ConcatAndDel).
inline void add_text(Parts& parts, std::string_view text) { parts.text.append(text); }

// Parses the f-string body token.text[begin, end) at nesting level 0 into `parts`
// (CPython's _PyPegen_FstringParser_ConcatFstring). Returns false after reporting an error.
bool add_fstring(const AtomContext& ctx, const TokenText& token, std::size_t begin, std::size_t end, bool raw,
                 Parts& parts);

// The Constant or JoinedStr that `parts` add up to (CPython's _PyPegen_FstringParser_Finish); a trailing
// Constant gets kind "u" when `u_kind`, and every node made here spans `loc`.
ast::Expr* finish(const AtomContext& ctx, Parts& parts, bool u_kind, const ast::Location& loc);

// A str Constant spanning `loc`.
ast::Constant* make_str(const AtomContext& ctx, std::string text, bool u_kind, const ast::Location& loc);

}  // namespace py2cpp::literals::detail
