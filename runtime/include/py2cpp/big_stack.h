// Runtime — runs a function on a thread with a large stack.
//
// A compiled program's Python calls nest several C++ frames each, and a recursion must end in CPython's
// RecursionError at its limit, not in a stack overflow first (whatever the optimisation level or the
// sanitizers make of frame sizes). The compiler itself uses it too: its front end and passes recurse over the
// program's nesting, and hostile input (100,000 nested unary minuses, say) must end in a clean error. A 1 GiB
// stack costs nothing until used: only touched pages are backed by memory. Header-only, so the CLI can use it
// without linking the runtime.
#pragma once

#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace py {

inline int run_with_big_stack(const std::function<int()>& body, size_t stack_bytes = size_t{1} << 30) {
    struct Job {
        const std::function<int()>* body;
        int result;
    } job{&body, 0};
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, stack_bytes);
    pthread_t thread;
    auto entry = [](void* arg) -> void* {
        auto* j = static_cast<Job*>(arg);
        j->result = (*j->body)();
        return nullptr;
    };
    if (pthread_create(&thread, &attr, entry, &job) != 0) {
        pthread_attr_destroy(&attr);
        return body();  // no big thread to be had: run here and hope the input is tame
    }
    pthread_join(thread, nullptr);
    pthread_attr_destroy(&attr);
    return job.result;
}

}  // namespace py
