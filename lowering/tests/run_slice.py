#!/usr/bin/env python3
# Lowering — the slice's end-to-end check: every program in programs/ is lowered, compiled against the
# runtime, run, and compared with python3 on the same file (stdout, exit status, last line of stderr); every
# case in unsupported/ must be refused with the error its first line names (`# error: LINE:COL: MESSAGE`).
#
# usage: run_slice.py LOWER_TOOL RUNTIME_INCLUDE RUNTIME_LIB [-k NAME] [-j N]
import argparse
import concurrent.futures
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def last_line(text):
    lines = text.rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def run_program(tool, include, lib, path, work):
    name = os.path.basename(path)[:-3]
    rel = os.path.relpath(path, HERE)  # what both runs see as the script path
    cpp = os.path.join(work, name + ".cpp")
    exe = os.path.join(work, name)
    r = subprocess.run([tool, rel, cpp], cwd=HERE, capture_output=True, text=True)
    if r.returncode != 0:
        return name, False, "lowering failed:\n" + r.stderr, 0.0
    start = time.time()
    r = subprocess.run(["c++", "-std=c++20", "-O2", "-I" + include, cpp, lib, "-lgmp", "-o", exe],
                       capture_output=True, text=True)
    compile_time = time.time() - start
    if r.returncode != 0:
        return name, False, "C++ compile failed:\n" + r.stderr[:3000], compile_time
    got = subprocess.run([exe], cwd=HERE, capture_output=True, text=True, timeout=60)
    want = subprocess.run([sys.executable, rel], cwd=HERE, capture_output=True, text=True, timeout=60)
    problems = []
    if got.stdout != want.stdout:
        import difflib
        diff = difflib.unified_diff(want.stdout.splitlines(), got.stdout.splitlines(), "python3", "compiled",
                                    lineterm="")
        problems.append("stdout differs:\n" + "\n".join(list(diff)[:40]))
    if got.returncode != want.returncode:
        problems.append(f"exit status {got.returncode}, python3 {want.returncode}")
    if last_line(got.stderr) != last_line(want.stderr):
        problems.append(f"last stderr line {last_line(got.stderr)!r}, python3 {last_line(want.stderr)!r}")
    return name, not problems, "\n".join(problems), compile_time


def run_unsupported(tool, path, work):
    name = os.path.basename(path)[:-3]
    with open(path, encoding="utf-8") as f:
        first = f.readline().strip()
    expected = first.removeprefix("# error: ")
    rel = os.path.relpath(path, HERE)
    r = subprocess.run([tool, rel, os.path.join(work, name + ".cpp")], cwd=HERE, capture_output=True, text=True)
    position, message = expected.split(": ", 1)
    want = f"{rel}:{position}: error: {message}"
    head = r.stderr.split("\n")[0]
    ok = r.returncode == 2 and head == want
    return "unsupported/" + name, ok, f"exit {r.returncode}, stderr {head!r}, want {want!r}", 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tool")
    ap.add_argument("include")
    ap.add_argument("lib")
    ap.add_argument("-k", default="")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    args.tool, args.include, args.lib = (os.path.abspath(p) for p in (args.tool, args.include, args.lib))
    programs = sorted(os.path.join(HERE, "programs", f) for f in os.listdir(os.path.join(HERE, "programs"))
                      if f.endswith(".py") and args.k in f)
    refused = sorted(os.path.join(HERE, "unsupported", f) for f in os.listdir(os.path.join(HERE, "unsupported"))
                     if f.endswith(".py") and args.k in f)
    failures = 0
    times = []
    with tempfile.TemporaryDirectory() as work, concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        jobs = [pool.submit(run_program, args.tool, args.include, args.lib, p, work) for p in programs]
        jobs += [pool.submit(run_unsupported, args.tool, p, work) for p in refused]
        for job in jobs:
            name, ok, detail, seconds = job.result()
            if seconds:
                times.append(seconds)
            print(("PASS " if ok else "FAIL ") + name)
            if not ok:
                failures += 1
                print("    " + detail.replace("\n", "\n    "))
    if times:
        print(f"{len(times)} programs compiled, C++ compile time (parallel, -O2) max {max(times):.1f}s")
    print(f"{len(programs) + len(refused) - failures} of {len(programs) + len(refused)} passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
