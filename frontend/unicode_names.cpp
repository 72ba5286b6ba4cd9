// Front end — looks up Unicode character names for "\N{...}" escapes (table generated from python3's unicodedata).
#include "frontend/unicode_names.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>

namespace py2cpp::unicode {
namespace {

#include "unicode_names.inc"

constexpr std::string_view kCjkPrefix = "CJK UNIFIED IDEOGRAPH-";
constexpr std::string_view kHangulPrefix = "HANGUL SYLLABLE ";

// Jamo short names of the Unicode Hangul syllable algorithm (Unicode §3.12): leading consonants, vowels,
// trailing consonants. An empty leading or trailing part is a real choice (ieung, no final).
constexpr std::array<std::string_view, 19> kLeading = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S",
                                                       "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
constexpr std::array<std::string_view, 21> kVowel = {"A",  "AE", "YA", "YAE", "EO", "E",  "YEO",
                                                     "YE", "O",  "WA", "WAE", "OE", "YO", "U",
                                                     "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
constexpr std::array<std::string_view, 28> kTrailing = {"",  "G",  "GG", "GS", "N",  "NJ", "NH",
                                                        "D", "L",  "LG", "LM", "LB", "LS", "LT",
                                                        "LP", "LH", "M", "B",  "BS", "S",  "SS",
                                                        "NG", "J", "C",  "K",  "T",  "P",  "H"};

// Consumes the longest jamo of `table` at the front of `rest`, as CPython does (greedily, no backtracking).
template <std::size_t N>
std::optional<int> take_jamo(std::string_view& rest, const std::array<std::string_view, N>& table) {
    std::optional<int> best;
    std::size_t best_len = 0;
    for (std::size_t i = 0; i < N; ++i) {
        if (rest.starts_with(table[i]) && (!best || table[i].size() > best_len)) {
            best = static_cast<int>(i);
            best_len = table[i].size();
        }
    }
    if (best) rest.remove_prefix(best_len);
    return best;
}

std::optional<char32_t> hangul_syllable(std::string_view rest) {
    auto l = take_jamo(rest, kLeading);
    auto v = take_jamo(rest, kVowel);
    auto t = take_jamo(rest, kTrailing);
    if (!l || !v || !t || !rest.empty()) return std::nullopt;
    return static_cast<char32_t>(0xAC00 + (*l * 21 + *v) * 28 + *t);
}

std::optional<char32_t> cjk_ideograph(std::string_view hex) {
    // CPython reads exactly 4 or 5 upper-case hex digits here, leading zeros allowed.
    if (hex.size() != 4 && hex.size() != 5) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : hex) {
        if (c >= '0' && c <= '9') value = value * 16 + static_cast<std::uint32_t>(c - '0');
        else if (c >= 'A' && c <= 'F') value = value * 16 + static_cast<std::uint32_t>(c - 'A' + 10);
        else return std::nullopt;
    }
    for (const auto& range : kCjkUnified) {
        if (value >= range[0] && value <= range[1]) return static_cast<char32_t>(value);
    }
    return std::nullopt;
}

std::string_view stored_name(std::size_t i) {
    return {kNameText + kNameStart[i], kNameStart[i + 1] - kNameStart[i]};
}

}  // namespace

std::optional<char32_t> lookup_name(std::string_view name) {
    // The two computed families are matched case-sensitively and never fall through to the table.
    if (name.starts_with(kHangulPrefix)) return hangul_syllable(name.substr(kHangulPrefix.size()));
    if (name.starts_with(kCjkPrefix)) return cjk_ideograph(name.substr(kCjkPrefix.size()));

    std::string upper(name);
    for (char& c : upper) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    std::size_t lo = 0;
    std::size_t hi = kNameCount;
    while (lo < hi) {
        std::size_t mid = lo + (hi - lo) / 2;
        if (stored_name(mid) < upper) lo = mid + 1;
        else hi = mid;
    }
    if (lo < kNameCount && stored_name(lo) == upper) return static_cast<char32_t>(kNameCode[lo]);
    return std::nullopt;
}

}  // namespace py2cpp::unicode
