"""Keyword-only parameters after * or *args: required and defaulted, and the error messages when misused."""


def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"


print(connect("a", secure=True), connect("b", port=8080, secure=False))
for call in [lambda: connect("a"), lambda: connect("a", 1, True), lambda: connect("a", secure=1, bogus=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def log(*parts, sep=" ", end="!"):
    return sep.join(parts) + end


print(log("a", "b"), log("a", "b", sep="-"), log(end="?"))


def two_required(*, x, y):
    return x * y


try:
    two_required()
except TypeError as e:
    print("TypeError:", e)
print(two_required(y=3, x=4))
