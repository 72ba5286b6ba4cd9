#!/usr/bin/env python3
"""Tests — holds py2cpp's front end against CPython, file by file.

usage: front_end_oracle.py ast|scopes PY2CPP [--sample N] [FILES...]

With no FILES, the corpus is CPython's whole standard library (every .py under python3's stdlib directory,
site-packages excluded); --sample N takes every k-th file so that about N are checked.

ast:    `PY2CPP parse --dump-ast FILE` must print exactly ast.dump(ast.parse(source)).
scopes: `PY2CPP scopes --json FILE` must equal the tables of CPython's symtable module (tests/symtable_json.py).
A file CPython rejects must be rejected too: exit status 1 or 2 and a `FILE:LINE:COL: error:` diagnostic,
never a crash. Prints one line per mismatch (the first 25) and ends with 'N passed, M failed'; exits 1 on any
failure.
"""
import argparse
import ast
import concurrent.futures
import json
import os
import subprocess
import sys
import sysconfig
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
warnings.simplefilter("ignore")


def stdlib_files():
    root = sysconfig.get_paths()["stdlib"]
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in ("site-packages", "__pycache__"))
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(directory, name)


def canonical(obj):
    if isinstance(obj, dict):
        out = {k: canonical(v) for k, v in obj.items()}
        if isinstance(out.get("flags"), list):
            out["flags"] = sorted(out["flags"])
        return out
    if isinstance(obj, list):
        return [canonical(x) for x in obj]
    return obj


def expected(mode, path, source):
    if mode == "ast":
        return ast.dump(ast.parse(source, path))
    import symtable_json  # only the scopes mode needs it

    compile(source, path, "exec")  # symtable alone misses some compile-time errors
    return canonical(symtable_json.table(symtable_json.symtable.symtable(source, path, "exec")))


def check(job):
    mode, cli, path = job
    argv = {"ast": ["parse", "--dump-ast"], "scopes": ["scopes", "--json"]}[mode]
    with open(path, "rb") as f:
        source = f.read()
    try:
        want, cpython_accepts = expected(mode, path, source), True
    except (SyntaxError, ValueError, UnicodeDecodeError):
        want, cpython_accepts = None, False
    try:
        run = subprocess.run([cli, *argv, path], capture_output=True, timeout=60)
        rc, out = run.returncode, run.stdout.decode("utf-8", "replace")
        err = run.stderr.decode("utf-8", "replace").strip()
    except subprocess.TimeoutExpired:
        return False, "timed out"
    if rc < 0 or rc > 2:
        return False, "crashed (exit status %d): %s" % (rc, err.splitlines()[-1:] if err else "")
    if not cpython_accepts:
        if rc == 0:
            return False, "CPython rejects it, py2cpp accepted it"
        return ": error: " in err, "rejected without a FILE:LINE:COL: error: diagnostic"
    if rc != 0:
        return False, "rejected: %s" % (err.splitlines()[:1] if err else "no message")
    if mode == "ast":
        return out.strip() == want, "ast differs"
    try:
        return canonical(json.loads(out)) == want, "scopes differ"
    except ValueError:
        return False, "not JSON"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["ast", "scopes"])
    parser.add_argument("cli")
    parser.add_argument("--sample", type=int, default=0, help="check about N files of the stdlib")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    cli = os.path.abspath(args.cli)
    files = args.files or list(stdlib_files())
    if args.sample and not args.files and args.sample < len(files):
        step = len(files) / args.sample
        files = [files[int(i * step)] for i in range(args.sample)]
    passed = failed = 0
    jobs = int(os.environ.get("ORACLE_JOBS", os.cpu_count() or 2))
    with concurrent.futures.ProcessPoolExecutor(jobs) as pool:
        results = pool.map(check, [(args.mode, cli, p) for p in files], chunksize=8)
        for path, (good, why) in zip(files, results):
            if good:
                passed += 1
            else:
                failed += 1
                if failed <= 25:
                    print("FAIL %s: %s" % (path, why), flush=True)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
