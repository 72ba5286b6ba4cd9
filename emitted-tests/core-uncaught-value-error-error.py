def parse(s):
    return int(s)
def main():
    total = 0
    for s in ["1", "2", "x3"]:
        total += parse(s)
    print(total)
main()
