#!/usr/bin/env bash
# Quick start, step 1 of 2: install what is missing, build py2cpp, and run it on the bundled examples.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
echo "== py2cpp scopes examples/hello.py   (where every name resolves)"
build/py2cpp scopes examples/hello.py
echo "== py2cpp run examples/counter.py      (compiled to C++, built, run)"
build/py2cpp run examples/counter.py
echo "== py2cpp compare examples/counter.py  (beside python3)"
build/py2cpp compare examples/counter.py
echo "== py2cpp compare examples/cmake/app/main.py  (a program of two modules, one C++ unit each)"
build/py2cpp compare examples/cmake/app/main.py
