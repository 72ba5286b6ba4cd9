#!/usr/bin/env bash
# Quick start, step 1 of 2: install what is missing, build py2cpp, and run it on the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
example=examples/hello.py
echo "== py2cpp parse --dump-ast $example"
build/py2cpp parse --dump-ast "$example"
if build/py2cpp scopes --help >/dev/null 2>&1; then
  echo "== py2cpp scopes $example"
  build/py2cpp scopes "$example"
fi
