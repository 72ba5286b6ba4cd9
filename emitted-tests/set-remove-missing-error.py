"""Uncaught KeyError from set.remove of a missing tuple key: the key's repr is the message."""
visited = {(0, 0), (0, 1)}
visited.remove((0, 1))
print(visited)
visited.remove((5, 5))
