// Runtime — generators: the body of a Python generator function is a C++20 coroutine owned by a py::Generator.
//
// The lowering emits a generator function as two C++ functions: the ordinary `Code` entry point, which checks
// the arguments and returns the new generator, and the body, a coroutine whose parameters are the Python
// parameters (so they live in the coroutine frame):
//
//     py::Value gen(py::Function& _fn, const py::Value* _args, std::size_t _nargs) {
//         _fn.check_arity(_nargs);
//         return gen_body(_fn, _args[0]).generator;
//     }
//     py::NewGenerator gen_body(py::Function& _fn, py::Value n) {
//         py::FrameRecord& _frame = co_await py::generator_frame();
//         ...  x = (co_yield n);  ...  co_await py::yield_from(it);  ...
//         co_return py::Value::none();
//     }
//
// The body starts suspended; Generator::step resumes it with the frame pushed on the frame stack (a suspended
// generator is not on the stack, a running one is, as in CPython) and reports whether it yielded or returned;
// advance() is the same for next() on a generator paused at a plain `yield`, the hot path of loops.
// `yield from` leaves the sub-iterator in the promise, after taking its first item as the body suspends; while
// it is set, step() forwards send/throw/close to it (CPython's gi_yieldfrom) and resumes the body only with
// the sub-iterator's result or exception.
#pragma once

#include <coroutine>
#include <exception>

#include "py2cpp/errors.h"
#include "py2cpp/objects.h"

namespace py {

extern Type generator_type, GeneratorExit;

struct GeneratorPromise;

// What an emitted generator body returns: the new, not yet started generator.
struct NewGenerator {
    using promise_type = GeneratorPromise;
    Value generator;
};

// The awaitable behind `co_yield v` and `co_await yield_from(x)`: suspends; on resumption it gives the value
// sent in, or raises the exception thrown in (throw(), close(), or the sub-iterator's).
struct Resumption {
    GeneratorPromise* promise;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<>) const noexcept {}
    Value await_resume() const;  // inline, below the promise
};

struct GeneratorPromise {
    FrameRecord frame;         // linked into the frame stack only while the body runs
    Value function;            // keeps the closure cells and the code alive as long as the body
    Value transfer;            // in: the value sent (Unbound: None); out: the value yielded or returned
    Value thrown;              // an exception to raise where the body is paused
    Value delegate;            // the iterator of the `yield from` in progress
    std::exception_ptr error;  // what escaped the body
    bool closes_plainly = false;  // set by generator_frame(kClosesPlainly) as the body starts

    // The coroutine's parameters start with the Function whose code it runs.
    template <class... Params>
    explicit GeneratorPromise(Function& fn, Params&...) : frame{fn.info->name}, function(Value::object(&fn)) {}

    NewGenerator get_return_object();
    std::suspend_always initial_suspend() const noexcept { return {}; }
    std::suspend_always final_suspend() const noexcept { return {}; }
    void return_value(Value v) { transfer = std::move(v); }
    void unhandled_exception() { error = std::current_exception(); }
    // By reference: `co_yield x` copies x straight into `transfer`, with no parameter object that would live
    // in the coroutine frame across the suspension and be destroyed on resumption.
    Resumption yield_value(const Value& v) {
        transfer = v;
        return {this};
    }
    Resumption yield_value(Value&& v) {
        transfer = std::move(v);
        return {this};
    }

    // Passes one resumption on to the `yield from` in progress. True when the sub-iterator yielded `out`;
    // otherwise it is done and `delegate` is cleared: `sent` (its return value) or `exc` (its exception) is
    // what resumes the body.
    bool forward(Value& sent, Value& exc, Value& out);
    // forward() for a plain next() (None sent, nothing thrown), the hot path of a delegating generator: a
    // generator or builtin delegate is advanced in place, without copying `delegate` (only the body changes
    // it, and the body cannot run while the generator runs); anything else goes to forward().
    bool forward_next(Value& sent, Value& exc, Value& out);
    // The first step of a `yield from`, run as the body suspends (its frame still on the stack): true when the
    // sub-iterator yielded (the body stays suspended), false when it is already done (the body goes on).
    bool start_delegation(Value iterator);
    [[noreturn]] void raise_thrown();  // `thrown`, raised where the body is paused
};

inline Value Resumption::await_resume() const {
    if (promise->thrown.is_bound()) [[unlikely]] promise->raise_thrown();
    if (promise->transfer.is_unbound()) return Value::none();  // next() sends nothing: None
    return std::move(promise->transfer);
}

// `co_await py::generator_frame()` at the top of a body: the body's frame record, without suspending.
// `generator_frame(py::kClosesPlainly)` for a body without try or with statements: the GeneratorExit that
// close() would raise at a plain yield leaves such a body at once, running no Python code, so close() (and a
// generator released unfinished, as `any(... for ...)` leaves it) may destroy the coroutine frame instead,
// without the cost of a C++ exception thrown through the body.
inline constexpr bool kClosesPlainly = true;
struct GeneratorFrame {
    bool closes_plainly = false;
    FrameRecord* frame = nullptr;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<GeneratorPromise> h) noexcept {
        frame = &h.promise().frame;
        h.promise().closes_plainly = closes_plainly;
        return false;
    }
    FrameRecord& await_resume() const noexcept { return *frame; }
};
inline GeneratorFrame generator_frame(bool closes_plainly = false) { return {closes_plainly}; }

// `yield from x`: the iterator of x becomes the delegate; the result is the sub-iterator's return value.
// Resumptions of the generator go to the delegate until it is done (Generator::step), so the body is resumed
// only once, with the delegate's return value or exception.
struct YieldFrom {
    Value iterator;
    bool await_ready() const noexcept { return false; }
    bool await_suspend(std::coroutine_handle<GeneratorPromise> h) {
        promise = &h.promise();
        return promise->start_delegation(std::move(iterator));
    }
    Value await_resume() const { return Resumption{promise}.await_resume(); }
    GeneratorPromise* promise = nullptr;
};
YieldFrom yield_from(const Value& iterable);

class Generator : public Iterator {
public:
    enum class Step { Yielded, Returned };

    explicit Generator(std::coroutine_handle<GeneratorPromise> body);
    ~Generator() override;

    bool next(Value& out) override { return advance(out); }
    // next(): the hot path of loops and builtins consuming a generator (ForIter calls it directly); false when
    // it returned.
    bool advance(Value& out);
    Value send(Value value);   // generator.send(): StopIteration(value) when it returns
    Value throw_in(const Value& exc);  // generator.throw()
    void close();              // generator.close()
    // One resumption: sends `sent`, or raises `thrown` at the paused yield; `out` gets the value yielded
    // or returned. Raises what the body raises.
    Step step(Value sent, Value thrown, Value& out);
    const char* qualname() const { return qualname_; }

private:
    // Links the body's frame record into the frame stack while it runs, as CPython pushes the generator's
    // frame on each resumption (so a running generator counts towards the recursion limit), and marks the
    // generator as running to refuse re-entry.
    class Running {
    public:
        Running(FrameRecord& frame, bool& running) : running_(running) {
            if (frame_depth >= recursion_limit) [[unlikely]] raise_recursion_error();
            frame.previous = current_frame;
            current_frame = &frame;
            ++frame_depth;
            running = true;
        }
        ~Running() {
            // the body has unlinked the frames it pushed, so its own is on top: found afresh, it need not be
            // kept in a register across the resumption
            current_frame = current_frame->previous;
            --frame_depth;
            running_ = false;
        }
        Running(const Running&) = delete;
        Running& operator=(const Running&) = delete;

    private:
        bool& running_;
    };

    [[gnu::noinline]] bool advance_slow(Value& out);  // advance() on a generator not paused at a plain yield
    bool advance_delegating(Value& out);  // advance() on a started generator with a `yield from` in progress
    // After the body was resumed: the value it yielded, or its return value (false) or what it raised.
    bool resumed(Value& out);

    bool finished() const { return !body_; }
    // Started, not running and not delegating: paused at a plain `yield`, where next() and send() resume the
    // body directly.
    bool at_plain_yield() const { return started_ && !running_ && !finished() && body_.promise().delegate.is_unbound(); }
    void finish();  // destroys the coroutine frame: its locals are released as the body ends
    void ended(Value& out);  // after a resumption that ended the body: its return value, or raises what it raised

    std::coroutine_handle<GeneratorPromise> body_;
    const char* qualname_;
    bool started_ = false;
    bool running_ = false;
};

// next(g[, default]) on a generator: StopIteration carries the return value.
Value generator_next(Generator& g, const Value* default_value);
// g.send(v), g.throw(e), g.close()
Value generator_method(const Value& self, const char* name, const Value* args, std::size_t nargs);

// GET_ITER: a generator expression's outermost iterable is turned into an iterator when it is created.
Value get_iter(const Value& iterable);

}  // namespace py
