x = 5
assert x == 5, "fine"
print("ok")
assert x > 10, "x too small: " + str(x)
