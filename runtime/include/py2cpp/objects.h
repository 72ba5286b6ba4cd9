// Runtime — the heap objects of the slice: types, str, list, tuple, dict, range, functions, exceptions.
//
// Layouts are public so that the inline fast paths (list indexing, for-loops over lists and ranges) and the
// emitted code can reach them; behaviour lives in runtime/src. GMP stays out of this header (BigInt is opaque),
// so a program's translation unit compiles quickly and sees no GMP macros.
#pragma once

#include <cstdint>
#include <memory>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "py2cpp/value.h"

namespace py {

using Ctor = Value (*)(Type* type, const Value* args, std::size_t nargs);

struct Type : Object {
    const char* name;
    Type* base;      // builtin types: their one base; a class: the builtin type its instances are laid out as
    Ctor ctor;       // what calling the type does; null: not callable
    bool iterator;   // instances are py::Iterator (enumerate, zip, iter(x), ...)
    bool heap = false;  // a class statement's class: a py::ClassObject (classes.h), with an MRO and a namespace
    bool native;        // instances are py::NativeObject (functools.partial, operator.itemgetter, ...)
    constexpr Type(const char* n, Type* b, Ctor c, bool is_iterator = false, bool is_native = false);
    bool is_subtype_of(const Type* other) const {
        if (heap) return class_is_subtype(other);
        for (const Type* t = this; t != nullptr; t = t->base)
            if (t == other) return true;
        return false;
    }
    bool class_is_subtype(const Type* other) const;  // searches the MRO (runtime/src/classes.cpp)
};

// The builtin types (runtime/src/types.cpp). They are immortal: their count never reaches zero.
extern Type type_type, object_type, none_type, bool_type, int_type, float_type, str_type, list_type, tuple_type,
    dict_type, range_type, function_type, builtin_function_type, dict_keys_type, dict_values_type,
    dict_items_type, set_type, frozenset_type, bytes_type;

// Exceptions, named as Python names them.
extern Type BaseException, Exception, ArithmeticError, ZeroDivisionError, OverflowError, LookupError,
    IndexError, KeyError, ValueError, TypeError, NameError, UnboundLocalError, RuntimeError, RecursionError,
    AssertionError, StopIteration, AttributeError, NotImplementedError, SystemExit, KeyboardInterrupt,
    OSError, FileNotFoundError, FileExistsError, PermissionError, TimeoutError, ConnectionError, IsADirectoryError, NotADirectoryError, EOFError, ImportError, ModuleNotFoundError, FloatingPointError, BufferError, MemoryError, ReferenceError, SystemError, Warning, UserWarning, DeprecationWarning, RuntimeWarning, UnicodeError, UnicodeDecodeError, UnicodeEncodeError;

constexpr Type::Type(const char* n, Type* b, Ctor c, bool is_iterator, bool is_native)
    : Object(&type_type), name(n), base(b), ctor(c), iterator(is_iterator), native(is_native) {
    refcount = 1u << 30;  // immortal: static types are never freed
}

struct BigInt;  // runtime/src/int.cpp: an mpz_t that does not fit in int64

// A str has CPython's compact layout: the header, then in the same block the UTF-8 bytes and a NUL. One
// allocation per str and no pointer to chase. Strs are made only by `make`/`make_for_writing` (the block is
// malloc'ed to fit the text, or a small str's reused) and freed by the class's destroying operator delete,
// which keeps a small str's block for the next one; none is ever resized, so a Str never moves.
struct Str final : Object {
    std::int64_t length = -1;   // code points; -1 until counted

    // The hash (py::hash's value for the str), kept in Object::aux; 0: not computed yet (attribute names are
    // hashed once, not per lookup).
    std::uint32_t hash() const noexcept { return aux; }
    void set_hash(std::uint32_t h) noexcept { aux = h; }

    static Str* make(std::string_view utf8, std::int64_t length = -1);
    // A str of `bytes` bytes that the caller writes through `chars()` before anyone reads it, in a block with
    // room for at least `capacity` bytes (the in-place `+=` fills the rest).
    static Str* make_for_writing(std::size_t bytes, std::size_t capacity);
    static void operator delete(Str* s, std::destroying_delete_t) noexcept;

    std::string_view text() const noexcept { return {chars(), bytes_}; }
    const char* chars() const noexcept { return reinterpret_cast<const char*>(this + 1); }  // NUL-terminated
    char* chars() noexcept { return reinterpret_cast<char*>(this + 1); }
    std::size_t bytes() const noexcept { return bytes_; }
    std::int64_t size() { return length >= 0 ? length : count_code_points(); }  // code points
    bool is_ascii() { return size() == static_cast<std::int64_t>(bytes_); }
    // Appends when the block has room (true); the caller has checked that nothing else can see this str.
    bool append_in_place(const Str& tail);

private:
    explicit Str(std::size_t bytes) noexcept : Object(&str_type), bytes_(bytes) {}
    std::int64_t count_code_points();
    std::size_t bytes_;  // of UTF-8, not counting the NUL
};

struct Bytes : Object {
    std::string data;
    explicit Bytes(std::string d) : Object(&bytes_type), data(std::move(d)) {}
};

struct List : Object {
    std::vector<Value> items;
    List() : Object(&list_type) {}
    explicit List(std::vector<Value> v) : Object(&list_type), items(std::move(v)) {}
};

// A tuple: its items follow the header in the same block (CPython's layout), so making one is one allocation
// and dropping one touches one block. Made only by `make` (malloc'ed to fit), freed by its operator delete.
struct Tuple final : Object {
    // `n` Unbound items, which the maker fills before anyone else sees the tuple.
    static Tuple* make(std::size_t n);
    static Tuple* make(std::span<const Value> items);  // copies
    static Tuple* make(std::vector<Value>&& items);    // moves
    static void operator delete(void* block) noexcept;
    ~Tuple() override;

    std::span<Value> items() noexcept { return {first(), size_}; }
    std::span<const Value> items() const noexcept { return {first(), size_}; }

private:
    explicit Tuple(std::size_t n) noexcept;
    Value* first() noexcept { return reinterpret_cast<Value*>(this + 1); }
    const Value* first() const noexcept { return reinterpret_cast<const Value*>(this + 1); }
    std::size_t size_;
};

// Insertion-ordered like CPython's: entries in order (deleted ones leave a hole) plus an open-addressing index.
struct DictLinks;

struct Dict : Object {
    struct Entry {
        Value key;
        Value value;
        std::uint64_t hash = 0;
    };
    std::vector<Entry> entries;
    std::vector<std::int32_t> index;  // -1 empty, -2 deleted, else an entry position
    std::size_t used = 0;             // live entries
    DictLinks* links = nullptr;       // a module namespace's: told when a key comes or goes, or entries move
    Dict() : Object(&dict_type) {}
    explicit Dict(Type* t) : Object(t) {}  // an instance of a class derived from dict (classes.h DictInstance)

    Value* find(const Value& key);  // null when absent
    Value* find(const Value& key, std::uint64_t hash);  // the same with the key's hash known; the index not empty
    void set(const Value& key, Value value);
    bool erase(const Value& key);
    void clear();
};

// What keeps pointers into a Dict's entries valid: a module's namespace dict has pointers to its values from
// the emitted code's globals (py::Global, modules.h). The dict reports each change that makes one stale.
struct DictLinks {
    virtual void inserted(const Value& key, Value* value) = 0;  // a new key, its value at `value`
    virtual void erased(const Value& key) = 0;
    virtual void moved(Dict& dict) = 0;  // every entry may have moved (or gone: clear())
    virtual ~DictLinks() = default;
};

// A set or frozenset: CPython's own table (open addressing, a run of linear probes, then perturbed jumps; the
// same resize policy), so iteration order is CPython's wherever the hashes are (ints, floats, tuples of them).
struct Set : Object {
    struct Entry {
        Value key;              // Unbound: never used (hash 0) or deleted (hash -1, CPython's dummy)
        std::int64_t hash = 0;  // py::hash never gives -1
    };
    std::vector<Entry> table;   // mask + 1 entries, a power of two
    std::size_t mask = 7;
    std::size_t fill = 0;       // used + deleted entries
    std::size_t used = 0;       // live entries
    std::size_t finger = 0;     // where pop() resumes its scan
    std::int64_t frozen_hash = -1;  // a frozenset's hash once computed
    explicit Set(Type* t) : Object(t), table(8) {}
};

struct DictView : Object {
    Value dict;
    DictView(Type* t, Value d) : Object(t), dict(std::move(d)) {}
};

struct Range : Object {
    std::int64_t start, stop, step;
    Range(std::int64_t a, std::int64_t b, std::int64_t s) : Object(&range_type), start(a), stop(b), step(s) {}
    std::int64_t size() const;
};

// What the emitted code knows about one Python function: its names and its parameters. The parameters are
// laid out as CPython lays out its locals: the positional ones (the first `posonly` of them positional-only),
// the keyword-only ones, then the `*args` tuple and the `**kwargs` dict when the function has them.
struct CodeInfo {
    const char* name;
    const char* qualname;
    std::size_t nparams;  // all parameter slots
    const char* const* param_names;
    std::size_t argcount = nparams;  // positional parameters
    std::size_t posonly = 0;
    std::size_t kwonly = 0;
    bool varargs = false;
    bool varkw = false;
    const char* doc = nullptr;  // the docstring (`__doc__`); null for None
    // A function whose positional call needs no binding: the arguments are the parameters (less defaults).
    bool simple() const { return kwonly == 0 && !varargs && !varkw; }
};

struct Function;
// The emitted code of a def. `args` must stay alive and unchanged until the code returns: a parameter the
// function never rebinds is a reference into it, not a copy. Every caller passes values it owns for the call
// (a braced list's temporaries, copies, bound slots); py::call_n copies whatever array it was given.
using Code = Value (*)(Function& fn, const Value* args, std::size_t nargs);

// A call's keyword arguments: names and values side by side, in source order.
struct KwArgs {
    const std::string_view* names = nullptr;
    const Value* values = nullptr;
    std::size_t size = 0;
};

struct Function : Object {
    Code code;
    const CodeInfo* info;
    std::vector<Value> defaults;                  // for the last defaults.size() positional parameters
    std::vector<Value> kwdefaults;                // one per keyword-only parameter; Unbound: none
    std::vector<std::shared_ptr<Cell>> cells;     // the closure, in the order of the code's free variables
    Value dict;                                   // function attributes (`f.calls = 0`); Unbound until set
    bool simple;                                  // info->simple(): a positional call runs `code` directly
    Function(Code c, const CodeInfo* i, std::vector<Value> d, std::vector<std::shared_ptr<Cell>> cl)
        : Object(&function_type), code(c), info(i), defaults(std::move(d)), cells(std::move(cl)),
          simple(i->simple()) {}
    // Raises CPython's TypeError when `nargs` positional arguments cannot bind to the parameters of a simple
    // function (the general ones are bound by bind_arguments before their code runs).
    void check_arity(std::size_t nargs) const {
        if (nargs > info->nparams || nargs + defaults.size() < info->nparams) arity_error(nargs);
    }
    // Parameter `i`: the argument, or its default.
    const Value& arg(const Value* args, std::size_t nargs, std::size_t i) const {
        return i < nargs ? args[i] : defaults[i - (info->nparams - defaults.size())];
    }
    [[noreturn]] void arity_error(std::size_t nargs) const;
    // Binds positional and keyword arguments to all nparams `slots` (Unbound on entry) as CPython does
    // (defaults, *args, **kwargs, and every binding TypeError).
    void bind_arguments(const Value* args, std::size_t nargs, const KwArgs& kw, Value* slots) const;
};

using BuiltinCode = Value (*)(const Value* args, std::size_t nargs);
class Keywords;  // runtime/src/internal.h: the keyword arguments a builtin takes one by one
using BuiltinKwCode = Value (*)(const Value* args, std::size_t nargs, Keywords& kw);

// A builtin function; one that takes keyword arguments has `kwcode` instead of `code`.
struct BuiltinFunction : Object {
    const char* name;
    BuiltinCode code;
    BuiltinKwCode kwcode = nullptr;
    BuiltinFunction(const char* n, BuiltinCode c) : Object(&builtin_function_type), name(n), code(c) {}
    BuiltinFunction(const char* n, BuiltinKwCode c)
        : Object(&builtin_function_type), name(n), code(nullptr), kwcode(c) {}
};

// An object of the runtime's modules whose behaviour is its own (functools.partial, an lru_cache wrapper,
// operator.itemgetter, functools' CacheInfo): its type has `native` set, and the protocols ask it.
struct NativeObject : Object {
    using Object::Object;
    virtual bool callable() const { return false; }
    virtual Value call(const Value* args, std::size_t nargs, const KwArgs& kw);  // TypeError unless callable
    // An attribute of the object (partial.func, cache_info): Unbound when it has none of that name.
    virtual Value attribute(std::string_view name) { return Value(); }
    virtual bool repr(std::string& out) { return false; }  // false: the default `<name object>`
    virtual Value getitem(const Value& key);                 // obj[key]: TypeError unless subscriptable
    // Whether it binds to an instance when found on a class, as a function does (an lru_cache wrapper).
    virtual bool binds_as_method() const { return false; }
    // A struct sequence (sys.version_info): the tuple it is to comparisons, len(), iteration, `in` and
    // hash(), as CPython's tuple subclass is; Unbound for every other object.
    virtual Value as_tuple() { return Value(); }
    // `self <op> other` (op: CmpOp's order, then 4 for ==) when the object orders itself (a
    // functools.cmp_to_key key); Unbound when it does not.
    virtual Value rich_compare(const Value& other, int op) { return Value(); }
};

// An iterator object (what iter(), enumerate(), zip() and reversed() return); its type has `iterator` set.
struct Iterator : Object {
    using Object::Object;
    virtual bool next(Value& out) = 0;  // false when exhausted
};

struct ModuleDef;

struct TraceEntry {
    const char* function;
    int line;
    const char* const* varnames;  // the code's local variable names, null-terminated (may be null)
    const ModuleDef* module;      // whose code: its file is the traceback's (null: the entry script)
};

struct ExceptionObject : Object {
    Value args;  // a tuple
    Value dict;  // the attributes set on the instance (a Dict), Unbound until the first one
    std::vector<TraceEntry> traceback;  // outermost first; filled when first raised
    Value cause;    // __cause__ (`raise ... from`); Unbound reads as None
    Value context;  // __context__: the exception being handled when this one was raised
    bool suppress_context = false;  // __suppress_context__, set by `raise ... from`
    // Frame depth of the handler that last caught it: a chained traceback starts at that frame.
    std::size_t caught_depth = 1;
    ExceptionObject(Type* t, Value a) : Object(t), args(std::move(a)) {}
};

// Checked access to an object's layout; the caller has tested the type.
template <class T>
T& as(const Value& v) {
    return *static_cast<T*>(v.obj());
}

}  // namespace py
