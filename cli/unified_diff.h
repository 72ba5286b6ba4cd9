// CLI — a unified diff of two texts, line by line, as `diff -u` prints it (for `py2cpp compare`).
#pragma once

#include <string>

namespace py2cpp {

// The hunks (with `context` lines around each change) under `--- from_label` / `+++ to_label` headers; empty
// when the texts are equal. A missing final newline is marked as diff marks it.
std::string unified_diff(const std::string& from, const std::string& to, const std::string& from_label,
                         const std::string& to_label, int context = 3);

}  // namespace py2cpp
