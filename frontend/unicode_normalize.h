// Front end — Unicode normalization (NFC, NFD, NFKC, NFKD); Python identifiers are NFKC-normalized (PEP 3131).
//
// The tables are generated at build time by scripts/gen_unicode_normalization.py from python3's
// unicodedata, so the result is exactly unicodedata.normalize(form, s) of that Python:
// `ｗｉｄｔｈ` and `𝔘𝔫𝔦𝔠𝔬𝔡𝔢` name the same variables as `width` and `Unicode`.
#pragma once

#include <string>
#include <string_view>

namespace py2cpp::unicode {

enum class NormalizationForm { NFC, NFD, NFKC, NFKD };

// `utf8` in the given normalization form, as UTF-8. Lone surrogates (3-byte WTF-8) pass through as
// themselves; bytes that are not UTF-8 are copied unchanged and, like a starter, stop composition.
std::string normalize(NormalizationForm form, std::string_view utf8);

// What CPython applies to every non-ASCII identifier. ASCII input comes back unchanged without a table lookup.
std::string nfkc(std::string_view utf8);

// The Unicode version of the tables ("14.0.0" for Python 3.11), i.e. unicodedata.unidata_version.
std::string_view normalization_unicode_version();

}  // namespace py2cpp::unicode
