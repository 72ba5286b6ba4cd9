// Front end — Python's repr() of constants (float, complex, str, bytes, int, singletons) as CPython 3.11.
#include "frontend/pyrepr.h"

#include <charconv>
#include <cmath>

#include "frontend/unicode_tables.h"

namespace py2cpp {
namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// CPython's format_float_short in 'r' mode: the digits are the shortest that read back as the same double
// (what dtoa mode 0 and std::to_chars both produce); decpt places the point, value = 0.DIGITS * 10**decpt.
void append_short_float(std::string& out, double value, bool add_dot_0) {
    if (std::isnan(value)) {
        out += "nan";  // CPython drops the sign of a NaN
        return;
    }
    if (std::isinf(value)) {
        out += value < 0 ? "-inf" : "inf";
        return;
    }
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    (void)ec;  // cannot fail: 64 bytes hold any double in scientific form
    const char* p = buf;
    if (*p == '-') {
        out += '-';
        ++p;
    }
    // `D[.DDDD]e±XX` → the digits without the point, and the exponent.
    char digits[32];
    int ndigits = 0;
    for (; p < end && *p != 'e'; ++p) {
        if (*p != '.') digits[ndigits++] = *p;
    }
    int exponent = 0;
    ++p;  // skip 'e'
    if (*p == '+') ++p;
    std::from_chars(p, end, exponent);
    const int decpt = exponent + 1;

    const std::string_view d(digits, static_cast<std::size_t>(ndigits));
    if (decpt <= -4 || decpt > 16) {
        out += d[0];
        if (ndigits > 1) {
            out += '.';
            out += d.substr(1);
        }
        const int e = decpt - 1;
        out += e < 0 ? "e-" : "e+";
        const int mag = e < 0 ? -e : e;
        if (mag < 10) out += '0';  // at least two exponent digits, as C's "%+.02d"
        char ebuf[8];
        auto [eend, eec] = std::to_chars(ebuf, ebuf + sizeof ebuf, mag);
        (void)eec;
        out.append(ebuf, eend);
    } else if (decpt <= 0) {
        out += "0.";
        out.append(static_cast<std::size_t>(-decpt), '0');
        out += d;
    } else if (decpt >= ndigits) {
        out += d;
        out.append(static_cast<std::size_t>(decpt - ndigits), '0');
        if (add_dot_0) out += ".0";
    } else {
        out += d.substr(0, static_cast<std::size_t>(decpt));
        out += '.';
        out += d.substr(static_cast<std::size_t>(decpt));
    }
}

// Decodes one code point of WTF-8 at s[i], advancing i. Surrogates (ED A0..BF xx) are accepted because the
// parser encodes lone surrogates that way; any other malformed byte becomes U+DC80+byte, Python's
// surrogateescape, so the output still shows what was there.
char32_t next_code_point(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const auto cont = [&](std::size_t k) { return k < s.size() && (byte(k) & 0xC0) == 0x80; };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF && cont(i + 1)) {
        char32_t c = (char32_t(b0 & 0x1F) << 6) | (byte(i + 1) & 0x3F);
        i += 2;
        return c;
    }
    if (b0 >= 0xE0 && b0 <= 0xEF && cont(i + 1) && cont(i + 2) && !(b0 == 0xE0 && byte(i + 1) < 0xA0)) {
        char32_t c = (char32_t(b0 & 0x0F) << 12) | (char32_t(byte(i + 1) & 0x3F) << 6) | (byte(i + 2) & 0x3F);
        i += 3;
        return c;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4 && cont(i + 1) && cont(i + 2) && cont(i + 3) &&
        !(b0 == 0xF0 && byte(i + 1) < 0x90) && !(b0 == 0xF4 && byte(i + 1) >= 0x90)) {
        char32_t c = (char32_t(b0 & 0x07) << 18) | (char32_t(byte(i + 1) & 0x3F) << 12) |
                     (char32_t(byte(i + 2) & 0x3F) << 6) | (byte(i + 3) & 0x3F);
        i += 4;
        return c;
    }
    ++i;
    return 0xDC00 + b0;
}

void append_hex_escape(std::string& out, char kind, char32_t c, int digits) {
    out += '\\';
    out += kind;
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHexDigits[(c >> shift) & 0xF];
}

// Both str and bytes pick the quote the same way: double quotes only when that avoids escaping.
char choose_quote(std::string_view s) {
    const bool squote = s.find('\'') != std::string_view::npos;
    const bool dquote = squote && s.find('"') != std::string_view::npos;
    return squote && !dquote ? '"' : '\'';
}

}  // namespace

void append_repr_float(std::string& out, double value) { append_short_float(out, value, true); }

void append_repr_complex(std::string& out, double imag) {
    append_short_float(out, imag, false);  // complex_repr formats without the float's trailing ".0"
    out += 'j';
}

// unicode_repr in Objects/unicodeobject.c.
void append_repr_str(std::string& out, std::string_view s) {
    const char quote = choose_quote(s);
    out += quote;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t start = i;
        const char32_t c = next_code_point(s, i);
        if (c < 0x80) {
            switch (c) {
            case '\\': out += "\\\\"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c == static_cast<char32_t>(quote)) {
                    out += '\\';
                    out += quote;
                } else if (c < 0x20 || c == 0x7F) {
                    append_hex_escape(out, 'x', c, 2);
                } else {
                    out += static_cast<char>(c);
                }
            }
        } else if (unicode::is_printable(c)) {
            out.append(s.substr(start, i - start));
        } else if (c <= 0xFF) {
            append_hex_escape(out, 'x', c, 2);
        } else if (c <= 0xFFFF) {
            append_hex_escape(out, 'u', c, 4);
        } else {
            append_hex_escape(out, 'U', c, 8);
        }
    }
    out += quote;
}

// PyBytes_Repr in Objects/bytesobject.c.
void append_repr_bytes(std::string& out, std::string_view s) {
    const char quote = choose_quote(s);
    out += 'b';
    out += quote;
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == quote || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7F) {
            append_hex_escape(out, 'x', c, 2);
        } else {
            out += ch;
        }
    }
    out += quote;
}

void append_repr_constant(std::string& out, const ast::ConstantValue& value) {
    using Kind = ast::ConstantValue::Kind;
    switch (value.kind) {
    case Kind::None: out += "None"; break;
    case Kind::Ellipsis: out += "Ellipsis"; break;
    case Kind::Bool: out += value.boolean ? "True" : "False"; break;
    case Kind::Int: out += value.text; break;
    case Kind::Float: append_repr_float(out, value.number); break;
    case Kind::Complex: append_repr_complex(out, value.number); break;
    case Kind::Str: append_repr_str(out, value.text); break;
    case Kind::Bytes: append_repr_bytes(out, value.text); break;
    }
}

std::string repr_float(double value) {
    std::string out;
    append_repr_float(out, value);
    return out;
}

std::string repr_complex(double imag) {
    std::string out;
    append_repr_complex(out, imag);
    return out;
}

std::string repr_str(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size() + 2);
    append_repr_str(out, utf8);
    return out;
}

std::string repr_bytes(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + 3);
    append_repr_bytes(out, bytes);
    return out;
}

std::string repr_constant(const ast::ConstantValue& value) {
    std::string out;
    append_repr_constant(out, value);
    return out;
}

}  // namespace py2cpp
