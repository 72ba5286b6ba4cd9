// Front end — the parse driver: source text → tokens → ANTLR parse tree → AST (ast.h).
//
// Parsing runs in two stages, the usual ANTLR recipe for speed: first with SLL prediction and bail-out on the
// first error (fast; right for nearly all real code), and only if that fails again with full LL prediction,
// whose first error is the one reported. The generated parser's prediction cache is shared by every parse in
// the process, so parsing many files in one process gets faster as it goes.
#pragma once

#include <memory>
#include <string_view>

#include "frontend/ast.h"

namespace py2cpp {

class Diagnostics;
class SourceFile;

struct ParsedModule {
    ast::AstArena arena;
    ast::Module module;
};

// Parses a whole file. On a syntax error, reports it (CPython's message and position) and returns null.
std::unique_ptr<ParsedModule> parse_module(const SourceFile& source, Diagnostics& diags);

}  // namespace py2cpp
