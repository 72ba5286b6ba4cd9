"""input() at the end of stdin raises EOFError uncaught."""
print("first:", input())
print("second:", input())
