# An ordinary ~200-line script (log parsing, statistics, a small grid simulation, text formatting), used to
# report `py2cpp build` time for a program of that size as well as its speed.

SEVERITIES = ["DEBUG", "INFO", "WARNING", "ERROR"]
SERVICES = ["auth", "billing", "search", "storage", "frontend"]


def lcg(seed):
    state = [seed]

    def next_value(bound):
        state[0] = (state[0] * 1103515245 + 12345) % 2147483648
        return state[0] % bound

    return next_value


def make_log(count, rand):
    lines = []
    for i in range(count):
        service = SERVICES[rand(len(SERVICES))]
        severity = SEVERITIES[rand(len(SEVERITIES))]
        latency = 5 + rand(400)
        user = "user" + str(rand(50))
        lines.append(f"{i:06d} {service} {severity} latency={latency}ms user={user}")
    return lines


def parse_line(line):
    parts = line.split(" ")
    fields = {"id": int(parts[0]), "service": parts[1], "severity": parts[2]}
    for part in parts[3:]:
        key, value = part.split("=")
        if value.endswith("ms"):
            fields[key] = int(value[:-2])
        else:
            fields[key] = value
    return fields


def mean(values):
    if not values:
        return 0.0
    return sum(values) / len(values)


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    if n == 0:
        return 0
    if n % 2 == 1:
        return ordered[n // 2]
    return (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return 0
    index = min(len(ordered) - 1, int(len(ordered) * p / 100))
    return ordered[index]


def summarize(records):
    by_service = {}
    by_severity = {}
    users = {}
    for record in records:
        service = record["service"]
        if service not in by_service:
            by_service[service] = []
        by_service[service].append(record["latency"])
        by_severity[record["severity"]] = by_severity.get(record["severity"], 0) + 1
        users[record["user"]] = users.get(record["user"], 0) + 1
    return by_service, by_severity, users


def top_users(users, count):
    pairs = [(n, name) for name, n in users.items()]
    pairs.sort()
    pairs.reverse()
    return [name + ":" + str(n) for n, name in pairs[:count]]


def report(by_service, by_severity, users):
    out = []
    for service in sorted(by_service):
        latencies = by_service[service]
        out.append(f"{service:>10} n={len(latencies):5d} mean={mean(latencies):8.2f} "
                   f"median={median(latencies):6.1f} p95={percentile(latencies, 95):4d}")
    total = sum(by_severity.values())
    for severity in SEVERITIES:
        share = 100 * by_severity.get(severity, 0) / total
        out.append(f"{severity:<8}{share:6.2f}%")
    out.append("top users: " + ", ".join(top_users(users, 5)))
    return out


def make_grid(width, height, rand):
    return [[1 if rand(100) < 30 else 0 for _ in range(width)] for _ in range(height)]


def neighbours(grid, row, col):
    height = len(grid)
    width = len(grid[0])
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            r = (row + dr) % height
            c = (col + dc) % width
            count += grid[r][c]
    return count


def step(grid):
    new_grid = []
    for row in range(len(grid)):
        new_row = []
        for col in range(len(grid[row])):
            n = neighbours(grid, row, col)
            alive = grid[row][col] == 1
            new_row.append(1 if (alive and 2 <= n <= 3) or (not alive and n == 3) else 0)
        new_grid.append(new_row)
    return new_grid


def population(grid):
    return sum([sum(row) for row in grid])


def render(grid, rows):
    return ["".join(["#" if cell else "." for cell in grid[r]]) for r in range(rows)]


def word_lengths(text):
    counts = {}
    for word in text.split():
        word = word.strip(".,;:!?").lower()
        if word:
            counts[len(word)] = counts.get(len(word), 0) + 1
    return counts


def histogram(counts, width):
    peak = max(counts.values())
    lines = []
    for length in sorted(counts):
        bar = "*" * max(1, counts[length] * width // peak)
        lines.append(f"{length:2d} | {bar} {counts[length]}")
    return lines


def checksum(lines):
    total = 0
    for line in lines:
        for ch in line:
            total = (total * 31 + ord(ch)) % 1000000007
    return total


def fib_memo():
    cache = {0: 0, 1: 1}

    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]

    return fib


def main():
    rand = lcg(2024)
    log = make_log(60000, rand)
    records = [parse_line(line) for line in log]
    by_service, by_severity, users = summarize(records)
    for line in report(by_service, by_severity, users):
        print(line)

    grid = make_grid(48, 32, rand)
    for generation in range(30):
        grid = step(grid)
        if generation % 10 == 9:
            print(f"generation {generation + 1}: population {population(grid)}")
    for line in render(grid, 4):
        print(line)

    text = " ".join(log[:2000])
    for line in histogram(word_lengths(text), 40):
        print(line)
    print("checksum", checksum(log[:5000]))

    fib = fib_memo()
    print("fib(90) =", fib(90), "fib(300) % 1000003 =", fib(300) % 1000003)
    errors = 0
    for value in ["12", "x7", "", "300", "-4"]:
        try:
            print(value, "->", 1000 // int(value))
        except ValueError as exc:
            errors += 1
            print("bad value:", exc)
        except ZeroDivisionError:
            errors += 1
    print("errors:", errors)


main()
