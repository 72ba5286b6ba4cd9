"""An inventory of named counts."""


class Inventory:
    def __init__(self):
        self.counts = {}

    def add(self, name, count):
        self.counts[name] = self.counts.get(name, 0) + count

    def take(self, name, count):
        have = self.counts.get(name, 0)
        if count > have:
            raise ValueError(f"only {have} {name} left, {count} wanted")
        self.counts[name] = have - count

    def total(self):
        return sum(self.counts.values())

    def __len__(self):
        return len(self.counts)


def restock_plan(inventory, minimum):
    return sorted((name, minimum - n) for name, n in inventory.counts.items() if n < minimum)
