# yield from chains: values, sends, return values, exceptions and tracebacks through levels.
import sys
import traceback


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf done", got)


def middle(n):
    r = yield from leaf(n)
    yield ("middle saw", r)
    return "middle done"


def top(n):
    try:
        r = yield from middle(n)
        yield ("top saw", r)
    finally:
        yield "top finally"


g = top(3)
print(next(g), g.send("a"), g.send("b"), g.send("c"), next(g), next(g), next(g, "end"))


def failing():
    yield 1
    raise ValueError("deep failure")


def wrap1():
    try:
        yield from failing()
    except ValueError as e:
        yield ("wrap1 caught", str(e))
        raise KeyError("rethrown") from e


def wrap2():
    yield from wrap1()


g = wrap2()
print(next(g), next(g))
try:
    next(g)
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("KeyError", e, [(fr.name, fr.line) for fr in tb], type(e.__cause__).__name__)


def frames():
    f = sys._getframe()
    names = []
    while f is not None and len(names) < 4:
        names.append(f.f_code.co_name)
        f = f.f_back
    yield names


def outer_frames():
    yield from frames()


def outer2():
    yield from outer_frames()


print(next(outer2()))


def counting():
    try:
        while True:
            v = yield
            print("got", v)
    except GeneratorExit:
        print("leaf closed")
        raise
    finally:
        print("leaf finally")


def relay():
    try:
        yield from counting()
    finally:
        print("relay finally")


r = relay()
next(r)
r.send(1)
r.send(2)
r.close()
print(r.gi_running, r.gi_suspended, r.gi_frame)


def catcher():
    while True:
        try:
            yield "waiting"
        except ZeroDivisionError as e:
            yield ("caught", str(e))


def relay2():
    result = yield from catcher()
    return result


r2 = relay2()
print(next(r2), r2.throw(ZeroDivisionError("zd")), next(r2), r2.gi_yieldfrom is not None)


def stops_early():
    yield 1
    return 42


def chain():
    v = yield from stops_early()
    v2 = yield from stops_early()
    return v + v2


c = chain()
print(list(c))
try:
    c2 = chain()
    for _ in range(5):
        next(c2)
except StopIteration as e:
    print("StopIteration", e.value)


def gen_raise_stop():
    yield 1
    raise StopIteration("inner")


def outer_stop():
    yield from gen_raise_stop()


try:
    list(outer_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


def reentrant():
    yield from g_self


g_self = reentrant()
try:
    next(g_self)
except ValueError as e:
    print("ValueError", e)


def deep(n):
    if n == 0:
        yield "bottom"
        return 0
    r = yield from deep(n - 1)
    yield n
    return r + n


print(list(deep(50))[:5], sum(x for x in deep(30) if isinstance(x, int)))


def tb_leaf():
    yield 1
    1 / 0


def tb_mid():
    yield from tb_leaf()


try:
    list(tb_mid())
except ZeroDivisionError:
    print("".join(traceback.format_exc().splitlines(True)[1:]).replace(__file__, "FILE"))
