// Runtime — py::Value, the 16-byte tagged value every Python object is handled through, and py::Object.
//
// Small ints, floats, bools and None live inside the Value, so arithmetic on them never allocates; everything
// else is a heap Object with an intrusive, non-atomic reference count (programs are single-threaded) and a
// pointer to its type. "Unbound" is the state of an empty variable slot: reading one raises the right error.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <utility>

namespace py {

struct Type;

struct Object {
    std::uint32_t refcount = 0;  // a new object has no owner until a Value adopts it
    // The 4 bytes that `type`'s alignment leaves after the count, lent to a subclass for a small field of its
    // own: a str keeps its hash here, so its header is 40 bytes, not 48 (a short str fits a 48-byte block).
    std::uint32_t aux = 0;
    Type* type;
    // constexpr so the builtin types are constant-initialized: a program's own static constants may be
    // built before the runtime's translation units run their dynamic initializers.
    constexpr explicit Object(Type* t) : type(t) {}
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    virtual ~Object() = default;
};

void destroy(Object* o) noexcept;  // out of line: keeps every inlined Value destructor small
inline void incref(Object* o) noexcept { ++o->refcount; }
inline void decref(Object* o) noexcept {
    if (--o->refcount == 0) destroy(o);
}

enum class Tag : std::uint8_t { Unbound, None, Bool, Int, Float, Obj };

class Value {
public:
    Value() noexcept : tag_(Tag::Unbound) { u_.i = 0; }
    Value(const Value& o) noexcept : tag_(o.tag_), u_(o.u_) {
        if (tag_ == Tag::Obj) incref(u_.o);
    }
    Value(Value&& o) noexcept : tag_(o.tag_), u_(o.u_) { o.tag_ = Tag::Unbound; }
    Value& operator=(const Value& o) noexcept {
        Value tmp(o);
        swap(tmp);
        return *this;
    }
    Value& operator=(Value&& o) noexcept {
        Value tmp(std::move(o));
        swap(tmp);
        return *this;
    }
    ~Value() {
        if (tag_ == Tag::Obj) decref(u_.o);
    }
    void swap(Value& o) noexcept {
        std::swap(tag_, o.tag_);
        std::swap(u_, o.u_);
    }

    static Value none() noexcept { return Value(Tag::None); }
    static Value boolean(bool b) noexcept {
        Value v(Tag::Bool);
        v.u_.i = 0;
        v.u_.b = b;
        return v;
    }
    static Value integer(std::int64_t i) noexcept {
        Value v(Tag::Int);
        v.u_.i = i;
        return v;
    }
    static Value floating(double d) noexcept {
        Value v(Tag::Float);
        v.u_.f = d;
        return v;
    }
    // Takes a (new or shared) reference to `o`.
    static Value object(Object* o) noexcept {
        Value v(Tag::Obj);
        v.u_.o = o;
        incref(o);
        return v;
    }

    Tag tag() const noexcept { return tag_; }
    bool is_unbound() const noexcept { return tag_ == Tag::Unbound; }
    bool is_bound() const noexcept { return tag_ != Tag::Unbound; }
    bool is_none() const noexcept { return tag_ == Tag::None; }
    bool is_bool() const noexcept { return tag_ == Tag::Bool; }
    bool is_int() const noexcept { return tag_ == Tag::Int; }  // the small (int64) form only
    bool is_float() const noexcept { return tag_ == Tag::Float; }
    bool is_obj() const noexcept { return tag_ == Tag::Obj; }

    bool as_bool() const noexcept { return u_.b; }
    std::int64_t as_int() const noexcept { return u_.i; }
    double as_float() const noexcept { return u_.f; }
    Object* obj() const noexcept { return u_.o; }
    // A bool or small int as int64 (bool is a subclass of int).
    std::int64_t as_small() const noexcept { return tag_ == Tag::Bool ? static_cast<std::int64_t>(u_.b) : u_.i; }
    bool is_small_intlike() const noexcept { return tag_ == Tag::Int || tag_ == Tag::Bool; }

private:
    explicit Value(Tag t) noexcept : tag_(t) { u_.i = 0; }
    Tag tag_;
    union {
        bool b;
        std::int64_t i;
        double f;
        Object* o;
    } u_;
};

static_assert(sizeof(Value) == 16);

// One operand of a braced list, by reference: `py::call({f, x, py::Value::integer(1)})` refers to the slot of
// `x` and to temporaries that live until the end of the full expression. Passing operands this way moves no
// reference counts and leaves the emitted code no copies to destroy on every exit path, which is most of what
// g++ spends its time on in a large program. Entry points that run Python code before they are done with
// their operands copy them first (py::OperandArray in the runtime), so a callee rebinding a variable cannot
// change or free an operand.
struct Ref {
    Ref(const Value& value) noexcept : v(value) {}  // implicit: every operand of a braced list converts
    operator const Value&() const noexcept { return v; }
    const Value& v;
};

// A variable captured by an inner function (CPython's cell): shared by the defining frame and the closures.
struct Cell {
    Value value;
    Cell() = default;
    explicit Cell(Value v) : value(std::move(v)) {}
};

}  // namespace py
