#!/usr/bin/env python3
"""CLI — every program in emitted-tests/ compiled by py2cpp and run beside CPython.

usage: emitted_oracle.py PY2CPP DIR|FILE.py... [--timeout SECONDS]

For each program (the `.py` files directly in DIR, and each folder's `main.py`: a program of several modules,
which imports the others from its folder) runs `PY2CPP compare FILE` and classifies:
  passed   `identical`: same stdout, exit status and last line of stderr as python3;
  skipped  py2cpp refused the program at translate time (`error: unsupported: ...`, exit status 2), or the
           compiled program stopped with py2cpp's `NotImplementedError: py2cpp: ...` where python3 did not: a
           known limitation, reported and counted, never counted as passed;
  failed   anything else, with the reason (the first lines of the difference or of the error).
A program that reads stdin gets the contents of FILE.stdin beside it (empty otherwise). The programs run in
parallel, one per CPU. Prints one line per failure, then `N passed, M failed, K skipped` alone on a line;
exits 1 if any failed. Point XDG_CACHE_HOME somewhere fresh to start from an empty run cache.
"""
import argparse
import os
import signal
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

REASON_LINES = 8


def programs(paths):
    found = []
    for path in paths:
        if os.path.isdir(path):
            for name in sorted(os.listdir(path)):
                full = os.path.join(path, name)
                if name.endswith(".py") and os.path.isfile(full):
                    found.append(full)
                elif os.path.isfile(os.path.join(full, "main.py")):
                    found.append(os.path.join(full, "main.py"))
        else:
            found.append(path)
    return found


def first_lines(text, n=REASON_LINES):
    lines = text.strip("\n").splitlines()
    shown = lines[:n] + (["... (%d more lines)" % (len(lines) - n)] if len(lines) > n else [])
    return "\n    ".join(shown)


def check(py2cpp, path, timeout):
    """Returns (outcome, reason) with outcome one of 'passed', 'failed', 'skipped'."""
    stdin_path = os.path.splitext(path)[0] + ".stdin"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    # Its own session, so a timeout kills python3 and the compiled program too, not only py2cpp.
    proc = subprocess.Popen([py2cpp, "compare", path], stdin=stdin, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "failed", "timed out after %g s" % timeout
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    out = out.decode("utf-8", "replace")
    err = err.decode("utf-8", "replace")
    if proc.returncode == 0 and out.strip() == "identical":
        return "passed", ""
    if proc.returncode == 2 and "error: unsupported:" in err:
        return "skipped", err.strip().splitlines()[0]
    # A limitation only the run time can see: the compiled program stopped with py2cpp's NotImplementedError
    # where python3 went on. Reported and counted as skipped, like a translate-time refusal, never as passed.
    runtime_limit = [ln.split("py2cpp:", 1)[1].strip() for ln in out.splitlines()
                     if ln.startswith("  py2cpp:") and "NotImplementedError: py2cpp:" in ln]
    if proc.returncode == 1 and runtime_limit:
        return "skipped", "unsupported at run time: " + runtime_limit[0]
    if proc.returncode == 1 and out:
        return "failed", first_lines(out)
    return "failed", "py2cpp compare exited with %d:\n    %s" % (proc.returncode, first_lines(err + out))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("py2cpp")
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--timeout", type=float, default=300,
                        help="seconds per program, compile included (default 300)")
    parser.add_argument("-v", "--verbose", action="store_true", help="also list the skipped programs")
    args = parser.parse_args()

    files = programs(args.paths)
    counts = {"passed": 0, "failed": 0, "skipped": 0}
    with ProcessPoolExecutor(max_workers=os.cpu_count()) as pool:
        jobs = [pool.submit(check, args.py2cpp, path, args.timeout) for path in files]
        for path, job in zip(files, jobs):
            outcome, reason = job.result()
            counts[outcome] += 1
            if outcome == "failed":
                print("FAIL %s: %s" % (path, reason), flush=True)
            elif outcome == "skipped" and args.verbose:
                print("skip %s: %s" % (path, reason), flush=True)
    print("%d passed, %d failed, %d skipped" % (counts["passed"], counts["failed"], counts["skipped"]))
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
