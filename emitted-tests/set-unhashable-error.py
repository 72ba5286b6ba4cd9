"""Uncaught TypeError when adding a list to a set: unhashable type: 'list'."""
tags = {1, 2}
tags.add((3, 4))
print(sorted(tags, key=str))
tags.add([5, 6])
