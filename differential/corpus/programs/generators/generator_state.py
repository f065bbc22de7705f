def stateful():
    print("  started")
    received = yield "first"
    print("  received", received)
    try:
        yield "second"
    finally:
        print("  finalizing")
g = stateful()
print("created; frame line offset:", g.gi_frame.f_lineno - stateful.__code__.co_firstlineno)
print(next(g))
print(g.send("hello"))
print("suspended:", g.gi_frame is not None, g.gi_running)
try:
    next(g)
except StopIteration:
    print("exhausted; frame:", g.gi_frame)
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == "reset":
            n = 0
        elif cmd == "stop":
            return n
        else:
            n += 1
c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])
try:
    c.send("stop")
except StopIteration as e:
    print("stopped at", e.value)
