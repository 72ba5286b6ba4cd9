#!/usr/bin/env bash
# Quick start, step 2 of 2: build py2cpp and run every test (unit tests and the CPython-oracle suites).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build
ctest --test-dir build --output-on-failure -j "$(nproc)"
