// Runtime — Unicode character properties the runtime needs (tables generated at build time from python3).
#pragma once

#include <cstddef>
#include <string>

#include "py2cpp/utf8.h"

namespace py::unicode {

bool is_printable(char32_t c);  // str.isprintable() of the one character: repr escapes the others
int decimal_value(char32_t c);  // the digit of a Unicode decimal (category Nd), or -1
bool is_space(char32_t c);       // str.isspace() of the one character
const char* upper(char32_t c);  // chr(c).upper() as UTF-8, or null when it maps to itself
const char* lower(char32_t c);  // chr(c).lower() likewise (without the final-sigma rule)
const char* title(char32_t c);  // chr(c).title() likewise
const char* casefold(char32_t c);  // chr(c).casefold() likewise

// The one-character str predicates, as bits of properties(c): chr(c).isalpha(), ... (Title: category Lt;
// IdStart: chr(c).isidentifier(); IdContinue: ("a" + chr(c)).isidentifier()).
namespace prop {
enum : unsigned { Alpha = 1, Digit = 2, Numeric = 4, Lower = 8, Upper = 16, Title = 32, IdStart = 64, IdContinue = 128 };
}
unsigned properties(char32_t c);
inline bool is_cased(char32_t c) { return (properties(c) & (prop::Lower | prop::Upper | prop::Title)) != 0; }

// Decodes the code point starting at s[i] (valid UTF-8, as every str holds) and advances i past it.
inline char32_t decode(const char* s, std::size_t& i) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t cp = c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
    i += static_cast<std::size_t>(len);
    return cp;
}

// Appends the UTF-8 encoding of the code point `c` (surrogates too, as the runtime stores them).
using py::append_utf8;

}  // namespace py::unicode
