// Runtime — declarations shared by the runtime's own source files (never included by emitted code).
#pragma once

#include <gmp.h>

#include <cstdio>
#include <cstring>
#include <initializer_list>
#include <new>
#include <utility>
#include <string>
#include <string_view>
#include <algorithm>
#include <vector>

#include "py2cpp/method_names.h"
#include "py2cpp/runtime.h"

namespace py {

// The operands of a braced list (`std::initializer_list<Ref>`) copied into owned, contiguous Values: what the
// `const Value*` entry points (a function's code, a builtin) read, and a snapshot that Python code run before
// the entry point is done (a callee, a __hash__, a __str__) cannot change by rebinding the variables the
// operands name. Up to kInline operands live on the stack.
class OperandArray {
public:
    explicit OperandArray(std::initializer_list<Ref> refs) : OperandArray(refs.begin(), refs.size()) {}
    OperandArray(const Ref* refs, std::size_t n);
    ~OperandArray();
    OperandArray(const OperandArray&) = delete;
    OperandArray& operator=(const OperandArray&) = delete;

    const Value* data() const { return data_; }
    std::size_t size() const { return size_; }
    const Value& operator[](std::size_t i) const { return data_[i]; }
    const Value* begin() const { return data_; }
    const Value* end() const { return data_ + size_; }

private:
    static constexpr std::size_t kInline = 8;
    alignas(Value) unsigned char inline_[kInline * sizeof(Value)];
    Value* data_;
    std::size_t size_;
};

// Calls `f(const Value* copies, std::size_t n)` with the operands copied as OperandArray copies them; up to four
// without its loop, which is the hot path of every call (inlined into each caller for that reason).
template <class F>
[[gnu::always_inline]] inline Value with_copies(const Ref* r, std::size_t n, F&& f) {
    switch (n) {
        case 0: return f(nullptr, 0);
        case 1: {
            Value a[] = {r[0]};
            return f(a, 1);
        }
        case 2: {
            Value a[] = {r[0], r[1]};
            return f(a, 2);
        }
        case 3: {
            Value a[] = {r[0], r[1], r[2]};
            return f(a, 3);
        }
        case 4: {
            Value a[] = {r[0], r[1], r[2], r[3]};
            return f(a, 4);
        }
        default: {
            OperandArray a(r, n);
            return f(a.data(), a.size());
        }
    }
}
template <class F>
[[gnu::always_inline]] inline Value with_copies(std::initializer_list<Ref> refs, F&& f) {
    return with_copies(refs.begin(), refs.size(), std::forward<F>(f));
}

// Blocks of dropped objects kept for the next ones of their class (an index the owner chooses: a str's size
// class, an instance's room for values), linked through their first word. Programs make and drop small
// objects by the million, and a block taken from here or put back costs a few instructions where the
// allocator's malloc and free cost several times that. The lists are bounded by the bytes they hold in all
// (kBudget), as CPython's allocator keeps the arenas of dropped objects: past it a burst of frees leaves the
// rest to the allocator. AddressSanitizer builds keep none, so that a use after free is still caught.
template <std::size_t kClasses, std::size_t kBudget>
class BlockLists {
public:
    // A kept block of class `k`, which holds `size` bytes; null when there is none.
    void* take(std::size_t k, std::size_t size) noexcept {
        Link* kept = head_[k];
        if (kept == nullptr) return nullptr;
        head_[k] = kept->next;
        bytes_ -= size;
        return kept;
    }
    // Keeps `block` (class `k`, `size` bytes) for a later take; false when the budget is spent, and the
    // caller frees it.
    bool keep(void* block, std::size_t k, std::size_t size) noexcept {
        if (bytes_ + size > kKept) return false;
        head_[k] = new (block) Link{head_[k]};
        bytes_ += size;
        return true;
    }

private:
#if defined(__SANITIZE_ADDRESS__)
    static constexpr std::size_t kKept = 0;
#else
    static constexpr std::size_t kKept = kBudget;
#endif
    struct Link {
        Link* next;
    };
    Link* head_[kClasses] = {};
    std::size_t bytes_ = 0;  // the kept blocks' sizes, summed
};

// An int that does not fit in int64. Invariant: a BigInt never holds a value that fits (see int_from_mpz).
// Ints just beyond int64 come and go by the million in some loops (a 64-bit LCG), so a dropped BigInt with
// small limbs is kept, limbs and all, for the next one (numbers.cpp): `make` takes one from there.
struct BigInt final : Object {
    mpz_t value;
    BigInt() : Object(&int_type) { mpz_init(value); }
    // A BigInt whose value the caller sets next (mpz_set, mpz_limbs_write): a kept one when there is one.
    static BigInt* make();
    // Keeps the block and its limbs, or frees both; the destructor leaves the limbs to it.
    static void operator delete(BigInt* b, std::destroying_delete_t) noexcept;

private:
    explicit BigInt(const __mpz_struct& limbs) : Object(&int_type) { value[0] = limbs; }
};

// RAII for temporaries.
struct Mpz {
    mpz_t v;
    Mpz() { mpz_init(v); }
    explicit Mpz(const Value& intlike);
    ~Mpz() { mpz_clear(v); }
    Mpz(const Mpz&) = delete;
    Mpz& operator=(const Mpz&) = delete;
};

bool is_bigint(const Value& v);
// A struct sequence as its tuple (see NativeObject::as_tuple); Unbound for anything else.
inline Value struct_sequence_tuple(const Value& v) {
    return v.is_obj() && v.obj()->type->native ? static_cast<NativeObject*>(v.obj())->as_tuple() : Value();
}
// Exactly of type t (no subclass).
inline bool has_type(const Value& v, const Type* t) { return v.is_obj() && v.obj()->type == t; }
// The builtin type whose layout an object of type t has: t itself, or for a class its instances' layout
// (object, BaseException, dict, tuple, or a runtime module's own such as collections.deque).
inline Type* builtin_layout(Type* t) { return t->heap ? t->base : t; }
// A dict, or an instance of a class derived from dict (the slow paths take both; fast paths test the exact type).
inline bool is_dict_layout(const Value& v) {
    return v.is_obj() && (v.obj()->type == &dict_type || (v.obj()->type->heap && v.obj()->type->base == &dict_type));
}
// A tuple, or an instance of a class derived from tuple (a namedtuple).
inline bool is_tuple_layout(const Value& v) {
    return v.is_obj() && (v.obj()->type == &tuple_type || (v.obj()->type->heap && v.obj()->type->base == &tuple_type));
}
inline bool is_intlike(const Value& v) { return v.is_small_intlike() || is_bigint(v); }
inline bool is_number(const Value& v) { return is_intlike(v) || v.is_float(); }
Value int_from_mpz(const mpz_t z);    // small when it fits
double int_to_double(const Value& v);  // correctly rounded; OverflowError when too large
std::string int_repr(const Value& v);  // with CPython's 4300-digit limit
std::string float_repr(double d);
Value parse_int(std::string_view text, int base);  // int(str, base): CPython's ValueError on bad input
// int(text) of the commonest text: 1 to 18 ASCII digits (too few to overflow), leading zeros allowed as int()
// allows them. False for anything else (a sign, whitespace, underscores, other scripts' digits, more digits),
// which parse_int decides.
inline bool parse_small_decimal(std::string_view text, std::int64_t& value) {
    if (text.empty() || text.size() > 18) return false;
    std::int64_t v = 0;
    for (char c : text) {
        unsigned digit = static_cast<unsigned char>(c) - unsigned{'0'};  // one test: below '0' wraps
        if (digit > 9) return false;
        v = v * 10 + digit;
    }
    value = v;
    return true;
}
Value parse_float(std::string_view text);    // float(str)
Value float_to_int(double d);                // int(float): truncates
int compare_numbers(const Value& a, const Value& b, bool& unordered);  // -1/0/1; unordered for NaN
std::uint64_t hash_number(const Value& v);
std::uint64_t hash_number_raw(const Value& v);  // before -1 becomes -2

Str& as_str(const Value& v);
// Inline: the str methods and join ask it of every argument and item.
inline bool is_str(const Value& v) { return v.is_obj() && v.obj()->type == &str_type; }
inline std::string text(const Value& s) { return std::string(as<Str>(s).text()); }  // a str's text
// Whether two strs hold the same text. Dict keys and words are mostly short: up to 16 bytes the texts are
// compared as two overlapping loads each, without the call to memcmp that `text() == text()` makes.
[[gnu::always_inline]] inline bool same_text(const Str& a, const Str& b) {
    std::size_t n = a.bytes();
    if (n != b.bytes()) return false;
    const char* x = a.chars();
    const char* y = b.chars();
    auto differ = [&](std::size_t at, auto word) {
        decltype(word) u, v;
        std::memcpy(&u, x + at, sizeof u);
        std::memcpy(&v, y + at, sizeof v);
        return u != v;
    };
    if (n >= 8) {
        if (n > 16) return std::memcmp(x, y, n) == 0;
        return !differ(0, std::uint64_t{}) && !differ(n - 8, std::uint64_t{});
    }
    if (n >= 4) return !differ(0, std::uint32_t{}) && !differ(n - 4, std::uint32_t{});
    for (std::size_t i = 0; i < n; ++i)
        if (x[i] != y[i]) return false;
    return true;
}
bool is_type(const Value& v, const Type* t);  // exact or subclass
// A str; when its length in code points is known (-1: unknown), passing it spares the later count of its lead bytes.
Value new_str(std::string_view utf8, std::int64_t length = -1);
Value int_to_str(std::int64_t i);  // str(i): its digits, with their length known
Value concat_str_pair(const Str& a, const Str& b, std::size_t slack = 0);  // a + b, sized once (builtins.cpp)
// Fills a str from Str::make_for_writing piece after piece: results sized first are built without a temporary.
class StrWriter {
public:
    explicit StrWriter(Str& s) : at_(s.chars()) {}
    void put(std::string_view piece) {
        copy_bytes(at_, piece.data(), piece.size());
        at_ += piece.size();
    }
    void put(char c) { *at_++ = c; }

private:
    char* at_;
};
const Value& ascii_char(unsigned char c);          // the str of one ASCII character (c < 128), shared
Value str_char(std::string_view s, std::int64_t index);  // the code point at `index` as a str
std::int64_t to_index(const Value& v, const char* what);    // an int used as an index; TypeError otherwise
Value make_exception(Type* type, std::string message);
Value system_exit_code(const Value& exc);  // SystemExit.code

// bytes.cpp
bool is_bytes(const Value& v);
Value new_bytes(std::string data);
void bytes_repr(std::string& out, const std::string& data);
std::string unicode_error_message(const ExceptionObject& e);  // str() of a UnicodeDecodeError/EncodeError
Value str_encode(const Value& self, const Value* args, std::size_t n);
Value bytes_getitem(const Value& obj, std::int64_t index);  // an int; IndexError out of range
bool bytes_contains(const Value& container, const Value& item);
Value bytes_fromhex(const Value* args, std::size_t n);
Value bytes_method(const Value& self, const char* name, const Value* args, std::size_t n, bool& found);

// set.cpp
bool is_any_set(const Value& v);  // a set or frozenset
std::int64_t frozenset_hash(Set& s);  // also the lookup hash of a set used as a key
bool set_contains(const Value& set, const Value& key);
bool set_equal(const Value& a, const Value& b);  // both sets or frozensets
bool set_compare(const Value& a, const Value& b, CmpOp op);  // subset / superset
bool keys_view_equal(const Value& view, const Value& other);
// (set(a), set(b)) when one is a dict keys/items view and the other a set or such a view; else Unbound.
Value set_like_pair(const Value& a, const Value& b);  // a dict_keys view and a set or dict_keys view
Value set_operator(char op, const Value& a, const Value& b);  // | & - ^; Unbound unless both are sets
// A method of set/frozenset; `found` false when the type has no such method.
Value set_method(const Value& self, const char* name, const Value* args, std::size_t n, bool& found);
// Classes (classes.cpp): what the builtin operations do for class instances.
bool instance_equal(const Value& a, const Value& b);
bool instance_compare(const Value& a, const Value& b, CmpOp op, bool& decided);
Value instance_rich_compare(const Value& a, const Value& b, int op);  // CmpOp order, then 4 ==, 5 !=
bool call_slot(const char* name, const Value* self_and_args, std::size_t n, Value& result);
bool class_object_repr(const Value& v, std::string& out);
std::string class_module(Type* t);  // a class's __module__
// The attribute `name` in the namespaces of the classes of t's MRO (not the builtin types'); Unbound if none.
Value find_in_class_namespaces(Type* t, const Value& name);
// Calling a class (construct_instance with keywords): an instance in the layout of its builtin base, then
// its __init__.
Value construct_class(Type* type, const Value* args, std::size_t n, const KwArgs& kw);
// A class statement's class called as py::call calls it: its braced arguments are copied once, after the new
// instance, when the class remembers its __init__ (ClassObject::init); otherwise its ctor gets copies.
Value call_class(Type* cls, const Ref* args, std::size_t n);
// a == b by the builtin types' own equality, the types' dunders aside: for instances of classes derived from
// dict or tuple (objects.cpp).
bool builtin_equal(const Value& a, const Value& b);
std::string qualname_of(Type* t);  // a class's __qualname__, a builtin type's name
std::string builtin_repr(const Value& v);  // repr without the class's __repr__ (object.__repr__)
std::string builtin_str(const Value& v);   // str of an exception without the class's __str__
std::int64_t length_of(const Value& v);    // len(v)
std::int64_t checked_length(const Value& r);  // what a __len__ returned, as len() accepts it (or raises)
// compare() with or without trying the operands' comparison methods (without: they declined already).
bool compare_ordered(const Value& a, const Value& b, CmpOp op, bool dunders);
std::string attribute_suggestion(const Value& exc);  // "Did you mean" for an AttributeError; "" for none

// Modules (modules.cpp): the repr of a module or a sys stream, and the streams' write() and flush().
extern Type text_stream_type;  // sys.stdout, sys.stderr
bool module_repr(const Value& v, std::string& out);  // false for other objects
std::FILE* text_stream_file(const Value& v);          // the C stream of sys.stdout/sys.stderr; null otherwise
// Building the runtime's modules: an attribute, a function; each module's make_X() in its own source file.
void module_attribute(const Value& module, const char* name, Value value);
Value builtin_function_value(std::string_view name);  // builtins.cpp: what the builtins module starts with
// run_main's steps (modules.cpp): the program's modules known by name; the entry script's module created.
void register_program(ModuleDef& main);
// Raises `type` with `message`, carrying `name` as its `name` attribute (NameError, ModuleNotFoundError).
[[noreturn]] void raise_with_name(Type* type, std::string message, std::string_view name);
extern bool g_finalizing;  // objects.cpp: the process is exiting, objects are no longer released

// The containers being repr'd now, one stack for all of them (CPython's Py_ReprEnter), so that a container
// reached again inside its own repr prints as `[...]`, whichever kinds of container lie between.
inline std::vector<const Object*> g_repr_stack;
struct ReprGuard {
    bool recursive;
    explicit ReprGuard(const Object* o)
        : recursive(std::find(g_repr_stack.begin(), g_repr_stack.end(), o) != g_repr_stack.end()) {
        if (!recursive) g_repr_stack.push_back(o);
    }
    ~ReprGuard() {
        if (!recursive) g_repr_stack.pop_back();
    }
};
void start_main_module(ModuleDef& main);
void module_function(const Value& module, const char* name, BuiltinCode code);
void module_function(const Value& module, const char* name, BuiltinKwCode code);  // takes keywords
Value make_time();  // time_module.cpp
Value make_math();    // math_module.cpp
Value make_random();     // random_module.cpp
Value make_itertools();  // itertools_module.cpp
Value make_functools();  // functools_module.cpp
Value make_operator();   // operator_module.cpp
Value make_string();     // string_module.cpp
Value make_typing();     // typing_module.cpp
Value make_dataclasses();  // dataclasses_module.cpp
Value sys_version_info();  // sys_version.cpp: sys.version_info, sys.version, sys.hexversion
Value sys_version();
Value sys_hexversion();
Value make_collections();  // collections_module.cpp
Value builtin_iter(const Value& x);  // iter(x) of a builtin iterable (a dict or tuple subclass's instance too)
// Type hints (typing_module.cpp): `list[int]`, `int | None`, and isinstance() of a union.
bool subscript_type(const Value& type, const Value& key, Value& result);  // false: not a generic builtin
bool union_operator(const Value& a, const Value& b, Value& result);      // false: not two type hints
const std::vector<Value>* union_members(const Value& hint);               // null: not a types.UnionType
bool is_classvar_hint(const Value& hint);  // typing.ClassVar, typing.ClassVar[...]
// Class-level attributes of the runtime modules' types (itertools.chain.from_iterable), which type
// attribute lookup consults after the type's own attributes.
void type_attribute(const Type* t, const char* name, Value value);
Value runtime_type_attribute(const Type* t, const std::string& name);  // Unbound when none
double real_value(const Value& v);  // a real number as a double (math_module.cpp): TypeError otherwise
bool text_stream_method(const Value& self, std::string_view name, const Value* args, std::size_t n, Value& result);
[[noreturn]] void type_error(std::string message);

// `self` followed by copies of `n` arguments (Values, or the Refs of a braced list) in one array, on the
// stack for the common short calls: what a method's function receives when it is called on an instance
// without a bound method object.
class ArgsWithSelf {
public:
    template <class Arg>
    [[gnu::always_inline]] ArgsWithSelf(const Value& self, const Arg* args, std::size_t n) : size_(n + 1) {
        // (a raw block, not a std::vector member: the calls pay nothing for the rare long argument list)
        data_ = size_ <= kInline ? reinterpret_cast<Value*>(inline_)
                                 : static_cast<Value*>(::operator new(size_ * sizeof(Value)));
        new (data_) Value(self);
        for (std::size_t i = 0; i < n; ++i) new (data_ + i + 1) Value(args[i]);
    }
    [[gnu::always_inline]] ~ArgsWithSelf() {
        for (std::size_t i = 0; i < size_; ++i) data_[i].~Value();
        if (size_ > kInline) ::operator delete(data_);
    }
    ArgsWithSelf(const ArgsWithSelf&) = delete;
    ArgsWithSelf& operator=(const ArgsWithSelf&) = delete;
    const Value* data() const { return data_; }
    std::size_t size() const { return size_; }

private:
    static constexpr std::size_t kInline = 8;
    std::size_t size_;
    Value* data_;
    alignas(Value) unsigned char inline_[kInline * sizeof(Value)];
};

// `self` then copies of N - 1 arguments, released inline when it goes. (Automatic Value arrays would do the
// same, but in the large callers (a switch over the argument counts) the compiler calls an out-of-line
// ~Value for each, which was a third of a method call's own cost.) With kBorrowSelf the first slot is
// `self`'s bits without a reference of its own: for a caller that owns a reference to `self` which nothing
// else can drop before the call returns (a Method's receiver, a new instance), so that the slot stays valid
// and unchanged, as Code's contract asks.
template <std::size_t N, bool kBorrowSelf = false>
class SelfAndCopies {
public:
    template <class Arg>
    [[gnu::always_inline]] SelfAndCopies(const Value& self, const Arg* args) {
        if constexpr (kBorrowSelf)
            std::memcpy(static_cast<void*>(values_), &self, sizeof(Value));
        else
            new (values_) Value(self);
        for (std::size_t i = 1; i < N; ++i) new (values_ + i) Value(static_cast<const Value&>(args[i - 1]));
    }
    [[gnu::always_inline]] ~SelfAndCopies() {
        for (std::size_t i = kBorrowSelf ? 1 : 0; i < N; ++i)
            if (values_[i].is_obj()) decref(values_[i].obj());
    }
    SelfAndCopies(const SelfAndCopies&) = delete;
    SelfAndCopies& operator=(const SelfAndCopies&) = delete;
    const Value* data() const { return values_; }

private:
    union {  // (a union: its members are not destroyed with it)
        Value values_[N];
    };
};

// Calls `f(const Value* all, std::size_t n)` with `self` then copies of the n arguments (Values or Refs):
// ArgsWithSelf, unrolled for the short calls (a method's function called on an instance, __init__, an
// operator's method), whose copying and releasing loops are most of the call's own cost otherwise. With
// kBorrowSelf, the short calls' `self` slot borrows the caller's reference (see SelfAndCopies).
template <bool kBorrowSelf = false, class Arg, class F>
[[gnu::always_inline]] inline Value with_self_copies(const Value& self, const Arg* args, std::size_t n, F&& f) {
    switch (n) {
        case 0: {
            SelfAndCopies<1, kBorrowSelf> all(self, args);
            return f(all.data(), 1);
        }
        case 1: {
            SelfAndCopies<2, kBorrowSelf> all(self, args);
            return f(all.data(), 2);
        }
        case 2: {
            SelfAndCopies<3, kBorrowSelf> all(self, args);
            return f(all.data(), 3);
        }
        case 3: {
            SelfAndCopies<4, kBorrowSelf> all(self, args);
            return f(all.data(), 4);
        }
        default: {
            ArgsWithSelf all(self, args, n);
            return f(all.data(), all.size());
        }
    }
}

// "k v" → {"k", "v"}: views into the string (an emitted literal, which lives as long as the program).
std::vector<std::string_view> split_keyword_names(std::string_view names);
// The same split into a small array kept on the stack (a call passes few keywords).
class KeywordNames {
public:
    explicit KeywordNames(const char* names) {
        for (const char* p = names; *p != '\0';) {
            const char* end = p;
            while (*end != '\0' && *end != ' ') ++end;
            if (size_ == kInline) {  // many keywords: the vector holds them all
                spill_ = split_keyword_names(names);
                return;
            }
            inline_[size_++] = std::string_view(p, static_cast<std::size_t>(end - p));
            p = *end == ' ' ? end + 1 : end;
        }
    }
    const std::string_view* data() const { return spill_.empty() ? inline_ : spill_.data(); }
    std::size_t size() const { return spill_.empty() ? size_ : spill_.size(); }

private:
    static constexpr std::size_t kInline = 8;
    std::string_view inline_[kInline];
    std::size_t size_ = 0;
    std::vector<std::string_view> spill_;
};

// The arguments of a call with unpacking (`f(*a, k=v, **m)`), gathered as CPython does before the call.
struct CallArguments {
    std::vector<Value> positional, kwvalues, keep_alive;
    std::vector<std::string_view> names;
    KwArgs kwargs() const { return KwArgs{names.data(), kwvalues.data(), names.size()}; }
};
// `parts` and `shape` as py::call_ex takes them; `describe` names the callee in errors (`__main__.f()`).
template <class Describe>
CallArguments gather_arguments(const Value* parts, const char* shape, Describe describe);
CallArguments gather_arguments_impl(const Value* parts, const char* shape, std::string (*describe)(const void*),
                                    const void* context);
template <class Describe>
CallArguments gather_arguments(const Value* parts, const char* shape, Describe describe) {
    return gather_arguments_impl(
        parts, shape, [](const void* c) { return (*static_cast<const Describe*>(c))(); }, &describe);
}

// print()'s output to `stream`; `sep` and `end` Unbound or None for the defaults, `flush` Unbound for False.
Value print_values(const Value* args, std::size_t nargs, const Value& sep, const Value& end,
                   const Value& flush = Value(), std::FILE* stream = stdout);

// Builtins defined in builtin_functions.cpp, registered with the others in builtins.cpp.
extern Type slice_type;
struct SliceObject : Object {
    Value lower, upper, step;
    SliceObject(Value l, Value u, Value s)
        : Object(&slice_type), lower(std::move(l)), upper(std::move(u)), step(std::move(s)) {}
};
std::string char_escape(char32_t c);  // \xNN, \uNNNN or \UNNNNNNNN, as ascii() writes a code point
Value slice_indices_method(const Value& self, const Value* args, std::size_t n);  // slice.indices(length)
Value bi_round(const Value* args, std::size_t n, Keywords& kw);
Value bi_pow(const Value* args, std::size_t n, Keywords& kw);
Value bi_hash(const Value* args, std::size_t n);
Value bi_abs(const Value* args, std::size_t n);
Value bi_input(const Value* args, std::size_t n);
Value bi_bin(const Value* args, std::size_t n);
Value bi_oct(const Value* args, std::size_t n);
Value bi_hex(const Value* args, std::size_t n);
Value bi_map(const Value* args, std::size_t n);
Value bi_filter(const Value* args, std::size_t n);
std::int64_t python_hash(const Value& v);  // hash(v), with CPython's values for numbers and tuples

void update_dict(Dict& d, const Value& source);  // dict(source) / d.update(source)
// dict's special methods (__init__, __getitem__, __setitem__, ...) called on an instance of a dict subclass,
// as the dict operations themselves; false for other receivers or names (methods.cpp).
bool dict_special(const Value& self, const char* name, const Value* args, std::size_t n, Keywords& kw, Value& result);
enum class MethodId : std::uint8_t;  // method_ids.h
// A str method; `id` is method_id(name), Unknown for a name str lacks (AttributeError).
Value str_method(const Value& self, MethodId id, const char* name, const Value* args, std::size_t n, Keywords& kw);
// str.format: `args` positional, `kw` by name (format.cpp).
Value str_format(std::string_view format, const Value* args, std::size_t n, const KwArgs& kw);
// str % values (format.cpp).
Value str_percent(const Value& format, const Value& values);
std::string ascii_repr(const Value& v);  // ascii(v)
void sort_list(List& list, const Value& key, const Value& reverse);  // list.sort(key=, reverse=)

// The keyword arguments of a call to a builtin function, type or method, which takes the ones it knows by
// name; finish() then rejects any left over with CPython's message.
class Keywords {
public:
    explicit Keywords(const KwArgs& kw) : kw_(kw), used_(kw.size, false) {}
    bool empty() const { return kw_.size == 0; }
    Value take(std::string_view name);  // Unbound when not passed
    // A parameter that may come by position (`args[index]`) or by name. Most calls pass no keywords, and
    // those take the inline path: a builtin method in a loop pays for its keywords only when it has some.
    Value positional_or(const Value* args, std::size_t nargs, std::size_t index, std::string_view name,
                        const char* function) {
        if (kw_.size == 0) return index < nargs ? args[index] : Value();
        return positional_or_named(args, nargs, index, name, function);
    }
    void finish(const char* function) {  // "'x' is an invalid keyword argument for f()"
        if (kw_.size != 0) finish_named(function);
    }
    // Argument Clinic's first check: "f() takes at most N arguments (M given)", keywords included.
    void check_count(const char* function, std::size_t nargs, std::size_t most);
    void reject(const char* function);  // "f() takes no keyword arguments" unless there are none
    // Argument Clinic's check of a required parameter that came neither by position nor by name:
    // "f() missing required argument 'name' (pos N)", N counted from 1 (0: no position, as types word it).
    static void require(const Value& v, const char* function, const char* name, int position);
    const KwArgs& all() const { return kw_; }

private:
    Value positional_or_named(const Value* args, std::size_t nargs, std::size_t index, std::string_view name,
                              const char* function);
    void finish_named(const char* function);
    KwArgs kw_;
    std::vector<bool> used_;
};

// CPython's positional argument count check (_PyArg_CheckPositional): "NAME expected [at least |at most ]K
// argument(s), got N" when n is outside [least, most].
void check_positional(const char* name, std::size_t n, std::size_t least, std::size_t most);
bool is_callable(const Value& v);  // callable(v)
// The same for a builtin type's method: "TYPE.NAME() takes no arguments / exactly one argument (N given)"
// for the fixed counts CPython words that way, else check_positional's message.
[[noreturn]] void method_args_error(const char* type, const char* name, std::size_t n, std::size_t lo, std::size_t hi);
inline void expect_method_args(const char* type, const char* name, std::size_t n, std::size_t lo, std::size_t hi) {
    if (n < lo || n > hi) method_args_error(type, name, n, lo, hi);  // (inline: every method call checks)
}

}  // namespace py
