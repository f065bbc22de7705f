def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("finally in echo")
g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()
g.close()
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
a = acc()
next(a)
for v in [1, 2, 3]:
    print(a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield f"caught {e}"
c = catcher()
print(next(c), c.throw(ValueError("boom")), next(c), c.throw(ValueError, "second"))
try:
    c.throw(KeyError("x"))
except KeyError as e:
    print("propagated", repr(e))
try:
    echo().send(5)
except TypeError as e:
    print(e)
