#!/usr/bin/env python3
"""CLI — behaviour of `py2cpp translate|build|run|compare` on small programs.

usage: cli_test.py PY2CPP [TEST...]      (no TEST: all of them; --list prints their names)

Whatever is about the program's behaviour is checked against python3 on the same file; the rest (exit
statuses, the run cache, messages) is py2cpp's own contract, see `py2cpp --help`. Each test works in a fresh
temporary directory with its own run cache (XDG_CACHE_HOME), so tests never see each other's builds.
"""
import os
import stat
import subprocess
import sys
import tempfile

PY2CPP = None

HELLO = 'def greet(name):\n    return "hello, " + name\n\nfor n in ["a", "b"]:\n    print(greet(n))\n'
RAISES = ('def parse(text):\n    raise ValueError("not a number: " + repr(text))\n\n'
          'print("before")\nparse("x")\nprint("never")\n')
SYSTEM_EXIT = 'print("leaving")\nraise SystemExit(3)\n'
ECHO_INPUT = 'line = input()\nprint("got", line.upper())\n'
# Under PYTHONOPTIMIZE=1 CPython strips asserts; a compiled program always runs them (it is built from the
# source, not under python3's flags), so compare must see a difference in all three things it checks.
ASSERTS = 'print("start")\nassert 1 + 1 == 3, "arithmetic"\nprint("end")\n'
ARGV = 'import sys\nprint(sys.argv)\n'
SYNTAX_ERROR = 'values = [1, 2,\nprint(values)\n'
UNSUPPORTED = 'async def fetch():\n    return 1\n\nprint("hi")\n'


class Failure(Exception):
    pass


# A test that cannot run yet because the lowering refuses what it needs: CTest reports it as skipped (exit
# status SKIPPED, registered as SKIP_RETURN_CODE), never as passed.
class Skip(Exception):
    pass


SKIPPED = 77


def expect(condition, message):
    if not condition:
        raise Failure(message)


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return name


def py2cpp(cwd, *args, stdin=None, env=None):
    return subprocess.run([PY2CPP, *args], cwd=cwd, input=stdin, capture_output=True, text=True,
                          env=env, timeout=600)


def python3(cwd, *args, stdin=None, env=None):
    return subprocess.run([sys.executable, *args], cwd=cwd, input=stdin, capture_output=True, text=True,
                          env=env, timeout=600)


def last_line(text):
    lines = text.rstrip("\n").splitlines()
    return lines[-1] if lines else ""


def env_with(cache, **extra):
    env = dict(os.environ, XDG_CACHE_HOME=cache)
    env.update(extra)
    return env


def cached_executables(cache):
    found = []
    for root, _, files in os.walk(os.path.join(cache, "py2cpp")):
        for name in files:
            path = os.path.join(root, name)
            if os.access(path, os.X_OK) and not name.endswith(".cpp") and name != "key":
                found.append(path)
    return sorted(found)


# --- the tests: each takes a fresh directory and a fresh cache directory ---------------------------------

def test_translate(d, cache):
    prog = write(d, "hello.py", HELLO)
    to_stdout = py2cpp(d, "translate", prog)
    expect(to_stdout.returncode == 0, "translate failed: %s" % to_stdout.stderr)
    expect("#include <py2cpp/runtime.h>" in to_stdout.stdout, "the C++ does not include the runtime")
    expect('#line' in to_stdout.stdout and '"hello.py"' in to_stdout.stdout,
           "no #line directive pointing at hello.py by default")
    to_file = py2cpp(d, "translate", prog, "-o", "out.cpp")
    expect(to_file.returncode == 0 and to_file.stdout == "", "translate -o printed or failed")
    with open(os.path.join(d, "out.cpp"), encoding="utf-8") as f:
        expect(f.read() == to_stdout.stdout, "translate -o wrote something else than translate to stdout")
    bare = py2cpp(d, "translate", "--no-line-directives", prog)
    expect(bare.returncode == 0 and "#line" not in bare.stdout, "--no-line-directives left #line in")


def test_build_and_run(d, cache):
    prog = write(d, "hello.py", HELLO)
    want = python3(d, prog).stdout
    for level in ("-O0", "-O2"):
        built = py2cpp(d, "build", prog, "-o", "hello", level, "--keep-cpp", "kept", env=env_with(cache))
        expect(built.returncode == 0, "build %s failed (%d): %s" % (level, built.returncode, built.stderr))
        expect(built.stdout == "" and built.stderr == "", "build printed something without -v")
        ran = subprocess.run([os.path.join(d, "hello")], capture_output=True, text=True, timeout=60)
        expect(ran.returncode == 0 and ran.stdout == want,
               "the executable printed %r, python3 %r" % (ran.stdout, want))
    expect(os.path.exists(os.path.join(d, "kept", "hello.cpp")), "--keep-cpp did not keep kept/hello.cpp")
    verbose = py2cpp(d, "build", prog, "-o", "hello", "-v", env=env_with(cache))
    expect(verbose.returncode == 0 and "built hello" in verbose.stderr, "build -v gave no summary")


def test_run_cache(d, cache):
    prog = write(d, "hello.py", HELLO)
    env = env_with(cache)
    first = py2cpp(d, "run", prog, env=env)
    expect(first.returncode == 0 and first.stdout == python3(d, prog).stdout,
           "run printed %r (status %d): %s" % (first.stdout, first.returncode, first.stderr))
    exes = cached_executables(cache)
    expect(len(exes) == 1, "expected one cached executable under %s, found %s" % (cache, exes))
    built_at = os.stat(exes[0]).st_mtime_ns
    second = py2cpp(d, "run", prog, env=env)
    expect(second.stdout == first.stdout, "the second run printed something else")
    expect(os.stat(exes[0]).st_mtime_ns == built_at, "the second run rebuilt an unchanged program")
    expect(cached_executables(cache) == exes, "the second run added a cache entry")

    write(d, "hello.py", HELLO.replace("hello, ", "goodbye, "))
    third = py2cpp(d, "run", prog, env=env)
    expect(third.stdout == python3(d, prog).stdout, "after an edit, run printed %r" % third.stdout)
    expect(len(cached_executables(cache)) == 2, "an edited source did not get its own build")

    # Beyond its size budget the cache drops the least recently used programs, never the one just built.
    write(d, "hello.py", HELLO.replace("hello, ", "again, "))
    fourth = py2cpp(d, "run", prog, env=env_with(cache, PY2CPP_CACHE_MB="0"))
    expect(fourth.stdout == python3(d, prog).stdout, "with no budget, run printed %r" % fourth.stdout)
    expect(len(cached_executables(cache)) == 1, "with no budget, the older builds stayed: %s" % cached_executables(cache))


def test_modules(d, cache):
    # A program of three modules: one beside the entry, one in a package beside it, one in a -I directory.
    os.makedirs(os.path.join(d, "app", "tools"))
    os.makedirs(os.path.join(d, "lib"))
    write(d, "app/main.py", "import util\nfrom tools.text import shout\nimport libmod\n"
                            "print(util.twice(21), shout('hi'), libmod.NAME)\n"
                            "try:\n    import not_a_module_anywhere\nexcept ImportError as e:\n    print(e)\n")
    write(d, "app/util.py", "def twice(x):\n    return 2 * x\n")
    write(d, "app/tools/__init__.py", "")
    write(d, "app/tools/text.py", "def shout(s):\n    return s.upper() + '!'\n")
    write(d, "lib/libmod.py", "NAME = 'from lib'\n")
    env = env_with(cache)
    expected = python3(d, "app/main.py", env=env_with(cache, PYTHONPATH="lib")).stdout

    alone = py2cpp(d, "translate", "app/main.py", "-I", "lib")
    expect(alone.returncode == 2 and "give -o" in alone.stderr,
           "translate of a program with modules to stdout: status %d, %r" % (alone.returncode, alone.stderr))
    os.makedirs(os.path.join(d, "out"))
    written = py2cpp(d, "translate", "app/main.py", "-I", "lib", "-o", "out/main.cpp")
    expect(written.returncode == 0, "translate -o failed: %s" % written.stderr)
    expect("warning: no module named 'not_a_module_anywhere'" in written.stderr,
           "no warning about the missing module: %r" % written.stderr)
    produced = sorted(os.listdir(os.path.join(d, "out")))
    expect(produced == ["main.cpp", "main.libmod.cpp", "main.tools.cpp", "main.tools.text.cpp", "main.util.cpp"],
           "translate wrote %s" % produced)

    compared = py2cpp(d, "compare", "-I", "lib", "app/main.py", env=env)
    expect(compared.returncode == 0 and compared.stdout.strip() == "identical",
           "compare -I: %s %s" % (compared.stdout, compared.stderr))
    ran = py2cpp(d, "run", "-I", "lib", "app/main.py", env=env)
    expect(ran.stdout == expected, "run -I printed %r, python3 %r" % (ran.stdout, expected))
    through_env = py2cpp(d, "run", "app/main.py", env=env_with(cache, PYTHONPATH="lib"))
    expect(through_env.stdout == expected, "run with PYTHONPATH printed %r" % through_env.stdout)

    # an exception raised in an imported module's body: the traceback names each frame's own file and line
    write(d, "app/tb_main.py", "import util\nimport failing\n")
    write(d, "app/failing.py", "def explode():\n    raise ValueError('from failing')\n\n\nexplode()\n")
    frames = lambda text: [ln for ln in text.splitlines() if ln.startswith("  File ")]
    compiled_tb = py2cpp(d, "run", "app/tb_main.py", env=env)
    python_tb = python3(d, "app/tb_main.py")
    expect(compiled_tb.returncode == python_tb.returncode == 1 and len(frames(python_tb.stderr)) == 3 and
           frames(compiled_tb.stderr) == frames(python_tb.stderr),
           "traceback through an import:\n%s\npython3:\n%s" % (compiled_tb.stderr, python_tb.stderr))

    # an edit of an imported module is a different program
    write(d, "app/util.py", "def twice(x):\n    return 3 * x\n")
    edited = py2cpp(d, "run", "-I", "lib", "app/main.py", env=env)
    now = python3(d, "app/main.py", env=env_with(cache, PYTHONPATH="lib")).stdout
    expect(edited.stdout == now and now != expected, "after editing util.py, run printed %r" % edited.stdout)


def test_run_passes_through(d, cache):
    env = env_with(cache)
    prog = write(d, "raises.py", RAISES)
    want, got = python3(d, prog), py2cpp(d, "run", prog, env=env)
    expect(got.returncode == want.returncode == 1, "exit status %d, python3 %d" % (got.returncode, want.returncode))
    expect(got.stdout == want.stdout, "stdout %r, python3 %r" % (got.stdout, want.stdout))
    expect(last_line(got.stderr) == last_line(want.stderr),
           "stderr ends %r, python3 %r" % (last_line(got.stderr), last_line(want.stderr)))
    expect(got.stderr.startswith("Traceback (most recent call last):"), "no traceback: %r" % got.stderr)

    prog = write(d, "leave.py", SYSTEM_EXIT)
    want, got = python3(d, prog), py2cpp(d, "run", prog, env=env)
    expect(got.returncode == want.returncode == 3 and got.stdout == want.stdout,
           "SystemExit(3): status %d, stdout %r" % (got.returncode, got.stdout))



def test_compare(d, cache):
    prog = write(d, "asserts.py", ASSERTS)
    same = py2cpp(d, "compare", prog, env=env_with(cache))
    expect(same.returncode == 0 and same.stdout == "identical\n",
           "compare of an ordinary run: status %d, %r %r" % (same.returncode, same.stdout, same.stderr))
    differ = py2cpp(d, "compare", prog, env=env_with(cache, PYTHONOPTIMIZE="1"))
    expect(differ.returncode == 1, "compare exit status %d for differing runs (want 1)" % differ.returncode)
    for item in ("stdout differs", "+++ py2cpp asserts.py", "-end", "exit status differs: python3 0, py2cpp 1",
                 "last line of stderr differs", "AssertionError: arithmetic"):
        expect(item in differ.stdout, "compare's report lacks %r:\n%s" % (item, differ.stdout))


def test_stdin(d, cache):
    prog = write(d, "echo.py", ECHO_INPUT)
    want = python3(d, prog, stdin="quiet\n")
    got = py2cpp(d, "run", prog, stdin="quiet\n", env=env_with(cache))
    if got.returncode == 2 and "error: unsupported:" in got.stderr:
        raise Skip("the lowering refuses input(): " + got.stderr.splitlines()[0])
    expect(got.returncode == 0 and got.stdout == want.stdout, "run: printed %r, python3 %r" % (got.stdout,
                                                                                                 want.stdout))
    fed = py2cpp(d, "compare", prog, stdin="both see this\n", env=env_with(cache))
    expect(fed.returncode == 0 and fed.stdout == "identical\n", "compare, stdin fed to both: %r" % fed.stdout)


def test_program_arguments(d, cache):
    # Everything after FILE belongs to the program, `--` and words starting with '-' included, as with python3.
    prog = write(d, "args.py", ARGV)
    words = ["-x", "--flag", "--", "-", "plain"]
    got = py2cpp(d, "run", prog, *words, env=env_with(cache))
    if got.returncode == 2 and "error: unsupported:" in got.stderr:
        raise Skip("the lowering refuses the program: " + got.stderr.splitlines()[0])
    want = python3(d, prog, *words)
    expect(got.returncode == 0 and got.stdout == want.stdout, "run: printed %r, python3 %r" % (got.stdout,
                                                                                                 want.stdout))
    same = py2cpp(d, "compare", prog, *words, env=env_with(cache))
    expect(same.returncode == 0 and same.stdout == "identical\n", "compare with arguments: %r" % same.stdout)


def test_syntax_error(d, cache):
    prog = write(d, "broken.py", SYNTAX_ERROR)
    try:
        compile(SYNTAX_ERROR, prog, "exec")
        raise Failure("python3 accepts the syntax-error case")
    except SyntaxError as e:
        want = "%s:%d:%d: error: %s" % (prog, e.lineno, e.offset, e.msg)
    for command in ("translate", "build", "run", "compare"):
        args = [command, prog] + (["-o", "broken"] if command == "build" else [])
        got = py2cpp(d, *args, env=env_with(cache))
        expect(got.returncode == 1, "%s: exit status %d (want 1)" % (command, got.returncode))
        first = got.stderr.splitlines()[0] if got.stderr else ""
        expect(first == want, "%s: first diagnostic %r, want %r" % (command, first, want))


def test_unsupported(d, cache):
    prog = write(d, "later.py", UNSUPPORTED)
    for command in ("translate", "run", "compare"):
        got = py2cpp(d, command, prog, env=env_with(cache))
        expect(got.returncode == 2, "%s: exit status %d (want 2)" % (command, got.returncode))
        expect("later.py:1:" in got.stderr and "error: unsupported:" in got.stderr,
               "%s: no `later.py:1:...: error: unsupported:` diagnostic: %r" % (command, got.stderr))


def test_compiler_failure(d, cache):
    # A C++ compiler that rejects everything stands in for generated code that does not compile.
    fake = os.path.join(d, "fake-cxx")
    with open(fake, "w") as f:
        f.write("#!/bin/sh\necho 'prog.cpp:1:1: error: imaginary problem' >&2\nexit 1\n")
    os.chmod(fake, os.stat(fake).st_mode | stat.S_IXUSR)
    prog = write(d, "hello.py", HELLO)
    got = py2cpp(d, "build", prog, "-o", "hello", env=env_with(cache, CXX=fake))
    expect(got.returncode == 3, "build exit status %d with a failing compiler (want 3)" % got.returncode)
    expect(got.stderr.startswith("py2cpp: internal error: the C++ compiler rejected the generated code"),
           "no internal-error message first: %r" % got.stderr)
    expect("imaginary problem" in got.stderr, "the compiler's first lines are missing: %r" % got.stderr)
    ran = py2cpp(d, "run", prog, env=env_with(cache, CXX=fake))
    expect(ran.returncode == 3 and ran.stdout == "", "run with a failing compiler: status %d" % ran.returncode)


def test_help(d, cache):
    top = py2cpp(d, "--help")
    expect(top.returncode == 0 and "Examples:" in top.stdout and "Exit status" in top.stdout, "--help lacks examples")
    for command in ("translate", "build", "run", "compare"):
        sub = py2cpp(d, command, "--help")
        expect(sub.returncode == 0 and "Examples:" in sub.stdout, "%s --help lacks examples" % command)
    usage = py2cpp(d, "build", "x.py")
    expect(usage.returncode == 2, "build without -o: exit status %d (want 2)" % usage.returncode)


TESTS = {name[len("test_"):]: f for name, f in globals().items() if name.startswith("test_")}


def main():
    global PY2CPP
    if len(sys.argv) > 1 and sys.argv[1] == "--list":
        print("\n".join(TESTS))
        return 0
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    PY2CPP = os.path.abspath(sys.argv[1])
    names = sys.argv[2:] or list(TESTS)
    failed = skipped = 0
    for name in names:
        with tempfile.TemporaryDirectory(prefix="py2cpp-cli-") as d:
            try:
                TESTS[name](d, os.path.join(d, "cache"))
                print("ok   %s" % name)
            except Failure as e:
                failed += 1
                print("FAIL %s: %s" % (name, e))
            except Skip as e:
                skipped += 1
                print("skip %s: %s" % (name, e))
    if failed:
        return 1
    return SKIPPED if skipped == len(names) else 0


if __name__ == "__main__":
    sys.exit(main())
