x: print("annotation after value") = print("value first")
count: int = 0
def bump(step: int = 1) -> int:
    global count
    local_only: undefined_in_function = 5
    count += step
    return local_only
def where():
    return __name__
print(bump(), bump(2), count, where(), __name__)
later: undefined_at_module_level
