// Front end — the resolver: pins every name of a module to its block and scope, exactly as CPython 3.11 does.
//
// resolve() runs, in CPython's order, the three compile-time steps that concern names and blocks:
//   1. future.c    — `from __future__ import ...` at the top of the module (features, "not a chance");
//   2. symtable.c  — the two-pass symbol table (frontend/resolver.cpp);
//   3. compile.c   — the name/block errors the code generator raises (frontend/block_checks.cpp).
// The first error is reported to `diags` (CPython's message, line and column) and resolve() returns null.
// On success every Module/FunctionDef/ClassDef/Lambda/comprehension node has its `scope` set and every
// ast::Name its `symbol` (see scope.h for the two exceptions: annotation-only names under
// `from __future__ import annotations` point at unresolved symbols, and the target of a parenthesized
// annotation without a value, `(x): int`, binds nothing and stays null).
#pragma once

#include <memory>
#include <string>

#include "frontend/ast.h"
#include "frontend/scope.h"

namespace py2cpp {

class Diagnostics;
class SourceFile;

// The module's future features as future.c computes them.
struct FutureFeatures {
    bool annotations = false;     // PEP 563: annotations are never evaluated, their names never resolved
    bool barry_as_flufl = false;  // the parser's business; recorded for completeness
    int lineno = 0;               // line of the last future import (ff_lineno); later ones are errors
};

// The symbol table of one module plus what the later checks need to know about it.
struct ResolvedModule {
    SymbolTable table;
    FutureFeatures future;
};

// Runs future, symtable and compile-time checks over `module`. The AST must outlive the result.
std::unique_ptr<ResolvedModule> resolve(ast::Module& module, const SourceFile& source, Diagnostics& diags);

// The steps one by one, for tests and tools; each reports its first error and returns false.
bool parse_future(const ast::Module& module, FutureFeatures& out, const SourceFile& source, Diagnostics& diags);
bool build_symtable(ast::Module& module, const FutureFeatures& future, SymbolTable& table,
                    const SourceFile& source, Diagnostics& diags);
bool check_blocks(const ast::Module& module, const ResolvedModule& resolved, const SourceFile& source,
                  Diagnostics& diags);  // frontend/block_checks.cpp

// Reports a SyntaxError at an AST position (1-based line, 0-based UTF-8 byte column) and throws
// CompileError; shared by the passes above, which catch it at their entry point.
[[noreturn]] void raise_syntax_error(Diagnostics& diags, const SourceFile& source, int lineno, int col_offset,
                                     std::string message);

}  // namespace py2cpp
