# Method calls: small classes with attribute reads and writes, methods calling methods, a property, an
# inherited method through super(), and operator dunders, in a loop of a few hundred thousand iterations.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)


class Particle:
    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Damped(Particle):
    def step(self):
        super().step()
        if self.steps % 16 == 0:
            self.vel = self.vel.scaled(0)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n = (self.n + k) % 1000003
        return self


def main():
    particles = [Particle(Vec(i, 0), Vec(1, i % 3)) for i in range(50)]
    particles += [Damped(Vec(0, i), Vec(2, 1)) for i in range(50)]
    counter = Counter()
    for _ in range(6000):
        for p in particles:
            p.step()
            counter.bump(p.energy).bump(1)
    total = Vec(0, 0)
    for p in particles:
        total = total + p.pos
    print(total.x, total.y, counter.n, particles[0].steps)


main()
