#!/usr/bin/env python3
"""Speed and memory of compiled programs beside CPython: bench/programs/*.py.

For each program: `py2cpp build FILE -o EXE` (-O2, into a temporary directory; the build time is reported,
with ccache disabled so that it is a real compile unless --ccache is given), then `python3 FILE` and `EXE`
are each run --repeat times (python3 resolved to the interpreter itself, past launchers such as pyenv's
shims); the best wall time of each is kept, their stdout must be identical, and the peak RSS of each child
is measured (`/usr/bin/time -f %M` when present, else os.wait4 on the child's pid).

This is a benchmark, not a test: it never asserts timings. It exits 1 only when a program fails to build,
fails to run, or prints something different from python3.

    python3 bench/run_bench.py [--py2cpp build/py2cpp] [--repeat N] [--ccache] [PROGRAM ...]
"""
import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GNU_TIME = "/usr/bin/time"


def resource_self_mb():
    import resource
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb / (1024 * 1024) if sys.platform == "darwin" else kb / 1024


def run_once(cmd, cwd):
    """Run cmd; return (wall seconds, stdout bytes, exit status, peak RSS in KB, stderr bytes)."""
    with tempfile.TemporaryDirectory() as tmp:
        if os.access(GNU_TIME, os.X_OK):
            rss_file = os.path.join(tmp, "rss")
            start = time.perf_counter()
            p = subprocess.run([GNU_TIME, "-f", "%M", "-o", rss_file] + cmd, cwd=cwd,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            wall = time.perf_counter() - start
            with open(rss_file) as f:
                lines = [ln for ln in f.read().split("\n") if ln.strip()]
            # GNU time writes "Command exited with non-zero status N" before the number on failure.
            rss_kb = int(lines[-1]) if lines and lines[-1].strip().isdigit() else 0
            return wall, p.stdout, p.returncode, rss_kb, p.stderr
        err_path = os.path.join(tmp, "stderr")
        with open(err_path, "wb") as err:
            start = time.perf_counter()
            p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=err)
            out = p.stdout.read()
            _, status, usage = os.wait4(p.pid, 0)
            wall = time.perf_counter() - start
            p.returncode = os.waitstatus_to_exitcode(status)  # already reaped; keep Popen from waiting again
            p.stdout.close()
        with open(err_path, "rb") as f:
            stderr = f.read()
        # ru_maxrss is in KB on Linux (bytes on macOS). Linux carries a process's peak RSS across fork and
        # exec, so this floor is this script's own RSS at the fork: small programs read high (see the note).
        rss_kb = usage.ru_maxrss // 1024 if sys.platform == "darwin" else usage.ru_maxrss
        return wall, out, p.returncode, rss_kb, stderr


def program_path(arg):
    """A file as given, else the bench program of that name (`string_work`, `string_work.py`)."""
    given = Path(arg)
    if given.is_file():
        return given.resolve()
    named = HERE / "programs" / (given.name if given.suffix == ".py" else given.name + ".py")
    if named.is_file():
        return named
    sys.exit(f"run_bench.py: no such program: {arg} (bench/programs has "
             f"{', '.join(sorted(p.stem for p in (HERE / 'programs').glob('*.py')))})")


def best_of(cmd, cwd, repeat):
    """Best wall time and largest peak RSS over repeat runs, with the (single, checked) output."""
    best, peak, output = math.inf, 0, None
    for _ in range(repeat):
        wall, out, status, rss_kb, stderr = run_once(cmd, cwd)
        if status != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {status}: {stderr.decode(errors='replace')[-500:]}")
        if output is not None and out != output:
            raise RuntimeError(f"{' '.join(cmd)} printed different output on different runs")
        output = out
        best = min(best, wall)
        peak = max(peak, rss_kb)
    return best, peak, output


def real_interpreter(python):
    """The interpreter behind `python` and its version: a launcher in front of it (a pyenv shim is a shell
    script that runs `pyenv exec`, ~50 ms here) would otherwise be timed as part of every CPython run."""
    probe = subprocess.run([python, "-c", "import sys; print(sys.executable); print(sys.version.split()[0])"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = probe.stdout.split()
    if probe.returncode != 0 or len(lines) != 2:
        sys.exit(f"cannot run {python}")
    return lines[0], lines[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--py2cpp", default=str(ROOT / "build" / "py2cpp"), help="the py2cpp executable")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each side; the best wall time is kept")
    ap.add_argument("--python", default="python3", help="the CPython to compare with")
    ap.add_argument("--ccache", action="store_true", help="let the build use ccache (build times then lie)")
    ap.add_argument("programs", nargs="*",
                    help="programs to run: files, or names of bench/programs/*.py such as string_work "
                         "(default: all of bench/programs)")
    args = ap.parse_args()
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    py2cpp = shutil.which(args.py2cpp) or args.py2cpp
    py2cpp = str(Path(py2cpp).resolve())
    if not os.access(py2cpp, os.X_OK):
        ap.error(f"no py2cpp executable at {args.py2cpp} (build it: ninja -C build)")
    programs = [program_path(p) for p in args.programs] or sorted((HERE / "programs").glob("*.py"))
    python, python_version = real_interpreter(args.python)

    env = dict(os.environ)
    if not args.ccache:
        env["CCACHE_DISABLE"] = "1"

    header = ("program", "python3 s", "py2cpp s", "speedup", "python3 MB", "py2cpp MB", "build s")
    rows, speedups, failures = [], [], 0
    with tempfile.TemporaryDirectory(prefix="py2cpp-bench-") as tmp:
        for prog in programs:
            name = prog.stem
            exe = os.path.join(tmp, name)
            start = time.perf_counter()
            b = subprocess.run([py2cpp, "build", str(prog), "-o", exe, "-O2"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            build_s = time.perf_counter() - start
            if b.returncode != 0:
                print(f"{name}: build failed (exit {b.returncode}):\n{b.stdout.decode(errors='replace')}",
                      file=sys.stderr)
                failures += 1
                continue
            try:
                py_s, py_kb, py_out = best_of([python, str(prog)], prog.parent, args.repeat)
                cc_s, cc_kb, cc_out = best_of([exe], prog.parent, args.repeat)
            except RuntimeError as e:
                print(f"{name}: {e}", file=sys.stderr)
                failures += 1
                continue
            if py_out != cc_out:
                print(f"{name}: stdout differs from python3's", file=sys.stderr)
                failures += 1
                continue
            speedup = py_s / cc_s if cc_s > 0 else math.inf
            speedups.append(speedup)
            rows.append((name, f"{py_s:.3f}", f"{cc_s:.3f}", f"{speedup:.2f}x", f"{py_kb / 1024:.1f}",
                         f"{cc_kb / 1024:.1f}", f"{build_s:.2f}"))
            print(f"  {name}: done", file=sys.stderr, flush=True)

    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w)
                                           for i, (c, w) in enumerate(zip(cells, widths))) + " |"
    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
    if speedups:
        geo = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
        print(f"\ngeometric-mean speedup: {geo:.2f}x over {len(speedups)} programs "
              f"(best of {args.repeat} runs each; stdout identical to {python}'s, CPython {python_version})")
    if not os.access(GNU_TIME, os.X_OK):
        print(f"note: {GNU_TIME} not found; peak RSS came from os.wait4 and includes this script's own RSS "
              f"(~{resource_self_mb():.0f} MB) inherited across fork+exec", file=sys.stderr)
    if failures:
        print(f"{failures} program(s) failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
