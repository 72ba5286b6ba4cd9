"""A breadth-first search over a deque that runs dry: the uncaught IndexError of popleft() on an empty deque."""
from collections import deque, namedtuple

Edge = namedtuple("Edge", "src dst")
edges = [Edge(1, 2), Edge(2, 3), Edge(3, 1)]
queue = deque([1])
seen = {1}
while True:
    node = queue.popleft()
    print("visit", node)
    for e in edges:
        if e.src == node and e.dst not in seen:
            seen.add(e.dst)
            queue.append(e.dst)
