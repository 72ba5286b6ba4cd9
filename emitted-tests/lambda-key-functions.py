"""Lambdas as key functions for sorting records, grouping by computed key, and max/min over objects."""


class Item:
    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, {self.qty})"


stock = [Item("nut", 0.25, 100), Item("bolt", 0.5, 40), Item("gear", 12.0, 3), Item("cog", 12.0, 7)]
print(sorted(stock, key=lambda i: i.price))
print(sorted(stock, key=lambda i: (i.price, -i.qty), reverse=True))
print(max(stock, key=lambda i: i.price * i.qty), min(stock, key=lambda i: i.qty).name)
groups = {}
for it in stock:
    groups.setdefault("cheap" if it.price < 1 else "dear", []).append(it.name)
print(groups)
print([i.name for i in filter(lambda i: i.qty > 5, stock)], sum(map(lambda i: i.qty, stock)))
names = sorted(map(lambda i: i.name, stock), key=lambda n: (len(n), n))
print(names)
scores = {"amy": [90, 80], "ben": [85, 95], "cat": [70, 100]}
print(sorted(scores, key=lambda k: sum(scores[k]) / len(scores[k]), reverse=True))
print(sorted(scores.items(), key=lambda kv: max(kv[1])))
