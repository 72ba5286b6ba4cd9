#!/usr/bin/env python3
# Build tool — writes the Unicode character-name table that "\N{...}" escapes use, from this Python's unicodedata.
"""Usage: gen_unicode_names.py OUTPUT.inc

Writes C++ data (included by frontend/unicode_names.cpp) describing exactly the names CPython's
"unicodeescape" codec accepts in "\\N{...}":
  * every character name unicodedata.name() knows, upper case, sorted, for a case-insensitive binary search;
  * the formal name aliases (NameAliases.txt), which \\N accepts too;
  * not the names CPython computes instead of storing: "CJK UNIFIED IDEOGRAPH-XXXX" (we emit its ranges) and
    "HANGUL SYLLABLE ..." (composed from jamo in the C++ code);
  * not the named sequences: unicodedata.lookup() knows them, but \\N rejects them.

unicodedata has no Python API that lists the aliases, so they are read through the C API capsule the codec
itself uses (`getname` on the private code points where CPython files them). Run this with the Python 3.11
the project targets: another version means another Unicode version.
"""
import ctypes
import sys
import unicodedata

MAX_CODE_POINT = 0x10FFFF
CJK_PREFIX = "CJK UNIFIED IDEOGRAPH-"
HANGUL_PREFIX = "HANGUL SYLLABLE "
ALIAS_START = 0xF0000  # where CPython's name database keeps the aliases (Tools/unicode/makeunicodedata.py)


def aliases():
    """(alias, code point) for every formal alias, via unicodedata's _ucnhash_CAPI capsule."""
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    api = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    # struct _PyUnicode_Name_CAPI { int (*getname)(Py_UCS4, char*, int, int with_alias_and_seq); ... }
    getname_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = getname_type(ctypes.c_void_p.from_address(api).value)
    buf = ctypes.create_string_buffer(256)
    out = []
    while getname(ALIAS_START + len(out), buf, len(buf), 1):
        name = buf.value.decode("ascii")
        out.append((name, ord(unicodedata.lookup(name))))
    # Unicode 14 has 470; a broken capsule layout would give none or garbage, and lookup() above would throw.
    if len(out) < 400:
        sys.exit(f"gen_unicode_names.py: found only {len(out)} name aliases; the capsule layout changed?")
    return out


def cjk_ranges():
    """Inclusive ranges of the code points CPython names algorithmically as CJK unified ideographs."""
    out = []
    for c in range(MAX_CODE_POINT + 1):
        if unicodedata.name(chr(c), "") == f"{CJK_PREFIX}{c:04X}":
            if out and out[-1][1] == c - 1:
                out[-1][1] = c
            else:
                out.append([c, c])
    return out


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    entries = {}
    for c in range(MAX_CODE_POINT + 1):
        name = unicodedata.name(chr(c), "")
        if name and not name.startswith(CJK_PREFIX) and not name.startswith(HANGUL_PREFIX):
            entries[name] = c
    for name, c in aliases():
        entries.setdefault(name, c)
    names = sorted(entries)
    assert all(n == n.upper() and n.isascii() for n in names)

    lines = []
    version = ".".join(map(str, sys.version_info[:3]))
    lines.append("// Front end — Unicode character names for \"\\N{...}\" escapes; generated, do not edit.")
    lines.append(f"// Written by scripts/gen_unicode_names.py from Python {version}'s unicodedata "
                 f"(Unicode {unicodedata.unidata_version}).")
    lines.append("// Every stored name and alias, upper case and sorted, back to back in kNameText; name i is")
    lines.append("// kNameText[kNameStart[i] .. kNameStart[i + 1]) and denotes kNameCode[i].")
    lines.append(f"constexpr std::size_t kNameCount = {len(names)};")
    lines.append("constexpr char kNameText[] =")
    row = ""
    for n in names:
        if len(row) + len(n) > 110:
            lines.append(f'    "{row}"')
            row = ""
        row += n
    lines.append(f'    "{row}";')
    starts = []
    pos = 0
    for n in names:
        starts.append(pos)
        pos += len(n)
    starts.append(pos)
    lines.append(f"constexpr std::uint32_t kNameStart[kNameCount + 1] = {{")
    lines.extend(wrap([str(s) for s in starts]))
    lines.append("};")
    lines.append(f"constexpr std::uint32_t kNameCode[kNameCount] = {{")
    lines.extend(wrap([f"0x{entries[n]:X}" for n in names]))
    lines.append("};")
    lines.append("// Inclusive ranges named \"CJK UNIFIED IDEOGRAPH-<hex>\" by rule rather than by table.")
    lines.append("constexpr std::uint32_t kCjkUnified[][2] = {")
    lines.extend(wrap([f"{{0x{a:X}, 0x{b:X}}}" for a, b in cjk_ranges()]))
    lines.append("};")
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


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


if __name__ == "__main__":
    main()
