# send/throw/close, yield from delegation, GeneratorExit, PEP 479, gi_frame and gi_running.
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except GeneratorExit:
        print("closing with", received)
        raise
    finally:
        print("echo finally")
g = echo()
print(g.gi_frame is not None, g.gi_running, g.gi_code.co_name)
print(next(g), g.send("a"), g.send("b"))
g.close()
print(g.gi_frame, g.gi_running)
g.close()
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)
try:
    echo().send(1)
except TypeError as e:
    print(e)
def inner():
    try:
        x = yield 1
        print("inner got", x)
        y = yield 2
        print("inner got", y)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "recovered"
    finally:
        print("inner finally")
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got result", result)
    yield "outer done"
o = outer()
print(next(o), o.send("s1"), o.throw(KeyError("k")))
print(next(o))
o2 = outer()
next(o2)
o2.close()
def selfref():
    yield me.gi_running
me = selfref()
print(next(me))
def running():
    try:
        next(r)
    except ValueError as e:
        yield str(e)
r = running()
print(next(r))
def returns():
    yield 1
    return {"a": 1}
rg = returns()
next(rg)
try:
    next(rg)
except StopIteration as e:
    print("value", e.value, e.args)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(ValueError)
except ValueError as e:
    print("unstarted throw", repr(e))
print(next(t, "default"))
t2 = thrower()
next(t2)
try:
    t2.throw(ValueError("v"), None, None)
except ValueError as e:
    print("three-arg throw", e)
def stop_inside():
    yield 1
    next(iter([]))
try:
    list(stop_inside())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
def gen_exit_swallowed():
    try:
        yield 1
    except GeneratorExit:
        pass
s = gen_exit_swallowed()
next(s)
s.close()
print("swallowed close is fine")
