"""return/break/continue crossing try/finally: finally runs, nested finallys, overrides, swallowed exceptions."""


def nested_return(log):
    try:
        try:
            log.append("inner try")
            return "from inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
    log.append("not reached")


log = []
print(nested_return(log), log)


def return_in_loop_in_try():
    total = 0
    try:
        for i in range(10):
            total += i
            if i == 4:
                return total
    finally:
        print("finally after loop, total =", total)
    return -1


print(return_in_loop_in_try())


def break_crossing_two_finallys():
    for i in range(5):
        try:
            try:
                if i == 2:
                    break
                print("body", i)
            finally:
                print("inner finally", i)
        finally:
            print("outer finally", i)
    else:
        print("else not run")
    return "done"


print(break_crossing_two_finallys())


def continue_in_while():
    n = 0
    seen = []
    while n < 5:
        n += 1
        try:
            if n % 2 == 0:
                continue
            seen.append(n)
        finally:
            seen.append(-n)
    return seen


print(continue_in_while())


def break_in_finally_discards_exception():
    for i in range(3):
        try:
            raise ValueError("discarded")
        finally:
            break
    return "exception discarded by break"


print(break_in_finally_discards_exception())


def continue_in_finally_discards_exception():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out


print(continue_in_finally_discards_exception())


def return_overrides_return():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                return "finally wins"


print(return_overrides_return())


def finally_raises_replaces_return():
    try:
        return "lost"
    finally:
        raise RuntimeError("from finally")


try:
    finally_raises_replaces_return()
except RuntimeError as e:
    print("caught:", e)


def return_from_except_through_finally():
    try:
        int("x")
    except ValueError:
        return "from except"
    finally:
        print("finally after except")


print(return_from_except_through_finally())


def loop_inside_try_with_break():
    try:
        for i in range(10):
            if i == 3:
                break
        return i
    finally:
        print("finally sees i =", i)


print(loop_inside_try_with_break())


def return_none_crosses():
    try:
        return
    finally:
        print("bare return crossed finally")


print(return_none_crosses())

for word in ["a", "b", "c"]:
    try:
        if word == "b":
            continue
        print("module loop", word)
    finally:
        print("module finally", word)
