// Tests — repr of constants and the Unicode tables, each checked against python3 run at test time.
#include "frontend/pyrepr.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <bit>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/unicode_tables.h"
#include "tests/unit/python_oracle.h"

namespace py2cpp {
namespace {

using testing::python_lines;
using testing::to_hex;
using testing::utf8;


// Doubles that stress the formatting: random bit patterns (every exponent, subnormals), short decimals,
// integers, and values on both sides of the 1e-4 and 1e16 switches to exponent form.
std::vector<double> interesting_doubles(int random_count) {
    std::vector<double> values = {0.0,    -0.0,   1.0,    -1.0,   1.5,     10.0,    100.0,   0.1,
                                  0.2,    0.3,    1e16,   1e15,   9999999999999998.0, 1e17, 1e-4,
                                  1e-5,   0.0001, 0.00011, 1.7976931348623157e308, 5e-324,
                                  2.2250738585072014e-308, 123456789012345678.0, 1e22, 1e23,
                                  std::numeric_limits<double>::infinity(),
                                  -std::numeric_limits<double>::infinity(),
                                  std::numeric_limits<double>::quiet_NaN(), 1.0 / 3, 2.0 / 3, 4.35,
                                  0.30000000000000004, 1e100, 1e-100, 123.456, 1e300 * 10};
    std::mt19937_64 rng(20240611);
    for (int i = 0; i < random_count; ++i) {
        switch (i % 4) {
        case 0:
        case 1: values.push_back(std::bit_cast<double>(rng())); break;
        case 2: {  // a short decimal times a power of ten near the thresholds
            const double mantissa = static_cast<double>(rng() % 100000) / 1000.0;
            const int exponent = static_cast<int>(rng() % 44) - 22;
            values.push_back(std::stod(std::to_string(mantissa) + "e" + std::to_string(exponent)));
            break;
        }
        default: values.push_back(static_cast<double>(static_cast<std::int64_t>(rng() >> (rng() % 64))));
        }
    }
    return values;
}

TEST(PyRepr, FloatExamples) {
    EXPECT_EQ(repr_float(1e16), "1e+16");
    EXPECT_EQ(repr_float(1e-5), "1e-05");
    EXPECT_EQ(repr_float(1.5), "1.5");
    EXPECT_EQ(repr_float(10.0), "10.0");
    EXPECT_EQ(repr_float(-0.0), "-0.0");
    EXPECT_EQ(repr_float(std::numeric_limits<double>::infinity()), "inf");
    EXPECT_EQ(repr_float(-std::numeric_limits<double>::infinity()), "-inf");
    EXPECT_EQ(repr_float(std::numeric_limits<double>::quiet_NaN()), "nan");
    EXPECT_EQ(repr_float(5e-324), "5e-324");
    EXPECT_EQ(repr_complex(1.0), "1j");
    EXPECT_EQ(repr_complex(0.0), "0j");
    EXPECT_EQ(repr_complex(1e16), "1e+16j");
    EXPECT_EQ(repr_complex(std::numeric_limits<double>::infinity()), "infj");
}

TEST(PyRepr, FloatAndComplexMatchPython) {
    const std::vector<double> values = interesting_doubles(4000);
    std::string input;
    for (const double v : values) input += std::to_string(std::bit_cast<std::uint64_t>(v)) + "\n";
    const auto expected = python_lines(R"PY(
import struct, sys
for line in sys.stdin:
    x = struct.unpack('<d', struct.pack('<Q', int(line)))[0]
    print(repr(x), repr(complex(0.0, x)))
)PY",
                                       input);
    ASSERT_EQ(expected.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        EXPECT_EQ(repr_float(values[i]) + " " + repr_complex(values[i]), expected[i])
            << "bits " << std::bit_cast<std::uint64_t>(values[i]);
    }
}

// Every code point on its own: covers the whole printable table and every escape form.
TEST(PyRepr, StrOfEveryCodePointMatchesPython) {
    const auto expected = python_lines(R"PY(
import sys
sys.stdout.reconfigure(encoding='utf-8')
out = sys.stdout
for c in range(0x110000):
    out.write(repr(chr(c)) + '\n')  # never raw surrogates or newlines: repr escapes them
)PY",
                                       "");
    ASSERT_EQ(expected.size(), 0x110000u);
    int mismatches = 0;
    for (char32_t c = 0; c < 0x110000; ++c) {
        if (repr_str(utf8(c)) != expected[c] && ++mismatches <= 10) {
            ADD_FAILURE() << "U+" << std::hex << unsigned(c) << ": " << repr_str(utf8(c));
        }
    }
    EXPECT_EQ(mismatches, 0);
}

TEST(PyRepr, RandomStrAndBytesMatchPython) {
    std::mt19937 rng(7);
    // Pools weighted toward what decides the output: quotes, backslash, controls, and each escape width.
    const std::vector<char32_t> pool = {'\'', '"', '\\', '\n', '\r', '\t', 0, 0x1F, 0x7F, 'a', ' ', 0x80, 0x85,
                                        0xA0, 0xAD, 0xE9, 0x378, 0x2028, 0xD800, 0xDBFF, 0xDC00, 0xDFFF,
                                        0xFEFF, 0xFFFF, 0x1F600, 0xE0001, 0x10FFFF, 0x4E2D};
    std::vector<std::string> strs, bytes;
    std::string input;
    for (int i = 0; i < 3000; ++i) {
        std::string s, b;
        const int len = static_cast<int>(rng() % 12);
        for (int k = 0; k < len; ++k) {
            s += utf8(rng() % 3 == 0 ? static_cast<char32_t>(rng() % 0x110000) : pool[rng() % pool.size()]);
            b += static_cast<char>(rng() % 3 == 0 ? rng() % 256 : "'\"\\\n\r\t\x7f\x80 a"[rng() % 11]);
        }
        input += to_hex(s) + " " + to_hex(b) + "\n";
        strs.push_back(std::move(s));
        bytes.push_back(std::move(b));
    }
    const auto expected = python_lines(R"PY(
import sys
for line in sys.stdin:
    s, b = line.split(' ')
    s = bytes.fromhex(s).decode('utf-8', 'surrogatepass')
    print(repr(s).encode('utf-8').hex(), repr(bytes.fromhex(b)).encode('ascii').hex())
)PY",
                                       input);
    ASSERT_EQ(expected.size(), strs.size());
    for (std::size_t i = 0; i < strs.size(); ++i) {
        EXPECT_EQ(to_hex(repr_str(strs[i])) + " " + to_hex(repr_bytes(bytes[i])), expected[i])
            << "str " << to_hex(strs[i]) << " bytes " << to_hex(bytes[i]);
    }
}

TEST(PyRepr, StrQuotesAndEscapes) {
    EXPECT_EQ(repr_str("it's"), "\"it's\"");
    EXPECT_EQ(repr_str("both ' and \""), "'both \\' and \"'");
    EXPECT_EQ(repr_str("\xed\xa0\x80"), "'\\ud800'");  // a WTF-8 lone surrogate
    EXPECT_EQ(repr_bytes("it's"), "b\"it's\"");
    EXPECT_EQ(repr_bytes(std::string("\0\xff", 2)), "b'\\x00\\xff'");
}

TEST(PyRepr, MalformedUtf8PrintsSurrogateEscapes) {
    // Not a CPython case (its str cannot hold these); what we promise instead of garbage.
    EXPECT_EQ(repr_str("a\xff"), "'a\\udcff'");
    EXPECT_EQ(repr_str("\xc3"), "'\\udcc3'");
    EXPECT_EQ(repr_str("\xe0\x80\x80"), "'\\udce0\\udc80\\udc80'");  // overlong
}

TEST(PyRepr, Constants) {
    using Kind = ast::ConstantValue::Kind;
    ast::ConstantValue v;
    EXPECT_EQ(repr_constant(v), "None");
    v.kind = Kind::Ellipsis;
    EXPECT_EQ(repr_constant(v), "Ellipsis");
    v.kind = Kind::Bool;
    v.boolean = true;
    EXPECT_EQ(repr_constant(v), "True");
    v.boolean = false;
    EXPECT_EQ(repr_constant(v), "False");
    v.kind = Kind::Int;
    v.text = "123456789012345678901234567890";
    EXPECT_EQ(repr_constant(v), "123456789012345678901234567890");
    v.kind = Kind::Float;
    v.number = 0.5;
    EXPECT_EQ(repr_constant(v), "0.5");
    v.kind = Kind::Complex;
    EXPECT_EQ(repr_constant(v), "0.5j");
    v.kind = Kind::Str;
    v.text = "x";
    EXPECT_EQ(repr_constant(v), "'x'");
    v.kind = Kind::Bytes;
    EXPECT_EQ(repr_constant(v), "b'x'");
}

TEST(UnicodeTables, MatchPythonStrMethods) {
    // One digit per code point: isprintable, isidentifier alone, isidentifier after 'a'.
    const auto expected = python_lines(R"PY(
import sys
sys.stdout.write(''.join(str(chr(c).isprintable() + 2 * chr(c).isidentifier() + 4 * ('a' + chr(c)).isidentifier())
                         for c in range(0x110000)))
sys.stdout.write('\n')
)PY",
                                       "");
    ASSERT_EQ(expected.size(), 1u);
    ASSERT_EQ(expected[0].size(), 0x110000u);
    int mismatches = 0;
    for (char32_t c = 0; c < 0x110000; ++c) {
        const int ours = unicode::is_printable(c) + 2 * unicode::is_xid_start(c) + 4 * unicode::is_xid_continue(c);
        if (ours != expected[0][c] - '0' && ++mismatches <= 10) ADD_FAILURE() << "U+" << std::hex << unsigned(c);
    }
    EXPECT_EQ(mismatches, 0);
    EXPECT_FALSE(unicode::is_printable(0x110000));
    EXPECT_FALSE(unicode::is_xid_start(0x110000));
}

}  // namespace
}  // namespace py2cpp
