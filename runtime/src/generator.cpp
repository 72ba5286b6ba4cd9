// Runtime — generator objects: resuming the coroutine body, send/throw/close, and `yield from` delegation
// (see py2cpp/generator.h for the shape of the emitted code).
#include <cstdio>

#include "internal.h"

namespace py {

Value construct_exception(Type* type, const Value* args, std::size_t n);

Type generator_type("generator", &object_type, nullptr, true);
Type GeneratorExit("GeneratorExit", &BaseException, construct_exception);

namespace {

bool is_generator(const Value& v) { return v.is_obj() && v.obj()->type == &generator_type; }

bool is_instance_of(const Value& exc, const Type* type) { return exc.obj()->type->is_subtype_of(type); }

// The StopIteration that ends a generator returning `value`: no arguments for None, as CPython makes it.
[[noreturn]] void raise_stop_iteration(Value value) {
    Value args = value.is_none() ? make_tuple({}) : make_tuple({std::move(value)});
    raise_value(Value::object(new ExceptionObject(&StopIteration, std::move(args))));
}

// What escaped a generator's body propagates to the consumer, except StopIteration, which would silently end
// the consumer's loop: PEP 479 turns it into RuntimeError, whose __cause__ and __context__ it is.
[[noreturn]] void rethrow_escaped(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (PyException& e) {
        if (is_instance_of(e.value, &StopIteration)) {
            Handling handling(e);
            // caught as it left the generator's frame, which ran one above this one: its traceback starts there
            as<ExceptionObject>(e.value).caught_depth = static_cast<std::size_t>(frame_depth) + 1;
            Value replacement = Value::object(
                new ExceptionObject(&RuntimeError, make_tuple({str("generator raised StopIteration")})));
            raise_from({replacement, e.value});
        }
        throw;
    }
}

// A class's iterator delegated to by `yield from`: its __next__ (iter() checked that it has one). False when
// that raises StopIteration, whose value is then `stop` (the result of the `yield from`).
bool next_of_instance(const Value& iterator, Value& out, Value& stop) {
    try {
        call_special(iterator, "__next__", {}, out);
        return true;
    } catch (PyException& e) {
        if (!is_instance_of(e.value, &StopIteration)) throw;
        auto args = as<Tuple>(as<ExceptionObject>(e.value).args).items();
        stop = args.empty() ? Value::none() : args[0];
        return false;
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

void GeneratorPromise::raise_thrown() {
    Value exc = std::move(thrown);
    raise_value(exc);  // at the paused yield, with the generator's frame on the stack
}

bool GeneratorPromise::start_delegation(Value iterator) {
    delegate = std::move(iterator);
    Value sent = Value::none(), exc, out;
    if (forward(sent, exc, out)) {
        transfer = std::move(out);
        return true;
    }
    transfer = std::move(sent);
    thrown = std::move(exc);
    return false;
}

bool GeneratorPromise::forward(Value& sent, Value& exc, Value& out) {
    Value sub_iterator = delegate;  // the delegate may end while it runs
    try {
        if (is_generator(sub_iterator)) {
            auto& sub = as<Generator>(sub_iterator);
            if (exc.is_bound() && is_instance_of(exc, &GeneratorExit)) {
                sub.close();  // then GeneratorExit is raised at the `yield from`
            } else {
                bool yielded = sent.is_none() && exc.is_unbound()
                                   ? sub.advance(out)
                                   : sub.step(std::move(sent), std::move(exc), out) == Generator::Step::Yielded;
                if (yielded) return true;
                sent = std::move(out);
                exc = Value();
            }
        } else if (exc.is_bound()) {
            // other iterators have no throw() or close(): the exception is raised at the `yield from`
        } else if (!sent.is_none()) {
            raise(&AttributeError, std::string("'") + type_name(sub_iterator) + "' object has no attribute 'send'");
        } else if (!sub_iterator.obj()->type->heap) {
            if (static_cast<Iterator*>(sub_iterator.obj())->next(out)) return true;
        } else if (Value stop; next_of_instance(sub_iterator, out, stop)) {
            return true;
        } else {
            sent = std::move(stop);
        }
    } catch (PyException& e) {
        sent = Value();
        exc = std::move(e.value);
    }
    delegate = Value();
    return false;
}

bool GeneratorPromise::forward_next(Value& sent, Value& exc, Value& out) {
    try {
        if (is_generator(delegate)) {
            if (as<Generator>(delegate).advance(out)) return true;
            sent = std::move(out);  // its return value: the result of the `yield from`
        } else if (!delegate.obj()->type->heap) {
            if (static_cast<Iterator*>(delegate.obj())->next(out)) return true;
        } else {
            return forward(sent, exc, out);  // a class's iterator: its __next__ and StopIteration's value
        }
    } catch (PyException& e) {
        sent = Value();
        exc = std::move(e.value);
    }
    delegate = Value();
    return false;
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
        Running running(p.frame, running_);
        started_ = true;
        if (p.delegate.is_bound() && p.forward(sent, thrown, out)) return Step::Yielded;
        p.transfer = std::move(sent);
        p.thrown = std::move(thrown);
        body_.resume();  // a `yield from` reached here takes its first step before the body suspends
    }
    if (body_.done()) {
        ended(out);
        return Step::Returned;
    }
    out = std::move(p.transfer);
    return Step::Yielded;
}

bool Generator::advance_slow(Value& out) {
    if (started_ && !running_ && !finished()) return advance_delegating(out);
    return step(Value::none(), Value(), out) == Step::Yielded;
}

// step() for next() during a `yield from`: the same frame push and resumption, without building the
// arguments of a general resumption or re-checking what advance() checked.
bool Generator::advance_delegating(Value& out) {
    GeneratorPromise& p = body_.promise();
    {
        Running running(p.frame, running_);
        Value sent = Value::none(), exc;
        if (p.forward_next(sent, exc, out)) return true;
        p.transfer = std::move(sent);
        p.thrown = std::move(exc);
        body_.resume();  // with the delegate's result or exception, at the `yield from`
    }
    return resumed(out);
}

bool Generator::resumed(Value& out) {
    if (body_.done()) {
        ended(out);
        return false;
    }
    out = std::move(body_.promise().transfer);
    return true;
}

bool Generator::advance(Value& out) {
    // Anything but a generator paused at a plain `yield` takes the general path.
    if (!at_plain_yield()) [[unlikely]]
        return advance_slow(out);
    {
        Running running(body_.promise().frame, running_);
        body_.resume();  // the transfer is Unbound (moved out when the body last yielded): it sends None
    }
    // (the promise is found afresh from body_ rather than kept across the resumption: one register fewer
    // to save and restore on this path)
    if (body_.done()) [[unlikely]] {
        ended(out);
        return false;
    }
    out = std::move(body_.promise().transfer);
    return true;
}

void Generator::ended(Value& out) {
    GeneratorPromise& p = body_.promise();
    out = std::move(p.transfer);
    std::exception_ptr error = std::move(p.error);
    finish();
    if (error) rethrow_escaped(error);
}

Value Generator::send(Value value) {
    Value out;
    if (at_plain_yield()) {  // resumed as advance() does, with the value sent in
        body_.promise().transfer = std::move(value);
        {
            Running running(body_.promise().frame, running_);
            body_.resume();
        }
        if (resumed(out)) return out;
        raise_stop_iteration(std::move(out));
    }
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
    if (!started_ || (at_plain_yield() && body_.promise().closes_plainly)) {  // nothing would run: released
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
        check_positional("throw", n, 1, 3);
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
