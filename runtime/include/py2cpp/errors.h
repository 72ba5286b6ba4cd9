// Runtime — raising Python exceptions, the frame stack behind tracebacks, and the recursion limit.
//
// A Python exception travels as a C++ exception (PyException) carrying the exception object, so C++ unwinding
// runs the destructors that release references. Each emitted function keeps a Frame on the stack; the frames
// form a linked list whose snapshot, taken when an exception is first raised, is the traceback CPython prints.
#pragma once

#include <cstdint>
#include <exception>
#include <initializer_list>
#include <string>
#include <string_view>

#include "py2cpp/objects.h"

namespace py {

struct PyException {
    Value value;  // an ExceptionObject
};

[[noreturn]] void raise(Type* type, std::string message);
[[noreturn]] void raise_value(const Value& exc);  // `raise X`: an exception instance or class
[[noreturn]] void raise_from(std::initializer_list<Ref> exc_and_cause);  // `raise X from Y`, in that order
[[noreturn]] void reraise();                      // bare `raise`
[[noreturn]] void raise_assertion(const Value* message);  // `assert` (message may be null)
// RecursionError at the recursion limit: out of line, so that a call's frame push inlines no string building.
[[noreturn, gnu::cold, gnu::noinline]] void raise_recursion_error();
Value name_error(std::string_view name);          // raises; typed Value so it can stand in an expression
bool exception_matches(const PyException& e, const Value& type_or_tuple);
// `exc.__cause__`, `__context__`, `__suppress_context__`, `args`; AttributeError for other names or objects.
Value exception_attribute(const Value& exc, const char* name);
// `exc.__cause__ = v` and the like (CPython's checks); false for any other name.
bool set_exception_attribute(const Value& exc, std::string_view name, const Value& value);

// The exception an `except` handler (or a finally body, while one is pending) is handling: one raised meanwhile
// gets it as __context__, as CPython's exc_info stack does. Emitted at the top of handlers and finally bodies.
class Handling {
public:
    explicit Handling(const PyException& e);
    explicit Handling(const std::exception_ptr& pending);  // a finally body; nothing when none is pending
    ~Handling();
    Handling(const Handling&) = delete;
    Handling& operator=(const Handling&) = delete;

private:
    const Object* pushed_ = nullptr;  // the exception this pushed, if any
};
bool exception_matches(const Value& exc, const Value& type_or_tuple);  // exc: an exception instance

// sys.getrecursionlimit(): CPython's default is 1000, and the module frame counts as one. Compiled programs
// run on a 1 GiB stack (big_stack.h), so sys.setrecursionlimit can raise it as far as CPython allows.
inline int recursion_limit = 1000;
inline constexpr std::int64_t kMaxRecursionLimit = 2147483647;  // a C int, as in CPython

struct ModuleDef;

// One entry of the frame stack: a function being run, its current line, and the module whose code it is.
struct FrameRecord {
    const char* function;
    int line = 0;
    FrameRecord* previous = nullptr;
    // CPython's co_varnames (parameters, then the other fast locals), null-terminated; null when unknown.
    // Only "Did you mean" suggestions for an uncaught NameError read them.
    const char* const* varnames = nullptr;
    ModuleDef* module = nullptr;  // its globals (globals()) and its file (tracebacks)
};

// The frame of a running function: pushed on construction, popped on destruction. (A generator's record lives
// in its coroutine and is linked only while the generator runs; see generator.h.)
struct Frame : FrameRecord {
    explicit Frame(const char* name, const char* const* varnames = nullptr, ModuleDef* module = nullptr);
    ~Frame();
    Frame(const Frame&) = delete;
    Frame& operator=(const Frame&) = delete;
};

inline FrameRecord* current_frame = nullptr;
inline int frame_depth = 0;

inline Frame::Frame(const char* name, const char* const* varnames, ModuleDef* module)
    : FrameRecord{name, 0, current_frame, varnames, module} {
    if (frame_depth >= recursion_limit) [[unlikely]] raise_recursion_error();
    ++frame_depth;
    current_frame = this;
}
inline Frame::~Frame() {
    current_frame = previous;
    --frame_depth;
}

}  // namespace py
