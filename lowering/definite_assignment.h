// Lowering — which reads of a function's plain locals are certain to find the variable bound.
//
// Every read of a local must raise UnboundLocalError when the variable has no value, so the lowering guards
// each one (`py::load_local(x, "x")`). Most reads cannot fail: `i = 0` and then `while i < n` reads a variable
// that every path has bound. This pass proves that, as CPython 3.12's compiler does to choose LOAD_FAST over
// LOAD_FAST_CHECK: a forward walk over the function body keeping the set of locals bound on every path to the
// current point. It is conservative: a read it cannot prove stays checked, never the other way round.
#pragma once

#include <initializer_list>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/scope.h"

namespace py2cpp {

// Adds to `proven` the Name nodes, among the reads (and `del` targets, and `x op= ...` targets) of the plain
// locals of `scope`, that always find their variable bound. The parameters are bound on entry. Nested
// functions, classes, lambdas and comprehensions are not entered: each is analysed on its own.
void find_bound_loads(const Scope* scope, const ast::StmtList& body, std::unordered_set<const ast::Name*>& proven);
// The same for a lambda's body.
void find_bound_loads(const Scope* scope, const ast::Expr* lambda_body, std::unordered_set<const ast::Name*>& proven);
// The same for a comprehension: its generators (the first one's iterable excepted, which the enclosing scope
// evaluates), then the expressions it produces (element, or key and value).
void find_bound_loads(const Scope* scope, const std::vector<ast::Comprehension*>& generators,
                      std::initializer_list<const ast::Expr*> results, std::unordered_set<const ast::Name*>& proven);

}  // namespace py2cpp
