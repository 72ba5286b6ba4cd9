def f():
    nonlocal a
