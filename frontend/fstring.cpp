// Front end — the f-string mini-parser of CPython 3.11: literal parts, {expr!conv:spec} fields, `=` debug text.
//
// Python 3.11 lexes an f-string as one STRING token and takes it apart afterwards (Parser/string_parser.c);
// 3.12 changed all of this, so it is 3.11 we follow, quirks included:
//   * the literal text ends at a single '{' (a field) or '}' (an error at the top level, the end of a format
//     spec inside one); "{{" and "}}" stand for one brace at the top level only; in a non-raw f-string a
//     backslash pairs with the next character, and "\N{...}" is skipped whole;
//   * a field's expression is found by scanning for '!', ':', '=' or '}' outside brackets and strings (but
//     "!=", "==", "<=", ">=" do not end it); it may not hold a backslash or '#'. Errors inside the expression
//     itself come from the real parser, called back with the expression text;
//   * `{expr=}` keeps the expression text and the '=' with the white space after it as literal text, and
//     converts with !r unless a conversion or a format spec is given;
//   * a format spec is an f-string of its own, one level deep at most.
#include <string>

#include <fmt/format.h>

#include "frontend/fstring.h"

namespace py2cpp::literals::detail {
namespace {

// CPython's MAXLEVEL for the bracket stack of a field expression.
constexpr std::size_t kMaxBracketDepth = 200;

bool is_ascii_space(char c) {  // Py_ISSPACE
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

class FStringParser {
public:
    FStringParser(const AtomContext& ctx, const TokenText& token, std::size_t end, bool raw)
        : ctx_(ctx), text_(token.text), token_(token), end_(end), raw_(raw) {}

    // Parses from `pos` at nesting `level` (0 = the f-string itself, 1 = a format spec) into `parts`. At
    // level 0 it stops at the end of the body; at level 1 on the '}' that closes the field.
    bool parse(std::size_t& pos, int level, Parts& parts) const {
        parts.fmode = true;
        for (;;) {
            std::string literal;
            const LiteralEnd found = find_literal(pos, level, literal);
            if (found == LiteralEnd::Error) return false;
            add_text(parts, literal);
            if (found == LiteralEnd::DoubledBrace) continue;
            if (pos >= end_ || text_[pos] == '}') break;  // no field follows
            std::string debug_text;
            ast::Expr* field = parse_field(pos, level, debug_text);
            if (field == nullptr) return false;
            add_text(parts, debug_text);
            flush_text(parts);
            parts.values.push_back(field);
        }
        if (level == 0 && pos + 1 < end_) return ctx_.error("f-string: unexpected end of string");
        if (level != 0 && (pos >= end_ || text_[pos] != '}')) return ctx_.error("f-string: expecting '}'");
        return true;
    }

private:
    enum class LiteralEnd { Error, Stop, DoubledBrace };

    // Turns pending literal text into a Constant before a field is appended (CPython gives it the atom's
    // span and the first token's kind, even inside a format spec).
    void flush_text(Parts& parts) const {
        if (parts.text.empty()) return;
        parts.values.push_back(make_str(ctx_, std::move(parts.text), ctx_.u_kind, ctx_.atom));
        parts.text.clear();
    }

    // Scans literal text from `pos` up to a field, the end of a format spec or the end of the body, and
    // decodes it. DoubledBrace: the text ends with one brace of a "{{" or "}}" pair, and `pos` is past both.
    LiteralEnd find_literal(std::size_t& pos, int level, std::string& literal) const {
        const std::size_t start = pos;
        std::size_t i = pos;
        while (i < end_) {
            char ch = text_[i++];
            if (!raw_ && ch == '\\' && i < end_) {
                ch = text_[i++];
                if (ch == 'N') {
                    if (i < end_ && text_[i++] == '{') {
                        while (i < end_ && text_[i++] != '}') {
                        }
                        continue;
                    }
                    // A malformed \N escape: stop here; decoding the text below reports it.
                    break;
                }
            }
            if (ch == '{' || ch == '}') {
                // Doubled braces count only at the top level, or the "}}" of f'{0:{3}}' would be one brace.
                if (level == 0) {
                    if (i < end_ && text_[i] == ch) {
                        pos = i + 1;
                        return decode(start, i, literal) ? LiteralEnd::DoubledBrace : LiteralEnd::Error;
                    }
                    if (ch == '}') {
                        ctx_.error("f-string: single '}' is not allowed");
                        return LiteralEnd::Error;
                    }
                }
                --i;  // leave the brace for the caller
                break;
            }
        }
        pos = i;
        return decode(start, i, literal) ? LiteralEnd::Stop : LiteralEnd::Error;
    }

    bool decode(std::size_t begin, std::size_t end, std::string& out) const {
        const std::string_view chunk = text_.substr(begin, end - begin);
        if (raw_) {
            out.assign(chunk);
            return true;
        }
        std::string error;
        if (decode_str_escapes(chunk, out, error)) return true;
        return ctx_.error(std::move(error));
    }

    // Parses the field at `pos` (on its '{') up to and including its '}'. Returns the FormattedValue, or
    // nullptr after an error; `debug_text` receives the `expr=` text of a self-documenting field.
    ast::Expr* parse_field(std::size_t& pos, int level, std::string& debug_text) const {
        if (level >= 2) return fail("f-string: expressions nested too deeply");
        ++pos;
        const std::size_t expr_start = pos;
        if (!find_expression_end(pos)) return nullptr;
        const std::size_t expr_end = pos;
        if (pos >= end_) return fail("f-string: expecting '}'");

        // The expression is compiled first, so its errors win over those of the conversion or spec.
        ast::Expr* value = compile_expression(expr_start, expr_end);
        if (value == nullptr) return nullptr;

        bool debug = false;
        if (text_[pos] == '=') {
            ++pos;
            while (pos < end_ && is_ascii_space(text_[pos])) ++pos;
            debug_text.assign(text_.substr(expr_start, pos - expr_start));
            debug = true;
        }

        int conversion = -1;
        if (pos < end_ && text_[pos] == '!') {
            ++pos;
            if (pos >= end_) return fail("f-string: expecting '}'");
            const char c = text_[pos++];
            if (c != 's' && c != 'r' && c != 'a') {
                return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            conversion = c;
        }

        if (pos >= end_) return fail("f-string: expecting '}'");
        ast::Expr* spec = nullptr;
        if (text_[pos] == ':') {
            ++pos;
            if (pos >= end_) return fail("f-string: expecting '}'");
            Parts spec_parts;
            if (!parse(pos, level + 1, spec_parts)) return nullptr;
            // CPython finishes a spec with the f-string token as both first and last token.
            spec = finish(ctx_, spec_parts, false, token_.loc);
        }
        if (pos >= end_ || text_[pos] != '}') return fail("f-string: expecting '}'");
        ++pos;

        if (debug && spec == nullptr && conversion == -1) conversion = 'r';
        auto* node = ctx_.arena.make<ast::FormattedValue>(ctx_.atom);
        node->value = value;
        node->conversion = conversion;
        node->format_spec = spec;
        return node;
    }

    // Moves `pos` to the character that ends the expression: '!', ':', '=' or '}' outside brackets and
    // strings. Not a full tokenizer: it only has to find the end of every valid expression; the parser
    // reports the rest. Returns false after an error.
    bool find_expression_end(std::size_t& pos) const {
        char quote = 0;       // the quote of the string we are in, or 0
        bool triple = false;  // that string is triple-quoted
        std::string brackets;
        for (; pos < end_; ++pos) {
            const char ch = text_[pos];
            if (ch == '\\') return ctx_.error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch != quote) continue;
                if (!triple) {
                    quote = 0;
                } else if (pos + 2 < end_ && text_[pos + 1] == ch && text_[pos + 2] == ch) {
                    pos += 2;
                    quote = 0;
                    triple = false;
                }
            } else if (ch == '\'' || ch == '"') {
                triple = pos + 2 < end_ && text_[pos + 1] == ch && text_[pos + 2] == ch;
                if (triple) pos += 2;
                quote = ch;
            } else if (ch == '[' || ch == '{' || ch == '(') {
                if (brackets.size() >= kMaxBracketDepth) {
                    return ctx_.error("f-string: too many nested parenthesis");
                }
                brackets.push_back(ch);
            } else if (ch == '#') {
                return ctx_.error("f-string expression part cannot include '#'");
            } else if (brackets.empty() &&
                       (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<')) {
                if (pos + 1 < end_) {
                    // Two-character operators do not end the expression; '<' and '>' alone do not either.
                    const char next = text_[pos + 1];
                    if (next == '=' && ch != ':' && ch != '}') {
                        ++pos;
                        continue;
                    }
                    if (ch == '>' || ch == '<') continue;
                }
                break;
            } else if (ch == ']' || ch == '}' || ch == ')') {
                if (brackets.empty()) return ctx_.error(fmt::format("f-string: unmatched '{}'", ch));
                const char opening = brackets.back();
                brackets.pop_back();
                if (!((opening == '(' && ch == ')') || (opening == '[' && ch == ']') ||
                      (opening == '{' && ch == '}'))) {
                    return ctx_.error(fmt::format(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'", ch, opening));
                }
            }
        }
        if (quote != 0) return ctx_.error("f-string: unterminated string");
        if (!brackets.empty()) return ctx_.error(fmt::format("f-string: unmatched '{}'", brackets.back()));
        return true;
    }

    ast::Expr* compile_expression(std::size_t begin, std::size_t end) const {
        // Checked here because "(" + "" + ")" would parse as an empty tuple.
        bool blank = true;
        for (std::size_t i = begin; i < end && blank; ++i) {
            const char c = text_[i];
            blank = c == ' ' || c == '\t' || c == '\n' || c == '\f';
        }
        if (blank) {
            const char next = end < end_ ? text_[end] : '}';
            if (next == '!' || next == ':' || next == '=') {
                return fail(fmt::format("f-string: expression required before '{}'", next));
            }
            return fail("f-string: empty expression not allowed");
        }

        // The exact file position of the expression's first character (CPython 3.11 approximates it).
        int line = token_.line;
        std::size_t line_start = 0;
        bool first_line = true;
        for (std::size_t i = 0; i < begin; ++i) {
            if (text_[i] == '\n') {
                ++line;
                line_start = i + 1;
                first_line = false;
            }
        }
        const int col = static_cast<int>(begin - line_start) + (first_line ? token_.col : 0);
        return ctx_.parse_expr(text_.substr(begin, end - begin), line, col);
    }

    ast::Expr* fail(std::string message) const {
        ctx_.error(std::move(message));
        return nullptr;
    }

    const AtomContext& ctx_;
    std::string_view text_;  // the whole token; positions index into it
    const TokenText& token_;
    std::size_t end_;  // end of the body (the closing quotes start here)
    bool raw_;
};

}  // namespace

bool AtomContext::error(std::string message) const {
    diags.error(error_at.line, error_at.column, std::move(message));
    return false;
}

ast::Constant* make_str(const AtomContext& ctx, std::string text, bool u_kind, const ast::Location& loc) {
    auto* node = ctx.arena.make<ast::Constant>(loc);
    node->value.kind = ast::ConstantValue::Kind::Str;
    node->value.text = std::move(text);
    if (u_kind) node->kind.emplace(1, 'u');  // not = "u": GCC 12 -O3 raises a false -Wrestrict there
    return node;
}

bool add_fstring(const AtomContext& ctx, const TokenText& token, std::size_t begin, std::size_t end, bool raw,
                 Parts& parts) {
    FStringParser parser(ctx, token, end, raw);
    std::size_t pos = begin;
    return parser.parse(pos, 0, parts);
}

ast::Expr* finish(const AtomContext& ctx, Parts& parts, bool u_kind, const ast::Location& loc) {
    if (!parts.fmode) return make_str(ctx, std::move(parts.text), u_kind, loc);
    if (!parts.text.empty()) {
        parts.values.push_back(make_str(ctx, std::move(parts.text), u_kind, loc));
        parts.text.clear();
    }
    auto* joined = ctx.arena.make<ast::JoinedStr>(loc);
    joined->values = std::move(parts.values);
    return joined;
}

}  // namespace py2cpp::literals::detail
