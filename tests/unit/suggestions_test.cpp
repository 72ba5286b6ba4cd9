// Tests — "Did you mean: 'x'?" (runtime/src/suggestions.cpp) against python3's own suggestions.
//
// Each case is a misspelt name and a list of candidate names. python3 runs, for every case, a function whose
// local variables are the candidates and which reads the misspelt name; the uncaught NameError goes through
// sys.__excepthook__ (CPython's C traceback printer, the one that prints suggestions), and the suggestion is
// read off its last line. CPython looks at the function's locals first, then the globals (`__builtins__`
// and `f` here), then the builtins (an empty dict here), and we do the same with closest_name.
#include <gtest/gtest.h>

#include <cctype>
#include <random>
#include <string>
#include <vector>

#include "python_oracle.h"
#include "runtime/src/suggestions.h"

namespace {

struct Case {
    std::string name;
    std::vector<std::string> candidates;
};

// Names built from a small alphabet so that near misses (case changes, swaps, insertions) are common.
std::string random_name(std::mt19937& rng, std::size_t max_length) {
    static const std::string kFirst = "abcxyzABCXY_";
    static const std::string kRest = "abcxyzABCXY_019";
    std::size_t length = 1 + rng() % max_length;
    std::string s(1, kFirst[rng() % kFirst.size()]);
    while (s.size() < length) s += kRest[rng() % kRest.size()];
    return s;
}

// A variant of `base`: one or two random edits, or a case change.
std::string mutate(std::mt19937& rng, std::string base) {
    for (int edits = 1 + static_cast<int>(rng() % 2); edits > 0; --edits) {
        std::size_t at = rng() % base.size();
        switch (rng() % 4) {
            case 0: base[at] = static_cast<char>(std::isupper(base[at]) ? std::tolower(base[at]) : std::toupper(base[at])); break;
            case 1: base.insert(at + 1, 1, 'y'); break;
            case 2: if (base.size() > 1 && at > 0) base.erase(at, 1); break;
            default: base[at] = at == 0 ? 'z' : '9'; break;
        }
    }
    return base;
}

std::vector<Case> make_cases() {
    std::mt19937 rng(20261126);
    std::vector<Case> cases;
    for (int i = 0; i < 400; ++i) {
        Case c;
        // Long names with a long common prefix check the 40-byte limit on what differs.
        std::string prefix = i % 10 == 0 ? std::string(30 + rng() % 20, 'q') : "";
        c.name = prefix + random_name(rng, 10);
        for (std::size_t k = rng() % 6 + 1; k > 0; --k)
            c.candidates.push_back(rng() % 3 == 0 ? prefix + random_name(rng, 10) : mutate(rng, c.name));
        cases.push_back(std::move(c));
    }
    return cases;
}

bool is_reserved(const std::string& s) {
    static const std::vector<std::string> kReserved = {"f", "__builtins__", "_", "False", "None", "True"};
    for (const auto& r : kReserved)
        if (s == r) return true;
    return false;
}

}  // namespace

TEST(RuntimeSuggestions, ClosestNameMatchesCPython) {
    std::vector<Case> cases = make_cases();
    std::string script =
        "import io, sys\n"
        "def suggestion(name, candidates):\n"
        "    body = '    if False:\\n        ' + ' = '.join(candidates) + ' = 0\\n' if candidates else ''\n"
        "    g = {'__builtins__': {}}\n"
        "    try:\n"
        "        exec('def f():\\n' + body + '    return ' + name + '\\nf()\\n', g)\n"
        "    except NameError as e:\n"
        "        saved, sys.stderr = sys.stderr, io.StringIO()\n"
        "        sys.__excepthook__(type(e), e, e.__traceback__)\n"
        "        text, sys.stderr = sys.stderr.getvalue(), saved\n"
        "        last = text.splitlines()[-1]\n"
        "        marker = \". Did you mean: '\"\n"
        "        return last[last.index(marker) + len(marker):-2] if marker in last else ''\n"
        "for line in sys.stdin:\n"
        "    name, *candidates = line.split()\n"
        "    print(suggestion(name, candidates) or '-')\n";
    std::string input;
    for (Case& c : cases) {
        if (is_reserved(c.name)) c.name += "n";
        // A candidate equal to the name would make it a local, and reading it an UnboundLocalError.
        std::erase_if(c.candidates, [&](const std::string& s) { return is_reserved(s) || s == c.name; });
        input += c.name;
        for (const auto& candidate : c.candidates) input += " " + candidate;
        input += "\n";
    }
    std::vector<std::string> expected = py2cpp::testing::python_lines(script, input);
    ASSERT_EQ(expected.size(), cases.size());

    int suggested = 0;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const Case& c = cases[i];
        std::vector<std::string_view> locals(c.candidates.begin(), c.candidates.end());
        std::string ours = py::closest_name(c.name, locals);
        if (ours.empty()) ours = py::closest_name(c.name, {"__builtins__", "f"});
        if (ours.empty()) ours = "-";
        suggested += ours != "-";
        std::string listed;
        for (const auto& candidate : c.candidates) listed += " " + candidate;
        EXPECT_EQ(ours, expected[i]) << "name " << c.name << ", candidates" << listed;
    }
    // The generated cases must exercise both outcomes, or the comparison says little.
    EXPECT_GT(suggested, 100);
    EXPECT_LT(suggested, static_cast<int>(cases.size()) - 50);
}
