def f(x):
    if (n := len(x)) > 3:
        return n
    return (lambda: (m := 2))()
