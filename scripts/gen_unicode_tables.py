#!/usr/bin/env python3
# Build tool — writes the C++ Unicode tables (printable, XID_Start, XID_Continue) from this Python's unicodedata.
"""Usage: gen_unicode_tables.py OUTPUT.cpp

The tables are derived from the running interpreter's own str methods rather than from the UCD files, so
they agree with CPython by construction: `is_printable` is str.isprintable(), `is_xid_start` is
str.isidentifier() of the lone character, `is_xid_continue` the same after a leading 'a'. Run it with the
Python 3.11 the project targets: a different version means a different Unicode version.
"""
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF


def ranges(predicate):
    """Sorted, disjoint, inclusive [first, last] ranges of the code points where predicate holds."""
    out = []
    start = None
    for c in range(MAX_CODE_POINT + 2):  # one past the end closes a trailing range
        inside = c <= MAX_CODE_POINT and predicate(c)
        if inside and start is None:
            start = c
        elif not inside and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def emit_table(name, table):
    lines = [f"constexpr Range {name}[] = {{"]
    row = []
    for first, last in table:
        row.append(f"{{0x{first:X}, 0x{last:X}}},")
        if len(row) == 6:
            lines.append("    " + " ".join(row))
            row = []
    if row:
        lines.append("    " + " ".join(row))
    lines.append("};")
    return "\n".join(lines)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    # Storing the non-printable set keeps the table small: most of the code space is unassigned (Cn).
    non_printable = ranges(lambda c: not chr(c).isprintable())
    xid_start = ranges(lambda c: chr(c).isidentifier())
    xid_continue = ranges(lambda c: ("a" + chr(c)).isidentifier())
    version = ".".join(map(str, sys.version_info[:3]))
    text = f"""\
// Front end — Unicode tables for str.isprintable() and str.isidentifier(); generated, do not edit.
// Written by scripts/gen_unicode_tables.py from Python {version}'s unicodedata (Unicode {unicodedata.unidata_version}).
#include "frontend/unicode_tables.h"

#include <algorithm>
#include <iterator>

namespace py2cpp::unicode {{
namespace {{

struct Range {{
    char32_t first;
    char32_t last;  // inclusive
}};

{emit_table("kNonPrintable", non_printable)}

{emit_table("kXidStart", xid_start)}

{emit_table("kXidContinue", xid_continue)}

template <std::size_t N>
bool in_ranges(const Range (&table)[N], char32_t c) {{
    // The first range that ends at or after c is the only one that can hold it.
    const Range* it = std::lower_bound(std::begin(table), std::end(table), c,
                                       [](const Range& r, char32_t v) {{ return r.last < v; }});
    return it != std::end(table) && it->first <= c;
}}

}}  // namespace

bool is_printable(char32_t c) {{
    if (c < 0x7F) return c >= 0x20;  // the common case, without a search
    return c <= 0x{MAX_CODE_POINT:X} && !in_ranges(kNonPrintable, c);
}}

bool is_xid_start(char32_t c) {{ return in_ranges(kXidStart, c); }}

bool is_xid_continue(char32_t c) {{ return in_ranges(kXidContinue, c); }}

}}  // namespace py2cpp::unicode
"""
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
