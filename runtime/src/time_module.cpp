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
    if (n != 0) raise(&TypeError, std::string(name) + "() takes no arguments (" + std::to_string(n) + " given)");
}

template <class Clock>
std::int64_t nanoseconds() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now().time_since_epoch()).count();
}

Value seconds(std::int64_t ns) { return Value::floating(static_cast<double>(ns) * 1e-9); }

Value time_time(const Value*, std::size_t n) {
    no_arguments("time", n);
    return seconds(nanoseconds<std::chrono::system_clock>());
}
Value time_time_ns(const Value*, std::size_t n) {
    no_arguments("time_ns", n);
    return Value::integer(nanoseconds<std::chrono::system_clock>());
}
// perf_counter and monotonic are the same clock in CPython on Linux (CLOCK_MONOTONIC).
Value time_perf_counter(const Value*, std::size_t n) {
    no_arguments("perf_counter", n);
    return seconds(nanoseconds<std::chrono::steady_clock>());
}
Value time_perf_counter_ns(const Value*, std::size_t n) {
    no_arguments("perf_counter_ns", n);
    return Value::integer(nanoseconds<std::chrono::steady_clock>());
}
Value time_monotonic(const Value*, std::size_t n) {
    no_arguments("monotonic", n);
    return seconds(nanoseconds<std::chrono::steady_clock>());
}
Value time_monotonic_ns(const Value*, std::size_t n) {
    no_arguments("monotonic_ns", n);
    return Value::integer(nanoseconds<std::chrono::steady_clock>());
}
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
