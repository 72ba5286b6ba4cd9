"""input(): prompts go to stdout, lines come without their newline, EOFError at the end."""
name = input("name? ")
count = int(input())
total = 0
for _ in range(count):
    a, *rest = input().split()
    total += int(a) + sum(map(int, rest))
print(f"hello {name}: {total}")
try:
    while True:
        print("extra:", repr(input("> ")))
except EOFError as e:
    print("EOFError:", e)
