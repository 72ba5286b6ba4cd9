# Reads of locals on paths where they may be unbound: each must raise UnboundLocalError exactly where
# CPython does, even though the same name is bound on other paths (the lowering skips the check only
# where every path binds the name first).


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except UnboundLocalError as e:
        print(label, "UnboundLocalError:", e)


def del_in_loop(n):
    x = 0
    for i in range(n):
        if i == 2:
            del x
        else:
            x = i
        total = x  # unbound on the iteration after the del
    return total


def del_then_loop_reads(flag):
    y = 1
    while True:
        if flag:
            del y
            flag = False
            continue
        return y


def break_through_finally(k):
    z = 5
    for i in range(3):
        try:
            if i == k:
                break
        finally:
            if i == 1:
                del z
    return z


def handler_name_after(k):
    try:
        if k:
            raise ValueError("v")
        e = "no error"
    except ValueError as e:
        pass
    return e


def break_out_of_handler():
    for _ in range(1):
        try:
            raise KeyError("k")
        except KeyError as err:
            break
    return err


def with_swallowing(k):
    class Quiet:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return True

    with Quiet():
        if k:
            raise RuntimeError("swallowed")
        w = "assigned"
    return w


def walrus_short_circuit(a):
    if a and (b := 10):
        pass
    return b


def walrus_in_chain(a):
    if 5 < a < (c := 7):
        pass
    return c


def conditional_expression(k):
    v = (q := 1) if k else 2
    return v, q


def assert_message(x):
    try:
        assert x, (m := "message")
    except AssertionError:
        pass
    return m


def comprehension_reads_own_target():
    return [x for y in [1] for x in x]


def try_else(k):
    try:
        if k:
            raise ValueError
    except ValueError:
        pass
    else:
        r = "else ran"
    return r


def finally_binds(k):
    try:
        if k:
            return "early"
    finally:
        f = "finally"
    return f


def augmented_after_del():
    s = 1
    s += 1
    del s
    s += 1
    return s


def delete_twice():
    d = 1
    del d
    del d


def loop_else_binds(items):
    for it in items:
        if it < 0:
            break
    else:
        found = "none negative"
    return found


def while_test_walrus(n):
    while (m := n) > 100:
        n -= 1
    return m


for k in [0, 1, 2, 5]:
    attempt("del_in_loop", del_in_loop, k)
attempt("del_then_loop_reads", del_then_loop_reads, False)
attempt("del_then_loop_reads", del_then_loop_reads, True)
attempt("break_through_finally", break_through_finally, 0)
attempt("break_through_finally", break_through_finally, 2)
attempt("handler_name_after", handler_name_after, 0)
attempt("handler_name_after", handler_name_after, 1)
attempt("break_out_of_handler", break_out_of_handler)
attempt("with_swallowing", with_swallowing, 0)
attempt("with_swallowing", with_swallowing, 1)
attempt("walrus_short_circuit", walrus_short_circuit, 1)
attempt("walrus_short_circuit", walrus_short_circuit, 0)
attempt("walrus_in_chain", walrus_in_chain, 6)
attempt("walrus_in_chain", walrus_in_chain, 1)
attempt("conditional_expression", conditional_expression, 1)
attempt("conditional_expression", conditional_expression, 0)
attempt("assert_message", assert_message, 0)
attempt("assert_message", assert_message, 1)
attempt("comprehension_reads_own_target", comprehension_reads_own_target)
attempt("try_else", try_else, 0)
attempt("try_else", try_else, 1)
attempt("finally_binds", finally_binds, 0)
attempt("finally_binds", finally_binds, 1)
attempt("augmented_after_del", augmented_after_del)
attempt("delete_twice", delete_twice)
attempt("loop_else_binds", loop_else_binds, [1, 2])
attempt("loop_else_binds", loop_else_binds, [1, -2])
attempt("while_test_walrus", while_test_walrus, 103)
