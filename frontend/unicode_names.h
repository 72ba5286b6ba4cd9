// Front end — Unicode character names, resolved as CPython's "\N{...}" string escape resolves them.
#pragma once

#include <optional>
#include <string_view>

namespace py2cpp::unicode {

// The code point called `name`, or nullopt. Follows CPython 3.11's unicodedata `_getcode` without named
// sequences (which "\N{...}" rejects although unicodedata.lookup() accepts them):
//   * stored names and formal aliases match case-insensitively ("latin small letter a");
//   * "CJK UNIFIED IDEOGRAPH-" + 4 or 5 upper-case hex digits, case-sensitive, within the ideograph blocks;
//   * "HANGUL SYLLABLE " + jamo short names (upper case), composed by the Unicode algorithm.
// The table is generated at build time by scripts/gen_unicode_names.py from python3's unicodedata.
std::optional<char32_t> lookup_name(std::string_view name);

}  // namespace py2cpp::unicode
