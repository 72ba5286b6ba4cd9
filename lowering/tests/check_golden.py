#!/usr/bin/env python3
"""Lowering — golden files: the C++ that `py2cpp translate` emits for a few programs, kept to show (and pin) the
lowering's shape.

usage: check_golden.py PY2CPP [--update] [NAME ...]

Each golden/NAME.py has its translation beside it as golden/NAME.cpp. For each program this checks that
  1. `py2cpp translate NAME.py` (run inside golden/, so #line paths are stable) reproduces NAME.cpp exactly, and
  2. `py2cpp compare NAME.py` finds the compiled program identical to python3, so a golden file never pins
     C++ that behaves wrongly.
A difference in (1) is printed as a unified diff. When a change to the lowering is intended, regenerate the
files with --update, which rewrites NAME.cpp (still running check 2) and shows what changed in `git diff`.
Prints a line per failure and ends with 'N passed, M failed'; exits 1 if any failed.
"""
import argparse
import difflib
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "golden")


def translate(py2cpp, name):
    run = subprocess.run([py2cpp, "translate", name + ".py"], cwd=HERE, capture_output=True,
                         text=True)
    if run.returncode != 0:
        return None, "py2cpp translate failed (exit %d): %s" % (run.returncode, run.stderr.strip())
    return run.stdout, None


def check(py2cpp, name, update):
    emitted, error = translate(py2cpp, name)
    if error:
        return error
    golden_path = os.path.join(HERE, name + ".cpp")
    if update:
        with open(golden_path, "w", encoding="utf-8") as f:
            f.write(emitted)
    else:
        with open(golden_path, encoding="utf-8") as f:
            golden = f.read()
        if emitted != golden:
            diff = difflib.unified_diff(golden.splitlines(), emitted.splitlines(), name + ".cpp (golden)",
                                        name + ".cpp (emitted)", lineterm="")
            return "emitted C++ differs from the golden file (rerun with --update if intended):\n" + \
                "\n".join(list(diff)[:60])
    run = subprocess.run([py2cpp, "compare", name + ".py"], cwd=HERE, capture_output=True, text=True)
    if run.returncode != 0:
        return "compiled program differs from python3:\n" + (run.stdout + run.stderr).strip()
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    parser.add_argument("py2cpp")
    parser.add_argument("--update", action="store_true", help="rewrite the golden .cpp files")
    parser.add_argument("names", nargs="*", help="programs to check (default: all in golden/)")
    args = parser.parse_args()
    py2cpp = os.path.abspath(args.py2cpp)
    names = args.names or sorted(f[:-3] for f in os.listdir(HERE) if f.endswith(".py"))
    failed = 0
    for name in names:
        error = check(py2cpp, name, args.update)
        if error:
            failed += 1
            print("FAIL %s: %s" % (name, error))
    print("%d passed, %d failed" % (len(names) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
