# A for loop that never runs never binds its target: the name stays unbound afterwards.
def last_item(xs):
    for item in xs:
        pass
    return item


print(last_item([1, 2, 3]))
print(last_item("ab"))
print(last_item([]))
