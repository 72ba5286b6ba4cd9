"""input() reads stdin line by line without the newline; the loop ends on EOFError at end of input."""
count = int(input())
total = 0
for i in range(count):
    line = input()
    value = int(line)
    total += value
    print(f"read {value:>4} running total {total}")
header = input("this prompt goes to stdout: ")
print()
print(repr(header))
rest = []
while True:
    try:
        rest.append(input())
    except EOFError:
        break
print(rest, len(rest))
try:
    input()
except EOFError as e:
    print("EOFError again:", repr(str(e)))
