// Lowering — Python AST + symbol table → one C++ translation unit (see lower.h and README.md).
//
// One pass over the AST. Each Python function becomes a C++ function whose plain locals are py::Value
// variables; names the resolver marked CELL are std::shared_ptr<py::Cell> shared with the closures, FREE names
// are references to the closure's cells, and module-level names are py::Globals in `struct globals`, pointers
// into the module's namespace dict (runtime: py2cpp/modules.h). Anything outside the
// supported slice throws Unsupported at the first offending node, which becomes an `unsupported: ...` error:
// we refuse at translate time rather than emit C++ that fails to compile or behaves differently.
//
// Evaluation order: C++ leaves the order of function arguments unspecified, so every runtime entry point that
// takes several evaluated operands takes them as one braced list (`py::add({l, r})`, `py::call({f, a, b})`),
// which C++ evaluates left to right, Python's order.
#include "lowering/lower.h"
#include "lowering/stdlib_modules.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "frontend/pyrepr.h"
#include "frontend/scope.h"
#include "lowering/definite_assignment.h"
#include "lowering/numeric_fast_paths.h"
#include "lowering/naming.h"
#include "runtime/include/py2cpp/method_names.h"
#include "runtime/include/py2cpp/module_names.h"

namespace py2cpp {

namespace {

struct Unsupported {
    const ast::Node* node;
    std::string what;
};

[[noreturn]] void unsupported(const ast::Node* node, std::string what) { throw Unsupported{node, std::move(what)}; }

// A C++ string literal with the same bytes. Octal escapes are always three digits, so a following digit can
// never extend them (hex escapes would swallow following hex letters).
std::string quote(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += fmt::format("\\{:03o}", c);
        }
    }
    return out + "\"";
}

// The names of Python's builtins module that py2cpp's runtime does not have (runtime/src/builtins.cpp has the
// rest): a program that uses one without binding it itself is refused.
const std::set<std::string_view> kOtherBuiltins = {
    "breakpoint", "bytearray", "compile", "complex", "copyright", "credits",
    "eval", "exec", "exit", "help", "aiter", "anext",
    "license", "memoryview", "open", "quit", "__import__", "__build_class__", "__debug__",
    "IOError",
    "EnvironmentError",
    "BrokenPipeError", "ChildProcessError", "InterruptedError",
    "ProcessLookupError", "BlockingIOError", "SyntaxError",
    "IndentationError", "TabError",
    "UnicodeTranslateError", "StopAsyncIteration",
    "PendingDeprecationWarning", "SyntaxWarning",
    "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning",
    "EncodingWarning", "BaseExceptionGroup", "ExceptionGroup",
};

const char* binop_function(ast::OperatorKind op) {
    using K = ast::OperatorKind;
    switch (op) {
        case K::Add: return "py::add";
        case K::Sub: return "py::sub";
        case K::Mult: return "py::mul";
        case K::MatMult: return "py::matmul";
        case K::Div: return "py::truediv";
        case K::Mod: return "py::mod";
        case K::Pow: return "py::pow";
        case K::LShift: return "py::lshift";
        case K::RShift: return "py::rshift";
        case K::BitOr: return "py::bitor_";
        case K::BitXor: return "py::bitxor";
        case K::BitAnd: return "py::bitand_";
        case K::FloorDiv: return "py::floordiv";
    }
    return "py::add";
}

// `x OP= y`: a class's __iOP__, the builtins' in-place forms (list +=, set |= &= -= ^=, ...), else the binary
// operator with `OP=` in its TypeError (runtime: py::inplace_slow).
const char* inplace_function(ast::OperatorKind op) {
    using K = ast::OperatorKind;
    switch (op) {
        case K::Add: return "py::inplace_add";
        case K::Sub: return "py::inplace_sub";
        case K::Mult: return "py::inplace_mul";
        case K::MatMult: return "py::inplace_matmul";
        case K::Div: return "py::inplace_truediv";
        case K::Mod: return "py::inplace_mod";
        case K::Pow: return "py::inplace_pow";
        case K::LShift: return "py::inplace_lshift";
        case K::RShift: return "py::inplace_rshift";
        case K::BitOr: return "py::inplace_or";
        case K::BitXor: return "py::inplace_xor";
        case K::BitAnd: return "py::inplace_and";
        case K::FloorDiv: return "py::inplace_floordiv";
    }
    return "py::inplace_add";
}

const char* compare_function(ast::CmpOpKind op) {
    using K = ast::CmpOpKind;
    switch (op) {
        case K::Eq: return "py::cmp_eq";
        case K::NotEq: return "py::cmp_ne";
        case K::Lt: return "py::cmp_lt";
        case K::LtE: return "py::cmp_le";
        case K::Gt: return "py::cmp_gt";
        case K::GtE: return "py::cmp_ge";
        case K::Is: return "py::cmp_is";
        case K::IsNot: return "py::cmp_is_not";
        case K::In: return "py::cmp_in";
        case K::NotIn: return "py::cmp_not_in";
    }
    return "py::cmp_eq";
}

std::string join(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += ", ";
        out += parts[i];
    }
    return out;
}

// Class bodies keep their names in the namespace dict (ClassNs); their free variables are read namespace-first.
enum class Storage { Local, Cell, Free, Global, ClassNs, ClassFree };

constexpr std::size_t kChunk = 8;  // top-level statements per module_partN function

struct LoopState {
    int finally_depth;  // try/finally blocks open when the loop started
    std::size_t with_depth;  // with blocks open when the loop started
};

// How control left a try body that has a finally: the finally body runs, then the exit resumes.
enum FinallyExit : int { kFallThrough = 0, kReturn = 1, kBreak = 2, kContinue = 3 };

// A try/finally being lowered: `return`/`break`/`continue` in its body store their kind in `_exit<id>` and
// jump to `_finally<id>`, the finally body.
struct FinallyState {
    int id;
    std::size_t with_depth;  // with blocks open when the try started (the ones opened after exit before the jump)
    unsigned exits = 0;      // bit per FinallyExit used
};

// The C++ function being emitted: the module body or one Python function.
struct FunctionState {
    const Scope* scope = nullptr;
    bool is_module = false;
    bool is_class = false;  // a class body: names live in the namespace `_ns`
    std::vector<std::string> withs;  // the WithBlock variables of the open with statements, outermost first
    NameScope names;
    std::string body;
    int indent = 1;
    std::vector<LoopState> loops;
    std::vector<FinallyState> finallys;  // open try/finally blocks, innermost last
    int finally_depth = 0;               // finallys.size()
    bool uses_return_slot = false;       // a `return` crossed a finally: `_ret` holds its value
    bool has_loop = false;               // a `for` or `while` (else the code runs once per call: see cold())
    bool generator = false;             // the body is a coroutine: `co_return`, and except clauses run outside
    bool has_handlers = false;          // a try or with statement: code that runs when an exception passes
    std::vector<std::string> handling;  // generator: the exceptions the enclosing except clauses handle
};

class Lowerer {
public:
    Lowerer(const ResolvedModule& resolved, const LoweringOptions& options, const SourceFile& source,
            Diagnostics& diags)
        : resolved_(resolved), options_(options), source_(source), diags_(diags) {
        code_names_.reserve("main");
        field_names_.reserve("main");
        field_names_.reserve("globals");  // the struct holding them
    }

    std::string run(const ast::Module& module) {
        float_symbols_ = float_hinted_symbols(module.body);
        collect_fields(resolved_.table.top());
        if (docstring(module.body) != nullptr) add_field("__doc__");
        collect_direct_defs(module.body);
        // The module's statements go into functions of kChunk statements each: the compiler's optimizer costs
        // grow faster than linearly with a function's size, and a script's top level can be long.
        std::string chunks, calls;
        for (std::size_t first = 0, k = 1; first < module.body.size(); first += kChunk, ++k) {
            FunctionState state;
            state.scope = resolved_.table.top();
            state.is_module = true;
            FunctionState* saved = enter(state);
            // a module with annotated names starts its `__annotations__` first, as a class body does
            if (first == 0 && has_annotations(module.body)) line("py::setup_annotations(py::globals());");
            if (first == 0 && docstring(module.body) != nullptr)  // the module's docstring is its __doc__
                line(fmt::format("py::store_global(globals::{}, {});", field("__doc__"),
                                 str_constant(*docstring(module.body))));
            for (std::size_t i = first; i < std::min(first + kChunk, module.body.size()); ++i)
                lower_stmt(module.body[i]);
            leave(saved);
            chunks += fmt::format("{}void module_part{}(py::Frame& _frame) {{\n{}}}\n\n", cold(state), k, state.body);
            calls += fmt::format("    module_part{}(_frame);\n", k);
        }

        std::string out;
        out += fmt::format("// Generated by py2cpp from {}. Do not edit: regenerate with `py2cpp translate`.\n",
                           options_.source_path);
        out += "#include <py2cpp/runtime.h>\n\n";
        bool entry = options_.module_name == "__main__";
        std::vector<std::string> others;  // the program's other modules
        for (const auto& m : options_.program_modules)
            if (m != options_.module_name) others.push_back(m);
        if (!others.empty()) {
            out += "// The program's other modules (each its own translation unit): imported when first imported.\n";
            for (const auto& m : others) out += fmt::format("extern py::ModuleDef {};\n", module_symbol(m));
            out += "\n";
        }
        out += "namespace {\n\n";
        out += "// Module globals: each points at its entry in the module's namespace dict (see py::Global).\n"
               "struct globals {\n";
        for (const auto& name : field_order_)
            out += fmt::format("    static inline py::Global {}{{{}}};\n", field(name), quote(name));
        out += "};\n\nvoid module_body();\n";
        out += "py::Global* const global_table[] = {";
        for (std::size_t i = 0; i < field_order_.size(); ++i)
            out += fmt::format("{}&globals::{}", i > 0 ? ", " : "", field(field_order_[i]));
        if (field_order_.empty()) out += "nullptr";
        out += "};\npy::ModuleDef* const program_table[] = {";
        for (std::size_t i = 0; i < others.size(); ++i)
            out += fmt::format("{}&{}", i > 0 ? ", " : "", module_symbol(others[i]));
        if (others.empty()) out += "nullptr";
        out += "};\n\n";
        std::string def = fmt::format("{{{}, {}, {}, &module_body, global_table, {}, program_table, {}}}",
                                      quote(options_.module_name),
                                      quote(options_.module_file.empty() ? options_.source_path : options_.module_file),
                                      options_.is_package ? "true" : "false", field_order_.size(), others.size());
        if (entry) {
            out += fmt::format("// What the runtime knows of this module.\npy::ModuleDef this_module{};\n\n", def);
        } else {
            out += fmt::format("}}  // namespace\n\n// What the runtime knows of this module.\n"
                               "py::ModuleDef {}{};\n\nnamespace {{\n\npy::ModuleDef& this_module = {};\n\n",
                               module_symbol(options_.module_name), def, module_symbol(options_.module_name));
        }
        out += "// Literals that allocate, built once.\nstruct constants {\n";
        out += constants_;
        out += "};\n\n";
        if (attr_sites_ > 0 || method_sites_ > 0) {
            out += "// What each `obj.attr` and `obj.m(...)` site last saw (see py::AttrCache, py::MethodCache).\n"
                   "struct sites {\n";
            if (attr_sites_ > 0) out += fmt::format("    static inline py::AttrCache attr[{}];\n", attr_sites_);
            if (method_sites_ > 0) out += fmt::format("    static inline py::MethodCache method[{}];\n", method_sites_);
            out += "};\n\n";
        }
        out += "namespace code {\n\n";
        out += prototypes();
        out += functions_;
        out += "}  // namespace code\n\n";
        out += chunks;
        out += "void module_body() {\n    py::Frame _frame(\"<module>\", nullptr, &this_module);\n";
        out += calls;
        out += "}\n\n}  // namespace\n";
        if (entry)
            out += "\nextern \"C\" {\nconst char* malloc_conf = py::kAllocatorSettings;  // read by jemalloc\n}\n"
                   "\nint main(int argc, char** argv) { return py::run_main(argc, argv, this_module); }\n";
        return out;
    }

private:
    // ---- module globals

    // Every name the code reads or writes at module level (any name of the module block, the globals of
    // functions, and a class body's fallback names) is a py::Global. `bound_globals_` are those the module
    // itself binds: the others are builtins (or names bound only through globals() and the like).
    void collect_fields(const Scope* scope) {
        for (const Symbol* s : scope->symbols) {
            bool bound = s->flags.any(kDefBound);
            bool global = scope->type == BlockType::Module || s->scope == SymbolScope::GLOBAL_EXPLICIT ||
                          s->scope == SymbolScope::GLOBAL_IMPLICIT;
            // a class body reads its own names namespace first, then as globals (LOAD_NAME)
            if (global || (scope->type == BlockType::Class && s->scope != SymbolScope::FREE)) add_field(s->name);
            if (global && bound && (scope->type == BlockType::Module || s->scope == SymbolScope::GLOBAL_EXPLICIT))
                bound_globals_.insert(std::string(s->name));
        }
        for (const Scope* child : scope->children) collect_fields(child);
    }
    void add_field(std::string_view name) {
        if (fields_.insert(std::string(name)).second) field_order_.emplace_back(name);
    }
    // A builtin the module never binds and py2cpp's runtime does not have: refused where it is used.
    void require_builtin(std::string_view name, const ast::Node* node) {
        if (bound_globals_.count(std::string(name)) == 0 && kOtherBuiltins.count(name) != 0)
            unsupported(node, fmt::format("builtin '{}'", name));
    }
    const std::string& field(std::string_view name) { return field_names_.name(name); }

    // ---- constants

    // A fresh per-site attribute cache for an `obj.attr` read or write.
    std::string attr_site() { return fmt::format("sites::attr[{}]", attr_sites_++); }
    // The same for an `obj.m(...)` call.
    std::string method_site() { return fmt::format("sites::method[{}]", method_sites_++); }

    std::string str_constant(const std::string& utf8) {
        auto it = str_constants_.find(utf8);
        if (it != str_constants_.end()) return it->second;
        std::string name = fmt::format("s{}", str_constants_.size() + 1);
        constants_ += fmt::format("    static inline const py::Value {} = py::str({}, {});\n", name, quote(utf8), utf8.size());
        return str_constants_.emplace(utf8, "constants::" + name).first->second;
    }
    std::string bytes_constant(const std::string& data) {
        auto it = bytes_constants_.find(data);
        if (it != bytes_constants_.end()) return it->second;
        std::string name = fmt::format("y{}", bytes_constants_.size() + 1);
        constants_ += fmt::format("    static inline const py::Value {} = py::bytes({}, {});\n", name, quote(data), data.size());
        return bytes_constants_.emplace(data, "constants::" + name).first->second;
    }

    // ---- output helpers

    FunctionState* enter(FunctionState& state) {
        FunctionState* saved = fs_;
        fs_ = &state;
        return saved;
    }
    void leave(FunctionState* saved) { fs_ = saved; }
    void line(std::string_view text) {
        fs_->body.append(static_cast<std::size_t>(fs_->indent) * 4, ' ');
        fs_->body += text;
        fs_->body += '\n';
    }
    void open(std::string_view text) {
        line(text);
        ++fs_->indent;
    }
    void close(std::string_view text = "}") {
        --fs_->indent;
        line(text);
    }
    std::string temp() { return fmt::format("_t{}", ++temp_counter_); }

    // ---- fused int64, int128 and double fast paths (numeric_fast_paths.h)

    IntFastPath::SlotOf fast_path_slot() {
        return [this](const ast::Name* n) -> std::string {
            if (n->symbol == nullptr || fs_->is_module || fs_->is_class) return {};
            switch (storage_of(n->symbol, n)) {
                case Storage::Local: return fs_->names.name(n->id);
                case Storage::Cell:
                case Storage::Free: return fs_->names.name(n->id) + "->value";
                default: return {};
            }
        };
    }
    // `generic` lowered with fusion off: the fallback of a fast path is lowered operator by operator.
    template <class Lower>
    std::string generic(Lower lower) {
        ++generic_depth_;
        std::string out = lower();
        --generic_depth_;
        return out;
    }
    // A fused evaluation: declarations of its temporaries, the guard, and the result when the guard holds
    // (a py::Value, or a C++ bool for a comparison).
    struct Fused {
        std::string declarations, test, result;
    };
    // `e`, or `target OP e` when `op` is given, as int64 (or int128) arithmetic, else as double arithmetic.
    std::optional<Fused> fuse(const ast::Expr* e, const ast::Name* target = nullptr,
                              const ast::OperatorKind* op = nullptr) {
        if (generic_depth_ > 0) return std::nullopt;
        bool prefer_float = mentions_float_hinted(e) || (target != nullptr && mentions_float_hinted(target));
        auto fused = prefer_float ? fuse_float(e, target, op) : fuse_int(e, target, op);
        if (!fused) fused = prefer_float ? fuse_int(e, target, op) : fuse_float(e, target, op);
        return fused;
    }
    std::optional<Fused> fuse_int(const ast::Expr* e, const ast::Name* target, const ast::OperatorKind* op) {
        IntFastPath ints(fast_path_slot(), int_temp_counter_, IntFastPath::width_of({e}));
        auto i = fast_path_value(ints, e, target, op);
        if (!i || !ints.has_operator()) return std::nullopt;
        return Fused{ints.declarations(), ints.test(), ints.boxed(*i)};
    }
    std::optional<Fused> fuse_float(const ast::Expr* e, const ast::Name* target, const ast::OperatorKind* op) {
        FloatFastPath floats(fast_path_slot(), int_temp_counter_);
        auto f = fast_path_value(floats, e, target, op);
        if (!f || !f->is_float || !floats.has_operator()) return std::nullopt;
        return Fused{floats.declarations(), floats.test(), fmt::format("py::Value::floating({})", f->cpp)};
    }
    bool mentions_float_hinted(const ast::Expr* e) const {
        if (auto* n = ast::as<ast::Name>(e)) return n->symbol != nullptr && float_symbols_.count(n->symbol) != 0;
        if (auto* u = ast::as<ast::UnaryOp>(e)) return mentions_float_hinted(u->operand);
        if (auto* b = ast::as<ast::BinOp>(e)) return mentions_float_hinted(b->left) || mentions_float_hinted(b->right);
        return false;
    }
    // `a OP b` for ==, !=, <, <=, >, >= of int arithmetic, or of float arithmetic, over variables and literals.
    std::optional<Fused> fuse_compare(const ast::Compare* c) {
        if (generic_depth_ > 0 || c->ops.size() != 1) return std::nullopt;
        const char* op = IntFastPath::comparison(c->ops[0]);
        if (op == nullptr) return std::nullopt;
        bool prefer_float = mentions_float_hinted(c->left) || mentions_float_hinted(c->comparators[0]);
        IntFastPath ints(fast_path_slot(), int_temp_counter_, IntFastPath::width_of({c->left, c->comparators[0]}));
        auto il = prefer_float ? std::nullopt : ints.value(c->left);
        auto ir = il ? ints.value(c->comparators[0]) : std::nullopt;
        if (il && ir) return Fused{ints.declarations(), ints.test(), fmt::format("{} {} {}", *il, op, *ir)};
        FloatFastPath floats(fast_path_slot(), int_temp_counter_);
        auto fl = floats.value(c->left);
        auto fr = fl ? floats.value(c->comparators[0]) : std::nullopt;
        if (!fl || !fr || !(fl->is_float || fr->is_float)) return std::nullopt;
        return Fused{floats.declarations(), floats.test(), fmt::format("{} {} {}", fl->as_double(), op, fr->as_double())};
    }
    // The value of arithmetic `e` as a py::Value: the fused evaluation, else the general one.
    std::optional<std::string> fused_value(const ast::Expr* e) {
        auto fast = fuse(e);
        if (!fast) return std::nullopt;
        std::string slow = generic([&] { return expr(e); });
        return fmt::format("[&]() -> py::Value {{ {}{}if ({}) return {}; return {}; }}()", fast->declarations,
                           fast->declarations.empty() ? "" : "; ", fast->test, fast->result, slow);
    }
    // A comparison as a C++ bool (`as_value`: a bool py::Value), the fused one when the guard holds.
    std::optional<std::string> fused_compare(const ast::Compare* c, bool as_value) {
        auto fast = fuse_compare(c);
        if (!fast) return std::nullopt;
        std::string slow = generic([&] { return as_value ? compare(c) : cond(c); });
        std::string result = as_value ? fmt::format("py::Value::boolean({})", fast->result) : fast->result;
        return fmt::format("[&]() -> {} {{ {}{}if ({}) return {}; return {}; }}()", as_value ? "py::Value" : "bool",
                           fast->declarations, fast->declarations.empty() ? "" : "; ", fast->test, result, slow);
    }
    // `target = e` (op null) or `target OP= e` for a variable target and fusible arithmetic: the fused
    // evaluation stored, else `store_generic`. False when the statement has no fast path.
    template <class StoreGeneric>
    bool fused_store(const ast::Name* target, const ast::OperatorKind* op, const ast::Expr* e,
                     StoreGeneric store_generic) {
        auto fast = fuse(e, target, op);
        if (!fast) return false;
        open(fast->declarations.empty() ? fmt::format("if ({}) {{", fast->test)
                                        : fmt::format("if ({}; {}) {{", fast->declarations, fast->test));
        store(target->id, target->symbol, target, fast->result);
        close("} else {");
        ++fs_->indent;
        ++generic_depth_;
        store_generic();
        --generic_depth_;
        close();
        return true;
    }

    // Module and class-body code without loops runs once: g++ optimizes a cold function for size, which
    // also takes it less time.
    static const char* cold(const FunctionState& state) { return state.has_loop ? "" : "[[gnu::cold]] "; }

    // The operands of one braced list, lowered in order. The runtime takes them by reference (py::Ref,
    // py::Two), so a name operand refers to its variable: when a later operand may run Python code that can
    // rebind it (a global or a closure's cell, through a call; a local, through a walrus), the value is copied
    // first, as CPython's evaluation stack holds the value it loaded (`x + f()` adds the old x).
    class Operands {
    public:
        explicit Operands(Lowerer& lowerer) : lowerer_(lowerer) {}
        Operands& add(const ast::Expr* e) { return add(e, lowerer_.expr(e)); }
        // The callee of py::call, which uses it in place: copied whenever the call itself could rebind it.
        Operands& add_callee(const ast::Expr* e) {
            add(e);
            items_.back().callee = true;
            return *this;
        }
        // An operand the caller has just lowered; `source` null when it is no Python expression.
        Operands& add(const ast::Expr* source, std::string lowered) {
            items_.push_back({source, std::move(lowered), lowerer_.walrus_count_, false});
            return *this;
        }
        std::vector<std::string> parts() {
            std::vector<std::string> out(items_.size());
            bool later_runs_code = false;
            for (std::size_t i = items_.size(); i-- > 0;) {
                out[i] = items_[i].lowered;
                bool later_walrus = lowerer_.walrus_count_ > items_[i].walruses_after;
                if (lowerer_.rebindable(items_[i].source, later_runs_code || items_[i].callee, later_walrus))
                    out[i] = fmt::format("py::Value({})", out[i]);
                later_runs_code = later_runs_code || may_run_code(items_[i].source);
            }
            return out;
        }
        std::string joined() { return join(parts()); }
        // For a braced list of Values, which copies every operand as it is evaluated.
        std::string joined_values() const {
            std::vector<std::string> out;
            for (const Item& item : items_) out.push_back(item.lowered);
            return join(out);
        }

    private:
        struct Item {
            const ast::Expr* source;
            std::string lowered;
            int walruses_after;
            bool callee;
        };
        Lowerer& lowerer_;
        std::vector<Item> items_;
    };

    // Whether evaluating `e` may run Python code (a call, an operator or attribute a class defines). Loading a
    // name or a constant, and building a tuple, list or slice of those, never does.
    static bool may_run_code(const ast::Expr* e) {
        if (e == nullptr) return false;
        switch (e->kind) {
            case ast::ExprKind::Constant:
            case ast::ExprKind::Name: return false;
            case ast::ExprKind::Tuple: return any_may_run_code(ast::as<ast::Tuple>(e)->elts);
            case ast::ExprKind::List: return any_may_run_code(ast::as<ast::List>(e)->elts);
            case ast::ExprKind::Slice: {
                auto* s = ast::as<ast::Slice>(e);
                return may_run_code(s->lower) || may_run_code(s->upper) || may_run_code(s->step);
            }
            default: return true;
        }
    }
    static bool any_may_run_code(const ast::ExprList& elts) {
        return std::any_of(elts.begin(), elts.end(),
                           [](const ast::Expr* x) { return x->kind == ast::ExprKind::Starred || may_run_code(x); });
    }
    // Whether `e` is a name whose variable what follows may rebind before the operand is used.
    bool rebindable(const ast::Expr* e, bool later_runs_code, bool later_walrus) {
        auto* n = ast::as<ast::Name>(e);
        if (n == nullptr || n->symbol == nullptr) return false;
        switch (storage_of(n->symbol, n)) {
            case Storage::Local: return later_walrus;
            case Storage::Cell:
            case Storage::Free: return later_runs_code || later_walrus;
            case Storage::Global:  // a builtin constant or a NameError needs no copy
                return later_runs_code || later_walrus;
            case Storage::ClassNs:
            case Storage::ClassFree: return false;  // loaded by value
        }
        return false;
    }
    // A keyword-free call's positional arguments as the braced list of Values of DirectCall and call_variable.
    std::string argument_values(const ast::Call* c) {
        Operands values(*this);
        for (const ast::Expr* a : c->args) values.add(a);
        return values.joined_values();
    }
    // A local or closure variable of a function: calling one is mostly calling a function (py::call_variable).
    bool is_function_variable(const ast::Expr* e) {
        auto* n = ast::as<ast::Name>(e);
        if (n == nullptr || n->symbol == nullptr) return false;
        Storage storage = storage_of(n->symbol, n);
        return storage == Storage::Local || storage == Storage::Cell || storage == Storage::Free;
    }

    // ---- direct calls of the module's functions
    //
    // `f(a, b)` where f is a global that exactly one module-level `def f` with a simple signature binds (at the
    // top level or in an if/for/while/try/with there, never in a def or class) is
    // `py::DirectCall<&code::f>(f)({a, b})`: the runtime compares the function the global holds with that def's
    // code and enters the code directly, or makes an ordinary call (the global rebound, deleted, decorated).
    // Those defs get their C++ names before any code is lowered, so a call may precede its def; the ones
    // called so are declared at the top of namespace `code`.
    struct DirectDef {
        const ast::FunctionDef* def;
        std::string cpp;
        bool called = false;
    };

    void collect_direct_defs(const ast::StmtList& body) {
        std::map<std::string_view, std::vector<const ast::FunctionDef*>> defs;
        find_module_defs(body, defs);
        for (const auto& [name, found] : defs) {
            const ast::Arguments* a = found[0]->args;
            bool simple = a->kwonlyargs.empty() && a->vararg == nullptr && a->kwarg == nullptr;
            if (found.size() == 1 && simple && !found[0]->is_async)
                direct_defs_.emplace(std::string(name), DirectDef{found[0], reserve_code_name(std::string(name))});
        }
    }
    static void find_module_defs(const ast::StmtList& body,
                                 std::map<std::string_view, std::vector<const ast::FunctionDef*>>& defs) {
        for (const ast::Stmt* s : body) {
            if (auto* f = ast::as<ast::FunctionDef>(s)) {
                defs[f->name].push_back(f);
            } else if (auto* i = ast::as<ast::If>(s)) {
                find_module_defs(i->body, defs);
                find_module_defs(i->orelse, defs);
            } else if (auto* fo = ast::as<ast::For>(s)) {
                find_module_defs(fo->body, defs);
                find_module_defs(fo->orelse, defs);
            } else if (auto* w = ast::as<ast::While>(s)) {
                find_module_defs(w->body, defs);
                find_module_defs(w->orelse, defs);
            } else if (auto* wi = ast::as<ast::With>(s)) {
                find_module_defs(wi->body, defs);
            } else if (auto* t = ast::as<ast::Try>(s)) {
                find_module_defs(t->body, defs);
                for (const ast::ExceptHandler* h : t->handlers) find_module_defs(h->body, defs);
                find_module_defs(t->orelse, defs);
                find_module_defs(t->finalbody, defs);
            }
        }
    }

    // A keyword call of a direct def bound to its parameters: the expression for each slot (null for its
    // default), when the binding cannot fail and evaluating the slots in order is evaluating the call's
    // arguments in source order (keywords in parameter order); otherwise the runtime binds it.
    static std::optional<std::vector<const ast::Expr*>> bind_to_parameters(const ast::Call* c, const ast::FunctionDef* def) {
        const ast::Arguments* a = def->args;
        std::vector<std::string_view> params;
        for (const ast::Arg* p : a->posonlyargs) params.push_back(p->arg);
        for (const ast::Arg* p : a->args) params.push_back(p->arg);
        if (c->args.size() > params.size()) return std::nullopt;
        std::vector<const ast::Expr*> slots(params.size(), nullptr);
        std::copy(c->args.begin(), c->args.end(), slots.begin());
        std::size_t next = std::max(c->args.size(), a->posonlyargs.size());  // the first slot a keyword may fill
        for (const ast::Keyword* k : c->keywords) {
            auto it = std::find(params.begin() + static_cast<std::ptrdiff_t>(next), params.end(), *k->arg);
            if (it == params.end()) return std::nullopt;
            std::size_t i = static_cast<std::size_t>(it - params.begin());
            slots[i] = k->value;
            next = i + 1;
        }
        std::size_t first_default = params.size() - a->defaults.size();
        for (std::size_t i = 0; i < first_default; ++i)
            if (slots[i] == nullptr) return std::nullopt;
        return slots;
    }

    // The def whose code a call of `func` can enter directly, or null. Module code outside loops runs once:
    // it keeps the ordinary call, which also stops g++ from inlining the callee (`main()`, whose loops are the
    // program) into that chunk, which is cold (optimized for size) when it has no loop.
    DirectDef* direct_target(const ast::Expr* func) {
        if (fs_->is_module && fs_->loops.empty()) return nullptr;
        auto* n = ast::as<ast::Name>(func);
        if (n == nullptr || n->symbol == nullptr || storage_of(n->symbol, n) != Storage::Global) return nullptr;
        auto it = direct_defs_.find(n->id);
        return it == direct_defs_.end() ? nullptr : &it->second;
    }

    std::string prototypes() const {
        std::string out;
        for (const auto& [name, def] : direct_defs_)
            if (def.called)
                out += fmt::format("py::Value {}(py::Function& _fn, const py::Value* _args, std::size_t _nargs);\n", def.cpp);
        return out.empty() ? out : "// The functions entered directly by calls (py::DirectCall).\n" + out + "\n";
    }

    void mark_line(const ast::Node* node) {
        if (options_.line_directives) fs_->body += fmt::format("#line {} {}\n", node->loc.lineno, quote(options_.source_path));
        line(fmt::format("_frame.line = {};", node->loc.lineno));
    }

    // ---- names

    Storage storage_of(const Symbol* sym, const ast::Node* node) {
        if (sym == nullptr) unsupported(node, "a name the resolver did not bind");
        if (fs_->is_module) return Storage::Global;
        if (fs_->is_class) {
            switch (sym->scope) {
                case SymbolScope::LOCAL:
                case SymbolScope::CELL: return Storage::ClassNs;
                case SymbolScope::FREE: return Storage::ClassFree;
                case SymbolScope::GLOBAL_EXPLICIT: return Storage::Global;
                case SymbolScope::GLOBAL_IMPLICIT: return Storage::ClassNs;  // LOAD_NAME: namespace first
                case SymbolScope::Unresolved: break;
            }
            unsupported(node, "a name the resolver did not bind");
        }
        switch (sym->scope) {
            case SymbolScope::LOCAL: return Storage::Local;
            case SymbolScope::CELL: return Storage::Cell;
            case SymbolScope::FREE: return Storage::Free;
            case SymbolScope::GLOBAL_EXPLICIT:
            case SymbolScope::GLOBAL_IMPLICIT: return Storage::Global;
            case SymbolScope::Unresolved: break;
        }
        unsupported(node, "a name the resolver did not bind");
    }

    std::string load(std::string_view name, const Symbol* sym, const ast::Node* node) {
        switch (storage_of(sym, node)) {
            case Storage::Local:
                if (proven_bound_.count(static_cast<const ast::Name*>(node)) != 0) return fs_->names.name(name);
                return fmt::format("py::load_local({}, {})", fs_->names.name(name), quote(name));
            case Storage::Cell:
                return fmt::format("py::load_local({}->value, {})", fs_->names.name(name), quote(name));
            case Storage::Free: return fmt::format("py::load_free(*{}, {})", fs_->names.name(name), quote(name));
            case Storage::ClassNs:
                return fmt::format("py::load_class_name(_ns, {}, {})", str_constant(std::string(name)),
                                   global_or_builtin(name, node));
            case Storage::ClassFree:
                return fmt::format("py::load_class_free(_ns, {}, *{})", str_constant(std::string(name)),
                                   fs_->names.name(name));
            case Storage::Global: break;
        }
        require_builtin(name, node);
        return fmt::format("py::load_global(globals::{})", field(name));
    }

    // A class body's fallback after its namespace: the global or the builtin, Unbound when neither exists.
    std::string global_or_builtin(std::string_view name, const ast::Node* node) {
        require_builtin(name, node);
        return fmt::format("py::global_or_builtin(globals::{})", field(name));
    }

    void store(std::string_view name, const Symbol* sym, const ast::Node* node, const std::string& value) {
        switch (storage_of(sym, node)) {
            case Storage::ClassNs:
                if (value == "py::Value()")  // unbinding (`except ... as e` ends): the name leaves the namespace
                    line(fmt::format("py::delete_class_name(_ns, {});", str_constant(std::string(name))));
                else
                    line(fmt::format("py::store_class_name(_ns, {}, {});", str_constant(std::string(name)), value));
                return;
            case Storage::ClassFree:  // `nonlocal x` in a class body: the enclosing function's cell
                line(fmt::format("{}->value = {};", fs_->names.name(name), value));
                return;
            case Storage::Local: line(fmt::format("{} = {};", fs_->names.name(name), value)); return;
            case Storage::Cell:
            case Storage::Free: line(fmt::format("{}->value = {};", fs_->names.name(name), value)); return;
            case Storage::Global: line(fmt::format("py::store_global(globals::{}, {});", field(name), value)); return;
        }
    }

    // The variable as a C++ lvalue of type py::Value; empty for a class body's namespace or a global.
    std::string variable_slot(std::string_view name, const Symbol* sym, const ast::Node* node) {
        switch (storage_of(sym, node)) {
            case Storage::Local: return fs_->names.name(name);
            case Storage::Cell:
            case Storage::Free:
            case Storage::ClassFree: return fs_->names.name(name) + "->value";
            case Storage::ClassNs: return {};
            case Storage::Global: break;
        }
        return {};
    }

    // The assignment as a C++ expression (for the walrus operator).
    std::string store_expression(std::string_view name, const Symbol* sym, const ast::Node* node,
                                 const std::string& value) {
        switch (storage_of(sym, node)) {
            case Storage::Local: return fmt::format("({} = {})", fs_->names.name(name), value);
            case Storage::Cell:
            case Storage::Free: return fmt::format("({}->value = {})", fs_->names.name(name), value);
            case Storage::ClassNs:
            case Storage::ClassFree: unsupported(node, "':=' in a class body");
            case Storage::Global: break;
        }
        return fmt::format("py::assign_global(globals::{}, {})", field(name), value);
    }

    const Symbol* symbol_in_current(std::string_view name, const ast::Node* node) {
        const Symbol* sym = fs_->scope->lookup(name);
        if (sym == nullptr) unsupported(node, "a name the resolver did not bind");
        return sym;
    }

    // ---- statements

    void lower_body(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) lower_stmt(s);
    }

    void lower_stmt(const ast::Stmt* s) {
        using K = ast::StmtKind;
        if (s->kind == K::Pass || s->kind == K::Global || s->kind == K::Nonlocal) return;
        if (auto* e = ast::as<ast::ExprStmt>(s); e != nullptr && e->value->kind == ast::ExprKind::Constant) return;
        mark_line(s);
        switch (s->kind) {
            case K::Expr: {
                const ast::Expr* value = ast::as<ast::ExprStmt>(s)->value;
                allow_yield(value);
                std::string text = expr(value);
                bool suspends = value->kind == ast::ExprKind::Yield || value->kind == ast::ExprKind::YieldFrom;
                line((suspends ? text.substr(1, text.size() - 2) : text) + ";");  // `co_yield v;` unparenthesized
                return;
            }
            case K::Assign: return lower_assign(ast::as<ast::Assign>(s));
            case K::AugAssign: return lower_augassign(ast::as<ast::AugAssign>(s));
            case K::AnnAssign: return lower_annassign(ast::as<ast::AnnAssign>(s));
            case K::If: return lower_if(ast::as<ast::If>(s));
            case K::While:
                fs_->has_loop = true;
                return lower_while(ast::as<ast::While>(s));
            case K::For:
                fs_->has_loop = true;
                return lower_for(ast::as<ast::For>(s));
            case K::Break:
            case K::Continue: {
                bool is_break = s->kind == K::Break;
                if (fs_->finally_depth > fs_->loops.back().finally_depth)
                    return exit_through_finally(is_break ? kBreak : kContinue);
                exit_withs(fs_->loops.back().with_depth);
                line(is_break ? "break;" : "continue;");
                return;
            }
            case K::FunctionDef: return lower_def(ast::as<ast::FunctionDef>(s));
            case K::Return: {
                auto* r = ast::as<ast::Return>(s);
                if (r->value != nullptr) allow_yield(r->value);
                const char* ret = fs_->generator ? "co_return" : "return";
                std::string value = r->value != nullptr ? expr(r->value) : "py::Value::none()";
                if (fs_->finally_depth > 0) {
                    // the value is computed before the finally bodies (and __exit__s) run, which may still
                    // change the names
                    fs_->uses_return_slot = true;
                    line(fmt::format("_ret = {};", value));
                    return exit_through_finally(kReturn);
                }
                if (fs_->withs.empty()) {
                    line(fmt::format("{} {};", ret, value));
                    return;
                }
                // the value first, then the with blocks' __exit__, innermost first
                open("{");
                std::string t = temp();
                line(fmt::format("py::Value {} = {};", t, value));
                exit_withs(0);
                line(fmt::format("{} {};", ret, t));
                close();
                return;
            }
            case K::Raise: {
                auto* r = ast::as<ast::Raise>(s);
                if (r->cause != nullptr)
                    line(fmt::format("py::raise_from({{{}}});", Operands(*this).add(r->exc).add(r->cause).joined()));
                else if (r->exc == nullptr && !fs_->handling.empty())  // a generator's except clause: see lower_try
                    line(fmt::format("throw py::PyException{{{}}};", fs_->handling.back()));
                else
                    line(r->exc == nullptr ? "py::reraise();" : fmt::format("py::raise_value({});", expr(r->exc)));
                return;
            }
            case K::Try:
                fs_->has_handlers = true;
                return lower_try(ast::as<ast::Try>(s));
            case K::Assert: {
                auto* a = ast::as<ast::Assert>(s);
                open(fmt::format("if (!({})) {{", cond(a->test)));
                if (a->msg == nullptr) {
                    line("py::raise_assertion(nullptr);");
                } else {
                    std::string t = temp();
                    line(fmt::format("py::Value {} = {};", t, expr(a->msg)));
                    line(fmt::format("py::raise_assertion(&{});", t));
                }
                close();
                return;
            }
            case K::ClassDef: return lower_class(ast::as<ast::ClassDef>(s));
            case K::Delete:
                for (const ast::Expr* target : ast::as<ast::Delete>(s)->targets) lower_del(target);
                return;
            case K::With:
                fs_->has_handlers = true;
                return lower_with(ast::as<ast::With>(s));
            case K::Match: unsupported(s, "'match'");
            case K::Import: return lower_import(ast::as<ast::Import>(s));
            case K::ImportFrom: return lower_import_from(ast::as<ast::ImportFrom>(s));
            default: unsupported(s, "this statement");
        }
    }

    // ---- imports
    //
    // A module is the program's own (the CLI found it on the search path and translates it too), one the
    // runtime provides, a standard library module the runtime does not provide (refused: the program could not
    // run as under CPython), or unknown: warned about here, and its import raises ModuleNotFoundError when it
    // runs, as in CPython. Relative imports are resolved here, against this module's package.

    int column_of(const ast::Node* node) const {
        return utf8_column(source_.line(node->loc.lineno), node->loc.col_offset) + 1;
    }

    bool is_program_module(std::string_view name) const {
        const auto& all = options_.program_modules;
        return name == options_.module_name || std::find(all.begin(), all.end(), name) != all.end();
    }

    void check_importable(const ast::Node* node, std::string_view name) {
        if (is_program_module(name)) return;
        std::string_view top = name.substr(0, name.find('.'));
        if (is_program_module(top)) {
            diags_.warning(node->loc.lineno, column_of(node),
                           fmt::format("no module named '{}' in package '{}': importing it raises ModuleNotFoundError",
                                       name, top));
            return;
        }
        if (std::find(std::begin(py::kRuntimeModules), std::end(py::kRuntimeModules), name) !=
            std::end(py::kRuntimeModules))
            return;
        if (std::binary_search(kStdlibModules, kStdlibModules + kStdlibModuleCount, top)) {
            std::string provided;
            for (std::string_view m : py::kRuntimeModules) provided += (provided.empty() ? "" : ", ") + std::string(m);
            unsupported(node, fmt::format("import of module '{}' (py2cpp provides {})", name, provided));
        }
        diags_.warning(node->loc.lineno, column_of(node),
                       fmt::format("no module named '{}' on the search path: importing it raises ModuleNotFoundError",
                                   name));
    }

    // `import a.b.c` binds a (once a, a.b and a.b.c are imported); `import a.b.c as m` binds a.b.c.
    void lower_import(const ast::Import* s) {
        for (const ast::Alias* alias : s->names) {
            check_importable(alias, alias->name);
            if (alias->asname) {
                store(*alias->asname, symbol_in_current(*alias->asname, alias), alias,
                      fmt::format("py::import_module({})", quote(alias->name)));
            } else {
                std::string top = alias->name.substr(0, alias->name.find('.'));
                store(top, symbol_in_current(top, alias), alias, fmt::format("py::import_top({})", quote(alias->name)));
            }
        }
    }

    // The absolute name of `from <level dots><module> import ...`, or nullopt after emitting the ImportError
    // CPython raises when the statement runs (no package to be relative to, or dots beyond the top).
    std::optional<std::string> absolute_module(const ast::ImportFrom* s) {
        if (s->level == 0) return *s->module;
        if (options_.module_name == "__main__") {
            line("py::relative_import_error(false);");
            return std::nullopt;
        }
        // the package the module is in (itself, for a package), then one level up per extra dot
        auto parent_of = [](const std::string& name) {
            std::size_t dot = name.rfind('.');
            return dot == std::string::npos ? std::string() : name.substr(0, dot);
        };
        std::string package = options_.is_package ? options_.module_name : parent_of(options_.module_name);
        bool in_package = !package.empty();
        for (int up = 1; up < s->level && !package.empty(); ++up) package = parent_of(package);
        if (package.empty()) {
            line(fmt::format("py::relative_import_error({});", in_package ? "true" : "false"));
            return std::nullopt;
        }
        return s->module ? package + "." + *s->module : package;
    }

    // `from m import x, y as z` binds each attribute (or submodule of a package), in order; a missing one is
    // CPython's ImportError. `from m import *` binds the public names (`__all__`) in this namespace.
    void lower_import_from(const ast::ImportFrom* s) {
        // `from __future__ import ...` only directs the compiler (the resolver has read it); CPython also
        // binds a _Feature object to the name, which py2cpp does not.
        if (s->level == 0 && s->module && *s->module == "__future__") return;
        std::optional<std::string> name = absolute_module(s);
        if (!name) return;
        check_importable(s, *name);
        std::string module = temp();
        open("{");
        line(fmt::format("py::Value {} = py::import_module({});", module, quote(*name)));
        for (const ast::Alias* alias : s->names) {
            if (alias->name == "*") {
                if (fs_->is_class)
                    line(fmt::format("py::import_star({}, _ns);", module));
                else
                    line(fmt::format("py::import_star({}, py::globals());", module));
                continue;
            }
            std::string_view bound = alias->asname ? *alias->asname : alias->name;
            store(bound, symbol_in_current(bound, alias), alias,
                  fmt::format("py::import_from({}, {})", module, str_constant(alias->name)));
        }
        close();
    }

    // Assigns the C++ expression `value` (already evaluated: a variable or a temporary) to `target`.
    void assign_to(const ast::Expr* target, const std::string& value) {
        if (auto* n = ast::as<ast::Name>(target)) return store(n->id, n->symbol, n, value);
        if (auto* sub = ast::as<ast::Subscript>(target)) {
            Operands ops(*this);
            ops.add(sub->value).add(sub->slice, subscript_index(sub->slice)).add(nullptr, value);
            line(fmt::format("py::setitem({{{}}});", ops.joined()));
            return;
        }
        const ast::ExprList* elts = nullptr;
        if (auto* t = ast::as<ast::Tuple>(target)) elts = &t->elts;
        if (auto* l = ast::as<ast::List>(target)) elts = &l->elts;
        if (elts != nullptr) {
            // `a, *b, c = v`: the starred target gets a list of what the others leave
            auto star = std::find_if(elts->begin(), elts->end(),
                                     [](const ast::Expr* e) { return e->kind == ast::ExprKind::Starred; });
            std::string t = temp();
            open("{");
            line(fmt::format("py::Value {}[{}];", t, elts->size()));
            if (star == elts->end()) {
                line(fmt::format("py::unpack({}, {}, {});", value, t, elts->size()));
            } else {
                auto before = static_cast<std::size_t>(star - elts->begin());
                line(fmt::format("py::unpack_starred({}, {}, {}, {});", value, t, before, elts->size() - before - 1));
            }
            for (std::size_t i = 0; i < elts->size(); ++i) {
                auto* starred = ast::as<ast::Starred>((*elts)[i]);
                assign_to(starred != nullptr ? starred->value : (*elts)[i], fmt::format("std::move({}[{}])", t, i));
            }
            close();
            return;
        }
        if (auto* a = ast::as<ast::Attribute>(target)) {
            line(fmt::format("py::setattr({{{}, {}, {}}}, {});", expr(a->value), str_constant(a->attr), value, attr_site()));
            return;
        }
        unsupported(target, "this assignment target");
    }

    // `del name` checks the name is bound (raising as a read would), then empties the slot.
    void lower_del(const ast::Expr* target) {
        if (auto* n = ast::as<ast::Name>(target)) {
            Storage where = storage_of(n->symbol, n);
            if (where == Storage::ClassNs) {
                line(fmt::format("py::delete_class_name(_ns, {});", str_constant(n->id)));
                return;
            }
            if (where == Storage::Global) {
                line(fmt::format("py::delete_global(globals::{});", field(n->id)));
                return;
            }
            if (where != Storage::Local || proven_bound_.count(n) == 0) {
                line(load(n->id, n->symbol, n) + ";");  // deleting an unbound name raises
            }
            store(n->id, n->symbol, n, "py::Value()");
            return;
        }
        if (auto* sub = ast::as<ast::Subscript>(target)) {
            Operands ops(*this);
            ops.add(sub->value).add(sub->slice, subscript_index(sub->slice));
            line(fmt::format("py::delitem({{{}}});", ops.joined()));
            return;
        }
        if (auto* a = ast::as<ast::Attribute>(target)) {
            line(fmt::format("py::delattr({}, {});", expr(a->value), str_constant(a->attr)));
            return;
        }
        const ast::ExprList* elts = nullptr;
        if (auto* t = ast::as<ast::Tuple>(target)) elts = &t->elts;
        if (auto* l = ast::as<ast::List>(target)) elts = &l->elts;
        if (elts == nullptr) unsupported(target, "this 'del' target");
        for (const ast::Expr* e : *elts) lower_del(e);
    }

    void lower_assign(const ast::Assign* a) {
        allow_yield(a->value);
        if (a->targets.size() == 1 && a->targets[0]->kind == ast::ExprKind::Name) {
            auto* n = ast::as<ast::Name>(a->targets[0]);
            if (fused_store(n, nullptr, a->value, [&] { store(n->id, n->symbol, n, expr(a->value)); })) return;
            return store(n->id, n->symbol, n, expr(a->value));
        }
        if (a->targets.size() == 1 && lower_parallel_assign(a->targets[0], a->value)) return;
        std::string t = temp();
        open("{");
        line(fmt::format("py::Value {} = {};", t, expr(a->value)));
        for (const ast::Expr* target : a->targets) assign_to(target, t);
        close();
    }

    // `a, b = b, a % b`: a tuple display unpacked into as many targets needs no tuple. Every item is evaluated
    // into a temporary first, then the targets are assigned left to right, as CPython does.
    bool lower_parallel_assign(const ast::Expr* target, const ast::Expr* value) {
        const ast::ExprList* targets = nullptr;
        if (auto* t = ast::as<ast::Tuple>(target)) targets = &t->elts;
        if (auto* l = ast::as<ast::List>(target)) targets = &l->elts;
        auto* values = ast::as<ast::Tuple>(value);
        auto starred = [](const ast::Expr* e) { return e->kind == ast::ExprKind::Starred; };
        if (targets == nullptr || values == nullptr || targets->size() != values->elts.size() ||
            std::any_of(targets->begin(), targets->end(), starred) ||
            std::any_of(values->elts.begin(), values->elts.end(), starred))
            return false;
        open("{");
        std::vector<std::string> temps;
        for (const ast::Expr* v : values->elts) {
            temps.push_back(temp());
            line(fmt::format("py::Value {} = {};", temps.back(), expr(v)));
        }
        for (std::size_t i = 0; i < targets->size(); ++i) assign_to((*targets)[i], fmt::format("std::move({})", temps[i]));
        close();
        return true;
    }

    void lower_annassign(const ast::AnnAssign* a) {
        if (a->value != nullptr) {
            allow_yield(a->value);
            std::string t = temp();
            open("{");
            line(fmt::format("py::Value {} = {};", t, expr(a->value)));
            assign_to(a->target, t);
            close();
        } else if (!a->simple && a->target->kind != ast::ExprKind::Name) {
            unsupported(a->target, "an annotated target without a value");  // CPython evaluates its parts
        }
        // Then the annotation, as CPython orders it. A class body (or a module) records a plain name's annotation in its
        // `__annotations__` (under the private name's mangling), as the source text CPython's unparser
        // gives under `from __future__ import annotations`.
        if ((fs_->is_class || fs_->is_module) && a->simple) {
            auto* n = ast::as<ast::Name>(a->target);
            std::string ns = fs_->is_class ? "_ns" : "py::globals()";
            std::string annotation = resolved_.future.annotations ? str_constant(annotation_text(a->annotation))
                                                                  : expr(a->annotation);
            std::string name = fs_->is_class ? mangle_name(annotated_class_, n->id) : n->id;
            line(fmt::format("py::store_annotation({}, {}, {});", ns, str_constant(name), annotation));
            return;
        }
        // Elsewhere only evaluated, only in a module (or class) body and not under `from __future__ import
        // annotations`; in a function it binds nothing at run time.
        if ((fs_->is_module || fs_->is_class) && !resolved_.future.annotations) line(expr(a->annotation) + ";");
    }

    // Whether a body has an annotated assignment, searched as CPython's find_ann does (into the blocks of
    // compound statements, not into functions, classes or match cases): such a class body starts by making
    // its `__annotations__` dict.
    static bool has_annotations(const ast::StmtList& body) {
        for (const ast::Stmt* s : body) {
            bool found = false;
            if (s->kind == ast::StmtKind::AnnAssign) return true;
            if (auto* f = ast::as<ast::For>(s)) found = has_annotations(f->body) || has_annotations(f->orelse);
            if (auto* w = ast::as<ast::While>(s)) found = has_annotations(w->body) || has_annotations(w->orelse);
            if (auto* i = ast::as<ast::If>(s)) found = has_annotations(i->body) || has_annotations(i->orelse);
            if (auto* w = ast::as<ast::With>(s)) found = has_annotations(w->body);
            if (auto* t = ast::as<ast::Try>(s)) {
                for (const ast::ExceptHandler* h : t->handlers)
                    if (has_annotations(h->body)) return true;
                found = has_annotations(t->body) || has_annotations(t->finalbody) || has_annotations(t->orelse);
            }
            if (found) return true;
        }
        return false;
    }

    // An annotation as `from __future__ import annotations` stores it: the text CPython's unparser
    // (ast_unparse.c) writes for the expression. The forms type hints use; anything else is refused.
    static std::string annotation_text(const ast::Expr* e) {
        auto joined = [](const ast::ExprList& elts) {
            std::string out;
            for (const ast::Expr* x : elts) out += (out.empty() ? "" : ", ") + annotation_text(x);
            return out;
        };
        switch (e->kind) {
            case ast::ExprKind::Name: return ast::as<ast::Name>(e)->id;
            case ast::ExprKind::Attribute: {
                auto* a = ast::as<ast::Attribute>(e);
                if (a->value->kind == ast::ExprKind::Constant) break;  // `1 .real` takes a space
                return annotation_text(a->value) + "." + a->attr;
            }
            case ast::ExprKind::Constant: {
                const ast::ConstantValue& v = ast::as<ast::Constant>(e)->value;
                if (v.kind == ast::ConstantValue::Kind::Float || v.kind == ast::ConstantValue::Kind::Complex) break;
                return v.kind == ast::ConstantValue::Kind::Ellipsis ? "..." : repr_constant(v);
            }
            case ast::ExprKind::Subscript: {
                auto* sub = ast::as<ast::Subscript>(e);
                auto* t = ast::as<ast::Tuple>(sub->slice);  // `Dict[str, int]`: the tuple without parentheses
                std::string index = t != nullptr && !t->elts.empty()
                                        ? joined(t->elts) + (t->elts.size() == 1 ? "," : "")
                                        : annotation_text(sub->slice);
                return annotation_text(sub->value) + "[" + index + "]";
            }
            case ast::ExprKind::Tuple: {
                auto* t = ast::as<ast::Tuple>(e);
                return "(" + joined(t->elts) + (t->elts.size() == 1 ? ",)" : ")");
            }
            case ast::ExprKind::List: return "[" + joined(ast::as<ast::List>(e)->elts) + "]";
            case ast::ExprKind::BinOp: {
                auto* b = ast::as<ast::BinOp>(e);
                if (b->op != ast::OperatorKind::BitOr) break;
                std::string right = annotation_text(b->right);  // `|` is left-associative
                if (auto* r = ast::as<ast::BinOp>(b->right); r != nullptr && r->op == ast::OperatorKind::BitOr)
                    right = "(" + right + ")";
                if (auto* l = ast::as<ast::BinOp>(b->left); l != nullptr && l->op != ast::OperatorKind::BitOr) break;
                return annotation_text(b->left) + " | " + right;
            }
            default: break;
        }
        unsupported(e, "this annotation under 'from __future__ import annotations'");
    }

    void lower_augassign(const ast::AugAssign* a) {
        const char* fn = inplace_function(a->op);
        if (auto* n = ast::as<ast::Name>(a->target)) {
            std::string current = load(n->id, n->symbol, n);
            if (a->value->kind == ast::ExprKind::Yield || a->value->kind == ast::ExprKind::YieldFrom) {
                // `x += yield v`: x is read before the generator pauses, so both operands become variables
                std::string before = temp(), sent = temp();
                line(fmt::format("py::Value {} = {};", before, current));
                allow_yield(a->value);
                line(fmt::format("py::Value {} = {};", sent, expr(a->value)));
                current = fmt::format("std::move({})", before);
                return store(n->id, n->symbol, n, fmt::format("{}({{{}, std::move({})}})", fn, current, sent));
            }
            auto store_generic = [&] {
                Operands ops(*this);
                ops.add(n, load(n->id, n->symbol, n)).add(a->value);
                store(n->id, n->symbol, n, fmt::format("{}({{{}}})", fn, ops.joined()));
            };
            if (fused_store(n, &a->op, a->value, store_generic)) return;
            return store_generic();
        }
        if (auto* sub = ast::as<ast::Subscript>(a->target)) {
            std::string obj = temp(), index = temp();
            open("{");
            line(fmt::format("py::Value {} = {};", obj, expr(sub->value)));
            line(fmt::format("py::Value {} = {};", index, subscript_index(sub->slice)));
            line(fmt::format("py::setitem({{{0}, {1}, {2}({{py::getitem({{{0}, {1}}}), {3}}})}});", obj, index, fn,
                             expr(a->value)));
            close();
            return;
        }
        if (auto* attr = ast::as<ast::Attribute>(a->target)) {
            std::string obj = temp();
            open("{");
            line(fmt::format("py::Value {} = {};", obj, expr(attr->value)));
            std::string name = str_constant(attr->attr);
            std::string site = attr_site();  // one site: the read and the write find the name in the same place
            line(fmt::format("py::setattr({{{0}, {1}, {2}({{py::getattr({0}, {1}, {4}), {3}}})}}, {4});", obj, name, fn,
                             expr(a->value), site));
            close();
            return;
        }
        unsupported(a->target, "this augmented assignment target");
    }

    void lower_if(const ast::If* s) {
        open(fmt::format("if ({}) {{", cond(s->test)));
        lower_body(s->body);
        if (!s->orelse.empty()) {
            close("} else {");
            ++fs_->indent;
            lower_body(s->orelse);
        }
        close();
    }

    // Loops are `for (;;)` with the exit test inside, so `continue` re-tests and `break` skips the else
    // clause, which sits after the loop behind a label the exhausted test jumps to.
    void lower_while(const ast::While* s) {
        int id = ++label_counter_;
        open("for (;;) {");
        mark_line(s);
        line(fmt::format("if (!({})) {};", cond(s->test), s->orelse.empty() ? "break" : fmt::format("goto _else{}", id)));
        lower_loop_body(s->body);
        close();
        lower_loop_else(s->orelse, id);
        if (!s->orelse.empty()) line(fmt::format("_end{}:;", id));
    }

    void lower_for(const ast::For* s) {
        if (s->is_async) unsupported(s, "'async for'");
        int id = ++label_counter_;
        std::string it = fmt::format("_it{}", id), v = fmt::format("_v{}", id);
        std::string exhausted = s->orelse.empty() ? "break" : fmt::format("goto _else{}", id);
        open("{");
        if (const ast::ExprList* literals = literal_display(s->iter)) {
            // `for d in (-1, 0, 1)`: the items of the tuple constant, by position (a list display of literals
            // too: the new list is seen by nobody else, as CPython's compiler, which makes it a tuple, knows)
            std::string items = fmt::format("_items{}", id), k = fmt::format("_k{}", id);
            line(fmt::format("std::span<const py::Value> {} = py::tuple_items({});", items, tuple_constant(*literals)));
            open(fmt::format("for (std::size_t {} = 0;; ++{}) {{", k, k));
            mark_line(s);
            line(fmt::format("if ({} == {}.size()) {};", k, items, exhausted));
            assign_to(s->target, fmt::format("{}[{}]", items, k));
        } else {
            line(fmt::format("py::ForIter {}({});", it, iterable(s->iter)));
            open(fmt::format("for (py::Value {};;) {{", v));
            mark_line(s);
            line(fmt::format("if (!{}.next({})) {};", it, v, exhausted));
            assign_to(s->target, fmt::format("std::move({})", v));  // next() assigns it afresh
        }
        lower_loop_body(s->body);
        close();
        lower_loop_else(s->orelse, id);
        close();
        if (!s->orelse.empty()) line(fmt::format("_end{}:;", id));
    }

    void lower_loop_body(const ast::StmtList& body) {
        fs_->loops.push_back({fs_->finally_depth, fs_->withs.size()});
        lower_body(body);
        fs_->loops.pop_back();
    }

    void lower_loop_else(const ast::StmtList& orelse, int id) {
        if (orelse.empty()) return;
        line(fmt::format("goto _end{};", id));
        open(fmt::format("_else{}: {{", id));
        lower_body(orelse);
        close();
        // the caller places `_end<id>:` (a for loop's goes after the block that owns its iterator)
    }

    void lower_try(const ast::Try* s) {
        if (s->is_star) unsupported(s, "'except*'");
        bool has_finally = !s->finalbody.empty();
        std::string pending;
        int finally_id = 0;
        std::size_t exit_decl_at = 0;
        if (has_finally) {
            finally_id = ++label_counter_;
            pending = fmt::format("_pending{}", finally_id);
            open("{");
            line(fmt::format("std::exception_ptr {};", pending));
            exit_decl_at = fs_->body.size();  // `int _exit<id>` goes here if the body leaves early
            open("try {");
            fs_->finallys.push_back({finally_id, fs_->withs.size()});
            ++fs_->finally_depth;
        }
        if (s->handlers.empty()) {
            lower_body(s->body);
        } else if (fs_->generator) {
            lower_try_except_in_generator(s);
        } else {
            std::string ok = fmt::format("_ok{}", ++label_counter_);
            if (!s->orelse.empty()) line(fmt::format("bool {} = true;", ok));
            open("try {");
            lower_body(s->body);
            std::string e = fmt::format("_e{}", label_counter_);
            close(fmt::format("}} catch (py::PyException& {}) {{", e));
            ++fs_->indent;
            line(fmt::format("py::Handling _handling{}({});", label_counter_, e));  // for implicit chaining
            if (!s->orelse.empty()) line(fmt::format("{} = false;", ok));
            lower_handlers(s, e, e + ".value", "throw;");
            close();
            if (!s->orelse.empty()) {
                open(fmt::format("if ({}) {{", ok));
                lower_body(s->orelse);
                close();
            }
        }
        if (has_finally) {
            FinallyState done = fs_->finallys.back();
            fs_->finallys.pop_back();
            --fs_->finally_depth;
            close("} catch (...) {");
            ++fs_->indent;
            line(fmt::format("{} = std::current_exception();", pending));
            close();
            if (done.exits != 0) {
                line(fmt::format("_finally{}:;", finally_id));
                std::string indent(static_cast<std::size_t>(fs_->indent) * 4, ' ');
                fs_->body.insert(exit_decl_at, fmt::format("{}int _exit{} = 0;\n", indent, finally_id));
            }
            open("{");
            line(fmt::format("py::Handling _handling{}({});", finally_id, pending));  // raised here: chained to it
            lower_body(s->finalbody);
            close();
            line(fmt::format("if ({0}) std::rethrow_exception({0});", pending));
            resume_after_finally(done);
            close();
        }
    }

    // `return`/`break`/`continue` inside a try body with a finally: record how we leave and run the finally.
    void exit_through_finally(FinallyExit how) {
        FinallyState& f = fs_->finallys.back();
        f.exits |= 1u << how;
        exit_withs(f.with_depth);  // the with blocks inside the try body are left first
        line(fmt::format("_exit{} = {};", f.id, static_cast<int>(how)));
        line(fmt::format("goto _finally{};", f.id));
    }

    // After a finally body that did not itself leave: continue the exit its try body started, through the
    // next enclosing finally when the exit crosses that one too.
    void resume_after_finally(const FinallyState& done) {
        for (FinallyExit how : {kReturn, kBreak, kContinue}) {
            if ((done.exits & (1u << how)) == 0) continue;
            open(fmt::format("if (_exit{} == {}) {{", done.id, static_cast<int>(how)));
            bool crosses_outer = how == kReturn ? fs_->finally_depth > 0
                                                : fs_->finally_depth > fs_->loops.back().finally_depth;
            if (crosses_outer) {
                exit_through_finally(how);
            } else if (how == kReturn) {
                exit_withs(0);
                line(fs_->generator ? "co_return _ret;" : "return _ret;");
            } else {
                exit_withs(fs_->loops.back().with_depth);
                line(how == kBreak ? "break;" : "continue;");
            }
            close();
        }
    }

    // The except clauses as an if/else-if chain over the caught exception `e` (its object: `value`); no
    // match runs `rethrow`.
    void lower_handlers(const ast::Try* s, const std::string& e, const std::string& value, const std::string& rethrow) {
        bool first = true;
        bool catch_all = false;
        for (const ast::ExceptHandler* h : s->handlers) {
            if (h->type == nullptr) {
                open(first ? "{" : "} else {");
                catch_all = true;
            } else {
                mark_line(h);
                open(fmt::format("{}if (py::exception_matches({}, {})) {{", first ? "" : "} else ", e, expr(h->type)));
            }
            if (h->name) {
                const Symbol* sym = symbol_in_current(*h->name, h);
                store(*h->name, sym, h, value);
                // `as e` is deleted however the handler is left; a class body's namespace only at the end
                std::string slot = variable_slot(*h->name, sym, h);
                Storage where = storage_of(sym, h);
                if (where == Storage::Global)
                    line(fmt::format("py::UnbindGlobalOnExit _unbind{}(globals::{});", ++label_counter_, field(*h->name)));
                else if (!slot.empty())
                    line(fmt::format("py::UnbindOnExit _unbind{}({});", ++label_counter_, slot));
                lower_body(h->body);
                if (where == Storage::ClassNs) store(*h->name, sym, h, "py::Value()");
            } else {
                lower_body(h->body);
            }
            --fs_->indent;
            first = false;
        }
        if (!catch_all) {
            line("} else {");
            line("    " + rethrow);
        }
        line("}");
    }

    // C++ forbids co_yield in a catch block, and a generator's except clause may yield: the exception is
    // moved out of the catch block and the clauses run after it. A bare `raise` in them rethrows that value.
    void lower_try_except_in_generator(const ast::Try* s) {
        std::string e = fmt::format("_e{}", ++label_counter_);
        line(fmt::format("py::Value {};  // the exception being handled", e));
        open("try {");
        lower_body(s->body);
        close("} catch (py::PyException& _caught) {");
        line(fmt::format("    {} = std::move(_caught.value);", e));
        line("}");
        open(fmt::format("if ({}.is_bound()) {{", e));
        fs_->handling.push_back(e);
        lower_handlers(s, e, e, fmt::format("throw py::PyException{{std::move({})}};", e));
        fs_->handling.pop_back();
        if (s->orelse.empty()) {
            close();
        } else {
            close("} else {");
            ++fs_->indent;
            lower_body(s->orelse);
            close();
        }
    }

    std::string child_qualname(std::string_view name) const {
        if (fs_->is_module) return std::string(name);
        return qualname_ + (fs_->is_class ? "." : ".<locals>.") + std::string(name);
    }

    // `with a as x, b:` is one WithBlock per item, nested. The body's exceptions go to __exit__, which may
    // suppress them; leaving the body normally (or by return/break/continue) calls __exit__(None, None, None).
    void lower_with(const ast::With* w, std::size_t item = 0) {
        if (w->is_async) unsupported(w, "'async with'");
        const ast::WithItem* it = w->items[item];
        std::string block = fmt::format("_with{}", ++label_counter_);
        open("{");
        line(fmt::format("py::WithBlock {}({});", block, expr(it->context_expr)));
        // The `as` target is bound inside the protected region: if binding it fails (e.g. unpacking),
        // __exit__ sees that exception, as in CPython.
        std::string t;
        if (it->optional_vars != nullptr) {
            t = temp();
            line(fmt::format("py::Value {} = {}.enter();", t, block));
        } else {
            line(fmt::format("{}.enter();", block));
        }
        fs_->withs.push_back(block);
        open("try {");
        if (it->optional_vars != nullptr) assign_to(it->optional_vars, t);
        if (item + 1 < w->items.size())
            lower_with(w, item + 1);
        else
            lower_body(w->body);
        std::string e = fmt::format("_e{}", ++label_counter_);
        close(fmt::format("}} catch (py::PyException& {}) {{", e));
        line(fmt::format("    {}.exit_exception({});", block, e));
        line("}");
        fs_->withs.pop_back();
        line(fmt::format("{}.exit_normally();", block));
        close();
    }

    // Before a return/break/continue leaves the with blocks opened after `depth`: their __exit__, innermost first.
    void exit_withs(std::size_t depth) {
        for (std::size_t i = fs_->withs.size(); i > depth; --i) line(fmt::format("{}.exit_normally();", fs_->withs[i - 1]));
    }

    // Decorators are evaluated before anything else of the def/class; they are applied innermost first.
    std::vector<std::string> evaluate_decorators(const ast::ExprList& decorators) {
        std::vector<std::string> temps;
        for (const ast::Expr* d : decorators) {
            temps.push_back(temp());
            line(fmt::format("py::Value {} = {};", temps.back(), expr(d)));
        }
        return temps;
    }
    std::string apply_decorators(const std::vector<std::string>& temps, std::string value) {
        for (std::size_t i = temps.size(); i > 0; --i) value = fmt::format("py::call({{{}, {}}})", temps[i - 1], value);
        return value;
    }

    // A class statement: the body runs as a function filling the namespace `_ns`, then type(name, bases, ns)
    // makes the class; the __class__ cell (zero-argument super()) is filled, then the decorators applied.
    void lower_class(const ast::ClassDef* c) {
        if (!c->keywords.empty()) unsupported(c->keywords[0], "class keywords (metaclass=...)");
        for (const ast::Expr* b : c->bases)
            if (b->kind == ast::ExprKind::Starred) unsupported(b, "starred class bases");
        open("{");
        std::vector<std::string> decorators = evaluate_decorators(c->decorator_list);
        std::string bases = temp(), ns = temp(), cls = temp(), cell = temp();
        Operands base_exprs(*this);
        for (const ast::Expr* b : c->bases) base_exprs.add(b);
        line(fmt::format("py::Value {} = py::make_tuple({{{}}});", bases, base_exprs.joined()));
        std::string qualname = child_qualname(c->name);
        bool class_cell = c->scope->needs_class_closure;
        std::string cpp = emit_function(c->name, qualname, c->scope, nullptr, c->loc.lineno, [&] { lower_class_body(c); },
                                        /*class_body=*/true);
        std::string cells = closure_cells(c->scope);
        if (class_cell) {
            line(fmt::format("auto {} = std::make_shared<py::Cell>();", cell));
            cells += (cells.empty() ? "" : ", ") + cell;
        }
        line(fmt::format("py::Value {} = py::class_namespace({});", ns, str_constant(qualname)));
        line(fmt::format("py::call({{py::make_function(&code::{0}, &code::info_{0}, {{}}, {{{1}}}), {2}}});", cpp, cells, ns));
        line(fmt::format("py::Value {} = py::make_class({}, {}, {});", cls, str_constant(c->name), bases, ns));
        if (class_cell) line(fmt::format("{}->value = {};", cell, cls));
        store(c->name, symbol_in_current(c->name, c), c, apply_decorators(decorators, cls));
        close();
    }

    // The docstring of a class or function body: its first statement when that is a str literal.
    static const std::string* docstring(const ast::StmtList& body) {
        if (body.empty()) return nullptr;
        auto* e = ast::as<ast::ExprStmt>(body[0]);
        auto* k = e != nullptr ? ast::as<ast::Constant>(e->value) : nullptr;
        return k != nullptr && k->value.kind == ast::ConstantValue::Kind::Str ? &k->value.text : nullptr;
    }

    void lower_class_body(const ast::ClassDef* c) {
        // CPython's SETUP_ANNOTATIONS, before the docstring: the namespace gets `__annotations__` first.
        if (has_annotations(c->body)) line("py::setup_annotations(_ns);");
        // A docstring becomes __doc__ (lower_stmt skips constant expression statements).
        if (const std::string* doc = docstring(c->body))
            line(fmt::format("py::store_class_name(_ns, {}, {});", str_constant("__doc__"), str_constant(*doc)));
        std::string saved = std::exchange(annotated_class_, c->name);
        lower_body(c->body);
        annotated_class_ = std::move(saved);
    }

    // The closure of a function object created here: the current function's cells for the child's free names.
    std::string closure_cells(const Scope* child) {
        std::vector<std::string> cells;
        for (std::string_view free : child->freevars) cells.push_back(fs_->names.name(free));
        return join(cells);
    }

    void lower_def(const ast::FunctionDef* f) {
        if (f->is_async) unsupported(f, "'async def'");

        // Decorators first, then the defaults, once, left to right; then the annotations, as CPython does.
        const ast::Arguments* a = f->args;
        bool block = !f->decorator_list.empty() || !a->defaults.empty() || !a->kw_defaults.empty();
        if (block) open("{");
        std::vector<std::string> decorators = evaluate_decorators(f->decorator_list);
        std::vector<std::string> defaults = default_values(a);
        for (std::string& d : defaults) {
            if (d == "py::Value()") continue;
            std::string t = temp();
            line(fmt::format("py::Value {} = {};", t, d));
            d = t;
        }
        if (!resolved_.future.annotations) {
            for (const ast::Arg* arg : annotated_parameters(a))
                if (arg->annotation != nullptr) line(expr(arg->annotation) + ";");
            if (f->returns != nullptr) line(expr(f->returns) + ";");
        }
        find_bound_loads(f->scope, f->body, proven_bound_);
        std::string cpp = emit_function(f->name, child_qualname(f->name), f->scope, a, f->loc.lineno,
                                        [&] { lower_body(f->body); }, false, docstring(f->body));
        store(f->name, symbol_in_current(f->name, f), f,
              apply_decorators(decorators, fmt::format("py::make_function(&code::{0}, &code::info_{0}, {{{1}}}, {{{2}}})",
                                                       cpp, join(defaults), closure_cells(f->scope))));
        if (block) close();
    }

    // The defaults make_function takes: the positional ones, then one per keyword-only parameter
    // (`py::Value()` where it has none), in CPython's order of evaluation.
    std::vector<std::string> default_values(const ast::Arguments* a) {
        Operands out(*this);
        for (const ast::Expr* d : a->defaults) out.add(d);
        for (const ast::Expr* d : a->kw_defaults) d != nullptr ? out.add(d) : out.add(nullptr, "py::Value()");
        return out.parts();
    }

    // The parameters in the order CPython evaluates their annotations.
    static std::vector<const ast::Arg*> annotated_parameters(const ast::Arguments* a) {
        std::vector<const ast::Arg*> out(a->args.begin(), a->args.end());
        out.insert(out.end(), a->posonlyargs.begin(), a->posonlyargs.end());
        if (a->vararg != nullptr) out.push_back(a->vararg);
        out.insert(out.end(), a->kwonlyargs.begin(), a->kwonlyargs.end());
        if (a->kwarg != nullptr) out.push_back(a->kwarg);
        return out;
    }

    std::string lambda(const ast::Lambda* l) {
        if (l->scope->generator) unsupported(l, "'yield' in a lambda");
        // Defaults go straight into the braced list: evaluated in order, within the enclosing expression.
        std::vector<std::string> defaults = default_values(l->args);
        find_bound_loads(l->scope, l->body, proven_bound_);
        std::string cpp = emit_function("<lambda>", child_qualname("<lambda>"), l->scope, l->args, l->loc.lineno, [&] {
            mark_line(l->body);
            line(fmt::format("return {};", expr(l->body)));
        });
        return fmt::format("py::make_function(&code::{0}, &code::info_{0}, {{{1}}}, {{{2}}})", cpp, join(defaults),
                           closure_cells(l->scope));
    }

    // A list, set or dict comprehension is a function of its outermost iterable (CPython 3.11's `.0`), called at
    // once; the other iterables and the conditions are evaluated inside, in the comprehension's own scope. A
    // generator expression's function is a generator (its body yields each element), and its iterable is made
    // an iterator at creation, as CPython's GET_ITER does.
    std::string comprehension(const ast::Expr* e, const Scope* scope, const std::vector<ast::Comprehension*>& gens,
                              const char* name, const ast::Expr* elt, const ast::Expr* key, const ast::Expr* value) {
        for (const ast::Comprehension* g : gens)
            if (g->is_async) unsupported(e, "asynchronous comprehensions");
        std::string outer_iter = iterable(gens[0]->iter);
        bool is_generator = e->kind == ast::ExprKind::GeneratorExp;
        find_bound_loads(scope, gens, {elt, key, value}, proven_bound_);
        if (is_generator) outer_iter = fmt::format("py::get_iter({})", outer_iter);
        std::string cpp = emit_function(name, child_qualname(name), scope, nullptr, e->loc.lineno, [&] {
            bool is_set = std::string_view(name) == "<setcomp>";
            bool is_list = elt != nullptr && !is_set;
            line(fmt::format("_frame.line = {};", e->loc.lineno));
            if (!is_generator)
                line(fmt::format("py::Value _result = {};",
                                 is_set ? "py::make_set({})" : is_list ? "py::make_list({})" : "py::make_dict({})"));
            for (std::size_t i = 0; i < gens.size(); ++i) {
                int id = ++label_counter_;
                open("{");
                std::string source = i > 0 ? iterable(gens[i]->iter) : is_generator ? "_arg0" : "_args[0]";
                line(fmt::format("py::ForIter _it{}({});", id, source));
                open(fmt::format("for (py::Value _v{};;) {{", id));
                line(fmt::format("if (!_it{0}.next(_v{0})) break;", id));
                assign_to(gens[i]->target, fmt::format("std::move(_v{})", id));
                for (const ast::Expr* cond_expr : gens[i]->ifs) line(fmt::format("if (!({})) continue;", cond(cond_expr)));
            }
            if (is_generator)
                line(fmt::format("co_yield {};", suspension_operand(expr(elt))));
            else if (is_set)
                line(fmt::format("py::set_add(_result, {});", expr(elt)));
            else if (is_list)
                line(fmt::format("py::list_append(_result, {});", expr(elt)));
            else
                line(fmt::format("py::setitem({{_result, {}, {}}});", expr(key), expr(value)));
            for (std::size_t i = 0; i < gens.size(); ++i) {
                close();
                close();
            }
            if (!is_generator) line("return _result;");
        });
        return fmt::format("py::call({{py::make_function(&code::{0}, &code::info_{0}, {{}}, {{{1}}}), {2}}})", cpp,
                           closure_cells(scope), outer_iter);
    }

    // CPython's co_varnames, quoted and null-terminated: the parameters, then the other plain locals (cells and
    // free variables are not in it) in order of first mention. Only NameError suggestions read it.
    static std::string varnames_list(const Scope* scope, const std::vector<std::string_view>& params) {
        std::vector<std::string> names;
        for (std::string_view p : params) names.push_back(quote(p));
        for (const Symbol* s : scope->symbols)
            if (s->scope == SymbolScope::LOCAL && std::find(params.begin(), params.end(), s->name) == params.end())
                names.push_back(quote(s->name));
        names.push_back("nullptr");
        return join(names);
    }

    // A function's C++ name in namespace `code`, and the names of its CodeInfo, parameter list and generator
    // body beside it.
    std::string reserve_code_name(const std::string& base) {
        std::string cpp = code_names_.fresh(base);
        auto companions_taken = [&] {
            return code_names_.taken("info_" + cpp) || code_names_.taken("params_" + cpp) ||
                   code_names_.taken("varnames_" + cpp) || code_names_.taken(cpp + "_body");
        };
        while (companions_taken()) cpp = code_names_.fresh(base);
        for (const char* prefix : {"info_", "params_", "varnames_"}) code_names_.reserve(prefix + cpp);
        code_names_.reserve(cpp + "_body");
        return cpp;
    }
    // The name collect_direct_defs chose for a module-level def, or "".
    std::string predeclared_name(const Scope* scope) const {
        for (const auto& [name, def] : direct_defs_)
            if (def.def->scope == scope) return def.cpp;
        return {};
    }

    // Emits one C++ function into functions_ and returns its name in namespace `code`. `args` is null for a
    // comprehension, whose single parameter is the outermost iterable; `emit_body` lowers the body. A
    // generator (a def with `yield`, a generator expression) becomes the entry point, which checks the
    // arguments and returns the new generator, and a coroutine that runs the body (see py2cpp/generator.h).
    template <class EmitBody>
    std::string emit_function(std::string_view name, const std::string& qualname, const Scope* scope,
                              const ast::Arguments* args, int lineno, EmitBody emit_body, bool class_body = false,
                              const std::string* doc = nullptr) {
        std::string cpp = fs_->is_module ? predeclared_name(scope) : std::string();
        if (cpp.empty()) cpp = reserve_code_name(fs_->is_module ? std::string(name) : code_prefix_ + "_" + std::string(name));
        // The parameter slots in CPython's order: positional, keyword-only, *args, **kwargs.
        std::vector<std::string_view> params;
        if (args != nullptr) {
            for (const ast::Arg* a : args->posonlyargs) params.push_back(a->arg);
            for (const ast::Arg* a : args->args) params.push_back(a->arg);
            for (const ast::Arg* a : args->kwonlyargs) params.push_back(a->arg);
            if (args->vararg != nullptr) params.push_back(args->vararg->arg);
            if (args->kwarg != nullptr) params.push_back(args->kwarg->arg);
        } else if (class_body) {
            params.push_back(".namespace");
        } else {
            params.push_back(scope->varnames.empty() ? std::string_view(".0") : scope->varnames[0]);
        }
        bool has_defaults = args != nullptr && !args->defaults.empty();
        // A general signature is bound by the runtime before the code runs (every slot filled); a simple one
        // takes its positional arguments as they come, the hot path.
        bool general = args != nullptr && (!args->kwonlyargs.empty() || args->vararg != nullptr || args->kwarg != nullptr);
        std::size_t argcount = args != nullptr ? args->posonlyargs.size() + args->args.size() : 1;

        FunctionState state;
        state.scope = scope;
        state.is_class = class_body;
        state.generator = scope->generator;
        FunctionState* saved = enter(state);
        std::string saved_qualname = qualname_, saved_prefix = code_prefix_;
        qualname_ = qualname;
        code_prefix_ = cpp;

        // A generator body receives the arguments as coroutine parameters (a parameter that is a cell, and a
        // comprehension's iterable, as `_argN`), copied into its coroutine frame.
        std::vector<std::string> arguments, coroutine_params;
        if (state.generator) {
            line("py::FrameRecord& _frame = co_await py::generator_frame();");
            line("_frame.module = &this_module;");
        } else {
            // (all the parameters given is always right; anything else asks the defaults, which may change)
            if (!general) line(fmt::format("if (_nargs != {}) _fn.check_arity(_nargs);", params.size()));
            line(fmt::format("py::Frame _frame({}, varnames_{}, &this_module);", quote(name), cpp));
        }
        if (class_body) line("const py::Value& _ns = _args[0];");
        for (std::size_t i = 0; i < params.size() && !class_body; ++i) {
            std::string arg = has_defaults && !general ? fmt::format("_fn.arg(_args, _nargs, {})", i)
                                                       : fmt::format("_args[{}]", i);
            const Symbol* sym = scope->lookup(params[i]);
            bool cell = sym != nullptr && sym->scope == SymbolScope::CELL;
            if (state.generator) {
                arguments.push_back(arg);
                std::string param = cell || args == nullptr ? fmt::format("_arg{}", i) : state.names.name(params[i]);
                coroutine_params.push_back("py::Value " + param);
                arg = fmt::format("std::move({})", param);
            }
            // A parameter the body never rebinds reads the caller's argument in place (py::Code's contract);
            // a default is a copy, since the function's __defaults__ may be replaced while it runs.
            bool rebound = sym == nullptr || sym->flags.any(SymbolFlag::DEF_LOCAL | SymbolFlag::DEF_IMPORT);
            bool in_place = !rebound && !(has_defaults && !general);
            if (cell)
                line(fmt::format("auto {} = std::make_shared<py::Cell>({});", state.names.name(params[i]), arg));
            else if (args != nullptr && !state.generator)
                line(fmt::format("{} {} = {};", in_place ? "const py::Value&" : "py::Value", state.names.name(params[i]), arg));
        }
        for (std::size_t i = 0; i < scope->freevars.size(); ++i)
            line(fmt::format("std::shared_ptr<py::Cell>& {} = _fn.cells[{}];", state.names.name(scope->freevars[i]), i));
        if (class_body && scope->needs_class_closure)  // the __class__ cell the class statement fills
            line(fmt::format("std::shared_ptr<py::Cell>& {} = _fn.cells[{}];", state.names.name("__class__"),
                             scope->freevars.size()));
        for (const Symbol* sym : scope->symbols) {
            if (class_body) break;
            if (std::find(params.begin(), params.end(), sym->name) != params.end()) continue;
            if (sym->scope == SymbolScope::LOCAL)
                line(fmt::format("py::Value {};", state.names.name(sym->name)));
            else if (sym->scope == SymbolScope::CELL)
                line(fmt::format("auto {} = std::make_shared<py::Cell>();", state.names.name(sym->name)));
        }
        emit_body();
        if (state.generator && !state.has_handlers) {
            // No try or with: the GeneratorExit that close() raises at a yield would leave the body at once, so
            // closing it may just release its frame (see generator.h).
            const std::string plain = "py::generator_frame()";
            state.body.replace(state.body.find(plain), plain.size(), "py::generator_frame(py::kClosesPlainly)");
        }
        if (state.generator)
            line("co_return py::Value::none();");  // flowing off the end of a coroutine would be undefined
        else if (args != nullptr || class_body)
            line("return py::Value::none();");
        if (state.uses_return_slot) state.body.insert(0, "    py::Value _ret;  // a return value waiting for finally bodies\n");

        leave(saved);
        qualname_ = saved_qualname;
        code_prefix_ = saved_prefix;

        std::vector<std::string> quoted_params;
        for (std::string_view p : params) quoted_params.push_back(quote(p));
        std::string text;
        text += fmt::format("const char* const params_{}[] = {{{}}};\n", cpp, join(quoted_params));
        if (!state.generator) text += fmt::format("const char* const varnames_{}[] = {{{}}};\n", cpp, varnames_list(scope, params));
        std::string fields;  // CodeInfo's fields past the parameter names, when they are not the defaults
        std::size_t posonly = args != nullptr ? args->posonlyargs.size() : 0;
        if (general || posonly != 0 || doc != nullptr)
            fields = fmt::format(", {}, {}, {}, {}, {}", argcount, posonly, args != nullptr ? args->kwonlyargs.size() : 0,
                                 args != nullptr && args->vararg != nullptr, args != nullptr && args->kwarg != nullptr);
        if (doc != nullptr) fields += ", " + quote(*doc);
        text += fmt::format("const py::CodeInfo info_{}{{{}, {}, {}, params_{}{}}};\n\n", cpp, quote(name),
                            quote(qualname), params.size(), cpp, fields);
        std::string signature =
            fmt::format("py::Value {}(py::Function& _fn, [[maybe_unused]] const py::Value* _args, std::size_t _nargs)", cpp);
        if (state.generator) {
            coroutine_params.insert(coroutine_params.begin(), "py::Function& _fn");
            arguments.insert(arguments.begin(), "_fn");
            text += fmt::format("// {} (line {}): the body of the generator\n", qualname, lineno);
            text += fmt::format("py::NewGenerator {}_body({}) {{\n{}}}\n\n", cpp, join(coroutine_params), state.body);
            text += fmt::format("// {}: calling it makes a generator\n", qualname);
            text += fmt::format("{} {{\n{}    return {}_body({}).generator;\n}}\n\n", signature,
                                general ? "" : fmt::format("    if (_nargs != {}) _fn.check_arity(_nargs);\n", params.size()), cpp,
                                join(arguments));
        } else {
            text += fmt::format("// {} (line {})\n", qualname, lineno);
            text += (class_body ? cold(state) : "") + signature + " {\n" + state.body + "}\n\n";
        }
        functions_ += text;
        return cpp;
    }

    // ---- expressions

    // A C++ bool for a condition, without building a bool Value where the shape allows.
    std::string cond(const ast::Expr* e) {
        if (auto* b = ast::as<ast::BoolOp>(e)) {
            std::vector<std::string> parts;
            for (const ast::Expr* v : b->values) parts.push_back(cond(v));
            std::string out = "(";
            for (std::size_t i = 0; i < parts.size(); ++i) {
                if (i > 0) out += b->op == ast::BoolOpKind::And ? " && " : " || ";
                out += parts[i];
            }
            return out + ")";
        }
        if (auto* u = ast::as<ast::UnaryOp>(e); u != nullptr && u->op == ast::UnaryOpKind::Not)
            return "!" + cond(u->operand);
        if (auto* c = ast::as<ast::Compare>(e); c != nullptr && c->ops.size() == 1) {
            if (auto fused = fused_compare(c, false)) return *fused;
            return fmt::format("{}({{{}}})", compare_function(c->ops[0]),
                               Operands(*this).add(c->left).add(c->comparators[0]).joined());
        }
        return fmt::format("py::truthy({})", expr(e));
    }

    std::string expr(const ast::Expr* e) {
        using K = ast::ExprKind;
        switch (e->kind) {
            case K::Constant: return constant(ast::as<ast::Constant>(e));
            case K::Name: {
                auto* n = ast::as<ast::Name>(e);
                return load(n->id, n->symbol, n);
            }
            case K::BinOp: {
                auto* b = ast::as<ast::BinOp>(e);
                if (auto fused = fused_value(e)) return *fused;
                // (`a + b + c`: the left operand is a new value, which a str chain may grow in place; an
                // f-string without fields is a constant, so not that)
                bool fresh_left = b->op == ast::OperatorKind::Add && (b->left->kind == K::BinOp || b->left->kind == K::Call);
                return fmt::format("{}({{{}}})", fresh_left ? "py::add_fresh" : binop_function(b->op),
                                   Operands(*this).add(b->left).add(b->right).joined());
            }
            case K::UnaryOp: return unary(ast::as<ast::UnaryOp>(e));
            case K::BoolOp: {
                // `a and b` is the first falsy operand (or the last one); `or` the first truthy one.
                auto* b = ast::as<ast::BoolOp>(e);
                std::string t = temp();
                std::string out = fmt::format("[&]() -> py::Value {{ py::Value {} = {}; ", t, expr(b->values[0]));
                for (std::size_t i = 1; i < b->values.size(); ++i)
                    out += fmt::format("if ({}py::truthy({})) return {}; {} = {}; ",
                                       b->op == ast::BoolOpKind::And ? "!" : "", t, t, t, expr(b->values[i]));
                return out + fmt::format("return {}; }}()", t);
            }
            case K::IfExp: {
                auto* i = ast::as<ast::IfExp>(e);
                return fmt::format("({} ? py::Value({}) : py::Value({}))", cond(i->test), expr(i->body), expr(i->orelse));
            }
            case K::Compare: return compare(ast::as<ast::Compare>(e));
            case K::Call: return call(ast::as<ast::Call>(e));
            case K::List: return sequence_display("list", ast::as<ast::List>(e)->elts);
            case K::Tuple:
                if (const ast::ExprList* literals = literal_display(e)) return tuple_constant(*literals);
                return sequence_display("tuple", ast::as<ast::Tuple>(e)->elts);
            case K::Dict: {
                auto* d = ast::as<ast::Dict>(e);
                Operands parts(*this);
                std::string shape;  // ':' a key and its value, '*' a `**mapping` merged in
                for (std::size_t i = 0; i < d->keys.size(); ++i) {
                    if (d->keys[i] != nullptr) parts.add(d->keys[i]);
                    parts.add(d->values[i]);
                    shape += d->keys[i] != nullptr ? ':' : '*';
                }
                if (shape.find('*') == std::string::npos) return fmt::format("py::make_dict({{{}}})", parts.joined());
                return fmt::format("py::make_dict_unpacking({{{}}}, {})", parts.joined(), quote(shape));
            }
            case K::Subscript: {
                auto* s = ast::as<ast::Subscript>(e);
                Operands ops(*this);
                if (auto* slice = ast::as<ast::Slice>(s->slice); slice != nullptr && slice->step == nullptr) {
                    ops.add(s->value);  // x[a:b]: no slice object for a list, tuple or str
                    for (const ast::Expr* bound : {slice->lower, slice->upper})
                        bound != nullptr ? ops.add(bound) : ops.add(nullptr, "py::Value::none()");
                    return fmt::format("py::getslice({{{}}})", ops.joined());
                }
                ops.add(s->value).add(s->slice, subscript_index(s->slice));
                return fmt::format("py::getitem({{{}}})", ops.joined());
            }
            case K::JoinedStr: {
                // One part stays a str of its own (the constant, or the one field formatted); more are written
                // into one buffer by py::FStringBuilder, each field formatted before the next is evaluated.
                // A field's value is evaluated before its nested spec (`{x:{w}}`): the two go in a braced
                // list, evaluated in order, where a call's arguments would not be.
                const auto& values = ast::as<ast::JoinedStr>(e)->values;
                auto value_of = [&](const ast::FormattedValue* f) {
                    return f->conversion == -1 ? expr(f->value)
                                               : fmt::format("py::format_value({}, {})", expr(f->value), f->conversion);
                };
                auto constant_spec = [](const ast::Expr* spec) {
                    auto* j = ast::as<ast::JoinedStr>(spec);
                    return j == nullptr || std::none_of(j->values.begin(), j->values.end(), [](const ast::Expr* v) {
                               return v->kind == ast::ExprKind::FormattedValue;
                           });
                };
                if (values.size() == 1) {
                    auto* f = ast::as<ast::FormattedValue>(values[0]);
                    if (f == nullptr) return expr(values[0]);
                    if (f->format_spec == nullptr) return fmt::format("py::format_value({}, {})", expr(f->value), f->conversion);
                    if (constant_spec(f->format_spec))
                        return fmt::format("py::format_with_spec({}, {})", value_of(f), expr(f->format_spec));
                }
                std::string out = "py::FStringBuilder()";
                for (const ast::Expr* v : values) {
                    auto* f = ast::as<ast::FormattedValue>(v);
                    if (f == nullptr) {
                        out += fmt::format(".lit({})", expr(v));
                    } else if (f->format_spec == nullptr) {
                        out += fmt::format(".field({}, {})", expr(f->value), f->conversion);
                    } else if (constant_spec(f->format_spec)) {
                        std::string value = value_of(f);
                        out += fmt::format(".field({}, {})", value, expr(f->format_spec));
                    } else {
                        // (a conversion, like CPython's FORMAT_VALUE, comes after the spec is evaluated)
                        Operands ops(*this);
                        ops.add(f->value).add(f->format_spec);
                        out += fmt::format(".field_with_spec({{{}}}, {})", ops.joined(), f->conversion);
                    }
                }
                return out + ".finish()";
            }
            case K::Attribute: {
                auto* a = ast::as<ast::Attribute>(e);
                return fmt::format("py::getattr({}, {}, {})", expr(a->value), str_constant(a->attr), attr_site());
            }
            case K::Lambda: return lambda(ast::as<ast::Lambda>(e));
            case K::ListComp: {
                auto* c = ast::as<ast::ListComp>(e);
                return comprehension(e, c->scope, c->generators, "<listcomp>", c->elt, nullptr, nullptr);
            }
            case K::DictComp: {
                auto* c = ast::as<ast::DictComp>(e);
                return comprehension(e, c->scope, c->generators, "<dictcomp>", nullptr, c->key, c->value);
            }
            case K::SetComp: {
                auto* c = ast::as<ast::SetComp>(e);
                return comprehension(e, c->scope, c->generators, "<setcomp>", c->elt, nullptr, nullptr);
            }
            case K::GeneratorExp: {
                auto* g = ast::as<ast::GeneratorExp>(e);
                return comprehension(e, g->scope, g->generators, "<genexpr>", g->elt, nullptr, nullptr);
            }
            case K::NamedExpr: {
                // `(x := v)` stores and yields the value; C++ assignment is an expression too
                auto* w = ast::as<ast::NamedExpr>(e);
                auto* n = ast::as<ast::Name>(w->target);
                ++walrus_count_;
                return fmt::format("py::Value({})", store_expression(n->id, n->symbol, n, expr(w->value)));
            }
            case K::Set: {
                const auto& elts = ast::as<ast::Set>(e)->elts;
                bool folded = elts.size() > 2 && std::all_of(elts.begin(), elts.end(), is_folded_constant);
                if (folded) return fmt::format("py::make_constant_set({{{}}})", elements(elts));
                return sequence_display("set", elts);
            }
            case K::Starred: unsupported(e, "starred expressions");
            case K::Yield:
            case K::YieldFrom: return yield(e);
            case K::Await: unsupported(e, "'await'");
            case K::Slice: return subscript_index(e);  // an item of a tuple index: `a[1:2, ::3]`
            case K::FormattedValue: break;
        }
        unsupported(e, "this expression");
    }

    // Whether CPython's AST optimizer folds `e` to a constant (a literal, a sign or `~` on one, a tuple of them,
    // arithmetic on small ones): a set display of such items is built like CPython's frozenset constant.
    static bool is_folded_constant(const ast::Expr* e) {
        if (e->kind == ast::ExprKind::Constant) return true;
        if (auto* u = ast::as<ast::UnaryOp>(e)) return u->op != ast::UnaryOpKind::Not && is_folded_constant(u->operand);
        if (auto* t = ast::as<ast::Tuple>(e))
            return std::all_of(t->elts.begin(), t->elts.end(), [](const ast::Expr* x) {
                return x->kind != ast::ExprKind::Starred && is_folded_constant(x);
            });
        if (auto* b = ast::as<ast::BinOp>(e)) {
            using K = ast::OperatorKind;
            // CPython refuses to fold results that could get large; small int operands stay well inside
            if (b->op == K::Pow || b->op == K::LShift || b->op == K::Mult) {
                auto small = [](const ast::Expr* x) {
                    auto* c = ast::as<ast::Constant>(x);
                    return c != nullptr && c->value.kind == ast::ConstantValue::Kind::Int && c->value.text.size() <= 2;
                };
                return small(b->left) && small(b->right);
            }
            return b->op != K::MatMult && is_folded_constant(b->left) && is_folded_constant(b->right);
        }
        return false;
    }

    // What a `for` iterates: CPython makes a set display of constants there a frozenset constant.
    std::string iterable(const ast::Expr* e) {
        auto* s = ast::as<ast::Set>(e);
        if (s == nullptr || !std::all_of(s->elts.begin(), s->elts.end(), is_folded_constant)) return expr(e);
        return fmt::format("py::make_constant_frozenset({{{}}})", elements(s->elts));
    }

    std::string elements(const ast::ExprList& elts) {
        Operands parts(*this);
        for (const ast::Expr* x : elts) {
            if (x->kind == ast::ExprKind::Starred) unsupported(x, "starred expressions");
            parts.add(x);
        }
        return parts.joined();
    }

    // `yield v` is `co_yield v`, `yield from x` is `co_await py::yield_from(x)`: both give the value sent in.
    // A suspension point must not sit inside the immediately invoked lambdas that `and`/`or` and chained
    // comparisons become, and g++ 12 cannot keep the temporaries of a full-expression (braced operand
    // lists) across one, so a yield is lowered only as a whole statement or a whole assigned or returned
    // value (the statement marks it with allow_yield first), with its operand evaluated into a variable
    // just before: Python evaluates it first too.
    std::string yield(const ast::Expr* e) {
        if (e != allowed_yield_) unsupported(e, "'yield' inside a larger expression");
        allowed_yield_ = nullptr;
        const ast::Expr* operand = e->kind == ast::ExprKind::Yield ? ast::as<ast::Yield>(e)->value
                                                                   : ast::as<ast::YieldFrom>(e)->value;
        std::string value = suspension_operand(operand != nullptr ? expr(operand) : "py::Value::none()");
        if (e->kind == ast::ExprKind::Yield) return fmt::format("(co_yield {})", value);
        return fmt::format("(co_await py::yield_from({}))", value);
    }
    // An operand with braced lists, lambdas or a conditional (`a if c else b`: g++ 12 destroys the chosen
    // branch's temporary twice across the suspension, which drops a reference and corrupts the value) is
    // evaluated into a variable before the suspension.
    std::string suspension_operand(const std::string& value) {
        if (value.find('{') == std::string::npos && value.find('?') == std::string::npos) return value;
        std::string t = temp();
        line(fmt::format("py::Value {} = {};", t, value));
        return fmt::format("std::move({})", t);
    }
    void allow_yield(const ast::Expr* value) {
        if (value->kind == ast::ExprKind::Yield || value->kind == ast::ExprKind::YieldFrom) allowed_yield_ = value;
    }

    // A literal: a constant, a negated int or float, or a tuple of literals.
    static bool is_literal(const ast::Expr* e) {
        if (e->kind == ast::ExprKind::Constant) return true;
        if (auto* u = ast::as<ast::UnaryOp>(e); u != nullptr && u->op == ast::UnaryOpKind::USub) {
            auto* c = ast::as<ast::Constant>(u->operand);
            using K = ast::ConstantValue::Kind;
            return c != nullptr && (c->value.kind == K::Int || c->value.kind == K::Float);
        }
        if (auto* t = ast::as<ast::Tuple>(e)) return std::all_of(t->elts.begin(), t->elts.end(), is_literal);
        return false;
    }
    // The elements of a tuple or list display whose elements are all literals (and not empty), else null.
    static const ast::ExprList* literal_display(const ast::Expr* e) {
        const ast::ExprList* elts = nullptr;
        if (auto* t = ast::as<ast::Tuple>(e)) elts = &t->elts;
        if (auto* l = ast::as<ast::List>(e)) elts = &l->elts;
        if (elts == nullptr || elts->empty() || !std::all_of(elts->begin(), elts->end(), is_literal)) return nullptr;
        return elts;
    }
    // A tuple of literals is built once, as CPython's code objects hold it as a constant (`for d in (-1, 0, 1)`,
    // `c in ("a", "b")` allocate nothing; `f() is f()` for `def f(): return (1, 2)`).
    std::string tuple_constant(const ast::ExprList& elts) {
        std::string items = elements(elts);
        auto it = tuple_constants_.find(items);
        if (it != tuple_constants_.end()) return it->second;
        std::string name = fmt::format("t{}", tuple_constants_.size() + 1);
        constants_ += fmt::format("    static inline const py::Value {} = py::make_tuple({{{}}});\n", name, items);
        return tuple_constants_.emplace(items, "constants::" + name).first->second;
    }

    // A list or tuple display: `py::make_list({a, b})`, or with `*x` elements
    // `py::make_list_unpacking({a, x}, ".*")`.
    std::string sequence_display(const char* kind, const ast::ExprList& elts) {
        Operands parts(*this);
        std::string shape;
        for (const ast::Expr* x : elts) {
            auto* star = ast::as<ast::Starred>(x);
            parts.add(star != nullptr ? star->value : x);
            shape += star != nullptr ? '*' : '.';
        }
        if (shape.find('*') == std::string::npos) return fmt::format("py::make_{}({{{}}})", kind, parts.joined());
        return fmt::format("py::make_{}_unpacking({{{}}}, {})", kind, parts.joined(), quote(shape));
    }

    std::string subscript_index(const ast::Expr* slice) {
        if (auto* s = ast::as<ast::Slice>(slice)) {
            Operands parts(*this);
            for (const ast::Expr* x : {s->lower, s->upper, s->step})
                x != nullptr ? parts.add(x) : parts.add(nullptr, "py::Value::none()");
            return fmt::format("py::make_slice({{{}}})", parts.joined());
        }
        return expr(slice);
    }

    std::string constant(const ast::Constant* c) {
        using K = ast::ConstantValue::Kind;
        const auto& v = c->value;
        switch (v.kind) {
            case K::None: return "py::Value::none()";
            case K::Bool: return v.boolean ? "py::Value::boolean(true)" : "py::Value::boolean(false)";
            case K::Int: {
                std::int64_t n = 0;
                auto res = std::from_chars(v.text.data(), v.text.data() + v.text.size(), n);
                if (res.ec == std::errc() && res.ptr == v.text.data() + v.text.size())
                    return fmt::format("py::Value::integer({})", n);
                auto it = big_constants_.find(v.text);
                if (it != big_constants_.end()) return it->second;
                std::string name = fmt::format("i{}", big_constants_.size() + 1);
                constants_ += fmt::format("    static inline const py::Value {} = py::int_from_decimal({});\n", name,
                                          quote(v.text));
                return big_constants_.emplace(v.text, "constants::" + name).first->second;
            }
            case K::Float: return float_literal(v.number);
            case K::Str: return str_constant(v.text);
            case K::Ellipsis: return "py::ellipsis()";
            case K::Complex: unsupported(c, "complex numbers");
            case K::Bytes: return bytes_constant(v.text);
        }
        unsupported(c, "this constant");
    }

    static std::string float_literal(double d) {
        if (std::isinf(d))
            return d > 0 ? "py::Value::floating(std::numeric_limits<double>::infinity())"
                         : "py::Value::floating(-std::numeric_limits<double>::infinity())";
        char buf[64];
        auto res = std::to_chars(buf, buf + sizeof buf, d);  // shortest round-trip form
        std::string text(buf, res.ptr);
        if (text.find_first_of(".e") == std::string::npos) text += ".0";
        return fmt::format("py::Value::floating({})", text);
    }

    std::string unary(const ast::UnaryOp* u) {
        using K = ast::UnaryOpKind;
        if (u->op == K::Not) return fmt::format("py::Value::boolean(!{})", cond(u->operand));
        // `-5` and `-1.5` fold to literals for readability; CPython folds them too
        if (auto* c = ast::as<ast::Constant>(u->operand); c != nullptr && u->op == K::USub) {
            if (c->value.kind == ast::ConstantValue::Kind::Float) return float_literal(-c->value.number);
            if (c->value.kind == ast::ConstantValue::Kind::Int && c->value.text.size() <= 18)
                return fmt::format("py::Value::integer(-{})", c->value.text);
        }
        const char* fn = u->op == K::USub ? "py::neg" : u->op == K::UAdd ? "py::pos" : "py::invert";
        return fmt::format("{}({})", fn, expr(u->operand));
    }

    // A comparison whose result is a value: ==, <, ... return what a class's method returns.
    static std::string compare_value(ast::CmpOpKind op, const std::string& l, const std::string& r) {
        using K = ast::CmpOpKind;
        const char* fn = op == K::Eq ? "py::eq_value" : op == K::NotEq ? "py::ne_value" : op == K::Lt ? "py::lt_value"
                         : op == K::LtE ? "py::le_value" : op == K::Gt ? "py::gt_value" : op == K::GtE ? "py::ge_value"
                                                                                             : nullptr;
        if (fn == nullptr) return fmt::format("py::Value::boolean({}({{{}, {}}}))", compare_function(op), l, r);
        return fmt::format("{}({{{}, {}}})", fn, l, r);
    }

    std::string compare(const ast::Compare* c) {
        if (auto fused = fused_compare(c, true)) return *fused;
        if (c->ops.size() == 1) {
            std::vector<std::string> operands = Operands(*this).add(c->left).add(c->comparators[0]).parts();
            return compare_value(c->ops[0], operands[0], operands[1]);
        }
        // a < b < c: each operand evaluated once, stopping at the first false comparison
        std::string l = temp(), r = temp();
        std::string out = fmt::format("[&]() -> py::Value {{ py::Value {} = {}; py::Value {}; ", l, expr(c->left), r);
        for (std::size_t i = 0; i < c->ops.size(); ++i) {
            out += fmt::format("{} = {}; ", r, expr(c->comparators[i]));
            if (i + 1 == c->ops.size()) {
                out += fmt::format("return {}; }}()", compare_value(c->ops[i], l, r));
            } else {
                out += fmt::format("if (!{}({{{}, {}}})) return py::Value::boolean(false); {} = std::move({}); ",
                                   compare_function(c->ops[i]), l, r, l, r);
            }
        }
        return out;
    }

    static bool is_runtime_method(std::string_view name) {
        auto in = [&](const auto& names) { return std::find(std::begin(names), std::end(names), name) != std::end(names); };
        return in(py::kStrMethods) || in(py::kListMethods) || in(py::kDictMethods) || in(py::kGeneratorMethods) ||
               in(py::kNumberMethods) || in(py::kSetMethods) || in(py::kBytesMethods);
    }

    // A method of the builtin types that the runtime lacks is refused here, unless a class of the program
    // defines a method of that name (then the receiver may be one of its instances).
    void check_method_name(const ast::Attribute* attr) {
        if (is_runtime_method(attr->attr)) return;
        bool builtin_method = std::find(std::begin(py::kUnimplementedMethods), std::end(py::kUnimplementedMethods),
                                        attr->attr) != std::end(py::kUnimplementedMethods);
        if (builtin_method && !class_binds(resolved_.table.top(), attr->attr))
            unsupported(attr, fmt::format("method '{}'", attr->attr));
    }
    static bool class_binds(const Scope* scope, std::string_view name) {
        if (scope->type == BlockType::Class) {
            const Symbol* s = scope->lookup(name);
            if (s != nullptr && s->flags.any(kDefBound)) return true;
        }
        return std::any_of(scope->children.begin(), scope->children.end(),
                           [&](const Scope* c) { return class_binds(c, name); });
    }

    // super() in a method: the __class__ cell and the method's first argument (CPython's super_init).
    std::string zero_arg_super() { return fmt::format("py::super_zero({})", super_arguments()); }
    std::string super_arguments() {
        const Scope* scope = fs_->scope;
        if (fs_->is_module || fs_->is_class) return "nullptr, nullptr";
        const Symbol* cls = scope->lookup("__class__");
        std::string cell = cls != nullptr && cls->scope == SymbolScope::FREE
                               ? fs_->names.name("__class__") + ".get()"
                               : std::string("nullptr");
        std::string first = "nullptr";
        if (!scope->varnames.empty() && scope->comprehension == ComprehensionKind::None) {
            std::string_view p = scope->varnames[0];  // the first parameter
            const Symbol* ps = scope->lookup(p);
            first = ps != nullptr && ps->scope == SymbolScope::CELL ? "&" + fs_->names.name(p) + "->value"
                                                                     : "&" + fs_->names.name(p);
        }
        return cell + ", " + first;
    }
    bool is_zero_arg_super(const ast::Expr* e) {
        auto* c = ast::as<ast::Call>(e);
        return c != nullptr && c->args.empty() && c->keywords.empty() && is_builtin_name(c->func, "super");
    }

    bool is_builtin_name(const ast::Expr* e, std::string_view name) {
        auto* n = ast::as<ast::Name>(e);
        if (n == nullptr || n->id != name || n->symbol == nullptr) return false;
        return storage_of(n->symbol, n) == Storage::Global && bound_globals_.count(std::string(name)) == 0;
    }

    std::string call(const ast::Call* c) {
        bool unpacking = std::any_of(c->args.begin(), c->args.end(),
                                     [](const ast::Expr* a) { return a->kind == ast::ExprKind::Starred; }) ||
                         std::any_of(c->keywords.begin(), c->keywords.end(), [](const ast::Keyword* k) { return !k->arg; });
        if (!unpacking && is_builtin_name(c->func, "print") && print_keywords_only(c)) {
            Operands values(*this);
            for (const ast::Expr* a : c->args) values.add(a);
            std::string letters;
            for (const ast::Keyword* k : c->keywords) {
                letters += (*k->arg)[0];
                values.add(k->value);
            }
            return fmt::format("py::print(globals::{}, {{{}}}, {}, {})", field("print"), values.joined(), c->args.size(),
                               quote(letters));
        }
        if (is_zero_arg_super(c)) return zero_arg_super();
        if (!unpacking && c->args.size() == 1 && c->keywords.empty()) {
            if (is_builtin_name(c->func, "len"))
                return fmt::format("py::len(globals::{}, {})", field("len"), expr(c->args[0]));
            for (const char* type : {"int", "str", "float"})
                if (is_builtin_name(c->func, type))
                    return fmt::format("py::construct1(globals::{}, &py::{}_type, {})", field(type), type, expr(c->args[0]));
        }
        auto* attr = ast::as<ast::Attribute>(c->func);
        if (attr != nullptr) check_method_name(attr);
        if (unpacking) {
            // f(*a, **k): the callee (for a method, the attribute), then the arguments in source order
            Operands parts(*this);
            if (attr != nullptr)
                parts.add(c->func, fmt::format("py::getattr({}, {})", expr(attr->value), str_constant(attr->attr)));
            else
                parts.add(c->func);
            std::vector<std::string> shape;
            for (const ast::Expr* a : c->args) {
                auto* star = ast::as<ast::Starred>(a);
                parts.add(star != nullptr ? star->value : a);
                shape.push_back(star != nullptr ? "*" : ".");
            }
            for (const ast::Keyword* k : c->keywords) {
                parts.add(k->value);
                shape.push_back(k->arg ? "=" + *k->arg : "**");
            }
            std::string shape_text;
            for (const std::string& t : shape) shape_text += (shape_text.empty() ? "" : " ") + t;
            return fmt::format("py::call_ex({{{}}}, {})", parts.joined(), quote(shape_text));
        }
        // obj.m(...) looks m up on the type (through the site's cache) and calls it with obj prepended, without
        // a bound method object (the Method holds its own references to the receiver and the method, so only
        // the arguments follow)
        // (super().m(...) finds m without making the super object)
        std::string method = attr == nullptr ? std::string()
                             : is_zero_arg_super(attr->value)
                                 ? fmt::format("py::Method::of_super({}, {})", super_arguments(), str_constant(attr->attr))
                                 : fmt::format("py::Method({}, {}, {})", expr(attr->value), str_constant(attr->attr),
                                               method_site());
        if (DirectDef* def = attr == nullptr ? direct_target(c->func) : nullptr) {
            if (c->keywords.empty()) {
                def->called = true;
                std::string callee = expr(c->func);  // (lowered first: its code runs first)
                return fmt::format("py::DirectCall<&code::{}>({})({{{}}})", def->cpp, callee, argument_values(c));
            }
            if (std::optional<std::vector<const ast::Expr*>> slots = bind_to_parameters(c, def->def)) {
                def->called = true;
                std::string callee = expr(c->func);
                Operands values(*this);
                std::string names;
                for (std::size_t i = 0; i < slots->size(); ++i) {
                    const ast::Expr* value = (*slots)[i];
                    value != nullptr ? values.add(value) : values.add(nullptr, "py::Value()");
                }
                for (const ast::Keyword* k : c->keywords) names += (names.empty() ? "" : " ") + *k->arg;
                return fmt::format("py::DirectCall<&code::{}>({}).with_keywords({{{}}}, {}, {})", def->cpp, callee,
                                   values.joined_values(), c->args.size(), quote(names));
            }
        }
        if (attr == nullptr && c->keywords.empty() && is_function_variable(c->func)) {
            std::string callee = expr(c->func);  // (lowered first: its code runs first)
            return fmt::format("py::call_variable({})({{{}}})", callee, argument_values(c));
        }
        Operands operands(*this);
        if (attr == nullptr) c->keywords.empty() ? operands.add_callee(c->func) : operands.add(c->func);
        for (const ast::Expr* a : c->args) operands.add(a);
        std::string names;  // f(a, k=v): bound to the parameters by name at run time
        for (const ast::Keyword* k : c->keywords) {
            names += (names.empty() ? "" : " ") + *k->arg;
            operands.add(k->value);
        }
        std::string parts = operands.joined();
        if (c->keywords.empty()) {
            if (attr == nullptr) return fmt::format("py::call({{{}}})", parts);
            // (a list's append and a dict's get run in place; see py::Method)
            if ((attr->attr == "append" && c->args.size() == 1) || (attr->attr == "get" && c->args.size() <= 2 && !c->args.empty()))
                return fmt::format("{}.call_{}({{{}}})", method, attr->attr, parts);
            return fmt::format("{}.call({{{}}})", method, parts);
        }
        if (attr == nullptr) return fmt::format("py::call_kw({{{}}}, {})", parts, quote(names));
        return fmt::format("{}.call_kw({{{}}}, {})", method, parts, quote(names));
    }

    // print(..., sep=, end=, flush=) has its own entry point; other keywords go through the general call.
    static bool print_keywords_only(const ast::Call* c) {
        return std::all_of(c->keywords.begin(), c->keywords.end(), [](const ast::Keyword* k) {
            return *k->arg == "sep" || *k->arg == "end" || *k->arg == "flush";
        });
    }

    const ResolvedModule& resolved_;
    const LoweringOptions& options_;
    const SourceFile& source_;
    Diagnostics& diags_;
    FunctionState* fs_ = nullptr;
    const ast::Expr* allowed_yield_ = nullptr;  // the yield the statement being lowered may hold (allow_yield)
    std::unordered_set<const ast::Name*> proven_bound_;  // reads of plain locals that need no unbound check
    std::string qualname_;     // of the function being emitted
    std::string annotated_class_;  // the class whose body is being lowered: mangles its annotations' names
    std::string code_prefix_;  // its C++ name, the prefix of nested functions' names
    NameScope code_names_;     // namespace `code`
    std::map<std::string, DirectDef, std::less<>> direct_defs_;  // by global name (collect_direct_defs)
    NameScope field_names_;    // struct globals
    std::set<std::string> fields_;
    std::set<std::string> bound_globals_;  // the globals the module binds
    std::vector<std::string> field_order_;
    std::string constants_;
    std::size_t attr_sites_ = 0, method_sites_ = 0;
    std::map<std::string, std::string> str_constants_, bytes_constants_, big_constants_, tuple_constants_;
    std::string functions_;
    int temp_counter_ = 0;
    int int_temp_counter_ = 0;  // the `_i<N>`/`_f<N>` of fused fast paths
    std::unordered_set<const Symbol*> float_symbols_;  // float_hinted_symbols: try the double fast path first
    int generic_depth_ = 0;     // > 0 while lowering a fast path's general fallback, which is not fused again
    int label_counter_ = 0;
    int walrus_count_ = 0;  // walruses lowered so far (Operands)
};

}  // namespace

bool lower_module(const ast::Module& module, const ResolvedModule& resolved, const SourceFile& source,
                  const LoweringOptions& options, std::string& cpp_out, Diagnostics& diags) {
    Lowerer lowerer(resolved, options, source, diags);
    try {
        cpp_out = lowerer.run(module);
        return true;
    } catch (const Unsupported& u) {
        int line = u.node->loc.lineno;
        int column = utf8_column(source.line(line), u.node->loc.col_offset) + 1;
        diags.error(line, column, "unsupported: " + u.what);
        return false;
    }
}

}  // namespace py2cpp
