// Runtime — Unicode character properties the runtime needs (tables generated at build time from python3).
#pragma once

#include <cstddef>

namespace py::unicode {

bool is_printable(char32_t c);  // str.isprintable() of the one character: repr escapes the others
int decimal_value(char32_t c);  // the digit of a Unicode decimal (category Nd), or -1
bool is_space(char32_t c);       // str.isspace() of the one character
const char* upper(char32_t c);  // chr(c).upper() as UTF-8, or null when it maps to itself
const char* lower(char32_t c);  // chr(c).lower() likewise (without the final-sigma rule)

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

}  // namespace py::unicode
