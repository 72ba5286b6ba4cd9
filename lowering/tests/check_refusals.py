#!/usr/bin/env python3
"""Lowering — constructs outside the supported language are refused cleanly at translate time.

usage: check_refusals.py PY2CPP

Every case in unsupported/ names, on its first line, the diagnostic `py2cpp translate` must give for it
(`# error: LINE:COL: MESSAGE`): exit status 2 and `FILE:LINE:COL: error: MESSAGE` as the first line on
stderr — never C++ that fails to compile, never a program that runs wrong. (What the supported language
does at run time is checked against python3 by tests/emitted_oracle.py on emitted-tests/.)
Prints a line per failure and ends with 'N passed, M failed'.
"""
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def check(py2cpp, name, work):
    rel = os.path.join("unsupported", name)
    with open(os.path.join(HERE, rel), encoding="utf-8") as f:
        position, message = f.readline().strip().removeprefix("# error: ").split(": ", 1)
    run = subprocess.run([py2cpp, "translate", rel, "-o", os.path.join(work, name + ".cpp")], cwd=HERE,
                         capture_output=True, text=True)
    want = "%s:%s: error: %s" % (rel, position, message)
    head = run.stderr.split("\n")[0]
    if run.returncode == 2 and head == want:
        return None
    return "exit status %d, first stderr line %r; want 2 and %r" % (run.returncode, head, want)


def main():
    py2cpp = os.path.abspath(sys.argv[1])
    cases = sorted(f for f in os.listdir(os.path.join(HERE, "unsupported")) if f.endswith(".py"))
    failed = 0
    with tempfile.TemporaryDirectory() as work:
        for name in cases:
            problem = check(py2cpp, name, work)
            if problem:
                failed += 1
                print("FAIL %s: %s" % (name, problem))
    print("%d passed, %d failed" % (len(cases) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
