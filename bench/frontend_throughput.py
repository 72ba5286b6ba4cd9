#!/usr/bin/env python3
"""Benchmarks — front-end throughput on CPython's standard library, py2cpp beside CPython, in one run.

usage: frontend_throughput.py BUILD_DIR [--resolve] [--repeat N]

Reads every stdlib .py file (site-packages excluded) that CPython accepts, then measures
  * CPython: ast.parse(source) over all of them (with --resolve: symtable.symtable(source, path, "exec"));
  * py2cpp:  BUILD_DIR/bench/parse_bench over the same files (decode, tokenize, parse, build the AST; with
             --resolve also the resolver), in one process, N passes.
Prints lines per second for both, the best pass of each, and the ratio py2cpp / CPython.
"""
import argparse
import ast
import os
import re
import subprocess
import symtable
import sys
import sysconfig
import time
import warnings


def stdlib_sources():
    root = sysconfig.get_paths()["stdlib"]
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(directory, name)
                with open(path, "rb") as f:
                    yield path, f.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("build_dir")
    parser.add_argument("--resolve", action="store_true", help="parse and resolve scopes (symtable)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    warnings.simplefilter("ignore")
    work = symtable.symtable if args.resolve else (lambda src, path, mode: ast.parse(src, path))
    accepted = []
    for path, source in stdlib_sources():
        try:
            work(source, path, "exec")
            accepted.append((path, source))
        except (SyntaxError, ValueError, UnicodeDecodeError):
            pass
    lines = sum(source.count(b"\n") for _, source in accepted)
    what = "parse + resolve (symtable)" if args.resolve else "parse to AST (ast.parse)"
    print("corpus: %d stdlib files CPython accepts, %d lines; work: %s" % (len(accepted), lines, what))

    best_cpython = None
    for _ in range(args.repeat):
        start = time.perf_counter()
        for path, source in accepted:
            work(source, path, "exec")
        elapsed = time.perf_counter() - start
        best_cpython = elapsed if best_cpython is None else min(best_cpython, elapsed)

    command = [os.path.join(args.build_dir, "bench", "parse_bench"), "--repeat", str(args.repeat)]
    if args.resolve:
        command.append("--resolve")
    run = subprocess.run(command + [p for p, _ in accepted], capture_output=True, text=True, check=True)
    passes = [float(m) for m in re.findall(r"seconds=([0-9.]+)", run.stdout)]
    best_py2cpp, first_py2cpp = min(passes), passes[0]

    rate = lambda seconds: lines / seconds
    print("%-28s %12s %14s" % ("", "seconds", "lines/second"))
    print("%-28s %12.3f %14.0f" % ("CPython %d.%d (best pass)" % sys.version_info[:2], best_cpython, rate(best_cpython)))
    print("%-28s %12.3f %14.0f" % ("py2cpp (first pass, cold)", first_py2cpp, rate(first_py2cpp)))
    print("%-28s %12.3f %14.0f" % ("py2cpp (best pass)", best_py2cpp, rate(best_py2cpp)))
    print("ratio py2cpp / CPython: %.2fx" % (best_cpython / best_py2cpp))


if __name__ == "__main__":
    main()
