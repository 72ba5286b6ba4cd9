"""input() past the end of stdin raises EOFError; uncaught, the last stderr line is 'EOFError: EOF when reading a line'."""
first = input()
second = input()
print("got", repr(first), repr(second))
third = input()
print("never", third)
