"""Stock report: the entry script of the CMake example (imports inventory.py beside it)."""
import sys

from inventory import Inventory, restock_plan

stock = Inventory()
for name, count in [("apples", 12), ("pears", 3), ("plums", 0), ("figs", 7)]:
    stock.add(name, count)
stock.take("apples", 5)

print(f"{len(stock)} items, {stock.total()} in stock")
for name, missing in restock_plan(stock, minimum=5):
    print(f"restock {name}: {missing}")
try:
    stock.take("pears", 10)
except ValueError as e:
    print("error:", e)
sys.exit(0 if stock.total() > 0 else 1)
