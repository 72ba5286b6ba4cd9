#!/usr/bin/env python3
"""Tests — py2cpp's compile-time errors against CPython's, case by case.

usage: error_oracle.py parse|scopes PY2CPP CASE.py|DIR...

Each case is one .py file that CPython refuses to compile (`compile(source, path, "exec")` raises
SyntaxError). `PY2CPP parse CASE` (or `scopes`) must exit with status 1 and print, as its first line on
stderr, `CASE:LINE:COL: error: MESSAGE` with CPython's message and line. The column must be CPython's too,
except where CPython reports none. A case CPython accepts is itself an error (the case is wrong).
Prints a line per mismatch and ends with 'N passed, M failed'; exits 1 on any failure.
"""
import os
import re
import subprocess
import sys
import warnings

DIAGNOSTIC = re.compile(r"^(?P<file>.*?):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*)$")


def cpython_error(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, path, "exec")
        except SyntaxError as e:
            return e.msg, e.lineno, e.offset
    return None


def check(mode, cli, path):
    want = cpython_error(path)
    if want is None:
        return "CPython accepts this case; it is not an error case"
    run = subprocess.run([cli, mode, path], capture_output=True, timeout=60)
    err = run.stderr.decode("utf-8", "replace").splitlines()
    if run.returncode != 1:
        return "exit status %d (want 1); stderr: %s" % (run.returncode, err[:1])
    match = DIAGNOSTIC.match(err[0]) if err else None
    if not match:
        return "no FILE:LINE:COL: error: line; stderr: %s" % err[:1]
    message, line, col = want
    got = (match["message"], int(match["line"]))
    if got != (message, line):
        return "got %s:%s %r, CPython says %s:%s %r" % (got[1], match["col"], got[0], line, col, message)
    if col is not None and col > 0 and int(match["col"]) != col:
        return "column %s, CPython says %s (%r)" % (match["col"], col, message)
    return None


def main():
    mode, cli = sys.argv[1], os.path.abspath(sys.argv[2])
    cases = []
    for arg in sys.argv[3:]:
        if os.path.isdir(arg):
            cases += sorted(os.path.join(arg, f) for f in os.listdir(arg) if f.endswith(".py"))
        else:
            cases.append(arg)
    passed = failed = 0
    for case in cases:
        problem = check(mode, cli, case)
        if problem is None:
            passed += 1
        else:
            failed += 1
            print("FAIL %s: %s" % (os.path.basename(case), problem))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
