"""time: the clocks move forward and have the right types; sleep and the clocks check their arguments."""
import time
a = time.time(); b = time.time_ns(); c = time.perf_counter(); d = time.perf_counter_ns(); e = time.monotonic(); f = time.monotonic_ns(); g = time.process_time()
print(a > 1.7e9, b > 1.7e18, c > 0, d > 0, e > 0, f > 0, g >= 0, type(b).__name__)
for bad in [lambda: time.time(1), lambda: time.sleep(-1), lambda: time.sleep("x")]:
    try: bad()
    except (TypeError, ValueError) as ex: print(type(ex).__name__, ex)
