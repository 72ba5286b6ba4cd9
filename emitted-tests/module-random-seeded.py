"""random seeded with an int draws CPython's sequence: the Mersenne Twister and every derivation from it."""
import random
from random import randint, choice

for seed in [0, 1, 12345, -5, 2**80 + 7, True]:
    random.seed(seed)
    print(seed, random.random(), random.getrandbits(5), random.getrandbits(40), random.getrandbits(100))

random.seed(2024)
print([randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)], random.randrange(5, 100, 7), random.randrange(100, 5, -9))
print(random.randrange(10**30), random.randint(-10**20, 10**20))
print([choice("abcdef") for _ in range(10)], choice(range(1000)), choice([None]))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 4), random.sample(range(10**6), 3))
print(random.choices("xyz", k=6), random.choices(range(5), weights=[5, 1, 0, 1, 3], k=8))
print(random.choices(["lo", "hi"], cum_weights=[1, 10], k=5))
print(random.uniform(1, 2), random.uniform(5, -5))
print([round(random.gauss(0, 1), 12) for _ in range(5)], random.gauss(10, 0.5))
random.seed(99)
a = [random.random() for _ in range(3)]
random.seed(99)
print(a == [random.random() for _ in range(3)])
random.seed()  # from the system's entropy: only its type is predictable
print(type(random.random()).__name__, 0 <= random.random() < 1)

for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.randrange(0),
            lambda: random.randrange(1, 10, 0), lambda: random.sample([1, 2], 3), lambda: random.getrandbits(-1),
            lambda: random.sample({1, 2}, 1),
            lambda: random.choices([1, 2], weights=[1], k=1), lambda: random.choices([1], [0])]:
    try:
        print("no error:", bad())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: random.random(1), lambda: random.randint(1), lambda: random.randint(1, 2, 3), lambda: random.choice(),
            lambda: random.shuffle(), lambda: random.uniform(1), lambda: random.getrandbits(), lambda: random.randrange(),
            lambda: random.randrange(1, 2, 3, 4), lambda: random.gauss(1, 2, 3), lambda: random.seed(1, 2, 3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
