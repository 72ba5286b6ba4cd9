// Front end — the symbol table: blocks (Scope) and the names bound or used in them (Symbol), as CPython 3.11's.
//
// The vocabulary is CPython's (Include/internal/pycore_symtable.h): a block is a module, a class body, or a
// function-like body (def, lambda, each comprehension and generator expression); each name in a block carries
// the raw facts the first pass saw (DEF_LOCAL, DEF_PARAM, USE, ...) and the scope the second pass decided
// (LOCAL, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT). frontend/resolver.h fills it in.
//
// Names are string_views into the AST (identifiers of the nodes, which never move) or, for mangled private
// names, into storage the SymbolTable owns; the table must not outlive the AST it was built from.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace py2cpp::ast {
struct Node;
}

namespace py2cpp {

struct Scope;

// The raw facts of pass 1; the same bits as CPython so a reader of symtable.c can follow along.
enum class SymbolFlag : std::uint16_t {
    DEF_GLOBAL = 1,          // `global name` in this block
    DEF_LOCAL = 2,           // bound here: assignment, def, class, for, with, except ... as, del
    DEF_PARAM = 4,           // a formal parameter
    DEF_NONLOCAL = 8,        // `nonlocal name` in this block
    USE = 16,                // read here
    DEF_FREE = 32,           // unused in 3.11's analysis; kept for the numbering
    DEF_FREE_CLASS = 64,     // a class binds the name and one of its methods uses it free
    DEF_IMPORT = 128,        // bound by an import
    DEF_ANNOT = 256,         // annotated (`name: T`)
    DEF_COMP_ITER = 512,     // a comprehension's iteration variable (walrus conflict checks)
};

class SymbolFlags {
public:
    constexpr SymbolFlags() = default;
    constexpr SymbolFlags(SymbolFlag f) : bits_(static_cast<std::uint16_t>(f)) {}  // NOLINT: implicit on purpose

    constexpr bool has(SymbolFlag f) const { return (bits_ & static_cast<std::uint16_t>(f)) != 0; }
    constexpr bool any(SymbolFlags fs) const { return (bits_ & fs.bits_) != 0; }
    constexpr bool empty() const { return bits_ == 0; }
    constexpr std::uint16_t bits() const { return bits_; }

    constexpr SymbolFlags& operator|=(SymbolFlags o) {
        bits_ = static_cast<std::uint16_t>(bits_ | o.bits_);
        return *this;
    }
    friend constexpr SymbolFlags operator|(SymbolFlags a, SymbolFlags b) { return a |= b; }
    friend constexpr bool operator==(SymbolFlags, SymbolFlags) = default;

private:
    std::uint16_t bits_ = 0;
};

constexpr SymbolFlags operator|(SymbolFlag a, SymbolFlag b) { return SymbolFlags(a) | SymbolFlags(b); }

// DEF_BOUND of symtable.h: any of these makes a name local unless declared global or nonlocal.
inline constexpr SymbolFlags kDefBound = SymbolFlag::DEF_LOCAL | SymbolFlag::DEF_PARAM | SymbolFlag::DEF_IMPORT;

// The decision of pass 2. Unresolved only for names in annotation blocks (see Scope::detached).
enum class SymbolScope : std::uint8_t { Unresolved = 0, LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL };

enum class BlockType : std::uint8_t { Function, Class, Module, Annotation };
enum class ComprehensionKind : std::uint8_t { None, List, Set, Dict, Generator };

struct Symbol {
    std::string_view name;  // as stored: private names already mangled
    SymbolFlags flags;
    SymbolScope scope = SymbolScope::Unresolved;
    Scope* block = nullptr;  // the block this entry belongs to
};

// Where a `global`/`nonlocal` statement (or a walrus target standing for one) named a name; pass-2 errors
// about the name point here, as CPython's ste_directives do.
struct Directive {
    std::string_view name;
    int lineno = 0;
    int col_offset = 0;
};

// Name → index into a vector, open addressing; no allocation per name, string_view keys.
class NameIndex {
public:
    static constexpr std::uint32_t kMissing = UINT32_MAX;
    // `names(i)` must give the key stored at index i; the index keeps only the integers.
    template <class KeyAt>
    std::uint32_t find(std::string_view name, const KeyAt& names) const;
    template <class KeyAt>
    void insert(std::string_view name, std::uint32_t index, const KeyAt& names);
    void clear() { slots_.clear(); count_ = 0; }

private:
    static std::size_t hash(std::string_view s) {
        std::size_t h = 14695981039346656037ull;  // FNV-1a: identifiers are short
        for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
        return h;
    }
    template <class KeyAt>
    void grow(const KeyAt& names);

    std::vector<std::uint32_t> slots_;  // kMissing or an index
    std::uint32_t count_ = 0;
};

struct Scope {
    std::string_view name;  // "top", the def/class name, "lambda", "listcomp", "genexpr", ...
    BlockType type = BlockType::Module;
    ComprehensionKind comprehension = ComprehensionKind::None;
    int lineno = 0;
    int col_offset = 0;
    const ast::Node* node = nullptr;  // FunctionDef, ClassDef, Lambda, the comprehension; null for the module
    Scope* parent = nullptr;          // the enclosing block (for annotation blocks: the block they sit in)

    std::vector<Symbol*> symbols;            // in order of first mention, like ste_symbols
    std::vector<Scope*> children;            // in CPython's order; annotation blocks are not listed
    std::vector<std::string_view> varnames;  // parameters in order (ste_varnames)
    std::vector<Directive> directives;

    // Filled by pass 2, sorted by name as CPython's co_cellvars / co_freevars are.
    std::vector<std::string_view> cellvars;
    std::vector<std::string_view> freevars;

    bool nested = false;               // inside a function-like block
    bool generator = false;            // contains yield / yield from (or is a genexpr)
    bool coroutine = false;            // async def, or an async comprehension / await inside a comprehension
    bool returns_value = false;        // `return expr` somewhere in the body
    bool varargs = false;
    bool varkeywords = false;
    bool needs_class_closure = false;  // class only: a method uses __class__ or super()
    bool detached = false;             // a `from __future__ import annotations` block: never analyzed

    Symbol* lookup(std::string_view n) const {
        std::uint32_t i = index_.find(n, KeyAt{this});
        return i == NameIndex::kMissing ? nullptr : symbols[i];
    }
    SymbolFlags flags_of(std::string_view n) const {
        const Symbol* s = lookup(n);
        return s != nullptr ? s->flags : SymbolFlags{};
    }
    void add(Symbol* s) {
        index_.insert(s->name, static_cast<std::uint32_t>(symbols.size()), KeyAt{this});
        symbols.push_back(s);
    }
    bool is_function_like() const { return type == BlockType::Function; }

private:
    struct KeyAt {
        const Scope* scope;
        std::string_view operator()(std::uint32_t i) const { return scope->symbols[i]->name; }
    };
    NameIndex index_;
};

// Owns the blocks and symbols of one module. Built by resolve() in frontend/resolver.h.
class SymbolTable {
public:
    Scope* top() const { return top_; }

    Scope* new_scope() { return &scopes_.emplace_back(); }
    Symbol* new_symbol() { return &symbols_.emplace_back(); }
    // Keeps a computed name (a mangled private name, a dotted import's first part) alive with the table.
    std::string_view keep(std::string s) { return names_.emplace_back(std::move(s)); }
    void set_top(Scope* s) { top_ = s; }

private:
    Scope* top_ = nullptr;
    std::deque<Scope> scopes_;
    std::deque<Symbol> symbols_;
    std::deque<std::string> names_;
};

// CPython's _Py_Mangle: `__spam` inside class `Ham` is `_Ham__spam`; dunder names, dotted names and classes
// named only with underscores are left alone. Returns `name` itself when nothing changes.
std::string mangle_name(std::string_view class_name, std::string_view name);
bool needs_mangling(std::string_view class_name, std::string_view name);

const char* to_string(SymbolScope scope);  // "local", "cell", ... as Lib/symtable.py's JSON names them
const char* to_string(BlockType type);      // "module", "class", "function", "annotation"

// ---------------------------------------------------------------------------------------------------------

template <class KeyAt>
std::uint32_t NameIndex::find(std::string_view name, const KeyAt& names) const {
    if (slots_.empty()) return kMissing;
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash(name) & mask;; i = (i + 1) & mask) {
        std::uint32_t v = slots_[i];
        if (v == kMissing) return kMissing;
        if (names(v) == name) return v;
    }
}

template <class KeyAt>
void NameIndex::insert(std::string_view name, std::uint32_t index, const KeyAt& names) {
    if ((count_ + 1) * 2 > slots_.size()) grow(names);
    std::size_t mask = slots_.size() - 1;
    std::size_t i = hash(name) & mask;
    while (slots_[i] != kMissing) i = (i + 1) & mask;
    slots_[i] = index;
    ++count_;
}

template <class KeyAt>
void NameIndex::grow(const KeyAt& names) {
    std::vector<std::uint32_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, kMissing);
    std::size_t mask = slots_.size() - 1;
    for (std::uint32_t v : old) {
        if (v == kMissing) continue;
        std::size_t i = hash(names(v)) & mask;
        while (slots_[i] != kMissing) i = (i + 1) & mask;
        slots_[i] = v;
    }
}

}  // namespace py2cpp
