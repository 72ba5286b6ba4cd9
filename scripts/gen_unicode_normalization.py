#!/usr/bin/env python3
# Build tool — writes the Unicode normalization tables (decompositions, combining classes, composition pairs).
"""Usage: gen_unicode_normalization.py OUTPUT.inc

Writes C++ data (included by frontend/unicode_normalize.cpp) for the Unicode normalization algorithm, taken
from this Python's unicodedata so that the C++ code agrees with unicodedata.normalize() exactly:
  * kDecompositions: every code point with a one-level decomposition mapping (unicodedata.decomposition()),
    flagged compatibility ("<tag> ...") or canonical; the mapped-to code points are in kDecompositionText.
    Hangul syllables have none here: the algorithm computes theirs arithmetically.
  * kCombiningClasses: maximal runs of code points sharing one non-zero canonical combining class.
  * kCompositions: the primary composites, as (first, second) -> composite. A canonical decomposition of
    length 2 counts only if unicodedata.normalize('NFC', ...) of it gives the character back, which leaves out
    exactly what the algorithm must not recompose: the composition exclusions, singletons and non-starter
    decompositions. Hangul compositions are arithmetic too.
Run it with the Python 3.11 the project targets: another version means another Unicode version.
"""
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
HANGUL_FIRST, HANGUL_LAST = 0xAC00, 0xD7A3


def decompositions():
    """Sorted (code point, is_compat, [code points]) for every code point with a decomposition mapping."""
    out = []
    for c in range(MAX_CODE_POINT + 1):
        fields = unicodedata.decomposition(chr(c)).split()
        if not fields:
            continue
        compat = fields[0].startswith("<")
        if compat:
            fields = fields[1:]
        out.append((c, compat, [int(f, 16) for f in fields]))
    return out


def combining_runs():
    """Sorted, disjoint (first, last, class) runs of code points whose combining class is non-zero."""
    out = []
    for c in range(MAX_CODE_POINT + 1):
        ccc = unicodedata.combining(chr(c))
        if not ccc:
            continue
        if out and out[-1][1] == c - 1 and out[-1][2] == ccc:
            out[-1][1] = c
        else:
            out.append([c, c, ccc])
    return out


def compositions(decomps):
    """Sorted (first, second, composite) for every primary composite outside the Hangul block."""
    out = []
    for c, compat, parts in decomps:
        if compat or len(parts) != 2:
            continue
        if unicodedata.normalize("NFC", "".join(map(chr, parts))) == chr(c):
            out.append((parts[0], parts[1], c))
    return sorted(out)


def check(decomps, compositions_, runs):
    """The assumptions frontend/unicode_normalize.cpp relies on; a new Unicode version must still meet them."""
    def ccc(c):
        return unicodedata.combining(chr(c))

    for c, _, parts in decomps:
        # ASCII input is returned as it is, without looking at the tables.
        assert c >= 0x80, f"U+{c:04X}: ASCII with a decomposition"
        assert not HANGUL_FIRST <= c <= HANGUL_LAST, f"U+{c:04X}: Hangul syllable with a stored decomposition"
        assert 0 < len(parts) < 256
    # Code points below U+0300 are looked up without a search: they all have class 0.
    assert runs[0][0] >= 0x300
    for first, second, composite in compositions_:
        # Composition starts only from a starter and yields one; no ASCII character is ever a second element.
        assert ccc(first) == 0 and ccc(composite) == 0, f"U+{composite:04X}: composes from or to a non-starter"
        assert second >= 0x80


def wrap(items, width=110):
    out = []
    row = "   "
    for item in items:
        if len(row) + len(item) + 2 > width:
            out.append(row)
            row = "   "
        row += " " + item + ","
    if row.strip():
        out.append(row)
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    decomps = decompositions()
    pairs = compositions(decomps)
    runs = combining_runs()
    check(decomps, pairs, runs)

    text = []
    entries = []
    for c, compat, parts in decomps:
        entries.append(f"{{0x{c:X}, {len(text)}, {len(parts)}, {'true' if compat else 'false'}}}")
        text.extend(parts)
    assert len(text) < 1 << 16, "kDecompositionText outgrew its 16-bit offsets"

    version = ".".join(map(str, sys.version_info[:3]))
    lines = [
        "// Front end — Unicode normalization tables; generated, do not edit.",
        f"// Written by scripts/gen_unicode_normalization.py from Python {version}'s unicodedata "
        f"(Unicode {unicodedata.unidata_version}).",
        f'constexpr std::string_view kUnicodeVersion = "{unicodedata.unidata_version}";',
        "",
        f"// {len(decomps)} one-level decomposition mappings, sorted by code point; each maps to",
        "// kDecompositionText[start .. start + length).",
        "constexpr Decomposition kDecompositions[] = {",
        *wrap(entries),
        "};",
        "constexpr char32_t kDecompositionText[] = {",
        *wrap([f"0x{c:X}" for c in text]),
        "};",
        "",
        "// Runs of code points with the same non-zero canonical combining class; all others have class 0.",
        "constexpr CombiningRun kCombiningClasses[] = {",
        *wrap([f"{{0x{a:X}, 0x{b:X}, {k}}}" for a, b, k in runs]),
        "};",
        "",
        f"// {len(pairs)} primary composites, sorted by (first, second).",
        "constexpr Composition kCompositions[] = {",
        *wrap([f"{{0x{a:X}, 0x{b:X}, 0x{c:X}}}" for a, b, c in pairs]),
        "};",
    ]
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
