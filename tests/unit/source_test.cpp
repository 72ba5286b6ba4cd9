// Tests — source loading (BOM, coding cookies, UTF-8 checks, NUL bytes, line index) and diagnostic printing.
//
// Decoding results and error messages are compared with python3 at test time: compile() of the same bytes
// for cookies and codecs, running the file for NUL bytes and unreadable paths, bytes.decode for the UTF-8
// checker (whose positions count from the start of the file, see source.cpp).
#include "frontend/source.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "tests/unit/python_oracle.h"

namespace py2cpp {
namespace {

using testing::from_hex;
using testing::python_lines;
using testing::to_hex;

std::string run(const std::string& command) { return testing::run_command(command); }


std::filesystem::path temp_path(const std::string& name) {
    return std::filesystem::temp_directory_path() / ("py2cpp_source_" + std::to_string(::getpid()) + "_" + name);
}

struct Loaded {
    bool ok;
    SourceFile source;
    Diagnostics diags;
};

Loaded load(const std::string& bytes) {
    Loaded r{false, {}, {}};
    r.ok = r.source.load_from_bytes("t.py", bytes, r.diags);
    return r;
}

std::string first_message(const Loaded& r) { return r.diags.all().empty() ? "" : r.diags.all().front().message; }

TEST(SourceFile, LinesAndNewlines) {
    auto r = load("a = 1\r\nb = 2\rc = 3\n\nd");
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.source.text(), "a = 1\nb = 2\nc = 3\n\nd");
    EXPECT_EQ(r.source.line_count(), 5);
    EXPECT_EQ(r.source.line(1), "a = 1");
    EXPECT_EQ(r.source.line(3), "c = 3");
    EXPECT_EQ(r.source.line(4), "");
    EXPECT_EQ(r.source.line(5), "d");
    EXPECT_EQ(r.source.line(6), "");
    EXPECT_EQ(r.source.line(0), "");
    EXPECT_EQ(load("").source.line_count(), 0);
    EXPECT_EQ(load("x\n").source.line_count(), 1);
    EXPECT_EQ(load("x\n\n").source.line_count(), 2);
}

TEST(SourceFile, Utf8Column) {
    EXPECT_EQ(utf8_column("abc", 2), 2);
    EXPECT_EQ(utf8_column("é中x", 5), 2);   // two bytes, three bytes
    EXPECT_EQ(utf8_column("é中x", 6), 3);
    EXPECT_EQ(utf8_column("ab", 99), 2);    // clamped
    EXPECT_EQ(utf8_column("ab", -1), 0);
}

TEST(SourceFile, BomAndCookiePlacement) {
    auto bom = load("\xEF\xBB\xBFx = 'é'\n");
    ASSERT_TRUE(bom.ok);
    EXPECT_EQ(bom.source.text(), "x = 'é'\n");
    // Line 2 counts after a shebang or blank line, not after code; line 3 never.
    EXPECT_EQ(load("#!/usr/bin/env python\n# -*- coding: latin-1 -*-\nx = '\xE9'\n").source.line(3), "x = 'é'");
    EXPECT_EQ(load("\n# coding: latin-1\nx = '\xE9'\n").source.line(3), "x = 'é'");
    EXPECT_EQ(first_message(load("import os\n# coding: latin-1\nx = '\xE9'\n")),
              "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 33: invalid continuation byte");
    EXPECT_TRUE(load("\n\n# coding: xyz\n").ok);
    EXPECT_TRUE(load("x = 1  # coding: xyz\n").ok);  // not a comment-only line
    EXPECT_TRUE(load("# coding: \n").ok);            // an empty name is no cookie
}

// Cookie spellings × payloads, each compiled by CPython: the decoded text or the exact error must agree.
TEST(SourceFile, CookiesMatchPythonCompile) {
    const std::vector<std::string> names = {
        "latin-1", "Latin-1", "LATIN_1", "latin1", "iso-8859-1", "iso8859-1", "ISO_8859-1", "l1", "iso-latin-1",
        "latin-1-unix", "utf-8", "UTF8", "utf_8", "u8", "utf-8-sig", "UTF-8-foo", "cp65001", "ascii", "us-ascii",
        "646", "ANSI_X3.4-1968", "iso-8859-2", "iso8859-3", "iso-8859-4", "cyrillic", "iso-8859-6", "greek",
        "hebrew", "latin5", "iso-8859-10", "thai", "iso-8859-13", "latin8", "iso-8859-15", "latin9",
        "iso-8859-16", "cp1250", "cp1251", "windows-1252", "1253", "cp1254", "cp1256", "cp1257", "cp437",
        "ibm850", "cp852", "866", "koi8-r", "KOI8-U", "xyz", "cp-1252", "utf8-sig", "iso-8859-99", "latin..1"};
    std::string input;
    for (const auto& name : names) input += name + "\n";
    const auto lines = python_lines(R"PY(
import codecs, sys
for name in sys.stdin.read().split():
    try:
        codec = codecs.lookup(name).name
        singles = [b for b in range(0x80, 0x100) if len(bytes([b]).decode(codec, 'ignore')) == 1]
        # Every pair of decodable bytes, so a decoder that composes combining marks shows up.
        pairs = b''.join(bytes([a, b, 0x20]) for a in singles for b in singles)
        others = pairs or 'é€中😀'.encode(codec, 'ignore')
    except LookupError:
        others = b''
    for payload in (bytes(range(0x80, 0x100)), others):
        data = b'# -*- coding: ' + name.encode() + b' -*-\nx = \'' + payload + b'\'\n'
        try:
            ns = {}
            exec(compile(data, 't.py', 'exec'), ns)
            print(data.hex(), 'ok', ns['x'].encode('utf-8').hex())
        except SyntaxError as e:
            msg = e.msg
            if msg.startswith('(unicode error)'):
                # CPython counts from the string literal here; we count from the start of the file.
                try:
                    data.decode('utf-8')
                except UnicodeDecodeError as u:
                    msg = '(unicode error) ' + str(u)
            print(data.hex(), 'error', msg.encode().hex())
)PY",
                                    input);
    ASSERT_EQ(lines.size(), 2 * names.size());
    for (const std::string& line : lines) {
        std::istringstream fields(line);
        std::string data_hex, outcome, value_hex;
        fields >> data_hex >> outcome >> value_hex;
        const std::string data = from_hex(data_hex);
        const auto r = load(data);
        if (outcome == "ok") {
            ASSERT_TRUE(r.ok) << data << ": " << first_message(r);
            const std::string line2(r.source.line(2));
            EXPECT_EQ(line2.substr(5, line2.size() - 6), from_hex(value_hex)) << data;
        } else {
            EXPECT_FALSE(r.ok) << data;
            EXPECT_EQ(first_message(r), from_hex(value_hex)) << to_hex(data);
        }
    }
}

TEST(SourceFile, CookieErrorsMatchPythonCompile) {
    const std::vector<std::string> cases = {
        "\xEF\xBB\xBF# coding: latin-1\nx = 1\n",
        "\xEF\xBB\xBF# coding: utf8\n",
        "\xEF\xBB\xBF# coding: utf-8\n",
        "\xEF\xBB\xBF# coding: UTF_8-sig\n",
        "# coding: xyz\n",
        "#!python\n# vim: fileencoding=xyz\n",
        "  \t# coding=latin-1 coding: xyz\n",
        "# coding: ascii\nx = '\x80'\n",
        "\n# coding: cp1252\r\nx = '\x81'\r\n",
    };
    std::string input;
    for (const auto& c : cases) input += to_hex(c) + "\n";
    const auto expected = python_lines(R"PY(
import sys
for line in sys.stdin:
    try:
        compile(bytes.fromhex(line.strip()), 't.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg)
)PY",
                                       input);
    ASSERT_EQ(expected.size(), cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto r = load(cases[i]);
        EXPECT_EQ(r.ok ? "ok" : first_message(r), expected[i]) << cases[i];
    }
}

TEST(SourceFile, UnsupportedEncodingsAreNamed) {
    EXPECT_EQ(first_message(load("# coding: shift_jis\n")), "encoding not supported by py2cpp: shift_jis");
    EXPECT_EQ(first_message(load("# coding: EUC-JP\n")), "encoding not supported by py2cpp: EUC-JP");
    EXPECT_EQ(first_message(load("# coding: utf-16\n")), "encoding not supported by py2cpp: utf-16");
    EXPECT_EQ(first_message(load("# coding: windows-1258\n")), "encoding not supported by py2cpp: windows-1258");
}

// Random byte soup, heavy on UTF-8 lead and continuation bytes: the first error (message, line, column)
// or the decoded text must match Python's decoder.
TEST(SourceFile, Utf8CheckMatchesPythonDecoder) {
    const std::vector<std::string> pool = {"a", " ", "\n", "\r", "\r\n", "\x80", "\xBF", "\xC0", "\xC1", "\xC2",
                                           "\xDF", "\xE0", "\xA0", "\x9F", "\xED", "\xEF", "\xF0", "\x90",
                                           "\x8F", "\xF4", "\xF5", "\xFF", "é", "中", "😀", "\xED\xA0\x80"};
    std::mt19937 rng(42);
    std::vector<std::string> cases;
    std::string input;
    for (int i = 0; i < 3000; ++i) {
        std::string s = rng() % 4 == 0 ? "\xEF\xBB\xBF" : "";
        for (int k = static_cast<int>(rng() % 10); k > 0; --k) s += pool[rng() % pool.size()];
        input += to_hex(s) + "\n";
        cases.push_back(std::move(s));
    }
    const auto expected = python_lines(R"PY(
import sys
for line in sys.stdin:
    data = bytes.fromhex(line.strip())
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    data = data.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
    try:
        print('ok', data.decode('utf-8').encode().hex())
    except UnicodeDecodeError as e:
        before = data[:e.start].decode('utf-8')
        column = len(before) - (before.rfind('\n') + 1) + 1
        print('error', before.count('\n') + 1, column, ('(unicode error) ' + str(e)).encode().hex())
)PY",
                                       input);
    ASSERT_EQ(expected.size(), cases.size());
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto r = load(cases[i]);
        std::string ours;
        if (r.ok) {
            ours = "ok " + to_hex(r.source.text());
        } else {
            const Diagnostic& d = r.diags.all().front();
            ours = "error " + std::to_string(d.line) + " " + std::to_string(d.column) + " " + to_hex(d.message);
        }
        EXPECT_EQ(ours, expected[i]) << to_hex(cases[i]);
    }
}

// CPython 3.11.7 running a file: the message, the line of the NUL, no column, the line shown up to the NUL.
TEST(SourceFile, NulBytesMatchPythonRunningTheFile) {
    const std::vector<std::string> cases = {std::string("x = 1\ny = 2\0\n", 12), std::string("\0x = 1\n", 7),
                                            std::string("x = 1 # ab\0cd\nz=3\n", 18),
                                            std::string("x = 1\r\ny = 2\0\n", 13), std::string("x = 1\n\0", 7),
                                            std::string("# coding: latin-1\nx = '\xE9'\0\n", 27)};
    for (const std::string& data : cases) {
        const auto path = temp_path("nul.py");
        std::ofstream(path, std::ios::binary) << data;
        const std::string out = run("python3 " + path.string() + " 2>&1");
        std::filesystem::remove(path);
        const std::size_t at = out.find(", line ");
        ASSERT_NE(at, std::string::npos) << out;
        const int python_line = std::stoi(out.substr(at + 7));
        const auto r = load(data);
        ASSERT_FALSE(r.ok);
        const Diagnostic& d = r.diags.all().front();
        EXPECT_EQ(d.line, python_line) << out;
        EXPECT_EQ(d.column, 0);
        EXPECT_NE(out.find("SyntaxError: " + d.message + "\n"), std::string::npos) << out;
        EXPECT_EQ(std::string(r.source.line(d.line)).find('\0'), std::string::npos);
    }
}

TEST(SourceFile, LoadFromDisk) {
    const auto path = temp_path("disk.py");
    std::ofstream(path, std::ios::binary) << "# coding: cp1252\r\nx = '\x80'\r\n";
    SourceFile source;
    Diagnostics diags;
    ASSERT_TRUE(source.load(path.string(), diags));
    EXPECT_EQ(source.path(), path.string());
    EXPECT_EQ(source.line(2), "x = '€'");
    std::filesystem::remove(path);

    // A missing file: the same words as `python3 missing.py`.
    const std::string missing = temp_path("missing.py").string();
    EXPECT_FALSE(source.load(missing, diags));
    ASSERT_EQ(diags.all().size(), 1u);
    EXPECT_EQ(diags.all()[0].line, 0);
    const std::string python = run("python3 " + missing + " 2>&1");
    EXPECT_NE(python.find(": " + diags.all()[0].message), std::string::npos) << python;
}

std::string printed(const std::string& text, int line, int column, Severity severity = Severity::Error) {
    SourceFile source;
    Diagnostics diags;
    source.load_from_bytes("dir/f.py", text, diags);
    diags.report(severity, line, column, "bad thing");
    std::ostringstream out;
    diags.print(out, source);
    return out.str();
}

TEST(Diagnostics, PrintsLineAndCaret) {
    EXPECT_EQ(printed("x = 1\ny = $\n", 2, 5), "dir/f.py:2:5: error: bad thing\ny = $\n    ^\n");
    EXPECT_EQ(printed("x\n", 1, 1, Severity::Warning), "dir/f.py:1:1: warning: bad thing\nx\n^\n");
    EXPECT_EQ(printed("x\n", 1, 1, Severity::Note), "dir/f.py:1:1: note: bad thing\nx\n^\n");
    // Tabs are kept in the caret line so it lines up; a code point is one column whatever its bytes.
    EXPECT_EQ(printed("\tif é:$\n", 1, 7), "dir/f.py:1:7: error: bad thing\n\tif é:$\n\t     ^\n");
}

TEST(Diagnostics, EdgeColumnsAndLines) {
    // No column: no caret. No line: just the file.
    EXPECT_EQ(printed("x = 1\n", 1, 0), "dir/f.py:1: error: bad thing\nx = 1\n");
    EXPECT_EQ(printed("x = 1\n", 0, 0), "dir/f.py: error: bad thing\n");
    // Past the end of the line: the caret goes just after it. Past the end of the file: no source line.
    EXPECT_EQ(printed("ab\n", 1, 50), "dir/f.py:1:50: error: bad thing\nab\n  ^\n");
    EXPECT_EQ(printed("ab\n", 7, 1), "dir/f.py:7:1: error: bad thing\n");
    EXPECT_EQ(printed("", 1, 1), "dir/f.py:1:1: error: bad thing\n");
}

TEST(Diagnostics, CountsErrorsOnly) {
    Diagnostics diags;
    diags.warning(1, 1, "w");
    EXPECT_FALSE(diags.has_errors());
    diags.error(2, 3, "e");
    EXPECT_TRUE(diags.has_errors());
    ASSERT_EQ(diags.all().size(), 2u);
    EXPECT_EQ(diags.all()[1].line, 2);
    EXPECT_EQ(diags.all()[1].column, 3);
    EXPECT_EQ(diags.all()[1].message, "e");
}

TEST(Diagnostics, DecodeErrorPointsAtTheByte) {
    SourceFile source;
    Diagnostics diags;
    EXPECT_FALSE(source.load_from_bytes("f.py", "x = 1\ny = 'é\xFF'\n", diags));
    std::ostringstream out;
    diags.print(out, source);
    EXPECT_EQ(out.str(),
              "f.py:2:7: error: (unicode error) 'utf-8' codec can't decode byte 0xff in position 13: invalid start "
              "byte\ny = 'é\xEF\xBF\xBD'\n      ^\n");
}

}  // namespace
}  // namespace py2cpp
