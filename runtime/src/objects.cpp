// Runtime — the builtin types, object layouts' behaviour (str length, dict table, range), equality, ordering,
// hashing and repr/str of every value in the slice.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <utility>

#include <malloc.h>  // malloc_usable_size (glibc and jemalloc)

#include "internal.h"
#include "unicode.h"

namespace py {

namespace {
Value construct_object(Type*, const Value*, std::size_t n) {
    if (n > 0) raise(&TypeError, "object() takes no arguments");
    return Value::object(new Instance(&object_type));
}
}  // namespace

// Constructors of the callable types live in builtins.cpp.
Value construct_int(Type*, const Value*, std::size_t);
Value construct_float(Type*, const Value*, std::size_t);
Value construct_bool(Type*, const Value*, std::size_t);
Value construct_str(Type*, const Value*, std::size_t);
Value construct_list(Type*, const Value*, std::size_t);
Value construct_tuple(Type*, const Value*, std::size_t);
Value construct_dict(Type*, const Value*, std::size_t);
Value construct_range(Type*, const Value*, std::size_t);
Value construct_exception(Type*, const Value*, std::size_t);
Value construct_set(Type*, const Value*, std::size_t);  // set.cpp
Value construct_bytes(Type*, const Value*, std::size_t);  // bytes.cpp
Value construct_type(Type*, const Value*, std::size_t);

// Definition order matters: each type's base must be constructed first (one translation unit, in order).
Type type_type("type", &object_type, construct_type);
Type object_type("object", nullptr, construct_object);
Type none_type("NoneType", &object_type, nullptr);
Type int_type("int", &object_type, construct_int);
Type bool_type("bool", &int_type, construct_bool);
Type float_type("float", &object_type, construct_float);
Type str_type("str", &object_type, construct_str);
Type list_type("list", &object_type, construct_list);
Type tuple_type("tuple", &object_type, construct_tuple);
Type dict_type("dict", &object_type, construct_dict);
Type range_type("range", &object_type, construct_range);
Type function_type("function", &object_type, nullptr);
Type builtin_function_type("builtin_function_or_method", &object_type, nullptr);
Type dict_keys_type("dict_keys", &object_type, nullptr);
Type dict_values_type("dict_values", &object_type, nullptr);
Type dict_items_type("dict_items", &object_type, nullptr);
Type set_type("set", &object_type, construct_set);
Type bytes_type("bytes", &object_type, construct_bytes);
Type frozenset_type("frozenset", &object_type, construct_set);

Type BaseException("BaseException", &object_type, construct_exception);
Type SystemExit("SystemExit", &BaseException, construct_exception);
Type KeyboardInterrupt("KeyboardInterrupt", &BaseException, construct_exception);
Type Exception("Exception", &BaseException, construct_exception);
Type ArithmeticError("ArithmeticError", &Exception, construct_exception);
Type ZeroDivisionError("ZeroDivisionError", &ArithmeticError, construct_exception);
Type OverflowError("OverflowError", &ArithmeticError, construct_exception);
Type LookupError("LookupError", &Exception, construct_exception);
Type IndexError("IndexError", &LookupError, construct_exception);
Type KeyError("KeyError", &LookupError, construct_exception);
Type ValueError("ValueError", &Exception, construct_exception);
Type TypeError("TypeError", &Exception, construct_exception);
Type NameError("NameError", &Exception, construct_exception);
Type UnboundLocalError("UnboundLocalError", &NameError, construct_exception);
Type RuntimeError("RuntimeError", &Exception, construct_exception);
Type RecursionError("RecursionError", &RuntimeError, construct_exception);
Type NotImplementedError("NotImplementedError", &RuntimeError, construct_exception);
Type AssertionError("AssertionError", &Exception, construct_exception);
Type StopIteration("StopIteration", &Exception, construct_exception);
Type AttributeError("AttributeError", &Exception, construct_exception);
Type OSError("OSError", &Exception, construct_exception);
Type FileNotFoundError("FileNotFoundError", &OSError, construct_exception);
Type FileExistsError("FileExistsError", &OSError, construct_exception);
Type PermissionError("PermissionError", &OSError, construct_exception);
Type TimeoutError("TimeoutError", &OSError, construct_exception);
Type ConnectionError("ConnectionError", &OSError, construct_exception);
Type IsADirectoryError("IsADirectoryError", &OSError, construct_exception);
Type NotADirectoryError("NotADirectoryError", &OSError, construct_exception);
Type UnicodeError("UnicodeError", &ValueError, construct_exception);
Type UnicodeDecodeError("UnicodeDecodeError", &UnicodeError, construct_exception);
Type UnicodeEncodeError("UnicodeEncodeError", &UnicodeError, construct_exception);
Type EOFError("EOFError", &Exception, construct_exception);
Type ImportError("ImportError", &Exception, construct_exception);
Type ModuleNotFoundError("ModuleNotFoundError", &ImportError, construct_exception);
Type FloatingPointError("FloatingPointError", &ArithmeticError, construct_exception);
Type BufferError("BufferError", &Exception, construct_exception);
Type MemoryError("MemoryError", &Exception, construct_exception);
Type ReferenceError("ReferenceError", &Exception, construct_exception);
Type SystemError("SystemError", &Exception, construct_exception);
Type Warning("Warning", &Exception, construct_exception);
Type UserWarning("UserWarning", &Warning, construct_exception);
Type DeprecationWarning("DeprecationWarning", &Warning, construct_exception);
Type RuntimeWarning("RuntimeWarning", &Warning, construct_exception);

// ---------------------------------------------------------------------------------------------------------

// Once the process is exiting, objects are left to the operating system, as a compiled program's _Exit leaves
// them: C++ destroys statics in an order Python never would (a module's namespace after the types of its
// values), so releasing objects then could reach a destroyed one. Set by a program that embeds compiled Python
// (embed.cpp), whose exit is the host's.
bool g_finalizing = false;

void destroy(Object* o) noexcept {
    if (!g_finalizing) [[likely]]
        delete o;
}

namespace {

// The blocks of dropped small strs (BlockLists), by size class: 16-byte steps up to 128 bytes, the allocator's
// own classes there. jemalloc's free of a burst of blocks (a list of pieces dropped) returns each to its slab,
// over a hundred instructions a block. Every block is one malloc gave for at least its class's size, so it
// can always go back to free(), and append_in_place may still ask malloc_usable_size.
constexpr std::size_t kBlockStep = 16;
#ifdef PY2CPP_JEMALLOC
constexpr bool kAllocatorRoundsTo16 = true;
#else
constexpr bool kAllocatorRoundsTo16 = false;
#endif
constexpr std::size_t kBlockClasses = 128 / kBlockStep + 1;  // by size / kBlockStep, rounded up
BlockLists<kBlockClasses, std::size_t{64} << 20> g_str_blocks;

std::size_t block_class(std::size_t size) { return (size + kBlockStep - 1) / kBlockStep; }

}  // namespace

// The hash in Object's padding keeps the header at 40 bytes: a str of up to 7 bytes fits a 48-byte block.
static_assert(sizeof(Str) == 40, "a str's header: Object, length and byte size");

Str* Str::make_for_writing(std::size_t bytes, std::size_t capacity) {
    std::size_t size = sizeof(Str) + std::max(bytes, capacity) + 1;
    void* block;
    if (std::size_t k = block_class(size); k < kBlockClasses) {
        block = g_str_blocks.take(k, k * kBlockStep);
        if (block == nullptr) block = std::malloc(k * kBlockStep);  // the whole class: it can serve any str of it
    } else {
        block = std::malloc(size);
    }
    if (block == nullptr) throw std::bad_alloc();
    Str* s = new (block) Str(bytes);
    s->chars()[bytes] = '\0';
    return s;
}

namespace {

// Str::make in general: a block to fit, and the text copied in.
[[gnu::noinline]] Str* make_copy(std::string_view utf8, std::int64_t length) {
    Str* s = Str::make_for_writing(utf8.size(), utf8.size());
    copy_bytes(s->chars(), utf8.data(), utf8.size());
    s->length = length;
    return s;
}

}  // namespace

Str* Str::make(std::string_view utf8, std::int64_t length) {
    // A text of up to 16 bytes (a word of a split line) in a kept block: no call, so that the callers set up
    // no frame for it. Anything else is make_copy's.
    void* block = nullptr;
    if (utf8.size() <= 16) {
        std::size_t k = block_class(sizeof(Str) + utf8.size() + 1);
        block = g_str_blocks.take(k, k * kBlockStep);
    }
    if (block == nullptr) return make_copy(utf8, length);
    Str* s = new (block) Str(utf8.size());
    copy_bytes(s->chars(), utf8.data(), utf8.size());
    s->chars()[utf8.size()] = '\0';
    s->length = length;
    return s;
}

void Str::operator delete(Str* s, std::destroying_delete_t) noexcept {
    // The class the block serves, from the text it holds now: a str grown in place, or made with room to grow
    // (`+=`), may sit in a larger block, which serves a smaller class as well. The allocator's sizes are
    // multiples of 16 here, so a block grown into holds the rounded size too.
    std::size_t k = block_class(sizeof(Str) + s->bytes_ + 1);
    s->~Str();
    if (k < kBlockClasses && g_str_blocks.keep(s, k, k * kBlockStep)) return;
    std::free(s);
}

bool Str::append_in_place(const Str& tail) {
    // malloc_usable_size: the block may be larger than asked for (an allocator's size class, or the slack
    // that `+=` asks for), and that room is ours to use.
    std::size_t total = bytes_ + tail.bytes_;
    std::size_t needed = sizeof(Str) + total + 1;
    // jemalloc's size classes are multiples of 16: the block holds the bytes in use rounded up to 16, which
    // answers for a short tail without asking (glibc's and the sanitizers' blocks can be smaller).
    bool fits = kAllocatorRoundsTo16 && needed <= (sizeof(Str) + bytes_ + 1 + 15) / 16 * 16;
    if (!fits && needed > malloc_usable_size(this)) return false;
    // `tail` may be this str: its bytes then end where the copy begins (its NUL is rewritten after).
    std::memcpy(chars() + bytes_, tail.chars(), tail.bytes_);
    length = length >= 0 && tail.length >= 0 ? length + tail.length : -1;
    bytes_ = total;
    chars()[total] = '\0';
    set_hash(0);
    return true;
}

std::int64_t Str::count_code_points() {
    std::int64_t n = 0;
    for (unsigned char c : text()) n += (c & 0xC0) != 0x80;
    length = n;
    return n;
}

static_assert(sizeof(Tuple) % alignof(Value) == 0, "the items follow the header");

Tuple::Tuple(std::size_t n) noexcept : Object(&tuple_type), size_(n) {
    for (std::size_t i = 0; i < n; ++i) new (first() + i) Value();
}

Tuple::~Tuple() {
    for (Value& item : items()) item.~Value();
}

Tuple* Tuple::make(std::size_t n) {
    void* block = std::malloc(sizeof(Tuple) + n * sizeof(Value));
    if (block == nullptr) throw std::bad_alloc();
    return new (block) Tuple(n);
}

Tuple* Tuple::make(std::span<const Value> items) {
    Tuple* t = make(items.size());
    std::copy(items.begin(), items.end(), t->first());
    return t;
}

Tuple* Tuple::make(std::vector<Value>&& items) {
    Tuple* t = make(items.size());
    std::move(items.begin(), items.end(), t->first());
    return t;
}

void Tuple::operator delete(void* block) noexcept { std::free(block); }

std::int64_t Range::size() const {
    if (step > 0 && start < stop) return (stop - start - 1) / step + 1;
    if (step < 0 && start > stop) return (start - stop - 1) / (-step) + 1;
    return 0;
}

Type* type_of(const Value& v) {
    switch (v.tag()) {
        case Tag::None: return &none_type;
        case Tag::Bool: return &bool_type;
        case Tag::Int: return &int_type;
        case Tag::Float: return &float_type;
        case Tag::Obj: return v.obj()->type;
        case Tag::Unbound: break;
    }
    return &none_type;
}

const char* type_name(const Value& v) { return type_of(v)->name; }
Str& as_str(const Value& v) { return as<Str>(v); }
bool is_type(const Value& v, const Type* t) { return type_of(v)->is_subtype_of(t); }
const Value& ascii_char(unsigned char c) {
    static Value chars[128];  // made on first use; CPython shares its one-character strs too
    Value& v = chars[c & 0x7F];
    if (v.is_unbound()) v = new_str(std::string(1, static_cast<char>(c)), 1);
    return v;
}

// (flatten: Str::make inline, so that new_str's short strs make no call either)
[[gnu::flatten]] Value new_str(std::string_view utf8, std::int64_t length) {
    return Value::object(Str::make(utf8, length));
}
Value str(std::string utf8) { return new_str(utf8); }
Value str(const char* data, std::size_t size) {
    // A literal is made once: counting its code points now lets everything built from it (f-strings,
    // concatenations) know its own length.
    Str* s = Str::make(std::string_view(data, size));
    s->size();
    return Value::object(s);
}

[[noreturn]] void type_error(std::string message) { raise(&TypeError, std::move(message)); }

std::int64_t to_index(const Value& v, const char* what) {
    if (v.is_small_intlike()) return v.as_small();
    if (is_bigint(v)) raise(&IndexError, std::string("cannot fit 'int' into an index-sized integer"));
    type_error(std::string(what) + " indices must be integers or slices, not " + type_name(v));
}

Value str_char(std::string_view s, std::int64_t index) {
    // the index-th code point: walk lead bytes (callers give ASCII strings the direct path)
    std::int64_t n = -1;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++n == index) {
            std::size_t j = i + 1;
            while (j < s.size() && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
            return new_str(std::string(s.substr(i, j - i)));
        }
    }
    return new_str("");
}

namespace {

// CPython's list of parameter names in messages: 'a'; 'a' and 'b'; 'a', 'b', and 'c'.
std::string quoted_names(const std::vector<std::string_view>& names) {
    std::string out;
    for (std::size_t k = 0; k < names.size(); ++k) {
        std::string quoted = "'" + std::string(names[k]) + "'";
        if (k == 0)
            out = quoted;
        else if (k + 1 == names.size())
            out += (names.size() > 2 ? ", and " : " and ") + quoted;
        else
            out += ", " + quoted;
    }
    return out;
}

[[noreturn]] void missing_arguments(const CodeInfo& info, const std::vector<std::string_view>& names,
                                    const char* kind) {
    raise(&TypeError, std::string(info.qualname) + "() missing " + std::to_string(names.size()) + " required " +
                          kind + " argument" + (names.size() == 1 ? "" : "s") + ": " + quoted_names(names));
}

// CPython's too_many_positional(): `kwonly_given` keyword-only parameters were passed by keyword.
[[noreturn]] void too_many_positional(const CodeInfo& info, std::size_t ndefaults, std::size_t given,
                                      std::size_t kwonly_given) {
    std::size_t argcount = info.argcount;
    std::string takes = ndefaults == 0 ? std::to_string(argcount)
                                       : "from " + std::to_string(argcount - ndefaults) + " to " + std::to_string(argcount);
    bool plural = ndefaults != 0 || argcount != 1;
    std::string kwonly;
    if (kwonly_given != 0)
        kwonly = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" + (kwonly_given != 1 ? "s" : "") + ")";
    raise(&TypeError, std::string(info.qualname) + "() takes " + takes + " positional argument" + (plural ? "s" : "") +
                          " but " + std::to_string(given) + kwonly + (given == 1 && kwonly_given == 0 ? " was" : " were") +
                          " given");
}

}  // namespace

void Function::arity_error(std::size_t nargs) const {
    if (nargs > info->argcount) too_many_positional(*info, defaults.size(), nargs, 0);
    std::vector<std::string_view> missing;
    for (std::size_t i = nargs; i < info->argcount - defaults.size(); ++i) missing.push_back(info->param_names[i]);
    missing_arguments(*info, missing, "positional");
}

// The steps and their order are CPython's (initialize_locals in ceval.c), so the same error wins when a call
// is wrong in several ways.
void Function::bind_arguments(const Value* args, std::size_t nargs, const KwArgs& kw, Value* slots) const {
    const CodeInfo& c = *info;
    std::size_t total = c.argcount + c.kwonly;  // the parameters a keyword can name
    std::size_t npositional = std::min(nargs, c.argcount);
    for (std::size_t i = 0; i < npositional; ++i) slots[i] = args[i];
    if (c.varargs) slots[total] = Value::object(Tuple::make(std::span<const Value>(args + npositional, args + nargs)));
    Dict* kwdict = nullptr;
    if (c.varkw) {
        kwdict = new Dict();
        slots[total + (c.varargs ? 1 : 0)] = Value::object(kwdict);
    }
    for (std::size_t k = 0; k < kw.size; ++k) {
        std::string_view name = kw.names[k];
        std::size_t i = c.posonly;
        while (i < total && name != c.param_names[i]) ++i;
        if (i < total) {
            if (slots[i].is_bound())
                raise(&TypeError, std::string(c.qualname) + "() got multiple values for argument '" + std::string(name) + "'");
            slots[i] = kw.values[k];
            continue;
        }
        if (kwdict != nullptr) {
            kwdict->set(new_str(name), kw.values[k]);
            continue;
        }
        std::vector<std::string_view> posonly_named;
        for (std::size_t j = 0; j < kw.size; ++j)
            for (std::size_t p = 0; p < c.posonly; ++p)
                if (kw.names[j] == c.param_names[p]) posonly_named.push_back(kw.names[j]);
        if (!posonly_named.empty()) {
            std::string list;
            for (std::string_view n : posonly_named) list += (list.empty() ? "" : ", ") + std::string(n);
            raise(&TypeError, std::string(c.qualname) +
                                  "() got some positional-only arguments passed as keyword arguments: '" + list + "'");
        }
        raise(&TypeError, std::string(c.qualname) + "() got an unexpected keyword argument '" + std::string(name) + "'");
    }
    if (nargs > c.argcount && !c.varargs) {
        std::size_t kwonly_given = 0;
        for (std::size_t i = c.argcount; i < total; ++i) kwonly_given += slots[i].is_bound();
        too_many_positional(c, defaults.size(), nargs, kwonly_given);
    }
    std::size_t first_default = c.argcount - defaults.size();
    std::vector<std::string_view> missing;
    for (std::size_t i = 0; i < c.argcount; ++i) {
        if (slots[i].is_bound()) continue;
        if (i >= first_default)
            slots[i] = defaults[i - first_default];
        else
            missing.push_back(c.param_names[i]);
    }
    if (!missing.empty()) missing_arguments(c, missing, "positional");
    for (std::size_t i = c.argcount; i < total; ++i) {
        if (slots[i].is_bound()) continue;
        const Value& d = kwdefaults[i - c.argcount];
        if (d.is_bound())
            slots[i] = d;
        else
            missing.push_back(c.param_names[i]);
    }
    if (!missing.empty()) missing_arguments(c, missing, "keyword-only");
}

// ---------------------------------------------------------------------------------------------------------
// Dict

namespace {
// The high and low halves of a 64x64-bit product folded together (wyhash's "mum"): one multiply instruction
// that leaves every bit of the result depending on every bit of `a`, so the low bits a table's mask keeps are
// as good as the high ones.
std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) {
    uint128 product = static_cast<uint128>(a) * b;
    return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}

// The hash of a str's UTF-8 bytes, 8 at a time (dict keys are mostly short fresh strs, hashed once each).
// The length seeds it; the last word is read overlapping the one before, and a text of under 8 bytes is
// gathered into one word by two overlapping 4-byte reads or its first, middle and last byte, so for a given
// length the words determine the text. 32 bits, the room a str has for it (Str::hash), so never -1 (the
// error marker). Strs hash differently from CPython's, whose str hashes are randomized per process anyway;
// like CPython's, the empty str's is 0.
std::uint32_t text_hash(std::string_view text) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio, odd
    constexpr std::uint64_t kSeed = 0xE7037ED1A0B428DBull;
    const char* p = text.data();
    std::size_t n = text.size();
    if (n == 0) return 0;
    auto load = [](const char* at, auto word) {
        std::memcpy(&word, at, sizeof word);
        return static_cast<std::uint64_t>(word);
    };
    std::uint64_t h = kSeed ^ n;
    if (n > 8) {
        std::size_t rest = n;
        for (; rest > 8; p += 8, rest -= 8) h = fold_multiply(h ^ load(p, std::uint64_t{}), kMultiplier);
        h = fold_multiply(h ^ load(p + rest - 8, std::uint64_t{}), kMultiplier);
    } else if (n >= 4) {
        std::uint64_t word = load(p, std::uint32_t{}) | load(p + n - 4, std::uint32_t{}) << 32;
        h = fold_multiply(h ^ word, kMultiplier);
    } else {
        auto byte = [&](std::size_t i) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[i])); };
        h = fold_multiply(h ^ (byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16), kMultiplier);
    }
    h = fold_multiply(h ^ kSeed, kMultiplier);  // a last round: the final word's bits reach all of the hash
    return static_cast<std::uint32_t>(h ^ (h >> 32));
}

// The str's hash, remembered in it (0 is "not yet": the empty str's is recomputed, at no cost).
std::uint64_t str_hash(Str& s) {
    if (s.hash() == 0) s.set_hash(text_hash(s.text()));
    return s.hash();
}

// hash(key) with a str's hash (attribute names, dict keys) taken without py::hash's dispatch.
std::uint64_t key_hash(const Value& key) {
    if (key.is_obj() && key.obj()->type == &str_type) return str_hash(as<Str>(key));
    return hash(key);
}

// The probe of Dict::find for a key whose hash is `h` (the index is not empty).
[[gnu::always_inline]] inline Value* probe(Dict& d, const Value& key, std::uint64_t h) {
    std::size_t mask = d.index.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        std::int32_t e = d.index[i];
        if (e == -1) return nullptr;
        if (e < 0) continue;
        Dict::Entry& entry = d.entries[static_cast<std::size_t>(e)];
        if (entry.hash != h) continue;
        // the same object (interned attribute names) or equal strs decide without the generic equality
        if (key.is_obj() && entry.key.is_obj()) {
            if (entry.key.obj() == key.obj()) return &entry.value;
            if (key.obj()->type == &str_type && entry.key.obj()->type == &str_type) {
                if (same_text(as<Str>(entry.key), as<Str>(key))) return &entry.value;
                continue;
            }
        }
        if (equal(entry.key, key)) return &entry.value;
    }
}
}  // namespace

Value* Dict::find(const Value& key) {
    std::uint64_t h = key_hash(key);  // an empty dict too: an unhashable key raises, a class's __hash__ runs
    if (index.empty()) return nullptr;
    return probe(*this, key, h);
}

Value* Dict::find(const Value& key, std::uint64_t h) { return probe(*this, key, h); }

void Dict::set(const Value& key, Value value) {
    std::uint64_t h = key_hash(key);  // once: a class's __hash__ runs once per insertion, as in CPython
    if (Value* slot = index.empty() ? nullptr : probe(*this, key, h)) {
        *slot = std::move(value);
        return;
    }
    const Entry* before = entries.data();
    if ((entries.size() + 1) * 3 >= index.size() * 2) {
        // rebuild: compact away deleted entries and double the index
        std::vector<Entry> live;
        live.reserve(std::max<std::size_t>(used + 1, 4));  // small dicts (instance attributes) grow once
        for (auto& e : entries)
            if (e.key.is_bound()) live.push_back(std::move(e));
        entries = std::move(live);
        std::size_t size = 8;
        while (size * 2 <= (entries.size() + 1) * 3) size *= 2;
        index.assign(size * 2, -1);
        for (std::size_t k = 0; k < entries.size(); ++k) {
            std::size_t mask = index.size() - 1;
            std::size_t i = entries[k].hash & mask;
            while (index[i] != -1) i = (i + 1) & mask;
            index[i] = static_cast<std::int32_t>(k);
        }
    }
    std::size_t mask = index.size() - 1;
    std::size_t i = h & mask;
    while (index[i] >= 0) i = (i + 1) & mask;
    index[i] = static_cast<std::int32_t>(entries.size());
    entries.push_back(Entry{key, std::move(value), h});
    ++used;
    if (links != nullptr) [[unlikely]] {
        if (entries.data() != before) links->moved(*this);
        links->inserted(entries.back().key, &entries.back().value);
    }
}

void Dict::clear() {
    entries.clear();
    index.clear();
    used = 0;
    if (links != nullptr) links->moved(*this);
}

bool Dict::erase(const Value& key) {
    if (index.empty()) return false;
    std::uint64_t h = key_hash(key);
    std::size_t mask = index.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        std::int32_t e = index[i];
        if (e == -1) return false;
        if (e >= 0 && entries[static_cast<std::size_t>(e)].hash == h &&
            equal(entries[static_cast<std::size_t>(e)].key, key)) {
            Entry gone = std::exchange(entries[static_cast<std::size_t>(e)], Entry{});
            index[i] = -2;
            --used;
            if (links != nullptr) links->erased(gone.key);
            return true;  // `gone` is released last: its value's release may run code
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Equality, ordering, truth, hashing

bool cmp_is(const Two& v) {
    const Value& a = v.a;
    const Value& b = v.b;
    if (a.tag() != b.tag()) return false;
    switch (a.tag()) {
        case Tag::None:
        case Tag::Unbound: return true;
        case Tag::Bool: return a.as_bool() == b.as_bool();
        // Equal small ints count as identical: CPython shares small ints and a code object's equal constants,
        // the common ways a program meets `is` on ints.
        case Tag::Int: return a.as_int() == b.as_int();
        case Tag::Float: {
            // the same bits (a NaN is itself), or equal values
            double x = a.as_float(), y = b.as_float();
            return std::memcmp(&x, &y, sizeof x) == 0 || x == y;
        }
        case Tag::Obj: return a.obj() == b.obj();
    }
    return false;
}

namespace {
// The item-wise algorithms over a list's vector or a tuple's span. Comparing items may run Python code that
// resizes a list, so they index the items afresh at every step, as CPython does.
template <class Items>
bool items_equal(const Items& x, const Items& y) {
    if (x.size() != y.size()) return false;
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        // identity first, as CPython's PyObject_RichCompare in containers does
        // (a float is identical to one with the same bits, as `is` has it: `[nan] == [nan]` holds)
        if (cmp_is({x[i], y[i]})) continue;
        if (!equal(x[i], y[i])) return false;
    }
    return x.size() == y.size();
}

// Lexicographic: the first unequal pair decides (its ordering, by `op`), else the lengths do (`decide`).
template <class Items, class Decide>
bool items_compare(const Items& x, const Items& y, CmpOp op, Decide decide) {
    for (std::size_t i = 0; i < x.size() && i < y.size(); ++i)
        if (!equal(x[i], y[i])) return compare(x[i], y[i], op);
    return decide(x.size() < y.size() ? -1 : (x.size() > y.size() ? 1 : 0));
}

template <class Items>
bool items_contain(const Items& items, const Value& item) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].is_int() && item.is_int()) {  // (no Python code can run: the items stay as they are)
            if (items[i].as_int() == item.as_int()) return true;
            continue;
        }
        if (cmp_is({items[i], item}) || equal(items[i], item)) return true;
    }
    return false;
}
}  // namespace

bool equal(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return a.as_int() == b.as_int();
    if (a.is_obj() && b.is_obj() && a.obj()->type == &str_type && b.obj()->type == &str_type)
        return same_text(as<Str>(a), as<Str>(b));
    if (either_is_instance(a, b)) return instance_equal(a, b);
    if (is_number(a) && is_number(b)) {
        bool unordered;
        int c = compare_numbers(a, b, unordered);
        return !unordered && c == 0;
    }
    if (a.tag() != b.tag()) return false;
    if (a.is_none()) return true;
    if (!a.is_obj()) return false;
    if (a.obj() == b.obj()) return true;
    if (Value x = struct_sequence_tuple(a), y = struct_sequence_tuple(b); x.is_bound() || y.is_bound())
        return equal(x.is_bound() ? x : a, y.is_bound() ? y : b);
    if (a.obj()->type->native)
        if (Value r = static_cast<NativeObject*>(a.obj())->rich_compare(b, 4); r.is_bound()) return truthy(r);
    if (is_any_set(a) && is_any_set(b)) return set_equal(a, b);  // a set equals the frozenset of its items
    auto is_keys = [](const Value& v) { return v.obj()->type == &dict_keys_type; };
    if (is_keys(a) && (is_keys(b) || is_any_set(b))) return keys_view_equal(a, b);
    if (is_keys(b) && is_any_set(a)) return keys_view_equal(b, a);
    if (a.obj()->type != b.obj()->type) return false;
    return builtin_equal(a, b);
}

bool builtin_equal(const Value& a, const Value& b) {
    Type* t = builtin_layout(a.obj()->type);
    if (t != builtin_layout(b.obj()->type)) return false;
    if (t == &str_type) return same_text(as<Str>(a), as<Str>(b));
    if (t == &bytes_type) return as<Bytes>(a).data == as<Bytes>(b).data;
    if (t == &list_type) return items_equal(as<List>(a).items, as<List>(b).items);
    if (t == &tuple_type) return items_equal(as<Tuple>(a).items(), as<Tuple>(b).items());
    if (t == &dict_type) {
        Dict& x = as<Dict>(a);
        Dict& y = as<Dict>(b);
        if (x.used != y.used) return false;
        for (auto& e : x.entries) {
            if (e.key.is_unbound()) continue;
            Value* other = y.find(e.key);
            if (other == nullptr || !equal(e.value, *other)) return false;
        }
        return true;
    }
    if (t == &method_type) {  // bound methods: the same function bound to the same object
        auto& x = as<BoundMethod>(a);
        auto& y = as<BoundMethod>(b);
        return x.function.obj() == y.function.obj() && cmp_is({x.self, y.self});
    }
    if (t == &slice_type) {
        auto& x = as<SliceObject>(a);
        auto& y = as<SliceObject>(b);
        return equal(x.lower, y.lower) && equal(x.upper, y.upper) && equal(x.step, y.step);
    }
    if (t == &range_type) {
        Range& x = as<Range>(a);
        Range& y = as<Range>(b);
        if (x.size() != y.size()) return false;
        if (x.size() == 0) return true;
        if (x.start != y.start) return false;
        return x.size() == 1 || x.step == y.step;
    }
    return false;
}

bool not_equal(const Value& a, const Value& b) {
    if (either_is_instance(a, b)) return truthy(compare_value(a, b, 5));
    return !equal(a, b);
}

bool compare(const Value& a, const Value& b, CmpOp op) { return compare_ordered(a, b, op, true); }

bool compare_ordered(const Value& a, const Value& b, CmpOp op, bool dunders) {
    static const char* const symbols[] = {"<", "<=", ">", ">="};
    auto decide = [op](int c) {
        switch (op) {
            case CmpOp::Lt: return c < 0;
            case CmpOp::Le: return c <= 0;
            case CmpOp::Gt: return c > 0;
            case CmpOp::Ge: return c >= 0;
        }
        return false;
    };
    if (a.is_int() && b.is_int()) return decide(a.as_int() < b.as_int() ? -1 : a.as_int() > b.as_int());
    if (is_number(a) && is_number(b)) {
        bool unordered;
        int c = compare_numbers(a, b, unordered);
        return !unordered && decide(c);
    }
    if (dunders && either_is_instance(a, b)) {
        bool decided;
        bool r = instance_compare(a, b, op, decided);
        if (decided) return r;
    }
    if (is_str(a) && is_str(b)) return decide(as<Str>(a).text().compare(as<Str>(b).text()));  // UTF-8 order = code points
    if (is_bytes(a) && is_bytes(b)) return decide(as<Bytes>(a).data.compare(as<Bytes>(b).data));
    if (is_any_set(a) && is_any_set(b)) return set_compare(a, b, op);
    if (Value as_sets = set_like_pair(a, b); as_sets.is_bound()) {
        const auto& pair = as<Tuple>(as_sets).items();  // dict keys/items views compare as the sets of their items
        return set_compare(pair[0], pair[1], op);
    }
    if (Value x = struct_sequence_tuple(a), y = struct_sequence_tuple(b); x.is_bound() || y.is_bound()) {
        // ordered against tuples only; anything else fails with the struct sequence's own type name
        if ((x.is_bound() || has_type(a, &tuple_type)) && (y.is_bound() || has_type(b, &tuple_type)))
            return compare_ordered(x.is_bound() ? x : a, y.is_bound() ? y : b, op, dunders);
    }
    if (a.is_obj() && a.obj()->type->native) {
        if (Value r = static_cast<NativeObject*>(a.obj())->rich_compare(b, static_cast<int>(op)); r.is_bound())
            return truthy(r);
    }
    if (a.is_obj() && b.is_obj() && a.obj()->type == b.obj()->type) {
        if (a.obj()->type == &list_type) return items_compare(as<List>(a).items, as<List>(b).items, op, decide);
        if (a.obj()->type == &tuple_type) return items_compare(as<Tuple>(a).items(), as<Tuple>(b).items(), op, decide);
    }
    if (is_tuple_layout(a) && is_tuple_layout(b))  // namedtuples order as tuples
        return items_compare(as<Tuple>(a).items(), as<Tuple>(b).items(), op, decide);
    type_error(std::string("'") + symbols[static_cast<int>(op)] + "' not supported between instances of '" +
               type_name(a) + "' and '" + type_name(b) + "'");
}

bool truthy_slow(const Value& v) {
    if (!v.is_obj()) return false;
    Type* t = v.obj()->type;
    if (t->heap) {
        Value r;
        if (call_special(v, "__bool__", {}, r)) {
            if (!r.is_bool()) raise(&TypeError, std::string("__bool__ should return bool, returned ") + type_name(r));
            return r.as_bool();
        }
        if (call_special(v, "__len__", {}, r)) return checked_length(r) != 0;
        if (t->base != &dict_type && t->base != &tuple_type) return true;
        t = t->base;  // a dict or tuple subclass is true when not empty
    }
    if (t == &int_type) return true;  // a BigInt is never zero
    if (t == &str_type) return !as<Str>(v).text().empty();
    if (t == &bytes_type) return !as<Bytes>(v).data.empty();
    if (t == &list_type) return !as<List>(v).items.empty();
    if (t == &tuple_type) return !as<Tuple>(v).items().empty();
    if (t == &dict_type) return as<Dict>(v).used != 0;
    if (t == &range_type) return as<Range>(v).size() != 0;
    if (t == &set_type || t == &frozenset_type) return as<Set>(v).used != 0;
    if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type)
        return as<Dict>(as<DictView>(v).dict).used != 0;
    return true;
}

namespace {
bool contains_other(const Value& container, const Value& item);
}  // namespace

// `in` on a dict first, the commonest; everything else out of line, so that this path sets up no frame.
bool contains(const Value& container, const Value& item) {
    if (container.is_obj() && container.obj()->type == &dict_type) return as<Dict>(container).find(item) != nullptr;
    return contains_other(container, item);
}

namespace {
[[gnu::noinline]] bool contains_other(const Value& container, const Value& item) {
    if (is_instance_of_class(container)) {
        Value r;
        if (call_special(container, "__contains__", {item}, r)) return truthy(r);
        if (is_dict_layout(container)) return as<Dict>(container).find(item) != nullptr;
        if (is_tuple_layout(container)) return items_contain(as<Tuple>(container).items(), item);
        Type* t = container.obj()->type;
        static const Value iter_name = new_str("__iter__"), getitem_name = new_str("__getitem__");
        if (t->base == &object_type && find_in_class_namespaces(t, iter_name).is_unbound() &&
            find_in_class_namespaces(t, getitem_name).is_unbound())
            type_error(std::string("argument of type '") + t->name + "' is not iterable");  // `in`'s own message
        ForIter it(container);  // __iter__, else __getitem__ with 0, 1, 2, ...
        for (Value x; it.next(x);)
            if (cmp_is({x, item}) || equal(x, item)) return true;
        return false;
    }
    if (is_str(container)) {
        if (!is_str(item))
            type_error(std::string("'in <string>' requires string as left operand, not ") + type_name(item));
        return as<Str>(container).text().find(as<Str>(item).text()) != std::string::npos;
    }
    if (container.is_obj() && container.obj()->type == &list_type) return items_contain(as<List>(container).items, item);
    if (container.is_obj() && container.obj()->type == &tuple_type) return items_contain(as<Tuple>(container).items(), item);
    if (Value items = struct_sequence_tuple(container); items.is_bound()) return contains(items, item);
    if (container.is_obj() && container.obj()->type == &dict_type) return as<Dict>(container).find(item) != nullptr;
    if (is_any_set(container)) return set_contains(container, item);
    if (is_bytes(container)) return bytes_contains(container, item);
    if (container.is_obj() && container.obj()->type == &dict_keys_type)
        return as<Dict>(as<DictView>(container).dict).find(item) != nullptr;
    if (container.is_obj() && container.obj()->type == &dict_values_type) {
        for (auto& e : as<Dict>(as<DictView>(container).dict).entries)
            if (e.key.is_bound() && ((e.value.is_obj() && item.is_obj() && e.value.obj() == item.obj()) || equal(e.value, item)))
                return true;
        return false;
    }
    if (container.is_obj() && container.obj()->type == &dict_items_type) {
        // (key, value) in d.items(): the key is present with an equal value
        if (!(item.is_obj() && item.obj()->type == &tuple_type && as<Tuple>(item).items().size() == 2)) return false;
        const auto& kv = as<Tuple>(item).items();
        Value* found = as<Dict>(as<DictView>(container).dict).find(kv[0]);
        return found != nullptr && ((found->is_obj() && kv[1].is_obj() && found->obj() == kv[1].obj()) || equal(*found, kv[1]));
    }
    if (container.is_obj() && container.obj()->type == &range_type) {
        Range& r = as<Range>(container);
        if (!item.is_small_intlike()) {
            if (is_intlike(item)) return false;  // a big int is out of any 64-bit range
            // like CPython's range_contains: anything else (3.0, a class with __eq__) is searched for with ==
            ForIter it(container);
            for (Value x; it.next(x);)
                if (equal(x, item)) return true;
            return false;
        }
        std::int64_t i = item.as_small();
        if (r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop)) return false;
        return (i - r.start) % r.step == 0;
    }
    if (container.is_obj() && (container.obj()->type == &dict_values_type || container.obj()->type == &dict_items_type ||
                               container.obj()->type->iterator)) {
        ForIter it(container);
        for (Value x; it.next(x);)
            if (cmp_is({x, item}) || equal(x, item)) return true;
        return false;
    }
    type_error(std::string("argument of type '") + type_name(container) + "' is not iterable");
}
}  // namespace

// CPython's hash values where they are deterministic (numbers, tuples, frozensets: set iteration order
// depends on them), never -1 (CPython's error marker, which it maps to -2).
std::uint64_t hash(const Value& v) {
    if (v.is_obj() && v.obj()->type == &str_type) return str_hash(as<Str>(v));  // the commonest key first
    if (is_number(v)) return hash_number(v);
    switch (v.tag()) {
        case Tag::None: return 0x2545F4914F6CDD1Dull;
        case Tag::Obj: break;
        default: return 0;
    }
    Type* t = v.obj()->type;
    if (t->heap) {
        Value f = lookup_on_type(t, new_str("__hash__"));
        if (f.is_none()) type_error(std::string("unhashable type: '") + t->name + "'");
        Value r;
        if (call_special(v, "__hash__", {}, r)) {
            if (!is_intlike(r)) type_error("__hash__ method should return an integer");
            // an int that fits is the hash as it is (-1, the error marker, becomes -2); a larger one is hashed
            if (r.is_small_intlike()) return static_cast<std::uint64_t>(r.as_small() == -1 ? -2 : r.as_small());
            return hash_number(r);
        }
        if (t->base == &dict_type) type_error(std::string("unhashable type: '") + t->name + "'");
        t = t->base;  // a tuple subclass hashes as a tuple; the other layouts by identity
    }
    if (t == &str_type) return str_hash(as<Str>(v));
    if (t == &bytes_type) {
        std::uint64_t h = 14695981039346656037ull;
        for (unsigned char c : as<Bytes>(v).data) h = (h ^ c) * 1099511628211ull;
        return h == ~std::uint64_t{0} ? h - 1 : h;
    }
    if (t == &tuple_type) {
        // CPython's tuplehash (xxHash's mixing), so hash() of a tuple of numbers gives CPython's value
        constexpr std::uint64_t kPrime1 = 11400714785074694791ull, kPrime2 = 14029467366897019727ull,
                                kPrime5 = 2870177450012600261ull;
        const auto& items = as<Tuple>(v).items();
        std::uint64_t acc = kPrime5;
        for (const Value& x : items) {
            acc += hash(x) * kPrime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= kPrime1;
        }
        acc += items.size() ^ (kPrime5 ^ 3527539ull);
        return acc == ~std::uint64_t{0} ? 1546275796ull : acc;
    }
    if (t == &range_type) {
        // CPython's range_hash: equal ranges hash alike, as the tuple (len, start, step) with None for what
        // does not matter (start and step of an empty range, step of a one-item range)
        Range& r = as<Range>(v);
        std::int64_t len = r.size();
        Value key = Value::object(Tuple::make({Value::integer(len), len == 0 ? Value::none() : Value::integer(r.start),
                                             len <= 1 ? Value::none() : Value::integer(r.step)}));
        return hash(key);
    }
    if (t == &frozenset_type) return static_cast<std::uint64_t>(frozenset_hash(as<Set>(v)));
    if (Value items = struct_sequence_tuple(v); items.is_bound()) return hash(items);
    if (t == &list_type || t == &dict_type || t == &set_type || t == &slice_type)
        type_error(std::string("unhashable type: '") + t->name + "'");
    return reinterpret_cast<std::uintptr_t>(v.obj()) >> 4;
}

// ---------------------------------------------------------------------------------------------------------
// repr and str

namespace {

void repr_str(std::string& out, std::string_view s) {
    // CPython's unicode_repr: single quotes unless the text has ' and no "; escapes for what is not printable
    bool has_single = s.find('\'') != std::string::npos;
    bool has_double = s.find('"') != std::string::npos;
    char quote = has_single && !has_double ? '"' : '\'';
    out += quote;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t start = i;
        char32_t c = unicode::decode(s.data(), i);
        char buf[16];
        if (c == static_cast<char32_t>(quote) || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(c));
            out += buf;
        } else if (c < 0x7f || unicode::is_printable(c)) {
            out.append(s, start, i - start);
        } else {
            const char* format = c <= 0xff ? "\\x%02x" : c <= 0xffff ? "\\u%04x" : "\\U%08x";
            std::snprintf(buf, sizeof buf, format, static_cast<unsigned>(c));
            out += buf;
        }
    }
    out += quote;
}


void repr_into(std::string& out, const Value& v, int depth, bool dispatch = true);

// A list's items are read afresh at every step: a __repr__ may resize the list.
template <class Items>
void repr_items(std::string& out, const Items& items, int depth) {
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        repr_into(out, items[i], depth);
    }
}

// The class's __repr__ when an instance's class defines one.
bool user_repr(std::string& out, const Value& v) {
    Value r;
    if (!call_special(v, "__repr__", {}, r)) return false;
    if (!is_str(r)) type_error(std::string("__repr__ returned non-string (type ") + type_name(r) + ")");
    out += as<Str>(r).text();
    return true;
}

void repr_into(std::string& out, const Value& v, int depth, bool dispatch) {
    if (depth > recursion_limit) raise(&RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    switch (v.tag()) {
        case Tag::Unbound: out += "<unbound>"; return;
        case Tag::None: out += "None"; return;
        case Tag::Bool: out += v.as_bool() ? "True" : "False"; return;
        case Tag::Int: out += std::to_string(v.as_int()); return;
        case Tag::Float: out += float_repr(v.as_float()); return;
        case Tag::Obj: break;
    }
    Type* t = v.obj()->type;
    if (dispatch && t->heap && user_repr(out, v)) return;
    if (t->heap && (t->base == &dict_type || t->base == &tuple_type)) t = t->base;  // repr'd as a dict or tuple
    if (t == &str_type) return repr_str(out, as<Str>(v).text());
    if (t == &bytes_type) return bytes_repr(out, as<Bytes>(v).data);
    if (t == &int_type) {
        out += int_repr(v);
        return;
    }
    if (t == &list_type) {
        ReprGuard guard(v.obj());
        if (guard.recursive) {
            out += "[...]";
            return;
        }
        out += '[';
        repr_items(out, as<List>(v).items, depth + 1);
        out += ']';
        return;
    }
    if (t == &tuple_type) {
        const auto& items = as<Tuple>(v).items();
        out += '(';
        repr_items(out, items, depth + 1);
        out += items.size() == 1 ? ",)" : ")";
        return;
    }
    if (t == &dict_type) {
        ReprGuard guard(v.obj());
        if (guard.recursive) {
            out += "{...}";
            return;
        }
        out += '{';
        bool first = true;
        for (auto& e : as<Dict>(v).entries) {
            if (e.key.is_unbound()) continue;
            if (!first) out += ", ";
            first = false;
            repr_into(out, e.key, depth + 1);
            out += ": ";
            repr_into(out, e.value, depth + 1);
        }
        out += '}';
        return;
    }
    if (t == &dict_keys_type || t == &dict_values_type || t == &dict_items_type) {
        out += t->name;
        out += "([";
        bool first = true;
        for (auto& e : as<Dict>(as<DictView>(v).dict).entries) {
            if (e.key.is_unbound()) continue;
            if (!first) out += ", ";
            first = false;
            if (t == &dict_keys_type) {
                repr_into(out, e.key, depth + 1);
            } else if (t == &dict_values_type) {
                repr_into(out, e.value, depth + 1);
            } else {
                out += '(';
                repr_into(out, e.key, depth + 1);
                out += ", ";
                repr_into(out, e.value, depth + 1);
                out += ')';
            }
        }
        out += "])";
        return;
    }
    if (t == &set_type || t == &frozenset_type) {
        Set& s = as<Set>(v);
        if (s.used == 0) {
            out += t == &set_type ? "set()" : "frozenset()";
            return;
        }
        out += t == &set_type ? "{" : "frozenset({";
        bool first = true;
        for (const auto& e : s.table) {
            if (e.key.is_unbound()) continue;
            if (!first) out += ", ";
            first = false;
            repr_into(out, e.key, depth + 1);
        }
        out += t == &set_type ? "}" : "})";
        return;
    }
    if (t == &range_type) {
        Range& r = as<Range>(v);
        out += "range(" + std::to_string(r.start) + ", " + std::to_string(r.stop);
        if (r.step != 1) out += ", " + std::to_string(r.step);
        out += ')';
        return;
    }
    if (t == &slice_type) {
        auto& s = as<SliceObject>(v);
        out += "slice(";
        repr_into(out, s.lower, depth + 1);
        out += ", ";
        repr_into(out, s.upper, depth + 1);
        out += ", ";
        repr_into(out, s.step, depth + 1);
        out += ')';
        return;
    }
    if (t == &function_type) {
        char addr[32];
        std::snprintf(addr, sizeof addr, "%p", static_cast<void*>(v.obj()));
        out += std::string("<function ") + as<Function>(v).info->qualname + " at " + addr + ">";
        return;
    }
    if (t == &builtin_function_type) {
        out += std::string("<built-in function ") + as<BuiltinFunction>(v).name + ">";
        return;
    }
    if (t->is_subtype_of(&BaseException)) {
        out += t->name;
        const auto& args = as<Tuple>(as<ExceptionObject>(v).args).items();
        if (args.size() == 1) {
            out += '(';
            repr_into(out, args[0], depth + 1);
            out += ')';
        } else {
            repr_into(out, as<ExceptionObject>(v).args, depth + 1);
        }
        return;
    }
    if (class_object_repr(v, out) || module_repr(v, out)) return;
    if (t->native && static_cast<NativeObject*>(v.obj())->repr(out)) return;
    out += std::string("<") + t->name + " object>";
}

}  // namespace

std::string repr(const Value& v) {
    std::string out;
    repr_into(out, v, 0);
    return out;
}

std::string builtin_repr(const Value& v) {
    std::string out;
    repr_into(out, v, 0, false);
    return out;
}

std::string to_str(const Value& v) {
    if (is_str(v)) return std::string(as<Str>(v).text());
    if (v.is_obj() && v.obj()->type->heap) {
        Value r;
        if (call_special(v, "__str__", {}, r)) {
            if (!is_str(r)) type_error(std::string("__str__ returned non-string (type ") + type_name(r) + ")");
            return std::string(as<Str>(r).text());
        }
    }
    return builtin_str(v);
}

std::string builtin_str(const Value& v) {
    if (is_str(v)) return std::string(as<Str>(v).text());
    if (v.is_obj() && v.obj()->type->is_subtype_of(&BaseException)) {
        const auto& args = as<Tuple>(as<ExceptionObject>(v).args).items();
        if (args.empty()) return "";
        if ((v.obj()->type == &UnicodeDecodeError || v.obj()->type == &UnicodeEncodeError) && args.size() == 5)
            return unicode_error_message(as<ExceptionObject>(v));
        // KeyError shows its key as a repr, every other exception its single argument as str
        if (args.size() == 1) return v.obj()->type->is_subtype_of(&KeyError) ? repr(args[0]) : to_str(args[0]);
        return repr(as<ExceptionObject>(v).args);
    }
    return repr(v);
}

}  // namespace py
