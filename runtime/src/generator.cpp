// Runtime — generator objects: resuming the coroutine body, send/throw/close, and `yield from` delegation
// (see py2cpp/generator.h for the shape of the emitted code).
#include <cstdio>

#include "internal.h"

namespace py {

Value construct_exception(Type* type, const Value* args, std::size_t n);

Type generator_type("generator", &object_type, nullptr, true);
Type GeneratorExit("GeneratorExit", &BaseException, construct_exception);

namespace {

// Links a generator's frame record into the frame stack while its body runs, as CPython pushes the
// generator's frame on each resumption, and marks the generator as running to refuse re-entry.
class Activation {
public:
    Activation(FrameRecord& frame, bool& running) : frame_(frame), running_(running) {
        if (frame_depth >= recursion_limit) raise(&RecursionError, "maximum recursion depth exceeded");
        frame.previous = current_frame;
        current_frame = &frame;
        ++frame_depth;
        running = true;
    }
    ~Activation() {
        current_frame = frame_.previous;
        --frame_depth;
        running_ = false;
    }
    Activation(const Activation&) = delete;
    Activation& operator=(const Activation&) = delete;

private:
    FrameRecord& frame_;
    bool& running_;
};

bool is_generator(const Value& v) { return v.is_obj() && v.obj()->type == &generator_type; }

bool is_instance_of(const Value& exc, const Type* type) { return exc.obj()->type->is_subtype_of(type); }

// The StopIteration that ends a generator returning `value`: no arguments for None, as CPython makes it.
[[noreturn]] void raise_stop_iteration(Value value) {
    Value args = value.is_none() ? make_tuple({}) : make_tuple({std::move(value)});
    raise_value(Value::object(new ExceptionObject(&StopIteration, std::move(args))));
}

// What escaped a generator's body propagates to the consumer, except StopIteration, which would silently end
// the consumer's loop: PEP 479 turns it into RuntimeError.
[[noreturn]] void rethrow_escaped(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (PyException& e) {
        if (is_instance_of(e.value, &StopIteration)) raise(&RuntimeError, "generator raised StopIteration");
        throw;
    }
}

// throw()'s argument as an exception instance: a class is instantiated without arguments.
Value exception_instance(const Value& exc) {
    if (exc.is_obj() && exc.obj()->type == &type_type && static_cast<Type*>(exc.obj())->is_subtype_of(&BaseException))
        return Value::object(new ExceptionObject(static_cast<Type*>(exc.obj()), make_tuple({})));
    if (exc.is_obj() && exc.obj()->type->is_subtype_of(&BaseException)) return exc;
    raise(&TypeError, std::string("exceptions must be classes or instances deriving from BaseException, not ") +
                          type_name(exc));
}

// A generator dropped while paused is closed; what close() raises then cannot propagate, so it is reported
// on stderr as CPython's "Exception ignored in: ..." does.
void report_unraisable(const Generator& g, const Value& exc) {
    std::fflush(stdout);
    std::string message = to_str(exc);
    std::fprintf(stderr, "Exception ignored in: <generator object %s>\n%s%s%s\n", g.qualname(), type_name(exc),
                 message.empty() ? "" : ": ", message.c_str());
}

}  // namespace

Value Resumption::await_resume() const {
    if (promise->thrown.is_bound()) {
        Value exc = std::move(promise->thrown);
        raise_value(exc);  // at the paused yield, with the generator's frame on the stack
    }
    return std::move(promise->transfer);
}

NewGenerator GeneratorPromise::get_return_object() {
    return {Value::object(new Generator(std::coroutine_handle<GeneratorPromise>::from_promise(*this)))};
}

YieldFrom yield_from(const Value& iterable) { return {is_generator(iterable) ? iterable : get_iter(iterable)}; }

Value get_iter(const Value& iterable) {
    static const Value iter = builtin("iter");
    return call({iter, iterable});
}

Generator::Generator(std::coroutine_handle<GeneratorPromise> body)
    : Iterator(&generator_type), body_(body), qualname_(as<Function>(body.promise().function).info->qualname) {}

Generator::~Generator() {
    if (!finished() && started_) {
        try {
            close();
        } catch (PyException& e) {
            report_unraisable(*this, e.value);
        }
    }
    if (!finished()) finish();
}

void Generator::finish() {
    auto body = body_;
    body_ = nullptr;  // first: destroying the locals may run code that looks at this generator
    body.destroy();
}

Generator::Step Generator::step(Value sent, Value thrown, Value& out) {
    if (running_) raise(&ValueError, "generator already executing");
    if (finished()) {
        if (thrown.is_bound()) raise_value(thrown);
        out = Value::none();
        return Step::Returned;
    }
    if (!started_) {
        if (thrown.is_bound()) {
            finish();  // thrown in before the first line: the body never runs
            raise_value(thrown);
        }
        if (!sent.is_none()) raise(&TypeError, "can't send non-None value to a just-started generator");
    }
    GeneratorPromise& p = body_.promise();
    {
        Activation active(p.frame, running_);
        started_ = true;
        for (;;) {
            if (p.delegate.is_bound() && forward_to_delegate(sent, thrown, out)) return Step::Yielded;
            p.transfer = std::move(sent);
            p.thrown = std::move(thrown);
            body_.resume();
            if (body_.done() || !p.delegate.is_bound()) break;
            sent = Value::none();  // a `yield from` has just begun: its first step
            thrown = Value();
        }
    }
    out = std::move(p.transfer);
    if (!body_.done()) return Step::Yielded;
    std::exception_ptr error = std::move(p.error);
    finish();
    if (error) rethrow_escaped(error);
    return Step::Returned;
}

// Passes one resumption on to the `yield from` in progress. True when the sub-iterator yielded `out`;
// otherwise it is done, and `sent` (its return value) or `thrown` (its exception) resumes the body.
bool Generator::forward_to_delegate(Value& sent, Value& thrown, Value& out) {
    GeneratorPromise& p = body_.promise();
    Value delegate = p.delegate;
    try {
        if (is_generator(delegate)) {
            auto& sub = as<Generator>(delegate);
            if (thrown.is_bound() && is_instance_of(thrown, &GeneratorExit)) {
                sub.close();  // then GeneratorExit is raised at the `yield from`
            } else {
                if (sub.step(std::move(sent), std::move(thrown), out) == Step::Yielded) return true;
                sent = std::move(out);
                thrown = Value();
            }
        } else if (thrown.is_bound()) {
            // other iterators have no throw() or close(): the exception is raised at the `yield from`
        } else if (!sent.is_none()) {
            raise(&AttributeError, std::string("'") + type_name(delegate) + "' object has no attribute 'send'");
        } else if (ForIter(delegate).next(out)) {
            return true;
        }
    } catch (PyException& e) {
        sent = Value();
        thrown = std::move(e.value);
    }
    p.delegate = Value();
    return false;
}

bool Generator::next(Value& out) { return step(Value::none(), Value(), out) == Step::Yielded; }

Value Generator::send(Value value) {
    Value out;
    if (step(std::move(value), Value(), out) == Step::Yielded) return out;
    raise_stop_iteration(std::move(out));
}

Value Generator::throw_in(const Value& exc) {
    Value out;
    if (step(Value::none(), exception_instance(exc), out) == Step::Yielded) return out;
    raise_stop_iteration(std::move(out));
}

void Generator::close() {
    if (finished()) return;
    if (!started_) {
        finish();
        return;
    }
    Value out;
    try {
        Value exit = Value::object(new ExceptionObject(&GeneratorExit, make_tuple({})));
        if (step(Value::none(), std::move(exit), out) == Step::Returned) return;
    } catch (PyException& e) {
        if (is_instance_of(e.value, &GeneratorExit) || is_instance_of(e.value, &StopIteration)) return;
        throw;
    }
    raise(&RuntimeError, "generator ignored GeneratorExit");
}

Value generator_next(Generator& g, const Value* default_value) {
    Value out;
    if (g.step(Value::none(), Value(), out) == Generator::Step::Yielded) return out;
    if (default_value != nullptr) return *default_value;
    raise_stop_iteration(std::move(out));
}

Value generator_method(const Value& self, const char* name, const Value* args, std::size_t n) {
    auto& g = as<Generator>(self);
    std::string_view method = name;
    if (method == "send") {
        if (n != 1) raise(&TypeError, "generator.send() takes exactly one argument (" + std::to_string(n) + " given)");
        return g.send(args[0]);
    }
    if (method == "throw") {
        if (n < 1 || n > 3) raise(&TypeError, "throw expected at least 1 argument, got " + std::to_string(n));
        if (n > 1) raise(&NotImplementedError, "py2cpp: generator.throw() with a value or traceback argument");
        return g.throw_in(args[0]);
    }
    if (method == "close") {
        if (n != 0) raise(&TypeError, "generator.close() takes no arguments (" + std::to_string(n) + " given)");
        g.close();
        return Value::none();
    }
    raise(&AttributeError, std::string("'generator' object has no attribute '") + name + "'");
}

}  // namespace py
