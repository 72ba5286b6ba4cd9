// Runtime — the time module: time(), time_ns(), perf_counter(), perf_counter_ns(), monotonic(),
// monotonic_ns(), process_time() and sleep().
#include <chrono>
#include <cmath>
#include <ctime>
#include <thread>

#include "internal.h"

namespace py {

namespace {

void no_arguments(const char* name, std::size_t n) {
    if (n != 0) raise(&TypeError, std::string("time.") + name + "() takes no arguments (" + std::to_string(n) + " given)");
}

template <class Clock>
std::int64_t nanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

Value seconds(std::int64_t ns) { return Value::floating(static_cast<double>(ns) * 1e-9); }

// time() and time_ns() read the system clock; perf_counter and monotonic are the same clock in CPython on
// Linux (CLOCK_MONOTONIC), as seconds or as nanoseconds.
#define PY2CPP_CLOCK(name, clock, result)                             \
    Value time_##name(const Value*, std::size_t n) {                  \
        no_arguments(#name, n);                                       \
        return result(nanoseconds<std::chrono::clock>());             \
    }
PY2CPP_CLOCK(time, system_clock, seconds)
PY2CPP_CLOCK(time_ns, system_clock, Value::integer)
PY2CPP_CLOCK(perf_counter, steady_clock, seconds)
PY2CPP_CLOCK(perf_counter_ns, steady_clock, Value::integer)
PY2CPP_CLOCK(monotonic, steady_clock, seconds)
PY2CPP_CLOCK(monotonic_ns, steady_clock, Value::integer)
#undef PY2CPP_CLOCK

Value time_process_time(const Value*, std::size_t n) {
    no_arguments("process_time", n);
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return Value::floating(static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9);
}

Value time_sleep(const Value* args, std::size_t n) {
    if (n != 1) raise(&TypeError, "sleep() takes exactly one argument (" + std::to_string(n) + " given)");
    const Value& v = args[0];
    if (!is_number(v))
        raise(&TypeError, std::string("'") + type_name(v) + "' object cannot be interpreted as an integer");
    double secs = v.is_float() ? v.as_float() : int_to_double(v);
    if (std::isnan(secs)) raise(&ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) raise(&ValueError, "sleep length must be non-negative");
    std::this_thread::sleep_for(std::chrono::duration<double>(secs));
    return Value::none();
}

}  // namespace

Value make_time() {
    Value module = Value::object(new Module("time"));
    module_function(module, "time", time_time);
    module_function(module, "time_ns", time_time_ns);
    module_function(module, "perf_counter", time_perf_counter);
    module_function(module, "perf_counter_ns", time_perf_counter_ns);
    module_function(module, "monotonic", time_monotonic);
    module_function(module, "monotonic_ns", time_monotonic_ns);
    module_function(module, "process_time", time_process_time);
    module_function(module, "sleep", time_sleep);
    return module;
}

}  // namespace py
