#!/usr/bin/env python3
"""Tests — hostile input to the front end: every case must end in a clean result or a clean error.

usage: hostile_input.py PY2CPP

Each generated file is given to `PY2CPP parse --dump-ast`. A clean result is exit status 0 with the same AST
as CPython's (when CPython accepts the file); a clean error is exit status 1 with a `FILE:LINE:COL: error:`
line (or `FILE: error:` for whole-file problems). CPython is the oracle for which of the two is right:
where CPython raises SyntaxError, py2cpp must reject the file too; where CPython runs out of stack or memory
on absurd nesting, either answer is accepted as long as it is clean. Ends with 'N passed, M failed'.
"""
import ast
import os
import subprocess
import sys
import tempfile
import warnings

CASES = {
    "empty": b"",
    "only-newlines": b"\n\n\n",
    "only-comment": b"# nothing here",
    "no-trailing-newline": b"x = 1",
    "nul-byte": b"x = 1\x00\n",
    "invalid-utf8": b"x = '\xff\xfe'\n",
    "bom": b"\xef\xbb\xbfx = 1\n",
    "latin1-cookie": b"# -*- coding: latin-1 -*-\nx = '\xe9'\n",
    "unknown-cookie": b"# coding: klingon\nx = 1\n",
    "crlf": b"if x:\r\n    y = 1\r\n",
    "long-line": b"x = [" + b"1, " * 133000 + b"]\n",
    "many-lines": b"".join(b"x%d = %d\n" % (i, i) for i in range(100000)),
    "deep-brackets": b"x = " + b"(" * 199 + b"1" + b")" * 199 + b"\n",
    "too-deep-brackets": b"x = " + b"[" * 1000 + b"]" * 1000 + b"\n",
    "deep-blocks": b"".join(b" " * i + b"if x:\n" for i in range(99)) + b" " * 99 + b"pass\n",
    "too-deep-blocks": b"".join(b" " * i + b"if x:\n" for i in range(150)) + b" " * 150 + b"pass\n",
    "deep-unary": b"x = " + b"-" * 100000 + b"1\n",
    "deep-not": b"x = " + b"not " * 20000 + b"1\n",
    "long-sum": b"x = " + b"+".join([b"1"] * 100000) + b"\n",
    "long-attribute-chain": b"x = a" + b".b" * 100000 + b"\n",
    "deep-lambda": b"x = " + b"lambda: " * 10000 + b"1\n",
    "deep-fstring": b"x = f'{" + b"(" * 150 + b"1" + b")" * 150 + b"}'\n",
    "unterminated-triple-at-eof": b'x = """' + b"a\n" * 1000,
}


def cpython_verdict(source):
    """'accept' with the dump, 'reject' on SyntaxError, or 'either' when CPython itself gives up."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return "accept", ast.dump(ast.parse(source))
        except (SyntaxError, ValueError, UnicodeDecodeError):
            return "reject", None
        except (RecursionError, MemoryError):
            return "either", None


def main():
    cli = os.path.abspath(sys.argv[1])
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, source in CASES.items():
            path = os.path.join(tmp, name + ".py")
            with open(path, "wb") as f:
                f.write(source)
            verdict, want = cpython_verdict(source)
            try:
                run = subprocess.run([cli, "parse", "--dump-ast", path], capture_output=True, timeout=120)
            except subprocess.TimeoutExpired:
                problem = "timed out"
            else:
                err = run.stderr.decode("utf-8", "replace")
                first = err.splitlines()[0] if err else ""
                clean_error = run.returncode == 1 and first.startswith(path + ":") and ": error: " in first
                if run.returncode not in (0, 1):
                    problem = "exit status %d: %s" % (run.returncode, first)
                elif run.returncode == 1 and not clean_error:
                    problem = "rejected without a diagnostic: %r" % first
                elif verdict == "accept" and run.returncode != 0:
                    problem = "CPython accepts it; py2cpp said %r" % first
                elif verdict == "accept" and run.stdout.decode("utf-8", "replace").strip() != want:
                    problem = "AST differs from CPython's"
                elif verdict == "reject" and run.returncode == 0:
                    problem = "CPython rejects it; py2cpp accepted it"
                else:
                    problem = None
            if problem:
                failed += 1
                print("FAIL %s: %s" % (name, problem))
            else:
                passed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
