[*a, *b] = (yield)
