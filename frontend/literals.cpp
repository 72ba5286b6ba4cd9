// Front end — string and number literals: prefixes, escape decoding, implicit concatenation, numeric values.
//
// Follows CPython 3.11: Parser/string_parser.c (_PyPegen_parsestr and its decoders), the "unicodeescape"
// codec in Objects/unicodeobject.c, _PyBytes_DecodeEscape in Objects/bytesobject.c,
// _PyPegen_concatenate_strings in Parser/action_helpers.c, and _PyPegen_number_token in Parser/pegen.c.
// The f-string mini-parser lives in fstring.cpp.
#include "frontend/literals.h"

#include <gmp.h>

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>

#include <fmt/format.h>

#include "frontend/fstring.h"
#include "frontend/unicode_names.h"
#include "runtime/include/py2cpp/utf8.h"

namespace py2cpp::literals {
namespace {

constexpr char32_t kMaxCodePoint = 0x10FFFF;
// sys.get_int_max_str_digits() default; CPython 3.11 refuses longer decimal literals.
constexpr std::size_t kMaxStrDigits = 4300;

bool is_ascii(char c) { return (static_cast<unsigned char>(c) & 0x80) == 0; }

// Length of the UTF-8 sequence starting at s[i] (1 for a stray byte, so scanning always advances).
std::size_t utf8_length(std::string_view s, std::size_t i) {
    const auto lead = static_cast<unsigned char>(s[i]);
    std::size_t n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    if (i + n > s.size()) n = s.size() - i;
    return n;
}

int count_code_points(std::string_view s) {
    int n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// CPython does not hand the literal to the codec as written: it first rewrites each non-ASCII character as
// a 10-byte "\UXXXXXXXX" and a backslash that precedes one (or ends the text) as "\u005c". Error positions
// count bytes of that rewritten text; this maps a source offset to it (only needed when reporting).
std::size_t rewritten_offset(std::string_view s, std::size_t upto) {
    std::size_t i = 0;
    std::size_t t = 0;
    while (i < upto && i < s.size()) {
        if (s[i] == '\\') {
            ++i;
            ++t;
            if (i >= s.size() || !is_ascii(s[i])) t += 5;
            if (i >= upto || i >= s.size()) break;
        }
        if (!is_ascii(s[i])) {
            i += utf8_length(s, i);
            t += 10;
        } else {
            ++i;
            ++t;
        }
    }
    return t;
}

// The SyntaxError text of a failed "unicodeescape" decode (UnicodeDecodeError.__str__ behind "(unicode error)").
std::string unicode_error(std::string_view body, std::size_t start, std::size_t end, std::string_view reason) {
    const std::size_t from = rewritten_offset(body, start);
    const std::size_t to = rewritten_offset(body, end);
    if (to == from + 1) {
        // Cannot happen for an escape (two bytes at least); kept for fidelity with the exception's format.
        return fmt::format("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {}: {}", from,
                           reason);
    }
    return fmt::format("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {}", from,
                       to - 1, reason);
}

// The prefix and quotes of one STRING token.
struct StringForm {
    bool bytes = false;
    bool raw = false;
    bool fstring = false;
    std::size_t body_begin = 0;  // offsets into the token text
    std::size_t body_end = 0;
};

// Splits a token the way _PyPegen_parsestr does. False for text the lexer should never have produced.
bool split_string(std::string_view text, StringForm& form) {
    std::size_t i = 0;
    bool unicode = false;
    for (; i < text.size() && text[i] != '\'' && text[i] != '"'; ++i) {
        bool* flag = nullptr;
        switch (text[i]) {
            case 'b': case 'B': flag = &form.bytes; break;
            case 'r': case 'R': flag = &form.raw; break;
            case 'u': case 'U': flag = &unicode; break;
            case 'f': case 'F': flag = &form.fstring; break;
            default: return false;
        }
        if (*flag) return false;
        *flag = true;
    }
    if ((unicode && (form.bytes || form.raw || form.fstring)) || (form.bytes && form.fstring)) return false;
    if (i >= text.size()) return false;
    const char quote = text[i];
    std::size_t begin = i + 1;
    if (text.size() < begin + 1 || text.back() != quote) return false;
    std::size_t end = text.size() - 1;
    if (end - begin >= 4 && text[begin] == quote && text[begin + 1] == quote) {
        // Triple-quoted: two more quotes at each end.
        begin += 2;
        if (text[end - 1] != quote || text[end - 2] != quote) return false;
        end -= 2;
    }
    form.body_begin = begin;
    form.body_end = end;
    return true;
}

// One line and 1-based column in code points, just past the end of a token (where CPython's lookahead
// token usually starts).
ErrorPosition position_after(const StringToken& token) {
    const std::size_t last_newline = token.text.rfind('\n');
    if (last_newline == std::string_view::npos) {
        const int start = token.char_col >= 0 ? token.char_col : token.col;
        return {token.line, start + count_code_points(token.text) + 1};
    }
    int line = token.line;
    for (char c : token.text) line += c == '\n';
    return {line, count_code_points(token.text.substr(last_newline + 1)) + 1};
}

ast::Location token_location(const StringToken& token) {
    ast::Location loc;
    loc.lineno = token.line;
    loc.col_offset = token.col;
    const std::size_t last_newline = token.text.rfind('\n');
    if (last_newline == std::string_view::npos) {
        loc.end_lineno = token.line;
        loc.end_col_offset = token.col + static_cast<int>(token.text.size());
    } else {
        int line = token.line;
        for (char c : token.text) line += c == '\n';
        loc.end_lineno = line;
        loc.end_col_offset = static_cast<int>(token.text.size() - last_newline - 1);
    }
    return loc;
}

// Translates "\r\n" and lone "\r" to "\n", as CPython's tokenizer does before a literal is ever decoded.
std::string_view normalize_newlines(std::string_view text, std::string& storage) {
    if (text.find('\r') == std::string_view::npos) return text;
    storage.clear();
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            storage += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        } else {
            storage += text[i];
        }
    }
    return storage;
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

bool all_of_base(std::string_view digits, int base) {
    if (digits.empty()) return false;
    for (char c : digits) {
        const int v = hex_value(c);
        if (v < 0 || v >= base) return false;
    }
    return true;
}

// The decimal digits of `digits` read in `base`; small values skip GMP.
std::string to_decimal(std::string_view digits, int base) {
    const std::size_t max_fast = base == 2 ? 63 : base == 8 ? 21 : base == 10 ? 19 : 15;
    if (digits.size() <= max_fast) {
        std::uint64_t value = 0;
        std::from_chars(digits.data(), digits.data() + digits.size(), value, base);
        return std::to_string(value);
    }
    const std::string nul_terminated(digits);
    mpz_t z;
    mpz_init(z);
    mpz_set_str(z, nul_terminated.c_str(), base);
    std::string out(mpz_sizeinbase(z, 10) + 2, '\0');
    mpz_get_str(out.data(), 10, z);
    mpz_clear(z);
    out.resize(std::strlen(out.c_str()));
    return out;
}

// A float literal without underscores: digits, an optional fraction, an optional exponent (CPython accepts
// nothing else here; strtod and from_chars would also take "inf" or hex).
bool parse_float(const std::string& s, double& value) {
    std::size_t i = 0;
    std::size_t mantissa_digits = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++mantissa_digits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++mantissa_digits;
    }
    if (mantissa_digits == 0) return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        const std::size_t exponent_start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == exponent_start) return false;
    }
    if (i != s.size()) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::general);
    if (ec == std::errc::result_out_of_range) {
        // from_chars leaves the value alone; strtod gives what CPython gives: inf on overflow, 0 on underflow.
        value = std::strtod(s.c_str(), nullptr);
        return true;
    }
    return ec == std::errc() && end == s.data() + s.size();
}

// The one-character escapes str and bytes literals share (\\ \' \" \a \b \f \n \r \t \v): the character,
// or -1 when `c` is not one of them.
int simple_escape(char c) {
    switch (c) {
        case '\\': return '\\';
        case '\'': return '\'';
        case '"': return '"';
        case 'a': return '\a';
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'v': return '\v';
        default: return -1;
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// Escape decoding

bool decode_str_escapes(std::string_view s, std::string& out, std::string& error) {
    out.reserve(out.size() + s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        // A backslash before a non-ASCII character, or at the very end, is rewritten to "\u005c" (itself).
        if (i + 1 >= s.size() || !is_ascii(s[i + 1])) {
            out += '\\';
            ++i;
            continue;
        }
        const std::size_t start = i;
        const char c = s[i + 1];
        i += 2;
        std::size_t count = 0;
        const char* truncated = nullptr;
        if (const int simple = simple_escape(c); simple >= 0) {
            out += static_cast<char>(simple);
            continue;
        }
        switch (c) {
            case '\n': continue;  // line continuation
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                // Up to three octal digits; in 3.11 a value above 0o377 is simply that character.
                char32_t value = static_cast<char32_t>(c - '0');
                for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
                    value = value * 8 + static_cast<char32_t>(s[i++] - '0');
                }
                py::append_utf8(out, value);
                continue;
            }
            case 'x': count = 2; truncated = "truncated \\xXX escape"; break;
            case 'u': count = 4; truncated = "truncated \\uXXXX escape"; break;
            case 'U': count = 8; truncated = "truncated \\UXXXXXXXX escape"; break;
            case 'N': {
                // \N{NAME}; the error ends where the codec stopped reading.
                if (i >= s.size() || s[i] != '{') {
                    error = unicode_error(s, start, i, "malformed \\N character escape");
                    return false;
                }
                const std::size_t name_begin = ++i;
                while (i < s.size() && s[i] != '}') ++i;
                if (i >= s.size() || i == name_begin) {
                    error = unicode_error(s, start, i, "malformed \\N character escape");
                    return false;
                }
                const auto code = unicode::lookup_name(s.substr(name_begin, i - name_begin));
                ++i;
                if (!code) {
                    error = unicode_error(s, start, i, "unknown Unicode character name");
                    return false;
                }
                py::append_utf8(out, *code);
                continue;
            }
            default:
                // An unknown escape stays as written (CPython 3.11 only warns).
                out += '\\';
                out += c;
                continue;
        }
        char32_t value = 0;
        for (; count > 0; --count, ++i) {
            const int digit = i < s.size() ? hex_value(s[i]) : -1;
            if (digit < 0) {
                error = unicode_error(s, start, i, truncated);
                return false;
            }
            value = value * 16 + static_cast<char32_t>(digit);
        }
        if (value > kMaxCodePoint) {
            error = unicode_error(s, start, i, "illegal Unicode character");
            return false;
        }
        py::append_utf8(out, value);
    }
    return true;
}

bool decode_bytes_escapes(std::string_view s, std::string& out, std::string& error) {
    out.reserve(out.size() + s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (s[i] != '\\') {
            out += s[i++];
            continue;
        }
        const std::size_t start = i;
        if (++i >= s.size()) {
            error = "(value error) Trailing \\ in string";
            return false;
        }
        const char c = s[i++];
        if (const int simple = simple_escape(c); simple >= 0) {
            out += static_cast<char>(simple);
            continue;
        }
        switch (c) {
            case '\n': break;
            case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
                unsigned value = static_cast<unsigned>(c - '0');
                for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k) {
                    value = value * 8 + static_cast<unsigned>(s[i++] - '0');
                }
                out += static_cast<char>(value & 0xFF);  // b"\777" keeps the low byte, as in C
                break;
            }
            case 'x': {
                const int high = i + 1 < s.size() ? hex_value(s[i]) : -1;
                const int low = i + 1 < s.size() ? hex_value(s[i + 1]) : -1;
                if (high < 0 || low < 0) {
                    error = fmt::format("(value error) invalid \\x escape at position {}", start);
                    return false;
                }
                out += static_cast<char>(high * 16 + low);
                i += 2;
                break;
            }
            default:
                out += '\\';
                out += c;
                break;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Strings

ast::Expr* build_strings(const std::vector<StringToken>& tokens, ast::AstArena& arena, const ParseExpr& parse_expr,
                         Diagnostics& diags, std::optional<ErrorPosition> error_at) {
    if (tokens.empty()) return nullptr;
    const StringToken& first = tokens.front();
    const StringToken& last = tokens.back();

    ast::Location atom = token_location(first);
    const ast::Location last_loc = token_location(last);
    atom.end_lineno = last_loc.end_lineno;
    atom.end_col_offset = last_loc.end_col_offset;
    const detail::AtomContext ctx{arena, parse_expr, diags, error_at.value_or(position_after(last)), atom,
                                  first.text.starts_with('u')};

    bool bytes_mode = false;
    std::string bytes_value;
    detail::Parts parts;
    std::string storage;
    for (std::size_t index = 0; index < tokens.size(); ++index) {
        const StringToken& token = tokens[index];
        const std::string_view text = normalize_newlines(token.text, storage);
        StringForm form;
        if (!split_string(text, form)) {
            ctx.error("invalid string literal");  // a lexer bug rather than a user error
            return nullptr;
        }
        const std::string_view body = text.substr(form.body_begin, form.body_end - form.body_begin);

        // A plain literal is decoded before the bytes/str check, an f-string parsed after it (as in CPython).
        std::string value;
        if (!form.fstring) {
            if (form.bytes) {
                for (char c : body) {
                    if (!is_ascii(c)) {
                        const int column = token.char_col >= 0 ? token.char_col : token.col;
                        diags.error(token.line, column + 1, "bytes can only contain ASCII literal characters");
                        return nullptr;
                    }
                }
            }
            std::string error;
            const bool raw = form.raw || body.find('\\') == std::string_view::npos;
            if (raw) {
                value.assign(body);
            } else if (!(form.bytes ? decode_bytes_escapes(body, value, error)
                                    : decode_str_escapes(body, value, error))) {
                ctx.error(std::move(error));
                return nullptr;
            }
        }
        if (index != 0 && bytes_mode != form.bytes) {
            ctx.error("cannot mix bytes and nonbytes literals");
            return nullptr;
        }
        bytes_mode = form.bytes;

        if (form.fstring) {
            const detail::TokenText token_text{text, token.line, token.col, token_location(token)};
            if (!detail::add_fstring(ctx, token_text, form.body_begin, form.body_end, form.raw, parts)) {
                return nullptr;
            }
        } else if (bytes_mode) {
            bytes_value += value;
        } else {
            detail::add_text(parts, value);
        }
    }

    if (bytes_mode) {
        auto* node = arena.make<ast::Constant>(atom);
        node->value.kind = ast::ConstantValue::Kind::Bytes;
        node->value.text = std::move(bytes_value);
        return node;
    }
    return detail::finish(ctx, parts, ctx.u_kind, atom);
}

// ---------------------------------------------------------------------------------------------------------
// Numbers

bool parse_number(std::string_view text, ast::ConstantValue& out, std::string* error) {
    // Underscores only ever sit between digits (or after a base prefix); the lexer has checked the details.
    std::string s;
    s.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '_') {
            s += text[i];
            continue;
        }
        if (i == 0 || i + 1 == text.size() || hex_value(text[i + 1]) < 0 ||
            (hex_value(text[i - 1]) < 0 && std::strchr("xXoObB", text[i - 1]) == nullptr)) {
            return false;
        }
    }
    if (s.empty()) return false;

    if (s.back() == 'j' || s.back() == 'J') {
        s.pop_back();
        double imag = 0;
        if (!parse_float(s, imag)) return false;
        out = {};
        out.kind = ast::ConstantValue::Kind::Complex;
        out.number = imag;
        return true;
    }

    if (s.size() >= 2 && s[0] == '0' && std::strchr("xXoObB", s[1]) != nullptr) {
        const int base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
        const std::string_view digits = std::string_view(s).substr(2);
        if (!all_of_base(digits, base)) return false;
        out = {};
        out.kind = ast::ConstantValue::Kind::Int;
        out.text = to_decimal(digits, base);
        return true;
    }

    if (s.find_first_of(".eE") != std::string::npos) {
        double value = 0;
        if (!parse_float(s, value)) return false;
        out = {};
        out.kind = ast::ConstantValue::Kind::Float;
        out.number = value;
        return true;
    }

    if (!all_of_base(s, 10)) return false;
    out = {};
    out.kind = ast::ConstantValue::Kind::Int;
    if (s[0] == '0') {
        // "0", "00", "0_0": only zeros may lead a decimal literal.
        if (s.find_first_not_of('0') != std::string::npos) return false;
        out.text.assign(1, '0');  // not = "0": GCC 12 -O3 raises a false -Wrestrict there
        return true;
    }
    if (s.size() > kMaxStrDigits) {
        if (error != nullptr) {
            *error = fmt::format(
                "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use "
                "sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer "
                "literals to avoid decimal conversion limits.",
                kMaxStrDigits, s.size());
        }
        return false;
    }
    out.text = s;
    return true;
}

}  // namespace py2cpp::literals
