// Tests — Unicode normalization against python3's unicodedata.normalize, run at test time as the oracle.
//
// The oracle covers every code point outside the surrogates (a superset of the identifier characters and of
// everything with a decomposition mapping) and several thousand random strings built to stress canonical
// ordering and composition: combining marks, Hangul jamo and syllables, compatibility characters and the
// parts of canonical decompositions. Each string is checked in all four forms; NFKC is the one identifiers use.
#include "frontend/unicode_normalize.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "tests/unit/python_oracle.h"


namespace py2cpp::unicode {
namespace {

using py2cpp::testing::from_hex;

// Lines of output, hex-encoded UTF-8, "=" where a form leaves the string as it is:
//   version <unidata_version>
//   cp <hex code point> <NFC> <NFD> <NFKC> <NFKD>     only for code points some form changes
//   str <input> <NFC> <NFD> <NFKC> <NFKD>             the random strings
//   summary <code points> <identifier characters> <with a decomposition>
constexpr const char* kOracle = R"PY(
import random, unicodedata as u

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
MAX = 0x10FFFF

def enc(s):
    return s.encode('utf-8').hex()

def forms(s):
    return ' '.join('=' if n == s else enc(n) for n in (u.normalize(f, s) for f in FORMS))

print('version', u.unidata_version)

ident = 0
chars, marks, compat, canonical = [], [], [], []
for c in range(MAX + 1):
    if 0xD800 <= c <= 0xDFFF:
        continue
    ch = chr(c)
    chars.append(ch)
    # Some characters are identifier characters only once normalized (PEP 3131 normalizes first).
    ident += ('a' + ch).isidentifier() or ('a' + u.normalize('NFKC', ch)).isidentifier()
    if u.combining(ch):
        marks.append(ch)
    d = u.decomposition(ch)
    if d:
        (compat if d.startswith('<') else canonical).append(ch)
    line = forms(ch)
    if line != '= = = =':
        print('cp', '%x' % c, line)

rng = random.Random(3131)
parts = sorted({chr(int(f, 16)) for ch in canonical for f in u.decomposition(ch).split()})
leading = [chr(c) for c in range(0x1100, 0x1160)]
vowels = [chr(c) for c in range(0x1160, 0x11A8)]
trailing = [chr(c) for c in range(0x11A7, 0x1200)]
syllables = [chr(c) for c in range(0xAC00, 0xD7A4)]
lv = syllables[::28]
letters = [chr(c) for c in range(0x41, 0x5B)] + [chr(c) for c in range(0x61, 0x7B)]

def piece():
    k = rng.randrange(12)
    if k <= 2: return rng.choice(marks)
    if k == 3: return rng.choice(compat)
    if k == 4: return rng.choice(canonical)
    if k <= 6: return rng.choice(parts)
    if k == 7: return rng.choice(leading) + rng.choice(vowels) + rng.choice(trailing) * rng.randrange(2)
    if k == 8: return rng.choice(lv) + rng.choice(trailing)
    if k == 9: return rng.choice(leading + vowels + trailing + syllables)
    if k == 10: return rng.choice(letters)
    return rng.choice(chars)

for n in range(5000):
    s = ''.join(piece() for _ in range(rng.randrange(1, 16)))
    print('str', enc(s), forms(s))
# Long runs of marks in every order, so that reordering sees more than the usual two or three.
for n in range(20):
    s = rng.choice(letters) + ''.join(rng.choice(marks) for _ in range(rng.randrange(50, 2000)))
    print('str', enc(s), forms(s))

print('summary', len(chars), ident, len(compat) + len(canonical))
)PY";

// Runs the oracle and returns its output lines.
std::vector<std::string> run_oracle() {
    const auto path = std::filesystem::temp_directory_path() / fmt::format("py2cpp_nfkc_{}.py", ::getpid());
    std::ofstream(path) << kOracle;
    const std::string command = fmt::format("{} {}", "python3", path.string());
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("cannot run python3");
    std::string text;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) text.append(buf, n);
    const int status = ::pclose(pipe);
    std::filesystem::remove(path);
    EXPECT_EQ(status, 0) << "python3 failed: " << command;
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

constexpr std::array kForms = {NormalizationForm::NFC, NormalizationForm::NFD, NormalizationForm::NFKC,
                               NormalizationForm::NFKD};
constexpr std::array<const char*, 4> kFormNames = {"NFC", "NFD", "NFKC", "NFKD"};

// Expected results in kForms order, decoded from the oracle's fields ("=" is the input itself).
using Expected = std::array<std::string, 4>;

Expected expected_from(const std::string& input, std::istringstream& fields) {
    Expected out;
    for (auto& e : out) {
        std::string field;
        fields >> field;
        e = field == "=" ? input : from_hex(field);
    }
    return out;
}

std::string show(std::string_view s) {
    std::string out;
    for (const unsigned char b : s) out += fmt::format("{:02x}", b);
    return out;
}

TEST(UnicodeNormalize, MatchesPython) {
    std::unordered_map<char32_t, Expected> changed;  // code points some form changes
    std::vector<std::pair<std::string, Expected>> strings;
    std::string version;
    long code_points = -1, identifiers = -1, decomposable = -1;
    for (const auto& line : run_oracle()) {
        std::istringstream fields(line);
        std::string kind;
        fields >> kind;
        if (kind == "version") {
            fields >> version;
        } else if (kind == "cp") {
            std::string hex;
            fields >> hex;
            const auto c = static_cast<char32_t>(std::stoul(hex, nullptr, 16));
            changed[c] = expected_from(py2cpp::testing::utf8(c), fields);
        } else if (kind == "str") {
            std::string hex;
            fields >> hex;
            std::string input = from_hex(hex);
            Expected e = expected_from(input, fields);
            strings.emplace_back(std::move(input), std::move(e));
        } else if (kind == "summary") {
            fields >> code_points >> identifiers >> decomposable;
        }
    }
    ASSERT_EQ(version, normalization_unicode_version()) << "python3 at test time is not the one the tables came from";
    ASSERT_GT(code_points, 0) << "the oracle did not finish";

    int failures = 0;
    long compared = 0;
    const auto check = [&](const std::string& input, const Expected& expected) {
        ++compared;
        for (std::size_t f = 0; f < kForms.size(); ++f) {
            const std::string got = normalize(kForms[f], input);
            if (got != expected[f] && ++failures <= 20) {
                ADD_FAILURE() << kFormNames[f] << " of " << show(input) << ": got " << show(got) << ", python3 says "
                              << show(expected[f]);
            }
        }
        if (nfkc(input) != expected[2] && ++failures <= 20) {
            ADD_FAILURE() << "nfkc() differs from NFKC for " << show(input);
        }
    };
    long singles = 0;
    for (char32_t c = 0; c <= 0x10FFFF; ++c) {
        if (c >= 0xD800 && c <= 0xDFFF) continue;
        const std::string input = py2cpp::testing::utf8(c);
        const auto it = changed.find(c);
        check(input, it != changed.end() ? it->second : Expected{input, input, input, input});
        ++singles;
    }
    for (const auto& [input, expected] : strings) check(input, expected);
    EXPECT_EQ(failures, 0);
    EXPECT_EQ(singles, code_points);

    std::cout << fmt::format(
        "[          ] compared {} strings with {} (Unicode {}) in NFC, NFD, NFKC and NFKD: {} code points "
        "({} identifier characters, {} with a decomposition, {} changed by some form) and {} random strings\n",
        compared, "python3", version, singles, identifiers, decomposable, changed.size(), strings.size());
}

TEST(UnicodeNormalize, Examples) {
    EXPECT_EQ(nfkc("ｗｉｄｔｈ"), "width");
    EXPECT_EQ(nfkc("𝔘𝔫𝔦𝔠𝔬𝔡𝔢"), "Unicode");
    EXPECT_EQ(nfkc("ﬁle"), "file");
    EXPECT_EQ(nfkc("\u1100\u1161\u11A8"), "\uAC01");  // conjoining jamo compose into one syllable
    EXPECT_EQ(normalize(NormalizationForm::NFD, "\uAC01"), "\u1100\u1161\u11A8");
    EXPECT_EQ(nfkc("e\u0301"), "\u00E9");
    EXPECT_EQ(nfkc("\u212B"), "\u00C5");  // ANGSTROM SIGN is a singleton decomposition
    EXPECT_EQ(nfkc(""), "");
    EXPECT_EQ(nfkc("plain_ascii_123"), "plain_ascii_123");
}

TEST(UnicodeNormalize, BytesThatAreNotUtf8PassThrough) {
    EXPECT_EQ(nfkc("\xff\xef\xbd\x97"), "\xffw");
    // A stray byte stops composition like a starter would: the accent stays apart from the 'e'.
    EXPECT_EQ(nfkc("e\xff\xcc\x81"), "e\xff\xcc\x81");
    EXPECT_EQ(nfkc("\xc3"), "\xc3");                  // truncated sequence
    EXPECT_EQ(nfkc("\xc0\xaf\xef\xbd\x97"), "\xc0\xafw");  // overlong '/'
    EXPECT_EQ(nfkc("\xed\xa0\x80\xcc\x81"), "\xed\xa0\x80\xcc\x81");  // a lone surrogate, WTF-8
}

}  // namespace
}  // namespace py2cpp::unicode
