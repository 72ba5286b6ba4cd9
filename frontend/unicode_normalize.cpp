// Front end — the Unicode normalization algorithm (UAX #15) over tables generated from python3's unicodedata.
//
// Every form starts the same way: each code point is replaced by its full decomposition (the one-level
// mappings applied recursively; compatibility mappings only for NFKC/NFKD; Hangul syllables split by
// arithmetic), then each run of non-starters is sorted by combining class. NFC and NFKC then recompose:
// a character joins the last starter when the pair has a primary composite and no character left between
// them blocks it (a starter, or a mark of the same or a higher class).
#include "frontend/unicode_normalize.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

#include "runtime/include/py2cpp/utf8.h"

namespace py2cpp::unicode {
namespace {

// The one-level decomposition mapping of `code_point` is kDecompositionText[start .. start + length).
struct Decomposition {
    char32_t code_point;
    std::uint16_t start;
    std::uint8_t length;
    bool compat;  // a compatibility mapping (<font>, <wide>, <compat>, ...), applied by NFKC and NFKD only
};

struct CombiningRun {
    char32_t first;
    char32_t last;  // inclusive
    std::uint8_t ccc;
};

struct Composition {
    char32_t first;
    char32_t second;
    char32_t composite;
};

#include "unicode_normalization.inc"

// Hangul syllables decompose and compose by arithmetic (Unicode §3.12); the tables leave them out.
constexpr char32_t kSBase = 0xAC00;
constexpr char32_t kLBase = 0x1100;
constexpr char32_t kVBase = 0x1161;
constexpr char32_t kTBase = 0x11A7;  // one before the first trailing consonant: T index 0 means "none"
constexpr char32_t kLCount = 19;
constexpr char32_t kVCount = 21;
constexpr char32_t kTCount = 28;
constexpr char32_t kNCount = kVCount * kTCount;
constexpr char32_t kSCount = kLCount * kNCount;

// Units past the code space stand for bytes that are not UTF-8: no table knows them, so they stay put and
// come back out as the same byte.
constexpr char32_t kRawByte = 0x110000;

struct Unit {
    char32_t c;
    std::uint8_t ccc;
};

std::uint8_t combining_class(char32_t c) {
    if (c < 0x300) return 0;  // the generator checks that no class starts lower
    const auto* end = std::end(kCombiningClasses);
    const auto* it = std::lower_bound(std::begin(kCombiningClasses), end, c,
                                      [](const CombiningRun& r, char32_t v) { return r.last < v; });
    return it != end && it->first <= c ? it->ccc : 0;
}

const Decomposition* find_decomposition(char32_t c) {
    const auto* end = std::end(kDecompositions);
    const auto* it = std::lower_bound(std::begin(kDecompositions), end, c,
                                      [](const Decomposition& d, char32_t v) { return d.code_point < v; });
    return it != end && it->code_point == c ? it : nullptr;
}

// Appends the full decomposition of `c`.
void decompose(char32_t c, bool compat, std::vector<Unit>& out) {
    if (c >= kSBase && c < kSBase + kSCount) {
        const char32_t s = c - kSBase;
        out.push_back({kLBase + s / kNCount, 0});
        out.push_back({kVBase + s % kNCount / kTCount, 0});
        if (s % kTCount != 0) out.push_back({kTBase + s % kTCount, 0});
        return;
    }
    const Decomposition* d = find_decomposition(c);
    if (d == nullptr || (d->compat && !compat)) {
        out.push_back({c, combining_class(c)});
        return;
    }
    // Mappings nest only a few levels deep (U+1E08 -> U+00C7 U+0301 -> C U+0327 U+0301).
    for (std::size_t k = 0; k < d->length; ++k) decompose(kDecompositionText[d->start + k], compat, out);
}

// Sorts each run of non-starters by class; stably, because marks of equal class keep their meaning in order.
void reorder(std::vector<Unit>& units) {
    const auto is_starter = [](const Unit& u) { return u.ccc == 0; };
    for (auto it = units.begin(); it != units.end();) {
        if (is_starter(*it)) {
            ++it;
            continue;
        }
        const auto run_end = std::find_if(it, units.end(), is_starter);
        std::stable_sort(it, run_end, [](const Unit& a, const Unit& b) { return a.ccc < b.ccc; });
        it = run_end;
    }
}

// The primary composite of `first` followed by `second`, or 0.
char32_t compose_pair(char32_t first, char32_t second) {
    if (first >= kLBase && first < kLBase + kLCount && second >= kVBase && second < kVBase + kVCount) {
        return kSBase + ((first - kLBase) * kVCount + (second - kVBase)) * kTCount;
    }
    if (first >= kSBase && first < kSBase + kSCount && (first - kSBase) % kTCount == 0 && second > kTBase &&
        second < kTBase + kTCount) {
        return first + (second - kTBase);
    }
    const auto* end = std::end(kCompositions);
    const auto* it = std::lower_bound(std::begin(kCompositions), end, Composition{first, second, 0},
                                      [](const Composition& a, const Composition& b) {
                                          return a.first != b.first ? a.first < b.first : a.second < b.second;
                                      });
    return it != end && it->first == first && it->second == second ? it->composite : 0;
}

// Canonical composition, in place. After reordering, the characters still standing between the last starter
// and the current one are non-starters in ascending class order, so only the nearest of them can block.
void compose(std::vector<Unit>& units) {
    constexpr std::size_t kNone = static_cast<std::size_t>(-1);
    std::size_t starter = kNone;
    std::size_t kept = 0;
    for (std::size_t i = 0; i < units.size(); ++i) {
        const Unit u = units[i];
        if (starter != kNone && (kept == starter + 1 || units[kept - 1].ccc < u.ccc)) {
            if (const char32_t composite = compose_pair(units[starter].c, u.c); composite != 0) {
                units[starter].c = composite;  // composites of a starter are starters (checked by the generator)
                continue;
            }
        }
        if (u.ccc == 0) starter = kept;
        units[kept++] = u;
    }
    units.resize(kept);
}

// Decodes the code point at s[i] into `c` and returns its length; a byte that does not begin a well-formed
// sequence becomes one raw unit. Surrogates (WTF-8) are let through: they have no mapping and class 0.
std::size_t decode_at(std::string_view s, std::size_t i, char32_t& c) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    const std::size_t n = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0;
    if (n == 1) {
        c = lead;
        return 1;
    }
    c = kRawByte + lead;
    if (n == 0 || s.size() - i < n) return 1;
    char32_t value = lead & (0x7F >> n);
    for (std::size_t k = 1; k < n; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return 1;
        value = value << 6 | (byte(i + k) & 0x3F);
    }
    // Overlong forms and values past U+10FFFF are not UTF-8 either.
    if ((n == 3 && value < 0x800) || (n == 4 && (value < 0x10000 || value > 0x10FFFF))) return 1;
    c = value;
    return n;
}

void encode(char32_t c, std::string& out) {
    if (c >= kRawByte)
        out += static_cast<char>(c - kRawByte);
    else
        py::append_utf8(out, c);
}

}  // namespace

std::string normalize(NormalizationForm form, std::string_view utf8) {
    // ASCII is in every normal form: no ASCII character decomposes, has a class or composes (generator checks).
    if (std::all_of(utf8.begin(), utf8.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
        return std::string(utf8);
    }
    const bool compat = form == NormalizationForm::NFKC || form == NormalizationForm::NFKD;
    const bool composed = form == NormalizationForm::NFC || form == NormalizationForm::NFKC;
    std::vector<Unit> units;
    units.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size();) {
        char32_t c = 0;
        i += decode_at(utf8, i, c);
        decompose(c, compat, units);
    }
    reorder(units);
    if (composed) compose(units);
    std::string out;
    out.reserve(utf8.size());
    for (const Unit& u : units) encode(u.c, out);
    return out;
}

std::string nfkc(std::string_view utf8) { return normalize(NormalizationForm::NFKC, utf8); }

std::string_view normalization_unicode_version() { return kUnicodeVersion; }

}  // namespace py2cpp::unicode
