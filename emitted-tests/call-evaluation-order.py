"""Arguments are evaluated left to right, the callee expression first; keyword args in source order; side effects."""
trace = []


def t(label, value=None):
    trace.append(label)
    return value if value is not None else label


def target(*args, **kwargs):
    return args, kwargs


def get_target():
    trace.append("callee")
    return target


print(get_target()(t("a"), t("b"), k=t("k"), *[t("star")], **{"z": t("dstar")}))
print(trace)
trace.clear()
d = {}
d[t("key")] = t("value")
print(trace)
trace.clear()
x = t("left", 1) + t("right", 2) * t("mul", 3)
print(x, trace)
trace.clear()
r = t("c1", 0) or t("c2", 0) or t("c3", 5) or t("c4", 6)
print(r, trace)
trace.clear()
r = t("a1", 1) and t("a2", 0) and t("a3", 3)
print(r, trace)
trace.clear()
lst = [t("e0"), t("e1")][t("idx", 1)]
print(lst, trace)
