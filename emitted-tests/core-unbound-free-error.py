def outer():
    def inner():
        return v
    r = inner
    try:
        r()
    except NameError as e:
        print("NameError:", e)
    v = 5
    print(r())
    del_me = 1
    return del_me
print(outer())
print(undefined_name)
