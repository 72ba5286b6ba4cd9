// Tests — string, f-string and number literals, each sample checked against python3's own parser at test time.
//
// Both sides print a value in one small canonical notation (code points for str, hex for bytes, %.17g for
// floats), so the comparison does not depend on repr(). Errors compare message, line and column.
#include "frontend/literals.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "frontend/diagnostics.h"
#include "frontend/unicode_names.h"
#include "tests/unit/python_oracle.h"


namespace py2cpp {
namespace {

using testing::from_hex;
using testing::python_lines;
using testing::run_python;
using testing::to_hex;


// The oracle: reads hex-encoded sources, one per line, and prints the canonical form of each one's value.
constexpr const char* kOracle = R"PY(
import ast, sys

def cps(s):
    return ' '.join('%x' % ord(c) for c in s)

def canon(n, where=False):
    if isinstance(n, ast.Constant):
        v = n.value
        if isinstance(v, str):
            return 'S%s(%s)' % (n.kind or '', cps(v))
        if isinstance(v, bytes):
            return 'B(%s)' % v.hex(' ')
        if isinstance(v, int):
            sys.set_int_max_str_digits(0)
            text = str(v)
            sys.set_int_max_str_digits(4300)
            return 'I(%s)' % text
        if isinstance(v, float):
            return 'D(%s)' % ('%.17g' % v)
        if isinstance(v, complex):
            return 'C(%s)' % ('%.17g' % v.imag)
    if isinstance(n, ast.JoinedStr):
        return 'J[%s]' % ','.join(canon(x, where) for x in n.values)
    if isinstance(n, ast.FormattedValue):
        spec = canon(n.format_spec, where) if n.format_spec else '-'
        return 'F(%s;%d;%s)' % (canon(n.value, where), n.conversion, spec)
    if isinstance(n, ast.Name):
        return 'N(%s)' % n.id + ('@%d:%d' % (n.lineno, n.col_offset) if where else '')
    return 'X(%s)' % type(n).__name__

where = sys.argv[1] == 'where'
for line in sys.stdin:
    src = bytes.fromhex(line.strip()).decode('utf-8')
    try:
        node = ast.parse(src).body[0].value
        print(canon(node, where))
    except SyntaxError as e:
        print('E(%s|%d|%d)' % (e.msg, e.lineno, e.offset))
)PY";

// Runs the oracle over `sources`; one canonical line per source.
std::vector<std::string> oracle(const std::vector<std::string>& sources, bool where = false) {
    std::string input;
    for (const auto& s : sources) input += to_hex(s) + "\n";
    return python_lines(kOracle, input, where ? "where" : "plain");
}

// Code points of WTF-8 text (surrogates come as ordinary 3-byte sequences).
std::string code_points(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto lead = static_cast<unsigned char>(s[i]);
        const int n = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        char32_t c = n == 1 ? lead : n == 2 ? (lead & 0x1F) : n == 3 ? (lead & 0x0F) : (lead & 0x07);
        for (int k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        if (!out.empty()) out += ' ';
        out += fmt::format("{:x}", static_cast<std::uint32_t>(c));
        i += n;
    }
    return out;
}

std::string g17(double v) {  // Python's '%.17g' % v
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return buf;
}

std::string canon(const ast::Expr* e, bool where = false) {
    using Kind = ast::ConstantValue::Kind;
    if (const auto* c = ast::as<ast::Constant>(e)) {
        const auto& v = c->value;
        switch (v.kind) {
            case Kind::Str: return fmt::format("S{}({})", c->kind.value_or(""), code_points(v.text));
            case Kind::Bytes: {
                std::string hex;
                for (const unsigned char b : v.text) hex += fmt::format("{}{:02x}", hex.empty() ? "" : " ", b);
                return "B(" + hex + ")";
            }
            case Kind::Int: return "I(" + v.text + ")";
            case Kind::Float: return "D(" + g17(v.number) + ")";
            case Kind::Complex: return "C(" + g17(v.number) + ")";
            default: return "X(Constant)";
        }
    }
    if (const auto* j = ast::as<ast::JoinedStr>(e)) {
        std::string out = "J[";
        for (std::size_t i = 0; i < j->values.size(); ++i) out += (i ? "," : "") + canon(j->values[i], where);
        return out + "]";
    }
    if (const auto* f = ast::as<ast::FormattedValue>(e)) {
        return fmt::format("F({};{};{})", canon(f->value, where), f->conversion,
                           f->format_spec ? canon(f->format_spec, where) : "-");
    }
    if (const auto* n = ast::as<ast::Name>(e)) {
        return "N(" + n->id + ")" + (where ? fmt::format("@{}:{}", n->loc.lineno, n->loc.col_offset) : "");
    }
    return "X(?)";
}

// Splits a source line of adjacent string literals into STRING tokens, as the lexer would.
std::vector<literals::StringToken> lex_strings(std::string_view src) {
    std::vector<literals::StringToken> tokens;
    int line = 1;
    std::size_t line_start = 0;
    std::size_t i = 0;
    auto advance = [&](std::size_t n) {
        for (std::size_t k = 0; k < n && i < src.size(); ++k, ++i) {
            if (src[i] == '\n') {
                ++line;
                line_start = i + 1;
            }
        }
    };
    while (i < src.size()) {
        if (src[i] == ' ' || src[i] == '\n') {
            advance(1);
            continue;
        }
        const std::size_t start = i;
        const int start_line = line;
        const int col = static_cast<int>(i - line_start);
        int char_col = 0;
        for (std::size_t k = line_start; k < i; ++k) char_col += (static_cast<unsigned char>(src[k]) & 0xC0) != 0x80;
        while (i < src.size() && src[i] != '\'' && src[i] != '"') advance(1);
        const char q = src[i];
        const bool triple = src.substr(i, 3) == std::string(3, q);
        advance(triple ? 3 : 1);
        while (i < src.size()) {
            if (src[i] == '\\') {
                advance(2);
            } else if (triple ? src.substr(i, 3) == std::string(3, q) : src[i] == q) {
                advance(triple ? 3 : 1);
                break;
            } else {
                advance(1);
            }
        }
        tokens.push_back({src.substr(start, i - start), start_line, col, char_col});
    }
    return tokens;
}

// A stand-in for the real parser: field expressions here are names or decimal integers.
struct StubParser {
    ast::AstArena& arena;
    Diagnostics& diags;
    ast::Expr* operator()(std::string_view source, int line, int col) const {
        std::size_t b = source.find_first_not_of(" \t\n\f");
        std::size_t e = source.find_last_not_of(" \t\n\f");
        const std::string_view text = source.substr(b, e - b + 1);
        line += static_cast<int>(std::count(source.begin(), source.begin() + static_cast<long>(b), '\n'));
        const std::size_t nl = source.substr(0, b).rfind('\n');
        col = nl == std::string_view::npos ? col + static_cast<int>(b) : static_cast<int>(b - nl - 1);
        ast::Location loc{line, col, line, col + static_cast<int>(text.size())};
        if (text.find_first_not_of("0123456789") == std::string_view::npos) {
            auto* c = arena.make<ast::Constant>(loc);
            c->value.kind = ast::ConstantValue::Kind::Int;
            c->value.text = std::string(text);
            return c;
        }
        for (const char ch : text) {
            if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || (ch & 0x80))) {
                diags.error(line, col + 1, "f-string: invalid syntax (test stub)");
                return nullptr;
            }
        }
        auto* n = arena.make<ast::Name>(loc);
        n->id = std::string(text);
        return n;
    }
};

std::string ours(const std::string& src, bool where = false) {
    ast::AstArena arena;
    Diagnostics diags;
    const literals::ParseExpr parse = StubParser{arena, diags};
    const ast::Expr* e = literals::build_strings(lex_strings(src), arena, parse, diags);
    if (e == nullptr) {
        if (diags.all().empty()) return "E(no diagnostic)";
        const Diagnostic& d = diags.all().front();
        return fmt::format("E({}|{}|{})", d.message, d.line, d.column);
    }
    EXPECT_FALSE(diags.has_errors()) << src;
    return canon(e, where);
}

void expect_same_as_python(const std::vector<std::string>& sources, bool where = false) {
    const std::vector<std::string> expected = oracle(sources, where);
    ASSERT_EQ(expected.size(), sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i) {
        EXPECT_EQ(ours(sources[i], where), expected[i]) << "source: " << sources[i];
    }
}

TEST(Strings, PlainAndPrefixed) {
    expect_same_as_python({
        R"("")", R"('')", R"("""""")", R"('''''')", R"("abc")", R"('a"b')", R"("a'b")", R"("""a"b""")",
        R"('''it's''')", "\"\"\"line1\nline2\"\"\"", R"(r"a\nb")", R"(R"\x")", R"(b"abc")", R"(B"a\x41")",
        R"(rb"\x41")", R"(bR"\n")", R"(Rb"\\")", R"(BR"a")", R"(u"abc")", R"(U"abc")", R"(u"")",
        R"("é€𝄞")", R"(r"é\é")", R"("\é")", R"("a\\é")", R"("\\\é")",
    });
}

TEST(Strings, Escapes) {
    expect_same_as_python({
        R"("\\ \' \" \a \b \f \n \r \t \v")", R"("\0 \7 \07 \077 \0777 \101 \400 \777 \8 \9")",
        R"("\x41\x7e\xff\xFf")", R"("\u0041\u20ac\uFFFF")", R"("\U0001F600\U00000041\U0010FFFF")",
        R"("\ud800")", R"("\ud800\udc00")", R"("\udfff\U0000DC80")", "\"abc\\\ndef\"", "'''a\\\nb\nc'''",
        R"("\q\z\ \{")", R"("\N{LATIN SMALL LETTER A}")", R"("\N{latin small letter sharp s}")",
        R"("\N{EURO SIGN}\N{BYTE ORDER MARK}\N{BOM}\N{LINE FEED}\N{NULL}")",
        R"("\N{CJK UNIFIED IDEOGRAPH-4E00}\N{CJK UNIFIED IDEOGRAPH-04E00}\N{CJK UNIFIED IDEOGRAPH-2A6DF}")",
        R"("\N{HANGUL SYLLABLE GA}\N{HANGUL SYLLABLE A}\N{HANGUL SYLLABLE GAG}\N{HANGUL SYLLABLE PWILH}")",
        R"("\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{cjk compatibility ideograph-f900}")",
        R"("\N{KHITAN SMALL SCRIPT CHARACTER-18B00}\N{NUSHU CHARACTER-1B170}")",
        R"("\N{VS256}\N{ZWNJ}\N{PRIVATE USE AREA-E000}")", R"(b"\\ \' \" \a \b \f \n \r \t \v \0 \777 \101")",
        R"(b"\x41\xff\xFF")", R"(b"\u1234\U00012345\N{LATIN SMALL LETTER A}\q\8")", "b'a\\\nb'",
        R"("a" 'b' """c""" '''d''')", R"(u"a" "b")", R"("a" u"b")", R"(b"a" B"b" rb"\n")", R"(r"\x" "\x41")",
    });
}

TEST(Strings, Errors) {
    expect_same_as_python({
        R"("\x")", R"("\x4")", R"("ab\x4")", R"("\xg0")", R"("\u12")", R"("\u12345")", R"("a\U0011")",
        R"("\U00110000")", R"("\U0010ffff\U00110000")", R"("\N")", R"("\Nab")", R"("\N{}")", R"("\N{LATIN")",
        R"("\N{foo}")", R"("ab\N{foo}cd")", R"("\N{ LATIN SMALL LETTER A}")", R"("\N{KEYCAP NUMBER SIGN}")",
        R"("\N{cjk unified ideograph-4E00}")", R"("\N{CJK UNIFIED IDEOGRAPH-4e00}")",
        R"("\N{CJK UNIFIED IDEOGRAPH-004E00}")", R"("\N{CJK UNIFIED IDEOGRAPH-2A6E0}")",
        R"("\N{hangul syllable GA}")", R"("\N{HANGUL SYLLABLE ga}")", R"("\N{HANGUL SYLLABLE }")",
        R"("\N{TANGUT IDEOGRAPH-17000}")", R"("é\x4")", R"("é\N{é}")", R"("\xé")", R"("é\\é\U1")",
        R"(b"\x")", R"(b"\x4")", R"(b"\8\x")", R"(b"ab\xzz")", R"(b"é")", R"(rb"é")", R"("a" b"é")",
        R"(b"a" b"é")", R"("a" b"b")", R"(b"a" "b")", R"(b"a" f"b")", R"(f"{x}" b"a")", R"("\x" b"a")",
        R"("a" b"\x")", "\"\"\"\nab\\x4\"\"\"", "b\"\"\"a\n  é\"\"\"", "'a' \"\"\"b\n\" \"\"\" f'{x!z}'",
    });
}

TEST(FStrings, Values) {
    expect_same_as_python({
        R"(f"")", R"(f"" f"")", R"(f"abc")", R"(f"{x}")", R"(F"a{x}b{y}c")", R"(f"{x!r}{y!s}{z!a}")",
        R"(f"{x:>10}")", R"(f"{x:}")", R"(f"{x!r:^{w}.{p}}")", R"(f"{x:{y}>{z!s:}}")",
        R"(f"{{}}")", R"(f"{{{x}}}")", R"(f"a{{b{x}c")", R"(f"\{6}")", R"(f"\{{6}}")", R"(f"\}}")",
        R"(f"\n{x}\t")", R"(rf"\n{x}\t")", R"(fR"\N{x}")", R"(f"\N{LATIN SMALL LETTER A}{x}\N{DIGIT ONE}")",
        R"(f"\N{LEFT CURLY BRACKET}")", R"(f"{x = }")", R"(f"{x=}")", R"(f"{x=!s}")", R"(f"{x =!a}")",
        R"(f"{x=:>10}")", R"(f"{ x = :^10}")", R"(f"{x=!r:>10}")", R"(f"é{x=}é")", R"(f"{é}")",
        R"(f"{x:=10}")", R"(f"{x:{y=}}")", "f'''{x\n!r}'''", "f'''{\nx\n}'''", "f'''a\n{x}\nb'''",
        R"("a" f"b")", R"(f"{x}" "" f"a")", R"(f"{{{x}}}" "{}" f"{{")", R"("a" f"{x}" "b" f"c" 'd')",
        R"(u"a" f"b{c}")", R"(u"a" f"{x:>{y}}")", R"(u"a" f"{x:>}")", R"(f"{x}" u"a")",
        R"(f"{x:a{y}b{z}c}")", R"(f"{x}{x}{x}")", R"(f"{ x }")", "f'''{x:\n>10}'''",
    });
}

TEST(FStrings, Errors) {
    expect_same_as_python({
        R"(f"{")", R"(f"}")", R"(f"a}b")", R"(f"{x}}")", R"(f"{}")", R"(f"{ }")", R"(f"{!r}")",
        R"(f"{=}")", R"(f"{x!z}")", R"(f"{x!}")", R"(f"{x!")", R"(f"{x:")", R"(f"{x!r")", R"(f"{x!r=}")",
        R"(f"{x!s }")", R"(f"{x=")", R"(f"{x<")", R"(f"{x)}")", R"(f"{x]}")", R"(f"{(}")", R"(f"{[)}")",
        R"(f"{a#}")", R"(f"{'a}")", R"(f'{"\n"}')", R"(f"{x:{y:{z}}}")", R"(f"{x:{y!z}}")",
        R"(f"{x!r:{y}")", R"(f"{x:a{{b}")", R"(f"{x:a}}b}")", R"(f"{x:}}")", R"(f"\Nab")", R"(f"\x4{x}")",
        R"(f"{x" f"}")", R"(f"ab{{\x4")", R"(f"{x}\N{foo}")", R"("\x4" f"{")", R"(f"{" "\x4")",
        R"(f"{x:{y}")", R"(f"{x:{")", R"(f"{:}")", R"(f"{ :!}")", R"(f"{:2}")", "f'''{\t\f\r\n:a}'''",
        R"(f"{:")", R"(f"{!}")", R"(f"{!'")", R"(f"{!s:")", R"(f"{ !xr:a}")", R"(f"{   =!}")", R"(f"{=")",
        "f'''{\t\f\r\n}'''", R"(f"{10:{ }}")", R"(f'{3:}>10}')", R"(f'\u007b}')", R"(f'{3:{{>10}')",
        R"(f'{C=]')", "f'{" + std::string(201, '(') + "}'", "f'{" + std::string(200, '(') + "}'",
    });
}

TEST(FStrings, ExpressionLocations) {
    // Single-line fields with distinct text, where CPython 3.11's locations are exact.
    expect_same_as_python({R"(f"{x}")", R"(f"ab{ cd }ef{g!r}")", R"("é" f"é{x}")", R"(f"{a:{b}}")",
                           R"(f"{a=}")", R"("a" f"b" f"{q}")"},
                          true);
}

TEST(FStrings, CallbackSeesTheExpressionText) {
    ast::AstArena arena;
    Diagnostics diags;
    std::vector<std::string> seen;
    const literals::ParseExpr parse = [&](std::string_view source, int line, int col) -> ast::Expr* {
        seen.push_back(fmt::format("{}@{}:{}", source, line, col));
        auto* n = arena.make<ast::Name>();
        n->id = "v";
        return n;
    };
    const auto tokens = lex_strings("f'{a[\"]\"]}{ (b) !r}{c:{d}}' f'''\n  {e\n}'''");
    ASSERT_NE(literals::build_strings(tokens, arena, parse, diags), nullptr);
    EXPECT_EQ(seen, (std::vector<std::string>{"a[\"]\"]@1:3", " (b) @1:11", "c@1:20", "d@1:23", "e\n@2:3"}));
}

TEST(Strings, LocationsSpanTheAtom) {
    ast::AstArena arena;
    Diagnostics diags;
    const literals::ParseExpr parse = StubParser{arena, diags};
    std::vector<literals::StringToken> tokens = {{"'a'", 3, 4}, {"f'''b\nc{x}'''", 3, 9}};
    const auto* joined = ast::as<ast::JoinedStr>(literals::build_strings(tokens, arena, parse, diags));
    ASSERT_NE(joined, nullptr);
    const ast::Location loc = joined->loc;
    EXPECT_EQ(fmt::format("{}:{}-{}:{}", loc.lineno, loc.col_offset, loc.end_lineno, loc.end_col_offset), "3:4-4:7");
    ASSERT_EQ(joined->values.size(), 2u);
    EXPECT_EQ(joined->values[0]->loc.end_col_offset, 7);
    EXPECT_EQ(joined->values[1]->loc.lineno, 3);
}

TEST(Strings, ErrorPositionCanBeGiven) {
    ast::AstArena arena;
    Diagnostics diags;
    const literals::ParseExpr parse = StubParser{arena, diags};
    EXPECT_EQ(literals::build_strings({{R"("\x")", 1, 0}}, arena, parse, diags, literals::ErrorPosition{7, 9}),
              nullptr);
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].line, 7);
    EXPECT_EQ(diags.all()[0].column, 9);
}

TEST(Strings, SurrogatesAreWtf8) {
    std::string out;
    std::string error;
    ASSERT_TRUE(literals::decode_str_escapes(R"(\ud800\udc00)", out, error));
    EXPECT_EQ(out, "\xED\xA0\x80\xED\xB0\x80");
}

// The corpus oracle: tokenizes real files, groups adjacent STRING tokens into atoms and prints, for each atom
// the AST has, its tokens (hex text, line, byte column, character column) and the canonical value, with
// every field expression shown as N(?).
constexpr const char* kCorpusOracle = R"PY(
import ast, sys, tokenize, io, os

def cps(s):
    return ' '.join('%x' % ord(c) for c in s)

def canon(n):
    if isinstance(n, ast.Constant):
        v = n.value
        if isinstance(v, str):
            return 'S%s(%s)' % (n.kind or '', cps(v))
        if isinstance(v, bytes):
            return 'B(%s)' % v.hex(' ')
    if isinstance(n, ast.JoinedStr):
        return 'J[%s]' % ','.join(canon(x) for x in n.values)
    if isinstance(n, ast.FormattedValue):
        return 'F(N(?);%d;%s)' % (n.conversion, canon(n.format_spec) if n.format_spec else '-')
    return 'X(%s)' % type(n).__name__

def files(args):
    for a in args:
        if os.path.isdir(a):
            for d, dirs, names in os.walk(a):
                dirs.sort()
                yield from (os.path.join(d, n) for n in sorted(names) if n.endswith('.py'))
        else:
            yield a

for path in files(sys.argv[1:]):
    try:
        src = open(path, 'rb').read()
        tree = ast.parse(src)
        text = src.decode(tokenize.detect_encoding(io.BytesIO(src).readline)[0])
        toks = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except Exception:
        continue
    nodes = {}
    for n in ast.walk(tree):  # breadth first: an atom's node comes before the parts that share its span
        if isinstance(n, (ast.Constant, ast.JoinedStr)) and hasattr(n, 'lineno'):
            nodes.setdefault((n.lineno, n.col_offset, n.end_lineno, n.end_col_offset), n)
    lines = text.splitlines(keepends=True)
    def bcol(row, col):
        return len(lines[row - 1][:col].encode('utf-8'))
    group = []
    def flush():
        if group:
            first, last = group[0], group[-1]
            n = nodes.get((first.start[0], bcol(*first.start), last.end[0], bcol(*last.end)))
            if n is not None:
                parts = ['%s:%d:%d:%d' % (t.string.encode('utf-8').hex(), t.start[0], bcol(*t.start), t.start[1])
                         for t in group]
                print(' '.join(parts) + '\t' + canon(n))
            group.clear()
    for t in toks:
        if t.type == tokenize.STRING:
            group.append(t)
        elif t.type not in (tokenize.NL, tokenize.COMMENT):
            flush()
    flush()
)PY";

// Every string atom of real Python files, compared with python3's AST. The default sample is a few
// literal-heavy stdlib files; set PY2CPP_LITERALS_CORPUS to files or directories (space-separated) for more.
TEST(Corpus, StdlibStringAtoms) {
    std::string targets;
    if (const char* env = std::getenv("PY2CPP_LITERALS_CORPUS")) {
        targets = env;
    } else {
        const std::vector<std::string> lib =
            python_lines("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        ASSERT_EQ(lib.size(), 1u);
        for (const char* f : {"test/test_fstring.py", "test/test_string_literals.py", "test/test_unicode.py",
                              "test/test_ucn.py", "test/test_bytes.py", "test/test_format.py", "string.py",
                              "pydoc.py", "argparse.py", "ast.py", "locale.py", "unittest/case.py"}) {
            targets += " " + lib[0] + "/" + f;
        }
    }
    int atoms = 0;
    int failures = 0;
    auto check = [&](const std::string& record) {
        const std::size_t tab = record.find('\t');
        std::vector<std::string> texts;
        std::vector<literals::StringToken> tokens;
        std::istringstream parts(record.substr(0, tab));
        for (std::string part; parts >> part;) {
            std::vector<std::string> fields;
            std::istringstream f(part);
            for (std::string field; std::getline(f, field, ':');) fields.push_back(field);
            texts.push_back(from_hex(fields[0]));
            tokens.push_back({{}, std::stoi(fields[1]), std::stoi(fields[2]), std::stoi(fields[3])});
        }
        for (std::size_t i = 0; i < tokens.size(); ++i) tokens[i].text = texts[i];
        ast::AstArena arena;
        Diagnostics diags;
        const literals::ParseExpr any = [&](std::string_view, int, int) -> ast::Expr* {
            auto* n = arena.make<ast::Name>();
            n->id = "?";
            return n;
        };
        const ast::Expr* e = literals::build_strings(tokens, arena, any, diags);
        std::string got = e != nullptr ? canon(e) : "E(" + (diags.all().empty() ? "" : diags.all()[0].message) + ")";
        ++atoms;
        if (got != record.substr(tab + 1) && ++failures <= 20) {
            ADD_FAILURE() << "atom: " << texts[0] << "\n ours:   " << got.substr(0, 300)
                          << "\n python: " << record.substr(tab + 1, 300);
        }
    };
    run_python(kCorpusOracle, targets, "", check);
    EXPECT_EQ(failures, 0);
    EXPECT_GT(atoms, 1000);
    std::printf("checked %d string atoms\n", atoms);
}

TEST(UnicodeNames, EveryNamePythonKnows) {
    // Every code point unicodedata.name() knows, looked up by that name (aliases and case are in Escapes).
    const std::string script = R"PY(
import unicodedata
for c in range(0x110000):
    n = unicodedata.name(chr(c), None)
    if n: print('%x %s' % (c, n))
)PY";
    int checked = 0;
    for (const std::string& line : python_lines(script)) {
        const std::size_t space = line.find(' ');
        const auto code = static_cast<char32_t>(std::stoul(line.substr(0, space), nullptr, 16));
        const std::string name = line.substr(space + 1);
        const auto found = unicode::lookup_name(name);
        ASSERT_TRUE(found.has_value()) << name;
        EXPECT_EQ(static_cast<std::uint32_t>(*found), static_cast<std::uint32_t>(code)) << name;
        ++checked;
    }
    EXPECT_GT(checked, 100000);
}

TEST(Numbers, SameAsPython) {
    const std::vector<std::string> numbers = {
        "0", "00", "0_0", "7", "1_000_000", "9223372036854775807", "9223372036854775808",
        "18446744073709551615", "18446744073709551616", "123456789012345678901234567890",
        "0x0", "0xff", "0XdeadBEEF", "0x_ff", "0xffffffffffffffff", "0x1_0000_0000_0000_0000",
        "0o17", "0O777", "0o_7", "0o1777777777777777777777", "0o2000000000000000000000", "0b0", "0b1_0",
        "0B" + std::string(64, '1'), "0b1" + std::string(100, '0'), "0x" + std::string(2000, 'f'),
        std::string(4300, '7'), "0.0", "1.", ".5", "1.5", "1e10", "1E+10", "1e-10", "1_0.5e-3", "1_0e1_0",
        "0.1", "3.141592653589793238462643383279", "1e308", "1.7976931348623157e308", "1e309", "1e400",
        "1e-400", "5e-324", "2e-324", "4.9e-324", "00.5", "0777.0", "1" + std::string(400, '0') + ".0",
        "0j", "1j", "1.5J", "10j", "0777j", "1e5j", "1_0j", ".5j", "1e400j", std::string(4301, '1') + "j",
    };
    std::vector<std::string> sources;
    for (const auto& n : numbers) sources.push_back(n);
    const std::vector<std::string> expected = oracle(sources);
    ASSERT_EQ(expected.size(), numbers.size());
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        ast::ConstantValue value;
        ASSERT_TRUE(literals::parse_number(numbers[i], value)) << numbers[i];
        const ast::Expr* e = nullptr;
        ast::Constant c;
        c.value = value;
        e = &c;
        EXPECT_EQ(canon(e), expected[i]) << numbers[i].substr(0, 80);
    }
}

TEST(Numbers, DecimalDigitLimit) {
    ast::ConstantValue value;
    std::string error;
    const std::string big = std::string(4301, '1');
    EXPECT_FALSE(literals::parse_number(big, value, &error));
    const std::vector<std::string> expected = oracle({big});
    ASSERT_EQ(expected.size(), 1u);
    EXPECT_EQ("E(" + error + "|1|0)", expected[0]);
    std::string underscored;
    for (int i = 0; i < 4300; ++i) underscored += i ? "_1" : "1";
    EXPECT_TRUE(literals::parse_number(underscored, value, &error));  // underscores do not count
}

TEST(Numbers, MalformedTokensAreRejected) {
    ast::ConstantValue value;
    for (const char* bad : {"", "_", "1_", "_1", "0x", "0xg", "0b2", "0o8", "012", "1e", "1e+", "j", ".", "1..2",
                            "inf", "nan", "0x1p3", "1.5x", "--1"}) {
        EXPECT_FALSE(literals::parse_number(bad, value)) << bad;
    }
}

}  // namespace
}  // namespace py2cpp
