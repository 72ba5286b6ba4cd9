#!/usr/bin/env python3
"""CMake integration — py2cpp installed into a fresh prefix, used by a project elsewhere through find_package.

usage: cmake_package_test.py BUILD_DIR EXAMPLE_DIR

Installs the py2cpp built in BUILD_DIR (`cmake --install`) into a temporary prefix, copies the example project
(examples/cmake) to a temporary directory and, with Ninja and with Unix Makefiles: configures it against the
prefix, builds it, runs the executable and compares its stdout and exit status with python3 running the same
entry script, and the C++ programs calling a py2cpp_add_library module (static and shared) with python3
calling that module (cpp/expected.py); checks that an edit of an imported module translates again and a build with nothing changed
does not; and that a syntax error fails the build with py2cpp's FILE:LINE:COL message.
"""
import os
import shutil
import subprocess
import sys
import tempfile


# A program embedding compiled Python leaves its objects to the operating system at exit (embed.cpp): with a
# sanitizer build of py2cpp, LeakSanitizer would report them.
ENV = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")


def run(*args, cwd=None, check=True):
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900, env=ENV)
    if check and result.returncode != 0:
        raise SystemExit("FAIL: %s exited with %d:\n%s%s" % (" ".join(args), result.returncode, result.stdout,
                                                             result.stderr))
    return result


def expect(condition, message):
    if not condition:
        raise SystemExit("FAIL: " + message)


def check_generator(generator, prefix, example, work):
    build = os.path.join(work, "build-" + generator.replace(" ", "-"))
    run("cmake", "-S", example, "-B", build, "-G", generator, "-DCMAKE_PREFIX_PATH=" + prefix)
    first = run("cmake", "--build", build)
    expect("py2cpp: translating" in first.stdout, "%s: the first build did not translate:\n%s" % (generator, first.stdout))

    program = os.path.join(build, "inventory")
    compiled = run(program, check=False)
    python = run(sys.executable, os.path.join(example, "app", "main.py"), check=False)
    expect(compiled.stdout == python.stdout and compiled.returncode == python.returncode,
           "%s: the executable printed %r (status %d), python3 %r (status %d)" %
           (generator, compiled.stdout, compiled.returncode, python.stdout, python.returncode))

    # C++ calling compiled Python through a generated header, from a static and from a shared library
    expected = run(sys.executable, os.path.join(example, "cpp", "expected.py")).stdout
    for name in ["measure", "measure_shared"]:
        measured = run(os.path.join(build, name), check=False)
        expect(measured.stdout == expected and measured.returncode == 0,
               "%s: %s printed %r (status %d), python3 %r" % (generator, name, measured.stdout, measured.returncode,
                                                               expected))

    again = run("cmake", "--build", build)
    expect("py2cpp: translating" not in again.stdout, "%s: a build with nothing changed translated again" % generator)

    # an edit of the imported module, not the entry: found through the depfile
    module = os.path.join(example, "app", "inventory.py")
    with open(module, "a", encoding="utf-8") as f:
        f.write("\n\ndef unused():\n    return 'edited'\n")
    edited = run("cmake", "--build", build)
    expect("py2cpp: translating" in edited.stdout,
           "%s: editing inventory.py did not translate again:\n%s" % (generator, edited.stdout))

    with open(module, "a", encoding="utf-8") as f:
        f.write("def broken(:\n")
    failed = run("cmake", "--build", build, check=False)
    output = failed.stdout + failed.stderr
    expect(failed.returncode != 0 and "inventory.py:" in output and ": error: " in output,
           "%s: a syntax error did not fail the build with py2cpp's message:\n%s" % (generator, output))
    shutil.copy(os.path.join(work, "inventory.py.orig"), module)
    print("ok   %s" % generator)


def main():
    build_dir, example_src = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory(prefix="py2cpp-cmake-") as work:
        prefix = os.path.join(work, "prefix")
        run("cmake", "--install", build_dir, "--prefix", prefix)
        expect(os.path.exists(os.path.join(prefix, "lib", "cmake", "py2cpp", "py2cppConfig.cmake")),
               "no package config under the prefix")
        example = os.path.join(work, "example")
        shutil.copytree(example_src, example)
        shutil.copy(os.path.join(example, "app", "inventory.py"), os.path.join(work, "inventory.py.orig"))
        for generator in ["Ninja", "Unix Makefiles"]:
            check_generator(generator, prefix, example, work)


if __name__ == "__main__":
    main()
