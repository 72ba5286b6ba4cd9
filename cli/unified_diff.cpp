// CLI — unified diff (see unified_diff.h).
//
// The common head and tail are trimmed first (program outputs usually differ in a few places), then the
// middle is aligned by a longest-common-subsequence table. A middle too large for the table (over a few
// million cells) is shown as one replacement: still a correct diff, only not a minimal one.
#include "cli/unified_diff.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace py2cpp {

namespace {

struct Line {
    std::string text;  // without its '\n'
    bool newline;      // false only for a last line that lacks one
    bool operator==(const Line&) const = default;
};

std::vector<Line> split_lines(const std::string& s) {
    std::vector<Line> lines;
    std::size_t start = 0;
    while (start < s.size()) {
        std::size_t end = s.find('\n', start);
        if (end == std::string::npos) {
            lines.push_back({s.substr(start), false});
            break;
        }
        lines.push_back({s.substr(start, end - start), true});
        start = end + 1;
    }
    return lines;
}

enum class Op : char { Keep = ' ', Remove = '-', Add = '+' };

struct Edit {
    Op op;
    std::size_t a;  // index into `from` (Keep, Remove)
    std::size_t b;  // index into `to` (Keep, Add)
};

std::vector<Edit> edit_script(const std::vector<Line>& a, const std::vector<Line>& b) {
    std::size_t head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (tail < a.size() - head && tail < b.size() - head && a[a.size() - 1 - tail] == b[b.size() - 1 - tail])
        ++tail;
    std::size_t n = a.size() - head - tail, m = b.size() - head - tail;

    std::vector<Edit> edits;
    for (std::size_t i = 0; i < head; ++i) edits.push_back({Op::Keep, i, i});
    constexpr std::size_t kMaxCells = 4'000'000;
    if (n > 0 && m > 0 && (n + 1) * (m + 1) <= kMaxCells) {
        // lcs[i][j]: the LCS length of a[head+i..] and b[head+j..], so the walk below runs forwards.
        std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
        auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = a[head + i] == b[head + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
        std::size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[head + i] == b[head + j]) {
                edits.push_back({Op::Keep, head + i++, head + j++});
            } else if (j == m || (i < n && at(i + 1, j) >= at(i, j + 1))) {
                edits.push_back({Op::Remove, head + i++, 0});
            } else {
                edits.push_back({Op::Add, 0, head + j++});
            }
        }
    } else {
        for (std::size_t i = 0; i < n; ++i) edits.push_back({Op::Remove, head + i, 0});
        for (std::size_t j = 0; j < m; ++j) edits.push_back({Op::Add, 0, head + j});
    }
    for (std::size_t k = 0; k < tail; ++k) edits.push_back({Op::Keep, head + n + k, head + m + k});
    return edits;
}

// diff's hunk range: "start,count", where an empty range starts at the line before it.
std::string range(std::size_t first, std::size_t count) {
    std::size_t start = count == 0 ? first : first + 1;
    return count == 1 ? std::to_string(start) : std::to_string(start) + "," + std::to_string(count);
}

}  // namespace

std::string unified_diff(const std::string& from, const std::string& to, const std::string& from_label,
                         const std::string& to_label, int context) {
    auto a = split_lines(from);
    auto b = split_lines(to);
    auto edits = edit_script(a, b);
    auto ctx = static_cast<std::size_t>(context);

    std::string out;
    std::size_t k = 0;
    while (k < edits.size()) {
        while (k < edits.size() && edits[k].op == Op::Keep) ++k;
        if (k == edits.size()) break;
        // A hunk: from `ctx` lines before this change to `ctx` lines after the last change that is no more
        // than 2*ctx unchanged lines away from the previous one.
        std::size_t begin = k >= ctx ? k - ctx : 0;
        std::size_t end = k;
        while (end < edits.size()) {
            if (edits[end].op != Op::Keep) {
                ++end;
                continue;
            }
            std::size_t run = end;
            while (run < edits.size() && edits[run].op == Op::Keep) ++run;
            if (run == edits.size() || run - end > 2 * ctx) {
                end = std::min(run, end + ctx);
                break;
            }
            end = run;
        }

        std::size_t a_first = 0, b_first = 0, a_count = 0, b_count = 0;
        bool a_seen = false, b_seen = false;
        // Where each side's range starts, even if that side has no line in the hunk.
        std::size_t a_next = 0, b_next = 0;
        for (std::size_t e = 0; e < begin; ++e) {
            if (edits[e].op != Op::Add) a_next = edits[e].a + 1;
            if (edits[e].op != Op::Remove) b_next = edits[e].b + 1;
        }
        for (std::size_t e = begin; e < end; ++e) {
            if (edits[e].op != Op::Add) {
                if (!a_seen) a_first = edits[e].a, a_seen = true;
                ++a_count;
            }
            if (edits[e].op != Op::Remove) {
                if (!b_seen) b_first = edits[e].b, b_seen = true;
                ++b_count;
            }
        }
        if (!a_seen) a_first = a_next;
        if (!b_seen) b_first = b_next;

        if (out.empty()) out = "--- " + from_label + "\n+++ " + to_label + "\n";
        out += "@@ -" + range(a_first, a_count) + " +" + range(b_first, b_count) + " @@\n";
        for (std::size_t e = begin; e < end; ++e) {
            const Line& line = edits[e].op == Op::Add ? b[edits[e].b] : a[edits[e].a];
            out += static_cast<char>(edits[e].op);
            out += line.text;
            out += '\n';
            if (!line.newline) out += "\\ No newline at end of file\n";
        }
        k = end;
    }
    return out;
}

}  // namespace py2cpp
