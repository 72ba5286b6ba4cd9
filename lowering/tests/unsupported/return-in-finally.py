# error: 5:9: unsupported: 'return' out of a try/finally
def f():
    try:
        pass
        return 1
    finally:
        print("x")
