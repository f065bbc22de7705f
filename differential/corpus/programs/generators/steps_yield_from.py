# Chains of generator functions delegating with `yield from` at statement level, each level
# running without a continuation: values sent and exceptions thrown down the chain, close()
# reaching the innermost generator, gi_yieldfrom and gi_running along the chain, return
# values passed up, and delegation to iterators that are not generators.


def leaf(tag, log):
    total = 0
    for i in range(3):
        got = yield (tag, i)
        log.append((tag, "got", got))
        if got == "stop":
            return total
        if got is not None:
            total += got
    return total


def middle(log):
    r = yield from leaf("a", log)
    log.append(("middle saw", r))
    r2 = yield from leaf("b", log)
    return r + r2


def top(log):
    while True:
        result = yield from middle(log)
        yield ("top", result)
        if result > 3:
            break
    yield from iter(["x", "y"])
    yield from ()


log = []
g = top(log)
out = [next(g)]
for v in [1, 2, "stop", 5, None, None, None, None, None, None, None]:
    try:
        out.append(g.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
        break
print(out)
print(log)


# gi_yieldfrom along a chain, and gi_running seen from inside
def observer(holder):
    yield holder[0].gi_running
    yield holder[0].gi_yieldfrom is not None


def outer(holder):
    yield from observer(holder)


h = []
g = outer(h)
h.append(g)
print(list(g))
g = top([])
next(g)
chain = []
it = g
while it is not None:
    chain.append(it.__name__ if hasattr(it, "__name__") else type(it).__name__)
    it = it.gi_yieldfrom if hasattr(it, "gi_yieldfrom") else None
print(chain)


# throw() reaching the innermost generator, which handles it and goes on
def catcher():
    while True:
        try:
            x = yield "ready"
        except ValueError as e:
            x = "handled " + str(e)
        yield x


def relay():
    yield from catcher()


def relay2():
    for _ in range(1):
        yield from relay()


g = relay2()
print(next(g))
print(g.throw(ValueError("v1")))
print(next(g))
print(g.send("plain"))
print(next(g))
# an exception the inner generator does not handle unwinds the whole chain
try:
    g.throw(TypeError("t1"))
except TypeError as e:
    print("TypeError out", e)
print(next(g, "chain finished"))


# close() goes down to the innermost generator, whose finally runs
def innermost(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("innermost finally")


def mid2(log):
    yield from innermost(log)
    log.append("never")


def outer2(log):
    for x in range(2):
        yield from mid2(log)


log = []
g = outer2(log)
print(next(g), g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__)
g.close()
print(log, g.gi_frame, g.gi_yieldfrom)


# an inner generator that swallows GeneratorExit and yields: RuntimeError on close
def stubborn():
    try:
        yield "s"
    except GeneratorExit:
        yield "ignored"


def wraps():
    yield from stubborn()


g = wraps()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


# StopIteration leaking from an inner generator becomes RuntimeError there only
def bad():
    yield 1
    raise StopIteration("leak")


def around():
    try:
        yield from bad()
    except RuntimeError as e:
        yield "outer caught " + str(e)


def around2():
    yield from around()


print(list(around2()))


# delegating to an iterator with send and throw methods (not a generator)
class Echo:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("echo done")
        return self.n

    def send(self, v):
        return ("echo", v)

    def throw(self, t, v=None, tb=None):
        return ("caught", t.__name__)


def uses_echo():
    r = yield from Echo()
    yield r


g = uses_echo()
print(next(g), g.send("hi"), g.throw(KeyError), next(g), next(g), next(g, "end"))

# a deep recursive chain
def depth(n):
    if n == 0:
        yield "bottom"
        got = yield "again"
        yield got
    else:
        yield from depth(n - 1)


g = depth(200)
print(next(g), next(g), g.send("deep"), next(g, "done"))
