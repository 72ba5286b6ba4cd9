// CLI — runs the compiler on a thread with a large stack.
//
// The front end and the passes after it are recursive over the program's nesting, and hostile input
// (100,000 nested unary minuses, say) must end in a clean error rather than a stack overflow. A 1 GiB stack
// costs nothing until used: only touched pages are backed by memory.
#pragma once

#include <pthread.h>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace py2cpp {

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

}  // namespace py2cpp
