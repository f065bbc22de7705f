# Generator functions whose yields stand at statement level in for/while/if blocks:
# nested loops with else clauses, break and continue around yields, return values,
# sent values received by `x = yield v`, and loops over generators the loop owns.


def nested(rows, cols):
    for r in range(rows):
        for c in range(cols):
            if (r + c) % 3 == 0:
                continue
            yield r, c
            if c == 3:
                break
        else:
            yield "inner-else", r
    else:
        yield "outer-else"


def while_else(n):
    i = 0
    while i < n:
        i += 1
        if i % 2:
            yield "odd", i
        elif i == 4:
            yield "four"
            continue
        else:
            yield "even", i
        if i > 6:
            break
    else:
        yield "exhausted"
    yield "after", i


def returning(n):
    total = 0
    for i in range(n):
        got = yield i
        if got is not None:
            total += got
        if total > 10:
            return "big", total
    return "done", total


def drive(gen, to_send):
    out = []
    try:
        out.append(next(gen))
        for v in to_send:
            out.append(gen.send(v))
        while True:
            out.append(next(gen))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out


def yield_in_else_only(xs):
    for x in xs:
        if x < 0:
            break
    else:
        yield "all non-negative"
        yield len(xs)


def tracker(log):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        log.append("inner closed")


def owner(log):
    for v in tracker(log):
        yield v * 10
        if v == 2:
            break
    log.append("after loop")
    yield "end"


def multi_target(n):
    for i in range(n):
        a = b = yield i
        yield a, b


print(list(nested(4, 5)))
print(list(while_else(3)))
print(list(while_else(10)))
print(drive(returning(5), [1, 2, 3, 4, 5, 6]))
print(drive(returning(3), [None, None]))
print(list(yield_in_else_only([1, 2])), list(yield_in_else_only([1, -2])))
log = []
print(list(owner(log)), log)
log = []
g = owner(log)
print(next(g), log)
g.close()
print(log)
g = multi_target(2)
print(next(g), g.send("x"), next(g), g.send("y"), next(g, "fin"))


# close() suspended inside a loop, and a generator that ignores GeneratorExit outside try
def looping():
    for i in range(5):
        yield i


g = looping()
print(next(g), next(g))
print(g.close(), g.gi_frame, list(g))

# throw() at a statement-level yield inside nested loops: the traceback line
import traceback


def thrower():
    for i in range(3):
        while True:
            yield i
            break


g = thrower()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("caught", e, [(f.name, f.lineno - thrower.__code__.co_firstlineno) for f in tb])
print(list(g))

# gi_frame.f_lineno and gi_running while suspended at different yields
def lines():
    yield 1
    for i in range(2):
        if i:
            yield "b"
        else:
            yield "a"
    x = yield
    yield x


g = lines()
first = g.gi_frame.f_lineno - lines.__code__.co_firstlineno
seen = [first]
for v in [None, None, None, None]:
    g.send(v)
    seen.append((g.gi_frame.f_lineno - lines.__code__.co_firstlineno, g.gi_running))
print(seen, g.send(42))


# StopIteration raised in the body becomes RuntimeError (PEP 479)
def leaky(it):
    while True:
        yield next(it)


try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)


# an exception in a loop body leaves the generator finished
def failing():
    for i in range(3):
        yield 10 // (1 - i)


g = failing()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(g, "finished"))
