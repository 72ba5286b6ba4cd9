"""generator.close(): raises GeneratorExit at the paused yield, finally runs, closed generators stop; yield in finally."""
log = []


def resource():
    log.append("open")
    try:
        yield 1
        yield 2
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise
    finally:
        log.append("closed")


r = resource()
print(next(r), log)
r.close()
print(log)
print(next(r, "exhausted after close"))
r.close()
log.clear()
unstarted = resource()
unstarted.close()
print("unstarted close runs nothing:", log, list(unstarted))


def stubborn():
    try:
        yield "a"
    except GeneratorExit:
        yield "refuses to die"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def quiet():
    try:
        yield 1
    finally:
        print("quiet finally")


q = quiet()
next(q)
q.close()
print("after quiet close")
done = resource()
print(list(done), log)


def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("handled exit, returning")
        return "ignored"


c = catches_exit()
next(c)
print(c.close())
