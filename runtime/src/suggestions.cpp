// Runtime — "Did you mean: 'x'?" suggestions (see suggestions.h for the rule).
#include "suggestions.h"

#include <algorithm>
#include <cstddef>
#include <limits>

namespace py {

namespace {

constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;
constexpr std::size_t kMaxNameBytes = 40;
constexpr std::size_t kMaxCandidates = 750;

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::size_t replace_cost(char a, char b) {
    if (a == b) return 0;
    return ascii_lower(a) == ascii_lower(b) ? kCaseCost : kMoveCost;
}

// The weighted edit distance between `a` and `b`, one row of the dynamic programme at a time; "too far"
// (the maximum) when what remains after their common prefix and suffix is longer than 40 bytes.
std::size_t distance(std::string_view a, std::string_view b) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.size() > kMaxNameBytes || b.size() > kMaxNameBytes) return std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j * kMoveCost;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];  // the distance between a[:i-1] and b[:j-1]
        row[0] = i * kMoveCost;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({above + kMoveCost, row[j - 1] + kMoveCost, diagonal + replace_cost(a[i - 1], b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace

std::string closest_name(std::string_view name, const std::vector<std::string_view>& candidates) {
    if (candidates.size() >= kMaxCandidates) return {};
    std::string_view best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (std::string_view candidate : candidates) {
        if (candidate == name) continue;
        std::size_t limit = (name.size() + candidate.size() + 3) * kMoveCost / 6;
        if (best_distance != std::numeric_limits<std::size_t>::max()) limit = std::min(limit, best_distance - 1);
        std::size_t d = distance(name, candidate);
        if (d <= limit && d < best_distance) {
            best = candidate;
            best_distance = d;
        }
    }
    return std::string(best);
}

}  // namespace py
