"""Uncaught exception thrown into a generator with throw(): propagates out to the caller and ends the program."""


def worker():
    while True:
        job = yield
        print("processing", job)


w = worker()
next(w)
w.send("job-1")
w.throw(TimeoutError("worker stalled"))
print("unreachable")
