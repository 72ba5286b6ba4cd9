#!/usr/bin/env python3
"""Tests — CPython's own scope tables for a file, in the JSON form `py2cpp scopes --json` prints.

usage: symtable_json.py FILE

Walks the tree of `symtable.symtable(source, FILE, "exec")` and prints, on one line, with sorted keys:
  {"name", "type", "lineno", "symbols": {NAME: {"scope", "flags"}}, "children": [...]}
"scope" is local | cell | free | global_explicit | global_implicit; "flags" lists, in this order, the raw
facts CPython recorded: param, assigned, referenced, imported, declared_global, nonlocal, annotated.
Other tests import `table` and `symtable` from here.
"""
import json
import symtable
import sys

SCOPE_NAMES = {
    symtable.LOCAL: "local",
    symtable.CELL: "cell",
    symtable.FREE: "free",
    symtable.GLOBAL_EXPLICIT: "global_explicit",
    symtable.GLOBAL_IMPLICIT: "global_implicit",
}
# symtable.Symbol keeps the raw bits private; the is_* helpers fold several bits together, so read them.
FLAG_BITS = (
    ("param", symtable.DEF_PARAM),
    ("assigned", symtable.DEF_LOCAL),
    ("referenced", symtable.USE),
    ("imported", symtable.DEF_IMPORT),
    ("declared_global", symtable.DEF_GLOBAL),
    ("nonlocal", symtable.DEF_NONLOCAL),
    ("annotated", symtable.DEF_ANNOT),
)


def symbol_entry(sym):
    bits = sym._Symbol__flags
    scope = (bits >> symtable.SCOPE_OFF) & symtable.SCOPE_MASK
    return {"scope": SCOPE_NAMES.get(scope, "unknown"), "flags": [name for name, bit in FLAG_BITS if bits & bit]}


def table(block):
    return {
        "name": block.get_name(),
        "type": block.get_type(),
        "lineno": block.get_lineno(),
        "symbols": {sym.get_name(): symbol_entry(sym) for sym in block.get_symbols()},
        "children": [table(child) for child in block.get_children()],
    }


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    with open(path, "rb") as f:
        source = f.read()
    top = symtable.symtable(source, path, "exec")
    print(json.dumps(table(top), sort_keys=True, separators=(",", ":")))


if __name__ == "__main__":
    main()
