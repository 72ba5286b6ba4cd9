"""assert passes silently when true; failing assert raises AssertionError with the optional message (evaluated lazily)."""


def msg():
    print("message evaluated")
    return "custom message"


assert True
assert 1 < 2, msg()
try:
    assert 1 > 2, msg()
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(repr(e))
try:
    assert 0
except AssertionError as e:
    print("bare:", repr(e), e.args, str(e) == "")
try:
    x = 5
    assert x % 2 == 0, f"x={x} is odd"
except AssertionError as e:
    print(e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args, e)
print(isinstance(AssertionError(), Exception))
